"""The harness of the bad-input matrix (tests/test_bad_input.py).

Every row runs one bad input against a copy of an archive that already holds real
content (a clip with its audio and thumbnail, an article with claims and confirmed
links, a transcript), and checks the same three things:

1. the command's exit code and a clear message in its output, with no traceback;
2. the status the catalogue recorded for the bad item (or, for an input refused
   before anything can be recorded, that nothing was written);
3. nothing archived before changed: every row that existed before (every table,
   compared by primary key) and every stored file's bytes are the same after,
   nothing was written outside the archive, and `archiver verify` still passes.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pkgutil
import re
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

import archiver
from archiver.cli import main
from archiver.store.media import sha256_of
from tests.support.site import Site

# A wide terminal, so the summary tables do not fold messages across lines.
TERMINAL = {"COLUMNS": "1000"}
# The catalogue and the files SQLite keeps beside it.
CATALOGUE_FILES = {"catalogue.db", "catalogue.db-wal", "catalogue.db-shm"}
STORED_NAME = re.compile(r"^media/[0-9a-f]{2}/[0-9a-f]{2}/([0-9a-f]{64})(\.\w+)?$")
NOBODY = 65534


def cli(archive: Path, *args: str, input: str | None = None) -> Result:
    """`archiver --archive ARCHIVE ARGS...` in this process, as a user runs it."""
    return CliRunner(env=TERMINAL).invoke(main, ["--archive", str(archive), *args], input=input)


def flat(text: str) -> str:
    """Output with its whitespace and table borders squeezed, for phrase checks."""
    return " ".join(re.sub(r"[│┃║]", " ", text).split()).lower()


def describe(result: Result) -> str:
    """What to show when an assertion about a CLI result fails."""
    error = result.exception
    crash = "" if error is None or isinstance(error, SystemExit) else f"\nraised {error!r}"
    return f"exit {result.exit_code}{crash}\n{result.output}"


Phrase = str | tuple[str, ...]  # a tuple: any one of its phrases


def assert_clear(result: Result, exit_code: int, *phrases: Phrase) -> None:
    """The exit code, each phrase in the output (case and spacing aside), and no
    Python traceback."""
    assert result.exit_code == exit_code, describe(result)
    error = result.exception
    assert error is None or isinstance(error, SystemExit), describe(result)
    assert "Traceback" not in result.output, describe(result)
    output = flat(result.output)
    for phrase in phrases:
        options = phrase if isinstance(phrase, tuple) else (phrase,)
        assert any(flat(option) in output for option in options), (
            f"{phrase!r} not in the output:\n{describe(result)}"
        )


# -- snapshots ----------------------------------------------------------------------


def file_hashes(root: Path) -> dict[str, str]:
    """Every file under `root`, by its path relative to `root`, with its sha256."""
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): sha256_of(path)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _tables(conn: sqlite3.Connection) -> list[str]:
    # sqlite_* tables are SQLite's own bookkeeping (sqlite_sequence counts inserts);
    # every other table, virtual and full-text shadow tables included, is compared.
    return [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
            "ORDER BY name"
        )
    ]


def _key_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    keyed = sorted((row[5], row[1]) for row in info if row[5])
    return [f'"{name}"' for _, name in keyed] or ["rowid"]


def table_rows(db_path: Path) -> dict[str, dict[tuple, dict[str, Any]]]:
    """Every row of every table, keyed by table then primary key (rowid where none)."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        found = {}
        for table in _tables(conn):
            key = _key_columns(conn, table)
            rows = conn.execute(f'SELECT {", ".join(key)}, * FROM "{table}"').fetchall()
            found[table] = {tuple(row[: len(key)]): dict(row) for row in rows}
        return found
    finally:
        conn.close()


@dataclass
class Snapshot:
    rows: dict[str, dict[tuple, dict[str, Any]]]
    files: dict[str, str]  # the archive's files but the catalogue and tmp/: path -> sha256

    @classmethod
    def of(cls, archive: Path) -> Snapshot:
        files = {
            path: digest
            for path, digest in file_hashes(archive).items()
            if path not in CATALOGUE_FILES and not path.startswith("tmp/")
        }
        return cls(rows=table_rows(archive / "catalogue.db"), files=files)

    def changes(self, later: Snapshot, may_change: dict[str, set[str]] | None = None) -> list[str]:
        """How `later` differs for what existed here: rows gone or changed, files gone or
        changed. `may_change` names columns a test allows to change (table -> columns)."""
        found = []
        allowed = may_change or {}
        for table, rows in self.rows.items():
            now = later.rows.get(table, {})
            for key, row in rows.items():
                if key not in now:
                    found.append(f"{table} {key}: row gone")
                    continue
                columns = [
                    name
                    for name, value in row.items()
                    if now[key].get(name) != value and name not in allowed.get(table, set())
                ]
                if columns:
                    found.append(f"{table} {key}: {', '.join(columns)} changed")
        for path, digest in self.files.items():
            if later.files.get(path) != digest:
                found.append(f"{path}: {'gone' if path not in later.files else 'bytes changed'}")
        return found

    def new_rows(self, later: Snapshot, table: str) -> list[dict[str, Any]]:
        old = self.rows.get(table, {})
        return [row for key, row in later.rows.get(table, {}).items() if key not in old]


# -- the archive that holds real content ---------------------------------------------


@dataclass(frozen=True)
class Baseline:
    archive: Path  # never run against: each test copies it
    clip_url: str
    clip_id: str
    article: Path


def build_baseline(folder: Path, site: Site) -> Baseline:
    """A real archive, built with the CLI: a seed manifest with an article and a clip
    (captured from the loopback site with video, keyframes, audio and thumbnail), linked
    by hand and by the article, checked, and transcribed with the packaged tiny.en
    model."""
    clip_url = site.jsonld_page("baseline.html", "baseline.mp4", site.media.clip)
    article = folder / "story.txt"
    article.write_text(
        "A video shared on TikTok by Hugh Chongqing shows the night shift.\n"
        "The clip has 3.2 million likes.\n",
        encoding="utf-8",
    )
    manifest = folder / "seed.yaml"
    manifest.write_text(
        "name: baseline\n"
        "articles:\n"
        "  - path: story.txt\n"
        "    outlet: The Test Gazette\n"
        f"clips:\n  - {clip_url}\n"
        "links:\n"
        "  - claim: shows the night shift\n"
        f"    clip: {clip_url}\n"
        "    start: 0:01\n"
        "    end: 0:02\n",
        encoding="utf-8",
    )
    archive = folder / "archive"
    built = cli(archive, "archive", "--no-transcribe", str(manifest))
    assert built.exit_code == 0, describe(built)
    transcribed = cli(archive, "transcribe", "--missing", "--model", "tiny.en")
    assert transcribed.exit_code == 0, describe(transcribed)
    rows = table_rows(archive / "catalogue.db")
    [clip] = rows["clips"].values()
    kinds = sorted(row["kind"] for row in rows["media_files"].values())
    # the video is kept by default, with its keyframes and contact sheet
    assert set(kinds) == {"audio", "contact_sheet", "keyframe", "thumbnail", "video"}, kinds
    for table in ("articles", "claims", "citations", "evidence", "checks", "transcripts"):
        assert rows[table], f"the baseline has no {table}"
    return Baseline(archive=archive, clip_url=clip_url, clip_id=clip["clip_id"], article=article)


# -- one row of the matrix -------------------------------------------------------------


@dataclass
class Case:
    """A private copy of the baseline archive, and the checks every row makes.

    Inputs go under `inputs/`; the command runs from `cwd/`; anything else that
    appears in the test's folder was written outside the archive."""

    baseline: Baseline
    site: Site
    folder: Path
    archive: Path = field(init=False)
    inputs: Path = field(init=False)
    cwd: Path = field(init=False)
    before: Snapshot = field(init=False)
    outside_before: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.archive = self.folder / "archive"
        shutil.copytree(self.baseline.archive, self.archive)
        self.inputs = self.folder / "inputs"
        self.cwd = self.folder / "cwd"
        self.inputs.mkdir()
        self.cwd.mkdir()
        self.before = Snapshot.of(self.archive)
        self.outside_before = self.outside()
        self._tag = uuid.uuid4().hex[:8]

    # inputs

    def name(self, stem: str) -> str:
        """A page or file name no other test uses (all share one site)."""
        return f"{self._tag}-{stem}"

    def clip_page(self, stem: str, media: Path, **fields: object) -> str:
        """A clip page of its own poster: a clip by the baseline's poster would (rightly)
        update that account's last-seen time."""
        name = self.name(stem)
        fields.setdefault("author", {"@type": "Person", "name": f"Poster {name}"})
        return self.site.jsonld_page(f"{name}.html", f"{name}.mp4", media, **fields)

    def input_file(self, name: str, data: bytes | str) -> Path:
        path = self.inputs / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return path

    # running

    def run(self, *args: str, input: str | None = None) -> Result:
        return cli(self.archive, *args, input=input)

    def now(self) -> Snapshot:
        return Snapshot.of(self.archive)

    def new_rows(self, table: str) -> list[dict[str, Any]]:
        return self.before.new_rows(self.now(), table)

    def outside(self) -> dict[str, str]:
        """Files in the test's folder outside the archive and the inputs."""
        return {
            path: digest
            for path, digest in file_hashes(self.folder).items()
            if not path.startswith(("archive/", "inputs/"))
        }

    # the checks every row ends with

    def assert_intact(
        self,
        verify: bool = True,
        may_change: dict[str, set[str]] | None = None,
    ) -> None:
        """Nothing archived before changed; nothing was left half-written; nothing was
        written outside the archive; and (unless the test made the archive unusable on
        purpose) `archiver verify` passes."""
        changes = self.before.changes(self.now(), may_change)
        assert changes == [], "archived content changed:\n" + "\n".join(changes)
        strays = [
            path
            for path in file_hashes(self.archive)
            if path not in CATALOGUE_FILES
            and path not in self.before.files
            and not STORED_NAME.match(path)
        ]
        assert strays == [], f"files in the archive that are not stored media: {strays}"
        for path, digest in file_hashes(self.archive / "media").items():
            assert Path(path).name.startswith(digest), f"media/{path} is not named by its hash"
        assert self.outside() == self.outside_before, "something was written outside the archive"
        if verify:
            result = cli(self.archive, "verify")
            assert_clear(result, 0, "catalogue intact")


# -- a write-protected archive ---------------------------------------------------------


def set_tree_mode(root: Path, directories: int, files: int) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_dir():
            path.chmod(directories)
        elif path.is_file():
            path.chmod(files)


@contextlib.contextmanager
def unprivileged() -> Iterator[None]:
    """Root ignores permission bits: run the block with an ordinary effective uid,
    so a read-only folder is read-only for the code under test. As any other user,
    the permission bits already apply."""
    if os.geteuid() != 0:
        yield
        return
    # The command line imports a command's modules only when it runs, and the server
    # reads its templates and metadata from the package: a checkout (and its .venv) in
    # a folder only root may enter, as CI clones into, would be unreadable to the other
    # uid, as an installed package never is to its users. Load our modules first, and
    # let the other uid pass through the folders above the checkout while the block
    # runs: what is tested is the archive's permissions.
    for module in pkgutil.walk_packages(archiver.__path__, "archiver."):
        importlib.import_module(module.name)
    opened = []
    for folder in Path(archiver.__path__[0]).resolve().parents:
        mode = folder.stat().st_mode
        # group too: seteuid keeps root's group, so a root-owned folder's group bits apply
        if mode & 0o011 != 0o011:
            folder.chmod(mode | 0o011)
            opened.append((folder, mode))
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        for folder, mode in opened:
            folder.chmod(mode)


@contextlib.contextmanager
def public_folder() -> Iterator[Path]:
    """A fresh folder in the system's temp dir that any user may enter (pytest's own
    tmp folders sit in a 0700 folder, which an unprivileged uid cannot pass)."""
    folder = Path(tempfile.mkdtemp(prefix="archiver-bad-input-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        set_tree_mode(folder, 0o755, 0o644)
        shutil.rmtree(folder, ignore_errors=True)
