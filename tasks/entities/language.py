"""Which texts are English: the page's declared language, else a light detector.

Why: the English model on German text finds nonsense, so only English texts go through NER;
other languages keep the names the alias table knows. Most pages declare their language; the
detector only fills the gap for those that do not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from tasks import entity_rules as rules

_LOWER_WORD_RE = re.compile(r"[^\W\d_]+")


def _stopword_sets(lists: Mapping[str, str]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(words.split()) for lang, words in lists.items()}


_LATIN_STOPWORDS = _stopword_sets(rules.LATIN_STOPWORDS)
_SCRIPT_STOPWORDS = {k: _stopword_sets(v) for k, v in rules.SCRIPT_STOPWORDS.items()}


def _best_by_stopwords(tokens: Sequence[str], lists: Mapping[str, frozenset[str]]) -> str | None:
    """The language whose stopwords the tokens hit most, if it clearly leads; else None."""
    ranked = sorted(
        ((sum(t in words for t in tokens), lang) for lang, words in lists.items()), reverse=True
    )
    first, lang = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0
    if first >= rules.LANGUAGE_MIN_HITS and first >= rules.LANGUAGE_MARGIN * second:
        return lang
    return None


def _script_of(char: str) -> str | None:
    code = ord(char)
    return next((name for lo, hi, name in rules.SCRIPT_RANGES if lo <= code <= hi), None)


def detect_language(text: str) -> str | None:
    """A light guess at the language of a text whose page declares none (None: can't tell).

    Pages usually say their language (html lang, else the source's); this only fills the gap,
    so that a German page from a source of unknown language skips the English NER model. No
    dependency: the dominant script, then the most frequent function words.
    """
    sample = text[: rules.LANGUAGE_SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None
    scripts = Counter(_script_of(c) for c in letters)
    script, count = scripts.most_common(1)[0]
    tokens = [w.casefold() for w in _LOWER_WORD_RE.findall(sample)]
    if script is None or count * 2 < len(letters):  # mostly Latin letters
        return _best_by_stopwords(tokens, _LATIN_STOPWORDS)
    if script == "zh" and scripts.get("ja"):
        return "ja"
    if script in _SCRIPT_STOPWORDS:
        lists = _SCRIPT_STOPWORDS[script]
        return _best_by_stopwords(tokens, lists) or next(iter(lists))
    return script


def text_languages(texts: Sequence[str], declared: Sequence[str | None]) -> list[str | None]:
    """Each text's language: the declared one, else a detected one (None if it can't tell)."""
    return [
        lang if lang and lang.strip() else detect_language(text)
        for text, lang in zip(texts, declared, strict=True)
    ]


def is_english(language: str | None) -> bool:
    """Unknown language (None) is tried with the English model: most sources are English."""
    return language is None or language.strip().lower().replace("_", "-").split("-")[0] == "en"
