"""Teasers out of the body: "Read more: …", "Related articles" lists, "More on this story".

The extractor drops most related-article blocks by their markup, but many pages write teasers
as ordinary paragraphs of the article: a label with a link ("Read more: Talks resume in Doha",
"[Related: …]", "Lesen Sie auch: …", "Baca juga: …"), or a label line ("You may also like",
"Mehr zum Thema", "関連記事") followed by a few linked headlines. They are not the story, they
make new versions when a site rotates them, and their names become false entities.

`drop_teasers` removes, from the body's lines:
- a label line (a label from `TEASER_LABELS`, with at most `MAX_LABEL_EXTRA_WORDS` more words
  and no full stop: "Most read in world news"; a `LONE_LABELS` word only when it is the whole
  line: "More:") and the teaser headlines that follow it (short lines that are not sentences,
  at most `MAX_TEASER_LINES`; a line ending with a colon introduces the story's next quotation
  or list, and ends them);
- a teaser line: a label, a separator (`:`, `|`, `–`, `»`…) or brackets, and a headline, in a
  line no longer than `MAX_TEASER_CHARS` (after a `LONE_LABELS` word, "[Read: …]", "WATCH: …",
  only a headline: no sentence).
- a list of kicker headlines: `MIN_KICKER_LIST_LINES` or more lines in a row, each a short
  kicker, a pipe and a headline ("Design Week 2018 | A lamp that listens"), none a sentence: a
  series' index of other stories, no label before it. A story's paragraphs do not open with a
  kicker and a pipe line after line;
- a slideshow's captions: `MIN_GALLERY_LINES` or more lines in a row that open with the
  picture's place in the gallery, counting up to one total ("- 1/50 United goin down …", "- 2/50
  Star Wars boosts economy …"): another gallery's pictures set in the story.
The labels are data (the tables below), in every language the pipeline meets.

`drop_furniture_lines` removes, anywhere in the body, a line that only marks an advertisement's
slot or says the story goes on after it ("Advertisement", "Story continues below", "Anzeige",
"Continua após a publicidade", "広告"), a line of the story's tags ("Topics: Wildfires, Climate
crisis", "Filed under: Courts |") and a reporter's contact line ("paul.doe@chronicle.example",
"김민수 기자 minsu@…"), a notice that bans copying ("<저작권자 © …, 무단 전재 및 재배포
금지>") and a picture's credit line ("Photograph: Jane Doe/Reuters", "Photo by Ben Carter for the
Tribune", "(AP Photo/Evan Vucci)", "사진=…", "Photos courtesy of …", a caption that ends with it:
"▲ 조감도. (사진=…)", "… in the bay. Photograph: Tom Ashdown", or names its picture's place: "Lead
image: …")
and a publisher's disclosure ("If you buy something
through this post, …", "This copy is for your personal, non-commercial use only.", "This story
was produced by … with support from …", "Editor's note: Karen Liu is a professor …", "This
article is republished from …"): the extractor keeps them as paragraphs, and a picture's credit
names the photographer and the agency, not the story's people.

`drop_credit_lines` removes the production credits that end a wire story ("(Reporting by …;
Editing by …)", "Associated Press writers … contributed to this report.", "Contributing: …",
"Penulis: … | Editor: …", "With assistance from …", "To contact the editors responsible for
this story: …", "（编辑：刘洋）", "来源：…", "（原标题：…）", the agencies it was written with:
"Avec AFP", "Mit dpa", a release's source: "SOURCE Helixa Therapeutics, Inc.", "출처: …"): they
name the newsroom's staff, not the story's people, and
extraction benchmarks leave them out of the body.
"""

from __future__ import annotations

import re
from typing import Final

# Labels that announce teasers, casefolded, by language.
TEASER_LABELS: Final[tuple[str, ...]] = (
    # English
    "read more",
    "read also",
    "also read",
    "read next",
    "see also",
    "see more",
    "related post",
    "related posts",
    "related article",
    "related articles",
    "related story",
    "related stories",
    "related content",
    "related coverage",
    "related news",
    "related links",
    "related reading",
    "more on this story",
    "more on this topic",
    "more on this",
    "more stories",
    "more news",
    "more from",
    "also from",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "you might be interested in",
    "you may also be interested in",
    "you might also be interested in",
    "recommended for you",
    "recommended stories",
    "most read",
    "now watch",
    "trending on",
    "most popular",
    "top stories",
    "editor's picks",
    "editors' picks",
    "further reading",
    "don't miss",
    "must read",
    "also on",
    "related topics",
    "related internet links",
    "live updates",
    "explore further",
    "trending now",
    "popular now",
    "most viewed",
    "most shared",
    "sponsored",
    "sponsored content",
    "sponsored stories",
    "promoted",
    "promoted content",
    "promoted stories",
    "paid content",
    "partner content",
    # German
    "lesen sie auch",
    "lesen sie mehr",
    "lesen sie hier",
    "auch interessant",
    "ebenfalls interessant",
    "das könnte sie auch interessieren",
    "mehr zum thema",
    "mehr dazu",
    "zum thema",
    "lesen sie dazu",
    "mehr aus",
    "auch bei",
    "weitere artikel",
    "weitere meldungen",
    "weiterlesen",
    "siehe auch",
    "verwandte artikel",
    "meistgelesen",
    "meistgelesene artikel",
    # French
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire la suite",
    "voir aussi",
    "à voir aussi",
    "sur le même sujet",
    "aussi sur",
    "articles liés",
    "les plus lus",
    "à lire également",
    "a lire également",
    "lire également",
    # Spanish, Catalan
    "lee también",
    "lea también",
    "leer más",
    "ver también",
    "te puede interesar",
    "también te puede interesar",
    "noticias relacionadas",
    "lo más leído",
    "lo más visto",
    "más noticias",
    "sigue leyendo",
    "más información",
    "te recomendamos",
    "noticia relacionada",
    "llegiu també",
    "llegeix també",
    "notícies relacionades",
    # Portuguese
    "leia também",
    "leia mais",
    "veja também",
    "saiba mais",
    "notícias relacionadas",
    "mais lidas",
    # Italian
    "leggi anche",
    "anche da",
    "leggi di più",
    "potrebbe interessarti",
    "articoli correlati",
    "i più letti",
    "vedi anche",
    # Dutch, Danish, Swedish, Norwegian
    "lees ook",
    "lees meer",
    "meer over",
    "gerelateerde artikelen",
    "meest gelezen",
    "læs også",
    "læs mere",
    "relaterede artikler",
    "läs också",
    "läs mer",
    "les også",
    # Russian, Ukrainian, Bulgarian, Serbian/Croatian/Bosnian, Polish, Czech
    "читайте также",
    "читать также",
    "смотрите также",
    "читайте еще",
    "новости по теме",
    "по теме",
    "самое читаемое",
    "популярное",
    "читайте також",
    "дивіться також",
    "по темі",
    "прочетете още",
    "още по темата",
    "вижте още",
    "pročitajte još",
    "pročitajte i",
    "pročitajte više",
    "povezane vijesti",
    "vezane vijesti",
    "czytaj także",
    "czytaj też",
    "czytaj więcej",
    "zobacz także",
    "zobacz też",
    "przeczytaj także",
    "zobacz również",
    "najczęściej czytane",
    "čtěte také",
    "přečtěte si také",
    "související články",
    # Turkish, Indonesian, Tagalog, Albanian, Armenian
    "ilginizi çekebilir",
    "bunlar da ilginizi çekebilir",
    "ayrıca okuyun",
    "ilgili haberler",
    "ilgili haber",
    "en çok okunanlar",
    "baca juga",
    "baca selengkapnya",
    "berita terkait",
    "simak video",
    "simak juga",
    "artikel terkait",
    "basahin din",
    "kaugnay na balita",
    "lexo edhe",
    "lexo më shumë",
    "lajme të ngjashme",
    "կարդացեք նաև",
    # Hindi
    "ये भी पढ़ें",
    "यह भी पढ़ें",
    "इसे भी पढ़ें",
    "और पढ़ें",
    "संबंधित खबरें",
    # Arabic
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "اقرأ المزيد",
    "أخبار ذات صلة",
    "مواضيع ذات صلة",
    "الأكثر قراءة",
    # Chinese, Japanese, Korean
    "相关新闻",
    "相关阅读",
    "延伸阅读",
    "推荐阅读",
    "相關新聞",
    "延伸閱讀",
    "関連記事",
    "関連ニュース",
    "あわせて読みたい",
    "アクセスランキング",
    "こちらもおすすめ",
    "관련 기사",
    "관련기사",
    "많이 본 기사",
    "많이 본 뉴스",
    "함께 보면 좋은 기사",
    "인기 기사",
    "热点排行",
    "热门排行",
    "热门推荐",
    "热门文章",
    "熱門新聞",
    "排行榜",
    "よく読まれている記事",
    "よく読まれている",
    "人気記事",
    "人気の記事",
    "おすすめ記事",
    # French, Catalan, Romanian, Greek
    "sur le même thème",
    "dans la même rubrique",
    "el més llegit",
    "citește și",
    "citeste si",
    "cele mai citite",
    "articole similare",
    "διαβάστε επίσης",
    "διαβάστε ακόμη",
    "σχετικά άρθρα",
    "δημοφιλή",
    # Ukrainian, Danish, Norwegian, Swedish, Finnish, Hungarian
    "найпопулярніше",
    "найчитаніше",
    "популярне",
    "mest læste",
    "mest lest",
    "mest lästa",
    "luetuimmat",
    "lue myös",
    "legolvasottabb",
    "kapcsolódó cikkek",
    "ezek is érdekelhetnek",
    # Vietnamese, Thai, Malay, Swahili, Hebrew, Persian
    "đọc nhiều",
    "đọc thêm",
    "tin liên quan",
    "tin cùng chuyên mục",
    "xem thêm",
    "ข่าวที่เกี่ยวข้อง",
    "ข่าวยอดนิยม",
    "berita berkaitan",
    "paling popular",
    "soma pia",
    "habari zinazohusiana",
    "habari zaidi",
    "עוד בנושא",
    "כתבות נוספות",
    "הכי נקראים",
    "بیشتر بخوانید",
    "پربازدیدترین",
    "مطالب مرتبط",
)
# Labels too common as words to open a label line with more words: only a whole line, or with a
# separator before a headline ("[Read: …]", "WATCH: …", "Video | …").
LONE_LABELS: Final = frozenset(
    {"more", "recommended", "trending", "related", "also", "read", "watch", "listen", "video"}
)
MAX_LABEL_EXTRA_WORDS: Final = 4
MAX_TEASER_LINES: Final = 8
MAX_TEASER_CHARS: Final = 250
MAX_TEASER_HEADLINE_CHARS: Final = 160
MIN_CARDS: Final = 2  # teaser cards (headline, summary) closing the body after a label
# What may follow a label ("Read more:", "READ MORE |", "Related »", "You may also like...").
LABEL_END: Final = r"\s*(?::|：|\||»|›|>>|→|\.\.\.|…|-|–|—)?\s*"
TEASER_SEPARATOR: Final = r"\s*(?::|：|\||»|›|>>|→|–|—|-|】|＞|］)\s*"
# Brackets a label may stand in: "[Related: …]", "(Read more …)", "【関連記事】…", "＜関連記事＞…"
# (Japanese and Chinese pages set labels in lenticular or full-width brackets, the closing one
# serving as the separator).
OPEN_BRACKETS: Final = r"[\[(【＜［（]"
CLOSE_BRACKETS: Final = r"[\])】＞］）]"
# Marks a label may follow ("▶ 관련기사: …", "■ Lesen Sie auch: …", "» Read more: …"); not a list's
# bullet ("• Most popular in 2024 were …" may be a story's list item).
LEAD_MARKS: Final = r"[▶►▷■□☞→»▌]+"
SENTENCE_END: Final = (".", "。", ";")
CLOSING_QUOTES: Final = "\"”’»」』'"
ELLIPSES: Final = ("...", "…")
INTRODUCING_MARKS: Final = (":", "：")

_OPENING: Final = rf"^(?:{LEAD_MARKS}\s*)?{OPEN_BRACKETS}?\s*"
_LABELS: Final = "|".join(
    re.escape(label) for label in sorted(TEASER_LABELS, key=len, reverse=True)
)
_LONE: Final = "|".join(re.escape(label) for label in sorted(LONE_LABELS, key=len, reverse=True))
# A label line: the label, a few more words, no full stop.
_LABEL_LINE: Final = re.compile(
    rf"{_OPENING}(?:(?:{_LABELS})(?:\s+\S+){{0,{MAX_LABEL_EXTRA_WORDS}}}|(?:{_LONE})){LABEL_END}"
    rf"{CLOSE_BRACKETS}?$",
    re.IGNORECASE,
)
# A teaser line: "Read more: Headline", "ALSO READ | Headline", "Also on site.com Headline".
_TEASER_LINE: Final = re.compile(
    rf"{_OPENING}(?:(?:{_LABELS}){TEASER_SEPARATOR}|(?:{_LABELS})\s+[\w-]+\.[a-z]{{2,}}\s+)"
    r"\S.*$",
    re.IGNORECASE,
)
# A label and a word or three before the separator ("(Leggi anche su: Headline)", "Read more from
# Sport: Headline", a site's name: "Anche da Gazzetta di Bologna: Headline"): only before a
# headline, so "Read more about it: the council says so." stays.
MAX_LABEL_SEPARATOR_WORDS: Final = 3
_LABEL_WORDS_THEN_HEADLINE: Final = re.compile(
    rf"{_OPENING}(?:{_LABELS})(?:\s+[^\s:：|»›>→–—-]+){{1,{MAX_LABEL_SEPARATOR_WORDS}}}"
    rf"{TEASER_SEPARATOR}(\S.*)$",
    re.IGNORECASE,
)
# A common word as the label ("[Related: Headline]", "WATCH: Headline"): only before a headline,
# so a quotation ("Listen: we are not leaving.") stays.
_LONE_THEN_HEADLINE: Final = re.compile(rf"{_OPENING}(?:{_LONE}){TEASER_SEPARATOR}(\S.*)$", re.I)
# A label and a full stop before a headline ("À LIRE AUSSI. Le prix du ticket baisse"): only before
# a headline, so "Read more. The council says so." stays.
_LABEL_DOT_THEN_HEADLINE: Final = re.compile(rf"{_OPENING}(?:{_LABELS})\.\s+(\S.*)$", re.IGNORECASE)
# A label and a linked headline set side by side, no separator between them ("<span>Te puede
# interesar</span><a>El tráfico del puerto…</a>", which the extractor may glue together): the
# headline opens with a capital or a quotation mark and the line is no sentence.
_LABEL_THEN_HEADLINE: Final = re.compile(rf"^(?i:{_LABELS})\s*[\"“„«‘'A-ZÀ-ÞΑ-ΩА-Я]")
_LIST_MARK: Final = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)])\s+")
# Kicker headlines: "Design Week 2018 | A lamp that listens", a few lines in a row.
MIN_KICKER_LIST_LINES: Final = 3
MAX_KICKER_WORDS: Final = 5
_KICKER_HEADLINE: Final = re.compile(
    rf"^(?:[^|\s]+\s+){{0,{MAX_KICKER_WORDS - 1}}}[^|\s]+\s*\|\s*\S"
)


# A picture gallery's captions as the extractor writes them when a slideshow sits in the story
# ("Business news in pictures" / "- 1/50 United goin down Manchester United's absence …" / "- 2/50
# …"): each opens with its picture's place and the gallery's size, `MIN_GALLERY_LINES` or more in
# a row counting up by one. A story's numbered points read "1." or "1)", never "1/50".
MIN_GALLERY_LINES: Final = 3
_GALLERY_COUNTER: Final = re.compile(r"^\s*(?:[-–•*·]\s+)?(\d{1,3})\s*/\s*(\d{1,3})\s")


def is_label_line(line: str) -> bool:
    """ "You may also like…", "Mehr zum Thema", "More:", "関連記事"."""
    text = line.strip()
    full_stop = text.endswith(SENTENCE_END) and not text.endswith(ELLIPSES)
    return bool(_LABEL_LINE.match(text)) and not full_stop


def is_teaser_line(line: str) -> bool:
    """ "Read more: Talks resume in Doha", "[Related: …]", "Baca juga: …"."""
    text = line.strip()
    if len(text) > MAX_TEASER_CHARS:
        return False
    if _TEASER_LINE.match(text):
        return True
    lone = (
        _LONE_THEN_HEADLINE.match(text)
        or _LABEL_WORDS_THEN_HEADLINE.match(text)
        or _LABEL_DOT_THEN_HEADLINE.match(text)
    )
    if lone is not None:
        return _teaser_headline(lone.group(1).rstrip("])）】＞］"))
    return bool(_LABEL_THEN_HEADLINE.match(text)) and _teaser_headline(text)


def _teaser_headline(line: str) -> bool:
    """A line that reads like a linked headline, not like a paragraph (a sentence may end in
    a quotation: "She said: “We will build it.”")."""
    text = _LIST_MARK.sub("", line.strip())
    sentence = text.rstrip(CLOSING_QUOTES).endswith(SENTENCE_END)
    return 0 < len(text) <= MAX_TEASER_HEADLINE_CHARS and not sentence


def _introduces_what_follows(line: str) -> bool:
    """ "State Sen. Robert Kim, who wrote the bill, posted after the vote:": a line that ends
    with a colon introduces the quotation, post or list after it; a teaser's headline does not
    end so. After a label whose teasers the extractor dropped, it is the story going on."""
    return line.strip().endswith(INTRODUCING_MARKS)


def _kicker_headline(line: str) -> bool:
    """ "Design Week 2018 | A lamp that listens": a short kicker, a pipe, a headline."""
    text = line.strip()
    return bool(_KICKER_HEADLINE.match(text)) and _teaser_headline(text)


def _kicker_lists(lines: list[str]) -> set[int]:
    """Indexes of the lines in runs of at least `MIN_KICKER_LIST_LINES` kicker headlines."""
    listed: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if i < len(lines) and _kicker_headline(line):
            run.append(i)
            continue
        if len(run) >= MIN_KICKER_LIST_LINES:
            listed.update(run)
        run = []
    return listed


def _gallery_runs(lines: list[str]) -> set[int]:
    """Indexes of the lines in runs of at least `MIN_GALLERY_LINES` gallery captions, each
    opening with its picture's place in the gallery ("- 7/50 Kicking up a skink …"), counting up
    by one to the same total."""
    listed: set[int] = set()
    run: list[int] = []
    last: tuple[int, int] | None = None
    for i, line in enumerate([*lines, ""]):
        counter = _GALLERY_COUNTER.match(line) if i < len(lines) else None
        place = None if counter is None else (int(counter.group(1)), int(counter.group(2)))
        if place is not None and last is not None and place == (last[0] + 1, last[1]):
            run.append(i)
        else:
            if len(run) >= MIN_GALLERY_LINES:
                listed.update(run)
            run = [] if place is None or place[0] > place[1] else [i]
        last = place
    return listed


def _closing_cards(rest: list[str]) -> bool:
    """Do the lines after a label, to the body's end, list teaser cards: headline and one-line
    summary in turn, at least `MIN_CARDS` of them ("You might also like" / "Bridge to close for
    repairs" / "The harbour bridge shuts for six weeks from Monday." / …)? Only at the end and
    only in strict turns: a summary is a sentence, and a sentence after a few headlines is the
    story going on."""
    if not MIN_CARDS * 2 - 1 <= len(rest) <= 2 * MAX_TEASER_LINES:
        return False
    for n, line in enumerate(rest):
        headline = _teaser_headline(line)
        if headline != (n % 2 == 0) or len(line.strip()) > MAX_TEASER_CHARS:
            return False
    return True


def drop_teasers(lines: list[str]) -> list[str]:
    """The body's lines without teaser labels, teaser lines, the headlines a label lists (with
    their summaries when they close the body), lists of kicker headlines and a slideshow's
    captions."""
    in_runs = _kicker_lists(lines) | _gallery_runs(lines)
    lines = [line for i, line in enumerate(lines) if i not in in_runs]
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if is_label_line(line):
            if _closing_cards(lines[i + 1 :]):
                break
            i += 1
            listed = 0
            # a list's items are all marked: a line without the mark is the story again
            marked = i < len(lines) and bool(_LIST_MARK.match(lines[i]))
            while (
                i < len(lines)
                and listed < MAX_TEASER_LINES
                and _teaser_headline(lines[i])
                and not _introduces_what_follows(lines[i])
                and bool(_LIST_MARK.match(lines[i])) >= marked
            ):
                i += 1
                listed += 1
            continue
        if not is_teaser_line(line):
            kept.append(line)
        i += 1
    return kept


# Lines that only mark an advertisement's slot or say the story goes on after it, casefolded,
# by language: "Advertisement", "Story continues below advertisement", "Anzeige", "Publicidad",
# "Continua após a publicidade", "Reklama", "Haberin Devamı", "広告", "SCROLL TO CONTINUE WITH
# CONTENT". Only a whole line: the word inside a sentence is the story's.
AD_LINES: Final[tuple[str, ...]] = (
    # English
    "ad",
    "advertisement",
    "advertisements",
    "advertising",
    "skip advertisement",
    "ad feedback",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
    "article continues after advertisement",
    "continue reading below",
    "continue reading the main story",
    "content continues below",
    "scroll to continue with content",
    "scroll to continue reading",
    "scroll to continue",
    # German
    "anzeige",
    "werbung",
    "weiterlesen nach der anzeige",
    "jetzt weiterlesen",
    "fortsetzung nach der anzeige",
    "artikel wird unter der anzeige fortgesetzt",
    "lesen sie nach der anzeige weiter",
    # French, Spanish, Italian, Portuguese
    "publicité",
    "la suite après cette publicité",
    "suite après la publicité",
    "publicidad",
    "continúa después de la publicidad",
    "pubblicità",
    "l'articolo continua dopo la pubblicità",
    "continua a leggere dopo la pubblicità",
    "continua a leggere sotto",
    "publicidade",
    "continua após a publicidade",
    "continua depois da publicidade",
    "continua após publicidade",
    # Dutch, Polish, Czech
    "advertentie",
    "lees verder na de advertentie",
    "reklama",
    "dalsza część artykułu pod reklamą",
    "pokračování článku pod reklamou",
    # Russian, Ukrainian, Turkish
    "реклама",
    "продолжение после рекламы",
    "reklam",
    "haberin devamı",
    # Arabic, Hindi, Indonesian
    "إعلان",
    "اعلان",
    "إعلانات",
    "विज्ञापन",
    "iklan",
    # Vietnamese, Thai, Greek, Swedish, Romanian
    "quảng cáo",
    "โฆษณา",
    "διαφήμιση",
    "annons",
    "publicitate",
    # Japanese, Korean, Chinese
    "広告",
    "スポンサーリンク",
    "広告の後に続きます",
    "광고",
    "广告",
    "廣告",
)
_AD_LABEL: Final = "(?:" + "|".join(re.escape(label) for label in AD_LINES) + ")"
# one label or a few in a row ("Pubblicità - Continua a leggere sotto")
_AD_LINE: Final = re.compile(rf"^[\W_]*{_AD_LABEL}(?:[\W_]+{_AD_LABEL})*[\W_]*$", re.IGNORECASE)


# An audio player's clock or a reading time as a line of its own: a span of times, or a time or a
# number of minutes with the unit, perhaps after a one-word label ("0:00 / 24:17", "4:12 Min.",
# "Czas: 3 min", "5 min read"). A bare time ("10:30", a live blog's entry) and a score ("Score:
# 3:1") stay.
DURATION_UNITS: Final = r"(?:min|mins|minutes?|minuten|minutos?|minuti|minut|мин|分|분)\.?"
_PLAYER_TIME: Final = re.compile(
    r"^(?:[^\W\d_]+\s*[:：]\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:/\s*\d{1,2}:\d{2}(?::\d{2})?"
    rf"|{DURATION_UNITS})|\d{{1,3}}\s*{DURATION_UNITS}(?:\s+(?:read|listen))?)$",
    re.IGNORECASE,
)


def is_player_time_line(line: str) -> bool:
    """ "0:00 / 24:17", "4:12 Min.", "Czas: 3 min", "5 min read"."""
    return bool(_PLAYER_TIME.match(line.strip()))


def is_ad_line(line: str) -> bool:
    """ "Advertisement", "Story continues below", "Anzeige", "広告"."""
    return bool(_AD_LINE.match(line.strip()))


# A list of the story's tags or topics as a line of its own: "Tags", "Topics: Wildfires, Climate",
# "Filed under: Courts | Crime", "Schlagwörter: …", "标签：…" (the label, then the tags after a
# colon or a pipe, no sentence). Labels casefolded, by language.
TAG_LABELS: Final[tuple[str, ...]] = (
    "tags", "tag", "topics", "filed under", "tagged", "schlagwörter", "schlagworte", "themen",
    "mots-clés", "mots clés", "étiquettes", "etiquetas", "temas", "tópicos", "argomenti", "tagi",
    "tematy", "trefwoorden", "теги", "метки", "теми", "etiketler", "الوسوم", "كلمات مفتاحية",
    "标签", "標籤", "タグ", "태그", "topik",
)  # fmt: skip
MAX_TAG_LINE_CHARS: Final = 200
_TAG_LINE: Final = re.compile(
    r"^(?:" + "|".join(re.escape(label) for label in TAG_LABELS) + r")\s*"
    r"(?:(?::|：|\|)(?:\s*[^\s.!?。][^.!?。]*)?)?$",
    re.IGNORECASE,
)


def is_tag_line(line: str) -> bool:
    """ "Tags", "Topics: Wildfires, Climate crisis", "Filed under: Courts |"."""
    text = line.strip()
    return len(text) <= MAX_TAG_LINE_CHARS and bool(_TAG_LINE.match(text))


# A reporter's contact line: an e-mail address or a social network's address, with at most
# `MAX_CONTACT_WORDS` other words and no sentence ("paul.doe@chron.com", "twitter.com/pauldoe",
# "김민수 기자 minsu@example.co.kr", "Email: news@example.com"). A bare handle is no contact: a
# story may list the accounts it is about ("Account: @kitchenghosts").
MAX_CONTACT_WORDS: Final = 3
MAX_CONTACT_CHARS: Final = 120
SOCIAL_HOSTS: Final[tuple[str, ...]] = (
    "twitter.com", "x.com", "facebook.com", "instagram.com", "linkedin.com", "threads.net",
    "bsky.app", "tiktok.com", "t.me", "mastodon.social",
)  # fmt: skip
_CONTACT: Final = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://)?(?:www\.)?(?:"
    + "|".join(re.escape(host) for host in SOCIAL_HOSTS)
    + r")/[\w.@/-]*",
    re.IGNORECASE,
)


def is_contact_line(line: str) -> bool:
    """ "paul.doe@chron.com", "twitter.com/pauldoe", "김민수 기자 minsu@example.co.kr"."""
    text = line.strip()
    if not text or len(text) > MAX_CONTACT_CHARS or not _CONTACT.search(text):
        return False
    rest = _CONTACT.sub(" ", text).strip(" |·•/:,-–—()")
    return "," not in rest and len(rest.split()) <= MAX_CONTACT_WORDS and not rest.endswith(".")


def has_contact_address(line: str) -> bool:
    """Does the line give an e-mail address or a social network's address?"""
    return bool(_CONTACT.search(line))


# A notice that the page may not be copied, as East Asian sites close every story with it
# ("<저작권자 © 한빛일보, 무단 전재 및 재배포 금지>", "Copyright © … 無断転載を禁じます",
# "版权所有，未经授权不得转载"): a copyright mark and a ban on copying in one short line.
COPYRIGHT_MARKS: Final[tuple[str, ...]] = ("©", "ⓒ", "(c)", "copyright", "저작권", "版权", "版權")
COPYING_BANS: Final[tuple[str, ...]] = (
    "무단 전재", "무단전재", "재배포 금지", "재배포금지", "無断転載", "無断で転載", "禁止转载",
    "不得转载", "未经授权", "未經授權", "禁止轉載", "不得轉載",
)  # fmt: skip
MAX_NOTICE_CHARS: Final = 160


def is_copying_notice(line: str) -> bool:
    """ "<저작권자 © 한빛일보, 무단 전재 및 재배포 금지>", "版权所有，未经授权不得转载"."""
    text = line.strip().casefold()
    return (
        len(text) <= MAX_NOTICE_CHARS
        and any(mark in text for mark in COPYRIGHT_MARKS)
        and any(ban in text for ban in COPYING_BANS)
    )


# A publisher's notice about the page itself as a line opens: an affiliate disclosure ("If you
# buy something through this post, we may get a share of the sale.", "As an Amazon Associate we
# earn …", "Dieser Artikel enthält Affiliate-Links") and a reprint notice ("This copy is for your
# personal, non-commercial use only."). Casefolded regular expressions, by language.
DISCLOSURES: Final[tuple[str, ...]] = (
    r"if you (?:buy|purchase) (?:something|anything|a product) (?:through|from|via|using) "
    r"(?:a |our |one of our |the )?(?:links?|this (?:post|article|page|story))",
    r"as an amazon associate\b",
    r"we may (?:earn|get|receive) (?:a )?(?:small )?(?:commission|share of (?:the )?sales?)",
    r"this (?:post|article|story|page) (?:contains|may contain|includes) affiliate links?\b",
    r"this copy is for your personal,? non-?commercial use only\b",
    # a machine's reading or transcript of the story ("This transcript was generated
    # automatically…", "Diese Audioversion wurde künstlich erzeugt.")
    r"(?:this|the) (?:transcript|audio(?: version)?|summary|recording) (?:was|is|has been) "
    r"(?:(?:automatically|ai)[- ](?:generated|created|produced)|(?:generated|created|produced|"
    r"read) (?:automatically|by (?:ai|artificial intelligence|a computer)|(?:using|with) "
    r"(?:ai|artificial intelligence)))\b",
    r"audio (?:is )?(?:generated|produced) (?:using|by|with) (?:ai|artificial intelligence)\b",
    r"diese audioversion wurde (?:künstlich|automatisch|mit ki) erzeugt\b",
    r"(?:dieser|der) (?:artikel|beitrag) enthält (?:affiliate|werbe)-?links\b",
    r"(?:cet article|cette page) contient des liens (?:affiliés|d['’]affiliation)\b",
    r"(?:este artículo|esta página) (?:contiene|incluye) enlaces de afiliados?\b",
    # a note on how the story was made and paid for ("This story was produced by … with support
    # from the Knight Foundation", "Dit artikel kwam tot stand met steun van …"): the story's
    # own word for itself, then a partner or a funder in the same sentence
    r"this (?:story|article|report|reporting|coverage|content|series|piece|investigation)\b"
    r"[^.!?]{0,160}?\b(?:in partnership with|in collaboration with|with (?:the )?support (?:of|"
    r"from)|with funding from|(?:supported|funded|underwritten|made possible) (?:in part )?by|"
    r"a grant from|produced by)\b",
    r"dieser (?:artikel|beitrag|text)\b[^.!?]{0,160}?\b(?:in (?:kooperation|"
    r"zusammenarbeit) mit|mit (?:unterstützung|förderung) (?:von|der|des))\b",
    r"(?:cet article|cette enquête|ce reportage|cette série)\b[^.!?]{0,160}?\b(?:en partenariat"
    r" avec|en collaboration avec|avec le soutien d[eu]|soutenue? par|financée? par)",
    r"(?:este|esta) (?:contenido|artículo|reportaje|texto|serie|investigación)\b[^.!?]{0,160}?"
    r"\b(?:en alianza con|en colaboración con|con el apoyo de|financiad[oa] por)",
    r"(?:esta|este) (?:reportagem|matéria|texto|conteúdo|artigo)\b[^.!?]{0,160}?\b(?:em "
    r"parceria com|com (?:o )?apoio d[aoe]|financiad[ao] por)",
    r"questo (?:articolo|contenuto|reportage)\b[^.!?]{0,160}?\b(?:in collaborazione con|con "
    r"il (?:sostegno|supporto|contributo) d)",
    r"(?:dit|deze) (?:artikel|verhaal|productie|onderzoek)\b[^.!?]{0,160}?\b(?:met steun van|in"
    r" samenwerking met|mede mogelijk gemaakt door)",
    # a wire's funding line ("The Associated Press receives support from … The AP is solely
    # responsible for all content.")
    r"[^.!?]{0,120}\b(?:receives?|received) (?:financial )?support (?:from|through)\b[^!?]{0,240}"
    r"\bis solely responsible for (?:all |this |the )?content\b",
    # the print edition it ran in and the terms to republish it
    r"(?:a|an earlier) version of this (?:article|story|report) (?:appears|appeared|was "
    r"published|ran) in (?:print|the \S+(?: \S+){0,4} (?:edition|issue))\b",
    r"republish this (?:article|story)\b",
    # where the page's text first ran ("This article is republished from The Conversation under
    # a Creative Commons license.", "This post originally appeared on …"), by language
    r"this (?:article|story|post|piece|essay|column|report|interview)\b[^.!?]{0,40}?\b(?:is|was|"
    r"has been) (?:republished|reprinted|reproduced|syndicated) (?:from|with permission)",
    r"this (?:article|story|post|piece|essay|column|report|interview) (?:was |is )?(?:originally|"
    r"first) (?:appeared|published|ran|posted)\b",
    r"(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich)\b",
    r"cet article a (?:été )?(?:initialement|originellement|d['’]abord) (?:été )?publié\b",
    r"(?:este|el) (?:artículo|texto) (?:fue|se) (?:publicado|publicó) originalmente\b",
    r"you (?:may|can) republish (?:this|our) (?:article|story|stories)\b",
    # an editor's note that introduces the writer, a name and a verb of being ("Editor's note:
    # Karen Liu is a professor …"; a note on the story itself, "Editor's note: This story was
    # updated …", is the story's, as the corpus keeps its corrections), by language
    r"(?:editor['’]s note|anmerkung der redaktion|hinweis der redaktion|note de la rédaction|"
    r"nota (?:del editor|de la redacción|da redação|della redazione)|noot van de redactie)\s*:"
    r"\s*(?-i:[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,3}) (?:is|was|ist|war|est|était|es|fue|"
    r"é|foi|è|era)\b",
    # the views disclaimed
    r"the views (?:and opinions )?expressed (?:in this \S+ )?are (?:solely )?(?:those of )?the "
    r"(?:author|writer)",
    r"les (?:opinions|propos) exprimée?s [^.!?]{0,80}n['’]engagent que\b",
    # an investing site's pitch and its holdings ("Before you buy stock in …, consider this:",
    # "… has no position in any of the stocks mentioned.")
    r"before you buy stock in [^,.]{1,80}, consider this\b",
    r"should you invest \$[\d,]+ in [^?]{1,80} right now\?",
    r"(?:\S+ ){1,5}(?:has|have|holds?) no positions? in any of the (?:stocks|companies|securities)",
    r"(?:\S+ ){1,5}(?:has|have) positions in and recommends\b",
    r"(?:\S+ ){1,5}(?:has|have) a disclosure policy\b",
)
MAX_DISCLOSURE_CHARS: Final = 500
_DISCLOSURE: Final = re.compile(r"^[*(\[]?\s*(?:" + "|".join(DISCLOSURES) + ")", re.IGNORECASE)


def is_disclosure_line(line: str) -> bool:
    """ "If you buy something through this post, …", "This copy is for your personal …"."""
    text = line.strip()
    return 0 < len(text) <= MAX_DISCLOSURE_CHARS and bool(_DISCLOSURE.match(text))


def drop_furniture_lines(lines: list[str]) -> list[str]:
    """The body's lines without advertisement labels, tag lines, contact lines, copying notices,
    picture credits and disclosures, wherever they stand. Run first: such a line set between a
    teaser label's headlines and the story would read as one more headline (a credit between
    two paragraphs after a teaser label reads as cards, headline and summary, to the body's
    end)."""
    return [
        line
        for line in lines
        if not (
            is_ad_line(line)
            or is_player_time_line(line)
            or is_tag_line(line)
            or is_contact_line(line)
            or is_copying_notice(line)
            or is_photo_credit_line(line)
            or is_disclosure_line(line)
        )
    ]


# Production credits, as a line opens ("(Reporting by Will Dunham; Editing by Tom Brown)") or
# ends ("… contributed to this report."), by language; Reuters' editions write their own.
CREDIT_OPENINGS: Final[tuple[str, ...]] = (
    r"\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics)\s+by",
    # other editions, in parentheses only ("Reporter:" alone may be a speaker's name)
    r"\(\s*(?:reporte|reportaje|reportagem)\s+de",
    r"\(\s*editado\s+(?:en\s+español\s+)?por",
    r"\(\s*(?:reportage|version\s+française)",
    r"\(\s*(?:reporter|redigiert\s+von|bearbeitet\s+von)\s*:?",
    r"\(\s*hanno\s+collaborato",
    # the agencies a site's story is compiled from ("SOURCE: News agencies")
    r"\(?\s*source\s*:",
    # the staff who added to it ("Contributing: Maria Chen, Metro Record"), and an Indonesian or
    # Malay paper's writer and editor ("Penulis: Dedi Kurniawan | Editor: Siti Rahmawati")
    r"\(?\s*contributing\s*:",
    r"\(?\s*(?:penulis|pewarta|penyunting)\s*:",
    # a wire's staff and whom to write to ("With assistance from …", "To contact the editors
    # responsible for this story: …")
    r"\(?\s*with\s+assistance\s+from",
    r"to\s+contact\s+the\s+(?:reporters?|editors?|authors?|writers?)\b[^:]{0,40}:",
)
# A line that is only the agencies a story was written with ("Avec AFP", "With Reuters", "Mit
# dpa", "Con EFE y Europa Press"): the word, then one to three short names.
AGENCY_CREDIT_WORDS: Final[tuple[str, ...]] = (
    "with", "avec", "mit", "con", "com", "met", "z", "cu", "ile", "с", "з",
)  # fmt: skip
_AGENCY_CREDIT: Final = re.compile(
    r"^\(?\s*(?:" + "|".join(AGENCY_CREDIT_WORDS) + r")\s+[^\W\d_][\w-]{1,11}"
    r"(?:\s*(?:,|/|&|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*[^\W\d_][\w-]{1,11}"
    r"(?:\s+[^\W\d_][\w-]{1,11})?){0,2}\s*\.?\)?$",
    re.IGNORECASE,
)
CREDIT_ENDINGS: Final[tuple[str, ...]] = (
    r"contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting)",
    r"contributed\s+reporting",
)
# Credits close a story: only its last lines are read, and a credit is one short line.
CREDIT_TAIL_LINES: Final = 3
MAX_CREDIT_CHARS: Final = 300

_CREDIT_OPENING: Final = re.compile(
    rf"^(?:{'|'.join(CREDIT_OPENINGS)})\s*(?-i:[A-ZÀ-Þ])", re.IGNORECASE
)
# A Chinese or Japanese paper's credit for its editor or reporter, in parentheses or not
# ("（编辑：刘洋）", "责任编辑：王芳", "文/张伟"): a role, a colon or a slash, a name or two.
CJK_CREDIT_ROLES: Final[tuple[str, ...]] = (
    "责任编辑", "責任編輯", "编辑", "編輯", "责编", "記者", "记者", "撰稿", "校对", "审校", "審校",
    "文", "图", "圖", "来源", "來源",
)  # fmt: skip
_CJK_CREDIT: Final = re.compile(
    r"^[（(【\[]?\s*(?:" + "|".join(CJK_CREDIT_ROLES) + r")\s*[：:/／]\s*"
    r"[^\s，。、；;,.]{1,12}(?:[\s、/]+[^\s，。、；;,.]{1,12}){0,3}\s*[）)】\]]?$"
)
# A release's source line, closing it: a wire's "SOURCE Helixa Therapeutics, Inc." (capitals, no
# colon), or a label and a colon in any language and script ("Source : Véloria", "출처:
# 바다로보틱스", "المصدر: شركة رمال للطاقة", "Original-Content von: Stadtwerke Kiel AG, übermittelt
# durch news aktuell"): who sent it, a short line that opens with a name (no small Latin letter:
# "Source: the company said …" is a sentence), no question or exclamation.
SOURCE_LABELS: Final[tuple[str, ...]] = (
    "source", "sources", "quelle", "fuente", "fonte", "font", "źródło", "zdroj", "источник",
    "джерело", "sumber", "kaynak", "källa", "kilde", "bron", "lähde", "πηγή", "出典", "출처",
    "المصدر", "स्रोत", "nguồn", "original-content von",
)  # fmt: skip
MAX_SOURCE_CHARS: Final = 100
_SOURCE_LINE: Final = re.compile(
    r"^\(?\s*(?:(?i:" + "|".join(SOURCE_LABELS) + r")\s*[:：]|SOURCE\s)"
    r"\s*(?![a-zà-ÿ])[^\s.!?。][^!?。]*\)?$"
)
_CREDIT_ENDING: Final = re.compile(rf"\b(?:{'|'.join(CREDIT_ENDINGS)})\s*\.?\)?$", re.IGNORECASE)
# A Chinese paper's note of the headline the story first ran under, closing it ("（原标题：…）").
_ORIGINAL_HEADLINE: Final = re.compile(r"^[（(]?\s*(?:原标题|原標題)\s*[：:][^（）()]+[）)]?$")


# A picture's credit as a line of its own: a label, a colon, "=" or "by", a name or two and an
# agency ("Photograph: Jane Doe/Reuters", "Image credit: NASA", "Foto: dpa", "Фото: Олег Бойко",
# "사진=한빛통신"), or an agency's photo credit ("AP Photo/Evan Vucci", "Reuters Photo/Jane Doe"),
# or a label, an agency or a name and a slash, as Italian, Spanish and French papers write it
# ("Foto ANSA/Alessandro Di Marco", "Foto EFE/Juan Pérez", "Photo Pierre Lemaire / Le Courrier"),
# perhaps in parentheses; short and no sentence (a caption "Photo: A man walks past the ruins."
# ends with a full stop and stays). The name opens with a letter, in any script and either case
# ("Фото: пресс-служба мэрии", "Foto: archiwum").
PHOTO_CREDIT_LABELS: Final[tuple[str, ...]] = (
    "photograph", "photographs", "photography", "photo", "photos", "photo credit",
    "photo credits", "image", "images", "image credit", "picture", "pictures", "pic", "credit",
    "illustration", "crédit", "crédits", "crédit photo", "crédito", "credito", "foto", "fotos",
    "bild", "imagem", "imagen", "fotó", "kép", "kuva", "billede",
    "zdjęcie", "fot", "fotoğraf", "ảnh", "gambar", "picha", "фото", "світлина", "φωτογραφία",
    "צילום", "صورة", "تصوير", "사진", "写真", "图片", "圖片", "图片来源", "圖片來源",
)  # fmt: skip
MAX_PHOTO_CREDIT_CHARS: Final = 120
_PHOTO_LABELS: Final = "|".join(PHOTO_CREDIT_LABELS)
_PHOTO_CREDIT: Final = re.compile(
    rf"^\(?\s*(?:(?:{_PHOTO_LABELS})\s*(?::|：|=|\s+by\b)"
    r"|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}\s+Photo\s*/"
    rf"|(?:{_PHOTO_LABELS})\s+(?-i:[A-ZÀ-Þ])[\w.&'-]*(?:\s+[\w.&'-]+){{0,2}}\s*/)"
    r"\s*[^\W\d_][^.!?;]*?\)?$",
    re.IGNORECASE,
)
# A Chinese paper's caption: "图为…" ("the picture shows …"), or a line that ends with the
# photographer's name and 摄 ("shot by"): "… 记者 李明 摄", "（新华社记者 王鹏 摄）".
_CJK_PHOTO_CAPTION: Final = re.compile(
    r"^(?:图为|圖為)|(?:^|[\s（(])(?:\S{0,6}(?:记者|記者|通讯员|通訊員))?\s*"
    r"[\u4e00-\u9fff·]{2,4}\s*(?:摄|攝)[）)]?$"
)
# A Japanese paper's caption: what the picture shows, "＝", the day and the place, perhaps who
# shot it, and no full stop ("駅前の再開発予定地＝１５日、名古屋市中村区で（本社ヘリから撮影）");
# a sentence that notes a person's age or home with "＝" ends with "。".
_JAPANESE_CAPTION: Final = re.compile(r"^[^。]*＝[0-9０-９]{1,2}日[^。]*$|撮影[）)]$")
# A caption that ends with its picture's credit in brackets ("▲ 제3연륙교 조감도. (사진=인천경제
# 자유구역청)", "The new bridge at dusk (Photo: Harbour Wire)") or after a copyright mark: a
# story's sentence ends after the bracket, not with a credit in it.
MAX_CAPTION_CHARS: Final = 300
_CLOSING_CREDIT: Final = re.compile(
    rf"[(（]\s*(?:{_PHOTO_LABELS})\s*(?::|：|=|\s+by\b)[^()（）]{{1,80}}[)）]$"
    # or with a copyright mark, no brackets ("…, installation views, photos © Inexhibit, 2018")
    rf"|\b(?:{_PHOTO_LABELS})\s*©\s*[^.!?;©]{{1,60}}$",
    re.IGNORECASE,
)


# A picture's credit written as a sentence of thanks ("Photos courtesy of Larkspur Bakery.",
# "Image courtesy NASA/JPL"), a caption that names the picture by its place on the page ("Lead
# image: Trams on Rua da Conceição. Credit: …", "Top photo: …"), and a caption that ends with its
# credit after its last sentence ("Divers plant shoots in the bay. Photograph: Tom Ashdown",
# "… in Lisbon. Credit: Pedro Almeida / Shutterstock"): a name or two, no sentence after it.
PICTURE_PLACES: Final[tuple[str, ...]] = (
    "lead", "top", "main", "header", "featured", "feature", "cover", "hero", "banner", "above",
)  # fmt: skip
PICTURE_WORDS: Final = r"(?:photo|photos|photograph|photographs|image|images|picture|pictures)"
_COURTESY_CREDIT: Final = re.compile(
    rf"^\(?\s*(?:{PICTURE_WORDS}|illustrations?|videos?)\s+(?:courtesy|provided by)\b(?:\s+of)?"
    r"\s+[^\W\d_][^.!?;]*\.?\)?$",
    re.IGNORECASE,
)
_PLACED_CAPTION: Final = re.compile(
    rf"^(?:{'|'.join(PICTURE_PLACES)})\s+{PICTURE_WORDS}(?:\s+credits?)?\s*[:：]", re.IGNORECASE
)
_TRAILING_CREDIT: Final = re.compile(
    rf"[.!?]\s+(?:{_PHOTO_LABELS})\s*[:：]\s*[^\W\d_][^.!?;:()]{{0,60}}$", re.IGNORECASE
)


def is_photo_credit_line(line: str) -> bool:
    """ "Photograph: Jane Doe/Reuters", "Photo by Ben Carter", "(AP Photo/Evan Vucci)",
    "사진=한빛통신", "图为…。 记者 李明 摄", a caption that ends with its credit in brackets, a
    Japanese caption ("…＝１５日、…で")."""
    text = line.strip()
    # each pattern is searched only in lines holding its marks: most lines hold none
    closing = text.endswith((")", "）")) or "©" in text
    japanese = "＝" in text or "撮影" in text
    if 0 < len(text) <= MAX_CAPTION_CHARS and (
        (closing and _CLOSING_CREDIT.search(text))
        or (japanese and _JAPANESE_CAPTION.search(text))
        or _PLACED_CAPTION.match(text)
        or (":" in text and _TRAILING_CREDIT.search(text))
    ):
        return True
    if not 0 < len(text) <= MAX_PHOTO_CREDIT_CHARS:
        return False
    return bool(
        _PHOTO_CREDIT.match(text) or _COURTESY_CREDIT.match(text) or _CJK_PHOTO_CAPTION.search(text)
    )


def is_credit_line(line: str) -> bool:
    """ "(Reporting by Will Dunham; Editing by Tom Brown)", "… contributed to this report."."""
    text = line.strip()
    if not text or len(text) > MAX_CREDIT_CHARS:
        return False
    return bool(
        _CREDIT_OPENING.match(text)
        or _CREDIT_ENDING.search(text)
        or _CJK_CREDIT.match(text)
        or _ORIGINAL_HEADLINE.match(text)
        or _AGENCY_CREDIT.match(text)
        or (len(text) <= MAX_SOURCE_CHARS and _SOURCE_LINE.match(text))
    )


def drop_credit_lines(lines: list[str]) -> list[str]:
    """The body's lines without the credit lines among its last `CREDIT_TAIL_LINES`."""
    tail = len(lines) - CREDIT_TAIL_LINES
    return [line for i, line in enumerate(lines) if i < tail or not is_credit_line(line)]
