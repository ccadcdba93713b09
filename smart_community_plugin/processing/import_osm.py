"""smart_community:import_osm — buildings, facilities and the walkable network from OpenStreetMap."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..i18n import tr, tr_noop
from ..layers.osm_import import read_osm
from ..layers.roles import ROLES
from ..standard import load_standard
from .base import SmartAlgorithm


class ImportOsmAlgorithm(SmartAlgorithm):
    """INPUT (.osm, .osm.pbf), optional EXTENT, OUTPUT (a planning GeoPackage)."""

    NAME, GROUP, TITLE = "import_osm", "data", tr_noop("Import OpenStreetMap data")
    HELP = tr_noop("Reads an .osm or .osm.pbf file with QGIS's OSM driver into a planning GeoPackage in the "
                   "site's metric CRS: buildings with building:levels, height and use; facilities by their tags "
                   "(amenity=kindergarten, healthcare=*, highway=bus_stop, amenity=toilets, "
                   "shop=convenience/supermarket, amenity=parcel_locker/post_office, leisure=pitch/"
                   "fitness_station, amenity=community_centre, social_facility=*, amenity=recycling …, see "
                   "resources/standard/aliases.json); the road network with a walkable flag. Every feature "
                   "records its data source (ODbL) and time of entry (6.4.2). Draw the community boundary "
                   "afterwards.")

    def define(self) -> None:
        """The OSM file, an optional area, the GeoPackage."""
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("OpenStreetMap file (.osm, .osm.pbf)"),
                                                     fileFilter="OpenStreetMap (*.osm *.pbf)"))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", tr("Only this area"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Planning GeoPackage"),
                                                                "GeoPackage (*.gpkg)"))
        for key, label in (("BUILDINGS", tr("Buildings")), ("FACILITIES", tr("Facilities")),
                           ("ROADS", tr("Roads and paths")), ("GREEN_SPACES", tr(ROLES["green_spaces"].label))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Read the file, write the planning GeoPackage."""
        path = self.parameterAsFile(parameters, "INPUT", context)
        out = self.file_output(parameters, "OUTPUT", context)
        extent = None
        if parameters.get("EXTENT") not in (None, ""):
            extent = self.parameterAsExtent(parameters, "EXTENT", context, QgsCoordinateReferenceSystem("EPSG:4326"))

        def progress(fraction: float) -> bool:
            feedback.setProgress(100 * fraction)
            return not feedback.isCanceled()

        with self.outputs(parameters, context) as outputs:
            layers, result = read_osm(path, load_standard(), extent, progress)
            outputs.vector(out, layers)
        feedback.pushInfo(tr("{} buildings, {} facilities, {} roads in {}; facility types: {}").format(
            result.counts["buildings"], result.counts["facilities"], result.counts["roads"], result.crs,
            ", ".join(f"{k} {v}" for k, v in sorted(result.facility_types.items()))))
        return {"OUTPUT": out, "BUILDINGS": result.counts["buildings"], "FACILITIES": result.counts["facilities"],
                "ROADS": result.counts["roads"], "GREEN_SPACES": result.counts["green_spaces"]}
