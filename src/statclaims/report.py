"""The HTML report: per comparison, the stated figures beside every edition's published values.

One self-contained page (no scripts, no external files): each chart is inline SVG, so the page
can be mailed, archived and opened offline, and it renders the same everywhere.
"""
from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from .checks import Check
from .claims import Claim
from .reference import ReferenceValue, edition_year

STATUS_COLOURS = {"match": "#1a7f37", "superseded": "#9a6700", "mismatch": "#cf222e", "no_reference": "#6e7781"}
EDITION_COLOURS = ("#0969da", "#8250df", "#bf3989", "#1b7c83", "#953800", "#57606a")


@dataclass(frozen=True)
class Panel:
    """Claims one sentence sets against each other, with their checks."""

    title: str
    claims: tuple[Claim, ...]
    checks: tuple[Check, ...]


def panels(claims: Sequence[Claim], checks: Sequence[Check]) -> tuple[Panel, ...]:
    by_id = {c.claim_id: c for c in checks}
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.comparison_id or claim.claim_id, []).append(claim)
    result = []
    for key, members in groups.items():
        title = ", ".join(f"{c.value_text} ({c.population or c.group or 'unspecified'})" for c in members)
        result.append(Panel(title, tuple(members), tuple(by_id[c.claim_id] for c in members if c.claim_id in by_id)))
    return tuple(result)


def _series(claim: Claim, check: Check, references: Sequence[ReferenceValue]) -> list[ReferenceValue]:
    from .checks import _candidates

    return sorted((r for r, _ in _candidates(claim, references)), key=lambda r: (r.year, r.edition))


def _chart(panel: Panel, references: Sequence[ReferenceValue]) -> str:
    """A dot plot: one row per claim; a large dot for the stated figure, small dots for each edition's values."""
    rows = []
    values: list[float] = []
    for claim, check in zip(panel.claims, panel.checks):
        series = _series(claim, check, references)
        from .checks import COMPLEMENTS

        pts = [(r, (100 - r.value) if r.indicator == COMPLEMENTS.get(claim.indicator or "") else r.value) for r in series]
        rows.append((claim, check, pts))
        values.extend([claim.value] + [v for _, v in pts])
    if not values:
        return ""
    percent = all(c.unit == "percent" for c in panel.claims)
    low, high = (0.0, 100.0) if percent else (0.0, max(values) * 1.15 or 1.0)
    width, left, right, row_h = 720, 230, 30, 34
    height = 40 + row_h * len(rows)

    def x(v: float) -> float:
        return left + (v - low) / (high - low) * (width - left - right)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{html.escape(panel.title)}">']
    for tick in range(5):
        v = low + (high - low) * tick / 4
        label = f"{v:.0f}%" if percent else _short(v)
        parts.append(f'<line x1="{x(v):.1f}" y1="20" x2="{x(v):.1f}" y2="{height - 18}" stroke="#d0d7de"/>'
                     f'<text x="{x(v):.1f}" y="{height - 4}" font-size="11" text-anchor="middle" fill="#57606a">{label}</text>')
    editions = sorted({r.edition for _, _, pts in rows for r, _ in pts}, key=lambda e: (edition_year(e) or 0, e))
    colour = {e: EDITION_COLOURS[i % len(EDITION_COLOURS)] for i, e in enumerate(editions)}
    for i, (claim, check, pts) in enumerate(rows):
        y = 36 + i * row_h
        who = html.escape(claim.population or claim.group or "")
        sex = f" ({claim.sex})" if claim.sex else ""
        parts.append(f'<text x="{left - 10}" y="{y + 4}" font-size="12" text-anchor="end">{who}{sex}</text>')
        for ref, value in pts:
            parts.append(f'<circle cx="{x(value):.1f}" cy="{y}" r="4" fill="{colour[ref.edition]}" opacity="0.8">'
                         f'<title>{html.escape(ref.edition)}, {ref.year}: {value:g}</title></circle>')
        parts.append(f'<circle cx="{x(claim.value):.1f}" cy="{y}" r="8" fill="none" stroke="{STATUS_COLOURS[check.status]}" '
                     f'stroke-width="3"><title>stated: {html.escape(claim.value_text)}</title></circle>')
    parts.append("</svg>")
    legend = " ".join(f'<span class="key"><span class="dot" style="background:{colour[e]}"></span>{html.escape(e)}</span>'
                      for e in editions)
    return "".join(parts) + (f'<div class="legend">{legend} <span class="key"><span class="ring"></span>stated figure</span></div>'
                             if editions else "")


def _short(value: float) -> str:
    """4e12 -> '4 tn': axis labels a reader can take in at a glance."""
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g} {word}"
    return f"{value:.3g}"


def _quote(claim: Claim) -> str:
    sentence = html.escape(claim.sentence)
    text = html.escape(claim.value_text.replace("\n", " "))
    return sentence.replace(text, f"<mark>{text}</mark>", 1)


def _card(panel: Panel, references: Sequence[ReferenceValue]) -> str:
    items = []
    urls = {r.reference_id: r.url for r in references}
    for claim, check in zip(panel.claims, panel.checks):
        link = urls.get(check.cited_reference_id or "") or urls.get(check.newest_reference_id or "")
        source = html.escape(claim.source_title or "no source cited")
        cited = (f"{check.cited_edition}: {check.cited_value:g}" if check.cited_value is not None else
                 f"{check.cited_edition}: no value in the reference data" if check.cited_edition else "—")
        newest = f"{check.newest_edition}: {check.newest_value:g}" if check.newest_value is not None else "—"
        inferred = f"<br>matches: {html.escape(check.inferred_source)}" if check.inferred_source else ""
        items.append(
            f'<li><span class="status" style="background:{STATUS_COLOURS[check.status]}">{check.status}</span> '
            f'<b>{html.escape(claim.value_text)}</b> <span class="where">{html.escape(claim.claim_id)}, {html.escape(claim.paragraph)}</span>'
            f'<blockquote>{_quote(claim)}</blockquote>'
            f'<div class="facts">source: {source}{f" (footnote {html.escape(claim.footnote)})" if claim.footnote else ""}'
            f'<br>cited edition: {html.escape(cited)} · newest edition: {html.escape(newest)}{inferred}'
            f'{f"<br><a href={chr(34)}{html.escape(link)}{chr(34)}>reference</a>" if link else ""}</div></li>')
    return (f'<section><h2>{html.escape(panel.title)}</h2>{_chart(panel, references)}'
            f'<ul>{"".join(items)}</ul></section>')


STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:60rem;color:#1f2328;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.05rem;margin:0 0 .5rem}section{border:1px solid #d0d7de;border-radius:8px;padding:1rem;margin:1rem 0}
ul{list-style:none;padding:0}li{margin:.8rem 0}blockquote{margin:.3rem 0;padding-left:.8rem;border-left:3px solid #d0d7de;color:#424a53;font-size:.9rem}
mark{background:#fff8c5}.status{color:#fff;border-radius:1rem;padding:.05rem .55rem;font-size:.8rem}
.where,.facts{color:#57606a;font-size:.85rem}.legend{font-size:.8rem;color:#57606a;margin:.3rem 0}
.key{margin-right:1rem;white-space:nowrap}.dot{display:inline-block;width:.6rem;height:.6rem;border-radius:50%;margin-right:.3rem}
.ring{display:inline-block;width:.6rem;height:.6rem;border-radius:50%;border:2px solid #1f2328;margin-right:.3rem}
table{border-collapse:collapse;font-size:.9rem}td,th{padding:.2rem .6rem;border-bottom:1px solid #d0d7de;text-align:left}
"""


def render(claims: Sequence[Claim], checks: Sequence[Check], references: Sequence[ReferenceValue],
           title: str = "statclaims: figures checked against their sources") -> str:
    """The whole page."""
    counts = {s: sum(c.status == s for c in checks) for s in STATUS_COLOURS}
    summary = "".join(f"<tr><td>{s}</td><td>{n}</td></tr>" for s, n in counts.items())
    documents = ", ".join(sorted({c.document for c in claims})) or "none"
    cards = "".join(_card(p, references) for p in panels(claims, checks))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>'
            f'<p>{len(claims)} claims from {html.escape(documents)}, checked against {len(references)} published values.</p>'
            f'<table><tr><th>status</th><th>claims</th></tr>{summary}</table>{cards}</body></html>\n')
