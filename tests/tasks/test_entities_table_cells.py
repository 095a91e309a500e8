"""Names in a story's data tables, read a cell and a column at a time (tasks.entities.table_cells).
Texts are our own (title line + body, tables as the body writes them)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.table_cells import table_cell_spans
from tests.tasks.entity_helpers import by_name, spans_of

STANDINGS = (
    "Harwick go top of the Northern Premier\n\n"
    "Harwick Town went top of the table on Saturday after a 3-1 win at Ellesmere Rovers.\n"
    "| Pos | Club | P | Pts |\n"
    "|---|---|---|---|\n"
    "| 1 | Harwick Town | 14 | 31 |\n"
    "| 2 | Brigham Athletic | 14 | 29 |\n"
    "| 3 | Ellesmere Rovers | 13 | 24 |\n"
    "| 4 | Casterby | 14 | 22 |\n"
    "| 5 | Lowmoor Wanderers | 14 | 19 |\n"
    "The next round is played on Friday."
)


def test_a_club_column_is_read_whole_and_its_headings_are_no_names(table: AliasTable) -> None:
    """The heading row's labels run into one span ("Pos | Club") and the clubs the model left
    unread or read as a person ("Casterby", "Lowmoor Wanderers") are the column's kind: clubs,
    kept though named in no sentence."""
    spans = spans_of(
        STANDINGS,
        ("Harwick Town", "ORG"),
        ("Ellesmere Rovers", "ORG"),
        ("Pos | Club", "ORG"),
        ("Brigham Athletic", "PERSON"),
        ("Lowmoor Wanderers", "PERSON"),
    )
    found = by_name(resolve_entities(STANDINGS, spans, table, load_titles()))
    assert not [name for name in found if "|" in name or name in ("Pos", "Club")]
    for club in ("Casterby", "Lowmoor Wanderers", "Brigham Athletic"):
        assert found[club].type == "ORG", club


def test_a_leaderboard_s_players_are_people_and_its_ranks_no_names(table: AliasTable) -> None:
    """A column headed "Player" whose cells the model reads in part is people; a rank column
    ("T3") and a score column name no one; a country column read by majority is places."""
    text = (
        "Lindqvist leads at Harbour Links\n\n"
        "Tomas Lindqvist shot 66 on Friday to lead by two.\n"
        "| Pos | Player | Country | Score |\n"
        "|---|---|---|---|\n"
        "| 1 | Tomas Lindqvist | Sweden | -11 |\n"
        "| 2 | Brennan Hale | United States | -9 |\n"
        "| T3 | Kazuki Morita | Japan | -8 |\n"
        "| T3 | Ollie Featherstone | England | -8 |\n"
        "The third round begins on Saturday."
    )
    spans = spans_of(
        text,
        ("Tomas Lindqvist", "PERSON"),
        ("Sweden", "GPE"),
        ("Brennan Hale", "PERSON"),
        ("United States", "GPE"),
        ("T3", "ORG"),
        ("Japan", "GPE"),
        ("Ollie Featherstone", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, load_titles()))
    assert found["Kazuki Morita"].type == "PERSON"
    assert found["Ollie Featherstone"].type == "PERSON"
    assert found["England"].type == "LOC"
    assert "T3" not in found


def test_a_column_the_model_reads_no_name_in_is_left_alone() -> None:
    """Positions and notes: no cell read as a name, no name made of them; rows that are no table
    (a line with one bar) are no cells."""
    text = (
        "Squad named\n\n"
        "| Name | Position |\n"
        "|---|---|\n"
        "| Ana Ruiz | Goalkeeper |\n"
        "| Lena Voss | Defender |\n"
        "Tickets | on sale now"
    )
    spans = spans_of(text, ("Ana Ruiz", "PERSON"), ("Tickets | on", "ORG"))
    out, named = table_cell_spans(text, spans)
    surfaces = {s[0] for s in out}
    assert "Lena Voss" in surfaces and "Ana Ruiz" in surfaces
    assert not {"Goalkeeper", "Defender", "Name", "Position"} & surfaces
    assert "Tickets | on" in surfaces  # no table row: left as the model read it
    assert len(named) == 2


def test_text_without_tables_is_untouched() -> None:
    text = "Budget passes\n\nThe council passed the budget | a rare event, said Mara Lenz."
    spans = spans_of(text, ("Mara Lenz", "PERSON"))
    assert table_cell_spans(text, spans) == (spans, frozenset())


def test_a_one_column_table_of_names_is_read_by_its_heading() -> None:
    text = (
        "Honours announced\n\n"
        "| Recipients |\n|---|\n| Ana Ruiz |\n| Lena Voss |\n| Tomasz Wilczek |\n"
        "The medals are presented in June."
    )
    spans = spans_of(text, ("Ana Ruiz", "PERSON"), ("June", "DATE"))
    out, _ = table_cell_spans(text, spans)
    people = [s[0] for s in out if s[1] == "PERSON"]
    assert people == ["Ana Ruiz", "Lena Voss", "Tomasz Wilczek"]


def test_a_table_in_a_language_the_model_does_not_read_names_by_its_headings(
    table: AliasTable,
) -> None:
    """No spans at all (a Portuguese text): the columns headed "Jogador" and "Clube" name people
    and clubs; a generic "Nome" column and the totals row name no one."""
    text = (
        "Artilharia da Liga\n\n"
        "O avançado do Sporting marcou dois golos no domingo e lidera a lista.\n"
        "| Jogador | Clube | Golos |\n|---|---|---|\n"
        "| Tiago Marreiros | Casa Pia | 14 |\n| Rui Valadares | Moreirense | 11 |\n"
        "| Total | | 25 |\n\n"
        "| Nome | Preço |\n|---|---|\n| Camisola Oficial | 90 |\n| Cachecol Azul | 15 |"
    )
    found = by_name(resolve_entities(text, [], table, load_titles()))
    assert found["Tiago Marreiros"].type == "PERSON"
    assert found["Rui Valadares"].type == "PERSON"
    assert found["Casa Pia"].type == "ORG"
    assert found["Moreirense"].type == "ORG"
    assert not {"Total", "Camisola Oficial", "Cachecol Azul"} & found.keys()


def test_a_column_of_categories_names_no_one() -> None:
    """Positions repeated down a snap-count table: the model's lone reading of one ("LB" as an
    organization) is no name; the players' column is read whole."""
    text = (
        "Snap counts\n\n"
        "| Pos | Player | Plays |\n|---|---|---|\n"
        "| LB | Joe Mercer | 74 |\n| LB | Dan Okafor | 70 |\n| LB | Sam Kerrow | 12 |\n"
        "| CB | Ty Vance | 74 |"
    )
    spans = spans_of(
        text, ("LB", "ORG"), ("Joe Mercer", "PERSON"), ("Dan Okafor", "PERSON"), ("CB", "GPE")
    )
    out, named = table_cell_spans(text, spans)
    assert [s[0] for s in out] == ["Joe Mercer", "Dan Okafor", "Sam Kerrow", "Ty Vance"]
    assert len(named) == 4
    distinct = text.replace("| LB | Dan", "| DE | Dan").replace("| LB | Sam", "| S | Sam")
    kept = [s[0] for s in table_cell_spans(distinct, spans_of(distinct, ("LB", "ORG")))[0]]
    assert "LB" in kept  # four values in four rows: no column of categories
