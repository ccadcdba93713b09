"""The result GeoPackage written by a second process: the same layers as written here, masked the same, a clear
error and nothing left behind when it fails or is killed, and no writer outliving a killed review."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
import shapely

from smart_community_plugin.core.errors import OutputError
from smart_community_plugin.pipeline import gpkg_process
from smart_community_plugin.pipeline.layer_data import WKB_POINT, LayerData
from smart_community_plugin.pipeline.outputs import Outputs
from smart_community_plugin.pipeline.staging import staged_files

ROOT = Path(__file__).resolve().parents[1]
N = 30_000      # above gpkg_process.MIN_ROWS


def _layer(n: int = N, crs: str = "EPSG:4548", name: str = "t") -> LayerData:
    rng = np.random.default_rng(5)
    spec = [("id", "integer"), ("name", "string"), ("area", "double"), ("phone", "string"), ("n", "integer")]
    names = np.array([f"站{i}" for i in range(n)], dtype=object)
    names[7] = "联系 13912345678"
    names[8] = None
    area = rng.uniform(0, 100, n)
    area[9] = np.nan
    cols = {"id": np.arange(n, dtype=np.int64), "name": names, "area": area,
            "phone": np.array(["13800138000"] * n, dtype=object), "n": rng.integers(0, 9, n).astype(float)}
    return LayerData(name, WKB_POINT, crs, spec, columns=cols,
                     geometry=shapely.points(rng.uniform(0, 5000, (n, 2))))


def _started(monkeypatch) -> list:
    """Record the writer processes started (the real ones run)."""
    started: list = []
    real = gpkg_process.GeoPackageProcess.start.__func__

    def start(cls):
        w = real(cls)
        started.append(w)
        return w
    monkeypatch.setattr(gpkg_process.GeoPackageProcess, "start", classmethod(start))
    return started


def _read(path: Path, layer: str = "t"):
    import pyogrio

    return pyogrio.read_dataframe(str(path), layer=layer)


def test_the_second_process_writes_what_this_process_would_write_masked_the_same(tmp_path, monkeypatch):
    started = _started(monkeypatch)
    with Outputs([]) as out:
        wait = out.vector_begin(tmp_path / "child.gpkg", iter([_layer(), _layer(50, name="small")]), N + 50)
        wait()
    assert len(started) == 1 and started[0]._proc.poll() == 0
    with Outputs([]) as out:                     # vector() of as many rows takes the second process too
        out.vector(tmp_path / "also.gpkg", [_layer(), _layer(50, name="small")])
    assert len(started) == 2
    monkeypatch.setattr(gpkg_process, "MIN_ROWS", 10**12)
    with Outputs([]) as out:
        out.vector(tmp_path / "here.gpkg", [_layer(), _layer(50, name="small")])
    assert len(started) == 2
    for layer in ("t", "small"):
        a, b = _read(tmp_path / "child.gpkg", layer), _read(tmp_path / "here.gpkg", layer)
        assert a.equals(b) and a.equals(_read(tmp_path / "also.gpkg", layer))
    a = _read(tmp_path / "child.gpkg")
    assert len(a) == N and a["name"][7] == "联系 139****5678" and a["name"][8] is None and np.isnan(a["area"][9])
    assert set(a["phone"]) == {"***"}            # a contact field's values are never written as they are
    assert str(a["n"].dtype) == "int64" and a.crs.to_epsg() == 4548
    raw = (tmp_path / "child.gpkg").read_bytes()
    assert b"13912345678" not in raw and b"13800138000" not in raw
    assert staged_files(tmp_path) == []


@pytest.fixture(scope="module")
def district(tmp_path_factory) -> Path:
    """A generated district of ~12,000 buildings: its review writes ~20,000 rows and more."""
    from bench.city import make_city

    gpkg = tmp_path_factory.mktemp("district") / "city.gpkg"
    make_city(gpkg, buildings=12_000, per_type=120, seed=3)
    return gpkg


def _layers_equal(a: Path, b: Path) -> list[str]:
    import pyogrio

    layers = [name for name, _ in pyogrio.list_layers(str(a))]
    assert layers == [name for name, _ in pyogrio.list_layers(str(b))]
    for layer in layers:
        if layer != "review_run":
            assert _read(a, layer).equals(_read(b, layer)), layer
    return layers


def test_a_large_review_is_written_by_the_second_process_and_equals_one_written_here(tmp_path, monkeypatch,
                                                                                  processing_ready, district):
    import processing

    from smart_community_plugin.pipeline.result_layers import run_id_of

    gpkg = district
    params = {r.upper(): f"{gpkg}|layername={r}" for r in ("community", "buildings", "facilities")}

    def review(name: str) -> dict:
        processing.run("smart_community:review", {**params, "DISTANCE": "euclidean",
                                                  "OUTPUT_JSON": str(tmp_path / f"{name}.json"),
                                                  "OUTPUT_GPKG": str(tmp_path / f"{name}.gpkg")})
        return json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))

    started = _started(monkeypatch)
    child = review("child")
    assert len(started) == 1
    monkeypatch.setattr(gpkg_process, "MIN_ROWS", 10**12)
    here = review("here")
    assert len(started) == 1                     # the second review wrote in this process
    layers = _layers_equal(tmp_path / "child.gpkg", tmp_path / "here.gpkg")
    assert {"buildings", "facilities", "checks", "provisions", "review_run"} <= set(layers)
    assert len(_read(tmp_path / "child.gpkg", "buildings")) > 10_000
    # The pair carries one run id, written as it was made (no digits the privacy filter could mask).
    assert run_id_of(str(tmp_path / "child.gpkg")) == child["run_id"] and "*" not in child["run_id"]
    assert child["summary"] == here["summary"]
    ids = [c["id"] for c in child["checks"]]
    assert len(set(ids)) == len(ids)             # every check once (the review store's key; parking was twice)


def test_qgis_process_writes_the_large_review_through_the_second_process_the_same(tmp_path, monkeypatch,
                                                                                processing_ready, district):
    """The user's path: inside qgis_process pyogrio would run on QGIS's GDAL; the writer runs on its own."""
    import processing

    params = {r.upper(): f"{district}|layername={r}" for r in ("community", "buildings", "facilities")}
    monkeypatch.setattr(gpkg_process, "MIN_ROWS", 10**12)
    processing.run("smart_community:review", {**params, "DISTANCE": "euclidean",
                                              "OUTPUT_JSON": str(tmp_path / "here.json"),
                                              "OUTPUT_GPKG": str(tmp_path / "here.gpkg")})
    import psutil

    proc = subprocess.Popen([str(ROOT / "scripts" / "qgis-process"), "run", "smart_community:review", "--",
                             *[f"{k}={v}" for k, v in params.items()], "DISTANCE=euclidean",
                             f"OUTPUT_JSON={tmp_path / 'qp.json'}", f"OUTPUT_GPKG={tmp_path / 'qp.gpkg'}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    writers = set()                              # the writer processes seen among qgis_process's children
    while proc.poll() is None:
        try:
            for child in psutil.Process(proc.pid).children(recursive=True):
                if any("gpkg_process" in part for part in child.cmdline()):
                    writers.add(child.pid)
        except psutil.Error:
            pass
        time.sleep(0.02)
    assert proc.returncode == 0, proc.stderr.read()[-2000:]
    proc.stderr.close()
    assert len(writers) == 1
    _layers_equal(tmp_path / "qp.gpkg", tmp_path / "here.gpkg")
    assert staged_files(tmp_path) == []


def test_a_layer_the_second_process_cannot_write_is_a_clear_error_and_nothing_is_left(tmp_path, monkeypatch):
    started = _started(monkeypatch)
    target = tmp_path / "r.gpkg"
    target.write_bytes(b"the old file")
    with pytest.raises(OutputError) as err:
        with Outputs([]) as out:
            out.vector_begin(target, iter([_layer(), _layer(50, crs="EPSG:999999", name="broken")]), N)()
    assert "broken" in str(err.value) and "nothing was replaced" in str(err.value)
    assert target.read_bytes() == b"the old file" and staged_files(tmp_path) == []
    assert started[0]._proc.poll() is not None


def test_a_killed_writer_process_is_an_error_and_no_partial_file(tmp_path, monkeypatch):
    started = _started(monkeypatch)
    with pytest.raises(OutputError) as err:
        with Outputs([]) as out:
            wait = out.vector_begin(tmp_path / "r.gpkg", iter([_layer(200_000)]), 200_000)
            os.kill(started[0]._proc.pid, signal.SIGKILL)
            wait()
    assert "stopped before it finished" in str(err.value)
    assert not (tmp_path / "r.gpkg").exists() and staged_files(tmp_path) == []


def test_a_failure_while_the_writer_runs_stops_it_and_leaves_nothing(tmp_path, monkeypatch):
    started = _started(monkeypatch)
    with pytest.raises(RuntimeError):
        with Outputs([]) as out:
            out.vector_begin(tmp_path / "r.gpkg", iter([_layer(200_000)]), 200_000)
            raise RuntimeError("the JSON failed")
    assert started[0]._proc.poll() is not None
    assert not (tmp_path / "r.gpkg").exists() and staged_files(tmp_path) == []


@pytest.mark.parametrize("how", ["no interpreter", "no pyogrio there"])
def test_without_a_usable_second_process_the_layers_are_written_here(tmp_path, monkeypatch, how):
    started = _started(monkeypatch)
    if how == "no interpreter":
        monkeypatch.setattr(gpkg_process, "interpreter", lambda: None)
    else:
        monkeypatch.setattr(gpkg_process, "_BOOT", "import sys; sys.modules['pyogrio'] = None; " + gpkg_process._BOOT)
    with Outputs([]) as out:
        out.vector_begin(tmp_path / "r.gpkg", iter([_layer()]), N)()
    assert len(_read(tmp_path / "r.gpkg")) == N
    if how == "no pyogrio there":
        assert started[0]._proc.poll() is not None and not started[0].usable()
    assert staged_files(tmp_path) == []


KILLED = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {root!r}); sys.path.insert(0, {here!r})
    from test_gpkg_process import _layer
    from smart_community_plugin.pipeline import gpkg_process
    from smart_community_plugin.pipeline.outputs import Outputs
    out = Outputs([])
    out.vector_begin({target!r}, iter([_layer(400_000)]), 400_000)
    print(out._writers[0][0]._proc.pid, flush=True)
    import time; time.sleep(0.5)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_a_killed_review_takes_its_writer_with_it_and_leaves_no_staged_file(tmp_path):
    code = KILLED.format(root=str(ROOT), here=str(ROOT / "test"), target=str(tmp_path / "r.gpkg"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PROJ_DATA="/usr/share/proj"))
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    child = int(done.stdout.split()[0])
    end = time.monotonic() + 10
    while time.monotonic() < end and (_alive(child) or staged_files(tmp_path)):
        time.sleep(0.05)
    assert not _alive(child)
    assert staged_files(tmp_path) == [] and not (tmp_path / "r.gpkg").exists()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_the_helper_interpreter_is_this_python_not_a_launcher_script(tmp_path, monkeypatch):
    """Inside qgis_process sys.executable was a pyenv shim (a shell script running another Python)."""
    from smart_community_plugin.pipeline import janitor

    shim = tmp_path / "python3"
    shim.write_text("#!/bin/sh\nexec /nonexistent/python \"$@\"\n", encoding="utf-8")
    shim.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(shim))
    monkeypatch.setattr(sys, "_base_executable", str(shim), raising=False)
    python = janitor.interpreter()
    assert python is not None and python != str(shim)
    done = subprocess.run([python, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True, text=True)
    assert done.stdout.strip() == str(tuple(sys.version_info[:2]))
