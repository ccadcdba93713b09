"""A second Python process that writes a result GeoPackage while this process goes on (writes the JSON).

Why a process, not a thread: pyogrio holds the GIL while GDAL writes, so a thread overlaps nothing. And inside
QGIS (qgis_process, the desktop) pyogrio's own GDAL is shadowed by the GDAL QGIS loaded first, an older one
that writes a GeoPackage about 1.7x slower; a plain interpreter uses pyogrio's own. Layers travel as pickles
(numbers as raw buffers, geometries as WKB) over the child's stdin, in the order given, and the child writes
each into the staged file with the same bulk writer this process would use, privacy filter included. Its only
reply is the row counts or the first error, which this process turns into its own (translated) message.

A child that cannot start or cannot import pyogrio is no error: `start` returns None and the caller writes in
this process. On Linux the child dies with its parent (a kill -9 of the review leaves no writer behind).
"""

from __future__ import annotations

import json
import os
import pickle
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, BinaryIO, Optional

from ..core.errors import OutputError
from ..i18n import tr
from .bulk_write import layer_wkb, verify_columns, write_failed
from .janitor import interpreter
from .layer_data import LayerData, crs_id

# Rows below which a second process costs more (its start, ~0.3 s) than it saves: the sample writes in-process.
MIN_ROWS = 20_000
_READY_TIMEOUT_S = 60.0
# The child needs neither QGIS (its GDAL is the slow one; its GUI import alone takes 0.3 s) nor pandas, which
# pyogrio imports when it can: both are made unimportable, so the child is ready in about 0.25 s.
_BOOT = ("import importlib, json, sys; sys.modules.update(dict.fromkeys(('qgis', 'pandas', 'geopandas'))); "
         "sys.path[:0] = json.loads(sys.argv[1]); importlib.import_module(sys.argv[2]).child_main()")
_HEADER = 8


def _pickled(obj: Any) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def _write_frame(fh: BinaryIO, blob: bytes) -> None:
    """One frame: its length, then the pickle."""
    fh.write(len(blob).to_bytes(_HEADER, "little"))
    fh.write(blob)
    fh.flush()


def _put(fh: BinaryIO, obj: Any) -> None:
    _write_frame(fh, _pickled(obj))


def _get(fh: BinaryIO) -> Any:
    """The next frame, or None at the end of the stream (the other side is gone)."""
    head = fh.read(_HEADER)
    if len(head) < _HEADER:
        return None
    size = int.from_bytes(head, "little")
    blob = fh.read(size)
    return pickle.loads(blob) if len(blob) == size else None


class GeoPackageProcess:
    """One child writing layers, in order, into one staged GeoPackage; finish() waits and verifies."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self._proc = proc
        self.path = Path()              # the staged GeoPackage, set before the first layer is sent
        self._blobs: queue.Queue = queue.Queue()
        self._ready = threading.Event()
        self._usable = False
        self._counts: dict[str, int] = {}
        self._pump = threading.Thread(target=self._run, name="smart-community-gpkg", daemon=True)
        self._pump.start()

    @classmethod
    def start(cls) -> Optional[GeoPackageProcess]:
        """A writer, importing while the caller builds its layers; None when no Python interpreter starts here."""
        python = interpreter()
        if python is None:
            return None
        try:
            proc = subprocess.Popen([python, "-c", _BOOT, json.dumps(sys.path), __name__],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                    close_fds=True)
        except OSError:
            return None
        return cls(proc)

    def _run(self) -> None:
        """The pump: wait for the child's hello, then feed it the queued layers (a pipe write releases the GIL,
        so this process's main thread runs on while the child reads)."""
        hello = _get(self._proc.stdout) if self._proc.stdout else None
        self._usable = bool(hello) and hello[0] == "ready"
        self._ready.set()
        while True:
            blob = self._blobs.get()
            if blob is None:
                break
            if not self._usable:
                continue
            try:
                _write_frame(self._proc.stdin, blob)
            except (OSError, ValueError):   # the child stopped (its error is in its reply)
                self._usable = False
        try:
            self._proc.stdin.close()
        except OSError:
            pass

    def usable(self) -> bool:
        """Whether the child started and imported its writer (waits for its hello)."""
        self._ready.wait(_READY_TIMEOUT_S)
        return self._usable

    def send(self, data: LayerData, privacy: Any, create: bool) -> None:
        """Queue one columnar layer; the caller may drop it as soon as this returns."""
        portable = LayerData(data.name, data.wkb_type, crs_id(data.crs), data.spec, columns=data.columns)
        frame = ("layer", str(self.path), portable, layer_wkb(data), privacy, create)
        self._counts[data.name] = len(data)
        self._blobs.put(_pickled(frame))

    def finish(self) -> dict[str, int]:
        """Wait until every layer is written, then count them in the file; raise the child's error as ours."""
        self._blobs.put(_pickled(("end",)))
        self._blobs.put(None)
        self._pump.join()
        reply = _get(self._proc.stdout) if self._proc.stdout else None
        code = self._proc.wait()
        self._close()
        if reply is None or reply[0] != "done":
            raise _error(reply, code, self.path)
        verify_columns(self.path, self._counts)
        return self._counts

    def abort(self) -> None:
        """Stop the child now (the run failed or was cancelled); its staged file is then removed by the caller."""
        self._blobs.put(None)
        try:
            self._proc.kill()
        except OSError:
            pass
        self._proc.wait()
        self._pump.join(timeout=5)
        self._close()

    def _close(self) -> None:
        for fh in (self._proc.stdin, self._proc.stdout):
            try:
                if fh is not None:
                    fh.close()
            except OSError:
                pass


def _error(reply: Any, code: int, path: Path) -> Exception:
    """This process's exception for the child's reply (or for its silence)."""
    if reply and reply[0] == "oserror":
        return OSError(reply[1], reply[2], reply[3] or str(path))
    if reply and reply[0] == "failed":
        return write_failed(reply[1], path, reply[2])
    return OutputError(tr("The process writing {} stopped before it finished (exit code {}); nothing was "
                          "replaced.").format(path, code))


def _die_with_parent() -> None:
    """Linux: the kernel kills this child when its parent dies (so no write outlives a killed review)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def child_main() -> None:
    """The child: say hello once the writer imports, write each layer it is sent, reply with counts or the
    first error. Frames go over a copy of stdout; stdout itself goes to stderr, so no print can corrupt them."""
    _die_with_parent()
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    inp = sys.stdin.buffer
    try:
        import pyogrio.raw  # noqa: F401 — a child that cannot write says so now, and the parent writes itself

        from .bulk_write import write_layer
    except Exception as exc:  # noqa: BLE001
        _put(out, ("unavailable", str(exc)))
        return
    _put(out, ("ready",))
    while True:
        frame = _get(inp)
        if frame is None:           # the parent is gone: stop without a reply
            return
        if frame[0] == "end":
            _put(out, ("done",))
            return
        _, path, data, wkb, privacy, create = frame
        try:
            write_layer(Path(path), data, privacy, create, wkb)
        except OSError as exc:
            _put(out, ("oserror", exc.errno, exc.strerror, exc.filename))
            return
        except Exception as exc:  # noqa: BLE001 — GDAL's own errors: the parent words them
            _put(out, ("failed", data.name, str(exc)))
            return
        del frame, data, wkb
