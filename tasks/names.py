"""Name folding: the one place the pipeline decides when two written names are the same.

Why one module: entities, titles, datelines and dates all compare names written differently
("al-Qaeda" and "Al Qaeda's", "Erdoğan" and "Erdogan", "U.S." and "US"); when each stage folds
its own way, the same name matches in one stage and not in the next. The SQL macro `nl_fold`
(warehouse/views.sql) mirrors `fold` so that a user's query finds what Python stored.

Two levels:
- `words(text)` / `fold_words(text)`: a text cut into folded words (with offsets into the text
  for `words`). The primitive for any stage that compares phrases: a title, a dateline place.
- `fold(name)`: the key of a *name*: its folded words joined by spaces, without a leading "the".

Entities and the warehouse's SQL use it. Two comparisons keep their own key, on purpose:
- datelines (`tasks.datelines.gazetteer.fold`) compare places with GeoNames' names, and strip
  only the accents `tasks.datelines.patterns.ACCENTS` lists: a Devanagari or Thai vowel sign is
  a letter of the place's name, where `fold_word` strips every mark (as DuckDB's
  `strip_accents`, which the SQL side must match);
- headlines (`tasks.titles.title_key`: titles, and `dates.signals` asking whether a JSON-LD
  video names the page) are compared whole, where a Chinese or Japanese character is a word of
  its own and "U.S." must stay two letters apart from "us"; a name key would merge what a
  headline comparison keeps apart.
Neither is built on `words`/`fold_word`, because they share no step with them but the loop:
the dateline fold splits only at whitespace (it keeps "Baden-Baden" and "St." as the gazetteer
indexes them, and decomposes NFKD), and the headline key casefolds the whole text before
cutting it, with its own word pattern and no per-word fold. Made parameters of `words`, those
differences would leave nothing shared, and casefolding word by word would change keys
("İstanbul" casefolds to a dotted i whose dot ends the headline word).

Folding a word: canonically decomposed, marks stripped, casefolded, dots removed ("U.S." -> "us"), a
possessive "'s" dropped; apostrophe variants are one apostrophe; hyphens, quotes and other
punctuation separate words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final, NamedTuple

# Every dash/hyphen variant. Folding treats them as a space, so "al-Qaeda" == "al Qaeda".
HYPHENS: Final[str] = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
HYPHEN_CLASS: Final[str] = re.escape(HYPHENS)  # for use inside [...] ("-" escaped)
# Apostrophes and single quotes that writers use inside names ("al-Qa'ida", "Qa’ida").
APOSTROPHES: Final[str] = "'\u2018\u2019\u201a\u201b\u02bc\u02bb\u02b9\u0060\u00b4\u2032\uff07"

# A word: dotted initials ("U.S.", "D.C.", "W."), else letters, digits and '&' with inner
# apostrophes ("Qa'ida", "O'Brien", "AT&T"). Applied after APOSTROPHES are translated to "'"
# (a 1:1 mapping, so offsets are kept).
WORD_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:[^\W\d_]\.){2,}|[^\W\d_]\.(?=\s+[^\W\d_])|[^\W_]+(?:'[^\W_]+)*|&"
)
# A possessive ending, applied to a folded word.
POSSESSIVE_RE: Final[re.Pattern[str]] = re.compile(r"'s$")
# Leading articles `fold` drops from a name ("the Taliban" == "Taliban").
LEADING_ARTICLES: Final[frozenset[str]] = frozenset({"the"})

_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))


class Word(NamedTuple):
    """One word of a text: its offsets in the original string and its folded key."""

    start: int
    end: int
    key: str


@functools.lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """Fold one word: decomposed, no marks (accents), casefolded, no dots ("U.S." -> "us"),
    no "'s".

    The warehouse's SQL `nl_fold` (warehouse/views.sql) computes the same key, character for
    character (tests/warehouse/test_fold.py): so a decomposition DuckDB also has (canonical, not
    NFKC: full-width letters and superscripts stay themselves; ligatures still fold, through
    casefold), and every mark category stripped, as DuckDB's strip_accents does.
    Cached: a text's words repeat, and every text of a batch is folded word by word.
    """
    text = unicodedata.normalize("NFD", word)
    text = "".join(c for c in text if not unicodedata.category(c).startswith("M")).casefold()
    text = POSSESSIVE_RE.sub("", text.replace(".", ""))
    return unicodedata.normalize("NFC", text)


def words(text: str) -> list[Word]:
    """Split text into folded words, keeping offsets into `text`.

    Apostrophe variants are unified first by a 1:1 translation, so offsets stay valid. Hyphens,
    quotes and other punctuation separate words: that is what makes "al-Qaeda" equal "Al Qaeda".
    """
    unified = text.translate(_APOSTROPHE_TABLE)
    found = []
    for match in WORD_RE.finditer(unified):
        key = fold_word(match.group())
        if key:
            found.append(Word(match.start(), match.end(), key))
    return found


def fold_words(text: str) -> list[str]:
    """The folded words of a text, in order (`words` without the offsets)."""
    return [w.key for w in words(text)]


@functools.lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The normalization key of a name: equal keys mean the same written name.

    Diacritics stripped, casefolded, hyphens/apostrophes/quotes unified, possessive "'s"
    and a leading "the" dropped, dotted acronyms closed up, whitespace collapsed, hyphen == space.
    Cached: resolution folds the same names over and over (every mention, alias and candidate).
    """
    keys = fold_words(name)
    if len(keys) > 1 and keys[0] in LEADING_ARTICLES:
        keys = keys[1:]
    return " ".join(keys)
