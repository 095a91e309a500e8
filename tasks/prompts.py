"""Calls to action out of the body: sign-up boxes, follow-us lines, app and subscription offers.

Pages set their furniture among the article's paragraphs and the extractor keeps it as text: a
newsletter box ("Morning Brief newsletter / The day's stories before breakfast. / Thanks for
signing up! / Sorry! / There was an error processing your subscription."), "Follow the Desk on
Instagram and TikTok.", "Have a tip? Reach the author at …", "Subscribe to our newsletters.",
"CLICK HERE TO GET THE … APP", "Join our free prediction contest" above a list of other stories,
appeals for money ("Support local news.", "Make a donation today", "Become a member"), an audio
player's "Listen to this article", a wire's "Follow AP's full coverage of … at …", a question or
a short sentence before the call ("Want the day's news? Sign up for …", "Have thoughts on this
story?", "We have a small favour to ask.") and the site's app or messaging channel.
They tell no story, they change when the site redesigns, and the names in them (the site, its
social networks, its contest) become false entities; extraction benchmarks leave them out.

`drop_prompts` removes, from the body's lines:
- a prompt: a line of at most `MAX_PROMPT_CHARS` that opens with a call to action of
  `PROMPT_OPENINGS`, or is all a `PROMPT_LINES` form ("Morning Brief newsletter");
- the list items right after a prompt (a list mark opens them, at most `MAX_LISTED_ITEMS`): the
  stories a promotion box offers, as a teaser label's list (`tasks.boilerplate`).
A sign-up box's other lines ("Sorry!", "The day's stories before breakfast.") stay: told apart
from a short paragraph between two prompts by nothing but their words, and they name nobody.
The forms are data (the tables below); a quotation ("“Subscribe to nothing,” she said") never
opens with one, so it stays.
"""

from __future__ import annotations

import re
from typing import Final

# Social networks a page asks readers to follow it on.
NETWORKS: Final[tuple[str, ...]] = (
    "twitter",
    "x",
    "facebook",
    "instagram",
    "youtube",
    "tiktok",
    "linkedin",
    "threads",
    "bluesky",
    "snapchat",
    "flipboard",
    "whatsapp",
    "telegram",
    "google news",
    # podcast platforms ("Subscribe: Apple Podcasts | Spotify")
    "apple podcasts",
    "spotify",
    "youtube music",
    "pocket casts",
)
_NETWORK: Final = "(?:" + "|".join(re.escape(n) for n in NETWORKS) + r")\b"
_FEW_WORDS: Final = r"(?:\S+\s+){0,6}?"  # lazily: up to six words ("The Daily Opinion section")

# Calls to action as a line opens (casefolded regular expressions), by language.
PROMPT_OPENINGS: Final[tuple[str, ...]] = (
    # English
    rf"follow {_FEW_WORDS}on {_NETWORK}",
    rf"(?:like|find|join) us on {_NETWORK}",
    r"subscribe (?:to|now|today|here|for)\b",
    r"sign up (?:for|to|now|here|today)\b",
    r"click here\b",
    r"tap here\b",
    rf"(?:download|get) (?:the|our) {_FEW_WORDS}apps?\b",
    r"join our\b",
    r"thanks? (?:you )?for (?:signing up|subscribing)\b",
    r"keep an eye on your inbox\b",
    r"there was an error processing your (?:subscription|request|sign[- ]?up)\b",
    r"tell us what you think\b",
    r"(?:like|liked|enjoy|enjoyed) this (?:story|article|post)\?",
    r"(?:have|got) a (?:confidential )?(?:news |story )?tip\?",
    r"get the latest\b[^.!?]*\b(?:inbox|newsletters?|e-?mail)\b",
    rf"get \S+\s+{_FEW_WORDS}delivered\b",
    rf"listen to \S+\s+{_FEW_WORDS}live\b",
    r"listen to this (?:article|story|episode|podcast)\b",
    # a pointer to the document behind the story ("Read the full report, “…,” on the institute's
    # website."), not its text
    r"(?:read|download|view|see) the (?:full|entire|complete|original) (?:report|study|paper|"
    r"article|story|interview|transcript|statement|decision|ruling|letter|survey|review)\b",
    rf"(?:subscribe|listen|follow)(?: (?:on|now))?\s*[:：]\s*{_NETWORK}",
    # a wire's or a portal's closing offer ("Catch all the Business News … Download The … App")
    r"catch all the (?:latest )?\S+ news\b",
    r"follow (?:our|the|\S+(?:'s|’s)) (?:full |live |latest |ongoing )?coverage\b",
    r"if you (?:enjoyed|liked|value|appreciate) this (?:article|story|post|piece)\b",
    # appeals for money ("Support local news.", "Make a donation today", "Become a member")
    r"support (?:local|independent|quality|our) (?:news|journalism|reporting)\b",
    r"support us\b",
    r"make a donation\b",
    r"donate (?:now|today|here)\b",
    r"become a (?:member|subscriber|supporter|patron)\b",
    rf"share (?:on|via) {_NETWORK}",
    # German, French, Spanish, Portuguese, Italian
    rf"folgen sie {_FEW_WORDS}auf {_NETWORK}",
    r"abonnieren sie (?:unseren|den|jetzt)\b",
    rf"suivez[- ]{_FEW_WORDS}sur {_NETWORK}",
    r"abonnez-vous (?:à|a) (?:notre|la)\b",
    rf"s[íi]guenos en {_NETWORK}",
    r"suscr[íi]bete (?:a|al)\b",
    rf"siga-nos (?:no|nas?) {_NETWORK}",
    rf"seguici su {_NETWORK}",
    r"cet article vous a (?:été utile|plu)",
    rf"ikuti {_FEW_WORDS}di {_NETWORK}",
    # Russian, Ukrainian ("Подписывайтесь на наш канал в Telegram")
    r"подписывайтесь на (?:наш|нас)",
    rf"подписывайтесь на {_FEW_WORDS}в {_NETWORK}",
    r"підписуйтесь на (?:наш|нас)",
    r"следите за (?:нами|новостями)",
    # a reader's reply or an appeal that opens with a sentence ("Have thoughts on this story?",
    # "We have a small favour to ask.")
    r"(?:have|got) (?:thoughts|feedback|questions|a question|something to say) (?:on|about) "
    r"this (?:story|article)\?",
    r"we have a (?:small )?(?:favou?r|request) to ask\b",
    r"give what you can\b",
    r"sie lesen gerade einen? (?:artikel|text|beitrag)\b",
    r"unterstützen sie (?:uns|unseren|unabhängigen)\b",
    r"soutenez (?:notre|la|le) (?:rédaction|journalisme|presse)\b",
    r"apoya (?:nuestro|el) periodismo\b",
    r"apoie (?:o|nosso) jornalismo\b",
    r"sostieni (?:il|la nostra|il nostro) (?:giornalismo|redazione)\b",
    r"mamy do (?:ciebie|państwa|was) prośbę\b",
    r"wesprzyj (?:nas|naszą|nasze)\b",
    r"van egy kérésünk\b",
    r"támogass?(?:d|a) a munkánkat\b",
    r"kami ada (?:satu )?permintaan\b",
    # a newsletter's or a channel's offer ("Tilaa uutiskirje", "扫码关注…公众号")
    r"tilaa (?:uutiskirje|uutiskirjeemme)\b",
    r"εγγραφείτε στο newsletter\b",
    r"扫码关注",
    r"扫描二维码",
    r"关注\S{0,12}公众号",
    # an audio player's label ("Artikel anhören", "Posłuchaj artykułu", "Écouter cet article")
    r"artikel (?:anhören|vorlesen(?: lassen)?)\b",
    r"(?:diesen )?artikel anhören\b",
    r"posłuchaj (?:tego )?artykułu\b",
    r"[ée]couter (?:cet article|l['’]article)\b",
    r"escucha(?:r)? (?:este artículo|la noticia|esta noticia)\b",
    r"ou[çv]a (?:esta notícia|este artigo|a notícia)\b",
    r"ascolta (?:l['’]articolo|questo articolo)\b",
    r"(?:прослушать|слушать) (?:статью|новость|эту статью)\b",
    # a question, then a call to sign up ("Want the day's news? Sign up for …", "Wil je … ?
    # Meld je aan voor onze nieuwsbrief.")
    r"[^.!?]{0,120}\?\s+(?:sign up|subscribe|download (?:our|the)|meld je aan|abonneer je"
    r"|inscrivez-vous|abonnez-vous|melden sie sich an|abonnieren sie|suscr[íi]bete|iscriviti"
    r"|assine|cadastre-se|zapisz się)\b",
    # a short sentence, then the call ("Don't miss a story. Sign up for the free email.")
    r"[^.!?]{1,60}[.!]\s+(?:sign up|subscribe) (?:for|to)\b",
    # the site's app or messaging channel, by language
    r"(?:téléchargez|télécharger) (?:l['’]application|notre application|l['’]appli)\b",
    r"(?:laden sie|holen sie sich) (?:die|unsere) \S+(?:\s+\S+){0,3}?[- ]?app\b",
    r"(?:descarga|descargue|baja) (?:la|nuestra) (?:app|aplicación)\b",
    r"(?:baixe|instale) o (?:nosso )?(?:app|aplicativo)\b",
    r"scarica (?:l['’]app|la nostra app)\b",
    rf"receba (?:as )?(?:notícias|novidades)\b[^.!?]*?\b(?:no seu|pelo|em seu) {_NETWORK}",
    r"iscriviti alla (?:nostra )?newsletter\b",
    r"dapatkan (?:update|informasi|berita)\b[^.!?]*?\bsetiap hari\b",
    rf"mari bergabung di (?:grup|saluran|channel) {_NETWORK}",
    r"تابعونا (?:على|عبر) ",
    r"点击下载",
    r"下载\S{0,12}客户端",
    r"(?:\S+\s+){0,2}앱(?:을)? 설치하고",
)
# Bar labels, whole lines: the comment box's heading ("Comments", "12 comments"), a share bar's
# label ("Share this article"). They leave as lines, but ask for nothing of the publisher's: a
# live page sets a "Share" button under every update, so they make no box of the story around
# them an appeal (`is_call_line`).
BAR_LABELS: Final[tuple[str, ...]] = (
    r"(?:\d+\s+)?comments?",
    # a share bar's label ("Share this article", "Artikel teilen", "Partager")
    r"share(?: (?:this|the) (?:article|story|post|page))?\W*",
    r"(?:artikel|beitrag) teilen\W*",
    r"(?:partager|compartir|condividi|compartilhe|compartilhar)\W*",
    r"この記事を(?:シェア|共有)する",
    r"分享(?:到|这篇文章|此文)\W*",
    r"공유하기",
)
# Prompts that are the whole line: the sign-up box's name ("Morning Brief newsletter").
PROMPT_LINES: Final[tuple[str, ...]] = (
    r"(?:\S+\s+){0,4}newsletters?\W*",
    # an offer that ends with the call ("… पढ़ने के लिए हमारा ऐप डाउनलोड करें।")
    r".{0,120}(?:हमारा|हमारी) (?:ऐप|एप) डाउनलोड करें\W*",
    # a newsletter's pitch ("… jeden Morgen kostenlos in Ihrem Postfach.")
    r".{0,120}\b(?:straight|direct|delivered) to your inbox\W*",
    r".{0,120}\bkostenlos in (?:ihr|ihrem|dein|deinem) postfach\W*",
    r".{0,120}\bbültenimize (?:ücretsiz )?abone olun\W*",
    # an appeal's heading ("Before you go")
    r"before you (?:go|move on)\W*",
    # a box's button, the call alone ("Join now", "Word lid", "Jetzt spenden"), by language
    r"(?:join|subscribe|donate|sign up|become a member)(?: now| today| here)?\W*",
    r"(?:word|wordt) lid\W*",
    r"lid worden\W*",
    r"(?:nu )?doneren\W*",
    r"(?:jetzt )?(?:spenden|mitglied werden|abonnieren|unterstützen)\W*",
    r"(?:je )?(?:fais un don|faire un don|m['’]abonne|deviens membre|devenir membre)\W*",
    r"(?:hazte socio|hazte miembro|dona ahora|suscríbete ahora)\W*",
    r"(?:seja (?:membro|assinante)|doe agora|assine já)\W*",
    r"(?:abbonati|dona ora|diventa socio)(?: ora)?\W*",
    r"(?:wesprzyj nas|zostań członkiem|przekaż darowiznę)\W*",
)
MAX_PROMPT_CHARS: Final = 250
MAX_LISTED_ITEMS: Final = 8

_OPENING: Final = re.compile(r"^[\[(]?\s*(?:" + "|".join(PROMPT_OPENINGS) + ")", re.IGNORECASE)
_WHOLE_LINE: Final = re.compile(r"^(?:" + "|".join(PROMPT_LINES + BAR_LABELS) + ")$", re.IGNORECASE)
_BAR_LABEL: Final = re.compile(r"^(?:" + "|".join(BAR_LABELS) + ")$", re.IGNORECASE)
_LIST_ITEM: Final = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)])\s+\S")


def is_prompt_line(line: str) -> bool:
    """ "Follow the Desk on Instagram", "Thanks for signing up!", "Morning Brief newsletter"."""
    text = line.strip()
    if not text or len(text) > MAX_PROMPT_CHARS:
        return False
    return bool(_OPENING.match(text) or _WHOLE_LINE.match(text))


def is_call_line(line: str) -> bool:
    """A prompt that asks the reader to act for the publisher ("Join now", "Sign up for …"),
    not a bar's label ("Share", "12 comments"): what makes a box around it an appeal."""
    return is_prompt_line(line) and not _BAR_LABEL.match(line.strip())


def drop_prompts(lines: list[str]) -> list[str]:
    """The body's lines without prompts and the list items right after one."""
    prompts = [i for i, line in enumerate(lines) if is_prompt_line(line)]
    dropped = set(prompts)
    for prompt in prompts:
        i = prompt + 1
        while (
            i < len(lines)
            and i - prompt <= MAX_LISTED_ITEMS
            and _LIST_ITEM.match(lines[i])
            and len(lines[i].strip()) <= MAX_PROMPT_CHARS
        ):
            dropped.add(i)
            i += 1
    return [line for i, line in enumerate(lines) if i not in dropped]
