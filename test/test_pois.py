"""POI exports from Amap (GCJ-02) and Baidu (BD-09) become facilities in WGS84 with Table A.0.1 types."""

from __future__ import annotations

import json

import numpy as np
from pyproj import Geod

from smart_community_plugin.core.chinese_coords import convert

GEOD = Geod(ellps="WGS84")
WGS = (116.397128, 39.916527)   # a Beijing point in WGS84


def test_csv_gbk_json_and_xlsx(tmp_path, processing_ready):
    import processing
    from openpyxl import Workbook

    gcj = tuple(float(v) for v in convert(*WGS, "wgs84", "gcj02"))
    bd = tuple(float(v) for v in convert(*WGS, "wgs84", "bd09"))
    csv_file = tmp_path / "amap.csv"
    csv_file.write_bytes(("名称,类型,经度,纬度\n阳光社区卫生站,医疗保健服务;诊所,%.7f,%.7f\n"
                          "某某咖啡,餐饮服务;咖啡厅,%.7f,%.7f\n坏行,,x,y\n" % (gcj + gcj)).encode("gb18030"))
    amap = tmp_path / "amap.json"
    amap.write_text(json.dumps({"pois": [{"name": "菜鸟驿站", "type": "生活服务;物流速递",
                                          "location": f"{gcj[0]:.7f},{gcj[1]:.7f}"}]},
                               ensure_ascii=False), encoding="utf-8")
    baidu = tmp_path / "baidu.json"
    baidu.write_text(json.dumps({"results": [{"name": "快乐幼儿园", "location": {"lat": bd[1], "lng": bd[0]},
                                              "detail_info": {"tag": "教育培训;幼儿园"}}]}, ensure_ascii=False),
                     encoding="utf-8")
    wb = Workbook()
    ws = wb.active
    ws.append(["name", "category", "lng", "lat"])
    ws.append(["公共厕所(东门)", "公共设施", gcj[0], gcj[1]])
    xlsx = tmp_path / "pois.xlsx"
    wb.save(xlsx)
    cases = [(csv_file, "gcj02", ["health_station", "餐饮服务;咖啡厅"]), (amap, "gcj02", ["parcel_station"]),
             (baidu, "bd09", ["kindergarten"]), (xlsx, "gcj02", ["public_toilet"])]
    for path, system, types in cases:
        res = processing.run("smart_community:import_pois", {"INPUT": str(path), "COORDINATES": system,
                                                             "OUTPUT": "memory:"})
        feats = list(res["OUTPUT"].getFeatures())
        assert [f["facility_type"] for f in feats] == types, path.name
        for f in feats:
            p = f.geometry().asPoint()
            # Back where the WGS84 point was, to the centimetre (the export rounds to 1e-7 degrees).
            assert GEOD.inv(p.x(), p.y(), *WGS)[2] < 0.05, path.name
        assert res["TYPED"] == sum(t in ("health_station", "parcel_station", "kindergarten", "public_toilet")
                                   for t in types)


def test_unconverted_gcj02_would_be_hundreds_of_metres_off():
    gcj = convert(*WGS, "wgs84", "gcj02")
    assert 300 < GEOD.inv(*WGS, *np.asarray(gcj, dtype=float))[2] < 700
