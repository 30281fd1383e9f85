"""The corpus: the documents a build reads, described by ``manifest.csv`` beside them.

The manifest pins each file by its SHA-256, so a release says exactly which bytes its
claims come from, and a file changed by hand is caught before anything is extracted.
"""
from __future__ import annotations

import csv
import datetime
import hashlib
import io
import re
from dataclasses import dataclass, fields
from pathlib import Path

from .errors import InputError, ParseError

MANIFEST = "manifest.csv"
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DOCUMENT_ID = re.compile(r"[a-z0-9][a-z0-9_.-]*")


@dataclass(frozen=True)
class CorpusDocument:
    """One row of the manifest: what the document is and which file holds it."""

    document: str
    symbol: str
    title: str
    date: str
    language: str
    body: str
    url: str
    file: str
    sha256: str


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(CorpusDocument))


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file, read in blocks so that size does not matter."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(directory: str | Path, *, verify: bool = True) -> tuple[CorpusDocument, ...]:
    """The manifest's rows, checked: columns, ids, dates, languages, files present and unchanged."""
    folder = Path(directory)
    path = folder / MANIFEST
    if not folder.is_dir():
        raise InputError("no such corpus folder", path=str(folder))
    if not path.is_file():
        raise InputError(f"no {MANIFEST}: list the documents (columns {','.join(COLUMNS)})", path=str(path))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 at byte {exc.start}", path=str(path)) from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise ParseError(f"line 1: missing column(s) {', '.join(missing)}", path=str(path))
    rows, seen = [], set()
    for row in reader:
        line = reader.line_num
        document = _row(row, path, line)
        if document.document in seen:
            raise ParseError(f"line {line}: document {document.document!r} listed twice", path=str(path))
        seen.add(document.document)
        if verify:
            _verify_file(folder, document, path, line)
        rows.append(document)
    if not rows:
        raise InputError("lists no documents", path=str(path))
    return tuple(rows)


def _row(row: dict[str, str | None], path: Path, line: int) -> CorpusDocument:
    """One manifest row as a record, or an error naming its line and column."""
    if None in row or any(row.get(c) is None for c in COLUMNS):
        raise ParseError(f"line {line}: expected {len(COLUMNS)} fields", path=str(path))
    values = {c: (row[c] or "").strip() for c in COLUMNS}
    for column in ("document", "file", "sha256"):
        if not values[column]:
            raise ParseError(f"line {line}, column {column}: empty", path=str(path))
    if not _DOCUMENT_ID.fullmatch(values["document"]):
        raise ParseError(f"line {line}, column document: {values['document']!r} is not a lower-case id "
                         "(letters, digits, _ . -)", path=str(path))
    if not _SHA256.fullmatch(values["sha256"]):
        raise ParseError(f"line {line}, column sha256: not 64 lower-case hex digits", path=str(path))
    if values["language"] and values["language"] not in LANGUAGES:
        raise ParseError(f"line {line}, column language: {values['language']!r} is not one of "
                         f"{', '.join(LANGUAGES)}", path=str(path))
    if values["date"]:
        try:
            datetime.date.fromisoformat(values["date"])
        except ValueError:
            raise ParseError(f"line {line}, column date: {values['date']!r} is not a date (YYYY-MM-DD)",
                             path=str(path)) from None
    if Path(values["file"]).name != values["file"]:
        raise ParseError(f"line {line}, column file: a file name in the corpus folder, not a path", path=str(path))
    return CorpusDocument(**values)


def _verify_file(folder: Path, document: CorpusDocument, path: Path, line: int) -> None:
    target = folder / document.file
    if not target.is_file():
        raise InputError(f"line {line}: file {document.file} is not in the corpus folder", path=str(path))
    actual = sha256_of(target)
    if actual != document.sha256:
        raise InputError(f"line {line}: {document.file} has sha256 {actual[:12]}…, the manifest says "
                         f"{document.sha256[:12]}… (update the manifest if the change is intended)", path=str(path))


def manifest_row(path: Path, **known: str) -> CorpusDocument:
    """A manifest row for a file, from what is known of it; the id is the file's stem, lower-cased."""
    values = {c: "" for c in COLUMNS}
    values.update(document=path.stem.lower(), file=path.name, sha256=sha256_of(path), language="en")
    values.update(known)
    return CorpusDocument(**values)


def write_manifest(directory: str | Path, rows: list[CorpusDocument] | tuple[CorpusDocument, ...]) -> Path:
    """Write manifest.csv, rows sorted by document id, with Unix line ends."""
    path = Path(directory) / MANIFEST
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in sorted(rows, key=lambda r: r.document):
            writer.writerow([getattr(row, c) for c in COLUMNS])
    return path
