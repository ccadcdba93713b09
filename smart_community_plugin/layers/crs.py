"""Choose the metric working CRS: CGCS2000 3-degree Gauss-Kruger in China, UTM elsewhere."""

from __future__ import annotations

import math
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)

# CGCS2000 / 3-degree Gauss-Kruger CM 75E is EPSG:4534, each zone 3 degrees east adds one, up to CM 135E (4554).
GK_FIRST_EPSG, GK_FIRST_CM, GK_LAST_CM, GK_WIDTH = 4534, 75, 135, 3
_CHINA_LON, _CHINA_LAT = (73.0, 136.0), (3.0, 54.0)


def gauss_kruger_epsg(longitude: float) -> Optional[int]:
    """The EPSG code of the CGCS2000 3-degree Gauss-Kruger zone whose central meridian is nearest to a
    longitude (EPSG:4534-4554, CM 75E-135E); a longitude on a border (CM +/- 1.5) belongs to the western
    zone; None outside the zones (73.5E-136.5E)."""
    half = GK_WIDTH / 2
    if not (math.isfinite(longitude) and GK_FIRST_CM - half <= longitude <= GK_LAST_CM + half):
        return None
    # ceil, not round(): Python rounds halves to even, which would send one border east and the next west.
    cm = min(max(GK_WIDTH * math.ceil((longitude - half) / GK_WIDTH), GK_FIRST_CM), GK_LAST_CM)
    return GK_FIRST_EPSG + (cm - GK_FIRST_CM) // GK_WIDTH


def is_transverse_mercator_metres(crs: QgsCoordinateReferenceSystem) -> bool:
    """A projected CRS in metres with small scale error over a community (tmerc/UTM)."""
    if not crs.isValid() or crs.isGeographic():
        return False
    proj = crs.toProj()
    return (crs.mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters
            and ("+proj=tmerc" in proj or "+proj=utm" in proj))


def crs_for_lonlat(lon: float, lat: float) -> QgsCoordinateReferenceSystem:
    """The CGCS2000 Gauss-Kruger 3-degree zone at this place in China, else the UTM zone; an invalid CRS
    when the place is not a longitude/latitude at all (empty or broken data)."""
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        return QgsCoordinateReferenceSystem()
    if _CHINA_LON[0] <= lon <= _CHINA_LON[1] and _CHINA_LAT[0] <= lat <= _CHINA_LAT[1]:
        # The China box is a little wider than the zones: its edges take the outermost zone.
        epsg = gauss_kruger_epsg(min(max(lon, GK_FIRST_CM), GK_LAST_CM))
        return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    zone = int(math.floor((lon + 180) / 6)) % 60 + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")


def working_crs(source: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """Keep a transverse-Mercator metre CRS as it is; otherwise pick one from the data's location."""
    if is_transverse_mercator_metres(source):
        return source
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = extent.center()
    if extent.isNull() or not extent.isFinite():
        return QgsCoordinateReferenceSystem()
    if source != wgs84:
        ct = QgsCoordinateTransform(source, wgs84, QgsProject.instance().transformContext())
        try:
            centre = ct.transform(centre)
        except QgsCsException:
            return QgsCoordinateReferenceSystem()
    return crs_for_lonlat(centre.x(), centre.y())
