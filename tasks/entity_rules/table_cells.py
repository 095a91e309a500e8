"""Tables of the rows of a story's data tables, as the body writes them ("| 2 | Brigham Athletic |
14 | 29 |", `tasks.data_tables`), and the column headings that say what a column names. Data
only; the logic is `tasks.entities.table_cells`.

Why: a league table, a leaderboard, a squad, results by candidate, a box score name many people,
clubs and places one a cell. The model reads a row as no sentence: it runs neighbouring cells
into one span ("Pos | Club"), reads the headings as names ("PTS", "REB"), and misses or mistypes
the names of a column that holds nothing else.
"""

from __future__ import annotations

import re
from typing import Final

# A table row: a line that opens and closes with a cell's bar ("| Ana Ruiz |" is a one-column
# table's row).
ROW_RE: Final[re.Pattern[str]] = re.compile(r"\|[^\n]*\|")
# The rule under a Markdown table's heading row ("|---|:---:|").
RULE_RE: Final[re.Pattern[str]] = re.compile(r"\|(?:[ \t]*:?-+:?[ \t]*\|)+")
CELL_BAR: Final = "|"
# A cell that is a name: one to six words of letters with inner hyphens, apostrophes and full
# stops, or "&" ("Marc-André ter Stegen", "Hale & Sons"); no digits ("T3", "Schalke 04" are left
# as the model read them). Its first letter is a capital (`tasks.entities.table_cells`).
_WORD = r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?"
NAME_CELL_RE: Final[re.Pattern[str]] = re.compile(rf"{_WORD}(?:[ \t]+(?:&|{_WORD})){{0,5}}")
# A column is read as names when at least this many of its name-shaped cells, and this share of
# them, are read whole as names by the model (of any kind: the column's is the one read most).
MIN_READ_CELLS: Final = 2
MIN_READ_SHARE: Final = 0.5
# A column is one of numbers (ranks, scores, counts), naming no one, when more than this share of
# its cells hold a digit.
NUMERIC_COLUMN_SHARE: Final = 0.5
# A cell with a digit is a number cell (a rank, score, count or date) only up to this many words;
# a longer one is prose ("| ... in Vocabulary.com's dictionary; Mar 20, 2005 ... |").
NUMBER_CELL_MAX_WORDS: Final = 8
# A column of categories (positions, kinds) repeats its values: this many rows at least, at most
# this share of them distinct.
CATEGORY_MIN_ROWS: Final = 3
CATEGORY_MAX_DISTINCT_SHARE: Final = 0.5
# The model's labels, by the kind of name they give a column.
KIND_OF_LABEL: Final = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "FAC": "GPE"}
# Column headings (casefolded, in the languages of our sources) that say what a column names. A
# heading says it alone (a text in a language the model does not read has no readings); the
# generic headings (`GENERIC_HEADINGS`: a "Name" column may list products) only beside a cell
# the model reads as a name.
PERSON_HEADINGS: Final = frozenset(
    {
        "player", "players", "name", "names", "candidate", "candidates", "athlete", "driver",
        "rider", "runner", "golfer", "winner", "winners", "nominee", "nominees", "scorer",
        "scorers", "pitcher", "batter", "jockey", "skater", "swimmer", "boxer", "fighter",
        "coach", "manager", "member", "members", "speaker", "author", "artist", "director",
        "contributor", "contributors", "donor", "donors", "recipient", "recipients",
        "jogador", "jogadores", "nome", "atleta", "piloto", "candidato", "treinador",
        "jugador", "jugadores", "nombre", "entrenador", "spieler", "spielerin", "kandidat",
        "trainer", "joueur", "joueuse", "nom", "candidat", "entraîneur", "giocatore",
        "allenatore", "speler", "naam",
    }
)  # fmt: skip
ORG_HEADINGS: Final = frozenset(
    {
        "club", "clubs", "team", "teams", "party", "parties", "company", "companies", "firm",
        "school", "college", "university", "franchise", "brand", "label", "studio", "network",
        "clube", "equipa", "equipe", "partido", "empresa", "escola", "equipo",
        "verein", "mannschaft", "partei", "unternehmen", "équipe", "parti", "entreprise",
        "squadra", "società", "ploeg",
    }
)  # fmt: skip
GENERIC_HEADINGS: Final = frozenset({"name", "names", "nome", "nombre", "nom", "naam"})
# Cells of a column of names that name no one: a table's totals and fillers (casefolded).
NOT_NAME_CELLS: Final = frozenset(
    {
        "total", "totals", "overall", "average", "other", "others", "none", "vacant", "tbd",
        "tba", "unknown", "n/a", "independent", "ind", "outros", "otros", "autres", "andere",
        "altri", "gesamt", "média", "media", "moyenne", "durchschnitt",
    }
)  # fmt: skip
PLACE_HEADINGS: Final = frozenset(
    {
        "country", "nation", "city", "town", "state", "county", "province",
        "region", "venue", "stadium", "ground", "location", "constituency", "district", "ward",
        "país", "pais", "cidade", "estado", "estádio", "ciudad", "estadio", "land", "stadt",
        "ort", "pays", "ville", "stade", "paese", "città", "stadio",
    }
)  # fmt: skip
# Languages that write every noun with a capital (German, Luxembourgish): in their tables a
# capitalised cell is no sign of a name, and the model reads "Einzel Großschanze" as a person.
# Primary subtags, as `tasks.language` gives them.
CAPITALISED_NOUN_LANGUAGES: Final = frozenset({"de", "lb"})
