"""Outputs are written beside their destination under a hidden name and renamed into place when complete.

A set of outputs that belong together (a review's JSON and GeoPackage) is committed as one: the member
readers open first (the JSON) is removed before and renamed after the others, so a reader finds the old
pair, the new pair, or no JSON, never a new file beside an old one. A watcher process (janitor.py) sees the
writer die (kill -9 included): it finishes a commit that had begun and removes staged files that had not,
so no hidden file is left behind. As a second net, staging in a folder removes the staged files of writers
that no longer run.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import OutputError
from ..i18n import tr
from . import janitor

_SUFFIX = ".partial"
# SQLite (GeoPackage) adds -journal, -wal and -shm files beside the one it writes.
SQLITE_SIDECARS = ("-journal", "-wal", "-shm")
_STAGED = re.compile(r"^\.(?P<name>.+)\.sc(?P<pid>\d+)-[0-9a-f]{8}\.partial(?:\.[^.]*)?(?:-journal|-wal|-shm)?$")


def staged_path(target: Path) -> Path:
    """A hidden name beside the target that says whose it is (the writer's process id); it keeps the target's
    extension at the end, because writers add theirs to a name without it."""
    return target.with_name(f".{target.name}.sc{os.getpid()}-{secrets.token_hex(4)}{_SUFFIX}{target.suffix}")


def is_staged(path: Path) -> bool:
    """Whether a file name is one of ours."""
    return bool(_STAGED.match(path.name))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def sweep(folder: Path) -> int:
    """Remove staged files left in a folder by writers that no longer run; how many were removed."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        m = _STAGED.match(entry.name)
        if m and not _alive(int(m.group("pid"))):
            _remove(Path(entry.path))
            removed += 1
    return removed


def _remove(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        elif path.exists() or path.is_symlink():
            path.unlink()
    except OSError:
        pass


def _fsync(path: Path) -> None:
    """Flush a written file (or every file of a folder) to the disk, so a rename never exposes lost data."""
    paths = [p for p in path.iterdir() if p.is_file()] if path.is_dir() else [path]
    for p in paths:
        fd = os.open(p, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _permissions(path: Path) -> None:
    """Staged files are created private (0600); give them the permissions a new file would get."""
    umask = os.umask(0)
    os.umask(umask)
    for p in ([path] + (list(path.iterdir()) if path.is_dir() else [])):
        try:
            os.chmod(p, (0o777 if p.is_dir() else 0o666) & ~umask)
        except OSError:
            pass


def _check_writable(folder: Path) -> None:
    """Say now, not after the work, that a folder cannot be written (a read-only disk, no permission)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None and statvfs(folder).f_flag & os.ST_RDONLY:
        raise OSError(errno.EROFS, "read-only file system", str(folder))
    if not os.access(folder, os.W_OK):
        raise OSError(errno.EACCES, "permission denied", str(folder))


def describe_os_error(exc: OSError, target: Path) -> str:
    """A plain sentence for a write error: disk full, read-only, no permission, missing folder."""
    reasons = {errno.ENOSPC: tr("the disk is full"), errno.EDQUOT: tr("the disk quota is used up"),
               errno.EROFS: tr("the disk is read-only"), errno.EACCES: tr("there is no permission to write there"),
               errno.EPERM: tr("there is no permission to write there"), errno.ENOENT: tr("the folder does not exist"),
               errno.ENAMETOOLONG: tr("the file name is too long")}
    reason = reasons.get(exc.errno, exc.strerror or str(exc))
    return tr("Cannot write {}: {}. Nothing was written; choose another place or free some space.").format(target, reason)


@dataclass
class _Item:
    staged: Path
    target: Path
    last: bool              # the member readers open first: removed before, renamed after the others


class Stage:
    """Staged paths for outputs committed together; discard() (or an exception) leaves the targets as they were."""

    def __init__(self) -> None:
        self.items: list[_Item] = []

    def path(self, target: Path, folder: bool = False, last: bool = False) -> Path:
        """A staged path for target (a folder for formats of several files); the target's folder is made."""
        target = Path(target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _check_writable(target.parent)
        except OSError as exc:
            raise OutputError(describe_os_error(exc, target)) from exc
        sweep(target.parent)
        staged = staged_path(target)
        janitor.watch(staged)
        if folder:
            try:
                staged.mkdir()
            except OSError as exc:
                janitor.forget([staged])
                raise OutputError(describe_os_error(exc, target)) from exc
        # A file is created by its writer (GDAL wants to create a GeoPackage itself).
        self.items.append(_Item(staged, target, last))
        return staged

    def commit(self) -> None:
        """Rename every staged output into place: the `last` member after the others, its old copy gone first."""
        order = [i for i in self.items if not i.last] + [i for i in self.items if i.last]
        try:
            for item in order:
                if item.staged.exists():
                    _fsync(item.staged)
                    _permissions(item.staged)
        except OSError as exc:
            self.discard()
            raise OutputError(describe_os_error(exc, order[0].target)) from exc
        janitor.commit_begun([(str(i.staged), str(i.target)) for i in order])
        for item in order:
            if item.last:
                _remove(item.target)
        janitor.pause_point()          # tests stop a writer here, between the renames of a pair
        for item in order:
            if item.target.is_dir() and not item.staged.is_dir():
                raise OutputError(tr("Cannot write {}: a folder of that name is in the way.").format(item.target))
            _replace(item.staged, item.target)
        for folder in {i.target.parent for i in order}:
            _fsync_folder(folder)
        janitor.forget([i.staged for i in order])

    def discard(self) -> None:
        """Remove every staged output (after a failure or a cancel)."""
        for item in self.items:
            for path in [item.staged] + [Path(str(item.staged) + s) for s in SQLITE_SIDECARS]:
                _remove(path)
        janitor.forget([i.staged for i in self.items])
        self.items.clear()


def _replace(staged: Path, target: Path) -> None:
    """Rename staged over target: a file atomically, a folder of sidecar files (shapefile) file by file."""
    if not staged.is_dir():
        os.replace(staged, target)
        return
    # The files inside carry their final names; the main file goes last, so its sidecars are in place first.
    for f in sorted(staged.iterdir(), key=lambda p: p.name == target.name):
        os.replace(f, target.parent / f.name)
    staged.rmdir()


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def staged_files(folder: Path) -> list[Path]:
    """Staged files present in a folder (tests use it to prove none are left)."""
    return [p for p in Path(folder).iterdir() if is_staged(p)]
