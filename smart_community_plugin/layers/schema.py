"""The planning GeoPackage schema: layers, geometry types and fields a planner fills."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class FieldSpec:
    """One attribute: name, type (string, integer, double, datetime), what it holds, its plausible range,
    and how its form shows it: the tab, a checkbox for yes/no (1/0), the catalogue terms of its values."""

    name: str
    type: str
    comment: str
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    tab: str = "basic"                 # a term of kind form_tab (resources/messages/forms.json)
    yes_no: bool = False               # stored 1 (yes) / 0 (no), shown as a checkbox
    terms: str = ""                    # catalogue term kind naming the values (a value map in the form)
    choices: tuple[str, ...] = ()      # the codes offered; empty with terms="facility_type": the standard's


@dataclass(frozen=True)
class LayerSpec:
    """One planning layer: name, geometry type (QGIS WKB type name) and fields."""

    name: str
    geometry: str
    fields: tuple[FieldSpec, ...]
    comment: str


# 6.4.2: every layer records where its data came from and when it was entered.
_PROVENANCE = (FieldSpec("data_source", "string", "数据来源 (6.4.2)", tab="source"),
               FieldSpec("entry_time", "datetime", "入库时间 (6.4.2)", tab="source"))

PLANNING_LAYERS: tuple[LayerSpec, ...] = (
    LayerSpec("community", "MultiPolygon", (
        FieldSpec("name", "string", "社区名称"),
        FieldSpec("kind", "string", "new (新建) or existing (既有)", terms="community_kind",
                  choices=("new", "existing")),
        FieldSpec("population", "integer", "规划人口 (optional override)"),
        FieldSpec("children_3_6", "integer", "3-6 岁适龄儿童数 (kindergarten scale, A.0.1)", 0, 1e6, tab="size"),
        FieldSpec("children_0_3", "integer", "0-3 岁婴幼儿数 (nursery scale, A.0.1)", 0, 1e6, tab="size"),
        FieldSpec("declarations", "string", "declared provision codes, comma separated (register.json)",
                  tab="smart"),
    ) + _PROVENANCE, "Community boundary"),
    LayerSpec("compounds", "MultiPolygon", (
        FieldSpec("name", "string", "小区名称"),
        FieldSpec("gated", "integer", "1 when gated (门禁小区)", yes_no=True),
    ) + _PROVENANCE, "Gated compounds"),
    LayerSpec("buildings", "MultiPolygon", (
        FieldSpec("name", "string", "楼号"),
        FieldSpec("use", "string", "residential, public, commercial ..."),
        FieldSpec("floors", "integer", "地上层数", 1, 100, tab="size"),
        FieldSpec("height_m", "double", "建筑高度 (m)", 0.5, 700, tab="size"),
        FieldSpec("households", "integer", "户数", 0, 9999, tab="size"),
        FieldSpec("population", "integer", "人口 (optional)", 0, 99999, tab="size"),
    ) + _PROVENANCE, "Buildings"),
    LayerSpec("facilities", "Point", (
        FieldSpec("facility_type", "string", "facility type code (Table A.0.1)", terms="facility_type"),
        FieldSpec("name", "string", "设施名称"),
        FieldSpec("status", "string", "existing (现状) or planned (规划)", terms="status",
                  choices=("existing", "planned")),
        FieldSpec("floor_area_m2", "double", "建筑面积 (m²)", 0.01, 1e7, tab="size"),
        FieldSpec("land_area_m2", "double", "用地面积 (m²)", 0.01, 1e7, tab="size"),
        FieldSpec("floors", "integer", "建筑层数", 1, 100, tab="size"),
        FieldSpec("level", "integer", "所在楼层 (1 = ground floor)", -5, 100, tab="size"),
        FieldSpec("own_entrance", "integer", "1 when it has its own entrance", tab="size", yes_no=True),
        FieldSpec("classes", "integer", "班数 (kindergarten)", 1, 60, tab="size"),
        FieldSpec("places", "integer", "座位数/学位 (kindergarten)", 1, 2400, tab="size"),
        FieldSpec("motor_spaces", "integer", "机动车停车位 (fresh market, A.0.1)", 0, 1e5, tab="size"),
        FieldSpec("non_motor_spaces", "integer", "非机动车停车位 (fresh market, bus stop)", 0, 1e5, tab="size"),
        FieldSpec("female_area_m2", "double", "女厕面积 (m², public toilet)", 0, 1e4, tab="size"),
        FieldSpec("male_area_m2", "double", "男厕面积 (m², public toilet)", 0, 1e4, tab="size"),
        FieldSpec("view_radius_m", "double", "视域半径 (m, cameras, 5.2.4-1)", 0, 2000, tab="size"),
        FieldSpec("centre", "string", "integrated service centre it belongs to (4.5.5-1)"),
        FieldSpec("phase", "string", "建设分期 (7.0.4), e.g. 一期", tab="phasing"),
        FieldSpec("year", "integer", "计划建成年份", 1950, 2100, tab="phasing"),
        FieldSpec("smart_features", "string", "smart requirement codes, comma separated", tab="smart"),
    ) + _PROVENANCE, "Facilities (points; polygons also accepted by the review)"),
    LayerSpec("roads", "MultiLineString", (
        FieldSpec("name", "string", "道路名称"),
        FieldSpec("walkable", "integer", "1 when pedestrians may use it", yes_no=True),
        FieldSpec("highway", "string", "OSM-style class (footway, residential ...)"),
        FieldSpec("fire_lane", "integer", "1 when it is a fire lane (消防通道, 5.2.4-1)", yes_no=True),
    ) + _PROVENANCE, "Roads and paths"),
    LayerSpec("green_spaces", "MultiPolygon", (
        FieldSpec("name", "string", "绿地/广场名称"),
        FieldSpec("emergency_shelter", "integer", "1 when it is an emergency shelter (应急避险, 4.4.3)", yes_no=True),
        FieldSpec("smart_features", "string", "smart items of 4.4.2-4.4.4, comma separated", tab="smart"),
    ) + _PROVENANCE, "Public green and open space (4.4.1)"),
)


def layer_spec(name: str) -> LayerSpec:
    """The spec of a planning layer by name."""
    for spec in PLANNING_LAYERS:
        if spec.name == name:
            return spec
    raise KeyError(name)
