"""The five stages' records and the device register in the store, edited by several people with optimistic
locking: each save names the version it was made from, and a save made from an older one is refused with who
changed it and when, never silently lost."""

from __future__ import annotations

from typing import Any, Optional

from ..core.privacy import Privacy
from ..i18n import tr
from .connection import StoreError


class StaleEdit(StoreError):
    """Someone saved the record after it was read here: reload it, then edit again."""


def read_record(conn: Any, community: str, stage: str) -> Optional[tuple[dict, int]]:
    """(record, version) of a community's stage, or None when it has none yet."""
    return _read(conn, "stage_records", {"community": community, "stage": stage})


def save_record(conn: Any, community: str, stage: str, record: dict, read_version: Optional[int],
                privacy: Privacy = Privacy()) -> int:
    """Save a stage record edited from `read_version` (None: a new record); returns its new version. Raises
    StaleEdit when it was changed (or created) by someone else since."""
    what = tr("The {} record of {}").format(_stage_name(stage), community)
    return _save(conn, "stage_records", {"community": community, "stage": stage}, {"record": _json(record, privacy)},
                 read_version, what)


def read_device(conn: Any, community: str, device_id: str) -> Optional[tuple[dict, int]]:
    """(record, version) of a registered device, or None."""
    return _read(conn, "devices", {"community": community, "device_id": device_id})


def save_device(conn: Any, community: str, device_id: str, kind: str, record: dict, read_version: Optional[int],
                facility_type: Optional[str] = None, location: Optional[tuple[float, float, int]] = None,
                privacy: Privacy = Privacy()) -> int:
    """Register a device, or save an edit of it made from `read_version`; location is (x, y, EPSG)."""
    values: dict[str, Any] = {"kind": kind, "facility_type": facility_type, "record": _json(record, privacy)}
    if location is not None:
        values["location"] = f"SRID={int(location[2])};POINT({float(location[0])} {float(location[1])})"
    what = tr("The device {} of {}").format(device_id, community)
    return _save(conn, "devices", {"community": community, "device_id": device_id}, values, read_version, what)


def _stage_name(code: str) -> str:
    """A stage's name in the interface language (its code when it is not one of chapter 7's five)."""
    from ..core.messages import current_language
    from ..core.stages import load_stages

    stage = next((s for s in load_stages() if s.code == code), None)
    if stage is None:
        return code
    return stage.name_zh if current_language() == "zh" else stage.name_en


def _json(record: dict, privacy: Privacy) -> str:
    from ..pipeline.outputs import json_safe

    return privacy.json_text(json_safe(record))


def _read(conn: Any, table: str, key: dict[str, Any]) -> Optional[tuple[dict, int]]:
    where = " AND ".join(f"{k} = %s" for k in key)
    with conn.cursor() as cur:
        cur.execute(f"SELECT record, version FROM sc.{table} WHERE {where}", tuple(key.values()))
        row = cur.fetchone()
    conn.rollback()     # a read leaves no transaction open (it would hold a snapshot)
    return (row[0], row[1]) if row else None


def _save(conn: Any, table: str, key: dict[str, Any], values: dict[str, Any], read_version: Optional[int],
          what: str) -> int:
    """Insert (read_version None) or update the row at `key` only if it is still at read_version."""
    where = " AND ".join(f"{k} = %s" for k in key)
    with conn:
        with conn.cursor() as cur:
            if read_version is None:
                cols = [*key, *values]
                cur.execute(f"INSERT INTO sc.{table} ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))}) "
                            "ON CONFLICT DO NOTHING RETURNING version", (*key.values(), *values.values()))
            else:
                sets = ", ".join(f"{k} = %s" for k in values)
                cur.execute(f"UPDATE sc.{table} SET {sets}, version = version + 1, updated_by = current_user, "
                            f"updated_at = now() WHERE {where} AND version = %s RETURNING version",
                            (*values.values(), *key.values(), read_version))
            row = cur.fetchone()
            if row is not None:
                return int(row[0])
            cur.execute(f"SELECT updated_by, updated_at, version FROM sc.{table} WHERE {where}", tuple(key.values()))
            who = cur.fetchone()
    if who is None:
        raise StaleEdit(tr("{} was removed after you opened it; nothing was saved.").format(what))
    raise StaleEdit(tr("{} was changed by {} at {} (now version {}, you edited version {}); nothing was saved. "
                       "Reload it and make your change again.")
                    .format(what, who[0], who[1].strftime("%Y-%m-%d %H:%M:%S"), who[2],
                            read_version if read_version is not None else "-"))
