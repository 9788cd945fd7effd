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
            kind TEXT NOT NULL,                 -- audio, thumbnail, video, subtitles
            path TEXT NOT NULL,                 -- relative to the archive directory
            bytes INTEGER NOT NULL,
            mime_type TEXT,
            codec TEXT,
            duration REAL,
            language TEXT,                      -- for subtitles: the platform's code
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
CREATE TABLE segments (
            segment_id INTEGER PRIMARY KEY,
            transcript_id INTEGER NOT NULL REFERENCES transcripts(transcript_id),
            position INTEGER NOT NULL,
            start_seconds REAL NOT NULL,
            end_seconds REAL NOT NULL,
            text TEXT NOT NULL,
            words_json TEXT                     -- [[start, end, word, probability], ...]
        );
CREATE VIRTUAL TABLE segments_fts USING fts5(
            text, content='segments', content_rowid='segment_id',
            tokenize='unicode61 remove_diacritics 2'
        );
CREATE TABLE 'segments_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE 'segments_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'segments_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'segments_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE VIRTUAL TABLE segments_trigram USING fts5(
            text, content='segments', content_rowid='segment_id', tokenize='trigram'
        );
CREATE TABLE 'segments_trigram_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE 'segments_trigram_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'segments_trigram_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'segments_trigram_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
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
CREATE INDEX captures_by_clip ON captures(clip_id, captured_at);
CREATE INDEX captures_by_status ON captures(status);
CREATE INDEX captures_by_url ON captures(requested_url);
CREATE INDEX clip_media_by_kind ON clip_media(clip_id, kind)
        ;
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE INDEX observations_by_clip ON observations(clip_id, observed_at);
CREATE INDEX segments_by_transcript ON segments(transcript_id, position);
CREATE UNIQUE INDEX transcripts_unique
            ON transcripts(clip_id, media_sha256, task, IFNULL(model, ''));
CREATE TRIGGER segments_ad AFTER DELETE ON segments BEGIN
            INSERT INTO segments_fts(segments_fts, rowid, text)
                VALUES ('delete', old.segment_id, old.text);
            INSERT INTO segments_trigram(segments_trigram, rowid, text)
                VALUES ('delete', old.segment_id, old.text);
        END;
CREATE TRIGGER segments_ai AFTER INSERT ON segments BEGIN
            INSERT INTO segments_fts(rowid, text) VALUES (new.segment_id, new.text);
            INSERT INTO segments_trigram(rowid, text) VALUES (new.segment_id, new.text);
        END;
CREATE TRIGGER segments_au AFTER UPDATE ON segments BEGIN
            INSERT INTO segments_fts(segments_fts, rowid, text)
                VALUES ('delete', old.segment_id, old.text);
            INSERT INTO segments_trigram(segments_trigram, rowid, text)
                VALUES ('delete', old.segment_id, old.text);
            INSERT INTO segments_fts(rowid, text) VALUES (new.segment_id, new.text);
            INSERT INTO segments_trigram(rowid, text) VALUES (new.segment_id, new.text);
        END;
