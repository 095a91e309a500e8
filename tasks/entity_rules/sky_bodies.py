"""Tables of the bodies of the solar system that news names as places ("Saturn", "Enceladus",
"Ganymede") and of the words that say a text is about space. Data only; the logic is
`tasks.entities.sky_bodies`.

Why: the guideline makes planets and moons places, and the small model reads a planet as a
product ("Saturn") and a moon as a nationality ("Enceladus"), or misses them. Many of these
names are also a car, a company, a god or a person ("Saturn", "Mars", "Venus Williams"), so they
count as bodies only in a text that also writes a word of space (`SPACE_CUE_RE`).
"""

from __future__ import annotations

import re
from typing import Final

# Planets, dwarf planets and the moons and asteroids that science news names, as written. Not
# "Sun" ("The Sun" is a newspaper) nor "Moon" alone (a Korean surname; `MOON_RE` below).
SKY_BODIES: Final[frozenset[str]] = frozenset(
    {
        "Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune",
        "Pluto", "Ceres", "Eris", "Haumea", "Makemake", "Sedna", "Arrokoth",
        "Phobos", "Deimos", "Io", "Europa", "Ganymede", "Callisto", "Amalthea", "Titan",
        "Enceladus", "Mimas", "Tethys", "Dione", "Rhea", "Iapetus", "Hyperion", "Phoebe",
        "Miranda", "Ariel", "Umbriel", "Titania", "Oberon", "Triton", "Nereid", "Charon",
        "Vesta", "Pallas", "Psyche", "Bennu", "Ryugu", "Itokawa", "Apophis", "Didymos",
        "Dimorphos",
    }
)  # fmt: skip
# The Earth's moon written as a name: "the Moon" (lowercase "the": "The Moon" may open a title).
MOON_RE: Final[re.Pattern[str]] = re.compile(r"(?<=\bthe )Moon\b(?![-\w])")
# Words that say the text is about space (lowercase, whole words).
SPACE_CUE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:planets?|moons?|orbit(?:s|ed|ing|er)?|spacecraft|space ?probe|astronom(?:er|ers|y)"
    r"|telescopes?|rover|lander|solar system|asteroids?|comets?|planetary|astronauts?)\b"
)
# A capitalised word next to the body that makes it part of a longer name ("Bruno Mars",
# "Europa Clipper", "Earth Day", "Titan Submersible") unless it is one of these words of a
# sentence ("On Saturn", "And Titan").
SENTENCE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "A", "An", "The", "On", "In", "At", "To", "From", "Of", "For", "By", "With", "And",
        "But", "Or", "Like", "Unlike", "Around", "Beyond", "Near", "Orbiting", "Below",
        "Above", "Beneath", "Inside", "Within", "Both", "Only", "While", "Than", "As",
    }
)  # fmt: skip
