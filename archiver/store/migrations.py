"""The only place the catalogue's schema changes.

Each migration is a small numbered function, applied once, in order, when the
catalogue opens. Never edit an applied migration: add the next one. After adding
one, run `make schema` to regenerate schemas/catalogue.sql (a test checks it).
"""

from __future__ import annotations

import sqlite3
import sys

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("archiver")


def _run(db: Database, script: str) -> None:
    """Execute each statement of `script` in the open transaction (executescript
    would commit it). Triggers hold semicolons, so split on complete statements."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                db.execute(pending)
            pending = ""
    if pending.strip(" \n;"):
        db.execute(pending)


@migrations(name="m001_capture")
def m001_capture(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY,
            command TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            summary_json TEXT
        );
        CREATE TABLE accounts (
            account_id TEXT PRIMARY KEY,        -- '{extractor}:{stable platform id}'
            extractor TEXT NOT NULL,
            channel_id TEXT,                    -- stable numeric/opaque id
            uploader_id TEXT,                   -- e.g. TikTok secUid or handle, per extractor
            handle TEXT,                        -- changes: @name
            display_name TEXT,                  -- changes: nickname
            url TEXT,
            first_seen_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL
        );
        CREATE TABLE clips (
            clip_id TEXT PRIMARY KEY,           -- '{extractor}:{id}'
            extractor TEXT NOT NULL,
            platform_id TEXT NOT NULL,
            account_id TEXT REFERENCES accounts(account_id),
            webpage_url TEXT,
            original_url TEXT NOT NULL,         -- the URL as first cited
            title TEXT,
            description TEXT,
            uploader TEXT,
            uploader_id TEXT,
            channel_id TEXT,
            posted_at TEXT,
            duration REAL,
            track TEXT,
            artist TEXT,
            availability TEXT NOT NULL DEFAULT 'available',
            first_captured_at TEXT NOT NULL,
            last_seen_at TEXT
        );
        CREATE TABLE captures (
            capture_id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES runs(run_id),
            requested_url TEXT NOT NULL,        -- exactly as given
            parent_url TEXT,                    -- the user page or playlist it came from
            clip_id TEXT REFERENCES clips(clip_id),
            captured_at TEXT NOT NULL,
            status TEXT NOT NULL,
            error_class TEXT,
            error_message TEXT,
            ytdlp_version TEXT NOT NULL,
            webpage_url TEXT,
            info_json_gz BLOB                   -- yt-dlp's sanitized info, gzip
        );
        CREATE INDEX captures_by_url ON captures(requested_url);
        CREATE INDEX captures_by_clip ON captures(clip_id, captured_at);
        CREATE INDEX captures_by_status ON captures(status);
        CREATE TABLE observations (
            observation_id INTEGER PRIMARY KEY,
            clip_id TEXT NOT NULL REFERENCES clips(clip_id),
            capture_id INTEGER REFERENCES captures(capture_id),
            observed_at TEXT NOT NULL,
            views INTEGER,
            likes INTEGER,
            comments INTEGER,
            reposts INTEGER,
            saves INTEGER,
            availability TEXT NOT NULL,
            reason_code TEXT
        );
        CREATE INDEX observations_by_clip ON observations(clip_id, observed_at);
        CREATE TABLE media_files (
            sha256 TEXT PRIMARY KEY,            -- the file's name in media/, too
            kind TEXT NOT NULL,                 -- audio, thumbnail, video, subtitles
            path TEXT NOT NULL,                 -- relative to the archive directory
            bytes INTEGER NOT NULL,
            mime_type TEXT,
            codec TEXT,
            duration REAL,
            language TEXT,                      -- for subtitles: the platform's code
            created_at TEXT NOT NULL
        );
        -- Reposts of one video by several accounts can share the very same bytes:
        -- one file, linked to every clip that carries it.
        CREATE TABLE clip_media (
            clip_id TEXT NOT NULL REFERENCES clips(clip_id),
            sha256 TEXT NOT NULL REFERENCES media_files(sha256),
            kind TEXT NOT NULL,
            capture_id INTEGER REFERENCES captures(capture_id),
            PRIMARY KEY (clip_id, sha256)
        );
        CREATE INDEX clip_media_by_kind ON clip_media(clip_id, kind)
        """,
    )


@migrations(name="m002_transcripts")
def m002_transcripts(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE transcripts (
            transcript_id INTEGER PRIMARY KEY,
            clip_id TEXT NOT NULL REFERENCES clips(clip_id),
            media_sha256 TEXT NOT NULL REFERENCES media_files(sha256),  -- audio or captions
            source TEXT NOT NULL,               -- whisper, platform
            task TEXT NOT NULL,                 -- transcribe, translate (into English)
            model TEXT,                         -- Whisper model; NULL for platform captions
            language TEXT,
            language_probability REAL,
            duration REAL,                      -- seconds of audio
            processing_seconds REAL,
            status TEXT NOT NULL,               -- ok, empty (no speech), failed
            error_class TEXT,
            error_message TEXT,
            text TEXT,
            run_id INTEGER REFERENCES runs(run_id),
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX transcripts_unique
            ON transcripts(clip_id, media_sha256, task, IFNULL(model, ''));
        CREATE TABLE segments (
            segment_id INTEGER PRIMARY KEY,
            transcript_id INTEGER NOT NULL REFERENCES transcripts(transcript_id),
            position INTEGER NOT NULL,
            start_seconds REAL NOT NULL,
            end_seconds REAL NOT NULL,
            text TEXT NOT NULL,
            words_json TEXT                     -- [[start, end, word, probability], ...]
        );
        CREATE INDEX segments_by_transcript ON segments(transcript_id, position);
        -- Two full-text indexes: unicode61 for words, trigram for Chinese, which
        -- unicode61 cannot split into words.
        CREATE VIRTUAL TABLE segments_fts USING fts5(
            text, content='segments', content_rowid='segment_id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE segments_trigram USING fts5(
            text, content='segments', content_rowid='segment_id', tokenize='trigram'
        );
        -- Chinese words are mostly two characters, too short for trigrams: segments
        -- with CJK text are also indexed one character a token (archiver/search.py
        -- fills it), so a word of any length is a phrase query.
        CREATE VIRTUAL TABLE segments_cjk USING fts5(text, tokenize='unicode61');
        CREATE TRIGGER segments_ai AFTER INSERT ON segments BEGIN
            INSERT INTO segments_fts(rowid, text) VALUES (new.segment_id, new.text);
            INSERT INTO segments_trigram(rowid, text) VALUES (new.segment_id, new.text);
        END;
        CREATE TRIGGER segments_ad AFTER DELETE ON segments BEGIN
            INSERT INTO segments_fts(segments_fts, rowid, text)
                VALUES ('delete', old.segment_id, old.text);
            INSERT INTO segments_trigram(segments_trigram, rowid, text)
                VALUES ('delete', old.segment_id, old.text);
        END;
        CREATE TRIGGER segments_au AFTER UPDATE ON segments BEGIN
            INSERT INTO segments_fts(segments_fts, rowid, text)
                VALUES ('delete', old.segment_id, old.text);
            INSERT INTO segments_trigram(segments_trigram, rowid, text)
                VALUES ('delete', old.segment_id, old.text);
            INSERT INTO segments_fts(rowid, text) VALUES (new.segment_id, new.text);
            INSERT INTO segments_trigram(rowid, text) VALUES (new.segment_id, new.text);
        END
        """,
    )


@migrations(name="m003_evidence")
def m003_evidence(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE articles (
            article_id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,               -- the path or URL as given
            url TEXT,
            outlet TEXT,
            title TEXT,
            published_at TEXT,
            fetched_at TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,        -- of the cleaned text: same text, same article
            version INTEGER NOT NULL DEFAULT 1, -- a changed text from one source is a new version
            text TEXT NOT NULL
        );
        CREATE INDEX articles_by_source ON articles(source, version);
        CREATE TABLE claims (
            claim_id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(article_id),
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            is_caption INTEGER NOT NULL DEFAULT 0,
            UNIQUE (article_id, position)
        );
        CREATE TABLE citations (
            citation_id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL UNIQUE REFERENCES claims(claim_id),
            platform TEXT,                      -- as named: tiktok, x, social media, ...
            creator TEXT,                       -- as named: Hugh Chongqing, @handle
            metric_kind TEXT,                   -- likes, views, ...
            metric_value INTEGER,
            stated_date TEXT,
            quote TEXT,                         -- speech quoted in the claim
            url TEXT,                           -- the clip the article links, if any
            same_clip_as INTEGER REFERENCES citations(citation_id),
            status TEXT NOT NULL DEFAULT 'unresolved'  -- unresolved, resolved
        );
        CREATE INDEX citations_by_status ON citations(status);
        CREATE TABLE article_links (
            article_id INTEGER NOT NULL REFERENCES articles(article_id),
            url TEXT NOT NULL,                  -- clip-like links and embeds in the article
            PRIMARY KEY (article_id, url)
        );
        CREATE TABLE evidence (
            evidence_id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(claim_id),
            clip_id TEXT NOT NULL REFERENCES clips(clip_id),
            transcript_id INTEGER REFERENCES transcripts(transcript_id),
            start_seconds REAL,
            end_seconds REAL,
            method TEXT NOT NULL,               -- manual, article_link, suggested
            score REAL,
            status TEXT NOT NULL,               -- suggested, confirmed, rejected
            quote_found INTEGER,                -- 1, 0, or NULL when the claim quotes nobody
            note TEXT,
            created_at TEXT NOT NULL,
            reviewed_at TEXT,
            UNIQUE (claim_id, clip_id)
        );
        CREATE INDEX evidence_by_clip ON evidence(clip_id);
        CREATE INDEX evidence_by_status ON evidence(status);
        CREATE TABLE checks (
            check_id INTEGER PRIMARY KEY,
            citation_id INTEGER NOT NULL REFERENCES citations(citation_id),
            clip_id TEXT NOT NULL REFERENCES clips(clip_id),
            kind TEXT NOT NULL,                 -- metric, creator, platform
            stated TEXT NOT NULL,
            observed TEXT,
            verdict TEXT NOT NULL,              -- agrees, disagrees, unknown
            detail TEXT,
            checked_at TEXT NOT NULL,
            UNIQUE (citation_id, clip_id, kind)
        );
        -- Every item's outcome in every stage of a run, failures included, so a bad
        -- article or manifest leaves a record even though it makes no other row.
        CREATE TABLE run_items (
            run_item_id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES runs(run_id),
            stage TEXT NOT NULL,                -- manifest, ingest, capture, transcribe, link
            item TEXT NOT NULL,
            status TEXT NOT NULL,
            error_class TEXT,
            error_message TEXT,
            finished_at TEXT NOT NULL
        );
        CREATE INDEX run_items_by_run ON run_items(run_id, stage)
        """,
    )


@migrations(name="m004_recrawl")
def m004_recrawl(db: Database) -> None:
    _run(
        db,
        """
        ALTER TABLE clips ADD COLUMN next_crawl_at TEXT;
        ALTER TABLE clips ADD COLUMN first_missing_at TEXT;  -- start of the current absence
        ALTER TABLE clips ADD COLUMN missing_checks INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE clips ADD COLUMN missing_checked_at TEXT;  -- the last counted check
        ALTER TABLE clips ADD COLUMN removed_at TEXT;        -- when removal was confirmed
        ALTER TABLE clips ADD COLUMN restored_at TEXT;       -- last time it came back
        ALTER TABLE clips ADD COLUMN error_streak INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE clips ADD COLUMN lease_owner TEXT;       -- the re-crawl run holding it
        ALTER TABLE clips ADD COLUMN lease_expires_at TEXT;
        CREATE INDEX clips_due ON clips(next_crawl_at);
        UPDATE clips SET next_crawl_at = first_captured_at;
        -- Fields that change upstream keep every value they had, not just the last.
        CREATE TABLE field_history (
            field_history_id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,               -- clip, account
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            changed_at TEXT NOT NULL,
            capture_id INTEGER REFERENCES captures(capture_id)
        );
        CREATE INDEX field_history_by_entity ON field_history(entity, entity_id, changed_at);
        CREATE VIEW clip_metric_history AS
            SELECT o.clip_id, c.title, o.observed_at, o.views, o.likes, o.comments,
                   o.reposts, o.saves, o.availability, o.reason_code
            FROM observations o JOIN clips c USING (clip_id);
        CREATE VIEW clips_gone_missing AS
            SELECT c.clip_id, c.title, c.uploader, c.webpage_url, c.availability,
                   c.last_seen_at, c.first_missing_at, c.removed_at, c.missing_checks,
                   EXISTS (SELECT 1 FROM clip_media m WHERE m.clip_id = c.clip_id
                           AND m.kind = 'audio') AS audio_preserved
            FROM clips c
            WHERE c.availability != 'available' OR c.first_missing_at IS NOT NULL;
        CREATE VIEW fastest_growing_clips AS
            SELECT c.clip_id, c.title, f.views AS first_views, l.views AS latest_views,
                   l.views - f.views AS view_growth,
                   ROUND((l.views - f.views)
                         / MAX(julianday(l.observed_at) - julianday(f.observed_at), 1.0 / 24), 1)
                       AS views_per_day
            FROM (
                SELECT clip_id,
                       (SELECT observation_id FROM observations o WHERE o.clip_id = c.clip_id
                        AND o.views IS NOT NULL ORDER BY observed_at, observation_id LIMIT 1)
                           AS first_id,
                       (SELECT observation_id FROM observations o WHERE o.clip_id = c.clip_id
                        AND o.views IS NOT NULL
                        ORDER BY observed_at DESC, observation_id DESC LIMIT 1) AS latest_id
                FROM clips c
            ) ends
            JOIN clips c USING (clip_id)
            JOIN observations f ON f.observation_id = ends.first_id
            JOIN observations l ON l.observation_id = ends.latest_id
            WHERE ends.first_id != ends.latest_id
            ORDER BY views_per_day DESC
        """,
    )


@migrations(name="m005_browse_indexes")
def m005_browse_indexes(db: Database) -> None:
    # The columns Datasette facets and sorts the clips table by: without these its page
    # took 800 ms at 100k clips (bench/pages.py), with them under 150 ms.
    _run(
        db,
        """
        CREATE INDEX clips_by_availability ON clips(availability);
        CREATE INDEX clips_by_extractor ON clips(extractor);
        CREATE INDEX clips_by_uploader ON clips(uploader);
        CREATE INDEX clips_by_first_captured ON clips(first_captured_at)
        """,
    )


@migrations(name="m006_run_owner")
def m006_run_owner(db: Database) -> None:
    # Which process on which machine a run belongs to: a later run can then tell a
    # run that was killed from one still going, and mark it.
    _run(
        db,
        """
        ALTER TABLE runs ADD COLUMN pid INTEGER;
        ALTER TABLE runs ADD COLUMN host TEXT
        """,
    )


@migrations(name="m011_transcript_decoding")
def m011_transcript_decoding(db: Database) -> None:
    # Decoding is bounded (archiver/speech/bounded.py): say on each transcript whether it
    # was cut short and which limits or doubts apply, so that nothing cut short passes for
    # a clean transcript. flags: a JSON list; NULL on transcripts made before this check.
    _run(
        db,
        """
        ALTER TABLE transcripts ADD COLUMN cut_short INTEGER;
        ALTER TABLE transcripts ADD COLUMN flags TEXT;
        ALTER TABLE transcripts ADD COLUMN windows INTEGER;
        ALTER TABLE transcripts ADD COLUMN tries INTEGER
        """,
    )


def apply(db: Database) -> None:
    migrations.apply(db)


def unknown_applied(db: Database) -> list[str]:
    """Migrations recorded in `db` that this version does not have: a newer archiver
    wrote it."""
    known = {migration.name for migration in migrations.pending(Database(memory=True))}
    return [m.name for m in migrations.applied(db) if m.name not in known]


def schema_sql() -> str:
    """The schema the migrations produce, as SQL (what schemas/catalogue.sql holds)."""
    db = Database(sqlite3.connect(":memory:"))
    apply(db)
    rows = db.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_sqlite%' ESCAPE '\\' "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name"
    ).fetchall()
    header = "-- Generated from archiver/migrations.py by `make schema`; do not edit.\n"
    return header + "".join(f"{sql};\n" for (sql,) in rows)


if __name__ == "__main__":
    sys.stdout.write(schema_sql())
