"""Benchmark a whole build at corpus scale: N documents made from the real ones, built with --jobs J.

    python scripts/bench_build.py --documents 10000 --jobs 2          # about 100 MB of text
    python scripts/bench_build.py --documents 10000 --jobs 2 --engine dask

The documents are the paragraphs of the corpus texts (and of the PDFs' text layers), shuffled and
recombined by a seeded generator into files of 2 to 40 KB (10 KB on average). The build runs as a
subprocess; its wall time and the peak resident memory of its whole process tree (sampled every
50 ms from /proc) are printed with characters and documents per second.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from statclaims.corpus import CorpusDocument, sha256_of, write_manifest
from statclaims.document import read

ROOT = Path(__file__).resolve().parent.parent


def paragraphs() -> list[str]:
    """Blocks of the real documents' text, as statclaims reads it, blank-line separated."""
    texts = []
    for path in sorted((ROOT / "data" / "corpus").iterdir()):
        if path.suffix in (".txt", ".md", ".pdf", ".docx"):
            texts.append(read(path).text)
    for folder in (ROOT / "tests" / "data" / "shared" / "corpus", ROOT / "tests" / "data" / "dev"):
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    blocks = [b.strip() for text in texts for b in text.split("\n\n")]
    return [b for b in blocks if len(b) > 40]


def make_corpus(folder: Path, documents: int, seed: int = 80118) -> int:
    """Write ``documents`` files and their manifest; the total number of characters."""
    pool = paragraphs()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    rows, total = [], 0
    for i in range(documents):
        size = min(40_000, max(2_000, int(rng.lognormvariate(9.1, 0.6))))
        parts, length = [], 0
        while length < size:
            block = rng.choice(pool)
            parts.append(block)
            length += len(block) + 2
        text = "\n\n".join(parts) + "\n"
        path = folder / f"doc_{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text)
        rows.append(CorpusDocument(document=path.stem, symbol="", title=f"Synthetic document {i}", date="",
                                   language="en", body="", url="", file=path.name, sha256=sha256_of(path)))
    write_manifest(folder, rows)
    return total


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total


def run_build(corpus: Path, out: Path, jobs: int, engine: str) -> tuple[float, int, int]:
    command = [sys.executable, "-m", "statclaims", "build", "--corpus", str(corpus), "--out", str(out),
               "--jobs", str(jobs), "--engine", engine,
               "--reference", str(ROOT / "data" / "reference" / "reference_series.csv"),
               "--metadata", str(ROOT / "data" / "release.json")]
    peak = 0
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"build failed ({process.returncode}): {err.strip()[-2000:]}")
    print(err.strip().splitlines()[-1])
    return elapsed, peak, process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--keep", type=Path, help="make the corpus and package here and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="statclaims-bench-"))
    try:
        started = time.perf_counter()
        characters = make_corpus(work / "corpus", args.documents)
        print(f"corpus: {args.documents} documents, {characters / 1e6:.1f} M characters, "
              f"made in {time.perf_counter() - started:.1f} s")
        elapsed, peak, _ = run_build(work / "corpus", work / "package", args.jobs, args.engine)
        print(f"build --jobs {args.jobs} --engine {args.engine}: {elapsed:.1f} s, peak memory {peak / 2**20:.0f} MiB "
              f"(whole process tree), {characters / elapsed / 1e6:.2f} M chars/s, {args.documents / elapsed:.0f} docs/s")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
