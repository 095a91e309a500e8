"""Title text: what a reader sees (no invisible characters, joiners only where they shape
letters), keys that compare titles without case, accents or joiners, and a title split at its
separators."""

from __future__ import annotations

import functools
import html as html_lib
import math
import unicodedata
from dataclasses import dataclass

from tasks.titles.patterns import (
    ACCENT_MARKS,
    ALL_JOINERS,
    ANGLE_OPENER,
    ANGLE_SEPARATOR,
    CJK,
    FOLD_EQUIVALENTS,
    INVISIBLE_CHARS,
    LOOSE_JOINERS,
    QUOTE_PAIRS,
    SPLIT_ALL,
    SPLIT_STRONG,
    TRIM_SEPARATORS,
    UNSPACED,
    UNSPACED_CHARS_PER_WORD,
    WORD,
)


def normalise_title(text: str | None) -> str:
    """One line in NFC, entities decoded (JSON-LD and double-encoded metas carry them), no
    invisible characters (joiners only where they shape the letters: see `JOINERS`)."""
    if not text:
        return ""
    if "&" in text:
        text = html_lib.unescape(text)
    text = LOOSE_JOINERS.sub("", INVISIBLE_CHARS.sub("", text))
    return " ".join(unicodedata.normalize("NFC", text).split())


def trim_separators(text: str) -> str:
    """Without separators left standing at either end (": Story", "- «Story»", "Story |"); a
    guillemet that quotes ("»Story«", "« Story »", as French spaces it) stays."""
    words = text.split()

    def loose(word: str, rest: list[str]) -> bool:
        if not all(c in TRIM_SEPARATORS for c in word):
            return False
        pairs = {QUOTE_PAIRS[c] for c in word if c in QUOTE_PAIRS}
        return not any(p in w for p in pairs for w in rest)

    while words and loose(words[0], words[1:]):
        words.pop(0)
    while words and loose(words[-1], words[:-1]):
        words.pop()
    return " ".join(words)


def title_words(text: str) -> list[str]:
    """The text's words as keys: casefolded, without accents, joiners or invisible characters
    (a title written with them is the same title without)."""
    return list(_word_keys(text))


@functools.lru_cache(maxsize=4096)
def _word_keys(text: str) -> tuple[str, ...]:
    """Cached: a page's few titles are compared with each other many times."""
    text = ALL_JOINERS.sub("", INVISIBLE_CHARS.sub("", text)).casefold()
    text = ACCENT_MARKS.sub("", unicodedata.normalize("NFD", text))
    return tuple(WORD.findall(unicodedata.normalize("NFC", text).translate(FOLD_EQUIVALENTS)))


def title_key(text: str) -> str:
    """The key two headlines are compared by: their casefolded words without accents, each
    Chinese or Japanese character a word of its own, punctuation and spacing aside. Not
    `tasks.names.fold` (see there why): "U.S." stays "u s", apart from "us"."""
    return " ".join(title_words(text))


def title_size(text: str) -> int:
    """How many words a title has: spaced words, a word per two Chinese/Japanese characters
    and per `UNSPACED_CHARS_PER_WORD` characters of Thai, Lao, Khmer or Burmese (those
    scripts write no spaces between words)."""
    words = title_words(text)
    cjk = sum(1 for w in words if CJK.fullmatch(w))
    unspaced = [w for w in words if UNSPACED.match(w)]
    return (
        len(words)
        - cjk
        + math.ceil(cjk / 2)
        + sum(math.ceil(len(w) / UNSPACED_CHARS_PER_WORD) - 1 for w in unspaced)
    )


@dataclass(frozen=True)
class _Part:
    text: str
    start: int
    end: int
    sep_before: str  # the separator before this part, stripped ("" for the first)


def _quoting(before: str) -> bool:
    """A "《" before this point is still open (the "》" here closes it)."""
    return before.count(ANGLE_OPENER) > before.count(ANGLE_SEPARATOR)


def split_title(title: str, *, weak: bool = True) -> list[_Part]:
    """A title's parts at its separators (the colon too when `weak`), each with the separator
    before it (a "》" closing a "《" quotes: see `ANGLE_SEPARATOR`)."""
    parts: list[_Part] = []
    pos, sep = 0, ""
    for m in (SPLIT_ALL if weak else SPLIT_STRONG).finditer(title):
        if (m["angle"] or m["angler"]) and _quoting(title[: m.start()]):
            continue  # "《Work》 …" closes a quote
        if title[pos : m.start()].strip():
            parts.append(_Part(title[pos : m.start()], pos, m.start(), sep))
        sep = next((g for g in m.groupdict().values() if g), "")
        pos = m.end()
    if title[pos:].strip():
        parts.append(_Part(title[pos:], pos, len(title), sep))
    return parts or [_Part(title, 0, len(title), "")]
