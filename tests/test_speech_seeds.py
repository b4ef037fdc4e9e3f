"""The speech pass on the real readouts in seeds/, checked against a reading of each seed.

Speakers are compared by surname (a joint subject by the set of its members'
surnames), so the tests hold whether the people come from the meeting pass or
are read from the text.
"""

from __future__ import annotations

import mofa_parse
from mofa_parse.model import Document, Joint, Statement, StatementForm

from conftest import seed_text

TWO = "Koizumi+Putin"


def who(statement: Statement) -> str:
    speaker = statement.speaker
    if isinstance(speaker, Joint):
        return "+".join(sorted(member.surname for member in speaker.members))
    return speaker.surname


def parse_seed(prefix: str) -> Document:
    return mofa_parse.parse(seed_text(prefix))


def test_seed_000_every_statement() -> None:
    doc = parse_seed("000")
    got = [(who(s), s.verb, s.text[:40], s.section, s.clause) for s in doc.statements]
    assert got == [
        ("Putin", "reaffirmed", "he would visit Japan in early 2005", 1, 1),
        ("Putin", "explained", "the Russian side had yet to determine a ", 1, 1),
        (TWO, "agreed", "to continue making adjustments at the wo", 1, 1),
        (TWO, "agreed", "taking advantage of President Putin's vi", 1, 2),
        ("Koizumi", "stated", "if President Putin's visit to Japan woul", 1, 3),
        ("Putin", "responded", 'it was "a wonderful idea."', 1, 3),
        ("Koizumi", "stressed", "it is clear that concluding a peace trea", 2, None),
        ("Koizumi", "pressed", "it was responsibility of the leaders of ", 2, None),
        ("Putin", "confirmed", "he believed it was necessary to resolve ", 2, None),
        (TWO, "agreed", "to vigorously advance the consultations ", 2, None),
        (TWO, "agreed", "cooperation between Japan and Russia had", 3, None),
        (TWO, "agreed", "to further promote cooperation in variou", 3, None),
        ("Koizumi", "stated", 'EXPO 2005\'s theme was "coexistence with ', 4, None),
        ("Koizumi", "welcomed", "Russia's decision to ratify the Kyoto Pr", 4, None),
        (TWO, "agreed", "they would further advance cooperation w", 4, None),
        (TWO, "agreed", "to urge North Korea to understand the im", 5, None),
    ]
    assert [s.in_response_to for s in doc.statements].count(None) == 15
    assert doc.statements[5].in_response_to == 4


def test_seed_001_blocks() -> None:
    doc = parse_seed("001")
    blocks = [(who(s), s.verb, s.section, s.clause, s.text.splitlines()) for s in doc.statements
              if s.form is StatementForm.BLOCK]
    assert [b[:4] for b in blocks] == [
        ("Koizumi", "recounted the following heartwarming episode", 2, 2),
        ("Koizumi", "made the following comments", 2, 3),
        ("Putin", "made the following statements", 3, 1),
        ("Koizumi", "made the following statements", 3, 2),
        ("Koizumi", "made the following statements", 5, 2),
        ("Putin", "made the following statements", 6, 2),
    ]
    episodes = blocks[0][4]
    assert [line[:12] for line in episodes] == ["1. The tale ", "2. After the", "3. The sad s"]
    comments = blocks[1][4]
    assert comments[0].startswith("Although Japan also fought a fierce war")
    assert comments[1].startswith("The Prime Minister stated that in order to maximize")
    assert len(blocks[3][4]) == 2
    fisheries = blocks[5][4]
    # item 1 and its continuation; item 2 is Prime Minister Koizumi's reply
    assert [line[:30] for line in fisheries] == [
        "1. It is good that an agreemen",
        "President Putin stated that he",
    ]


def test_seed_001_replies() -> None:
    doc = parse_seed("001")
    links = {
        (s.section, s.clause, who(s), s.verb): (who(doc.statements[s.in_response_to]),
                                                doc.statements[s.in_response_to].verb,
                                                doc.statements[s.in_response_to].section,
                                                doc.statements[s.in_response_to].clause)
        for s in doc.statements
        if s.in_response_to is not None
    }
    assert links == {
        (1, 2, "Koizumi", "stated"): ("Putin", "explained", 1, 1),
        (2, 2, "Koizumi", "stated"): ("Putin", "stated", 2, 1),
        (3, 2, "Koizumi", "made the following statements"): ("Putin", "made the following statements", 3, 1),
        (3, 3, "Putin", "stated"): ("Koizumi", "made the following statements", 3, 2),
        (4, 2, "Koizumi", "stated"): ("Putin", "expressed", 4, 1),
        (5, 1, "Putin", "stated"): ("Koizumi", "stressed", 5, 1),
        (5, 3, "Putin", "stated"): ("Koizumi", "made the following statements", 5, 2),
        (6, 1, "Koizumi", "stated"): ("Putin", "pointed out", 6, 1),
        (6, 2, "Koizumi", "stated"): ("Putin", "made the following statements", 6, 2),
        (7, 2, "Koizumi", "stated"): ("Putin", "stated", 7, 1),
        (8, 2, "Putin", "stated"): ("Koizumi", "stated", 8, 1),
        (9, 3, "Putin", "stated"): ("Koizumi", "expressed", 9, 2),
        (10, 2, "Koizumi", "stated"): ("Putin", "stated", 10, 1),
    }
    # "and stated his concurrence" continues the reply of (3)(3)
    concurrence = [s for s in doc.statements if s.text.startswith("his concurrence")]
    assert len(concurrence) == 1 and concurrence[0].in_response_to is not None


def test_seed_001_speakers_of_every_section() -> None:
    doc = parse_seed("001")
    assert [(s.section, who(s)) for s in doc.statements if s.section == 4] == [
        (4, "Putin"), (4, "Putin"), (4, "Putin"), (4, "Koizumi"), (4, "Ivanov"), (4, "Ivanov"), (4, "Ivanov"),
    ]
    # "He emphasized" after "... the advice provided by President Putin": the pronoun is the speaker
    emphasized = [s for s in doc.all_statements() if s.verb == "emphasized"]
    assert [(who(s), s.speaker_text) for s in emphasized] == [("Koizumi", "He")]
    assert not any(s.verb == "listened" for s in doc.all_statements())
    # two statements lie inside a block's remarks: they are the block's, not counted again
    assert len(doc.statements) == 51
    assert len(list(doc.all_statements())) == 53


def test_seed_002_blocks_and_replies() -> None:
    doc = parse_seed("002")
    blocks = [(i, who(s), s.verb, s.section, s.clause, s.in_response_to) for i, s in enumerate(doc.statements)
              if s.form is StatementForm.BLOCK]
    assert blocks == [
        (2, "Putin", "The following is a summary of the remarks made by", 2, 1, None),
        (3, "Mori", "response was as follows", 2, 2, 2),
        (4, "Putin", "made the following statements", 2, 3, 3),
    ]
    # the reported statements inside each block's remarks are the block's own
    assert [len(doc.statements[i].inner) for i in (2, 3, 4)] == [4, 8, 4]
    assert [(who(s), s.verb) for s in doc.statements[2].inner] == [
        ("Putin", "expressed"), ("Putin", "stated"), ("Putin", "expressed"), ("Putin", "invited"),
    ]
    assert len(doc.statements) == 14 and len(list(doc.all_statements())) == 30
    assert doc.statements[3].text.splitlines()[0].startswith("1. The Prime Minister expressed his desire")
    assert len(doc.statements[3].text.splitlines()) == 3
    assert len(doc.statements[4].text.splitlines()) == 2
    replies = [(who(s), s.verb, who(doc.statements[s.in_response_to]), doc.statements[s.in_response_to].verb)
               for s in doc.statements if s.in_response_to is not None and s.form is StatementForm.REPORTED]
    assert replies == [
        ("Putin", "responded", "Mori", "stated"),
        ("Mori", "stated", "Putin", "stated"),
        ("Putin", "stated", "Mori", "stated"),
    ]
    pronouns = {who(s) for s in doc.all_statements() if s.speaker_text in ("He", "he")}
    assert pronouns == {"Putin", "Mori"}
    agreement = [s for s in doc.statements if s.verb == "reached an agreement"]
    assert [who(s) for s in agreement] == ["Mori+Putin"]


def test_seed_003_joint_subjects() -> None:
    doc = parse_seed("003")
    assert [(who(s), s.verb, s.section, s.clause) for s in doc.statements] == [
        ("Lavrov+Machimura", "agreed", 1, 1),
        ("Lavrov+Machimura", "agreed", 1, 2),
        ("Lavrov+Machimura", "concurred", 1, 2),
        ("Lavrov+Machimura", "agreed", 2, 1),
        ("Machimura", "stated", 2, 2),
        ("Machimura", "expressed", 2, 2),
        ("Lavrov", "explained", 2, 3),
        ("Machimura", "reiterated", 2, 3),
        ("Lavrov+Machimura", "agreed", 3, None),
        ("Lavrov+Machimura", "agreed", 4, None),
    ]


def test_seed_004_blocks() -> None:
    doc = parse_seed("004")
    assert [(who(s), s.verb, s.section, s.clause, s.in_response_to, len(s.text.splitlines()))
            for s in doc.statements] == [
        ("Kawaguchi", "conveyed the following message", 1, 2, None, 3),
        ("Putin", "made the following statements", 2, 1, None, 1),
        ("Kawaguchi", "responded as follows", 2, 2, 1, 1),
        ("Putin", "made the following statements", 2, 3, None, 2),
        ("Putin", "made the following statements", 3, 1, None, 1),
        ("Kawaguchi", "responded as follows", 3, 2, 4, 2),
        ("Putin", "made the following statements", 3, 3, None, 1),
        ("Putin", "made the following statements", 4, 1, None, 2),
        ("Kawaguchi", "made the following statements", 4, 1, 7, 3),
        ("Kawaguchi", "made the following statements", 4, 2, None, 2),
    ]
    assert doc.statements[1].text.startswith("• Cooperation is advancing on the international arena.")
    assert all(s.form is StatementForm.BLOCK for s in doc.statements)


def test_seed_spans_start_at_the_speaker() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        doc = parse_seed(prefix)
        for statement in doc.statements:
            assert statement.span is not None
            written = doc.source[statement.span.start : statement.span.end]
            if statement.verb.startswith("The following"):
                assert written.startswith(f"{statement.verb} {statement.speaker_text}:"), (prefix, written[:60])
            elif statement.speaker_text is not None:
                assert written.startswith(statement.speaker_text), (prefix, written[:60])
            else:
                assert written.startswith(statement.verb), (prefix, written[:60])


def test_seed_speakers_are_the_meeting_people() -> None:
    for prefix in ("000", "002", "003", "004"):
        doc = parse_seed(prefix)
        for statement in doc.statements:
            speaker = statement.speaker
            if isinstance(speaker, Joint):
                assert speaker.members == doc.meeting.participants or set(speaker.members) <= set(doc.people)
            else:
                assert speaker in doc.people, (prefix, statement.speaker_text)
        assert [w for w in doc.warnings if w.code == "speech-unresolved-speaker"] == []


def test_seed_001_foreign_minister_ivanov_is_read_from_the_text() -> None:
    doc = parse_seed("001")
    notes = [w for w in doc.warnings if w.code == "speech-unresolved-speaker"]
    assert [(w.line, w.column, w.severity.value) for w in notes] == [(53, 5, "note"), (53, 150, "note"), (53, 254, "note")]
    assert notes[0].message == (
        "speaker 'Foreign Minister Igor Ivanov' is not among the document's people; read from the text"
    )
    ivanov = {s.speaker for s in doc.statements if s.section == 4 and s.clause == 3}
    assert ivanov == {mofa_parse.Person(name="Igor Ivanov", surname="Ivanov", title="Foreign Minister")}
