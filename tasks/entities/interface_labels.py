"""Labels of an app's menus, buttons and switches that a how-to tells the reader to use ("Tap
Playback", "turn on Use Less Cellular Data", "Settings > Accessibility", "Tap your profile, then
Data Usage"), and a keyboard's keys ("press the Escape key"): no entities.

Why: help pages and tech how-tos capitalise every control they name, and the model reads them
as organizations or people; the labels' convention is that software and its parts are no
entities. Only names the alias table does not know: "tap Instagram" names the company's app,
and the company stays. The cues are data in `tasks.entity_rules.interface_labels`.
"""

from __future__ import annotations

from tasks.entity_rules import interface_labels as rules


def interface_label(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a control an instruction names, or a keyboard's key
    ("the Escape key")?"""
    if rules.KEY_AFTER_RE.match(text, end):
        return True
    before = text[max(0, start - rules.LOOKBEHIND) : start]
    ends = list(rules.SENTENCE_END_RE.finditer(before))
    sentence = before[ends[-1].end() :] if ends else before
    if rules.CONTROL_BEFORE_RE.search(sentence):
        return True
    then = rules.THEN_BEFORE_RE.search(sentence)
    return (
        then is not None
        and rules.INSTRUCTION_RE.search(sentence, 0, then.start()) is not None
        and rules.AFTER_THEN_LABEL_RE.match(text, end) is not None
    )
