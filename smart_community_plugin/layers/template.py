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
                      ("strength", "string"), ("clause", "string"), ("label_zh", "string"), ("label_en", "string"))
# English words for the strengths in the English form's labels.
_STRENGTH_EN = {"必须": "must", "应": "shall", "宜": "should", "可": "may"}


def smart_requirement_rows(standard: Standard) -> list[tuple[None, list[str]]]:
    """One row per (facility type, smart item), general 4.5.10 items included, labelled for the form."""
    rows = []
    for ftype in standard.facilities:
        for item in standard.smart_requirements_for(ftype.code):
            # One label a language, so a Chinese form shows no English (label: tables made before both existed).
            zh = f"{item.text_zh}（{item.strength.zh}）"
            en = f"{item.text_en} ({_STRENGTH_EN.get(item.strength.zh, item.strength.zh)})"
            rows.append((None, [ftype.code, item.code, zh, item.strength.zh, item.clause, zh, en]))
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
