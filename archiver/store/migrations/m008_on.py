"""Migrations from m008 on: threads and metrics, what a clip shows, how a capture
reached the platform. Add the next one at the end."""

from __future__ import annotations

from sqlite_utils import Database

from archiver.store.migrations.registry import migrations
from archiver.store.migrations.registry import run_script as _run


@migrations(name="m008_threads_metrics")
def m008_threads_metrics(db: Database) -> None:
    # Issue 13: a citation opens a thread of the claims that go on describing or quoting
    # its clip; it may state several figures; platform and creator may be inherited from
    # the thread. A catalogue from before keeps working: each citation becomes a thread
    # of its own (a back-reference a member of its referent's), its one metric a row.
    _run(
        db,
        """
        CREATE TABLE citation_metrics (
            citation_id INTEGER NOT NULL REFERENCES citations(citation_id),
            position INTEGER NOT NULL,          -- order in the claim
            kind TEXT NOT NULL,                 -- views, likes, comments, shares, saves, followers
            value INTEGER,                      -- NULL for "millions of views"
            qualifier TEXT,                     -- more than, nearly, about; NULL when plain
            stated TEXT NOT NULL,               -- as written: "roughly two million likes"
            PRIMARY KEY (citation_id, position)
        );
        CREATE TABLE thread_members (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(claim_id),
            citation_id INTEGER NOT NULL REFERENCES citations(citation_id),  -- the opener
            role TEXT NOT NULL  -- citation, back_reference, pronoun, description, quote, caption
        );
        CREATE INDEX thread_members_by_citation ON thread_members(citation_id);
        ALTER TABLE citations ADD COLUMN creator_alias TEXT;
        ALTER TABLE citations ADD COLUMN inferred_platform TEXT;
        ALTER TABLE citations ADD COLUMN inferred_creator TEXT;
        ALTER TABLE citations ADD COLUMN inferred_from TEXT;
        ALTER TABLE evidence ADD COLUMN quote_score REAL;
        ALTER TABLE evidence ADD COLUMN quote_heard TEXT;
        INSERT INTO citation_metrics (citation_id, position, kind, value, qualifier, stated)
            SELECT citation_id, 0,
                   CASE metric_kind WHEN 'reposts' THEN 'shares' WHEN 'retweets' THEN 'shares'
                        WHEN 'plays' THEN 'views' WHEN 'hearts' THEN 'likes'
                        WHEN 'bookmarks' THEN 'saves' WHEN 'subscribers' THEN 'followers'
                        ELSE metric_kind END,
                   metric_value, NULL,
                   COALESCE(printf('%,d ', metric_value), '') || metric_kind
            FROM citations WHERE metric_kind IS NOT NULL;
        INSERT INTO thread_members (claim_id, citation_id, role)
            SELECT claim_id, COALESCE(same_clip_as, citation_id),
                   CASE WHEN same_clip_as IS NULL THEN 'citation' ELSE 'back_reference' END
            FROM citations;
        UPDATE checks SET kind = 'metric:' || (
            SELECT m.kind FROM citation_metrics m
            WHERE m.citation_id = checks.citation_id AND m.position = 0)
        WHERE kind = 'metric'
        """,
    )


@migrations(name="m009_visual")
def m009_visual(db: Database) -> None:
    # What a clip shows (issue 14): the picture size of kept videos and images; the
    # frames picked where the picture changes, each a stored image with its moment in
    # the video it was cut from; and which sources (speech, screen, metadata) supported
    # a link (comma-separated), so a page can tell heard from shown from only described.
    _run(
        db,
        """
        ALTER TABLE media_files ADD COLUMN width INTEGER;
        ALTER TABLE media_files ADD COLUMN height INTEGER;
        CREATE TABLE keyframes (            -- a video's; its clips through clip_media
            keyframe_id INTEGER PRIMARY KEY,
            video_sha256 TEXT NOT NULL REFERENCES media_files(sha256),
            sha256 TEXT NOT NULL REFERENCES media_files(sha256),  -- the image
            seconds REAL NOT NULL,              -- its moment in the video
            reason TEXT NOT NULL,               -- first, scene, floor
            capture_id INTEGER REFERENCES captures(capture_id),
            UNIQUE (video_sha256, seconds)
        );
        ALTER TABLE evidence ADD COLUMN sources TEXT
        """,
    )


@migrations(name="m010_capture_context")
def m010_capture_context(db: Database) -> None:
    # How each capture reached the platform, since that decides whether it was let in:
    # the browser yt-dlp impersonated, and the proxy (its address only: credentials
    # are never stored). And the page's own data beyond yt-dlp's info dict (TikTok's
    # rehydration JSON for the post), gzip, so fields yt-dlp drops are not lost.
    # A clip is a video or a photo post (kind), whose images are kept in order.
    _run(
        db,
        """
        ALTER TABLE captures ADD COLUMN impersonation TEXT;
        ALTER TABLE captures ADD COLUMN proxy TEXT;
        ALTER TABLE captures ADD COLUMN page_data_gz BLOB;
        ALTER TABLE clips ADD COLUMN kind TEXT NOT NULL DEFAULT 'video';
        CREATE TABLE clip_images (
            clip_id TEXT NOT NULL REFERENCES clips(clip_id),
            capture_id INTEGER NOT NULL REFERENCES captures(capture_id),
            position INTEGER NOT NULL,          -- 1, 2, ...: the post's order
            sha256 TEXT NOT NULL REFERENCES media_files(sha256),
            width INTEGER,
            height INTEGER,
            PRIMARY KEY (capture_id, position)
        );
        CREATE INDEX clip_images_by_clip ON clip_images(clip_id, capture_id)
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


@migrations(name="m012_bundle_timestamps")
def m012_bundle_timestamps(db: Database) -> None:
    # Evidence bundles (issue 18): each RFC 3161 token a TSA gave for a bundle's tag
    # manifest, kept here too, so the archive can prove what it handed out and when
    # even after the bundle itself has left the machine. And which version of this
    # tool made each capture, for the provenance a bundle reports (NULL before m012).
    _run(
        db,
        """
        ALTER TABLE captures ADD COLUMN archiver_version TEXT;
        CREATE TABLE bundle_timestamps (
            bundle_timestamp_id INTEGER PRIMARY KEY,
            made_at TEXT NOT NULL,              -- when the bundle was made
            clip_ids TEXT NOT NULL,             -- space-separated: the clips it holds
            tag_manifest_sha256 TEXT NOT NULL,  -- what the TSA signed (its sha256)
            tsa_url TEXT NOT NULL,
            gen_time TEXT NOT NULL,             -- the TSA's time, from the token
            token BLOB NOT NULL                 -- the DER TimeStampResp as received
        )
        """,
    )


@migrations(name="m013_discovery")
def m013_discovery(db: Database) -> None:
    # Issue 15: finding the clip a citation only describes. Each citation's leads (a
    # handle named or guessed, a hashtag) with where each came from; each listing of a
    # lead (when, what it answered, whether the profile's name matched); and the
    # listed posts scored against the citation, the best of them captured.
    _run(
        db,
        """
        CREATE TABLE discovery_leads (
            lead_id INTEGER PRIMARY KEY,
            citation_id INTEGER NOT NULL REFERENCES citations(citation_id),
            kind TEXT NOT NULL,                 -- user, tag
            value TEXT NOT NULL,                -- the handle or hashtag, without @ or #
            origin TEXT NOT NULL,               -- named, guessed from a display name, hashtag
            trusted INTEGER NOT NULL,           -- 0: a guess, kept only if the name matches
            url TEXT NOT NULL,                  -- what is listed
            created_at TEXT NOT NULL,
            UNIQUE (citation_id, kind, value)
        );
        CREATE TABLE discovery_listings (
            listing_id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES discovery_leads(lead_id),
            run_id INTEGER REFERENCES runs(run_id),
            listed_at TEXT NOT NULL,
            status TEXT NOT NULL,               -- ok, rejected (name differs), or an error status
            name TEXT,                          -- the profile's or list's own name
            entries INTEGER NOT NULL DEFAULT 0,
            message TEXT
        );
        CREATE INDEX discovery_listings_by_lead ON discovery_listings(lead_id, listed_at);
        CREATE TABLE discovery_candidates (
            citation_id INTEGER NOT NULL REFERENCES citations(citation_id),
            lead_id INTEGER NOT NULL REFERENCES discovery_leads(lead_id),
            url TEXT NOT NULL,
            title TEXT,
            uploader TEXT,
            posted_at TEXT,
            score REAL NOT NULL,
            reasons TEXT NOT NULL,              -- what the score rests on, in words
            chosen INTEGER NOT NULL DEFAULT 0,  -- 1: among the top, sent to capture
            scored_at TEXT NOT NULL,
            PRIMARY KEY (citation_id, url)
        )
        """,
    )
