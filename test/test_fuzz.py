"""Property-based fuzzing (hypothesis) of submissions: validation and review never crash, always find
something wrong, and never modify the input file."""

from __future__ import annotations

import hashlib
import math
import os
import tempfile
import warnings
from pathlib import Path

import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .layers import write

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))   # per test; README reports tried and crashed
RANDOM = bool(os.environ.get("FUZZ_RANDOM"))   # CI replays the same examples; FUZZ_RANDOM=1 explores
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=not RANDOM,
                database=None)
CODES = ["kindergarten", "health_station", "幼儿园", "卫生站", "bus_stop"]

odd_text = st.one_of(st.none(), st.just(""), st.text(max_size=12),
                     st.sampled_from(["NULL", "nan", "∞", "\u202e反向", "😀", "Ⅻ", "１２", "-0", "1e309", "  "]))
odd_number = st.one_of(st.none(), st.integers(-10**12, 10**12),
                       st.floats(allow_nan=True, allow_infinity=True, width=64), odd_text)


@st.composite
def polygon(draw):
    x, y = draw(st.floats(-2000, 2000)), draw(st.floats(-2000, 2000))
    size = draw(st.sampled_from([0.0, 1e-9, 5.0, 40.0, 1e7]))
    kind = draw(st.sampled_from(["box", "bowtie", "empty", "point", "line", "spike"]))
    if kind == "box":
        return shapely.box(x, y, x + size, y + size)
    if kind == "bowtie":
        return shapely.Polygon([(x, y), (x + 10, y + 10), (x + 10, y), (x, y + 10)])
    if kind == "empty":
        return shapely.Polygon()
    if kind == "point":                       # a point in a polygon layer: mixed geometry types
        return shapely.Point(x, y)
    if kind == "line":
        return shapely.LineString([(x, y), (x + 5, y)])
    return shapely.Polygon([(x, y), (x + 10, y), (x + 10, y), (x, y)])   # zero area


@st.composite
def submission(draw):
    buildings = draw(st.lists(st.fixed_dictionaries({
        "geometry": polygon(), "use": st.one_of(st.just("residential"), odd_text),
        "floors": odd_number, "households": odd_number, "population": odd_number}), min_size=0, max_size=8))
    facilities = draw(st.lists(st.fixed_dictionaries({
        "geometry": st.one_of(st.builds(shapely.Point, st.floats(-5000, 5000), st.floats(-5000, 5000)), polygon()),
        "facility_type": st.one_of(st.sampled_from(CODES), odd_text), "status": odd_text,
        "floor_area_m2": odd_number, "name": odd_text}), min_size=0, max_size=6))
    community = draw(st.one_of(st.just(shapely.box(-1000, -1000, 1000, 1000)), polygon()))
    crs = draw(st.sampled_from(["EPSG:4548", "EPSG:4326", None, "EPSG:3857"]))
    return community, buildings, facilities, crs


def _clean(rows):
    """What geopandas can write: text for mixed columns, so the odd values reach the file as they are."""
    out = []
    for r in rows:
        row = {}
        for k, v in r.items():
            if k == "geometry":
                row[k] = v
            elif isinstance(v, float) and not math.isfinite(v):
                row[k] = str(v)           # nan / inf as text: a layer holding them as text is also bad input
            else:
                row[k] = v if v is None or isinstance(v, str) else str(v)
        out.append(row)
    return out


def _write(tmp: Path, sub):
    from .layers import vlayer

    community, buildings, facilities, crs = sub
    path = tmp / "fuzz.gpkg"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        layers = {"community": vlayer(write(path, "community", [dict(geometry=community, name="x")], crs=crs,
                                            geometry_type="Unknown")),
                  "buildings": vlayer(write(path, "buildings", _clean(buildings), crs=crs,
                                            geometry_type="Unknown" if buildings else "Polygon")),
                  "facilities": vlayer(write(path, "facilities", _clean(facilities), crs=crs,
                                             geometry_type="Unknown" if facilities else "Point"))}
    return path, layers


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@FUZZ
@given(sub=submission())
def test_validation_never_crashes_and_always_finds_something(sub, qgis_app, standard):
    from smart_community_plugin.pipeline.validation import validate_layers

    with tempfile.TemporaryDirectory() as tmp:
        path, layers = _write(Path(tmp), sub)
        before = _sha(path)
        result = validate_layers(layers, standard)
        assert result.findings, "a fuzzed submission always has something wrong"
        assert _sha(path) == before
        layers.clear()


@FUZZ
@given(sub=submission())
def test_review_never_crashes(sub, qgis_app, standard):
    from smart_community_plugin.core.errors import PlanningError
    from smart_community_plugin.core.review import run_review

    from .review_helpers import read_layers as read_inputs

    with tempfile.TemporaryDirectory() as tmp:
        path, layers = _write(Path(tmp), sub)
        before = _sha(path)
        try:
            inputs = read_inputs(layers["community"], layers["buildings"], layers["facilities"], standard)
            result = run_review(inputs, standard)
            assert result.findings or result.checks
        except PlanningError as exc:
            assert str(exc)       # a clear message, not a crash
        assert _sha(path) == before
        layers.clear()
