"""make fuzz: the bad-input campaign in one process, through processing.run as users run the algorithms.

    .venv/bin/python -m test.fuzz --cases 10000 [--seed 0] [--keep DIR]

Prints the cases per algorithm, clear errors, results, crashes, changed inputs, files left behind and
leaked personal numbers, and the seconds it took; exits 1 when any case went wrong (its seed is printed,
so `--first SEED --cases 1` replays it).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--first", type=int, default=0, help="the first case's seed")
    parser.add_argument("--keep", default="", help="keep the case folders here")
    parser.add_argument("--trace", action="store_true", help="print each case before running it")
    args = parser.parse_args()
    from .campaign import Campaign

    with Campaign(keep=args.keep) as campaign:
        started = time.perf_counter()
        for seed in range(args.first, args.first + args.cases):
            if args.trace:
                print(f"case {seed}", flush=True)
            campaign.run(seed)
            if (seed - args.first + 1) % 500 == 0:
                print(f"  … {seed - args.first + 1:,} cases, {time.perf_counter() - started:.0f} s", flush=True)
        print(campaign.report(time.perf_counter() - started))
        return 0 if campaign.all_good() else 1


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
