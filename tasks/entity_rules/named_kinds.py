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
# promotion", "the state's Namo Shetkari scheme", "its Open Doors policy"): the owner is the
# entity, the name between is what it runs. The owner is a possessive (a pronoun or a lowercase
# noun with 's: "the council's"); "the" alone serves only the kinds no person or company
# leads ("the Warm Spaces scheme"; not "the Harris campaign"). Not "deal", "partnership",
# "unit", "subsidiary" or "project": the name before those is a partner, a company or a place
# ("its Ocado deal", "the Hinkley Point project").
OWNED_KINDS: Final[tuple[str, ...]] = (
    "scheme", "programme", "program", "initiative", "promotion", "campaign", "policy",
    "range", "collection", "feature", "brand", "pledge", "offer", "sale", "subscription",
)  # fmt: skip
THE_KINDS: Final[tuple[str, ...]] = ("scheme", "programme", "program", "initiative", "promotion")
_POSSESSIVE = r"(?:its|their|our|his|her|(?<![\w'’-])[a-z]+['’]s)"
OWNED_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:" + _POSSESSIVE + r"|(?:the|The))[ \t]+" + _NAME + r"[ \t]+"
    r"(?P<kind>" + "|".join(OWNED_KINDS) + r")s?\b"
)

# A kind of thing and a naming verb before its name ("screening software called TenantScore",
# "a scheme known as Kicks"): what the kind is called. Kinds that no company or person is
# (`tasks.entity_rules.WORK_CALLED_KINDS` holds works and crafts).
CALLED_KINDS: Final[tuple[str, ...]] = (
    "software", "tool", "feature", "algorithm", "scheme", "programme", "program", "initiative",
    "campaign", "promotion", "policy", *VESSEL_KINDS,
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
