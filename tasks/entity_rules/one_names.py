"""Cues that a bare word the model read as a place is a person named by one word
(`entities.one_names`)."""

from __future__ import annotations

import re

# A speech verb right after the word: "Prabowo said", "Teguh told reporters". News copy lets a
# capital speak for its government too ("Beijing said"), but such capitals are names the alias
# table knows and never reach this cue; an unknown word that opens the full name of a person in
# the article and speaks is that person, named the way Indonesians and many Asian leaders are.
SPEECH_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:said|says|told|tells|added|adds|warned|warns|insisted|insists|vowed|vows)\b"
)
