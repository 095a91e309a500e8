"""Tables of `tasks.entities.long_names`: where an organization's long name goes on after the
point the model stops reading it."""

from __future__ import annotations

import re
from typing import Final

from tasks.entity_rules import MONTH_PATTERN, NAME_HEADS
from tasks.entity_rules.company_words import ORG_END_WORDS

# A name word: a capital and letters, an apostrophe or a hyphen inside ("Children's").
_WORD = r"[A-Z][\w'’-]*"
# The capitalised words after a connector the model's span ends with ("the Electoral Commission
# of" + "Kavara"): at most four, perhaps after "the".
DANGLING_CONNECTOR_RE: Final[re.Pattern[str]] = re.compile(r"[ \t](?:of|for|on)\Z")
NAME_AFTER_CONNECTOR_RE: Final[re.Pattern[str]] = re.compile(
    rf"[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,3}}(?![\w'’-])"
)
# The same words after a body's span that ends with its head, the connector outside it ("The
# Lancet Commission" + "on" + "Malaria Eradication"); never a date ("the Commission on Monday").
CONNECTOR_NAME_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    rf"[ \t]+(?:of|on|for)(?P<name>[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,3}})(?![\w'’-])"
)
DATE_WORD_RE: Final[re.Pattern[str]] = re.compile(
    rf"[ \t]+(?:the[ \t]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH_PATTERN})\b"
)
# A topic after "of", "on" or "for" at the end of an organization's span ("Institute of Higher
# Education", "Commission on Pollution", a ministry's "of Municipal and Rural Affairs"), then
# "and" and one or two capitalised words that end the run of capitals ("and Research", "and
# Health", "and Housing"): the topic's second half.
_AND = r"(?:(?:and|&)[ \t]+)?"
TOPIC_RE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:of|on|for)[ \t]+(?:the[ \t]+)?(?P<topic>{_WORD}(?:[ \t]+{_AND}{_WORD}){{0,3}})\Z"
)
TOPIC_AND_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:and|&)[ \t]+(?P<tail>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?![ \t]+[A-Z]|[\w'’-])"
)
# Head words of a body's name written right after an organization the model ends early ("the
# United Nations" + "High Commissioner for Human Rights", "Senate" + "Intelligence Committee").
BODY_CONTINUATION_HEADS: Final[tuple[str, ...]] = (
    "High Commissioner", "Commissioner", "Commission", "Committee", "Council", "Office",
    "Agency", "Fund", "Programme", "Program", "Bureau", "Authority", "Task Force", "Unit",
    "Tribunal", "Secretariat",
)  # fmt: skip
_HEAD = "|".join(h.replace(" ", r"[ \t]+") for h in BODY_CONTINUATION_HEADS)
# The continuation: up to three capitalised words and a head, and a topic after "for", "on" or
# "of" ("for Human Rights"); without a topic, at least one word before the head, so a company's
# product ("Microsoft Office") is not read as a body.
BODY_CONTINUATION_RE: Final[re.Pattern[str]] = re.compile(
    rf"[ \t]+(?P<words>(?:{_WORD}[ \t]+){{0,3}})"
    rf"(?:{_HEAD})"
    rf"(?P<topic>[ \t]+(?:for|on|of)[ \t]+(?:the[ \t]+)?{_WORD}"
    rf"(?:[ \t]+(?:and[ \t]+)?{_WORD}){{0,3}})?(?![\w'’-])"
)
# Last words of an organization's name that make it whole: capitalised words and a body's head
# after it name a unit of its own ("the Columbus Police Department Intelligence Led Policing
# Unit"), not a longer name. A legislature's chamber is the owner of its committees' names
# ("Senate Intelligence Committee"), and is left out.
WHOLE_OWNER_HEADS: Final[frozenset[str]] = NAME_HEADS - {
    "senate", "house", "assembly", "parliament", "congress", "government", "city", "county",
    "state", "province", "district", "region",
}  # fmt: skip
# Model labels that name no entity, given to a street after a word of place ("near Cold Spring
# Road" read as an event): the street's type as its last word makes it a place.
NOT_ENTITY_LABELS: Final[frozenset[str]] = frozenset(
    {"EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"}
)
PLACE_PREPOSITION_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:on|near|along|off|onto|at|to|from|down|up|across|past|of|in)[ \t]+\Z"
)
# Two organizations the model reads as one across "and" ("Amnesty International and Human
# Rights Watch"): the first ends with a head word of a name (`NAME_HEADS`), and each side has
# two capitalised words or more. A second side ending with a head the first lacks names the
# whole ("the Australian Securities and Investments Commission"): one name. A name whose list
# ends with a head ("the Advisory, Conciliation and Arbitration Service") or names portfolios
# ("Department of Health and Human Services") has no head before its "and".
COORDINATED_ORGS_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<a>{_WORD}(?:[ \t]+{_WORD})+)[ \t]+and[ \t]+(?P<b>{_WORD}(?:[ \t]+{_WORD})+)"
)
# Two organizations the model reads as one across "to", a sale's or a move's ("the sale of
# Hipcricket to Augme Technologies"): the second ends with a company's closing word
# (`COMPANY_AFTER_TO_WORDS`). Bodies named for a purpose ("the Committee to Protect
# Journalists", "the Campaign to End Loneliness") end with no such word and stay whole.
SOLD_TO_ORGS_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<a>{_WORD}(?:[ \t]+{_WORD})*)[ \t]+to[ \t]+(?P<b>{_WORD}(?:[ \t]+{_WORD})*)"
)
COMPANY_AFTER_TO_WORDS: Final[frozenset[str]] = ORG_END_WORDS - {
    "institute", "university", "foundation", "association", "agency", "commission",
    "committee", "council", "ministry", "department",
}  # fmt: skip
# A street after a house number ("of 1119 Eighth St.", "at 52 North Pine Avenue"): a place,
# which the model often skips. Its type written in full or abbreviated; the abbreviation's full
# stop is not part of the name.
STREET_TYPE_WORDS: Final[tuple[str, ...]] = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Dr", "Lane", "Ln", "Boulevard",
    "Blvd", "Place", "Pl", "Court", "Ct", "Terrace", "Parkway", "Pkwy", "Way", "Circle",
)  # fmt: skip
# A rural address names a numbered road the same way ("of 3170 W. County Road 600S", "at 1200
# State Route 39"): the road and its number, a place.
_NUMBERED_ROAD = (
    r"(?:(?:County|State|U\.S\.|US|Township|Farm[ \t]+to[ \t]+Market)[ \t]+)?"
    r"(?:Road|Route|Highway|Hwy\.?)[ \t]+\d{1,4}[NSEW]?"
)
ADDRESS_STREET_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.,-])\d{1,6}[ \t]+(?P<street>(?:[NSEW]\.?[ \t]+)?(?:"
    rf"{_NUMBERED_ROAD}|(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:{'|'.join(STREET_TYPE_WORDS)})))\b"
)
