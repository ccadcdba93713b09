"""A city batch on Dask, without QGIS: fingerprint every community's clipped inputs, skip those reviewed before
with the same inputs, send nearby communities to a worker together, collect one row each, write the city table
and summary. The Processing algorithm and scripts/review-city both call run_city.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import numpy as np
import shapely

from ..core.errors import Cancelled, ReviewError
from ..core.halo import halo_m, review_reaches
from ..standard.register import load_register
from .cluster import Cluster, connect
from .plan import ARRAYS, LAYERS, CityInputs, fingerprint, groups, subset
from .summary import city_figures, summary_row
from .work import Group, community_paths, failed_row, parameters_from, review_group

# progress(done, total, seconds_left or None, what) -> False cancels.
Progress = Callable[[int, int, Optional[float], str], bool]


@dataclass
class BatchSettings:
    """What a batch runs with: the review's parameters and how the work is spread."""

    params: dict[str, Any] = field(default_factory=dict)   # ReviewParameters fields
    language: str = "zh"
    drop_personal: bool = False
    scheduler: Optional[str] = None
    workers: Optional[int] = None
    group_size: Optional[int] = None                        # communities per task (default from the count)
    resume: bool = True


@dataclass
class BatchResult:
    """The rows of every community, the city's figures and how the run went."""

    rows: list[dict[str, Any]]
    figures: dict[str, Any]
    halo_m: float
    reaches: dict[str, float]
    seconds: float
    workers: int
    dashboard: Optional[str] = None
    kept: int = 0


def plan_halo(city: CityInputs, standard: Any, params: dict[str, Any]) -> tuple[float, dict[str, float]]:
    """The halo of this city: the largest reach of a review, with the tallest building and the northernmost
    community for the sunlight reach."""
    b = city.inputs.buildings
    storey = parameters_from(params).resolved(standard).storey_height_m
    heights = np.where(np.isfinite(b.height_m), b.height_m, b.floors * storey) if len(b) else np.empty(0)
    tallest = float(np.nanmax(heights)) if len(heights) and np.isfinite(heights).any() else None
    latitude = max((abs(lat) for _lon, lat in city.lonlat), default=0.0)
    reaches = review_reaches(standard, parameters_from(params), load_register(), tallest, latitude)
    return halo_m(reaches), reaches


def indices(city: CityInputs, halo: float) -> list[dict[str, np.ndarray]]:
    """For every community, the indices of each part's features within the halo (one query per part)."""
    regions = shapely.buffer(np.array([c.geometry for c in city.communities], dtype=object), halo, quad_segs=8)
    out: list[dict[str, np.ndarray]] = [{} for _ in city.communities]
    for part in LAYERS + ARRAYS:
        tree = city.tree(part)
        if tree is None:
            for d in out:
                d[part] = np.empty(0, dtype=np.int64)
            continue
        ci, fi = tree.query(regions, predicate="intersects")
        order = np.lexsort((fi, ci))
        ci, fi = ci[order], fi[order]
        cuts = np.searchsorted(ci, np.arange(len(out) + 1))
        for k, d in enumerate(out):
            d[part] = fi[cuts[k]:cuts[k + 1]]
    return out


def kept_row(out_dir: Path, fid: int, digest: str) -> Optional[dict[str, Any]]:
    """The row of a community reviewed before with the same inputs and settings (its files both present)."""
    json_path, gpkg_path = community_paths(out_dir, fid)
    if not (json_path.exists() and gpkg_path.exists()):
        return None
    try:
        doc = json.loads(json_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (doc.get("batch") or {}).get("input_hash") != digest:
        return None
    return summary_row(fid, doc, status="kept", seconds=0.0, digest=digest)


def run_city(city: CityInputs, standard: Any, out_dir: Path, settings: BatchSettings,
             progress: Optional[Progress] = None, inputs: tuple[str, ...] = (),
             cluster: Optional[Cluster] = None, announce: Optional[Callable[[Cluster], None]] = None) -> BatchResult:
    """Review every community of the city; rows in the communities' order. Files go to out_dir/communities."""
    t0 = time.perf_counter()
    if not city.communities:
        raise ReviewError.of("error.batch.no_communities")
    halo, reaches = plan_halo(city, standard, settings.params)
    where = indices(city, halo)
    fingerprint_settings = {"params": settings.params, "language": settings.language, "halo_m": halo,
                            "drop": settings.drop_personal, "standard": standard.code,
                            "crs": city.inputs.crs.get("working")}
    digests = [fingerprint(city, where[k], k, fingerprint_settings) for k in range(len(city.communities))]
    rows: dict[int, dict[str, Any]] = {}
    todo = []
    for k, fid in enumerate(city.community_fids.tolist()):
        row = kept_row(out_dir, fid, digests[k]) if settings.resume else None
        if row is not None:
            rows[k] = row
        else:
            todo.append(k)
    kept = len(rows)
    total = len(city.communities)
    own = cluster is None
    cluster = cluster or connect(settings.scheduler, settings.workers)
    if announce is not None:
        announce(cluster)
    try:
        n_workers = max(cluster.workers, 1)
        size = settings.group_size or int(np.clip(len(todo) // (n_workers * 8) or 1, 1, 16))
        todo_set = set(todo)
        batches = [[int(k) for k in g if int(k) in todo_set] for g in groups(city, size)]
        batches = [b for b in batches if b]
        _run(cluster, city, batches, where, digests, halo, settings, out_dir, inputs, rows, total, kept,
             progress)
    finally:
        workers = cluster.workers
        dashboard = cluster.dashboard
        if own:
            cluster.close()
    ordered = [rows[k] for k in range(total)]
    return BatchResult(ordered, city_figures(ordered), halo, reaches, time.perf_counter() - t0, workers,
                       dashboard, kept)


def _payload(city: CityInputs, members: list[int], where: list[dict[str, np.ndarray]],
             digests: list[str]) -> Group:
    """One task's data: the features within the halo of any member, and the members alone."""
    idx = {p: np.unique(np.concatenate([where[k][p] for k in members])) for p in LAYERS + ARRAYS}
    return Group(subset(city, idx, members), list(range(len(members))), [int(city.community_fids[k]) for k in members],
                 [digests[k] for k in members])


def _run(cluster: Cluster, city: CityInputs, batches: list[list[int]], where: list[dict[str, np.ndarray]],
         digests: list[str], halo: float, settings: BatchSettings, out_dir: Path, inputs: tuple[str, ...],
         rows: dict[int, dict[str, Any]], total: int, kept: int, progress: Optional[Progress]) -> None:
    """Submit the groups a few at a time (memory stays bounded), collect their rows as they finish."""
    from distributed import as_completed

    client = cluster.client
    in_flight = max(2, 3 * max(cluster.workers, 1))
    pending = list(reversed(batches))
    futures: dict[Any, list[int]] = {}
    started = time.perf_counter()
    done_here = 0

    def submit() -> None:
        members = pending.pop()
        fut = client.submit(review_group, _payload(city, members, where, digests), settings.params, str(out_dir),
                            halo, settings.language, settings.drop_personal, tuple(inputs), pure=False, retries=2)
        futures[fut] = members
        queue.add(fut)

    queue = as_completed([])
    while pending and len(futures) < in_flight:
        submit()
    if progress is not None and progress(kept, total, None, "start") is False:
        client.cancel(list(futures))
        raise Cancelled.of("error.review.cancelled")
    for fut in queue:
        members = futures.pop(fut)
        try:
            got = fut.result()
        except Exception as exc:  # noqa: BLE001 — a task that failed beyond its retries: its communities say why
            got = [failed_row(int(city.community_fids[k]), city.communities[k], exc, 0.0) for k in members]
        for k, row in zip(members, got):
            rows[k] = row
        done_here += len(members)
        if pending:
            submit()
        elapsed = time.perf_counter() - started
        left = total - kept - done_here
        eta = elapsed / done_here * left if done_here else None
        if progress is not None and progress(kept + done_here, total, eta, "") is False:
            client.cancel(list(futures))
            raise Cancelled.of("error.review.cancelled")
