"""What wins: every kind of date evidence, strongest first, in one table.

A page usually states its dates several times (JSON-LD, <meta>, a <time> by the headline, an
"Updated ..." stamp, the URL...). Each candidate `tasks.dates.signals` finds carries one
`Evidence` kind; `tasks.dates` takes, for published and for updated apart, the candidate whose
kind stands highest in `EVIDENCE_TABLE`. Within one kind the candidate's `order` decides (the
meta name's place in its list, the JSON-LD object's and key's place), then its provenance's
place in `dates.patterns.CONFIDENCE`, then the order the page states them in.

`bare` marks evidence the page does not label as the publication date (a date alone on a line,
in the URL, from the feed...): a bare date that is the very date of an "Updated ..." stamp is
that stamp's, so it never becomes the publication date while another candidate exists.

Data only: to change what wins, move a row (and say why in its `why`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final


class Evidence(Enum):
    """The kinds of date evidence; how strongly each counts is its row in `EVIDENCE_TABLE`."""

    JSONLD_ARTICLE = "json-ld article"
    META_NAMED = "meta named"
    JSONLD_PAGE = "json-ld page"
    MICRODATA = "microdata"
    RDF_DC_DATE = "rdf dc:date"
    META_SOUNDS_PUBLISHED = "meta sounds published"
    TIME_LABELLED_NEAR = "time labelled near"
    DATE_CLASS_NEAR = "date class near"
    MICRODATA_TEXT = "microdata text"
    TIME_NEAR = "time near"
    META_GENERIC = "meta generic"
    BODY_CUE = "body cue"
    BODY_WEAK_CUE = "body weak cue"
    HEADLINE_CUE = "headline cue"
    UPDATED_CLASS = "updated class"
    HEADLINE_WEAK_CUE = "headline weak cue"
    TIME_LABELLED_FAR = "time labelled far"
    CLOSING_CUE = "closing cue"
    CLOSING_WEAK_CUE = "closing weak cue"
    DATE_CLASS_LISTING = "date class listing"
    BODY_FIRST_LINE = "body first line"
    DATE_CLASS_GENERIC = "date class generic"
    URL = "url"
    LINE_AFTER_HEADLINE = "line after headline"
    DATE_AFTER_HEADLINE = "date after headline"
    DATE_BEFORE_HEADLINE = "date before headline"
    SCRIPT = "script"
    DATE_AT_TOP = "date at top"
    TIME_FAR = "time far"
    JSONLD_EMBEDDED_MEDIA = "json-ld embedded media"
    PAGE_AFTER_HEADLINE = "page after headline"
    PAGE_TOP = "page top"
    IMAGE_URL = "image url"
    FEED = "feed"
    HTTP_HEADER = "http header"


@dataclass(frozen=True)
class Row:
    """One row of the table: a kind, whether it is bare (see the module docstring), and why it
    stands where it does."""

    evidence: Evidence
    bare: bool
    why: str


E = Evidence
# Strongest first (published and updated candidates are ranked apart, by this one order).
# "Near" is within dates.patterns.NEAR_HEADLINE_CHARS of the headline; a cue is "Updated ...",
# "Published ...", "Veröffentlicht am ..."; a weak cue is a bare label ("Date:", "Stand:").
EVIDENCE_TABLE: Final[tuple[Row, ...]] = (
    Row(E.JSONLD_ARTICLE, False, "the story's own structured data (or a video page's own)"),
    Row(E.META_NAMED, False, "<meta> named for it: article:published_time, og:updated_time"),
    Row(E.JSONLD_PAGE, False, "a WebPage's JSON-LD: the page's dates, mostly the story's"),
    Row(E.MICRODATA, False, "itemprop datePublished/dateModified with a machine value"),
    Row(E.RDF_DC_DATE, False, "the dc:date of an old blog engine's trackback RDF"),
    Row(E.META_SOUNDS_PUBLISHED, False, "another <meta> key that sounds like publishing"),
    Row(E.TIME_LABELLED_NEAR, False, "a <time> by the headline, its class or cue says which"),
    Row(E.DATE_CLASS_NEAR, False, "an entry-date/post-date element by the headline"),
    Row(E.MICRODATA_TEXT, False, "itemprop datePublished/dateModified read from its text"),
    Row(E.TIME_NEAR, False, "an unlabelled <time> by the headline: the byline's"),
    Row(E.META_GENERIC, False, "<meta> date/dc.date/created: often the page's build time"),
    Row(E.BODY_CUE, False, "a cue in the body's first lines: the story's own stamp"),
    Row(E.BODY_WEAK_CUE, False, "a weak cue in the body's first lines"),
    Row(E.HEADLINE_CUE, False, "a cue in the page text around the headline"),
    Row(E.UPDATED_CLASS, False, "an element classed updated/modified (updated only)"),
    Row(E.HEADLINE_WEAK_CUE, False, "a weak cue in the page text around the headline"),
    Row(E.TIME_LABELLED_FAR, False, "a labelled <time> far from the headline"),
    Row(E.CLOSING_CUE, False, "the cue closing the page: when the page last changed"),
    Row(E.CLOSING_WEAK_CUE, False, "a weak cue closing the page (Stand: ...)"),
    Row(E.DATE_CLASS_LISTING, False, "entry-date elements far down that disagree: a list"),
    Row(E.BODY_FIRST_LINE, True, "a date opening the body's first line"),
    Row(E.DATE_CLASS_GENERIC, True, "the first element classed date/time/meta/byline"),
    Row(E.URL, True, "the day in the page's URL (/2020/07/02/): when it was filed"),
    Row(E.LINE_AFTER_HEADLINE, True, "a line right after the headline that is only a date"),
    Row(E.DATE_AFTER_HEADLINE, True, "the first date right after the headline"),
    Row(E.DATE_BEFORE_HEADLINE, True, "the first date right before the headline"),
    Row(E.SCRIPT, True, "a date a one-line script writes: showDate('2020/04/17')"),
    Row(E.DATE_AT_TOP, True, "the first date of a page without a headline"),
    Row(E.TIME_FAR, True, "an unlabelled <time> far from the headline: teasers' mostly"),
    Row(E.JSONLD_EMBEDDED_MEDIA, True, "an embedded player's JSON-LD: its upload, not the page"),
    Row(E.PAGE_AFTER_HEADLINE, True, "any date after the headline, chrome included"),
    Row(E.PAGE_TOP, True, "any date at the top of the page, chrome included"),
    Row(E.IMAGE_URL, True, "the upload day in the main image's URL (/files/2016/05/04/)"),
    Row(E.FEED, True, "the feed or sitemap entry's date: a hint from off the page"),
    Row(E.HTTP_HEADER, True, "HTTP Last-Modified: when a file last changed, not a story"),
)

STRENGTH: Final[dict[Evidence, int]] = {row.evidence: i for i, row in enumerate(EVIDENCE_TABLE)}
BARE: Final[frozenset[Evidence]] = frozenset(row.evidence for row in EVIDENCE_TABLE if row.bare)
