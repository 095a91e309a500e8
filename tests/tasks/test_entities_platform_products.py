"""A large maker's product, service or software named in a text that names the maker ("Siri",
"Apple CarPlay" beside Apple) is no entity, nor is the maker's name inside it; the same name in
a text that does not name the maker ("Alexa", a person) stays. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_makers_line_beside_the_maker_is_no_entity(table: AliasTable) -> None:
    text = (
        "Apple fixes battery drain in its latest update\n\n"
        "Apple released the update on Monday. Siri can now read messages aloud, and the "
        "Safari browser blocks more trackers, the company said."
    )
    spans = spans_of(
        text, ("Apple", "ORG"), ("Apple", "ORG"), ("Siri", "PERSON"), ("Safari", "ORG")
    )
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Apple"]


def test_the_maker_inside_its_lines_name_is_no_mention(table: AliasTable) -> None:
    text = (
        "Corvant EV4 review: a quiet saloon\n\n"
        "Apple CarPlay works without a cable in the Corvant EV4, and the sound system is good."
    )
    spans = spans_of(text, ("Apple CarPlay", "ORG"), ("Corvant", "ORG"))
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert "Apple" not in found and "Apple CarPlay" not in found


def test_the_name_without_its_maker_in_the_text_stays(table: AliasTable) -> None:
    text = (
        "Local runner wins the city marathon\n\n"
        "Alexa Moreno won in 2 hours 31 minutes. Alexa said the last mile was the hardest."
    )
    spans = spans_of(text, ("Alexa Moreno", "PERSON"), ("Alexa", "PERSON"))
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Alexa Moreno"]


def test_a_makers_line_with_a_models_number_is_no_entity(table: AliasTable) -> None:
    text = (
        "Laptop sales rise before support ends\n\n"
        "Buyers replaced laptops before Microsoft ended support for Windows 10 in October."
    )
    spans = spans_of(text, ("Microsoft", "ORG"), ("Windows 10", "GPE"))
    found = [e.name for e in resolve_entities(text, spans, table, TITLES)]
    assert found == ["Microsoft"]
