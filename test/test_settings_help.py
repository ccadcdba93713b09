"""Settings dialog (language override) and the help window."""

from __future__ import annotations


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


def test_help_renders_the_readme_with_its_screenshots(qtbot, qgis_app):
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtGui import QTextDocument
    from qgis.PyQt.QtWidgets import QTextBrowser

    from smart_community_plugin.gui.help_dialog import show_help

    dialog = show_help()
    qtbot.addWidget(dialog)
    browser = dialog.findChild(QTextBrowser)
    text = browser.toPlainText()
    assert "Quick start" in text and "make test" in text
    # The first screenshot resolves through the README's folder.
    image = browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("docs/coverage-health-station.png"))
    assert image is not None and len(image) > 10_000
    assert browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("docs/absent.png")) is None
    dialog.close()


def test_qgis_script_names_map_to_our_translation(qgis_app):
    from smart_community_plugin.i18n import interface_language

    # qgis --lang zh-Hans (QGIS's name for Simplified Chinese) must find smart_community_zh_CN.qm.
    assert interface_language("zh-Hans") == "zh_CN" and interface_language("en_US") == "en_US"
