"""Installs the plugin's Python packages with pip into a folder of its own, keeping QGIS's numpy (no Qt, no QGIS)."""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib
import importlib.metadata
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

# Never installed into the folder: QGIS's GDAL and QGIS bindings are built against the numpy QGIS ships.
FROM_QGIS = frozenset({"numpy"})
MIN_PIP = (22, 2)  # pip install --dry-run --report: how the dependencies QGIS lacks are resolved
BASE_FLAGS = ["--only-binary=:all:", "--upgrade", "--no-input", "--disable-pip-version-check",
              "--progress-bar", "off", "--root-user-action=ignore"]  # the last two: a readable log
# On Linux the GEOS that QGIS loaded first provides the C++ symbols for the GEOS inside a shapely wheel too:
# only a wheel bundling the same GEOS minor version works (shapely 2.1 beside Debian 12's GEOS 3.11 segfaults).
SHAPELY_FOR_GEOS = {(3, 11): "shapely<2.1", (3, 13): "shapely>=2.1,<2.2", (3, 14): "shapely>=2.2,<2.3"}
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*>=\s*([0-9][0-9A-Za-z.]*)\s*$")
_NO_WINDOW = {"creationflags": subprocess.CREATE_NO_WINDOW} if sys.platform.startswith("win") else {}  # no console
# Only PEP 440 versions go into a constraints file: pip rejects the whole file for one odd version.
_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?(\+[a-z0-9]+(\.[a-z0-9]+)*)?$", re.I)


def folder_for(settings_dir: str | Path, version: Sequence[int] = sys.version_info) -> Path:
    """The plugin's dependency folder inside a QGIS profile, one per Python minor version (wheels are per ABI)."""
    return Path(settings_dir) / "smart_community" / f"python{version[0]}.{version[1]}"


def add_to_sys_path(folder: str | Path, path: Optional[list[str]] = None) -> bool:
    """Put the folder on the import path once, ahead of every site-/dist-packages; True when it was added."""
    path = sys.path if path is None else path
    importlib.invalidate_caches()  # the folder may have been created after Python last looked for it
    if str(folder) in path:
        return False
    # Ahead of the system's packages, so the folder's shapely 2 beats Debian's 1.8; behind the standard library
    # (PYTHONPATH entries come before it), so nothing in the folder can shadow a module of Python's own.
    stdlib = os.path.realpath(sysconfig.get_path("stdlib"))
    start = next((i + 1 for i, p in enumerate(path) if os.path.realpath(p) == stdlib), 0)
    site = next((i for i, p in enumerate(path) if i >= start and Path(p).name in ("site-packages", "dist-packages")),
                len(path))
    path.insert(site, str(folder))
    return True


def normalize(name: str) -> str:
    """A distribution name as pip compares it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def version_tuple(text: str) -> tuple[int, ...]:
    """The release numbers of a version, for >= comparisons ("2.0.7" > "2.0"; "1.10" > "1.9"; "2.1rc1" = "2.1")."""
    release = re.match(r"\s*v?(\d+(?:\.\d+)*)", text)
    return tuple(int(n) for n in release.group(1).split(".")[:3]) if release else (0,)


def parse_requirement(text: str) -> tuple[str, str]:
    """(name, minimum) of the plugin's own requirement form "name>=minimum"."""
    match = _REQUIREMENT.match(text)
    if not match:
        raise ValueError(f"not a 'name>=version' requirement: {text!r}")
    return match.group(1), match.group(2)


def installed_distributions(path: Optional[Iterable[str]] = None) -> dict[str, str]:
    """Every importable distribution, normalized name -> version; the first on the path wins, as for imports."""
    out: dict[str, str] = {}
    for dist in importlib.metadata.distributions(path=list(sys.path if path is None else path)):
        name = dist.metadata["Name"] if dist.metadata is not None else None
        if name and normalize(name) not in out:
            out[normalize(name)] = dist.version
    return out


def constraints(installed: dict[str, str], installing: Iterable[str], geos: Optional[str] = None) -> list[str]:
    """name==version for all QGIS's Python has except what is being installed (so pip keeps numpy), and on
    Linux the shapely series whose GEOS is QGIS's."""
    skip = {normalize(parse_requirement(r)[0]) for r in installing}
    out = [f"{n}=={v}" for n, v in sorted(installed.items()) if n not in skip and v and _PEP440.match(v)]
    series = SHAPELY_FOR_GEOS.get(tuple(version_tuple(geos)[:2])) if geos else None
    return out + ([series] if series and "shapely" in skip else [])


def qgis_geos() -> tuple[Optional[str], Optional[str]]:
    """(library, version) of the GEOS C library QGIS loads, on Linux only (elsewhere wheels keep their own)."""
    if not sys.platform.startswith("linux"):
        return None, None
    try:  # inside QGIS: the very library it loaded; wheels' own copies live in "<package>.libs" folders
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        maps = []
    loaded = [line.split()[-1] for line in maps if "/libgeos_c" in line and ".libs/" not in line]
    path = loaded[0] if loaded else ctypes.util.find_library("geos_c")
    if not path:
        return None, None
    try:
        lib = ctypes.CDLL(path)
        lib.GEOSversion.restype = ctypes.c_char_p
        return path, lib.GEOSversion().decode().split("-")[0]
    except (OSError, AttributeError, TypeError):
        return None, None


def python_candidates(executable: str, exec_prefix: str, platform: str, version: Sequence[int]) -> list[Path]:
    """Where the interpreter QGIS runs on may be, likeliest first (inside QGIS sys.executable is QGIS itself)."""
    exe, prefix = Path(executable), Path(exec_prefix)
    out = [exe] if re.fullmatch(r"python(\d+(\.\d+)?)?(\.exe)?", exe.name, re.I) else []
    if platform.startswith("win"):
        out += [prefix / "python.exe", prefix / "python3.exe"]       # OSGeo4W and the standalone installer
    else:
        if platform == "darwin":
            out += [exe.parent / "bin" / "python3"]                    # QGIS.app: Contents/MacOS/bin/python3
        out += [prefix / "bin" / f"python{version[0]}.{version[1]}", prefix / "bin" / "python3"]
    return list(dict.fromkeys(out))


# A fresh interpreter importing numpy, scipy and shapely takes seconds; a hung one is given up after this.
PROBE_TIMEOUT_S = 2 * 60.0


def probe(python: str | Path, folders: Sequence[str | Path], modules: Sequence[str] = (), geos: Optional[str] = None,
          timeout: float = PROBE_TIMEOUT_S) -> Optional[dict]:
    """This file run by a fresh `python`, the folders on its path: its version, pip, numpy, the modules' versions;
    with geos (a library path), loaded first as QGIS does, shapely must also work. None if it fails or crashes."""
    args = [str(python), str(Path(__file__).resolve()), "--probe", os.pathsep.join(map(str, folders)), *modules]
    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL,
                              env=_env(SMART_COMMUNITY_GEOS=geos or ""), **_NO_WINDOW)
        return json.loads(proc.stdout.strip().splitlines()[-1]) if proc.returncode == 0 else None
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None


def find_python(folder: str | Path, expect_numpy: Optional[str] = None) -> Optional[Path]:
    """The interpreter QGIS runs on: same version and prefix as this one (or the same numpy); None if none is."""
    here = (sys.version_info[0], sys.version_info[1])
    for candidate in python_candidates(sys.executable, sys.exec_prefix, sys.platform, here):
        info = probe(candidate, [folder], timeout=30) if candidate.is_file() else None
        if not info or tuple(info["version"]) != here:
            continue   # e.g. a pyenv shim named python3 that runs another Python
        if os.path.realpath(info["exec_prefix"]) == os.path.realpath(sys.exec_prefix) or (
                expect_numpy is not None and (info.get("numpy") or [None])[0] == expect_numpy):
            return candidate
    return None


def pip_command(python: str | Path, folder: str | Path, requirements: Sequence[str], constraints_file: str | Path,
                report: Optional[str | Path] = None) -> list[str]:
    """pip install: with report, a dry run that resolves against QGIS's packages; else --target, exact pins only."""
    # --target ignores what is installed and would put numpy (2.x unless pinned) into the folder as well, so
    # the dependencies are resolved without it and the install itself takes exactly that list, --no-deps.
    how = ["--dry-run", "--report", str(report)] if report else ["--target", str(folder), "--no-deps"]
    return [str(python), "-m", "pip", "install", *how, *BASE_FLAGS, "--constraint", str(constraints_file),
            *requirements]


def manual_command(python: str | Path, folder: str | Path, requirements: Sequence[str]) -> str:
    """This installer as a shell command (POSIX shells and cmd.exe), for the user to run by hand."""
    args = [str(python), str(Path(__file__).resolve()), "--target", str(folder), *requirements]
    return " ".join(a if re.fullmatch(r"[\w./:=+@,-]+", a) else f'"{a}"' for a in args)


@dataclass
class InstallResult:
    """What install() did: reason is "ok", "nothing" (all there already) or what failed."""

    ok: bool
    reason: str
    detail: str = ""
    installed: list[str] = field(default_factory=list)   # name==version put into the folder
    command: list[str] = field(default_factory=list)     # the last pip command run
    last_lines: list[str] = field(default_factory=list)  # pip's last error lines
    manual: str = ""                                     # the same install, to run by hand


def run_streaming(cmd: list[str], env: dict[str, str], on_line: Callable[[str], None],
                  cancelled: Callable[[], bool]) -> tuple[Optional[int], list[str]]:
    """Run cmd, every output line to on_line; (exit code, None when cancelled; the last 40 lines)."""
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                          text=True, encoding="utf-8", errors="replace", env=env, **_NO_WINDOW) as proc:
        lines: queue.Queue = queue.Queue()
        # A reader thread, so a cancel is seen while pip is silent (a long download prints nothing).
        threading.Thread(target=lambda: ([lines.put(x) for x in proc.stdout], lines.put(None)), daemon=True).start()
        tail: list[str] = []
        while not cancelled():
            try:
                line = lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if line is None:
                return proc.wait(), tail
            tail = (tail + [line.rstrip()])[-40:]
            on_line(line.rstrip())
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        return None, tail


def install(folder: str | Path, requirements: Sequence[str], modules: Optional[dict[str, str]] = None,
            python: Optional[str | Path] = None, on_line: Callable[[str], None] = lambda _line: None,
            on_progress: Callable[[float], None] = lambda _p: None,
            cancelled: Callable[[], bool] = lambda: False) -> InstallResult:
    """Install what of requirements ("name>=min") is missing into folder, verified in a fresh Python first.

    modules maps a requirement's name to its import name where they differ.
    """
    folder, modules, reqs = Path(folder), dict(modules or {}), [parse_requirement(r) for r in requirements]
    path = list(sys.path)
    add_to_sys_path(folder, path)          # what QGIS sees, the folder included
    have, (geos_lib, geos) = installed_distributions(path), qgis_geos()
    if [n for n, _ in reqs if normalize(n) in FROM_QGIS]:
        return InstallResult(False, "qgis_package", ", ".join(n for n, _ in reqs if normalize(n) in FROM_QGIS))
    python = Path(python) if python else find_python(folder, have.get("numpy"))
    if python is None:
        return InstallResult(False, "no_python", sys.executable)
    manual, mods = manual_command(python, folder, requirements), [f"{modules.get(n, n)}={n}" for n, _ in reqs]
    before = probe(python, [folder], mods)
    failed = (InstallResult(False, "no_python", str(python)) if before is None else
              InstallResult(False, "no_pip", str(python)) if not before.get("pip") else
              InstallResult(False, "old_pip", before["pip"]) if version_tuple(before["pip"]) < MIN_PIP else None)
    if failed:
        failed.manual = manual
        return failed
    todo = [f"{n}>={m}" for (n, m), mod in zip(reqs, mods) if not _satisfied(before["modules"].get(mod), m)]
    on_progress(5)
    if not todo:
        return InstallResult(True, "nothing", manual=manual)
    staging = folder.with_name(folder.name + ".staging")   # the folder itself changes only once all is verified
    shutil.rmtree(staging, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="smart_community_pip_") as tmp:
        pins, report = Path(tmp) / "constraints.txt", Path(tmp) / "report.json"
        pins.write_text("\n".join(constraints(have, todo, geos)) + "\n", encoding="utf-8")
        # The dry run sees the folder's packages as installed, as QGIS does.
        env = _env(PYTHONPATH=os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")])))
        cmd = pip_command(python, folder, todo, pins, report)
        code, tail = run_streaming(cmd, env, _stepping(on_line, on_progress, 5, 35), cancelled)
        chosen = [f"{i['metadata']['name']}=={i['metadata']['version']}"
                  for i in json.loads(report.read_text(encoding="utf-8")).get("install", [])] if code == 0 else []
        theirs = [c for c in chosen if normalize(c.split("==")[0]) in FROM_QGIS]
        if code == 0 and chosen and not theirs:
            cmd = pip_command(python, staging, chosen, pins)
            code, tail = run_streaming(cmd, _env(), _stepping(on_line, on_progress, 35, 90), cancelled)
    if code != 0 or theirs or not chosen:   # theirs: only if the Python found is not QGIS's; never shadow numpy
        shutil.rmtree(staging, ignore_errors=True)
        reason = ("qgis_package" if theirs else "cancelled" if code is None else "resolve" if not chosen and code
                  else "verify" if not chosen else "install")   # verify: pip has them, yet they do not import
        detail = ", ".join(theirs) if theirs else f"pip counts {', '.join(todo)} as installed" if code == 0 else ""
        return InstallResult(False, reason, detail, command=cmd, last_lines=_errors(tail), manual=manual)
    after = probe(python, [staging, folder], mods, geos_lib if "shapely=shapely" in mods else None)
    on_progress(95)
    wrong = [r for r, mod in zip(todo, mods) if not _satisfied((after or {"modules": {}})["modules"].get(mod),
                                                                parse_requirement(r)[1])]
    if after is None or wrong or after.get("numpy") != before.get("numpy"):
        shutil.rmtree(staging, ignore_errors=True)
        detail = (f"they fail or crash in a fresh Python beside QGIS's GEOS {geos}" if after is None else ", ".join(wrong)
                  or f"numpy {before.get('numpy')} would become {after.get('numpy')}")
        return InstallResult(False, "verify", detail, chosen, cmd, manual=manual)
    _merge(staging, folder, chosen)
    on_progress(100)
    return InstallResult(True, "ok", installed=chosen, command=cmd, manual=manual)


def _satisfied(version: Optional[str], minimum: str) -> bool:
    return version is not None and version_tuple(version) >= version_tuple(minimum)


def _errors(tail: list[str]) -> list[str]:
    """pip's ERROR lines and what follows them, else its last 8 lines."""
    first = next((i for i, line in enumerate(tail) if line.startswith("ERROR")), None)
    return tail[first:] if first is not None else tail[-8:]


def _stepping(on_line: Callable[[str], None], on_progress: Callable[[float], None], start: float,
              end: float) -> Callable[[str], None]:
    """A line callback that also moves the progress from start towards end (pip does not say how far it is)."""
    count = [0]

    def step(line: str) -> None:
        count[0] += 1
        on_progress(end - (end - start) * 0.85 ** count[0])
        on_line(line)
    return step


def _merge(staging: Path, folder: Path, chosen: list[str]) -> None:
    """Move the verified packages into the folder, replacing what they replace (as pip's --upgrade would)."""
    new = {normalize(c.split("==")[0]) for c in chosen}
    folder.mkdir(parents=True, exist_ok=True)
    for info in folder.glob("*.dist-info"):  # an older version's metadata has another name: it would stay
        if normalize(info.name[: -len(".dist-info")].rpartition("-")[0]) in new:
            shutil.rmtree(info)
    for item in staging.iterdir():
        target = folder / item.name
        if item.name == "bin":   # console scripts: QGIS runs none of them
            continue
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.exists() or target.is_symlink():
            target.unlink()
        shutil.move(str(item), str(target))
    shutil.rmtree(staging, ignore_errors=True)


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", **extra)
    env.pop("PIP_TARGET", None)      # our --target is the only one
    return env


def _probe_here(folders: str, modules: list[str]) -> dict:
    """The probe's body, in the fresh interpreter: the folders on the path as the plugin puts them."""
    for folder in filter(None, folders.split(os.pathsep)):
        add_to_sys_path(folder)
    if os.environ.get("SMART_COMMUNITY_GEOS"):   # first, with its symbols global, as in QGIS
        ctypes.CDLL(os.environ["SMART_COMMUNITY_GEOS"], mode=ctypes.RTLD_GLOBAL)
    found: dict = {}
    for spec in ["pip=pip", "numpy=numpy", *modules]:
        module, _, dist = spec.partition("=")
        try:
            mod = importlib.import_module(module)
            found[spec] = str(getattr(mod, "__version__", None) or importlib.metadata.version(dist))
        except Exception:  # noqa: BLE001 — absent or broken: either way not usable
            found[spec] = None
    if os.environ.get("SMART_COMMUNITY_GEOS") and found.get("shapely=shapely"):
        import shapely  # what the review does most: prepared contains, unions, a tree, WKB (a crash ends here)

        area = shapely.buffer(shapely.points(0, 0), 10)
        shapely.prepare(area)
        assert shapely.contains_xy(area, 1.0, 1.0) and len(shapely.STRtree([area]).query(shapely.points(1, 1)))
        assert shapely.union_all([area, shapely.box(0, 0, 20, 20)]).equals(shapely.from_wkb(shapely.to_wkb(
            shapely.union_all([area, shapely.box(0, 0, 20, 20)]))))
    numpy = found.pop("numpy=numpy")
    return {"version": list(sys.version_info[:2]), "exec_prefix": sys.exec_prefix, "pip": found.pop("pip=pip"),
            "numpy": [numpy, sys.modules["numpy"].__file__] if numpy else None, "modules": found}


def main(argv: list[str]) -> int:
    """Command line: --target FOLDER REQUIREMENT... installs; --probe FOLDERS MODULE=DIST... reports (JSON)."""
    if sys.path and os.path.realpath(sys.path[0]) == os.path.dirname(os.path.realpath(__file__)):
        sys.path.pop(0)  # the plugin's own folder would shadow packages (its core, report, settings ...)
    if len(argv) >= 2 and argv[0] == "--probe":
        print(json.dumps(_probe_here(argv[1], argv[2:])))
        return 0
    if len(argv) < 3 or argv[0] != "--target":
        print(main.__doc__, file=sys.stderr)
        return 2
    result = install(argv[1], argv[2:], python=sys.executable, on_line=print)
    print(json.dumps({k: v for k, v in result.__dict__.items() if k != "command"}, indent=1))
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
