"""China's web-map coordinates: GCJ-02 (Amap, Tencent) and BD-09 (Baidu) to and from WGS84, on numpy arrays.

The forward formulas are the published GCJ-02 obfuscation (Krasovsky ellipsoid constants) and Baidu's
rotation; the inverses have no closed form and are found by fixed-point iteration to sub-millimetre
agreement. Outside China's bounding box no offset is applied, as the web maps do. CGCS2000 and WGS84
differ by centimetres and are treated as the same at planning accuracy.
"""

from __future__ import annotations

import numpy as np

A = 6378245.0
EE = 0.00669342162296594323
X_PI = np.pi * 3000.0 / 180.0
SYSTEMS = ("wgs84", "gcj02", "bd09")
_TOLERANCE_DEG = 1e-10   # about 0.01 mm
_MAX_ITER = 30


def in_china(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """The web maps' rough box for China: only points inside it are offset."""
    return (lon > 73.66) & (lon < 135.05) & (lat > 3.86) & (lat < 53.55)


def _dlat(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * np.sqrt(np.abs(x))
    r += (20.0 * np.sin(6.0 * x * np.pi) + 20.0 * np.sin(2.0 * x * np.pi)) * 2.0 / 3.0
    r += (20.0 * np.sin(y * np.pi) + 40.0 * np.sin(y / 3.0 * np.pi)) * 2.0 / 3.0
    r += (160.0 * np.sin(y / 12.0 * np.pi) + 320 * np.sin(y * np.pi / 30.0)) * 2.0 / 3.0
    return r


def _dlon(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * np.sqrt(np.abs(x))
    r += (20.0 * np.sin(6.0 * x * np.pi) + 20.0 * np.sin(2.0 * x * np.pi)) * 2.0 / 3.0
    r += (20.0 * np.sin(x * np.pi) + 40.0 * np.sin(x / 3.0 * np.pi)) * 2.0 / 3.0
    r += (150.0 * np.sin(x / 12.0 * np.pi) + 300.0 * np.sin(x / 30.0 * np.pi)) * 2.0 / 3.0
    return r


def wgs84_to_gcj02(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """WGS84 to GCJ-02 (the forward obfuscation)."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    dlat = _dlat(lon - 105.0, lat - 35.0)
    dlon = _dlon(lon - 105.0, lat - 35.0)
    rad = lat / 180.0 * np.pi
    magic = 1 - EE * np.sin(rad) ** 2
    sqrt_magic = np.sqrt(magic)
    dlat = (dlat * 180.0) / ((A * (1 - EE)) / (magic * sqrt_magic) * np.pi)
    dlon = (dlon * 180.0) / (A / sqrt_magic * np.cos(rad) * np.pi)
    inside = in_china(lon, lat)
    return np.where(inside, lon + dlon, lon), np.where(inside, lat + dlat, lat)


def gcj02_to_bd09(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """GCJ-02 to BD-09 (Baidu's rotation and shift)."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    z = np.sqrt(lon * lon + lat * lat) + 0.00002 * np.sin(lat * X_PI)
    theta = np.arctan2(lat, lon) + 0.000003 * np.cos(lon * X_PI)
    return z * np.cos(theta) + 0.0065, z * np.sin(theta) + 0.006


def _invert(forward, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Solve forward(x) = target by fixed-point iteration x <- x + (target - forward(x))."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    x, y = lon.copy(), lat.copy()
    for _ in range(_MAX_ITER):
        fx, fy = forward(x, y)
        ex, ey = lon - fx, lat - fy
        x, y = x + ex, y + ey
        if np.all(np.abs(ex) < _TOLERANCE_DEG) and np.all(np.abs(ey) < _TOLERANCE_DEG):
            break
    return x, y


def gcj02_to_wgs84(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """GCJ-02 to WGS84, by iteration."""
    return _invert(wgs84_to_gcj02, lon, lat)


def bd09_to_gcj02(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """BD-09 to GCJ-02, by iteration."""
    return _invert(gcj02_to_bd09, lon, lat)


def convert(lon: np.ndarray, lat: np.ndarray, source: str, target: str) -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes from one of wgs84, gcj02, bd09 to another."""
    if source not in SYSTEMS or target not in SYSTEMS:
        raise ValueError(f"coordinate systems are {', '.join(SYSTEMS)}; got {source!r} to {target!r}")
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    steps = {("wgs84", "gcj02"): [wgs84_to_gcj02], ("gcj02", "wgs84"): [gcj02_to_wgs84],
             ("gcj02", "bd09"): [gcj02_to_bd09], ("bd09", "gcj02"): [bd09_to_gcj02],
             ("wgs84", "bd09"): [wgs84_to_gcj02, gcj02_to_bd09], ("bd09", "wgs84"): [bd09_to_gcj02, gcj02_to_wgs84]}
    # NaN or infinite vertices stay NaN (the layer's validation reports them); numpy's warnings would be noise.
    with np.errstate(invalid="ignore", over="ignore"):
        for step in steps.get((source, target), []):
            lon, lat = step(lon, lat)
    return lon, lat
