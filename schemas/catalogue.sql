-- Generated from archiver/store/migrations/ by `make schema`; do not edit.
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
CREATE TABLE article_links (
            article_id INTEGER NOT NULL REFERENCES articles(article_id),
            url TEXT NOT NULL,                  -- clip-like links and embeds in the article
            PRIMARY KEY (article_id, url)
        );
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
CREATE TABLE bundle_timestamps (
            bundle_timestamp_id INTEGER PRIMARY KEY,
            made_at TEXT NOT NULL,              -- when the bundle was made
            clip_ids TEXT NOT NULL,             -- space-separated: the clips it holds
            tag_manifest_sha256 TEXT NOT NULL,  -- what the TSA signed (its sha256)
            tsa_url TEXT NOT NULL,
            gen_time TEXT NOT NULL,             -- the TSA's time, from the token
            token BLOB NOT NULL                 -- the DER TimeStampResp as received
        );
CREATE TABLE capture_exchanges (
            capture_id INTEGER NOT NULL REFERENCES captures(capture_id),
            position INTEGER NOT NULL,          -- 1, 2, ...: the order they arrived in
            phase TEXT NOT NULL,                -- page (page, metadata) or media (files)
            url TEXT NOT NULL,                  -- after redirects, without user:password@
            status INTEGER,
            headers TEXT NOT NULL,              -- JSON [[name, value], ...]; capped, redacted
            headers_cut INTEGER NOT NULL,       -- headers dropped or shortened by the caps
            tls_version TEXT,                   -- TLSv1.3, ...; NULL on plain http
            tls_chain_pem TEXT,                 -- as presented, leaf first; NULL: see tls_note
            tls_note TEXT,                      -- why there is no chain (plain http, ...)
            fetched_at TEXT NOT NULL,
            PRIMARY KEY (capture_id, position)
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
        , impersonation TEXT, proxy TEXT, page_data_gz BLOB, archiver_version TEXT, exchanges_dropped INTEGER);
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
CREATE TABLE citation_metrics (
            citation_id INTEGER NOT NULL REFERENCES citations(citation_id),
            position INTEGER NOT NULL,          -- order in the claim
            kind TEXT NOT NULL,                 -- views, likes, comments, shares, saves, followers
            value INTEGER,                      -- NULL for "millions of views"
            qualifier TEXT,                     -- more than, nearly, about; NULL when plain
            stated TEXT NOT NULL,               -- as written: "roughly two million likes"
            PRIMARY KEY (citation_id, position)
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
        , creator_alias TEXT, inferred_platform TEXT, inferred_creator TEXT, inferred_from TEXT);
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
CREATE TABLE clip_images (
            clip_id TEXT NOT NULL REFERENCES clips(clip_id),
            capture_id INTEGER NOT NULL REFERENCES captures(capture_id),
            position INTEGER NOT NULL,          -- 1, 2, ...: the post's order
            sha256 TEXT NOT NULL REFERENCES media_files(sha256),
            width INTEGER,
            height INTEGER,
            PRIMARY KEY (capture_id, position)
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
        , next_crawl_at TEXT, first_missing_at TEXT, missing_checks INTEGER NOT NULL DEFAULT 0, missing_checked_at TEXT, removed_at TEXT, restored_at TEXT, error_streak INTEGER NOT NULL DEFAULT 0, lease_owner TEXT, lease_expires_at TEXT, kind TEXT NOT NULL DEFAULT 'video');
CREATE TABLE discovery_candidate_leads (
            citation_id INTEGER NOT NULL REFERENCES citations(citation_id),
            url TEXT NOT NULL,                  -- the candidate (discovery_candidates)
            lead_id INTEGER NOT NULL REFERENCES discovery_leads(lead_id),
            PRIMARY KEY (citation_id, url, lead_id)
        );
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
        );
CREATE TABLE discovery_leads (
            lead_id INTEGER PRIMARY KEY,
            citation_id INTEGER NOT NULL REFERENCES citations(citation_id),
            kind TEXT NOT NULL,                 -- user, tag
            value TEXT NOT NULL,                -- the handle or hashtag, without @ or #
            origin TEXT NOT NULL,               -- named, guessed from a display name, hashtag
            trusted INTEGER NOT NULL,           -- 0: a guess, kept only if the name matches
            url TEXT NOT NULL,                  -- what is listed
            created_at TEXT NOT NULL, weight REAL NOT NULL DEFAULT 1.0,
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
            reviewed_at TEXT, quote_score REAL, quote_heard TEXT, sources TEXT,
            UNIQUE (claim_id, clip_id)
        );
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
CREATE TABLE keyframes (            -- a video's; its clips through clip_media
            keyframe_id INTEGER PRIMARY KEY,
            video_sha256 TEXT NOT NULL REFERENCES media_files(sha256),
            sha256 TEXT NOT NULL REFERENCES media_files(sha256),  -- the image
            seconds REAL NOT NULL,              -- its moment in the video
            reason TEXT NOT NULL,               -- first, scene, floor
            capture_id INTEGER REFERENCES captures(capture_id),
            UNIQUE (video_sha256, seconds)
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
        , width INTEGER, height INTEGER);
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
CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY,
            command TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            summary_json TEXT
        , pid INTEGER, host TEXT);
CREATE TABLE segments (
            segment_id INTEGER PRIMARY KEY,
            transcript_id INTEGER NOT NULL REFERENCES transcripts(transcript_id),
            position INTEGER NOT NULL,
            start_seconds REAL NOT NULL,
            end_seconds REAL NOT NULL,
            text TEXT NOT NULL,
            words_json TEXT                     -- [[start, end, word, probability], ...]
        );
CREATE VIRTUAL TABLE segments_cjk USING fts5(text, tokenize='unicode61');
CREATE TABLE 'segments_cjk_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE 'segments_cjk_content'(id INTEGER PRIMARY KEY, c0);
CREATE TABLE 'segments_cjk_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'segments_cjk_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'segments_cjk_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
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
CREATE TABLE thread_members (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(claim_id),
            citation_id INTEGER NOT NULL REFERENCES citations(citation_id),  -- the opener
            role TEXT NOT NULL  -- citation, back_reference, pronoun, description, quote, caption
        );
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
        , cut_short INTEGER, flags TEXT, windows INTEGER, tries INTEGER);
CREATE INDEX articles_by_source ON articles(source, version);
CREATE INDEX captures_by_clip ON captures(clip_id, captured_at);
CREATE INDEX captures_by_status ON captures(status);
CREATE INDEX captures_by_url ON captures(requested_url);
CREATE INDEX citations_by_status ON citations(status);
CREATE INDEX clip_images_by_clip ON clip_images(clip_id, capture_id)
        ;
CREATE INDEX clip_media_by_kind ON clip_media(clip_id, kind)
        ;
CREATE INDEX clips_by_availability ON clips(availability);
CREATE INDEX clips_by_extractor ON clips(extractor);
CREATE INDEX clips_by_first_captured ON clips(first_captured_at)
        ;
CREATE INDEX clips_by_uploader ON clips(uploader);
CREATE INDEX clips_due ON clips(next_crawl_at);
CREATE INDEX discovery_listings_by_lead ON discovery_listings(lead_id, listed_at);
CREATE INDEX evidence_by_clip ON evidence(clip_id);
CREATE INDEX evidence_by_status ON evidence(status);
CREATE INDEX field_history_by_entity ON field_history(entity, entity_id, changed_at);
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE INDEX observations_by_clip ON observations(clip_id, observed_at);
CREATE INDEX run_items_by_run ON run_items(run_id, stage)
        ;
CREATE INDEX segments_by_transcript ON segments(transcript_id, position);
CREATE INDEX thread_members_by_citation ON thread_members(citation_id);
CREATE UNIQUE INDEX transcripts_unique
            ON transcripts(clip_id, media_sha256, task, IFNULL(model, ''));
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
            ORDER BY views_per_day DESC;
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
