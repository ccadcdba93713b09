"""The review store on a private PostgreSQL + PostGIS server made for the run (under build/, removed after):
(1) reviews a minute through `qgis_process` with OUTPUT_STORE against the same reviews written to a GeoPackage
(the user's alternative); (2) review writes a second into the store by 1 writer process against 2, 4 and 8 at
once (the store's concurrency), each writer storing a generated district's review of ~5,000 buildings.
Prints figures; asserts nothing.

    .venv/bin/python bench/bench_store.py [--reviews 5] [--writes 8] [--buildings 5000]
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.city import make_city  # noqa: E402
from smart_community_plugin.store.local_server import LocalServer, free_port  # noqa: E402
from smart_community_plugin.store.setup import add_user, admin_connection, ensure_database  # noqa: E402

QP = str(ROOT / "scripts" / "qgis-process")
SAMPLE = ROOT / "resources" / "sample" / "sample_community.gpkg"
WRITER = """
import datetime as dt, pickle, sys
sys.path.insert(0, {root!r}); sys.modules["qgis"] = None
import psycopg2
from smart_community_plugin.store.reviews import store_review
reviewed = pickle.load(open({pickled!r}, "rb"))
conn = psycopg2.connect({dsn!r})
for sid in {sids!r}:
    store_review(conn, sid, reviewed, dt.datetime.now(dt.timezone.utc), "bench")
"""


def qp(args: list[str], env: dict) -> float:
    t0 = time.perf_counter()
    done = subprocess.run([QP, "run", *args], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(done.stdout[-2000:] + done.stderr[-2000:])
    return time.perf_counter() - t0


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reviews", type=int, default=5)
    p.add_argument("--writes", type=int, default=8, help="reviews stored per concurrency level")
    p.add_argument("--buildings", type=float, default=5000)
    a = p.parse_args()
    server = LocalServer(ROOT / "build" / f"pg-bench-{os.getpid()}", free_port(59432))
    server.start()
    try:
        ensure_database(server, "office")
        conn = admin_connection(server, "office")
        add_user(conn, "officer", "admin")
        add_user(conn, "reviewer", "reviewer")
        conn.close()
        with tempfile.TemporaryDirectory(dir=ROOT / "build") as tmp:
            tmp = Path(tmp)
            (tmp / "pg_service.conf").write_text(server.service("office", "office", "officer") + "\n"
                                                 + server.service("review", "office", "reviewer"), encoding="utf-8")
            env = dict(os.environ, PGSERVICEFILE=str(tmp / "pg_service.conf"))
            through_qp(a, tmp, env)
            concurrency(a, server, tmp, env)
    finally:
        server.remove()


def through_qp(a: argparse.Namespace, tmp: Path, env: dict) -> None:
    """Reviews of the sample through qgis_process: into the store, and to a GeoPackage."""
    import json

    out = subprocess.run([QP, "--json", "run", "smart_community:store_submission", "--", f"INPUT={SAMPLE}",
                          "COMMUNITY_NAME=bench", "STORE=office"], capture_output=True, text=True, env=env)
    sid = int(json.loads(out.stdout[out.stdout.index("{"):])["results"]["SUBMISSION"])
    layers = [f"{r.upper()}={SAMPLE}|layername={r}" for r in ("community", "buildings", "facilities")]
    to_store = sum(qp(["smart_community:review", "--", "STORE=review", f"SUBMISSION={sid}", "OUTPUT_STORE=true",
                       "DISTANCE=euclidean", f"OUTPUT_JSON={tmp}/s{k}.json"], env) for k in range(a.reviews))
    to_file = sum(qp(["smart_community:review", "--", *layers, "DISTANCE=euclidean", f"OUTPUT_JSON={tmp}/f{k}.json",
                      f"OUTPUT_GPKG={tmp}/f{k}.gpkg"], env) for k in range(a.reviews))
    print(f"# {os.cpu_count()} cores; the sample community through qgis_process, {a.reviews} reviews each")
    print(f"reviews into the store (layers read from it, review written to it): {to_store / a.reviews:.2f} s each, "
          f"{60 * a.reviews / to_store:.1f} a minute")
    print(f"the same reviews to JSON + GeoPackage (the alternative): {to_file / a.reviews:.2f} s each, "
          f"{60 * a.reviews / to_file:.1f} a minute; store / file = {to_store / to_file:.2f}x the time", flush=True)


def concurrency(a: argparse.Namespace, server: LocalServer, tmp: Path, env: dict) -> None:
    """store_review by 1, 2, 4 and 8 writer processes at once, each writing its share of `writes` reviews."""
    import dataclasses

    from smart_community_plugin.store.submissions import store_submission

    gpkg = tmp / "district.gpkg"
    make_city(gpkg, buildings=a.buildings, per_type=max(10, int(a.buildings) // 100))
    reviewed = _review(gpkg)
    plain = type(reviewed)(reviewed.inputs, dataclasses.replace(reviewed.result, sunlight_result=None))
    (tmp / "r.pickle").write_bytes(pickle.dumps(plain))
    import psycopg2
    import pyogrio

    epsg = int(pyogrio.read_info(str(gpkg), layer="buildings")["crs"].split(":")[1])
    conn = psycopg2.connect(server.dsn("office", "officer"))
    roles = {"community": "community", "buildings": "buildings", "facilities": "facilities"}
    sids = [store_submission(conn, f"d{k}", "officer", gpkg, roles, epsg).id for k in range(8)]
    conn.close()
    print(f"# store_review of a {len(plain.result.building_results['index']):,}-building review "
          f"({len(plain.result.checks):,} checks), {a.writes} reviews per row")
    base = None
    for writers in (1, 2, 4, 8):
        share = [[sids[(w + k * writers) % len(sids)] for k in range(a.writes // writers)] for w in range(writers)]
        t0 = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", WRITER.format(root=str(ROOT), pickled=str(tmp / "r.pickle"),
                                                                     dsn=server.dsn("office", "reviewer"), sids=s)])
                 for s in share]
        for proc in procs:
            proc.wait()
        seconds = time.perf_counter() - t0
        rate = sum(len(s) for s in share) / seconds
        base = base or rate
        print(f"{writers} writer(s): {seconds:.1f} s, {rate:.2f} reviews/s ({rate / base:.2f}x one writer)",
              flush=True)


def _review(gpkg: Path):
    """The district reviewed in this process (QGIS reads it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from smart_community_plugin.pipeline.read import review
    from smart_community_plugin.pipeline.scheme import Scheme
    from smart_community_plugin.standard import load_standard

    globals()["_app"] = app
    scheme = Scheme.from_uris({r: f"{gpkg}|layername={r}" for r in ("community", "buildings", "facilities")})
    return review(scheme, load_standard())


if __name__ == "__main__":
    main()
