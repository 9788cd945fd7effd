"""The page's own data, beyond what yt-dlp keeps in its info dict.

TikTok's video page carries the whole post as JSON in
`<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__">`; yt-dlp reads some of it and drops
the rest (location, labels, anchors, effects, ...). We keep the post's part of it,
`webapp.video-detail`, gzip-compressed with the capture. Only that part: the rest of
the page's data describes the visitor's session (app context, A/B tests), not the post.
"""

from __future__ import annotations

import gzip
import json
import re
from typing import Any

_REHYDRATION = re.compile(
    r'<script[^>]+id="__UNIVERSAL_DATA_FOR_REHYDRATION__"[^>]*>(.*?)</script>', re.S
)
_POST_SCOPE = "webapp.video-detail"


def post_data(page: str) -> dict[str, Any] | None:
    """The post's part of a TikTok page's rehydration JSON, or None when there is none."""
    found = _REHYDRATION.search(page)
    if not found:
        return None
    try:
        data = json.loads(found.group(1))  # script text: no HTML entities to decode
    except ValueError:
        return None
    scope = (data.get("__DEFAULT_SCOPE__") or {}) if isinstance(data, dict) else {}
    post = scope.get(_POST_SCOPE)
    return {"source": f"tiktok rehydration {_POST_SCOPE}", "data": post} if post else None


def packed_page_data(pages: list[str]) -> bytes | None:
    """The post data of the last page fetched that holds any, as stored: JSON, gzip."""
    for page in reversed(pages):
        if (found := post_data(page)) is not None:
            text = json.dumps(found, ensure_ascii=False, sort_keys=True)
            return gzip.compress(text.encode("utf-8"), mtime=0)
    return None
