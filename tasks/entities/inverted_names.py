"""A name written surname first ("Delgado, Ramon J., 46, of Lawrence", "Bishop, Terrence L.",
"Nguyen, Thanh Huong, 29"): one person's span, surname and given names together.

Why: court dockets, police logs and rolls write people this way, and the model reads the given
names alone as the person ("Ramon J", "Thanh Huong"), a fragment no one is known by, while the
surname, the one name the article uses again ("Delgado pleaded guilty"), is left to no one.
The form (`tasks.entity_rules.inverted_names`) is a capitalised word, a comma and given names
ending with an initial or followed by an age; it is a name when the model reads the given
names as a person, and, unless they end with an initial (the docket's own form, "Ramon J."),
the surname as a person or as nothing: a place or an organization before the comma
("Ferrari, Lewis Hamilton, 40") is an item of its own. The span then runs from the surname
over the given names.

Cost: one pass of a pattern over the text; each match asks the span index (by bisection).
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import inverted_names as rules


def inverted_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each name written surname first one person's span."""
    found = [
        f
        for f in rules.INVERTED_NAME_RE.finditer(text)
        if f["surname"][0].isupper() and f["given"][0].isupper()
    ]
    if not found:
        return list(spans)
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for f in found:
        over = index.inside(f.start(), f.end())
        if not over:
            continue  # nothing read there, or a span reaching beyond the name
        surname_end = f.end("surname")
        given = [i for i in over if (index.located[i] or (0, 0))[0] >= f.start("given")]
        surname = [i for i in over if i not in given]
        if not any(spans[i][1] == "PERSON" for i in given):
            continue
        if any((index.located[i] or (0, 0))[1] > surname_end for i in surname):
            continue
        initial = f["given"].endswith(".")  # "Ramon J.": the docket's form, whatever "Delgado" is
        if not initial and any(spans[i][1] not in rules.SURNAME_LABELS for i in surname):
            continue
        dropped.update(over)
        added.append((f.group(), "PERSON", f.start(), f.end()))
    return replaced(spans, dropped, added)
