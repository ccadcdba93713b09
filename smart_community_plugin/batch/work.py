"""What a Dask worker does, without QGIS: review a group of nearby communities on plain arrays and write each one's
review (the single review's JSON and GeoPackage) into the batch folder, one community at a time, atomically.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..core.gc_pause import paused_gc
from ..core.inputs import ReviewInputs
from ..core.parameters import ReviewParameters
from ..core.privacy import Privacy
from ..core.review import run_review
from ..pipeline.outputs import Outputs
from ..pipeline.read import Reviewed
from ..pipeline.result_layers import write_review
from .plan import CityInputs, clip
from .summary import summary_row


@dataclass
class Group:
    """Nearby communities and the city's features within the halo of any of them (what one task carries)."""

    city: CityInputs
    members: list[int]            # positions of the communities in `city.communities`
    fids: list[int]               # their feature ids in the communities layer
    hashes: list[str]


@lru_cache(maxsize=1)
def _standard() -> Any:
    from ..standard import load_standard

    return load_standard()


def community_paths(out_dir: Path, fid: int) -> tuple[Path, Path]:
    """Where one community's review goes: communities/<fid>.json and communities/<fid>.gpkg."""
    folder = Path(out_dir) / "communities"
    return folder / f"{fid}.json", folder / f"{fid}.gpkg"


def review_group(group: Group, params: dict[str, Any], out_dir: str, halo_m: float, language: str,
                 drop_personal: bool, inputs: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Review each community of the group and write its files; one failing is recorded, the others go on."""
    from ..core.messages import set_language

    set_language(language)
    standard = _standard()
    with paused_gc():
        return _review_members(group, standard, params, out_dir, halo_m, language, drop_personal, inputs)


def _review_members(group: Group, standard: Any, params: dict[str, Any], out_dir: str, halo_m: float,
                    language: str, drop_personal: bool, inputs: tuple[str, ...]) -> list[dict[str, Any]]:
    rows = []
    for k, fid, digest in zip(group.members, group.fids, group.hashes):
        t0 = time.perf_counter()
        try:
            reviewed = review_one(group.city, k, standard, params, halo_m)
            json_path, gpkg_path = community_paths(Path(out_dir), fid)
            json_path.parent.mkdir(parents=True, exist_ok=True)
            with Outputs(inputs, overwrite=True, privacy=Privacy(drop=drop_personal)) as outputs:
                write_review(outputs, reviewed, json_path, gpkg_path, language,
                             extra={"batch": {"community_fid": fid, "input_hash": digest, "halo_m": halo_m}})
            doc = reviewed.result.to_dict(language)
            rows.append(summary_row(fid, doc, status="reviewed", seconds=time.perf_counter() - t0, digest=digest))
        except Exception as exc:  # noqa: BLE001 — recorded with its reason; the batch goes on
            rows.append(failed_row(fid, group.city.communities[k], exc, time.perf_counter() - t0))
    return rows


def review_one(city: CityInputs, k: int, standard: Any, params: dict[str, Any], halo_m: float) -> Reviewed:
    """Community k reviewed alone on the city's features within the halo (the pure core, no QGIS)."""
    inputs: ReviewInputs = clip(city, k, halo_m)
    result = run_review(inputs, standard, parameters_from(params))
    result.sources = inputs.sources
    return Reviewed(inputs, result)


def parameters_from(params: dict[str, Any]) -> ReviewParameters:
    """ReviewParameters from their dict (lists back to tuples, as the dataclass keeps them)."""
    return ReviewParameters(**{k: tuple(v) if isinstance(v, list) else v for k, v in params.items()})


def failed_row(fid: int, community: Any, exc: BaseException, seconds: float) -> dict[str, Any]:
    """The row of a community whose review failed: its reason in both languages, and where it broke."""
    from ..core.errors import PlanningError

    # The catalogue's words for what the user can act on; anything else as Python said it.
    reason = exc.text("en") if isinstance(exc, PlanningError) else f"{type(exc).__name__}: {exc}"
    reason_zh = exc.text("zh") if isinstance(exc, PlanningError) else reason
    return {"fid": int(fid), "name": community.name, "kind": community.kind, "status": "failed",
            "error": reason, "error_zh": reason_zh, "trace": traceback.format_exc(limit=3)[-800:],
            "seconds": seconds, "population": community.population}
