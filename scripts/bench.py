#!/usr/bin/env python3
"""Benchmark statclaims against quantulum3 and a bare regex pass over the same texts.

    python scripts/bench.py [--documents 40] [--sample-chars 300000] [--seed 1]

A corpus of N documents is made from the real ones (data/corpus, its PDFs read to text, and the
passages under tests/data): their paragraphs shuffled and recombined into documents of 2 KB to 3 MB
(log-uniform), written as text files. Each engine runs in a process of its own, so that its memory
is its own:

- statclaims: the whole extract of each file, as ``statclaims extract`` runs it
  (``pipeline.extract_path``: reader, claims, citations and the links between them);
- quantulum3, when it is installed (pip install -e ".[bench]"): ``parser.parse`` on each text. It is
  slow, so it runs on a sample of the corpus (the smallest documents, up to --sample-chars), and
  statclaims and the regex run on that same sample for the ratio;
- regex: ``re.finditer`` for numbers over each text, the practical ceiling.

Figures are characters and documents per second (the best of --repeat runs for the fast engines; on the
sample the engines take turns, --rounds times, and each keeps its best round)
and peak resident memory; compare them as ratios, since machines are noisy. The last lines check
the targets of the benchmark: statclaims at least 50 times as fast as quantulum3, and within 10
times of the regex pass.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import platform
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NUMBER = re.compile(r"\d[\d,.]*")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SMALLEST, LARGEST = 2_000, 3_000_000
QUANTULUM_TARGET, REGEX_TARGET = 50.0, 10.0


def source_texts() -> list[str]:
    """The real documents as text: text files as they are, PDFs through statclaims' PDF reader."""
    folders = (ROOT / "data" / "corpus", ROOT / "tests" / "data" / "shared" / "corpus", ROOT / "tests" / "data" / "dev")
    texts = [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]
    pdfs = sorted((ROOT / "data" / "corpus").glob("*.pdf"))
    if pdfs:
        from statclaims.readers import pdf

        texts += [pdf.extract_text(p.read_bytes(), str(p)) for p in pdfs]
    return texts


def corpus(documents: int, seed: int) -> list[str]:
    """Documents of varied size made of real UN paragraphs."""
    paragraphs = [p for text in source_texts() for p in PARAGRAPH_BREAK.split(text) if p.strip()]
    rng = random.Random(seed)
    sizes = [int(SMALLEST * ((LARGEST / SMALLEST) ** rng.random())) for _ in range(documents)]
    result = []
    for size in sizes:
        parts, total = [], 0
        while total < size:
            part = rng.choice(paragraphs)
            parts.append(part)
            total += len(part) + 2
        result.append("\n\n".join(parts))
    return result


def run_statclaims(paths: list[Path]) -> int:
    from statclaims import pipeline

    return sum(len(pipeline.extract_path(path)) for path in paths)


def run_quantulum(paths: list[Path]) -> int:
    import warnings

    warnings.simplefilter("ignore")
    from quantulum3 import parser

    return sum(len(parser.parse(path.read_text(encoding="utf-8"))) for path in paths)


def run_regex(paths: list[Path]) -> int:
    return sum(1 for path in paths for _ in NUMBER.finditer(path.read_text(encoding="utf-8")))


ENGINES = {"statclaims": run_statclaims, "quantulum3": run_quantulum, "regex": run_regex}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(name: str, paths: list[Path], repeat: int, queue: mp.Queue) -> None:
    # Warm-up: imports, compiled patterns and the unit registry are not the throughput. The seed
    # resolution names scale words and currencies, so every lazily loaded part is loaded.
    ENGINES[name]([p for p in (ROOT / "data" / "corpus" / "a_res_80_118.txt",) if p.exists()] + paths[:1])
    before = _rss_mb()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        found = ENGINES[name](paths)
        best = min(best, time.perf_counter() - start)
    queue.put((found, best, _rss_mb(), _rss_mb() - before))


def measure(name: str, paths: list[Path], repeat: int) -> dict[str, float]:
    """Run one engine over the files in a fresh process; its best time, what it found, its memory."""
    context = mp.get_context("spawn")   # a fresh interpreter: the memory is the engine's own
    queue: mp.Queue = context.Queue()
    process = context.Process(target=_child, args=(name, paths, repeat, queue))
    process.start()
    found, seconds, peak, added = queue.get()
    process.join()
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    return {"found": found, "seconds": seconds, "chars_per_s": chars / seconds, "docs_per_s": len(paths) / seconds,
            "peak_mb": peak, "added_mb": added, "chars": chars, "documents": len(paths)}


def write(texts: list[str], folder: Path) -> list[Path]:
    paths = []
    for i, text in enumerate(texts):
        path = folder / f"doc{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def sample_of(paths: list[Path], limit: int) -> list[Path]:
    """The smallest documents, up to ``limit`` characters (at least one)."""
    chosen, total = [], 0
    for path in sorted(paths, key=lambda p: p.stat().st_size):
        size = len(path.read_text(encoding="utf-8"))
        if total + size > limit and chosen:
            break
        chosen.append(path)
        total += size
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--sample-chars", type=int, default=300_000, help="characters given to quantulum3 and to the "
                        "same-sample statclaims and regex runs")
    parser.add_argument("--repeat", type=int, default=3, help="runs of statclaims and the regex; the best counts")
    parser.add_argument("--rounds", type=int, default=2, help="turns the engines take on the sample, one after the "
                        "other (quantulum3 runs once a round); each engine's best round counts")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    try:
        import quantulum3  # noqa: F401
        have_quantulum = True
    except ImportError:
        have_quantulum = False
    with tempfile.TemporaryDirectory(prefix="statclaims-bench-") as tmp:
        paths = write(corpus(args.documents, args.seed), Path(tmp))
        sample = sample_of(paths, args.sample_chars)
        sizes = sorted(p.stat().st_size for p in paths)
        print(f"machine: {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores, "
              f"{platform.machine()}")
        print(f"corpus: {len(paths)} documents, {sum(sizes):,} bytes ({sizes[0]:,} to {sizes[-1]:,}); "
              f"sample: {len(sample)} documents, {sum(p.stat().st_size for p in sample):,} bytes")
        if have_quantulum:
            print("quantulum3 is slow: it runs on the sample only; statclaims and the regex run on the same sample "
                  "for the ratios, and on the whole corpus")
        else:
            print("quantulum3 is not installed (pip install -e '.[bench]'): its row is skipped")
        rows: dict[str, dict[str, float]] = {}
        # The sample engines take turns, --rounds times, and each keeps its best round: a shared machine slows
        # down and speeds up over minutes, and a ratio of two runs made at different speeds says little.
        for _ in range(args.rounds):
            for name in ("statclaims", "quantulum3", "regex"):
                if name == "quantulum3" and not have_quantulum:
                    continue
                result = measure(name, sample, 1 if name == "quantulum3" else args.repeat)
                key = f"{name} (sample)"
                if key not in rows or result["seconds"] < rows[key]["seconds"]:
                    rows[key] = result
        rows["statclaims (corpus)"] = measure("statclaims", paths, args.repeat)
        rows["regex (corpus)"] = measure("regex", paths, args.repeat)
    print(f"{'engine':<22}{'found':>9}{'seconds':>10}{'chars/s':>14}{'docs/s':>9}{'peak MB':>9}{'added MB':>9}")
    for name, r in rows.items():
        print(f"{name:<22}{r['found']:>9}{r['seconds']:>10.2f}{r['chars_per_s']:>14,.0f}{r['docs_per_s']:>9.2f}"
              f"{r['peak_mb']:>9.0f}{r['added_mb']:>9.0f}")
    print("(found: claims for statclaims, quantities for quantulum3, digit runs for the regex; peak MB: the process's"
          " peak resident memory; added MB: how much of it the timed runs added after the warm-up)")
    s = rows["statclaims (sample)"]["chars_per_s"]
    corpus_ratio = rows["regex (corpus)"]["chars_per_s"] / rows["statclaims (corpus)"]["chars_per_s"]
    print(f"regex / statclaims (same sample): {rows['regex (sample)']['chars_per_s'] / s:.1f}x")
    print(f"regex / statclaims (corpus): {corpus_ratio:.1f}x   target: at most {REGEX_TARGET:.0f}x   "
          f"{'met' if corpus_ratio <= REGEX_TARGET else 'NOT met'}")
    if have_quantulum:
        q_ratio = s / rows["quantulum3 (sample)"]["chars_per_s"]
        print(f"statclaims / quantulum3 (same sample): {q_ratio:.0f}x   target: at least {QUANTULUM_TARGET:.0f}x   "
              f"{'met' if q_ratio >= QUANTULUM_TARGET else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
