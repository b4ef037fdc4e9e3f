"""Resolving speakers to people: names, bare titles, pronouns, sides and lists.

A name ("President Putin") is looked up among the document's people
(``Document.person``), else read from the mention alone (``person_from_text``).
A bare title ("the Prime Minister") names the person last named in that role,
mentions outside subjects included ("... for Prime Minister Koizumi's words").
"He" and "she" name the last single speaker, unless the text has called that
speaker by the other pronoun. "The Japanese side" is the participant of that
country. Joint subjects ("the two leaders") are the meeting's participants,
filled in when the statements are built.
"""

from __future__ import annotations

from mofa_parse.model import Document, Joint, Person
from mofa_parse.rules.countries import ABBREVIATIONS, DEMONYMS, same_country
from mofa_parse.semantics.speech.language import mentions
from mofa_parse.text.names import parse_mention
from mofa_parse.text.roles import role_key
from mofa_parse.text.subject_mentions import is_nationality, subject_mention

__all__ = ["People", "Place", "person_from_text", "role"]

#: A place in reading order: (paragraph index, offset in the paragraph's text).
Place = tuple[int, int]

def role(title: str | None) -> str | None:
    """A title reduced to the role it names: "Minister for Foreign Affairs" -> "foreign minister"."""
    if not title:
        return None
    words = title.split()
    if len(words) > 1 and is_nationality(words[0]):
        words = words[1:]
    return role_key(" ".join(words))


def person_from_text(mention: str) -> Person:
    """A ``Person`` read from a mention alone: title, name and surname as written.

    Used for speakers the meeting metadata does not name; read by the mention reader
    of the meeting pass (``mofa_parse.text.mentions``, through ``text.subject_mentions``),
    as a subject first ("Freedonian President Firefly", "the Prime Minister"), so surnames written in capitals ("SUGA
    Yoshihide") and surname-first names ("Hu Jintao") come out right. A bare title gives
    a person with no surname.

    >>> person_from_text("Foreign Minister Igor Ivanov")
    Person(name='Igor Ivanov', surname='Ivanov', title='Foreign Minister', country=None)
    >>> person_from_text("President Putin of the Russian Federation")
    Person(name=None, surname='Putin', title='President', country='Russian Federation')
    """
    text = " ".join(mention.split())
    read = subject_mention(text) or parse_mention(text)
    if read is None:
        return Person(name=None, surname="", title=None)
    if not read.surname:
        return Person(name=None, surname="", title=read.title, country=read.country)
    name = read.name if read.name is not None and " " in read.name else None
    return Person(name=name, surname=read.surname, title=read.title, country=read.country)


class People:
    """Resolves mentions to people as the text is read, remembering who was named in which role.

    Names outside subjects matter only to later bare titles ("The Prime
    Minister stated"), so they are read lazily: when a bare title needs them,
    from where the last look ended, in the paragraph texts appended to
    ``texts`` as they are read. What a mention reads as is kept per mention,
    for this document only.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.texts: list[str] = []
        self._built: list[Person] = []
        self._by_role: dict[str, tuple[Place, Person]] = {}
        #: mention -> (person, the roles it fills: of the title as written and of the person's own title)
        self._named: dict[str, tuple[Person, tuple[str, ...]]] = {}
        self._read: dict[str, Person] = {}
        self._found: dict[str, Person | None] = {}
        self._recent: list[Person] = []
        self._pronouns: dict[Person, str] = {}
        self._scanned: Place = (0, 0)

    def read(self, mention: str) -> Person:
        """``person_from_text``, once per mention."""
        person = self._read.get(mention)
        if person is None:
            person = self._read[mention] = person_from_text(mention)
        return person

    def found(self, mention: str) -> Person | None:
        """``Document.person``, once per mention."""
        if mention not in self._found:
            self._found[mention] = self.doc.person(mention)
        return self._found[mention]

    def named(self, mention: str, place: Place) -> Person:
        """The person a name mention ("President Putin", "Mr. Shinzo Abe") stands for."""
        cached = self._named.get(mention)
        if cached is None:
            person, title = self._resolve(mention, place)
            if not person.surname:
                return person
            roles = tuple(found for found in {role(title), role(person.title)} if found)
            cached = self._named[mention] = (person, roles)
        person, roles = cached
        for each in roles:
            current = self._by_role.get(each)
            if current is None or current[0] <= place:
                self._by_role[each] = (place, person)
        return person

    def _resolve(self, mention: str, place: Place) -> tuple[Person, str | None]:
        guess = self.read(mention)
        if not guess.surname:
            return self.bare(mention, place), None
        found = self.found(mention)
        if found is not None:
            return found, guess.title
        surname = guess.surname.casefold()
        same = [p for p in self._built if p.surname.casefold() == surname]
        if same:
            wanted = role(guess.title)
            fitting = [p for p in same if wanted is None or role(p.title) in (None, wanted)]
            return (fitting or same)[-1], guess.title
        self._built.append(guess)
        return guess, guess.title

    def bare(self, mention: str, place: Place) -> Person:
        """The person a bare title ("the Prime Minister") names: the last one named in that role."""
        self._catch_up(place)
        guess = self.read(mention)
        wanted = role(guess.title)
        if guess.country:
            of_country = self._of_country(guess.country, wanted)
            if of_country is not None:
                return of_country
        if wanted and wanted in self._by_role:
            return self._by_role[wanted][1]
        found = self.found(mention)
        if found is not None:
            return found
        if wanted:
            words = set(wanted.split())
            fitting = [entry for named, entry in self._by_role.items() if words <= set(named.split())]
            if fitting:
                return max(fitting, key=lambda entry: entry[0])[1]
        return guess

    def _of_country(self, country: str, wanted: str | None) -> Person | None:
        """The person of ``country`` in the role ``wanted`` names ("the Swedish Minister",
        "the Foreign Minister of Sweden"): a participant first, then anyone named so far.
        A role fits a title whose role has all its words ("minister" fits "foreign minister")."""
        words = set(wanted.split()) if wanted else set()
        named = [person for person, _ in self._named.values()]
        meeting = self.doc.meeting
        for person in (*meeting.participants, *meeting.accompanied_by, *reversed(named)):
            title = role(person.title)
            if same_country(person.country, country) and (title is None or words <= set(title.split())):
                return person
        return None

    def _catch_up(self, place: Place) -> None:
        """Read the names mentioned between the last look and ``place``."""
        if place <= self._scanned:
            return
        unit, offset = self._scanned
        while (unit, 0) <= place and unit < len(self.texts):
            text = self.texts[unit]
            end = place[1] if unit == place[0] else len(text)
            for start, stop in mentions(text, offset, end):
                self.named(text[start:stop], (unit, start))
            unit, offset = unit + 1, 0
        self._scanned = place

    def spoke(self, person: Person) -> None:
        """Remember ``person`` as the latest single speaker (of the last eight)."""
        if self._recent and self._recent[-1] is person:
            return  # the same speaker again, as in most paragraphs
        if person in self._recent:
            self._recent.remove(person)
        self._recent.append(person)
        del self._recent[:-8]

    def pronoun(self, word: str) -> Person | None:
        """The speaker "he" or "she" stands for: the last single speaker, unless the text
        has called that speaker by the other pronoun; then the latest one it fits."""
        if not self._recent:
            return None
        chosen = next(
            (p for p in reversed(self._recent) if self._pronouns.get(p, word) == word),
            self._recent[-1],
        )
        self._pronouns[chosen] = word
        return chosen

    def members(self, subject: str, place: Place) -> Joint:
        """The people a list of names names: "Prime Minister A and President B"."""
        return Joint(tuple(self.named(subject[start:stop], place) for start, stop in mentions(subject)))

    def side(self, subject: str) -> Person:
        """The participant of "the Japanese side", by country (``rules/countries.toml``'s demonyms
        and abbreviations; an adjective it does not list by its first four letters)."""
        words = ["the", "Japanese", "side"] if subject == "Japan" else subject.split()
        adjective = words[1] if len(words) > 2 else ""
        country = DEMONYMS.get(adjective) or ABBREVIATIONS.get(adjective)
        for person in self.doc.meeting.participants:
            if country is not None and same_country(person.country, country):
                return person
            if country is None and person.country and person.country.casefold().startswith(adjective[:4].casefold()):
                return person
        return Person(name=None, surname="", title=None, country=country or adjective or None)
