"""The walking network: snapping, crossings, bridges, pieces, attachment and distances vs networkx."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
import shapely
from shapely.geometry import LineString

from smart_community_plugin.core.network import build_network, explode_segments
from smart_community_plugin.core.routing import attach, locate, nearest_by_network, routing_graph


def L(*pts):
    return LineString(pts)


def _edges(net):
    return {tuple(sorted((tuple(net.xy[a]), tuple(net.xy[b])))) for a, b in zip(net.u, net.v)}


def test_cross_splits_bridge_does_not_and_short_end_is_snapped():
    lines = np.array([L((0, 0), (100, 0)), L((50, -50), (50, 50)), L((20, 30), (20, 0.5)),
                      L((80, -40), (80, 40))])
    net = build_network(lines, np.array([0, 0, 0, 1]), snap_tolerance=1.0)
    edges = _edges(net)
    assert ((20.0, 0.0), (50.0, 0.0)) in edges          # split at the snapped path and the crossing
    assert ((80.0, -40.0), (80.0, 40.0)) in edges        # the bridge stays one edge
    assert ((50.0, 0.0), (100.0, 0.0)) in edges          # no split under the bridge
    assert ((20.0, 0.0), (20.0, 30.0)) in edges          # the path end moved 0.5 m onto the road
    assert net.length.sum() == pytest.approx(310.0)
    assert "2 disconnected pieces" in net.findings[0].text()


def test_end_beyond_the_tolerance_stays_apart():
    net = build_network(np.array([L((0, 0), (100, 0)), L((20, 30), (20, 2))]), snap_tolerance=1.0)
    count, _ = net.components()
    assert count == 2


def test_close_ends_are_merged():
    net = build_network(np.array([L((0, 0), (50, 0)), L((50.4, 0.3), (100, 0))]), snap_tolerance=1.0)
    assert net.n_nodes == 3 and net.components()[0] == 1


def test_zero_length_and_duplicate_edges_are_dropped():
    net = build_network(np.array([L((0, 0), (10, 0)), L((10, 0), (0, 0)), L((5, 5), (5, 5)),
                                  L((0, 0), (0, 0), (0, 10))]), snap_tolerance=0)
    assert sorted(net.length.tolist()) == [10.0, 10.0]
    assert any("duplicate" in f.text() for f in net.findings)


def test_self_intersecting_line_is_split_where_it_crosses_itself():
    # A figure-of-eight path: the crossing at (5, 5) becomes a node with four edges.
    net = build_network(np.array([L((0, 0), (10, 10), (10, 0), (0, 10))]), snap_tolerance=0)
    node = np.flatnonzero(np.all(np.isclose(net.xy, (5, 5)), axis=1))
    assert len(node) == 1
    assert np.sum((net.u == node[0]) | (net.v == node[0])) == 4


def test_empty_network_is_a_finding():
    net = build_network(np.array([L((1, 1), (1, 1))], dtype=object))
    assert net.n_nodes == 0 and "empty" in net.findings[0].text()


def _networkx(net):
    g = nx.Graph()
    for a, b, w in zip(net.u, net.v, net.length):
        if g.has_edge(a, b):
            w = min(w, g[a][b]["weight"])
        g.add_edge(int(a), int(b), weight=float(w))
    return g


def test_distances_match_networkx_on_a_random_street_grid():
    rng = np.random.default_rng(3)
    # A 12 x 12 grid of 100 m blocks with jittered vertices and some streets missing.
    lines = []
    for k in range(12):
        for j in range(11):
            if rng.random() < 0.85:
                lines.append(L((k * 100 + rng.normal(0, 3), j * 100), (k * 100 + rng.normal(0, 3), (j + 1) * 100)))
            if rng.random() < 0.85:
                lines.append(L((j * 100, k * 100 + rng.normal(0, 3)), ((j + 1) * 100, k * 100 + rng.normal(0, 3))))
    net = build_network(np.array(lines, dtype=object), snap_tolerance=5.0)
    homes = rng.uniform(0, 1100, size=(300, 2))
    facs = rng.uniform(0, 1100, size=(6, 2))
    # Ours: facilities split the paths, homes are located on the split graph without splitting it.
    fac_att = attach(net, facs)
    graph, _ = routing_graph(net, [fac_att], leaves_for=0)
    got = nearest_by_network(graph, graph.leaf_node, locate(graph, homes), cutoff=1e9)
    # Independent: every home split into the graph as a node too, and networkx Dijkstra from each
    # facility separately.
    home_att = attach(net, homes)
    full, (home_nodes, _) = routing_graph(net, [home_att, fac_att], leaves_for=1)
    g = nx.Graph()
    coo = full.matrix.tocoo()
    for a, b, w in zip(coo.row, coo.col, coo.data):
        g.add_edge(int(a), int(b), weight=float(w))
    best = np.full(len(homes), np.inf)
    for leaf in full.leaf_node:
        lengths = nx.single_source_dijkstra_path_length(g, int(leaf), weight="weight")
        for k, node in enumerate(home_nodes):
            if node in lengths:
                best[k] = min(best[k], lengths[node] + home_att.access[k])
    reachable = np.isfinite(best)
    assert reachable.sum() > 250
    assert np.allclose(got[reachable], best[reachable], atol=0.01)
    assert np.all(np.isinf(got[~reachable]))


def test_attachment_splits_the_edge_exactly():
    # One 100 m street; a home 10 m north of x=30, a facility 5 m south of x=80: 10 + 50 + 5 = 65 m.
    net = build_network(np.array([L((0, 0), (100, 0))]))
    home, fac = attach(net, np.array([[30.0, 10.0]])), attach(net, np.array([[80.0, -5.0]]))
    assert home.xy[0] == pytest.approx([30, 0]) and home.access[0] == pytest.approx(10)
    graph, _ = routing_graph(net, [fac], leaves_for=0)
    d = nearest_by_network(graph, graph.leaf_node, locate(graph, np.array([[30.0, 10.0]])), cutoff=1000)
    assert d[0] == pytest.approx(65.0)


def test_home_and_facility_on_the_same_edge():
    # Both on one 100 m street, the home left of the facility: straight along, 20 + 40 + 0.
    net = build_network(np.array([L((0, 0), (100, 0))]))
    graph, _ = routing_graph(net, [attach(net, np.array([[70.0, 0.0]]))], leaves_for=0)
    d = nearest_by_network(graph, graph.leaf_node, locate(graph, np.array([[30.0, 20.0]])), cutoff=1000)
    assert d[0] == pytest.approx(20 + 40)


def test_cutoff_is_inclusive():
    net = build_network(np.array([L((0, 0), (100, 0))]))
    graph, _ = routing_graph(net, [attach(net, np.array([[100.0, 0.0]]))], leaves_for=0)
    home = locate(graph, np.array([[0.0, 0.0]]))
    assert nearest_by_network(graph, graph.leaf_node, home, cutoff=100.0)[0] == pytest.approx(100)
    assert np.isinf(nearest_by_network(graph, graph.leaf_node, home, cutoff=99.99)[0])


def test_zones_keep_access_walks_inside_walls():
    # A compound (zone 0) with an inner path; a street outside (zone -1) is nearer to the home.
    net = build_network(np.array([L((0, 0), (100, 0)), L((0, 20), (100, 20)), L((50, 0), (50, 20))]))
    seg_mid = (net.xy[net.u] + net.xy[net.v]) / 2
    edge_zones = np.where(seg_mid[:, 1] > 10, 0, -1)
    home = np.array([[20.0, 8.0]])   # 8 m from the street, 12 m from the inner path
    att = attach(net, home, zones=np.array([0]), edge_zones=edge_zones)
    assert att.xy[0] == pytest.approx([20, 20]) and att.access[0] == pytest.approx(12)
    free = attach(net, home)
    assert free.xy[0] == pytest.approx([20, 0])


def test_explode_drops_empty_parts():
    seg = explode_segments(np.array([shapely.MultiLineString([[(0, 0), (1, 0)], [(2, 2), (2, 2)]]),
                                     shapely.LineString()], dtype=object), np.zeros(2))
    assert len(seg) == 1
