"""Tables of `tasks.entities.eponyms`: illnesses named after the doctor who described them
("Huntington's disease", "Bell's palsy", "Lewy body dementia", "people with Parkinson's").

Why: health copy writes a surname in the name of an illness, and the model reads it as a person
or an organization. The words around the name say it is an illness: a possessive and an
illness's noun, a surname and an illness's noun with a word between, or a possessive that owns
nothing after the words that say someone has an illness. A charity or research body named by
such an illness ("the Alzheimer's Society", "Parkinson's UK") is one organization: the model
reads only its head or its country.
"""

from __future__ import annotations

import re
from typing import Final

# Illness nouns that follow a describer's possessive ("Crohn's disease", "Hodgkin's lymphoma",
# "Kaposi's sarcoma"). Lowercase only: "Alzheimer's Society" is a charity.
POSSESSIVE_ILLNESS_HEADS: Final[tuple[str, ...]] = (
    "disease", "syndrome", "lymphoma", "sarcoma", "palsy", "dementia", "disorder", "ataxia",
    "chorea", "anomaly", "phenomenon", "ulcer", "neuroma", "tumou?r", "encephalopathy",
)  # fmt: skip
# Illness nouns that follow a surname written bare ("Hodgkin lymphoma", "Burkitt lymphoma",
# "Tourette syndrome" is `DISEASE_HEADS`'s): nouns no company or body is written before.
BARE_ILLNESS_HEADS: Final[tuple[str, ...]] = (
    "lymphoma", "sarcoma", "palsy", "carcinoma", "dystrophy", "encephalopathy",
)  # fmt: skip
# The word between a surname and its illness ("Lewy body dementia", "Duchenne muscular
# dystrophy", "Merkel cell carcinoma").
ILLNESS_QUALIFIERS: Final[tuple[str, ...]] = ("body", "muscular", "cell")
_APOSTROPHE_S = r"['’]s"
# After the mention's end: "'s disease", " lymphoma", " body dementia".
ILLNESS_AFTER_NAME_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:{_APOSTROPHE_S}[ \t]+(?:{'|'.join(POSSESSIVE_ILLNESS_HEADS)})"
    rf"|(?:{_APOSTROPHE_S})?[ \t]+(?:{'|'.join(ILLNESS_QUALIFIERS)})[ \t]+"
    rf"(?:{'|'.join(POSSESSIVE_ILLNESS_HEADS + BARE_ILLNESS_HEADS)})"
    rf"|[ \t]+(?:{'|'.join(BARE_ILLNESS_HEADS)}))s?(?![\w-])"
)
# A possessive owning nothing: a punctuation mark after it, or a word that opens no noun of
# its own ("with Parkinson's, and", "diagnosed with Asperger's at six").
_OWNS_NOTHING = rf"{_APOSTROPHE_S}(?=[ \t]*[,.;:)]|[ \t]+(?:and|or|at|in|for|since|after)\b)"
OWNS_NOTHING_RE: Final[re.Pattern[str]] = re.compile(_OWNS_NOTHING)
# The words before such a possessive that say someone has the illness ("people with
# Parkinson's", "diagnosed with Asperger's", "suffers from Crohn's", "early-onset Alzheimer's"),
# ending right before the name; never a bare "has" or "with" ("a deal with McDonald's", "the
# town has Sainsbury's"). Checked on a short stretch of text before it.
HAS_ILLNESS_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:diagnosed|living|live[sd]?|people|patients|children|adults|those|someone|"
    r"anyone|man|woman|men|women|sufferers?)[ \t]+with"
    r"|\bsuffer(?:s|ed|ing)?[ \t]+from|\b(?:early|late|young)-onset|\bcures?[ \t]+for)"
    r"[ \t]+\Z",
    re.IGNORECASE,
)
# How far before the name `HAS_ILLNESS_BEFORE_RE` looks.
CUE_REACH: Final[int] = 40

# Illnesses known by their describer's name alone, which charities and research bodies take as
# their own ("Alzheimer's Society", "Parkinson's UK", "Crohn's & Colitis UK").
ILLNESS_EPONYMS: Final[tuple[str, ...]] = (
    "Alzheimer", "Parkinson", "Huntington", "Crohn", "Asperger", "Tourette", "Hodgkin",
    "Addison", "Graves", "Cushing", "Meniere", "Ménière", "Raynaud", "Sjögren", "Behçet",
)  # fmt: skip
# The last word of such a body's name: its kind, or the country it serves.
ILLNESS_BODY_HEADS: Final[tuple[str, ...]] = (
    "Society", "Association", "Foundation", "Trust", "Alliance", "Coalition", "Institute",
    "Centre", "Center", "Network", "Research", "UK", "Cymru", "Scotland", "Ireland", "Canada",
    "Australia", "America",
)  # fmt: skip
# "Alzheimer's Society Cymru", "Alzheimer's Research UK", "Crohn's & Colitis UK": the
# possessive, perhaps a second illness, up to two capitalised words and the head. The model
# reads only the head ("Society") or the country ("UK"). Bounded runs.
ILLNESS_BODY_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?:\b[Tt]he[ \t]+)?(?P<name>\b(?:{'|'.join(ILLNESS_EPONYMS)}){_APOSTROPHE_S}"
    r"(?:[ \t]+(?:&|and)[ \t]+[A-Z][\w-]*)?(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+"
    rf"(?:{'|'.join(ILLNESS_BODY_HEADS)}))(?![\w'’-])"
)
