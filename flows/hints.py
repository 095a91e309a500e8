"""What to do about each failure reason: the hints `newsledger status` and the CLI print.

Data, kept apart from the code that prints it: one line per `reason` slug of
`schemas/errors.py` (the `failures` dataset's `reason` column). A reason without an entry gets
the generic hint, which shows how to read the failures' own details.
"""

from __future__ import annotations

FAILURE_HINTS: dict[str, str] = {
    "timeout": "the site answered too slowly; raise NEWSLEDGER_FETCH_TIMEOUT if it is always slow",
    "connection-failed": "the host could not be reached (DNS, refused, reset); check the URL "
    "in sources.csv and whether the site is up",
    "server-error": "the site answered 5xx or 429; it is retried on later nights",
    "target-refused": "private address: set NEWSLEDGER_ALLOW_PRIVATE_HOSTS=1 for local sites "
    "(or the URL is not http/https)",
    "robots-disallowed": "the site's robots.txt forbids these URLs to our user agent",
    "client-error": "the site answered 4xx (often 401/403: a paywall or bot blocking)",
    "gone": "the page answers 404/410",
    "too-many-redirects": "a redirect loop or a chain over 10 hops; check the URL in sources.csv",
    "body-too-large": "the response was over the size cap (also after decompression)",
    "unsupported-content": "not HTML, a feed or a sitemap (or a binary body); check the URL",
    "malformed-feed": "the feed or sitemap is not valid RSS/Atom/JSON Feed/sitemap XML; "
    "check feed_url and sitemap_url in sources.csv",
    "archive-damaged": "the archive file is cut short or unreadable past some record",
    "extraction-failed": "no article text found on the page (a listing, a video page, a paywall)",
    "invalid-url": "a listed link is not a valid URL; the site's feed or sitemap is broken",
    "unsupported-scheme": "a listed link is not http/https (javascript:, mailto:, file:…)",
    "discover-error": "a bug while reading a listing: please report it with the detail",
    "derive-error": "a bug while deriving a page: please report it with the detail",
    "entity-text-cut": "the article is longer than the entity stage reads (MAX_TEXT_CHARS in "
    "tasks/entities/batch.py); the version is stored, its entities come from the first part",
    "warehouse-damaged": "run `newsledger check` to find the damaged file",
}
GENERIC_HINT = (
    "details: newsledger sql \"SELECT url, detail FROM failures WHERE reason = '{reason}'\""
)


def failure_hint(reason: str) -> str:
    """The hint for a failure reason (the generic one when the table has none)."""
    return FAILURE_HINTS.get(reason) or GENERIC_HINT.format(reason=reason)
