"""The sounds of the clips already linked in a citation's thread: sound leads.

A re-upload of a clip, or another clip of the same moment, usually keeps its sound, so
the sound's own list (tiktok:sound) is where a thread's other clips turn up. The sound's
id is not in yt-dlp's info JSON for a TikTok post (it keeps the track's title and
artists only); it is in the post data the capture keeps from the page
(captures.page_data_gz: the rehydration JSON's `itemStruct.music`), which is read here.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from typing import Any

from archiver.discovery.leads import Sound
from archiver.store.catalogue import Catalogue

MUSIC_ID = re.compile(r"\d{1,30}")
MAX_PAGE_DATA = 8 * 1024 * 1024  # what we read of one capture's post data, unpacked


def thread_sounds(catalogue: Catalogue, citation_id: int) -> list[Sound]:
    """The sounds of the clips linked (and not rejected) to any claim of the citation's
    thread, the citation's own claim included, most recently captured first."""
    rows = catalogue.db.execute(
        """WITH me AS (
             SELECT ci.claim_id, COALESCE(
               (SELECT t.citation_id FROM thread_members t WHERE t.claim_id = ci.claim_id),
               ci.citation_id) AS opener
             FROM citations ci WHERE ci.citation_id = ?),
           thread AS (
             SELECT t.claim_id FROM thread_members t, me WHERE t.citation_id = me.opener
             UNION SELECT o.claim_id FROM citations o, me WHERE o.citation_id = me.opener
             UNION SELECT claim_id FROM me)
           SELECT DISTINCT e.clip_id FROM evidence e
           WHERE e.claim_id IN (SELECT claim_id FROM thread) AND e.status != 'rejected'
           ORDER BY e.clip_id""",
        [citation_id],
    ).fetchall()
    found: dict[str, Sound] = {}
    for (clip_id,) in rows:
        sound = _sound_of(catalogue, clip_id)
        if sound is not None:
            found.setdefault(sound.music_id, sound)
    return list(found.values())


def _sound_of(catalogue: Catalogue, clip_id: str) -> Sound | None:
    row = catalogue.db.execute(
        """SELECT page_data_gz FROM captures WHERE clip_id = ? AND page_data_gz IS NOT NULL
           ORDER BY captured_at DESC, capture_id DESC LIMIT 1""",
        [clip_id],
    ).fetchone()
    data = _unpacked(row[0]) if row else None
    music = _dig(data, "data", "itemInfo", "itemStruct", "music")
    if not isinstance(music, dict):
        return None
    music_id = str(music.get("id") or "")
    if not MUSIC_ID.fullmatch(music_id):
        return None
    title = music.get("title")
    return Sound(clip_id, music_id, title if isinstance(title, str) else None)


def _unpacked(blob: bytes) -> Any:
    """The stored JSON, or None when it is not what we wrote (or unpacks too large)."""
    try:
        reader = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)  # gzip, bounded
        text = reader.decompress(blob, MAX_PAGE_DATA)
        if reader.unconsumed_tail:
            return None
        return json.loads(text)
    except (zlib.error, gzip.BadGzipFile, ValueError):
        return None


def _dig(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data
