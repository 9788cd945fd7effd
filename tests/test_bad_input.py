"""The bad-input matrix: every kind of bad input, one test each, through the real CLI.

Each row runs against a copy of an archive that already holds real content (see
tests/support/bad_input.py) and checks the same three things: the exit code and a
clear message (no traceback), the status recorded for the bad item (or that nothing
was written, when the input is refused before anything can be), and that nothing
archived before changed, with `archiver verify` still passing.
"""

from __future__ import annotations

import errno
import json
import socket
import sqlite3
import threading
from pathlib import Path

import pytest

from archiver.clips.capture import CaptureOptions, Capturer
from archiver.store import media as media_module
from archiver.store.catalogue import open_catalogue
from tests.support.bad_input import (
    Case,
    assert_clear,
    build_baseline,
    file_hashes,
    public_folder,
    set_tree_mode,
    table_rows,
    unprivileged,
)
from tests.support.site import Site

DATA = Path(__file__).parent / "data" / "articles"


@pytest.fixture(scope="module")
def bad_site(tmp_path_factory, media):
    """One loopback site for the module: the baseline clip keeps its URL (and so its
    clip id) for the tests that capture it again."""
    with Site(tmp_path_factory.mktemp("bad-input-site"), media) as site:
        yield site


@pytest.fixture(scope="module")
def baseline(tmp_path_factory, bad_site):
    return build_baseline(tmp_path_factory.mktemp("baseline"), bad_site)


@pytest.fixture
def case(baseline, bad_site, tmp_path, monkeypatch) -> Case:
    made = Case(baseline, bad_site, tmp_path)
    monkeypatch.chdir(made.cwd)  # anything written relative to the cwd is seen
    return made


def the_new_capture(case: Case) -> dict:
    [capture] = case.new_rows("captures")
    return capture


@pytest.fixture
def silent_server():
    """Accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = []

    def accept() -> None:
        try:
            accepted.append(listener.accept()[0])
        except OSError:  # closed before anyone called
            pass

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow.html"
    listener.close()
    for connection in accepted:
        connection.close()


# -- URLs and what the site answers ----------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["not a url", "htp://x", "http://", "http://exa mple.com/v.mp4", "ftp://example.org/v", ""],
)
def test_malformed_url(case, url):
    result = case.run("capture", "--retries", "0", url)
    assert_clear(result, 1, "invalid_url", f"not an http(s) URL: {url!r}", "invalid_url: 1")
    capture = the_new_capture(case)
    assert (capture["requested_url"], capture["status"]) == (url, "invalid_url")
    assert capture["error_class"] == "InvalidURL" and capture["clip_id"] is None
    case.assert_intact()


def _page_without_video(case: Case) -> str:
    return case.site.add_page(f"{case.name('words')}.html", "<p>Just words, no clip.</p>")


def _failing_page(status: int):
    def make(case: Case) -> str:
        url = case.clip_page(f"http{status}", case.site.media.clip)
        case.site.fail(url.rsplit("/", 1)[1], status, times=5, headers={"Retry-After": "0"})
        return url

    return make


def _redirect_loop(case: Case) -> str:
    url = case.site.url(f"{case.name('loop')}.html")
    case.site.fail(url.rsplit("/", 1)[1], 302, times=50, headers={"Location": url})
    return url


@pytest.mark.parametrize(
    ("make_url", "status", "error_class", "phrases"),
    [
        pytest.param(
            _page_without_video,
            "unsupported",
            "UnsupportedSite",
            ["Unsupported URL"],
            id="unsupported-site-page",
        ),
        pytest.param(
            # a TikTok page no extractor reads (photo posts have ours, yt_dlp_plugins/)
            lambda case: "https://www.tiktok.com/discover/chongqing-metro",
            "unsupported",
            "UnsupportedSite",
            ["no extractor for this kind of tiktok.com URL"],
            id="unsupported-platform-url",
        ),
        pytest.param(_failing_page(404), "not_found", "NotFound", ["HTTP Error 404"], id="404"),
        pytest.param(_failing_page(410), "removed", "Removed", ["HTTP Error 410"], id="410"),
        pytest.param(
            _failing_page(429), "rate_limited", "RateLimited", ["HTTP Error 429"], id="429"
        ),
        pytest.param(_failing_page(500), "network", "NetworkError", ["HTTP Error 500"], id="500"),
        pytest.param(
            lambda case: "http://clip.invalid/v.mp4",
            "network",
            "NetworkError",
            [("Name or service not known", "name resolution", "nodename nor servname")],
            id="dns-failure",
        ),
        pytest.param(
            _redirect_loop, "network", "TooManyRedirects", ["redirect loop"], id="redirect-loop"
        ),
    ],
)
def test_url_that_fails(case, make_url, status, error_class, phrases):
    url = make_url(case)
    result = case.run("capture", "--retries", "0", url)
    assert_clear(result, 1, status, url, *phrases, f"{status}: 1")
    capture = the_new_capture(case)
    assert capture["requested_url"] == url
    assert (capture["status"], capture["error_class"]) == (status, error_class)
    assert capture["clip_id"] is None  # no clip was read, so none is blamed
    assert case.new_rows("clips") == [] and case.new_rows("observations") == []
    case.assert_intact()


def test_timeout_through_the_cli(case, silent_server):
    result = case.run("capture", "--retries", "0", "--socket-timeout", "0.5", silent_server)
    assert_clear(result, 1, "network", "timed out")
    capture = the_new_capture(case)
    assert (capture["status"], capture["error_class"]) == ("network", "NetworkError")
    case.assert_intact()


def test_timeout(case, silent_server):
    """The same row in-process until the CLI can shorten the 30 s timeout: a host that
    accepts and never answers is a recorded `network` failure."""
    with (
        open_catalogue(case.archive) as catalogue,
        Capturer(catalogue, CaptureOptions(socket_timeout=0.5, retries=0)) as capturer,
    ):
        [outcome] = capturer.capture(silent_server)
    assert (outcome.status, outcome.error_class) == ("network", "NetworkError")
    assert "timed out" in outcome.message.lower()
    capture = the_new_capture(case)
    assert (capture["status"], capture["error_message"]) == ("network", outcome.message)
    case.assert_intact()


# -- media that is not what it says ----------------------------------------------------


def _truncated(case: Case, folder: Path) -> Path:
    whole = case.site.media.clip.read_bytes()
    path = folder / "truncated.mp4"
    path.write_bytes(whole[: len(whole) // 2])
    return path


@pytest.mark.parametrize(
    ("media_of", "status", "error_class", "phrase", "kept"),
    [
        # the download itself fails: nothing of it is kept
        pytest.param(
            lambda m: m.empty, "corrupt_media", "CorruptMedia", "data blocks", [], id="zero-byte"
        ),
        # downloaded, then unreadable: the thumbnail is kept
        pytest.param(
            None,
            "corrupt_media",
            "CorruptMedia",
            "not readable media",
            ["thumbnail"],
            id="truncated",
        ),
        pytest.param(
            lambda m: m.corrupt,
            "corrupt_media",
            "CorruptMedia",
            "not readable media",
            ["thumbnail"],
            id="corrupt",
        ),
        pytest.param(
            lambda m: m.silent_video,
            "no_audio",
            "NoAudio",
            "has no audio stream",
            ["contact_sheet", "thumbnail", "video"],  # the picture is kept
            id="video-without-audio",
        ),
    ],
)
def test_bad_media(case, media_of, status, error_class, phrase, kept):
    source = media_of(case.site.media) if media_of else _truncated(case, case.inputs)
    url = case.clip_page("media", source)
    result = case.run("capture", "--retries", "0", url)
    assert_clear(result, 1, status, phrase, f"{status}: 1")
    capture = the_new_capture(case)
    assert (capture["status"], capture["error_class"]) == (status, error_class)
    # what was learnt about the clip is kept: its row, an observation, a thumbnail
    [clip] = case.new_rows("clips")
    assert capture["clip_id"] == clip["clip_id"] and clip["title"] == "Night shift in Chongqing"
    assert len(case.new_rows("observations")) == 1
    assert sorted(row["kind"] for row in case.new_rows("clip_media")) == kept
    # the thumbnail has the baseline's bytes, so it is the baseline's file, not a copy
    new_files = {row["kind"] for row in case.new_rows("media_files")}
    assert new_files <= {"video", "keyframe", "contact_sheet"}
    case.assert_intact()


# -- hostile metadata: captured, kept verbatim, never a path ---------------------------

TRAVERSAL = "../../../../../../tmp/archiver-traversal-probe"
HOSTILE = [
    pytest.param({"description": "x" * (1 << 20)}, id="1MB-description"),
    pytest.param({"name": "../../etc/passwd", "description": "/etc/passwd"}, id="traversal"),
    pytest.param({"name": f"{TRAVERSAL}.mp4", "description": f"{TRAVERSAL}/"}, id="traversal-deep"),
    pytest.param(
        {"name": "bell\x07 nul\x00 esc\x1b[31m red\x7f", "description": "tab\tcr\rlf\nvt\x0bend"},
        id="control-characters",
    ),
    pytest.param(
        {"name": "\u202eevil\u202c שלום مرحبا 🎥🔥👨‍👩‍👧", "description": "\u200f\u061c RTL"},
        id="rtl-and-emoji",
    ),
    pytest.param(
        {"name": "<script>alert(1)</script>", "description": '"><img src=x onerror=alert(1)>'},
        id="script-injection",
    ),
]


@pytest.mark.parametrize("fields", HOSTILE)
def test_hostile_metadata(case, fields):
    url = case.clip_page("hostile", case.site.media.clip, **fields)
    result = case.run("capture", "--retries", "0", url)
    assert_clear(result, 0, "ok: 1")
    capture = the_new_capture(case)
    assert capture["status"] == "ok"
    [clip] = case.new_rows("clips")
    # kept verbatim (the only cleaning: whitespace trimmed at either end)
    assert clip["title"] == fields.get("name", "Night shift in Chongqing").strip()
    if "description" in fields:
        assert clip["description"] == fields["description"].strip()
    # the media is stored by hash under media/ only, never under a name from the title:
    # these are the baseline clip's very bytes, so they are the baseline's files
    kept = ["audio", "contact_sheet", "thumbnail", "video"]
    assert sorted(row["kind"] for row in case.new_rows("clip_media")) == kept
    assert case.new_rows("media_files") == []
    assert not any("passwd" in path or "traversal" in path for path in file_hashes(case.folder))
    assert not Path("/tmp/archiver-traversal-probe.mp4").exists()
    assert not Path("/tmp/archiver-traversal-probe").exists()
    case.assert_intact()


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        pytest.param("esc\x1b]0;owned\x07 \x1b[2J\x1b[31mred", "red", id="escape-sequences"),
        pytest.param("[/] [bold]not bold[/bold]", "[/] [bold]not bold[/bold]", id="rich-markup"),
    ],
)
def test_hostile_title_is_shown_as_plain_text(case, title, shown):
    url = case.clip_page("shown", case.site.media.clip, name=title)
    result = case.run("capture", "--retries", "0", url)
    assert_clear(result, 0, "ok: 1", shown)
    assert "\x1b" not in result.output and "\x07" not in result.output
    [clip] = case.new_rows("clips")
    assert clip["title"] == title  # stored as the site gave it
    case.assert_intact()


# -- articles and manifests: recorded per item by `archiver archive` -------------------

ARTICLES = [
    pytest.param("empty.txt", b"", "empty_article", "empty article", id="empty"),
    pytest.param("blank.html", b"  \n\t\n  ", "empty_article", "empty article", id="blank"),
    pytest.param(
        "photo.txt",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "binary_file",
        "binary file (PNG image)",
        id="binary",
    ),
    pytest.param(
        "nul.txt", b"text\x00with\x00nul bytes\x00" * 20, "binary_file", "binary file", id="nul"
    ),
    pytest.param(
        "latin.txt",
        "Un clip partagé sur TikTok montre la fumée.".encode("cp1252"),
        "not_utf8",
        "not UTF-8 text",
        id="non-utf8",
    ),
    pytest.param(
        "no_text.html",
        (DATA / "no_text.html").read_bytes(),
        "no_text",
        "no article text",
        id="html-without-text",
    ),
]


@pytest.mark.parametrize(("name", "data", "status", "phrase"), ARTICLES)
def test_bad_article(case, name, data, status, phrase):
    article = case.input_file(name, data)
    result = case.run("archive", "--no-transcribe", str(article))
    assert_clear(result, 1, f"ingest failed {article}: {status}", phrase)
    [item] = case.new_rows("run_items")
    assert (item["stage"], item["item"], item["status"]) == ("ingest", str(article), status)
    assert phrase.lower() in item["error_message"].lower()
    [run] = case.new_rows("runs")
    assert (run["command"], run["status"]) == ("archive", "failed")
    assert case.new_rows("articles") == [] and case.new_rows("claims") == []
    case.assert_intact()


@pytest.mark.parametrize(("name", "data", "status", "phrase"), ARTICLES[:1] + ARTICLES[2:3])
def test_bad_article_through_ingest(case, name, data, status, phrase):
    article = case.input_file(name, data)
    result = case.run("ingest", str(article))
    assert_clear(result, 1, status, phrase)
    assert case.new_rows("articles") == []
    case.assert_intact()


def test_ingest_command_records_its_refusals(case):
    article = case.input_file("empty.txt", b"")
    result = case.run("ingest", str(article))
    assert_clear(result, 1, "empty_article")
    [item] = case.new_rows("run_items")
    assert (item["stage"], item["status"]) == ("ingest", "empty_article")
    case.assert_intact()


MANIFESTS = [
    pytest.param("syntax.yaml", "articles: [unclosed\n", "not valid YAML", id="yaml-syntax"),
    pytest.param(
        "schema.yaml",
        "clips:\n  - htp://x\nlinks:\n  - clip: https://example.org/v.mp4\n",
        "clips[0]: 'htp://x' is not a valid URL",
        id="schema",
    ),
    pytest.param("list.yaml", "- just\n- a list\n", "expected a mapping", id="not-a-mapping"),
    pytest.param("empty.yaml", "", "empty manifest", id="empty"),
    pytest.param("twice.yaml", "clips: []\nclips: []\n", "duplicate key 'clips'", id="dup-key"),
    pytest.param("binary.yaml", b"\xff\xfe\x00garbage", "not UTF-8", id="not-utf8"),
    pytest.param(
        "lost.yaml", "articles:\n  - path: nowhere.txt\n", "nowhere.txt", id="missing-article"
    ),
]


@pytest.mark.parametrize("name", ["absent.yaml", "absent-article.txt"])
def test_a_source_that_does_not_exist_is_refused_before_any_stage(case, name):
    result = case.run("archive", "--no-transcribe", str(case.inputs / name))
    assert_clear(result, 1, "no such file", name, "nothing was done")
    assert case.new_rows("runs") == [] and case.new_rows("run_items") == []


@pytest.mark.parametrize(("name", "text", "phrase"), MANIFESTS)
def test_invalid_manifest(case, name, text, phrase):
    manifest = case.inputs / name if text is None else case.input_file(name, text)
    result = case.run("archive", "--no-transcribe", str(manifest))
    assert_clear(result, 1, f"manifest failed {manifest}: bad_manifest", phrase)
    [item] = case.new_rows("run_items")
    assert (item["stage"], item["item"]) == ("manifest", str(manifest))
    assert (item["status"], item["error_class"]) == ("bad_manifest", "ManifestError")
    assert phrase.lower() in item["error_message"].lower()
    assert case.new_rows("captures") == [] and case.new_rows("articles") == []
    case.assert_intact()


def test_archive_run_leaves_earlier_checks_alone(case):
    article = case.input_file("empty.txt", b"")
    result = case.run("archive", "--no-transcribe", str(article))
    assert_clear(result, 1, "empty_article")
    case.assert_intact()


# -- duplicates ------------------------------------------------------------------------


def test_duplicate_urls_in_one_batch(case):
    url = case.clip_page("twice", case.site.media.other_clip)
    listed = case.input_file("urls.txt", f"{url}\n# again\n{url}\n")
    result = case.run("capture", "--retries", "0", url, url, "-i", str(listed))
    assert_clear(result, 0, "skipped 3 repeated URL(s)", "ok: 1")
    [capture] = case.new_rows("captures")
    assert (capture["requested_url"], capture["status"]) == (url, "ok")
    assert len(case.new_rows("clips")) == 1
    kept = ["audio", "contact_sheet", "thumbnail", "video"]
    assert sorted(row["kind"] for row in case.new_rows("clip_media")) == kept
    # its thumbnail has the very bytes of the baseline's: stored once, for both clips
    # (so do its one keyframe and sheet: both clips open on testsrc's same first frame)
    new_kinds = {row["kind"] for row in case.new_rows("media_files")}
    assert new_kinds == {"audio", "video"}
    case.assert_intact()


# A re-capture updates the clip's and account's schedule and last-seen fields, by design.
RECAPTURE_UPDATES = {"clips": {"last_seen_at", "next_crawl_at"}, "accounts": {"last_seen_at"}}


def test_duplicate_url_across_runs(case, baseline):
    again = case.run("capture", "--retries", "0", baseline.clip_url)
    assert_clear(again, 0, "ok: 1", baseline.clip_id)
    [capture] = case.new_rows("captures")
    assert (capture["clip_id"], capture["status"]) == (baseline.clip_id, "ok")
    [observation] = case.new_rows("observations")
    assert observation["capture_id"] == capture["capture_id"]
    for table in ("clips", "accounts", "media_files", "clip_media"):
        assert case.new_rows(table) == [], table  # no second clip, no second copy
    seen = case.now()

    skipped = case.run("capture", "--new-only", "--json", baseline.clip_url)
    assert_clear(skipped, 0, "already captured")
    after = case.now()
    for table in ("captures", "observations", "clips", "media_files", "clip_media"):
        assert seen.new_rows(after, table) == [], table
    assert [run["command"] for run in seen.new_rows(after, "runs")] == ["capture"]
    case.assert_intact(may_change=RECAPTURE_UPDATES)


# -- the archive's own disk and folder -------------------------------------------------


def test_full_disk_during_a_media_write(case, monkeypatch):
    first = case.clip_page("full", case.site.media.other_clip)
    second = case.clip_page("never", case.site.media.clip)

    def no_space(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    with monkeypatch.context() as patch:
        patch.setattr(media_module, "fsync_file", no_space)
        result = case.run("capture", "--retries", "0", first, second)
    assert_clear(result, 1, "no space left on the archive's disk", "free some space")
    [capture] = case.new_rows("captures")  # the job stopped: the second URL was not tried
    assert capture["requested_url"] == first
    assert (capture["status"], capture["error_class"]) == ("disk_full", "DiskFull")
    assert "no space left" in capture["error_message"].lower()
    assert not any(path.endswith(second.rsplit("/", 1)[1]) for path in case.site.requests)
    [run] = case.new_rows("runs")
    assert (run["command"], run["status"]) == ("capture", "failed")
    # no partial file: nothing new under media/, nothing left under tmp/
    assert case.new_rows("media_files") == []
    assert set(file_hashes(case.archive / "media")) == {
        path.removeprefix("media/") for path in case.before.files if path.startswith("media/")
    }
    assert file_hashes(case.archive / "tmp") == {}
    case.assert_intact()


def _read_only_case(baseline, bad_site, folder: Path) -> Case:
    made = Case(baseline, bad_site, folder)
    set_tree_mode(made.archive, 0o555, 0o444)
    return made


def test_read_only_archive_refuses_a_capture(baseline, bad_site, monkeypatch):
    with public_folder() as folder:
        case = _read_only_case(baseline, bad_site, folder)
        monkeypatch.chdir(case.cwd)
        url = case.clip_page("readonly", case.site.media.clip)
        files = file_hashes(case.archive)
        with unprivileged():
            result = case.run("capture", "--retries", "0", url)
            checked = case.run("verify")
        assert_clear(result, 1, f"the archive at {case.archive} is read-only")
        assert_clear(checked, 0, "catalogue intact")
        assert file_hashes(case.archive) == files  # not a byte written, no -wal or -shm
        set_tree_mode(case.archive, 0o755, 0o644)
        assert case.new_rows("captures") == [] and case.new_rows("runs") == []
        case.assert_intact()


def test_read_only_archive_still_reports_its_status(baseline, bad_site, monkeypatch):
    with public_folder() as folder:
        case = _read_only_case(baseline, bad_site, folder)
        monkeypatch.chdir(case.cwd)
        files = file_hashes(case.archive)
        with unprivileged():
            result = case.run("status", "--json")
        assert_clear(result, 0)
        assert json.loads(result.stdout)["clips"] == 1
        assert file_hashes(case.archive) == files
        set_tree_mode(case.archive, 0o755, 0o644)
        case.assert_intact()


EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def without_sqlite_scratch(files: dict[str, str]) -> dict[str, str]:
    """A read-only SQLite connection to a WAL catalogue (verify, search, export) leaves
    SQLite's shared-memory index and an *empty* write-ahead log beside it: no data."""
    kept = dict(files)
    kept.pop("catalogue.db-shm", None)
    if kept.get("catalogue.db-wal") == EMPTY_SHA256:
        del kept["catalogue.db-wal"]
    return kept


def _future_schema(archive: Path) -> None:
    conn = sqlite3.connect(archive / "catalogue.db")
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('archiver', 'm999_future', '2031-01-01 00:00:00+00:00')"
        )
    conn.close()


@pytest.mark.parametrize(
    "command",
    [
        ["capture", "--retries", "0", "{clip}"],
        ["ingest", "{article}"],
        ["archive", "--no-transcribe", "{article}"],
        ["status", "--json"],
        ["verify"],
        ["search", "night"],
        ["export", "claims", "--format", "jsonl"],
        ["recrawl", "--all"],
        ["transcribe", "--missing", "--model", "tiny.en"],
    ],
    ids=lambda command: command[0],
)
def test_catalogue_from_a_newer_version_is_refused(case, baseline, command):
    _future_schema(case.archive)
    files = file_hashes(case.archive)
    args = [part.format(clip=baseline.clip_url, article=baseline.article) for part in command]
    result = case.run(*args)
    assert_clear(result, 1, "written by a newer version of archiver", "m999_future")
    assert without_sqlite_scratch(file_hashes(case.archive)) == files  # not a byte changed
    # the future migration is the only new row, and the archive cannot be verified by
    # this version (verify refuses it too, which is the point)
    migrations = case.new_rows("_sqlite_migrations")
    assert [row["name"] for row in migrations] == ["m999_future"]
    case.assert_intact(verify=False)


def test_the_harness_sees_a_changed_row_and_a_changed_file(case):
    """The checks above can fail: a changed title and a changed media file are caught."""
    rows = table_rows(case.archive / "catalogue.db")
    [audio] = [row for row in rows["media_files"].values() if row["kind"] == "audio"]
    conn = sqlite3.connect(case.archive / "catalogue.db")
    with conn:
        conn.execute("UPDATE clips SET title = 'edited'")
    conn.close()
    (case.archive / audio["path"]).write_bytes(b"not the audio")
    changes = case.before.changes(case.now())
    assert any(change.startswith("clips ") and "title" in change for change in changes)
    assert f"{audio['path']}: bytes changed" in changes
    with pytest.raises(AssertionError):
        case.assert_intact()
