"""Sources a report is credited to: "according to The Wrap", "told Gizmodo", "image credit: Getty".

Why: news names its sources after a handful of fixed words, and the small model reads those
names worst of all: a publication it has never seen is no entity ("told Ruptly"), a work of art
("the journal Nature Astronomy"), a product, a person ("BMJ Case Reports" -> "Case Reports"), or
an organization cut short ("The Hollywood" of "The Hollywood Reporter"). The words after the cue
say what the name is, so the cue corrects the model's spans there before anything else reads
them. A person or a place the model found after "according to" or "told" stands: "according to
Smith", "told US officials". A name right before "reported" is credited the same way ("Inverse
reported last month that ..."), but only where the model read nothing there: the verb has
people and places for subjects too, so it adds a missed source and corrects nothing the model
read. The cues and labels are data in `tasks.entity_rules`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tasks import entity_rules as rules
from tasks.entities.mentions import Span, SpanIndex
from tasks.names import fold_words


def _cue_kind(cue: str) -> str:
    """A cue folded for `PUBLICATION_CUES`: lowercase, without "originally", "the" or colon."""
    folded = cue.lower().rstrip(":")
    for lead in ("originally ", "the "):
        folded = folded.removeprefix(lead)
    return folded


def _credited_groups(text: str) -> Iterator[tuple[list[tuple[int, int]], bool]]:
    """The names each cue credits ("The Wrap and Deadline" are two), and whether the cue is a
    publication cue."""
    for cue in rules.ATTRIBUTION_CUE_RE.finditer(text):
        kind = _cue_kind(cue["cue"])
        publication = (
            kind in rules.PUBLICATION_CUES
            or rules.PUBLICATION_NOUN_CUE_RE.fullmatch(kind) is not None
        )
        names: list[tuple[int, int]] = []
        at = cue.end()
        while (name := rules.ATTRIBUTION_NAME_RE.match(text, at)) is not None:
            web = rules.ATTRIBUTION_WEB_TAIL_RE.match(text, name.end()) is not None
            if not web and len(name.group().split()) <= rules.ATTRIBUTION_MAX_WORDS:
                names.append(name.span())
            joined = rules.ATTRIBUTION_AND_RE.match(text, name.end())
            if joined is None:
                break
            at = joined.end()
        if names:
            yield names, publication


def credited_names(text: str) -> list[tuple[int, int]]:
    """Where the names the cues credit stand in the text ("Image credit: Getty")."""
    return [name for names, _ in _credited_groups(text) for name in names]


def _objection(
    spans: Sequence[Span],
    index: SpanIndex,
    name: tuple[int, int],
    group: tuple[int, int],
    publication: bool,
) -> tuple[int | None, list[int]]:
    """Where a model span that must stand begins inside `name` (None: no such span), and the
    spans inside the name that the cue overrules. A span crossing the cue's `group` of names
    stands at the name's start; one inside the group but beside the name is no concern."""
    inside: list[int] = []
    for i in index.overlapping(*name):
        span, where = spans[i], index.located[i]
        assert where is not None  # the index holds located spans only
        crosses = where[0] < group[0] or group[1] < where[1]
        misread = rules.NUMBER_LIKE_NAME_RE.fullmatch(span[0]) is not None  # "9to5Mac"
        if crosses or (span[1] in rules.NOT_NAME_LABELS and not misread):
            return name[0], []
        overruled = span[1] in rules.OVERRULED_LABELS or misread
        if span[1] in rules.PLACE_IN_NAME_LABELS and where[1] < name[1]:
            overruled = True  # "Hollywood" of "told The Hollywood Reporter"
        if not publication and not overruled:
            return max(where[0], name[0]), []
        inside.append(i)
    return None, inside


def credited_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The model's spans with each credited source made one ORG span: spans inside the name
    that the cue overrules are replaced, a missing one is added. A name the model reads as a
    number or a date, or that a span crosses, is left as the model has it; so is a person or
    place inside it, except that "the Argus Leader of Sioux Falls" is cut before its "of" when
    the place follows it."""
    index = SpanIndex(text, spans)
    dropped: set[int] = set()
    added: list[Span] = []
    for names, publication in _credited_groups(text):
        group = (names[0][0], names[-1][1])
        for name in names:
            standing, inside = _objection(spans, index, name, group, publication)
            of = text.find(" of ", name[0], name[1])
            if standing is not None and of > name[0] and standing > of:
                name = (name[0], of)
                standing, inside = _objection(spans, index, name, group, publication)
            if standing is None:
                dropped.update(inside)
                added.append((text[name[0] : name[1]], "ORG", name[0], name[1]))
    added.extend(_reporting_subjects(text, spans, index))
    if not added:
        return list(spans)
    kept = [s for i, s in enumerate(spans) if i not in dropped]
    return sorted(kept + added, key=lambda s: (s[2], s[3]))


def _reporting_subjects(text: str, spans: Sequence[Span], index: SpanIndex) -> Iterator[Span]:
    """An ORG span for each name written right before "reported" where the model read nothing
    ("Inverse reported"), unless it is a pronoun, a plural, a collective noun or a word of a
    person the text names."""
    people: set[str] | None = None
    for found in rules.REPORTING_SUBJECT_RE.finditer(text):
        start, end = found.span("name")
        name = found["name"]
        one_word = " " not in name
        if index.overlapping(start, end) or (
            one_word
            and (
                name.lower() in rules.REPORTING_NOT_NAMES
                or rules.REPORTING_PLURAL_RE.search(name) is not None
            )
        ):
            continue
        if people is None:
            people = {w for span in spans if span[1] == "PERSON" for w in fold_words(span[0])}
        if people.isdisjoint(fold_words(name)):
            yield (name, "ORG", start, end)
