"""Two names the model ran together over a "the" between them ("told Billboard the Doobies
have", "told Reuters the company"): two spans, not one organization.

Why: after a verb of saying, the outlet told and the subject of the reported clause meet
("Johnston told Billboard the Doobies have been in the studio"), and the model reads
"Billboard the Doobies" as one organization. A name does not hold "the" right after a
capitalised word: names that hold it have a small word before it ("Bank of the West",
"Church of the Nazarene"). Only organization spans are cut; a person's epithet ("Alfred the
Great") is a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tasks.entities.mentions import Span, SpanIndex

# Labels of spans cut at an inner "the".
JOINED_LABELS: Final[frozenset[str]] = frozenset({"ORG"})
# "the" (lowercase) between a capitalised word and a capitalised word.
INNER_THE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b[A-Z][\w’'.&-]*(?P<the>[ \t]+the[ \t]+)(?=[A-Z])"
)


def joined_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each organization span holding "the" right after a capitalised
    word cut in two there, each piece keeping the model's label."""
    index = SpanIndex(text, spans)
    result: list[Span] = []
    for i, span in enumerate(spans):
        where = index.located[i]
        inner = INNER_THE_RE.search(text, where[0], where[1]) if where else None
        if where is None or inner is None or span[1] not in JOINED_LABELS:
            result.append(span)
            continue
        start, end = where
        cut, rest = inner.start("the"), inner.end("the")
        result += [(text[start:cut], span[1], start, cut), (text[rest:end], span[1], rest, end)]
    return result
