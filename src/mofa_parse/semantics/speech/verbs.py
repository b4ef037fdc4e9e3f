"""Finding the reporting verbs of a paragraph ("stated", "pointed out", "made the following ...").

One regular expression finds the words that open a verb form; a table keyed by
that word gives the forms that open with it, longest first ("shared the same
view" before "shared the view"), and a form is the first whose other words
follow, with any white space between them. The vocabulary is
``mofa_parse.rules.verbs``.
"""

from __future__ import annotations

import re

import attrs

from mofa_parse.rules.verbs import BLOCK_VERBS, LEAD_IN_FORMS, REPORTING_VERBS, ReportingVerb

__all__ = ["FoundVerb", "VerbForm", "find_verbs"]


@attrs.frozen
class VerbForm:
    """A verb form as listed, with what the speech pass needs to know of it.

    ``verb`` is None for a block verb ("made": speech only as "made the
    following statements"); ``participle`` whether the form is the "-ing" form
    that continues a statement ("..., stating that").
    """

    form: str
    verb: ReportingVerb | None
    participle: bool

    @property
    def needs_that(self) -> bool:
        return self.verb is not None and self.verb.needs_that

    @property
    def needs_expression(self) -> bool:
        return self.verb is not None and self.verb.needs_expression

    @property
    def needs_subject(self) -> bool:
        return self.verb is not None and self.verb.needs_subject

    @property
    def agrees(self) -> bool:
        return self.verb is not None and self.verb.family == "agree"


@attrs.frozen
class FoundVerb:
    """A verb form found in a text, from ``start`` to ``end``."""

    start: int
    end: int
    form: VerbForm


def _forms() -> dict[str, VerbForm]:
    forms: dict[str, VerbForm] = {}
    for verb in REPORTING_VERBS:
        forms[verb.form] = VerbForm(verb.form, verb, False)
    for verb in REPORTING_VERBS:
        if verb.participle and verb.participle not in forms:
            forms[verb.participle] = VerbForm(verb.participle, verb, True)
    for form, verb in LEAD_IN_FORMS.items():
        forms[form] = VerbForm(form, verb, False)
    for form in BLOCK_VERBS:
        forms.setdefault(form, VerbForm(form, None, False))
    return forms


_FORMS = _forms()


def _rest_of(rests: list[str]) -> re.Pattern[str]:
    """The words after the first of the forms that open with it, longest first, ending at a word's end."""
    ordered = sorted(rests, key=lambda rest: (-len(rest), rest))
    return re.compile("(?:" + "|".join(re.escape(rest).replace(r"\ ", r"\s+") for rest in ordered) + r")(?!\w)")


def _by_first_word() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """Each first word -> (the pattern of what may follow it, the form of each way it reads)."""
    rests: dict[str, list[str]] = {}
    for form in _FORMS:
        first, _, rest = form.partition(" ")
        rests.setdefault(first, []).append(" " + rest if rest else "")
    return {
        first: (_rest_of(these), {" ".join(rest.split()): f"{first}{rest}" for rest in these})
        for first, these in rests.items()
    }


_BY_FIRST_WORD = _by_first_word()
#: A word that may open a verb form: one of small letters ending in "-ed" or "-ing", or one of the
#: first words that do not ("said", "went"). Each is looked up in ``_BY_FIRST_WORD``.
_PAST_OR_PARTICIPLE = r"[a-z]+(?:ed|ing)"
_OTHER_FIRST_WORDS = sorted(word for word in _BY_FIRST_WORD if not re.fullmatch(_PAST_OR_PARTICIPLE, word))
_CANDIDATE = re.compile(rf"\b(?:{_PAST_OR_PARTICIPLE}|{'|'.join(_OTHER_FIRST_WORDS)})\b")


def find_verbs(masked: str) -> list[FoundVerb]:
    """The verb forms of ``masked``, in order, none inside another."""
    found: list[FoundVerb] = []
    taken = 0
    for word in _CANDIDATE.finditer(masked):
        opens = _BY_FIRST_WORD.get(word.group())
        if opens is None or word.start() < taken:
            continue
        rest_pattern, forms = opens
        rest = rest_pattern.match(masked, word.end())
        if rest is None:
            continue
        form = forms[" ".join(rest.group().split())]
        found.append(FoundVerb(word.start(), rest.end(), _FORMS[form]))
        taken = rest.end()
    return found
