"""A watcher process that tidies staged outputs when the writing process dies, even by kill -9.

The writer tells it, line by line over a pipe, which staged files exist, when a commit begins (staged ->
target pairs) and when they are done. A killed process cannot clean up after itself, but the kernel
closes its end of the pipe: the watcher then finishes a commit that had begun (every staged file was
complete) and removes staged files that were never committed. One watcher serves a process for its
lifetime; without a Python interpreter to run it, the staging folder's sweep is the only net.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Optional

# The watcher itself: plain Python, no imports from the plugin, so any interpreter can run it.
_WATCHER = r"""
import json, os, shutil, sys
SIDECARS = ("", "-journal", "-wal", "-shm")
watched, commit, buf = set(), [], b""
while True:
    try:
        chunk = os.read(0, 65536)
    except OSError:
        chunk = b""
    if not chunk:
        break
    buf += chunk
    *lines, buf = buf.split(b"\n")
    for line in lines:
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if "w" in msg:
            watched.add(msg["w"])
        elif "c" in msg:
            commit = msg["c"]
        elif "d" in msg:
            done = set(msg["d"])
            watched -= done
            commit = [p for p in commit if p[0] not in done]
for staged, target in commit:
    if os.path.lexists(staged):
        try:
            if os.path.isdir(staged):
                for name in sorted(os.listdir(staged), key=lambda n: n == os.path.basename(target)):
                    os.replace(os.path.join(staged, name), os.path.join(os.path.dirname(target), name))
                os.rmdir(staged)
            else:
                os.replace(staged, target)
        except OSError:
            pass
    watched.discard(staged)
for staged in watched:
    for suffix in SIDECARS:
        p = staged + suffix
        try:
            if os.path.isdir(p):
                shutil.rmtree(p, ignore_errors=True)
            elif os.path.lexists(p):
                os.remove(p)
        except OSError:
            pass
"""

_lock = threading.Lock()
_process: Optional[subprocess.Popen] = None
_failed = False


def interpreter() -> Optional[str]:
    """A Python to run a helper process (the watcher, the GeoPackage writer), the same version as this one.

    Inside QGIS sys.executable is not this interpreter: QGIS itself, or whatever `python3` PATH finds (seen: a
    pyenv shim, a shell script that runs another Python), so a script is never taken and the interpreter
    beside the library comes first; a wrong version would not import the packages this process uses."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [sys.executable, getattr(sys, "_base_executable", "")]
    for prefix in (sys.exec_prefix, sys.base_exec_prefix):
        candidates += [os.path.join(prefix, "bin", f"python{version}"), os.path.join(prefix, "python.exe"),
                       os.path.join(prefix, "pythonw.exe"), os.path.join(prefix, "bin", "python3")]
    candidates.append(shutil.which(f"python{version}") or "")
    for c in candidates:
        name = os.path.basename(c or "").lower()
        if c and name.startswith("python") and os.path.isfile(c) and os.access(c, os.X_OK) and not _script(c):
            return c
    return None


def _script(path: str) -> bool:
    """Whether a file is a script (#!), not an interpreter: a launcher that may run any Python."""
    try:
        with open(path, "rb") as fh:
            return fh.read(2) == b"#!"
    except OSError:
        return True


def _send(message: dict) -> None:
    """One line to the watcher (started on first use); a watcher that cannot start is not an error."""
    global _process, _failed
    with _lock:
        if _process is None and not _failed:
            python = interpreter()
            try:
                if python is None:
                    raise OSError("no Python interpreter")
                # Its own session: a signal to the writer's process group does not reach it.
                _process = subprocess.Popen([python, "-c", _WATCHER], stdin=subprocess.PIPE,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                            close_fds=True, start_new_session=(os.name != "nt"))
                atexit.register(_stop)
            except OSError:
                _failed = True
        if _process is None or _process.stdin is None:
            return
        try:
            _process.stdin.write((json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8"))
            _process.stdin.flush()
        except (OSError, ValueError):
            _process, _failed = None, True


def _stop() -> None:
    """At a normal exit: end the watcher's input (it has nothing left to do) and let it finish."""
    global _process
    proc, _process = _process, None
    if proc is not None and proc.stdin is not None:
        try:
            proc.stdin.close()
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass


def watch(staged: Path) -> None:
    """A staged output exists (or is about to): remove it if the writer dies before committing it."""
    _send({"w": str(staged)})


def commit_begun(pairs: list[tuple[str, str]]) -> None:
    """Every staged file is complete and the renames start: finish them if the writer dies now."""
    _send({"c": [list(p) for p in pairs]})


def forget(staged: Iterable[Path]) -> None:
    """These staged outputs are renamed or removed: nothing left to do for them."""
    paths = [str(p) for p in staged]
    if paths:
        _send({"d": paths})


def pause_point() -> None:
    """Called between the removal of a pair's old index file and the renames; a seam where tests kill the
    writer (the worst moment for a pair). Does nothing."""
