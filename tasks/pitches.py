"""The publisher's pitch written as a paragraph of prose, out of the body: a newsletter, an app, a
podcast, a membership, a subscription, a donation or an event of the publisher's own, offered to
the reader in a sentence or three ("Want the biggest stories from Brookfield in your inbox every
morning? Our free Metro Chronicle Daily newsletter brings you …", "If you enjoyed this article,
we have a proposition for you: Join … Members get all of our content …", "Get access to …
Moneycontrol Pro for as little as Rs 599 …", "Dann melden Sie sich für unseren kostenlosen
Newsletter an", "Met een abonnement op het Dagblad steun je onze verslaggevers").

Why: `tasks.prompts` reads a call to action by the way a short line opens; a pitch written as a
paragraph opens with anything ("Goede lokale journalistiek kost geld.", "Valley Public Press is
a nonprofit newsroom.") and runs past a prompt's length, so the extractor kept it as the story's
paragraph, and the publisher's products and staff in it became false entities.

What makes a paragraph a pitch, in any of the languages below:
- an offer: a word of `OFFER_WORDS` (a newsletter, a podcast, an app, a subscription, a
  membership, a donation, tickets, an inbox);
- the publisher's voice: a word of `PUBLISHER_WORDS` ("our", "we", "unseren", "onze"), a
  reference to the page itself ("this article", "cet article"), or the site's own name as its
  host writes it ("Plainsview Daily" on plainsviewdaily.com);
- the reader asked: a clause that opens with a call (`CALL_OPENINGS`: "Join", "Subscribe",
  "Download", "Assine", "…, please make a gift"), a reader's imperative anywhere
  (`CALLS_ANYWHERE`: "suscríbete"), or a question to the reader ("… in your inbox every
  morning?", "Want more reviews like this?"); under the site's name, a word to the reader
  (`READER_WORDS`: "Ihre", "vous") is enough ("Mit einem Digital-Abo des Werra-Boten lesen Sie …").
A review's own "we" and "you" ("You can subscribe to any feed, and our library …", "we think the
subscription pays for itself") asks nothing; a story about a newsletter ("The newsletter, called
City Desk, costs $7 a month") speaks of it, not for the publisher; a deals story ("you can sign
up for a free 7-day trial") offers another company's product; a quotation of a company's pitch
("“We want members to subscribe for the long run,” she said") holds a quoted span of
`MIN_QUOTE_WORDS` or more words and stays.
The words are data (the tables below); the logic reads only the line and the page's host.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final
from urllib.parse import urlsplit

# The publisher's products, by language (casefolded regular expressions, whole words).
OFFER_WORDS: Final[tuple[str, ...]] = (
    # English
    r"newsletters?", r"podcasts?", r"apps?", r"subscri(?:be|bing|ption|ptions|bers?)",
    r"membership", r"members get", r"become a member", r"donat(?:e|ion|ions)", r"make a gift",
    r"tickets", r"inbox",
    r"unlimited access", r"ad-free",
    # German
    r"newsletters?", r"abos?", r"abonn(?:ieren|ement|enten)", r"postfach", r"spenden?",
    r"mitglied(?:schaft)?",
    # French
    r"lettres? d['’]information", r"abonn(?:ez|ant|ement|és?)", r"appli", r"faire un don",
    r"faites un don", r"vos dons",
    # Spanish, Portuguese
    r"boletín", r"suscr[íi](?:bete|birse|pción|ptores)", r"aplicación",
    r"assin(?:e|atura|ante|antes)", r"aplicativo", r"doação",
    # Italian, Dutch
    r"abbona(?:ti|mento|rsi)", r"nieuwsbrief", r"abonnee", r"abonnement", r"lid worden",
    r"word lid",
)  # fmt: skip
# The publisher speaking, or the page speaking of itself, by language.
PUBLISHER_WORDS: Final[tuple[str, ...]] = (
    r"our", r"we",
    r"this (?:article|story|post|piece)",
    r"unser(?:e|en|em|er|es)?", r"wir", r"dieser (?:artikel|beitrag)",
    r"notre", r"nos", r"nous", r"cet article",
    r"nuestr[oa]s?", r"este (?:artículo|artigo|texto)", r"esta (?:noticia|reportagem)",
    r"noss[oa]s?",
    r"nostr[oaie]", r"questo articolo",
    r"onze", r"dit artikel",
)  # fmt: skip
# The reader addressed, by language.
READER_WORDS: Final[tuple[str, ...]] = (
    r"you", r"your",
    r"(?-i:Sie|Ihr|Ihre|Ihren|Ihrem)", r"dein(?:e|en|em)?",
    r"vous", r"votre", r"vos",
    r"quieres", r"tu", r"usted",
    r"você", r"seu", r"sua",
    r"ti", r"vuoi",
    r"je", r"jij", r"jouw",
)  # fmt: skip
# A clause that opens with a call to the reader, by language (after a full stop, a colon, a
# comma or a dash: "… journalism, please make a gift today", "… for you: Join …").
CALL_OPENINGS: Final[tuple[str, ...]] = (
    r"join", r"subscribe", r"sign up", r"download", r"donate", r"give", r"become", r"support",
    r"listen", r"get", r"please",
    r"abonnieren sie", r"unterstützen sie", r"werden sie", r"laden sie", r"melden sie sich",
    r"holen sie sich", r"hören sie", r"testen sie", r"sichern sie sich",
    r"abonnez-vous", r"soutenez", r"rejoignez", r"devenez", r"faites", r"inscrivez-vous",
    r"suscr[íi]bete", r"únete", r"apoya", r"hazte", r"abónate",
    r"assine", r"apoie", r"seja", r"entre", r"cadastre-se",
    r"abbonati", r"sostieni", r"iscriviti", r"diventa",
    r"word", r"steun", r"neem", r"meld je aan",
)  # fmt: skip
# Calls whose form is the reader's imperative wherever they stand ("Si quieres …, suscríbete").
CALLS_ANYWHERE: Final[tuple[str, ...]] = (
    r"please", r"suscr[íi]bete", r"abónate", r"hazte", r"únete", r"abonnez-vous",
    r"inscrivez-vous", r"abbonati", r"iscriviti", r"cadastre-se",
)  # fmt: skip
# A quotation of this many words or more makes the line a story's (a pitch names its products
# in quotation marks: „Pfalz am Morgen“).
MIN_QUOTE_WORDS: Final = 5
# Labels of a host that name no site ("www.", "m.", "co.uk").
HOST_LABELS_NOT_NAMES: Final = frozenset({"www", "m", "amp", "mobile", "co", "com", "org", "net"})
MIN_SITE_NAME_CHARS: Final = 5


def _words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


_OFFER: Final = _words(OFFER_WORDS)
_PUBLISHER: Final = _words(PUBLISHER_WORDS)
_READER: Final = _words(READER_WORDS)
_CALL: Final = re.compile(
    r"(?:^|[.!?:;,—–]\s*)(?:" + "|".join(CALL_OPENINGS) + r")(?!\w)"
    r"|(?<!\w)(?:" + "|".join(CALLS_ANYWHERE) + r")(?!\w)",
    re.IGNORECASE,
)
# A question put to the reader: it names the reader ("… in your inbox?", "Sie möchten …?") or
# opens with a wish ("Want more reviews like this?", "Enjoyed this story?").
QUESTION_OPENINGS: Final[tuple[str, ...]] = (
    r"want", r"like", r"liked", r"enjoy", r"enjoyed", r"looking for", r"never want to miss",
)  # fmt: skip
_READER_QUESTION: Final = re.compile(
    r"(?:^|[.!?]\s)(?:[^.!?]*(?<!\w)(?:" + "|".join(READER_WORDS) + r")(?!\w)"
    r"|\s*(?:" + "|".join(QUESTION_OPENINGS) + r")(?!\w))[^.!?]*\?",
    re.IGNORECASE,
)
_QUOTE: Final = re.compile(
    r"[\"“”„«»]\s*(?:[^\"“”„«»\s]+\s+){" + str(MIN_QUOTE_WORDS - 1) + r",}[^\"“”„«»]*[\"“”«»]"
)


def _letters(text: str) -> str:
    """The text's letters and digits, casefolded, accents dropped: "Diário do Vale" ->
    "diariodovale", as its host writes it."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


def site_names(url: str) -> tuple[str, ...]:
    """The names a page's host gives its site: "www.plainsviewdaily.com" -> "plainsviewdaily"."""
    host = (urlsplit(url).hostname or "").rsplit(".", 1)[0]
    labels = (_letters(label) for label in host.split("."))
    return tuple(
        label
        for label in labels
        if len(label) >= MIN_SITE_NAME_CHARS and label not in HOST_LABELS_NOT_NAMES
    )


def is_pitch(line: str, names: tuple[str, ...] = ()) -> bool:
    """Does the line offer the publisher's product to the reader, with no quotation: an offer
    in the publisher's voice (or under its name) with a call or a question to the reader, or an
    offer under the site's name addressed to the reader?"""
    if not _OFFER.search(line) or _QUOTE.search(line):
        return False
    letters = _letters(line)
    named = any(name in letters for name in names)
    if named and _READER.search(line):
        return True
    asked = bool(_CALL.search(line) or _READER_QUESTION.search(line))
    return asked and (named or bool(_PUBLISHER.search(line)))


def drop_pitches(lines: list[str], url: str) -> list[str]:
    """The body's lines without the publisher's pitches."""
    names = site_names(url)
    return [line for line in lines if not is_pitch(line, names)]
