"""A fuzz pass over `archiver serve`: generated requests against the real server.

Hypothesis builds paths for the plugin's routes and Datasette's, query strings, Range
and Host headers, and SQL from a small grammar that mixes ordinary columns and functions
with the ones the server must refuse. The server runs as a subprocess on loopback with
--sql. Every answer must be 2xx, 3xx, 400, 403, 404, 405 or 416, and the server must
still be up at the end. Bounded in time (ARCHIVER_FUZZ_SECONDS, default 45 s of
requests); a failure prints the request and how to reproduce it.
"""

from __future__ import annotations

import os
import time
import urllib.parse

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.support.served import Served
from tests.test_datasette import build_catalogue
from tests.test_server_hostile import add_hostile_rows

ALLOWED = {400, 403, 404, 405, 416}
BUDGET_SECONDS = float(os.environ.get("ARCHIVER_FUZZ_SECONDS", "45"))

TABLES = ["clips", "articles", "claims", "citations", "evidence", "checks", "accounts",
          "observations", "captures", "media_files", "clip_media", "transcripts", "segments",
          "segments_fts", "segments_cjk", "segments_trigram", "tokens", "runs", "run_items",
          "sqlite_master", "dbstat", "sqlite_dbpage", "sqlite_stmt", "pragma_table_info('clips')",
          "json_each('[1,2]')", "generate_series(1, 5)"]  # fmt: skip
QUERIES = ["claims_with_evidence", "unresolved_citations", "cited_clips_taken_down",
           "search_transcripts", "disagreeing_facts"]  # fmt: skip
COLUMNS = ["*", "rowid", "clip_id", "title", "text", "description", "availability", "position",
           "start_seconds", "sha256", "name", "sql"]  # fmt: skip
FUNCTIONS = ["length", "upper", "hex", "quote", "typeof", "json", "json_extract", "substr",
             "replace", "printf", "zeroblob", "randomblob", "group_concat", "count", "max",
             "abs", "unicode", "char", "likely", "snippet", "highlight", "bm25", "matchinfo",
             "archiver_fts_phrases", "fts3_tokenizer", "fts5", "load_extension", "readfile",
             "writefile", "edit", "rtreenode", "rtreecheck", "optimize", "sqlite_log",
             "sqlite_compileoption_get", "date", "strftime", "soundex"]  # fmt: skip
PARAMS = ["page", "_size", "_sort", "_sort_desc", "_next", "_col", "_nocol", "_facet", "_shape",
          "_stream", "_where", "_search", "_labels", "_json", "_trace", "_dl", "_header", "q",
          "_format", "_timelimit", "_nl", "availability", "clip_id__gt", "_through", "sql",
          "_hash", "_nofacet", "_nocount", "_extra"]  # fmt: skip
FORMATS = ["", ".json", ".csv", ".blob", ".html", ".txt", ".xml"]

ODD = ["", "0", "-1", "1e9", "9223372036854775807", "²", "①", "..", "%", "'", '"', "`", "\\",
       "%00", "\x00", "../../catalogue.db", "max", "🙂" * 50]  # fmt: skip
text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(ODD)
number = st.integers(min_value=-(2**63), max_value=2**64).map(str)

literal = st.one_of(
    number,
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    text.map(lambda t: "'" + t.replace("'", "''") + "'"),
    st.binary(max_size=12).map(lambda b: f"x'{b.hex()}'"),
    st.sampled_from(["NULL", "x'4141414141414141'", "'simple'", "100000000", "?", ":q"]),
)


def call(args: st.SearchStrategy) -> st.SearchStrategy:
    return st.builds(
        lambda f, a: f"{f}({', '.join(a)})", st.sampled_from(FUNCTIONS), st.lists(args, max_size=3)
    )


expression = st.recursive(literal | st.sampled_from(COLUMNS[1:]), call, max_leaves=6)

sql = st.one_of(
    st.builds(
        lambda cols, table, where, limit: (
            f"select {', '.join(cols)} from {table}"
            + (f" where {where}" if where else "")
            + (f" limit {limit}" if limit else "")
        ),
        st.lists(expression | st.just("*"), min_size=1, max_size=3),
        st.sampled_from(TABLES),
        st.none() | expression,
        st.none() | number,
    ),
    st.builds(lambda e: f"select {e}", expression),
    st.builds(lambda s: s, text),  # not SQL at all
    st.sampled_from(
        [
            "attach 'x.db' as x",
            "pragma writable_schema=1",
            "delete from clips",
            "select * from clips; drop table clips",
            "with recursive n(i) as (select 1 union all select i+1 from n) select count(*) from n",
            "select fts3_tokenizer('simple', x'4141414141414141')",
        ]
    ),  # fmt: skip
)


def segment(values: st.SearchStrategy) -> st.SearchStrategy:
    return values.map(lambda value: urllib.parse.quote(value, safe=""))


path = st.one_of(
    st.builds(
        lambda s: "/-/clip/" + s,
        segment(text)
        | st.sampled_from(
            ["generic:127.0.0.1:9%2Fshift.html", "tiktok:7363945626723892301", "..%2F..%2Fetc"]
        ),
    ),  # fmt: skip
    st.builds(lambda n: f"/-/article/{n}", number | segment(text)),
    st.just("/-/unresolved-citations"),
    st.just("/-/missing-clips"),
    st.builds(
        lambda s: f"/-/media/{s}",
        segment(text) | st.text("0123456789abcdef", min_size=64, max_size=64),
    ),  # fmt: skip
    st.builds(
        lambda s: f"/-/archiver-static/{s}",
        st.sampled_from(["archiver.css", "archiver.js", "../plugin.py", "archiver.py"])
        | segment(text),
    ),  # fmt: skip
    st.builds(
        lambda t, f: f"/catalogue/{t}{f}",
        st.sampled_from(TABLES[:16] + QUERIES) | segment(text),
        st.sampled_from(FORMATS),
    ),  # fmt: skip
    st.builds(
        lambda t, r, f: f"/catalogue/{t}/{r}{f}",
        st.sampled_from(TABLES[:12]),
        segment(text) | number,
        st.sampled_from(FORMATS),
    ),  # fmt: skip
    st.builds(lambda f: f"/catalogue{f}", st.sampled_from(FORMATS)),
    st.builds(lambda s: "/" + s, segment(text)),
    st.sampled_from(
        [
            "/",
            "/-/versions",
            "/-/metadata.json",
            "/-/databases.json",
            "/-/plugins",
            "/-/media/../../catalogue.db",
            "/../catalogue.db",
            "//",
            "/catalogue.db",
            "/-/static/app.css",
            "/catalogue/clips/..%2F..",
            "/a/b/c/d/e/f",
        ]
    ),  # fmt: skip
)

query = st.lists(st.tuples(st.sampled_from(PARAMS), text | number | sql), max_size=4).map(
    urllib.parse.urlencode
)

headers = st.fixed_dictionaries(
    {},
    optional={
        "Range": st.one_of(
            st.builds(
                lambda a, b: f"bytes={a}-{b}",
                st.integers(-5, 10**7).map(str) | st.just(""),
                st.integers(-5, 10**7).map(str) | st.just(""),
            ),  # fmt: skip
            st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
        ),
        "Host": st.sampled_from(["localhost", "[::1]", "evil.example", "127.0.0.1.nip.io", ""]),
        "Accept": st.sampled_from(["text/html", "application/json", "*/*", "text/csv"]),
    },
)
method = st.sampled_from(["GET"] * 8 + ["HEAD", "OPTIONS", "POST", "PUT", "DELETE"])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("fuzz")
    built = build_catalogue(root / "archive", root / "scratch")
    add_hostile_rows(built.archive)
    with Served(built.archive, "--sql") as running:
        running.started = time.monotonic()
        running.requests = 0
        yield running
        assert running.alive(), running.output()
        print(f"fuzz: {running.requests} requests in {time.monotonic() - running.started:.0f} s")


@settings(
    max_examples=int(os.environ.get("ARCHIVER_FUZZ_EXAMPLES", "3000")),  # or the time budget
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
    phases=[Phase.generate],  # no shrinking: it has no time limit; the failure is printed as found
)
@given(method=method, path=path, query=query, headers=headers)
def test_fuzz_the_server(server, method, path, query, headers):
    if time.monotonic() - server.started > BUDGET_SECONDS:
        return  # spent: the remaining examples pass at once
    if "Host" in headers and headers["Host"] in ("localhost", "[::1]"):
        headers["Host"] += f":{server.port}"
    target = path + (f"?{query}" if query else "")
    answer = server.get(target, headers=headers, method=method)
    server.requests += 1
    assert server.alive(), (method, target, headers, server.output()[-3000:])
    status = answer.status
    assert 200 <= status < 400 or status in ALLOWED, (method, target, headers, status,
                                                       answer.text[:500])  # fmt: skip
    if headers.get("Host") in ("evil.example", "127.0.0.1.nip.io"):
        assert status == 400
