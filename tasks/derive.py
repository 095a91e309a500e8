"""One capture in, one version record (or the reasons there is none) out: the derive step that
ingest, backfill and replay share.

Why a boundary here: a night must never stop because of one page. Every stage runs inside it;
a known condition keeps its own reason (`unsupported-content`, `extraction-failed`, …), and
anything unforeseen becomes a `derive-error` failure (exception class and message in `detail`,
not retried). A failure of a stage that only adds facts (dates, dateline) does not lose the
page: its record is stored without those facts, beside the failure that says why, so a bug
never looks like a page that states no date. A page whose stages run past `TIME_LIMIT` fails
with `derive-timeout` (checked between stages: each stage's input is bounded, so no single stage
runs away; the check catches a page whose stages add up).

Pure: no network, no disk, no wall clock (elapsed compute is measured with a monotonic timer,
which never reaches a record).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Container
from dataclasses import dataclass
from typing import TypeVar

from schemas.claims import DateFindings, Dateline
from schemas.errors import DeriveError, DeriveTimeout, NewsledgerError, failure_record
from schemas.events import ArticleVersion, Failure
from schemas.pages import FetchedPage, Source
from tasks.datelines import parse_dateline
from tasks.dates import find_dates, strip_leading_metadata
from tasks.extract import decode_html, extract_page
from tasks.page import ParsedPage
from tasks.urls import accepted_canonical, canonical_url
from tasks.versions import PageFacts, version_record

# Compute one page may take across its stages. Real pages take well under a second; the bound
# is for hostile ones, generous enough that a slow shared machine never trips it by accident.
TIME_LIMIT = 60.0

T = TypeVar("T")


@dataclass(frozen=True)
class Derived:
    """A page's record (None when it has none) and the failures its derivation recorded."""

    version: ArticleVersion | None
    failures: tuple[Failure, ...] = ()


class _Derivation:
    """One page's derivation: its deadline and the failures its optional stages noted."""

    def __init__(
        self,
        page: FetchedPage,
        source: Source,
        run_id: str,
        limit: float,
        known_urls: Container[str],
    ) -> None:
        self.page, self.source, self.run_id = page, source, run_id
        self.known_urls = known_urls
        self.deadline = time.monotonic() + limit
        self.limit = limit
        self.notes: list[Failure] = []

    def failure(self, error: NewsledgerError, stage: str) -> Failure:
        return failure_record(
            error,
            url=self.page.url,
            source_id=self.source.source_id,
            stage=stage,
            observed_at=self.page.observed_at,
            run_id=self.run_id,
        )

    def check_time(self, after: str) -> None:
        if time.monotonic() > self.deadline:
            raise DeriveTimeout(f"{self.page.url}: over {self.limit:.0f} s after {after}")

    def optional(self, stage: str, run: Callable[[], T], fallback: T) -> T:
        """A stage that adds facts: on failure the page keeps going without them."""
        try:
            result = run()
        except NewsledgerError as exc:
            self.notes.append(self.failure(exc, stage))
            return fallback
        except Exception as exc:  # the boundary: record, never stop the run
            self.notes.append(self.failure(DeriveError.wrapping(exc), stage))
            return fallback
        self.check_time(stage)
        return result


def _facts(d: _Derivation) -> PageFacts:
    page = d.page
    parsed = ParsedPage(decode_html(page.body, page.content_type), page.final_url)
    extracted = extract_page(parsed)
    d.check_time("extraction")
    findings = d.optional(
        "dates",
        lambda: find_dates(
            parsed,
            text=extracted.body,
            fetched_at=page.observed_at,
            source_timezone=d.source.timezone,
            http_last_modified=page.header("last-modified"),
            feed_published=page.feed_published,
        ),
        DateFindings(),
    )
    body = d.optional("dates", lambda: strip_leading_metadata(extracted.body), extracted.body)
    no_dateline: tuple[Dateline | None, str] = (None, body)
    dateline, body = d.optional("datelines", lambda: parse_dateline(body, parsed), no_dateline)
    canonical = d.optional(
        "canonical",
        lambda: accepted_canonical(
            page.final_url, extracted.declared_canonical, known_urls=d.known_urls
        ),
        canonical_url(page.final_url),
    )
    return PageFacts(
        canonical_url=canonical,
        declared_canonical=extracted.declared_canonical,
        title=extracted.title,
        seo_title=extracted.seo_title,
        body=body,
        authors=extracted.authors,
        language=extracted.language,
        findings=findings,
        dateline=dateline,
    )


def derive_page(
    page: FetchedPage,
    source: Source,
    run_id: str,
    *,
    known_urls: Container[str] = frozenset(),
    time_limit: float = TIME_LIMIT,
) -> Derived:
    """The page's version record and the failures noted on the way, or only failures.

    `known_urls` are the canonical URLs of the other pages the warehouse (and this run) holds
    as themselves: a page that declares one of them as its canonical is kept apart, its claim
    recorded in `declared_canonical` (`tasks.urls.accepted_canonical`)."""
    d = _Derivation(page, source, run_id, time_limit, known_urls)
    try:
        facts = _facts(d)
        return Derived(version_record(page, source, facts, run_id), tuple(d.notes))
    except NewsledgerError as exc:
        return Derived(None, (*d.notes, d.failure(exc, "extract")))
    except Exception as exc:  # the boundary: record, never stop the run
        return Derived(None, (*d.notes, d.failure(DeriveError.wrapping(exc), "derive")))
