"""A name followed by an age in commas ("Curtis Lamar Whitfield, 58, of Martinsville; Mehmet
Yılmaz, 36, of Salford") is a person's, the whole run of its words one span.

Why: lists of victims, of people charged, of honours and of survivors name people this way,
many in a row, and the model, reading a run of names with little sentence around them, misses
some ("Mehmet Yılmaz" got no span), reads others short ("Lamar Whitfield" for "Curtis Lamar
Whitfield") or as organizations. Only a person is given an age in apposition: the capitalised
words (with the particles names hold, initials, a quoted nickname and a suffix) right before
", 58," are their name (`tasks.entity_rules.aged_names`), a title before it left out ("Pastor
Samuel O. Adeyemi" is Samuel O. Adeyemi). The model's spans inside the name give way to it; a
span reaching beyond the name is left as the model read it.

Cost: one pass of a pattern over the text; each age reads back at most a few words and asks the
span index (by bisection).
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entities.roles import TitlePatterns
from tasks.entity_rules import NAME_PARTICLES
from tasks.entity_rules import aged_names as rules


def _name_word(word: str) -> bool:
    """Is the word one of a person's name, as `rules.NAME_WORD_RE` says, and capitalised?"""
    if rules.NAME_WORD_RE.fullmatch(word) is None or word.endswith(rules.POSSESSIVE_ENDINGS):
        return False
    return word.lstrip('"“')[:1].isupper()


def _name_before(text: str, end: int, titles: TitlePatterns) -> tuple[int, int] | None:
    """Where the name ending at `end` starts: the run of name words and particles before it,
    particles and titles trimmed from its start; None when fewer than two words are left."""
    low, high = rules.NAME_WORDS
    start, words = end, 0
    while words < high:
        cut = text.rfind(" ", 0, start - 1)
        word = text[cut + 1 : start].rstrip()
        if not (_name_word(word) or word in NAME_PARTICLES):
            break
        start, words = cut + 1, words + 1
    name = text[start:end]
    while name.split()[:1] and name.split()[0] in NAME_PARTICLES:
        name = name.split(" ", 1)[1] if " " in name else ""
    title = titles.leading.match(name)
    if title is not None:
        name = name[title.end() :]
    if len(name.split()) < low or not _name_word(name.split()[0]):
        return None
    return end - len(name), end


def aged_name_spans(text: str, spans: Sequence[Span], titles: TitlePatterns) -> list[Span]:
    """The model's spans with each name given an age in commas one person's span."""
    ages = list(rules.AGE_AFTER_RE.finditer(text))
    if not ages:
        return list(spans)
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for age in ages:
        found = _name_before(text, age.start(), titles)
        if found is None:
            continue
        over = index.inside(*found)
        if over is None:
            continue  # a span reaches beyond the name: left as the model read it
        if [index.located[i] for i in over] == [found] and spans[over[0]][1] == "PERSON":
            continue
        dropped.update(over)
        added.append((text[found[0] : found[1]], "PERSON", *found))
    return replaced(spans, dropped, added)
