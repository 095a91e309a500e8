"""Where a command or a deployment run writes: its `warehouse` argument (a CLI flag, a flow
parameter), else NEWSLEDGER_WAREHOUSE (a worker's environment), else ./data."""

from __future__ import annotations

from pathlib import Path

import pytest

from warehouse.layout import resolve_root


def test_an_argument_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSLEDGER_WAREHOUSE", str(tmp_path / "from-env"))
    assert resolve_root(str(tmp_path / "from-run")).path == str(tmp_path / "from-run")
    assert resolve_root().path == str(tmp_path / "from-env")


def test_without_either_it_is_data_in_the_working_directory_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSLEDGER_WAREHOUSE", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_root().path == str(tmp_path.resolve() / "data")
    assert resolve_root("relative/wh").path == str(tmp_path.resolve() / "relative" / "wh")


def test_a_url_stays_a_url() -> None:
    assert str(resolve_root("s3://bucket/prefix")).startswith("s3://bucket/prefix")
