"""Wires the plugin into QGIS: Processing provider, menu actions; unload() undoes all of it."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .deps import install_hint, missing_dependencies
from .i18n import install_translator, remove_translator, tr
from .resources_path import resource_path

MENU = "智慧社区规划 / Smart Community"
LOG_TAG = "Smart Community"


class SmartCommunityPlugin:
    """The plugin object QGIS holds; it only registers and unregisters things."""

    def __init__(self, iface: Any) -> None:
        self.iface = iface
        self.provider: Optional[Any] = None
        self.actions: list[QAction] = []
        self.missing: list[str] = missing_dependencies()
        self.translator = install_translator()

    def initProcessing(self) -> None:  # noqa: N802 (QGIS API name)
        """Register the Processing provider (also called by qgis_process without a GUI)."""
        if self.missing:
            QgsMessageLog.logMessage(install_hint(self.missing), LOG_TAG, Qgis.MessageLevel.Critical)
            return
        if self.provider is not None:
            return
        from .processing.provider import SmartCommunityProvider

        self.provider = SmartCommunityProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 (QGIS API name)
        """Add menu actions; without dependencies, say what to install instead of failing."""
        if self.missing:
            hint = install_hint(self.missing)
            QgsMessageLog.logMessage(hint, LOG_TAG, Qgis.MessageLevel.Critical)
            if self.iface is not None:
                self.iface.messageBar().pushMessage(LOG_TAG, hint, Qgis.MessageLevel.Warning, 0)
            return
        self.initProcessing()
        icon = QIcon(resource_path("icons", "plugin.svg"))
        self._add_action(icon, tr("Run review…"), "smart_community:review")
        self._add_action(icon, tr("New planning template…"), "smart_community:create_template")

    def _add_action(self, icon: QIcon, text: str, algorithm: str) -> None:
        action = QAction(icon, text, self.iface.mainWindow())
        action.triggered.connect(lambda _checked=False, alg=algorithm: self._open_algorithm(alg))
        self.iface.addPluginToMenu(MENU, action)
        self.actions.append(action)

    def _open_algorithm(self, algorithm: str) -> None:
        try:
            from processing import execAlgorithmDialog

            execAlgorithmDialog(algorithm, {})
        except Exception as exc:  # noqa: BLE001 — any failure goes to the message bar, not a dialog
            QgsMessageLog.logMessage(f"{algorithm}: {exc}", LOG_TAG, Qgis.MessageLevel.Critical)
            self.iface.messageBar().pushMessage(LOG_TAG, str(exc), Qgis.MessageLevel.Critical, 10)

    def unload(self) -> None:
        """Remove every action and the provider this plugin registered."""
        for action in self.actions:
            self.iface.removePluginMenu(MENU, action)
            action.triggered.disconnect()
            action.deleteLater()
        self.actions.clear()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
