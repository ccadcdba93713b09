"""4.5.5-1: everyday service facilities grouped into one integrated centre on enough land."""

from __future__ import annotations

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ..context import ReviewContext
from ..messages import message
from ..results import CheckResult, Verdict, verdict_for
from .limits import facility_value


def clusters(ctx: ReviewContext, indices: np.ndarray) -> list[np.ndarray]:
    """Groups of facilities built together: the same `centre` name, or within the grouping distance."""
    geoms = ctx.inputs.facilities.geometries[indices]
    n = len(indices)
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms, predicate="dwithin", distance=ctx.params.grouping_distance_m)
    rows, cols = [a], [b]
    centre = ctx.inputs.facilities.centre
    if len(centre):
        names = centre[indices]
        for name in {x for x in names if x}:
            members = np.flatnonzero(names == name)
            rows.append(np.repeat(members[0], len(members)))
            cols.append(members)
    r, c = np.concatenate(rows), np.concatenate(cols)
    graph = coo_matrix((np.ones(len(r)), (r, c)), shape=(n, n))
    count, labels = connected_components(graph, directed=False)
    return [indices[labels == k] for k in range(count)]


def centre_land_area(ctx: ReviewContext, members: np.ndarray) -> float:
    """Land of a centre: members built together share one site, so the largest declared site counts."""
    values = [facility_value(ctx, k, "land_area_m2") for k in members]
    values = [v for v in values if np.isfinite(v)]
    return max(values) if values else float("nan")


def run(ctx: ReviewContext) -> list[CheckResult]:
    """One grouping check for the community."""
    g = ctx.standard.grouping
    f = ctx.inputs.facilities
    idx = np.concatenate([ctx.facilities_of(code, inside=True) for code in g.types])
    present = sorted({str(f.types[k]) for k in idx})
    base = dict(id="grouping:integrated_centre", rule="grouping", clause=g.clause, facility_type=None,
                strength=g.strength, requirement_zh=g.text_zh, layer="facilities")
    if len(present) < 2:
        return [CheckResult(**base, verdict=Verdict.NOT_APPLICABLE,
                            message=message("check.grouping.too_few", present=len(present)))]
    groups = clusters(ctx, idx)
    best = max(groups, key=lambda m: (len({str(f.types[k]) for k in m}), len(m)))
    best_types = sorted({str(f.types[k]) for k in best})
    area = centre_land_area(ctx, best)
    grouped = len(best_types) == len(present)
    big_enough = bool(np.isfinite(area) and area >= g.min_land_area_m2)
    ok = grouped and big_enough
    missing = [t for t in present if t not in best_types]
    text = message("check.grouping", grouped=len(best_types), present=len(present), apart=missing,
                   has_area=bool(np.isfinite(area)), area=area, required=g.min_land_area_m2)
    return [CheckResult(
        **base, verdict=verdict_for(ok, g.strength), message=text,
        measured={"types_present": present, "types_in_centre": best_types, "centre_land_area_m2": area,
                  "groups": len(groups)},
        required={"types": list(g.types), "min_land_area_m2": g.min_land_area_m2},
        feature_ids=[ctx.fid(k) for k in best] + [ctx.fid(k) for k in idx if k not in set(best)])]
