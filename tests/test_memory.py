"""What a parse holds: strings written alike once per document, and nothing kept from one parse to the next."""

from __future__ import annotations

import doctest
import gc
import tracemalloc

import mofa_parse
from mofa_parse.semantics.speech import UNRESOLVED_SPEAKER
from mofa_parse.text import alike
from mofa_parse.text.alike import Alike

#: A made-up readout whose speakers the meeting metadata does not name, so each statement gets a
#: note; written twice, as a long input repeats itself, so that equal lines, verbs and subjects recur.
_TALKS = """\
(1) Minister Kanzaki stated that the two countries would deepen their exchanges in culture.
(2) In response, Minister Lindqvist made the following remarks:
The exchanges should include students.
(3) Minister Kanzaki stated that the two countries would deepen their exchanges in culture.
"""
READOUT = f"Foreign Ministers' Talks\n\nMay 1, 2004\n\n1. Bilateral relations\n\n{_TALKS}\n2. Exchanges\n\n{_TALKS}"


def _copy(text: str) -> str:
    """An equal string that is not ``text`` itself, as a file read again would give."""
    return "".join(list(text))


def test_alike_gives_the_first_equal_string() -> None:
    shared = Alike()
    first = _copy("stated")
    assert shared(first) is first
    assert shared(_copy("stated")) is first
    assert shared(_copy("expressed")) is not first
    assert len(shared) == 2
    assert doctest.testmod(alike).failed == 0


def test_strings_written_alike_are_one_object_in_a_document() -> None:
    """Memory only: the statements' verbs and subjects as written, and the notes' messages and lines."""
    doc = mofa_parse.parse(READOUT)
    statements = list(doc.all_statements())
    notes = [note for note in doc.warnings if note.code == UNRESOLVED_SPEAKER]
    assert len(statements) == 6 and len(notes) == 6
    kanzaki = [s for s in statements if s.speaker_text == "Minister Kanzaki"]
    assert len(kanzaki) == 4
    assert len({id(s.verb) for s in statements if s.verb == "made the following remarks"}) == 1
    assert len({id(s.speaker_text) for s in kanzaki}) == 1
    assert len({id(note.message) for note in notes if "Kanzaki" in note.message}) == 1
    repeated = [note for note in notes if note.text.startswith("(1) ")]
    assert len(repeated) == 2 and repeated[0].text is repeated[1].text
    assert repeated[0].line != repeated[1].line


def test_two_parses_share_nothing_cut_from_their_texts() -> None:
    """The table of strings written alike belongs to one parse: the next parse cuts its own."""
    first = mofa_parse.parse(READOUT)
    second = mofa_parse.parse(_copy(READOUT))
    assert first == second
    for one, other in zip(first.all_statements(), second.all_statements()):
        assert one.speaker_text == other.speaker_text and one.speaker_text is not other.speaker_text
    for one_note, other_note in zip(first.warnings, second.warnings):
        if one_note.code == UNRESOLVED_SPEAKER:
            assert one_note.text is not other_note.text


def test_a_parse_keeps_nothing_once_its_document_is_let_go_of() -> None:
    """Parsing the same long input again and again, the memory held afterwards does not grow."""
    text = READOUT * 20
    mofa_parse.parse(text)  # the rules and the bounded lookups of the mention readers warm up
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(3):
            doc = mofa_parse.parse(_copy(text))
            assert doc.statements
            del doc
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 20_000, f"{grown} bytes kept after three parses"


def test_structural_diagnostics_written_alike_share_their_strings() -> None:
    """The same numbering slip in two sections: one message, one line text and one code."""
    section = "(1) The two ministers met.\n(3) The two ministers dined.\n"
    text = f"Talks\n\nMay 1, 2004\n\nThe ministers met.\n\n1. Politics\n\n{section}\n2. Economy\n\n{section}"
    slips = [note for note in mofa_parse.parse(text).warnings if note.code == "clause-numbering"]
    assert len(slips) == 2 and slips[0].line != slips[1].line
    first, second = slips
    assert first.message is second.message and first.text is second.text and first.code is second.code
