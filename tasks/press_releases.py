"""A press release's contact block, media links and end mark out of the body.

A release, on a wire or on a company's newsroom, closes with whom journalists may call: a label
("Media Contact:", "Pressekontakt:", "Contact presse :", "本件に関するお問い合わせ先",
"للتواصل الإعلامي:") and a few short lines of names, offices, phones and addresses, or all of it
on the label's line ("Contact presse : Claire Martin – Agence Rivage – 06 12 34 56 78"); a wire
adds links to the release's pictures and its own copy ("View original content to download
multimedia: https://…"), and the text may end with a mark ("###", "-30-"). The extractor keeps
them as paragraphs; they name the company's press officers and agencies, not the story's
people, and become false entities.
A release's safe-harbor statement (its heading, and the legal paragraphs under it that warn of
forward-looking statements) and a wire's "NEWS PROVIDED BY …" line leave too: law and the wire's
furniture, the same under every release, no news.
The "About <Company>" heading and paragraph stay: the corpus's truth keeps them as the release's
text, and `is_about_heading` tells the author-note reader that the company's paragraph after it,
which opens with the page's author, the company, is no note on a reporter.

`drop_press_contacts` removes, anywhere in the body:
- a contact label line (a label of `CONTACT_LABELS`, alone but for marks and a colon) and the
  contact lines right after it (at most `MAX_CONTACT_LINES`): a line with a phone number or an
  address to write to, or a short line that is no sentence (a name, a title, an office), but
  not a short line that heads a paragraph ("About Northwind Energy"); the next label
  ("Investor Contact:") opens a block the same way, and the first sentence ends the block;
- a label, a colon and contact details on one line: a phone number or an address in it, or a
  short rest that is no sentence;
- a wire's link to the release's media or to its own copy, a label and the address alone;
- an end mark line.
Only the press and media labels are read: a plain "Contact:" or "문의:" line also gives a
museum's or a council's number to readers, which a local story may keep as its text.
"""

from __future__ import annotations

import re
from typing import Final

# Labels of a release's contact block, casefolded, by language.
CONTACT_LABELS: Final[tuple[str, ...]] = (
    # English
    "media contact", "media contacts", "press contact", "press contacts", "media inquiries",
    "media enquiries", "press inquiries", "press enquiries", "investor contact",
    "investor contacts", "investor relations contact", "investor inquiries", "media relations",
    "for media inquiries", "contact for media", "media and investor contacts",
    # German, Dutch, Scandinavian
    "pressekontakt", "medienkontakt", "kontakt für medien", "kontakt für journalisten",
    "ansprechpartner für die presse", "ansprechpartner für medien", "perscontact",
    "contact voor de pers", "presskontakt", "mediakontakt", "mediekontakt",
    # French
    "contact presse", "contacts presse", "contact médias", "contacts médias", "contact media",
    "relations presse", "relations médias",
    # Spanish, Catalan, Portuguese, Italian
    "contacto de prensa", "contactos de prensa", "contacto para medios", "contacto con medios",
    "contacto de medios", "contacte de premsa", "contato para imprensa", "contatos para imprensa",
    "contato com a imprensa", "contatos com a imprensa", "informações para a imprensa",
    "contatti stampa", "contatto stampa", "per informazioni alla stampa",
    # Polish, Czech, Russian, Ukrainian, Turkish, Indonesian
    "kontakt dla mediów", "kontakt dla prasy", "kontakt prasowy", "kontakt pro média",
    "контакты для сми", "контакт для сми", "контакти для змі", "basın iletişim",
    "basın için iletişim", "medya iletişim", "kontak media", "narahubung media", "kontak pers",
    # Japanese, Chinese, Korean, Arabic, Hindi
    "本件に関するお問い合わせ先", "本件に関するお問い合わせ", "報道関係者お問い合わせ先",
    "報道関係者からのお問い合わせ先", "報道関係のお問い合わせ先", "報道関係のお問い合わせ",
    "媒体联系", "媒体联系人", "媒體聯絡人", "新闻联系人", "媒体垂询", "언론 문의", "보도 문의",
    "홍보 문의", "미디어 문의", "언론 연락처", "للتواصل الإعلامي", "جهة الاتصال الإعلامية",
    "للاستفسارات الإعلامية", "मीडिया संपर्क",
)  # fmt: skip
# The heading of a release's "About" paragraph: an opening word (casefolded) and the company's
# name, or the name and a closing word ("바다로보틱스 소개", "会社概要"), a short line, no sentence.
ABOUT_OPENINGS: Final[tuple[str, ...]] = (
    "about", "über", "à propos de", "à propos d'", "à propos d’", "a propos de", "acerca de",
    "sobre", "a proposito di", "informazioni su", "over", "om", "tentang", "نبذة عن",
)  # fmt: skip
ABOUT_ENDINGS: Final[tuple[str, ...]] = ("소개", "について", "简介", "簡介", "hakkında")
# Or the whole heading, no name: "About the company", "O firmie", "会社概要".
ABOUT_LINES: Final[tuple[str, ...]] = (
    "about us", "about the company", "über uns", "über das unternehmen", "sobre nosotros",
    "sobre la empresa", "sobre a empresa", "o firmie", "o spółce", "o nas", "o společnosti",
    "о компании", "про компанію", "company profile", "会社概要", "公司简介", "회사 소개",
)  # fmt: skip
MAX_ABOUT_HEADING_CHARS: Final = 80
_ABOUT_HEADING: Final = re.compile(
    r"^[\W_]*(?:(?:" + "|".join(re.escape(w) for w in ABOUT_OPENINGS) + r")(?:\s+|$)\S.*"
    r"|.*(?:" + "|".join(re.escape(w) for w in ABOUT_ENDINGS) + r")"
    r"|(?:" + "|".join(re.escape(w) for w in ABOUT_LINES) + r"))[\W_]*$",
    re.IGNORECASE,
)
# A block's lines: names, titles, offices, phones, addresses; a few, short.
MAX_CONTACT_LINES: Final = 8
MAX_CONTACT_LINE_CHARS: Final = 160
MAX_PLAIN_CONTACT_WORDS: Final = 8  # a line with neither phone nor address: "Rachel Moore"
SENTENCE_ENDS: Final = (".", "。", "!", "?", "！", "？")
# A wire's links to the release's media and its own copy, a label and the address alone ("View
# original content to download multimedia: https://…", "Photo - https://…", "View source version
# on businesswire.com: https://…", "A photo accompanying this announcement is available at
# https://…"), casefolded openings.
MEDIA_LINK_LABELS: Final[tuple[str, ...]] = (
    "view original content", "view source version", "photo", "photos", "logo", "video",
    "multimedia", "infographic", "a photo accompanying this announcement is available at",
    "photos accompanying this announcement are available at",
    "a video accompanying this announcement is available at",
)  # fmt: skip
MAX_MEDIA_LABEL_CHARS: Final = 80
_MEDIA_LINK: Final = re.compile(
    r"^(?:" + "|".join(re.escape(label) for label in MEDIA_LINK_LABELS) + r")"
    rf"[^:]{{0,{MAX_MEDIA_LABEL_CHARS}}}?\s*[:\-–—]?\s*https?://\S+$",
    re.IGNORECASE,
)
# A release's safe-harbor statement: the legal text that warns its plans may not come true. Its
# heading ("Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements",
# "Safe Harbor Statement", "Zukunftsgerichtete Aussagen"), casefolded, and the paragraph that opens
# it ("This press release contains forward-looking statements within the meaning of …"); the
# heading's paragraphs go on while they speak of forward-looking statements (`SAFE_HARBOR_WORDS`).
SAFE_HARBOR_HEADINGS: Final = (
    r"(?:cautionary (?:note|statement|language)s? (?:regarding|concerning|about|on|for) )?"
    r"(?:forward[- ]looking (?:statements?|information)|safe harbou?r(?: statement)?)"
    r"(?: statements?| disclaimer)?",
    r"(?:hinweis zu )?zukunftsgerichtete[n]? aussagen",
    r"(?:avertissement (?:concernant|sur) les )?déclarations prospectives",
    r"(?:declaraciones|información) (?:sobre|a) futuro",
)
SAFE_HARBOR_OPENINGS: Final = (
    r"(?:this|the) (?:press |news )?(?:release|announcement|communication|document)\b[^.]{0,80}?"
    r"\b(?:contains|includes|may contain) (?:certain )?(?:\"|“)?forward[- ]looking",
    r"(?:certain )?(?:statements|information) (?:contained |made )?in this (?:press |news )?"
    r"(?:release|announcement)\b[^.]{0,120}?\bforward[- ]looking",
    r"diese (?:pressemitteilung|mitteilung|veröffentlichung) enthält (?:bestimmte )?"
    r"zukunftsgerichtete",
    r"ce communiqué (?:de presse )?(?:contient|comporte) des (?:déclarations|informations) "
    r"prospectives",
)
SAFE_HARBOR_WORDS: Final = (
    "forward-looking", "forward looking", "undertakes no obligation", "risks and uncertainties",
    "zukunftsgerichtete", "prospectives",
)  # fmt: skip
MAX_SAFE_HARBOR_HEADING_CHARS: Final = 100
_SAFE_HARBOR_HEADING: Final = re.compile(
    r"^[\W_]*(?:" + "|".join(SAFE_HARBOR_HEADINGS) + r")[\W_]*$", re.IGNORECASE
)
_SAFE_HARBOR_OPENING: Final = re.compile(
    r"^(?:" + "|".join(SAFE_HARBOR_OPENINGS) + ")", re.IGNORECASE
)
# A wire's line naming the release's sender above it ("NEWS PROVIDED BY Veltrana Biosciences,
# Inc. — Mar 03, 2026, 07:00 ET").
_PROVIDER_LINE: Final = re.compile(r"^news provided by\b.{0,160}$", re.IGNORECASE)
# A release's end mark: "###", "# # #", "-30-", "– 30 –".
END_MARK_LINES: Final = re.compile(r"^(?:#\s*){3}$|^[-–—]\s*30\s*[-–—]$")

_LABELS: Final = "|".join(
    re.escape(label) for label in sorted(CONTACT_LABELS, key=len, reverse=True)
)
_LABEL_LINE: Final = re.compile(rf"^[\W_]*(?:{_LABELS})[\W_]*$", re.IGNORECASE)
_LABEL_THEN_DETAILS: Final = re.compile(rf"^[\W_]*(?:{_LABELS})\s*[:：]\s*(\S.*)$", re.IGNORECASE)
# A phone number (seven digits or more, with spaces, dots, dashes, brackets) or an address to
# write to (an e-mail address, a web address).
_PHONE: Final = re.compile(r"\+?\(?\d[\d\s().\-/]{5,}\d")
_ADDRESS: Final = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\bwww\.[\w-]+\.\w+", re.IGNORECASE)


def _has_contact(text: str) -> bool:
    """Does the text give a phone number or an address to write to?"""
    phone = _PHONE.search(text)
    return bool((phone and sum(c.isdigit() for c in phone.group()) >= 7) or _ADDRESS.search(text))


def _short_plain(text: str) -> bool:
    """A name, a title, an office: a few words, no sentence."""
    return len(text.split()) <= MAX_PLAIN_CONTACT_WORDS and not text.endswith(SENTENCE_ENDS)


def _contact_line(line: str) -> bool:
    """A line of a contact block: a phone or an address, or a short line that is no sentence."""
    text = line.strip()
    return 0 < len(text) <= MAX_CONTACT_LINE_CHARS and (_has_contact(text) or _short_plain(text))


def is_contact_label_line(line: str) -> bool:
    """ "Media Contact:", "Pressekontakt", "【本件に関するお問い合わせ先】"."""
    return bool(_LABEL_LINE.match(line.strip()))


def is_press_contact_line(line: str) -> bool:
    """ "Contact presse : Claire Martin – 06 12 34 56 78", "Media contact: Rachel Moore"."""
    text = line.strip()
    found = _LABEL_THEN_DETAILS.match(text)
    if not found or len(text) > MAX_CONTACT_LINE_CHARS:
        return False
    return _has_contact(found.group(1)) or _short_plain(found.group(1))


def is_about_heading(line: str) -> bool:
    """ "About Northwind Energy", "Über die Stadtwerke Kiel", "O firmie", "바다로보틱스 소개": the
    heading of the company's paragraph, which opens with its name (the page's author) and is the
    release's text, no note on an author (`tasks.extract.drop_author_notes`)."""
    text = line.strip()
    return (
        0 < len(text) <= MAX_ABOUT_HEADING_CHARS
        and not text.endswith(SENTENCE_ENDS)
        and bool(_ABOUT_HEADING.match(text))
    )


def is_safe_harbor_heading(line: str) -> bool:
    """ "Forward-Looking Statements", "Safe Harbor Statement", "Zukunftsgerichtete Aussagen"."""
    text = line.strip()
    return len(text) <= MAX_SAFE_HARBOR_HEADING_CHARS and bool(_SAFE_HARBOR_HEADING.match(text))


def _speaks_of_forward_looking(line: str) -> bool:
    text = line.casefold()
    return any(word in text for word in SAFE_HARBOR_WORDS)


def drop_press_contacts(lines: list[str]) -> list[str]:
    """The body's lines without a release's contact blocks, contact lines and end marks."""
    dropped: set[int] = set()
    for i, line in enumerate(lines):
        text = line.strip()
        if (
            END_MARK_LINES.match(text)
            or _MEDIA_LINK.match(text)
            or _PROVIDER_LINE.match(text)
            or _SAFE_HARBOR_OPENING.match(text)
            or is_press_contact_line(text)
        ):
            dropped.add(i)
        elif is_safe_harbor_heading(text):
            dropped.add(i)
            j = i + 1
            while j < len(lines) and _speaks_of_forward_looking(lines[j]):
                dropped.add(j)
                j += 1
        elif is_contact_label_line(line):
            dropped.add(i)
            j = i + 1
            while j < len(lines) and j - i <= MAX_CONTACT_LINES and _in_block(lines, j):
                dropped.add(j)
                j += 1
    return [line for i, line in enumerate(lines) if i not in dropped]


def _in_block(lines: list[str], j: int) -> bool:
    """Does line `j` go on the contact block above it? A contact line does, but not a short line
    that heads the paragraph after it ("About Northwind Energy" / "Northwind develops …")."""
    if not _contact_line(lines[j]):
        return False
    if _has_contact(lines[j]) or j + 1 >= len(lines):
        return True
    return _contact_line(lines[j + 1]) or is_contact_label_line(lines[j + 1])
