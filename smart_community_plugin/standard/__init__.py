"""The standard as data: typed objects loaded from resources/standard/table_a01.json."""

from .catalogue import load_standard
from .model import FacilityType, Standard, Strength

__all__ = ["FacilityType", "Standard", "Strength", "load_standard"]
