"""smart_community:convert_coordinates — GCJ-02 / BD-09 / WGS84 for layers from Chinese web maps."""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry,
    QgsProcessing, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
    QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
)

from ..core.chinese_coords import SYSTEMS, convert
from ..i18n import tr
from .sinks import copy_features

GEOGRAPHIC = QgsCoordinateReferenceSystem("EPSG:4326")


def convert_geometry(geom: QgsGeometry, source: str, target: str,
                     to_lonlat: QgsCoordinateTransform | None = None) -> QgsGeometry:
    """One geometry, any type, vertex by vertex (through longitude/latitude when the layer is projected)."""
    if geom.isNull() or geom.isEmpty():
        return geom
    g = QgsGeometry(geom)
    if to_lonlat is not None:
        g.transform(to_lonlat)
    shape = shapely.from_wkb(bytes(g.asWkb()))

    def move(xy: np.ndarray) -> np.ndarray:
        lon, lat = convert(xy[:, 0], xy[:, 1], source, target)
        return np.column_stack([lon, lat])

    out = QgsGeometry()
    out.fromWkb(shapely.to_wkb(shapely.transform(shape, move), include_srid=False))
    if to_lonlat is not None:
        out.transform(to_lonlat, QgsCoordinateTransform.TransformDirection.ReverseTransform)
    return out


class ConvertCoordinatesAlgorithm(QgsProcessingAlgorithm):
    """INPUT, FROM, TO (wgs84, gcj02, bd09), OUTPUT: the same features with converted coordinates."""

    def name(self) -> str:
        return "convert_coordinates"

    def displayName(self) -> str:
        return tr("Convert Chinese web-map coordinates (GCJ-02, BD-09, WGS84)")

    def group(self) -> str:
        return tr("Data")

    def groupId(self) -> str:
        return "data"

    def shortHelpString(self) -> str:
        return tr("Amap and Tencent publish GCJ-02 coordinates, Baidu BD-09; both are shifted by hundreds of "
                  "metres from WGS84 inside China. This converts every vertex of any geometry type between "
                  "wgs84, gcj02 and bd09 (inverses by iteration, below a millimetre). The layer keeps its "
                  "CRS; projected layers are converted through longitude and latitude. CGCS2000 is treated "
                  "as WGS84, which is within centimetres. Points outside China are not moved.")

    def createInstance(self) -> "ConvertCoordinatesAlgorithm":
        return ConvertCoordinatesAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Input layer"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterEnum("FROM", tr("From"), list(SYSTEMS), defaultValue="gcj02",
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum("TO", tr("To"), list(SYSTEMS), defaultValue="wgs84",
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Converted")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        a = self.parameterAsString(parameters, "FROM", context)
        b = self.parameterAsString(parameters, "TO", context)
        crs = source.sourceCrs()
        if not crs.isValid():
            raise QgsProcessingException(tr("The input layer has no CRS; set it (longitude/latitude) first."))
        to_lonlat = None if crs.isGeographic() else QgsCoordinateTransform(crs, GEOGRAPHIC, context.transformContext())
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, source.fields(), source.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        def converted(feat: QgsFeature) -> QgsFeature:
            out = QgsFeature(feat)
            out.setGeometry(convert_geometry(feat.geometry(), a, b, to_lonlat))
            return out

        copy_features(source, sink, converted, feedback)
        return {"OUTPUT": dest}
