"""What a derived record was derived with: its derivation key.

Why: the ledger promises that a change of code or model *replaces* derived rows instead of
piling up beside them. For that, every derived event names everything that produced it, and
the views show, per capture (versions) or per article version (entity mentions), only the
newest committed derivation. A key is a readable, sorted `name=version` list:

    page records    extract, titles, dates, datelines, versions (the content-hash rules)
    entity records  entities (the resolver), model (spaCy name@version), aliases (table hash)

Each stage owns its version: a `CODE_VERSION` constant in its module, bumped by hand whenever
that stage's output changes for some input (the golden tests check that outputs and the
constant change together). Never bump it for a refactor that changes no output.
"""

from __future__ import annotations

from collections.abc import Mapping

from tasks import datelines, dates, extract, titles


def compose(parts: Mapping[str, str]) -> str:
    """`name=version;...`, sorted by name: equal keys mean the same derivation."""
    return ";".join(f"{name}={parts[name]}" for name in sorted(parts))


def page_stage_versions() -> dict[str, str]:
    """The code versions of the stages that read a page (the versions stage adds its own)."""
    return {
        "extract": extract.CODE_VERSION,
        "titles": titles.CODE_VERSION,
        "dates": dates.CODE_VERSION,
        "datelines": datelines.CODE_VERSION,
    }
