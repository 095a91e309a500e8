"""A name and where it is, read by the model as one span ("the University of Nigeria Teaching
Hospital in Enugu", "Jamal Okoro on Union Street"), made two: the name, and the place after the
preposition.

Why: the one long span matches neither entity, so both are lost and a name that is no one's
takes their place. The place after "in" must be a town, region or country the gazetteer knows
by that very name; so must a company's town after "of", with its state or country written
after the span ("RealPage of Richardson, Texas"), unless a body's head ends the name before
"of" ("the University of Richmond, Virginia"); after "on" or "near", a street ("...
Street"). "At" is left alone: venues named by a sponsor hold it ("Northwell Health at Jones
Beach Theater"). Names that hold such a word stay whole: "Newcastle upon Tyne",
"Stoke-on-Trent" (glued by hyphens), "Henley on Thames" (no street).
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.datelines.gazetteer import gazetteer
from tasks.entities.mentions import Span, locate, replaced
from tasks.entity_rules import placed_names as table
from tasks.names import fold

_SPLIT_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC"})


def _known_place(name: str) -> bool:
    """Is the name a country, a region or a town the gazetteer knows by that very name?"""
    places = gazetteer()
    if places.country(name) is not None or places.region(name) is not None:
        return True
    city = places.city(name)
    return city is not None and fold(city.name) == fold(name)


def _is_place(prep: str, place: str) -> bool:
    last = fold(place.split()[-1])
    if prep in ("on", "near"):
        return last in rules.STREET_TYPES
    return _known_place(place)


def _company_home(text: str, label: str, where: tuple[int, int], name_end: int) -> bool:
    """Is the town after "of" a company's home: an organization not ending with a body's head
    before "of", the town's state or country written right after the span?"""
    if label != "ORG" or fold(text[where[0] : name_end].split()[-1]) in rules.NAME_HEADS:
        return False
    state = table.STATE_AFTER_RE.match(text, where[1])
    if state is None:
        return False
    places = gazetteer()
    return places.region(state["state"]) is not None or places.country(state["state"]) is not None


def placed_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each name-and-place span made two (module docstring)."""
    dropped: set[int] = set()
    added: list[Span] = []
    for i, span in enumerate(spans):
        where = locate(text, span) if span[1] in _SPLIT_LABELS else None
        placed = table.PLACED_RE.search(text, *where) if where else None
        if placed is None or where is None or not _is_place(placed["prep"], placed["place"]):
            continue
        if placed["prep"] == "of" and not _company_home(text, span[1], where, placed.start()):
            continue
        name_end = placed.start()
        if not any(c.isupper() for c in text[where[0] : name_end]):
            continue
        dropped.add(i)
        place_label = "FAC" if placed["prep"] in ("on", "near") else "GPE"
        added.append((text[where[0] : name_end], span[1], where[0], name_end))
        added.append((placed["place"], place_label, *placed.span("place")))
    return replaced(spans, dropped, added) if added else list(spans)
