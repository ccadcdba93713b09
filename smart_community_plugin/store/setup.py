"""What `make db` does: a local server started (created the first time), the office's database at the newest
schema, a login for the office, and the libpq service `smart_community` written for QGIS and the plugin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .local_server import BOOTSTRAP, LocalServer, existing_port, free_port, write_service_file
from .migrate import migrate

SERVICE = "smart_community"
DATABASE = "smart_community"
OFFICE = "sc_office"          # the local login: administrator and reviewer of the office's store
ROLES = {"admin": "sc_admin", "reviewer": "sc_reviewer", "planner": "sc_planner"}


def admin_connection(server: LocalServer, dbname: str) -> Any:
    """The local server's superuser on a database, each statement its own transaction (roles, databases)."""
    import psycopg2

    conn = psycopg2.connect(server.dsn(dbname))
    conn.autocommit = True
    return conn


def ensure_database(server: LocalServer, dbname: str = DATABASE) -> list[int]:
    """The database created when missing and migrated to the newest schema; returns the migrations applied."""
    conn = admin_connection(server, "postgres")
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (dbname,))
            if cur.fetchone() is None:
                cur.execute(f'CREATE DATABASE "{dbname}" ENCODING \'UTF8\' TEMPLATE template0')
    finally:
        conn.close()
    import psycopg2

    conn = psycopg2.connect(server.dsn(dbname))
    try:
        return migrate(conn)
    finally:
        conn.close()


def add_user(conn: Any, name: str, role: str) -> None:
    """A login role (no password: the local server trusts its own socket folder) in one of the store's roles."""
    group = ROLES[role]
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
        if cur.fetchone() is None:
            cur.execute(f'CREATE ROLE "{name}" LOGIN')
        cur.execute(f'GRANT {group} TO "{name}"')


def setup_local(root: Path, service_file: Path, port: int = 55432) -> LocalServer:
    """Create or start the server under root, bring its database up to date, write the service file."""
    server = LocalServer(root, existing_port(root) or free_port(port))
    server.start()
    ensure_database(server)
    conn = admin_connection(server, DATABASE)
    try:
        add_user(conn, OFFICE, "admin")
        add_user(conn, OFFICE, "reviewer")
    finally:
        conn.close()
    write_service_file(service_file, [server.service(SERVICE, DATABASE, OFFICE),
                                      server.service(f"{SERVICE}_superuser", DATABASE, BOOTSTRAP)])
    return server
