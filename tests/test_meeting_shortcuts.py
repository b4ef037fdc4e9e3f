"""The meeting pass's plain-string shortcuts find what the patterns they stand for find.

Words of the meeting and visit verbs are looked up with ``str.find`` on a folded text; the
kind, occasion, place, field and body-paragraph readers skip texts without a cue word. Each is compared
with the pattern (or the reading) it replaces, on made-up texts and hand-written edge cases.
"""

from __future__ import annotations

import re

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from mofa_parse.semantics import meeting, times
from mofa_parse.text import names

#: Pieces around the verbs: their cases, the letters the engine takes for "i", "k", "s",
#: word characters that join a word ("_", digits, accents) and separators.
PIECES = (
    " ",
    "  ",
    "\n",
    ",",
    ".",
    "'",
    "’",
    "-",
    "_",
    "1",
    "é",
    "x",
    "held",
    "HELD",
    "Held",
    "met",
    "meet",
    "meeting",
    "Meetings",
    "talk",
    "talks",
    "call",
    "recall",
    "spoke",
    "ſpoke",
    "SUMMIT",
    "summıt",
    "SUMMİT",
    "telephone",
    "lunch",
    "dinner",
    "breakfast",
    "received",
    "conversation",
    "visit",
    "visited",
    "visiting",
    "VİSİTED",
    "revisit",
    "visits",
    "\u212aing",
    "stakeholder",
    "hold",
    "Prime Minister Abe ",
    "the ",
)
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=600)
@given(TEXTS)
def test_meeting_words_as_the_pattern(text: str) -> None:
    folded = meeting._folded(text)
    assert len(folded) == len(text)
    assert meeting._has_word(folded, meeting._MEETING_WORDS) == (meeting._MEETING_VERB.search(text) is not None)
    assert meeting._has_word(folded, meeting._VISIT_WORDS) == (meeting._VISIT_VERB.search(text) is not None)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
def test_meeting_words_on_any_text(text: str) -> None:
    folded = meeting._folded(text)
    assert meeting._has_word(folded, meeting._MEETING_WORDS) == (meeting._MEETING_VERB.search(text) is not None)


def test_meeting_words_edge_cases() -> None:
    cases = {
        "held": True,
        "Held.": True,
        "x held": True,
        "withheld": False,
        "held_": False,
        "held2": False,
        "éheld": False,
        "heldé": False,
        "ſummit": True,
        "SUMMİT": True,
        "summıt": True,
        "\u212aing": False,
        "recall and hold": True,
        "stakeholder": False,
        "": False,
        "meetings": False,
    }
    for text, expected in cases.items():
        assert meeting._has_word(meeting._folded(text), meeting._MEETING_WORDS) is expected, text
        assert (meeting._MEETING_VERB.search(text) is not None) is expected, text
    assert meeting._has_word(meeting._folded("a VISITED b"), meeting._VISIT_WORDS)
    assert not meeting._has_word(meeting._folded("revisited"), meeting._VISIT_WORDS)


def _texts(pieces: tuple[str, ...], max_size: int = 12) -> st.SearchStrategy[str]:
    """Texts made of ``pieces``, joined with spaces or run together (cue words inside other words)."""
    words = st.lists(st.sampled_from(pieces), max_size=max_size)
    return words.map(" ".join) | words.map("".join)


KIND_PIECES = (
    " ",
    "\n",
    "-",
    "'",
    "’",
    "_",
    "x",
    "é",
    "Japan",
    "Phone",
    "TELEphone",
    "telephone",
    "talks",
    "Talk",
    "conversation",
    "calls",
    "conference",
    "meeting",
    "Courtesy",
    "COURTESY",
    "visit",
    "Visits",
    "to",
    "Tokyo",
    "official",
    "state",
    "Foreign",
    "Ministers",
    "ministerial",
    "dialogue",
    "Summit",
    "summıt",
    "ſummit",
    "Leaders",
    "leaders’",
    "held",
    "a",
    "the",
    "The",
    "on",
    "occasion",
    "of",
    "at",
    "during",
    "margins",
)
KIND_TEXTS = _texts(KIND_PIECES)


@settings(max_examples=600)
@given(KIND_TEXTS)
def test_kind_cues_are_in_every_match(text: str) -> None:
    lowered = meeting._lowered(text)
    for _kind, pattern, cues in meeting._KIND_PATTERNS + meeting._RANKED_KINDS + meeting._LEAD_KINDS:
        if pattern.search(text) is not None:
            assert meeting._cued(lowered, cues)
    if meeting._OCCASION_CUT.search(text) is not None:
        assert meeting._cued(lowered, ("the",))


def test_kind_cues_edge_cases() -> None:
    assert meeting._lowered("Summit") == "summit"
    assert meeting._lowered("ſummit") is None
    assert meeting._cued(None, ("summit",))
    assert not meeting._cued("japan-china", ("summit", "leaders"))
    assert meeting._cued("leaders’ meeting", ("summit", "leaders"))
    assert meeting.meeting_kind("Japan-China TELEPHONE Talks") is meeting.MeetingKind.TELEPHONE_TALK
    assert meeting.meeting_kind("Japan-China ſummit") is meeting.MeetingKind.SUMMIT
    assert meeting.meeting_kind("Japan-China Leaders' Talks") is meeting.MeetingKind.SUMMIT
    assert meeting.meeting_kind("Visit to Japan by the President") is meeting.MeetingKind.VISIT
    assert meeting.meeting_kind("Japan-China Meeting", "They held the first summit meeting.") is (
        meeting.MeetingKind.SUMMIT
    )
    assert meeting.meeting_kind("Summit on the occasion of the Foreign Ministers' Meeting") is (
        meeting.MeetingKind.SUMMIT
    )
    assert meeting.meeting_kind("Japan-China Meeting") is meeting.MeetingKind.OTHER


OFFICE_PIECES = (
    " ",
    ", ",
    ".",
    "-",
    "'s ",
    "the ",
    "The ",
    "of ",
    "for ",
    "Mr. ",
    "H.E. ",
    "PRIME ",
    "Prime ",
    "prime ",
    "Minister ",
    "MINISTER ",
    "Ministers ",
    "Foreign ",
    "Affairs ",
    "External ",
    "Secretary ",
    "President ",
    "Vice-President ",
    "President-elect ",
    "Crown ",
    "Prince ",
    "Supreme ",
    "Leader ",
    "State ",
    "Counsellor ",
    "King ",
    "Chairman ",
    "Deputy ",
    "Chief ",
    "Russian ",
    "Japan ",
    "Korea ",
    "Taro ",
    "Yamada ",
    "SUGA ",
    "Lavrov ",
    "met ",
)
OFFICE_TEXTS = st.lists(st.sampled_from(OFFICE_PIECES), max_size=16).map("".join)


@settings(max_examples=600)
@given(OFFICE_TEXTS)
def test_body_heads_are_in_every_fitting_title(text: str) -> None:
    for mention in names.find_mentions(text):
        if mention.surname is None or mention.title is None:
            continue
        role = names.role_key(mention.title)
        if role == "foreign minister":
            assert meeting._holds(text, meeting._FOREIGN_MINISTER_HEADS), (text, mention)
        if role in meeting._LEADER_ROLES:
            assert meeting._holds(text, meeting._LEADER_HEADS), (text, mention)


def test_body_heads() -> None:
    assert meeting._FOREIGN_MINISTER_HEADS == ("Minister", "Secretary")
    assert "President" in meeting._LEADER_HEADS and "Crown" in meeting._LEADER_HEADS
    assert "Secretary" not in meeting._LEADER_HEADS
    assert names.foreign_minister_titles()[0] == "foreign minister"
    assert "foreign secretary" in names.foreign_minister_titles()
    assert not meeting._holds("The two leaders agreed.", meeting._LEADER_HEADS)
    assert meeting._holds("Mr. Taro Yamada, Minister for Foreign Affairs", meeting._FOREIGN_MINISTER_HEADS)


OCCASION_PIECES = (
    " ",
    "\n",
    ",",
    ".",
    "x",
    "on",
    "On",
    "at",
    "the",
    "The",
    "occasion",
    "Occasion",
    "margins",
    "Margin",
    "sidelines",
    "of",
    "to",
    "attend",
    "attending",
    "during",
    "for",
    "G20",
    "Summit",
    "in",
    "Osaka",
    "ASEAN",
    "Meeting",
)
OCCASION_TEXTS = _texts(OCCASION_PIECES)


@settings(max_examples=600)
@given(OCCASION_TEXTS)
def test_occasion_cues_keep_every_match(text: str) -> None:
    plain_of = meeting._OCCASION_OF.search(text)
    plain_attend = meeting._OCCASION_ATTEND.search(text)
    if plain_of is not None:
        assert "the" in text and meeting._holds(text, ("ccasion", "argin", "ideline"))
    if plain_attend is not None:
        assert "the" in text and meeting._holds(text, ("attend", "during", "for"))


def test_occasion_edge_cases() -> None:
    assert meeting._find_occasion(["They met on the margins of the G20 Summit in Osaka"]) == ("G20 Summit", "Osaka")
    assert meeting._find_occasion(["They met during the ASEAN Meeting."]) == ("ASEAN Meeting", None)
    assert meeting._find_occasion(["They met in Tokyo.", "Japan-Peru Summit"]) == (None, None)


COMPANY_PIECES = (
    " ",
    "\n",
    "x",
    "_",
    "accompanied",
    "Accompanied",
    "attended",
    "joined",
    "by",
    "in",
    "the",
    "presence",
    "of",
    "with",
    "attendance",
    "were",
    "was",
    "also",
    "present",
    "participated",
    "noon",
    "12:30",
    "(",
    ")",
    "minutes",
    "hour",
    "midnight",
)
COMPANY_TEXTS = _texts(COMPANY_PIECES, max_size=10)


@settings(max_examples=600)
@given(COMPANY_TEXTS)
def test_company_and_time_cues_keep_every_match(text: str) -> None:
    if meeting._ACCOMPANIED.search(text) is not None:
        assert meeting._holds(text, meeting._ACCOMPANIED_CUES)
    if meeting._ALSO_PRESENT.search(text) is not None:
        assert meeting._holds(text, meeting._ALSO_PRESENT_CUES)
    assert times._holds(text, times._HINT_WORDS) == (times._WORD_HINT.search(text) is not None)
    if times._PARENTHESES.search(text) is not None:
        assert "(" in text


def test_company_cues_edge_cases() -> None:
    assert meeting._holds("accompanied by", meeting._ACCOMPANIED_CUES)
    assert not meeting._holds("met with", meeting._ACCOMPANIED_CUES)
    assert meeting._holds("were present", meeting._ALSO_PRESENT_CUES)
    assert not times._holds("On May 10", times._HINT_WORDS)
    assert times._holds("for 30 minutes", times._HINT_WORDS)


@given(st.text(alphabet=" (-–\"“'xAJ.", max_size=20))
def test_country_starts_as_the_pattern(title: str) -> None:
    plain = [0, *[match.end() for match in meeting._TITLE_SEPARATOR.finditer(title)]]
    assert meeting._country_starts(title) == plain


def test_title_countries() -> None:
    assert meeting._country_starts("Japan-Peru (Summit)") == [0, 6, 11, 12]
    assert meeting.title_countries("Japan-Russian Federation Summit") == ["Japan", "Russian Federation"]
    assert meeting.title_countries("Summit “Japan–Peru”") == ["Japan", "Peru"]


def test_lower_case_folds_as_the_table_where_it_serves() -> None:
    """``_folded`` uses ``str.lower`` on texts without ``_ODD_FOLDS``: checked on every character."""
    for code in range(0x110000):
        char = chr(code)
        if char in meeting._ODD_FOLDS:
            continue
        lower = char.lower()
        assert len(lower) == 1, hex(code)
        assert meeting._is_word_char(lower) == meeting._is_word_char(char), hex(code)
        folded = char.translate(meeting._FOLD)
        if lower.isascii() or folded.isascii():
            assert lower == folded or not (lower.isalpha() or folded.isalpha()), hex(code)


def test_folded_texts() -> None:
    assert meeting._folded("HELD") == "held"
    assert meeting._folded("SUMMİT ſpoke") == "summit spoke"
    assert meeting._folded("Élysée \u212aing") == "élysée king"
    assert meeting._LEADER_HEADS[:2] == ("Minister", "President")


@settings(max_examples=600)
@given(st.lists(st.sampled_from([*"0123456789:. aApPmM\t\x1c", "12:30", "7 p.m.", "٣"]), max_size=16).map("".join))
def test_ascii_clock_hint_as_the_pattern(text: str) -> None:
    if text.isascii():
        fast = times._ASCII_CLOCK_HINT.search(text)
        plain = times._CLOCK_HINT.search(text)
        assert (fast and fast.span()) == (plain and plain.span())


def test_ascii_clock_hint_edge_cases() -> None:
    assert times._ASCII_CLOCK_HINT.search("from 7\x1cpm") is not None
    assert times._CLOCK_HINT.search("from 7\x1cpm") is not None
    assert times._ASCII_CLOCK_HINT.search("May 10, 2019") is None


LOCATION_PIECES = (
    " ",
    "  ",
    "\n",
    ",",
    ".",
    ":",
    "x",
    "_",
    "at",
    "in",
    "At",
    "the",
    "visit",
    "visiting",
    "Visiting",
    "his",
    "official",
    "to",
    "during",
    "on",
    "of",
    "Kremlin",
    "Lima",
    "Peru",
    "Summit",
    "Date",
    "Place",
    "Venue",
    "Location",
    "May",
    "10",
)
LOCATION_TEXTS = _texts(LOCATION_PIECES, max_size=12)


def _plain_location(sentence: str) -> str | None:
    """``_find_location`` with every pattern tried on every sentence."""
    for pattern in (meeting._VENUE_AT, meeting._PLACE_IN, meeting._VISITING, meeting._VISIT_TO):
        for match in pattern.finditer(sentence):
            if pattern is meeting._VENUE_AT and match["place"].split()[-1] in meeting._EVENT_WORDS:
                continue
            place = meeting._clean_place(match["place"], venue=pattern is meeting._VENUE_AT)
            if place:
                return place
    return None


@settings(max_examples=600)
@given(LOCATION_TEXTS)
def test_location_and_field_cues_keep_every_match(text: str) -> None:
    assert meeting._find_location(text) == _plain_location(text)
    for pattern, cue in meeting._LOCATION_PATTERNS:
        if pattern.search(text) is not None:
            assert cue in text
    if meeting._DATE_FIELD.match(text) or meeting._PLACE_FIELD.match(text):
        assert ":" in text


def test_location_edge_cases() -> None:
    for text, place in (
        ("They met at the Kremlin.", "Kremlin"),
        ("They met in Lima, Peru.", "Lima, Peru"),
        ("during his official visit to Peru", "Peru"),
        ("Visiting Lima", None),
        ("visiting Lima", "Lima"),
        ("They met.", None),
    ):
        assert meeting._find_location(text) == _plain_location(text) == place, text


def test_meeting_words_are_the_verbs_words() -> None:
    plain = "held hold met meet meeting talk talks call calls received conversation spoke summit telephone lunch"
    assert sorted(meeting._MEETING_WORDS) == sorted([*plain.split(), "dinner", "breakfast"])
    assert len(set(meeting._MEETING_WORDS)) == len(meeting._MEETING_WORDS)


@attrs.define
class Draft:
    """The draft as an attrs class, as first written: ``meeting._Draft`` compares as it does."""

    name: str | None
    surname: str
    title: str | None
    country: str | None


DRAFT_FIELDS = st.tuples(
    st.sampled_from((None, "Taro Abe", "Abe")),
    st.sampled_from(("Abe", "abe")),
    st.sampled_from((None, "Prime Minister")),
    st.sampled_from((None, "Japan")),
)


@given(st.lists(DRAFT_FIELDS, min_size=1, max_size=5), st.integers(0, 4))
def test_drafts_compare_as_attrs_makes_them(fields: list[tuple[str | None, str, str | None, str | None]], k: int) -> None:
    mine = [meeting._Draft(*f) for f in fields]
    theirs = [Draft(*f) for f in fields]
    target = k % len(fields)
    assert [a == mine[target] for a in mine] == [b == theirs[target] for b in theirs]
    mine.remove(mine[target])
    theirs.remove(theirs[target])
    assert [(d.name, d.surname, d.title, d.country) for d in mine] == [attrs.astuple(d) for d in theirs]
    assert meeting._Draft(*fields[0]) != fields[0]


#: The patterns the sentence splitter and the occasion reader used, as first written.
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|St|Jr|Sr|No|Nos|Gen|Lt|Col|approx|Messrs)|\b[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])\Z"
)
_TRAILING_CONNECTOR = re.compile(r"(?:\s+(?:of|the|and|for|on|in))+\Z")

END_PIECES = (
    *("Mr", "Mrs", "Messrs", "approx", "No", "Nos", "St", "Col", "A", "Z", "a", "p", "m", "x", "U", "S", "é", "É"),
    *(".", " ", "  ", "\u00a0", "_", "5", "(", "'", "ǅ", "Ⅷ", "²"),
)


@settings(max_examples=600)
@given(st.lists(st.sampled_from(END_PIECES), max_size=8).map("".join))
def test_abbreviation_ends_as_the_pattern(before: str) -> None:
    assert meeting._ends_abbreviation(before) == (_ABBREVIATION_END.search(before) is not None)
    if meeting._CLOCK_END.search(before) is not None:
        assert before[-2:-1] == "."


def test_abbreviation_ends_on_written_examples() -> None:
    for before, expected in (
        ("met with Mr", True),
        ("the U.S", True),
        ("at 3 p.m", True),
        ("ohn F", True),
        ("the talks", False),
        ("xMr", False),
        ("éMr", False),
        ("_Mr", False),
        (" é", False),
        ("", False),
        ("Messrs", True),
        ("5.S", True),
        ("5.Sx", False),
    ):
        assert meeting._ends_abbreviation(before) is expected, before
        assert (_ABBREVIATION_END.search(before) is not None) is expected, before


CONNECTOR_PIECES = (
    *(" ", "  ", "\t", "\u00a0", "\u2003", "\x1c", "of", "the", "and", "for", "on", "in", "x", "Summit", "xon"),
    *("then",),
    *("ion", "G20", "."),
)


@settings(max_examples=600)
@given(st.lists(st.sampled_from(CONNECTOR_PIECES), max_size=10).map("".join))
def test_trailing_connectors_go_as_the_pattern_removes_them(text: str) -> None:
    assert meeting._without_trailing_connectors(text) == _TRAILING_CONNECTOR.sub("", text)


def test_trailing_connectors_on_written_examples() -> None:
    for text, expected in (
        ("the G20 Summit in", "the G20 Summit"),
        ("Summit of the", "Summit"),
        ("Summit  of\u00a0the", "Summit"),
        (" of", ""),
        ("of", "of"),
        ("Summit xon", "Summit xon"),
        ("Summit on ", "Summit on "),
        ("Summit", "Summit"),
    ):
        assert meeting._without_trailing_connectors(text) == expected == _TRAILING_CONNECTOR.sub("", text), text


#: The sentence-end pattern as first written.
_SENTENCE_END = re.compile(r"[.!?][)\"”’]?\s+(?=[A-Z(\"“])")
SENTENCE_PIECES = (
    *(".", "!", "?", ")", '"', "”", "’", "“", "(", " ", "  ", "\n", "\u00a0", "\u2003", "\x1c", "x", "A", "Z"),
    *("a", "5", "Mr.", "p.m.", "É", "[", "The", "talks."),
)


@settings(max_examples=800)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=14).map("".join))
def test_sentence_ends_as_the_pattern(text: str) -> None:
    ends = meeting._sentence_ends(text)
    assert list(zip(ends[::2], ends[1::2], strict=True)) == [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]


def test_sentence_ends_on_written_examples() -> None:
    text = 'They met. Then? "Yes!" (Abe) said. x.\u00a0Y ok.) z. Mr. A.B. The end.”  “Next'
    ends = meeting._sentence_ends(text)
    assert list(zip(ends[::2], ends[1::2], strict=True)) == [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    assert meeting._sentence_ends("") == [] == meeting._sentence_ends("no stop here")
    assert [s for _, s in meeting._sentences("He met Mr. Abe. They talked.")] == ["He met Mr. Abe.", "They talked."]
