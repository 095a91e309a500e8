"""Round 35: conventions found on the tuning pages of the third set of real pages (news sites'
and blogs' articles from mozilla/readability's test pages), tested on texts of our own.

- a conjunction or preposition that opens the sentence is no part of the name after it ("As
  Mashable reports", "Unlike Tesla, ..."); words that do open names stay ("Under Armour");
- a library's or a source file's name ("Backbone.js", "Region.jsm") is software;
- a web browser ("Firefox", "the Tor Browser") is software, its maker named or not;
- the web's and software's acronyms ("a ZIP of APKs", "PII", "over IP") are common nouns;
  "API" (the petroleum institute) and "Ajax" (a club, in Title Case) stay; a computer's part
  named by its line ("GDDR5 RAM", "Polaris GPU") is a product; so are messages' and codes'
  acronyms ("by SMS", "the PIN", "ESG funds") and a game's extra time ("won in OT");
- a body's whole name with a possessive before another name ("Stanford University's Center on
  Poverty") owns a unit of its own: two organizations; a possessive inside one name ("Boston
  Children's Hospital") follows no head;
- a name written with its words run together or joined by another sign ("PlymouthLive",
  "Black + Decker") is the name written apart ("Plymouth Live", "Black & Decker").
"""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, by_name, spans_of


def test_a_sentences_opening_word_is_no_part_of_the_name(table: AliasTable) -> None:
    text = (
        "Ride fares rise downtown\n\n"
        "As Pellway reports, the company raised its fares in the city centre. Unlike Korvath, "
        "the rival kept its prices. Under Armour said nothing."
    )
    spans = spans_of(
        text, ("As Pellway", "ORG"), ("Unlike Korvath", "ORG"), ("Under Armour", "ORG")
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert {"Pellway", "Korvath", "Under Armour"} <= found.keys()
    assert not {"As Pellway", "Unlike Korvath", "Armour"} & found.keys()


def test_a_librarys_or_a_files_name_is_software(table: AliasTable) -> None:
    text = (
        "Job ads ask for new skills\n\n"
        "Employers want Backbone.js and Vexel.jsm less than last year, said Mara Quill of "
        "Stackwise. Edmunds.com was not asked."
    )
    spans = spans_of(
        text,
        ("Backbone.js", "ORG"),
        ("Vexel.jsm", "PERSON"),
        ("Mara Quill", "PERSON"),
        ("Stackwise", "ORG"),
        ("Edmunds.com", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert not {"Backbone.js", "Backbone", "Vexel.jsm", "Vexel"} & found.keys()
    assert {"Mara Quill", "Stackwise", "Edmunds.com"} <= found.keys()


def test_a_browser_is_software_whatever_the_model_reads(table: AliasTable) -> None:
    text = (
        "Tracking follows readers\n\n"
        "With plug-ins for Firefox and Chrome, or in the Tor Browser, readers block trackers, "
        "said Ilse Varga of the Harlow Privacy Trust."
    )
    spans = spans_of(
        text,
        ("Firefox", "PERSON"),
        ("Chrome", "ORG"),
        ("Tor Browser", "PERSON"),
        ("Ilse Varga", "PERSON"),
        ("the Harlow Privacy Trust", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert not {"Firefox", "Chrome", "Tor Browser"} & found.keys()
    assert {"Ilse Varga", "Harlow Privacy Trust"} <= found.keys()


def test_a_bodys_possessive_before_another_name_owns_a_unit_of_its_own(table: AliasTable) -> None:
    text = (
        "Tides rise faster\n\n"
        "A report by Harlow University's Centre for Coastal Studies, read at Kestrel Children's "
        "Hospital, was cited by Ilse Varga's lawyers."
    )
    spans = spans_of(
        text,
        ("Harlow University's Centre for Coastal Studies", "ORG"),
        ("Kestrel Children's Hospital", "ORG"),
        ("Ilse Varga", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert {"Harlow University", "Centre for Coastal Studies"} <= found.keys()
    assert "Kestrel Children's Hospital" in found and "Kestrel Children" not in found


def test_the_webs_and_softwares_acronyms_are_common_nouns(table: AliasTable) -> None:
    text = (
        "App updates shrink\n\n"
        "The store sends a ZIP of APKs and a JSON file over IP, without PII, said Tomas Brandt "
        "of Kestrel Labs. Ajax beat PSV, and API data showed crude stocks fell."
    )
    spans = spans_of(
        text,
        ("ZIP", "ORG"),
        ("APKs", "ORG"),
        ("JSON", "PERSON"),
        ("IP", "ORG"),
        ("PII", "ORG"),
        ("Tomas Brandt", "PERSON"),
        ("Kestrel Labs", "ORG"),
        ("Ajax", "ORG"),
        ("PSV", "ORG"),
        ("API", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert not {"ZIP", "APKs", "APK", "JSON", "IP", "PII"} & found.keys()
    assert {"Tomas Brandt", "Kestrel Labs", "Ajax", "PSV", "API"} <= found.keys()


def test_a_computers_part_named_by_its_line_is_a_product(table: AliasTable) -> None:
    text = (
        "Console review\n\n"
        "It has 12GB of GDDR5 RAM and an upgraded Korvex Polaris GPU, said Lena Sorby of Korvex."
    )
    spans = spans_of(
        text,
        ("GDDR5 RAM", "PERSON"),
        ("Korvex", "ORG"),
        ("Polaris GPU", "PERSON"),
        ("Lena Sorby", "PERSON"),
        ("Korvex", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert not {"GDDR5 RAM", "Polaris GPU", "Polaris"} & found.keys()
    assert {"Korvex", "Lena Sorby"} <= found.keys()


def test_a_name_written_together_or_with_another_sign_is_the_name_apart(
    table: AliasTable,
) -> None:
    text = (
        "Buses diverted\n\n"
        "Harlow Live reported the clashes, and HarlowLive later said buses were diverted. The "
        "Korvex & Lind airer is cheap; the Korvex + Lind model dries faster, said Ada Lind."
    )
    spans = spans_of(
        text,
        ("Harlow Live", "ORG"),
        ("HarlowLive", "ORG"),
        ("Korvex & Lind", "ORG"),
        ("Korvex + Lind", "ORG"),
        ("Ada Lind", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert "HarlowLive" not in found and "Korvex + Lind" not in found
    assert set(found["Harlow Live"].mentions) == {"Harlow Live", "HarlowLive"}
    assert set(found["Korvex & Lind"].mentions) == {"Korvex & Lind", "Korvex + Lind"}


def test_messages_codes_and_a_games_extra_time_are_common_nouns(table: AliasTable) -> None:
    text = (
        "Bank alerts\n\n"
        "The PIN arrives by SMS, ESG funds fell, and Harlow won in OT, said Pin Okafor of "
        "Kestrel Bank."
    )
    spans = spans_of(
        text,
        ("PIN", "ORG"),
        ("SMS", "ORG"),
        ("ESG", "ORG"),
        ("Harlow", "GPE"),
        ("OT", "LOC"),
        ("Pin Okafor", "PERSON"),
        ("Kestrel Bank", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert not {"PIN", "SMS", "ESG", "OT"} & found.keys()
    assert {"Harlow", "Pin Okafor", "Kestrel Bank"} <= found.keys()
