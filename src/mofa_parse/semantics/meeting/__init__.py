"""Meeting metadata: who met whom, when, where, for how long.

``apply`` reads the title, the date line and the lead paragraphs (the preamble,
or the first numbered paragraph when the lead is numbered) and fills
``Document.meeting`` and ``Document.people``. It reads only those few lines, so
its cost does not grow with the body. What it cannot read stays None and is
reported as a ``Severity.NOTE`` diagnostic with a ``meeting-...`` code; it never
guesses and never raises.

The people are built from the mentions in the lead (see ``text.mentions``): the
principals of the sentence that reports the meeting, the officials after
"accompanied by", then everyone else the title and lead name. Each person is
one ``Person`` object, shared by ``Meeting.participants``,
``Meeting.accompanied_by`` and ``Document.people``.

The modules: ``lead`` (the lead's sentences, date and fields), ``kind``,
``participants`` (people, company, countries), ``places`` (place and occasion)
and ``reader`` (the pass).
"""

from __future__ import annotations

import attrs

from mofa_parse.model import Diagnostic, Document, Meeting, Severity
from mofa_parse.semantics.meeting.kind import meeting_kind
from mofa_parse.semantics.meeting.reader import read_meeting
from mofa_parse.semantics.meeting.sides import title_countries

__all__ = ["apply", "meeting_kind", "title_countries"]


def apply(doc: Document) -> Document:
    """Fill ``doc.meeting`` and ``doc.people`` from the title, date line and lead.

    Never raises: an unexpected failure leaves the meeting empty and adds a
    ``meeting-error`` note, so that one odd readout cannot stop a batch.
    """
    try:
        meeting, people, notes = read_meeting(doc)
    except Exception as error:  # a semantic pass must not stop a lenient parse
        note = Diagnostic(
            1,
            1,
            f"meeting metadata could not be read: {type(error).__name__}",
            "",
            code="meeting-error",
            severity=Severity.NOTE,
        )
        return attrs.evolve(doc, meeting=Meeting(), people=(), warnings=(*doc.warnings, note))
    # Only the derived fields change: the rest of the document is not checked again, so that
    # the pass costs the same for a short readout and a long one.
    return attrs.evolve(doc, meeting=meeting, people=people, warnings=(*doc.warnings, *notes))
