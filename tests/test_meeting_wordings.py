"""The meeting on other wordings of the conventions (conventions section 7) than those of
``test_meeting_variants``: one made-up readout a wording in ``fixtures/meeting/wordings``, its
meeting and people asserted exactly. The comment above each says the wording.
"""

from __future__ import annotations

import datetime as dt

import pytest

from meeting_support import (
    BOATENG,
    CARRILLO,
    ITO,
    NO_TIMES,
    ROJAS_MINISTER,
    SOTO,
    SUZUKI,
    TANAKA,
    TSUDA,
    assert_meeting,
    fixture_names,
    minutes,
    read_fixture,
)
from mofa_parse import Document, Meeting, MeetingKind, MeetingPart, Person, parse
from mofa_parse.semantics.times import read_times


def read(name: str) -> Document:
    return read_fixture("wordings", name)


#: Japan's Deputy Chief Cabinet Secretary in a company that names no side ("attended by ...").
ITO_NO_SIDE = Person(ITO.name, ITO.surname, ITO.title, None)


#: Each readout: its meeting, the notes of the meeting pass and, where it names more than the principals
#: and the accompanying officials (in that order), everyone it names.
EXPECTED: dict[str, tuple[Meeting, list[str]] | tuple[Meeting, list[str], tuple[Person, ...]]] = {
    # "..., followed by a summit meeting for about 20 minutes": two parts, the first not the whole
    "parts_followed_by": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Nasser bin Ahmad Al Rashed", "Nasser", "Prime Minister", "State of Kuwait"),
            ),
            date=dt.date(2012, 9, 3),
            location="Prime Minister's Official Residence",
            start=dt.time(8, 0),
            parts=(
                MeetingPart(None, dt.time(8, 0), None, minutes(45)),
                MeetingPart("a summit meeting", None, None, minutes(20)),
            ),
        ),
        ["meeting-duration-in-parts"],
    ),
    # "... and a plenary meeting for about 50 minutes were held": the parts without their verb
    "parts_were_held": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person(
                    "Ousmane Diallo",
                    "Diallo",
                    "Minister of Foreign Affairs and Senegalese Abroad",
                    "Republic of Senegal",
                ),
            ),
            date=dt.date(2019, 5, 8),
            location="Dakar",
            start=dt.time(10, 0),
            parts=(
                MeetingPart("A meeting in a small group", dt.time(10, 0), None, minutes(15)),
                MeetingPart("a plenary meeting", None, None, minutes(50)),
            ),
        ),
        ["meeting-duration-in-parts"],
    ),
    # "(local time; 8:00 p.m. on March 11, Brasilia time)": the meeting's zone is the first
    "zone_then_same_moment": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(TANAKA, Person("Carlos Almeida", "Almeida", "President", "Federative Republic of Brazil")),
            date=dt.date(2022, 3, 11),
            start=dt.time(8, 0),
            duration=minutes(30),
            timezone="local time",
        ),
        [],
    ),
    # "held a virtual summit meeting" under "Japan-Mongolia Summit Meeting": a talk at a distance
    "online_summit_meeting": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(TANAKA, Person("Bat-Erdene Ganbold", "Ganbold", "Prime Minister", "Mongolia")),
            date=dt.date(2021, 11, 24),
            start=dt.time(17, 15),
            duration=minutes(40),
        ),
        [],
    ),
    # "who visited Phnom Penh to attend ...": the place of the visit
    "visited_to_attend": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Hun Vannak", "Hun", "Prime Minister", "Kingdom of Cambodia")),
            date=dt.date(2012, 11, 19),
            location="Phnom Penh",
            occasion="ASEAN-related Summit Meetings",
            start=dt.time(18, 40),
            duration=minutes(25),
        ),
        [],
    ),
    # "... during his visit to Biarritz, France ... The Japan-Canada summit meeting was held ... at
    # the Hotel du Palais in Biarritz": the next sentence's venue, not the visit, is the place
    "venue_in_a_later_sentence": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Paul Lefebvre", "Lefebvre", "Prime Minister", "Canada")),
            date=dt.date(2019, 6, 13),
            location="Hotel du Palais in Biarritz",
            occasion="G7 Summit",
            start=dt.time(16, 15),
            duration=minutes(30),
            timezone="local time",
        ),
        [],
    ),
    # "(Other attendees from the Spanish side: A and B; from the Japanese side: C and D.)": the
    # company of each side, with the side's country
    "other_attendees_by_side": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Carlos Vidal", "Vidal", "President of the Government", "Spain")),
            accompanied_by=(
                Person("Luis Herrero", "Herrero", "Minister of Foreign Affairs", "Spain"),
                Person("Pablo Ortiz", "Ortiz", "Ambassador of Spain to Japan", "Spain"),
                ITO,
                Person("Ryo Sato", "Sato", "Director-General of the European Affairs Bureau", "Japan"),
            ),
            date=dt.date(2004, 6, 8),
            location="Prime Minister's Official Residence",
            start=dt.time(17, 0),
            duration=minutes(40),
        ),
        [],
    ),
    # "of the Republic of Côte d'Ivoire": "d'Ivoire" goes on with the country's name
    "elided_particle_country": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                TANAKA,
                Person(
                    "Yao Kouadio Bamba",
                    "Bamba",
                    "Special Adviser to the President",
                    "Republic of Côte d'Ivoire",
                ),
            ),
            date=dt.date(2017, 6, 27),
            location="Prime Minister's Office",
            start=dt.time(16, 0),
            duration=minutes(15),
        ),
        [],
    ),
    # "Premier Han Zhiyong of the State Council of the People's Republic of China"
    "office_body_before_country": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Han Zhiyong", "Han", "Premier of the State Council", "People's Republic of China"),
            ),
            date=dt.date(2007, 12, 2),
            location="Diaoyutai State Guesthouse in Beijing",
            start=dt.time(15, 0),
            duration=minutes(90),
        ),
        [],
    ),
    # "the Rt. Hon. Brian Caldwell": no sentence ends at "Rt."
    "right_honourable_abbreviated": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Brian Caldwell", "Caldwell", "Prime Minister", "Canada")),
            date=dt.date(2001, 9, 25),
            location="Prime Minister's Office in Ottawa",
            start=dt.time(11, 30),
            end=dt.time(12, 15),
            duration=minutes(45),
        ),
        [],
    ),
    # "Director General of the International Atomic Energy Agency (IAEA)": of no country, facing Japan's
    "organisation_official": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                SUZUKI,
                Person(
                    "Henrik Lund",
                    "Lund",
                    "Director General of the International Atomic Energy Agency (IAEA)",
                    None,
                ),
            ),
            date=dt.date(2016, 3, 16),
            location="Ministry of Foreign Affairs",
            start=dt.time(11, 0),
            duration=minutes(30),
        ),
        [],
    ),
    # "Japan-EU": the principals without a country besides Japan's are all of the pair's other side
    "pair_of_two_several_principals": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Donald Kowal", "Kowal", "President of the European Council", "European Union"),
                Person("Jean Weber", "Weber", "President of the European Commission", "European Union"),
            ),
            date=dt.date(2018, 7, 17),
            location="Prime Minister's Office",
            start=dt.time(10, 30),
            duration=minutes(60),
        ),
        [],
    ),
    # Cambodian and Malaysian styles before a name: "Samdech Akka Moha Sena Padei Techo", "Tan Sri"
    "styles_before_a_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Hun Vannak", "Hun", "Prime Minister", "Kingdom of Cambodia")),
            accompanied_by=(Person("Azlan Ibrahim", "Ibrahim", "Special Envoy of the Prime Minister", "Malaysia"),),
            date=dt.date(2013, 12, 15),
            location="Akasaka Palace",
            start=dt.time(9, 40),
            duration=minutes(25),
        ),
        [],
    ),
    # "A and B attended the meeting from the Japanese side": the company, of its side's country
    "company_attended_the_meeting": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, BOATENG),
            accompanied_by=(
                ITO,
                Person("Aiko Mori", "Mori", "Ambassador of Japan to Ghana", "Japan"),
            ),
            date=dt.date(2019, 8, 27),
            location="Yokohama",
            start=dt.time(16, 45),
            duration=minutes(20),
        ),
        [],
    ),
    # numbered fields ("1. Date: ...", "2. Venue: ..."), read as headings, are a field block too
    "numbered_field_block": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                Person("Ichiro Kono", "Kono", "Minister for Foreign Affairs", "Japan"),
                Person("Ahmed Salem", "Salem", "Minister of Foreign Affairs", "Egypt"),
            ),
            accompanied_by=(Person("Kenta Mori", "Mori", "Ambassador", "Japan"),),
            date=dt.date(2009, 1, 19),
            location="Ministry of Foreign Affairs, Cairo",
        ),
        ["meeting-no-start", "meeting-no-duration"],
    ),
    # "Venue: the Hofburg Palace, Vienna": the place without "the"
    "venue_field_with_the": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Karl Gruber", "Gruber", "Federal Chancellor", "Austria")),
            accompanied_by=(
                ITO,
                Person("Franz Huber", "Huber", "Ambassador", "Austria"),
            ),
            date=dt.date(2008, 6, 9),
            location="Hofburg Palace, Vienna",
            start=dt.time(11, 10),
            end=dt.time(11, 55),
            duration=minutes(45),
            timezone="local time",
        ),
        [],
    ),
    # "Time: 2:05 to 2:50 p.m.": two clocks without "from", the end's "p.m." the start's too
    "time_field_clock_to_clock": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, ROJAS_MINISTER),
            accompanied_by=(TSUDA, SOTO),
            date=dt.date(2005, 5, 4),
            location="Iikura Guest House",
            start=dt.time(14, 5),
            end=dt.time(14, 50),
            duration=minutes(45),
        ),
        [],
    ),
    # "A joined the dinner from the Japanese side": the company, of its side's country
    "company_joined_the_dinner": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Mikko Virtanen", "Virtanen", "Prime Minister", "Republic of Finland")),
            accompanied_by=(ITO,),
            date=dt.date(2017, 11, 8),
            location="Prime Minister's Office",
            start=dt.time(18, 30),
        ),
        ["meeting-no-duration"],
    ),
    # "Time: 14:00-14:30 (small-group meeting); 14:30-15:20 (expanded meeting)": each part named in its parentheses
    "time_field_parts_named": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, ROJAS_MINISTER),
            accompanied_by=(TSUDA, SOTO),
            date=dt.date(2005, 5, 4),
            location="Iikura Guest House",
            start=dt.time(14, 0),
            end=dt.time(15, 20),
            parts=(
                MeetingPart("small-group meeting", dt.time(14, 0), dt.time(14, 30), minutes(30)),
                MeetingPart("expanded meeting", dt.time(14, 30), dt.time(15, 20), minutes(50)),
            ),
        ),
        ["meeting-duration-in-parts"],
    ),
    # "On the 1st of March"
    "ordinal_day_of_month": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Nikos Pappas", "Pappas", "Prime Minister", "Hellenic Republic")),
            date=dt.date(2016, 3, 1),
            location="Akasaka Palace",
            start=dt.time(16, 0),
            duration=minutes(40),
        ),
        [],
    ),
    # "Helga von der Brandt": particles one after another stay in the name and the surname
    "particles_one_after_another": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(
                TANAKA,
                Person(
                    "Helga von der Brandt",
                    "von der Brandt",
                    "President of the European Commission",
                    "European Union",
                ),
            ),
            date=dt.date(2020, 4, 3),
            start=dt.time(18, 0),
            duration=minutes(30),
        ),
        [],
    ),
    # "Sultan Haji Hassanal Rahman Mu'izzaddin Waddaulah", then "Sultan Hassanal Rahman"
    "first_words_of_a_long_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person(
                    "Hassanal Rahman Mu'izzaddin Waddaulah",
                    "Rahman",
                    "Sultan and Yang Di-Pertuan",
                    "Brunei Darussalam",
                ),
            ),
            date=dt.date(2017, 10, 24),
            location="Prime Minister's Official Residence",
            start=dt.time(17, 15),
            duration=minutes(45),
        ),
        [],
    ),
    # "Mr. Nishimura Kazuhiko, Minister for Foreign Affairs of Japan", and no "Minister Nishimura" after
    "japanese_mixed_case_alone": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                Person("Nishimura Kazuhiko", "Nishimura", "Minister for Foreign Affairs", "Japan"),
                Person("Lucia Paredes", "Paredes", "Minister of Foreign Affairs", "Republic of Peru"),
            ),
            date=dt.date(2023, 10, 17),
            location="Ministry of Foreign Affairs",
            start=dt.time(14, 30),
            duration=minutes(35),
        ),
        [],
    ),
    # "..., in Lima (attended by Mr. A, ..., Mr. B, and others)": the meeting's company, of no side,
    # not the company of the principal named before the comma
    "attended_by_in_parentheses": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, CARRILLO),
            accompanied_by=(ITO_NO_SIDE, Person("Ken Mori", "Mori", None, None)),
            date=dt.date(2019, 5, 10),
            location="Lima",
            start=dt.time(15, 0),
            duration=minutes(40),
        ),
        [],
    ),
    # ", President of the United Mexican States (attended by ...)": the office after the name ends
    # at the parenthesis, and the company in it is read
    "attended_by_after_a_formal_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Javier Ortega", "Ortega", "President", "United Mexican States")),
            accompanied_by=(ITO_NO_SIDE,),
            date=dt.date(2016, 10, 14),
        ),
        [*NO_TIMES, "meeting-no-location"],
    ),
    # "(Other officials attending the meeting included A, ..., from the Japanese side, and B, ..., from
    # the Chilean side.)": each with the country of his side
    "other_officials_of_each_side": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Pablo Rojas", "Rojas", "Minister of Foreign Affairs", "Republic of Chile")),
            accompanied_by=(TSUDA, SOTO),
            date=dt.date(2012, 3, 8),
            location="Tokyo",
            start=dt.time(16, 0),
            duration=minutes(50),
        ),
        [],
    ),
    # "(Japanese officials also in attendance included A, B. and among other Chilean officials present
    # was C)" inside the sentence that reports the meeting: a note of the company, each with the country
    # of his or her side, not principals; the place after the note is still read
    "company_note_in_the_meeting_sentence": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Pablo Rojas", "Rojas", "Minister of Foreign Affairs", "Republic of Chile")),
            accompanied_by=(
                Person(
                    "Akira Tsuda", "Tsuda", "Director-General of the Latin American and Caribbean Affairs Bureau", "Japan"
                ),
                Person("Kenji Hara", "Hara", "Deputy Director-General", "Japan"),
                Person("Ana Rojas", "Rojas", "Ambassador of Chile to Japan", "Chile"),
            ),
            date=dt.date(2013, 10, 2),
            location="Tokyo",
        ),
        NO_TIMES,
    ),
    # "(From Japan A, B and others attended, and from China C, D and others attended.)": the company of
    # each country after its "from"; "Mr. He Ping" is a name, not the pronoun, and his office goes on
    # after its "and"; the Chinese side's names are surname first ("Gao Lin": "Gao")
    # "On the occasion of the State Visit of His Majesty King Carlos Felipe ... and Her Majesty Queen
    # Elena to Japan ..., Mr. A received a courtesy call from Mr. B": the people of an occasion that opens
    # the sentence are no principals.
    "royals_in_an_opening_occasion": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                SUZUKI,
                Person("Luís Ortega", "Ortega", "Secretary of State for Foreign Affairs", "Kingdom of Spain"),
            ),
            date=dt.date(2008, 11, 12),
            occasion="State Visit of His Majesty King Carlos Felipe of the Kingdom of Spain and Her Majesty Queen Elena",
        ),
        [*NO_TIMES, "meeting-no-location"],
        (
            SUZUKI,
            Person("Luís Ortega", "Ortega", "Secretary of State for Foreign Affairs", "Kingdom of Spain"),
            Person("Carlos Felipe", "Felipe", "King", "Kingdom of Spain"),
            Person(None, "Elena", "Queen", None),
        ),
    ),
    # "(participants from the Chinese side: Zhao Ming, Minister of Foreign Affairs; ...; participants
    # from the Japanese side: Jiro Suzuki, Minister for Foreign Affairs; ...)": names with no courtesy
    # title, each opening an entry of a list, with an office after it, are people.
    "company_lists_without_courtesy_titles": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Li Wenjun", "Li", "Premier of the State Council", "People's Republic of China"),
            ),
            accompanied_by=(
                Person("Zhao Ming", "Zhao", "Minister of Foreign Affairs", "China"),
                Person("Sun Hao", "Sun", "Minister of Commerce", "China"),
                Person("Wu Lan", "Wu", "Ambassador to Japan", "China"),
                SUZUKI,
                ITO,
            ),
            date=dt.date(2010, 5, 30),
            start=dt.time(10, 0),
            duration=minutes(60),
            timezone="JST",
        ),
        ["meeting-no-location"],
    ),
    # "(Japan: Foreign Minister Suzuki, ... etc. The U.S.: Secretary of State Hale, ... etc.)": a note
    # opened by a country and a colon is the company, each country the side of the people after it.
    "company_note_opened_by_each_side": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                Person(None, "Tanaka", "Prime Minister", "Japan"),
                Person(None, "Kessler", "President", "United States"),
            ),
            accompanied_by=(
                Person(None, "Suzuki", "Foreign Minister", "Japan"),
                Person(None, "Ito", "Deputy Chief Cabinet Secretary", "Japan"),
                Person(None, "Hale", "Secretary of State", "United States"),
                Person(None, "Pryor", "National Security Advisor", "United States"),
            ),
            date=dt.date(2009, 9, 23),
            location="New York",
            start=dt.time(10, 0),
            duration=minutes(40),
            timezone="local time",
        ),
        [],
    ),
    "company_note_from_each_country": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Li Wenjun", "Li", "Premier of the State Council", "China"),
            ),
            accompanied_by=(
                SUZUKI,
                ITO,
                Person("He Ping", "He", "Chairman of the State Planning and Reform Commission", "China"),
                Person("Gao Lin", "Gao", "Ambassador of China to Japan", "China"),
            ),
            date=dt.date(2019, 6, 4),
            location="State Guest House",
            start=dt.time(17, 0),
            duration=minutes(90),
        ),
        [],
    ),
    # "Ms. Maria Dizon-Santos, President of ...", then "President Santos": one person, called by the
    # second part of the hyphenated surname
    "later_second_part_of_a_hyphenated_surname": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Maria Dizon-Santos", "Santos", "President", "Republic of the Philippines"),
            ),
            date=dt.date(2004, 6, 6),
            location="Prime Minister's Official Residence",
        ),
        NO_TIMES,
    ),
    # "A visited Lima. Following this, he held a summit meeting with President B": B is the other
    # principal, though the first sentence names no one else
    "counterpart_in_the_next_sentence": (
        Meeting(
            kind=MeetingKind.VISIT,
            participants=(TANAKA, CARRILLO),
            date=dt.date(2008, 11, 20),
            location="Government Palace",
            duration=minutes(30),
        ),
        ["meeting-no-start"],
    ),
    # "his Peruvian counterpart Mr. B": the adjective before "counterpart" gives B's country
    "counterpart_by_adjective": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(
                Person(SUZUKI.name, SUZUKI.surname, "Foreign Minister", "Japan"),
                Person("Carlos Quispe", "Quispe", None, "Peru"),
            ),
            date=dt.date(2007, 4, 14),
            start=dt.time(16, 30),
        ),
        ["meeting-no-duration"],
    ),
}


def test_every_wording_has_an_expectation() -> None:
    assert fixture_names("wordings") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_wording(name: str) -> None:
    assert_meeting(read(name), *EXPECTED[name])


def test_a_later_mention_by_the_second_part_of_a_hyphenated_surname_is_the_same_person() -> None:
    doc = read("later_second_part_of_a_hyphenated_surname")
    assert doc.person("President Santos") is doc.meeting.participants[1]
    assert doc.person("President Dizon-Santos") is doc.meeting.participants[1]


def test_a_japanese_name_surname_first_is_found_by_its_surname() -> None:
    doc = read("japanese_mixed_case_alone")
    assert doc.person("Minister Nishimura") is doc.meeting.participants[0]


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("from 2:00 p.m. (local time; 3:00 p.m. Japan time) for about 30 minutes", "local time"),
        ("from 2:00 p.m. (local time; same time in Japan) for about 30 minutes", "local time"),
        ("from 2:00 p.m. (Eastern Standard Time, 4:00 a.m. on May 3, Japan time)", "Eastern Standard Time"),
        ("from 2:00 p.m. (Brunei local time) for about 30 minutes", "Brunei local time"),
    ],
)
def test_the_meetings_zone_comes_before_the_same_moment_elsewhere(text: str, zone: str) -> None:
    facts = read_times(text)
    assert (facts.start, facts.timezone, facts.parts) == (dt.time(14, 0), zone, ())


@pytest.mark.parametrize(
    ("text", "start", "zone"),
    [
        ("held a telephone talk for about 15 minutes (May 26, 5:45p.m., JST).", dt.time(17, 45), "JST"),
        ("held a telephone talk (9:10 a.m., local time) for 20 minutes.", dt.time(9, 10), "local time"),
        # a clock outside the parentheses is the meeting's; the one inside is the same moment elsewhere
        ("held a talk from 2:00 p.m. (local time; 3:00 p.m. JST) for 30 minutes.", dt.time(14, 0), "local time"),
    ],
)
def test_a_clock_in_parentheses_with_its_zone_is_the_start_when_no_clock_is_outside(
    text: str, start: dt.time, zone: str
) -> None:
    facts = read_times(text)
    assert (facts.start, facts.timezone, facts.parts) == (start, zone, ())


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Time: 9:05 to 9:50 a.m., 13 July 2003 (local time)", dt.time(9, 5), dt.time(9, 50)),
        ("they met 1:10 until 2:00 p.m.", dt.time(13, 10), dt.time(14, 0)),
        ("11:30 a.m. to 1 p.m.", dt.time(11, 30), dt.time(13, 0)),
    ],
)
def test_two_clocks_joined_by_to_are_a_start_and_an_end(text: str, start: dt.time, end: dt.time) -> None:
    facts = read_times(text)
    assert (facts.start, facts.end, facts.parts) == (start, end, ())


def test_a_length_ending_a_sentence_leaves_its_full_stop_to_the_sentence() -> None:
    """"... followed by a dinner for about 1 hour and 15 minutes. The Prime Minister was joined by":
    the part is "a dinner", its description ends with its sentence."""
    facts = read_times(
        "Prime Minister A held a summit meeting for about 30 minutes, followed by a dinner for about"
        " 1 hour and 15 minutes. Prime Minister A was joined by"
    )
    assert [(p.description, p.duration) for p in facts.parts][1:] == [("a dinner", minutes(75))]


def test_a_part_said_to_be_followed_by_another_is_described_without_its_verb() -> None:
    facts = read_times(
        "A small-group meeting lasting about 20 minutes was followed by an expanded meeting for about 40 minutes."
    )
    assert facts.parts == (
        MeetingPart("A small-group meeting", None, None, minutes(20)),
        MeetingPart("an expanded meeting", None, None, minutes(40)),
    )


def test_a_second_stretch_after_the_first_ends_is_a_part_of_its_own() -> None:
    """Two stretches with clocks, the second after the first: two parts and no total, though the
    first is the longer; a stretch within the first's clocks is held by it."""
    facts = read_times("On May 2, from 11:50 a.m. to 12:40 p.m. and from 2:30 p.m. to 3:15 p.m., the two met.")
    assert (facts.start, facts.end, facts.duration) == (dt.time(11, 50), dt.time(15, 15), None)
    assert [(part.start, part.duration) for part in facts.parts] == [
        (dt.time(11, 50), minutes(50)),
        (dt.time(14, 30), minutes(45)),
    ]
    held = read_times("On May 2, from 11:00 a.m. to 12:40 p.m., and a one-on-one meeting from 11:10 a.m. to 11:30 a.m.")
    assert (held.start, held.duration, len(held.parts)) == (dt.time(11, 0), minutes(100), 1)


@pytest.mark.parametrize(
    ("name", "mention"),
    [
        ("particles_one_after_another", "President von der Brandt"),
        ("first_words_of_a_long_name", "His Majesty Sultan Hassanal Rahman"),
        ("first_words_of_a_long_name", "Sultan Rahman"),
    ],
)
def test_later_mentions_name_the_principal(name: str, mention: str) -> None:
    doc = read(name)
    assert doc.person(mention) is doc.meeting.participants[1]
    assert [s.speaker for s in doc.statements] == [doc.meeting.participants[1]]


def test_a_person_in_a_note_in_parentheses_in_the_title_is_no_principal() -> None:
    """"... by Finance Minister of Peru Luis Ortega (Special Envoy of the President Ana Ruiz)": Ruiz
    is whose envoy he is; with no lead, the principals are the two the title names outside it."""
    doc = parse(
        "Courtesy Call on Prime Minister Ichiro Tanaka by Finance Minister of the Republic of Peru Luis Ortega "
        "(Special Envoy of the President Ana Ruiz)\n\n1 November 2001\n\n"
        "1. Bilateral relations\n\n(1) Special Envoy Ortega stated that President Ruiz valued the talks.\n"
    )
    assert [(p.surname, p.country) for p in doc.meeting.participants] == [
        ("Tanaka", "Japan"),
        ("Ortega", "Republic of Peru"),
    ]
    assert "Ruiz" in [person.surname for person in doc.people]
