"""``names._next_opening`` finds every token a mention can start at, without tokenising.

The reference is the plain reading: every token of ``names.tokenize`` that
``names._could_start`` accepts. The scanner may stop at more places (the
reading there then finds no mention), but only at letters, and never skips one
of those tokens.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mofa_parse.text import names


def _split(text: str) -> list[str]:
    return text.split()


# Words that open a mention, words that almost do, and what can stand around them.
WORDS = (
    *_split(
        "Prime Minister Minister's Ministers' Vice-Minister Minister-President x-President Premier Presidents "
        "Foreign Affairs Russian Russian's Japanese Thai Lao Sri Lankan Mr Mrs Dr Hon H.E. H.R.H. H.M. H Highness "
        "His Her Royal Excellency Majesty Honorable Honourable the The then other they THE Them of for "
        "Putin Abe SUGA Émile Élodie ǅemal ÉPresident People's State's Chief-Executive tPresident"
    ),
    *(",", ".", "'s", "’s", "'", "(", ")", "-", "_", "5", "12:30", "é", "ß"),
)
SEPARATORS = (" ", " ", "", "  ", "\t", "\u00a0", "\u2003", "\n", "-", ".", ",", "'", "’", "_", "5", "é")


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), max_size=14))
    return "".join(draw(st.sampled_from(SEPARATORS)) + word for word in words)


def _openings(text: str) -> list[int]:
    found: list[int] = []
    at = names._next_opening(text, 0)
    while at >= 0:
        found.append(at)
        at = names._next_opening(text, at + 1)
    return found


def _plain_openings(text: str) -> list[int]:
    tokens = names.tokenize(text)
    return [
        token.start
        for index, token in enumerate(tokens)
        if (token.text == "the" or token.text[:1].isupper()) and names._could_start(tokens, index)
    ]


def _check(text: str) -> None:
    openings = _openings(text)
    assert set(_plain_openings(text)) <= set(openings), text
    assert all(text[at].isalpha() for at in openings), text
    # From any offset, the first place found from the start at or after it (a word cut by the
    # offset opens nothing: its rest follows a letter).
    for start in range(len(text) + 1):
        following = [at for at in openings if at >= start]
        assert names._next_opening(text, start) == (following[0] if following else -1), (text, start)


@settings(max_examples=500)
@given(texts())
def test_openings_cover_the_tokens_a_mention_can_start_at(text: str) -> None:
    _check(text)


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("theTHPrimsMnEé.'’-_ 5\u00a0\n"), max_size=20))
def test_openings_on_any_letters(text: str) -> None:
    _check(text)


def test_openings_on_written_examples() -> None:
    text = (
        "On May 10, the Prime Minister met H.E. Mr. Luis Carrillo, President of Peru; the Russian side, "
        "the visit, xPresident, éPresident, 5President, the\u00a0Honorable Ms. Lee and The Honourable Dr. Ng."
    )
    _check(text)
    starts = {text[at : at + 9] for at in _openings(text)}
    assert {"the Prime", "H.E. Mr. ", "President", "the Russi", "the\u00a0Honor", "The Honou"} <= starts
    assert not any(start.startswith(("the visit", "On May", "Luis", "Peru")) for start in starts)
    assert names._next_opening("", 0) == -1
    assert names._next_opening("the  visit, then The\tvisit xThe Rest", 0) == -1


def test_words_after_the_start_with_a_capital_or_t() -> None:
    """``_opens_after_the`` looks up only a word starting so."""
    assert all("A" <= word[0] <= "Z" or word[0] == "t" for word in names._LETTERS_AFTER_THE)
    assert all(word for word in names._LETTERS_AFTER_THE)
