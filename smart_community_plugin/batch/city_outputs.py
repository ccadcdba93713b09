"""What a city office reads after a batch: DIR/city.gpkg (layer communities, one row each) and DIR/city_summary.pdf,
written together under the output contract (complete or absent, inputs never overwritten, personal data masked)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from ..pipeline.layer_data import WKB_MULTIPOLYGON, LayerData
from ..pipeline.outputs import Outputs
from ..pipeline.result_layers import multipolygons_of
from .city_report import write_city_report
from .plan import CityInputs


def city_layer(city: CityInputs, result: Any) -> LayerData:
    """The communities with verdict, counts, coverage per type by walking and straight line, life circles."""
    rows = result.rows
    cover_keys = sorted({k for r in rows for k in r.get("coverage", {})})
    circle_keys = sorted({k for r in rows for k in r.get("circles", {})}, key=lambda k: int(k.split("_")[1][:-3]))
    spec = [("source_fid", "integer"), ("name", "string"), ("kind", "string"), ("population", "double"),
            ("status", "string"), ("verdict", "string"), ("fail_count", "integer"), ("warning_count", "integer"),
            ("not_assessed_count", "integer"), ("error", "string"), ("error_zh", "string"), ("seconds", "double"),
            ("input_hash", "string")]
    spec += [(f"cover_{k}", "double") for k in cover_keys] + [(k, "double") for k in circle_keys]

    def col(key: str, default: Any = None) -> list[Any]:
        return [r.get(key, default) for r in rows]
    cols: dict[str, Any] = {
        "source_fid": np.array(col("fid"), dtype=np.int64), "name": col("name", ""), "kind": col("kind", ""),
        "population": np.array([np.nan if v is None else v for v in col("population")], dtype=float),
        "status": col("status", ""), "verdict": col("verdict", ""), "fail_count": col("fails", 0),
        "warning_count": col("warnings", 0), "not_assessed_count": col("not_assessed", 0),
        "error": col("error", ""), "error_zh": col("error_zh", ""), "seconds": col("seconds", 0.0),
        "input_hash": col("input_hash", "")}
    for k in cover_keys:
        cols[f"cover_{k}"] = np.array([np.nan if r.get("coverage", {}).get(k) is None else r["coverage"][k]
                                       for r in rows], dtype=float)
    for k in circle_keys:
        cols[k] = np.array([np.nan if r.get("circles", {}).get(k) is None else r["circles"][k] for r in rows],
                           dtype=float)
    for key in ("name", "kind", "status", "verdict", "error", "error_zh", "input_hash"):
        cols[key] = np.array(cols[key], dtype=object)
    for key in ("fail_count", "warning_count", "not_assessed_count"):
        cols[key] = np.array(cols[key], dtype=np.int64)
    cols["seconds"] = np.array(cols["seconds"], dtype=float)
    geoms = multipolygons_of(np.array([c.geometry for c in city.communities], dtype=object))
    return LayerData("communities", WKB_MULTIPOLYGON, city.inputs.crs.get("working", ""), spec, columns=cols,
                     geometry=geoms)


def write_city(outputs: Outputs, out_dir: Path, city: CityInputs, result: Any, language: str,
               title: str = "") -> dict[str, Path]:
    """Stage city.gpkg and city_summary.pdf in `outputs` (committed together by its owner)."""
    gpkg = outputs.vector(out_dir / "city.gpkg", [city_layer(city, result)])
    pdf = outputs.file(out_dir / "city_summary.pdf",
                       lambda staged: write_city_report(staged, result, [c.geometry for c in city.communities],
                                                        language, title))
    return {"gpkg": gpkg, "pdf": pdf}
