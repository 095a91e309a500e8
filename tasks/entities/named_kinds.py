"""Names the text says are of a kind that is no entity: a ship ("the container ship Pacific
Meridian"), a scheme, promotion or event between its owner and its kind ("its Golden Hour
promotion", "its annual Dreamforce conference"), a programme in apposition to its noun ("the
SunShot Initiative, the Obama-era programme"), a company's part the same way ("Corvane's
Industrial Solutions segment"), a thing after its kind and a naming verb ("software called
TenantScore"), a prize named by its honour ("two former Booker winners"), a run-in label
("Weather Watch: the ..."), a slogan on a sign ("stickers reading Save Speedway"), a software
feature ("Focus Mode"), a ship by its prefix ("HMS Belfast"), a bill ("the Planning and
Infrastructure Bill"), a benefit, a pay rate or a warning ("Universal Credit", "Severe Flood
Warnings"), an event by its last word ("the Climate Action Summit"), a name listed after common
nouns ("asthma, heart disease or COPD") and a model counted before its kind ("two Hercules
planes").

Why: the model tags these capitalised names as companies, people or places; they are mentioned
once and the alias table does not know them, so the words around them are the only evidence
of what they are. The cues stand once, so the names are collected from the whole text before
any span is judged (as `tasks.entities.works` collects works); known names are kept whatever
the cue (`tasks.entities.candidates` asks the table first). Tables: `tasks.entity_rules.
named_kinds`.
"""

from __future__ import annotations

import re
from collections.abc import Container

from tasks.entity_rules import GENERIC_NAME_HEADS, ORG_SUFFIXES
from tasks.entity_rules import named_kinds as rules
from tasks.names import fold, words

# A name that ends with a body's word is the owner, not the thing ("the Harlow Foundation
# programme").
_BODY_WORDS = ORG_SUFFIXES | GENERIC_NAME_HEADS


def _owned(name: str) -> bool:
    """Is the name between an owner and a kind the thing's own, not a body's or an acronym's?"""
    return name.rsplit(" ", 1)[-1].lower() not in _BODY_WORDS and not name.isupper()


def kind_named_names(text: str, lowercase_words: Container[str]) -> frozenset[str]:
    """Folded names the text cues as ships, owned schemes or events, programmes, called things,
    prizes, slogans or run-in labels (see the module docstring); `lowercase_words` are the
    folded words the text also writes in lowercase."""
    names = [m["name"] for m in rules.VESSEL_NAME_RE.finditer(text)]
    names += [m["name"] for m in rules.CALLED_NAME_RE.finditer(text)]
    names += [m["name"] for m in rules.PRIZE_NAME_RE.finditer(text)]
    names += [m["name"] for m in rules.SLOGAN_RE.finditer(text)]
    names += [m["name"] for m in rules.PROGRAMME_APPOSITION_RE.finditer(text)]
    for pattern in (rules.OWNED_NAME_RE, rules.THE_OWNED_NAME_RE):
        names += [m["name"] for m in pattern.finditer(text) if _owned(m["name"])]
    for part in rules.NAMED_OWNER_PART_RE.finditer(text):  # "Corvane's Industrial Solutions"
        if _owned(part["name"]):
            names += [part["name"], f"{part['owner']} {part['name']}"]
    for m in rules.RUN_IN_LABEL_RE.finditer(text):
        common = any(w.key in lowercase_words for w in words(m["name"]))
        if common and text.count(m["name"]) == 1:
            names.append(m["name"])
    return frozenset(key for name in names if (key := fold(name)))


def _list_item(match: re.Match[str] | None) -> bool:
    """Is the match a list of common nouns (no word of a clause in its items)?"""
    return match is not None and not any(
        word in rules.NOT_LIST_WORDS for item in (match["a"], match["b"]) for word in item.split()
    )


def listed_among_common_nouns(text: str, start: int) -> bool:
    """Is the mention at `start` the last item of a list whose other items are common nouns
    ("asthma, heart disease or COPD")?"""
    before = text[max(0, start - rules.LIST_LOOKBEHIND) : start]
    return _list_item(rules.LIST_BEFORE_RE.search(before))


def counted_model(text: str, start: int, end: int) -> bool:
    """Is the mention at `start`-`end` a model counted before its plural kind ("two Hercules
    planes")?"""
    before = text[max(0, start - rules.COUNT_LOOKBEHIND) : start]
    return (
        rules.VEHICLE_KINDS_AFTER_RE.match(text, end) is not None
        and rules.COUNTED_BEFORE_RE.search(before) is not None
    )


def names_a_thing(text: str, key: str, surface: str, start: int, end: int) -> bool:
    """Does the mention (folded `key`, written `surface` at `start`-`end`) name a software
    feature ("Focus Mode", "Settings"), a ship by its prefix ("HMS Belfast"), a bill ("the
    Planning and Infrastructure Bill", or its words the model cut before "Bill"), a benefit, a
    pay rate or a warning ("Universal Credit", "Severe Flood Warnings"), an event ("Milan
    Design Week"), the last item of a list of common nouns ("asthma, heart disease or
    COPD"), or a model counted before its kind ("two Hercules planes")?"""
    parts = key.split()
    return (
        parts[-1] in rules.FEATURE_HEADS
        or (
            len(parts) > 1
            and (
                parts[0] in rules.SHIP_PREFIXES
                or parts[-1] in rules.NOTICE_HEADS | rules.EVENT_HEADS
            )
        )
        or rules.BILL_NAME_RE.search(surface) is not None
        or rules.BILL_AFTER_RE.match(text, end) is not None
        or listed_among_common_nouns(text, start)
        or counted_model(text, start, end)
    )


def opening_noun_after(text: str, end: int) -> bool:
    """Do the words after a one-word "person" opening a sentence read as a common noun's: a
    lowercase noun joined to it, or a copula and an amount ("Rice and pulses", "Attendance was
    9,412")? (`tasks.entities.candidates` asks it of words written nowhere else.)"""
    return rules.OPENING_NOUN_AFTER_RE.match(text, end) is not None
