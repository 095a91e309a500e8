"""One person's other names in one article: a pen or stage name ("Robert Jordan, the pen name
of James Oliver Rigney Jr.", "who wrote as D. K. Raine"), a birth or maiden name ("Abiodun,
born Ruth Adeyemi") and a nickname ("known to her students as Peggy").

Why: books, music and arts copy names a writer or an artist so, each name once, and the model
reads each as a person of its own. The other name becomes an article-local alias of the name
the model read as the person (as "X, known as Y" does, `tasks.entities.acronyms`), so both, and
a surname or first name of either, are one entity. The owner is the person the model read
right before the cue (before its comma or bracket) or, for the cues inside a clause, the last
person it read before them in the same sentence; a birth name written without one ("Born
Margaret Ann Kowalski in Scranton, she ...") belongs to the person written elsewhere with the
same given names ("Margaret Ann Wilde"). Patterns: `tasks.entity_rules.other_names`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tasks import entity_rules as rules
from tasks.entities.acronyms import AcronymDefinition, name_before
from tasks.entities.mentions import Span, locate
from tasks.entity_rules import other_names as cues
from tasks.names import fold


def other_name_definitions(text: str, spans: Sequence[Span]) -> list[AcronymDefinition]:
    """The other names the article gives people it names, each with its owner's span."""
    people = sorted(
        loc for s in spans if rules.LABEL_TO_TYPE.get(s[1]) == "PERSON" and (loc := locate(text, s))
    )
    if not people:
        return []
    read = [
        loc
        for s in spans
        if rules.LABEL_TO_TYPE.get(s[1]) in ("ORG", "LOC") and (loc := locate(text, s))
    ]
    found = []
    for other, owner in _pairs(text, people, read):
        name = _trimmed(text, other)
        if name is not None and fold(text[slice(*name)]) != fold(text[slice(*owner)]):
            found.append(AcronymDefinition(text[slice(*name)], name, owner))
    return found


def _pairs(
    text: str, people: list[tuple[int, int]], read: list[tuple[int, int]]
) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(other name, owner) spans for every cue that finds its owner. After a bare "as" the
    name is no body or place the model read (`read`): "signed the deal as Arden Mills'
    owners"."""
    for m in cues.PEN_NAME_RE.finditer(text):
        if owner := _person_ending_at(text, people, m.start()):
            yield m.span("name"), owner
    for m in cues.BORN_NAME_RE.finditer(text):
        before = text[: m.start()].rstrip()
        owner = _person_ending_at(text, people, len(before) - 1) if before[-1:] in ",(" else None
        if owner := owner or _same_given_names(text, people, m.span("name")):
            yield m.span("name"), owner
    for m in (*cues.UNDER_NAME_RE.finditer(text), *cues.KNOWN_TO_RE.finditer(text)):
        if owner := _clause_owner(text, people, m.start()):
            yield m.span("name"), owner
    for m in cues.MADE_AS_RE.finditer(text):
        named = m.span("name")
        a_body = any(a < named[1] and named[0] < b for a, b in read)
        if (
            " " in m["name"].strip()
            and not a_body
            and (owner := _clause_owner(text, people, m.start()))
        ):
            yield named, owner


def _person_ending_at(text: str, people: list[tuple[int, int]], end: int) -> tuple[int, int] | None:
    """The person the model read whose name ends right before `end` (spaces between)."""
    for a, b in people:
        if b <= end and not text[b:end].strip():
            return a, b
    return None


def _clause_owner(text: str, people: list[tuple[int, int]], cue: int) -> tuple[int, int] | None:
    """Whom a cue inside a clause speaks of: the name before the clause's comma ("Moore, who
    signed her work as ...", "Abernathy, known to everyone as ..."), as the model read it or,
    where it read none there, the capitalised words before the comma; else the last person
    read before the cue in the same sentence."""
    before = text[:cue].rstrip()
    comma = (
        len(before) - 1
        if before.endswith(",")
        else text.rfind(", who ", max(0, cue - cues.OWNER_REACH), cue)
    )
    if comma >= 0 and not cues.SENTENCE_END_RE.search(text, comma, cue):
        return _person_ending_at(text, people, comma) or name_before(text, comma)
    return _person_before(text, people, cue)


def _person_before(text: str, people: list[tuple[int, int]], cue: int) -> tuple[int, int] | None:
    """The last person the model read before `cue` in the same sentence."""
    for a, b in reversed(people):
        if b <= cue:
            gap = text[b:cue]
            near = cue - b <= cues.OWNER_REACH
            return (a, b) if near and not cues.SENTENCE_END_RE.search(gap) else None
    return None


def _same_given_names(
    text: str, people: list[tuple[int, int]], name: tuple[int, int]
) -> tuple[int, int] | None:
    """The one person read elsewhere with the birth name's given names and another surname."""
    keys = fold(text[slice(*name)]).split()
    if len(keys) < 2:
        return None
    matches = {
        fold(text[a:b]): (a, b)
        for a, b in people
        if (other := fold(text[a:b]).split())[: len(keys) - 1] == keys[:-1]
        and len(other) >= len(keys)
        and other[-1] != keys[-1]
    }
    return next(iter(matches.values())) if len(matches) == 1 else None


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The other name without the sentence's full stop or a possessive; None for words that
    open no name (`cues.NOT_A_NAME_START`)."""
    a, b = span
    last = text[a:b].split()[-1]
    if last.endswith(".") and len(last) > 2 and fold(last) not in rules.NAME_SUFFIXES:
        b -= 1
    if text[a:b].endswith(("'s", "’s")):
        b -= 2
    first = fold(text[a:b].split()[0]) if text[a:b].split() else ""
    return (a, b) if first and first not in cues.NOT_A_NAME_START else None
