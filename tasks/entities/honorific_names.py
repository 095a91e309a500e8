"""A person's name written after an honorific that stands before whole names ("Shri Rajendra
Patwardhan", "Mian Javed Iqbal Cheema"), which the model stops reading after the first name:
one person's span over the whole name.

Why: the small model, trained on US and UK prose, ends the span of an unfamiliar name after
"Shri Rajendra" or "Mian Javed" and leaves the surname unread or reads it as an organization
of its own ("Patwardhan"), so one person became a first name alone and a surname nobody links
to it. The honorifics of `tasks.entity_rules.honorific_names` are written before a given name
and a surname, never before a surname alone: a span of the honorific and one name word that
the text carries on with one to three capitalised words is the start of the whole name. Spans
inside those words give way; a span reaching beyond them leaves the name as the model read it.
A headline in title case is left alone: its capitalised words are the headline's.

Cost: each person's span whose first word is an honorific reads one pattern at its end and
asks the span index (by bisection).
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import honorific_names as rules


def honorific_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each "<honorific> <given name>" person's span carried on over the
    capitalised words after it, their own spans dropped."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for i, span in enumerate(spans):
        where = index.located[i]
        if span[1] != "PERSON" or where is None or i in dropped:
            continue
        start, end = where
        words = text[start:end].split()
        if (
            len(words) != 2
            or words[0].rstrip(".").lower() not in rules.WHOLE_NAME_HONORIFICS
            or words[1].rstrip(".'’").lower() in rules.NOT_A_FIRST_NAME
        ):
            continue
        found = rules.NAME_AFTER_RE.match(text, end)
        if found is None or _title_case_line(text, start):
            continue
        over = index.inside(end, found.end())
        if over is None:
            continue  # a span reaches beyond the name: left as the model read it
        dropped.update([i, *over])
        added.append((text[start : found.end()], "PERSON", start, found.end()))
    return replaced(spans, dropped, added)


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding `at` is written in title case, as a headline is."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    words = [
        w for w in text[line_start : None if line_end < 0 else line_end].split() if w[0].isalpha()
    ]
    capitalised = sum(w[0].isupper() for w in words)
    return bool(words) and capitalised / len(words) >= rules.TITLE_CASE_SHARE
