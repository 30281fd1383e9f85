#!/usr/bin/env python3
"""Benchmark statclaims against quantulum3 and a bare regex pass over the same texts.

    python scripts/bench.py [--documents 40] [--sample-chars 300000] [--seed 1]

A corpus of N documents is made from the real ones (their paragraphs shuffled and recombined,
from a few KB to a few MB each). Each engine runs in a process of its own, so that its peak memory
is its own: statclaims (the whole extract: reader, claims and citations), quantulum3 when it is
installed (pip install -e ".[bench]"; on a sample of the corpus, since it is slow), and
re.finditer over numbers as the practical ceiling. Figures are characters and documents per
second and peak resident memory; compare them as ratios, since machines are noisy.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMBER = re.compile(r"\d[\d,.]*")


def corpus(documents: int, seed: int) -> list[str]:
    """Documents of varied size made of real UN paragraphs."""
    sources = [p.read_text(encoding="utf-8") for folder in (ROOT / "data" / "corpus", ROOT / "tests" / "data" / "shared" / "corpus",
                                                             ROOT / "tests" / "data" / "dev") for p in sorted(folder.glob("*.txt"))]
    paragraphs = [p for text in sources for p in re.split(r"\n\s*\n", text) if p.strip()]
    rng = random.Random(seed)
    sizes = [int(2_000 * (1_000 ** rng.random())) for _ in range(documents)]   # 2 KB to 2 MB, log-uniform
    result = []
    for size in sizes:
        parts, total = [], 0
        while total < size:
            part = rng.choice(paragraphs)
            parts.append(part)
            total += len(part) + 2
        result.append("\n\n".join(parts))
    return result


def run_statclaims(texts: list[str]) -> int:
    from statclaims import citations
    from statclaims.claims import extract_document
    from statclaims.readers.text import parse

    found = 0
    for i, text in enumerate(texts):
        doc = parse(text, document=f"doc{i}")
        found += len(extract_document(doc))
        citations.cite(doc.id, doc.footnote_texts())
    return found


def run_quantulum(texts: list[str]) -> int:
    import warnings

    warnings.simplefilter("ignore")
    from quantulum3 import parser

    return sum(len(parser.parse(text)) for text in texts)


def run_regex(texts: list[str]) -> int:
    return sum(1 for text in texts for _ in NUMBER.finditer(text))


ENGINES = {"statclaims": run_statclaims, "quantulum3": run_quantulum, "regex": run_regex}


def _child(name: str, texts: list[str], queue: mp.Queue) -> None:
    ENGINES[name](texts[:1])  # warm-up: imports and compiled patterns are not the throughput
    start = time.perf_counter()
    found = ENGINES[name](texts)
    seconds = time.perf_counter() - start
    queue.put((found, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def measure(name: str, texts: list[str]) -> dict[str, float]:
    queue: mp.Queue = mp.get_context("fork").Queue()
    process = mp.get_context("fork").Process(target=_child, args=(name, texts, queue))
    process.start()
    found, seconds, peak = queue.get()
    process.join()
    chars = sum(len(t) for t in texts)
    return {"found": found, "seconds": seconds, "chars_per_s": chars / seconds, "docs_per_s": len(texts) / seconds,
            "peak_mb": peak, "chars": chars, "documents": len(texts)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--sample-chars", type=int, default=300_000, help="characters given to quantulum3 and to the "
                        "same-sample statclaims and regex runs")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    texts = corpus(args.documents, args.seed)
    sample, total = [], 0
    for text in sorted(texts, key=len):
        if total + len(text) > args.sample_chars and sample:
            break
        sample.append(text)
        total += len(text)
    print(f"corpus: {len(texts)} documents, {sum(map(len, texts)):,} characters; sample: {len(sample)} documents, "
          f"{total:,} characters")
    rows = {}
    try:
        import quantulum3  # noqa: F401
        have_quantulum = True
    except ImportError:
        have_quantulum = False
        print("quantulum3 is not installed (pip install -e '.[bench]'): its column is skipped")
    for name in ("statclaims", "quantulum3", "regex"):
        if name == "quantulum3" and not have_quantulum:
            continue
        rows[f"{name} (sample)"] = measure(name, sample)
    rows["statclaims (corpus)"] = measure("statclaims", texts)
    rows["regex (corpus)"] = measure("regex", texts)
    print(f"{'engine':<22}{'found':>9}{'seconds':>10}{'chars/s':>14}{'docs/s':>9}{'peak MB':>9}")
    for name, r in rows.items():
        print(f"{name:<22}{r['found']:>9}{r['seconds']:>10.2f}{r['chars_per_s']:>14,.0f}{r['docs_per_s']:>9.2f}{r['peak_mb']:>9.0f}")
    s = rows["statclaims (sample)"]["chars_per_s"]
    if have_quantulum:
        print(f"statclaims / quantulum3 (same sample): {s / rows['quantulum3 (sample)']['chars_per_s']:.0f}x")
    print(f"regex / statclaims (same sample): {rows['regex (sample)']['chars_per_s'] / s:.1f}x")
    print(f"regex / statclaims (corpus): {rows['regex (corpus)']['chars_per_s'] / rows['statclaims (corpus)']['chars_per_s']:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
