"""A conference or league named with its division is the conference or league; a division
alone is no entity; the college conferences named without "Conference" are organizations.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_division_is_its_conference(table: AliasTable) -> None:
    """ "the Great Plains Conference North Division" is the Great Plains Conference, one
    entity with "GPC"; "Big Ten" and "Big 12", which the model misses, are conferences; "AFC
    West" stays as read (the real pages' labels name it apart from the AFC)."""
    text = (
        "Rangers clinch the division\n\n"
        "Marlow State won the Great Plains Conference North Division on Saturday and will "
        "meet the South Division champion in the Great Plains Conference (GPC) title game. "
        "A win could earn a bowl game against a Big Ten or Big 12 team. In the pros, Denver "
        "leads the AFC West."
    )
    spans = spans_of(
        text,
        ("Marlow State", "ORG"),
        ("the Great Plains Conference North Division", "ORG"),
        ("South Division", "ORG"),
        ("the Great Plains Conference", "ORG"),
        ("GPC", "ORG"),
        ("Denver", "GPE"),
        ("the AFC West", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not [name for name in found if "North Division" in name]
    assert found["Great Plains Conference"].mention_count == 3
    assert found["Big Ten Conference"].mentions == ["Big Ten"]
    assert found["Big 12 Conference"].mentions == ["Big 12"]
    assert "AFC West" in found
