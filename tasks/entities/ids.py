"""Ids for entities the alias table does not know: stable across articles, sources and runs.

Why: an unknown entity still needs one id wherever it is written, so its timeline aggregates.
The id is a hash of its folded name and type; organizations and places are named without legal
forms and descriptors ("SoftBank Group Corp" = "SoftBank", "Khost province" = "Khost") so the
id does not depend on which form an article used.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.entities.aliases import Canonical
from tasks.entities.mentions import Mention
from tasks.entity_rules import EntityType
from tasks.names import fold


def unknown_entity_id(type_: EntityType, name: str) -> str:
    """A stable id for an entity the alias table does not know: nl:<type>:<sha1(fold)[:12]>."""
    digest = hashlib.sha1(fold(name).encode("utf-8")).hexdigest()[:12]
    return f"nl:{type_.lower()}:{digest}"


def _vote_type(group: Sequence[Mention]) -> EntityType:
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


def without_trailing(key: str, *endings: frozenset[str]) -> str:
    """A folded name without the words of `endings` that end it, keeping its first word
    ("nvidia corp" -> "nvidia" for the legal forms)."""
    parts = key.split()
    while len(parts) > 1 and any(parts[-1] in words for words in endings):
        parts.pop()
    return " ".join(parts)


def org_core(key: str) -> str:
    """A folded organization name without trailing legal forms ("softbank group corp") or a
    web address's ending ("edmunds com"), and a ministry or department named by its portfolio
    first in the order "of" writes it ("health ministry" is "ministry of health"): an article
    writes both, and they are one body."""
    parts = without_trailing(key, rules.ORG_SUFFIXES, rules.WEB_SUFFIXES).split()
    head, portfolio = parts[-1], parts[:-1]
    if head in rules.PORTFOLIO_HEADS and portfolio and set(portfolio) <= rules.PORTFOLIO_WORDS:
        return " ".join([head, "of", *portfolio])
    return " ".join(parts)


def assign_unknown(text: str, mentions: list[Mention]) -> set[str]:
    """Give every still-unknown mention group (same target key) one canonical entity; return the
    ids given.

    Organizations group by their name without legal forms, so "SoftBank Group Corp" and
    "SoftBank" are one entity whose id does not depend on which form an article used. A name
    the article also writes with a place descriptor ("Khost province") is that place, whatever
    type the model gave its bare form. The name is the first mention written as the article
    spells it, not one shouted in capitals by a dateline ("MILLERSBURG, Ohio —") when the
    article also writes "Millersburg".
    """
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.entity is None:
            groups.setdefault(m.target, []).append(m)
    merged: dict[tuple[EntityType, str], list[Mention]] = {}
    for target, group in groups.items():
        type_ = _vote_type(group)
        key = {"ORG": org_core, "LOC": place_core}.get(type_, str)(target)
        merged.setdefault((type_, key), []).extend(group)
    described = {key for (type_, key), group in merged.items() if type_ == "LOC"} & {
        place_core(m.target)
        for m in mentions
        if m.entity is None and place_core(m.target) != m.target
    }
    given: set[str] = set()
    for type_, key in [k for k in merged if k[0] != "LOC" and k[1] in described]:
        merged[("LOC", key)].extend(merged.pop((type_, key)))  # "Khost" beside "Khost province"
    for (type_, key), group in merged.items():
        group.sort(key=lambda m: m.start)
        bare = [m for m in group if m.key == key] if type_ == "LOC" else []  # "Khost"
        full = bare or [m for m in group if m.key == m.target] or group
        full = [m for m in full if not m.surface(text).isupper()] or full  # not "MILLERSBURG"
        name = " ".join(full[0].surface(text).split())
        if type_ == "LOC" and not bare and place_core(full[0].key) != full[0].key:
            name = name.rsplit(" ", 1)[0]  # "Khost province" alone: the place is "Khost"
        canonical = Canonical(unknown_entity_id(type_, key), name, type_)
        given.add(canonical.entity_id)
        for m in group:
            m.entity = canonical
    return given
