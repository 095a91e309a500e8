"""Products, services and software of the largest consumer-technology makers named in a text
that names their maker ("Siri" beside Apple, "Alexa" beside Amazon), and programming languages
and tools in a text about programming ("languages like TypeScript"): no entities.

Why apart: these lines are written alone with no cue in the sentence, so no convention of the
text finds them; they are few and stable, kept as data under their maker
(`tasks.entity_rules.platform_products`), and each counts only where the maker is named, so a
person called Alexa in a text without Amazon stays; consoles and game services, whose names
are nothing else, count in every text. `tasks.entities.makers` drops them with the
other products, and the maker's name inside one ("Apple" of "Apple CarPlay") with them; a name
the alias table knows is never dropped for this.
"""

from __future__ import annotations

from collections.abc import Sequence

from tasks.entity_rules.platform_products import (
    BROWSERS,
    GAMING_PLATFORMS,
    PLATFORM_PRODUCTS,
    PROGRAMMING_CUES,
    PROGRAMMING_NAMES,
)
from tasks.names import Word


def named_makers_products(text_words: Sequence[Word]) -> frozenset[str]:
    """The folded product names of every maker of `rules.PLATFORM_PRODUCTS` whose name is a
    word of the text (`text_words`: the text's folded words), the consoles and game services
    named nothing else (`rules.GAMING_PLATFORMS`) and the browsers (`rules.BROWSERS`), in every
    text, and the programming languages
    and tools of `rules.PROGRAMMING_NAMES` in a text about programming."""
    keys = {w.key for w in text_words}
    software = PROGRAMMING_NAMES if keys & PROGRAMMING_CUES else frozenset()
    return (
        GAMING_PLATFORMS
        | BROWSERS
        | software
        | frozenset(
            name for maker, names in PLATFORM_PRODUCTS.items() if maker in keys for name in names
        )
    )
