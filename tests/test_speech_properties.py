"""Properties of the speech pass: generated reported speech is read back exactly; any text is safe."""

from __future__ import annotations

import time

import attrs
from hypothesis import given
from hypothesis import strategies as st

from mofa_parse.model import Joint, Meeting, Person
from mofa_parse.rules.verbs import REPORTING_VERBS
from mofa_parse.semantics import speech
from mofa_parse.structure.parser import parse_structure

AKA = Person(name="Ken Aka", surname="Aka", title="Prime Minister", country="Japan")
BLEU = Person(name="Marie Bleu", surname="Bleu", title="President", country="Freedonia")

SUBJECTS = {
    "Prime Minister Aka": AKA,
    "President Bleu": BLEU,
    "The two leaders": Joint((AKA, BLEU)),
    "Both sides": Joint((AKA, BLEU)),
}
CONTENTS = (
    "Japan would continue its support",
    "the two countries should deepen their ties in the field of energy",
    'the talks had been "very useful"',
    "cooperation on the rule of law at sea was important",
)
VERBS = tuple(
    v.form
    for v in REPORTING_VERBS
    if not v.needs_that and not v.needs_expression and not v.needs_subject and v.form != "briefed"
)


def read(body: str) -> tuple[str, speech.Document]:
    text = f"Japan-Freedonia Summit Meeting\n\n1. Talks\n\n{body}\n"
    doc = parse_structure(text)
    doc = attrs.evolve(doc, people=(AKA, BLEU), meeting=Meeting(participants=(AKA, BLEU)))
    return text, speech.apply(doc)


@given(
    st.sampled_from(sorted(SUBJECTS)),
    st.sampled_from(VERBS),
    st.sampled_from(CONTENTS),
    st.sampled_from(("", "also ", "further ")),
    st.sampled_from(("", "In addition, ", "Regarding energy, ")),
)
def test_a_reported_sentence_reads_back(subject: str, verb: str, content: str, adverb: str, intro: str) -> None:
    _, doc = read(f"(1) {intro}{subject} {adverb}{verb} that {content}.")
    (statement,) = doc.statements
    assert statement.speaker == SUBJECTS[subject]
    assert statement.verb == verb
    assert statement.text == content
    assert (statement.section, statement.clause) == (1, 1)
    assert statement.speaker_text == subject


@given(
    st.sampled_from(VERBS),
    st.sampled_from(VERBS),
    st.sampled_from(CONTENTS),
    st.sampled_from(CONTENTS),
)
def test_two_verbs_of_one_subject_are_two_statements(first: str, second: str, one: str, two: str) -> None:
    _, doc = read(f"(1) President Bleu {first} that {one} and {second} that {two}.")
    assert [(s.speaker, s.verb, s.text) for s in doc.statements] == [(BLEU, first, one), (BLEU, second, two)]


PIECES = [*"PMS pmstae.,:;\"“”()1-\n", "President Bleu ", "stated ", "that ", "the following ", "He ",
          "In response, ", "The two leaders ", "agreed ", "Prime Minister Aka"]


@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
def test_any_text_is_read_without_error(body: str) -> None:
    text, doc = read(body)
    for index, statement in enumerate(doc.statements):
        assert statement.span is not None
        assert 0 <= statement.span.start <= statement.span.end <= len(text)
        assert statement.in_response_to is None or 0 <= statement.in_response_to < index


def test_pathological_lines_stay_linear() -> None:
    lines = [
        "Prime Minister Aka and " * 3000 + "President Bleu agreed that it was fine.",
        "President Bleu stated that he said, " * 1500 + "end.",
        'He said "a' * 3000,
        "The Minister For Foreign Affairs Of The " * 3000 + "stated that x.",
        "President Bleu made the following " * 3000 + "statements:",
        "President Bleu, " * 5000 + "stated that y.",
    ]
    for line in lines:
        started = time.perf_counter()
        read(line)
        assert time.perf_counter() - started < 5.0, line[:40]
