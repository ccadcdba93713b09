"""Checks the Python packages the plugin needs, so QGIS can load it and say what is missing."""

from __future__ import annotations

import importlib

# (import name, pip name, minimum version)
REQUIRED = (("numpy", "numpy", "1.22"), ("shapely", "shapely", "2.0"), ("scipy", "scipy", "1.10"))
# Needed by one feature each; the rest of the plugin works without them.
OPTIONAL = {"report": ("reportlab", "reportlab", "4.0"), "xlsx": ("openpyxl", "openpyxl", "3.0"),
            "exact": ("pulp", "pulp", "2.7")}


class MissingDependency(RuntimeError):
    """A feature's package is absent; the message says what to install."""


def require(feature: str, purpose: str) -> None:
    """Raise MissingDependency (with the install line) when the package a feature needs is missing or old."""
    module, pip_name, minimum = OPTIONAL[feature]
    try:
        mod = importlib.import_module(module)
    except ImportError:
        mod = None
    if mod is None or _version_tuple(getattr(mod, "__version__", "0")) < _version_tuple(minimum):
        raise MissingDependency(f"{purpose}: " + install_hint([f"{pip_name}>={minimum}"]))


def _version_tuple(text: str) -> tuple[int, ...]:
    out = []
    for part in text.split(".")[:3]:
        digits = "".join(ch for ch in part if ch.isdigit())
        out.append(int(digits) if digits else 0)
    return tuple(out)


def missing_dependencies() -> list[str]:
    """pip requirement strings for packages that are absent or too old; empty when all is well."""
    missing = []
    for module, pip_name, minimum in REQUIRED:
        try:
            mod = importlib.import_module(module)
        except ImportError:
            missing.append(f"{pip_name}>={minimum}")
            continue
        if _version_tuple(getattr(mod, "__version__", "0")) < _version_tuple(minimum):
            missing.append(f"{pip_name}>={minimum}")
    return missing


def install_hint(missing: list[str]) -> str:
    """A plain instruction for installing the missing packages into QGIS's Python."""
    names = ", ".join(missing)
    quoted = " ".join(f'"{m}"' for m in missing)  # >= would be a shell redirect unquoted
    return (f"Smart Community Planner needs: {names}. Install them into the Python that QGIS uses, "
            f"e.g. python3 -m pip install {quoted} (Linux, macOS) or, on Windows, from the OSGeo4W "
            f"Shell: python -m pip install {quoted}; then restart QGIS.")
