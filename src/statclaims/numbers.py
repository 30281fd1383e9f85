"""Numbers as English writes them: digits, number words, fractions, scale words, multipliers.

Each function turns the text of one number into its value; the patterns that
find them in running text live in quantities.py and are built from the tables
here, so a word added to a table is found and parsed alike.
"""
from __future__ import annotations

import re

from .errors import ParseError

UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS: dict[str, str] = {
    "thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
    "mn": "million", "m": "million", "bn": "billion", "b": "billion", "tn": "trillion",
    "k": "thousand",
}
# Denominators of written fractions: "a third", "two fifths", "three quarters".
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
# Words that are a multiplier by themselves.
MULTIPLIER_WORDS: dict[str, float] = {
    "twice": 2, "double": 2, "doubled": 2, "triple": 3, "tripled": 3, "treble": 3,
    "trebled": 3, "quadruple": 4, "quadrupled": 4,
}
FOLD_PREFIXES: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "hundred": 100,
}

_DECIMAL_COMMA = re.compile(r"^[-\u2212]?\d{1,3},\d{1,2}$")
_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$")


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# "twenty-eight", "forty two", "seventy", "nineteen": not "twenty-eighth".
_DIGIT_WORDS = _alternation([w for w in UNITS_WORDS if UNITS_WORDS[w] and UNITS_WORDS[w] < 10])
WORD_NUMBER_PATTERN = (
    rf"(?:(?:{_DIGIT_WORDS})[-\s]hundred\b"   # 'One hundred million', 'two hundred'
    rf"|(?:{_alternation(list(TENS_WORDS))})(?:[-\s](?:{_DIGIT_WORDS}))?"
    rf"|(?:{_alternation(list(UNITS_WORDS))})|a\s+hundred|one\s+hundred|hundred|a\s+dozen|dozen)"
)


def parse_digits(text: str) -> float:
    """'1,234.5' -> 1234.5, '447 000' -> 447000, '25,5' -> 25.5 (a comma before one or two final digits is a
    decimal comma); raises ParseError on anything that is not a written number."""
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if _DECIMAL_COMMA.match(cleaned):
        cleaned = cleaned.replace(",", ".")
    sign = -1.0 if cleaned[:1] in ("-", "\u2212") else 1.0
    cleaned = cleaned.lstrip("-\u2212")
    if not cleaned or not _DIGITS.match(cleaned) or cleaned == ".":
        raise ParseError(f"not a number: {text!r}")
    return sign * float(cleaned.replace(",", ""))


def parse_word_number(text: str) -> float:
    """'twenty-eight' -> 28, 'a hundred' -> 100, 'a dozen' -> 12."""
    words = re.split(r"[-\s]+", text.lower().strip())
    words = [w for w in words if w not in ("a", "and")]
    if not words:
        raise ParseError(f"not a number word: {text!r}")
    total = 0
    for word in words:
        if word in UNITS_WORDS:
            total += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            total += TENS_WORDS[word]
        elif word == "hundred":
            total = max(total, 1) * 100
        elif word == "dozen":
            total = max(total, 1) * 12
        else:
            raise ParseError(f"not a number word: {text!r}")
    return float(total)


def parse_number(text: str) -> float:
    """Digits or number words, whichever the text is."""
    stripped = text.strip()
    if stripped and (stripped[0].isdigit() or stripped[0] in ".-\u2212"):
        return parse_digits(stripped)
    return parse_word_number(stripped)


def parse_fraction(numerator: str, denominator: str) -> float:
    """'two', 'thirds' -> 2/3; 'a', 'half' -> 1/2; 'one', 'five' (one in five) -> 1/5."""
    top = 1.0 if numerator.lower() in ("a", "an") else parse_number(numerator)
    word = denominator.lower()
    bottom = float(FRACTION_WORDS[word]) if word in FRACTION_WORDS else parse_number(denominator)
    if bottom == 0:
        raise ParseError(f"fraction with a zero denominator: {numerator} {denominator}")
    return top / bottom


def parse_multiplier(text: str) -> float:
    """'twice' -> 2, 'sixfold' -> 6, 'six-fold' -> 6, '10-fold' -> 10, '2.5' -> 2.5."""
    word = text.lower().strip()
    if word in MULTIPLIER_WORDS:
        return float(MULTIPLIER_WORDS[word])
    stem = re.sub(r"[-\s]?fold$", "", word)
    if stem in FOLD_PREFIXES:
        return float(FOLD_PREFIXES[stem])
    return parse_number(stem)


def scale_name(word: str | None) -> str | None:
    """The registry's name for a scale word ('bn' -> 'billion'), or None."""
    if not word:
        return None
    return SCALE_WORDS.get(word.lower())
