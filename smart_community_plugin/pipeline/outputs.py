"""The output contract every algorithm, task and test writes through (issue 12).

- An output that is, or resolves to (through links, hard links or a `|layername=` suffix), an input file is
  refused before anything is written; so is one output named twice.
- With overwrite off, an existing file is refused; with it on (QGIS's convention) it is replaced whole.
- Every file is staged beside its destination and renamed into place when complete; outputs written
  together are committed together (staging.Stage), and a failure or cancel removes every staged file.
- Write errors (disk full, read-only, missing permission) are OutputError, never a success; a written
  vector file is reopened and counted.
- Every value passes the privacy filter (6.4.3) on its way out.
"""

from __future__ import annotations

import math
import os
import re
import shutil
from collections.abc import Iterable
from itertools import chain
from pathlib import Path
from typing import Any, Callable, Optional

from ..core.errors import OutputError, OutputExistsError
from ..i18n import tr
from .privacy import Privacy, user_privacy
from .staging import Stage, describe_os_error

# Formats whose "file" is several files with one stem: staged as a folder.
_MULTI_FILE = {"ESRI Shapefile": (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd"),
               "MapInfo File": (".tab", ".dat", ".map", ".id", ".ind")}
_SIDECARS = {ext for exts in _MULTI_FILE.values() for ext in exts}
_SQLITE_SUFFIXES = ("-journal", "-wal", "-shm")
_OGR_DBNAME = re.compile(r"""^ogr:dbname='((?:[^']|'')*)'""")


def file_of(source: str) -> Optional[Path]:
    """The local file behind a layer source or an output string; None for memory layers and databases."""
    s = str(source or "").strip()
    if not s or s.startswith(("memory:", "postgres:", "postgresql:", "spatialite:", "mssql:", "oracle:")) \
            or s.startswith(("dbname=", "service=", "TEMPORARY_OUTPUT")):
        return None
    m = _OGR_DBNAME.match(s)
    if m:
        s = m.group(1).replace("''", "'")
    elif s.startswith("ogr:"):
        s = s[4:]
    s = s.split("|")[0]
    if s.startswith("/vsizip/") or s.startswith("/vsigzip/"):
        inner = s.split("/", 2)[2]
        cut = inner.lower().find(".zip")
        s = "/" + (inner[:cut + 4] if cut >= 0 else inner)
    if s.startswith("file://"):
        s = s[7:]
    return Path(s) if s else None


def _family(path: Path) -> tuple[str, str]:
    """What makes two paths one dataset: the folder, and the stem for multi-file formats and SQLite sidecars."""
    real = Path(os.path.realpath(path))
    name = real.name
    for suffix in _SQLITE_SUFFIXES:
        if name.endswith(suffix):
            return str(real.parent), name[: -len(suffix)]
    if real.suffix.lower() in _SIDECARS:
        return str(real.parent), real.stem + "|multi"
    return str(real.parent), name


def driver_for(path: Path) -> str:
    """The GDAL driver a vector output's extension asks for (GeoPackage without one)."""
    if path.suffix.lower() in ("", ".gpkg"):
        return "GPKG"
    from qgis.core import QgsVectorFileWriter

    return QgsVectorFileWriter.driverForExtension(path.suffix.lstrip(".")) or "GPKG" if path.suffix else "GPKG"


def json_safe(value: Any) -> Any:
    """numpy scalars to Python, NaN and infinity to null, tuples to lists, recursively."""
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if hasattr(value, "item") and callable(value.item) and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


class Outputs:
    """The files one run writes; use as a context manager: commit on success, nothing left on failure."""

    def __init__(self, inputs: Iterable[Any] = (), overwrite: bool = True, privacy: Optional[Privacy] = None) -> None:
        self.overwrite = overwrite
        self.privacy = privacy or user_privacy()
        self.stage = Stage()
        self._inputs: list[Path] = []
        for item in inputs:
            path = file_of(item) if isinstance(item, str) else (Path(item) if item is not None else None)
            if path is not None:
                self._inputs.append(path)
        self._input_families = {_family(p): p for p in self._inputs}
        self._claimed: dict[tuple[str, str], Path] = {}
        self._writers: list[tuple[Any, Path]] = []   # GeoPackages still being written by a second process

    # --- the checks, before anything is written ----------------------------------------------
    def claim(self, target: Any) -> Path:
        """Check an output before any work: not an input, not named twice, replaceable. Returns its path."""
        path = file_of(str(target))
        if path is None:
            raise OutputError(tr("{} is not a file this plugin can write.").format(target))
        path = Path(os.path.abspath(path))
        family = _family(path)
        if family in self._claimed:
            if self._claimed[family] == path:
                return path
            raise OutputError(tr("Two outputs would be written to {}; give each its own file.").format(path))
        hit = self._input_families.get(family) or next(
            (p for p in self._inputs if path.exists() and p.exists() and _same_file(p, path)), None)
        if hit is not None:
            same = "" if Path(os.path.abspath(hit)) == path else tr(" (the same file as {})").format(hit)
            raise OutputError(tr("The output {} is an input of this run{}: writing it would destroy the submission. "
                                 "Choose another file name; inputs are never overwritten.").format(path, same))
        if path.is_dir():
            raise OutputError(tr("The output {} is a folder; give a file name.").format(path))
        if path.exists() and not self.overwrite:
            raise OutputExistsError(tr("{} exists; choose another name or allow replacing it (OVERWRITE).").format(path))
        self._claimed[family] = path
        return path

    # --- writers -------------------------------------------------------------------------------
    def json(self, target: Any, document: Any) -> Path:
        """A JSON document, masked; it is the index of its set (renamed last, its old copy removed first)."""
        path = self.claim(target)
        staged = self.stage.path(path, last=True)
        from ..core.privacy import Rows

        # Lists made as they are written (a review's checks) stay lazy; the rest is made JSON-safe first.
        if isinstance(document, dict):
            doc = {k: (v if isinstance(v, Rows) else json_safe(v)) for k, v in document.items()}
        else:
            doc = json_safe(document)

        def write() -> None:
            with open(staged, "w", encoding="utf-8") as fh:
                self.privacy.json_write(fh.write, doc)
                fh.write("\n")
        self._write(path, write)
        return path

    def text(self, target: Any, text: str) -> Path:
        """A text file, masked."""
        path = self.claim(target)
        staged = self.stage.path(path)
        self._write(path, lambda: staged.write_text(self.privacy.text(text), encoding="utf-8"))
        return path

    def vector(self, target: Any, layers: list, add_to_existing: bool = False) -> Path:
        """Layers (layers.vector_write.LayerData) into a vector file; with add_to_existing the file's other
        layers are kept (a copy is staged, then replaced whole)."""
        from .gpkg_process import MIN_ROWS

        if not add_to_existing and driver_for(self.claim(target)) == "GPKG" and all(d.bulk_ready for d in layers):
            rows = sum(max(len(d), 0) for d in layers)
            if rows >= MIN_ROWS:
                # Large: the second process's GDAL writes faster than the one inside QGIS (see gpkg_process).
                return self.vector_begin(target, layers, rows)()
        return self._vector_here(target, layers, add_to_existing)

    def _vector_here(self, target: Any, layers: list, add_to_existing: bool = False) -> Path:
        """vector() in this process: in bulk when it can, else through QGIS's writer."""
        from .bulk_write import can_write_columns

        path = self.claim(target)
        driver = driver_for(path)
        if driver == "GPKG" and not add_to_existing and all(d.bulk_ready for d in layers) and can_write_columns():
            return self._bulk(path, [d.as_columns() for d in layers])
        from ..layers.vector_write import write_file

        multi = driver in _MULTI_FILE
        staged = self.stage.path(path, folder=multi)
        file = staged / path.name if multi else staged
        keep = add_to_existing and path.exists() and not multi
        if keep:
            self._write(path, lambda: shutil.copyfile(path, staged))
        self._write(path, lambda: write_file(file, layers, driver, self.privacy, add_to_existing=keep))
        return path

    def _bulk(self, path: Path, layers: list) -> Path:
        """Columnar layers into a GeoPackage in bulk, without QGIS (a Dask worker writes its communities so)."""
        from .bulk_write import verify_columns, write_columns

        staged = self.stage.path(path)

        def write() -> None:
            counts = {d.name: write_columns(staged, d, self.privacy, create=(n == 0)) for n, d in enumerate(layers)}
            verify_columns(staged, counts)
        self._write(path, write)
        return path

    def vector_begin(self, target: Any, layers: Iterable[Any], rows: int) -> Callable[[], Path]:
        """Start writing layers (built as they are iterated) into a GeoPackage; returns the function that waits
        until the file is written.

        When about `rows` rows are to be written (at least gpkg_process.MIN_ROWS), a second process is started
        first (it imports while the first layer is built) and writes each layer as it comes while this one goes
        on; a layer is dropped here once sent. Every layer must then be bulk-ready (spec fields of the bulk
        writer's kinds, as the review's are). Otherwise, or where no second process starts, the layers are
        written now. commit() waits for a writer still running and discard() stops it, so no path commits a
        file still being written or leaves a writer behind."""
        from .bulk_write import can_write_columns
        from .gpkg_process import MIN_ROWS, GeoPackageProcess

        path = self.claim(target)
        writer = None
        if rows >= MIN_ROWS and driver_for(path) == "GPKG" and can_write_columns():
            writer = GeoPackageProcess.start()
        stream = iter(layers)
        first = next(stream, None)
        if writer is None or first is None or not first.bulk_ready or not writer.usable():
            if writer is not None:
                writer.abort()
            done = self._vector_here(target, ([first] if first is not None else []) + list(stream))
            return lambda: done
        writer.path = self.stage.path(path)
        self._writers.append((writer, path))
        stream = chain([first], stream)
        del first                  # the layers are dropped here as they are sent (the buildings are the largest)
        for n, data in enumerate(stream):
            if not data.bulk_ready:
                raise OutputError(tr("The layer {} cannot be written in bulk; nothing was replaced.").format(data.name))
            writer.send(data.as_columns(), self.privacy, create=(n == 0))

        def wait() -> Path:
            if (writer, path) in self._writers:
                self._writers.remove((writer, path))
                self._finish(writer, path)
            return path
        return wait

    def _finish(self, writer: Any, path: Path) -> None:
        """Wait for a second process's GeoPackage; its failure is this run's (a translated OutputError)."""
        self._write(path, writer.finish)

    def file(self, target: Any, write: Callable[[Path], None]) -> Path:
        """Any other file (PDF, PNG): write(staged_path) writes it; privacy is the writer's job."""
        path = self.claim(target)
        staged = self.stage.path(path)
        self._write(path, lambda: write(staged))
        return path

    def _write(self, path: Path, action: Callable[[], Any]) -> None:
        try:
            action()
        except OSError as exc:
            raise OutputError(describe_os_error(exc, path)) from exc

    # --- commit ----------------------------------------------------------------------------------
    def commit(self) -> None:
        """Wait for any writer still running, then rename every staged output into place, together."""
        while self._writers:
            self._finish(*self._writers.pop(0))
        self.stage.commit()

    def discard(self) -> None:
        """Stop any writer still running and remove every staged output; the targets stay as they were."""
        while self._writers:
            self._writers.pop(0)[0].abort()
        self.stage.discard()

    def __enter__(self) -> Outputs:
        return self

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> bool:
        if kind is None:
            try:
                self.commit()
            except BaseException:
                self.discard()
                raise
        else:
            self.discard()
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
