"""A person's name written after an honorific that stands before whole names ("Shri Rajendra
Patwardhan", "Mian Javed Iqbal Cheema"), which the model stops reading after the first name or
starts reading after it ("Shri Amit Kumar Tyagi" read as "Kumar Tyagi"): one person's span over
the whole name.

Why: the small model, trained on US and UK prose, ends the span of an unfamiliar name after
"Shri Rajendra" or "Mian Javed" and leaves the surname unread or reads it as an organization
of its own ("Patwardhan"), so one person became a first name alone and a surname nobody links
to it. The honorifics of `tasks.entity_rules.honorific_names` are written before a given name
and a surname, never before a surname alone: a span of the honorific and one name word that
the text carries on with one to three capitalised words is the start of the whole name, and a
person's span right after the honorific and one or two capitalised words is its end. Spans
inside those words give way; a span reaching beyond them leaves the name as the model read it.
A headline in title case is left alone: its capitalised words are the headline's.

Cost: each person's span whose first word is an honorific reads one pattern at its end and
asks the span index (by bisection); a line is judged a headline or not once, and only for a
span an honorific stands before (a line dense with names was read once a name).
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import honorific_names as rules


def honorific_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each "<honorific> <given name>" person's span carried on over the
    capitalised words after it, and each person's span after "<honorific> <given name>" carried
    back over the given name (not the honorific), the spans inside the words dropped."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    headlines: dict[int, bool] = {}  # line start -> title case, each line read once
    for i, span in enumerate(spans):
        where = index.located[i]
        if span[1] != "PERSON" or where is None or i in dropped:
            continue
        start, end = where
        words = text[start:end].split()
        if _honorific(words[0]) and len(words) == 2 and _first_name(words[1]):
            found = rules.NAME_AFTER_RE.match(text, end)
            region = (end, found.end()) if found else None
        else:
            region = _given_names_before(text, start)
        if region is None or rules.BODY_WORDS & set(text[region[0] : region[1]].lower().split()):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in headlines:
            headlines[line_start] = _title_case_line(text, line_start)
        if headlines[line_start]:
            continue
        over = index.inside(*region)
        name_start, name_end = min(start, region[0]), max(end, region[1])
        if over is None or len(text[name_start:name_end].split()) > rules.MAX_NAME_WORDS:
            continue  # a span reaches beyond the name: left as the model read it
        dropped.update([i, *over])
        added.append((text[name_start:name_end], "PERSON", name_start, name_end))
    return replaced(spans, dropped, added)


# How far before a person's span an honorific and the words after it are looked for.
_LOOK_BACK = 60


def _given_names_before(text: str, start: int) -> tuple[int, int] | None:
    """Where the one or two given names between an honorific and `start` are, if any."""
    for pattern in rules.NAME_BEFORE_RES:
        before = pattern.search(text, max(0, start - _LOOK_BACK), start)
        if before and _honorific(before["honorific"]):
            return (before.start("words") + 1, start) if _first_name(before["words"]) else None
    return None


def _honorific(word: str) -> bool:
    return word.rstrip(".").lower() in rules.WHOLE_NAME_HONORIFICS


def _first_name(words: str) -> bool:
    """Is the first of the words a name's, not a stacked honorific ("Tengku Datuk Seri")?"""
    return words.split()[0].rstrip(".'’").lower() not in rules.NOT_A_FIRST_NAME


def _title_case_line(text: str, line_start: int) -> bool:
    """Whether the line starting at `line_start` is written in title case, as a headline is:
    most of its words capitalised, and no sentence's end closing it (a paragraph dense with
    names does)."""
    line_end = text.find("\n", line_start)
    line = text[line_start : None if line_end < 0 else line_end].rstrip()
    if line.endswith(rules.SENTENCE_ENDS):
        return False
    words = [w for w in line.split() if w[0].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    return bool(words) and capitalised / len(words) >= rules.TITLE_CASE_SHARE
