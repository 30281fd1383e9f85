"""ITU's Key ICT indicator aggregates workbook, read by its labels from workbooks built here."""
from __future__ import annotations

from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from statclaims.errors import ParseError
from statclaims.reference import read
from statclaims.workbook import read_workbook

NAME = "ITU_regional_global_Key_ICT_indicator_aggregates_Nov_2024.xlsx"
YEARS = [2021, 2022, 2023, 2024]
ROWS = [("World", [4900, 5300, 5400, 5500], [62, 66, 67, 68]),
        ("Africa", [430, 470, 490, 520], [31, 35, 37, 38]),
        ("Asia & Pacific", [2600, 2800, 2900, 3000], [61, 64, 66, 66]),
        ("LDCs", [300, 330, 350, 370], [31, 33, 35, 35]),
        ("Mystery aggregate", [1, 2, 3, 4], [5, 6, 7, 8])]


def build(path: Path, *, offset: int = 0, reorder: bool = False, label: str = "Individuals using the Internet",
          other_block_first: bool = False) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "By BDT region"
    sheet.cell(1, 1, "Key ICT indicators for the world and special regions")
    row = 3 + offset
    if other_block_first:
        sheet.cell(row, 1, "Fixed-broadband subscriptions")
        for i, year in enumerate(YEARS):
            sheet.cell(row + 1, 2 + i, year)
        sheet.cell(row + 2, 1, "World")
        for i in range(len(YEARS)):
            sheet.cell(row + 2, 2 + i, 1000 + i)
        row += 5
    sheet.cell(row, 1, label)
    sheet.cell(row, 2, "Millions")
    sheet.cell(row, 2 + len(YEARS) + 1, "Percentage of individuals (%)")
    for i, year in enumerate(YEARS):
        sheet.cell(row + 1, 2 + i, year)
        sheet.cell(row + 1, 2 + len(YEARS) + 1 + i, year)
    rows = list(reversed(ROWS)) if reorder else ROWS
    for j, (name, absolute, percent) in enumerate(rows):
        sheet.cell(row + 2 + j, 1, name)
        for i in range(len(YEARS)):
            sheet.cell(row + 2 + j, 2 + i, absolute[i])
            sheet.cell(row + 2 + j, 2 + len(YEARS) + 1 + i, percent[i])
    target = path / NAME
    book.save(target)
    return target


def as_dict(values):
    return {(v.indicator, v.group, v.year): v for v in values}


def test_reads_percentages_and_absolute_values_by_label(tmp_path):
    values = as_dict(read(build(tmp_path)))
    world = values[("internet_use", "world", 2024)]
    assert world.value == 68 and world.unit == "percent"
    assert world.edition == "Key ICT indicator aggregates Nov 2024"
    assert world.quote.startswith("By BDT region!") and world.url.startswith("https://www.itu.int/")
    assert values[("internet_use_population", "world", 2024)].value == 5.5e9
    assert values[("internet_use", "asia_pacific", 2022)].value == 64
    assert values[("internet_use", "ldc", 2023)].value == 35
    assert not any(v.group is None for v in values.values())   # the unknown aggregate is skipped


def test_a_reordered_and_shifted_sheet_reads_the_same(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain = as_dict(read(build(tmp_path / "a")))
    moved = as_dict(read(build(tmp_path / "b", offset=7, reorder=True, other_block_first=True)))
    assert {k: v.value for k, v in plain.items()} == {k: v.value for k, v in moved.items()}


def test_missing_label_names_file_sheet_and_range(tmp_path):
    path = build(tmp_path, label="Mobile-cellular telephone subscriptions")
    with pytest.raises(ParseError) as caught:
        read_workbook(path, sheets=("By BDT region",))
    message = str(caught.value)
    assert NAME in message and "By BDT region" in message and "Individuals using the Internet" in message
    assert "A1:" in message


def test_missing_sheet(tmp_path):
    path = build(tmp_path)
    with pytest.raises(ParseError, match="no sheet named 'By income'"):
        read_workbook(path, sheets=("By income",))
