"""The seed resolution A/RES/80/118: every figure it states, and nothing else."""
from __future__ import annotations

import pytest

# value_text, value, unit, approximate, population, group, sex, footnote, indicator
EXPECTED = [
    ("4 trillion United States dollar", 4e12, "USD", False, None, None, None, "4", "financing_gap"),
    ("a third", 100 / 3, "percent", True, "world", "world", None, None, "internet_non_use"),
    ("two thirds", 200 / 3, "percent", True, "least developed countries", "ldc", None, None, "internet_non_use"),
    ("93 per cent", 93, "percent", False, "high-income countries", "high_income", None, "20", "internet_use"),
    ("27 per cent", 27, "percent", False, "low-income countries", "low_income", None, "20", "internet_use"),
    ("70 per cent", 70, "percent", False, "world", "world", "male", None, "internet_use"),
    ("65 per cent", 65, "percent", False, "world", "world", "female", None, "internet_use"),
    ("29 per cent", 29, "percent", False, "least developed countries", "ldc", "female", None, "internet_use"),
    ("41 per cent", 41, "percent", False, "least developed countries", "ldc", "male", None, "internet_use"),
]


def test_the_seed_states_exactly_nine_figures(seed_claims):
    assert [c.value_text for c in seed_claims] == [e[0] for e in EXPECTED]


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_each_seed_claim(seed_claims, index):
    text, value, unit, approximate, population, group, sex, footnote, indicator = EXPECTED[index]
    claim = seed_claims[index]
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit
    assert claim.approximate is approximate
    assert claim.bound is None
    assert claim.population == population
    assert claim.group == group
    assert claim.sex == sex
    assert claim.footnote == footnote
    assert claim.indicator == indicator
    assert claim.claim_id == f"a_res_80_118:{index + 1}"


def test_offsets_point_at_the_figures(seed_claims, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    for claim in seed_claims:
        assert text[claim.start:claim.end] == claim.value_text


def test_paragraph_labels(seed_claims):
    assert [c.paragraph for c in seed_claims] == ["pp5", "pp58", "pp58", "op26", "op26", "op32", "op32", "op32", "op32"]


def test_comparisons_pair_the_figures_one_sentence_sets_against_each_other(seed_claims):
    ids = [c.comparison_id for c in seed_claims]
    assert ids[3] == ids[4] is not None            # 93 vs 27
    assert ids[5] == ids[6] is not None            # 70 vs 65
    assert ids[7] == ids[8] is not None            # 29 vs 41
    assert len({ids[3], ids[5], ids[7]}) == 3
    assert ids[0] is None


def test_footnote_21_cites_the_clause_on_violence_not_the_figures(seed_claims):
    for claim in seed_claims[5:]:
        assert claim.footnote is None
        assert claim.paragraph_footnotes == ("21",)


def test_sentence_has_no_footnote_markers(seed_claims):
    assert seed_claims[0].sentence.endswith("and global solidarity,")
    assert "⁴" not in seed_claims[0].sentence
    assert "financing gap, and catalyse" in seed_claims[0].sentence
