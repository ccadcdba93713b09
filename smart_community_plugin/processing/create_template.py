"""smart_community:create_template — an empty planning GeoPackage for a new scheme."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
)

from ..i18n import tr, tr_noop
from ..layers.schema import PLANNING_LAYERS
from ..layers.template import template_layers
from .base import SmartAlgorithm

DEFAULT_CRS = "EPSG:4548"  # CGCS2000 / 3-degree Gauss-Kruger CM 117E (Beijing, Tianjin, Hebei ...)


class CreateTemplateAlgorithm(SmartAlgorithm):
    """Writes community, compounds, buildings, facilities and roads layers with the planning fields."""

    NAME, GROUP, TITLE = "create_template", "data", tr_noop("Create planning template")
    HELP = tr_noop("Creates a GeoPackage with the layers a planner fills: community, compounds, buildings, "
                   "facilities and roads, with the fields the review reads. Choose a projected CRS in "
                   "metres, e.g. the CGCS2000 3-degree Gauss-Kruger zone of the site.")

    def define(self) -> None:
        """CRS and the GeoPackage."""
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("CRS"), DEFAULT_CRS))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Planning GeoPackage"), "GeoPackage (*.gpkg)"))

    def execute(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """Write the template."""
        crs: QgsCoordinateReferenceSystem = self.parameterAsCrs(parameters, "CRS", context)
        path = self.file_output(parameters, "OUTPUT", context)
        with self.outputs(parameters, context) as outputs:
            outputs.vector(path, template_layers(crs))
        feedback.pushInfo(tr("Layers written: {}").format(", ".join(spec.name for spec in PLANNING_LAYERS)))
        return {"OUTPUT": path}
