"""Names the text says are of a kind that is no entity (`tasks.entities.named_kinds`): ships,
schemes between their owner and their kind, things after a naming verb, prizes named by their
honour, run-in labels and software features. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_a_ship_named_after_its_kind_is_no_company(table: AliasTable) -> None:
    """Text: "the container ship Tasman Dawn", "a bulk carrier, the Coral Ember" and "sister ship,
    the Tasman Dusk" name vessels; the line that runs them and the tug firm stay, and so does
    an airline after a bare "carrier"."""
    text = (
        "Freighter stuck off Geelong for three days\n\n"
        "The container ship Tasman Dawn ran aground on Sunday. A bulk carrier, the Coral Ember, "
        "waited outside. The vessel is run by Norvik Lines, and tugs from Brakka Marine pulled "
        "it free. Its sister ship, the Tasman Dusk, passed safely. Passengers flew home on the "
        "low-cost carrier Skylarke."
    )
    spans = spans_of(
        text,
        ("Geelong", "GPE"),
        ("Tasman Dawn", "ORG"),
        ("Coral Ember", "LOC"),
        ("Norvik Lines", "ORG"),
        ("Brakka Marine", "ORG"),
        ("Tasman Dusk", "ORG"),
        ("Skylarke", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Tasman Dawn", "Coral Ember", "Tasman Dusk"} & found.keys()
    assert {"Norvik Lines", "Brakka Marine", "Skylarke"} <= found.keys()


def test_a_scheme_between_its_owner_and_its_kind_is_no_one(table: AliasTable) -> None:
    """Text: "its Golden Hour promotion", "the state's Kisan Mitra scheme" and "the Warm Rooms
    scheme" name what an owner runs; a body's name before a kind ("the Harlow Foundation
    programme") and a partner before a deal ("its Brightwell deal") stay."""
    text = (
        "Retailer cuts prices\n\n"
        "Tesco said its Golden Hour promotion had worked. Farmers wait for the state's Kisan "
        "Mitra scheme to pay. The council said the Warm Rooms scheme would continue, and the "
        "Harlow Foundation programme would fund it. Tesco also signed its Brightwell deal."
    )
    spans = spans_of(
        text,
        ("Tesco", "ORG"),
        ("Golden Hour", "ORG"),
        ("Kisan Mitra", "PERSON"),
        ("Warm Rooms", "ORG"),
        ("Harlow Foundation", "ORG"),
        ("Tesco", "ORG"),
        ("Brightwell", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Golden Hour", "Kisan Mitra", "Warm Rooms"} & found.keys()
    assert {"Harlow Foundation", "Brightwell"} <= found.keys()


def test_a_thing_after_its_kind_and_a_naming_verb_is_no_one(table: AliasTable) -> None:
    """Text: "screening software called RentCheck" is a product; "a firm called Ostler" is a
    company."""
    text = (
        "Landlord sued over screening\n\n"
        "The tenants say screening software called RentCheck rejected them. The landlord "
        "bought it from a firm called Ostler in 2021."
    )
    spans = spans_of(text, ("RentCheck", "ORG"), ("Ostler", "ORG"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "RentCheck" not in found
    assert "Ostler" in found


def test_a_craft_after_its_kind_and_a_naming_verb_is_no_one(table: AliasTable) -> None:
    """Text: "The satellite, called Lunar Wayfinder," and "a rover named Kestrel" are craft;
    the company building them stays."""
    text = (
        "Relay satellite ordered\n\n"
        "The satellite, called Lunar Wayfinder, will be built by Orvane Space. Its first "
        "customer is a rover named Kestrel."
    )
    spans = spans_of(
        text, ("Lunar Wayfinder", "PERSON"), ("Orvane Space", "ORG"), ("Kestrel", "ORG")
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert set(found) == {"Orvane Space"}


def test_a_prize_named_by_its_honour_is_no_one(table: AliasTable) -> None:
    """Text: "two former Whitbury winners" and "Calloway-nominated" name prizes; "a late Mensah
    winner" is a goal its scorer won with, and the scorer stays."""
    text = (
        "Debut novel wins\n\n"
        "The novel beat two former Whitbury winners and a Calloway-nominated memoir. "
        "Rovers won the match thanks to a late Kwabena Mensah winner."
    )
    spans = spans_of(
        text,
        ("Whitbury", "ORG"),
        ("Calloway", "PERSON"),
        ("Rovers", "ORG"),
        ("Kwabena Mensah", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Whitbury", "Calloway"} & found.keys()
    assert "Kwabena Mensah" in found


def test_a_run_in_label_is_no_one_unless_written_again(table: AliasTable) -> None:
    """Text: "Weather Watch: the bureau expects ..." is a label (the text writes "weather" in
    lowercase too); "Ridgeline: the landlord ..." names a company the text writes again, and
    a police log's "Ella Brandt: possession ..." a person whose name is no common word."""
    text = (
        "Storm eases\n\n"
        "Winds eased overnight as the weather turned.\n"
        "Ella Brandt: possession of a stolen tent.\n"
        "Weather Watch: the bureau expects rain by Friday.\n"
        "Ridgeline: the landlord says the flats are safe. Ridgeline owns 40 of them."
    )
    spans = spans_of(
        text,
        ("Ella Brandt", "PERSON"),
        ("Weather Watch", "PERSON"),
        ("Ridgeline", "ORG"),
        ("Ridgeline", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Weather Watch" not in found
    assert "Ella Brandt" in found
    assert found["Ridgeline"].mention_count == 2


def test_a_software_feature_is_no_one(table: AliasTable) -> None:
    """Text: "Focus Mode", "Dark Theme", "Quick Share" and "Settings" are parts of a phone's
    software; the researcher, her firm and a company named with a plural noun stay."""
    text = (
        "Phone update adds features\n\n"
        "The update brings Focus Mode and a Dark Theme, and Quick Share sends folders. Open "
        "Settings to install it. Researcher Ines Varga of Kestrel Labs found a flaw. Tarvik "
        "Widgets makes the case."
    )
    spans = spans_of(
        text,
        ("Focus Mode", "PERSON"),
        ("Dark Theme", "PERSON"),
        ("Quick Share", "ORG"),
        ("Settings", "PERSON"),
        ("Ines Varga", "PERSON"),
        ("Kestrel Labs", "ORG"),
        ("Tarvik Widgets", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Focus Mode", "Dark Theme", "Quick Share", "Settings"} & found.keys()
    assert {"Ines Varga", "Kestrel Labs", "Tarvik Widgets"} <= found.keys()


def test_a_scheme_after_its_owner_own_word_or_a_describing_word_is_no_one(
    table: AliasTable,
) -> None:
    """Text: "the co-op's own Blue Meadow scheme", "Its Silver Tern butter brand" (the
    possessive opening a sentence) name what an owner runs; a partner before a describing word
    and an offer ("its Brightwell delivery offer") stays."""
    text = (
        "Dairy co-op merges\n\n"
        "Farmers get a bonus from the co-op's own Blue Meadow scheme. Its Silver Tern butter "
        "brand sells well. The co-op also renewed its Brightwell delivery offer."
    )
    spans = spans_of(text, ("Blue Meadow", "ORG"), ("Silver Tern", "ORG"), ("Brightwell", "ORG"))
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Blue Meadow", "Silver Tern"} & found.keys()
    assert "Brightwell" in found


def test_a_slogan_on_a_sign_is_no_one(table: AliasTable) -> None:
    """Text: "stickers reading Save Elm Street" and "placards that read Hands Off Harlow" are
    messages; a writer someone is "reading" stays."""
    text = (
        "Shop owners fight bus lanes\n\n"
        "Opponents wore stickers reading Save Elm Street and held placards that read Hands Off "
        "Harlow. One said she had been reading Ostrova on the bus."
    )
    spans = spans_of(
        text, ("Save Elm Street", "ORG"), ("Hands Off Harlow", "ORG"), ("Ostrova", "PERSON")
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Save Elm Street", "Hands Off Harlow"} & found.keys()
    assert "Ostrova" in found


def test_a_ship_by_its_prefix_and_a_bill_are_no_one(table: AliasTable) -> None:
    """Text: "BRP Sierra Luna" and "HMS Tarvik" are ships; "the Coastal Housing Bill" and
    the words the model cut before "Bill" are a law to be; "Defence Minister Bill Reyes" is a
    person whose first name is Bill."""
    text = (
        "Navy sends ships\n\n"
        "The navy sent BRP Sierra Luna and HMS Tarvik. Parliament passed the Coastal Housing "
        "Bill and the Harbour Safety Bill. Defence Minister Bill Reyes welcomed it."
    )
    spans = spans_of(
        text,
        ("BRP Sierra Luna", "ORG"),
        ("HMS Tarvik", "ORG"),
        ("Coastal Housing Bill", "ORG"),
        ("Harbour Safety", "ORG"),
        ("Bill Reyes", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"BRP Sierra Luna", "HMS Tarvik", "Coastal Housing Bill", "Harbour Safety"} & (
        found.keys()
    )
    assert "Bill Reyes" in found


def test_a_benefit_a_pay_rate_or_a_warning_is_no_one(table: AliasTable) -> None:
    """Text: "the National Living Wage", "Universal Credit" and "Severe Flood Warnings" name a
    pay rate, a benefit and notices; a body named with "Watch" ("Harbour Rights Watch") and a
    company with "Credit" first stay."""
    text = (
        "Costs rise for shops\n\n"
        "Wages rose with the National Living Wage, and more claim Universal Credit. The agency "
        "issued six Severe Flood Warnings. Harbour Rights Watch and Credit Harlow criticised it."
    )
    spans = spans_of(
        text,
        ("National Living Wage", "ORG"),
        ("Universal Credit", "ORG"),
        ("Severe Flood Warnings", "ORG"),
        ("Harbour Rights Watch", "ORG"),
        ("Credit Harlow", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"National Living Wage", "Universal Credit", "Severe Flood Warnings"} & (
        found.keys()
    )
    assert {"Harbour Rights Watch", "Credit Harlow"} <= found.keys()


def test_a_name_listed_among_common_nouns_is_one_of_them(table: AliasTable) -> None:
    """Text: "asthma, heart disease or Brelvic" lists illnesses: the name is one of them;
    companies listed among companies, a person's company, and a name followed by its titles
    ("Ada Moreno, chairman and chief executive") stay."""
    text = (
        "Smoke warning\n\n"
        "People with asthma, heart disease or Brelvic should stay in. Pharmacies such as "
        "Tarvik, Kestrel and Orwell sold out. Ines Varga of Marlow said she was worried, "
        "and so did Ada Moreno, chairman and chief executive of Orwell."
    )
    spans = spans_of(
        text,
        ("Brelvic", "ORG"),
        ("Tarvik", "ORG"),
        ("Kestrel", "ORG"),
        ("Orwell", "ORG"),
        ("Ines Varga", "PERSON"),
        ("Marlow", "ORG"),
        ("Ada Moreno", "PERSON"),
        ("Orwell", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert "Brelvic" not in found
    assert {"Tarvik", "Kestrel", "Orwell", "Ines Varga", "Marlow", "Ada Moreno"} <= found.keys()


def test_a_name_ending_with_an_event_word_is_an_event(table: AliasTable) -> None:
    """Text: "the Harbour Climate Summit" and "Tarvik Design Week" are events; "Summit Harlow",
    a company opening its name with the word, stays."""
    text = (
        "Designers gather\n\n"
        "Leaders met at the Harbour Climate Summit before Tarvik Design Week opened. Summit "
        "Harlow sponsored both."
    )
    spans = spans_of(
        text,
        ("Harbour Climate Summit", "ORG"),
        ("Tarvik Design Week", "ORG"),
        ("Summit Harlow", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Harbour Climate Summit", "Tarvik Design Week"} & found.keys()
    assert "Summit Harlow" in found


def test_a_common_noun_opening_a_sentence_is_no_person(table: AliasTable) -> None:
    """Text: "Rice and pulses gained most" and "Attendance was 9,412": common nouns with their
    sentence's capital, written nowhere else; "Helen and her sister" and "Tomas was
    delighted" open sentences with people."""
    text = (
        "Sowing catches up\n\n"
        "Farmers planted more this year. Rice and pulses gained most. Attendance was 9,412 at "
        "the fair. Helen and her sister sold seed. Tomas was delighted."
    )
    spans = spans_of(
        text, ("Rice", "PERSON"), ("Attendance", "PERSON"), ("Helen", "PERSON"), ("Tomas", "PERSON")
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Rice", "Attendance"} & found.keys()
    assert {"Helen", "Tomas"} <= found.keys()


def test_a_model_counted_before_its_kind_is_no_one(table: AliasTable) -> None:
    """Text: "two Hercules planes" and "six Rafale jets" count models; "a Kestrel drone" and
    "Norvik jets" may name makers and stay."""
    text = (
        "Air force helps evacuate towns\n\n"
        "Two Hercules planes and six Rafale jets arrived. A Kestrel drone filmed the fire, and "
        "Norvik jets dropped water."
    )
    spans = spans_of(
        text, ("Hercules", "LOC"), ("Rafale", "ORG"), ("Kestrel", "ORG"), ("Norvik", "ORG")
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"Hercules", "Rafale"} & found.keys()
    assert {"Kestrel", "Norvik"} <= found.keys()
