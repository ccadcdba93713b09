"""Values every check needs, derived once per review: points, population, masks, nearest distances."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Optional

import numpy as np
import shapely

from ..standard.model import QuantityBasis, Standard, Strength
from ..standard.register import Provision, Register, load_register
from .circles import circle_distances, walk_metres
from .distances import nearest, representative_points
from .inputs import ReviewInputs
from .network import WalkNetwork, build_network, compound_zones, edge_midpoints
from .parameters import ReviewParameters
from .population import SOURCE_NONE, building_population, gross_floor_area
from .routing import Location, RoutingGraph, attach, locate, nearest_by_network, routing_graph

ACTIVE_STATUSES_EXISTING = frozenset({"existing"})
ACTIVE_STATUSES_ALL = frozenset({"existing", "planned"})


@dataclass
class ReviewContext:
    """Inputs, resolved parameters and the derived arrays the checks share."""

    standard: Standard
    inputs: ReviewInputs
    params: ReviewParameters
    _nearest: dict[object, tuple[np.ndarray, Optional[np.ndarray]]] = field(default_factory=dict)
    coverage_cache: dict[tuple[str, float, str], Any] = field(default_factory=dict)
    _derived: dict[str, Any] = field(default_factory=dict)

    def derived(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value a rule derives once per review (the sunlight analysis ...): rules use the context, the
        context knows no rule."""
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]

    def derived_if_any(self, key: str) -> Any:
        """A derived value if a rule derived it this review, else None (never computed here)."""
        return self._derived.get(key)

    # --- buildings -------------------------------------------------------------------------
    @cached_property
    def building_xy(self) -> np.ndarray:
        """Representative point of every building (centroid, or point on surface)."""
        return representative_points(self.inputs.buildings.geometries)

    @cached_property
    def building_in_community(self) -> np.ndarray:
        """Buildings whose representative point lies inside the community boundary."""
        xy = self.building_xy
        if len(xy) == 0:
            return np.zeros(0, dtype=bool)
        geom = self.inputs.community.geometry
        shapely.prepare(geom)
        return shapely.contains_xy(geom, xy[:, 0], xy[:, 1])

    @cached_property
    def _population(self) -> tuple[np.ndarray, np.ndarray]:
        return building_population(self.inputs.buildings, self.params)

    @property
    def building_population(self) -> np.ndarray:
        """Residents per building (0 for non-residential)."""
        return self._population[0]

    @property
    def population_source(self) -> np.ndarray:
        """Where each building's population came from (population.SOURCE_* codes)."""
        return self._population[1]

    @cached_property
    def residents(self) -> np.ndarray:
        """Indices of residential buildings inside the community: the people the review serves."""
        b = self.inputs.buildings
        return np.flatnonzero(self.building_in_community & b.residential)

    @cached_property
    def residents_xy(self) -> np.ndarray:
        """Representative points of the buildings in `residents`."""
        return self.building_xy[self.residents]

    @cached_property
    def residents_population(self) -> np.ndarray:
        """Population of each building in `residents`."""
        return self.building_population[self.residents]

    @cached_property
    def community_population(self) -> float:
        """The override when given, else the community's, else the sum over residential buildings."""
        if self.params.population_override is not None:
            return float(self.params.population_override)
        if self.inputs.community.population is not None:
            return float(self.inputs.community.population)
        return float(self.residents_population.sum())

    @cached_property
    def population_known(self) -> bool:
        """Whether the community's population can be established: given, or known for some resident
        building (buildings without floors, households, population or height count as unknown)."""
        if self.params.population_override is not None or self.inputs.community.population is not None:
            return True
        return bool((self.population_source[self.residents] != SOURCE_NONE).any())

    @cached_property
    def population_source_name(self) -> str:
        """Which input gave the community population."""
        if self.params.population_override is not None:
            return "parameter"
        if self.inputs.community.population is not None:
            return "community_layer"
        return "buildings"

    @cached_property
    def community_kind(self) -> str:
        """new or existing: the parameter wins over the community layer."""
        return self.params.community_kind or self.inputs.community.kind or "new"

    @cached_property
    def gross_floor_area(self) -> np.ndarray:
        """Footprint x floors per building (NaN where floors are unknown)."""
        return gross_floor_area(self.inputs.buildings, self.params.storey_height_m)

    @cached_property
    def register(self) -> Register:
        """The clause register: the provisions, their strengths and the documented distances."""
        return load_register()

    def applied(self, provision: Provision) -> Strength:
        """A provision's strength in this community (3.0.2 reads 应 smart items as 宜 in existing ones)."""
        return self.register.applied_strength(provision, self.community_kind)

    # --- facilities ------------------------------------------------------------------------
    @cached_property
    def facility_xy(self) -> np.ndarray:
        """Representative point of every facility."""
        return representative_points(self.inputs.facilities.geometries)

    @cached_property
    def facility_inside(self) -> np.ndarray:
        """Facilities inside the community boundary (by their geometry, touching counts)."""
        f = self.inputs.facilities
        if len(f) == 0:
            return np.zeros(0, dtype=bool)
        geom = self.inputs.community.geometry
        shapely.prepare(geom)
        return shapely.intersects(geom, f.geometries)

    @cached_property
    def facility_active(self) -> np.ndarray:
        """Facilities the scheme counts: existing, plus planned unless the parameter excludes them."""
        statuses = ACTIVE_STATUSES_ALL if self.params.include_planned else ACTIVE_STATUSES_EXISTING
        return np.isin(self.inputs.facilities.status, list(statuses))

    def facilities_of(self, code: str, inside: Optional[bool] = None) -> np.ndarray:
        """Indices of active facilities of a type; inside=True/False restricts to in/outside."""
        f = self.inputs.facilities
        mask = self.facility_active & (f.types == code)
        if inside is True:
            mask &= self.facility_inside
        elif inside is False:
            mask &= ~self.facility_inside
        return np.flatnonzero(mask)

    def nearest_to_residents(self, code: str) -> tuple[np.ndarray, np.ndarray]:
        """Straight-line distance from each resident building to the nearest facility of a type.

        Returns (distance, facility index) aligned with `residents`; inf / -1 beyond the cutoff.
        Facilities outside the boundary are included: they are shared (4.5.4).
        """
        if code not in self._nearest:
            idx = self.facilities_of(code)
            pts = self.residents_xy
            cutoff = max(self.params.distance_cutoff_m, self.standard.sharing_distance(code))
            d, i = nearest(pts, self.inputs.facilities.geometries[idx], cutoff)
            # idx with a trailing -1, so "not found" (-1) maps to -1 in one indexing pass.
            self._nearest[code] = (d, np.append(idx, -1)[i])
        return self._nearest[code]

    # --- walking network ---------------------------------------------------------------------
    @cached_property
    def uses_network(self) -> bool:
        """Walking distances are computed: asked for, and a non-empty roads layer was given."""
        roads = self.inputs.roads
        return (self.params.distance_method in ("network", "both") and roads is not None
                and len(roads.fids) > 0 and self.network.n_nodes > 0)

    @cached_property
    def network(self) -> WalkNetwork:
        """The walking network built from the roads layer, with connectors through the gates."""
        roads = self.inputs.roads
        return build_network(roads.geometries, roads.levels, self.params.snap_tolerance_m,
                             self.inputs.gates, self.walls)

    @cached_property
    def walk_starts(self) -> tuple[np.ndarray, np.ndarray]:
        """Where each resident's walks start: its entrances (on or within 3 m of it), else its centre.

        Returns (resident position of each start, start points).
        """
        xy = self.residents_xy
        owner = np.arange(len(xy))
        doors = self.inputs.entrances
        if doors is None or len(doors) == 0 or len(xy) == 0:
            return owner, xy
        homes = self.inputs.buildings.geometries[self.residents]
        di, hi = shapely.STRtree(homes).query(shapely.points(doors), predicate="dwithin", distance=3.0)
        with_door = np.zeros(len(xy), dtype=bool)
        with_door[hi] = True
        return (np.concatenate([hi, owner[~with_door]]),
                np.concatenate([np.asarray(doors, dtype=float)[di], xy[~with_door]]))

    @cached_property
    def walls(self) -> Optional[np.ndarray]:
        """Polygons of the gated compounds: their boundaries are walls."""
        comp = self.inputs.compounds
        return None if comp is None else comp.geometries[comp.gated]

    @cached_property
    def routing(self) -> tuple[RoutingGraph, Location, np.ndarray]:
        """Active facilities as sources on the paths (within their walls); homes located, not split."""
        net = self.network
        edge_zones = compound_zones(edge_midpoints(net), self.walls)
        active = np.flatnonzero(self.facility_active)
        fxy = self.facility_xy[active]
        facs = attach(net, fxy, compound_zones(fxy, self.walls), edge_zones)
        graph, _ = routing_graph(net, [facs], leaves_for=0)
        source = np.full(len(self.inputs.facilities), -1, dtype=np.int64)
        source[active] = graph.leaf_node
        return graph, locate(graph, self.walk_starts[1], self.walls), source

    @cached_property
    def network_limit(self) -> float:
        """How far walking searches go: the largest life circle, or a type's own distance if larger."""
        return max(circle_distances(self.standard, self.params).values())

    def network_to_residents(self, code: str) -> np.ndarray:
        """Walking distance from each resident building to the nearest facility of a type (inf beyond the cutoff)."""
        key = ("network", code)
        if key not in self._nearest:
            graph, starts, source = self.routing
            cutoff = max(self.network_limit, self.standard.sharing_distance(code))
            idx = self.facilities_of(code)
            per_start = nearest_by_network(graph, source[idx], starts, cutoff)
            best = np.full(len(self.residents), np.inf)
            np.minimum.at(best, self.walk_starts[0], per_start)  # the nearest of a home's entrances
            self._nearest[key] = (best, None)
        return self._nearest[key][0]

    def verdict_distances(self, code: str) -> np.ndarray:
        """The distances verdicts use: walking when computed, else straight line."""
        return self.network_to_residents(code) if self.uses_network else self.nearest_to_residents(code)[0]

    def walk_limit(self, code: str) -> Optional[float]:
        """A walking-time type's distance: minutes x the walking speed parameter, else GB 50180's metres."""
        if self.standard.other_type(code) is not None:
            return None
        minutes = self.standard.facility(code).quantity.walk_minutes
        return walk_metres(self.standard, self.params, minutes) if minutes else None

    def distance_limit(self, code: str) -> Optional[float]:
        """The distance a type is checked against: its service radius, else its walking time."""
        ftype = self.standard.facility(code)
        if ftype.service_radius is not None:
            return ftype.service_radius.distance_m
        if ftype.quantity.basis is QuantityBasis.WALK_MINUTES:
            return self.walk_limit(code)
        return None

    def fid(self, facility_index: int) -> int:
        """Feature id of a facility by index."""
        return int(self.inputs.facilities.fids[facility_index])
