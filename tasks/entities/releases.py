"""The furniture of releases and company news cut from a name: the wire's "SOURCE" before the
issuer on a release's last line and "About" before it on its paragraph's heading, the ticker
after an exchange ("NASDAQ: NWHI" is Nasdaq), and the verb of a title-case headline with what
follows it ("Nordvik Energy Announces" is Nordvik Energy).

Why: the model runs the line's word or the ticker into the name (`tasks.entity_rules.releases`),
which then matches neither the company the release names elsewhere nor the exchange. A span that
starts a "SOURCE" or an "About" line starts after the word; a span that ends with a colon and a
ticker ends before the colon; a span that runs over a headline's verb ends before the verb (what
follows is the news, not the name: "Halvorsen Analytics Names", "Pellham Bank Launches Small
Business Lending Program").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from tasks.entities.mentions import Span
from tasks.entity_rules import releases as rules


def release_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with a release's "SOURCE" and "About", an exchange's ticker and a
    headline's verb (with the rest of the span) cut off. The "SOURCE" and "About" lines are
    found once; a span looks up the
    last one starting before it (a span per word of a long line no longer reads the line back
    to its start)."""
    sources = [found.span() for found in rules.SOURCE_LINE_RE.finditer(text)]
    sources += [found.span() for found in rules.ABOUT_LINE_RE.finditer(text)]
    sources.sort()
    line_starts = [line_start for line_start, _ in sources]
    result: list[Span] = []
    for span in spans:
        surface, label, start, end = span
        if text[start:end] == surface:
            last = bisect_right(line_starts, start) - 1
            if last >= 0 and start < sources[last][1] < end:
                start = sources[last][1]  # "SOURCE Northwind Health, Inc.", "About Northwind"
            ticker = rules.TICKER_AFTER_COLON_RE.search(text, start, end)
            if ticker is not None and ticker.start() > start:
                end = ticker.start()  # "NASDAQ: NWHI"
            verb = rules.HEADLINE_VERB_RE.search(text, start, end)
            if verb is not None:
                end = verb.start()  # "Halvorsen Analytics Names"
            span = (text[start:end], label, start, end)
        result.append(span)
    return result
