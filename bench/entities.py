"""Entity quality and cost: our resolver vs bare spaCy output grouped by exact text.

Why: a timeline is only as good as its ids. This measures, on the same texts in the same run,
how many real-world entities each side gets right as *canonical* entities, and what our stage
costs on top of the model.

The labelled set:
- the demo site's 17 article versions: gold = `entity_details` in seeds/demo_site/expected.json;
  text = what the pipeline stores (tasks.derive.derive_page on the page: title + body);
- the texts in bench/data/entity_labels.json: written and labelled by us for this benchmark;
- printed as a table of its own, real pages: 180 English pages of ../shared/corpus labelled
  in bench/data/entity_labels_corpus.json (labels only; the pages stay in the corpus, and the
  table is skipped when it is absent). Ours reads the page as the pipeline stores it
  (`derive_page` → title + body); the anchor reads what trafilatura extracts from the same page
  with our options and settings (title + text), so boilerplate either side leaves in counts.
  `--corpus DIR --labels FILE` score another set of real pages instead: 60 articles of fundus'
  parser test pages, labelled in bench/data/entity_labels_fundus.json (`bench.fundus_pages`
  writes them as a corpus directory from a fundus checkout), or 56 articles of news sites and
  blogs from mozilla/readability's test pages, in bench/data/entity_labels_readability.json
  (`bench.readability_pages`).

It is split once by a fixed hash of the case id (`case_part`: sha256 of the id, first byte below
0.7·256 → "tuning", else "reserved"), the convention of `bench.quality`. Rules are tuned on the
tuning part; the reserved part stands for articles nobody tuned on. Scores are printed for
tuning, reserved and all; `--failures` lists what went wrong on tuning articles only (never
look at reserved failures while changing rules: what they show would leak into the rules).

Gold entity: a canonical name, a type and the surface forms the text uses for it.
Predicted entity: ours = one `ResolvedEntity` (its canonical name and every surface form);
baseline (the anchor) = one distinct `ent.text` of bare `nlp.pipe` output with label PERSON,
ORG, GPE, LOC or FAC (its only name is that text).

Matching: a predicted entity *touches* a gold entity when any of its names (canonical name or
surface form) equals the gold name or one of the gold's surface forms after `tasks.entities.fold`
(case, accents, hyphens, apostrophes, possessive and leading "the" folded).
- precision, recall, F1: from a maximum one-to-one matching of the touch relation per article,
  so a second fragment of one gold entity counts as a false positive, and a prediction that
  swallows two gold entities is credited for one of them;
- split rate: gold entities touched by two or more predicted entities / gold entities touched;
- merge rate: predicted entities touching two or more gold entities / predicted entities that
  touch any.
Figures are micro-averaged over all articles (counts summed), with the per-article mean F1 next
to them. "Known" restricts both sides to entities the alias table knows (a gold entity whose
name or a surface form is an alias; a prediction with a name that is one). "Typed" also requires
the types to agree (PERSON, ORG, LOC; the baseline's GPE and FAC count as LOC): the plain match
cannot see "Amazon rainforest" resolved to the company, the typed one can.

Throughput: `entities_for_texts` (the model load excluded, both warm) against the anchor, bare
`nlp.pipe` of the same model as `spacy.load` gives it, over the same texts, interleaved rounds,
median ratio of times (ours / anchor: below 1 is faster than the anchor). A second ratio against
`nlp.pipe` of our NER-only pipeline shows what the resolver itself adds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from schemas.pages import FetchedPage, Source
from tasks.derive import derive_page
from tasks.entities import (
    AliasTable,
    entities_for_texts,
    fold,
    load_alias_table,
    load_nlp,
    model_name,
    version_text,
)
from tasks.extract import anchor_input, decode_html

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "seeds" / "demo_site"
OWN_LABELS = Path(__file__).resolve().parent / "data" / "entity_labels.json"
CORPUS_LABELS = Path(__file__).resolve().parent / "data" / "entity_labels_corpus.json"
CORPUS = REPO.parent / "shared" / "corpus"
# No language, as a backfill's source (and a sources.csv row with none): a page that declares
# none is detected, as the warehouse reads it. With "en" here every such page went through the
# English model, which the warehouse never does to a page detected as another language.
SOURCE = Source("bench", "bench", "http://bench.test/", None, None, None, "Asia/Kabul")
FETCHED_AT = datetime(2030, 1, 1, tzinfo=UTC)
BASELINE_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
PARTS = ("tuning", "reserved")
TUNING_SHARE = 0.7  # of the labelled articles, by the first byte of sha256(case id)


def case_part(case_id: str) -> str:
    """ "tuning" or "reserved", fixed forever by the case id (as in bench.quality)."""
    first_byte = hashlib.sha256(case_id.encode("utf-8")).digest()[0]
    return "tuning" if first_byte < int(TUNING_SHARE * 256) else "reserved"


@dataclass(frozen=True)
class Case:
    case_id: str
    text: str
    language: str | None
    gold: list[frozenset[str]]  # one set of folded names per gold entity
    gold_types: list[str]  # the type of each gold entity
    anchor_text: str | None = None  # what the anchor reads, when not `text`

    @property
    def part(self) -> str:
        return case_part(self.case_id)


@dataclass(frozen=True)
class Predicted:
    """One system's entities for each article: folded names and a type per entity."""

    names: list[list[frozenset[str]]]
    types: list[list[str]]


@dataclass(frozen=True)
class Scores:
    """Counts summed over articles, and the per-article F1 values."""

    predicted: int
    gold: int
    matched: int
    gold_touched: int
    gold_split: int
    pred_touching: int
    pred_merged: int
    article_f1: tuple[float, ...]

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def split_rate(self) -> float:
        return self.gold_split / self.gold_touched if self.gold_touched else 0.0

    @property
    def merge_rate(self) -> float:
        return self.pred_merged / self.pred_touching if self.pred_touching else 0.0


def _names(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(k for group in groups for name in group if (k := fold(name)))


def demo_cases() -> list[Case]:
    """The demo site's article versions, as the pipeline derives their text from the page."""
    expected: dict[str, Any] = json.loads((DEMO / "expected.json").read_text(encoding="utf-8"))
    cases = []
    for slug, truth in expected.items():
        url = f"http://bench.test{truth['path']}"
        page = FetchedPage(
            url,
            url,
            200,
            "text/html",
            (("Content-Type", "text/html; charset=utf-8"),),
            (DEMO / truth["file"]).read_bytes(),
            FETCHED_AT,
            f"capture-{slug}",
            "bench",
        )
        version = derive_page(page, SOURCE, "bench").version
        assert version is not None, f"the demo page {slug} derives a version"
        details = truth["entity_details"]
        gold = [_names([d["name"]], d["mentions"]) for d in details]
        text = version_text(version.title, version.body, version.dateline_text)
        cases.append(Case(slug, text, version.language, gold, [d["type"] for d in details]))
    return cases


def own_cases(path: Path = OWN_LABELS) -> list[Case]:
    """The texts we wrote and labelled for this benchmark."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Case(
            c["id"],
            version_text(c["title"], c["text"]),
            c["language"],
            [_names([e["name"]], e["mentions"]) for e in c["entities"]],
            [e["type"] for e in c["entities"]],
        )
        for c in data["cases"]
    ]


def _fetched(case_id: str, url: str, body: bytes) -> FetchedPage:
    headers = (("Content-Type", "text/html"),)
    return FetchedPage(url, url, 200, "text/html", headers, body, FETCHED_AT, case_id, "bench")


def _trafilatura_text(html: str, url: str) -> str:
    """The anchor's text of a page: trafilatura's title and text, configured like ours."""
    import trafilatura

    source, kwargs = anchor_input(html)
    document = trafilatura.bare_extraction(source, url=url, with_metadata=True, **kwargs)
    if document is None:
        return ""
    return version_text(getattr(document, "title", None), getattr(document, "text", None) or "")


def corpus_cases(corpus: Path = CORPUS, path: Path = CORPUS_LABELS) -> list[Case]:
    """The labelled real pages: our text as the pipeline derives it, the anchor's from
    trafilatura. Empty when the corpus is not beside the repository."""
    if not (corpus / "cases.jsonl").exists():
        return []
    labels = json.loads(path.read_text(encoding="utf-8"))["cases"]
    with (corpus / "cases.jsonl").open(encoding="utf-8") as fh:
        urls = {c["id"]: c["url"] for c in map(json.loads, fh)}
    cases = []
    for label in labels:
        case_id, url = label["id"], urls[label["id"]]
        body = (corpus / "pages" / f"{case_id}.html").read_bytes()
        version = derive_page(_fetched(case_id, url, body), SOURCE, "bench").version
        text = (
            version_text(version.title, version.body, version.dateline_text)
            if version is not None
            else ""
        )
        language = version.language if version is not None else None
        entities = label["entities"]
        cases.append(
            Case(
                case_id,
                text,
                language,
                [_names([e["name"]], e["mentions"]) for e in entities],
                [e["type"] for e in entities],
                _trafilatura_text(decode_html(body, None), url),
            )
        )
    return cases


def _max_matching(touches: Sequence[set[int]]) -> int:
    """Size of a maximum one-to-one matching (Kuhn's augmenting paths; the graphs are tiny)."""
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in touches[p]:
            if g not in seen:
                seen.add(g)
                if g not in owner or augment(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    return sum(augment(p, set()) for p in range(len(touches)))


def score(
    predicted: Sequence[Sequence[frozenset[str]]], gold: Sequence[Sequence[frozenset[str]]]
) -> Scores:
    """Score predicted entities (sets of folded names) against gold, article by article."""
    totals = dict.fromkeys(
        ("predicted", "gold", "matched", "gold_touched", "gold_split", "pred_touching", "merged"), 0
    )
    f1s = []
    for preds, golds in zip(predicted, gold, strict=True):
        touches = [{g for g, names in enumerate(golds) if p & names} for p in preds]
        matched = _max_matching(touches)
        touched_by = [sum(g in t for t in touches) for g in range(len(golds))]
        totals["predicted"] += len(preds)
        totals["gold"] += len(golds)
        totals["matched"] += matched
        totals["gold_touched"] += sum(n >= 1 for n in touched_by)
        totals["gold_split"] += sum(n >= 2 for n in touched_by)
        totals["pred_touching"] += sum(len(t) >= 1 for t in touches)
        totals["merged"] += sum(len(t) >= 2 for t in touches)
        p = matched / len(preds) if preds else 1.0
        r = matched / len(golds) if golds else 1.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return Scores(
        totals["predicted"],
        totals["gold"],
        totals["matched"],
        totals["gold_touched"],
        totals["gold_split"],
        totals["pred_touching"],
        totals["merged"],
        tuple(f1s),
    )


def known_only(
    entities: Sequence[Sequence[frozenset[str]]], table: AliasTable
) -> list[list[frozenset[str]]]:
    """Keep the entities with at least one name the alias table knows."""
    return [[e for e in article if any(table.get(k) for k in e)] for article in entities]


def typed(
    names: Sequence[Sequence[frozenset[str]]], types: Sequence[Sequence[str]]
) -> list[list[frozenset[str]]]:
    """Names prefixed with their entity's type, so that only same-type entities touch."""
    return [
        [frozenset(f"{t}|{n}" for n in entity) for entity, t in zip(article, ts, strict=True)]
        for article, ts in zip(names, types, strict=True)
    ]


def ours_predicted(cases: Sequence[Case], table: AliasTable) -> Predicted:
    resolved = entities_for_texts(
        [c.text for c in cases], table, load_nlp(), languages=[c.language for c in cases]
    )
    return Predicted(
        [[_names([e.name], e.mentions) for e in article] for article in resolved],
        [[e.type for e in article] for article in resolved],
    )


def baseline_predicted(nlp: Any, cases: Sequence[Case]) -> Predicted:
    """Bare spaCy: every distinct (text, type) is an entity of its own."""
    names: list[list[frozenset[str]]] = []
    types: list[list[str]] = []
    for doc in nlp.pipe(c.text if c.anchor_text is None else c.anchor_text for c in cases):
        found = dict.fromkeys(
            (e.text, BASELINE_TYPES[e.label_]) for e in doc.ents if e.label_ in BASELINE_TYPES
        )
        names.append([_names([text]) for text, _ in found])
        types.append([t for _, t in found])
    return Predicted(names, types)


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def throughput(
    full_nlp: Any, cases: Sequence[Case], table: AliasTable, rounds: int = 5, repeat: int = 4
) -> tuple[float, float, float, float]:
    """(anchor texts/s, ours texts/s, median ours/anchor, median ours/NER-only pipe).

    Each timed run reads the labelled set `repeat` times, each copy as a batch of its own: a
    batch holding the same text twice would let ours read its paragraphs once (it reads each
    distinct paragraph of a batch once), which real batches of distinct pages do not allow.
    """
    texts = [c.text for c in cases]
    languages = [c.language for c in cases]
    ner_nlp = load_nlp()

    def ours() -> object:
        return [entities_for_texts(texts, table, ner_nlp, languages) for _ in range(repeat)]

    def anchor() -> object:
        return [[doc.ents for doc in full_nlp.pipe(texts)] for _ in range(repeat)]

    def ner_only() -> object:
        return [[doc.ents for doc in ner_nlp.pipe(texts)] for _ in range(repeat)]

    ours()
    anchor()  # warm both before timing
    samples = [(_timed(anchor), _timed(ours), _timed(ner_only)) for _ in range(rounds)]
    pages = len(texts) * repeat
    return (
        pages / min(a for a, _, _ in samples),
        pages / min(o for _, o, _ in samples),
        statistics.median(o / a for a, o, _ in samples),
        statistics.median(o / n for _, o, n in samples),
    )


def _row(label: str, s: Scores) -> str:
    mean_f1 = statistics.fmean(s.article_f1) if s.article_f1 else 0.0
    return (
        f"  {label:<26} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
        f"(per-article mean F1 {mean_f1:.3f})  split {s.split_rate:.3f}  "
        f"merge {s.merge_rate:.3f}  [{s.matched}/{s.predicted} pred, {s.gold} gold]"
    )


def _rows(label: str, pred: Predicted, cases: Sequence[Case], table: AliasTable) -> list[str]:
    gold = [c.gold for c in cases]
    return [
        _row(label + " all", score(pred.names, gold)),
        _row(label + " known", score(known_only(pred.names, table), known_only(gold, table))),
        _row(
            label + " typed",
            score(typed(pred.names, pred.types), typed(gold, [c.gold_types for c in cases])),
        ),
    ]


def _subset(pred: Predicted, keep: Sequence[int]) -> Predicted:
    return Predicted([pred.names[i] for i in keep], [pred.types[i] for i in keep])


def failures(cases: Sequence[Case], pred: Predicted) -> list[str]:
    """What went wrong on tuning articles: gold entities missed or split, predictions that are
    no gold entity or merge two, and matched entities of the wrong type."""
    lines = []
    for i, case in enumerate(cases):
        if case.part != "tuning":
            continue
        preds, golds = pred.names[i], case.gold
        problems: list[tuple[str, object]] = []
        problems += [("missed", sorted(g)) for g in golds if not any(g & p for p in preds)]
        problems += [("extra", sorted(p)) for p in preds if not any(p & g for g in golds)]
        problems += [("split", sorted(g)) for g in golds if sum(bool(g & p) for p in preds) > 1]
        problems += [("merged", sorted(p)) for p in preds if sum(bool(p & g) for g in golds) > 1]
        for p, p_type in zip(preds, pred.types[i], strict=True):
            types = {t for g, t in zip(golds, case.gold_types, strict=True) if g & p}
            if types and p_type not in types:
                problems.append(("type", f"{sorted(p)} {p_type}, gold {'/'.join(sorted(types))}"))
        lines += [f"  {case.case_id}: {kind} {item}" for kind, item in problems]
    return lines


def _counts(cases: Sequence[Case]) -> str:
    counts = {part: sum(c.part == part for c in cases) for part in PARTS}
    return (
        f"{len(cases)} labelled articles ({counts['tuning']} tuning, {counts['reserved']} reserved)"
    )


def _print_parts(
    cases: Sequence[Case],
    ours: Predicted,
    base: Predicted,
    table: AliasTable,
    base_label: str = "baseline exact-text",
) -> None:
    """Scores of ours and the anchor on tuning, reserved and all articles."""
    for part in (*PARTS, "all"):
        keep = [i for i, c in enumerate(cases) if part in ("all", c.part)]
        chosen = [cases[i] for i in keep]
        print(f" {part} ({len(chosen)} articles)")
        for label, pred in (("newsledger", ours), (base_label, base)):
            for line in _rows(label, _subset(pred, keep), chosen, table):
                print(line)
    gold = [c.gold for c in cases]
    ours_all, base_all = score(ours.names, gold), score(base.names, gold)
    print(
        f"  F1 ours - baseline (all): {ours_all.f1 - base_all.f1:+.3f}; "
        f"split rate ours / baseline: {ours_all.split_rate:.3f} / {base_all.split_rate:.3f}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    import spacy  # deferred like in tasks.entities: importing spaCy costs about a second

    parser = argparse.ArgumentParser(prog="python -m bench.entities")
    parser.add_argument(
        "--failures", action="store_true", help="list what went wrong on tuning articles"
    )
    parser.add_argument("--no-timing", action="store_true", help="scores only")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="a corpus directory (cases.jsonl + pages/)"
    )
    parser.add_argument(
        "--labels", type=Path, default=CORPUS_LABELS, help="the entity labels of its pages"
    )
    args = parser.parse_args(argv)
    table = load_alias_table()
    cases = demo_cases() + own_cases()
    full_nlp = spacy.load(model_name())
    ours = ours_predicted(cases, table)
    base = baseline_predicted(full_nlp, cases)
    print(f"entities: {_counts(cases)}, model {model_name()}, table {table.version}")
    _print_parts(cases, ours, base, table)
    real = corpus_cases(args.corpus, args.labels)
    if real:
        real_ours = ours_predicted(real, table)
        real_base = baseline_predicted(full_nlp, real)
        print(f"entities on real pages of {args.corpus}: {_counts(real)}")
        _print_parts(real, real_ours, real_base, table, "trafilatura+spaCy")
    else:
        print(f"entities on real pages: skipped, no corpus at {args.corpus} (cases.jsonl missing)")
    if args.failures:
        print(" tuning failures:")
        print("\n".join(failures(cases, ours)))
        if real:
            print(" tuning failures on real pages:")
            print("\n".join(failures(real, real_ours)))
    if args.no_timing:
        return
    anchor_rate, ours_rate, ratio, overhead = throughput(full_nlp, cases, table)
    print(
        f"  anchor bare nlp.pipe ({', '.join(full_nlp.pipe_names)}): {anchor_rate:7.1f} texts/s"
        f" ({1000 / anchor_rate:.1f} ms per page)"
    )
    print(
        f"  newsledger entities_for_texts:    {ours_rate:7.1f} texts/s"
        f" ({1000 / ours_rate:.1f} ms per page)"
    )
    print(f"  cost ratio ours/anchor: {ratio:.2f} (median of interleaved rounds; <= 1.2 required)")
    print(f"  cost ratio ours/NER-only nlp.pipe: {overhead:.2f} (what resolution adds)")


if __name__ == "__main__":
    main()
