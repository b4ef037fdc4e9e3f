"""The speech pass runs some patterns only where a short cue is found: every match holds its cue.

A cue that a pattern could match without would make the pattern silently never fire there.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from mofa_parse.semantics.speech import drafts, language

NAMES = (
    "Prime Minister Sato",
    "President Rufus Firefly",
    "the Honorable Mr. Aka",
    "Foreign Minister Bleu",
    "Mr. Okabe",
    "H.E. Mr. Kofi Mensah",
    "the Prime Minister",
    "The two leaders",
    "he",
    "Japan",
)
WORDS = (
    "and",
    ",",
    ", and",
    "'s",
    "’s",
    "His",
    "her",
    "response",
    "remarks",
    "views",
    "statement",
    "was",
    "were",
    "is",
    "are",
    "as follows",
    "the following",
    "The following is",
    "The following are",
    "a summary of the",
    "made by",
    "expressed by",
    "of",
    ":",
    ".",
    "stated",
    "also",
)


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Sentences pieced from the words that subjects, lists and block introductions are made of,
    around a run of names joined as lists are ("A, B and C")."""
    before = draw(st.lists(st.sampled_from(NAMES + WORDS), max_size=6))
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4))
    joiners = [draw(st.sampled_from((", ", " and ", ", and ", " "))) for _ in names[1:]]
    run = names[0] + "".join(joiner + name for joiner, name in zip(joiners, names[1:]))
    after = draw(st.lists(st.sampled_from(NAMES + WORDS), max_size=6))
    return " ".join([*before, run, *after])


@given(texts())
def test_every_list_of_names_holds_the_list_cue(text: str) -> None:
    starts = [0] + [match.end() for match in re.finditer(r"\s+", text)]
    ends = [match.start() for match in re.finditer(r"\s+", text)] + [len(text)]
    for start in starts:
        for end in ends:
            if start < end and language.is_list(text, start, end):
                assert language.LIST_HINT.search(text, start, end), text[start:end]


@given(texts())
def test_every_block_introduction_holds_its_cue(text: str) -> None:
    for _, hint, read in drafts._BLOCK_FORMS:
        intro = read(text, 0, len(text))
        if intro is not None:
            assert hint.search(text, intro.start, intro.end), (text[intro.start : intro.end], hint.pattern)


def test_the_cued_patterns_match_the_conventions() -> None:
    """The cued patterns do fire where the conventions put them."""
    listed = "Prime Minister Sato, Foreign Minister Bleu and President Rufus Firefly"
    assert language.is_list(listed) and language.LIST_HINT.search(listed)
    assert language.is_list("Minister of Trade and Industry Bleu and President Firefly")  # "and" in a title
    assert language.is_list("President Firefly, Mr. Bleu, and Prime Minister Sato")
    assert not language.is_list("President Firefly and")
    assert not language.is_list("President Firefly, Mr. Bleu")  # no "and" before the last
    five = "Mr. Aa, Mr. Bb, Mr. Cc, Mr. Dd and Mr. Ee"
    assert language.is_list(five) and not language.is_list("Mr. Zz, " + five)  # five names at most
    possessive, summary = (read for _, _, read in drafts._BLOCK_FORMS)
    text = "Prime Minister Sato's response was as follows:"
    assert possessive(text, 0, len(text)) == drafts._Introduction(
        0, len(text) - 1, "Prime Minister Sato", 0, None, "response", 22
    )
    text = "The following is a summary of the remarks made by President Rufus Firefly:"
    assert summary(text, 0, len(text)) == drafts._Introduction(
        0, len(text), "President Rufus Firefly", 50, None, "remarks", 34
    )


#: Words subjects are made of, from the rules' vocabularies and beyond them.
SUBJECT_WORDS = (
    *("President", "Prime", "Minister", "Foreign", "Vice-President", "State", "Councilor", "Secretary", "General"),
    *("Mr.", "Dr.", "H.E.", "His", "Excellency", "Majesty", "King", "Sheikh", "Honorable", "the", "The", "This"),
    *("Russian", "Freedonian", "Saudi", "Arabian", "U.S.", "ROK", "of", "for", "and", "Japan", "Korea", "Republic"),
    *("Putin", "Sato", "Firefly", "bin", "de", "Gaulle", "KISHIDA", "Fumio", "Lee", "Jr.", "Chan-o-cha", "Affairs"),
)


@given(st.lists(st.sampled_from(SUBJECT_WORDS), min_size=1, max_size=7))
def test_every_subject_read_whole_begins_where_a_subject_can_open(words: list[str]) -> None:
    """The subject search starts only at the words ``subjects._can_open`` takes: every named person
    and bare title the shared mention reader reads whole begins with one of them."""
    from mofa_parse.semantics.speech import subjects

    text = " ".join(words)
    if language.is_named(text) or language.is_bare(text):
        assert subjects._can_open(re.match(r"[\w.'’-]+", text).group()), text  # type: ignore[union-attr]
