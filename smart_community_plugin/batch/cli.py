"""scripts/review-city: the city batch from a shell, with a progress bar and an estimated time; Ctrl-C cancels."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Optional

ROLES = ("communities", "buildings", "facilities", "roads", "compounds", "gates", "entrances", "play_areas",
         "green_spaces")


def parse(argv: Optional[list[str]] = None) -> argparse.Namespace:
    """The command line (the algorithm takes the same as parameters)."""
    p = argparse.ArgumentParser(prog="review-city", description="Review every community of a city on Dask "
                                "(smart_community:review_batch).")
    for role in ROLES:
        p.add_argument(f"--{role.replace('_', '-')}", required=role in ("communities", "buildings", "facilities"),
                       metavar="URI", help=f"the {role} layer: 'file.gpkg|layername=...'")
    p.add_argument("--distance", choices=("euclidean", "network", "both"), default="both")
    p.add_argument("--out", required=True, type=Path, help="folder: city.gpkg, city_summary.pdf, communities/")
    p.add_argument("--workers", type=int, default=None, help="local worker processes (default: one per core)")
    p.add_argument("--scheduler", default=None, help="an existing Dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--language", choices=("zh", "en"), default=None)
    p.add_argument("--group-size", type=int, default=None, help="communities per task (default from the count)")
    p.add_argument("--no-resume", action="store_true", help="review every community again")
    p.add_argument("--title", default="", help="the summary's title")
    p.add_argument("--store", default=None, help="also write the city table into this review store (libpq service)")
    return p.parse_args(argv)


def bar(done: int, total: int, eta: Optional[float], t0: float, lang: str) -> str:
    """One line: a bar, counts, communities per second and the time left."""
    from .city import progress_line

    width = 30
    filled = int(width * done / max(total, 1))
    return f"\r[{'#' * filled}{'.' * (width - filled)}] " + progress_line(done, total, eta,
                                                                         time.perf_counter() - t0, lang)


def main(argv: Optional[list[str]] = None) -> int:
    """Run the batch; exit 0 when every community was reviewed, 1 when some failed, 2 on an error, 130 cancelled."""
    args = parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from ..core.errors import Cancelled, PlanningError
    from ..core.messages import set_language
    from ..core.parameters import ReviewParameters
    from ..pipeline.scheme import Scheme
    from ..settings import get as setting
    from ..standard import load_standard
    from .city import batch_params, cluster_lines, review_city, summary_line
    from .run import BatchSettings

    lang = args.language or ("zh" if os.environ.get("LANG", "").startswith("zh") else "en")
    set_language(lang)
    t0 = time.perf_counter()
    interrupted = {"yes": False}
    tty = sys.stderr.isatty()
    last = {"t": 0.0}

    def progress(done: int, total: int, eta: Optional[float], what: str) -> bool:
        now = time.perf_counter()
        if tty or now - last["t"] > 5 or done == total:
            last["t"] = now
            sys.stderr.write(bar(done, total, eta, t0, lang) + ("" if tty else "\n"))
            sys.stderr.flush()
        return not interrupted["yes"]

    def announce(cluster) -> None:
        for line in cluster_lines(cluster, args.scheduler, lang):
            print(line, file=sys.stderr)

    try:
        uris = {("community" if r == "communities" else r): getattr(args, r) for r in ROLES if getattr(args, r)}
        scheme = Scheme.from_uris(uris)
        settings = BatchSettings(params=batch_params(ReviewParameters(distance_method=args.distance)),
                                 language=lang, drop_personal=bool(setting("drop_personal_data")),
                                 scheduler=args.scheduler, workers=args.workers, group_size=args.group_size,
                                 resume=not args.no_resume)
        try:
            result, paths = review_city(scheme, load_standard(), args.out, settings, progress, args.title, announce,
                                        store=args.store)
        except KeyboardInterrupt:
            interrupted["yes"] = True
            raise Cancelled.of("error.review.cancelled") from None
    except Cancelled as exc:
        print(f"\n{exc.text(lang)}", file=sys.stderr)
        return 130
    except PlanningError as exc:
        print(f"\nreview-city: {exc.text(lang)}", file=sys.stderr)
        return 2
    fig = result.figures
    print("\n" + summary_line(result, args.out, lang), file=sys.stderr)
    for key in ("gpkg", "pdf"):
        print(paths[key])
    return 1 if fig["failed"] else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Everything is written and committed; QGIS's teardown beside Dask's threads can crash at exit (SIGSEGV),
    # which would turn a complete run into a failure for the shell. Leave without it.
    os._exit(code)
