"""smart_community:life_circles — the 5/10/15-minute walking life circles of 4.5.4 for every home."""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback, QgsProcessingOutputNumber

from ..core.results import SCHEMA, ReviewResult
from ..i18n import tr, tr_noop
from .walking_coverage import BuildingsResultAlgorithm


class LifeCirclesAlgorithm(BuildingsResultAlgorithm):
    """Which facility types every home reaches within each circle, and the share with complete circles."""

    NAME, GROUP, TITLE = "life_circles", "walking", tr_noop("Life circles (5/10/15 minutes)")
    HELP = tr_noop("For every home, the facility types reachable within 5, 10 and 15 minutes' walk "
                   "(4.5.4; by default GB 50180's walking distances, or minutes x a walking speed). A type "
                   "belongs to the smallest circle that covers its own service radius in Table A.0.1; types "
                   "without one belong to the 15-minute circle. A home's circle is complete when it reaches "
                   "every type of that circle and the smaller ones. Writes the buildings with reach_ and "
                   "complete_ fields and a JSON summary with the share of residents per complete circle "
                   "and the types most often missing.")
    OUTPUT_LABEL = tr_noop("Buildings with life circles")
    JSON_LABEL = tr_noop("Life circles (JSON)")

    def define(self) -> None:
        """As the other buildings algorithms, plus the 15-minute share as an output."""
        super().define()
        self.addOutput(QgsProcessingOutputNumber("SHARE_COMPLETE_15",
                                                 tr("Share of residents with a complete 15-minute circle")))

    def document(self, result: ReviewResult) -> dict:
        """The life-circle summary with the findings."""
        return {"schema": SCHEMA, "community": result.community, "life_circles": result.life_circles,
                "findings": [f.to_dict() for f in result.findings]}

    def said(self, result: ReviewResult, feedback: QgsProcessingFeedback) -> None:
        """One line per circle."""
        for c in result.life_circles["circles"]:
            missing = ", ".join(m["facility_type"] for m in c["most_missing"][:3]) or "—"
            share = c["share_complete"]
            feedback.pushInfo(tr("{} minutes ({} m): {} of residents complete; most missing: {}").format(
                c["minutes"], f"{c['distance_m']:.0f}", "—" if share is None else f"{share:.1%}", missing))

    def figures(self, result: ReviewResult) -> dict:
        """SHARE_COMPLETE_15."""
        return {"SHARE_COMPLETE_15": next((c["share_complete"] for c in result.life_circles["circles"]
                                           if c["minutes"] == 15), None)}
