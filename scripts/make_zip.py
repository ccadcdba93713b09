"""Build smart_community.zip for QGIS's "Install from ZIP": the plugin folder without tests or dev files."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "smart_community"
# README.md and its screenshots are the Help dialog.
INCLUDE = ["metadata.txt", "__init__.py", "LICENSE", "README.md", "smart_community_plugin", "resources", "i18n",
           "docs"]
EXCLUDE_SUFFIXES = {".pyc", ".ts"}
EXCLUDE_NAMES = {"__pycache__", "generate_sample.py"}


def files() -> list[Path]:
    """Every file that goes into the ZIP, relative to the repository root."""
    out = []
    for entry in INCLUDE:
        path = ROOT / entry
        candidates = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for p in candidates:
            rel = p.relative_to(ROOT)
            if p.suffix in EXCLUDE_SUFFIXES or EXCLUDE_NAMES & set(rel.parts):
                continue
            out.append(rel)
    return out


def build(target: Path) -> int:
    """Write the ZIP (atomically) and return the number of files in it."""
    qm = list((ROOT / "i18n").glob("*.qm"))
    if not qm:
        raise SystemExit("no i18n/*.qm: run 'make i18n' first")
    tmp = target.with_suffix(".zip.part")
    members = files()
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel in members:
            zf.write(ROOT / rel, f"{NAME}/{rel.as_posix()}")
    tmp.replace(target)
    return len(members)


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / f"{NAME}.zip"
    print(f"{out.name}: {build(out)} files")
