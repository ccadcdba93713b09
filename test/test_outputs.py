"""Outputs are written atomically, never half-written, and the sample is reproducible."""

from __future__ import annotations

import json

import pytest
import shapely
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from smart_community_plugin.core.errors import OutputExistsError
from smart_community_plugin.layers.schema import PLANNING_LAYERS
from smart_community_plugin.pipeline.outputs import Outputs

from .conftest import SAMPLE


def test_failure_leaves_no_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "review.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with Outputs() as out:
            out.file(target, lambda p: p.write_text("half", encoding="utf-8"))
            raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["review.json"]


def test_existing_file_is_only_replaced_when_asked(tmp_path):
    target = tmp_path / "r.json"
    with Outputs() as out:
        out.json(target, {"a": 1})
    with pytest.raises(OutputExistsError):
        with Outputs(overwrite=False) as out:
            out.json(target, {"a": 2})
    assert json.loads(target.read_text(encoding="utf-8")) == {"a": 1}
    with Outputs() as out:
        out.json(target, {"a": 3})
    assert json.loads(target.read_text(encoding="utf-8")) == {"a": 3}


def test_json_is_utf8_with_chinese_text(tmp_path):
    with Outputs() as out:
        out.json(tmp_path / "z.json", {"name": "幼儿园", "x": float("nan")})
    text = (tmp_path / "z.json").read_text(encoding="utf-8")
    assert "幼儿园" in text and json.loads(text)["x"] is None   # NaN is no JSON: written as null


def _features(path, layer):
    vl = QgsVectorLayer(f"{path}|layername={layer}", layer, "ogr")
    assert vl.isValid()
    out = []
    for f in vl.getFeatures(QgsFeatureRequest()):
        attrs = {k: f[k] for k in vl.fields().names() if k != "fid"}
        out.append((shapely.from_wkb(bytes(f.geometry().asWkb())).wkt if f.hasGeometry() else None,
                    json.dumps(attrs, default=str, ensure_ascii=False, sort_keys=True)))
    return sorted(out, key=str)


def test_sample_is_reproducible_from_its_script(tmp_path, qgis_app):
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate_sample", SAMPLE.with_name("generate_sample.py"))
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    fresh = tmp_path / "sample.gpkg"
    gen.generate(fresh)
    for layer in [spec_.name for spec_ in PLANNING_LAYERS] + ["facility_areas", "gates", "play_areas"]:
        assert _features(fresh, layer) == _features(SAMPLE, layer), layer


def test_sample_says_it_is_synthetic():
    vl = QgsVectorLayer(f"{SAMPLE}|layername=community", "c", "ogr")
    name = next(vl.getFeatures())["name"]
    assert "synthetic" in name
    assert all("synthetic" in f["data_source"] for f in vl.getFeatures())
