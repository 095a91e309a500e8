"""Teasers leave the body: labelled teaser lines, label lines and the headlines they list."""

from __future__ import annotations

import pytest

from tasks.boilerplate import (
    drop_credit_lines,
    drop_furniture_lines,
    drop_teasers,
    is_ad_line,
    is_contact_line,
    is_label_line,
    is_tag_line,
    is_teaser_line,
)
from tasks.extract import extract_page
from tasks.page import ParsedPage

STORY = [
    "Negotiators met in Doha on Thursday and agreed on a schedule for prisoner releases.",
    "Diplomats described the atmosphere as businesslike but said disagreements remained.",
    "The next round of talks is to begin in August, after the holiday, officials said.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Talks resume in Doha after a week",
        "READ MORE | Talks resume in Doha after a week",
        "[Related: Talks resume in Doha after a week]",
        "MORE: Talks resume in Doha after a week",
        "See also » Talks resume in Doha",
        "Also on news.example Talks resume in Doha after a week",
        "Lesen Sie auch: Gespräche in Doha gehen weiter",
        "Lire aussi : Les négociations reprennent à Doha",
        "Lee también: Se reanudan las conversaciones en Doha",
        "Leia também: Negociações são retomadas em Doha",
        "Leggi anche: Riprendono i negoziati a Doha",
        "Читайте также: Переговоры в Дохе возобновились",
        "Baca juga: Perundingan di Doha dilanjutkan",
        "اقرأ أيضا: استئناف المحادثات في الدوحة",
        # a label and a linked headline side by side, spaced or glued by the extractor
        "Te puede interesar El tráfico del puerto se duplica en una década",
        "Te puede interesarEl tráfico del puerto se duplica en una década",
        "Read more “Talks resume in Doha after a week”",
        # a common word as the label, before a headline
        "[Read: Talks resume in Doha after a week]",
        "WATCH: Drone footage shows the prisoners' route",
        "Video | Talks resume in Doha after a week",
    ],
)
def test_a_teaser_line_leaves_wherever_it_stands(line: str) -> None:
    assert is_teaser_line(line)
    assert drop_teasers([STORY[0], line, STORY[1]]) == STORY[:2]


@pytest.mark.parametrize(
    "label",
    [
        "You may also like...",
        "Related articles",
        "More on this story",
        "Most read in world news",
        "More:",
        "Mehr zum Thema",
        "Das könnte Sie auch interessieren",
        "Leggi anche",
        "関連記事",
        "관련 기사",
        "相关新闻",
    ],
)
def test_a_label_line_leaves_with_the_headlines_it_lists(label: str) -> None:
    assert is_label_line(label)
    lines = [
        *STORY[:2],
        label,
        "Talks resume in Doha after a week",
        "- Why the ceasefire holds, and for how long?",
        "Prisoners released in Kabul",
        "Officials said the next round would start in August, after the holiday.",
    ]
    assert drop_teasers(lines) == [*STORY[:2], lines[-1]]


@pytest.mark.parametrize(
    "line",
    [
        "Related to the case, officials said nothing.",
        "More than 200 prisoners were released on Thursday.",
        "Read more carefully, the report says something else.",
        "Readers wrote in to say the talks should go on.",
        "Trending topics aside, the talks went on.",
        "Mehr zum Thema erfahren Sie morgen in unserer Sendung.",
        "Read more about the plan on the council's website.",
        "See also Figure 2, which shows the same trend.",
        "Lesen Sie auch Seite 3.",
        "Listen: we are not leaving until the last prisoner is free.",
        "Watch: the next round will decide it, a diplomat said.",
    ],
)
def test_sentences_that_open_with_a_label_word_stay(line: str) -> None:
    assert not is_label_line(line)
    assert not is_teaser_line(line)
    assert drop_teasers([STORY[0], line, STORY[1]]) == [STORY[0], line, STORY[1]]


def test_a_subheading_after_a_label_line_stops_at_the_next_paragraph() -> None:
    lines = ["Related articles", "Talks resume", *STORY]
    assert drop_teasers(lines) == STORY
    many = ["Related articles", *[f"Teaser headline number {n}" for n in range(12)], STORY[0]]
    assert drop_teasers(many) == [f"Teaser headline number {n}" for n in range(8, 12)] + [STORY[0]]


def test_extraction_keeps_teasers_out_of_the_body() -> None:
    page = (
        '<html lang="en"><head><title>Talks go on | Ledger</title></head><body><article>'
        f"<h1>Talks go on</h1><p>{STORY[0]}</p>"
        '<p><strong>Read more:</strong> <a href="/a">Talks resume in Doha after a week</a></p>'
        f"<p>{STORY[1]}</p><p>{STORY[2]}</p>"
        "<h3>You may also like</h3><ul>"
        '<li><a href="/b">Prisoners released in Kabul</a></li>'
        '<li><a href="/c">Why the ceasefire holds</a></li></ul></article></body></html>'
    )
    extracted = extract_page(ParsedPage(page, "https://news.example/talks"))
    assert extracted.body.splitlines() == STORY


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Anna Berg in Doha; Editing by Tom Hale)",
        "Reporting by Anna Berg; additional reporting by Omar Said and Li Wei; Editing by Tom Hale",
        "Additional reporting by Omar Said",
        "Associated Press writers Anna Berg and Omar Said contributed to this report.",
        "Ledger reporter Anna Berg contributed reporting.",
        "(Reporte de Ana Berg; Editado en español por Tomás Hale)",
        "(Reporter: Anna Berg; redigiert von Tom Hale)",
        "(Reportage Anna Berg, version française Tom Hale)",
        "SOURCE: Harbour Wire and news agencies",
    ],
)
def test_a_credit_line_ending_the_story_leaves(credit: str) -> None:
    assert drop_credit_lines([*STORY, credit]) == STORY
    assert drop_credit_lines([*STORY, credit, "Our standards: the trust principles."]) == [
        *STORY,
        "Our standards: the trust principles.",
    ]


def test_credit_words_in_the_story_stay() -> None:
    lines = [
        STORY[0],
        "Reporting by Anna Berg in 2019 first revealed the talks.",  # not among the last lines
        *STORY[1:],
        "Reporting by the Ledger found that two prisoners were moved.",
        "Reporter: Were the talks a success? Diplomat: Partly.",
        "Source: the ministry's own count of the prisoners released.",
    ]
    assert drop_credit_lines(lines) == lines


@pytest.mark.parametrize(
    "credit",
    [
        "Photograph: Anna Berg/Harbour Wire",
        "Photo by Omar Said for the Ledger",
        "(HW Photo/Tom Hale)",
        "Image credit: Harbour Wire/Li Wei",
        "Credit: Ledger Pictures",
        "Foto: Anna Berg",
    ],
)
def test_a_picture_credit_line_leaves_wherever_it_stands_and_sentences_stay(credit: str) -> None:
    sentences = [
        "Photo: A ferry leaves the old pier at dawn.",
        "Picture this: a harbour with no ferries at all.",
        "Credit: the ministry said it would pay for the repairs.",
        "Photographs by Anna Berg were shown at the town hall, and the mayor praised them.",
    ]
    assert drop_furniture_lines([STORY[0], credit, *sentences, *STORY[1:]]) == [
        STORY[0],
        *sentences,
        *STORY[1:],
    ]
    assert drop_furniture_lines([*STORY, credit]) == STORY


@pytest.mark.parametrize(
    "credit",
    [
        "Фото: Ірина Бойко",
        "Ảnh: Phạm Lan",
        "Kuva: Aino Koski / Lehtikuva",
        "צילום: נועה שמיר",
        "사진=한빛통신",
        "Fotoğraf: Deniz Kaya / Kıyı Haber",
        "图为渡轮驶离老码头。 记者 陈静 摄",
        "（本报记者 赵刚 摄）",
        "Фото: пресс-служба мэрии",
        "Foto: archiwum redakcji",
        "Crédit : Loïc Morvan / Le Phare",
        "Crédito: Ana Gil/Agencia Sur",
    ],
)
def test_a_picture_credit_in_other_scripts_and_a_chinese_caption_leave(credit: str) -> None:
    sentences = [
        "Фото: на місці аварії працюють рятувальники.",
        "Kuva: kaupunki julkaisi sen maanantaina.",
        "사진을 찍은 기자는 현장에 두 시간 머물렀다.",
        "他说，这张照片是去年夏天在码头拍摄的。",
    ]
    lines = [STORY[0], credit, *sentences, *STORY[1:]]
    assert drop_furniture_lines(lines) == [STORY[0], *sentences, *STORY[1:]]


def test_a_picture_credit_after_a_teaser_label_does_not_make_the_story_read_as_cards() -> None:
    # label, one teaser, then the story's paragraphs with a credit between them: the credit
    # leaves first, so the lines after the label are no run of headline and summary cards
    lines = [STORY[0], "Related articles", "Tram line to reach the station by 2027",
             STORY[1], "Photo: Ilse Moran", STORY[2]]  # fmt: skip
    assert drop_teasers(drop_furniture_lines(lines)) == STORY


@pytest.mark.parametrize(
    "label",
    ["热点排行", "よく読まれている記事", "Đọc nhiều", "Найпопулярніше", "Soma pia", "Mest læste",
     "Sur le même thème", "עוד בנושא"],
)  # fmt: skip
def test_a_most_read_or_related_label_in_more_languages_leaves_with_its_items(label: str) -> None:
    items = ["Harbour seal pup rescued from a storm drain", "Bridge repairs close the coast road"]
    assert drop_teasers([*STORY[:2], label, *items, *STORY[2:]]) == STORY


def test_a_labels_marked_list_ends_at_the_first_unmarked_line() -> None:
    # the extractor marks a list's items; the story's next line has no mark
    items = ["- 本市发布秋季出行提示", "- 东湖景区将试行预约入园"]
    quote = "市民王女士说：“以前上班要换两次公交，现在地铁直达。”"
    said = "The harbour master said: “We will reopen the pier in May.”"
    assert drop_teasers(["Most read", *items, quote, *STORY]) == [quote, *STORY]
    assert drop_teasers(["Most read", said, *STORY]) == [said, *STORY]


@pytest.mark.parametrize(
    "notice",
    [
        "If you buy something through this post, Harbour Gear may get a share of the sale.",
        "If you purchase a product through our links, we may earn a commission.",
        "This copy is for your personal, non-commercial use only. To order copies, visit the "
        "reprints page.",
        "*Dieser Artikel enthält Affiliate-Links.",
    ],
)
def test_a_publishers_disclosure_leaves_and_the_storys_sales_stay(notice: str) -> None:
    sentences = [
        "If you buy something from the harbour market, the council takes a share of the sale.",
        "Fishermen may get a share of the sales tax, the minister said.",
        "“We may earn a commission on every boat,” the dealer said.",
    ]
    lines = [STORY[0], notice, *sentences, *STORY[1:]]
    assert drop_furniture_lines(lines) == [STORY[0], *sentences, *STORY[1:]]


def test_a_list_of_kicker_headlines_leaves_and_other_piped_lines_stay() -> None:
    listed = [
        "Harbour Week 2030 | The ferry that runs on tide power",
        "Harbour Week 2030 | A lighthouse keeper's last winter",
        "Harbour Notes | why the gulls came back to the old pier",
    ]
    assert drop_teasers([*STORY[:2], *listed, STORY[2]]) == STORY
    # too few, sentences, or a long opening before the pipe: no list of headlines
    two = ["Harbour Week | The ferry that runs on tide power", "Harbour Week | Last winter"]
    assert drop_teasers([STORY[0], *two, STORY[1]]) == [STORY[0], *two, STORY[1]]
    sentences = [f"Pier {n} | The board closed it on Tuesday for repairs." for n in range(3)]
    assert drop_teasers([STORY[0], *sentences]) == [STORY[0], *sentences]
    long_kickers = [f"The board of the harbour said on day {n} | it would wait" for n in range(3)]
    assert drop_teasers([STORY[0], *long_kickers]) == [STORY[0], *long_kickers]


def test_a_slideshows_captions_leave_and_the_storys_counts_stay() -> None:
    gallery = [
        "- 1/12 Ferry fares up again The harbour board raised fares for the third time in a year.",
        "- 2/12 Gulls return to the pier Marek Olsen counted 400 birds on the old pier on Sunday.",
        "- 3/12 Lighthouse for sale The keeper's cottage at Vardø is for sale.",
        "4/12 Tide power trial The first tidal turbine in the bay began turning in March.",
    ]
    assert drop_teasers([*STORY[:2], *gallery, STORY[2]]) == STORY
    # two captions, counts that do not follow on, or another total: no slideshow
    kept = [
        [gallery[0], gallery[1]],
        ["- 1/12 Ferry fares up again", "- 3/12 Gulls return", "- 5/12 Lighthouse for sale"],
        ["1/12 Ferry fares up", "2/14 Gulls return", "3/16 Lighthouse for sale"],
        ["9/11 changed the harbour's security.", "10/11 of the ferries were checked last year."],
    ]
    for lines in kept:
        assert drop_teasers([STORY[0], *lines, STORY[1]]) == [STORY[0], *lines, STORY[1]]


CARDS = [
    "Harbour bridge to close for six weeks of repairs",
    "The crossing shuts from Monday while engineers replace its expansion joints.",
    "Schools warn of a teacher shortage in the autumn term",
    "Head teachers say one post in ten is still empty three weeks before term.",
    "Museum reopens after a two-year renovation",
]


@pytest.mark.parametrize("cards", [CARDS, CARDS[:4], CARDS[:3]])
def test_teaser_cards_closing_the_body_leave_with_their_summaries(cards: list[str]) -> None:
    assert drop_teasers([*STORY, "You might also like", *cards]) == STORY


@pytest.mark.parametrize(
    "after",
    [
        CARDS[:2],  # one card: a headline and a sentence may be the story going on
        [CARDS[0], CARDS[2], CARDS[1]],  # headlines in a row, then a sentence: the story
        [*CARDS[:2], CARDS[1]],  # two sentences in a row: the story
    ],
)
def test_a_label_then_headlines_and_sentences_out_of_turn_keeps_the_sentences(
    after: list[str],
) -> None:
    kept = drop_teasers([*STORY, "Related", *after])
    assert kept[: len(STORY)] == STORY
    assert [line for line in after if line.endswith(".")] == kept[len(STORY) :]


@pytest.mark.parametrize(
    "line",
    [
        # labels in lenticular brackets, the closing bracket as the separator
        "【関連記事】駅前再開発、来年度に着工",
        "【延伸阅读】公交票价明年起调整",
        "İLGİLİ HABER: Sahilde yeni bisiklet yolu açıldı",
        "Noticia relacionada: Cómo evitar las estafas telefónicas",
        "Te recomendamos: Los embalses, al 30 % de su capacidad",
        "ये भी पढ़ें: मेट्रो का दूसरा चरण जल्द शुरू होगा",
        'Simak Video "Taman kota ramai dikunjungi saat libur"',
        "LIVE UPDATES: Drone footage shows flooded streets",
    ],
)
def test_teaser_lines_in_more_languages_and_brackets_leave(line: str) -> None:
    assert is_teaser_line(line)
    assert drop_teasers([STORY[0], line, STORY[1]]) == STORY[:2]


@pytest.mark.parametrize(
    "label",
    [
        "Related Topics",
        "Trending now",
        "Most viewed",
        "Sponsored",
        "Promoted stories",
        "Explore further",
        "À lire également",
        "Lo más visto",
        "Zobacz również",
        "En çok okunanlar",
        "Популярное",
        "アクセスランキング",
        "많이 본 뉴스",
    ],
)
def test_more_label_lines_leave_with_their_headlines(label: str) -> None:
    assert is_label_line(label)
    lines = [*STORY[:2], label, "Talks resume in Doha after a week", STORY[2]]
    assert drop_teasers(lines) == STORY


@pytest.mark.parametrize(
    "label",
    [
        "Advertisement",
        "- ADVERTISEMENT -",
        "Story continues below advertisement",
        "Article continues below",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Anzeige",
        "Weiterlesen nach der Anzeige",
        "Publicidad",
        "Pubblicità",
        "Continua após a publicidade",
        "Advertentie",
        "Reklama",
        "Реклама",
        "Haberin Devamı",
        "إعلان",
        "विज्ञापन",
        "広告",
        "광고",
        "广告",
    ],
)
def test_an_advertisement_label_leaves_wherever_it_stands(label: str) -> None:
    assert drop_furniture_lines([STORY[0], label, STORY[1]]) == STORY[:2]


def test_advertisement_words_in_the_story_stay() -> None:
    lines = [
        "Advertisement revenue fell by a third, the company said.",
        "Werbung ist teuer geworden, sagt die Agentur.",
        "Reklama w telewizji drożeje.",
        "The story continues below the fold in the print edition, editors said.",
    ]
    assert drop_furniture_lines(lines) == lines


@pytest.mark.parametrize(
    "line",
    [
        "Tags",
        "Topics: Wildfires, Climate crisis, Air pollution",
        "Filed under: Courts | Crime |",
        "Schlagwörter: Nahverkehr, Köln",
        "标签：地铁 交通",
        "paul.doe@chronicle.example",
        "twitter.com/pauldoe",
        "김민수 기자 minsu@badanews.example",
        "Email: news@harbour.example",
    ],
)
def test_tag_and_contact_lines_leave_wherever_they_stand(line: str) -> None:
    assert is_tag_line(line) or is_contact_line(line)
    assert drop_furniture_lines([STORY[0], line, STORY[1]]) == STORY[:2]


@pytest.mark.parametrize(
    "line",
    [
        "Topics of the day were rates, rents and the rail strike.",
        "Tags: the police said vandals left tags on six walls.",
        "For tickets, email box@theatre.example.",
        "Account: @kitchenghosts",
        "She wrote to mayor@city.example asking for a meeting before the vote.",
    ],
)
def test_story_lines_with_tag_words_or_addresses_stay(line: str) -> None:
    assert not is_tag_line(line)
    assert not is_contact_line(line)
    assert drop_furniture_lines([STORY[0], line, STORY[1]]) == [STORY[0], line, STORY[1]]


def test_extraction_keeps_furniture_inside_the_article_out_of_the_body() -> None:
    page = (
        '<html lang="en"><head><title>Talks go on | Ledger</title></head><body><article>'
        f'<h1>Talks go on</h1><div class="story-text"><p>{STORY[0]}</p>'
        "<p>Advertisement</p>"
        f"<p>{STORY[1]}</p><p>Story continues below</p><p>{STORY[2]}</p>"
        "<p>Topics: Diplomacy, Qatar</p><p>jane.roe@ledger.example</p></div>"
        "</article></body></html>"
    )
    extracted = extract_page(ParsedPage(page, "https://news.example/talks"))
    assert extracted.body.splitlines() == STORY


@pytest.mark.parametrize(
    "line",
    [
        "(Leggi anche su: Bici elettriche, boom di vendite)",
        "Read more from Sport: Talks resume in Doha after a week",
        "＜関連記事＞クルーズ船の寄港、年内に10回予定",
        "You might be interested in: Streaming services raise prices again",
        "Sigue leyendo: La lista de espera quirúrgica baja un 12 %",
    ],
)
def test_a_label_with_a_word_or_two_before_a_headline_leaves(line: str) -> None:
    assert is_teaser_line(line)
    assert drop_teasers([STORY[0], line, STORY[1]]) == STORY[:2]


@pytest.mark.parametrize(
    "line",
    ["Read more about it: the council says so.", "See also Figure 2: the trend holds."],
)
def test_a_label_with_words_before_a_sentence_stays(line: str) -> None:
    assert not is_teaser_line(line)
    assert drop_teasers([STORY[0], line, STORY[1]]) == [STORY[0], line, STORY[1]]


@pytest.mark.parametrize("label", ["Zum Thema", "Más noticias", "Sigue leyendo"])
def test_more_labels_leave_with_their_headlines(label: str) -> None:
    lines = [*STORY[:2], label, "Talks resume in Doha after a week", STORY[2]]
    assert drop_teasers(lines) == STORY


def test_advertisement_labels_in_a_row_leave() -> None:
    labels = "Pubblicità - Continua a leggere sotto"
    assert drop_furniture_lines([STORY[0], labels, STORY[1]]) == STORY[:2]


def test_furniture_lines_do_not_turn_the_story_into_teaser_cards() -> None:
    lines = [
        STORY[0],
        "Leia também",
        "Talks resume in Doha after a week",
        STORY[1],
        "Publicidade",
        STORY[2],
        "Tags: Doha, talks",
    ]
    assert drop_teasers(drop_furniture_lines(lines)) == STORY


def test_extraction_reads_furniture_lines_before_teaser_cards() -> None:
    page = (
        '<html lang="en"><head><title>Talks go on | Ledger</title></head><body><article>'
        f'<h1>Talks go on</h1><div class="story-text"><p>{STORY[0]}</p>'
        "<p><strong>Leia também</strong></p><p>Talks resume in Doha after a week</p>"
        f"<p>{STORY[1]}</p><p>Publicidade</p><p>{STORY[2]}</p><p>Tags: Doha, talks</p></div>"
        "</article></body></html>"
    )
    extracted = extract_page(ParsedPage(page, "https://news.example/talks"))
    assert extracted.body.splitlines() == STORY


@pytest.mark.parametrize(
    "line",
    [
        "▶ 관련기사: 공원 산책로 정비 완료",
        "■ Lesen Sie dazu: Neue Bahnen kommen später",
        "» Read more: Talks resume in Doha after a week",
    ],
)
def test_a_label_after_a_mark_leaves(line: str) -> None:
    assert is_teaser_line(line)
    assert drop_teasers([STORY[0], line, STORY[1]]) == STORY[:2]


@pytest.mark.parametrize("label", ["Mehr aus der Region", "Related internet links"])
def test_section_labels_leave_with_their_headlines(label: str) -> None:
    lines = [*STORY[:2], label, "Talks resume in Doha after a week", STORY[2]]
    assert drop_teasers(lines) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "<저작권자 © 한빛일보, 무단 전재 및 재배포 금지>",
        "ⓒ 바다일보, 무단전재-재배포 금지",
        "Copyright © 2025 みなと新聞 無断転載を禁じます",
        "版权所有 © 南方晨报，未经授权不得转载",
        "Advertisement · Scroll to continue",
    ],
)
def test_copying_notices_and_ad_labels_leave(line: str) -> None:
    assert drop_furniture_lines([STORY[0], line, STORY[1]]) == STORY[:2]


def test_a_story_on_copying_stays() -> None:
    lines = [
        "법원은 무단 전재 혐의로 기소된 업체에 벌금을 선고했다.",
        "该网站未经授权转载了三千篇文章，法院判决赔偿。",
    ]
    assert drop_furniture_lines(lines) == lines


@pytest.mark.parametrize(
    "credit", ["（编辑：刘洋）", "责任编辑：王芳", "（記者：山田太郎）", "文/张伟"]
)
def test_a_chinese_or_japanese_credit_closing_the_story_leaves(credit: str) -> None:
    story = ["市交通委员会18日宣布，本市将新增三条公交线路。", "新线路下月开通。"]
    assert drop_credit_lines([*story, credit]) == story


def test_a_role_word_in_the_story_stays() -> None:
    story = ["编辑部表示，新线路下月开通。", "记者：这条线路什么时候开通？市长说下个月。"]
    assert drop_credit_lines(story) == story


@pytest.mark.parametrize(
    "line",
    [
        "À LIRE AUSSI. Les négociations reprennent à Doha",
        "Lees ook. Gesprekken in Doha gaan verder",
        "▌延伸阅读：多哈谈判重启",
    ],
)
def test_a_label_with_a_full_stop_or_a_bar_mark_before_a_headline_leaves(line: str) -> None:
    assert is_teaser_line(line)


def test_a_label_with_a_full_stop_before_a_sentence_stays() -> None:
    line = "Read more. The negotiators said they would meet again in August."
    assert not is_teaser_line(line)


@pytest.mark.parametrize("line", ["AD", "Anzeige | Jetzt weiterlesen", "Jetzt weiterlesen"])
def test_more_advertisement_slot_lines_leave(line: str) -> None:
    assert is_ad_line(line)


def test_ad_inside_a_sentence_stays() -> None:
    assert not is_ad_line("AD 2025: the year the talks resumed")


@pytest.mark.parametrize(
    "line", ["0:00 / 31:05", "6:48 Min.", "Czas: 4 min", "7 min read", "2 minutos"]
)
def test_an_audio_players_clock_or_a_reading_time_leaves(line: str) -> None:
    story = ["The harbour board met for three hours.", "It meets again at 10:30 on Friday."]
    assert drop_furniture_lines([story[0], line, story[1]]) == story


@pytest.mark.parametrize("line", ["10:30", "Score: 3:1", "90 minutes of talks ended at dawn."])
def test_a_bare_time_a_score_and_minutes_in_a_sentence_stay(line: str) -> None:
    assert drop_furniture_lines([line]) == [line]


@pytest.mark.parametrize(
    "notice",
    [
        "This transcript was generated automatically and may contain errors.",
        "This audio is AI-generated. Tell us what you think.",
        "Diese Audioversion wurde künstlich erzeugt.",
    ],
)
def test_a_machine_reading_or_transcript_notice_leaves(notice: str) -> None:
    story = ["The harbour board met for three hours.", "The summary was produced by the board."]
    assert drop_furniture_lines([story[0], notice, story[1]]) == story


@pytest.mark.parametrize("line", ["Quảng cáo", "Annons", "Διαφήμιση", "Publicitate"])
def test_more_languages_ad_labels_leave(line: str) -> None:
    assert drop_furniture_lines([STORY[0], line, STORY[1]]) == STORY[:2]


@pytest.mark.parametrize(
    "credit", ["Avec AFP", "With Reuters", "Mit dpa", "Con EFE y Europa Press", "(With AP)"]
)
def test_the_agencies_a_story_was_written_with_leave_its_end(credit: str) -> None:
    assert drop_credit_lines([*STORY, credit]) == STORY


def test_a_closing_sentence_that_opens_with_with_stays() -> None:
    lines = [*STORY, "With the vote done, the council turns to the budget."]
    assert drop_credit_lines(lines) == lines


@pytest.mark.parametrize(
    "credit",
    [
        "(Foto ANSA/Alessandro Di Marco)",
        "Foto EFE/Juan Pérez",
        "Photo Pierre Lemaire / Le Courrier",
    ],
)
def test_a_picture_credit_of_a_label_an_agency_and_a_slash_leaves(credit: str) -> None:
    sentences = [
        "Foto Ricordo, the studio in Via Roma, closed in 2019.",
        "Image Comics/Marvel said the crossover would be printed in May.",
    ]
    assert drop_furniture_lines([*STORY[:1], credit, *sentences, *STORY[1:]]) == [
        *STORY[:1],
        *sentences,
        *STORY[1:],
    ]


def test_a_line_that_ends_with_a_colon_after_a_label_is_the_story_going_on() -> None:
    """The extractor dropped the label's linked list; the story introduces a post after it."""
    lines = [
        STORY[0],
        "ALSO READ",
        "State Sen. Robert Kim, who wrote the bill, posted after the vote",
        *STORY[1:],
    ]
    introduction = "State Sen. Robert Kim, who wrote the bill, posted after the vote:"
    assert drop_teasers([*lines[:2], introduction, *lines[3:]]) == [
        STORY[0],
        introduction,
        *STORY[1:],
    ]
    assert drop_teasers(lines) == [STORY[0], *STORY[1:]]  # a headline without the colon leaves


@pytest.mark.parametrize(
    "caption",
    [
        "▲ 제3연륙교 조감도. (사진=인천경제자유구역청)",
        "The new ferry pier at dusk (Photo: Harbour Wire)",
        "Mayor Ilse Moran on the pier on Monday. (Photograph by Anna Berg)",
        "再開発予定地＝１５日、名古屋市中村区で（本社ヘリから撮影）",
        "会見する市長＝１５日午前、名古屋市役所",
    ],
)
def test_a_caption_ending_with_its_credit_or_a_japanese_caption_leaves(caption: str) -> None:
    sentences = [
        "The council met on Monday (the first time since May).",
        "The mayor showed the old picture (photo: city archive) and said it was taken in 1931.",
        "田中太郎さん（４５）＝東京都＝は１５日、記者会見を開いた。",
    ]
    assert drop_furniture_lines([STORY[0], caption, *sentences, *STORY[1:]]) == [
        STORY[0],
        *sentences,
        *STORY[1:],
    ]


def test_a_spanish_more_information_label_leaves_with_its_headlines() -> None:
    lines = [
        STORY[0],
        "Más información",
        "Joan Ribó critica a Catalá por el retraso de la ZBE",
        *STORY[1:],
    ]
    assert drop_teasers(lines) == STORY


@pytest.mark.parametrize(
    "credit",
    [
        "Contributing: Maria Chen, Metro Record",
        "Penulis: Dedi Kurniawan | Editor: Siti Rahmawati",
        "来源：杭州日报",
        "（原标题：杭州12座亚运场馆免费开放 市长姚高员到场）",
    ],
)
def test_contributors_writers_sources_and_a_first_headline_leave_the_storys_end(
    credit: str,
) -> None:
    assert drop_credit_lines([*STORY, credit]) == STORY
    # in the story, or as its sentence, they stay
    lines = [STORY[0], credit, *STORY[1:], "Contributing: the council gave 40,000 euros to it."]
    assert drop_credit_lines(lines) == lines


@pytest.mark.parametrize(
    "credit",
    [
        "With assistance from John Roe.",
        "To contact the editors responsible for this story: Tom Smith at tsmith@wire.example",
    ],
)
def test_a_wires_staff_leave_the_storys_end(credit: str) -> None:
    assert drop_credit_lines([*STORY, credit]) == STORY
    sentences = ["With assistance from the army, the town rebuilt its bridge."]
    assert drop_credit_lines([*STORY, *sentences]) == [*STORY, *sentences]


def test_a_caption_ending_with_a_copyright_credit_and_a_now_watch_teaser_leave() -> None:
    lines = [
        STORY[0],
        "Jewels after Jewels, installation views, photos © Kestrel Review, 2018",
        "NOW WATCH: Popular videos from Kestrel Inc.",
        *STORY[1:],
    ]
    assert drop_teasers(drop_furniture_lines(lines)) == STORY
    trending = [*STORY, "Trending on Kestrel", "Ferry fares to rise in July"]
    assert drop_teasers(trending) == STORY
    story = "The museum shows the photos © by their makers, a rule it set in 2018."
    assert drop_furniture_lines([*STORY, story]) == [*STORY, story]


@pytest.mark.parametrize(
    "note",
    [
        "This article is republished from The Ledger Review under a Creative Commons license.",
        "This post originally appeared on the author's Substack, Field Notes.",
        "This story was first published by Harbor Voice, a nonprofit newsroom.",
        "Dieser Artikel erschien zuerst bei der Kieler Rundschau.",
    ],
)
def test_where_the_pages_text_first_ran_leaves(note: str) -> None:
    assert drop_furniture_lines([note]) == []


def test_a_story_about_another_articles_first_publication_stays() -> None:
    lines = [
        "The article originally appeared in the Lancet in 1998 and was retracted in 2010.",
        "This story was first reported by the Gazette in May, when the mill closed.",
    ]
    assert drop_furniture_lines(lines) == lines


@pytest.mark.parametrize(
    "credit",
    [
        "Photos courtesy of Larch Street Bakery.",
        "Image courtesy NASA/JPL-Caltech",
        "Lead image: Ferries at the Cais do Sodré terminal. Credit: Rui Matos / Alamy",
        "Top photo: Volunteers fill sandbags on Monday.",
        "Volunteers plant eelgrass shoots in the bay. Photograph: Ben Carrow",
    ],
)
def test_credits_of_thanks_placed_captions_and_trailing_credits_leave(credit: str) -> None:
    assert drop_furniture_lines([credit]) == []


def test_sentences_about_photos_and_credit_stay() -> None:
    lines = [
        "The top photo shows the mayor at the ribbon cutting.",
        "Photos of the flood spread quickly on social media.",
        "It was a gift. Picture: a small boy running after the float.",
        "He paused. Credit: the union, he said, deserves it.",
    ]
    assert drop_furniture_lines(lines) == lines
