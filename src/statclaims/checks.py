"""Checks: each claim against the reference series, in the edition it cites and in the newest edition.

Tolerance follows the precision the text states: a figure written to the unit ("93 per cent") covers
half a unit either side (92.5 to 93.5); one decimal covers half a tenth; a scaled figure ("4 trillion")
half a unit of its scale. A hedge ("approximately", "some", "nearly") doubles that. A written fraction
("a third", "two thirds", "one in five") covers 5 percentage points either side, since writers round
to the nearest simple fraction. A bound ("more than", "up to") is met by any value on its side.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from .claims import Claim
from .reference import ReferenceValue, edition_year

STATUSES = ("match", "mismatch", "superseded", "no_reference")
FRACTION_TOLERANCE = 5.0
# Indicators that are each other's complement: a share not using the Internet is 100 minus the share using it.
COMPLEMENTS = {"internet_non_use": "internet_use", "internet_use": "internet_non_use"}
AREAS = ("urban", "rural")


@dataclass(frozen=True)
class Check:
    """The verdict on one claim, with the reference values it rests on."""

    claim_id: str
    document: str
    value_text: str
    value: float
    unit: str
    indicator: str | None
    group: str | None
    sex: str | None
    year: int | None
    status: str
    tolerance: float | None
    cited_edition: str | None
    cited_value: float | None
    cited_reference_id: str | None
    newest_edition: str | None
    newest_value: float | None
    newest_reference_id: str | None
    inferred_source: str | None
    note: str

    def as_record(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


FIELDS = tuple(f.name for f in fields(Check))


def tolerance(claim: Claim) -> float:
    """How far a published value may lie from the stated one and still be the same figure."""
    number = re.search(r"[-−]?\d[\d,]*(?:\.(\d+))?", claim.value_text)
    if claim.unit == "percent" and number is None:
        return FRACTION_TOLERANCE
    decimals = len(number.group(1)) if number and number.group(1) else 0
    scale = 1.0
    if number:
        written = float(number.group().replace(",", "").replace("−", "-"))
        if written:
            scale = abs(claim.value / written) if claim.value else 1.0
    half_step = 0.5 * 10 ** -decimals * scale
    return half_step * (2 if claim.approximate else 1)


def _agrees(claim: Claim, reference: float, tol: float) -> bool:
    low, high = claim.value - tol, (claim.value_high if claim.value_high is not None else claim.value) + tol
    if claim.bound == "lower":
        return reference >= low
    if claim.bound == "upper":
        return reference <= high
    return low <= reference <= high


def _key(claim: Claim) -> tuple[str | None, str | None, str | None, str | None]:
    group, area = claim.group, None
    if group in AREAS:
        group, area = "world", group
    return claim.indicator, group, claim.sex, area


def _candidates(claim: Claim, references: Sequence[ReferenceValue]) -> list[tuple[ReferenceValue, float]]:
    """Reference values of the same indicator, group, sex and area, each as the claim's figure (complements turned)."""
    indicator, group, sex, area = _key(claim)
    if indicator is None:
        return []
    found = []
    for ref in references:
        if (ref.group, ref.sex, ref.area, ref.age) != (group, sex, area, None) or ref.unit != claim.unit:
            continue
        if ref.indicator == indicator:
            found.append((ref, ref.value))
        elif COMPLEMENTS.get(indicator) == ref.indicator and claim.unit == "percent":
            found.append((ref, float(f"{100 - ref.value:.10g}")))
    return found


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+|\d{4}", text.lower())) - {"the", "of", "and", "for", "a", "an", "on", "in"}


def _cites(claim: Claim, ref: ReferenceValue) -> bool:
    """Does the claim's source title name this reference's edition (same year, the edition's words)?"""
    if not claim.source_title:
        return False
    title = _words(claim.source_title)
    year = edition_year(ref.edition)
    if year is None or str(year) not in title:
        return False
    return len(title & _words(ref.title)) >= min(3, len(title)) or len(title & _words(ref.edition)) >= 2


def _in_edition(cands: list[tuple[ReferenceValue, float]], edition: str, year: int | None) \
        -> tuple[ReferenceValue, float] | None:
    """The edition's value for the year, or, with no year given, for the latest year the edition publishes."""
    rows = [c for c in cands if c[0].edition == edition]
    if year is not None:
        rows = [c for c in rows if c[0].year == year]
    return max(rows, key=lambda c: (c[0].year, c[0].reference_id)) if rows else None


def _edition_order(cands: list[tuple[ReferenceValue, float]]) -> list[str]:
    return sorted({c[0].edition for c in cands}, key=lambda e: (edition_year(e) or 0, e))


def check(claim: Claim, references: Sequence[ReferenceValue]) -> Check:
    """The verdict on one claim."""
    cands = _candidates(claim, references)
    tol = tolerance(claim)
    base = dict(claim_id=claim.claim_id, document=claim.document, value_text=claim.value_text, value=claim.value,
                unit=claim.unit, indicator=claim.indicator, group=claim.group, sex=claim.sex)
    if claim.year is not None and cands:
        # A stated year is compared only with values for that year: the newest edition is the newest that restates it.
        cands = [c for c in cands if c[0].year == claim.year]
        why = f"no edition in the reference data publishes a value for {claim.year}"
    elif not cands:
        why = "no indicator" if claim.indicator is None else "no reference series for this indicator, group and sex"
    if not cands:
        return Check(**base, year=claim.year, status="no_reference", tolerance=tol, cited_edition=None, cited_value=None,
                     cited_reference_id=None, newest_edition=None, newest_value=None, newest_reference_id=None,
                     inferred_source=None, note=why)
    editions = _edition_order(cands)
    newest_edition = editions[-1]
    cited = next((c for c in cands if _cites(claim, c[0])), None)
    cited_name = next((r.edition for r in references if _cites(claim, r)), None) if claim.source_title else None
    if cited is not None:
        edition = cited[0].edition
        chosen = _in_edition(cands, edition, claim.year)
        if chosen is not None:
            year = chosen[0].year
            newest = _in_edition(cands, newest_edition, year) or _in_edition(cands, newest_edition, None)
            status = "match" if _agrees(claim, chosen[1], tol) else "mismatch"
            note = f"compared with the {year} value the cited edition publishes"
            if status == "match" and newest is not None and newest[0].edition != edition and not _agrees(claim, newest[1], tol):
                status = "superseded"
                note += f"; {newest_edition} publishes {newest[1]:g} for {newest[0].year}"
            return Check(**base, year=year, status=status, tolerance=tol, cited_edition=edition, cited_value=chosen[1],
                         cited_reference_id=chosen[0].reference_id, newest_edition=newest_edition,
                         newest_value=newest[1] if newest else None,
                         newest_reference_id=newest[0].reference_id if newest else None, inferred_source=None, note=note)
    # Uncited (or the cited edition is not in the reference data): which editions say the same?
    matches = []
    for edition in editions:
        chosen = _in_edition(cands, edition, claim.year)
        if chosen is not None and _agrees(claim, chosen[1], tol):
            matches.append(chosen)
    newest = _in_edition(cands, newest_edition, claim.year) or _in_edition(cands, newest_edition, None)
    status = "match" if matches else "mismatch"
    if matches and newest is not None and not _agrees(claim, newest[1], tol):
        status = "superseded"
    note = (f"{cited_name}, which the claim cites, has no value for this indicator, group and sex in the reference "
            "data; compared with every edition" if cited_name else
            "the claim cites no edition in the reference data; compared with every edition")
    if newest is not None:
        note += f"; the newest value is {newest[1]:g} for {newest[0].year} ({newest_edition})"
    return Check(**base, year=claim.year if claim.year is not None else (matches[-1][0].year if matches else None),
                 status=status, tolerance=tol, cited_edition=cited_name, cited_value=None, cited_reference_id=None,
                 newest_edition=newest_edition, newest_value=newest[1] if newest else None,
                 newest_reference_id=newest[0].reference_id if newest else None,
                 inferred_source=";".join(m[0].edition for m in matches) or None, note=note)


def check_all(claims: Iterable[Claim], references: Sequence[ReferenceValue]) -> tuple[Check, ...]:
    """One check per claim, in claim order."""
    refs = tuple(references)
    return tuple(check(claim, refs) for claim in claims)
