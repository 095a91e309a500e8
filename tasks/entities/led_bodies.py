"""A body named with the leader whose term it serves: "the Trump White House", "the Obama
Justice Department", "the Biden State Department" are the leader and the body.

Why: US political copy names an administration's institutions this way, and the model reads
one organization ("Obama Justice Department"), which names no body of its own: the body
the alias table knows was lost, and the leader too. A span opening with a person's name (one
the alias table knows as a person, or the last word of a person the model reads in the same
article) followed by the whole of an organization's name the table knows is cut in two: the
person and the organization. A name that merely opens with a person's ("the Clinton
Foundation", "Reagan National Airport") is no known organization after the person's name, and
stays whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entities.aliases import AliasTable
from tasks.entities.mentions import Span
from tasks.entity_rules import led_bodies as rules
from tasks.names import fold


def _people(spans: Sequence[Span]) -> frozenset[str]:
    """The folded last words of the people the model reads ("obama" of "Barack Obama")."""
    return frozenset(
        fold(surface.split()[-1]) for surface, label, _, _ in spans if label == "PERSON"
    )


def led_body_spans(text: str, spans: Sequence[Span], table: AliasTable) -> list[Span]:
    """The model's spans, each "<leader> <body the table knows>" cut into a person's span and
    an organization's."""
    people = _people(spans)
    result: list[Span] = []
    for span in spans:
        surface, label, start, end = span
        cut = None
        if label in rules.BODY_LABELS and text[start:end] == surface:
            cut = _body_start(surface, table, people)
        if cut is None:
            result.append(span)
            continue
        leader_at, body_at = cut
        leader = surface[leader_at:body_at].rstrip()
        result.append((leader, "PERSON", start + leader_at, start + leader_at + len(leader)))
        result.append((surface[body_at:], "ORG", start + body_at, end))
    return result


def _body_start(surface: str, table: AliasTable, people: frozenset[str]) -> tuple[int, int] | None:
    """Where the leader's name (one or two words, after a leading "the") and the known
    organization after it start."""
    found = list(rules.WORD_RE.finditer(surface))
    if found and found[0].group() in rules.ARTICLES:
        found = found[1:]
    words = [m.start() for m in found]
    for k in range(1, min(rules.MAX_LEADER_WORDS, len(words) - 1) + 1):
        leader = fold(surface[words[0] : words[k]])
        known = table.get(leader)
        is_person = (known is not None and known.type == "PERSON") or (k == 1 and leader in people)
        body = table.get(fold(surface[words[k] :]))
        if is_person and body is not None and body.type == "ORG":
            return words[0], words[k]
    return None
