"""Codes as data: groups, indicators and counted nouns, read from the CSV files beside this module."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Group:
    code: str | None    # None for a population ITU publishes no aggregate for (sub-Saharan Africa)
    scope: str          # "any": names the population wherever it stands; "before": only as the subject (see claims.SUBJECT_REACH)
    pattern: re.Pattern[str]
    label: str
    definition: str
    itu_label: str      # how ITU's aggregate tables name the group ("Asia & Pacific", "LDCs")


@dataclass(frozen=True)
class Indicator:
    code: str
    unit: str
    cue: re.Pattern[str]
    exclude: re.Pattern[str] | None
    definition: str
    itu_code: str
    sdg: str
    world_bank: str


@dataclass(frozen=True)
class CountedNoun:
    noun: str
    unit: str
    sex: str | None
    kind: str           # population (countries, women), generic (people, users) or event (cases, deaths)


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files(__package__).joinpath(name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def groups() -> tuple[Group, ...]:
    """The population groups, aligned with ITU's aggregates, in the order they are tried."""
    return tuple(Group(r["code"] or None, r["scope"], re.compile(r["pattern"], re.IGNORECASE), r["label"], r["definition"],
                       r["itu_label"])
                 for r in _rows("groups.csv"))


@lru_cache(maxsize=1)
def indicators() -> tuple[Indicator, ...]:
    """The indicators, in the order they are tried (the more specific first)."""
    return tuple(
        Indicator(r["code"], r["unit"], re.compile(r["cue"], re.IGNORECASE),
                  re.compile(r["exclude"], re.IGNORECASE) if r["exclude"] else None,
                  r["definition"], r["itu_code"], r["sdg"], r["world_bank"])
        for r in _rows("indicators.csv"))


@lru_cache(maxsize=1)
def counted_nouns() -> dict[str, CountedNoun]:
    """Nouns that name what a bare count counts: 110 *countries*, 700 million *people*."""
    return {r["noun"]: CountedNoun(r["noun"], r["unit"], r["sex"] or None, r["kind"]) for r in _rows("counted.csv")}


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Country names as the United Nations writes them (and their common short forms), with ISO 3166 alpha-3 codes."""
    return {r["name"]: r["iso3"] for r in _rows("countries.csv")}


@lru_cache(maxsize=1)
def country_pattern() -> re.Pattern[str]:
    """Any country name, the longest where several start alike ('Niger', 'Nigeria'); not 'United States dollars',
    'Guinea worm' or 'Congo Basin'."""
    return re.compile(rf"(?<![\w-])(?:{alternation(set(countries()))})(?![\w-])(?!\s+(?:dollars?|worm|Basin)\b)")


def alternation(names: set[str]) -> str:
    """A pattern matching any of the names, as a trie: the engine rejects most places on one letter, and each
    longer name is tried before the shorter one it extends ('Nigeria' before 'Niger')."""
    by_first: dict[str, set[str]] = {}
    for name in names:
        by_first.setdefault(name[0], set()).add(name[1:])
    parts = []
    for first, rests in sorted(by_first.items()):
        longer = {r for r in rests if r}
        if not longer:
            parts.append(re.escape(first))
        else:
            optional = "?" if "" in rests else ""
            parts.append(f"{re.escape(first)}(?:{alternation(longer)}){optional}")
    return "|".join(parts)
