"""The review office's shared store on PostgreSQL/PostGIS (issue 16): a private local server, the versioned
schema, submissions, reviews and stage records. Plain libpq (psycopg2); no QGIS needed."""
