"""The one pint registry of statclaims, with its definitions in units.txt beside it.

Every conversion (scale words, fractions to percent, currency codes) goes
through this registry, so that a unit the text names is a unit pint knows.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import pint


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The shared registry: pint's defaults plus statclaims' units.txt."""
    ureg = pint.UnitRegistry(cache_folder=None)
    with resources.as_file(resources.files(__package__) / "units.txt") as path:
        ureg.load_definitions(str(path))
    return ureg


def magnitude(value: float, scale: str | None, unit: str) -> float:
    """The value of ``value scale unit`` expressed in ``unit``: 4, trillion, USD -> 4e12."""
    ureg = registry()
    quantity = ureg.Quantity(value, f"{scale} * {unit}" if scale else unit)
    return float(quantity.to(unit).magnitude)


def as_percent(fraction: float) -> float:
    """A plain fraction (1/3) as a percentage (33.33...)."""
    ureg = registry()
    return float(ureg.Quantity(fraction, "dimensionless").to("percent").magnitude)


def is_unit(name: str) -> bool:
    """True when pint can parse ``name`` as a unit of this registry."""
    try:
        registry().Unit(name)
    except (pint.errors.UndefinedUnitError, ValueError, AttributeError, TypeError, AssertionError):
        return False
    return True
