"""The clause register (resources/standard/register.json): every provision and how the review assesses it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from .model import Strength

REGISTER_FILE = Path(__file__).resolve().parents[2] / "resources" / "standard" / "register.json"
STATUSES = ("checked", "declared", "needs_data", "not_spatial")
KINDS = ("all", "new", "existing")


@dataclass(frozen=True)
class Provision:
    """One provision: clause, words, strength, what it concerns and how it is assessed."""

    id: str
    clause: str
    text_zh: str
    text_en: str
    strength_word: str                 # the standard's own word (应, 不宜 ...), "" when the text has none
    strength_source: str               # text, list (from its clause's 应符合下列规定), 4.5.3, reading, none
    status: str                        # checked, declared, needs_data, not_spatial
    applies: str = "all"               # all, new or existing communities
    types: tuple[str, ...] = ()
    column: str = ""                   # the Table A.0.1 column, for table items
    rules: tuple[str, ...] = ()        # checked (and smart declared) items: the rules whose checks assess it
    fields: tuple[str, ...] = ()       # a rule's attribute filter (size:<field>) or the fields it reads
    codes: tuple[str, ...] = ()        # smart item codes it holds
    layer: str = ""                    # declared: where the declaration lives; needs_data: what is missing
    code: str = ""                     # declared: the declaration code the planner writes
    needs: dict[str, str] = field(default_factory=dict)   # needs_data: {zh, en} of the data that would assess it
    note: dict[str, str] = field(default_factory=dict)    # {zh, en}: how an ambiguous text is read
    smart: bool = False                # a smart item (3.0.2 softens 应 to 宜 in existing communities)

    @property
    def strength(self) -> Strength:
        """The wording strength of the provision."""
        return Strength.from_zh(self.strength_word)

    def applies_to(self, kind: str) -> bool:
        """Whether the provision applies to a new or an existing community."""
        return self.applies == "all" or self.applies == kind


@dataclass(frozen=True)
class Register:
    """All provisions in the standard's order, with the reading of 3.0.2 for existing communities."""

    provisions: tuple[Provision, ...]
    statuses: dict[str, dict[str, str]]
    existing_smart_strength: Strength
    existing_note: dict[str, str]
    distances: dict[str, dict[str, Any]]
    green_smart_items: dict[str, dict[str, str]] = field(default_factory=dict)   # code -> {zh, en}

    def by_id(self, pid: str) -> Provision:
        """The provision with this id; KeyError names it."""
        for p in self.provisions:
            if p.id == pid:
                return p
        raise KeyError(f"no provision {pid!r} in the register")

    def smart_strength(self, strength: Strength, kind: str) -> Strength:
        """A smart item's strength in a community of this kind: 3.0.2 reads 应 as 宜 in existing communities."""
        if kind == "existing" and strength is Strength.SHALL:
            return self.existing_smart_strength
        return strength

    def applied_strength(self, p: Provision, kind: str) -> Strength:
        """A provision's strength in a community of this kind (3.0.2 for smart items)."""
        if p.smart or "smart_requirements" in p.rules:
            return self.smart_strength(p.strength, kind)
        return p.strength

    def distance(self, name: str) -> float:
        """A documented distance (m) of the register by name."""
        return float(self.distances[name]["value"])

    def counts(self) -> dict[str, int]:
        """Provisions per assessment status."""
        return {s: sum(p.status == s for p in self.provisions) for s in STATUSES}


def _provision(d: dict[str, Any]) -> Provision:
    a = d["assessment"]
    if a["status"] not in STATUSES or d.get("applies", "all") not in KINDS:
        raise ValueError(f"provision {d['id']}: unknown status or applies")
    return Provision(
        id=d["id"], clause=d["clause"], text_zh=d["text_zh"], text_en=d.get("text_en", ""),
        strength_word=d.get("strength", ""), strength_source=d.get("strength_source", "text"),
        status=a["status"], applies=d.get("applies", "all"), types=tuple(d.get("types", ())),
        column=d.get("column", ""), rules=tuple(a.get("rules", ())), fields=tuple(a.get("fields", ())),
        codes=tuple(a.get("codes", ())), layer=a.get("layer", ""), code=a.get("code") or "",
        needs={"zh": a["needs_zh"], "en": a["needs_en"]} if "needs_zh" in a else {},
        note={"zh": d["note_zh"], "en": d["note_en"]} if "note_zh" in d else {},
        smart=bool(d.get("smart", False)))


def parse_register(doc: dict[str, Any]) -> Register:
    """The typed register from its JSON document."""
    ex = doc["existing_community"]
    return Register(
        provisions=tuple(_provision(d) for d in doc["provisions"]), statuses=doc["statuses"],
        existing_smart_strength=Strength.from_zh(ex["smart_strength"]),
        existing_note={"zh": ex["note_zh"], "en": ex["note_en"]}, distances=dict(doc.get("distances", {})),
        green_smart_items=dict(doc.get("green_smart_items", {})))


@lru_cache(maxsize=2)
def load_register(path: Optional[str] = None) -> Register:
    """Load and cache the register shipped with the plugin (or another file)."""
    with open(path or REGISTER_FILE, encoding="utf-8") as fh:
        return parse_register(json.load(fh))
