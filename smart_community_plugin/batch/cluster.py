"""The Dask client a batch runs on: an embedded LocalCluster sized to the machine, or an existing scheduler."""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import sys
from dataclasses import dataclass
from typing import Any, Optional

from ..core.errors import ReviewError

INSTALL_HINT = "dask[distributed]"


def require_dask() -> None:
    """Raise a clear error naming what to install when Dask's distributed scheduler is missing."""
    if importlib.util.find_spec("distributed") is None or importlib.util.find_spec("dask") is None:
        raise ReviewError.of("error.batch.no_dask", package=INSTALL_HINT)


@dataclass
class Cluster:
    """A connected client, and the embedded cluster when the batch started one."""

    client: Any
    local: Any = None

    @property
    def workers(self) -> int:
        """Workers connected now."""
        return len(self.client.scheduler_info(n_workers=-1).get("workers", {}))

    @property
    def dashboard(self) -> Optional[str]:
        """The dashboard's address, when the scheduler serves one."""
        try:
            link = self.client.dashboard_link
        except Exception:  # noqa: BLE001 — no dashboard is no error
            return None
        return link if link and importlib.util.find_spec("bokeh") is not None else None

    def close(self) -> None:
        """Disconnect; stop the embedded cluster (an existing one is left running)."""
        try:
            self.client.close()
        finally:
            if self.local is not None:
                self.local.close()


def _python_for_workers() -> None:
    """Worker processes start the interpreter whose standard library is on sys.path. Embedded in QGIS (or
    qgis_process) sys.executable is QGIS itself or whichever python3 came first on PATH, so it is set to the
    interpreter of sys.base_prefix; a venv's own python (inside sys.prefix) is kept."""
    name = f"python{sys.version_info.major}.{sys.version_info.minor}"
    exe = os.path.realpath(sys.executable or "")
    if exe.startswith(os.path.realpath(sys.prefix) + os.sep) and os.path.basename(exe).startswith("python"):
        return
    candidate = next((c for c in (os.path.join(sys.base_prefix, "bin", name),
                                  os.path.join(sys.base_exec_prefix, "bin", name)) if os.access(c, os.X_OK)), None)
    if candidate:
        multiprocessing.set_executable(candidate)


def connect(scheduler: Optional[str] = None, workers: Optional[int] = None) -> Cluster:
    """A client of the scheduler at `scheduler` (tcp://host:8786), else of a LocalCluster with `workers`
    processes (default: one per core), one thread each: the review is numpy and GEOS, one core a process."""
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Cluster(Client(scheduler, timeout="20s"))
        except OSError as exc:
            raise ReviewError.of("error.batch.no_scheduler", address=scheduler, reason=str(exc)) from exc
    _python_for_workers()
    n = workers or os.cpu_count() or 1
    dashboard = ":0" if importlib.util.find_spec("bokeh") is not None else None
    local = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=dashboard,
                         host="127.0.0.1", silence_logs=40)
    return Cluster(Client(local), local)
