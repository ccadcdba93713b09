"""Readable forms of a check's required and measured values, in the report's language."""

from __future__ import annotations

from typing import Any

from .labels import Labels

KEY_WORDS: dict[str, tuple[str, str]] = {
    "count": ("数量", "count"), "total": ("合计", "total"), "inside": ("界内", "inside"),
    "shared": ("共享", "shared"), "population": ("人口", "population"), "planned": ("其中规划", "planned"),
    "population_min": ("人口下限", "population from"), "population_max": ("人口上限", "population to"),
    "min": ("下限", "at least"), "max": ("上限", "at most"), "at_most": ("上限", "at most"),
    "radius_m": ("服务半径", "radius"), "coverage_ratio": ("覆盖率", "covered"),
    "euclidean_coverage_ratio": ("直线覆盖率", "covered (straight line)"),
    "population_covered": ("覆盖人口", "residents covered"), "population_total": ("总人口", "residents"),
    "uncovered_buildings": ("未覆盖住宅", "homes beyond"), "max_distance_m": ("最远距离", "farthest"),
    "distance": ("距离", "distance"), "walk_minutes": ("步行分钟", "walk minutes"), "distance_m": ("距离", "distance"),
    "share": ("比例", "share"), "per_gated_compound": ("每个门禁小区", "per gated compound"),
    "floor_area_m2": ("建筑面积", "floor area"), "min_area_m2": ("最小面积", "minimum area"),
    "land_area_m2": ("用地面积", "land area"), "min_land_area_m2": ("最小用地", "minimum land"),
    "types": ("类型", "types"), "minutes": ("分钟", "minutes"), "items": ("要求项", "items"),
    "declared": ("已具备", "declared"), "missing": ("缺少", "missing"),
    "buildings_beyond": ("超出住宅", "homes beyond"), "population_beyond": ("超出人口", "residents beyond"),
    "classes": ("班数", "classes"), "places_per_class": ("每班座位", "places per class"), "floors": ("层数", "floors"),
    "level": ("所在楼层", "level"), "own_entrance": ("专用出入口", "own entrance"),
    "gated_compounds": ("门禁小区", "gated compounds"), "without_access_control": ("缺门禁", "without access control"),
    "total_floor_area_m2": ("总建筑面积", "total floor area"),
    "buildings_without_floors": ("缺层数建筑", "buildings without floors"),
    "types_present": ("现有类型", "types present"), "types_in_centre": ("中心内类型", "types in the centre"),
    "centre_land_area_m2": ("中心用地", "centre land area"), "groups": ("组团", "groups"),
    "worst_effective_minutes": ("最差窗有效日照", "worst window"), "windows": ("窗数", "windows"),
    "windows_failing": ("不满足的窗", "windows failing"), "worst_window_id": ("最差窗", "worst window id"),
    "area_m2": ("面积", "area"), "area_required_hours_m2": ("满足日照面积", "area with the required sun"),
    "hours": ("小时", "hours"), "required_hours": ("日照小时", "sun hours"),
}
RATIO_KEYS = ("ratio", "share")


def _number(key: str, v: float) -> str:
    if any(key.endswith(k) or key == k for k in RATIO_KEYS):
        return f"{v:.1%}"
    if key.endswith("_m2"):
        return f"{v:,.0f} m²"
    if key.endswith("_m"):
        return f"{v:,.0f} m"
    if key.endswith("minutes"):
        return f"{v:,.0f} min"
    return f"{v:,.0f}" if float(v).is_integer() or abs(v) >= 100 else f"{v:,.2f}"


def format_values(values: dict[str, Any], labels: Labels, names: dict[str, str]) -> str:
    """key value pairs as words; facility-type codes by name; lists shortened past eight entries."""
    parts = []
    for key, v in values.items():
        word = KEY_WORDS.get(key, (key, key))[labels.i]
        if v is None:
            text = "—"
        elif isinstance(v, bool):
            text = ("是" if v else "否") if labels.language == "zh" else ("yes" if v else "no")
        elif isinstance(v, (int, float)):
            text = _number(key, float(v))
        elif isinstance(v, (list, tuple)):
            shown = [names.get(str(x), str(x)) for x in v[:8]]
            text = "、".join(shown) if labels.language == "zh" else ", ".join(shown)
            if len(v) > 8:
                text += f" … (+{len(v) - 8})"
            text = text or "—"
        elif isinstance(v, str):
            text = {"network": labels.t("walking"), "euclidean": labels.t("straight")}.get(v, names.get(v, v))
        else:
            text = str(v)
        parts.append(f"{word} {text}")
    return "; ".join(parts)
