"""Write the facility symbols (resources/icons/facilities/<code>.svg): one badge per Table A.0.1 type.

A rounded square in the category's colour with one Chinese character in white: readable at 4 mm,
printable in grey, and recolourable in QGIS (fill="param(fill)").
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons" / "facilities"

PALETTE = {"养老": "#8e5ea2", "抚幼": "#e58e26", "医疗": "#d1495b", "文化": "#2e86ab", "体育": "#3caea3",
           "基层服务": "#1f6f50", "便捷设施": "#5f6b7a", "智能安全": "#333d47", "便民服务": "#b5651d"}
GLYPH = {"elderly_day_care": "照", "elderly_activity_room": "老", "kindergarten": "幼", "nursery": "托",
         "health_station": "医", "culture_station": "文", "sports_ground": "体", "service_station": "服",
         "bus_stop": "车", "accessibility_facility": "无", "waste_collection": "垃", "public_toilet": "厕",
         "access_control": "门", "fire_facility": "消", "surveillance": "监", "fresh_market": "菜",
         "convenience_store": "便", "community_canteen": "餐", "housekeeping": "家", "parcel_station": "邮",
         "property_management": "物", "repair_point": "修"}
SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">
  <rect x="1.5" y="1.5" width="21" height="21" rx="4.5" fill="param(fill) {colour}" stroke="param(outline) #ffffff"
        stroke-width="param(outline-width) 1.2"/>
  <text x="12" y="17" text-anchor="middle" font-size="14" font-weight="bold" fill="#ffffff"
        font-family="WenQuanYi Zen Hei, Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif">{glyph}</text>
</svg>
"""


def main() -> None:
    """Write one SVG per facility type of the catalogue."""
    doc = json.loads((ROOT / "resources" / "standard" / "table_a01.json").read_text(encoding="utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    for f in doc["facilities"]:
        (OUT / f"{f['code']}.svg").write_text(
            SVG.format(colour=PALETTE[f["category_zh"]], glyph=GLYPH[f["code"]]), encoding="utf-8")
    print(f"{len(doc['facilities'])} symbols in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
