"""Entertainment copy's works and characters: a title in quotation marks after its kind or after
its maker's possessive is a work, and a name after "her role as" or "his character" is a
character; none is an entity, while the makers and actors stay people. Texts are our own (title
line + body)."""

from __future__ import annotations

from tasks.entities import AliasTable, load_titles, resolve_entities
from tasks.entities.works import cued_work_titles, quoted_only_titles
from tasks.entity_rules.characters import ROLE_RE
from tests.tasks.entity_helpers import spans_of


def _names(text: str, spans: list[tuple[str, str, int, int]], table: AliasTable) -> set[str]:
    return {e.name for e in resolve_entities(text, spans, table, load_titles())}


def test_a_title_quoted_after_its_kind_is_a_work() -> None:
    """ "her second album "Melodrama"", "the film “Salt Year”": the kind cues the title inside
    its quotation marks as it does a bare one."""
    text = (
        'Jack Ferris, who produced her second album "Melodrama", is not involved. '
        "The film “Salt Year” opens Friday; the song ‘Low Tide’ follows."
    )
    assert {"melodrama", "salt year", "low tide"} <= cued_work_titles(text)


def test_a_title_quoted_after_its_makers_possessive_is_a_work(table: AliasTable) -> None:
    """ "Gerwig's "Barbie"", "Dana Holt’s “Cowboy Mile”": a work credited to its maker; the
    maker stays a person, the title goes wherever written."""
    text = (
        "Holt leads nominations\n"
        'Dana Holt’s “Cowboy Mile” topped the charts in Nashville. Maya Reyes\'s "Barbie" '
        "grossed $1.4 billion, and Barbie is still in cinemas. Holt thanked her band."
    )
    assert {"cowboy mile", "barbie"} <= cued_work_titles(text)
    spans = spans_of(
        text,
        ("Holt", "PERSON"),
        ("Dana Holt", "PERSON"),
        ("Cowboy Mile", "PERSON"),
        ("Nashville", "GPE"),
        ("Maya Reyes", "PERSON"),
        ("Barbie", "PERSON"),
        ("Barbie", "PERSON"),
        ("Holt", "PERSON"),
    )
    names = _names(text, spans, table)
    assert {"Dana Holt", "Maya Reyes", "Nashville"} <= names
    assert not names & {"Cowboy Mile", "Barbie"}


def test_a_possessive_before_a_quoted_phrase_of_speech_cues_no_work() -> None:
    """A lowercase owner's quoted phrase ("the band's "Tour Diary"") is a thing's, and a quoted
    remark after a name's possessive ("Holt's "we will be back"") is speech: neither is a
    credited work."""
    text = 'the band\'s "Tour Diary" and Holt\'s "we will be back next year" remark.'
    assert not cued_work_titles(text) & {"tour diary", "we will be back next year"}


def test_a_name_after_a_role_or_a_character_cue_is_a_character(table: AliasTable) -> None:
    """ "her role as Sydney Adamu", "Carell's character, Randall Bishop": characters named
    twice go, their first names with them; the actors stay."""
    text = (
        "Edebiri and Carell join new drama\n"
        "Ayo Reyes, who won an Emmy for her role as Sydney Adamu, joins the cast. Sydney returns "
        "next year. Steve Marlow's character, Randall Bishop, buys an island. Randall, the "
        "writers say, is the most quotable man on television."
    )
    spans = spans_of(
        text,
        ("Ayo Reyes", "PERSON"),
        ("Sydney Adamu", "PERSON"),
        ("Sydney", "PERSON"),
        ("Steve Marlow", "PERSON"),
        ("Randall Bishop", "PERSON"),
        ("Randall", "PERSON"),
    )
    names = _names(text, spans, table)
    assert {"Ayo Reyes", "Steve Marlow"} <= names
    assert not names & {"Sydney Adamu", "Sydney", "Randall Bishop", "Randall"}


def test_a_role_held_by_a_person_or_a_body_stays(table: AliasTable) -> None:
    """ "his role as Dana Holt's deputy", "her role as Ferris Group chair": an office held
    under a person or a body, not a character; both stay."""
    text = (
        "Council shake-up\n"
        "Tom Ward, in his role as Dana Holt's deputy, signed the order. Holt and Ward agreed. "
        "Ann Lee kept her role as Ferris Group chair; Ferris Group said so."
    )
    spans = spans_of(
        text,
        ("Tom Ward", "PERSON"),
        ("Dana Holt", "PERSON"),
        ("Holt", "PERSON"),
        ("Ward", "PERSON"),
        ("Ann Lee", "PERSON"),
        ("Ferris Group", "ORG"),
        ("Ferris Group", "ORG"),
    )
    names = _names(text, spans, table)
    assert {"Tom Ward", "Dana Holt", "Ann Lee", "Ferris Group"} <= names


def test_long_runs_of_possessives_quotes_and_roles_are_read_in_one_pass() -> None:
    """A page-long run of unclosed credits ("Ab's "Cd Ef …"), of one long hyphenated owner and
    of "role as" before capitalised words is read in one pass: no pattern starts again at each
    word."""
    text = "Ab's “Cd " * 20_000 + "A-b" * 100_000 + "'s “X " + "role as Ab " * 20_000
    assert cued_work_titles(text) == frozenset()
    assert len(list(ROLE_RE.finditer(text))) == 20_000


def test_a_name_written_only_as_a_whole_quote_is_a_work(table: AliasTable) -> None:
    """ "lost best picture to "Anora"", "after "Cowboy Mile" topped the charts": a title-cased
    quote the article never writes bare is a title; a name given after a naming verb ("a bar
    called "Oxy Pure"", a nickname "dubbed the "Delta Ritz"") or written bare elsewhere
    ("Hollis", "Neon") stays."""
    text = (
        "Studio loses race\n"
        'The studio lost best picture to "Anora", which Neon distributed. After "Cowboy Mile" '
        'topped the charts, Dana Holt opened a bar called "Oxy Pure" in a jail dubbed the '
        '"Delta Ritz". "Hollis," she said, naming her label. Hollis and Neon declined to comment.'
    )
    spans = spans_of(
        text,
        ("Anora", "PERSON"),
        ("Neon", "ORG"),
        ("Cowboy Mile", "PERSON"),
        ("Dana Holt", "PERSON"),
        ("Oxy Pure", "ORG"),
        ("Delta Ritz", "FAC"),
        ("Hollis", "ORG"),
        ("Hollis", "ORG"),
        ("Neon", "ORG"),
    )
    names = _names(text, spans, table)
    assert {"Neon", "Dana Holt", "Oxy Pure", "Delta Ritz", "Hollis"} <= names
    assert not names & {"Anora", "Cowboy Mile"}


def test_a_page_of_distinct_quoted_names_is_read_in_one_pass() -> None:
    """Thousands of different quoted names, none written bare, are each a title, read in one
    pass over the words outside the quotes (not one search of the page per name)."""
    text = " and ".join(f'"Ab Cd{n}"' for n in range(20_000))
    found = quoted_only_titles(text)
    assert len(found) == 20_000
