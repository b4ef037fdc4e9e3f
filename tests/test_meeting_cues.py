"""The rules declared with a cue: every match of the rule holds its cue, so that a text
without the cue can be left unread. And the mentions of people, read over the tokens
of a sentence: each covers whole tokens, in order, without overlap.

The time expressions of a lead hold a clock or a length word.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from mofa_parse.semantics import times
from mofa_parse.semantics.meeting.lead import LEAD_DATES
from mofa_parse.text import mentions, vocabulary
from mofa_parse.text.tokens import tokenize


#: Words a mention is read from, words that end it, and what separates them.
def _split(words: str) -> list[str]:
    return words.split()


MENTION_WORDS = [
    *_split(
        "Prime Minister President Foreign Minister's Ministers' Secretary State Vice-Minister Minister-President "
        "x-President Deputy Chief Cabinet Affairs Russian Russian's Japanese Korean Mr Mrs Mme Dr H.E. H.R.H. His "
        "Her Royal Highness Excellency Majesty Honorable the The of for and on to bin von der de della al General "
        "Sheikh Putin Abe SUGA Yoshihide Hu Jintao W J Jr III Nguyen Tan Dung Lee Chan-o-cha Russia Federation "
        "Republic Korea People's China United States U.S. US Japan January Monday Leaders held met stated he x"
    ),
    *[",", ".", "'s", "’s", "'", "(", ")", "-", "5", "12:30", "_", "é", "Émile", "ǅ"],
]
SEPARATORS = (" ", " ", " ", "", "  ", "\t", "\u00a0", "\n", "-", ".", ",", "'", "’")


@st.composite
def mention_texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(MENTION_WORDS), max_size=16))
    return "".join(word + draw(st.sampled_from(SEPARATORS)) for word in words)


@settings(max_examples=500)
@given(mention_texts())
def test_every_mention_covers_whole_tokens_in_order(text: str) -> None:
    tokens = tokenize(text)
    starts = {token.start for token in tokens}
    ends = {token.end for token in tokens}
    found = mentions.find_mentions(text)
    for mention in found:
        assert mention.start in starts and mention.end in ends, (text, mention)
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start, (text, before, after)


def test_mentions_of_a_lead_are_read_around_their_openings() -> None:
    text = "The two leaders met. the the Secretary of State, and the Prime Minister's adviser, Mr. Ito."
    assert [(m.start, m.name, m.title) for m in mentions.find_mentions(text)] == [
        (21, None, "the the Secretary of State"),
        (53, None, "Prime Minister"),
        (83, "Ito", None),
    ]


TIME_TEXT = st.text(alphabet=st.sampled_from("0123456789:.apmAPM nohurid-–ftsceltwgbxy,"), max_size=24)
TIME_PIECES = st.lists(
    st.sampled_from(
        [
            " ",
            "for ",
            "from ",
            "to ",
            "at ",
            "starting ",
            "about ",
            "an ",
            "one ",
            "hour",
            "minutes",
            "30",
            "12:06",
            "7 p.m.",
            "noon",
            "midnight",
            "-",
            "(local time)",
            "lasting ",
            "a total of ",
            "15-minute",
            "and ",
            "o'clock",
            "1030",
            " hrs",
            " hours",
            " hr",
            " min",
            "in the evening",
            "one-and-a-half-hour",
            "hour-long",
            "1.5",
            "-hour",
            "-min",
            "a quarter",
            " JST",
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=500)
@given(st.one_of(TIME_TEXT, TIME_PIECES))
def test_every_time_expression_holds_its_cue(text: str) -> None:
    for match in times._EVENT.finditer(text):
        assert times._EVENTS.cue.search(match[0]), (text, match[0])


def test_time_expressions_of_the_conventions() -> None:
    for text in ("From 12:06 to 14:57", "for 55 minutes", "at 7 p.m.", "starting at 12:00 noon", "from 3 to 4 p.m."):
        assert list(times._EVENTS.finditer(text)), text
    assert times.read_times("On May 10, the two leaders met in Lima.") == times.TimeFacts()
    assert times.read_times("for half an hour").duration is not None


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from("JFMASONDanebrpyulgctovi 0123456789,.th"), max_size=20))
def test_every_lead_date_names_a_month(text: str) -> None:
    for match in LEAD_DATES.pattern.finditer(text):
        assert LEAD_DATES.cue.search(match[0]), (text, match[0])


def test_every_opening_word_starts_with_a_letter_a_to_z() -> None:
    """``_OPENING`` looks for words starting with A to Z: a title word, honorific or country
    adjective starting otherwise would never be read."""
    assert all("A" <= word[0] <= "Z" for word in vocabulary.OPENING_WORDS)
    assert {"Minister", "Mr", "H.E.", "His", "Russian", "Honorable"} <= vocabulary.OPENING_WORDS
