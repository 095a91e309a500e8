"""People listed with their affiliation in brackets ("Danny Ward (Leicester City), Adam Davies
(Sheffield United)", "Kenji Watanabe (University of Tokyo), Ingrid van Oosterhout (TNO)"): the
bracket names an organization, one entity of its own.

Why: squads, speaker lists, panels and boards name many people this way, and the model, reading
a line that is no sentence, misses the affiliations ("Burnley", "Anthropic" got no span), reads
them as a nationality ("Hibernian") or runs the person and the bracket into one span ("Kenji
Watanabe (University of Tokyo"). The form says what each part is
(`tasks.entity_rules.affiliations`): in a run of lines with no blank line between them (a
list one person a line, "- Salt and Iron by Tunde Bakare (Jonathan Cape)", or a line of many)
where at least two brackets follow names shaped like people's, one of them read as a person's,
each such bracket holds an organization, and a span run across its opening bracket is cut into
the person and the affiliation; a name of a person's shape the model left unread before such a
bracket, after what opens an item ("by", a comma, the line's start), is a person. The model's
reading of the bracket is kept when it is an organization or a place, and when it is a person
in a list whose brackets are mostly people's (a spouse in a survivors' list, "Ann Roe (Luis)";
a cast's actors) and whose last word may end a person's name ("Dundee United" may not); a
bracket it left unread, or read as another kind, becomes an organization, and a candidate
standing for no party ("(Ind)") has none. Such an affiliation is kept though its line is no sentence
(`bracketed_after_name`, read by `tasks.entities.sentences`). Outside such a list, a bracket
after a name that holds a country, a province or a big city the gazetteer knows ("Orbitra
Space (Accra)", "Farmlink (Enugu)" in a list of founders and their companies) is the name's
place, one entity of its own, where the model read nothing there or ran the name into it.

Cost: one pass of a pattern over the text; each bracket asks the span index (by bisection).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from tasks.entities.gazetteer_places import known_place
from tasks.entities.mentions import Span, SpanIndex, replaced
from tasks.entity_rules import NAME_PARTICLES, PLACE_ALONE_MIN_POPULATION
from tasks.entity_rules import affiliations as rules
from tasks.entity_rules.name_lists import SUBSTITUTE_NAME_RE
from tasks.names import fold


def _affiliation(name: str) -> bool:
    """Is the bracket's text an affiliation's name (not a party code, a position or a line-up's
    substitute, "14 Rory Tait 76")?"""
    return (
        rules.AFFILIATION_RE.fullmatch(name) is not None
        and name not in rules.NOT_AFFILIATIONS
        and rules.PARTY_CODE_RE.fullmatch(name) is None
        and SUBSTITUTE_NAME_RE.fullmatch(name) is None
    )


def bracketed_after_name(text: str, start: int, end: int) -> bool:
    """Is [start, end) the whole text of a bracket right after a name, naming an affiliation?"""
    found = rules.BRACKET_AFTER_NAME_RE.match(text, max(0, start - 2))
    return found is not None and found.span("name") == (start, end) and _affiliation(found["name"])


def _person_shaped(name: str) -> bool:
    """Two to five words, each capitalised (letters, inner hyphens and apostrophes, or an
    initial, "T.") or a particle ("de", "van", "bin"), the first and last capitalised: "Kenji
    Watanabe", "Lucía Fernández-Ibarra", "Thibault de Villiers"."""
    parts = name.split()
    if not rules.PERSON_WORDS[0] <= len(parts) <= rules.PERSON_WORDS[1]:
        return False
    if not (parts[0][0].isupper() and parts[-1][0].isupper()):
        return False
    return all(
        p in NAME_PARTICLES or (p[0].isupper() and rules.NAME_WORD_RE.fullmatch(p) is not None)
        for p in parts
    )


def _holder(text: str, index: SpanIndex, found: re.Match[str]) -> int | None:
    """The index of the span of the name the bracket follows, shaped like a person's: one
    ending right before the bracket, or one run across the opening bracket."""
    before = found.start()
    for i in index.overlapping(before - 1, before):
        start, end = index.located[i] or (0, 0)
        ends_here = end == before or before < end <= found.end("name")
        if ends_here and start < before and _person_shaped(text[start:before]):
            return i
    return None


def _unread_holder(text: str, index: SpanIndex, found: re.Match[str]) -> tuple[int, int] | None:
    """Where a name shaped like a person's, right before the bracket and after what opens an
    item of a list ("by Tunde Bakare (Jonathan Cape)"), is, when the model read nothing there."""
    line_start = text.rfind("\n", max(0, found.start() - rules.UNREAD_HOLDER_REACH), found.start())
    window = max(line_start + 1, found.start() - rules.UNREAD_HOLDER_REACH)
    before = rules.UNREAD_HOLDER_RE.search(text, window, found.end())
    if before is None or not _person_shaped(before["name"]):
        return None
    start, end = before.span("name")
    return None if index.overlapping(start, end) else (start, end)


def _runs(text: str, brackets: Sequence[re.Match[str]]) -> list[int]:
    """For each bracket, in order, where its run of lines starts: lines with no blank line
    between them are one list ("- The Quiet Ministry by Aoife Brennan (Faber)" a line)."""
    blanks = [m.end() for m in rules.BLANK_LINE_RE.finditer(text)]
    return [blanks[i - 1] if (i := bisect_right(blanks, f.start())) else 0 for f in brackets]


def affiliation_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each affiliation of a list of people one organization's span
    (see the module docstring)."""
    brackets = [f for f in rules.BRACKET_AFTER_NAME_RE.finditer(text) if _affiliation(f["name"])]
    if not brackets:
        return list(spans)
    index = SpanIndex(text, spans)
    by_run: dict[int, list[tuple[re.Match[str], int | None, tuple[int, int] | None]]] = {}
    for found, run in zip(brackets, _runs(text, brackets), strict=True):
        holder = _holder(text, index, found)
        unread = _unread_holder(text, index, found) if holder is None else None
        if holder is not None or unread is not None:
            by_run.setdefault(run, []).append((found, holder, unread))
    lists = [
        pairs
        for pairs in by_run.values()
        if sum(h is not None for _, h, _ in pairs) >= rules.MIN_PAIRS
        and any(h is not None and spans[h][1] == "PERSON" for _, h, _ in pairs)
    ]
    listed = {found.start() for pairs in lists for found, _, _ in pairs}
    dropped: set[int] = set()
    added: list[Span] = []
    for found in brackets:
        if found.start() not in listed:
            _place_of_holder(text, index, spans, found, dropped, added)
    for pairs in lists:
        people = sum(_read_as_person(index, spans, found) for found, _, _ in pairs)
        of_bodies = 2 * people < len(pairs)  # "Tunde Bakare (Jonathan Cape)" among publishers
        for found, holder, unread in pairs:
            _settle_pair(text, index, spans, found, (holder, unread), of_bodies, dropped, added)
    return replaced(spans, dropped, added)


def _read_as_person(index: SpanIndex, spans: Sequence[Span], found: re.Match[str]) -> bool:
    """Is the bracket's name exactly a span of the model read as a person's?"""
    return any(
        index.located[i] == found.span("name") and spans[i][1] == "PERSON"
        for i in index.overlapping(*found.span("name"))
    )


def _settle_pair(
    text: str,
    index: SpanIndex,
    spans: Sequence[Span],
    found: re.Match[str],
    named: tuple[int | None, tuple[int, int] | None],
    of_bodies: bool,
    dropped: set[int],
    added: list[Span],
) -> None:
    """A person of a list (the model's span, or where an unread name is) and the bracket after
    their name: the person's span (cut at the bracket, or added where the model read nothing),
    the bracket an organization's unless the model read it as an organization, a place or a
    person: a person only in a list whose brackets are mostly people's (a cast's actors, a
    survivors' spouses), and never with a last word no person's name ends with."""
    holder, unread = named
    start, end = found.span("name")
    if unread is not None:
        added.append((text[unread[0] : unread[1]], "PERSON", *unread))
    if holder is not None:
        person_start, person_end = index.located[holder] or (0, 0)
        if person_end > found.start():  # run across the bracket: cut
            dropped.add(holder)
            person = text[person_start : found.start()]
            added.append((person, "PERSON", person_start, found.start()))
    inside = [i for i in index.overlapping(start, end) if i != holder]
    where = [index.located[i] or (0, 0) for i in inside]
    if any(a < start or end < b for a, b in where):
        return  # a span runs out of the bracket: left as the model read it
    if where == [(start, end)] and spans[inside[0]][1] in rules.KEPT_LABELS:
        last = fold(found["name"].rsplit(None, 1)[-1])
        if spans[inside[0]][1] != "PERSON" or not (of_bodies or last in rules.ORG_HEADS):
            return
    dropped.update(inside)
    added.append((found["name"], "ORG", start, end))


def _place_of_holder(
    text: str,
    index: SpanIndex,
    spans: Sequence[Span],
    found: re.Match[str],
    dropped: set[int],
    added: list[Span],
) -> None:
    """A bracket after a name that holds a country, a province or a big city ("Orbitra Space
    (Accra)", "Farmlink (Enugu"), outside a list of people and their affiliations: the
    holder's place, a span of its own (a span run across the bracket is cut)."""
    start, end = found.span("name")
    if not known_place(found["name"], PLACE_ALONE_MIN_POPULATION):
        return
    before = found.start()
    holders = [
        i
        for i in index.overlapping(before - 1, before)
        if spans[i][1] in rules.PLACED_LABELS
        and (index.located[i] or (0, 0))[1] in (before, end)
        and (index.located[i] or (0, 0))[0] < before
    ]
    inside = [i for i in index.overlapping(start, end) if i not in holders]
    if len(holders) != 1 or holders[0] in dropped or inside:
        return
    holder = holders[0]
    holder_start, holder_end = index.located[holder] or (0, 0)
    if holder_end == end:
        dropped.add(holder)
        added.append((text[holder_start:before], spans[holder][1], holder_start, before))
    added.append((found["name"], "GPE", start, end))
