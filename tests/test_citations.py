"""Tests for statclaims.citations: footnote text -> source records.

Footnote texts are copied from the shared corpus (A/RES/80/118 and PDF text of
A/80/62, E/2025/8 and the UNCTAD Technology and Innovation Report 2025) as literals.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from statclaims.citations import (
    KINDS,
    Citation,
    Source,
    cite,
    merge_sources,
    organization,
    organizations,
    parse_footnote,
    slugify,
)

UN = "United Nations"
ITU = "International Telecommunication Union"
DESA = "United Nations Department of Economic and Social Affairs"
OHRLLS = (
    "Office of the High Representative for the Least Developed Countries, "
    "Landlocked Developing Countries and Small Island Developing States"
)
OECD = "Organisation for Economic Co-operation and Development"
ITU_STATS = "https://www.itu.int/en/ITU-D/Statistics/pages/stat/default.aspx"


def record(source: Source) -> dict[str, object]:
    """The fields a test pins down (raw and url are checked separately where they matter)."""
    return {
        "source_id": source.source_id,
        "kind": source.kind,
        "publishers": source.publishers,
        "title": source.title,
        "year": source.year,
        "place": source.place,
        "locator": source.locator,
        "symbols": source.symbols,
    }


def expect(source_id, kind, publishers=(UN,), title=None, year=None, place=None, locator=None, symbols=()):
    return {
        "source_id": source_id,
        "kind": kind,
        "publishers": tuple(publishers),
        "title": title,
        "year": year,
        "place": place,
        "locator": locator,
        "symbols": tuple(symbols),
    }


def resolution(number: str, locator: str | None = None) -> dict[str, object]:
    """A General Assembly resolution as cited by number."""
    return expect(
        f"un-resolution-{number.replace('/', '-')}",
        "un_resolution",
        locator=locator,
        symbols=[f"A/RES/{number}"],
    )


def ecosoc(number: str) -> dict[str, object]:
    return expect(
        f"ecosoc-resolution-{number.replace('/', '-')}",
        "un_resolution",
        year=int(number[:4]),
        symbols=[f"E/RES/{number}"],
    )


def document(symbol: str, year: int | None = None, locator: str | None = None) -> dict[str, object]:
    slug = symbol.lower().replace("/", "-").replace(".", "-")
    return expect(slug, "un_document", year=year, locator=locator, symbols=[symbol])


# ---------------------------------------------------------------- A/RES/80/118, all 26 footnotes

SEED_1 = (
    "Resolutions [56/183](#), [57/238](#), [59/220](#), [60/252](#), [62/182](#), [63/202](#), [64/187](#), "
    "[65/141](#), [66/184](#), [67/195](#), [68/198](#), [69/204](#), [70/184](#), [71/212](#), [72/200](#), "
    "[73/218](#), [74/197](#), [75/202](#), [76/189](#), [77/150](#) and [78/132](#)."
)
SEED_1_NUMBERS = (
    "56/183 57/238 59/220 60/252 62/182 63/202 64/187 65/141 66/184 67/195 68/198 "
    "69/204 70/184 71/212 72/200 73/218 74/197 75/202 76/189 77/150 78/132"
).split()
SEED_2 = (
    "Economic and Social Council resolutions 2006/46, 2008/3, 2009/7, 2010/2, 2011/16, [2012/5](#), [2013/9](#), "
    "[2014/27](#), [2015/26](#), [2016/22](#), [2017/21](#), [2018/28](#), [2019/24](#), [2020/12](#), [2021/28](#), "
    "[2022/15](#), [2023/3](#) and [2024/13](#)."
)
SEED_2_NUMBERS = (
    "2006/46 2008/3 2009/7 2010/2 2011/16 2012/5 2013/9 2014/27 2015/26 2016/22 2017/21 2018/28 "
    "2019/24 2020/12 2021/28 2022/15 2023/3 2024/13"
).split()

SEED = {
    "1": SEED_1,
    "2": SEED_2,
    "3": "General Assembly resolution 69/313, annex.",
    "4": "*Financing for Sustainable Development Report 2024* (United Nations publication, 2024), figure I.1.",
    "5": "Resolution 71/256, annex.",
    "6": "See A/C.2/59/3, annex.",
    "7": "See resolution 59/220.",
    "8": "See A/60/687.",
    "9": "See resolution 60/252.",
    "10": "Resolution [70/125](#).",
    "11": "[A/80/62-E/2025/12](#).",
    "12": "Resolution [76/258](#), annex.",
    "13": "Resolution [79/233](#), annex; see also resolution [79/279](#).",
    "14": "Resolution 78/317, annex.",
    "15": "A/74/821.",
    "16": "A/75/982.",
    "17": "Resolution 217 A (III).",
    "18": (
        "United Nations Educational, Scientific and Cultural Organization, *Records of the General Conference, "
        "Forty-first Session, Paris, 9–24 November 2021*, vol. 1, *Resolutions*, annex VII."
    ),
    "19": "Resolution [70/1](#).",
    "20": (
        "International Telecommunication Union, *Measuring Digital Development: Facts and Figures 2024* "
        "(Geneva, 2024)."
    ),
    "21": (
        "United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women) and United Nations, "
        "Department of Economic and Social Affairs, *Progress on the Sustainable Development Goals: The Gender "
        "Snapshot 2025* (New York, 2025)."
    ),
    "22": "See E/CN.16/2018/CRP.3.",
    "23": "Resolution 79/323, annex.",
    "24": "See <E/FFDF/2025/2>.",
    "25": "*Official Records of the Economic and Social Council, 2025, Supplement No. 11 (E/2025/31).*",
    "26": "E/HLPF/2025/6.",
}

SEED_EXPECTED = {
    "1": [resolution(n) for n in SEED_1_NUMBERS],
    "2": [ecosoc(n) for n in SEED_2_NUMBERS],
    "3": [resolution("69/313", "annex")],
    "4": [
        expect(
            "un-financing-for-sustainable-development-report-2024",
            "publication",
            title="Financing for Sustainable Development Report 2024",
            year=2024,
            locator="figure I.1",
        )
    ],
    "5": [resolution("71/256", "annex")],
    "6": [document("A/C.2/59/3", locator="annex")],
    "7": [resolution("59/220")],
    "8": [document("A/60/687")],
    "9": [resolution("60/252")],
    "10": [resolution("70/125")],
    "11": [document("A/80/62-E/2025/12", year=2025)],
    "12": [resolution("76/258", "annex")],
    "13": [resolution("79/233", "annex"), resolution("79/279")],
    "14": [resolution("78/317", "annex")],
    "15": [document("A/74/821")],
    "16": [document("A/75/982")],
    "17": [expect("un-resolution-217-a-iii", "un_resolution", symbols=["A/RES/217(III)"])],
    "18": [
        expect(
            "unesco-records-of-the-general-conference-forty-first-session-2021",
            "official_records",
            publishers=["United Nations Educational, Scientific and Cultural Organization"],
            title="Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021",
            year=2021,
            place="Paris",
            locator="vol. 1, Resolutions, annex VII",
        )
    ],
    "19": [resolution("70/1")],
    "20": [
        expect(
            "itu-measuring-digital-development-facts-and-figures-2024",
            "publication",
            publishers=[ITU],
            title="Measuring Digital Development: Facts and Figures 2024",
            year=2024,
            place="Geneva",
        )
    ],
    "21": [
        expect(
            "un-women-progress-on-the-sustainable-development-goals-the-gender-snapshot-2025",
            "publication",
            publishers=["United Nations Entity for Gender Equality and the Empowerment of Women", DESA],
            title="Progress on the Sustainable Development Goals: The Gender Snapshot 2025",
            year=2025,
            place="New York",
        )
    ],
    "22": [document("E/CN.16/2018/CRP.3", year=2018)],
    "23": [resolution("79/323", "annex")],
    "24": [document("E/FFDF/2025/2", year=2025)],
    "25": [
        expect(
            "e-2025-31",
            "official_records",
            title="Official Records of the Economic and Social Council, 2025, Supplement No. 11",
            year=2025,
            symbols=["E/2025/31"],
        )
    ],
    "26": [document("E/HLPF/2025/6", year=2025)],
}


def test_seed_covers_all_26_footnotes():
    assert sorted(SEED, key=int) == [str(n) for n in range(1, 27)] == sorted(SEED_EXPECTED, key=int)


@pytest.mark.parametrize("marker", sorted(SEED, key=int))
def test_seed_footnote(marker):
    sources = parse_footnote(SEED[marker])
    assert [record(s) for s in sources] == SEED_EXPECTED[marker]
    assert all(s.raw == SEED[marker] for s in sources)


def test_urls_derived_from_symbols():
    assert parse_footnote(SEED["7"])[0].url == "https://docs.un.org/en/A/RES/59/220"
    assert parse_footnote(SEED["2"])[0].url == "https://docs.un.org/en/E/RES/2006/46"
    assert parse_footnote(SEED["17"])[0].url == "https://docs.un.org/en/A/RES/217(III)"
    assert parse_footnote(SEED["25"])[0].url == "https://docs.un.org/en/E/2025/31"
    # A joint symbol resolves through its first part.
    assert parse_footnote(SEED["11"])[0].url == "https://docs.un.org/en/A/80/62"
    # A publication without address or symbol has no url.
    assert parse_footnote(SEED["20"])[0].url is None


def test_publisher_acronyms_come_from_the_vocabulary():
    assert parse_footnote(SEED["20"])[0].publisher_acronyms == ("ITU",)
    assert parse_footnote(SEED["21"])[0].publisher_acronyms == ("UN-Women", "UN DESA")
    assert parse_footnote(SEED["4"])[0].publisher_acronyms == ("UN",)


# ---------------------------------------------------------------- PDF text (line breaks, no italics)

PDF = {
    # A/80/62-E/2025/12, page 3
    "a_80_62:2": "A/RES/79/1. ",
    "a_80_62:3": "https://www.itu.int/en/history/Pages/MaitlandReport.aspx. ",
    "a_80_62:4": "https://www.itu.int/en/ITU-D/Statistics/pages/stat/default.aspx. ",
    "a_80_62:5": "https://www.gsma.com/r/somic/. ",
    "a_80_62:6": (
        "https://www.itu.int/itu-d/meetings/statistics/wp-\n"
        "content/uploads/sites/8/2022/04/UniversalMeaningfulDigitalConnectivityTargets2030_BackgroundPaper.\n"
        "pdf."
    ),
    # A/80/62-E/2025/12, page 18
    "a_80_62:83": "https://www.itu.int/en/ITU-D/Statistics/pages/stat/default.aspx.",
    # E/2025/8, pages 2, 3 and 5
    "e_2025_8:2": (
        "United Nations, Inter-agency Task Force on Financing for Development, Financing for \n"
        "Sustainable Development Report 2024: Financing for Development at a Crossroads (New York, \n"
        "2024)."
    ),
    "e_2025_8:3": (
        "FAO, International Fund for Agricultural Development, United Nations Children’s Fund \n"
        "(UNICEF), World Food Programme and World Health Organization, The State of Food Security \n"
        "and Nutrition in the World 2023 (Rome, 2023). "
    ),
    "e_2025_8:4": (
        "See Office of the High Representative for the Least Developed Countries, Landlocked \n"
        "Developing Countries and Small Island Developing States, “Improving Access to Finance for the \n"
        "Least Developed Countries” (2023). "
    ),
    "e_2025_8:5": (
        "See Office of the High Representative for the Least Developed Countries, Landlocked \n"
        "Developing Countries and Small Island Developing States, Review of South-South Cooperation \n"
        "in the Implementation of the Vienna Programme of Action for Landlocked Developing Countries \n"
        "in the Decade 2014–2024 (New York, 2024).  "
    ),
    "e_2025_8:6": (
        "See Office of the High Representative for the Least Developed Countries, Landlocked \n"
        "Developing Countries and Small Island Developing States, Financing for Development of Small \n"
        "Island Developing States (2022). Available at https://digitallibrary.un.org/record/4060309?v=pdf. "
    ),
    "e_2025_8:7": "See www.worldbank.org/en/country/mic/overview. ",
    "e_2025_8:8": (
        "See United Nations, Department of Economic and Social Affairs, policy brief No. 155, \n"
        "“Accelerating middle-income countries’ progress towards sustainable development” \n"
        "(29 November 2023)."
    ),
    "e_2025_8:17": (
        "See “Data update to the 2024 Financing for Sustainable Development Report, following the \n"
        "11 April release of 2023 ODA data”. Available at https://financing.desa.un.org/sites/default/files/ \n"
        "2024-04/FSDR 2024 ODA Data Update_April 2024 update.pdf. "
    ),
    "e_2025_8:18": (
        "Official contribution of the Office of the High Representative for the Least Developed Countries, \n"
        "Landlocked Developing Countries and Small Island Developing States to the present report, \n"
        "November 2024. "
    ),
    "e_2025_8:19": (
        "See Kerry Elgar and others, “Development co-operation and the provision of global public \n"
        "goods”, OECD Development Co-operation Working Papers, No. 111, (Paris, OECD Publishing, \n"
        "May 2023). Available at https://doi.org/10.1787/aff8cba9-en. "
    ),
    "e_2025_8:20": (
        "See report of the Secretary-General on the follow-up to and implementation of the outcomes of \n"
        "the International Conference on Financing for Development (2024) (A/79/285). "
    ),
    "e_2025_8:21": (
        "See Elgar and others, “The role of development co-operation and the provision of global public \n"
        "goods” (OECD, 2023). "
    ),
    "e_2025_8:22": (
        "UNCTAD, Global Crisis Response Group on Food, Energy and Finance, based on OECD figures \n(December 2023)."
    ),
    # UNCTAD Technology and Innovation Report 2025, overview page 10: notes, not citations
    "unctad:1": (
        "GDP is a flow variable and market capitalization is a stock variable; the present comparison is for "
        "illustrative \npurposes only, to highlight the significant market size of leading technology companies."
    ),
    "unctad:2": "Nvidia and Broadcom, United States; TSMC, Taiwan Province of China.",
}

PDF_EXPECTED = {
    "a_80_62:2": expect("un-resolution-79-1", "un_resolution", symbols=["A/RES/79/1"]),
    "a_80_62:3": expect("itu-history-maitland-report", "other", publishers=[ITU]),
    "a_80_62:4": expect("itu-itu-d-statistics-stat", "dataset", publishers=[ITU]),
    "a_80_62:5": expect("gsma-r-somic", "other", publishers=["GSM Association"]),
    "a_80_62:6": expect(
        "itu-2022-04-universal-meaningful-digital-connectivity-targets-2030-background-paper",
        "publication",
        publishers=[ITU],
    ),
    "a_80_62:83": expect("itu-itu-d-statistics-stat", "dataset", publishers=[ITU]),
    "e_2025_8:2": expect(
        "un-financing-for-sustainable-development-report-2024",
        "publication",
        publishers=[UN, "Inter-agency Task Force on Financing for Development"],
        title="Financing for Sustainable Development Report 2024: Financing for Development at a Crossroads",
        year=2024,
        place="New York",
    ),
    "e_2025_8:3": expect(
        "fao-state-of-food-security-and-nutrition-in-the-world-2023",
        "publication",
        publishers=[
            "Food and Agriculture Organization of the United Nations",
            "International Fund for Agricultural Development",
            "United Nations Children's Fund",
            "World Food Programme",
            "World Health Organization",
        ],
        title="The State of Food Security and Nutrition in the World 2023",
        year=2023,
        place="Rome",
    ),
    "e_2025_8:4": expect(
        "ohrlls-improving-access-to-finance-for-the-least-developed-countries-2023",
        "publication",
        publishers=[OHRLLS],
        title="Improving Access to Finance for the Least Developed Countries",
        year=2023,
    ),
    "e_2025_8:5": expect(
        "ohrlls-review-of-south-south-cooperation-in-the-implementation-of-the-vienna-programme-2024",
        "publication",
        publishers=[OHRLLS],
        title=(
            "Review of South-South Cooperation in the Implementation of the Vienna Programme of Action "
            "for Landlocked Developing Countries in the Decade 2014–2024"
        ),
        year=2024,
        place="New York",
    ),
    "e_2025_8:6": expect(
        "ohrlls-financing-for-development-of-small-island-developing-states-2022",
        "publication",
        publishers=[OHRLLS],
        title="Financing for Development of Small Island Developing States",
        year=2022,
    ),
    "e_2025_8:7": expect("world-bank-country-mic-overview", "other", publishers=["World Bank"]),
    "e_2025_8:8": expect(
        "un-desa-accelerating-middle-income-countries-progress-towards-sustainable-development-2023",
        "publication",
        publishers=[DESA],
        title="Accelerating middle-income countries’ progress towards sustainable development",
        year=2023,
    ),
    "e_2025_8:17": expect(
        "un-desa-data-update-to-the-2024-financing-for-sustainable-development-report-following",
        "publication",
        publishers=[DESA],
        title=(
            "Data update to the 2024 Financing for Sustainable Development Report, following the "
            "11 April release of 2023 ODA data"
        ),
    ),
    "e_2025_8:18": expect(
        "official-contribution-of-the-ohrlls-to-the-present-report-2024",
        "other",
        publishers=[OHRLLS],
        year=2024,
    ),
    "e_2025_8:19": expect(
        "elgar-development-co-operation-and-the-provision-of-global-public-goods-2023",
        "publication",
        publishers=["Kerry Elgar and others", OECD],
        title="Development co-operation and the provision of global public goods",
        year=2023,
        place="Paris",
    ),
    "e_2025_8:20": expect(
        "a-79-285",
        "un_document",
        title=(
            "Report of the Secretary-General on the follow-up to and implementation of the outcomes of "
            "the International Conference on Financing for Development"
        ),
        year=2024,
        symbols=["A/79/285"],
    ),
    "e_2025_8:21": expect(
        "elgar-role-of-development-co-operation-and-the-provision-of-global-public-goods-2023",
        "publication",
        publishers=["Elgar and others", OECD],
        title="The role of development co-operation and the provision of global public goods",
        year=2023,
    ),
    "e_2025_8:22": expect(
        "unctad-global-crisis-response-group-on-food-energy-and-finance-based-on-oecd-2023",
        "other",
        publishers=[
            "United Nations Conference on Trade and Development",
            "Global Crisis Response Group on Food, Energy and Finance",
        ],
        year=2023,
    ),
    "unctad:1": expect(
        "gdp-is-a-flow-variable-and-market-capitalization-is-a-stock-variable-the-present",
        "other",
        publishers=[],
    ),
    "unctad:2": expect("nvidia-and-broadcom-united-states-tsmc-taiwan-province-of-china", "other", publishers=[]),
}


@pytest.mark.parametrize("key", sorted(PDF))
def test_pdf_footnote(key):
    sources = parse_footnote(PDF[key])
    assert [record(s) for s in sources] == [PDF_EXPECTED[key]]
    assert sources[0].raw == PDF[key]


def test_pdf_urls_are_rejoined_across_line_breaks():
    assert parse_footnote(PDF["a_80_62:6"])[0].url == (
        "https://www.itu.int/itu-d/meetings/statistics/wp-content/uploads/sites/8/2022/04/"
        "UniversalMeaningfulDigitalConnectivityTargets2030_BackgroundPaper.pdf"
    )
    assert parse_footnote(PDF["e_2025_8:17"])[0].url == (
        "https://financing.desa.un.org/sites/default/files/2024-04/"
        "FSDR%202024%20ODA%20Data%20Update_April%202024%20update.pdf"
    )
    assert parse_footnote(PDF["a_80_62:4"])[0].url == ITU_STATS
    assert parse_footnote(PDF["e_2025_8:7"])[0].url == "https://www.worldbank.org/en/country/mic/overview"


def test_available_at_url_and_series():
    elgar = parse_footnote(PDF["e_2025_8:19"])[0]
    assert elgar.url == "https://doi.org/10.1787/aff8cba9-en"
    assert elgar.series == "OECD Development Co-operation Working Papers, No. 111"
    assert elgar.locator is None
    assert parse_footnote(PDF["e_2025_8:6"])[0].url == "https://digitallibrary.un.org/record/4060309?v=pdf"
    assert parse_footnote(PDF["e_2025_8:8"])[0].series == "policy brief No. 155"


def test_same_text_with_or_without_line_breaks():
    """A reader may hand over the PDF footnote joined or with its line breaks."""
    for key in ("e_2025_8:2", "e_2025_8:3", "e_2025_8:19", "a_80_62:6"):
        joined = " ".join(line.strip() for line in PDF[key].split("\n"))
        broken, flat = parse_footnote(PDF[key])[0], parse_footnote(joined)[0]
        assert dataclasses.replace(flat, raw="") == dataclasses.replace(broken, raw=""), key


# ---------------------------------------------------------------- one work, one id


def test_same_resolution_gets_one_id_across_footnotes():
    listed = {s.source_id for s in parse_footnote(SEED["1"])}
    assert parse_footnote(SEED["7"])[0].source_id in listed
    assert parse_footnote(SEED["9"])[0].source_id in listed
    # Resolution number and symbol name the same work.
    assert parse_footnote("A/RES/79/1.")[0].source_id == parse_footnote("Resolution 79/1, annex.")[0].source_id


def test_same_publication_gets_one_id_across_documents():
    seed = parse_footnote(SEED["4"])[0]
    pdf = parse_footnote(PDF["e_2025_8:2"])[0]
    assert seed.source_id == pdf.source_id == "un-financing-for-sustainable-development-report-2024"


def test_cite_deduplicates_within_a_document():
    notes = {marker: SEED[marker] for marker in ("1", "7", "9", "10")}
    sources, rows = cite("a_res_80_118", notes)
    assert len(sources) == 22  # 21 listed resolutions + 70/125
    assert [s.source_id for s in sources] == sorted(s.source_id for s in sources)
    assert Citation("a_res_80_118", "7", "un-resolution-59-220", None) in rows
    assert [r.footnote for r in rows] == ["1"] * 21 + ["7", "9", "10"]


def test_cite_whole_seed():
    sources, rows = cite("a_res_80_118", SEED)
    assert len(rows) == 21 + 18 + 2 + 23  # lists in footnotes 1 and 2, two works in 13, one in each other
    assert [r.footnote for r in rows] == sorted((r.footnote for r in rows), key=int)
    assert len(sources) == len({r.source_id for r in rows}) == 64 - 2  # 59/220 and 60/252 are cited twice
    assert Citation("a_res_80_118", "4", "un-financing-for-sustainable-development-report-2024", "figure I.1") in rows
    assert Citation("a_res_80_118", "13", "un-resolution-79-233", "annex") in rows
    # The locator belongs to the citation row; the shared source record has none.
    assert all(s.locator is None for s in sources)


def test_cite_marker_order_is_numeric_not_textual():
    _, rows = cite("d", {"10": "A/74/821.", "9": "A/75/982.", "2": "A/60/687."})
    assert [r.footnote for r in rows] == ["2", "9", "10"]


def test_cite_ibid_repeats_the_previous_footnote():
    _, rows = cite("d", {"1": "A/79/285, para. 12.", "2": "Ibid., para. 5."})
    assert rows == (Citation("d", "1", "a-79-285", "para. 12"), Citation("d", "2", "a-79-285", "para. 5"))


def test_cite_is_deterministic():
    notes = {**SEED, **{f"p{k}": v for k, v in PDF.items()}}
    first = cite("doc", notes)
    assert cite("doc", dict(notes)) == first
    assert cite("doc", dict(reversed(list(notes.items())))) == first


def test_merge_sources_across_documents():
    seed, _ = cite("a_res_80_118", SEED)
    p3, _ = cite("a_80_62_p3", {k.split(":")[1]: v for k, v in PDF.items() if k.startswith("a_80_62:")})
    p2, _ = cite("e_2025_8_p2", {"2": PDF["e_2025_8:2"]})
    merged = merge_sources(seed, p3, p2)
    ids = [s.source_id for s in merged]
    assert ids == sorted(set(ids))
    assert ids.count("itu-itu-d-statistics-stat") == 1  # cited in footnotes 4 and 83
    assert ids.count("un-financing-for-sustainable-development-report-2024") == 1
    assert merge_sources(p2, p3, seed) == merged  # order of the groups does not matter
    # The fuller record of a work wins: the PDF one names the subtitle, place and task force.
    fsdr = next(s for s in merged if s.source_id == "un-financing-for-sustainable-development-report-2024")
    assert fsdr.place == "New York"


# ---------------------------------------------------------------- vocabulary and helpers


def test_vocabulary_names_one_spelling_per_organisation():
    assert organization("ITU").name == ITU
    assert organization("International Telecommunication Union").acronym == "ITU"
    assert organization("United Nations, Department of Economic and Social Affairs").acronym == "UN DESA"
    assert organization("UN-Women").name == "United Nations Entity for Gender Equality and the Empowerment of Women"
    assert organization("United Nations Children’s Fund").acronym == "UNICEF"
    assert organization("OECD Publishing").acronym == "OECD"
    assert organization("Nvidia") is None
    required = {"ITU", "UN-Women", "UNCTAD", "UN DESA", "FAO", "UNICEF", "WFP", "WHO", "IFAD", "OECD", "GSMA",
                "UNESCO", "OHRLLS", "UN"}
    assert required <= {org.acronym for org in organizations()}
    assert organization("World Bank").slug == "world-bank"
    slugs = [org.slug for org in organizations()]
    assert len(slugs) == len(set(slugs))


def test_slugify():
    assert slugify("Measuring Digital Development: Facts and Figures 2024") == (
        "measuring-digital-development-facts-and-figures-2024"
    )
    assert slugify("countries’ progress, 2014–2024 — Côte d'Ivoire") == (
        "countries-progress-2014-2024-cote-divoire"
    )
    assert slugify("") == ""


def test_other_forms():
    sc = parse_footnote("Security Council resolution 2334 (2016).")[0]
    assert (sc.source_id, sc.symbols, sc.year) == ("sc-resolution-2334-2016", ("S/RES/2334(2016)",), 2016)
    wesp = parse_footnote(
        "*World Economic Situation and Prospects 2024* (United Nations publication, Sales No. E.24.II.C.1), "
        "chap. II."
    )[0]
    assert (wesp.kind, wesp.publishers, wesp.year, wesp.locator) == ("publication", (UN,), 2024, "chap. II")
    wdi = parse_footnote(
        "World Bank, World Development Indicators database. Available at https://databank.worldbank.org."
    )
    assert (wdi[0].kind, wdi[0].title, wdi[0].url) == (
        "dataset",
        "World Development Indicators database",
        "https://databank.worldbank.org",
    )
    paras = parse_footnote("See resolution 70/1, paras. 3 and 4.")[0]
    assert paras.locator == "paras. 3 and 4"


@pytest.mark.parametrize("text", ["", "   ", "Ibid.", "*", "(", "“", "See.", "\ue000", "[x](#)"])
def test_unreadable_footnotes_are_one_other_source(text):
    (source,) = parse_footnote(text)
    assert source.kind == "other"
    assert source.source_id
    assert source.raw == text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_footnote_never_raises(text):
    sources = parse_footnote(text)
    assert sources
    for source in sources:
        assert source.kind in KINDS
        assert source.source_id and source.source_id == source.source_id.strip()
        assert source.raw == text


PIECES = [
    "Resolution", "resolutions ", "56/183", ", ", " and ", "217 A (III)", "A/80/62-E/2025/12", "*", "“", "”",
    "(", ")", "New York", "2024", "See ", "https://www.itu.int/x/", "\n", "Available at ", "United Nations",
    ", Department of Economic and Social Affairs", "(UNICEF)", "Ibid.", "annex", "; ", "figure I.1", "[x](#)",
    "<E/FFDF/2025/2>", "doi:10.1/x", "Task Force on Food", "Kerry Elgar and others", "Sales No. E.24",
    "9–24 November 2021", "www.", "/", "-", ".",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=30).map("".join))
def test_parse_footnote_never_raises_on_citation_like_text(text):
    sources = parse_footnote(text)
    assert sources and all(s.kind in KINDS and s.source_id for s in sources)
    assert cite("d", {"1": text, "2": text}) == cite("d", {"1": text, "2": text})
