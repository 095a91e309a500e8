"""Which NER spans become candidate mentions: typed, trimmed, and only those that can be names.

Why apart: the model's spans are noisy (nationalities tagged GPE, "lorry crash" tagged PERSON,
"State" out of "Secretary of State" tagged ORG); what may count as an entity is a decision of
its own, made here before any merging or linking.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from tasks import entity_rules as rules
from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Mention, Span, cut_possessive_phrase, locate, trim
from tasks.entities.roles import TitlePatterns, strip_leading_title


def _inside_title(start: int, end: int, titles: Sequence[tuple[int, int]]) -> bool:
    """Is the span a word inside a longer title ("State" in "Secretary of State")?

    `titles` are sorted and do not overlap (regex matches), so only the last title starting at
    or before the span can hold it: a bisection, not a scan.
    """
    last = bisect_right(titles, (start, sys.maxsize)) - 1
    if last < 0:
        return False
    ts, te = titles[last]
    return ts <= start and end <= te and (ts, te) != (start, end)


def ner_mentions(
    text: str,
    spans: Sequence[Span],
    table: AliasTable,
    local: Mapping[str, str],
    titles: TitlePatterns,
) -> list[Mention]:
    """Map NER spans to typed, trimmed mentions; drop nationalities and words inside titles."""
    title_regions = [m.span() for m in titles.any.finditer(text)]
    found = []
    for span in spans:
        type_ = rules.LABEL_TO_TYPE.get(span[1])
        located = locate(text, span)
        if type_ is None or located is None:
            continue
        start, end = cut_possessive_phrase(text, *trim(text, *located))
        mention = strip_leading_title(text, start, end, type_, table, titles)
        if mention is None or mention.key in rules.DEMONYMS or mention.key in rules.NOT_ENTITIES:
            continue
        if not any(c.isupper() for c in mention.surface(text)):
            continue  # English names are capitalised; "lorry crash" tagged PERSON is noise
        known = mention.key in local or table.get(mention.key) is not None
        if not known and _inside_title(mention.start, mention.end, title_regions):
            continue
        found.append(mention)
    return found
