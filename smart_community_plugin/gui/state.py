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
from ..core.results import ReviewResult
from ..core.stages import PlanningState
from ..i18n import tr
from ..layers.project_state import read_state, write_state
from ..layers.role_match import assign_roles
from ..pipeline.read import REQUIRED, read_inputs
from ..pipeline.scheme import Scheme
from ..pipeline.store_records import StoreLink
from ..standard import load_standard
from ..store.connection import StoreError
from .words import ui_language

# The layers the workbench's pickers choose, in their order on the planning tab.
PICKED_ROLES = ("community", "buildings", "facilities", "compounds", "roads", "gates", "play_areas",
                "green_spaces")
# Stored for a role the planner left out on purpose ("— none —"): not a layer id, never filled by a guess.
NONE_CHOSEN = "-"
# Set on the layers the plugin adds itself (results, previews, kept coverage): never a scheme's layer.
RESULT_PROPERTIES = ("smart_community/results", "smart_community/kept")


def is_result_layer(layer: Any) -> bool:
    """A layer the plugin made (a review's results, a preview, a kept coverage), not one of the scheme."""
    return any(layer.customProperty(key) for key in RESULT_PROPERTIES)


def hide_plugin_layers(combos: list[Any], project: QgsProject) -> None:
    """Keep the plugin's own layers out of these layer pickers, now and as layers are added."""
    def hide(*_: Any) -> None:
        own = [lyr for lyr in project.mapLayers().values() if is_result_layer(lyr)]
        for combo in combos:
            if not sip.isdeleted(combo):
                combo.setExceptedLayerList(own)

    hide()
    project.layersAdded.connect(hide)
    # The connection goes with the first picker (Qt drops it when the receiver's owner is gone).
    combos[0].destroyed.connect(lambda *_: _disconnect(project, hide))


def _disconnect(project: QgsProject, slot: Any) -> None:
    # At QGIS exit the project may be gone before the picker: then so is the connection.
    if sip.isdeleted(project):
        return
    try:
        project.layersAdded.disconnect(slot)
    except (TypeError, RuntimeError):
        pass


def drop_stale_results(project: QgsProject) -> None:
    """A reopened project's review layers and siting previews: memory layers come back empty (QGIS does not save
    their features) while the dock has no review, so they go, and their group with them when nothing the planner
    kept is in it."""
    stale = [lyr.id() for lyr in project.mapLayers().values()
             if lyr.customProperty(RESULT_PROPERTIES[0]) in ("review", "preview") and lyr.providerType() == "memory"
             and isinstance(lyr, QgsVectorLayer) and lyr.featureCount() == 0]
    if stale:
        project.removeMapLayers(stale)
    root = project.layerTreeRoot()
    for group in root.findGroups():
        if group.customProperty(RESULT_PROPERTIES[0]) and not group.findLayers():
            root.removeChildNode(group)


def scheme_candidates(project: QgsProject, taken: set[str]) -> list[QgsVectorLayer]:
    """The project's vector layers that may hold a role: not the plugin's own, not already picked."""
    return [lyr for lyr in project.mapLayers().values()
            if isinstance(lyr, QgsVectorLayer) and lyr.id() not in taken and not is_result_layer(lyr)]


class WorkbenchState(QObject):
    """What the workbench knows; layersChanged, reviewChanged and projectChanged tell the tabs."""

    layersChanged = pyqtSignal()
    reviewChanged = pyqtSignal()
    projectChanged = pyqtSignal()    # another project (new, opened, closed): every tab and tool starts afresh

    def __init__(self, project: QgsProject) -> None:
        super().__init__()
        self.project = project
        self.standard = load_standard()
        self.records = PlanningState()
        self.distance_method = "both"
        self._layers: dict[str, Optional[QgsVectorLayer]] = {}
        self.review: Optional[dict[str, Any]] = None     # the last review, as its JSON
        self.inputs: Optional[ReviewInputs] = None        # what it read (in the working CRS), for the map tools
        self.result: Optional[ReviewResult] = None        # the last review run here (None for one opened from a file)
        self.link: Optional[StoreLink] = None              # the review store the stage records follow, if any
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

    def set_layer(self, role: str, layer: Optional[QgsVectorLayer], chosen: bool = False) -> None:
        """A picker chose a layer for a role: kept in the project by layer id. `chosen` None is the planner's
        own "none" (an optional layer left out on purpose), kept too, so a reopened project does not fill it."""
        stored = layer.id() if layer is not None else (NONE_CHOSEN if chosen else None)
        if self._layers.get(role) is layer and self.records.layers.get(role) == stored:
            return
        self._layers[role] = layer
        if self.records.layers.get(role) != stored:
            if stored is None:
                self.records.layers.pop(role, None)
            else:
                self.records.layers[role] = stored
            self.save()
        self.layersChanged.emit()

    def pick_layers(self) -> None:
        """The layers by role: those stored in the project (by id) where they still exist, then, for roles
        still empty, the project's layers that fit them best (geometry, name, fields), each role its own."""
        stored = {role: self.project.mapLayer(lid) for role, lid in self.records.layers.items()}
        picked = {role: lyr for role, lyr in stored.items()
                  if role in PICKED_ROLES and isinstance(lyr, QgsVectorLayer)}
        picked.update(self._best_for([r for r in PICKED_ROLES if r not in picked], picked.values()))
        self._layers = {role: picked.get(role) for role in PICKED_ROLES}
        self.layersChanged.emit()

    def _best_for(self, roles: list[str], taken: Any) -> dict[str, QgsVectorLayer]:
        """The free layers that fit these roles best (never a role the planner left out), by role."""
        wanted = [r for r in roles if not self.left_out(r)]
        if not wanted:
            return {}
        free = scheme_candidates(self.project, {lyr.id() for lyr in taken if lyr is not None})
        return {r: lyr for r, lyr in assign_roles(wanted, free).items() if lyr is not None}

    def left_out(self, role: str) -> bool:
        """The planner chose no layer for this role (kept in the project)."""
        return self.records.layers.get(role) == NONE_CHOSEN

    def fill_empty_roles(self, *_: Any) -> None:
        """Layers were added to the project: roles still without a layer get the best fitting new one."""
        found = self._best_for([r for r in PICKED_ROLES if self.layer(r) is None], self.layers().values())
        if found:
            self._layers.update(found)
            self.layersChanged.emit()

    def forget_layers(self, layer_ids: Any) -> None:
        """Layers were removed from the project: their roles are empty now."""
        gone = set(layer_ids)
        changed = False
        for role, layer in list(self._layers.items()):
            if layer is not None and (sip.isdeleted(layer) or layer.id() in gone):
                self._layers[role] = None
                changed = True
        if changed:
            self.layersChanged.emit()

    def scheme(self) -> Scheme:
        """The picked layers as a scheme."""
        return Scheme(self.layers())

    def missing(self) -> list[str]:
        """The roles a review needs that have no layer yet."""
        return self.scheme().missing(REQUIRED)

    def set_distance_method(self, method: str) -> None:
        """The review's distance method, kept in the project."""
        self.distance_method = method or "both"
        if self.records.distance_method != self.distance_method:
            self.records.distance_method = self.distance_method
            self.save()

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

    def publish(self, review: dict[str, Any], inputs: Optional[ReviewInputs] = None,
                result: Optional[ReviewResult] = None) -> None:
        """A new review (run, live or opened): every tab that shows one refreshes."""
        self.review = review
        self.result = result
        if inputs is not None:
            self.inputs = inputs
        self.reviewChanged.emit()

    def result_layers(self) -> list[Any]:
        """The last review's result layers (layers.vector_write.LayerData), empty for a review opened from a file."""
        if self.result is None or self.inputs is None:
            return []
        from ..pipeline.read import Reviewed
        from ..pipeline.result_layers import review_layers

        return review_layers(Reviewed(self.inputs, self.result))

    def names(self) -> dict[str, str]:
        """Facility type codes to their names in the interface language."""
        from .words import facility_name

        return {f.code: facility_name(f.code) for f in self.standard.facilities}

    # --- the stage records in the project ------------------------------------------------------
    def load(self) -> None:
        """Another project: its records and layers; nothing of the previous project's review is kept."""
        self.records = read_state(self.project)
        self.link = StoreLink.of(self.records)
        drop_stale_results(self.project)
        self.distance_method = self.records.distance_method or "both"
        self.review = None
        self.inputs = None
        self.result = None
        self.pick_layers()
        self.projectChanged.emit()
        self.reviewChanged.emit()

    def save(self) -> None:
        """Write the records into the project (QGIS then asks to save the project)."""
        write_state(self.project, self.records)

    # --- the stage records in the review store --------------------------------------------------
    def follow_store(self, service: str, community: str, submission: Optional[int], stages: Any) -> list[str]:
        """From now on this project's stage records live in the store too: the store's records of the community
        replace this project's (stages it has none of keep theirs); the codes of the stages read."""
        link = StoreLink(service, community, submission)
        read = link.pull(self.records, stages)
        self.link = link
        link.keep_in(self.records)
        self.save()
        return read

    def pull_store(self, stages: Any) -> list[str]:
        """Read the store's stage records again (after a refused save, or to see colleagues' edits)."""
        if self.link is None:
            return []
        read = self.link.pull(self.records, stages)
        self.save()
        return read

    def save_stage(self, stage: Any) -> Optional[int]:
        """A stage was edited: into the project, and into the store when the project follows one (a save made
        from a version someone else has changed since is refused there: StaleEdit, naming who)."""
        self.save()
        if self.link is None:
            return None
        if stage.code not in self.link.versions:
            # Not read from the store since the project opened (the store was out of reach): saving now could
            # overwrite a colleague's newer record unseen, so it waits for a reload.
            raise StoreError(tr("The {} record was not read from the store '{}' since this project opened, so it "
                                "is kept in the project only. Reload it from the store, then make your change "
                                "again.").format(stage.name_zh if ui_language() == "zh" else stage.name_en,
                                                 self.link.service))
        return self.link.push(self.records, stage)
