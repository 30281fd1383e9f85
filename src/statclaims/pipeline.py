"""The stages run in order for one document: read, claims, citations."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from . import citations
from . import claims as claims_stage
from .citations import Citation, Source
from .claims import Claim
from .document import Document, read


@dataclass(frozen=True)
class DocumentResult:
    """Everything a build needs from one document; small and picklable, so documents can run in other processes."""

    document: str
    claims: tuple[Claim, ...]
    sources: tuple[Source, ...]
    citations: tuple[Citation, ...]
    footnotes: int


def process(path: str | Path, document: str | None = None) -> DocumentResult:
    """Read one file and run every stage on it."""
    doc = read(path, document=document)
    found = claims_stage.extract_document(doc)
    sources, links = citations.cite(doc.id, doc.footnote_texts())
    return DocumentResult(doc.id, link_sources(found, sources, links), tuple(sources), tuple(links), len(doc.footnotes))


def extract_document(doc: Document) -> tuple[Claim, ...]:
    """Claims of a read document, each carrying the source its footnote cites."""
    found = claims_stage.extract_document(doc)
    sources, links = citations.cite(doc.id, doc.footnote_texts())
    return link_sources(found, sources, links)


def link_sources(found: Iterable[Claim], sources: Iterable[Source], links: Iterable[Citation]) -> tuple[Claim, ...]:
    """Claims with the source_id and title of the first work their footnote cites."""
    by_marker: dict[str, list[str]] = {}
    for link in links:
        by_marker.setdefault(link.footnote, []).append(link.source_id)
    titles = {s.source_id: s.title for s in sources}
    result = []
    for claim in found:
        ids = by_marker.get(claim.footnote or "", [])
        if ids:
            claim = replace(claim, source_id=ids[0], source_title=titles.get(ids[0]))
        result.append(claim)
    return tuple(result)


def extract_path(path: str | Path, document: str | None = None) -> tuple[Claim, ...]:
    """Claims of the document in a file."""
    return extract_document(read(path, document=document))


def sources_of(paths: Iterable[str | Path]) -> tuple[tuple[Source, ...], tuple[Citation, ...]]:
    """The works the footnotes of several documents cite (one record per work) and the citation rows."""
    groups, rows = [], []
    for path in paths:
        doc = read(path)
        found, links = citations.cite(doc.id, doc.footnote_texts())
        groups.append(found)
        rows.extend(links)
    return citations.merge_sources(*groups), tuple(rows)
