"""One read of a city through QGIS: the communities layer (one boundary each, name, kind, optional population) and
every role's city-wide layer, into plain arrays in one working CRS for the batch."""

from __future__ import annotations

import math

import numpy as np
import shapely

from ..core.errors import InputError, ReviewError
from ..core.inputs import Community
from ..core.values import KIND_WORDS, number, parse_smart_features, text
from ..layers.reader import LayerReader
from ..pipeline.read import read_inputs, reader_for
from ..pipeline.scheme import Scheme
from ..standard.model import Standard
from .plan import CityInputs


def read_communities(reader: LayerReader, layer) -> tuple[list[Community], np.ndarray]:
    """Each polygon of the communities layer as a Community (its own name, kind and population)."""
    f = reader.fields
    wanted = {"name": reader._field(layer, "community", f.community_name, f.community_name),
              "kind": reader._field(layer, "community", f.community_kind, f.community_kind),
              "population": reader._field(layer, "community", f.community_population, f.community_population)}
    for extra in ("children_3_6", "children_0_3", "declarations"):
        wanted[extra] = reader._field(layer, "community", extra, extra)
    raw = reader.read(layer, "community", wanted)
    out, fids = [], []
    for k, (fid, geom) in enumerate(zip(raw.fids.tolist(), raw.geoms)):
        if geom is None or shapely.get_type_id(geom) not in (3, 6) or shapely.is_empty(geom):
            continue
        def at(key: str, k: int = k) -> object:
            values = raw.attrs.get(key)
            return None if values is None else values[k]
        pop = number(at("population")) if at("population") is not None else float("nan")
        if math.isfinite(pop) and pop < 0:
            raise InputError.of("error.community.negative_population")
        kind = KIND_WORDS.get(text(at("kind")).lower(), "new") if at("kind") is not None else "new"
        children = {key: float(v) for key in ("children_3_6", "children_0_3")
                    if at(key) is not None and math.isfinite(v := number(at(key))) and v >= 0}
        out.append(Community(geom, (text(at("name")) or f"#{fid}")[:200], kind,
                             pop if math.isfinite(pop) else None,
                             frozenset(parse_smart_features(at("declarations"))) if at("declarations") else frozenset(),
                             children))
        fids.append(int(fid))
    return out, np.array(fids, dtype=np.int64)


def read_city(scheme: Scheme, standard: Standard) -> CityInputs:
    """The city's layers read once; the scheme's community role is the communities layer (one row each)."""
    if scheme.get("community") is None:
        raise ReviewError.of("error.batch.no_communities")
    inputs = read_inputs(scheme, standard)           # every city-wide role, once, in the communities' CRS
    # What the read said of the boundaries as one (merged, no kind) is not said of any one community.
    inputs.findings = [f for f in inputs.findings if f.layer != "community"]
    reader = reader_for(scheme)
    communities, fids = read_communities(reader, scheme["community"])
    if not communities:
        raise ReviewError.of("error.batch.no_communities")
    lonlat = [reader.lonlat(shapely.centroid(c.geometry)) for c in communities]
    return CityInputs(inputs=inputs, communities=communities, community_fids=fids, lonlat=lonlat)
