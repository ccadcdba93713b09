"""Python's cyclic garbage collector paused while a review builds and writes its results.

A city's review makes millions of small acyclic objects (checks, messages, rows); each allocation burst sets off a
collection that walks every live object, which at 1e5 buildings is 15 % of the run. Reference counting still frees
everything as usual; only cycles wait until the pause ends. Pauses nest and may overlap across threads: the
collector comes back when the last one ends, and only if it was on before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cyclic collector off (reference counting unchanged)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
