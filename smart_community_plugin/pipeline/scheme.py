"""A scheme: its layers by role, from Processing parameters, the workbench's pickers or file paths."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from qgis.core import QgsVectorLayer

from ..core.errors import InputError
from ..i18n import tr
from ..layers.roles import DEFAULT_FIELDS, REVIEW_ROLES, ROLES, InputFields
from .outputs import file_of

_SQLITE = b"SQLite format 3\x00"


def diagnose_file(path: Path, role: str) -> str:
    """Why a file does not open as a layer: missing, empty, not a format GDAL reads, or damaged."""
    if not path.exists():
        return tr("The {} file {} does not exist.").format(role, path)
    if path.is_dir():
        return ""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        return tr("The {} file {} cannot be read ({}).").format(role, path, exc.strerror)
    if not head:
        return tr("The {} file {} is empty.").format(role, path)
    if path.suffix.lower() in (".gpkg", ".sqlite", ".db") and not head.startswith(_SQLITE):
        return tr("The {} file {} is not a GeoPackage (it does not start like an SQLite database).").format(role, path)
    try:
        from osgeo import gdal

        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
        finally:
            gdal.PopErrorHandler()
    except RuntimeError:
        ds = None
    if ds is None:
        if head.startswith(_SQLITE):
            return tr("The {} file {} is damaged; open it in QGIS and save a copy, or ask for a new one.").format(role, path)
        return tr("The {} file {} is in no vector format GDAL reads.").format(role, path)
    return ""


def layer_names(path: str | os.PathLike) -> list[str]:
    """The names of a vector file's layers, in its order (none when GDAL cannot open it)."""
    from osgeo import gdal

    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    return [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] if ds is not None else []


def open_layer(uri: str, role: str) -> QgsVectorLayer:
    """A layer from a path or a 'path|layername=x' URI, or an InputError saying exactly what is wrong."""
    layer = QgsVectorLayer(uri, role, "ogr")
    if layer.isValid():
        return layer
    path = file_of(uri)
    reason = diagnose_file(path, role) if path is not None else ""
    if not reason and path is not None and "layername=" in uri:
        name = uri.split("layername=", 1)[1].split("|")[0]
        have = layer_names(path)
        reason = tr("The {} file {} has no layer '{}'; it has: {}.").format(role, path, name, ", ".join(have) or "—")
    raise InputError(reason or tr("The {} layer {} cannot be opened.").format(role, uri))


@dataclass
class Scheme:
    """The layers of a scheme by role (None where not given), with the field names to read."""

    layers: dict[str, Optional[QgsVectorLayer]] = field(default_factory=dict)
    fields: InputFields = DEFAULT_FIELDS
    files: list[str] = field(default_factory=list)     # other input files (a POI export, a review JSON ...)

    def get(self, role: str) -> Optional[QgsVectorLayer]:
        """The layer of a role, or None."""
        return self.layers.get(role)

    def __getitem__(self, role: str) -> Optional[QgsVectorLayer]:
        return self.layers.get(role)

    def missing(self, roles: Iterable[str] = ("community", "buildings", "facilities")) -> list[str]:
        """The roles asked for that have no layer."""
        return [r for r in roles if self.layers.get(r) is None]

    def present(self) -> dict[str, QgsVectorLayer]:
        """The roles that have a layer."""
        return {r: lyr for r, lyr in self.layers.items() if lyr is not None}

    def input_files(self) -> list[Any]:
        """Every file this scheme reads: the layers' sources and the other input files (the output contract
        refuses to write over any of them)."""
        out: list[Any] = [lyr.source() for lyr in self.present().values()]
        out += [f for f in self.files if f]
        return out

    @classmethod
    def from_uris(cls, uris: dict[str, Optional[str]], fields: InputFields = DEFAULT_FIELDS) -> Scheme:
        """Layers from file paths or URIs by role; a path that does not open is an InputError naming why."""
        unknown = [r for r in uris if r not in ROLES]
        if unknown:
            raise InputError.of("error.layers.unknown_roles", names=", ".join(unknown))
        return cls({r: open_layer(u, r) for r, u in uris.items() if u}, fields)

    @classmethod
    def from_gpkg(cls, path: str | os.PathLike, roles: Iterable[str] = REVIEW_ROLES,
                  fields: InputFields = DEFAULT_FIELDS) -> Scheme:
        """The layers of a planning GeoPackage, named as in the template; roles it lacks are None."""
        path = Path(path)
        reason = diagnose_file(path, "planning GeoPackage")
        if reason:
            raise InputError(reason)
        names = set(layer_names(path))
        layers = {r: (open_layer(f"{path}|layername={r}", r) if r in names else None) for r in roles}
        scheme = cls(layers, fields)
        scheme.files.append(str(path))
        return scheme
