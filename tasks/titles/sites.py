"""The site's names (stated, in logos and banners, spelled by its host) and taking them, with
sections, dates and news suffixes, off a title."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree

from tasks.page import ParsedPage
from tasks.titles.patterns import (
    ARCHIVED_URL,
    BRACKETED_END,
    BRACKETED_START,
    DOMAIN_NAME,
    GLUED_DASH_DOMAIN,
    HOST_NOISE_LABELS,
    HOST_SPELLINGS,
    JSONLD_SITE_TYPES,
    LOGO_CLASS,
    MAX_EXTRA_NAME_WORDS,
    MAX_HOST_PART_WORDS,
    MAX_NEWS_SUFFIX_WORDS,
    MAX_SECTION_NAME_WORDS,
    MAX_SECTION_WORDS,
    MAX_SHORT_LABEL_PART_WORDS,
    MAX_UNKNOWN_SITE_WORDS,
    MEDIA_TAG_SUFFIX,
    MIN_HOST_LABEL,
    MIN_PATH_PARTS,
    MIN_SHORT_HOST_LABEL,
    NEWS_WORDS,
    PAGINATION_SUFFIX,
    PARENTHESISED_END,
    PATH_SEPARATORS,
    SECTION_NAMES,
    SENTENCE_ENDS,
    SITE_NAME_METAS,
    TRAILING_DATE,
)
from tasks.titles.text import (
    normalise_title,
    split_title,
    title_key,
    title_size,
    title_words,
    trim_separators,
)


def page_host_labels(url: str | None) -> list[str]:
    """The labels of the page's host that can name the site ("time4talks" of
    www.time4talks.com; an archived page's original host)."""
    if not url:
        return []
    m = ARCHIVED_URL.match(url.strip())
    try:
        host = (urlsplit(m["url"] if m else url.strip()).hostname or "").lower()
    except ValueError:  # a malformed URL names no host
        return []
    labels = host.split(".")[-2::-1]  # nearest the top-level domain first; that one names none
    compact = ["".join(title_words(label)) for label in labels]
    return [c for c in compact if len(c) >= MIN_SHORT_HOST_LABEL and c not in HOST_NOISE_LABELS]


@dataclass(frozen=True)
class SiteNames:
    names: frozenset[str]  # word keys of the site's stated names
    host_labels: tuple[str, ...]

    def is_name(self, text: str) -> bool:
        """The text is one of the site's stated names (a date after it aside: "Agency,
        02.07.2020")."""
        return any(
            title_key(t) in self.names for t in _name_spellings([TRAILING_DATE.sub("", text)])
        )

    def names_domain(self, domain: str) -> bool:
        """A domain written as the site's name: a stated name, or the host's own label
        ("Corriere.it" on corriere.it)."""
        label = "".join(title_words(domain.split(".")[0]))  # as `page_host_labels` spells labels
        return self.is_name(domain) or label in self.host_labels

    def ends_with_name(self, part: str) -> bool:
        """The title's last part is a stated name with a word or so more ("Tagesblatt
        Online", "Новости Mail.ru")."""
        words = title_words(part)
        for name in self.names:
            extra = len(words) - len(name.split())
            if 0 < extra <= MAX_EXTRA_NAME_WORDS and name in (
                " ".join(words[extra:]),
                " ".join(words[:-extra]),
            ):
                return True
        return False

    def spells_host(self, part: str, label: str, *, last: bool) -> bool:
        """A short title part with words spelling the host label ("Disfunctions.de",
        "Krimiblog-Archiv", "MyOOS Community Forum", "DIE ACHSE DES GUTEN. ACHGUT.COM"); a
        short label only the title's `last` part, of a few words ("BBC News") or one word it
        opens ("ZDFheute"): a kicker may open with those letters ("Sunday: Story")."""
        words = title_words(part)
        if not words or len(words) > MAX_HOST_PART_WORDS:
            return False
        if len(label) < MIN_HOST_LABEL:
            if not last or len(words) > MAX_SHORT_LABEL_PART_WORDS:
                return False
            if len(words) == 1 and words[0].startswith(label):
                return True
        spelled = title_words(part.casefold().translate(HOST_SPELLINGS))
        return any(
            label in {"".join(w[i:j]) for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
            for w in (words, spelled)
        )


def _is_root_link(href: str) -> bool:
    m = ARCHIVED_URL.match(href.strip())
    try:
        parts = urlsplit(m["url"] if m else href.strip())
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query and not parts.fragment


def class_words(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def has_class_word(el: etree._Element, words: Iterable[str]) -> bool:
    classes = class_words(el)
    return any(w in classes for w in words)


def has_logo_class(el: etree._Element) -> bool:
    """A class or id that names the site's logo (see `LOGO_CLASS`)."""
    return bool(LOGO_CLASS.search(class_words(el)))


def is_logo(heading: etree._Element) -> bool:
    """A heading that is the site's logo: a logo class, or nothing but a link home (the
    root, or a link with a logo class: "<h2><a class=homelink href=/words/>Site</a></h2>")."""
    if has_logo_class(heading):
        return True
    links = heading.xpath(".//a[@href]")
    text = title_key(heading.text_content())
    return (
        len(links) == 1
        and (_is_root_link(links[0].get("href", "")) or has_logo_class(links[0]))
        and title_key(links[0].text_content()) == text
    )


def _stated_site_names(page: ParsedPage) -> list[str]:
    names = [v for key in SITE_NAME_METAS for v in page.meta.get(key, ())]
    for obj in page.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
        types = obj.get("@type")
        name = obj.get("name")
        if isinstance(types, str) and types.lower() in JSONLD_SITE_TYPES and isinstance(name, str):
            names.append(name)
    return names


def _home_logo_names(page: ParsedPage) -> list[str]:
    """The alt texts of the images in links to the site's home page ("<a href=/><img
    alt="朝日ニュースデジタル"></a>"): the site's logo, its name spelt as the titles spell it
    where no meta states it ("見出し：朝日ニュースデジタル")."""
    if page.tree is None:
        return []
    host = _bare_host(page.url)
    names: list[str] = []
    for link in page.tree.iter("a"):
        href = link.get("href") or ""
        if not _is_root_link(href) or _bare_host(href) not in ("", host):
            continue
        names.extend(img.get("alt") or "" for img in link.iter("img"))
    return names


def _bare_host(url: str) -> str:
    try:
        host = urlsplit(url.strip()).netloc.lower()
    except ValueError:
        return ""
    return host.removeprefix("www.")


def _name_spellings(names: Iterable[str]) -> Iterator[str]:
    """Each stated name, and a domain's name without its top-level domain ("dw.com": "dw")."""
    for name in names:
        name = normalise_title(name)
        yield name
        if m := DOMAIN_NAME.match(name):
            yield m["name"]


def site_names(
    page: ParsedPage, logos: Iterable[str], banners: Iterable[str], titles: Iterable[str]
) -> SiteNames:
    """The site's names: the stated ones (not a page title of several parts that a CMS states
    as its site's name too, nor a page title of one part when another stated name differs:
    a CMS that fills application-name with the article's title, beside og:site_name "MSN"),
    else the logos; the banners; the logo images linking home; the host's labels."""
    by_parts = [(title_key(t), len(split_title(t)) > 1) for t in titles]
    whole_titles = {key for key, several in by_parts if several}
    one_part_titles = {key for key, several in by_parts if not several}
    stated = (title_key(n) for n in _name_spellings(_stated_site_names(page)))
    keys = {k for k in stated if k} - whole_titles
    if keys - one_part_titles:
        keys -= one_part_titles
    if not keys:  # a "logo" heading that is not the stated site name is a headline
        keys.update(title_key(n) for n in logos)
    keys.update(title_key(n) for n in banners)
    keys.update(title_key(n) for n in _home_logo_names(page))
    urls = [page.url, page.meta_first("og:url"), page.declared_canonical]
    labels = [label for u in urls for label in page_host_labels(u)]
    return SiteNames(frozenset(keys - {""}), tuple(dict.fromkeys(labels)))


# ---------------------------------------------------------------------------------------------
# Taking the site's name off a title


def strip_site_name(
    title: str, site: SiteNames, *, guess: bool = False, by_host: bool = True
) -> str:
    """ "Story | Site", "Site | Story", "Site » Section » Story", "Story | Section | Site",
    "Story : Site | Tagline" → "Story". With no part naming the site and `guess` (a <title>
    tag, where a site's name is the rule), short trailing parts after a long story go. Without
    `by_host`, only a stated name counts (a headline may start with a word the host spells)."""
    title = normalise_title(title)
    for end in (PARENTHESISED_END, BRACKETED_END):
        if (named_after := end.search(title)) and site.is_name(named_after["name"]):
            title = title[: named_after.start()].rstrip()  # "Story (Site)", "見出し【新聞】"
    if (named_before := BRACKETED_START.match(title)) and site.is_name(named_before["name"]):
        title = title[named_before.end() :]  # "【新聞】見出し", "[Site] Story"
    if (domain := GLUED_DASH_DOMAIN.search(title)) and site.names_domain(domain["name"]):
        title = title[: domain.start()].rstrip()  # "Story- Site.it"
    title = _without_trailing_dates(title)  # "Story – DW – 05/12/2023"
    parts = split_title(title)
    if len(parts) == 1:
        return title
    named = [site.is_name(p.text) for p in parts]  # a stated name first, else the host's
    # a stated name with a word more ("Story – NRK Norge – Tagline", "Story | Tagesblatt Online")
    named = [
        n or (i > 0 and site.ends_with_name(p.text))
        for i, (n, p) in enumerate(zip(named, parts, strict=True))
    ]
    for label in site.host_labels if by_host and not any(named) else ():
        last = len(parts) - 1
        named = [site.spells_host(p.text, label, last=i == last) for i, p in enumerate(parts)]
        if any(named) and not all(named):
            break
    if not any(named) or all(named):
        return trim_separators(
            _strip_unknown_site(_path_leaf(title), MAX_UNKNOWN_SITE_WORDS) if guess else title
        )
    first = named.index(True)
    if first > 0:  # the story comes before the site's name (and any tagline after it)
        story = title[: parts[first - 1].end].strip()
        story = _without_trailing_dates(_strip_unknown_site(story, MAX_SECTION_WORDS))
        return trim_separators(story)
    lo = next((i for i, n in enumerate(named) if not n), None)
    if lo is None:
        return title
    hi = max(i for i, n in enumerate(named) if not n)
    rest = title[parts[lo].start : parts[hi].end].strip()
    return trim_separators(_breadcrumb_leaf(rest, parts[lo].sep_before))


@functools.cache
def _news_keys() -> frozenset[str]:
    return frozenset(title_key(w) for w in NEWS_WORDS)


def names_news(text: str) -> bool:
    """A few words that name news (`NEWS_WORDS`): a site's or a section's name ("Ekonomi
    Haberleri", "World News", "Breaking News"), not a headline."""
    if title_size(text) > MAX_NEWS_SUFFIX_WORDS:
        return False
    key = f" {title_key(text)} "
    return any(f" {k} " in key for k in _news_keys())


@functools.cache
def _section_keys() -> frozenset[str]:
    return frozenset(title_key(w) for w in SECTION_NAMES)


def names_section(text: str) -> bool:
    """Only the name of a section ("Aktuelles", "News", "Blog"; `SECTION_NAMES`, `NEWS_WORDS`),
    a heading of a word or two that heads every story of it."""
    if title_size(text) > MAX_SECTION_NAME_WORDS:
        return False
    return title_key(text) in _section_keys() or title_key(text) in _news_keys()


def strip_news_suffix(title: str) -> str:
    """Without a page number (`PAGINATION_SUFFIX`: "Story Halaman all"), a media tag
    (`MEDIA_TAG_SUFFIX`: "Story (Video)") and trailing parts of
    a few words that name news (`NEWS_WORDS`): a site's or a section's name where no stated
    name matched it ("Story - Ekonomi Haberleri")."""
    if (paged := PAGINATION_SUFFIX.search(title)) and paged.start() > 0:
        title = title[: paged.start()].rstrip()
    if (media := MEDIA_TAG_SUFFIX.search(title)) and media.start() > 0:
        title = title[: media.start()].rstrip()
    while len(parts := split_title(title, weak=False)) > 1:
        if not names_news(TRAILING_DATE.sub("", parts[-1].text)):  # "РИА Новости, 05.03.2024"
            break
        story = title[: parts[-2].end].strip()
        if title_size(story) < 2:
            break
        title = story
    return trim_separators(title)


def _without_trailing_dates(title: str) -> str:
    """Without trailing parts that are only a date ("Story - 05/03/2024 - Poder - Folha" once
    the site and the section went)."""
    parts = split_title(title)
    while len(parts) > 1 and not title_key(TRAILING_DATE.sub("", parts[-1].text)):
        title, parts = title[: parts[-2].end].strip(), parts[:-1]
    return title


def _breadcrumb_leaf(rest: str, site_sep: str) -> str:
    """After a leading site name: "Section » Story" (the site's own separator, or one
    separator repeated) is a path whose leaf is the story."""
    parts = split_title(rest, weak=False)
    seps = [p.sep_before for p in parts[1:]]
    if not seps or len(set(seps)) != 1:
        return rest
    if len(seps) >= 2 or seps[0] == site_sep:
        return parts[-1].text.strip()
    return rest


def _path_leaf(title: str) -> str:
    """The leaf of a title that is a path with no name stated ("Site » Section » Story"; see
    `PATH_SEPARATORS`), else the title."""
    parts = split_title(title, weak=False)
    seps = {p.sep_before for p in parts[1:]}
    if len(parts) < MIN_PATH_PARTS or len(seps) != 1 or not seps <= PATH_SEPARATORS:
        return title
    leaf = title_size(parts[-1].text)
    if all(
        leaf > title_size(p.text) and title_size(p.text) <= MAX_UNKNOWN_SITE_WORDS
        for p in parts[:-1]
    ):
        return parts[-1].text.strip()
    return title


def _strip_unknown_site(title: str, max_words: int) -> str:
    """Trailing parts of at most `max_words` words, not sentences, after a longer story
    ("Story | Some Blog", "Story | iPhone | Forum", "长标题_新浪网"; the story may have parts
    of its own: "Mitsotakis - Erdogan meet in New York | Site")."""
    parts = split_title(title, weak=False)
    hi = len(parts)
    while (
        hi > 1
        and title_size(parts[hi - 1].text) <= max_words < title_size(title[: parts[hi - 2].end])
        and not parts[hi - 1].text.rstrip().endswith(SENTENCE_ENDS)
    ):
        hi -= 1
    return title[: parts[hi - 1].end].strip()
