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


@lru_cache(maxsize=256)
def factor(source: str, target: str) -> float:
    """How many ``target`` one ``source`` is (pint's conversion), cached: units repeat, figures do not."""
    ureg = registry()
    return float(ureg.Quantity(1, source).to(target).magnitude)


def magnitude(value: float, scale: str | None, unit: str) -> float:
    """The value of ``value scale unit`` expressed in ``unit``: 4, trillion, USD -> 4e12. A scale word is a plain
    multiplier, so the unit plays no part: pint cannot multiply a logarithmic unit such as its decade."""
    return value * factor(scale, "dimensionless") if scale else value


def as_percent(fraction: float) -> float:
    """A plain fraction (1/3) as a percentage (33.33...)."""
    return fraction * factor("dimensionless", "percent")


@lru_cache(maxsize=256)
def is_unit(name: str) -> bool:
    """True when pint can parse ``name`` as a unit of this registry."""
    try:
        registry().Unit(name)
    except (pint.errors.UndefinedUnitError, ValueError, AttributeError, TypeError, AssertionError):
        return False
    return True


@lru_cache(maxsize=64)
def is_currency(name: str) -> bool:
    """True for a currency code of this registry ('USD', 'EUR'), not for a price per unit ('USD/m**3')."""
    return "/" not in name and len(name) == 3 and name.isupper() and is_unit(name)
