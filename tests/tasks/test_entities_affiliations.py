"""People listed with their affiliation in brackets: the bracket names an organization.
Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tests.tasks.entity_helpers import by_name, spans_of


def test_squad_lines_name_each_players_club(table: AliasTable) -> None:
    """A squad's lines, which are no sentences: a club the model left unread ("Carrow
    Athletic"), one it read as a nationality ("Hibernian"), one run into the player's span
    ("Owen Pryce (Bradwell Rovers") are organizations, and are kept though named only there."""
    text = (
        "Morgan names squad for the autumn qualifiers\n\n"
        "Manager Ellis Morgan named his squad on Tuesday.\n"
        "Defenders: Tom Kerrow (Carrow Athletic), Dylan Fenwick (Hibernian), "
        "Owen Pryce (Bradwell Rovers), Ian Castell (Marlow Town)\n"
        "Forwards: Rhys Tanat (Aldbury), Sam Oduya (Kelsey United)"
    )
    spans = spans_of(
        text,
        ("Ellis Morgan", "PERSON"),
        ("Tom Kerrow", "PERSON"),
        ("Dylan Fenwick", "PERSON"),
        ("Hibernian", "NORP"),
        ("Owen Pryce (Bradwell Rovers", "ORG"),
        ("Ian Castell", "PERSON"),
        ("Marlow Town", "ORG"),
        ("Rhys Tanat", "PERSON"),
        ("Sam Oduya", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for club in ("Carrow Athletic", "Hibernian", "Bradwell Rovers", "Marlow Town", "Aldbury"):
        assert found[club].type == "ORG", club
    assert found["Owen Pryce"].type == "PERSON"
    assert "Kelsey United" in found


def test_speaker_list_with_unicode_names_and_particles(table: AliasTable) -> None:
    """A panel's speakers, some read as organizations by the model: each bracket after a name
    shaped like a person's ("Lucía Ferrán-Ibarra", "Thibault de Varenne") is an organization."""
    text = (
        "Summit publishes its speakers\n\n"
        "Panel two: Thibault de Varenne (Corvane AI), Amara Nwosu-Lee (Halden Labs), "
        "Kenji Matsuda (University of Kitaura) and Lucía Ferrán-Ibarra (Brisco Centre).\n"
        "The panel will be streamed."
    )
    spans = spans_of(
        text,
        ("Thibault de Varenne", "ORG"),
        ("Amara Nwosu-Lee", "ORG"),
        ("Kenji Matsuda (University of Kitaura", "ORG"),
        ("Lucía Ferrán-Ibarra", "PERSON"),
        ("Brisco Centre", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for org in ("Corvane AI", "Halden Labs", "University of Kitaura", "Brisco Centre"):
        assert found[org].type == "ORG", org
    assert found["Kenji Matsuda"].type == "PERSON"


def test_brackets_that_name_no_affiliation_are_left_alone(table: AliasTable) -> None:
    """A party code ("D-Ore."), a photo's position ("L"), a spouse in a survivors' list read as
    a person ("Luis"), and one bracket alone in prose are left as the model read them."""
    text = (
        "Survivors and senators\n\n"
        "Senators Ann Roe (D-Ore.), Paul Kent (R) and Joe Marr (L) spoke.\n"
        "She is survived by Siobhan Moreno (Luis) of Milton, Declan Walsh (Anne) of Quincy.\n"
        "Kate Doyle (Larchfield) said she was sad."
    )
    spans = spans_of(
        text,
        ("Ann Roe", "PERSON"),
        ("Paul Kent", "PERSON"),
        ("Joe Marr", "PERSON"),
        ("Siobhan Moreno", "PERSON"),
        ("Luis", "PERSON"),
        ("Milton", "GPE"),
        ("Declan Walsh", "PERSON"),
        ("Anne", "PERSON"),
        ("Quincy", "GPE"),
        ("Kate Doyle", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert not {"D-Ore.", "R", "L", "Larchfield"} & found.keys()
    assert found["Luis"].type == "PERSON"


def test_a_big_city_in_brackets_after_a_company_is_its_place(table: AliasTable) -> None:
    """A list of founders with their companies and cities: the model read no span on one city
    and ran another into the company's span."""
    text = (
        "Founders to watch\n\n"
        "1. Efua Mensah-Boateng, founder, Kestrel Pay (Accra). She raised $9 million.\n"
        "2. Obinna Eze, founder, Tillfarm (Enugu), whose app links farmers to buyers.\n"
    )
    spans = spans_of(
        text,
        ("Efua Mensah-Boateng", "PERSON"),
        ("Kestrel Pay", "PERSON"),
        ("Obinna Eze", "PERSON"),
        ("Tillfarm (Enugu", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Accra"].type == "LOC"
    assert found["Enugu"].type == "LOC"
    assert "Tillfarm" in found


def test_a_list_one_person_a_line_names_each_ones_body(table: AliasTable) -> None:
    """A shortlist one book a line ("Title by Author (Publisher)"): the publishers the model
    left unread are organizations, an author it left unread after "by" is a person, and a
    publisher named after a man and read as a person ("Jonathan Rook") is an organization
    like its siblings, so its author is no character of a cast."""
    text = (
        "Prize shortlist announced\n\n"
        "The shortlist is:\n"
        "- The Quiet Ministry by Aoife Brannock (Fennel Books)\n"
        "- Salt and Iron by Tunde Bakori (Jonathan Rook)\n"
        "- A Map of Small Rooms by Lucia Ferran (Harwick Press)\n"
        "- Borderline by Harriet Quill (Marlow House)\n\n"
        "Bakori, who grew up in Lagos, is the youngest writer on the list."
    )
    spans = spans_of(
        text,
        ("Aoife Brannock", "PERSON"),
        ("Jonathan Rook", "PERSON"),
        ("Lucia Ferran", "PERSON"),
        ("Harriet Quill", "PERSON"),
        ("Bakori", "ORG"),
        ("Lagos", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    for body in ("Fennel Books", "Jonathan Rook", "Harwick Press", "Marlow House"):
        assert found[body].type == "ORG", body
    assert found["Tunde Bakori"].type == "PERSON"
    assert found["Aoife Brannock"].type == "PERSON"


def test_a_cast_one_a_line_and_brackets_in_paragraphs_stay_as_read(table: AliasTable) -> None:
    """A cast one character a line with its actor in brackets stays a cast (the brackets are
    people: the characters go), and two paragraphs, each with one bracket after a name, are no
    list: the unread bracket and the unread name before it are left alone."""
    text = (
        "Harbour drama returns\n\n"
        "Cast:\n"
        "Ivy Roan (Mara Keel)\n"
        "Tom Bellweather (Ann Rossiter)\n"
        "Roan is back in the second series, and Bellweather is her rival again.\n\n"
        "The book is by Tobias Ferne (Larchmont).\n\n"
        "The film was made by Dana Okoro (Kestle)."
    )
    spans = spans_of(
        text,
        ("Ivy Roan", "PERSON"),
        ("Mara Keel", "PERSON"),
        ("Tom Bellweather", "PERSON"),
        ("Ann Rossiter", "PERSON"),
        ("Roan", "PERSON"),
        ("Bellweather", "PERSON"),
        ("Dana Okoro", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Mara Keel"].type == "PERSON"
    assert found["Ann Rossiter"].type == "PERSON"
    assert "Ivy Roan" not in found
    assert not {"Larchmont", "Kestle", "Tobias Ferne"} & found.keys()


def test_a_club_read_as_a_person_in_a_squad_is_a_club(table: AliasTable) -> None:
    """The model reads clubs ending with "Rovers" or "United" as people, in prose and in the
    squad's brackets; the player named twice with such a bracket is no character of a cast,
    and a candidate standing as an independent ("(Ind)") gains no body."""
    text = (
        "Three new caps in squad\n\n"
        "Kelvin Rovers midfielder Euan Toller gets his first call-up. Toller has started every "
        "game this season.\n"
        "Midfielders: Euan Toller (Kelvin Rovers), Jack Dunmore (Celtic), Calum Bairdon "
        "(Dunmore United), Lewis Pettigrew (Motherwell)\n\n"
        "Candidates: Maya Ellory (Green), Sam Okonjo (Ind), Dean Whitlock (Reform)"
    )
    spans = spans_of(
        text,
        ("Kelvin Rovers", "PERSON"),
        ("Euan Toller", "PERSON"),
        ("Toller", "PERSON"),
        ("Euan Toller", "PERSON"),
        ("Kelvin Rovers", "PERSON"),
        ("Jack Dunmore", "PERSON"),
        ("Celtic", "ORG"),
        ("Calum Bairdon", "PERSON"),
        ("Dunmore United", "PERSON"),
        ("Lewis Pettigrew", "PERSON"),
        ("Motherwell", "ORG"),
        ("Maya Ellory", "PERSON"),
        ("Sam Okonjo", "PERSON"),
        ("Dean Whitlock", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Euan Toller"].type == "PERSON"
    assert found["Kelvin Rovers"].type == "ORG"
    assert found["Dunmore United"].type == "ORG"
    assert "Ind" not in found


def test_candidates_short_parties_are_the_parties_named_in_full(table: AliasTable) -> None:
    """A ward's results give each candidate's party shortened in brackets, then the votes:
    "(Lab)" is the Labour the article names; "(Nrw)" opens no name of the article, and "(Con)"
    and "(Con.)" open two ("Conference of Councils", "Conservation Trust"): no link."""
    text = (
        "Labour loses Crookes\n\n"
        "Labour lost the seat to the Liberal Democrats.\n\n"
        "Crookes: Hannah Pearcey (LD) 2,104; Daniel Ashwell (Lab) 1,387; Robert Sixby (Con) 301; "
        "Ivo Marr (Nrw) 12.\n\n"
        "The Conference of Councils and the Conservation Trust both welcomed the result. "
        "Their lists: Amy Holt (Con.), Ben Stroud (Wildlife Fund)."
    )
    spans = spans_of(
        text,
        ("Labour", "ORG"),
        ("Labour", "ORG"),
        ("the Liberal Democrats", "ORG"),
        ("Crookes", "GPE"),
        ("Hannah Pearcey", "PERSON"),
        ("LD", "ORG"),
        ("Daniel Ashwell", "PERSON"),
        ("Robert Sixby", "PERSON"),
        ("Ivo Marr", "PERSON"),
        ("Conference of Councils", "ORG"),
        ("the Conservation Trust", "ORG"),
        ("Amy Holt", "PERSON"),
        ("Ben Stroud", "PERSON"),
    )
    entities = resolve_entities(text, spans, table, load_titles())
    labour = next(e for e in entities if "Labour" in e.mentions)
    assert "Lab" in labour.mentions
    assert all(e.type == "PERSON" for e in entities if "Daniel Ashwell" in e.mentions)
    forms = {m: e.name for e in entities for m in e.mentions}
    for short in ("Con", "Con."):
        assert forms[short] not in ("Conference of Councils", "Conservation Trust"), short
    assert forms["Nrw"] == "Nrw"
