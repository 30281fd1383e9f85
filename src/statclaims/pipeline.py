"""The stages run in order for one document: read, claims, citations."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import claims as claims_stage
from .claims import Claim
from .document import Document, read


def extract_document(doc: Document) -> tuple[Claim, ...]:
    """Claims of a read document, each carrying the footnote that cites it and the source it names."""
    found = claims_stage.extract_document(doc)
    try:
        from . import citations
    except ImportError:  # pragma: no cover - the citations stage is optional during development
        return found
    sources, links = citations.cite(doc.id, doc.footnote_texts())
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
    return extract_document(read(path, document=document))
