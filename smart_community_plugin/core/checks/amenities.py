"""What a facility or the community provides (parking, toilet areas, places, chapter facilities, paths)."""

from __future__ import annotations

import math

import numpy as np
import shapely
from scipy.sparse.csgraph import connected_components

from ..context import ReviewContext
from ..messages import message
from ..results import CheckResult, Verdict, verdict_for
from .register_rules import facility_check, facility_label, one_per_id, provision_fields, provisions_of


def _parking(ctx: ReviewContext) -> list[CheckResult]:
    """应设置机动车、非机动车停车场/位: the spaces the facility declares, per field the provision names."""
    out = []
    nums = ctx.inputs.facilities.numbers
    for p in provisions_of(ctx, "parking"):
        fields = [f for f in p.fields if f.endswith("_spaces")]
        for code in p.types:
            for k in ctx.facilities_of(code, inside=True):
                values = {f: float(nums[f][k]) for f in fields}
                known = all(math.isfinite(v) for v in values.values())
                ok = known and all(v > 0 for v in values.values())
                verdict = verdict_for(ok, ctx.applied(p)) if known else Verdict.NOT_ASSESSABLE
                out.append(facility_check(ctx, p, "parking", code, k, verdict, message(
                    "check.parking", type=code, label=facility_label(ctx, k), known=known,
                    motor=values.get("motor_spaces"), non_motor=values.get("non_motor_spaces"),
                    fields=fields), {f: (v if math.isfinite(v) else None) for f, v in values.items()},
                    {f: "> 0" for f in fields}))
    # A fresh market's parking is asked by its table row and by a chapter: one check, the stronger wording.
    return one_per_id(out)


def _toilet_ratio(ctx: ReviewContext) -> list[CheckResult]:
    """男女厕所面积比宜为 1:2: the women's area at least twice the men's (1 % for rounding)."""
    out = []
    nums = ctx.inputs.facilities.numbers
    for p in provisions_of(ctx, "toilet_ratio"):
        for code in p.types:
            for k in ctx.facilities_of(code, inside=True):
                female, male = float(nums["female_area_m2"][k]), float(nums["male_area_m2"][k])
                known = math.isfinite(female) and math.isfinite(male) and male > 0
                ratio = female / male if known else None
                verdict = verdict_for(ratio >= 1.98, ctx.applied(p)) if known else Verdict.NOT_ASSESSABLE
                out.append(facility_check(ctx, p, "toilet_ratio", code, k, verdict, message(
                    "check.toilet_ratio", label=facility_label(ctx, k), known=known, female=female if known else None,
                    male=male if known else None, ratio=ratio), {"women_to_men": ratio},
                    {"min_women_to_men": 2.0}))
    return out


def _places(ctx: ReviewContext) -> list[CheckResult]:
    """规模应根据适龄儿童人口确定: the type's places inside against the community's children of that age."""
    out = []
    places = ctx.inputs.facilities.numbers["places"]
    for p in provisions_of(ctx, "kindergarten_places"):
        field = p.fields[0]
        for code in p.types:
            idx = ctx.facilities_of(code, inside=True)
            if len(idx) == 0:
                continue
            children = ctx.inputs.community.children.get(field)
            have = float(np.nansum(places[idx]))
            unknown_places = int((~np.isfinite(places[idx])).sum())
            known = children is not None and unknown_places == 0
            verdict = verdict_for(have >= children, ctx.applied(p)) if known else Verdict.NOT_ASSESSABLE
            out.append(CheckResult(
                verdict=verdict, message=message(
                    "check.kindergarten_places", type=code, places=have, children=children, field=field,
                    unknown_places=unknown_places),
                measured={"places": have, "children": children, "unknown_places": unknown_places},
                required={"places_min": children}, feature_ids=[ctx.fid(k) for k in idx],
                **provision_fields(ctx, p, f"kindergarten_places:{code}", "facilities", code)))
    return out


def _presence(ctx: ReviewContext) -> list[CheckResult]:
    """Chapter facilities the community 应/宜/可 have (4.2.4, 4.3.4, 4.3.5, 4.5.6): at least one inside."""
    out = []
    for p in provisions_of(ctx, "presence"):
        for code in p.types:
            idx = ctx.facilities_of(code, inside=True)
            out.append(CheckResult(
                verdict=verdict_for(len(idx) > 0, ctx.applied(p)),
                message=message("check.presence", type=code, count=len(idx), clause=p.clause),
                measured={"count": len(idx)}, required={"count_min": 1}, feature_ids=[ctx.fid(k) for k in idx],
                **provision_fields(ctx, p, f"presence:{code}", "facilities", code)))
    return one_per_id(out)


def _walk_network(ctx: ReviewContext) -> list[CheckResult]:
    """4.3.5 连续的步行道网络: every resident building and facility inside reaches the main piece of paths."""
    out = []
    for p in provisions_of(ctx, "walk_network"):
        base = provision_fields(ctx, p, "walk_network", "roads")
        if not ctx.uses_network:
            out.append(CheckResult(verdict=Verdict.NOT_ASSESSABLE, message=message("check.walk_network.no_roads"),
                                   **base))
            continue
        graph, starts, source = ctx.routing
        _, label = connected_components(graph.matrix, directed=False)
        on_path = label[:graph.n_network]
        main = int(np.bincount(on_path).argmax())
        home_ok = np.zeros(len(ctx.residents), dtype=bool)
        located = starts.u >= 0
        home_ok[ctx.walk_starts[0][located]] |= label[starts.u[located]] == main
        inside = np.flatnonzero(ctx.facility_active & ctx.facility_inside)
        fac_ok = (source[inside] >= 0) & (label[np.maximum(source[inside], 0)] == main)
        off_homes = ctx.inputs.buildings.fids[ctx.residents[~home_ok]]
        off_facs = ctx.inputs.facilities.fids[inside[~fac_ok]]
        ok = len(off_homes) == 0 and len(off_facs) == 0
        out.append(CheckResult(
            verdict=verdict_for(ok, ctx.applied(p)), message=message(
                "check.walk_network", homes=len(off_homes), facilities=len(off_facs),
                total_homes=len(ctx.residents), total_facilities=len(inside)),
            measured={"homes_off_network": len(off_homes), "facilities_off_network": len(off_facs),
                      "home_ids": [int(i) for i in off_homes], "facility_ids": [int(i) for i in off_facs]},
            required={"off_network": 0}, feature_ids=[int(i) for i in off_facs], **base))
    return out


def _tod(ctx: ReviewContext) -> list[CheckResult]:
    """4.3.7 TOD: a community gate (or the boundary) within the documented walk of a rail station."""
    out = []
    limit = ctx.register.distance("tod_link_m")
    stations = ctx.facilities_of("rail_station")
    for p in provisions_of(ctx, "tod_link"):
        base = provision_fields(ctx, p, "tod_link", "facilities", "rail_station")
        if len(stations) == 0:
            out.append(CheckResult(verdict=Verdict.NOT_APPLICABLE, message=message("check.tod_link.none"), **base))
            continue
        gates = ctx.inputs.gates
        origin = (shapely.points(np.asarray(gates, dtype=float)) if gates is not None and len(gates)
                  else np.array([shapely.boundary(ctx.inputs.community.geometry)]))
        d = shapely.distance(origin[:, None], ctx.inputs.facilities.geometries[stations][None, :])
        g, s = np.unravel_index(int(np.argmin(d)), d.shape)
        best = float(d[g, s])
        out.append(CheckResult(
            verdict=verdict_for(best <= limit, ctx.applied(p)), message=message(
                "check.tod_link", distance=best, limit=limit, station=facility_label(ctx, int(stations[s])),
                from_gate=gates is not None and len(gates) > 0),
            measured={"distance_m": best}, required={"max_distance_m": limit},
            feature_ids=[ctx.fid(int(stations[s]))], **base))
    return out


def _green(ctx: ReviewContext) -> list[CheckResult]:
    """接近/靠近公共绿地: within the documented distance of a green space; not assessable without the layer."""
    out = []
    limit = ctx.register.distance("green_proximity_m")
    greens = ctx.inputs.green_spaces
    for p in provisions_of(ctx, "green_proximity"):
        for code in p.types:
            for k in ctx.facilities_of(code, inside=True):
                if greens is None or len(greens) == 0:
                    verdict, d = Verdict.NOT_ASSESSABLE, None
                else:
                    d = float(shapely.distance(ctx.inputs.facilities.geometries[k], greens.geometries).min())
                    verdict = verdict_for(d <= limit, ctx.applied(p))
                out.append(facility_check(ctx, p, "green_proximity", code, k, verdict, message(
                    "check.green_proximity", type=code, label=facility_label(ctx, k), distance=d, limit=limit,
                    known=d is not None), {"distance_m": d}, {"max_distance_m": limit}))
    return out


def run(ctx: ReviewContext) -> list[CheckResult]:
    """Parking, toilet areas, places for children, chapter facilities, path continuity, TOD and green space."""
    return (_parking(ctx) + _toilet_ratio(ctx) + _places(ctx) + _presence(ctx) + _walk_network(ctx)
            + _tod(ctx) + _green(ctx))

