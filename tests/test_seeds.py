"""Golden trees for the five seed readouts, written from reading the seeds.

Each expectation lists the header, the chrome, the lead and every section,
clause, item and paragraph (paragraphs by their first 30 characters). Full
texts and spans are checked separately: every paragraph's span is its exact text.
"""

from __future__ import annotations

import datetime as dt

import pytest

import mofa_parse
from mofa_parse import ChromeKind, Clause, Item, Paragraph, Section

from conftest import seed_text
from outline import codes, outline

SEED_000 = """\
title: Japan-Russia Summit Meeting on the Occasion of the Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Meeting
subtitle: Overview of Results
issued: November 22, 2004 = 2004-11-22
chrome navigation: Back to Index
lead ¶ On November 21 (local time), P
lead ¶ At this meeting, the two leade
§ 1. President Putin's visit to Japan
  (1)
    ¶ President Putin reaffirmed tha
  (2)
    ¶ The two leaders agreed that ta
  (3)
    ¶ On a related note, Prime Minis
§ 2. Peace treaty issue
  ¶ Prime Minister Koizumi stresse
§ 3. Other issues
  ¶ The two leaders agreed that co
§ 4. Kyoto Protocol
  ¶ Prime Minister Koizumi stated
§ 5. Issues concerning North Korea
  ¶ With regard to the issues conc"""

SEED_001 = """\
title: Japan-Russian Federation Summit
subtitle: Outline
issued: January 10, 2003 = 2003-01-10
chrome navigation: Back to Index
lead ¶ From 12:06 to 14:57 Prime Mini
§ 1. Introductory Remarks
  (1)
    ¶ President Putin explained that
  (2)
    ¶ In response to this, Prime Min
  (3)
    ¶ Prime Minister Koizumi stated
§ 2. The Importance of Advancing Japan-Russia Relations
  (1)
    ¶ President Putin stated that fu
  (2)
    ¶ In response to this, Prime Min
    - 1. #1
      ¶ The tale of Daikokuya Kodayu,
    - 2. #2
      ¶ After the Japan-Russia War, th
    - 3. #3
      ¶ The sad story of Internment in
  (3)
    ¶ Furthermore, the Prime Ministe
    ¶ Although Japan also fought a f
    ¶ The Prime Minister stated that
§ 3. Territorial Issue and the Japan-Russia Action Plan
  (1)
    ¶ President Putin made the follo
    ¶ The Japan-Russia Action Plan i
  (2)
    ¶ In response to this, Prime Min
    ¶ The Government of Japan firmly
    ¶ The Action Plan that we have a
  (3)
    ¶ In response to this, President
§ 4. Measures Against Terrorism
  (1)
    ¶ President Putin expressed grat
  (2)
    ¶ In response to this, Prime Min
  (3)
    ¶ Foreign Minister Igor Ivanov,
§ 5. Cooperation in the Energy Area
  (1)
    ¶ Prime Minister Koizumi stresse
  (2)
    ¶ Furthermore, Prime Minister Ko
    ¶ Considering the proximity of J
  (3)
    ¶ In response to this, President
§ 6. Other Economic issues
  (1) Overview
    ¶ President Putin pointed out th
  (2) Fisheries
    ¶ President Putin made the follo
    - 1. #1
      ¶ It is good that an agreement c
      ¶ President Putin stated that he
    - 2. #2
      ¶ In response to this, Prime Min
  (3) Cooperation in Nuclear Energy Areas
    - 1. #1
      ¶ President Putin stated that it
    - 2. #2
      ¶ Prime Minister Koizumi request
§ 7. Cooperation in Public Security and Defense Areas
  (1)
    ¶ President Putin stated that he
  (2)
    ¶ In response, Prime Minister Ko
§ 8. Japanese Culture Festival in Russia 2003
  (1)
    ¶ Prime Minister Koizumi stated
  (2)
    ¶ In response, President Putin s
§ 9. North Korea
  (1)
    ¶ Prime Minister Koizumi stated
  (2)
    ¶ Prime Minister Koizumi express
  (3)
    ¶ In response, President Putin s
§ 10. Iraq
  (1)
    ¶ President Putin stated that gl
  (2)
    ¶ In response, Prime Minister Ko"""

SEED_002 = """\
title: Japan-Russian Federation Summit Meeting on the occasion of the APEC Brunei Meeting
issued: 15 November 2000 = 2000-11-15
chrome publisher: Ministry of Foreign Affairs, Japan
chrome navigation: Back to Index
lead ¶ A Japan-Russian Federation Sum
lead ¶ The leaders were accompanied b
§ 1. Points of the Meeting
  (1)
    ¶ Based on the outcome of Presid
  (2)
    ¶ Consequently, the two leaders
  (3)
    ¶ Also, the two leaders, based o
§ 2. Summary of the Interaction
  (1)
    ¶ The following is a summary of
    ¶ President Putin expressed his
  (2)
    ¶ Prime Minister Mori's response
    - 1. #1
      ¶ The Prime Minister expressed h
    - 2. #2
      ¶ The Prime Minister expressed h
    - 3. #3
      ¶ Regarding Peace Treaty negotia
  (3)
    ¶ Responding to this, President
    ¶ President Putin stated that he
    ¶ However, he also stated his co
  (4)
    ¶ Prime Minister Mori stated his
  (5)
    ¶ Prime Minister Mori and Presid
    ¶ Also, President Putin stated t
    ¶ In response, Prime Minister Mo
  (6)
    ¶ Afterwards, the two leaders co
    ¶ Finally, Prime Minister Mori s"""

SEED_003 = """\
title: Japan-Russia Foreign Ministers' Meeting on the Occasion of the Asia-Pacific Economic Cooperation (APEC) Ministerial Meeting
subtitle: Overview of Results
issued: November 17, 2004 = 2004-11-17
chrome photo: photo(Foreign Minister Machimura and Foreign Minister Lavrov) photo(Japan-Russia Foreign Ministers' Meeting)
chrome navigation: Back to Index
lead ¶ On November 17 (local time), M
lead ¶ This was the first meeting bet
§ 1. Future political agenda
  (1)
    ¶ The two ministers agreed that
  (2)
    ¶ The two ministers agreed that
§ 2. Northern Territories issue
  (1)
    ¶ The two ministers agreed that
  (2)
    ¶ Foreign Minister Machimura sta
  (3)
    ¶ Regarding the comments made by
    ¶ Foreign Minister Machimura rei
    ¶ Foreign Minister Lavrov appear
§ 3. Other areas
  ¶ With President Putin's visit t
§ 4. International issues
  ¶ The two ministers agreed to co"""

SEED_004 = """\
title: Foreign Minister Kawaguchi's Courtesy Visit to Russian President Putin
subtitle: Summary
chrome navigation: Summary of Meetings
chrome navigation: Back to Index
lead ¶ Minister for Foreign Affairs Y
§ 1. Prime Minister Koizumi's Visit to Russia
  (1)
    ¶ The schedule of Prime Minister
  (2)
    ¶ Foreign Minister Kawaguchi con
    - (a) #1
      ¶ Prime Minister Koizumi express
    - (b) #2
      ¶ Prime Minister Koizumi is look
    - (c) #3
      ¶ Prime Minister Koizumi is also
§ 2. Situation concerning North Korea
  (1)
    ¶ President Putin made the follo
    - • #None
      ¶ Cooperation is advancing on th
  (2)
    ¶ Foreign Minister Kawaguchi res
    - • #None
      ¶ Japan and Russia share the ide
  (3)
    ¶ President Putin also made the
    - • #None
      ¶ I again wish to express congra
    - • #None
      ¶ Russia wishes to continue its
§ 3. Peace Treaty Negotiations
  (1)
    ¶ President Putin made the follo
    - • #None
      ¶ Japan and Russia must join for
  (2)
    ¶ Foreign Minister Kawaguchi res
    - • #None
      ¶ I talked with Japanese busines
    - • #None
      ¶ It is important to solve probl
  (3)
    ¶ President Putin made the follo
    - • #None
      ¶ It is no exaggeration to say t
§ 4. Other Topics
  (1) Japan-Russia economic relations
    - (a) #1
      ¶ President Putin made the follo
      - • #None
        ¶ I have already talked with Pri
      - • #None
        ¶ I have heard that a substantia
    - (b) #2
      ¶ In response, Foreign Minister
      - • #None
        ¶ Japan's exports to Russia in 2
      - • #None
        ¶ Mutual relations among Japan,
      - • #None
        ¶ Fixing Japan-Russia relations
  (2) Antiterrorist measures
    ¶ Foreign Minister Kawaguchi mad
    - • #None
      ¶ President Putin's determinatio
    - • #None
      ¶ (Referring to the terrorist in"""

GOLDEN = {"000": SEED_000, "001": SEED_001, "002": SEED_002, "003": SEED_003, "004": SEED_004}


@pytest.mark.parametrize("prefix", sorted(GOLDEN))
def test_seed_tree(prefix: str) -> None:
    doc = mofa_parse.parse(seed_text(prefix))
    assert outline(doc) == GOLDEN[prefix].splitlines()


@pytest.mark.parametrize("prefix", sorted(GOLDEN))
def test_seed_diagnostics(prefix: str) -> None:
    doc = mofa_parse.parse(seed_text(prefix))
    structural = [c for c in codes(doc) if not c.split()[1].startswith(("meeting", "speech"))]
    assert structural == (["1:1 no-date"] if prefix == "004" else [])


@pytest.mark.parametrize("prefix", sorted(GOLDEN))
def test_seed_spans_are_exact(prefix: str) -> None:
    doc = mofa_parse.parse(seed_text(prefix))
    for block in [*doc.preamble, *doc.iter_blocks()]:
        assert block.span is not None
        if isinstance(block, Paragraph):
            assert doc.source[block.span.start : block.span.end] == block.text
        else:
            assert doc.source[block.span.start :].startswith(block.marker)
    for chrome in doc.chrome:
        assert chrome.span is not None
        assert doc.source[chrome.span.start : chrome.span.end] == chrome.text
    assert doc.title_span is not None


def test_seed_000_full_nodes() -> None:
    doc = mofa_parse.parse(seed_text("000"))
    assert doc.issued == dt.date(2004, 11, 22)
    second = doc.sections[1]
    assert second == Section(
        2,
        "2.",
        "Peace treaty issue",
        (second.body[0],),
    )
    assert isinstance(second.body[0], Paragraph)
    assert second.body[0].text.endswith("including reciprocal visits by the foreign minister's.")
    first_clause = doc.sections[0].clauses[0]
    assert first_clause.marker == "(1)"
    assert first_clause.body[0] == Paragraph(
        "President Putin reaffirmed that he would visit Japan in early 2005 and explained that the Russian side "
        "had yet to determine a specific date for the visit to propose to Japan. The two leaders agreed to "
        "continue making adjustments at the working level in this regard."
    )
    # "(a) bilateral relations ... (b) North Korea" in running text is not structure.
    assert doc.preamble[1].text.startswith("At this meeting, the two leaders discussed (a) bilateral relations")


def test_seed_001_item_continuation_paragraph() -> None:
    doc = mofa_parse.parse(seed_text("001"))
    fisheries = doc.sections[5].clauses[1]
    assert fisheries.heading == "Fisheries"
    first, second = fisheries.items
    assert isinstance(first, Item) and isinstance(second, Item)
    assert [type(b) for b in first.body] == [Paragraph, Paragraph]
    assert first.body[1] == Paragraph(
        "President Putin stated that he is interested in advancing cooperation between Japan and Russia to "
        "prevent smuggling and illegal fishing and that conservation of marine biological resources is a matter "
        "of concern to both Japan and Russia."
    )


def test_seed_004_nested_bullets_under_lettered_items() -> None:
    doc = mofa_parse.parse(seed_text("004"))
    economic = doc.sections[3].clauses[0]
    assert isinstance(economic, Clause)
    assert economic.heading == "Japan-Russia economic relations"
    a_item, b_item = economic.items
    assert (a_item.marker, a_item.ordinal, b_item.marker, b_item.ordinal) == ("(a)", 1, "(b)", 2)
    assert [block.marker for block in b_item.body if isinstance(block, Item)] == ["•", "•", "•"]
    assert [c.kind for c in doc.chrome] == [ChromeKind.NAVIGATION, ChromeKind.NAVIGATION]


@pytest.mark.parametrize("prefix", sorted(GOLDEN))
def test_seed_round_trips_through_render(prefix: str) -> None:
    doc = mofa_parse.parse(seed_text(prefix))
    rendered = mofa_parse.render(doc)
    again = mofa_parse.parse(rendered)
    assert again == doc
    assert outline(again, width=10_000) == outline(doc, width=10_000)
    assert mofa_parse.render(again) == rendered
