"""The workbench's buttons and fields behind the one guard: an exception becomes a message in the tab (and
the message bar), its traceback a line in the QGIS log, never a Python error dialog."""

from __future__ import annotations

from typing import Any, Callable

from ..pipeline.guard import guarded
from ..pipeline.privacy import user_privacy


def guarded_slot(action: str, fn: Callable[..., Any], *shows: Callable[[str], Any],
                 with_args: bool = False) -> Callable[..., None]:
    """fn as a Qt slot (called without the signal's arguments unless with_args); each of `shows` gets the
    message of a failure (a label's setText, the message bar)."""
    def say(message: str) -> None:
        message = user_privacy().text(message)
        for show in shows:
            show(message)

    def slot(*args: Any) -> None:
        guarded(action, (lambda: fn(*args)) if with_args else fn, say)
    return slot
