"""Plain text and Markdown converted from UN PDFs or Word files.

The reader works on the structure such text keeps: a heading block that ends
with "The General Assembly,", numbered operative paragraphs, footnote blocks
that a page break dropped into the middle of a paragraph, running page
headers (symbol, job number, "4/28"), and footnote markers written either as
superscripts (¹²) or as plain digits glued to a word (``connectivity.4``).
"""
from __future__ import annotations

import bisect
import re
import statistics
from dataclasses import dataclass

import numpy as np

from ..document import Document, Footnote, Marker, Paragraph
from ..errors import InputError

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")   # control characters other than tab, line and page breaks
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\x0c|\u2028|\u2029")
_TERMINAL = re.compile(r"[.;:!?,][\"”’)\]*_]*\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3})?\s*$")
_CLAUSE_END = re.compile(r"[.;:!?,][\"”’)\]*_]*\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]*_]*\s*$")

# Structure of the body.
_OPENING = re.compile(r"^\W*The\s+[A-Z][\w'’\- ]{2,80}(?:\s+of\s+[\w'’\- ]+)?,\s*\**\s*$")
_OPERATIVE = re.compile(r"^\s*\**(\d{1,3})\.\**(?:[ \t\u00a0]+(?=\S)|\s*$)")
_SUBPARAGRAPH = re.compile(r"^\s*\(([a-z]{1,2}|[ivx]{1,5})\)[ \t\u00a0]+(?=\S)")
_BULLET = re.compile(r"^\s*(?:[•▪◦●‣∙·]|[-*+](?=\s))\s+(?=\S)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_BOLD_LINE = re.compile(r"^\s*\*\*[^*]+\*\*\s*$")
_SECTION_HEADING = re.compile(r"^\s*(?:[IVXL]{1,6}|[A-Z])\.\s+[A-Z]")
_SEPARATOR = re.compile(r"^\s*[_\-–—=*]{5,}\s*$")

# Running page headers and footers: document symbols, job numbers ("25-06745", "25-06745 (E)"),
# page numbers ("4/28", "- 3 -"), and nothing else on the line.
_SYMBOL_TOKEN = r"(?:[A-Z]{1,6}(?:/[A-Z0-9.\-]+)+|\d{2}-\d{5}(?:\s*\([A-Z]\))?|\d{1,3}/\d{1,3}|-\s*\d{1,3}\s*-|\d{1,3})"
_RUNNING_HEADER = re.compile(rf"^\s*{_SYMBOL_TOKEN}(?:\s+{_SYMBOL_TOKEN})*\s*$")
_HAS_PAGE_CUE = re.compile(r"[A-Z]{1,6}/|\d{2}-\d{5}|\d/\d|^\s*-?\s*\d{1,3}\s*-?\s*$")

# Footnotes.
_SUPER_FOOTNOTE = re.compile(
    rf"^\s*(?:([{SUPERSCRIPTS}]+)|<sup>\s*(\d{{1,3}})\s*</sup>|\^(\d{{1,3}})\^|\[(\d{{1,3}})\](?![(:]))\s*(?=\S)")
_MD_FOOTNOTE = re.compile(r"^\s*\[\^([^\]\s]+)\]:\s*")
_PLAIN_FOOTNOTE = re.compile(r"^(\s*)(\d{1,3})[ \t\u00a0]+(?=\S)")
# What only a footnote's text says: a numbered line standing alone that cites a work is a footnote
# ('1 United Nations, Treaty Series, vol. 2515, No. 44910.'), even with no separator above it.
_CITATION_CUE = re.compile(r"\b(?:vol\.|Ibid\.?|Official\s+Records|Treaty\s+Series|available\s+at|See\s+(?:also\s+)?"
                           r"(?:resolution|A/|E/|S/|https?:)|https?://|www\.)|\b[AES]/(?:RES/)?\d+/")
_SEE_SYMBOL = re.compile(r"See\s+(?:also\s+)?[A-Z][A-Z.\d]{0,10}/[A-Z\d]")   # '15 See CD/2039.'


# Inline Markdown and markers.
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_REF = re.compile(r"\[\^([^\]\s]+)\]")
# '**', '*' opening or closing a word, '_'/'__' likewise; each alternative starts with its character,
# so the engine only stops at '*' and '_'.
_EMPHASIS = re.compile(r"\*(?:\*|(?=\S)|(?<=\S\*))|_(?:(?<!\w_)_?(?=\S)|(?<=\S_)_?(?!\w))")
_SUPER_RUN = re.compile(rf"[{SUPERSCRIPTS}]+")
# '<sup>3</sup>', '^3^', 'resources.[3]', 'the lower house [3].'
_TAGGED_MARKER = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>|\^(\d{1,3})\^|(?<=[\w.,;:!?”’\")])\[(\d{1,3})\](?![(:])"
                            r"|(?<=[a-z.,;:”’\")]\s)\[(\d{1,3})\](?=[.,;:]|\s*$|\s+[A-Z•])")
# '(1)' is a marker when glued after a sentence's end or a word ('can be spared.(1) The', 'Trends and
# implications(1)'); an enumeration's '(1)' stands after a space. Found from the bracketed number, a literal.
_PAREN_NUMBER = re.compile(r"\((\d{1,3})\)(?=\s|$)")
_PAREN_MARKER_BEFORE = re.compile(r"(?:[.,;:!?”’\"]|[a-z]{3})$")
_HTML_TAG = re.compile(r"</?(?:em|strong|b|i|u|span|br|p|div|sub|a|small)\b[^<>]*>", re.I)
_ENTITY = re.compile(r"&(?:nbsp|#160|#xa0|amp|#38|ndash|#8211|mdash|#8212|rsquo|#8217|lsquo|ldquo|rdquo|quot|lt|gt);", re.I)
_ENTITY_CHARS = {"nbsp": " ", "#160": " ", "#xa0": " ", "amp": "&", "#38": "&", "ndash": "–", "#8211": "–",
                 "mdash": "—", "#8212": "—", "rsquo": "’", "#8217": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”",
                 "quot": '"', "lt": "<", "gt": ">"}
_TOKEN = re.compile(r"\S+|\s+")
_LINE_END = re.compile(r"[ \t]*\n")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_DROP_CHARS = re.compile("[\u00ad\u00b6\u200b\ufeff]")
_DIGIT_RUN = re.compile(r"\d{1,3}(?![\d])")
_UNIT_AFTER = re.compile(
    r"\s*(?:per\s*cent|percent|%|percentage|points?\b|thousand|million|billion|trillion|bn\b|tn\b|times\b|-?fold"
    r"|°)", re.IGNORECASE)
_GLUED_AFTER = re.compile(r"[A-Za-z\d/]|[.,]\d")
_YEAR_BEFORE = re.compile(r"(?:1[89]|20)\d\d\s+$")
_YEAR_DOT_BEFORE = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d\.$")
_YEAR_MARK_BEFORE = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d[,;:]$")   # 'by 2035;3', 'in 2019,4 the'
_GROUPED_DOT_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.$")   # 'between 50,000 and 60,000.3 The'
# What opens a sentence: a capitalised word, 'A' or 'I', or an opening quotation mark.
_SENTENCE_START_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\b|[AI]\s|[“\"‘])")
_REFERENCE_WORD = re.compile(r"\b(?:goal|target|principle|article|paragraph|para\.|item|chapter|section|rule|figure|table|annex|No\.|vol\.|resolution|decision|phase|step)\s+$", re.I)
_CAPITAL_AFTER = re.compile(r"\s+[A-Z“\"‘(]|\s*$")
# The next sentence's first word glued to a marker ('of income. 22In the early'): a capital and lower-case
# letters, which no unit symbol written after a figure at a sentence's start is ('37Gt', '5G', '3D').
_SENTENCE_WORD_AFTER = re.compile(r"(?!(?:Gt|Mt|Kt|Mb|Gb|Tb|Kb|Wh|Hz|Bq)\b)[A-Z][a-z]+\b")


class Line:
    """One line and its offsets; ``blank`` is worked out once, since every pass over the lines asks it."""

    __slots__ = ("start", "end", "text", "blank")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.blank = not text.strip()

    def __repr__(self) -> str:
        return f"Line(start={self.start!r}, end={self.end!r}, text={self.text!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Line):
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))


def decode(data: bytes, path: str) -> str:
    """UTF-8 text, or an InputError that says what the bytes are instead."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("UTF-16 text; save it as UTF-8", path=path)
    head = data[:65536]
    if b"\x00" in head:
        raise InputError(f"binary file (NUL byte at offset {head.index(0)}), not text", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} cannot be decoded",
            path=path, where=f"line {line}") from exc
    controls = len(_CONTROL.findall(text, 0, 65536))
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError("binary file (control characters), not text", path=path)
    if not text.strip():
        raise InputError("no text: the file holds only white space", path=path)
    return text


def split_lines(text: str) -> list[Line]:
    """Lines with their offsets; the line break itself belongs to no line."""
    lines: list[Line] = []
    start = 0
    for brk in _LINE_BREAK.finditer(text):
        lines.append(Line(start, brk.start(), text[start:brk.start()]))
        start = brk.end()
    if start < len(text):
        lines.append(Line(start, len(text), text[start:]))
    return lines


def read(data: bytes, path: str, document: str) -> Document:
    """Read a text or Markdown file into a Document."""
    text = decode(data, path)
    return parse(text, path=path, document=document)


def parse(text: str, path: str = "<text>", document: str = "text") -> Document:
    """The Document of a text already decoded."""
    lines = split_lines(text)
    opening = _find_opening(lines)
    heading_lines = lines[: opening + 1] if opening is not None else []
    body = lines[opening + 1:] if opening is not None else lines
    kinds = _classify(text, body)
    footnotes = _footnotes(text, body, kinds)
    known = {f.marker for f in footnotes}
    paragraphs = _paragraphs(text, body, kinds, resolution=opening is not None, known_markers=known)
    heading = "\n".join(line.text for line in heading_lines).strip()
    return Document(id=document, path=path, text=text, paragraphs=tuple(paragraphs),
                    footnotes=tuple(footnotes), heading=heading)


def _find_opening(lines: list[Line]) -> int | None:
    """Index of "The General Assembly," (or another body's name) that opens a resolution."""
    limit = max(60, len(lines) // 2)
    for i, line in enumerate(lines[:limit]):
        if len(line.text) < 100 and _OPENING.match(line.text):
            following = next((ln.text.strip() for ln in lines[i + 1:] if not ln.blank), "")
            first = re.sub(r"^\W+", "", following).split(" ", 1)[0]
            if first.endswith(("ing", "ed")) or first in {"Mindful", "Aware", "Conscious", "Convinced",
                                                        "Concerned", "Deeply", "Gravely", "Alarmed",
                                                        "Determined", "Bearing", "Guided", "Having"}:
                return i
    return None


def _is_running_header(text: str) -> bool:
    return bool(_RUNNING_HEADER.match(text)) and bool(_HAS_PAGE_CUE.search(text))


_GLUED_NUMBER = re.compile(r"[A-Za-z.,;:”’\")](\d{1,3})(?=[\s,.;:)–—]|$)")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_CLOSING = frozenset(".,;:”’\")")


def _glued_marker_numbers(text: str, lines: list[Line]) -> set[str]:
    """Numbers that stand glued after a word or a closing punctuation mark: likely footnote markers.

    One pass over the text from the first line on, not one per line: a line break is white space, so
    a number never runs across one, and what stands before a line's first character is checked as
    "nothing" by the look-behind below.
    """
    found: set[str] = set()
    if not lines:
        return found
    floor = lines[0].start
    for m in _GLUED_NUMBER.finditer(text, floor):
        i = m.start(1)
        if i - 2 < floor:
            continue
        before, prev = text[i - 2], text[i - 1]
        if (before in _ASCII_LOWER and prev in _CLOSING) or (before in _ASCII_LETTERS and prev in _ASCII_LETTERS):
            found.add(m.group(1))
    return found


def _next_solid(lines: list[Line]) -> list[str]:
    """For every line, the text of the next line that is not blank ("" for none): one backward pass."""
    following = [""] * len(lines)
    text = ""
    for i in range(len(lines) - 1, -1, -1):
        following[i] = text
        if not lines[i].blank:
            text = lines[i].text
    return following


def _classify(text: str, lines: list[Line]) -> list[str]:
    """A kind for every line: body, blank, footnote, footnote+ (continuation), header, heading, separator."""
    kinds: list[str] = []
    glued = _glued_marker_numbers(text, lines)
    next_solid = _next_solid(lines)
    lengths = [len(line.text.strip()) for line in lines if not line.blank]
    typical = _percentile(lengths, 0.9) if lengths else 0.0
    in_block = False
    last_number = 0
    prev = ""         # the text of the last line before this one that is not a running header
    last_solid = ""   # the kind of the last line before this one that is not blank
    for i, line in enumerate(lines):
        if i:
            if kinds[-1] != "header":
                prev = lines[i - 1].text
            if kinds[-1] != "blank":
                last_solid = kinds[-1]
        raw = line.text
        prev_kind = kinds[-1] if kinds else "blank"
        if line.blank:
            kinds.append("blank")
            in_block = False
            continue
        if _TABLE_ROW.match(raw):
            kinds.append("table")  # figures in tables need their headers to mean anything; not read as prose
            in_block = False
            continue
        if _SEPARATOR.match(raw):
            kinds.append("separator")
            in_block = True
            last_number = 0
            continue
        if _SUPER_FOOTNOTE.match(raw) or _MD_FOOTNOTE.match(raw):
            kinds.append("footnote")
            in_block = True
            continue
        plain = _PLAIN_FOOTNOTE.match(raw)
        if plain and not _OPERATIVE.match(raw):
            number = int(plain.group(2))
            starts_block = (
                prev_kind == "separator" or last_solid == "separator"
                or (last_solid in ("footnote", "footnote+") and last_number and number == last_number + 1)
                or (in_block and last_number and number == last_number + 1)
                or (prev_kind == "blank" and plain.group(1) != "" )
                or (prev_kind == "blank" and (_CITATION_CUE.search(raw, plain.end()) or _SEE_SYMBOL.match(raw, plain.end())))
                or (plain.group(2) in glued and (prev_kind in ("blank", "header") or _SENTENCE_END.search(prev)))
            )
            if starts_block and not _looks_like_quantity(raw[plain.end(1):]):
                kinds.append("footnote")
                in_block = True
                last_number = number
                continue
        if _is_running_header(raw):
            _title_before_header(kinds)
            kinds.append("header")
            in_block = False
            continue
        if in_block and prev_kind in ("footnote", "footnote+"):
            kinds.append("footnote+")
            continue
        in_block = False
        if _is_heading(raw, prev_kind, prev, next_solid[i], typical):
            # A short title printed with the page header belongs to the header, not to the body.
            kinds.append("header" if last_solid == "header" and prev_kind != "heading" else "heading")
        else:
            kinds.append("body")
    return kinds


def _title_before_header(kinds: list[str]) -> None:
    """A document's title printed just above the symbol in a page's running header, below the page's footnotes
    ('Political declaration of the high-level meeting on / antimicrobial resistance / A/RES/79/2'), or between the
    symbol and the page number: up to three lines between the footnotes or the header's other lines and a header line
    belong to the header, not to the paragraph that runs on."""
    j = len(kinds)
    while j and kinds[j - 1] == "blank":
        j -= 1
    k = j
    while k and kinds[k - 1] in ("body", "heading") and j - k < 3:
        k -= 1
    before = k
    while before and kinds[before - 1] == "blank":
        before -= 1
    if k < j and before and kinds[before - 1] in ("footnote", "footnote+", "separator", "header") \
            and not (k and kinds[k - 1] in ("body", "heading")):
        kinds[k:j] = ["header"] * (j - k)   # also a title between the symbol and the page number


def _looks_like_quantity(rest: str) -> bool:
    """'2 million years', '39 per cent since': a wrapped line that starts with a figure, not a footnote."""
    return bool(re.match(r"\d{1,3}\s+(?:per\s*cent|percent|%|thousand|million|billion|trillion|times|and|to|or)\b", rest.strip()))


def _is_heading(raw: str, prev_kind: str, prev: str, following: str, typical: float) -> bool:
    """A short line standing apart that does not end a sentence: a title or section heading."""
    stripped = raw.strip()
    if _MD_HEADING.match(raw) or _BOLD_LINE.match(raw):
        return True
    if (len(stripped) > 90 or len(stripped) > 0.75 * typical or _CLAUSE_END.search(stripped)
            or _OPERATIVE.match(raw) or _BULLET.match(raw) or _SUBPARAGRAPH.match(raw)):
        return False
    after_break = prev_kind in ("blank", "heading", "header", "separator") or bool(_SENTENCE_END.search(prev)) or not prev
    if not after_break or stripped[:1].islower() or following.strip()[:1].islower():
        return False
    return raw[:1].isspace() or bool(_SECTION_HEADING.match(raw)) or prev_kind in ("blank", "heading") or not prev


def _footnotes(text: str, lines: list[Line], kinds: list[str]) -> list[Footnote]:
    """Footnote blocks split into footnotes, marker -> text with continuation lines joined."""
    notes: list[tuple[str, int, int, list[str]]] = []
    for line, kind in zip(lines, kinds):
        if kind == "footnote":
            raw = line.text
            match = _SUPER_FOOTNOTE.match(raw) or _MD_FOOTNOTE.match(raw) or _PLAIN_FOOTNOTE.match(raw)
            assert match is not None
            marker = next(g for g in match.groups() if g and g.strip()).translate(_SUPER_TO_DIGIT)
            notes.append((marker, line.start + match.end(), line.end, [raw[match.end():].strip()]))
        elif kind == "footnote+" and notes:
            marker, start, _, parts = notes[-1]
            notes[-1] = (marker, start, line.end, parts + [line.text.strip()])
    result = []
    for marker, start, end, parts in notes:
        joined = ""
        for part in parts:
            if joined.endswith("-") and part[:1].islower():
                joined += part
            elif joined.endswith("/") or not joined:
                joined += part
            else:
                joined += " " + part
        result.append(Footnote(marker=marker, text=joined.strip(), start=start, end=end))
    return result


@dataclass
class _Draft:
    label: str
    spans: list[tuple[int, int]]
    numbered: bool


def _paragraphs(text: str, lines: list[Line], kinds: list[str], *, resolution: bool,
                known_markers: set[str]) -> list[Paragraph]:
    body_lengths = [len(line.text.rstrip()) for line, kind in zip(lines, kinds) if kind == "body"]
    wrapped = bool(body_lengths) and _percentile(body_lengths, 0.95) < 140
    typical = _percentile(body_lengths, 0.9) if body_lengths else 0
    drafts: list[_Draft] = []
    current: _Draft | None = None
    closed = True
    broke = False        # a blank line since the last body line
    paged = False        # a page break (footnote block, running header) since the last body line
    last_number = 0
    operative = 0
    preambular = 0
    unnumbered = 0
    sub_count = 0
    headings = 0

    def numbered_label() -> str:
        return f"op{operative}" if resolution else f"p{operative}"

    def start(label: str, span: tuple[int, int], numbered: bool) -> _Draft:
        draft = _Draft(label, [span], numbered)
        drafts.append(draft)
        return draft

    for line, kind in zip(lines, kinds):
        if kind == "blank":
            broke = True
            continue
        if kind in ("footnote", "footnote+", "header", "separator"):
            paged = True
            continue
        if kind == "table":
            current, closed, broke, paged = None, True, False, False
            continue
        if kind == "heading":
            headings += 1
            start(f"h{headings}", (line.start, line.end), False)
            current, closed, broke, paged = None, True, False, False
            continue
        raw = line.text
        number = _OPERATIVE.match(raw)
        sub = _SUBPARAGRAPH.match(raw)
        bullet = _BULLET.match(raw)
        n = int(number.group(1)) if number else 0
        if number and (last_number == 0 or n == last_number + 1) and (current is None or closed or broke or paged):
            last_number = n
            operative = n
            sub_count = 0
            label = f"op{n}" if resolution else f"p{n}"
            current = start(label, (line.start + number.end(), line.end), True)
        elif sub and (closed or broke or paged) and (last_number or current is not None):
            # '(b) Work towards ...': an item of a list, under a numbered paragraph or, in an excerpt, under the last one
            sub_count += 1
            parent = numbered_label() if last_number else current.label.split("(")[0]
            current = start(f"{parent}({sub.group(1)})", (line.start + sub.end(), line.end), True)
        elif bullet and (closed or broke or paged or current is None):
            parent = numbered_label() if last_number else (current.label if current else f"p{unnumbered + 1}")
            current = start(parent, (line.start + bullet.end(), line.end), True)
        elif current is not None and (not closed and not (broke and _side_note(current, line, typical)) or not broke
                                      or (paged and wrapped)):
            current.spans.append((line.start, line.end))
        else:
            if resolution and last_number == 0:
                preambular += 1
                label = f"pp{preambular}"
            elif last_number:
                label = numbered_label()
            else:
                unnumbered += 1
                label = f"p{unnumbered}"
            current = start(label, (line.start, line.end), bool(last_number))
        stripped = raw.rstrip()
        closed = bool(_TERMINAL.search(stripped))
        if wrapped and typical and closed and _SENTENCE_END.search(stripped) and len(stripped) < 0.72 * typical:
            current = None  # a short last line: the paragraph ends here
        broke = False
        paged = False
    known_numbers = _marker_numbers(known_markers)
    paragraphs: list[Paragraph] = []
    previous = 0   # the document's last numbered marker so far: markers run in order through a document
    for draft in drafts:
        paragraph = _build(text, draft, known_markers, known_numbers, previous)
        previous = next((int(m.label) for m in reversed(paragraph.markers) if m.label.isdigit()), previous)
        if paragraph.text:
            paragraphs.append(paragraph)
    return paragraphs


def _side_note(draft: _Draft, line: Line, typical: float) -> bool:
    """Three or more lines, each under half the body's width, then a blank and a full-width line: a call-out set
    beside the text ('Advanced / economies are / more exposed / to AI') ends there even without a full stop."""
    narrow = 0.5 * typical
    return len(draft.spans) >= 3 and typical > 0 and len(line.text.rstrip()) >= narrow \
        and max(end - start for start, end in draft.spans) < narrow


def _marker_numbers(known: set[str]) -> frozenset[int] | None:
    """The known markers that are numbers, as numbers, for every paragraph to share; None when a label
    is a digit that int() cannot read (then the paragraph that needs them fails as before)."""
    try:
        return frozenset(int(k) for k in known if k.isdigit())
    except ValueError:
        return None


def _percentile(values: list[int], q: float) -> float:
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, int(q * len(ordered)))])


def _build(text: str, draft: _Draft, known_markers: set[str], known_numbers: frozenset[int] | None,
           previous: int = 0) -> Paragraph:
    """Clean text, offsets and markers of one paragraph from its source spans.

    Works a run at a time (kept stretches, then words and white space) rather than a character at
    a time, since this runs over every character of every document; a pattern runs only when the
    characters it needs are in the paragraph at all.
    """
    pieces: list[str] = []
    raw_offsets: list[int] = []
    for i, (start, end) in enumerate(draft.spans):
        if i:
            pieces.append("\n")
            raw_offsets.append(draft.spans[i - 1][1])
        pieces.append(text[start:end])
        raw_offsets.extend(range(start, end))
    raw = "".join(pieces)
    drops, markers = _drops_and_markers(raw, known_markers, known_numbers, previous)
    entities = list(_ENTITY.finditer(raw)) if "&" in raw else []
    if entities:  # an entity reads as its character: keep its first character, replaced, and drop the rest
        chars = list(raw)
        for m in entities:
            chars[m.start()] = _ENTITY_CHARS[m.group()[1:-1].lower()]
            drops.append((m.start() + 1, m.end()))
        raw = "".join(chars)

    if drops:
        ordered = sorted(drops)
        kept_text, kept_offsets = _kept(raw, raw_offsets, ordered)
    else:
        ordered, kept_text, kept_offsets = [], raw, raw_offsets
    marker_at: list[tuple[int, str]] = []   # (position in the kept text, label)
    if markers:
        dropped_before = _dropped_counter(ordered)
        marker_at = sorted((k - dropped_before(k), label) for k, label in markers.items())

    text_clean, offsets, positions = _fold_spaces(kept_text, kept_offsets, [p for p, _ in marker_at])
    found = tuple(Marker(label, position) for (_, label), position in zip(marker_at, positions))
    end = offsets[-1] + 1 if offsets else (raw_offsets[0] if raw_offsets else 0)
    offsets.append(end)
    return Paragraph(label=draft.label, text=text_clean, offsets=tuple(offsets), markers=found)


def _drops_and_markers(raw: str, known_markers: set[str], known_numbers: frozenset[int] | None,
                       previous: int = 0) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The raw spans to drop (Markdown, tags, markers) and the footnote markers, by raw index.

    Each pattern runs only when the character it starts with is in the text at all: most
    paragraphs have no Markdown, tags or entities, and a test for one character is far cheaper
    than a regular-expression pass.
    """
    drops: list[tuple[int, int]] = []
    markers: dict[int, str] = {}  # raw index -> marker label
    if "[" in raw:
        for m in _MD_LINK.finditer(raw):
            drops += [(m.start(), m.start(1)), (m.end(1), m.end())]
        for m in _MD_REF.finditer(raw):
            markers[m.start()] = m.group(1)
            drops.append(m.span())
    if "*" in raw or "_" in raw:
        for m in _EMPHASIS.finditer(raw):
            drops.append(m.span())
    for m in _SUPER_RUN.finditer(raw):
        markers[m.start()] = m.group().translate(_SUPER_TO_DIGIT)
        drops.append(m.span())
    if "<" in raw or "^" in raw or "[" in raw:
        for m in _TAGGED_MARKER.finditer(raw):
            markers[m.start()] = next(label for label in m.groups() if label)
            drops.append(m.span())
    if "(" in raw:
        for m in _PAREN_NUMBER.finditer(raw):
            if _PAREN_MARKER_BEFORE.search(raw, max(0, m.start() - 3), m.start()):
                markers[m.start()] = m.group(1)
                drops.append(m.span())
    if "<" in raw:
        for m in _HTML_TAG.finditer(raw):
            drops.append(m.span())
    for m in _DROP_CHARS.finditer(raw):
        drops.append(m.span())
    for index, label in _plain_markers(raw, known_markers, known_numbers, previous):
        markers[index] = label
        drops.append((index, index + len(label)))
    return drops, markers


def _kept(raw: str, offsets: list[int], drops: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The text left when the (sorted, possibly overlapping) drops are taken out, and its offsets."""
    parts: list[str] = []
    kept: list[int] = []
    position = 0
    for a, b in drops:
        if a > position:
            parts.append(raw[position:a])
            kept.extend(offsets[position:a])
        position = max(position, b)
    parts.append(raw[position:])
    kept.extend(offsets[position:])
    return "".join(parts), kept


_IS_SPACE = np.array([chr(c).isspace() for c in range(0x3001)] + [False], dtype=bool)   # by code point, capped
_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z]-)[ \t]*\n(?=[a-z])")
_OTHER_SPACE = re.compile(r"[^\S ]")
_UNUSUAL_SPACE = re.compile(r"[^\S \n]")
_SPACE_RUN = re.compile(r"\s\s")


def _folds_in_place(text: str) -> bool:
    """True when folding only turns white-space characters into spaces: no runs of white space, none
    at either end, no word hyphenated at a line's end, no NUL. Tested with substring searches first:
    most paragraphs hold no white space but spaces and line breaks."""
    if text[0].isspace() or text[-1].isspace() or "\x00" in text:
        return False
    if "-\n" in text and _HYPHEN_BREAK.search(text):
        return False
    if _UNUSUAL_SPACE.search(text):
        return not _SPACE_RUN.search(text)
    return not ("  " in text or "\n\n" in text or " \n" in text or "\n " in text)


def _fold_spaces(text: str, offsets: list[int], marks: list[int]) -> tuple[str, list[int], list[int]]:
    """White space folded to single spaces and trimmed; a word hyphenated at a line's end stays one word.

    Done on arrays of code points rather than character by character: this runs over every
    character of every document. Most paragraphs only need their line breaks turned into spaces;
    they keep their offsets as they are. ``marks`` are positions in ``text``; they come back as
    positions in the folded text (a mark before a run of spaces stays before it).
    """
    if not text:
        return "", [], [0 for _ in marks]
    if _folds_in_place(text):
        folded = _OTHER_SPACE.sub(" ", text) if "\n" in text or _UNUSUAL_SPACE.search(text) else text
        positions = []
        for mark in marks:
            position = min(mark, len(text))
            if position and folded[position - 1] == " ":
                position -= 1
            positions.append(position)
        return folded, offsets if isinstance(offsets, list) else list(offsets), positions
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    space = _IS_SPACE[np.minimum(codes, len(_IS_SPACE) - 1)]
    for m in _HYPHEN_BREAK.finditer(text):
        space[m.start():m.end()] = False
        codes = codes.copy() if not codes.flags.writeable else codes
        codes[m.start():m.end()] = 0   # dropped below
    solid = ~space & (codes != 0)
    previous_solid = np.concatenate(([False], solid[:-1]))
    # The first space of a run after a solid character stands for the run, if a solid character follows later.
    later_solid = np.flip(np.logical_or.accumulate(np.flip(solid)))
    later_solid = np.concatenate((later_solid[1:], [False]))
    keep = solid | (space & previous_solid & later_solid)
    index = np.flatnonzero(keep)
    folded = codes[index].copy()
    folded[space[index]] = 32
    source = np.asarray(offsets, dtype=np.int64)[index]
    kept_before = np.concatenate(([0], np.cumsum(keep)))
    positions = []
    for mark in marks:
        position = int(kept_before[min(mark, len(text))])
        if position and folded[position - 1] == 32:
            position -= 1   # a mark after spaces stands before the space that stands for them
        positions.append(position)
    return folded.tobytes().decode("utf-32-le"), source.tolist(), positions


def _dropped_counter(drops: list[tuple[int, int]]):
    """A function: raw index -> how many raw characters before it are dropped (overlapping drops counted once)."""
    merged: list[list[int]] = []
    for a, b in drops:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]
    before: list[int] = [0]   # before[k]: characters dropped by the first k merged spans
    for a, b in merged:
        before.append(before[-1] + b - a)

    def count(index: int) -> int:
        k = bisect.bisect_left(starts, index)   # the spans that start before index
        if not k:
            return 0
        a, b = merged[k - 1]
        return before[k - 1] + min(b, index) - a

    return count


_FIGURE_END_BEFORE = re.compile(r"\d\s*(?:thousand|million|billion|trillion|per\s*cent|percent|%)\s+$", re.I)
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
_CLOSING_QUOTES = frozenset("”’\"')")
_PLURAL_WORD_AFTER = re.compile(r" (?!(?:was|has|is|as|this|thus|its)\b)[a-z]+s\b")   # 'in 2023 4 countries': a count
_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_LIST_END_SPACE = re.compile(r"\s*(?:[–—-]|[.,;:]|$)")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")
_WORD_END_AFTER = re.compile(r"[\s,.;:)]|$")
_MARKER_PREV_EXCLUDED = frozenset(("/", "$", "£", "€", "+", "-", "–", "#", "№"))
_CLOSING_MARKS = frozenset(".,;:!?”’\")]")
_SENTENCE_CLOSERS = frozenset(".”’\")")


def _opens_next_sentence(raw: str, i: int, after: int) -> bool:
    """A number glued to the first word of the next sentence, after the close of one ('of income. 22In')."""
    j = i
    while j and raw[j - 1] in " \t":
        j -= 1
    return (j >= 2 and raw[j - 1] in _SENTENCE_CLOSERS and raw[j - 1] != ")" and raw[j - 2] in _ASCII_LOWER
            and bool(_SENTENCE_WORD_AFTER.match(raw, after)))


def _number_closes_sentence(raw: str, i: int, after: int) -> bool:
    """A year or a grouped number, then the sentence's stop, glued to the marker at ``i``: 'in 2017.2 Some',
    'and 60,000.3 The'. A grouped number's decimals would not be followed by a new sentence."""
    if _YEAR_DOT_BEFORE.search(raw, max(0, i - 5), i):
        return True
    return bool(_GROUPED_DOT_BEFORE.search(raw, max(0, i - 16), i)) and bool(_SENTENCE_START_AFTER.match(raw, after))


def _plain_markers(raw: str, known: set[str], known_numbers: frozenset[int] | None,
                   previous: int = 0) -> list[tuple[int, str]]:
    """Plain-digit footnote markers: numbers of known footnotes glued to a word or standing after
    closing punctuation, and, for footnotes not in the text, digits glued after a word's end.

    Every test looks at a few characters around the number (patterns run on bounded windows), so
    that the pass stays linear in the paragraph's length.
    """
    result: list[tuple[int, str]] = []
    last = 0
    for m in _DIGIT_RUN.finditer(raw):
        i, label, after = m.start(), m.group(), m.end()
        prev = raw[i - 1] if i else ""
        if prev.isdigit() or prev in _MARKER_PREV_EXCLUDED:
            continue
        number_dot = prev == "." and i > 1 and raw[i - 2].isdigit() and _number_closes_sentence(raw, i, m.end())
        if not number_dot and prev in ",;:" and i > 1 and raw[i - 2].isdigit() and label in known:
            number_dot = bool(_YEAR_MARK_BEFORE.search(raw, max(0, i - 6), i))
        if prev in (".", ",") and i > 1 and raw[i - 2].isdigit() and not number_dot:
            continue
        if _UNIT_AFTER.match(raw, after):
            continue
        if _GLUED_AFTER.match(raw, after):
            if _opens_next_sentence(raw, i, after):
                result.append((i, label))
                if label in known:
                    last = int(label)
            continue
        is_known = label in known
        number = int(label)
        if is_known and number <= last:
            continue
        glued_word = prev.isalpha() and i >= 2 and raw[i - 2] in _ASCII_LETTERS and prev in _ASCII_LETTERS
        glued_punct = (not prev or prev in _CLOSING_MARKS) and (i < 2 or not raw[i - 2].isdigit() or number_dot)
        spaced = prev.isspace()
        solid_end = i   # where the white space standing before the number starts
        while solid_end and raw[solid_end - 1].isspace():
            solid_end -= 1
        prev_char = raw[solid_end - 1] if solid_end else ""
        accept = False
        if is_known:
            if glued_word or glued_punct:
                accept = True
            elif spaced and (not prev_char or prev_char in _CLOSING_MARKS):
                accept = True
            elif spaced and _YEAR_BEFORE.search(raw, max(0, solid_end - 4), i) and _LIST_END_SPACE.match(raw, after):
                accept = True
            elif spaced and prev_char.isalpha() and number == last + 1 and _LINE_END_AFTER.match(raw, after) \
                    and not _REFERENCE_WORD.search(raw, max(0, solid_end - 12), i):
                accept = True  # 'Convention on Climate Change 7' at a line's end
            elif spaced and number > last and _FIGURE_END_BEFORE.search(raw, max(0, solid_end - 30), i) \
                    and _LOWER_WORD_AFTER.match(raw, after):
                accept = True  # 'reached 43.4 million 19 by mid-2024': no number follows a scale word or a percentage
            elif spaced and 0 < number - (last or previous) <= 2 and _LOWER_WORD_AFTER.match(raw, after) and (
                    _YEAR_BEFORE.search(raw, max(0, solid_end - 6), i) and not _PLURAL_WORD_AFTER.match(raw, after)
                    or _CAPITALISED_WORD_BEFORE.search(raw, max(0, solid_end - 30), i)
                    and not _REFERENCE_WORD.search(raw, max(0, solid_end - 12), i)):
                # the next marker of the document's sequence (one may have been missed) between a year or a name and
                # a lower-case word: 'faced hunger in 2023 16 according to FAO', 'the Parties 17 urged developed'
                accept = True
        else:
            if known and known_numbers is None:
                known_numbers = frozenset(int(k) for k in known if k.isdigit())
            if not known or number not in known_numbers:
                if glued_word and i >= 3 and all(c in _ASCII_LOWER for c in raw[i - 3:i]) and _WORD_END_AFTER.match(raw, after):
                    accept = True
                elif glued_punct and prev in _SENTENCE_CLOSERS and i >= 2 \
                        and (raw[i - 2] in _ASCII_LOWER or raw[i - 2] in _CLOSING_QUOTES or number_dot) \
                        and _CAPITAL_AFTER.match(raw, after):   # 'of equal value”.1 In 26 out of those 33'
                    accept = True
                elif spaced and prev_char in _SENTENCE_CLOSERS and solid_end >= 2 \
                        and (raw[solid_end - 2] in _ASCII_LOWER or raw[solid_end - 2] in "%)") \
                        and _SENTENCE_START_AFTER.match(raw, after):
                    accept = True   # '$23.5 billion. 1 Humanitarian organizations': no sentence opens with a numeral
        if accept:
            result.append((i, label))
            if is_known:
                last = number
    return result
