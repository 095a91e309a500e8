"""Tables kept on disk between processes: loaded when the key matches, built again whenever the
file is missing, damaged or of another kind, and never in the way when the folder cannot be
written."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from warehouse.build_cache import CACHE_DIR_VARIABLE, cache_dir, cached_build

REPO = Path(__file__).resolve().parents[2]


class Builds:
    """A build that counts its calls and returns a new table each time."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict[str, int]:
        self.calls += 1
        return {"built": self.calls}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_built_once_and_loaded_after(folder: Path) -> None:
    build = Builds()
    assert cached_build("table", "k1", dict, build) == {"built": 1}
    assert cached_build("table", "k1", dict, build) == {"built": 1}
    assert build.calls == 1
    assert [p.name for p in folder.iterdir()] == ["table-k1.pickle"]


def test_a_new_key_builds_again_and_replaces_only_its_own_name(folder: Path) -> None:
    build = Builds()
    cached_build("table", "k1", dict, build)
    cached_build("other", "k1", dict, build)
    assert cached_build("table", "k2", dict, build) == {"built": 3}
    assert sorted(p.name for p in folder.iterdir()) == ["other-k1.pickle", "table-k2.pickle"]


@pytest.mark.parametrize(
    "content",
    [
        b"",  # a file cut before its first byte
        pickle.dumps({"built": 0})[:-3],  # cut short
        b"\x80\x05garbage",
        pickle.dumps(["a list, not the kind asked for"]),
    ],
)
def test_a_damaged_or_foreign_file_is_built_again_and_replaced(
    folder: Path, content: bytes
) -> None:
    folder.mkdir()
    (folder / "table-k1.pickle").write_bytes(content)
    build = Builds()
    assert cached_build("table", "k1", dict, build) == {"built": 1}
    assert cached_build("table", "k1", dict, build) == {"built": 1}
    assert build.calls == 1


def test_a_folder_that_cannot_be_written_leaves_each_call_building(folder: Path) -> None:
    folder.parent.mkdir(exist_ok=True)
    folder.write_text("a file where the folder should be")
    build = Builds()
    assert cached_build("table", "k1", dict, build) == {"built": 1}
    assert cached_build("table", "k1", dict, build) == {"built": 2}


def test_the_folder_follows_the_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(CACHE_DIR_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "newsledger"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "newsledger"
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"


def test_without_a_home_each_call_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    """No HOME and a user id the system does not list (some containers): Path.home() raises;
    the table is built, not the command stopped."""

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    for variable in (CACHE_DIR_VARIABLE, "XDG_CACHE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert cache_dir() is None
    build = Builds()
    assert cached_build("table", "k1", dict, build) == {"built": 1}
    assert cached_build("table", "k1", dict, build) == {"built": 2}


# What a process learns from the gazetteer, printed so two processes can be compared.
GAZETTEER_ANSWERS = """
from tasks.datelines import gazetteer
g = gazetteer()
names = ["Köln", "München", "Ciudad de México", "ジュネーヴ", "St. Paul", "Portland", "Roma",
         "नई दिल्ली", "華盛頓", "Tarvik", "ΘΕΣΣΑΛΟΝΙΚΗ"]
print(len(g.cities), len(g.countries), len(g.subdivisions))
for name in names:
    print(name, g.city_match(name), g.city(name, country="US"))
print(g.country("Südkorea"), g.region("Jal."), g.region("Lagos State"))
"""


@pytest.mark.slow  # builds the whole gazetteer in a fresh process, then loads it in another
def test_the_gazetteer_a_process_loads_answers_as_the_one_it_built(tmp_path: Path) -> None:
    env = {**os.environ, CACHE_DIR_VARIABLE: str(tmp_path / "cache")}
    answers = [
        subprocess.run(
            [sys.executable, "-c", GAZETTEER_ANSWERS],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
        for _ in range(2)
    ]
    assert [p.name.split("-")[0] for p in (tmp_path / "cache").iterdir()] == ["gazetteer"]
    assert answers[0] == answers[1]
    assert "Cologne" in answers[0] and "Munich" in answers[0]
