"""New planning project: its CRS (a CGCS2000 3-degree zone), the template GeoPackage, its layers added to the
project, styled, with forms."""

from __future__ import annotations

import os
from typing import Any, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProject,
    QgsVectorLayer,
)

from .. import settings
from ..i18n import tr
from ..layers.crs import gauss_kruger_epsg
from ..layers.schema import PLANNING_LAYERS
from ..layers.styling import style_planning_layer
from ..layers.template import SMART_TABLE
from ..pipeline.template import create_template
from ..standard.model import Standard
from .words import term

# Drawn from the bottom up: the boundary under everything, facilities on top.
DRAW_ORDER = ("community", "compounds", "buildings", "roads", "facilities")
BEIJING_LONGITUDE = 116.4   # the fallback when neither the map nor the planner's last choice tells a place
CHINA_LATITUDES = (3.0, 54.0)   # a map centred elsewhere says nothing about a Chinese zone
SETTING = "new_project_crs"


def canvas_longitude(canvas: Any) -> Optional[float]:
    """The longitude of the map's centre when the map shows something in China; None for an empty map."""
    if canvas is None or not canvas.layers() or canvas.extent().isEmpty():
        return None
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = canvas.extent().center()
    source = canvas.mapSettings().destinationCrs()
    if source.isValid() and source != wgs84:
        try:
            centre = QgsCoordinateTransform(source, wgs84, QgsProject.instance().transformContext()).transform(centre)
        except QgsCsException:
            return None
    if not CHINA_LATITUDES[0] <= centre.y() <= CHINA_LATITUDES[1]:
        return None
    return centre.x()


def _stored_crs(text: str) -> QgsCoordinateReferenceSystem:
    """A CRS kept in the settings: an authority id, else WKT (a custom CRS has no id)."""
    if not text:
        return QgsCoordinateReferenceSystem()
    crs = QgsCoordinateReferenceSystem(text)
    return crs if crs.isValid() else QgsCoordinateReferenceSystem.fromWkt(text)


def preset_crs(longitude: Optional[float], last_choice: str = "") -> QgsCoordinateReferenceSystem:
    """The CRS the dialog proposes: the zone of the map's centre, else the planner's last choice, else the
    zone of Beijing."""
    epsg = gauss_kruger_epsg(longitude) if longitude is not None else None
    if epsg is not None:
        return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    last = _stored_crs(last_choice)
    if last.isValid():
        return last
    return QgsCoordinateReferenceSystem(f"EPSG:{gauss_kruger_epsg(BEIJING_LONGITUDE)}")


def ask_planning_crs(parent: Any = None, canvas: Any = None) -> Optional[QgsCoordinateReferenceSystem]:
    """Ask for the new project's CRS (titled, preset by preset_crs); the choice is remembered. None: cancelled."""
    from qgis.gui import QgsProjectionSelectionDialog

    dialog = QgsProjectionSelectionDialog(parent)
    dialog.setWindowTitle(tr("Coordinate reference system of the new planning project"))
    dialog.setMessage(tr("The planning layers measure in metres: a CGCS2000 3-degree Gauss-Kruger zone "
                         "(EPSG:4534–4554) is proposed from the centre of the map, or your last choice."))
    dialog.setCrs(preset_crs(canvas_longitude(canvas), settings.get(SETTING)))
    if not dialog.exec():
        return None
    crs = dialog.crs()
    if crs.isValid():
        settings.set_value(SETTING, crs.authid() or crs.toWkt())
    return crs


def _open(path: str | os.PathLike, name: str, shown: str) -> QgsVectorLayer:
    """A layer of the new template, named for the legend; it must open."""
    layer = QgsVectorLayer(f"{path}|layername={name}", shown, "ogr")
    if not layer.isValid():
        raise OSError(f"Cannot open layer {name} of {path}")
    return layer


def create_planning_project(path: str | os.PathLike, crs: QgsCoordinateReferenceSystem, standard: Standard,
                            project: QgsProject) -> list[QgsVectorLayer]:
    """Write the template and add its layers (top layer first in the legend); the map layers added. The
    file dialog asked before replacing a file; a file the project's layers come from is never replaced."""
    create_template(path, crs, overwrite=True, standard=standard,
                    protect=[layer.source() for layer in project.mapLayers().values()])
    names = [spec.name for spec in PLANNING_LAYERS]
    group = project.layerTreeRoot().insertGroup(0, tr("Smart community plan"))
    # The facilities form's multi-select reads this table, so it is in the project (at the bottom).
    smart_table = _open(path, SMART_TABLE, tr("Smart requirements (table of the standard)"))
    project.addMapLayer(smart_table, False)
    added = []
    for name in reversed(DRAW_ORDER):
        if name not in names:
            continue
        # The legend in the interface's language (社区边界, 建筑 …); roles are found by fields and names anyway.
        layer = _open(path, name, term("role", name))
        style_planning_layer(layer, name, standard, smart_table)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        added.append(layer)
    group.addLayer(smart_table)
    return added
