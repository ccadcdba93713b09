"""Phased construction (建设实施, 7.0.4): progress of the facilities per construction phase."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Optional


@dataclass
class PhaseRow:
    """One construction phase: how many facilities, how many built, and the years they are due."""

    phase: str
    facilities: int
    built: int
    first_year: Optional[int]
    last_year: Optional[int]

    @property
    def progress(self) -> float:
        """Share built (existing) of the phase's facilities."""
        return self.built / self.facilities if self.facilities else 0.0


def phase_table(records: Iterable[tuple[str, Optional[int], str]]) -> list[PhaseRow]:
    """Rows per phase from (phase, year, status) records; facilities without a phase are 'unphased'."""
    rows: dict[str, PhaseRow] = {}
    for phase, year, status in records:
        key = (phase or "").strip() or "unphased"
        row = rows.setdefault(key, PhaseRow(key, 0, 0, None, None))
        row.facilities += 1
        row.built += status == "existing"
        if year:
            row.first_year = year if row.first_year is None else min(row.first_year, year)
            row.last_year = year if row.last_year is None else max(row.last_year, year)
    return sorted(rows.values(), key=lambda r: (r.phase == "unphased", r.first_year or 9999, r.phase))
