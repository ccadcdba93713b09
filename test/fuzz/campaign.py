"""A campaign: QGIS and the provider started once, the base scheme written once, cases run and tallied."""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .cases import make_case
from .runner import LogRecorder, Outcome, run_case
from .scheme import write_base

ROOT = Path(__file__).resolve().parents[2]
PBF = ROOT / "build" / "data" / "Helsinki.osm.pbf"


class Campaign:
    """Use as a context manager; run(seed) each case; report() the figures."""

    def __init__(self, keep: str = "") -> None:
        self.keep = keep
        self.outcomes: list[Outcome] = []

    def __enter__(self) -> Campaign:
        from qgis.core import QgsApplication

        self.app = QgsApplication.instance()
        if self.app is None:
            self.app = QgsApplication([], False)
            self.app.initQgis()
        import os
        import sys

        plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
        if plugins not in sys.path:
            sys.path.append(plugins)
        from processing.core.Processing import Processing

        Processing.initialize()
        registry = QgsApplication.processingRegistry()
        if registry.providerById("smart_community") is None:
            from smart_community_plugin.processing.provider import SmartCommunityProvider

            self.provider = SmartCommunityProvider()
            registry.addProvider(self.provider)
        self.tmp = Path(self.keep) if self.keep else Path(tempfile.mkdtemp(prefix="smart_community_fuzz_"))
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.base = self.tmp / "base.gpkg"
        self.base.unlink(missing_ok=True)
        self.planted = write_base(self.base)
        self.log = LogRecorder()
        return self

    def run(self, seed: int) -> Outcome:
        """One case, judged; its folder removed unless kept or bad."""
        case = make_case(seed, self.tmp, self.base, self.planted, PBF)
        outcome = run_case(case, self.log)
        self.outcomes.append(outcome)
        if outcome.good and not self.keep:
            shutil.rmtree(case.folder, ignore_errors=True)
        return outcome

    def all_good(self) -> bool:
        """Every case: no crash, no input changed, nothing left behind, nothing leaked."""
        return all(o.good for o in self.outcomes)

    def bad(self) -> list[Outcome]:
        """The cases that went wrong."""
        return [o for o in self.outcomes if not o.good]

    def report(self, seconds: float) -> str:
        """The campaign's figures, and each bad case with its seed."""
        per: dict[str, Counter] = defaultdict(Counter)
        for o in self.outcomes:
            per[o.case.algorithm][o.kind] += 1
        lines = [f"{'algorithm':20s} {'cases':>6s} {'results':>8s} {'clear errors':>13s} {'crashes':>8s}"]
        for alg in sorted(per):
            c = per[alg]
            lines.append(f"{alg:20s} {sum(c.values()):6d} {c['ok']:8d} {c['clear']:13d} {c['crash']:8d}")
        total = Counter(o.kind for o in self.outcomes)
        n = len(self.outcomes)
        lines.append(f"{'all':20s} {n:6d} {total['ok']:8d} {total['clear']:13d} {total['crash']:8d}")
        lines.append(f"inputs changed: {sum(bool(o.changed_inputs) for o in self.outcomes)}; "
                     f"files left behind: {sum(bool(o.leftovers) for o in self.outcomes)}; "
                     f"broken outputs: {sum(bool(o.broken_outputs) for o in self.outcomes)}; "
                     f"cases leaking a planted ID card or mobile number: {sum(bool(o.leaks) for o in self.outcomes)}")
        lines.append(f"{n:,} cases in {seconds:.0f} s ({1000 * seconds / max(n, 1):.0f} ms a case)")
        for o in self.bad()[:30]:
            lines.append(f"BAD seed {o.case.seed} {o.case.algorithm} {o.case.mutations}: {o.kind} {o.message[:300]} "
                         f"changed={o.changed_inputs} left={o.leftovers} broken={o.broken_outputs} leaks={o.leaks}")
        return "\n".join(lines)

    def __exit__(self, *exc: Any) -> None:
        if not self.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)
