"""Maps rendered by QGIS from the result layers (offscreen), for the README and reports."""
