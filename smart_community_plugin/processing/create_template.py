"""smart_community:create_template — an empty planning GeoPackage for a new scheme."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException,
    QgsProcessingFeedback, QgsProcessingParameterBoolean, QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
)

from ..i18n import tr
from ..layers.atomic import OutputExistsError
from ..layers.template import create_template

DEFAULT_CRS = "EPSG:4548"  # CGCS2000 / 3-degree Gauss-Kruger CM 117E (Beijing, Tianjin, Hebei ...)


class CreateTemplateAlgorithm(QgsProcessingAlgorithm):
    """Writes community, compounds, buildings, facilities and roads layers with the planning fields."""

    def name(self) -> str:
        return "create_template"

    def displayName(self) -> str:
        return tr("Create planning template")

    def group(self) -> str:
        return tr("Data")

    def groupId(self) -> str:
        return "data"

    def shortHelpString(self) -> str:
        return tr("Creates a GeoPackage with the layers a planner fills: community, compounds, buildings, "
                  "facilities and roads, with the fields the review reads. Choose a projected CRS in "
                  "metres, e.g. the CGCS2000 3-degree Gauss-Kruger zone of the site.")

    def createInstance(self) -> "CreateTemplateAlgorithm":
        return CreateTemplateAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("CRS"), DEFAULT_CRS))
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", tr("Replace an existing file"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Planning GeoPackage"), "GeoPackage (*.gpkg)"))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        crs: QgsCoordinateReferenceSystem = self.parameterAsCrs(parameters, "CRS", context)
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        try:
            names = create_template(path, crs, self.parameterAsBoolean(parameters, "OVERWRITE", context))
        except (OutputExistsError, ValueError, OSError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(tr("Layers written: {}").format(", ".join(names)))
        return {"OUTPUT": path}
