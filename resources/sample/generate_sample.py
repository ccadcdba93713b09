"""Generate the bundled sample community (synthetic, deterministic) as a planning GeoPackage.

The community is made up: an 800 m x 600 m new community (48 ha) in Chaoyang, Beijing (39.95 N),
in CGCS2000 / 3-degree Gauss-Kruger CM 117E (EPSG:4548), with about 15,000 residents in four gated
compounds (6-floor slabs in the west, 18-33-floor towers in the east), walls with gates, internal
paths, roads, and existing and planned facilities of most Table A.0.1 types. It carries deliberate
deficiencies so a review shows passes, warnings and failures: an east side beyond the health
station's 300 m, an undersized health station (90 m² < 120 m²), a kindergarten close north of
30-floor towers, too few convenience stores and housekeeping points, a compound without access
control, an integrated service centre on too little land, and a sports ground below 150 m²; and,
for the clause register, green space with one far emergency shelter, cameras missing the west waste
station, no Party-community service centre and community provisions left undeclared.

Run: python resources/sample/generate_sample.py [output.gpkg]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import shapely
from shapely.geometry import LineString, Point, box

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CRS = "EPSG:4548"
# South-west corner of the community, rounded to the metre (about 116.47 E, 39.95 N).
X0, Y0 = 458_700.0, 4_422_300.0
WIDTH, HEIGHT = 800.0, 600.0
SEED = 20240601
ENTRY_TIME = "2026-11-01T09:00:00"
SOURCE = "synthetic sample (resources/sample/generate_sample.py)"


def at(x: float, y: float) -> tuple[float, float]:
    """Local metres to EPSG:4548."""
    return X0 + x, Y0 + y


def lbox(x0: float, y0: float, x1: float, y1: float):
    """A local box in EPSG:4548."""
    return box(*at(x0, y0), *at(x1, y1))


def lpoint(x: float, y: float) -> Point:
    return Point(*at(x, y))


def lline(*pts: tuple[float, float]) -> LineString:
    return LineString([at(x, y) for x, y in pts])


# Compounds: (name, x0, y0, x1, y1), inset from the road centrelines at x=400 and y=300.
COMPOUNDS = [
    ("西南苑 Xinan Garden", 15, 15, 385, 285),
    ("东南苑 Dongnan Garden", 415, 15, 785, 285),
    ("西北苑 Xibei Garden", 15, 315, 385, 585),
    ("东北苑 Dongbei Garden", 415, 315, 785, 585),
]


def buildings(rng: random.Random) -> list[dict]:
    """Slabs in the west compounds, towers in the east ones; some rows leave room for facilities."""
    out = []
    n = 0
    # West compounds: 6-floor slabs 60 x 12 m (5 units, 2 flats a floor), 60 households each.
    for (cx0, cy0) in ((15, 15), (15, 315)):
        for col in range(4):
            for row in range(6):
                if cy0 == 315 and col == 3 and row < 2:
                    continue  # room for the integrated service centre
                x = cx0 + 20 + col * 88
                y = cy0 + 22 + row * 40
                n += 1
                hh = 60 if rng.random() > 0.1 else None  # some without households: floor-area fallback
                pop = None
                if hh is not None and rng.random() < 0.15:
                    pop = int(round(hh * rng.uniform(2.3, 2.9)))  # a surveyed population wins
                out.append(dict(geom=lbox(x, y, x + 60, y + 12), name=f"{n}号楼", use="residential",
                                floors=6, height_m=18.0, households=hh, population=pop))
    # East compounds: towers 24 x 20 m, 4 households per floor.
    for (cx0, cy0, floors_choice) in ((415, 15, (18, 18, 24)), (415, 315, (26, 30, 33))):
        for col in range(4):
            for row in range(4):
                if cy0 == 315 and row == 3 and col in (1, 2):
                    continue  # the kindergarten sits here, just north of the towers
                x = cx0 + 30 + col * 90
                y = cy0 + 25 + row * 62
                floors = rng.choice(floors_choice)
                n += 1
                out.append(dict(geom=lbox(x, y, x + 24, y + 20), name=f"{n}号楼", use="residential",
                                floors=floors, height_m=floors * 3.0, households=floors * 4, population=None))
    # A few public buildings that are not residential.
    out.append(dict(geom=lbox(305, 330, 375, 378), name="综合服务中心", use="public", floors=3,
                    height_m=13.5, households=None, population=None))
    out.append(dict(geom=lbox(515, 515, 595, 575), name="幼儿园", use="public", floors=3,
                    height_m=11.0, households=None, population=None))
    return out


def roads() -> list[dict]:
    """Perimeter and cross roads (centrelines) and internal compound paths."""
    out = [
        dict(geom=lline((0, 0), (800, 0)), name="南环路", walkable=1, highway="secondary"),
        dict(geom=lline((800, 0), (800, 600)), name="东环路", walkable=1, highway="secondary"),
        dict(geom=lline((800, 600), (0, 600)), name="北环路", walkable=1, highway="secondary"),
        dict(geom=lline((0, 600), (0, 0)), name="西环路", walkable=1, highway="secondary"),
        dict(geom=lline((400, 0), (400, 600)), name="中轴路", walkable=1, highway="tertiary", fire_lane=1),
        dict(geom=lline((0, 300), (800, 300)), name="横街", walkable=1, highway="tertiary", fire_lane=1),
    ]
    for name, x0, y0, x1, y1 in COMPOUNDS:
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        out.append(dict(geom=lline((x0 + 10, my), (x1 - 10, my)), name=f"{name[:3]}内部路",
                        walkable=1, highway="footway"))
        # The north-south path runs through the compound's only gate to the cross road (y=300).
        far, gate = (y0 + 10, y1) if y1 < 300 else (y1 - 10, y0)
        out.append(dict(geom=lline((mx, far), (mx, gate), (mx, 300)), name=f"{name[:3]}内部路",
                        walkable=1, highway="footway"))
    return out


def facility(kind: str, name: str, x: float, y: float, status: str = "existing", smart: str = "",
             geom=None, **numbers) -> dict:
    # Built facilities belong to phase 一期 (2024); planned ones to 二期 (2027), as in the scheme.
    phase, year = ("一期", 2024) if status == "existing" else ("二期", 2027)
    row = dict(geom=geom if geom is not None else lpoint(x, y), facility_type=kind, name=name,
               status=status, smart_features=smart, phase=phase, year=year)
    row.update(numbers)
    return row


def facilities() -> list[dict]:
    """Existing and planned facilities with deliberate shortfalls."""
    centre = dict(centre="综合服务中心", land_area_m2=2800.0)  # 4.5.5-1 asks for >= 3000 m²
    F = [
        # Integrated service centre in the north-west compound, next to the cross roads.
        facility("elderly_day_care", "日间照料中心", 320, 350, smart="one_click_help,remote_care,online_meal_ordering,info_screen_or_audio_prompt", floor_area_m2=750.0, floors=2, **centre),
        facility("elderly_activity_room", "老年人活动室", 335, 350, smart="behaviour_sensing,emergency_call", floor_area_m2=200.0, **centre),
        facility("health_station", "社区卫生服务站", 350, 345, smart="medical_consultation,medicine_delivery,health_records,info_screen_or_audio_prompt", floor_area_m2=90.0, level=1, own_entrance=1, **centre),
        facility("culture_station", "文化活动站", 365, 350, smart="online_library,info_screen_or_audio_prompt", floor_area_m2=400.0, **centre),
        facility("service_station", "社区服务站", 330, 365, smart="self_service_kiosk,info_screen_or_audio_prompt", floor_area_m2=650.0, **centre),
        facility("community_canteen", "社区餐厅", 350, 365, smart="smart_canteen,info_screen_or_audio_prompt", floor_area_m2=300.0, **centre),
        # A second health station and day care centre planned for the south-west compound.
        facility("health_station", "卫生服务站(规划)", 200, 150, status="planned", smart="medical_consultation,self_check_diagnosis,medicine_delivery,health_records,info_screen_or_audio_prompt", floor_area_m2=150.0, level=1, own_entrance=1),
        facility("elderly_day_care", "日间照料中心(规划)", 215, 150, status="planned", smart="one_click_help,remote_care,online_meal_ordering,info_screen_or_audio_prompt", floor_area_m2=600.0),
        facility("elderly_activity_room", "老年人活动室(二)", 600, 150, smart="behaviour_sensing,emergency_call,info_screen_or_audio_prompt", floor_area_m2=150.0),
        facility("culture_station", "文化活动站(东)", 600, 160, status="planned", smart="online_library,online_culture_hall,online_community_forum,info_screen_or_audio_prompt", floor_area_m2=300.0),
        facility("service_station", "社区服务站(东)", 610, 170, status="planned", smart="self_service_kiosk,info_screen_or_audio_prompt", floor_area_m2=600.0),
        facility("community_canteen", "老年饭桌(东)", 590, 170, smart="smart_canteen,unmanned_canteen_pilot,info_screen_or_audio_prompt", floor_area_m2=200.0),
        # Kindergartens: one close north of the 30-floor towers, one planned in the west.
        facility("kindergarten", "阳光幼儿园", 555, 545, smart="health_management,safety_protection,environment_monitoring,real_time_communication,info_screen_or_audio_prompt", geom=lbox(515, 515, 595, 575), classes=9, places=270, floors=3, land_area_m2=4800.0),
        facility("kindergarten", "西苑幼儿园(规划)", 100, 500, status="planned", smart="health_management,safety_protection", classes=14, places=420, floors=3, land_area_m2=5200.0),
        # Nurseries on the ground floor of a slab and of a tower (their rooms' sunlight is computed there).
        facility("nursery", "托育园", 330, 243, smart="health_management,safety_protection,environment_monitoring,real_time_communication,info_screen_or_audio_prompt", floor_area_m2=500.0, places=60),
        facility("nursery", "托儿所(规划)", 637, 412, status="planned", smart="health_management,safety_protection,environment_monitoring,real_time_communication,info_screen_or_audio_prompt", floor_area_m2=450.0, places=80),
        # Sports grounds as polygons: one too small.
        facility("sports_ground", "中心运动场", 0, 0, geom=lbox(200, 380, 260, 420), smart="interactive_smart_equipment,online_booking,info_screen_or_audio_prompt,rest_and_barrier_free,noise_mitigation"),
        facility("sports_ground", "东区健身角", 0, 0, geom=lbox(700, 200, 712, 210), smart="interactive_smart_equipment,info_screen_or_audio_prompt"),
        # Convenience: stops outside on the perimeter roads.
        facility("bus_stop", "南环路公交站", 200, -8, smart="traffic_info_screen"),
        facility("bus_stop", "中轴路公交站", 408, 300, smart="traffic_info_screen,info_screen_or_audio_prompt", non_motor_spaces=20),
        facility("bus_stop", "北环路公交站", 250, 608, smart=""),
        facility("accessibility_facility", "无障碍坡道(中心)", 310, 345, smart="info_screen_or_audio_prompt"),
        facility("accessibility_facility", "无障碍卫生间", 380, 290, smart=""),
        facility("waste_collection", "垃圾分类收集站(西)", 30, 290, smart="smart_sorting_bins,info_screen_or_audio_prompt,sanitary_siting"),
        facility("waste_collection", "垃圾分类收集站(东)", 770, 300, status="planned", smart="smart_sorting_bins,info_screen_or_audio_prompt,sanitary_siting"),
        # Toilet areas: women's to men's 2 : 1 in the centre, 1.2 : 1 in the south-west (宜 1:2).
        facility("public_toilet", "公厕(中心)", 390, 320, smart="environment_monitoring,occupancy_sensing,info_screen_or_audio_prompt", female_area_m2=40.0, male_area_m2=20.0),
        facility("public_toilet", "公厕(西南)", 100, 100, smart="environment_monitoring", female_area_m2=24.0, male_area_m2=20.0),
        # Daily services.
        facility("fresh_market", "生鲜超市(社区外)", 400, -120, smart="network_facilities,logistics_channel,info_screen_or_audio_prompt"),
        facility("convenience_store", "便利店1", 200, 290, smart="unmanned_store,info_screen_or_audio_prompt"),
        facility("convenience_store", "便利店2", 200, 590, smart="info_screen_or_audio_prompt"),
        facility("convenience_store", "便利店3", 600, 290, smart="unmanned_store,info_screen_or_audio_prompt"),
        facility("convenience_store", "便利店4", 600, 590, smart="info_screen_or_audio_prompt"),
        facility("housekeeping", "家政服务点", 340, 380, smart="online_booking,staff_screening,service_rating,info_screen_or_audio_prompt", centre="综合服务中心"),
        facility("housekeeping", "家政服务点(东)", 620, 175, status="planned", smart="online_booking,info_screen_or_audio_prompt"),
        facility("repair_point", "维修点", 360, 380, smart="online_booking,info_screen_or_audio_prompt"),
        facility("repair_point", "维修点(东南)", 620, 160, smart="online_booking,service_rating,info_screen_or_audio_prompt"),
        facility("repair_point", "维修点(西南)", 120, 30, smart="online_booking,info_screen_or_audio_prompt"),
        facility("repair_point", "维修点(东北)", 700, 330, smart="online_booking,info_screen_or_audio_prompt"),
        facility("repair_point", "维修点(西北)", 30, 330, status="planned", smart="online_booking,info_screen_or_audio_prompt"),
        # Chapter 4's facilities: the operation centre in the integrated centre; no Party-community
        # service centre and no shared bicycle station (deliberate); a rail station 400 m south, outside.
        facility("smart_operation_centre", "社区大脑", 355, 372, **centre),
        facility("smart_parking", "智慧停车场(东南)", 700, 30, status="planned"),
        facility("ev_charging", "充电桩(东南)", 705, 35, status="planned"),
        facility("ebike_charging", "电动自行车充电棚", 380, 270),
        facility("rail_station", "望京南地铁站(社区外)", 400, -400),
    ]
    # Parcel stations and property offices at the compound gates.
    gates = gate_points()
    for k, (name, gx, gy) in enumerate(gates):
        F.append(facility("parcel_station", f"快递驿站({name[:3]})", gx + 6, gy + (6 if gy < 300 else -6),
                          smart="smart_parcel_lockers,info_screen_or_audio_prompt" if k % 2 else "smart_letter_boxes,smart_parcel_lockers,info_screen_or_audio_prompt"))
    for name, x0, y0, _x1, _y1 in COMPOUNDS:
        F.append(facility("property_management", f"物业({name[:3]})", x0 + 12, y0 + 12,
                          smart="online_payment,payment_notifications,online_steward,info_screen_or_audio_prompt",
                          floor_area_m2=600.0))
    F.append(facility("property_management", "物业总部", 380, 330,
                      smart="online_payment,payment_notifications,online_steward,info_screen_or_audio_prompt",
                      floor_area_m2=1200.0))
    # Access control at gates, but the north-east compound has none (deliberate).
    for name, gx, gy in gates:
        if name.startswith("东北苑"):
            continue
        F.append(facility("access_control", f"门禁({name[:3]})", gx, gy,
                          smart="face_recognition,linked_to_surveillance,vehicle_recognition"))
    # Cameras watch 60 m with a boundary-crossing alarm, except the fourth; one more by the east waste
    # station. The west station is watched by none (5.2.4-1, deliberate).
    for k, (x, y) in enumerate(((200, 300), (400, 150), (600, 450), (150, 450))):
        F.append(facility("surveillance", f"公共监控{k + 1}", x, y, smart="boundary_alarm" if k < 3 else "",
                          view_radius_m=60.0))
        F.append(facility("fire_facility", f"消防栓{k + 1}", x + 5, y + 5,
                          smart="unified_numbering,rfid_smart_response" if k % 2 == 0 else "unified_numbering"))
    F.append(facility("surveillance", "公共监控5", 760, 300, smart="boundary_alarm", view_radius_m=50.0))
    return F


def green_spaces() -> list[dict]:
    """A linear park in the north-west compound (an emergency shelter) and a pocket park in the south-east.

    The east homes are beyond 500 m of the only shelter, and the kindergarten north of the towers is
    far from green space (4.4.3, A.0.1; deliberate).
    """
    return [dict(geom=lbox(96, 330, 122, 585), name="西苑带状公园", emergency_shelter=1,
                 smart_features="smart_guide,smart_emergency_refuge,smart_lighting,smart_broadcast,smart_surveillance,"
                                "green_environment_monitoring"),
            dict(geom=lbox(480, 40, 525, 120), name="东南口袋公园", emergency_shelter=0, smart_features="smart_guide")]


def gate_points() -> list[tuple[str, float, float]]:
    """One gate per compound, in its wall on the side facing the cross road (y=300)."""
    out = []
    for name, x0, y0, x1, y1 in COMPOUNDS:
        gy = y1 if y1 < 300 else y0
        out.append((name, (x0 + x1) / 2, gy))
    return out


def compounds() -> list[dict]:
    return [dict(geom=lbox(x0, y0, x1, y1), name=name, gated=1) for name, x0, y0, x1, y1 in COMPOUNDS]


def community() -> list[dict]:
    # Declared: fibre, mobile coverage, the utility corridor and smart traffic; the rest is left undeclared.
    return [dict(geom=lbox(0, 0, WIDTH, HEIGHT), name="望京示范社区 (synthetic)", kind="new", population=None,
                 children_3_6=600, children_0_3=180,
                 declarations="fibre_to_home,mobile_coverage,utility_corridor_reserve,smart_traffic_control")]


def generate(path: Path) -> None:
    """Write the sample GeoPackage to path (replacing it), through the plugin's one writer."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes

    from smart_community_plugin.layers.schema import PLANNING_LAYERS
    from smart_community_plugin.layers.vector_write import LayerData
    from smart_community_plugin.pipeline.outputs import Outputs

    rng = random.Random(SEED)
    content = {"community": community(), "compounds": compounds(), "buildings": buildings(rng),
               "facilities": facilities(), "roads": roads(), "green_spaces": green_spaces()}
    crs = QgsCoordinateReferenceSystem(CRS)
    layers = []
    for spec in PLANNING_LAYERS:
        names = [f.name for f in spec.fields]
        fields = [(f.name, f.type) for f in spec.fields]
        rows = []
        for row in content[spec.name]:
            row = dict(row, data_source=SOURCE, entry_time=ENTRY_TIME)
            geom = row.pop("geom")
            if spec.geometry == "MultiPolygon":
                geom = shapely.multipolygons([geom])
            elif spec.geometry == "MultiLineString":
                geom = shapely.multilinestrings([geom])
            rows.append((geom, [row.get(name) for name in names]))
        if spec.name == "facilities":
            # One layer holds one geometry type: every facility is a point (areas at their
            # centroid, with the land area taken from the shape); facility_areas keeps the shapes.
            land = names.index("land_area_m2")
            points, areas = [], []
            for g, v in rows:
                if g.geom_type != "Point":
                    areas.append((shapely.multipolygons([g]), list(v)))
                    if v[land] is None:
                        v[land] = round(g.area, 1)
                    g = g.centroid
                points.append((g, v))
            layers += [LayerData("facilities", QgsWkbTypes.Type.Point, crs, fields, points),
                       LayerData("facility_areas", QgsWkbTypes.Type.MultiPolygon, crs, fields, areas)]
            continue
        layers.append(LayerData(spec.name, QgsWkbTypes.parseType(spec.geometry), crs, fields, rows))
    # The kindergarten's activity ground, east of its building and north of the towers.
    layers.append(LayerData("play_areas", QgsWkbTypes.Type.MultiPolygon, crs,
                            [("name", "string"), ("facility", "string"), ("data_source", "string")],
                            [(shapely.multipolygons([lbox(602, 505, 652, 580)]), ["阳光幼儿园活动场地", "阳光幼儿园", SOURCE]),
                             (shapely.multipolygons([lbox(300, 255, 360, 280)]), ["托育园活动场地", "托育园", SOURCE])]))
    # Compound walls are the compounds' boundaries; these are the only ways through them.
    layers.append(LayerData("gates", QgsWkbTypes.Type.Point, crs,
                            [("name", "string"), ("compound", "string"), ("data_source", "string")],
                            [(lpoint(gx, gy), [f"{name[:3]}大门", name, SOURCE]) for name, gx, gy in gate_points()]))
    with Outputs() as outputs:
        outputs.vector(path, layers)


if __name__ == "__main__":
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sample_community.gpkg")
    generate(target)
    print(f"wrote {target}")
