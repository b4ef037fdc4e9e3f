"""The speech pass's shortcuts give what the plain reading they stand for gives, on any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from mofa_parse.model import Document, Person
from mofa_parse.semantics import speech

PIECES = (
    " ",
    "  ",
    ", ",
    "; ",
    ": ",
    ".",
    " that ",
    "that",
    "that, ",
    "Mr.",
    "U.S.",
    " etc.",
    "approx.",
    "potential.",
    "continue",
    "Tokyo",
    "é",
    "\u00a0",
    "\t",
    "x",
    "Prime Minister Aka ",
    "President Bleu",
    "The Prime Minister ",
    "He ",
    "the two leaders ",
    "Both sides ",
    "Russian ",
    "(Freedonia) ",
    ", who also attended the meeting, ",
    "also ",
    "for his part ",
    "It was ",
    "and ",
    "by ",
    "Aka ",
    "stated",
)
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _plain_content_span(text: str, start: int, end: int) -> tuple[int, int]:
    """What ``_content_span`` stands for: the cleaned content found in the raw slice."""
    stop = speech._CONTENT_STOP.search(text, start, end)
    if stop is not None:
        end = stop.start()
    raw = text[start:end]
    cleaned = speech._clean(raw)
    if not cleaned:
        return end, end
    offset = raw.find(cleaned)
    return start + offset, start + offset + len(cleaned)


@given(TEXTS, st.data())
def test_content_span_is_the_cleaned_content(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert speech._content_span(text, start, end) == _plain_content_span(text, start, end)


ABBREVIATION_PIECES = (*PIECES, "Mr", "Mrs", "Sept", "approx", "No", "J", "U", ".", "S", "_", "2", "é", "Ж", "-", "xMr")


@given(st.one_of(TEXTS, st.lists(st.sampled_from(ABBREVIATION_PIECES), max_size=12).map("".join)), st.data())
def test_abbreviated_is_the_abbreviation_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = speech._ABBREVIATION.search(text[start:end]) is not None
    assert speech._abbreviated(text, start, end) is expected


@given(TEXTS, TEXTS, TEXTS, st.data())
def test_subject_read_once_per_text_before_the_verb(head: str, other: str, tail: str, data: st.DataObject) -> None:
    """Sentences that end in the same words before "stated" get the same subject, at the same offset
    from the verb, whatever comes before them."""
    doc = Document(people=(Person(name="Ken Aka", surname="Aka", title="Prime Minister"),))
    finder = speech._Finder(doc)
    k = data.draw(st.integers(0, len(tail)))
    for before in (head, other, head):
        masked = before + tail + "stated that"
        lo = len(before) + k
        verb_start = len(before) + len(tail)
        assert finder.subject(masked, lo, verb_start) == finder._subject(masked, lo, verb_start)


VERB_PIECES = (
    " ",
    "  ",
    "\n",
    ",",
    "x",
    "_",
    "é",
    "shared",
    "the",
    "same",
    "view",
    "views",
    "reached",
    "an",
    "agreement",
)


@given(st.lists(st.sampled_from((*VERB_PIECES, *speech._ALL_FORMS)), max_size=20).map(" ".join))
def test_verb_tree_matches_as_the_flat_alternation(text: str) -> None:
    """The tree of verb forms finds what the plain alternation of the forms, longest first, finds."""
    flat = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in speech._ALL_FORMS)
    plain = re.compile(rf"\b(?:{flat})\b")
    assert [m.span() for m in speech._VERB_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _found_verbs(text: str) -> tuple[list[int], list[str]]:
    spans: list[int] = []
    forms: list[str] = []
    speech._find_verbs(text, spans, forms)
    return spans, forms


def _regex_verbs(text: str) -> tuple[list[int], list[str]]:
    """What ``_find_verbs`` stands for: the matches of ``_VERB_RE`` and the forms they are."""
    matches = list(speech._VERB_RE.finditer(text))
    return [i for m in matches for i in m.span()], [speech._verb_info(m.group())[0] for m in matches]


ODD_PIECES = (
    *VERB_PIECES,
    "\t",
    "\u00a0",
    "\u2003",
    "-",
    "'",
    "’",
    "“",
    '"',
    ".",
    "(",
    "3",
    "ß",
    "Ж",
    "日本",
    "S",
    "ed",
    "ing",
    "was",
    "were",
    "went",
    "in",
    "on",
    "to",
    "say",
    "out",
)


@given(st.lists(st.sampled_from((*ODD_PIECES, *speech._ALL_FORMS)), max_size=24), st.sampled_from(("", " ", "  ")))
def test_verbs_found_by_their_letters_are_the_verb_pattern(pieces: list[str], glue: str) -> None:
    """Words glued to letters, digits, "_", non-ASCII letters or hyphens; forms split by odd white space."""
    text = glue.join(pieces)
    assert _found_verbs(text) == _regex_verbs(text)


def test_verbs_found_by_their_letters_on_written_examples() -> None:
    texts = (
        "Prime Minister Aka stated that ... and pointed \t out that ...; he also went on  to\u00a0say",
        "stated",
        "restated; stated_ 2stated stated2 éstated statedé -stated- 'stated' “stated”",
        "acknowledging pledging, acknowledged. Saying saying",
        "shared the same view shared the views shared the view, shared the viewpoint, shared",
        "reached an\nagreement reached agreement reached an agreementx; were in agreement, was in  agreement",
        "called upon called on called for called calling upon",
        "made the following; gave; sought; told; madeed; wasing",
    )
    for text in texts:
        assert _found_verbs(text) == _regex_verbs(text)
    assert _found_verbs(texts[0]) == (
        [19, 25, 39, 52, 71, 86],
        ["stated", "pointed out", "went on to say"],
    )


def _plain_sentences(masked: str) -> list[int]:
    """What ``_sentences`` stands for: every sentence end the pattern finds, bar abbreviations."""
    bounds: list[int] = []
    start = 0
    for match in speech._SENTENCE_END.finditer(masked):
        end = match.start()
        if speech._ABBREVIATION.search(masked[max(start, end - 12) : end]):
            continue
        bounds += [start, end + len(match.group().rstrip())]
        start = match.end()
    if start < len(masked):
        bounds += [start, len(masked.rstrip())]
    return bounds


SENTENCE_PIECES = (
    *PIECES,
    ". ",
    "? ",
    "! ",
    '." ',
    ".” ",
    ".) ",
    ".\n",
    "A",
    "2",
    '"A',
    "(B",
    "No.",
    " Mr. ",
)


@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=30).map("".join), st.data())
def test_sentences_are_the_sentence_pattern_up_to_the_limit(text: str, data: st.DataObject) -> None:
    """The sentences that begin at or before the limit (and always the first), as the pattern splits them."""
    limit = data.draw(st.integers(-1, len(text)))
    plain = _plain_sentences(text)
    kept = [i for i in range(0, len(plain), 2) if plain[i] <= limit or i == 0]
    expected = [plain[j] for i in kept for j in (i, i + 1)]
    assert speech._sentences(text, limit) == expected



@given(st.one_of(TEXTS, st.lists(st.sampled_from((*PIECES, "that_", "thatx", "that2", ",that", " ,", "\n")), max_size=8).map("".join)), st.data())
def test_lead_end_is_the_lead_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    lead = speech._LEAD.match(text, start, end)
    assert lead is not None
    assert speech._lead_end(text, start, end) == lead.end()


def _plain_mask(text: str) -> str:
    """What ``_mask`` stands for: each quotation ``_QUOTES`` finds, its words replaced."""

    def masked(match: re.Match[str]) -> str:
        quote = match.group()
        inner = quote[1:-1]
        keep = inner[-1] if inner and inner[-1] in ".?!" else ""
        return quote[0] + "x" * (len(inner) - len(keep)) + keep + quote[-1]

    return speech._QUOTES.sub(masked, text)


QUOTE_PIECES = (*PIECES, '"', "“", "”", "\n", "!", "?", "stated", "x" * 150, "y" * 300)


@given(st.lists(st.sampled_from(QUOTE_PIECES), max_size=20).map("".join))
def test_mask_is_the_quote_pattern(text: str) -> None:
    assert speech._mask(text) == _plain_mask(text)


def test_mask_on_written_examples() -> None:
    texts = (
        'He said "a great success." and “no”',
        'He said "open\nnot closed" then "closed!"',
        "“nested “inner” rest”",
        "“" + "a" * 600 + "” “" + "a" * 601 + "”",
        '"' + "a" * 601 + '" "' + "b" * 599 + '"',
    )
    for text in texts:
        assert speech._mask(text) == _plain_mask(text)
    assert speech._mask(texts[0]) == 'He said "xxxxxxxxxxxxxxx." and “xx”'
