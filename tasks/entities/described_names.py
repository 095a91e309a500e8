"""A name written right after the common noun of its kind is an organization: "the charity
Help Musicians", "the Malian duo Amadou & Mariam", "the Leeds five-piece Yard Act".

Why: names made of common words, or joined by "&", are what the small model misses
(or reads as a work), and the kind noun before them says plainly what they are. Where the model
read nothing there, or read it as no entity (a work, a product), the words become an
organization; a name the model read as a person, a place or an organization is left to it. A
date after the noun is no name ("the company Tuesday said"). The same holds for a name followed
by an apposition headed by its kind ("Tavor, the Leeds-based appliance maker,"): consumer news
introduces a brand that way, and the model misses one-word brands made of common words
("Tower", "On the Beach"); and for what is "owned by", "backed by" or "part of" someone
("Vuelo, owned by Tarvik Group,"): a business or its brand, since a person is "who" and a
place is "run". A sentence adverb, a conjunction or a pronoun opening the sentence is no name
there. A name the model read as a place is an organization where it is "based" or
"headquartered" somewhere ("Veridane, which is based in Cambridge"): places are not based
anywhere. Names listed after a plural noun of companies ("lenders including Barclays, Lloyds
and NatWest") are organizations too, where the model read nothing, no entity or a person over
the whole name (a brand like "Greggs"). The patterns are data in
`tasks.entity_rules.described_names`.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import described_names as table
from tasks.names import fold


def described_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each name after its kind's noun, or before it in apposition
    ("Tavor, the appliance maker,"), an organization."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for found in (
        *table.DESCRIBED_NAME_RE.finditer(text),
        *table.APPOSED_NAME_RE.finditer(text),
    ):
        start, end = found.span("name")
        if table.DATE_NAME_RE.match(found["name"]):
            continue
        inside = index.inside(start, end)
        if inside is None or any(spans[i][1] not in table.NOT_ENTITY_LABELS for i in inside):
            continue
        dropped.update(inside)
        added.append((found["name"], "ORG", start, end))
    return replaced(spans, dropped, added) if added else list(spans)


def listed_organization_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each name listed after a plural noun of companies an
    organization."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for found in table.LISTED_ORGS_RE.finditer(text):
        start, end = found.span("names")
        for item in table.LISTED_ORG_RE.finditer(text, start, end):
            inside = index.inside(*item.span())
            if inside is None or any(
                spans[i][1] not in table.LISTED_MISREAD_LABELS
                or (spans[i][1] == "PERSON" and index.located[i] != item.span())
                for i in inside
            ):
                continue
            dropped.update(inside)
            added.append((item[0], "ORG", *item.span()))
    return replaced(spans, dropped, added) if added else list(spans)


def described_organizations(text: str) -> frozenset[str]:
    """Folded names the text writes right after an organization's kind noun, with or without an
    article ("fitness-tracking company Stridewell"), and each of their leading words' runs
    ("stridewell" of "company Stridewell Pro"): names of organizations, whatever else the text
    builds on them."""
    names: set[str] = set()
    for found in table.KIND_NOUN_NAME_RE.finditer(text):
        if table.DATE_NAME_RE.match(found["name"]):
            continue
        parts = fold(found["name"]).split()
        names.update(" ".join(parts[:i]) for i in range(1, len(parts) + 1))
    return frozenset(names)


def based_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each place right before "(, which is) based in" an
    organization."""
    return [
        (surface, "ORG", start, end)
        if label in table.PLACE_LABELS
        and text[start:end] == surface
        and table.BASED_AFTER_RE.match(text, end) is not None
        else (surface, label, start, end)
        for surface, label, start, end in spans
    ]
