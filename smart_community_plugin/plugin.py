"""Wires the plugin into QGIS: Processing provider, menu actions; unload() undoes all of it."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .deps import install_hint, missing_dependencies
from .i18n import install_translator, remove_translator, tr
from .resources_path import resource_path

MENU = "智慧社区规划 / Smart Community"
LOG_TAG = "Smart Community"   # the log panel's tab: one stable name whatever the language


def bar_title() -> str:
    """The message bar's title for the plugin's entries, in the interface's language."""
    return tr("Smart Community")


def _theme(name: str) -> QIcon:
    """One of QGIS's own theme icons, so the toolbar looks like the rest of QGIS."""
    return QgsApplication.getThemeIcon(name)


class SmartCommunityPlugin:
    """The plugin object QGIS holds; it only registers and unregisters things."""

    def __init__(self, iface: Any) -> None:
        self.iface = iface
        self.provider: Optional[Any] = None
        self.actions: list[QAction] = []
        self.results_dock: Optional[Any] = None
        self.coverage_tool: Optional[Any] = None
        self.workbench: Optional[Any] = None
        self.menu_only: list[QAction] = []  # actions owned by others (the dock's toggle)
        self.toolbar: Optional[Any] = None
        self.help_dialog: Optional[Any] = None
        self.store_dialog: Optional[Any] = None
        self.dependency_bar: Optional[Any] = None   # the message bar's offer to install missing packages
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
        """Add the menu, the toolbar and the docks; without dependencies, say what to install instead."""
        if self.iface is not None and self.dependency_bar is None:
            from .gui.dependency_bar import DependencyBar

            self.dependency_bar = DependencyBar(self.iface)  # also offers the packages single features need
        if self.missing:
            QgsMessageLog.logMessage(install_hint(self.missing), LOG_TAG, Qgis.MessageLevel.Critical)
            if self.dependency_bar is not None:
                self.dependency_bar.offer(self.missing)
            return
        self.initProcessing()
        from .gui.results_dock import ResultsDock
        from .gui.workbench_dock import WorkbenchDock

        self.toolbar = self.iface.addToolBar(MENU)
        self.toolbar.setObjectName("SmartCommunityToolbar")
        self._add_callable(_theme("/mActionNewGeoPackageLayer.svg"), tr("New planning project…"),
                           self._new_project, toolbar=True, name="new_project")
        self._add_callable(_theme("/mActionStyleManager.svg"), tr("Apply planning styles and forms"),
                           self._apply_styles, name="apply_styles")
        self.workbench = WorkbenchDock(parent=self.iface.mainWindow(), iface=self.iface)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.workbench)
        self.workbench.hide()
        self.workbench.on_review = self._show_results
        self.workbench.state.projectChanged.connect(self._project_changed)
        self.workbench.state.say = lambda message: self.iface.messageBar().pushMessage(
            bar_title(), message, Qgis.MessageLevel.Warning, 10)
        self._add_toggle(self.workbench, tr("Planning workbench (five stages)"),
                         QIcon(resource_path("icons", "plugin.svg")))
        self._add_callable(_theme("/mIconWarning.svg"), tr("Validate submission…"),
                           lambda: self._with_layers("smart_community:validate"), name="validate")
        self._add_action(_theme("/processingAlgorithm.svg"), tr("Run review…"), "smart_community:review",
                         toolbar=True, name="review")
        self.results_dock = ResultsDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.results_dock)
        self.results_dock.hide()
        self._add_toggle(self.results_dock, tr("Review results"), _theme("/mActionOpenTable.svg"))
        self._add_callable(_theme("/mActionFileOpen.svg"), tr("Open review result…"), self._open_review,
                           name="open_review")
        self._add_callable(_theme("/mActionSaveAsPDF.svg"), tr("Export report…"), self._export_report, toolbar=True,
                           name="report")
        self._add_callable(_theme("/mActionIdentify.svg"), tr("Coverage map tool"), self._coverage_tool,
                           name="coverage_tool", toolbar=True)
        self._add_callable(_theme("/mIconPostgis.svg"), tr("Review store…"), self._store, name="store")
        self._add_callable(_theme("/mActionOptions.svg"), tr("Settings…"), self._settings, name="settings")
        self._add_callable(_theme("/mActionHelpContents.svg"), tr("Help"), self._help, name="help")

    def _add_toggle(self, dock: Any, text: str, icon: QIcon) -> None:
        """The dock's own show/hide action in the menu and on the toolbar."""
        toggle = dock.toggleViewAction()
        toggle.setText(text)
        toggle.setIcon(icon)
        self.iface.addPluginToMenu(MENU, toggle)
        self.toolbar.addAction(toggle)
        self.menu_only.append(toggle)

    def _add_action(self, icon: QIcon, text: str, algorithm: str, toolbar: bool = False, name: str = "") -> None:
        """A menu entry opening a Processing algorithm's dialog."""
        self._add_callable(icon, text, lambda alg=algorithm: self._open_algorithm(alg), toolbar, name)

    def _open_algorithm(self, algorithm: str) -> None:
        from processing import execAlgorithmDialog

        results = execAlgorithmDialog(algorithm, {}) or {}
        # A review run from its dialog also lands in the results dock.
        if results.get("OUTPUT_JSON"):
            self._load_review(str(results["OUTPUT_JSON"]))

    def _add_callable(self, icon: QIcon, text: str, slot: Any, toolbar: bool = False, name: str = "") -> None:
        action = QAction(icon, text, self.iface.mainWindow())
        # A stable name whatever the interface language (customised toolbars and tests find it by it).
        action.setObjectName(f"SmartCommunity_{name}")
        action.triggered.connect(lambda _checked=False: self._guarded(slot, text.rstrip("…")))
        self.iface.addPluginToMenu(MENU, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)

    def _guarded(self, slot: Any, action: str = "") -> None:
        """Run a UI action; any failure is a message-bar entry and a log line, never a traceback dialog."""
        from .pipeline.guard import guarded
        from .pipeline.log import log
        from .pipeline.privacy import user_privacy

        def said(message: str) -> None:
            message = user_privacy().text(message)
            log(message, Qgis.MessageLevel.Critical)
            self.iface.messageBar().pushMessage(bar_title(), message, Qgis.MessageLevel.Critical, 10)

        guarded(action or LOG_TAG, slot, said)

    def _new_project(self) -> None:
        """Ask for a GeoPackage and a CRS, then create and add the styled planning layers."""
        from qgis.core import QgsProject
        from qgis.PyQt.QtWidgets import QFileDialog

        from .gui.new_project import ask_planning_crs, create_planning_project
        from .standard import load_standard

        path, _ = QFileDialog.getSaveFileName(self.iface.mainWindow(), tr("New planning project"), "",
                                              "GeoPackage (*.gpkg)")
        if not path:
            return
        crs = ask_planning_crs(self.iface.mainWindow(), self.iface.mapCanvas())
        if crs is None:
            return
        create_planning_project(path if path.endswith(".gpkg") else path + ".gpkg", crs,
                                load_standard(), QgsProject.instance())

    def _apply_styles(self) -> None:
        """The planning style and form on the selected layers (else all), each by its role."""
        from .gui.apply_styles import apply_to_selection

        apply_to_selection(self.iface, self.workbench.state.layers() if self.workbench is not None else None)

    def _coverage_tool(self) -> None:
        """Click a facility: radius, walking area, served population (on the workbench's last review)."""
        from .gui.coverage_tool import CoverageMapTool
        from .standard import load_standard

        if self.workbench is None or self.workbench.last_inputs is None:
            self.iface.messageBar().pushMessage(bar_title(), tr("Run a review from the planning workbench first."),
                                                Qgis.MessageLevel.Info, 6)
            return
        self._drop_coverage_tool()
        self.coverage_tool = CoverageMapTool(self.iface.mapCanvas(), self.workbench.last_inputs, load_standard())
        self.coverage_tool.reported.connect(self._coverage_report)
        self.coverage_tool.hovered.connect(self._coverage_hover)
        self.coverage_tool.failed.connect(self._coverage_failed)
        self.iface.mapCanvas().setMapTool(self.coverage_tool)

    def _coverage_failed(self, message: str) -> None:
        self.iface.messageBar().pushMessage(bar_title(), message, Qgis.MessageLevel.Warning, 10)

    def _coverage_hover(self, text: str) -> None:
        self.iface.statusBarIface().showMessage(text, 0 if text else 1)

    def _drop_coverage_tool(self) -> None:
        """Unset, clear and disconnect the coverage tool (before a new one, and on unload)."""
        if self.coverage_tool is None:
            return
        if self.iface.mapCanvas().mapTool() is self.coverage_tool:
            self.iface.mapCanvas().unsetMapTool(self.coverage_tool)
        self.coverage_tool.clear()
        self.coverage_tool.reported.disconnect(self._coverage_report)
        self.coverage_tool.hovered.disconnect(self._coverage_hover)
        self.coverage_tool.failed.disconnect(self._coverage_failed)
        self.coverage_tool = None

    def _export_report(self) -> None:
        """One click: the report of the review on screen with the workbench's settings (the Processing
        algorithm stays for batch use). Without a review, the workbench opens at its report tab."""
        planning = self.workbench.planning
        planning.tools.setCurrentWidget(planning.report)
        self.workbench.tabs.setCurrentIndex(1)
        if self.workbench.state.review is None:
            self.workbench.show()
            self.iface.messageBar().pushMessage(bar_title(), tr("Run a review first; the report shows the review on "
                                                            "screen."), Qgis.MessageLevel.Info, 8)
            return
        planning.report.task_finished = self._report_written
        planning.report.export()

    def _report_written(self, path: str) -> None:
        self.iface.messageBar().pushMessage(bar_title(), tr("Report written: {}").format(path),
                                            Qgis.MessageLevel.Success, 10)

    def _project_changed(self) -> None:
        """Another project: nothing of the previous one stays in the results dock or the coverage tool."""
        if self.results_dock is not None:
            self.results_dock.reset()
        self._drop_coverage_tool()

    def _with_layers(self, algorithm: str) -> None:
        """An algorithm's dialog with the layers picked in the workbench filled in."""
        from processing import execAlgorithmDialog

        params: dict[str, Any] = {}
        if self.workbench is not None:
            roles = {"community": "COMMUNITY", "buildings": "BUILDINGS", "facilities": "FACILITIES",
                     "compounds": "COMPOUNDS", "roads": "ROADS", "gates": "GATES", "play_areas": "PLAY_AREAS",
                     "green_spaces": "GREEN_SPACES"}
            for role, layer in self.workbench.state.layers().items():
                if layer is not None:
                    params[roles[role]] = layer.id()
        execAlgorithmDialog(algorithm, params)

    def _settings(self) -> None:
        from .gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.iface.mainWindow())
        if dialog.exec() and dialog.save():
            self.iface.messageBar().pushMessage(bar_title(), tr(
                "A new language takes effect when the plugin is reloaded or QGIS restarts."),
                Qgis.MessageLevel.Info, 8)

    def _store(self) -> None:
        from .gui.store_dialog import StoreDialog
        from .settings import get, set_value

        if self.store_dialog is None:
            self.store_dialog = StoreDialog(self.iface.mainWindow(), get("store_service"),
                                            workbench=lambda: self.workbench)
            self.store_dialog.finished.connect(lambda _: set_value("store_service",
                                                                   self.store_dialog.service.text().strip()))
        self.store_dialog.show()
        self.store_dialog.refresh()

    def _help(self) -> None:
        from .gui.help_dialog import show_help

        self.help_dialog = show_help(self.iface.mainWindow())

    def _coverage_report(self, r: Any) -> None:
        from qgis.PyQt.QtWidgets import QPushButton

        bar = self.iface.messageBar()
        item = bar.createMessage(bar_title(), self.coverage_tool.summary(r))
        keep = QPushButton(tr("Keep as a layer"))
        tool = self.coverage_tool
        keep.clicked.connect(lambda _c=False: self._guarded(tool.keep, tr("Keep as a layer")))
        item.layout().addWidget(keep)
        bar.pushWidget(item, Qgis.MessageLevel.Info, 12)

    def _show_results(self, review: dict, layers: dict) -> None:
        self.results_dock.set_review(review, layers)
        self.results_dock.show()

    def _open_review(self) -> None:
        """Load a review JSON chosen by the user into the results dock."""
        from qgis.PyQt.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(), tr("Open review result"), "",
                                              "JSON (*.json)")
        if path:
            self._load_review(path)

    def _load_review(self, path: str) -> None:
        """Show a review JSON in the results dock, matching its layers to the project's by source."""

        from qgis.core import QgsProject

        from .processing.report import read_review

        review = read_review(path, None)
        sources = {role: info.get("source") for role, info in review.get("sources", {}).items()}
        layers = {}
        for layer in QgsProject.instance().mapLayers().values():
            for role, source in sources.items():
                if source and getattr(layer, "source", lambda: "")() == source:
                    layers[role] = layer
        self.workbench.show_review(review)            # every tab, and the dock with the picked layers
        self.results_dock.set_review(review, layers, compare=False)  # then the layers the review itself read
        self.results_dock.show()

    def unload(self) -> None:
        """Remove every action, dock and the provider this plugin registered."""
        for action in self.actions:
            self.iface.removePluginMenu(MENU, action)
            action.triggered.disconnect()
            action.deleteLater()
        self.actions.clear()
        for action in self.menu_only:
            self.iface.removePluginMenu(MENU, action)
        self.menu_only.clear()
        self._drop_coverage_tool()
        for dialog in (self.help_dialog, self.store_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.help_dialog = self.store_dialog = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.workbench is not None:
            self.workbench.state.projectChanged.disconnect(self._project_changed)
            self.workbench.disconnect_project()
        for dock in (self.results_dock, self.workbench):
            if dock is not None:
                self.iface.removeDockWidget(dock)
                dock.setParent(None)  # gone from the main window now, not at the next event loop
                dock.deleteLater()
        self.results_dock = self.workbench = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.dependency_bar is not None:
            self.dependency_bar.close()
            self.dependency_bar = None
        remove_translator(self.translator)
        self.translator = None
