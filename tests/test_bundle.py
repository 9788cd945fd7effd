"""`archiver bundle` and `archiver verify BUNDLE`: a bag of one clip's evidence, made
from a real capture of a loopback site, checked offline, and every tampering named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main

ARTICLE = """Night shifts in Chongqing

A video shared on the site shows a factory worker waking in a dorm before a night shift.

Another clip shows the same worker on the line.
"""


def run_cli(archive: Path, *args: str):
    return CliRunner().invoke(main, ["--archive", str(archive), *args])


def verify(bundle: Path) -> tuple[int, dict]:
    # --archive points nowhere: verifying a bundle must not need the archive
    result = run_cli(bundle.parent / "no-archive-here", "verify", "--json", str(bundle))
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture
def linked(site, archive_dir, tmp_path) -> dict[str, str]:
    """An article whose first claim is linked to two clips (one with a moment), captured
    and ingested by the real `archive` job from a manifest."""
    one = site.jsonld_page("one.html", "one.mp4", site.media.clip)
    two = site.jsonld_page("two.html", "two.mp4", site.media.other_clip)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text(ARTICLE, "utf-8")
    (seeds / "story.yaml").write_text(
        "name: story\narticles:\n  - path: story.txt\n"
        f"clips:\n  - {one}\n  - {two}\n"
        "links:\n"
        f"  - claim: waking in a dorm\n    clip: {one}\n    start: 0:01\n    end: 0:02.5\n"
        f"  - claim: waking in a dorm\n    clip: {two}\n",
        "utf-8",
    )
    result = run_cli(archive_dir, "archive", "--no-transcribe", str(seeds / "story.yaml"))
    assert result.exit_code == 0, result.output
    return {"one": one, "two": two}


def make_bundle(archive_dir: Path, dest: Path, *args: str) -> None:
    result = run_cli(archive_dir, "bundle", *args, str(dest))
    assert result.exit_code == 0, result.output


def test_a_clip_bundle_holds_its_evidence_and_verifies(linked, archive_dir, tmp_path):
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    data = dest / "data"
    assert (dest / "bagit.txt").is_file() and (dest / "manifest-sha256.txt").is_file()
    record = json.loads((data / "clips" / "1" / "clip.json").read_text("utf-8"))
    kinds = {m["kind"] for m in record["media"]}
    assert {"video", "audio", "thumbnail", "keyframe"} <= kinds
    for media in record["media"]:
        assert (data / media["file"]).stat().st_size == media["bytes"]
    capture = record["captures"][0]
    assert capture["requested_url"] == linked["one"] and capture["ytdlp_version"]
    assert capture["archiver_version"] and capture["webpage_url"]
    info = json.loads((data / "clips" / "1" / capture["info_json"]).read_text("utf-8"))
    assert info["title"] == "Night shift in Chongqing"
    assert record["observations"][0]["availability"] == "available"
    [claim] = record["claims"]
    assert "waking in a dorm" in claim["claim"]
    assert (claim["start_seconds"], claim["end_seconds"]) == (1.0, 2.5)
    page = (data / "index.html").read_text("utf-8")
    assert "waking in a dorm" in page and "<video" in page and "1:01.0" not in page
    assert capture["archiver_version"] in page
    code, report = verify(dest)
    assert code == 0 and report["ok"], report
    assert [c["name"] for c in report["checks"]] == ["bag", "tag manifest", "payload manifest"]


def test_a_claim_with_two_clips_bundles_both(linked, archive_dir, tmp_path):
    import sqlite3

    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        [(claim_id,)] = conn.execute("SELECT DISTINCT claim_id FROM evidence").fetchall()
        [(article_id,)] = conn.execute("SELECT article_id FROM articles").fetchall()
    make_bundle(archive_dir, tmp_path / "claim", "--claim", str(claim_id))
    make_bundle(archive_dir, tmp_path / "article", "--article", str(article_id))
    for name in ("claim", "article"):
        summary = json.loads((tmp_path / name / "data" / "bundle.json").read_text("utf-8"))
        assert len(summary["clips"]) == 2
        assert verify(tmp_path / name)[0] == 0


def test_tampering_with_a_media_byte_is_caught_and_named(linked, archive_dir, tmp_path):
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    [video] = (dest / "data" / "media").glob("*.mp4")
    data = bytearray(video.read_bytes())
    data[200] ^= 0x01
    video.write_bytes(bytes(data))
    code, report = verify(dest)
    assert code == 1 and not report["ok"]
    failed = {c["name"] for c in report["checks"] if not c["ok"]}
    assert failed == {"payload manifest"}
    assert any(video.name in problem for problem in report["problems"])


def test_tampering_with_a_manifest_line_is_caught_and_named(linked, archive_dir, tmp_path):
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    manifest = dest / "manifest-sha256.txt"
    lines = manifest.read_text("utf-8").splitlines()
    digest, name = lines[0].split(maxsplit=1)
    lines[0] = f"{'0' * len(digest)}  {name}"
    manifest.write_text("\n".join(lines) + "\n", "utf-8")
    code, report = verify(dest)
    assert code == 1
    failed = {c["name"] for c in report["checks"] if not c["ok"]}
    assert "tag manifest" in failed
    assert any("manifest-sha256.txt" in problem for problem in report["problems"])


def test_bad_bundle_requests_are_refused_clearly(linked, archive_dir, tmp_path):
    taken = tmp_path / "taken"
    taken.mkdir()
    result = run_cli(archive_dir, "bundle", linked["one"], str(taken))
    assert result.exit_code == 1 and "already exists" in result.output
    result = run_cli(archive_dir, "bundle", "https://nowhere.example/v/1", str(tmp_path / "x"))
    assert result.exit_code == 1 and "no clip" in result.output
    assert not (tmp_path / "x").exists()
    result = run_cli(archive_dir, "bundle", "--claim", "999", str(tmp_path / "y"))
    assert result.exit_code == 1 and "no linked clip" in result.output
    not_a_bag = tmp_path / "plain"
    shutil.copytree(taken, not_a_bag)
    code, report = verify(not_a_bag)
    assert code == 1 and "not a BagIt bag" in report["checks"][0]["detail"]


@pytest.fixture
def tsa(tmp_path):
    from tests.support.tsa import LocalTSA

    with LocalTSA(tmp_path / "tsa") as running:
        yield running


def name_tsa(archive_dir: Path, tsa) -> None:
    (archive_dir / "config.yaml").write_text(
        f"timestamp:\n  authorities:\n    - url: {tsa.url}\n      roots: {tsa.ca}\n", "utf-8"
    )


def test_a_timestamped_bundle_verifies_offline_and_a_token_byte_is_caught(
    linked, archive_dir, tmp_path, tsa
):
    import sqlite3

    name_tsa(archive_dir, tsa)
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    assert tsa.requests == 1
    token = dest / "timestamps" / "1.tsr"
    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        [(stored, url)] = conn.execute("SELECT token, tsa_url FROM bundle_timestamps").fetchall()
    assert stored == token.read_bytes() and url == tsa.url
    code, report = verify(dest)
    assert code == 0, report
    assert [c["name"] for c in report["checks"]][-1] == "timestamp 1.tsr"
    # one token byte: at the end of the token, inside its signature
    data = bytearray(token.read_bytes())
    data[-10] ^= 0x01
    token.write_bytes(bytes(data))
    code, report = verify(dest)
    assert code == 1
    [failed] = [c for c in report["checks"] if not c["ok"]]
    assert failed["name"] == "timestamp 1.tsr" and failed["detail"]


def test_a_timestamp_no_longer_matches_a_rewritten_tag_manifest(linked, archive_dir, tmp_path, tsa):
    """Someone who changes a file and rewrites every manifest to match gets a bag that
    bagit calls valid; the token, which signed the old tag manifest, says otherwise."""
    import hashlib

    name_tsa(archive_dir, tsa)
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    import bagit

    bag = bagit.Bag(str(dest))
    (dest / "data" / "bundle.json").write_text("{}", "utf-8")
    bag.save(manifests=True)
    assert hashlib.sha256((dest / "data" / "bundle.json").read_bytes()).hexdigest()
    code, report = verify(dest)
    assert code == 1
    failed = {c["name"] for c in report["checks"] if not c["ok"]}
    assert failed == {"timestamp 1.tsr"}


def test_an_unreachable_tsa_stops_the_bundle_and_leaves_nothing(linked, archive_dir, tmp_path):
    (tmp_path / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\nx\n", "utf-8")
    (archive_dir / "config.yaml").write_text(
        "timestamp:\n  authorities:\n    - url: http://127.0.0.1:9/tsr\n"
        f"      roots: {tmp_path / 'ca.pem'}\n",
        "utf-8",
    )
    result = run_cli(archive_dir, "bundle", linked["one"], str(tmp_path / "b"))
    assert result.exit_code == 1 and "no timestamp" in result.output
    assert not (tmp_path / "b").exists()
    assert not list(tmp_path.glob(".bundle-*"))


def test_an_archive_from_before_bundles_upgrades_and_bundles_a_clip_with_no_media(
    archive_dir, tmp_path, tsa
):
    """The catalogue as the previous release left it (every migration before m012), one
    clip already removed upstream whose media were never kept: it opens, upgrades, and
    its bundle says what there is and what there is not."""
    import sqlite3

    from sqlite_utils import Database

    from archiver.store import migrations

    archive_dir.mkdir()
    db = Database(sqlite3.connect(archive_dir / "catalogue.db"))
    migrations.migrations.apply(db, stop_before="m012_bundle_timestamps")
    db["clips"].insert(
        {"clip_id": "generic:gone", "extractor": "generic", "platform_id": "gone",
         "original_url": "http://gone.example/v", "first_captured_at": "2026-01-01T00:00:00Z",
         "availability": "removed", "removed_at": "2026-01-05T00:00:00Z"}
    )  # fmt: skip
    db.conn.commit()
    db.conn.close()
    name_tsa(archive_dir, tsa)
    dest = tmp_path / "gone"
    make_bundle(archive_dir, dest, "generic:gone")
    record = json.loads((dest / "data" / "clips" / "1" / "clip.json").read_text("utf-8"))
    assert record["media"] == [] and record["clip"]["availability"] == "removed"
    page = (dest / "data" / "index.html").read_text("utf-8")
    assert "No video or audio of this clip is in the bundle" in page and "removed" in page
    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        assert conn.execute("SELECT count(*) FROM bundle_timestamps").fetchone() == (1,)
    assert verify(dest)[0] == 0


def test_an_audio_only_clip_bundles_its_audio_as_the_player(site, archive_dir, tmp_path):
    url = site.jsonld_page("sound.html", "sound.mp4", site.media.clip)
    assert run_cli(archive_dir, "capture", "--audio-only", url).exit_code == 0
    dest = tmp_path / "sound"
    make_bundle(archive_dir, dest, url)
    page = (dest / "data" / "index.html").read_text("utf-8")
    assert "No video was kept" in page and "<audio" in page and "<video" not in page
    assert verify(dest)[0] == 0


def test_a_damaged_or_symlinked_media_file_is_never_bundled(site, archive_dir, tmp_path):
    """A bundle leaves the machine: a stored file whose bytes changed is left out and
    said; one replaced by a symlink (to a secret elsewhere) is never followed."""
    import sqlite3

    url = site.jsonld_page("one.html", "one.mp4", site.media.clip)
    assert run_cli(archive_dir, "capture", "--audio-only", url).exit_code == 0
    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        paths = dict(conn.execute("SELECT kind, path FROM media_files"))
    audio, thumb = archive_dir / paths["audio"], archive_dir / paths["thumbnail"]
    data = bytearray(audio.read_bytes())
    data[100] ^= 0x01
    audio.write_bytes(bytes(data))
    secret = tmp_path / "secret.txt"
    secret.write_text("not for anyone else", "utf-8")
    thumb.unlink()
    thumb.symlink_to(secret)
    dest = tmp_path / "b"
    result = run_cli(archive_dir, "bundle", url, str(dest))
    assert result.exit_code == 0, result.output
    assert "differ from the catalogue" in result.output and "symbolic link" in result.output
    bundled = list((dest / "data" / "media").iterdir())
    assert bundled == []
    assert "not for anyone else" not in (dest / "data" / "index.html").read_text("utf-8")
    assert verify(dest)[0] == 0


@pytest.mark.parametrize("odd", ["fifo", "symlink", "binary bagit.txt"])
def test_a_hostile_bag_is_refused_without_hanging_or_following(tmp_path, odd):
    """Made with bagit alone: verify must not block on a FIFO, follow a symlink out
    of the bag, or crash on a bagit.txt that is not text."""
    import os

    import bagit

    bag = tmp_path / "bag"
    bag.mkdir()
    (bag / "a.txt").write_text("hi", "utf-8")
    bagit.make_bag(str(bag), checksums=["sha256"])
    if odd == "fifo":
        os.mkfifo(bag / "data" / "pipe")
    elif odd == "symlink":
        (bag / "data" / "pw").symlink_to("/etc/passwd")
    else:
        (bag / "bagit.txt").write_bytes(b"\xff\xfe\x00bad")
    code, report = verify(bag)
    assert code == 1
    assert report["checks"][0]["name"] == "bag" and not report["checks"][0]["ok"]


def test_a_write_protected_archive_can_be_bundled(site):
    """A backup on write-protected media, bundled by an ordinary user: no TSA is
    named, so the catalogue is opened read-only and not a byte of it changes."""
    # importlib_metadata (in this venv) imports its email adapters lazily, at the first
    # version lookup, and they import this from a Python install nobody cannot read
    import email.policy  # noqa: F401
    import encodings.utf_8_sig  # noqa: F401 - imported lazily; nobody cannot read it

    import bagit  # noqa: F401 - imported before dropping privileges

    from tests.support.bad_input import public_folder, set_tree_mode, unprivileged

    def snapshot(root: Path) -> dict[str, bytes]:
        return {
            p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()
        }

    url = site.jsonld_page("one.html", "one.mp4", site.media.clip)
    with public_folder() as folder:
        archive = folder / "archive"
        assert run_cli(archive, "capture", "--audio-only", url).exit_code == 0
        set_tree_mode(archive, 0o555, 0o444)
        out = folder / "out"
        out.mkdir(mode=0o777)
        out.chmod(0o777)
        before = snapshot(archive)
        with unprivileged():
            result = run_cli(archive, "bundle", url, str(out / "b"))
        assert result.exit_code == 0, result.output
        assert snapshot(archive) == before
        assert verify(out / "b")[0] == 0


def test_a_hostile_title_stays_text_in_index_html(site, archive_dir, tmp_path):
    hostile = "</script><script>document.title='owned'</script><img src=x onerror=alert(1)>"
    url = site.jsonld_page("evil.html", "evil.mp4", site.media.clip, name=hostile)
    assert run_cli(archive_dir, "capture", "--audio-only", url).exit_code == 0
    make_bundle(archive_dir, tmp_path / "b", url)
    page = (tmp_path / "b" / "data" / "index.html").read_text("utf-8")
    assert "<script>document.title" not in page and "<img src=x" not in page
    assert "&lt;/script&gt;&lt;script&gt;document.title=&#x27;owned&#x27;" in page
