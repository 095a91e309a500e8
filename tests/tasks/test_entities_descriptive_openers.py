"""A word that describes a name's bearer, opening a sentence before the name ("Neighbouring
Arlington Public Schools", "Rival Kroger"), is no part of the name; inside a sentence, or
inside a name that does not open one, it stays. Texts are our own."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_describing_word_opening_a_sentence_leaves_the_name(table: AliasTable) -> None:
    text = (
        "Schools move start times\n\n"
        "Neighbouring Tarvik Public Schools moved to later start times in 2019. Rival Harlan "
        "Markets cut prices too. Embattled Dovecote Airlines said it would follow.\n"
        "The board met the Fellow Travellers Society on Monday."
    )
    spans = spans_of(
        text,
        ("Neighbouring Tarvik Public Schools", "ORG"),
        ("Rival Harlan Markets", "ORG"),
        ("Embattled Dovecote Airlines", "ORG"),
        ("Fellow Travellers Society", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert {"Tarvik Public Schools", "Harlan Markets", "Dovecote Airlines"} <= found.keys()
    assert "Fellow Travellers Society" in found


def test_a_word_of_rank_opening_a_sentence_leaves_a_name_of_its_own(table: AliasTable) -> None:
    """ "Key" and "Former" open names too ("Key West"), so they go only when the rest is a name:
    one the table knows ("Security Council") or one the article writes alone."""
    text = (
        "Envoys meet on Darfur\n\n"
        "Key Security Council members met on Tuesday. Former Food and Drug Administration "
        "commissioner Lena Ortz said aid was late. Top Marrow Foundation officials agreed, and "
        "the Marrow Foundation pledged $2 million."
    )
    spans = spans_of(
        text,
        ("Key Security Council", "ORG"),
        ("Former Food and Drug Administration", "ORG"),
        ("Lena Ortz", "PERSON"),
        ("Top Marrow Foundation", "ORG"),
        ("Marrow Foundation", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert {
        "United Nations Security Council",
        "Food and Drug Administration",
        "Marrow Foundation",
    } <= found.keys()
    assert not any(name.startswith(("Key", "Former", "Top")) for name in found)


def test_a_name_opening_with_a_word_of_rank_stays_whole(table: AliasTable) -> None:
    """No name of its own follows the word: "Leading Edge Aviation", "Key Harbour Trust" and
    "Top Rank Promotions" are names."""
    text = (
        "Season opens\n\n"
        "Leading Edge Aviation opened a route on Thursday. Key Harbour Trust said ticket "
        "sales rose. Promoters at Top Rank Promotions agreed."
    )
    spans = spans_of(
        text,
        ("Leading Edge Aviation", "ORG"),
        ("Key Harbour Trust", "ORG"),
        ("Top Rank Promotions", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert {"Leading Edge Aviation", "Key Harbour Trust", "Top Rank Promotions"} <= found.keys()
