"""sources.csv is checked as a whole before anything runs: every problem, with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas.errors import SourcesInvalid
from tasks.sources import (
    DEFAULT_SOURCES,
    REQUIRED_COLUMNS,
    check_sources,
    load_sources,
    sources_path,
)

HEADER = ",".join(REQUIRED_COLUMNS)


def _file(tmp_path: Path, text: str, bom: bool = False) -> Path:
    path = tmp_path / "sources.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode())
    return path


def test_an_excel_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = _file(
        tmp_path, f"{HEADER}\r\nwire,Wire,https://wire.example/,,,en,Europe/Berlin\r\n", True
    )
    (source,) = load_sources(path)
    assert source.source_id == "wire" and source.timezone == "Europe/Berlin"
    assert source.feed_url is None and source.sitemap_url is None


def test_an_empty_timezone_means_utc_and_extra_columns_are_ignored(tmp_path: Path) -> None:
    path = _file(tmp_path, f"{HEADER},notes\nwire,Wire,https://wire.example/,,,,,night desk\n")
    assert load_sources(path)[0].timezone == "UTC"


def test_every_problem_is_reported_at_once_with_its_line(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        f"{HEADER}\n"
        "a,A,https://a.example/,,,en,UTC\n"
        "a,A2,ftp://a.example/,http://[bad/,,english,Mars/Olympus\n"
        "\n"
        ",Nameless,https://c.example/,,,,\n"
        "d/../e,D,https://d.example/,,,,UTC,surplus\n"
        "f,F,https://f.example/\n"
        'g,"G, the quoted one",https://g.example/ x,,,,\n',
    )
    sources, problems = check_sources(path)
    assert [s.source_id for s in sources] == ["a"]
    assert [(p.line, p.message) for p in problems] == [
        (3, "homepage 'ftp://a.example/' must start with http:// or https://"),
        (3, "feed_url 'http://[bad/' is not a URL (Invalid IPv6 URL)"),
        (3, "language 'english' is not a language code such as en"),
        (3, "timezone 'Mars/Olympus' is not an IANA time zone name "
            "(e.g. Europe/Berlin, America/New_York, UTC)"),
        (3, "source_id 'a' repeats line 2"),
        (5, "source_id is empty"),
        (6, "8 fields, the header has 7"),
        (6, "source_id 'd/../e' may hold only letters, digits, '.', '_' and '-' "
            "(at most 64, starting with a letter or digit)"),
        (7, "fewer fields than the header (no feed_url, sitemap_url, language, timezone)"),
        (8, "homepage 'https://g.example/ x' contains spaces (percent-encode them as %20)"),
    ]  # fmt: skip
    with pytest.raises(SourcesInvalid) as raised:
        load_sources(path)
    assert raised.value.summary == f"10 problems in {path}"
    assert raised.value.problems[0] == (
        f"{path}:3: homepage 'ftp://a.example/' must start with http:// or https://"
    )
    assert "sources check" in (raised.value.hint or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("source_id,homepage\nx,http://x.example/\n", "the header lacks name, feed_url, "
         "sitemap_url, language, timezone (it needs " + HEADER + "; it has source_id,homepage)"),
        ("", "the file is empty: it needs a header line"),
        (HEADER + "\n", "no sources: the file has only a header"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_a_sources_list_says_why(
    tmp_path: Path, text: str, expected: str
) -> None:
    _, problems = check_sources(_file(tmp_path, text))
    assert [p.message for p in problems] == [expected]


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    assert [p.message for p in check_sources(tmp_path / "nope.csv")[1]] == ["no such file"]
    latin = tmp_path / "latin1.csv"
    latin.write_bytes(
        f"{HEADER}\nz,Z\xfcrich,https://z.example/,,,de,Europe/Zurich\n".encode("latin-1")
    )
    ((line, message),) = [(p.line, p.message) for p in check_sources(latin)[1]]
    assert (line, message) == (2, "not UTF-8 text (save the file as CSV UTF-8)")


def test_the_path_comes_from_the_argument_the_environment_or_the_seed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEWSLEDGER_SOURCES", raising=False)
    assert sources_path() == DEFAULT_SOURCES
    monkeypatch.setenv("NEWSLEDGER_SOURCES", "/srv/news/sources.csv")
    assert sources_path() == Path("/srv/news/sources.csv")
    assert sources_path("mine.csv") == Path("mine.csv")


def test_the_bundled_seed_is_valid() -> None:
    assert check_sources(DEFAULT_SOURCES)[1] == []
