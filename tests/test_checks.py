"""Checks: match, mismatch, superseded, no_reference, complements, tolerance and inferred sources."""
from __future__ import annotations

import csv

import pytest

from statclaims.checks import check, check_all, tolerance
from statclaims.claims import Claim
from statclaims.errors import ParseError
from statclaims.reference import COLUMNS, read_csv

FF = "Measuring Digital Development: Facts and Figures {}"


def ref_row(edition_year: int, group: str, year: int, value: float, indicator: str = "internet_use",
            sex: str = "", unit: str = "percent") -> dict[str, object]:
    return {"reference_id": f"ff{edition_year}-{indicator}-{group}-{sex}-{year}", "indicator": indicator,
            "group": group, "sex": sex, "area": "", "age": "", "year": year, "value": value, "unit": unit,
            "edition": f"Facts and Figures {edition_year}", "publisher": "ITU", "title": FF.format(edition_year),
            "url": f"https://www.itu.int/ff{edition_year}", "quote": f"{value} per cent", "accessed": "2026-11-28"}


ROWS = [
    ref_row(2023, "high_income", 2023, 93), ref_row(2024, "high_income", 2024, 93), ref_row(2025, "high_income", 2025, 94),
    ref_row(2023, "low_income", 2023, 27), ref_row(2024, "low_income", 2024, 27), ref_row(2025, "low_income", 2025, 27),
    ref_row(2024, "world", 2024, 68), ref_row(2024, "world", 2024, 70, sex="male"),
    ref_row(2024, "world", 2024, 65, sex="female"),
]


@pytest.fixture()
def references(tmp_path):
    path = tmp_path / "reference_series.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(ROWS)
    return read_csv(path)


def claim(value_text: str, value: float, group: str | None, *, indicator: str = "internet_use", sex=None,
          approximate=False, bound=None, source_year: int | None = 2024, unit="percent") -> Claim:
    return Claim(document="d", claim_id=f"d:{value_text}", paragraph="op1", value_text=value_text, start=0, end=1,
                 sentence="", value=value, value_high=None, unit=unit, approximate=approximate, bound=bound,
                 indicator=indicator, population=None, group=group, sex=sex, year=None, comparison_id=None,
                 footnote="1" if source_year else None, source_id="s" if source_year else None,
                 source_title=FF.format(source_year) if source_year else None)


def test_match_in_the_cited_edition_and_superseded_by_the_newest(references):
    high = check(claim("93 per cent", 93, "high_income"), references)
    assert (high.status, high.cited_edition, high.cited_value, high.year) == ("superseded", "Facts and Figures 2024", 93, 2024)
    assert (high.newest_edition, high.newest_value) == ("Facts and Figures 2025", 94)
    low = check(claim("27 per cent", 27, "low_income"), references)
    assert (low.status, low.newest_value) == ("match", 27)


def test_mismatch(references):
    result = check(claim("91 per cent", 91, "high_income"), references)
    assert result.status == "mismatch" and result.cited_value == 93


def test_no_reference(references):
    assert check(claim("5 per cent", 5, "sids"), references).status == "no_reference"
    assert check(claim("5 per cent", 5, "world", indicator=None), references).status == "no_reference"


def test_complement_a_third_not_using_against_68_using(references):
    result = check(claim("a third", 100 / 3, "world", indicator="internet_non_use", approximate=True, source_year=None),
                   references)
    assert result.status == "match"                      # 100 - 68 = 32, within 5 points of 33.3
    assert result.inferred_source == "Facts and Figures 2024"
    assert result.newest_value == 32


def test_uncited_claim_gets_the_editions_it_matches(references):
    result = check(claim("70 per cent", 70, "world", sex="male", source_year=None), references)
    assert result.status == "match" and result.inferred_source == "Facts and Figures 2024"
    assert result.cited_edition is None


@pytest.mark.parametrize("text,value,approximate,expected", [
    ("93 per cent", 93, False, 0.5), ("52.4 per cent", 52.4, False, 0.05), ("some 68 per cent", 68, True, 1.0),
    ("a third", 100 / 3, True, 5.0), ("4 trillion United States dollar", 4e12, False, 0.5e12),
])
def test_tolerance_follows_the_stated_precision(text, value, approximate, expected):
    c = claim(text, value, "world", approximate=approximate, unit="USD" if "dollar" in text else "percent")
    assert tolerance(c) == pytest.approx(expected)


def test_bounds(references):
    over = check(claim("over 90 per cent", 90, "high_income", bound="lower"), references)
    assert over.status in ("match", "superseded")
    under = check(claim("less than 20 per cent", 20, "low_income", bound="upper"), references)
    assert under.status == "mismatch"


def test_check_all_keeps_claim_order(references):
    claims = [claim("27 per cent", 27, "low_income"), claim("93 per cent", 93, "high_income")]
    assert [c.claim_id for c in check_all(claims, references)] == ["d:27 per cent", "d:93 per cent"]


def test_a_bad_reference_row_names_file_and_line(tmp_path):
    path = tmp_path / "bad.csv"
    rows = [ref_row(2024, "world", 2024, 68), {**ref_row(2024, "ldc", 2024, 35), "value": "thirty-five"}]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(ParseError) as caught:
        read_csv(path)
    assert f"{path}:line 3: value" in str(caught.value)
