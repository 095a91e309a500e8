"""Organizations' long names the model stops reading too early, or runs two into one.

- A body's span that ends with "of", "for" or "on" after its head ("the Electoral Commission
  of") goes on over the capitalised words after it ("Kavara"): a name does not end with a
  connector; so does one that ends with its head, when the model read the words after "of",
  "on" or "for" as a name ("The Lancet Commission" + "on" + "Malaria Eradication").
- A topic after "of", "on" or "for" goes on over "and" and one or two capitalised words that
  end the run of capitals ("the Institute of Higher Education" + "and Research", "the Lancet
  Commission on Pollution" + "and Health", "the Ministry of Municipal and Rural Affairs" + "and
  Housing"), unless those words are a name the model read (a portfolio's words alone, "Housing",
  name no body: they give way), the topic is a place ("the Bank of England and Treasury
  officials") or the words are no name's.
- An organization followed by capitalised words and a body's head ("the United Nations" + "High
  Commissioner for Human Rights") is one body; after a whole body's name, one ending with a
  head of its own ("the Columbus Police Department" + "Intelligence Led Policing Unit", "the
  International Energy Agency" + "Photovoltaic Power Systems Programme"), the words are a unit
  of it, an organization of their own.
- Two organizations joined by "and", the first ending with a name's head ("Amnesty
  International and Human Rights Watch"), are two; so are two joined by "to", the second a
  company's name ("the sale of Hipcricket to Augme Technologies").
- A street after a word of place that the model labels as no entity at all ("near Cold Spring
  Road" read as an event), or after a house number ("of 1119 Eighth St."), is a place.

Why: the pieces become wrong entities (the nationless "Electoral Commission", "United Nations"
for its rights office) or none, and the one entity the article means is lost. The written form
says where the name ends; the patterns are data in `tasks.entity_rules.long_names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.datelines.gazetteer import gazetteer
from tasks.entities.mentions import Span, SpanIndex, locate, replaced
from tasks.entity_rules import long_names as table
from tasks.names import fold

_BODY_HEADS = frozenset(rules.LISTED_NAME_HEADS + rules.PORTFOLIO_BODY_HEADS)
_HEAD_WORDS = frozenset(fold(h) for h in _BODY_HEADS)
# What the model may have read the words after a body's head as: a name's piece, never a person.
_NAME_PART_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "LAW"})


def _extended(
    text: str, spans: Sequence[Span], index: SpanIndex, i: int, start: int, stop: int
) -> tuple[set[int], Span] | None:
    """The spans to drop and the organization over [start, stop) that replaces span i and
    every span inside the region; None when a span crosses the region's end."""
    over = index.overlapping(start, stop)
    for j in over:
        where = index.located[j]
        if j != i and (where is None or where[0] < start or stop < where[1]):
            return None
    return set(over), (text[start:stop], "ORG", start, stop)


def _ends_with_head(text: str, start: int, end: int) -> bool:
    """Does the name in [start, end) end with a body's head ("the Electoral Commission")? A
    party's members' plural does not ("the Social Democrats of Lars Klingbeil")."""
    words = text[start:end].split()
    return bool(words) and fold(words[-1]) in rules.NAME_HEADS


def _names_after_head(
    text: str, spans: Sequence[Span], index: SpanIndex, start: int, end: int, after: re.Match[str]
) -> bool:
    """Do the words after "of", "on" or "for" go on a body's name that the model ended with its
    head ("The Lancet Commission" + "on Malaria Eradication")? Not a date, a person, or words
    outside any name of the model's."""
    if fold(text[start:end].rsplit(None, 1)[-1]) not in _HEAD_WORDS:
        return False
    if table.DATE_WORD_RE.match(text, after.start("name")):
        return False
    over = index.overlapping(*after.span("name"))
    return bool(over) and all(spans[j][1] in _NAME_PART_LABELS for j in over)


def _person_in(spans: Sequence[Span], index: SpanIndex, start: int, end: int) -> bool:
    """Does a person's span of the model overlap [start, end)? ("the Social Democrats of" +
    "Lars Klingbeil": the party's leader, not its name)."""
    return any(spans[j][1] == "PERSON" for j in index.overlapping(start, end))


def _topic_tail_end(
    text: str, spans: Sequence[Span], index: SpanIndex, start: int, end: int
) -> int | None:
    """Where an organization's span [start, end) ending with a topic goes on over "and" and
    the topic's second half; None when it does not."""
    topic = table.TOPIC_RE.search(text, start, end)
    tail = table.TOPIC_AND_RE.match(text, end)
    if topic is None or tail is None:
        return None
    places = gazetteer()
    if places.country(topic["topic"]) is not None or places.region(topic["topic"]) is not None:
        return None  # "the Bank of England and Treasury officials"
    words = tail["tail"].split()
    if any(fold(w) in rules.NOT_NAME_WORDS for w in words) or words[-1] in _BODY_HEADS:
        return None  # "and Foreign Office": a body of its own
    if text.startswith(("'s", "’s"), tail.end()):
        return None
    over = index.overlapping(*tail.span("tail"))
    if any(not _portfolio_alone(spans[j], index.located[j], tail.span("tail")) for j in over):
        return None  # "the Department of Education and Vanguard": a name the model read
    return tail.end()


def _portfolio_alone(span: Span, where: tuple[int, int] | None, tail: tuple[int, int]) -> bool:
    """Is the model's span exactly the topic's second half, and a portfolio's words only
    ("and" + "Housing" read as a body)? A portfolio alone names no body: it is the ministry's."""
    return where == tail and set(fold(span[0]).split()) <= rules.PORTFOLIO_WORDS


def long_name_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with organizations' long names read to their end (module docstring)."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for i, span in enumerate(spans):
        where = index.located[i]
        if where is None or span[1] != "ORG" or i in dropped:
            continue
        start, end = where
        stop = None
        if (dangling := table.DANGLING_CONNECTOR_RE.search(text, start, end)) and _ends_with_head(
            text, start, dangling.start()
        ):
            after = table.NAME_AFTER_CONNECTOR_RE.match(text, end)
            stop = after.end() if after and not _person_in(spans, index, *after.span()) else None
        elif (after := table.CONNECTOR_NAME_AFTER_RE.match(text, end)) and _names_after_head(
            text, spans, index, start, end, after
        ):
            stop = after.end()
        elif (more := table.BODY_CONTINUATION_RE.match(text, end)) and (
            more["words"] or more["topic"]
        ):
            if fold(text[start:end].rsplit(None, 1)[-1]) in table.WHOLE_OWNER_HEADS:
                start = more.start("words")  # "the Columbus Police Department" + its unit
            stop = more.end()
        else:
            stop = _topic_tail_end(text, spans, index, start, end)
        found = _extended(text, spans, index, i, start, stop) if stop else None
        if found is not None:
            dropped |= found[0] if start == where[0] else found[0] - {i}
            added.append(found[1])
    return replaced(spans, dropped, added) if added else list(spans)


def _sold_to(text: str, where: tuple[int, int]) -> re.Match[str] | None:
    """Two organizations joined by "to", the second a company's name ("Hipcricket to Augme
    Technologies")."""
    pair = table.SOLD_TO_ORGS_RE.fullmatch(text, *where)
    if pair is None or fold(pair["b"].split()[-1]) not in table.COMPANY_AFTER_TO_WORDS:
        return None
    return pair


def coordinated_org_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """Organizations' spans that hold two organizations joined by "and" or "to", made two."""
    dropped: set[int] = set()
    added: list[Span] = []
    for i, span in enumerate(spans):
        where = locate(text, span) if span[1] == "ORG" else None
        if where is not None and (sold := _sold_to(text, where)) is not None:
            dropped.add(i)
            added += [(sold[part], "ORG", *sold.span(part)) for part in ("a", "b")]
            continue
        pair = table.COORDINATED_ORGS_RE.fullmatch(text, *where) if where else None
        if pair is None or fold(pair["a"].split()[-1]) not in rules.NAME_HEADS:
            continue
        last = fold(pair["b"].split()[-1])
        if last in rules.NAME_HEADS and last != fold(pair["a"].split()[-1]):
            continue  # "Australian Securities and Investments Commission"
        dropped.add(i)
        added += [(pair[part], "ORG", *pair.span(part)) for part in ("a", "b")]
    return replaced(spans, dropped, added) if added else list(spans)


def street_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with streets made places: one labelled as no entity after a word of
    place, and one after a house number (where the model's spans lie inside the address, the
    number with it, or none: "4410 E. County Road" read as a percentage)."""
    out = list(spans)
    for i, (surface, label, start, end) in enumerate(spans):
        words = surface.split()
        if (
            label in table.NOT_ENTITY_LABELS
            and len(words) >= 2
            and all(w[:1].isupper() for w in words)
            and fold(words[-1]) in rules.STREET_TYPES
            and table.PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, start - 12), start)
        ):
            out[i] = (surface, "FAC", start, end)
    index = SpanIndex(text, out)
    dropped: set[int] = set()
    added: list[Span] = []
    for address in table.ADDRESS_STREET_RE.finditer(text):
        start, end = address.span("street")
        inside = index.inside(address.start(), end)  # the house number's span gives way too
        if inside is not None and not (dropped & set(inside)):
            dropped.update(inside)
            added.append((address["street"], "FAC", start, end))
    return replaced(out, dropped, added) if added else out
