"""Properties that hold on any input: no exception, and offsets that point at the figure."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from statclaims import numbers, quantities
from statclaims.claims import extract_document
from statclaims.readers.text import parse

SEED = (Path(__file__).parent.parent / "data" / "corpus" / "a_res_80_118.txt").read_text(encoding="utf-8")

pieces = st.sampled_from([
    "93 per cent", "a third", "$4 trillion", "¹²", "\n\n", "\n", " ", "1. *Notes*", "(a) ", "80/118", "19 December 2024",
    "between 19 and 44 per cent", "twice", "12 times", "2.6 billion3", "Index48", "__________", " 3  See A/80/62.",
    "The General Assembly,", "Recalling", ",", ";", ".", "–", "per\ncent", "40per cent", "\u00a0", "[79/194](#)", "*",
    "worldwide, 70 per cent of men", "compared with", "twenty-eight", "nearly half of", "1.5°C", "Target 17.1",
])
documents = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(pieces, st.text(max_size=12)), max_size=60).map("".join),
)


def check(text: str) -> None:
    doc = parse(text, document="x")
    for claim in extract_document(doc):
        assert text[claim.start:claim.end] == claim.value_text
        assert claim.value == claim.value  # not NaN


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_extraction_never_raises_and_offsets_hold(text):
    check(text)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=len(SEED) - 1), st.integers(min_value=1, max_value=3000),
       st.sampled_from(["", "\n\n", "¹", "__________\n", "per cent", "\x0c"]))
def test_mutated_seed(position, length, insert):
    mutated = SEED[:position] + insert + SEED[position + length:]
    check(mutated)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99))
def test_number_words_parse_like_their_digits(n):
    units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    word = units[n] if n < 20 else tens[n // 10] + (f"-{units[n % 10]}" if n % 10 else "")
    assert numbers.parse_word_number(word) == n
    (q,) = quantities.find(f"some {word} per cent of firms")
    (d,) = quantities.find(f"some {n} per cent of firms")
    assert q.value == d.value == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1000, max_value=999_999_999))
def test_separators_and_scale_words_agree(n):
    with_commas = f"{n:,}"
    (q,) = quantities.find(f"reached {with_commas} tonnes")
    assert q.value == n
    millions = n / 1_000_000
    (m,) = quantities.find(f"reached {millions:.6f} million tonnes")
    assert abs(m.value - n) < 1
