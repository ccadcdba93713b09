"""smart_community:convert_coordinates — GCJ-02 / BD-09 / WGS84 for layers from Chinese web maps."""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ..core.chinese_coords import SYSTEMS, convert
from ..core.errors import Cancelled, InputError
from ..i18n import tr, tr_noop
from ..layers.vector_write import LayerData
from .base import SmartAlgorithm
from .destinations import write_sink

GEOGRAPHIC = QgsCoordinateReferenceSystem("EPSG:4326")


def convert_geometry(geom: QgsGeometry, source: str, target: str,
                     to_lonlat: QgsCoordinateTransform | None = None) -> QgsGeometry:
    """One geometry, any type, vertex by vertex (through longitude/latitude when the layer is projected)."""
    if geom.isNull() or geom.isEmpty():
        return geom
    g = QgsGeometry(geom)
    if to_lonlat is not None:
        g.transform(to_lonlat)
    shape = shapely.from_wkb(bytes(g.asWkb()), on_invalid="ignore")
    if shape is None:
        return QgsGeometry()

    def move(xy: np.ndarray) -> np.ndarray:
        lon, lat = convert(xy[:, 0], xy[:, 1], source, target)
        return np.column_stack([lon, lat])

    out = QgsGeometry()
    out.fromWkb(shapely.to_wkb(shapely.transform(shape, move), include_srid=False))
    if to_lonlat is not None:
        out.transform(to_lonlat, QgsCoordinateTransform.TransformDirection.ReverseTransform)
    return out


SKIP_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks


class ConvertCoordinatesAlgorithm(SmartAlgorithm):
    """INPUT, FROM, TO (wgs84, gcj02, bd09), OUTPUT: the same features with converted coordinates."""

    NAME, GROUP = "convert_coordinates", "data"
    TITLE = tr_noop("Convert Chinese web-map coordinates (GCJ-02, BD-09, WGS84)")
    HELP = tr_noop("Amap and Tencent publish GCJ-02 coordinates, Baidu BD-09; both are shifted by hundreds of "
                   "metres from WGS84 inside China. This converts every vertex of any geometry type between "
                   "wgs84, gcj02 and bd09 (inverses by iteration, below a millimetre). The layer keeps its "
                   "CRS; projected layers are converted through longitude and latitude. CGCS2000 is treated "
                   "as WGS84, which is within centimetres. Points outside China are not moved. Fields that hold "
                   "a person's contacts are masked (6.4.3).")

    def define(self) -> None:
        """The layer, the two systems, the converted copy."""
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Input layer"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterEnum("FROM", tr("From"), list(SYSTEMS), defaultValue="gcj02",
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum("TO", tr("To"), list(SYSTEMS), defaultValue="wgs84",
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Converted")))

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Every feature converted, attributes through the privacy filter."""
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        a = self.parameterAsString(parameters, "FROM", context)
        b = self.parameterAsString(parameters, "TO", context)
        crs = source.sourceCrs()
        if not crs.isValid():
            raise InputError(tr("The input layer has no CRS; set it (longitude/latitude) first."))
        to_lonlat = None if crs.isGeographic() else QgsCoordinateTransform(crs, GEOGRAPHIC, context.transformContext())
        total = max(source.featureCount(), 1)

        def rows() -> Any:
            # Geometries are copied as they are: validation reports invalid ones. (QGIS's own check would abort
            # the iteration by throwing through Python, which is not safe.)
            for n, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_CHECKS)):
                if feedback.isCanceled():
                    raise Cancelled(tr("Cancelled."))
                feedback.setProgress(100 * n / total)
                try:
                    geom = convert_geometry(feat.geometry(), a, b, to_lonlat)
                except (QgsCsException, shapely.errors.GEOSException, ValueError) as exc:
                    raise InputError(tr("Feature #{} cannot be converted: its coordinates are not on the earth "
                                        "({})").format(feat.id(), exc)) from exc
                yield geom, feat.attributes()

        with self.outputs(parameters, context) as outputs:
            dest = write_sink(self, parameters, "OUTPUT", context, outputs,
                              LayerData("converted", source.wkbType(), crs, [], rows(), fields=source.fields()))
        return {"OUTPUT": dest}
