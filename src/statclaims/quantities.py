"""Find the quantities in a paragraph's clean text: digits, number words, fractions, multipliers,
with their scale words, units, ranges, hedges and bounds.

This stage says what each number *is* (4 trillion United States dollars, two
thirds, 12 times); whether it is a claim is for claims.py to decide. A digit
run that is part of a symbol (80/118), a code (17.8.1, 3G, COVID-19) or a
word is not a number at all and is skipped here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import numbers, units
from .errors import ParseError

_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\d{1,3})"

CORE = re.compile(
    rf"""
    # Only where a figure can begin: a digit or sign, or the start of a word that can open a number.
    (?:(?<![A-Za-z])(?=[aotfsenhdqzAOTFSENHDQZ])|(?=[\d.\-−]))
    (?:
    (?P<inof>\b(?P<in_num>{_SMALL})\s+(?-i:in|out\s+of|per(?!\s+(?:10|100)\b))\s+(?:every\s+)?(?P<in_den>{_SMALL})\b(?![.,]\d))
  | (?P<frac>\b(?P<f_num>an?|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]
        (?P<f_den>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b(?!-))
  | (?P<half>\bhalf\b(?!-(?!a-)))
  | (?P<fold>\b(?P<fold_num>{_SMALL}|\d+(?:\.\d+)?)[\s-]?fold\b)
  | (?P<factor>\bfactor\s+of\s+(?P<factor_num>{_SMALL}|\d+(?:\.\d+)?)\b(?![.,]\d))
  | (?P<mult>\b(?:twice|doubled?|tripled?|trebled?|quadrupled?)\b(?!-))
  | (?P<digits>(?:(?<=[\s(])[-−](?=\d)|(?<=\.\d-)|(?<=\.\d\d-)|(?<=\d-)(?=[\d.,]+\s?(?:per\s?cent|percent|%|times|°C|million|billion|trillion)\b)|(?<![\w.,/+#@&\-−])(?<![A-Za-z]-))(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,]|\.\d)|\d{{1,3}},\d{{1,2}}(?![\d,])(?=\s?(?:per\s?cent|percent|%))|\d+(?:\.\d+)?|(?<![\d)\]’”'"])\.\d+))
  | (?P<word>\b(?:{numbers.WORD_NUMBER_PATTERN})\b(?![-‐](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)))
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Where a figure can start, found cheaply: a character that is not an ASCII letter, followed by a
# digit, a sign or point before a digit, or the first letters of a word that can open a number. Every
# place where CORE can match is one of these (or the text's start), so CORE is tried there only,
# instead of at every character.
_OPENING_WORDS = (r"an?[\s-]|one|t(?:w|en|hre|hirt|ripl|rebl)|f(?:o(?:ur|rty)|i(?:ve|ft)|actor)|s(?:ix|even)"
                  r"|e(?:ight|leven)|nine|h(?:alf|undred)|do(?:ubl|zen)|quadrupl|zero")
_CANDIDATE = re.compile(rf"[^A-Za-z](?=\d|[-−.]\d|(?i:{_OPENING_WORDS}))")
_CANDIDATE_HEAD = re.compile(rf"\d|[-−.]\d|(?i:{_OPENING_WORDS})")

_SCALE = re.compile(r"(?:[\s\u00a0-]?(?P<word>thousand|million|billion|trillion)s?\b|\s?(?P<abbr>bn|tn|mn)\b|(?P<glued>[mbk])\b"
                    r"|\s(?P<spaced>(?-i:[MB]))(?!\w))", re.I)   # '$ 46.4 B': a dashboard's capital letter, after a currency
_UNIT = re.compile(
    r"""
    (?P<percent>\s?(?:per\s?cent|percent)\b|\s?%)
  | (?P<pp>\s(?:percentage[\s-]points?|pp\b|p\.p\.))
  | (?P<points>\s(?:points?)\b)
  | (?P<times>\s?times\b)
  | (?P<degc>\s?°\s?C\b)
  | (?P<time>\s(?:years?|decades?|months?|weeks?|days?|hours?|minutes?|centuries|century)\b|-(?:year|decade|month|week|day|hour|minute|century)s?\b)
  | (?P<currency>\s(?:(?:United\s+States|US|U\.S\.)\s+dollars?|dollars?|USD|US\$|euros?|EUR|pounds\s+sterling|GBP|Swiss\s+francs|CHF|yen|JPY|yuan|CNY)\b)
  | (?P<cents>\s(?:US\s+)?cents?\b)
  | (?P<physical>\s(?:metric\s+)?(?:gigatonnes|gigatons|gigatonne|gigaton|Gt|megatonnes|megatons|megatonne|megaton|Mt|tonnes|tons|tonne|ton|kilometres|kilometers|kilometre|kilometer|km|metres|meters|hectares|ha|kilograms|kg|litres|liters|gigawatts|GW|megawatts|MW|kilowatts|kW|watts|W|terawatt-hours|TWh|gigawatt-hours|GWh|kilowatt-hours|kWh|gigabytes|GB|terabytes|TB|petabytes|PB|exabytes|EB|zettabytes|ZB|Mbit/s|Mbps|Gbit/s|Gbps|square\s+(?:kilomet(?:re|er)s|km)|km2|millimet(?:re|er)s|mm|centimet(?:re|er)s|cm|cubic\s+met(?:re|er)s|m3|degrees?\s+(?:\(\s*)?Celsius|ppm)\b)
  | (?P<rate>(?:\s[a-z][\w-]*){0,4}\sper\s(?P<per>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d{1,7}|hundred|thousand|million)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_FRACTION_VERB_AFTER = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would|remains?|remained)\b", re.I)
_STOP_AFTER = re.compile(r"\s*[,.;:)]")
_PLURAL_WORD_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:[a-z]{2,}s|women|men|children|people)\b")
_HALF_A_POINT = re.compile(r"\s+a\s+(?:(percentage\s+point)|per\s?cent\b|percent\b)", re.I)
_HALF_A_SCALE = re.compile(r"(?:\s+|-)a(?:\s+|-)(million|billion|trillion)\b", re.I)   # 'half a billion', 'half-a-billion'
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\ba\s+$")
_OF_AFTER = re.compile(r"\s+of\b")
_TO_BEFORE = re.compile(r"\b(?:to|at)\s+$")
_BY_BEFORE = re.compile(r"\bby\s+$")
_FIGURE_IN_BRACKETS = re.compile(r"\s*\(\s*(?:about\s+|some\s+|around\s+)?[$€£]?\d")   # 'A third (3.7 million) were'
_HALF_STATED_AFTER = re.compile(r"\s+(?:of|the|were|was|are|is|its|their|all|them)\b|\s*\(", re.I)
# A hedge or bound just before a fraction word states it as a fraction: 'nearly half', 'over a third'.
_FRACTION_STATED_BEFORE = re.compile(r"\b(?:by|than|over|almost|nearly|about|around|roughly|some|only|just)\s+$", re.I)
_HALF_IDIOM = re.compile(r"\s+the\s+(?:battle|story|picture|problem|fun|equation|solution)\b", re.I)
_HALF_NOT_BEFORE = re.compile(r"\b(?:first|second|latter|former|one|a|the)\s+$", re.I)
# 'twice a year', 'met twice.', 'twice in 2023': how often, not a multiplier.
_HOW_OFTEN_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:year|month|week|day)\b", re.I)
_TWICE_A = re.compile(rf"{_HOW_OFTEN_AFTER.pattern}|\s*[”\"’]?\s*(?:[.;,)]|$)|"
                      r"\s+(?:in|during|since|per|each|every|before|after|within|and|or)\b", re.I)
_DOUBLE_AFTER = re.compile(r"\s+(?:the|that|its|their|what)\b", re.I)
_DOUBLE_BEFORE = re.compile(r"\b(?:than|almost|nearly|to)\s+$", re.I)
_PER_UNITS = {"m3": "m**3", "m³": "m**3", "kwh": "kWh", "kg": "kg", "tonne": "metric_ton", "t": "metric_ton",
              "ha": "hectare", "day": "day", "year": "year"}
_PER_UNIT_AFTER = re.compile(r"\s?/\s?(m3|m³|kWh|kg|tonne|t|ha|day|year)\b", re.I)
_CODE_AFTER = re.compile(r"[.]\d|/|\.[A-Za-z]\b|-\d{3,}|-\d+-\d")   # also ISBN 978-92-1-130458-9
_LETTER = re.compile(r"[A-Za-z]")
_PERCENTAGE_POINTS = re.compile(r"percentage\s+points?", re.I)
_NOT_LOWER = re.compile(r"[^a-z]")
_YEAR_DIGITS = re.compile(r"1\d{3}|2[01]\d{2}|1\s[89]\d\d|2\s0\d\d")   # '2 012': a year a text layer split
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:\S+\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+)?$", re.I)
_CURRENCY_BEFORE = re.compile(r"(?P<sym>US\s?\$|\$|USD|EUR|GBP|CHF|JPY|CNY|€|£|¥)\s?$")
_CURRENCY_CODES = {"$": "USD", "us$": "USD", "us $": "USD", "usd": "USD", "eur": "EUR", "€": "EUR", "£": "GBP",
                   "gbp": "GBP", "chf": "CHF", "¥": "JPY", "jpy": "JPY", "cny": "CNY"}
_CURRENCY_WORDS = (("dollar", "USD"), ("euro", "EUR"), ("pound", "GBP"), ("franc", "CHF"), ("yen", "JPY"),
                   ("yuan", "CNY"), ("usd", "USD"), ("us$", "USD"), ("eur", "EUR"), ("gbp", "GBP"),
                   ("chf", "CHF"), ("jpy", "JPY"), ("cny", "CNY"))
_TIME_UNITS = {"year": "year", "decade": "decade", "month": "month", "week": "week", "day": "day", "hour": "hour",
               "minute": "minute", "century": "century", "centurie": "century"}
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_GLUED_UNIT = re.compile(r"(?:per\s?cent|percent|bn|tn|mn|m|b|k|trillion|billion|million|thousand|times|fold|x)\b", re.I)
_HEDGES = re.compile(
    r"""(?<![\w])(?:
        (?P<approx>approximately|approx\.|about|around|roughly|some|nearly|almost|close\s+to|circa|ca\.|more\s+or\s+less|in\s+the\s+order\s+of|of\s+the\s+order\s+of|an\s+estimated\s+(?:about|approximately|around|some))
      | (?P<lower>more\s+than|over|at\s+least|above|in\s+excess\s+of|exceed(?:ing|ed|s)?|no\s+(?:less|fewer)\s+than|upwards\s+of|greater\s+than)
      | (?P<upper>less\s+than|under|below|up\s+to|fewer\s+than|at\s+most|no\s+more\s+than|not\s+more\s+than|lower\s+than|a\s+maximum\s+of)
      | (?P<just>just|only|still|some\s+of)
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_OFFSET_UNITS = ("degC",)
# Words for physical units, as pint names them.
_PHYSICAL = (("square kilomet", "km**2"), ("square km", "km**2"), ("km2", "km**2"), ("cubic met", "m**3"), ("m3", "m**3"), ("millimet", "mm"), ("mm", "mm"), ("centimet", "cm"), ("cm", "cm"), ("degrees celsius", "degC"), ("degree", "degC"), ("ppm", "ppm"), ("terawatt", "TWh"),
             ("twh", "TWh"), ("gigawatt-hour", "GWh"), ("gwh", "GWh"), ("kilowatt-hour", "kWh"), ("kilowatt hour", "kWh"), ("kwh", "kWh"), ("kilowatt", "kW"),
             ("gigawatt", "GW"), ("gw", "GW"), ("megawatt", "MW"), ("mw", "MW"), ("kw", "kW"), ("watt", "W"), ("w", "W"), ("gigaton", "Gt"), ("gt", "Gt"), ("megaton", "Mt"), ("mt", "Mt"), ("tonne", "metric_ton"),
             ("ton", "metric_ton"), ("kilomet", "km"), ("km", "km"), ("metre", "m"), ("meter", "m"),
             ("hectare", "hectare"), ("ha", "hectare"), ("kilogram", "kg"), ("kg", "kg"), ("litre", "L"),
             ("liter", "L"), ("gigabyte", "GB"), ("gb", "GB"), ("terabyte", "TB"), ("tb", "TB"), ("petabyte", "PB"),
             ("pb", "PB"), ("exabyte", "EB"), ("eb", "EB"), ("zettabyte", "ZB"), ("zb", "ZB"),
             ("mbit/s", "Mbit/s"), ("mbps", "Mbit/s"), ("gbit/s", "Gbit/s"), ("gbps", "Gbit/s"))


def _physical_unit(word: str) -> str:
    key = " ".join(word.lower().replace("metric", "").split())
    return next(unit for prefix, unit in _PHYSICAL if key.startswith(prefix))

_RANGE_CUE = re.compile(r"\b(?:between|range[sd]?|ranging|vary|varies|varying|varied|estimated\s+at)\s+(?:from\s+)?(?:\S+\s+)?$", re.I)
_JOIN = re.compile(r"\s?(?P<dash>[–—-])\s?|\s+(?P<word>to|and|or)\s+|\s?(?P<pm>±|\+/-)\s?|\s+(?P<pmw>plus\s+or\s+minus)\s+", re.I)


@dataclass(frozen=True)
class Quantity:
    """One figure in a clean text: where it stands, what it is worth, in which unit."""

    start: int            # span of the whole expression (value_text), in the clean text
    end: int
    value: float
    unit: str             # percent, percentage_point, USD (or another ISO code), count, ratio, ...
    kind: str             # digits, word, fraction, multiplier, year
    number_start: int     # span of the number itself
    number_end: int
    value_high: float | None = None
    scale: str | None = None
    approximate: bool = False
    bound: str | None = None
    has_unit: bool = False   # the text names a unit or scale (not a bare count)


def find(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, in order, ranges merged and bare numbers given their partner's unit."""
    raw = [q for q in (_parse(m, text) for m in core_matches(text)) if q is not None]
    return tuple(_hedge(text, q) for q in _rate_carried(text, _dated_starts(text, _pair(text, raw))))


_DATED_TO = re.compile(r"\s+(?:in\s+)?(?:19|20)\d\d\s+to\s+(?:US\$|\$|€)?")


def _dated_starts(text: str, found: list[Quantity]) -> list[Quantity]:
    """'from 3.6 in 2016 to 4.2 per cent in 2017': a bare start of a change, dated, is in the unit of its end."""
    result = list(found)
    for i, q in enumerate(result[:-2]):
        end = result[i + 2]
        if q.has_unit or q.kind != "digits" or result[i + 1].kind != "year" or not (end.unit == "percent" or end.unit.startswith("per_")):
            continue
        dated = _DATED_TO.match(text, q.end)
        if dated and dated.end() == end.start and _FROM_BEFORE.search(text, max(0, q.start - 12), q.start):
            result[i] = _lend(q, end)
    return result


def _rate_carried(text: str, found: list[Quantity]) -> list[Quantity]:
    """'fell from 66.3 per 1,000 in 2000 to 38.3 per 1,000 in 2024, and is projected to decline to 34.8 by 2030': a
    bare decimal that a rate or a percentage led up to, in the same sentence, is in its unit."""
    result: list[Quantity] = []
    for q in found:
        prior = next((r for r in reversed(result) if r.has_unit), None)
        if (prior is not None and q.kind == "digits" and not q.has_unit
                and ("." in text[q.number_start:q.number_end] or prior.unit.startswith("per_"))
                and (prior.unit == "percent" or prior.unit.startswith("per_"))
                and (_TO_BEFORE.search(text, max(prior.end, q.start - 12), q.start)
                     or _by_again(text, prior, q))
                and q.start - prior.end < 120 and ". " not in text[prior.end:q.start]):
            q = replace(q, unit=prior.unit, has_unit=True)
        elif (prior is not None and q.unit == "count" and q.scale and prior.scale == q.scale
                and prior.unit not in ("count", "people", "percent") and not prior.unit.startswith("per_")
                and _TO_BEFORE.search(text, max(prior.end, q.start - 12), q.start)
                and q.start - prior.end < 60 and ". " not in text[prior.end:q.start]):
            q = replace(q, unit=prior.unit)   # 'from 2.12 billion tonnes per year to 3.78 billion': the same unit
        result.append(q)
    return result


def _by_again(text: str, prior: Quantity, q: Quantity) -> bool:
    """'grown by 44.1 per cent since 2020, and by 14.3 in the past year': the same change, restated."""
    return (_BY_BEFORE.search(text, max(0, prior.start - 4), prior.start) is not None
            and _BY_BEFORE.search(text, max(prior.end, q.start - 4), q.start) is not None)


def core_matches(text: str) -> list[re.Match[str]]:
    """What ``CORE.finditer(text)`` yields, found by trying CORE only where a figure can start.

    Scanning with CORE tries its whole alternation at every character; the candidate pattern is
    cheap, and CORE then runs at a few places per paragraph. Matches do not overlap, as with finditer.
    """
    found: list[re.Match[str]] = []
    end = 0
    if _CANDIDATE_HEAD.match(text):
        m = CORE.match(text, 0)
        if m:
            found.append(m)
            end = m.end()
    for candidate in _CANDIDATE.finditer(text):
        position = candidate.end()
        if position < end:
            continue
        m = CORE.match(text, position)
        if m:
            found.append(m)
            end = m.end()
    return found


def _parse(match: re.Match[str], text: str) -> Quantity | None:
    kind = match.lastgroup
    start, end = match.span()
    try:
        if kind == "inof":
            value = numbers.parse_fraction(match.group("in_num"), match.group("in_den"))
            return Quantity(start, end, units.as_percent(value), "percent", "fraction", start, end, has_unit=True)
        if kind == "frac":
            if match.group("f_num").lower() in ("a", "an") and not (
                    _OF_AFTER.match(text, end) or _FRACTION_VERB_AFTER.match(text, end) or _FIGURE_IN_BRACKETS.match(text, end)
                    or (_FRACTION_STATED_BEFORE.search(text[max(0, start - 40):start]) and _STOP_AFTER.match(text, end))):
                return None   # 'a third country', 'for a third time'; but 'over a third has stalled', 'by about a third.'
            value = numbers.parse_fraction(match.group("f_num"), match.group("f_den"))
            return Quantity(start, end, units.as_percent(value), "percent", "fraction", start, end, has_unit=True)
        if kind == "half":
            scaled = _HALF_A_SCALE.match(text, end)
            if scaled:   # 'nearly half a billion family farmers': a count, not a share
                scale = scaled.group(1).lower()
                return Quantity(start, scaled.end(), _tidy(units.magnitude(0.5, scale, "count")), "count", "word",
                                start, scaled.end(), scale=scale, has_unit=True)
            point = _HALF_A_POINT.match(text, end)
            if point:   # 'the youth jobless rate fell by just half a per cent': 0.5 per cent, not a half
                unit = "percentage_point" if point.group(1) else "percent"
                return Quantity(start, point.end(), 0.5, unit, "word", start, point.end(), has_unit=True)
            stated = _HALF_STATED_AFTER.match(text, end) or _FRACTION_STATED_BEFORE.search(text[max(0, start - 40):start])
            if not stated or _HALF_NOT_BEFORE.search(text[max(0, start - 40):start]) or _HALF_IDIOM.match(text, end):
                return None
            return Quantity(start, end, units.as_percent(0.5), "percent", "fraction", start, end, has_unit=True)
        if kind == "fold":
            value = numbers.parse_multiplier(match.group("fold"))
            return Quantity(start, end, value, "ratio", "multiplier", start, end, has_unit=True)
        if kind == "factor":
            article = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
            begin = article.start() if article else start
            value = numbers.parse_number(match.group("factor_num"))
            return Quantity(begin, end, value, "ratio", "multiplier", match.start("factor_num"), end, has_unit=True)
        if kind == "mult":
            word = match.group("mult").lower()
            if word == "twice" and _TWICE_A.match(text, end):
                return None
            if word == "double" and not (_DOUBLE_AFTER.match(text, end)
                                         or _DOUBLE_BEFORE.search(text[max(0, start - 40):start])):
                return None
            value = numbers.parse_multiplier(word)
            return Quantity(start, end, value, "ratio", "multiplier", start, end, has_unit=True)
        if kind == "digits":
            return _with_unit(text, start, end, numbers.parse_digits(match.group("digits")), "digits")
        if kind == "word":
            word = match.group("word")
            value = numbers.parse_word_number(word)
            half = _AND_A_HALF.match(text, end)
            if half:   # 'two and a half times more'
                value, end = value + 0.5, half.end()
            quantity = _with_unit(text, start, end, value, "word")
            if quantity is None:
                return None
            if word.lower() == "one" and not quantity.has_unit:
                return None  # "one of the", "no one", "at least one": not a figure
            return quantity
    except ParseError:
        return None
    return None


def _with_unit(text: str, start: int, end: int, value: float, kind: str) -> Quantity | None:
    """Scale word, unit and currency around a number; None for digits that belong to a code."""
    if kind == "digits":
        per_unit = _PER_UNIT_AFTER.match(text, end)
        currency = _CURRENCY_BEFORE.search(text, max(0, start - 6), start) if per_unit else None
        if per_unit and currency:   # '$17.5/m3': a price per physical unit
            code = _CURRENCY_CODES.get(currency.group("sym").lower().replace(" ", ""), "USD")
            return Quantity(currency.start(), per_unit.end(), value, f"{code}/{_PER_UNITS[per_unit.group(1).lower()]}",
                            kind, start, end, has_unit=True)
        if _CODE_AFTER.match(text, end):
            return None  # 17.8.1, 80/118, target 9.c, job number 25-06745
        if text.startswith("0", start) and end - start > 1 and text[start + 1].isdigit():
            return None  # 'GE.20-03747(E)': a leading zero writes a code, not an amount
        if _LETTER.match(text, end) and not _GLUED_UNIT.match(text, end):
            return None  # 3G, 64th, 1980s
    q_start, scale, unit, has_unit = start, None, "count", False
    pos = end
    scale_match = _SCALE.match(text, pos)
    if scale_match and (scale_match.group("word") or scale_match.group("abbr") or
                        ((scale_match.group("glued") or scale_match.group("spaced"))
                         and _CURRENCY_BEFORE.search(text, max(0, start - 6), start)) or
                        (scale_match.group("glued") == "M" and _LOWER_WORD_AFTER.match(text, scale_match.end()))):
        # '135M people': a capital M glued to a number and followed by words is millions
        scale = numbers.scale_name(scale_match.group("word") or scale_match.group("abbr") or scale_match.group("glued")
                                   or scale_match.group("spaced"))
        pos = scale_match.end()
        has_unit = True
    currency = _CURRENCY_BEFORE.search(text, max(0, start - 6), start)
    if currency:
        unit = _CURRENCY_CODES.get(currency.group("sym").lower().replace(" ", ""), "USD")
        q_start = currency.start()
        has_unit = True
    unit_match = _UNIT.match(text, pos)
    if unit_match:
        group = unit_match.lastgroup
        if group == "percent":
            unit = "percent"
        elif group == "pp":
            unit = "percentage_point"
        elif group == "points":
            # Bare "points" are percentage points where the sentence speaks of them; else index points.
            unit = "percentage_point" if _PERCENTAGE_POINTS.search(text) else "index_point"
        elif group == "times":
            if _HOW_OFTEN_AFTER.match(text, unit_match.end()):
                return None   # 'published four times a year': how often, not a multiplier
            unit = "ratio"
        elif group == "degc":
            unit = "degC"
        elif group == "physical":
            unit = _physical_unit(unit_match.group("physical"))
        elif group == "time":
            unit = _TIME_UNITS[_NOT_LOWER.sub("", unit_match.group("time").lower()).rstrip("s")]
        elif group == "currency":
            word = unit_match.group("currency").strip().lower()
            unit = next((code for key, code in _CURRENCY_WORDS if key in word), "USD")
        elif group == "cents":
            value, unit = value * units.factor("USD_cent", "USD"), "USD"
        elif group == "rate":
            per = unit_match.group("per").replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
            base = {"hundred": 100, "thousand": 1000, "million": 1000000}.get(per.lower(), None) or int(per)
            unit = f"per_{base}" if units.is_unit(f"per_{base}") else "count"
            if base == 1000000 and "parts" in unit_match.group("rate").lower():
                unit = "ppm"   # '2.3 parts per million'
        pos = unit_match.end()
        has_unit = True
    if not has_unit and kind == "digits" and "." in text[start:end]:
        unit = "ratio" if value < 10 else "count"   # a bare decimal is a measured score or index
    is_year = (kind == "digits" and not has_unit and _YEAR_DIGITS.fullmatch(text, start, end) is not None)
    magnitude = units.magnitude(value, scale, unit) if scale and unit not in _OFFSET_UNITS else value
    return Quantity(q_start, pos, _tidy(magnitude), unit, "year" if is_year else kind, start, end,
                    scale=scale, has_unit=has_unit)


def _tidy(value: float) -> float:
    """Drop float noise from scale arithmetic: 2.3 billion is 2300000000, not 2299999999.9999995."""
    return float(f"{value:.12g}")


def _pair(text: str, found: list[Quantity]) -> list[Quantity]:
    """Merge ranges (58–79 per cent, between 19 and 44 per cent) and lend a unit to a bare partner
    (from 87 to 92 per cent: 87 is a per cent too)."""
    result: list[Quantity] = []
    found = list(found)
    i = 0
    while i < len(found):
        q = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and q.kind not in ("year",) and nxt.kind not in ("year",):
            join = _JOIN.fullmatch(text, q.end, nxt.start)
            if join and join.group("dash") and units.is_currency(q.unit) and not q.scale and nxt.unit == "count" \
                    and nxt.scale and not nxt.value_high:
                low = units.magnitude(q.value, nxt.scale, q.unit)
                if low < nxt.value:   # '$70–80 billion': the currency and the scale are both figures'
                    q = replace(q, value=low, scale=nxt.scale)
                    nxt = found[i + 1] = replace(nxt, unit=q.unit)
            # '1 trillion to 3.4 trillion dollars': a scaled figure with no unit of its own takes its partner's.
            same_kind = q.unit == nxt.unit or not q.has_unit or (q.unit == "count" and (not q.scale or bool(nxt.scale)))
            word = (join.group("word") or "").lower() if join else ""
            before = text[max(0, q.start - 60):q.start]
            if join and same_kind and (nxt.has_unit or _bare_range(q, nxt, word, before, text[nxt.end:nxt.end + 30])):
                lent = _lend(q, nxt)
                # A spaced dash between a larger and a smaller figure sets off a clause: '666 million – 18.8 million fewer'.
                is_range = (bool(join.group("dash")) and lent.value < nxt.value) \
                    or (word == "and" and _BETWEEN_BEFORE.search(before)) \
                    or (word == "to" and (not _FROM_BEFORE.search(before) or _RANGE_CUE.search(before)))
                if join.group("pm") or join.group("pmw"):   # '420 plus or minus 0.1 parts per million': the figure and its margin
                    result.append(replace(nxt, start=lent.start, value=lent.value, number_start=lent.number_start,
                                          number_end=lent.number_end))
                    i += 2
                    continue
                if is_range and word != "or":
                    result.append(replace(nxt, start=lent.start, value=lent.value, value_high=nxt.value,
                                          number_start=lent.number_start, number_end=lent.number_end))
                    i += 2
                    continue
                result.append(lent)
                i += 1
                continue
        result.append(q)
        i += 1
    return _listed(text, found, result)


_LIST_COMMA = re.compile(r"\s?,\s")


def _listed(text: str, found: list[Quantity], paired: list[Quantity]) -> list[Quantity]:
    """'45, 38 and 29 per cent': the bare numbers of a list take the unit its last pair shares (the figure before
    'and' has already taken it from the last)."""
    if len(paired) < 2 or ", " not in text:
        return paired
    as_found = {q.start: (q.unit, q.scale, q.has_unit) for q in found}
    result = list(paired)
    for i in range(len(result) - 2, -1, -1):
        q, nxt = result[i], result[i + 1]
        lent = as_found.get(nxt.start) != (nxt.unit, nxt.scale, nxt.has_unit)   # the next figure took its unit
        if (q.kind == "digits" and (not q.has_unit or q.unit == "count" and q.scale)
                and as_found.get(q.start) == (q.unit, q.scale, q.has_unit)
                and lent and nxt.has_unit and nxt.value_high is None and _LIST_COMMA.fullmatch(text, q.end, nxt.start)):
            result[i] = _lend(q, nxt) if not q.has_unit else replace(q, unit=nxt.unit)   # a scaled count: the unit only
    return result


def _bare_range(low: Quantity, high: Quantity, word: str, before: str, after: str) -> bool:
    """'between 120,000 and 400,000 Roma', 'ranging from 50 to 60': two bare counts that a range cue joins; 'an
    estimated 20 to 30 women': two joined by 'to' before the noun they count (but 'from 20 to 30 women' is a change)."""
    if not (low.unit == high.unit == "count" and not low.has_unit and not high.has_unit and low.value < high.value):
        return False
    if word in ("and", "to") and _RANGE_CUE.search(before):
        return True
    return word == "to" and not _FROM_BEFORE.search(before) and _PLURAL_WORD_AFTER.match(after) is not None


def _lend(bare: Quantity, partner: Quantity) -> Quantity:
    """A bare number takes its partner's unit and scale: 'from 2.5 to 4 trillion', '65 to 66 per cent'."""
    if bare.has_unit:
        if bare.unit == partner.unit and units.is_currency(bare.unit) and not bare.scale and partner.scale:
            value = units.magnitude(bare.value, partner.scale, partner.unit)   # '$40–$70 billion'
            return replace(bare, value=_tidy(value), scale=partner.scale) if value <= 100 * partner.value else bare
        return replace(bare, unit=partner.unit) if bare.unit == "count" and bare.scale and partner.scale else bare
    value = units.magnitude(bare.value, partner.scale, partner.unit) if partner.scale and partner.unit not in _OFFSET_UNITS else bare.value
    if value > 100 * partner.value:
        value = bare.value   # 'between 450,000 and 1.2 million': a number written in full takes no scale word
    return replace(bare, value=_tidy(value), unit=partner.unit, scale=partner.scale, has_unit=True,
                   kind="digits" if bare.kind == "year" else bare.kind)


# The last word of every hedge and bound above: a text that does not end with one has none.
_HEDGE_ENDINGS = ("approximately", "approx.", "about", "around", "roughly", "some", "nearly", "almost", "to", "circa", "less",
                  "ca.", "than", "over", "least", "above", "of", "exceed", "exceeds", "exceeded", "exceeding", "under",
                  "below", "most", "just", "only", "still")


def _may_end_with_hedge(before: str) -> bool:
    """False when ``before`` cannot end with a hedge: its last word is none of the hedges' last words."""
    return before.rstrip().casefold().endswith(_HEDGE_ENDINGS)


def _hedge(text: str, q: Quantity) -> Quantity:
    """Hedges (approximately, some, nearly) and bounds (more than, up to) written before the figure."""
    before = text[max(0, q.start - 60):q.start]
    approximate, bound = False, None
    for _ in range(3):
        m = _HEDGES.search(before) if _may_end_with_hedge(before) else None
        if not m:
            break
        if m.group("approx"):
            approximate = True
        elif m.group("lower") and bound is None:
            bound = "lower"
        elif m.group("upper") and bound is None:
            bound = "upper"
        before = before[:m.start()]
    if approximate == q.approximate and bound == q.bound:
        return q
    return replace(q, approximate=approximate, bound=bound)
