"""Other stories' headlines set among the paragraphs as a paragraph of their own, one link and
nothing else ("<p><a href="/news/…">Jokic, Gilgeous-Alexander lead early MVP ladder</a></p>"),
out of the body.

Why: publishers drop such teasers between a story's paragraphs with no label before them, and
the extractor keeps them as text; their names become false entities, and a site that rotates
them makes new versions. In the text alone a headline looks like a short paragraph; the markup
tells them apart: a story's paragraph is not one link from its first word to its last. Only
headline-like links go (a few words, no full stop: "Read the full report." is a sentence and
stays), and only lines that are exactly such a link's text.
"""

from __future__ import annotations

from typing import Final

import lxml.html

MIN_LINKED_HEADLINE_WORDS: Final = 3
MAX_LINKED_HEADLINE_WORDS: Final = 20
# Links that go nowhere else: an anchor on the page, mail, scripts.
NOT_ELSEWHERE: Final = ("#", "mailto:", "javascript:", "tel:")
SENTENCE_ENDS: Final = (".", "。", ";", ":")


def linked_headlines(tree: lxml.html.HtmlElement | None) -> frozenset[str]:
    """The texts of the page's paragraphs that are one headline-like link and nothing else."""
    if tree is None:
        return frozenset()
    found = set()
    for paragraph in tree.iter("p"):
        links = list(paragraph.iter("a"))
        if len(links) != 1:
            continue
        text = " ".join(paragraph.text_content().split())
        href = (links[0].get("href") or "").strip()
        if not href or href.startswith(NOT_ELSEWHERE):
            continue
        if " ".join(links[0].text_content().split()) == text and _headline_like(text):
            found.add(text)
    return frozenset(found)


def _headline_like(text: str) -> bool:
    words = len(text.split())
    return MIN_LINKED_HEADLINE_WORDS <= words <= MAX_LINKED_HEADLINE_WORDS and not text.endswith(
        SENTENCE_ENDS
    )


def drop_linked_headlines(lines: list[str], headlines: frozenset[str]) -> list[str]:
    """The body's lines without those that are exactly one of `headlines`."""
    if not headlines:
        return lines
    return [line for line in lines if " ".join(line.split()) not in headlines]
