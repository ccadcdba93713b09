"""Result layers loaded after a review: distance-class styles per facility type, verdict stars."""

from __future__ import annotations

import json


def test_review_loads_styled_result_layers(tmp_path, processing_ready, standard):
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
        QgsVectorLayer,
    )

    from .test_frontends import _sample_params

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    alg = QgsApplication.processingRegistry().createAlgorithmById("smart_community:review")
    results, ok = alg.run(_sample_params(tmp_path), context, feedback)
    assert ok, feedback.textLog()
    to_load = context.layersToLoadOnCompletion()
    assert sorted(d.name for d in to_load.values()) == ["Review result: buildings", "Review result: facilities"]
    review = json.loads((tmp_path / "review.json").read_text(encoding="utf-8"))
    for uri, details in to_load.items():
        layer = QgsVectorLayer(uri, details.name, "ogr")
        assert layer.isValid(), uri
        details.postProcessor().postProcessLayer(layer, context, feedback)
        assert layer.renderer().type() == "RuleRenderer"
        if details.outputName == "buildings":
            names = layer.styleManager().styles()
            # One style per type with a distance limit in the review (and QGIS's own "default").
            limited = [c for c, cov in review["coverage"].items() if cov.get("radius_m")]
            assert len(names) == len(limited) + 1
            # The current one is the type with the lowest covered share (walking, where walked).
            def share(code):
                cov = review["coverage"][code]
                return (cov.get("network") or cov["euclidean"])["ratio"]
            worst = min(limited, key=share)
            # The interface speaks English here.
            assert layer.styleManager().currentStyle().startswith(standard.facility(worst).name_en)
            limit = review["coverage"][worst]["radius_m"]
            rules = layer.renderer().rootRule().children()
            assert [r.label() for r in rules][:3] == [f"0–{limit / 2:.0f} m", f"{limit / 2:.0f}–{limit:.0f} m",
                                                     f"{limit:.0f}–{limit * 1.5:.0f} m"]
            # Beyond the limit is hatched (a line-pattern fill over the colour), within it is not.
            kinds = [[sl.layerType() for sl in r.symbol().symbolLayers()] for r in rules]
            assert kinds[1] == ["SimpleFill"] and kinds[2] == kinds[3] == ["SimpleFill", "LinePatternFill"]
            # Every building falls in exactly one class.
            counted = sum(sum(1 for f in layer.getFeatures(r.filterExpression())) for r in rules)
            assert counted == layer.featureCount() == review["community"]["residential_buildings"]


def test_a_findings_layer_to_memory_is_loaded_once_and_found(tmp_path, processing_ready):
    """The dialog's case: an output to "memory:" that the project is to load. QGIS used to queue both the raw
    destination ("memory:问题", never found: "not generated correctly") and the layer written."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProcessingUtils,
        QgsProject,
    )

    from .conftest import SAMPLE

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    alg = QgsApplication.processingRegistry().createAlgorithmById("smart_community:validate")
    params = {role: f"{SAMPLE}|layername={role.lower()}" for role in ("COMMUNITY", "BUILDINGS", "FACILITIES")}
    params["OUTPUT"] = QgsProcessingOutputLayerDefinition("memory:问题", project)
    results, ok = alg.run(params, context, QgsProcessingFeedback())
    assert ok
    to_load = context.layersToLoadOnCompletion()
    assert len(to_load) == 1
    (key, details), = to_load.items()
    layer = QgsProcessingUtils.mapLayerFromString(key, context)
    assert layer is not None and layer.name() == "问题" and key == results["OUTPUT"]
