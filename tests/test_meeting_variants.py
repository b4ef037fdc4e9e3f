"""The meeting on the variants of real readouts (conventions section 7): one made-up
readout a variant in ``fixtures/meeting/variants``, its meeting and people asserted exactly.

The names later mentions use, titles and captions that hold no names, participants
from the title or a field block, countries, kinds, places, times, dates and the
accompanying officials.
"""

from __future__ import annotations

import datetime as dt

import pytest

import mofa_parse
from meeting_support import (
    CARRILLO,
    ITO,
    NO_TIMES,
    SUZUKI,
    TANAKA,
    assert_meeting,
    fixture_names,
    meeting_codes,
    minutes,
    read_fixture,
)
from mofa_parse import Document, Meeting, MeetingKind, Person

ANAN = Person("Anan Siriwong", "Anan", "Prime Minister", "Kingdom of Thailand")
LOPEZ = Person("Mary Lopez", "Lopez", "Secretary of State", "United States")


def read(name: str) -> Document:
    return read_fixture("variants", name)


#: Each readout: its meeting, the notes of the meeting pass, and everyone it names (None: the principals
#: and the accompanying officials, in that order).
EXPECTED: dict[str, tuple[Meeting, list[str], tuple[Person, ...] | None]] = {
    # ----------------------------------------------------------------- the name later mentions use
    "later_given_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Dewi Anggraini Putri", "Dewi", "President", "Republic of Indonesia")),
            date=dt.date(2004, 3, 2),
            location="Jakarta",
        ),
        NO_TIMES,
        None,
    ),
    "later_last_given_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Le Minh Hoang", "Hoang", "Prime Minister", "Socialist Republic of Viet Nam"),
            ),
            date=dt.date(2009, 6, 4),
            location="Prime Minister's Official Residence",
        ),
        NO_TIMES,
        None,
    ),
    "later_thai_given_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ANAN),
            date=dt.date(2015, 11, 19),
            location="Manila",
        ),
        NO_TIMES,
        None,
    ),
    # "General Anan Siriwong, Chief of Defence Forces of ...", then "General Anan stated": the rank and one
    # name, before a verb, are a later mention, and give the surname.
    "later_rank_and_given_name": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                SUZUKI,
                Person("Anan Siriwong", "Anan", "Chief of Defence Forces", "Kingdom of Thailand"),
            ),
            date=dt.date(2019, 3, 14),
            location="Ministry of Foreign Affairs",
            start=dt.time(11, 0),
            duration=minutes(20),
        ),
        [],
        None,
    ),
    "month_as_surname": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Alan March", "March", "Prime Minister", "New Zealand"),
            ),
            date=dt.date(2019, 3, 3),
            location="Prime Minister's Office",
            start=dt.time(18, 0),
            duration=minutes(40),
        ),
        [],
        None,
    ),
    "start_shortly_after": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Anton Berger", "Berger", "Federal Minister", "Republic of Austria"),
            ),
            date=dt.date(2019, 5, 14),
            location="Vienna",
            start=dt.time(16, 40),
            duration=minutes(30),
            timezone="local time",
        ),
        [],
        None,
    ),
    "later_first_surname": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Luis Herrera Campos", "Herrera", "Secretary of Foreign Affairs", "United Mexican States"),
            ),
            date=dt.date(2019, 10, 7),
            location="Tokyo",
        ),
        NO_TIMES,
        None,
    ),
    "later_compound_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Antonio Carlos Lobo da Cunha", "Lobo", "President", "Federative Republic of Brazil"),
            ),
            date=dt.date(2005, 5, 27),
            location="Akasaka Palace",
        ),
        NO_TIMES,
        None,
    ),
    # "Samdech Prime Minister Chea Vuthy", then always "Prime Minister Chea Vuthy": the two words
    "later_whole_two_word_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person(None, "Chea Vuthy", "Prime Minister", "Kingdom of Cambodia")),
            date=dt.date(2016, 6, 12),
            location="Prime Minister's Official Residence",
        ),
        NO_TIMES,
        None,
    ),
    # the same in a readout that is all lead: the paragraphs after the one that reports the meeting
    # call the principals as later mentions do, and name no second person
    "later_whole_name_in_an_all_lead_readout": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person(None, "Chea Vuthy", "Prime Minister", "Kingdom of Cambodia")),
            date=dt.date(2016, 6, 12),
            location="Prime Minister's Official Residence",
        ),
        NO_TIMES,
        None,
    ),
    # "President Budi Santoso" later, and once "President Budi": the one word
    "later_one_word_and_whole": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Budi Santoso", "Budi", "President", "Republic of Indonesia")),
            date=dt.date(2017, 10, 20),
            location="Bogor Palace",
        ),
        NO_TIMES,
        None,
    ),
    "korean_chinese_surname_first": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Zhou Wenbo", "Zhou", "Minister of Foreign Affairs", "People's Republic of China"),
                Person("Yoon Jae-hyun", "Yoon", "Minister of Foreign Affairs", "Republic of Korea"),
            ),
            date=dt.date(2015, 3, 21),
            location="Seoul",
        ),
        NO_TIMES,
        None,
    ),
    "japanese_mixed_case_surname_first": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                Person("Takeda Emiko", "Takeda", "Minister for Foreign Affairs", "Japan"),
                Person("Piotr Nowicki", "Nowicki", "Minister of Foreign Affairs", "Republic of Poland"),
            ),
            date=dt.date(2024, 2, 13),
            location="Ministry of Foreign Affairs",
        ),
        NO_TIMES,
        None,
    ),
    # "Prime Minister A, accompanied by B, held a summit meeting with President C of X, who was accompanied by
    # Foreign Minister D": each company set in commas after a principal is of that principal's country.
    "company_after_a_principal": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Sofía Ramírez", "Ramírez", "President", "Republic of Chile")),
            accompanied_by=(SUZUKI, Person("Diego Muñoz", "Muñoz", "Foreign Minister", "Republic of Chile")),
            date=dt.date(2018, 5, 4),
            location="Santiago",
        ),
        NO_TIMES,
        None,
    ),
    # ----------------------------------------------------------------- names in other orders and forms
    # "Ms. A, Minister for Foreign Affairs of Australia, held a meeting with Mr. OKADA Hiroshi, Minister for
    # Foreign Affairs of Japan": the visitor first, each country from its own office.
    "capitals_surname_office_after": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                Person("Penny Hart", "Hart", "Minister for Foreign Affairs", "Australia"),
                Person("OKADA Hiroshi", "Okada", "Minister for Foreign Affairs", "Japan"),
            ),
            date=dt.date(2026, 3, 1),
            location="Tokyo",
            start=dt.time(10, 0),
            duration=minutes(40),
        ),
        [],
        None,
    ),
    # "with Nurlan Serikovich Abenov, President of the Republic of Kazakhstan": a full name with no honorific
    # nor title, the office and its country after it in commas.
    "bare_name_office_after": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                Person("Daisuke Hirano", "Hirano", "Prime Minister", "Japan"),
                Person("Nurlan Serikovich Abenov", "Abenov", "President", "Republic of Kazakhstan"),
            ),
            date=dt.date(2026, 5, 11),
            location="Astana",
            start=dt.time(16, 0),
            duration=minutes(45),
        ),
        [],
        None,
    ),
    # "Minister for Foreign Affairs, Kenji Aoki, had a telephone talk with ...": the office, then the name in commas.
    "office_then_name_in_commas": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(
                Person("Kenji Aoki", "Aoki", "Minister for Foreign Affairs", "Japan"),
                Person("Rodrigo Fuentes", "Fuentes", "Minister of Foreign Affairs", "Republic of Chile"),
            ),
            date=dt.date(2026, 6, 4),
            start=dt.time(9, 0),
            duration=minutes(20),
        ),
        [],
        None,
    ),
    # "H.E. Dr. Vivian Tan Kok Leong" of Singapore, then "Minister Tan": two honorifics, a name surname first.
    "style_and_doctor_mixed_order": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                Person("IWASAKI Takeshi", "Iwasaki", "Minister for Foreign Affairs", "Japan"),
                Person("Vivian Tan Kok Leong", "Tan", "Minister for Foreign Affairs", "Republic of Singapore"),
            ),
            date=dt.date(2025, 7, 10),
            location="Kuala Lumpur",
            start=dt.time(18, 0),
            duration=minutes(45),
        ),
        [],
        None,
    ),
    # "Emir Sheikh Khalifa bin Hamad Al Jaber", then "Emir Khalifa": the rank after the title is neither the
    # title nor the name; "Sheikh B, Prime Minister ..., was also present" accompanies.
    "rank_after_the_title": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Khalifa bin Hamad Al Jaber", "Khalifa", "Emir", "State of Qatar")),
            accompanied_by=(
                Person(
                    "Mohammed bin Rashid Al Kuwari",
                    "Kuwari",
                    "Prime Minister and Minister of Foreign Affairs",
                    "State of Qatar",
                ),
            ),
            date=dt.date(2025, 2, 5),
            location="Prime Minister's Office",
            start=dt.time(12, 30),
            duration=minutes(60),
        ),
        [],
        None,
    ),
    # "The Honourable Dato' Seri Anwar Rahman", then "Prime Minister Anwar": a style and a Malay style.
    "malay_styles": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Anwar Rahman", "Anwar", "Prime Minister", "Malaysia")),
            date=dt.date(2023, 5, 25),
            location="Prime Minister's Office",
            start=dt.time(17, 0),
            duration=minutes(50),
        ),
        [],
        None,
    ),
    # "Tun Dr. A, Prime Minister of Malaysia, accompanied by Dato' Sri B, Minister of Foreign Affairs, paid a
    # courtesy call on ...": the company set in commas after the visitor is of the visitor's country.
    "tun_dr_with_company": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(Person("Mahathir Hassan", "Mahathir", "Prime Minister", "Malaysia"), TANAKA),
            accompanied_by=(Person("Saifuddin Ismail", "Ismail", "Minister of Foreign Affairs", "Malaysia"),),
            date=dt.date(2019, 10, 2),
            location="Prime Minister's Office",
            start=dt.time(15, 0),
            duration=minutes(30),
        ),
        [],
        None,
    ),
    # "H.E. Mr. Sutrisno, President of the Republic of Indonesia": a name of one word is the surname.
    "indonesian_single_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person(None, "Sutrisno", "President", "Republic of Indonesia")),
            date=dt.date(2025, 1, 11),
            location="Merdeka Palace in Jakarta",
            start=dt.time(11, 0),
            duration=minutes(90),
        ),
        [],
        None,
    ),
    # "the Honourable A MP, Prime Minister of New Zealand"; "The Rt Hon B, ..., was also present from the New
    # Zealand side": the people before the phrase accompany, of the side it names.
    "honourable_mp_present_from_side": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Christopher Luxford", "Luxford", "Prime Minister", "New Zealand")),
            accompanied_by=(
                Person(
                    "Winston Peterson",
                    "Peterson",
                    "Deputy Prime Minister and Minister of Foreign Affairs",
                    "New Zealand",
                ),
            ),
            date=dt.date(2024, 4, 19),
            location="Prime Minister's Office",
            start=dt.time(16, 0),
            duration=minutes(45),
        ),
        [],
        None,
    ),
    # "H.E. Mr. Juan Carlos Ibarra Molina, President of the Republic of Colombia": a pair of given names and
    # two surnames, the first of which is the surname.
    "two_given_names_two_surnames": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Juan Carlos Ibarra Molina", "Ibarra", "President", "Republic of Colombia")),
            date=dt.date(2024, 11, 17),
            location="Lima, Peru",
            occasion="APEC Economic Leaders' Meeting",
            start=dt.time(14, 0),
            duration=minutes(30),
        ),
        [],
        None,
    ),
    # "Senator the Hon A, Minister for Foreign Affairs of Australia": an office, a style after it, the office
    # after the name with its country.
    "senator_the_hon": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Margaret Doyle", "Doyle", "Minister for Foreign Affairs", "Australia")),
            date=dt.date(2023, 9, 8),
            location="Jakarta",
            start=dt.time(19, 30),
            duration=minutes(60),
        ),
        [],
        None,
    ),
    # "the Rt Hon Sir A KCB KC MP, Prime Minister of the United Kingdom": post-nominals one after another, and
    # the office after them.
    "post_nominals_in_a_row": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Edward Grant", "Grant", "Prime Minister", "United Kingdom")),
            date=dt.date(2025, 5, 21),
            location="10 Downing Street",
            start=dt.time(18, 0),
            duration=minutes(60),
        ),
        [],
        None,
    ),
    # "His Majesty King Hamza II ibn Al Talal": the name goes on after the regnal number, and is called by
    # the name the number follows.
    "regnal_number_in_the_name": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Hamza II ibn Al Talal", "Hamza", "King", "Hashemite Kingdom of Jordan")),
            date=dt.date(2022, 11, 29),
            location="Prime Minister's Office",
            start=dt.time(11, 45),
            duration=minutes(40),
        ),
        [],
        None,
    ),
    # "His Majesty King Hamza II Ibn Al Talal, King of the Hashemite Kingdom of Jordan": the particle after
    # the regnal number written with a capital goes on with the name, and the office after it gives
    # the country; a later "King Hamza II" calls him by the name the number follows.
    "regnal_number_then_capital_particle": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Hamza II Ibn Al Talal", "Hamza", "King", "Hashemite Kingdom of Jordan")),
            date=dt.date(2017, 4, 7),
            location="State Guest House",
            start=dt.time(18, 0),
            duration=minutes(50),
        ),
        [],
        None,
    ),
    # "Daw Khin Mar Aye, Union Minister ... of the Republic of the Union of Myanmar": a Burmese honorific, a
    # name of no surname called whole, and a formal name inside a formal name.
    "burmese_honorific": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person(
                    None,
                    "Khin Mar Aye",
                    "Union Minister for International Cooperation",
                    "Republic of the Union of Myanmar",
                ),
            ),
            date=dt.date(2019, 8, 6),
            location="Bangkok",
            start=dt.time(15, 15),
            duration=minutes(30),
        ),
        [],
        None,
    ),
    # "President A was accompanied by Foreign Minister B": the company of a principal named again before it.
    "company_of_a_later_mention": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Sofía Ramírez", "Ramírez", "President", "Republic of Chile")),
            accompanied_by=(Person("Diego Muñoz", "Muñoz", "Foreign Minister", "Republic of Chile"),),
            date=dt.date(2018, 5, 4),
            location="Santiago",
            start=dt.time(11, 0),
            duration=minutes(50),
        ),
        [],
        None,
    ),
    # "President A of X, accompanied by B, visited Prime Minister C": the company ends at ", visited", and C
    # is a principal.
    "visitor_with_company_visited": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(Person("Sofía Ramírez", "Ramírez", "President", "Republic of Chile"), TANAKA),
            accompanied_by=(Person("Diego Muñoz", "Muñoz", "Foreign Minister", "Republic of Chile"),),
            date=dt.date(2019, 10, 8),
            location="Prime Minister's Office",
            start=dt.time(17, 0),
            duration=minutes(25),
        ),
        [],
        None,
    ),
    # "Prince Faisal bin Turki Al Saud" and "Prince Sultan bin Khalid Al Saud": one family name, two people;
    # "His Highness Prince Faisal was accompanied by B": B is of his country.
    "one_family_two_people": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Faisal bin Turki Al Saud", "Faisal", "Minister of Foreign Affairs", "Kingdom of Saudi Arabia"),
            ),
            accompanied_by=(
                Person(
                    "Sultan bin Khalid Al Saud", "Saud", "Deputy Minister of Foreign Affairs", "Kingdom of Saudi Arabia"
                ),
            ),
            date=dt.date(2019, 4, 2),
            location="Riyadh",
            start=dt.time(15, 0),
            duration=minutes(40),
        ),
        [],
        None,
    ),
    # "Participants:" with each side on a line of its own ("(Egyptian side) C, D").
    "field_block_side_lines": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Karim Fahmy", "Fahmy", "Minister of Foreign Affairs", "Egypt")),
            accompanied_by=(
                Person("Taro Kato", "Kato", "Ambassador", "Japan"),
                Person("Nabil Saad", "Saad", "Assistant Minister for Asian Affairs", "Egypt"),
            ),
            date=dt.date(2001, 1, 9),
            location="Ministry of Foreign Affairs, Cairo",
            start=dt.time(9, 30),
            end=dt.time(10, 40),
            duration=minutes(70),
        ),
        [],
        None,
    ),
    # "Participants: (Japan) A, B; (Jordan) C, D": a country in brackets names a side of the field.
    "field_block_country_labels": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Omar Nasser", "Nasser", "Minister of Foreign Affairs", "Jordan")),
            accompanied_by=(
                Person("Ken Ota", "Ota", "Director-General for Middle Eastern and African Affairs", "Japan"),
                Person("Ziad Odeh", "Odeh", "Ambassador", "Jordan"),
            ),
            date=dt.date(2007, 3, 7),
            location="Iikura Guest House, Tokyo",
            start=dt.time(12, 30),
            end=dt.time(14, 0),
            duration=minutes(90),
        ),
        [],
        None,
    ),
    # "U Min Thein Aung, Minister for Foreign Affairs of the Union of Myanmar": the Burmese "U" is a courtesy
    # title, and the name of no surname is called whole.
    "burmese_u_honorific": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person(None, "Min Thein Aung", "Minister for Foreign Affairs", "Union of Myanmar")),
            date=dt.date(2005, 7, 27),
            location="Vientiane",
            start=dt.time(8, 45),
            duration=minutes(35),
        ),
        [],
        None,
    ),
    # "Mr. A, Governor of the State of Bahia, Federative Republic of Brazil, who ...": the country set in
    # commas after an office that names none; the other principal is then Japan's.
    "country_after_a_regional_office": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                Person(
                    "Carlos Alberto Moreira", "Moreira", "Governor of the State of Bahia", "Federative Republic of Brazil"
                ),
                SUZUKI,
            ),
            date=dt.date(2008, 6, 2),
            location="Japan",
            start=dt.time(11, 30),
            duration=minutes(20),
        ),
        [],
        None,
    ),
    # "Prime Minister B of Fiji" in the title, "Prime Minister of the Republic of the Fiji Islands" in the lead:
    # a formal name of a country whose short name holds the title's; one person, the lead's country.
    "short_name_in_the_title_formal_in_the_lead": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Sione Tuilagi", "Tuilagi", "Prime Minister", "Republic of the Fiji Islands")),
            date=dt.date(2006, 5, 27),
            location="Nago City",
            occasion="Fourth Japan-Pacific Islands Forum Summit Meeting",
            start=dt.time(16, 15),
            duration=minutes(25),
        ),
        [],
        None,
    ),
    # "President of the Senate of Argentina" in the title, "... of the Argentine Republic" in the lead: a
    # formal name built of formal words and the country's adjective is the same country, and one person.
    "formal_name_by_an_adjective_in_the_lead": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                SUZUKI,
                Person("Carlos Vega Ortiz", "Vega", "President of the Senate", "Argentine Republic"),
            ),
            date=dt.date(2015, 11, 12),
            location="Ministry of Foreign Affairs",
            start=dt.time(15, 0),
            duration=minutes(20),
        ),
        [],
        None,
    ),
    # ----------------------------------------------------------------- titles and captions are not names
    "title_verbs_and_post_nominals": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(TANAKA, Person("Mark Wilson", "Wilson", "Prime Minister", "Australia")),
            accompanied_by=(Person("Jane Cole", "Cole", "Minister for Trade", None),),
            date=dt.date(2014, 4, 7),
            location="Prime Minister's Office",
        ),
        NO_TIMES,
        None,
    ),
    "title_visits_country": (
        Meeting(
            kind=MeetingKind.VISIT,
            participants=(
                Person("SUZUKI Jiro", "Suzuki", "Minister for Foreign Affairs", "Japan"),
                Person("Carlos Quispe", "Quispe", "Minister of Foreign Affairs", "Republic of Peru"),
            ),
            date=dt.date(2021, 8, 15),
            location="Lima",
        ),
        NO_TIMES,
        None,
    ),
    # ----------------------------------------------------------------- participants from the title
    "participants_from_title": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, LOPEZ),
            date=dt.date(2018, 2, 7),
            location="Department of State",
            start=dt.time(9, 0),
            duration=minutes(40),
        ),
        [],
        None,
    ),
    "talks_between_ministers": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Erik Lund", "Lund", "Minister of Foreign Affairs", "Kingdom of Denmark")),
        ),
        ["meeting-no-date", "meeting-no-start", "meeting-no-duration", "meeting-no-location"],
        None,
    ),
    # ----------------------------------------------------------------- the meeting under the first heading
    # A visit's lead names no one met; "1. Japan-Zambia Foreign Ministers' Meeting" and its opening
    # paragraph tell the meeting: principals, time, length and place are read from there.
    "meeting_under_first_heading": (
        Meeting(
            kind=MeetingKind.VISIT,
            participants=(SUZUKI, Person("Joseph Mwale", "Mwale", "Minister of Foreign Affairs", "Republic of Zambia")),
            date=dt.date(2014, 8, 2),
            location="Ministry of Foreign Affairs in Lusaka",
            start=dt.time(14, 30),
            duration=minutes(50),
        ),
        ["meeting-from-first-section"],
        None,
    ),
    # A first heading that names no meeting ("1. Visit to a hospital"): the lead alone is read.
    "visit_first_heading_no_meeting": (
        Meeting(
            kind=MeetingKind.VISIT,
            participants=(SUZUKI,),
            date=dt.date(2014, 8, 2),
            location="Republic of Zambia",
        ),
        NO_TIMES,
        None,
    ),
    # ----------------------------------------------------------------- countries
    "office_names_the_country": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(TANAKA, Person("Henry Walsh", "Walsh", "Ambassador to Japan", "United States")),
            date=dt.date(2013, 7, 1),
            location="Prime Minister's Office",
        ),
        NO_TIMES,
        None,
    ),
    # "a delegation of the Federal Council of the Republic of Austria, headed by Mr. A, President of the
    # Federal Council": the country of the body the delegation is of is its leader's, and the principal
    # facing him is Japan's.
    "delegation_led_by": (
        Meeting(
            kind=MeetingKind.COURTESY_CALL,
            participants=(
                SUZUKI,
                Person("Hans Keller", "Keller", "President of the Federal Council", "Republic of Austria"),
            ),
            date=dt.date(2018, 10, 3),
            location="Ministry of Foreign Affairs",
            start=dt.time(14, 0),
            duration=minutes(30),
        ),
        [],
        None,
    ),
    "country_written_once": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(Person("Kim Sung-ho", "Kim", "Minister of Foreign Affairs", "Korea"), SUZUKI),
            date=dt.date(2016, 12, 2),
            location="Westin Chosun Hotel",
        ),
        NO_TIMES,
        None,
    ),
    "country_before_the_office": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                Person("SUZUKI Jiro", "Suzuki", "Minister for Foreign Affairs", "Japan"),
                Person("Park Min-jun", "Park", "Minister of Foreign Affairs", "Republic of Korea"),
            ),
            accompanied_by=(
                Person("ITO Goro", "Ito", "Director-General of the Asian and Oceanian Affairs Bureau", "Japan"),
            ),
            date=dt.date(2022, 8, 4),
            location="Phnom Penh",
            occasion="ASEAN Regional Forum",
        ),
        NO_TIMES,
        None,
    ),
    # ----------------------------------------------------------------- kinds
    "foreign_secretary_meeting": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Hugh Barrow", "Barrow", "Foreign Secretary", "United Kingdom")),
            date=dt.date(2012, 1, 20),
            location="London",
        ),
        NO_TIMES,
        None,
    ),
    "strategic_dialogue": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Ruth Grey", "Grey", "Minister for Foreign Affairs", "Australia")),
            date=dt.date(2011, 7, 8),
            location="Sydney",
        ),
        NO_TIMES,
        None,
    ),
    "meeting_and_luncheon": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, LOPEZ),
            date=dt.date(2017, 4, 29),
            location="Iikura Guest House",
            start=dt.time(11, 30),
            end=dt.time(13, 30),
            duration=minutes(120),
        ),
        [],
        None,
    ),
    "summit_talks_on_the_telephone": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(TANAKA, Person("Paul Girard", "Girard", "President", "French Republic")),
            date=dt.date(2011, 3, 15),
            start=dt.time(19, 30),
            duration=minutes(20),
        ),
        [],
        None,
    ),
    "video_teleconference": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(
                TANAKA,
                Person("Louis Marchal", "Marchal", "President of the European Council", "European Union"),
            ),
            date=dt.date(2020, 5, 26),
            start=dt.time(20, 0),
            duration=minutes(60),
        ),
        [],
        None,
    ),
    "heads_in_person": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Pedro Ruiz", "Ruiz", "President", "Republic of Chile")),
            date=dt.date(2010, 11, 13),
            location="Yokohama",
        ),
        NO_TIMES,
        None,
    ),
    "later_both_surnames": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Pablo Navarro Gil", "Navarro Gil", "President of the Government", "Kingdom of Spain"),
            ),
            date=dt.date(2019, 6, 2),
            location="Madrid",
        ),
        NO_TIMES,
        None,
    ),
    "day_of_visit": (
        Meeting(
            kind=MeetingKind.VISIT,
            participants=(TANAKA, Person("Arjun Mehta", "Mehta", "Prime Minister", "India")),
            date=dt.date(2012, 8, 23),
            location="New Delhi",
        ),
        NO_TIMES,
        None,
    ),
    # ----------------------------------------------------------------- places
    "downing_street": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Simon Hale", "Hale", "Prime Minister", "United Kingdom")),
            date=dt.date(2013, 5, 1),
            location="10 Downing Street",
        ),
        NO_TIMES,
        None,
    ),
    "city_of": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Oleg Volkov", "Volkov", "President", "Russian Federation")),
            date=dt.date(2016, 12, 15),
            location="Nagato",
        ),
        NO_TIMES,
        None,
    ),
    "on_a_visit_to": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Jorge Vidal", "Vidal", "President", "United Mexican States")),
            date=dt.date(2012, 6, 18),
            location="Los Cabos, Mexico",
        ),
        NO_TIMES,
        None,
    ),
    "embassy_in_tokyo": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Marco Bruni", "Bruni", "Minister of Foreign Affairs", "Italian Republic")),
            date=dt.date(2015, 10, 11),
            location="Italian Embassy in Tokyo",
        ),
        NO_TIMES,
        None,
    ),
    "visit_to_a_country": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Ivan Sokolov", "Sokolov", "Minister of Foreign Affairs", "Russian Federation"),
            ),
            date=dt.date(2014, 2, 11),
            location="Russian Federation",
        ),
        NO_TIMES,
        None,
    ),
    # ----------------------------------------------------------------- times and dates
    "start_and_length_one_part": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Ramon Cruz", "Cruz", "President", "Republic of the Philippines")),
            date=dt.date(2017, 11, 12),
            location="Manila",
            start=dt.time(15, 0),
            duration=minutes(35),
            timezone="local time",
        ),
        [],
        None,
    ),
    "length_before_start": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(TANAKA, Person("Eric Fortin", "Fortin", "Prime Minister", "Canada")),
            date=dt.date(2020, 4, 10),
            start=dt.time(8, 0),
            duration=minutes(15),
        ),
        [],
        None,
    ),
    "hour_adjective_and_noon": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Diego Navarro", "Navarro", "Prime Minister", "Kingdom of Spain")),
            date=dt.date(2013, 4, 8),
            location="Prime Minister's Official Residence",
            start=dt.time(12, 0),
            duration=minutes(60),
        ),
        [],
        None,
    ),
    "clock_without_space": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Paolo Conti", "Conti", "Prime Minister", "Italian Republic")),
            date=dt.date(2010, 6, 25),
            location="Toronto",
            start=dt.time(18, 50),
            duration=minutes(30),
        ),
        [],
        None,
    ),
    "second_clock_same_moment": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(TANAKA, Person("Rafael Moura", "Moura", "President", "Federative Republic of Brazil")),
            date=dt.date(2019, 1, 4),
            start=dt.time(17, 0),
            duration=minutes(25),
            timezone="local time",
        ),
        [],
        None,
    ),
    "weekday_date_after_furniture": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Aino Virtanen", "Virtanen", "Minister for Foreign Affairs", "Republic of Finland"),
            ),
            date=dt.date(2008, 2, 26),
            location="Iikura Guest House",
        ),
        NO_TIMES,
        None,
    ),
    # ----------------------------------------------------------------- field blocks and company
    "field_block_participants": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Klaus Becker", "Becker", "Federal Minister for Foreign Affairs", "Germany"),
            ),
            accompanied_by=(
                Person("Kenta Mori", "Mori", "Deputy Minister", "Japan"),
                Person("Hans Vogel", "Vogel", "Ambassador", "Germany"),
            ),
            date=dt.date(2001, 9, 11),
            location="Waldorf Astoria Hotel, New York",
            start=dt.time(18, 0),
            end=dt.time(19, 0),
            duration=minutes(60),
            timezone="U.S. Eastern Standard Time",
        ),
        [],
        None,
    ),
    "field_block_square_brackets": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Rosa Quispe", "Quispe", "Minister of Foreign Affairs", "Peru")),
            accompanied_by=(
                Person("Kenta Mori", "Mori", "Ambassador", "Japan"),
                Person("Luis Vargas", "Vargas", "Ambassador", "Peru"),
            ),
            date=dt.date(2004, 5, 10),
            location="Ministry of Foreign Affairs, Tokyo",
            start=dt.time(14, 0),
            end=dt.time(14, 40),
            duration=minutes(40),
        ),
        [],
        None,
    ),
    "also_in_attendance": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Tan Boon Kiat", "Tan", "Prime Minister", "Republic of Singapore"),
            ),
            accompanied_by=(ITO,),
            date=dt.date(2015, 11, 1),
            location="Singapore",
        ),
        NO_TIMES,
        None,
    ),
    "attended_from_the_japanese_side": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, ANAN),
            accompanied_by=(
                ITO,
                Person("Ken Mori", "Mori", "Special Advisor to the Prime Minister", "Japan"),
            ),
            date=dt.date(2019, 6, 13),
            location="Prime Minister's Official Residence",
        ),
        NO_TIMES,
        None,
    ),
    "attendees_in_parentheses": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Grace Turner", "Turner", "Prime Minister", "New Zealand")),
            accompanied_by=(
                ITO,
                Person("Ken Mori", "Mori", "Director-General", "Japan"),
                Person("Tom Baker", "Baker", "Minister of Trade", "New Zealand"),
            ),
            date=dt.date(2018, 9, 2),
            location="Auckland",
        ),
        NO_TIMES,
        None,
    ),
    # a later "Minister Al Busaidi": the article written with a capital and the last word, a surname
    # of two words (a particle in small letters, "von der Leyen", is one surname already)
    "later_capital_article_and_surname": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(
                SUZUKI,
                Person(
                    "Sayyid Badr bin Hamad Al Busaidi", "Al Busaidi", "Minister of Foreign Affairs", "Sultanate of Oman"
                ),
            ),
            date=dt.date(2022, 3, 2),
            start=dt.time(16, 0),
            duration=dt.timedelta(minutes=20),
        ),
        [],
        None,
    ),
    # "at the Queen Sirikit National Convention Center": a building named after a person is no person
    "venue_named_after_a_person": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(
                TANAKA,
                Person("Somchai Wattana", "Somchai", "Prime Minister", "Kingdom of Thailand"),
            ),
            date=dt.date(2022, 11, 18),
            location="Queen Sirikit National Convention Center in Bangkok",
            start=dt.time(14, 0),
            duration=dt.timedelta(minutes=30),
        ),
        [],
        None,
    ),
    # ----------------------------------------------------------------- Prime Minister's Office pages
    "kantei_caption_before_title": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Pedro Ruiz", "Ruiz", "President", "Republic of Chile")),
            date=dt.date(2006, 10, 12),
            location="Prime Minister's Official Residence",
        ),
        NO_TIMES,
        None,
    ),
    # A day page ("What's up around the Prime Minister TOP") whose lead names no date: the date line's day
    "kantei_day_page_no_date_in_lead": (
        Meeting(
            kind=MeetingKind.SUMMIT,
            participants=(TANAKA, Person("Julio Acosta", "Acosta", "President", "Oriental Republic of Uruguay")),
            date=dt.date(2007, 3, 8),
            location="Prime Minister's Official Residence",
        ),
        NO_TIMES,
        None,
    ),
    # A region's category line, no title, and captions after the date line ("(Photos: ...)", "A and B who
    # shake hands ...")
    "captions_after_the_date_no_title": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(SUZUKI, Person("Peter Walker", "Walker", "Minister of Foreign Affairs", "New Zealand")),
            date=dt.date(2016, 2, 4),
            start=dt.time(15, 10),
            duration=minutes(40),
        ),
        ["meeting-no-location"],
        None,
    ),
    # "..., who is currently visiting Japan in the official suite of President C": C, named in a relative
    # clause about the principal after the verb, is someone else, not a third principal
    "visiting_in_the_suite_of": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Andres Fuentes", "Fuentes", "Minister of Foreign Affairs", "Republic of Chile"),
            ),
            date=dt.date(2008, 6, 10),
            location="Japan",
            start=dt.time(16, 20),
            duration=minutes(40),
        ),
        [],
        (
            SUZUKI,
            Person("Andres Fuentes", "Fuentes", "Minister of Foreign Affairs", "Republic of Chile"),
            Person("Pablo Rojas", "Rojas", "President", None),
        ),
    ),
    # "... during his visit to Peru.(The meeting was interrupted by Mr. A's courtesy call to President
    # CARRILLO.)": a note of its own about another call, whose people are others and whose words tell
    # no kind; the surname in capitals is read as a name
    "note_on_another_call": (
        Meeting(
            kind=MeetingKind.FOREIGN_MINISTERS,
            participants=(
                SUZUKI,
                Person("Carlos QUISPE", "Quispe", "Minister of Foreign Affairs", "Republic of Peru"),
            ),
            date=dt.date(2018, 10, 2),
            location="Peru",
            start=dt.time(10, 30),
            duration=minutes(50),
            timezone="local time",
        ),
        [],
        (
            SUZUKI,
            Person("Carlos QUISPE", "Quispe", "Minister of Foreign Affairs", "Republic of Peru"),
            Person(None, "Carrillo", "President", None),
        ),
    ),
    # "Prime Minister Ichiro Tanaka" written whole again in the body, but "Prime Minister Tanaka" more
    # often: the mentions by the surname alone decide, the surname is "Tanaka"
    "later_surname_against_a_whole_name": (
        Meeting(
            kind=MeetingKind.TELEPHONE_TALK,
            participants=(TANAKA, CARRILLO),
            date=dt.date(2005, 3, 9),
            start=dt.time(21, 10),
            duration=minutes(15),
            timezone="Tokyo time",
        ),
        [],
        None,
    ),
}


def test_every_variant_has_an_expectation() -> None:
    assert fixture_names("variants") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_variant(name: str) -> None:
    assert_meeting(read(name), *EXPECTED[name])


@pytest.mark.parametrize(
    ("name", "mention", "index"),
    [
        ("later_given_name", "President Dewi", 1),
        ("later_given_name", "President Dewi Anggraini Putri", 1),
        ("later_last_given_name", "Prime Minister Hoang", 1),
        ("later_last_given_name", "Prime Minister Le", 1),
        ("later_thai_given_name", "Prime Minister Anan", 1),
        ("later_rank_and_given_name", "General Anan", 1),
        ("later_first_surname", "Secretary Herrera", 1),
        ("month_as_surname", "Prime Minister March", 1),
        ("later_compound_name", "President Lobo", 1),
        ("later_whole_two_word_name", "Prime Minister Chea Vuthy", 1),
        ("later_one_word_and_whole", "President Budi Santoso", 1),
        ("later_one_word_and_whole", "President Budi", 1),
        ("japanese_mixed_case_surname_first", "Minister Takeda", 0),
        ("later_both_surnames", "President Navarro Gil", 1),
        ("rank_after_the_title", "Emir Khalifa", 1),
        ("rank_after_the_title", "the Emir", 1),
        ("malay_styles", "Prime Minister Anwar", 1),
        ("tun_dr_with_company", "Prime Minister Mahathir", 0),
        ("two_given_names_two_surnames", "President Ibarra", 1),
        ("senator_the_hon", "Minister Doyle", 1),
        ("post_nominals_in_a_row", "Prime Minister Grant", 1),
        ("style_and_doctor_mixed_order", "Minister Tan", 1),
        ("regnal_number_in_the_name", "King Hamza", 1),
        ("regnal_number_in_the_name", "His Majesty the King", 1),
        ("regnal_number_then_capital_particle", "King Hamza", 1),
        ("burmese_honorific", "Minister Khin Mar Aye", 1),
        ("burmese_u_honorific", "Foreign Minister Min Thein Aung", 1),
        ("one_family_two_people", "Foreign Minister Prince Faisal", 1),
    ],
)
def test_later_mentions_name_the_same_person(name: str, mention: str, index: int) -> None:
    doc = read(name)
    assert doc.person(mention) is doc.meeting.participants[index]


def test_two_people_of_one_family_name_are_told_apart_by_their_given_names() -> None:
    doc = read("one_family_two_people")
    assert doc.person("Prince Sultan") is doc.meeting.accompanied_by[0]
    assert doc.person("Prince Faisal") is doc.meeting.participants[1]
    assert doc.person("Minister Saud") is None  # both are "Al Saud"


def test_a_month_only_date_line_gives_the_year() -> None:
    doc = mofa_parse.parse(
        "Japan-Fiji Summit Meeting\n\nJuly 2003\n\n"
        "On July 19, Prime Minister Ichiro Tanaka held a summit meeting with Prime Minister Sam Tora "
        "of the Republic of Fiji in Tokyo.\n\n1. The two leaders discussed fisheries.\n"
    )
    assert (doc.issued, doc.issued_text, doc.meeting.date) == (None, "July 2003", dt.date(2003, 7, 19))
    assert "date-month-only" in [w.code for w in doc.warnings]
    assert meeting_codes(doc) == NO_TIMES


def test_a_kantei_page_keeps_banner_and_captions_out_of_the_title() -> None:
    doc = read("kantei_caption_before_title")
    assert doc.title == "Prime Minister Tanaka Holds Talks with President Ruiz of Chile"
    assert [c.text for c in doc.chrome][5:7] == ["Leaders shaking hands", "Click photographs to enlarge"]
    assert all("Holds" not in (p.name or "") for p in doc.people)


def test_captions_after_the_date_line_are_no_title() -> None:
    doc = read("captions_after_the_date_no_title")
    assert doc.title == ""
    assert [(c.kind.value, c.text) for c in doc.chrome] == [
        ("category", "Oceania"),
        ("photo", "(Photos: Cabinet Public Relations Office)"),
        ("photo", "Minister Suzuki and Minister Walker who shake hands before the flags"),
        ("photo", "Two Ministers who have a talk across the table"),
    ]


def test_a_day_page_banner_with_its_top_link_is_navigation() -> None:
    doc = read("kantei_day_page_no_date_in_lead")
    assert (doc.title, doc.issued) == ("Japan-Uruguay Summit Meeting", dt.date(2007, 3, 8))
    assert [c.text for c in doc.chrome][:2] == [
        "Prime Minister of Japan and His Cabinet",
        "What's up around the Prime Minister TOP",
    ]


def test_the_note_says_where_the_meeting_was_read_from() -> None:
    """The note of a meeting read under the first heading points at the paragraph it was read from."""
    doc = read("meeting_under_first_heading")
    (note,) = [w for w in doc.warnings if w.code == "meeting-from-first-section"]
    assert (note.line, note.column) == (10, 1)
    assert note.message == "the lead reports no meeting; it was read from the opening paragraph of the first section"
    assert note.text.startswith("On August 2, from 2:30 p.m.")


def test_a_later_introduction_of_a_two_word_name_is_no_title_and_name_mention() -> None:
    """"Mr. Joseph Mwale, Minister of ..." written again in the body introduces the person again: only
    "title + name" mentions that write a name of two words whole make it the surname."""
    doc = mofa_parse.parse(
        "Japan-Zambia Foreign Ministers' Meeting\n\nAugust 4, 2014\n\n"
        "On August 3, Minister for Foreign Affairs Jiro Suzuki held a meeting with Minister of Foreign "
        "Affairs Joseph Mwale of the Republic of Zambia in Lusaka.\n\n"
        "1. Mr. Joseph Mwale, Minister of Foreign Affairs, expressed his gratitude for the assistance of Japan.\n"
    )
    assert doc.meeting is not None
    assert [(p.name, p.surname) for p in doc.meeting.participants] == [
        ("Jiro Suzuki", "Suzuki"),
        ("Joseph Mwale", "Mwale"),
    ]
    again = doc.meeting.participants[1]
    whole = mofa_parse.parse(doc.source.replace("Mr. Joseph Mwale, Minister of Foreign Affairs,", "Minister Joseph Mwale"))
    assert whole.meeting is not None and whole.meeting.participants[1].surname == "Joseph Mwale"
    assert again.country == "Republic of Zambia"


def test_a_name_written_whole_again_speaks_by_its_surname() -> None:
    doc = read("later_surname_against_a_whole_name")
    assert doc.person("Prime Minister Tanaka") is doc.meeting.participants[0]
    assert [s.speaker for s in doc.statements] == [TANAKA, TANAKA, TANAKA, CARRILLO]
