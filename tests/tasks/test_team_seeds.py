"""One parser reads the teams' seed lists for the dateline reader and the entity linker alike.
Lists written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.datelines.gazetteer import fold as place_fold
from tasks.datelines.teams import nicknames_by_place
from tasks.entities.teams import load_teams
from tasks.team_seeds import SPORTS_TEAMS, place_nickname_pairs


def test_a_seed_list_reads_place_and_nickname_pairs(tmp_path: Path) -> None:
    path = tmp_path / "teams.txt"
    path.write_text("# comment\nTampa Bay | Lightning\n\nDetroit|Red Wings  # NHL\n|Orphans\n")
    assert place_nickname_pairs(path) == [("Tampa Bay", "Lightning"), ("Detroit", "Red Wings")]


def test_the_dateline_reader_and_the_entity_linker_read_the_same_teams() -> None:
    by_place = nicknames_by_place()
    for place, nickname in place_nickname_pairs(SPORTS_TEAMS):
        assert ("The", *nickname.split()) in by_place[place_fold(place)]
    assert sum(len(pairs) for pairs in load_teams().values()) == len(
        place_nickname_pairs(SPORTS_TEAMS)
    )


@pytest.mark.parametrize("line", ["Cleveland Browns", "Cleveland|Browns|NFL"])
def test_a_line_that_is_not_two_parts_is_an_error_of_the_seed(tmp_path: Path, line: str) -> None:
    seed = tmp_path / "teams.txt"
    seed.write_text(f"Chicago|Bears\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError):
        place_nickname_pairs(seed)
