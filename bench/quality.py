"""Extraction quality on ../shared/corpus: ours vs htmldate vs trafilatura, same pages, same run.

`python -m bench.quality [--failures]` prints one table. Every system reads the same decoded
HTML (our `decode_html`, which honours the page's charset) and is scored by the same functions
on the same cases; a metric a system does not produce is shown as "—", never as zero.

Systems
- newsledger: the pipeline's stages as `build_version` composes them — `extract_page`
  (trafilatura without comments/tables) → `strip_leading_metadata` → `parse_dateline` for the
  body and dateline, `find_dates` for the dates. A page where extraction finds no text still
  gets its dates (`find_dates` does not need the body); its body is then empty.
- htmldate(original): `htmldate.find_date(original_date=True)`, scored as the published day.
- htmldate(latest): `htmldate.find_date(original_date=False)` ("most recent date"), scored both
  as the published day and as the updated day — that is what it reports.
- trafilatura: `trafilatura.bare_extraction(with_metadata=True)` with its default settings: its
  `date` (published; it has no updated date), `title` and `text`.
The plausibility bound is the same for all: `FETCHED_AT` is our `fetched_at` and the
`max_date` of htmldate and of trafilatura's date search (the corpus has no capture times).

How a day is compared: corpus dates are calendar days ("YYYY-MM-DD", no time, no offset), the
day as the page states it. htmldate and trafilatura output such a day. Ours is a UTC moment with
the page's UTC offset, so we compare `local_day(claim)` — the day on the page's own wall clock
(a day-precision claim is its calendar day) — never the UTC day, which can differ near midnight.

Metrics (each over the cases whose label is not null; null means "not annotated")
- published day: accuracy over cases with a published label; a missing answer is wrong.
- updated day: precision = correct / answered, recall = correct / labelled, over the few cases
  with an updated label (htmldate's own `original_date=False` assertions: see SOURCES.md).
- dateline exact: our dateline text equals the label (whitespace-normalised).
- dateline place: the label's place — its text before the first comma, parenthesis or dash
  separator, none when that is a news agency ("(Reuters) —") — equals ours, case- and
  accent-insensitively.
- title exact: whitespace-normalised equality.
- body F1: scrapinghub/article-extraction-benchmark's scoring — `\\w+` tokens, 4-token
  shingles counted as multisets, per-page TP/FP/FN normalised to sum 1, precision averaged over
  pages with a prediction, recall over pages with a truth, F1 of those two means.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)
SYSTEMS = ("newsledger", "htmldate(original)", "htmldate(latest)", "trafilatura")


@dataclass
class Answer:
    """What one system says of one page; None = not produced."""

    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    place: str | None = None
    title: str | None = None
    body: str | None = None


@dataclass
class Case:
    id: str
    url: str | None
    expected: dict[str, Any]
    answers: dict[str, Answer] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# The systems


def _ours(html: str, url: str | None) -> Answer:
    from schemas.errors import ExtractionFailed
    from tasks.datelines import parse_dateline
    from tasks.dates import find_dates, local_day, strip_leading_metadata
    from tasks.extract import extract_page
    from tasks.page import ParsedPage

    page_url = url or "http://corpus.invalid/"
    title: str | None = None
    raw_body: str | None = None
    body = ""
    dateline = None
    try:
        extracted = extract_page(ParsedPage(html, page_url))
        title, raw_body = extracted.title, extracted.body
        dateline, body = parse_dateline(strip_leading_metadata(extracted.body))
    except ExtractionFailed:
        pass
    found = find_dates(ParsedPage(html, page_url), text=raw_body, fetched_at=FETCHED_AT)
    return Answer(
        published=local_day(found.published).isoformat() if found.published else None,
        updated=local_day(found.updated).isoformat() if found.updated else None,
        dateline=dateline.text if dateline else None,
        place=dateline.place if dateline else None,
        title=title,
        body=body,
    )


def _htmldate(html: str, url: str | None, original: bool) -> str | None:
    import htmldate

    try:
        return htmldate.find_date(
            html, original_date=original, url=url, max_date=FETCHED_AT.strftime("%Y-%m-%d")
        )
    except Exception:  # a crash is a missing answer, as it would be for us
        return None


def _trafilatura(html: str, url: str | None) -> Answer:
    import trafilatura
    from trafilatura.settings import set_date_params

    params = {**set_date_params(True), "max_date": FETCHED_AT.strftime("%Y-%m-%d")}
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, date_extraction_params=params
        )
    except Exception:
        doc = None
    if doc is None:
        return Answer(body="")
    return Answer(
        published=getattr(doc, "date", None),
        title=getattr(doc, "title", None),
        body=getattr(doc, "text", None) or "",
    )


def _run_case(args: tuple[str, str | None]) -> dict[str, Answer]:
    from tasks.extract import decode_html

    case_id, url = args
    html = decode_html((CORPUS / "pages" / f"{case_id}.html").read_bytes(), None)
    original = _htmldate(html, url, True)
    latest = _htmldate(html, url, False)
    return {
        "newsledger": _ours(html, url),
        "htmldate(original)": Answer(published=original),
        "htmldate(latest)": Answer(published=latest, updated=latest),
        "trafilatura": _trafilatura(html, url),
    }


# ---------------------------------------------------------------------------------------------
# Scoring (one function per metric, the same for every system)


def _norm(s: str | None) -> str:
    return " ".join((s or "").split())


def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", _norm(s))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def label_place(dateline: str) -> str | None:
    """The place a dateline label names: its text before the first separator."""
    from tasks.dateline_patterns import AGENCY_BY_ALIAS

    head = re.split(r"\s*(?:[,(:/]|\s[-–—]|[-–—]\s|[-–—]$)", dateline.strip(), maxsplit=1)[0]
    head = head.strip()
    if not head or head.lower() in AGENCY_BY_ALIAS:
        return None
    return head


_TOKEN = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def body_tp_fp_fn(truth: str, pred: str) -> tuple[float, float, float]:
    """Shingle multiset overlap of one page, normalised so long pages weigh no more."""
    t, p = _shingles(truth), _shingles(pred)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def body_f1(rows: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(precision, recall, F1) as the article-extraction benchmark averages them."""
    rows = list(rows)

    def ratio(a: float, b: float, other: float) -> float:
        if b == other == 0:
            return 1.0
        return a / (a + b) if a + b else 0.0

    precision = statistics.mean([ratio(tp, fp, fn) for tp, fp, fn in rows if tp + fp > 0] or [0])
    recall = statistics.mean([ratio(tp, fn, fp) for tp, fp, fn in rows if tp + fn > 0] or [0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class Score:
    value: float | None
    n: int
    misses: list[str] = field(default_factory=list)

    def cell(self) -> str:
        return "—" if self.value is None else f"{self.value:.3f}"


def _accuracy(
    cases: list[Case], system: str, label: str, check: Callable[[Case, Answer], bool]
) -> Score:
    subset = [c for c in cases if c.expected.get(label)]
    results = [(c, check(c, c.answers[system])) for c in subset]
    if not subset:
        return Score(None, 0)
    misses = [c.id for c, ok in results if not ok]
    return Score(1 - len(misses) / len(subset), len(subset), misses)


def _published(c: Case, a: Answer) -> bool:
    return a.published == c.expected["published"]


def _title(c: Case, a: Answer) -> bool:
    return _norm(a.title) == _norm(c.expected["title"])


def _dateline_exact(c: Case, a: Answer) -> bool:
    return _norm(a.dateline) == _norm(c.expected["dateline"])


def _place(c: Case, a: Answer) -> bool:
    return _fold(a.place) == _fold(label_place(c.expected["dateline"]))


def score(cases: list[Case], system: str) -> dict[str, Score]:
    out: dict[str, Score] = {}
    out["published day accuracy"] = _accuracy(cases, system, "published", _published)
    upd = [c for c in cases if c.expected.get("updated")]
    has_updated = system in ("newsledger", "htmldate(latest)")
    answered = [c for c in upd if c.answers[system].updated]
    right = [c for c in answered if c.answers[system].updated == c.expected["updated"]]
    wrong = [c.id for c in upd if c not in right]
    out["updated day precision"] = (
        Score(len(right) / len(answered) if answered else 0.0, len(upd), wrong)
        if has_updated
        else Score(None, len(upd))
    )
    out["updated day recall"] = (
        Score(len(right) / len(upd) if upd else 0.0, len(upd), wrong)
        if has_updated
        else Score(None, len(upd))
    )
    with_dateline = system == "newsledger"
    exact = _accuracy(cases, system, "dateline", _dateline_exact)
    place = _accuracy(cases, system, "dateline", _place)
    out["dateline exact"] = exact if with_dateline else Score(None, exact.n)
    out["dateline place accuracy"] = place if with_dateline else Score(None, place.n)
    with_title = system in ("newsledger", "trafilatura")
    title = _accuracy(cases, system, "title", _title)
    out["title exact"] = title if with_title else Score(None, title.n)
    bodies = [c for c in cases if c.expected.get("body")]
    if system in ("newsledger", "trafilatura"):
        rows = [body_tp_fp_fn(c.expected["body"], c.answers[system].body or "") for c in bodies]
        p, r, f1 = body_f1(rows)
        out["body precision"] = Score(p, len(bodies))
        out["body recall"] = Score(r, len(bodies))
        out["body F1"] = Score(f1, len(bodies))
    else:
        for k in ("body precision", "body recall", "body F1"):
            out[k] = Score(None, len(bodies))
    return out


# ---------------------------------------------------------------------------------------------


def load_cases() -> list[Case]:
    with (CORPUS / "cases.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [Case(r["id"], r.get("url"), r["expected"]) for r in rows]


def run(cases: list[Case], workers: int = 2) -> None:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(_run_case, [(c.id, c.url) for c in cases], chunksize=4)
        for case, answers in zip(cases, results, strict=True):
            case.answers = answers


def print_table(cases: list[Case], show_failures: bool) -> None:
    scores = {s: score(cases, s) for s in SYSTEMS}
    metrics = list(scores[SYSTEMS[0]])
    width = max(len(m) for m in metrics) + 8
    print(f"bench.quality: {len(cases)} pages of {CORPUS}")
    print(f"{'metric (cases)':<{width}}" + "".join(f"{s:>20}" for s in SYSTEMS))
    for m in metrics:
        n = scores[SYSTEMS[0]][m].n
        print(f"{f'{m} ({n})':<{width}}" + "".join(f"{scores[s][m].cell():>20}" for s in SYSTEMS))
    if not show_failures:
        return
    by_id = {c.id: c for c in cases}
    for m in ("published day accuracy", "dateline place accuracy", "title exact"):
        print(f"\n{m}: newsledger misses")
        for cid in scores["newsledger"][m].misses:
            c, a = by_id[cid], by_id[cid].answers["newsledger"]
            key = {"published day accuracy": "published", "title exact": "title"}.get(m)
            if key:
                got, want = getattr(a, key), c.expected[key]
            else:
                got, want = (a.dateline, a.place), c.expected["dateline"]
            hd = c.answers["htmldate(original)"].published if key == "published" else ""
            print(f"  {cid}: want {want!r} got {got!r} {('htmldate ' + str(hd)) if hd else ''}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__)
    parser.add_argument("--failures", action="store_true", help="list our misses per metric")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if not (CORPUS / "cases.jsonl").exists():
        print(f"bench.quality: skipped, no corpus at {CORPUS} (cases.jsonl missing)")
        return 0
    cases = load_cases()
    run(cases, args.workers)
    print_table(cases, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
