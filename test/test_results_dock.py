"""The results dock against a real review of the sample (pytest-qt, offscreen)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def sample_json(tmp_path_factory, qgis_app):
    from smart_community_plugin.standard import load_standard

    from .layers import vlayer
    from .review_helpers import review_layers

    out = tmp_path_factory.mktemp("dock") / "review.json"
    s = str(SAMPLE)
    layers = {n: vlayer(f"{s}|layername={n}", n) for n in ("community", "buildings", "facilities", "compounds")}
    review_layers(layers["community"], layers["buildings"], layers["facilities"], load_standard(),
                  compounds=layers["compounds"], output_json=out)
    return json.loads(out.read_text(encoding="utf-8"))


def test_dock_groups_counts_and_filters(qtbot, qgis_iface, sample_json):
    from smart_community_plugin.gui.results_dock import ResultsDock, chapter_of

    dock = ResultsDock(qgis_iface)
    qtbot.addWidget(dock)
    dock.set_review(sample_json)
    counts = Counter(c["verdict"] for c in sample_json["checks"])
    assert f"{counts['fail']} fail" in dock.summary.text()
    chapters = {chapter_of(c["clause"]) for c in sample_json["checks"]}
    assert dock.tree.topLevelItemCount() == len(chapters)
    assert len(dock.visible_checks()) == len(sample_json["checks"])
    dock.filter.setCurrentIndex(dock.filter.findData("fail"))
    shown = dock.visible_checks()
    assert len(shown) == counts["fail"] and all(c["verdict"] == "fail" for c in shown)


def test_chapters():
    from smart_community_plugin.gui.results_dock import chapter_of

    assert chapter_of("4.5.3, A.0.1") == "4.5" and chapter_of("A.0.1") == "A" and chapter_of("4.5.5-1") == "4.5"


def test_clicking_a_check_selects_its_features(qtbot, qgis_iface, sample_json):
    from smart_community_plugin.gui.results_dock import ROLE_CHECK, ResultsDock

    from .layers import vlayer

    compounds = vlayer(f"{SAMPLE}|layername=compounds", "compounds")
    dock = ResultsDock(qgis_iface)
    qtbot.addWidget(dock)
    dock.set_review(sample_json, {"compounds": compounds})
    target = None
    for i in range(dock.tree.topLevelItemCount()):
        top = dock.tree.topLevelItem(i)
        for j in range(top.childCount()):
            for k in range(top.child(j).childCount()):
                item = top.child(j).child(k)
                if item.data(0, ROLE_CHECK)["id"] == "quantity:access_control":
                    target = item
    assert target is not None
    dock.tree.itemClicked.emit(target, 0)
    assert compounds.selectedFeatureIds() == [4]  # the north-east compound has no access control
    assert "门禁" in target.toolTip(0)
