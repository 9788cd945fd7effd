"""How capture reaches a platform that refuses scrapers: browser impersonation, proxies
and browser cookies, tested on the wire (loopback servers and a proxy the test starts)."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import sqlite3
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from archiver.cli import main
from archiver.clips.capture import CaptureOptions, Capturer
from archiver.store.catalogue import open_catalogue
from tests.support.tiktok import FACTS, recorded_tiktok_fixture, through_request_handlers
from tests.support.wire import ForwardProxy, PageServer

tiktok = recorded_tiktok_fixture()
M010_COLUMNS = ("impersonation", "proxy", "page_data_gz")
BEFORE_M010 = "f54312a"  # the last commit on main before m010


@pytest.fixture
def page_server():
    with PageServer() as server:
        yield server


def rows(archive_dir, sql, *params):
    with open_catalogue(archive_dir) as catalogue:
        return list(catalogue.db.query(sql, params))


def test_tiktok_page_fetch_goes_through_the_impersonating_handler(
    tiktok, page_server, monkeypatch, archive_dir
):
    handled = through_request_handlers(monkeypatch, tiktok, page_server)
    url = tiktok.add_video(FACTS.video_id)
    with (
        open_catalogue(archive_dir) as catalogue,
        Capturer(catalogue, CaptureOptions(backoff=0.01)) as capturer,
    ):
        [outcome] = capturer.capture(url)
    assert outcome.status == "ok", outcome.message

    # yt-dlp's director gave the page fetch to curl_cffi, asking for a browser
    [request] = handled
    assert request.handler == "CurlCFFI"
    assert request.url == url
    assert request.impersonate and request.impersonate.startswith("chrome-")
    # and what reached the server is that browser's request, not urllib's
    [seen] = page_server.seen
    assert seen.target == f"/tiktok/{FACTS.video_id}"
    assert "Chrome/" in seen.headers["user-agent"]
    assert "yt-dlp" not in seen.headers["user-agent"].lower()
    assert "sec-ch-ua" in seen.headers and "sec-fetch-mode" in seen.headers
    # the capture says which browser it looked like
    [capture] = rows(archive_dir, "SELECT impersonation, status FROM captures")
    assert capture == {"impersonation": request.impersonate, "status": "ok"}
    assert outcome.impersonation == request.impersonate


def test_impersonate_option_chooses_the_browser(tiktok, page_server, monkeypatch, archive_dir):
    handled = through_request_handlers(monkeypatch, tiktok, page_server)
    url = tiktok.add_video(FACTS.video_id)
    result = CliRunner().invoke(
        main,
        ["--archive", str(archive_dir), "capture", "--pause", "0", "--verbose", "--json",
         "--impersonate", "safari:ios", url],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    [request] = handled
    assert request.handler == "CurlCFFI"
    assert request.impersonate.startswith("safari-") and ":ios" in request.impersonate
    assert "iPhone" in page_server.seen[0].headers["user-agent"]
    assert f"impersonation: {request.impersonate} on every request" in result.output
    outcome = json.loads(result.output.strip().splitlines()[-1])
    assert outcome["impersonation"] == request.impersonate
    [capture] = rows(archive_dir, "SELECT impersonation FROM captures")
    assert capture["impersonation"] == request.impersonate


def test_an_unknown_impersonation_target_is_a_clear_error(archive_dir):
    result = CliRunner().invoke(
        main, ["--archive", str(archive_dir), "capture", "--impersonate", "netscape-4", "x"]
    )
    assert result.exit_code == 1
    assert 'Impersonate target "netscape-4' in result.output


def test_status_shows_the_impersonation(tiktok, page_server, monkeypatch, archive_dir):
    through_request_handlers(monkeypatch, tiktok, page_server)
    url = tiktok.add_video(FACTS.video_id)
    runner = CliRunner()
    captured = runner.invoke(main, ["--archive", str(archive_dir), "capture", "--pause", "0", url])
    assert captured.exit_code == 0, captured.output
    shown = runner.invoke(main, ["--archive", str(archive_dir), "status", "--json"])
    counts = json.loads(shown.output)
    [handled] = tiktok.handled
    assert counts["latest_impersonation"] == handled.impersonate
    assert counts["impersonation_available"] == handled.impersonate  # yt-dlp's first choice


def test_an_archive_from_before_m010_opens_and_upgrades(archive_dir, tmp_path):
    # the catalogue as the previous code made it: the migrations of the release this
    # branch started from (f54312a, on main), read from git
    found = subprocess.run(
        ["git", "show", f"{BEFORE_M010}:archiver/store/migrations.py"],
        cwd=Path(__file__).parent, capture_output=True, text=True,
    )  # fmt: skip
    if found.returncode != 0:
        pytest.skip(f"no git history with {BEFORE_M010} here: {found.stderr.strip()}")
    source = found.stdout
    assert "m010_capture_context" not in source
    previous = tmp_path / "previous_migrations.py"
    previous.write_text(source)
    spec = importlib.util.spec_from_file_location("previous_migrations", previous)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    archive_dir.mkdir(parents=True)
    old = Database(archive_dir / "catalogue.db")
    module.apply(old)
    old["captures"].insert(
        {"requested_url": "https://example.org/v", "captured_at": "2026-01-01T00:00:00Z",
         "status": "ok", "ytdlp_version": "2025.1.1"}
    )  # fmt: skip
    old["clips"].insert(
        {"clip_id": "generic:v", "extractor": "generic", "platform_id": "v",
         "original_url": "https://example.org/v", "first_captured_at": "2026-01-01T00:00:00Z",
         "availability": "available"}
    )  # fmt: skip
    old.close()
    with open_catalogue(archive_dir) as catalogue:
        assert set(M010_COLUMNS) <= set(catalogue.db["captures"].columns_dict)
        assert catalogue.db["clip_images"].exists()
    [capture] = rows(archive_dir, "SELECT requested_url, impersonation, proxy FROM captures")
    assert capture == {
        "requested_url": "https://example.org/v",
        "impersonation": None,
        "proxy": None,
    }
    [clip] = rows(archive_dir, "SELECT clip_id, kind FROM clips")
    assert clip == {"clip_id": "generic:v", "kind": "video"}  # what every older clip is


PROXY_USER, PROXY_PASSWORD = "fact-checker", "pr0xy-pa55w0rd-0451"


@pytest.fixture
def proxy(monkeypatch):
    for name in ("no_proxy", "NO_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with ForwardProxy(PROXY_USER, PROXY_PASSWORD) as started:
        yield started


def assert_nowhere(archive_dir, output, *secrets):
    """No secret in any file of the archive (the catalogue, its WAL, media, scratch),
    in any stored info JSON or page data (gzip inside the catalogue), in run logs, or
    in what the command printed."""
    assert archive_dir.is_dir()
    for path in archive_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for secret in secrets:
                assert secret.encode() not in content, path
    with open_catalogue(archive_dir) as catalogue:
        stored = [
            gzip.decompress(blob).decode()
            for blobs in catalogue.db.execute("SELECT info_json_gz, page_data_gz FROM captures")
            for blob in blobs
            if blob is not None
        ]
        stored += [json.dumps(row) for row in catalogue.db.query("SELECT * FROM run_items")]
        stored += [json.dumps(row) for row in catalogue.db.query("SELECT * FROM runs")]
        stored += [
            json.dumps(row, default=str) for row in catalogue.db.query("SELECT * FROM captures")
        ]
    for text in [*stored, output]:
        for secret in secrets:
            assert secret not in text


def test_proxy_carries_every_request_and_its_password_is_never_kept(site, proxy, archive_dir):
    url = site.jsonld_page("proxied.html", "proxied.mp4", site.media.clip)
    result = CliRunner().invoke(
        main,
        ["--archive", str(archive_dir), "capture", "--pause", "0", "--verbose",
         "--proxy", proxy.url(), url],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    through = [seen.target for seen in proxy.seen]
    assert url in through  # the page
    assert site.url("proxied.mp4") in through  # and the media
    assert all(seen.headers.get("proxy-authorization") for seen in proxy.seen)
    assert set(site.requests) <= {urlparse(t).path for t in through}  # nothing went around it
    [capture] = rows(archive_dir, "SELECT status, proxy FROM captures")
    assert capture == {"status": "ok", "proxy": f"http://***@{proxy.url(False)[7:]}"}
    assert_nowhere(archive_dir, result.output, PROXY_PASSWORD, PROXY_USER)


def test_a_refused_proxy_password_is_not_in_the_error(site, proxy, archive_dir):
    url = site.jsonld_page("refused.html", "refused.mp4", site.media.clip)
    wrong = proxy.url().replace(PROXY_PASSWORD, "wr0ng-pa55w0rd-9917")
    result = CliRunner().invoke(
        main,
        ["--archive", str(archive_dir), "capture", "--pause", "0", "--proxy", wrong, url],
    )  # fmt: skip
    assert result.exit_code == 1
    assert proxy.refused == [url]  # asked once: a 407 is not retried
    [capture] = rows(archive_dir, "SELECT status, error_message FROM captures")
    assert capture["status"] == "network" and "407" in capture["error_message"]
    assert_nowhere(archive_dir, result.output, "wr0ng-pa55w0rd-9917", PROXY_USER)


def test_platform_proxy_only_after_a_block(tiktok, proxy, monkeypatch, archive_dir):
    # TikTok has blocked our address but not the proxy's: its page answers 403 to us
    with PageServer(only_via_proxy=True) as blocking:
        handled = through_request_handlers(monkeypatch, tiktok, blocking)
        url = tiktok.add_video(FACTS.video_id)
        archive_dir.mkdir(parents=True, exist_ok=True)
        # the password stays out of config.yaml (which backups copy): ${NAME} is read
        # from the environment when the capture runs
        monkeypatch.setenv("TIKTOK_PROXY_PASSWORD", PROXY_PASSWORD)
        in_config = proxy.url().replace(PROXY_PASSWORD, "${TIKTOK_PROXY_PASSWORD}")
        (archive_dir / "config.yaml").write_text(
            "capture:\n  proxies:\n    tiktok:\n"
            f"      url: {in_config}\n      only_after_block: true\n"
        )
        result = CliRunner().invoke(
            main, ["--archive", str(archive_dir), "capture", "--pause", "0", url]
        )
    assert result.exit_code == 0, result.output
    # first directly (refused), then once through the proxy, both as a browser
    assert [seen.headers.get("via") for seen in blocking.seen] == [None, "1.1 archiver-test-proxy"]
    assert [request.handler for request in handled] == ["CurlCFFI", "CurlCFFI"]
    assert [seen.target for seen in proxy.seen][0] == blocking.base_url + blocking.seen[0].target
    [capture] = rows(archive_dir, "SELECT status, proxy, impersonation FROM captures")
    assert capture["status"] == "ok"
    assert capture["proxy"] == f"http://***@{proxy.url(False)[7:]}"
    assert capture["impersonation"] == handled[-1].impersonate
    assert_nowhere(archive_dir, result.output, PROXY_PASSWORD)


def test_platform_proxy_from_the_first_request(site, proxy, archive_dir):
    url = site.jsonld_page("always.html", "always.mp4", site.media.clip)
    archive_dir.mkdir(parents=True, exist_ok=True)
    (archive_dir / "config.yaml").write_text(f"capture:\n  proxies:\n    default: {proxy.url()}\n")
    result = CliRunner().invoke(
        main, ["--archive", str(archive_dir), "capture", "--pause", "0", url]
    )
    assert result.exit_code == 0, result.output
    assert proxy.seen[0].target == url


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("capture:\n  proxies:\n    myspace: http://h:1\n", "unknown platform"),
        ("capture:\n  proxies:\n    tiktok: ftp://u:hunter2@h:1\n", "not a proxy URL"),
        ("capture:\n  proxies:\n    tiktok: {url: 'http://h:1', always: 1}\n", "only_after_block"),
    ],
)
def test_bad_proxy_config_is_named(archive_dir, config, message):
    archive_dir.mkdir(parents=True, exist_ok=True)
    (archive_dir / "config.yaml").write_text(config)
    result = CliRunner().invoke(
        main, ["--archive", str(archive_dir), "capture", "https://example.org/v.mp4"]
    )
    assert result.exit_code == 1
    assert message in result.output and "hunter2" not in result.output


def test_a_proxy_variable_missing_from_the_environment_is_named(archive_dir, monkeypatch):
    monkeypatch.delenv("NO_SUCH_PROXY", raising=False)
    archive_dir.mkdir(parents=True, exist_ok=True)
    (archive_dir / "config.yaml").write_text("capture:\n  proxies:\n    x: '${NO_SUCH_PROXY}'\n")
    result = CliRunner().invoke(
        main, ["--archive", str(archive_dir), "capture", "https://example.org/v.mp4"]
    )
    assert result.exit_code == 1
    assert "the environment has no NO_SUCH_PROXY" in result.output


SESSION = "br0wser-sess10n-7f3a9c"


def firefox_profile(folder, host, **cookies):
    """A Firefox profile folder as Firefox 142+ leaves it: cookies.sqlite, schema 17,
    expiry in milliseconds."""
    folder.mkdir(parents=True)
    with sqlite3.connect(folder / "cookies.sqlite") as db:
        db.execute(
            "CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL "
            "DEFAULT '', name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, "
            "lastAccessed INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, "
            "inBrowserElement INTEGER DEFAULT 0, sameSite INTEGER DEFAULT 0, "
            "schemeMap INTEGER DEFAULT 0, isPartitionedAttributeSet INTEGER DEFAULT 0)"
        )
        for name, value in cookies.items():
            db.execute(
                "INSERT INTO moz_cookies (name, value, host, path, expiry, isSecure, isHttpOnly) "
                "VALUES (?, ?, ?, '/', 4102444800000, 0, 1)",
                [name, value, host],
            )
        db.execute("PRAGMA user_version = 17")
    db.close()
    return folder


def chromium_profile(folder, host, **cookies):
    """A Chromium profile folder as Chromium on Linux leaves it with the basic password
    store: Default/Cookies (meta version 24), each value AES-CBC encrypted under the
    fixed 'peanuts' key ("v10"), after the sha256 of its host, as Chromium writes it."""
    from yt_dlp.aes import aes_cbc_encrypt_bytes

    key = hashlib.pbkdf2_hmac("sha1", b"peanuts", b"saltysalt", 1, 16)
    (folder / "Default").mkdir(parents=True)
    with sqlite3.connect(folder / "Default" / "Cookies") as db:
        db.execute("CREATE TABLE meta (key TEXT NOT NULL UNIQUE PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('version', '24')")
        db.execute(
            "CREATE TABLE cookies (creation_utc INTEGER, host_key TEXT, top_frame_site_key TEXT "
            "DEFAULT '', name TEXT, value TEXT, encrypted_value BLOB, path TEXT, "
            "expires_utc INTEGER, is_secure INTEGER, is_httponly INTEGER, "
            "last_access_utc INTEGER, has_expires INTEGER, is_persistent INTEGER, "
            "priority INTEGER, samesite INTEGER, source_scheme INTEGER, source_port INTEGER)"
        )
        for name, value in cookies.items():
            plain = hashlib.sha256(host.encode()).digest() + value.encode()
            secret = b"v10" + aes_cbc_encrypt_bytes(plain, key, b" " * 16)
            db.execute(
                "INSERT INTO cookies (host_key, name, value, encrypted_value, path, "
                "expires_utc, is_secure, is_httponly) VALUES (?, ?, '', ?, '/', 0, 0, 1)",
                [host, name, secret],
            )
    db.close()
    return folder / "Default", folder / "Default" / "Cookies"


@pytest.mark.parametrize("browser", ["firefox", "chromium"])
def test_cookies_from_a_browser_profile_are_sent_and_never_kept(
    site, page_server, archive_dir, tmp_path, browser
):
    # a page that a login gates: served by the page server, which records the Cookie header
    site.jsonld_page("gated.html", "gated.mp4", site.media.clip)
    url = page_server.add("/gated.html", (site.root / "gated.html").read_text())
    if browser == "firefox":
        profile = firefox_profile(tmp_path / "firefox" / "abcd.default-release", "127.0.0.1",
                                  sessionid=SESSION)  # fmt: skip
        store = profile / "cookies.sqlite"
    else:
        profile, store = chromium_profile(tmp_path / "chromium", "127.0.0.1", sessionid=SESSION)
    before = store.read_bytes()
    result = CliRunner().invoke(
        main,
        ["--archive", str(archive_dir), "capture", "--pause", "0", "--verbose",
         "--cookies-from-browser", f"{browser}:{profile}", url],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    [seen] = page_server.seen
    assert f"sessionid={SESSION}" in seen.headers.get("cookie", "")
    assert store.read_bytes() == before  # the browser's file untouched
    assert_nowhere(archive_dir, result.output, SESSION)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("netscape", "not a browser"),
        ("chrome+wallet", "unknown keyring"),
        ("firefox:/no/such/profile", "could not find firefox cookies database"),
    ],
)
def test_a_browser_that_is_not_there_is_a_clear_error(archive_dir, spec, message):
    result = CliRunner().invoke(
        main,
        ["--archive", str(archive_dir), "capture", "--cookies-from-browser", spec,
         "https://example.org/v.mp4"],
    )  # fmt: skip
    assert result.exit_code == 1
    assert message in result.output
