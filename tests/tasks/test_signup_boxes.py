"""A sign-up box's name, pitch and small print leave the body, in any language, because the box
holds a form; a story's paragraphs around it stay. Pages written for these tests."""

from __future__ import annotations

from tasks.extract import extract_page
from tasks.markup import PageMarkup
from tasks.page import ParsedPage
from tasks.signup_boxes import signup_box_lines

STORY = [
    "Der Stadtrat hat am Dienstag beschlossen, die Zahl der Ladesäulen bis 2026 zu verdoppeln.",
    "Die ersten achtzig Säulen sollen noch in diesem Sommer in den Wohnvierteln stehen.",
    "Der Automobilclub begrüßte den Ausbau, forderte aber einheitliche Preise an allen Säulen.",
    "Die Kosten von rund zwölf Millionen Euro trägt zur Hälfte der Bund, hieß es im Rathaus.",
]
BOX = (
    "<div class='nl'><p><strong>Der Morgen am Rhein</strong></p>"
    "<p>Alles Wichtige aus der Region, jeden Morgen kostenlos.</p>"
    "<form action='/nl'><input type='email' name='e'><button>Los</button></form>"
    "<p>Mit der Anmeldung stimmen Sie unseren Datenschutzhinweisen zu.</p></div>"
)


def _page(inner: str) -> ParsedPage:
    html = (
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Mehr Ladesäulen"
        "</title></head><body><main><article><h1>Mehr Ladesäulen</h1><div class='text'>"
        f"{inner}</div></article></main></body></html>"
    )
    return ParsedPage(html, "https://rhein.example/lokales/ladesaeulen")


def test_a_signup_boxs_lines_leave_the_body_and_the_story_stays() -> None:
    paragraphs = ["<p>" + p + "</p>" for p in STORY]
    page = _page("".join(paragraphs[:2]) + BOX + "".join(paragraphs[2:]))
    assert extract_page(page).body.splitlines() == STORY


def test_a_form_beside_a_long_paragraph_takes_no_story_with_it() -> None:
    long = " ".join(STORY)  # one paragraph over the box's block size, in the same wrapper
    page = _page(
        f"<div><p>{long}</p><form><input type='email'></form></div>"
        + "".join("<p>" + p + "</p>" for p in STORY)
    )
    assert long not in signup_box_lines(PageMarkup(page.tree))
    assert long in extract_page(page).body.splitlines()


def test_a_form_of_buttons_alone_is_no_signup_box() -> None:
    card = (
        "<div class='recipe'><header><h2>Spiced Plum Jam</h2><form action='/print'>"
        "<input type='hidden' name='id' value='7'><button>Print</button></form></header>"
        "<p>Three pounds of plums, two of sugar and a stick of cinnamon.</p></div>"
    )
    page = _page("".join("<p>" + p + "</p>" for p in STORY) + card)
    assert "Spiced Plum Jam" not in signup_box_lines(PageMarkup(page.tree))


def test_a_signup_box_in_a_short_story_leaves_too() -> None:
    box = (
        "<div class='cadastro'><p><strong>Newsletter da Serra</strong></p>"
        "<p>As notícias da região, de segunda a sexta.</p>"
        "<form><input type='email'><button>Quero</button></form></div>"
    )
    story = ["O hospital abriu uma nova ala pediátrica com 40 leitos.", "A obra custou R$ 18 mi."]
    page = _page(f"<p>{story[0]}</p>{box}<p>{story[1]}</p>")
    assert "As notícias da região, de segunda a sexta." in signup_box_lines(PageMarkup(page.tree))


def test_an_appeal_box_leaves_whole_around_its_call_and_the_story_stays() -> None:
    appeals = (
        "<div class='appeal'><p><b>Zanim pójdziesz dalej</b></p>"
        "<p>Mamy do Ciebie prośbę.</p><p>Lokalne dziennikarstwo utrzymują czytelnicy, a "
        "każda wpłata pozwala nam pisać o tym, co dzieje się w mieście.</p></div>"
        "<aside><p>Before you go</p><p>Reporting on the council takes weeks of work and it is "
        "free for everyone who reads it.</p><p>Give what you can today.</p></aside>"
    )
    paragraphs = ["<p>" + p + "</p>" for p in STORY]
    page = _page("".join(paragraphs[:2]) + appeals + "".join(paragraphs[2:]))
    assert extract_page(page).body.splitlines() == STORY


def test_a_call_among_the_storys_paragraphs_takes_no_story_with_it() -> None:
    # the call stands in the story's container, not in a small box of its own
    short = ["Die Stadt zahlt die Hälfte.", "Der Bund zahlt den Rest.", "Baubeginn ist im Mai."]
    call = "Unterstützen Sie uns mit einem Abo."
    page = _page("".join(f"<p>{p}</p>" for p in [*STORY, *short, call]))
    assert not signup_box_lines(PageMarkup(page.tree))
    assert extract_page(page).body.splitlines() == [*STORY, *short]


def test_a_storys_list_of_steps_that_open_with_calls_stays() -> None:
    steps = [
        "Sign up for the county's flood alerts on its website",
        "Subscribe to the river level feed if you live below the weir",
        "Keep sandbags by the door from November to March",
    ]
    page = _page(
        "".join(f"<p>{p}</p>" for p in STORY)
        + "<ul>"
        + "".join(f"<li>{s}</li>" for s in steps)
        + "</ul>"
    )
    assert not signup_box_lines(PageMarkup(page.tree))


def test_a_box_whose_call_is_its_button_alone_leaves_and_a_linked_call_in_the_story_stays() -> None:
    # the pitch reads as the story's sentence; only the button says what the box wants
    box = (
        "<div class='k-card'><div class='k-text'><p>Der Rheinbote ist unabhängig und frei "
        "lesbar. Das geht nur dank unserer Mitglieder.</p></div><a class='k-btn' "
        "href='/mitglied'>Mitglied werden</a></div>"
    )
    told = (
        "Wer den Verein unterstützen will, kann auf seiner Seite <a href='/verein'>Mitglied "
        "werden</a>, sagte die Vorsitzende."
    )
    paragraphs = ["<p>" + p + "</p>" for p in [*STORY[:3], told, STORY[3]]]
    page = _page("".join(paragraphs[:2]) + box + "".join(paragraphs[2:]))
    told_text = "Wer den Verein unterstützen will, kann auf seiner Seite Mitglied werden, sagte "
    assert extract_page(page).body.splitlines() == [
        *STORY[:3],
        told_text + "die Vorsitzende.",
        STORY[3],
    ]


def test_a_signup_card_in_wrappers_that_add_no_text_leaves_whole() -> None:
    # the card's frame, its content and its text column hold the same text: one box, not three
    card = (
        "<div class='c-frame'><div class='c-content'><div class='c-col'><h2>Rhein am Morgen</h2>"
        "<p>Lokaljournalismus, zweimal pro Woche in Ihrem Postfach.</p><form><div><input "
        "type='email' placeholder='Ihre Adresse'><button>Eintragen</button></div></form></div>"
        "</div></div>"
    )
    paragraphs = ["<p>" + p + "</p>" for p in STORY]
    page = _page("".join(paragraphs[:2]) + card + "".join(paragraphs[2:]))
    assert extract_page(page).body.splitlines() == STORY


def test_the_storys_header_with_a_subscribe_button_is_no_box() -> None:
    header = (
        "<header><h1>Mehr Ladesäulen</h1><p class='dek'>Die Stadt verdoppelt die Zahl der "
        "Säulen bis 2026.</p><div class='meta'><span>Von Jana Roth</span> <a href='/abo'>"
        "Jetzt abonnieren</a></div></header>"
    )
    html = (
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Mehr Ladesäulen"
        f"</title></head><body><main><article>{header}<div class='text'>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</div></article></main></body></html>"
    )
    page = ParsedPage(html, "https://rhein.example/lokales/ladesaeulen")
    assert "Die Stadt verdoppelt die Zahl der Säulen bis 2026." not in signup_box_lines(
        PageMarkup(page.tree)
    )


LIVE_UPDATES = [
    (
        "09.12 BST",
        "Ferry services to the islands are cancelled",
        "The harbour master said all sailings from Oban are off until at least Thursday morning.",
    ),
    (
        "08.47 BST",
        "Schools close in three council areas",
        "Argyll, Highland and Moray councils told parents that every primary school is shut.",
    ),
]


def test_a_share_button_under_each_live_update_takes_no_update_with_it() -> None:
    updates = "".join(
        f"<div class='update'><p class='stamp'><time>{stamp}</time></p><h3>{heading}</h3>"
        f"<p>{text}</p><div class='update-foot'><button>Share</button></div></div>"
        for stamp, heading, text in LIVE_UPDATES
    )
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Storm live</title>"
        "</head><body><main><div class='live-body'><h1>Storm Amy live: travel chaos</h1>"
        "<p>Welcome to our live coverage as Storm Amy brings gusts of up to 90mph to the west"
        f" coast.</p>{updates}</div></main></body></html>"
    )
    lines = signup_box_lines(PageMarkup(ParsedPage(html, "https://herald.example/live").tree))
    assert not lines & {line for update in LIVE_UPDATES for line in update}
