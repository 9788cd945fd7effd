"""Leads of lower trust and sound leads: hashtags elsewhere in the article, the sound of
a clip linked in the thread, their weights, their bounds, and the URLs yt-dlp lists."""

from __future__ import annotations

import gzip
import json

import pytest
from yt_dlp.extractor.tiktok import TikTokSoundIE, TikTokTagIE, TikTokUserIE

from archiver.discovery.leads import (
    DEFAULT_TEMPLATES,
    MAX_ARTICLE_TAGS,
    MAX_CLAIM_TAGS,
    Sound,
    hashtags,
    lead_url,
    leads_for,
)
from archiver.discovery.rank import Citation, ListedUnder, score_entry
from archiver.discovery.sounds import thread_sounds
from archiver.store.catalogue import Catalogue

ARTICLE = (
    "Chongqing is called the #8Dcity online. A TikToker says #chongqing is a maze. "
    "Fans tag the stairs #mountaincity, #MountainCity and #8dcity; a few add #fog."
)


def test_article_hashtags_are_leads_of_lower_weight_than_the_claims():
    leads = leads_for("A clip tagged #chongqing shows the maze.", None, ARTICLE)
    assert [(lead.kind, lead.value, lead.origin, lead.weight) for lead in leads] == [
        ("tag", "chongqing", "hashtag in the claim", 0.6),
        # most used first; the claim's own is not repeated
        ("tag", "8dcity", "hashtag elsewhere in the article", 0.3),
        ("tag", "mountaincity", "hashtag elsewhere in the article", 0.3),
        ("tag", "fog", "hashtag elsewhere in the article", 0.3),
    ]
    assert hashtags("a &#39;quoted&#39; word and C# code") == []  # entities are no tags


def test_an_article_stuffed_with_hashtags_gives_a_bounded_number_of_leads():
    stuffed = " ".join(f"#tag{n}" for n in range(5000))
    leads = leads_for(stuffed, None, stuffed + " #other1 #other2 #other3 #other4")
    tags = [lead for lead in leads if lead.kind == "tag"]
    assert len(tags) == MAX_CLAIM_TAGS + MAX_ARTICLE_TAGS
    assert sum(lead.origin == "hashtag in the claim" for lead in tags) == MAX_CLAIM_TAGS


def test_the_default_urls_are_what_yt_dlps_tiktok_list_extractors_read():
    sound = Sound("tiktok:7363945626723892301", "7363206033112428557", "Fog over the Yangtze!")
    leads = leads_for("#chongqing", "@hughchongqing", "", [sound])
    urls = {lead.kind: lead_url(lead, DEFAULT_TEMPLATES) for lead in leads}
    assert urls["sound"] == "https://www.tiktok.com/music/Fog-over-the-Yangtze-7363206033112428557"
    assert TikTokSoundIE.suitable(urls["sound"])
    assert TikTokSoundIE._match_id(urls["sound"]) == "7363206033112428557"
    assert TikTokUserIE.suitable(urls["user"]) and TikTokTagIE.suitable(urls["tag"])
    [lead] = [lead for lead in leads if lead.kind == "sound"]
    assert (lead.origin, lead.weight) == (
        "sound of tiktok:7363945626723892301, linked in the same thread",
        0.8,
    )
    # a sound with no title, or one in another script, still makes a URL yt-dlp reads
    for title in (None, "重庆的雾"):
        [untitled] = leads_for("", None, "", [Sound("tiktok:1", "42", title)])
        assert untitled.value == "sound-42"
        assert TikTokSoundIE.suitable(lead_url(untitled, DEFAULT_TEMPLATES))


def test_a_post_listed_under_a_sound_ranks_above_one_that_is_not():
    citation = Citation(1, "a TikTok video of the fog", None, None, None, None, None)
    entry = {"url": "https://example.org/v/1", "title": "Fog again"}
    plain = score_entry(citation, entry, False)
    sound = score_entry(citation, entry, False, [ListedUnder("sound", "fog-42", 0.8)])
    tag = score_entry(citation, entry, False, [ListedUnder("tag", "fog", 0.3)])
    assert plain.score < tag.score < sound.score
    assert "listed under sound fog-42" in sound.reasons


def _thread_with_linked_clip(catalogue: Catalogue, page_data: bytes | None) -> int:
    with catalogue.write() as db:
        db["articles"].insert({"article_id": 1, "source": "a", "fetched_at": "t",
                               "sha256": "x", "text": "t"})  # fmt: skip
        for claim_id in (1, 2):
            db["claims"].insert({"claim_id": claim_id, "article_id": 1, "position": claim_id,
                                 "text": "t", "start_char": 0, "end_char": 1})  # fmt: skip
        db["citations"].insert({"citation_id": 1, "claim_id": 1})
        db["thread_members"].insert({"claim_id": 2, "citation_id": 1, "role": "description"})
        db["clips"].insert({"clip_id": "tiktok:9", "extractor": "TikTok", "platform_id": "9",
                            "original_url": "u",
                            "webpage_url": "u", "first_captured_at": "t"}, alter=False)  # fmt: skip
        db["captures"].insert({"capture_id": 1, "requested_url": "u", "clip_id": "tiktok:9",
                               "captured_at": "t", "status": "ok", "ytdlp_version": "v",
                               "page_data_gz": page_data})  # fmt: skip
        db["evidence"].insert({"claim_id": 2, "clip_id": "tiktok:9", "method": "manual",
                               "status": "confirmed", "created_at": "t"})  # fmt: skip
    return 1


def _packed(music: object) -> bytes:
    data = {"source": "tiktok", "data": {"itemInfo": {"itemStruct": {"music": music}}}}
    return gzip.compress(json.dumps(data).encode())


@pytest.mark.parametrize(
    ("page_data", "expected"),
    [
        (_packed({"id": "7363206033112428557", "title": "Fog"}), ["7363206033112428557"]),
        (_packed({"id": "../../etc/passwd", "title": "x"}), []),  # not a music id
        (_packed("not a dict"), []),
        (b"not gzip at all", []),
        (gzip.compress(b"{" * 100), []),  # not JSON
        (gzip.compress(b" " * (9 * 1024 * 1024)), []),  # unpacks past the bound
        (None, []),
    ],
)
def test_sounds_come_from_the_post_data_of_clips_linked_in_the_thread(page_data, expected):
    catalogue = Catalogue.in_memory()
    citation_id = _thread_with_linked_clip(catalogue, page_data)
    found = thread_sounds(catalogue, citation_id)
    assert [sound.music_id for sound in found] == expected
    if expected:
        assert found[0].clip_id == "tiktok:9" and found[0].title == "Fog"


def test_an_archive_from_before_lead_weights_upgrades_and_keeps_its_leads(tmp_path):
    """A catalogue written before m016 (discovery without weights) opens, its leads
    counted as they were (weight 1), and gains the table of the leads per candidate."""
    from archiver.store.catalogue import open_catalogue

    with open_catalogue(tmp_path / "a") as catalogue:
        _thread_with_linked_clip(catalogue, None)
        with catalogue.write() as db:
            db.execute("DROP TABLE discovery_candidate_leads")
            db.execute("ALTER TABLE discovery_leads DROP COLUMN weight")
            db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm016_discovery_lead_weights'")
            db["discovery_leads"].insert({"citation_id": 1, "kind": "user", "value": "hugh",
                                          "origin": "named in the claim", "trusted": 1,
                                          "url": "https://www.tiktok.com/@hugh",
                                          "created_at": "2025-01-01T00:00:00"})  # fmt: skip
    with open_catalogue(tmp_path / "a") as catalogue:
        leads = list(catalogue.db.query("SELECT value, weight FROM discovery_leads"))
        tables = set(catalogue.db.table_names())
    assert leads == [{"value": "hugh", "weight": 1.0}]
    assert "discovery_candidate_leads" in tables


def test_only_leads_the_article_names_fail_the_run_when_they_cannot_be_listed(tmp_path, site):
    """Every listing is recorded with its status; a handle or hashtag the claim names
    that cannot be listed is a failure of the run, a hashtag from another sentence is
    not (nor a guessed handle, nor a sound: tested with TikTok's)."""
    from archiver.clips.capture import CaptureOptions, Capturer
    from archiver.discovery.discover import DiscoverOptions, discover_stage
    from archiver.store.catalogue import open_catalogue

    with open_catalogue(tmp_path / "a") as catalogue:
        with catalogue.write() as db:
            claim = "A clip by @some.one #stairs."
            text = f"Stairs everywhere #fog. {claim}"
            db["articles"].insert({"article_id": 1, "source": "a", "fetched_at": "t",
                                   "sha256": "x", "text": text})  # fmt: skip
            db["claims"].insert({"claim_id": 1, "article_id": 1, "position": 1,
                                 "start_char": 0, "text": claim, "end_char": 1})  # fmt: skip
            db["citations"].insert({"citation_id": 1, "claim_id": 1, "platform": "tiktok"})
        templates = {kind: site.url(f"missing/{kind}/{{value}}.xml") for kind in ("user", "tag")}
        with Capturer(catalogue, CaptureOptions(allow_private_addresses=True)) as capturer:
            found = discover_stage(
                catalogue, capturer.list_flat, DiscoverOptions(templates=templates)
            )
        listed = catalogue.db.execute(
            """SELECT l.kind, l.value, s.status FROM discovery_listings s
               JOIN discovery_leads l USING (lead_id) ORDER BY l.lead_id"""
        ).fetchall()
    assert listed == [("user", "some.one", "not_found"), ("tag", "stairs", "not_found"),
                      ("tag", "fog", "not_found")]  # fmt: skip
    assert sorted(url.rsplit("/", 2)[1] for url, _ in found.failed) == ["tag", "user"]
    assert all(outcome.status == "not_found" for _, outcome in found.failed)
