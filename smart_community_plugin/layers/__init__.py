"""QGIS-facing I/O: read layers into the core's containers, write result files and the template."""
