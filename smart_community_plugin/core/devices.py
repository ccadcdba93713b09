"""The register of smart devices per facility (运营管理, 7.0.5) and its online/offline summary."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Optional

STATES = ("online", "offline", "fault")
# Accepted spellings of a state, Chinese included.
STATE_WORDS = {"online": "online", "在线": "online", "正常": "online", "1": "online",
               "offline": "offline", "离线": "offline", "0": "offline",
               "fault": "fault", "故障": "fault", "error": "fault"}
COLUMNS = {
    "facility_id": ("facility_id", "id", "fid", "设施编号", "编号"),
    "facility_type": ("facility_type", "type", "设施类型", "类型"),
    "name": ("device", "name", "设备", "设备名称"),
    "kind": ("kind", "device_type", "设备类型", "类别"),
    "state": ("state", "status", "状态", "在线状态"),
    "checked": ("checked", "date", "last_seen", "检查日期", "日期"),
}


@dataclass
class Device:
    """One smart device, installed at a facility (by feature id) of a type."""

    name: str
    facility_type: str
    facility_id: Optional[int] = None
    kind: str = ""
    state: str = "online"
    checked: str = ""          # yyyy-mm-dd of the last check

    def to_dict(self) -> dict[str, Any]:
        """JSON form for the project file."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Device:
        """Read to_dict's form; an unknown state becomes offline, the safe reading for operations."""
        fid = d.get("facility_id")
        state = STATE_WORDS.get(str(d.get("state", "")).strip().lower(), "offline")
        return cls(str(d.get("name", "")), str(d.get("facility_type", "")),
                   int(fid) if isinstance(fid, (int, float)) or str(fid).isdigit() else None,
                   str(d.get("kind", "")), state, str(d.get("checked", "")))


@dataclass(frozen=True)
class DeviceSummary:
    """Devices of one facility type by state, and the facilities of the type without any device."""

    facility_type: str
    devices: int
    online: int
    offline: int
    fault: int

    @property
    def availability(self) -> float:
        """Share of the type's devices online."""
        return self.online / self.devices if self.devices else 0.0


def summarise_devices(devices: Iterable[Device]) -> list[DeviceSummary]:
    """Per facility type, in the order types first appear."""
    rows: dict[str, list[int]] = {}
    for d in devices:
        counts = rows.setdefault(d.facility_type, [0, 0, 0, 0])
        counts[0] += 1
        counts[1 + STATES.index(d.state)] += 1
    return [DeviceSummary(t, *c) for t, c in rows.items()]


def facilities_without_devices(facilities: dict[int, str], devices: Iterable[Device]) -> list[int]:
    """Ids of facilities (id -> type) that no device names; smart items need something installed."""
    named = {d.facility_id for d in devices if d.facility_id is not None}
    return sorted(fid for fid in facilities if fid not in named)


def read_devices_csv(text: str, type_of_facility: dict[int, str],
                     type_lookup: dict[str, str]) -> tuple[list[Device], list[str]]:
    """Devices from CSV text (English or Chinese headers); rows that cannot be used, with reasons."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows:
        return [], ["The file is empty."]
    header = [h.strip().lower() for h in rows[0]]
    col = {m: next((header.index(a.lower()) for a in aliases if a.lower() in header), None)
           for m, aliases in COLUMNS.items()}
    if col["name"] is None or (col["facility_id"] is None and col["facility_type"] is None):
        return [], ["Columns needed: device name, and facility id or facility type."]
    devices, skipped = [], []
    for n, row in enumerate(rows[1:], start=2):
        def cell(meaning: str, row: list[str] = row) -> str:
            i = col[meaning]
            return row[i].strip() if i is not None and i < len(row) else ""

        if not any(c.strip() for c in row):
            continue
        fid: Optional[int] = int(cell("facility_id")) if cell("facility_id").isdigit() else None
        ftype = type_of_facility.get(fid) if fid is not None else None
        ftype = ftype or type_lookup.get(cell("facility_type").lower())
        if not ftype:
            skipped.append(f"row {n}: no known facility id or type")
            continue
        state = STATE_WORDS.get(cell("state").lower())
        if state is None:
            skipped.append(f"row {n}: unknown state {cell('state')!r}")
            continue
        devices.append(Device(cell("name") or f"device {n - 1}", ftype, fid, cell("kind"), state, cell("checked")))
    return devices, skipped
