"""The coverage map tool on hand-made layers: served population, gaps, walking area."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString, Point

from .layers import scheme, square, vlayer, write


def _inputs(tmp_path, with_roads):
    from smart_community_plugin.standard import load_standard

    from .review_helpers import read_layers as read_inputs

    path = tmp_path / "s.gpkg"
    homes = [dict(geometry=square(100, 0), use="residential", population=10),
             dict(geometry=square(250, 0), use="residential", population=20),
             dict(geometry=square(400, 0), use="residential", population=40)]
    facs = [dict(geometry=Point(0, 0), facility_type="health_station", status="existing"),
            dict(geometry=Point(2000, 0), facility_type="health_station", status="existing")]
    layers = scheme(path, homes, facs)
    roads = None
    if with_roads:
        # A street y=0 and a detour: the home at 250 m is reached only round a 600 m loop.
        roads = vlayer(write(path, "roads", [dict(geometry=LineString([(-50, 0), (180, 0)]), walkable=1),
                                             dict(geometry=LineString([(180, 0), (180, 300), (250, 300), (250, 0)]),
                                                  walkable=1),
                                             dict(geometry=LineString([(250, 0), (2100, 0)]), walkable=1)],
                                 geometry_type="LineString"))
    return read_inputs(layers["community"], layers["buildings"], layers["facilities"], load_standard(),
                       roads=roads)


def test_served_population_and_gaps_by_straight_line(tmp_path, qgis_canvas, standard):
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY

    from smart_community_plugin.core.parameters import ReviewParameters
    from smart_community_plugin.gui.coverage_tool import CoverageMapTool

    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4548"))
    qgis_canvas.setExtent(shapely_rect(-100, -500, 2100, 500))
    tool = CoverageMapTool(qgis_canvas, _inputs(tmp_path, False), standard,
                           ReviewParameters(distance_method="euclidean"))
    got = []
    tool.reported.connect(got.append)
    r = tool.show_at(QgsPointXY(1, 1))
    # Within 300 m of (0,0): the home at 100 m (10 people); 250 m too (20): 30 in all.
    assert r.facility_id == 1 and r.limit_m == 300 and r.population_within == pytest.approx(30)
    assert r.buildings_within == [1, 2] and r.uncovered_building_ids == [3]
    assert got == [r] and r.walking_area is None
    assert tool.bands["uncovered"].numberOfVertices() > 0
    # Hovering the home at 250 m: straight-line distances, within the 300 m limit.
    assert tool.describe_at(QgsPointXY(251, 2)) == (
        "Building #2: 250 m to this facility, 250 m to the nearest of its type (straight line, limit 300 m) ✔")
    assert tool.describe_at(QgsPointXY(175, 0)) == ""  # between homes
    assert tool.show_at(QgsPointXY(900, 0)) is None  # nowhere near a facility
    assert tool.describe_at(QgsPointXY(251, 2)) == ""  # nothing picked


def test_walking_area_and_served_population(tmp_path, qgis_canvas, standard):
    from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY

    from smart_community_plugin.gui.coverage_tool import CoverageMapTool

    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4548"))
    qgis_canvas.setExtent(shapely_rect(-100, -500, 2100, 500))
    tool = CoverageMapTool(qgis_canvas, _inputs(tmp_path, True), standard)
    r = tool.show_at(QgsPointXY(0, 0))
    # Walking: 100 m to the first home; the second is 180 + 300 + 70 + 300 = 850 m round the loop.
    assert r.distance == "network" and r.population_within == pytest.approx(10)
    assert r.buildings_within == [1]
    assert r.walking_area is not None and r.walking_area.length > 0
    # Hovering that second home: 850 m round the loop, also the nearest station on foot; beyond 300 m.
    text = tool.describe_at(QgsPointXY(250, 3))
    assert text.startswith("Building #2: 850 m to this facility, 850 m to the nearest of its type (walking")
    assert text.endswith("✘")


def shapely_rect(x0, y0, x1, y1):
    from qgis.core import QgsRectangle

    return QgsRectangle(x0, y0, x1, y1)
