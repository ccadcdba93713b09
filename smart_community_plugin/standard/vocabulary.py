"""Intake vocabulary: recognise field names, facility names and OSM tags of submissions and map them
to the planning schema and Table A.0.1 codes (resources/standard/aliases.json)."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

ALIASES_FILE = Path(__file__).resolve().parents[2] / "resources" / "standard" / "aliases.json"


@dataclass(frozen=True)
class Vocabulary:
    """Field aliases per layer role, facility name aliases per code, OSM (key, value, code) rules and the words
    layer names use for each role."""

    fields: dict[str, dict[str, tuple[str, ...]]]
    names: dict[str, tuple[str, ...]]
    osm: tuple[tuple[str, str, str], ...]
    layer_names: dict[str, tuple[str, ...]]


@lru_cache(maxsize=4)
def load_vocabulary(path: Optional[str] = None) -> Vocabulary:
    """The vocabulary file, read once."""
    with open(path or ALIASES_FILE, encoding="utf-8") as fh:
        doc = json.load(fh)
    return Vocabulary({role: {k: tuple(v) for k, v in m.items()} for role, m in doc["fields"].items()},
                      {k: tuple(v) for k, v in doc["facility_names"].items()},
                      tuple(tuple(r) for r in doc["osm_tags"]),
                      {role: tuple(words) for role, words in doc.get("layer_names", {}).items()})


def _norm(s: str) -> str:
    return "".join(str(s).lower().split()).replace("_", "").replace("-", "")


# "sample_community — buildings", "方案.gpkg|buildings", "规划:建筑": the last part names the layer's content.
_NAME_PARTS = re.compile(r"\s+[—–-]\s+|[|:：/]")


def layer_name_score(role: str, layer_name: str, vocabulary: Optional[Vocabulary] = None) -> float:
    """How strongly a layer's name says it holds a role: 2 when its last part is one of the role's words,
    1 when that part contains one, 0.5 when only the whole name does, else 0."""
    voc = vocabulary or load_vocabulary()
    words = [_norm(w) for w in voc.layer_names.get(role, ())]
    parts = [p for p in _NAME_PARTS.split(str(layer_name)) if p.strip()]
    last = _norm(parts[-1]) if parts else ""
    if last in words:
        return 2.0
    if any(w and w in last for w in words):
        return 1.0
    whole = _norm(layer_name)
    return 0.5 if any(w and w in whole for w in words) else 0.0


def propose_fields(role: str, names: list[str], vocabulary: Optional[Vocabulary] = None) -> dict[str, str]:
    """Schema field -> the submission's field, by exact then normalised alias; each source used once."""
    voc = vocabulary or load_vocabulary()
    out: dict[str, str] = {}
    used: set[str] = set()
    by_norm = {_norm(n): n for n in names}
    for target, aliases in voc.fields.get(role, {}).items():
        for alias in aliases:
            hit = alias if alias in names else by_norm.get(_norm(alias))
            if hit and hit not in used:
                out[target] = hit
                used.add(hit)
                break
    return out


class FacilityMatcher:
    """Facility type codes from codes, the standard's names, common names and OSM tags."""

    def __init__(self, exact: dict[str, str], vocabulary: Optional[Vocabulary] = None) -> None:
        voc = vocabulary or load_vocabulary()
        self.exact = {k.strip().lower(): v for k, v in exact.items()}
        # Longest alias first, so 社区卫生服务中心 wins over 卫生, 老年饭桌 over 饭桌.
        self.aliases = sorted(((a.lower(), code) for code, names in voc.names.items() for a in names),
                              key=lambda x: -len(x[0]))
        self.osm = voc.osm

    def match(self, text: str) -> Optional[str]:
        """A code for a type text or a facility name ('XX小区卫生站' -> health_station); None if nothing fits."""
        t = str(text or "").strip().lower()
        if not t:
            return None
        if t in self.exact:
            return self.exact[t]
        return next((code for alias, code in self.aliases if alias in t), None)

    def suggest(self, text: str) -> Optional[str]:
        """The code whose code, name or alias is closest to a text nothing matches (a typo: helth_station,
        卫生服务占); None when nothing is close."""
        return closest(text, {**{a: c for a, c in self.aliases}, **self.exact})

    def match_tags(self, tags: dict[str, str]) -> Optional[str]:
        """A code for OSM tags (first rule that fits, in the file's order)."""
        for key, value, code in self.osm:
            v = tags.get(key)
            if v and (value == "*" or v == value):
                return code
        return None


# How alike a typo and a known word must be (difflib's ratio) to be offered as "did you mean".
SUGGEST_CUTOFF = 0.65


def closest(text: str, known: dict[str, str]) -> Optional[str]:
    """The value of the known word nearest to a text (case and spacing ignored), or None."""
    t = _norm(text)
    by_norm = {_norm(k): v for k, v in known.items()}
    hit = difflib.get_close_matches(t, list(by_norm), n=1, cutoff=SUGGEST_CUTOFF)
    return by_norm[hit[0]] if hit else None
