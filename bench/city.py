"""A synthetic city for benchmarks and the batch tests: square communities of slab blocks, facilities of 20 types
inside buildings, a street grid cut into edges at every crossing, written with pyogrio (vectorised, 1e6 in seconds).

Layout (metres, EPSG:4548 near Beijing): communities are `block_m` squares on a grid; in each, slabs of 40 x 12 m
in rows (55 m east-west, 35 m north-south pitch), 4-18 floors, 2 households a floor and unit. Facilities of each
type are random points (a kindergarten on a building is a sunlight target), or with `in_buildings` each sits in a
building of its own. Streets run every
`street_m` in both directions; each street is cut at every crossing, so the network has ~2 (side/street)^2 edges.

    python bench/city.py OUT.gpkg --buildings 1e5 --per-type 1000 [--streets 50]
"""

from __future__ import annotations

import argparse
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

os.environ.setdefault("PROJ_DATA", "/usr/share/proj")

CRS = "EPSG:4548"
X0, Y0 = 440_000.0, 4_400_000.0
# Twenty real facility codes (the reader drops unknown types).
CODES = ("elderly_day_care", "elderly_activity_room", "kindergarten", "nursery", "health_station",
         "culture_station", "sports_ground", "service_station", "bus_stop", "accessibility_facility",
         "waste_collection", "public_toilet", "access_control", "fire_facility", "surveillance",
         "fresh_market", "convenience_store", "community_canteen", "housekeeping", "parcel_station")
SLAB_W, SLAB_D, PITCH_X, PITCH_Y, MARGIN = 40.0, 12.0, 55.0, 35.0, 20.0


@dataclass
class City:
    """What was written: counts and the side of the city (m)."""

    path: Path
    buildings: int
    facilities: int
    communities: int
    edges: int
    side_m: float
    block_m: float


def slabs_per_block(block_m: float) -> tuple[int, int]:
    """Columns and rows of slabs that fit in one community block."""
    inner = block_m - 2 * MARGIN
    return max(1, int((inner - SLAB_W) // PITCH_X) + 1), max(1, int((inner - SLAB_D) // PITCH_Y) + 1)


def make_city(path: Path, buildings: float = 1e5, per_type: int = 1000, block_m: float = 500.0,
              street_m: Optional[float] = None, seed: int = 1, population: bool = True,
              in_buildings: bool = False) -> City:
    """Write layers communities, community (one boundary round the city), buildings, facilities and, when
    `street_m` is given, roads. About `buildings` buildings (whole blocks)."""
    import geopandas as gpd
    import shapely

    rng = np.random.default_rng(seed)
    cols, rows = slabs_per_block(block_m)
    per_block = cols * rows
    blocks_side = max(1, math.ceil(math.sqrt(buildings / per_block)))
    side = blocks_side * block_m
    bx, by = np.meshgrid(np.arange(blocks_side) * block_m, np.arange(blocks_side) * block_m)
    bx, by = bx.ravel() + X0, by.ravel() + Y0
    n_blocks = len(bx)
    sx, sy = np.meshgrid(MARGIN + np.arange(cols) * PITCH_X, MARGIN + np.arange(rows) * PITCH_Y)
    x0 = (bx[:, None] + sx.ravel()[None, :]).ravel()
    y0 = (by[:, None] + sy.ravel()[None, :]).ravel()
    n = len(x0)
    floors = rng.integers(4, 19, n)
    households = floors * 2 * 2
    gpd.GeoDataFrame({"use": np.full(n, "residential"), "floors": floors, "households": households},
                     geometry=shapely.box(x0, y0, x0 + SLAB_W, y0 + SLAB_D), crs=CRS).to_file(
        path, layer="buildings", driver="GPKG", engine="pyogrio")
    # Facilities at random points (in_buildings=False: about a quarter land on a building, as slabs cover a
    # quarter of the land), or each at the centre of its own random building.
    per = min(per_type, n)
    types = np.repeat(np.array(CODES), per)
    if in_buildings:
        where = np.concatenate([rng.choice(n, size=per, replace=False) for _ in CODES])
        fx, fy = x0[where] + SLAB_W / 2, y0[where] + SLAB_D / 2
    else:
        fx, fy = rng.uniform(X0, X0 + side, len(types)), rng.uniform(Y0, Y0 + side, len(types))
    gpd.GeoDataFrame({"facility_type": types, "status": np.full(len(types), "existing"),
                      "name": [f"{t}-{i}" for i, t in enumerate(types)]},
                     geometry=shapely.points(fx, fy), crs=CRS).to_file(
        path, layer="facilities", driver="GPKG", engine="pyogrio")
    names = [f"社区 {i // blocks_side + 1:02d}-{i % blocks_side + 1:02d}" for i in range(n_blocks)]
    data = {"name": names, "kind": np.where(np.arange(n_blocks) % 5 == 0, "existing", "new")}
    if population:
        data["population"] = np.full(n_blocks, float(per_block * 18 * 2.8))
    gpd.GeoDataFrame(data, geometry=shapely.box(bx, by, bx + block_m, by + block_m), crs=CRS).to_file(
        path, layer="communities", driver="GPKG", engine="pyogrio")
    gpd.GeoDataFrame({"name": ["city"], "kind": ["new"]}, geometry=[shapely.box(X0, Y0, X0 + side, Y0 + side)],
                     crs=CRS).to_file(path, layer="community", driver="GPKG", engine="pyogrio")
    edges = 0
    if street_m:
        edges = _streets(path, side, street_m)
    return City(path, n, len(types), n_blocks, edges, side, block_m)


def _streets(path: Path, side: float, street_m: float) -> int:
    """A street grid cut into one edge between every two neighbouring crossings."""
    import geopandas as gpd
    import shapely

    ticks = np.arange(0.0, side + 0.5, street_m)
    k = len(ticks)
    gx, gy = np.meshgrid(ticks + X0 - street_m / 2, ticks + Y0 - street_m / 2)
    # East-west edges then north-south edges.
    a = np.concatenate([np.column_stack([gx[:, :-1].ravel(), gy[:, :-1].ravel()]),
                        np.column_stack([gx[:-1, :].ravel(), gy[:-1, :].ravel()])])
    b = np.concatenate([np.column_stack([gx[:, 1:].ravel(), gy[:, 1:].ravel()]),
                        np.column_stack([gx[1:, :].ravel(), gy[1:, :].ravel()])])
    lines = shapely.linestrings(np.stack([a, b], axis=1).reshape(-1, 2), indices=np.repeat(np.arange(len(a)), 2))
    gpd.GeoDataFrame({"highway": np.full(len(a), "residential")}, geometry=lines, crs=CRS).to_file(
        path, layer="roads", driver="GPKG", engine="pyogrio")
    assert len(a) == 2 * k * (k - 1)
    return len(a)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--buildings", type=float, default=1e5)
    p.add_argument("--per-type", type=int, default=1000)
    p.add_argument("--block", type=float, default=500.0)
    p.add_argument("--streets", type=float, default=None, help="street spacing (m); no roads without it")
    p.add_argument("--in-buildings", action="store_true", help="every facility in a building of its own")
    a = p.parse_args()
    city = make_city(a.out, a.buildings, a.per_type, a.block, a.streets, in_buildings=a.in_buildings)
    print(city)


if __name__ == "__main__":
    main()
