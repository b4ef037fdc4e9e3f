"""The speech pass's readers on hand-written examples: verbs, quotations, sentences, mentions, speakers."""

from __future__ import annotations

import mofa_parse
from mofa_parse.model import Document, Joint, Meeting, Person
from mofa_parse.semantics.speech.content import content_span, mask
from mofa_parse.semantics.speech.language import mentions as mentions_in
from mofa_parse.semantics.speech.speakers import People, role
from mofa_parse.semantics.speech.verbs import find_verbs
from mofa_parse.text.sentences import abbreviated, sentence_spans

from speech_support import readout


def _verbs(text: str) -> list[tuple[int, int, str]]:
    return [(found.start, found.end, found.form.form) for found in find_verbs(text)]


def test_verbs_are_whole_words_with_any_white_space_between_their_words() -> None:
    text = "Prime Minister Aka stated that ... and pointed \t out that ...; he also went on  to\u00a0say"
    assert _verbs(text) == [(19, 25, "stated"), (39, 52, "pointed out"), (71, 86, "went on to say")]
    glued = "restated; stated_ 2stated stated2 éstated statedé -stated- 'stated' “stated”"
    assert _verbs(glued) == [(51, 57, "stated"), (60, 66, "stated"), (69, 75, "stated")]


def test_the_longest_form_wins() -> None:
    text = "shared the same view shared the views shared the view, shared the viewpoint, shared"
    assert _verbs(text) == [(0, 20, "shared the same view"), (21, 37, "shared the views"), (38, 53, "shared the view")]
    text = "reached an\nagreement reached agreement reached an agreementx; were in agreement, was in  agreement"
    assert [form for _, _, form in _verbs(text)] == [
        "reached an agreement",
        "reached agreement",
        "were in agreement",
        "was in agreement",
    ]


def test_block_verbs_and_participles_are_found_as_such() -> None:
    assert _verbs("made the following; gave; sought; told; madeed; wasing") == [
        (0, 4, "made"),
        (20, 24, "gave"),
        (26, 32, "sought"),
        (34, 38, "told"),
    ]
    found = find_verbs("acknowledging pledging, acknowledged. Saying saying")
    assert [(f.form.form, f.form.participle) for f in found] == [
        ("acknowledging", True),
        ("pledging", True),
        ("acknowledged", False),
        ("saying", True),
    ]


def test_quoted_words_are_masked_keeping_offsets_and_a_closing_stop() -> None:
    assert mask('He said "a great success." and “no”') == 'He said "xxxxxxxxxxxxxxx." and “xx”'
    assert mask("“nested “inner” rest”") == "“nested “xxxxx” rest”"
    assert mask('He said "open\nnot closed" then') == 'He said "open\nnot closed" then'  # no line break inside
    long = "“" + "a" * 601 + "”"
    assert mask(long) == long


def test_sentences_end_before_a_capital_or_digit_but_not_after_an_abbreviation() -> None:
    text = 'He said. "The talks went well." Mr. Aka agreed. U.S. officials x. (1) y'
    assert [text[start:end] for start, end in sentence_spans(text, len(text))] == [
        "He said.",
        '"The talks went well."',
        "Mr. Aka agreed.",
        "U.S. officials x. (1) y",
    ]
    assert sentence_spans(text, 0) == [(0, 8)]  # only the sentences that begin at or before the limit
    assert sentence_spans(text, 9) == [(0, 8), (9, 31)]


def test_content_is_the_that_clause_without_its_stop() -> None:
    text = "stated that, Japan would help, at which point he left."
    start, end = content_span(text, len("stated"), len(text))
    assert text[start:end] == "Japan would help"
    text = "stated that Japan would host talks in the U.S."
    start, end = content_span(text, len("stated"), len(text))
    assert text[start:end] == "Japan would host talks in the U.S."


def test_mentions_of_named_people() -> None:
    def mentions(text: str) -> list[str]:
        return [text[start:end] for start, end in mentions_in(text)]

    assert mentions("Japanese Prime Minister Aka met H.E. Mr. Bleu, President of the Republic of Korea.") == [
        "Japanese Prime Minister Aka",
        "H.E. Mr. Bleu",
    ]
    assert mentions("Deputy Prime Minister Mr. Taro Aso of Japan met") == [
        "Deputy Prime Minister Mr. Taro Aso of Japan"
    ]
    assert mentions("Secretary of State Blinken said") == ["Secretary of State Blinken"]
    assert mentions("President Andrés Manuel López Obrador said") == ["President Andrés Manuel López Obrador"]
    assert mentions("Prime Minister Aka's remarks") == ["Prime Minister Aka"]  # without the possessive
    assert mentions("His Royal Highness Crown Prince Aka") == ["His Royal Highness Crown Prince Aka"]
    assert mentions("Minister of the Environment de Gaulle") == ["Minister of the Environment de Gaulle"]


def test_an_abbreviation_is_a_listed_word_a_single_letter_or_initials_at_the_end() -> None:
    for text in ("Mr", "talks with Dr", "approx", "Sept", "J", "the U.S", "U.N"):
        assert abbreviated(text), text
    for text in ("", "cooperation", "Japan", "xapprox", "Mrs2", "U.S.", "in 2004", "AMr", "2Mr", "éMr"):
        assert not abbreviated(text), text
    assert abbreviated("Mr. Abe", 2) and not abbreviated("Mr. Abe", 3)  # the text up to an end


def test_the_same_speaker_again_stays_last() -> None:
    people = People(Document())
    first, second = (Person(name=None, surname=surname, title="President") for surname in "AB")
    for person in (first, second, second, first, first):
        people.spoke(person)
    assert people._recent == [second, first]


def test_the_latest_eight_single_speakers_are_kept_with_an_equal_copy_moved_last() -> None:
    people = People(Document())
    speakers = [Person(name=None, surname=surname, title="President") for surname in "ABCDEFGHIJ"]
    for person in speakers:
        people.spoke(person)
    people.spoke(Person(name=None, surname="E", title="President"))
    assert [p.surname for p in people._recent] == ["C", "D", "F", "G", "H", "I", "J", "E"]
    assert people.pronoun("he") == speakers[4]
    assert people.pronoun("she") == speakers[9]  # "E" was called "he"; the latest other speaker


def test_a_long_run_before_the_subject_is_read_once() -> None:
    """The subject search looks back a bounded distance from each verb: a long run of capitals
    before it ("A-A-...", "A.A....") changes nothing (and the run is read in linear time)."""
    for run in ("A-" * 2000, "A." * 2000):
        assert mofa_parse.parse(run + "X, for his part stated that x.\n").statements == ()
    doc = mofa_parse.parse(
        "Japan-Freedonia Summit Meeting\n\n1. "
        + "A-" * 2000
        + " Prime Minister Sato, for his part, stated that Japan would help.\n"
    )
    assert [(s.speaker_text, s.verb, s.text) for s in doc.statements] == [
        ("Prime Minister Sato", "stated", "Japan would help")
    ]


def test_a_mention_begins_with_a_capital() -> None:
    text = "He met the Honorable Mr. Aka and The Honorable Mr. Bleu."
    assert [text[start:end] for start, end in mentions_in(text)] == ["Honorable Mr. Aka", "The Honorable Mr. Bleu"]


_HEAD = "Japan-Freedonia Summit Meeting\n\n1. Trade\n"
_SATO = Person(name=None, surname="Sato", title="Prime Minister")
_FIREFLY = Person(name=None, surname="Firefly", title="President")


def _said(body: str) -> list[tuple[object, ...]]:
    doc = mofa_parse.parse(_HEAD + body + "\n")
    return [(s.speaker, s.verb, s.text, s.speaker_text) for s in doc.statements]


def test_a_list_of_names_is_read_where_and_comes_before_a_name() -> None:
    assert _said("Prime Minister Sato and President Firefly stated that trade would grow.") == [
        (Joint((_SATO, _FIREFLY)), "stated", "trade would grow", "Prime Minister Sato and President Firefly")
    ]
    aka = Person(name=None, surname="Aka", title=None)
    listed = "Prime Minister Sato, President Firefly and the Honorable Mr. Aka"
    assert _said(f"{listed} agreed that trade would grow.") == [
        (Joint((_SATO, _FIREFLY, aka)), "agreed", "trade would grow", listed)
    ]


def test_a_label_is_a_name_alone_or_a_name_or_bare_title_before_a_colon() -> None:
    assert _said("President Firefly:  Trade must grow.") == [(_FIREFLY, "", "Trade must grow.", "President Firefly")]
    prime_minister = Person(name=None, surname="", title="Prime Minister")
    assert _said("The Prime Minister: Thank you.") == [(prime_minister, "", "Thank you.", "The Prime Minister")]
    assert _said("The Prime Minister\nThank you.") == []  # a bare title alone labels no one


def test_a_side_is_the_participant_of_its_country_as_the_country_rules_name_it() -> None:
    lavrov = Person(name=None, surname="Lavrov", title="Foreign Minister", country="Russian Federation")
    park = Person(name=None, surname="Park", title="Foreign Minister", country="Korea")
    people = People(Document(meeting=Meeting(participants=(lavrov, park))))
    assert people.side("the Russian side") == lavrov  # a demonym, and a longer name of the same country
    assert people.side("The ROK side") == park  # an abbreviation
    # a side that is no participant speaks for its country, named as a country and not as an adjective
    assert people.side("The Chinese side") == Person(name=None, surname="", title=None, country="China")
    assert people.side("The U.S. side") == Person(name=None, surname="", title=None, country="United States")


def test_a_title_is_compared_as_the_role_it_names_whatever_its_country() -> None:
    assert role("Minister of Foreign Affairs") == role("External Affairs Minister") == "foreign minister"
    assert role("Russian Foreign Minister") == role("the Foreign Minister") == "foreign minister"
    assert role("Secretary of State") == "secretary of state"
    assert role(None) is None


def test_a_nationality_before_a_title_is_any_demonym_or_abbreviation_of_the_country_rules() -> None:
    for line, country in [
        ("Argentine Ambassador Marco Duarte explained the situation.", "Argentina"),
        ("Saudi Arabian Foreign Minister Faisal Omar explained the situation.", "Saudi Arabia"),
        ("ROK Foreign Minister Park Jin explained the situation.", "Republic of Korea"),
        ("U.S. Ambassador John Doe explained the situation.", "United States"),
    ]:
        (statement,) = mofa_parse.parse(f"Japan-X Talks\n\n1. {line}\n").statements
        assert isinstance(statement.speaker, Person) and statement.speaker.country == country, line
    (statement,) = mofa_parse.parse("Japan-X Talks\n\n1. ROK Foreign Minister Park Jin stated that he agreed.\n").statements
    assert statement.speaker == Person(name="Park Jin", surname="Park", title="Foreign Minister", country="Republic of Korea")


def test_the_kinds_of_subject_read_by_the_shared_mention_reader() -> None:
    """Named people and bare titles are read whole by ``text.mentions.subject_mention``."""
    from mofa_parse.semantics.speech.language import is_bare, is_named, is_side

    for named in (
        "President Putin",
        "Foreign Minister Mr. Lavrov of Russia",
        "H.E. Mr. Kim Jong Un",
        "Freedonian President Firefly",  # an adjective of the usual shape, not in the rules
        "Saudi Arabian Foreign Minister Bleu",
        "The Honorable Mr. Aka",  # "the" of a style
        "Minister of the Environment de Gaulle",
    ):
        assert is_named(named) and not is_bare(named), named
    for bare in ("the Prime Minister", "The Russian President", "this Minister", "the President of the Republic of Korea"):
        assert is_bare(bare) and not is_named(bare), bare
    for neither in (
        "the Prime Minister Koizumi",  # read from "Prime"
        "The Ministers",  # a plural head names several: a joint subject
        "President Putin's",
        "Mr. Aka, President of Freedonia",  # no office after the name: a verb follows a subject's name
        "the Japanese side",
    ):
        assert not is_named(neither) and not is_bare(neither), neither
    # a title alone is a bare title as a verb's subject, not in a label, which needs the article
    assert is_bare("Prime Minister") and not is_bare("Prime Minister", alone=False)
    assert is_named("Prime Minister Koizumi", 0, len("Prime Minister Koizumi"))
    text = "In response, the Prime Minister Koizumi stated"
    assert is_named(text, text.index("Prime"), text.index(" stated"))
    for side in ("the Japanese side", "The U.S. side", "the Saudi Arabian side", "the Freedonian side", "Japan"):
        assert is_side(side), side
    assert not is_side("the side") and not is_side("the Japanese")


def test_a_speaker_outside_the_meeting_is_read_as_a_subject() -> None:
    """``person_from_text`` reads a subject as the subject reader does: an unlisted country
    adjective is not a name, an article opens a bare title, capitals mark a surname."""
    from mofa_parse.semantics.speech.speakers import person_from_text

    assert person_from_text("Freedonian President Firefly") == Person(None, "Firefly", "President")
    assert person_from_text("The Prime Minister") == Person(None, "", "Prime Minister")
    assert person_from_text("Mr. SUGA Yoshihide") == Person("SUGA Yoshihide", "Suga", None)
    assert person_from_text("President Putin of the Russian Federation") == Person(
        None, "Putin", "President", "Russian Federation"
    )


def test_both_of_them_and_the_two_of_them_are_the_participants() -> None:
    """"Both of them", "The two of them": a joint subject, the meeting's participants."""
    for subject in ("Both of them", "The two of them", "both of them"):
        doc = readout(f"In the end, {subject} shared the recognition that the two countries would cooperate.")
        (statement,) = doc.statements
        assert (statement.speaker_text, statement.verb, statement.text) == (
            subject,
            "shared the recognition",
            "the two countries would cooperate",
        )
        assert isinstance(statement.speaker, Joint)
        assert [member.surname for member in statement.speaker.members] == ["Sato", "Firefly"]
    (stated,) = readout("President Firefly stated that both of them agreed on the plan.").statements
    assert (stated.verb, stated.text) == ("stated", "both of them agreed on the plan")


def test_both_the_leaders_is_read_whole_as_a_joint_subject() -> None:
    """"Both the leaders", "Both the sides": the whole subject, not "the leaders" after "Both"."""
    for subject in ("Both the leaders", "Both the sides", "Both the Foreign Ministers"):
        (statement,) = readout(f"{subject} agreed to strengthen cooperation in the field of energy.").statements
        assert (statement.speaker_text, statement.verb, statement.text) == (
            subject,
            "agreed",
            "to strengthen cooperation in the field of energy",
        )
        assert isinstance(statement.speaker, Joint)
        assert [member.surname for member in statement.speaker.members] == ["Sato", "Firefly"]


def test_a_verb_after_and_in_a_country_clause_goes_on_in_the_clause() -> None:
    """"stated that Japan welcomed A and hoped to B": Japan hoped, as it welcomed, inside what was said;
    after a comma, or after a verb that is no past tense, "and" joins the speaker's own verbs."""
    for line, text in {
        "Prime Minister Sato stated that Japan welcomed Freedonia's new strategy and hoped to "
        "strengthen security cooperation.": "Japan welcomed Freedonia's new strategy and hoped to "
        "strengthen security cooperation",
        "President Firefly said that Canada attached great importance to the region and hoped to "
        "deepen its ties with Japan.": "Canada attached great importance to the region and hoped to "
        "deepen its ties with Japan",
        "Prime Minister Sato stated that the Republic of Korea strongly welcomed the plan and hoped to "
        "join it.": "the Republic of Korea strongly welcomed the plan and hoped to join it",
        "Prime Minister Sato stated that the U.S. also welcomed the plan and hoped to join it.": (
            "the U.S. also welcomed the plan and hoped to join it"
        ),
    }.items():
        (statement,) = readout(line).statements
        assert (statement.verb, statement.text) == (line.split(" that ")[0].split()[-1], text)
    for line, (verb, text) in {
        "Prime Minister Sato stated that Japan welcomed the new strategy, and requested the cooperation of "
        "Freedonia.": ("requested", "the cooperation of Freedonia"),
        "Prime Minister Sato stated that Japan would provide assistance and requested the cooperation of "
        "Freedonia.": ("requested", "the cooperation of Freedonia"),
        "Prime Minister Sato stated that he welcomed the new strategy and requested the cooperation of "
        "Freedonia.": ("requested", "the cooperation of Freedonia"),
        "Prime Minister Sato stated that Japan welcomed the new strategy and expressed his hope for peace.": (
            "expressed",
            "his hope for peace",
        ),
    }.items():
        first, second = readout(line).statements
        assert (first.speaker_text, first.verb) == ("Prime Minister Sato", "stated")
        assert (second.speaker_text, second.verb, second.text) == (None, verb, text)
        assert isinstance(second.speaker, Person) and second.speaker.surname == "Sato"
