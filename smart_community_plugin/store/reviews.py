"""Reviews into the store: a finished review's row, its checks and its per-building results written in one
transaction, numbered per submission (1, 2, ...; two reviewers of one submission wait for each other), never
overwritten; and what changed between two reviews of one submission."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any, Optional

import numpy as np
import shapely

from ..core.privacy import Privacy, compact_json
from ..i18n import tr
from .connection import StoreError
from .submissions import _copy_text


@dataclass(frozen=True)
class StoredReview:
    """The review's id and its number among its submission's reviews."""

    id: int
    number: int


def store_review(conn: Any, submission_id: int, reviewed: Any, started_at: dt.datetime, run_id: str,
                 report_pdf: Optional[bytes] = None, privacy: Privacy = Privacy(),
                 pause: Optional[Any] = None) -> StoredReview:
    """Write the review (pipeline.read.Reviewed) of a stored submission; all of it or, on any failure or a
    kill, none of it (the server rolls an unfinished transaction back). `pause()` is called before the commit
    (tests kill the writer there)."""
    from ..pipeline.result_layers import building_columns, multipolygons_of

    result, inputs = reviewed.result, reviewed.inputs
    # lazy: the summary without making every check's dict (a city's review holds 6.6e5 of them)
    summary = result.to_dict(detail=False, lazy=True)["summary"]
    counts = result.counts()
    with conn:
        with conn.cursor() as cur:
            cur.execute("SELECT id FROM sc.submissions WHERE id = %s FOR UPDATE", (submission_id,))
            if cur.fetchone() is None:
                raise StoreError(tr("Submission {} is not in the store, or you may not review it.")
                                 .format(submission_id))
            cur.execute("SELECT coalesce(max(number), 0) + 1 FROM sc.reviews WHERE submission_id = %s",
                        (submission_id,))
            number = cur.fetchone()[0]
            cur.execute(
                "INSERT INTO sc.reviews (submission_id, number, started_at, standard_version, parameters, overall, "
                "fail_count, warning_count, not_assessed, run_id, summary, report_pdf) VALUES "
                "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (submission_id, number, started_at, str(result.standard.get("version", "")),
                 privacy.json_text(_plain(result.parameters)),
                 result.overall(), counts.get("fail", 0), counts.get("warning", 0),
                 len(summary.get("not_assessed", [])), run_id, privacy.json_text(_plain(summary)), report_pdf))
            rid = cur.fetchone()[0]
            _copy_checks(cur, rid, result.checks, privacy)
            if result.building_results.get("index") is not None and len(result.building_results["index"]):
                spec, cols = building_columns(result, inputs)
                index = np.asarray(result.building_results["index"], dtype=np.int64)
                geoms = multipolygons_of(inputs.buildings.geometries[index])
                _copy_buildings(cur, rid, spec, cols, geoms, int(inputs.crs["working"].split(":")[1]))
            cur.execute("UPDATE sc.submissions SET status = 'reviewed' WHERE id = %s", (submission_id,))
            if pause is not None:
                pause()
    return StoredReview(rid, number)


def _plain(value: Any) -> Any:
    from ..pipeline.outputs import json_safe

    return json_safe(value)


def _copy_checks(cur: Any, review_id: int, checks: list, privacy: Privacy) -> None:
    buf = io.StringIO()
    for c in checks:
        values = privacy.json_text(_plain(dict(getattr(c.message, "values", {}) or {})))
        fids = "{" + ",".join(str(int(i)) for i in c.feature_ids) + "}"
        row = [review_id, c.id, c.clause, c.rule, c.facility_type, c.strength.value, c.verdict.value,
               getattr(c.message, "id", ""), values, privacy.text(c.text("zh")), privacy.text(c.text("en")), fids]
        buf.write("\t".join(_copy_text(v) for v in row) + "\n")
    _copy_into(cur, "review_checks", "review_id, check_id, clause, rule, facility_type, strength, verdict, "
               "message_id, message_values, message_zh, message_en, feature_ids", buf)


def _copy_buildings(cur: Any, review_id: int, spec: list, cols: dict, geoms: np.ndarray, epsg: int) -> None:
    names = [n for n, _ in spec if n not in ("source_fid", "population", "uncovered_types")]
    lists = {n: np.asarray(cols[n]).tolist() for n, _ in spec}
    wkb = shapely.to_wkb(geoms, hex=True, include_srid=False)
    buf = io.StringIO()
    for i in range(len(wkb)):
        results = compact_json({n: (None if isinstance(lists[n][i], float) and not np.isfinite(lists[n][i])
                                    else lists[n][i]) for n in names})
        row = [review_id, lists["source_fid"][i], lists["population"][i], lists["uncovered_types"][i], results,
               f"SRID={epsg};" + wkb[i]]
        buf.write("\t".join(_copy_text(v) for v in row) + "\n")
    _copy_into(cur, "review_buildings", "review_id, source_fid, population, uncovered_types, results, geom", buf)


def _copy_into(cur: Any, table: str, columns: str, buf: io.StringIO) -> None:
    """Rows in COPY's text format into sc.<table>. COPY cannot write through row-level security, so it fills a
    temporary copy of the table, and one INSERT ... SELECT (checked by the policies) moves the rows."""
    buf.seek(0)
    cur.execute(f"CREATE TEMP TABLE incoming_{table} (LIKE sc.{table}) ON COMMIT DROP")
    cur.copy_expert(f"COPY incoming_{table} ({columns}) FROM STDIN", buf)
    cur.execute(f"INSERT INTO sc.{table} ({columns}) SELECT {columns} FROM incoming_{table}")


def store_report(conn: Any, run_id: str, pdf: bytes) -> StoredReview:
    """Keep the approval report of the stored review that carries run_id (the review JSON's); once only."""
    with conn:
        with conn.cursor() as cur:
            cur.execute("SELECT id, number FROM sc.reviews WHERE run_id = %s ORDER BY id DESC LIMIT 1", (run_id,))
            row = cur.fetchone()
            if row is None:
                raise StoreError(tr("No review in the store carries the run id {}: store the review first "
                                    "(OUTPUT_STORE), then its report.").format(run_id))
            cur.execute("SELECT 1 FROM sc.review_reports WHERE review_id = %s", (row[0],))
            if cur.fetchone() is not None:
                raise StoreError(tr("Review {} already has its report in the store; a stored report is never "
                                    "replaced.").format(row[1]))
            cur.execute("INSERT INTO sc.review_reports (review_id, pdf) VALUES (%s, %s)", (row[0], pdf))
    return StoredReview(row[0], row[1])


def history(conn: Any, submission_id: int) -> list[dict[str, Any]]:
    """The submission's reviews, oldest first: number, reviewer, when, verdict, counts and distance method."""
    with conn.cursor() as cur:
        cur.execute("SELECT id, number, reviewer, finished_at, overall, fail_count, warning_count, not_assessed, "
                    "parameters ->> 'distance_method' FROM sc.reviews WHERE submission_id = %s ORDER BY number",
                    (submission_id,))
        keys = ("id", "number", "reviewer", "finished_at", "overall", "fail", "warning", "not_assessed", "distance")
        return [dict(zip(keys, row)) for row in cur.fetchall()]


def changes(conn: Any, older: int, newer: int) -> dict[str, list[str]]:
    """Between two reviews (ids), by check id: fixed (failed or warned before, passes now), broken (passed
    before, fails or warns now), unassessed (assessed before, not assessable now), new (in the newer only) and
    gone (in the older only)."""
    with conn.cursor() as cur:
        cur.execute("SELECT review_id, check_id, verdict FROM sc.review_checks WHERE review_id IN (%s, %s)",
                    (older, newer))
        rows = cur.fetchall()
    before = {c: v for r, c, v in rows if r == older}
    after = {c: v for r, c, v in rows if r == newer}
    bad, good = {"fail", "warning"}, {"pass", "info", "not_applicable"}
    both = [c for c in after if c in before]
    return {"fixed": sorted(c for c in both if before[c] in bad and after[c] in good),
            "broken": sorted(c for c in both if before[c] not in bad and after[c] in bad),
            "unassessed": sorted(c for c in both if before[c] != "not_assessable" and after[c] == "not_assessable"),
            "new": sorted(c for c in after if c not in before),
            "gone": sorted(c for c in before if c not in after)}
