"""Patterns of how-to copy's instructions, which name the labels of an app's menus and switches.
Data only; the logic is `tasks.entities.interface_labels`.

Why: tech how-tos and help pages write each menu, button and switch they tell the reader to use
in capitals ("Tap Playback", "turn on Use Less Cellular Data", "Settings > Accessibility >
Motion", "Tap your profile, then Settings, then Data Usage"), and the model reads them as
organizations or people. They are labels of software, no entities.
"""

from __future__ import annotations

import re
from typing import Final

# Capitalised words and the "and" joining two labels ("Data Usage and " before "Media Quality").
_LABELS_BEFORE = r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z&][\w'’-]*)*[ \t]+and[ \t]+)?"

# A verb of using a control right before the label (perhaps after another label and "and"):
# "Tap Motion", "click on Privacy", "turn off Autoplay", "toggle Dark Mode", or a menu path's
# ">" ("Settings > Accessibility"). Not "choose" or "select", which money copy writes before
# banks ("choose Vanguard"), nor "open" or "go to" ("go to Harvard"), nor "press" ("told the
# press"); those count only before a "then" (`INSTRUCTION_RE`).
CONTROL_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?i:tap|click|toggle|untick|uncheck)(?:[ \t]+on)?"
    r"|\b(?i:turn|switch|toggle)[ \t]+(?:on|off)"
    r"|[ \t]>)[ \t]+" + _LABELS_BEFORE + r"\Z"
)
# "then" before a label, in a sentence that told the reader to use a control or a menu before:
# "Tap your profile picture, then Settings, then Playback", "Go to Settings, then Data Usage".
THEN_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"\bthen[ \t]+" + _LABELS_BEFORE + r"\Z")
INSTRUCTION_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?i:tap|click|toggle|go[ \t]+to|open|navigate[ \t]+to|select)\b"
)
# What follows a label a "then" names: a comma or a stop closing the step, or the next step
# ("then Data Usage and Media Quality", "then Playback.", "then Privacy to"); a name a "then"
# opens a clause with has a verb after it ("then Kestrel Labs hired them").
AFTER_THEN_LABEL_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]*(?:[,.;:)]|[ \t](?:and|or|to|then)\b|\Z|\n)"
)
# A keyboard's key named with its noun after it ("press the Escape key or", "hit the Enter key
# to", "the Shift and Tab keys."): the key's label; "key" then closes the phrase or goes on
# with what the reader does next ("a key witness" describes a person and does not count).
KEY_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+keys?(?=[ \t]*[,.;:)]|[ \t]+(?:or|and|to|on|twice|again|while|when|then|until|"
    r"combination|shortcut)\b)"
)
# How far back in its sentence a label's cue is looked for.
LOOKBEHIND: Final[int] = 160
# What ends the sentence before a label: its cue is looked for after it.
SENTENCE_END_RE: Final[re.Pattern[str]] = re.compile(r"[.!?\n]")
