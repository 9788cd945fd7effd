"""`archiver archive URL` asks what a page is before reading it as an article: a video
page is a clip captured from the page, an article an article, both an article with its
clip. Pages are served on loopback and read by yt-dlp's real generic extractor."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.store.catalogue import open_catalogue

PARAGRAPHS = [
    "Residents of Chongqing say the city's hills make floor numbers meaningless, and a "
    "video shared this week shows why: the metro runs through the eighth floor of a "
    "residential building.",
    "The clip, filmed by a commuter, has been watched millions of times. Local officials "
    "said the line was designed with the building, not forced through it, and that "
    "residents were consulted before construction began in the early 2000s.",
    "Urban planners point to the city's terrain: many buildings have entrances at several "
    "levels, so a shop on the ground floor on one street is on the tenth on another.",
]


def article_body(video: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"<article><h1>The city where floors make no sense</h1>{video}{paragraphs}</article>"


def archive(archive_dir, *args):
    result = CliRunner().invoke(
        main, ["--archive", str(archive_dir), "archive", "--no-transcribe", "--pause", "0", *args]
    )
    return result


def rows(archive_dir, sql):
    with open_catalogue(archive_dir) as catalogue:
        return list(catalogue.db.query(sql))


def test_a_json_ld_video_page_is_captured_as_a_clip_with_its_metadata(site, archive_dir):
    url = site.jsonld_page("night-shift.html", "night-shift.mp4", site.media.clip)
    result = archive(archive_dir, url)
    assert result.exit_code == 0, result.output
    assert f"{url}: a video page: captured as a clip, from the page" in result.output
    assert rows(archive_dir, "SELECT * FROM articles") == []
    [clip] = rows(archive_dir, "SELECT * FROM clips")
    assert clip["title"] == "Night shift in Chongqing"
    assert clip["uploader"] == "Hugh Chongqing"
    assert clip["original_url"] == url
    [observation] = rows(archive_dir, "SELECT * FROM observations")
    assert (observation["views"], observation["likes"], observation["comments"]) == (
        120345,
        3214000,
        512,
    )


def test_an_article_with_a_video_of_its_own_is_an_article_and_its_clip(site, archive_dir):
    media = site.add_file("metro.mp4", site.media.clip)
    video = (
        f'<figure><video controls src="{media}"></video><figcaption>The metro</figcaption></figure>'
    )
    url = site.add_page("metro-story.html", article_body(video), title="Floors")
    result = archive(archive_dir, url)
    assert result.exit_code == 0, result.output
    assert f"{url}: an article with a video of its own" in result.output
    [article] = rows(archive_dir, "SELECT * FROM articles")
    assert article["url"] == url and "eighth floor" in article["text"]
    [clip] = rows(archive_dir, "SELECT * FROM clips")
    links = rows(archive_dir, "SELECT url FROM article_links")
    assert {"url": url} in links  # the page is the article's clip link
    assert clip["original_url"] == url
    audio = rows(archive_dir, "SELECT * FROM clip_media WHERE kind = 'audio'")
    assert [row["clip_id"] for row in audio] == [clip["clip_id"]]


def test_an_article_without_a_video_is_an_article(site, archive_dir):
    url = site.add_page("plain-story.html", article_body(), title="Floors")
    result = archive(archive_dir, url)
    assert result.exit_code == 0, result.output
    assert f"{url}: an article\n" in result.output
    assert len(rows(archive_dir, "SELECT * FROM articles")) == 1
    assert rows(archive_dir, "SELECT * FROM clips") == []
    assert rows(archive_dir, "SELECT * FROM captures") == []


@pytest.mark.parametrize(("flag", "kind"), [("--as-article", "article"), ("--as-clip", "clip")])
def test_as_article_and_as_clip_force_it(site, archive_dir, flag, kind):
    media = site.add_file("forced.mp4", site.media.clip)
    url = site.add_page("forced.html", article_body(f'<video src="{media}"></video>'))
    result = archive(archive_dir, flag, "--json", url)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{") :])
    assert summary["pages"] == {url: kind}
    articles = rows(archive_dir, "SELECT * FROM articles")
    links = rows(archive_dir, "SELECT url FROM article_links")
    if kind == "article":
        assert len(articles) == 1 and {"url": url} not in links
        assert rows(archive_dir, "SELECT * FROM clips") == []
    else:
        assert articles == []
        assert len(rows(archive_dir, "SELECT * FROM clips")) == 1
