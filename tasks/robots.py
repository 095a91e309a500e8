"""robots.txt (RFC 9309) through protego: which paths we may fetch, how slowly, which sitemaps.

Why protego: it implements RFC 9309 as crawlers need it (groups, our product token before `*`,
`*` and `$` wildcards, longest match with Allow winning ties, percent-encoding on both sides,
Crawl-delay, Sitemap lines), and it matches wildcards by scanning for each literal part in turn,
which is linear in the path: `Disallow: /*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b` against a long path
costs microseconds where the regex translation we had (and `urllib.robotparser`, which knows no
wildcards at all) backtracks for minutes. Checked on tests/tasks/test_robots_and_rechecks.py.

A hostile robots.txt is bounded before protego sees it: only the first MAX_ROBOTS_BYTES are
read (the fetcher stops there), undecodable bytes become U+FFFD, and a Sitemap line that is not
a fetchable URL is kept apart (`rejected_sitemaps`) so discovery can record it.
Fetching robots.txt, and what a failed fetch means, is the fetcher's business (tasks/fetch.py).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from protego import Protego

from schemas.errors import NewsledgerError
from tasks.urls import fetchable_url

# RFC 9309 asks crawlers to parse at least 500 KiB; more than that is ignored.
MAX_ROBOTS_BYTES = 512 * 1024


@dataclass(frozen=True)
class RobotsRules:
    """The rules that apply to our product token, plus the file's Sitemap lines.

    The default (no parser) allows everything: what a 4xx robots.txt means."""

    parser: Protego | None = field(default=None, compare=False, repr=False)
    token: str = ""
    crawl_delay: float | None = None
    sitemaps: tuple[str, ...] = ()
    rejected_sitemaps: tuple[tuple[str, NewsledgerError], ...] = ()

    def allows(self, url: str) -> bool:
        """Longest matching pattern wins; on a tie, Allow wins; no match allows."""
        return self.parser is None or self.parser.can_fetch(url, self.token)


def product_token(user_agent: str) -> str:
    """`newsledger/0.1 (+https://…)` → `newsledger`: what User-agent lines are matched against."""
    return re.split(r"[/\s]", user_agent.strip(), maxsplit=1)[0].lower()


def parse_robots(text: str, user_agent: str, base_url: str) -> RobotsRules:
    """The rules for `user_agent` (its own groups if any, else the `*` groups)."""
    parser = Protego.parse(text[:MAX_ROBOTS_BYTES])
    token = product_token(user_agent)
    sitemaps: list[str] = []
    rejected: list[tuple[str, NewsledgerError]] = []
    for line in dict.fromkeys(parser.sitemaps):
        try:
            sitemaps.append(fetchable_url(line, base_url))
        except NewsledgerError as exc:
            rejected.append((line, exc))
    delay = parser.crawl_delay(token)
    return RobotsRules(
        parser,
        token,
        max(0.0, delay) if delay is not None and not math.isnan(delay) else None,
        tuple(dict.fromkeys(sitemaps)),
        tuple(rejected),
    )
