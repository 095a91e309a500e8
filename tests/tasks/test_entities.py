"""Entity resolution: pure tests on hand-built spans, and the real model on the seed article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from schemas.claims import ResolvedEntity
from tasks import entity_rules
from tasks.entities import (
    ALIAS_TABLE_ENV,
    DEFAULT_ALIAS_PATH,
    AliasTable,
    build_alias_table,
    detect_language,
    entities_for_texts,
    entity_derivation_key,
    find_acronym_definitions,
    fold,
    load_alias_table,
    load_nlp,
    load_titles,
    mention_records,
    recognize,
    resolve_entities,
    text_languages,
    unknown_entity_id,
)
from tests.records import at, version

SEED_ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "seed_article.txt"
TITLES = ("Secretary of State", "US Secretary of State", "President", "Mr.", "spokesman", "Gen.")


@pytest.fixture(scope="module")
def table() -> AliasTable:
    return load_alias_table()


@pytest.fixture(scope="module")
def titles() -> tuple[str, ...]:
    return load_titles()


def spans_of(text: str, *items: tuple[str, str]) -> list[tuple[str, str, int, int]]:
    """Build NER spans by finding each surface in order (like spaCy's doc.ents)."""
    spans, pos = [], 0
    for surface, label in items:
        start = text.index(surface, pos)
        spans.append((surface, label, start, start + len(surface)))
        pos = start + len(surface)
    return spans


def by_name(entities: list[ResolvedEntity]) -> dict[str, ResolvedEntity]:
    return {e.name: e for e in entities}


# --- fold ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["al-Qaeda", "Al Qaeda", "Al-Qaeda's", "al-Qaeda’s", "AL‑QAEDA", "the Al  Qaeda"]
)
def test_fold_unifies_spellings_of_one_name(name: str) -> None:
    assert fold(name) == "al qaeda"


def test_fold_strips_diacritics_dots_and_unifies_apostrophes() -> None:
    assert fold("Recep Tayyip Erdoğan") == fold("Recep Tayyip Erdogan")
    assert fold("U.S.") == fold("US") == "us"
    assert fold("al-Qa’ida") == fold("al-Qa'ida") == fold("al-Qaʼida") == "al qa'ida"
    assert fold("The Hague") == "hague"
    assert fold("the") == "the"  # a lone "the" is not dropped to nothing
    assert fold("“Taliban”") == "taliban"


# --- the alias table ----------------------------------------------------------------------------


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
    with pytest.raises(ValueError, match="claimed"):
        build_alias_table(rows)


def test_titles_file_is_data() -> None:
    titles = load_titles()
    assert "Secretary of State" in titles and "Mr." in titles
    assert not any(t.startswith("#") for t in titles)


# --- resolve_entities, pure ---------------------------------------------------------------------


def test_title_before_the_span_is_a_role(table: AliasTable) -> None:
    text = "“We talk about Afghanistan,” said Secretary of State Mike Pompeo. Pompeo left."
    spans = spans_of(
        text,
        ("Afghanistan", "GPE"),
        ("State", "ORG"),
        ("Mike Pompeo", "PERSON"),
        ("Pompeo", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    pompeo = found["Mike Pompeo"]
    assert pompeo.roles == ["Secretary of State"]
    assert pompeo.mentions == ["Mike Pompeo", "Pompeo"] and pompeo.mention_count == 2
    assert "State" not in found  # a word of the title, not an organization


def test_surname_links_to_the_full_name_of_an_unknown_person(table: AliasTable) -> None:
    text = "Gen. Jane Quarrington spoke in Kabul. Later Quarrington said more."
    spans = spans_of(text, ("Jane Quarrington", "PERSON"), ("Kabul", "GPE"), ("Quarrington", "GPE"))
    found = by_name(resolve_entities(text, spans, table, TITLES))
    jane = found["Jane Quarrington"]
    assert jane.type == "PERSON" and jane.mention_count == 2
    assert jane.roles == ["Gen."]
    assert jane.entity_id == unknown_entity_id("PERSON", "Jane Quarrington")


def test_ambiguous_surname_stays_unlinked(table: AliasTable) -> None:
    text = "Ann Quill met Bob Quill. Quill spoke."
    spans = spans_of(text, ("Ann Quill", "PERSON"), ("Bob Quill", "PERSON"), ("Quill", "PERSON"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Ann Quill", "Bob Quill", "Quill"]


def test_org_followed_by_spokesman_appositive_is_a_person(table: AliasTable) -> None:
    text = "“No,” said Wahid Omarzai, a spokesman for the ministry."
    found = resolve_entities(text, spans_of(text, ("Wahid Omarzai", "ORG")), table, TITLES)
    assert found[0].type == "PERSON" and found[0].roles == ["spokesman"]


def test_in_text_acronym_definition_makes_a_local_alias(table: AliasTable) -> None:
    text = (
        "The Kabul Water Supply Corporation (KWSC) raised prices. "
        "KWSC said the Kabul Water Supply Corporation's budget was short."
    )
    found = resolve_entities(text, spans_of(text, ("The Kabul Water Supply", "ORG")), table, TITLES)
    corp = by_name(found)["Kabul Water Supply Corporation"]
    assert corp.mentions == ["Kabul Water Supply Corporation", "KWSC"]
    assert corp.mention_count == 4


def test_acronym_definitions_need_matching_initials() -> None:
    text = (
        "Al-Qaeda in the Indian Subcontinent (AQIS) and Kabul (AFP) and Department of Defense (DoD)"
    )
    found = [(d.acronym, text[slice(*d.long_span)]) for d in find_acronym_definitions(text)]
    assert found == [
        ("AQIS", "Al-Qaeda in the Indian Subcontinent"),
        ("DoD", "Department of Defense"),
    ]


def test_longest_alias_wins_over_the_shorter_one_inside(table: AliasTable) -> None:
    text = "The group works with al-Qaeda’s branch in the Indian subcontinent, not al-Qaeda."
    spans = spans_of(text, ("al-Qaeda’s", "ORG"), ("Indian", "NORP"), ("al-Qaeda", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.entity_id, e.mentions) for e in found] == [
        ("nl:org:aqis", ["al-Qaeda’s branch in the Indian subcontinent"]),
        ("Q34490", ["al-Qaeda"]),
    ]


def test_ner_span_made_of_known_names_and_filler_is_split(table: AliasTable) -> None:
    text = "A report by the US Department of Defense to Congress was released."
    spans = spans_of(text, ("the US Department of Defense to Congress", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.entity_id for e in found] == ["Q11209", "Q11268"]


def test_ner_span_with_content_words_is_kept_whole(table: AliasTable) -> None:
    text = "Bank of America and Sirajuddin Haqqani were named, and the Gulf of Mexico."
    spans = spans_of(
        text,
        ("Bank of America", "ORG"),
        ("Sirajuddin Haqqani", "PERSON"),
        ("the Gulf of Mexico", "LOC"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [e.name for e in found] == ["Bank of America", "Sirajuddin Haqqani", "Gulf of Mexico"]
    assert "Q30" not in {e.entity_id for e in found}


def test_alias_scan_is_case_safe_for_short_acronyms(table: AliasTable) -> None:
    text = "Let us see what is new. The US and IS fighters.\nWHAT IS THE US PLAN NOW FOR IS?"
    found = resolve_entities(text, [], table, TITLES)
    assert [(e.entity_id, e.mention_count) for e in found] == [("Q30", 1), ("Q2429253", 1)]


def test_nationalities_and_unmapped_labels_are_not_entities(table: AliasTable) -> None:
    text = "Afghan and Russian officials met on July 2 about the Doha talks."
    spans = spans_of(
        text, ("Afghan", "NORP"), ("Russian", "GPE"), ("July 2", "DATE"), ("Doha", "GPE")
    )
    assert [e.name for e in resolve_entities(text, spans, table, TITLES)] == ["Doha"]


def test_possessive_and_article_are_trimmed_from_mentions(table: AliasTable) -> None:
    text = "The Taliban's envoy met the United States' envoy."
    spans = spans_of(text, ("The Taliban's", "ORG"), ("the United States'", "GPE"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.entity_id, e.mentions) for e in found] == [
        ("Q42418", ["Taliban"]),
        ("Q30", ["United States"]),
    ]


def test_company_legal_forms_do_not_split_an_unknown_org(table: AliasTable) -> None:
    text = "SoftBank Group Corp owns it. SoftBank declined to comment."
    spans = spans_of(text, ("SoftBank Group Corp", "ORG"), ("SoftBank", "ORG"))
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [
        ("SoftBank Group Corp", ["SoftBank Group Corp", "SoftBank"])
    ]
    assert found[0].entity_id == unknown_entity_id("ORG", "SoftBank")


def test_lowercase_ner_noise_is_dropped(table: AliasTable) -> None:
    text = "After the lorry crash, police came."
    assert resolve_entities(text, spans_of(text, ("lorry crash", "PERSON")), table, TITLES) == []


def test_unknown_ids_are_stable_and_typed() -> None:
    assert unknown_entity_id("ORG", "Acme Widgets") == unknown_entity_id("ORG", "ACME  widgets")
    assert unknown_entity_id("ORG", "Acme Widgets").startswith("nl:org:")
    assert len(unknown_entity_id("LOC", "Somewhere").split(":")[2]) == 12


def test_resolution_is_deterministic(table: AliasTable) -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    first = resolve_entities(text, [], table, TITLES)
    assert first == resolve_entities(text, [], table, TITLES)


def test_non_english_texts_skip_ner_and_keep_alias_matches(table: AliasTable) -> None:
    class NoModel:  # must not be used: calling it would fail the test
        def pipe(self, *args: object, **kwargs: object) -> object:
            raise AssertionError("NER ran on a non-English text")

    texts = ["Die Taliban und das Pentagon in Kabul.", ""]
    found = entities_for_texts(texts, table, NoModel(), languages=["de", "fr"])  # type: ignore[arg-type]
    assert [e.name for e in found[0]] == ["Taliban", "United States Department of Defense", "Kabul"]
    assert found[1] == []


def test_label_map_drops_nationalities() -> None:
    assert "NORP" not in entity_rules.LABEL_TO_TYPE
    assert entity_rules.LABEL_TO_TYPE["GPE"] == "LOC"


# --- the real model on the seed article ---------------------------------------------------------


@pytest.fixture(scope="module")
def seed_entities(table: AliasTable, titles: tuple[str, ...]) -> dict[str, ResolvedEntity]:
    nlp = load_nlp()
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    return {e.entity_id: e for e in entities_for_texts([text], table, nlp, titles=titles)[0]}


def test_model_loads_only_what_ner_needs() -> None:
    nlp = load_nlp()
    assert "ner" in nlp.pipe_names
    assert not {"parser", "tagger", "lemmatizer"} & set(nlp.pipe_names)
    assert load_nlp() is nlp  # cached per process
    spans = recognize(nlp, ["Mike Pompeo flew to Kabul."])
    assert ("Kabul", "GPE", 20, 25) in spans[0]


def test_seed_pentagon_is_the_department_of_defense(
    seed_entities: dict[str, ResolvedEntity],
) -> None:
    dod = seed_entities["Q11209"]
    assert {"Pentagon", "US Department of Defense"} <= set(dod.mentions)


def test_seed_aqis_is_distinct_from_al_qaeda(seed_entities: dict[str, ResolvedEntity]) -> None:
    aqis = seed_entities["nl:org:aqis"]
    assert aqis.mentions == ["al-Qaeda’s branch in the Indian subcontinent"]
    assert aqis.mention_count == 3
    assert "al-Qaeda’s branch in the Indian subcontinent" not in seed_entities["Q34490"].mentions


@pytest.mark.parametrize(
    "entity_id",
    ["Q42418", "nl:org:haqqani-network", "Q2429253", "Q159", "Q794", "Q30", "Q889", "Q34490"],
)
def test_seed_entities_have_one_id_each(
    seed_entities: dict[str, ResolvedEntity], entity_id: str
) -> None:
    assert entity_id in seed_entities
    names = [e.name for e in seed_entities.values()]
    assert names.count(seed_entities[entity_id].name) == 1


@pytest.mark.parametrize(
    "name", ["Mike Pompeo", "Sediq Sediqqi", "Zahir Azimi", "Rahmatullah Bizhanpour"]
)
def test_seed_people_are_persons(seed_entities: dict[str, ResolvedEntity], name: str) -> None:
    people = {e.name: e for e in seed_entities.values() if e.type == "PERSON"}
    assert name in people


def test_seed_roles_and_no_nationalities(seed_entities: dict[str, ResolvedEntity]) -> None:
    assert seed_entities["Q473239"].roles == ["Secretary of State"]
    surfaces = {m for e in seed_entities.values() for m in e.mentions}
    assert not {"Afghan", "Russian", "Indian", "State"} & surfaces
    assert set(seed_entities["Q30"].mentions) == {"US", "United States"}


# --- gaps closed for issue 5 ----------------------------------------------------------------------


def test_multi_word_surnames_link_to_the_full_name(table: AliasTable) -> None:
    text = (
        "Jean-Yves Le Drian spoke. Le Drian said Annegret Kramp-Karrenbauer agreed. "
        "Kramp-Karrenbauer left."
    )
    spans = spans_of(
        text,
        ("Jean-Yves Le Drian", "PERSON"),
        ("Le Drian", "PERSON"),
        ("Annegret Kramp-Karrenbauer", "PERSON"),
        ("Kramp-Karrenbauer", "ORG"),
    )
    found = by_name(resolve_entities(text, spans, table, TITLES))
    assert sorted(found) == ["Annegret Kramp-Karrenbauer", "Jean-Yves Le Drian"]
    assert found["Jean-Yves Le Drian"].mentions == ["Jean-Yves Le Drian", "Le Drian"]
    assert found["Annegret Kramp-Karrenbauer"].mention_count == 2


def test_a_title_after_a_comma_belongs_to_the_next_name(table: AliasTable) -> None:
    text = "In the district in Manhattan, Rep. Carolyn Maloney led."
    spans = spans_of(text, ("Manhattan", "GPE"), ("Carolyn Maloney", "PERSON"))
    found = by_name(resolve_entities(text, spans, table, ("Rep.",)))
    assert found["Manhattan"].type == "LOC" and found["Manhattan"].roles == []
    assert found["Carolyn Maloney"].roles == ["Rep."]


def test_short_org_name_links_to_the_one_full_name(table: AliasTable) -> None:
    text = "The Kabul Water Supply Board met. The Supply Board said prices rise."
    spans = spans_of(text, ("The Kabul Water Supply Board", "ORG"), ("The Supply Board", "ORG"))
    (board,) = resolve_entities(text, spans, table, TITLES)
    assert board.mentions == ["Kabul Water Supply Board", "Supply Board"]


def test_place_descriptor_and_possessive_phrase_and_diseases(table: AliasTable) -> None:
    text = "Fighting in Zurmat district spread. Zurmat is calm. Ghani's council and COVID-19 hit."
    spans = spans_of(
        text,
        ("Zurmat district", "GPE"),
        ("Zurmat", "GPE"),
        ("Ghani's council", "ORG"),
        ("COVID-19", "ORG"),
    )
    found = resolve_entities(text, spans, table, TITLES)
    assert [(e.name, e.mentions) for e in found] == [
        ("Zurmat", ["Zurmat district", "Zurmat"]),
        ("Ashraf Ghani", ["Ghani"]),
    ]
    assert found[0].entity_id == unknown_entity_id("LOC", "Zurmat")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Die Regierung hat am Donnerstag gesagt, dass die Truppen nicht bleiben und auch das.",
            "de",
        ),
        ("The government said on Thursday that the troops would stay, and it was final.", "en"),
        ("Le gouvernement a dit que les soldats resteront dans le pays pour une année.", "fr"),
        ("Министр иностранных дел России и его коллега обсудили ситуацию по телефону.", "ru"),
        ("وقال المتحدث إن الحكومة في كابول على استعداد من أجل السلام مع هذا", "ar"),
        ("Kabul", None),
        ("", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_undeclared_language_is_detected_and_recorded(table: AliasTable) -> None:
    class NoModel:
        def pipe(self, *args: object, **kwargs: object) -> object:
            raise AssertionError("NER ran on a German text")

    text = "Die Taliban und das Pentagon haben sich nicht in Kabul getroffen, sagte der Sprecher."
    assert text_languages([text, "x"], [None, "en"]) == ["de", "en"]
    (found,) = entities_for_texts([text], table, NoModel(), languages=[None])  # type: ignore[arg-type]
    assert {e.name for e in found} == {"Taliban", "United States Department of Defense", "Kabul"}
    v = version("a1", text, at(2), "r1", language=None)
    key = entity_derivation_key(table.version)
    (record, *_) = mention_records([v], [found], key, table.version, "r2", ["de"])
    assert (record.alias_version, record.language, record.run_id) == (table.version, "de", "r2")
    assert record.derivation_key == key and f"aliases={table.version}" in key


@pytest.mark.parametrize("name", ["x'); DROP TABLE t;--", "a\x00b\x1bc", "z" * 10_000, '"“q”"'])
def test_hostile_names_resolve_to_safe_stable_ids(table: AliasTable, name: str) -> None:
    text = f"{name} met Acme."
    found = resolve_entities(
        text,
        [(name, "ORG", 0, len(name)), ("Acme", "ORG", len(name) + 5, len(name) + 9)],
        table,
        TITLES,
    )
    for e in found:
        assert re.fullmatch(r"(Q\d+|nl:(person|org|loc):[0-9a-z-]+)", e.entity_id), e.entity_id


def test_alias_table_path_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    custom = tmp_path / "aliases.csv"
    custom.write_text("entity_id,name,type,aliases\nQ1,Acme Widgets,ORG,AWC\n")
    monkeypatch.setenv(ALIAS_TABLE_ENV, str(custom))
    table = load_alias_table()
    assert table.lookup("AWC") == table.lookup("acme widgets") and len(table) == 1
    assert table.version != load_alias_table(DEFAULT_ALIAS_PATH).version
