"""Run inside the real QGIS desktop (qgis --code): unload, reload and unload the plugin, report as JSON."""

import json
import os

import qgis.utils
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QTimer

NAME = "smart_community"
MENU = "智慧社区规划 / Smart Community"
errors = []


def _log(message, tag, level):
    if tag == "Python error" or level == Qgis.MessageLevel.Critical:
        errors.append(f"{tag}: {message[:500]}")


def _menu_actions():
    iface = qgis.utils.iface
    for action in iface.pluginMenu().actions():
        if action.menu() is not None and action.text().replace("&", "") == MENU:
            return len(action.menu().actions())
    return 0


def _docks():
    from qgis.PyQt.QtWidgets import QDockWidget

    return sum(1 for d in qgis.utils.iface.mainWindow().findChildren(QDockWidget)
               if d.objectName() in ("SmartCommunityResultsDock", "SmartCommunityWorkbenchDock"))


def _toolbars():
    from qgis.PyQt.QtWidgets import QToolBar

    return [len(t.actions()) for t in qgis.utils.iface.mainWindow().findChildren(QToolBar)
            if t.objectName() == "SmartCommunityToolbar"]


def _help_windows():
    from qgis.PyQt.QtWidgets import QApplication, QDialog

    return sum(1 for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible() and w.windowTitle() in ("Smart Community help",
                                                                                    "智慧社区规划帮助"))


def _store_windows():
    from qgis.PyQt.QtWidgets import QApplication, QDialog

    return sum(1 for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible() and w.windowTitle() in ("Review store", "审查库"))


def _state():
    return {"active": NAME in qgis.utils.active_plugins,
            "provider": QgsApplication.processingRegistry().providerById(NAME) is not None,
            "menu_actions": _menu_actions(), "docks": _docks(), "toolbars": _toolbars(),
            "help_windows": _help_windows(), "store_windows": _store_windows()}


def _menu():
    """The plugin's menu entries by object name (the same in every interface language)."""
    for action in qgis.utils.iface.pluginMenu().actions():
        if action.menu() is not None and action.text().replace("&", "") == MENU:
            return {a.objectName(): a for a in action.menu().actions()}
    return {}


def _trigger_menu_entries():
    """Trigger the menu entries; their modal dialogs are replaced by recorders (they would block)."""
    import processing
    from qgis.PyQt.QtWidgets import QFileDialog

    opened = []
    processing.execAlgorithmDialog = lambda alg, params=None: opened.append(alg)  # returns None: cancelled
    review_json = os.environ["SMART_COMMUNITY_REVIEW_JSON"]
    QFileDialog.getOpenFileName = staticmethod(lambda *args, **kw: (review_json, "JSON (*.json)"))
    entries = _menu()
    for name in ("validate", "review", "open_review", "report", "help", "store"):
        entries[f"SmartCommunity_{name}"].trigger()
    dock = qgis.utils.plugins[NAME].results_dock
    return {"opened": opened, "dock_groups": dock.tree.topLevelItemCount(), "dock_visible": dock.isVisible(),
            "help_windows": _help_windows(), "review_text": entries["SmartCommunity_review"].text(),
            "store_windows": _store_windows(), "store_status": qgis.utils.plugins[NAME].store_dialog.status.text()}


def run():
    report = {}
    try:
        report["start"] = _state()
        report["menu"] = _trigger_menu_entries()
        report["unload"] = qgis.utils.unloadPlugin(NAME)
        report["after_unload"] = _state()
        report["reload"] = qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME)
        report["after_reload"] = _state()
        report["unload_again"] = qgis.utils.unloadPlugin(NAME)
        report["after_second_unload"] = _state()
    except Exception as exc:  # noqa: BLE001 — reported to the test, which fails on it
        report["exception"] = repr(exc)
    report["errors"] = errors
    with open(os.environ["SMART_COMMUNITY_GUI_REPORT"], "w", encoding="utf-8") as fh:
        json.dump(report, fh)
    QgsApplication.exit(0)


QgsApplication.messageLog().messageReceived.connect(_log)
QTimer.singleShot(1500, run)
