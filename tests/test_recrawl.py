"""Re-crawls against a local site that changes between runs."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.clips.capture import CaptureOptions, Capturer
from archiver.clips.recrawl import due_clips, recrawl
from archiver.clips.schedule import SchedulePolicy, parse_duration
from archiver.store.catalogue import open_catalogue
from archiver.store.media import sha256_of
from tests.support.tiktok import FACTS, recorded_tiktok_fixture

tiktok = recorded_tiktok_fixture()

FAST_CONFIRM = "recrawl:\n  removal_confirmations: 3\n  confirmation_spacing: 0s\n"


def setup_archive(archive_dir: Path, config: str = FAST_CONFIRM) -> None:
    archive_dir.mkdir(parents=True, exist_ok=True)
    (archive_dir / "config.yaml").write_text(config)


def capture(archive_dir: Path, *urls: str) -> list[str]:
    with open_catalogue(archive_dir) as catalogue, Capturer(catalogue) as capturer:
        outcomes = [capturer.capture(url)[0] for url in urls]
    assert all(outcome.ok for outcome in outcomes), outcomes
    return [outcome.clip_id for outcome in outcomes]


def make_due(archive_dir: Path) -> None:
    """Time passes: every clip's next visit is now in the past."""
    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        conn.execute("UPDATE clips SET next_crawl_at = '2000-01-01T00:00:00+00:00'")


def visit(archive_dir: Path, *clip_ids: str):
    make_due(archive_dir)
    with open_catalogue(archive_dir) as catalogue:
        return recrawl(catalogue, list(clip_ids) or None, options=CaptureOptions(backoff=0.01))


def clip_row(archive_dir: Path, clip_id: str) -> dict:
    with open_catalogue(archive_dir) as catalogue:
        return catalogue.db["clips"].get(clip_id)


def observations(archive_dir: Path, clip_id: str) -> list[dict]:
    with open_catalogue(archive_dir) as catalogue:
        return list(
            catalogue.db.query(
                "SELECT * FROM observations WHERE clip_id = ? ORDER BY observation_id", [clip_id]
            )
        )


def test_growth_and_changed_fields_keep_their_history(site, archive_dir):
    setup_archive(archive_dir)
    url = site.jsonld_page("grow.html", "grow.mp4", site.media.clip)
    [clip_id] = capture(archive_dir, url)
    site.jsonld_page(
        "grow.html",
        "grow.mp4",
        site.media.clip,
        description="Edited: a night shift, filmed in 2024.",
        author={"@type": "Person", "name": "Hugh C."},
        interactionStatistic=[
            {
                "@type": "InteractionCounter",
                "interactionType": {"@type": "WatchAction"},
                "userInteractionCount": 250000,
            },
            {
                "@type": "InteractionCounter",
                "interactionType": {"@type": "LikeAction"},
                "userInteractionCount": 3300000,
            },
        ],
    )
    [outcome] = visit(archive_dir)
    assert (outcome.status, outcome.availability) == ("ok", "available")
    seen = observations(archive_dir, clip_id)
    assert [(o["views"], o["likes"]) for o in seen] == [(120345, 3214000), (250000, 3300000)]
    assert clip_row(archive_dir, clip_id)["description"] == "Edited: a night shift, filmed in 2024."
    with open_catalogue(archive_dir) as catalogue:
        history = {
            (row["field"], row["old_value"], row["new_value"])
            for row in catalogue.db["field_history"].rows
        }
        growth = list(catalogue.db.query("SELECT * FROM fastest_growing_clips"))
    assert (
        "description",
        "A factory worker films his night shift.",
        "Edited: a night shift, filmed in 2024.",
    ) in history
    assert ("uploader", "Hugh Chongqing", "Hugh C.") in history
    assert growth[0]["clip_id"] == clip_id and growth[0]["view_growth"] == 250000 - 120345


def test_removal_is_confirmed_only_after_the_configured_checks(site, archive_dir):
    setup_archive(archive_dir)
    url = site.jsonld_page("gone.html", "gone.mp4", site.media.clip)
    [clip_id] = capture(archive_dir, url)
    seen_at = clip_row(archive_dir, clip_id)["last_seen_at"]
    (site.root / "gone.html").unlink()  # the creator deletes it

    states = [visit(archive_dir)[0].availability for _ in range(3)]

    assert states == ["missing", "missing", "removed"]
    clip = clip_row(archive_dir, clip_id)
    assert clip["last_seen_at"] == seen_at
    assert clip["first_missing_at"] and clip["removed_at"]
    assert [o["availability"] for o in observations(archive_dir, clip_id)] == [
        "available",
        "missing",
        "missing",
        "removed",
    ]
    with open_catalogue(archive_dir) as catalogue:  # our copy is still there and whole
        [audio] = catalogue.db.query(
            "SELECT m.* FROM media_files m JOIN clip_media c USING (sha256) "
            "WHERE c.clip_id = ? AND c.kind = 'audio'",
            [clip_id],
        )
        [missing] = catalogue.db.query("SELECT * FROM clips_gone_missing")
    assert sha256_of(archive_dir / audio["path"]) == audio["sha256"]
    assert missing["clip_id"] == clip_id and missing["audio_preserved"] == 1

    # it comes back: restored
    site.jsonld_page("gone.html", "gone.mp4", site.media.clip)
    [back] = visit(archive_dir)
    assert back.availability == "available"
    clip = clip_row(archive_dir, clip_id)
    assert clip["restored_at"] and clip["first_missing_at"] is None
    assert observations(archive_dir, clip_id)[-1]["reason_code"] == "restored"


def test_checks_too_close_together_do_not_confirm_a_removal(site, archive_dir):
    setup_archive(archive_dir, "recrawl:\n  removal_confirmations: 2\n  confirmation_spacing: 1h\n")
    url = site.jsonld_page("flaky.html", "flaky.mp4", site.media.clip)
    [clip_id] = capture(archive_dir, url)
    (site.root / "flaky.html").unlink()
    for _ in range(4):
        visit(archive_dir)
    clip = clip_row(archive_dir, clip_id)
    assert (clip["availability"], clip["missing_checks"]) == ("missing", 1)


def test_ip_block_is_never_a_removal_and_private_is_recorded(tiktok, archive_dir):
    setup_archive(archive_dir)
    url = tiktok.add_video(FACTS.video_id)
    [clip_id] = capture(archive_dir, url)
    tiktok.add_video(FACTS.video_id, status_code=10204)
    assert [visit(archive_dir)[0].availability for _ in range(5)] == ["blocked"] * 5
    assert clip_row(archive_dir, clip_id)["removed_at"] is None
    tiktok.add_video(FACTS.video_id, status_code=10216)
    assert visit(archive_dir)[0].availability == "private"
    tiktok.add_video(FACTS.video_id, status_code=10101)  # "Video not available"
    assert visit(archive_dir)[0].availability == "missing"


def test_due_selection_and_the_schedule(site, archive_dir):
    setup_archive(archive_dir)
    urls = [site.jsonld_page(f"d{n}.html", f"d{n}.mp4", site.media.clip) for n in range(3)]
    capture(archive_dir, *urls)
    with open_catalogue(archive_dir) as catalogue:
        import datetime as dt

        now = dt.datetime.now(dt.timezone.utc)
        assert due_clips(catalogue, now, 10) == []  # just captured: nothing due
        plan = catalogue.db.execute(
            "EXPLAIN QUERY PLAN SELECT clip_id FROM clips WHERE next_crawl_at <= ? "
            "ORDER BY next_crawl_at LIMIT 5",
            ["x"],
        ).fetchall()
    assert any("clips_due" in str(row) for row in plan)
    assert len(visit(archive_dir)) == 3
    with open_catalogue(archive_dir) as catalogue:
        assert recrawl(catalogue) == []  # all visited: none due until their next time


def test_policy_intervals():
    import datetime as dt

    from archiver.clips.schedule import interval_for

    policy = SchedulePolicy()
    now = dt.datetime(2025, 5, 6, tzinfo=dt.timezone.utc)
    hour_old = "2025-05-05T23:00:00+00:00"
    week_old = "2025-04-29T00:00:00+00:00"
    year_old = "2024-05-06T00:00:00+00:00"
    assert interval_for(policy, now, hour_old) == dt.timedelta(hours=1)
    assert interval_for(policy, now, week_old) == dt.timedelta(days=1)
    assert interval_for(policy, now, year_old) == dt.timedelta(weeks=1)
    assert interval_for(policy, now, year_old, linked=True) == dt.timedelta(days=3.5)
    assert interval_for(policy, now, week_old, growth_per_day=0.5) == dt.timedelta(hours=12)
    assert interval_for(policy, now, hour_old, error_streak=2) == dt.timedelta(hours=6)
    assert parse_duration("90s") == dt.timedelta(seconds=90)


def test_bad_config_is_a_clear_error(site, archive_dir):
    setup_archive(archive_dir, "recrawl:\n  lease: soon\n")
    result = CliRunner().invoke(main, ["--archive", str(archive_dir), "recrawl", "--due"])
    assert result.exit_code == 1
    assert "not a duration: 'soon'" in result.output


def _recrawl_process(archive_dir: Path, *extra: str) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "archiver.cli",
        "--archive",
        str(archive_dir),
        "recrawl",
        "--due",
        "--json",
        *extra,
    ]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_overlapping_runs_observe_each_due_clip_once(site, archive_dir):
    setup_archive(archive_dir)
    urls = [site.jsonld_page(f"o{n}.html", f"o{n}.mp4", site.media.clip) for n in range(10)]
    clip_ids = capture(archive_dir, *urls)
    make_due(archive_dir)
    site.media_delay = 0.05  # keep the two runs overlapping
    first, second = _recrawl_process(archive_dir), _recrawl_process(archive_dir)
    outputs = [process.communicate(timeout=120) for process in (first, second)]
    assert [process.returncode for process in (first, second)] == [0, 0], outputs
    visited = [json.loads(line)["clip_id"] for out, _ in outputs for line in out.splitlines()]
    assert sorted(visited) == sorted(clip_ids)
    for err in (err for _, err in outputs):
        assert "locked" not in err.lower() and "busy" not in err.lower()
    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        counts = dict(conn.execute("SELECT clip_id, COUNT(*) FROM observations GROUP BY clip_id"))
    assert counts == {clip_id: 2 for clip_id in clip_ids}


def test_killed_run_is_finished_by_the_next_without_losing_a_clip(site, archive_dir):
    setup_archive(archive_dir, FAST_CONFIRM + "  lease: 1s\n")
    urls = [site.jsonld_page(f"k{n}.html", f"k{n}.mp4", site.media.clip) for n in range(6)]
    clip_ids = capture(archive_dir, *urls)
    make_due(archive_dir)
    for url in urls:  # each page answers slowly, so the kill lands mid-run
        site.slow_pages.add("/" + url.rsplit("/", 1)[1])
    process = _recrawl_process(archive_dir)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with sqlite3.connect(archive_dir / "catalogue.db", timeout=5) as conn:
            if conn.execute("SELECT COUNT(*) FROM observations").fetchone()[0] >= 8:
                break
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.communicate()
    site.slow_pages.clear()
    time.sleep(1.1)  # the killed run's leases expire

    rerun = _recrawl_process(archive_dir)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        counts = dict(conn.execute("SELECT clip_id, COUNT(*) FROM observations GROUP BY clip_id"))
        leased = conn.execute("SELECT COUNT(*) FROM clips WHERE lease_owner IS NOT NULL")
        assert leased.fetchone()[0] == 0
    assert counts == {clip_id: 2 for clip_id in clip_ids}


def test_schedule_install_prints_cron_and_systemd(archive_dir):
    runner = CliRunner()
    cron = runner.invoke(main, ["--archive", str(archive_dir), "schedule", "install", "--cron"])
    assert cron.exit_code == 0
    assert cron.output.startswith("*/10 * * * * ")
    assert "recrawl --due --limit 100" in cron.output
    assert str(archive_dir.resolve()) in cron.output
    systemd = runner.invoke(
        main, ["--archive", str(archive_dir), "schedule", "install", "--systemd", "--every", "5"]
    )
    assert "OnUnitActiveSec=5min" in systemd.output and "Type=oneshot" in systemd.output


@pytest.mark.slow
def test_schedule_run_stops_cleanly_on_sigterm(site, archive_dir):
    setup_archive(archive_dir)
    [clip_id] = capture(archive_dir, site.jsonld_page("loop.html", "loop.mp4", site.media.clip))
    make_due(archive_dir)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "archiver.cli",
            "--archive",
            str(archive_dir),
            "schedule",
            "run",
            "--interval",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while len(observations(archive_dir, clip_id)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 143, err  # 128 + SIGTERM, as shells and systemd expect
    assert clip_id in out and "stopped after visiting 1 clip(s)" in err
    assert "Stopped by SIGTERM" in err
