"""The alias table: the seed loads, ids and types are well formed, conflicts are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas.errors import AliasTableInvalid
from tasks.entities import (
    ALIAS_TABLE_ENV,
    DEFAULT_ALIAS_PATH,
    AliasTable,
    build_alias_table,
    load_alias_table,
)


def test_seed_table_loads_with_version_and_known_ids(table: AliasTable) -> None:
    assert len(table) >= 250
    assert len(table.version) == 12
    assert table.lookup("Pentagon") == table.lookup("US Department of Defense")
    assert table.lookup("DoD") == table.lookup("Defense Department")
    assert table.lookup("Pentagon").entity_id == "Q11209"  # type: ignore[union-attr]
    assert table.lookup("U.S.").entity_id == "Q30"  # type: ignore[union-attr]
    assert table.lookup("America").entity_id == "Q30"  # type: ignore[union-attr]
    assert table.lookup("al-Qa'ida").entity_id == "Q34490"  # type: ignore[union-attr]
    assert table.lookup("AQIS") != table.lookup("al-Qaeda")
    assert table.lookup("Daesh") == table.lookup("ISIL") == table.lookup("Islamic State")
    assert table.lookup("Sediq Sediqqi").type == "PERSON"  # type: ignore[union-attr]


def test_seed_types_and_ids_are_well_formed(table: AliasTable) -> None:
    for entity in table.entities():
        assert entity.type in ("PERSON", "ORG", "LOC")
        ok_qid = entity.entity_id[0] == "Q" and entity.entity_id[1:].isdigit()
        ok_local = entity.entity_id.startswith(f"nl:{entity.type.lower()}:")
        assert ok_qid or ok_local, entity


def test_an_alias_claimed_twice_is_rejected() -> None:
    rows = [("Q1", "A", "ORG", "X"), ("Q2", "B", "ORG", "x")]
    with pytest.raises(AliasTableInvalid, match="claimed"):
        build_alias_table(rows)


def test_alias_table_path_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    custom = tmp_path / "aliases.csv"
    custom.write_text("entity_id,name,type,aliases\nQ1,Acme Widgets,ORG,AWC\n")
    monkeypatch.setenv(ALIAS_TABLE_ENV, str(custom))
    table = load_alias_table()
    assert table.lookup("AWC") == table.lookup("acme widgets") and len(table) == 1
    assert table.version != load_alias_table(DEFAULT_ALIAS_PATH).version
