"""Apply planning styles and forms to layers that exist already (a submission, a colleague's file): each layer's
role from its geometry, name and fields, then that role's style and form.

The facilities form's multi-select of smart items needs a table of the standard's items per facility type. A
project made from the template has one; otherwise the table is written, under the output contract, into the
plugin's own folder of the QGIS profile (`<profile>/smart_community/`), named by a digest of its content: it
is derived from the standard, the same for every project, so one file serves them all; the user's folders and
input files are never written to (a submission under review stays exactly as it was handed in).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.messages import SENTENCE_SEPARATOR
from ..i18n import tr
from ..layers.role_match import assign_roles, role_score
from ..layers.roles import REVIEW_ROLES
from ..layers.schema import PLANNING_LAYERS, layer_spec
from ..layers.styling import style_planning_layer
from ..layers.template import SMART_TABLE, SMART_TABLE_FIELDS, smart_requirement_rows
from ..layers.vector_write import LayerData
from ..pipeline.outputs import Outputs
from ..standard.model import Standard
from ..standard.vocabulary import propose_fields
from .words import role_name, ui_language

# The roles that have a planning style and form (the template's layers); others are recognised, left alone.
STYLED_ROLES = tuple(spec.name for spec in PLANNING_LAYERS)


@dataclass
class Applied:
    """What the action did: layers styled as a role, layers left as they were (with the role they were
    recognised as, if any), and the smart-items table the facilities form reads."""

    styled: list[tuple[QgsVectorLayer, str]] = field(default_factory=list)
    left: list[tuple[QgsVectorLayer, Optional[str]]] = field(default_factory=list)
    table: Optional[QgsVectorLayer] = None
    table_written: Optional[Path] = None


def table_folder() -> Path:
    """The plugin's folder in the QGIS profile (beside its dependency folder)."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "smart_community"


def _items(rows: Iterable[tuple[Any, list]]) -> set[tuple[str, str]]:
    """(facility type, smart item) of each row of a smart-items table."""
    return {(str(values[0]), str(values[1])) for _geom, values in rows}


def holds_the_standard(layer: Any, rows: list[tuple[Any, list]]) -> bool:
    """Whether a layer is a smart-items table with exactly the standard's items (a stale copy is not used)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return False
    names = layer.fields().names()
    if not {"facility_type", "code", "label"} <= set(names):
        return False
    have = {(str(f["facility_type"]), str(f["code"])) for f in layer.getFeatures()}
    return have == _items(rows)


def smart_items_table(project: QgsProject, standard: Standard, folder: Optional[Path] = None
                      ) -> tuple[QgsVectorLayer, Optional[Path]]:
    """The project's table of the standard's smart items, else the plugin's own (written once per edition
    of the standard) added to the project; and the file written now, if any."""
    rows = smart_requirement_rows(standard)
    for layer in project.mapLayers().values():
        if holds_the_standard(layer, rows):
            return layer, None
    digest = hashlib.sha256(json.dumps([v for _g, v in rows], ensure_ascii=False).encode("utf-8")).hexdigest()
    path = (folder or table_folder()) / f"{SMART_TABLE}-{digest[:12]}.gpkg"
    uri = f"{path}|layername={SMART_TABLE}"
    written = None
    if not (path.exists() and holds_the_standard(QgsVectorLayer(uri, SMART_TABLE, "ogr"), rows)):
        path.parent.mkdir(parents=True, exist_ok=True)
        # The project's own files are inputs of this write: the contract refuses to touch any of them.
        with Outputs([lyr.source() for lyr in project.mapLayers().values()], overwrite=True) as outputs:
            outputs.vector(path, [LayerData(SMART_TABLE, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem(),
                                            list(SMART_TABLE_FIELDS), rows)])
        written = path
    table = QgsVectorLayer(uri, SMART_TABLE, "ogr")
    if not table.isValid():
        raise OSError(tr("Cannot open the smart-items table {}.").format(path))
    table.setReadOnly(True)  # derived from the standard: an edit would be lost with its next edition
    project.addMapLayer(table, False)
    project.layerTreeRoot().addLayer(table)  # at the bottom, in sight: the form reads it (found by name too)
    return table, written


def layer_roles(candidates: list[QgsVectorLayer],
                picked: Optional[Mapping[str, Optional[QgsVectorLayer]]] = None) -> dict[str, str]:
    """Layer id -> role: the planner's picks (the workbench's) as they are, the rest by role_match, each role
    to one layer over the whole project (a lone selected layer is not guessed in isolation)."""
    role_of: dict[str, str] = {}
    for role, layer in (picked or {}).items():
        if isinstance(layer, QgsVectorLayer) and layer.id() not in role_of and role in REVIEW_ROLES:
            role_of[layer.id()] = role
    roles = [r for r in REVIEW_ROLES if r not in role_of.values()]
    free = [lyr for lyr in candidates if lyr.id() not in role_of]
    assigned = assign_roles(roles, free)
    for role, layer in assigned.items():
        if layer is not None and role in STYLED_ROLES:
            assigned[role] = _template_geometry_on_a_tie(role, layer, [c for c in free if c not in assigned.values()])
    role_of.update({lyr.id(): role for role, lyr in assigned.items() if lyr is not None})
    return role_of


def _template_geometry_on_a_tie(role: str, layer: QgsVectorLayer, others: list[QgsVectorLayer]) -> QgsVectorLayer:
    """Of layers that fit a role equally well (facility points and facility polygons with the same fields and
    alike names), the one with the template's geometry: the role's style is drawn for it."""
    wanted = QgsWkbTypes.geometryType(QgsWkbTypes.parseType(layer_spec(role).geometry))
    if QgsWkbTypes.geometryType(layer.wkbType()) == wanted:
        return layer
    score = role_score(role, layer)
    return next((o for o in others if QgsWkbTypes.geometryType(o.wkbType()) == wanted
                 and math.isclose(role_score(role, o), score)), layer)


def field_names(role: str, layer: QgsVectorLayer) -> dict[str, str]:
    """The schema's field -> the layer's: its own exact names first, then the intake vocabulary's aliases."""
    have = layer.fields().names()
    schema = [f.name for f in layer_spec(role).fields]
    return {**propose_fields(role, have), **{n: n for n in schema if n in have}}


def apply_planning_styles(project: QgsProject, standard: Standard, targets: Optional[Iterable[Any]] = None,
                          picked: Optional[Mapping[str, Optional[QgsVectorLayer]]] = None,
                          folder: Optional[Path] = None, language: Optional[str] = None) -> Applied:
    """Style and give forms to the target layers (default: every vector layer of the project) by their role."""
    # In the legend's order (top first), so the message reads like the layers panel; then any not in the legend.
    ordered = [node.layer() for node in project.layerTreeRoot().findLayers()]
    ordered += [lyr for lyr in project.mapLayers().values() if lyr not in ordered]
    vectors = [lyr for lyr in ordered if isinstance(lyr, QgsVectorLayer) and lyr.isSpatial()]
    chosen = [lyr for lyr in (targets if targets is not None else vectors)
              if isinstance(lyr, QgsVectorLayer) and lyr.isSpatial()]
    role_of = layer_roles(vectors + [lyr for lyr in chosen if lyr not in vectors], picked)
    applied = Applied()
    for layer in chosen:
        role = role_of.get(layer.id())
        if role not in STYLED_ROLES:
            applied.left.append((layer, role))
            continue
        if role == "facilities" and applied.table is None:
            applied.table, applied.table_written = smart_items_table(project, standard, folder)
        style_planning_layer(layer, role, standard, applied.table, field_names(role, layer), language)
        layer.triggerRepaint()
        applied.styled.append((layer, role))
    return applied


def summary(applied: Applied) -> tuple[str, Qgis.MessageLevel]:
    """What was styled as what, and what was left alone, in the interface language."""
    sep = SENTENCE_SEPARATOR[ui_language()]
    said = []
    if applied.styled:
        said.append(tr("Planning styles and forms applied: {}.").format(sep.join(
            tr("“{}” as {}").format(layer.name(), role_name(role)) for layer, role in applied.styled)))
    if applied.left:
        said.append(tr("Left as they were: {}.").format(sep.join(
            tr("“{}” ({}: no planning style)").format(layer.name(), role_name(role)) if role else
            tr("“{}” (no planning role recognised)").format(layer.name()) for layer, role in applied.left)))
    if applied.table_written is not None:
        said.append(tr("The facilities form lists the standard's smart items from {}.").format(applied.table_written))
    if not said:
        return tr("No vector layers to style: add the plan's layers to the project first."), Qgis.MessageLevel.Info
    level = Qgis.MessageLevel.Success if applied.styled else Qgis.MessageLevel.Warning
    return ("" if ui_language() == "zh" else " ").join(said), level


def apply_to_selection(iface: Any, picked: Optional[Mapping[str, Optional[QgsVectorLayer]]] = None) -> Applied:
    """The action: the layers selected in the legend (groups included), else every vector layer; then say
    in the message bar what was styled as what."""
    from ..standard import load_standard

    view = iface.layerTreeView()
    selected = [lyr for lyr in view.selectedLayersRecursive() if isinstance(lyr, QgsVectorLayer)]
    applied = apply_planning_styles(QgsProject.instance(), load_standard(), selected or None, picked)
    for layer, _role in applied.styled:
        view.refreshLayerSymbology(layer.id())
    text, level = summary(applied)
    iface.messageBar().pushMessage(tr("Apply planning styles and forms"), text, level, 15)
    return applied
