"""The output contract, for every algorithm that writes: never over an input, OVERWRITE honoured, a full or
read-only disk a clear error with nothing left behind, and a kill between the paired renames harmless."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from smart_community_plugin.pipeline.staging import staged_files

from .conftest import ROOT, SAMPLE, sha256
from .fuzz.cases import LAYER_ALGORITHMS, SMALL_OSM, Case
from .fuzz.scheme import write_base

ALGORITHMS = sorted(LAYER_ALGORITHMS) + ["create_template", "import_pois", "import_osm"]
READERS = [a for a in ALGORITHMS if a != "create_template"]   # create_template reads no file


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    path = tmp_path_factory.mktemp("base") / "scheme.gpkg"
    write_base(path)
    return path


def _inputs(algorithm: str, folder: Path, base: Path) -> tuple[dict, list[Path]]:
    """Good parameters for the algorithm in folder (its outputs under folder/out), and its input files."""
    (folder / "out").mkdir(parents=True, exist_ok=True)
    case = Case(0, algorithm, {}, folder, rng=random.Random(1))
    if algorithm in LAYER_ALGORITHMS:
        gpkg = folder / "scheme.gpkg"
        shutil.copyfile(base, gpkg)
        params = LAYER_ALGORITHMS[algorithm](case, gpkg)
        if algorithm == "validate":
            params = {k: v for k, v in params.items() if k != "INPUT"} | {
                r.upper(): f"{gpkg}|layername={r}" for r in ("community", "buildings", "facilities")}
        return params, [gpkg]
    if algorithm == "import_pois":
        csv = folder / "pois.csv"
        csv.write_text("名称,类型,经度,纬度\n阳光卫生站,诊所,116.40,39.90\n", encoding="utf-8")
        return {"INPUT": str(csv), "COORDINATES": "gcj02", "OUTPUT": str(folder / "out" / "pois.gpkg")}, [csv]
    if algorithm == "import_osm":
        osm = folder / "area.osm"
        osm.write_text(SMALL_OSM.format(name="x"), encoding="utf-8")
        return {"INPUT": str(osm), "OUTPUT": str(folder / "out" / "osm.gpkg")}, [osm]
    return {"CRS": "EPSG:4548", "OUTPUT": str(folder / "out" / "plan.gpkg")}, []


def _run(algorithm: str, params: dict) -> tuple[bool, str]:
    import processing
    from qgis.core import QgsProcessingException

    try:
        processing.run(f"smart_community:{algorithm}", params)
    except QgsProcessingException as exc:
        return False, str(exc)
    return True, ""


def _outputs(params: dict) -> list[str]:
    return [k for k, v in params.items() if k.startswith("OUTPUT") and v]


@pytest.mark.parametrize("algorithm", READERS)
def test_an_output_named_as_an_input_is_refused_before_anything_is_written(algorithm, tmp_path, base,
                                                                          processing_ready):
    params, inputs = _inputs(algorithm, tmp_path, base)
    target = inputs[0]
    link = tmp_path / "out" / ("alias" + target.suffix)
    link.symlink_to(target)
    before = sha256(target)
    for form in (str(target), f"{target}|layername=buildings", f"ogr:dbname='{target}' table=\"copy\" (geom)",
                 str(link)):
        for key in _outputs(params):
            ok, message = _run(algorithm, {**params, key: form})
            assert not ok, (key, form)
            assert "is an input of this run" in message, message
            assert sha256(target) == before
            assert staged_files(tmp_path) == [] and sorted(p.name for p in (tmp_path / "out").iterdir()) == [
                link.name]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_overwrite_false_refuses_and_the_default_replaces(algorithm, tmp_path, base, processing_ready):
    params, _ = _inputs(algorithm, tmp_path, base)
    key = _outputs(params)[0]
    target = Path(params[key])
    target.write_text("old", encoding="utf-8")
    ok, message = _run(algorithm, {**params, "OVERWRITE": False})
    assert not ok and "exists" in message and "OVERWRITE" in message
    assert target.read_text(encoding="utf-8") == "old"
    ok, message = _run(algorithm, params)
    assert ok, message
    assert target.read_bytes() != b"old" and staged_files(target.parent) == []


def _mount_tmpfs(where: Path, options: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    """A 12 KB disk: a GeoPackage (96 KB empty), a PDF or a review does not fit."""
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "size=12k"):
        pytest.skip("mounting a tmpfs needs root")
    yield disk
    subprocess.run(["umount", str(disk)], check=False)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_full_disk_is_a_clear_error_and_leaves_nothing(algorithm, tmp_path, base, small_disk, processing_ready):
    params, inputs = _inputs(algorithm, tmp_path / "in", base)
    params = {k: (str(small_disk / Path(v).name) if k in _outputs(params) else v) for k, v in params.items()}
    if algorithm == "validate":
        params.pop("OUTPUT_JSON")
        params.pop("OUTPUT_TEXT")      # small enough to fit: the GeoPackage of findings does not
    before = {p: sha256(p) for p in inputs}
    ok, message = _run(algorithm, params)
    assert not ok
    assert "full" in message and "nothing was" in message.lower(), message
    assert list(small_disk.iterdir()) == []
    assert {p: sha256(p) for p in inputs} == before


def test_a_read_only_folder_is_a_clear_error(tmp_path, base, processing_ready):
    disk = tmp_path / "ro"
    if not _mount_tmpfs(disk, "ro,size=64k"):
        pytest.skip("mounting a tmpfs needs root")
    try:
        params, _ = _inputs("review", tmp_path / "in", base)
        params["OUTPUT_JSON"], params["OUTPUT_GPKG"] = str(disk / "r.json"), str(disk / "r.gpkg")
        ok, message = _run("review", params)
        assert not ok and "read-only" in message, message
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], check=False)


# --- kills ------------------------------------------------------------------------------------------------
WRITER = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {root!r})
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from qgis.core import QgsApplication
    app = QgsApplication([], False); app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing
    Processing.initialize()
    from smart_community_plugin.processing.provider import SmartCommunityProvider
    provider = SmartCommunityProvider(); QgsApplication.processingRegistry().addProvider(provider)
    from smart_community_plugin.pipeline import janitor
    if {no_janitor}:
        janitor._failed = True                      # as if the watcher had died too
    if {kill}:
        janitor.pause_point = lambda: os.kill(os.getpid(), signal.SIGKILL)
    import processing
    processing.run("smart_community:review", {params!r})
""")


def _writer(params: dict, kill: bool, no_janitor: bool = False) -> subprocess.CompletedProcess:
    code = WRITER.format(root=str(ROOT), params=params, kill=kill, no_janitor=no_janitor)
    env = dict(os.environ, PROJ_DATA="/usr/share/proj")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180, env=env)


def _review_params(out: Path) -> dict:
    s = str(SAMPLE)
    return {"COMMUNITY": f"{s}|layername=community", "BUILDINGS": f"{s}|layername=buildings",
            "FACILITIES": f"{s}|layername=facilities", "DISTANCE": "euclidean",
            "OUTPUT_JSON": str(out / "review.json"), "OUTPUT_GPKG": str(out / "review.gpkg")}


def _pair(out: Path) -> tuple:
    from smart_community_plugin.pipeline.result_layers import run_id_of

    j = json.loads((out / "review.json").read_text(encoding="utf-8"))["run_id"] if (out / "review.json").exists() \
        else None
    g = run_id_of(str(out / "review.gpkg")) if (out / "review.gpkg").exists() else None
    return j, g


def _wait_for_tidy(folder: Path, seconds: float = 10.0) -> None:
    end = time.monotonic() + seconds
    while staged_files(folder) and time.monotonic() < end:
        time.sleep(0.05)


def test_a_kill_between_the_paired_renames_is_finished_by_the_watcher(tmp_path, qgis_app):
    out = tmp_path / "out"
    out.mkdir()
    first = _writer(_review_params(out), kill=False)
    assert first.returncode == 0, first.stderr[-2000:]
    old = _pair(out)
    assert old[0] and old[0] == old[1]
    killed = _writer(_review_params(out), kill=True)
    assert killed.returncode == -signal.SIGKILL
    _wait_for_tidy(out)
    new = _pair(out)
    # The watcher saw the writer die after every staged file was complete and finished the commit.
    assert new[0] == new[1] and new[0] != old[0]
    assert staged_files(out) == []


def test_without_the_watcher_a_kill_leaves_no_mismatched_pair_and_the_next_run_tidies(tmp_path, qgis_app):
    out = tmp_path / "out"
    out.mkdir()
    assert _writer(_review_params(out), kill=False).returncode == 0
    old_json, old_gpkg = _pair(out)
    killed = _writer(_review_params(out), kill=True, no_janitor=True)
    assert killed.returncode == -signal.SIGKILL
    json_id, gpkg_id = _pair(out)
    # The index file (JSON) goes first: what is left is the old layers and no review, never a mix.
    assert json_id is None and gpkg_id == old_gpkg
    assert staged_files(out)             # the dead writer's files; no watcher removed them
    again = _writer(_review_params(out), kill=False)
    assert again.returncode == 0
    j, g = _pair(out)
    assert j == g and j not in (None, old_json)
    assert staged_files(out) == []       # swept by the next writer in the folder


def test_kill_at_random_moments_through_qgis_process(tmp_path, qgis_app):
    """The review as users run it, killed with SIGKILL at random times: what is left is always a whole old
    pair, a whole new pair or layers without a review; nothing staged is left once the watcher has looked."""
    out = tmp_path / "out"
    out.mkdir()
    params = _review_params(out)
    args = [str(ROOT / "scripts" / "qgis-process"), "run", "smart_community:review", "--",
            *[f"{k}={v}" for k, v in params.items()]]
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    assert subprocess.run(args, capture_output=True, env=env, timeout=180).returncode == 0
    rng = random.Random(7)
    seen = set()
    before = sha256(SAMPLE)
    for _ in range(int(os.environ.get("KILL_CASES", "6"))):
        previous = _pair(out)
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.5, 4.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _wait_for_tidy(out)
        j, g = _pair(out)
        assert (j, g) in {previous, (None, previous[1])} or (j == g and j is not None) or (j is None and g), (j, g)
        if j is not None:
            assert j == g
        assert staged_files(out) == []
        seen.add("old" if j == previous[0] else "new" if j else "layers only")
    assert sha256(SAMPLE) == before
    print("kills met:", sorted(seen))
    assert seen
