"""Words for peoples, faiths and generations, and the endings of a town's residents' names, for
`tasks.entity_rules.DEMONYMS` and `tasks.entities.residents`. Data only.

Why: the labels count no nationality or other group of people (the contract's entity_mentions
excludes them), but the small model tags a group word it has seen less often as a person or an
organization ("Sikh", "Delhiites", "Mujahideen", "Gen-X'ers"): each such tag is a false entity.
A word here is dropped wherever it stands alone; a longer name holding one stays ("Sikh
Federation", "Zulu Kingdom"). Words that are also a team's or a place's name are left out
("Roma" is a football club); nouns the older list in `tasks.entity_rules` holds
("Arabs", "Britons") are not repeated.
"""

from __future__ import annotations

from typing import Final

# Nationalities, as the adjective; the plural of those ending in -an, -i or -er is the adjective
# plus "s" (`_plurals`).
_NATIONALITIES: Final[tuple[str, ...]] = (
    "albanian", "algerian", "andorran", "angolan", "argentine", "argentinian", "armenian",
    "azeri", "bahamian", "bahraini", "barbadian", "belizean", "beninese", "bhutanese",
    "bolivian", "bosnian", "botswanan", "bruneian", "burkinabe", "burundian", "cambodian",
    "cameroonian", "cape verdean", "chadian", "congolese", "costa rican", "cypriot",
    "djiboutian", "dominican", "ecuadorian", "equatoguinean", "estonian", "fijian", "gabonese",
    "gambian", "ghanaian", "grenadian", "guatemalan", "guinean", "guyanese", "haitian",
    "honduran", "icelandic", "ivorian", "jamaican", "kosovar", "kyrgyz", "lao", "laotian",
    "latvian", "liberian", "liechtensteiner", "lithuanian", "luxembourger", "macedonian",
    "malagasy", "malawian", "maldivian", "malian", "maltese", "mauritanian", "mauritian",
    "moldovan", "monegasque", "mongolian", "montenegrin", "mozambican", "namibian", "nepalese",
    "new zealander", "nicaraguan", "nigerien", "north korean", "omani", "panamanian",
    "papua new guinean", "paraguayan", "puerto rican", "rwandan", "salvadoran", "samoan",
    "senegalese", "seychellois", "sierra leonean", "singaporean", "slovak", "slovakian",
    "slovenian", "south african", "south korean", "south sudanese", "sri lankan",
    "surinamese", "swazi", "tanzanian", "tibetan", "togolese", "tongan", "trinidadian",
    "ugandan", "uruguayan", "zambian", "zimbabwean", "northern irish", "basque", "catalan",
    "flemish", "walloon", "corsican", "sicilian", "bavarian", "californian",
    "floridian", "hawaiian", "alaskan", "quebecer", "quebecois", "african", "asian",
    "latin american", "latino", "latina", "hispanic", "scandinavian", "slavic", "middle eastern",
    "north african", "west african", "east african", "southeast asian", "south asian",
)  # fmt: skip
# Nationalities' nouns that are not the adjective plus "s". The singulars are how sports and
# foreign copy names a person already named ("the Spaniard said", "the Dutchman limped off"): a
# reference, no entity. "Dane", "Finn", "Scot" and "Turk" are also first names or surnames
# ("Dane Cook"), so only their plurals are here.
_NATIONALITY_NOUNS: Final[tuple[str, ...]] = (
    "danes", "finns", "poles", "swedes", "turks", "scots", "filipinos", "filipinas",
    "dutchmen", "frenchmen", "englishmen", "irishmen", "welshmen", "scotsmen", "kiwis",
    "aussies", "yanks", "brits", "argentines", "afrikaners", "spaniards",
    "spaniard", "dutchman", "frenchman", "englishman", "irishman", "welshman", "scotsman",
    "dutchwoman", "frenchwoman", "englishwoman", "irishwoman", "welshwoman", "scotswoman",
    "dutchwomen", "frenchwomen", "englishwomen", "irishwomen", "welshwomen", "scotswomen",
    "swede", "pole", "kiwi", "aussie", "brit", "yank",
)  # fmt: skip
# Faiths' followers and their branches, and peoples named by their ethnicity or their land's
# first inhabitants.
_PEOPLES: Final[tuple[str, ...]] = (
    "sikh", "hindu", "buddhist", "jain", "parsi", "catholic", "protestant", "evangelical",
    "mormon", "mennonite", "anglican", "lutheran", "methodist", "pentecostal", "copt", "alawite",
    "yazidi", "ahmadi", "salafi", "wahhabi", "shiite", "sunni", "uighur", "uyghur", "rohingya",
    "tamil", "sinhalese", "bengali", "punjabi", "gujarati", "pashtun", "tajik", "hutu", "tutsi",
    "yoruba", "igbo", "hausa", "fulani", "kikuyu", "zulu", "xhosa", "berber", "tuareg",
    "bedouin", "tatar", "chechen", "aborigine", "aboriginal", "native american", "inuit",
    "maori", "indigenous", "druze", "amish", "jew", "mujahideen", "mujahedeen",
    "mujahedin", "amazigh", "romani", "sami",
)  # fmt: skip
# Peoples of famous fiction, written like nations ("a young Klingon officer", "the Jedi"): no
# one real. "Vulcan" also names a rocket and its maker, so it is not here.
_FICTIONAL_PEOPLES: Final[tuple[str, ...]] = (
    "klingon", "romulan", "cardassian", "ferengi", "borg", "jedi", "sith", "wookiee", "hobbit",
)  # fmt: skip
# Generations named as groups of people.
_GENERATIONS: Final[tuple[str, ...]] = (
    "millennials", "boomers", "baby boomers", "zoomers", "gen x", "gen z", "gen y",
    "gen alpha", "generation x", "generation z", "gen xers", "gen x'ers", "gen zers",
    "gen z'ers", "gen x er", "gen z er",
)  # fmt: skip


def _plurals(words: tuple[str, ...]) -> frozenset[str]:
    """Each word, and its plural where it takes a plain "s" ("Sikhs", "Sri Lankans"; not
    "Sinhalese")."""
    plural = {w + "s" for w in words if not w.endswith(("ese", "sh", "ch", "ss", "x", "s"))}
    return frozenset(words) | plural


PEOPLE_WORDS: Final[frozenset[str]] = (
    _plurals(_NATIONALITIES)
    | _plurals(_PEOPLES)
    | _plurals(_FICTIONAL_PEOPLES)
    | frozenset(_NATIONALITY_NOUNS + _GENERATIONS)
)

# Endings a town's residents' name adds to the town's ("Delhiites", "Londoners", "Parisians",
# "Chicagoans", "Mumbaikars"), and the town's own last letter the ending may replace
# ("Vienna" -> "Viennese"). `RESIDENT_TOWN_MIN_POPULATION`: a town that big, or a country or a
# state, so a surname in the plural ("the Sanders") is not read as a town's residents.
RESIDENT_ENDINGS: Final[tuple[str, ...]] = ("ites", "ers", "ians", "ans", "ese", "kars", "enos")
RESIDENT_REPLACED_LETTERS: Final[tuple[str, ...]] = ("", "a", "e", "o")
RESIDENT_TOWN_MIN_POPULATION: Final[int] = 100_000
