"""The article's headline as the page displays it, and its SEO/social title kept apart.

A page states its headline several times: the visible `<h1>` (sometimes with a kicker,
`<span class=kicker>Corona</span> Story`; on many blogs the first `<h1>` is the site's logo),
JSON-LD `headline`, `og:title`, `twitter:title` and `<title>` (mostly with the site's name:
"Story | Site", "Site » Section » Story", "标题_新浪网"). Social and SEO titles are often
reworded for search engines; the headline a reader sees is the `<h1>`. So:

- the displayed headline is the article's `<h1>` (an app's ARIA heading of level 1 or an
  element with a CSS framework's "h1" class is one; or the element the page's microdata marks as
  its `headline`; on a page with no `<h1>`, an `<h2>` inside the article or an element of the
  article with a headline class, "<div class=article-headline>", or one outside any article
  that opens the text; a class may name it in the publisher's language, "haber-baslik",
  "tytul-artykulu", "cikk-cim", Swedish "artikel-rubrik"): one that another
  signal states (whole, or as one end of its site-free text), else an `<h1>` the page marks as
  its headline (inside `<article>`/`<main>`, a headline or title class, itemprop) whose words
  the other titles or the URL's slug share (a reworded SEO title shares them, and the slug
  spells the headline the article was first published with; a newsletter box or a section
  name does not; a teaser box's label, "Related news", is no rival <h1>), or the page's only
  <h1> its microdata marks as the `headline`, whatever the other titles say, or the one <h1>
  of three words or more that opens the article's text (inside `<article>`/`<main>`; outside
  any, in page order: a few paragraphs of a couple of sentences follow it before the next
  heading, a deck sentence or a heading only screen readers see being none, and no more than
  a kicker's or a tagline's line comes before it, a banner's, a caption's or a teaser card's
  lines being none of the text, nor a deck a subtitle class marks, "dek" as a whole word
  included, "<p class=hero-dek>"; text set with <br>s counts as paragraphs) (a feature's
  headline, "The Long Goodbye", shares no word with its SEO title; a newsletter or donation
  box's comes after the text or holds a line or two, a teaser card's is inside a link, a
  section's name is shorter). Words are shared by script: a Hangul word tells by its letters
  (a syllable writes two or three), a Thai or Khmer phrase (no spaces) by its runs of
  characters, an Arabic or Hebrew one with or without the article or preposition written onto
  it ("للعام" is "العام"), and a Vietnamese one (a short syllable a word) by a few shared words
  when the page's only <h1> has a headline class, by half of its words when nothing marks it;
- with no other title to go by (the <title> only names the site), the <h1>s whose words the
  URL's slug spells come first, then those that open the text (a theme's title bar, "<h1>Blog -
  Latest News</h1>", above the post's own <h1>), and a title bar's <h1>s (outside the article,
  opening no text) yield to the marked <h2> that opens the article's text;
- an <h1> of a few words whose class names a columnist, a column or a programme
  ("<h1 class=author-name>Jan Nowak</h1>" over the story's <h2>) heads no story either, nor
  does one of a single word that no other title states and that opens no text (a section's
  name no table knows, "Biashara", over the story's <h2>; a feature's "Zugzwang" stays);
- an <h1> that only names the page's section ("Aktuelles", "News", "Blog": `SECTION_NAMES`,
  news words) heads no story, nor does a box's (nothing marks it, it opens no text): the
  page's <h2>s stand in for them, and the one <h2> of three words or more that opens the text
  is the headline (a club's or council's news page; a post title under a logo); on a page with
  no <h1> at all, the one <h2> or block of three words or more that its class marks as a
  headline and that opens the text is the headline, however reworded the other titles;
- a kicker inside the heading is part of the headline when the page shows it joined to it by a
  visible separator ("Corona: Story") or in brackets ("【速報】Story"); a kicker or badge set
  apart (its own element or block, a separator only screen readers see, a few styled words in
  capitals: "<span class=css-x>JUST NU </span>Story"; a paywall's label, "<span
  class=premium>Premium</span> Story") is not, and is dropped with its
  separator, even when the SEO title joins the two ("Corona: Story"); a separator a utility
  class hides ("<span class=hidden>:</span>", "d-none") is one only screen readers see; a
  guillemet closing a quote the kicker opened ("Глава «Аэрофлота»") joins nothing, and words
  whose quotation marks hug them ("„<em>Nie odpuścimy</em>” – …") are no part set apart; titles
  that open with the kicker and go on with a reworded headline ("Kicker: SEO headline")
  confirm the heading, not its kicker;
- with no such `<h1>`, the title signals vote: a candidate's support is the set of signal kinds
  that state it, and the best supported wins (on a tie: JSON-LD, the `<h1>`, the social
  titles, the title tag; an `<h1>` or `<h2>` nothing else confirms, outside an article, last);
  a winning title cut to a length ("Story opening words…") is completed from the first
  element of the page whose text it opens (an old portal's "<div class=tt>", marked by nothing);
- a heading's subtitle (`<small>`, a subtitle class) and its meta line (a `<time>` ending it,
  or a line after a `<br>` stating the date: "<h1>Story<br><span>2025-05-12 来源：…</span></h1>")
  are no part of its headline, nor the part another title confirms;
- a heading's lines set in elements with nothing between them are words apart when running
  them together would misspell words ("<span class=line>The last</span><span
  class=line>keeper</span>": the page's CSS sets them as blocks; Chinese, Japanese and Thai
  run on);
- a heading's text is what a reader sees: no furigana (`<rt>`), scripts, hidden parts or icon
  glyphs screen readers skip (`aria-hidden` with no letter: "▶"); joiners
  stay where they shape letters (Persian, Indic scripts), and titles are compared by keys
  without case, accents or joiners ("ΝΕΑ ΜΕΤΡΑ" is "Νέα μέτρα", "KIŞ" is "Kış");
- every title loses the site's names (og:site_name, application-name, JSON-LD publisher/
  WebSite, a domain stated as the name without its top-level domain, logo headings (a logo
  class; "liveblog-title" is none, "blog-title" being a whole part of no class there), banners,
  the alt text of a logo image linking home,
  the page's host "time4talks.com", "bbc" for a short part), with a date after them, in any
  script and with any separator (`SEPARATORS`, pipes glued to a word, between CJK characters
  `CJK_SEPARATORS` unspaced; heavy and mathematical bars, "≫", "／", figure dashes and minus
  signs, spaced arrows, stars, diamonds and wave dashes too, "Story ❯ Site", "見出し ◆ 新聞";
  a "》" that no "《" opened, spaced on one side, "标题 》网站"; a stated name with its domain
  glued on, "Story | Site.com.br";
  a colon only next to a site's name; in parentheses after the story, fullwidth ones unspaced
  "見出し（新聞）"; in brackets before or after it, "【新聞】見出し", "[Site] Story"; a dash
  glued to the story before the site's domain), section
  names and dates before a trailing site name, taglines after it, with no name stated the
  leaf of a title that is a path ("Site » Section » Story"), trailing parts of a few
  words that name news in any language ("- Ekonomi Haberleri"), and never keeps a leading or
  trailing separator (": Story", "- «Story»");
- `seo_title` is the social title (og:title, else twitter:title, else the title tag) without
  the site's name, when it differs from the displayed headline (and is not the headline with
  short names after it: those name the site and its section).

The patterns are data (`tasks.titles.patterns`); the functions only apply them. The page is
read from a `ParsedPage` (its tree is shared and never modified).

One module per job:

    patterns  the data: separators, signals, class words, site-name and section conventions
    text      what a reader sees of a title, keys to compare titles, splitting at separators
    sites     the site's names, and taking them (with sections, dates) off a title
    headings  the article's headings, their visible text, kickers and marks
    choice    title signals, confirmation, the displayed headline and the SEO title
"""

from __future__ import annotations

from tasks.titles.choice import (
    Signal,
    TitleChoice,
    choose_title,
    confirms,
    is_document_title,
    url_slug,
)
from tasks.titles.sites import SiteNames, page_host_labels, strip_site_name
from tasks.titles.text import normalise_title, split_title, title_key, title_size, trim_separators

# Bump when the chosen headline or SEO title changes for some page (tasks.derivation).
CODE_VERSION = "17"

__all__ = [
    "CODE_VERSION",
    "Signal",
    "SiteNames",
    "TitleChoice",
    "choose_title",
    "confirms",
    "is_document_title",
    "normalise_title",
    "page_host_labels",
    "split_title",
    "strip_site_name",
    "title_key",
    "title_size",
    "trim_separators",
    "url_slug",
]
