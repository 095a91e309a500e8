"""A name the model reads as a person's whose last word belongs to organizations' names
("Fenwick Mobile", "Keller Rohrback LLP", "Quill Therapeutics") is an organization, and so is
a name the model ends right before a firm's legal form ("Edelson" + " PC"), the form taken in,
or before a company's closing words ("Al Noor" + " Horizon Properties"), the words taken in.

Why: the small model reads an unknown two-word company as a first name and a surname, and the
type decides the links after it: the company's first word alone ("Fenwick said") is linked to an
organization named in full, never to a person, so the one company became two entities. The
closing words are data in `tasks.entity_rules.company_words`; a word that also ends places or
common surnames is not among them. A person's span the model ends before a company's closing
words is carried over them only when no other person of the text holds its words ("Donald
Trump" beside "Trump" + " Media": the man stays the man), unless that person is the company's
own short name ("Al Noor Horizon").
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules.company_words import (
    FIRM_END_WORDS,
    FIRM_WORDS_AFTER_RE,
    LEGAL_FORM_AFTER_RE,
    ORG_END_WORDS,
)
from tasks.names import fold


def company_word_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The spans with each person's name of two words or more that ends with an
    organization's word (capitalised, as a name's word is) read as an organization, and each
    span right before a firm's legal form or a person's span right before a company's closing
    words carried over them as an organization."""
    spans = _firm_words_taken_in(text, spans)
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


def _firm_words_taken_in(text: str, spans: Sequence[Span]) -> list[Span]:
    """Each person's span followed by one or two capitalised words that end with a firm's word
    ("Al Noor" + " Horizon Properties") made one organization over them, the spans inside them
    dropped; not a name held by another person of the text."""
    index = SpanIndex(text, spans)
    people = [f" {fold(s[0])} " for s in spans if s[1] == "PERSON"]
    dropped: set[int] = set()
    added: list[Span] = []
    for i, (surface, label, *_) in enumerate(spans):
        where = index.located[i]
        if label != "PERSON" or where is None or i in dropped:
            continue
        after = FIRM_WORDS_AFTER_RE.match(text, where[1])
        if after is None or fold(after["last"]) not in FIRM_END_WORDS:
            continue
        key, firm = f" {fold(surface)} ", f" {fold(text[where[0] : after.end()])} "
        if any(key in person and not firm.startswith(person) for person in people):
            continue  # "Trump" + " Media" beside "Donald Trump"; not "Al Noor Horizon" itself
        inside = index.inside(where[1], after.end())
        if inside is None:
            continue
        dropped.update([i, *inside])
        added.append((text[where[0] : after.end()], "ORG", where[0], after.end()))
    return replaced(spans, dropped, added) if added else list(spans)
