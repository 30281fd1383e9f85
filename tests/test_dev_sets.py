"""Extraction quality on real UN passages with hand-checked gold records.

`shared` holds the passages and gold the project started from; `dev` holds passages of other UN
documents, collected with their public addresses (tests/data/dev/sources.jsonl).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from statclaims.pipeline import extract_path

from .scoring import score

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("corpus,gold,min_f1,max_junk", [
    (DATA / "shared" / "corpus", DATA / "shared" / "gold", 0.97, 0),
    (DATA / "dev", DATA / "dev", 0.95, 1),
])
def test_gold_sets(corpus, gold, min_f1, max_junk):
    predictions = []
    for path in sorted(corpus.glob("*.txt")):
        for claim in extract_path(path):
            record = claim.as_record()
            text = path.read_text(encoding="utf-8")
            assert text[claim.start:claim.end] == claim.value_text
            predictions.append(record)
    result = score(predictions, gold, corpus)
    assert result.f1 >= min_f1, (result.f1, result.missed, result.false_positives)
    assert len(result.junk) <= max_junk, result.junk
