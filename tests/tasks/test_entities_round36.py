"""Round 36: conventions found on the corpus' and fundus' tuning pages, tested on texts of our
own.

- a title set between commas after its kind may hold minor words in pairs ("his debut, Lucy in
  the Sky, is"), and a name the model finds inside a title so set is a word of the work, unless
  the article writes it elsewhere too;
- a genre's noun after a title in apposition ("The Last Hot Time, an urban fantasy about") says
  the title is a work, as "a film" does; "a cautionary tale" does not (a company is one);
- a numbered index's name followed by a verb of the market's day ("the Nasdaq rose", "Hong
  Kong's Hang Seng dropped") is the index; "the Nikkei reported" is the paper;
- a degree after a name ("Michael Shadlen, Ph.D., of", "Tom Vale, PhD,") is no entity; a state's
  code after a town ("Silver Spring, MD,") stays the state;
- a figure's or a table's number ("see Fig. 1", "Table 2") and a keyboard's key ("press the
  Escape key") are no entities; "Table Mountain" and "a key witness" are not such;
- a road written by its number ("NH 44", "Interstate 70", "on I-95") is one place, the model's
  cut ("NH") made whole and a road it skipped added; an immigration form ("an I-130") is none;
- a handle or a hashtag ("@POTUS's comments", "the #MeToo era") is no entity unless the alias
  table knows the name; a program's error class ("TypeError") is software;
- a temperature's scale after its number or "degrees" ("107 degrees Fahrenheit") is a unit;
  "Celsius filed for bankruptcy" is the lender;
- a first name the model reads as a place everywhere is the person named in full with it when no
  place of the gazetteer has the name ("Rebecca Cooke ... Rebecca, 24, said"); "Jordan" and
  "Paris" stay places.
"""

from __future__ import annotations

from tasks.entities import AliasTable, resolve_entities
from tests.tasks.entity_helpers import TITLES, by_name, spans_of


def test_a_title_between_commas_holds_minor_words_in_pairs(table: AliasTable) -> None:
    text = (
        "Ida Renner's second act\n\n"
        "Her first novel, Lantern in the Fog, follows a ferry pilot. Her second, Marrow, sold "
        "less. Her debut, Tova on the Hill, was a play about Tova Brin, who ran the ferry."
    )
    spans = spans_of(
        text,
        ("Ida Renner", "PERSON"),
        ("Lantern", "PERSON"),
        ("Fog", "ORG"),
        ("Tova", "PERSON"),
        ("Hill", "LOC"),
        ("Tova Brin", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert not {"Lantern", "Fog", "Hill"} & found.keys()
    assert {"Ida Renner", "Tova Brin"} <= found.keys()  # "Tova" is written outside the title too


def test_a_genres_noun_after_a_title_makes_it_a_work(table: AliasTable) -> None:
    text = (
        "The Cold Orchard, an urban fantasy about smugglers, stayed in print, said Maren Coyle. "
        "Calder Holdings, a cautionary tale for investors, collapsed in 2019."
    )
    spans = spans_of(
        text,
        ("Cold Orchard", "ORG"),
        ("Maren Coyle", "PERSON"),
        ("Calder Holdings", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert "Cold Orchard" not in found
    assert {"Maren Coyle", "Calder Holdings"} <= found.keys()


def test_an_index_that_moves_is_the_index(table: AliasTable) -> None:
    text = (
        "Stocks end mixed\n\n"
        "The Dow Jones Industrial Average fell and the Nasdaq rose. In Asia, Hong Kong's Hang "
        "Seng dropped 1.02 per cent and the Nikkei was little changed. The Nikkei reported "
        "that Orlow Bank would list on the FTSE."
    )
    spans = spans_of(
        text,
        ("Nasdaq", "ORG"),
        ("Hang Seng", "ORG"),
        ("Nikkei", "ORG"),  # was little changed: the index
        ("Nikkei", "ORG"),  # reported: the paper
        ("Orlow Bank", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert not {"Nasdaq", "Hang Seng"} & found.keys()
    assert {"Nikkei", "Orlow Bank"} <= found.keys()
    assert found["Nikkei"].mention_count == 1  # the paper's mention, not the index's


def test_a_degree_after_a_name_is_no_entity(table: AliasTable) -> None:
    text = (
        "The team was led by Ana Reis, Ph.D., of Orlow College, with Tom Vale, PhD, and Jane "
        "Ruiz, D.Phil. Offices in Silver Spring, MD, will host the panel."
    )
    spans = spans_of(
        text,
        ("Ana Reis", "PERSON"),
        ("Ph.D.", "GPE"),
        ("Orlow College", "ORG"),
        ("Tom Vale", "PERSON"),
        ("PhD", "ORG"),
        ("Jane Ruiz", "PERSON"),
        ("D.Phil", "ORG"),
        ("Silver Spring", "GPE"),
        ("MD", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert not {"Ph.D.", "PhD", "D.Phil"} & found.keys()
    assert {"Ana Reis", "Orlow College", "Tom Vale", "Jane Ruiz", "Silver Spring"} <= found.keys()
    assert "Maryland" in found


def test_a_figures_number_and_a_keyboards_key_are_no_entities(table: AliasTable) -> None:
    text = (
        "The queue drains fast (see Fig. 1 above), as Table 2 shows. Press the Escape key or "
        "click Cancel, Ana Reis wrote from Table Mountain, where Tom Vale was a key witness."
    )
    spans = spans_of(
        text,
        ("Fig", "PERSON"),
        ("Table 2", "ORG"),
        ("Escape", "PERSON"),
        ("Ana Reis", "PERSON"),
        ("Table Mountain", "LOC"),
        ("Tom Vale", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert not {"Fig", "Table 2", "Escape"} & found.keys()
    assert {"Ana Reis", "Table Mountain", "Tom Vale"} <= found.keys()


def test_a_road_written_by_its_number_is_one_place(table: AliasTable) -> None:
    text = (
        "NH 44 is closed from both sides and traffic on NH-24 was diverted. A crash on I-95 "
        "and Interstate 70 stalled traffic, said Ana Reis, who filed an I-130 petition."
    )
    spans = spans_of(
        text,
        ("NH", "ORG"),  # the model's cut of "NH 44"
        ("NH-24", "ORG"),
        ("Interstate 70", "FAC"),
        ("Ana Reis", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert {"NH 44", "NH-24", "I-95", "Interstate 70", "Ana Reis"} == found.keys()
    assert {found[name].type for name in ("NH 44", "NH-24", "I-95")} == {"LOC"}


def test_a_handle_a_hashtag_and_an_error_class_are_no_entities(table: AliasTable) -> None:
    text = (
        '"I echo @POTUS\'s comments," Tom Vale wrote in the #MeToo era, as #Ukraine trended. '
        "The methods throw TypeError when the name is empty, Ana Reis said."
    )
    spans = spans_of(
        text,
        ("@POTUS", "ORG"),
        ("Tom Vale", "PERSON"),
        ("MeToo", "PERSON"),
        ("Ukraine", "GPE"),
        ("TypeError", "ORG"),
        ("Ana Reis", "PERSON"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found.keys() == {"Tom Vale", "Ukraine", "Ana Reis"}


def test_a_temperatures_scale_is_a_unit(table: AliasTable) -> None:
    text = (
        "The keyboard hit 107 degrees Fahrenheit and the bag is rated at 13 Celsius, Ana Reis "
        "said. Celsius filed for bankruptcy in July."
    )
    spans = spans_of(
        text,
        ("Fahrenheit", "GPE"),
        ("Celsius", "ORG"),
        ("Ana Reis", "PERSON"),
        ("Celsius", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert {"Ana Reis", "Celsius"} == found.keys()
    assert found["Celsius"].mention_count == 1  # the lender, not the scale


def test_a_first_name_read_as_a_place_is_the_person_when_no_place_has_it(
    table: AliasTable,
) -> None:
    text = (
        "Rebecca Cooke won the 10,000m final. Rebecca, 24, said she was delighted. Paris "
        "Hilton watched from the stand before flying to Paris."
    )
    spans = spans_of(
        text,
        ("Rebecca Cooke", "PERSON"),
        ("Rebecca", "GPE"),
        ("Paris Hilton", "PERSON"),
        ("Paris", "GPE"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert found.keys() == {"Rebecca Cooke", "Paris Hilton", "Paris"}
    assert found["Rebecca Cooke"].mention_count == 2
    assert found["Paris"].type == "LOC"
