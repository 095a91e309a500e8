"""Acronyms an article defines for itself: "Al-Qaeda in the Indian Subcontinent (AQIS)".

Why: most acronyms in news are local to one article and in no alias table. A definition in the
text makes the acronym an article-local alias of its long form, so "AQIS" and the long name
are one entity there (and not the al-Qaeda the long form starts with).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from tasks import entity_rules as rules
from tasks.entities.aliases import compact
from tasks.names import Word, fold, words


def acronym_fits(letters: str, keys: Sequence[str]) -> bool:
    """Can `letters` be spelled by the words' initials, in order?

    Each word gives a prefix of itself (usually its initial); small words ("of", "the", a lone
    letter) may also give nothing: "AQIS" <- Al Qaeda in the Indian Subcontinent, "DoD" <-
    Department of Defense, "ISIL" <- Islamic State of Iraq and the Levant.
    """

    @functools.cache
    def fits(i: int, j: int) -> bool:
        if j == len(keys):
            return i == len(letters)
        word = keys[j]
        optional = word in rules.ACRONYM_OPTIONAL_WORDS or len(word) == 1
        if optional and fits(i, j + 1):
            return True
        n = 1
        while i + n <= len(letters) and n <= len(word) and word[:n] == letters[i : i + n]:
            if fits(i + n, j + 1):
                return True
            n += 1
        return False

    return bool(keys) and fits(0, 0)


def _long_form_before(text: str, paren_start: int, acronym: str) -> tuple[int, int] | None:
    """The shortest run of words right before "(ACR)" whose initials spell the acronym."""
    letters = compact(acronym).casefold().replace("&", "")
    window_start = max(0, paren_start - 300)
    run = _trailing_run(text, words(text[window_start:paren_start]), window_start)
    for size in range(1, min(len(run), rules.ACRONYM_MAX_WORDS) + 1):
        chosen = run[-size:]
        first = text[chosen[0].start]
        if not first.isupper() or chosen[0].key in rules.ACRONYM_OPTIONAL_WORDS:
            continue
        if acronym_fits(letters, [w.key for w in chosen]):
            return chosen[0].start, chosen[-1].end
    return None


def _trailing_run(text: str, ws: list[Word], offset: int) -> list[Word]:
    """The words at the end of `ws` joined only by spaces/hyphens (one name, not a sentence)."""
    shifted = [Word(w.start + offset, w.end + offset, w.key) for w in ws]
    run: list[Word] = []
    for word in reversed(shifted):
        if run and not rules.NAME_GAP_RE.fullmatch(text[word.end : run[-1].start]):
            break
        run.append(word)
    return run[::-1]


def name_before(text: str, end: int) -> tuple[int, int] | None:
    """The name that ends at `end`: the longest run of words before it, capitalised or
    connecting ("of", "the"), that starts with a capital; None when the last word is not
    capitalised ("... and allies, known as")."""
    window_start = max(0, end - 300)
    run = _trailing_run(text, words(text[window_start:end]), window_start)
    start = None
    for word in reversed(run[-rules.ACRONYM_MAX_WORDS :]):
        if text[word.start].isupper():
            start = word.start
        elif word.key not in rules.ACRONYM_OPTIONAL_WORDS:
            break
    if start is None or not run or not text[run[-1].start].isupper():
        return None
    return start, run[-1].end


def _body_before(text: str, paren_start: int) -> tuple[int, int] | None:
    """A body's name in English right before the acronym of its name in its own language
    ("the Corruption Eradication Commission (KPK)", "Doctors' Union (SNMP)"): two or more words
    ending with a body's head (`rules.BODY_HEADS`: "Commission", "Party", "Union"), the
    acronym spelling none of them, and not after a comma (the tail of a longer name); a
    person's or a place's name before brackets defines nothing."""
    name = name_before(text, paren_start)
    if name is None or not text[name[1] : paren_start].isspace():
        return None
    found = [Word(w.start + name[0], w.end + name[0], w.key) for w in words(text[slice(*name)])]
    run = [found[-1]]  # the words joined by spaces only: "JAKARTA — The ..." starts at "The"
    for w in reversed(found[:-1]):
        if not text[w.end : run[-1].start].isspace():
            break
        run.append(w)
    while run and not text[run[-1].start].isupper():
        run.pop()
    if len(run) < 2 or run[0].key not in rules.BODY_HEADS:
        return None
    if text[: run[-1].start].rstrip().endswith(","):
        return None  # the tail of a longer name ("Ministry of Trade, Industry and Energy")
    return run[-1].start, run[0].end


@dataclass(frozen=True)
class AcronymDefinition:
    """ "Long Name (ACR)", "ACR (Long Name)" or "Long Name, known as Other Name" as written in
    one article."""

    acronym: str
    acronym_span: tuple[int, int]
    long_span: tuple[int, int]


def find_acronym_definitions(text: str) -> list[AcronymDefinition]:
    """Every acronym (or other name, "known as") an article defines for itself, in order of
    appearance."""
    found = []
    for m in rules.ACRONYM_IN_PARENS_RE.finditer(text):
        long_span = _long_form_before(text, m.start(), m.group(1)) or _body_before(text, m.start())
        if long_span:
            found.append(AcronymDefinition(m.group(1), m.span(1), long_span))
    for m in rules.ACRONYM_BEFORE_PARENS_RE.finditer(text):
        long_words = words(m.group(2))
        letters = compact(m.group(1)).casefold()
        if acronym_fits(letters, [w.key for w in long_words]) and len(long_words) > 1:
            found.append(AcronymDefinition(m.group(1), m.span(1), m.span(2)))
    for m in rules.KNOWN_AS_RE.finditer(text):
        long_span = name_before(text, m.start())
        if long_span and len(m.group("short").split()) <= rules.KNOWN_AS_MAX_WORDS:
            found.append(AcronymDefinition(m.group("short"), m.span("short"), long_span))
    return sorted(found, key=lambda d: d.acronym_span)


def common_noun_acronyms(text: str) -> frozenset[str]:
    """Folded acronyms the article defines for lowercase words ("hypersensitivity pneumonitis,
    or HP"): abbreviations of common nouns, never names."""
    found = set()
    for m in rules.COMMON_ACRONYM_RE.finditer(text):
        letters = compact(m.group(2)).casefold()
        keys = [w.key for w in words(m.group(1))]
        sizes = range(1, len(keys) + 1)
        if any(acronym_fits(letters, keys[-size:]) for size in sizes):
            found.add(fold(m.group(2)))
    return frozenset(found)


def local_aliases(
    text: str, definitions: Sequence[AcronymDefinition]
) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Article-local alias keys: acronym key -> long-form key, with the acronym's exact form."""
    local: dict[str, str] = {}
    exact: dict[str, frozenset[str]] = {}
    for d in definitions:
        long_key = fold(text[slice(*d.long_span)])
        acronym_key = fold(d.acronym)
        if long_key and acronym_key and acronym_key != long_key:
            local.setdefault(acronym_key, long_key)
            exact.setdefault(acronym_key, frozenset({compact(d.acronym)}))
            local.setdefault(long_key, long_key)
    return local, exact
