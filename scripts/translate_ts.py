"""Fill translations into i18n/smart_community_zh_CN.ts from a JSON file {"English source": "中文"}.

Run scripts/update_ts.py first so the sources exist; unknown sources are reported, not added.
Usage: python scripts/translate_ts.py translations.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "i18n" / "smart_community_zh_CN.ts"


def fill(pairs: dict[str, str], ts_path: Path = TS) -> list[str]:
    """Set the translation of each known source; returns the sources that are not in the file."""
    tree = ET.parse(ts_path)
    known = {}
    for msg in tree.getroot().iter("message"):
        known[msg.findtext("source")] = msg.find("translation")
    unknown = []
    for source, text in pairs.items():
        node = known.get(source)
        if node is None:
            unknown.append(source)
            continue
        node.text = text
        node.attrib.pop("type", None)
    ET.indent(tree.getroot())
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return unknown


if __name__ == "__main__":
    missing = fill(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
    for s in missing:
        print(f"not in the .ts (run scripts/update_ts.py first?): {s}")
    sys.exit(1 if missing else 0)
