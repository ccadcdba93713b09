"""The review store against a real PostgreSQL 15 + PostGIS server, made for this test run under build/ and
removed after it: migrations, submissions, reviews numbered and never overwritten, several writers at once,
row-level security, a killed review, a stale stage-record save, personal data masked."""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLE

psycopg2 = pytest.importorskip("psycopg2")

from smart_community_plugin.store import migrate as mig  # noqa: E402
from smart_community_plugin.store.local_server import LocalServer, free_port  # noqa: E402
from smart_community_plugin.store.setup import add_user, admin_connection, ensure_database  # noqa: E402

LAYERS = {"community": "community", "buildings": "buildings", "facilities": "facilities"}


@pytest.fixture(scope="module")
def server():
    """A private server under build/ for this module, removed afterwards."""
    srv = LocalServer(ROOT / "build" / f"pg-test-{os.getpid()}", free_port(56432))
    srv.start()
    yield srv
    srv.remove()




@pytest.fixture(scope="module")
def store(server):
    """The office's database at the newest schema, with two planners and two reviewers."""
    ensure_database(server, "office")
    conn = admin_connection(server, "office")
    for name, role in (("planner_a", "planner"), ("planner_b", "planner"), ("reviewer_1", "reviewer"),
                       ("reviewer_2", "reviewer"), ("officer", "admin")):
        add_user(conn, name, role)
    conn.close()
    return server


def _as(server, user: str, dbname: str = "office"):
    return psycopg2.connect(server.dsn(dbname, user))


def _schema(server, dbname: str) -> str:
    from smart_community_plugin.store.local_server import pg_bin

    done = subprocess.run([str(pg_bin() / "pg_dump"), "--schema-only", "--no-owner", "-d", server.dsn(dbname)],
                          capture_output=True, text=True, check=True)
    # pg_dump marks its output with a random \\restrict key (15.14 and later): not part of the schema.
    return "\n".join(line for line in done.stdout.splitlines() if not line.startswith(("--", "\\restrict", "\\unrestrict")))


def test_migrations_from_empty_and_from_each_earlier_version_give_one_schema(server):
    versions = [m.version for m in mig.migrations()]
    assert versions == list(range(1, len(versions) + 1)) and len(versions) >= 2
    schemas = []
    for start in [0, *versions]:
        name = f"m{start}"
        conn = admin_connection(server, "postgres")
        conn.cursor().execute(f"CREATE DATABASE {name}")
        conn.close()
        conn = psycopg2.connect(server.dsn(name))
        assert mig.migrate(conn, target=start) == versions[:start]
        assert mig.current_version(conn) == start
        assert mig.migrate(conn) == versions[start:]            # the rest, in order
        assert mig.migrate(conn) == []                          # and nothing twice
        conn.close()
        schemas.append(_schema(server, name))
    assert all(s == schemas[0] for s in schemas) and "CREATE TABLE sc.reviews" in schemas[0]
    # A migration changed after it was applied is refused, not silently skipped.
    conn = psycopg2.connect(server.dsn("m0"))
    with conn, conn.cursor() as cur:
        cur.execute("UPDATE public.sc_schema_migrations SET checksum = 'x' WHERE version = 1")
    with pytest.raises(mig.MigrationError, match="changed after"):
        mig.migrate(conn)
    conn.close()


def _submission(store, community: str, submitter: str, path: Path = SAMPLE):
    from smart_community_plugin.store.submissions import store_submission

    conn = _as(store, "officer")
    try:
        return store_submission(conn, community, submitter, path, LAYERS, 4547)
    finally:
        conn.close()


def test_a_submission_is_stored_as_tables_of_a_new_version_that_refuse_changes(store, tmp_path):
    from osgeo import gdal

    path = tmp_path / "s.gpkg"
    path.write_bytes(SAMPLE.read_bytes())
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("UPDATE facilities SET name = '联系 13912345678' WHERE fid = (SELECT min(fid) FROM facilities)")
    n_fac = ds.GetLayerByName("facilities").GetFeatureCount()
    ds = None
    first = _submission(store, "望京示范社区", "planner_a", path)
    second = _submission(store, "望京示范社区", "planner_a", path)
    assert (first.version, second.version) == (1, 2) and first.id != second.id
    conn = _as(store, "reviewer_1")
    with conn.cursor() as cur:
        cur.execute(f'SELECT count(*), min(ST_SRID(geom)) FROM submitted."{first.tables["facilities"]}"')
        assert cur.fetchone() == (n_fac, 4547)
        cur.execute(f'SELECT string_agg(name, \'|\') FROM submitted."{first.tables["facilities"]}"')
        names = cur.fetchone()[0]
        assert "139****5678" in names and "13912345678" not in names
        cur.execute("SELECT features FROM sc.submission_layers WHERE submission_id = %s AND role = 'facilities'",
                    (first.id,))
        assert cur.fetchone()[0] == n_fac
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute(f'UPDATE submitted."{first.tables["facilities"]}" SET name = \'x\'')
    conn.rollback()
    conn.close()
    conn = _as(store, "officer")                # even the office's administrator: the trigger refuses
    with conn.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege, match="never changed"):
        cur.execute(f'DELETE FROM submitted."{first.tables["buildings"]}"')
    conn.close()


@pytest.fixture(scope="module")
def reviewed(processing_ready):
    """The sample reviewed once (the store's tests write this review again and again)."""
    from smart_community_plugin.pipeline.read import review
    from smart_community_plugin.pipeline.scheme import Scheme
    from smart_community_plugin.standard import load_standard

    scheme = Scheme.from_uris({role: f"{SAMPLE}|layername={layer}" for role, layer in LAYERS.items()})
    return review(scheme, load_standard())


def _store_review(store, user, sid, reviewed, **kw):
    import datetime as dt

    from smart_community_plugin.store.reviews import store_review

    conn = _as(store, user)
    try:
        return store_review(conn, sid, reviewed, dt.datetime.now(dt.timezone.utc), "run" + str(sid), **kw)
    finally:
        conn.close()


def test_a_review_is_stored_whole_numbered_and_never_overwritten(store, reviewed):
    sub = _submission(store, "review-whole", "planner_a")
    one = _store_review(store, "reviewer_1", sub.id, reviewed)
    two = _store_review(store, "reviewer_2", sub.id, reviewed)
    assert (one.number, two.number) == (1, 2)
    conn = _as(store, "reviewer_1")
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM sc.review_checks WHERE review_id = %s", (one.id,))
        assert cur.fetchone()[0] == len(reviewed.result.checks)
        cur.execute("SELECT overall, fail_count, reviewer FROM sc.reviews WHERE id = %s", (one.id,))
        assert cur.fetchone() == (reviewed.result.overall(), reviewed.result.counts()["fail"], "reviewer_1")
        cur.execute("SELECT count(*), min(ST_SRID(geom)) FROM sc.review_buildings WHERE review_id = %s", (one.id,))
        count, srid = cur.fetchone()
        assert count == len(reviewed.result.building_results["index"]) and srid > 0
        cur.execute("SELECT status FROM sc.submissions WHERE id = %s", (sub.id,))
        assert cur.fetchone()[0] == "reviewed"
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute("UPDATE sc.reviews SET overall = 'pass' WHERE id = %s", (one.id,))
    conn.rollback()
    from smart_community_plugin.store.reviews import changes, history

    assert [h["number"] for h in history(conn, sub.id)] == [1, 2]
    assert changes(conn, one.id, two.id) == {"fixed": [], "broken": [], "unassessed": [], "new": [], "gone": []}
    conn.close()


def test_a_planner_reads_only_their_own_submissions_and_reviews(store, reviewed):
    mine = _submission(store, "rls-a", "planner_a")
    theirs = _submission(store, "rls-b", "planner_b")
    _store_review(store, "reviewer_1", mine.id, reviewed)
    _store_review(store, "reviewer_1", theirs.id, reviewed)
    conn = _as(store, "planner_a")
    with conn.cursor() as cur:
        cur.execute("SELECT DISTINCT submitter FROM sc.submissions")
        assert [r[0] for r in cur.fetchall()] == ["planner_a"]
        cur.execute("SELECT count(*) FROM sc.reviews WHERE submission_id = %s", (theirs.id,))
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT count(*) FROM sc.review_checks WHERE review_id IN "
                    "(SELECT id FROM sc.reviews WHERE submission_id = %s)", (mine.id,))
        assert cur.fetchone()[0] == len(reviewed.result.checks)
        cur.execute(f'SELECT count(*) FROM submitted."{mine.tables["buildings"]}"')
        assert cur.fetchone()[0] > 0
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute(f'SELECT count(*) FROM submitted."{theirs.tables["buildings"]}"')
    conn.rollback()
    with conn.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege):
        cur.execute("INSERT INTO sc.reviews (submission_id, number, started_at, standard_version, parameters, "
                    "overall, fail_count, warning_count, not_assessed, run_id, summary) VALUES "
                    "(%s, 9, now(), '', '{}', 'pass', 0, 0, 0, '', '{}')", (mine.id,))
    conn.close()


WRITER = textwrap.dedent("""
    import datetime as dt, os, pickle, sys, time
    sys.path.insert(0, {root!r})
    sys.modules["qgis"] = None                     # a reviewer's writer needs no QGIS
    import psycopg2
    from smart_community_plugin.store.reviews import store_review
    reviewed = pickle.load(open({pickled!r}, "rb"))
    conn = psycopg2.connect({dsn!r})
    def pause():
        print("paused", flush=True)
        time.sleep({pause})
    r = store_review(conn, {sid}, reviewed, dt.datetime.now(dt.timezone.utc), "run", pause=pause)
    print("stored", r.number, flush=True)
""")


def _pickle(reviewed, tmp_path: Path) -> None:
    """The review for the writer processes (without the sunlight analysis' geometry, which the store does not
    keep and which holds a function)."""
    import dataclasses

    from smart_community_plugin.pipeline.read import Reviewed

    plain = Reviewed(reviewed.inputs, dataclasses.replace(reviewed.result, sunlight_result=None))
    (tmp_path / "reviewed.pickle").write_bytes(pickle.dumps(plain))


def _writer(store, tmp_path, sid: int, user: str, pause: float = 0.0) -> subprocess.Popen:
    code = WRITER.format(root=str(ROOT), pickled=str(tmp_path / "reviewed.pickle"), dsn=store.dsn("office", user),
                         sid=sid, pause=pause)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_twelve_reviewers_at_once_each_review_present_and_numbered(store, reviewed, tmp_path):
    _pickle(reviewed, tmp_path)
    subs = [_submission(store, f"many-{k}", "planner_a") for k in range(10)]
    procs = [_writer(store, tmp_path, s.id, "reviewer_1") for s in subs]
    procs += [_writer(store, tmp_path, subs[0].id, "reviewer_2") for _ in range(2)]   # 3 on the first one
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err[-2000:]
    conn = _as(store, "reviewer_1")
    with conn.cursor() as cur:
        cur.execute("SELECT submission_id, array_agg(number ORDER BY number), count(DISTINCT run_id) "
                    "FROM sc.reviews WHERE submission_id = ANY(%s) GROUP BY submission_id", ([s.id for s in subs],))
        got = {sid: numbers for sid, numbers, _ in cur.fetchall()}
        cur.execute("SELECT r.id, count(c.check_id) FROM sc.reviews r JOIN sc.review_checks c ON c.review_id = r.id "
                    "WHERE r.submission_id = ANY(%s) GROUP BY r.id", ([s.id for s in subs],))
        per_review = dict(cur.fetchall())
    conn.close()
    assert got[subs[0].id] == [1, 2, 3] and all(got[s.id] == [1] for s in subs[1:])
    assert len(per_review) == 12 and set(per_review.values()) == {len(reviewed.result.checks)}


def test_a_review_killed_before_its_commit_leaves_nothing(store, reviewed, tmp_path):
    _pickle(reviewed, tmp_path)
    sub = _submission(store, "killed", "planner_a")
    proc = _writer(store, tmp_path, sub.id, "reviewer_1", pause=60)
    assert proc.stdout.readline().strip() == "paused"          # every row written, not committed
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    conn = _as(store, "reviewer_1")
    end = time.monotonic() + 10
    while True:                                                 # the server notices the lost client
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction'")
            if cur.fetchone()[0] == 0 or time.monotonic() > end:
                break
        conn.rollback()
        time.sleep(0.1)
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM sc.reviews WHERE submission_id = %s", (sub.id,))
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT count(*) FROM sc.review_checks c JOIN sc.reviews r ON r.id = c.review_id "
                    "WHERE r.submission_id = %s", (sub.id,))
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT status FROM sc.submissions WHERE id = %s", (sub.id,))
        assert cur.fetchone()[0] == "received"
    conn.close()
    assert _store_review(store, "reviewer_2", sub.id, reviewed).number == 1   # the number was never taken


def test_a_stale_stage_record_save_is_refused_naming_who_changed_it(store):
    from smart_community_plugin.store.records import StaleEdit, read_record, save_record

    a, b = _as(store, "reviewer_1"), _as(store, "reviewer_2")
    assert save_record(a, "望京", "assessment", {"note": "初评"}, None) == 1
    record, version = read_record(a, "望京", "assessment")
    _, version_b = read_record(b, "望京", "assessment")
    assert save_record(b, "望京", "assessment", {"note": "复核 13912345678"}, version_b) == 2
    with pytest.raises(StaleEdit) as err:
        save_record(a, "望京", "assessment", {**record, "note": "改"}, version)
    assert "reviewer_2" in str(err.value) and "version 2" in str(err.value)
    now, v = read_record(a, "望京", "assessment")
    assert v == 2 and now == {"note": "复核 139****5678"}          # b's save kept, masked; a's refused
    with pytest.raises(StaleEdit):
        save_record(b, "望京", "assessment", {"note": "again"}, None)   # a second "new" record is stale too
    a.close()
    b.close()


def test_make_db_writes_a_service_that_libpq_and_qgis_read(tmp_path, qgis_app):
    from qgis.core import QgsVectorLayer

    from smart_community_plugin.store.setup import setup_local

    root = ROOT / "build" / f"pg-db-{os.getpid()}"
    try:
        server = setup_local(root, tmp_path / "pg_service.conf", port=free_port(57432))
        again = setup_local(root, tmp_path / "pg_service.conf")          # a second make db: the same server
        assert again.port == server.port
        env = dict(os.environ, PGSERVICEFILE=str(tmp_path / "pg_service.conf"))
        done = subprocess.run(["psql", "service=smart_community", "-Atc",
                               "SELECT current_user, max(version) FROM public.sc_schema_migrations"],
                              capture_output=True, text=True, env=env)
        assert done.stdout.strip() == f"sc_office|{len(mig.migrations())}", done.stderr
        assert "password" not in (tmp_path / "pg_service.conf").read_text(encoding="utf-8")
        os.environ["PGSERVICEFILE"] = str(tmp_path / "pg_service.conf")
        try:
            layer = QgsVectorLayer("service='smart_community' table=\"sc\".\"review_buildings\" (geom)", "b",
                                   "postgres")
            assert layer.isValid() and layer.featureCount() == 0
        finally:
            del os.environ["PGSERVICEFILE"]
    finally:
        LocalServer(root).remove()


def test_a_server_under_a_folder_the_postgres_user_cannot_enter_still_runs(tmp_path):
    """A checkout under /root (mode 700): run as root, the server's files go where its user can reach them,
    and build/... links there; removing it removes both."""
    if os.geteuid() != 0:
        pytest.skip("only root hands the server to the postgres user")
    locked = ROOT / "build" / f"locked-{os.getpid()}"
    locked.mkdir(mode=0o700)
    try:
        server = LocalServer(locked / "pg", free_port(58432))
        server.start()
        conn = psycopg2.connect(server.dsn())
        with conn.cursor() as cur:
            cur.execute("SELECT current_setting('data_directory')")
            real = Path(cur.fetchone()[0])
        conn.close()
        assert (locked / "pg").is_symlink() and real == (locked / "pg").resolve() / "data"
        server.remove()
        assert not (locked / "pg").exists() and not real.exists()
    finally:
        import shutil

        shutil.rmtree(locked, ignore_errors=True)



def _qgis_process(args: list[str], service_file: Path) -> dict:
    done = subprocess.run([str(ROOT / "scripts" / "qgis-process"), "--json", "run", *args],
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PGSERVICEFILE=str(service_file)))
    assert done.returncode == 0, (done.stdout[-1500:], done.stderr[-1500:])
    return json.loads(done.stdout[done.stdout.index("{"):])["results"]


def test_a_submission_stored_and_reviewed_through_qgis_process_reads_back_by_sql(store, tmp_path, processing_ready):
    """The office's path end to end: store_submission, then the review of the stored layers into the store,
    both through the real qgis_process; the stored review is the review of the same layers from the file."""
    import processing

    services = tmp_path / "pg_service.conf"
    services.write_text(store.service("office", "office", "officer") + "\n"
                        + store.service("office_review", "office", "reviewer_1"), encoding="utf-8")
    got = _qgis_process(["smart_community:store_submission", "--", f"INPUT={SAMPLE}", "COMMUNITY_NAME=望京示范社区-qp",
                         "SUBMITTER=planner_a", "STORE=office"], services)
    sid = int(got["SUBMISSION"])
    assert int(got["VERSION"]) == 1 and "buildings=" in got["TABLES"]
    out = _qgis_process(["smart_community:review", "--", "STORE=office_review", f"SUBMISSION={sid}",
                         "OUTPUT_STORE=true", "DISTANCE=euclidean", f"OUTPUT_JSON={tmp_path / 'stored.json'}"],
                        services)
    assert int(out["REVIEW_NUMBER"]) == 1
    stored = json.loads((tmp_path / "stored.json").read_text(encoding="utf-8"))
    # The same layers (every role the file has, as the store keeps them) reviewed from the file, in this process.
    from smart_community_plugin.layers.roles import ROLES

    conn = _as(store, "reviewer_1")
    with conn.cursor() as cur:
        cur.execute("SELECT role, source_layer FROM sc.submission_layers WHERE submission_id = %s", (sid,))
        roles = dict(cur.fetchall())
    conn.close()
    assert {"community", "buildings", "facilities", "roads", "compounds"} <= set(roles)
    processing.run("smart_community:review", {**{ROLES[r].parameter: f"{SAMPLE}|layername={name}"
                                                 for r, name in roles.items() if ROLES[r].parameter},
                                              "DISTANCE": "euclidean", "OUTPUT_JSON": str(tmp_path / "file.json")})
    from_file = json.loads((tmp_path / "file.json").read_text(encoding="utf-8"))
    assert stored["summary"] == from_file["summary"]
    assert [c["id"] for c in stored["checks"]] == [c["id"] for c in from_file["checks"]]
    conn = _as(store, "reviewer_1")
    with conn.cursor() as cur:
        cur.execute("SELECT r.id, r.overall, r.fail_count, r.run_id, r.reviewer FROM sc.reviews r "
                    "WHERE r.submission_id = %s", (sid,))
        rid, overall, fails, run_id, reviewer = cur.fetchone()
        assert (overall, fails, run_id, reviewer) == (stored["summary"]["overall"],
                                                      stored["summary"]["counts"]["fail"], stored["run_id"],
                                                      "reviewer_1")
        cur.execute("SELECT check_id, verdict, message_zh FROM sc.review_checks WHERE review_id = %s ORDER BY "
                    "check_id", (rid,))
        rows = cur.fetchall()
        assert [(i, v) for i, v, _ in rows] == sorted((c["id"], c["verdict"]) for c in stored["checks"])
        by_id = {c["id"]: c["messages"]["zh"] for c in stored["checks"]}
        assert all(text == by_id[i] for i, _, text in rows)
        cur.execute("SELECT count(*) FROM sc.review_buildings WHERE review_id = %s", (rid,))
        assert cur.fetchone()[0] == stored["coverage"]["health_station"]["euclidean"]["buildings_total"]
    conn.close()


def test_a_submission_with_blocking_findings_is_not_stored_and_output_store_needs_one(store, tmp_path, monkeypatch,
                                                                                      processing_ready):
    import processing
    from qgis.core import QgsProcessingException

    services = tmp_path / "pg_service.conf"
    services.write_text(store.service("office", "office", "officer"), encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    broken = tmp_path / "broken.gpkg"
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(broken), str(SAMPLE), "community", "buildings"], check=True)
    conn = _as(store, "officer")
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM sc.submissions")
        before = cur.fetchone()[0]
    conn.rollback()
    with pytest.raises(QgsProcessingException) as err:
        processing.run("smart_community:store_submission", {"INPUT": str(broken), "COMMUNITY_NAME": "缺图层",
                                                            "STORE": "office"})
    assert "facilities" in str(err.value) or "设施" in str(err.value)
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM sc.submissions")
        assert cur.fetchone()[0] == before
        cur.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'submitted' AND tablename LIKE %s",
                    (f"s{before + 1}\\_%",))
        assert cur.fetchone()[0] == 0
    conn.close()
    with pytest.raises(QgsProcessingException, match="OUTPUT_STORE needs SUBMISSION"):
        processing.run("smart_community:review", {**{r.upper(): f"{SAMPLE}|layername={r}" for r in LAYERS},
                                                  "OUTPUT_STORE": True, "OUTPUT_JSON": str(tmp_path / "r.json")})
    assert not (tmp_path / "r.json").exists()


def test_what_changed_between_two_reviews_of_a_submission(store, reviewed):
    """Two reviews whose checks differ as made here: one fixed, one broken, one no longer assessable, one new,
    one gone."""
    import dataclasses

    from smart_community_plugin.core.results import Verdict
    from smart_community_plugin.pipeline.read import Reviewed
    from smart_community_plugin.store.reviews import changes

    checks = reviewed.result.checks
    failed = next(c for c in checks if c.verdict == Verdict.FAIL)
    passed = [c for c in checks if c.verdict == Verdict.PASS]
    later = []
    for c in checks:
        if c is failed:
            later.append(dataclasses.replace(c, verdict=Verdict.PASS))
        elif c is passed[0]:
            later.append(dataclasses.replace(c, verdict=Verdict.WARNING))
        elif c is passed[1]:
            later.append(dataclasses.replace(c, verdict=Verdict.NOT_ASSESSABLE))
        elif c is not passed[2]:
            later.append(c)
    later.append(dataclasses.replace(passed[3], id="new:check"))
    second = Reviewed(reviewed.inputs, dataclasses.replace(reviewed.result, checks=later))
    sub = _submission(store, "changes", "planner_a")
    one = _store_review(store, "reviewer_1", sub.id, reviewed)
    two = _store_review(store, "reviewer_1", sub.id, second)
    conn = _as(store, "reviewer_1")
    assert changes(conn, one.id, two.id) == {"fixed": [failed.id], "broken": [passed[0].id],
                                             "unassessed": [passed[1].id], "new": ["new:check"],
                                             "gone": [passed[2].id]}
    conn.close()


def test_the_offices_qgis_project_lives_in_the_store_and_every_reviewer_opens_it(store, reviewed, tmp_path,
                                                                               monkeypatch, qgis_app):
    from qgis.core import QgsProject

    from smart_community_plugin.pipeline.store_io import project_uri, reviewed_buildings_layer, save_project

    # Each person's own service file names the same service with their own login.
    mine, theirs = tmp_path / "officer.conf", tmp_path / "reviewer.conf"
    mine.write_text(store.service("office", "office", "officer"), encoding="utf-8")
    theirs.write_text(store.service("office", "office", "reviewer_2"), encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(mine))
    sub = _submission(store, "project", "planner_a")
    stored = _store_review(store, "reviewer_1", sub.id, reviewed)
    epsg = int(reviewed.inputs.crs["working"].split(":")[1])
    project = QgsProject()
    layer = reviewed_buildings_layer("office", stored.id, epsg, "审查后的建筑")
    assert layer.isValid() and layer.featureCount() == len(reviewed.result.building_results["index"])
    project.addMapLayer(layer)
    project.setTitle("审查室")
    assert save_project(project, "office") == project_uri("office")
    code = textwrap.dedent(f"""
        import os; os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from qgis.core import QgsApplication, QgsProject
        app = QgsApplication([], False); app.initQgis()
        p = QgsProject.instance()
        assert p.read({project_uri("office")!r}), p.error()
        (layer,) = p.mapLayers().values()
        print(p.title(), layer.name(), layer.isValid(), layer.featureCount())
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PGSERVICEFILE=str(theirs)))
    assert done.stdout.split() == ["审查室", "审查后的建筑", "True", str(layer.featureCount())], done.stderr[-2000:]
    conn = _as(store, "reviewer_2")
    with conn.cursor() as cur:
        cur.execute("SELECT name FROM sc.qgis_projects")
        assert [r[0] for r in cur.fetchall()] == ["office"]
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute("UPDATE sc.qgis_projects SET content = NULL")   # a reviewer opens it; the office saves it
    conn.close()


def test_the_city_batch_writes_its_table_into_the_store(store, tmp_path):
    """scripts/review-city --store: one run row and one row a community, equal to city.gpkg's."""
    import pyogrio

    from bench.city import make_city

    gpkg = tmp_path / "city.gpkg"
    make_city(gpkg, buildings=900, per_type=8, block_m=300.0, seed=4)
    services = tmp_path / "pg_service.conf"
    services.write_text(store.service("office", "office", "reviewer_1"), encoding="utf-8")
    roles = ("communities", "buildings", "facilities")
    args = [x for r in roles for x in (f"--{r}", f"{gpkg}|layername={r}")]
    done = subprocess.run([str(ROOT / "scripts" / "review-city"), *args, "--out", str(tmp_path / "out"),
                           "--distance", "euclidean", "--workers", "1", "--store", "office", "--language", "en"],
                          capture_output=True, text=True, timeout=600, env=dict(os.environ, PGSERVICEFILE=str(services)))
    assert done.returncode == 0, done.stderr[-2000:]
    city = pyogrio.read_dataframe(str(tmp_path / "out" / "city.gpkg"), layer="communities")
    conn = _as(store, "reviewer_1")
    with conn.cursor() as cur:
        cur.execute("SELECT id, communities, failed, reviewer FROM sc.city_runs ORDER BY id DESC LIMIT 1")
        run, count, failed, reviewer = cur.fetchone()
        assert (count, failed, reviewer) == (len(city), 0, "reviewer_1")
        cur.execute("SELECT source_fid, verdict, fail_count, round(ST_Area(geom)) FROM sc.city_communities "
                    "WHERE run_id = %s ORDER BY source_fid", (run,))
        rows = cur.fetchall()
    conn.close()
    city = city.sort_values("source_fid")
    assert [(int(f), v, int(n)) for f, v, n, _ in rows] == list(zip(city.source_fid.astype(int), city.verdict,
                                                                     city.fail_count.astype(int)))
    assert [a for *_, a in rows] == [round(a) for a in city.geometry.area]


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_the_store_dialog_shows_submissions_reviews_and_what_changed_in_the_interfaces_language(
        store, reviewed, tmp_path, monkeypatch, language):
    import dataclasses

    from qgis.core import QgsProject

    from smart_community_plugin.core.messages import catalogue
    from smart_community_plugin.core.results import Verdict
    from smart_community_plugin.gui.store_dialog import StoreDialog
    from smart_community_plugin.gui.tables import cell_texts
    from smart_community_plugin.pipeline.read import Reviewed

    services = tmp_path / "pg_service.conf"
    services.write_text(store.service("office", "office", "reviewer_1"), encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    sub = _submission(store, f"dialog-{language}", "planner_a")
    failed = next(c for c in reviewed.result.checks if c.verdict == Verdict.FAIL)
    later = [dataclasses.replace(c, verdict=Verdict.PASS) if c is failed else c for c in reviewed.result.checks]
    _store_review(store, "reviewer_1", sub.id, reviewed)
    _store_review(store, "reviewer_2", sub.id, Reviewed(reviewed.inputs, dataclasses.replace(reviewed.result,
                                                                                             checks=later)))
    dialog = StoreDialog(None, "office")
    dialog.refresh()
    rows = cell_texts(dialog.submissions)
    row = next(k for k, r in enumerate(rows) if r[1] == f"dialog-{language}")
    assert rows[row][2] == "1" and rows[row][5] == ("已审查" if language == "zh" else "Reviewed")
    dialog.submissions.selectRow(row)
    reviews = cell_texts(dialog.reviews)
    word = catalogue().term("approval", reviewed.result.overall(), language)
    assert [r[0] for r in reviews] == ["1", "2"] and {r[4] for r in reviews} == {word}
    assert {r[3] for r in reviews} == {catalogue().term("distance", reviewed.result.parameters["distance_method"],
                                                        language)}
    assert [r[1] for r in reviews] == ["reviewer_1", "reviewer_2"]
    lines = [dialog.changes.item(k).text() for k in range(dialog.changes.count())]
    text = failed.text(language)
    assert len(lines) == 2 and lines[1].endswith(text)
    assert lines[0] == ("第 2 轮审查与第 1 轮相比：修复 1 项，新出现问题 0 项，不再可评估 0 项，新增 0 项，移除 0 项。"
                        if language == "zh" else
                        "Review 2 against review 1: 1 fixed, 0 broken, 0 no longer assessable, 0 new, 0 gone.")
    headers = [dialog.reviews.horizontalHeaderItem(k).text() for k in range(dialog.reviews.columnCount())]
    labels = [dialog.windowTitle(), dialog.refresh_button.text(), dialog.open_button.text(), *headers]
    assert all(_has_cjk(t) for t in labels) if language == "zh" else not any(_has_cjk(t) for t in labels)
    dialog.open_layers()
    names = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    assert ("建筑" in names) if language == "zh" else ("Buildings" in names or "buildings" in names), names
    QgsProject.instance().clear()
    dialog.service.setText("no_such_service")
    dialog.refresh()                               # said in the dialog, not raised
    assert "no_such_service" in dialog.status.text()


def test_a_device_is_registered_and_a_stale_edit_of_it_refused(store):
    from smart_community_plugin.store.records import StaleEdit, read_device, save_device

    a, b = _as(store, "reviewer_1"), _as(store, "reviewer_2")
    assert save_device(a, "望京", "cam-7", "camera", {"view_radius_m": 30, "维护电话": "13912345678"}, None,
                       facility_type="waste_station", location=(459100.0, 4422500.0, 4547)) == 1
    record, version = read_device(b, "望京", "cam-7")
    assert record == {"view_radius_m": 30, "维护电话": "139****5678"}
    assert save_device(b, "望京", "cam-7", "camera", {**record, "view_radius_m": 40}, version) == 2
    with pytest.raises(StaleEdit, match="reviewer_2"):
        save_device(a, "望京", "cam-7", "camera", {"view_radius_m": 25}, version)
    with b.cursor() as cur:
        cur.execute("SELECT ST_AsText(location), ST_SRID(location), updated_by FROM sc.devices WHERE device_id = "
                    "'cam-7'")
        assert cur.fetchone() == ("POINT(459100 4422500)", 4547, "reviewer_2")
    a.close()
    b.close()


def test_nothing_stored_is_changed_or_dropped_by_the_offices_administrator_either(store):
    sub = _submission(store, "untouchable", "planner_a")
    conn = _as(store, "officer")                     # member of sc_admin, the schema's owner
    conn.autocommit = True
    refused = [f"UPDATE sc.submissions SET submitter = 'planner_b' WHERE id = {sub.id}",
               f"UPDATE sc.submissions SET files_sha256 = '0' WHERE id = {sub.id}",
               f"DELETE FROM sc.submissions WHERE id = {sub.id}",
               f'DROP TABLE submitted."{sub.tables["buildings"]}"',
               f'ALTER TABLE submitted."{sub.tables["buildings"]}" DISABLE TRIGGER never_changed',
               "ALTER TABLE sc.reviews DISABLE TRIGGER never_changed",
               "DROP TRIGGER never_changed ON sc.reviews",
               "TRUNCATE sc.submissions CASCADE"]
    for sql in refused:
        with conn.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute(sql)
    with conn.cursor() as cur:
        cur.execute("UPDATE sc.submissions SET status = 'withdrawn' WHERE id = %s", (sub.id,))   # its status may
        cur.execute("SELECT submitter, status FROM sc.submissions WHERE id = %s", (sub.id,))
        assert cur.fetchone() == ("planner_a", "withdrawn")
        cur.execute(f'SELECT count(*) FROM submitted."{sub.tables["buildings"]}"')
        assert cur.fetchone()[0] > 0
    conn.close()


def test_an_officers_mistakes_are_said_plainly_and_store_nothing(store, tmp_path):
    """Found by a review officer trying the store: a fractional or wrong submission number, a wrong store name,
    a planner login that does not exist."""
    services = tmp_path / "pg_service.conf"
    services.write_text(store.service("office", "office", "officer"), encoding="utf-8")
    env = dict(os.environ, PGSERVICEFILE=str(services))
    sub = _submission(store, "mistakes", "planner_a")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(ROOT / "scripts" / "qgis-process"), "run", *args], capture_output=True,
                              text=True, timeout=300, env=env)
    for value in ("1.5", "abc", "0"):
        done = run("smart_community:review", "--", "STORE=office", f"SUBMISSION={value}", "OUTPUT_STORE=true")
        assert done.returncode != 0 and "Traceback" not in done.stderr + done.stdout
        assert "SUBMISSION" in done.stderr + done.stdout
    done = run("smart_community:review", "--", "STORE=nope", f"SUBMISSION={sub.id}", "OUTPUT_STORE=true")
    said = done.stderr + done.stdout
    assert done.returncode != 0 and "'nope'" in said and "Traceback" not in said and "Unexpected" not in said
    done = run("smart_community:store_submission", "--", f"INPUT={SAMPLE}", "COMMUNITY_NAME=mistakes",
               "SUBMITTER=zhang_gong", "STORE=office")
    said = done.stderr + done.stdout
    assert done.returncode != 0 and "zhang_gong" in said and "add-user" in said and "Traceback" not in said
    conn = _as(store, "officer")
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM sc.reviews WHERE submission_id = %s", (sub.id,))
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT max(version) FROM sc.submissions WHERE community = 'mistakes'")
        assert cur.fetchone()[0] == 1
    conn.close()



@pytest.mark.parametrize("args, said", [(["add-user", "li_gong", "planer"], "'planer' is not a role"),
                                        (["add-user", "x; drop", "planner"], "'x; drop' is not a login name")])
def test_scripts_db_names_a_wrong_role_or_login_and_changes_nothing(args, said):
    # Run with whatever python3 PATH finds (a pyenv one lacks psycopg2): the script takes the project's own.
    done = subprocess.run(["python3", str(ROOT / "scripts" / "db"), *args], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr


def test_a_reports_pdf_is_kept_with_its_stored_review_once(store, tmp_path):
    services = tmp_path / "pg_service.conf"
    services.write_text(store.service("office", "office", "reviewer_1"), encoding="utf-8")
    sub = _submission(store, "报告入库", "planner_a")
    _qgis_process(["smart_community:review", "--", "STORE=office", f"SUBMISSION={sub.id}", "OUTPUT_STORE=true",
                   "DISTANCE=euclidean", f"OUTPUT_JSON={tmp_path / 'r.json'}", f"OUTPUT_GPKG={tmp_path / 'r.gpkg'}"],
                  services)
    args = ["smart_community:report", "--", f"REVIEW_JSON={tmp_path / 'r.json'}", f"RESULT_GPKG={tmp_path / 'r.gpkg'}",
            "MAPS=false", "STORE=office"]
    _qgis_process([*args, f"OUTPUT={tmp_path / 'r.pdf'}"], services)
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    conn = _as(store, "planner_a")                   # the submitting planner reads the report of their review
    with conn.cursor() as cur:
        cur.execute("SELECT p.pdf, r.number FROM sc.review_reports p JOIN sc.reviews r ON r.id = p.review_id "
                    "WHERE r.submission_id = %s", (sub.id,))
        stored, number = cur.fetchone()
    conn.close()
    assert bytes(stored) == pdf and number == 1
    again = subprocess.run([str(ROOT / "scripts" / "qgis-process"), "run", *args, f"OUTPUT={tmp_path / 'again.pdf'}"],
                           capture_output=True, text=True, timeout=300, env=dict(os.environ, PGSERVICEFILE=str(services)))
    said = again.stdout + again.stderr
    assert again.returncode != 0 and "never replaced" in said and "Traceback" not in said
    assert not (tmp_path / "again.pdf").exists()      # refused by the store: no file either


def test_a_submission_opened_in_the_workbench_keeps_its_stage_records_in_the_store(store, tmp_path, monkeypatch,
                                                                                    processing_ready, language):
    """Two colleagues on one community: the workbench shows what the store has, saves each edit there, refuses
    a save made from a record someone changed since (naming who), and a reopened project follows the store."""
    from qgis.core import QgsProject

    from smart_community_plugin.core.stages import PlanningState
    from smart_community_plugin.gui.store_dialog import StoreDialog
    from smart_community_plugin.gui.workbench_dock import WorkbenchDock
    from smart_community_plugin.store.records import read_record, save_record

    services = tmp_path / "pg_service.conf"
    services.write_text(store.service("office", "office", "reviewer_1"), encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    community = f"协同社区-{language}"
    sub = _submission(store, community, "planner_a")
    colleague = _as(store, "reviewer_2")
    # The colleague recorded the assessment's first task before this reviewer opened the submission.
    save_record(colleague, community, "assessment", {"tasks": {"survey": {
        "status": "done", "owner": "李工", "notes": "现状调查完成", "date": "2026-11-30"}}}, None)
    project = QgsProject.instance()
    dock = WorkbenchDock(project)
    assessment, planning = dock.panels[0], dock.panels[1]
    first = assessment.stage.tasks[0].code
    assert first == "survey"
    dialog = StoreDialog(None, "office", workbench=lambda: dock)
    dialog.refresh()
    rows = [dialog.submissions.item(k, 1).text() for k in range(dialog.submissions.rowCount())]
    dialog.submissions.selectRow(rows.index(community))
    dialog.open_layers()
    assert community in dialog.status.text(), dialog.status.text()
    assert dialog.open_button.text() == ("在工作台中打开该报审" if language == "zh" else
                                         "Open the submission in the workbench")
    assert dock.state.layer("buildings").providerType() == "postgres"
    assert dock.state.layer("buildings").featureCount() == 78                  # the sample's buildings (ogrinfo)
    assert (assessment.status[0].currentData(), assessment.owner[0].text()) == ("done", "李工")
    assert dock.state.link.versions == {"assessment": 1, "planning": None, "implementation": None,
                                        "operation": None, "revisit": None}
    assert assessment.progress.text().endswith("审查库“office”，协同社区-zh：第 1 版" if language == "zh" else
                                               "review store 'office', 协同社区-en: version 1"), \
        assessment.progress.text()
    assert assessment.reload_button.isVisibleTo(assessment)
    assert _has_cjk(assessment.reload_button.text()) == (language == "zh")

    # An edit on the planning stage goes into the store as a new record.
    planning.status[0].setCurrentIndex(planning.status[0].findData("in_progress"))
    got, version = read_record(colleague, community, "planning")
    assert version == 1 and got["tasks"][planning.stage.tasks[0].code]["status"] == "in_progress"

    # The colleague changes the assessment record; this reviewer's edit made from version 1 is refused.
    save_record(colleague, community, "assessment", {"tasks": {"survey": {
        "status": "done", "owner": "王工", "notes": "", "date": "2026-12-01"}}}, 1)
    assessment.notes[0].setText("补充人口数据")
    assessment.notes[0].editingFinished.emit()
    said = assessment.progress.text()
    assert "reviewer_2" in said and (("第 2 版" in said and "评估" in said) if language == "zh" else
                                     "now version 2" in said), said
    assert read_record(colleague, community, "assessment")[0]["tasks"]["survey"]["owner"] == "王工"
    # Reloading shows the colleague's record; the edit made again is saved from version 2.
    assessment.reload_button.click()
    assert assessment.owner[0].text() == "王工" and assessment.notes[0].text() == ""
    assessment.notes[0].setText("补充人口数据")
    assessment.notes[0].editingFinished.emit()
    got, version = read_record(colleague, community, "assessment")
    assert version == 3 and got["tasks"]["survey"] == {"status": "done", "owner": "王工",
                                                              "notes": "补充人口数据", "date": "2026-12-01"}

    # The third stage (7.0.4) too: the store once knew it by another name and refused it.
    building = dock.panels[2]
    building.owner[0].setText("施工单位")
    building.owner[0].editingFinished.emit()
    assert read_record(colleague, community, "implementation")[1] == 1, building.progress.text()

    # The project keeps only the service's name; reopened, it reads the store again.
    path = tmp_path / "office.qgz"
    assert project.write(str(path))
    entry = project.readEntry("smart_community", "planning_state", "")[0]
    assert PlanningState.from_json(entry).store == {"service": "office", "community": community,
                                                    "submission": str(sub.id)}
    assert "password" not in path.read_bytes().decode("latin-1").lower()
    save_record(colleague, community, "planning", {"tasks": {planning.stage.tasks[0].code: {
        "status": "done", "owner": "", "notes": "", "date": ""}}}, 1)
    project.clear()
    assert project.read(str(path))
    assert planning.status[0].currentData() == "done" and dock.state.link.versions["planning"] == 2
    dock.disconnect_project()
    project.clear()
    colleague.close()
