"""Fixtures the task tests share."""

from __future__ import annotations

import pytest

from tasks.entities import AliasTable, load_alias_table


@pytest.fixture(scope="module")
def table() -> AliasTable:
    """The seed alias table (seeds/entities.csv), loaded once per test module."""
    return load_alias_table()
