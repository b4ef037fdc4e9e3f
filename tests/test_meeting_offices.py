"""The meeting on the offices and names of real readouts (conventions section 7): one made-up readout
a convention in ``fixtures/meeting/offices``, its meeting and people asserted exactly.

Offices of several words and titles of two offices, offices of international organisations, and the
names later mentions use.
"""

from __future__ import annotations

import datetime as dt

import pytest

import mofa_parse
from meeting_support import NO_TIMES, SUZUKI, TANAKA, assert_meeting, fixture_names, minutes, read_fixture
from mofa_parse import Document, Meeting, MeetingKind, Person
from mofa_parse.text.mentions import find_mentions


def read(name: str) -> Document:
    return read_fixture("offices", name)


#: Each readout: its meeting and the notes of the meeting pass; the people are the principals.
EXPECTED: dict[str, tuple[Meeting, list[str]]] = {
    # "Crown Prince Faisal bin Khalid, Crown Prince and Prime Minister of ...": the office after the
    # name that starts with the title before it is the title, and gives the country.
    "two_offices_after_the_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Faisal bin Khalid", "Faisal", "Crown Prince and Prime Minister", "Kingdom of Saudi Arabia"),
            ),
            date=dt.date(2022, 3, 4),
            location="Riyadh",
        ),
        NO_TIMES,
    ),
    # "Attending on the Japanese side were ...": offices before a surname alone, one with the body it
    # belongs to set in commas ("..., Ministry of Foreign Affairs Hara"), one for two countries ("Special
    # Representative for Afghanistan and Pakistan"); "U.S. Department of State Spokesperson Price" after
    # a comma is another person, not an office of the one before.
    "attending_lists_with_long_offices": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                Person("Dana Carter", "Carter", "Secretary of State", "United States of America"),
                TANAKA,
            ),
            accompanied_by=(
                Person(None, "Ito", "Deputy Chief Cabinet Secretary", "Japan"),
                Person(None, "Mori", "Ambassador to the U.S.", "Japan"),
                Person(
                    None,
                    "Hara",
                    "Director General of the North American Affairs Bureau, Ministry of Foreign Affairs",
                    "Japan",
                ),
                Person(None, "Webb", "Ambassador to Japan", "United States"),
                Person(None, "Lowell", "Special Representative for Afghanistan and Pakistan Ambassador", "United States"),
                Person(None, "Price", "Department of State Spokesperson", "United States"),
            ),
            date=dt.date(2013, 3, 3),
            start=dt.time(9, 0),
            duration=minutes(30),
        ),
        ["meeting-no-location"],
    ),
    # "Minister of Foreign Affairs of the People’s Republic of China": a country's name is known with its
    # apostrophe written either way, and gives the surname-first order of its names.
    "typographic_apostrophe_in_a_country": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Li Wenhai", "Li", "Minister of Foreign Affairs", "People’s Republic of China"),
            ),
            date=dt.date(2017, 4, 2),
            location="Beijing",
            start=dt.time(16, 0),
            duration=minutes(70),
        ),
        [],
    ),
    # "Ms. Aino Rask, President of the 80th Session of the United Nations General Assembly": an ordinal
    # inside the office, which is one of an organisation's body: no head of state, so no summit, and the
    # Prime Minister facing an organisation's official is Japan's.
    "president_of_an_assembly_session": (
        Meeting(
            kind=MeetingKind.OTHER,
            participants=(
                TANAKA,
                Person("Aino Rask", "Rask", "President of the 80th Session of the United Nations General Assembly", None),
            ),
            date=dt.date(2025, 9, 23),
            location="New York",
            start=dt.time(15, 0),
            duration=minutes(25),
            timezone="local time",
        ),
        [],
    ),
    # "Crown Prince Khalid bin Faris bin Abdulaziz Al-Saud", then "Crown Prince Khalid bin Faris" and
    # "King Faris": the later mention that writes the name up to a parent's name is the name mentions
    # use, and the parent's name alone is another person; the other office after the name gives the
    # country, and the title stays the one before the name.
    "parent_name_after_bin": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person(
                    "Khalid bin Faris bin Abdulaziz Al-Saud", "Khalid bin Faris", "Crown Prince", "Kingdom of Saudi Arabia"
                ),
            ),
            date=dt.date(2021, 5, 14),
            location="Riyadh",
            start=dt.time(9, 30),
            duration=minutes(50),
        ),
        [],
    ),
    # "Secretary-General of the Council of the European Union and High Representative for the EU
    # Common Security Policy (CSP) Lars Hedin": two offices before the name, joined by "and" after the
    # first one's country, a country's abbreviation inside the second and its own abbreviation in
    # parentheses; the country is the first office's. A foreign minister and such an official meet at
    # no kind the principals tell.
    "two_offices_before_the_name": (
        Meeting(
            kind=MeetingKind.OTHER,
            participants=(
                SUZUKI,
                Person(
                    "Lars Hedin",
                    "Hedin",
                    "Secretary-General of the Council of the European Union and High Representative for the EU"
                    " Common Security Policy (CSP)",
                    "European Union",
                ),
            ),
            date=dt.date(2004, 3, 8),
            location="Tokyo",
            start=dt.time(18, 0),
            duration=minutes(60),
        ),
        [],
    ),
    # "President Assistant in International Affairs Oleg Voronin", "Director of the Russian Division
    # Akira Tsuda": a long office before the name, with "in" and a country's adjective inside it; the
    # person after it accompanies the principals
    "long_offices_before_the_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Pavel Sorokin", "Sorokin", "President", "Russian Federation")),
            accompanied_by=(
                Person("Oleg Voronin", "Voronin", "President Assistant in International Affairs", "Russian Federation"),
                Person("Igor Belov", "Belov", "Deputy Minister of Foreign Affairs", "Russia"),
                Person("Goro Ito", "Ito", "Deputy Chief Cabinet Secretary", "Japan"),
                Person("Kenji Hara", "Hara", "Director-General of the European Affairs Bureau", "Japan"),
                Person("Akira Tsuda", "Tsuda", "Director of the Russian Division", "Japan"),
            ),
            date=dt.date(2008, 6, 11),
            location="Moscow",
            start=dt.time(11, 0),
            duration=minutes(45),
            timezone="local time",
        ),
        [],
    ),
    # "Chairman of the State Duma of the Russian Federation" in the title: the name of a legislature
    # ("State Duma", "State Great Khural", "Verkhovna Rada") is words of the office, no person's name.
    "legislature_named_in_the_title": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                TANAKA,
                Person(
                    "Pavel Sorokin", "Sorokin", "Chairman of the State Duma of the Federal Assembly", "Russian Federation"
                ),
            ),
            date=dt.date(2010, 5, 20),
            location="Prime Minister's Office",
            start=dt.time(15, 0),
            duration=minutes(20),
        ),
        [],
    ),
    # "Participants: (Japanese side) ..., Director-General for Latin American and Caribbean Affairs Kenji
    # Ohara; (Colombian side) ..., Ambassador of Colombia to Japan Andres Ocampo": an office of a regional
    # bureau, and an ambassador's office with the country he is accredited to, before a name: company.
    "accredited_ambassador_in_a_field": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Lucia Herrera", "Herrera", "Minister of Foreign Affairs", "Colombia")),
            accompanied_by=(
                Person("Kenji Ohara", "Ohara", "Director-General for Latin American and Caribbean Affairs", "Japan"),
                Person("Andres Ocampo", "Ocampo", "Ambassador of Colombia to Japan", "Colombia"),
            ),
            date=dt.date(2003, 10, 7),
            location="Ministry of Foreign Affairs, Tokyo",
            start=dt.time(16, 0),
            end=dt.time(16, 50),
            duration=minutes(50),
        ),
        [],
    ),
    # "UN Secretary-General Kofi Mensah": the organisation before the office is part of the title, and
    # the principal facing its official is Japan's.
    "organisation_before_the_office": (
        Meeting(
            kind=MeetingKind.OTHER,
            participants=(TANAKA, Person("Kofi Mensah", "Mensah", "UN Secretary-General", None)),
            date=dt.date(2019, 9, 22),
            location="New York",
        ),
        NO_TIMES,
    ),
    # "H.E. Amb. Rui Almeida Carvalho, Minister of ...": "Amb." (a career diplomat's style) stands before the
    # name and is not part of it, with or without the full stop
    "ambassador_abbreviation_before_the_name": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Rui Almeida Carvalho", "Carvalho", "Minister of Foreign Affairs", "Portuguese Republic"),
            ),
            date=dt.date(2016, 10, 13),
            location="Iikura Guest House",
            start=dt.time(16, 0),
            duration=minutes(45),
        ),
        [],
    ),
    # "Secretary of State for Foreign and Commonwealth Affairs A of the United Kingdom": the British
    # foreign minister's office in full, so two foreign ministers hold talks
    "uk_secretary_of_state_for_foreign_affairs": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person(
                    "Thomas Harding",
                    "Harding",
                    "Secretary of State for Foreign and Commonwealth Affairs",
                    "United Kingdom of Great Britain and Northern Ireland",
                ),
            ),
            date=dt.date(2008, 3, 11),
            location="Foreign and Commonwealth Office in London",
            start=dt.time(10, 30),
            duration=minutes(50),
            timezone="GMT",
        ),
        [],
    ),
    # "Minister of Foreign Affairs, Federal Republic of Nigeria, who ...": the country set in commas after
    # the office is the country in full, even when its first words could go on with an office
    "country_in_commas_after_the_office": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Emeka Okafor", "Okafor", "Minister of Foreign Affairs", "Federal Republic of Nigeria"),
            ),
            date=dt.date(2019, 11, 5),
            location="Iikura Guest House",
            start=dt.time(19, 0),
            duration=minutes(90),
        ),
        [],
    ),
    # "Mr. Lars Nordvik, President and Chief Executive Officer of Nordvik Energy ASA": a company's officer
    # is of no country, and the Prime Minister facing only him is Japan's.
    "company_officer_courtesy_call": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                TANAKA,
                Person("Lars Nordvik", "Nordvik", "President and Chief Executive Officer of Nordvik Energy ASA", None),
            ),
            date=dt.date(2008, 10, 14),
            location="Prime Minister's Official Residence",
            start=dt.time(15, 30),
            duration=minutes(15),
        ),
        [],
    ),
    # "Abdel Rahman El-Gamal", then "President Gamal": later mentions drop the article joined to the
    # surname by a hyphen, and decide the surname.
    "article_joined_to_the_surname": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Abdel Rahman El-Gamal", "Gamal", "President", "Arab Republic of Egypt"),
            ),
            date=dt.date(2016, 2, 28),
            location="Prime Minister's Office",
        ),
        NO_TIMES,
    ),
    # "Mr. A, Minister for Foreign Affairs, and Mr. B, Minister of Defense, held the ... ("2+2") with
    # C ... of Australia, and D ... of Australia": the principals before the verb are one side, Japan's.
    "two_plus_two_principals_before_the_verb": (
        Meeting(
            kind=MeetingKind.OTHER,
            participants=(
                SUZUKI,
                Person("Kenta Mori", "Mori", "Minister of Defense", "Japan"),
                Person("Claire Dawson", "Dawson", "Minister for Foreign Affairs", "Australia"),
                Person("Peter Grant", "Grant", "Minister for Defence", "Australia"),
            ),
            date=dt.date(2021, 10, 14),
            location="Tokyo",
        ),
        NO_TIMES,
    ),
    # "His Royal Highness Prince Sultan bin Faris Al Saud", then "Crown Prince Sultan": a title word that
    # is also a given name ("Sultan") after the title is the name, and the later mention its surname.
    "given_name_after_the_title": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person(
                    "Sultan bin Faris Al Saud", "Sultan", "Crown Prince and Prime Minister", "Kingdom of Saudi Arabia"
                ),
            ),
            date=dt.date(2024, 3, 8),
            location="Riyadh",
        ),
        NO_TIMES,
    ),
    # "Crown Prince Hamad bin Yousef bin Abdulaziz Al Saud", then "Crown Prince Hamad": with "bin" names
    # the later mention decides the surname.
    "later_first_name_of_a_bin_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person(
                    "Hamad bin Yousef bin Abdulaziz Al Saud",
                    "Hamad",
                    "Crown Prince and Prime Minister",
                    "Kingdom of Saudi Arabia",
                ),
            ),
            date=dt.date(2023, 10, 20),
            location="Prime Minister's Office",
        ),
        NO_TIMES,
    ),
    # "Mr. Tomás Vargas Llosa, Minister of Foreign Affairs of the Republic of Peru" and no later mention:
    # a Spanish-speaking country's name of two surnames is called by the first.
    "two_surnames_no_later_mention": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Tomás Vargas Llosa", "Vargas", "Minister of Foreign Affairs", "Republic of Peru"),
            ),
            date=dt.date(2018, 4, 15),
            location="Lima",
        ),
        NO_TIMES,
    ),
    # "H.E. Mr. José María Cuesta, President of the Government of the Kingdom of Spain": two given names
    # ([[given_name_pair]]) and one surname.
    "two_given_names_one_surname": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("José María Cuesta", "Cuesta", "President of the Government", "Kingdom of Spain"),
            ),
            date=dt.date(2022, 6, 29),
            location="Madrid",
        ),
        NO_TIMES,
    ),
    # "President El-Masry" in the title and the body, "President Hassan Al-Masry" in the lead: the article
    # written in two forms ([[name_article]]) before one surname, one person.
    "article_in_two_forms": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Hassan Al-Masry", "Al-Masry", "President", "Arab Republic of Egypt")),
            date=dt.date(2016, 8, 27),
            location="Nairobi, Kenya",
            start=dt.time(10, 0),
            duration=dt.timedelta(minutes=55),
        ),
        [],
    ),
    # "OAS Secretary General Luis Salazar paid a courtesy call on Mr. A, Minister for Foreign Affairs": the
    # organisation stays in the title, its official is of no country, and the other principal, named
    # second, is Japan's.
    "organisation_official_first": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(Person("Luis Salazar", "Salazar", "OAS Secretary General", None), SUZUKI),
            date=dt.date(2022, 6, 8),
            start=dt.time(16, 0),
            duration=dt.timedelta(minutes=30),
        ),
        ["meeting-no-location"],
    ),
    # "United Nations Secretary-General Amara Diallo": an organisation of several words before the office.
    "organisation_in_full_before_the_name": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(TANAKA, Person("Amara Diallo", "Diallo", "United Nations Secretary-General", None)),
            date=dt.date(2021, 3, 2),
            start=dt.time(21, 0),
            duration=dt.timedelta(minutes=20),
        ),
        [],
    ),
    # "H.E. General (Retd.) Musa Abubakar, President of ...": the qualifier in parentheses after the rank
    # ([[rank_qualifier]]) goes with the rank, and its full stop ends no sentence, so the venue after the
    # office is read too.
    "rank_qualified_in_parentheses": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Musa Abubakar", "Abubakar", "President", "Federal Republic of Nigeria")),
            date=dt.date(2019, 8, 27),
            location="Prime Minister's Office",
            start=dt.time(16, 10),
            duration=minutes(30),
        ),
        [],
    ),
    # "Prime Minister of the Kingdom of Lesotho and Chairperson of the Southern African Development
    # Community": two offices joined by "and" keep the country of the first, read from the principal's own
    # phrase before the title's pair ("Lesotho"); the title is both offices as written.
    "two_offices_country_of_the_first": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person(
                    "Thabo Mokoena",
                    "Mokoena",
                    "Prime Minister of the Kingdom of Lesotho and Chairperson of the Southern African Development"
                    " Community",
                    "Kingdom of Lesotho",
                ),
            ),
            date=dt.date(2019, 8, 29),
            location="Yokohama",
            start=dt.time(9, 40),
            duration=minutes(20),
        ),
        [],
    ),
    # "Minister for Europe and Foreign Affairs of ...": a foreign minister's office, so two foreign
    # ministers meet when no title names the kind.
    "ministry_for_europe_no_title": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Claire Dumont", "Dumont", "Minister for Europe and Foreign Affairs", "Kingdom of Belgium"),
            ),
            date=dt.date(2021, 3, 12),
            location="Iikura Guest House",
            start=dt.time(10, 20),
            duration=minutes(30),
        ),
        [],
    ),
    # "Minister of Foreign Affairs and Trade of the Republic of Korea (ROK)": the country's abbreviation
    # in parentheses is neither office nor country, and the office still names the country.
    "country_abbreviation_in_parentheses": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(
                SUZUKI,
                Person("Choi Min-jun", "Choi", "Minister of Foreign Affairs and Trade", "Republic of Korea"),
            ),
            date=dt.date(2007, 5, 14),
            start=dt.time(19, 40),
            duration=minutes(15),
        ),
        [],
    ),
    # "H.E. Amb. A": "Amb." is a courtesy title before the name, and no sentence ends at it.
    "ambassador_style_before_the_name": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Carlos Benítez", "Benítez", "Minister of Foreign Affairs", "Republic of Paraguay"),
            ),
            date=dt.date(2016, 10, 3),
            start=dt.time(16, 15),
            duration=minutes(35),
        ),
        ["meeting-no-location"],
    ),
    # "Prime Minister of the UK": an abbreviated country after "of" is the short name it stands for.
    "country_abbreviation_after_of": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Oliver Grant", "Grant", "Prime Minister", "United Kingdom")),
            date=dt.date(2016, 4, 21),
            location="Prime Minister's Official Residence",
            start=dt.time(19, 30),
            duration=minutes(45),
        ),
        [],
    ),
    # "Andrés de la Torre Villanueva", later "Minister de la Torre": the first surname with its particle,
    # as the later mentions write it, not the last word.
    "particle_first_surname_later": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person(
                    "Andrés de la Torre Villanueva", "de la Torre", "Minister of Foreign Affairs", "Republic of Peru"
                ),
            ),
            date=dt.date(2017, 9, 9),
            location="Torre Tagle Palace",
            start=dt.time(12, 30),
            duration=minutes(60),
            timezone="local time",
        ),
        [],
    ),
}


def test_every_readout_has_an_expectation() -> None:
    assert fixture_names("offices") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_readout(name: str) -> None:
    assert_meeting(read(name), *EXPECTED[name])


@pytest.mark.parametrize(
    ("name", "mention", "index"),
    [
        ("two_offices_after_the_name", "Crown Prince Faisal", 1),
        ("two_offices_after_the_name", "the Crown Prince", 1),
        ("organisation_before_the_office", "Secretary-General Mensah", 1),
        ("organisation_before_the_office", "the UN Secretary-General", 1),
        ("article_joined_to_the_surname", "President Gamal", 1),
        ("article_joined_to_the_surname", "President El-Gamal", 1),
        ("organisation_official_first", "Secretary General Salazar", 0),
        ("organisation_official_first", "the OAS Secretary General", 0),
        ("organisation_in_full_before_the_name", "Secretary-General Diallo", 1),
        ("article_in_two_forms", "President El-Masry", 1),
        ("article_in_two_forms", "President Al-Masry", 1),
        ("article_in_two_forms", "President Masry", 1),
        ("given_name_after_the_title", "Crown Prince Sultan", 1),
        ("given_name_after_the_title", "Prince Sultan bin Faris", 1),
        ("later_first_name_of_a_bin_name", "Crown Prince Hamad", 1),
        ("later_first_name_of_a_bin_name", "Crown Prince Hamad bin Yousef", 1),
        ("two_surnames_no_later_mention", "Minister Vargas", 1),
        ("two_surnames_no_later_mention", "Foreign Minister Vargas Llosa", 1),
        ("two_given_names_one_surname", "President Cuesta", 1),
        ("rank_qualified_in_parentheses", "President Abubakar", 1),
        ("two_offices_country_of_the_first", "Prime Minister Mokoena", 1),
        ("particle_first_surname_later", "Minister de la Torre", 1),
    ],
)
def test_later_mentions_name_the_same_person(name: str, mention: str, index: int) -> None:
    doc = read(name)
    assert doc.person(mention) is doc.meeting.participants[index]


def test_an_office_after_a_name_is_its_title_when_it_repeats_the_title_before_it() -> None:
    """"Prime Minister A, Prime Minister of India": the title and its country; "Prime Minister A,
    Minister of Finance" is another office, not read into the mention."""
    (modi,) = find_mentions("Prime Minister Arun Mehta, Prime Minister of India, said")
    assert (modi.name, modi.title, modi.country) == ("Arun Mehta", "Prime Minister", "India")
    sato, finance = find_mentions("Prime Minister Taro Sato, Minister of Finance, said")
    assert (sato.name, sato.title, sato.country) == ("Taro Sato", "Prime Minister", None)
    assert (finance.name, finance.title) == (None, "Minister of Finance")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "H.E. Mr. Amadou Sall, President of the Republic of Senegal and Chairperson of the African Union, said",
            ("President of the Republic of Senegal and Chairperson of the African Union", "Republic of Senegal"),
        ),
        (
            "Mr. Ravi Persad, Prime Minister of Trinidad and Tobago and Chairman of CARICOM, said",
            ("Prime Minister of Trinidad and Tobago and Chairman of CARICOM", "Trinidad and Tobago"),
        ),
        (
            "Mr. Kim Min-soo, Deputy Prime Minister of the Republic of Korea and Minister of Economy, said",
            ("Deputy Prime Minister of the Republic of Korea and Minister of Economy", "Republic of Korea"),
        ),
        # a ministry's name that holds a country's name ("European Union") and goes on after "and" with no
        # head of an office is one office, whose country ends it
        (
            "Mr. Jose Albares, Minister of Foreign Affairs, European Union and Cooperation of Spain, said",
            ("Minister of Foreign Affairs, European Union and Cooperation", "Spain"),
        ),
        # the country written last is split off as before
        (
            "Mr. Pham Bao, Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam, said",
            ("Deputy Prime Minister and Minister of Foreign Affairs", "Viet Nam"),
        ),
    ],
)
def test_two_offices_joined_by_and_keep_the_country_of_the_first(text: str, read: tuple[str, str]) -> None:
    """"President of the Republic of Senegal and Chairperson of the African Union": the country that ends the
    first office is the person's, and the title is both offices as written."""
    (mention,) = find_mentions(text)
    assert (mention.title, mention.country) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Deputy Prime Minister of the Kingdom of Thailand and Minister of Foreign Affairs Anan Chaiyo said",
            [("Deputy Prime Minister of the Kingdom of Thailand and Minister of Foreign Affairs", "Anan Chaiyo")],
        ),
        # the same office again, or one of a single word, is another person's mention
        (
            "talks between the Minister for Foreign Affairs of Japan and Minister for Foreign Affairs Kim Dong-ho",
            [("Minister for Foreign Affairs", None), ("Minister for Foreign Affairs", "Kim Dong-ho")],
        ),
        (
            "a meeting between the Prime Minister of Japan and President Pablo Rojas",
            [("Prime Minister", None), ("President", "Pablo Rojas")],
        ),
    ],
)
def test_a_second_office_before_the_name_joins_after_the_first_ones_country(
    text: str, read: list[tuple[str, str | None]]
) -> None:
    """"Deputy Prime Minister of X and Minister of Foreign Affairs A": one person holding both offices."""
    assert [(mention.title, mention.name) for mention in find_mentions(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "with Ms. Anne Marsh, Representative of the United States of America to the United Nations (UN), for",
            ("Representative of the United States of America to the United Nations (UN)", "United States of America"),
        ),
        (
            "with Mr. Goro Ito, Permanent Representative of Japan to the United Nations, and",
            ("Permanent Representative of Japan to the United Nations", "Japan"),
        ),
        (
            "with H.E. Mr. Luis Ortega, Ambassador Extraordinary and Plenipotentiary of the Kingdom of Spain to Japan, and",
            ("Ambassador Extraordinary and Plenipotentiary of the Kingdom of Spain to Japan", "Kingdom of Spain"),
        ),
        # the organisation's own official is of no country
        ("with Mr. Kofi Mensah, Secretary-General of the United Nations, and", ("Secretary-General of the United Nations", None)),
    ],
)
def test_a_countrys_envoy_is_of_the_country(text: str, read: tuple[str, str | None]) -> None:
    (mention,) = find_mentions(text)
    assert (mention.title, mention.country) == read


def test_an_office_of_an_organisation_is_not_split_at_a_country() -> None:
    """"Organization of American States" holds "American States", which reads as a country ("Italian
    Republic"), but names the organisation: the office is whole and names no country."""
    (reed,) = find_mentions("Mr. Alan Reed, Secretary General of the Organization of American States, said")
    assert (reed.title, reed.country) == ("Secretary General of the Organization of American States", None)


def test_a_later_mention_of_both_surnames_against_one_of_one_surname_gives_the_shorter() -> None:
    """The title says "Secretary General Ramírez Castro", the body "Secretary General Ramírez": as many
    mentions of each, so the shorter is the surname, as the body uses it; two mentions of both surnames
    would have given "Ramírez Castro"."""
    lead = (
        "On June 8, Mr. Hideo Ono, Minister for Foreign Affairs, held a meeting with Mr. Luis Ramírez Castro, "
        "Secretary General of the Organization of American States (OAS)."
    )
    one = mofa_parse.parse(
        f"Foreign Minister Ono Meets OAS Secretary General Ramírez Castro\n\nJune 9, 2022\n\n{lead}\n\n"
        "1. Secretary General Ramírez stated that the OAS valued Japan as an observer.\n"
    )
    assert [p.surname for p in one.meeting.participants] == ["Ono", "Ramírez"]
    both = mofa_parse.parse(
        f"Foreign Minister Ono Meets OAS Secretary General Ramírez Castro\n\nJune 9, 2022\n\n{lead}\n\n"
        "1. Secretary General Ramírez Castro stated that the OAS valued Japan as an observer.\n"
    )
    assert [p.surname for p in both.meeting.participants] == ["Ono", "Ramírez Castro"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("the OAS Secretary General, Mr. Luis Salazar, said", "OAS Secretary General"),
        ("the Secretary General of the OAS, Mr. Luis Salazar, said", "Secretary General of the OAS"),
        (
            "Secretary General of the Organization of American States (OAS) Luis Salazar said",
            "Secretary General of the Organization of American States (OAS)",
        ),
        ("Mr. Luis Salazar, Secretary General of the OAS, said", "Secretary General of the OAS"),
        ("UNHCR High Commissioner Luis Salazar said", "UNHCR High Commissioner"),
        ("IMF Managing Director Luis Salazar said", "IMF Managing Director"),
    ],
)
def test_an_office_of_an_organisation_is_the_title_wherever_the_name_stands(text: str, title: str) -> None:
    """The organisation before the office, after it, in full with its abbreviation, or the office set in
    commas before the name: one mention, the office with its organisation, no country."""
    (salazar,) = find_mentions(text)
    assert (salazar.name, salazar.title, salazar.country) == ("Luis Salazar", title, None)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("with Senator the Hon Margaret Doyle.", ("Margaret Doyle", "Senator")),
        ("with Emir Sheikh Khalifa bin Hamad of Qatar.", ("Khalifa bin Hamad", "Emir")),
        ("with Crown Prince Sheikh Mishal Al-Ahmad of Kuwait.", ("Mishal Al-Ahmad", "Crown Prince")),
        ("with Secretary General Luis Salazar.", ("Luis Salazar", "Secretary General")),
        ("with the Rt Hon Sir Edward Grant KCB KC MP, Prime Minister of the United Kingdom.", ("Edward Grant", "Prime Minister")),
    ],
)
def test_what_stands_between_an_office_and_a_name_is_neither(text: str, read: tuple[str, str]) -> None:
    """A style after an office ("Senator the Hon"), a rank that modifies no office after it ("Emir Sheikh";
    "General" of "Secretary General" is the office's), and post-nominals one after another before the
    office after the name."""
    (mention,) = find_mentions(text)
    assert (mention.name, mention.title) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Ambassador of Chile to Japan Jorge Valdivia", ("Ambassador of Chile to Japan", "Jorge Valdivia", "Chile")),
        ("U.S. Ambassador to Japan John Smith", ("Ambassador to Japan", "John Smith", "United States")),
        ("Ambassador of Japan to Kenya H.E. Mr. Hiroshi Nakane", ("Ambassador of Japan to Kenya", "Hiroshi Nakane", "Japan")),
        ("He welcomed the visit of the President to Japan in May.", ("President", None, None)),
    ],
)
def test_an_office_goes_on_to_the_country_it_is_accredited_to_only_before_a_name(
    text: str, read: tuple[str, str | None, str | None]
) -> None:
    (mention,) = find_mentions(text)
    assert (mention.title, mention.name, mention.country) == read
