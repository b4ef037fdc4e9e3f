"""The meeting's setting in other wordings of the conventions (sections 5 and 7): where, when,
for how long and in whose company. One made-up readout a wording in
``fixtures/meeting/settings``, its meeting and people asserted exactly; the comment above each
says the wording.
"""

from __future__ import annotations

import datetime as dt

import pytest

import mofa_parse
from meeting_support import (
    BOATENG,
    CARRILLO,
    ITO,
    ROJAS,
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
from mofa_parse import Document, Meeting, MeetingKind, Person
from mofa_parse.model import MeetingPart
from mofa_parse.semantics.meeting.kind import is_foreign_minister, meeting_kind
from mofa_parse.semantics.meeting.places import find_location
from mofa_parse.semantics.times import read_times
from mofa_parse.text.dates import DateLine, read_date_line


def read(name: str) -> Document:
    return read_fixture("settings", name)


#: Each readout: its meeting and the notes of the meeting pass; everyone it names is the
#: principals and the accompanying officials, in that order.
EXPECTED: dict[str, tuple[Meeting, list[str]]] = {
    # "Prime Minister A, accompanied by B, held talks with C": the company ends where A's verb goes on, and
    # is of A's country
    "company_in_commas": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Einar Sigurdsson", "Sigurdsson", "President", "Republic of Iceland")),
            accompanied_by=(ITO,),
            date=dt.date(2008, 5, 15),
            location="Prime Minister's Official Residence",
            start=dt.time(16, 10),
            duration=minutes(40),
        ),
        [],
    ),
    # banner, navigation and captions above the title ("A greeting B", "The two leaders ...")
    "captions_above_the_title": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Anders Lindgren", "Lindgren", "President", "Republic of Finland")),
            date=dt.date(2014, 10, 9),
            location="Prime Minister's Office",
            start=dt.time(18, 15),
            duration=minutes(50),
        ),
        [],
    ),
    # the date line in parentheses gives the year of the lead's "On October 1"
    "date_line_in_parentheses": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Mart Tamm", "Tamm", "Minister of Foreign Affairs", "Republic of Estonia"),
            ),
            date=dt.date(2015, 10, 1),
            location="Iikura Guest House",
            start=dt.time(11, 0),
            duration=minutes(45),
        ),
        [],
    ),
    # "from 10 o'clock": a whole hour written with "o'clock"; "for 1 hr 10 min": abbreviated units
    "start_o_clock": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Martín Pereira", "Pereira", "President", "Oriental Republic of Uruguay"),
            ),
            date=dt.date(2011, 3, 2),
            location="Prime Minister's Office",
            start=dt.time(10, 0),
            duration=minutes(70),
        ),
        [],
    ),
    # "at 11 o'clock a.m." and "for about 2 hrs"
    "start_o_clock_a_m": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Bat-Erdene Tsogt", "Tsogt", "Minister for Foreign Affairs", "Mongolia"),
            ),
            date=dt.date(2012, 9, 13),
            location="Iikura Guest House",
            start=dt.time(11, 0),
            duration=minutes(120),
        ),
        [],
    ),
    # "commencing a little after 4:30 p.m.": an approximation between the start's word and its clock,
    # the clock as written
    "start_a_little_after": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Somsak Vongsavath", "Vongsavath", "Prime Minister", "Lao People's Democratic Republic"),
            ),
            date=dt.date(2016, 9, 7),
            location="Vientiane",
            occasion="ASEAN-related Summit Meetings",
            start=dt.time(16, 30),
            duration=minutes(25),
        ),
        [],
    ),
    # "commencing at around 11:10 a.m. until around 12:25 p.m.": an end after "until" and an
    # approximation, so the length is the stretch between the two clocks
    "start_until_around": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Nimal Perera", "Perera", "President", "Democratic Socialist Republic of Sri Lanka"),
            ),
            date=dt.date(2015, 2, 14),
            location="Democratic Socialist Republic of Sri Lanka",
            start=dt.time(11, 10),
            end=dt.time(12, 25),
            duration=minutes(75),
            timezone="local time",
        ),
        [],
    ),
    # "who is making an official working visit to Japan" and no venue: the place of the visit
    "visitor_making_a_visit": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Josaia Naqara", "Naqara", "Prime Minister", "Republic of Fiji"),
            ),
            date=dt.date(2015, 5, 18),
            location="Japan",
            start=dt.time(17, 40),
            duration=minutes(40),
        ),
        [],
    ),
    # "in Varzob residence": a name that a building's word in small letters follows is that building,
    # not a city
    "name_before_a_building_in_small_letters": (
        Meeting(
            kind=MeetingKind.VISIT,
            participants=(
                TANAKA,
                Person("Rustam Nazarov", "Nazarov", "President", "Republic of Tajikistan"),
            ),
            date=dt.date(2007, 6, 3),
            location="Varzob residence",
        ),
        ["meeting-no-start", "meeting-no-duration"],
    ),
    # "from 1030 hours for 40 mins": the 24-hour military style; "in 2015" and "1030 people" are no times
    "start_military_hours": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Grace Wanjiru", "Wanjiru", "Cabinet Secretary for Foreign Affairs", "Republic of Kenya"),
            ),
            date=dt.date(2016, 8, 27),
            location="Nairobi",
            start=dt.time(10, 30),
            duration=minutes(40),
        ),
        [],
    ),
    # "at 0915 hrs (local time)", then "for one hour and a half"
    "start_military_hrs_local_time": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, BOATENG),
            date=dt.date(2018, 1, 11),
            location="Accra",
            start=dt.time(9, 15),
            duration=minutes(90),
            timezone="local time",
        ),
        [],
    ),
    # "in conjunction with the APEC Economic Leaders' Meeting in Yokohama": the occasion, and its city the place
    "occasion_in_conjunction_with": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, CARRILLO),
            date=dt.date(2010, 11, 13),
            location="Yokohama",
            occasion="APEC Economic Leaders' Meeting",
            start=dt.time(9, 30),
            duration=minutes(30),
        ),
        [],
    ),
    # "in conjunction with the ASEAN-related Summit Meetings in Hanoi"
    "occasion_in_conjunction_with_summit_meetings": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Nguyen Van Binh", "Binh", "Prime Minister", "Socialist Republic of Viet Nam"),
            ),
            date=dt.date(2010, 10, 28),
            location="Hanoi",
            occasion="ASEAN-related Summit Meetings",
            start=dt.time(17, 15),
            duration=minutes(25),
        ),
        [],
    ),
    # "in the margins of the East Asia Summit in Manila"
    "occasion_in_the_margins_of": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Ramon Aquino", "Aquino", "President", "Republic of the Philippines"),
            ),
            date=dt.date(2017, 11, 13),
            location="Manila",
            occasion="East Asia Summit",
            start=dt.time(16, 40),
            duration=minutes(35),
        ),
        [],
    ),
    # "on the sidelines of the G20 Foreign Ministers' Meeting in Bali, Indonesia, Minister A held a meeting
    # with the Director-General of the IAEA": the occasion's "Foreign Ministers' Meeting" is not the kind
    "occasion_names_a_ministers_meeting": (
        Meeting(
            kind=MeetingKind.OTHER,
            participants=(
                SUZUKI,
                Person("Omar Haddad", "Haddad", "Director-General of the International Atomic Energy Agency (IAEA)", None),
            ),
            date=dt.date(2022, 7, 8),
            location="Bali, Indonesia",
            occasion="G20 Foreign Ministers' Meeting",
            start=dt.time(11, 20),
            duration=minutes(25),
        ),
        [],
    ),
    # "Date: March 3, 2011" under the title is the date line; the lead's "On March 2" is the meeting's day
    "date_line_as_a_field": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2011, 3, 2),
            location="Prime Minister's Office",
            start=dt.time(18, 30),
            duration=minutes(50),
        ),
        [],
    ),
    # "Date: 3 March 2011" and a lead that names no day: the field's day is the meeting's
    "date_field_gives_the_day": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person(
                    "Lukas Gruber",
                    "Gruber",
                    "Federal Minister for European and International Affairs",
                    "Republic of Austria",
                ),
            ),
            date=dt.date(2011, 3, 3),
            location="Iikura Guest House",
            start=dt.time(14, 0),
            duration=minutes(40),
        ),
        [],
    ),
    # "Last updated: 9 March 2011", the only date line: the page's revision date gives no year to "On March 2"
    "last_updated_only": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            location="Prime Minister's Office",
            start=dt.time(18, 30),
            duration=minutes(50),
        ),
        ["meeting-no-year"],
    ),
    # "Updated: March 9, 2011" after the date line: never the meeting's day
    "updated_after_the_date_line": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            location="Prime Minister's Office",
            start=dt.time(18, 30),
            duration=minutes(50),
        ),
        ["meeting-no-date"],
    ),
    # "from 7:30 in the evening": the half of the day in words (19:30)
    "clock_in_the_evening": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2004, 5, 3),
            location="Prime Minister's Office",
            start=dt.time(19, 30),
            duration=minutes(60),
        ),
        [],
    ),
    # "an approximately 1.5-hour summit meeting": a length of an hour and a half, not of five hours
    "length_decimal_hour_adjective": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Youssef Alami", "Alami", "Head of Government", "Kingdom of Morocco"),
            ),
            date=dt.date(2016, 6, 8),
            location="Rabat",
            start=dt.time(16, 0),
            duration=minutes(90),
        ),
        [],
    ),
    # "for about an hour and a quarter"
    "length_hour_and_a_quarter": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Sean Byrne", "Byrne", "Taoiseach", "Ireland")),
            date=dt.date(2013, 10, 20),
            location="Dublin",
            start=dt.time(11, 15),
            duration=minutes(75),
        ),
        [],
    ),
    # "an hour-long summit meeting ..., starting at 6:00 p.m."
    "length_hour_long": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2004, 5, 3),
            location="Prime Minister's Office",
            start=dt.time(18, 0),
            duration=minutes(60),
        ),
        [],
    ),
    # "a 40-min summit meeting": the abbreviated unit in an adjective
    "length_min_adjective": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2004, 11, 20),
            location="Santiago",
            start=dt.time(12, 10),
            duration=minutes(40),
        ),
        [],
    ),
    # "Time: 1030-1145 hrs": a military span, its "hrs" after the second clock
    "time_field_military_span": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, ROJAS_MINISTER),
            accompanied_by=(TSUDA, SOTO),
            date=dt.date(2005, 5, 4),
            location="Iikura Guest House",
            start=dt.time(10, 30),
            end=dt.time(11, 45),
            duration=minutes(75),
        ),
        [],
    ),
    # "Tues., May 4, 2004": a weekday abbreviated in four letters before the date line's date
    "weekday_abbreviated_date_line": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2004, 5, 3),
            location="Prime Minister's Office",
            start=dt.time(15, 5),
            duration=minutes(65),
        ),
        [],
    ),
    # "from 9:00 until 10:15 JST": a zone's abbreviation after the clock, outside parentheses
    "zone_abbreviation_after_the_clock": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Pablo Rojas", "Rojas", "Minister of Foreign Affairs", "Republic of Chile"),
            ),
            date=dt.date(2004, 5, 4),
            location="Iikura Guest House",
            start=dt.time(9, 0),
            end=dt.time(10, 15),
            duration=minutes(75),
            timezone="JST",
        ),
        [],
    ),
    # a venue whose name starts with an accented capital, and its city
    "accented_venue": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Olivier Marchand", "Marchand", "President", "French Republic")),
            date=dt.date(2011, 7, 14),
            location="Élysée Palace in Paris",
            start=dt.time(12, 30),
            duration=minutes(50),
        ),
        [],
    ),
    # a building in small letters after a possessive: "at the Prime Minister's official residence"
    "official_residence_small_letters": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, BOATENG),
            date=dt.date(2016, 3, 3),
            location="Prime Minister's official residence",
            start=dt.time(17, 5),
            duration=minutes(35),
        ),
        [],
    ),
    # "Present at the meeting from the Japanese side was ...": the company, of its side
    "present_at_the_meeting": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person(
                    "Kofi Mensah",
                    "Mensah",
                    "Minister for Foreign Affairs and Regional Integration",
                    "Republic of Ghana",
                ),
            ),
            accompanied_by=(Person("Ken Hara", "Hara", "Ambassador of Japan to Ghana", "Japan"),),
            date=dt.date(2017, 6, 8),
            location="Accra",
            start=dt.time(14, 0),
            duration=minutes(40),
        ),
        [],
    ),
    # the meeting sentence names only a visit ("who is visiting Japan"); the next sentence, "The
    # meeting was held ... at the Iikura Guest House", names the venue
    "venue_in_the_next_sentence": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Eleni Markou", "Markou", "Minister of Foreign Affairs", "Hellenic Republic")),
            date=dt.date(2006, 10, 16),
            location="Iikura Guest House",
            start=dt.time(17, 30),
            duration=minutes(45),
        ),
        [],
    ),
    # "Date/Place: Thursday, 13 July 2000, 10:00 a.m. - 10:45 a.m., Iikura House, Tokyo": the place
    # is what follows the date and the clocks
    "date_and_place_in_one_field": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                Person("Jiro Suzuki", "Suzuki", "Foreign Minister", "Japan"),
                Person("Nurlan Abenov", "Abenov", "Foreign Minister", "Republic of Kazakhstan"),
            ),
            date=dt.date(2000, 7, 13),
            location="Iikura House, Tokyo",
            start=dt.time(10, 0),
            end=dt.time(10, 45),
            duration=minutes(45),
        ),
        [],
    ),
    # a start and an end told as two verbs: "started at 5:35 p.m. and ended at 6:20 p.m."
    "started_and_ended_at": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Hedi Ben Salah", "Ben Salah", "President", "Republic of Tunisia")),
            date=dt.date(2004, 5, 3),
            location="Prime Minister's Office",
            start=dt.time(17, 35),
            end=dt.time(18, 20),
            duration=minutes(45),
        ),
        [],
    ),
    # a building's name with a particle and an elided one: "at the Palais de l'Elysee in Paris"
    "building_with_elided_particle": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Olivier Marchand", "Marchand", "President", "French Republic")),
            date=dt.date(2013, 3, 3),
            location="Palais de l'Elysee in Paris",
            start=dt.time(11, 0),
            duration=minutes(45),
        ),
        [],
    ),
    # a building's name with particles in small letters: "at the Palacio de la Moneda"
    "building_with_particles": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Diego Fuentes", "Fuentes", "President", "Republic of Chile")),
            date=dt.date(2012, 11, 11),
            location="Palacio de la Moneda",
            start=dt.time(17, 30),
            duration=minutes(40),
            timezone="local time",
        ),
        [],
    ),
    # "in Washington D.C." without a comma, the next sentence after it in the same paragraph
    "washington_dc_without_comma": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Robert Hale", "Hale", "Secretary of State", "United States")),
            date=dt.date(2016, 4, 20),
            location="Washington D.C.",
            start=dt.time(10, 15),
            duration=minutes(50),
            timezone="U.S. Eastern Daylight Time",
        ),
        [],
    ),
    # "in Washington, DC": the region abbreviated without full stops
    "washington_dc_without_stops": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Thomas Brennan", "Brennan", "President", "United States")),
            date=dt.date(2018, 2, 7),
            location="Washington, DC",
            start=dt.time(11, 20),
            duration=minutes(60),
        ),
        [],
    ),
    # "at the Ministry for Foreign Affairs in Stockholm": a building's "for"; the kind by the principals
    "ministry_for_foreign_affairs": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Karin Lindqvist", "Lindqvist", "Minister for Foreign Affairs", "Kingdom of Sweden"),
            ),
            date=dt.date(2018, 5, 14),
            location="Ministry for Foreign Affairs in Stockholm",
            start=dt.time(9, 0),
            duration=minutes(40),
        ),
        [],
    ),
    # "on board the Japanese Government aircraft at Manila airport": the vehicle is the place
    "on_board_aircraft": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Ramon Villanueva", "Villanueva", "President", "Republic of the Philippines")),
            date=dt.date(2020, 1, 12),
            location="Japanese Government aircraft",
            start=dt.time(14, 10),
            duration=minutes(20),
        ),
        [],
    ),
    # "at the venue of the G7 Summit in Hiroshima": the summit is the occasion, the city the place
    "venue_of_the_summit": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Giulia Rinaldi", "Rinaldi", "President of the Council of Ministers", "Italian Republic"),
            ),
            date=dt.date(2023, 5, 19),
            location="Hiroshima",
            occasion="G7 Summit",
            start=dt.time(8, 40),
            duration=minutes(25),
        ),
        [],
    ),
    # "at the Presidential Palace in Hanoi, Viet Nam": the building, its city and the city's country
    "building_city_and_country": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Tran Van Hung", "Hung", "Prime Minister", "Socialist Republic of Viet Nam")),
            date=dt.date(2017, 10, 19),
            location="Presidential Palace in Hanoi, Viet Nam",
            start=dt.time(16, 30),
            duration=minutes(55),
            timezone="local time",
        ),
        [],
    ),
    # "at Cheong Wa Dae in Seoul": a building named with a word of the host's language ([[venue_word]] "Dae",
    # as "Palazzo", "Schloss", "Kantei") keeps the city after it, as a building named in English does
    "host_language_building_then_city": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Lee Jae-won", "Lee", "President", "Republic of Korea")),
            date=dt.date(2008, 5, 9),
            location="Cheong Wa Dae in Seoul",
            start=dt.time(10, 30),
            duration=minutes(60),
        ),
        [],
    ),
    # "on the margins of the UN General Assembly in New York": the occasion, and the place after it
    "margins_of_the_assembly": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Paulo Azevedo", "Azevedo", "President", "Federative Republic of Brazil")),
            date=dt.date(2016, 9, 21),
            location="New York",
            occasion="UN General Assembly",
            start=dt.time(11, 45),
            duration=minutes(30),
            timezone="local time",
        ),
        [],
    ),
    # "at the Kantei", the kind from "Japan-Australia Summit Meeting"
    "kantei": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Daniel Whitfield", "Whitfield", "Prime Minister", "Australia")),
            date=dt.date(2014, 7, 8),
            location="Kantei",
            start=dt.time(18, 0),
            duration=minutes(30),
        ),
        [],
    ),
    # "at the State Guest House Akasaka Palace"; "Japan-China Foreign Ministers' Meeting"
    "state_guest_house": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person(
                    "Zhou Jianguo",
                    "Zhou",
                    "State Councilor and Minister of Foreign Affairs",
                    "People's Republic of China",
                ),
            ),
            date=dt.date(2019, 8, 24),
            location="State Guest House Akasaka Palace",
            start=dt.time(15, 0),
            duration=minutes(80),
        ),
        [],
    ),
    # "Courtesy Call on Minister X by Y" "at the Ministry of Foreign Affairs"
    "courtesy_call_at_the_ministry": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                SUZUKI,
                Person("Pieter de Vries", "de Vries", "Minister of Foreign Affairs", "Kingdom of the Netherlands"),
            ),
            date=dt.date(2015, 6, 2),
            location="Ministry of Foreign Affairs",
            start=dt.time(14, 30),
            duration=minutes(30),
        ),
        [],
    ),
    # "in Sydney, where the Prime Minister is visiting": the city
    "city_where_visiting": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Daniel Whitfield", "Whitfield", "Prime Minister", "Australia")),
            date=dt.date(2018, 1, 14),
            location="Sydney",
            start=dt.time(10, 0),
            duration=minutes(90),
        ),
        [],
    ),
    # a working dinner of two leaders stays OTHER, "at the Federal Chancellery in Berlin"
    "working_dinner_at_the_chancellery": (
        Meeting(
            kind=MeetingKind.OTHER,
            participants=(TANAKA, Person("Katrin Vogel", "Vogel", "Federal Chancellor", "Federal Republic of Germany")),
            date=dt.date(2019, 4, 28),
            location="Federal Chancellery in Berlin",
            start=dt.time(19, 30),
            duration=minutes(120),
        ),
        [],
    ),
    # "Subsequently, Minister A hosted a working dinner for Minister B for about 1 hour": a sentence
    # of its own that puts the dinner after the meeting makes it a second part, though its length
    # fits within the meeting's
    "dinner_in_a_sentence_of_its_own": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Mateo Quispe", "Quispe", "Minister of Foreign Affairs", "Republic of Peru")),
            date=dt.date(2015, 6, 3),
            location="Iikura Guest House",
            start=dt.time(17, 0),
            parts=(
                MeetingPart(None, dt.time(17, 0), None, minutes(90)),
                MeetingPart("Minister Suzuki hosted a working dinner for Minister Quispe", None, None, minutes(60)),
            ),
        ),
        ["meeting-duration-in-parts"],
    ),
    # "Meeting with the Vice President": a leader and a vice president hold no summit
    "meeting_with_the_vice_president": (
        Meeting(
            kind=MeetingKind.OTHER,
            participants=(TANAKA, Person("Michael Carver", "Carver", "Vice President", "United States")),
            date=dt.date(2019, 10, 18),
            location="Prime Minister's Office",
            start=dt.time(10, 30),
            duration=minutes(50),
        ),
        [],
    ),
    # "held an exchange of views by telephone": a telephone talk, so no place is wanted
    "exchange_of_views_by_telephone": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(TANAKA, Person("Chidi Okafor", "Okafor", "President", "Federal Republic of Nigeria")),
            date=dt.date(2020, 8, 5),
            start=dt.time(20, 0),
            duration=minutes(30),
        ),
        [],
    ),
    # "at the State Guest House, Akasaka Palace": a building's other name after a comma
    "building_with_another_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Thomas Brennan", "Brennan", "President", "United States")),
            date=dt.date(2017, 11, 6),
            location="State Guest House, Akasaka Palace",
            start=dt.time(11, 30),
            duration=minutes(90),
        ),
        [],
    ),
    # "at the Casa Rosada in Buenos Aires, on the occasion of the G20 Buenos Aires Summit"
    "building_and_occasion": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Martin Alvarez", "Alvarez", "President", "Argentine Republic")),
            date=dt.date(2018, 11, 30),
            location="Casa Rosada in Buenos Aires",
            occasion="G20 Buenos Aires Summit",
            start=dt.time(10, 0),
            duration=minutes(40),
        ),
        [],
    ),
    # "at the Secretary of State's invitation": an office's possessive says whose, never where
    "office_possessive_is_no_place": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Robert Hale", "Hale", "Secretary of State", "United States")),
            date=dt.date(2019, 2, 11),
            location="Washington, D.C.",
            start=dt.time(14, 0),
            duration=minutes(70),
        ),
        [],
    ),
    # "in Busan, the Republic of Korea": the city and its country, without "the"
    "city_and_country_with_the": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Choi Dong-hyun", "Choi", "Minister of Foreign Affairs", "Republic of Korea")),
            date=dt.date(2023, 3, 24),
            location="Busan, Republic of Korea",
            start=dt.time(10, 30),
            duration=minutes(60),
        ),
        [],
    ),
    # no kind in the title: a foreign minister meets one whose title of two offices holds a foreign minister's
    "two_offices_of_a_foreign_minister": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person(
                    "Pham Quoc Bao",
                    "Bao",
                    "Deputy Prime Minister and Minister of Foreign Affairs",
                    "Socialist Republic of Viet Nam",
                ),
            ),
            date=dt.date(2018, 8, 1),
            location="Government Guest House in Hanoi",
            start=dt.time(15, 0),
            duration=minutes(40),
        ),
        [],
    ),
    # "in Mar del Plata": a city whose first word is a month's abbreviation, a particle after it
    "city_named_like_a_month": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Martin Alvarez", "Alvarez", "President", "Argentine Republic")),
            date=dt.date(2019, 3, 2),
            location="Mar del Plata",
            start=dt.time(9, 30),
            duration=minutes(50),
            timezone="local time",
        ),
        [],
    ),
    # "at the Kenyatta International Convention Centre (KICC) in Nairobi": the city after the building's abbreviation
    "building_abbreviation_then_city": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Samuel Otieno", "Otieno", "President", "Republic of Kenya")),
            date=dt.date(2016, 8, 27),
            location="Kenyatta International Convention Centre in Nairobi",
            occasion="Sixth Tokyo International Conference on African Development",
            start=dt.time(17, 30),
            duration=minutes(40),
        ),
        [],
    ),
    # "at the Presidential Palace (Istana Merdeka) in Jakarta": the city after the building's other name in parentheses
    "building_other_name_in_parentheses": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Budi Santoso", "Budi", "President", "Republic of Indonesia")),
            date=dt.date(2017, 1, 15),
            location="Presidential Palace in Jakarta",
            start=dt.time(16, 0),
            duration=minutes(80),
            timezone="local time",
        ),
        [],
    ),
    # "at the Casa Azul (Blue House) of the Palacio de La Moneda (Presidential Palace)": the building the
    # venue is part of, after the venue's gloss in parentheses, and not the visit's city
    "venue_gloss_then_palace": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2005, 6, 20),
            location="Casa Azul of the Palacio de La Moneda",
            duration=minutes(120),
        ),
        ["meeting-no-start"],
    ),
    # "in the Foreign Minister's reception room": a room of an office in small letters after its possessive
    "room_of_the_ministry": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Pablo Rojas", "Rojas", "Minister of Foreign Affairs", "Republic of Chile")),
            date=dt.date(2016, 5, 3),
            location="Foreign Minister's reception room",
            start=dt.time(16, 0),
            duration=minutes(30),
        ),
        [],
    ),
    # "In Tokyo on 9 February 2003, ...": the lead opens with the place, then the date
    "place_and_date_open_the_lead": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Hugo Salas", "Salas", "Minister of Foreign Affairs", "Republic of Peru")),
            date=dt.date(2003, 2, 9),
            location="Tokyo",
            start=dt.time(11, 0),
            duration=minutes(40),
        ),
        [],
    ),
    # "at the Representative Office of Russia to the EU in Brussels": the office's "to" stays with it
    "office_to_an_organisation_in_a_city": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Pavel Orlov", "Orlov", "Minister of Foreign Affairs", "Russian Federation")),
            date=dt.date(2014, 4, 2),
            location="Representative Office of Russia to the EU in Brussels",
            start=dt.time(18, 0),
            duration=minutes(50),
        ),
        [],
    ),
    # "visiting Muscat in the Sultanate of Oman": the city, then its country as after a comma
    "city_in_its_country": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Salim Rawas", "Rawas", "Minister of Foreign Affairs", "Sultanate of Oman")),
            date=dt.date(2020, 10, 3),
            location="Muscat, Sultanate of Oman",
            start=dt.time(13, 0),
            duration=minutes(60),
        ),
        [],
    ),
    # "..., who is currently in Japan as a guest ..., in Tokyo": the city named "in" wins over the
    # guest's country named "in" before it
    "city_after_the_guests_country": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Sean Brennan", "Brennan", "Prime Minister", "Ireland")),
            date=dt.date(2011, 3, 11),
            location="Tokyo",
            start=dt.time(17, 0),
            duration=minutes(40),
        ),
        [],
    ),
    # "in Honolulu, Hawaii": a state named after the city stays with it ([[region_name]])
    "city_and_its_state": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Tom Baker", "Baker", "Secretary of State", "United States of America"),
            ),
            date=dt.date(2022, 1, 12),
            location="Honolulu, Hawaii",
            start=dt.time(9, 0),
            duration=minutes(70),
        ),
        [],
    ),
    # "President B, who studied at the University of Tokyo ..., at the Prime Minister's Office": a venue in a
    # relative clause about the guest is not the meeting's place
    "venue_in_a_clause_about_the_guest": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Tamas Kovacs", "Kovacs", "President", "Hungary")),
            date=dt.date(2019, 10, 8),
            location="Prime Minister's Office",
            start=dt.time(16, 30),
            duration=minutes(40),
        ),
        [],
    ),
    # "who was visiting Nagoya to attend the "World Conference on Coastal Resilience in Chubu"": the
    # event's place is not the meeting's when the visit's city is named
    "place_in_the_name_of_the_event": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                Person("Ichiro Tanaka", "Tanaka", "Prime Minister", None),
                Person("Ingrid Solberg", "Solberg", "Administrator of the UNEP", None),
            ),
            date=dt.date(2015, 6, 11),
            location="Nagoya",
            start=dt.time(15, 10),
            duration=minutes(15),
        ),
        [],
    ),
    # "on the occasion of the Prime Minister’s visit to Geneva to participate in ...": whose visit in a
    # possessive; the visit is no occasion
    "possessive_visit_to_a_city": (
        Meeting(
            kind=MeetingKind.OTHER,
            participants=(TANAKA, Person("Laurent Moreau", "Moreau", "Secretary-General of the United Nations", None)),
            date=dt.date(2021, 5, 2),
            location="Geneva",
            start=dt.time(11, 20),
            duration=minutes(25),
            timezone="local time",
        ),
        [],
    ),
    # "who was visiting N.Y. to attend ...": a city in initials keeps its last full stop
    "city_in_initials": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ROJAS),
            date=dt.date(2012, 9, 25),
            location="N.Y.",
            occasion="United Nations General Assembly",
            start=dt.time(10, 15),
            duration=minutes(30),
            timezone="EST",
        ),
        [],
    ),
    # "who is visiting New York, the United States, to attend ...": the country after the city without "the"
    "visiting_a_city_and_the_country": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Ama Owusu", "Owusu", "Minister for Foreign Affairs", "Republic of Ghana")),
            date=dt.date(2022, 9, 20),
            location="New York, United States",
            occasion="United Nations General Assembly",
            start=dt.time(14, 0),
            duration=minutes(20),
            timezone="local time",
        ),
        [],
    ),
}


def test_every_setting_has_an_expectation() -> None:
    assert fixture_names("settings") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_setting(name: str) -> None:
    assert_meeting(read(name), *EXPECTED[name])


def test_captions_above_the_title_are_chrome_and_the_title_is_the_headline() -> None:
    doc = read("captions_above_the_title")
    assert (doc.title, doc.issued) == (
        "Prime Minister Tanaka Holds a Summit Meeting with President Lindgren of Finland",
        dt.date(2014, 10, 9),
    )
    assert [(c.kind.value, c.text) for c in doc.chrome] == [
        ("navigation", "Prime Minister of Japan and His Cabinet"),
        ("navigation", "Skip to main content"),
        ("navigation", "The Prime Minister in Action"),
        ("photo", "Photo 1"),
        ("photo", "Prime Minister Tanaka greeting President Lindgren"),
        ("photo", "The two leaders before the summit meeting"),
    ]
    assert mofa_parse.parse("Prime Minister Tanaka Greets President Lindgren\n\nOctober 9, 2014\n").title == (
        "Prime Minister Tanaka Greets President Lindgren"
    )


def test_a_date_line_in_parentheses_or_in_capitals_is_the_date_line() -> None:
    doc = read("date_line_in_parentheses")
    assert (doc.title, doc.issued, doc.issued_text) == (
        "Japan-Estonia Foreign Ministers' Meeting",
        dt.date(2015, 10, 2),
        "(October 2, 2015)",
    )
    assert read_date_line("SEPTEMBER 28, 2019") == read_date_line("Saturday, September 28, 2019")
    assert read_date_line("SATURDAY, SEPTEMBER 28, 2019") == DateLine(2019, 9, dt.date(2019, 9, 28))
    assert read_date_line("(JULY 2003)") == DateLine(2003, 7, None)
    assert read_date_line("(1) 2019") is read_date_line("Mayday 3, 2019") is read_date_line("(2019") is None


def test_a_date_line_written_as_a_field_is_the_date_line() -> None:
    doc = read("date_line_as_a_field")
    assert (doc.issued, doc.issued_text, [w.code for w in doc.warnings]) == (
        dt.date(2011, 3, 3),
        "Date: March 3, 2011",
        [],
    )
    assert read_date_line("Date: 3 March 2011") == DateLine(2011, 3, dt.date(2011, 3, 3), labelled=True)
    assert read_date_line("DATE: Thursday, March 3, 2011") == DateLine(2011, 3, dt.date(2011, 3, 3), labelled=True)
    assert read_date_line("Date: the third of March") is read_date_line("Date: March 33, 2011") is None


def test_a_revision_date_is_the_date_line_only_when_there_is_no_other_and_says_so() -> None:
    """"Last updated: 9 March 2011" alone under the title is the date line, with a note that it is the
    page's revision date; after the date line it is a paragraph the meeting pass does not read."""
    alone = read("last_updated_only")
    assert (alone.issued, alone.issued_text) == (dt.date(2011, 3, 9), "Last updated: 9 March 2011")
    assert [(w.code, w.message) for w in alone.warnings if not w.code.startswith("meeting")] == [
        ("date-revision", "date line 'Last updated: 9 March 2011' is the page's revision date, not the readout's")
    ]
    after = read("updated_after_the_date_line")
    assert (after.issued, after.issued_text) == (dt.date(2011, 3, 3), "March 3, 2011")
    assert after.preamble[0].text == "Updated: March 9, 2011"
    assert read_date_line("Updated: March 9, 2011") == DateLine(
        2011, 3, dt.date(2011, 3, 9), revision=True, labelled=True
    )
    assert read_date_line("Updated: 2011") is None


@pytest.mark.parametrize(
    ("text", "zone", "length"),
    [
        ("from 9:00 until 10:15 JST", "JST", 75),
        ("from 10:00 to 10:30 a.m. (local time; 5:00 p.m. JST)", "local time", 30),
        ("commencing at 3:00 p.m. local time for approximately 35 minutes", "local time", 35),
        ("for about three-quarters of an hour from 9:10 a.m. (JST)", "JST", 45),
    ],
)
def test_a_zone_after_the_clock_is_read_outside_parentheses(text: str, zone: str, length: int) -> None:
    facts = read_times(text)
    assert (facts.timezone, facts.duration) == (zone, minutes(length))


def test_a_venue_in_small_letters_follows_only_a_possessive() -> None:
    assert find_location("They met at the President’s official residence in Accra.") == (
        "President’s official residence in Accra"
    )
    assert find_location("They met at the Castle in Accra.") == "Castle in Accra"
    assert "request" not in str(find_location("They met at the Prime Minister's request in Accra."))
    assert find_location("They met at Osu Castle and then dined.") == "Osu Castle"


def test_a_visit_written_with_to_is_a_visit() -> None:
    """"who is visiting to Japan", as some readouts write it, is "who is visiting Japan"."""
    text = "Prime Minister A received a courtesy call from Minister B, who is visiting to Japan."
    assert find_location(text) == find_location(text.replace("visiting to", "visiting")) == "Japan"


def test_a_venue_ends_before_the_person_it_was_held_for() -> None:
    assert find_location("Prime Minister Tanaka hosted a dinner at the Kantei for President Lindgren.") == "Kantei"
    assert find_location("They met at the Centre for Strategic Studies in London.") == (
        "Centre for Strategic Studies in London"
    )
    assert find_location("They met at the Kantei in May.") == "Kantei"  # a month is no city
    assert find_location("They met in May.") is find_location("They met in June, Prime Minister Tanaka said.") is None


def test_a_talk_by_telephone_or_on_the_phone_is_a_telephone_talk() -> None:
    for lead in (
        "Prime Minister Tanaka talked on the phone with President Lindgren.",
        "Prime Minister Tanaka spoke by telephone with President Lindgren.",
        "Prime Minister Tanaka held talks over the telephone with President Lindgren.",
    ):
        assert meeting_kind("Meeting", lead) is MeetingKind.TELEPHONE_TALK, lead
    for lead in (
        "Prime Minister Tanaka met President Lindgren.",
        "Prime Minister Tanaka met President Lindgren, with whom he had spoken by telephone in May.",
    ):
        assert meeting_kind("Japan-Finland Summit Meeting", lead) is MeetingKind.SUMMIT, lead


def test_a_title_of_two_offices_is_a_foreign_ministers_when_one_of_them_is() -> None:
    assert is_foreign_minister("Deputy Prime Minister and Minister of Foreign Affairs")
    assert is_foreign_minister("Secretary of State") and is_foreign_minister("Foreign Secretary")
    assert not is_foreign_minister("Deputy Prime Minister and Minister of Finance")
    assert not is_foreign_minister(None)
