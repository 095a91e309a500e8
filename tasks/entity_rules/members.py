"""Tables of words that name a party's or a family's members, not the party or the family as a
body. Data only; the logic is `tasks.entities.members`.

Labelled news copy counts "Democrats", "Republicans", "Tories" and "Conservatives" as it
counts nationalities: the members of a party, no organization; the party's own name ("the
Democratic Party", "GOP", "the Liberal Democrats") is one. Folded keys.
"""

from __future__ import annotations

from typing import Final

# The bare plurals dropped as no entity. Not `tasks.entity_rules.PARTY_MEMBER_PLURALS`, which
# says which NORP plurals the scan reads as a party at all (so that a qualifier before one makes
# a party's name, "the Liberal Democrats", and a known place or body before one is cut off,
# "Senate Republicans"); of those, "the Greens" and the like stay parties, their usual names.
MEMBERS_NO_ENTITY: Final[frozenset[str]] = frozenset(
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
