"""Connections to the store by a libpq service name (the service file QGIS reads too); secrets stay in that
file or in QGIS's authentication database, never in the plugin's settings, logs or project files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Optional

from ..core.errors import PlanningError
from ..i18n import tr


class StoreError(PlanningError):
    """The store cannot be reached or refused what was asked; the message says what to do."""


@contextmanager
def refusals(service: str) -> Iterator[None]:
    """The database's own errors (no rights, a lost connection ...) as a StoreError naming the store: said to the
    user in one line, never an "unexpected error" with a traceback."""
    import psycopg2

    try:
        yield
    except psycopg2.Error as exc:
        detail = (getattr(exc, "pgerror", None) or str(exc)).strip().splitlines()[0]
        raise StoreError(tr("The store '{}' refused this: {}").format(service, detail.removeprefix("ERROR:  "))) \
            from exc


def connect(service: str, user: Optional[str] = None, application: str = "smart_community") -> Any:
    """A psycopg2 connection to the service (optionally as another role of the same server)."""
    import psycopg2

    kwargs = {"service": service, "application_name": application}
    if user:
        kwargs["user"] = user
    try:
        return psycopg2.connect(**kwargs)
    except psycopg2.OperationalError as exc:
        where = os.environ.get("PGSERVICEFILE", "~/.pg_service.conf")
        raise StoreError(tr("Cannot connect to the store '{}' (service file {}): {}. Run 'make db' for a local "
                            "one, or ask the office's administrator for the service.")
                         .format(service, where, str(exc).strip().splitlines()[0])) from exc


@contextmanager
def session(service: str) -> Iterator[Any]:
    """A connection to the service for one piece of work, closed after it; the database's refusals during it
    come out as a StoreError (refusals). Every front end reaches the store through this."""
    with refusals(service):
        conn = connect(service)
        try:
            yield conn
        finally:
            conn.close()
