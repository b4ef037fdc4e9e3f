"""Hypothesis strategies that generate valid readout trees.

For the project's own property tests and for downstream projects' tests::

    from hypothesis import given
    from mofa_parse import parse, render
    from mofa_parse.strategies import documents

    @given(documents())
    def test_round_trip(doc):
        assert parse(render(doc)) == doc

Every tree generated here is one the canonical text form can express: texts
are checked against the same predicates the line classifier uses, numbering
follows the conventions, and bodies keep the order text can express. Requires
``hypothesis`` (the ``test`` extra).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from mofa_parse.model import Block, Chrome, ChromeKind, Clause, Document, Item, Paragraph, Section
from mofa_parse.structure.furniture import chrome_kind
from mofa_parse.structure.markers import ROMAN_VALUES, is_heading, read_heads
from mofa_parse.text.dates import MONTHS, format_date

__all__ = [
    "chrome",
    "clauses",
    "date_lines",
    "documents",
    "headings",
    "items",
    "paragraph_texts",
    "paragraphs",
    "sections",
    "titles",
]

_COUNTRIES = (
    "Russia",
    "India",
    "China",
    "Republic of Korea",
    "Viet Nam",
    "United States",
    "Australia",
    "Brazil",
    "Peru",
    "Mongolia",
)
_KINDS = (
    "Summit Meeting",
    "Foreign Ministers' Meeting",
    "Summit Telephone Talk",
    "Leaders' Working Lunch",
    "Foreign Ministers' Telephone Conversation",
)
_OCCASIONS = ("the APEC Economic Leaders' Meeting", "the G20 Summit", "the ASEAN-related Summit Meetings")
#: Notes in parentheses that stand under the title, before the date line.
_NOTES = (
    "(The meeting was held by video conference.)",
    "(This meeting was held on the sidelines of the G20 Summit, at the request of the other side.)",
)
_SUBTITLES = ("Overview", "Summary", "Outline", "Overview of Results", "Results and Outline", "Outline & Evaluation")
_SUBJECTS = (
    "Prime Minister Abe",
    "President Putin",
    "The two leaders",
    "Foreign Minister Lavrov",
    "Minister Kishida",
    "Both sides",
    "He",
    "The Prime Minister",
    "Secretary of State Blinken",
)
_VERBS = (
    "stated that",
    "explained that",
    "agreed that",
    "expressed hope that",
    "stressed that",
    "pointed out that",
    "welcomed the fact that",
    "responded that",
)
_CONTENTS = (
    "bilateral relations had great potential",
    "the two countries would cooperate closely on energy",
    "the peace treaty issue should be resolved",
    'the visit had been "a great success"',
    "cooperation (including in fisheries) would continue",
    "the next meeting would be held in Tokyo",
    "both sides would make efforts toward an early agreement",
    "Japan would extend US$1 billion in assistance",
)
_HEADINGS = (
    "Bilateral relations",
    "Peace treaty issue",
    "Economic cooperation",
    "Regional affairs",
    "North Korea",
    "Overview",
    "Fisheries",
    "Other issues",
    "The Importance of Advancing Relations",
    "Cooperation in the Energy Area",
)
_CHROME = {
    ChromeKind.NAVIGATION: ("Back to Index", "Back to Press Releases", "Japanese", "Summary of Meetings"),
    ChromeKind.CATEGORY: ("Japan-India Relations", "Diplomatic Relations", "Countries & Regions"),
    ChromeKind.BREADCRUMB: ("Home > News > Diplomatic Relations > June 2012 > Japan-India Summit Meeting",),
    ChromeKind.PHOTO: (
        "photo(Foreign Minister A and Foreign Minister B)",
        "(photo)",
        "photo",
        "(Photo: Cabinet Public Relations Office)",
    ),
    ChromeKind.PUBLISHER: ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs, Japan"),
    ChromeKind.FOOTNOTE: ("[Provisional Translation]", "* The foregoing is a provisional translation."),
}
_WORD = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'\"-,;:()&$%é–"),
    min_size=1,
    max_size=10,
)


def _plain(text: str) -> bool:
    """Text the classifier reads as a paragraph wherever it stands: no marker, no furniture."""
    return (
        bool(text)
        and text == text.strip()
        and not read_heads(text)[0]
        and chrome_kind(text, header=True) is None
        and not text.lower().endswith("photo")
        and not text.lower().endswith("(photo)")
    )


@st.composite
def paragraph_texts(draw: st.DrawFn, *, sentence: bool = True) -> str:
    """A paragraph's text: a reported-speech sentence, or (``sentence=False``) a free phrase."""
    if sentence or draw(st.booleans()):
        text = f"{draw(st.sampled_from(_SUBJECTS))} {draw(st.sampled_from(_VERBS))} {draw(st.sampled_from(_CONTENTS))}."
        if draw(st.booleans()):
            extra = draw(st.lists(_WORD, min_size=1, max_size=6))
            text = f"{text} {' '.join(extra)} {draw(st.sampled_from(_CONTENTS))}."
        return text
    words = draw(st.lists(_WORD, min_size=1, max_size=8))
    text = " ".join(words)
    return text if _plain(text) else "bilateral relations"


def paragraphs(*, sentence: bool = True) -> st.SearchStrategy[Paragraph]:
    """Paragraphs whose text reads as a paragraph wherever it stands."""
    return paragraph_texts(sentence=sentence).filter(_plain).map(Paragraph)


def headings() -> st.SearchStrategy[str]:
    """Short headings, as on a section's or clause's marker line."""
    return st.sampled_from(_HEADINGS)


@st.composite
def titles(draw: st.DrawFn) -> str:
    """A readout title: "Japan-X Summit Meeting", optionally "on the Occasion of ...", or a long
    title of over 200 characters that names the officials, their countries and the occasions."""
    if draw(st.integers(0, 5)) == 0:
        countries = draw(st.lists(st.sampled_from(_COUNTRIES), min_size=2, max_size=3))
        officials = " and ".join(f"the Minister for Foreign Affairs of {country}" for country in countries)
        occasions = " and ".join(draw(st.lists(st.sampled_from(_OCCASIONS), min_size=3, max_size=4)))
        return f"Meeting between {officials} on the Occasion of {occasions}"
    title = f"Japan-{draw(st.sampled_from(_COUNTRIES))} {draw(st.sampled_from(_KINDS))}"
    if draw(st.booleans()):
        title += f" on the Occasion of {draw(st.sampled_from(_OCCASIONS))}"
    return title


@st.composite
def date_lines(draw: st.DrawFn) -> tuple[dt.date | None, str]:
    """A date line in one of the conventional forms, with the date it names (None for month-only)."""
    day = draw(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2030, 12, 31)))
    form = draw(st.integers(0, 3))
    if form == 0:
        return day, format_date(day)
    if form == 1:
        return day, f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if form == 2:
        return day, f"{day.strftime('%A')}, {format_date(day)}"
    return None, f"{MONTHS[day.month - 1]} {day.year}"


def chrome() -> st.SearchStrategy[Chrome]:
    """A line of page furniture of any kind."""
    return st.sampled_from(sorted(_CHROME, key=lambda kind: kind.value)).flatmap(
        lambda kind: st.sampled_from(_CHROME[kind]).map(lambda text: Chrome(kind, text))
    )


_LIST_STYLES = ("(a)", "a)", "1)", "1.", "•", "-", "(i)")


def _marker(style: str, ordinal: int) -> tuple[str, int | None]:
    if style in ("•", "-"):
        return style, None
    if style == "(i)":
        numeral = next(k for k, v in ROMAN_VALUES.items() if v == ordinal).lower()
        return f"({numeral})", ordinal
    if "a" in style:
        return style.replace("a", "abcdefgh"[ordinal - 1]), ordinal
    return style.replace("1", str(ordinal)), ordinal


@st.composite
def items(draw: st.DrawFn, *, depth: int = 1, top: bool = True) -> tuple[Item, ...]:
    """One list: items of one style, numbered from 1, each with text, continuation and sublists."""
    # "(1)" opens a clause at the top of a body; below another item it is a list marker.
    styles = _LIST_STYLES if top else (*_LIST_STYLES, "(1)")
    style = draw(st.sampled_from(styles))
    count = draw(st.integers(1, 4))
    made: list[Item] = []
    for ordinal in range(1, count + 1):
        marker, number = _marker(style, ordinal)
        body: list[Block] = []
        if draw(st.integers(0, 5)):
            body.append(draw(paragraphs(sentence=False)))
        if depth < 3 and draw(st.integers(0, 3)) == 0:
            body.extend(draw(items(depth=depth + 1, top=False)))
            if draw(st.booleans()):
                body.append(draw(paragraphs()))
        elif draw(st.integers(0, 3)) == 0:
            body.append(draw(paragraphs()))
        made.append(Item(marker, number, tuple(body)))
    return tuple(made)


@st.composite
def _flow(draw: st.DrawFn, *, first_may_be_heading: bool = True) -> list[Block]:
    """Paragraphs and one list, as they stand in a section's or clause's body."""
    body: list[Block] = list(draw(st.lists(paragraphs(), max_size=2)))
    if draw(st.booleans()):
        body.extend(draw(items()))
        if draw(st.booleans()):
            body.append(draw(paragraphs()))
    return body


@st.composite
def clauses(draw: st.DrawFn, *, count: int | None = None, arabic: bool = False) -> tuple[Clause, ...]:
    """Clauses "(1)", "(2)", ... (or "1.", "2." where numbering restarts under a heading)."""
    total = count if count is not None else draw(st.integers(1, 4))
    made = []
    for number in range(1, total + 1):
        body = draw(_flow())
        heading = None if arabic else draw(st.one_of(st.none(), headings()))
        if arabic:
            # A restart clause reads as a paragraph, never as a heading, so its line starts with a sentence.
            body.insert(0, draw(paragraphs()))
        made.append(Clause(number, heading, tuple(body), f"{number}." if arabic else f"({number})"))
    return tuple(made)


@st.composite
def sections(
    draw: st.DrawFn, *, count: int | None = None, style: str = "arabic", titled: bool = False
) -> tuple[Section, ...]:
    """Sections numbered from 1: arabic "1." (with optional lettered subsections), bare "1", or letters."""
    total = count if count is not None else draw(st.integers(1, 4))
    arabic_clauses = style == "arabic" and titled and draw(st.integers(0, 4)) == 0
    made = []
    for number in range(1, total + 1):
        title = draw(headings()) if titled else draw(st.one_of(st.none(), headings()))
        body: list[Block] = draw(_flow())
        starts_with_text = bool(body) and isinstance(body[0], Paragraph) and not is_heading(body[0].text)
        if title is None and not starts_with_text and (style == "bare" or body):
            # A numbered paragraph: "1 On ..." needs its text on the marker's line.
            body.insert(0, draw(paragraphs()))
        if draw(st.booleans()):
            body.extend(draw(clauses(arabic=arabic_clauses and title is not None)))
        if style == "arabic" and draw(st.integers(0, 4)) == 0:
            letters = draw(st.integers(1, 3))
            for index in range(1, letters + 1):
                sub_body: list[Block] = draw(_flow())
                if draw(st.booleans()):
                    sub_body.extend(draw(clauses()))
                body.append(Section(index, f"{'ABCDEFGH'[index - 1]}.", draw(headings()), tuple(sub_body)))
        if style == "bare":
            marker = str(number)
        elif style == "letter":
            marker = f"{'ABCDEFGH'[number - 1]}."
        else:
            marker = f"{number}."
        made.append(Section(number, marker, title, tuple(body)))
    return tuple(made)


@st.composite
def _parts(draw: st.DrawFn) -> tuple[Section, ...]:
    total = draw(st.integers(1, 3))
    made = []
    for number in range(1, total + 1):
        numeral = next(k for k, v in ROMAN_VALUES.items() if v == number)
        inner = draw(sections(titled=True))
        made.append(Section(number, f"{numeral}.", draw(headings()), inner))
    return tuple(made)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A whole readout: chrome, header, lead and a body in one of the conventional layouts."""
    title = draw(st.one_of(st.just(""), titles())) if draw(st.integers(0, 5)) == 0 else draw(titles())
    subtitle = draw(st.one_of(st.none(), st.sampled_from(_SUBTITLES))) if title else None
    issued: dt.date | None = None
    issued_text: str | None = None
    if draw(st.integers(0, 4)):
        issued, issued_text = draw(date_lines())
    preamble = tuple(draw(st.lists(paragraphs(), max_size=3)))
    if title and draw(st.integers(0, 4)) == 0:
        preamble = (Paragraph(draw(st.sampled_from(_NOTES))), *preamble)
    layout = draw(st.sampled_from(("arabic", "titled", "bare", "parts", "letters", "none")))
    if layout == "parts":
        body = draw(_parts())
    elif layout == "none":
        body = ()
    elif layout == "arabic":
        body = draw(sections())
    else:
        # A lettered section is recognised by its "A." heading.
        style = {"letters": "letter", "titled": "arabic"}.get(layout, layout)
        body = draw(sections(style=style, titled=layout != "bare"))
    return Document(
        title=title,
        subtitle=subtitle,
        issued=issued,
        issued_text=issued_text,
        preamble=preamble,
        sections=body,
        chrome=tuple(draw(st.lists(chrome(), max_size=3))),
    )
