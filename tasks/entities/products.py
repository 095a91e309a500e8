"""Products, jargon and subheadings of reviews, deals and gift guides: what such copy writes in
capitals that names no one.

Why apart: a deals page or a review names dozens of products ("Switch Lite", "Magic Keyboard",
"the Founder's Edition"), specifications in capitals ("an IPS panel", "RGB lighting") and
subheadings in Title Case ("Stadia's Current Roster Of Games"); the model tags most of them as
organizations or people. The cues are in how publishers write these names, kept as data in
`tasks.entity_rules.products`; the maker or seller named on its own stays an entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from itertools import pairwise

from tasks.entity_rules import NAME_HEADS, ORG_SUFFIXES, TITLE_CASE_MINOR_WORDS
from tasks.entity_rules import products as rules
from tasks.entity_rules.makers import MODEL_WORDS
from tasks.names import fold

# A product's line: up to three capitalised words before an edition word, with no capitalised
# word or number after it ("Nintendo Switch Lite" -> "Nintendo Switch"; "Apple Watch Series 3"
# names no line, its name goes on).
_EDITION_LINE_RE = re.compile(
    r"(?<![\w-])(?P<line>[A-Z][\w-]*(?:[ \t]+[A-Z0-9][\w-]*){0,2})[ \t]+(?:"
    + "|".join(sorted(w.capitalize() for w in rules.PRODUCT_EDITION_WORDS))
    + r")\b(?![ \t]+[A-Z0-9])"
)


def jargon_acronym(key: str, surface: str) -> bool:
    """A common noun written as an acronym ("IPS", "RGB", "CPM"): one of
    `rules.JARGON_ACRONYMS`, not written as a one-word name in Title Case ("Nas")."""
    return key in rules.JARGON_ACRONYMS and not (" " not in surface and surface.istitle())


def named_as_product(key: str) -> bool:
    """A name of several words ending with an edition word ("Switch Lite", "Founder's Edition")
    or a device's noun ("Magic Keyboard", "Wall Charger")."""
    parts = key.split()
    return len(parts) > 1 and (
        parts[-1] in rules.PRODUCT_EDITION_WORDS or parts[-1] in rules.PRODUCT_NAME_HEADS
    )


def edition_lines(text: str) -> frozenset[str]:
    """Folded names of two words or more written before an edition word, and each name's
    tails ("Nintendo Switch Lite": "nintendo switch", "switch"). Never the first word alone, the
    maker, nor a single word before the edition's ("Facebook Lite" keeps Facebook)."""
    lines: set[str] = set()
    for found in _EDITION_LINE_RE.finditer(text):
        parts = fold(found["line"]).split()
        if len(parts) > 1:
            lines.update(" ".join(parts[i:]) for i in range(len(parts)))
    return frozenset(lines)


def reviewed_names(text: str) -> frozenset[str]:
    """The folded name a review's headline reviews, when a model's number, code or word says
    it is a product ("Lumo Arc 5 review: ...", "16-inch MacBook Pro review: ..."), and its
    tails after the first word ("arc 5": the maker alone is never one); empty for other
    headlines (`rules.REVIEW_HEADLINE_RE`). Arts pages review performers the same way ("Nick
    Cave and the Bad Seeds review - ..."), so a name without such a cue is left alone."""
    found = rules.REVIEW_HEADLINE_RE.match(text)
    if found is None:
        return frozenset()
    parts = fold(found["name"] or found["name2"]).split()
    if len(parts) < 2 or parts[-1] in NAME_HEADS or parts[-1] in ORG_SUFFIXES:
        return frozenset()  # "Met Office review: ..."
    if not any(any(c.isdigit() for c in part) or part in MODEL_WORDS for part in parts):
        return frozenset()  # "Taylor Swift review - ..."
    return frozenset(" ".join(parts[i:]) for i in range(len(parts) - 1)) | {parts[-1]}


def subheadings(text: str) -> Iterator[tuple[int, int]]:
    """Where the body's subheadings stand: lines after the first of a few words, nearly all
    major ones capitalised and a function word too ("Of", not a state's "IN"), not ending with a
    full stop nor opening with a date or a number (`rules.SUBHEADING_*`)."""
    first_end = text.find("\n")
    if first_end < 0:
        return
    pos = first_end + 1
    for line in text[pos:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        tokens = line.split()
        if not rules.SUBHEADING_MIN_WORDS <= len(tokens) <= rules.SUBHEADING_MAX_WORDS:
            continue
        if not rules.SUBHEADING_END_RE.search(line):
            continue
        major = [
            t
            for t in tokens
            if t[:1].isalpha() and t.lower().strip(".,:;!?'’") not in TITLE_CASE_MINOR_WORDS
        ]
        capitalised = sum(t[:1].isupper() for t in major)
        if tokens[0][:1].isdigit() or rules.DATE_RE.match(line.lstrip()):
            continue  # a list of dates: "Aug. 3 -- The Forum, Los Angeles, CA"
        styled = any(
            (word := t.strip(".,:;!?")) == word.capitalize()
            and word.lower() in rules.SUBHEADING_FUNCTION_WORDS
            for t in tokens[1:]
        )
        if (
            styled
            and len(major) >= rules.SUBHEADING_MIN_WORDS
            and (capitalised >= rules.SUBHEADING_CAPITALISED_SHARE * len(major))
        ):
            yield start, start + len(line)


def defined_for_no_one(local: Mapping[str, str]) -> set[str]:
    """Acronyms the article defines (`local`: acronym key -> long key) for a product, a prize
    or a programme ("the Ultimate Collector Series (UCS)", "DACA (Deferred Action for
    Childhood Arrivals)"): the acronym names no one, nor does the long name. Keys are folded,
    so no surface is given: a folded key is never written as a date."""
    return {
        key
        for key, long_key in local.items()
        if named_as_product(long_key) or no_one_named(key, "") or no_one_named(long_key, "")
    }


def no_one_named(key: str, surface: str) -> bool:
    """A prize ("the Harlow Fiction Prize", "the Women's Prize for Fiction"), a date ("July
    25"), a public programme ("Medicare", "Medicare Advantage"), a technical standard ("Dolby
    Atmos", "Wi-Fi 6E") or a deal post's offer or guide ("Pokemon Bundle", "Gift Guides") the
    model read as a name."""
    parts = key.split()
    return (
        (len(parts) > 1 and parts[-1] in rules.AWARD_HEADS)
        or any(
            head in rules.AWARD_HEADS and after in rules.AWARD_SUBJECT_WORDS
            for head, after in pairwise(parts[1:])
        )
        or rules.DATE_RE.fullmatch(surface) is not None
        or key in rules.PUBLIC_PROGRAMMES
        or technical_standard(parts)
        or (len(parts) > 1 and parts[-1] in rules.DEAL_HEADS)
        or (
            len(parts) > 1
            and parts[-1] in rules.GUIDE_HEADS
            and parts[-2] in rules.SHOPPING_GUIDE_WORDS
        )
    )


def technical_standard(parts: Sequence[str]) -> bool:
    """Are the folded words a standard's name (`rules.TECHNICAL_STANDARDS`), perhaps with its
    version after it ("wi fi 6e", "dolby vision iq")?"""
    return any(
        " ".join(parts[:i]) in rules.TECHNICAL_STANDARDS
        and all(rules.STANDARD_VERSION_RE.fullmatch(p) for p in parts[i:])
        for i in range(1, len(parts) + 1)
    )
