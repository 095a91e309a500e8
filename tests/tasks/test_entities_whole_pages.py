"""Spans of whole, messy news pages that are no name, or a name cut at the wrong place: laws,
amounts of money, common nouns written as acronyms, words of kinship in quotes, a line-up's
bracket run into a name, a hyphenated first name cut at its hyphen, a verb opening a court
report's sentence taken into a name, a place named with a connector between hyphens ("-on-")
cut in pieces, a surname after a particle left out of a name, a ticker after its exchange, a
name before "Index", feasts, crafts named with their noun. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _names(text: str, *items: tuple[str, str], table: AliasTable) -> list[str]:
    return [e.name for e in resolve_entities(text, spans_of(text, *items), table, TITLES)]


def test_a_law_is_no_entity(table: AliasTable) -> None:
    text = (
        "The Tarvik Prosecution Office will seek an order under the Proceeds of Crime Act. "
        "Judges cited the Coastal Emergency Powers Act and section 12 of the Harbour Trade "
        "Expansion Act of 1962, and the Marine Safety Board said the Vellmar Port Dues was next."
    )
    found = _names(
        text,
        ("Tarvik Prosecution Office", "ORG"),
        ("the Proceeds of Crime Act", "ORG"),
        ("the Coastal Emergency Powers", "ORG"),  # the model stopping before "Act"
        ("Harbour Trade Expansion Act of 1962", "ORG"),
        ("Marine Safety Board", "ORG"),
        ("Vellmar Port Dues", "ORG"),
        table=table,
    )
    assert found == ["Tarvik Prosecution Office", "Marine Safety Board", "Vellmar Port Dues"]


def test_an_amount_of_money_is_no_entity_but_a_code_with_a_number_is(table: AliasTable) -> None:
    text = (
        "The naira closed at N1,712.40, shares of Kedra opened at S$1.52 and a bag of maize "
        "cost KSh 4,500 in Tarvik, where traffic on the M25 and talks at the G20 were slow."
    )
    found = _names(
        text,
        ("N1,712.40", "GPE"),
        ("Kedra", "ORG"),
        ("S$1.52", "ORG"),
        ("KSh 4,500", "ORG"),
        ("Tarvik", "GPE"),
        ("M25", "FAC"),
        ("G20", "ORG"),
        table=table,
    )
    assert found == ["Kedra", "Tarvik", "M25", "G20"]


def test_common_acronyms_and_words_of_kinship_are_no_entities(table: AliasTable) -> None:
    text = (
        '"Mum paid into the system all her life," said Ada Quillfeather. Her mother waited in '
        "A&E, spent a week in the ICU at Tarvik General Hospital, and Dad said the LNG plant was "
        "to blame."
    )
    found = _names(
        text,
        ("Mum", "PERSON"),
        ("Ada Quillfeather", "PERSON"),
        ("A&E", "ORG"),
        ("ICU", "ORG"),
        ("Tarvik General Hospital", "ORG"),
        ("Dad", "PERSON"),
        ("LNG", "ORG"),
        table=table,
    )
    assert found == ["Ada Quillfeather", "Tarvik General Hospital"]


def test_a_bracket_the_span_opens_and_does_not_close_is_cut(table: AliasTable) -> None:
    text = "The team: 10 Sipho Mavundla (Stormers), 9 Kobus Reinecke (Sharks), 8 Jan Olivier."
    found = _names(
        text,
        ("Sipho Mavundla (Stormers", "FAC"),
        ("Kobus Reinecke (Sharks", "PERSON"),
        ("Jan Olivier", "PERSON"),
        table=table,
    )
    # the clubs in brackets after the players are teams, organizations (tasks.entities.affiliations)
    assert found == ["Sipho Mavundla", "Stormers", "Kobus Reinecke", "Sharks", "Jan Olivier"]


def test_a_first_name_joined_by_a_hyphen_stays_with_the_name(table: AliasTable) -> None:
    text = (
        "Kurt-Lee Vandermerwe scored twice. Ex-Tarvik striker Jonas Quill watched, and "
        "Anne-Sophie Brakel said Vandermerwe was the best wing in the league."
    )
    found = _names(
        text,
        ("Lee Vandermerwe", "PERSON"),
        ("Jonas Quill", "PERSON"),
        ("Sophie Brakel", "PERSON"),
        ("Vandermerwe", "PERSON"),
        table=table,
    )
    assert found == ["Kurt-Lee Vandermerwe", "Jonas Quill", "Anne-Sophie Brakel"]


def test_a_verb_opening_a_sentence_is_cut_from_the_name_after_it(table: AliasTable) -> None:
    text = (
        "Dora Quillfeather, 58, was jailed on Wednesday. The judge told Quillfeather she had "
        "betrayed the town. Defending Quillfeather, Simon Ardley said she had been ill."
    )
    found = resolve_entities(
        text,
        spans_of(
            text,
            ("Dora Quillfeather", "PERSON"),
            ("Quillfeather", "PERSON"),
            ("Defending Quillfeather", "PERSON"),
            ("Simon Ardley", "PERSON"),
        ),
        table,
        TITLES,
    )
    assert [(e.name, sorted(e.mentions)) for e in found] == [
        ("Dora Quillfeather", ["Dora Quillfeather", "Quillfeather"]),
        ("Simon Ardley", ["Simon Ardley"]),
    ]


def test_a_place_named_with_a_connector_between_hyphens_is_one_place(table: AliasTable) -> None:
    text = (
        "Fire crews were called on Sunday.\n"
        "Dora Quillfeather, 44, of Stockton-on-Tees, and fans from Stoke-on-Trent and "
        "Southend-on-Sea watched, as did a team from Saint-Jean-sur-Richelieu and a family "
        "from Newcastle upon Tyne. The Commander-in-Chief did not."
    )
    spans = spans_of(
        text,
        ("Dora Quillfeather", "PERSON"),
        ("Stockton", "GPE"),
        ("Stoke", "NORP"),
        ("Saint-Jean", "LOC"),
        ("Newcastle", "GPE"),
        ("Tyne", "PERSON"),
        ("Commander", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.type) for e in found if e.type == "LOC"] == [
        ("Stockton-on-Tees", "LOC"),
        ("Stoke-on-Trent", "LOC"),
        ("Southend-on-Sea", "LOC"),
        ("Saint-Jean-sur-Richelieu", "LOC"),
        ("Newcastle upon Tyne", "LOC"),
    ]


def test_connectors_of_other_places_join_too(table: AliasTable) -> None:
    """ "Weston-super-Mare" (Latin), "Bourton-on-the-Water" (an article between), "Fontenay-sous-
    Bois" (French): one place each, as the first word alone is another town or none."""
    text = (
        "Families were housed as far away as Weston-super-Mare and Bourton-on-the-Water, "
        "and a second group went to Fontenay-sous-Bois."
    )
    spans = spans_of(text, ("Weston", "GPE"), ("Fontenay", "PERSON"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found if e.type == "LOC"] == [
        "Weston-super-Mare",
        "Bourton-on-the-Water",
        "Fontenay-sous-Bois",
    ]


def test_a_surname_after_a_particle_is_taken_into_the_name(table: AliasTable) -> None:
    text = (
        "Pieter-Jan du Plessis starts at flanker, with Marie-Laure de Villepin on the bench. "
        "Coach Anton Kruger said Jan van Tonder and Kruger van Zyl were injured."
    )
    spans = spans_of(
        text,
        ("Pieter-Jan", "PERSON"),
        ("Marie-Laure", "PERSON"),
        ("Anton Kruger", "PERSON"),
        ("Jan", "PERSON"),
        ("Tonder", "PERSON"),  # the surname read as a name of its own, one word: taken in
        ("Kruger van Zyl", "PERSON"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found][:4] == [
        "Pieter-Jan du Plessis",
        "Marie-Laure de Villepin",
        "Anton Kruger",
        "Jan van Tonder",  # tasks.entities.particle_names
    ]
    assert "Tonder" not in [e.name for e in found]


def test_a_code_after_an_exchange_and_a_colon_is_a_ticker(table: AliasTable) -> None:
    text = (
        "Shares of Vellmar Foods Inc. (NYSE: VLF) fell, Kedra (TSX: KDR; Nasdaq: KDRA) rose "
        "and the plant was opened by Tarvik Power (Photo: TPX)."
    )
    found = _names(
        text,
        ("Vellmar Foods Inc.", "ORG"),
        ("NYSE", "ORG"),
        ("VLF", "ORG"),
        ("Kedra", "ORG"),
        ("TSX", "ORG"),
        ("KDRA", "ORG"),
        ("Tarvik Power", "ORG"),
        ("TPX", "ORG"),
        table=table,
    )
    assert found == ["Vellmar Foods Inc.", "NYSE", "Kedra", "TSX", "Tarvik Power", "TPX"]


def test_a_name_before_index_written_with_a_capital_is_the_index(table: AliasTable) -> None:
    text = "The benchmark Tarvik Times Index ended flat, and Tarvik Times said shares fell."
    found = _names(text, ("Tarvik Times", "ORG"), ("Tarvik Times", "ORG"), table=table)
    assert found == ["Tarvik Times"]
    assert len(resolve_entities(text, spans_of(text, ("Tarvik Times", "ORG")), table, TITLES)) == 0


def test_feasts_and_crafts_named_with_their_noun_are_no_entities(table: AliasTable) -> None:
    text = (
        "Families in Tarvik bought sweets before Diwali and Eid, and the Vellmar Space "
        "Telescope and the Kedra Lunar Orbiter sent pictures to the Tarvik Space Agency. "
        "Christmas Island and Vellmar Rover Cars were spared."
    )
    found = _names(
        text,
        ("Tarvik", "GPE"),
        ("Diwali", "ORG"),
        ("Eid", "PERSON"),
        ("the Vellmar Space Telescope", "FAC"),
        ("the Kedra Lunar Orbiter", "ORG"),
        ("the Tarvik Space Agency", "ORG"),
        ("Christmas Island", "GPE"),
        ("Vellmar Rover Cars", "ORG"),
        table=table,
    )
    assert found == ["Tarvik", "Tarvik Space Agency", "Christmas Island", "Vellmar Rover Cars"]
