"""Collect tr()/tr_noop() source strings and merge them into i18n/*.ts, keeping translations."""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = "SmartCommunity"


def source_strings() -> list[str]:
    """Literal first arguments of tr(...) and tr_noop(...) in the plugin, in first-seen order."""
    seen: dict[str, None] = {}
    for path in sorted((ROOT / "smart_community_plugin").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("tr", "tr_noop") and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                seen.setdefault(node.args[0].value, None)
    return list(seen)


def merge(ts_path: Path, strings: list[str], write: bool = True) -> tuple[int, int, bool]:
    """Rewrite the .ts with every source string; returns (strings, untranslated, changed)."""
    old: dict[str, str] = {}
    language = ts_path.stem.split("_", 2)[-1]
    if ts_path.exists():
        tree = ET.parse(ts_path)
        language = tree.getroot().get("language", language)
        for msg in tree.getroot().iter("message"):
            text = msg.findtext("translation") or ""
            old[msg.findtext("source")] = text
    root = ET.Element("TS", version="2.1", language=language)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    missing = 0
    for s in strings:
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = s
        tr = ET.SubElement(msg, "translation")
        if old.get(s):
            tr.text = old[s]
        else:
            tr.set("type", "unfinished")
            missing += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    changed = not ts_path.exists() or ts_path.read_text(encoding="utf-8") != text
    if write and changed:
        ts_path.write_text(text, encoding="utf-8")
    return len(strings), missing, changed


if __name__ == "__main__":
    check = "--check" in sys.argv  # report only; exit 1 when a .ts is stale or incomplete
    strings = source_strings()
    status = 0
    for ts in sorted((ROOT / "i18n").glob("*.ts")) or [ROOT / "i18n" / "smart_community_zh_CN.ts"]:
        ts.parent.mkdir(exist_ok=True)
        total, missing, changed = merge(ts, strings, write=not check)
        print(f"{ts.relative_to(ROOT)}: {total} strings, {missing} untranslated"
              + (", out of date" if changed and check else ""))
        if check and (missing or changed):
            status = 1
    sys.exit(status)
