"""Write resources/styles/<layer>.qml (Chinese) and <layer>.en.qml (English): the plugin's style and form of each
planning layer, for "Load Style…" on layers that were not made with the plugin's template."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "styles"
# The file name of each language's style: the planners' language plain, the other one marked.
SUFFIX = {"zh": ".qml", "en": ".en.qml"}


def _portable_value_relations(layer: QgsVectorLayer) -> None:  # noqa: F821 (imported once QGIS runs)
    """Value relations find their table by name in the user's project, not by this run's id or path."""
    from qgis.core import QgsEditorWidgetSetup

    for idx in range(layer.fields().count()):
        setup = layer.editorWidgetSetup(idx)
        if setup.type() == "ValueRelation":
            config = dict(setup.config(), Layer="", LayerSource="")
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ValueRelation", config))


def write_styles(out: Path, standard: object = None) -> list[Path]:
    """Create a template in a temporary folder, style each layer in each language, save the QML files
    (QGIS must be running); the files written."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from smart_community_plugin.core.messages import current_language, set_language
    from smart_community_plugin.layers.schema import PLANNING_LAYERS
    from smart_community_plugin.layers.styling import style_planning_layer
    from smart_community_plugin.layers.template import SMART_TABLE
    from smart_community_plugin.pipeline.template import create_template
    from smart_community_plugin.standard import load_standard

    standard = standard or load_standard()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    before = current_language()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "template.gpkg"
        create_template(path, QgsCoordinateReferenceSystem("EPSG:4548"), standard=standard)
        smart = QgsVectorLayer(f"{path}|layername={SMART_TABLE}", SMART_TABLE, "ogr")
        try:
            for language, suffix in SUFFIX.items():
                set_language(language)  # the words of the form (labels, tabs, choices, reasons) in that language
                for spec in PLANNING_LAYERS:
                    layer = QgsVectorLayer(f"{path}|layername={spec.name}", spec.name, "ogr")
                    style_planning_layer(layer, spec.name, standard, smart, language=language)
                    _portable_value_relations(layer)
                    target = out / f"{spec.name}{suffix}"
                    message, ok = layer.saveNamedStyle(str(target))
                    if not ok:
                        raise SystemExit(f"{spec.name}: {message}")
                    written.append(target)
                    del layer
        finally:
            set_language(before)
        del smart
    return written


def main() -> None:
    """Start QGIS and write the styles into resources/styles."""
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for path in write_styles(OUT):
        print(path.relative_to(ROOT))
    # No exitQgis(): tearing QGIS down under Python's feet crashes at exit; the files are written.


if __name__ == "__main__":
    main()
