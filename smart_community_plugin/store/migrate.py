"""The store's schema as versioned migrations: plain SQL files (migrations/NNNN_name.sql) applied in order, each
in its own transaction, recorded with its checksum in public.sc_schema_migrations; concurrent migrators wait
for each other (an advisory lock), and a migration edited after it was applied is refused."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_LOCK = 7_316_016          # the advisory lock every migrator of this store takes
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class MigrationError(RuntimeError):
    """The database's schema and this plugin's migrations disagree."""


@dataclass(frozen=True)
class Migration:
    """One SQL file of the schema's history."""

    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        """SHA-256 of the file's text: an applied migration must never change."""
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()


def migrations(folder: Path = MIGRATIONS) -> list[Migration]:
    """Every migration, in order; their numbers must run 1, 2, 3 ... without a gap."""
    found = []
    for path in sorted(folder.glob("*.sql")):
        m = _NAME.match(path.name)
        if not m:
            raise MigrationError(f"{path.name}: a migration is named NNNN_name.sql")
        found.append(Migration(int(m.group(1)), m.group(2), path.read_text(encoding="utf-8")))
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise MigrationError("the migrations' numbers must run 1, 2, 3 ... without a gap")
    return found


def applied(conn: Any) -> dict[int, str]:
    """{version: checksum} of the migrations this database has (empty for a new one)."""
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('public.sc_schema_migrations') IS NOT NULL")
        if not cur.fetchone()[0]:
            return {}
        cur.execute("SELECT version, checksum FROM public.sc_schema_migrations")
        return dict(cur.fetchall())


def migrate(conn: Any, target: Optional[int] = None) -> list[int]:
    """Apply the pending migrations up to `target` (all by default); returns the versions applied now."""
    todo = [m for m in migrations() if target is None or m.version <= target]
    done: list[int] = []
    for m in todo:
        with conn:                                   # one transaction a migration: all of it or none
            with conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
                cur.execute("CREATE TABLE IF NOT EXISTS public.sc_schema_migrations (version integer PRIMARY KEY, "
                            "name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT "
                            "now(), applied_by name NOT NULL DEFAULT current_user)")
                cur.execute("GRANT SELECT ON public.sc_schema_migrations TO PUBLIC")
                cur.execute("SELECT checksum FROM public.sc_schema_migrations WHERE version = %s", (m.version,))
                row = cur.fetchone()
                if row is not None:
                    if row[0] != m.checksum:
                        raise MigrationError(f"migration {m.version:04d}_{m.name} was changed after this database "
                                             "applied it; restore it and add a new migration instead")
                    continue
                cur.execute("SET LOCAL sc.migrating = 'on'")      # the store's event trigger lets a migration alter it
                cur.execute(m.sql)
                cur.execute("RESET ROLE")
                cur.execute("INSERT INTO public.sc_schema_migrations (version, name, checksum) VALUES (%s, %s, %s)",
                            (m.version, m.name, m.checksum))
        done.append(m.version)
    return done


def current_version(conn: Any) -> int:
    """The newest migration this database has (0 for none)."""
    return max(applied(conn), default=0)
