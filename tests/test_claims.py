"""What is a claim and what is not, by rule; and what a claim is about."""
from __future__ import annotations

import pytest

from statclaims.claims import extract_document
from statclaims.readers.text import parse


def claims_of(text: str):
    return extract_document(parse(text, document="t"))


def values(text: str) -> list[str]:
    return [c.value_text for c in claims_of(text)]


NOT_CLAIMS = [
    "Recalling its resolution 79/194 of 19 December 2024 on information,",
    "on the report of the Second Committee (A/80/555, para. 7)",
    "from 30 June to 3 July 2025 in Sevilla, Spain,",
    "held in Quito, Ecuador, from 17 to 20 October 2016,",
    "on 22-23 September 2024 at the United Nations Headquarters,",
    "Agenda item 15",
    "the twenty-eighth session of the Commission, and its eighty-first session,",
    "in accordance with paragraph 71 of the Compact,",
    "the World Summit on the Information Society+ 20 Forum High-level Event,",
    "Progress on Goal 16 is too slow, and Target 17.1 and target 9.c lag.",
    "the rollout of 3G/5G networks after COVID-19 slowed.",
    "Many young people (between the ages of 15 and 24) are idle.",
    "young people are unemployed more often than adults over the age of 25.",
    "the progress made in the 10 years since the adoption of the Agenda, with only five years until the deadline,",
    "The top five companies are from the United States, among the world's top ten.",
    "the half-century-old United Nations target of 0.7 per cent.",
    "time-bound increases towards 0.7 per cent of the gross national income and at least 0.2 per cent to the least developed countries.",
    "Global temperatures crossed the threshold of 1.5°C in 2024.",
    "market capitalization is shown in figure 2 and table 3.",
    "Fixed-broadband subscriptions per 100 inhabitants grew.",
    "accelerating progress towards all 17 Sustainable Development Goals in its three dimensions,",
    "the appointment of two co-facilitators to convene consultations,",
    "three leading chipmakers – Nvidia, Broadcom and TSMC – are large.",
    "Available at https://example.org/2022/04/report2030.pdf and policy brief No. 155.",
    "Increase labour productivity across all sectors by 50 per cent by 2034.",
    "64th plenary meeting",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims(text):
    assert values(text) == []


CLAIMS = [
    ("the number of countries with compliant institutions has risen from 70 to 89, and", ["70", "89"]),
    ("with 110 countries reporting that they have strategies", ["110"]),
    ("Only five members of the Development Assistance Committee met the target.", ["five"]),
    ("on 35 per cent of the 137 Sustainable Development Goal targets.", ["35 per cent", "137"]),
    ("it will take an estimated 300 years to end child marriage.", ["300 years"]),
    ("the gender parity score increased from 0.91 in 2019 to 0.94 in 2024.", ["0.91", "0.94"]),
    ("over half of the world's population (52.4 per cent) was covered", ["52.4 per cent"]),
    ("projections of a 40 per cent rise in the number of disasters from 2015 to 2030", ["40 per cent"]),
    ("The Fund disbursed US$ 12.3 million to 27 countries in 2023, of which 18 were least developed countries.",
     ["US$ 12.3 million", "27", "18"]),
    ("ODA remains below the target of 0.15 per cent of income, amounting to only 0.08 per cent in 2022.", ["0.08 per cent"]),
]


@pytest.mark.parametrize("text,expected", CLAIMS)
def test_claims(text, expected):
    assert values(text) == expected


def test_population_group_and_sex():
    text = ("Recognizes that, worldwide, 70 per cent of men use the Internet compared with 65 per cent of women, "
            "notes that in the least developed countries only 29 per cent of women use the Internet, compared with "
            "41 per cent of men;")
    found = claims_of(text)
    assert [(c.population, c.group, c.sex) for c in found] == [
        ("world", "world", "male"), ("world", "world", "female"),
        ("least developed countries", "ldc", "female"), ("least developed countries", "ldc", "male")]
    assert found[0].comparison_id == found[1].comparison_id != found[2].comparison_id == found[3].comparison_id


@pytest.mark.parametrize("text, group", [
    # a global aggregate just before the figure, though a parenthesis closes the figure's clause
    ("There was a sharp drop in global gross domestic product (GDP) per capita of 3.8 per cent in 2020.", "world"),
    ("Global FDI reached an estimated $1.4 trillion in 2024, up 11 per cent from 2023.", "world"),
    # ... but not one named a long way back in the sentence
    ("which sets forth a renewed global framework for financing for development, building on the 2015 Addis Ababa "
     "Action Agenda, to close with urgency the estimated annual 4 trillion United States dollar financing gap,", None),
    # and never one named after the figure
    ("Exports rose by 5 per cent, and the share of global exports stayed flat.", None),
])
def test_a_global_subject_close_before_the_figure_makes_it_a_world_figure(text, group):
    assert [c.group for c in claims_of(text)][0] == group


@pytest.mark.parametrize("text, population", [
    ("In 2024, ODA from countries that are members of the Committee declined by 7.1 per cent in real terms.", None),
    ("Exports of landlocked economies fell by 4 per cent in 2023.", "landlocked economies"),
    ("Some 40 per cent of borrowing economies are in debt distress.", "borrowing economies"),
])
def test_a_generic_population_is_a_noun_phrase_never_a_preposition_and_its_noun(text, population):
    assert claims_of(text)[0].population == population


def test_the_population_means_the_one_the_paragraph_last_named_unless_the_sentence_names_another():
    found = claims_of("Some 68 per cent of the global population used the Internet in 2024. Mobile broadband was "
                      "used by 92 per cent of the population. In Chad, 5 per cent of the population used it.")
    assert [(c.value, c.group) for c in found] == [(68, "world"), (92, "world"), (5, None)]


@pytest.mark.parametrize("text, values", [
    ("the level of 0.09 per cent attained in 2014 remained below the relevant 0.15 to 0.20 per cent target", [0.09]),
    ("progress is on track with respect to 35 per cent of the 137 targets", [35, 137]),
    ("This is a third country; for a third time, a third party reviewed it.", []),
])
def test_targets_named_after_a_figure_and_ordinals_that_look_like_fractions(text, values):
    assert [c.value for c in claims_of(text)] == values


def test_a_counted_noun_lies_before_any_verb():
    (claim, _) = claims_of("In only three parliaments do women account for 50 percent or more of seats.")
    assert (claim.value, claim.population, claim.sex) == (3, None, None)


@pytest.mark.parametrize("text, years", [
    ("Between 2000 and 2020, the number of maternal deaths fell from 447 000 to 287 000.", [2000, 2020]),
    ("FDI rose by 11 per cent between 2023 and 2024, to $1.4 trillion, while remittances increased by 3 per cent "
     "between 2022 and 2023, to $861 billion.", [None, 2024, None, 2023]),
    ("Between 2015 and 2024, data from 84 countries showed it.", [None]),
    ("South-South trade has doubled, reaching $5.6 trillion by 2023.", [None, 2023]),
    ("The estimated $8.5 trillion in cumulative output losses during 2020 and 2021 may erase gains.", [None]),
    ("This was lower than the 61 per cent recorded in 2022 and the average of 16 per cent for the period 2015 – 2019.",
     [2022, None]),
    ("Prices were 5 per cent higher in 2020 – 2021.", [None]),
])
def test_year_from_the_span_a_change_covers_and_from_by(text, years):
    assert [c.year for c in claims_of(text)] == years


@pytest.mark.parametrize("text, expected", [
    ("Poverty remains high in sub-Saharan Africa and South Asia, where 50.9 and 40.3 per cent of the population "
     "respectively were poor.", [("sub-Saharan Africa", None), ("South Asia", None)]),
    ("Internet use stood at 93 per cent and 27 per cent in high-income and low-income countries, respectively.",
     [("high-income countries", "high_income"), ("low-income countries", "low_income")]),
    ("Use rose to 62 and 61 per cent in advanced and emerging economies in 2023.",  # no 'respectively': no pairing
     [("emerging economies", "developing"), ("emerging economies", "developing")]),
])
def test_respectively_pairs_a_list_of_figures_with_a_list_of_populations(text, expected):
    assert [(c.population, c.group) for c in claims_of(text)] == expected


def test_yet_only_sets_two_figures_against_each_other():
    found = claims_of("84 percent of people in high-income countries have access to 5G, yet only 4 percent of "
                      "low-income countries are covered.")
    assert found[0].comparison_id == found[1].comparison_id is not None


def test_more_people_are_people():
    (claim,) = claims_of("Noting as many as 95 million more people living in extreme poverty.")
    assert (claim.unit, claim.population) == ("people", "people")


@pytest.mark.parametrize("text, expected", [
    ("And about 1 in 4 girls continue to be married as children.", ("girls", "female", "percent")),
    ("There were 189 million more men than women online.", ("men and women", None, "people")),
    ("Over 100 million more children fell below minimum proficiency.", ("children", None, "people")),
])
def test_the_noun_a_figure_counts_after_in_every_and_more(text, expected):
    (claim,) = claims_of(text)
    assert (claim.population, claim.sex, claim.unit) == expected


@pytest.mark.parametrize("text, values", [
    ("in Lebanon and the State of Palestine (Gaza Strip).2 The data cover 183 countries.", [183]),
    ("Enrollment, however, is only half the battle.", []),
    ("It fell by 2.1 per cent a year, a third of the 6.4 per cent annual rate needed to achieve the goal.", [2.1, 100 / 3]),
])
def test_markers_after_a_bracket_idioms_and_required_rates_are_not_claims(text, values):
    assert [c.value for c in claims_of(text)] == pytest.approx(values)


def test_year_at_the_end_of():
    (claim,) = claims_of("At the end of 2023, an estimated 117.3 million people were forcibly displaced.")
    assert (claim.year, claim.unit) == (2023, "people")


def test_year_from_the_clause():
    (claim,) = claims_of("Some 68 per cent of the global population used the Internet in 2024.")
    assert claim.year == 2024
    assert claim.approximate is True
    assert claim.group == "world"


def test_count_of_people_gets_the_people_unit():
    (claim,) = claims_of("there are still over 700 million people living in extreme poverty.")
    assert (claim.unit, claim.value, claim.bound, claim.population) == ("people", 7e8, "lower", "people")


def test_footnote_marker_in_the_claims_clause_and_closing_the_sentence():
    text = ("4. The middle-income countries, which are home to 62 per cent or 434 million, of the world's poor, 7  "
            "remain precarious. They received $111.4 billion in ODA in 2021 – nearly half of the global total – this "
            "remains low compared with needs.8 Other text follows.\n"
            "__________________\n 7  See www.worldbank.org.\n 8  See United Nations, policy brief No. 155.\n")
    found = claims_of(text)
    assert [(c.value_text, c.footnote) for c in found] == [
        ("62 per cent", "7"), ("434 million", "7"), ("$111.4 billion", "8"), ("half", "8")]


def test_a_count_in_millions_of_a_number_of_people_counts_people():
    text = ("Between 2015 and 2030, the number of people in the world aged 60 years or over is projected to grow "
            "by 56 per cent, from 901 million to 1.4 billion. The number of vehicles sold rose by 12 million.")
    units = {c.value_text: c.unit for c in claims_of(text)}
    assert units["901 million"] == "people" and units["1.4 billion"] == "people"
    assert units["12 million"] == "count"


def test_a_place_in_a_body_s_name_is_not_the_figure_s_population():
    (claim,) = claims_of("The Council of Europe estimates there are 120,000 Roma in the country.")
    assert claim.group is None
    (claim,) = claims_of("In Europe, 120,000 Roma live in the country.")
    assert (claim.population, claim.group) == ("Roma", "europe")


def test_a_count_in_thousands_written_in_full_is_a_figure():
    assert values("In Belarus, the 2009 census indicated a population of 7,316 Roma.") == ["7,316"]
    assert values("The Assembly adopted the three resolutions.") == []


def test_a_year_split_by_a_text_layer_a_clause_dash_and_a_print_job_number_are_not_figures():
    assert values("Overweight rose from 5.3 to 5.5 per cent between 2 012 and 2024.") == ["5.3", "5.5 per cent"]
    found = {c.value_text: c.value_high for c in claims_of(
        "Access rose, reducing the number without it to 666 million – 18.8 million fewer than in 2022.")}
    assert found == {"666 million": None, "18.8 million": None}
    assert values("Printed at United Nations, Geneva – 2503912 (E) – March 2025") == []
    assert values("* Reproduced as received. GE.20-03747(E) A/HRC/43/64/Add.1 Contents") == []


def test_people_in_the_world_and_around_the_world_name_the_world():
    (claim,) = claims_of("In 2023, 1 out of 11 people in the world faced hunger.")
    assert (claim.group, claim.population) == ("world", "world")
    found = claims_of("In schools around the world in 2023, 447 million children lacked drinking water and 427 million "
                      "lacked sanitation.")
    assert [(c.value_text, c.population) for c in found] == [("447 million", "children"), ("427 million", "world")]


def test_a_span_of_time_that_is_measured_is_a_figure():
    assert values("There will be an average loss of life expectancy of 1.8 years globally by 2035.") == ["1.8 years"]
    assert values("Over the past 10 years, the Commission has met every spring.") == []
    assert values("The Commission met twice. Girls are twice as likely to be out of school.") == ["twice"]


def test_only_a_few_before_a_list_is_a_figure_and_girls_and_women_are_female():
    assert values("However, only five DAC countries—Denmark, Luxembourg, Norway, Sweden and the United Kingdom—met "
                  "this target.") == ["five"]
    assert values("It names three leading chipmakers – Nvidia, Broadcom and TSMC.") == []
    (claim,) = claims_of("Overall, 19 per cent of girls and women aged 15 to 49 experienced violence.")
    assert claim.sex == "female"
    (claim,) = claims_of("Overall, 19 per cent of women and men aged 15 to 49 experienced violence.")
    assert claim.sex is None


def test_whose_figure_from_the_subject_an_elided_noun_and_maternal_mortality():
    (claim,) = claims_of("The percentage of young people completing upper secondary school increased to 60 per cent.")
    assert claim.population == "young people"
    (claim,) = claims_of("Young women are more than twice as likely as young men to be out of work.")
    assert claim.population == "Young women"
    found = claims_of("Tax revenue rose to 66 per cent in advanced economies and to 61 per cent in emerging ones.")
    assert [c.population for c in found] == ["advanced economies", "emerging economies"]
    found = claims_of("In 2024, 51 countries had investment promotion mechanisms; 27 (compared with 23 in 2023) did.")
    assert [c.population for c in found] == ["countries", "countries", "countries"]
    found = claims_of("Maternal mortality fell from 228 to 197 per 100,000 live births.")
    assert [(c.population, c.sex) for c in found] == [("mothers", "female"), ("mothers", "female")]


def test_a_count_of_the_number_of_countries_counts_countries():
    found = claims_of("Since 2015, the number of countries with fully compliant institutions has risen from 70 to 89.")
    assert [(c.value_text, c.population) for c in found] == [("70", "countries"), ("89", "countries")]


def test_global_public_goods_are_not_the_world():
    found = claims_of("Bilateral aid for global public goods has risen from 37 per cent in 2007 to 60 per cent in 2022.")
    assert [c.group for c in found] == [None, None]
    (claim,) = claims_of("Global FDI reached an estimated $1.4 trillion in 2024.")
    assert claim.group == "world"


def test_the_clause_after_a_figure_goes_on_after_an_aside_in_brackets():
    (claim,) = claims_of("One in five young people (between the ages of 15 and 24) worldwide is not in employment.")
    assert claim.group == "world"


def test_two_populations_joined_by_and_are_the_figure_s_population_with_no_one_code():
    (claim,) = claims_of("In 2023, landlocked developing countries and the least developed countries accounted for "
                         "just 1.1 per cent of exports.")
    assert (claim.population, claim.group) == ("landlocked developing countries and the least developed countries", None)


def test_countries_are_populations_in_the_figure_s_clause_but_not_an_event_s_venue_far_before_it():
    found = claims_of("Around 13 per cent were headquartered in China, up from 2 per cent 10 years before and overtaking "
                      "leaders such as Germany.")
    assert [(c.population, c.group) for c in found] == [("China", None), ("China", None)]
    found = claims_of("Countries such as Japan and the United Kingdom of Great Britain and Northern Ireland cut waste by "
                      "31 per cent and 18 per cent, respectively.")
    assert [c.population for c in found] == ["Japan", "United Kingdom of Great Britain and Northern Ireland"]
    (claim,) = claims_of("Welcoming the Conference held from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming "
                         "its outcome document, endorsed by the General Assembly in its resolution 79/323 of 25 August "
                         "2025, which sets forth a renewed framework, to close the estimated annual 4 trillion United "
                         "States dollar financing gap,")
    assert (claim.value_text, claim.population) == ("4 trillion United States dollar", None)
    (claim,) = claims_of("Violence is highest in Oceania excluding Australia and New Zealand, at 44 per cent.")
    assert claim.population == "Oceania excluding Australia and New Zealand"


def test_a_part_of_a_whole_is_a_figure():
    assert values("In 61 of the 131 countries for which data are available, there was a restriction.") == ["61", "131"]


def test_counts_with_no_noun_count_what_the_sentence_s_like_count_counted():
    found = claims_of("In 2024, 2.1 billion people were without safe water, 3.4 billion without sanitation.")
    assert [(c.unit, c.population) for c in found] == [("people", "people"), ("people", "people")]
    found = claims_of("Some 124 million people in 51 countries were food insecure, an increase from 108 million in 2016.")
    assert [(c.value_text, c.unit, c.population) for c in found] == [
        ("124 million", "people", "people"), ("51", "count", "countries"), ("108 million", "people", "people")]


def test_a_count_whose_noun_is_an_earlier_count_s():
    assert values("In 2024, 137 countries reported a national statistical plan, 95 fully funded.") == ["137", "95"]
    assert values("Life expectancy fell in 15 countries (11 in sub-Saharan Africa) because of HIV.") == ["15", "11"]
    assert values("Some 124 million children remain out of school, as agreed at the World Forum, 4 and in the "
                  "2030 Agenda.") == ["124 million"]
    assert values("Only 38 countries had made 18 the minimum age for marriage.") == ["38"]
    (claim,) = claims_of("A third (3.7 million) were held in pretrial detention.")[:1]
    assert claim.value_text == "A third"


def test_watts_an_annual_target_and_the_subject_just_before_a_figure():
    found = claims_of("Capacity per capita hit a record 478 watts in 2023, with developed countries reaching 1,162 watts "
                      "and developing countries reaching 341 watts.")
    assert [(c.value_text, c.unit, c.population) for c in found] == [
        ("478 watts", "W", None), ("1,162 watts", "W", "developed countries"),
        ("341 watts", "W", "developing countries")]
    assert values("Progress falls below the original 2.6 per cent annual target.") == []


def test_a_name_s_number_is_not_a_figure():
    assert values("UNDP launched Digital Inclusion Playbook 2.0 to help Governments.") == []
    assert values("It published a compendium of digital government services in Group of 7 countries.") == []
    assert values("In Africa three countries reached the target.") == ["three"]
    found = claims_of("Funds mobilized $9.6 billion, with 56 per cent allocated to global health initiatives and 10 "
                      "per cent to civil society initiatives.")
    assert [c.group for c in found][-1] is None


def test_respectively_takes_the_populations_of_the_sentence_before_when_its_own_names_none():
    found = claims_of("From 2015 to 2019, tax revenue rose to 66 per cent in advanced economies and to 61 per cent in "
                      "emerging ones. After dropping in 2020, it rebounded to 62 per cent and 61 per cent, respectively.")
    assert [c.population for c in found][-2:] == ["advanced economies", "emerging economies"]


def test_the_end_of_a_change_is_about_what_its_start_is_about():
    found = claims_of("The percentage of young people completing school increased from 53 per cent in 2015 to 60 per "
                      "cent in 2024.")
    assert [c.population for c in found] == ["young people", "young people"]
    found = claims_of("The under-5 mortality rate dropped from 43 to 37 per 1,000 live births.")
    assert [c.population for c in found] == ["children", "children"]


def test_resolutions_of_a_numbered_session_are_not_figures():
    assert values("Recalling its resolutions 3263 (XXIX) of 9 December 1974, 3474 (XXX) of 11 December 1975 and "
                  "31/71 of 10 December 1976,") == []


def test_a_share_that_were_men_is_male_and_a_noun_is_not_sought_past_a_preposition():
    found = claims_of("Some 10.6 million people fell ill, of whom 56.5 per cent were men and 32.5 per cent women.")
    assert [c.sex for c in found] == [None, "male", "female"]
    (claim,) = claims_of("Commend the progress achieved in saving 74 million lives across all countries.")
    assert claim.population is None


def test_a_security_council_resolution_number_with_its_year_is_not_a_figure():
    assert values("Recalling Security Council resolutions 2235 (2015) of 7 August 2015 and 2319 (2016) of "
                  "17 November 2016,") == []


def test_temperature_thresholds_and_aims_are_not_claims():
    assert values("The Panel indicates that global warming of 1.5 degrees Celsius and 2 degrees Celsius above "
                  "pre-industrial levels will be exceeded.") == []
    assert values("Action is needed to hold the increase in the global average temperature to well below 2 degrees "
                  "Celsius.") == []
    assert values("In 2023, the global mean temperature was 1.45 degrees Celsius above pre-industrial levels.") == [
        "1.45 degrees Celsius"]
    assert values("The strategy seeks to reduce the region's food import bill by 25 per cent by 2025.") == []


def test_a_ceiling_that_an_assembly_authorizes_is_not_a_claim():
    assert values("Such commitments not exceeding a total of 8 million United States dollars as the "
                  "Secretary-General certifies,") == []
    assert values("Remittances exceeded $650 billion in 2023.") == ["$650 billion"]


def test_an_amount_an_assembly_decides_on_is_not_a_claim():
    assert values("Decides to apportion among Member States the amount of 271,328,700 dollars for the period.") == []
    assert values("Notes with concern that arrears reached 860 million dollars in 2024.") == ["860 million dollars"]


def test_a_year_in_brackets_after_the_figure_s_words_is_its_year():
    found = claims_of("Neonatal mortality improved from 31 deaths per 1000 live births (2000) to 18 deaths per 1000 live "
                      "births (2021).")
    assert [c.year for c in found] == [2000, 2021]


def test_a_population_of_some_millions_is_people():
    (claim,) = claims_of("The 32 countries, with a population of about 570 million, face challenges.")[1:]
    assert claim.unit == "people"


def test_a_population_that_a_figure_in_millions_counts_is_people():
    (claim,) = claims_of("Meanwhile, the refugee population has surged to 37.8 million.")
    assert claim.unit == "people"
    found = claims_of("In 2015, 43.4 per cent of the world's population was online and mobile-cellular subscriptions "
                      "stood at almost 7.1 billion.")
    assert found[-1].unit == "count"


def test_chart_labels_confidence_levels_and_truncation_are_not_claims():
    assert values("Exposure to automation Low-income 8 Low-income 11.4 economies countries Middle-income 13.7 "
                  "countries") == []
    assert values("The tails represent the 95 per cent confidence intervals.") == []
    assert values("Values have been truncated at 10 per cent to improve the presentation.") == []


def test_a_heading_of_figures_alone_is_a_chart_s_labels():
    from statclaims.readers.text import parse
    doc = parse("Frontier technologies\n\n2.5 trillion 16.4 trillion\n\nIn 2023, the market was worth $2.5 trillion.\n")
    assert [c.value_text for c in extract_document(doc)] == ["$2.5 trillion"]


def test_a_share_of_countries_is_about_countries():
    assert [c.population for c in claims_of("Only 1 in 5 countries is on track to meet the target.")] == ["countries"]
    assert [c.population for c in claims_of("In 80 per cent of countries, women lack land rights.")] == ["countries"]


def test_a_share_whose_base_is_one_sex_has_that_sex_but_a_share_women_hold_does_not():
    (claim,) = claims_of("Globally, the proportion of women aged 20 to 24 who were married before 18 fell to 26 per cent.")
    assert claim.sex == "female"
    found = claims_of("Women now hold 27 per cent of parliamentary seats, up from 22 per cent in 2015.")
    assert [c.sex for c in found] == [None, None]


def test_a_part_is_about_what_its_whole_is_about():
    found = claims_of("Only 12 of the 54 countries in Africa have reached it.")
    assert [(c.value_text, c.population) for c in found] == [("12", "countries"), ("54", "countries")]


def test_hundreds_of_things_are_counted():
    assert values("In 2016, the Centre registered 325 reported disasters.") == ["325"]
    assert values("It is unlikely that this rate will ever reach 100 in these countries.") == []


def test_a_count_set_off_after_a_share_restates_it_and_its_whole_is_no_claim():
    text = "FAO found that 80 per cent of the countries – 52 of 65 – with a rise in hunger depend on commodities."
    assert [(c.value_text, c.population) for c in claims_of(text)] == [("80 per cent", "countries"), ("52", "countries")]


def test_women_s_participation_is_female_and_a_rate_for_men_is_male():
    found = claims_of("Women’s labour force participation stood at 47.4 per cent, compared with 72.3 per cent for men.")
    assert [c.sex for c in found] == ["female", "male"]


def test_a_share_that_were_children_is_about_children_and_by_the_end_of_a_year_is_its_year():
    found = claims_of("Displacement rose to 117.3 million people by the end of 2023, of whom 43.4 million were refugees "
                      "and 40 per cent were children.")
    assert found[0].year == 2023
    assert found[-1].population == "children"


def test_the_world_s_poor_are_the_world():
    (claim,) = claims_of("Close to 60 per cent of the world’s poor live in fragile settings.")
    assert claim.group == "world"


def test_items_that_commit_to_work_towards_figures_are_targets_but_a_baseline_is_what_was():
    text = ("65. The Assembly sets the following targets:\n"
            "(a) Work towards reducing new infections among children to 1,900 in Asia and the Pacific, and to\n"
            "fewer than 100 in Eastern Europe and Central Asia;\n"
            "(b) Commit to reducing deaths by 10 per cent by 2030 against the 2019 baseline of 4.95 million deaths;\n")
    assert values(text) == ["4.95 million"]


def test_what_we_need_to_do_is_a_target():
    assert values("In annual terms, we need to shave 7.5 per cent off emissions every year. "
                  "Emissions rose by 1.3 per cent in 2023.") == ["1.3 per cent"]


def test_the_values_of_a_chart_read_as_text_are_not_claims():
    text = ("Figure 1: Out-of-school children by region, 2000-2012 World in 2000 99.8 million 13.6 million 80 "
            "Female Male 9.2 million Female 9.2 million Male 4.8 million Source: UIS database. "
            "In 2012, 57.8 million children were out of school, 9.2 million fewer than in 2000.")
    assert values(text) == ["57.8 million", "9.2 million"]
    # a list in prose keeps its figures: commas and lower-case words stand between them
    assert values("The shares were 45, 38 and 29 per cent in 2023.") == ["45", "38", "29 per cent"]


def test_shares_of_the_world_s_women_and_hungry_and_a_page_number_before_a_running_title():
    (women,) = claims_of("An estimated 8 per cent of the world’s women will still be living on less than $2.15 a day.")
    assert (women.population, women.group, women.sex) == ("world", "world", "female")
    (hungry,) = claims_of("Approximately 60 per cent of the world's hungry live in countries in conflict.")
    assert (hungry.population, hungry.group) == ("world", "world")
    assert values("2020 19 2 MIGRATION AND MIGRANTS: A GLOBAL OVERVIEW Introduction In most discussions") == []


def test_a_count_of_people_keeps_the_words_that_qualify_them():
    (idps,) = [c for c in claims_of("including 25.9 million refugees and 41.3 million internally displaced persons (IDPs).")
               if c.value == 41.3e6]
    assert idps.population == "internally displaced persons"


def test_three_groups_sharing_their_noun_take_three_figures_respectively():
    text = ("Growth in all the economic groups (oil-exporting, oil-importing and mineral-rich economies) slowed, "
            "registering 0.8, 2.5 and 2.2 per cent respectively in 2016, lower than the developing country average "
            "of 3.8 per cent.")
    assert [(c.value, c.population, c.group) for c in claims_of(text)] == [
        (0.8, "oil-exporting economies", None), (2.5, "oil-importing economies", None),
        (2.2, "mineral-rich economies", None), (3.8, "developing country average", "developing")]


def test_an_assumed_parameter_is_not_a_claim_and_two_and_a_half_times_is_one_figure():
    text = ("Assuming an average household size of 3 people, each household should set aside US$210 a year. "
            "Assuming that current trends continue, 575 million people will still live in extreme poverty in 2030. "
            "Women do nearly two and a half times more unpaid care work than men.")
    assert [(c.value_text, c.value, c.unit) for c in claims_of(text)] == [
        ("575 million", 575e6, "people"), ("two and a half times", 2.5, "ratio")]


def test_economies_in_transition_the_european_union_and_a_marker_before_a_paragraph_number():
    text = ("On average, developing economies are expected to expand at a rate of 5.6 per cent and the economies in "
            "transition at 5.9 per cent. By July, 34.9% in the European Union countries had been vaccinated.")
    assert [(c.value, c.population) for c in claims_of(text)] == [
        (5.6, "developing economies"), (5.9, "economies in transition"), (34.9, "European Union")]
    assert values("Violence against women is prevalent worldwide. 61 113. The first study covered 10 000 women.") \
        == ["10 000"]


def test_a_part_of_a_number_of_people_counts_people():
    part, whole = claims_of("Nearly 1 billion of the 1.2 billion people in the world between the ages of 15 and 24 "
                            "live in developing countries.")
    assert (part.value, part.unit, whole.unit) == (1e9, "people", "people")


def test_a_named_place_keeps_its_figure_and_each_place_after_and_opens_the_next_clause():
    text = ("Reaffirming the target of reducing malaria mortality by at least 90 per cent by 2030, and noting that "
            "between 2000 and 2015 mortality decreased in South-East Asia by 44 per cent, in Africa by 37 per cent "
            "and in the Americas by 27 per cent,")
    assert [(c.value, c.population) for c in claims_of(text)] == [
        (44, "South-East Asia"), (37, "Africa"), (27, "the Americas")]
    text = ("The ratio of debt service to exports in low- and middle-income countries reached 13.2 per cent in 2022 "
            "and for low-income countries this ratio rose to 22.6 per cent.")
    assert [c.population for c in claims_of(text)] == ["low- and middle-income countries", "low-income countries"]


def test_a_place_left_out_is_not_whose_figure_it_is():
    text = ("External debt stocks in low and middle-income countries, excluding small island developing States, grew "
            "by 1 per cent per annum. Growth in Africa, except North Africa, reached 3 per cent.")
    assert [(c.population, c.group) for c in claims_of(text)] == [
        ("low and middle-income countries", None), ("Africa", "africa")]


def test_a_bracketed_uncertainty_range_is_not_part_of_the_noun_and_an_isbn_is_no_figure():
    text = "In 2009, 2.6 million [2.3 million–2.8 million] people became newly infected. ISBN 978-92-1-130458-9"
    assert [(c.value_text, c.population) for c in claims_of(text)] == [("2.6 million", "people")]


def test_a_currency_range_shares_its_scale_markers_set_off_by_commas_and_the_world_youth_population():
    assert [(c.value, c.value_high) for c in claims_of("Estimated additional annual cost: $40- $70 billion.")] == [
        (40e9, 70e9)]
    assert values("resolution 65.3 on strengthening policies to promote active ageing, 7 which recognized that "
                  "population ageing is among the major factors,") == []
    (youth,) = claims_of("The majority of the world youth population (84 per cent in 1995) lives in developing countries.")
    assert (youth.population, youth.group) == ("world", "world")


def test_civilians_violations_and_listed_categories_are_counted_as_they_should_be():
    text = ("At least 92 civilians, including 4 women and 25 children, were killed. The United Nations verified "
            "11,779 grave violations against children in Yemen. The report gives the number of people in the four "
            "human development categories.")
    assert [(c.value_text, c.unit, c.population) for c in claims_of(text)] == [
        ("92", "people", "civilians"), ("4", "people", "women"), ("25", "people", "children"),
        ("11,779", "count", "Yemen")]


def test_resolution_numbers_in_a_long_list_and_numbers_deep_in_an_address_are_codes():
    text = ("Implementation of Security Council resolutions 2139 (2014), 2165 (2014), 2191 (2014), 2258 (2015), "
            "2332 (2016), 2393 (2017), 2401 (2018), 2449 (2018), 2504 (2020), 2533 (2020) and 2585(2021). "
            "See https://example.org/implementation-of-security-council-resolutions-2139-2014-2165-2014-2191-2014-"
            "2258-2015-2332-2016-2393-2017-2401-2018-2449-2018-2504-2020-2533-2020-and-25852021-report/ for more.")
    assert values(text) == []


def test_a_footnote_marker_before_a_figure_does_not_take_the_figure_s_noun():
    text = "40.0 million internally displaced people 1 3.1 million asylum-seekers"
    assert [(c.value_text, c.unit) for c in claims_of(text)] == [("40.0 million", "people"), ("3.1 million", "people")]


def test_counts_of_people_named_by_who_or_by_an_earlier_count_and_the_representation_of_women():
    text = ("The jobs gap includes about 186 million who are unemployed. In schools in 2023, 447 million children lacked "
            "a basic drinking water service and 427 million lacked a basic sanitation service. The representation of "
            "women increased from 10 per cent to 17 per cent. Of those displaced, 70 per cent were children and women.")
    assert [(c.value_text, c.unit, c.population, c.sex) for c in claims_of(text)] == [
        ("186 million", "people", None, None), ("447 million", "people", "children", None),
        ("427 million", "people", "children", None), ("10 per cent", "percent", "women", "female"),
        ("17 per cent", "percent", "women", "female"), ("70 per cent", "percent", "children and women", None)]


def test_rates_of_child_marriage_are_female_but_counts_of_entities_are_not():
    text = ("Child marriage is most common in Southern Asia and sub-Saharan Africa, with rates of 44 per cent and "
            "37 per cent, respectively. The Assembly welcomed the commitment of 10 United Nations entities to end "
            "female genital mutilation. It will take 300 years to end child marriage, 286 years to close gaps in "
            "legal protection.")
    assert [(c.value_text, c.sex) for c in claims_of(text) if c.unit == "percent"] == [
        ("44 per cent", "female"), ("37 per cent", "female")]
    assert all(c.sex is None for c in claims_of(text) if c.unit != "percent")


def test_a_figure_at_mid_year_or_end_year_takes_that_year():
    (refugees,) = [c for c in claims_of("The number of refugees reached 43.4 million at mid-2024.")]
    assert refugees.year == 2024


def test_a_part_takes_its_whole_s_population_and_an_objective_to_double_is_a_target():
    text = ("A growing number of middle-income countries face challenges, and 35 out of the 68 countries eligible "
            "for the Trust remain at a high risk of debt distress. It supports them in their objective to double "
            "their per capita generation of electricity.")
    assert [(c.value_text, c.population) for c in claims_of(text)] == [("35", "countries"), ("68", "countries")]


def test_what_it_is_necessary_to_do_or_efforts_to_achieve_are_targets_and_a_marker_before_a_name_counts_nothing():
    text = ("Progress falls well below the pace necessary to double the global rate of improvement by 2030. "
            "It supports efforts to achieve the protection of at least 30 per cent of the world's land by 2030. "
            "Recalling the Decade of Action on Nutrition and its decision to extend the Decade 4 and the United "
            "Nations Decade on Ecosystem Restoration,")
    assert values(text) == []


def test_rural_and_urban_populations():
    text = "with 32.0 per cent of rural populations experiencing food insecurity compared with 23.9 per cent of urban populations"
    assert [(c.value, c.group) for c in claims_of(text)] == [(32.0, "rural"), (23.9, "urban")]


def test_what_an_assembly_calls_for_or_urges_is_a_target_and_a_number_in_a_quoted_name_is_no_figure():
    text = ("It calls for the scaling up of financing for climate action to at least 1.3 trillion United States "
            "dollars per year by 2035, including through the “Baku to Belém road map to 1.3 T”, and reiterates the "
            "call urging developed country Parties to at least double their provision of climate finance. "
            "For El Niño, Government plans call for approximately $5 billion.")
    assert values(text) == ["$5 billion"]


def test_a_sentence_that_names_no_population_speaks_of_the_one_the_sentence_before_gave_its_figures():
    text = ("In 2023, total debt servicing costs for all low- and middle-income countries reached a record high of "
            "$1.4 trillion. Principal repayments rose by 1 per cent to $950.9 billion. "
            "It comprises 67 members. Three out of four of the ministers are new.")
    assert [(c.value_text, c.population) for c in claims_of(text)] == [
        ("$1.4 trillion", "low- and middle-income countries"), ("1 per cent", "low- and middle-income countries"),
        ("$950.9 billion", "low- and middle-income countries"), ("67", "members"), ("Three out of four", None)]


def test_latin_america_alone_is_a_region():
    (c,) = claims_of("Latin America is lagging somewhat behind, with growth of about 3.9 per cent.")
    assert c.population == "Latin America"


def test_the_world_average_names_the_world_unless_it_is_the_comparator():
    text = ("Sub-Saharan Africa continues to have the highest under-5 mortality rate, at about twice the global "
            "average. Costs remain high, with the world average remittance transfer cost at 6.3 per cent. "
            "It welcomes the six Partnerships launched at the Summit.")
    assert [(c.value_text, c.population) for c in claims_of(text)] == [
        ("twice", "Sub-Saharan Africa"), ("6.3 per cent", "world")]


def test_a_share_of_countries_is_about_countries():
    text = "The share of countries submitting national reports has increased, from 13 per cent to 61 per cent."
    assert [(c.value, c.population) for c in claims_of(text)] == [(13, "countries"), (61, "countries")]


def test_members_of_the_development_assistance_committee_are_a_population():
    text = ("In 2024, ODA from countries that are members of the Development Assistance Committee of the OECD "
            "declined by 7.1 per cent in real terms, reaching $212.1 billion.")
    assert {c.population for c in claims_of(text)} == {"members of the Development Assistance Committee"}


def test_a_figure_for_both_is_the_two_populations_the_sentence_before_named():
    text = ("From 2015 to 2019, tax revenue rose from 65 to 66 per cent in advanced economies and from 60 to 61 per "
            "cent in emerging ones. After dropping to 52 per cent for both in 2020, it rebounded.")
    assert claims_of(text)[-1].population == "advanced and emerging economies"


def test_a_count_of_its_own_noun_does_not_stop_the_sentence_s_subject_carrying_over():
    text = ("In 2023, financial resources for developing countries reported by 106 bilateral and multilateral "
            "providers amounted to $303 billion. An increase is observed since 2019 (which amounted to $205.9 billion).")
    assert [(c.value_text, c.population) for c in claims_of(text)][-1] == ("$205.9 billion", "developing countries")


def test_donor_countries_are_a_population():
    (c,) = claims_of("ODA represents only 0.37 per cent of donor-country gross national income.")
    assert c.population == "donor countries"   # the adjective made its noun


def test_a_share_of_gross_national_income_is_aid_but_not_a_price_per_head_or_a_debt():
    aid = claims_of("ODA represents only 0.37 per cent of donor-country gross national income.")
    aid += claims_of("Gross national income fell in donors, and aid reached 0.3 per cent of it.")
    others = claims_of("The global median price of the mobile-broadband basket dropped from 1.5 to 1.3 per cent of "
                       "gross national income (GNI) per capita.")
    others += claims_of("External debt stocks reached 26 per cent of gross national income.")
    assert [c.indicator for c in aid] == ["oda_share_of_gni", "oda_share_of_gni"]
    assert [c.indicator for c in others] == [None, None, None]


def test_a_bare_range_before_its_noun_low_and_middle_income_without_a_space_and_the_world_s_non_literate():
    text = ("For every woman who dies, an estimated 20 to 30 women experience acute morbidities. "
            "70 per cent of 10-year-old children in low-and middle-income countries cannot read a simple text. "
            "Nearly two thirds of the world’s non-literate adults are women.")
    assert [(c.value_text, c.value_high, c.population) for c in claims_of(text)] == [
        ("20 to 30", 30, "women"), ("70 per cent", None, "low-and middle-income countries"),
        ("two thirds", None, "world")]


def test_a_figure_that_follows_another_is_about_the_same_population():
    text = ("There was a sharp drop in global GDP per capita of 3.8 per cent in 2020, followed by a rebound to "
            "growth of 5.5 per cent in 2021.")
    assert [(c.value, c.population) for c in claims_of(text)] == [(3.8, "world"), (5.5, "world")]


def test_a_share_of_no_one_that_opens_the_next_clause_is_of_the_people_before():
    text = ("A quarter of women still cannot make decisions about their bodies, including with their partners, "
            "and nearly one in ten have no choice in using contraception. "
            "About 30 per cent of women work, while 40 per cent of GDP is informal.")
    assert [(c.value_text, c.population, c.sex) for c in claims_of(text)] == [
        ("A quarter", "women", "female"), ("one in ten", "women", "female"),
        ("30 per cent", "women", "female"), ("40 per cent", None, None)]
    text = ("More than 340 million women and girls will still live in extreme poverty by 2030, and close to one in "
            "four will experience food insecurity. Some 20 million women and men were displaced.")
    assert [(c.value_text, c.population, c.sex) for c in claims_of(text)] == [
        ("340 million", "women and girls", "female"), ("one in four", "women and girls", "female"),
        ("20 million", "women and men", None)]


def test_half_a_billion_is_a_count_and_a_level_to_achieve_is_a_target():
    text = ("Some 70 per cent of hungry people live in rural areas, where nearly half a billion family farmers are "
            "located. It supports the Fund in order to achieve an annual funding level of 1 billion United States "
            "dollars.")
    assert [(c.value_text, c.value, c.unit) for c in claims_of(text)] == [
        ("70 per cent", 70, "percent"), ("half a billion", 5e8, "people")]


def test_a_year_earlier_is_the_year_before_the_sentence_s_year():
    text = "North and Central Asia experienced an increase in 2010 to 6.23 per cent from 6.02 per cent a year earlier."
    assert [(c.value, c.year) for c in claims_of(text)] == [(6.23, 2010), (6.02, 2009)]


def test_a_multiplier_that_restates_a_figure_is_about_its_population():
    text = "By April 2024, over 120 million people had been forcibly displaced, which was more than double the figure from 2015."
    assert [(c.value_text, c.population) for c in claims_of(text)] == [("120 million", "people"), ("double", "people")]


def test_a_figure_followed_by_the_proportion_of_girls_it_measures_is_female():
    (c,) = claims_of("Progress includes a decrease to 19 per cent in the proportion of girls who were married before 18.")
    assert c.sex == "female"


@pytest.mark.parametrize("text", [
    "The number offline decreased to an estimated 2.6 billion people, representing 33 per cent of the global population.",
    "Roughly 2.6 billion people, or 16 per cent of the world's population, experience significant disability.",
])
def test_a_count_of_people_restated_as_a_share_takes_that_population(text):
    count = next(c for c in claims_of(text) if c.unit == "people")
    assert (count.population, count.group) == ("world", "world")


def test_a_count_of_people_restated_as_a_share_of_no_named_group_keeps_its_noun():
    count = next(c for c in claims_of("Some 40 million people, or 12 per cent of those surveyed, lost work.")
                 if c.unit == "people")
    assert (count.population, count.group) == ("people", None)


def test_a_comparator_before_the_figure_is_not_its_population():
    text = "In 2023, mobile Internet costs in Africa were 12 times higher than in Europe, a gap that increased to 14 times in 2024."
    assert [(c.value_text, c.population) for c in claims_of(text)] == [("12 times", "Africa"), ("14 times", "Africa")]


def test_a_comparator_that_opens_its_own_clause_keeps_its_figures():
    text = "Costs in Africa were higher than in Europe, where 90 per cent of people are online."
    assert [(c.value_text, c.population) for c in claims_of(text)] == [("90 per cent", "Europe")]


def test_a_long_sentence_is_not_searched_from_the_middle_of_a_word():
    head = "Shortfalls persist in low- and middle-income countries, while "
    tail = "with about 15 per cent of the workers abroad."
    cut = head.index("middle") + 3   # the look-back from the figure starts inside 'middle'
    filler = "and noting that the need persists " * 20
    filler = filler[:cut + 400 - len(head) - tail.index("15")]
    (c,) = claims_of(head + filler + tail)
    assert c.population is None or not c.population.startswith(("dle", "-income", "income"))


def test_a_figure_deep_in_a_long_sentence_keeps_the_population_of_the_figure_before_it():
    text = ("Expressing deep concern that indicators of external debt sustainability of least developed countries "
            "deteriorated in 2023 and that the ratio of total debt service to export revenue rose to an estimated "
            "25.4 per cent, while the share of government revenue spent on servicing the public and publicly "
            "guaranteed debt continued to rise and the ratio of reserves to short-term debt, which had long been "
            "regarded as a key measure of resilience to external shocks by creditors and debtors alike, continued "
            "to fall to an estimated 234.1 per cent in 2023,")
    assert [(c.value_text, c.group) for c in claims_of(text)] == [("25.4 per cent", "ldc"), ("234.1 per cent", "ldc")]


def test_a_count_with_its_share_in_brackets_keeps_its_noun_and_lends_it_to_the_share():
    text = "Equal pay was legally required in 48 (34%) Member States, compared with just eight (6%) in 1995."
    assert [(c.value_text, c.unit, c.population) for c in claims_of(text)] == [
        ("48", "count", "member states"), ("34%", "percent", "member states"),
        ("eight", "count", "member states"), ("6%", "percent", "member states")]


@pytest.mark.parametrize("text", [
    "The proportion of people living below half the median income is falling globally.",
    "While most countries have seen pro-poor growth, 12 per cent still live below 50 per cent of median income.",
])
def test_a_relative_poverty_line_is_not_a_claim(text):
    assert all(c.value not in (50.0,) for c in claims_of(text))


def test_a_share_of_the_average_wage_is_a_claim():
    assert [c.value_text for c in claims_of("Women earn 80 per cent of the average wage of men.")] == ["80 per cent"]


def test_asia_is_a_place_and_people_on_earth_are_the_world():
    text = "Urban growth will increase the incidence of slums by 2.3 per cent and 5.3 per cent in Africa and Asia, respectively."
    assert [c.population for c in claims_of(text)] == ["Africa", "Asia"]
    (c,) = claims_of("More than 1 in every 74 people on Earth has been forced to flee.")
    assert c.group == "world"
    assert [c.population for c in claims_of("SOUTH AND WEST ASIA 100 children")] != ["ASIA"]


def test_resolutions_listed_with_their_dates_are_not_claims():
    text = ("Recalling Security Council resolutions 1325 (2000) of 31 October 2000, 1820 (2008) of 19 June 2008, "
            "1888 (2009) of 30 September 2009, 1889 (2009) of 5 October 2009, 1960 (2010) of 16 December 2010, "
            "2106 (2013) of 24 June 2013, 2242 (2015) of 13 October 2015 and 2493 (2019) of 29 October 2019 on women "
            "and peace and security,")
    assert not claims_of(text)


def test_a_count_of_people_in_its_own_that_clause_is_not_the_earlier_clauses_group():
    text = ("Tuberculosis disproportionately affects developing countries, and that an estimated 10.6 million people "
            "fell ill with tuberculosis, of whom 56.5 per cent were men, 32.5 per cent women and 11 per cent children.")
    assert [(c.value_text, c.population) for c in claims_of(text)] == [
        ("10.6 million", "people"), ("56.5 per cent", "men"), ("32.5 per cent", "women"), ("11 per cent", "children")]


def test_a_figure_in_brackets_after_a_sex_is_that_sexs():
    text = "Malawi was the only country with a higher proportion of women (47.1%) than men (41.3%) holding tenure rights."
    assert [(c.value_text, c.sex) for c in claims_of(text)] == [("47.1%", "female"), ("41.3%", "male")]


def test_a_count_of_people_restated_as_one_in_n_takes_that_population():
    (count, share) = claims_of("An estimated 733 million people faced hunger in 2023, 1 in 11 people globally.")
    assert (count.group, share.group) == ("world", "world")


def test_a_share_after_a_count_of_people_names_its_population_only_when_it_restates_the_count():
    (count, share) = claims_of("Some 3 million people were displaced in 2023, 40 per cent of them in Africa.")
    assert (count.population, share.population) == ("people", "Africa")


@pytest.mark.parametrize("text, population", [
    ("The Group of 20 (G20) economies account for about 80 per cent of global emissions.", "Group of 20 (G20) economies"),
    ("G20 countries account for about 80 per cent of global emissions.", "G20 countries"),
])
def test_the_g20_is_a_population(text, population):
    (c,) = claims_of(text)
    assert c.population == population


def test_what_parties_agreed_to_do_is_a_target():
    assert not claims_of("At COP29, parties agreed to triple finance to developing countries.")


def test_data_volumes_keep_their_units():
    text = "Mobile traffic reached 913 exabytes (EB) in 2022; it is estimated at 1.5 ZB in 2025, against 7.3 ZB for fixed broadband."
    assert [(c.value, c.unit) for c in claims_of(text)] == [(913.0, "EB"), (1.5, "ZB"), (7.3, "ZB")]


def test_an_age_range_written_with_a_suspended_hyphen_is_not_a_claim():
    text = "Young people are the driving force, with 75 per cent of the 15- to 24-year-old age group now online."
    assert [c.value_text for c in claims_of(text)] == ["75 per cent"]


def test_word_hundreds_are_read_whole_and_more_than_before_is_not_a_gap():
    (c,) = claims_of("One hundred million more children than before fail to demonstrate minimum proficiency.")
    assert (c.value, c.unit, c.population) == (1e8, "people", "children")


def test_slum_dwellers_are_people():
    (c,) = claims_of("This translates to over 1 billion slum dwellers.")
    assert (c.unit, c.population) == ("people", "slum dwellers")


def test_respectively_pairs_each_figure_and_its_bracketed_amount_with_a_population_after_a_preposition():
    text = ("Net bilateral aid to Africa and to LDCs rose in real terms by 1.3 per cent ($37 billion) and 2.6 per cent "
            "($33 billion), respectively, from 2018.")
    assert [c.population for c in claims_of(text)] == ["Africa", "Africa", "LDCs", "LDCs"]


@pytest.mark.parametrize("text", [
    "However, the world faces a triple crisis of climate change, pollution and biodiversity loss.",
    "Due to rounding, percentages may not add up to 100 per cent.",
])
def test_figures_of_speech_are_not_claims(text):
    assert not claims_of(text)


def test_a_multiplier_before_a_figure_and_full_coverage_stay_claims():
    assert [c.value_text for c in claims_of("This estimate is nearly triple the 5.4 million reported deaths.")][0] == "triple"
    assert [c.value for c in claims_of("Coverage reached 100 per cent in 2023.")] == [100.0]


def test_cubic_metres_are_a_unit():
    (c,) = claims_of("Global wood production has reached a record high of 4 billion cubic metres annually.")
    assert (c.value, c.unit) == (4e9, "m**3")


def test_a_multiple_of_that_in_another_group_is_about_the_first():
    text = ("Traffic per subscription in high-income countries (16.2 GB) is roughly eight times that in low-income "
            "countries (2 GB), and across low-income and middle-income economies it is about half that in "
            "upper-middle-income economies.")
    assert [(c.value_text, c.population) for c in claims_of(text)] == [
        ("16.2 GB", "high-income countries"), ("eight times", "high-income countries"), ("2 GB", "low-income countries"),
        ("half", "low-income and middle-income economies")]


def test_a_bracketed_pair_after_two_sexes_compared_takes_their_sexes_in_order():
    text = ("Young women are more likely than young men to be not in education, employment or training "
            "(28.1 per cent compared with 13.1 per cent).")
    assert [(c.value_text, c.sex) for c in claims_of(text)] == [("28.1 per cent", "female"), ("13.1 per cent", "male")]


def test_a_median_age_is_a_figure_and_lengths_keep_their_units():
    text = "The median age of the world population is 30.5 years, and sea level rose by 4.62 mm per year."
    assert [(c.value, c.unit) for c in claims_of(text)] == [(30.5, "year"), (4.62, "mm")]


def test_a_past_value_after_up_from_keeps_the_population_of_the_figure_it_dates():
    text = "In 2024, developing economies accounted for 46% of global merchandise exports—up from 42% in 2014."
    assert [c.population for c in claims_of(text)] == ["developing economies", "developing economies"]


def test_a_multiplier_naming_a_listed_crisis_is_not_a_claim():
    assert not claims_of("The war is causing a triple food, fuel and finance crisis.")


def test_people_named_by_their_country_are_counted_as_people():
    text = "At least 970 Palestinians were at risk, while some 3.4 million Sudanese and 1.2 million Yemenis fled."
    assert [(c.unit, c.population) for c in claims_of(text)] == [
        ("people", "Palestinians"), ("people", "Sudanese"), ("people", "Yemenis")]


def test_a_number_word_inside_a_compound_word_is_not_a_claim():
    assert [c.value_text for c in claims_of("Some 14.3 million did not receive a single dose, so-called zero-dose children.")] \
        == ["14.3 million"]


def test_an_acronym_in_brackets_does_not_end_the_clause_that_sets_a_target():
    text = ("This is about one third of the 6.4 per cent annual rate needed to achieve the Sustainable Development Goal "
            "(SDG) of 70 maternal deaths per 100,000 live births by 2030.")
    assert [c.value_text for c in claims_of(text)] == ["one third"]


@pytest.mark.parametrize("text, population", [
    ("Nearly one in three women (736 million) have been subjected to violence.", "women"),
    ("Some 9 per cent of the world population (712 million) lived in extreme poverty.", "world"),
])
def test_a_scaled_count_in_brackets_after_a_share_of_people_counts_them(text, population):
    share, count = claims_of(text)
    assert (count.unit, count.population) == ("people", population)


def test_a_count_that_is_people_named_after_are_counts_them():
    text = "Of them, 53.2 million are internally displaced people and 32.5 million are refugees."
    assert [(c.unit, c.population) for c in claims_of(text)] == [("people", "internally displaced people"), ("people", "refugees")]
    (c,) = claims_of("Of the total, 28 billion were in arrears.")
    assert (c.unit, c.population) == ("count", None)


def test_the_world_as_the_base_of_a_share_leaves_the_share_to_its_subject():
    (c,) = claims_of("Low- and middle-income countries host 74 per cent of the world’s refugees.")
    assert c.population == "Low- and middle-income countries"
    (c,) = claims_of("Some 68 per cent of the global population used the Internet.")
    assert c.population == "world"


@pytest.mark.parametrize("text, year", [
    ("By 30 June 2025, 46 of the 57 Member States had ratified the amendment.", 2025),
    ("As at 31 December 2023, 117.3 million people were forcibly displaced.", 2023),
    ("The food price index stood at 120 points in June 2024.", 2024),
])
def test_a_date_gives_its_year(text, year):
    assert {c.year for c in claims_of(text)} == {year}


def test_parties_to_a_treaty_are_counted():
    assert [(c.value, c.population) for c in claims_of("The Conference adopted the stocktake; 198 Parties attended.")] \
        == [(198.0, "Parties")]


def test_one_per_n_people_is_a_share_and_income_ones_name_the_noun_used_last():
    text = "Health worker density ranges from 1 per 64 people in high-income countries to 1 per 621 in low-income ones."
    assert [(round(c.value, 4), c.unit, c.population) for c in claims_of(text)] == [
        (1.5625, "percent", "high-income countries"), (0.161, "percent", "low-income countries")]
    assert [(c.value, c.unit) for c in claims_of("There were 2.3 doctors per 100 inhabitants.")] == [(2.3, "per_100")]


def test_a_bracketed_pair_with_one_sex_read_twice_takes_both_sexes_in_order():
    text = ("Men were more likely than women to disapprove of women’s paid employment outside the home "
            "(20% versus 14%, respectively).")
    assert [(c.value_text, c.sex) for c in claims_of(text)] == [("20%", "male"), ("14%", "female")]


def test_united_nations_member_states_are_member_states():
    (c,) = claims_of("As of 2020, 173 United Nations Member States and territories have ratified the Convention.")
    assert c.population == "United Nations Member States"


@pytest.mark.parametrize("text, expected", [
    ("The gap had been reduced (36.2% for women and 39.3% for men).", [("women", "female"), ("men", "male")]),
    ("In 1996 the attendance rate for young women was 29.7% and for young men it was 35.4%.",
     [("young women", "female"), ("young men", "male")]),
    ("In 2019, young women’s attendance rate was 50.6% and men’s rate was 50.2%.", [("young women", "female"), ("men", "male")]),
])
def test_each_figure_takes_the_sex_named_last_before_or_right_after_it(text, expected):
    assert [(c.population, c.sex) for c in claims_of(text)] == expected


def test_a_multiple_of_the_global_average_is_not_about_the_world():
    text = ("Sub-Saharan Africa has an HIV incidence of 0.93 per 1,000 for men (almost 4 times the global average) "
            "and 1.3 per 1,000 for women (more than 5 times the global average).")
    assert {c.population for c in claims_of(text)} == {"Sub-Saharan Africa"}


def test_the_sexes_compared_are_read_in_the_pairs_own_clause():
    text = ("In Mongolia, where the proportion of women with accounts was four percentage points higher than that of men, "
            "data revealed that women entrepreneurs were more likely than men to register their businesses "
            "(47% versus 32%, respectively).")
    assert [(c.value_text, c.sex) for c in claims_of(text)][1:] == [("47%", "female"), ("32%", "male")]


def test_a_gap_between_the_sexes_has_no_sex():
    (c,) = claims_of("In Mongolia the proportion of women with accounts was four percentage points higher than that of men.")
    assert (c.unit, c.sex) == ("percentage_point", None)


def test_the_levels_a_score_moves_between_are_claims():
    text = ("The global average score dropped from 5 (very high implementation) in 2022 to 4 (high implementation) "
            "in 2024, based on reports from 112 countries.")
    assert [(c.value, c.unit) for c in claims_of(text)] == [(5.0, "ratio"), (4.0, "ratio"), (112.0, "count")]
    assert not claims_of("Funding rose to 12 in 2024.")
    assert not claims_of("The gender parity score is the ratio of two percentages.")   # a count of things, not a level


@pytest.mark.parametrize("scope", ["after", "before", "sentence", "any"])
def test_every_group_pattern_starts_at_a_word_so_one_pass_finds_where_groups_can_match(scope):
    from statclaims.claims import _group_starts
    assert _group_starts(scope).anywhere is not None   # else every group's pattern scans every segment


def test_every_group_pattern_opens_with_letters_so_the_one_pass_scan_stops_at_few_places():
    import re
    from statclaims import vocabulary
    from statclaims.claims import _parser, _sequence_prefixes
    for group in vocabulary.groups():
        prefixes = _sequence_prefixes(_parser.parse(group.pattern.pattern, re.IGNORECASE))
        assert prefixes and "" not in prefixes, group.pattern.pattern[:80]   # else the scan stops after every space


def test_common_short_names_of_countries_are_places():
    text = ("In Vietnam 40 per cent, in Tanzania 30 per cent, in Cape Verde 25 per cent and in the Occupied "
            "Palestinian Territory 20 per cent of households were poor.")
    assert [c.population for c in claims_of(text)] == ["Vietnam", "Tanzania", "Cape Verde", "Occupied Palestinian Territory"]


def test_a_scaled_count_of_the_people_named_before_it():
    text = "Of these people, 28 million were in forced labour and 22 million were trapped in forced marriage."
    assert [(c.unit, c.population) for c in claims_of(text)] == [("people", "people"), ("people", "people")]
    assert [c.unit for c in claims_of("Of these funds, 28 million were spent.")] == ["count"]


def test_an_amount_pledged_is_a_claim_but_a_pledge_to_do_is_a_target():
    assert [c.value_text for c in claims_of("Donors pledged $2.4 billion at the conference.")] == ["$2.4 billion"]
    assert not claims_of("Donors pledged to provide $100 billion a year.")


def test_a_count_of_people_that_restates_a_share_before_it_takes_the_shares_population():
    text = "In 2021, 5.8% of the world’s population – equal to 296 million people – used drugs."
    assert [(c.unit, c.population) for c in claims_of(text)] == [("percent", "world"), ("people", "world")]


def test_a_capital_m_glued_to_a_number_before_words_is_millions():
    (count, people) = claims_of("Conflict was the main driver in 20 countries, with 135M people facing acute food insecurity.")
    assert (people.value, people.unit) == (135e6, "people")


def test_uncertainty_bounds_in_square_brackets_belong_to_the_figure_before():
    text = "In 2023, 1.3 million [1.0 million–1.7 million] people acquired HIV."
    assert [c.value_text for c in claims_of(text)] == ["1.3 million"]


def test_more_people_nouns_count_people():
    (c,) = claims_of("Cannabis is the most used drug, with an estimated 219 million consumers.")
    assert (c.unit, c.population) == ("people", "consumers")


def test_bare_people_after_a_sentence_about_the_world_are_the_worlds_and_no_one_elses():
    text = ("Internet usage reached 68 per cent of the global population in 2024. Nonetheless, 2.6 billion people "
            "remain offline.")
    assert [c.group for c in claims_of(text)] == ["world", "world"]
    text = "Debt in advanced economies reached $31 trillion. Today, 3.4 billion people live in countries that spend more."
    assert [c.population for c in claims_of(text)] == ["advanced economies", "people"]


def test_who_and_which_speak_of_the_people_or_countries_just_before_them():
    text = ("Most people living in extreme poverty are children, who are more than twice as likely as adults to "
            "experience it.")
    assert [c.population for c in claims_of(text)] == ["children"]
    text = "Aid included supplies for children, which had included nearly 1 billion doses of vaccines."
    assert [c.population for c in claims_of(text)] == [None]
    text = ("The least developed countries, which account for 14 per cent of the world population, received 2 per cent "
            "of investment.")
    assert [c.group for c in claims_of(text)] == ["world", "ldc"]


def test_the_nearest_people_named_before_a_share_are_its_population():
    text = ("One third of the children not attending school are children with disabilities and the literacy rate "
            "among adults with disabilities is as low as 3 per cent in some countries.")
    assert [c.population for c in claims_of(text)] == ["children", "adults with disabilities"]
    (c,) = claims_of("Among those not owning mobile telephones, women outnumbered men by 31 per cent.")
    assert c.population == "women"


def test_a_share_of_a_share_of_people_is_of_the_same_people_and_in_a_place_opening_the_sentence_people_are_its():
    text = ("In 2011, about 90 per cent of Roma surveyed lived below national poverty lines and 45 per cent of them "
            "lived in households lacking at least one basic amenity. In Africa, 20 million children are out of school.")
    assert [(c.population, c.group) for c in claims_of(text)] == [
        ("Roma", None), ("Roma", None), ("children", "africa")]
    (c,) = claims_of("In contrast to Africa, 20 million children in Europe are out of school.")
    assert c.group != "africa"


def test_a_share_of_the_people_a_count_just_counted_is_of_the_counts_population():
    text = "An estimated 754 million adults, two thirds of them women, lack basic literacy skills."
    assert [c.population for c in claims_of(text)] == ["adults", "adults"]
    text = "37 million children under 5 years of age (5.6 per cent) were overweight in 2022."
    assert [c.population for c in claims_of(text)] == ["children", "children"]
    text = "Globally, more than 370 million girls and women (1 in 8) have experienced sexual violence."
    assert [(c.population, c.group) for c in claims_of(text)][1] == ("girls and women", "world")
    text = "2.6 billion people (33 per cent of the global population) remain offline."
    assert [c.group for c in claims_of(text)] == ["world", "world"]


def test_people_named_after_among_are_whose_the_figures_are_unless_a_place_follows():
    text = ("Between 713 million and 757 million people in the world faced hunger in 2023, and among children under 5 "
            "years of age, an estimated 148.1 million (22.3 per cent) were stunted.")
    assert [(c.population, c.group) for c in claims_of(text)] == [
        ("world", "world"), ("children under 5 years of age", None), ("children under 5 years of age", None)]
    text = "Hunger rose in the world; among children in Africa, 30 per cent were stunted."
    assert [c.group for c in claims_of(text)] == ["africa"]
    text = "The global adolescent birth rate among girls between the ages of 15 and 19 fell to 38.3 per 1,000 in 2024."
    assert [(c.population, c.group) for c in claims_of(text)] == [("girls between the ages of 15 and 19", "world")]
    (c,) = claims_of("Among infants under 6 months of age, 47.7 per cent were exclusively breastfed in 2021.")
    assert c.population == "infants under 6 months of age"
    text = ("Food insecurity affected 33.3 per cent of adults in rural areas compared with 28.8 per cent in peri-urban "
            "areas and 26.0 per cent in urban areas.")
    assert [(c.population, c.group) for c in claims_of(text)] == [
        ("rural areas", "rural"), ("peri-urban areas", None), ("urban areas", "urban")]


def test_a_new_that_clause_of_a_resolution_does_not_inherit_the_place_before_it():
    text = ("Poverty persists in some middle-income countries, noting with concern that, as of 2024, approximately "
            "692 million people still live in extreme poverty.")
    assert [c.population for c in claims_of(text)] == ["people"]
    text = ("Users in high-income countries grew by just 1.1 per cent, considering that 93 out of every 100 people in "
            "this group of countries are already online.")
    assert [c.group for c in claims_of(text)] == ["high_income", "high_income"]


def test_a_level_written_before_what_is_changed_is_a_target():
    text = "Promoting cheaper remittances and reducing to less than 3 per cent the transaction costs of remittances."
    assert values(text) == []
    assert values("The cost of remittances was reduced to 6.2 per cent in 2023.") == ["6.2 per cent"]


def test_the_year_of_a_change_start_is_not_its_ends_and_around_a_year_is_a_year():
    text = "The marriage of girls under age 15 declined globally from 12 per cent in 1990 to 7 per cent today."
    assert [c.year for c in claims_of(text)] == [1990, None]
    text = "The share dropped from 32 per cent around 1990 to 26 per cent around 2015."
    assert [c.year for c in claims_of(text)] == [1990, 2015]
    assert [c.year for c in claims_of("In 2023, the rate fell from 12 per cent to 7 per cent.")] == [2023, 2023]


def test_slices_of_a_distribution_minutes_of_a_definition_and_envisaged_reductions_are_not_claims():
    text = "The richest 1 per cent own 45 per cent of global wealth, and the bottom 50 per cent own 2 per cent."
    assert values(text) == ["45 per cent", "2 per cent"]
    assert values("Another 263 million people spent over 30 minutes collecting water.") == ["263 million"]
    assert values("This was short of the two-thirds reduction envisaged in the MDGs.") == []


def test_a_clause_opened_by_a_conjunction_after_the_figure_names_another_subject():
    (c,) = claims_of("Aid to Africa fell by 0.5 per cent as some DAC members backtracked on a commitment.")
    assert (c.population, c.group) == ("Africa", "africa")


def test_a_sentence_opening_with_the_region_speaks_of_the_region_the_sentence_before_named():
    text = ("More than half the people without electricity lived in sub-Saharan Africa. The region had the lowest "
            "electrification rate at 37 per cent, but the figure dropped to just 17 per cent in rural areas.")
    assert [c.population for c in claims_of(text)] == ["sub-Saharan Africa", "sub-Saharan Africa", "rural areas"]


def test_a_part_out_of_a_total_is_counted_and_a_bracketed_number_glued_after_a_sentence_is_a_marker():
    text = "Then 93 out of a total of 125 developing and transition countries are affected."
    assert values(text) == ["93", "125"]
    (children, mothers) = claims_of("The lives of 30 million children and 2 million mothers can be spared.(1) The spread "
                                    "of AIDS can be reversed.\n\n(1) UNFPA estimates.")
    assert (children.footnote, mothers.footnote) == ("1", "1")


def test_a_pathways_odds_a_cost_cut_off_and_a_goal_pursued_are_not_claims():
    text = ("The report focuses on limiting global warming to well below 2°C, while pursuing 1.5°C relative to "
            "pre-industrial levels. It will become impossible to reach a pathway that would limit global warming to "
            "1.5°C (>50 per cent chance). The potential at costs below US$200 per ton of CO2e remains sufficient.")
    assert values(text) == []
    assert values("There is a 60 per cent chance of La Niña conditions developing from October.") == ["60 per cent"]


def test_both_ends_of_a_change_take_the_population_named_after_its_end():
    text = ("The percentage almost doubled from 6 per cent in 1990 to 11 per cent in 2019 in Eastern and South-Eastern "
            "Asia, and from 5 per cent in 1990 to 9 per cent in 2019 in Latin America and the Caribbean.")
    assert [c.population for c in claims_of(text)][1:] == ["Eastern and South-Eastern Asia"] * 2 + [
        "Latin America and the Caribbean"] * 2


def test_older_persons_in_the_world_and_that_proportion_are_the_worlds():
    text = ("There were 703 million persons aged 65 years or over in the world in 2019. Globally, the share rose to 9 per "
            "cent in 2019. That proportion is projected to rise to 16 per cent by 2050, so that one in six people in the "
            "world will be aged 65 years or over.")
    assert [c.group for c in claims_of(text)] == ["world"] * 4


def test_half_a_billion_hyphenated_and_a_share_of_a_worldwide_total_named_after_it():
    (c,) = claims_of("Almost half-a-billion people have insufficient access to paid work.")
    assert (c.value, c.unit) == (5e8, "people")
    (c,) = claims_of("Over the last 50 years, 69% of worldwide deaths caused by climate-related disasters occurred in LDCs.")
    assert c.group == "ldc"


def test_the_world_economy_and_world_trade_are_the_worlds_but_the_world_trade_organization_is_not():
    text = ("UNCTAD projects that world economic growth will slow to 2.5% in 2022, costing close to 20% of the "
            "world’s income. LDCs account for less than 1 per cent of world trade.")
    assert [c.group for c in claims_of(text)] == ["world", "world", "ldc"]
    (c,) = claims_of("The World Trade Organization has 166 members.")
    assert c.group is None
    (c,) = claims_of("North America saw a 23% rise.")
    assert c.population == "North America"


def test_a_dated_bare_start_of_a_change_is_in_its_ends_unit_and_a_count_before_and_shares_its_noun():
    (start, end) = claims_of("Growth picked up (from 3.6 in 2016 to 4.2 per cent in 2017).")
    assert (start.value, start.unit, start.year) == (3.6, "percent", 2016)
    assert values("In 2010, the figures were 46 and 49 countries respectively.") == ["46", "49"]


def test_regions_named_in_full_and_ages_written_as_younger_than():
    text = ("The under-18 population in Middle East and North Africa: 153 million; in East Asia and Pacific: 594 million; "
            "in South-Eastern Europe: 40 million.")
    assert [c.population for c in claims_of(text)] == ["Middle East and North Africa", "East Asia and Pacific",
                                                        "South-Eastern Europe"]
    assert values("Children younger than five living in France: 3.6 million; those who died before they were five: 10.6 million.") \
        == ["3.6 million", "10.6 million"]


def test_an_aside_in_brackets_names_no_subject_for_the_sentence():
    text = ("Cultivation in Myanmar, the country with the world’s second largest area (accounting for 10 per cent of the "
            "global estimated area in 2017), declined over the period 2015–2017 by some 25 per cent to 41,000 ha.")
    assert [c.group for c in claims_of(text)][1] is None


def test_a_period_after_a_figure_gives_no_single_year_and_a_count_after_and_shares_the_noun_before():
    (c,) = claims_of("Between 2023 and 2024, approximately four times more children and women were killed in armed "
                     "conflicts than during 2021–2022.")
    assert c.year is None
    text = "We recorded at least 1,207 civilian casualties, including 406 people killed and 801 injured."
    assert [(c.value_text, c.unit) for c in claims_of(text)][1:] == [("406", "people"), ("801", "people")]
    text = "Noting that 195 States and 1 regional economic integration organization are parties to the Convention."
    assert values(text) == ["195"]


def test_the_world_as_the_base_of_a_groups_share_gives_the_share_to_the_group():
    text = "Nonetheless, the share of LDCs in world exports in 2017 remained less than 1 per cent."
    assert [c.group for c in claims_of(text)] == ["ldc"]
    text = "The landlocked developing countries’ share of global merchandise exports was just 1.15 per cent in 2024."
    assert [c.group for c in claims_of(text)] == ["lldc"]
    text = "Investment in developing countries contributed to an increase in the global electrification rate to 91 per cent."
    assert [c.group for c in claims_of(text)] == ["world"]


def test_african_subregions_in_full_and_a_dashboards_spaced_scale_letter_after_a_currency():
    text = "In the coming year, 74.1 million people will need assistance in East and Southern Africa."
    assert [c.population for c in claims_of(text)] == ["East and Southern Africa"]
    assert [c.value for c in claims_of("Requirements rose to $ 46.4 B this year.")] == [46.4e9]


def test_the_clause_goes_on_after_bounds_in_square_brackets_and_half_of_whom_are_the_counts():
    (c,) = claims_of("In 2015, 46% [43–50%] of all adults living with HIV were accessing treatment.")
    assert c.population == "adults"
    text = "Among them are nearly 26 million refugees, around half of whom are under the age of 18."
    assert [c.population for c in claims_of(text)] == ["refugees", "refugees"]


def test_a_part_out_of_a_scaled_whole_and_commitments_to_provide_or_encourage_an_amount():
    text = "Despite these trends, 1.1 billion out of 6.1 billion people covered by the global MPI live in poverty."
    assert [(c.unit, c.population) for c in claims_of(text)] == [("people", "people"), ("people", "people")]
    assert values("The commitment for economically advanced countries to provide 0.7% of their GNI as ODA.") == []
    assert values("The Agenda includes new commitments to encourage ODA of 0.2 per cent of GNI to LDCs.") == []


def test_a_count_with_a_bracketed_share_before_its_noun_and_shares_that_restate_it():
    text = ("UNICEF estimates that approximately 70 million (around one in three) young women aged 20-24 were married "
            "before the age of 18. Globally, almost 400 million women aged 20-49, or over 40 per cent, were married.")
    assert [(c.unit, c.population, c.sex) for c in claims_of(text)] == [
        ("people", "women", "female"), ("percent", "women", "female"),
        ("people", "women", "female"), ("percent", "women", "female")]
    assert [c.group for c in claims_of(text)][2:] == ["world", "world"]


def test_frequencies_spaced_reference_markers_and_counts_that_only_people_can_be():
    assert values("The report is published four times a year.") == []
    (c,) = claims_of("Women have won 61.3 per cent of seats in the lower house [3].\n\n[3] IPU data.")
    assert c.footnote == "3"
    (c,) = claims_of("In 2022, 2.2 billion still lacked safely managed drinking water.")
    assert (c.unit, c.population) == ("people", "people")
    assert [c.unit for c in claims_of("Exports reached 2.2 billion in 2022.")] == ["count"]
    text = "As of June 2013, 8 women served as Head of State and 13 served as Head of Government."
    assert [c.sex for c in claims_of(text)] == ["female", "female"]


def test_a_world_figure_about_the_people_a_rate_is_of_names_those_people_as_its_population():
    text = ("Globally, the proportion of women aged 20 to 24 who reported that they were married before their eighteenth "
            "birthdays dropped from 32 per cent around 1990 to 26 per cent around 2015.")
    assert [(c.population, c.group, c.sex) for c in claims_of(text)] == [("women aged 20 to 24", "world", "female")] * 2
    text = "The marriage of girls under age 15 declined globally from 12 per cent in 1990 to 7 per cent today."
    assert [(c.population, c.group) for c in claims_of(text)] == [("girls under age 15", "world")] * 2


def test_people_counted_worldwide_after_their_noun_are_the_worlds():
    (c,) = claims_of("The organization works for the 240 million children with disabilities worldwide.")
    assert (c.population, c.group) == ("children", "world")


def test_the_world_that_closes_a_sentence_or_is_set_off_just_before_a_count_is_whose_figure_it_is():
    text = ("In 2023, 189 million people were officially recorded as being unemployed, worldwide. "
            "In 2023 it stood at 5.1 per cent, globally. "
            "This means that globally, there are 244 million more men than women using the Internet. "
            "In Kenya, 2 million people were unemployed.")
    assert [(c.population, c.group) for c in claims_of(text)] == [
        ("world", "world"), ("world", "world"), ("men and women", "world"), ("Kenya", None)]


def test_people_a_rate_is_for_lists_of_places_and_the_worlds_count():
    text = "Unemployment in this region reached 7.8% for adults and 25.6% for youth, or 12.2% in total."
    assert [c.population for c in claims_of(text)] == ["adults", "youth", None]
    (c,) = claims_of("Colombia, Ecuador, Mexico and Peru also presented decreases of nearly 4 percentage points.")
    assert c.population == "Colombia, Ecuador, Mexico and Peru"
    (share, count) = claims_of("South Asia is home to half the world’s 1 billion extremely poor rural people.")
    assert (share.population, count.group) == ("South Asia", "world")
    (c,) = claims_of("Even in difficult years, LDC growth averaged 4.9 per cent.")
    assert c.group == "ldc"
    assert values("They committed to reducing by half the proportion of people living on less than $1 a day.") == []


def test_rates_with_long_nouns_square_km_and_shares_of_qualified_women():
    text = "More than 55 per cent had fewer than 40 nursing and midwifery personnel per 10,000 people."
    assert [c.unit for c in claims_of(text)] == ["percent", "per_10000"]
    assert [c.unit for c in claims_of("Restoration of 50 million square km of land is needed.")] == ["km**2"]
    (count, share) = claims_of("Data from 106 countries show that 18 per cent of ever-partnered women and girls aged 15 "
                               "to 49 have experienced violence.")
    assert (share.population, share.sex) == ("ever-partnered women and girls aged 15 to 49", "female")


def test_goals_written_ideally_a_proportion_carried_on_and_the_world_as_a_base_of_the_sentences_subject():
    assert values("The goal of limiting global temperature rise to 2°C—ideally 1.5°C—by the end of the century.") == []
    text = "In 1950, one-third of the world’s people lived in cities. Just 50 years later, this proportion has risen to one-half."
    assert [(c.population, c.group) for c in claims_of(text)] == [("cities", "urban")] * 2
    text = ("However, the Least Developed Countries (LDCs), which have 11.6 per cent of the world’s population, contributed "
            "only 0.5 per cent of world MVA.")
    assert [c.group for c in claims_of(text)] == ["world", "ldc"]
    assert [c.group for c in claims_of("Exports reached 5 per cent of world trade.")] == ["world"]


def test_developed_and_developing_regions_the_drc_and_the_gross_world_product():
    text = ("Growth will take place in the less developed regions, where today’s 5.3 billion population is expected to "
            "swell to 7.8 billion in 2050. The population of the more developed regions will remain at 1.2 billion.")
    assert [(c.group, c.year) for c in claims_of(text)] == [("developing", None), ("developing", 2050), ("developed", None)]
    (c,) = claims_of("Nearly 6.35 million people in DRC are in need of humanitarian assistance.")
    assert c.population == "DRC"
    (c,) = claims_of("The Survey projects growth of only 1.5 per cent in gross world product (GWP) in 2002.")
    assert c.group == "world"


def test_a_changes_start_has_its_own_year_and_a_quotation_is_not_its_speakers():
    text = "World population will grow from 6.5 billion today to 9.1 billion in 2050."
    assert [c.year for c in claims_of(text)] == [None, 2050]
    text = ("The representative of Sri Lanka said that “between 1992 and 2019, women served as only 6 per cent of "
            "mediators”.")
    assert [c.population for c in claims_of(text)] != ["Sri Lanka"]
    text = ("The shares of South-Eastern Asia and Eastern Asia in the developing regions’ undernourished people declined "
            "from 13.4 to 7.5 per cent.")
    assert {c.population for c in claims_of(text)} == {"South-Eastern Asia and Eastern Asia"}


def test_an_opening_while_clause_names_no_population_and_a_degree_celsius_target_is_a_target():
    (c,) = claims_of("20 June 2014 – While the world gathers to support their teams in Brazil, eight people a minute are "
                     "forced to flee.")
    assert c.population == "people"
    assert values("“If you are looking at the 1.5 degree (Celsius target), we have a gap of around 30 gigatonnes,” he "
                  "said.") == ["30 gigatonnes"]


def test_half_a_per_cent_dashed_restatements_demonyms_displacement_and_parallel_aims():
    assert [(c.value, c.unit) for c in claims_of("The rate fell by just half a per cent.")] == [(0.5, "percent")]
    text = "Over the past two years, more than 840 million people—roughly one in eight—suffered from chronic hunger."
    assert [c.population for c in claims_of(text)] == ["people", "people"]
    text = "Three million Syrians have fled into neighbouring countries. A further 6.5 million have been internally displaced."
    assert [(c.unit, c.population) for c in claims_of(text)] == [("people", "Syrians"), ("people", "people")]
    (c,) = claims_of("UN High Commissioner for Refugees Antonio Guterres says donors contributed over $4 billion.")
    assert c.population is None
    text = ("The world has to commit to new targets to reducing new HIV infections by 90 per cent, to reducing "
            "discrimination by 90 per cent and to reducing AIDS related deaths by 90 per cent.")
    assert values(text) == []
    assert [c.year for c in claims_of("The number grew from 31 million in 1990 to about 44 million presently.")] == [1990, None]


def test_a_generic_population_keeps_a_two_word_proper_name():
    text = "Up to one third of populations in some Pacific Island countries have this condition."
    assert [c.population for c in claims_of(text)] == ["Pacific Island countries"]
    assert [c.population for c in claims_of("In developing countries, 30 per cent lack water.")] == ["developing countries"]


def test_twice_in_quotes_periods_ending_a_year_adjectival_regions_and_goals_agreed():
    assert values("When a country is hit by conflict, its children are “victimized twice”.") == []
    assert values("In the four years to the end of 2009, penetration rates almost tripled.") == ["tripled"]
    text = "The Latin American and Caribbean region (26 per cent), and Asian and Pacific States (24 per cent) follow."
    assert [c.population for c in claims_of(text)] == ["Latin American and Caribbean", "Asian and Pacific"]
    assert values("Global goals agreed by the international community include a 90 per cent reduction by 2030.") == []
    assert values("It will take 300 years to end child marriage.") == ["300 years"]


def test_ppm_partners_of_people_counts_the_place_of_them_in_and_the_sex_of_people_after_among():
    text = "In 2017, CO2 concentrations reached 405.5 parts per million (ppm) (up from 400.1 ppm in 2015)."
    assert [c.unit for c in claims_of(text)] == ["ppm", "ppm"]
    text = "Southern Asia and sub-Saharan Africa will see an additional 32 million and 26 million people, respectively."
    assert [c.unit for c in claims_of(text)] == ["people", "people"]
    text = "759 million people were still without access in 2019, with three quarters of them in sub-Saharan Africa."
    assert [c.population for c in claims_of(text)] == ["people", "sub-Saharan Africa"]
    text = "150 countries have national urban plans, with almost half of them in the implementation phase."
    assert [c.population for c in claims_of(text)] == ["countries", "countries"]
    text = ("Among girls and women who have ever been married, nearly 24 per cent of those aged 15 to 19 years have been "
            "subjected to such violence.")
    assert [(c.population, c.sex) for c in claims_of(text)] == [("girls and women", "female")]


def test_people_after_among_give_a_sex_only_when_they_are_all_of_it_and_the_figure_is_no_ratio_between_sexes():
    (c,) = claims_of("Casualties among children and women in armed conflicts quadrupled in 2023–2024.")
    assert c.sex is None
    text = "In almost half of these countries, the rate of landownership among men is at least double the rate among women."
    assert [(c.value_text, c.sex) for c in claims_of(text)] == [("half", None), ("double", None)]


def test_a_scaled_count_in_brackets_after_people_counts_them():
    text = "The world today has the biggest generation of young people in history (1.8 billion)."
    assert [(c.unit, c.population) for c in claims_of(text)] == [("people", "young people")]
    assert [c.unit for c in claims_of("Exports of goods (1.8 billion) rose.")] == ["count"]


def test_poverty_lines_are_thresholds_and_females_and_males_are_people_of_one_sex():
    text = ("Overall, 24.3 million more females live in extreme poverty compared to males. By 2030, a projected 8.1 per "
            "cent of females (compared to 7.6 per cent of males) will linger in extreme poverty. The situation is worse "
            "at the $3.65 and $6.85 international poverty lines. Proportion of the population living below $2.15/day.")
    assert [(c.value_text, c.population, c.sex) for c in claims_of(text)] == [
        ("24.3 million", "females and males", None), ("8.1 per cent", "females", "female"),
        ("7.6 per cent", "males", "male")]


def test_the_sex_a_measure_is_of_and_a_gap_between_the_sexes_has_none():
    text = ("Coverage was lower among women (50.1 per cent compared to 54.6 per cent for men). Only 36.4 per cent of "
            "mothers with newborns were covered. Working-age women’s contributions to social security schemes (29.1 per "
            "cent) were lower than men’s (40.9 per cent), driving a 5.4 percentage-point gap in old-age pensions. "
            "Labour force participation by prime-aged women edged up to 64.5 per cent. Global female extreme poverty "
            "could fall to 2.7% by 2050.")
    assert [(c.value_text, c.population, c.sex) for c in claims_of(text)] == [
        ("50.1 per cent", "women", "female"), ("54.6 per cent", "men", "male"), ("36.4 per cent", "mothers", "female"),
        ("29.1 per cent", None, "female"), ("40.9 per cent", None, "male"), ("5.4 percentage-point", None, None),
        ("64.5 per cent", "women", "female"), ("2.7%", "world", "female")]


def test_a_quarter_of_a_year_gives_its_year_and_a_part_of_a_whole_without_the():
    text = "Participation rose from 17.0 per cent in 2017 to 35.4 per cent by the third quarter of 2024."
    assert [c.year for c in claims_of(text)] == [2017, 2024]
    text = "In 65 of 70 countries, women are more likely to be teachers than principals."
    assert [(c.value_text, c.population) for c in claims_of(text)] == [("65", "countries"), ("70", "countries")]


def test_it_in_the_next_clause_and_a_past_value_after_a_year_keep_the_population_and_a_growth_target_is_no_claim():
    text = ("Global city population share doubled from 25 per cent in 1950 to about 50 per cent in 2020; it is "
            "projected to slowly increase to 58 per cent over the next 50 years.")
    assert [c.population for c in claims_of(text)][-1] == "world"
    text = "China is projected to slow, with growth estimated at 4.7% in 2024, down from 5.3% in 2023."
    assert [c.population for c in claims_of(text)] == ["China", "China"]
    text = "The LDCs are projected to grow by 5.0% in 2024, yet this falls short of the 7.0% growth target."
    assert values(text) == ["5.0%"]


def test_a_share_of_the_world_s_land_is_the_world_s():
    (c,) = claims_of("Forests cover 31 per cent of the world's land area.")
    assert (c.population, c.group) == ("world", "world")


def test_towards_marks_a_target_only_just_before_the_figure_and_the_time_a_trend_takes_is_a_figure():
    text = ("The report gives an overview of progress made since 2015 towards the Goals using inputs from more than 50 "
            "international and regional organizations.")
    assert values(text) == ["50"]
    assert values("Donors made time-bound increases towards 0.7 per cent of gross national income.") == []
    assert values("At the current rate, achieving gender parity in managerial positions will take 176 years.") == [
        "176 years"]
    assert values("It is 10 years since the summit.") == []


def test_a_count_with_its_own_noun_does_not_take_the_one_before_and_a_global_forum_is_no_aggregate():
    text = "Over 4,000 participants from 160 countries took part in over 200 sessions reflecting on achievements."
    assert [(c.value_text, c.population) for c in claims_of(text)] == [
        ("4,000", "participants"), ("160", "countries"), ("200", None)]
    (c,) = claims_of("The IGF ecosystem includes the annual global forum and over 170 national, regional and youth forums.")
    assert c.group is None


def test_a_share_that_is_the_next_clause_s_subject_is_of_the_countries_counted_before():
    text = ("A review across 74 countries showed that, while approximately two thirds mention gender statistics in "
            "their strategies, fewer than one third provide dedicated funding for such data collection.")
    assert [(c.value_text, c.population) for c in claims_of(text)] == [
        ("74", "countries"), ("two thirds", "countries"), ("one third", "countries")]


def test_qualified_people_after_one_in_five_and_of_are_the_population_with_their_sex():
    (c,) = claims_of("At the time of writing, one in five young women between the ages of 20 and 24 were married before 18.")
    assert (c.population, c.sex) == ("young women", "female")
    (c,) = claims_of("About 45 per cent of rural women work.")
    assert (c.population, c.sex) == ("rural women", "female")


def test_a_share_of_those_countries_and_an_earlier_value_after_a_comparison_keep_their_population():
    text = "A global assessment across 84 countries reveals that 58 per cent of those countries have inadequate measures."
    assert [c.population for c in claims_of(text)] == ["countries", "countries"]
    text = "Women were about 7 per cent less likely to own a mobile telephone than men – down from 9.4 per cent in 2021."
    assert [c.population for c in claims_of(text)] == ["Women", "Women"]


def test_a_participle_clause_and_a_change_set_off_after_a_figure_speak_of_the_main_clause_s_subject():
    text = ("Global real GDP per capita grew modestly over the decade, rebounding after a sharp 3.8 per cent drop in "
            "2020. In 2024, global CO2 emissions reached a record 37.6 gigatons, a 0.8 per cent increase from 2023. "
            "In 2024, 57.8 per cent of the global workforce was in informal employment. Global climate finance "
            "flows reached $1.3 trillion in the biennium 2021–2022, a 63 per cent increase from 2019 to 2020.")
    assert [c.group for c in claims_of(text)] == ["world"] * 6
    text = ("In 2024, 5G covered 51 per cent of the global population, with high-income countries at 84 per cent and "
            "low-income at 4 per cent.")
    assert [c.group for c in claims_of(text)] == ["world", "high_income", "low_income"]


def test_the_amount_a_remittance_price_is_quoted_for_is_no_claim_and_the_number_of_reaches_far_back():
    assert values("In the second quarter of 2024, the cost of sending $200 increased globally.") == []
    (c,) = claims_of("The number of refugees, including persons in refugee-like situations and other people in need of "
                     "international protection, reached 37.8 million.")
    assert c.population == "refugees"


def test_a_participle_clause_takes_only_a_subject_that_opens_the_main_clause():
    text = ("The ITU global connectivity infrastructure map shows the availability of broadband infrastructure, "
            "drawing on information from 600 operator networks.")
    (c,) = claims_of(text)
    assert c.group is None


def test_a_share_of_qualified_states_and_per_cent_more_people_name_their_population():
    (_, share) = claims_of("As at January 2025, 78 Parties (65 per cent of coastal States) had joined the Agreement.")
    assert share.population == "coastal States"
    text = "Approximately 337 per cent more children and 258 per cent more women were killed in 2023–2024."
    assert [c.population for c in claims_of(text)] == ["children", "women"]


def test_people_counted_in_a_place_named_after_their_noun_are_its_and_data_points_are_method():
    text = "Nearly 1.4 billion adults in developing regions remain excluded. Some 20 million children in Africa work."
    assert [(c.population, c.group) for c in claims_of(text)] == [("adults", "developing"), ("children", "africa")]
    assert values("Proportion of countries with available data (at least two data points since 2015).") == []


def test_cases_counted_after_killings_of_people_are_those_people_s():
    text = ("The number of documented killings of human rights defenders, journalists and trade unionists has remained "
            "alarmingly high, with at least 502 cases reported across 44 countries in 2024.")
    assert [c.population for c in claims_of(text)] == ["human rights defenders, journalists and trade unionists",
                                                       "countries"]


def test_an_aside_between_dashes_that_defines_the_subject_names_no_population():
    text = ("Country programmable aid – the portion of aid that is predictable and reaches developing countries – has "
            "fallen to less than half of total ODA.")
    (c,) = claims_of(text)
    assert (c.population, c.group) == (None, None)


def test_hong_kong_china_is_a_place_and_global_employment_the_world_s():
    text = ("Hong Kong (China) and Singapore have very high shares of GitHub developers, at 25 and 27 per cent "
            "respectively. The use of AI has the potential to impact 40 per cent of global employment.")
    assert [(c.population, c.group) for c in claims_of(text)] == [
        ("Hong Kong (China)", None), ("Singapore", None), ("world", "world")]


def test_years_given_respectively_and_a_change_whose_start_carries_a_bracketed_note():
    text = ("In 2023, maritime freight volumes reached 11.6 billion metric tons, up from 6.2 and 10.3 billion metric "
            "tons in 2000 and 2015, respectively.")
    assert [c.year for c in claims_of(text)] == [2023, 2000, 2015]
    text = ("The global manufacturing value added per capita increased from $1,646 (constant 2015 prices) in 2015 to "
            "$1,879 in 2022.")
    assert [(c.population, c.year) for c in claims_of(text)] == [("world", 2015), ("world", 2022)]


def test_the_world_s_employed_are_the_world_s_and_a_criterion_over_a_list_is_no_claim():
    text = "8% of the world’s employed live in poverty. 51% of the world’s non-agricultural employment is informal."
    assert [c.group for c in claims_of(text)] == ["world", "world"]
    assert values("Children were on track in at least three of the following domains: literacy and learning.") == []


def test_places_each_followed_by_their_figures_in_brackets_are_not_one_list():
    text = ("The youth literacy rate increased the most in Southern Asia (from 59% in 1990 to 89% in 2016), Northern "
            "Africa and Western Asia (from 80% to 90%) and sub-Saharan Africa (from 65% to 75%).")
    assert [c.population for c in claims_of(text)][-2:] == ["sub-Saharan Africa", "sub-Saharan Africa"]


def test_a_share_of_things_in_the_world_is_the_world_s_unless_a_place_is_its_subject():
    assert [c.group for c in claims_of("Only 27% of managerial positions in the world are occupied by women.")] == ["world"]
    (c,) = claims_of("Some 40 per cent of the poorest people in the world live in Africa.")
    assert c.group == "africa"
    (c,) = claims_of("Africa has the highest rate in the world, at 40 per cent.")
    assert c.group == "africa"


def test_a_figure_in_an_opening_subordinate_clause_is_the_main_clause_subject_s():
    text = ("After rebounding from the COVID-19 pandemic with a 7.4 per cent growth rate in 2021, global manufacturing "
            "growth is estimated to have slowed. Despite comprising 40.3 per cent of the total labour force in 2024, "
            "women are projected to account for less. Despite the unemployment rate reaching a record low of 5.0 per "
            "cent in 2024, the rate of informal employment remained high.")
    assert [(c.population, c.group) for c in claims_of(text)] == [("world", "world"), ("women", None), (None, None)]


def test_bounds_in_square_brackets_hide_neither_the_year_nor_the_earlier_value_s_population():
    text = "46% [43–50%] of all adults living with HIV were accessing treatment in 2015, up from 23% [21–25%] in 2010."
    assert [(c.population, c.year) for c in claims_of(text)] == [("adults", 2015), ("adults", 2010)]


def test_a_sentence_opening_with_a_share_of_no_one_is_of_the_people_just_counted():
    text = ("Worldwide, more than 700 million women alive today were married as children. More than 1 in 3 – or some "
            "250 million – were married before 15.")
    assert [(c.population, c.group) for c in claims_of(text)] == [("women", "world")] * 3


def test_african_countries_are_africa_s_but_north_african_ones_are_not():
    (c,) = claims_of("Growth in African economies slowed to 3.2 per cent in 2023.")
    assert c.group == "africa"
    (c,) = claims_of("North African countries grew by 3 per cent.")
    assert c.group is None


def test_it_opening_a_sentence_is_the_subject_the_sentence_before_opened_with():
    text = ("The global under-five mortality rate saw even faster progress. It was reduced by half between 2000 and "
            "2021, from 76 deaths per 1000 live births to 38 deaths per 1000 live births.")
    assert [c.group for c in claims_of(text)] == ["world"] * 3


def test_a_level_a_word_is_defined_by_is_no_claim_but_a_change_it_means_is():
    assert values("Universal ownership, meaning a penetration rate of over 95 per cent, has been reached.") == []
    assert values("Prices rose, meaning an increase of 5 per cent for households.") == ["5 per cent"]
