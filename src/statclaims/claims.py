"""Claims: the quantities that state a fact, with what they measure, whose figure they are,
when, against which other figures, and which footnote cites them.

Everything that is a number but not a claim (years, dates, symbols, paragraph
and goal numbers, ages, durations, ranks, targets) is rejected here by rules
over the sentence around it, each rule a small function with a name.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from re import _constants, _parser

from . import numbers, quantities, units, vocabulary
from .errors import ParseError
from .document import Document, Paragraph
from .quantities import Quantity


@dataclass(frozen=True)
class Claim:
    """One quantitative claim; the fields are the contract's (docs/claims-contract.md)."""

    document: str
    claim_id: str
    paragraph: str
    value_text: str
    start: int
    end: int
    sentence: str
    value: float
    value_high: float | None
    unit: str
    approximate: bool
    bound: str | None
    indicator: str | None
    population: str | None
    group: str | None
    sex: str | None
    year: int | None
    comparison_id: str | None
    footnote: str | None
    paragraph_footnotes: tuple[str, ...] = ()
    source_id: str | None = None
    source_title: str | None = None

    def as_record(self) -> dict[str, object]:
        """The claim as a JSON-ready dict, fields in contract order."""
        record = {name: getattr(self, name) for name in self.__dataclass_fields__}
        record["paragraph_footnotes"] = list(self.paragraph_footnotes)
        return record


FIELDS: tuple[str, ...] = tuple(Claim.__dataclass_fields__)

# ---------------------------------------------------------------- sentences and clauses

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|para|paras|No|Nos|vol|Vol|sect|Sect|art|Art|fig|Fig|p|pp|approx|ca|cf|Mr|Mrs|Ms|Dr|Prof|St|al|Inc|Ltd|Co|Corp|op|cit|ibid|Rev|Add|Corr|Suppl|U\.S|U\.K)|\b[A-Z])\.$")
# A sentence ends at [.!?] and white space before a capital or digit, or, where a text layer lost the
# space ('in 2015.Nonetheless,'), at a full stop between a year or a word and a capitalised word.
# The pattern consumes the stop itself, so the engine skips to each stop instead of trying a
# look-behind at every character; the break proper starts after the stop (group "brk").
_SENTENCE_BREAK = re.compile(r"[.!?](?P<brk>[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])"
                             r"|(?<=[a-z\d]{3}\.)(?=[A-Z][a-z]+[,\s]))")
_CLAUSE_MARK = re.compile(r"[,;:()–—]|\s-\s")
_ACRONYM_ASIDE = re.compile(r"\s?\([A-Z][A-Za-z0-9&-]{1,11}\)$")
_CLAUSE_CONTINUES = re.compile(r"^\s*(?:including|such\s+as|namely|i\.e\.|e\.g\.|in\s+particular)\b", re.I)


def _in_address(text: str, position: int) -> bool:
    """Is a full stop with no space after it part of an address or a name (www.itu.int/Home.Page, U.N.Doc)?"""
    token = text[max(0, position - 60):position - 1].rsplit(None, 1)[-1] if text[:position - 1].strip() else ""
    return any(c in token for c in "/@.") or token[:1].isupper() and not token.istitle()


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a clean paragraph text."""
    spans, start = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        brk, end = m.span("brk")
        if _ABBREVIATIONS.search(text[max(0, brk - 12):brk]) or (brk == end and _in_address(text, brk)):
            continue
        spans.append((start, brk))
        start = end
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


WINDOW = 400  # how far any rule looks from a figure: keeps every look-up local, and the whole pass linear


@lru_cache(maxsize=4096)
def _clause_start(text: str, position: int, floor: int) -> int:
    """Where the clause holding ``position`` starts; a clause opened by 'including' extends back.

    Remembered: several rules ask it of the same figure, and a paragraph's text hashes once."""
    floor = max(floor, position - WINDOW)
    cut = floor
    for m in _CLAUSE_MARK.finditer(text, floor, position):
        cut = m.end()
    if cut > floor and _CLAUSE_CONTINUES.match(text[cut:position]):
        return _clause_start(text, cut - 1, floor)
    if cut > floor and text[cut - 1] == ")" and "." not in text[cut:position]:
        aside = _ACRONYM_ASIDE.search(text, max(floor, cut - 16), cut)
        if aside:   # 'the Sustainable Development Goal (SDG) of 70 maternal deaths': an acronym does not end a clause
            return _clause_start(text, aside.start(), floor)
    return cut


def _last_match(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """The last of a pattern's matches: the one nearest a figure when the text ends there."""
    m = None
    for m in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        pass
    return m


def _clause_end(text: str, position: int, ceiling: int) -> int:
    ceiling = min(ceiling, position + WINDOW)
    m = _CLAUSE_MARK.search(text, position, ceiling)
    return m.start() if m else ceiling


# ---------------------------------------------------------------- what is not a claim

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
_DATE_AFTER = re.compile(rf"^(?:\s*(?:and|to|[-–—])\s*\d{{1,2}})?\s*{_MONTHS}")
_DATE_BEFORE = re.compile(rf"{_MONTHS}\.?\s*(?:\d{{1,2}}\s*(?:and|to|[-–—])\s*)?$")
_REFERENCE_WORDS = (
    r"goals?|targets?|sdgs?|paras?\.?|paragraphs?|items?|nos?\.|numbers?|figures?|figs?\.|tables?|annex(?:es)?|chapters?|"
    r"ch\.|sections?|sect\.|articles?|arts?\.|rules?|resolutions?|decisions?|volumes?|vol\.|pages?|p\.|pp\.|indicators?|"
    r"supplement|sessions?|phases?|box|boxes|footnotes?|notes?|principles?|recommendations?|action\s+lines?|steps?|parts?|"
    r"titles?|protocols?|conventions?|levels?|tiers?|grades?|pillars?|objectives?|outcomes?|priorit(?:y|ies)|options?|"
    r"scenarios?|clusters?|lines?|rounds?|waves?|meeting|plenary|series|edition|version|report|brief|paper|programme|"
    r"agenda|compact|declaration|No|Nos")
_REFERENCE_BEFORE = re.compile(rf"\b(?:{_REFERENCE_WORDS})\s*(?:(?:[\d.]+[a-z]?|[ivxlc]+)\s*(?:,|and|or|to|[-–—])\s*)*$", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages|age\s+of|ages\s+of|age\s+group|under-?|over\s+the\s+age\s+of|between\s+the\s+ages\s+of|"
                         r"(?:children|people|persons|adults)\s+(?:younger|older)\s+than|before\s+(?:they|he|she)\s+(?:were|was|turn(?:ed)?))"
                         r"\s*(?:\d+\s*(?:and|to|[-–—])\s*)?$", re.I)
_AGE_AFTER = re.compile(r"^\s*(?:[-–—]?\s*years?[\s-]+(?:old|of\s+age)|[-–]year[-–]olds?)"
                        r"|^[-–]?\s*(?:to|and)\s+\d+[\s-]*years?[\s-]*olds?\b", re.I)   # 'the 15- to 24-year-old age group'
_SLICE_BEFORE = re.compile(r"\b(?:poorest|richest|wealthiest|top|bottom)\s+$", re.I)
_RANK_BEFORE = re.compile(r"\b(?:top|bottom|the\s+(?:first|last|next|leading|largest|biggest))\s*$", re.I)
_TARGET_CUE = re.compile(
    r"\b(?:targets?|targeted|towards(?=(?:\s+(?:the|a|an))?(?:\s+[\w-]+){0,5}?\s*$|[^.;]*\d)|threshold|ceiling|benchmark|pledged?|pledges|commitments?\s+(?:(?:for|of|by)\s+[\w\s-]{1,40}?\s+)?to|committed\s+to|encourages?|"
    r"aims?\s+to|aimed\s+at|agreed\s+to|needs?\s+to|ideally|preferably|goals?\s+(?:agreed|set|adopted)|(?:calls|calling)\s+(?:upon|for\s+the)|urg(?:es|ing)|in\s+order\s+to|to\s+achieve\s+(?:an?|the)|necessary\s+to|efforts\s+to\s+(?:achieve|reach|attain)|aiming|seek(?:s|ing)?\s+to|intends?\s+to|not\s+(?:to\s+)?exceed\w*|in\s+an\s+amount\s+exceeding|objectives?\s+(?:of|to)|limit(?:ing)?|should|must|shall|ambition|goal\s+of|cap\s+of|"
    r"poverty\s+line|quota)\b", re.I)
_PLEDGED_BEFORE = re.compile(r"\bpledged\s+(?:(?:a\s+)?(?:total\s+of|some|about|nearly|over|more\s+than)\s+)?$", re.I)
_TEMPERATURE_THRESHOLD = re.compile(r"\b(?:warming\s+of|(?:temperature\s+)?increase\s+of|limit\w*|hold\w*|pursu\w*|below|exceed\w*|"
                                    r"pathways?|scenarios?|compared\s+(?:with|to))\b", re.I)
_CHANCE_AFTER = re.compile(r"\s+(?:chance|probability|likelihood)\b", re.I)
_PATHWAY = re.compile(r"\b(?:pathways?|scenarios?|limit\w*\s+(?:global\s+)?warming)\b", re.I)
_MEANING_A_LEVEL_BEFORE = re.compile(r",\s*(?:meaning|i\.e\.)\s+an?\s+(?!(?:increase|decrease|rise|fall|drop|decline|loss|gain|"
                                     r"reduction|growth)\b)(?:[a-z-]+\s+){1,4}?of\s+(?:(?:over|more\s+than|at\s+least|"
                                     r"above|below|under|less\s+than)\s+)?$", re.I)
_OF_THE_FOLLOWING = re.compile(r"\s+of\s+the\s+following\b", re.I)
_SENDING_BEFORE = re.compile(r"\b(?:costs?|price|fees?)\s+(?:of|for)\s+(?:sending|transferring|remitting)\s+(?:US)?$", re.I)
_AT_COST_BELOW = re.compile(r"\bat\s+(?:a\s+)?(?:costs?|prices?)\s+(?:below|under|of\s+less\s+than|lower\s+than|up\s+to)\s+$", re.I)
_CONFIDENCE_AFTER = re.compile(r"\s+(?:confidence|credible|prediction|uncertainty)\s+(?:intervals?|levels?|bounds?|ranges?)\b", re.I)
_THRESHOLD_AFTER = re.compile(r"^\s*(?:a|per)\s+(?:day|person\s+per\s+day)\b|^\s*(?:(?:and|or|to)\s+(?:US)?\$\s*[\d.,]+\s+)?"
                              r"(?:\w+\s+){0,2}(?:poverty\s+lines?|thresholds?)\b|^\s*data\s+points?\b", re.I)
_TARGET_AFTER = re.compile(r"\s*(?:(?:annual|original|global|agreed|interim|minimum|new|national|growth|inflation)\s+)?(?:targets?|goal|ceiling|benchmark)\b|(?:\s+[a-z]+){0,2}\s+(?:needed|required)\s+to\b|(?:\s+[a-z]+){0,2}\s+(?:envisaged|envisioned|called\s+for)\b", re.I)   # 'the 0.15 to 0.20 per cent target'
_DENOMINATOR_BEFORE = re.compile(r"\b(?:per|every|each)\s*$", re.I)
_URL = re.compile(r"https?://\S+|www\.\S+|doi\.org/\S+|\b\S+@\S+\.\w+")
_URL_CUES = ("http", "www.", "doi.org/", "@")
_YEAR_IN_BRACKETS_AFTER = re.compile(r"\s*\((?:19|20)\d\d\)")
_LISTED_RESOLUTION_BEFORE = re.compile(r"\d{3,4}\s*\((?:19|20)\d\d\)(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)?"
                                       r"\s*(?:,|and|,\s*and)\s*$")
_YEAR_IN_BRACKETS = re.compile(r"\s*\(((?:1[89]|20)\d\d)\)")
_SESSION_AFTER = re.compile(r"\s*\((?:S-|ES-)?[IVXLC]+\)")
_NAMED_NUMBER_BEFORE = re.compile(r"(?:\bGroup\s+of|(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:-[a-z]+)*)\s+$")
_LABEL_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:-[a-z]+)*\b")   # 'Low-income 8 Low-income 11.4': a chart's labels
_WORD_COMMA_BEFORE = re.compile(r"[a-z0-9]{2},\s$")
_CLAUSE_WORD_AFTER = re.compile(r"\s(?:which|that|who|whose|where|while|and\s+(?:that|to|the|in|recogni[sz]ing|noting))\b")
_SENTENCE_CLOSED_BEFORE = re.compile(r"[.!?][\"”’)]?\s+$")
_PARAGRAPH_NUMBER_AFTER = re.compile(r"\.\s+[A-Z]")
_PLUS_BEFORE = re.compile(r"[+#]\s?$")
_LIST_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}[\w-]+\s*(?:[–—:]|\s-\s)\s*\S")
_OF_DENOMINATOR = re.compile(r"(?:per\s?cent|percent|%|half|third|quarter)\s+of\s+(?:the\s+|all\s+)?$", re.I)
_NUMBER_OF = re.compile(r"\bnumber\s+of\b", re.I)
_COMPARISON_CUE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|while|whereas|than|up\s+from|down\s+from|from|as\s+against|against|yet|but\s+only)\b", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:all|its|their|the|these|those|our)\s+$", re.I)

_TIME_NEEDED = re.compile(r"^\s*(?:(?:more|longer)\s+)?(?:to|for\s+[\w’' -]{1,40}?\s+to)\s+(?!date\b|the\b|end-)[a-z]+", re.I)
_SUPERLATIVE = r"(?:highest|lowest|largest|smallest|biggest|greatest|fewest|most|least|best|worst|richest|poorest)\b(?!\s+developed)"
_RANK_AFTER = re.compile(rf"^\s*(?:{_SUPERLATIVE}|(?:[\w-]+\s+){{0,3}}?with\s+the\s+{_SUPERLATIVE})", re.I)
_DEFINITION_CUE = re.compile(r"\b(?:deemed|defined(?:\s+[\w,]+){0,4}?\s+as|truncated\s+at|capped\s+at)\b", re.I)
# A heading whose words are only figures and scale words is a chart's labels ('2.5 trillion 16.4 trillion'), not a title.
_WORDS_OF_A_TITLE = re.compile(r"\b(?!(?:thousand|million|billion|trillion|per|cent|percent|and|to|of)\b)[A-Za-z]{3,}", re.I)
_IMPERATIVE = re.compile(
    r"^[\W]*(?:Increase|Reduce|Double|Halve|Triple|Raise|Achieve|Ensure|Expand|Provide|Eliminate|End|Lower|Cut|Reach|"
    r"Attain|Improve|Strengthen|Mobilize|Promote|Enhance|Support|Build|Bring|Decrease|Boost|Scale\s+up|Maintain|Sustain|"
    r"Work\s+towards|Strive|Endeavour|Commit\s+to)\b")
_ASSUMED_BEFORE = re.compile(r"\bassum(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:of\s+|at\s+)?$", re.I)
_BASELINE_BEFORE = re.compile(r"\bbaseline\s+(?:\w+\s+){0,2}of\s+(?:about\s+|some\s+)?$", re.I)   # what was, not a target
_DECISION = re.compile(r"^\W*(?:(?:Also|Further|Hereby|Finally)\s+)?(?:decides|authorizes|approves|appropriates|apportions|"
                       r"resolves)\b", re.I)
_ONLY_BEFORE = re.compile(r"\b(?:only|just|merely|a\s+mere|of\s+which|of\s+whom|of\s+these|of\s+them)\s+$", re.I)

_COMPARED = re.compile(r"\bcompared\s+(?:with|to)\b", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:to|and|or|[-–—])\s*")
_COMPARATOR = re.compile(r"\b(?:than|compared\s+(?:with|to)|relative\s+to|versus|overtaking|surpassing|ahead\s+of|"
                         r"the\s+(?:world|global)\s+average)\b", re.I)   # 'about twice the global average'
# 'of girls and women' is female; 'of women and men' is both, so neither.
_SEX_AFTER = re.compile(r"^\s*(?:of\s+(?:the\s+)?(?:world(?:'s|’s)\s+)?|were\s+|are\s+|for\s+|among\s+|"
                        r"in\s+the\s+(?:proportion|share|percentage)\s+of\s+)?(?:young\s+|adult\s+|older\s+|[a-z]+-[a-z]+\s+)?(?:(women|girls|females?)\b(?!\s+and\s+(?:men|boys|males?)\b)"
                        r"|(men|boys|males?)\b(?!\s+and\s+(?:women|girls|females?)\b))", re.I)
_TRAILING_MARKS = re.compile(r"[,;:.!?”’\")\]]+$")
_WHILE = re.compile(r"\b(?:while|whereas)\b", re.I)

Rule = Callable[[str, Quantity, tuple[int, int]], bool]


class _Occurs:
    """Whether a pattern occurs in a text: ``pattern.search(text) is not None``, found faster.

    When every alternative of the pattern starts at a word's start, it is tried at the text's start
    and after each character that is not a letter only, which the engine finds without trying the
    pattern at every character."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._gate: re.Pattern[str] | None = None
        self._ready = False

    def __call__(self, text: str) -> bool:
        if not self._ready:
            self._gate = self._gate_of(self.pattern)
            self._ready = True
        if self._gate is None:
            return self.pattern.search(text) is not None
        return self.pattern.match(text) is not None or self._gate.search(text) is not None

    @staticmethod
    def _gate_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
        if pattern.flags & ~(re.IGNORECASE | re.UNICODE) or not _starts_words(pattern.pattern):
            return None
        inner = f"(?i:{pattern.pattern})" if pattern.flags & re.IGNORECASE else f"(?:{pattern.pattern})"
        try:
            return re.compile(f"[^A-Za-z]{_prefix_guard([pattern.pattern])}(?={inner})")
        except re.error:
            return None


_REFERENCE_OCCURS = _Occurs(_REFERENCE_BEFORE)
_TARGET_OCCURS = _Occurs(_TARGET_CUE)
_DEFINITION_OCCURS = _Occurs(_DEFINITION_CUE)
_NUMBER_OF_OCCURS = _Occurs(_NUMBER_OF)


def _is_year(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """A year standing alone or in a title: 2030, 'Facts and Figures 2024'."""
    return q.kind == "year"


def _is_date(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """A day of a month: '19 December 2024', 'from 7 to 11 April', 'December 12'."""
    return bool(_DATE_AFTER.match(text[q.number_end:q.number_end + 30]) or
                _DATE_BEFORE.search(text[max(0, q.start - 30):q.start]))


def _is_reference(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """A paragraph, goal, target, item, figure or table number: 'Goal 16', 'para. 7', 'figure 1'."""
    return not q.has_unit and _REFERENCE_OCCURS(text[max(0, q.start - 60):q.start])


def _is_age(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """An age or age range in a definition: 'between the ages of 15 and 24', 'under-5', 'over the age of 25'."""
    if q.unit in ("percent", "USD") or q.scale:
        return False
    return bool(_AGE_BEFORE.search(text[max(0, q.start - 40):q.start]) or _AGE_AFTER.match(text[q.number_end:]))


_MEASURED_IN_TIME = re.compile(r"\b(?:life\s+expectancy|schooling|(?:median|average|mean)\s+age|healthy\s+life\s+years|"
                               r"(?:average|mean)\s+(?:duration|length|time)|waiting\s+times?)\b", re.I)
_AVERAGE_BEFORE = re.compile(r"\b(?:average|median|mean)(?:\s+of)?\s+$", re.I)   # 'die on average 10 to 20 years earlier'


def _is_duration(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """A time span: '10 years since', 'in two decades', 'a 20-year review'; but '2 million years' and
    the time a trend needs ('300 years to end child marriage') are figures."""
    if q.unit not in ("year", "decade", "month", "week", "day", "hour", "minute", "century") or q.scale:
        return False
    if _MEASURED_IN_TIME.search(text, max(sentence[0], q.start - 60), q.start) \
            or _AVERAGE_BEFORE.search(text, max(sentence[0], q.start - 20), q.start):
        return False   # 'a loss of life expectancy of 1.8 years', 'mean years of schooling of 8.7 years': measured
    return not (_TIME_NEEDED.match(text[q.end:q.end + 80])
                or _TAKES_BEFORE.search(text, max(sentence[0], q.start - 40), q.start))


# 'achieving gender parity in managerial positions will take 176 years': the time a trend needs, named before it
_TAKES_BEFORE = re.compile(r"\b(?:take|takes|took|need|needs|require|requires)\s+(?:(?:another|an?\s+estimated|about|around|"
                           r"nearly|almost|over|more\s+than|some|a\s+further|at\s+least|a\s+staggering|roughly)\s+)*$", re.I)


def _is_rank(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """A rank, a named list or a slice of a distribution: 'the top five', 'the top 500 supercomputers', 'the 10
    countries with the highest rates', 'the richest 1 per cent'."""
    if q.unit == "percent":   # 'children from the poorest 20 per cent of households': a slice of a distribution
        return _SLICE_BEFORE.search(text, max(0, q.start - 20), q.start) is not None
    if q.has_unit:
        return False
    return bool(_RANK_BEFORE.search(text[max(0, q.start - 20):q.start]) or _RANK_AFTER.match(text[q.end:q.end + 60]))


def _is_target(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """A target or threshold that says what should be: 'the target of 0.7 per cent', 'towards 0.7 per cent'."""
    clause = _clause_start(text, q.start, sentence[0])
    cues = text[clause:q.start]
    pledged = _PLEDGED_BEFORE.search(cues) if units.is_currency(q.unit) else None
    if pledged:
        cues = cues[:pledged.start()]   # 'donors pledged $2.4 billion': the amount pledged, a fact
    if _TARGET_OCCURS(cues) or _DEFINITION_OCCURS(text[max(sentence[0], q.start - WINDOW):q.start]):
        return True
    near = max(clause, q.start - 80)
    if "ssum" in text[near:q.start] and _ASSUMED_BEFORE.search(text, near, q.start):
        return True   # 'assuming an average household size of 3 people': a model's parameter
    if _IMPERATIVE.match(text, sentence[0], sentence[1]) and not _BASELINE_BEFORE.search(text, clause, q.start):
        return True  # 'Double the output of services sectors by 2034': a target in a list of targets
    if units.is_currency(q.unit) and _DECISION.match(text, sentence[0], sentence[1]):
        return True  # 'Decides to apportion among Member States the amount of 271,328,700 dollars': a decision
    if q.unit == "degC" and _TEMPERATURE_THRESHOLD.search(text, clause, q.start):
        return True   # 'global warming of 1.5 degrees Celsius and 2 degrees Celsius ... will be exceeded': thresholds
    if q.unit == "percent" and _CONFIDENCE_AFTER.match(text, q.end):
        return True   # 'the 95 per cent confidence intervals': how sure a method is, not what is
    if q.unit == "percent" and _CHANCE_AFTER.match(text, q.end) and _PATHWAY.search(text, sentence[0], sentence[1]):
        return True   # 'a pathway that would limit global warming to 1.5°C (>50 per cent chance)': the pathway's odds
    if units.is_currency(q.unit) and _SENDING_BEFORE.search(text, max(clause, q.start - 30), q.start):
        return True   # 'the cost of sending $200': the amount a price is quoted for
    if _AT_COST_BELOW.search(text, max(clause, q.start - 40), q.start):
        return True   # 'reduction potential at costs below US$200 per tCO2e': the cut-off of an estimate
    if _PARALLEL_AIM.match(text, clause) and _BY_BEFORE_FIGURE.search(text, max(clause, q.start - 6), q.start):
        return True   # 'new targets to reducing new HIV infections by 90 per cent, to reducing discrimination by 90 per cent'
    if _OBJECT_AFTER.match(text, q.end) and _CHANGE_TO_BEFORE.search(text, max(clause, q.start - 60), q.start):
        return True   # 'reducing to less than 3 per cent the transaction costs of migrant remittances': the aim's wording
    if q.has_unit and _TARGET_AFTER.match(text, q.end):
        return True   # 'the 0.15 to 0.20 per cent target'; but '35 per cent of the 137 targets' counts targets
    if _RELATIVE_LINE_AFTER.match(text, q.end) and (q.bound == "upper" or _BELOW_BEFORE.search(text, max(0, q.start - 20), q.start)):
        return True   # 'people living below half the median income': a relative poverty line
    if q.unit.endswith("/day") and _BELOW_BEFORE.search(text, max(0, q.start - 20), q.start):
        return True   # 'the population living below $2.15/day': the poverty line
    if _MEANING_A_LEVEL_BEFORE.search(text, max(sentence[0], q.start - 80), q.start):
        return True   # 'Universal ownership, meaning a penetration rate of over 95 per cent': what a word is defined as
    if _OF_THE_FOLLOWING.match(text, q.end):
        return True   # 'on track in at least three of the following domains': a criterion over a list
    return bool(_THRESHOLD_AFTER.match(text[q.end:q.end + 40]))


# A change to a level written before what changes, as targets are worded: 'reduce to less than 3 per cent the costs'.
_CHANGE_TO_BEFORE = re.compile(r"\b(?:reduc|increas|rais|lower|bring|cut|limit)\w*\s+(?:to|by)\s+"
                               r"(?:(?:less|fewer|more|no\s+more)\s+than\s+|below\s+|under\s+|at\s+least\s+)?$", re.I)
_PARALLEL_AIM = re.compile(r"\s*(?:and\s+)?to\s+(?:reduc|increas|rais|lower|cut|halv|doubl|end|eliminat)\w*\b", re.I)
_BY_BEFORE_FIGURE = re.compile(r"\bby\s+$", re.I)
_OBJECT_AFTER = re.compile(r"\s+(?:the|their|its)\s", re.I)
_RELATIVE_LINE_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?:national\s+|household\s+)?(?:median|mean|average)\s+"
                                  r"(?:disposable\s+|equivali[sz]ed\s+|household\s+)?(?:income|wage|earnings|consumption)\b", re.I)
_BELOW_BEFORE = re.compile(r"\b(?:below|under|less\s+than|living\s+on)\s+$", re.I)


def _is_denominator(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """The base of a rate: 'per 100 inhabitants', 'one in every'."""
    return q.kind != "fraction" and bool(_DENOMINATOR_BEFORE.search(text[max(0, q.start - 8):q.start]))


def _in_quoted_name(text: str, q: Quantity) -> bool:
    """Inside a short quoted name: an opening quote not long before, its closing quote just after."""
    opening = text.rfind("“", max(0, q.start - 80), q.start)
    return opening >= 0 and "”" not in text[opening:q.start] and "”" in text[q.end:q.end + 12]


def _is_code(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """Digits inside a URL, an address or after '+' ('WSIS+20', 'Society+ 20'); a name's number ('Group of 20',
    'Digital Inclusion Playbook 2.0')."""
    if " " in text[q.number_start:q.number_end] and _SENTENCE_CLOSED_BEFORE.search(text, max(0, q.start - 4), q.start) \
            and _PARAGRAPH_NUMBER_AFTER.match(text, q.end):
        return True   # 'worldwide. 61 113. The first study': a footnote marker and the next paragraph's number
    if not q.has_unit and q.kind == "digits" and q.value < 1000 and _WORD_COMMA_BEFORE.search(text, max(0, q.start - 6), q.start) \
            and _CLAUSE_WORD_AFTER.match(text, q.end):
        return True   # 'to promote active ageing, 7 which recognized': a marker the text layer set off with spaces
    if not q.has_unit and _in_quoted_name(text, q):
        return True   # 'the “Baku to Belém road map to 1.3 T”': a number in a name
    if _PLUS_BEFORE.search(text[max(0, q.start - 2):q.start]) or _SESSION_AFTER.match(text, q.end):
        return True   # 'WSIS+20'; '3474 (XXX)': a resolution of the thirtieth session
    if _YEAR_IN_BRACKETS_AFTER.match(text, q.end) and ("resolution" in text[max(sentence[0], q.start - 120):q.start]
                                                       or _LISTED_RESOLUTION_BEFORE.search(text, max(0, q.start - 50), q.start)):
        return True   # 'Security Council resolutions 2235 (2015) of 7 August 2015 and 2319 (2016)', '..., 2504 (2020), 2533 (2020)'
    if not q.has_unit and _NAMED_NUMBER_BEFORE.search(text, max(sentence[0], q.start - 30), q.start) \
            and ("Group" in text[q.start - 10:q.start] or q.kind == "digits"
                 and ("." in text[q.number_start:q.number_end] or _LABEL_AFTER.match(text, q.end))):
        return True
    reach = max(0, q.start - 201)
    if text.rfind(" ", reach, q.start) < 0 and text.rfind("\n", reach, q.start) < 0 and q.start - reach > 200 \
            and any(cue in text[:q.start].rsplit(None, 1)[-1] for cue in _URL_CUES):
        return True   # deep inside a long address: '.../resolutions-2139-2014-...-2533-2020-report/'
    window = text[max(0, q.start - 200):q.end + 1]
    if not any(cue in window for cue in _URL_CUES):
        return False   # no address can hold the figure: each alternative of _URL needs one of these
    return any(m.start() <= q.start < m.end() for m in _URL.finditer(text, max(0, q.start - 200), q.end + 1))


def _is_enumeration(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """A count that introduces a list of names: 'three leading chipmakers – Nvidia, Broadcom and TSMC'."""
    if q.kind != "word" or q.has_unit or _ONLY_BEFORE.search(text, max(0, q.start - 12), q.start):
        return False   # 'only five DAC countries – Denmark, ...': how few is the figure
    return bool(_LIST_AFTER.match(text[q.end:q.end + 60]))


@lru_cache(maxsize=1)
def _count_with_noun() -> re.Pattern[str]:
    nouns = vocabulary.alternation({n for n, c in vocabulary.counted_nouns().items()
                                    if c.kind == "population" or c.unit == "people"})
    return re.compile(rf"\b(\d[\d,.]*)\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\b", re.I)


def _elided_count(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """A count whose noun is an earlier count's: '137 countries reported a plan, 95 fully funded', '15 countries (11
    in sub-Saharan Africa)', '(59 countries, up from 54 in 2021)'. It opens its clause, does not run on into a list
    ('Forum, 4 and in'), and is no more than twice the earlier count, as a part or a past value of it would be."""
    opens = _CLAUSE_OPENS_BEFORE.search(text, max(sentence[0], q.start - 12), q.start)
    if q.kind != "digits" or not opens or _LIST_GOES_ON.match(text, q.end):
        return False
    if opens.group().strip().lower() == "and" and not _PARTICIPLE_AFTER.match(text, q.end):
        return False   # '406 people killed and 801 injured'; but '195 States and 1 regional organization' counts another thing
    earlier = _last_match(_count_with_noun(), text, sentence[0], q.start)
    if earlier is None:
        return False
    try:
        return q.value <= 2 * numbers.parse_digits(earlier.group(1))
    except ParseError:
        return False


_PARTICIPLE_AFTER = re.compile(r"\s+(?:[a-z]+ed|[a-z]+ing)\b|\s*[,;.)]")
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:[,;(]|\bfrom|\bincluding|\band)\s*$", re.I)   # "406 people killed and 801 injured"
_LIST_GOES_ON = re.compile(r"\s*(?:and|or|the|a|an)\b", re.I)


_PLURAL_NOUN_AFTER = re.compile(
    r"(?:\s+(?!(?:in|of|to|for|by|on|at|from|with|these|those|the|this|that|per|and|or)\b)[a-z][a-z-]*){0,2}?"
    r"\s+(?!(?:is|was|has|this|its|us|thus|as|plus|less|these|those)\b)[a-z]{2,}s\b")
_NAMED_PLURAL_AFTER = re.compile(r"\s+[A-Z][a-z]{2,}s\b")   # 'the six Partnerships launched at the Summit'
_PARTNER_WITH_NOUN_AFTER = re.compile(r"\s+(?:and|or)\s+\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z]+s\b")
_PARTITIVE_AFTER = re.compile(r"\s+(?:out\s+of\s+(?:(?:the|these|those|its|their|a\s+total\s+of)\s+)?|of\s+(?:the|these|those|its|their|a\s+total\s+of)\s+)\d"
                              r"|\s+of\s+\d(?=[\d,]*(?:\s*[–—)]|\s+[a-z]))")   # '– 52 of 65 –', 'In 65 of 70 countries'


def _is_uncounted(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """A bare count of something that is not a statistical population ('two co-facilitators',
    'all 17 Sustainable Development Goals', 'its three dimensions'), unless the sentence makes it a
    figure: the base of a share ('35 per cent of the 137 targets'), 'the number of', or a comparison."""
    if q.has_unit or q.unit != "count" or "." in text[q.number_start:q.number_end]:
        return False
    if q.approximate or q.bound:
        return False  # 'some 40 agencies', 'at least 502 cases': a hedge or bound makes it a figure
    if _PARTITIVE_AFTER.match(text, q.end):
        return False  # 'In 61 of the 131 countries': how many of a whole
    if _elided_count(text, q, sentence):
        return False  # '137 countries reported a plan, 95 fully funded': the noun is the earlier count's
    if _PARTNER_WITH_NOUN_AFTER.match(text, q.end):
        return False  # 'the figures were 46 and 49 countries respectively': the noun is the partner's
    if 100 <= q.value < 1000 and q.kind == "digits" and _PLURAL_NOUN_AFTER.match(text, q.end):
        return False  # '325 reported disasters', '530 policy instruments': hundreds of things are counted, not listed
    if q.value >= 1000 and q.kind == "digits" and (q.value < 10000 or not text[q.number_start:q.number_end].isdigit()):
        return False  # 'a population of 7,316 Roma': nobody enumerates a thousand things one by one ('2503912': a code)
    before = text[max(sentence[0], q.start - 40):q.start]
    if _ONLY_BEFORE.search(before):
        return False
    if _OF_DENOMINATOR.search(before):
        return False
    if counted_noun(text, q) is not None:
        return bool(_DEFINITE_BEFORE.search(before)) and q.kind == "word"
    if q.value < 100 and _DEFINITE_BEFORE.search(before) and (_PLURAL_NOUN_AFTER.match(text, q.end)
                                                              or _NAMED_PLURAL_AFTER.match(text, q.end)):
        return True   # 'the number of people in the four human development categories': the categories are listed
    if _NUMBER_OF_OCCURS(text[max(sentence[0], q.start - WINDOW):q.start]):
        return False
    around = text[max(sentence[0], q.start - 25):min(sentence[1], q.end + 25)]
    return not _COMPARED.search(around)


# A multiplier word as part of a name: 'the triple planetary crisis', 'a triple food, fuel and finance crisis', 'the
# double burden of malnutrition'.
_NAMED_BY_MULTIPLIER = re.compile(r"[\s-]+(?:[a-z]+(?:\s*,\s*|\s+and\s+|\s+)){0,4}?(?:crisis|crises|burden|threat|"
                                  r"challenge|standards?|taxation|jeopardy|whammy|role|mandate|digits?|helix|dividend|"
                                  r"transition|bottom\s+line|nexus)\b", re.I)
_WORD_COMPOUND_AFTER = re.compile(r"-(?!fold\b|times\b)[a-z]")
_ROUNDING_NOTE = re.compile(r"\b(?:add\s+up|sum|total)\s+(?:to\s+)?$", re.I)


_UNCERTAINTY_OPEN = re.compile(r"(?:\d|\b(?:thousand|million|billion|trillion|per\s*cent|%))\s*\[\s*$", re.I)


def _is_uncertainty_range(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """'29.8 million of the 39 million [33.1 million–45.7 million] people living with HIV': the bounds of the figure
    before, in square brackets, are part of that figure, not a claim of their own."""
    return q.value_high is not None and text.startswith("]", q.end) \
        and _UNCERTAINTY_OPEN.search(text, max(0, q.start - 20), q.start) is not None


def _is_figure_of_speech(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """Words that look like figures and state none: 'the triple planetary crisis', and 'percentages may not add up to
    100 per cent' in a note on rounding."""
    if q.kind == "multiplier" and text[q.number_start:q.number_end].lower() in numbers.MULTIPLIER_WORDS:
        return _NAMED_BY_MULTIPLIER.match(text, q.end) is not None
    if q.kind == "word" and q.end == q.number_end and _WORD_COMPOUND_AFTER.match(text, q.end):
        return True   # 'zero-dose children', 'a one-stop shop': a number word inside a compound word
    return q.unit == "percent" and q.value == 100 and "rounding" in text[sentence[0]:sentence[1]] \
        and _ROUNDING_NOTE.search(text, max(0, q.start - 20), q.start) is not None


REJECTIONS: tuple[Rule, ...] = (
    _is_year, _is_date, _is_code, _is_reference, _is_age, _is_duration, _is_rank, _is_denominator,
    _is_target, _is_enumeration, _is_uncounted, _is_figure_of_speech, _is_uncertainty_range,
)


def rejection(text: str, q: Quantity, sentence: tuple[int, int]) -> str | None:
    """The name of the first rule that rejects this quantity as a claim, or None for a claim."""
    for rule in REJECTIONS:
        if rule(text, q, sentence):
            return rule.__name__.removeprefix("_is_")
    return None


def _restated(text: str, q: Quantity, following: Quantity | None) -> bool:
    """'over half of the world's population (52.4 per cent)': the vague figure restated precisely."""
    if q.kind != "fraction" or following is None or following.unit != "percent":
        return False
    between = text[q.end:following.start]
    return "(" in between and len(between) < 60 and not (";" in between or "." in between)


# ---------------------------------------------------------------- whose figure, what, when

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_DIGIT = re.compile(r"\d")
_SQUARE_BRACKETED = re.compile(r"\[[^\]]*\]")
_NOUN_PHRASE = r"(?P<np>(?:young\s+|older\s+|adult\s+)?(?:[a-z-]+))"
_OF_PHRASE = re.compile(rf"^\s*of\s+(?:the\s+|all\s+|them\s+|these\s+|those\s+)?{_NOUN_PHRASE}", re.I)
_GAP = re.compile(r"\s+(?:more|fewer)\s+([a-z]+)\s+than\s+(?!before\b|ever\b|expected\b|planned\b|previously\b|in\b|at\b|"
                  r"the\b|last\b|a\b)([a-z]+)\b", re.I)
# '24.3 million more females live in extreme poverty compared to males'
_GAP_COMPARED = re.compile(r"\s+(?:more|fewer)\s+(women|men|girls|boys|females|males)\b[^.;:()]{0,60}?\bcompared\s+(?:to|with)\s+"
                           r"(women|men|girls|boys|females|males)\b", re.I)
_MORE = re.compile(r"^(?:more|fewer|additional|are|were)\s+", re.I)
_NOUN_AFTER = re.compile(rf"^\s*{_NOUN_PHRASE}", re.I)
_IN_EVERY = re.compile(r"\s(?:in|out\s+of)\s", re.I)
_DAY_MONTH = rf"(?:(?:\d{{1,2}}\s+)?{_MONTHS}\s+)?"   # 'as at 31 December 2023', 'in June 2024'
_YEAR_CUE = re.compile(rf"(?:\b(?:in|around|circa|as\s+(?:at|of)|during|by\s+end[- ]|(?:by|at)\s+the\s+end\s+of|for|"
                       rf"(?:in|by|during)\s+the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)\s+of)\s+{_DAY_MONTH}|"
                       r"\b(?:at|by)\s+(?:mid|end)-)((?:1[89]|20)\d\d)\b(?!\s?[–-]\s?\d|\s+and\s+(?:1[89]|20)\d\d\b)")


def counted_noun(text: str, q: Quantity) -> vocabulary.CountedNoun | None:
    """The noun a count counts, within three words after it: '106 bilateral and multilateral providers'."""
    return _counted_noun_in(text[q.end:q.end + 60])


_NOT_A_NOUN_AFTER_ARE = frozenset(("in", "at", "on", "from", "by", "for", "of", "to", "with", "not", "now", "still", "being",
                                   "expected", "estimated", "projected", "likely"))
# People named by their country: 'Ukrainians', 'Afghans', 'Sudanese', 'Yemenis' (not 'Plans', 'Analysis').
_DEMONYM = re.compile(r"[A-Z][a-z]{2,}(?:ians|eans|ans|ese|(?<!s)is)")
_SHARE_ASIDE = re.compile(r"\s*\(\s*(?:(?:around|about|some|nearly|almost|roughly|approximately|or)\s+)?"
                          r"(?:\d[\d.,]*\s*(?:%|per\s*cent)|(?:one|two|three|four|\d{1,2})\s+(?:in|out\s+of)\s+\w+)\s*\)", re.I)


@lru_cache(maxsize=1024)
def _counted_noun_in(tail: str) -> vocabulary.CountedNoun | None:
    """counted_noun on the text after a figure; remembered, since several rules ask it of the same figure."""
    nouns = vocabulary.counted_nouns()
    # the noun stands before any other number: in '1 3.1 million asylum-seekers' the noun is the second figure's
    # (a bracketed uncertainty range is passed over: '2.6 million [2.3 million–2.8 million] people')
    plain = _SQUARE_BRACKETED.sub(" ", tail) if "[" in tail else tail
    aside = _SHARE_ASIDE.match(plain) if "(" in plain else None
    if aside:   # '48 (34%) Member States', '70 million (around one in three) young women': the count's share between
        plain = plain[aside.end():]
    words = _WORD.findall(_DIGIT.split(plain.split(",")[0].split(";")[0].split("(")[0].split(". ")[0], 1)[0])[:4]
    if sum(len(w) > 2 and w.isupper() for w in words) >= 2:
        return None   # '19 2 MIGRATION AND MIGRANTS': a page number before a running title, not a count of migrants
    if words and _DEMONYM.fullmatch(words[0]) and (len(words) == 1 or not words[1][:1].isupper()):
        return vocabulary.CountedNoun(words[0], "people", None, "population")   # '970 Palestinians', '11.6 million Ukrainians'
    for i, word in enumerate(words):
        lower = word.lower()
        pair = f"{lower} {words[i + 1].lower()}" if i + 1 < len(words) else ""
        if pair in nouns:
            return nouns[pair]
        if lower in nouns and not (lower == "nations" and i and words[i - 1] == "United"):   # 'United Nations Member States'
            return nouns[lower]
        if lower in ("more", "fewer", "additional") and i + 1 < len(words) and words[i + 1].lower() in nouns:
            return nouns[words[i + 1].lower()]   # '95 million more people'
        if i == 0 and lower in ("are", "were") and len(words) > 1:
            # '32.5 million are refugees', '53.2 million are internally displaced people': what the count is
            found = next((nouns[w.lower()] for w in words[1:] if w.lower() in nouns), None)
            if found is not None and found.unit == "people" and words[1].lower() not in _NOT_A_NOUN_AFTER_ARE:
                return found
        if lower in ("of", "in", "to", "from", "for", "with", "by", "on", "at", "per", "were", "was", "had", "have", "are",
                     "across", "among", "around", "through", "between", "within", "during", "since", "including",
                     "against", "affecting", "involving", "targeting", "the",
                     "worldwide", "globally", "who", "that", "which",
                     "is", "than", "as", "more", "less", "fewer", "do", "does", "did", "will", "would",
                     "can", "could", "may", "has", "be", "been", "remain", "remains", "remained"):
            return None
    return None


_NOT_A_MODIFIER = (r"(?!(?i:(?:many|some|all|other|these|those|the|most|several|few|certain|such|which|both|dozens?|their|our|its|"
                   r"of|in|and|or|from|to|for|by|with|on|at|among|across|between|into|within|than|as|more|less|fewer|poorer|"
                   r"richer|that|where|whose|what)\b))")
# 'middle-income countries', 'low- and middle-income countries', 'Pacific Island countries'
_GENERIC_POPULATION = re.compile(
    r"\b(?P<np>(?:(?i:low|lower|middle|upper|high)(?:[- ]middle)?(?:-\s*|\s+|[- ]income\s+)and\s+)?"
    rf"(?:{_NOT_A_MODIFIER}[A-Z][a-z]+\s+(?={_NOT_A_MODIFIER}[A-Z]))?(?:[A-Za-z]+-)*{_NOT_A_MODIFIER}[A-Za-z]+\s+"
    r"(?:countries|economies|nations))\b")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression, split at the '|' outside groups and classes."""
    parts, depth, in_class, escaped, start = [], 0, False, False, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


_LEADING_LOOKBEHINDS = re.compile(r"^(?:\(\?<[!=](?:[^()\\]|\\.)*\))*")
_WORD_START = re.compile(r"\\b(?:[A-Za-z]|\(\?:[A-Za-z])")   # \b, then a letter or a group that opens with one


def _starts_words(pattern: str) -> bool:
    """True when every alternative of the pattern starts at a word's start (its look-behinds aside)."""
    return all(_WORD_START.match(_LEADING_LOOKBEHINDS.sub("", alternative, count=1)) for alternative in _alternatives(pattern))


# ---- a cheap test before a long alternation: the first letters any match must start with

_PREFIX_LENGTH = 3
_PREFIX_LIMIT = 256
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)


def _sequence_prefixes(items: Iterable[tuple[object, object]]) -> set[str]:
    """Strings that every match of a parsed pattern starts with one of (shorter ones are allowed).

    Conservative: zero-width items (\\b, look-arounds) are skipped and the walk stops at anything
    it does not follow, so a text the pattern matches always starts with one of these."""
    found = {""}
    for op, arg in items:
        if min(map(len, found)) >= _PREFIX_LENGTH or len(found) > _PREFIX_LIMIT:
            break
        if op in _ZERO_WIDTH:
            continue
        if op is _constants.SUBPATTERN:
            inner = _sequence_prefixes(arg[3])                                   # type: ignore[index]
        elif op is _constants.BRANCH:
            inner = set().union(*(_sequence_prefixes(alt) for alt in arg[1]))   # type: ignore[index]
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and arg[0] >= 1:  # type: ignore[index]
            inner = _sequence_prefixes(arg[2])                                   # type: ignore[index]
        else:
            chars = _literal_chars(op, arg)
            if chars is None:
                break
            found = {s + c for s in found for c in chars}
            continue
        return {s + t for s in found for t in inner}   # a group may end early: stop after it
    return found


def _literal_chars(op: object, arg: object) -> set[str] | None:
    """The characters a literal or a class of literals and small ranges matches, else None."""
    if op is _constants.LITERAL:
        return {chr(arg)}                                                        # type: ignore[arg-type]
    if op is not _constants.IN:
        return None
    chars: set[str] = set()
    for kind, value in arg:                                                      # type: ignore[attr-defined]
        if kind is _constants.LITERAL:
            chars.add(chr(value))
        elif kind is _constants.RANGE and value[1] - value[0] < 64:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None
    return chars


def _prefix_guard(patterns: list[str]) -> str:
    """A look-ahead for the first letters any of the patterns (matched ignoring case) starts with;
    empty when some pattern may start anywhere. It only skips places where no pattern can match,
    so the scan finds the same places, sooner."""
    prefixes: set[str] = set()
    for pattern in patterns:
        found = _sequence_prefixes(_parser.parse(pattern, re.IGNORECASE))
        # ASCII letters match the same characters in either case once case is ignored: one branch each.
        prefixes |= {"".join(c.lower() if c.isascii() else c for c in s[:_PREFIX_LENGTH]) for s in found}
    if "" in prefixes or not prefixes:
        return ""
    return f"(?=(?i:{vocabulary.alternation(prefixes)}))"


@dataclass(frozen=True)
class _Starts:
    """Finds every place where any of several patterns matches, in one pass over a text.

    When every pattern starts at a word's start, the pass stops only after characters that are not
    letters; the patterns are then tried one by one at those few places only (``finditer_at``),
    rather than each scanning the whole text."""

    at_start: re.Pattern[str]
    anywhere: re.Pattern[str] | None   # None: some pattern may start anywhere; scan with each pattern

    def find(self, text: str) -> list[int] | None:
        """Sorted positions where some pattern matches, or None when they cannot be found this way."""
        if self.anywhere is None:
            return None
        found = [0] if self.at_start.match(text) else []
        found.extend(m.end() for m in self.anywhere.finditer(text))
        return found


def _starts_of(patterns: list[str]) -> _Starts:
    combined = "|".join(f"(?:{p})" for p in patterns)
    at_start = re.compile(f"(?i:{combined})")
    if not all(_starts_words(p) for p in patterns):
        return _Starts(at_start, None)
    return _Starts(at_start, re.compile(f"[^A-Za-z]{_prefix_guard(patterns)}(?=(?i:{combined}))"))


def finditer_at(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, trying the pattern only at ``starts`` (every place where it
    can match, in order); the same scan as finditer when ``starts`` is None or a match is empty."""
    if starts is None:
        return list(pattern.finditer(text))
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m:
            if m.end() == start:
                return list(pattern.finditer(text))
            found.append(m)
            end = m.end()
    return found


@lru_cache(maxsize=None)
def _sentence_groups_in_before() -> bool:
    """True when every group tried on a sentence is tried on the text before a figure too."""
    return all(g.scope in ("any", "before") for g in vocabulary.groups() if g.scope in ("any", "sentence"))


SUBJECT_REACH = 60   # characters: 'global gross domestic product (GDP) per capita of 3.8 per cent'


def _tried_in(group_scope: str, segment_scope: str) -> bool:
    """A group of scope "any" is looked for everywhere; one of scope "before" (a subject) before the figure, in
    its clause or, within SUBJECT_REACH of it, earlier in its sentence; never after it."""
    return group_scope == "any" or group_scope == segment_scope or (group_scope, segment_scope) == ("before", "sentence")


@lru_cache(maxsize=None)
def _group_starts(scope: str) -> _Starts:
    """Where any group that a segment of this scope may name matches."""
    return _starts_of([g.pattern.pattern for g in vocabulary.groups() if _tried_in(g.scope, scope)])


@lru_cache(maxsize=None)
def _cue_starts() -> _Starts:
    """Where any indicator's cue matches."""
    return _starts_of([ind.cue.pattern for ind in vocabulary.indicators()])


@lru_cache(maxsize=64)
def _cue_positions(text: str) -> list[int] | None:
    """Where a cue matches in ``text``; remembered, since the figures of one sentence share its text.
    Callers only read the list."""
    return _cue_starts().find(text)


# A place inside a body's name is not a population: 'the Council of Europe estimates', 'Economic Commission for Africa'.
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:Council|Commission|Commissioner|Committee|Bank|Union|Organi[sz]ation|Court|Conference|Parliament|Forum|Office|Centre|"
    r"Center|Institute|Fund|Agency|Co-?operation|Community|Secretariat|Summit|Charter|Convention|Declaration)"
    r"\s+(?:of|for|on|in)\s+(?:the\s+)?$")

# What a generic population ends with: a segment without one of these words has none.
_GENERIC_NOUNS = ("countries", "economies", "nations")


def _as_noun(written: str) -> str:
    """A population as written, with an adjective of countries made their noun: 'donor-country' -> 'donor countries'."""
    words = " ".join(written.split())
    adjective = _COUNTRY_ADJECTIVE.fullmatch(words)
    return f"{adjective.group(1)} countries" if adjective else words


_COUNTRY_ADJECTIVE = re.compile(r"([A-Za-z]+)-country")


@lru_cache(maxsize=512)
def _population_hits(segment: str, scope: str) -> tuple[tuple[int, int, str | None, str], ...]:
    """(start, end, group code, population as written) for every population named in a segment; remembered, since
    several rules ask it of the same clause or sentence."""
    hits: list[tuple[int, int, str | None, str]] = []
    starts = _group_starts(scope).find(segment)
    groups = vocabulary.groups() if starts is None or starts else ()
    for group in groups:
        if not _tried_in(group.scope, scope):
            continue
        for m in finditer_at(group.pattern, segment, starts):
            if group.scope != scope and group.scope == "before" and m.end() < len(segment) - SUBJECT_REACH:
                continue   # a subject outside the figure's clause speaks of it only from close by
            hits.append((m.start(), m.end(), group.code, "world" if group.code == "world" else _as_noun(m.group())))
    hits = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0] for o in hits)
            and not _INSTITUTION_BEFORE.search(segment, max(0, h[0] - 40), h[0])]
    countries = vocabulary.country_pattern().finditer(segment)
    for m in countries:   # 'In Chad, 5 per cent', 'headquartered in China'; earlier in the sentence only from close by
        if scope == "sentence" and m.end() < len(segment) - 2 * SUBJECT_REACH:
            continue
        if not any(h[0] < m.end() and m.start() < h[1] for h in hits) \
                and not _INSTITUTION_BEFORE.search(segment, max(0, m.start() - 40), m.start()):
            hits.append((m.start(), m.end(), None, m.group()))
    generic = _GENERIC_POPULATION.finditer(segment) if any(n in segment for n in _GENERIC_NOUNS) else ()
    for m in generic:
        if not any(h[0] <= m.start("np") < h[1] or m.start("np") <= h[0] < m.end("np") for h in hits):
            hits.append((m.start("np"), m.end("np"), None, " ".join(m.group("np").split())))
    return tuple(sorted(hits))


# What stands before a comparator population: 'higher than in Europe', 'compared with developed countries'.
_COMPARATOR_BEFORE = re.compile(r"\b(?:(?:than|compared\s+(?:with|to)|relative\s+to|versus)\s+(?:(?:in|for|among|that\s+of|those\s+of)\s+)?"
                                r"|(?:times|twice|double|triple|half)\s+)(?:the\s+)?$", re.I)   # '4 times the global average'
_NEW_SUBJECT_AFTER = re.compile(r"\s*,?\s*(?:where|which|whose|in\s+which|while|whereas)\b", re.I)


def _nearest(segment: str, scope: str, last: bool) -> tuple[str | None, str] | None:
    hits = _population_hits(segment, scope)
    if hits and ("xcept" in segment or "xclud" in segment or "other than" in segment or "apart from" in segment):
        # 'low- and middle-income countries, excluding small island developing States, grew': the place left out
        hits = tuple(h for h in hits if not _LEFT_OUT_BEFORE.search(segment, max(0, h[0] - 30), h[0]))
    if last and len(hits) > 1:
        # 'costs in Africa were 12 times higher than in Europe - a gap that increased to 14 times': the comparator
        # before the figure is not its population, unless a clause about it opens after it ('than in Europe, where').
        own = tuple(h for h in hits if not (_COMPARATOR_BEFORE.search(segment, max(0, h[0] - 30), h[0])
                                            and not _NEW_SUBJECT_AFTER.match(segment, h[1])))
        hits = own or hits
    if not hits:
        return None
    index = max(range(len(hits)), key=lambda i: hits[i][1]) if last else 0
    if last and (hits[index][2] == "world" or segment.startswith(("’", "'"), hits[index][1])):
        # 'the share of LDCs in world exports', 'the LLDCs’ share of global merchandise exports', 'the shares of Eastern
        # Asia in the developing regions’ undernourished people': the world, or a possessive, is the base of the share
        # of the group named just before it
        owner = next((i for i, h in enumerate(hits) if h[2] != "world"
                      and _SHARE_IN_BASE.fullmatch(segment, h[1], hits[index][0])), None)
        index = owner if owner is not None else index
    hit = hits[index]
    # 'landlocked developing countries and the least developed countries accounted for 1.1 per cent': both, no one code.
    partner = index - 1 if last else index + 1
    if 0 <= partner < len(hits):
        first, second = sorted((hits[index], hits[partner]))
        if first[1] <= second[0] and _AND_THE.fullmatch(segment, first[1], second[0]):
            k = hits.index(first)   # 'Colombia, Ecuador, Mexico and Peru': the list the pair ends
            while k > 0 and hits[k - 1][1] <= hits[k][0] and _LIST_COMMA.fullmatch(segment, hits[k - 1][1], hits[k][0]):
                k -= 1
            return None, " ".join(segment[hits[k][0]:second[1]].split())
    return hit[2], hit[3]


_LEFT_OUT_BEFORE = re.compile(r"\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|not\s+including|with\s+the\s+"
                              r"exception\s+of)\s+(?:the\s+)?$", re.I)
_NEXT_CLAUSE = re.compile(r"^\s*[a-z]*\s*\band\s+(?:the\s+|in\s+)?(?:[A-Za-z-]+\s+)?(?:countries|economies|nations|States)\b", re.I)
_SUBJECT_VERB_AFTER = re.compile(r"\s*(?:reaching|reached|at|was|were|stood\s+at|rose\s+to|fell\s+to|grew\s+to|"
                                 r"grew\s+by|with)?\s*$", re.I)


_WORLD_BASE = re.compile(r"\s*of\s+(?:all\s+)?(?:the\s+)?(?:(?:world(?:['’]s)?|global|worldwide)\s+(?!population\b)"
                         r"|(?:[a-z-]+\s+){1,3}in\s+the\s+world\b)", re.I)
_AND_BEFORE_GROUP = re.compile(r"\s*,?\s*(?:(?:[a-z]+|in\s+\d{4})\s*,?\s+)?and\s+(?:(?:in|for|among|across)\s+)?(?:the\s+)?", re.I)


def _opens_next_clause(after: str) -> bool:
    """'by 37 per cent and in the Americas by 27 per cent': the first population after the figure follows 'and', so
    it opens the next figure's clause."""
    hits = _population_hits(after, "after")
    return bool(hits) and _AND_BEFORE_GROUP.fullmatch(after, 0, hits[0][0]) is not None


def _subject_just_before(before: str) -> tuple[str | None, str] | None:
    """The population standing right before the figure, with at most a verb between ('developed countries reaching')."""
    hits = _population_hits(before, "before")
    if hits and _SUBJECT_VERB_AFTER.fullmatch(before, max(h[1] for h in hits)):
        hit = max(hits, key=lambda h: h[1])
        return hit[2], hit[3]
    return None


_AND_THE = re.compile(r"\s{0,3},?\s{0,3}and\s+(?:the\s+)?", re.I)   # (not across a blanked aside)
_LIST_ITEM_BEFORE = re.compile(r"(?:^|[,;:]\s*)([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s*$")   # 'Ecuador, '
_LIST_COMMA = re.compile(r"\s{0,3},\s{0,3}(?:the\s+)?", re.I)
_SHARE_IN_BASE = re.compile(r"(?:['’]s?\s+share\s+of|\s+in)\s+(?:the\s+)?", re.I)


@dataclass(frozen=True)
class _Who:
    population: str | None
    group: str | None
    sex: str | None


def whose(text: str, q: Quantity, sentence: tuple[int, int], previous_end: int, next_start: int,
          next_end: int | None = None) -> _Who:
    """Population, group and sex of a figure: what its clause names after it ('of the population of
    low-income countries'), else before it ('in the least developed countries only 29 per cent'), else
    the subject of its sentence; a count of countries or women is a figure about them."""
    after_end = min(_clause_end(text, q.end, sentence[1]), next_start)
    subordinate = _SUBORDINATE.search(text, q.end, after_end)
    if subordinate:   # 'Aid to Africa fell by 0.5 per cent as some DAC members backtracked': another clause's subject
        after_end = subordinate.start()
    after = text[q.end:after_end]
    bounds = _BOUNDS_IN_SQUARE_BRACKETS.match(text, q.end)
    if bounds:   # '46% [43–50%] of all adults living with HIV': the clause goes on after the bounds
        after = text[bounds.end():_clause_end(text, bounds.end(), sentence[1])]
    if after_end < next_start and text.startswith("(", after_end):
        # 'One in five young people (between the ages of 15 and 24) worldwide': the clause goes on after the aside.
        close = text.find(")", after_end, min(next_start, after_end + 80))
        if close > 0:
            after += " " + text[close + 1:min(_clause_end(text, close + 1, sentence[1]), next_start)]
    if next_end is not None and _RANGE_JOIN.fullmatch(text[q.end:next_start]):
        after = text[next_end:_clause_end(text, next_end, sentence[1])]  # 'from 60 to 61 per cent in emerging ones'
    clause = _clause_start(text, q.start, sentence[0])
    before_start = max(clause, previous_end)
    # A short clause set off by commas just before ("that, worldwide, 70 per cent") still speaks of the figure, and so
    # does the main clause before a participle's (', rebounding after a sharp 3.8 per cent drop').
    if clause > sentence[0] and clause > previous_end:
        prior = _clause_start(text, clause - 1, sentence[0])
        if len(_WORD.findall(text[prior:clause])) <= 3 or _opens_with_relative(text, prior, clause) \
                or _PARTICIPLE_OPENS.match(text, clause, q.start) and _opens_with_subject(text[prior:clause]):
            before_start = max(prior, previous_end)
            # 'Colombia, Ecuador, Mexico and Peru also presented decreases': a list's items, each set off by commas
            while before_start > max(sentence[0], previous_end) and (
                    item := _LIST_ITEM_BEFORE.search(text, max(sentence[0], previous_end), before_start)):
                before_start = item.start(1)
    before = text[before_start:q.start]
    maternal = _MATERNAL.search(text, clause, q.start) is not None   # 'maternal mortality fell from 228 to 197'
    # 'Child marriage is most common in Southern Asia, with rates of 44 per cent': the sentence's subject, or the clause's
    female_topic = maternal or (q.unit == "percent" or q.unit.startswith("per_")) and _may_name_female_topic(
        text, sentence) and any(_FEMALE_TOPIC.search(part) for part in (
            text[sentence[0]:min(q.start, sentence[0] + 60)], text[clause:q.start], after))
    sex = _sex_in_brackets_after(text, q.start) or _sex(after) or ("female" if female_topic else None) \
        or _sex_of_share(text[sentence[0]:q.start])
    if sex and q.unit == "percentage_point" and (_GAP_BETWEEN_SEXES_AFTER.match(after) or _GAP_AFTER.match(after)):
        sex = None   # 'the proportion of women with accounts was four percentage points higher than that of men': a gap
    noun = counted_noun(text, q) if q.unit in ("count", "people") else None
    if noun is not None and noun.kind == "population":
        phrase = _noun_phrase(text, q, noun)
        found = _nearest(phrase, "any", last=False)
        if found is None and noun.unit == "people" and (
                _WORLD_OPENS.match(text, sentence[0]) or _world_after_noun(text, q, noun) or _world_closes(text, q, sentence)
                or _WORLD_SET_OFF_BEFORE.search(text, max(sentence[0], q.start - 60), q.start)):
            found = ("world", "world")   # 'Globally, 263 million children', '240 million children with disabilities worldwide'
        if found is None:
            found = _place_after_noun(text, q, noun)   # '1.4 billion adults in developing regions'
        if found is None and (opening := _PLACE_OPENS.match(text, sentence[0], q.start)):
            found = _nearest(opening.group(1), "before", True)   # 'In Europe, 120,000 Roma live in the country'
        gap = _GAP.match(text, q.end) or _GAP_COMPARED.match(text, q.end)
        if gap:   # '189 million more men than women': a gap between two populations
            return _Who(f"{gap.group(1)} and {gap.group(2)}", found[0] if found else None, None)
        return _Who(phrase, found[0] if found else None, sex or (_sex_of_people(phrase) if " and " in phrase else noun.sex))
    if noun is not None and noun.unit == "people" and _THE_WORLDS_BEFORE.search(text, max(0, q.start - 16), q.start):
        return _Who("world", "world", sex or noun.sex)   # 'half the world’s 1 billion extremely poor rural people'
    were = _WERE_PEOPLE_AFTER.match(after) if q.unit == "percent" else None
    if were is None and q.unit == "percent" and "of whom" in text[max(sentence[0], q.start - 120):q.start]:
        were = _PEOPLE_AFTER.match(after)   # 'of whom 56.5 per cent were men, 32.5 per cent women and 11 per cent children'
    if were:   # 'of whom 43.4 million were refugees and 40 per cent were children'
        return _Who(" ".join(were.group(1).split()), None, sex)
    searched_before = None
    world_base: tuple[str | None, str] | None = None
    for segment, scope, last in ((_comparator_removed(after, q), "after", False), (before, "before", True),
                                 (text[_word_start(text, max(sentence[0], q.start - WINDOW), q.start):q.start], "sentence", True)):
        if scope == "sentence" and segment == searched_before and _sentence_groups_in_before():
            continue   # the same text already named no population, with every group a sentence tries
        if scope == "sentence":
            segment = _subject_window(segment, noun is not None and noun.kind == "generic")
        among = _last_among_people(segment) if scope != "after" else None
        if among is not None:
            # 'people in the world faced hunger, and among children under 5 years of age, an estimated 148.1 million':
            # the people named last before the figure are whose it is, unless a place is named after them; 'the
            # global birth rate among girls' is still the world's
            opening = segment[:among.start()]
            marks = [m.end() for m in _CLAUSE_MARK.finditer(opening)]
            same_phrase = _nearest(opening[marks[-1] if marks else 0:], scope, last)
            segment = segment[among.start():]
        found = _nearest(segment, scope, last)
        if found is None and among is not None:
            group = "world" if same_phrase and same_phrase[0] == "world" else None
            own_sex = _sex_of_people(among.group(1)) if q.unit != "ratio" else None   # not 'double the rate among women'
            people = among.group(1)
            if q.unit in ("percent", "percentage_point") and (named_after := _FOR_PEOPLE_AFTER.match(after)):
                people, own_sex = named_after.group(1), None   # '(50.1 per cent compared to 54.6 per cent for men)'
            return _Who(" ".join(people.split()), group, sex or own_sex)
        base = _WORLD_BASE.match(segment) if found and scope == "after" and found[0] == "world" else None
        if base:
            # 'Low- and middle-income countries host 74 per cent of the world's refugees': the world is the base of
            # the share; the clause's subject is whose share it is, named before it or, as in '69% of worldwide deaths
            # occurred in LDCs', after it
            subject = _nearest(before, "before", True) or _nearest(segment[base.end():], "after", False)
            if subject is None:   # '..., which have 11.6 per cent of the world's population, contributed only 0.5 per
                world_base = found   # cent of world MVA': the subject may be the sentence's; else the share is the world's
                continue
            found = subject if subject[0] != "world" else found
        if found and scope == "after" and (_NEXT_CLAUSE.search(segment) or _opens_next_clause(segment)):
            # 'with developed countries reaching 1,162 watts and developing countries reaching 341': the group
            # after 'and' opens the next clause; the one just before the figure is its subject.
            found = _subject_just_before(before)   # else the figure's population is named before it, if at all
        if found and found[0] == "world":
            people = _last_people_of(text[sentence[0]:q.start])
            if people is not None:   # 'Globally, the proportion of women aged 20 to 24 who ... dropped from 32 per cent'
                return _Who(" ".join(people.group(1).split()), "world", sex)
        if found:
            return _Who(_ones_named(found[1], text[sentence[0]:q.start]), found[0], sex)
        if scope == "before":
            searched_before = segment
    if world_base is None and (q.unit in ("percent", "percentage_point") or noun is not None and noun.kind == "generic"
                               and noun.unit == "people") and _world_closes(text, q, sentence):
        world_base = ("world", "world")   # 'In 2023 it stood at 5.1 per cent, globally.'
    if world_base is not None:
        return _Who(world_base[1], world_base[0], sex)
    if noun is not None and noun.kind == "generic":
        restated = _restated_as_share(text, q, noun, sentence[1]) or _restating_a_share(text, q, sentence[0])
        if restated:   # '2.6 billion people, representing 33 per cent of the global population'
            return _Who(_ones_named(restated[1], text[sentence[0]:q.start]), restated[0], sex or noun.sex)
        # '41.3 million internally displaced persons': the noun with the words that qualify it
        return _Who(_noun_phrase(text, q, noun), None, sex or noun.sex)
    of = _OF_PHRASE.match(after)
    if of is None and q.kind == "fraction" and _IN_EVERY.search(text, q.start, q.end):
        of = _NOUN_AFTER.match(after)   # 'one in four girls'
    if of and q.unit == "percent":
        np = of.group("np").lower()
        nouns = vocabulary.counted_nouns()
        if np not in nouns and " " in np and _PEOPLE_QUALIFIER.fullmatch(np.rsplit(" ", 1)[0]):
            np = np.rsplit(" ", 1)[1]   # 'one in five young women', '45 per cent of rural women': people, qualified
        qualified = _QUALIFIED_NOUN_AFTER.match(after) if np not in nouns else None
        if qualified and qualified.group(2).lower() in _POLITIES:
            return _Who(f"{qualified.group(1)} {qualified.group(2)}", None, sex)   # '(65 per cent of coastal States)'
        if np in nouns and (nouns[np].unit == "people" or nouns[np].kind == "population"):
            # not 'of women and men', nor 'half of them women' (a share of the poor who are women: no one sex's measure)
            own_sex = None if _AND_PEOPLE.match(after, of.end()) or _OF_THEM_AFTER.match(after) else nouns[np].sex
            return _Who(" ".join(of.group("np").split()), None, sex or own_sex)   # '45 per cent of women', 'of Roma'
    more_people = _MORE_PEOPLE_AFTER.match(after) if q.unit == "percent" else None
    if more_people:   # '337 per cent more children and 258 per cent more women were killed'
        return _Who(more_people.group(1), None, sex or _sex_of_people(more_people.group(1)))
    people_of = _OF_PEOPLE_AFTER.match(after) if q.unit == "percent" else None
    if people_of:   # '18 per cent of ever-partnered women and girls aged 15 to 49'
        return _Who(" ".join(people_of.group(1).split()), None, sex or _sex_of_people(people_of.group(1)))
    for_people = _FOR_PEOPLE_AFTER.match(after) if q.unit in ("percent", "percentage_point") else None
    if for_people:   # 'unemployment reached 7.8% for adults and 25.6% for youth'
        return _Who(" ".join(for_people.group(1).split()), None, sex)
    # 'the number of killings of human rights defenders, journalists and trade unionists has remained high, with at
    # least 502 cases': the cases are the people killed
    victims = _VICTIMS_BEFORE.search(text, max(sentence[0], q.start - 200), q.start) if q.unit in ("count", "people") else None
    if victims and any(w.lower() in vocabulary.counted_nouns() for w in _WORD.findall(victims.group(1))):
        return _Who(" ".join(victims.group(1).split()), None, sex)
    # 'The number of refugees, including persons in refugee-like situations and ..., reached 37.8 million': a level
    # reached looks further back for what it counts
    reach = 200 if _LEVEL_VERB_BEFORE.search(text, max(0, q.start - 25), q.start) else 120
    counted = _NUMBER_OF_NOUN.search(text, max(sentence[0], q.start - reach), q.start)
    if counted and q.unit in ("count", "people"):   # 'the number of countries with such institutions rose from 70 to 89'
        return _Who(counted.group(1).lower(), None, sex)
    share = (_SHARE_OF_GROUPS.search(text, max(sentence[0], q.start - 120), q.start)
             if q.unit == "percent" and " of " in text[max(sentence[0], q.start - 120):q.start] else None)
    if share:   # 'The share of countries submitting national reports has increased from 13 per cent to 61 per cent'
        return _Who(share.group(1).lower(), None, sex)
    subject = next((m for m in _SUBJECT_PEOPLE.finditer(before)   # not 'the High Commissioner for Refugees'
                    if not _INSTITUTION_BEFORE.search(before, max(0, m.start() - 40), m.start())), None)
    if subject and sex and _SEX_OF_WORD.get(subject.group().split()[-1].lower(), sex) != sex:
        subject = None   # '(36.2% for women and 39.3% for men)': the women are the figure before's
    if subject:   # 'The percentage of young people completing school increased from 53 per cent'
        return _Who(" ".join(subject.group().split()), None, sex)
    if maternal:
        return _Who("mothers", None, sex)
    if _CHILD_MORTALITY.search(text, clause, q.start):   # 'the under-5 mortality rate dropped from 43 to 37'
        return _Who("children", None, sex)
    return _main_clause_subject(text, q, sentence) or _Who(None, None, sex)


# A sentence that opens with a subordinate clause: 'After rebounding with a 7.4 per cent growth rate in 2021, global
# manufacturing growth is estimated to have slowed', 'Despite comprising 40.3 per cent of the labour force, women are'.
_OPENING_SUBORDINATE = re.compile(r"\W*(?:After|Despite|Following|Since|Though|Although|While|Whilst)\b[^;:]{0,240}?,\s*")


def _main_clause_subject(text: str, q: Quantity, sentence: tuple[int, int]) -> _Who | None:
    """The subject that opens the main clause, for a figure in the subordinate clause the sentence opens with."""
    opening = _OPENING_SUBORDINATE.match(text, sentence[0], sentence[1])
    if opening is None or opening.end() <= q.end:
        return None
    main = text[opening.end():min(sentence[1], opening.end() + 80)]
    hits = [h for h in _population_hits(main, "before") if h[0] <= 4]
    if hits:
        return _Who(hits[0][3], hits[0][2], None)
    people = _SUBJECT_PEOPLE.match(main)
    return _Who(people.group(), None, None) if people else None


def _opens_with_subject(clause: str) -> bool:
    """A clause whose first words name a population or place: 'Global real GDP per capita grew', 'but were much
    lower for older adults' (not 'The ITU global connectivity infrastructure map shows')."""
    return any(h[0] <= 4 for h in _population_hits(clause.lstrip(" ,;"), "before")) or bool(_PEOPLE_SUBJECT_IN.search(clause))


_PEOPLE_SUBJECT_IN = re.compile(r"\b(?:for|among)\s+(?:older|young|adult|rural|urban)?\s*(?:adults|people|women|men|children|youth)\b")
_MATERNAL = re.compile(r"\bmaternal\b", re.I)
_LEVEL_VERB_BEFORE = re.compile(r"\b(?:reached|totalled|totaled|stood\s+at|(?:rose|grew|fell|increased|decreased|declined|"
                                r"dropped|climbed|surged|had\s+grown|has\s+grown)\s+to)\s+(?:(?:about|around|some|nearly|almost|"
                                r"over|more\s+than|an\s+estimated|a\s+record(?:\s+high\s+of)?)\s+)?$", re.I)
_PARTICIPLE_OPENS = re.compile(r"\W*(?!(?:including|excluding|according|during|notwithstanding|regarding|concerning|"
                               r"considering|following|bring|string|thing|spring)\b)[a-z]{3,}ing\b")
_POLITIES = frozenset(("countries", "states", "economies", "nations", "parties", "members", "territories"))
_QUALIFIED_NOUN_AFTER = re.compile(r"\s*of\s+(?:the\s+|all\s+)?([a-z][a-z-]+)\s+([A-Za-z][a-z-]+)\b")
_THE_WORLDS_BEFORE = re.compile(r"\bthe\s+world['’]s\s+$", re.I)
_WORLD_AFTER_NOUN = re.compile(r"(?:\s+(?:with|without|in|of|and)(?:\s+[a-z-]+){1,2}?)?\s+(?:worldwide|globally|around\s+the\s+world)\b",
                               re.I)
_WORLD_OPENS = re.compile(r"\W*(?:Globally|Worldwide|(?:Across|Around)\s+the\s+(?:world|globe))\s*,", re.I)
_PLACE_OPENS = re.compile(r"\W*(?:In|Across|Throughout)\s+(?!(?:contrast|comparison|relation|addition|line|light|view|response|"
                          r"terms|spite|particular|total|short|sum)\b)([^,;:()]{3,60}),", re.I)
# 'This means that globally, there are 244 million more men than women': the world set off just before the figure
_WORLD_SET_OFF_BEFORE = re.compile(r"\b(?:globally|worldwide)\s*,\s*(?:there\s+(?:are|were|is|was)\s+)?"
                                   r"(?:(?:an\s+estimated|some|about|around|nearly|almost|over|more\s+than)\s+)?$", re.I)
# '189 million people were recorded as being unemployed, worldwide.': the world closes the figure's sentence
_WORLD_CLOSES = re.compile(r"[^,;:()]*,\s*(?:worldwide|globally)\W*$", re.I)


def _world_closes(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """The figure's sentence ends ', worldwide.' or ', globally.', with no other clause between."""
    return _WORLD_CLOSES.match(text, q.end, sentence[1]) is not None


_BOUNDS_IN_SQUARE_BRACKETS = re.compile(r"\s*\[[^\[\]]{1,40}\]")
_SUBORDINATE = re.compile(r"\s(?:because|although|though|whereas|while|as\s+(?:some|many|most|several|other|all|the|a|an))\s",
                          re.I)
_RELATIVE_OPENS = re.compile(r"\s*(?:who|which)\s", re.I)
_SUBORDINATE_OPENER = re.compile(r"(?:^|[–—;:]\s)\W*(?:While|Whilst|Although|Though|Whereas)\b[^,;:()]{0,200},")
_ASIDE_IN_BRACKETS = re.compile(r"\([^()]{12,}\)")   # longer than an acronym's '(LDCs)'
_DASH_ASIDE = re.compile(r"\s[–—]\s(?:the|a|an|which|who|that|i\.e\.|including|mostly|mainly)\s[^–—.;]{3,150}?\s[–—]\s")
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which)\s[^,;:()]*,", re.I)
_RESOLUTION_VERB_THAT = re.compile(
    r"\b(?:noting|recogni[sz]ing|stressing|emphasi[sz]ing|acknowledging|underlining|underscoring|reaffirming|recalling|"
    r"welcoming|concerned|expressing\s+(?:deep\s+|grave\s+|serious\s+)?concern)\b[^.;:]{0,40}?\bthat\b", re.I)
_NEW_STATEMENT_THAT = re.compile(rf",?\s+and\s+that\b|{_RESOLUTION_VERB_THAT.pattern}", re.I)


def _may_name_female_topic(text: str, sentence: tuple[int, int]) -> bool:
    """A substring test before the pattern: most sentences name neither marriage nor mutilation."""
    part = text[sentence[0]:sentence[1]]
    return "arriage" in part or "utilation" in part or "FGM" in part


# Figures that only women and girls can have: the rate of child marriage counts girls married before 18.
_FEMALE_TOPIC = re.compile(r"\b(?:child(?:,\s+early)?\s+(?:and\s+forced\s+)?marriage|female\s+genital\s+mutilation|FGM)\b", re.I)
_CHILD_MORTALITY = re.compile(r"\b(?:under-?(?:5|five)|child)\s+(?:mortality|deaths)\b", re.I)
_GROUP_NOUN = re.compile(r"\b(countries|economies|nations|regions)\b", re.I)


def _word_start(text: str, start: int, end: int) -> int:
    """``start``, or past the word it cuts: a window must not begin mid-word ('dle-income countries')."""
    if start == 0 or text[start - 1].isspace():
        return start
    while start < end and not text[start].isspace():
        start += 1
    return start


def _ones_named(population: str, before: str) -> str:
    """'from 65 to 66 per cent in advanced economies and from 60 to 61 per cent in emerging ones': 'ones' stands for
    the noun the sentence used last."""
    if not population.endswith(" ones"):
        return population
    nouns = _GROUP_NOUN.findall(before)
    return f"{population[:-5]} {nouns[-1].lower()}" if nouns else population
_PEOPLE_ADJECTIVES = r"young|older|elderly|adult|rural|urban|indigenous|poor|displaced|working|adolescent"
_PEOPLE_NOUN = (rf"(?:(?:{_PEOPLE_ADJECTIVES})\s+)?"
                r"(?:women|girls|men|boys|children|infants|adolescents|adults|youth|young\s+people|workers|refugees|migrants|students|learners"
                r"|teachers|patients|farmers|(?:persons|people)\s+with\s+disabilities|older\s+(?:persons|people))"
                r"(?:\s+with\s+disabilities)?")
# People named in the figure's clause before it, as its subject: 'Young women are more than twice as likely as young men'.
# A word that qualifies people before their noun: 'one in five young women', '45 per cent of rural women'.
_PEOPLE_QUALIFIER = re.compile(rf"(?:{_PEOPLE_ADJECTIVES}|married|unmarried|pregnant|employed|unemployed|disabled|migrant|refugee)")
_SUBJECT_PEOPLE = re.compile(rf"\b{_PEOPLE_NOUN}(?:\s+and\s+{_PEOPLE_NOUN})?\b", re.I)
_WERE_PEOPLE_AFTER = re.compile(rf"^\s*(?:were|are)\s+({_PEOPLE_NOUN}(?:\s+and\s+{_PEOPLE_NOUN})?)\b", re.I)
_PEOPLE_AFTER = re.compile(rf"^\s*({_PEOPLE_NOUN})\b", re.I)
_AGE_QUALIFIER = (r"(?:\s+(?:(?:under|over|below|above|aged)\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?|between\s+the\s+ages\s+of\s+)"
                  r"\d+(?:\s*(?:–|-|to|and)\s*\d+)?(?:\s+(?:years|months)(?:\s+of\s+age|\s+old)?)?)?")
_OF_PEOPLE_AFTER = re.compile(rf"^\s*of\s+(?:the\s+|all\s+)?((?:[a-z]+-[a-z]+\s+)?{_PEOPLE_NOUN}(?:\s+and\s+{_PEOPLE_NOUN})?"
                              rf"{_AGE_QUALIFIER})\b", re.I)
# 'the number of killings of human rights defenders, journalists and trade unionists has remained high, with 502 cases'
_VICTIMS_BEFORE = re.compile(r"\b(?:killings|murders|deaths|abductions|attacks)\s+(?:of|on|against)\s+"
                             r"((?:[a-z-]+,?\s+){0,8}?[a-z-]+)\s+(?=(?:has|have|had|remained|remain|rose|fell|was|were|is|"
                             r"are|increased|decreased|reached|totalled|stood)\b)", re.I)
_MORE_PEOPLE_AFTER = re.compile(rf"^\s+(?:more|fewer)\s+({_PEOPLE_NOUN})\b", re.I)
_FOR_PEOPLE_AFTER = re.compile(rf"^\s*(?:for|among)\s+(?:the\s+)?({_PEOPLE_NOUN}{_AGE_QUALIFIER})\b", re.I)
_AMONG_PEOPLE = re.compile(rf"\bamong\s+(?:the\s+)?({_PEOPLE_NOUN}(?:\s+and\s+{_PEOPLE_NOUN})?{_AGE_QUALIFIER})\b", re.I)


# The people a rate or share is of: 'the proportion of women aged 20 to 24', 'the marriage of girls under age 15'.
_PEOPLE_OF = re.compile(rf"\b(?:proportion|share|percentage|rates?|number|marriage|prevalence)\s+(?:of|among)\s+(?:the\s+)?"
                        rf"({_PEOPLE_NOUN}{_AGE_QUALIFIER})\b", re.I)


def _last_people_of(before: str) -> re.Match[str] | None:
    """The last 'proportion of women aged 20 to 24' before a figure; a substring test first, as most have none."""
    if " of " not in before and "among" not in before:
        return None
    return _last_match(_PEOPLE_OF, before)


_SEXLESS_PEOPLE = frozenset(("children", "infants", "adolescents", "adults", "youth", "people", "persons", "workers",
                             "refugees", "migrants", "students", "learners", "teachers", "patients", "farmers"))


def _sex_of_people(people: str) -> str | None:
    """'girls and women': female; 'women and men', 'children and women', 'children': no one sex."""
    nouns = [w for w in _WORD.findall(people.lower()) if w in _SEX_OF_WORD or w in _SEXLESS_PEOPLE]
    sexes = {_SEX_OF_WORD.get(w) for w in nouns}
    return sexes.pop() if len(sexes) == 1 and None not in sexes else None


def _last_among_people(segment: str) -> re.Match[str] | None:
    """The last 'among children under 5 years of age' in a segment; a substring test first, as most have none."""
    if "mong" not in segment:
        return None
    return _last_match(_AMONG_PEOPLE, segment)


# Whom 'who' and what 'which' stand for, at the end of the clause before: 'children, who', 'countries, which'.
_ANTECEDENT_AND_RELATIVE = re.compile(rf"\b(?:(?:{_PEOPLE_NOUN}|people|persons)\s*,\s*who|"
                                      rf"(?:countries|economies|nations|States)\s*,\s*which)\s", re.I)


def _subject_window(segment: str, counts_people: bool) -> str:
    """The part of the sentence before a figure where its subject may stand, with what speaks of something else
    removed or blanked (blanks keep the offsets of what is left)."""
    if " that" in segment:
        # 'in some middle-income countries, noting with concern that, as of 2024, 692 million people': a new 'that'
        # clause states a new fact, and what came before it is not this figure's; so does 'and that' for a count
        # of people ('... affects developing countries, and that an estimated 10.6 million people fell ill')
        opens = _NEW_STATEMENT_THAT if counts_people else _RESOLUTION_VERB_THAT
        segment = segment[max((m.end() for m in opens.finditer(segment)), default=0):]
    opener = _SUBORDINATE_OPENER.search(segment)
    if opener:   # 'While the world gathers to support their teams in Brazil, eight people a minute are forced to flee'
        segment = segment[opener.end():]
    quote = segment.rfind("“")
    if quote >= 0 and "”" not in segment[quote:]:
        # 'the representative of Sri Lanka said that “women served as only 6 per cent of mediators': a quotation's
        # figures are the quotation's; the speaker is not their population
        segment = segment[quote + 1:]
    if "(" in segment:
        # 'Myanmar (accounting for 10 per cent of the global estimated area in 2017) declined by some 25 per cent':
        # what an aside in brackets names is not the sentence's subject
        segment = _ASIDE_IN_BRACKETS.sub(lambda m: " " * len(m.group()), segment)
    if "which" in segment or "who" in segment:
        # 'The least developed countries, which account for 14 per cent of the world population, received 2 per
        # cent': an aside about the subject names no population of the main clause's figure
        segment = _RELATIVE_ASIDE.sub(lambda m: " " * len(m.group()), segment)
    if "–" in segment or "—" in segment:
        # 'programmable aid – the portion of aid that reaches developing countries – has fallen to less than half':
        # nor does an aside between dashes that defines or describes the subject
        segment = _DASH_ASIDE.sub(lambda m: " " * len(m.group()), segment)
    return segment


def _opens_with_relative(text: str, prior: int, clause: int) -> bool:
    """'most people in extreme poverty are children, who are more than twice as likely': the clause opened by 'who'
    speaks of the people the clause before ends with, so that clause is searched for them too."""
    m = _RELATIVE_OPENS.match(text, clause)
    return m is not None and any(a.end() == m.end() for a in _ANTECEDENT_AND_RELATIVE.finditer(text, prior, m.end()))
_NUMBER_OF_NOUN = re.compile(
    rf"\bnumber\s+of\s+(?:[a-z-]+\s+){{0,2}}?(countries|economies|States|{_PEOPLE_NOUN}|people|persons)\b", re.I)


_SHARE_OF_GROUPS = re.compile(r"\b(?:share|proportion|percentage)\s+of\s+(?:all\s+)?(countries|economies|States)\b", re.I)


# After a multiple or a fraction, what it is a multiple of: 'eight times that in low-income countries', 'one-sixth that
# seen in the CIS'.
_MULTIPLE_OF = re.compile(r"^\s*(?:of\s+)?(?:that|those)\s+(?:(?:seen|observed|recorded|found|reported)\s+)?(?:in|of|for|among)\b", re.I)


def _comparator_removed(after: str, q: Quantity) -> str:
    """'12 times higher than in Europe', 'eight times that in low-income countries': the group after 'than' or
    after a multiple's 'that in' is the comparator, not the figure's."""
    if (q.kind in ("multiplier", "fraction") or q.unit == "ratio") and _MULTIPLE_OF.match(after):
        return ""
    m = _COMPARATOR.search(after)
    return after[:m.start()] if m else after


_NOT_A_QUALIFIER = re.compile(r"[\d\[\]()]")


# A count restated at once as a share of a population: ', representing 33 per cent of the global population',
# ' - 43 per cent of the world's population', ' or less than 16 per cent of the world's population', ', 1 in 11 people
# globally'.
_RESTATED_SHARE = re.compile(
    r"\s*(?:,\s*|\s[-\u2013\u2014]\s*|\s*\(\s*)?(?:(?:or|representing|accounting\s+for|equal\s+to|i\.e\.)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|less\s+than|just\s+over|"
    r"just\s+under)\s+)?(?:\d[\d.,]*\s*(?:per\s*cent|%)\s+of\s+|(?:1|one)\s+(?:in|out\s+of)\s+(?:every\s+)?\d+\s+)", re.I)


def _world_after_noun(text: str, q: Quantity, noun: vocabulary.CountedNoun) -> bool:
    m = _noun_after(text, q, noun)
    return m is not None and _WORLD_AFTER_NOUN.match(text, q.end + m.end()) is not None


def _place_after_noun(text: str, q: Quantity, noun: vocabulary.CountedNoun) -> tuple[str | None, str] | None:
    """The group a people count is located in right after its noun: '1.4 billion adults in developing regions'."""
    m = _noun_after(text, q, noun)
    where = _IN_AFTER_NOUN.match(text, q.end + m.end()) if m else None
    if where is None:
        return None
    hits = _population_hits(text[where.end():where.end() + 80], "after")
    return (hits[0][2], hits[0][3]) if hits and hits[0][0] == 0 and hits[0][2] else None


_IN_AFTER_NOUN = re.compile(r"\s+(?:(?:living|who\s+live|who\s+lived)\s+)?(?:in|across|from)\s+(?:the\s+)?")


def _noun_after(text: str, q: Quantity, noun: vocabulary.CountedNoun) -> re.Match[str] | None:
    """Where the counted noun stands in the 80 characters after the figure (offsets from the figure's end)."""
    return re.search(rf"\b{re.escape(noun.noun)}\b", text[q.end:q.end + 80], re.I)


def _restated_as_share(text: str, q: Quantity, noun: vocabulary.CountedNoun, end: int) -> tuple[str | None, str] | None:
    """The population a count of people is restated as a share of, right after its noun."""
    m = _noun_after(text, q, noun)
    if m is None:
        return None
    share = _RESTATED_SHARE.match(text, q.end + m.end(), end)
    comma = text.find(",", q.end + m.end(), min(end, q.end + 120))
    # further on, after the clause, only as a share of the world: 'faced hunger in 2023, 1 in 11 people globally'
    world_only = share is None
    share = share or (_RESTATED_SHARE.match(text, comma, end) if comma > 0 else None)
    if share is None:
        return None
    found = _nearest(text[share.end():_clause_end(text, share.end(), end)], "after", False)
    return found if found and found[0] is not None and (found[0] == "world" or not world_only) else None


_SHARE_RESTATED_BEFORE = re.compile(r"(?:per\s*cent|%)\s+of\s+(?P<base>[^,;()\u2013\u2014]{3,60}?)\s*(?:[,(\u2013\u2014]|\s-)\s*"
                                    r"(?:(?:or|equal\s+to|i\.e\.|that\s+is|representing|some|about|around|nearly|almost)\s+)*$",
                                    re.I)


def _restating_a_share(text: str, q: Quantity, floor: int) -> tuple[str | None, str] | None:
    """'5.8% of the world's population – equal to 296 million people': the population of the share the count restates."""
    m = _SHARE_RESTATED_BEFORE.search(text, max(floor, q.start - 100), q.start)
    if m is None:
        return None
    found = _nearest(m.group("base"), "after", False)
    return found if found and found[0] is not None else None


def _noun_phrase(text: str, q: Quantity, noun: vocabulary.CountedNoun) -> str:
    """The counted noun with the words between it and the number: '106 bilateral and multilateral providers'."""
    tail = text[q.end:q.end + 80]
    m = _noun_after(text, q, noun)
    if m is None or _NOT_A_QUALIFIER.search(tail, 0, m.start()):
        return noun.noun   # '3.1 million [2.9 million–3.4 million] people': a bracketed range, not words of the noun
    partner = _AND_PEOPLE.match(tail, m.end())   # '340 million women and girls'
    phrase = " ".join(tail[:partner.end() if partner else m.end()].lstrip("+ ").split())   # '16,000+ women'
    return _MORE.sub("", phrase)


_AND_PEOPLE = re.compile(r"\s+and\s+(?:young\s+)?(?:women|girls|men|boys|children|adolescents|youth)\b(?!\s+(?:of|in)\b)")


_SHARE_OF_SEX = re.compile(
    r"\b(?:proportion|percentage|share|number|rates?|prevalence|marriage|representation|participation|employment|"
    r"unemployment|coverage|enrolment|literacy)\s+(?:of|for|among|by)\s+(?:young\s+|adult\s+|older\s+|prime-aged?\s+|"
    r"working-age\s+)?(women|girls|females|men|boys|males)\b(?!\s+and\s+(?:young\s+)?(?:women|girls|men|boys)\b)"
    r"|\b(women|girls|men|boys)[’']s?\s+(?:[a-z-]+\s+){0,3}?(?:share|representation|participation|employment|unemployment|rates?"
    r"|contributions|coverage|earnings|wages|income|pay|literacy|enrolment)(?:\s+rates?)?\b"
    r"|\b(female|male)\s+(?:[a-z-]+\s+){0,2}?(?:poverty|unemployment|employment|participation|literacy|enrolment|"
    r"representation|share|rates?)\b", re.I)


def _sex_of_share(before: str) -> str | None:
    """'the proportion of women aged 20 to 24 who were married before 18 fell to 26 per cent', 'women's share in
    management': a figure whose base is one sex. ('Women hold 27 per cent of seats' is a share of seats: no sex.)"""
    m = _last_match(_SHARE_OF_SEX, before)
    if m is None:
        return None
    word = next(g for g in m.groups() if g).lower()
    for later in _SEX_WORD.finditer(before, m.end()):   # 'the rate for young women was 29.7% and for young men it was
        word = later.group().lower()                     # 35.4%': the sex named last before the figure is its sex
    return _SEX_OF_WORD[word]


_GAP_BETWEEN_SEXES_AFTER = re.compile(r"\s*(?:higher|lower|more|less|above|below|greater|smaller)\s+than\s+(?:that\s+of\s+|"
                                      r"those\s+of\s+|for\s+|among\s+)?(?:young\s+|adult\s+)?(?:women|girls|men|boys)\b", re.I)
_GAP_AFTER = re.compile(r"\s*(?:gender\s+)?gap\b", re.I)   # 'driving a 5.4 percentage-point gap in old-age pensions'
_SEX_WORD = re.compile(r"\b(?:women|girls|females|men|boys|males)\b", re.I)


_SEX_BEFORE_BRACKET = re.compile(r"\b(?:(women|girls|females?)|(?:men|boys|males?))\s*\(\s*$", re.I)


def _sex_in_brackets_after(text: str, start: int) -> str | None:
    """'a higher proportion of women (47.1%) than men (41.3%)': the figure in brackets after a sex is that sex's."""
    if "(" not in text[max(0, start - 3):start]:
        return None
    m = _SEX_BEFORE_BRACKET.search(text, max(0, start - 12), start)
    return None if m is None else "female" if m.group(1) else "male"


def _sex(after: str) -> str | None:
    m = _SEX_AFTER.match(after)
    if not m:
        return None
    return "female" if m.group(1) else "male"


def indicator(sentence_text: str, q: Quantity, local: str) -> str | None:
    """The indicator code whose cue the figure's clause (or failing that its sentence) names."""
    unit = q.unit
    for scope in (local, sentence_text):
        starts = _cue_positions(scope)
        if starts == []:
            continue   # no cue of any indicator in this scope
        for ind in vocabulary.indicators():
            if ind.unit != unit and not (ind.unit == "people" and unit == "count" and q.scale):
                continue
            cued = ind.cue.search(scope) if starts is None else any(ind.cue.match(scope, s) for s in starts)
            if cued and not (ind.exclude and ind.exclude.search(scope)):
                return ind.code
    return None


def year(text: str, q: Quantity, sentence: tuple[int, int], next_start: int) -> int | None:
    """The reference year the text gives the figure: 'in 2023' in its clause, else at the sentence's start."""
    note = _NOTE_IN_BRACKETS.match(text, q.end)   # '$1,646 (constant 2015 prices) in 2015': the note is no year
    after_start = note.end() if note else q.end
    after_end = min(_clause_end(text, after_start, sentence[1]), next_start)
    after = text[after_start:after_end]
    if _NOW_AFTER.match(after) or _NOW_BEFORE.search(text, max(sentence[0], q.start - 12), q.start):
        return None   # 'from 6.5 billion today to 9.1 billion in 2050', 'today's 5.3 billion': the year the text was written
    to = _TO_THE_END.search(after) if _FROM_BEFORE.search(text, max(sentence[0], q.start - 8), q.start) else None
    if to:   # 'rose from 6.5 billion to 9.1 billion in 2050': the year after the change's end is the end's
        after = after[:to.start()]
    respectively = _YEARS_RESPECTIVELY.search(text, q.end, min(sentence[1], q.end + 80))
    if respectively:   # 'up from 6.2 and 10.3 billion metric tons in 2000 and 2015, respectively': each its own year
        if _AND_NUMBER_AFTER.match(text, q.end):
            return int(respectively.group(1))
        if _NUMBER_AND_BEFORE.search(text, max(sentence[0], q.start - 12), q.start):
            return int(respectively.group(2))
    if _OWN_PERIOD_AFTER.match(text, q.end, sentence[1]):
        return None   # 'the average of 16 per cent for the period 2015 – 2019': a period's figure, not a year's
    if _YEAR_EARLIER.match(after):   # 'an increase in 2010 to 6.23 per cent from 6.02 per cent a year earlier'
        years = _FOUR_DIGIT_YEAR.findall(text, sentence[0], q.start)
        return int(years[-1]) - 1 if years else None
    # '31 deaths per 1000 live births (2000)': the year in brackets that closes the figure's words
    m = _YEAR_CUE.search(after) or _YEAR_AFTER.match(after)
    if m and _DASH_AND_DIGIT.match(text, after_start + m.end(1)):
        m = None   # 'than during 2021–2022': a period, which the clause's end at the dash cut in two
    m = m or _YEAR_IN_BRACKETS.match(text, after_end, sentence[1])
    if m:
        return int(m.group(1))
    clause = _clause_start(text, q.start, sentence[0])
    change = _FROM_THEN_TO.search(text, clause, q.start)
    # 'declined from 12 per cent in 1990 to 7 per cent today': the year before 'from' is the change's, after it the start's
    m = (_YEAR_CUE.search(text[clause:change.start() if change else q.start])
         or _YEAR_OPENING.match(text, sentence[0], q.start)
         or _YEAR_SET_OFF.search(text, max(sentence[0], clause - 40), clause))
    if m:
        return int(m.group(1))
    # 'Between 2000 and 2020, deaths fell from 447 000 to 287 000': the span's ends are the ends' years.
    end = _END_OF_CHANGE.search(text, max(sentence[0], q.start - 12), q.start)
    if end is None:
        return None
    starts = end.group(1).lower() == "from"
    if starts and not _TO_FOLLOWS.match(text, q.end, min(sentence[1], q.end + 60)):
        return None   # 'data from 84 countries': not the start of a change
    span = _last_match(_YEAR_SPAN, text, sentence[0], q.start)   # the span nearest the figure
    return int(span.group(1) if starts else span.group(2)) if span else None


_DASH_AND_DIGIT = re.compile(r"\s?[–-]\s?\d")
_NOTE_IN_BRACKETS = re.compile(rf"\s*\((?!\s*(?:19|20)\d\d\s*\))[^()]{{1,40}}\)|{_BOUNDS_IN_SQUARE_BRACKETS.pattern}")   # or '[43–50%]'
_YEARS_RESPECTIVELY = re.compile(r"\bin\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d),?\s+respectively\b")
_AND_NUMBER_AFTER = re.compile(r"\s+and\s+(?:US\$|\$)?\d")
_NUMBER_AND_BEFORE = re.compile(r"\d\s+and\s+(?:US\$|\$)?$")
_OWN_PERIOD_AFTER = re.compile(r"\s+(?:for|in|over|during)\s+the\s+period\s+(?:from\s+)?(?:1[89]|20)\d\d\s?(?:[–-]|to|and)\s?"
                               r"(?:1[89]|20)?\d\d\b", re.I)
_NOW_AFTER = re.compile(r"\s+(?:today|now|currently|presently|at\s+present)\b", re.I)
_NOW_BEFORE = re.compile(r"\btoday['’]s\s+$", re.I)
_TO_THE_END = re.compile(r"\s+to\s+(?:US\$|\$|€)?\s*[\d.]")
_FROM_THEN_TO = re.compile(r"\bfrom\s[^;]*?\bto\s+(?:US\$|\$|€)?\s*$", re.I)
_YEAR_EARLIER = re.compile(r"\s+(?:a\s+year\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+year|the\s+year\s+before)\b",
                           re.I)
_FOUR_DIGIT_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# A year right after the figure's words: 'reaching $5.6 trillion by 2023', '31 deaths per 1000 live births (2000)'.
_YEAR_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,4}?\s*(?:\bby\s+|\()((?:1[89]|20)\d\d)\b(?![–-]\d)")
_YEAR_SPAN = re.compile(r"\b(?:between|from)\s+((?:1[89]|20)\d\d)\s+(?:and|to)\s+((?:1[89]|20)\d\d)\b", re.I)
_TO_FOLLOWS = re.compile(r"(?:\s+[a-z][\w-]*){0,5}?\s+to\s", re.I)
_END_OF_CHANGE = re.compile(r"\b(from|to)\s+(?:US\$|\$|€)?\s*$", re.I)
_YEAR_OPENING = re.compile(rf"\s*(?:In|As\s+at|As\s+of|By|On|(?:At|By)\s+the\s+end\s+of|At\s+end-)\s+{_DAY_MONTH}((?:1[89]|20)\d\d)\b")
# A year set off by commas just before the figure's clause: 'ITU estimates that, in 2023, 67 per cent ...'.
_YEAR_SET_OFF = re.compile(r"(?:^|[,;(–—]|\bthat)\s*(?:in|as\s+(?:at|of)|during)\s+((?:1[89]|20)\d\d)\s*,\s*$", re.I)


# ---------------------------------------------------------------- footnotes

def footnote_for(paragraph: Paragraph, q: Quantity, sentence: tuple[int, int]) -> str | None:
    """The marker that cites this figure: one standing in its clause or right after it (one clause
    boundary at most), or one that closes its sentence."""
    text = paragraph.text
    clause = _clause_start(text, q.start, sentence[0])
    for marker in paragraph.markers:
        if clause <= marker.position <= q.start and text[clause:marker.position].strip():
            return marker.label
    for marker in paragraph.markers:
        if q.end <= marker.position <= sentence[1] + 1:
            between = text[q.end:marker.position].rstrip()
            between = _TRAILING_MARKS.sub("", between)
            if len(_CLAUSE_MARK.findall(between)) <= 1:
                return marker.label
            break
    for marker in paragraph.markers:
        if sentence[1] <= marker.position <= sentence[1] + 1 or \
                (marker.position <= len(text) and not text[sentence[1]:marker.position].strip()
                 and marker.position >= sentence[1]):
            return marker.label
    return None


# ---------------------------------------------------------------- putting it together

@dataclass(frozen=True)
class _Found:
    paragraph: Paragraph
    quantity: Quantity
    sentence: tuple[int, int]
    index: int                      # position among the paragraph's kept quantities
    comparison: int | None = None   # sentence-local comparison group
    who: _Who = field(default_factory=lambda: _Who(None, None, None))


def _sentence_of(spans: list[tuple[int, int]], starts: list[int], position: int, length: int) -> tuple[int, int]:
    """The sentence span that holds ``position`` (found by bisection: a paragraph may hold many), else the paragraph."""
    index = bisect.bisect_right(starts, position) - 1
    if index >= 0 and spans[index][0] <= position < spans[index][1]:
        return spans[index]
    return (0, length)


def paragraph_claims(paragraph: Paragraph) -> list[_Found]:
    """The figures of one paragraph that are claims, with their sentence."""
    text = paragraph.text
    found = quantities.find(text)
    if not found:
        return []
    spans = sentences(text)
    starts = [a for a, _ in spans]
    kept: list[tuple[Quantity, tuple[int, int]]] = []
    labels = _chart_labels(text, found)
    for i, q in enumerate(found):
        if i in labels:
            continue
        sentence = _sentence_of(spans, starts, q.start, len(text))
        q = _as_score(text, q, sentence)
        following = found[i + 1] if i + 1 < len(found) else None
        if rejection(text, q, sentence) or _restated(text, q, following):
            continue
        if paragraph.label.startswith("h") and (not q.has_unit or not _WORDS_OF_A_TITLE.search(text)):
            continue  # a heading states a figure only with its unit: 'Offline population declines to 2.6 billion people'

        kept.append((q, sentence))
    result = []
    for i, (q, sentence) in enumerate(kept):
        prev_end = kept[i - 1][0].end if i and kept[i - 1][1] == sentence else sentence[0]
        has_next = i + 1 < len(kept) and kept[i + 1][1] == sentence
        next_start = kept[i + 1][0].start if has_next else sentence[1]
        who = whose(text, q, sentence, prev_end, next_start, kept[i + 1][0].end if has_next else None)
        result.append(_Found(paragraph, q, sentence, i, who=who))
    # Whose figure, settled across figures: comparisons, lists, the sentence before.
    result = _for_both(text, _compare(text, result))
    result = _the_population_resolved(text, _respectively(text, result))
    result = _shares_of_counts(text, _parts_of_wholes(text, _elided_nouns(_change_ends(text, result))))
    return _carried_over(text, spans, _followed(_bracketed_pair_sexes(text, result), text))


_PAIR_JOIN = re.compile(r"\s*,?\s*(?:compared\s+(?:with|to)|versus|vs\.?|against|and)\s+", re.I)
_SEXES_COMPARED = re.compile(r"\b(?:young\s+|adult\s+|older\s+)?(women|girls|men|boys)\b[^().;,]*?\bthan\s+"
                             r"(?:young\s+|adult\s+|older\s+)?(women|girls|men|boys)\b[^();]*\(\s*$", re.I)
_SEX_OF_WORD = {"women": "female", "girls": "female", "females": "female", "female": "female", "men": "male", "boys": "male",
                "males": "male", "male": "male"}


def _bracketed_pair_sexes(text: str, found: list[_Found]) -> list[_Found]:
    """'young women are more likely than young men to be out of work (28.1 per cent compared with 13.1 per cent)':
    the two figures in brackets are the two sexes', in the order the sentence named them."""
    result = list(found)
    for i in range(len(result) - 1):
        a, b = result[i], result[i + 1]
        if a.sentence != b.sentence or a.who.sex != b.who.sex or a.quantity.unit != b.quantity.unit \
                or not _PAIR_JOIN.fullmatch(text, a.quantity.end, b.quantity.start) \
                or "(" not in text[max(0, a.quantity.start - 3):a.quantity.start]:
            continue
        m = _SEXES_COMPARED.search(text, max(a.sentence[0], a.quantity.start - 200), a.quantity.start)
        if m is None:
            continue
        first, second = _SEX_OF_WORD[m.group(1).lower()], _SEX_OF_WORD[m.group(2).lower()]
        if first != second:
            result[i] = replace(a, who=replace(a.who, sex=first))
            result[i + 1] = replace(b, who=replace(b.who, sex=second))
    return result


_SCORE_WORD = re.compile(r"\b(?:score|index|ratio)\b", re.I)
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at|of)\s+(?:(?:exactly|about|around|nearly|almost|just|slightly\s+(?:above|below))\s+)?$", re.I)


def _as_score(text: str, q: Quantity, sentence: tuple[int, int]) -> Quantity:
    """'the global average score ... dropped from 5 in 2022 to 4 in 2024': a bare whole number that a score or an
    index reaches is a level of it (a ratio), not a count of things."""
    if q.unit != "count" or q.has_unit or q.scale or q.kind == "year" \
            or not _LEVEL_BEFORE.search(text, max(sentence[0], q.start - 30), q.start) \
            or _PLURAL_NOUN_AFTER.match(text, q.end):   # 'the ratio of two percentages': a count of things
        return q
    if text.find(" score", sentence[0], q.start) < 0 and not _SCORE_WORD.search(text, max(sentence[0], q.start - 200), q.start):
        return q
    return q if counted_noun(text, q) is not None else replace(q, unit="ratio")


def _about(f: _Found, who: _Who) -> _Found:
    """The figure, about the population (and group) ``who`` names; its own sex stays."""
    return replace(f, who=replace(f.who, population=who.population, group=who.group))


_PAST_VALUE_BEFORE = re.compile(rf"(?:{_BOUNDS_IN_SQUARE_BRACKETS.pattern})?"
                                r"(?:\s+[^,;.()\[\]\d\u2013\u2014]{1,80}?)?(?:\s+(?:in|by)\s+\d{4})?\s*"
                                r"[,\u2013\u2014-]?\s*(?:up|down)\s+from\s+",
                                re.I)
_RESTATES = re.compile(r"\b(?:which|that)\s+(?:was|is|were|are|represents?|represented)\b[^;.]*$", re.I)
_FOLLOWED_BY = re.compile(r"\b(?:followed\s+by|before\s+(?:a|an)|then)\b[^,;.]*$"
                          r"|[;,]\s+(?:and\s+)?(?:it|this)\s+(?:is|was|has|had|will|would|could|may|might)\b[^,;.]*$", re.I)


def _followed(found: list[_Found], text: str) -> list[_Found]:
    """'a sharp drop in global GDP per capita of 3.8 per cent in 2020, followed by a rebound to growth of 5.5 per cent
    in 2021': the figure that follows in the same sentence and unit is about the same population."""
    result = list(found)
    for i in range(1, len(result)):
        prior, f = result[i - 1], result[i]
        if prior.who.population is not None and prior.sentence == f.sentence and prior.quantity.unit == f.quantity.unit \
                and f.who.population != prior.who.population \
                and _PAST_VALUE_BEFORE.fullmatch(text, prior.quantity.end, f.quantity.start):
            # 'developing economies accounted for 46% of global merchandise exports—up from 42% in 2014': the same
            # population's earlier value, whatever the words between named
            result[i] = _about(f, prior.who)
            continue
        if f.who.population is None and prior.who.population is not None and prior.sentence == f.sentence and (
                prior.quantity.unit == f.quantity.unit and _FOLLOWED_BY.search(text, prior.quantity.end, f.quantity.start)
                or f.quantity.kind == "multiplier" and _RESTATES.search(text, prior.quantity.end, f.quantity.start)
                or _past_the_window(f) and prior.quantity.unit == f.quantity.unit and prior.who.group is not None
                or _share_of_count(text, prior, f) or _count_of_share(text, prior, f)
                or _CHANGE_APPOSITIVE.fullmatch(text, prior.quantity.end, f.quantity.start)
                and _CHANGE_NOUN_AFTER.match(text, f.quantity.end)):
            # 'over 120 million people had been forcibly displaced, which was more than double the figure from 2015'
            result[i] = _about(f, prior.who)
        elif f.who.population is None and prior.sentence == f.sentence and _share_as_next_subject(text, prior, f):
            result[i] = replace(f, who=replace(prior.who, sex=f.who.sex or prior.who.sex))   # the same women
    return result


_OPENING_BRACKET = re.compile(r"\s*\(\s*")
# '37.6 gigatons, a 0.8 per cent increase from 2023': the change of the figure just before, set off after it
_CHANGE_APPOSITIVE = re.compile(r"(?:\s+(?:in|by)\s+(?:the\s+)?(?:(?:biennium|period|year)\s+)?(?:1[89]|20)\d\d(?:[–-]\d{2,4})?)?"
                                r"\s*,\s*(?:or\s+)?an?\s+(?:(?:further|modest|sharp|slight|small|significant)\s+)?")
_CHANGE_NOUN_AFTER = re.compile(r"\s+(?:increase|decrease|rise|drop|fall|decline|jump|gain|loss|reduction|growth)\b", re.I)


def _share_of_count(text: str, prior: _Found, f: _Found) -> bool:
    """'in 48 (34%) Member States': the share in brackets right after a count is a share of what it counts."""
    return (f.quantity.unit == "percent" and prior.quantity.unit in ("count", "people")
            and _OPENING_BRACKET.fullmatch(text, prior.quantity.end, f.quantity.start) is not None)


# 'A quarter of women still cannot decide, and nearly one in ten have no choice': a share that is its clause's subject
_SHARE_AS_SUBJECT = re.compile(r"\s+(?:still\s+)?(?!(?:of|in|per|for|to|from|on|at|by|with|and|or|than|more|less|as|the|a|an|"
                               r"this|that|these|those|its|their|between|among|since|during|over|under|below|above|"
                               r"higher|lower|increase|decrease|rise|fall|growth|share|point|points)\b)[a-z]{3,}\b")
_AND_THEN_SHARE = re.compile(r"[^;:()]*,\s+(?:(?:and|but|while|whereas)\s+)?(?:(?:nearly|almost|about|around|some|over|only|"
                             r"just|roughly|approximately|another|a\s+further|close\s+to|more\s+than|less\s+than|fewer\s+than|"
                             r"at\s+least|up\s+to)\s+)?", re.I)


def _share_as_next_subject(text: str, prior: _Found, f: _Found) -> bool:
    """A share of no one that opens the next clause is a share of the people the clause before counted a share of."""
    return (f.quantity.unit == "percent" and prior.quantity.unit in ("percent", "people", "count") and _names_whom(prior)
            and _AND_THEN_SHARE.fullmatch(text, prior.quantity.end, f.quantity.start) is not None
            and _SHARE_AS_SUBJECT.match(text, f.quantity.end) is not None)


_RESTATED_AS_COUNT = re.compile(r"(?:\s+of\s+(?:the\s+)?[a-z][a-z -]{0,40}?)?\s*[–—(]\s*")


def _count_of_share(text: str, prior: _Found, f: _Found) -> bool:
    """'80 per cent of the countries – 52 of 65 –': the count set off right after a share counts its population."""
    return (prior.quantity.unit == "percent" and f.quantity.unit == "count" and not f.quantity.has_unit
            and _RESTATED_AS_COUNT.fullmatch(text, prior.quantity.end, f.quantity.start) is not None)


def _past_the_window(f: _Found) -> bool:
    """A figure so deep in a long sentence that its own look-back stops short of the sentence's subject: 'indicators
    of debt sustainability of least developed countries deteriorated [...] and to an estimated 234.1 per cent'."""
    return f.quantity.start - f.sentence[0] > WINDOW


def _named_before(found: list[_Found], i: int) -> list[tuple[str | None, str]]:
    """(group, population) of each population the figures of the sentence before figure ``i``'s gave, in order."""
    before = next((f.sentence for f in reversed(found[:i]) if f.sentence[1] <= found[i].sentence[0]), None)
    return list(dict.fromkeys((f.who.group, f.who.population) for f in found[:i]
                              if f.sentence == before and f.who.population is not None))


_FOR_BOTH = re.compile(r"\s+(?:for|in|among)\s+both\b", re.I)


def _for_both(text: str, found: list[_Found]) -> list[_Found]:
    """'in advanced economies and ... in emerging ones. After dropping to 52 per cent for both in 2020': the two
    populations the sentence before named, together ('advanced and emerging economies')."""
    result = list(found)
    for i, f in enumerate(result):
        if f.who.population is not None or not _FOR_BOTH.match(text, f.quantity.end):
            continue
        named = list(dict.fromkeys(population for _, population in _named_before(result, i)))
        if len(named) != 2:
            continue
        first, second = (n.split() for n in named)
        both = (f"{' '.join(first[:-1])} and {' '.join(second)}" if len(first) > 1 and first[-1] == second[-1]
                else f"{named[0]} and {named[1]}")
        result[i] = _about(f, _Who(both, None, None))
    return result


def _names_its_noun(text: str, f: _Found) -> bool:
    """A count whose population is its own noun phrase ('106 bilateral and multilateral providers'), not a named
    group ('five DAC countries')."""
    noun = counted_noun(text, f.quantity) if f.quantity.unit in ("count", "people") else None
    population = f.who.population
    if noun is None or population is None or not population.lower().endswith(noun.noun):
        return False
    return not any(h[0] == 0 and h[1] == len(population) for h in _population_hits(population, "any"))


_BARE_PEOPLE = frozenset(("people", "persons", "individuals"))


def _names_whom(f: _Found) -> bool:
    """The figure names its population: bare 'people' do not say which."""
    return f.who.population is not None and f.who.population.lower() not in _BARE_PEOPLE


def _carried_over(text: str, spans: list[tuple[int, int]], found: list[_Found]) -> list[_Found]:
    """'In 2023, debt servicing costs for all low- and middle-income countries reached $1.4 trillion. Principal
    repayments rose by 1 per cent': a sentence that names no population speaks of the one whose figures the sentence
    before it gave, when they were all one's (a group or a place; not a bare noun such as 'people' or 'countries').
    A count of bare 'people' after a sentence about the world is the world's: '... 68 per cent of the global
    population in 2024. Nonetheless, 2.6 billion people remain offline'."""
    result = list(found)
    if all(_names_whom(f) for f in found):
        return result
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(result):
        by_sentence.setdefault(f.sentence, []).append(i)
    for sentence, own in by_sentence.items():
        if any(_names_whom(result[i]) for i in own):
            if not (_ANAPHOR_OPENS.match(text, sentence[0]) or _ANAPHOR_IN.search(text, sentence[0], sentence[1])):
                continue   # ('2.6 billion people remain offline' names people, but not which: the sentence before may)
            # 'The region had the lowest rate at 37 per cent, but 17 per cent in rural areas': the region is the
            # sentence before's, for the figures that name no other
            own = [i for i in own if result[i].who.population is None]
        k = bisect.bisect_right(spans, sentence) - 1   # the sentence's own span; the one before it comes first
        previous = spans[k - 1] if k > 0 and spans[k] == sentence else None
        if previous is not None and previous not in by_sentence and _IT_OPENS.match(text, sentence[0]):
            # 'The global under-five mortality rate saw even faster progress. It was reduced by half': 'it' is the
            # subject the sentence before opened with, though that sentence gave no figure
            hits = [h for h in _population_hits(text[previous[0]:previous[1]].lstrip(), "before") if h[0] <= 4]
            if hits:
                for i in own:
                    if result[i].who.population is None:
                        result[i] = _about(result[i], _Who(hits[0][3], hits[0][2], None))
            continue
        if previous is None or previous not in by_sentence:
            continue
        # a count's own noun ('106 bilateral and multilateral providers') is what it counts, not the sentence's subject
        named = {result[i].who.population.lower(): result[i].who for i in by_sentence[previous]
                 if result[i].who.population and not _names_its_noun(text, result[i])}
        elliptical = not named and _BARE_SHARE_OPENS.match(text, sentence[0]) is not None
        if elliptical:   # '700 million women were married as children. More than 1 in 3 – or some 250 million – were
            # married before 15': a share that names no one is of the people the count before it counted
            named = {result[i].who.population.lower(): result[i].who for i in by_sentence[previous]
                     if result[i].who.population and _names_people(result[i].who.population)}
        if len(named) != 1:
            continue
        (who,) = named.values()
        if who.group is None and not elliptical and (
                _names_people(who.population) or who.population.lower() in _GENERIC_NOUNS
                or who.population.lower() in vocabulary.counted_nouns()):
            continue   # a bare noun, unless it names a group ('in cities': the urban population)
        if who.group != "world" and any(result[i].who.population is not None for i in own):
            continue   # bare 'people' are the world's after a sentence about the world, and no one else's
        for i in own:
            result[i] = _about(result[i], who)
    return result


_IT_OPENS = re.compile(r"\s*It\s+(?:was|is|has|had|fell|rose|grew|dropped|declined|increased|decreased|reached|stood)\b")
# A sentence that opens with a share of no one: 'More than 1 in 3 – or some 250 million – were married before 15'.
_BARE_SHARE_OPENS = re.compile(r"\W*(?:(?:More|Less|Fewer)\s+than\s+|Nearly\s+|Almost\s+|About\s+|Some\s+|Over\s+|Around\s+)?"
                               r"(?:\d+\s+(?:in|out\s+of)\s+\d+|(?:one|two|three|four)\s+(?:in|out\s+of)\s+[a-z]+|"
                               r"(?:a|one|two|three)[\s-]+(?:thirds?|quarters?|fifths?)|half)\s*(?:[–—(,]|were\b|are\b|was\b|is\b)",
                               re.I)


# A sentence that opens by pointing back at a place the text just named.
_ANAPHOR_OPENS = re.compile(r"\s*(?:The|This|That)\s+(?:region|subregion|continent|group\s+of\s+countries)\b"
                            r"|\s*(?:This|That)\s+(?:proportion|share|percentage|rate|number|figure)\b"
                            r"|\s*(?:These|Those)\s+(?:regions|countries|economies)\b")


_ANAPHOR_IN = re.compile(r"\b(?:in|across|for|within)\s+(?:the|this|that)\s+(?:region|subregion|continent)\b(?!\s+of\b)"
                         r"|\b(?:this|that)\s+(?:proportion|share|percentage)\b", re.I)


# Between two figures of a chart or table read as text: only spaces and labels ('99.8 million 13.6 million',
# '9.2 million Female 9.2 million Male'); prose has a lower-case word or a comma between its figures.
_LABELS_BETWEEN = re.compile(r"\s+(?:(?:[A-Z][A-Za-z’'−-]*|&)\s+)*")
CHART_RUN = 3   # figures in a row with only labels between them


def _chart_labels(text: str, found: Sequence[Quantity]) -> set[int]:
    """Indices of the figures that stand in a run of CHART_RUN or more joined only by labels: the values of a chart
    or table whose text layer has lost its layout, not sentences."""
    labels: set[int] = set()
    if len(found) < CHART_RUN:
        return labels
    run = [0]
    for i in range(1, len(found) + 1):
        if i < len(found) and _LABELS_BETWEEN.fullmatch(text, found[i - 1].end, found[i].start):
            run.append(i)
            continue
        if len(run) >= CHART_RUN:
            labels.update(run)
        run = [i]
    return labels


def _parts_of_wholes(text: str, found: list[_Found]) -> list[_Found]:
    """'only 12 of the 54 countries in Africa': the part is about what the whole is about."""
    result = list(found)
    for i in range(len(result) - 1):
        part, whole = result[i], result[i + 1]
        partitive = _PARTITIVE_AFTER.match(text, part.quantity.end)
        if not (part.sentence == whole.sentence and partitive and partitive.end() - 1 == whole.quantity.start):
            continue
        if whole.who.population is not None:   # '35 out of the 68 countries eligible': the whole's, whatever came before
            part = _about(part, whole.who)
        whole_noun = counted_noun(text, whole.quantity) if part.quantity.unit == "count" else None
        if whole_noun is not None and whole_noun.unit == "people":   # 'nearly 1 billion of the 1.2 billion people'
            part = replace(part, quantity=replace(part.quantity, unit="people"))
        result[i] = part
    return result


def _change_ends(text: str, found: list[_Found]) -> list[_Found]:
    """'The percentage of young people completing school increased from 53 per cent in 2015 to 60 per cent in 2024':
    the two ends of a change are about the same population, whichever end names it ('doubled from 6 per cent in 1990
    to 11 per cent in 2019 in Eastern Asia')."""
    result = list(found)
    for i in range(1, len(result)):
        start, end = result[i - 1], result[i]
        if start.sentence != end.sentence or start.quantity.unit != end.quantity.unit \
                or not _FROM_BEFORE.search(text, max(end.sentence[0], start.quantity.start - 8), start.quantity.start) \
                or not _CHANGE_TO.fullmatch(text, start.quantity.end, end.quantity.start):
            continue
        if end.who.population is None and start.who.population is not None:
            result[i] = _about(end, start.who)
        elif end.who.population is not None and (start.who.population is None or _named_after_end(text, start, end)):
            result[i - 1] = _about(start, end.who)
    return result


def _named_after_end(text: str, start: _Found, end: _Found) -> bool:
    """'and from 5 per cent in 1990 to 9 per cent in 2019 in Latin America': the population named right after the
    change's end, and not between its ends, is the whole change's."""
    population = end.who.population or ""
    return population != start.who.population and text.find(population, end.quantity.end, end.quantity.end + 60) >= 0 \
        and (start.who.population or "") not in text[start.quantity.start:end.quantity.start]


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:US\$|\$|€)?\s*$", re.I)
_CHANGE_TO = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*(?:(?:in|by)\s+(?:the\s+period\s+)?\d{4}(?:[–-]\d{2,4})?\s*)?,?\s*to\s+"
                        r"(?:US\$|\$|€)?\s*", re.I)   # also '$1,646 (constant 2015 prices) in 2015 to $1,879'


_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)
_OF_THEM_IN_A_PLACE = re.compile(r"\s+of\s+(?:them|whom)\s+(?:(?:are|were|live|lived|living)\s+)?in\b", re.I)
# Between a count and a share that restates it: its noun phrase, then a bracket or ', or' ('400 million women aged
# 20-49, or over 40 per cent, were married'), and perhaps a hedge.
_NOUN_PHRASE_AND_BRACKET = re.compile(r"[^,;.()\[\]—–]{0,80}(?:\(\s*|,\s*or\s+|\s*[—–]\s*|\s+-\s+)"
                                      r"(?:(?:around|about|some|nearly|almost|roughly|approximately|over|more\s+than|or)\s+)?")
_BRACKET_CLOSES = re.compile(r"\s*(?:[),—–]|-\s)")


def _in_the_place_named(text: str, f: _Found) -> bool:
    """'three quarters of them in sub-Saharan Africa': the share's own population is the place after 'of them in'
    (not 'half of them in the implementation phase')."""
    m = _OF_THEM_IN_A_PLACE.match(text, f.quantity.end)
    return m is not None and f.who.population is not None \
        and 0 <= text.find(f.who.population, m.end(), m.end() + 12 + len(f.who.population)) < m.end() + 12


def _shares_of_counts(text: str, found: list[_Found]) -> list[_Found]:
    """A share of the people a count just counted is of the count's population: '754 million adults, two thirds of
    them women' (not of the women), '26 million refugees, around half of whom are under 18', '37 million children under 5 years of age (5.6 per cent)'; but '3 million people
    were displaced, 40 per cent of them in Africa' is Africa's."""
    result = list(found)
    for i in range(1, len(result)):
        f, prior = result[i], result[i - 1]
        if f.quantity.unit != "percent" or prior.sentence != f.sentence \
                or prior.quantity.unit not in ("count", "people", "percent") or prior.who.population is None:
            continue
        if _OF_THEM_AFTER.match(text, f.quantity.end) and not _in_the_place_named(text, f):
            # ('90 per cent of Roma surveyed were poor and 45 per cent of them lacked housing': a share of that share)
            result[i] = _about(f, prior.who)
        elif prior.quantity.unit != "percent" and _NOUN_PHRASE_AND_BRACKET.fullmatch(text, prior.quantity.end, f.quantity.start) \
                and _BRACKET_CLOSES.match(text, f.quantity.end):   # 'Globally, 370 million girls and women (1 in 8)'
            result[i] = replace(f, who=replace(prior.who, group=prior.who.group or f.who.group, sex=f.who.sex or prior.who.sex))
    return result


def _elided_nouns(found: list[_Found]) -> list[_Found]:
    """A count written without its noun counts what the text around it names."""
    result: list[_Found] = []
    for f in found:
        if f.quantity.unit == "count" and counted_noun(f.paragraph.text, f.quantity) is None \
                and not _OWN_PLURAL_AFTER.match(f.paragraph.text, f.quantity.end):   # 'over 200 sessions': its own noun
            f = _people_counted(_counted_as_before(f, result), result[-1] if result else None)
        result.append(f)
    return result


_OWN_PLURAL_AFTER = re.compile(r"\s+(?!(?:is|was|has|as|its|this|thus|plus|less|does|goes|us|others)\b)[a-z][a-z-]*[a-rt-z]s\b")


def _counted_as_before(f: _Found, earlier: list[_Found]) -> _Found:
    """'51 countries had such mechanisms; 27 (compared with 23 in 2023) did so for outward FDI', '2.1 billion people
    were without safe water, 3.4 billion without sanitation': the sentence's last count written alike (millions with
    millions, plain numbers with plain numbers) gives its population, and its people."""
    prior = next((g for g in reversed(earlier) if g.sentence == f.sentence and g.quantity.unit == "count"
                  and bool(g.quantity.scale) == bool(f.quantity.scale) and g.who.population is not None), None)
    if prior is None:
        return f
    if prior.who.population is not None and (f.who.population is None or f.who.population == prior.who.population):
        f = replace(f, who=replace(prior.who, sex=f.who.sex or prior.who.sex))   # '8 women ... and 13 served as'
    noun = counted_noun(f.paragraph.text, prior.quantity) if f.quantity.scale else None
    if noun is not None and noun.unit == "people":   # '811 million people ... as many as 161 million more'
        f = replace(f, quantity=replace(f.quantity, unit="people"))
    return f


def _people_counted(f: _Found, previous: _Found | None) -> _Found:
    """'Of these people, 28 million were in forced labour', 'one in three women (736 million)': a scaled count of the
    people the words before it name."""
    if not f.quantity.scale or f.quantity.unit != "count":
        return f
    text = f.paragraph.text
    of_these = _OF_THESE_PEOPLE.search(text, max(f.sentence[0], f.quantity.start - 80), f.quantity.start)
    if of_these:
        return replace(_about(f, _Who(of_these.group(1).lower(), None, None)), quantity=replace(f.quantity, unit="people"))
    if previous is not None and previous.sentence == f.sentence and previous.quantity.unit == "percent" \
            and _PEOPLE_IN_BRACKETS.fullmatch(text, previous.quantity.end, f.quantity.start):
        return replace(_about(f, previous.who), quantity=replace(f.quantity, unit="people"))
    named = _PEOPLE_BEFORE_BRACKET.search(text, max(f.sentence[0], f.quantity.start - 80), f.quantity.start)
    if named and _BRACKET_CLOSES.match(text, f.quantity.end):   # 'the biggest generation of young people in history (1.8 billion)'
        return replace(_about(f, _Who(" ".join(named.group(1).split()).lower(), None, None)),
                       quantity=replace(f.quantity, unit="people"))
    if _PEOPLE_VERB_AFTER.match(text, f.quantity.end):   # 'In 2022, 2.2 billion still lacked safely managed water'
        who = f.who if f.who.population is not None else replace(f.who, population="people")
        return replace(f, who=who, quantity=replace(f.quantity, unit="people"))
    return f


_PEOPLE_BEFORE_BRACKET = re.compile(rf"\b({_PEOPLE_NOUN}|people|persons)\b[^().;,\d]{{0,30}}\(\s*$", re.I)
# What only people do, right after a count with no noun of its own.
_PEOPLE_VERB_AFTER = re.compile(r"\s+(?:they\s+)?(?:still\s+|now\s+|also\s+)?(?:lack(?:ed|s)?|liv(?:e|ed)|suffer(?:ed|s)?|"
                                r"(?:have|had)\s+(?:been\s+(?:internally\s+)?displaced|fled)|were\s+(?:internally\s+)?displaced|fled|"
                                r"practi[sc](?:e|ed|es)|die(?:d|s)?|went\s+hungry|go\s+hungry)\b", re.I)
_OF_THESE_PEOPLE = re.compile(rf"\b(?:of|among)\s+(?:these|those|the)\s+({_PEOPLE_NOUN}|people|persons)\b[^.;]*$", re.I)
_PEOPLE_IN_BRACKETS = re.compile(rf"\s+(?:of\s+)?(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{_PEOPLE_NOUN}|people|persons|population)\s*\(\s*", re.I)


def _compare(text: str, found: list[_Found]) -> list[_Found]:
    """Link figures that one sentence sets against each other, and let a figure with no group take
    its partner's ('70 per cent of men worldwide compared with 65 per cent of women')."""
    groups: dict[int, int] = {}
    next_id = 0
    for a, b in zip(found, found[1:]):
        if a.sentence != b.sentence or a.quantity.unit != b.quantity.unit:
            continue
        between = text[a.quantity.end:b.quantity.start]
        lead = text[max(a.sentence[0], a.quantity.start - 40):a.quantity.start]
        if _COMPARISON_CUE.search(between) or (_WHILE.search(lead) and "," in between):
            if a.index not in groups:
                groups[a.index] = next_id
                next_id += 1
            groups[b.index] = groups[a.index]
    linked = []
    for f in found:
        comparison = groups.get(f.index)
        who = f.who
        if comparison is not None and who.group is None and (who.population is None or _names_people(who.population)):
            # a place named without a code keeps its name: 'decreased in South-East Asia by 44 per cent'
            partner = next((g for g in found if groups.get(g.index) == comparison and g.who.group), None)
            # Partners that differ by sex or by year speak of the same population ('70 per cent of men
            # worldwide compared with 65 per cent of women'); otherwise they differ by population.
            if partner is not None and (who.sex != partner.who.sex or _years_differ(text, f, partner)):
                who = replace(who, population=partner.who.population, group=partner.who.group)
        unchanged = comparison == f.comparison and who is f.who
        linked.append(f if unchanged else replace(f, comparison=comparison, who=who))
    return linked


_JOINED = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", re.I)
_SHARED_NOUN = re.compile(r"\b((?:[A-Za-z][\w-]*\s*,\s*)*[A-Za-z][\w-]*),?\s+and\s+([A-Za-z][\w-]*)\s+"
                          r"(countries|economies|nations|areas|regions)\b", re.I)
_LIST_COMMA_SPLIT = re.compile(r"\s*,\s*")


def _names_in_order(sentence: str) -> list[list[tuple[str | None, str]]]:
    """The runs of populations a sentence names one after the other ('sub-Saharan Africa and South Asia'), each as
    (group, population); 'high-income and low-income countries' is two, sharing their noun, and 'oil-exporting,
    oil-importing and mineral-rich economies' three."""
    runs: list[list[tuple[str | None, str]]] = []
    for m in _SHARED_NOUN.finditer(sentence):
        pair = []
        for word in (*_LIST_COMMA_SPLIT.split(m.group(1)), m.group(2)):
            phrase = f"{word} {m.group(3)}"
            hits = _population_hits(phrase, "any")
            pair.append((hits[0][2], hits[0][3]) if hits and hits[0][1] - hits[0][0] == len(phrase) else None)
        if all(pair):
            runs.append(pair)  # type: ignore[arg-type]
    hits = _population_hits(sentence, "any")
    run: list[tuple[int, int, str | None, str]] = []
    for hit in hits:
        if run and not _NAMES_JOINED.fullmatch(sentence, run[-1][1], hit[0]):
            if len(run) > 1:
                runs.append([(h[2], h[3]) for h in run])
            run = []
        run.append(hit)
    if len(run) > 1:
        runs.append([(h[2], h[3]) for h in run])
    return runs


def _respectively(text: str, found: list[_Found]) -> list[_Found]:
    """'in sub-Saharan Africa and South Asia, where 50.9 and 40.3 per cent ... respectively': the figures of a
    list take the populations of a list of the same length, in order."""
    if "respectively" not in text:
        return found
    result = list(found)
    i = 0
    while i < len(result):
        sentence = result[i].sentence
        items = [[i]]   # each figure of the list, with the figures in brackets right after it: '1.3 per cent ($37 billion)'
        j = i + 1
        while j < len(result) and result[j].sentence == sentence:
            between = (result[j - 1].quantity.end, result[j].quantity.start)
            if _OPENING_BRACKET.fullmatch(text, *between):
                items[-1].append(j)
            elif _JOINED.fullmatch(text, *between) or len(items[-1]) > 1 and _JOINED_AFTER_BRACKET.fullmatch(text, *between):
                items.append([j])
            else:
                break
            j += 1
        if len(items) > 1 and "respectively" in text[sentence[0]:sentence[1]]:
            runs = [r for r in _names_in_order(text[sentence[0]:sentence[1]]) if len(r) == len(items)]
            if not runs:   # '... in advanced economies and ... in emerging ones. ... it rebounded to 62 per cent and
                # 61 per cent, respectively': the populations the sentence before gave its figures, in order
                named = _named_before(result, i)
                runs = [named] if len(named) == len(items) else []
            if runs:
                for item, (group, population) in zip(items, runs[0]):
                    for k in item:
                        result[k] = _about(result[k], _Who(population, group, None))
        i = j
    return result


# Between two populations of a list: 'Africa and LDCs', 'to Africa and to LDCs', 'in Asia, in Africa and in Europe'.
_NAMES_JOINED = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:(?:to|in|for|among|from)\s+)?(?:the\s+)?", re.I)
_JOINED_AFTER_BRACKET = re.compile(r"\s*\)\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", re.I)


_NAME = re.compile(r"\b[A-Z][a-z]")
_THE_POPULATION = re.compile(r"\s*of\s+the\s+(?:total\s+)?population\b(?!\s+(?:of|in|aged|living|who|that|with)\b)", re.I)


def _the_population_resolved(text: str, found: list[_Found]) -> list[_Found]:
    """'92 per cent of the population' means the population the paragraph last named with a group ('68 per cent
    of the global population ... Mobile broadband was used by 92 per cent of the population'), unless its own
    sentence names a place or body first ('In Chad, 5 per cent of the population')."""
    resolved: list[_Found] = []
    last: _Who | None = None
    for f in found:
        if f.who.group is None and f.who.population is None and _THE_POPULATION.match(text, f.quantity.end) \
                and last is not None and not _NAME.search(text, f.sentence[0] + 1, f.quantity.start):
            f = _about(f, last)
        if f.who.group is not None:
            last = f.who
        resolved.append(f)
    return resolved


def _years_differ(text: str, a: _Found, b: _Found) -> bool:
    first, second = sorted((a, b), key=lambda f: f.quantity.start)
    span = text[first.quantity.end:second.quantity.end + 30]
    return len(set(re.findall(r"\b(?:19|20)\d\d\b", text[first.quantity.start:second.quantity.end + 30]))) >= 2 or \
        bool(re.search(r"\b(?:up|down)\s+from\b", span, re.I))


def extract_document(doc: Document) -> tuple[Claim, ...]:
    """Every claim of a document, in document order, numbered from 1."""
    claims: list[Claim] = []
    for paragraph in doc.paragraphs:
        found = paragraph_claims(paragraph)
        comparisons: dict[int, str] = {}
        for f in found:
            claims.append(_claim(doc, f, len(claims) + 1, comparisons))
    return tuple(claims)


def _claim(doc: Document, f: _Found, number: int, comparisons: dict[int, str]) -> Claim:
    paragraph, q, sentence = f.paragraph, f.quantity, f.sentence
    text = paragraph.text
    start, end = paragraph.source_span(q.start, q.end)
    comparison_id = None
    if f.comparison is not None:
        comparison_id = comparisons.setdefault(f.comparison, f"{doc.id}:{number}")
    marker = footnote_for(paragraph, q, sentence)
    others = tuple(dict.fromkeys(m.label for m in paragraph.markers if m.label != marker))
    clause = text[_clause_start(text, q.start, sentence[0]):_clause_end(text, q.end, sentence[1])]
    next_start = sentence[1]
    unit = q.unit
    noun = counted_noun(text, q)
    if unit == "count" and (noun.unit == "people" if noun is not None
                            else _counts_people(text, q, sentence) or _names_people(f.who.population)):
        unit = "people"
    return Claim(
        document=doc.id, claim_id=f"{doc.id}:{number}", paragraph=paragraph.label,
        value_text=doc.text[start:end], start=start, end=end,
        sentence=text[sentence[0]:sentence[1]].strip(),
        value=q.value, value_high=q.value_high, unit=unit, approximate=q.approximate, bound=q.bound,
        indicator=indicator(text[max(sentence[0], q.start - WINDOW):min(sentence[1], q.end + WINDOW)],
                            q if unit == q.unit else replace(q, unit=unit), clause),
        population=f.who.population, group=f.who.group, sex=f.who.sex,
        year=year(text, q, sentence, next_start),
        comparison_id=comparison_id, footnote=marker, paragraph_footnotes=others,
    )


@lru_cache(maxsize=1)
def _number_of_people() -> re.Pattern[str]:
    nouns = vocabulary.alternation({n for n, c in vocabulary.counted_nouns().items() if c.unit == "people"})
    return re.compile(rf"\bnumber\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b", re.I)


def _names_people(population: str | None) -> bool:
    """A population that is people: 'people', 'children', 'young women'."""
    if population is None:
        return False
    noun = vocabulary.counted_nouns().get(population.lower().split()[-1])
    return noun is not None and noun.unit == "people"


def _counts_people(text: str, q: Quantity, sentence: tuple[int, int]) -> bool:
    """'the number of people aged 60 years or over is projected to grow from 901 million to 1.4 billion': a count
    in millions whose sentence is about a number of people counts people."""
    if _POPULATION_OF.search(text, max(sentence[0], q.start - 40), q.start):
        return True   # 'with a population of about 570 million'
    if q.scale is not None and _WHO_AFTER.match(text, q.end):
        return True   # 'about 186 million who are unemployed'
    if q.scale is not None and _AND_PEOPLE_AFTER.match(text, q.end):
        return True   # 'an additional 32 million and 26 million people, respectively'
    subject = _POPULATION_WORD.search(text, max(_clause_start(text, q.start, sentence[0]), q.start - 70), q.start)
    if q.scale is not None and subject and not _AND_WORD.search(text, subject.end(), q.start):
        return True   # 'the global population without access to electricity has fallen below 1 billion'
    return q.scale is not None and "number" in text[sentence[0]:q.start] and \
        _number_of_people().search(text, sentence[0], q.start) is not None


_WHO_AFTER = re.compile(r"\s+(?:more\s+|fewer\s+)?who\b", re.I)
_AND_PEOPLE_AFTER = re.compile(r"\s+(?:and|or|to)\s+\d[\d.,]*\s+(?:thousand|million|billion)\s+(?:people|persons)\b", re.I)
_POPULATION_WORD = re.compile(r"\bpopulation\b", re.I)
_AND_WORD = re.compile(r"\band\b", re.I)
_POPULATION_OF = re.compile(r"\bpopulations?\s+of\s+(?:about\s+|some\s+|nearly\s+|over\s+|around\s+|approximately\s+|"
                            r"more\s+than\s+|almost\s+)?$", re.I)


def extract_all(docs: Iterable[Document]) -> tuple[Claim, ...]:
    """Claims of several documents, one after the other."""
    return tuple(c for doc in docs for c in extract_document(doc))
