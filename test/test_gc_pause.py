"""The collector pause: nested and overlapping pauses end with the collector as it was."""

from __future__ import annotations

import gc
import threading

from smart_community_plugin.core.gc_pause import paused_gc


def test_nested_and_threaded_pauses_restore_the_collector():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()      # the outer pause still runs
        seen = []
        t = threading.Thread(target=lambda: seen.append(_pause_in_thread()))
        t.start()
        t.join()
        assert seen == [False] and not gc.isenabled()
    assert gc.isenabled()


def _pause_in_thread() -> bool:
    with paused_gc():
        return gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_inside_still_restores_the_collector():
    try:
        with paused_gc():
            raise ValueError("x")
    except ValueError:
        pass
    assert gc.isenabled()
