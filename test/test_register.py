"""The clause register against the standard's own text, parsed here independently of the register's code."""

from __future__ import annotations

import re

import pytest

from smart_community_plugin.standard.model import Strength
from smart_community_plugin.standard.register import STATUSES, load_register

from .conftest import STANDARD_TEXT

# Modal words, longest first; the characters around them that make another word (应用, 响应, 因地制宜 ...).
MODAL = re.compile(r"必须|严禁|不应|不得|不宜|应|宜|可")
NOT_MODAL_BEFORE = {"应": "响适对供相反呼感答", "宜": "制便"}
NOT_MODAL_AFTER = {"应": ("用", "急"), "可": ("持续", "扩展", "迭代", "能", "行", "共享", "视", "靠", "控")}
LIST_INTRO = re.compile(r"符合(下列|以下)(规定|要求)")
# Rules the review runs (core/checks/*): a register item may only name these.
RULES = {"quantity", "walk_access", "service_radius", "size", "property_share", "grouping", "smart_requirements",
         "sunlight", "sunlight_ground", "parcel_siting", "toilet_near_sports", "transit_proximity", "joint",
         "standalone", "parking", "toilet_ratio", "kindergarten_places", "presence", "walk_network", "tod_link",
         "green_proximity", "green_space", "green_smart", "emergency_shelter", "camera_coverage"}


def _norm(s: str) -> str:
    return re.sub(r"[\s“”\"*²]", "", s).replace("（", "(").replace("）", ")")


def modal_segments(text: str) -> list[tuple[str, str]]:
    """(segment, modal word) for every clause piece between ，；。 that holds a modal word."""
    out = []
    for seg in re.split(r"[，,；;。：:]", text):
        for m in MODAL.finditer(seg):
            w, i = m.group(), m.start()
            if i and seg[i - 1] in NOT_MODAL_BEFORE.get(w, ""):
                continue
            if seg[m.end():].startswith(NOT_MODAL_AFTER.get(w, ())):
                continue
            out.append((seg.strip(), w))
            break
    return [(s, w) for s, w in out if s]


def chapter_provisions() -> list[tuple[str, str]]:
    """(clause id, text) of every numbered clause and list item of chapters 3-7."""
    lines = STANDARD_TEXT.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "3 基本规定" and i > 100)
    end = next(i for i, line in enumerate(lines) if line.startswith("附表 A"))
    out, current = [], None
    for raw in lines[start:end]:
        s = re.sub(r"^\s*-\s*", "", raw).replace("**", "").strip()
        m = re.match(r"^(\d\.\d\.\d+)\s+(.+)$", s)
        if m:
            current = m.group(1)
            out.append((current, m.group(2)))
            continue
        m = re.match(r"^(\d)\s+(.+)$", s)
        if m and current and re.search(r"[，。；]", m.group(2)):
            out.append((f"{current}-{m.group(1)}", m.group(2)))
    return out


@pytest.fixture(scope="module")
def register():
    return load_register()


def _items_for(register, clause: str) -> list:
    return [p for p in register.provisions if p.clause == clause]


def test_every_modal_provision_of_chapters_3_to_7_is_in_the_register(register):
    clauses = chapter_provisions()
    assert len(clauses) > 100
    missing = []
    for clause, text in clauses:
        items = _items_for(register, clause)
        for seg, word in modal_segments(text):
            holder = [p for p in items if _norm(seg) in _norm(p.text_zh)]
            if not holder:
                missing.append((clause, seg))
            elif not LIST_INTRO.search(seg):
                # The item holding the words has their strength (不应/不得 are 应, 不宜 is 宜).
                assert any(p.strength is Strength.from_zh(word) for p in holder), (clause, seg, word)
    assert not missing, missing


def test_every_modal_cell_of_table_a01_is_in_the_register(register, standard):
    rows = [line.split("\t") for line in STANDARD_TEXT.read_text(encoding="utf-8").splitlines()
            if len(line.split("\t")) == 7 and line.split("\t")[2] != "设置要求"]
    assert len(rows) == 22
    missing = []
    for cells, ftype in zip(rows, standard.facilities):
        items = [p for p in register.provisions if p.id.startswith(f"A.0.1/{ftype.code}/")]
        if cells[2].strip() != "—":
            assert any(p.column == "设置要求" and p.strength is Strength.SHALL for p in items), ftype.code
        for column in (3, 4, 5, 6):   # 服务内容, 备注, 布局要求, 智慧要求
            for seg, _word in modal_segments(re.sub(r"\(\d\)", "；", cells[column])):
                if not any(_norm(seg) in _norm(p.text_zh) for p in items):
                    missing.append((ftype.code, seg))
    assert not missing, missing


def test_every_item_is_complete(register):
    ids = [p.id for p in register.provisions]
    assert len(ids) == len(set(ids))
    for p in register.provisions:
        assert p.status in STATUSES
        assert p.text_en and not re.search(r"[\u4e00-\u9fff]", p.text_en), p.id
        assert set(p.rules) <= RULES, p.id
        if p.status == "checked":
            assert p.rules, p.id
        if p.status == "declared":
            assert p.code or p.rules, p.id
        if p.status == "needs_data":
            assert p.needs["zh"] and p.needs["en"], p.id
        if p.strength_source == "reading":
            assert p.note, p.id   # how a text without a modal word is read is written down


def test_readings_the_issue_named(register):
    # A pilot is a trial (可); a cell without a modal word is not 应 (智能信包箱).
    assert register.by_id("A.0.1/community_canteen/smart/b").strength is Strength.MAY
    assert register.by_id("A.0.1/parcel_station/smart").strength is Strength.SHOULD
    # 3.0.2: existing communities apply 应 smart items as 宜; new ones keep 应.
    smart = register.by_id("A.0.1/kindergarten/smart")
    assert register.applied_strength(smart, "existing") is Strength.SHOULD
    assert register.applied_strength(smart, "new") is Strength.SHALL
    assert register.by_id("4.2.3-2").applies == "new"
    # The table contradicts itself on the health station's ground floor: the note says so.
    assert "4" in register.by_id("A.0.1/health_station/content").note["en"]


def test_counts_add_up(register):
    counts = register.counts()
    assert sum(counts.values()) == len(register.provisions)
    assert all(counts[s] > 0 for s in STATUSES)
