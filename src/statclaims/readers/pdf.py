"""PDF: the glyphs of a UN PDF laid out as the UN text layer that the text reader understands.

The text reader already knows UN text: numbered paragraphs, footnote blocks after a
"__________________" line, superscript markers (¹²), words hyphenated at a line's end, and
paragraphs that a page break split. So this reader does only what needs the geometry:

- it puts the glyphs of each page in reading order, line by line, keeping a side column (a
  pull quote in the margin) out of the lines of the text beside it;
- it recognises footnote markers by their smaller size and raised baseline and writes them as
  superscript digits, so "Index48" reads "Index⁴⁸" and "2.6 billion3" reads "2.6 billion³";
- it drops running headers and footers (symbol, job number, "4/28", a report's title repeated
  on every page) and lines of figures only (chart ticks and data labels);
- it moves each page's footnote area (below a rule, in smaller type) after a separator line,
  one footnote a line, and joins a footnote that runs on to the next page.

Offsets of the Document point into that text (``extract_text``), which ``statclaims text FILE``
prints. Glyphs come from PDFium (pypdfium2): character, origin, size and advance of every glyph,
about ten times faster than pdfminer (pdfplumber) for the same layout, and unlike pypdf's
text layer it gives the sizes that tell a footnote marker from a figure.
"""
from __future__ import annotations

import ctypes
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from ..document import Document, check_text_size
from ..errors import InputError
from . import text as text_reader

SEPARATOR = "__________________"
_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FROM_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_OTHER_FORMATS = {".txt", ".md", ".docx", ".doc", ".html", ".htm", ".xlsx", ".csv", ".json"}

# Layout thresholds, as fractions of the font size; set on UN Word and UNCTAD InDesign PDFs.
_SAME_LINE = 0.2          # baselines closer than this are one line
_SMALLER = 0.85           # a superscript is at most this size of its line's type...
_RISE = (0.12, 0.65)      # ...and its baseline this much above the line's
_SINK = (0.1, 0.4)        # a subscript's baseline this much below
_SPACE = 0.2              # a gap this wide between two glyphs is a space
_WIDE_GAP = 0.8           # a gap this wide may be a gutter between columns
_NEAR = 2.3               # lines this far apart (baseline to baseline) may belong to one block
_NEW_PARAGRAPH = 1.4      # a line this many usual line pitches below the last starts a paragraph
_MARGIN_TOP, _MARGIN_BOTTOM = 0.11, 0.91   # running headers above, footers below these fractions of the page

_SYMBOL_MARKERS = "*†‡"
_FOOTNOTE_START = re.compile(
    r"^(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\d{1,3})(?=\s|[A-Z“\"(])|\[\^([*†‡]{1,3})\]|([*†‡]{1,3})(?=\s))\s*")
_RULE = re.compile(r"_{5,}")
# A paragraph number or bullet: the tab after it is no gutter.
_LABEL = re.compile(r"^\s*(?:\(?(?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,5}|[IVXLC]{1,6}|[A-Z])[.)]|[•▪◦●‣∙·\-–—*])\s*$")
# Words of a running header or footer: symbols, job numbers (25-06745, GE.25-00925), page numbers.
_FURNITURE_WORD = re.compile(
    r"^(?:[A-Z]{1,6}(?:/[A-Z0-9.\-]+)+|(?:[A-Z]{1,3}\.)?[*(]?\d[\d\-/.]*[*)]?|\([A-Z]\)|[ivxlc]{1,6}|Page|of)$")
_NUMBER = re.compile(r"^[(\[]?[-–+]?[$€£]?\d[\d,.]*%?[)\]]?$")
_URL_END = re.compile(r"(?:https?://|www\.)\S*[-_.=?&#/]$")


@dataclass(frozen=True)
class Glyph:
    """One character: where it stands (baseline measured from the top of the page) and its size."""

    char: str
    x0: float
    x1: float
    base: float
    size: float
    sup: bool = False
    space_after: bool = False  # the PDF has a space right after it (or PDFium saw a word gap there)


@dataclass
class Row:
    """Glyphs on one baseline, left to right, superscripts joined to the line they rise from."""

    glyphs: list[Glyph]
    base: float
    size: float  # the size most of its glyphs have

    @property
    def x0(self) -> float:
        return min(g.x0 for g in self.glyphs)

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @property
    def text(self) -> str:
        return _text(self.glyphs, self.size)


@dataclass
class Run:
    """A stretch of one row between gutters, with the row's baseline and type size."""

    glyphs: list[Glyph]
    size: float
    base: float


@dataclass
class Page:
    """A page laid out: body lines (None for a blank line) and footnotes as [marker, text]; a note
    with the marker "" is the rest of the previous page's last footnote."""

    lines: list[str | None] = field(default_factory=list)
    notes: list[list[str]] = field(default_factory=list)
    sizes: tuple[float, float] = (0.0, 0.0)  # type size of the first and the last body line


def read(data: bytes, path: str, document: str) -> Document:
    """Read a PDF into a Document whose offsets point into its extracted text."""
    return text_reader.parse(check_text_size(extract_text(data, path), path), path=path, document=document)


def extract_text(data: bytes, path: str = "<pdf>") -> str:
    """The PDF as UN plain text: reading order, no page furniture, footnotes after a separator."""
    _check_file(data, path)
    pages = list(_open_pages(data, path))
    if not any(glyphs for glyphs, _ in pages):
        raise InputError("no text layer: the PDF holds only images (a scan?); run OCR on it first", path=path)
    body = _body_size(g for glyphs, _ in pages for g in glyphs)
    rows = [_rows(glyphs) for glyphs, _ in pages]
    furniture = _furniture(rows, [height for _, height in pages])
    return _compose([_layout(page, drop, body) for page, drop in zip(rows, furniture)])


# --- Opening the file ------------------------------------------------------------------------------

def _check_file(data: bytes, path: str) -> None:
    """Reject what is not a whole PDF before PDFium sees it: PDFium repairs truncated files silently."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1].lower()
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"not a PDF: no %PDF- header (the file starts with {data[:12]!r})", path=path)
    if suffix in _OTHER_FORMATS:
        raise InputError(f"a PDF file named {suffix}: rename it to .pdf", path=path)
    if b"%%EOF" not in data[-2048:]:
        raise InputError("truncated PDF: the %%EOF marker that ends every PDF is missing", path=path)


def _open_pages(data: bytes, path: str) -> Iterator[tuple[list[Glyph], float]]:
    """Each page's glyphs and height; PDFium's failures become InputErrors."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError("encrypted PDF: it needs a password; save an unprotected copy", path=path) from exc
        if "security" in str(exc).lower():
            raise InputError("encrypted PDF with a security scheme PDFium cannot open; save an unprotected copy",
                             path=path) from exc
        raise InputError(f"damaged PDF: {exc}", path=path) from exc
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                yield _page_glyphs(page), page.get_height()
            finally:
                page.close()
    except pdfium.PdfiumError as exc:
        raise InputError(f"damaged PDF: {exc}", path=path) from exc
    finally:
        pdf.close()


def _page_glyphs(page) -> list[Glyph]:
    """The page's upright glyphs (rotated credits and axis titles are not prose), in content order."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        top = page.get_bbox()[3]
        glyphs: list[Glyph] = []
        x, y = ctypes.c_double(), ctypes.c_double()
        box, matrix = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX()
        high = 0  # PDFium gives UTF-16 code units: a character past U+FFFF comes as two
        for i in range(pdfium_c.FPDFText_CountChars(textpage)):
            code = pdfium_c.FPDFText_GetUnicode(textpage, i)
            if 0xD800 <= code < 0xDC00:
                high = code
                continue
            if 0xDC00 <= code < 0xE000:
                code, high = (0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00), 0) if high else (0, 0)
            if code == 2:
                code = 0x2D  # PDFium reports a hyphen that ends a line as 0x02
            char = chr(code) if code else ""
            if char.isspace():
                if glyphs and not glyphs[-1].space_after:
                    glyphs[-1] = replace(glyphs[-1], space_after=True)
                continue
            if code < 0x20 or code in (0x7F, 0xFFFE, 0xFFFF):
                continue
            angle = pdfium_c.FPDFText_GetCharAngle(textpage, i)
            if pdfium_c.FPDFText_IsGenerated(textpage, i) or min(angle, abs(2 * math.pi - angle)) > 0.01:
                continue
            pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y)
            pdfium_c.FPDFText_GetLooseCharBox(textpage, i, box)  # the advance, not the ink: "1" is narrow
            pdfium_c.FPDFText_GetMatrix(textpage, i, matrix)
            # The size set by Tf, times the text matrix's scale (InDesign sets 1 pt and scales).
            size = pdfium_c.FPDFText_GetFontSize(textpage, i) * math.hypot(matrix.c, matrix.d)
            if size > 0:
                glyphs.append(Glyph(char, x.value, max(box.right, x.value), top - y.value, size))
        return glyphs
    finally:
        textpage.close()


# --- Lines -----------------------------------------------------------------------------------------

def _body_size(glyphs: Iterable[Glyph]) -> float:
    """The size of the running text: the size most glyphs have."""
    counts = Counter(round(g.size, 1) for g in glyphs)
    return counts.most_common(1)[0][0] if counts else 10.0


def _rows(glyphs: list[Glyph]) -> list[Row]:
    """Glyphs grouped by baseline, top to bottom, with superscripts and subscripts put back into
    the line they belong to (by baseline they are lines of their own)."""
    rows: list[Row] = []
    for g in sorted(glyphs, key=lambda g: (g.base, g.x0)):
        if rows and abs(g.base - rows[-1].base) <= _SAME_LINE * max(g.size, rows[-1].size):
            rows[-1].glyphs.append(g)
        else:
            rows.append(Row([g], g.base, g.size))
    for row in rows:
        row.size = Counter(round(g.size, 1) for g in row.glyphs).most_common(1)[0][0]
    kept = []
    for i, row in enumerate(rows):
        host = _host(rows, i)
        if host is None:
            kept.append(row)
        else:
            raised = host.base > row.base
            host.glyphs.extend(replace(g, base=host.base, sup=raised) for g in row.glyphs)
    for row in kept:
        row.glyphs.sort(key=lambda g: g.x0)
    return kept


def _host(rows: list[Row], index: int) -> Row | None:
    """The line a row of small glyphs rises from (a superscript) or sinks below (a subscript)."""
    row = rows[index]
    biggest = max(g.size for g in row.glyphs)
    for j in (index + 1, index - 1, index + 2, index - 2):
        if not 0 <= j < len(rows):
            continue
        other = rows[j]
        rise = (other.base - row.base) / other.size
        if biggest > _SMALLER * other.size:
            continue
        if not (_RISE[0] <= rise <= _RISE[1] or _SINK[0] <= -rise <= _SINK[1]):
            continue
        if row.x0 >= other.x0 - 3 * other.size and row.x1 <= other.x1 + 2 * other.size:
            return other
    return None


def _text(glyphs: list[Glyph], size: float) -> str:
    """The characters of a run with spaces where the gaps are; raised digits as ¹²³ and a raised
    star or dagger as a Markdown footnote reference ("[^*]"), so no marker glues onto a number."""
    out: list[str] = []
    prev: Glyph | None = None
    for g in glyphs:
        marker = g.sup and (g.char.isdigit() or g.char in _SYMBOL_MARKERS)
        if prev is not None and not marker and (prev.space_after or g.x0 - prev.x1 > _SPACE * size):
            out.append(" ")
        if marker and g.char.isdigit():
            out.append(g.char.translate(_SUPER))
        elif marker and prev is not None and prev.sup and prev.char == g.char:
            out[-1] = out[-1][:-1] + g.char + "]"  # "**" is one marker
        elif marker:
            out.append(f"[^{g.char}]")
        else:
            out.append(g.char)
        prev = g
    return "".join(out)


# --- Page furniture --------------------------------------------------------------------------------

def _furniture(pages: list[list[Row]], heights: list[float]) -> list[set[int]]:
    """Per page, the indexes of its running headers and footers: rows in the top or bottom margin
    that either repeat on other pages (digits aside) or hold only symbols and numbers."""
    def key(row: Row) -> str:
        return re.sub(r"\d+", "#", " ".join(row.text.split()))

    marginal = [[i for i, row in enumerate(rows) if not _MARGIN_TOP * h <= row.base <= _MARGIN_BOTTOM * h]
                for rows, h in zip(pages, heights)]
    seen = Counter(k for rows, idx in zip(pages, marginal) for k in {key(rows[i]) for i in idx})
    repeated = max(2, min(3, len(pages) // 2))
    result = []
    for rows, idx in zip(pages, marginal):
        result.append({i for i in idx if seen[key(rows[i])] >= repeated
                       or all(_FURNITURE_WORD.match(w) for w in rows[i].text.split())})
    return result


# --- One page --------------------------------------------------------------------------------------

def _layout(rows: list[Row], drop: set[int], body: float) -> Page:
    """A page's body lines in reading order, and its footnotes."""
    content = [row for i, row in enumerate(rows) if i not in drop]
    split = _footnote_area(content, body)
    blocks = _blocks(content[:split])
    sizes = (blocks[0][0].size, max(blocks, key=lambda b: b[-1].base)[-1].size) if blocks else (0.0, 0.0)
    return Page(_reading_order(blocks, body), _notes(content[split:]), sizes)


def _footnote_area(rows: list[Row], body: float) -> int:
    """Index of the first row of the footnote area: a rule of underscores, or else the first row
    that starts with a marker among the rows of small type at the foot of the page."""
    for i, row in enumerate(rows):
        if _RULE.fullmatch(row.text.replace(" ", "")):
            return i
    small = len(rows)
    while small > 0 and rows[small - 1].size < 0.95 * body:
        small -= 1
    return next((i for i in range(small, len(rows)) if _FOOTNOTE_START.match(rows[i].text)), len(rows))


def _notes(rows: list[Row]) -> list[list[str]]:
    """The footnotes of a page as [marker, text]. A row that starts with a raised number starts a
    note; one that starts with a plain number only if it is the next number (else it is a line of
    the note above, like "11 April release of ...")."""
    notes: list[list[str]] = []
    last = 0
    for row in rows:
        line = row.text.strip()
        if not line or _RULE.fullmatch(line.replace(" ", "")):
            continue
        match = _FOOTNOTE_START.match(line)
        marker = next(m for m in match.groups() if m).translate(_FROM_SUPER) if match else ""
        plain = bool(match) and marker.isdigit() and not row.glyphs[0].sup
        if match and (not plain or not notes or int(marker) == last + 1):
            last = int(marker) if marker.isdigit() else last
            notes.append([marker, line[match.end():]])
        elif notes:
            notes[-1][1] = _join(notes[-1][1], line)
        else:
            notes.append(["", line])
    return notes


def _join(before: str, after: str) -> str:
    """Two lines of a footnote as one: a word hyphenated at the line's end or a URL stays whole."""
    if not before:
        return after
    if (before.endswith("-") and after[:1].islower()) or _URL_END.search(before):
        return before + after
    return before + " " + after


def _reading_order(blocks: list[list[Run]], body: float) -> list[str | None]:
    """Body lines block by block. None is a blank line: between blocks, and inside a block where
    the type changes size or the space between lines widens (a heading, a new paragraph)."""
    lines: list[str | None] = []
    for block in blocks:
        pitch = _pitch(block)
        previous: Run | None = None
        for run in block:
            if _is_chart_data(run, body):
                continue
            if previous is None or run.base - previous.base > _NEW_PARAGRAPH * pitch \
                    or abs(run.size - previous.size) > 0.1 * max(run.size, previous.size):
                if lines and lines[-1] is not None:
                    lines.append(None)
            lines.append(_text(run.glyphs, run.size))
            previous = run
    return lines


def _pitch(block: list[Run]) -> float:
    """The usual distance from one line to the next in a block."""
    steps = [b.base - a.base for a, b in zip(block, block[1:]) if b.base > a.base]
    return statistics.median(steps) if steps else math.inf


def _is_chart_data(run: Run, body: float) -> bool:
    """A line of figures only, several of them or in small type: a chart's ticks and data labels."""
    words = _text(run.glyphs, run.size).split()
    return bool(words) and all(_NUMBER.match(w) for w in words) and (len(words) > 1 or run.size < 0.95 * body)


def _blocks(rows: list[Row]) -> list[list[Run]]:
    """Runs grouped into blocks, in reading order. A run joins the block whose last run is just
    above it and overlaps it most; gutters split rows first, so a side column stays a block of
    its own instead of interleaving with the text beside it."""
    gutters = _gutters(rows)
    blocks: list[dict] = []
    for i, row in enumerate(rows):
        taken: set[int] = set()
        for glyphs in _split_at(row, gutters.get(i, [])):
            x0, x1 = glyphs[0].x0, max(g.x1 for g in glyphs)
            best, best_overlap = None, 0.0
            for b, block in enumerate(blocks):
                if b in taken or row.base - block["base"] > _NEAR * max(row.size, block["size"]):
                    continue
                overlap = min(x1, block["x1"]) - max(x0, block["x0"])
                if overlap > best_overlap:
                    best, best_overlap = b, overlap
            if best is None:
                blocks.append({"runs": [], "top": row.base})
                best = len(blocks) - 1
            blocks[best]["runs"].append(Run(glyphs, row.size, row.base))
            blocks[best].update(x0=x0, x1=x1, base=row.base, size=row.size)
            taken.add(best)
    blocks.sort(key=lambda b: (round(b["top"]), b["runs"][0].glyphs[0].x0))
    return [b["runs"] for b in blocks]


def _gutters(rows: list[Row]) -> dict[int, list[tuple[float, float]]]:
    """Per row, its wide gaps that are gutters between columns: gaps lined up with gaps in the rows
    around it, or whose right side starts where a neighbouring line starts. The tab after a
    paragraph number or a bullet is never one."""
    gaps = [_wide_gaps(row) for row in rows]
    result: dict[int, list[tuple[float, float]]] = {}
    for i, row_gaps in enumerate(gaps):
        for a, b in row_gaps:
            if _lined_up(rows, gaps, i, a, b) >= 3 or _column_edge(rows, i, a, b):
                result.setdefault(i, []).append((a, b))
    return result


def _wide_gaps(row: Row) -> list[tuple[float, float]]:
    """The gaps of a row wide enough to be a gutter, except the one after a label ("12.", "(a)", "•")."""
    runs: list[list[Glyph]] = [[row.glyphs[0]]]
    for g in row.glyphs[1:]:
        if g.x0 - runs[-1][-1].x1 >= _WIDE_GAP * row.size and not g.sup:
            runs.append([g])
        else:
            runs[-1].append(g)
    return [(left[-1].x1, right[0].x0) for left, right in zip(runs, runs[1:])
            if not _LABEL.match(_text(left, row.size))]


def _lined_up(rows: list[Row], gaps: list[list[tuple[float, float]]], i: int, a: float, b: float) -> int:
    """How many consecutive rows around row i have a gap that overlaps (a, b)."""
    count = 1
    for step in (-1, 1):
        j, lo, hi = i + step, a, b
        while 0 <= j < len(rows) and abs(rows[j].base - rows[j - step].base) <= _NEAR * rows[j].size:
            hit = next(((max(lo, c), min(hi, d)) for c, d in gaps[j]
                        if min(hi, d) - max(lo, c) > 0.3 * rows[i].size), None)
            if hit is None:
                break
            lo, hi = hit
            count += 1
            j += step
    return count


def _column_edge(rows: list[Row], i: int, a: float, b: float) -> bool:
    """Whether a line just above or below row i starts where the right side of the gap starts."""
    row = rows[i]
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(rows) and abs(rows[j].base - row.base) <= _NEAR * row.size * abs(i - j):
            if abs(rows[j].x0 - b) <= 0.2 * row.size and rows[j].x0 > a:
                return True
    return False


def _split_at(row: Row, gutters: list[tuple[float, float]]) -> list[list[Glyph]]:
    runs: list[list[Glyph]] = [[]]
    for g in row.glyphs:
        if runs[-1] and any(runs[-1][-1].x1 <= a + 0.01 and g.x0 >= b - 0.01 for a, b in gutters):
            runs.append([])
        runs[-1].append(g)
    return [run for run in runs if run]


# --- The whole text --------------------------------------------------------------------------------

def _compose(pages: list[Page]) -> str:
    """Pages joined: each page's body lines, then its footnotes after a separator; a page number
    line ("- 7 -") between pages, which the text reader takes for a running header, so that it
    ends the footnote block and reads a paragraph the page break split as one. A page that
    starts in other type than the last one ended in starts a paragraph (a blank line)."""
    last: list[str] | None = None
    for page in pages:  # the rest of a footnote on the next page joins the footnote
        for note in page.notes:
            if note[0]:
                last = note
            elif last is not None:
                last[1] = _join(last[1], note[1])
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        if number > 1:
            out.append(_page_mark(number))
            before, after = pages[number - 2].sizes[1], page.sizes[0]
            if abs(before - after) > 0.1 * max(before, after):
                out.append("")  # a page that starts in other type (a heading) starts a paragraph
        for line in page.lines:
            if line is not None:
                out.append(line)
            elif out and out[-1]:
                out.append("")
        notes = [(marker, text) for marker, text in page.notes if marker]
        if notes:
            out.append(SEPARATOR)
            out.extend(_footnote_line(marker, text) for marker, text in notes)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def _page_mark(number: int) -> str:
    """The page break as a page number line; past 999 the text reader would not know it: a blank line."""
    return f"- {number} -" if number < 1000 else ""


def _footnote_line(marker: str, text: str) -> str:
    """"¹⁷ text" for a numbered footnote; "[^*]: text" for a starred one, which the text reader
    reads as a footnote too."""
    return f"{marker.translate(_SUPER)} {text}" if marker.isdigit() else f"[^{marker}]: {text}"
