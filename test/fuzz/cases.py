"""Malformed inputs for every algorithm, generated from a seed: broken geometries and values in GeoPackages,
damaged files, odd parameters, outputs aimed at inputs, bad CSV/JSON/XLSX exports and OSM files."""

from __future__ import annotations

import json
import math
import random
import shutil
import sqlite3
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import shapely

from .scheme import X0, Y0, gpkg_blob, mobile, personal_text, raw_blob, written

SCHEME_ROLES = ("community", "buildings", "facilities", "compounds", "roads", "gates", "entrances", "play_areas")


@dataclass
class Case:
    """One run: the algorithm, its parameters, the files it must not touch and the numbers it must not leak."""

    seed: int
    algorithm: str
    parameters: dict[str, Any]
    folder: Path
    inputs: list[Path] = field(default_factory=list)
    planted: list[str] = field(default_factory=list)
    mutations: list[str] = field(default_factory=list)
    rng: random.Random = field(default_factory=random.Random, repr=False)


# --- the algorithms and their parameters on the case's copy of the scheme ----------------------------------
def _uri(gpkg: Path, role: str) -> str:
    return f"{gpkg}|layername={role}"


def _scheme_params(gpkg: Path, roles: tuple[str, ...] = SCHEME_ROLES) -> dict[str, Any]:
    return {r.upper(): _uri(gpkg, r) for r in roles}


def _p_review(c: Case, g: Path) -> dict:
    return {**_scheme_params(g), "DISTANCE": c.rng.choice(["both", "euclidean", "network"]),
            "OUTPUT_JSON": str(c.folder / "out" / "review.json"), "OUTPUT_GPKG": str(c.folder / "out" / "review.gpkg")}


def _p_walking(c: Case, g: Path) -> dict:
    return {**_scheme_params(g), "OUTPUT": str(c.folder / "out" / "walk.gpkg"),
            "OUTPUT_JSON": str(c.folder / "out" / "walk.json")}


def _p_circles(c: Case, g: Path) -> dict:
    return {**_scheme_params(g), "DISTANCE": "euclidean", "OUTPUT": str(c.folder / "out" / "circles.gpkg"),
            "OUTPUT_JSON": str(c.folder / "out" / "circles.json")}


def _p_areas(c: Case, g: Path) -> dict:
    return {**_scheme_params(g, ("facilities", "roads", "compounds", "gates")),
            "FACILITY_TYPE": c.rng.choice(["", "health_station", "kindergarten,bus_stop"]),
            "OUTPUT": str(c.folder / "out" / "areas.gpkg"), "OUTPUT_MERGED": str(c.folder / "out" / "merged.gpkg")}


def _p_sun(c: Case, g: Path) -> dict:
    return {**_scheme_params(g, ("buildings", "facilities", "play_areas")), "STEP_MIN": 10.0, "GRID": 1.0,
            "OUTPUT_JSON": str(c.folder / "out" / "sun.json"), "OUTPUT_WINDOWS": str(c.folder / "out" / "windows.gpkg")}


def _p_validate(c: Case, g: Path) -> dict:
    p = {"INPUT": str(g), "OUTPUT": str(c.folder / "out" / "findings.gpkg"),
         "OUTPUT_JSON": str(c.folder / "out" / "findings.json"), "OUTPUT_TEXT": str(c.folder / "out" / "findings.txt")}
    return p if c.rng.random() < 0.5 else {**_scheme_params(g), **{k: v for k, v in p.items() if k != "INPUT"}}


def _p_map(c: Case, g: Path) -> dict:
    role = c.rng.choice(["buildings", "facilities", "community"])
    return {"INPUT": _uri(g, role), "ROLE": role, "OUTPUT": str(c.folder / "out" / "mapped.gpkg")}


def _p_convert(c: Case, g: Path) -> dict:
    return {"INPUT": _uri(g, c.rng.choice(["buildings", "facilities", "roads"])), "FROM": "gcj02", "TO": "wgs84",
            "OUTPUT": str(c.folder / "out" / "converted.gpkg")}


def _p_sites(c: Case, g: Path) -> dict:
    return {**_scheme_params(g), "FACILITY_TYPE": c.rng.choice(["kindergarten", "health_station"]),
            "MODE": c.rng.choice(["cover_all", "best_k"]), "K": 2, "GRID_SPACING": 60.0,
            "OUTPUT": str(c.folder / "out" / "sites.gpkg"), "OUTPUT_JSON": str(c.folder / "out" / "sites.json")}


def _p_report(c: Case, g: Path) -> dict:
    return {**_scheme_params(g), "DISTANCE": "euclidean", "MAPS": False, "REVIEWER": personal_text(c.rng, c.planted),
            "PROJECT_NAME": personal_text(c.rng, c.planted), "OUTPUT": str(c.folder / "out" / "report.pdf")}


def _p_template(c: Case, g: Path) -> dict:
    return {"CRS": c.rng.choice(["EPSG:4548", "EPSG:4326", "EPSG:3857"]), "OUTPUT": str(c.folder / "out" / "plan.gpkg")}


LAYER_ALGORITHMS: dict[str, Callable[[Case, Path], dict]] = {
    "review": _p_review, "walking_coverage": _p_walking, "life_circles": _p_circles, "service_areas": _p_areas,
    "sunlight": _p_sun, "validate": _p_validate, "map_fields": _p_map, "convert_coordinates": _p_convert,
    "suggest_sites": _p_sites, "report": _p_report}
# How often each is drawn: the slow ones (the PDF, the sunlight grid) less often.
WEIGHTS = {"review": 6, "walking_coverage": 3, "life_circles": 3, "service_areas": 3, "sunlight": 2, "validate": 6,
           "map_fields": 3, "convert_coordinates": 3, "suggest_sites": 2, "report": 1, "create_template": 1,
           "import_pois": 4, "import_osm": 2}


# --- mutations of the GeoPackage ------------------------------------------------------------------------
def _wkb_polygon(points: list[tuple[float, float]]) -> bytes:
    return struct.pack("<BII", 1, 3, 1) + struct.pack("<I", len(points)) + b"".join(
        struct.pack("<dd", x, y) for x, y in points)


def _wkb_line(points: list[tuple[float, float]]) -> bytes:
    return struct.pack("<BII", 1, 2, len(points)) + b"".join(struct.pack("<dd", x, y) for x, y in points)


def _bad_geometry(rng: random.Random) -> tuple[str, Any]:
    x, y = X0 + rng.uniform(0, 600), Y0 + rng.uniform(0, 600)
    kind = rng.randrange(12)
    if kind == 0:
        return "garbage blob", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40)))
    if kind == 1:
        return "garbage WKB", raw_blob(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 60))))
    if kind == 2:
        return "ring with a NaN vertex", raw_blob(_wkb_polygon([(x, y), (x + 10, y), (math.nan, y + 10), (x, y)]))
    if kind == 3:
        return "one-point line", raw_blob(_wkb_line([(x, y)]))
    if kind == 4:
        return "two-point ring", raw_blob(_wkb_polygon([(x, y), (x + 10, y)]))
    if kind == 5:
        big = rng.choice([1e12, 1e30, 1e150, 1e300])
        return f"coordinates at {big:g}", gpkg_blob(shapely.box(big, big, big + 10, big + 10))
    if kind == 6:
        return "infinite vertex", raw_blob(_wkb_polygon([(x, y), (math.inf, y), (x, y + 10), (x, y)]))
    if kind == 7:
        return "empty polygon", gpkg_blob(shapely.Polygon())
    if kind == 8:
        return "bow tie", gpkg_blob(shapely.Polygon([(x, y), (x + 10, y + 10), (x + 10, y), (x, y + 10)]))
    if kind == 9:
        return "a point among polygons", gpkg_blob(shapely.Point(x, y))
    if kind == 10:
        return "truncated WKB", gpkg_blob(shapely.box(x, y, x + 5, y + 5))[:-rng.randrange(1, 30)]
    return "NULL geometry", None


def _bad_value(rng: random.Random, planted: list[str]) -> tuple[str, Any]:
    choices = ["inf", "-inf", "nan", "NaN", "abc", "1e309", "１２", "-5", "1e12", "0", "", " ", "NULL", "∞",
               "\u202e反向", "😀" * 50, -1, -1e300, 1e300, 10**15, "12,000"]
    kind = rng.randrange(10)
    if kind == 0:
        return "personal text", personal_text(rng, planted)
    if kind == 1:
        return "a long text", "长" * rng.choice([1_000, 100_000])
    return "odd value", rng.choice(choices)


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]


def mutate_gpkg(rng: random.Random, gpkg: Path, roles: tuple[str, ...], planted: list[str]) -> list[str]:
    """A few changes to the copy's tables (rows edited with SQLite, as a broken submission would hold them)."""
    said = []
    db = sqlite3.connect(gpkg)
    try:
        for _ in range(rng.randrange(1, 4)):
            role = rng.choice(roles)
            fids = [r[0] for r in db.execute(f'SELECT fid FROM "{role}"')]
            what = rng.randrange(8)
            if what <= 2 and fids:
                label, blob = _bad_geometry(rng)
                db.execute(f'UPDATE "{role}" SET geom = ? WHERE fid = ?', (blob, rng.choice(fids)))
                said.append(f"{role}: {label}")
            elif what <= 5 and fids:
                cols = [c for c in _columns(db, role) if c not in ("fid", "geom")]
                col = rng.choice(cols)
                label, value = _bad_value(rng, planted)
                targets = fids if rng.random() < 0.2 else [rng.choice(fids)]
                db.executemany(f'UPDATE "{role}" SET "{col}" = ? WHERE fid = ?', [(value, f) for f in targets])
                said.append(f"{role}.{col}: {label} {str(value)[:20]!r}")
            elif what == 6:
                cols = [c for c in _columns(db, role) if c not in ("fid", "geom")]
                if cols:
                    col = rng.choice(cols)
                    db.execute(f'ALTER TABLE "{role}" DROP COLUMN "{col}"')
                    said.append(f"{role}: column {col} removed")
            else:
                db.execute(f'DELETE FROM "{role}"')
                said.append(f"{role}: all features removed")
        db.commit()
    finally:
        db.close()
    return said


def damage_file(rng: random.Random, gpkg: Path) -> str:
    """The whole file broken: missing, empty, not a GeoPackage, truncated, a damaged page, no CRS."""
    kind = rng.randrange(6)
    if kind == 0:
        gpkg.unlink()
        return "file missing"
    if kind == 1:
        gpkg.write_bytes(b"")
        return "empty file"
    if kind == 2:
        gpkg.write_text("名称,类型\n这不是地理数据库,x\n", encoding="utf-8")
        return "a text file named .gpkg"
    data = bytearray(gpkg.read_bytes())
    if kind == 3:
        gpkg.write_bytes(bytes(data[: rng.randrange(100, len(data))]))
        return "truncated file"
    if kind == 4:
        at = rng.randrange(4096, max(4097, len(data) - 4096))
        data[at:at + 4096] = bytes(rng.randrange(256) for _ in range(4096))
        gpkg.write_bytes(bytes(data))
        return f"damaged page at {at}"
    db = sqlite3.connect(gpkg)
    db.execute("UPDATE gpkg_geometry_columns SET srs_id = 0")
    db.execute("UPDATE gpkg_contents SET srs_id = 0")
    db.commit()
    db.close()
    return "no CRS (srs_id 0)"


# --- parameters and outputs ---------------------------------------------------------------------------------
_NUMBERS = ("POPULATION_OVERRIDE", "PERSONS_PER_HOUSEHOLD", "FLOOR_AREA_PER_PERSON", "WALK_SPEED", "STOREY_HEIGHT",
            "DISTANCE_CUTOFF", "SNAP_TOLERANCE", "GROUPING_DISTANCE", "GRID_SPACING", "STEP_MIN", "GRID", "BUFFER",
            "REQUIRED_HOURS")
_TEXTS = {"LIFE_CIRCLE_MINUTES": ["5,x", "0", "-5", "1e9", "", "5,10,15,99999"], "MINUTES": ["x", "0,-1", "1e400"],
          "DISTANCES": ["abc", "-5", "0", "1e400"], "FACILITY_TYPE": ["swimming_pool", "", ",,,", "幼儿园"],
          "START": ["25:00", "x", "9"], "END": ["08:00", "99:99"], "MAPPING": ["{", "[1,2]", '{"floors": "nope"}',
                                                                                "=" * 50]}


def mutate_parameters(rng: random.Random, params: dict) -> list[str]:
    """An odd number or text in one of the parameters the algorithm takes."""
    said = []
    name = rng.choice(list(_NUMBERS) + list(_TEXTS))
    if name in _NUMBERS:
        value = rng.choice([math.nan, -1.0, 0.0, 1e300, -1e300, math.inf])
    else:
        value = rng.choice(_TEXTS[name])
    params[name] = value
    said.append(f"{name}={value!r}")
    return said


def aim_output_at_input(rng: random.Random, params: dict, inputs: list[Path]) -> list[str]:
    """An output named as an input: the same path, a |layername= form, an ogr:dbname= form, or a link."""
    outs = [k for k in params if k.startswith("OUTPUT")]
    if not outs or not inputs:
        return []
    key, target = rng.choice(outs), rng.choice(inputs)
    form = rng.randrange(4)
    if form == 0:
        value = str(target)
    elif form == 1:
        value = f"{target}|layername=buildings"
    elif form == 2:
        value = f"ogr:dbname='{target}' table=\"copy\" (geom)"
    else:
        link = target.parent / "out" / ("link" + target.suffix)
        link.parent.mkdir(exist_ok=True)
        link.symlink_to(target)
        value = str(link)
    params[key] = value
    return [f"{key} -> input ({['path', 'layername', 'ogr:dbname', 'symlink'][form]})"]


# --- files of the importers -------------------------------------------------------------------------------------
def poi_file(rng: random.Random, folder: Path, planted: list[str]) -> tuple[Path, str]:
    """A POI export: good, or broken in one of the ways real exports break."""
    kind = rng.randrange(9)
    name = f"{rng.choice(['高德', 'amap', '百度'])}{written(rng, (p := mobile(rng)))}"
    planted.append(p)
    rows = [["名称", "类型", "经度", "纬度"],
            [f"卫生站 {personal_text(rng, planted)}", "医疗保健服务;诊所", "116.40", "39.90"],
            ["天文台", personal_text(rng, planted), "116.41", "39.91"], ["坏行", "", "x", "y"]]
    csv_text = "\n".join(",".join(r) for r in rows) + "\n"
    if kind == 0:
        path = folder / f"{name}.csv"
        path.write_bytes(csv_text.encode("gb18030"))
        return path, "GBK CSV with personal data"
    if kind == 1:
        path = folder / f"{name}.csv"
        path.write_text(f'名称,类型,经度,纬度\n"{"长" * 200_000}",x,116.4,39.9\n', encoding="utf-8")
        return path, "an over-long CSV field"
    if kind == 2:
        path = folder / f"{name}.json"
        path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        return path, "JSON nested 100,000 deep"
    if kind == 3:
        path = folder / f"{name}.json"
        path.write_text(json.dumps({"pois": [{"name": personal_text(rng, planted), "type": "诊所",
                                              "location": rng.choice(["116.4,39.9", "x,y", "1e400,1", "", "116.4"])}]},
                                   ensure_ascii=False), encoding="utf-8")
        return path, "Amap JSON with odd locations"
    if kind == 4:
        path = folder / f"{name}.xlsx"
        path.write_bytes(b"PK\x03\x04 not really a zip")
        return path, "an .xlsx that is not a zip"
    if kind == 5:
        path = folder / f"{name}.xlsx"
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("hello.txt", "no workbook here")
        return path, "a zip without a workbook"
    if kind == 6:
        path = folder / f"{name}.csv"
        path.write_bytes(bytes(rng.randrange(256) for _ in range(2000)))
        return path, "random bytes"
    if kind == 7:
        path = folder / f"{name}.xlsx"
        from openpyxl import Workbook

        book = Workbook()
        for r in rows:
            book.active.append(r)
        book.save(path)
        return path, "a real XLSX with personal data"
    path = folder / f"{name}.json"
    path.write_text('{"results": [{"name": "x", "location": {"lat": "nan", "lng": "inf"}}], "pois": 5}', encoding="utf-8")
    return path, "Baidu JSON with NaN"


SMALL_OSM = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="campaign">
 <node id="1" lat="39.900" lon="116.400"/><node id="2" lat="39.900" lon="116.402"/>
 <node id="3" lat="39.902" lon="116.402"/><node id="4" lat="39.902" lon="116.400"/>
 <node id="5" lat="39.901" lon="116.401"><tag k="amenity" v="kindergarten"/><tag k="name" v="{name}"/></node>
 <node id="6" lat="39.8995" lon="116.399"/><node id="7" lat="39.8995" lon="116.404"/>
 <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>
  <tag k="building" v="residential"/><tag k="building:levels" v="6"/><tag k="name" v="{name}"/></way>
 <way id="11"><nd ref="6"/><nd ref="7"/><tag k="highway" v="residential"/></way>
</osm>
"""


def osm_file(rng: random.Random, folder: Path, planted: list[str], pbf: Path) -> tuple[Path, str]:
    """An OSM file: a small good one with personal data in names, or it truncated or damaged, broken XML,
    empty, not OSM at all, or (rarely) the real Helsinki extract truncated."""
    path = folder / "area.osm"
    good = SMALL_OSM.format(name=personal_text(rng, planted).replace("&", "")).encode("utf-8")
    kind = rng.randrange(7)
    if kind == 0:
        path.write_bytes(good)
        return path, "a small OSM file with personal data in names"
    if kind == 1:
        path.write_bytes(good[: rng.randrange(10, len(good))])
        return path, "truncated OSM XML"
    if kind == 2:
        data = bytearray(good)
        at = rng.randrange(0, len(data) - 64)
        data[at:at + 64] = bytes(rng.randrange(256) for _ in range(64))
        path.write_bytes(bytes(data))
        return path, "damaged OSM XML"
    if kind == 3:
        path.write_text("<osm><node id='1' lat='x' lon='1e999'/><way id='2'><nd ref='1'/></way>", encoding="utf-8")
        return path, "broken XML"
    if kind == 4:
        path.write_bytes(b"")
        return path, "empty file"
    if kind == 5 or not pbf.exists():
        path.write_bytes(bytes(rng.randrange(256) for _ in range(3000)))
        return path, "random bytes"
    path = folder / "area.osm.pbf"
    data = pbf.read_bytes()
    path.write_bytes(data[: rng.randrange(10, 20_000)])
    return path, "truncated PBF"


def make_case(seed: int, root: Path, base: Path, base_planted: list[str], osm: Path) -> Case:
    """Case number `seed`: an algorithm drawn by WEIGHTS, its inputs copied into root/<seed>, then broken."""
    rng = random.Random(seed)
    algorithm = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    folder = root / f"{seed:06d}"
    (folder / "out").mkdir(parents=True)
    case = Case(seed, algorithm, {}, folder, rng=rng)
    if algorithm in LAYER_ALGORITHMS:
        gpkg = folder / "scheme.gpkg"
        shutil.copyfile(base, gpkg)
        case.inputs.append(gpkg)
        case.planted += base_planted
        case.parameters = LAYER_ALGORITHMS[algorithm](case, gpkg)
        roll = rng.random()
        if roll < 0.08:
            case.mutations.append(damage_file(rng, gpkg))
        elif roll < 0.85:
            case.mutations += mutate_gpkg(rng, gpkg, SCHEME_ROLES, case.planted)
    elif algorithm == "import_pois":
        path, said = poi_file(rng, folder, case.planted)
        case.inputs.append(path)
        case.mutations.append(said)
        case.parameters = {"INPUT": str(path), "COORDINATES": rng.choice(["gcj02", "bd09", "wgs84"]),
                           "OUTPUT": str(folder / "out" / "pois.gpkg")}
    elif algorithm == "import_osm":
        path, said = osm_file(rng, folder, case.planted, osm)
        case.inputs.append(path)
        case.mutations.append(said)
        case.parameters = {"INPUT": str(path), "OUTPUT": str(folder / "out" / "osm.gpkg")}
    else:
        case.parameters = _p_template(case, folder)
    if rng.random() < 0.25:
        case.mutations += mutate_parameters(rng, case.parameters)
    if rng.random() < 0.12:
        case.mutations += aim_output_at_input(rng, case.parameters, [p for p in case.inputs if p.exists()])
    if rng.random() < 0.05:
        key = next((k for k, v in case.parameters.items() if k.startswith("OUTPUT") and "out" in str(v)
                    and not str(v).startswith("ogr:") and "|" not in str(v)), None)
        if key:   # an existing file in the way, not to be replaced
            Path(str(case.parameters[key]).split("|")[0]).write_text("old", encoding="utf-8")
            case.parameters["OVERWRITE"] = False
            case.mutations.append(f"{key} exists, OVERWRITE false")
    return case
