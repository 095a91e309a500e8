"""Wire-style datelines: styles, gazetteer countries, agencies, no false positives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.claims import Dateline
from tasks.datelines import parse_dateline

BODY = "The Taliban have not responded to the Pentagon report."


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        (
            "KABUL, July 2 (Reuters) -",
            Dateline("KABUL, July 2 (Reuters) -", "Kabul", "AF", "Reuters", "July 2"),
        ),
        (
            "WASHINGTON (AP) —",
            Dateline("WASHINGTON (AP) —", "Washington", "US", "AP", None),
        ),
        (
            "Berlin (dpa) -",
            Dateline("Berlin (dpa) -", "Berlin", "DE", "dpa", None),
        ),
        (
            "PARIS (AFP) -",
            Dateline("PARIS (AFP) -", "Paris", "FR", "AFP", None),
        ),
        ("NEW DELHI:", Dateline("NEW DELHI:", "New Delhi", "IN", None, None)),
        (
            "MOSCOW, July 2. /TASS/.",
            Dateline("MOSCOW, July 2. /TASS/.", "Moscow", "RU", "TASS", "July 2"),
        ),
        ("LONDON —", Dateline("LONDON —", "London", "GB", None, None)),
        ("KABUL, Afghanistan —", Dateline("KABUL, Afghanistan —", "Kabul", "AF", None, None)),
        ("BUFFALO, N.Y. —", Dateline("BUFFALO, N.Y. —", "Buffalo", "US", None, None)),
        (
            "ST. JOSEPH, Mich. (AP) —",
            Dateline("ST. JOSEPH, Mich. (AP) —", "St. Joseph", "US", "AP", None),
        ),
        ("(Reuters) —", Dateline("(Reuters) —", None, None, "Reuters", None)),
        (
            "BEIJING, July 2 (Xinhua) --",
            Dateline("BEIJING, July 2 (Xinhua) --", "Beijing", "CN", "Xinhua", "July 2"),
        ),
    ],
)
def test_dateline_styles(prefix: str, expected: Dateline) -> None:
    dateline, rest = parse_dateline(f"{prefix} {BODY}\nSecond paragraph.")
    assert dateline == expected
    assert rest == f"{BODY}\nSecond paragraph."


def test_dateline_after_one_paragraph_teaser() -> None:
    body = (
        "A short teaser about the report.\nKABUL, July 2 (Reuters) - " + BODY + "\nThird paragraph."
    )
    dateline, rest = parse_dateline(body)
    assert dateline is not None
    assert (dateline.place, dateline.country, dateline.agency) == ("Kabul", "AF", "Reuters")
    assert rest == f"A short teaser about the report.\n{BODY}\nThird paragraph."


def test_place_alone_on_first_line() -> None:
    dateline, rest = parse_dateline("Pittsburgh\nBrock Nelson scored twice.")
    assert dateline is not None
    assert (dateline.text, dateline.place, dateline.country) == ("Pittsburgh", "Pittsburgh", "US")
    assert rest == "Brock Nelson scored twice."


@pytest.mark.parametrize(
    "body",
    [
        "The Pentagon said in a new report that ties remain close.",
        "“We believe the Taliban still have ties to a network like Haqqani,” he said.",
        "BREAKING NEWS — The report is out.",
        "US officials said on Thursday that talks would resume.",
        "Update: the Taliban have not responded.",
        "Police — who declined to comment — said nothing.",
        "Meanwhile — in Kabul — people waited.",
        "Pentagon says in a new report that Al-Qaeda-linked groups have ties to the Taliban.",
        "The Doobie Brothers (band) — a story.",
        "",
    ],
)
def test_no_false_positives(body: str) -> None:
    dateline, rest = parse_dateline(body)
    assert dateline is None
    assert rest == body


def test_body_keeps_later_paragraphs_untouched() -> None:
    body = f"{BODY}\nLONDON — this is mid-body and stays."
    long_first = "x " * 400 + "\nLONDON — not a teaser dateline."
    assert parse_dateline(body)[0] is not None  # 2nd paragraph after a one-paragraph teaser
    assert parse_dateline(long_first) == (None, long_first)
    third = f"{BODY}\n{BODY}\nLONDON — third paragraph."
    assert parse_dateline(third) == (None, third)


@settings(max_examples=200, deadline=None)
@given(
    text=st.one_of(
        st.text(max_size=300),
        st.lists(
            st.sampled_from(
                [*list("ABCKLNOPSW ,.-—:()/\n"), "Reuters", "AP", "July 2", "KABUL", "Washington"]
            ),
            max_size=60,
        ).map("".join),
    )
)
def test_parse_dateline_never_raises_and_is_deterministic(text: str) -> None:
    a = parse_dateline(text)
    assert a == parse_dateline(text)
    dateline, rest = a
    if dateline is None:
        assert rest == text
    else:
        assert len(rest) <= len(text)


def test_dateline_after_a_subtitle_line() -> None:
    body = (
        "N.Y. completes frantic comeback to extend unbeaten streak to 15\n"
        "Pittsburgh\nBrock Nelson's second goal of the game capped a comeback."
    )
    dateline, rest = parse_dateline(body)
    assert dateline is not None and (dateline.place, dateline.country) == ("Pittsburgh", "US")
    assert "Pittsburgh\n" not in rest and rest.startswith("N.Y. completes")


def test_no_dateline_after_two_prose_paragraphs() -> None:
    body = "A short teaser.\nA second sentence of prose.\nLONDON — a third paragraph."
    assert parse_dateline(body) == (None, body)
