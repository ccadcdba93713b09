"""Run the real pipeline (QGIS layers -> review) on hand-made schemes and look up checks."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from smart_community_plugin.core.parameters import ReviewParameters
from smart_community_plugin.core.results import CheckResult, ReviewResult
from smart_community_plugin.layers.pipeline import review_layers
from smart_community_plugin.layers.reader import DEFAULT_FIELDS, InputFields
from smart_community_plugin.standard import load_standard

from .layers import scheme


def review(tmp_path: Path, buildings: list[dict], facilities: list[dict], *,
           params: Optional[ReviewParameters] = None, fields: InputFields = DEFAULT_FIELDS,
           name: str = "scheme.gpkg", **scheme_kwargs) -> ReviewResult:
    """Write the scheme to a GeoPackage, open it in QGIS and review it."""
    layers = scheme(tmp_path / name, buildings, facilities, **scheme_kwargs)
    return review_layers(layers["community"], layers["buildings"], layers["facilities"],
                         load_standard(), params or ReviewParameters(), layers.get("compounds"), fields)


def check(result: ReviewResult, check_id: str) -> CheckResult:
    """The check with this id; fails the test with the ids present when absent."""
    for c in result.checks:
        if c.id == check_id:
            return c
    raise AssertionError(f"no check {check_id}; have {[c.id for c in result.checks][:40]} ...")
