"""Which texts are English: the page's declared language, unless the text says otherwise.

Why: the English model on German text finds nonsense, so only English texts go through NER;
other languages keep the names the alias table knows. Most pages declare their language, but a
declaration is the template's, not the article's: an English story on a German site carries
`lang="de"`, a German one under a template left at "en" carries "en" (on the development
corpus' tuning part 3 of 150 English pages declare another language, 16 of 121 other pages
declare English). So the detector reads every text: where it is sure and disagrees about
English (`rules.LANGUAGE_OVERRIDE_CONFIDENCE`, on `rules.LANGUAGE_OVERRIDE_MIN_LETTERS` letters
or more, so a headline or a short teaser keeps its declaration), the text wins; where the page
declares nothing, its guess fills the gap. One thing outranks both: a text whose words are for
a good share English function words ("the", "of", "said"; `rules.ENGLISH_FUNCTION_WORDS`) is
English. The detector reads letters, not words, so an English story thick with another
language's names and quotes can make it sure of that language; the small words between them
are the story's own.

Only the text's prose is read: the rows of its data tables (`tasks.data_tables`; "| 2 | João Silva |
Benfica | 29 |") are names and numbers, no sentences of any language, and a league table of
Portuguese names would make an English story Portuguese (a text of tables alone is read whole).

Why py3langid: on the development corpus' 388 pages with a known language it names 379 right
where our former stopword-and-script detector named 368, and decides "English or not" right on
380 against 377, at the same cost (about 8 ms a page on the first 3,000 characters). It always
has a guess, so a guess below `LANGUAGE_MIN_CONFIDENCE` counts as "can't tell" (a lone "Kabul",
a headline), and such a text is read as English, like one that declares nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tasks import entity_rules as rules
from tasks.entity_rules.table_cells import ROW_RE

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier


@functools.cache
def _identifier() -> LanguageIdentifier:
    """py3langid's model with probabilities normalized (so a confidence can be read), loaded
    once per process and only when some text declares no language."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _sample(text: str) -> str:
    """What the language is read on: the first `rules.LANGUAGE_SAMPLE_CHARS` of the text's lines
    that are no table rows (of the whole text when all are)."""
    prose = [line for line in text.splitlines() if not ROW_RE.fullmatch(line.strip())]
    return ("\n".join(prose) if any(line.strip() for line in prose) else text)[
        : rules.LANGUAGE_SAMPLE_CHARS
    ]


def detect_language(text: str) -> str | None:
    """The language of a text whose page declares none, as py3langid's code ("en", "de"), or
    None when the text has no letters or the guess is not confident enough."""
    return _detected(_sample(text))


def _detected(sample: str) -> str | None:
    """`detect_language` of a text's sample (`_sample`)."""
    if not any(c.isalpha() for c in sample):
        return None
    language, confidence = _identifier().classify(sample)
    return str(language) if confidence >= rules.LANGUAGE_MIN_CONFIDENCE else None


_WORD_RE = re.compile(r"[^\W\d_]+")


def english_by_its_words(sample: str) -> bool:
    """Are `rules.ENGLISH_WORD_SHARE_MIN` or more of a text's sample's (`_sample`) words (of
    `rules.ENGLISH_WORD_SHARE_MIN_WORDS` or more) English function words?"""
    words = _WORD_RE.findall(sample.lower())
    if len(words) < rules.ENGLISH_WORD_SHARE_MIN_WORDS:
        return False
    english = sum(word in rules.ENGLISH_FUNCTION_WORDS for word in words)
    return english >= rules.ENGLISH_WORD_SHARE_MIN * len(words)


def text_languages(texts: Sequence[str], declared: Sequence[str | None]) -> list[str | None]:
    """Each text's language: the declared one unless the text is surely on the other side of
    English (`checked_language`), else "en" for a text English by its words, else a detected
    one (None if it can't tell). Each text's sample (`_sample`) is taken once."""
    samples = [_sample(text) for text in texts]
    return [
        checked_language(sample, lang)
        if lang and lang.strip()
        else "en"
        if english_by_its_words(sample)
        else _detected(sample)
        for sample, lang in zip(samples, declared, strict=True)
    ]


def checked_language(sample: str, declared: str) -> str:
    """Of a text's sample (`_sample`): the declared language, or the detected one when the
    detector is sure the text is English where the page declares another language, or another
    language where it declares English. Disagreements between two other languages ("no" or
    "da") change nothing here. A text English by its words (`english_by_its_words`) is English:
    "en" where the page declares another language, the declaration as written where it
    declares English."""
    if english_by_its_words(sample):
        return declared if is_english(declared) else "en"
    if sum(c.isalpha() for c in sample) < rules.LANGUAGE_OVERRIDE_MIN_LETTERS:
        return declared
    language, confidence = _identifier().classify(sample)
    if confidence < rules.LANGUAGE_OVERRIDE_CONFIDENCE:
        return declared
    return str(language) if is_english(str(language)) != is_english(declared) else declared


def is_english(language: str | None) -> bool:
    """Unknown language (None) is tried with the English model: most sources are English."""
    return language is None or primary_subtag(language) == "en"


def primary_subtag(language: str | None) -> str:
    """A language tag's primary subtag, lowercase ("en-GB", "de_AT" → "en", "de"; "" for None)."""
    return (language or "").strip().lower().replace("_", "-").split("-")[0]
