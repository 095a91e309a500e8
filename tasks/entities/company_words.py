"""A name the model reads as a person's whose last word belongs to organizations' names
("Fenwick Mobile", "Keller Rohrback LLP", "Quill Therapeutics") is an organization, and so is
a name the model ends right before a firm's legal form ("Edelson" + " PC"), the form taken in.

Why: the small model reads an unknown two-word company as a first name and a surname, and the
type decides the links after it: the company's first word alone ("Fenwick said") is linked to an
organization named in full, never to a person, so the one company became two entities. The
closing words are data in `tasks.entity_rules.company_words`; a word that also ends places or
common surnames is not among them.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span
from tasks.entity_rules.company_words import LEGAL_FORM_AFTER_RE, ORG_END_WORDS
from tasks.names import fold


def company_word_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans with each person's name of two words or more that ends with an
    organization's word (capitalised, as a name's word is) read as an organization, and each
    span right before a firm's legal form carried over it as an organization."""
    out: list[Span] = []
    for surface, label, start, end in spans:
        form = LEGAL_FORM_AFTER_RE.match(text, end)
        if form and text[start:end] == surface and (form["pc"] is None or label == "PERSON"):
            surface, label, end = text[start : form.end()], "ORG", form.end()
        words = surface.split()
        if (
            label == "PERSON"
            and len(words) >= 2
            and words[-1][:1].isupper()
            and fold(words[-1]) in ORG_END_WORDS
        ):
            label = "ORG"
        out.append((surface, label, start, end))
    return out
