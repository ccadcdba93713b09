"""Create an empty planning GeoPackage with the layers and fields of the schema."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes

from ..standard.model import Standard
from .schema import PLANNING_LAYERS
from .vector_write import LayerData

# The attribute form's multi-select of a facility's smart requirements reads its choices from this table.
SMART_TABLE = "smart_requirements"
SMART_TABLE_FIELDS = (("facility_type", "string"), ("code", "string"), ("label", "string"),
                      ("strength", "string"), ("clause", "string"))


def smart_requirement_rows(standard: Standard) -> list[tuple[None, list[str]]]:
    """One row per (facility type, smart item), general 4.5.10 items included, labelled for the form."""
    rows = []
    for ftype in standard.facilities:
        for item in standard.smart_requirements_for(ftype.code):
            label = f"{item.text_zh} {item.text_en} ({item.strength.zh})"
            rows.append((None, [ftype.code, item.code, label, item.strength.zh, item.clause]))
    return rows


def template_layers(crs: QgsCoordinateReferenceSystem, standard: Optional[Standard] = None) -> list[LayerData]:
    """The planning layers (empty) and the smart-requirements table, as data for the writer."""
    if not crs.isValid():
        from ..core.errors import OutputError

        raise OutputError.of("error.template.no_crs")
    if standard is None:
        from ..standard import load_standard

        standard = load_standard()
    layers = [LayerData(spec.name, QgsWkbTypes.parseType(spec.geometry), crs, [(f.name, f.type) for f in spec.fields],
                        []) for spec in PLANNING_LAYERS]
    layers.append(LayerData(SMART_TABLE, QgsWkbTypes.Type.NoGeometry, crs, list(SMART_TABLE_FIELDS),
                            smart_requirement_rows(standard)))
    return layers
