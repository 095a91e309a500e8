"""SQL `nl_fold` (views.sql) and Python `tasks.entities.fold` are one function.

A name folds to one key in the warehouse's SQL and in the pipeline, or `entity_timeline` finds
what the resolver never stored (before: every Cyrillic, Greek, Arabic or CJK name folded to ''
in SQL, and matched every other name that did).
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from tasks.entities import DEFAULT_ALIAS_PATH, fold
from tests.records import at, mention, version
from warehouse.log import append_events, commit_run, init_warehouse
from warehouse.queries import connect, query

# Names a news warehouse meets, in the scripts it meets them in, with the traps of each:
# case (final sigma, dotted I, sharp s), accents, marks, apostrophes, acronyms, possessives.
NAMES = [
    # Cyrillic
    "Путин", "Владимир Путин", "ПУТИН", "Зеленский", "Ёлкин", "Лавров's", "Москва-Сити",
    # Greek
    "Σωκράτης", "ΣΩΚΡΑΤΗΣ", "Αθήνα", "Κυριάκος Μητσοτάκης", "ΟΔΥΣΣΕΥΣ",
    # Arabic (with and without harakat), Hebrew, Persian
    "محمد", "مُحَمَّد", "القاهرة", "حزب الله", "בנימין נתניהו", "تهران",
    # CJK, Korean, Japanese kana, Thai, Devanagari
    "東京", "習近平", "北京市", "서울특별시", "문재인", "トヨタ自動車", "กรุงเทพมหานคร",
    "नरेन्द्र मोदी", "मुंबई",
    # Accented and special Latin
    "Ñandú", "São Paulo", "Zürich", "Straße", "STRASSE", "İstanbul", "Łódź", "Øresund",
    "Ærø", "François Hollande", "Đorđe", "Čapek", "Nguyễn Phú Trọng", "Dvořák", "Œuvre",
    # Apostrophes, possessives, acronyms, articles, ampersands, digits
    "al-Qa'ida", "Al Qa’ida", "al-Qaeda’s", "O'Brien", "the Pentagon", "The Hague",
    "U.S.", "U.S.A.", "George W. Bush", "AT&T", "Procter & Gamble", "G7", "F-35",
    "Mike Pompeo's", "the", "The", "3M", "7-Eleven", "ﬁnance", "Ǆemal", "ᏣᎳᎩ",
    # Hostile
    "", "   ", "!!!", "Robert'); DROP TABLE article_versions;--", "Ctrl\x00\x07\x1b[31mName\u202e",
    "e\u0301cole", "x" * 2000,
]  # fmt: skip


@pytest.fixture(scope="module")
def sql_fold(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB session with the warehouse's views and macros (over an empty warehouse)."""
    root = tmp_path_factory.mktemp("empty-warehouse")
    init_warehouse(root)
    con = connect(root)
    yield con
    con.close()


def _disagreements(con: duckdb.DuckDBPyConnection, names: list[str]) -> list[tuple[str, str, str]]:
    """(name, Python key, SQL key) for every name whose keys differ."""
    con.register("given", pa.table({"name": names}))
    con.execute("CREATE OR REPLACE TEMP TABLE names AS SELECT name FROM given")
    folded = dict(con.execute("SELECT name, nl_fold(name) FROM names").fetchall())
    return [(n, fold(n), folded[n]) for n in names if fold(n) != folded[n]]


def _aliases() -> list[str]:
    with DEFAULT_ALIAS_PATH.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    names = {row["name"] for row in rows}
    names |= {alias for row in rows for alias in row["aliases"].split("|") if alias}
    return sorted(names)


def test_every_alias_of_the_seed_table_folds_alike(sql_fold: duckdb.DuckDBPyConnection) -> None:
    aliases = _aliases()
    assert len(aliases) > 100
    assert _disagreements(sql_fold, aliases) == []


def test_names_in_every_script_fold_alike(sql_fold: duckdb.DuckDBPyConnection) -> None:
    assert _disagreements(sql_fold, NAMES) == []
    keys = dict(sql_fold.execute("SELECT name, nl_fold(name) FROM names").fetchall())
    # What the keys are, in a few cases a user would check by hand.
    assert keys["Путин"] == keys["ПУТИН"] == "путин"
    assert keys["Σωκράτης"] == keys["ΣΩΚΡΑΤΗΣ"] == "σωκρατησ"
    assert keys["Straße"] == keys["STRASSE"] == "strasse"
    assert keys["東京"] == "東京" and keys["al-Qa'ida"] == keys["Al Qa’ida"] == "al qa'ida"
    assert keys["the Pentagon"] == "pentagon" and keys["U.S."] == "us"
    assert keys["!!!"] == keys[""] == "" != keys["Путин"]


@pytest.mark.slow  # every Unicode letter through DuckDB
def test_every_letter_and_digit_of_unicode_folds_alike(sql_fold: duckdb.DuckDBPyConnection) -> None:
    """One character at a time, every letter and digit (about 140,000): the SQL case-folding
    table is complete, and DuckDB's accent stripping matches the Python one."""
    letters = [
        chr(cp)
        for cp in range(sys.maxunicode + 1)
        if unicodedata.category(chr(cp))[0] in "LN" and not 0xD800 <= cp <= 0xDFFF
    ]
    assert _disagreements(sql_fold, letters) == []
    # And as words of a name: a letter between two others, and the name in capitals.
    words = [f"a{c}b {c}{c}" for c in letters[::7]] + [n.upper() for n in NAMES]
    assert _disagreements(sql_fold, words) == []


def test_a_name_that_folds_to_nothing_finds_nothing(tmp_path: Path) -> None:
    """`entity_ids` never matches an empty key (it would match every unreadable name)."""
    a = version("a1", "text", at(2), "r1")
    events = [a, mention(a, "nl:org:1", "!!!", ["!!!"]), mention(a, "Q1", "Путин", ["Путин"])]
    commit_run(tmp_path, "r1", "test", append_events(tmp_path, "r1", "0", events))
    found = query(tmp_path, "SELECT entity_id FROM entity_ids('???') ORDER BY 1").rows
    assert found == []
    assert query(tmp_path, "SELECT entity_id FROM entity_ids('путин')").rows == [("Q1",)]
