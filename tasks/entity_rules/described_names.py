"""Tables of `tasks.entities.described_names`: a name written right after the common noun of
its kind ("the charity Help Musicians", "the Malian duo Amadou & Mariam")."""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules import MONTH_PATTERN, SENTENCE_ADVERBS

# Nouns of kinds of organization that a name follows as an apposition, lowercase.
ORG_KIND_NOUNS: Final[tuple[str, ...]] = (
    "band", "duo", "trio", "quartet", "quintet", "four-piece", "five-piece", "six-piece",
    "label", "charity", "startup", "start-up", "company", "firm", "retailer", "lender",
    "broker", "insurer", "blog", "website", "newspaper", "magazine", "outlet", "publisher",
    "promoter", "nonprofit", "non-profit", "fund", "carmaker", "automaker", "chipmaker",
    "airline", "bank", "brewery", "distillery", "collective", "choir", "orchestra",
)  # fmt: skip
# A word of a name, a capital first ("Help", "Amadou"; a name written lowercase first, "iFixit",
# is read as a product later and dropped). "&", "+", "of", "and the" may join two words
# ("Amadou & Mariam", "Gang of Youths", "Amyl and the Sniffers"); a bare "and" does not, as it
# lists two names ("the band Wet Leg and Squid").
_TOKEN = r"[A-Z][\w'’-]*"
_JOIN = r"(?:(?:[&+]|of|and(?=[ \t]+the\b))[ \t]+)?(?:the[ \t]+)?"
DESCRIBED_NAME_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:[Tt]he|an?)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
    rf"(?:{'|'.join(ORG_KIND_NOUNS)})[ \t]+"
    rf"(?P<name>{_TOKEN}(?:[ \t]+{_JOIN}{_TOKEN}){{0,4}})(?![\w'’-])"
)
# The kind of business written after the name, in an apposition of its own ("Tavor, the
# Leeds-based appliance maker,", "On the Dune, the online travel agent, said", "Brisklane, a
# discount grocer which opened in 2019"): the kinds above and the trades of consumer news. The
# kind noun heads the apposition: a comma, a stop or a relative word follows it, never another
# noun ("Dorran, a bank manager,") nor a possessive ("Ostley, the chain's founder,").
APPOSED_KIND_NOUNS: Final[tuple[str, ...]] = (
    *ORG_KIND_NOUNS, "maker", "manufacturer", "chain", "grocer", "supermarket", "discounter",
    "wholesaler", "operator", "agent", "agency", "group", "brand", "business", "union",
    "regulator", "watchdog",
)  # fmt: skip
_APPOSED_KIND = (
    rf"[ \t]+(?:[Tt]he|an?)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?:{'|'.join(APPOSED_KIND_NOUNS)})"
    r"(?=[ \t]*(?:[,;.:)]|\Z)|[ \t]+(?:which|that|whose|based|founded|owned|backed|known"
    r"|headquartered|listed|with|in|from)\b)"
)
# Or what is owned, backed or controlled by someone, or part of a group, in the clause after
# the name ("Vuelo, owned by Tarvik Group,", "Lovetrips, which is backed by private equity,",
# "Brisk, part of Tarvik Group"): a business or its brand; a person is "who", a place is "run".
_OWNED = (
    r"(?:[ \t]+(?:which|that)[ \t]+(?:is|was|has[ \t]+been))?[ \t]+"
    r"(?:(?:owned|backed|controlled|operated)[ \t]+by|part[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z])"
)
# A sentence adverb, a conjunction or a pronoun opening the sentence is no name ("Meanwhile,
# the airline, which ...", "Most, owned by families, ...").
_NOT_APPOSED_NAMES = "|".join(
    (
        *SENTENCE_ADVERBS, "And", "But", "Or", "So", "Yet", "It", "They", "This", "These",
        "Those", "Some", "Many", "Most", "Others", "Both", "Each",
    )
)  # fmt: skip
APPOSED_NAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w'’&.-])(?!(?:{_NOT_APPOSED_NAMES})\b)"
    rf"(?P<name>{_TOKEN}(?:[ \t]+{_JOIN}{_TOKEN}){{0,4}}),(?:{_APPOSED_KIND}|{_OWNED})"
)
# The same apposition as newsrooms write it without an article ("accuses fitness-tracking
# company Stridewell of ...", "rival retailer Kroger"): enough to say that a name is the company,
# not a product's line named after it ("the Stridewell Pro app"), though not to make a span.
KIND_NOUN_NAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:{'|'.join(ORG_KIND_NOUNS)})[ \t]+(?P<name>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}})(?![\w'’-])"
)
# A date is no name: "the company Tuesday said".
DATE_NAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH_PATTERN})\b"
)
# What the model may have read such a name as and be wrong: no entity at all.
NOT_ENTITY_LABELS: Final[frozenset[str]] = frozenset(
    {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "NORP"}
)
# What is "based" or "headquartered" somewhere is an organization, never a place ("Veridane,
# which is based in Cambridge", "Lunarly, headquartered in Denver,"): right after the name.
BASED_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r",?[ \t]+(?:(?:which|that)[ \t]+(?:is|was|has[ \t]+been)[ \t]+|is[ \t]+)?"
    r"(?:based|headquartered)[ \t]+in\b"
)
# The model's place labels that such a name corrects (a person "who is based in" stays one).
PLACE_LABELS: Final[frozenset[str]] = frozenset({"GPE", "LOC", "FAC"})
# Plural nouns of kinds of company that a list of names follows after "such as", "like" or
# "including" ("lenders including Barclays, Lloyds and NatWest", "chains such as Costa and Pret
# A Manger"): every name listed is an organization. Not "apps", "drugs" (products, see
# `PRODUCT_KINDS_BEFORE_NAME`), nor "rivals", "teams", "groups" (people, bands or nations too).
LISTED_ORG_KINDS: Final[tuple[str, ...]] = (
    "companies", "firms", "banks", "lenders", "insurers", "brokers", "retailers", "chains",
    "supermarkets", "grocers", "carmakers", "automakers", "chipmakers", "airlines", "startups",
    "start-ups", "brands", "broadcasters", "publishers", "newspapers", "charities", "nonprofits",
    "non-profits", "breweries", "manufacturers", "banking groups", "fintechs", "neobanks",
    "challenger banks", "tech giants",
)  # fmt: skip
# One listed name: capitalised words, or "&" between two ("Marks & Spencer", "Pret A Manger").
_LISTED = r"[A-Z][\w'’-]*(?:(?:[ \t]+&)?[ \t]+[A-Z0-9][\w'’-]*){0,3}"
LISTED_ORGS_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w'’-])(?i:{'|'.join(LISTED_ORG_KINDS)}),?[ \t]+(?:such[ \t]+as|like|including)"
    rf"[ \t]+(?:the[ \t]+)?(?P<names>{_LISTED}(?:(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+)"
    rf"(?:the[ \t]+)?{_LISTED}){{0,8}})(?![\w'’-])"
)
LISTED_ORG_RE: Final[re.Pattern[str]] = re.compile(_LISTED)
# What the model may have read a listed company as and be wrong: a person ("Greggs") or no
# entity; a place it read there is left to it ("firms such as Kansas City Southern").
LISTED_MISREAD_LABELS: Final[frozenset[str]] = NOT_ENTITY_LABELS | {"PERSON"}
