"""The GDAL Arrow fast path and QGIS's feature iterator read the same thing; edits in QGIS win."""

from __future__ import annotations

import numpy as np
import shapely

from smart_community_plugin.layers import raw_read as reader_module
from smart_community_plugin.standard import load_standard

from .conftest import SAMPLE
from .layers import vlayer
from .review_helpers import read_layers as read_inputs


def _sample_layers():
    s = str(SAMPLE)
    return [vlayer(f"{s}|layername={n}", n) for n in ("community", "buildings", "facilities", "compounds")]


def _read(monkeypatch=None, fast=True):
    if not fast:
        monkeypatch.setattr(reader_module, "_read_arrow", lambda layer, columns: None)
    community, buildings, facilities, compounds = _sample_layers()
    return read_inputs(community, buildings, facilities, load_standard(), compounds)


def test_fast_path_is_taken_for_a_plain_geopackage(qgis_app):
    _, buildings, _, _ = _sample_layers()
    got = reader_module._read_arrow(buildings, {"households": "households", "use": "use"})
    assert got is not None
    fids, blobs, attrs = got
    assert len(fids) == buildings.featureCount()
    assert attrs["households"].dtype.kind == "f" and isinstance(attrs["use"][0], str)


def test_a_very_long_text_costs_its_own_size(tmp_path, qgis_app):
    """Regression: GDAL's NumPy form padded every row to the longest value (10 MB x rows)."""
    import resource

    from .layers import write

    long = "长" * 10_000_000
    uri = write(tmp_path / "long.gpkg", "facilities", [
        dict(geometry=shapely.Point(k, 0), facility_type="health_station", name=long if k == 0 else "x")
        for k in range(2000)])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    fids, blobs, attrs = reader_module._read_arrow(vlayer(uri), {"name": "name"})
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert len(attrs["name"][0]) == 10_000_000 and attrs["name"][1] == "x"
    assert grown_mib < 500, grown_mib      # padded, 2,000 rows of 30 MB would need 60 GB


def test_both_paths_read_the_same_inputs(monkeypatch, qgis_app):
    fast = _read()
    slow = _read(monkeypatch, fast=False)
    for part in ("buildings", "facilities", "compounds"):
        a, b = getattr(fast, part), getattr(slow, part)
        assert np.array_equal(a.fids, b.fids), part
        assert all(shapely.equals_exact(a.geometries, b.geometries, tolerance=1e-9)), part
    for field in ("residential", "floors", "height_m", "households", "population"):
        assert np.array_equal(getattr(fast.buildings, field), getattr(slow.buildings, field), equal_nan=True), field
    assert list(fast.facilities.types) == list(slow.facilities.types)
    assert list(fast.facilities.names) == list(slow.facilities.names)
    assert fast.facilities.smart_features == slow.facilities.smart_features
    for key, values in fast.facilities.numbers.items():
        assert np.array_equal(values, slow.facilities.numbers[key], equal_nan=True), key
    assert [f.text() for f in fast.findings] == [f.text() for f in slow.findings]


def test_unsaved_edits_are_reviewed_and_not_saved(qgis_app, tmp_path):
    # On a copy: QGIS opens a layer for update when editing starts, which is the user's doing.
    copy = tmp_path / "sample.gpkg"
    copy.write_bytes(SAMPLE.read_bytes())
    community, buildings, facilities, compounds = [vlayer(f"{copy}|layername={n}", n)
                                                   for n in ("community", "buildings", "facilities", "compounds")]
    feature = next(buildings.getFeatures())
    original = feature["households"]
    idx = buildings.fields().lookupField("households")
    assert buildings.startEditing()
    assert buildings.changeAttributeValue(feature.id(), idx, 1000)
    try:
        inputs = read_inputs(community, buildings, facilities, load_standard(), compounds)
        k = int(np.flatnonzero(inputs.buildings.fids == feature.id())[0])
        assert inputs.buildings.households[k] == 1000
    finally:
        buildings.rollBack()
    reopened = vlayer(f"{copy}|layername=buildings", "again")
    assert reopened.getFeature(feature.id())["households"] == original
