"""One exception root for the pipeline; transient failures are retried, permanent ones recorded.

NewsledgerError                 root: every failure the pipeline records has a `reason`
├── TransientError              worth retrying later (retries apply to these only)
│   ├── FetchTimeout            connect/read/total deadline passed
│   ├── ConnectionFailed        refused, reset, DNS failure
│   └── ServerError             5xx, or 429 Too Many Requests (carries Retry-After)
└── PermanentError              retrying will not help; record it and move on
    ├── TargetRefused           non-http(s) scheme, private/loopback/link-local address
    ├── RobotsDisallowed        the site's robots.txt forbids this URL to our user agent
    ├── ClientError             4xx other than 404/410/429
    ├── Gone                    404/410: becomes a tombstone, not a failure
    ├── TooManyRedirects        redirect loop or chain over the cap
    ├── BodyTooLarge            compressed or decompressed body over the cap
    ├── UnsupportedContent      content type not in the allowlist, binary body
    ├── MalformedFeed           a feed or sitemap that is not one, or is hostile XML/JSON
    ├── ArchiveDamaged          a WARC/ARC file cut short or unreadable past some record
    ├── ExtractionFailed        no article text could be extracted from the page
    ├── DeriveTimeout           one page's derivation ran past its time limit
    ├── Unexpected              anything else, caught at a failure boundary (`<stage>-error`)
    ├── InvalidInput            a user's input is unusable as given (carries a `hint`)
    │   ├── SourcesInvalid      a sources.csv with problems (all of them, with line numbers)
    │   └── QueryFailed         a query DuckDB refused (syntax, unknown column, bad cast)
    └── WarehouseError          the warehouse itself is not as its commit markers say
        ├── WarehouseMissing    no warehouse at the given root (reads never create one)
        ├── WarehouseDamaged    a committed file or a commit marker is missing or unreadable
        └── CompactionMismatch  a merged file does not hold exactly the rows it replaces

Why here, in `schemas`: the reasons are part of the stored contract (the `failures` dataset),
and every layer raises them (the warehouse included, which must not import `tasks`).
"""

from __future__ import annotations

from datetime import datetime

from schemas.events import Failure
from schemas.ids import event_id

MAX_DETAIL_CHARS = 2000  # a failure's detail is read by people; a 5 MB message is not


class NewsledgerError(Exception):
    """Root of the pipeline's errors; `reason` is the short slug stored in failure records."""

    reason = "error"
    transient = False


class TransientError(NewsledgerError):
    reason = "transient"
    transient = True


class FetchTimeout(TransientError):
    reason = "timeout"


class ConnectionFailed(TransientError):
    reason = "connection-failed"


class ServerError(TransientError):
    reason = "server-error"

    def __init__(self, message: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class PermanentError(NewsledgerError):
    reason = "permanent"


class TargetRefused(PermanentError):
    reason = "target-refused"


class RobotsDisallowed(PermanentError):
    reason = "robots-disallowed"


class ClientError(PermanentError):
    reason = "client-error"

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class Gone(PermanentError):
    reason = "gone"

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class TooManyRedirects(PermanentError):
    reason = "too-many-redirects"


class BodyTooLarge(PermanentError):
    reason = "body-too-large"


class UnsupportedContent(PermanentError):
    reason = "unsupported-content"


class MalformedFeed(PermanentError):
    reason = "malformed-feed"


class ArchiveDamaged(PermanentError):
    reason = "archive-damaged"


class ExtractionFailed(PermanentError):
    reason = "extraction-failed"


class DeriveTimeout(PermanentError):
    reason = "derive-timeout"


class Unexpected(PermanentError):
    """An exception nobody foresaw (a bug, or an input no rule expected), caught at a failure
    boundary so one page or one listed link never stops a run. Its reason names the boundary
    (`derive-error`, `discover-error`); its message keeps the exception's class and text."""

    def __init__(self, boundary: str, exc: BaseException) -> None:
        super().__init__(f"{type(exc).__name__}: {exc}"[:MAX_DETAIL_CHARS])
        self.reason = f"{boundary}-error"


class InvalidInput(PermanentError):
    """A user's input (a file, a date, a path, a query, a name) that cannot be used as given.

    Raised before any flow starts wherever possible; the CLI prints it as one line with its
    `hint` (what to do about it) and exits non-zero, without a traceback.
    """

    reason = "invalid-input"

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class SourcesInvalid(InvalidInput):
    """`summary` says how many problems in which file; `problems` are `FILE:LINE: what` lines
    (all of them, in the message too, so a deployment's log shows them)."""

    reason = "invalid-sources"

    def __init__(self, summary: str, problems: list[str], hint: str | None = None) -> None:
        super().__init__(f"{summary}: {'; '.join(problems)}", hint)
        self.summary = summary
        self.problems = problems


class QueryFailed(InvalidInput):
    reason = "query-failed"


class WarehouseError(PermanentError):
    reason = "warehouse-error"


class WarehouseMissing(WarehouseError):
    reason = "warehouse-missing"


class WarehouseDamaged(WarehouseError):
    reason = "warehouse-damaged"


class CompactionMismatch(WarehouseError):
    reason = "compaction-mismatch"


def failure_record(
    error: NewsledgerError,
    *,
    url: str,
    source_id: str,
    stage: str,
    observed_at: datetime,
    run_id: str,
) -> Failure:
    """The stored form of an error: deterministic id, short reason slug, readable detail."""
    return Failure(
        event_id=event_id(url, stage, error.reason, observed_at.isoformat()),
        url=url,
        source_id=source_id,
        stage=stage,
        reason=error.reason,
        detail=str(error)[:MAX_DETAIL_CHARS],
        transient=error.transient,
        observed_at=observed_at,
        run_id=run_id,
    )
