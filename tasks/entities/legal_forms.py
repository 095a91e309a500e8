"""A company named with its legal form ("Nvidia Corp", "Walmart Inc", "Tencent Holdings") is the
company the alias table names without it ("Nvidia").

Why: market tables, filings and wires write the legal name ("Nvidia Corp (NVDA) -3.1%") beside
the short one in the story; the table knows the short name, and the folded legal name is not an
alias of it, so the two became two entities (a split). The legal-form words are data
(`tasks.entity_rules.ORG_SUFFIXES`, which `ids` folds away for companies the table does not
know).
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.entities.aliases import AliasTable
from tasks.entities.ids import without_trailing
from tasks.entities.linking import final_type
from tasks.entities.mentions import Mention


def _core(target: str) -> str | None:
    """The name before the legal-form words that end `target` ("nvidia corp" -> "nvidia"), or
    None when none ends it or nothing would be left."""
    core = without_trailing(target, rules.ORG_SUFFIXES)
    return core if core != target else None


def link_legal_forms(mentions: Sequence[Mention], table: AliasTable) -> None:
    """Point an unknown organization's legal name at the organization of the alias table the
    rest names. (An unknown company's legal and short names already share one id:
    `ids.assign_unknown` folds the legal form away.)"""
    for m in mentions:
        if m.entity is not None or final_type(m) not in ("ORG", None):
            continue
        core = _core(m.target)
        entity = table.get(core) if core is not None else None
        if core is not None and entity is not None and entity.type == "ORG":
            m.target, m.entity, m.type = core, entity, "ORG"
