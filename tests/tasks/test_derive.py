"""The derive step's failure boundary and what makes a version (pure functions, no Prefect)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
import trafilatura

import tasks.derive
from schemas.pages import FetchedPage, Source
from tasks.derive import derive_page

SOURCE = Source("s", "S", "http://news.test/", None, None, "en", "UTC")
AT = datetime(2020, 7, 3, 12, tzinfo=UTC)
PARAGRAPHS = (
    "Officials said on Thursday that talks between the two delegations would resume next "
    "week in the capital, after a month without any meeting at all.",
    "A spokesman said the schedule had been agreed late at night and that both sides had "
    "asked for the venue to stay the same for security reasons.",
)


def html(meta_date: str | None = "2020-07-02T10:00:00+00:00", extra: str = "") -> str:
    meta = f'<meta property="article:published_time" content="{meta_date}">' if meta_date else ""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<html lang="en"><head><title>Talks resume</title>{meta}</head>'
        f"<body><article><h1>Talks resume</h1>{body}{extra}</article></body></html>"
    )


def page(text: str, **changes: object) -> FetchedPage:
    fetched = FetchedPage(
        "http://news.test/talks.html",
        "http://news.test/talks.html",
        200,
        "text/html; charset=utf-8",
        (("Content-Type", "text/html; charset=utf-8"),),
        text.encode(),
        AT,
        "capture-1",
        "s",
    )
    return replace(fetched, **changes)  # type: ignore[arg-type]


def test_an_unexpected_error_in_an_optional_stage_keeps_the_page_and_records_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("a bug in date parsing")

    monkeypatch.setattr(tasks.derive, "find_dates", broken)
    derived = derive_page(page(html()), SOURCE, "r1")
    assert derived.version is not None and derived.version.published_at is None
    assert derived.version.body.startswith("Officials said")
    (failure,) = derived.failures
    assert (failure.stage, failure.reason, failure.transient) == ("dates", "derive-error", False)
    assert failure.detail.startswith("KeyError:") and "a bug in date parsing" in failure.detail


def test_an_unexpected_error_in_extraction_is_a_failure_not_a_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(tasks.derive, "extract_page", broken)
    derived = derive_page(page(html()), SOURCE, "r1")
    assert derived.version is None
    (failure,) = derived.failures
    assert (failure.stage, failure.reason) == ("derive", "derive-error")
    assert "RecursionError" in failure.detail


def test_known_conditions_keep_their_own_reasons() -> None:
    binary = derive_page(page("", body=b"\x89PNG\r\n\x1a\n\x00\x00\x00"), SOURCE, "r1")
    assert binary.version is None and binary.failures[0].reason == "unsupported-content"
    empty = derive_page(page("<html><body><nav>Home</nav></body></html>"), SOURCE, "r1")
    assert empty.version is None and empty.failures[0].reason == "extraction-failed"


def test_a_page_over_its_time_limit_fails_with_derive_timeout() -> None:
    derived = derive_page(page(html()), SOURCE, "r1", time_limit=0.0)
    assert derived.version is None
    assert [f.reason for f in derived.failures] == ["derive-timeout"]


def test_an_absurd_date_offset_does_not_lose_the_article() -> None:
    derived = derive_page(page(html(meta_date="2020-07-02T10:00:00+25:00")), SOURCE, "r1")
    assert derived.version is not None
    assert derived.version.body.startswith("Officials said")


def test_a_page_trafilatura_refuses_falls_back_to_its_baseline_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    derived = derive_page(page(html()), SOURCE, "r1")
    assert derived.version is not None
    assert "talks between the two delegations" in derived.version.body


def test_off_page_hints_fill_a_date_but_never_make_a_version() -> None:
    undated = html(meta_date=None)
    plain = derive_page(page(undated), SOURCE, "r1").version
    hinted = derive_page(
        page(
            undated,
            feed_published=datetime(2020, 7, 2, 9, tzinfo=UTC),
            headers=(("Last-Modified", "Fri, 03 Jul 2020 06:00:00 GMT"),),
        ),
        SOURCE,
        "r1",
    ).version
    assert plain is not None and hinted is not None
    assert hinted.published_provenance == "feed" and plain.published_provenance != "feed"
    assert hinted.content_hash == plain.content_hash
    stated = derive_page(page(html()), SOURCE, "r1").version
    assert stated is not None and stated.content_hash != plain.content_hash


def test_stories_declaring_the_home_page_as_canonical_stay_apart() -> None:
    home = '<link rel="canonical" href="http://news.test/">'
    first = page(html(extra="")).body.decode().replace("<title>", home + "<title>")
    a = derive_page(page(first), SOURCE, "r1").version
    b = derive_page(
        page(first, url="http://news.test/other.html", final_url="http://news.test/other.html"),
        SOURCE,
        "r1",
    ).version
    assert a is not None and b is not None
    assert a.article_id != b.article_id
    assert (a.canonical_url, a.declared_canonical) == (
        "http://news.test/talks.html",
        "http://news.test/",
    )


def test_a_page_claiming_another_held_article_is_kept_apart_with_its_claim() -> None:
    claim = '<link rel="canonical" href="http://news.test/real-story.html">'
    text = page(html()).body.decode().replace("<title>", claim + "<title>")
    trusted = derive_page(page(text), SOURCE, "r1").version
    held = {"http://news.test/real-story.html"}
    kept_apart = derive_page(page(text), SOURCE, "r1", known_urls=held).version
    assert trusted is not None and kept_apart is not None
    assert trusted.canonical_url == "http://news.test/real-story.html"
    assert kept_apart.canonical_url == "http://news.test/talks.html"
    assert kept_apart.declared_canonical == "http://news.test/real-story.html"


PERSIAN = (
    "شورای شهر سه\u200cشنبه شب پس از چهار ساعت بحث درباره طرح تازه حمل و نقل عمومی رأی\u200cگیری "
    "کرد و اعضای شورا گفتند این طرح در بهار دوباره بررسی می\u200cشود.",
    "مسئولان شهرداری می\u200cگویند هزینه این طرح پس از روشن شدن بودجه سال آینده اعلام خواهد شد "
    "و ساکنان می\u200cتوانند نظر خود را تا پایان ماه بفرستند.",
)


def test_the_stored_record_keeps_zero_width_joiners_and_its_hash_ignores_them() -> None:
    """Extraction keeps ZWNJ/ZWJ (they spell Persian words and Indic conjuncts); the record
    stored in the warehouse must keep them too, or its title and body differ from what the
    page says. Whether a page has them never makes a new version."""
    title = "رئیس\u200cجمهور به نیویورک می\u200cرود"
    body = "".join(f"<p>{p}</p>" for p in PERSIAN)
    joined = (
        f'<html lang="fa" dir="rtl"><head><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )
    version = derive_page(page(joined), SOURCE, "r1").version
    assert version is not None
    assert version.title == title
    assert "سه\u200cشنبه" in version.body and "می\u200cشود" in version.body
    glued = derive_page(page(joined.replace("\u200c", "")), SOURCE, "r1").version
    assert glued is not None and glued.title == title.replace("\u200c", "")
    assert glued.content_hash == version.content_hash
    spaced = derive_page(page(joined.replace("\u200c", "\u200b")), SOURCE, "r1").version
    assert spaced is not None and "\u200b" not in (spaced.title or "") + spaced.body


GERMAN = (
    "Die Verhandlungen zwischen den beiden Delegationen sollen in der kommenden Woche in der "
    "Hauptstadt fortgesetzt werden, teilten die Behörden am Donnerstag mit.",
    "Ein Sprecher sagte, der Zeitplan sei spät in der Nacht vereinbart worden und beide Seiten "
    "hätten aus Sicherheitsgründen darum gebeten, den Tagungsort beizubehalten.",
)


def test_the_stored_language_is_the_texts_where_the_page_declares_none_or_surely_errs() -> None:
    """`language = 'de'` in SQL must find a German story whose page and source declare no
    language, and `'en'` an English one under a template left at "de" (what the entity stage
    reads too); a declaration the text agrees with stays."""
    undeclared = Source("s", "S", "http://news.test/", None, None, None, "UTC")
    german = (
        html()
        .replace('lang="en"', "")
        .replace("".join(f"<p>{p}</p>" for p in PARAGRAPHS), "".join(f"<p>{p}</p>" for p in GERMAN))
    )
    found = derive_page(page(german), undeclared, "r1").version
    assert found is not None and found.language == "de"
    english_under_de = html().replace('lang="en"', 'lang="de"')
    found = derive_page(page(english_under_de), undeclared, "r1").version
    assert found is not None and found.language == "en"
    declared = german.replace("<html", '<html lang="de-AT"')
    found = derive_page(page(declared), undeclared, "r1").version
    assert found is not None and found.language == "de"  # its primary subtag, as always
