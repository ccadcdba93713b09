"""The city batch's communities into the store: one run row and one row a community (verdict, counts,
coverage and life circles, boundary), in one transaction; never changed afterwards."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import shapely

from ..core.privacy import Privacy, compact_json
from ..pipeline.outputs import json_safe
from .reviews import _copy_into
from .submissions import _copy_text

_FIXED = ("source_fid", "name", "kind", "population", "status", "verdict", "fail_count", "warning_count",
          "not_assessed_count", "error", "error_zh", "input_hash")


def store_city(conn: Any, layer: Any, parameters: dict, title: str = "", privacy: Privacy = Privacy()) -> int:
    """Store the batch's `communities` layer (batch.city_outputs.city_layer) as a new run; returns its id."""
    cols = {n: np.asarray(privacy.column(n, layer.columns[n])).tolist() for n, _ in layer.spec}
    extra = [n for n, _ in layer.spec if n not in _FIXED]
    epsg = int(str(layer.crs).split(":")[1])
    wkb = shapely.to_wkb(np.asarray(layer.geometry, dtype=object), hex=True)
    n = len(layer)
    failed = sum(1 for s in cols["status"] if s == "failed")
    with conn:
        with conn.cursor() as cur:
            cur.execute("INSERT INTO sc.city_runs (title, parameters, communities, failed) VALUES (%s, %s, %s, %s) "
                        "RETURNING id", (title, privacy.json_text(json_safe(parameters)), n, failed))
            run = cur.fetchone()[0]
            buf = io.StringIO()
            for i in range(n):
                row = [run, *[cols[k][i] if cols[k][i] is not None else "" for k in _FIXED],
                       compact_json(json_safe({k: cols[k][i] for k in extra})), f"SRID={epsg};{wkb[i]}"]
                row[4] = cols["population"][i]          # a missing population stays NULL, not ''
                buf.write("\t".join(_copy_text(v) for v in row) + "\n")
            _copy_into(cur, "city_communities", "run_id, " + ", ".join(_FIXED) + ", coverage, geom", buf)
    return run
