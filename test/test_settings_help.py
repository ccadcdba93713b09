"""Settings dialog (language override) and the help window."""

from __future__ import annotations

import pytest


def test_language_override_beats_qgis_locale(qtbot, qgis_app):
    from qgis.core import QgsSettings

    from smart_community_plugin import settings
    from smart_community_plugin.gui.settings_dialog import SettingsDialog
    from smart_community_plugin.i18n import install_translator, remove_translator, tr

    QgsSettings().setValue("locale/userLocale", "en_US")
    old = settings.get("locale")
    try:
        dialog = SettingsDialog()
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        assert dialog.save() is (old != "zh_CN")
        assert settings.get("locale") == "zh_CN"
        translator = install_translator()       # QGIS says English, the plugin's setting says Chinese
        assert translator is not None and tr("Remove") == "删除"
        remove_translator(translator)
        settings.set_value("locale", "en")
        assert install_translator() is None and tr("Remove") == "Remove"
    finally:
        settings.set_value("locale", old)
        QgsSettings().remove("locale/userLocale")


@pytest.mark.parametrize("language, title, sections", [
    ("zh", "智慧社区规划工作台 使用指南", ["1 插件的作用", "6 结论与审批", "7 审查报告"]),
    ("en", "Smart Community Planner: User Guide", ["1 What the plugin does", "6 Verdicts and approval",
                                                   "7 The approval report"]),
])
def test_help_opens_the_guide_in_the_interface_language_with_its_screenshots(qtbot, qgis_app, language, title,
                                                                              sections):
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtGui import QTextDocument
    from qgis.PyQt.QtWidgets import QTextBrowser

    from smart_community_plugin.core.messages import current_language, set_language
    from smart_community_plugin.gui.help_dialog import show_help

    before = current_language()
    set_language(language)
    try:
        dialog = show_help()     # the interface's language, as the menu entry calls it
    finally:
        set_language(before)
    qtbot.addWidget(dialog)
    browser = dialog.findChild(QTextBrowser)
    lines = browser.toPlainText().splitlines()
    assert lines[0] == title
    for section in sections:
        assert section in lines
    # A screenshot resolves through the guide's folder; a missing one does not pretend to.
    image = browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("results-dock.png"))
    assert image is not None and len(image) > 10_000
    assert browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("absent.png")) is None
    dialog.close()


def test_qgis_script_names_map_to_our_translation(qgis_app):
    from smart_community_plugin.i18n import interface_language

    # qgis --lang zh-Hans (QGIS's name for Simplified Chinese) must find smart_community_zh_CN.qm.
    assert interface_language("zh-Hans") == "zh_CN" and interface_language("en_US") == "en_US"


def test_the_guide_s_screenshots_fit_the_help_window(qtbot, qgis_app):
    from qgis.PyQt.QtWidgets import QTextBrowser

    from smart_community_plugin.gui.help_dialog import IMAGE_WIDTH, show_help

    dialog = show_help(language="en")
    qtbot.addWidget(dialog)
    doc = dialog.findChild(QTextBrowser).document()
    widths, block = [], doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    # Seven images in the guide: the five wider than the window's text scaled to it (the provisions tab too),
    # the symbol sheet and the report's cover (narrower) at their own size (width 0: natural).
    assert sorted(widths) == [0, 0] + [IMAGE_WIDTH] * 5
    dialog.close()
