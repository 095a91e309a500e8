"""Furniture of the page types other than the plain story, out of the body: live pages,
galleries, recipe cards, obituaries, and the video promotions any page sets between paragraphs.

Their controls and counters are text the extractor keeps as paragraphs: a live page's "Key
events", "Show key events only" and "Please turn on JavaScript to use this feature"; a gallery's
"Фото 1 из 12", "Slide 3 of 10"; a recipe card's "Tried this recipe? Mention @…"; a video
promotion's label, running time and headline ("VIDEO 2:31 Salvini: «…»"); an obituary platform's
"2 trees planted in memory of …" and its guest book, a label and the visitors' condolences,
signed, to the page's end. They tell no story and the names in them (a politician in another
story's video, the guest book's visitors) become false entities.

What stays: a live update's time stamp ("13.41 GMT", "14:32 Uhr": the corpus truth keeps "4:14
p.m." lines of a wire's live story), its heading, its text; a recipe's ingredients, steps,
times and servings; the obituary's own notice, its service and its arrangements.

`drop_page_furniture` removes, anywhere in the body, a line of `CONTROL_LINES` (whole line), a
gallery counter, a recipe card's call, a video promotion (a `VIDEO_LABELS` label, a running time,
a headline that is no sentence), a tree notice; and a guest book label (`GUEST_BOOK_LABELS`)
among the body's last `MAX_GUEST_BOOK_LINES` lines with every line after it.
The words are data (the tables below), in the languages the pipeline meets.
"""

from __future__ import annotations

import re
from typing import Final

# Whole lines: a live page's controls and its script notice, casefolded.
CONTROL_LINES: Final[tuple[str, ...]] = (
    "key events", "show key events only", "key event", "refresh", "auto-refresh", "autoupdate",
    "auto update", "newest first", "oldest first", "latest first", "pinned post", "pinned",
    "please turn on javascript to use this feature", "please enable javascript to use this feature",
    "live updates paused", "load more updates", "show more updates",
    "aktualisieren", "neueste zuerst", "älteste zuerst", "beitrag teilen", "eintrag teilen",
    "wichtigste ereignisse", "actualiser", "les plus récents", "les plus anciens",
    "moments clés", "temps forts", "actualizar", "más recientes", "más antiguos",
    "momentos clave", "atualizar", "atualização automática", "mais recentes", "mais antigos",
    "momentos-chave", "aggiorna", "più recenti", "meno recenti", "momenti chiave", "vernieuwen",
    "nieuwste eerst", "oudste eerst", "vastgepind", "deel dit bericht", "odśwież",
    "najnowsze", "najstarsze", "обновить", "сначала новые", "сначала старые", "ключевые события",
    "uppdatera", "senaste först", "äldsta först", "viktiga händelser", "yenile", "perbarui",
    "terbaru", "terlama", "更新", "最新順", "刷新", "새로고침", "تحديث",
)  # fmt: skip
# A gallery's counter: a word for the picture or slide, perhaps, then "3 of 12" in a language.
GALLERY_WORDS: Final[tuple[str, ...]] = (
    "photo", "image", "picture", "slide", "foto", "bild", "imagen", "imagem", "immagine",
    "zdjęcie", "фото", "фотография", "слайд", "resim", "gambar", "bilde",
)  # fmt: skip
# "3 of 12" by language, or the word and a slash ("Image 3/12"): a bare "3/12" may be a date.
OF_WORDS: Final[tuple[str, ...]] = (
    "of", "von", "van", "de", "di", "sur", "z", "из", "з", "av", "af",
)  # fmt: skip
# A video promotion's label ("VIDEO 2:31 …", "VÍDEO | 3:12 …").
VIDEO_LABELS: Final[tuple[str, ...]] = (
    "video", "vídeo", "vidéo", "wideo", "видео", "відео", "视频", "動画", "영상", "فيديو",
    "वीडियो", "watch",
)  # fmt: skip
MAX_PROMO_HEADLINE_CHARS: Final = 160
SENTENCE_ENDS: Final = (".", "。", ";", "!", "?")
CLOSING_QUOTES: Final = "\"”’»」』'"
# A recipe card's call to share the dish ("Tried this recipe? Mention @…", "Ti è piaciuta
# questa ricetta? Lascia un commento …"), as the line opens, casefolded.
RECIPE_CALLS: Final[tuple[str, ...]] = (
    r"(?:tried|made|did you (?:make|try)) this recipe\?",
    r"ti è piaciuta questa ricetta\?",
    r"(?:as-tu|avez-vous) (?:testé|essayé|fait) cette recette\s?\?",
    r"(?:hast du|haben sie) (?:das|dieses) rezept (?:ausprobiert|nachgekocht|nachgebacken)\?",
    r"¿(?:has|hiciste|probaste|preparaste) (?:hecho |probado |preparado )?esta receta\?",
    r"(?:fez|experimentou) esta receita\?",
)
MAX_CALL_CHARS: Final = 250
# An obituary platform's note of trees planted in memory ("2 trees planted in memory of …").
TREE_NOTICES: Final[tuple[str, ...]] = (
    r"\d+ trees? (?:were |was )?planted in (?:loving )?(?:memory|hono(?:u)?r) of\b",
    r"a (?:memorial )?tree (?:was )?planted in (?:loving )?(?:memory|hono(?:u)?r) of\b",
)
# A guest book's label (casefolded, whole line): the visitors' condolences follow to the end.
# The platform's words only: "Condolences" alone may head a story's tributes from officials.
GUEST_BOOK_LABELS: Final[tuple[str, ...]] = (
    "guest book", "guestbook", "sign the guest book", "sign the guestbook", "online guest book",
    "offer condolences", "offer condolence", "leave a condolence", "kondolenzbuch",
    "online-kondolenzbuch", "livre d'or", "livre de condoléances", "libro de condolencias",
    "livro de condolências", "libro delle condoglianze", "condoleanceregister",
    "księga kondolencyjna",
)  # fmt: skip
MAX_GUEST_BOOK_LINES: Final = 12

_CONTROL: Final = re.compile(
    r"^[\W_]*(?:" + "|".join(re.escape(c) for c in CONTROL_LINES) + r")[\W_]*$", re.IGNORECASE
)
_GALLERY_WORD: Final = "(?:" + "|".join(GALLERY_WORDS) + ")"
_COUNTER: Final = re.compile(
    rf"^[\W_]*(?:(?:{_GALLERY_WORD}\s*)?\d{{1,3}}\s+(?:{'|'.join(OF_WORDS)})\s+\d{{1,3}}"
    rf"|{_GALLERY_WORD}\s*\d{{1,3}}\s*/\s*\d{{1,3}})[\W_]*$",
    re.IGNORECASE,
)
_VIDEO_PROMO: Final = re.compile(
    r"^[\W_]*(?:" + "|".join(VIDEO_LABELS) + r")\s*[|:–—-]?\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?"
    r"\s*[|:–—-]?\s+(\S.*)$",
    re.IGNORECASE,
)
_RECIPE_CALL: Final = re.compile(r"^(?:" + "|".join(RECIPE_CALLS) + ")", re.IGNORECASE)
_TREE_NOTICE: Final = re.compile(r"^(?:" + "|".join(TREE_NOTICES) + ")", re.IGNORECASE)
_GUEST_BOOK: Final = re.compile(
    r"^[\W_]*(?:" + "|".join(re.escape(label) for label in GUEST_BOOK_LABELS) + r")[\W_]*$",
    re.IGNORECASE,
)


def is_video_promo(line: str) -> bool:
    """ "VIDEO 2:31 Salvini: «Città 30, una follia ideologica»": a label, a running time and a
    headline, no sentence."""
    found = _VIDEO_PROMO.match(line.strip())
    if found is None:
        return False
    headline = found.group(1).rstrip(CLOSING_QUOTES)
    return len(headline) <= MAX_PROMO_HEADLINE_CHARS and not headline.endswith(SENTENCE_ENDS)


def is_page_furniture_line(line: str) -> bool:
    """A live page's control, a gallery's counter, a recipe card's call, a video promotion, a
    tree notice."""
    text = line.strip()
    return bool(
        _CONTROL.match(text)
        or _COUNTER.match(text)
        or (len(text) <= MAX_CALL_CHARS and _RECIPE_CALL.match(text))
        or _TREE_NOTICE.match(text)
        or is_video_promo(text)
    )


def drop_page_furniture(lines: list[str]) -> list[str]:
    """The body's lines without the page type's furniture (see the module's docstring)."""
    kept = [line for line in lines if not is_page_furniture_line(line)]
    start = max(0, len(kept) - MAX_GUEST_BOOK_LINES)
    for i in range(start, len(kept)):
        if _GUEST_BOOK.match(kept[i].strip()):
            return kept[:i]
    return kept
