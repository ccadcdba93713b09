"""Choose the metric working CRS: CGCS2000 3-degree Gauss-Kruger in China, UTM elsewhere."""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)

# CGCS2000 / 3-degree Gauss-Kruger CM 75E is EPSG:4534; each next 3-degree zone adds one.
_GK_FIRST_EPSG, _GK_FIRST_CM, _GK_LAST_CM = 4534, 75, 135
_CHINA_LON, _CHINA_LAT = (73.0, 136.0), (3.0, 54.0)


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
        cm = min(max(round(lon / 3) * 3, _GK_FIRST_CM), _GK_LAST_CM)
        return QgsCoordinateReferenceSystem(f"EPSG:{_GK_FIRST_EPSG + (cm - _GK_FIRST_CM) // 3}")
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
