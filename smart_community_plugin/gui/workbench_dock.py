"""The five-stage workbench (chapter 7): one tab per stage, its checklist and its tools, kept in the project."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QTabWidget, QWidget

from ..core.stages import load_stages
from ..i18n import tr
from ..pipeline.guard import guarded
from .assessment_tools import AssessmentTools
from .implementation_tools import ImplementationTools
from .mapping_tools import MappingTools
from .operation_tools import OperationTools
from .planning_tools import PlanningTools
from .revisit_tools import RevisitTools
from .stage_panel import StagePanel
from .state import PICKED_ROLES, WorkbenchState
from .validation_tools import ValidationTools
from .words import ui_language


class WorkbenchDock(QgsDockWidget):
    """The five stages of chapter 7 as tabs around one WorkbenchState kept in the current QGIS project."""

    def __init__(self, project: Optional[QgsProject] = None, parent: Optional[QWidget] = None,
                 iface: Any = None) -> None:
        super().__init__(tr("Planning workbench"), parent)
        self.setObjectName("SmartCommunityWorkbenchDock")
        self.project = project or QgsProject.instance()
        self.state = WorkbenchState(self.project)
        self.stages = load_stages()
        self.on_review: Optional[Callable[[dict, dict], None]] = None
        self.tabs = QTabWidget()
        self.panels = [StagePanel(stage, self.state) for stage in self.stages]
        for panel, stage in zip(self.panels, self.stages):
            zh = ui_language() == "zh"
            self.tabs.addTab(panel, stage.name_zh if zh else stage.name_en)
            self.tabs.setTabToolTip(self.tabs.count() - 1,
                                    f"{stage.clause} {stage.name_en if zh else stage.name_zh}")
        self.planning = PlanningTools(self.state)
        self.assessment = AssessmentTools(self.state)
        self.implementation = ImplementationTools(self.state)
        self.operation = OperationTools(self.state)
        self.revisit = RevisitTools(self.state)
        for panel, tools in zip(self.panels, (self.assessment, self.planning, self.implementation,
                                              self.operation, self.revisit)):
            panel.extra.addWidget(tools)
        self.mapping = MappingTools(self.state)
        self.assessment.add_tab(self.mapping, tr("Submitted data"))
        self.validation = ValidationTools(self.state, iface)
        self.assessment.add_tab(self.validation, tr("Validation"))
        self.setWidget(self.tabs)
        self.setMinimumWidth(560)
        self.state.reviewChanged.connect(self._hand_over)
        self.reload()
        self.project.readProject.connect(self.reload)
        self.project.cleared.connect(self.reload)
        self.project.layersAdded.connect(self.state.fill_empty_roles)
        self.project.layersWillBeRemoved.connect(self.state.forget_layers)

    @property
    def last_review(self) -> Optional[dict]:
        """The review on screen."""
        return self.state.review

    @property
    def last_inputs(self) -> Optional[Any]:
        """What it read, for the map tools."""
        return self.state.inputs

    def publish(self, review: dict[str, Any], inputs: Optional[Any] = None) -> None:
        """Show a review (run, live or opened) in every tab and the results dock."""
        self.state.publish(review, inputs)

    def show_review(self, review: dict[str, Any]) -> None:
        """The assessment stage's profile and inventory for a review opened from a file."""
        self.state.publish(review)

    def _hand_over(self) -> None:
        if self.on_review is not None and self.state.review is not None:
            self.on_review(self.state.review, {k: v for k, v in self.state.layers().items() if v is not None})

    def disconnect_project(self) -> None:
        """Undo the project and layer signal connections and stop live checks (the plugin's unload)."""
        self.planning.stop_live()
        self.planning.smart_editor.detach()
        self.project.readProject.disconnect(self.reload)
        self.project.cleared.disconnect(self.reload)
        self.project.layersAdded.disconnect(self.state.fill_empty_roles)
        self.project.layersWillBeRemoved.disconnect(self.state.forget_layers)

    def reload(self, *_: Any) -> None:
        """Show the project's stored records (from the review store too, when the project follows one)."""
        self.state.load()
        if self.state.link is not None:
            guarded(tr("Stage records"), lambda: self.state.pull_store(self.stages), self.state.say)
        for panel in self.panels:
            panel.load(self.state.records)
        for tools in (self.assessment, self.operation, self.revisit):
            tools.load(self.state.records)

    def open_submission(self, service: str, submission: int, community: str, layers: dict[str, Any]) -> list[str]:
        """A submission opened from the store: its layers fill the roles, and the stage records follow the
        store from now on (the store's records of the community are shown). The codes of the stages read."""
        for role, layer in layers.items():
            if role in PICKED_ROLES:
                self.state.set_layer(role, layer, chosen=True)
        read = self.state.follow_store(service, community, submission, self.stages)
        for panel in self.panels:
            panel.load(self.state.records)
        for tools in (self.assessment, self.operation, self.revisit):
            tools.load(self.state.records)
        return read

    def save(self) -> None:
        """Write every panel into the project (QGIS then asks to save the project)."""
        for panel in self.panels:
            panel.store(self.state.records)
            panel._show_progress(self.state.records)
        self.state.save()
