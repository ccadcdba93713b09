"""The five-stage workbench (chapter 7): one tab per stage, its checklist and its tools, kept in the project."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QTabWidget, QWidget

from ..core.stages import PlanningState, load_stages
from ..i18n import tr
from ..layers.project_state import read_state, write_state
from .assessment_tools import AssessmentTools
from .implementation_tools import ImplementationTools
from .mapping_tools import MappingTools
from .operation_tools import OperationTools
from .planning_tools import PlanningTools
from .revisit_tools import RevisitTools
from .stage_panel import StagePanel
from .validation_tools import ValidationTools


class WorkbenchDock(QgsDockWidget):
    """The five stages of chapter 7 as tabs; the state lives in the current QGIS project."""

    def __init__(self, project: Optional[QgsProject] = None, parent: Optional[QWidget] = None,
                 iface: Any = None) -> None:
        super().__init__(tr("Planning workbench"), parent)
        self.setObjectName("SmartCommunityWorkbenchDock")
        self.project = project or QgsProject.instance()
        self.state = PlanningState()
        self.stages = load_stages()
        self.on_review: Optional[Callable[[dict, dict], None]] = None
        self.last_review: Optional[dict] = None
        self.last_inputs: Optional[Any] = None
        self.tabs = QTabWidget()
        self.panels = [StagePanel(stage, self) for stage in self.stages]
        for panel, stage in zip(self.panels, self.stages):
            self.tabs.addTab(panel, stage.name_zh)
            self.tabs.setTabToolTip(self.tabs.count() - 1, f"{stage.clause} {stage.name_en}")
        # Planning first: the other stages read the layers picked there.
        self.planning = PlanningTools(self)
        self.assessment = AssessmentTools(self)
        self.implementation = ImplementationTools(self)
        self.operation = OperationTools(self)
        self.revisit = RevisitTools(self)
        for panel, tools in zip(self.panels, (self.assessment, self.planning, self.implementation,
                                              self.operation, self.revisit)):
            panel.extra.addWidget(tools)
        self.mapping = MappingTools(self)
        self.assessment.add_tab(self.mapping, tr("Submitted data"))
        self.validation = ValidationTools(self, iface)
        self.assessment.add_tab(self.validation, tr("Validation"))
        self.setWidget(self.tabs)
        self.setMinimumWidth(560)
        self.reload()
        self.project.readProject.connect(self.reload)
        self.project.cleared.connect(self.reload)

    def publish(self, review: dict[str, Any], layers: dict[str, Any]) -> None:
        """A new review (run, live or opened): the assessment stage shows it, the results dock gets it."""
        self.last_review = review
        self.show_review(review)
        if self.on_review is not None:
            self.on_review(review, {k: v for k, v in layers.items() if v is not None})

    def show_review(self, review: dict[str, Any]) -> None:
        """The assessment stage's profile and inventory (required against present, per type)."""
        names = {f.code: f.name_zh for f in self.planning.standard.facilities}
        self.assessment.show_review(review, names)

    def disconnect_project(self) -> None:
        """Undo the project and layer signal connections and stop live checks (the plugin's unload)."""
        self.planning.stop_live()
        self.planning.smart_editor.detach()
        self.project.readProject.disconnect(self.reload)
        self.project.cleared.disconnect(self.reload)

    def reload(self, *_: Any) -> None:
        """Show the project's stored state."""
        self.state = read_state(self.project)
        for panel in self.panels:
            panel.load(self.state)
        for tools in (self.assessment, self.operation, self.revisit):
            tools.load(self.state)

    def save(self) -> None:
        """Write every panel into the project (QGIS then asks to save the project)."""
        for panel in self.panels:
            panel.store(self.state)
            panel._show_progress(self.state)
        write_state(self.project, self.state)
