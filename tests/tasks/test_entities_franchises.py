"""Games, films and series of famous franchises, consoles, game services, technical standards,
deal posts' offers and fiction's peoples are no entities; studios, publishers and services
that are companies stay. Texts are our own (title line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def _names(text: str, table: AliasTable, *items: tuple[str, str]) -> set[str]:
    return {e.name for e in resolve_entities(text, spans_of(text, *items), table, TITLES)}


def test_franchise_titles_and_instalments_are_no_entities(table: AliasTable) -> None:
    """ "Tomb Raider", "Final Fantasy XV", "Assassin" cut from "Assassin's Creed Valhalla",
    "Forza Horizon" cut from its number, "Star Trek": works; the studio stays."""
    text = (
        "Weekend sale brings old favourites back\n"
        "Harwick Interactive cut Tomb Raider and Final Fantasy XV to $9.99 on Saturday. "
        "Assassin's Creed Valhalla and Forza Horizon 4 are half price, and fans of Star Trek "
        "get two new episodes."
    )
    names = _names(
        text,
        table,
        ("Harwick Interactive", "ORG"),
        ("Tomb Raider", "ORG"),
        ("Final Fantasy XV", "ORG"),
        ("Assassin", "PERSON"),
        ("Forza Horizon", "ORG"),
        ("Star Trek", "ORG"),
    )
    assert names == {"Harwick Interactive"}


def test_bodies_named_after_a_franchise_and_studios_stay(table: AliasTable) -> None:
    """ "The Pokemon Company", "the Call of Duty League", "Rockstar Games", "Bungie",
    "Netflix": bodies and companies, not titles."""
    text = (
        "Esports season opens\n"
        "The Pokemon Company and the Call of Duty League will share a stage in Dallas with "
        "Rockstar Games and Bungie, and Netflix will stream the final."
    )
    names = _names(
        text,
        table,
        ("The Pokemon Company", "ORG"),
        ("the Call of Duty League", "ORG"),
        ("Dallas", "GPE"),
        ("Rockstar Games", "ORG"),
        ("Bungie", "ORG"),
        ("Netflix", "ORG"),
    )
    assert names == {
        "Pokemon Company",
        "Call of Duty League",
        "Dallas",
        "Rockstar Games",
        "Bungie",
        "Netflix",
    }


def test_subtitles_alone_and_lists_of_titles_are_works(table: AliasTable) -> None:
    """ "Black Ops 7" after "Call of Duty: Black Ops 6"; "Gylt" and "Kine" in a list of
    titles most famous ones: games."""
    text = (
        "What is on the service this month\n"
        "Call of Duty: Black Ops 6 leaves on Friday, and Black Ops 7 arrives in May.\n"
        "The line-up: Final Fantasy XV, Gylt, Kine, Mortal Kombat 11, Tomb Raider and Metro "
        "Exodus. Orla Pennick, who runs the service, chose them."
    )
    names = _names(
        text,
        table,
        ("Black Ops 7", "ORG"),
        ("Final Fantasy XV", "ORG"),
        ("Gylt", "PERSON"),
        ("Kine", "PERSON"),
        ("Mortal Kombat 11", "ORG"),
        ("Metro Exodus", "ORG"),
        ("Orla Pennick", "PERSON"),
    )
    assert names == {"Orla Pennick"}


def test_a_list_of_companies_with_two_titles_stays(table: AliasTable) -> None:
    """A list naming two franchises among studios is no list of works: "Harwick Interactive"
    and "Brightmoor" stay."""
    text = (
        "Who won the night\n"
        "Winners included Harwick Interactive, Brightmoor, Tomb Raider and Minecraft."
    )
    names = _names(
        text,
        table,
        ("Harwick Interactive", "ORG"),
        ("Brightmoor", "ORG"),
        ("Tomb Raider", "ORG"),
        ("Minecraft", "ORG"),
    )
    assert names == {"Harwick Interactive", "Brightmoor"}


def test_consoles_services_standards_and_offers_are_no_entities(table: AliasTable) -> None:
    """ "Xbox One X", "Stadia", "Project xCloud", "Dolby Atmos", "LDAC", "Wi-Fi 6E", "the Pokemon
    Bundle", "Gift Guides", a "Klingon" officer: no one; the seller stays."""
    text = (
        "Holiday deals roundup\n"
        "Harwick Outlet has the Xbox One X and a Stadia controller for $49, and Project xCloud "
        "is free for a month. The soundbar supports Dolby Atmos, LDAC and Wi-Fi 6E. The Pokemon "
        "Bundle sold out, and a Klingon officer figure is $20.\n"
        "Gift Guides\n"
        "Best gifts under $50"
    )
    names = _names(
        text,
        table,
        ("Harwick Outlet", "ORG"),
        ("Xbox One X", "ORG"),
        ("Stadia", "ORG"),
        ("Project xCloud", "ORG"),
        ("Dolby Atmos", "ORG"),
        ("LDAC", "ORG"),
        ("Wi-Fi 6E", "ORG"),
        ("Pokemon Bundle", "ORG"),
        ("Klingon", "NORP"),
        ("Gift Guides", "ORG"),
    )
    assert names == {"Harwick Outlet"}


def test_a_buyers_guide_is_no_entity_with_its_possessive_either_way(table: AliasTable) -> None:
    """ "Buyer's Guide" and "Buyers' Guide" are a shopping page's guides like "Gift Guides":
    the table's word is matched folded, possessive dropped; the seller stays."""
    text = (
        "Laptops for students\n"
        "Harwick Outlet cut prices on three laptops this week.\n"
        "Buyer's Guide\n"
        "What to look for, and our Buyers' Guide to tablets."
    )
    names = _names(
        text,
        table,
        ("Harwick Outlet", "ORG"),
        ("Buyer's Guide", "ORG"),
        ("Buyers' Guide", "ORG"),
    )
    assert names == {"Harwick Outlet"}


def test_guides_named_otherwise_and_the_standards_maker_stay(table: AliasTable) -> None:
    """ "TV Guide" is a magazine and "Dolby" a company: both stay."""
    text = (
        "Sound on the small screen\n"
        "TV Guide asked Dolby why so few channels broadcast in surround sound."
    )
    names = _names(text, table, ("TV Guide", "ORG"), ("Dolby", "ORG"))
    assert names == {"TV Guide", "Dolby"}


def test_a_title_cut_by_the_model_and_a_list_holding_titles(table: AliasTable) -> None:
    """ "Creed Odyssey" and "Fantasy XV", the model's pieces of "Assassin's Creed Odyssey" and
    "Final Fantasy XV", are the games; "Thumper" and "Kine" stand in a list whose titles hold
    franchises' ("Rise of the Tomb Raider", "Tomb Raider 2013"); "Epic Games", begun after a
    title and a capitalised word, stays."""
    text = (
        "The launch line-up\n"
        "They include: Assassin's Creed Odyssey, Kine, Rise of the Tomb Raider, Thumper, Final "
        "Fantasy XV, Grid 2019, Tomb Raider 2013, Trials Rising and Samurai Shodown.\n"
        "Last year the Fortnite Creator Epic Games won its case."
    )
    names = _names(
        text,
        table,
        ("Creed Odyssey", "ORG"),
        ("Kine", "PERSON"),
        ("Thumper", "ORG"),
        ("Fantasy XV", "ORG"),
        ("Samurai Shodown", "ORG"),
        ("Epic Games", "ORG"),
    )
    assert names == {"Epic Games"}


def test_famous_characters_are_no_entities(table: AliasTable) -> None:
    """ "James T. Kirk" and "Lara Croft": fiction; the actor and the director stay."""
    text = (
        "Casting news\n"
        "Dara Whitlow grew up watching James T. Kirk on television, and Tobin Aske will play "
        "Lara Croft in her film."
    )
    names = _names(
        text,
        table,
        ("Dara Whitlow", "PERSON"),
        ("James T. Kirk", "PERSON"),
        ("Tobin Aske", "PERSON"),
        ("Lara Croft", "PERSON"),
    )
    assert names == {"Dara Whitlow", "Tobin Aske"}
