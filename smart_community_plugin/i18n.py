"""The plugin's one translation function and its translator."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

try:
    from qgis.PyQt.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
except ImportError:   # a Dask worker without QGIS runs the core and its writers: their few words stay English
    QCoreApplication = QLibraryInfo = QLocale = QTranslator = None

CONTEXT = "SmartCommunity"
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


def tr(text: str) -> str:
    """Translate an English source string in the plugin's single context."""
    return text if QCoreApplication is None else QCoreApplication.translate(CONTEXT, text)


def tr_noop(text: str) -> str:
    """Mark a string for translation where it is defined; translate it with tr() where it is shown."""
    return text


# QGIS names its Chinese interfaces by script (--lang zh-Hans); our files by region.
SCRIPT_TO_REGION = {"zh-hans": "zh_CN", "zh_hans": "zh_CN", "zh-hant": "zh_TW", "zh_hant": "zh_TW"}


def interface_language(override: Optional[str] = None) -> str:
    """The language the plugin speaks: the override, the plugin's setting, else QGIS's own interface."""
    from qgis.core import QgsApplication, QgsSettings

    from . import settings

    app = QgsApplication.instance()
    ui = app.translation() if isinstance(app, QgsApplication) else ""
    name = (override or settings.get("locale") or ui
            or QgsSettings().value("locale/userLocale", QLocale().name(), type=str) or "")
    return SCRIPT_TO_REGION.get(name.lower(), name.replace("-", "_"))


def message_language(override: Optional[str] = None) -> str:
    """The catalogue language ('zh' or 'en') of the interface: messages, terms, result legends."""
    from .core.messages import normalise_language

    return normalise_language(interface_language(override))


def install_translator(locale: Optional[str] = None) -> Optional[QTranslator]:
    """Load i18n/smart_community_<locale>.qm into the application and speak the interface language in the
    catalogue's messages too; None when there is no translation file."""
    from .core.messages import set_language

    name = interface_language(locale)
    set_language(name)
    _install_qt_translation(name)
    for candidate in (name, name.split("_")[0]):
        qm = I18N_DIR / f"smart_community_{candidate}.qm"
        if candidate and qm.exists():
            translator = QTranslator()
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                return translator
    return None


def remove_translator(translator: Optional[QTranslator]) -> None:
    """Undo install_translator."""
    from .core.messages import set_language

    set_language("en")
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
    while _QT_TRANSLATORS:
        QCoreApplication.removeTranslator(_QT_TRANSLATORS.pop())


# Qt's own words (OK, Close, Cancel in the plugin's dialogs): QGIS looks for qt_zh-Hans.qm under its locale
# name, which Qt does not ship (its files say zh_CN), so in a Chinese QGIS they stay English. Loaded here
# when QGIS did not, and removed with the plugin.
_QT_TRANSLATORS: list[QTranslator] = []


def _install_qt_translation(name: str) -> None:
    if _QT_TRANSLATORS or name == "en_US" or QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel":
        return
    if hasattr(QLibraryInfo, "path"):                                               # Qt 6
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    else:                                                                           # Qt 5
        folder = QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath)
    for stem in ("qtbase", "qt"):
        translator = QTranslator()
        if translator.load(f"{stem}_{name}", folder):
            QCoreApplication.installTranslator(translator)
            _QT_TRANSLATORS.append(translator)
            return
