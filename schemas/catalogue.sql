-- Generated from archiver/migrations.py by `make schema`; do not edit.
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
CREATE TABLE clip_media (
            clip_id TEXT NOT NULL REFERENCES clips(clip_id),
            sha256 TEXT NOT NULL REFERENCES media_files(sha256),
            kind TEXT NOT NULL,
            capture_id INTEGER REFERENCES captures(capture_id),
            PRIMARY KEY (clip_id, sha256)
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
CREATE TABLE media_files (
            sha256 TEXT PRIMARY KEY,            -- the file's name in media/, too
            kind TEXT NOT NULL,                 -- audio, thumbnail, video
            path TEXT NOT NULL,                 -- relative to the archive directory
            bytes INTEGER NOT NULL,
            mime_type TEXT,
            codec TEXT,
            duration REAL,
            created_at TEXT NOT NULL
        );
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
CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY,
            command TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            summary_json TEXT
        );
CREATE INDEX captures_by_clip ON captures(clip_id, captured_at);
CREATE INDEX captures_by_status ON captures(status);
CREATE INDEX captures_by_url ON captures(requested_url);
CREATE INDEX clip_media_by_kind ON clip_media(clip_id, kind)
        ;
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE INDEX observations_by_clip ON observations(clip_id, observed_at);
