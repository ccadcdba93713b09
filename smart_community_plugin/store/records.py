"""The five stages' records in the store, edited by several people with optimistic locking: each save names the
version it was made from, and a save made from an older one is refused with who changed it and when, never
silently lost."""

from __future__ import annotations

import json
from typing import Any, Optional

from ..core.privacy import Privacy, compact_json
from ..i18n import tr
from .connection import StoreError


class StaleEdit(StoreError):
    """Someone saved the record after it was read here: reload it, then edit again."""


def read_record(conn: Any, community: str, stage: str) -> Optional[tuple[dict, int]]:
    """(record, version) of a community's stage, or None when it has none yet."""
    with conn.cursor() as cur:
        cur.execute("SELECT record, version FROM sc.stage_records WHERE community = %s AND stage = %s",
                    (community, stage))
        row = cur.fetchone()
    conn.rollback()     # a read leaves no transaction open (it would hold a snapshot)
    return (row[0], row[1]) if row else None


def save_record(conn: Any, community: str, stage: str, record: dict, read_version: Optional[int],
                privacy: Privacy = Privacy()) -> int:
    """Save a record edited from `read_version` (None: a new record); returns its new version. Raises StaleEdit
    when it was changed (or created) by someone else since."""
    text = compact_json(privacy.document(json.loads(compact_json(record))))
    with conn:
        with conn.cursor() as cur:
            if read_version is None:
                cur.execute("INSERT INTO sc.stage_records (community, stage, record) VALUES (%s, %s, %s) "
                            "ON CONFLICT DO NOTHING RETURNING version", (community, stage, text))
            else:
                cur.execute("UPDATE sc.stage_records SET record = %s, version = version + 1, "
                            "updated_by = current_user, updated_at = now() "
                            "WHERE community = %s AND stage = %s AND version = %s RETURNING version",
                            (text, community, stage, read_version))
            row = cur.fetchone()
            if row is not None:
                return int(row[0])
            cur.execute("SELECT updated_by, updated_at, version FROM sc.stage_records "
                        "WHERE community = %s AND stage = %s", (community, stage))
            who = cur.fetchone()
    if who is None:
        raise StaleEdit(tr("The {} record of {} was removed after you opened it; nothing was saved.")
                        .format(stage, community))
    raise StaleEdit(tr("The {} record of {} was changed by {} at {} (now version {}, you edited version {}); "
                       "nothing was saved. Reload it and make your change again.")
                    .format(stage, community, who[0], who[1].strftime("%Y-%m-%d %H:%M:%S"), who[2],
                            read_version if read_version is not None else "-"))
