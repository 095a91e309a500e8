"""An envoy's holder the model runs into the office's country is the country and a person.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.place_holders import name_starts
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


def test_a_long_span_is_read_at_its_last_words_only() -> None:
    """The holder's name is the span's last two or three words: a span of thousands of words
    (a run of capitals the model took for one name) is tried at two places, not sliced once per
    word (the work grew with the span's square)."""
    assert list(name_starts(10_000)) == [9_997, 9_998]
    assert list(name_starts(4)) == [1, 2]  # "Chile Ana Maria Ruiz": three words, or two
    assert list(name_starts(3)) == [1]
    assert list(name_starts(2)) == []  # a place and one word is no holder
