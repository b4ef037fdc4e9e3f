"""The corpus tables: made-up readouts that name the same people in every form, and the seeds."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from mofa_parse import Corpus, Person, parse
from mofa_parse.corpus import MeetingRow, Role, TitleSeen, name_key
from mofa_parse.corpus.identity import Sighting, person_ids

from conftest import SEEDS

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_paths(FIXTURES)


def test_participants_carry_one_id_per_human_and_iso_codes(corpus: Corpus) -> None:
    rows = [(r.document, r.person, r.role.value, r.name, r.country) for r in corpus.participants]
    assert rows == [
        ("2003/foreign_ministers.txt", "JPN:ichiro-kono", "principal", "Ichiro Kono", "JPN"),
        ("2003/foreign_ministers.txt", "RUS:dmitri-volkov", "principal", "Dmitri Volkov", "RUS"),
        ("2003/japan_eu_okada.txt", "JPN:jiro-okada", "principal", "Jiro Okada", "JPN"),
        ("2003/japan_eu_okada.txt", "XEU:elena-rossi", "principal", "Elena Rossi", "XEU"),
        ("2003/japan_rok.txt", "JPN:ichiro-kono", "principal", "Ichiro Kono", "JPN"),
        ("2003/japan_rok.txt", "KOR:ho-kang-min", "principal", "Kang Min-ho", "KOR"),
        ("2003/japan_russia_summit.txt", "JPN:hayashi-kenta", "principal", "Kenta Hayashi", "JPN"),
        ("2003/japan_russia_summit.txt", "RUS:orlov-pavel", "principal", "Pavel Orlov", "RUS"),
        ("2003/japan_russia_summit.txt", "JPN:ichiro-kono", "accompanying", "Ichiro Kōno", "JPN"),
        ("2003/japan_russia_summit.txt", "RUS:dmitri-volkov", "accompanying", "Dmitri Volkov", "RUS"),
        ("2003/japan_us_telephone.txt", "JPN:jiro-okada", "principal", "Okada", "JPN"),
        ("2003/japan_us_telephone.txt", "USA:john-miller", "principal", "John Miller", "USA"),
        ("2021/japan_eu.txt", "JPN:hayashi-kenta", "principal", "HAYASHI Kenta", "JPN"),
        ("2021/japan_eu.txt", "XEU:lukas-maier", "principal", "Lukas Maier", "XEU"),
        ("2021/japan_korea_summit.txt", "JPN:hayashi-kenta", "principal", "HAYASHI Kenta", "JPN"),
        ("2021/japan_korea_summit.txt", "KOR:hoon-ji-seo", "principal", "Seo Ji-hoon", "KOR"),
        ("2021/japan_korea_summit.txt", "-:jun-okada", "accompanying", "OKADA Jun", None),
        ("2021/japan_korea_summit.txt", "KOR:ho-kang-min", "accompanying", "KANG Min-ho", "KOR"),
        ("2021/japan_russia_surnames.txt", "JPN:hayashi-kenta", "principal", "Hayashi", "JPN"),
        ("2021/japan_russia_surnames.txt", "RUS:orlov-pavel", "principal", "Orlov", "RUS"),
        ("2021/japan_russia_telephone.txt", "JPN:hayashi-kenta", "principal", "HAYASHI Kenta", "JPN"),
        ("2021/japan_russia_telephone.txt", "RUS:orlov-pavel", "principal", "Pavel Orlov", "RUS"),
    ]


def test_people_gather_every_name_form_title_and_document(corpus: Corpus) -> None:
    rows = [
        (
            r.person,
            r.name,
            r.surname,
            r.names,
            r.country,
            tuple((t.title, t.first and t.first.isoformat(), t.last and t.last.isoformat()) for t in r.titles),
            r.documents,
        )
        for r in corpus.people
    ]
    assert rows == [
        ("-:jun-okada", "Jun Okada", "Okada", ("OKADA Jun",), None, (("Minister of Defense", "2021-11-01", "2021-11-01"),), ("2021/japan_korea_summit.txt",)),
        ("JPN:hayashi-kenta", "Kenta Hayashi", "Hayashi", ("HAYASHI Kenta", "Hayashi", "Kenta Hayashi"), "JPN", (("Prime Minister", "2003-03-03", "2021-12-20"),), ("2003/japan_russia_summit.txt", "2021/japan_eu.txt", "2021/japan_korea_summit.txt", "2021/japan_russia_surnames.txt", "2021/japan_russia_telephone.txt")),
        ("JPN:ichiro-kono", "Ichiro Kono", "Kono", ("Ichiro Kono", "Ichiro Kōno"), "JPN", (("Minister for Foreign Affairs", "2003-03-03", "2003-06-10"),), ("2003/foreign_ministers.txt", "2003/japan_rok.txt", "2003/japan_russia_summit.txt")),
        ("JPN:jiro-okada", "Jiro Okada", "Okada", ("Jiro Okada", "Okada"), "JPN", (("Minister for Foreign Affairs", "2003-07-02", "2003-08-01"),), ("2003/japan_eu_okada.txt", "2003/japan_us_telephone.txt")),
        ("KOR:ho-kang-min", "Kang Min-ho", "Kang", ("KANG Min-ho", "Kang Min-ho"), "KOR", (("Minister of Foreign Affairs", "2003-06-10", "2021-11-01"),), ("2003/japan_rok.txt", "2021/japan_korea_summit.txt")),
        ("KOR:hoon-ji-seo", "Seo Ji-hoon", "Seo", ("Seo Ji-hoon",), "KOR", (("President", "2021-11-01", "2021-11-01"),), ("2021/japan_korea_summit.txt",)),
        ("RUS:dmitri-volkov", "Dmitri Volkov", "Volkov", ("Dmitri Volkov",), "RUS", (("Foreign Minister", "2003-03-03", "2003-03-03"), ("Minister of Foreign Affairs", "2003-03-05", "2003-03-05")), ("2003/foreign_ministers.txt", "2003/japan_russia_summit.txt")),
        ("RUS:orlov-pavel", "Pavel Orlov", "Orlov", ("Orlov", "Pavel Orlov"), "RUS", (("President", "2003-03-03", "2021-12-20"),), ("2003/japan_russia_summit.txt", "2021/japan_russia_surnames.txt", "2021/japan_russia_telephone.txt")),
        ("USA:john-miller", "John Miller", "Miller", ("John Miller",), "USA", (("Secretary of State", "2003-08-01", "2003-08-01"),), ("2003/japan_us_telephone.txt",)),
        ("XEU:elena-rossi", "Elena Rossi", "Rossi", ("Elena Rossi",), "XEU", (("High Representative", "2003-07-02", "2003-07-02"),), ("2003/japan_eu_okada.txt",)),
        ("XEU:lukas-maier", "Lukas Maier", "Maier", ("Lukas Maier",), "XEU", (("President of the European Council", "2021-12-01", "2021-12-01"),), ("2021/japan_eu.txt",)),
    ]


def test_statements_name_their_speakers_by_id(corpus: Corpus) -> None:
    rows = [(r.document, r.index, r.speaker, r.speaker_text, r.verb, r.family) for r in corpus.statements]
    assert rows == [
        ("2003/foreign_ministers.txt", 0, "JPN:ichiro-kono", "Minister Kono", "conveyed", "express"),
        ("2003/foreign_ministers.txt", 1, "RUS:dmitri-volkov", "Minister Volkov", "stated", "state"),
        ("2003/japan_eu_okada.txt", 0, "JPN:jiro-okada", "Minister Okada", "stated", "state"),
        ("2003/japan_rok.txt", 0, "KOR:ho-kang-min", "Minister Kang", "stated", "state"),
        ("2003/japan_rok.txt", 1, "joint", "The two ministers", "agreed", "agree"),
        ("2003/japan_russia_summit.txt", 0, "RUS:orlov-pavel", "President Orlov", "stated", "state"),
        ("2003/japan_russia_summit.txt", 1, "JPN:hayashi-kenta", "Prime Minister Hayashi", "stated", "state"),
        ("2003/japan_us_telephone.txt", 0, "USA:john-miller", "Secretary Miller", "stated", "state"),
        ("2021/japan_eu.txt", 0, "XEU:lukas-maier", "President Maier", "stated", "state"),
        ("2021/japan_korea_summit.txt", 0, "KOR:hoon-ji-seo", "President Seo", "stated", "state"),
        ("2021/japan_korea_summit.txt", 1, "JPN:hayashi-kenta", "Prime Minister Hayashi", "stated", "state"),
        ("2021/japan_russia_surnames.txt", 0, "RUS:orlov-pavel", "President Orlov", "stated", "state"),
        ("2021/japan_russia_telephone.txt", 0, "JPN:hayashi-kenta", "Prime Minister Hayashi", "stated", "state"),
        ("2021/japan_russia_telephone.txt", 1, "RUS:orlov-pavel", "President Orlov", "stated", "state"),
    ]
    statement = corpus.statements[0]
    assert (statement.section, statement.clause, statement.in_response_to) == (1, None, None)
    doc = corpus.document(statement.document)
    assert statement.start is not None and statement.end is not None
    assert doc.source[statement.start : statement.end].startswith("Minister Kono conveyed")


def test_a_meeting_row_per_document(corpus: Corpus) -> None:
    path = FIXTURES / "2021" / "japan_korea_summit.txt"
    (row,) = [r for r in corpus.meetings if r.document == "2021/japan_korea_summit.txt"]
    assert row == MeetingRow(
        document="2021/japan_korea_summit.txt",
        path=str(path),
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        issued=dt.date(2021, 11, 2),
        date=dt.date(2021, 11, 1),
        kind="summit",
        title="Japan-Republic of Korea Summit Meeting",
        location=None,
        occasion=None,
        start=dt.time(15, 0),
        end=dt.time(15, 40),
        duration_minutes=40,
        time_zone=None,
        statements=2,
        warnings=1,  # a note: the lead gives no place
    )
    assert [r.document for r in corpus.meetings] == sorted(r.document for r in corpus.meetings)


def test_the_seeds_name_one_putin(seed_paths: list[Path]) -> None:
    corpus = Corpus.from_paths(SEEDS)
    people = {row.person: (row.names, row.country) for row in corpus.people}
    assert people["RUS:putin-vladimir"] == (("Putin", "Vladimir Putin"), "RUS")
    assert [row.person for row in corpus.people] == [
        "-:igor-ivanov",
        "JPN:abe-shinzo",
        "JPN:junichiro-koizumi",
        "JPN:kato-ryozo",
        "JPN:kawaguchi-yoriko",
        "JPN:machimura-nobutaka",
        "JPN:mori/prime-minister",
        "RUS:aleksandr-losyukov",
        "RUS:lavrov-sergey",
        "RUS:prikhodjko-sergei",
        "RUS:putin-vladimir",
    ]
    assert {row.country for row in corpus.participants} == {"JPN", "RUS"}
    # every seed names Putin, as "Russia" or "Russian Federation", with or without his given name
    assert people["RUS:putin-vladimir"] and len({row.document for row in corpus.participants}) == 5
    assert next(r for r in corpus.people if r.person == "RUS:putin-vladimir").titles == (
        TitleSeen("President", dt.date(2000, 11, 15), dt.date(2004, 11, 21)),
    )


def test_the_document_keeps_its_own_person_and_the_corpus_maps_it(corpus: Corpus) -> None:
    doc = corpus.document("2003/japan_us_telephone.txt")
    okada = doc.person("Minister Okada")
    assert okada == Person(None, "Okada", "Minister for Foreign Affairs", "Japan")
    assert corpus.person_id("2003/japan_us_telephone.txt", okada) == "JPN:jiro-okada"
    with pytest.raises(KeyError, match="not named in document"):
        corpus.person_id("2003/japan_rok.txt", okada)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mr. KISHIDA Fumio", "Fumio Kishida"),
        ("Kōno Taro", "Taro Kono"),
        ("H.E. Mr. Joseph R. Walker, MP", "Joseph Walker"),
        ("His Royal Highness Prince Ali", "Prince Ali"),
        ("Dr. Maria Schön", "maria schon"),
        ("John Miller Jr", "John Miller"),
    ],
)
def test_a_name_key_drops_order_capitals_diacritics_honorifics_and_post_nominals(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_different_names_have_different_keys() -> None:
    assert name_key("Fumio Kishida") != name_key("Nobuo Kishi")
    assert name_key("Taro Kono") != name_key("Yohei Kono")


def _ids(*people: tuple[str, Person, int]) -> list[str]:
    sightings = [Sighting(document, person, dt.date(year, 1, 1)) for document, person, year in people]
    ids = person_ids(sightings)
    return [ids[(s.document, s.person)] for s in sightings]


def test_one_surname_and_country_in_different_roles_and_years_stay_apart() -> None:
    jiro = Person("Jiro Okada", "Okada", "Minister for Foreign Affairs", "Japan")
    jun = Person("Jun Okada", "Okada", "Minister of Defense", "Japan")
    fm = Person(None, "Okada", "Foreign Minister", "Japan")
    defense = Person(None, "Okada", "Minister of Defense", "Japan")
    other = Person(None, "Okada", "Minister of Finance", "Japan")
    assert _ids(("a", jiro, 2003), ("b", jun, 2021), ("c", fm, 2004), ("d", defense, 2022), ("e", other, 2010)) == [
        "JPN:jiro-okada",
        "JPN:jun-okada",
        "JPN:jiro-okada",  # the role of Jiro Okada, in other words
        "JPN:jun-okada",
        "JPN:okada/minister-of-finance",  # neither held it: an id of its own
    ]


def test_two_full_names_of_one_role_leave_a_surname_alone_apart() -> None:
    a = Person("Jiro Okada", "Okada", "Prime Minister", "Japan")
    b = Person("Jun Okada", "Okada", "Prime Minister", "Japan")
    alone = Person(None, "Okada", "Prime Minister", "Japan")
    assert _ids(("a", a, 2003), ("b", b, 2021), ("c", alone, 2010))[2] == "JPN:okada/prime-minister"


def test_a_name_without_country_joins_the_one_person_of_that_name() -> None:
    known = Person("Pavel Orlov", "Orlov", "President", "Russian Federation")
    bare = Person("Pavel Orlov", "Orlov", "President", None)
    alone = Person(None, "Orlov", "President", None)
    assert _ids(("a", known, 2003), ("b", bare, 2004), ("c", alone, 2005)) == ["RUS:orlov-pavel"] * 3
    assert _ids(("b", bare, 2004)) == ["-:orlov-pavel"]


def test_ids_are_the_same_in_any_order_and_any_corpus(tmp_path: Path) -> None:
    for name in ("2003/japan_russia_summit.txt", "2021/japan_russia_telephone.txt"):
        target = tmp_path / "other" / Path(name).name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(FIXTURES / name, target)
    small = Corpus.from_paths(tmp_path / "other")
    assert {row.person for row in small.people} == {
        "JPN:hayashi-kenta",
        "JPN:ichiro-kono",
        "RUS:dmitri-volkov",
        "RUS:orlov-pavel",
    }


def test_files_that_cannot_be_read_are_failures_and_the_rest_go_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text((FIXTURES / "2003" / "japan_rok.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"Japan\x00Summit\n")
    (tmp_path / "latin1.txt").write_bytes("Japan-Côte Summit\n".encode("latin-1"))
    (tmp_path / "empty").mkdir()
    corpus = Corpus.from_paths([tmp_path, tmp_path / "missing.txt", tmp_path / "empty"])
    assert [source.document for source in corpus.sources] == ["good.txt"]
    assert [(Path(f.path).name, f.message) for f in corpus.failures] == [
        ("binary.txt", "1:6: binary file (NUL byte), not a text readout"),
        ("empty", "no *.txt, *.html, *.htm readouts in this folder"),
        ("latin1.txt", "1:8: not valid UTF-8: byte 0xf4 cannot be decoded (pass encoding= for other encodings)"),
        ("missing.txt", "no such file or directory"),
    ]


def test_parallel_processes_give_the_same_corpus() -> None:
    one = Corpus.from_paths(FIXTURES)
    two = Corpus.from_paths(FIXTURES, jobs=2)
    assert two.sources == one.sources
    assert two.documents == one.documents
    assert (two.meetings, two.participants, two.statements, two.people) == (
        one.meetings,
        one.participants,
        one.statements,
        one.people,
    )


def test_a_corpus_of_texts_is_keyed_by_the_ids_given() -> None:
    text = (FIXTURES / "2003" / "japan_rok.txt").read_text(encoding="utf-8")
    corpus = Corpus.from_texts({"b": text, "a": text})
    assert [(s.document, s.path) for s in corpus.sources] == [("a", None), ("b", None)]
    assert corpus.sources[0].sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert corpus.documents[0] == parse(text)
    assert [row.role for row in corpus.participants] == [Role.PRINCIPAL] * 4
    with pytest.raises(ValueError, match="no table 'meeting'"):
        corpus.table("meeting")


def test_a_saved_page_is_read_as_its_readout(tmp_path: Path) -> None:
    pages = Path(__file__).parent / "fixtures" / "pages"
    shutil.copy(pages / "mofa.html", tmp_path / "page.html")
    shutil.copy(pages / "mofa.txt", tmp_path / "text.txt")
    corpus = Corpus.from_paths(tmp_path)
    assert [source.document for source in corpus.sources] == ["page.html", "text.txt"]
    page, text = (
        [(r.person, r.role, r.name, r.title, r.country) for r in corpus.participants if r.document == name]
        for name in ("page.html", "text.txt")
    )
    assert page == text and page
    assert corpus.documents[0].origin.path == str(tmp_path / "page.html")
