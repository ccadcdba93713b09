"""The city batch on a real Dask cluster: each community's result equals its review alone on the same clipped
layers, through an external scheduler and two workers without QGIS, a worker killed mid-run, a run interrupted
and resumed, a failing community recorded, and the batch's halo against the reaches worked out by hand."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import shapely

from bench.city import make_city

from .conftest import ROOT

pytest.importorskip("distributed")
ROLES = ("communities", "buildings", "facilities", "roads")
CLI = [str(ROOT / "scripts" / "review-city")]


def _args(gpkg: Path, out: Path, *extra: str) -> list[str]:
    layers = [x for r in ROLES for x in (f"--{r}", f"{gpkg}|layername={r}")]
    return CLI + layers + ["--out", str(out), "--language", "en", *extra]


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    """49 communities of 300 m (40 slabs each), every facility type, a street every 100 m."""
    path = tmp_path_factory.mktemp("city") / "city.gpkg"
    return make_city(path, buildings=1900, per_type=12, block_m=300.0, street_m=100.0, seed=7)


@pytest.fixture(scope="module")
def big_city(tmp_path_factory):
    """144 communities: long enough a run to kill a worker or interrupt it in the middle."""
    path = tmp_path_factory.mktemp("big") / "city.gpkg"
    return make_city(path, buildings=5700, per_type=30, block_m=300.0, street_m=100.0, seed=8)


@pytest.fixture(scope="module")
def cluster():
    from smart_community_plugin.batch.cluster import connect

    c = connect(workers=2)
    yield c
    c.close()


@pytest.fixture(scope="module")
def local_run(city, cluster, tmp_path_factory, qgis_app):
    """The batch of the small city on a LocalCluster of two worker processes."""
    from smart_community_plugin.batch.city import batch_params
    from smart_community_plugin.batch.read import read_city
    from smart_community_plugin.batch.run import BatchSettings, run_city
    from smart_community_plugin.core.parameters import ReviewParameters
    from smart_community_plugin.standard import load_standard

    out = tmp_path_factory.mktemp("local")
    scheme = _scheme(city.path)
    standard = load_standard()
    c = read_city(scheme, standard)
    settings = BatchSettings(params=batch_params(ReviewParameters(distance_method="both")), language="en")
    result = run_city(c, standard, out, settings, cluster=cluster)
    return out, result, c


def _scheme(path: Path):
    from smart_community_plugin.pipeline.scheme import Scheme

    return Scheme.from_uris({("community" if r == "communities" else r): f"{path}|layername={r}" for r in ROLES})


def _alone(city_path: Path, fid: int, halo: float, tmp: Path) -> Path:
    """The community and the city's features within the halo of its boundary, as a user would cut them (feature
    ids kept, as ogr2ogr -preserve_fid keeps them)."""
    import geopandas as gpd
    from osgeo import gdal

    comm = gpd.read_file(city_path, layer="communities", engine="pyogrio", fid_as_index=True)
    region = comm.geometry.loc[fid].buffer(halo, 8)
    out = tmp / f"alone_{fid}.gpkg"
    picks = {"communities": [fid]}
    for layer in ROLES[1:]:
        g = gpd.read_file(city_path, layer=layer, engine="pyogrio", fid_as_index=True)
        picks[layer] = g.index[g.intersects(region)].tolist()
    for n, (layer, fids) in enumerate(picks.items()):
        gdal.VectorTranslate(str(out), str(city_path), options=gdal.VectorTranslateOptions(
            layers=[layer], layerName="community" if layer == "communities" else layer, options=["-preserve_fid"],
            where=f"fid IN ({','.join(map(str, fids)) or '-1'})", accessMode=None if n == 0 else "update",
            format="GPKG"))
    return out


def _comparable(doc: dict) -> dict:
    return {"summary": {k: doc["summary"][k] for k in ("overall", "counts", "not_assessed")},
            "checks": sorted((c["id"], c["verdict"], json.dumps(c["measured"], sort_keys=True)) for c in doc["checks"]),
            "coverage": {t: {m: v[m]["ratio"] for m in ("euclidean", "network") if isinstance(v.get(m), dict)}
                         for t, v in doc["coverage"].items()},
            "circles": [c["share_complete"] for c in doc["life_circles"]["circles"]],
            "population": doc["community"]["population"], "buildings": doc["community"]["buildings"]}


def test_every_community_equals_its_review_alone_on_the_same_clipped_layers(local_run, city, tmp_path):
    from smart_community_plugin.core.parameters import ReviewParameters
    from smart_community_plugin.pipeline.read import review
    from smart_community_plugin.pipeline.scheme import Scheme
    from smart_community_plugin.standard import load_standard

    out, result, _c = local_run
    assert [r["status"] for r in result.rows] == ["reviewed"] * city.communities
    assert result.workers == 2 and result.halo_m == 1000.0
    for fid in (1, 9, 25, 49):             # a corner, an edge, the middle, the far corner
        alone = _alone(city.path, fid, result.halo_m, tmp_path)
        single = review(Scheme.from_gpkg(alone), load_standard(), ReviewParameters(distance_method="both"))
        batch = json.loads((out / "communities" / f"{fid}.json").read_text(encoding="utf-8"))
        assert batch["batch"]["community_fid"] == fid
        a, b = _comparable(batch), _comparable(single.result.to_dict("en", detail=False))
        assert set(a["checks"]) ^ set(b["checks"]) == set(), (fid, sorted(set(a["checks"]) ^ set(b["checks"]))[:6])
        assert a == b, fid
        assert batch["community"]["distance"] == "network"   # walked on the clipped streets


def test_the_city_table_has_a_row_per_community_with_coverage_both_ways(local_run, city):
    import pyogrio

    out, result, _c = local_run
    from smart_community_plugin.batch.city_outputs import write_city
    from smart_community_plugin.pipeline.outputs import Outputs

    with Outputs([str(city.path)]) as o:
        paths = write_city(o, out, _c, result, "zh")
    table = pyogrio.read_dataframe(paths["gpkg"], layer="communities")
    assert len(table) == city.communities and set(table.verdict) <= {"pass", "conditional", "incomplete", "fail"}
    doc = json.loads((out / "communities" / "25.json").read_text(encoding="utf-8"))
    row = table[table.source_fid == 25].iloc[0]
    assert row.cover_walk_health_station == pytest.approx(doc["coverage"]["health_station"]["network"]["ratio"])
    assert row.cover_straight_health_station == pytest.approx(doc["coverage"]["health_station"]["euclidean"]["ratio"])
    # Walking never covers more than the straight line does.
    assert (table.cover_walk_health_station <= table.cover_straight_health_station + 1e-9).all()
    assert row.fail_count == doc["summary"]["counts"]["fail"]
    pdf = Path(paths["pdf"]).read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def external(tmp_path):
    """`dask scheduler` and two `dask worker` processes on 127.0.0.1; the workers cannot import QGIS."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    dask = str(Path(sys.executable).parent / "dask")
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                              env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    no_qgis = ("import sys; sys.modules['qgis'] = None; from distributed.cli.dask_worker import main; "
               f"sys.argv = ['dask-worker', 'tcp://127.0.0.1:{port}', '--nthreads', '1', '--no-nanny', "
               "'--no-dashboard']; main()")
    for _ in range(2):
        procs.append(subprocess.Popen([sys.executable, "-c", no_qgis], env=env, cwd=ROOT,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    from distributed import Client

    deadline = time.time() + 60
    while True:
        try:
            with Client(f"tcp://127.0.0.1:{port}", timeout=5) as c:
                if len(c.scheduler_info()["workers"]) == 2:
                    break
        except OSError:
            pass
        assert time.time() < deadline, "the scheduler and its workers did not come up"
        time.sleep(0.5)
    yield f"tcp://127.0.0.1:{port}", procs
    for p in procs:
        p.kill()
        p.wait()


def test_the_command_runs_on_an_existing_scheduler_with_workers_without_qgis(external, city, local_run, tmp_path):
    import pyogrio

    address, _procs = external
    done = subprocess.run(_args(city.path, tmp_path / "ext", "--scheduler", address), capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"Reviewing on Dask: {address}, 2 workers." in done.stderr
    table = pyogrio.read_dataframe(tmp_path / "ext" / "city.gpkg", layer="communities")
    local = {r["fid"]: r for r in local_run[1].rows}
    assert len(table) == city.communities
    for row in table.itertuples():
        assert (row.verdict, row.fail_count, row.input_hash) == (local[row.source_fid]["verdict"],
                                                                 local[row.source_fid]["fails"],
                                                                 local[row.source_fid]["input_hash"])


def test_a_worker_killed_mid_run_leaves_the_batch_to_the_other(external, big_city, tmp_path):
    import pyogrio

    address, procs = external
    out = tmp_path / "killed"
    run = subprocess.Popen(_args(big_city.path, out, "--scheduler", address, "--group-size", "1"),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 300
    while len(list((out / "communities").glob("*.json"))) < 6:
        assert time.time() < deadline and run.poll() is None, "the batch never got going"
        time.sleep(0.05)
    procs[1].kill()                           # kill -9 one of the two workers
    stdout, stderr = run.communicate(timeout=300)
    assert run.returncode == 0, stderr[-2000:]
    table = pyogrio.read_dataframe(out / "city.gpkg", layer="communities")
    assert len(table) == big_city.communities and set(table.status) == {"reviewed"}
    assert len(list((out / "communities").glob("*.gpkg"))) == big_city.communities


def test_an_interrupted_run_resumes_where_it_stopped(big_city, tmp_path):
    import pyogrio

    out = tmp_path / "resume"
    run = subprocess.Popen(_args(big_city.path, out, "--workers", "2", "--group-size", "1"),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.time() + 300
    while len(list((out / "communities").glob("*.json"))) < 20:
        assert time.time() < deadline and run.poll() is None, "the batch never got going"
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGINT)       # Ctrl-C
    run.communicate(timeout=120)
    assert run.returncode == 130 and not (out / "city.gpkg").exists()
    before = {p.name: p.stat().st_mtime_ns for p in (out / "communities").glob("*.json")}
    assert 20 <= len(before) < big_city.communities
    again = subprocess.run(_args(big_city.path, out, "--workers", "2"), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    table = pyogrio.read_dataframe(out / "city.gpkg", layer="communities")
    kept = table[table.status == "kept"]
    assert len(table) == big_city.communities and set(table.status) <= {"kept", "reviewed"}
    assert len(kept) >= len(before) - 2      # a file written as the run was stopped may be the one redone
    for fid in kept.source_fid:
        assert (out / "communities" / f"{fid}.json").stat().st_mtime_ns == before[f"{fid}.json"]


def test_a_changed_building_reviews_again_only_the_communities_that_see_it(local_run, city, cluster, tmp_path):
    import shutil

    from osgeo import gdal

    from smart_community_plugin.batch.read import read_city
    from smart_community_plugin.batch.run import BatchSettings, run_city
    from smart_community_plugin.standard import load_standard

    out, first, _c = local_run
    copy = tmp_path / "changed.gpkg"
    shutil.copyfile(city.path, copy)
    ds = gdal.OpenEx(str(copy), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("UPDATE buildings SET floors = 30 WHERE fid = 1")   # in the south-west corner community
    ds = None
    settings = BatchSettings(params=json.loads(json.dumps(_settings_params())), language="en")
    again = run_city(read_city(_scheme(copy), load_standard()), load_standard(), out, settings, cluster=cluster)
    redone = {r["fid"] for r in again.rows if r["status"] == "reviewed"}
    # Building 1 lies in community 1; communities whose 1000 m halo reaches it: within 1000 m of its slab.
    import geopandas as gpd

    comm = gpd.read_file(city.path, layer="communities", engine="pyogrio", fid_as_index=True)
    b1 = gpd.read_file(city.path, layer="buildings", engine="pyogrio", fid_as_index=True).geometry.loc[1]
    seeing = set(comm.index[comm.geometry.buffer(first.halo_m, 8).intersects(b1)])
    assert redone == seeing and 1 in redone and len(redone) < city.communities


def _settings_params() -> dict:
    from smart_community_plugin.batch.city import batch_params
    from smart_community_plugin.core.parameters import ReviewParameters

    return batch_params(ReviewParameters(distance_method="both"))


def test_a_community_that_fails_is_recorded_with_its_reason(local_run, cluster, tmp_path):
    from dataclasses import replace

    from smart_community_plugin.batch.run import BatchSettings, run_city
    from smart_community_plugin.standard import load_standard

    _out, _first, c = local_run
    broken = replace(c, communities=list(c.communities))
    broken.communities[4] = replace(broken.communities[4], geometry=shapely.Polygon())
    result = run_city(broken, load_standard(), tmp_path, BatchSettings(params=_settings_params(), language="en",
                                                                       resume=False), cluster=cluster)
    failed = [r for r in result.rows if r["status"] == "failed"]
    assert [r["fid"] for r in failed] == [int(c.community_fids[4])]
    assert "boundary" in failed[0]["error"].lower() and failed[0]["error_zh"] != failed[0]["error"]
    assert sum(r["status"] == "reviewed" for r in result.rows) == len(c.communities) - 1
    assert result.figures["failed"] == 1


def test_without_dask_the_batch_says_what_to_install_and_the_plugin_still_loads():
    code = ("import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None\n"
            "from smart_community_plugin.batch.cluster import require_dask\n"
            "from smart_community_plugin.core.errors import ReviewError\n"
            "try:\n    require_dask()\nexcept ReviewError as e:\n    print(e.text('en')); print(e.text('zh'))\n"
            "import smart_community_plugin.processing.review_batch\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert 'pip install "dask[distributed]"' in done.stdout and "安装" in done.stdout


def test_the_halo_is_the_largest_reach_worked_out_by_hand(standard):
    from smart_community_plugin.core.halo import halo_m, review_reaches
    from smart_community_plugin.core.parameters import ReviewParameters
    from smart_community_plugin.standard.register import load_register

    reaches = review_reaches(standard, ReviewParameters(), load_register(), tallest_m=54.0, latitude=40.0)
    # Winter solstice (declination -23.44 deg) at 40 N, 09:00 true solar time (hour angle 45 deg):
    dec, lat, h = np.radians(-23.44), np.radians(40.0), np.radians(45.0)
    alt = np.arcsin(np.sin(lat) * np.sin(dec) + np.cos(lat) * np.cos(dec) * np.cos(h))
    assert reaches["sunlight"] == pytest.approx(54.0 / np.tan(alt), rel=0.01)         # about 216 m
    assert reaches["life_circle"] == 1000.0         # GB 50180-2018: the 15-minute life circle's 1000 m
    assert halo_m(reaches) == max(reaches.values()) == 1000.0
    tall = review_reaches(standard, ReviewParameters(), load_register(), tallest_m=300.0, latitude=40.0)
    assert halo_m(tall) == pytest.approx(np.ceil(300.0 / np.tan(alt)), abs=15)       # a tower's shadow wins


def test_the_processing_algorithm_runs_the_same_batch(city, local_run, tmp_path, processing_ready):
    import processing
    import pyogrio

    out = tmp_path / "alg"
    got = processing.run("smart_community:review_batch", {
        "COMMUNITY": f"{city.path}|layername=communities", "BUILDINGS": f"{city.path}|layername=buildings",
        "FACILITIES": f"{city.path}|layername=facilities", "ROADS": f"{city.path}|layername=roads",
        "DISTANCE": "both", "WORKERS": 2, "LANGUAGE": 2, "OUTPUT": str(out)})
    assert got["COMMUNITIES"] == city.communities and got["FAILED"] == 0
    assert Path(got["SUMMARY_PDF"]).read_bytes().startswith(b"%PDF")
    table = pyogrio.read_dataframe(got["CITY_GPKG"], layer="communities")
    local = {r["fid"]: r for r in local_run[1].rows}
    # The same reviews (the fingerprints differ: the algorithm spells out the defaults the library leaves empty).
    assert {(r.source_fid, r.verdict, r.fail_count, r.warning_count) for r in table.itertuples()} == \
        {(fid, r["verdict"], r["fails"], r["warnings"]) for fid, r in local.items()}
