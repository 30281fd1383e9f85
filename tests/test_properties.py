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


# ---------------------------------------------------------------- readers, citations, package

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=600), st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"\xef\xbb\xbf",
                                                                  b"\xff\xfe"]).flatmap(
    lambda head: st.binary(max_size=300).map(lambda tail: head + tail))))
def test_any_bytes_read_or_fail_with_a_statclaims_error(tmp_path_factory, data):
    from statclaims.document import read
    from statclaims.errors import StatclaimsError

    path = tmp_path_factory.mktemp("bytes") / "document.txt"
    path.write_bytes(data)
    try:
        doc = read(path)
    except StatclaimsError as exc:
        assert str(path) in str(exc)
        return
    for claim in extract_document(doc):
        assert doc.text[claim.start:claim.end] == claim.value_text


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["1", "2", "3", "12", "a", "*"]),
                       st.one_of(st.text(max_size=200), st.lists(st.sampled_from([
                           "See", "resolution", "79/194", "A/80/62,", "annex.", "*Measuring Digital Development:",
                           "Facts and Figures 2024*", "(Geneva, 2024),", "figure I.1.", "Ibid.", "United Nations",
                           "publication, Sales No. E.24.I.6", "<https://www.itu.int/x>", "Official Records of the",
                           "Supplement No. 11 (E/2025/31).", "and", ";", ",", "UN-Women", "ITU,", "2023", "p. 7."]),
                           max_size=25).map(" ".join)), max_size=5))
def test_citations_never_raise_and_every_link_names_a_source(footnotes):
    from statclaims import citations

    sources, links = citations.cite("x", footnotes)
    ids = {s.source_id for s in sources}
    assert all(link.source_id in ids and link.footnote in footnotes for link in links)
    assert len(ids) == len(sources)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(documents)
def test_writing_then_loading_a_package_returns_the_same_claims(tmp_path_factory, text):
    """Claims of any text survive the trip through CSV and Parquet unchanged."""
    import statclaims
    from statclaims import package
    from statclaims.corpus import CorpusDocument
    from statclaims.dataset import document_tables, shared_tables
    from statclaims.load import claims_from_package
    from statclaims.pipeline import DocumentResult, link_sources

    doc = parse(text, document="x")
    found = link_sources(extract_document(doc), (), ())
    result = DocumentResult("x", found, (), (), len(doc.footnotes))
    row = CorpusDocument("x", "", "", "", "en", "", "", "x.txt", "0" * 64)
    folder = tmp_path_factory.mktemp("package")
    writer = package.PackageWriter(folder)
    writer.add(document_tables(row, result, ()))
    writer.add(shared_tables((), ()))
    writer.finish({"name": "p", "title": "t", "description": "d", "version": "0.0.1",
                   "created": "2026-01-01T00:00:00Z"}, [row], ())
    assert claims_from_package(folder) == found
    assert statclaims.load("claims", folder, format="parquet").equals(statclaims.load("claims", folder))


def test_a_short_fuzzing_round_finds_no_failure():
    import subprocess
    import sys

    script = Path(__file__).parent.parent / "scripts" / "fuzz.py"
    result = subprocess.run([sys.executable, str(script), "--seconds", "8", "--seed", "7"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert " 0 failures" in result.stdout, result.stdout[-500:]
