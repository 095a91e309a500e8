"""One exception root for the pipeline; transient failures are retried, permanent ones recorded.

NewsledgerError                 root: every failure the pipeline records has a `reason`
├── TransientError              worth retrying later (retries apply to these only)
│   ├── FetchTimeout            connect/read/total deadline passed
│   ├── ConnectionFailed        refused, reset, DNS failure
│   ├── TruncatedBody           fewer bytes than Content-Length, or a compressed stream cut short
│   ├── HostDeferred            the host asked us (Retry-After) to stay away longer than a run
│   └── ServerError             5xx, or 429 Too Many Requests (carries Retry-After)
└── PermanentError              retrying will not help; record it and move on
    ├── TargetRefused           private/loopback/link-local/metadata address, in any spelling
    │   └── UnsupportedScheme   anything but http(s): javascript:, file:, data:, mailto:, ftp:
    ├── InvalidUrl              not a URL we can fetch: unparsable, bad port, control characters,
    │                           template placeholders, absurd length
    ├── InvalidRedirect         a 3xx without a usable Location, or one we never follow (300, 305)
    ├── RobotsDisallowed        the site's robots.txt forbids this URL to our user agent
    ├── ClientError             4xx other than 404/410/429
    ├── Gone                    404/410: becomes a tombstone, not a failure
    ├── TooManyRedirects        a redirect chain over the cap
    │   └── RedirectLoop        a redirect back to a URL already visited in the chain
    ├── BodyTooLarge            compressed or decompressed body over the cap
    ├── UnsupportedContent      content type not in the allowlist, binary body
    ├── MalformedFeed           a feed or sitemap that is not one, or is hostile XML/JSON
    ├── ArchiveDamaged          a WARC/ARC file cut short or unreadable past some record
    ├── ExtractionFailed        no article text could be extracted from the page
    ├── DeriveTimeout           one page's derivation ran past its time limit
    ├── UnforeseenError         an exception no handler foresaw, caught at a per-item boundary
    │   ├── DiscoverError       … while reading one listing or one listed link
    │   ├── FetchError          … while fetching one URL
    │   └── DeriveError         … while deriving one page (or one of its optional stages)
    ├── InvalidInput            a user's input is unusable as given (carries a `hint`)
    │   ├── SourcesInvalid      a sources.csv with problems (all of them, with line numbers)
    │   ├── AliasTableInvalid   an entity alias table with a bad type, a repeated id or an
    │   │                       alias two entities claim
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


class TruncatedBody(TransientError):
    reason = "truncated-body"


class HostDeferred(TransientError):
    reason = "host-deferred"


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


class UnsupportedScheme(TargetRefused):
    reason = "unsupported-scheme"


class InvalidUrl(PermanentError):
    reason = "invalid-url"


class InvalidRedirect(PermanentError):
    reason = "invalid-redirect"


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


class RedirectLoop(TooManyRedirects):
    reason = "redirect-loop"


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


class InvalidInput(PermanentError):
    """A user's input (a file, a date, a path, a query, a name) that cannot be used as given.

    Raised before any flow starts wherever possible; the CLI prints it as one line with its
    `hint` (what to do about it) and exits non-zero, without a traceback.
    """

    reason = "invalid-input"

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class AliasTableInvalid(InvalidInput):
    """The alias table cannot be used: an ambiguous alias would silently merge two real-world
    entities, so a table with one is refused, not loaded."""

    reason = "alias-table-invalid"


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


class UnforeseenError(PermanentError):
    """An exception no handler foresaw (a bug, or input nobody imagined), caught at a per-item
    boundary so one item fails instead of the run; `detail` names its class and message.
    Permanent: retrying the same input through the same code raises it again."""

    reason = "unforeseen"

    @classmethod
    def wrapping(cls, exc: BaseException) -> UnforeseenError:
        error = cls(f"{type(exc).__name__}: {exc}"[:MAX_DETAIL_CHARS])
        error.__cause__ = exc
        return error


class DiscoverError(UnforeseenError):
    reason = "discover-error"


class FetchError(UnforeseenError):
    reason = "fetch-error"


class DeriveError(UnforeseenError):
    reason = "derive-error"


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
