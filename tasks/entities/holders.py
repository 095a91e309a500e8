"""An office's holder the model runs into the office's place or body ("Chief Minister of
Gandaki Province Surendra Raj Pandey", "Leader of Opposition in the Assembly Umang Singhar"),
and an office's title the model runs into the place or body before the holder ("Montgomery
County Prosecutor" + "Mat Heck", "Tarvik Mining CEO" + "Dana Osk").

Why: papers in South Asia and Africa write the office, "of" its place or body, then the
holder's name with no comma; the model reads one place or organization, and both the place and
the person are lost. After a title and "of"/"in" (`titles`), a span whose words run to a body's
or a place's head word ("Province", "Assembly") and then hold a full name of two to four
capitalised words is the place or body (the model's label) and the holder (a person).
Everywhere, "<place or body> <title> <name>" is written with no comma; when the model ends the
place's or body's span with the title, the name "Montgomery County Prosecutor" names no one:
the title is the person's role (`roles`), the rest the place or body. So when the span ends
inside the title, the rest unread ("National Treasury Cabinet" + " Secretary" + "Kiprono
Lagat", Kenya's ministers): the title's first word is no part of the body.

The model also ends a place's span inside the title that follows it: "UK Home" + "Secretary",
"Nigeria Information" + "Minister". A portfolio's words (`rules.PORTFOLIO_WORDS`) ending a
span, right before a title word (`rules.PORTFOLIO_TITLE_AFTER_RE`), are the title's: the span
is cut before them, and the place or body before them stays (with the model's label).

Two cuts of a span that ends inside a title, kept apart because each reads what the other
cannot: `titled_body_spans` knows every title (`roles`) but only trusts one with a person's
span right after it ("Harris County Sheriff" + "Ed Gonzalez"; "the Tarvik Mining CEO Forum"
is a name); `portfolio_tail_spans` needs no person ("UK Home" + " Secretary said"), so it
trusts only the portfolios' closed list before a title word in capitals. Where both could
fire ("National Treasury Cabinet" + " Secretary " + "Kiprono Lagat"), `titled_body_spans` runs
first (`resolve`) and cuts before the title. Both cut the same way (`_cut_before`): the words
before the cut stay, with the model's label, only while a capitalised word is among them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from tasks import entity_rules as rules
from tasks.entities.mentions import Span, locate
from tasks.entities.roles import TitlePatterns, title_alternation
from tasks.names import fold

# How far before the "of"/"in" a title may end ("Leader of Opposition in the Assembly ...").
HOLDER_TITLE_WINDOW = 40
# What may stand between a body's span and its holder's: nothing but space, or the rest of a
# title the span ends inside ("National Treasury Cabinet" + " Secretary " + "Kiprono Lagat").
TITLE_REST_RE = re.compile(r"\s*|[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?[ \t]+")


@functools.lru_cache(maxsize=8)
def _after_title_re(titles: tuple[str, ...]) -> re.Pattern[str]:
    alt = title_alternation(titles)
    return re.compile(rf"(?i:(?<!\w)(?:{alt}))\b[^.;:\n]*?\b(?:of|in)\s+(?:the\s+)?\Z")


def holder_spans(text: str, spans: Sequence[Span], titles: Sequence[str]) -> list[Span]:
    """The model's spans, each office's place or body run into its holder's name cut in two:
    the place or body with the model's label, the holder as a person."""
    after_title = _after_title_re(tuple(titles))
    result: list[Span] = []
    for span in spans:
        where = locate(text, span)
        cut = _holder_start(text, where) if where and span[1] != "PERSON" else None
        if where is None or cut is None:
            result.append(span)
            continue
        start, end = where
        if not after_title.search(text, max(0, start - HOLDER_TITLE_WINDOW), start):
            result.append(span)
            continue
        owner_end = cut - 1  # the space before the name
        result.append((text[start:owner_end], span[1], start, owner_end))
        result.append((text[cut:end], "PERSON", cut, end))
    return result


def _holder_start(text: str, where: tuple[int, int]) -> int | None:
    """Where a full name starts after the span's last head word, if the span ends with one."""
    start, end = where
    parts = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[start:end])]
    low, high = rules.INNER_TITLE_NAME_WORDS
    for i, (_, word) in enumerate(parts[:-1]):
        if fold(word) not in rules.NAME_HEADS or not low <= len(parts) - i - 1 <= high:
            continue  # counted before the rest is copied: a long span's words are read once
        rest = parts[i + 1 :]
        if i == 0 and fold(word) in rules.TITLE_CASE_MINOR_WORDS:
            continue
        names = [w for _, w in rest]
        if all(w[:1].isupper() and w.isalpha() for w in names) and rules.NAME_HEADS.isdisjoint(
            fold(w) for w in names
        ):
            return start + rest[0][0]
    return None


def portfolio_tail_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans, each place or body span that ends with a portfolio's words right
    before a title ("UK Home" + " Secretary") cut before the portfolio. A span that is all
    portfolio words is left to `tasks.entities.candidates` ("Labour" + " Minister" names no
    party)."""
    result: list[Span] = []
    for span in spans:
        cut = _portfolio_start(span[0]) if span[1] != "PERSON" else None
        if cut is not None and rules.PORTFOLIO_TITLE_AFTER_RE.match(text, span[3]):
            result.append(_cut_before(text, span, cut) or span)
        else:
            result.append(span)
    return result


def _portfolio_start(surface: str) -> int | None:
    """Where the portfolio's words that end the span start, when the word before them is no
    capitalised portfolio word (`_cut_before` asks for a capitalised word before them)."""
    words = list(re.finditer(r"\S+", surface))
    cut = None
    for word in reversed(words[1:]):
        written = word.group()
        if fold(written) not in rules.PORTFOLIO_WORDS:
            break
        if written[:1].isupper():
            cut = word.start()  # "and" joins two portfolios ("Trade and Industry"), no cut there
        elif written != "and":
            break
    if cut is None:
        return None
    before = surface[:cut].split()
    if fold(before[-1]) in rules.PORTFOLIO_WORDS and before[-1][:1].isupper():
        return None
    return cut


def titled_body_spans(text: str, spans: Sequence[Span], titles: TitlePatterns) -> list[Span]:
    """The model's spans, each place or body span that ends with a title right before a
    person's span ("Harris County Sheriff" + "Ed Gonzalez") cut before the title; a span that
    is only a title is left to the steps that read titles."""
    ordered = sorted(spans, key=lambda s: (s[2], s[3]))
    result: list[Span] = []
    for i, span in enumerate(ordered):
        surface, label, start, end = span
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        person_next = (
            after is not None
            and after[1] == "PERSON"
            and TITLE_REST_RE.fullmatch(text, end, after[2]) is not None
        )
        # the title may run on past the span: "National Treasury Cabinet" + " Secretary "
        written = text[start : after[2]] if after is not None and person_next else surface
        title = titles.before.search(written) if person_next and label != "PERSON" else None
        if title and _title_starts_inside(surface, title):
            result.append(_cut_before(text, span, title.start()) or span)
        else:
            result.append(span)
    return result


def _cut_before(text: str, span: Span, cut: int) -> Span | None:
    """The span's words before `cut` (an offset in its surface), with the model's label, when
    the span is where the text has it and a capitalised word is left ("UK", "Harris County");
    None when nothing that may name a place or body would be left ("the" + " Home Secretary")."""
    surface, label, start, end = span
    owner = surface[:cut].rstrip()
    if text[start:end] != surface or not any(w[:1].isupper() for w in owner.split()):
        return None
    return (owner, label, start, start + len(owner))


def _title_starts_inside(surface: str, title: re.Match[str]) -> bool:
    """Does the title start inside the span's surface? When it runs on past the span, only if
    the words inside are no body's head: "Indiana House" + " Speaker " is the chamber whole
    ("House Speaker" is a title too), "National Treasury Cabinet" + " Secretary " is not."""
    if title.start() >= len(surface):
        return False
    inside = surface[title.start() :].split()
    runs_on = title.end("title") > len(surface)
    return not runs_on or not any(fold(word) in rules.NAME_HEADS for word in inside)
