"""Coverage map tool: click a facility to see its radius, walking area, served people and the gaps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsWkbTypes,
)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QToolTip

from ..core.context import ReviewContext
from ..core.inputs import ReviewInputs
from ..core.parameters import ReviewParameters
from ..core.service_areas import area_polygon, per_source_distances, reachable_parts
from ..i18n import tr
from ..layers.vector_write import to_qgs_geometry
from ..pipeline.guard import guarded
from ..standard.model import Standard
from .words import facility_name, term

PICK_TOLERANCE_PX = 8


def _metres(d: float) -> str:
    # No finite distance: farther than the distance cut-off, or not reachable on the paths at all.
    return f"{d:,.0f} m" if np.isfinite(d) else tr("out of reach")


@dataclass
class FacilityCoverage:
    """What the tool found for one facility."""

    facility_id: int
    facility_type: str
    limit_m: float
    distance: str                        # network or euclidean
    population_within: float
    buildings_within: list[int]
    uncovered_building_ids: list[int]    # homes beyond the limit of every facility of the type
    radius: Any                          # shapely polygon (working CRS)
    walking_area: Any                    # shapely polygon or None
    distances: Any = None                # per resident building (ctx.residents order), metres, inf if unreachable


def facility_coverage(ctx: ReviewContext, k: int) -> Optional[FacilityCoverage]:
    """Coverage of facility index k by its type's distance limit; None for a type without one."""
    f = ctx.inputs.facilities
    code = str(f.types[k])
    limit = ctx.distance_limit(code)
    if limit is None:
        return None
    xy = ctx.facility_xy[k]
    homes = ctx.residents_xy
    walking = None
    if ctx.uses_network:
        graph, starts, source = ctx.routing
        from ..core.routing import nearest_by_network

        # As far as the review searches, so hovering tells how far beyond the limit a home is.
        dist = nearest_by_network(graph, source[[k]], starts, max(limit, ctx.network_limit))
        per_home = np.full(len(ctx.residents), np.inf)
        np.minimum.at(per_home, ctx.walk_starts[0], dist)
        _, nodes = next(per_source_distances(graph, source[[k]], limit))
        walking = area_polygon(reachable_parts(graph, nodes, limit), 25.0)
        method = "network"
    else:
        per_home = np.hypot(*(homes - xy).T)
        method = "euclidean"
    within = per_home <= limit
    fids = ctx.inputs.buildings.fids[ctx.residents]
    uncovered = ctx.verdict_distances(code) > limit
    return FacilityCoverage(int(f.fids[k]), code, limit, method, float(ctx.residents_population[within].sum()),
                            fids[within].tolist(), fids[uncovered].tolist(),
                            shapely.Point(xy).buffer(limit, 64), walking, per_home)


class CoverageMapTool(QgsMapTool):
    """Click near a facility: radius and walking area drawn, served population reported."""

    reported = pyqtSignal(object)
    hovered = pyqtSignal(str)
    failed = pyqtSignal(str)      # a click that went wrong, said in one message (the plugin shows it)

    def __init__(self, canvas: QgsMapCanvas, inputs: ReviewInputs, standard: Standard,
                 params: ReviewParameters = ReviewParameters()) -> None:
        super().__init__(canvas)
        self.ctx = ReviewContext(standard, inputs, params.resolved(standard))
        self.working = QgsCoordinateReferenceSystem(inputs.crs.get("working", ""))
        self.bands = {name: QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
                      for name in ("radius", "walking", "uncovered")}
        for name, fill, line in (("radius", QColor(30, 111, 80, 30), QColor("#1f6f50")),
                                 ("walking", QColor(46, 134, 171, 60), QColor("#2e86ab")),
                                 ("uncovered", QColor(201, 55, 44, 120), QColor("#a33a2f"))):
            self.bands[name].setFillColor(fill)
            self.bands[name].setStrokeColor(line)
            self.bands[name].setWidth(2)
        self.last: Optional[FacilityCoverage] = None
        self._homes: Optional[shapely.STRtree] = None

    def _to_canvas(self) -> QgsCoordinateTransform:
        return QgsCoordinateTransform(self.working, self.canvas().mapSettings().destinationCrs(),
                                      QgsProject.instance().transformContext())

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 (Qt API name)
        """A click: the facility under the cursor's coverage."""
        guarded(tr("Coverage map tool"), lambda: self.show_at(event.mapPoint()), self.failed.emit)

    def canvasMoveEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 (Qt API name)
        """Hovering: the home under the cursor's distances."""
        text = guarded(tr("Coverage map tool"), lambda: self.describe_at(event.mapPoint()), self.failed.emit) or ""
        self.hovered.emit(text)
        if text:
            QToolTip.showText(self.canvas().mapToGlobal(event.pos()), text, self.canvas())
        else:
            QToolTip.hideText()

    def _working_point(self, map_point: QgsPointXY) -> QgsPointXY:
        return self._to_canvas().transform(map_point, QgsCoordinateTransform.TransformDirection.ReverseTransform)

    def describe_at(self, map_point: QgsPointXY) -> str:
        """Distances for the resident building under a canvas point: to the clicked facility, to the nearest
        of its type, against the limit; empty when no facility is picked or no home is there."""
        if self.last is None or len(self.ctx.residents) == 0:
            return ""
        p = self._working_point(map_point)
        if self._homes is None:
            self._homes = shapely.STRtree(self.ctx.inputs.buildings.geometries[self.ctx.residents])
        hit = self._homes.query(shapely.Point(p.x(), p.y()), predicate="intersects")
        if len(hit) == 0:
            return ""
        r = int(hit[0])
        fid = int(self.ctx.inputs.buildings.fids[self.ctx.residents[r]])
        to_this = float(self.last.distances[r])
        nearest = float(self.ctx.verdict_distances(self.last.facility_type)[r])
        how = term("distance", self.last.distance)
        ok = "✔" if nearest <= self.last.limit_m else "✘"
        return tr("Building #{}: {} to this facility, {} to the nearest of its type ({}, limit {:.0f} m) {}").format(
            fid, _metres(to_this), _metres(nearest), how, self.last.limit_m, ok)

    def show_at(self, map_point: QgsPointXY) -> Optional[FacilityCoverage]:
        """Find the facility under a canvas point and draw its coverage."""
        point = self._working_point(map_point)
        tolerance = PICK_TOLERANCE_PX * self.canvas().mapUnitsPerPixel()
        xy = self.ctx.facility_xy
        if len(xy) == 0:
            return None
        d = np.hypot(xy[:, 0] - point.x(), xy[:, 1] - point.y())
        k = int(np.argmin(d))
        if d[k] > max(tolerance, 1.0):
            self.clear()
            return None
        result = facility_coverage(self.ctx, k)
        self.clear()
        if result is None:
            return None
        ct = self._to_canvas()
        for name, geom in (("radius", result.radius), ("walking", result.walking_area)):
            if geom is not None and not shapely.is_empty(geom):
                g = to_qgs_geometry(geom)
                g.transform(ct)
                self.bands[name].setToGeometry(g, None)
        b = self.ctx.inputs.buildings
        index = {int(fid): i for i, fid in enumerate(b.fids)}
        for fid in result.uncovered_building_ids:
            g = to_qgs_geometry(b.geometries[index[fid]])
            g.transform(ct)
            self.bands["uncovered"].addGeometry(g, None)
        self.last = result
        self.reported.emit(result)
        return result

    @staticmethod
    def summary(r: FacilityCoverage) -> str:
        """What a click found, in the interface language (the message bar says it)."""
        name = facility_name(r.facility_type)
        return tr("{} #{}: {:,.0f} residents within {:.0f} m ({}); {} homes of the community are beyond every "
                  "{}.").format(name, r.facility_id, r.population_within, r.limit_m, term("distance", r.distance),
                                len(r.uncovered_building_ids), name)

    def keep(self, project: Optional[QgsProject] = None) -> Optional[Any]:
        """The drawn coverage (radius, walking area, homes beyond) kept as a layer in the results group."""
        from ..layers.vector_write import LayerData
        from .result_map import keep_layer

        r = self.last
        if r is None:
            return None
        rows = [(geom, [kind, r.facility_type, r.facility_id, r.limit_m, r.population_within])
                for kind, geom in (("radius", r.radius), ("walking_area", r.walking_area))
                if geom is not None and not shapely.is_empty(geom)]
        b = self.ctx.inputs.buildings
        index = {int(fid): i for i, fid in enumerate(b.fids)}
        rows += [(b.geometries[index[fid]], ["home_beyond", r.facility_type, fid, r.limit_m, None])
                 for fid in r.uncovered_building_ids]
        spec = [("kind", "string"), ("facility_type", "string"), ("feature_id", "integer"), ("limit_m", "double"),
                ("residents_within", "double")]
        data = LayerData("coverage", QgsWkbTypes.Type.MultiPolygon, self.working, spec,
                         [(shapely.MultiPolygon([g]) if g.geom_type == "Polygon" else g, v) for g, v in rows])
        return keep_layer(project or QgsProject.instance(), data,
                          tr("Coverage of {} #{}").format(facility_name(r.facility_type), r.facility_id))

    def clear(self) -> None:
        """Remove the drawings and forget the picked facility."""
        self.last = None
        for band in self.bands.values():
            band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def deactivate(self) -> None:  # noqa: D401 (Qt API name)
        """Clear when another tool takes over."""
        self.clear()
        super().deactivate()
