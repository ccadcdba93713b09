"""Write resources/styles/<layer>.qml: the plugin's style and form of each planning layer, for
"Load Style…" on layers that were not made with the plugin's template."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "styles"


def _portable_value_relations(layer: QgsVectorLayer) -> None:  # noqa: F821 (imported once QGIS runs)
    """Value relations find their table by name in the user's project, not by this run's id or path."""
    from qgis.core import QgsEditorWidgetSetup

    for idx in range(layer.fields().count()):
        setup = layer.editorWidgetSetup(idx)
        if setup.type() == "ValueRelation":
            config = dict(setup.config(), Layer="", LayerSource="")
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ValueRelation", config))


def main() -> None:
    """Create a template in a temporary folder, style each layer and save its QML."""
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from smart_community_plugin.layers.schema import PLANNING_LAYERS
    from smart_community_plugin.layers.styling import style_planning_layer
    from smart_community_plugin.layers.template import SMART_TABLE
    from smart_community_plugin.pipeline.template import create_template
    from smart_community_plugin.standard import load_standard

    standard = load_standard()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "template.gpkg"
        create_template(path, QgsCoordinateReferenceSystem("EPSG:4548"), standard=standard)
        smart = QgsVectorLayer(f"{path}|layername={SMART_TABLE}", SMART_TABLE, "ogr")
        for spec in PLANNING_LAYERS:
            layer = QgsVectorLayer(f"{path}|layername={spec.name}", spec.name, "ogr")
            style_planning_layer(layer, spec.name, standard, smart)
            _portable_value_relations(layer)
            message, ok = layer.saveNamedStyle(str(OUT / f"{spec.name}.qml"))
            if not ok:
                raise SystemExit(f"{spec.name}: {message}")
            print(f"resources/styles/{spec.name}.qml")
            del layer
        del smart
    # No exitQgis(): tearing QGIS down under Python's feet crashes at exit; the files are written.


if __name__ == "__main__":
    main()
