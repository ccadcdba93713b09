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



def test_translations_keep_the_placeholders():
    """A translation that drops, adds or retypes a {} placeholder would fail only in Chinese, at run time."""
    import string
    import xml.etree.ElementTree as ET

    from .conftest import ROOT

    def fields(text):
        out, auto = [], 0
        for _lit, name, spec, _conv in string.Formatter().parse(text):
            if name is None:
                continue
            if name == "":
                name, auto = str(auto), auto + 1
            out.append((name, spec))
        return sorted(out)

    bad = []
    for msg in ET.parse(ROOT / "i18n" / "smart_community_zh_CN.ts").getroot().iter("message"):
        source, translation = msg.findtext("source"), msg.findtext("translation") or ""
        if fields(source) != fields(translation):
            bad.append((source, translation))
            continue
        n = len(fields(source))
        args = [1.5] * n
        try:
            translation.format(*args)
        except (ValueError, IndexError, KeyError) as exc:
            bad.append((source, f"{translation}: {exc}"))
    assert bad == []


def test_qt_s_own_buttons_speak_chinese_with_the_plugin_and_english_again_without(qgis_app):
    """QGIS looks for qt_zh-Hans.qm, which Qt does not ship (qtbase_zh_CN.qm, from qttranslations5-l10n):
    the plugin loads Qt's own translation so its dialogs' OK/Close/Cancel are Chinese too."""
    from qgis.PyQt.QtCore import QCoreApplication

    from smart_community_plugin.i18n import install_translator, remove_translator

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    translator = install_translator("zh-Hans")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert QCoreApplication.translate("QPlatformTheme", "Close") == "关闭"
    finally:
        remove_translator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
