"""A person's name with a particle before the surname ("Robert van den Heuvel", "Dafydd ap
Gwilym", "Sebastián Ortega y Gasset"), which the model cuts at the particle: one person's span.

Why: the model ends the person's span before or on the particle ("Robert van", "Dafydd ap",
"Sebastián Ortega") and reads the surname as a name of its own, a person, an organization or a
place ("Heuvel", "Gasset", "Kabongo"), so one person became two entities, neither with the
name the article writes. A lowercase particle between a person's name and a capitalised word
(`tasks.entity_rules.particle_names`) says the word is the surname. The surname's own span
gives way when it is that one word; after the Spanish "y", only when the model did not read
the word as a person ("Pedro y Pablo" in a quoted list are two people). The particles in
`tasks.entity_rules.SURNAME_PARTICLES` are taken in when the surname has no span of its own by
`tasks.entities.mentions.surname_after_particles_end`; this step covers the rest.

Cost: each person's span reads a pattern at its end and asks the span index (by bisection).
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import particle_names as rules


def particle_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each person's span cut at a particle carried on over the
    surname, the surname's own one-word span dropped."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for i, span in enumerate(spans):
        where = index.located[i]
        if span[1] != "PERSON" or where is None or i in dropped:
            continue
        start, end = where
        last = text[start:end].rsplit(None, 1)[-1]
        pattern = (
            rules.SURNAME_AFTER_PARTICLE_RE
            if last in rules.PARTICLES and " " in text[start:end]
            else rules.SURNAME_AFTER_RE
        )
        found = pattern.match(text, end)
        if found is None:
            continue
        particles = found["particles"].split()
        over = index.overlapping(*found.span("surname"))
        if any(index.located[j] != found.span("surname") for j in over):
            continue  # a span reaches beyond the surname: left as the model read it
        if over and spans[over[0]][1] == "PERSON" and rules.CONJUNCTIONS & {*particles, last}:
            continue
        dropped.update([i, *over])
        added.append((text[start : found.end()], "PERSON", start, found.end()))
    return replaced(spans, dropped, added)
