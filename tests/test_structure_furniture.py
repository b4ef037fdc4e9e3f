"""Page furniture: every entry of ``rules/furniture.toml`` by its example line, and the edge cases."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

import mofa_parse
from mofa_parse.model import Chrome, ChromeKind, Paragraph
from mofa_parse.rules.furniture import KINDS, LINK_MARKS, TABLES, WORD_LISTS, entry_pattern, line_pattern
from mofa_parse.rules.load import RulesError
from mofa_parse.structure.furniture import chrome_kind
from mofa_parse.structure.parser import parse_structure

FIXTURE = Path(__file__).parent / "fixtures" / "rules" / "furniture.txt"


def _examples() -> list[tuple[str, str]]:
    found = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, text = line.split(": ", 1)
            found.append((kind, text))
    return found


@pytest.mark.parametrize(("kind", "line"), _examples())
def test_each_example_line_is_chrome_of_its_kind(kind: str, line: str) -> None:
    doc = parse_structure(f"{line}\nJapan-Brazil Summit Meeting\nJune 3, 2012\nThe two leaders met.\n")
    assert doc.chrome == (Chrome(ChromeKind(kind), line),)
    assert doc.title == "Japan-Brazil Summit Meeting"
    assert doc.preamble == (Paragraph("The two leaders met."),)


def test_every_entry_has_an_example_line() -> None:
    examples = _examples()
    missing = [
        (kind, dict(entry))
        for kind in KINDS
        for entry in TABLES[kind]
        if not any(of == kind and re.fullmatch(line_pattern(kind, [entry]), line) for of, line in examples)
    ]
    assert missing == []


@pytest.mark.parametrize(("ending", "kind"), [("credit", "photo"), ("link_mark", "navigation")])
def test_every_ending_ends_an_example_line(ending: str, kind: str) -> None:
    """Each photo credit ends an example photo line, each image-link mark an example navigation line."""
    lines = [line for of, line in _examples() if of == kind]
    missing = [
        entry["pattern"]
        for entry in TABLES[ending]
        if not any(re.search(rf"\s(?:{entry['pattern']})\Z", line) for line in lines)
    ]
    assert missing == []


def test_a_link_mark_ends_a_navigation_line_alone() -> None:
    """The mark an image link left counts after a navigation link only, and only once."""
    assert re.fullmatch(LINK_MARKS, "@")
    assert chrome_kind("Official Residence @", header=True) is ChromeKind.NAVIGATION
    assert chrome_kind("Page Top @", header=False) is ChromeKind.NAVIGATION
    assert chrome_kind("Official Residence @ @", header=True) is None
    assert chrome_kind("Japan-Chile Summit Meeting @", header=True) is None


def _caption_examples() -> list[str]:
    """The example lines of the entries marked ``caption``, with the credit that may end them."""
    captions = line_pattern("photo", [entry for entry in TABLES["photo"] if entry.get("caption")])
    return [line for kind, line in _examples() if kind == "photo" and re.fullmatch(captions, line)]


@pytest.mark.parametrize("line", _caption_examples())
def test_a_caption_between_the_date_line_and_the_title_is_chrome(line: str) -> None:
    """The current pages: category line, date line, captions, then the title, if any, and the text."""
    lead = "On June 3, the two leaders held a summit meeting."
    text = f"Japan-Brazil Relations\nJune 3, 2012\n{line}\nJapan-Brazil Summit Meeting\n\n{lead}\n"
    doc = parse_structure(text)
    assert doc.chrome == (Chrome(ChromeKind.CATEGORY, "Japan-Brazil Relations"), Chrome(ChromeKind.PHOTO, line))
    assert doc.title == "Japan-Brazil Summit Meeting"
    assert doc.preamble == (Paragraph(lead),)
    untitled = parse_structure(text.replace("Japan-Brazil Summit Meeting\n\n", ""))
    assert (untitled.title, untitled.chrome[1:], untitled.preamble) == ("", (Chrome(ChromeKind.PHOTO, line),), doc.preamble)
    assert mofa_parse.parse(mofa_parse.render(mofa_parse.parse(text))) == mofa_parse.parse(text)


@pytest.mark.parametrize("line", _caption_examples())
def test_below_the_first_line_of_text_a_caption_is_text(line: str) -> None:
    doc = parse_structure(f"Japan-Brazil Summit Meeting\nJune 3, 2012\n\nThe two leaders met.\n\n{line}\n")
    assert doc.chrome == ()
    assert doc.preamble == (Paragraph("The two leaders met."), Paragraph(line))


@pytest.mark.parametrize(
    "lead",
    [
        "Prime Minister Sakuma shook hands with President Olvera before the meeting.",
        "Prime Minister Sakuma shakes hands with President Olvera every year.",
        "The two leaders held a photo session before the meeting.",
        "Prime Minister Sakuma, greeting President Olvera, welcomed his visit.",
    ],
)
def test_a_lead_sentence_after_the_date_line_is_no_caption(lead: str) -> None:
    """A sentence that ends with a full stop is running text, whatever its verb."""
    doc = parse_structure(f"Japan-Mexico Relations\nMarch 4, 2024\n{lead}\n")
    assert (doc.title, doc.chrome, doc.preamble) == (
        "",
        (Chrome(ChromeKind.CATEGORY, "Japan-Mexico Relations"),),
        (Paragraph(lead),),
    )


def test_the_rules_file_ships_in_the_package() -> None:
    assert resources.files("mofa_parse.rules").joinpath("furniture.toml").is_file()


def test_an_entry_is_a_phrase_or_a_pattern() -> None:
    with pytest.raises(RulesError, match=r"\[\[navigation\]\] entry 'Print': give a phrase or a pattern"):
        entry_pattern("navigation", {"phrase": "Print", "pattern": "Print"})
    with pytest.raises(RulesError, match="any_case and then_text belong to phrases"):
        entry_pattern("photo", {"pattern": "photo", "any_case": True})
    with pytest.raises(RulesError, match="not a regular expression"):
        entry_pattern("photo", {"pattern": "(photo"})
    assert entry_pattern("navigation", {"phrase": "back to", "any_case": True, "then_text": True}) == (
        r"(?i:back\s+to)\s+\S.{0,80}"
    )
    with pytest.raises(RulesError, match="no word list 'caption_verbs'"):
        entry_pattern("photo", {"pattern": "A who {caption_verbs}"})


def test_a_pattern_names_a_word_list_in_braces() -> None:
    """"{partner}" stands for any one of the [[partner]] words; a quantifier ("{1,2}") is no name."""
    assert entry_pattern("category", {"pattern": "Japan and {partner}"}) == f"Japan and {WORD_LISTS['partner']}"
    assert entry_pattern("photo", {"pattern": r"photo\d{1,2}"}) == r"photo\d{1,2}"
    assert re.fullmatch(WORD_LISTS["partner"], "the  United\tNations")


@pytest.mark.parametrize("word", [entry["word"] for entry in TABLES["partner"]])
def test_each_partner_makes_a_category_line_of_the_header(word: str) -> None:
    line = f"Japan and {word}"
    assert chrome_kind(line, header=True) is ChromeKind.CATEGORY
    assert chrome_kind(line, header=False, captions=True) is None


@pytest.mark.parametrize("verb", [entry["word"] for entry in TABLES["caption_verb"]])
def test_each_caption_verb_after_who_makes_a_photo_line(verb: str) -> None:
    """"<people> who <verb> ..." with no final stop is a caption; the same with a full stop is text."""
    line = f"Minister A and Minister B who {verb} a joint statement at the Iikura Guest House"
    assert chrome_kind(line, header=False, captions=True) is ChromeKind.PHOTO
    assert chrome_kind(f"{line}.", header=False, captions=True) is None


@pytest.mark.parametrize("participle", [entry["word"] for entry in TABLES["caption_participle"]])
def test_each_caption_participle_makes_a_photo_line(participle: str) -> None:
    """"<people> <participle> ..." with no final stop is a caption where captions may stand; the same
    with a full stop is text."""
    line = f"Prime Minister A {participle} with President B at the Akasaka Palace"
    assert chrome_kind(line, header=False, captions=True) is ChromeKind.PHOTO
    assert chrome_kind(f"{line}.", header=False, captions=True) is None


def test_a_who_clause_with_a_verb_of_no_caption_is_no_photo_line() -> None:
    assert chrome_kind("Japanese Nationals who live in the Region", header=True) is None
    assert chrome_kind("Japan-Chile Summit Meeting at the G20", header=True) is None


def test_chrome_kind_edge_cases() -> None:
    assert chrome_kind("", header=True) is None
    assert chrome_kind("(1) Overview", header=False) is None
    assert chrome_kind("(photo)", header=False) is ChromeKind.PHOTO
    assert chrome_kind("( Photo: Cabinet Office)", header=False) is ChromeKind.PHOTO
    assert chrome_kind("(photo) The two leaders", header=False) is ChromeKind.PHOTO
    assert chrome_kind("(Note) this is a provisional translation", header=False) is ChromeKind.FOOTNOTE
    assert chrome_kind("(* provisional translation)", header=False) is ChromeKind.FOOTNOTE
    assert chrome_kind("\u203b The foregoing is a provisional translation.", header=False) is ChromeKind.FOOTNOTE
    assert chrome_kind("THE FOREGOING is a provisional translation", header=False) is ChromeKind.FOOTNOTE
    assert chrome_kind("thi\u017f is a provisional translation", header=False) is ChromeKind.FOOTNOTE
    assert chrome_kind("Notethe foregoing", header=False) is ChromeKind.FOOTNOTE
    assert chrome_kind("Countries & Regions", header=True) is ChromeKind.CATEGORY
    assert chrome_kind("Countries & Regions", header=False) is None
    assert chrome_kind("Foreign Ministers shaking hands", header=True) is ChromeKind.PHOTO
    assert chrome_kind("Foreign Ministers shaking hands", header=False) is None
    assert chrome_kind("Foreign Ministers shaking hands", header=False, captions=True) is ChromeKind.PHOTO
    assert chrome_kind("Japan-India Relations", header=False, captions=True) is None
    assert chrome_kind("Photo Session of the Leaders", header=False, captions=True) is None
    assert chrome_kind("Leaders shaking hands (Photo: Cabinet Office)", header=False, captions=True) is ChromeKind.PHOTO
    assert chrome_kind("Leaders shaking hands.", header=False, captions=True) is None
    assert chrome_kind("Japan-India Relations", header=True) is ChromeKind.CATEGORY
    assert chrome_kind("HOME > News > Asia", header=False) is ChromeKind.BREADCRUMB
    assert chrome_kind("Home > News", header=False) is None
    assert chrome_kind("1. Back to top", header=False) is None
    assert chrome_kind("The two leaders agreed.", header=False) is None
    assert chrome_kind("Japan and India", header=True) is None
    # Runs of white space read as one: pages pad their links ("Official Residence   TOP").
    assert chrome_kind("Summary of  Meetings", header=False) is ChromeKind.NAVIGATION
    assert chrome_kind("Official Residence \t TOP", header=False) is ChromeKind.NAVIGATION
    assert chrome_kind("Official Residence", header=False) is None
    assert chrome_kind("The two leaders were photographed shaking hands.", header=False) is None
    assert chrome_kind("Photograph of", header=False) is None
    assert chrome_kind("Top > Press Releases", header=False) is None
    assert chrome_kind("Back to " + "x" * 82, header=False) is None
    assert chrome_kind("Back to " + "x" * 81, header=False) is ChromeKind.NAVIGATION


NAMES_CAPTION = (
    "Prime Minister of Japan and His Cabinet\n"
    "Prime Minister Sakuma and President Olvera\n"
    "Japan-Mexico Summit Meeting\n"
    "March 4, 2024\n"
    "\n"
    "On March 4, Prime Minister Sakuma held a summit meeting with President Olvera.\n"
)


def test_a_line_naming_only_people_above_the_title_is_the_photo_caption() -> None:
    tree = parse_structure(NAMES_CAPTION)
    assert tree.title == "Japan-Mexico Summit Meeting"
    assert tree.issued is not None and tree.issued.isoformat() == "2024-03-04"
    assert [(c.kind, c.text) for c in tree.chrome] == [
        (ChromeKind.NAVIGATION, "Prime Minister of Japan and His Cabinet"),
        (ChromeKind.PHOTO, "Prime Minister Sakuma and President Olvera"),
    ]
    assert [c.span.start for c in tree.chrome if c.span is not None] == [0, 40]
    assert tree.warnings == ()


@pytest.mark.parametrize(
    "caption",
    ["Prime Minister Sakuma with President Olvera", "President Olvera, Prime Minister Sakuma and Mr. Ruiz"],
)
def test_names_joined_by_commas_or_with_make_a_caption(caption: str) -> None:
    tree = parse_structure(NAMES_CAPTION.replace("Prime Minister Sakuma and President Olvera", caption))
    assert tree.title == "Japan-Mexico Summit Meeting"
    assert (ChromeKind.PHOTO, caption) in [(c.kind, c.text) for c in tree.chrome]


@pytest.mark.parametrize(
    ("second", "title"),
    [
        # the date line follows: the line of names is the title
        ("March 4, 2024", "Prime Minister Sakuma and President Olvera"),
        # a line that continues the title
        ("at the Prime Minister's Office", "Prime Minister Sakuma and President Olvera at the Prime Minister's Office"),
        # a blank line first: the next line is no title but the text's first paragraph
        ("\nJapan-Mexico Summit Meeting", "Prime Minister Sakuma and President Olvera"),
    ],
)
def test_a_line_of_names_stays_the_title_when_no_title_follows(second: str, title: str) -> None:
    text = f"Prime Minister Sakuma and President Olvera\n{second}\n\nOn March 4, the two leaders met.\n"
    assert parse_structure(text).title == title


def test_a_title_that_says_what_happened_is_never_a_caption() -> None:
    text = "Prime Minister Sakuma Meets President Olvera\nJapan-Mexico Summit Meeting\n\nThe two leaders met.\n"
    assert parse_structure(text).title == "Prime Minister Sakuma Meets President Olvera"


def test_a_text_that_is_only_a_line_of_names_has_it_as_its_title() -> None:
    assert parse_structure("Prime Minister Sakuma and President Olvera\n").title == (
        "Prime Minister Sakuma and President Olvera"
    )


@pytest.mark.parametrize(
    "between",
    [["Japan-Mexico Relations"], ["(Summary)", "Japan-Mexico Relations"], ["Foreign Ministers shaking hands"]],
)
def test_a_category_line_or_caption_between_the_title_and_the_date_line_is_chrome(between: list[str]) -> None:
    lines = ["Japan-Mexico Summit Meeting", *between, "March 4, 2024", "", "On March 4, the two leaders met."]
    tree = parse_structure("\n".join(lines) + "\n")
    assert tree.title == "Japan-Mexico Summit Meeting"
    assert tree.issued is not None and tree.issued.isoformat() == "2024-03-04"
    assert [c.text for c in tree.chrome] == [line for line in between if not line.startswith("(")]
    assert [p.text for p in tree.preamble] == ["On March 4, the two leaders met."]


def test_after_the_date_line_a_category_line_is_text() -> None:
    tree = parse_structure("Japan-Mexico Summit Meeting\nMarch 4, 2024\n\nJapan-Mexico Relations\n")
    assert tree.chrome == ()
    assert [p.text for p in tree.preamble] == ["Japan-Mexico Relations"]


def test_a_title_of_names_round_trips_with_a_title_like_first_paragraph() -> None:
    doc = mofa_parse.parse("President Lind\nwith President Lind\nOverview\n")
    assert (doc.title, [p.text for p in doc.preamble]) == ("President Lind with President Lind", ["Overview"])
    assert mofa_parse.parse(mofa_parse.render(doc)) == doc


@pytest.mark.parametrize(
    "text",
    [
        "with President Lind\nOverview\n",  # a joiner before the first name: no line of names
        "Prime Minister of Japan and His Cabinet\nPrime Minister Sakuma and President Olvera\nJapan-Mexico Summit Meeting\n",
    ],
)
def test_a_caption_of_names_and_its_title_round_trip(text: str) -> None:
    doc = mofa_parse.parse(text)
    assert mofa_parse.parse(mofa_parse.render(doc)) == doc


def test_a_title_that_reads_as_a_category_line_is_rendered_below_the_date_line() -> None:
    # Below the date line "Japan-Lindland Relations" is the title; above it, a category line.
    doc = mofa_parse.parse("November 22, 2004\nJapan-Lindland Relations\n(Overview)\n\nThe two leaders met.\n")
    assert (doc.title, doc.subtitle, doc.chrome) == ("Japan-Lindland Relations", "Overview", ())
    text = mofa_parse.render(doc)
    assert text == "November 22, 2004\n\nJapan-Lindland Relations\n(Overview)\n\nThe two leaders met.\n"
    assert mofa_parse.parse(text) == doc


def test_a_credited_entry_belongs_to_the_photo_lines() -> None:
    """Only a photo line ends with a credit: ``credited`` on another kind is refused by name."""
    assert re.fullmatch(line_pattern("photo", [{"pattern": "[A-Z].{0,40}?", "credited": True}]), "The leaders Photo: X")
    assert not re.fullmatch(line_pattern("photo", [{"pattern": "[A-Z].{0,40}?", "credited": True}]), "The leaders")
    with pytest.raises(RulesError, match=r"\[\[navigation\]\]: only a photo line has a credit"):
        line_pattern("navigation", [{"phrase": "Print", "credited": True}])
