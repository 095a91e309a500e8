"""An acronym names a body; a lowercase word the model reads on after it ("The IRGC navy",
"the SDF command") describes one of its branches and is no part of any name: the acronym is
the body the article defined. Texts written for these tests."""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, spans_of


def test_a_lowercase_word_after_an_acronym_is_cut(table: AliasTable) -> None:
    text = (
        "The Kestrel Defence Brigade (KDB) seized a ship on Monday. The KDB navy said the "
        "crew were safe."
    )
    spans = spans_of(
        text, ("The Kestrel Defence Brigade", "ORG"), ("KDB", "ORG"), ("The KDB navy", "ORG")
    )
    found = {e.name: e for e in resolve_entities(text, spans, table, TITLES)}
    assert set(found) == {"Kestrel Defence Brigade"}
    assert found["Kestrel Defence Brigade"].mentions == ["Kestrel Defence Brigade", "KDB"]
