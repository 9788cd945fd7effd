"""A yt-dlp extractor for TikTok photo posts (https://www.tiktok.com/@user/photo/ID),
shipped with archiver as a yt-dlp plugin: yt-dlp finds it in the installed namespace
package `yt_dlp_plugins.extractor` and puts it before its own extractors, so any
YoutubeDL (ours included) reads photo posts, and yt-dlp's own code is untouched.

yt-dlp's TikTok extractor has no URL pattern for photo posts, though their page is
built like a video's: the post is `webapp.video-detail` in the page's rehydration
JSON, with `imagePost.images` instead of a playable video, and the post's sound in
`music`. So this reuses the TikTok extractor's page fetch (with browser
impersonation and its challenge handling) and its reading of the post (account,
description, counts, the sound as an audio format), and adds the images, in order,
as `images` (a list of {url, width, height}).
"""

from yt_dlp.extractor.tiktok import TikTokBaseIE
from yt_dlp.utils import ExtractorError, int_or_none, traverse_obj, url_or_none


class TikTokPhotoIE(TikTokBaseIE):
    IE_NAME = "tiktok:photo"
    IE_DESC = "TikTok photo posts (archiver plugin)"
    _VALID_URL = r"https?://www\.tiktok\.com/@(?P<user_id>[\w.-]+)/photo/(?P<id>\d+)"

    def _real_extract(self, url):
        post_id, user_id = self._match_valid_url(url).group("id", "user_id")
        page_url = f"https://www.tiktok.com/@{user_id}/photo/{post_id}"
        post, status = self._extract_web_data_and_status(page_url, post_id)
        if status in (10216, 10222):  # a private post, a private account
            self.raise_login_required(
                "You do not have permission to view this post. Log into an account that has access"
            )
        if status == 10204:
            raise ExtractorError("Your IP address is blocked from accessing this post", expected=True)
        if not post or status:
            raise ExtractorError(f"Post not available, status code {status}", video_id=post_id)
        images = [
            {
                "url": image_url,
                "width": int_or_none(image.get("imageWidth")),
                "height": int_or_none(image.get("imageHeight")),
            }
            for image in traverse_obj(post, ("imagePost", "images", ..., {dict}))
            if (image_url := traverse_obj(image, ("imageURL", "urlList", 0, {url_or_none})))
        ]
        if not images:
            raise ExtractorError("This post has no images: not a photo post", expected=True)
        info = self._parse_aweme_video_web(post, page_url, post_id)
        # the images and the sound are the post; there is no video
        info["formats"] = [f for f in info.get("formats") or [] if f.get("vcodec") == "none"]
        info["images"] = images
        info["title"] = info.get("title") or traverse_obj(post, ("imagePost", "title", {str}))
        return info
