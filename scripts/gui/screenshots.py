"""Run inside QGIS (qgis --code): the sample, styled, in the plugin's workbench; one screenshot per stage.

Environment: SMART_COMMUNITY_ROOT (the checkout), SMART_COMMUNITY_SHOTS (output folder).
"""

import os
import shutil
import tempfile

import qgis.utils
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer

ROOT = os.environ["SMART_COMMUNITY_ROOT"]
OUT = os.environ["SMART_COMMUNITY_SHOTS"]
STEPS = []


def step(fn):
    STEPS.append(fn)
    return fn


def _next():
    """Run the steps one after another; a step returning False is polled again (waits for a task)."""
    if not STEPS:
        QgsApplication.exit(0)
        return
    try:
        done = STEPS[0]()
    except Exception as exc:  # noqa: BLE001 — written beside the screenshots, the caller fails on it
        with open(os.path.join(OUT, "error.txt"), "w") as fh:
            fh.write(repr(exc))
        QgsApplication.exit(1)
        return
    if done is not False:
        STEPS.pop(0)
    QTimer.singleShot(700 if done is not False else 200, _next)


STATE = {}


@step
def load_sample():
    from smart_community.smart_community_plugin.layers.styling import style_planning_layer
    from smart_community.smart_community_plugin.standard import load_standard

    work = tempfile.mkdtemp()
    sample = os.path.join(work, "sample.gpkg")
    shutil.copy(os.path.join(ROOT, "resources", "sample", "sample_community.gpkg"), sample)
    standard = load_standard()
    layers = {}
    for name in ("community", "compounds", "roads", "green_spaces", "buildings", "facilities", "gates", "play_areas"):
        layer = QgsVectorLayer(f"{sample}|layername={name}", name, "ogr")
        if name not in ("gates", "play_areas"):
            style_planning_layer(layer, name, standard)
        QgsProject.instance().addMapLayer(layer)
        layers[name] = layer
    STATE["layers"] = layers
    win = qgis.utils.iface.mainWindow()
    win.resize(1600, 1000)
    plugin = qgis.utils.plugins["smart_community"]
    STATE["plugin"] = plugin
    wb = plugin.workbench
    wb.show()
    win.resizeDocks([wb], [660], Qt.Orientation.Horizontal)
    for role in ("community", "buildings", "facilities", "compounds", "roads", "gates", "play_areas", "green_spaces"):
        wb.planning.pickers[role].setLayer(layers[role])
    qgis.utils.iface.mapCanvas().setExtent(layers["community"].extent().buffered(40))
    wb.planning.run_review()


@step
def wait_review():
    return STATE["plugin"].workbench.last_review is not None


@step
def results_on_map():
    """The workbench's review on the map (the result group), the results dock on the left."""
    plugin = STATE["plugin"]
    win = qgis.utils.iface.mainWindow()
    wb = plugin.workbench
    wb.tabs.setCurrentIndex(1)
    wb.planning.tools.setCurrentIndex(0)
    from qgis.PyQt.QtWidgets import QDockWidget

    for dock in win.findChildren(QDockWidget):
        if dock.objectName() == "Browser":   # room for the layer tree, whose result group is the point
            dock.hide()
    win.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, plugin.results_dock)
    plugin.results_dock.show()
    win.resizeDocks([plugin.results_dock, wb], [520, 520], Qt.Orientation.Horizontal)
    qgis.utils.iface.mapCanvas().setExtent(STATE["layers"]["community"].extent().buffered(20))
    qgis.utils.iface.messageBar().clearWidgets()


@step
def shoot_results_on_map():
    canvas = qgis.utils.iface.mapCanvas()
    if canvas.isDrawing():
        return False
    qgis.utils.iface.mainWindow().grab().save(os.path.join(OUT, "workbench-results-map.png"))


@step
def compare():
    plugin = STATE["plugin"]
    plugin.results_dock.hide()
    qgis.utils.iface.mainWindow().addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, plugin.results_dock)
    qgis.utils.iface.mainWindow().resizeDocks([plugin.workbench], [660], Qt.Orientation.Horizontal)
    plugin.workbench.planning.compare()


@step
def wait_compare():
    return STATE["plugin"].workbench.planning.last_comparison is not None


def shoot(index, name, prepare=None):
    def fn():
        wb = STATE["plugin"].workbench
        wb.tabs.setCurrentIndex(index)
        if prepare:
            prepare(wb)
        qgis.utils.iface.messageBar().clearWidgets()  # "font installation failed": no internet here
        QTimer.singleShot(400, lambda: qgis.utils.iface.mainWindow().grab().save(os.path.join(OUT, name)))
    return fn


def _records(wb):
    panel = wb.panels[3]
    for row, status in ((0, "in_progress"), (1, "done"), (2, "done"), (5, "done"), (7, "in_progress")):
        panel.status[row].setCurrentIndex(panel.status[row].findData(status))


step(shoot(0, "stage-assessment.png"))
step(shoot(1, "stage-planning.png", lambda wb: wb.planning.tools.setCurrentIndex(1)))
step(shoot(1, "stage-planning-smart.png", lambda wb: (STATE["layers"]["facilities"].selectByIds([3]),
                                                      wb.planning.tools.setCurrentIndex(2))))
step(shoot(2, "stage-implementation.png", lambda wb: wb.implementation.refresh()))
step(shoot(3, "stage-operation.png", lambda wb: (_records(wb), wb.operation.import_csv(
    os.path.join(ROOT, "resources", "sample", "devices_example.csv")))))
step(shoot(4, "stage-revisit.png", lambda wb: wb.revisit.import_survey(
    os.path.join(ROOT, "resources", "sample", "survey_example.csv"))))


@step
def results():
    plugin = STATE["plugin"]
    plugin.workbench.hide()
    plugin.results_dock.show()
    qgis.utils.iface.mainWindow().resizeDocks([plugin.results_dock], [660], Qt.Orientation.Horizontal)
    plugin.results_dock.filter.setCurrentIndex(plugin.results_dock.filter.findData("fail"))
    plugin.results_dock.tree.expandToDepth(1)   # the failing checks' own sentences, not only their groups
    QTimer.singleShot(400, lambda: qgis.utils.iface.mainWindow().grab().save(os.path.join(OUT, "results.png")))


@step
def provisions():
    # The provisions tab: what the sample leaves unassessed (and what would assess it), and what it declares.
    dock = STATE["plugin"].results_dock
    dock.tabs.setCurrentIndex(2)
    QTimer.singleShot(400, lambda: qgis.utils.iface.mainWindow().grab().save(os.path.join(OUT, "provisions.png")))


@step
def finish():
    # Unload first: QGIS 3.40 crashes at exit when docks still hold layer-tree models.
    qgis.utils.unloadPlugin("smart_community")
    QgsProject.instance().clear()


QTimer.singleShot(1500, _next)
