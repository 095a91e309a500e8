"""The furniture of live pages, galleries, recipe cards, obituaries and video promotions leaves
the body; a live update's time stamp and text, a recipe's times, an obituary's own notice and a
story's sentences that use the same words stay. Texts written for these tests."""

from __future__ import annotations

from tasks.boilerplate import is_teaser_line
from tasks.page_furniture import drop_page_furniture

LIVE = [
    "Key events",
    "Show key events only",
    "Please turn on JavaScript to use this feature",
    "10.02 CET",
    "Ferry crossings to Texel are cancelled for the rest of the day, the operator said.",
    "Refresh",
    "Vastgepind",
    "The key events of the morning were the closures of two motorways.",
]


def test_a_live_pages_controls_leave_and_its_time_stamps_and_updates_stay() -> None:
    assert drop_page_furniture(LIVE) == [LIVE[3], LIVE[4], LIVE[7]]


def test_a_gallerys_counters_leave_in_several_languages_but_a_bare_date_stays() -> None:
    lines = ["Фото 3 из 15", "Slide 2 of 9", "Imagen 4/20", "2 de 7", "3/12", "Льдины у берега."]
    assert drop_page_furniture(lines) == ["3/12", "Льдины у берега."]


def test_a_video_promotion_with_its_running_time_leaves_and_a_sentence_about_a_video_stays() -> (
    None
):
    lines = [
        "VIDEO 2:31 Mayor Ruth Alvarez: «We will not close the pool»",
        "VÍDEO | 1:05 Governadora visita obras na BR-101",
        "Video: the council's meeting ran for 2:45 hours before the vote.",
    ]
    assert drop_page_furniture(lines) == lines[2:]


def test_a_recipe_cards_call_leaves_and_its_times_stay() -> None:
    lines = [
        "Prep Time: 15 mins",
        "Servings: 6",
        "Tried this recipe? Tag @oliveandoak on Instagram!",
        "Ti è piaciuta questa ricetta? Lascia un commento qui sotto.",
    ]
    assert drop_page_furniture(lines) == lines[:2]


def test_an_obituarys_guest_book_and_tree_notice_leave_and_its_service_stays() -> None:
    notice = [
        "Walter Brenner, 88, of Millbrook died Sunday at home.",
        "Services will be at 11 a.m. Friday at Grace Church. Arrangements are by Hale Funeral.",
    ]
    tail = [
        "3 trees planted in memory of Walter Brenner by the Dunn family",
        "Sign the Guestbook",
        "Walter coached my son in Little League. - Mark Dunn, Albany",
        "With sympathy. - Carol Price",
    ]
    assert drop_page_furniture(notice + tail) == notice


def test_a_story_heading_of_condolences_from_officials_stays() -> None:
    lines = [
        "The former governor died on Tuesday at 91.",
        "Condolences",
        "President Ana Ruiz called him a builder of bridges.",
    ]
    assert drop_page_furniture(lines) == lines


def test_a_teaser_from_the_sites_other_pages_named_after_the_label_leaves() -> None:
    assert is_teaser_line("Anche da Gazzetta di Bologna: Stadio Dall'Ara, Saputo presenta il piano")
    assert is_teaser_line("Also from The Harbor Ledger: Council approves ferry budget")
    assert not is_teaser_line("Also from the harbor: the ferries will run later, he said.")
