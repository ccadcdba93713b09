"""Run a case through Processing (processing.run, as the toolbox and scripts do) and judge what happened:
a clear message or a result, never a traceback; inputs unchanged; outputs whole or absent, nothing staged
left behind; no planted ID card or mobile number in any output file or log line."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .cases import Case

UNEXPECTED = "Unexpected error"


def sha(path: Path) -> str:
    """Checksum of a file, or 'absent'."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "absent"


def digits_only(text: str) -> str:
    """The text as a reader would find numbers in it: full-width folded, the spaces and dashes people put
    inside a number taken out, anything else (punctuation, letters, masks) a break between numbers."""
    folded = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[ \-\u2010-\u2013\u00a0]", "", re.sub(r"[^0-9X \-\u2010-\u2013\u00a0]+", "\n", folded))


@dataclass
class Outcome:
    """What one case did."""

    case: Case
    kind: str = "ok"                      # ok | clear | crash
    message: str = ""
    changed_inputs: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)     # staged files, or outputs of a failed run
    broken_outputs: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)

    @property
    def good(self) -> bool:
        """No crash, nothing changed, nothing left, nothing broken, nothing leaked."""
        return self.kind != "crash" and not (self.changed_inputs or self.leftovers or self.broken_outputs
                                             or self.leaks)


def _feedback():
    from qgis.core import QgsProcessingFeedback

    class Recording(QgsProcessingFeedback):
        """Every line the algorithm says, as the user would see it."""

        def __init__(self) -> None:
            super().__init__()
            self.lines: list[str] = []

        def pushInfo(self, info: str) -> None:  # noqa: N802
            self.lines.append(info)

        def pushWarning(self, warning: str) -> None:  # noqa: N802
            self.lines.append(warning)

        def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802,N803
            self.lines.append(error)

        def pushDebugInfo(self, info: str) -> None:  # noqa: N802
            self.lines.append(info)

        def pushCommandInfo(self, info: str) -> None:  # noqa: N802
            self.lines.append(info)

        def pushConsoleInfo(self, info: str) -> None:  # noqa: N802
            self.lines.append(info)

        def setProgressText(self, text: str) -> None:  # noqa: N802
            self.lines.append(text)

    return Recording()


class LogRecorder:
    """The plugin's lines in QGIS's message log (where the guard puts tracebacks)."""

    def __init__(self) -> None:
        from qgis.core import QgsApplication

        self.lines: list[str] = []
        QgsApplication.messageLog().messageReceived.connect(self._got)

    def _got(self, message: str, tag: str, _level: object) -> None:
        if tag == "Smart Community":
            self.lines.append(message)


def _file_text(path: Path) -> str:
    data = path.read_bytes()
    return data.decode("utf-8", "ignore")


def _check_output(path: Path) -> str:
    """Why a written output is not whole ('' when it is)."""
    if path.suffix == ".json":
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            return f"{path.name}: not JSON ({exc})"
    elif path.suffix == ".gpkg":
        from osgeo import gdal

        try:
            ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
        except RuntimeError:
            ds = None
        if ds is None or ds.GetLayerCount() == 0:
            return f"{path.name}: not an openable GeoPackage"
    elif path.suffix == ".pdf" and not path.read_bytes().startswith(b"%PDF"):
        return f"{path.name}: not a PDF"
    return ""


def run_case(case: Case, log: LogRecorder) -> Outcome:
    """Run the case's algorithm with its parameters and judge it."""
    import processing
    from qgis.core import QgsProcessingException

    from smart_community_plugin.pipeline.staging import is_staged

    out = Outcome(case)
    before_inputs = {p: sha(p) for p in case.inputs}
    before_files = {p: sha(p) for p in case.folder.rglob("*") if p.is_file() or p.is_symlink()}
    feedback = _feedback()
    log.lines.clear()
    try:
        processing.run(f"smart_community:{case.algorithm}", case.parameters, feedback=feedback)
    except QgsProcessingException as exc:
        out.kind, out.message = "clear", str(exc)
    except Exception as exc:  # noqa: BLE001 — anything else reaching the caller is a crash
        out.kind, out.message = "crash", f"{type(exc).__name__}: {exc}"
    said = feedback.lines + log.lines
    if any(UNEXPECTED in line or "Traceback (most recent call last)" in line for line in said):
        out.kind = "crash"
        out.message = next(line for line in said if UNEXPECTED in line or "Traceback" in line)[:2000]
    said.append(out.message)
    out.changed_inputs = [p.name for p, h in before_inputs.items() if sha(p) != h]
    for p in case.folder.rglob("*"):
        if is_staged(p):
            out.leftovers.append(f"staged: {p.name}")
        elif p.is_file() and not p.is_symlink() and p not in before_files and p.parent.name == "out":
            # Validation fails on blocking findings after writing them: there the outputs must be whole.
            reported = case.algorithm == "validate" and "blocking findings: fix them" in out.message
            if out.kind != "ok" and not reported:
                out.leftovers.append(f"written by a failed run: {p.name}")
            elif (why := _check_output(p)):
                out.broken_outputs.append(why)
    texts = [_file_text(p) for p in (case.folder / "out").rglob("*") if p.is_file() and p not in before_files]
    texts.append("\n".join(said))
    out.leaks = leaked(case.planted, texts)
    return out


def leaked(planted: list[str], texts: list[str]) -> list[str]:
    """The planted numbers that appear in any of the texts, in any form a reader would recognise."""
    flat = [digits_only(t) for t in texts]
    return sorted({n for n in planted if any(n in f for f in flat)})
