"""A product's line written on its own: after an article beside the line with a model's number
("the Pixel" beside "Pixel 10"), or in the plural beside a product's line or name ("older
Pixels", "MacBooks" beside "MacBook Pro", "MacBook Pros"): no entity.

Why apart: launch news and reviews write a product with its model's number or word and then
its line alone; the model tags the line as an organization, a person or a place. A company's
name takes no article and no plural, so the article or the plural, beside a model's number
written after the same word, says the word is a product's line (tables in
`tasks.entity_rules.product_lines`). A name the alias table knows is never dropped for this
(the caller checks).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tasks.entity_rules import MONTH_DAY_RE
from tasks.entity_rules import product_lines as rules
from tasks.names import fold


@dataclass(frozen=True)
class NumberedLines:
    """The text's words written right before a model's number or code, and those of them the
    text also writes alone after an article ("the Pixel at cost"), all folded."""

    numbered: frozenset[str] = frozenset()
    alone: frozenset[str] = frozenset()


NUMBERED_NONE: NumberedLines = NumberedLines()  # a text with no numbered line


def numbered_lines(text: str) -> NumberedLines:
    """Folded words written right before a model's number or code ("pixel" of "Pixel 10",
    "galaxy" of "Galaxy S25"), not a date's month, a weekday nor a numbered common noun
    ("Channel 4"); and those of them written
    alone after an article ("the Pixel at cost", not "The Corvant Z9", its maker)."""
    numbered = frozenset(
        key for found in rules.NUMBERED_LINE_RE.finditer(text) if (key := _line_key(found))
    )
    alone = frozenset(
        key
        for found in rules.LINE_AFTER_ARTICLE_RE.finditer(text)
        if (key := fold(found["line"])) in numbered
    )
    return NumberedLines(numbered, alone)


def _line_key(found: re.Match[str]) -> str:
    """The folded line of a match of `rules.NUMBERED_LINE_RE`, or "" for a date's, a
    weekday's or a numbered common noun's ("May 5", "Monday 3", "Channel 4")."""
    if MONTH_DAY_RE.fullmatch(found.group()):
        return ""
    key = fold(found["line"])
    return "" if key in rules.WEEKDAYS or key in rules.NUMBERED_NOUNS else key


def _numbered_at(text: str, start: int, key: str) -> bool:
    """Is `key`, written at `start`, a line right before its model's number?"""
    found = rules.NUMBERED_LINE_RE.match(text, start)
    return found is not None and _line_key(found) == key


def line_written_alone(
    text: str,
    start: int,
    key: str,
    lines: NumberedLines,
    product: Callable[[str], bool],
) -> bool:
    """Is the mention of `key` at `start` a product's line: a numbered line written alone
    after an article or a possessive ("the Pixel", not "the Corvant" of "the Corvant Z9", the
    maker), or right before its model's number where the text also writes it alone after an
    article (the span cut at "Pixel" of "Pixel 10"); or the plural of a numbered line or of a
    name `product` says is one ("Pixels", "MacBooks", "MacBook Pros")? A plural-looking key
    after an article is a team's or a family's ("the Spurs"), left alone unless its singular
    is a line."""
    if key.endswith(rules.PLURAL_SUFFIX) and len(key) > 2:
        singular = key[: -len(rules.PLURAL_SUFFIX)]
        return singular in lines.numbered or product(singular)
    if key not in lines.numbered:
        return False
    if _numbered_at(text, start, key):
        return key in lines.alone  # "Pixel" of "Google unveils Pixel 10" beside "the Pixel"
    window = text[max(0, start - rules.LINE_DETERMINER_WINDOW) : start]
    return rules.LINE_DETERMINER_BEFORE_RE.search(window) is not None
