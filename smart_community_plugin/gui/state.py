"""The workbench's one state: the project, the standard, the scheme's layers by role, the stage records and
the last review. Every tab reads it and says what changed through it; no tab reaches into another."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.errors import InputError
from ..core.inputs import ReviewInputs
from ..core.parameters import ReviewParameters
from ..core.stages import PlanningState
from ..i18n import tr
from ..layers.project_state import read_state, write_state
from ..pipeline.read import REQUIRED, read_inputs
from ..pipeline.scheme import Scheme
from ..standard import load_standard

# The layers the workbench's pickers choose, in their order on the planning tab.
PICKED_ROLES = ("community", "buildings", "facilities", "compounds", "roads", "gates", "play_areas")


class WorkbenchState(QObject):
    """What the workbench knows; layersChanged and reviewChanged tell the tabs."""

    layersChanged = pyqtSignal()
    reviewChanged = pyqtSignal()

    def __init__(self, project: QgsProject) -> None:
        super().__init__()
        self.project = project
        self.standard = load_standard()
        self.records = PlanningState()
        self.distance_method = "both"
        self._layers: dict[str, Optional[QgsVectorLayer]] = {}
        self.review: Optional[dict[str, Any]] = None     # the last review, as its JSON
        self.inputs: Optional[ReviewInputs] = None        # what it read (in the working CRS), for the map tools
        # Where failures are said besides the tab: the plugin points it at the message bar.
        self.say: Callable[[str], Any] = lambda _message: None

    # --- layers ------------------------------------------------------------------------------
    def layer(self, role: str) -> Optional[QgsVectorLayer]:
        """The layer picked for a role, or None (also once the layer is removed from the project)."""
        layer = self._layers.get(role)
        return None if layer is None or sip.isdeleted(layer) else layer

    def layers(self) -> dict[str, Optional[QgsVectorLayer]]:
        """Every picked role's layer."""
        return {role: self.layer(role) for role in PICKED_ROLES}

    def set_layer(self, role: str, layer: Optional[QgsVectorLayer]) -> None:
        """A picker chose a layer for a role."""
        if self._layers.get(role) is not layer:
            self._layers[role] = layer
            self.layersChanged.emit()

    def scheme(self) -> Scheme:
        """The picked layers as a scheme."""
        return Scheme(self.layers())

    def missing(self) -> list[str]:
        """The roles a review needs that have no layer yet."""
        return self.scheme().missing(REQUIRED)

    # --- the review --------------------------------------------------------------------------
    def params(self, include_planned: bool = True) -> ReviewParameters:
        """Review parameters with the community kind the assessment stage recorded."""
        return ReviewParameters(community_kind=self.records.community_kind or None, include_planned=include_planned,
                                distance_method=self.distance_method)

    def read(self) -> ReviewInputs:
        """The picked layers as review inputs, read on the main thread (QGIS layers are not thread-safe)."""
        missing = self.missing()
        if missing:
            raise InputError(tr("Pick the layers first: {}").format(", ".join(missing)))
        return read_inputs(self.scheme(), self.standard)

    def publish(self, review: dict[str, Any], inputs: Optional[ReviewInputs] = None) -> None:
        """A new review (run, live or opened): every tab that shows one refreshes."""
        self.review = review
        if inputs is not None:
            self.inputs = inputs
        self.reviewChanged.emit()

    def names(self) -> dict[str, str]:
        """Facility type codes to their Chinese names."""
        return {f.code: f.name_zh for f in self.standard.facilities}

    # --- the stage records in the project ------------------------------------------------------
    def load(self) -> None:
        """The records stored in the project."""
        self.records = read_state(self.project)

    def save(self) -> None:
        """Write the records into the project (QGIS then asks to save the project)."""
        write_state(self.project, self.records)
