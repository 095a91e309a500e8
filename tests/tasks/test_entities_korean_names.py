"""A Korean name the model cuts at its given name's hyphen is one person. Texts are our own
(title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_name_cut_at_the_hyphen_is_one_person(table: AliasTable) -> None:
    """ "Baek Nam" of "Baek Nam-soo" goes on over "-soo", and "Baek" later is the same man;
    an English word after a hyphen ("Lee Smith-led") is no part of a name."""
    text = (
        "Posters of a lost craft go on show\n\n"
        "The late painter Baek Nam-soo made 2,000 posters, critic Yoon Ha-eun said. Baek never "
        "signed them. A Lee Smith-led team restored them."
    )
    spans = spans_of(
        text,
        ("Baek Nam", "PERSON"),
        ("Yoon Ha-eun", "PERSON"),
        ("Baek", "PERSON"),
        ("Lee Smith", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert sorted(found["Baek Nam-soo"].mentions) == ["Baek", "Baek Nam-soo"]
    assert "Baek Nam" not in found
    assert found["Lee Smith"].mentions == ["Lee Smith"]
