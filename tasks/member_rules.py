"""Tables of words that name a party's or a family's members, not the party or the family as a
body. Data only; the logic is `tasks.entities.members`.

Labelled news copy counts "Democrats", "Republicans", "Tories" and "Conservatives" as it
counts nationalities: the members of a party, no organization; the party's own name ("the
Democratic Party", "GOP", "the Liberal Democrats") is one. Folded keys.
"""

from __future__ import annotations

from typing import Final

PARTY_MEMBER_PLURALS: Final[frozenset[str]] = frozenset(
    {
        "democrats",
        "dems",
        "republicans",
        "tories",
        "conservatives",
        "liberals",
        "socialists",
        "labourites",
    }
)

# The ways a plural of a family name is written after its stem: "the Bidens", "the Joneses".
FAMILY_PLURAL_ENDINGS: Final[tuple[str, ...]] = ("s", "es")
