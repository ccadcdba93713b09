"""The boundary of every algorithm and GUI action: any exception becomes one plain message (the traceback
goes to the QGIS log for developers), never a Python traceback in front of the user."""

from __future__ import annotations

import traceback
from typing import Any, Callable, TypeVar

from qgis.core import Qgis

from ..core.errors import PlanningError
from ..i18n import tr
from .log import log

T = TypeVar("T")
# Said when something went wrong that no check foresaw (in both languages: it is what users quote when they
# report it); the fuzz campaign counts these as crashes.
UNEXPECTED = "意外错误 Unexpected error"


def is_expected(exc: BaseException) -> bool:
    """An error the plugin raised on purpose, with a message meant for the user."""
    from ..deps import MissingDependency

    return isinstance(exc, (PlanningError, MissingDependency))


def explain(exc: BaseException, action: str) -> str:
    """The message for an exception; unexpected ones also log their traceback."""
    if is_expected(exc):
        return str(exc)
    if isinstance(exc, MemoryError):
        return tr("{}: not enough memory. Close other programs or review a smaller area.").format(action)
    log(f"{action}: {UNEXPECTED}\n" + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        Qgis.MessageLevel.Critical)
    return tr("{}: {} ({}: {}). Nothing was written. The details are in the log (View › Panels › Log Messages, "
              "tab Smart Community); please report them.").format(action, UNEXPECTED, type(exc).__name__, exc)


def release(exc: BaseException) -> None:
    """Clear the local variables of every frame an exception's traceback holds (and of the exceptions it
    chains). A suspended generator or a QGIS feature iterator kept alive by a traceback would otherwise be
    freed later, after the layer it reads from: QGIS then crashes instead of reporting."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)
        exc = exc.__cause__ or exc.__context__


def guarded(action: str, fn: Callable[[], T], on_error: Callable[[str], Any]) -> T | None:
    """Run fn; on any exception call on_error with the message and return None."""
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 — the boundary: everything becomes a message
        message = explain(exc, action)
        release(exc)
        on_error(message)
        return None
