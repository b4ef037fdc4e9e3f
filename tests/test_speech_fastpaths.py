"""The speech pass's hand-written readers give what the patterns they replace give, on any text."""

from __future__ import annotations

import re

import attrs
from hypothesis import given
from hypothesis import strategies as st

from mofa_parse.model import Document, Person
from mofa_parse.semantics import speech

PIECES = (
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\x1c",
    ", ",
    "; ",
    "(",
    ")",
    ".",
    "'s ",
    "x",
    "é",
    "Élodie ",
    "Prime ",
    "Minister ",
    "Minister",
    "President",
    "President ",
    "Vice-President ",
    "Foreign ",
    "for ",
    "of the ",
    "Affairs ",
    "Aka ",
    "Bleu",
    "KIM ",
    "de ",
    "Mr. ",
    "Mr ",
    "Mrs.",
    "Dr ",
    "H.E. ",
    "H. E. ",
    "His ",
    "Her Majesty ",
    "The Honorable ",
    "The ",
    "the ",
    "Japanese ",
    "Indian ",
    "Ian ",
    "Iraqi ",
    "Transcaucasiaxxxxxian ",
    "Xxxxxxxxxxxxxxxxxxi ",
    "Thai ",
    "U.S. ",
    "UK ",
    "USA ",
    "Japan ",
    "Korea",
    "Republic ",
    "and ",
    "stated ",
)
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
_OPENS = re.compile(speech._NAMED_OPENS)


def _found(text: str, start: int, end: int) -> list[int]:
    spans: list[int] = []
    speech._find_mentions(text, start, end, spans)
    return spans


def _plain(text: str, start: int, end: int) -> list[int]:
    return [at for match in speech._MENTION.finditer(text, start, end) for at in match.span()]


@given(TEXTS, st.data())
def test_mentions_found_by_reading_are_the_mention_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _found(text, start, end) == _plain(text, start, end)


def test_mentions_found_by_reading_on_written_examples() -> None:
    texts = (
        "Japanese Prime Minister Aka met H.E. Mr. Bleu, President of the Republic of Korea.",
        "(President Bleu) and xPrime Minister Aka; Vice-President  Élodie Dupont;\tMr.\u00a0KIM Jong",
        "The Honorable Foreign Minister O'Neil-Smith and His Royal Highness Crown Prince Aka",
        "U.S. Secretary of State Bleu, UK Foreign Secretary Aka, Thai Prime Minister Chan-ocha",
        "Indian Minister Aka; Ian Minister Bleu; Iraqi President Aka; Swiss President",
        "Iranian President Raisi's remarks",
        "H. E. Ambassador de la Cruz, Mme Aka and Dr Bleu of the United States",
        "Minister",
        "H.",
    )
    for text in texts:
        for start in range(len(text) + 1):
            assert _found(text, start, len(text)) == _plain(text, start, len(text))
        for end in range(len(text) + 1):
            assert _found(text, 0, end) == _plain(text, 0, end)
    first = texts[0]
    spans = _found(first, 0, len(first))
    found = [first[spans[i] : spans[i + 1]] for i in range(0, len(spans), 2)]
    assert found == ["Japanese Prime Minister Aka", "H.E. Mr. Bleu"]
    first = texts[0]
    spans = _found(first, 0, len(first))
    assert [first[spans[i] : spans[i + 1]] for i in range(0, len(spans), 2)] == [
        "Japanese Prime Minister Aka",
        "H.E. Mr. Bleu",
    ]


@given(st.text(alphabet="AaHiEnsTh. \u00a0\t-", max_size=12))
def test_named_opens_is_the_opening_pattern(word: str) -> None:
    text = word + " Minister x"
    for at in range(len(text)):
        if "A" <= text[at] <= "Z":
            for end in range(at, len(text) + 1):
                expected = _OPENS.match(text, at, end) is not None
                assert speech._named_opens(text, at, end) == expected


#: Pieces for the name reader: titles with up to four modifiers, "Mr." and the like, particles,
#: names with hyphens, apostrophes, initials, capitals and letters beyond A to Z, and "of" after them.
NAME_PIECES = (
    *PIECES,
    "Deputy ",
    "Senior ",
    "State ",
    "Presidential ",
    "Chairman ",
    "Chair ",
    "Prince ",
    "Princess ",
    "Secretary-General ",
    "President-elect ",
    "Sir ",
    "Madame ",
    "Madam.",
    "Mrs. ",
    "Ms ",
    "Dame",
    "J. ",
    "Jean-Pierre ",
    "O'Neil ",
    "Putin’s ",
    "Abe",
    "Abe ",
    "Lavrov, ",
    "ABE-",
    "ABE",
    "DE ",
    "Ékó ",
    "aÉ",
    "ß",
    "von ",
    "della ",
    "dela ",
    "bint",
    "of ",
    "of",
    "often ",
    "for",
    "said ",
    "4 ",
    "-",
    "'",
    "Secretary of State ",
    "of the ",
    "for Foreign Affairs ",
    "and ",
    "United ",
    "States",
    "States,",
    "the",
)
NAME_TEXTS = st.lists(st.sampled_from(NAME_PIECES), max_size=16).map("".join)


def _check_named_end(text: str, end: int) -> None:
    for at in range(end):
        if "A" <= text[at] <= "Z":
            found = speech._named_end(text, at, end)
            if found != speech._UNSURE:
                match = speech._NAMED_AT.match(text, at, end)
                assert found == (-1 if match is None else match.end()), (text, at, end)


@given(NAME_TEXTS, st.data())
def test_named_end_is_the_named_pattern(text: str, data: st.DataObject) -> None:
    _check_named_end(text, data.draw(st.integers(0, len(text))))


def test_named_end_on_written_examples() -> None:
    texts = (
        "Prime Minister Abe said",
        "Deputy Prime Minister Mr. Taro Aso of Japan met",
        "Senior State Deputy Vice Minister Aka",
        "State Deputy Vice Minister Aka",
        "Foreign Minister Sir John de la Cruz-Bleu, and Mr. KIM Jong Un",
        "President Putin's remarks; Secretary-General Mr Guterres J. R. Smith Jones",
        "Chairman Mao, Prime Minister said, Prime Minister Mr. said, Mr. Abe, Mr.Abe, Madame Aka",
        "Minister for Foreign Affairs Aka, President of the Republic Bleu, Princess Aka von Bleu",
        "Ambassador Élodie, Ambassador ABE-KO, Ambassador Aka\u00a0Bleu often",
        "Prime Minister A Bleu, Prime Minister AB, Prime Minister A.",
        "Secretary of State Blinken said, Secretary of the United States Mr. Aka of Japan",
        "Minister for Foreign Affairs Aka, Minister of State, Minister of Trade and Industry Bleu",
        "Minister of the Environment de Gaulle; Minister of A B C D E F G H; Minister of State Mr Aka",
    )
    for text in texts:
        for end in range(len(text) + 1):
            _check_named_end(text, end)
    text = texts[1]
    assert speech._named_end(text, 0, len(text)) == speech._UNSURE  # "of Japan" after the name
    assert speech._named_end(text, 0, text.index(" of")) == text.index(" of")
    text = texts[0]
    assert speech._named_end(text, 0, len(text)) == len("Prime Minister Abe")
    text = texts[10]
    assert speech._named_end(text, 0, len(text)) == len("Secretary of State Blinken")
    second = text.index("Secretary of the")
    assert speech._named_end(text, second, len(text)) == speech._UNSURE  # "Mr." after the office
    assert speech._named_end("Mr. Kim Jong Un Lee Park", 0, 24) == len("Mr. Kim Jong Un Lee")


@given(NAME_TEXTS, st.data())
def test_mentions_found_by_reading_are_the_mention_pattern_on_names(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _found(text, start, end) == _plain(text, start, end)


@given(st.lists(st.sampled_from([piece for piece in NAME_PIECES if piece.isascii()]), max_size=16).map("".join))
def test_mentions_found_in_ascii_text_are_the_mention_pattern(text: str) -> None:
    assert text.isascii()
    for start in range(len(text) + 1):
        assert _found(text, start, len(text)) == _plain(text, start, len(text))
    for end in range(len(text) + 1):
        assert _found(text, 0, end) == _plain(text, 0, end)


@given(st.text(alphabet=st.characters(codec=None), max_size=40) | st.text(alphabet="AZaz@[`{?é\u00a0’\ud800", max_size=40))
def test_capitals_as_a_keeps_every_capital_in_place(text: str) -> None:
    capitals = speech._capitals_as_a(text)
    assert len(capitals) == len(text)
    assert [at for at, char in enumerate(capitals) if char == "A"] == [
        at for at, char in enumerate(text) if "A" <= char <= "Z"
    ]


@given(st.text(alphabet="ab’", max_size=8), st.text(alphabet="ab’", max_size=4), st.integers(0, 10))
def test_starts_at_is_startswith(source: str, text: str, start: int) -> None:
    assert speech._starts_at(source, text, start) == source.startswith(text, start)
    assert speech._starts_at(source, text, start) == (source.find(text, start, start + len(text)) == start)


def _spoke_reference(recent: list[Person], person: Person) -> list[Person]:
    """The latest single speakers: ``person`` last, without an earlier equal entry, eight at most."""
    return ([p for p in recent if p != person] + [person])[-8:]


#: Speakers with equal copies that are other objects, so that both the identity and the equality paths run.
_SPEAKERS = [Person(name=None, surname=s, title=t) for s in "ABCDEFGHIJ" for t in ("President", None)]
_SPEAKER_COPIES = _SPEAKERS + [attrs.evolve(p) for p in _SPEAKERS]


@given(st.lists(st.sampled_from(_SPEAKER_COPIES), max_size=40))
def test_spoke_keeps_the_latest_speakers(speakers: list[Person]) -> None:
    people = speech._People(Document())
    expected: list[Person] = []
    for person in speakers:
        people.spoke(person)
        expected = _spoke_reference(expected, person)
        assert people.recent == expected
        assert [p is q for p, q in zip(people.recent, expected, strict=True)] == [True] * len(expected)
        assert people.recent_keys == [(type(p), p.name, p.surname, p.title, p.country) for p in expected]


@given(st.text(max_size=30) | st.text(alphabet="AZaz ?ßẞİΣσςſK\u212a’ﬁ\u00a0\ud800", max_size=30) | st.text("AZaz09 .'"))
def test_casefolded_is_casefold(text: str) -> None:
    assert speech._casefolded(text) == text.casefold()


def test_casefolded_on_written_examples() -> None:
    texts = ("", "ß", "Aß", "ßA", "Straße’s ΣΑΣ İstanbul", "President Putin’s remarks", "ASCII Only")
    for text in (*texts, "Why? Straße? ?ß?", "???’"):
        assert speech._casefolded(text) == text.casefold()


def _check_sentence_end(text: str) -> None:
    for dot in range(len(text)):
        if text[dot] == ".":
            match = speech._SENTENCE_END.match(text, dot)
            assert speech._sentence_end(text, dot) == (-1 if match is None else match.end())


@given(st.text(alphabet='. "”’)“(Aa0\n\t\u00a0\u2028', max_size=14))
def test_sentence_end_is_the_sentence_end_pattern(text: str) -> None:
    _check_sentence_end(text)


def test_sentence_end_on_written_examples() -> None:
    for text in ('He said. "The', "x.) (1", "x.’ ’A", "x.  a", "x.", "x. ", "x. (", "x.A", "x.\u00a0Z"):
        _check_sentence_end(text)
    assert speech._sentence_end('He said. "The', 7) == 9
    assert speech._sentence_end("x.) (1", 1) == 4
    assert speech._sentence_end("x. (", 1) == -1


@given(st.text(alphabet="DPRKOCEUSAHak.-", min_size=2, max_size=6), st.sampled_from([" Minister x", " x", "", " "]))
def test_words_with_a_capital_second_open_only_after_a_listed_pair(word: str, tail: str) -> None:
    text = word + tail
    if "A" <= text[0] <= "Z" and "A" <= text[1] <= "Z" and _OPENS.match(text) is not None:
        assert text[:2] in speech._CAPITAL_PAIRS
    for text in ("US Minister x", "DPRK Minister x", "UK Minister x", "EU President x"):
        assert _OPENS.match(text) is not None and text[:2] in speech._CAPITAL_PAIRS
