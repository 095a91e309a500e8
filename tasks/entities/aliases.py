"""The alias table: every known way to write a known entity, folded, pointing at one canonical id.

Why a table and not only NER: the model finds spans, but it cannot know that "the Pentagon" is
the US Department of Defense or that "Daesh" is the Islamic State. The table is data
(`seeds/entities.csv`, or the file in $NEWSLEDGER_ALIAS_TABLE); its version (a hash of the file)
is recorded with every derived row, so a reader can tell which table produced it.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from schemas.errors import AliasTableInvalid
from tasks import entity_rules as rules
from tasks.entity_rules import EntityType
from tasks.names import HYPHEN_CLASS, fold

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
DEFAULT_ALIAS_PATH = SEEDS_DIR / "entities.csv"
ALIAS_TABLE_ENV = "NEWSLEDGER_ALIAS_TABLE"

_VALID_TYPES: frozenset[str] = frozenset({"PERSON", "ORG", "LOC"})
HINT = "fix the alias table (NEWSLEDGER_ALIAS_TABLE, else seeds/entities.csv)"


def compact(form: str) -> str:
    """An acronym without its dots, hyphens and spaces: "U.S." -> "US", "IS-K" -> "ISK"."""
    return re.sub(rf"[.\s{HYPHEN_CLASS}]", "", form)


def is_acronym_form(alias: str) -> bool:
    """True for short capitalised forms ("US", "U.S.", "DoD", "ISIS") that must match exactly.

    Folding makes "US" equal "us"; scanning text for such keys without checking the case would
    turn every "us" and "is" into the United States and ISIS.
    """
    alias = rules.LEADING_ARTICLE_RE.sub("", alias.strip())  # "the U.S." is "U.S."
    compact_form = compact(alias)
    return (
        " " not in alias and 0 < len(compact_form) <= 6 and sum(map(str.isupper, compact_form)) >= 2
    )


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

    Raises AliasTableInvalid on a bad type, a repeated id or an alias claimed by two entities: an
    ambiguous alias would silently merge two real-world entities, so the seed must not have one.
    """
    entries: dict[str, Canonical] = {}
    forms: dict[str, list[str]] = {}
    seen_ids: set[str] = set()
    for entity_id, name, type_, aliases in rows:
        if type_ not in _VALID_TYPES:
            raise AliasTableInvalid(f"{entity_id}: type {type_!r} is not PERSON|ORG|LOC", HINT)
        if entity_id in seen_ids:
            raise AliasTableInvalid(f"{entity_id}: listed twice", HINT)
        seen_ids.add(entity_id)
        canonical = Canonical(entity_id, name, type_)  # type: ignore[arg-type]
        for alias in _split_aliases(name, aliases):
            key = fold(alias)
            if not key:
                continue
            other = entries.setdefault(key, canonical)
            if other != canonical:
                raise AliasTableInvalid(
                    f"alias {alias!r} is claimed by {other.entity_id} and {entity_id}", HINT
                )
            forms.setdefault(key, []).append(alias)
    exact = {
        key: frozenset(compact(f) for f in fs)
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
