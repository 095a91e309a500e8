"""Players listed one a line with their position are people; the position is no entity.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_roster_lines_name_players_and_no_positions(table: AliasTable) -> None:
    """An injury report's "- Name, POS (injury), status" lines: the model misses a name and
    reads "LB" as an organization and "QB" as a place. A line naming a team and then a player
    after the position ("Harbor City Gulls, OT Cal Ruiz") and a politician's party tag ("Ann
    Roe, D-Ore.") are no roster lines."""
    text = (
        "Gulls rule out linebacker for title game\n\n"
        "Injury report\n"
        "- Tomas Wendel, RB (ankle), questionable\n"
        "- Ike Okoro, LB (knee), out\n"
        "- Drew Halvorsen, QB (shoulder), probable\n"
        "Harbor City Gulls, OT Cal Ruiz\n"
        "Ann Roe, D-Ore., praised the Harbor City Gulls."
    )
    spans = spans_of(
        text,
        ("Ike Okoro", "PERSON"),
        ("LB", "ORG"),
        ("Drew", "PERSON"),
        ("QB", "GPE"),
        ("Harbor City Gulls", "ORG"),
        ("Cal Ruiz", "PERSON"),
        ("Ann Roe", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for name in ("Tomas Wendel", "Ike Okoro", "Drew Halvorsen", "Cal Ruiz", "Ann Roe"):
        assert found[name].type == "PERSON", name
    assert found["Harbor City Gulls"].type == "ORG"
    assert not {"LB", "QB", "RB", "Drew"} & found.keys()
