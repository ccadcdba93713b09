"""One module per rule; each exposes run(ctx) -> list[CheckResult]."""

from . import amenities, environment, grouping, limits, placement, quantity, service_radius, smart, sunlight

ALL = (quantity, service_radius, limits, grouping, smart, sunlight, placement, amenities, environment)
