"""The package: Table Schemas, the descriptor, CSV and Parquet files, validation, and the move into place.

A build writes every file into a staging folder beside the package, validates the staged package
with frictionless, and only then replaces the old files. The replacement is journalled: if it is
interrupted, the next build (or ``recover``) puts the previous package back, so a reader never
keeps a mix of two builds. Files are written byte-for-byte reproducibly: fixed row and column
order, Unix line ends, numbers in their shortest form, no timestamps but the release's own.
"""
from __future__ import annotations

import copy
import csv
import datetime
import hashlib
import json
import os
import shutil
import signal
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import vocabulary
from .checks import STATUSES
from .citations import KINDS
from .corpus import LANGUAGES, CorpusDocument
from .dataset import RESOURCES, Row, Tables
from .errors import InputError, OutputError, ParseError, ValidationError
from .reference import ReferenceValue

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
DESCRIPTOR = "datapackage.json"
DATA = "data"
STAGING_PREFIX = ".statclaims-build-"
JOURNAL = ".statclaims-journal.json"
BACKUP = ".statclaims-previous"
RESOURCE_TITLES = {
    "documents": "Documents: the UN documents the claims are read from",
    "sources": "Sources: the works the documents' footnotes cite",
    "claims": "Claims: one row per quantitative claim",
    "citations": "Citations: which footnote cites which work, where in it",
    "indicators": "Indicators: the claims that measure a known indicator, as tidy observations",
    "reference_series": "Reference series: the values the cited sources published, edition by edition",
    "checks": "Checks: each claim against the reference series",
}
MAX_REPORTED_ERRORS = 20


# ---------------------------------------------------------------- schemas

def _codes() -> dict[str, list[dict[str, str]]]:
    """Field name -> its codes with labels; the vocabulary files are the single source of codes."""
    groups: dict[str, str] = {}
    for group in vocabulary.groups():
        if group.code and group.code not in groups and group.code not in ("urban", "rural"):
            groups[group.code] = group.itu_label or group.label
    indicators = {i.code: i.definition for i in vocabulary.indicators()}
    return {
        "indicator": [{"value": c, "label": d} for c, d in sorted(indicators.items())],
        "group": [{"value": c, "label": l} for c, l in sorted(groups.items())] + [
            {"value": "urban", "label": "Urban areas"}, {"value": "rural", "label": "Rural areas"}],
        "sex": [{"value": "female", "label": "Female"}, {"value": "male", "label": "Male"}],
        "area": [{"value": "urban", "label": "Urban"}, {"value": "rural", "label": "Rural"}],
        "bound": [{"value": "lower", "label": "At least / more than"}, {"value": "upper", "label": "At most / less than"}],
        "kind": [{"value": k, "label": k.replace("_", " ")} for k in KINDS],
        "status": [{"value": s, "label": s.replace("_", " ")} for s in STATUSES],
        "language": [{"value": code, "label": code} for code in LANGUAGES],
    }


@lru_cache(maxsize=None)
def _schema_file(name: str) -> str:
    return resources.files(__package__ or "statclaims").joinpath("schemas", f"{name}.json").read_text(encoding="utf-8")


def schema(name: str) -> dict:
    """The Table Schema of a resource, codes filled in: ``categories`` for readers, ``constraints.enum`` for validators."""
    result = json.loads(_schema_file(name))
    codes = _codes()
    for field in result["fields"]:
        listed = codes.get(field["name"])
        if listed is None:
            continue
        field["categories"] = copy.deepcopy(listed)
        field.setdefault("constraints", {})["enum"] = [c["value"] for c in listed]
    return result


# ---------------------------------------------------------------- cells

def _number(value: float) -> str:
    """Shortest exact text of a number: integers without '.0', others as Python's repr."""
    if value != value or value in (float("inf"), float("-inf")):
        raise ParseError(f"not a finite number: {value!r}")
    if float(value).is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(float(value))


def csv_cell(value: object, field: dict) -> str:
    """A value as its CSV text under the field's type."""
    return _converter(field["type"], field.get("delimiter", ";"), field["name"])(value)


def _converter(kind: str, delimiter: str, name: str):
    """The function that writes one field's values: chosen once per field, not once per cell."""
    def text(value: object) -> str:
        return "" if value is None else str(value)

    def boolean(value: object) -> str:
        return "" if value is None else ("true" if value else "false")

    def number(value: object) -> str:
        return "" if value is None else _number(value)  # type: ignore[arg-type]

    def integer(value: object) -> str:
        return "" if value is None else str(int(value))  # type: ignore[call-overload]

    def items(value: object) -> str:
        if value is None:
            return ""
        listed = [str(v) for v in value]  # type: ignore[attr-defined]
        if any(delimiter in item for item in listed):
            raise ParseError(f"field {name}: a list item holds the delimiter {delimiter!r}: {listed!r}")
        return delimiter.join(listed)

    return {"boolean": boolean, "number": number, "integer": integer, "list": items}.get(kind, text)


_ARROW = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(),
          "date": pa.date32(), "list": pa.list_(pa.string())}


def arrow_schema(table_schema: dict) -> pa.Schema:
    """The Arrow schema of a resource, each field's description kept as Parquet metadata."""
    return pa.schema([pa.field(f["name"], _ARROW[f["type"]], nullable=True,
                               metadata={"description": f.get("description", "")})
                      for f in table_schema["fields"]])


def _arrow_value(value: object, field: dict) -> object:
    if value is None:
        return None
    if field["type"] == "date":
        return datetime.date.fromisoformat(str(value))
    if field["type"] == "number":
        return float(value)  # type: ignore[arg-type]
    if field["type"] == "list":
        return [str(v) for v in value]  # type: ignore[attr-defined]
    return value


_SAMPLE = {"string": "x", "integer": 0, "number": 0.5, "boolean": True, "date": datetime.date(2000, 1, 1),
           "list": ["x"]}


@lru_cache(maxsize=None)
def _pandas_metadata(name: str) -> bytes:
    """pandas metadata recording nullable dtypes, so that a plain ``to_pandas()`` (frictionless's reader) keeps
    integers whole. It describes columns, not rows, so it is made from one sample row of the schema's types."""
    import pandas as pd

    table_schema = schema(name)
    sample = pa.Table.from_pydict({f["name"]: [_SAMPLE[f["type"]]] for f in table_schema["fields"]},
                                  schema=arrow_schema(table_schema))
    nullable = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}
    frame = sample.to_pandas(types_mapper=nullable.get)
    return pa.Table.from_pandas(frame, preserve_index=False).schema.metadata[b"pandas"]


class ResourceSink:
    """One resource written as rows arrive: CSV line by line, Parquet a row group per ``BATCH`` rows, so that
    the row groups, and so the bytes, depend only on the rows and never on how fast they came. Rows waiting for
    their row group are held as Arrow batches, a tenth of the memory of the records they came from."""

    BATCH = 65_536

    def __init__(self, name: str, folder: Path) -> None:
        self.name = name
        self.schema = schema(name)
        self.arrow = arrow_schema(self.schema).with_metadata({b"pandas": _pandas_metadata(name)})
        self._converters = [(f["name"], _converter(f["type"], f.get("delimiter", ";"), f["name"]))
                            for f in self.schema["fields"]]
        self._handle = (folder / DATA / f"{name}.csv").open("w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._handle, lineterminator="\n")
        self._csv.writerow([f["name"] for f in self.schema["fields"]])
        self._parquet = pq.ParquetWriter(folder / DATA / f"{name}.parquet", self.arrow, compression="zstd")
        self._pending: list[pa.RecordBatch] = []
        self._waiting = 0
        self._groups = 0

    def write(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        self._csv.writerows([convert(row.get(name)) for name, convert in self._converters] for row in rows)
        columns = {f["name"]: [_arrow_value(row.get(f["name"]), f) for row in rows] for f in self.schema["fields"]}
        self._pending.append(pa.RecordBatch.from_pydict(columns, schema=self.arrow))
        self._waiting += len(rows)
        if self._waiting >= self.BATCH:
            waiting = pa.Table.from_batches(self._pending, schema=self.arrow)
            while waiting.num_rows >= self.BATCH:
                self._flush(waiting.slice(0, self.BATCH))
                waiting = waiting.slice(self.BATCH)
            self._pending, self._waiting = waiting.combine_chunks().to_batches(), waiting.num_rows

    def _flush(self, rows: pa.Table) -> None:
        # one chunk per column: the pages, and so the bytes, must not depend on how the rows were batched
        self._parquet.write_table(rows.combine_chunks(), row_group_size=self.BATCH)
        self._groups += 1

    def close(self) -> None:
        if self._waiting or not self._groups:
            self._flush(pa.Table.from_batches(self._pending, schema=self.arrow))
            self._pending, self._waiting = [], 0
        self._parquet.close()
        self._handle.close()


# ---------------------------------------------------------------- descriptor

def _file_facts(path: Path) -> dict[str, object]:
    data = path.read_bytes()
    return {"bytes": len(data), "hash": "sha256:" + hashlib.sha256(data).hexdigest()}


def _resource(name: str, folder: Path, table_schema: dict, *, parquet: bool) -> dict:
    suffix = "parquet" if parquet else "csv"
    relative = f"{DATA}/{name}.{suffix}"
    entry: dict[str, object] = {
        "name": f"{name}_parquet" if parquet else name,
        "title": RESOURCE_TITLES[name] + (" (Parquet)" if parquet else ""),
        "description": (f"The same rows as {relative[:-8]}.csv, typed, in Apache Parquet." if parquet else
                        RESOURCE_TITLES[name].split(": ", 1)[1].capitalize() + "."),
        "path": relative,
        "type": "table",
        "format": suffix,
        "mediatype": "application/vnd.apache.parquet" if parquet else "text/csv",
    }
    if parquet:
        # frictionless reads Parquet through pandas: it can count neither bytes nor hash, and sees a list<string>
        # column as arrays, so the twin declares those as "any" (SHA256SUMS of a release covers these files).
        entry["schema"] = _parquet_schema(table_schema)
        return entry
    entry["encoding"] = "utf-8"
    entry["dialect"] = {"header": True, "delimiter": ",", "lineTerminator": "\n", "quoteChar": "\""}
    entry.update(_file_facts(folder / relative))
    entry["schema"] = table_schema
    return entry


def _parquet_schema(table_schema: dict) -> dict:
    twin = {k: copy.deepcopy(v) for k, v in table_schema.items() if k != "foreignKeys"}
    for field in twin["fields"]:
        if field["type"] == "list":
            field.pop("delimiter", None)
            field.pop("itemType", None)
            field["type"] = "any"
            field["description"] += "; in Parquet a list<string> column"
    return twin


def descriptor(metadata: dict, corpus: Sequence[CorpusDocument], references: Sequence[ReferenceValue],
               folder: Path) -> dict:
    """The Data Package 2.0 descriptor of the files written under ``folder``."""
    sources = [{"title": f"{d.symbol or d.document}: {d.title}".rstrip(": "), "path": d.url} if d.url else
               {"title": d.symbol or d.document} for d in corpus]
    editions: dict[str, dict[str, str]] = {}
    for ref in sorted(references, key=lambda r: (r.title, r.edition)):
        editions.setdefault(ref.edition, {"title": f"{ref.publisher}, {ref.title}", "path": ref.url})
    sources.extend(editions.values())
    resources_: list[dict] = []
    for parquet in (False, True):
        resources_.extend(_resource(name, folder, schema(name), parquet=parquet) for name in RESOURCES)
    name = metadata["name"]
    result = {
        "$schema": PROFILE,
        "name": name,
        "id": metadata.get("id") or f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'statclaims/' + name)}",
        "title": metadata["title"],
        "description": metadata["description"],
        "version": metadata["version"],
        "created": metadata["created"],
    }
    for key in ("homepage", "keywords", "licenses", "contributors"):
        if key in metadata:
            result[key] = metadata[key]
    result["sources"] = sources
    result["resources"] = resources_
    return result


def read_metadata(path: Path) -> dict:
    """The release's fixed facts (name, version, created, licences, contributors), from a JSON file."""
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no release metadata (name, title, description, version, created)", path=str(path)) from None
    except json.JSONDecodeError as exc:
        raise ParseError(f"not JSON: {exc.msg}", path=str(path), where=f"{exc.lineno}:{exc.colno}") from exc
    for key in ("name", "title", "description", "version", "created"):
        if not isinstance(metadata.get(key), str) or not metadata[key]:
            raise ParseError(f"'{key}' is missing or not a string", path=str(path))
    try:
        datetime.datetime.fromisoformat(metadata["created"].replace("Z", "+00:00"))
    except ValueError:
        raise ParseError(f"'created' is not an RFC 3339 date-time: {metadata['created']!r}", path=str(path)) from None
    return metadata


# ---------------------------------------------------------------- writing and validating

class PackageWriter:
    """The package's files, written resource by resource as rows arrive; the descriptor last, once all are closed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        (folder / DATA).mkdir(parents=True, exist_ok=True)
        self.sinks = {name: ResourceSink(name, folder) for name in RESOURCES}

    def add(self, rows: dict[str, list[Row]]) -> None:
        for name, part in rows.items():
            self.sinks[name].write(part)

    def finish(self, metadata: dict, corpus: Sequence[CorpusDocument], references: Sequence[ReferenceValue]) -> list[str]:
        """Close every resource and write the descriptor; the relative paths of the files, descriptor last."""
        files = []
        for name, sink in self.sinks.items():
            sink.close()
            files += [f"{DATA}/{name}.csv", f"{DATA}/{name}.parquet"]
        document = descriptor(metadata, corpus, references, self.folder)
        (self.folder / DESCRIPTOR).write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
        return files + [DESCRIPTOR]


def write(tables: Tables, metadata: dict, corpus: Sequence[CorpusDocument], references: Sequence[ReferenceValue],
          folder: Path) -> list[str]:
    """Write a package whose rows are all at hand."""
    writer = PackageWriter(folder)
    writer.add({name: tables[name] for name in RESOURCES})
    return writer.finish(metadata, corpus, references)


def _resource_report(work: tuple[str, dict, str]) -> dict:
    """Frictionless's report on one resource, foreign keys checked against the rest of the package."""
    from frictionless import Package

    folder, document, name = work
    return Package(document, basepath=folder).validate(name=name).to_descriptor()


def _reports(folder: Path, document: dict, jobs: int) -> list:
    """One report per resource, the largest files first when several processes share them."""
    from frictionless import Report

    names = [r["name"] for r in document["resources"]]
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(names) <= 1:
        from frictionless import Package

        return [Package(document, basepath=str(folder)).validate()]
    from .engines import process_map

    sizes = {r["name"]: (folder / r["path"]).stat().st_size if isinstance(r.get("path"), str)
             and (folder / r["path"]).is_file() else 0 for r in document["resources"]}
    largest_first = sorted(names, key=lambda name: -sizes[name])
    reports = dict(zip(largest_first, process_map(_resource_report, [(str(folder), document, n) for n in largest_first],
                                                  jobs=jobs, fresh=True)))
    return [Report.from_descriptor(reports[name]) for name in names]


def validation_errors(folder: Path, jobs: int = 1) -> list[str]:
    """Frictionless's verdict on the canonical (CSV) resources of the package in ``folder``: one line per kind of
    error, with its rows and field. The Parquet twins are held to the same rows by ``twin_errors``: frictionless
    reads Parquet through pandas row by row, about twenty times slower than CSV, which a large corpus cannot afford
    (``frictionless validate datapackage.json`` still checks them all).

    With ``jobs`` above 1 the resources are validated in that many processes, each checking its foreign keys
    against the whole package: frictionless's own parallel mode skips packages with foreign keys."""
    document = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8"))
    document["resources"] = [r for r in document["resources"] if r.get("format") != "parquet"]
    reports = _reports(folder, document, jobs)
    grouped: dict[tuple[str, str, str, str], list[int]] = {}
    for task in (task for report in reports for task in report.tasks):
        for error in task.errors:
            field = getattr(error, "field_name", None) or ""
            note = (error.note or error.message).split(': constraint "enum" is', 1)[0]
            if getattr(error, "cell", None) not in (None, ""):
                note = f"value {str(error.cell)[:60]!r}: {note}"
            key = (task.name, field, error.type, note[:200])
            grouped.setdefault(key, []).append(getattr(error, "row_number", None) or 0)
    lines = []
    for (resource, field, kind, note), rows in grouped.items():
        place = [f"resource {resource}"]
        numbered = [r for r in rows if r]
        if numbered:
            shown = ", ".join(str(r) for r in numbered[:5]) + (f" and {len(numbered) - 5} more" if len(numbered) > 5 else "")
            place.append(f"row{'s' if len(numbered) > 1 else ''} {shown}")
        if field:
            place.append(f"field {field}")
        lines.append(f"{', '.join(place)}: {kind}: {note}")
    for error in (error for report in reports for error in report.errors):
        lines.append(f"{DESCRIPTOR}: {error.type}: {error.note or error.message}")
    return list(dict.fromkeys(lines))


def _csv_as_arrow(path: Path, table_schema: dict) -> pa.Table:
    """A CSV resource read by Arrow with the schema's types; lists stay joined text."""
    import pyarrow.csv as pacsv

    types = {f["name"]: pa.string() if f["type"] == "list" else _ARROW[f["type"]] for f in table_schema["fields"]}
    options = pacsv.ConvertOptions(column_types=types, null_values=[""], strings_can_be_null=True,
                                   quoted_strings_can_be_null=True, true_values=["true"], false_values=["false"])
    return pacsv.read_csv(path, convert_options=options, parse_options=pacsv.ParseOptions(newlines_in_values=True))


def _parquet_as_csv_reads(path: Path, table_schema: dict) -> pa.Table:
    """A Parquet twin as its CSV would read: lists joined, empty text as null."""
    import pyarrow.compute as pc

    table = pq.read_table(path)
    columns = {}
    for field in table_schema["fields"]:
        column = table.column(field["name"])
        if field["type"] == "list":
            column = pc.binary_join(column, field.get("delimiter", ";"))
        if pa.types.is_string(column.type):
            column = pc.if_else(pc.equal(column, ""), pa.scalar(None, pa.string()), column)
        columns[field["name"]] = column
    return pa.table(columns)


def twin_errors(folder: Path) -> list[str]:
    """Each Parquet twin must hold the same values as its CSV resource, column by column."""
    errors = []
    for name in RESOURCES:
        table_schema = schema(name)
        try:
            canonical = _csv_as_arrow(folder / DATA / f"{name}.csv", table_schema)
            twin = _parquet_as_csv_reads(folder / DATA / f"{name}.parquet", table_schema)
        except (OSError, pa.ArrowException) as exc:
            errors.append(f"resource {name}_parquet: cannot be compared with data/{name}.csv: {exc}")
            continue
        if canonical.num_rows != twin.num_rows:
            errors.append(f"resource {name}_parquet: {twin.num_rows} rows, data/{name}.csv has {canonical.num_rows}")
            continue
        for field in table_schema["fields"]:
            left, right = canonical.column(field["name"]), twin.column(field["name"])
            if not left.equals(right.cast(left.type)):
                row = next(i for i, (a, b) in enumerate(zip(left.to_pylist(), right.to_pylist())) if a != b)
                errors.append(f"resource {name}_parquet, row {row + 2}, field {field['name']}: differs from "
                              f"data/{name}.csv")
                break
    return errors


def validate(folder: Path, jobs: int = 1) -> None:
    """Raise ValidationError listing the errors when frictionless rejects the package or a twin differs."""
    errors = validation_errors(folder, jobs) or twin_errors(folder)
    if errors:
        shown = "; ".join(errors[:MAX_REPORTED_ERRORS])
        more = f" (and {len(errors) - MAX_REPORTED_ERRORS} more)" if len(errors) > MAX_REPORTED_ERRORS else ""
        raise ValidationError(f"the package is not valid, nothing was changed: {shown}{more}",
                              path=str(folder / DESCRIPTOR))


# ---------------------------------------------------------------- moving into place

@contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A fresh folder beside the package (same file system, so moves are renames), removed afterwards."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob(STAGING_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)
        folder = out / f"{STAGING_PREFIX}{os.getpid()}"
        folder.mkdir()
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=str(out)) from exc
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while files are swapped; they take effect once the swap is done."""
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def recover(out: Path) -> bool:
    """Undo a swap that was cut off (by kill -9 or a power cut); True when there was one to undo."""
    journal = out / JOURNAL
    if not journal.exists():
        shutil.rmtree(out / BACKUP, ignore_errors=True)
        return False
    backup = out / BACKUP
    for relative in json.loads(journal.read_text(encoding="utf-8"))["files"]:
        saved, current = backup / relative, out / relative
        if saved.exists():
            os.replace(saved, current)
        elif current.exists():
            current.unlink()
    journal.unlink()
    shutil.rmtree(backup, ignore_errors=True)
    return True


def move_into_place(staged: Path, out: Path, files: Sequence[str]) -> None:
    """Replace the package in ``out`` by the staged one, journalled so that an interrupted swap can be undone."""
    backup = out / BACKUP
    try:
        recover(out)
        for relative in files:
            current = out / relative
            if current.exists():
                (backup / relative).parent.mkdir(parents=True, exist_ok=True)
                os.link(current, backup / relative)
        (out / DATA).mkdir(exist_ok=True)
        with _signals_held():
            pending = out / (JOURNAL + ".tmp")
            pending.write_text(json.dumps({"files": list(files)}), encoding="utf-8")
            os.replace(pending, out / JOURNAL)
            for relative in files:
                os.replace(staged / relative, out / relative)
            (out / JOURNAL).unlink()
        shutil.rmtree(backup, ignore_errors=True)
    except OSError as exc:
        recover(out)
        raise OutputError(f"cannot move the package into place: {exc.strerror or exc}", path=str(out)) from exc


def _same_parquet(a: Path, b: Path) -> bool:
    """Parquet files hold the same table: same schema (descriptions included) and same values."""
    try:
        left, right = pq.read_table(a), pq.read_table(b)
    except (OSError, pa.ArrowException):
        return False
    return left.schema.equals(right.schema, check_metadata=False) and left.equals(right) and all(
        x.metadata == y.metadata for x, y in zip(left.schema, right.schema))


def differences(expected: Path, actual: Path, files: Sequence[str]) -> list[str]:
    """The files of ``expected`` that ``actual`` lacks or holds otherwise: bytes for text, content for Parquet,
    whose bytes also name the library versions that wrote them."""
    changed = []
    for relative in files:
        mine, theirs = expected / relative, actual / relative
        if not theirs.exists():
            changed.append(relative)
        elif relative.endswith(".parquet"):
            if not _same_parquet(mine, theirs):
                changed.append(relative)
        elif theirs.read_bytes() != mine.read_bytes():
            changed.append(relative)
    return changed
