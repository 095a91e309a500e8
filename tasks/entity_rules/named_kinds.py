"""Tables of the cues that say a capitalised name names a thing of a kind that is no entity: a
ship, an owner's scheme or promotion, a software feature, a prize, a run-in label. Data only;
the logic is `tasks.entities.named_kinds`.

Why: these names are mentioned once, the alias table does not know them, and the model reads
them as a company, a person or a place ("the container ship Pacific Meridian", "its Golden Hour
promotion", "Focus Mode", "two former Booker winners", "Weather Watch: the bureau expects").
The article says what kind of thing the name is in the words around it, and that is all there
is to go on.
"""

from __future__ import annotations

import re
from typing import Final

# A capitalised name of up to four words, minor words only between two capitalised ones.
_NAME = (
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z0-9][\w'’&-]*"
    r"|(?:of|the|and|to|for|on|in)(?=[ \t]+[A-Z0-9]))){0,4})"
)

# A vessel named after its kind ("the container ship Pacific Meridian", "a bulk carrier, the
# Ocean Harmony", "its sister ship, the Pacific Horizon", "the tanker Front Altair"): the name is
# the ship's, no company's or place's. Lowercase kinds that no company is called: a bare
# "carrier" names airlines and telephone companies ("the carrier Ryanair"), so only kinds of
# carrier ships count; "ferry" and "tug" open operators' names ("ferry operator Stena") only in
# lowercase, which the name pattern does not take.
VESSEL_KINDS: Final[tuple[str, ...]] = (
    "ship", "vessel", "tanker", "freighter", "containership", "bulker", "bulk carrier",
    "aircraft carrier", "car carrier", "gas carrier", "liner", "yacht", "superyacht", "ferry",
    "frigate", "destroyer", "submarine", "warship", "trawler", "dredger", "icebreaker",
    "tugboat", "barge", "schooner", "cutter", "corvette",
)  # fmt: skip
VESSEL_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(VESSEL_KINDS) + r")s?(?:,?[ \t]+the|,)?[ \t]+" + _NAME
)

# A scheme, promotion or feature named between its owner and its kind ("its Golden Hour
# promotion", "the state's Namo Shetkari scheme", "its Open Doors policy", "the co-op's own
# Green Pasture scheme", "its Silver Fern butter brand"): the owner is the entity, the name
# between is what it runs. The owner is a possessive (a pronoun or a lowercase noun with 's:
# "the council's"), perhaps with "own" or "new" after it; one lowercase word may describe the
# kinds that a partner's name is not written before ("butter brand", "cheese range"; not "its
# Ocado delivery offer"). "the" alone serves only the kinds no person or company
# leads, right before the kind ("the Warm Spaces scheme"; not "the Harris campaign"). Not
# "deal", "partnership", "unit", "subsidiary" or "project": the name before those is a partner,
# a company or a place ("its Ocado deal", "the Hinkley Point project"). A company's parts that
# are no company of their own count too: a reporting segment, a consultancy's practice, a
# conference's track, a team of staff ("its Industrial Solutions segment", "the Supply Chain
# Transformation practice", "the conference's Embedded Finance track", "our Customer Success
# team"); "team" only after a possessive, in the singular ("Jordan's Chicago Bulls teams" are a
# club's sides of an era) and never before a hyphen ("his England team-mates"),
# and not "division" or "unit", which name subsidiaries that are entities ("Alphabet's Waymo
# unit", "Google's DeepMind division"). A company's own event is a kind too, after "annual" or
# "flagship" as well ("its annual Dreamforce conference", "their flagship Inspire summit"): the
# event's name, and its bare mentions beside ("at Dreamforce"); a place before the event
# ("its London summit") is one the table knows and stays.
OWNED_KINDS: Final[tuple[str, ...]] = (
    "scheme", "programme", "program", "initiative", "promotion", "campaign", "policy",
    "range", "collection", "feature", "brand", "pledge", "offer", "sale", "subscription",
    "segment", "practice", "track",
    "conference", "summit", "festival", "expo", "convention", "showcase",
)  # fmt: skip
SINGULAR_KINDS: Final[tuple[str, ...]] = ("team",)
DESCRIBED_KINDS: Final[tuple[str, ...]] = (
    "scheme", "programme", "program", "initiative", "policy", "range", "collection", "brand",
)  # fmt: skip
THE_KINDS: Final[tuple[str, ...]] = (
    "scheme", "programme", "program", "initiative", "promotion", "segment", "practice", "track",
)  # fmt: skip
_POSSESSIVE = (
    r"(?:[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|(?<![\w'’-])[a-z]+(?:-[a-z]+)*['’]s)"
    r"(?:[ \t]+(?:own|new|annual|yearly|flagship))?"
)
OWNED_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])"
    + _POSSESSIVE
    + r"[ \t]+"
    + _NAME
    + r"[ \t]+(?:(?:(?:"
    + "|".join(OWNED_KINDS)
    + r")|[a-z]+[ \t]+(?:"
    + "|".join(DESCRIBED_KINDS)
    + r"))s?|"
    + "|".join(SINGULAR_KINDS)
    + r")(?![\w'’-])"
)
# A company's part after the company's own name and "'s" ("Corvane's Industrial Solutions
# segment"): the model reads owner and part as one organization, or the part alone.
PART_KINDS: Final[tuple[str, ...]] = ("segment", "practice", "track")
NAMED_OWNER_PART_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?P<owner>[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3})['’]s[ \t]+"
    + _NAME
    + r"[ \t]+(?:(?:"
    + "|".join(PART_KINDS)
    + r")s?|"
    + "|".join(SINGULAR_KINDS)
    + r")(?![\w'’-])"
)
THE_OWNED_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:the|The)[ \t]+" + _NAME + r"[ \t]+(?P<kind>" + "|".join(THE_KINDS) + r")s?\b"
)

# A ship named with the prefix of its navy or its kind ("HMS Belfast", "USS Carney", "BRP
# Davao del Sur"): the ship, no body. Prefixes that name nothing else; not "MV" ("MV Agusta"
# makes motorcycles), "MS", "SS" or "INS".
SHIP_PREFIXES: Final[frozenset[str]] = frozenset(
    {"hms", "uss", "usns", "rms", "hmas", "hmcs", "hmnzs", "brp", "rfa", "roks", "kri"}
)

# A name set in apposition to a programme's noun ("the SunShot Initiative, the Obama-era
# programme that funded ...", "the Genesis Mission, an AI effort"): the programme, no body.
# Up to five words describe it, none a relative pronoun, a preposition or a verb of running
# ("the Harlow Trust, the charity that runs the scheme" is a body), and the noun ends the
# apposition or a clause follows it. Not "project": a site's name is set before it ("Hinkley
# Point C, the nuclear project").
PROGRAMME_APPOSITION_KINDS: Final[tuple[str, ...]] = (
    "programme", "program", "scheme", "initiative", "effort", "plan", "mission",
)  # fmt: skip
_DESCRIBING_WORD = (
    r"(?!(?:that|which|who|whose|of|for|with|behind|by|runs?|ran|running)\b)[\w'’$%.-]+"
)
PROGRAMME_APPOSITION_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:the|The)[ \t]+"
    + _NAME
    + r",[ \t]+(?:the|a|an)[ \t]+(?:"
    + _DESCRIBING_WORD
    + r"[ \t]+){0,5}?(?:"
    + "|".join(PROGRAMME_APPOSITION_KINDS)
    + r")(?=[ \t]+(?:that|which|to|aimed|launched|created|designed|set)\b|[ \t]*[,.;:)—–])"
)

# A slogan written on a placard, a sticker or a shirt ("stickers reading Save Speedway",
# "shirts printed with Ride The Future", "a banner that read Hands Off"): words of a message, no
# entity. Only after the noun of what bears it: "reading Dickens" and "printed with the Acme
# logo" name a writer and a company; chants are left alone (fans chant players' names).
SLOGAN_BEARERS: Final[tuple[str, ...]] = (
    "sign", "placard", "banner", "sticker", "shirt", "t-shirt", "badge", "poster", "flag",
    "cap", "hat", "billboard",
)  # fmt: skip
SLOGAN_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(SLOGAN_BEARERS) + r")s?[ \t]+(?:that[ \t]+)?"
    r"(?:reading|read|saying|said|bearing|printed[ \t]+with|emblazoned[ \t]+with)[ \t]+"
    r"[\"“‘']?" + _NAME
)

# A bill before a legislature is a law to be (the label file's conventions: laws are no
# entities): a name of several words whose last word is "Bill", no capitalised word after it
# ("the Planning and Infrastructure Bill"; not "Defence Minister Bill Blair").
BILL_NAME_RE: Final[re.Pattern[str]] = re.compile(r"\S[ \t]+Bill\Z")
BILL_AFTER_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]+Bill\b(?![ \t]+[A-Z])")

# A kind of thing and a naming verb before its name ("screening software called TenantScore",
# "a scheme known as Kicks"): what the kind is called. Kinds that no company or person is
# (`tasks.entity_rules.WORK_CALLED_KINDS` holds works and crafts).
CALLED_KINDS: Final[tuple[str, ...]] = (
    "software", "tool", "feature", "algorithm", "scheme", "programme", "program", "initiative",
    "campaign", "promotion", "policy", "satellite", "spacecraft", "rocket", "rover", "lander",
    "telescope", "robot", "chatbot", *VESSEL_KINDS,
)  # fmt: skip
CALLED_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(CALLED_KINDS) + r")s?,?[ \t]+"
    r"(?:called|named|dubbed|titled|branded|known[ \t]+as)[ \t]+"
    r"(?![A-Z0-9]+\b(?![ \t]+[A-Z]))" + _NAME
)

# A prize named by the honour it gives ("two former Booker winners", "Grammy-nominated",
# "a Pulitzer laureate"): the prize, no one. Plural winners only: "a late Mensah winner" is a
# goal its scorer won a match with.
PRIZE_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])" + _NAME + r"(?:-(?:winning|winner|winners|nominated)"
    r"|[ \t]+(?:winners|laureates?|nominees|shortlist|longlist)\b)"
)

# A run-in label opening a line: capitalised words, a colon and a sentence that goes on in
# lowercase ("Weather Watch: the bureau expects ...", "Fire Ban In Effect: open burning is
# ..."): a label, when one of its words is a common one the text also writes in lowercase
# ("in bad weather"), and unless the label stands elsewhere in the text (a name said again).
# A police log's "Ella Brandt: possession of ..." names a person: her words are written with
# capitals only.
RUN_IN_LABEL_RE: Final[re.Pattern[str]] = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,4}):[ \t]+(?=[a-z])",
    re.MULTILINE,
)

# Last words that make a capitalised name a software feature or setting ("Focus Mode", "Dark
# Theme", "Quick Share", "Smart Reply", "Battery Saver", "Settings"): a product's part, no
# company or person, whatever the model tags it. Not the nouns companies are named with
# ("Tarvik Widgets", "Acme Tools").
FEATURE_HEADS: Final[frozenset[str]] = frozenset(
    {
        "mode", "theme", "saver", "reply", "replies", "settings", "shortcut", "shortcuts",
        "toolbar", "sidebar", "share", "sharing",
    }
)  # fmt: skip

# Last words that make a capitalised name of several words a public benefit, a pay rate or a
# warning ("Universal Credit", "National Living Wage", "Winter Fuel Payment", "Severe Flood
# Warnings", "Special Air Quality Statement"): a programme or a notice, no one who runs it.
# Not "Watch" ("Human Rights Watch"), "Fund" or "Programme" ("World Food Programme"): bodies
# are named with those.
NOTICE_HEADS: Final[frozenset[str]] = frozenset(
    {
        "scheme", "wage", "allowance", "pension", "payment", "credit", "warning", "warnings",
        "advisory", "advisories", "statement", "statements", "alert", "alerts",
    }
)  # fmt: skip

# A name listed last among common nouns ("people with asthma, heart disease or COPD", "rice,
# wheat and Basmati"): an item of their kind, no entity. The list's other items, two or more,
# are written in lowercase (one or two words each); words that open clauses or name people
# ("he", "said") make no list. Only a name that closes the list: one that opens it ("Sheikh
# Ahmed, chairman and chief executive of ...") is followed by its titles as often as by a list.
_ITEM = r"[a-z][a-z-]+(?:[ \t][a-z][a-z-]+)?"
LIST_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?P<a>" + _ITEM + r"),[ \t]+(?P<b>" + _ITEM + r"),?[ \t]+(?:and|or)[ \t]+\Z"
)
NOT_LIST_WORDS: Final[frozenset[str]] = frozenset(
    {
        "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "the", "a", "an",
        "said", "says", "and", "or", "but", "is", "was", "are", "were", "his", "her", "their",
        "its", "our", "my", "your", "this", "these", "those", "there", "then", "also",
    }
)  # fmt: skip
LIST_LOOKBEHIND: Final[int] = 60

# Last words that make a capitalised name of several words an event ("United Nations Climate
# Action Summit", "Milan Design Week", "Mayor's Charity Gala", "St Patrick's Day Parade"),
# beside the words anywhere in an event's name (`tasks.entity_rules.EVENT_NAME_WORDS`): only
# last, as companies open their names with them ("Summit Health", "Gala Foods"). Not "Forum"
# ("World Economic Forum"), "Conference" ("Atlantic Coast Conference"), "Day" ("Doris Day") or
# "Run" ("Bull Run"): bodies, people and places end with those.
EVENT_HEADS: Final[frozenset[str]] = frozenset({"summit", "gala", "parade", "week"})

# What follows a common noun opening a sentence, where a person's name is followed by a verb:
# another common noun joined to it ("Rice and pulses gained most") or a copula and an amount
# ("Attendance was 9,412", "Turnout was about 61%"). A person joined to someone is joined to a
# name or a pronoun ("Helen and her sister", "Kali and I"), not to a lowercase noun.
OPENING_NOUN_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:and|or)[ \t]+(?!(?:his|her|their|its|my|our|your|the|a|an|he|she|they|we|"
    r"who|then|now|also|said|says)\b)[a-z]+\b"
    r"|[ \t]+(?:was|were|is|are)[ \t]+(?:\d|(?:about|around|nearly|almost|roughly|just|up|"
    r"down|flat|unchanged)\b)"
)

# A model of aircraft or armoured vehicle counted before its kind ("two Hercules planes", "six
# Rafale jets", "four Leopard tanks"): the model, a product, no entity. Counted and followed by
# the plural kind only: "a Kestrel drone" and "Norvik jets" may name the maker. Not "fighters"
# or "bombers": people, counted with their group's name ("two Fano fighters").
_COUNT = (
    r"(?i:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens[ \t]+of|"
    r"several|more)"
)
COUNTED_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"(?<![\w'’-])" + _COUNT + r"[ \t]+\Z")
VEHICLE_KINDS_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:planes|aircraft|jets|airliners|helicopters|drones|tanks|warplanes|gunships)\b"
)
COUNT_LOOKBEHIND: Final[int] = 24
