"""Speech attribution: who said what, in reply to whom.

The pass fills ``Document.statements`` with one ``Statement`` per reported utterance:

* reported speech, "<speaker> <verb> [that] <content>", one statement per verb
  when several verbs share a subject ("stated that ... and welcomed ...");
* block speech, "<speaker> made the following statements:", "<speaker>'s
  response was as follows:", "The following is a summary of the remarks made by
  <speaker>:", whose content is the paragraphs and items that follow, up to the
  next clause or section (or a paragraph opened by another speaker);
* the speaker-label layout: a paragraph holding only a speaker, followed by
  that speaker's remarks.

Its modules, in the order the pass uses them:

``units``       the body's paragraphs and headings in reading order, with where each sits
``sentences``   quotations masked, sentences split, what was said cleaned
``verbs``       the reporting verbs of a paragraph (vocabulary: ``mofa_parse.rules.verbs``)
``language``    how subjects, names and titles are written (vocabulary: ``mofa_parse.rules.people``)
``subjects``    the subject before a verb, or the one that opens a sentence
``drafts``      the statements of one sentence, as drafts
``speakers``    subjects resolved to people: names, bare titles, pronouns, sides
``blocks``      replies linked, and the text block statements and labels gather
``statements``  the ``Statement`` objects and the notes on unresolved speakers
``reading``     the pass itself (``apply``)
"""

from mofa_parse.semantics.speech.reading import apply
from mofa_parse.semantics.speech.speakers import person_from_text
from mofa_parse.semantics.speech.statements import UNRESOLVED_SPEAKER

__all__ = ["UNRESOLVED_SPEAKER", "apply", "person_from_text"]
