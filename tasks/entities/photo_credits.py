"""A photo's credit names two: the photographer and the agency, joined by a slash ("(AP
Photo/Martin Mejia)", "Photo: Ethan Miller/Getty Images", "Photograph: Tom Jenkins/The
Guardian").

Why: the small model reads the slash as part of one name, so the credit comes out as one
organization ("AP Photo/Martin Mejia") or one person ("Ethan Miller/Getty Images", then cut to
"Ethan Miller/"), and the agency is lost. A credit's shape says which side is which: the agency
is written in capitals, headed by "The" or ends with a word agencies' names end with
("Images", "Press"); the photographer is two or three capitalised words. Where one side is the
agency and the other the photographer, the model's spans inside the credit give way to an
organization (without a caption's "Photo": "AP") and a person; so does a span run on from the
credit past its end ("Ethan Miller/Getty Images" and the next line's first word). A credit the
model read from before its start, or whose sides do not have those shapes, stays as it is. The
names a credit gives count as credited where lines that are no sentence are read
(`tasks.entities.sentences`). The patterns are data in `tasks.entity_rules.photo_credits`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import photo_credits as table

KINDS = frozenset({"ORG", "PERSON"})  # a credit names an agency and a photographer


def _credited(text: str, start: int, end: int) -> Span | None:
    """The span a credit's side names: the agency (an ORG, without its "Photo"), the
    photographer (a PERSON) or None for a side of neither shape."""
    part = text[start:end]
    if table.AGENCY_PART_RE.fullmatch(part):
        tail = table.AGENCY_PHOTO_TAIL_RE.search(part)
        end = start + tail.start() if tail else end
        return (text[start:end], "ORG", start, end)
    if table.PHOTOGRAPHER_RE.fullmatch(part):
        return (part, "PERSON", start, end)
    return None


def _credits(text: str) -> Iterator[tuple[int, int, tuple[Span, Span]]]:
    """Each credit's start and end and its two sides' spans, agency and photographer."""
    if "/" not in text:
        return
    for credit in table.CREDIT_RE.finditer(text):
        first = _credited(text, *credit.span("first"))
        second = _credited(text, *credit.span("second"))
        if first is not None and second is not None and {first[1], second[1]} == KINDS:
            yield credit.start("first"), credit.end("second"), (first, second)


def credited_sides(text: str) -> list[tuple[int, int]]:
    """Where the names photo credits credit stand, in text order: names a credit line gives
    though it is no sentence (`tasks.entities.sentences`)."""
    return [(side[2], side[3]) for _, _, sides in _credits(text) for side in sides]


def photo_credit_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each photo credit read as its agency and its photographer."""
    index: SpanIndex | None = None
    dropped: set[int] = set()
    added: list[Span] = []
    for start, end, sides in _credits(text):
        index = index or SpanIndex(text, spans)
        over = index.overlapping(start, end)
        if any(where is None or where[0] < start for where in map(index.located.__getitem__, over)):
            continue
        dropped.update(over)
        added.extend(sides)
    return replaced(spans, dropped, added) if added else list(spans)
