"""Parish and funeral pages: a church or parish named for Mary by one of her titles is one
name; a rite ("Mass of Christian Burial") and a veteran's decoration ("a Bronze Star") are no
entities. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_institutions_named_for_mary_are_whole(table: AliasTable) -> None:
    """The model reads the title's last words ("Sorrows Church") or the head alone as a
    person ("Parish"), and a title's "Queen" is no role here."""
    text = (
        "Parish news\n\n"
        "Father Tomas Reyes of Our Lady of Guadalupe Parish will preach at Queen of Angels "
        "Church on Sunday, and the choir of Mother of Sorrows Church will sing.\n"
    )
    spans = spans_of(
        text,
        ("Tomas Reyes", "PERSON"),
        ("Parish", "PERSON"),
        ("Queen of Angels Church", "ORG"),
        ("Sorrows Church", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Our Lady of Guadalupe Parish" in found
    assert "Queen of Angels Church" in found
    assert "Mother of Sorrows Church" in found
    assert not {"Parish", "Angels Church", "Sorrows Church"} & found.keys()


def test_marian_titles_without_an_institution_are_left_alone(table: AliasTable) -> None:
    """No head after the title: the model's reading stands ("the Queen of Denmark" is the
    country after a title); "President of Holmwood University" keeps its university."""
    text = (
        "Royal visit\n\n"
        "The Queen of Denmark visited the shrine, and the President of Holmwood University "
        "greeted her.\n"
    )
    spans = spans_of(text, ("Denmark", "GPE"), ("Holmwood University", "ORG"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Holmwood University" in found
    assert not any(n.startswith(("Queen", "President")) for n in found)


def test_rites_and_decorations_are_no_entities(table: AliasTable) -> None:
    text = (
        "Walter Hesketh, 1931-2026\n\n"
        "Walter Hesketh served in Korea, where he earned a Bronze Star and a Purple Heart. "
        "A Mass of Christian Burial will be held Friday at St. Agnes Church.\n"
    )
    spans = spans_of(
        text,
        ("Walter Hesketh", "PERSON"),
        ("Walter Hesketh", "PERSON"),
        ("Korea", "GPE"),
        ("Bronze Star", "PERSON"),
        ("a Purple Heart", "PERSON"),
        ("Christian Burial", "PERSON"),
        ("St. Agnes Church", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Walter Hesketh"].type == "PERSON"
    assert "St. Agnes Church" in found
    assert not {"Bronze Star", "Purple Heart", "Christian Burial"} & found.keys()
