"""The workbench's stage records kept in the review store: one row per community and stage, read with its
version and saved only from that version (store.records' optimistic locking), so two people editing the same
stage never overwrite each other unseen."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Optional

from ..core.stages import STATUSES, PlanningState, Stage, TaskRecord
from ..store.connection import session
from ..store.records import read_record, save_record


def stage_record(state: PlanningState, stage: Stage) -> dict[str, Any]:
    """What the store keeps of one stage: its tasks' records (and, for the assessment, the community's kind)."""
    tasks = {t.code: asdict(state.tasks[f"{stage.code}/{t.code}"]) for t in stage.tasks
             if f"{stage.code}/{t.code}" in state.tasks}
    record: dict[str, Any] = {"tasks": tasks}
    if stage.code == "assessment" and state.community_kind:
        record["community_kind"] = state.community_kind
    return record


def apply_stage_record(state: PlanningState, stage: Stage, record: dict[str, Any]) -> None:
    """Put a stored stage record into the state: the store's record replaces this stage's tasks."""
    for task in stage.tasks:
        state.tasks.pop(f"{stage.code}/{task.code}", None)
    known = {t.code for t in stage.tasks}
    for code, rec in (record.get("tasks") or {}).items():
        if code in known and isinstance(rec, dict):
            status = str(rec.get("status", "todo"))
            state.tasks[f"{stage.code}/{code}"] = TaskRecord(status if status in STATUSES else "todo",
                                                             str(rec.get("notes", "")), str(rec.get("owner", "")),
                                                             str(rec.get("date", "")))
    if stage.code == "assessment" and record.get("community_kind"):
        state.community_kind = str(record["community_kind"])


@dataclass
class StoreLink:
    """A project that follows a community in the review store: where, which submission, and the version of each
    stage record it last read or wrote (None: not in the store yet)."""

    service: str
    community: str
    submission: Optional[int] = None
    versions: dict[str, Optional[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, state: PlanningState) -> Optional[StoreLink]:
        """The link a project keeps (only the service's name: the secrets stay in the service file)."""
        service, community = state.store.get("service", ""), state.store.get("community", "")
        if not service or not community:
            return None
        sub = state.store.get("submission", "")
        return cls(service, community, int(sub) if sub.isdigit() else None)

    def keep_in(self, state: PlanningState) -> None:
        """Write the link into the planning state (saved with the project)."""
        state.store = {"service": self.service, "community": self.community,
                       **({"submission": str(self.submission)} if self.submission is not None else {})}

    def pull(self, state: PlanningState, stages: Iterable[Stage]) -> list[str]:
        """Read every stage the store has for this community into the state; the codes of those read."""
        read = []
        with session(self.service) as conn:
            for stage in stages:
                got = read_record(conn, self.community, stage.code)
                self.versions[stage.code] = got[1] if got else None
                if got:
                    apply_stage_record(state, stage, got[0])
                    read.append(stage.code)
        return read

    def push(self, state: PlanningState, stage: Stage) -> int:
        """Save one stage from the version last read; raises store.records.StaleEdit (naming who changed it)
        when someone else saved it since. Returns the new version."""
        with session(self.service) as conn:
            version = save_record(conn, self.community, stage.code, stage_record(state, stage),
                                  self.versions.get(stage.code))
        self.versions[stage.code] = version
        return version
