"""The speech pass on made-up readouts: one fixture per convention of who said what."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import mofa_parse
from mofa_parse.model import Document, Joint, Meeting, Person, Severity, Statement, StatementForm
from mofa_parse.rules.verbs import REPORTING_VERBS, verb_family
from mofa_parse.semantics import speech
from mofa_parse.semantics.speech import UNRESOLVED_SPEAKER, person_from_text
from mofa_parse.structure.parser import parse_structure

from speech_support import readout

FIXTURES = Path(__file__).parent / "fixtures" / "speech"

SATO = Person(name="Taro Sato", surname="Sato", title="Prime Minister", country="Japan")
FIREFLY = Person(name="Rufus Firefly", surname="Firefly", title="President", country="Freedonia")
TANAKA = Person(name="Ichiro Tanaka", surname="Tanaka", title="Minister for Foreign Affairs", country="Japan")
MARX = Person(name="Chico Marx", surname="Marx", title="Minister of Foreign Affairs", country="Freedonia")
LEADERS = (SATO, FIREFLY)
MINISTERS = (TANAKA, MARX)


def read(name: str, people: tuple[Person, ...] = (), participants: tuple[Person, ...] = ()) -> Document:
    """A fixture through the structure pass, with the meeting metadata given by hand, then the speech pass."""
    doc = parse_structure((FIXTURES / name).read_text(encoding="utf-8"))
    doc = attrs.evolve(doc, people=people, meeting=Meeting(participants=participants))
    return speech.apply(doc)


def rows(doc: Document) -> list[tuple[object, ...]]:
    """(speaker, verb, text, section, clause, in_response_to) of every statement."""
    return [(s.speaker, s.verb, s.text, s.section, s.clause, s.in_response_to) for s in doc.statements]


def speech_notes(doc: Document) -> list[str]:
    return [d.message for d in doc.warnings if d.code == UNRESOLVED_SPEAKER]


def test_reported_speech_named_titled_pronoun_and_coordinated() -> None:
    doc = read("reported.txt", LEADERS, LEADERS)
    assert rows(doc) == [
        # Japan welcomed, as it attached importance: "and" after a country's past tense goes on in the clause
        (SATO, "stated", "Japan attached great importance to its relations with Freedonia and welcomed the opening "
         "of direct flights between the two countries", 1, 1, None),
        (FIREFLY, "explained", "his government had launched a new investment law", 1, 2, None),
        (FIREFLY, "stressed", "the importance of cooperation in infrastructure", 1, 2, None),
        (FIREFLY, "noting", "Freedonia's ports needed modernisation", 1, 2, None),
        (SATO, "pointed out", "the two countries would mark the 60th anniversary of diplomatic relations next year",
         1, 3, None),
        (FIREFLY, "expressed", "his concern about the situation in the region", 2, 1, None),
        (SATO, "stated", '"We said that Japan agreed to support the peace process."', 2, 2, None),
    ]
    assert [s.speaker_text for s in doc.statements] == [
        "Prime Minister Sato", "President Firefly", "He", None, "The Prime Minister", "President Firefly",
        "Prime Minister Sato",
    ]
    assert all(s.form is StatementForm.REPORTED for s in doc.statements)
    assert speech_notes(doc) == []


def test_spans_are_the_exact_place_in_the_source() -> None:
    doc = read("reported.txt", LEADERS, LEADERS)
    spans = [doc.source[s.span.start : s.span.end] for s in doc.statements if s.span is not None]
    assert spans[0] == (
        "Prime Minister Sato stated that Japan attached great importance to its relations with Freedonia and "
        "welcomed the opening of direct flights between the two countries"
    )
    assert spans[3] == "noting that Freedonia's ports needed modernisation"
    assert spans[5] == (
        "President Firefly, who had just returned from a regional summit, expressed his concern about the "
        "situation in the region"
    )


def test_quoted_speech_and_non_speech_verbs_yield_no_statement() -> None:
    doc = read("reported.txt", LEADERS, LEADERS)
    verbs = [s.verb for s in doc.statements]
    # "said" and "agreed" inside the quotation, "listened", "attended", "visited",
    # "held a meeting" and "was briefed" are not the readout's reporting.
    assert "said" not in verbs
    assert "agreed" not in verbs
    assert [s.section for s in doc.statements].count(2) == 2


def test_block_speech_forms() -> None:
    doc = read("blocks.txt", MINISTERS, MINISTERS)
    assert rows(doc) == [
        (MARX, "made the following statements",
         "• Freedonia welcomes Japanese investment.\n• Our new port will open next year.", 1, 1, None),
        (TANAKA, "responded as follows", "• Japan will send a trade mission in the autumn.", 1, 2, 0),
        (MARX, "The following is a summary of the remarks made by",
         "The situation in the region remains tense. Freedonia will continue its dialogue with its neighbours.",
         2, 1, None),
        (TANAKA, "response was as follows", "Japan supports the dialogue.", 2, 2, 2),
        # the block ends where another speaker's paragraph begins
        (TANAKA, "made the following comments", "Japan hopes for an early settlement.", 2, 3, None),
        (MARX, "stated", "Freedonia shared that hope", 2, 3, None),
    ]
    forms = [s.form for s in doc.statements]
    assert forms == [StatementForm.BLOCK] * 5 + [StatementForm.REPORTED]
    first = doc.statements[0]
    assert first.span is not None
    assert doc.source[first.span.start : first.span.end] == (
        "Foreign Minister Marx made the following statements:\n\n"
        "  • Freedonia welcomes Japanese investment.\n"
        "  • Our new port will open next year."
    )


def test_speaker_label_layout() -> None:
    doc = read("labels.txt", LEADERS, LEADERS)
    assert rows(doc) == [
        (SATO, "", "I would like to congratulate you on your re-election.", 1, None, None),
        (FIREFLY, "", "Thank you. I look forward to visiting Japan.", 1, None, None),
        (Joint(LEADERS), "agreed", "to strengthen economic ties", 2, None, None),
    ]
    assert [s.form for s in doc.statements] == [StatementForm.LABEL, StatementForm.LABEL, StatementForm.REPORTED]


def test_replies_link_to_the_statement_answered() -> None:
    doc = read("replies.txt", LEADERS, LEADERS)
    assert [(s.speaker.surname if isinstance(s.speaker, Person) else None, s.verb, s.in_response_to)
            for s in doc.statements] == [
        ("Firefly", "requested", None),
        ("Sato", "stated", 0),  # In response to this,
        ("Sato", "expressed", None),
        ("Firefly", "said", 2),  # Responding to this,
        ("Sato", "proposed", None),
        ("Firefly", "replied", 4),  # To this,
        ("Firefly", "emphasized", None),
        ("Sato", "explained", 6),  # , in response to which
        ("Firefly", "expressed", 7),  # In response,
    ]
    assert doc.statements[5].text == "he welcomed the idea"
    assert doc.statements[6].text == "the importance of the port project"


def test_joint_subjects_are_the_participants() -> None:
    doc = read("joint.txt", MINISTERS, MINISTERS)
    both = Joint(MINISTERS)
    assert [(s.speaker, s.verb, s.speaker_text) for s in doc.statements] == [
        (both, "agreed", "The two ministers"),
        (both, "shared the view", "The two leaders"),
        (both, "confirmed", "Both sides"),
        (both, "welcomed", "Both foreign ministers"),
        (both, "agreed", "Foreign Minister Tanaka and Foreign Minister Marx"),
        (both, "reaffirmed", "The two"),
        (both, "concurred", "Both"),
    ]
    assert speech_notes(doc) == []


def test_joint_subjects_without_meeting_metadata_are_the_people_who_speak() -> None:
    doc = read("joint.txt")
    assert {s.speaker for s in doc.statements} == {
        Joint((Person(None, "Tanaka", "Foreign Minister"), Person(None, "Marx", "Foreign Minister")))
    }


def test_pronoun_after_a_paragraph_break_is_the_last_speaker() -> None:
    doc = read("pronoun_break.txt", LEADERS, LEADERS)
    assert [(s.speaker, s.verb, s.speaker_text, s.clause) for s in doc.statements] == [
        (FIREFLY, "stated", "President Firefly", 1),
        (FIREFLY, "thanked", None, 1),
        # Prime Minister Sato was named last, but "He" is the speaker of the paragraph before
        (FIREFLY, "added", "He", 1),
        (SATO, "welcomed", "Prime Minister Sato", 2),
        (SATO, "stated", "He", 2),
    ]


def test_unresolved_speaker_is_read_from_the_text_with_a_note() -> None:
    doc = read("reported.txt", (SATO,), (SATO,))
    firefly = [s for s in doc.statements if s.speaker_text == "President Firefly"]
    assert firefly[0].speaker == Person(name=None, surname="Firefly", title="President", country=None)
    notes = [d for d in doc.warnings if d.code == UNRESOLVED_SPEAKER]
    # every statement of Firefly's, including the pronoun and the coordinated one
    assert len(notes) == 4
    assert {d.severity for d in notes} == {Severity.NOTE}
    first = notes[0]
    assert (first.line, first.column) == (11, 5)
    assert first.text.startswith("(2) President Firefly explained")
    assert first.message == "speaker 'President Firefly' is not among the document's people; read from the text"


def test_strict_mode_does_not_raise_on_speech_notes() -> None:
    import mofa_parse

    text = (FIXTURES / "reported.txt").read_text(encoding="utf-8")
    doc = mofa_parse.parse(text, strict=True)
    assert len(doc.statements) == 7


def test_statement_defaults_keep_older_constructions_valid() -> None:
    statement = Statement(speaker=SATO, verb="stated", text="x")
    assert statement.form is StatementForm.REPORTED
    assert statement.speaker_text is None


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Foreign Minister Igor Ivanov", Person("Igor Ivanov", "Ivanov", "Foreign Minister")),
        ("President Putin of the Russian Federation", Person(None, "Putin", "President", "Russian Federation")),
        ("Minister of Foreign Affairs Sergey Lavrov", Person("Sergey Lavrov", "Lavrov", "Minister of Foreign Affairs")),
        ("Prime Minister SUGA Yoshihide", Person("SUGA Yoshihide", "Suga", "Prime Minister")),
        ("Mr. Shinzo Abe", Person("Shinzo Abe", "Abe", None)),
        ("H.E. Mr. Vladimir Putin", Person("Vladimir Putin", "Putin", None)),
        ("Russian President Putin", Person(None, "Putin", "President", "Russia")),
        ("President Hu Jintao", Person("Hu Jintao", "Hu", "President")),
        ("the Prime Minister", Person(None, "", "Prime Minister")),
    ],
)
def test_person_from_text(mention: str, expected: Person) -> None:
    assert person_from_text(mention) == expected


def test_verb_families() -> None:
    assert verb_family("stated") == "state"
    assert verb_family("pointed  out") == "say"
    assert verb_family("shared the view") == "agree"
    assert verb_family("stating") == "state"
    assert verb_family("responded as follows") == "block"
    assert verb_family("") == "block"
    assert verb_family("listened") is None
    forms = [v.form for v in REPORTING_VERBS]
    assert len(forms) == len(set(forms))


def test_empty_and_speechless_documents() -> None:
    assert speech.apply(Document()).statements == ()
    doc = speech.apply(parse_structure("Japan-X Meeting\n\n1. Visit\n\nPresident X visited Tokyo and listened.\n"))
    assert doc.statements == ()
    assert doc.warnings == parse_structure("Japan-X Meeting\n\n1. Visit\n\nPresident X visited Tokyo and listened.\n").warnings


def test_modern_template_numbered_paragraphs() -> None:
    sato = Person(name="SATO Taro", surname="Sato", title="Prime Minister", country="Japan")
    firefly = Person(name="Rufus T. Firefly", surname="Firefly", title="President", country="Republic of Freedonia")
    doc = read("modern.txt", (sato, firefly), (sato, firefly))
    assert [(s.speaker, s.verb, s.section, s.clause, s.in_response_to) for s in doc.statements] == [
        (sato, "extended", 1, None, None),
        (firefly, "expressed", 1, None, 0),  # In response,
        (sato, "explained", 2, None, None),
        (sato, "requested", 2, None, None),
        (firefly, "expressed", 2, None, 2),  # , to which
        (sato, "stated", 3, None, None),
        (firefly, "stated", 3, None, None),  # "referring to ..." is a parenthesis, not a statement
        (Joint((sato, firefly)), "shared the view", 4, None, None),
        (Joint((sato, firefly)), "confirmed", 4, None, None),
        (sato, "invited", 4, None, None),
        (firefly, "said", 5, None, None),  # The President
        (firefly, "stated", 5, None, None),  # He
    ]
    assert doc.statements[0].text == "his heartfelt condolences for the victims of the recent floods in Freedonia"
    assert doc.statements[-1].text == '"I look forward to seeing you in Tokyo."'
    assert speech_notes(doc) == []


MOTEGI = Person(name="MOTEGI Toshimitsu", surname="Motegi", title="Minister for Foreign Affairs", country="Japan")
WANG = Person(name="WANG Li", surname="Wang", title="State Councilor and Foreign Minister", country="Freedonia")


def test_roman_parts_sides_it_was_agreed_and_they() -> None:
    doc = read("parts_and_sides.txt", (MOTEGI, WANG), (MOTEGI, WANG))
    both = Joint((MOTEGI, WANG))
    assert [(s.speaker, s.verb, s.speaker_text, s.section, s.clause, s.in_response_to) for s in doc.statements] == [
        (MOTEGI, "stated", "Minister Motegi", 1, None, None),
        (WANG, "stated", "State Councilor and Foreign Minister Wang", 1, None, None),  # the whole title
        (MOTEGI, "explained", "The Japanese side", 1, 1, None),
        (WANG, "responded", "The Freedonian side", 1, 1, 2),
        (both, "agreed", "It", 1, 2, None),
        (MOTEGI, "stated", "Minister Motegi", 2, None, None),  # "Minister Motegi, for his part, stated:"
        (MOTEGI, "requested", "He", 2, None, None),
        (WANG, "said", "Foreign Minister Wang", 2, None, 5),  # In response to Minister Motegi's explanation,
        (both, "agreed", "They", 2, None, None),  # "exchanged views" and "attended" are not speech
        (Person(None, "Suga", "Chief Cabinet Secretary"), "expressed", "Chief Cabinet Secretary Suga", 2, None, None),
    ]
    assert doc.statements[5].text == '"Japan is committed to peace."'
    assert speech_notes(doc) == [
        "speaker 'Chief Cabinet Secretary Suga' is not among the document's people; read from the text"
    ]


def test_labels_with_the_remarks_on_the_same_line() -> None:
    koizumi = Person(name="Junichiro Koizumi", surname="Koizumi", title="Prime Minister", country="Japan")
    elphberg = Person(name="Rudolf Elphberg", surname="Elphberg", title="President", country="Ruritania")
    doc = read("inline_labels.txt", (koizumi, elphberg), (koizumi, elphberg))
    assert [(s.speaker, s.form, s.verb, s.text) for s in doc.statements[:2]] == [
        (elphberg, StatementForm.LABEL, "", "I welcome you to Ruritania. Our two countries share a long history."),
        (koizumi, StatementForm.LABEL, "", "Thank you for your warm welcome."),
    ]
    assert [(s.speaker, s.verb, s.in_response_to) for s in doc.statements[2:]] == [
        (elphberg, "said", None),
        (koizumi, "welcomed", None),
        (koizumi, "stated", None),
        (elphberg, "expressed", None),  # The President, in item (a)
        (koizumi, "replied", 5),  # The Prime Minister, in item (b)
        (Joint((koizumi, elphberg)), "confirmed", None),  # The leaders
        (Joint((koizumi, elphberg)), "agreed", None),  # Both leaders
        (elphberg, "explained", None),
        (koizumi, "asked", None),
        (elphberg, "responded", 10),  # , to which
    ]


def test_country_subjects_capitalised_joint_nouns_and_speech_before_its_speaker() -> None:
    doc = read("variants.txt", LEADERS, LEADERS)
    both = Joint(LEADERS)
    assert [(s.speaker, s.verb, s.text, s.speaker_text) for s in doc.statements] == [
        (both, "agreed", "to meet again", "The Ministers"),
        (both, "confirmed", "their commitment to free trade", "Japan and Freedonia"),
        (SATO, "explained", "its position on fisheries", "Japan"),
        (FIREFLY, "said", "Japan and Freedonia needed each other", "President Firefly"),
        (FIREFLY, "went on to say", "the port would open in May", "President Firefly"),
        (both, "welcomed", "the progress", "The Two Leaders"),
        (both, "confirmed", "they would meet again in the autumn", "The leaders of the two countries"),
    ]
    inverted = doc.statements[3].span
    assert inverted is not None
    assert doc.source[inverted.start : inverted.end] == "Japan and Freedonia needed each other, President Firefly said"


def test_a_block_ends_where_a_joint_statement_begins() -> None:
    doc = read("block_then_joint.txt", LEADERS, LEADERS)
    assert rows(doc) == [
        (FIREFLY, "made the following comments", "Freedonia will double its gas exports to Asia.", 1, 1, None),
        (Joint(LEADERS), "agreed", "to launch an energy dialogue", 1, 1, None),
        (SATO, "stated as follows", "(a) Japan welcomes the decision.\n(b) Japan will send experts.", 1, 2, None),
        (FIREFLY, "stated", "- the port will open in May;\n- Japanese companies are welcome.", 1, 3, None),
    ]
    assert doc.statements[-1].form is StatementForm.BLOCK


def test_participles_passives_and_impersonal_subjects_are_not_speakers() -> None:
    doc = read("not_speech.txt", LEADERS, LEADERS)
    assert [(s.speaker, s.verb, s.text[:30]) for s in doc.statements] == [
        (Joint(LEADERS), "confirmed", "the working group would meet"),  # It was confirmed; "It was stated": no one
        (SATO, "stated", "the issues raised by President"),  # "described", "as agreed" are inside what was said
        (FIREFLY, "thanked", "Japan"),  # "The statement issued after the meeting welcomed": not a person
        (SATO, "said", "he remembered the warm welcome"),  # "who visited Freedonia" is a parenthesis
        (FIREFLY, "agreed", ""),
    ]


def test_a_reporting_verb_after_a_verb_that_is_not_speech() -> None:
    doc = read("after_other_verbs.txt", LEADERS, LEADERS)
    both = Joint(LEADERS)
    assert [(s.speaker, s.verb, s.text, s.speaker_text) for s in doc.statements] == [
        (both, "confirmed", "they would cooperate closely", "Prime Minister Sato and President Firefly"),
        (FIREFLY, "expressing", "his condolences to the victims", "President Firefly"),
        (both, "agreed", "to meet again", "The two leaders"),
        # "Japan's position, which was discussed and agreed, remains unchanged": no one speaks
    ]
    span = doc.statements[0].span
    assert span is not None
    assert doc.source[span.start : span.end] == "confirmed that they would cooperate closely"


def test_accented_names_particles_and_for_his_part() -> None:
    doc = read("names.txt")
    assert [(s.speaker, s.verb, s.text) for s in doc.statements] == [
        (Person(None, "Hernández", "President"), "stated", "Freedonia supported the plan"),
        # the surname with its particle, as the shared reader reads "Dominique de Villepin" too
        (Person("de Villepin", "de Villepin", "Foreign Minister"), "explained", "the position of France"),
        (Person(None, "Koizumi", "Prime Minister"), "stated", "Japan agreed"),  # ", too," is a parenthesis
        (Person(None, "Firefly", "President"), "stated", "Freedonia would open a consulate"),  # "(who ...)" too
    ]


def test_a_bare_surname_of_the_documents_people_is_a_subject() -> None:
    doc = speech.apply(
        attrs.evolve(
            parse_structure("Japan-Freedonia Meeting\n\n1. Talks\n\nFirefly stated that the port would open.\n"),
            people=LEADERS,
            meeting=Meeting(participants=LEADERS),
        )
    )
    assert [(s.speaker, s.verb, s.speaker_text) for s in doc.statements] == [(FIREFLY, "stated", "Firefly")]


def test_a_section_level_block_takes_the_clauses_below_and_a_joint_block_ends_at_another_speaker() -> None:
    doc = read("block_over_clauses.txt", LEADERS, LEADERS)
    assert rows(doc) == [
        (SATO, "made the following statements",
         "(1) Japan will host the conference next year.\n(2) Japan will contribute funds to the reconstruction.",
         1, None, None),
        (FIREFLY, "expressed", "his gratitude", 1, 3, 0),
        (Joint(LEADERS), "agreed on the following points",
         "- to hold regular consultations;\n- to cooperate at the United Nations.", 2, None, None),
        (FIREFLY, "stated", "Freedonia would support Japan", 2, None, None),
    ]


def test_he_and_she_keep_to_the_speaker_each_has_stood_for() -> None:
    doc = read("he_and_she.txt", MINISTERS, MINISTERS)
    assert [(s.speaker, s.verb, s.speaker_text) for s in doc.statements] == [
        (TANAKA, "stated", "Foreign Minister Tanaka"),
        (TANAKA, "expressed", "She"),
        (MARX, "welcomed", "Foreign Minister Marx"),
        (MARX, "stated", "He"),
        # the last speaker is Foreign Minister Marx, but "She" has stood for Foreign Minister Tanaka
        (TANAKA, "added", "She"),
    ]


def test_he_after_a_sentence_that_reports_nothing_is_that_sentence_s_subject() -> None:
    """"Prime Minister Sato opened the talks with ... He then expressed ...": "He" is the subject of
    the sentence before, though it reports no speech; a name with "'s" opening it is no subject."""
    doc = readout(
        "President Firefly welcomed the talks. Prime Minister Sato opened the meeting with a few words on "
        "his first visit to the country. He then expressed his gratitude for the welcome, and extended an "
        "invitation to visit Japan."
    )
    sato, firefly = doc.meeting.participants
    assert [(s.speaker, s.verb, s.speaker_text) for s in doc.statements] == [
        (firefly, "welcomed", "President Firefly"),
        (sato, "expressed", "He"),
        (sato, "extended", None),  # coordinated with "expressed": the subject is written once
    ]
    doc = readout(
        "Prime Minister Sato welcomed the talks. President Firefly's visit in May was the start of "
        "this work. He stated that it would go on."
    )
    assert [(s.speaker, s.verb) for s in doc.statements] == [(sato, "welcomed"), (sato, "stated")]
    # a sentence whose only verb is no speech ("praised by many") reports nothing too
    doc = readout(
        "President Firefly welcomed the talks. Prime Minister Sato toured the new port, praised by many "
        "as a model. He then stated that Japan would help."
    )
    assert [(s.speaker, s.verb) for s in doc.statements] == [(firefly, "welcomed"), (sato, "stated")]


def test_he_after_a_statement_with_a_lead_in_is_its_speaker() -> None:
    """"Minister A began by expressing ... He said ...": the lead-in form is a statement of A, and
    "He" after it is A."""
    doc = readout(
        "Prime Minister Sato began by expressing his thanks for the warm welcome. He said that he hoped "
        "the visit would deepen ties, and asked President Firefly to convey his regards to the people."
    )
    sato, _ = doc.meeting.participants
    assert [(s.speaker, s.speaker_text, s.verb, s.text) for s in doc.statements] == [
        (sato, "Prime Minister Sato", "began by expressing", "his thanks for the warm welcome"),
        (sato, "He", "said", "he hoped the visit would deepen ties"),
        (sato, None, "asked", "President Firefly to convey his regards to the people"),
    ]


def test_they_after_a_statement_starts_a_statement_of_the_participants() -> None:
    """"..., and they shared the view that ..." goes on from one speaker's statement to both sides';
    "they" opening a sentence of its own is anyone ("business people ..., and they said ...")."""
    doc = readout(
        "Prime Minister Sato stated that Japan would help, and they shared the view that the two "
        "countries would cooperate."
    )
    sato, firefly = doc.meeting.participants
    assert [(s.speaker, s.verb, s.speaker_text, s.text) for s in doc.statements] == [
        (sato, "stated", "Prime Minister Sato", "Japan would help"),
        (Joint((sato, firefly)), "shared the view", "they", "the two countries would cooperate"),
    ]
    doc = readout("Prime Minister Sato met business people, and they said that trade was growing.")
    assert doc.statements == ()


def test_they_after_a_joint_subject_that_reports_no_speech_is_the_participants() -> None:
    """"The two leaders discussed ..., and they shared the view that ...": "they" are the two leaders,
    though the first verb reports no speech."""
    doc = readout(
        "The two leaders also discussed the situation in the region, and they shared the view that "
        "the two countries would cooperate."
    )
    sato, firefly = doc.meeting.participants
    assert [(s.speaker, s.verb, s.speaker_text, s.text) for s in doc.statements] == [
        (Joint((sato, firefly)), "shared the view", "they", "the two countries would cooperate"),
    ]


def test_a_bare_title_with_a_country_is_the_person_of_that_country() -> None:
    """"the Swedish Minister", "the Foreign Minister of Sweden": the participant of that country,
    though another person in the role was named last."""
    doc = mofa_parse.parse(
        "Japan-Sweden Foreign Ministers' Meeting\n\nJune 1, 2020\n\n"
        "On June 1, Mr. Ichiro Tanaka, Minister for Foreign Affairs of Japan, held a meeting with "
        "Ms. Greta Lund, Minister for Foreign Affairs of Sweden.\n\n"
        "1. Minister Tanaka welcomed the visit. The Swedish Minister explained the reforms of her government.\n"
        "2. Minister Tanaka outlined Japan's assistance. The Foreign Minister of Sweden commended it. "
        "The Japanese Minister thanked her.\n"
    )
    tanaka, lund = doc.meeting.participants
    assert [(s.speaker, s.verb, s.speaker_text) for s in doc.statements] == [
        (tanaka, "welcomed", "Minister Tanaka"),
        (lund, "explained", "The Swedish Minister"),
        (tanaka, "outlined", "Minister Tanaka"),
        (lund, "commended", "The Foreign Minister of Sweden"),
        (tanaka, "thanked", "The Japanese Minister"),
    ]


def test_a_comma_inside_a_that_clause_does_not_end_the_statement() -> None:
    """"added that given ..., he hoped that ..." is one statement; ", and he hoped" would be two."""
    (added,) = readout(
        "Prime Minister Sato added that given the long friendship, he hoped that the visit would succeed."
    ).statements
    assert (added.verb, added.text) == ("added", "given the long friendship, he hoped that the visit would succeed")
    doc = readout("Prime Minister Sato added that the friendship was long, and he hoped that the visit would succeed.")
    assert [(s.verb, s.text) for s in doc.statements] == [
        ("added", "the friendship was long"),
        ("hoped", "the visit would succeed"),
    ]


def test_statements_inside_a_block_are_the_blocks_and_counted_once() -> None:
    doc = mofa_parse.parse(
        "Japan-Freedonia Summit Meeting\n\nJune 1, 2020\n\n"
        "On June 1, Prime Minister Taro Sato held a meeting with President Rufus Firefly of Freedonia.\n\n"
        "1. President Firefly made the following statements:\n"
        "  (1) Freedonia welcomes Japan's support. He stated that the new port would open in May.\n"
        "  (2) He expressed his hope for more flights.\n"
        "2. In response, Prime Minister Sato stated that Japan would help.\n"
    )
    sato, firefly = doc.meeting.participants
    assert [(s.speaker, s.form, s.verb, s.in_response_to) for s in doc.statements] == [
        (firefly, StatementForm.BLOCK, "made the following statements", None),
        (sato, StatementForm.REPORTED, "stated", 0),  # a reply to what the block holds is a reply to the block
    ]
    assert [(s.speaker, s.verb, s.text) for s in doc.statements[0].inner] == [
        (firefly, "stated", "the new port would open in May"),
        (firefly, "expressed", "his hope for more flights"),
    ]
    assert [s.verb for s in doc.all_statements()] == ["made the following statements", "stated", "expressed", "stated"]
    assert mofa_parse.from_json(mofa_parse.to_json(doc)).statements == doc.statements


def test_the_words_of_speakers_notes_and_markers_written_alike_are_one_string_each() -> None:
    """A long readout keeps one copy of what repeats: "(1)", a speaker's words, a note's message."""
    text = (
        "Japan-Ruritania Summit Meeting\n\n"
        "1. Relations\n(1) President Olvera stated that x.\n(2) Minister Tanaka stated that y.\n"
        "2. Trade\n(1) President Olvera stated that z.\n(2) Minister Tanaka stated that w.\n"
    )
    doc = mofa_parse.parse(text)
    first, second = (section.clauses[0] for section in doc.sections)
    assert first.marker == "(1)" and first.marker is second.marker
    spoken = [statement.speaker_text for statement in doc.statements]
    assert spoken == ["President Olvera", "Minister Tanaka"] * 2
    assert spoken[0] is spoken[2] and spoken[1] is spoken[3]
    messages = [warning.message for warning in doc.warnings if "Tanaka" in warning.message]
    assert messages == [messages[0]] * 2 and messages[0] is messages[1]


def test_a_verb_after_and_goes_on_from_the_last_that_clause_before_it() -> None:
    """"stated that A, and that Japan welcomed B and hoped C": Japan hoped, one statement; "stated
    that Japan welcomed A and that the talks would go on and condemned B": the speaker condemned."""
    (stated,) = readout(
        "Prime Minister Sato stated that the talks had been useful, and that Japan welcomed the new "
        "corridor and hoped it would open soon."
    ).statements
    assert stated.text == "the talks had been useful, and that Japan welcomed the new corridor and hoped it would open soon"
    doc = readout(
        "Prime Minister Sato stated that Japan welcomed the corridor and that the talks would go on "
        "and condemned the attacks on shipping."
    )
    assert [(s.speaker_text, s.verb, s.text) for s in doc.statements] == [
        ("Prime Minister Sato", "stated", "Japan welcomed the corridor and that the talks would go on"),
        (None, "condemned", "the attacks on shipping"),
    ]
