"""Score extracted claims against a gold set (claims, optional and negative numbers).

The same rules as the gold format's own scorer: a prediction matches a gold claim when its
span overlaps the gold number's span and the values agree (percent compared as a fraction).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

DIMENSIONLESS = {"percent": 0.01, "percentage_point": 0.01, "ratio": 1.0}
COUNTS = {"people", "count"}


def canonical(value: float | None, unit: str | None) -> tuple[str, float | None]:
    unit = unit or "other"
    if unit in DIMENSIONLESS:
        return "dimensionless", None if value is None else value * DIMENSIONLESS[unit]
    if unit in COUNTS:
        return "count", value
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return "money", value
    return "other", value


def load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def spans(text: str, quote: str, number_text: str | None = None) -> list[tuple[int, int]]:
    out, i = [], text.find(quote)
    while i >= 0:
        if number_text and number_text in quote:
            j = i + quote.index(number_text)
            out.append((j, j + len(number_text)))
        else:
            out.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return out


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Score:
    gold: int
    predicted: int
    true_positives: int
    junk: list[str]
    false_positives: list[str]
    missed: list[str]

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(predictions: list[dict], gold_dir: Path, corpus: Path) -> Score:
    gold = load(gold_dir / "claims.jsonl")
    optional = load(gold_dir / "optional.jsonl")
    negatives = load(gold_dir / "negatives.jsonl")
    texts = {r["doc"]: (corpus / f"{r['doc']}.txt").read_text(encoding="utf-8") for r in gold + optional + negatives}
    gold_spans = [spans(texts[g["doc"]], g["quote"], g.get("number_text")) for g in gold]
    matched: set[int] = set()
    tp, counted, fps, junk = 0, 0, [], []
    for p in predictions:
        doc = p["document"]
        if doc not in texts:
            continue
        span = (p["start"], p["end"])
        pcls, pval = canonical(p["value"], p["unit"])
        hit = None
        for i, g in enumerate(gold):
            if g["doc"] != doc or i in matched:
                continue
            gcls, gval = canonical(g["value"], g["unit"])
            if pcls == gcls and gval is not None and pval is not None and \
                    math.isclose(pval, gval, rel_tol=1e-3, abs_tol=1e-9) and any(overlaps(span, s) for s in gold_spans[i]):
                hit = i
                break
        if hit is not None:
            matched.add(hit)
            tp += 1
            counted += 1
            continue
        if any(o["doc"] == doc and any(overlaps(span, s) for s in spans(texts[doc], o["quote"], o.get("number_text")))
               for o in optional):
            continue
        counted += 1
        fps.append(f"{doc}: {p['value_text']}")
        if any(n["doc"] == doc and any(overlaps(span, s) for s in spans(texts[doc], n["quote"])) for n in negatives):
            junk.append(f"{doc}: {p['value_text']}")
    missed = [f"{g['doc']}: {g['quote']}" for i, g in enumerate(gold) if i not in matched]
    return Score(len(gold), counted, tp, junk, fps, missed)
