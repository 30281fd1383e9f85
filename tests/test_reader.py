"""Reading UN documents as text: structure, footnotes, markers, page furniture."""
from __future__ import annotations

from pathlib import Path

import pytest

from statclaims.document import read
from statclaims.readers.text import parse

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def seed(seed_path):
    return read(seed_path)


def test_heading_block_is_kept_out_of_the_paragraphs(seed):
    assert "Agenda item 15" in seed.heading
    assert seed.paragraphs[0].label == "pp1"
    assert seed.paragraphs[0].text.startswith("Recalling its resolution 79/194 of 19 December 2024")


def test_preambular_operative_and_sub_paragraph_labels(seed):
    labels = [p.label for p in seed.paragraphs]
    assert labels.count("op1") == 1 and "op74" in labels
    assert "pp59" in labels and "pp60" not in labels
    assert "op70(a)" in labels and "op70(b)" in labels


def test_all_26_footnotes_are_parsed_and_out_of_the_text(seed):
    assert [f.marker for f in seed.footnotes] == [str(n) for n in range(1, 27)]
    assert seed.footnotes[19].text.startswith("International Telecommunication Union, *Measuring Digital Development")
    assert all("Resolutions [56/183]" not in p.text for p in seed.paragraphs)


def test_paragraph_split_by_a_page_break_and_footnotes_is_rejoined(seed):
    op32 = next(p for p in seed.paragraphs if p.label == "op32")
    assert "committing to eliminating, preventing and responding to all forms of violence" in op32.text
    assert [m.label for m in op32.markers] == ["21"]


def test_markdown_links_and_emphasis_read_as_text(seed):
    op26 = next(p for p in seed.paragraphs if p.label == "op26")
    assert op26.text.startswith("Recognizes that, despite recent progress")
    pp1 = seed.paragraphs[0]
    assert "resolution 79/194 of" in pp1.text and "[" not in pp1.text


def test_offsets_map_clean_text_back_to_the_file(seed):
    for paragraph in seed.paragraphs:
        for i, ch in enumerate(paragraph.text):
            if not ch.isspace():
                assert seed.text[paragraph.offsets[i]] == ch


PDF_TEXT = """4. Increased connectivity has been a major goal since the 
Maitland Commission in the 1980s. 3  Since WSIS, the goal has focused on increasing 
connectivity. ITU estimates that 67 per cent of the global population used it, and the 
comparable figure for the least developed countries was 35 per cent, showing how far the 
world remains from universal connectivity.4 GSMA states that 57 per cent of the global 
population accesses the Internet through mobile devices.5 Broadband connectivity remains 
limited in remote areas, and 2 million people 
A/80/62 
E/2025/12  
 
25-06745 4/28 
 
live without it. 
5. In recent years, attention has shifted to the Index48 of meaningful connectivity. 
__________________ 
 3 https://www.itu.int/en/history/Pages/MaitlandReport.aspx. 
 4 https://www.itu.int/en/ITU-D/Statistics/pages/stat/default.aspx. 
 5 https://www.gsma.com/r/somic/. 
"""


def test_pdf_text_layer_markers_headers_and_footnotes():
    doc = parse(PDF_TEXT, document="pdf")
    assert [f.marker for f in doc.footnotes] == ["3", "4", "5"]
    assert doc.footnotes[2].text == "https://www.gsma.com/r/somic/."
    first = doc.paragraphs[0]
    assert first.label == "p4"
    assert [m.label for m in first.markers] == ["3", "4", "5"]
    assert "1980s. Since WSIS" in first.text
    assert "2 million people live without it." in first.text      # rejoined across the running header
    assert "25-06745" not in first.text
    second = doc.paragraphs[1]
    assert second.label == "p5" and "Index of meaningful" in second.text
    assert [m.label for m in second.markers] == ["48"]


def test_unnumbered_documents_get_p_labels():
    doc = parse("First paragraph states a fact.\n\nSecond paragraph states another.\n")
    assert [p.label for p in doc.paragraphs] == ["p1", "p2"]


def test_line_end_hyphenation_and_non_breaking_spaces():
    doc = parse("ODA represents only 0.37 per cent of donor-\ncountry income, or $2.5\u00a0trillion.\n")
    assert doc.paragraphs[0].text == "ODA represents only 0.37 per cent of donor-country income, or $2.5 trillion."


def test_markdown_conversions_other_markers_entities_and_tables():
    text = ("The General Assembly,\n\nNoting that 93&nbsp;per cent of people<sup>4</sup> use it, and 27 per cent^5^ "
            "do not,\n\n| Year | Share |\n|---|---|\n| 2019 | 45.2 |\n\n<sup>4</sup> ITU, *Facts and Figures 2024*."
            "\n\n^5^ See A/80/62.\n")
    doc = parse(text, document="md")
    assert [f.marker for f in doc.footnotes] == ["4", "5"]
    (paragraph,) = doc.paragraphs
    assert paragraph.text == "Noting that 93 per cent of people use it, and 27 per cent do not,"
    assert [m.label for m in paragraph.markers] == ["4", "5"]


def test_bracketed_web_footnote_references():
    doc = parse("In 2020, nine out of ten people in high-income countries used the Internet.[1] In 2023 it rose.\n\n"
                "[1] ITU, Facts and Figures 2023.\n")
    assert [f.marker for f in doc.footnotes] == ["1"]
    assert [m.label for m in doc.paragraphs[0].markers] == ["1"]
    assert "Internet. In 2023" in doc.paragraphs[0].text


def test_a_marker_glued_to_the_next_sentence_is_a_marker_not_part_of_a_word():
    # Text layers often lose the space after a superscript: 'of income. 22In the early ...'.
    doc = parse("An estimated 10 per cent of the population lives with a disability. 22In the early 1990s "
                "it was 5 per cent. Installed capacity rose. 37Gt of carbon dioxide were emitted.\n")
    (paragraph,) = doc.paragraphs
    assert [m.label for m in paragraph.markers] == ["22"]
    assert "a disability. In the early 1990s" in paragraph.text
    assert "37Gt" in paragraph.text   # a unit symbol glued to a figure is not a word


def test_markers_without_footnote_text_after_a_sentence_that_ends_in_a_number_or_a_word():
    # No sentence opens with a numeral: '$23.5 billion. 1 Humanitarian', 'in 2017.2 Some', '60,000.3 The'.
    doc = parse("Requirements peaked at $23.5 billion. 1 Humanitarian organizations responded. Food insecurity was a "
                "key cause in 2017.2 Some 124 million people were food insecure. The figure ranges between 50,000 and "
                "60,000.3 The census found 5,255. Growth was 4.5 per cent. 2 of the 3 sites reported.\n")
    (paragraph,) = doc.paragraphs
    assert [m.label for m in paragraph.markers] == ["1", "2", "3"]
    assert "in 2017. Some 124 million" in paragraph.text and "and 60,000. The census" in paragraph.text
    assert "4.5 per cent. 2 of the 3 sites" in paragraph.text   # a numeral before lower case is not a marker


def test_a_title_printed_above_the_page_header_is_not_part_of_the_paragraph():
    text = ("8. Reaffirm that vaccination could prevent more than\n"
            "_______________\n\n"
            "1 Resolution 70/1.\n\n"
            "Political declaration of the high-level meeting on\n"
            "antimicrobial resistance\n"
            "A/RES/79/2\n\n"
            "3/15\n"
            "24-18680\n\n"
            "750,000 deaths each year in low- and middle-income countries;\n")
    doc = parse(text)
    assert [f.marker for f in doc.footnotes] == ["1"]
    (paragraph,) = doc.paragraphs
    assert paragraph.text == ("Reaffirm that vaccination could prevent more than 750,000 deaths each year in low- "
                              "and middle-income countries;")


def test_a_known_marker_glued_after_a_year_and_a_semicolon():
    doc = parse("5. Note that life expectancy could fall by 2035;3 and that costs could rise by 2050,4 as feared;\n\n"
                "_______________\n\n3 GLG report.\n\n4 World Bank report.\n")
    (paragraph,) = doc.paragraphs
    assert [m.label for m in paragraph.markers] == ["3", "4"]
    assert paragraph.text.endswith("by 2035; and that costs could rise by 2050, as feared;")


def test_a_numbered_line_that_cites_a_work_is_a_footnote_without_a_separator():
    # A text with a paragraph on each line (Markdown made from a resolution): the footnotes follow the paragraph.
    noting = "Noting that a total of 124 States have joined the Convention, 112 as States Parties, following the " \
             "accession of Vanuatu, and 12 as signatories,"
    welcoming = "Welcoming the accession of Vanuatu to the Convention on Cluster Munitions on 5 September 2025, " \
                "making it the 112th State Party effective 1 March 2026,"
    doc = parse(f"{noting}\n\n1 United Nations, Treaty Series, vol. 2515, No. 44910.\n\n"
                f"2 Ibid., vol. 2688, No. 47713.\n\n{welcoming}\n")
    assert [f.marker for f in doc.footnotes] == ["1", "2"]
    assert [p.text for p in doc.paragraphs] == [noting, welcoming]
    doc = parse(f"{noting} 15\n\n15 See CD/2039.\n\n{welcoming}\n")
    assert [f.marker for f in doc.footnotes] == ["15"] and [m.label for m in doc.paragraphs[0].markers] == ["15"]


def test_a_title_between_the_symbol_and_the_page_number_of_a_header_is_not_text():
    text = ("16. Recognize that women have just 25 per \n\n"
            "A/RES/78/3 \n"
            "Political declaration of the General Assembly high-level meeting on \n"
            "pandemic prevention, preparedness and response\n \n"
            "23-20105\n"
            "4/12 \n \n"
            "cent of leadership roles;\n")
    (paragraph,) = parse(text).paragraphs
    assert paragraph.text == "Recognize that women have just 25 per cent of leadership roles;"


def test_lettered_items_of_an_excerpt_are_paragraphs_of_their_own():
    text = ("Targets for the region are set out below:\n"
            "(a) Work towards reducing new infections among children\n"
            "to 1,900 in Asia and the Pacific;\n"
            "(b) Work towards increasing the number of people on treatment\n"
            "to 4.1 million in Asia and the Pacific;\n")
    document = parse(text, document="t")
    assert [(p.label, p.text[:25]) for p in document.paragraphs] == [
        ("p1", "Targets for the region ar"), ("p1(a)", "Work towards reducing new"),
        ("p1(b)", "Work towards increasing t")]


def test_known_markers_set_off_by_spaces_after_a_figure_or_in_sequence_after_a_year():
    doc = parse("5. Some 2.6 billion people15 remain offline, and 733 million people faced hunger in 2023 16 according "
                "to FAO. The number of refugees reached 43.4 million 17 by mid-2024.\n\n"
                "_______________\n\n15 ITU.\n\n16 FAO.\n\n17 UNHCR.\n")
    (paragraph,) = doc.paragraphs
    assert [m.label for m in paragraph.markers] == ["15", "16", "17"]
    assert "in 2023 according to FAO" in paragraph.text and "43.4 million by mid-2024" in paragraph.text


def test_a_count_after_a_year_is_not_a_marker_out_of_sequence():
    doc = parse("5. In 2023 16 countries reported data.\n\n_______________\n\n16 FAO.\n")
    (paragraph,) = doc.paragraphs
    assert paragraph.markers == () or [m.label for m in paragraph.markers] == []
    assert "2023 16 countries" in paragraph.text


def test_the_next_marker_of_the_documents_sequence_after_a_name_or_a_year():
    doc = parse("1. Recalling the Agreement,15\n\n2. Welcomes that the Parties 16 urged developed country Parties to act, "
                "and that in 2023 17 according to FAO hunger rose, while in 2023 18 countries reported data.\n\n"
                "_______________\n\n15 UNFCCC.\n\n16 Ibid.\n\n17 FAO.\n\n18 WFP.\n")
    assert [m.label for m in doc.paragraphs[1].markers] == ["16", "17"]
    assert "in 2023 18 countries" in doc.paragraphs[1].text


def test_a_marker_after_a_closing_quote_and_a_full_stop():
    doc = parse("Laws do not “mandate equal remuneration for work of equal value”.1 In 26 out of those 33 countries "
                "discriminatory laws remain.\n")
    (paragraph,) = doc.paragraphs
    assert [m.label for m in paragraph.markers] == ["1"]
    assert "value”. In 26 out of" in paragraph.text


def test_a_call_out_of_short_lines_ends_at_a_blank_line_before_full_width_text():
    body = ("The use of AI has the potential to impact 40 per cent of global employment. In advanced economies,\n"
            "one third of jobs are vulnerable to AI automation, while around 27 per cent have the potential for\n"
            "AI augmentation, that is, enhancing human capabilities rather than replacing them in the workplace.\n")
    text = "Advanced\neconomies are\nmore exposed\nto AI\n\n" + body
    texts = [p.text for p in parse(text).paragraphs]
    assert texts[0] == "Advanced economies are more exposed to AI"
    assert texts[1].startswith("The use of AI")
