"""Submissions into the store: a submitted GeoPackage's layers become PostGIS tables of a new version of the
community's scheme (geometry in the scheme's metric CRS, original attributes kept, personal data masked), in one
transaction with their submission row, and refuse every change afterwards."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import numpy as np

from ..core.privacy import Privacy
from ..i18n import tr
from .connection import StoreError

_SQL_TYPE = {"i": "bigint", "u": "bigint", "f": "double precision", "b": "boolean"}
_SAFE = re.compile(r"[^a-z0-9_]+")


@dataclass(frozen=True)
class Stored:
    """What store_submission wrote: the submission's id and version and its tables by role."""

    id: int
    version: int
    tables: dict[str, str]


def files_sha256(paths: list[Path]) -> str:
    """One hash of the submitted files' bytes, in name order (the same files always give the same hash)."""
    h = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        h.update(path.name.encode("utf-8") + b"\0")
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


def _copy_text(value: Any) -> str:
    """One value in COPY's text format."""
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return "\\N"
    if isinstance(value, (bool, np.bool_)):
        return "t" if value else "f"
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _read(path: Path, layer: str) -> tuple[list[str], list[np.ndarray], np.ndarray, int]:
    """(field names, columns, WKB geometries, the layer's EPSG code) of one layer, read with GDAL."""
    import pyogrio.raw

    meta, _fids, geometry, fields = pyogrio.raw.read(str(path), layer=layer)
    crs = meta.get("crs") or ""
    if not crs.upper().startswith("EPSG:"):
        raise StoreError(tr("{}: the layer's CRS ({}) has no EPSG code; reproject it to a CGCS2000 or UTM CRS "
                            "first.").format(f"{path}|layername={layer}", crs or tr("none")))
    return list(meta["fields"]), list(fields), geometry, int(crs.split(":")[1])


def _table_name(submission_id: int, role: str) -> str:
    return f"s{submission_id}_{_SAFE.sub('_', role.lower())}"


def store_submission(conn: Any, community: str, submitter: str, path: Path, layers: dict[str, str],
                     epsg: int, validation: Optional[dict] = None, privacy: Privacy = Privacy(),
                     digest: Optional[str] = None) -> Stored:
    """A new version of the community's scheme from the GeoPackage at path ({role: layer name}), stored in one
    transaction: its submission row, one table a role in schema `submitted` (geometry transformed to `epsg`),
    grants for the office's reviewers and the submitting planner, and a trigger that refuses every change."""
    import json

    digest = digest or files_sha256([path])      # the caller may have hashed the file already
    tables: dict[str, str] = {}
    with conn:
        with conn.cursor() as cur:
            # One version number a submission of a community, even when two officers store at once.
            cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", ("sc.submissions:" + community,))
            cur.execute("SELECT coalesce(max(version), 0) + 1 FROM sc.submissions WHERE community = %s", (community,))
            version = cur.fetchone()[0]
            cur.execute("INSERT INTO sc.submissions (community, version, submitter, files_sha256, crs, validation) "
                        "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                        (community, version, submitter, digest, f"EPSG:{epsg}", json.dumps(validation or {})))
            sid = cur.fetchone()[0]
            for role, layer in layers.items():
                table = _table_name(sid, role)
                count = _copy_layer(cur, path, layer, table, epsg, privacy)
                cur.execute("INSERT INTO sc.submission_layers (submission_id, role, table_name, features, "
                            "source_layer) VALUES (%s, %s, %s, %s, %s)", (sid, role, table, count, layer))
                cur.execute(f'GRANT SELECT ON submitted."{table}" TO sc_reviewer')
                cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (submitter,))
                if cur.fetchone():
                    cur.execute(f'GRANT SELECT ON submitted."{table}" TO "{submitter}"')
                cur.execute(f'CREATE TRIGGER never_changed BEFORE UPDATE OR DELETE ON submitted."{table}" '
                            "FOR EACH ROW EXECUTE FUNCTION sc.refuse_change()")
                tables[role] = table
    return Stored(sid, version, tables)


def _copy_layer(cur: Any, path: Path, layer: str, table: str, epsg: int, privacy: Privacy) -> int:
    """One layer into submitted.<table> through COPY (its fields kept, masked, its geometry transformed)."""
    names, columns, wkb, source_epsg = _read(path, layer)
    masked = [np.asarray(privacy.column(n, c)) if privacy.keeps(n) else None for n, c in zip(names, columns)]
    kept = [(n, c) for n, c in zip(names, masked) if c is not None]
    types = [_SQL_TYPE.get(c.dtype.kind, "text") for _, c in kept]
    cols = ", ".join(f'"{n}" {t}' for (n, _), t in zip(kept, types))
    cur.execute("SET LOCAL ROLE sc_admin")
    # Created with its final columns (the store never alters a table once made): rows arrive through COPY into a
    # temporary table and move with their geometry transformed to the scheme's CRS.
    cur.execute(f'CREATE TABLE submitted."{table}" (fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY'
                f'{", " + cols if cols else ""}, geom geometry(Geometry, {int(epsg)}))')
    cur.execute(f'CREATE TEMP TABLE incoming ({cols + ", " if cols else ""}geom geometry) ON COMMIT DROP')
    buf = io.StringIO()
    n = len(wkb) if wkb is not None else (len(kept[0][1]) if kept else 0)
    lists = [c.tolist() for _, c in kept]
    for i in range(n):
        g = wkb[i] if wkb is not None else None
        row = [_copy_text(col[i]) for col in lists] + [g.hex() if g is not None else "\\N"]
        buf.write("\t".join(row) + "\n")
    buf.seek(0)
    names_sql = ", ".join([f'"{k}"' for k, _ in kept] + ["geom"])
    cur.copy_expert(f"COPY incoming ({names_sql}) FROM STDIN", buf)
    plain = ", ".join(f'"{k}"' for k, _ in kept)
    cur.execute(f'INSERT INTO submitted."{table}" ({names_sql}) SELECT {plain + ", " if plain else ""}'
                "ST_Transform(ST_SetSRID(geom, %s), %s) FROM incoming", (source_epsg, epsg))
    cur.execute("DROP TABLE incoming")
    cur.execute(f'CREATE INDEX ON submitted."{table}" USING gist (geom)')
    cur.execute("RESET ROLE")
    return n
