"""One palette for maps, result layers, widgets and the report."""

from __future__ import annotations

VERDICT_COLOURS = {"pass": "#2e9d5b", "warning": "#e0a100", "fail": "#c9372c", "info": "#5b7fb5",
                   "not_applicable": "#9a9a9a", "not_checked": "#9a9a9a", "not_assessable": "#7a6fb0"}
# Buildings by distance to the nearest facility of a type, as shares of the type's limit: the last
# class (beyond the limit or unreachable) is also hatched, so it reads in grey-scale print too.
DISTANCE_CLASSES = ((0.5, "#1f7a4d"), (1.0, "#8fc9a8"), (1.5, "#f0b27a"), (None, "#e9a39b"))
COVERED, UNCOVERED = "#8fc9a8", "#e9a39b"
