"""The Simplified Chinese translation is complete and loads through the plugin's translator."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_translation_file_is_complete():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_ts.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + " (run scripts/update_ts.py, translate, commit)"
    assert "smart_community_zh_CN.ts" in proc.stdout and ", 0 untranslated" in proc.stdout


def test_chinese_translator_translates_a_known_string(qgis_app):
    from smart_community_plugin.i18n import install_translator, remove_translator, tr

    translator = install_translator("zh_CN")
    try:
        assert translator is not None, "run 'make i18n' to build the .qm"
        assert tr("Review community scheme") == "审查社区规划方案"
    finally:
        remove_translator(translator)
    assert tr("Review community scheme") == "Review community scheme"

