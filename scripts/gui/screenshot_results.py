"""Run inside QGIS (qgis --code): load the sample, review it, show the results dock, save a screenshot."""

import json
import os
import shutil
import tempfile

import qgis.utils
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer

ROOT = os.environ["SMART_COMMUNITY_ROOT"]
OUT = os.environ["SMART_COMMUNITY_SHOT"]


def run():
    try:
        work = tempfile.mkdtemp()
        sample = os.path.join(work, "sample.gpkg")
        shutil.copy(os.path.join(ROOT, "resources", "sample", "sample_community.gpkg"), sample)
        layers = {}
        for name in ("community", "compounds", "roads", "buildings", "facilities"):
            layer = QgsVectorLayer(f"{sample}|layername={name}", name, "ogr")
            QgsProject.instance().addMapLayer(layer)
            layers[name] = layer
        import processing

        out = os.path.join(work, "review.json")
        processing.run("smart_community:review", {
            "COMMUNITY": layers["community"], "BUILDINGS": layers["buildings"],
            "FACILITIES": layers["facilities"], "COMPOUNDS": layers["compounds"], "ROADS": layers["roads"],
            "OUTPUT_JSON": out})
        with open(out, encoding="utf-8") as fh:
            review = json.load(fh)
        plugin = qgis.utils.plugins["smart_community"]
        plugin.results_dock.set_review(review, layers)
        plugin.results_dock.show()
        plugin.results_dock.filter.setCurrentIndex(plugin.results_dock.filter.findData("fail"))
        if os.environ.get("SMART_COMMUNITY_SHOW") == "workbench":
            plugin.results_dock.hide()
            plugin.workbench.show_review(review)
            plugin.workbench.show()
        win = qgis.utils.iface.mainWindow()
        win.resize(1500, 900)
        qgis.utils.iface.mapCanvas().setExtent(layers["community"].extent().buffered(40))
        qgis.utils.iface.mapCanvas().refreshAllLayers()
        QTimer.singleShot(2500, lambda: (win.grab().save(OUT), QgsApplication.exit(0)))
    except Exception as exc:  # noqa: BLE001
        with open(OUT + ".error", "w") as fh:
            fh.write(repr(exc))
        QgsApplication.exit(1)


QTimer.singleShot(1500, run)
