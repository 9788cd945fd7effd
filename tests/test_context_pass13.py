"""Rules of the thirteenth pass: categories of misses over sets 28 to 31, each tried on
invented sentences that are none of theirs, with look-alikes each rule must not take."""

from __future__ import annotations

import pytest

from archiver.articles.account_lines import account_line
from archiver.articles.claims import split_claims
from archiver.articles.metrics import metrics_stated
from archiver.articles.reading import read_article
from archiver.articles.stated import creator_named
from tests.support.threads import article as _article
from tests.support.threads import thread


def test_a_duet_put_out_opens_its_own_thread_and_its_source_is_not_its_maker() -> None:
    claims, citations = _article(
        "Bus driver Ola Brandt filmed himself singing a sea shanty at the depot.\n"
        "The clip reached 2 million views on TikTok in a week.\n"
        "On Monday the band posted a duet, playing along beside Brandt's video.\n"
        "The duet has been viewed 800,000 times.\n"
    )
    assert citations[2].same_clip_as is None
    assert citations[3].same_clip_as == 2
    assert citations[2].creator is None  # the duet is not Brandt's
    assert citations[0].creator == "Ola Brandt"


def test_posting_ones_own_clip_and_sending_one_in_are_new_clips() -> None:
    claims, citations = _article(
        "A bin man was filmed returning a lost cat to a pensioner in Leyton.\n"
        "The pensioner, Ada Moss, later posted her own video thanking him.\n"
        "In it she holds the cat up to the camera.\n"
        "10:02 Reader Sam Ode sent us this video of the same street flooding.\n"
    )
    assert citations[1].same_clip_as is None
    assert thread(citations, 1) == {1: "citation", 2: "description"}
    assert citations[3].same_clip_as is None
    assert citations[3].creator == "Sam Ode"


def test_a_clip_word_that_qualifies_another_brings_in_no_clip() -> None:
    claims, citations = _article(
        "Claim: A video shows a seal riding a surfboard into Penrith harbour.\n"
        "Verdict: False - the clip was made with an AI video tool.\n"
    )
    assert citations[1].same_clip_as == 0


def test_the_original_after_a_stitch_is_the_stitchs_source() -> None:
    claims, citations = _article(
        "Snooker coach Ivo Kerr posted a video of a 14-cushion trick shot on TikTok.\n"
        "Champion Lia Dorn stitched the video with her own failed attempt.\n"
        "Her stitch has 1.2m views.\n"
        "The sport's governing body reposted the original on X.\n"
    )
    assert citations[1].same_clip_as is None
    assert citations[3].same_clip_as == 0


def test_a_clip_named_by_its_platform_goes_to_the_thread_on_that_platform() -> None:
    claims, citations = _article(
        "20:04 - A video posted on TikTok by @quayside_ro shows the crane toppling.\n"
        "20:10 - The harbour's own livestream on YouTube shows the crowd moving back.\n"
        "20:31 - That TikTok now has more than 300,000 views.\n"
    )
    assert citations[1].same_clip_as is None
    assert citations[2].same_clip_as == 0


def test_a_clip_named_by_its_platform_in_play_stays_with_it() -> None:
    claims, citations = _article(
        "A video posted on TikTok by @quayside_ro shows the crane toppling.\n"
        "That TikTok now has more than 300,000 views.\n"
    )
    assert citations[1].same_clip_as == 0


@pytest.mark.parametrize(
    "text",
    [
        # a kind of clip named by its owner, a platform between owner and clip, a sequel
        "Chef Rui Palma stitched the video with his own omelette.\n"
        "Palma's stitch has 300,000 views.\n",
        "Gardener Tess Wilde filmed a hedgehog raiding her strawberries.\n"
        "Her Facebook post has been shared 12,000 times.\n",
        "Farmer Lou Abbey has since posted a second video of the lambs.\n"
        "The sequel has 400,000 views.\n",
    ],
)
def test_these_refer_back(text: str) -> None:
    _, citations = _article(text)
    assert citations[1].same_clip_as == 0


def test_a_relative_named_after_an_unnamed_lede_retells_its_clip() -> None:
    claims, citations = _article(
        "A grandmother's cartwheel at her grandson's wedding has been viewed 3 million times.\n"
        "His sister, Ruth, filmed the dance floor and posted it to TikTok that night.\n"
    )
    assert citations[1].same_clip_as == 0
    assert citations[0].inferred_creator == "Ruth"


def test_a_translators_note_above_the_headline_keeps_the_headline_out_of_the_claims() -> None:
    article = read_article(
        "a.txt",
        (
            b"This article was first published in Dutch by Het Noorderblad and has been "
            b"translated into English.\n"
            b"Heron steals eel from fisherman's bucket\n"
            b"A heron snatched an eel from a bucket on the Zuiderdijk, as a video posted on "
            b"Instagram by angler Joost Kamp shows.\n"
        ),
    )
    texts = [claim.text for claim in split_claims(article)]
    assert "Heron steals eel from fisherman's bucket" not in texts
    assert article.headline == ["Heron steals eel from fisherman's bucket"]
    assert texts[0].startswith("This article was first published")


def test_a_story_that_opens_in_prose_has_no_headline_taken_from_it() -> None:
    article = read_article(
        "a.txt",
        b"Translated from a Polish report in Gazeta Portowa.\n"
        b"A heron snatched an eel from a bucket on the quay, as a video shows.\n",
    )
    assert article.headline == []
    assert len(split_claims(article)) == 2


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a dateline's dash, a list item's short heading, a photo credit, an attribution
        # after an exclaimed quote past an age
        ("VILLA NUEVA.- A band played on a stalled train, in a video that went viral.", 1),
        ("1. The heron. A video of a heron stealing an eel has 2m views on TikTok.", 1),
        ("A heron takes an eel, in a still from a video. Joost Kamp/@joostvist via Wire", 1),
        ("“Not the eel!” Joost, 44, shouts in the video.", 1),
        # two sentences stay two
        ("1. The heron took the eel at dawn and flew off. Nobody saw where it went.", 2),
        ("The river rose. Photographers waited on the bank all night for the flood.", 2),
    ],
)
def test_sentences_cut_wrongly_go_back_together(text: str, sentences: int) -> None:
    claims = split_claims(read_article("a.txt", text.encode()))
    assert len(claims) == sentences


@pytest.mark.parametrize(
    "text",
    [
        "A van was caught on a lorry driver's dashcam mounting the kerb.\n",
        "Nurse Ama Boateng posted a follow-up on Monday, answering questions.\n",
        "His last stream, on 3 May, was a six-hour charity marathon.\n",
        "The temple broadcast the whole procession on its YouTube channel.\n",
        "A jury has been shown mobile phone footage of the fight.\n",
        "Police are releasing doorbell camera footage of the suspect.\n",
        "We have also been sent dashcam footage by a passing cyclist.\n",
        "The groom's brother got it all on his phone.\n",
        "Her son grabbed his phone and recorded the whole thing.\n",
        "Baker Ana Roque set up a trail camera by her bins, and on the second night it "
        "recorded a badger.\n",
        # the clip's life told: a stream ended, spread on a platform, where it is, taken
        # down, a body's own film put out, a clip named by what it is on a channel
        "10:20 Reid has now ended his stream, and the boat is still tied up.\n",
        "It also circulated in WhatsApp groups across the county.\n",
        "The full, unedited clip is on the trust's YouTube channel, MarshCam.\n",
        "YouTube took it down after about five hours.\n",
        "The tourist board has since released its own film of the walk on YouTube.\n",
        "Coach Ivo Lyle broke the drill down in a slow-motion tutorial on his YouTube channel.\n",
        "Ventriloquist Bo Lane, who has 2.1 million followers on TikTok, posted a duet in "
        "which his puppet sings.\n",
        "A trail camera run by the wildlife trust caught a heron eating an eel.\n",
        "The council has since shared it on its own Facebook page.\n",
    ],
)
def test_more_ways_to_cite_a_clip(text: str) -> None:
    _, citations = _article(text)
    assert 0 in citations


@pytest.mark.parametrize(
    "text",
    [
        "Forecaster Ian Roe says gusts of 94mph were recorded at the summit overnight.\n",
        "The highest temperature recorded in the town was 38C.\n",
        "Drury tells us he was filming his children when the rockets went sideways.\n",
        "Ms Lyle told the court she started recording because nobody would believe her.\n",
        "She posted a follow-up statement on the council's website.\n",
        "The surgeon posted a follow-up letter to the family.\n",
        "The band recorded their debut album in Berlin.\n",
        "Almendral recorded a high of 39C on Thursday.\n",
        "Rumours circulated on WhatsApp for days.\n",
        "The singer ended her tour in Leeds.\n",
    ],
)
def test_look_alikes_that_cite_nothing(text: str) -> None:
    _, citations = _article(text)
    assert citations == {}


def test_filming_told_afterwards_still_cites_with_a_platform() -> None:
    _, citations = _article(
        "Drury tells us he was filming his children and posted the video on Instagram.\n"
    )
    assert 0 in citations


@pytest.mark.parametrize(
    ("text", "is_account"),
    [
        ("He streamed on Twitch as @rabbitfoot_rv and had 210,000 followers.", True),
        ("Her granddaughter set up her account, @nana_knits, in 2022.", True),
        # a clip in the line, or "posted ... by" someone, is no account line
        ("He posted the video as @rabbitfoot_rv on Tuesday.", False),
        ("The original was posted on YouTube by a Slovak driver, Peter Kral.", False),
    ],
)
def test_account_lines(text: str, is_account: bool) -> None:
    assert account_line(text) is is_account


@pytest.mark.parametrize(
    ("sentence", "creator"),
    [
        ("When Ivo Kerr, a 30-year-old plumber, filmed himself juggling, nobody watched.",
         "Ivo Kerr"),
        ("Leanne, from Merthyr Cwm, shared the footage on TikTok.", "Leanne"),
        ("When Fiona Hale's doorbell camera caught the driver, she posted it.", "Fiona Hale"),
        # a first name that is also a word opening a clause keeps its place
        ("Will Oduya posted a video of his dog on Instagram.", "Will Oduya"),
        # who set the camera up, who was streaming (in a relative clause)
        ("Baker Ana Roque set up a trail camera by her bins, and it recorded a badger.",
         "Ana Roque"),
        ("Astronomer Lia Brandt, who was streaming Saturn on YouTube, caught the flash.",
         "Lia Brandt"),
        # the maker "himself", and a duet made
        ("Goalkeeper Ari Lund himself posted a reaction video on TikTok.", "Ari Lund"),
        ("Singer Nia Oduya, who has 2 million followers, made a duet with the video.",
         "Nia Oduya"),
    ],
)  # fmt: skip
def test_the_maker_past_a_clause_opener_or_a_place(sentence: str, creator: str) -> None:
    assert creator_named(sentence) == creator


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("The clip has 3.2 million views, and 410,000 people have liked it.",
         [("views", 3200000), ("likes", 410000)]),
        ("It has been viewed 6 million times, and more than 90,000 people have left comments.",
         [("views", 6000000), ("comments", 90000)]),
        ("About 2,000 people watched the parade.", []),
    ],
)  # fmt: skip
def test_people_who_liked_or_commented(text: str, metrics: list) -> None:
    assert [(m.kind, m.value) for m in metrics_stated(text)] == metrics


@pytest.mark.parametrize(
    "text",
    [
        # a user's comment quoted, a hashtag's count
        "Reacting, an X user, @kemi_says, said: “This is the wife that builds a house.”\n",
        "Another user, @obi_writes, wrote: “The rider deserves a seat at the reception.”\n",
        "The hashtag #SpoonItRight has since gathered 90 million views across 40,000 videos.\n",
    ],
)
def test_a_comment_or_a_hashtag_is_no_clip(text: str) -> None:
    _, citations = _article(text)
    assert citations == {}


def test_a_commenter_who_posted_a_clip_still_cites() -> None:
    _, citations = _article(
        "One user, @kemi_says, posted a video of her own wedding convoy on TikTok.\n"
    )
    assert 0 in citations


def test_a_fact_check_headline_with_a_question_is_no_claim() -> None:
    article = read_article(
        "a.txt",
        b"Fact check: Does the mayor's campaign video show him rescuing a swan?\n"
        b"Verdict: False - the swan rescue in the mayor's campaign video was filmed by a "
        b"ranger in 2020.\n",
    )
    assert article.headline == [
        "Fact check: Does the mayor's campaign video show him rescuing a swan?"
    ]
    assert len(split_claims(article)) == 1


def test_making_headlines_is_no_clip_made() -> None:
    assert creator_named("Striker Ari Lund made headlines after a video of him surfaced.") is None


@pytest.mark.parametrize(
    ("sentence", "creator"),
    [
        # the maker of a stitch named by its possessive; whom a clip is of is no maker
        ("Mo Rae's stitch of the launch video has been shared 260,000 times.", "Mo Rae"),
        ("The most watched, of an elderly baker, Ines Roque, kneading dough, has 3m views.",
         None),
    ],
)  # fmt: skip
def test_stitch_makers_and_people_a_clip_is_of(sentence: str, creator: str | None) -> None:
    assert creator_named(sentence) == creator


@pytest.mark.parametrize(
    "text",
    [
        # a part, a capture or a version of the clip in play is the same clip
        "A teacher filmed her class singing the times tables on TikTok.\n"
        "A screen-recording of the video posted to X by @schooldays drew 300,000 views.\n",
        "A teacher filmed her class singing the times tables on TikTok.\n"
        "An Instagram version, captioned in Welsh, has a further 1.1m views.\n",
    ],
)
def test_copies_of_the_clip_in_play(text: str) -> None:
    _, citations = _article(text)
    assert citations[1].same_clip_as == 0


def test_a_stitch_by_someone_named_as_an_owner_is_a_new_clip() -> None:
    _, citations = _article(
        "The brand posted its launch video on TikTok, pouring milk before cereal.\n"
        "Mo Rae's stitch of the launch video, in which he gasps, was the breakout hit.\n"
    )
    assert citations[1].same_clip_as is None
    assert citations[1].creator == "Mo Rae"


def test_a_verdict_on_the_clip_opens_the_thread_the_video_after_it_joins() -> None:
    _, citations = _article(
        "Verdict: Fake - the clip was made with an AI video generator.\n"
        "A 10-second video circulating on Facebook appears to show a seal on a jet ski.\n"
        "The seal's flipper passes through the handlebar halfway through.\n"
        "A TikTok video by marine guide Ewan Roe explains the errors.\n"
    )
    assert citations[1].same_clip_as == 0
    assert citations[3].same_clip_as is None


def test_a_verdict_on_the_clip_after_a_claim_line_refers_back() -> None:
    _, citations = _article(
        "Claim: A video shows a seal riding a jet ski in Oban bay.\n"
        "Verdict: Fake - the video was made with an AI tool.\n"
    )
    assert citations[1].same_clip_as == 0


def test_a_verdict_with_no_clip_named_cites_nothing() -> None:
    _, citations = _article("Verdict: False.\nOur rating: Misleading - the quote is made up.\n")
    assert citations == {}


def test_a_duet_reposted_elsewhere_keeps_its_own_platform_a_stitch_or_duet() -> None:
    _, citations = _article(
        "Nurse Ola Bright filmed herself singing on a night shift and posted it to TikTok.\n"
        "On Monday the singer posted a duet, harmonising beside Bright's video.\n"
        "A fan account reposted the duet on X, where it has 20,000 reposts.\n"
    )
    assert citations[1].same_clip_as is None
    assert citations[1].inferred_platform == "tiktok"
    assert citations[2].platform == "x"


def test_a_reposter_named_three_times_is_not_the_articles_subject() -> None:
    _, citations = _article(
        "Panbright's kettle verdict wipes 5% off its shares\n"
        "A 40-second YouTube Short in which a home cook's kettle melts has 9 million views.\n"
        "Shares in Panbright fell 5 percent on Monday.\n"
        "Panbright's own TikTok account reposted the review with an apology.\n"
        "That repost has 200,000 likes.\n"
    )
    assert citations[0].inferred_creator is None
    assert citations[2].creator == "Panbright"


def test_the_maker_past_a_time_before_the_verb() -> None:
    assert creator_named("Councillor Ria Pryce last week posted a video on Facebook.") == (
        "Ria Pryce"
    )
    # a place before a day is no maker ("on the Pic de la Sereine on Saturday filmed")
    assert (
        creator_named("A hiker trapped on the Pic de la Sereine on Saturday filmed the rescue.")
        is None
    )


def test_a_bodys_own_film_is_not_the_article_subjects() -> None:
    _, citations = _article(
        "Drone pilot Mads Berg filmed the ridge at dawn and posted the clip on Instagram.\n"
        "Berg has flown over the ridge for ten years.\n"
        "Berg says he will go back next spring.\n"
        "The tourist board has since released its own film of the route on YouTube.\n"
    )
    assert citations[3].inferred_creator is None


def test_a_live_blog_entry_just_after_a_clips_entry_goes_on_describing_it() -> None:
    _, citations = _article(
        "07:02 Good morning and welcome to our coverage of the storm.\n"
        "07:15 A video shared by the coastguard shows waves breaking over the sea wall.\n"
        "07:16 Spray reaches the roofs of parked cars as a lamp post sways behind them.\n"
        "07:17 The coastguard says two walkers were rescued at dawn.\n"
        "07:40 Trains between the two towns are cancelled until noon.\n"
    )
    assert thread(citations, 1) == {1: "citation", 2: "description"}


def test_a_live_blog_entry_long_after_a_clip_is_the_blogs_own_news() -> None:
    _, citations = _article(
        "11:02 A video posted on X shows the leaders at the halfway mark.\n"
        "11:30 Kiprono wins the race in a course record.\n"
    )
    assert thread(citations, 0) == {0: "citation"}


def test_an_x_post_named_by_its_platform_goes_to_the_thread_on_x() -> None:
    claims, citations = _article(
        "20:04 - A video posted on X by @quayside_ro shows the crane toppling.\n"
        "20:10 - The harbour's own livestream on YouTube shows the crowd moving back.\n"
        "20:31 - The X post now has more than 300,000 views.\n"
    )
    assert citations[2].same_clip_as == 0
