"""Document, Paragraph, Footnote: what every reader returns, whatever the file format.

A paragraph carries its running text cleaned for reading (Markdown and
footnote markers taken out, line breaks and page breaks folded into single
spaces) together with the offset of every character in the source text, so
that anything found in the clean text points back at the file.

Size limits. Reading a document takes memory in proportion to its text: about 50 bytes per
byte of text (measured: 1 MiB of UN text peaks at about 95 MB resident for the whole
``statclaims extract``, 16 MiB at about 800 MB; the interpreter and libraries take about 50 MB
of that). So ``read`` refuses, before reading more than a few bytes of it, a text file larger
than ``STATCLAIMS_MAX_TEXT_MB`` (default 8 MiB: at most about 450 MB of memory), and a PDF or
Word file larger than ``STATCLAIMS_MAX_FILE_MB`` (default 100 MiB; such files are read into
memory whole). The text a PDF or Word file yields is held to the text limit too. A stream
(a pipe, /dev/stdin) is read only up to the limit, so it cannot exhaust memory either.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .errors import InputError, ParseError

MAX_TEXT_ENV = "STATCLAIMS_MAX_TEXT_MB"
MAX_FILE_ENV = "STATCLAIMS_MAX_FILE_MB"
DEFAULT_MAX_TEXT_MB = 8
DEFAULT_MAX_FILE_MB = 100
_MIB = 1024 * 1024
_CONTAINER_SIGNATURES = (b"%PDF", b"PK\x03\x04")  # as readers.reader_for tells a PDF or a DOCX


@dataclass(frozen=True)
class Marker:
    """A footnote marker in running text: its label and where it stood in the clean text."""

    label: str
    position: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: label (pp3, op26, op70(a), p12), clean text and its map to the source."""

    label: str
    text: str
    offsets: tuple[int, ...]  # offsets[i] is the source offset of text[i]; one more for the end
    markers: tuple[Marker, ...] = ()

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span [start, end) of the clean span [start, end)."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Footnote:
    """A footnote: its marker and its text as written (Markdown kept, for the citation parser)."""

    marker: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A read document: its id, its source text, its paragraphs and its footnotes."""

    id: str
    path: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    footnotes: tuple[Footnote, ...] = ()
    heading: str = ""
    metadata: dict[str, str] = field(default_factory=dict, compare=False)

    def footnote_texts(self) -> dict[str, str]:
        """Marker -> footnote text, in marker order."""
        return {f.marker: f.text for f in self.footnotes}


def document_id(path: str | Path) -> str:
    """The default document id: the file's stem, lower-cased."""
    return Path(path).stem.lower()


def read(path: str | Path, document: str | None = None) -> Document:
    """Read any supported file into a Document, choosing the reader by the file's content."""
    from .readers import reader_for

    source = Path(path)
    if not source.exists():
        raise InputError("no such file", path=str(path))
    if source.is_dir():
        raise InputError("is a directory, not a document", path=str(path))
    try:
        with source.open("rb") as handle:
            data = read_bounded(handle, str(path))
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc
    if not data:
        raise InputError("empty file", path=str(path))
    reader = reader_for(source, data)
    return reader(data, path=str(path), document=document or document_id(path))


def _limit_mib(variable: str, default: int) -> float:
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        raise ParseError(f"not a size in MiB: {raw!r}; give a positive number such as {default}", path=variable)
    return value


def max_text_bytes() -> int:
    """The most text, in bytes of UTF-8, that one document may hold (``STATCLAIMS_MAX_TEXT_MB``)."""
    return int(_limit_mib(MAX_TEXT_ENV, DEFAULT_MAX_TEXT_MB) * _MIB)


def max_file_bytes() -> int:
    """The largest PDF or Word file read (``STATCLAIMS_MAX_FILE_MB``)."""
    return int(_limit_mib(MAX_FILE_ENV, DEFAULT_MAX_FILE_MB) * _MIB)


def _mib(size: int) -> str:
    return f"{size / _MIB:.3g} MiB"


def _too_large(size: int | None, limit: int, what: str, variable: str, path: str) -> InputError:
    if size is None:  # a stream: read up to the limit, and no further
        return InputError(f"too large to read: more than {_mib(limit)} of {what}, the limit that keeps memory "
                          f"bounded (set {variable} to raise it); reading stopped there", path=path)
    return InputError(f"too large to read: {_mib(size)} of {what}, over the {_mib(limit)} limit that keeps memory "
                      f"bounded (set {variable} to raise it); nothing was read", path=path)


def read_bounded(handle: BinaryIO, path: str) -> bytes:
    """The file's bytes, refused before they are read when there are more than the limit allows."""
    head = handle.read(8)
    container = head.startswith(_CONTAINER_SIGNATURES)
    limit, what, variable = ((max_file_bytes(), "PDF or Word file", MAX_FILE_ENV) if container
                             else (max_text_bytes(), "text", MAX_TEXT_ENV))
    info = os.fstat(handle.fileno())
    if stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise _too_large(info.st_size, limit, what, variable, path)
    data = head + handle.read(max(0, limit + 1 - len(head)))
    if len(data) > limit:  # a pipe or a device, or a file that grew while it was read
        raise _too_large(None, limit, what, variable, path)
    return data


def check_text_size(text: str, path: str) -> str:
    """The text a PDF or Word file yielded, if it is within the text limit; else an InputError."""
    limit = max_text_bytes()
    if len(text) > limit // 4:  # a character is at most four bytes: shorter texts need no encoding
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > limit:
            raise InputError(f"too large to read: its text is {_mib(size)}, over the {_mib(limit)} limit that keeps "
                             f"memory bounded (set {MAX_TEXT_ENV} to raise it)", path=path)
    return text
