"""How the benchmarks time a command: wall seconds, and the peak memory of its whole process tree (a review
writes its GeoPackage in a second process, the batch has workers), sampled every 0.1 s."""

from __future__ import annotations

import subprocess
import threading
import time


def tree_peak(cmd: list[str], ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """(seconds, peak MiB of the process and all its children together); exits on a return code not in `ok`."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0.0]

    def sample() -> None:
        root = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                total = sum(p.memory_info().rss for p in [root, *root.children(recursive=True)])
                peak[0] = max(peak[0], total / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.1)
    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    t.join()
    if proc.returncode not in ok:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{out[-2000:]}\n{err[-3000:]}")
    return seconds, peak[0]
