"""The reporting verbs of ``rules/verbs.toml``, one example line each: the statement's verb and family."""

from __future__ import annotations

from pathlib import Path

import pytest

import mofa_parse
from mofa_parse.model import Joint, Person, StatementForm
from mofa_parse.rules import verbs
from mofa_parse.rules.load import RulesError, TableShape, parse_rules
from mofa_parse.rules.verbs import FAMILIES, LEAD_IN_FORMS, LEAD_INS, REPORTING_VERBS, verb_family
from rules_support import entry_examples

from speech_support import only_statement, readout

RULES = Path(__file__).parent / "fixtures" / "rules"
FAMILY_OF = {verb.form: verb.family for verb in REPORTING_VERBS}


VERB_LINES = (RULES / "verbs.txt").read_text(encoding="utf-8").splitlines()


def test_every_verb_has_one_example_line() -> None:
    verbs = [only_statement(line).verb for line in VERB_LINES]
    assert sorted(verbs) == sorted(FAMILY_OF)


@pytest.mark.parametrize("line", VERB_LINES)
def test_verb_example_gives_one_statement_of_its_family(line: str) -> None:
    statement = only_statement(line)
    assert statement.verb in line
    assert verb_family(statement.verb) == FAMILY_OF[statement.verb]
    assert statement.text


LEAD_IN_LINES = entry_examples("lead_ins.txt")


def test_every_lead_in_has_one_example_line() -> None:
    assert sorted(phrase for phrase, _ in LEAD_IN_LINES) == sorted(lead_in.phrase for lead_in in LEAD_INS)


@pytest.mark.parametrize(("phrase", "line"), LEAD_IN_LINES)
def test_a_lead_in_makes_one_form_with_the_verb_after_it(phrase: str, line: str) -> None:
    statement = only_statement(line)
    assert statement.verb.startswith(f"{phrase} ") and statement.verb in line
    assert verb_family(statement.verb) == LEAD_IN_FORMS[statement.verb].family
    assert statement.speaker_text == "Prime Minister Sato" and statement.text


def _verb_family_text(line: str) -> tuple[str, str | None, str]:
    """The verb as written, its family and what was said, of the one statement ``line`` gives."""
    statement = only_statement(line)
    return statement.verb, verb_family(statement.verb), statement.text


@pytest.mark.parametrize(
    ("line", "read"),
    {
        "Prime Minister Sato went on to say that Japan would host the next round.": (
            "went on to say",
            "say",
            "Japan would host the next round",
        ),
        "President Firefly continued on to explain the reforms of the Freedonian economy.": (
            "continued on to explain",
            "explain",
            "the reforms of the Freedonian economy",
        ),
        "President Firefly continued to explain that the reforms would take time.": (
            "continued to explain",
            "explain",
            "the reforms would take time",
        ),
        "Prime Minister Sato began by expressing his thanks for the hospitality shown to him in Freedonia.": (
            "began by expressing",
            "express",
            "his thanks for the hospitality shown to him in Freedonia",
        ),
        "President Firefly began by stating that Freedonia valued its ties with Japan.": (
            "began by stating",
            "state",
            "Freedonia valued its ties with Japan",
        ),
    }.items(),
)
def test_lead_ins_make_forms_of_the_verbs_family(line: str, read: tuple[str, str, str]) -> None:
    """"went on to" before a plain form, "began by" before an "-ing" form: the verb as written is the
    whole form, of the family of the verb it is made with."""
    assert _verb_family_text(line) == read


def test_a_lead_in_before_no_verb_is_no_statement() -> None:
    assert readout("Freedonia continued to grow, and the talks began by noon.").statements == ()


ADVERB_LINES = [
    line.split(": ", 1)
    for line in (RULES / "adverbs.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


def test_every_adverb_has_one_example_line() -> None:
    assert sorted(phrase for phrase, _ in ADVERB_LINES) == sorted(verbs.ADVERB_PHRASES)


@pytest.mark.parametrize(("phrase", "line"), ADVERB_LINES)
def test_a_subject_is_read_through_its_adverb(phrase: str, line: str) -> None:
    assert f" {phrase} stated " in line
    statement = only_statement(line)
    assert (statement.speaker_text, statement.verb) == ("Prime Minister Sato", "stated")
    assert isinstance(statement.speaker, Person) and statement.speaker.surname == "Sato"


@pytest.mark.parametrize(
    ("line", "read"),
    {
        "President Firefly asserted that the dispute must be settled peacefully.": (
            "asserted",
            "stress",
            "the dispute must be settled peacefully",
        ),
        "Prime Minister Sato commended the efforts of Freedonia on maritime security.": (
            "commended",
            "express",
            "the efforts of Freedonia on maritime security",
        ),
        "Prime Minister Sato declared that Japan would double its assistance.": (
            "declared",
            "state",
            "Japan would double its assistance",
        ),
        "Prime Minister Sato made it clear that Japan would not accept any change of the status quo by force.": (
            "made it clear",
            "stress",
            "Japan would not accept any change of the status quo by force",
        ),
    }.items(),
)
def test_new_verbs_report_speech(line: str, read: tuple[str, str, str]) -> None:
    """Deliberate additions to the vocabulary: "asserted", "commended", "declared", "made it clear"."""
    assert _verb_family_text(line) == read


def test_declared_without_that_is_an_act() -> None:
    assert readout("President Firefly declared the new terminal open.").statements == ()


def test_made_the_following_stays_block_speech() -> None:
    statement = readout("Prime Minister Sato made the following statements:").statements[0]
    assert statement.verb == "made the following statements"


VERB_SHAPES = {
    "verb": TableShape(
        {"form": str, "family": str},
        {"participle": str, "base": str, "needs_that": bool, "needs_expression": bool, "needs_subject": bool},
        unique=("form",),
        choices={"family": FAMILIES},
    )
}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[verb]]\nform = "hoped"\n', "rules/x.toml: [[verb]] entry 1 (form = 'hoped'): missing family"),
        (
            '[[verb]]\nform = "hoped"\nfamily = "wish"\n',
            "rules/x.toml: [[verb]] entry 1 (form = 'hoped'): family must be one of "
            "say, state, explain, express, stress, respond, agree, request, other, not 'wish'",
        ),
        (
            '[[verb]]\nform = "hoped"\nfamily = "say"\ntense = "past"\n',
            "rules/x.toml: [[verb]] entry 1 (form = 'hoped'): unknown key 'tense'",
        ),
        (
            '[[verb]]\nform = "hoped"\nfamily = "say"\n\n[[verb]]\nform = "hoped"\nfamily = "other"\n',
            "rules/x.toml: [[verb]] entry 2 (form = 'hoped'): the same as entry 1",
        ),
    ],
)
def test_verb_entries_are_checked(text: str, message: str) -> None:
    with pytest.raises(RulesError) as error:
        parse_rules("rules/x.toml", text, VERB_SHAPES)
    assert str(error.value) == message


def test_a_participle_is_one_verb_only() -> None:
    entries = parse_rules(
        "rules/verbs.toml",
        '[[verb]]\nform = "noted"\nfamily = "say"\nparticiple = "noting"\n\n'
        '[[verb]]\nform = "remarked"\nfamily = "say"\nparticiple = "noting"\n',
        VERB_SHAPES,
    )["verb"]
    with pytest.raises(RulesError) as error:
        verbs._check_participles(entries)
    assert str(error.value) == (
        "rules/verbs.toml: [[verb]] entry 2 (form = 'remarked'): "
        "participle 'noting' is already the form or participle of entry 1"
    )


def test_raised_reports_speech_only_with_an_issue_or_a_concern_as_object() -> None:
    """"raised the issue of ...", "raised his concerns": speech; "raised tariffs", "raised the flag": not."""
    for line, text in {
        "Prime Minister Sato raised the issue of whaling.": "the issue of whaling",
        "President Firefly also raised his concerns over the missile launches.": "his concerns over the missile launches",
        "Prime Minister Sato raised the question of the disputed islands.": "the question of the disputed islands",
        "President Firefly raised the matter of visas for students.": "the matter of visas for students",
    }.items():
        statement = only_statement(line)
        assert (statement.verb, statement.text, verb_family(statement.verb)) == ("raised", text, "say")
    for line in ("Freedonia raised tariffs on steel.", "President Firefly raised the flag at the ceremony."):
        assert readout(line).statements == ()
    block = only_statement("President Firefly raised the following points: trade and visas.")
    assert (block.verb, block.form, block.text) == ("raised the following points", StatementForm.BLOCK, "trade and visas")


def test_vowed_and_made_reference_to_report_speech() -> None:
    """Deliberate additions to the vocabulary: "vowed" (other) and "made reference to" (say), the
    latter not read as the block verb "made"."""
    cases = {
        "President Firefly vowed to work together with Japan toward a green recovery.": (
            "vowed",
            "other",
            "to work together with Japan toward a green recovery",
        ),
        "President Firefly made reference to the contribution of Dr. Noguchi in Accra.": (
            "made reference to",
            "say",
            "the contribution of Dr. Noguchi in Accra",
        ),
    }
    for line, (verb, family, text) in cases.items():
        statement = only_statement(line)
        assert (statement.verb, verb_family(statement.verb), statement.text) == (verb, family, text)


def test_appreciated_reports_speech_only_after_a_subject_of_its_own() -> None:
    """"Minister X appreciated ..." is a statement, and a verb after it goes on from it; "... and
    appreciated ..." after another verb is part of what was said."""
    doc = readout("President Firefly appreciated this assistance and noted that Freedonia hoped to expand trade.")
    assert [(s.speaker_text, s.verb, s.text) for s in doc.statements] == [
        ("President Firefly", "appreciated", "this assistance"),
        (None, "noted", "Freedonia hoped to expand trade"),
    ]
    assert all(isinstance(s.speaker, Person) and s.speaker.surname == "Firefly" for s in doc.statements)
    (stated,) = readout(
        "Prime Minister Sato stated that he had attended a concert and appreciated the opportunity to hear it."
    ).statements
    assert (stated.verb, stated.text) == ("stated", "he had attended a concert and appreciated the opportunity to hear it")


def test_an_expression_may_follow_possessives() -> None:
    """"offered his country's full support": the expression noun after a possessive still makes
    "offered" speech; "offered the country's ports" holds none."""
    doc = readout(
        "President Firefly conveyed his condolences, and offered his country's full support, "
        "including the dispatch of a rescue team."
    )
    assert [(s.verb, s.text) for s in doc.statements] == [
        ("conveyed", "his condolences"),
        ("offered", "his country's full support, including the dispatch of a rescue team"),
    ]
    assert readout("President Firefly offered the country's ports to the fleet.").statements == ()


def test_a_continuing_verb_may_give_a_quotation_after_a_comma() -> None:
    """"..., and stressed, "..."": a comma before a quotation is what was said, not a passive
    participle ("the view, expressed by ...")."""
    doc = readout('Prime Minister Sato noted that Japan aimed high, and stressed, "All economies must take part."')
    assert [(s.speaker_text, s.verb, s.text) for s in doc.statements] == [
        ("Prime Minister Sato", "noted", "Japan aimed high"),
        (None, "stressed", '"All economies must take part."'),
    ]
    assert readout("The view, expressed by many, was heard.").statements == ()


WORDINGS = {
    "Prime Minister Sato declared his support for Freedonia's bid to host the World Expo.": (
        "Prime Minister Sato",
        "declared",
        "his support for Freedonia's bid to host the World Expo",
    ),
    "President Firefly gave an explanation of the new economic policy of Freedonia.": (
        "President Firefly",
        "gave an explanation of",
        "the new economic policy of Freedonia",
    ),
    "Prime Minister Sato lodged a strong protest against the seizure of the fishing boat.": (
        "Prime Minister Sato",
        "lodged",
        "a strong protest against the seizure of the fishing boat",
    ),
    "President Firefly recalled that the two countries had established diplomatic relations in 1952.": (
        "President Firefly",
        "recalled",
        "the two countries had established diplomatic relations in 1952",
    ),
    "Prime Minister Sato maintained that the islands were an inherent part of Japan's territory.": (
        "Prime Minister Sato",
        "maintained",
        "the islands were an inherent part of Japan's territory",
    ),
    "Prime Minister Sato wished President Firefly success in the upcoming elections.": (
        "Prime Minister Sato",
        "wished",
        "President Firefly success in the upcoming elections",
    ),
    "Prime Minister Sato wished him every success.": ("Prime Minister Sato", "wished", "him every success"),
    "Prime Minister Sato wished the President success in his new post.": (
        "Prime Minister Sato",
        "wished",
        "the President success in his new post",
    ),
    "Prime Minister Sato took the view that civilian assistance was as important as security.": (
        "Prime Minister Sato",
        "took the view",
        "civilian assistance was as important as security",
    ),
    "President Firefly was of the view that investment from the private sector was the key to growth.": (
        "President Firefly",
        "was of the view",
        "investment from the private sector was the key to growth",
    ),
    "Prime Minister Sato reassured President Firefly that Japan would stand by Freedonia.": (
        "Prime Minister Sato",
        "reassured",
        "Japan would stand by Freedonia",
    ),
    "Prime Minister Sato conveyed his condolences for the victims of the earthquake.": (
        "Prime Minister Sato",
        "conveyed",
        "his condolences for the victims of the earthquake",
    ),
    "President Firefly extended an invitation to Prime Minister Sato to visit Freedonia.": (
        "President Firefly",
        "extended",
        "an invitation to Prime Minister Sato to visit Freedonia",
    ),
    "Prime Minister Sato renewed Japan's commitment to the peace process in the region.": (
        "Prime Minister Sato",
        "renewed",
        "Japan's commitment to the peace process in the region",
    ),
}


@pytest.mark.parametrize(("line", "expected"), WORDINGS.items())
def test_wordings_of_real_readouts_are_speech(line: str, expected: tuple[str, str, str]) -> None:
    statement = only_statement(line)
    assert (statement.speaker_text, statement.verb, statement.text) == expected
    assert isinstance(statement.speaker, Person)
    assert statement.speaker.surname == expected[0].split()[-1]


@pytest.mark.parametrize(
    "line",
    [
        "President Firefly recalled the ambassador to Tokyo.",
        "Prime Minister Sato maintained close contact with President Firefly.",
        "Prime Minister Sato wished to visit Freedonia again.",
        "President Firefly renewed the agreement on fisheries.",
        "President Firefly lodged the documents with the depositary.",
        "Prime Minister Sato reassured the delegation.",
    ],
)
def test_the_same_verbs_without_what_they_need_are_acts(line: str) -> None:
    assert readout(line).statements == ()


def test_a_possessive_and_a_block_noun_may_stand_before_as_follows() -> None:
    """"expressed his views as follows:": block speech, the verb with its noun."""
    doc = mofa_parse.parse(
        "Japan-Freedonia Summit Meeting\n\nJune 1, 2020\n\n"
        "On June 1, Prime Minister Taro Sato held a meeting with President Rufus Firefly of Freedonia.\n\n"
        "1. President Firefly expressed his views as follows:\n\n"
        "- Trade must grow.\n- Visas should be eased.\n\n"
        "2. Prime Minister Sato explained the position of Japan as follows.\n"
    )
    block, reported = doc.statements
    assert (block.speaker_text, block.verb, block.form, block.text) == (
        "President Firefly",
        "expressed his views as follows",
        StatementForm.BLOCK,
        "- Trade must grow.\n- Visas should be eased.",
    )
    # a noun that names no remarks ("the position of Japan") leaves the verb's object as it was
    assert (reported.verb, reported.form, reported.text) == (
        "explained",
        StatementForm.REPORTED,
        "the position of Japan as follows",
    )


def _speaker(speaker: Person | Joint | None) -> str:
    if isinstance(speaker, Joint):
        return "+".join(sorted(member.surname for member in speaker.members))
    return speaker.surname if speaker is not None else "?"


def test_praise_and_shared_views_in_a_readout() -> None:
    """"applauded ..." is praise, as "hailed" is; "the two foreign ministers shared their views that
    ..." is a joint statement, as "shared the views" is."""
    doc = mofa_parse.parse_file(Path(__file__).parent / "fixtures" / "speech" / "praise_and_shared_views.txt")
    assert [(_speaker(s.speaker), s.verb, s.text) for s in doc.statements] == [
        ("Berger", "applauded", "Japan's contribution to the reconstruction conference in Vienna"),
        ("Suzuki", "thanked", "him"),
        ("Suzuki", "called for", "continued support from Europe"),
        (
            "Berger+Suzuki",
            "shared their views",
            "the negotiations on the economic agreement should be concluded within the year",
        ),
    ]


EXPRESSION_LINES = entry_examples("expression_nouns.txt")


def test_every_expression_noun_has_one_example_line() -> None:
    assert sorted(noun for noun, _ in EXPRESSION_LINES) == sorted(verbs.EXPRESSION_NOUNS)


NEEDS_EXPRESSION = {verb.form for verb in REPORTING_VERBS if verb.needs_expression}


@pytest.mark.parametrize(("noun", "line"), EXPRESSION_LINES)
def test_an_expression_noun_makes_its_verb_speech(noun: str, line: str) -> None:
    """With the noun the verb reports speech; with another noun in its place it does not."""
    statement = only_statement(line)
    assert statement.verb in NEEDS_EXPRESSION
    assert mofa_parse.parse(f"Japan-Freedonia Meeting\n\n{line.replace(noun, 'harbours')}\n").statements == ()


def test_words_of_condolence_in_a_readout() -> None:
    """"offered words of condolence": the expression noun after "words of" makes "offered" speech."""
    doc = mofa_parse.parse_file(Path(__file__).parent / "fixtures" / "speech" / "words_of_condolence.txt")
    assert [(_speaker(s.speaker), s.verb, s.text) for s in doc.statements] == [
        ("Kovac", "offered", "words of condolence regarding the typhoon damage in eastern Japan"),
        ("Kovac", "stated", "Freedonia stood ready to help"),
        ("Suzuki", "expressed", "his gratitude"),
    ]


def test_an_adverbial_phrase_may_stand_between_and_and_its_verb() -> None:
    """"..., and in particular agreed with ...": the verb after "and" and an adverbial phrase goes
    on from the speaker before it, as after "and also"."""
    doc = readout(
        "President Firefly said he welcomed the plan, and in particular agreed with Prime Minister Sato's view."
    )
    assert [(s.speaker_text, s.verb, s.text) for s in doc.statements] == [
        ("President Firefly", "said", "he welcomed the plan"),
        (None, "agreed", "with Prime Minister Sato's view"),
    ]
    assert all(isinstance(s.speaker, Person) and s.speaker.surname == "Firefly" for s in doc.statements)
