"""Reading Word files: numbering, footnote references and footnotes, italics, tables, bad files.

The .docx files are built here with zipfile from WordprocessingML written by hand, the seed's
among them: its paragraphs with Word numbering and its footnotes in word/footnotes.xml.
"""
from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

import pytest

from statclaims.claims import extract_document
from statclaims.document import Document, read
from statclaims.errors import InputError
from statclaims.readers import docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DECIMAL_THEN_LETTERS = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')


def make_docx(body: str, *, footnotes: str | None = None, numbering: str | None = None,
              styles: str | None = None) -> bytes:
    """A .docx: the body's paragraphs, and the footnotes, numbering and styles parts when given."""
    def part(root: str, content: str) -> str:
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{root} xmlns:w="{W_NS}">{content}</w:{root}>'

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument"/></Relationships>')
        z.writestr("word/document.xml", part("document", f"<w:body>{body}<w:sectPr/></w:body>"))
        separators = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                      '</w:r></w:p></w:footnote>')
        if footnotes is not None:
            z.writestr("word/footnotes.xml", part("footnotes", separators + footnotes))
        if numbering is not None:
            z.writestr("word/numbering.xml", part("numbering", numbering))
        if styles is not None:
            z.writestr("word/styles.xml", part("styles", styles))
    return out.getvalue()


def run(text: str, *, italic: bool = False) -> str:
    props = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def ref(note_id: int) -> str:
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'


def para(*runs: str, num: tuple[int, int] | None = None, style: str | None = None) -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{''.join(runs)}</w:p>"


def footnote(note_id: int, markdown: str) -> str:
    """A footnote's XML: its own mark, a tab, then its text with [links](#) as text and *italics*."""
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    runs = "".join(run(piece, italic=i % 2 == 1) for i, piece in enumerate(plain.split("*")) if piece)
    return (f'<w:footnote w:id="{note_id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:tab/></w:r>{runs}</w:p></w:footnote>')


def seed_docx(seed: Document) -> bytes:
    """The seed as Word holds it: heading lines, preambular paragraphs, operative paragraphs numbered
    by Word (1., (a)) with their verb in italics, footnote references whose ids are not the
    numbers shown, and the footnotes in their own part."""
    note_id = {f.marker: 100 - int(f.marker) for f in seed.footnotes}
    body = [para(run(line.replace("**", "").strip())) for line in seed.heading.splitlines() if line.strip()]
    referenced: set[str] = set()
    for p in seed.paragraphs:
        numbered = re.fullmatch(r"op\d+(\(\w+\))?", p.label)
        verb = re.match(r"\S+", p.text) if numbered and not numbered.group(1) else None
        runs, last = [], 0
        if verb:
            runs.append(run(verb.group(), italic=True))
            last = verb.end()
        for marker in p.markers:
            runs.append(run(p.text[last:marker.position]))
            # A marker read twice was text the first time round ("15 December 2025"): keep it as text.
            runs.append(run(marker.label + " ") if marker.label in referenced else ref(note_id[marker.label]))
            referenced.add(marker.label)
            last = marker.position
        runs.append(run(p.text[last:]))
        body.append(para(*runs, num=(1, 1 if numbered.group(1) else 0) if numbered else None))
    notes = "".join(footnote(note_id[f.marker], f.text) for f in seed.footnotes)
    return make_docx("".join(body), footnotes=notes, numbering=DECIMAL_THEN_LETTERS)


@pytest.fixture(scope="module")
def seed(seed_path) -> Document:
    return read(seed_path)


@pytest.fixture(scope="module")
def seed_from_word(seed) -> Document:
    return docx.read(seed_docx(seed), path="a_res_80_118.docx", document="a_res_80_118")


def test_a_docx_of_the_seed_yields_the_claims_of_its_text(seed, seed_from_word):
    def key(claim):
        return claim.value_text, claim.value, claim.unit, claim.footnote, claim.population

    expected = [key(c) for c in extract_document(seed)]
    assert len(expected) == 9
    assert [key(c) for c in extract_document(seed_from_word)] == expected


def test_a_docx_of_the_seed_has_its_paragraphs_and_footnotes(seed, seed_from_word):
    assert [p.label for p in seed_from_word.paragraphs] == [p.label for p in seed.paragraphs]
    assert [p.text for p in seed_from_word.paragraphs] == [p.text for p in seed.paragraphs]
    assert [f.marker for f in seed_from_word.footnotes] == [str(n) for n in range(1, 27)]
    assert seed_from_word.footnote_texts()["20"].startswith(
        "International Telecommunication Union, *Measuring Digital Development")
    assert "\n70. *Calls* upon Member States" in seed_from_word.text
    assert "\n(a) Enhancing the ability" in seed_from_word.text


def test_footnotes_are_numbered_in_the_order_they_are_referenced_not_by_id():
    body = para(run("Some 68 per cent of people used the Internet in 2024."), ref(9),
                run(" Some 2.6 billion remained offline."), ref(4))
    notes = footnote(4, "ITU, *Facts and Figures 2024*.") + footnote(9, "ITU, Measuring Digital Development.")
    doc = docx.read(make_docx(body, footnotes=notes), path="notes.docx", document="notes")
    assert doc.footnote_texts() == {"1": "ITU, Measuring Digital Development.", "2": "ITU, *Facts and Figures 2024*."}
    assert {c.value_text: c.footnote for c in extract_document(doc)} == {"68 per cent": "1", "2.6 billion": "2"}


def test_custom_footnote_mark():
    body = para(run("Item 10 of the provisional agenda"),
                '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="5"/><w:t>*</w:t></w:r>')
    doc = docx.read(make_docx(body, footnotes=footnote(5, "E/2025/1.")), path="star.docx", document="star")
    assert doc.footnote_texts() == {"*": "E/2025/1."}
    assert doc.paragraphs[0].text == "Item 10 of the provisional agenda"


def test_numbering_from_a_style_with_its_start_and_sub_levels():
    numbering = ('<w:abstractNum w:abstractNumId="7">'
                 '<w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>')
    styles = ('<w:style w:styleId="SingleTxt"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
              '<w:style w:styleId="Para"><w:basedOn w:val="SingleTxt"/></w:style>')
    body = (para(run("First paragraph."), style="Para")
            + para(run("Calls upon States:"), style="SingleTxt")
            + para(run("To act;"), num=(3, 1)) + para(run("To report;"), num=(3, 1))
            + para(run("Decides to remain seized of the matter."), style="Para")
            + para(run("To act again."), num=(3, 1)))
    text = docx.extract_text(make_docx(body, numbering=numbering, styles=styles), "numbered.docx")
    assert text.split("\n\n") == ["5. First paragraph.", "6. Calls upon States:", "(a) To act;", "(b) To report;",
                                  "7. Decides to remain seized of the matter.", "(a) To act again.\n"]


def test_tables_are_markdown_rows_that_the_text_reader_leaves_out():
    cell = "<w:tc>{}</w:tc>".format
    table = ("<w:tbl>" + "<w:tr>" + cell(para(run("Region"))) + cell(para(run("Share"))) + "</w:tr>"
             + "<w:tr>" + cell(para(run("Africa"))) + cell(para(run("38 per cent"))) + "</w:tr></w:tbl>")
    body = para(run("Some 68 per cent of people are online.")) + table
    doc = docx.read(make_docx(body), path="table.docx", document="table")
    assert "| Africa | 38 per cent |" in doc.text
    assert [c.value_text for c in extract_document(doc)] == ["68 per cent"]


def test_deletions_and_field_codes_are_not_text_insertions_are():
    body = para(run("Some "), '<w:del><w:r><w:delText>70</w:delText></w:r></w:del>',
                '<w:ins><w:r><w:t>68</w:t></w:r></w:ins>', run(" per cent"),
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE 12 </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>', run(" of people are online."))
    doc = docx.read(make_docx(body), path="tracked.docx", document="tracked")
    assert doc.paragraphs[0].text == "Some 68 per cent of people are online."


# --- Bad input ---------------------------------------------------------------------------------

def _error(data: bytes, path: str) -> str:
    with pytest.raises(InputError) as caught:
        docx.read(data, path=path, document="bad")
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def test_text_named_docx():
    assert "not a DOCX" in _error("20 per cent of people\n".encode(), "report.docx")


def test_truncated_docx():
    data = make_docx(para(run("Some 68 per cent of people are online. " * 200)))
    assert "truncated" in _error(data[: len(data) // 2], "report.docx")


def test_zip_that_is_not_a_word_file():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("data.csv", "a,b\n")
    assert "not a Word document" in _error(out.getvalue(), "data.docx")


def test_word_file_with_broken_xml():
    data = make_docx(para(run("Some 68 per cent")).replace("</w:p>", ""))
    assert "not well-formed XML" in _error(data, "broken.docx")


def test_legacy_doc_or_password_protected_docx():
    assert "legacy Word .doc" in _error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old.docx")


def test_docx_named_as_text():
    assert "rename it to .docx" in _error(make_docx(para(run("Some 68 per cent"))), "report.txt")


def test_docx_without_text():
    assert "no text" in _error(make_docx(para()), "empty.docx")
