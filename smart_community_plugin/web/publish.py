"""The published page as a folder: index.html, its script and style, data.js, the vendored map library, the
facility pictograms and the survey template. Written into a staged sibling folder and moved into place whole,
so the folder is complete or absent; a folder that holds anything but an earlier page is never replaced."""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..core.errors import OutputError
from ..core.privacy import Privacy
from ..i18n import tr

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "resources" / "web"
VENDOR = PAGE / "vendor"
ICONS = ROOT / "resources" / "icons" / "facilities"
MARKER = ".smart_community_page"        # what makes a folder an earlier page that may be replaced
PAGE_FILES = ("index.html", "app.js", "app.css")


def check_target(target: Path, inputs: Iterable[Path] = ()) -> Path:
    """The page's folder, checked before any work: not a file, not holding an input, and either absent, empty
    or an earlier page of this plugin."""
    target = Path(os.path.abspath(target))
    if target.exists() and not target.is_dir():
        raise OutputError(tr("The output {} is a file; give a folder for the web page.").format(target))
    for item in inputs:
        path = Path(os.path.abspath(item))
        if path == target or target in path.parents:
            raise OutputError(tr("The output folder {} holds an input of this run ({}); replacing it would destroy "
                                 "the submission. Choose another folder.").format(target, path))
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).exists():
        raise OutputError(tr("The folder {} already holds other files; give an empty or new folder (an earlier "
                             "page of this plugin is replaced).").format(target))
    return target


def vendored() -> Path:
    """The map library's folder; a clear error when the build has not fetched it."""
    if not (VENDOR / "leaflet.js").exists():
        raise OutputError(tr("The web page's map library is missing ({}). Run 'make vendor' (or 'make setup'), or "
                             "install the plugin from its ZIP, which carries it.").format(VENDOR))
    return VENDOR


def survey_template(data: dict[str, Any]) -> str:
    """The satisfaction survey (7.0.6) as the revisit stage imports it: one row per facility, score and comment
    left for the resident."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["设施编号", "类型", "评分", "意见"])
    names = {t["code"]: t["zh"] for t in data["types"]}
    for f in data["facilities"]["features"]:
        p = f["properties"]
        writer.writerow([p["f"], names.get(p["t"], p["t"]), "", ""])
    return "\ufeff" + out.getvalue()       # a BOM: Excel, which residents and offices open it with, reads UTF-8


def write_page(data: dict[str, Any], target: Path, language: str, privacy: Privacy = Privacy(),
               inputs: Iterable[Path] = ()) -> Path:
    """Write the page for `data` (web.page_data) into the folder `target`, in `language` first."""
    target = check_target(target, inputs)
    vendor = vendored()
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{target.name}.part-", dir=target.parent))
    try:
        for name in PAGE_FILES:
            shutil.copyfile(PAGE / name, staged / name)
        shutil.copytree(vendor, staged / "vendor", ignore=shutil.ignore_patterns(".versions"))
        (staged / "icons").mkdir()
        for entry in data["types"]:
            icon = ICONS / f"{entry['code']}.svg"
            if icon.exists():
                shutil.copyfile(icon, staged / "icons" / icon.name)
        document = dict(data, language=language)
        (staged / "data.js").write_text("window.SC_DATA = " + privacy.json_text(document) + ";\n", encoding="utf-8")
        (staged / "survey_template.csv").write_text(privacy.text(survey_template(data)), encoding="utf-8")
        (staged / MARKER).write_text("smart_community:publish_web\n", encoding="utf-8")
        os.chmod(staged, 0o755)          # mkdtemp makes it private; a web server must read it
        _move_into_place(staged, target)
    except OSError as exc:
        shutil.rmtree(staged, ignore_errors=True)
        raise OutputError(tr("Cannot write the web page into {}: {}").format(target, exc.strerror or exc)) from exc
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    return target


def _move_into_place(staged: Path, target: Path) -> None:
    """The staged page takes the target's name; an earlier page (or an empty folder) there goes."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rmdir(old)
        os.rename(target, old)
    try:
        os.rename(staged, target)
    except OSError:
        if old is not None:
            os.rename(old, target)       # the earlier page back, as it was
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
