#!/usr/bin/env python3
"""How many gold claims survive reading the PDF itself instead of its text layer (issue 6).

    python scripts/pdf_recall.py --gold /work/shared/gold --pdfs data/corpus [--passages DIR] [--json]

The gold passages (<pdf stem>_p<N>.txt, cut from the PDFs' pypdf text layer) are scored two ways:

- text: each passage read as text, its claims matched to the gold as score_claims.py does
  (the prediction's span overlaps the gold number's span, same value and unit class);
- pdf: each whole PDF read with statclaims.readers.pdf, and each gold quote found again in the
  extracted text by searching it with white space removed and superscript markers read as
  digits, inside the stretch of the PDF text the passage covers; then matched the same way.

Junk is a prediction on a negative (gold/negatives.jsonl), found the same way. Reads only the
paths given on the command line (--passages defaults to GOLD/../corpus).
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from statclaims.claims import extract_document
from statclaims.document import Document
from statclaims.readers import pdf as pdf_reader
from statclaims.readers import text as text_reader

DIMENSIONLESS = {"percent": 0.01, "percentage_point": 0.01, "percentage point": 0.01,
                 "ratio": 1.0, "fraction": 1.0, "share": 1.0, "times": 1.0, "multiplier": 1.0}
COUNTS = {"people", "persons", "person", "count"}
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def canonical(value: float | None, unit: str | None) -> tuple[str, float | None]:
    """(class, value) as score_claims.py compares them: 33.3 percent equals a 0.333 ratio."""
    unit = (unit or "other").strip()
    low = unit.lower()
    if low in DIMENSIONLESS:
        return "dimensionless", None if value is None else float(value) * DIMENSIONLESS[low]
    if low in COUNTS:
        cls = "count"
    elif low in ("usd", "us$", "currency") or (len(unit) == 3 and unit.isalpha() and unit.isupper()):
        cls = "money"
    else:
        cls = "other"
    return cls, None if value is None else float(value)


def same_value(a: tuple[str, float | None], b: tuple[str, float | None]) -> bool:
    return a[0] == b[0] and a[1] is not None and b[1] is not None and math.isclose(a[1], b[1], rel_tol=1e-3, abs_tol=1e-9)


@dataclass(frozen=True)
class Normalised:
    """A text with white space removed, markers read as digits, and the map back to the text."""

    text: str
    index: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "Normalised":
        chars: list[str] = []
        index: list[int] = []
        for i, ch in enumerate(text):
            if ch.isspace() or ch in "\u00ad\u00b6[]^":
                continue
            for part in unicodedata.normalize("NFKC", ch.translate(SUPERSCRIPTS)):
                chars.append(part)
                index.append(i)
        return cls("".join(chars), tuple(index))

    def spans(self, quote: str, number: str | None, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """Source spans of the number (or the whole quote) at every occurrence of quote in [lo, hi)."""
        q = Normalised.of(quote).text
        n = Normalised.of(number).text if number else ""
        offset = q.find(n) if n and n in q else 0
        length = len(n) if n and n in q else len(q)
        found = []
        i = self.text.find(q, lo)
        while i >= 0 and (hi is None or i < hi):
            a, b = i + offset, i + offset + length - 1
            found.append((self.index[a], self.index[b] + 1))
            i = self.text.find(q, i + 1)
        return found


def load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(doc: Document, gold: list[dict], optional: list[dict], negatives: list[dict],
          region: tuple[int, int] | None) -> dict:
    """Recall and junk of the claims of doc against gold located in doc.text (inside region)."""
    norm = Normalised.of(doc.text)
    lo, hi = (0, None) if region is None else region
    predictions = [c for c in extract_document(doc) if region is None or region_of(norm, c.start, lo, hi)]
    gold_spans = [norm.spans(g["quote"], g.get("number_text"), lo, hi) for g in gold]
    opt_spans = [norm.spans(o["quote"], o.get("number_text"), lo, hi) for o in optional]
    neg_spans = [norm.spans(n["quote"], None, lo, hi) for n in negatives]
    matched: set[int] = set()
    junk, unmatched, attributes = [], [], {"footnote": [0, 0]}
    for claim in predictions:
        span = (claim.start, claim.end)
        value = canonical(claim.value, claim.unit)
        hit = next((gi for gi, g in enumerate(gold) if gi not in matched
                    and any(overlaps(span, s) for s in gold_spans[gi])
                    and same_value(value, canonical(g.get("value"), g.get("unit")))), None)
        if hit is not None:
            matched.add(hit)
            want = str(gold[hit]["footnote"]) if gold[hit].get("footnote") else None
            attributes["footnote"][0] += want == (claim.footnote or None)
            attributes["footnote"][1] += 1
            continue
        if any(overlaps(span, s) for ss in opt_spans for s in ss):
            continue
        unmatched.append(claim.value_text)
        for n, ss in zip(negatives, neg_spans):
            if any(overlaps(span, s) for s in ss):
                junk.append(f"{claim.value_text!r} ({n['why']})")
                break
    return {
        "gold": len(gold), "found": len(matched), "predicted": len(predictions), "junk": len(junk),
        "not_located": [g["quote"] for g, ss in zip(gold, gold_spans) if not ss],
        "missed": [g["quote"] for gi, g in enumerate(gold) if gi not in matched and gold_spans[gi]],
        "junk_examples": junk, "unmatched": unmatched,
        "footnote_right": attributes["footnote"][0],
    }


def region_of(norm: Normalised, start: int, lo: int, hi: int | None) -> bool:
    """Whether a source offset lies in the normalised region [lo, hi)."""
    a = norm.index[lo] if lo < len(norm.index) else len(norm.text)
    b = norm.index[hi - 1] + 1 if hi is not None and hi > 0 else math.inf
    return a <= start < b


def stem_of(doc_id: str) -> str:
    """The PDF a passage was cut from: a_80_81_p26 -> a_80_81."""
    return re.sub(r"_p\d+$", "", doc_id)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def passage_region(norm: Normalised, passage: str) -> tuple[int, int] | None:
    """The stretch of the normalised PDF text that a passage covers: from its first words to its last."""
    p = Normalised.of(passage).text
    for width in (80, 40, 20):
        start = norm.text.find(p[:width])
        if start >= 0:
            break
    else:
        return None
    for width in (80, 40, 20):
        end = norm.text.find(p[-width:], start)
        if end >= 0:
            return start, end + width
    return None


def measure(gold_dir: Path, passages: Path, read_pdf: Callable[[str], Document | None]) -> dict:
    """Both scores for every gold passage whose PDF read_pdf(stem) returns (None: no such PDF)."""
    gold, optional, negatives = (load(gold_dir / f"{name}.jsonl") for name in ("claims", "optional", "negatives"))
    rows = []
    for doc_id in sorted({g["doc"] for g in gold if re.search(r"_p\d+$", g["doc"])}):
        pdf_doc = read_pdf(stem_of(doc_id))
        if pdf_doc is None:
            continue
        passage = (passages / f"{doc_id}.txt").read_text(encoding="utf-8")
        subset = [[r for r in rows_ if r["doc"] == doc_id] for rows_ in (gold, optional, negatives)]
        text_doc = text_reader.parse(passage, path=str(passages / f"{doc_id}.txt"), document=doc_id)
        region = passage_region(Normalised.of(pdf_doc.text), passage)
        rows.append({"doc": doc_id, "region_found": region is not None,
                     "text": score(text_doc, *subset, region=None),
                     "pdf": score(pdf_doc, *subset, region=region)})
    totals = {side: {k: sum(r[side][k] for r in rows) for k in ("gold", "found", "junk", "predicted")}
              for side in ("text", "pdf")}
    for side in totals.values():
        side["recall"] = round(side["found"] / side["gold"], 4) if side["gold"] else 0.0
    return {"passages": rows, "totals": totals}


def pdf_reader_for(folder: Path) -> Callable[[str], Document | None]:
    """stem -> the Document of folder/stem.pdf (read once), or None when there is no such PDF."""
    cache: dict[str, Document | None] = {}

    def read(stem: str) -> Document | None:
        if stem not in cache:
            path = folder / f"{stem}.pdf"
            cache[stem] = pdf_reader.read(path.read_bytes(), path=str(path), document=stem) if path.exists() else None
        return cache[stem]

    return read


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", required=True, type=Path, help="folder with claims.jsonl (and negatives.jsonl)")
    parser.add_argument("--pdfs", required=True, type=Path, help="folder with the PDFs, named <stem>.pdf")
    parser.add_argument("--passages", type=Path, help="folder with the passages <doc>.txt (default: GOLD/../corpus)")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    args = parser.parse_args()
    result = measure(args.gold, args.passages or args.gold.parent / "corpus", pdf_reader_for(args.pdfs))
    rows, totals = result["passages"], result["totals"]
    if not rows:
        print("no passage has its PDF in", args.pdfs, file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(f"{'passage':34} {'gold':>4}  {'text found/junk':>15}  {'pdf found/junk':>14}")
    for r in rows:
        t, p = r["text"], r["pdf"]
        note = "" if r["region_found"] else "  (passage not located: whole PDF)"
        print(f"{r['doc']:34} {t['gold']:4}  {t['found']:9}/{t['junk']:<5}  {p['found']:8}/{p['junk']:<5}{note}")
        for side in ("text", "pdf"):
            for q in r[side]["missed"]:
                print(f"    {side} missed: {q!r}")
            for q in r[side]["not_located"]:
                print(f"    {side} quote not located: {q!r}")
            for q in r[side]["junk_examples"]:
                print(f"    {side} junk: {q}")
    for side, t in totals.items():
        print(f"{side:4}: recall {t['recall']:.3f} ({t['found']}/{t['gold']}), junk {t['junk']}, "
              f"predicted in the passages {t['predicted']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
