"""The review store as a front end's source and destination: a GeoPackage validated and stored as a new
submission, a stored submission's layers as a Scheme (QGIS's PostgreSQL provider), and a finished review
written into the store in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from qgis.core import QgsVectorLayer

from ..core.errors import InputError
from ..i18n import tr
from ..store.connection import StoreError, session
from .scheme import Scheme, layer_names
from .validation import ROLES


@dataclass(frozen=True)
class StoredSubmission:
    """A submission stored from a file: its id, version, tables by role, its validation's warnings (texts), the
    earlier version with the very same file (or None) and the file's layers no role takes (not stored)."""

    id: int
    version: int
    tables: dict[str, str]
    warnings: list[str]
    same_as: Optional[int]
    skipped: list[str]


def store_gpkg(service: str, path: Path, community: str, submitter: str, standard: Any) -> StoredSubmission:
    """Validate a planning GeoPackage (layers named as in the template), then store its layers as a new version
    of the community's scheme; blocking findings refuse it, with nothing stored."""
    from ..store.submissions import files_sha256, store_submission
    from .read import read_inputs
    from .validation import validate_layers

    scheme = Scheme.from_gpkg(path, ROLES)
    present = {role: layer for role, layer in scheme.present().items()}
    result = validate_layers(scheme, standard)
    if result.blocking:
        raise InputError(tr("{} blocking findings: the submission was not stored. {}").format(
            len(result.blocking), "; ".join(f"{f.layer}: {f.text()}" for f in result.blocking[:5])))
    epsg = int(read_inputs(scheme, standard).crs["working"].split(":")[1])
    names = {role: layer.source().split("layername=", 1)[1].split("|")[0] for role, layer in present.items()}
    skipped = sorted(set(layer_names(path)) - set(names.values()))
    digest = files_sha256([Path(path)])
    with session(service) as conn:
        submitter = submitter or _current_user(conn)
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (submitter,))
            known = cur.fetchone() is not None
            cur.execute("SELECT max(version) FROM sc.submissions WHERE community = %s AND files_sha256 = %s",
                        (community, digest))
            same_as = cur.fetchone()[0]
        conn.rollback()
        if not known:
            raise StoreError(tr("The store has no login '{}': no planner could ever read this submission. Add "
                                "it (scripts/db add-user {} planner) or leave SUBMITTER empty; nothing was "
                                "stored.").format(submitter, submitter))
        stored = store_submission(conn, community, submitter, Path(path), names, epsg,
                                  validation=result.to_dict(), digest=digest)
    warnings = [f"{f.layer}: {f.text()}" for f in result.ordered() if f.severity.value == "warning"]
    return StoredSubmission(stored.id, stored.version, stored.tables, warnings, same_as, skipped)


def _current_user(conn: Any) -> str:
    with conn.cursor() as cur:
        cur.execute("SELECT current_user")
        user = cur.fetchone()[0]
    conn.rollback()
    return user


def layer_uri(service: str, table: str) -> str:
    """QGIS's PostgreSQL provider's URI of a submitted table (no password: the service names the login)."""
    return f"service='{service}' key='fid' table=\"submitted\".\"{table}\" (geom)"


def submission_layers(service: str, submission: int) -> dict[str, QgsVectorLayer]:
    """The stored submission's layers by role, through QGIS's PostgreSQL provider."""
    with session(service) as conn, conn.cursor() as cur:
        cur.execute("SELECT role, table_name FROM sc.submission_layers WHERE submission_id = %s", (submission,))
        tables = dict(cur.fetchall())
    if not tables:
        raise StoreError(tr("Submission {} is not in the store '{}', or you may not read it.")
                         .format(submission, service))
    layers: dict[str, Any] = {}
    for role, table in tables.items():
        layer = QgsVectorLayer(layer_uri(service, table), role, "postgres")
        if not layer.isValid():
            raise StoreError(tr("The {} layer of submission {} cannot be opened from the store '{}'.")
                             .format(role, submission, service))
        layers[role] = layer
    return layers


def review_into_store(service: str, submission: int, reviewed: Any, started_at: dt.datetime, run_id: str,
                      report_pdf: Optional[bytes] = None) -> Any:
    """Write a finished review into the store (one transaction); returns its id and number."""
    from ..store.reviews import store_review

    with session(service) as conn:
        return store_review(conn, submission, reviewed, started_at, run_id, report_pdf)


def report_into_store(service: str, run_id: str, pdf: bytes) -> Any:
    """Keep an approval report with the stored review of the same run id."""
    from ..store.reviews import store_report

    with session(service) as conn:
        return store_report(conn, run_id, pdf)


def project_uri(service: str, name: str = "office") -> str:
    """Where the office's QGIS project lives in the store (QGIS's own PostgreSQL project storage)."""
    return f"postgresql://?service={service}&schema=sc&project={name}"


def reviewed_buildings_layer(service: str, review_id: int, epsg: int, title: str) -> QgsVectorLayer:
    """One stored review's buildings as a QGIS layer (the table holds every review's, in their own CRSs)."""
    uri = (f"service='{service}' key='\"review_id\",\"source_fid\"' srid={int(epsg)} type=MultiPolygon "
           f"table=\"sc\".\"review_buildings\" (geom) sql=\"review_id\" = {int(review_id)}")
    return QgsVectorLayer(uri, title, "postgres")


def save_project(project: Any, service: str, name: str = "office") -> str:
    """Save a QGIS project into the store, so every reviewer opens the same one; returns its URI."""
    uri = project_uri(service, name)
    if not project.write(uri):
        raise StoreError(tr("Cannot save the project into the store '{}': {}").format(service, project.error()))
    return uri
