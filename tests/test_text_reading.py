"""One reading of a paragraph: its sentences, each cut into tokens once, as the meeting pass reads them."""

from __future__ import annotations

from mofa_parse.text.mentions import mentions_in
from mofa_parse.text.reading import Reading, Tokens
from mofa_parse.text.tokens import Token


def test_a_paragraph_is_read_as_sentences_of_tokens() -> None:
    text = (
        "On March 3, Prime Minister Taro Sato held a meeting with H.E. Mr. Ivan Petrov in Tokyo. "
        "The two leaders were accompanied by Mr. Goro Ito."
    )
    reading = Reading.of(text)
    assert reading.offsets == (0, 88)
    first, second = reading.sentences
    assert first.text == text[:87]
    assert first.words == (
        *("On", "March", "3", ",", "Prime", "Minister", "Taro", "Sato", "held", "a", "meeting", "with"),
        *("H.E.", "Mr", ".", "Ivan", "Petrov", "in", "Tokyo", "."),
    )
    assert second.words == ("The", "two", "leaders", "were", "accompanied", "by", "Mr", ".", "Goro", "Ito", ".")
    assert second.starts[:3] == (0, 4, 8)
    assert second.ends[:3] == (3, 7, 15)


def test_tokens_keep_their_offsets() -> None:
    tokens = Tokens.of("Chan-o-cha, 3.5_x")
    assert [tokens.token(i) for i in range(len(tokens))] == [
        Token("Chan-o-cha", 0, 10),
        Token(",", 10, 11),
        Token("3.5", 12, 15),
        Token("_", 15, 16),
        Token("x", 16, 17),
    ]
    assert tokens.between(0, 2) == "Chan-o-cha, 3.5"


def test_the_mentions_of_a_sentence_are_read_on_its_tokens() -> None:
    (sentence,) = Reading.of("Russian President Ivan Petrov met Foreign Minister Sato of Japan.").sentences
    found = mentions_in(sentence)
    assert [(m.start, m.end, m.name, m.title, m.country) for m in found] == [
        (0, 29, "Ivan Petrov", "President", "Russia"),
        (34, 64, "Sato", "Foreign Minister", "Japan"),
    ]


def test_a_blank_paragraph_has_no_sentences() -> None:
    assert Reading.of("  \n").sentences == ()
    assert Tokens.of("").words == ()
