"""A nationality the model runs into a person's name is cut off ("the Argentine Matias
Corral"), and a nationality's noun alone ("the Spaniard said") names no entity; names that hold
a nationality stay whole. Texts are our own."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.nationality_names import nationality_name_spans
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_nationality_run_into_a_name_the_text_uses_again_is_cut(table: AliasTable) -> None:
    text = (
        "Dunmore Rovers have signed the Argentine Matias Corral from Racing Club on a two-year "
        "deal. Corral, 26, scored nine goals last season."
    )
    spans = spans_of(
        text,
        ("Dunmore Rovers", "ORG"),
        ("Argentine Matias Corral", "ORG"),
        ("Racing Club", "ORG"),
        ("Corral", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Argentine Matias Corral" not in found
    assert found["Matias Corral"].type == "PERSON"
    assert "Corral" in found["Matias Corral"].mentions


def test_names_holding_a_nationality_stay_whole() -> None:
    text = (
        "The Irish Football Association said the Association would appeal, and the British "
        "Grand Prix organisers agreed. The Spanish Open starts on Friday. Fighting between "
        "the Sudanese Armed Forces and the Rapid Support Forces went on."
    )
    spans = spans_of(
        text,
        ("The Irish Football Association", "ORG"),
        ("British Grand Prix", "EVENT"),
        ("The Spanish Open", "EVENT"),
        ("the Sudanese Armed Forces", "ORG"),
        ("the Rapid Support Forces", "ORG"),
    )
    assert nationality_name_spans(text, spans) == spans


def test_a_body_named_with_a_nationality_stays_whole_beside_its_head_alone() -> None:
    """ "Agency" stands alone after a lowercase word ("the Swedish eHealth Agency"), but a body's
    head is no surname: "European Medicines Agency" keeps its first word."""
    text = (
        "The forum, organised by the Swedish eHealth Agency, heard from Omar Haddad (European "
        "Medicines Agency)."
    )
    spans = spans_of(text, ("Omar Haddad", "PERSON"), ("European Medicines Agency", "PERSON"))
    assert nationality_name_spans(text, spans) == spans


def test_a_nationalitys_noun_alone_names_no_one(table: AliasTable) -> None:
    text = (
        "Tomas Vreeland limped off late on, and Unai Emery said the Dutchman would be assessed. "
        '"Everyone saw it," the Spaniard said. The Frenchman and the Welshman were booked, '
        "and the Kiwi Dan Whitcombe scored."
    )
    spans = spans_of(
        text,
        ("Tomas Vreeland", "PERSON"),
        ("Unai Emery", "PERSON"),
        ("Dutchman", "NORP"),
        ("Spaniard", "PERSON"),
        ("Frenchman", "ORG"),
        ("Welshman", "PERSON"),
        ("Kiwi", "ORG"),
        ("Dan Whitcombe", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Dutchman", "Spaniard", "Frenchman", "Welshman", "Kiwi"} & found.keys()
    assert {"Tomas Vreeland", "Unai Emery", "Dan Whitcombe"} <= found.keys()
