"""Checks the Python packages the plugin needs, so QGIS can load it and say what is missing."""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from . import dependency_install

# (import name, pip name, minimum version)
REQUIRED = (("numpy", "numpy", "1.22"), ("shapely", "shapely", "2.0"), ("scipy", "scipy", "1.10"))
# Needed by one feature each; the rest of the plugin works without them.
OPTIONAL = {"report": ("reportlab", "reportlab", "4.0"), "xlsx": ("openpyxl", "openpyxl", "3.0"),
            "exact": ("pulp", "pulp", "2.7")}
# Told when require() finds a feature's package missing (the GUI offers to install it); may run in a task's thread.
listeners: list[Callable[[list[str], str], None]] = []


class MissingDependency(RuntimeError):
    """A feature's package is absent; the message says what to install."""


def require(feature: str, purpose: str) -> None:
    """Raise MissingDependency (with the install line) when the package a feature needs is missing or old."""
    module, pip_name, minimum = OPTIONAL[feature]
    if not _satisfied(module, pip_name, minimum):
        wanted = [f"{pip_name}>={minimum}"]
        for listener in list(listeners):
            try:
                listener(wanted, purpose)
            except Exception:  # noqa: BLE001 — an offer that fails must not hide the message below
                pass
        raise MissingDependency(f"{purpose}: " + install_hint(wanted))


def _version_tuple(text: str) -> tuple[int, ...]:
    return dependency_install.version_tuple(text)


def _satisfied(module: str, pip_name: str, minimum: str) -> bool:
    """The version is read from the metadata first: importing an old module (Debian's shapely 1.8) would keep
    it in sys.modules, hiding the newer one installed into the plugin's folder until QGIS restarts."""
    if module not in sys.modules:
        try:
            version = importlib.metadata.version(pip_name)   # the first on sys.path, as an import would find
        except importlib.metadata.PackageNotFoundError:
            return False
        if importlib.util.find_spec(module) is None or _version_tuple(version) < _version_tuple(minimum):
            return False                                     # absent (metadata left behind) or too old
    try:  # new enough by its metadata: it must also import (a half-removed install does not)
        version = getattr(importlib.import_module(module), "__version__", None)
    except Exception:  # noqa: BLE001 — any failure to import means: not usable
        return False
    return version is not None and _version_tuple(version) >= _version_tuple(minimum)


def missing_dependencies() -> list[str]:
    """pip requirement strings for packages that are absent or too old; empty when all is well."""
    return [f"{pip_name}>={minimum}" for module, pip_name, minimum in REQUIRED
            if not _satisfied(module, pip_name, minimum)]


def dependency_folder() -> Optional[Path]:
    """The plugin's own package folder in the QGIS profile (<profile>/smart_community/python3.X); None outside QGIS."""
    from qgis.core import QgsApplication

    settings = QgsApplication.qgisSettingsDirPath()    # empty in a Python that has not started QGIS
    return dependency_install.folder_for(settings) if settings else None


def use_dependency_folder() -> bool:
    """Put the plugin's package folder on sys.path (once, ahead of the system's); call before importing shapely."""
    folder = dependency_folder()
    return folder is not None and dependency_install.add_to_sys_path(folder)


def _shown_folder() -> Path:
    return dependency_folder() or dependency_install.folder_for("<QGIS profile>")


@lru_cache(maxsize=1)
def qgis_python() -> Optional[Path]:
    """The interpreter QGIS runs on (found once: it starts a few short subprocesses)."""
    numpy = dependency_install.installed_distributions().get("numpy")
    return dependency_install.find_python(_shown_folder(), numpy)


def install_hint(missing: list[str]) -> str:
    """What to do: the Install button in QGIS, or the same install by hand (not a pip line PEP 668 refuses)."""
    from .i18n import tr

    folder = _shown_folder()
    python = qgis_python() or Path("python3" if sys.platform != "win32" else "python")
    quoted = " ".join(f'"{m}"' for m in missing)  # >= would be a shell redirect unquoted
    hint = tr("Smart Community Planner needs {}. In QGIS, click Install in the message bar: it runs pip install {} "
              "into the plugin's own folder {} and leaves QGIS's Python unchanged. By hand: {}; then restart "
              "QGIS.").format(", ".join(missing), quoted, folder,
                              dependency_install.manual_command(python, folder, missing))
    if sys.platform.startswith("linux"):
        hint += " " + tr("pip must be installed for QGIS's Python (Debian, Ubuntu: sudo apt install python3-pip).")
    return hint
