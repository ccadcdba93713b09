"""Planning state kept in the QGIS project (saved with .qgz/.qgs, restored when it is reopened)."""

from __future__ import annotations

from qgis.core import QgsProject

from ..core.stages import PlanningState

SCOPE = "smart_community"
KEY = "planning_state"


def read_state(project: QgsProject) -> PlanningState:
    """The project's planning state; an empty one when it has none."""
    text, ok = project.readEntry(SCOPE, KEY, "")
    return PlanningState.from_json(text) if ok else PlanningState()


def write_state(project: QgsProject, state: PlanningState) -> None:
    """Store the state in the project (marks the project dirty, so QGIS asks to save it)."""
    project.writeEntry(SCOPE, KEY, state.to_json())
