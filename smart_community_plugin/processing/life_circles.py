"""smart_community:life_circles — the 5/10/15-minute walking life circles of 4.5.4 for every home."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
)

from ..core.results import SCHEMA
from ..i18n import tr
from .scheme import add_scheme_parameters, run_scheme, write_buildings_sink, write_optional_json


class LifeCirclesAlgorithm(QgsProcessingAlgorithm):
    """Which facility types every home reaches within each circle, and the share with complete circles."""

    def name(self) -> str:
        return "life_circles"

    def displayName(self) -> str:
        return tr("Life circles (5/10/15 minutes)")

    def group(self) -> str:
        return tr("Walking")

    def groupId(self) -> str:
        return "walking"

    def shortHelpString(self) -> str:
        return tr("For every home, the facility types reachable within 5, 10 and 15 minutes' walk "
                  "(4.5.4; by default GB 50180's walking distances, or minutes x a walking speed). A type "
                  "belongs to the smallest circle that covers its own service radius in Table A.0.1; types "
                  "without one belong to the 15-minute circle. A home's circle is complete when it reaches "
                  "every type of that circle and the smaller ones. Writes the buildings with reach_ and "
                  "complete_ fields and a JSON summary with the share of residents per complete circle "
                  "and the types most often missing.")

    def createInstance(self) -> "LifeCirclesAlgorithm":
        return LifeCirclesAlgorithm()

    def initAlgorithm(self, config: Any = None) -> None:
        add_scheme_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Buildings with life circles")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_JSON", tr("Life circles (JSON)"), "JSON (*.json)", optional=True))
        self.addOutput(QgsProcessingOutputNumber("SHARE_COMPLETE_15", tr("Share of residents with a complete 15-minute circle")))

    def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> dict:
        inputs, result = run_scheme(self, parameters, context, feedback)
        dest = write_buildings_sink(self, parameters, context, inputs, result)
        circles = result.life_circles
        for c in circles["circles"]:
            missing = ", ".join(m["facility_type"] for m in c["most_missing"][:3]) or "—"
            share = c["share_complete"]
            feedback.pushInfo(tr("{} minutes ({} m): {} of residents complete; most missing: {}").format(
                c["minutes"], f"{c['distance_m']:.0f}", "—" if share is None else f"{share:.1%}", missing))
        out_json = write_optional_json(self, parameters, context, {
            "schema": SCHEMA, "community": result.community, "life_circles": circles,
            "findings": [f.to_dict() for f in result.findings]})
        fifteen = next((c["share_complete"] for c in circles["circles"] if c["minutes"] == 15), None)
        return {"OUTPUT": dest, "OUTPUT_JSON": out_json, "SHARE_COMPLETE_15": fifteen}
