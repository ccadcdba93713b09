"""One module per rule; each exposes run(ctx) -> list[CheckResult]."""

from . import grouping, limits, quantity, service_radius, smart, sunlight

ALL = (quantity, service_radius, limits, grouping, smart, sunlight)
