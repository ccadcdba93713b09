"""Write hand-made test layers to real GeoPackages with geopandas (independent of the plugin's writer)."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional

import geopandas as gpd
import shapely
from qgis.core import QgsVectorLayer

CRS = "EPSG:4548"


def write(path: Path, layer: str, rows: list[dict[str, Any]], crs: Optional[str] = CRS,
          geometry_type: Optional[str] = None) -> str:
    """Write rows (each with a 'geometry') as one GeoPackage layer; return its QGIS URI."""
    geoms = [r["geometry"] for r in rows]
    data = [{k: v for k, v in r.items() if k != "geometry"} for r in rows]
    if rows:
        df = gpd.GeoDataFrame(data, geometry=geoms, crs=crs)
    else:
        df = gpd.GeoDataFrame({"name": []}, geometry=gpd.GeoSeries([], crs=crs), crs=crs)
        geometry_type = geometry_type or "Point"
    kwargs = {"geometry_type": geometry_type} if geometry_type else {}
    df.to_file(path, layer=layer, driver="GPKG", engine="pyogrio", **kwargs)
    return f"{path}|layername={layer}"


def vlayer(uri: str, name: str = "layer") -> QgsVectorLayer:
    """Open a layer URI with the OGR provider and check that it is valid."""
    layer = QgsVectorLayer(uri, name, "ogr")
    assert layer.isValid(), uri
    return layer


def square(cx: float, cy: float, half: float = 5.0):
    """A square building footprint centred on (cx, cy)."""
    return shapely.box(cx - half, cy - half, cx + half, cy + half)


def scheme(path: Path, buildings: list[dict], facilities: list[dict], community=None,
           community_attrs: Optional[dict] = None, compounds: Optional[list[dict]] = None,
           crs: str = CRS) -> dict[str, QgsVectorLayer]:
    """A whole hand-made scheme in one GeoPackage: community, buildings, facilities (, compounds)."""
    community = community if community is not None else shapely.box(-1000, -1000, 1000, 1000)
    out = {
        "community": vlayer(write(path, "community", [dict(geometry=community, name="test",
                                                             **(community_attrs or {"kind": "new"}))], crs)),
        "buildings": vlayer(write(path, "buildings", buildings, crs, "Polygon")),
        "facilities": vlayer(write(path, "facilities", facilities, crs)),
    }
    if compounds is not None:
        out["compounds"] = vlayer(write(path, "compounds", compounds, crs))
    return out


@contextmanager
def docked(layers, qtbot):
    """A workbench on a fresh project holding the layers, each picked for its role; cleaned up after."""
    from qgis.core import QgsProject

    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    project = QgsProject()
    project.addMapLayers(list(layers.values()))
    dock = WorkbenchDock(project)
    qtbot.addWidget(dock)
    try:
        for role, layer in layers.items():
            dock.planning.pickers[role].setLayer(layer)
        yield dock
    finally:
        dock.disconnect_project()
        project.clear()


def reopened(dock, project, path, qtbot):
    """Save the dock's project to `path`, let go of it, and open the file in a new project and workbench, as a
    planner reopening tomorrow; returns (workbench, project)."""
    from qgis.core import QgsProject

    from smart_community_plugin.gui.workbench_dock import WorkbenchDock

    assert project.write(str(path))
    dock.disconnect_project()
    again = QgsProject()
    assert again.read(str(path))
    workbench = WorkbenchDock(again)
    qtbot.addWidget(workbench)
    return workbench, again
