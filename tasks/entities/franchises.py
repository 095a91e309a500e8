"""Titles of famous game and screen franchises and their instalments ("Tomb Raider", "Final
Fantasy XV", "Assassin's Creed Odyssey", "Star Trek"), and their best-known characters ("James
T. Kirk", "Lara Croft"): works and fiction, no entities.

Why apart: the labels' convention is that games, films and series are no entities, while their
studios and publishers are; news about games and films names these titles alone with no cue in
the sentence, so the titles are data (`tasks.entity_rules.franchises`). A name that goes on with
a body's word is the body ("The Pokemon Company", "the Call of Duty League") and stays.
"""

from __future__ import annotations

import re

from tasks.entity_rules import franchises as rules
from tasks.names import fold


def franchise_title(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a franchise's title or an instalment's, begun inside the
    title on its line and ending no further than the instalment's name ("Tomb Raider";
    "Assassin" and "Creed Odyssey" of "Assassin's Creed Odyssey"; "Forza Horizon" of "Forza
    Horizon 5")? A name begun after the title is not ("Epic Games" of "Fortnite Maker Epic
    Games")."""
    line_start = text.rfind("\n", 0, start) + 1
    window = max(line_start, start - rules.TITLE_LOOKBEHIND)
    return any(
        found.start() <= start < found.start("instalment")
        and found.end() >= end
        and _no_body_words(found)
        for found in rules.FRANCHISE_NAME_RE.finditer(text, window, end + rules.TITLE_LOOKBEHIND)
    )


def _no_body_words(found: re.Match[str]) -> bool:
    """Does the franchise's name go on with no body's word ("Company" of "The Pokemon
    Company")?"""
    return not any(w in rules.FRANCHISE_BODY_WORDS for w in fold(found["instalment"]).split())


def franchise_character(key: str) -> bool:
    """Is the folded name a franchise's famous character ("james t kirk", "lara croft")?"""
    return key in rules.FRANCHISE_CHARACTERS


def franchise_works(text: str) -> frozenset[str]:
    """Folded names the text's franchises make works: the subtitles of their instalments,
    without their number ("black ops" of "Call of Duty: Black Ops 6", "aurora" of "Pokemon
    Legends: Aurora"), which written alone name the instalment or the next one, and the other
    titles in a list of franchises' titles (`_listed_titles`: "gylt" of "Final Fantasy XV,
    Gylt, Mortal Kombat 11")."""
    subtitles = {
        fold(rules.SUBTITLE_NUMBER_RE.sub("", found["subtitle"]))
        for found in rules.FRANCHISE_NAME_RE.finditer(text)
        if found["subtitle"]
    }
    return frozenset(subtitles | _listed_titles(text)) - {""}


def _listed_titles(text: str) -> set[str]:
    """Folded items of the text's lists of works: runs of capitalised items
    (`rules.LISTED_ITEM_RE`) enough of which are franchises' titles
    (`rules.MIN_LISTED_TITLES`, `rules.MIN_LISTED_TITLE_SHARE`)."""
    titles: set[str] = set()
    for sentence in rules.LIST_SENTENCE_END_RE.split(text):
        run: list[str] = []
        for item in [*rules.LIST_ITEM_SEPARATOR_RE.split(sentence), ""]:
            if rules.LISTED_ITEM_RE.fullmatch(item):
                run.append(item)
                continue
            known = sum(_whole_title(listed) for listed in run)
            if len(run) >= rules.MIN_LISTED_ITEMS and known >= max(
                rules.MIN_LISTED_TITLES, rules.MIN_LISTED_TITLE_SHARE * len(run)
            ):
                titles.update(fold(listed) for listed in run)
            lead_in = item.rpartition(": ")[2]  # "The line-up: Final Fantasy XV, ..."
            run = [lead_in] if rules.LISTED_ITEM_RE.fullmatch(lead_in) else []
    return titles


def _whole_title(item: str) -> bool:
    """Does the list's item hold a franchise's title or an instalment's, to its end ("Tomb
    Raider 2013", "Rise of the Tomb Raider")?"""
    return any(
        found.end() == len(item) and _no_body_words(found)
        for found in rules.FRANCHISE_NAME_RE.finditer(item)
    )


def instalment_alone(key: str, subtitles: frozenset[str]) -> bool:
    """Is the folded name a subtitle of `subtitles`, perhaps with a number after it ("black ops
    7")?"""
    head, _, number = key.rpartition(" ")
    return key in subtitles or (
        head in subtitles and rules.INSTALMENT_NUMBER_RE.fullmatch(number) is not None
    )
