"""Reading UN PDFs: markers by size and rise, footnote areas, page furniture, columns, bad files.

Small PDFs are written by hand here (a few text operators are enough to place a superscript or a
running header exactly); the corpus PDFs under data/corpus are read once per session.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from statclaims import citations
from statclaims.claims import extract_document
from statclaims.document import Document
from statclaims.errors import InputError
from statclaims.readers import pdf

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "data" / "corpus"
SHARED = Path(__file__).parent / "data" / "shared"


# --- PDFs written by hand ----------------------------------------------------------------------

def make_pdf(pages: list[str], *, extra: list[bytes] = (), trailer: bytes = b"", xobject: bytes = b"") -> bytes:
    """A minimal PDF: one content stream per page, Times-Roman as /F1; extra objects follow the pages."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"]
    kids = []
    for content in pages:
        stream = content.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> %s >> >>" % (len(objects), xobject))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    objects.extend(extra)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def line(x: float, y: float, size: float, *parts: str | tuple[str, float, float]) -> str:
    """One line of text; a part (text, size, rise) is set smaller and raised, like a footnote marker."""
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = [f"BT /F1 {size} Tf {x} {y} Td"]
    for part in parts:
        if isinstance(part, tuple):
            text, small, rise = part
            ops.append(f"/F1 {small} Tf {rise} Ts ({esc(text)}) Tj /F1 {size} Tf 0 Ts")
        else:
            ops.append(f"({esc(part)}) Tj")
    return " ".join(ops + ["ET"])


def sup(marker: str) -> tuple[str, float, float]:
    return marker, 6.5, 3.5


def note(y: float, marker: str, text: str) -> str:
    return line(90, y, 8.5, (marker, 5.5, 3), " " + text)


def report_pages() -> list[str]:
    """Two pages of a UN report: running header and footer, footnotes, a paragraph across the break."""
    header = [line(480, 750, 8.5, "E/2099/1"), line(72, 740, 8.5, "99-12345 {page}/3")]
    first = header + [
        line(72, 700, 10, "1. Some 2.6 billion", sup("3"), " people remained offline, and the Global Index", sup("48")),
        line(72, 688, 10, "rose by 12 per cent in 2024. The share of donor-"),
        line(72, 676, 10, "country aid grew to 65 per cent."),
        line(72, 664, 10, "2. Over 40 per cent of schools were connected in 2023, up from"),
        line(72, 150, 8, "__________________"),
        note(136, "3", "See ITU, Facts and Figures 2024."),
        note(126, "48", "ITU, Global Cybersecurity Index 2024 (Geneva,"),
        line(100, 116, 8.5, "2024)."),
        line(72, 50, 8.5, "99-12345"),
    ]
    second = header + [
        line(72, 700, 10, "25 per cent in 2015.", sup("49")),
        line(72, 688, 10, "3. Mobile broadband covers 92 per cent of the population."),
        line(72, 150, 8, "__________________"),
        note(136, "49", "UNESCO, Global Education Monitoring Report 2024."),
        line(72, 50, 8.5, "99-12345"),
    ]
    return ["\n".join(first).replace("{page}", "2"), "\n".join(second).replace("{page}", "3")]


@pytest.fixture(scope="module")
def report() -> Document:
    return pdf.read(make_pdf(report_pages()), path="report.pdf", document="report")


def paragraph(doc: Document, start: str):
    return next(p for p in doc.paragraphs if p.text.startswith(start))


def test_superscript_markers_are_read_by_size_and_rise_never_as_digits(report):
    assert "2.6 billion³ people" in report.text and "Global Index⁴⁸\n" in report.text
    first = paragraph(report, "Some 2.6 billion people")
    assert [m.label for m in first.markers] == ["3", "48"]
    figures = {c.value_text: c for c in extract_document(report)}
    assert figures["2.6 billion"].value == 2.6e9 and figures["2.6 billion"].footnote == "3"
    assert not any(c.value in (3, 48, 49) for c in figures.values())


def test_footnote_area_becomes_footnotes_one_a_line(report):
    assert [f.marker for f in report.footnotes] == ["3", "48", "49"]
    assert report.footnote_texts()["48"] == "ITU, Global Cybersecurity Index 2024 (Geneva, 2024)."
    assert "__________________\n³ See ITU, Facts and Figures 2024.\n" in report.text


def test_running_headers_and_footers_are_dropped(report):
    assert "99-12345" not in report.text and "E/2099/1" not in report.text


def test_paragraph_split_by_a_page_break_and_its_footnotes_is_rejoined(report):
    second = paragraph(report, "Over 40 per cent")
    assert second.text == "Over 40 per cent of schools were connected in 2023, up from 25 per cent in 2015."
    assert [m.label for m in second.markers] == ["49"]
    assert [p.label for p in report.paragraphs] == ["p1", "p2", "p3"]


def test_word_hyphenated_at_a_line_end_is_one_word(report):
    assert "The share of donor-country aid grew to 65 per cent." in paragraph(report, "Some").text


def test_offsets_point_into_the_extracted_text(report):
    assert report.text == pdf.extract_text(make_pdf(report_pages()), "report.pdf")
    for claim in extract_document(report):
        assert report.text[claim.start:claim.end] == claim.value_text


def test_side_column_and_chart_labels_stay_out_of_the_text():
    page = "\n".join([
        line(72, 700, 10, "Around 13 per cent were headquartered in China, up"),
        line(72, 688, 10, "from 2 per cent 10 years before, and none of the top"),
        line(72, 676, 10, "100 investors are from developing countries."),
        line(420, 700, 11, "Market"), line(420, 688, 11, "dominance"), line(420, 676, 11, "may widen"),
        line(72, 600, 8, "3.86"), line(72, 588, 8, "2019  2025"),
    ])
    doc = pdf.read(make_pdf([page]), path="side.pdf", document="side")
    texts = [p.text for p in doc.paragraphs]
    assert ("Around 13 per cent were headquartered in China, up from 2 per cent 10 years before, and none of "
            "the top 100 investors are from developing countries.") in texts
    assert "Market dominance may widen" in " ".join(texts)
    assert "3.86" not in doc.text and "2019" not in doc.text


# --- The corpus PDFs ---------------------------------------------------------------------------

def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def recall_script():
    return _load_script("pdf_recall")


@pytest.fixture(scope="session")
def corpus_pdf(recall_script):
    """stem -> the Document of data/corpus/<stem>.pdf, each read once per session."""
    return recall_script.pdf_reader_for(CORPUS)


def test_pdfs_find_the_gold_claims_of_the_passages_cut_from_them(recall_script, corpus_pdf):
    result = recall_script.measure(SHARED / "gold", SHARED / "corpus", corpus_pdf)
    assert len(result["passages"]) == 10 and all(r["region_found"] for r in result["passages"])
    pdf_side, text_side = result["totals"]["pdf"], result["totals"]["text"]
    missed = [q for r in result["passages"] for q in r["pdf"]["missed"] + r["pdf"]["not_located"]]
    assert pdf_side["recall"] >= 0.95, missed
    assert pdf_side["junk"] <= text_side["junk"], [r["pdf"]["junk_examples"] for r in result["passages"]]


@pytest.mark.parametrize("stem,numbered,starred", [("a_80_62", 83, ["*", "**"]), ("e_2025_8", 43, ["*"])])
def test_every_footnote_of_the_pdf_is_parsed_and_cited(corpus_pdf, stem, numbered, starred):
    doc = corpus_pdf(stem)
    markers = [f.marker for f in doc.footnotes]
    assert sorted(m for m in markers if not m.isdigit()) == starred
    assert [m for m in markers if m.isdigit()] == [str(n) for n in range(1, numbered + 1)]
    _, links = citations.cite(doc.id, doc.footnote_texts())
    assert {link.footnote for link in links} == set(markers)
    marked = {m.label for p in doc.paragraphs for m in p.markers}
    assert {str(n) for n in range(1, numbered + 1)} <= marked


def test_markers_and_page_breaks_of_a_un_report(corpus_pdf):
    doc = corpus_pdf("e_2025_8")
    assert "met or exceeded this target in 2023.¹⁷\nODA to the least" in doc.text
    p16 = paragraph(doc, "Despite reaching a record high")
    assert p16.label == "p16" and [m.label for m in p16.markers] == ["17", "18"]
    p17 = paragraph(doc, "There has also been a significant shift")
    assert "including in-donor country refugee costs, and away from" in p17.text
    assert not re.search(r"\b25-00041\b|\b\d{1,2}/20\b", " ".join(p.text for p in doc.paragraphs))
    for claim in extract_document(doc):
        assert doc.text[claim.start:claim.end] == claim.value_text


def test_numbered_paragraphs_run_on_through_a_whole_report(corpus_pdf):
    labels = [p.label for p in corpus_pdf("a_80_81").paragraphs]
    numbers = [int(label[1:]) for label in labels if re.fullmatch(r"p\d+", label)]
    assert sorted(set(numbers))[-1] == 163 and len(set(numbers)) == 163


def test_side_column_of_an_indesign_report_is_a_paragraph_of_its_own(corpus_pdf):
    texts = [p.text for p in corpus_pdf("unctad_tir_2025_overview").paragraphs]
    text = next(t for t in texts if t.startswith("There is also a significant concentration"))
    assert "the United States has around one third of the top 500 supercomputers and more than half" in text
    assert "divide exists" not in text and "may widen" not in text
    assert any(t.startswith("A wide AI divide exists between developed and developing countries") for t in texts)
    assert any(t.startswith("Market dominance may widen technological divides") for t in texts)


# --- Bad input ---------------------------------------------------------------------------------

def _error(data: bytes, path: str) -> str:
    with pytest.raises(InputError) as caught:
        pdf.read(data, path=path, document="bad")
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def test_scanned_pdf_without_a_text_layer():
    image = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray " \
            b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
    data = make_pdf(["q 500 0 0 700 50 50 cm /Im1 Do Q"], extra=[image], xobject=b"/XObject << /Im1 6 0 R >>")
    assert "no text layer" in _error(data, "scan.pdf")


def test_encrypted_pdf():
    standard = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -44 >>"
    data = make_pdf([line(72, 700, 10, "12 per cent")], extra=[standard],
                    trailer=b"/Encrypt 6 0 R /ID [<" + b"ab" * 16 + b"> <" + b"ab" * 16 + b">] ")
    assert "encrypted PDF" in _error(data, "secret.pdf")


def test_truncated_pdf():
    data = (CORPUS / "e_2025_8.pdf").read_bytes()
    assert "truncated PDF" in _error(data[: len(data) // 2], "e_2025_8.pdf")


def test_damaged_pdf():
    assert "damaged PDF" in _error(b"%PDF-1.7\n" + b"\x00garbage" * 50 + b"\n%%EOF\n", "damaged.pdf")


def test_file_named_pdf_that_is_text():
    assert "not a PDF" in _error("20 per cent of people\n".encode(), "report.pdf")


def test_pdf_named_as_text():
    assert "rename it to .pdf" in _error(make_pdf([line(72, 700, 10, "12 per cent")]), "report.txt")
