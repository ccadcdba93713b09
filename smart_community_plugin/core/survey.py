"""Residents' satisfaction survey (回访提升, 7.0.6): summary per facility type, improvement actions."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Optional

# Accepted column names (English and Chinese) -> meaning.
COLUMNS = {
    "facility_id": ("facility_id", "id", "fid", "设施编号", "编号"),
    "facility_type": ("facility_type", "type", "设施类型", "类型", "设施"),
    "score": ("score", "rating", "评分", "满意度", "分数"),
    "comment": ("comment", "comments", "意见", "备注", "建议"),
}


@dataclass
class TypeSummary:
    """Answers about one facility type."""

    facility_type: str
    answers: int
    mean_score: float
    share_low: float           # answers scoring 1 or 2
    comments: list[str] = field(default_factory=list)


@dataclass
class SurveySummary:
    """Per-type summaries, the types below the threshold as actions, and rows that could not be used."""

    types: list[TypeSummary]
    actions: list[str]
    skipped: list[str]
    answers: int


def _column(header: list[str], meaning: str) -> Optional[int]:
    names = [h.strip().lower() for h in header]
    for alias in COLUMNS[meaning]:
        if alias.lower() in names:
            return names.index(alias.lower())
    return None


def summarise(text: str, type_of_facility: dict[int, str], type_lookup: dict[str, str],
              threshold: float = 3.0) -> SurveySummary:
    """Summarise survey CSV text; a row names a facility by id (mapped to its type) or a type directly.

    `type_lookup` maps accepted spellings (code, Chinese, English) to type codes. Types with a mean
    score below `threshold` become improvement actions.
    """
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    rows = list(reader)
    if not rows:
        return SurveySummary([], [], ["The file is empty."], 0)
    header = rows[0]
    c_id, c_type, c_score, c_comment = (_column(header, m) for m in COLUMNS)
    if c_score is None or (c_id is None and c_type is None):
        return SurveySummary([], [], [f"Columns not found: a score column and a facility id or type column "
                                      f"are needed (have: {', '.join(header)})."], 0)
    scores: dict[str, list[float]] = {}
    comments: dict[str, list[str]] = {}
    skipped = []
    for n, row in enumerate(rows[1:], start=2):
        def cell(c: Optional[int], row: list[str] = row) -> str:
            return row[c].strip() if c is not None and c < len(row) else ""
        code = None
        if cell(c_id):
            try:
                code = type_of_facility.get(int(float(cell(c_id))))
            except ValueError:
                code = None
        if code is None and cell(c_type):
            code = type_lookup.get(cell(c_type).lower())
        if code is None:
            skipped.append(f"row {n}: unknown facility '{cell(c_id) or cell(c_type)}'")
            continue
        try:
            score = float(cell(c_score))
        except ValueError:
            skipped.append(f"row {n}: score '{cell(c_score)}' is not a number")
            continue
        if not 1 <= score <= 5:
            skipped.append(f"row {n}: score {score:g} is outside 1-5")
            continue
        scores.setdefault(code, []).append(score)
        if cell(c_comment):
            comments.setdefault(code, []).append(cell(c_comment))
    types = []
    for code, values in sorted(scores.items()):
        types.append(TypeSummary(code, len(values), sum(values) / len(values),
                                 sum(v <= 2 for v in values) / len(values), comments.get(code, [])))
    actions = [f"{t.facility_type}: mean {t.mean_score:.2f} < {threshold:g} from {t.answers} answers"
               + (f" — e.g. “{t.comments[0]}”" if t.comments else "")
               for t in sorted(types, key=lambda t: t.mean_score) if t.mean_score < threshold]
    return SurveySummary(types, actions, skipped, sum(len(v) for v in scores.values()))
