"""smart_community:import_osm — buildings, facilities and the walkable network from OpenStreetMap."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException,
    QgsProcessingFeedback, QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterExtent,
    QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
)

from ..i18n import tr
from ..layers.atomic import OutputExistsError
from ..layers.osm_import import OsmImportError, import_osm
from ..standard import load_standard


class ImportOsmAlgorithm(QgsProcessingAlgorithm):
    """INPUT (.osm, .osm.pbf), optional EXTENT, OUTPUT (a planning GeoPackage)."""

    def name(self) -> str:
        return "import_osm"

    def displayName(self) -> str:
        return tr("Import OpenStreetMap data")

    def group(self) -> str:
        return tr("Data")

    def groupId(self) -> str:
        return "data"

    def shortHelpString(self) -> str:
        return tr("Reads an .osm or .osm.pbf file with QGIS's OSM driver into a planning GeoPackage in the "
                  "site's metric CRS: buildings with building:levels, height and use; facilities by their tags "
                  "(amenity=kindergarten, healthcare=*, highway=bus_stop, amenity=toilets, "
                  "shop=convenience/supermarket, amenity=parcel_locker/post_office, leisure=pitch/"
                  "fitness_station, amenity=community_centre, social_facility=*, amenity=recycling …, see "
                  "resources/standard/aliases.json); the road network with a walkable flag. Every feature "
                  "records its data source (ODbL) and time of entry (6.4.2). Draw the community boundary "
                  "afterwards.")

    def createInstance(self) -> "ImportOsmAlgorithm":
        return ImportOsmAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("OpenStreetMap file (.osm, .osm.pbf)"),
                                                     fileFilter="OpenStreetMap (*.osm *.pbf)"))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", tr("Only this area"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", tr("Replace an existing file"), False))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Planning GeoPackage"),
                                                                "GeoPackage (*.gpkg)"))
        for key, label in (("BUILDINGS", tr("Buildings")), ("FACILITIES", tr("Facilities")),
                           ("ROADS", tr("Roads and paths"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        path = self.parameterAsFile(parameters, "INPUT", context)
        out = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        extent = None
        if parameters.get("EXTENT") not in (None, ""):
            extent = self.parameterAsExtent(parameters, "EXTENT", context, QgsCoordinateReferenceSystem("EPSG:4326"))

        def progress(fraction: float) -> bool:
            feedback.setProgress(100 * fraction)
            return not feedback.isCanceled()

        try:
            result = import_osm(path, out, load_standard(), self.parameterAsBoolean(parameters, "OVERWRITE", context),
                                extent, progress)
        except (OsmImportError, OutputExistsError, OSError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(tr("{} buildings, {} facilities, {} roads in {}; facility types: {}").format(
            result.counts["buildings"], result.counts["facilities"], result.counts["roads"], result.crs,
            ", ".join(f"{k} {v}" for k, v in sorted(result.facility_types.items()))))
        return {"OUTPUT": out, "BUILDINGS": result.counts["buildings"], "FACILITIES": result.counts["facilities"],
                "ROADS": result.counts["roads"]}
