"""A team named only by its place and by its nickname, each alone ("Cleveland scored 17 ... the
Browns' defense"), is one team when the pair is a team of `seeds/sports_teams.txt`; the place
after a preposition of place stays the city, a place without the nickname stays a place, and a
nickname several teams share joins none when the article writes several of their places.
Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from tasks.entities import AliasTable, resolve_entities
from tasks.entities.teams import load_teams
from tests.tasks.entity_helpers import TITLES, by_name, spans_of


def test_a_place_and_a_nickname_written_apart_are_one_team(table: AliasTable) -> None:
    text = (
        "Browns rally in Pittsburgh\n\n"
        "Cleveland scored 17 points in the fourth quarter. The Browns' defense held, and "
        "Cleveland hosts Baltimore next week. Fans in Cleveland celebrated."
    )
    spans = spans_of(
        text,
        ("Browns", "PERSON"),
        ("Pittsburgh", "GPE"),
        ("Cleveland", "GPE"),
        ("Browns", "ORG"),
        ("Cleveland", "GPE"),
        ("Baltimore", "GPE"),
        ("Cleveland", "GPE"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    teams = [e for e in found if "Browns" in e.mentions]
    assert len(teams) == 1
    assert (teams[0].type, teams[0].mentions, teams[0].mention_count) == (
        "ORG",
        ["Browns", "Cleveland"],
        4,
    )
    places = {e.name: e.type for e in found if e is not teams[0]}
    assert places == {"Pittsburgh": "LOC", "Cleveland": "LOC", "Baltimore": "LOC"}


def test_a_shared_nickname_joins_no_place_when_several_are_written(table: AliasTable) -> None:
    text = "Auburn beat LSU 20-17, and the Tigers of Auburn now face Missouri."
    spans = spans_of(
        text, ("Auburn", "ORG"), ("LSU", "ORG"), ("Tigers", "ORG"), ("Missouri", "GPE")
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["Tigers"].mentions == ["Tigers"]
    assert found["Auburn"].mentions == ["Auburn"]


def test_a_teams_full_name_is_an_organization_whatever_the_model_read(table: AliasTable) -> None:
    text = "The Denver Nuggets beat Utah, and the Nuggets are now 6-4."
    spans = spans_of(text, ("The Denver Nuggets", "GPE"), ("Utah", "GPE"), ("Nuggets", "ORG"))
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found["Denver Nuggets"].type == "ORG"
    assert found["Denver Nuggets"].mentions == ["Denver Nuggets", "Nuggets"]


def test_the_teams_file_reads_place_and_nickname_pairs(tmp_path: Path) -> None:
    path = tmp_path / "teams.txt"
    path.write_text("# comment\nTampa Bay|Lightning\n\nDetroit|Red Wings  # NHL\n")
    assert load_teams(path) == {
        "lightning": (("tampa bay", "Tampa Bay Lightning"),),
        "red wings": (("detroit", "Detroit Red Wings"),),
    }


def test_a_datelines_place_is_the_city_not_its_team(table: AliasTable) -> None:
    """Where the story was filed ("CLEVELAND (AP) —", "Cleveland —") is a place, even on a page
    that names the city's team by its place and its nickname."""
    for dateline in ("CLEVELAND (AP) —", "Cleveland —"):
        text = (
            f"Browns rally\n\n{dateline} Cleveland rallied in the fourth quarter as the Browns "
            "beat Pittsburgh. The Browns had lost three straight."
        )
        place = dateline.split(" ")[0]
        spans = spans_of(
            text,
            (place, "GPE"),
            ("Cleveland", "GPE"),
            ("Browns", "ORG"),
            ("Pittsburgh", "GPE"),
            ("Browns", "ORG"),
        )
        found = resolve_entities(text, spans, table, TITLES)
        team = next(e for e in found if "Browns" in e.mentions)
        assert team.mention_count == 3, dateline  # "Cleveland rallied" and the two "Browns"
        city = [e for e in found if e.type == "LOC" and place in e.mentions]
        assert [e.mention_count for e in city] == [1], dateline
