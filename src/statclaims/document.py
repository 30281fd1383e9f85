"""Document, Paragraph, Footnote: what every reader returns, whatever the file format.

A paragraph carries its running text cleaned for reading (Markdown and
footnote markers taken out, line breaks and page breaks folded into single
spaces) together with the offset of every character in the source text, so
that anything found in the clean text points back at the file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError


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
        data = source.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc
    if not data:
        raise InputError("empty file", path=str(path))
    reader = reader_for(source, data)
    return reader(data, path=str(path), document=document or document_id(path))
