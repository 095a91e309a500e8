"""Which texts are English: declared languages, detection, and no NER on other languages."""

from __future__ import annotations

import pytest

from tasks.entities import (
    AliasTable,
    detect_language,
    entities_for_texts,
    text_languages,
)


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
        ("Il governo ha detto giovedì che le truppe resteranno nel paese per un anno.", "it"),
        ("O governo disse na quinta-feira que as tropas vão ficar no país por mais um ano.", "pt"),
        ("Regeringen sagde torsdag, at tropperne bliver i landet et år endnu.", "da"),
        ("政府は木曜日、部隊が国内に留まると述べた。", "ja"),
        ("Storm hits Lagos", None),  # a headline alone: not sure enough, read as English
        ("Kabul", None),
        ("", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_non_english_texts_skip_ner_and_keep_alias_matches(table: AliasTable) -> None:
    class NoModel:  # must not be used: calling it would fail the test
        def pipe(self, *args: object, **kwargs: object) -> object:
            raise AssertionError("NER ran on a non-English text")

    texts = ["Die Taliban und das Pentagon in Kabul.", ""]
    found = entities_for_texts(texts, table, NoModel(), languages=["de", "fr"])  # type: ignore[arg-type]
    assert [e.name for e in found[0]] == ["Taliban", "United States Department of Defense", "Kabul"]
    assert found[1] == []


_ENGLISH = (
    "The regional council voted on Tuesday to close two branch libraries next spring, "
    "saying the buildings need repairs it cannot afford. Residents who packed the meeting "
    "said the closures would hurt older readers most, and a petition has gathered more than "
    "two thousand signatures since the plan was first announced in September."
)
_GERMAN = (
    "Der Gemeinderat hat am Dienstag beschlossen, im kommenden Frühjahr zwei Stadtteilbüchereien "
    "zu schließen, weil die Gebäude Reparaturen brauchen, die er sich nicht leisten kann. "
    "Anwohner, die zur Sitzung kamen, sagten, die Schließungen träfen vor allem ältere Leser, "
    "und eine Petition hat seit September mehr als zweitausend Unterschriften gesammelt."
)


@pytest.mark.parametrize(
    ("text", "declared", "language"),
    [
        (_ENGLISH, "de", "en"),  # an English story under a German site's template
        (_GERMAN, "en", "de"),  # a template left at "en" over a German story
        (_ENGLISH, "en-GB", "en-GB"),  # agreement: the declaration as written
        (_GERMAN, "nl", "nl"),  # two other languages: nothing to decide about English
        ("The council voted on Tuesday to close two libraries.", "de", "de"),  # too short
    ],
)
def test_a_text_surely_on_the_other_side_of_english_overrules_its_declaration(
    text: str, declared: str, language: str
) -> None:
    assert text_languages([text], [declared]) == [language]


# An English story thick with German names and quotes: the detector, reading letters, is sure
# it is German (0.9998); its small words are English.
_ENGLISH_ABOUT_GERMANY = (
    "Bürgermeister Klaus Wörner of Oberammergau said the Gemeindeverwaltung had approved the "
    'Passionsspiele budget. "Wir schaffen das," Wörner told the Münchner Merkur. The '
    "Landratsamt Garmisch-Partenkirchen and the Bayerisches Staatsministerium für Wirtschaft, "
    "Landesentwicklung und Energie backed the plan, with the Sparkasse Oberland and "
    "Raiffeisenbank Werdenfels. Kreisbrandmeister Jürgen Schöttl and Pfarrer Thomas Gröbl of "
    'the Pfarrverband Oberammergau-Unterammergau attended. "Das ist ein großer Tag für unser '
    'Dorf und für die ganze Region," said Gröbl. The Festspielhaus will open in May, the '
    "Verkehrsverein said."
)


@pytest.mark.parametrize(
    ("text", "declared", "language"),
    [
        (_ENGLISH_ABOUT_GERMANY, "de", "en"),  # an English service on a German site
        (_ENGLISH_ABOUT_GERMANY, "en-US", "en-US"),  # the detector alone would make it "de"
        (_ENGLISH_ABOUT_GERMANY, None, "en"),  # undeclared
        (_GERMAN, None, "de"),
        (_GERMAN, "en", "de"),
    ],
)
def test_a_text_english_by_its_small_words_is_english(
    text: str, declared: str | None, language: str
) -> None:
    assert detect_language(_ENGLISH_ABOUT_GERMANY) == "de"  # what the words outrank
    assert text_languages([text], [declared]) == [language]


_ENGLISH_LEAD = (
    "Sporting stretched their lead at the top of the Primeira Liga to six points on Sunday "
    "after a 2-0 win over Braga in Lisbon, and the club's players have now scored more goals "
    "than any other side in the league this season. Here is how the scoring chart looks with "
    "eight rounds left to play."
)
_PORTUGUESE_SCORERS = "\n".join(
    f"| {rank} | {name} | {club} | {goals} |"
    for rank, (name, club, goals) in enumerate(
        [
            ("João Gonçalves Ferreira", "Sporting Clube de Portugal", 24),
            ("Vangelis Pavlidis", "Sport Lisboa e Benfica", 21),
            ("Samuel Omorodion Aghehowa", "Futebol Clube do Porto", 19),
            ("Ricardo Jorge da Luz Horta", "Sporting Clube de Braga", 15),
            ("Francisco Navarro Aliaga", "Gil Vicente Futebol Clube", 12),
            ("Rafael Alexandre Conceição Leão", "Vitória Sport Clube", 11),
            ("Gonçalo Matias Ramos", "Sport Lisboa e Benfica", 10),
            ("Paulinho Conceição dos Santos", "Clube Desportivo Santa Clara", 9),
            ("Tiago Rafael Maia Silva", "Casa Pia Atlético Clube", 9),
            ("Bruno Miguel Borges Fernandes", "Futebol Clube de Arouca", 8),
            ("André Filipe Tavares Gomes", "Moreirense Futebol Clube", 8),
            ("Pedro Gonçalves Ribeiro", "Estoril Praia Futebol", 7),
        ],
        start=1,
    )
)


def test_the_language_is_read_on_the_prose_not_on_a_table_of_names() -> None:
    """An English story under a Portuguese site's template, with a table of Portuguese names
    and clubs: its sentences are English. A Portuguese story with the same table stays
    Portuguese, and a text of a table alone is read whole."""
    story = f"{_ENGLISH_LEAD}\n| Pos | Player | Club | Goals |\n|---|---|---|---|\n"
    story += _PORTUGUESE_SCORERS
    assert text_languages([story], ["pt-PT"]) == ["en"]
    portuguese = (
        "O Sporting aumentou para seis pontos a vantagem no topo da Primeira Liga no domingo, "
        "depois de vencer o Braga por 2-0 em Lisboa. Os jogadores do clube marcaram mais golos "
        "do que qualquer outra equipa do campeonato nesta temporada.\n" + _PORTUGUESE_SCORERS
    )
    assert text_languages([portuguese], ["pt-PT"]) == ["pt-PT"]
    assert text_languages([_PORTUGUESE_SCORERS], ["pt"]) == ["pt"]


def test_the_tables_of_a_text_in_another_language_are_read_by_the_model(
    table: AliasTable,
) -> None:
    """A Portuguese story's results table: its rows are names and numbers in no sentence, so the
    model reads them (and only them: the prose's lines never reach it), and the generic "Nome"
    column, named by its cells' readings, holds the drivers; a Spanish table without a heading
    row names its riders by the readings alone. German writes its nouns with a capital: a
    schedule's events, which the model reads as people, stay no names, as do the names of a
    German table without a heading: there the readings only confirm a column headed "Name"."""
    from tasks.entities import load_nlp

    class Recording:  # the real model, remembering what it was given
        def __init__(self) -> None:
            self.read: list[str] = []
            self.max_length = load_nlp().max_length

        def pipe(self, texts: list[str], **kwargs: object) -> object:
            texts = list(texts)
            self.read.extend(texts)
            return load_nlp().pipe(texts, **kwargs)

    text = (
        "Resultado do Grande Prêmio de Interlagos\n"
        "O piloto da casa largou da pole e venceu a corrida de domingo diante de um público "
        "recorde, depois de uma disputa intensa com os rivais nas últimas voltas da prova.\n"
        "| Pos | Nome | Equipe | Tempo |\n|---|---|---|---|\n"
        "| 1 | Felipe Andrade | Scuderia Vale | 1:32.410 |\n"
        "| 2 | Marcus Whitfield | Kestrel Racing | 1:32.998 |\n"
        "| 3 | Tomás Ribeiro | Scuderia Vale | 1:33.120 |\n"
        "| 4 | Jonas Eklund | Nordlys Motorsport | 1:33.500 |\n"
        "A próxima etapa será disputada daqui a duas semanas."
    )
    schedule = (
        "Der Zeitplan der Nordischen Kombination\n"
        "Die Wettbewerbe beginnen jeweils am Vormittag mit dem Springen, am Nachmittag folgt "
        "der Langlauf über zehn Kilometer im Stadion am Waldrand.\n"
        "| Tag | Datum | Uhrzeit | Wettkampf |\n|---|---|---|---|\n"
        "| 6 | Mittwoch, 9. Februar | 9 Uhr | Einzel Normalschanze |\n"
        "| 12 | Dienstag, 15. Februar | 9 Uhr | Einzel Großschanze |\n"
        "| 14 | Donnerstag, 17. Februar | 9 Uhr | Team |\n"
        "Die Startlisten der Vorwoche sahen so aus, ohne Kopfzeile.\n"
        "| Lukas Brenner | Oberstdorf |\n| Jonas Wiegand | Klingenthal |"
    )
    stage = (
        "Clasificación de la etapa\n"
        "El ciclista colombiano ganó la etapa del domingo tras un ataque en el último puerto.\n"
        "| 1 | Andrés Cárdenas | 4h 12m |\n| 2 | Mikel Zubiaurre | a 12s |\n"
        "| 3 | Pierre Lamotte | a 30s |\n| 4 | Lucas Ferreyra | a 41s |"
    )
    model = Recording()
    texts = [text, schedule, stage]
    found, events, riders = entities_for_texts(texts, table, model, languages=["pt", "de", "es"])  # type: ignore[arg-type]
    people = {e.name for e in found if e.type == "PERSON"}
    assert people == {"Felipe Andrade", "Marcus Whitfield", "Tomás Ribeiro", "Jonas Eklund"}
    assert model.read and all(line.startswith("|") for line in model.read)
    assert not {"Einzel Normalschanze", "Einzel Großschanze"} & {e.name for e in events}
    assert any("Einzel Normalschanze" in line for line in model.read)  # read, then dropped
    assert {"Andrés Cárdenas", "Mikel Zubiaurre", "Pierre Lamotte", "Lucas Ferreyra"} <= {
        e.name for e in riders if e.type == "PERSON"
    }
