"""Green space, emergency shelters and cameras (4.4.1-4.4.4, 5.2.4-1): the layers a plan shows them on."""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely
from scipy.sparse.csgraph import dijkstra

from ..context import ReviewContext
from ..messages import message
from ..network import compound_zones, edge_midpoints
from ..results import CheckResult, Verdict, verdict_for
from ..routing import attach, locate, routing_graph
from .register_rules import provision_fields, provisions_of

# Shelter edges are sampled this often (m) to enter the network: a home walks to the nearest edge of a park.
_EDGE_STEP_M = 25.0


def _green_space(ctx: ReviewContext) -> list[CheckResult]:
    """4.4.1 应设置公共活动场所和社区绿地: at least one green or open space within the boundary."""
    out = []
    green = ctx.inputs.green_spaces
    for p in provisions_of(ctx, "green_space"):
        if green is None:
            out.append(CheckResult(verdict=Verdict.NOT_ASSESSABLE, message=message("check.green_space.no_layer"),
                                   **provision_fields(ctx, p, "green_space", "green_spaces")))
            continue
        inside = np.flatnonzero(shapely.intersects(ctx.inputs.community.geometry, green.geometries)) \
            if len(green) else np.zeros(0, dtype=np.int64)
        area = float(shapely.area(shapely.intersection(green.geometries[inside],
                                                      ctx.inputs.community.geometry)).sum()) if len(inside) else 0.0
        out.append(CheckResult(
            verdict=verdict_for(len(inside) > 0, ctx.applied(p)),
            message=message("check.green_space", count=len(inside), area=area),
            measured={"count": len(inside), "area_m2": area}, required={"count_min": 1},
            feature_ids=[int(green.fids[k]) for k in inside], **provision_fields(ctx, p, "green_space", "green_spaces")))
    return out


def _green_smart(ctx: ReviewContext) -> list[CheckResult]:
    """4.4.2-4.4.4: the smart items the green spaces declare (smart_features); declared, never verified."""
    out = []
    green = ctx.inputs.green_spaces
    labels = ctx.register.green_smart_items
    for p in provisions_of(ctx, "green_smart"):
        base = provision_fields(ctx, p, f"green_smart:{p.id}", "green_spaces",
                                required={"provision": p.id, "items": list(p.codes)})
        if green is None or len(green) == 0:
            out.append(CheckResult(verdict=Verdict.NOT_ASSESSABLE, message=message("check.green_smart.no_layer"),
                                   **base))
            continue
        declared = set().union(*[{d.strip().lower() for d in s} for s in green.smart_features])
        missing = [c for c in p.codes if c not in declared]
        out.append(CheckResult(
            verdict=verdict_for(not missing, ctx.applied(p)),
            message=message("check.green_smart", clause=p.clause, have=len(p.codes) - len(missing),
                            count=len(p.codes), missing_items=[labels.get(c, {"zh": c, "en": c}) for c in missing]),
            measured={"declared": sorted(set(p.codes) - set(missing)), "missing": missing}, **base))
    return out


def shelter_walks(ctx: ReviewContext) -> dict[str, Any]:
    """Every resident building's walk to its nearest emergency shelter: distances (m), route lines, shelter ids.

    Walking on the paths when the review walks (Dijkstra from the shelters' edges, with predecessors for the
    route), else the straight line to the shelter's edge.
    """
    def compute() -> dict[str, Any]:
        green = ctx.inputs.green_spaces
        shelters = np.flatnonzero(green.shelter)
        homes = ctx.residents_xy
        n = len(homes)
        dist, lines, which = np.full(n, np.inf), np.full(n, None, dtype=object), np.full(n, -1)
        if len(shelters) == 0 or n == 0:
            return {"distance": dist, "lines": lines, "shelter": which}
        polys = green.geometries[shelters]
        if not ctx.uses_network:
            tree = shapely.STRtree(polys)
            pts = shapely.points(homes)
            near = tree.nearest(pts)
            lines = shapely.shortest_line(pts, polys[near])
            return {"distance": shapely.length(lines), "lines": lines, "shelter": shelters[near]}
        edge = shapely.segmentize(shapely.boundary(polys), _EDGE_STEP_M)
        xy, owner = shapely.get_coordinates(edge, return_index=True)
        net = ctx.network
        walls = ctx.walls
        att = attach(net, xy, compound_zones(xy, walls), compound_zones(edge_midpoints(net), walls))
        graph, _ = routing_graph(net, [att], leaves_for=0)
        where = locate(graph, homes, walls)
        src = graph.leaf_node[graph.leaf_node >= 0]
        src_owner = owner[graph.leaf_node >= 0]
        if len(src) == 0:
            return {"distance": dist, "lines": lines, "shelter": which}
        d, pred, origin = dijkstra(graph.matrix, directed=False, indices=src, min_only=True,
                                   return_predecessors=True)
        ok = where.u >= 0
        via_u = np.where(ok, d[np.maximum(where.u, 0)] + where.to_u, np.inf)
        via_v = np.where(ok, d[np.maximum(where.v, 0)] + where.to_v, np.inf)
        end = np.where(via_u <= via_v, where.u, where.v)
        dist = np.where(ok, np.minimum(via_u, via_v) + where.access, np.inf)
        leaf_to_owner = dict(zip(src.tolist(), src_owner.tolist()))
        for k in np.flatnonzero(np.isfinite(dist)):
            path = [int(end[k])]
            while pred[path[-1]] >= 0:
                path.append(int(pred[path[-1]]))
            # The home, where it meets its path, along the path to the end it leaves by, then the search's way.
            a, b = graph.xy[where.u[k]], graph.xy[where.v[k]]
            span = float(np.hypot(*(b - a)))
            on = a + (b - a) * (where.to_u[k] / span if span > 0 else 0.0)
            lines[k] = shapely.linestrings(np.vstack([homes[k], on, graph.xy[path]]))
            which[k] = shelters[leaf_to_owner.get(int(origin[end[k]]), 0)]
        return {"distance": dist, "lines": lines, "shelter": which}

    return ctx.derived("shelter_walks", compute)


def _shelter(ctx: ReviewContext) -> list[CheckResult]:
    """4.4.3 智慧应急避险: the longest walk from a home to its nearest emergency shelter, within the documented walk."""
    out = []
    green = ctx.inputs.green_spaces
    limit = ctx.register.distance("shelter_walk_m")
    for p in provisions_of(ctx, "emergency_shelter"):
        base = provision_fields(ctx, p, "emergency_shelter", "buildings")
        if green is None or not green.shelter.any():
            out.append(CheckResult(verdict=Verdict.NOT_ASSESSABLE, message=message(
                "check.emergency_shelter.none", layer=green is not None), **base))
            continue
        walks = shelter_walks(ctx)
        d = walks["distance"]
        far = d > limit
        longest = float(d.max()) if len(d) else 0.0
        out.append(CheckResult(
            verdict=verdict_for(not far.any(), ctx.applied(p)),
            message=message("check.emergency_shelter", longest=longest if np.isfinite(longest) else None,
                            limit=limit, beyond=int(far.sum()), buildings=len(d),
                            method="network" if ctx.uses_network else "euclidean"),
            measured={"longest_walk_m": longest if np.isfinite(longest) else None, "buildings_beyond": int(far.sum()),
                      "distance": "network" if ctx.uses_network else "euclidean"},
            required={"max_walk_m": limit},
            feature_ids=ctx.inputs.buildings.fids[ctx.residents[far]].tolist(), **base))
    return out


def _cameras(ctx: ReviewContext) -> list[CheckResult]:
    """5.2.4-1: waste stations and fire lanes within the view of a camera with a boundary-crossing alarm."""
    out = []
    f = ctx.inputs.facilities
    cams = ctx.facilities_of("surveillance")
    radius = f.numbers["view_radius_m"][cams]
    alarm = np.array([("boundary_alarm" in {d.strip().lower() for d in f.smart_features[k]}) for k in cams],
                     dtype=bool)
    usable = cams[np.isfinite(radius) & (radius > 0) & alarm]
    for p in provisions_of(ctx, "camera_coverage"):
        base = provision_fields(ctx, p, "camera_coverage", "facilities")
        if len(cams) and not np.isfinite(radius).any():
            out.append(CheckResult(verdict=Verdict.NOT_ASSESSABLE, message=message("check.camera_coverage.no_radius"),
                                   **base))
            continue
        views = (shapely.buffer(f.geometries[usable], f.numbers["view_radius_m"][usable])
                 if len(usable) else np.zeros(0, dtype=object))
        seen = shapely.union_all(views) if len(views) else shapely.Point()
        stations = ctx.facilities_of("waste_collection", inside=True)
        unseen = [ctx.fid(k) for k in stations if not shapely.intersects(seen, f.geometries[k])]
        lanes = ctx.inputs.fire_lanes
        lane_known = lanes is not None
        lanes_unseen = int(sum(not shapely.intersects(seen, g) for g in lanes)) if lane_known else 0
        ok = not unseen and lanes_unseen == 0
        verdict = verdict_for(ok, ctx.applied(p))
        if ok and not lane_known:
            verdict = Verdict.NOT_ASSESSABLE   # the stations are watched; whether the fire lanes are is unknown
        out.append(CheckResult(
            verdict=verdict, message=message(
                "check.camera_coverage", cameras=len(usable), stations=len(stations), unseen=len(unseen),
                lanes=0 if not lane_known else len(lanes), lanes_unseen=lanes_unseen, lane_known=lane_known),
            measured={"cameras_with_alarm": len(usable), "stations_unwatched": len(unseen),
                      "unwatched_station_ids": unseen,
                      "fire_lanes": None if not lane_known else len(lanes), "fire_lanes_unwatched": lanes_unseen},
            required={"unwatched": 0}, feature_ids=unseen, **base))
    return out


def run(ctx: ReviewContext) -> list[CheckResult]:
    """Green space present, its declared smart items, the walk to an emergency shelter, and the cameras."""
    return _green_space(ctx) + _green_smart(ctx) + _shelter(ctx) + _cameras(ctx)
