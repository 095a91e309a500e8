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
# "the" (lowercase) between a word and a capitalised word; the word before it must hold a
# capital opening a word (`WORD_CAPITAL_RE`: "Billboard", "Q-Tip", not "told"). The word is
# checked apart, read back once from the "the": a pattern starting at each capital of a long
# dotted word ("A.B.C. ...") read on to its end, quadratic in the word.
INNER_THE_RE: Final[re.Pattern[str]] = re.compile(r"(?<=[\w’'.&-])[ \t]+the[ \t]+(?=[A-Z])")
WORD_CHAR_RE: Final[re.Pattern[str]] = re.compile(r"[\w’'.&-]")
WORD_CAPITAL_RE: Final[re.Pattern[str]] = re.compile(r"\b[A-Z]")


def _word_start(text: str, start: int, end: int) -> int:
    """Where the word ending at `end` starts, not before `start`."""
    while end > start and WORD_CHAR_RE.match(text, end - 1):
        end -= 1
    return end


def _inner_the(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first "the" in text[start:end] right after a capitalised word, blanks included."""
    for the in INNER_THE_RE.finditer(text, start, end):
        if WORD_CAPITAL_RE.search(text, _word_start(text, start, the.start()), the.start()):
            return the.span()
    return None


def joined_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each organization span holding "the" right after a capitalised
    word cut in two there, each piece keeping the model's label."""
    index = SpanIndex(text, spans)
    result: list[Span] = []
    for i, span in enumerate(spans):
        where = index.located[i]
        inner = _inner_the(text, *where) if where and span[1] in JOINED_LABELS else None
        if where is None or inner is None:
            result.append(span)
            continue
        start, end = where
        cut, rest = inner
        result += [(text[start:cut], span[1], start, cut), (text[rest:end], span[1], rest, end)]
    return result
