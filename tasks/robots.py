"""robots.txt (RFC 9309) as a pure parser: which paths we may fetch, how slowly, which sitemaps.

The standard library's `urllib.robotparser` knows neither `*`/`$` wildcards nor longest-match
precedence, which real news sites rely on ("Disallow: /*?print=1"), so the few rules are here.
Fetching robots.txt, and what a failed fetch means, is the fetcher's business (tasks/fetch.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import unquote, urljoin, urlsplit

# RFC 9309 asks crawlers to parse at least 500 KiB; more than that is ignored.
MAX_ROBOTS_BYTES = 512 * 1024


@dataclass(frozen=True)
class Rule:
    allow: bool
    pattern: str  # a path pattern: `*` matches anything, a trailing `$` anchors the end

    @cached_property
    def regex(self) -> re.Pattern[str]:
        anchored = self.pattern.endswith("$")
        body = self.pattern[:-1] if anchored else self.pattern
        expression = ".*".join(re.escape(part) for part in body.split("*"))
        return re.compile(expression + ("$" if anchored else ""))


@dataclass(frozen=True)
class RobotsRules:
    """The rules of the group that applies to us, plus the file's Sitemap lines."""

    rules: tuple[Rule, ...] = ()
    crawl_delay: float | None = None
    sitemaps: tuple[str, ...] = ()

    def allows(self, url: str) -> bool:
        """Longest matching pattern wins; on a tie, Allow wins; no match allows."""
        parts = urlsplit(url)
        path = unquote(parts.path or "/") + (f"?{unquote(parts.query)}" if parts.query else "")
        best: Rule | None = None
        for rule in self.rules:
            if rule.regex.match(path) is None:
                continue
            if (
                best is None
                or len(rule.pattern) > len(best.pattern)
                or (len(rule.pattern) == len(best.pattern) and rule.allow)
            ):
                best = rule
        return best is None or best.allow


def product_token(user_agent: str) -> str:
    """`newsledger/0.1 (+https://…)` → `newsledger`: what User-agent lines are matched against."""
    return re.split(r"[/\s]", user_agent.strip(), maxsplit=1)[0].lower()


def parse_robots(text: str, user_agent: str, base_url: str) -> RobotsRules:
    """The rules for `user_agent` (its own groups if any, else the `*` groups)."""
    token = product_token(user_agent)
    groups: list[tuple[set[str], list[Rule], list[float]]] = []
    sitemaps: list[str] = []
    in_agents = False  # consecutive User-agent lines share one group
    for raw in text[:MAX_ROBOTS_BYTES].splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        key = key.lower()
        if key == "user-agent":
            if not in_agents:
                groups.append((set(), [], []))
            groups[-1][0].add(value.lower())
            in_agents = True
            continue
        in_agents = False
        if key == "sitemap" and value:
            sitemaps.append(urljoin(base_url, value))
        elif not groups:
            continue
        elif key in ("allow", "disallow") and value:
            groups[-1][1].append(Rule(key == "allow", value))
        elif key == "crawl-delay":
            try:
                groups[-1][2].append(max(0.0, float(value)))
            except ValueError:
                continue
    mine = [g for g in groups if token in g[0]]
    chosen = mine or [g for g in groups if "*" in g[0]]
    rules = tuple(rule for g in chosen for rule in g[1])
    delays = [delay for g in chosen for delay in g[2]]
    return RobotsRules(rules, max(delays) if delays else None, tuple(dict.fromkeys(sitemaps)))
