"""DOCX: a Word file's paragraphs, numbering and footnotes written as the UN text the text reader reads.

Word keeps what a PDF loses: paragraphs are paragraphs, footnote references are elements, and
paragraph numbers are numbering definitions rather than text. So this reader writes each
paragraph as one line with its number ("12. ", "(a) ") counted the way Word counts it, each
footnote reference as a superscript marker (¹²; Word numbers footnotes in the order they are
referenced, whatever their ids), italics as *text* (the citation parser reads titles from
them), tables as Markdown rows (which the text reader leaves out, as it does in text), and the
footnotes after a "__________________" line. Offsets point into that text. The standard library
is enough: a .docx is a ZIP of XML parts.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from xml.etree import ElementTree as ET

from ..document import Document, check_text_size
from ..errors import InputError
from . import text as text_reader

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
SEPARATOR = "__________________"
_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MAX_PART = 200 * 1024 * 1024  # bytes one XML part may inflate to: more is a ZIP bomb, not a report
_OTHER_FORMATS = {".txt", ".md", ".pdf", ".html", ".htm", ".csv", ".json"}
_SKIP = {W + "pPr", W + "rPr", W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "fldData",
         W + "commentReference", W + "endnoteReference", W + "proofErr", W + "bookmarkStart", W + "bookmarkEnd"}


def read(data: bytes, path: str, document: str) -> Document:
    """Read a .docx into a Document whose offsets point into its extracted text."""
    return text_reader.parse(check_text_size(extract_text(data, path), path), path=path, document=document)


def extract_text(data: bytes, path: str = "<docx>") -> str:
    """The Word document as UN plain text: numbered paragraphs, markers, footnotes at the end."""
    parts = _Package(data, path)
    main = parts.main_document()
    root = parts.xml(main)
    body = root.find(W + "body")
    if body is None and not root.tag.startswith(W):
        raise InputError("Strict Open XML is not read; save it as a Word Document (.docx)", path=path)
    if body is None:
        raise InputError(f"damaged DOCX: {main} has no body", path=path)
    folder = posixpath.dirname(main)
    numbering = Numbering.parse(parts.optional_xml(posixpath.join(folder, "numbering.xml")),
                                parts.optional_xml(posixpath.join(folder, "styles.xml")))
    writer = _Writer(numbering, _footnotes(parts.optional_xml(posixpath.join(folder, "footnotes.xml"))))
    lines = list(writer.blocks(body))
    if not any(line.strip() for line in lines):
        raise InputError("no text: the Word document holds no paragraphs with text", path=path)
    out = "\n\n".join(lines)
    notes = writer.footnote_lines()
    if notes:
        out += "\n\n" + SEPARATOR + "\n" + "\n".join(notes)
    return out + "\n"


# --- The package -------------------------------------------------------------------------------

class _Package:
    """The ZIP's parts, each read once, with every failure an InputError naming the file."""

    def __init__(self, data: bytes, path: str) -> None:
        self.path = path
        _check_signature(data, path)
        try:
            self.zip = zipfile.ZipFile(BytesIO(data))
            self.names = set(self.zip.namelist())
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as exc:
            raise InputError(f"damaged or truncated DOCX: {exc}", path=path) from exc

    def main_document(self) -> str:
        """The main part, as _rels/.rels names it (word/document.xml in every Word file seen)."""
        rels = self.optional_xml("_rels/.rels")
        if rels is not None:
            for rel in rels.iter(_REL + "Relationship"):
                if rel.get("Type") == _OFFICE_DOCUMENT and rel.get("Target"):
                    target = rel.get("Target", "").lstrip("/")
                    if target in self.names:
                        return target
        if "word/document.xml" in self.names:
            return "word/document.xml"
        raise InputError("a ZIP archive but not a Word document (no word/document.xml)", path=self.path)

    def optional_xml(self, name: str) -> ET.Element | None:
        return self.xml(name) if name in self.names else None

    def xml(self, name: str) -> ET.Element:
        try:
            info = self.zip.getinfo(name)
            if info.file_size > _MAX_PART:
                raise InputError(f"{name} inflates to {info.file_size} bytes; not read", path=self.path)
            data = self.zip.read(name)
        except (zipfile.BadZipFile, EOFError, OSError, KeyError, RuntimeError, NotImplementedError) as exc:
            raise InputError(f"damaged or truncated DOCX: cannot read {name}: {exc}", path=self.path) from exc
        try:
            return ET.fromstring(data)
        except ET.ParseError as exc:
            raise InputError(f"damaged DOCX: {name} is not well-formed XML ({exc})", path=self.path) from exc


def _check_signature(data: bytes, path: str) -> None:
    name = path.rsplit("/", 1)[-1].lower()
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError("a legacy Word .doc file or a password-protected .docx; save it as .docx without a "
                         "password", path=path)
    if not data.startswith(b"PK\x03\x04"):
        raise InputError(f"not a DOCX: the file is not a ZIP archive (it starts with {data[:8]!r})", path=path)
    if suffix in _OTHER_FORMATS:
        raise InputError(f"a Word (ZIP) file named {suffix}: rename it to .docx", path=path)


# --- Numbering ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Level:
    """One level of a numbering definition: format, text pattern ("%1.", "(%2)") and start."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


_DEFAULT_LEVELS = {0: Level("decimal", "%1."), 1: Level("lowerLetter", "(%2)"), 2: Level("lowerRoman", "(%3)")}


@dataclass
class Numbering:
    """numId -> levels, style -> numPr, and the running counters that turn them into labels."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)       # abstractNumId -> ilvl -> Level
    abstract_of: dict[str, str] = field(default_factory=dict)               # numId -> abstractNumId
    style_num: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    style_parent: dict[str, str] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def parse(cls, numbering: ET.Element | None, styles: ET.Element | None) -> "Numbering":
        result = cls()
        if numbering is not None:
            for abstract in numbering.iter(W + "abstractNum"):
                levels = {}
                for lvl in abstract.iter(W + "lvl"):
                    ilvl = int(lvl.get(W + "ilvl", "0"))
                    levels[ilvl] = Level(_val(lvl.find(W + "numFmt"), "decimal"),
                                         _val(lvl.find(W + "lvlText"), f"%{ilvl + 1}."),
                                         int(_val(lvl.find(W + "start"), "1") or 1))
                result.levels[abstract.get(W + "abstractNumId", "")] = levels
            for num in numbering.iter(W + "num"):
                result.abstract_of[num.get(W + "numId", "")] = _val(num.find(W + "abstractNumId"), "")
        if styles is not None:
            for style in styles.iter(W + "style"):
                sid = style.get(W + "styleId", "")
                based = style.find(W + "basedOn")
                if based is not None:
                    result.style_parent[sid] = _val(based, "")
                num_pr = style.find(f"{W}pPr/{W}numPr")
                if num_pr is not None:
                    ilvl = num_pr.find(W + "ilvl")
                    result.style_num[sid] = (_val(num_pr.find(W + "numId"), None),
                                             int(_val(ilvl, "0")) if ilvl is not None else None)
        return result

    def label(self, p_pr: ET.Element | None) -> str:
        """The number a paragraph shows ("3.", "(b)", "•"), counting it; "" if it has none."""
        num_id, ilvl = self._num_pr(p_pr)
        if not num_id or num_id == "0":
            return ""
        abstract = self.abstract_of.get(num_id, num_id)
        level = self.levels.get(abstract, {}).get(ilvl) or _DEFAULT_LEVELS.get(ilvl, Level("decimal", f"%{ilvl + 1}."))
        if level.fmt == "bullet":
            return "•"
        counts = self.counters.setdefault(abstract, [0] * 9)
        ilvl = min(ilvl, 8)
        if counts[ilvl] == 0:
            counts[ilvl] = level.start - 1
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        levels = self.levels.get(abstract, {})

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lv = levels.get(k) or _DEFAULT_LEVELS.get(k, Level())
            return _format(counts[k] if counts[k] else lv.start, lv.fmt)

        return re.sub(r"%([1-9])", number, level.text).strip()

    def _num_pr(self, p_pr: ET.Element | None) -> tuple[str | None, int]:
        num_id: str | None = None
        ilvl: int | None = None
        if p_pr is not None:
            num_pr = p_pr.find(W + "numPr")
            if num_pr is not None:
                num_id = _val(num_pr.find(W + "numId"), None)
                found = num_pr.find(W + "ilvl")
                ilvl = int(_val(found, "0")) if found is not None else None
            style = _val(p_pr.find(W + "pStyle"), None)
            seen = set()
            while style and style not in seen and (num_id is None or ilvl is None):
                seen.add(style)
                style_id, style_ilvl = self.style_num.get(style, (None, None))
                num_id = num_id if num_id is not None else style_id
                ilvl = ilvl if ilvl is not None else style_ilvl
                style = self.style_parent.get(style)
        return num_id, ilvl or 0


def _val(element: ET.Element | None, default):
    return element.get(W + "val", default) if element is not None else default


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


# --- Footnotes -----------------------------------------------------------------------------------

def _footnotes(root: ET.Element | None) -> dict[str, ET.Element]:
    """Footnote id -> element, leaving out the separator and continuation notes (they have a w:type)."""
    if root is None:
        return {}
    return {note.get(W + "id", ""): note for note in root.iter(W + "footnote")
            if note.get(W + "type") in (None, "normal")}


# --- Writing -------------------------------------------------------------------------------------

@dataclass
class _Writer:
    """Walks the body in document order; numbers footnotes as Word displays them."""

    numbering: Numbering
    notes: dict[str, ET.Element]
    labels: dict[str, str] = field(default_factory=dict)   # footnote id -> displayed label
    order: list[str] = field(default_factory=list)

    def blocks(self, container: ET.Element) -> Iterator[str]:
        """One string per paragraph (or table row), in order."""
        for child in container:
            if child.tag == W + "p":
                line = self.paragraph(child)
                if line.strip():
                    yield line
            elif child.tag == W + "tbl":
                yield from self.table(child)
            elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
                yield from self.blocks(child)

    def paragraph(self, p: ET.Element, *, in_note: bool = False) -> str:
        label = "" if in_note else self.numbering.label(p.find(W + "pPr"))
        text = _markdown(list(self.runs(p, in_note=in_note))).strip()
        return f"{label} {text}" if label and text else text

    def table(self, tbl: ET.Element) -> Iterator[str]:
        """Rows as Markdown table rows: the text reader keeps figures in tables out of the prose."""
        for tr in tbl.iter(W + "tr"):
            cells = [" ".join(self.paragraph(p) for p in tc.iter(W + "p")).replace("|", "/")
                     for tc in tr.findall(W + "tc")]
            yield "| " + " | ".join(cell.strip() for cell in cells) + " |"

    def runs(self, element: ET.Element, *, in_note: bool) -> Iterator[tuple[str, bool]]:
        """(text, italic) pieces of a paragraph, footnote references turned into markers."""
        for child in element:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == W + "r":
                yield from self.run(child, in_note=in_note)
            elif tag in (W + "hyperlink", W + "ins", W + "smartTag", W + "fldSimple", W + "sdt",
                         W + "sdtContent", W + "customXml", W + "moveTo"):
                yield from self.runs(child, in_note=in_note)

    def run(self, r: ET.Element, *, in_note: bool) -> Iterator[tuple[str, bool]]:
        props = r.find(W + "rPr")
        italic = _on(props, "i")
        raised = _val(props.find(W + "vertAlign") if props is not None else None, "") == "superscript"
        custom, custom_id = False, ""
        for child in r:
            tag = child.tag
            if tag == W + "footnoteReference":
                note_id = child.get(W + "id", "")
                custom = child.get(W + "customMarkFollows") in ("1", "true", "on")
                if not custom:
                    yield self.marker(note_id, None), False
                else:
                    custom_id = note_id
            elif tag == W + "footnoteRef":
                continue  # the mark at the head of a footnote's own text: written by footnote_lines
            elif tag == W + "t":
                text = child.text or ""
                if custom:
                    yield self.marker(custom_id, text.strip()), False
                    custom = False
                elif raised and text.strip().isdigit():
                    yield text.strip().translate(_SUPER), False
                else:
                    yield text, italic
            elif tag in (W + "tab", W + "br", W + "cr", W + "ptab"):
                yield " ", False
            elif tag == W + "noBreakHyphen":
                yield "-", italic

    def marker(self, note_id: str, custom: str | None) -> str:
        """The marker as the text reader reads it: ¹² for a numbered note, [^*] for a custom mark."""
        if note_id not in self.labels:
            self.labels[note_id] = custom or str(sum(1 for k in self.order if self.labels[k].isdigit()) + 1)
            self.order.append(note_id)
        label = self.labels[note_id]
        return label.translate(_SUPER) if label.isdigit() else f"[^{label}]"

    def footnote_lines(self) -> list[str]:
        """Each referenced footnote as one line, in the order Word numbers them."""
        lines = []
        for note_id in self.order:
            note = self.notes.get(note_id)
            if note is None:
                continue
            text = " ".join(self.paragraph(p, in_note=True) for p in note.iter(W + "p")).strip()
            label = self.labels[note_id]
            lines.append(f"{label.translate(_SUPER)} {text}" if label.isdigit() else f"[^{label}]: {text}")
        return lines


def _on(props: ET.Element | None, name: str) -> bool:
    if props is None:
        return False
    element = props.find(W + name)
    return element is not None and element.get(W + "val", "true") not in ("0", "false", "off")


def _markdown(pieces: list[tuple[str, bool]]) -> str:
    """Pieces joined, each italic stretch wrapped in *...* with its outer spaces left outside."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        text, italic = pieces[i]
        if not italic:
            out.append(text)
            i += 1
            continue
        j = i
        while j < len(pieces) and pieces[j][1]:
            j += 1
        span = "".join(t for t, _ in pieces[i:j])
        core = span.strip()
        if core:
            lead = span[: len(span) - len(span.lstrip())]
            trail = span[len(span.rstrip()):]
            out.append(f"{lead}*{core}*{trail}")
        else:
            out.append(span)
        i = j
    return re.sub(r"[ \t\u00a0]{2,}", " ", "".join(out).replace("\n", " "))
