"""Article text, claims and citations: the seed articles, HTML fixtures, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archiver.articles import (
    Article,
    ArticleError,
    BinaryArticle,
    Claim,
    EmptyArticle,
    NoText,
    NotUTF8,
    extract_citations,
    find_citations,
    looks_like_html,
    normalize_clip_url,
    parse_date,
    read_article,
    split_claims,
    url_platform,
)

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
DATA = Path(__file__).resolve().parent / "data" / "articles"
# The seed tests need the shared seed folder; the fixture tests below run without it.
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seed articles at {SEEDS}")

DAILY_MAIL = "000_64ccccdd8bb06583.txt"  # captions as standalone lines
AGGREGATOR = "001_9a33013a03dab2f5.txt"  # the same story with a header and a related block
BLOG = "002_e6ab478a54a45aa8.txt"  # starts with a line of CSS


def read(folder: Path, name: str, source: str | None = None) -> Article:
    return read_article(source or name, (folder / name).read_bytes())


def cited(name: str) -> tuple[list[Claim], dict[str, object]]:
    """Claims of a seed article and its citations keyed by claim text."""
    claims, citations = extract_citations(read(SEEDS, name))
    return claims, {claims[c.claim_position].text: c for c in citations}


def fields(citation) -> tuple:  # noqa: ANN001
    return (citation.platform, citation.creator, citation.metric_kind, citation.metric_value)


# ---------------------------------------------------------------------------------------
# The seed articles


@needs_seeds
@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            DAILY_MAIL,
            "One video shared on TikTok shows a young factory worker as he gets ready for one "
            "of his shifts.",
            ("tiktok", None, None, None),
        ),
        (
            DAILY_MAIL,
            "One clip shared on X shows dark fumes billowing out of coal-fired power plants in "
            "Chongqing.",
            ("x", None, None, None),
        ),
        (
            DAILY_MAIL,
            "‘In Chongqing, we never know which floor we’re on,’ said TikToker Hugh Chongqing in "
            "a video that has amassed a staggering 3.2 million likes.",
            ("tiktok", "Hugh Chongqing", "likes", 3_200_000),
        ),
        (
            DAILY_MAIL,
            "‘Sunlight is a luxury’, local influencer Jackson Lu explained in a TikTok video.",
            ("tiktok", "Jackson Lu", None, None),
        ),
        (
            DAILY_MAIL,
            "A separate clip shared on social media platform TikTok filmed just how many "
            "surveillance cameras can be spotted while out and about in Chongqing.",
            ("tiktok", None, None, None),
        ),
        (
            DAILY_MAIL,
            "Videos posted to social media show how facial recognition is being used to monitor "
            "people getting in and out of neighbourhood, while license plate readers track the "
            "movements of its citizens.",
            ("social media", None, None, None),
        ),
        (
            DAILY_MAIL,
            "One content creator recorded his 12-hour night shift in an electronic factory in "
            "Chongqing",
            (None, None, None, None),
        ),
        (
            AGGREGATOR,
            "'In Chongqing, we never know which floor we're on,' said TikToker Hugh Chongqing in "
            "a video that has amassed a staggering 3.2 million likes.",
            ("tiktok", "Hugh Chongqing", "likes", 3_200_000),
        ),
        (
            AGGREGATOR,
            "'Sunlight is a luxury', local influencer Jackson Lu explained in a TikTok video.",
            ("tiktok", "Jackson Lu", None, None),
        ),
        (
            AGGREGATOR,
            "A video circulating on TikTok shows white inspection robots whizzing through a "
            "railway power station in Chongqing.",
            ("tiktok", None, None, None),
        ),
    ],
)
def test_seed_citations(name: str, text: str, expected: tuple) -> None:
    _, citations = cited(name)
    assert text in citations
    assert fields(citations[text]) == expected
    assert citations[text].url is None  # plain text names no URL: an unresolved citation


@needs_seeds
def test_seed_quotes_and_their_continuation() -> None:
    claims, citations = cited(DAILY_MAIL)
    luxury = next(c for text, c in citations.items() if text.startswith("‘Sunlight"))
    assert luxury.quote == "Sunlight is a luxury"
    hugh = next(c for c in citations.values() if c.creator == "Hugh Chongqing")
    assert hugh.quote == "In Chongqing, we never know which floor we’re on"
    # The quotation runs on over the next five sentences, closing at "13th floor.’".
    assert hugh.quote_claims == list(range(hugh.claim_position + 1, hugh.claim_position + 6))
    assert hugh.quote_more.startswith("It looks like I’m on normal square")
    assert hugh.quote_more.endswith("it says we’re on the 13th floor.")
    for position in hugh.quote_claims:  # continuation, not citations of their own
        assert claims[position].text not in citations
    # "The video shows ..." refers back to Hugh Chongqing's clip.
    back = next(c for text, c in citations.items() if text.startswith("The video shows"))
    assert back.same_clip_as == hugh.claim_position


@needs_seeds
@pytest.mark.parametrize("name", [DAILY_MAIL, AGGREGATOR, BLOG])
def test_general_references_are_not_citations(name: str) -> None:
    claims, citations = cited(name)
    for text in citations:
        assert "offering a glimpse of the lives they lead" not in text
        assert not text.startswith("Scores of content creators")
    if name == BLOG:  # TikTok and viral videos as background, never a particular clip
        assert citations == {}
        assert any("iconic thanks to TikTok" in claim.text for claim in claims)


@needs_seeds
def test_aggregator_boilerplate_is_dropped() -> None:
    article = read(SEEDS, AGGREGATOR)
    claims = split_claims(article)
    for junk in ("SaaS", "MiBot", "Alibaba", "Daily8", "Download", "Comments", "logo"):
        assert not any(junk in claim.text for claim in claims), junk
        assert junk not in article.text
    assert claims[0].text.startswith("Residents of China 's largest megacity")
    assert (
        claims[-1].text == "Citizens were filmed chanting 'We want freedom' outside their windows."
    )
    assert article.title.startswith("The nightmare lives revealed of the workers")
    assert article.outlet == "Daily Mail"
    assert article.published_at is None  # "06-05-2025": day and month could be swapped


@needs_seeds
def test_blog_css_is_dropped() -> None:
    article = read(SEEDS, BLOG)
    claims = split_claims(article)
    for junk in ("mv-trellis", "padding-top", "{", "display:block"):
        assert not any(junk in claim.text for claim in claims), junk
    assert claims[0].text == "Chongqing blowing up on your TikTok?"
    assert not any(claim.text.startswith("Lets Learn about") for claim in claims)  # a heading


@needs_seeds
def test_photo_captions_are_claims() -> None:
    claims = split_claims(read(SEEDS, DAILY_MAIL))
    captions = [claim.text for claim in claims if claim.is_caption]
    assert "Chongqing is one of the world’s most polluted cities" in captions
    assert (
        "Inspection robots seen whizzing through a railway power station in Chongqing" in captions
    )
    assert len(captions) == 25  # every line without a final full stop
    prose = [claim.text for claim in claims if not claim.is_caption]
    assert "Others are seen helping themselves to food from the dining hall." in prose


@needs_seeds
@pytest.mark.parametrize("name", [DAILY_MAIL, AGGREGATOR, BLOG])
def test_claim_offsets_point_into_the_text(name: str) -> None:
    article = read(SEEDS, name)
    claims = split_claims(article)
    assert [claim.position for claim in claims] == list(range(len(claims)))
    for claim in claims:
        assert article.text[claim.start : claim.end] == claim.text
        assert claim.text == claim.text.strip() and claim.text


@needs_seeds
def test_same_text_same_hash_and_a_changed_text_a_new_one() -> None:
    data = (SEEDS / DAILY_MAIL).read_bytes()
    first, again = read_article("a.txt", data), read_article("b.txt", data)
    assert first.sha256 == again.sha256
    # Line endings and trailing spaces are not a new version ...
    crlf = data.replace(b"\n", b"  \r\n")
    assert read_article("c.txt", crlf).sha256 == first.sha256
    # ... a changed word is.
    changed = data.replace(b"3.2 million likes", b"3.3 million likes")
    assert read_article("d.txt", changed).sha256 != first.sha256


@needs_seeds
def test_labelled_seed_citations_are_found() -> None:
    """The hand labels in citations_labelled.jsonl, claim by claim (see bench/citations.py)."""
    labels = [
        json.loads(line)
        for line in (DATA / "citations_labelled.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    found = {name: cited(name)[1] for name in (DAILY_MAIL, AGGREGATOR, BLOG)}
    wrong = [
        label["text"]
        for label in labels
        if (label["text"] in found[label["article"]]) != label["cites"]
    ]
    assert wrong == []


# ---------------------------------------------------------------------------------------
# HTML


@pytest.fixture(scope="module")
def embed_article() -> Article:
    return read(DATA, "embed_article.html", "https://harbourtimes.example/news/flood")


def test_html_metadata_and_main_text(embed_article: Article) -> None:
    assert embed_article.kind == "html"
    assert embed_article.title == "Flooded metro station filmed by commuters"
    assert embed_article.outlet == "The Harbour Times"
    assert embed_article.published_at == "2024-07-18"
    text = embed_article.text
    assert text.startswith("Commuters waded through knee-deep water")
    for junk in (
        "Related articles",
        "Typhoon warning",  # the related-articles aside
        "Advertisement",
        "All rights reserved",
        "padding-top",  # the <style> block
        "dataLayer",  # the <script>
        "♬ original sound",  # the TikTok embed's own text
        "Follow us on TikTok",  # navigation
    ):
        assert junk not in text, junk


def test_html_clip_links(embed_article: Article) -> None:
    assert embed_article.links == [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",  # <iframe>, youtube-nocookie embed
        "https://www.tiktok.com/@metrowatcher/video/7391234567890123456",  # blockquote cite=
        "https://vm.tiktok.com/ZMrAbCdEf/",  # short link
        "https://t.co/AbC123xyz",  # short link
    ]  # not the profile, tag and music links, nor the outlet's own pages


def test_html_captions_become_claims(embed_article: Article) -> None:
    claims = split_claims(embed_article)
    captions = [claim.text for claim in claims if claim.is_caption]
    assert captions == ["Water cascades down an escalator at Riverside station on Wednesday"]


def test_html_citations_get_their_urls(embed_article: Article) -> None:
    claims, citations = extract_citations(embed_article)
    by_start = {claims[c.claim_position].text[:30]: c for c in citations}
    assert len(by_start) == len(citations)
    instagram = by_start["A clip posted to Instagram by "]
    assert fields(instagram) == ("instagram", "@riverside.daily", None, None)
    assert instagram.url is None and not instagram.resolved  # no link given
    views = by_start["The clip has been viewed 1.2m "]
    assert (views.metric_kind, views.metric_value) == ("views", 1_200_000)
    assert views.same_clip_as == instagram.claim_position
    youtube = by_start["“We just kept walking, there w"]
    assert fields(youtube) == ("youtube", "Sam Okoro", "views", 500_000)
    assert youtube.quote == "We just kept walking, there was nothing else to do"
    assert youtube.url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert by_start["Footage circulating on Weibo a"].platform == "weibo"
    assert by_start["Footage circulating on Weibo a"].url is None  # the TikTok embed is not it
    tiktok_user = by_start["One TikTok user, who posts as "]
    assert tiktok_user.creator == "metrowatcher"
    assert tiktok_user.url == "https://www.tiktok.com/@metrowatcher/video/7391234567890123456"
    assert by_start["Another clip, shared on TikTok"].url == "https://vm.tiktok.com/ZMrAbCdEf/"
    assert by_start["The transport authority posted"].platform == "x"
    assert by_start["The transport authority posted"].url == "https://t.co/AbC123xyz"
    assert len(citations) == 7


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
# Plain text rules


def test_inline_related_box_is_skipped_and_the_tail_cut() -> None:
    article = read(DATA, "inline_related.txt")
    assert article.title == "Rescuers reach hikers stranded on flooded mountain trail"
    assert article.outlet == "Harbour Times"
    assert article.published_at == "2025-03-14"
    lines = article.text.split("\n")
    assert lines[0].startswith("Rescue teams reached a group of eleven hikers")
    assert lines[-1].startswith("Rescuers used ropes")  # the article goes on after the box
    for junk in ("Storm warning", "Share", "Comments", "third rescue", "Home | News"):
        assert junk not in article.text


def test_related_tail_with_other_stories_ends_the_article() -> None:
    text = (
        "A clip posted to Douyin shows a bus sliding down an icy hill in Guizhou on Monday.\n"
        "No one was injured, local officials told the state broadcaster later that day.\n\n"
        "Related Articles\n\n"
        "Markets rally as tech shares climb\nMarkets rally as tech shares climb\n\n"
        "Reuters\n\ntime2 hours ago\n\n"
        "Stocks rose on Tuesday as investors bet on a rebound in technology shares, traders said.\n"
    )
    article = read_article("t.txt", text.encode())
    assert article.text.endswith("later that day.")
    assert "Markets" not in article.text and "Stocks rose" not in article.text


def test_code_lines_are_dropped_from_text() -> None:
    text = (
        ".ad-slot{display:none;margin:0}#hero img{width:100%;height:auto;}\n"
        "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}\n"
        "A video shared on Weibo shows residents clearing snow from a rooftop in Harbin.\n"
    )
    article = read_article("t.txt", text.encode())
    assert article.text == (
        "A video shared on Weibo shows residents clearing snow from a rooftop in Harbin."
    )


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", True),
        ("\n  <html lang='en'><p>Hi</p></html>", True),
        ("<div class='story'><p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p><p>5</p></div>", True),
        ("Prices rose 3% in < 2 weeks, a rise of <5% a year, officials said.", False),
        ("A plain sentence that mentions <b>bold</b> text once.", False),
    ],
)
def test_html_is_sniffed_from_content(text: str, is_html: bool) -> None:
    assert looks_like_html(text) is is_html


def test_xhtml_with_an_xml_declaration() -> None:
    page = (
        b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        b"<head><title>T</title></head><body><article><p>A video posted to Weibo shows the "
        b"flood reaching the second floor of a school.</p></article></body></html>"
    )
    article = read_article("page.xhtml", page)
    assert article.kind == "html"
    assert article.text.startswith("A video posted to Weibo shows the flood")


def test_urls_printed_in_plain_text_are_links() -> None:
    text = (
        b"A clip posted to X (https://x.com/someone/status/123?s=20) shows the crash.\n"
        b"Police said the driver was unhurt, according to a statement issued on Friday.\n"
    )
    article = read_article("t.txt", text)
    assert article.links == ["https://x.com/someone/status/123"]
    (citation,) = extract_citations(article)[1]
    assert (citation.platform, citation.url) == ("x", "https://x.com/someone/status/123")


def test_html_in_a_txt_file_is_read_as_html() -> None:
    html = (DATA / "embed_article.html").read_bytes()
    assert read_article("saved-page.txt", html).kind == "html"


# ---------------------------------------------------------------------------------------
# Citations in other outlets' phrasings


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A clip posted to Instagram by @city.cyclist shows riders weaving between buses.",
            ("instagram", "@city.cyclist", None, None),
        ),
        (
            "In a video uploaded to YouTube, which has been viewed 1.2m times, the chef explains "
            "the recipe.",
            ("youtube", None, "views", 1_200_000),
        ),
        (
            "Footage circulating on Weibo shows water pouring into a metro station.",
            ("weibo", None, None, None),
        ),
        (
            "The clip, shared on Douyin, has 500,000 likes.",
            ("douyin", None, "likes", 500_000),
        ),
        (
            "Another video posted on X by user @stormwatch has racked up 3.2M views.",
            ("x", "@stormwatch", "views", 3_200_000),
        ),
        (
            "Kuaishou streamer Wang Lei said in a livestream that the stall would close.",
            ("kuaishou", "Wang Lei", None, None),
        ),
        (
            "Jackie Chen, a popular TikToker, filmed the queue outside the store.",
            ("tiktok", "Jackie Chen", None, None),
        ),
        ("Protesters were filmed tearing down the fence.", (None, None, None, None)),
    ],
)
def test_citations_in_other_phrasings(sentence: str, expected: tuple) -> None:
    citations = find_citations([Claim(0, sentence, 0, len(sentence))])
    assert len(citations) == 1
    assert fields(citations[0]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He spent most of his teenage years playing video games.",
        "The defendant appeared at the hearing via video link from prison.",
        "TikTok has faced scrutiny from regulators in Europe and the United States.",
        "Social media has changed the way young people consume news.",
        "Photos shared on Instagram show the couple on holiday in Greece.",
        "The video-sharing app has more than one billion monthly users.",
        "The footballer has 50 million followers across his social media accounts.",
        "The documentary was filmed over three years in the Arctic.",
        "Scores of content creators have offered glimpses into their lives.",
    ],
)
def test_not_citations(sentence: str) -> None:
    assert find_citations([Claim(0, sentence, 0, len(sentence))]) == []


@pytest.mark.parametrize(
    ("phrase", "kind", "value"),
    [
        ("a video with 3.2 million likes", "likes", 3_200_000),
        ("the clip got 1.2m views", "views", 1_200_000),
        ("a video with 500,000 views", "views", 500_000),
        ("a clip with 3.2M likes", "likes", 3_200_000),
        ("the video has 10k shares", "shares", 10_000),
        ("a clip viewed 1.2m times", "views", 1_200_000),
        ("a video with two million views", "views", 2_000_000),
        ("a clip watched by 12,000 people", "views", 12_000),
        ("a video with millions of views", "views", None),
        ("a clip with 1,234 comments", "comments", 1_234),
    ],
)
def test_stated_metrics(phrase: str, kind: str, value: int | None) -> None:
    (citation,) = find_citations([Claim(0, phrase, 0, len(phrase))])
    assert (citation.metric_kind, citation.metric_value) == (kind, value)


def test_stated_date_of_a_clip() -> None:
    sentence = "In one clip, uploaded on 3 March 2024, a man is seen throwing stones at a bus."
    (citation,) = find_citations([Claim(0, sentence, 0, len(sentence))])
    assert citation.stated_date == "2024-03-03"
    sentence = "A video posted on June 3 shows the crowd."
    (citation,) = find_citations([Claim(0, sentence, 0, len(sentence))], published_at="2025-06-05")
    assert citation.stated_date == "2025-06-03"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024-07-18", "2024-07-18"),
        ("18 July 2024", "2024-07-18"),
        ("July 18, 2024", "2024-07-18"),
        ("Sept. 3 2023", "2023-09-03"),
        ("March 2024", "2024-03"),
        ("25-12-2024", "2024-12-25"),
        ("12-25-2024", "2024-12-25"),
        ("06-05-2025", None),  # June 5 or 6 May
        ("31 February 2024", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


# ---------------------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\xef\xbb\xbf  \n"])
def test_empty_article(data: bytes) -> None:
    with pytest.raises(EmptyArticle, match="empty article"):
        read_article("empty.txt", data)


def test_binary_file() -> None:
    with pytest.raises(BinaryArticle, match="binary file"):
        read(DATA, "binary.dat")
    with pytest.raises(BinaryArticle, match=r"binary file \(PDF\)"):
        read_article("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    with pytest.raises(BinaryArticle, match="PNG"):
        read_article("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_non_utf8_text_is_refused_with_a_hint() -> None:
    with pytest.raises(NotUTF8) as raised:
        read(DATA, "cp1252.txt")
    assert "not UTF-8 text (byte 0x92 at offset 9)" in str(raised.value)
    assert raised.value.status == "not_utf8"
    # Given its encoding, the same file reads.
    article = read_article("cp1252.txt", (DATA / "cp1252.txt").read_bytes(), encoding="cp1252")
    assert article.text.startswith("The mayor’s office said")


def test_declared_charset_and_boms_are_honoured() -> None:
    html = (
        '<html><head><meta charset="windows-1252"></head><body><p>The mayor\u2019s office '
        "said a video posted to Facebook showed the river rising overnight.</p></body></html>"
    ).encode("cp1252")
    assert "mayor’s office" in read_article("page.html", html).text
    sentence = "A clip posted to Weibo shows the river rising overnight in the city centre."
    assert read_article("bom.txt", b"\xef\xbb\xbf" + sentence.encode()).text == sentence
    assert read_article("u16.txt", sentence.encode("utf-16")).text == sentence


def test_html_with_no_text() -> None:
    with pytest.raises(NoText, match="HTML with no article text"):
        read(DATA, "no_text.html")
    with pytest.raises(NoText):
        read_article("bare.html", b"<html><body><h1>Menu</h1><p>Home</p></body></html>")


def test_article_errors_are_archiver_errors_with_statuses() -> None:
    from archiver.errors import ArchiverError

    statuses = {cls.status for cls in (EmptyArticle, BinaryArticle, NotUTF8, NoText)}
    assert statuses == {"empty_article", "binary_file", "not_utf8", "no_text"}
    assert issubclass(ArticleError, ArchiverError)
