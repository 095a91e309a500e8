"""Titles and roles: "Secretary of State Mike Pompeo" is Mike Pompeo, with the role kept.

Why: a title glued to a name splits one person into "Secretary of State Mike Pompeo" and "Mike
Pompeo", and a title is also the best evidence that an unfamiliar name is a person (the stock
model tags many of them ORG). The titles are data (`seeds/entity_titles.txt`); this module
turns them into patterns and reads them around mentions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tasks import entity_rules as rules
from tasks.entities.aliases import SEEDS_DIR, AliasTable
from tasks.entities.mentions import Mention
from tasks.entity_rules import EntityType
from tasks.names import HYPHEN_CLASS, fold

DEFAULT_TITLES_PATH = SEEDS_DIR / "entity_titles.txt"


def load_titles(path: Path | None = None) -> tuple[str, ...]:
    """Read seeds/entity_titles.txt: one title or honorific a line, '#' starts a comment."""
    lines = (path or DEFAULT_TITLES_PATH).read_text(encoding="utf-8").splitlines()
    return tuple(t for t in (line.split("#", 1)[0].strip() for line in lines) if t)


@functools.lru_cache(maxsize=1)
def default_titles() -> tuple[str, ...]:
    """The seed titles, read once per process."""
    return load_titles()


@dataclass(frozen=True)
class TitlePatterns:
    any: re.Pattern[str]  # a title anywhere (to drop "State" out of "Secretary of State")
    before: re.Pattern[str]  # a title that ends right where a name starts
    leading: re.Pattern[str]  # a title at the start of a span ("Politician Rahmatullah ...")
    after: re.Pattern[str]  # a title in an appositive ("..., a spokesman for the president")
    keys: frozenset[str]  # every title folded: a mention that is only a title names no one


# Joins a title's words: spaces and hyphens are interchangeable ("Secretary-General").
_TITLE_GAP = rf"[\s{HYPHEN_CLASS}]+"
# Trie keys besides a title's characters: the gap between two words (no word holds a space)
# and the end of a title.
_GAP, _END = " ", ""

_TrieNode = dict[str, "_TrieNode"]


def title_alternation(titles: Sequence[str]) -> str:
    """A pattern matching any of the titles, spaces and hyphens flexible, the longest title
    where several start at one place ("Secretary of State" before "Secretary").

    Why a trie: a plain alternation of some 400 titles makes the regex engine try every title
    at every position of an article, most of what titles cost in resolution. Written as a trie
    of lower-cased characters (matched case-insensitively), a position tries one branch per
    character. The matches are those of the longest-first alternation: titles that match at
    one place lie on one path of the trie, and the trie goes deeper before it ends."""
    root: _TrieNode = {}
    for title in set(titles):
        node = root
        for i, piece in enumerate(p for p in re.split(_TITLE_GAP, title.strip()) if p):
            if i:
                node = node.setdefault(_GAP, {})
            for char in piece:
                node = node.setdefault(char.lower() if len(char.lower()) == 1 else char, {})
        if node is not root:
            node[_END] = {}
    return _trie_pattern(root) or r"(?!x)x"


def _trie_pattern(node: _TrieNode) -> str:
    """The pattern of what may follow a trie node: a character, the gap, or (optionally) the
    title's end, tried in that order."""
    chars = sorted(k for k in node if k not in (_GAP, _END))
    branches = [re.escape(k) + _trie_pattern(node[k]) for k in chars]
    if _GAP in node:
        branches.append(_TITLE_GAP + _trie_pattern(node[_GAP]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if _END in node else body


@functools.lru_cache(maxsize=8)
def title_patterns(titles: tuple[str, ...]) -> TitlePatterns:
    alt = title_alternation(titles)
    flags = re.IGNORECASE
    return TitlePatterns(
        any=re.compile(rf"(?<!\w)(?:{alt})(?!\w)", flags),  # "Mr." ends in a non-word
        before=re.compile(rf"(?<!\w)(?P<title>{alt})[\s,]*\Z", flags),
        leading=re.compile(rf"\A(?P<title>{alt})\s+(?=\w)", flags),
        after=re.compile(rf"{rules.APPOSITIVE_PREFIX}(?P<title>(?i:{alt}))(?!\w)"),
        keys=frozenset(fold(t) for t in titles),
    )


def strip_leading_title(
    text: str,
    start: int,
    end: int,
    type_: EntityType,
    table: AliasTable,
    titles: TitlePatterns,
) -> Mention | None:
    """ "Politician Rahmatullah Bizhanpour" -> the person, with "Politician" kept as a role.

    Only when the span is not itself a known name, and what remains is a person (NER says so,
    or the alias table does): "General Motors" must stay a company. A title followed by "of"
    in an organization's or place's span leaves what follows: "Founder of Ceres Robotics Inc".
    """
    key = fold(text[start:end])
    if not key:
        return None
    title = titles.leading.match(text[start:end])  # on a slice: \A ignores match(pos=)
    if title and _named_after(text[start + title.end() : end]):
        if type_ == "PERSON":  # "Sheikh Zayed Road" read as a person: the road, a place
            type_ = "LOC" if fold(text[start:end]).rsplit(" ", 1)[-1] in _PLACE_HEADS else "ORG"
    elif title and table.get(key) is None:
        rest_start = start + title.end()
        rest_key = fold(text[rest_start:end])
        rest = text[rest_start:end]
        if rest_key and (
            _honorific_name(title.group("title"), rest)
            or _names_a_person(rest, rest_key, type_, table)
        ):
            return Mention(rest_start, end, rest_key, "PERSON", "ner", title.group("title"), True)
        of = rules.TITLE_OF_RE.match(text, rest_start, end)
        if of and type_ != "PERSON":  # "Founder of Ceres Robotics Inc": the company
            return Mention(of.end(), end, fold(text[of.end() : end]), type_, "ner")
    elif table.get(key) is None:
        inner = _inner_title(text[start:end], titles, type_ == "PERSON")
        if inner is not None:  # "Deschutes County Sheriff Kent Varga": the sheriff
            rest_start = start + inner[1]
            rest_key = fold(text[rest_start:end])
            return Mention(rest_start, end, rest_key, "PERSON", "ner", inner[0], True)
    return Mention(start, end, key, type_, "ner")


_PLACE_HEADS = rules.GEOGRAPHIC_HEADS | frozenset(
    {"road", "highway", "expressway", "street", "avenue", "square", "bridge", "park", "city"}
    | {"port", "canal", "gate", "causeway", "dam", "airport", "stadium", "station", "terminal"}
)


def _named_after(rest: str) -> bool:
    """Does the name after a title end with a place's, a building's or a body's word ("Sheikh
    Zayed Road", "King Fahd Medical City", "Sultan Qaboos Grand Mosque", "Queen Elizabeth
    Hospital"), or a house of worship named for a title with "of" ("Queen of Martyrs Church")?
    Then the whole is named after the titled person: no person, no role."""
    last = fold(rest).rsplit(" ", 1)[-1]
    if rules.DEDICATION_OF_RE.match(rest) and last in rules.WORSHIP_HEADS:
        return True  # "Queen of Martyrs Church", "Mother of Sorrows Parish": named for Mary
    named = rest[:1].isupper()  # "Chairman of the ... Committee": the title of a body's office
    return named and (last in _NOT_A_HOLDER_WORDS or last in NAMED_AFTER_HEADS)


def _inner_title(span: str, titles: TitlePatterns, person: bool) -> tuple[str, int] | None:
    """A title inside a span, after capitalised words (its owner) and before a full name
    (`rules.INNER_TITLE_NAME_WORDS` capitalised words or particles): "Deschutes County
    Sheriff Kent Varga". The title may be a member's letters (`rules.POST_NOMINALS`: "Social
    Democrats TD Róisín Shortall") and be followed by honorifics ("Mutoko North MP Cde
    Chiratidzo Mabuwa"). In a span the model did not read as a person, the title must not be a
    word of bodies' names too ("Directorate General Public Relations") and the name must hold
    no word of a body's or a place's name ("Bank Governor Sharpe Hospital"). Returns the title
    and where the name starts."""
    low, high = rules.INNER_TITLE_NAME_WORDS
    found_all = [*titles.any.finditer(span), *_POST_NOMINAL_WORD_RE.finditer(span)]
    for found in sorted(found_all, key=lambda f: f.start()):
        before = span[: found.start()].split()
        if not before or not all(w[:1].isupper() for w in before):
            continue
        name_start = found.end() + len(span[found.end() :]) - len(span[found.end() :].lstrip())
        while more := titles.leading.match(span[name_start:]):
            name_start += more.end()
        rest = span[name_start:].split()
        names = all(w[:1].isupper() or w in rules.NAME_PARTICLES for w in rest)
        if not (low <= len(rest) <= high and names and rest[0][:1].isupper()):
            continue
        if person:
            return found.group().strip(), name_start
        if fold(found.group()) not in _TITLES_IN_NAMES and _NOT_A_HOLDER_WORDS.isdisjoint(
            fold(w) for w in rest
        ):
            return found.group().strip(), name_start
    return None


# A member's letters written in capitals as a word ("TD", "MP", "MLA").
_POST_NOMINAL_WORD_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(p.upper() for p in rules.POST_NOMINALS))})(?!\w)"
)
# Titles that are also words of bodies' names ("Directorate General Public Relations",
# "Major League Soccer", "Chief Whip's Office"): inside a span not read as a person, no title.
_TITLES_IN_NAMES = frozenset({"general", "major", "chief", "premier", "prince", "king", "queen"})
# Words of a body's or a place's name: after a title inside such a span, no person's name.
_NOT_A_HOLDER_WORDS = rules.NAME_HEADS | rules.GEOGRAPHIC_HEADS
# More last words of places and buildings named after a titled person, besides those
# ("Sheikh Zayed Road", "King Abdulaziz Port", "Prince Sultan Air Base").
NAMED_AFTER_HEADS = frozenset(
    {
        "road", "highway", "expressway", "mosque", "port", "base", "canal", "palace", "hall",
        "tower", "towers", "cathedral", "medical", "gate", "terminal", "causeway", "dam",
    }
)  # fmt: skip


def _honorific_name(title: str, rest: str) -> bool:
    """An honorific before one to three capitalised words ("Ms Bullock"): a person's name."""
    parts = rest.split()
    return (
        fold(title) in rules.HONORIFICS
        and 1 <= len(parts) <= 3
        and all(p[:1].isupper() for p in parts)
    )


def _names_a_person(rest: str, rest_key: str, type_: EntityType, table: AliasTable) -> bool:
    """After a title: NER said PERSON, the table knows a person, or it reads like a full name."""
    known = table.get(rest_key)
    if known is not None:
        return known.type == "PERSON"
    parts = rest.split()
    looks_like_name = 2 <= len(parts) <= 3 and all(p[:1].isupper() for p in parts)
    return type_ == "PERSON" or looks_like_name


def _role_before(text: str, m: Mention, titles: TitlePatterns) -> str | None:
    window = text[max(0, m.start - rules.TITLE_WINDOW) : m.start]
    found = titles.before.search(window)
    return found.group("title") if found else None


def _role_after(text: str, m: Mention, titles: TitlePatterns, starts: frozenset[int]) -> str | None:
    """The title of an appositive after the name, unless it is the title of the next name.

    "in Manhattan, Rep. Carolyn Maloney": "Rep." belongs to Maloney, not to Manhattan.
    """
    found = titles.after.match(text[m.end : m.end + rules.TITLE_WINDOW])
    if found is None:
        return None
    rest = m.end + found.end()
    gap = rules.TITLE_TO_NAME_GAP_RE.match(text, rest)
    return None if gap and gap.end() in starts else found.group("title")


def mark_people(text: str, mentions: list[Mention], titles: TitlePatterns) -> None:
    """A title before a name or an appositive after it ("..., a spokesman") means a person.

    Fixes the stock model's habit of tagging unfamiliar names ("Sediq Sediqqi") as ORG.
    """
    starts = frozenset(m.start for m in mentions)
    for m in mentions:
        role = m.role or _role_before(text, m, titles) or _role_after(text, m, titles, starts)
        if role and (m.entity is None or m.entity.type == "PERSON"):
            m.role = " ".join(role.split())
            m.person_hint = True
