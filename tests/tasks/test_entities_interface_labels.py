"""Menus, buttons and switches a how-to tells the reader to use are no entities. Texts are our
own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_controls_an_instruction_names_are_no_entities(table: AliasTable) -> None:
    """ "Tap Playback", "turn on Save Cellular Data", "then Data Usage and Media Quality",
    "Settings > Motion": labels of an app; YouTube, which the table knows, stays."""
    text = (
        "How to stop autoplay on your phone\n"
        "In YouTube, tap your picture, then Data Usage and Media Quality, and turn on Save "
        "Cellular Data. Tap Playback to finish. On Android, go to Settings > Motion."
    )
    spans = spans_of(
        text,
        ("YouTube", "ORG"),
        ("Data Usage", "ORG"),
        ("Media Quality", "ORG"),
        ("Save Cellular Data", "ORG"),
        ("Playback", "PERSON"),
        ("Motion", "ORG"),
    )
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"YouTube"}


def test_names_after_other_verbs_and_thens_stay(table: AliasTable) -> None:
    """ "choose Tarvik Bank", "students who go to Orrin College", "then Kestrel Labs" in a
    sentence that gives no instruction: names."""
    text = (
        "Where to keep your savings\n"
        "Savers can choose Tarvik Bank. Students who go to Orrin College got loans first, then "
        "Kestrel Labs hired them."
    )
    spans = spans_of(
        text, ("Tarvik Bank", "ORG"), ("Orrin College", "ORG"), ("Kestrel Labs", "ORG")
    )
    names = {e.name for e in resolve_entities(text, spans, table, TITLES)}
    assert names == {"Tarvik Bank", "Orrin College", "Kestrel Labs"}
