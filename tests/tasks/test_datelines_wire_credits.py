"""A convention a whole-page probe of wire copy on other sites (round 23) found: the credit line a
site carrying a wire's copy sets above the wire's dateline ("Por Reuters", "Von dpa | time"),
which is the wire's heading and not the story, goes out of the body with the dateline.

Every text here is written for the test: one general convention per case, never a page's copy.
"""

from __future__ import annotations

import pytest

from tasks.datelines import parse_dateline
from tests.tasks.dateline_helpers import page_in


@pytest.mark.parametrize(
    ("lang", "body", "agency", "opens"),
    [
        # the agency's name after a byline's first word, on its own line
        (
            "es",
            "Por Reuters\nLIMA, 3 mar (Reuters) - El Congreso peruano aprobó el martes la ley.",
            "Reuters",
            "El Congreso peruano",
        ),
        (
            "fr",
            "Par AFP\nGenève (AFP) - Les négociations ont repris lundi soir au siège de l'ONU.",
            "AFP",
            "Les négociations",
        ),
        # with the time the site filed it, after a bar
        (
            "de",
            "Von dpa | 14.03.2026, 18:05 Uhr\nMünchen (dpa) - Der Landtag hat beschlossen.",
            "dpa",
            "Der Landtag hat",
        ),
        # the agency alone, written out
        (
            "en",
            "Associated Press\nDENVER (AP) — A snowstorm closed schools on Tuesday.",
            "AP",
            "A snowstorm closed",
        ),
        # a writer's name or the desk, then the agency
        (
            "es",
            "Por Ana Gómez / EFE\nQuito, 3 mar (EFE).- La Asamblea aprobó este martes la reforma.",
            "EFE",
            "La Asamblea aprobó",
        ),
        # the dateline's place after the credit and a dash, as Brazilian portals set a byline
        (
            "pt",
            "Por Reuters — Lima\nLIMA, 3 Mar (Reuters) - O Congresso peruano aprovou a lei.",
            "Reuters",
            "O Congresso",
        ),
        (
            "it",
            "di Redazione ANSA\n(ANSA) - BARI, 03 MAR - La Regione ha approvato il piano.",
            "ANSA",
            "La Regione",
        ),
    ],
)
def test_the_wire_credit_above_its_dateline_goes_with_it(
    lang: str, body: str, agency: str, opens: str
) -> None:
    dateline, rest = parse_dateline(body + "\nA second paragraph of the story.", page_in(lang))
    assert dateline is not None and dateline.agency == agency
    assert rest.startswith(opens)


@pytest.mark.parametrize(
    "body",
    [
        # another agency's credit stays: the story credits two wires
        "Por AFP\nLIMA, 3 mar (Reuters) - El Congreso peruano aprobó el martes la ley.",
        # another place after the credit stays: the credit line says more than the dateline
        "Por Reuters — Cusco\nLIMA, 3 mar (Reuters) - El Congreso peruano aprobó el martes la ley.",
        # a sentence that names the agency stays
        "Reuters reported the talks stalled.\nLIMA, 3 mar (Reuters) - El Congreso aprobó la ley.",
    ],
)
def test_a_line_that_is_no_credit_of_the_dateline_s_agency_stays(body: str) -> None:
    dateline, rest = parse_dateline(body + "\nA second paragraph.", page_in("es"))
    assert dateline is not None and dateline.agency == "Reuters"
    assert rest.startswith(body.split("\n")[0])


@pytest.mark.parametrize(
    ("lang", "host", "body", "opens"),
    [
        ("en", "news.example.in", "Express News Service\nPUNE: The civic body met.", "The civic"),
        ("en", "news.example.in", "Special Correspondent\nCHENNAI: The Cabinet met.", "The"),
        ("es", "news.example.mx", "Por Redacción\nMONTERREY, N.L.- El Congreso votó.", "El"),
    ],
)
def test_the_paper_s_own_credit_above_its_dateline_goes_with_it(
    lang: str, host: str, body: str, opens: str
) -> None:
    dateline, rest = parse_dateline(body + "\nA second paragraph.", page_in(lang, host))
    assert dateline is not None and dateline.agency is None
    assert rest.startswith(opens)


def test_a_house_credit_above_a_wire_s_dateline_stays() -> None:
    body = "Special Correspondent\nLIMA, 3 mar (Reuters) - El Congreso aprobó la ley."
    _, rest = parse_dateline(body + "\nA second paragraph.", page_in("es"))
    assert rest.startswith("Special Correspondent")
