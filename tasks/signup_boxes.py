"""Sign-up and appeal boxes set inside the article's container, read from the page's markup and
taken out of the body: the box's name, its pitch and its small print ("Der Morgen am Rhein" /
"Alles Wichtige aus der Region – jeden Morgen in Ihrem Postfach." / "By signing up you agree to
…"), or an appeal's heading and pitch around its call ("Before you go" / "Local reporting like
this depends on readers…" / "Give what you can today.").

Why: the extractor drops the form and keeps the lines around it, which read as short paragraphs
of the story; their words change with every publisher and language, but the box holds a field to
write an address in (`ENTRY_TYPES`), in any language, and a story's paragraph never stands in the
same small box as one. A box is the form's parent or grandparent when it is small beside the text
around it (`tasks.linked_teasers.largest_box`) and every block in it is short.
A box without a form is one when a block in it is a call to action (`tasks.prompts`): the
call's words are read from tables, the rest of its box (the pitch, which reads as the story's
sentence) from the markup, as a form's box is. A list item is no call: a story's list of steps
opens its items with verbs ("Sign up for the ad-free plan", "Visit your account page"). The call
may be the box's button alone ("Het Noorderlicht is gratis te lezen dankzij onze leden." / "Word
lid"): a link or a button whose text is a call makes its box one the same way, from the block
that holds it up, so a call inside a story's paragraph takes no story with it. A bar's label
("Share", "12 comments") is no call: a live page sets a "Share" button under every update, and
the update's time, heading and text around it are the story.
"""

from __future__ import annotations

from typing import Final

import lxml.html

from tasks.linked_teasers import box_texts, largest_box
from tasks.markup import BLOCK_CONTAINERS, TEXT_BLOCKS, PageMarkup
from tasks.prompts import is_call_line

# The fields a reader writes in (an address, a name); a form of buttons and hidden fields alone
# ("Print" on a recipe card) asks for nothing and is no sign-up.
ENTRY_TYPES: Final = frozenset({"", "text", "email", "tel"})
# Levels above the form that may be the box (the form's wrapper, the box with its heading).
MAX_BOX_LEVELS: Final = 2
MAX_BOX_BLOCK_CHARS: Final = 250
LIST_ITEMS: Final = frozenset({"li", "dt", "dd"})


def _call_start(button: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """Where a box around a linked call may start: the element that holds it when the call
    stands between blocks there ("<div><div><p>…</p></div><a>Word lid</a></div>"), else the
    element above the block that holds it, so a call inside a paragraph takes no story."""
    holder = next((el for el in button.iterancestors() if el.tag in TEXT_BLOCKS), None)
    if holder is None or any(child.tag in BLOCK_CONTAINERS for child in holder):
        return holder
    return holder.getparent()


def signup_box_lines(markup: PageMarkup) -> frozenset[str]:
    """The texts of the blocks of the page's sign-up and appeal boxes (see the module's
    docstring)."""
    found: set[str] = set()

    def add_box(start: lxml.html.HtmlElement | None) -> None:
        box = largest_box(
            start, lambda el: markup.short_blocks(el, MAX_BOX_BLOCK_CHARS), markup, MAX_BOX_LEVELS
        )
        if box is not None:
            found.update(box_texts(box, markup))

    for field in markup.tree.iter("input"):
        if (field.get("type") or "").strip().lower() in ENTRY_TYPES:
            add_box(next(field.iterancestors("form"), field).getparent())
    for block in markup.blocks():
        if block.tag not in LIST_ITEMS and is_call_line(markup.text(block)):
            add_box(block.getparent())
    for button in (*markup.links, *markup.tree.iter("button")):
        if is_call_line(markup.text(button)):
            add_box(_call_start(button))
    return frozenset(found)
