"""The approval report: a clause-by-clause PDF (reportlab) with maps rendered by QGIS."""
