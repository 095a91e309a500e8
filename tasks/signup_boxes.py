"""Sign-up boxes set inside the article's container, read from the page's markup and taken out
of the body: the box's name, its pitch and its small print ("Der Morgen am Rhein" / "Alles
Wichtige aus der Region – jeden Morgen in Ihrem Postfach." / "By signing up you agree to …").

Why: the extractor drops the form and keeps the lines around it, which read as short paragraphs
of the story; their words change with every publisher and language, but the box holds a field to
write an address in (`ENTRY_TYPES`), in any language, and a story's paragraph never stands in the
same small box as one. A box is the form's parent or grandparent when it is small beside the text
around it (`tasks.linked_teasers.largest_box`) and every block in it is short.
"""

from __future__ import annotations

from typing import Final

import lxml.html

from tasks.linked_teasers import TextSizes, box_texts, largest_box, text_blocks

# The fields a reader writes in (an address, a name); a form of buttons and hidden fields alone
# ("Print" on a recipe card) asks for nothing and is no sign-up.
ENTRY_TYPES: Final = frozenset({"", "text", "email", "tel"})
# Levels above the form that may be the box (the form's wrapper, the box with its heading).
MAX_BOX_LEVELS: Final = 2
MAX_BOX_BLOCK_CHARS: Final = 250


def _short_blocks(el: lxml.html.HtmlElement) -> bool:
    return all(
        len(" ".join(block.text_content().split())) <= MAX_BOX_BLOCK_CHARS
        for block in text_blocks(el)
    )


def signup_box_lines(tree: lxml.html.HtmlElement | None) -> frozenset[str]:
    """The texts of the blocks of the page's sign-up boxes (see the module's docstring)."""
    if tree is None:
        return frozenset()
    found: set[str] = set()
    size = TextSizes()
    for field in tree.iter("input"):
        if (field.get("type") or "").strip().lower() not in ENTRY_TYPES:
            continue
        form = next(field.iterancestors("form"), field)
        box = largest_box(form.getparent(), _short_blocks, size, MAX_BOX_LEVELS)
        if box is not None:
            found |= box_texts(box)
    return frozenset(found)
