"""The readers the meeting pass is built from, on hand-written lines: the meeting words, the
kind, the occasion, the place, the countries of a title, sentences, and the mentions of a lead."""

from __future__ import annotations

import pytest

from mofa_parse import MeetingKind
from mofa_parse.semantics import meeting
from mofa_parse.semantics.meeting.kind import kind_by_principals, meeting_at, says_meeting, says_visit
from mofa_parse.semantics.meeting.places import find_location, find_occasion
from mofa_parse.semantics.meeting.sides import side_markers
from mofa_parse.text.mentions import find_mentions
from mofa_parse.text.reading import Tokens
from mofa_parse.text.roles import foreign_minister_titles, role_key
from mofa_parse.text.sentences import sentences
from mofa_parse.text.tokens import Token, bare, is_possessive, is_space_at, is_word_at, tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held", True),
        ("Held.", True),
        ("x held", True),
        ("withheld", False),
        ("held_", False),
        ("held2", False),
        ("éheld", False),
        ("heldé", False),
        ("ſummit", True),
        ("SUMMİT", True),
        ("summıt", True),
        ("\u212aing", False),
        ("recall and hold", True),
        ("stakeholder", False),
        ("", False),
        ("meetings", False),
    ],
)
def test_meeting_words(text: str, expected: bool) -> None:
    assert says_meeting(text) is expected


def test_visit_words() -> None:
    assert says_visit("a VISITED b")
    assert not says_visit("revisited")


@pytest.mark.parametrize(
    ("title", "lead", "kind"),
    [
        ("Japan-China TELEPHONE Talks", "", MeetingKind.TELEPHONE_TALK),
        ("Japan-China ſummit", "", MeetingKind.SUMMIT),
        ("Japan-China Leaders' Talks", "", MeetingKind.SUMMIT),
        ("Visit to Japan by the President", "", MeetingKind.VISIT),
        ("Japan-China Meeting", "They held the first summit meeting.", MeetingKind.SUMMIT),
        ("Summit on the occasion of the Foreign Ministers' Meeting", "", MeetingKind.SUMMIT),
        ("Japan-China Meeting", "", MeetingKind.OTHER),
    ],
)
def test_meeting_kind(title: str, lead: str, kind: MeetingKind) -> None:
    assert meeting.meeting_kind(title, lead) is kind


def test_occasions() -> None:
    assert find_occasion(["They met on the margins of the G20 Summit in Osaka"]) == ("G20 Summit", "Osaka")
    assert find_occasion(["They met during the ASEAN Meeting."]) == ("ASEAN Meeting", None)
    # An "of" after the event word goes on with its name; other words after it do not.
    assert find_occasion(["who was visiting Japan to attend the Ceremony of the Enthronement of His Majesty the Emperor, at"]) == (
        "Ceremony of the Enthronement of His Majesty the Emperor",
        None,
    )
    assert find_occasion(["who came to attend the Tokyo Forum Opening Session Hall"]) == ("Tokyo Forum Opening Session", None)
    assert find_occasion(["They met in Tokyo.", "Japan-Peru Summit"]) == (None, None)
    assert find_occasion(["on the occasion of the G20 Summit of the"]) == ("G20 Summit", None)
    assert find_occasion(["on the occasion of the G20  Summit\u00a0of\u00a0the"]) == ("G20 Summit", None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("They met at the Kremlin.", "Kremlin"),
        ("They met in Lima, Peru.", "Lima, Peru"),
        ("during his official visit to Peru", "Peru"),
        ("Visiting Lima", None),
        ("visiting Lima", "Lima"),
        ("They met.", None),
        ("They met at the Chancellery in the city of Bonn.", "Chancellery in Bonn"),
        ("They met at the Chancellery in the Bonn office.", "Chancellery"),
    ],
)
def test_locations(text: str, place: str | None) -> None:
    assert find_location(text) == place


def test_title_countries() -> None:
    assert meeting.title_countries("Japan-Russian Federation Summit") == ["Japan", "Russian Federation"]
    assert meeting.title_countries("Summit “Japan–Peru”") == ["Japan", "Peru"]
    assert meeting.title_countries("Japan-U.S. Summit Meeting") == ["Japan", "United States"]
    assert meeting.title_countries("Japan-Peru (Summit)") == ["Japan", "Peru"]
    assert meeting.title_countries("Japan-Perus Summit") == []
    # The longest name written there wins; a name runs to a word's end, never into a letter, digit or apostrophe.
    assert meeting.title_countries("Japan-Republic of Korea Summit Meeting") == ["Japan", "Republic of Korea"]
    assert meeting.title_countries("Japan-ROK-China Trilateral Summit") == ["Japan", "Republic of Korea", "China"]
    assert meeting.title_countries("Japan-Peru's Summit") == []
    assert meeting.title_countries("Japan-Peru2 Summit") == []
    assert meeting.title_countries("Visit (Japan-Peru) Summit") == ["Japan", "Peru"]
    assert meeting.title_countries("the Japan-Peru Summit") == ["Japan", "Peru"]
    assert meeting.title_countries("Summit Meeting") == []


def test_sentences() -> None:
    assert [s for _, s in sentences("He met Mr. Abe. They talked.")] == ["He met Mr. Abe.", "They talked."]
    text = 'They met. Then? "Yes!" (Abe) said. x.\u00a0Y ok.) Z. Mr. A.B. The end.”  “Next'
    assert sentences(text) == [
        (0, "They met."),
        (10, "Then?"),
        (16, '"Yes!"'),  # the closing marks stay with the sentence
        (23, "(Abe) said. x.\u00a0Y ok.)"),  # "x." is a single letter, like "W." of "George W. Bush"
        (45, "Z. Mr. A.B. The end.”"),  # after a single letter, not a sentence end
        (68, "“Next"),
    ]
    assert sentences("") == [] == sentences("   ")
    assert sentences("no stop here  ") == [(0, "no stop here")]
    assert sentences("It began at 3 p.m. The leaders met.") == [(0, "It began at 3 p.m. The leaders met.")]
    assert [s for _, s in sentences("George W. Bush met the U.S. Ambassador. Then approx. Ten left.")] == [
        "George W. Bush met the U.S. Ambassador.",
        "Then approx. Ten left.",
    ]
    # A digit opens a sentence too, and so does "(" before a capital or a digit, but not before a small letter.
    assert [s for _, s in sentences("They met. 2004 was the year. (1) Trade. (in Tokyo) x")] == [
        "They met.",
        "2004 was the year.",
        "(1) Trade. (in Tokyo) x",
    ]


def test_mentions_of_a_lead() -> None:
    text = (
        "On May 10, Prime Minister Taro Yamada held a summit meeting with H.E. Mr. Luis Carrillo, "
        "President of the Republic of Peru, and the Russian President's adviser."
    )
    assert [(m.name, m.title, m.country) for m in find_mentions(text)] == [
        ("Taro Yamada", "Prime Minister", None),
        ("Luis Carrillo", "President", "Republic of Peru"),
        (None, "President", "Russia"),
    ]


def test_an_office_after_a_name_goes_on_after_a_comma_only_with_its_fields() -> None:
    """", International Trade and Worship" is more of the office; ", Foreign Minister X" and
    ", Mr. X" are other people."""
    text = (
        "Mr. Ken Sato, Minister for Foreign Affairs of Japan, met Mr. Hector Vidal, Minister of Foreign "
        "Affairs, International Trade and Worship of the Argentine Republic, and Mr. Luis Ortiz, "
        "Minister of Defence, Foreign Minister Ana Ruiz and Mr. Juan Paz, Minister of Economy, Mr. Ito."
    )
    assert [(m.name, m.title, m.country) for m in find_mentions(text)] == [
        ("Ken Sato", "Minister for Foreign Affairs", "Japan"),
        ("Hector Vidal", "Minister of Foreign Affairs, International Trade and Worship", "Argentine Republic"),
        ("Luis Ortiz", "Minister of Defence", None),
        ("Ana Ruiz", "Foreign Minister", None),
        ("Juan Paz", "Minister of Economy", None),
        ("Ito", None, None),
    ]


def test_roles() -> None:
    assert foreign_minister_titles()[0] == "foreign minister"
    assert "foreign secretary" in foreign_minister_titles()
    assert role_key("the Minister for Foreign Affairs") == "foreign minister"
    assert role_key("Prime  Minister") == "prime minister"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # Words of rules/people.toml the mention reader did not know before it read that file.
        ("Interim President Ana Torres of Peru", ("Ana Torres", "Torres", "Interim President", "Peru")),
        (
            "Presidential Spokesperson Maria Santos stated",
            ("Maria Santos", "Santos", "Presidential Spokesperson", None),
        ),
        (
            "Prime Minister Marco della Rovere of Italy",
            ("Marco della Rovere", "della Rovere", "Prime Minister", "Italy"),
        ),
        (
            "Mme. Claire Dubois, Minister for Europe and Foreign Affairs of the French Republic",
            ("Claire Dubois", "Dubois", "Minister for Europe and Foreign Affairs", "French Republic"),
        ),
        ("Crown Prince Haakon", ("Haakon", "Haakon", "Crown Prince", None)),
        ("The Honorable Mike Hale, Secretary of State", ("Mike Hale", "Hale", "Secretary of State", None)),
    ],
)
def test_mentions_with_the_shared_vocabulary(
    text: str, read: tuple[str | None, str | None, str | None, str | None]
) -> None:
    found = find_mentions(text)
    assert [(m.name, m.surname, m.title, m.country) for m in found] == [read]


def test_tokens() -> None:
    text = "H.E. Mr. A. Bleu met U.S. officials at 10:30 a.m.; p.m.x A.B.C Putin's"
    assert [t.text for t in tokenize(text)] == [
        *("H.E.", "Mr", ".", "A", ".", "Bleu", "met", "U.S.", "officials", "at", "10:30", "a.m.", ";"),
        *("p.m.", "x", "A.B.", "C", "Putin's"),
    ]
    assert tokenize("Chan-o-cha, 3.5_x") == [
        Token("Chan-o-cha", 0, 10),
        Token(",", 10, 11),
        Token("3.5", 12, 15),
        Token("_", 15, 16),
        Token("x", 16, 17),
    ]


@pytest.mark.parametrize(
    ("word", "stem", "possessive"),
    [
        ("Putin's", "Putin", True),
        ("Leaders'", "Leaders", True),
        ("Leaders’", "Leaders", True),
        ("Abe’s", "Abe", True),
        ("talks", "talks", False),
        ("'", "", False),
        ("s", "s", False),
        ("'s", "", True),
        ("x'", "x", False),
        ("", "", False),
    ],
)
def test_possessive_endings(word: str, stem: str, possessive: bool) -> None:
    assert (bare(word), is_possessive(word)) == (stem, possessive)


def test_character_classes_of_the_speech_pass() -> None:
    assert is_space_at("a\u00a0b", 1) and is_space_at("a\tb", 1) and not is_space_at("a_b", 1)
    assert is_word_at("é", 0) and is_word_at("_", 0) and is_word_at("5", 0)
    assert not is_word_at("-", 0) and not is_word_at("’", 0)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Japan-Germany Summit Talks on the Telephone", MeetingKind.TELEPHONE_TALK),
        ("Talks between Prime Minister A and President B of Peru on the Telephone", MeetingKind.TELEPHONE_TALK),
        ("Talks between Prime Minister A and President B on the Telephone Network Project", MeetingKind.OTHER),
        ("Japan-EU Leaders' Video Teleconference Meeting", MeetingKind.TELEPHONE_TALK),
        ("Japan-India Summit Meeting by Video Conference", MeetingKind.TELEPHONE_TALK),
        ("Japan-Chile Online Meeting", MeetingKind.TELEPHONE_TALK),
        ("Japan-Australia Foreign Ministers' Strategic Dialogue", MeetingKind.FOREIGN_MINISTERS),
        ("The Third Day of Prime Minister's Visit to India", MeetingKind.VISIT),
    ],
)
def test_kind_words_of_real_titles(title: str, kind: MeetingKind) -> None:
    assert meeting.meeting_kind(title) is kind


def test_a_phonecall_in_the_lead_is_a_telephone_talk() -> None:
    lead = "President B of Peru made a phonecall to Prime Minister A and held a talk for about 15 minutes."
    assert meeting.meeting_kind("Japan-Peru Summit Meeting", lead) is MeetingKind.TELEPHONE_TALK


@pytest.mark.parametrize(
    ("title", "titles", "kind"),
    [
        ("Meeting between A and B", ["Foreign Minister", "Foreign Secretary"], MeetingKind.FOREIGN_MINISTERS),
        ("Talks", ["Minister for Foreign Affairs", "Secretary of State"], MeetingKind.FOREIGN_MINISTERS),
        ("A Meets B", ["Prime Minister", "President"], MeetingKind.SUMMIT),
        ("Meeting and Luncheon", ["Foreign Minister", "Secretary of State"], MeetingKind.FOREIGN_MINISTERS),
        ("Foreign Ministers' Working Lunch", ["Foreign Minister", "Foreign Minister"], None),
        ("A Meets B", ["Prime Minister", "Minister of Trade"], None),
        ("A Meets B", ["Prime Minister"], None),
        ("A Meets B", ["Prime Minister", None], None),
    ],
)
def test_kind_by_the_principals(title: str, titles: list[str | None], kind: MeetingKind | None) -> None:
    assert kind_by_principals(title, titles) is kind


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("They met at 10 Downing Street.", "10 Downing Street"),
        ("commencing at 10 A.M., they met in Tokyo.", "Tokyo"),
        ("They met in the Russian city of St. Petersburg.", "St. Petersburg"),
        ("They met in the capital city of Nairobi.", "Nairobi"),
        ("A, on a visit to Los Cabos, Mexico, met B.", "Los Cabos, Mexico"),
        ("They met at the Italian Embassy in Tokyo.", "Italian Embassy in Tokyo"),
        ("During her visit to the Russian Federation, A met B.", "Russian Federation"),
        ("During his visit to the Republic of Kenya, Mr. A met B.", "Republic of Kenya"),
        ("They met the Russian delegation.", None),
    ],
)
def test_places_of_real_leads(text: str, place: str | None) -> None:
    assert find_location(text) == place


def test_the_place_after_the_meeting_word_comes_first() -> None:
    text = "A delivered a speech at the Parliament and then held a summit meeting with B in New Delhi."
    assert find_location(text, meeting_at(text)) == "New Delhi"
    assert find_location(text) == "Parliament"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("A and B from Japan, and C from the Russian Federation", [("Japan", False), ("Russian Federation", False)]),
        ("(Japanese side) A, B; (Corvanian side) C", [("Japan", True), (None, True)]),
        ("[Japanese side] A; [U.S. side] B", [("Japan", True), ("United States", True)]),
        ("Japanese side: A, B; New Zealand side: C", [("Japan", True), ("New Zealand", True)]),
        ("from the Japanese side, A; from the Thai side, B", [("Japan", True), ("Thailand", True)]),
        ("A and B from the Japanese side", [("Japan", False)]),
    ],
)
def test_side_markers(text: str, sides: list[tuple[str | None, bool]]) -> None:
    assert [(s.country, s.forward) for s in side_markers(Tokens.of(text))] == sides
