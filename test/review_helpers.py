"""Run the real pipeline (QGIS layers -> review) on hand-made schemes and look up checks."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from smart_community_plugin.core.inputs import ReviewInputs
from smart_community_plugin.core.parameters import ReviewParameters
from smart_community_plugin.core.results import CheckResult, ReviewResult
from smart_community_plugin.layers.roles import DEFAULT_FIELDS, InputFields
from smart_community_plugin.pipeline.read import read_inputs
from smart_community_plugin.pipeline.result_layers import review_to_files
from smart_community_plugin.pipeline.scheme import Scheme
from smart_community_plugin.standard import load_standard

from .layers import scheme


def as_scheme(community, buildings, facilities, compounds=None, fields: InputFields = DEFAULT_FIELDS,
              roads=None, gates=None, entrances=None, play_areas=None, green_spaces=None) -> Scheme:
    """The layers as a Scheme, by role."""
    return Scheme({"community": community, "buildings": buildings, "facilities": facilities, "compounds": compounds,
                   "roads": roads, "gates": gates, "entrances": entrances, "play_areas": play_areas,
                   "green_spaces": green_spaces}, fields)


def read_layers(community, buildings, facilities, standard=None, compounds=None, fields: InputFields = DEFAULT_FIELDS,
                roads=None, gates=None, entrances=None, play_areas=None) -> ReviewInputs:
    """The pipeline's one read of these layers."""
    return read_inputs(as_scheme(community, buildings, facilities, compounds, fields, roads, gates, entrances,
                                 play_areas), standard or load_standard())


def review_layers(community, buildings, facilities, standard=None, params: Optional[ReviewParameters] = None,
                  compounds=None, fields: InputFields = DEFAULT_FIELDS, output_json=None, output_gpkg=None,
                  overwrite: bool = True, progress=None, roads=None, gates=None, entrances=None,
                  play_areas=None, green_spaces=None) -> ReviewResult:
    """Review the layers through the pipeline, writing the outputs asked for under the output contract."""
    s = as_scheme(community, buildings, facilities, compounds, fields, roads, gates, entrances, play_areas,
                  green_spaces)
    return review_to_files(s, standard or load_standard(), params, output_json, output_gpkg, overwrite,
                           progress).result


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
