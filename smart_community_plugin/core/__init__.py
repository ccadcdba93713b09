"""The review engine: pure Python on numpy/shapely data, no QGIS or Qt imports."""
