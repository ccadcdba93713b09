"""Write the facility symbols (resources/icons/facilities/<code>.svg): one drawn pictogram per Table A.0.1 type.

A rounded square in the category's colour with a white line pictogram: one stroke width (1.6 on a
24-unit grid), round joins, no text (so no font is needed), readable at 4 mm and printable in grey.
The square's colour is a QGIS parameter (fill="param(fill) …"), so styles can recolour it.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons" / "facilities"

PALETTE = {"养老": "#8e5ea2", "抚幼": "#e58e26", "医疗": "#d1495b", "文化": "#2e86ab", "体育": "#3caea3",
           "基层服务": "#1f6f50", "便捷设施": "#5f6b7a", "智能安全": "#333d47", "便民服务": "#b5651d"}
W = "#ffffff"
# Pictograms on the 24-unit grid, inside 5..19. "S" draws strokes, "F" fills (both white).
PICTOGRAMS = {
    # house with a heart: day care for the elderly
    "elderly_day_care": '<path d="M5.5 11.5 L12 6 L18.5 11.5 M7.5 10 V18 H16.5 V10" S/>'
                        '<path d="M12 16.2 C9.6 14.6 9.2 12.6 10.8 12.1 C11.5 11.9 12 12.5 12 12.9 C12 12.5 12.5 11.9 13.2 12.1 '
                        'C14.8 12.6 14.4 14.6 12 16.2 Z" F/>',
    # an elder with a walking stick
    "elderly_activity_room": '<circle cx="10.5" cy="6.8" r="1.7" F/><path d="M10.5 9.5 L10 14 L8.5 18.5 M10 14 L12 18.5 '
                             'M10.3 10.5 L13.5 12.5 L14.5 18.5" S/>',
    # a child: head, dress, arms up
    "kindergarten": '<circle cx="12" cy="6.8" r="1.8" F/><path d="M12 9.3 L8.8 16 H15.2 Z" F/>'
                    '<path d="M9.8 10.8 L7 8.6 M14.2 10.8 L17 8.6 M10.6 16 V18.6 M13.4 16 V18.6" S/>',
    # a baby bottle
    "nursery": '<path d="M10.3 6.2 H13.7 M11 6.2 L11.2 4.9 H12.8 L13 6.2 M9.5 8 H14.5 V17.4 Q14.5 18.8 13.1 18.8 H10.9 '
               'Q9.5 18.8 9.5 17.4 Z M9.5 11.5 H11.5 M9.5 14 H11.5" S/>',
    # a medical cross
    "health_station": '<path d="M10.2 5.5 H13.8 V10.2 H18.5 V13.8 H13.8 V18.5 H10.2 V13.8 H5.5 V10.2 H10.2 Z" F/>',
    # an open book
    "culture_station": '<path d="M12 8.2 C10.2 6.9 8 6.6 5.5 7 V17 C8 16.6 10.2 16.9 12 18.2 C13.8 16.9 16 16.6 18.5 17 V7 '
                       'C16 6.6 13.8 6.9 12 8.2 Z M12 8.2 V18.2" S/>',
    # a ball
    "sports_ground": '<circle cx="12" cy="12" r="6.3" S/><path d="M5.9 10.4 C9 11.4 15 11.4 18.1 10.4 M8 16.8 '
                     'C9.5 13.6 9.6 9 8.4 6.8 M16 16.8 C14.5 13.6 14.4 9 15.6 6.8" S/>',
    # information: a community service counter
    "service_station": '<circle cx="12" cy="12" r="6.5" S/><circle cx="12" cy="8.7" r="1.1" F/><path d="M12 11.2 V16" S/>',
    # the front of a bus
    "bus_stop": '<path d="M7.2 17 V7.6 Q7.2 5.6 9.2 5.6 H14.8 Q16.8 5.6 16.8 7.6 V17 Z M7.2 12.2 H16.8 M9 17 V18.6 '
                'M15 17 V18.6" S/><circle cx="9.4" cy="14.6" r="0.9" F/><circle cx="14.6" cy="14.6" r="0.9" F/>',
    # the international wheelchair symbol
    "accessibility_facility": '<circle cx="11" cy="5.9" r="1.6" F/><path d="M11 8.4 V12.6 H15 L16.6 17.6 M11 10.4 H14" S/>'
                              '<path d="M9 10.6 A4.4 4.4 0 1 0 14.6 16.2" S/>',
    # a waste bin with its lid and lines
    "waste_collection": '<path d="M6.5 8 H17.5 M10 8 V6.2 H14 V8 M7.8 8 L8.8 18.5 H15.2 L16.2 8 M10.6 10.5 V16 M13.4 10.5 V16" S/>',
    # man and woman
    "public_toilet": '<circle cx="8.5" cy="6.3" r="1.6" F/><circle cx="15.5" cy="6.3" r="1.6" F/>'
                     '<path d="M7 9 H10 V14 H9.3 V18.6 H7.7 V14 H7 Z" F/><path d="M15.5 8.8 L18 15 H16.3 V18.6 H14.7 V15 H13 Z" F/>'
                     '<path d="M12 5.5 V18.5" S/>',
    # a key
    "access_control": '<circle cx="8.6" cy="12" r="3.1" S/><path d="M11.7 12 H18.5 M16.2 12 V14.8 M18.3 12 V14" S/>',
    # a flame
    "fire_facility": '<path d="M12 5 C13 8.4 17 9.9 17 14 A5 5 0 0 1 7 14 C7 11.6 8.3 10.3 9.6 9.2 C9.6 11 10.3 12 11.4 12.4 '
                     'C10.9 9.8 11.4 7.2 12 5 Z" F/>',
    # a surveillance camera on its arm
    "surveillance": '<path d="M5.6 9.4 L15.6 6.6 L17 11 L7 13.8 Z M17 9.6 L18.6 9.2 M11.6 12.5 L12.6 16 M7.6 16 H13.6 '
                    'M7.6 14.8 V17.6" S/>',
    # a basket of vegetables
    "fresh_market": '<path d="M5.5 11 H18.5 L16.8 18.5 H7.2 Z M8.6 11 L11 6.2 M15.4 11 L13 6.2 M9.8 13.5 V16.2 M12 13.5 '
                    'V16.2 M14.2 13.5 V16.2" S/>',
    # a shop front with an awning
    "convenience_store": '<path d="M5.5 9.5 L7 5.8 H17 L18.5 9.5 Z M6.6 9.5 V18.5 H17.4 V9.5 M10 18.5 V13.5 H14 V18.5" S/>',
    # a bowl with chopsticks
    "community_canteen": '<path d="M5.5 12 H18.5 C18.5 15.6 15.6 18.2 12 18.2 C8.4 18.2 5.5 15.6 5.5 12 Z" F/>'
                         '<path d="M9.5 10.2 L15.8 5.2 M11.8 10.2 L17.6 6.6" S/>',
    # a broom
    "housekeeping": '<path d="M16.8 5.2 L11.6 12.4 M9.2 11.4 L14 14.8 L11.6 18.6 C9.6 18.2 7.2 16.4 6 14.6 Z M8.6 16.6 '
                    'L10.2 14.4" S/>',
    # a parcel box
    "parcel_station": '<path d="M12 5.4 L18.3 8.6 V15.6 L12 18.8 L5.7 15.6 V8.6 Z M5.7 8.6 L12 11.8 L18.3 8.6 M12 11.8 '
                      'V18.8 M8.8 7 L15.1 10.2" S/>',
    # an apartment building
    "property_management": '<path d="M7 18.5 V5.5 H17 V18.5 Z M5.5 18.5 H18.5 M11 18.5 V15.5 H13 V18.5" S/>'
                           '<path d="M9 7.8 H10.6 V9.2 H9 Z M13.4 7.8 H15 V9.2 H13.4 Z M9 11.2 H10.6 V12.6 H9 Z '
                           'M13.4 11.2 H15 V12.6 H13.4 Z" F/>',
    # a wrench
    "repair_point": '<path d="M17.6 8.2 A3.4 3.4 0 0 1 13.2 11.6 L7.6 17.2 Q6.8 18 6 17.2 Q5.2 16.4 6 15.6 L11.6 10 '
                    'A3.4 3.4 0 0 1 15 5.6 L13.4 7.6 L14.2 9 L15.8 9.8 Z" S/>',
}
SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">
  <rect x="1.5" y="1.5" width="21" height="21" rx="4.5" fill="param(fill) {colour}" stroke="param(outline) #ffffff"
        stroke-width="param(outline-width) 1.2"/>
  {body}
</svg>
"""
STROKE = f'fill="none" stroke="{W}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"'
FILL = f'fill="{W}" stroke="none"'


def pictogram(code: str) -> str:
    """The white drawing of a type, with its stroke and fill attributes spelled out."""
    return PICTOGRAMS[code].replace(" S/>", f" {STROKE}/>").replace(" F/>", f" {FILL}/>")


def main() -> None:
    """Write one SVG per facility type of the catalogue."""
    doc = json.loads((ROOT / "resources" / "standard" / "table_a01.json").read_text(encoding="utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    for f in doc["facilities"]:
        (OUT / f"{f['code']}.svg").write_text(
            SVG.format(colour=PALETTE[f["category_zh"]], body=pictogram(f["code"])), encoding="utf-8")
    print(f"{len(doc['facilities'])} symbols in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
