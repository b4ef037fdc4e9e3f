"""The meeting pass's shortcuts read what the plain readings read.

``names.find_mentions`` tokenises only windows around the places ``_next_opening``
finds, and must find the mentions a scan of every token finds. The time, date
and verb patterns are skipped when a quick test says they cannot match, or are
written so that the engine can look for their first letters; each must agree
with the plain pattern.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mofa_parse.semantics import meeting, times
from mofa_parse.text import names


def _split(text: str) -> list[str]:
    return text.split()


# Words a mention is read from, words that end it, and what separates them.
WORDS = [
    *_split(
        "Prime Minister President Foreign Minister's Ministers' Secretary State Vice-Minister Minister-President "
        "x-President Deputy Chief Cabinet Affairs Russian Russian's Japanese Korean Mr Mrs Dr H.E. H.R.H. His Her "
        "Royal Highness Excellency Majesty Honorable the The of for and on to bin von der de al General Sheikh "
        "Putin Abe SUGA Yoshihide Hu Jintao W J Jr III Nguyen Tan Dung Lee Chan-o-cha Russia Federation Republic "
        "Korea People's China United States U.S. US Japan January Monday Leaders held met stated said he x"
    ),
    *[",", ".", "'s", "’s", "'", "(", ")", "-", "5", "12:30", "_", "é", "Émile", "ǅ"],
]
SEPARATORS = (" ", " ", " ", "", "  ", "\t", "\u00a0", "\n", "-", ".", ",", "'", "’")


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), max_size=16))
    return "".join(word + draw(st.sampled_from(SEPARATORS)) for word in words)


@settings(max_examples=400)
@given(texts())
def test_windowed_mentions_equal_a_scan_of_every_token(text: str) -> None:
    assert names.find_mentions(text) == names.find_mentions(text, names.tokenize(text))


def test_windowed_mentions_of_a_lead() -> None:
    text = (
        "On May 10, Prime Minister Taro Yamada held a summit meeting with H.E. Mr. Luis Carrillo, "
        "President of the Republic of Peru, and the Russian President's adviser."
    )
    found = names.find_mentions(text)
    assert found == names.find_mentions(text, names.tokenize(text))
    assert [(m.name, m.title, m.country) for m in found] == [
        ("Taro Yamada", "Prime Minister", None),
        ("Luis Carrillo", "President", "Republic of Peru"),
        (None, "President", "Russia"),
    ]


VERB_TEXT = st.text(
    alphabet=st.sampled_from("heldomtcaksrivnpulbfHELDOMTCAKSRIVNPUB\u0130\u0131\u212a\u017f _-.5\u00e9\n"), max_size=14
)


@settings(max_examples=400)
@given(VERB_TEXT)
def test_meeting_verbs_match_as_the_case_ignoring_pattern(text: str) -> None:
    plain = re.compile(
        r"\b(?:held|hold|met|meet|meeting|talks?|calls?|received|conversation|spoke|summit|telephone|lunch|dinner"
        r"|breakfast)\b",
        re.I,
    )
    assert (meeting._MEETING_VERB.search(text) is None) == (plain.search(text) is None)
    visit = re.compile(r"\bvisit(?:ed|ing)?\b", re.I)
    assert (meeting._VISIT_VERB.search(text) is None) == (visit.search(text) is None)


def test_meeting_verbs_with_folded_letters() -> None:
    for text in ("HELD", "\u017fummit", "tal\u212as", "meet\u0130ng", "v\u0131SITED", "upheld", "held_", "summits"):
        plain = re.search(r"\b(?:held|summit|talks|meeting|visited)\b", text, re.I)
        found = meeting._MEETING_VERB.search(text) or meeting._VISIT_VERB.search(text)
        assert (found is None) == (plain is None), text


WORD_START_PATTERNS = (
    meeting._ACCOMPANIED,
    meeting._ALSO_PRESENT,
    meeting._VENUE_AT,
    meeting._PLACE_IN,
    meeting._VISITING,
    meeting._VISIT_TO,
    meeting._OCCASION_OF,
    meeting._OCCASION_ATTEND,
    meeting._SIDE,
)
PLACE_WORDS = _split(
    "accompanied attended joined with in the presence attendance of by were was also present participated at on "
    "during his visit to visiting occasion margins Summit Lima Peru from Japanese side for attend xat xin Kremlin"
)


@settings(max_examples=400)
@given(st.lists(st.sampled_from(PLACE_WORDS), max_size=10), st.sampled_from(("", "_", "5", "é", "\n", "(")))
def test_word_start_patterns_match_as_with_a_word_boundary(words: list[str], glue: str) -> None:
    text = glue.join(words) if glue else " ".join(words)
    for pattern in WORD_START_PATTERNS:
        plain = re.compile(re.sub(r"(\w)\(\?<!\\w\.\)", r"\\b\1", pattern.pattern))
        assert "(?<!" not in plain.pattern
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]


TIME_TEXT = st.text(alphabet=st.sampled_from("0123456789:.apmAPM nohurid-–ftsceltwgbxy,"), max_size=24)


@settings(max_examples=400)
@given(TIME_TEXT)
def test_a_time_expression_passes_the_hints(text: str) -> None:
    if times._EVENT.search(text):
        assert times._CLOCK_HINT.search(text) or times._WORD_HINT.search(text)


def test_time_hints_on_the_forms_of_the_conventions() -> None:
    for text in (
        "From 12:06 to 14:57",
        "for 55 minutes",
        "at 7 p.m.",
        "starting at 12:00 noon",
        "for half an hour",
        "from 3 to 4 p.m.",
    ):
        assert times._EVENT.search(text), text
        assert times._CLOCK_HINT.search(text) or times._WORD_HINT.search(text), text
    assert times.read_times("On May 10, the two leaders met in Lima.") == times.TimeFacts()


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from("JFMASONDanebrpyulgctovi 0123456789,.th"), max_size=20))
def test_a_lead_date_names_a_month(text: str) -> None:
    if meeting._LEAD_DATE.search(text):
        assert meeting._MONTH_HINT.search(text)


SENTENCE_WORDS = ("He", "held", "talks", "Mr.", "met", "p.m.", "The", "x.", "summit", "(", ")", '"', "upheld")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(SENTENCE_WORDS), max_size=12), st.sampled_from((" ", ". ", "! ", '." ', "  ")))
def test_a_paragraph_reports_a_meeting_when_one_of_its_sentences_does(words: list[str], glue: str) -> None:
    text = glue.join(words)
    in_sentences = any(meeting._MEETING_VERB.search(sentence) for _, sentence in meeting._sentences(text))
    assert in_sentences == (meeting._MEETING_VERB.search(text) is not None)
