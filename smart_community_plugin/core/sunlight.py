"""Winter-solstice sunlight (日照) of kindergarten and nursery windows and activity grounds (A.0.1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import numpy as np
import shapely
from shapely.geometry.polygon import orient

from .ground_sun import ground_minutes
from .messages import message
from .results import Finding, Severity
from .shading import Edges, shaded, sunlit_runs
from .shadows import around, building_shadows, is_convex, obstacles_for, reaching, touching
from .sun import day_of, sun_path, true_solar_to_beijing

MAX_HEIGHT_M = 700.0  # taller than any building: a typo, not a tower


@dataclass(frozen=True)
class SunlightParameters:
    """Analysis settings; defaults: 冬至 09:00-15:00 true solar time, 1-minute steps."""

    day: str = "winter_solstice"
    year: int = 2026
    start_min: float = 9 * 60
    end_min: float = 15 * 60
    step_min: float = 1.0
    min_run_min: float = 1.0
    required_hours: float = 3.0
    ground_share: float = 0.5
    storey_height_m: float = 3.0
    sill_m: float = 0.9
    window_width_m: float = 1.5
    window_spacing_m: float = 3.0
    facade_range_deg: float = 60.0   # generated windows face within this of south
    shadow_margin_m: float = 10.0    # illustrative shadows are drawn within this of the targets and grounds
    grid_m: float = 1.0
    shadow_hours: tuple[float, ...] = (9, 10, 11, 12, 13, 14, 15)


@dataclass
class SunlightInputs:
    """Buildings (all obstructions), the target buildings, optional windows and play areas."""

    building_fids: np.ndarray
    footprints: np.ndarray
    height_m: np.ndarray
    floors: np.ndarray
    ground_m: np.ndarray
    targets: np.ndarray                      # indices of kindergarten/nursery buildings
    target_kind: np.ndarray                  # facility type of each target
    windows: Optional[np.ndarray] = None     # (n, 2) points on façades
    window_facing: Optional[np.ndarray] = None
    window_sill: Optional[np.ndarray] = None
    window_fids: Optional[np.ndarray] = None
    play_areas: Optional[np.ndarray] = None
    latitude: float = 0.0
    longitude: float = 0.0


@dataclass
class SunlightResult:
    """Everything the analysis produced; `to_dict` is the JSON block."""

    window_table: dict[str, np.ndarray] = field(default_factory=dict)   # one array per window attribute
    window_points: np.ndarray = field(default_factory=lambda: np.empty((0, 2)))
    buildings: list[dict[str, Any]] = field(default_factory=list)
    grounds: list[dict[str, Any]] = field(default_factory=list)
    sun_path: list[dict[str, float]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    parameters: dict[str, Any] = field(default_factory=dict)
    # The drawings (hour classes and contour of the grounds, shadows) are made when first asked for: the
    # verdicts never wait for them (live checks, batch reviews), the maps and result layers ask.
    _drawings: list[Callable[[SunlightResult], None]] = field(default_factory=list, repr=False)
    _hour_classes: list[tuple[str, object]] = field(default_factory=list, repr=False)
    _contour: object = field(default=None, repr=False)
    _shadows: list[tuple[float, float, np.ndarray, np.ndarray]] = field(default_factory=list, repr=False)

    @property
    def windows(self) -> list[dict[str, Any]]:
        """The windows as rows (id, building_id, facing_deg, sill_m, lit, effective and longest minutes, verdict)."""
        t = self.window_table
        if not t:
            return []
        keys = list(t)
        cols = [t[k].tolist() for k in keys]
        b = keys.index("building_id")
        return [dict(zip(keys, row[:b] + (row[b] if row[b] >= 0 else None,) + row[b + 1:])) for row in zip(*cols)]

    def _draw(self) -> None:
        while self._drawings:
            self._drawings.pop(0)(self)

    @property
    def hour_classes(self) -> list[tuple[str, object]]:
        """The activity grounds' cells united by sun-hour class: (label, polygon)."""
        self._draw()
        return self._hour_classes

    @property
    def contour(self) -> object:
        """The outline of the ground cells that get the required hours (None without grounds)."""
        self._draw()
        return self._contour

    @property
    def shadows(self) -> list[tuple[float, float, np.ndarray, np.ndarray]]:
        """Shadows at clock hours: (hour, sun altitude, casting building ids, shadow pieces)."""
        self._draw()
        return self._shadows

    def to_dict(self) -> dict[str, Any]:
        """JSON form (layers are written separately)."""
        return {"parameters": self.parameters, "windows": self.windows, "buildings": self.buildings,
                "activity_grounds": self.grounds, "sun_path": self.sun_path,
                "findings": [f.to_dict() for f in self.findings]}


def find_targets(footprints: np.ndarray, facility_geoms: np.ndarray, facility_types: np.ndarray,
                 kinds: tuple[str, ...] = ("kindergarten", "nursery")) -> tuple[np.ndarray, np.ndarray]:
    """Buildings that hold a kindergarten or nursery (the facility's point or shape touches them)."""
    targets: list[int] = []
    types: list[str] = []
    if len(footprints) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=object)
    tree = shapely.STRtree(footprints)
    for geom, code in zip(facility_geoms, facility_types):
        if code not in kinds:
            continue
        for h in tree.query(geom, predicate="intersects"):
            if int(h) not in targets:
                targets.append(int(h))
                types.append(str(code))
    return np.array(targets, dtype=np.int64), np.array(types, dtype=object)


def building_heights(inp: SunlightInputs, p: SunlightParameters) -> tuple[np.ndarray, list[Finding]]:
    """Roof heights above the site datum (m): height_m, else floors x storey height; NaN if unknown."""
    findings = []
    h = inp.height_m.astype(float).copy()
    from_floors = inp.floors * p.storey_height_m
    use = ~(h > 0) & (inp.floors > 0)
    h[use] = from_floors[use]
    for k in np.flatnonzero(~(h > 0)):
        findings.append(Finding(Severity.WARNING, "buildings", message("finding.sunlight.no_height"),
                                feature_id=int(inp.building_fids[k])))
    for k in np.flatnonzero(h > MAX_HEIGHT_M):
        findings.append(Finding(Severity.WARNING, "buildings", message("finding.sunlight.implausible_height",
                                                                       height=h[k]),
                                feature_id=int(inp.building_fids[k])))
    h[(h > MAX_HEIGHT_M) | ~(h > 0)] = np.nan
    ground = np.where(np.isfinite(inp.ground_m), inp.ground_m, 0.0)
    return h + ground, findings


def generate_windows(footprint: object, p: SunlightParameters) -> tuple[np.ndarray, np.ndarray]:
    """Window centres every `window_spacing_m` on exterior walls facing within the range of south."""
    pts, facing = [], []
    for poly in shapely.get_parts(footprint):
        ring = shapely.get_coordinates(orient(poly, 1.0).exterior)  # exterior counter-clockwise
        for a, b in zip(ring[:-1], ring[1:]):
            d = b - a
            length = float(np.hypot(*d))
            if length < p.window_width_m:
                continue
            # Counter-clockwise exterior: the outward normal points to the right of the direction.
            normal_az = float(np.mod(np.degrees(np.arctan2(d[1], -d[0])), 360.0))
            if abs(((normal_az - 180.0 + 180.0) % 360.0) - 180.0) > p.facade_range_deg:
                continue
            count = max(1, int((length - p.window_width_m) // p.window_spacing_m) + 1)
            offsets = (length - (count - 1) * p.window_spacing_m) / 2 + np.arange(count) * p.window_spacing_m
            for s in offsets:
                pts.append(a + d * (s / length))
                facing.append(normal_az)
    return np.array(pts, dtype=float).reshape(-1, 2), np.array(facing, dtype=float)


def _edge_points(centres: np.ndarray, facing: np.ndarray, width: float) -> np.ndarray:
    """The two sill corners of each window (full-window 满窗: both must be lit), 1 cm off the wall."""
    f = np.radians(facing)
    normal = np.column_stack([np.sin(f), np.cos(f)])
    along = np.column_stack([normal[:, 1], -normal[:, 0]])
    base = centres + 0.01 * normal
    return np.concatenate([base - along * width / 2, base + along * width / 2])


def analyse(inp: SunlightInputs, p: SunlightParameters = SunlightParameters()) -> SunlightResult:
    """Windows and activity grounds of the target buildings, shadows and the sun path for maps."""
    date: dt.date = day_of(p.day, p.year)
    sun = sun_path(inp.latitude, inp.longitude, date, p.start_min, p.end_min, p.step_min)
    result = SunlightResult(parameters={"day": p.day, "date": date.isoformat(), "start_min": p.start_min,
                                        "end_min": p.end_min, "step_min": p.step_min,
                                        "min_run_min": p.min_run_min, "required_hours": p.required_hours,
                                        "time": "true_solar", "latitude": inp.latitude,
                                        "longitude": inp.longitude})
    result.sun_path = [{"true_solar_min": float(m), "beijing_min": float(bj), "altitude": float(a),
                        "azimuth": float(z)}
                       for m, bj, a, z in zip(sun.minutes[::15],
                                              true_solar_to_beijing(sun.minutes[::15], inp.longitude, date),
                                              sun.altitude[::15], sun.azimuth[::15])]
    if not (sun.altitude > 0).any():
        result.findings.append(Finding(Severity.WARNING, "sunlight", message("finding.sunlight.polar_night")))
    tops, findings = building_heights(inp, p)
    result.findings.extend(findings)
    ground = np.where(np.isfinite(inp.ground_m), inp.ground_m, 0.0)
    receivers = _receivers(inp)
    # Only what can shade a receiver is read: the buildings within their own longest shadow of one.
    z_min = float(ground.min()) if len(ground) else 0.0
    near = np.union1d(obstacles_for(inp.footprints, tops, receivers, z_min, sun.altitude),
                      inp.targets[np.isfinite(tops[inp.targets])] if len(inp.targets) else np.empty(0, np.int64))
    result.parameters["obstacles"] = int(len(near))
    edges = Edges.from_footprints(inp.footprints[near], tops[near])
    required = p.required_hours * 60.0
    _windows(inp, p, sun, edges, ground, required, result)
    _grounds(inp, p, sun, edges, ground, required, result)
    result._drawings.append(lambda r: _shadows(inp, p, tops, near, receivers, date, r))
    return result


def _receivers(inp: SunlightInputs) -> np.ndarray:
    """What receives the sun: the target buildings, their given windows and the activity grounds."""
    parts = [inp.footprints[inp.targets] if len(inp.targets) else np.empty(0, dtype=object)]
    if inp.windows is not None and len(inp.windows):
        parts.append(shapely.points(np.asarray(inp.windows, dtype=float)))
    if inp.play_areas is not None and len(inp.play_areas):
        parts.append(np.asarray(inp.play_areas, dtype=object))
    return np.concatenate(parts) if parts else np.empty(0, dtype=object)


def _windows(inp, p, sun, edges, ground, required, result) -> None:
    if inp.windows is not None:
        centres, facing = np.asarray(inp.windows, dtype=float), np.asarray(inp.window_facing, dtype=float)
        sill = np.where(np.isfinite(inp.window_sill), inp.window_sill, p.sill_m)
        owner = np.full(len(centres), -1)
        homes = shapely.STRtree(inp.footprints[inp.targets]) if len(inp.targets) else None
        if homes is not None and len(centres):
            pi, bi = homes.query(shapely.points(centres), predicate="dwithin", distance=0.5)
            owner[pi] = inp.targets[bi]
        ids = inp.window_fids
    else:
        parts = [generate_windows(inp.footprints[t], p) for t in inp.targets]
        centres = np.concatenate([c for c, _ in parts]) if parts else np.empty((0, 2))
        facing = np.concatenate([f for _, f in parts]) if parts else np.empty(0)
        owner = np.concatenate([np.full(len(c), t) for (c, _), t in zip(parts, inp.targets)]) if parts else np.empty(0, int)
        sill = np.full(len(centres), p.sill_m)
        ids = np.arange(1, len(centres) + 1)
    result.window_points = centres
    if len(centres) == 0:
        return
    # A window point inside another building is dark whatever the sun does: say so.
    inside_bi, inside_pi = shapely.STRtree(inp.footprints).query(shapely.points(centres), predicate="within")
    for w, b in zip(inside_bi, inside_pi):
        if b != owner[w]:
            result.findings.append(Finding(Severity.WARNING, "windows", message("finding.sunlight.window_inside"),
                                           feature_id=int(ids[w])))
    z = ground[np.maximum(owner, 0)] * (owner >= 0) + sill
    corners = _edge_points(centres, facing, p.window_width_m)
    lit = shaded(corners, np.concatenate([z, z]), edges, sun, np.concatenate([facing, facing]))
    n = len(centres)
    full = lit[:n] & lit[n:]
    runs = sunlit_runs(full, p.step_min, p.min_run_min)
    passed = runs.effective_minutes >= required - 1e-9
    bid = np.where(owner >= 0, inp.building_fids[np.maximum(owner, 0)], -1)
    result.window_table = {"id": np.asarray(ids, dtype=np.int64), "building_id": bid,
                           "facing_deg": np.round(facing, 2), "sill_m": sill.astype(float),
                           "lit_minutes": runs.lit_minutes, "effective_minutes": runs.effective_minutes,
                           "longest_run_minutes": runs.longest_run_minutes,
                           "verdict": np.where(passed, "pass", "fail").astype(object)}
    _window_buildings(inp, owner, result)


def _window_buildings(inp: SunlightInputs, owner: np.ndarray, result: SunlightResult) -> None:
    """Per target building: its windows, the worst one and how many fail (grouped with numpy, not per building)."""
    t = result.window_table
    mine = owner >= 0
    if not mine.any():
        return
    order = np.lexsort((t["effective_minutes"][mine], owner[mine]))   # by building, worst window first
    w = np.flatnonzero(mine)[order]
    first = np.r_[True, owner[w][1:] != owner[w][:-1]]
    starts = np.flatnonzero(first)
    count = np.diff(np.r_[starts, len(w)])
    failing = np.add.reduceat((t["verdict"][w] == "fail").astype(int), starts)
    kind = dict(zip(inp.targets.tolist(), inp.target_kind.tolist()))
    rank = {b: k for k, b in enumerate(inp.targets.tolist())}
    rows = sorted(zip(owner[w][starts].tolist(), w[starts].tolist(), count.tolist(), failing.tolist()),
                  key=lambda r: rank.get(r[0], len(rank)))
    result.buildings = [{"building_id": int(inp.building_fids[o]), "facility_type": str(kind.get(o, "")),
                         "windows": n, "worst_window_id": int(t["id"][k]),
                         "worst_effective_minutes": float(t["effective_minutes"][k]), "windows_failing": nf,
                         "verdict": str(t["verdict"][k])} for o, k, n, nf in rows if o in kind]


def _grounds(inp, p, sun, edges, ground, required, result) -> None:
    if inp.play_areas is None or len(inp.play_areas) == 0:
        return
    top = f">= {p.required_hours:g} h"
    bins = [("0-1 h", 0.0, 1.0), ("1-2 h", 1.0, 2.0), (f"2-{p.required_hours:g} h", 2.0, p.required_hours),
            (top, p.required_hours, np.inf)]
    cells: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []     # (points, hours, meets) per ground
    for k, area in enumerate(inp.play_areas):
        x0, y0, x1, y1 = shapely.bounds(area)
        xs = np.arange(x0 + p.grid_m / 2, x1, p.grid_m)
        ys = np.arange(y0 + p.grid_m / 2, y1, p.grid_m)
        gx, gy = np.meshgrid(xs, ys)
        pts = np.column_stack([gx.ravel(), gy.ravel()])
        inside = shapely.contains_xy(area, pts[:, 0], pts[:, 1])
        pts = pts[inside]
        if len(pts) == 0:
            continue
        minutes = ground_minutes(area, pts, edges, sun, p.step_min, p.min_run_min)
        ok = minutes >= required - 1e-9
        cell_area = p.grid_m ** 2
        share = float(ok.mean())
        result.grounds.append({"index": k, "cells": int(len(pts)), "grid_m": p.grid_m,
                               "area_m2": float(len(pts) * cell_area),
                               "area_required_hours_m2": float(ok.sum() * cell_area),
                               "share_required_hours": share, "required_share": p.ground_share,
                               "verdict": "pass" if share >= p.ground_share - 1e-12 else "fail"})
        cells.append((pts, minutes / 60.0, ok))
    result._drawings.append(lambda r: _ground_drawings(cells, bins, p.grid_m, r))


def _ground_drawings(cells: list[tuple[np.ndarray, np.ndarray, np.ndarray]], bins: list[tuple[str, float, float]],
                     grid_m: float, result: SunlightResult) -> None:
    """The grounds' cells united by hour class, and the outline of those with the required hours."""
    if not cells:
        return
    pts = np.concatenate([c[0] for c in cells])
    hours = np.concatenate([c[1] for c in cells])
    ok = np.concatenate([c[2] for c in cells])
    half = grid_m / 2
    boxes = shapely.box(pts[:, 0] - half, pts[:, 1] - half, pts[:, 0] + half, pts[:, 1] + half)
    for label, lo, hi in bins:
        sel = (hours >= lo - 1e-9) & (hours < hi - 1e-9)
        if sel.any():
            result._hour_classes.append((label, shapely.union_all(boxes[sel])))
    region = shapely.union_all(boxes[ok])
    result._contour = shapely.boundary(region) if not shapely.is_empty(region) else None


def _shadows(inp: SunlightInputs, p: SunlightParameters, tops: np.ndarray, near: np.ndarray,
             receivers: np.ndarray, date: dt.date, result: SunlightResult) -> None:
    """Shadows at clock hours (Beijing time) for illustration: one polygon per casting building and hour, for the
    buildings that can shade a receiver and whose shadow then falls within `shadow_margin_m` of one."""
    from .sun import beijing_to_true_solar

    area = around(receivers, p.shadow_margin_m)
    feet = inp.footprints[near]
    rise = tops[near] - np.where(np.isfinite(inp.ground_m[near]), inp.ground_m[near], 0.0)
    convex = is_convex(feet)
    for hour in p.shadow_hours:
        tst = float(beijing_to_true_solar(np.array([hour * 60.0]), inp.longitude, date)[0])
        path = sun_path(inp.latitude, inp.longitude, date, tst, tst, 1.0)
        alt, az = float(path.altitude[0]), float(path.azimuth[0])
        if alt <= 0.5:
            continue
        hit = reaching(feet, rise, alt, az, area)
        shade = building_shadows(feet[hit], rise[hit], alt, az, convex[hit])
        k = touching(shade, area)
        result._shadows.append((hour, alt, inp.building_fids[near[hit[k]]], shade[k]))
