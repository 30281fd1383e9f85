"""ITU's *Key ICT indicator aggregates* workbook as reference values.

Each sheet ("By BDT region", "By development status", ...) stacks one block per indicator: a
label cell ("Individuals using the Internet"), a header row of years, and one row per group;
the years may run twice, absolute values (millions) first and percentages after. Blocks, year
runs and group rows are all found by their labels, so a reordered or extended sheet reads alike;
a label that is not there is an error naming the file, the sheet and where it was looked for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import vocabulary
from .errors import InputError, ParseError
from .reference import ReferenceValue

ITU_URL = "https://www.itu.int/en/ITU-D/Statistics/Pages/stat/default.aspx"
PUBLISHER = "International Telecommunication Union (ITU)"
_MONTH = re.compile(r"_([A-Z][a-z]{2})_?((?:19|20)\d\d)", re.I)


@dataclass(frozen=True)
class Block:
    """An indicator block to read: its label in the sheet, and the indicator codes of its two runs."""

    label: str
    percent_indicator: str
    absolute_indicator: str | None = None
    absolute_scale: float = 1e6   # ITU states absolute values in millions


BLOCKS = (Block("Individuals using the Internet", "internet_use", "internet_use_population"),)


def _norm(text: object) -> str:
    return re.sub(r"[^a-z0-9&]+", " ", str(text or "").lower()).strip()


def _group_codes() -> dict[str, str]:
    return {_norm(g.itu_label): g.code for g in vocabulary.groups() if g.itu_label and g.code}


def _year(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and float(value).is_integer() and 1990 <= value <= 2100:
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*(?:19|20)\d\d\s*", value):
        return int(value)
    return None


def edition_name(path: Path) -> str:
    """'ITU_regional_global_Key_ICT_indicator_aggregates_Nov_2024.xlsx' -> 'Key ICT indicator aggregates Nov 2024'."""
    m = _MONTH.search(path.stem)
    return f"Key ICT indicator aggregates {m.group(1).title()} {m.group(2)}" if m else f"Key ICT indicator aggregates ({path.stem})"


def read_workbook(path: Path, blocks: tuple[Block, ...] = BLOCKS, sheets: tuple[str, ...] | None = None) -> tuple[ReferenceValue, ...]:
    """Every value of every block in the named sheets (all sheets by default)."""
    try:
        from openpyxl import load_workbook
    except ImportError as exc:  # pragma: no cover - openpyxl is a dependency
        raise InputError("reading workbooks needs openpyxl", path=str(path)) from exc
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise InputError(f"not a readable .xlsx workbook ({type(exc).__name__})", path=str(path)) from exc
    edition = edition_name(path)
    values: list[ReferenceValue] = []
    names = sheets or tuple(book.sheetnames)
    for name in names:
        if name not in book.sheetnames:
            raise ParseError(f"no sheet named {name!r} (sheets: {', '.join(book.sheetnames)})", path=str(path))
        grid = [list(row) for row in book[name].iter_rows(values_only=True)]
        for block in blocks:
            found = _find_label(grid, block.label)
            if found is None:
                if sheets:
                    raise ParseError(f"no block labelled {block.label!r} in sheet {name!r} "
                                     f"(searched {_cell(0, 0)}:{_cell(len(grid) - 1, max((len(r) for r in grid), default=1) - 1)})",
                                     path=str(path), where=f"sheet {name!r}")
                continue
            values.extend(_read_block(grid, found, block, path, name, edition))
    book.close()
    return tuple(values)


def _cell(row: int, column: int) -> str:
    letters, n = "", column + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row + 1}"


def _find_label(grid: list[list[object]], label: str) -> tuple[int, int] | None:
    wanted = _norm(label)
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if isinstance(value, str) and _norm(value).startswith(wanted):
                return r, c
    return None


def _read_block(grid: list[list[object]], at: tuple[int, int], block: Block, path: Path, sheet: str,
                edition: str) -> list[ReferenceValue]:
    label_row, label_col = at
    header = next((r for r in range(label_row, min(label_row + 6, len(grid)))
                   if sum(_year(v) is not None for v in grid[r]) >= 3), None)
    if header is None:
        raise ParseError(f"no row of years below the label {block.label!r} at {_cell(label_row, label_col)}",
                         path=str(path), where=f"sheet {sheet!r}")
    runs = _year_runs(grid[header])
    percent_run, absolute_run = _classify_runs(grid, header, runs)
    if percent_run is None:
        raise ParseError(f"no percentage columns under {block.label!r} at {_cell(header, runs[0][0][0])}",
                         path=str(path), where=f"sheet {sheet!r}")
    codes = _group_codes()
    values: list[ReferenceValue] = []
    for r in range(header + 1, len(grid)):
        row = grid[r]
        name = row[label_col] if label_col < len(row) else None
        if name is None or (isinstance(name, str) and not name.strip()):
            break  # a blank row ends the block
        code = codes.get(_norm(name))
        if code is None:
            continue  # a group ITU publishes that the vocabulary has no code for
        for run, indicator, scale, unit in ((percent_run, block.percent_indicator, 1.0, "percent"),
                                            (absolute_run, block.absolute_indicator, block.absolute_scale, "people")):
            if run is None or indicator is None:
                continue
            for column, year in run:
                raw = row[column] if column < len(row) else None
                if not isinstance(raw, (int, float)) or isinstance(raw, bool):
                    continue
                value = float(f"{raw * scale:.12g}")
                values.append(ReferenceValue(
                    reference_id=f"itu-aggregates-{_norm(edition.split()[-2] + ' ' + edition.split()[-1]).replace(' ', '')}-"
                                 f"{indicator}-{code}-{year}",
                    indicator=indicator, group=code, sex=None, area=None, age=None, year=year, value=value, unit=unit,
                    edition=edition, publisher=PUBLISHER, title=f"ITU {edition}", url=ITU_URL,
                    quote=f"{sheet}!{_cell(r, column)}: {name} {year} = {raw}", accessed=""))
    return values


def _year_runs(header: list[object]) -> list[list[tuple[int, int]]]:
    """Consecutive year columns: [(column, year), ...] per run; a run ends where the years stop rising."""
    runs: list[list[tuple[int, int]]] = []
    for column, value in enumerate(header):
        year = _year(value)
        if year is None:
            if runs and runs[-1]:
                runs.append([])
            continue
        if not runs or (runs[-1] and year <= runs[-1][-1][1]):
            runs.append([])
        runs[-1].append((column, year))
    return [run for run in runs if len(run) >= 1]


def _classify_runs(grid: list[list[object]], header: int, runs: list[list[tuple[int, int]]]) \
        -> tuple[list[tuple[int, int]] | None, list[tuple[int, int]] | None]:
    """Which run holds percentages and which absolute values: by a unit label above a run, else by order."""
    def unit_of(run: list[tuple[int, int]]) -> str | None:
        first, last = run[0][0], run[-1][0]
        for r in range(max(0, header - 3), header):
            for c in range(max(0, first - 1), last + 1):
                text = _norm(grid[r][c] if c < len(grid[r]) else None)
                if re.search(r"\b(?:per\s*cent|percent|percentage|per 100|penetration)\b|%", str(grid[r][c] if c < len(grid[r]) else "")) or "per cent" in text:
                    return "percent"
                if re.search(r"\bmillion", text):
                    return "absolute"
        return None

    units = [unit_of(run) for run in runs]
    percent = next((run for run, unit in zip(runs, units) if unit == "percent"), None)
    absolute = next((run for run, unit in zip(runs, units) if unit == "absolute"), None)
    if percent is None and len(runs) >= 2:
        absolute, percent = absolute or runs[0], runs[1]
    elif percent is None and len(runs) == 1 and absolute is None:
        percent = runs[0]
    return percent, absolute
