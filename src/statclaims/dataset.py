"""The dataset's tables: the records of every stage laid out as the rows of the package's resources.

Pure functions from records to rows (dicts keyed by the schema's field names), in a fixed order,
so that the same inputs always give the same rows.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

from .checks import Check
from .citations import Citation, Source, merge_sources
from .corpus import CorpusDocument
from .pipeline import DocumentResult
from .reference import ReferenceValue

Row = dict[str, object]
AREAS = ("urban", "rural")
# The resources in the order the descriptor lists them: referenced tables before the tables that refer to them.
RESOURCES = ("documents", "sources", "claims", "citations", "indicators", "reference_series", "checks")


@dataclass(frozen=True)
class Tables:
    """Rows per resource name."""

    rows: dict[str, list[Row]]

    def __getitem__(self, name: str) -> list[Row]:
        return self.rows[name]


def tables(corpus: Sequence[CorpusDocument], results: Sequence[DocumentResult],
           references: Sequence[ReferenceValue], checks: Sequence[Check]) -> Tables:
    """All resources of the package from the corpus, each document's result, the references and the checks."""
    by_claim: dict[str, Check] = {c.claim_id: c for c in checks}
    by_id = {r.document: r for r in results}
    rows: dict[str, list[Row]] = {name: [] for name in RESOURCES}
    for document in corpus:
        result = by_id[document.document]
        for name, part in document_tables(document, result, [by_claim[c.claim_id] for c in result.claims]).items():
            rows[name].extend(part)
    rows.update(shared_tables(merge_sources(*(r.sources for r in results)), references))
    return Tables(rows)


def document_tables(document: CorpusDocument, result: DocumentResult, checks: Sequence[Check]) -> dict[str, list[Row]]:
    """The rows one document adds: a build streams these, so memory does not grow with the corpus."""
    return {
        "documents": [document_row(document, result)],
        "claims": [c.as_record() for c in result.claims],
        "citations": citation_rows(result.citations),
        "indicators": [indicator_row(c) for c in result.claims if c.indicator],
        "checks": [_fields(c) for c in checks],
    }


def shared_tables(sources: Iterable[Source], references: Sequence[ReferenceValue]) -> dict[str, list[Row]]:
    """The rows that belong to the whole corpus: cited works (merged across documents) and the reference series."""
    return {
        "sources": [source_row(s) for s in sorted(sources, key=lambda s: s.source_id)],
        "reference_series": [r.as_record() for r in sorted(references, key=lambda r: r.reference_id)],
    }


def _fields(record: object) -> Row:
    """A flat dataclass as a dict; dataclasses.asdict deep-copies every value, ten times slower on every row."""
    return {f.name: getattr(record, f.name) for f in fields(record)}  # type: ignore[arg-type]


def document_row(document: CorpusDocument, result: DocumentResult) -> Row:
    row: Row = _fields(document)
    row.update(date=document.date or None, footnotes=result.footnotes, claims=len(result.claims))
    return {k: (v if v != "" else None) for k, v in row.items()}


def source_row(source: Source) -> Row:
    acronyms = [a or "" for a in source.publisher_acronyms]
    return {
        "source_id": source.source_id, "kind": source.kind, "publishers": list(source.publishers),
        "publisher_acronyms": acronyms if any(acronyms) else [], "title": source.title,
        "year": source.year, "edition": source.edition, "place": source.place, "symbols": list(source.symbols),
        "url": source.url, "series": source.series, "raw": source.raw,
    }


def citation_rows(links: Iterable[Citation]) -> list[Row]:
    """One row per work a footnote cites, numbered in the footnote's order."""
    rows, position = [], {}
    for link in links:
        key = (link.document, link.footnote)
        position[key] = position.get(key, 0) + 1
        rows.append({"document": link.document, "footnote": link.footnote, "position": position[key],
                     "source_id": link.source_id, "locator": link.locator})
    return rows


def indicator_row(claim) -> Row:
    """A claim as a tidy observation: an urban or rural 'group' is an area of an unnamed population."""
    area = claim.group if claim.group in AREAS else None
    return {
        "claim_id": claim.claim_id, "document": claim.document, "indicator": claim.indicator,
        "group": None if area else claim.group, "sex": claim.sex, "area": area, "year": claim.year,
        "value": claim.value, "value_high": claim.value_high, "unit": claim.unit, "source_id": claim.source_id,
    }
