"""Names written with a person's title: right after one, a name is a person's, though the
model read it as a product or a work ("analyst Lars Eide wrote", "coach Mirra Andreeva said");
and letters of honours and offices after a person's name are no part of it ("Anthony Glynn SC",
"Priti Shah MP", "Dame Ada Roe DBE"), nor an entity when the model reads them apart after a
full name and a comma ("Dr. Lena Ruiz, MD" is no Maryland, "Omar Tell, CFP" no organization).

Why: the small model reads some unfamiliar two-word names as a product or a work of art, and
those spans are dropped as no entity; the title before them ("analyst", "chief executive",
"Judge", the titles of `seeds/entity_titles.txt`) says plainly that a person is named. Only
names shaped as one: two to four words, each capitalised and made of letters (no digit, no
quotation: "the iPhone 16", "“Dune”"). Spans the model read as a person, an organization or a
place are left to the steps that read titles. The letters after a name (tables in
`tasks.entity_rules.titled_names`) are cut from spans read as a person's or written after a
person's title ("barrister Anthony Glynn SC", read as an organization): "Orlando City SC" is a
club.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.entities.mentions import Mention, Span
from tasks.entities.roles import TitlePatterns
from tasks.entity_rules import titled_names as table


def _shaped_as_a_name(surface: str) -> bool:
    words = surface.split()
    low, high = table.NAME_WORDS
    return low <= len(words) <= high and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words
    )


def _name_alone(surface: str) -> str:
    """The person's name without the letters after it ("Anthony Glynn SC, KC" -> "Anthony
    Glynn"); never down to one word."""
    words = surface.split()
    while len(words) > 2 and words[-1].rstrip(",.") in table.POST_NOMINALS:
        words.pop()
    return surface[: surface.rindex(words[-1]) + len(words[-1])].rstrip(",")


def titled_name_spans(text: str, spans: Sequence[Span], titles: TitlePatterns) -> list[Span]:
    """The model's spans, each name-shaped product or work right after a title a person, and
    each person's span without the letters after the name."""
    out: list[Span] = []
    for surface, label, start, end in spans:
        titled = titles.before.search(text[max(0, start - rules.TITLE_WINDOW) : start])
        if titled and label in table.MISREAD_LABELS and _shaped_as_a_name(surface):
            label = "PERSON"
        if (label == "PERSON" or titled) and text[start:end] == surface:
            name = _name_alone(surface)
            if name != surface:
                surface, label, end = name, "PERSON", start + len(name)
        out.append((surface, label, start, end))
    return out


def without_credentials(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the letters of `table.POST_NOMINALS` read as a name of their own,
    by the model or the alias table, right after a person's full name (two words or more,
    perhaps read as an organization's) and a comma: "Lena Ruiz, MD". A town the model reads as
    a person is one word more often ("Jackson, MS"), and those letters are no state's but
    "MD"; a place before them ("Silver Spring, MD") is never read so."""
    joint = len(table.CREDENTIAL_JOINT)
    people_ends = {
        m.end
        for m in mentions
        if m.type in ("PERSON", "ORG")
        and " " in m.key
        and text.startswith(table.CREDENTIAL_JOINT, m.end)
    }
    return [
        m
        for m in mentions
        if not (
            m.start - joint in people_ends and m.surface(text).rstrip(".") in table.POST_NOMINALS
        )
    ]
