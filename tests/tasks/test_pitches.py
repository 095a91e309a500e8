"""The publisher's pitch written as a paragraph leaves the body; a story about a newsletter, a
deals story's offer and a quoted company pitch stay. Texts written for these tests."""

from __future__ import annotations

from tasks.extract import extract_page
from tasks.page import ParsedPage
from tasks.pitches import drop_pitches, is_pitch, site_names

STORY = "The county board approved the new transit budget on Tuesday by a vote of five to two."


def test_pitches_in_several_languages_leave_wherever_they_stand() -> None:
    pitches = [
        "Local news takes time and money. Our newsroom is funded by readers, and a membership "
        "starts at $5 a month. Become a member and you will also get our weekly briefing.",
        "Sie haben keine Zeit für die Zeitung? Unser Podcast „Der Tag in Kassel“ fasst jeden "
        "Abend die wichtigsten Nachrichten zusammen.",
        "Vous aimez nos enquêtes ? Recevez-les chaque semaine avec notre lettre d'information, "
        "gratuite et sans publicité.",
        "Het nieuws uit de regio elke ochtend in je mailbox? Neem een abonnement op onze "
        "nieuwsbrief Vroeg Wakker.",
    ]
    lines = [STORY, *pitches, STORY]
    assert drop_pitches(lines, "https://www.lakecountybugle.example/news/1") == [STORY, STORY]


def test_a_pitch_that_names_the_site_as_its_host_writes_it_leaves() -> None:
    line = (
        "Alerts on the races you follow, results as they come in: the free Lake County Bugle "
        "app does it all. Download it from the App Store or Google Play."
    )
    assert site_names("https://m.lakecountybugle.example/a/1") == ("lakecountybugle",)
    assert is_pitch(line, site_names("https://www.lakecountybugle.example/a/1"))
    assert not is_pitch(line, site_names("https://www.otherpaper.example/a/1"))


def test_a_story_about_an_offer_a_deal_and_a_quoted_pitch_stay() -> None:
    lines = [
        "The newsletter, called Ward Notes, costs $6 a month and has 1,800 subscribers, its "
        "founder said.",
        "If you only want the sports channels, you can subscribe for $11 a month and cancel "
        "any time.",
        "\u201cWe want every member to subscribe to our new family plan this spring,\u201d the "
        "company's spokesperson, Ana Ruiz, said in a statement to you and other reporters.",
        "Our editorial board urges the council to fund the library; we endorse Measure L.",
    ]
    assert drop_pitches(lines, "https://www.lakecountybugle.example/news/1") == lines


def test_extract_page_drops_a_pitch_between_the_storys_paragraphs() -> None:
    paragraphs = [
        "The county board approved the new transit budget on Tuesday by a vote of five to two.",
        "Want the week's council votes in your inbox every Friday? Our free Civic Desk "
        "newsletter has them, with what they mean for your street.",
        "The budget adds three bus lines to the east side and extends evening service to 11 p.m.",
        "Board member Alicia Grant, who voted against it, said the plan relied on fare increases.",
    ]
    html = (
        "<html><head><title>Board approves transit budget</title></head><body><article>"
        "<h1>Board approves transit budget</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    page = ParsedPage(html, "https://www.lakecountybugle.example/news/2025/transit")
    body = extract_page(page).body.splitlines()
    assert paragraphs[1] not in body
    assert [paragraphs[0], paragraphs[2], paragraphs[3]] == body


def test_a_reviews_own_we_and_you_about_an_apps_subscription_stay() -> None:
    lines = [
        "You can subscribe to any feed by pasting its address, and our library of 90 podcasts "
        "moved over from another app in a minute.",
        "If you read more than a few papers a week, we think the subscription pays for itself.",
        "Want more reviews like this? Our Gear Notes newsletter brings them every Friday.",
    ]
    assert drop_pitches(lines, "https://www.lakecountybugle.example/reviews/1") == lines[:2]
