"""Reference series: the values a source published, one row per value and edition, with provenance.

Two layouts are read: the project's own CSV (the ``reference_series`` resource, every row with
its url and the sentence or cell that states it) and ITU's *Key ICT indicator aggregates*
workbook, where each sheet stacks one block per indicator. Blocks are found by their labels,
never by cell offsets, because ITU moves them between releases.
"""
from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, fields
from pathlib import Path

from .errors import InputError, ParseError

COLUMNS = ("reference_id", "indicator", "group", "sex", "area", "age", "year", "value", "unit", "edition",
           "publisher", "title", "url", "quote", "accessed")


@dataclass(frozen=True)
class ReferenceValue:
    """One published value: what it measures, for whom, for which year, in which edition, and where it is said."""

    reference_id: str
    indicator: str
    group: str | None
    sex: str | None
    area: str | None
    age: str | None
    year: int
    value: float
    unit: str
    edition: str
    publisher: str
    title: str
    url: str
    quote: str
    accessed: str

    @property
    def key(self) -> tuple[str, str | None, str | None, str | None, str | None]:
        """What the value is of, whatever the year and edition."""
        return self.indicator, self.group, self.sex, self.area, self.age

    def as_record(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def read(path: str | Path) -> tuple[ReferenceValue, ...]:
    """Reference values from a CSV in the reference_series layout or an ITU aggregates workbook."""
    source = Path(path)
    if not source.exists():
        raise InputError("no such file", path=str(path))
    if source.suffix.lower() in (".xlsx", ".xlsm"):
        from .workbook import read_workbook

        return read_workbook(source)
    return read_csv(source)


def read_csv(path: Path) -> tuple[ReferenceValue, ...]:
    """Rows of a reference_series CSV; a row without a url or a quote, or with a bad number, is an error.

    Errors name the file and the line the row starts on (a quoted field may span lines), and the field.
    """
    text = _decode(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            raise InputError("no header row", path=str(path))
        header = [name.strip() for name in header]
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            raise ParseError(f"missing columns: {', '.join(missing)}", path=str(path), where="line 1")
        values = []
        start = reader.line_num + 1
        for fields_ in reader:
            if fields_:
                if len(fields_) != len(header):
                    raise ParseError(f"{len(fields_)} fields where the header has {len(header)}", path=str(path),
                                     where=f"line {start}")
                values.append(_row(dict(zip(header, fields_)), path, start))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ParseError(f"not a well-formed CSV row: {exc}", path=str(path), where=f"line {reader.line_num}") from exc
    return tuple(values)


def _decode(path: Path) -> str:
    """The CSV's text: UTF-8 (a byte order mark is dropped), within the size limit documents have."""
    from .document import read_bounded

    try:
        with path.open("rb") as handle:
            data = read_bounded(handle, str(path))
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc
    if not data:
        raise InputError("empty file", path=str(path))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("UTF-16 text; save it as UTF-8", path=str(path))
    if b"\x00" in data:
        nul = data.index(0)
        raise InputError(f"binary file (NUL byte at offset {nul}), not a CSV", path=str(path),
                         where=f"line {_line_of(data, nul)}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded",
                         path=str(path), where=f"line {_line_of(data, exc.start)}") from exc


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _row(row: dict[str, str], path: Path, line: int) -> ReferenceValue:
    def fail(field: str, message: str) -> ParseError:
        return ParseError(f"{field}: {message}", path=str(path), where=f"line {line}")

    try:
        year = int(row["year"])
    except (TypeError, ValueError):
        raise fail("year", f"not a year: {row.get('year')!r}") from None
    try:
        value = float(row["value"])
    except (TypeError, ValueError):
        raise fail("value", f"not a number: {row.get('value')!r}") from None
    if not math.isfinite(value):
        raise fail("value", f"not a finite number: {row['value']!r}")
    for required in ("reference_id", "indicator", "unit", "edition", "url", "quote"):
        if not (row.get(required) or "").strip():
            raise fail(required, "empty; every reference value needs its id, indicator, unit, edition, url and quote")
    return ReferenceValue(
        reference_id=row["reference_id"].strip(), indicator=row["indicator"].strip(),
        group=_blank(row.get("group")), sex=_blank(row.get("sex")), area=_blank(row.get("area")),
        age=_blank(row.get("age")), year=year, value=value, unit=row["unit"].strip(), edition=row["edition"].strip(),
        publisher=(row.get("publisher") or "").strip(), title=(row.get("title") or "").strip(),
        url=row["url"].strip(), quote=" ".join(row["quote"].split()), accessed=(row.get("accessed") or "").strip())


def _blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def edition_year(edition: str) -> int | None:
    """'Facts and Figures 2024' -> 2024: the year an edition is named for."""
    years = re.findall(r"\b(?:19|20)\d\d\b", edition)
    return int(years[-1]) if years else None


def write_csv(values: tuple[ReferenceValue, ...], path: Path) -> None:
    """Write values in the reference_series layout, sorted by id so that the file repeats."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for value in sorted(values, key=lambda v: v.reference_id):
            record = value.as_record()
            writer.writerow({k: "" if record[k] is None else record[k] for k in COLUMNS})
