"""Reading articles: decoding, bad input, plain-text and HTML main text, metadata."""

from __future__ import annotations

import pytest

from archiver.articles.claims import split_claims
from archiver.articles.dates import parse_date
from archiver.articles.reading import looks_like_html, read_article
from archiver.errors import ArticleError, BinaryArticle, EmptyArticle, NoText, NotUTF8
from tests.support.articles import (
    AGGREGATOR,
    BLOG,
    DAILY_MAIL,
    DATA,
    SEEDS,
    embed_article,
    needs_seeds,
    read,
)

# ---------------------------------------------------------------------------------------
# The seed articles


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


# ---------------------------------------------------------------------------------------
# HTML


def test_html_metadata_and_main_text() -> None:
    article = embed_article()
    assert article.kind == "html"
    assert article.title == "Flooded metro station filmed by commuters"
    assert article.outlet == "The Harbour Times"
    assert article.published_at == "2024-07-18"
    text = article.text
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


def test_html_in_a_txt_file_is_read_as_html() -> None:
    html = (DATA / "embed_article.html").read_bytes()
    assert read_article("saved-page.txt", html).kind == "html"


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


# ---------------------------------------------------------------------------------------
# Dates


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
