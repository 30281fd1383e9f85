#!/usr/bin/env python3
"""Fuzz the whole extraction (reader, quantities, claims, citations) with mutated copies of real documents.

    python scripts/fuzz.py --seconds 120 [--seed 1] [--corpus data/corpus --corpus tests/data/shared/corpus]

Each case takes a slice of a corpus document (or the whole of a short one), mutates it (bytes
flipped, lines swapped or dropped, page furniture, footnote markers and odd characters inserted),
and runs it through statclaims as bytes. A case fails when anything but an InputError escapes,
or when a claim's offsets do not point at its value_text. Failing inputs are written to
fuzz-failures/ so that they can be replayed. With --atheris, the same target runs under atheris
(pip install atheris) instead of the built-in mutator.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

from statclaims import citations
from statclaims.claims import extract_document
from statclaims.errors import InputError
from statclaims.readers.text import read

INSERTS = ["¹", "²⁰", "\n\n", "\n", "__________________\n", " 7  See A/80/62.\n", "A/80/81 \nE/2025/62 \n \n25-06745 4/28 \n",
           "per cent", "per\ncent", "%", "$", "US$ ", " trillion", " billion", "–", "-", "(a) ", "1. ", "*", "[", "](#)",
           "\u00a0", "\u00ad", "\ufeff", "½", "٣", "𝟗", "\x0c", "\t", "\r\n", " 93 per cent of ", " a third of ", "twice",
           "one in five", "between 19 and 44 per cent", "The General Assembly,\n\n", "<sup>3</sup>", "^4^", "| 1 | 2 |\n",
           "&nbsp;", "\u2028", "\ud7ff", "0.", ".5", "1,", ",000", "9" * 40, "e" * 3, "(", ")", "“", "”"]


def mutate(rng: random.Random, text: str) -> bytes:
    if len(text) > 4000:
        start = rng.randrange(0, len(text) - 3000)
        text = text[start:start + rng.randrange(200, 3000)]
    chars = list(text)
    for _ in range(rng.randrange(1, 12)):
        op = rng.random()
        at = rng.randrange(0, len(chars) + 1)
        if op < 0.45:
            chars[at:at] = list(rng.choice(INSERTS))
        elif op < 0.65 and chars:
            del chars[at:at + rng.randrange(1, 40)]
        elif op < 0.8 and chars:
            chars[min(at, len(chars) - 1)] = chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0x3000)]))
        else:
            lines = "".join(chars).split("\n")
            rng.shuffle(lines) if rng.random() < 0.3 else lines.insert(rng.randrange(len(lines) + 1), rng.choice(lines))
            chars = list("\n".join(lines))
    data = "".join(chars).encode("utf-8", "surrogatepass")
    if rng.random() < 0.05:  # byte-level damage: invalid UTF-8, NULs, truncation
        raw = bytearray(data)
        for _ in range(rng.randrange(1, 4)):
            if raw:
                raw[rng.randrange(len(raw))] = rng.randrange(256)
        data = bytes(raw[: rng.randrange(len(raw) + 1)]) if rng.random() < 0.5 else bytes(raw)
    return data


def run_case(data: bytes) -> None:
    """The target: read bytes, extract claims and sources; only InputError may escape."""
    try:
        doc = read(data, path="<fuzz>", document="fuzz")
    except InputError:
        return
    for claim in extract_document(doc):
        if doc.text[claim.start:claim.end] != claim.value_text:
            raise AssertionError(f"offsets {claim.start}:{claim.end} do not point at {claim.value_text!r}")
        if claim.value != claim.value:
            raise AssertionError(f"NaN value for {claim.value_text!r}")
    citations.cite(doc.id, doc.footnote_texts())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", action="append", type=Path, help="folders of .txt/.md documents (repeatable)")
    parser.add_argument("--failures", type=Path, default=Path("fuzz-failures"))
    parser.add_argument("--atheris", action="store_true", help="run under atheris instead of the built-in mutator")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    folders = args.corpus or [root / "data" / "corpus", root / "tests" / "data" / "shared" / "corpus", root / "tests" / "data" / "dev"]
    texts = [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.md"))]
    if not texts:
        print("fuzz: no documents found", file=sys.stderr)
        return 2
    if args.atheris:
        import atheris  # type: ignore[import-not-found]

        atheris.Setup(sys.argv[:1], lambda data: run_case(bytes(data)))
        atheris.Fuzz()
        return 0
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.seconds
    cases = failures = 0
    last_report = time.monotonic()
    while time.monotonic() < deadline:
        data = mutate(rng, rng.choice(texts))
        cases += 1
        try:
            run_case(data)
        except Exception:  # noqa: BLE001 - every escape is a finding
            failures += 1
            args.failures.mkdir(exist_ok=True)
            (args.failures / f"case-{cases}.txt").write_bytes(data)
            if failures <= 3:
                traceback.print_exc()
        if sys.stderr.isatty() and time.monotonic() - last_report > 5:
            print(f"\r{cases} cases, {failures} failures", end="", file=sys.stderr)
            last_report = time.monotonic()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"fuzz: {cases} cases in {args.seconds:g} s, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
