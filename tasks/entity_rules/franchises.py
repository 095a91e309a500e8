"""Titles of the best-known video game and screen franchises, and the shape of an instalment's
name after one ("Final Fantasy XV", "Forza Horizon 5", "Call of Duty: Black Ops 6", "Pokemon
Sword"). Data only; the logic is `tasks.entities.franchises`.

Why a table: games, films and series are works, no entities, but news about them names the
title alone with no cue in the sentence ("Tomb Raider and Mortal Kombat are free this week"),
and the model tags it as an organization, a person or a place. The franchises are few, famous
and stable, and a reader of games or film news knows each is a title. Not here: titles that
are also a first name, a common word or a place ("Zelda", "Mario", "Destiny", "Halo", "Doom",
"Battlefield", "Batman", a Turkish city; "Diablo", a canyon's), nor names shared with a company
or a body ("FIFA", "Roblox", "Madden", "GTA", the Greater Toronto Area); the instalments of some
of these are (`FRANCHISE_TITLES`: "Halo Infinite", "Mario Kart", "The Legend of Zelda").
"""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules import GEOGRAPHIC_HEADS, NAME_HEADS, ORG_SUFFIXES
from tasks.entity_rules.venues import VENUE_HEADS

FRANCHISE_TITLES: Final[tuple[str, ...]] = (
    # video games
    "Assassin's Creed", "Call of Duty", "Grand Theft Auto", "Tomb Raider", "Mortal Kombat",
    "Street Fighter", "Tekken", "Final Fantasy", "Kingdom Hearts", "Dragon Quest",
    "Resident Evil", "Metal Gear", "Silent Hill", "Devil May Cry", "Monster Hunter", "Pokemon",
    "Pokémon", "The Legend of Zelda", "Legend of Zelda", "Super Mario", "Mario Kart",
    "Mario Party", "Donkey Kong", "Sonic the Hedgehog", "Metroid", "Animal Crossing",
    "Splatoon", "Xenoblade", "Fire Emblem", "Super Smash Bros", "Wolfenstein", "Fortnite",
    "Overwatch", "Minecraft", "Elden Ring", "Dark Souls", "Demon's Souls", "Sekiro",
    "Bloodborne", "Hollow Knight", "Red Dead Redemption", "Borderlands", "BioShock",
    "Far Cry", "Ghost Recon", "Rainbow Six", "Watch Dogs", "Counter-Strike", "Valorant",
    "Apex Legends", "League of Legends", "Genshin Impact", "Candy Crush", "Angry Birds",
    "Cyberpunk 2077", "The Witcher", "Mass Effect", "Dragon Age", "Gears of War",
    "Forza Horizon", "Forza Motorsport", "Halo Infinite", "Gran Turismo", "Uncharted",
    "The Last of Us", "God of War", "Horizon Zero Dawn", "Horizon Forbidden West",
    "Ratchet & Clank", "Crash Bandicoot", "Tetris", "Pac-Man", "World of Warcraft",
    "StarCraft", "Hearthstone", "Starfield", "The Elder Scrolls", "Skyrim", "Baldur's Gate",
    "Stardew Valley", "Among Us", "The Sims", "SimCity", "Half-Life", "Dota 2",
    # films and series
    "Star Trek", "Star Wars", "Harry Potter", "James Bond", "Doctor Who", "Game of Thrones",
    "The Lord of the Rings", "Lord of the Rings", "Mission: Impossible", "Jurassic Park",
    "Jurassic World", "Toy Story", "Transformers", "Stranger Things", "Ghostbusters",
)  # fmt: skip

# The franchises' best-known characters by the full names no real person in the news bears
# ("James T. Kirk", "Lara Croft", "Geralt of Rivia"): fiction, no entity, whatever the model
# tags them. Folded keys. First names alone ("Kirk", "Ciri") and names real people share
# ("James Bond" is a franchise above; "Sherlock Holmes" names museums and pubs; "Spock" is also
# the paediatrician Benjamin Spock) are not here.
FRANCHISE_CHARACTERS: Final[frozenset[str]] = frozenset(
    {
        "james t kirk", "james tiberius kirk", "jean luc picard", "luke skywalker",
        "darth vader", "han solo", "princess leia", "leia organa", "obi wan kenobi",
        "hermione granger", "ron weasley", "lord voldemort", "lara croft", "master chief",
        "geralt of rivia", "pikachu", "solid snake", "samus aran", "princess peach",
        "indiana jones", "frodo baggins", "gandalf",
    }
)  # fmt: skip

# Words after a title that make the name a body's, an event's organizer or a place, not an
# instalment ("The Pokemon Company", "the Call of Duty League", "Overwatch League", "Star Wars
# Canyon"): the name stays.
FRANCHISE_BODY_WORDS: Final[frozenset[str]] = (
    NAME_HEADS
    | ORG_SUFFIXES
    | GEOGRAPHIC_HEADS
    | VENUE_HEADS
    | frozenset({"studio", "studios", "entertainment", "labs"})
)

_TITLE = "|".join(
    re.escape(t).replace("'", "['’]").replace("\\ ", "[ \t]+")
    for t in sorted(FRANCHISE_TITLES, key=len, reverse=True)
)
# An instalment after the title: up to three capitalised words or numbers ("Forza Horizon 5",
# "Final Fantasy XV", "Assassin's Creed Odyssey", "Pokemon Sword"), then perhaps a subtitle after
# a colon ("Call of Duty: Black Ops 6", "Pokemon Legends: Aurora") of up to
# `MAX_SUBTITLE_WORDS` words.
MAX_SUBTITLE_WORDS: Final[int] = 6
_WORD = r"[A-Z0-9](?:[\w'’&+-]|\.(?=\w))*"
FRANCHISE_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:[Tt]he[ \t]+)?(?:" + _TITLE + r")(?![\w'’-])"
    r"(?P<instalment>(?:[ \t]+" + _WORD + r"){0,3}"
    r"(?:[ \t]*:[ \t]*(?P<subtitle>" + _WORD + r"(?:[ \t]+(?:" + _WORD + r"|of|the|and|a|in|on))"
    rf"{{0,{MAX_SUBTITLE_WORDS - 1}}}))?)"
)
# A number or a Roman numeral ending a subtitle: the instalment's ("Black Ops 6", "Black Ops
# 7" of the next one).
SUBTITLE_NUMBER_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+(?:\d{1,4}|[IVX]{1,5})\Z")
# The same number in a folded name.
INSTALMENT_NUMBER_RE: Final[re.Pattern[str]] = re.compile(r"\d{1,4}|[ivx]{1,5}")

# A list of titles: the text's lines cut at a sentence's end and its items at commas and a
# closing "and"/"or" ("Destiny 2: The Collection, Gylt, Mortal Kombat 11, Tomb Raider and
# Wolfenstein: Youngblood"); an item is up to `MAX_LISTED_WORDS` capitalised words or numbers
# (a subtitle after a colon included). A run of `MIN_LISTED_ITEMS` such items or more, of which
# at least `MIN_LISTED_TITLES` and `MIN_LISTED_TITLE_SHARE` hold a franchise's title whole
# ("Tomb Raider 2013", "Rise of the Tomb Raider"), is a list of
# works: its other items are works too ("Gylt", "Trials Rising"; a store's list of games names
# many less famous ones). A list of studios or publishers names no three titles, and a name the
# alias table knows stays whatever list it stands in.
LIST_SENTENCE_END_RE: Final[re.Pattern[str]] = re.compile(r"\n|[.;!?()]+(?:[ \t]+|\n|\Z)")
LIST_ITEM_SEPARATOR_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+"
)
MAX_LISTED_WORDS: Final[int] = 6
LISTED_ITEM_RE: Final[re.Pattern[str]] = re.compile(
    _WORD + r"(?:[ \t]*:?[ \t]+(?:" + _WORD + rf"|of|the|a|in|on)){{0,{MAX_LISTED_WORDS - 1}}}"
)
MIN_LISTED_ITEMS: Final[int] = 3
# How far before a name a franchise's title may start and still hold it ("Creed Odyssey" of
# "Assassin's Creed Odyssey", cut at the possessive; "Fantasy XV" of "Final Fantasy XV").
TITLE_LOOKBEHIND: Final[int] = 40
MIN_LISTED_TITLES: Final[int] = 3
MIN_LISTED_TITLE_SHARE: Final[float] = 0.3
