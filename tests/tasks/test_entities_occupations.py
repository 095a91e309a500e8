"""An occupation written capitalised before a name, where it opens a sentence or a list's item,
is the person's role, no part of the name. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_capitalised_occupation_before_a_name_is_a_role(table: AliasTable) -> None:
    """ "Comedian Fern Kavanagh", "Pianist Ilse Marten": the model runs the word into the name."""
    text = (
        "Awards host named\n\n"
        "Comedian Fern Kavanagh returns as host. Pianist Ilse Marten will play.\n"
        "Kavanagh said she was thrilled."
    )
    spans = spans_of(
        text,
        ("Comedian Fern Kavanagh", "PERSON"),
        ("Pianist Ilse Marten", "PERSON"),
        ("Kavanagh", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Fern Kavanagh"].mentions == ["Fern Kavanagh", "Kavanagh"]
    assert "Comedian" in found["Fern Kavanagh"].roles
    assert "Ilse Marten" in found
    assert not any(n.startswith(("Comedian", "Pianist")) for n in found)
