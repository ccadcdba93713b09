"""Paths to files under the plugin's resources/ folder."""

from __future__ import annotations

from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> str:
    """Absolute path of a file under resources/."""
    return str(PLUGIN_ROOT.joinpath("resources", *parts))
