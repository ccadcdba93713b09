"""Which of a project's layers plays which role of a scheme (community, buildings, facilities ...): by the
layer's geometry, its name and its fields; each role gets a different layer, or none."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Optional

import numpy as np
from qgis.core import QgsVectorLayer, QgsWkbTypes
from scipy.optimize import linear_sum_assignment

from ..standard.vocabulary import layer_name_score, load_vocabulary, propose_fields
from .roles import ROLES
from .schema import layer_spec

# A layer with the right geometry but neither a telling name nor telling fields is not picked for a role:
# an empty picker asks the planner, a wrong one reviews the wrong layer without saying so.
MIN_SCORE = 0.5


def _fields_of(role: str) -> tuple[str, ...]:
    """The fields that tell a role's layer: the planning schema's, without the provenance ones every layer has."""
    try:
        names = [f.name for f in layer_spec(role).fields]
    except KeyError:
        names = {"gates": [], "entrances": [], "play_areas": []}.get(role, [])
    # A field green spaces share with facilities (smart_features) tells neither apart.
    shared = {f.name for f in layer_spec("facilities").fields} if role == "green_spaces" else set()
    return tuple(n for n in names if n not in ("name", "data_source", "entry_time") and n not in shared)


def field_score(role: str, field_names: Sequence[str]) -> float:
    """Share of the role's telling fields the layer has (by the intake vocabulary's aliases too), 0–1."""
    wanted = _fields_of(role)
    if not wanted:
        return 0.0
    have = set(field_names)
    found = set(propose_fields(role, list(field_names))) | (have & set(wanted))
    return len(found & set(wanted)) / len(wanted)


def role_score(role: str, layer: QgsVectorLayer) -> float:
    """How well a layer fits a role: 0 for the wrong geometry, else its name's score plus its fields'."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return 0.0
    if QgsWkbTypes.geometryType(layer.wkbType()) not in ROLES[role].geometry:
        return 0.0
    return layer_name_score(role, layer.name(), load_vocabulary()) + 1.5 * field_score(role, layer.fields().names())


def assign_roles(roles: Sequence[str], layers: Iterable[QgsVectorLayer]) -> dict[str, Optional[QgsVectorLayer]]:
    """The best layer for each role, each layer used once (the assignment with the highest total score);
    a role no layer fits well enough gets None."""
    candidates = [lyr for lyr in layers if isinstance(lyr, QgsVectorLayer)]
    out: dict[str, Optional[QgsVectorLayer]] = {role: None for role in roles}
    if not candidates or not roles:
        return out
    score = np.array([[role_score(role, lyr) for lyr in candidates] for role in roles])
    rows, cols = linear_sum_assignment(score, maximize=True)
    for r, c in zip(rows, cols):
        if score[r, c] >= MIN_SCORE:
            out[roles[r]] = candidates[c]
    return out
