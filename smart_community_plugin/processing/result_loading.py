"""Load the review's result layers into the project when the algorithm finishes, styled."""

from __future__ import annotations

import json
from typing import Any

from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingLayerPostProcessorInterface

from ..i18n import tr
from ..layers.result_styles import add_coverage_styles, style_review_facilities
from ..standard import load_standard

# Post-processors run after the algorithm object is gone; QGIS holds only a C++ pointer, so Python
# keeps them alive until they have run.
_PENDING: set[ResultStyler] = set()


class ResultStyler(QgsProcessingLayerPostProcessorInterface):
    """Coverage styles on the result buildings, verdict stars on the result facilities."""

    def __init__(self, role: str, review_json: str) -> None:
        super().__init__()
        self.role, self.review_json = role, review_json

    def postProcessLayer(self, layer: Any, context: QgsProcessingContext,  # noqa: N802 (QGIS API name)
                         feedback: QgsProcessingFeedback) -> None:
        """Style the freshly loaded layer."""
        try:
            if self.role == "buildings":
                with open(self.review_json, encoding="utf-8") as fh:
                    coverage = json.load(fh).get("coverage", {})
                add_coverage_styles(layer, load_standard(), coverage)
            elif self.role == "facilities":
                style_review_facilities(layer)
            layer.triggerRepaint()
        finally:
            _PENDING.discard(self)


def load_results_on_completion(gpkg: str, review_json: str, context: QgsProcessingContext) -> None:
    """Ask Processing to add the result buildings and facilities to the project, with our styles."""
    for role, title in (("buildings", tr("Review result: buildings")), ("facilities", tr("Review result: facilities"))):
        details = QgsProcessingContext.LayerDetails(title, context.project(), role)
        styler = ResultStyler(role, review_json)
        _PENDING.add(styler)
        details.setPostProcessor(styler)
        context.addLayerToLoadOnCompletion(f"{gpkg}|layername={role}", details)
