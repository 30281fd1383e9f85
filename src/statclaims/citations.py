"""Citations: a footnote's text -> the works it cites, as source records.

UN footnotes come in a handful of shapes: resolution numbers and document
symbols; a publication whose title is in italics, in quotes, or (in text taken
from a PDF, where italics are lost) bare between the publisher and a
"(Place, Year)" tail; an official record; a web address. Everything below is a
rule over that structure. The only data are organisation names, kept in
vocabulary/organizations.csv so that a new publisher is a new row, not code.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from importlib import resources
from typing import Iterable, Mapping
from urllib.parse import unquote, urlsplit

__all__ = [
    "KINDS",
    "Citation",
    "Organization",
    "Source",
    "cite",
    "merge_sources",
    "organization",
    "organizations",
    "parse_footnote",
    "slugify",
]

KINDS = ("un_resolution", "un_document", "publication", "official_records", "dataset", "other")

_UN = "United Nations"
_DOCS_UN = "https://docs.un.org/en/"
_ID_MAX = 80


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Organization:
    """One publisher, spelled one way, with the other ways it is written."""

    slug: str
    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True)
class Source:
    """One cited work. source_id depends only on the work, so it joins across documents."""

    source_id: str
    kind: str
    publishers: tuple[str, ...]
    title: str | None
    year: int | None
    edition: str | None
    place: str | None
    locator: str | None
    symbols: tuple[str, ...]
    url: str | None
    raw: str
    series: str | None = None

    @property
    def publisher_acronyms(self) -> tuple[str | None, ...]:
        """Acronyms parallel to publishers (None where the vocabulary has none)."""
        return tuple(org.acronym if (org := organization(name)) else None for name in self.publishers)


@dataclass(frozen=True)
class Citation:
    """Link row: one footnote of one document cites one source, at a locator."""

    document: str
    footnote: str
    source_id: str
    locator: str | None


# ---------------------------------------------------------------- vocabulary


@lru_cache(maxsize=1)
def organizations() -> tuple[Organization, ...]:
    """The organisation vocabulary, read once from the package data."""
    path = resources.files(__package__ or "statclaims") / "vocabulary" / "organizations.csv"
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    return tuple(
        Organization(
            slug=row["slug"].strip(),
            name=row["canonical_name"].strip(),
            acronym=row["acronym"].strip() or None,
            aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
            domains=tuple(d.strip().lower() for d in row["domains"].split("|") if d.strip()),
        )
        for row in rows
    )


def _alias_key(text: str) -> str:
    """Apostrophes and spacing vary between sources; names do not."""
    return " ".join(text.replace("\u2019", "'").split())


@lru_cache(maxsize=1)
def _alias_index() -> tuple[re.Pattern[str], dict[str, Organization]]:
    """One regex over every alias, longest first, so the longest name wins."""
    pairs = {_alias_key(a): org for org in organizations() for a in (org.name, org.acronym, *org.aliases) if a}
    names = sorted(pairs, key=len, reverse=True)
    alts = "|".join(re.escape(n).replace("'", "['\u2019]").replace(r"\ ", r"\s+") for n in names)
    pattern = re.compile(rf"(?<![\w-])(?P<alias>{alts})(?![\w-])(?:\s*\((?P<acr>[A-Z][A-Za-z-]{{1,15}})\))?")
    return pattern, pairs


def organization(name: str) -> Organization | None:
    """The vocabulary entry for a name, acronym or alias, if there is one."""
    return _alias_index()[1].get(_alias_key(name))


def _org_spans(text: str) -> list[tuple[int, int, Organization]]:
    pattern, lookup = _alias_index()
    return [(m.start(), m.end(), lookup[_alias_key(m["alias"])]) for m in pattern.finditer(text)]


def _org_for_url(url: str) -> Organization | None:
    """Publisher from the address: the most specific matching domain (desa.un.org over un.org)."""
    try:
        parts = urlsplit(url if "://" in url else "https://" + url)
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return None
    path = parts.path.lower().lstrip("/")
    best: tuple[int, Organization] | None = None
    for org in organizations():
        for domain in org.domains:
            dhost, _, dpath = domain.partition("/")
            if (host == dhost or host.endswith("." + dhost)) and path.startswith(dpath):
                if best is None or len(domain) > best[0]:
                    best = (len(domain), org)
    return best[1] if best else None


# ---------------------------------------------------------------- slugs


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: readable, stable ids."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"['\u2019]", "", plain.lower())
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _cap(slug: str, limit: int = _ID_MAX) -> str:
    """Keep ids readable: cut long slugs at a word boundary."""
    if len(slug) <= limit:
        return slug
    cut = slug[: limit + 1].rsplit("-", 1)[0]
    return cut or slug[:limit]


def _with_year(slug: str, year: int | None) -> str:
    return slug if year is None or str(year) in slug.split("-") else f"{slug}-{year}".strip("-")


# ---------------------------------------------------------------- text clean-up

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_YEAR_RE = re.compile(rf"(?<![\d/.]){_YEAR}(?![\d/])")
_SPACES = re.compile(r"[^\S\n]+")
_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*$")  # matched against the last word only
_HTML_ITALIC = re.compile(r"</?(?:i|em)>", re.I)
_MD_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*)\)")
_ANGLE = re.compile(r"<([^<>\s]+)>")
_URL_TO_END = re.compile(  # an address that ends the footnote may hold spaces (PDF line breaks, file names)
    r"(?:^(?:see\s+)?|[.,;]?\s*(?:Available|Accessible)\s+(?:at|from|online at)\s*:?\s*)"
    r"(?P<url>(?:https?://|www\.)(?:(?!(?-i:\.\s+[A-Z(])|\s\(|\s(?:https?://|www\.))[^;<>\"\u201c\u201d])*?)\s*\.?\s*$",
    re.I,
)
_BARE_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"\u201c\u201d]+|doi:\s?10\.\d{3,9}/[^\s<>\"]+")
_PLACEHOLDER = re.compile("[\ue000-\uf8ff]")  # a masked URL; input characters in this range are dropped
_MAX_URLS = 0xF8FF - 0xE000


def _join_lines(text: str) -> str:
    """Rejoin PDF lines: no space inside a broken URL or after a line-end hyphen."""
    out = ""
    for line in (part.strip() for part in text.split("\n")):
        if not line:
            continue
        if not out:
            out = line
        else:
            out += ("" if _continues(out, line) else " ") + line
    return out


def _continues(before: str, line: str) -> bool:
    """A line break inside an address, or after a hyphen, is not a space."""
    if _URL_TAIL.match(before.rsplit(" ", 1)[-1]):
        return before[-1] in "/-_?=&#%~" or (before[-1] == "." and line[0].islower())
    return before[-1] in "-\u2013" and len(before) > 1 and before[-2].isalnum() and line[0].isalnum()


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _join_lines(_SPACES.sub(" ", _PLACEHOLDER.sub("", text)))
    return _HTML_ITALIC.sub("*", text).strip()


def _url_core(url: str) -> str:
    """An address without the sentence's closing punctuation (a balanced ')' stays)."""
    core = url.rstrip(".,;:*")
    while core.endswith(")") and core.count(")") > core.count("("):
        core = core[:-1].rstrip(".,;:*")
    return core


def _clean_url(url: str) -> str:
    """Undo PDF breaks inside an address and make it usable as written."""
    url = re.sub(r"^doi:\s*", "https://doi.org/", url.strip(), flags=re.I)
    url = _url_core(re.sub(r"(?<=[/\-_.])\s+|\s+(?=[/\-_.])", "", url))
    url = re.sub(r"\s+", "%20", url)
    if url.lower().startswith("www."):
        url = "https://" + url
    return url


def _mask_urls(text: str) -> tuple[str, tuple[str, ...]]:
    """Replace addresses by one private-use character each, so their dots and commas parse as nothing."""
    urls: list[str] = []

    def keep(url: str) -> str:
        if len(urls) >= _MAX_URLS:
            return url
        urls.append(_clean_url(url))
        return chr(0xE000 + len(urls) - 1)

    text = _MD_LINK.sub(lambda m: m[1] + (" " + m[2] if m[2].startswith(("http", "www.")) else ""), text)
    text = _ANGLE.sub(lambda m: m[1], text)
    text = _URL_TO_END.sub(lambda m: " " + keep(m["url"]), text, count=1)

    def bare(m: re.Match[str]) -> str:
        core = _url_core(m[0])
        return keep(core) + m[0][len(core) :]

    return _BARE_URL.sub(bare, text), tuple(urls)


def _split_top(text: str, sep: str, protect: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Split at `sep` outside brackets, italics, quotes and protected spans (organisation names)."""
    guarded = {i for start, end in protect for i in range(start, end)}
    spans, start, depth, italic, quoted = [], 0, 0, False, False
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "*":
            italic = not italic
        elif ch in "\u201c\u201d":
            quoted = ch == "\u201c"
        elif ch == sep and not (depth or italic or quoted or i in guarded):
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


# ---------------------------------------------------------------- UN symbols and resolutions

_SEG = r"(?:[A-Z][A-Za-z]{0,9}(?:\.\d{1,4}[A-Za-z]?)?|\d{1,5}[A-Z]?(?:\s?\([A-Z0-9]{1,8}\))?|(?:S|ES)-\d{1,2})"
_ONE = rf"[A-Z]{{1,8}}(?:\.\d{{1,4}})?(?:/{_SEG}){{2,}}"
_SYMBOL = re.compile(rf"(?<![\w/.\-]){_ONE}(?:-{_ONE})*(?![\w/])")
_NUM = (
    r"(?:(?:S|ES)-\d{1,2}/\d{1,3}|\d{1,4}/\d{1,4}"
    r"|\d{1,4}\s?(?:[A-Z](?:-[A-Z])?\s?)?\((?:[IVXLC]{1,8}|E?S-[IVXLC]{1,6}|" + _YEAR + r")\))"
)
_NUM_RE = re.compile(_NUM)
_OF_DATE = rf"(?:\s+of\s+\d{{1,2}}\s+{_MONTHS}\s+{_YEAR})?"
_RESOLUTION = re.compile(
    r"(?:(?P<body>General Assembly|Economic and Social Council|Security Council|Human Rights Council)\s+)?"
    r"(?P<word>[Rr]esolutions?|[Dd]ecisions?)\s+"
    rf"(?P<list>{_NUM}{_OF_DATE}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_NUM}{_OF_DATE})*)"
)
_JOINT = re.compile(r"\d-(?=[A-Z]+/)")
_SYMBOL_RESOLUTION = re.compile(r"^(?P<organ>A/HRC|A|E|S)/(?P<word>RES|DEC)/(?P<number>.+)$")
_ORGANS = {  # organ -> (symbol prefix, id prefix)
    "A": ("A", "un"),
    "E": ("E", "ecosoc"),
    "S": ("S", "sc"),
    "A/HRC": ("A/HRC", "hrc"),
}
_BODIES = {
    "General Assembly": "A",
    "Economic and Social Council": "E",
    "Security Council": "S",
    "Human Rights Council": "A/HRC",
}


@dataclass(frozen=True)
class _Ref:
    start: int
    end: int
    symbol: str
    kind: str
    source_id: str
    year: int | None


def _symbol_year(symbol: str) -> int | None:
    """E/2025/31, S/2024/12: the year is part of the symbol; A/80/62 carries only a session."""
    years = [int(p) for p in re.split(r"[/()\s-]", symbol) if re.fullmatch(_YEAR, p)]
    return years[0] if years else None


def _resolution_ref(start: int, end: int, number: str, organ: str, word: str) -> _Ref:
    """A resolution or decision number -> its symbol and an id that names organ and number."""
    compact = re.sub(r"\s+", "", number)
    old = re.fullmatch(r"(\d+)(?:[A-Z](?:-[A-Z])?)?\((.+)\)", compact)
    prefix, id_prefix = _ORGANS[organ]
    what = "RES" if word.lower().startswith("res") else "DEC"
    symbol = f"{prefix}/{what}/{old[1]}({old[2]})" if old else f"{prefix}/{what}/{compact}"
    label = "resolution" if what == "RES" else "decision"
    year = int(compact[:4]) if organ == "E" and re.match(_YEAR + "/", compact) else _symbol_year(symbol)
    kind = "un_resolution" if what == "RES" else "un_document"
    return _Ref(start, end, symbol, kind, f"{id_prefix}-{label}-{slugify(number)}", year)


def _organ_for(number: str, body: str | None) -> str:
    """Who adopted it: the named body, else the number's form (2006/46 is ECOSOC, 2334 (2016) the Security Council)."""
    if body:
        return _BODIES[body]
    if re.match(_YEAR + "/", number):
        return "E"
    if re.search(rf"\({_YEAR}\)", number):
        return "S"
    return "A"


def _symbol_ref(m: re.Match[str]) -> _Ref | None:
    symbol = re.sub(r"\s+", "", m[0])
    if not re.search(r"\d", symbol):
        return None
    res = _SYMBOL_RESOLUTION.match(symbol)
    if res and not _JOINT.search(symbol):
        return _resolution_ref(m.start(), m.end(), res["number"], res["organ"], res["word"])
    return _Ref(m.start(), m.end(), symbol, "un_document", slugify(symbol), _symbol_year(symbol))


def _refs(text: str) -> list[_Ref]:
    """Every resolution number and document symbol in the text, in order."""
    refs = [r for m in _SYMBOL.finditer(text) if (r := _symbol_ref(m))]
    for m in _RESOLUTION.finditer(text):
        offset = m.start("list")
        for n in _NUM_RE.finditer(m["list"]):
            organ = _organ_for(n[0], m["body"])
            refs.append(_resolution_ref(offset + n.start(), offset + n.end(), n[0], organ, m["word"]))
    return sorted(refs, key=lambda r: r.start)


def _un_url(symbol: str) -> str:
    """docs.un.org resolves any symbol; a joint symbol (A/80/62-E/2025/12) by its first part."""
    joint = _JOINT.search(symbol)
    return _DOCS_UN + (symbol[: joint.start() + 1] if joint else symbol)


# ---------------------------------------------------------------- titles, tails, locators

_LEAD = re.compile(r"^(?:(?:see also|see|cf\.|for example|e\.g\.|as cited in|quoted in)(?=[\s,:.]|$)[\s,:]*)+", re.I)
_ITALIC = re.compile(r"(?<![\w*])\*{1,2}(?=\S)([^*]+?)(?<=\S)\*{1,2}(?![\w*])")
_QUOTED = re.compile(r"\u201c([^\u201c\u201d]{3,}?)\u201d|(?<![\w\"])\"([^\"]{3,}?)\"(?![\w\"])")
_LOCATOR = re.compile(
    r"^(?:annex(?:es)?|appendi(?:x|ces)|paragraphs?|paras?\.|sections?|sects?\.|chapters?|chaps?\.|figures?|figs?\."
    r"|tables?|box(?:es)?|pages?|pp?\.|volumes?|vols?\.|parts?|enclosures?|articles?|arts?\.|footnotes?|notes?|maps?)"
    r"(?![A-Za-z])",
    re.I,
)
_DATE_ONLY = re.compile(rf"^(?:\d{{1,2}}(?!\d)\s*|{_MONTHS}\.?\s*|[\u2013\-]\s*)*{_YEAR}(?:\s*[\u2013\-]\s*{_YEAR})?$")
_PLACE = re.compile(r"^[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|de|of|la|del|upon|am|sur))*$")
_PUBLISHING = re.compile(r"\b(?:publications?|Publishing|Press|Publishers?)\b")
_TRAILING_YEAR = re.compile(rf"(?:^|,\s*|\s){_YEAR}\s*(?:,|$)")
_PLACE_DATE = re.compile(
    rf",\s*(?P<place>[A-Z][^,\d]*?),\s*(?P<date>(?:\d{{1,2}}\s*)?(?:{_MONTHS}\s*)?"
    rf"(?:[\u2013\-]\s*(?:\d{{1,2}}\s*)?(?:{_MONTHS}\s*)?)?{_YEAR})\s*$"
)
_DOC_NOUN = re.compile(r"^(?:report|note|letter|statement|summary|study|review|resolution|decision)\b", re.I)
_DATASET = re.compile(r"\b(?:database|data\s?set|data portal|data explorer|data hub|dashboard|databank)\b", re.I)
_ORG_WORD = re.compile(
    r"\b(?:Office|Department|Division|Task Force|Commission|Committee|Council|Organi[sz]ation|Fund|Programme|Program"
    r"|Bank|Union|Group|Agency|Institute|Centre|Center|Secretariat|Entity|Forum|Network|Partnership|Alliance"
    r"|Association|Foundation|Panel|Board|Ministry|University|Bureau|Authority|Observatory|Initiative|Facility"
    r"|Coalition|Consortium|Federation|Society|Academy|Corporation)\b"
)
_PREPOSITION = re.compile(r"\s(?:of|for|on|in|to|at|from|with)\s")
_PERSON = re.compile(r"^(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+\s+(?:and others|et al\.?)$")
_OFFICIAL_RECORDS = re.compile(r"^(?:Official\s+)?Records\s+of\b")
_SYMBOL_GROUP = re.compile(r"\(\s*" + _SYMBOL.pattern + r"\s*\)")
_EDITION = re.compile(
    r"\b(?:\d{4}|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|revised|updated)"
    r"\s+(?:edition|ed\.)",
    re.I,
)
_TRAILING_DATE = re.compile(rf"[,(]?\s*(?:\d{{1,2}}\s+)?(?:{_MONTHS}\s+)?(?P<year>{_YEAR})\)?\s*\.?\s*$")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Tail:
    start: int
    end: int
    place: str | None
    publishers: tuple[str, ...]
    year: int | None


@dataclass(frozen=True)
class _Chunk:
    start: int
    end: int
    role: str  # org | person | unknown | rest
    names: tuple[str, ...]


def _strip(text: str) -> str:
    return text.strip(" ,.;:*\u2013-")


def _last_year(text: str) -> int | None:
    years = _YEAR_RE.findall(text)
    return int(years[-1]) if years else None


def _parens(text: str, start: int) -> Iterable[tuple[int, int]]:
    """Top-level (...) groups from `start`, as (open, close+1)."""
    depth, opened = 0, -1
    for i in range(start, len(text)):
        if text[i] == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif text[i] == ")" and depth:
            depth -= 1
            if depth == 0:
                yield opened, i + 1


def _tail(text: str, start: int) -> _Tail | None:
    """The "(Place, Publisher, Date)" group that closes a reference; None if no group parses as one."""
    for open_, close in _parens(text, start):
        parsed = _parse_tail(text[open_ + 1 : close - 1])
        if parsed:
            place, publishers, year = parsed
            return _Tail(open_, close, place, publishers, year)
    return None


def _parse_tail(content: str) -> tuple[str | None, tuple[str, ...], int | None] | None:
    places: list[str] = []
    publishers: list[str] = []
    year, published = None, False
    for part in (_strip(content[a:b]) for a, b in _split_top(content, ",")):
        orgs = _org_spans(part)
        if not part or part.lower().startswith("sales no") or _SYMBOL.fullmatch(part):
            continue
        published = published or bool(_PUBLISHING.search(part))
        if _DATE_ONLY.match(part):
            year = _last_year(part)
        elif orgs:
            rest = _without(part, orgs)
            rest = re.sub(r"\b(?:and|the)\b|&", "", _PUBLISHING.sub("", rest)).strip(" ,.")
            publishers += [part] if rest else [org.name for _, _, org in orgs]
        elif _PUBLISHING.search(part) and part[0].isupper():
            publishers.append(part)
        elif _PLACE.match(part) and len(part.split()) <= 4:
            places.append(part)
        else:
            return None
    if year is None and not published:
        return None
    return (", ".join(places) or None), tuple(publishers), year


def _locator(text: str) -> str | None:
    """What follows a reference, when it points inside the work (annex, figure I.1, para. 7)."""
    text = _SYMBOL_GROUP.sub("", text.split(";", 1)[0].replace("*", ""))
    text = _strip(re.sub(r"[,\s]*\b(?:and|see also|see)\s*$", "", _strip(text), flags=re.I))
    return text if _LOCATOR.match(text) else None


def _without(text: str, spans: Iterable[tuple[int, int, Organization]]) -> str:
    """The text with the organisation names taken out."""
    for start, end, _ in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def _chunks(text: str) -> list[_Chunk]:
    """Comma-separated parts of a publisher prefix, each read as organisation, person, or other text."""
    spans = _org_spans(text)
    chunks: list[_Chunk] = []
    for a, b in _split_top(text, ",", [(s, e) for s, e, _ in spans]):
        part = text[a:b]
        lead = len(part) - len(part.lstrip())
        part = part.strip()
        if not _strip(part):
            continue
        a += lead
        inside = [(s - a, e - a, org) for s, e, org in spans if a <= s and e <= a + len(part)]
        bare = re.sub(r"\b(?:and|the)\b|&", "", _without(part, inside)).strip(" ,.")
        if inside and not bare:
            chunks.append(_Chunk(a, a + len(part), "org", tuple(org.name for _, _, org in inside)))
        elif _PERSON.match(_strip(part)):
            chunks.append(_Chunk(a, a + len(part), "person", (_strip(part),)))
        elif _is_org_name(part):
            chunks.append(_Chunk(a, a + len(part), "unknown", (_strip(part),)))
        elif chunks and chunks[-1].role == "unknown" and _is_name_tail(part):
            prev = chunks[-1]
            chunks[-1] = _Chunk(prev.start, a + len(part), "unknown", (_strip(text[prev.start : a + len(part)]),))
        else:
            chunks.append(_Chunk(a, a + len(part), "rest", ()))
    return chunks


def _is_org_name(part: str) -> bool:
    """Capitalised words with an organisation noun before the first preposition: 'Inter-agency Task Force on ...'."""
    head = _PREPOSITION.split(" " + part + " ", maxsplit=1)[0].split()
    return (
        bool(head)
        and all(w[0].isupper() for w in head)
        and not re.search(r"\d", part)
        and bool(_ORG_WORD.search(" ".join(head)))
    )


def _is_name_tail(part: str) -> bool:
    """'Energy and Finance' after 'Group on Food,': the comma was inside the name."""
    words = part.split()
    return 0 < len(words) <= 4 and part[0].isupper() and not re.search(r"\d", part) and not _ORG_WORD.search(part)


def _leading(chunks: list[_Chunk]) -> list[_Chunk]:
    out = []
    for chunk in chunks:
        if chunk.role == "rest":
            break
        out.append(chunk)
    return out


def _italic_title(text: str) -> _Span | None:
    m = _ITALIC.search(text)
    return _Span(m.start(), m.end(), m[1]) if m and re.search(r"[A-Za-z]{2}", m[1]) else None


def _quoted_title(text: str) -> _Span | None:
    m = _QUOTED.search(text)
    return _Span(m.start(), m.end(), m[1] or m[2]) if m and re.search(r"[A-Za-z]{2}", m[1] or m[2]) else None


def _plain_title(text: str) -> _Span | None:
    """Title without italics or quotes (PDF text): after the publishers, before the tail."""
    tail = _tail(text, 0)
    end = tail.start if tail else len(text)
    chunks = _chunks(text[:end])
    lead = _leading(chunks)
    if len(lead) < len(chunks):
        first = chunks[len(lead)]
    elif len(chunks) > 1 and chunks[-1].role == "unknown" and any(c.role == "org" for c in lead[:-1]):
        first, lead = chunks[-1], lead[:-1]
    else:
        return None
    title = text[first.start : end]
    cut = re.search(r",\s+(?=[a-z])", title)
    title = _strip(title[: cut.start()] if cut else title)
    has_org = any(c.role == "org" for c in lead)
    sure_tail = tail is not None and (tail.place or tail.publishers)
    if not title or _refs(title) or not re.search(r"[A-Za-z]{2}", title):
        return None
    if not (title[0].isupper() or _DOC_NOUN.match(title)):
        return None
    if not (has_org or (lead and tail) or sure_tail or (tail and _DOC_NOUN.match(title))):
        return None
    return _Span(first.start, first.start + len(title), title[0].upper() + title[1:])


def _clean_title(title: str) -> tuple[str, str | None, int | None]:
    """Title without a trailing symbol group; a meeting's 'Place, date' read as place and year."""
    title = _strip(re.sub(_SYMBOL_GROUP.pattern + r"\s*\.?\s*$", "", title.strip()))
    m = _PLACE_DATE.search(title)
    if m and re.search(_MONTHS, m["date"]):
        return title, m["place"].strip(), _last_year(m["date"])
    return title, None, None


def _title_year(title: str) -> int | None:
    """An edition year that ends the title or stands between commas ('Facts and Figures 2024', ', 2025,')."""
    found = [m[0] for m in _TRAILING_YEAR.finditer(title)]
    return _last_year(found[-1]) if found else None


def _id_title(title: str) -> str:
    """The part of a title that names the work: drop the PDF-lost subtitle when the main title carries its year."""
    main, colon, _ = title.partition(":")
    if colon and _YEAR_RE.search(main):
        title = main
    m = _PLACE_DATE.search(title)
    if m and re.search(_MONTHS, m["date"]):
        title = title[: m.start()]
    return re.sub(r"^(?:the|a|an)\s+", "", title.strip(), flags=re.I)


def _publisher_slug(name: str) -> str:
    org = organization(name)
    if org:
        return org.slug
    person = re.match(r"^(.*?)\s+(?:and others|et al\.?)$", name)
    if person:
        return slugify(person[1].split()[-1])
    acronym = re.search(r"\(([A-Z][A-Za-z-]{1,15})\)\s*$", name)
    return slugify(acronym[1]) if acronym else _cap(slugify(name), 40)


def _work_id(publishers: tuple[str, ...], title: str, year: int | None) -> str:
    head = _publisher_slug(publishers[0]) + "-" if publishers else ""
    return _with_year(head + _cap(slugify(_id_title(title))), year)


# ---------------------------------------------------------------- the shapes of a reference


def _titled(text: str, span: _Span, urls: tuple[str, ...], raw: str) -> Source:
    """A work named by its title: publishers before it, a tail and locator after it."""
    chunks = _chunks(text[: span.start])
    publishers = [n for c in chunks if c.role != "rest" for n in c.names]
    series = [_strip(text[c.start : c.end]) for c in chunks if c.role == "rest"]
    tail = _tail(text, span.end)
    if tail:
        series.append(_strip(text[span.end : tail.start]))
        publishers += tail.publishers
    after = text[tail.end :] if tail else text[span.end :]
    title, place, year = _clean_title(span.text)
    refs = _refs(text)
    symbols = tuple(dict.fromkeys(r.symbol for r in refs))
    if not publishers and urls:
        publishers += [org.name for u in urls[:1] if (org := _org_for_url(u))]
    if not publishers and (symbols or title.startswith("Official Records")):
        publishers.append(_UN)  # the United Nations issues its document symbols and its Official Records
    publishers = list(dict.fromkeys(publishers))
    year = (tail.year if tail else None) or year or _title_year(title) or (refs[0].year if refs else None)
    place = (tail.place if tail else None) or place
    if _OFFICIAL_RECORDS.match(title):
        kind = "official_records"
    elif refs:
        kind = refs[0].kind
    else:
        kind = "dataset" if _DATASET.search(title) else "publication"
    source_id = refs[0].source_id if refs else _work_id(tuple(publishers), title, year)
    edition = _EDITION.search(text)
    return Source(
        source_id=source_id,
        kind=kind,
        publishers=tuple(publishers),
        title=title,
        year=year,
        edition=edition[0] if edition else None,
        place=place,
        locator=_locator(after),
        symbols=symbols,
        url=urls[0] if urls else (_un_url(symbols[0]) if symbols else None),
        raw=raw,
        series="; ".join(s for s in series if s) or None,
    )


def _from_refs(text: str, refs: list[_Ref], urls: tuple[str, ...], raw: str) -> tuple[Source, ...]:
    """Resolutions and document symbols: one source each, locator from the words after each."""
    out = []
    for i, ref in enumerate(refs):
        following = text[ref.end : refs[i + 1].start if i + 1 < len(refs) else len(text)]
        out.append(
            Source(
                source_id=ref.source_id,
                kind=ref.kind,
                publishers=(_UN,),
                title=None,
                year=ref.year,
                edition=None,
                place=None,
                locator=_locator(following),
                symbols=(ref.symbol,),
                url=urls[0] if urls and len(refs) == 1 else _un_url(ref.symbol),
                raw=raw,
            )
        )
    return tuple(out)


_NOISE_SEGMENTS = {"pages", "default", "index", "home", "sites", "wp-content", "uploads", "files"}
_DATA_SEGMENTS = {"statistics", "stats", "stat", "data", "database", "dataset", "datasets", "indicators", "dashboard"}


def _url_source(url: str, raw: str) -> Source:
    """A bare address: publisher from its domain, id from its path."""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = urlsplit("")
    host = (parts.netloc or "").lower().removeprefix("www.")
    segments = [unquote(s) for s in parts.path.split("/") if s]
    ext = segments[-1].rsplit(".", 1)[1].lower() if segments and "." in segments[-1] else ""
    if ext:
        segments[-1] = segments[-1].rsplit(".", 1)[0]
    words = [
        slugify(re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)", " ", s))
        for s in segments
        if s.lower() not in _NOISE_SEGMENTS and not re.fullmatch(r"[a-z]{2}", s)
    ]
    path = ""
    for word in reversed([w for w in words if w]):
        if path and len(word) + len(path) + 1 > _ID_MAX:
            break
        path = _cap(f"{word}-{path}".strip("-"))
    org = _org_for_url(url)
    head = org.slug if org else slugify(host)
    if ext in {"pdf", "doc", "docx"} or host == "doi.org":
        kind = "publication"
    elif host.startswith("data.") or {s.lower() for s in segments} & _DATA_SEGMENTS:
        kind = "dataset"
    else:
        kind = "other"
    source_id = f"{head}-{path}".strip("-") or "url-" + hashlib.sha1(url.encode()).hexdigest()[:10]
    return Source(source_id, kind, (org.name,) if org else (), None, None, None, None, None, (), url, raw)


def _fallback(text: str, urls: tuple[str, ...], raw: str) -> Source:
    """No title, symbol or address: keep who and when if they can be read, and an id from the words."""
    chunks = _chunks(text)
    publishers = [n for c in _leading(chunks) for n in c.names if c.role in {"org", "unknown"}]
    if not publishers:
        publishers = [org.name for _, _, org in _org_spans(text)]
    if not publishers and urls:
        publishers = [org.name for org in [_org_for_url(urls[0])] if org]
    date = _TRAILING_DATE.search(text)
    year = int(date["year"]) if date else None
    words = text[: date.start()] if date else text
    for start, end, org in reversed(_org_spans(words)):
        words = words[:start] + " " + org.slug + " " + words[end:]
    slug = _with_year(_cap(slugify(words)), year) if slugify(words) else ""
    digest = hashlib.sha1(" ".join(raw.split()).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return Source(
        source_id=slug or f"other-{digest}",
        kind="other",
        publishers=tuple(dict.fromkeys(publishers)),
        title=None,
        year=year,
        edition=None,
        place=None,
        locator=None,
        symbols=(),
        url=urls[0] if urls else None,
        raw=raw,
    )


def _restore(source: Source, urls: tuple[str, ...]) -> Source:
    """Put back any address that ended up inside a title, series or locator."""

    def back(value: str | None) -> str | None:
        return _PLACEHOLDER.sub(lambda m: urls[ord(m[0]) - 0xE000], value) if value else value

    return replace(source, title=back(source.title), series=back(source.series), locator=back(source.locator))


def _parse_segment(segment: str, urls: tuple[str, ...]) -> tuple[Source, ...]:
    body = _LEAD.sub("", segment.strip())
    own = tuple(urls[ord(c) - 0xE000] for c in _PLACEHOLDER.findall(body))
    text = _PLACEHOLDER.sub("", body).strip()
    span = _italic_title(text) or _quoted_title(text) or _plain_title(text)
    if span:
        return (_titled(text, span, own, segment),)
    refs = _refs(text)
    if refs:
        return _from_refs(text, refs, own, segment)
    if own and not re.search(r"\w", text):
        return tuple(_url_source(u, segment) for u in own)
    return (_fallback(text, own, segment),)


def _substantial(source: Source) -> bool:
    return source.kind != "other" or bool(source.publishers or source.url)


def parse_footnote(text: str) -> tuple[Source, ...]:
    """Parse one footnote's text into the works it cites.

    Markdown links and italics and PDF line breaks may be present; the marker is not.
    Never raises on a string: what cannot be read is one Source of kind 'other'.
    """
    masked, urls = _mask_urls(_normalise(text))
    found: list[Source] = []
    for start, end in _split_top(masked, ";"):
        found += [s for s in _parse_segment(masked[start:end], urls) if _substantial(s)]
    if not found:
        found = [_fallback(_PLACEHOLDER.sub("", _LEAD.sub("", masked)).strip(), urls, text)]
    unique = {(s.source_id, s.locator): replace(_restore(s, urls), raw=text) for s in found}
    return tuple(unique.values())


# ---------------------------------------------------------------- documents

_IBID = re.compile(r"^\s*(?:ibid|ibidem)\.?,?\s*(?P<rest>.*)$", re.I | re.S)


def _marker_key(marker: str) -> tuple[int, int, str]:
    digits = unicodedata.normalize("NFKC", marker).strip()
    return (0, int(digits), marker) if digits.isdigit() and digits.isascii() else (1, 0, marker)


def _filled(source: Source) -> int:
    return sum(1 for f in fields(source) if getattr(source, f.name) not in (None, (), ""))


def _unique(sources: Iterable[Source]) -> tuple[Source, ...]:
    """One record per source_id: the fullest (then textually smallest) one, whatever the input order.

    A locator belongs to a citation, not to the work, so the shared record has none.
    """
    best: dict[str, Source] = {}
    for source in sources:
        source = replace(source, locator=None)
        held = best.get(source.source_id)
        if held is None or (-_filled(source), repr(source)) < (-_filled(held), repr(held)):
            best[source.source_id] = source
    return tuple(best[key] for key in sorted(best))


def cite(document: str, footnotes: Mapping[str, str]) -> tuple[tuple[Source, ...], tuple[Citation, ...]]:
    """All footnotes of one document -> (unique sources sorted by source_id, citation rows in marker order).

    "Ibid." cites what the footnote before it cited.
    """
    sources: list[Source] = []
    rows: list[Citation] = []
    previous: tuple[Source, ...] = ()
    for marker in sorted(footnotes, key=_marker_key):
        text = footnotes[marker]
        ibid = _IBID.match(text)
        if ibid and previous:
            locator = _locator(ibid["rest"])
            parsed = tuple(replace(s, locator=locator or s.locator) for s in previous)
        else:
            parsed = parse_footnote(text)
        previous = parsed
        sources += parsed
        rows += dict.fromkeys(Citation(document, marker, s.source_id, s.locator) for s in parsed)
    return _unique(sources), tuple(rows)


def merge_sources(*groups: Iterable[Source]) -> tuple[Source, ...]:
    """Unique by source_id across documents, sorted by source_id, independent of the order given."""
    return _unique(s for group in groups for s in group)
