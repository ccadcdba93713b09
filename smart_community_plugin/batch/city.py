"""The whole city batch behind both front ends (smart_community:review_batch and scripts/review-city): read the city
once through QGIS, review every community on Dask, write the city table and summary under the output contract."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any, Optional

from ..core.parameters import ReviewParameters
from ..core.privacy import Privacy
from ..pipeline.outputs import Outputs
from ..pipeline.scheme import Scheme
from .city_outputs import write_city
from .cluster import Cluster, require_dask
from .read import read_city
from .run import BatchResult, BatchSettings, Progress, run_city

CITY_FILES = ("city.gpkg", "city_summary.pdf")


def batch_params(params: ReviewParameters) -> dict[str, Any]:
    """The review's parameters for every community: a population given for the batch would be every community's,
    so it is dropped (each community's own, or its buildings', counts)."""
    return dataclasses.asdict(dataclasses.replace(params, population_override=None))


def review_city(scheme: Scheme, standard: Any, out_dir: Path, settings: BatchSettings,
                progress: Optional[Progress] = None, title: str = "",
                announce: Optional[Callable[[Cluster], None]] = None,
                store: Optional[str] = None) -> tuple[BatchResult, dict[str, Path]]:
    """Review every community of the scheme's communities layer; returns the result and the city files. With
    `store` (a libpq service) the city table goes into the review store too (its run id in figures)."""
    require_dask()
    out_dir = Path(out_dir).absolute()
    inputs = tuple(str(f) for f in scheme.input_files())
    with Outputs(inputs, overwrite=True, privacy=Privacy(drop=settings.drop_personal)) as outputs:
        for name in CITY_FILES:                       # refused before any work when one would overwrite an input
            outputs.claim(out_dir / name)
        city = read_city(scheme, standard)
        out_dir.mkdir(parents=True, exist_ok=True)
        result = run_city(city, standard, out_dir, settings, progress, inputs, announce=announce)
        paths = write_city(outputs, out_dir, city, result, settings.language, title)
        if store:
            result.figures["store_run"] = _into_store(store, city, result, settings, title, outputs.privacy)
    return result, paths


def _into_store(store: str, city: Any, result: BatchResult, settings: BatchSettings, title: str,
                privacy: Privacy) -> int:
    """The city table as a new run of the store's sc.city_communities (one transaction)."""
    from ..store.city import store_city
    from ..store.connection import session
    from .city_outputs import city_layer

    with session(store) as conn:
        return store_city(conn, city_layer(city, result), settings.params, title, privacy)


def progress_line(done: int, total: int, eta: Optional[float], elapsed: float, language: str) -> str:
    """'123/1000 communities, 8.2/s, 01:47 left' in a language (the command's bar, the algorithm's progress)."""
    from ..core.messages import message

    left = "—" if eta is None else f"{int(eta // 60):02d}:{int(eta % 60):02d}"
    return message("ui.batch.progress", done=done, total=total, rate=done / max(elapsed, 1e-9),
                   left=left).text(language)


def cluster_lines(cluster: Cluster, scheduler: Optional[str], language: str) -> list[str]:
    """Where the batch runs, and the dashboard's address when there is one."""
    from ..core.messages import message

    where = scheduler or message("ui.batch.local", workers=cluster.workers).text(language)
    lines = [message("ui.batch.cluster", where=where, workers=cluster.workers).text(language)]
    if cluster.dashboard:
        lines.append(message("ui.batch.dashboard", link=cluster.dashboard).text(language))
    return lines


def summary_line(result: BatchResult, out_dir: Path, language: str) -> str:
    """Reviewed, kept and failed communities, the time and where the files went."""
    from ..core.messages import message

    fig = result.figures
    return message("ui.batch.summary", reviewed=fig["reviewed"] - result.kept, kept=result.kept,
                   failed=fig["failed"], seconds=result.seconds, rate=len(result.rows) / max(result.seconds, 1e-9),
                   out=str(out_dir)).text(language)
