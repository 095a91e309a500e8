"""An organization the alias table does not know, named only outside the article's sentences
(in its headline, subheadings, captions, credits, list items or teasers) and never written in
its prose: no entity, unless its name has an organization's shape.

Why: the model reads a span by the few words around it, and a line that is no sentence gives it
none of the cues prose gives ("said", "at", "the ... of"); in Title Case every capitalised phrase
looks like a name. A heading's "Interior and Technology" or a deal's "ESPN+ Package and Save"
come out as organizations. A real organization an article is about is written in its prose too
(where the model may miss it: "Rio Tinto (LSE: RIO) gained 3.8%"); one written only in a caption
or a list is kept when a cue credits it ("Image credit: Getty", `tasks.entities.attribution`;
"AP Photo/Lindsey Wasson"; "Ethan Miller/Getty Images", `tasks.entities.photo_credits`), a
ticker follows it ("Tarvik Mining (TVM) +4.0%"), it is a person's affiliation in brackets
("Tom King (Wolverhampton Wanderers)", `tasks.entities.affiliations`) or its name says what it
is: letters in capitals ("[CNBC]", "FLOS") or a last word that names bodies ("... University",
"... Corp", `rules.ORG_SUFFIXES` and `rules.GENERIC_NAME_HEADS`).
Known names (the alias table) and places are never dropped here.

A person the model finds in a word standing alone on a body line, named nowhere else and never
written in the prose, is no one either: a section's label ("Specs", "Verdict") reads as a name
to the model, and so does a label ending with a section's word ("Planting Tips", "Stray
Observations"). A person an article is about is written in its prose, and one named in a caption
or a byline alone is named by two words; a photo credit still credits one. A one-word "person"
in a list's line or a subheading stays: often a team or a place the model mistyped ("Aphelele
Fassi (Sharks)"), or a person indeed.

On a page of labels, a "person" named only in its labels is no one either: listicles, how-to
and personal-finance guides, explainers, reviews and campaign copy set their subheadings, list
items, rulings and slogans on lines of their own in title case ("Good Jobs", "Peanut Butter",
"Fact Checker", "Kind of Scary, but Necessary"), and the model reads a capitalised pair of
common words as a name. Where the body has several such label lines and most of them hold no
name, or hold a word the text also writes in lowercase ("Warm Homes" beside "homes"), the
labels are of common words, and a person found only there is one of them. A list of people
("Jane Park" / "Omar Diaz" / ...) names someone on most of its lines and stays, and so do a
byline ("By Orla Finch") and a caption's person on a page of few labels.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence, Set

from tasks import entity_rules as rules
from tasks.entities.affiliations import bracketed_after_name
from tasks.entities.attribution import credited_names
from tasks.entities.mentions import Mention, line_bounds
from tasks.entities.photo_credits import credited_sides
from tasks.entity_rules import sentences as line_rules
from tasks.names import Word, words


def sentence_lines(text: str) -> tuple[list[int], list[bool]]:
    """The start of each line of the text, and whether that line is a sentence's end."""
    bounds = list(line_bounds(text))
    ends = [
        line_rules.SENTENCE_LINE_END_RE.search(text, start, end) is not None
        for start, end in bounds
    ]
    return [start for start, _ in bounds], ends


def _token(text: str, word: Word) -> str:
    """A word as the prose test compares it: folded ("Corvant's" is "corvant"), with whether
    it is written with a capital kept ("Interior and Technology" is not "interior and
    technology")."""
    return word.key if text[word.start].isupper() else "~" + word.key


def _written(
    text: str, text_words: Sequence[Word], starts: Sequence[int], is_sentence: Sequence[bool]
) -> Callable[[str], bool]:
    """A test of whether a surface is written in the text's sentence lines, word for word (the
    first `line_rules.WRITTEN_MAX_WORDS` of its words). The prose's runs of words are collected
    once for each length asked about: a pass over the prose per length, never per surface."""
    prose = [_token(text, w) for w in text_words if is_sentence[bisect_right(starts, w.start) - 1]]
    runs: dict[int, set[tuple[str, ...]]] = {}

    def written(surface: str) -> bool:
        run = tuple(_token(surface, w) for w in words(surface))[: line_rules.WRITTEN_MAX_WORDS]
        if not run:
            return False
        if len(run) not in runs:
            n = len(run)
            runs[n] = {tuple(prose[i : i + n]) for i in range(len(prose) - n + 1)}
        return run in runs[len(run)]

    return written


# Last words that say a name is an organization's: legal forms and the heads of bodies' names.
_BODY_WORDS = rules.ORG_SUFFIXES | rules.GENERIC_NAME_HEADS


def _organization_shape(name: str, surfaces: Sequence[str]) -> bool:
    """Capitals only in every form, or a last word that names bodies."""
    parts = name.lower().split()
    return all(s.isupper() for s in surfaces) or (bool(parts) and parts[-1] in _BODY_WORDS)


def _credited(text: str, m: Mention, credited: Sequence[tuple[int, int]]) -> bool:
    """Is the mention a name a cue or a photo credit credits, or a listed company's? `credited`
    are the names the cues credit, in text order."""
    at = bisect_right(credited, (m.start, len(text))) - 1
    if at >= 0 and credited[at][0] <= m.start < credited[at][1]:
        return True
    before = text[max(0, m.start - line_rules.CREDIT_LOOKBEHIND) : m.start]
    return (
        line_rules.PHOTO_CREDIT_BEFORE_RE.search(before) is not None
        or line_rules.TICKER_AFTER_RE.match(text, m.end) is not None
        or bracketed_after_name(text, m.start, m.end)
    )


def _alone_on_its_line(text: str, m: Mention, starts: Sequence[int]) -> bool:
    """Is the mention the only word of a body line, a "the" before it aside ("Specs",
    "Verdict:", "The Verdict", "– Ali")? Not the headline's: a headline may name a person by
    the surname alone where a shortened body does not name them again."""
    line = bisect_right(starts, m.start) - 1
    line_end = text.find("\n", m.end)
    keys = [w.key for w in words(text[starts[line] : len(text) if line_end < 0 else line_end])]
    if keys[:1] == ["the"]:
        keys = keys[1:]  # "The Verdict"
    return line > 0 and len(keys) == 1


def _label_words(line: str) -> list[str] | None:
    """The folded major words of a label line (a line that is no sentence): a few words, every
    major one capitalised ("Good Jobs", "Kind of Scary, but Necessary", "Max Out Tax-Advantaged
    Accounts"); None for any other line."""
    major = [
        w
        for w in words(line)
        if w.key not in rules.TITLE_CASE_MINOR_WORDS and not line[w.start].isdigit()
    ]
    if not 0 < len(major) <= line_rules.LABEL_MAX_WORDS:
        return None
    return [w.key for w in major] if all(line[w.start].isupper() for w in major) else None


def _common_labels(
    text: str,
    text_words: Sequence[Word],
    starts: Sequence[int],
    is_sentence: Sequence[bool],
    names: Sequence[Mention],
) -> frozenset[int]:
    """The indices of the body's label lines when the text is a page of labels of common
    words: `line_rules.LABEL_PAGE_MIN_LINES` of them or more, most of them common, holding none
    of the `names` or a word the text also writes in lowercase ("Warm Homes" beside "homes");
    else none. The headline, line 0, is no label."""
    labels: dict[int, list[str]] = {}
    for i in range(1, len(starts)):
        if not is_sentence[i]:
            end = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
            if (keys := _label_words(text[starts[i] : end])) is not None:
                labels[i] = keys
    if len(labels) < line_rules.LABEL_PAGE_MIN_LINES:
        return frozenset()
    named = {bisect_right(starts, m.start) - 1 for m in names}
    lowercase = {w.key for w in text_words if text[w.start].islower()}
    common = sum(i not in named or not lowercase.isdisjoint(keys) for i, keys in labels.items())
    if 2 * common <= len(labels):
        return frozenset()  # a list of names: "Imani Varga" / "Tobias Quill" / ...
    return frozenset(labels)


def _asked_about(
    group: Sequence[Mention], text: str, starts: Sequence[int], labels: Callable[[], Set[int]]
) -> bool:
    """Is the group of one id an organization, a person written by one word alone on its
    line each time, a "person" named as a section's label ("Planting Tips"), or one named only
    in the label lines of a page of common labels (`labels`, read when first asked)? (A
    one-word "person" in a list's line, "Fassi (Sharks)", or in a subheading is kept
    otherwise: often a team or a place the model mistyped, or a person indeed.)"""
    canonical = group[0].entity
    if canonical is None:
        return False
    if canonical.type == "ORG":
        return True
    return canonical.type == "PERSON" and (
        all(_alone_on_its_line(text, m, starts) for m in group)
        or canonical.name.lower().split()[-1] in line_rules.SECTION_LABEL_WORDS
        or all(_in_a_label(text, m, starts, labels) for m in group)
    )


def _in_a_label(
    text: str, m: Mention, starts: Sequence[int], labels: Callable[[], Set[int]]
) -> bool:
    """Is the mention on a label line of a page of common labels, and no byline's name ("By
    Orla Finch")?"""
    line = bisect_right(starts, m.start) - 1
    return line_rules.BYLINE_BEFORE_RE.match(text[starts[line] : m.start]) is None and (
        line in labels()
    )


def without_unsentenced_names(
    text: str,
    text_words: Sequence[Word],
    mentions: list[Mention],
    unknown: Set[str],
    table_names: Set[tuple[int, int]] = frozenset(),
) -> list[Mention]:
    """The mentions left once organizations and one-word people of the `unknown` ids (those
    the alias table does not know) named only outside sentences are dropped (see the module
    docstring). Runs after the ids are given: it reads each group's voted type. A name filling
    a cell of a table's column of names (`table_names`) counts as written in prose."""
    starts, is_sentence = sentence_lines(text)
    in_prose: set[str] = set()
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        assert m.entity is not None
        groups.setdefault(m.entity.entity_id, []).append(m)
        if is_sentence[bisect_right(starts, m.start) - 1] or (m.start, m.end) in table_names:
            in_prose.add(m.entity.entity_id)
    page_labels: list[frozenset[int]] = []

    def labels() -> frozenset[int]:
        if not page_labels:
            # a name: a person, or one the alias table knows or the prose writes; an unknown
            # organization or place read only in the labels ("Clean Air") is a label's words
            names = [
                m
                for m in mentions
                if m.entity is not None
                and (
                    m.entity.type == "PERSON"
                    or m.entity.entity_id not in unknown
                    or m.entity.entity_id in in_prose
                )
            ]
            page_labels.append(_common_labels(text, text_words, starts, is_sentence, names))
        return page_labels[0]

    candidates = [
        group
        for entity_id, group in groups.items()
        if entity_id in unknown
        and entity_id not in in_prose
        and _asked_about(group, text, starts, labels)
    ]
    if not candidates:
        return mentions
    written = _written(text, text_words, starts, is_sentence)
    credited = sorted(credited_names(text) + credited_sides(text))
    dropped = set()
    for group in candidates:
        canonical = group[0].entity
        assert canonical is not None
        surfaces = [m.surface(text) for m in group]
        shaped = canonical.type == "ORG" and _organization_shape(canonical.name, surfaces)
        if shaped or any(written(s) for s in surfaces):
            continue
        if not any(_credited(text, m, credited) for m in group):
            dropped.add(canonical.entity_id)
    return [m for m in mentions if m.entity is None or m.entity.entity_id not in dropped]
