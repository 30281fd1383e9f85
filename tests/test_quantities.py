"""Quantities in every form the design lists, parsed to value, unit, range, hedge and bound."""
from __future__ import annotations

import pytest

from statclaims import quantities
from statclaims.numbers import parse_digits, parse_word_number
from statclaims.errors import ParseError

CASES = [
    # text, value_text, value, unit, value_high, approximate, bound
    ("while 93 per cent of people", "93 per cent", 93, "percent", None, False, None),
    ("rose to 40per cent of them", "40per cent", 40, "percent", None, False, None),
    ("rose to 40 per\ncent of them", "40 per\ncent", 40, "percent", None, False, None),
    ("reached 12.5% last year", "12.5%", 12.5, "percent", None, False, None),
    ("an increase of 4.2 percentage points since", "4.2 percentage points", 4.2, "percentage_point", None, False, None),
    ("the annual 4 trillion United States dollar financing gap", "4 trillion United States dollar", 4e12, "USD", None, False, None),
    ("a record high of $701 billion in 2023", "$701 billion", 7.01e11, "USD", None, False, None),
    ("some US$ 3.5 bn in grants", "US$ 3.5 bn", 3.5e9, "USD", None, True, None),
    ("worth €250 million to", "€250 million", 2.5e8, "EUR", None, False, None),
    ("a $2.5\u00a0trillion market", "$2.5\u00a0trillion", 2.5e12, "USD", None, False, None),
    ("range from $2.5 trillion to $4 trillion annually", "$2.5 trillion to $4 trillion", 2.5e12, "USD", 4e12, False, None),
    ("satisfaction (58–79 per cent for education)", "58–79 per cent", 58, "percent", 79, False, None),
    ("between 19 and 44 per cent of firms", "19 and 44 per cent", 19, "percent", 44, False, None),
    ("approximately a third of the world's population", "a third", 100 / 3, "percent", None, True, None),
    ("approximately two thirds of people", "two thirds", 200 / 3, "percent", None, True, None),
    ("three quarters of schools", "three quarters", 75, "percent", None, False, None),
    ("One in five young people", "One in five", 20, "percent", None, False, None),
    ("nearly half of the global total", "half", 50, "percent", None, True, None),
    ("more than twice as likely", "twice", 2, "ratio", None, False, "lower"),
    ("up to 65 times faster", "65 times", 65, "ratio", None, False, "upper"),
    ("will increase sixfold by", "sixfold", 6, "ratio", None, False, None),
    ("increased by a factor of four", "a factor of four", 4, "ratio", None, False, None),
    ("over 700 million people living", "700 million", 7e8, "count", None, False, "lower"),
    ("at least 502 cases", "502", 502, "count", None, False, "lower"),
    ("less than 2 per cent of total", "2 per cent", 2, "percent", None, False, "upper"),
    ("close to 11 per cent goes", "11 per cent", 11, "percent", None, True, None),
    ("an estimated $1.4 trillion in", "$1.4 trillion", 1.4e12, "USD", None, False, None),
    ("twenty-eight countries signed", "twenty-eight", 28, "count", None, False, None),
    ("1,234,567 people", "1,234,567", 1234567, "count", None, False, None),
    # thousands grouped with spaces (WHO, and UN texts set in the French manner), decimal commas before a percentage
    ("deaths fell from 447 000 to", "447 000", 447000, "count", None, False, None),
    ("some 1\u00a0250\u00a0000 refugees", "1\u00a0250\u00a0000", 1250000, "count", None, True, None),
    ("339 deaths per 100 000 live births", "339 deaths per 100 000", 339, "per_100000", None, False, None),
    ("from 76 deaths per 1000 live births", "76 deaths per 1000", 76, "per_1000", None, False, None),
    ("women hold 25,5 per cent of seats", "25,5 per cent", 25.5, "percent", None, False, None),
    ("progress on over a third has stalled", "a third", 100 / 3, "percent", None, False, "lower"),
    ("costs fell by about a quarter.", "a quarter", 25, "percent", None, True, None),
    ("is likely to have exceeded 120 million", "120 million", 1.2e8, "count", None, False, "lower"),
    ("paragraphs 4,5 and 6", "4", 4, "count", None, False, None),
    ("from 228 to 197 per 100,000 live births", "197 per 100,000", 197, "per_100000", None, False, None),
    ("over 2 million years", "2 million years", 2e6, "year", None, False, "lower"),
    ("the threshold of 1.5°C in 2024", "1.5°C", 1.5, "degC", None, False, None),
    ("contracted at a rate of -3.5 per cent", "-3.5 per cent", -3.5, "percent", None, False, None),
    ("a rate of −0.5 per cent", "−0.5 per cent", -0.5, "percent", None, False, None),
    ("spans 12,000 kilometres of fibre", "12,000 kilometres", 12000, "km", None, False, None),
    ("emitted 2.3 million tonnes of carbon", "2.3 million tonnes", 2.3e6, "metric_ton", None, False, None),
    ("After a long preamble of more than sixty characters, the fund reached $5 billion", "$5 billion", 5e9, "USD",
     None, False, None),
    ("nine out of ten people", "nine out of ten", 90, "percent", None, False, None),
    ("Fewer than one in three schools", "one in three", 100 / 3, "percent", None, False, "upper"),
    ("estimates there are between 120,000 and 400,000 Roma", "120,000 and 400,000", 120000, "count", 400000, False,
     None),
    ("losses of 1 trillion to 3.4 trillion dollars per year", "1 trillion to 3.4 trillion dollars", 1e12, "USD", 3.4e12,
     False, None),
    ("levels were at 420 plus or minus 0.1 parts per million, which", "420 plus or minus 0.1 parts per million", 420,
     "ppm", None, False, None),
    ("efficiency improved to $21.5/m3, a gain", "$21.5/m3", 21.5, "USD/m**3", None, False, None),
    ("emissions reached a record 37.6 gigatons, a rise", "37.6 gigatons", 37.6, "Gt", None, False, None),
    ("generated only 60 cents of direct support", "60 cents", 0.6, "USD", None, False, None),
    ("a larger population of between 450,000 and 1.2 million.", "450,000 and 1.2 million", 450000, "count", 1.2e6,
     False, None),
]


@pytest.mark.parametrize("text,value_text,value,unit,high,approximate,bound", CASES)
def test_quantity_forms(text, value_text, value, unit, high, approximate, bound):
    found = [q for q in quantities.find(text) if text[q.start:q.end] == value_text]
    assert found, [text[q.start:q.end] for q in quantities.find(text)]
    q = found[0]
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert (q.value_high == pytest.approx(high)) if high is not None else q.value_high is None
    assert q.approximate is approximate
    assert q.bound == bound


def test_a_bare_number_takes_its_partners_unit():
    text = "electricity access rose from 87 to 92 per cent"
    first, second = quantities.find(text)
    assert (first.value, first.unit, first.value_high) == (87, "percent", None)
    assert (second.value, second.unit) == (92, "percent")


def test_scale_words_apply_to_a_bare_partner():
    text = "estimated at from 2.5 to 4 trillion dollars"
    (q,) = quantities.find(text)
    assert (q.value, q.value_high, q.unit) == (2.5e12, 4e12, "USD")


@pytest.mark.parametrize("text", ["80/118", "A/80/555", "17.8.1", "3G/5G", "COVID-19", "G20", "the 1980s", "64th",
                                  "WSIS+20", "target 9.c"])
def test_codes_are_not_numbers(text):
    assert all(q.kind == "year" for q in quantities.find(text)) or not quantities.find(text)


def test_years_are_marked_as_years():
    (q,) = quantities.find("in 2023 the")
    assert q.kind == "year"


@pytest.mark.parametrize("text,value", [("1,234.5", 1234.5), ("0.37", 0.37), ("12", 12.0)])
def test_digits(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text,value", [("twenty-eight", 28), ("five", 5), ("a hundred", 100), ("ninety nine", 99)])
def test_number_words(text, value):
    assert parse_word_number(text) == value


@pytest.mark.parametrize("text", ["", "1,2,3", "12a", "fivety"])
def test_unparseable_numbers_raise_parse_error(text):
    with pytest.raises(ParseError):
        parse_digits(text) if not text.isalpha() else parse_word_number(text)


def test_a_bare_decimal_a_rate_led_up_to_is_in_the_rate_s_unit():
    text = "The homicide rate declined from 5.9 victims per 100,000 population in 2015 to 5.2 in 2023."
    found = {text[q.start:q.end]: q.unit for q in quantities.find(text) if q.has_unit}
    assert found == {"5.9 victims per 100,000": "per_100000", "5.2": "per_100000"}
    text = "Scores rose from 58.6 in 2016 to 69.7 in 2023."
    assert {q.unit for q in quantities.find(text) if q.kind == "digits"} == {"count"}


def test_a_whole_number_a_rate_led_up_to_is_in_the_rate_s_unit():
    text = "The ratio decreased from 228 maternal deaths per 100,000 live births in 2015 to 197 in 2023."
    assert {text[q.start:q.end]: q.unit for q in quantities.find(text) if q.has_unit}["197"] == "per_100000"


def test_a_change_restated_after_by_keeps_the_first_change_s_unit():
    text = "The number of users has grown by 44.1 per cent since 2020, and by 14.3 per in the past year alone."
    assert [(text[q.start:q.end], q.unit) for q in quantities.find(text) if q.kind == "digits"][-1] == ("14.3", "percent")
    text = "Output grew by 2.1 per cent in 2023 and will reach 3.4 by 2030."
    assert [q.unit for q in quantities.find(text) if text[q.start:q.end] == "3.4"] != ["percent"]


def test_a_range_of_decimals_joined_by_a_hyphen_is_one_range():
    text = "current pledges put the world on track for a temperature rise of 2.6-2.8°C this century"
    (q,) = quantities.find(text)
    assert (text[q.start:q.end], q.value, q.value_high, q.unit) == ("2.6-2.8°C", 2.6, 2.8, "degC")
    text = "in the 2015-2020 period, 3-4 times as many as COVID-19 cases"
    assert [text[q.start:q.end] for q in quantities.find(text)] == ["3-4 times"]


def test_the_bare_numbers_of_a_list_take_the_unit_of_its_last_figure():
    text = "growth slowed, registering 0.8, 2.5 and 2.2 per cent respectively, and 12, 15 and 20 million people moved"
    assert [(q.value, q.unit) for q in quantities.find(text)] == [
        (0.8, "percent"), (2.5, "percent"), (2.2, "percent"), (12e6, "count"), (15e6, "count"), (20e6, "count")]
    text = "Of those 120, 45 per cent reported"
    assert [(q.value, q.unit) for q in quantities.find(text)] == [(120, "count"), (45, "percent")]


def test_a_scale_word_multiplies_any_unit_even_one_pint_holds_logarithmic():
    # pint's decade is a logarithmic unit; a scale word before it is still a plain multiplier
    assert [(q.value, q.unit) for q in quantities.find("four trillion decades")] == [(4e12, "decade")]


def test_scaled_figures_of_a_list_take_the_currency_of_its_last():
    text = "ODA to Africa, sub-Saharan Africa and the LDCs stood at 42 billion, 36 billion and 35 billion United States dollars"
    assert [(q.value, q.unit) for q in quantities.find(text)] == [(42e9, "USD"), (36e9, "USD"), (35e9, "USD")]


@pytest.mark.parametrize("text", ["more or less 20 per cent were idle", "costs in the order of 5 billion dollars"])
def test_more_or_less_and_in_the_order_of_are_hedges(text):
    (q,) = quantities.find(text)
    assert (q.approximate, q.bound) == (True, None)


@pytest.mark.parametrize("text, low, high", [
    ("Direct costs averaged USD 70–80billion a year.", 70e9, 80e9),
    ("Needs are estimated at $2.5–4 trillion per year.", 2.5e12, 4e12),
])
def test_a_currency_range_written_with_the_scale_only_at_its_end(text, low, high):
    (q,) = quantities.find(text)
    assert (q.value, q.value_high, q.unit) == (low, high, "USD")


def test_a_scaled_figure_after_to_takes_the_unit_of_the_figure_it_changes_from():
    found = quantities.find("Waste will increase from 2.12 billion tonnes per year to 3.78 billion by 2050.")
    assert [(q.value, q.unit) for q in found if q.kind != "year"] == [(2.12e9, "metric_ton"), (3.78e9, "metric_ton")]
