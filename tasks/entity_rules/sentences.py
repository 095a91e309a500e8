"""What makes a line of an article's text a sentence, for `tasks.entities.sentences`. Data only.

A stored text is its headline, then one paragraph a line. Story prose ends its paragraphs with a
sentence's closing mark; headlines, subheadings, captions, credits, list items, buttons and
teasers do not ("Interior and Technology", "Homemade Spiced Honey Pear Jam for the Holidays",
"Portam Civitatis by Peter Snijder").
"""

from __future__ import annotations

import re
from typing import Final

# A line ending with a sentence's closing mark, in Latin or CJK punctuation, before any closing
# quotes or brackets and trailing blanks: "... the board said.", "... he asked?”", "(AP)."
SENTENCE_LINE_END_RE: Final[re.Pattern[str]] = re.compile(r"[.!?…。！？][\"'”’»)\]]*[ \t\u00a0]*\Z")

# What stands right before a name in a photo credit, "AP Photo/Lindsey Wasson", "REUTERS/Jane
# Okoro", "Getty Images/Mark Ruiz": the name is credited, whatever line it stands in.
PHOTO_CREDIT_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:Photos?|Images?|Pictures?)|\b[A-Z]{2,})[ \t]?/[ \t]?\Z"
)
# What stands right after a listed company's name: its ticker in brackets, with or without the
# exchange ("Tarvik Mining (TVM) +4.0%", "Rio Tinto (LSE: RIO)"). A market table's line names
# companies though it is no sentence.
TICKER_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]?\((?:[A-Z][A-Za-z]{1,9}:[ \t]?)?[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?\)"
)
# How far before a name a photo credit's agency is looked for.
CREDIT_LOOKBEHIND: Final[int] = 24
# How many of a name's first words are looked for in the prose: a longer name is still written
# there when they are, and the runs of words collected stay few.
WRITTEN_MAX_WORDS: Final[int] = 6

# Last words of a section's label in reviews, recipes, guides and recaps ("Planting Tips",
# "Stray Observations", "Episode Rating", "Key Takeaways"): a "person" the model finds named so,
# only outside the prose, is a heading, no one. Words no person's name ends with; not those
# that end bodies' names ("Review", "Guide", "Design").
SECTION_LABEL_WORDS: Final[frozenset[str]] = frozenset(
    {
        "tips", "observations", "rating", "ratings", "verdict", "takeaways", "takeaway", "pros",
        "cons", "specs", "specifications", "ingredients", "instructions", "directions", "notes",
        "summary", "overview", "faq", "faqs", "highlights", "thoughts", "variations",
        "alternatives", "benefits", "symptoms", "causes", "facts", "basics", "essentials",
        "tricks", "mistakes", "questions", "answers", "steps", "picks", "details", "features",
        "reading", "recommendations", "tidbits", "extras",
    }
)  # fmt: skip

# A label line of the body: a line that is no sentence, of at most `LABEL_MAX_WORDS` major
# words, every one capitalised ("Good Jobs", "Max Out Tax-Advantaged Accounts"). A page with
# `LABEL_PAGE_MIN_LINES` of them or more, most holding no name, sets its subheadings, list items
# and slogans so; fewer is a caption or a byline among sentences.
LABEL_MAX_WORDS: Final[int] = 8
LABEL_PAGE_MIN_LINES: Final[int] = 3
# What opens a byline's line before its name ("By Orla Finch", "Words by ..."): a credit, no
# label, whatever the page.
BYLINE_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"[ \t]*(?:[\w ]{0,20}\b)?[Bb][Yy]:?[ \t]+\Z")

# A how-to heading's question word and "to" at a line's start ("What to Order", "Where to
# Watch", "How to Apply"): the capitalised word after it is the heading's verb, no name.
HOW_TO_HEADING_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\A|\n)[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:What|Where|How|When|Why|Who|Which)[ \t]+to[ \t]+\Z"
)
# How far before a name such a heading's start is looked for.
HOW_TO_LOOKBEHIND: Final[int] = 24
