"""Claims and citations: the seed articles, an HTML fixture, other outlets' phrasings."""

from __future__ import annotations

import json

import pytest

from archiver.articles.citations import extract_citations, find_citations
from archiver.articles.claims import Claim, split_claims
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


def test_html_captions_become_claims() -> None:
    article = embed_article()
    claims = split_claims(article)
    captions = [claim.text for claim in claims if claim.is_caption]
    assert captions == ["Water cascades down an escalator at Riverside station on Wednesday"]


def test_html_citations_get_their_urls() -> None:
    article = embed_article()
    claims, citations = extract_citations(article)
    by_start = {claims[c.claim_position].text[:30]: c for c in citations}
    assert len(by_start) == len(citations)
    instagram = by_start["A clip posted to Instagram by "]
    assert fields(instagram) == ("instagram", "@riverside.daily", None, None)
    assert instagram.url is None  # no link given
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
