"""Recorded TikTok profiles for yt-dlp's real `tiktok:user` extractor, offline.

yt-dlp lists a profile (https://www.tiktok.com/@handle) in two steps: the profile's
web page, whose `__UNIVERSAL_DATA_FOR_REHYDRATION__` carries `webapp.user-detail`
(the account's secUid, nickname and video count), then the web API
`/api/creator/item_list/?secUid=...&cursor=...&count=15`, newest first, page by page
until `hasMorePrevious` is false. We answer both from hand-written recorded-format
templates (tests/data/tiktok/user_page.json and item_list.json), filled with made-up
accounts, and each listed item is the very itemStruct of the video page recorded by
`RecordedTikTok.add_video`, so a post is the same whether listed or captured.

The patch wraps `YoutubeDL.urlopen` once more, outside the video pages' patch
(tests/support/tiktok.py): profile pages, the profile embed page (404: yt-dlp's
fallback when a page names no secUid) and item_list are answered here; everything
else goes on to the video pages' patch, which refuses any other TikTok request.
A handle no profile was recorded for gets TikTok's page for an account that does not
exist: status 10221 and no userInfo.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import re
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from yt_dlp import YoutubeDL
from yt_dlp.networking import Response
from yt_dlp.networking.exceptions import HTTPError

from tests.support.tiktok import DATA, RecordedTikTok, _set_session_cookie, page_html

USER_PAGE = DATA / "user_page.json"
ITEM_LIST = DATA / "item_list.json"
_PROFILE = re.compile(r"/@([\w.-]+)/?")
_EMBED = re.compile(r"/embed/@([\w.-]+)/?")
_ITEM_LIST = "/api/creator/item_list/"
NO_SUCH_USER = 10221  # TikTok's statusCode for a handle nobody holds


@dataclass
class RecordedProfile:
    handle: str
    nickname: str
    user_id: str
    sec_uid: str
    recorded: RecordedTikTok
    video_ids: list[str] = field(default_factory=list)

    @property
    def author(self) -> dict[str, Any]:
        return {"uniqueId": self.handle, "nickname": self.nickname, "id": self.user_id,
                "secUid": self.sec_uid}  # fmt: skip

    def post(self, video_id: str, media: Path | None = None, **item_overrides: Any) -> str:
        """Record a video page by this account and list it on the profile; its URL."""
        overrides = {
            **item_overrides,
            "author": {**self.author, **item_overrides.get("author", {})},
        }
        url = self.recorded.add_video(video_id, handle=self.handle, media=media, **overrides)
        self.video_ids.append(video_id)
        return url

    def items(self) -> list[dict[str, Any]]:
        """The posts as item_list gives them: the video pages' items, newest first."""
        found = [
            copy.deepcopy(
                self.recorded.videos[video_id].payload["__DEFAULT_SCOPE__"]["webapp.video-detail"][
                    "itemInfo"
                ]["itemStruct"]
            )
            for video_id in self.video_ids
        ]
        return sorted(found, key=lambda item: -int(item["createTime"]))


class RecordedProfiles:
    def __init__(self, recorded: RecordedTikTok):
        self.recorded = recorded
        self.profiles: dict[str, RecordedProfile] = {}
        self.by_sec_uid: dict[str, RecordedProfile] = {}
        self.api_queries: list[dict[str, str]] = []  # what yt-dlp asked item_list for

    def add_profile(self, handle: str, nickname: str) -> RecordedProfile:
        digest = hashlib.sha256(handle.encode()).hexdigest()
        profile = RecordedProfile(
            handle=handle,
            nickname=nickname,
            user_id=str(int(digest[:15], 16)),
            sec_uid="MS4wLjABAAAA" + digest,  # the shape yt-dlp checks: 12 + 64 chars
            recorded=self.recorded,
        )
        self.profiles[handle] = profile
        self.by_sec_uid[profile.sec_uid] = profile
        return profile

    def answer(self, ydl: YoutubeDL, url: str, method: str) -> Response | None:
        """The recorded answer for a profile request, or None when it is not one."""
        parts = urllib.parse.urlparse(url)
        if parts.hostname != "www.tiktok.com" and parts.hostname != "tiktok.com":
            return None
        if method != "GET":
            return None
        if parts.path == _ITEM_LIST:
            self.recorded.requests.append(url)
            query = dict(urllib.parse.parse_qsl(parts.query))
            self.api_queries.append(query)
            return _json(url, self.item_list(query))
        if _EMBED.fullmatch(parts.path):
            self.recorded.requests.append(url)
            body = b"<!DOCTYPE html><html><body>This account cannot be embedded</body></html>"
            raise HTTPError(Response(io.BytesIO(body), url, _HTML, status=404))
        profile = _PROFILE.fullmatch(parts.path)
        if not profile:
            return None
        self.recorded.requests.append(url)
        _set_session_cookie(ydl)
        page = page_html(self.user_page(profile.group(1)))
        return Response(io.BytesIO(page.encode("utf-8")), url, _HTML, status=200)

    def user_page(self, handle: str) -> dict[str, Any]:
        payload = json.loads(USER_PAGE.read_text(encoding="utf-8"))
        scope = payload["__DEFAULT_SCOPE__"]
        detail = scope["webapp.user-detail"]
        scope["seo.abtest"]["canonical"] = f"https://www.tiktok.com/@{handle}"
        profile = self.profiles.get(handle)
        if profile is None:
            scope["webapp.user-detail"] = {
                "statusCode": NO_SUCH_USER, "statusMsg": "user not exist", "needFix": True,
            }  # fmt: skip
            return payload
        user = detail["userInfo"]["user"]
        user.update(id=profile.user_id, uniqueId=handle, nickname=profile.nickname,
                    secUid=profile.sec_uid, signature=f"made-up account {handle}")  # fmt: skip
        count = len(profile.video_ids)
        detail["userInfo"]["stats"]["videoCount"] = count
        detail["userInfo"]["statsV2"]["videoCount"] = str(count)
        detail["shareMeta"] = {"title": f"{profile.nickname} on TikTok", "desc": f"@{handle}"}
        return payload

    def item_list(self, query: dict[str, str]) -> dict[str, Any]:
        """One page of a profile's posts older than the cursor (ms), as TikTok pages them."""
        answer = json.loads(ITEM_LIST.read_text(encoding="utf-8"))
        profile = self.by_sec_uid.get(query.get("secUid", ""))
        if profile is None:
            return answer  # an empty list, as TikTok answers an unknown secUid
        cursor = int(query.get("cursor") or 0)
        count = int(query.get("count") or 15)
        older = [item for item in profile.items() if int(item["createTime"]) * 1000 < cursor]
        page = older[:count]
        answer["itemList"] = page
        answer["hasMorePrevious"] = len(older) > count
        if page:
            answer["cursor"] = str(int(page[-1]["createTime"]) * 1000)
        return answer


_HTML = {"Content-Type": "text/html; charset=utf-8"}


def _json(url: str, payload: dict[str, Any]) -> Response:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return Response(io.BytesIO(body), url, {"Content-Type": "application/json"}, status=200)


def install_profiles(monkeypatch: pytest.MonkeyPatch, recorded: RecordedTikTok) -> RecordedProfiles:
    """Answer profile pages and item_list from recordings, on top of `recorded`'s patch."""
    profiles = RecordedProfiles(recorded)
    inner = YoutubeDL.urlopen  # the video pages' patch, installed before this one

    def urlopen(ydl: YoutubeDL, req: Any) -> Response:
        if isinstance(req, str):
            url, method = req, "GET"
        elif isinstance(req, urllib.request.Request):  # deprecated in yt-dlp, still accepted
            url, method = req.full_url, req.get_method()
        else:
            url, method = req.url, req.method
        answer = profiles.answer(ydl, url, method)
        return answer if answer is not None else inner(ydl, req)

    monkeypatch.setattr(YoutubeDL, "urlopen", urlopen)
    return profiles
