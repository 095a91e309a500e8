"""An envoy's holder the model runs into the office's country is the country and a person.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import spans_of


def test_a_country_run_into_its_envoys_name_is_the_country_and_the_envoy(
    table: AliasTable,
) -> None:
    """ "envoy for Ukraine Dorin Haskell" read as one organization is Ukraine and the envoy,
    whom "Haskell" then names; a body's name after the title ("the Ukraine Grain Association")
    stays whole."""
    text = (
        "Envoy testifies\n\n"
        "The special envoy for Ukraine Dorin Haskell told the panel he had acted alone. "
        "Haskell said talks would resume, said the chairman of the Ukraine Grain Association."
    )
    spans = spans_of(
        text,
        ("Ukraine Dorin Haskell", "ORG"),
        ("Haskell", "ORG"),
        ("Ukraine Grain Association", "ORG"),
    )
    found = {
        e.name: (e.type, sorted(set(e.mentions)))
        for e in resolve_entities(text, spans, table, load_titles())
    }
    assert found["Ukraine"] == ("LOC", ["Ukraine"])
    assert found["Dorin Haskell"] == ("PERSON", ["Dorin Haskell", "Haskell"])
    assert found["Ukraine Grain Association"][0] == "ORG"
