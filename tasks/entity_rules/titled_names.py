"""Tables of `tasks.entities.titled_names`: what the model misreads a titled name as, the shape
of a name, and the letters written after a person's name. Data only."""

from __future__ import annotations

from typing import Final

# What the model may have read a name right after a person's title as, and be wrong.
MISREAD_LABELS: Final[frozenset[str]] = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})
# A name's words: at least, at most.
NAME_WORDS: Final[tuple[int, int]] = (2, 4)
# Letters written after a person's name, as written (capitals), a final full stop aside:
# counsel's ranks, members' offices, orders and degrees.
POST_NOMINALS: Final[frozenset[str]] = frozenset(
    {
        "KC", "QC", "SC", "MP", "MSP", "MLA", "MPP", "MEP", "TD", "OBE", "MBE", "CBE", "KBE",
        "DBE", "CH", "FRS", "PhD", "MD", "Esq", "CPA", "JP", "AO", "AM",
        # credentials of health and money copy's bylines and experts ("Lena Ruiz, MD",
        # "Omar Tell, CFP"): degrees, licences and certifications
        "DO", "DDS", "DVM", "RN", "RD", "RDN", "NP", "MPH", "MBA", "CFP", "CFA", "ChFC",
        "LCSW", "CSCS",
        # degrees as science news and press releases write them ("Michael Shadlen, Ph.D., of",
        # "Jane Ruiz, D.Phil."), which the model reads as places or bodies
        "Ph.D", "M.D", "J.D", "JD", "D.Phil", "DPhil", "M.Phil", "MPhil", "Ed.D", "EdD",
        "Psy.D", "PsyD", "Pharm.D", "PharmD", "D.D.S", "D.M.D", "DMD", "D.V.M", "R.N", "M.B.A",
        "M.P.H", "M.Sc", "MSc", "B.Sc", "BSc", "MSN", "BSN", "DNP", "FRCP", "FRCS",
    }
)  # fmt: skip
# What stands between a person's name and credential letters written as a span of their own:
# a comma ("Dr. Lena Ruiz, MD", which the model reads as Maryland).
CREDENTIAL_JOINT: Final[str] = ", "
