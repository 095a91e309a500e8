"""What the "no story follows" check may and may not take for a club's, a column's or a caption's
opening: a dateline's own marks (capitals, a stated region, a date, a South Asian colon) keep it
whatever the story's first words; a common noun the sentence defines is no name's referent;
German papers set their title-case Ortsmarke before their own town's club's news. And the
conventions a probe found missing: a fixture's side with an abbreviation or a number, a photo
agency's caption, a state's abbreviation read as an agency, "St.Gallen", Hindi's danda and
visarga after the place, Kazinform in Kazakh.

Every text here is written for the test: one general convention per case, never a page's copy.
"""

from __future__ import annotations

import pytest

from tasks.datelines import parse_dateline
from tests.tasks.dateline_helpers import page_in


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # a column's voice: a first person plural or possessive opens no datelined story
        ("en", "Tucson — We spent three days waiting for the rain to come."),
        ("en", "Savannah — My grandmother kept a garden on this street for fifty years."),
        # a musical named for its city
        ("en", "Chicago — The musical opens on Broadway again in the spring."),
        # a fixture whose other side's name has an abbreviation or a club's number
        ("de", "Hamburg - St. Pauli: Das Derby ist ausverkauft.\nAnpfiff ist um 20.30 Uhr."),
        ("de", "Mainz - Schalke 04: Die Aufstellungen sind da.\nBeide Trainer rotieren."),
        ("fr", "Lyon - Saint-Étienne : le derby se jouera dimanche.\nLes Verts sont en forme."),
        # a photo agency's caption: place, region, a dash, the day and a colon
        ("en", "DENVER, COLORADO - JUNE 12: Fans line the parade route downtown."),
    ],
)
def test_no_dateline_before_a_column_a_fixture_or_in_a_caption(lang: str, body: str) -> None:
    assert parse_dateline(body, page_in(lang)) == (None, body)


@pytest.mark.parametrize(
    ("lang", "body", "facts", "rest"),
    [
        # a stated region, a date, a colon as South Asian papers write their cities: the
        # dateline's own marks, whatever the story calls its subject
        (
            "en",
            "Hamilton, Ont. — The club's owner says the stadium deal is off.",
            ("Hamilton", "CA", None),
            "The club's owner",
        ),
        (
            "en",
            "Leeds, March 5 — The club have sacked their manager.",
            ("Leeds", "GB", None),
            "The club have",
        ),
        (
            "en",
            "Kolkata: The club's centenary celebrations began on Sunday.",
            ("Kolkata", "IN", None),
            "The club's centenary",
        ),
        # a common noun the sentence itself defines: a relative clause, a preposition of place
        (
            "en",
            "Omaha — The club where the band got its start has closed.",
            ("Omaha", "US", None),
            "The club where",
        ),
        (
            "en",
            "Spokane — The team at the heart of the inquiry has resigned.",
            ("Spokane", "US", None),
            "The team at",
        ),
        # German papers' Ortsmarke, before their town's club's or band's news too
        (
            "de",
            "Bremen – Der Verein hat den Vertrag mit seinem Kapitän verlängert.",
            ("Bremen", "DE", None),
            "Der Verein hat",
        ),
        (
            "de",
            "Hannover. Die Band spielt am Sonnabend ihr letztes Konzert.",
            ("Hanover", "DE", None),
            "Die Band spielt",
        ),
        # "Pa." is Pennsylvania, no agency: the paper's own credit after it is read
        (
            "en",
            "ALLENTOWN, Pa. — A fire destroyed a warehouse on Tuesday.",
            ("Allentown", "US", None),
            "A fire destroyed",
        ),
        (
            "en",
            "HARRISBURG, Pa. (PennLive) — Lawmakers passed the budget.",
            ("Harrisburg", "US", "PennLive"),
            "Lawmakers passed",
        ),
        # an abbreviation glued to the name, as the town writes itself
        (
            "de",
            "St.Gallen. Der Stadtrat will die Parkgebühren erhöhen.",
            ("St. Gallen", "CH", None),
            "Der Stadtrat",
        ),
        # German "St." is "Sankt", glued or not
        (
            "de",
            "St.Pölten. Der Landtag hat das Budget beschlossen.",
            ("Sankt Pölten", "AT", None),
            "Der Landtag",
        ),
        # a dash before the date and a colon, but an agency credited: a dateline, no caption
        (
            "en",
            "LAHORE - March 5 (APP): The provincial cabinet approved the budget.",
            ("Lahore", "PK", "APP"),
            "The provincial cabinet",
        ),
        # Hindi papers' danda, and the visarga typed for a colon
        (
            "hi",
            "लखनऊ। प्रदेश सरकार ने नई नीति की घोषणा की।",
            ("Lucknow", "IN", None),
            "प्रदेश सरकार",
        ),
        (
            "hi",
            "पटनाः राज्य सरकार ने बजट पेश किया।",
            ("Patna", "IN", None),
            "राज्य सरकार",
        ),
        # Kazinform's Kazakh name
        (
            "kk",
            "АСТАНА. ҚазАқпарат - Үкімет жаңа бағдарламаны бекітті.",
            ("Astana", "KZ", "Kazinform"),
            "Үкімет жаңа",
        ),
    ],
)
def test_a_dateline_whose_marks_or_story_say_so(
    lang: str, body: str, facts: tuple[str | None, ...], rest: str
) -> None:
    dateline, left = parse_dateline(body, page_in(lang))
    assert dateline is not None
    assert (dateline.place, dateline.country, dateline.agency) == facts
    assert left.startswith(rest)
