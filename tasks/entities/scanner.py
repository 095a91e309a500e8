"""Finding alias-table names in a text, whether NER saw them or not.

Why: the stock model misses names it has not seen ("Haqqani network", "AQIS"), and for
non-English text it is not run at all. The scanner walks the text's folded words and takes the
longest known name at each place, with case checks so that "us" and "is" never become the
United States and ISIS. The states of party-state tags ("D-Minn.") are found here too: an
abbreviation the table does not hold, but a fixed form of a name it does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from tasks import entity_rules as rules
from tasks.entities.aliases import AliasTable, compact
from tasks.entities.beats import numeral_not_acronym
from tasks.entities.emphasis import emphasised
from tasks.entities.mentions import Intervals, Mention, trim
from tasks.names import Word, fold

_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _shouting(text: str, start: int, end: int) -> bool:
    """True inside ALL-CAPS text (a headline), where "US" or "IS" may be ordinary words."""
    n = rules.SHOUTING_NEIGHBOURS
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _LETTERS_RE.findall(text[max(line_start, start - 60) : start])[-n:]
    after = _LETTERS_RE.findall(text[end : min(line_end, end + 60)])[:n]
    neighbours = before + after
    return bool(neighbours) and all(w.isupper() for w in neighbours)


def _case_ok(text: str, start: int, end: int, exact: frozenset[str] | None) -> bool:
    """Acronyms must match their exact form, and not be a word in capitals for emphasis ("This
    IS a choice"); other names must show a capital letter."""
    surface = text[start:end]
    if numeral_not_acronym(surface, exact):
        return False  # "their XI" is no "Xi"
    if exact is None:
        return any(c.isupper() for c in surface)
    if compact(surface) not in exact:
        return False
    short = len(compact(surface)) <= rules.SHORT_ACRONYM_LEN
    return not (short and _shouting(text, start, end)) and not emphasised(text, start, end, True)


def _runs(text: str, ws: Sequence[Word]) -> list[list[Word]]:
    """Group words into runs a name may span: separated by spaces, hyphens or slashes only."""
    runs: list[list[Word]] = []
    for word in ws:
        if runs and rules.NAME_GAP_RE.fullmatch(text[runs[-1][-1].end : word.start]):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _scan_run(
    text: str,
    run: list[Word],
    known: Mapping[str, object],
    exact: Mapping[str, frozenset[str]],
    max_words: int,
    first_words: frozenset[str],
) -> list[Mention]:
    """Longest known names in one run, left to right, without overlaps.

    Only a word that begins some known name can begin a match (`first_words`): that skips
    nearly every position of a text without building a single candidate key.
    """
    found = []
    i = 0
    while i < len(run):
        step = 1
        if run[i].key in first_words:
            for n in range(min(max_words, len(run) - i), 0, -1):
                key = " ".join(w.key for w in run[i : i + n])
                if key not in known:
                    continue
                start, end = trim(text, run[i].start, run[i + n - 1].end)
                if _case_ok(text, start, end, exact.get(key)):
                    found.append(Mention(start, end, key, None, "alias"))
                    step = n
                    break
        i += step
    return found


def scan_aliases(
    text: str,
    table: AliasTable,
    local: Mapping[str, str],
    local_exact: Mapping[str, frozenset[str]],
    text_words: Sequence[Word],
) -> list[Mention]:
    """Find alias-table (and article-local) names anywhere in the text, NER or not
    (`text_words`: the text's folded words), and the states of party-state tags."""
    known: dict[str, object] = {**table.entries, **local}
    exact = {**table.exact_forms, **local_exact}
    for key in local:
        if key not in local_exact:
            exact.pop(key, None)  # a long form as written, not an acronym
    max_words = max([table.max_words, *(k.count(" ") + 1 for k in local)])
    first_words = table.first_words | {key.split(" ", 1)[0] for key in local}
    found: list[Mention] = []
    for run in _runs(text, text_words):
        found.extend(_scan_run(text, run, known, exact, max_words, first_words))
    states = scan_party_states(text)
    if not states:
        return found
    tags = Intervals([(s.start, s.end) for s in states])
    apart = [
        m
        for m in found
        if not any(
            m.start < tags.items[i][1] and tags.items[i][0] < m.end
            for i in tags.overlapping(m.start, m.end)
        )
    ]
    return sorted(apart + states, key=lambda m: (m.start, m.end))


def scan_party_states(text: str) -> list[Mention]:
    """The states of party-state tags ("Ilhan Omar, D-Minn.", "D-California") and of towns
    written with their state or province ("Gladstone, NJ", "Toronto, ON"): each a place, keyed
    by the name the alias table knows it by, whatever its abbreviation."""
    tags = [*rules.PARTY_STATE_RE.finditer(text), *rules.CITY_STATE_RE.finditer(text)]
    return [
        Mention(
            tag.start("state"),
            tag.end("state"),
            fold(rules.STATE_ABBREVIATIONS.get(tag["state"], tag["state"])),
            "LOC",
            "alias",
        )
        for tag in sorted(tags, key=lambda t: t.start("state"))
    ]
