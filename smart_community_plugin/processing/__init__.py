"""Processing provider and algorithms: the toolbox and qgis_process front end."""
