"""A small complete scheme for the bad-input campaign, with personal numbers planted where people put them.

Written once per campaign without a spatial index, so cases can be mutated with plain SQLite (the index's
triggers call functions only GDAL registers).
"""

from __future__ import annotations

import datetime as dt
import random
import struct
from pathlib import Path

import shapely

CRS = "EPSG:4548"
X0, Y0 = 500_000.0, 4_420_000.0   # CGCS2000 GK CM 117E, Beijing
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_FULL = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def id_number(rng: random.Random) -> str:
    """A resident ID number (GB 11643) with a real birth date and its check character."""
    born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 30_000))
    body = f"{rng.choice(['110105', '310101', '440305', '510107'])}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return body + _CHECK[sum(int(c) * w for c, w in zip(body, _WEIGHTS)) % 11]


def mobile(rng: random.Random) -> str:
    """A mainland mobile number."""
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


def written(rng: random.Random, number: str) -> str:
    """The number as people type it: plain, full-width, in groups, with dashes, behind +86."""
    style = rng.randrange(6)
    if style == 1:
        return number.translate(_FULL)
    if style == 2:
        return f"{number[:6]} {number[6:14]} {number[14:]}" if len(number) == 18 else \
            f"{number[:3]} {number[3:7]} {number[7:]}"
    if style == 3:
        return f"{number[:6]}-{number[6:14]}-{number[14:]}" if len(number) == 18 else \
            f"{number[:3]}-{number[3:7]}-{number[7:]}"
    if style == 4 and len(number) == 11:
        return f"+86 {number}"
    return number


def personal_text(rng: random.Random, planted: list[str]) -> str:
    """A note with an ID and a mobile number (sometimes run together), remembered in planted."""
    ident, phone = id_number(rng), mobile(rng)
    planted += [ident, phone]
    if rng.random() < 0.25:
        return f"联系人张三{ident}{phone}"
    return f"联系人 {written(rng, ident)}，电话{written(rng, phone)}"


def gpkg_blob(geom, srs_id: int = 4548) -> bytes:
    """A GeoPackage geometry blob (little-endian header, no envelope) around a shape's WKB."""
    return b"GP\x00\x01" + struct.pack("<i", srs_id) + shapely.to_wkb(geom)


def raw_blob(wkb: bytes, srs_id: int = 4548) -> bytes:
    """A GeoPackage blob around arbitrary (possibly broken) WKB bytes."""
    return b"GP\x00\x01" + struct.pack("<i", srs_id) + wkb


def _box(x: float, y: float, w: float, h: float):
    return shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h)


def _pt(x: float, y: float):
    return shapely.Point(X0 + x, Y0 + y)


def _buildings(rng: random.Random, planted: list[str]) -> list[dict]:
    rows = []
    for k in range(18):
        phone = mobile(rng)
        planted.append(phone)
        floors = 6 + k % 12
        rows.append(dict(geometry=_box(40 + 70 * (k % 6), 40 + 90 * (k // 6), 30, 18), use="residential",
                         floors=floors, height_m=3.0 * floors, households=60, population=None, name=f"{k + 1}号楼",
                         data_source="campaign", entry_time="2026-11-01T09:00:00", owner_name="李四",
                         contact_phone=written(rng, phone), notes=personal_text(rng, planted)))
    return rows


def write_base(path: Path, seed: int = 0) -> list[str]:
    """The scheme as a GeoPackage; the personal numbers planted in it."""
    import geopandas as gpd

    rng = random.Random(seed)
    planted: list[str] = []
    layers = {
        "community": [dict(geometry=_box(0, 0, 600, 600), name="示范社区", kind="new", population=None,
                           data_source="campaign", notes=personal_text(rng, planted))],
        "buildings": _buildings(rng, planted),
        "facilities": [dict(geometry=_pt(x, y), facility_type=t, status=s, name=n, floor_area_m2=a, classes=c,
                            smart_features="", data_source="campaign", notes=personal_text(rng, planted))
                       for t, s, n, x, y, a, c in (
                           ("kindergarten", "existing", "阳光幼儿园", 300, 420, 3000.0, 9),
                           ("health_station", "existing", "卫生站", 120, 300, 90.0, None),
                           ("health_station", "planned", "卫生站(规划)", 480, 120, 150.0, None),
                           ("convenience_store", "existing", "便利店", 200, 200, 80.0, None),
                           ("bus_stop", "existing", "公交站", 10, 300, None, None),
                           ("public_toilet", "existing", "公厕", 550, 550, 40.0, None),
                           ("nursery", "existing", "托育", 320, 440, 300.0, 3),
                           ("elderly_day_care", "existing", "日间照料", 130, 310, 500.0, None))],
        "compounds": [dict(geometry=_box(20, 20, 280, 280), name="一区", gated=1, data_source="campaign")],
        "roads": [dict(geometry=shapely.LineString([(X0 - 50, Y0 + 310), (X0 + 650, Y0 + 310)]), name="路",
                       walkable=1, highway="residential", data_source="campaign"),
                  dict(geometry=shapely.LineString([(X0 + 310, Y0 - 50), (X0 + 310, Y0 + 650)]), name="街",
                       walkable=1, highway="footway", data_source="campaign"),
                  dict(geometry=shapely.LineString([(X0 + 150, Y0 + 20), (X0 + 150, Y0 + 310)]), name="内",
                       walkable=1, highway="footway", data_source="campaign")],
        "gates": [dict(geometry=_pt(150, 300), name="北门", data_source="campaign"),
                  dict(geometry=_pt(300, 150), name="东门", data_source="campaign")],
        "entrances": [dict(geometry=_pt(55, 58), name="1号楼入口", data_source="campaign")],
        "play_areas": [dict(geometry=_box(340, 400, 60, 50), name="活动场地", data_source="campaign")],
    }
    for name, rows in layers.items():
        df = gpd.GeoDataFrame([{k: v for k, v in r.items() if k != "geometry"} for r in rows],
                              geometry=[r["geometry"] for r in rows], crs=CRS)
        df.to_file(path, layer=name, driver="GPKG", engine="pyogrio", layer_options={"SPATIAL_INDEX": "NO"})
    return planted
