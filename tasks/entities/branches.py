"""An organization's branch named by the place written right after it: "Greenpeace Brazil",
"Lexus Philippines", "Amnesty International Kenya", "Common Cause New York" are one name.

Why: country and regional branches of companies, charities and campaigns are named this way,
and labelled news copy counts the branch as the organization's name; the model reads the
organization and the place as two spans, so the place came out as an entity of its own and the
branch's name as the bare organization. The place must be one the alias table knows (a country,
a state, a big city) and must end the run of capitalised words, with no possessive after it
("Google Brazil's") nor an office holder's title ("White House Russia adviser"). A branch
never takes its parent's bare name written elsewhere ("Lexus" beside "Lexus Philippines" stays
Lexus: `branch_keys`). The tables are data in `tasks.entity_rules.branches`.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Span, SpanIndex, locate, replaced
from tasks.entity_rules import branches as rules
from tasks.names import fold


def _beat(text: str, at: int, titles: frozenset[str]) -> bool:
    """Is the word at `at` an office holder's title ("adviser", "experts")?"""
    word = rules.WORD_AFTER_PLACE_RE.match(text, at)
    return word is not None and (word[1] in titles or word[1].removesuffix("s") in titles)


def _place_end(text: str, at: int, table: AliasTable, titles: frozenset[str]) -> int | None:
    """Where a place the table knows ends, when one starts after the space at `at` (company
    words such as "Motor" may come first) and ends the capitalised run there, no title after
    it."""
    run = rules.PLACE_WORDS_RE.match(text, at)
    if run is None:
        return None
    words = run.group(1).split(" ")
    lead = 0
    while lead < len(words) - 1 and fold(words[lead]) in rules.NAME_WORDS_BEFORE_PLACE:
        lead += 1
    place = " ".join(words[lead:])
    known = table.get(fold(place))
    if known is None or known.type != "LOC":
        return None
    end = run.end(1)
    if rules.AFTER_PLACE_RE.match(text, end) is not None or _beat(text, end, titles):
        return None
    return end


def branch_spans(
    text: str, spans: Sequence[Span], table: AliasTable, titles: Sequence[str] = ()
) -> list[Span]:
    """The model's spans with each organization followed by a place it branches into made one
    organization's span, the place's own span (if any) dropped. `titles` are the office
    holders' titles (`tasks.entities.roles`)."""
    title_keys = frozenset(t.lower() for t in titles)
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for i, span in enumerate(spans):
        where = locate(text, span)
        if span[1] != "ORG" or where is None or i in dropped:
            continue
        end = _place_end(text, where[1], table, title_keys)
        if end is None:
            continue
        after = index.inside(where[1], end)
        if after is None:
            continue
        dropped.update([i, *after])
        added.append((text[where[0] : end], "ORG", where[0], end))
    if not added:
        return list(spans)
    return replaced(spans, dropped, added)


def branch_keys(before: Sequence[Span], after: Sequence[Span]) -> frozenset[str]:
    """The folded names of the branches `branch_spans` made (spans in `after` not in
    `before`)."""
    old = set(before)
    return frozenset(fold(s[0]) for s in after if s not in old)
