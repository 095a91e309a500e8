"""Names in staff credits written "Role_Name" ("Choreographer_Mina Roh Ji, Director_Paek Sun").

Why: a theatre's, a show's or a programme's page lists its staff with the role glued to the
name by an underscore. The model reads "Choreographer_Mina" as one word, so the person comes
out as "Roh Ji" (a false name, and the real one missed), or keeps the role in the name ("Art
Director_Yoon Hae Rim"). The form says where the name starts and ends, so the model's spans are
corrected there before anything reads them. The pattern is data in `tasks.entity_rules`.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.entities.mentions import Span, SpanIndex


def staff_credit_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each credited name made one person: every span overlapping the
    role or the name is replaced by the name alone."""
    credits = list(rules.STAFF_CREDIT_RE.finditer(text))
    if not credits:
        return list(spans)
    index = SpanIndex(text, spans)
    replaced: set[int] = set()
    added: list[Span] = []
    for found in credits:
        start, end = found.span("name")
        replaced.update(index.overlapping(found.start(), end))
        added.append((text[start:end], "PERSON", start, end))
    kept = [span for i, span in enumerate(spans) if i not in replaced]
    return sorted([*kept, *added], key=lambda s: (s[2], s[3]))
