"""The approval report: text, verdict rule, fonts, page splits, masking, atomic writing (real PDFs)."""

from __future__ import annotations

import re
import subprocess
from collections import Counter

import pytest

from smart_community_plugin.report.builder import ReportRequest, write_report

from .conftest import SAMPLE
from .test_frontends import sample_review  # noqa: F401 (the module-scoped fixture, shared)

VERDICT_ZH = {"fail": "不通过", "warning": "警告", "info": "提示", "pass": "通过", "not_applicable": "不适用",
              "not_assessable": "无法评估"}
CLAUSE = re.compile(r"^\s*((?:4\.\d+\.\d+(?:-\d)?|5\.\d\.\d(?:-\d)?|A\.0\.1|6\.\d\.\d)(?:, A\.0\.1)?)\s")


def text(pdf, first=None, last=None, layout=True) -> str:
    args = ["pdftotext"] + (["-layout"] if layout else [])
    args += (["-f", str(first)] if first else []) + (["-l", str(last)] if last else []) + [str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pages_of(pdf) -> list[str]:
    return text(pdf).split("\f")


def check(i, clause="4.5.3, A.0.1", verdict="pass", strength="应", ftype="health_station", **kw):
    return {"id": f"c{i}", "rule": kw.pop("rule", "quantity"), "clause": clause, "facility_type": ftype,
            "strength": "shall", "strength_zh": strength, "verdict": verdict, "message": kw.pop("message", f"check {i}"),
            "requirement_zh": kw.pop("requirement_zh", f"要求{i}"), "measured": kw.pop("measured", {"count": i}),
            "required": {"count": 1}, "layer": kw.pop("layer", "facilities"), "feature_ids": kw.pop("feature_ids", [i])}


def review_of(checks, name="测试社区"):
    return {"standard": {"code": "T/CECS", "title_zh": "智慧社区规划标准", "title_en": "Smart community"},
            "community": {"name": name, "population": 1000, "area_m2": 10000},
            "parameters": {"distance_method": "euclidean"}, "checks": checks, "coverage": {}, "findings": [],
            "sources": {"buildings": {"source": "/data/x.gpkg|layername=buildings", "features": 3, "crs": "EPSG:4548",
                                      "data_source": ["测绘院 2026"], "entry_time": ["2026-11-01T09:00:00"] * 2}}}


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory, sample_review, processing_ready):  # noqa: F811 (the shared fixture)
    """The sample's report through the Processing algorithm, as make demo writes it."""
    import processing

    _, review, out = sample_review
    pdf = tmp_path_factory.mktemp("report") / "report.pdf"
    s = str(SAMPLE)
    result = processing.run("smart_community:report", {
        "REVIEW_JSON": str(out / "review.json"), "RESULT_GPKG": str(out / "review.gpkg"),
        "ROADS": f"{s}|layername=roads", "COMPOUNDS": f"{s}|layername=compounds", "PROJECT_NAME": "样例",
        "REVIEWER": "审查单位", "OUTPUT": str(pdf)})
    return review, pdf, result



def test_every_check_is_in_the_clause_table_with_its_verdict(sample_report):
    review, pdf, result = sample_report
    pages = pages_of(pdf)
    assert result["PAGES"] == len([p for p in pages if p.strip()])
    start = next(i for i, p in enumerate(pages) if "4 逐条审查" in p and "目录" not in p)
    end = next(i for i in range(start + 1, len(pages)) if re.search(r"^\s*5 未评估的条款", pages[i], re.M))
    rows = Counter()
    for page in pages[start:end]:
        for line in page.splitlines():
            m = CLAUSE.match(line)
            if m:
                last = line.split()[-1]
                rows[(m.group(1), last)] += 1
    # A smart item met by declaration reads "已申报" (declared; the table says it is not verified).
    declared = ("smart_requirements", "green_smart")
    expected = Counter((c["clause"], "已申报" if c["verdict"] == "pass" and c["rule"] in declared
                        else VERDICT_ZH[c["verdict"]]) for c in review["checks"])
    assert rows == expected
    # The table's header is repeated on every page it runs over.
    assert all("条款" in p and "结论" in p for p in pages[start:end])
    # Then the provisions not assessed, each 应 one of them with what would assess it, and the declared ones.
    after = "".join(pages[end:])
    section = after[:after.index("6 申报的条款")]
    flat = re.sub(r"\s+", "", section)
    for pid in review["summary"]["not_assessed"]:
        entry = next(e for e in review["provisions"] if e["id"] == pid)
        assert re.sub(r"\s+", "", entry["text_zh"])[:12] in flat, pid
    assert "公共绿地" in flat and "无法评估" in flat


def test_cover_toc_header_and_metadata(sample_report):
    review, pdf, _ = sample_report
    first = pages_of(pdf)[0]
    assert "智慧社区规划审查报告" in first and "不通过" in first  # the sample fails 应 provisions
    assert f"共 {len(review['checks'])} 项检查" in first
    second = pages_of(pdf)[1]
    assert "目录" in second and "逐条审查" in second and "审查意见与签字" in second
    assert "第 2 页 / 共" in second and "智慧社区规划审查报告 · 望京示范社区" in second
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Title:" in info and "望京示范社区" in info and "Author:          审查单位" in info


def test_fonts_are_embedded_cjk_only(sample_report):
    _, pdf, _ = sample_report
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    fonts = out.splitlines()[2:]
    assert fonts and all(" yes yes yes " in line for line in fonts), out
    assert any("WenQuanYi" in line for line in fonts)


def test_maps_and_sections_are_there(sample_report, tmp_path):
    review, pdf, _ = sample_report
    whole = text(pdf)
    for heading in ("设施服务范围", "生活圈", "幼儿园、托儿所日照", "问题清单", "问题位置示意", "规划程序记录"):
        assert heading in whole
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    limited = [c for c, v in review["coverage"].items() if v.get("radius_m")]
    # One map per type with a limit, the life circles, the sunlight and the locator.
    assert sum(line.split()[2] == "image" for line in images.splitlines()[2:]) == len(limited) + 3
    assert " smask " not in images  # opaque maps
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "3", str(pdf), str(tmp_path / "p")], check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == 3


@pytest.mark.parametrize("verdicts, expected_zh, expected_en", [
    (["pass", "pass", "info", "not_applicable"], "通过", "Approved"),
    (["pass", "warning", "info"], "有条件通过", "Approved with conditions"),
    (["pass", "warning", "fail"], "不通过", "Not approved"),
])
def test_overall_verdict_rule(tmp_path, standard, qgis_app, verdicts, expected_zh, expected_en):
    review = review_of([check(i, verdict=v) for i, v in enumerate(verdicts, 1)])
    for language, word in (("zh", expected_zh), ("en", expected_en)):
        pdf = tmp_path / f"{language}.pdf"
        write_report(ReportRequest(review, language=language), standard, str(pdf))
        cover = pages_of(pdf)[0]
        lines = [line.strip() for line in cover.splitlines() if line.strip()]
        assert word in lines  # the verdict box holds the word alone


def test_no_findings_and_no_optional_sections(tmp_path, standard, qgis_app):
    pdf = tmp_path / "clean.pdf"
    write_report(ReportRequest(review_of([check(1), check(2, clause="4.5.10", rule="smart_requirements")])),
                 standard, str(pdf))
    whole = text(pdf)
    assert re.search(r"问题清单\s+无。", whole)
    for absent in ("设施服务范围", "生活圈", "日照", "问题位置示意"):
        assert absent not in whole
    assert "项目中没有规划程序记录" in whole and "测绘院 2026" in whole  # 6.4.2 provenance printed


def test_hundreds_of_deficiencies_split_with_headers(tmp_path, standard, qgis_app):
    checks = [check(i, verdict="fail" if i % 3 else "warning", message=f"deficiency {i}") for i in range(1, 401)]
    pdf = tmp_path / "many.pdf"
    stats = write_report(ReportRequest(review_of(checks), language="en"), standard, str(pdf))
    pages = pages_of(pdf)
    deficiency_pages = [p for p in pages if re.search(r"deficiency \d+", p) and "Finding" in p]
    assert len(deficiency_pages) >= 5 and stats.pages == len([p for p in pages if p.strip()])
    found = {int(n) for p in deficiency_pages for n in re.findall(r"deficiency (\d+)", p)}
    assert found == set(range(1, 401))


def test_long_names_wrap_inside_the_page(tmp_path, standard, qgis_app):
    long_name = "超长名称" * 60
    pdf = tmp_path / "long.pdf"
    write_report(ReportRequest(review_of([check(1, verdict="fail", requirement_zh=long_name)], name=long_name)),
                 standard, str(pdf))
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    xmax = [float(x) for x in re.findall(r'xMax="([\d.]+)"', html)]
    assert xmax and max(xmax) <= width - 30  # inside the right margin (18 mm = 51 pt)


def test_personal_data_is_masked(tmp_path, standard, qgis_app):
    review = review_of([check(1, verdict="fail", message="联系人 13812345678，证件 11010519491231002X",
                              requirement_zh="联系 13812345678")], name="社区 11010519491231002X")
    pdf = tmp_path / "masked.pdf"
    write_report(ReportRequest(review, language="en"), standard, str(pdf))
    whole = text(pdf, layout=False)
    assert "13812345678" not in whole and "11010519491231002X" not in whole
    assert "138****5678" in whole and "110105**********2X" in whole


def test_existing_file_is_kept_and_failures_leave_nothing(tmp_path, standard, qgis_app):
    from smart_community_plugin.core.errors import OutputExistsError
    from smart_community_plugin.report.fonts import FontError

    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"old")
    with pytest.raises(OutputExistsError):
        write_report(ReportRequest(review_of([check(1)])), standard, str(pdf))
    assert pdf.read_bytes() == b"old"
    with pytest.raises(FontError, match="does not exist"):
        write_report(ReportRequest(review_of([check(1)]), font_path=str(tmp_path / "none.ttf")), standard,
                     str(tmp_path / "x.pdf"), overwrite=True)
    write_report(ReportRequest(review_of([check(1)])), standard, str(pdf), overwrite=True)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]  # no temporary files left behind


def test_stage_records_from_the_project_are_printed(tmp_path, standard, qgis_app):
    from smart_community_plugin.core.stages import PlanningState

    state = PlanningState()
    rec = state.record("operation", "data_masking")
    rec.status, rec.owner, rec.notes, rec.date = "done", "李工", "已启用脱敏 13812345678", "2026-11-20"
    import json

    pdf = tmp_path / "stages.pdf"
    write_report(ReportRequest(review_of([check(1)]), planning_state=json.loads(state.to_json())), standard,
                 str(pdf))
    whole = text(pdf)
    assert "运营管理 Operation (7.0.5)" in whole and "李工" in whole and "2026-11-20" in whole
    assert "已完成" in whole and "138****5678" in whole and "13812345678" not in whole


def test_what_could_not_be_assessed_is_said_in_the_profile_the_parameters_and_the_deficiencies(tmp_path, standard,
                                                                                           qgis_app):
    review = review_of([check(1, verdict="not_assessable", message="人口无法确定，无法核定应设数量。"),
                        check(2, verdict="pass", message="通过的检查")])
    review["standard"] = {"code": "T/CECS XXXX-XXXX", "title_zh": "智慧社区规划标准", "title_en": "x"}
    review["community"].update(population=0, population_known=False, households=0, gross_floor_area_m2=0,
                               buildings_by_height_band={"low_rise_1_3": 0, "multi_storey_4_6": 2, "unknown": 76})
    review["parameters"] = {"persons_per_household": 2.62, "include_planned": True, "distance_method": "both",
                            "community_kind": None, "walking_speed_m_per_min": None}
    review["summary"] = {"overall": "incomplete"}
    pdf = tmp_path / "gaps.pdf"
    write_report(ReportRequest(review, language="zh"), standard, str(pdf))
    body = re.sub(r"\s+", "", text(pdf, layout=False))
    # The draft's number is said to be pending, not printed as a bare XXXX.
    assert "T/CECSXXXX-XXXX《智慧社区规划标准》（征求意见稿，标准编号待定）" in body
    # No population is "cannot be established", not 0; the floor area says what it leaves out.
    assert "人口无法确定（建筑缺少层数、户数、人口和高度）" in body
    assert "总建筑面积无法确定（76栋建筑无层数）" in body
    assert "按层数多层4-6：2栋；层数不详：76栋" in body
    # Parameters in words, not keys.
    assert "户均人口（人/户）2.62" in body and "计入规划设施是" in body and "距离计算方式步行与直线" in body
    assert "persons_per_household" not in body and "include_planned" not in body
    assert "步行速度（m/min）按生活圈距离推算（GB50180-2018）" in body
    # The check that could not be assessed is in the deficiency list.
    deficiencies = body[body.index("问题清单"):] if "问题清单" in body else body
    assert "人口无法确定，无法核定应设数量。" in deficiencies and "无法评估" in deficiencies


def test_emergency_refuge_section_with_its_routes(tmp_path, processing_ready):
    # The sample with its green spaces and roads: the 4.4.3 section says the longest walk and draws the routes.
    import json

    import processing

    s = str(SAMPLE)
    layers = {role.upper(): f"{s}|layername={role}" for role in
              ("community", "buildings", "facilities", "compounds", "roads", "gates", "green_spaces")}
    processing.run("smart_community:review", dict(layers, OUTPUT_JSON=str(tmp_path / "r.json"),
                                                  OUTPUT_GPKG=str(tmp_path / "r.gpkg")))
    review = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    shelter = next(c for c in review["checks"] if c["id"] == "emergency_shelter")
    pdf = tmp_path / "r.pdf"
    result = processing.run("smart_community:report", {
        "REVIEW_JSON": str(tmp_path / "r.json"), "RESULT_GPKG": str(tmp_path / "r.gpkg"),
        "ROADS": layers["ROADS"], "GREEN_SPACES": layers["GREEN_SPACES"], "OUTPUT": str(pdf)})
    whole = text(pdf)
    assert "应急避险（4.4.3）" in whole and "各住宅至最近避险绿地的步行路线" in whole
    assert f"{shelter['measured']['longest_walk_m']:,.0f} m" in whole
    assert result["PAGES"] > 20


def test_a_wrong_parameter_is_not_blamed_on_the_review_json(tmp_path, processing_ready):
    # QGIS refuses LANGUAGE=1 (the enum takes its names); the reason must not be "the JSON is no vector file".
    from qgis.core import QgsApplication, QgsProcessingContext

    alg = QgsApplication.processingRegistry().createAlgorithmById("smart_community:report")
    review = tmp_path / "review.json"
    review.write_text('{"checks": []}', encoding="utf-8")
    ok, said = alg.checkParameterValues({"REVIEW_JSON": str(review), "LANGUAGE": 1, "OUTPUT": str(tmp_path / "r.pdf")},
                                        QgsProcessingContext())
    assert not ok and "vector format" not in said
