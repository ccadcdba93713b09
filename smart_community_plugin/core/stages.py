"""The five-stage planning procedure of chapter 7 and the records a project keeps for it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional

from ..standard.model import Strength

STAGES_FILE = Path(__file__).resolve().parents[2] / "resources" / "standard" / "stages.json"
STATUSES = ("todo", "in_progress", "done", "not_applicable")


@dataclass(frozen=True)
class StageTask:
    """One task of a stage, from the clause that asks for it."""

    code: str
    text_zh: str
    text_en: str
    strength: Strength
    clause: str


@dataclass(frozen=True)
class Stage:
    """One of 前期评估, 规划策划, 建设实施, 运营管理, 回访提升 (7.0.2-7.0.6)."""

    code: str
    name_zh: str
    name_en: str
    clause: str
    tasks: tuple[StageTask, ...]


def load_stages(path: Optional[str] = None) -> tuple[Stage, ...]:
    """The stages and their tasks from resources/standard/stages.json."""
    with open(path or STAGES_FILE, encoding="utf-8") as fh:
        doc = json.load(fh)
    return tuple(Stage(s["code"], s["name_zh"], s["name_en"], s["clause"],
                       tuple(StageTask(t["code"], t["text_zh"], t["text_en"], Strength.from_zh(t["strength"]),
                                       t.get("clause", s["clause"])) for t in s["tasks"]))
                 for s in doc["stages"])


@dataclass
class TaskRecord:
    """What the planning team recorded for a task."""

    status: str = "todo"
    notes: str = ""
    owner: str = ""
    date: str = ""


@dataclass
class PlanningState:
    """All stage records of one project; serialised into the QGIS project file."""

    tasks: dict[str, TaskRecord] = field(default_factory=dict)   # key: "stage/task"
    community_kind: str = ""                                     # new, existing; "" = the community layer says
    version: int = 1
    survey: dict[str, Any] = field(default_factory=dict)         # the last satisfaction survey (7.0.6)
    devices: list[dict[str, Any]] = field(default_factory=list)   # the smart-device register (7.0.5)
    mappings: dict[str, dict[str, str]] = field(default_factory=dict)  # "source::role" -> schema field -> field
    layers: dict[str, str] = field(default_factory=dict)       # role -> the id of the layer picked for it
    report: dict[str, str] = field(default_factory=dict)       # the workbench's report: project, reviewer, path ...
    distance_method: str = ""                                  # the review's distance method; "" = both
    store: dict[str, str] = field(default_factory=dict)        # the review store it follows: service, community ...

    def record(self, stage: str, task: str) -> TaskRecord:
        """The record of a task, created on first use."""
        return self.tasks.setdefault(f"{stage}/{task}", TaskRecord())

    def progress(self, stage: Stage) -> tuple[int, int]:
        """(done or not applicable, all) tasks of a stage."""
        done = sum(self.tasks.get(f"{stage.code}/{t.code}", TaskRecord()).status in ("done", "not_applicable")
                   for t in stage.tasks)
        return done, len(stage.tasks)

    def to_json(self) -> str:
        """JSON text for the project file."""
        return json.dumps({"version": self.version, "community_kind": self.community_kind,
                           "tasks": {k: asdict(v) for k, v in self.tasks.items()}, "survey": self.survey,
                           "devices": self.devices, "mappings": self.mappings, "layers": self.layers,
                           "report": self.report, "distance_method": self.distance_method,
                           "store": self.store},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> PlanningState:
        """Read what to_json wrote; unknown statuses fall back to todo, unknown keys are kept."""
        if not text:
            return cls()
        data: dict[str, Any] = json.loads(text)
        tasks = {}
        for key, rec in data.get("tasks", {}).items():
            status = rec.get("status", "todo")
            tasks[key] = TaskRecord(status if status in STATUSES else "todo", str(rec.get("notes", "")),
                                    str(rec.get("owner", "")), str(rec.get("date", "")))
        return cls(tasks, str(data.get("community_kind", "") or ""), int(data.get("version", 1)),
                   dict(data.get("survey", {})), [dict(d) for d in data.get("devices", []) if isinstance(d, dict)],
                   {str(k): {str(a): str(b) for a, b in v.items()} for k, v in data.get("mappings", {}).items()
                    if isinstance(v, dict)},
                   _strings(data.get("layers")), _strings(data.get("report")),
                   str(data.get("distance_method", "") or ""), _strings(data.get("store")))


def _strings(value: Any) -> dict[str, str]:
    """A stored mapping of text to text; anything else in the file is left out."""
    return {str(k): str(v) for k, v in value.items() if v is not None} if isinstance(value, dict) else {}
