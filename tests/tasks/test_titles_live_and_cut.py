"""A live blog's headline class is no logo's, and a title cut to a length is completed from the
block that shows the headline in full."""

from __future__ import annotations

import lxml.html

from tasks.page import ParsedPage
from tasks.titles import choose_title
from tasks.titles.sites import is_logo

EN_TEXT = (
    "<p>Crews from four stations were called to the warehouse on Quay Road shortly after "
    "midnight, and the blaze was still burning when the morning shift arrived.</p>"
    "<p>Nobody was hurt, the fire service said, but the road will stay closed all day.</p>"
)
PT_TEXT = (
    "<p>A obra deve começar em agosto e atender duzentas crianças de até cinco anos.</p>"
    "<p>O investimento, segundo a prefeitura, vem de recursos estaduais e municipais.</p>"
)


def _choose(head: str, body: str, url: str) -> str | None:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return choose_title(ParsedPage(html, url), None).title


def _h1(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(markup)


def test_a_liveblog_title_class_is_no_blog_title_logo() -> None:
    # "liveblog-title" holds "blog-title" (a theme's logo class) but names the story's headline
    assert not is_logo(_h1('<h1 class="liveblog-title">Harbour fire: crews still on scene</h1>'))
    assert is_logo(_h1('<h1 class="blog-title">The Bay Herald</h1>'))
    assert is_logo(_h1('<h1 class="header__site-title">The Bay Herald</h1>'))


def test_a_live_badge_glued_to_a_liveblog_title_is_dropped() -> None:
    head = (
        "<title>Harbour fire: crews still on scene at dawn | The Bay Herald</title>"
        '<meta property="og:site_name" content="The Bay Herald">'
    )
    body = (
        '<header><a class="logo" href="/">The Bay Herald</a></header><main>'
        '<div class="liveblog-header"><h1 class="liveblog-title"><span class="live-badge">'
        "LIVE</span>Harbour fire: crews still on scene at dawn</h1></div>"
        f'<div class="liveblog-feed">{EN_TEXT}'
        '<article class="liveblog-post"><h2>Road closure extended</h2><p>Until 6pm.</p></article>'
        "</div></main>"
    )
    url = "https://bayherald.example/news/live/harbour-fire"
    assert _choose(head, body, url) == "Harbour fire: crews still on scene at dawn"


def test_a_cut_title_is_completed_from_the_block_that_shows_it_whole() -> None:
    head = (
        "<title>Câmara aprova construção de nova creche no... | Folha da Serra</title>"
        '<meta property="og:title" content="Câmara aprova construção de nova creche no…">'
        '<meta property="og:site_name" content="Folha da Serra">'
    )
    body = (
        '<table><tr><td><a href="/"><img src="/logo.gif" alt="Folha da Serra"></a></td></tr>'
        '<tr><td><div class="tt">Câmara aprova construção de nova creche no bairro Alto</div>'
        f'<div class="dt">03/06/2025</div><div class="txt">{PT_TEXT}</div></td></tr></table>'
    )
    url = "https://folhadaserra.example/noticia/6060"
    assert _choose(head, body, url) == "Câmara aprova construção de nova creche no bairro Alto"


def test_a_cut_title_no_block_opens_stays_as_it_is() -> None:
    head = (
        '<meta property="og:title" content="Câmara aprova construção de nova creche no…">'
        '<meta property="og:site_name" content="Folha da Serra">'
    )
    body = f'<div class="tt">Prefeitura inaugura nova praça no centro</div>{PT_TEXT}'
    url = "https://folhadaserra.example/noticia/6061"
    assert _choose(head, body, url) == "Câmara aprova construção de nova creche no…"


NL_TEXT = (
    "<p>De provincie wil de uitstoot in tien jaar halveren, en dat raakt vooral de kleine "
    "melkveebedrijven in het noorden van de regio.</p>"
    "<p>Op de informatieavond in het dorpshuis kwamen ruim tweehonderd boeren af.</p>"
)


def test_a_paywall_label_in_the_headline_is_the_pages_not_the_headlines() -> None:
    head = '<title>Dagblad Oost</title><meta property="og:site_name" content="Dagblad Oost">'
    url = "https://dagbladoost.example/regio/boeren-vrezen-nieuwe-regels~a44121/"
    for label in (
        '<span class="premium">Premium</span> ',
        '<span class="tag-paid">Abonnees</span> ',
    ):
        body = (
            f'<main><article><h1 class="article-title">{label}Boeren vrezen nieuwe '
            f"stikstofregels</h1>{NL_TEXT}</article></main>"
        )
        assert _choose(head, body, url) == "Boeren vrezen nieuwe stikstofregels"
    # a paywalled story's headline element itself may carry the class
    body = (
        '<main><article><h1 class="article-title premium">Boeren vrezen nieuwe '
        f"stikstofregels</h1>{NL_TEXT}</article></main>"
    )
    assert _choose(head, body, url) == "Boeren vrezen nieuwe stikstofregels"


ES_TEXT = (
    "<p>Cada verano la plaza se vacía a mediodía, porque no queda un solo árbol que dé sombra "
    "entre la iglesia y el mercado.</p>"
    "<p>Los vecinos llevan diez años pidiendo que se planten de nuevo.</p>"
)


def _column(h1: str, h1_class: str) -> str:
    return (
        f'<main><article><div class="column-head"><h1 class="{h1_class}">{h1}</h1></div>'
        f'<h2 class="headline">Una plaza sin sombra no es una plaza</h2>{ES_TEXT}</article></main>'
    )


def test_a_columnists_h1_over_the_storys_h2_heads_no_story() -> None:
    url = "https://elfaro.example/opinion/ana-garcia/una-plaza-sin-sombra-no-es-una-plaza"
    titled = "<title>Una plaza sin sombra no es una plaza, por Ana García | El Faro</title>"
    site_only = '<title>El Faro</title><meta property="og:site_name" content="El Faro">'
    story = "Una plaza sin sombra no es una plaza"
    assert _choose(titled, _column("Ana García", "columnist"), url) == story
    assert _choose(site_only, _column("Ana García", "author-name"), url) == story
    assert _choose(site_only, _column("Con otros ojos", "column-title"), url) == story


SV_TEXT = (
    "<p>Rederiet skriver att underhållet av färjeläget inte kan vänta längre, och att "
    "trafiken därför ställs in under tre veckor i augusti.</p>"
    "<p>Ersättningsbåtar tar bara gående och cyklister.</p>"
)


def test_an_aria_heading_of_level_one_or_an_h1_class_is_an_h1() -> None:
    url = "https://kustposten.example/nyheter/farjetrafiken-stalls-in"
    story = "Färjetrafiken till ön ställs in i tre veckor"
    site_only = '<title>Kustposten</title><meta property="og:site_name" content="Kustposten">'
    logo = '<div class="css-1k2j"><a href="/" aria-label="Kustposten">K</a></div>'
    for heading in (
        f'<div role="heading" aria-level="1" class="css-2d3e">{story}</div>',
        f'<p class="h1 fw-bold">{story}</p>',
    ):
        body = f'{logo}<div class="css-4f5g">{heading}<div class="css-7a8b">{SV_TEXT}</div></div>'
        assert _choose(site_only, body, url) == story
    # a class that only starts with "h1" is no heading's (the page then states no headline)
    body = f'{logo}<div class="css-4f5g"><p class="h1-note">{story}</p>{SV_TEXT}</div>'
    assert _choose(site_only, body, url) is None


SW_TEXT = (
    "<p>Meli hiyo yenye urefu wa mita mia nne iliwasili alfajiri na kupokelewa na maafisa wa "
    "mamlaka ya bandari.</p>"
    "<p>Wafanyabiashara wanasema itapunguza gharama za kusafirisha bidhaa.</p>"
)


def test_a_one_word_h1_over_the_storys_h2_heads_no_story() -> None:
    # a section's name no table knows ("Biashara", Swahili for business) in the page's title bar
    head = '<title>Habari Pwani</title><meta property="og:site_name" content="Habari Pwani">'
    body = (
        '<div class="page-heading"><h1 class="page-title">Biashara</h1></div>'
        '<div class="news-detail"><h2 class="news-title">Bandari ya Mombasa yapokea meli kubwa '
        f'zaidi</h2><div class="news-text">{SW_TEXT}</div></div>'
    )
    url = "https://habaripwani.example/biashara/bandari-ya-mombasa-yapokea-meli-kubwa"
    assert _choose(head, body, url) == "Bandari ya Mombasa yapokea meli kubwa zaidi"


TH_TEXT = (
    "<p>สำนักสิ่งแวดล้อมระบุว่าสวนแห่งใหม่มีพื้นที่กว่าหนึ่งร้อยไร่ และจะเปิดให้ประชาชนเข้าใช้ฟรีทุกวัน</p>"
    "<p>ภายในสวนจะมีลู่วิ่ง ลานกีฬา และบึงน้ำขนาดใหญ่สำหรับรองรับน้ำฝน</p>"
)


def test_a_thai_title_cut_inside_a_run_of_letters_opens_the_headline() -> None:
    # Thai spaces no words: the cut falls inside a run, which is one "word" of the key
    head = (
        '<meta property="og:title" content="กรุงเทพมหานครเตรียมเปิดสวนสาธารณะแห่งใหม่ย่าน…">'
        '<meta property="og:site_name" content="Bangkok Now">'
    )
    story = "กรุงเทพมหานครเตรียมเปิดสวนสาธารณะแห่งใหม่ย่านบางนาในเดือนหน้า"
    body = f'<table><tr><td><div class="t1">{story}</div>{TH_TEXT}</td></tr></table>'
    assert _choose(head, body, "https://bangkoknow.example/news/99812") == story


def test_a_site_name_meta_holding_the_articles_own_title_names_no_site() -> None:
    # a CMS fills application-name with the article's title while og:site_name names the
    # site: the headline is not the site's name, and a subheading lower down is no headline
    head = (
        "<title>Council votes to keep the night buses running</title>"
        '<meta name="application-name" content="Council votes to keep the night buses running">'
        '<meta property="og:title" content="Council votes to keep the night buses running">'
        '<meta property="og:site_name" content="Harbour Portal">'
    )
    body = (
        '<header><h1 itemprop="headline">Council votes to keep the night buses running</h1>'
        "</header><article>" + EN_TEXT + "<h2>What the drivers said</h2>" + EN_TEXT + "</article>"
    )
    url = "https://portal.example/news/council-votes-night-buses/ar-XY12"
    assert _choose(head, body, url) == "Council votes to keep the night buses running"


def test_a_home_page_titled_with_its_site_name_keeps_it_as_the_site_name() -> None:
    # the same name stated everywhere, no other name: it stays the site's name, and the logo
    # heading that spells it heads no story
    head = (
        "<title>Harbour Portal</title>"
        '<meta name="application-name" content="Harbour Portal">'
        '<meta property="og:site_name" content="Harbour Portal">'
    )
    body = '<h1 class="site-logo">Harbour Portal</h1><h2>Council votes to keep the buses</h2>'
    assert _choose(head, body, "https://portal.example/") == "Council votes to keep the buses"
