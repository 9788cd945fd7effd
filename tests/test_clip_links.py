"""Clip links: canonical clip URLs, and the links and embeds found in articles."""

from __future__ import annotations

import pytest

from archiver.articles.citations import extract_citations
from archiver.articles.reading import read_article
from archiver.platforms import normalize_clip_url, url_platform
from tests.support.articles import embed_article

# ---------------------------------------------------------------------------------------
# Clip URLs


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.tiktok.com/@hughchongqing/video/7363945626723892301?is_from_webapp=1&sender_device=pc",
            "https://www.tiktok.com/@hughchongqing/video/7363945626723892301",
        ),
        ("//vm.tiktok.com/ZMabc123/", "https://vm.tiktok.com/ZMabc123/"),
        ("https://youtu.be/dQw4w9WgXcQ?si=xyz&t=42", "https://youtu.be/dQw4w9WgXcQ?t=42"),
        (
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share&t=10",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=10",
        ),
        (
            "https://www.youtube.com/shorts/abcDEF12345",
            "https://www.youtube.com/shorts/abcDEF12345",
        ),
        ("https://x.com/user/status/123?s=20", "https://x.com/user/status/123"),
        ("https://weibo.com/1234567890/NabcDEF12", "https://weibo.com/1234567890/NabcDEF12"),
        (
            "https://www.douyin.com/video/7300000000000000000",
            "https://www.douyin.com/video/7300000000000000000",
        ),
        ("https://www.tiktok.com/@hughchongqing", None),  # a profile, not a clip
        ("https://www.tiktok.com/tag/chongqing", None),
        ("https://www.youtube.com/@channel", None),
        ("https://twitter.com/intent/tweet?text=hi", None),  # a share button
        ("https://www.dailymail.co.uk/news/article-1.html", None),
        ("mailto:someone@example.org", None),
    ],
)
def test_normalize_clip_url(url: str, expected: str | None) -> None:
    assert normalize_clip_url(url) == expected


def test_url_platform() -> None:
    assert url_platform("https://t.co/abc") == "x"
    assert url_platform("https://v.douyin.com/iRNBho6u/") == "douyin"
    assert url_platform("https://t.me/channel/42") == "telegram"
    assert url_platform("https://example.org/video/1") is None


# ---------------------------------------------------------------------------------------
# Links and embeds in HTML


def test_html_clip_links() -> None:
    article = embed_article()
    assert article.links == [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",  # <iframe>, youtube-nocookie embed
        "https://www.tiktok.com/@metrowatcher/video/7391234567890123456",  # blockquote cite=
        "https://vm.tiktok.com/ZMrAbCdEf/",  # short link
        "https://t.co/AbC123xyz",  # short link
    ]  # not the profile, tag and music links, nor the outlet's own pages


def test_html_embed_markup_of_other_platforms() -> None:
    html = b"""<html><head><title>Embeds</title></head><body><article>
    <p>A first paragraph long enough to be prose, about a storm that hit the coast today.</p>
    <blockquote class="twitter-tweet"><p>Roof gone</p>
      <a href="https://twitter.com/weatherdesk/status/1790000000000000001?ref_src=twsrc">May 1</a>
    </blockquote>
    <blockquote class="instagram-media"
      data-instgrm-permalink="https://www.instagram.com/reel/C7abcDEF123/?utm_source=ig_embed">
    </blockquote>
    <iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fcitynews%2Fvideos%2F123456789%2F&show_text=0"></iframe>
    <blockquote class="tiktok-embed" data-video-id="7391234567890999999"></blockquote>
    <iframe src="https://www.tiktok.com/embed/v2/7391234567890999999"></iframe>
    <p class="imageCaption">Waves crash over the sea wall at high tide on Sunday</p>
    <p>Another paragraph of prose follows the embeds, so the article has a body to it.</p>
    </article></body></html>"""
    article = read_article("embeds.html", html)
    assert article.links == [
        "https://twitter.com/weatherdesk/status/1790000000000000001",
        "https://www.instagram.com/reel/C7abcDEF123/",
        "https://www.facebook.com/citynews/videos/123456789/",
        "https://www.tiktok.com/embed/7391234567890999999",  # once, from two embeds
    ]
    assert "Roof gone" not in article.text
    assert article.captions == ["Waves crash over the sea wall at high tide on Sunday"]


def test_a_link_on_the_word_video_is_a_clip_link_on_any_host() -> None:
    html = b"""<html><body><article>
    <p>'We never know which floor we are on,' said TikToker Hugh Chongqing in a
    <a href="http://127.0.0.1:8765/which-floor.html#t=3">video</a> with 3.2 million likes.
    Read <a href="https://news.example/chongqing-explainer">our explainer</a> on the city.</p>
    </article></body></html>"""
    article = read_article("page.html", html)
    assert article.links == ["http://127.0.0.1:8765/which-floor.html"]  # not the explainer
    (citation,) = extract_citations(article)[1]
    assert citation.creator == "Hugh Chongqing"
    assert citation.url == "http://127.0.0.1:8765/which-floor.html"


# ---------------------------------------------------------------------------------------
# URLs printed in plain text


def test_urls_printed_in_plain_text_are_links() -> None:
    text = (
        b"A clip posted to X (https://x.com/someone/status/123?s=20) shows the crash.\n"
        b"Police said the driver was unhurt, according to a statement issued on Friday.\n"
    )
    article = read_article("t.txt", text)
    assert article.links == ["https://x.com/someone/status/123"]
    (citation,) = extract_citations(article)[1]
    assert (citation.platform, citation.url) == ("x", "https://x.com/someone/status/123")
