"""Life circles (4.5.4): which facility types each home reaches within 5, 10 and 15 minutes' walk."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import numpy as np

from .circles import circle_distances
from .context import ReviewContext


def circle_members(ctx: ReviewContext, circles: OrderedDict[int, float]) -> OrderedDict[int, list[str]]:
    """Types per circle: the smallest circle whose distance covers the type's own distance limit."""
    members: OrderedDict[int, list[str]] = OrderedDict((m, []) for m in circles)
    largest = next(reversed(circles))
    for ftype in ctx.standard.facilities:
        if ftype.code in ctx.standard.life_circle_exclude:
            continue
        limit = ctx.distance_limit(ftype.code)
        home = largest
        if limit is not None:
            home = next((m for m, d in circles.items() if d >= limit), largest)
        members[home].append(ftype.code)
    return members


def life_circles(ctx: ReviewContext) -> dict[str, Any]:
    """Per circle: the types it asks for, the share of residents who reach all of them, what is missing.

    A home's k-minute circle is complete when it reaches every type of the circles up to k within
    the k-minute distance. Distances are walking ones when the network is used.
    """
    circles = circle_distances(ctx.standard, ctx.params)
    members = circle_members(ctx, circles)
    pop = ctx.residents_population
    total = float(pop.sum())
    dist = {code: ctx.verdict_distances(code) for codes in members.values() for code in codes}
    out: dict[str, Any] = {"distance": "network" if ctx.uses_network else "euclidean",
                           "speed_m_per_min": ctx.params.walking_speed_m_per_min, "circles": []}
    per_building = {}
    wanted: list[str] = []
    for minutes, limit in circles.items():
        wanted = wanted + members[minutes]
        reach = {code: dist[code] <= limit for code in wanted}
        complete = np.logical_and.reduce([reach[c] for c in wanted]) if wanted else np.ones(len(pop), bool)
        missing = sorted(((float(pop[~reach[c]].sum()) / total if total else 0.0, c) for c in wanted),
                         reverse=True)
        out["circles"].append({
            "minutes": minutes, "distance_m": limit, "types": list(wanted), "own_types": list(members[minutes]),
            "population_complete": float(pop[complete].sum()),
            "share_complete": float(pop[complete].sum()) / total if total else None,
            "most_missing": [{"facility_type": c, "population_share_missing": round(s, 6)}
                             for s, c in missing if s > 0][:5],
        })
        per_building[minutes] = {"reach": reach, "complete": complete}
    out["_per_building"] = per_building
    return out
