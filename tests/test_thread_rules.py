"""Thread, context and citation rules read from sentence structure (issue 13, fourth
pass on): each rule on invented sentences, with limit cases of what it must not join."""

from __future__ import annotations

import pytest

from archiver.articles.metrics import metrics_stated
from tests.support.threads import article as _article
from tests.support.threads import thread as _thread

# ---------------------------------------------------------------------------------------
# Fourth pass: the causes of misses on sets 3 and 4, as general rules (invented text).


@pytest.mark.parametrize(
    ("text", "platform", "creator"),
    [
        ("Elsewhere, a woman in Tromsø filmed her shed roof being lifted off by the gale.",
         None, None),
        ("A puppy in a raincoat, filmed by his owner, was spotted splashing in a fountain.",
         None, None),
        ("At the harbour, DJ Lena Voss filmed the fireworks over the water on TikTok.",
         "tiktok", "Lena Voss"),
        ("In his latest TikTok, Omar Haddad re-tiles a bathroom in an afternoon.",
         "tiktok", "Omar Haddad"),
        ("The riverside clean-up was documented on Instagram by a local diver.",
         "instagram", None),
        ("Footage circulating on WhatsApp groups shows a sinkhole opening under a bus stop.",
         "whatsapp", None),
        ("Police have released dashcam footage of a moose walking into a petrol station.",
         None, None),
        ("Lava pours over the road in a still from Halla Jónsdóttir's video",
         None, "Halla Jónsdóttir"),
    ],
)  # fmt: skip
def test_the_ways_an_article_cites_a_clip_it_does_not_call_a_video(text, platform, creator):
    _, citations = _article(text)
    assert 0 in citations
    assert (citations[0].platform, citations[0].creator) == (platform, creator)


@pytest.mark.parametrize(
    ("text", "creator"),
    [
        ("A video posted on X by a local pharmacist, Ines Duarte, shows the queue.",
         "Ines Duarte"),
        ("A retired teacher in Cork, Maeve Dolan, filmed her hens and posted it on TikTok.",
         "Maeve Dolan"),
        ("A livestream run by the broadcaster NRK showed the ship leaving port.", "NRK"),
        ("A clip uploaded by a user called Fjellrev shows the storm.", "Fjellrev"),
        ("A video posted by the Guarda de Honra on X shows the parade.", "Guarda de Honra"),
        # the man in the clip, not who posted it; a place used as an adjective
        ("In the clip, posted to YouTube by the school, Tom Reid scores from his own half.",
         None),
        ("The first clip, posted by a Lisbon student who goes by @surfmiguel, shows a wave.",
         "@surfmiguel"),
    ],
)  # fmt: skip
def test_creators_in_apposition_and_after_by(text, creator):
    _, citations = _article(text)
    assert citations[0].creator == creator


def test_whatsapp_and_other_platforms_an_article_may_state():
    from archiver.platforms import platform_named

    names = "WhatsApp Snapchat Bluesky Weibo Douyin Kuaishou Bilibili Telegram Reddit Vimeo"
    for said in [*names.split(), "Rumble", "Twitch", "Threads"]:
        name = said.lower()
        assert platform_named(f"A clip shared on {said} shows a crash.") == name
    assert platform_named("A rumble of thunder shook the stands.") is None


def test_watched_by_millions_states_views_without_a_figure():
    text = "A hurdler's fall at a school sports day has been watched by millions."
    assert [(m.kind, m.value) for m in metrics_stated(text)] == [("views", None)]
    _, citations = _article(text)
    assert citations[0].metric_kind == "views"


def test_a_trend_spreading_on_a_platform_is_no_clip_unless_a_clip_is_named():
    _, citations = _article("A challenge to sing in a lift has spread across TikTok.")
    assert citations == {}
    _, citations = _article("A video of the lift challenge has spread across TikTok.")
    assert 0 in citations


def test_what_the_clip_shows_in_the_present_continues_with_no_cue_word():
    claims, citations = _article(
        "A video shared on Instagram shows a kayaker paddling under a frozen waterfall.\n"
        "Ice cracks above him as he passes.\n"
        "Onlookers cheer from the bank.\n"
        "Ferry tickets sold out, the tourist office said.\n"
        "Kayaks offer a quiet way to see the fjord.\n"
    )
    assert _thread(citations, 0) == {0: "citation", 1: "description", 2: "description"}


def test_the_present_tense_story_does_not_join_a_thread():
    _, citations = _article(
        "A clip posted to TikTok shows a swan blocking a motorway slip road.\n"
        "Hurricane warnings are in place along the coast.\n"
        "Food prices in the region rose sharply last year.\n"
    )
    assert _thread(citations, 0) == {0: "citation"}
    _, citations = _article(
        "A clip posted to TikTok shows a swan blocking a motorway slip road.\n"
        "The self-driving buses use radar to find the kerb.\n"
    )
    assert _thread(citations, 0) == {0: "citation"}


def test_the_creator_by_surname_continues_the_thread():
    _, citations = _article(
        "In a video posted to TikTok, pastry chef Lucia Ferri glazes a pear tart.\n"
        "Ferri slices the fruit by hand without looking.\n"
        "Ferri trained in Turin before moving to Leeds in 2015.\n"
    )
    assert citations[0].creator == "Lucia Ferri"
    assert _thread(citations, 0) == {0: "citation", 1: "back_reference"}


def test_a_definite_reference_rejoins_the_clip_after_a_line_of_background():
    _, citations = _article(
        "A clip shared on X shows a heron stealing a fish from a market stall in Porto.\n"
        "The bird flies off over the roofs.\n"
        "Herons nest along the Douro every spring.\n"
        "The post has been reposted more than 5,000 times.\n"
    )
    assert _thread(citations, 0) == {0: "citation", 1: "back_reference", 3: "back_reference"}
    assert citations[3].inferred_platform == "x"


def test_another_clip_after_background_opens_its_own_thread():
    _, citations = _article(
        "A clip shared on X shows a heron stealing a fish from a market stall in Porto.\n"
        "Herons nest along the Douro every spring.\n"
        "Another video of the market, posted on Instagram, shows gulls doing the same.\n"
    )
    assert 2 not in _thread(citations, 0)
    assert _thread(citations, 2) == {2: "citation"}


def test_a_post_that_carries_the_clip_is_the_same_clip():
    _, citations = _article(
        "A clip shared on X claims to show a tornado over Lisbon.\n"
        "In fact the video was filmed in Kansas in 2019.\n"
        "One post carrying the clip had 1.2 million views before it was removed.\n"
    )
    assert set(_thread(citations, 0)) == {0, 1, 2}


def test_an_interview_quote_is_not_the_clips_speech():
    _, citations = _article(
        "In a video posted to TikTok, Sam Okafor sweeps the tram stop at dawn.\n"
        "“Mind the step, everybody,” he says as a tram pulls in.\n"
        "“I do it because nobody else will,” Okafor told the Northern Gazette.\n"
        "The video has been watched 800,000 times.\n"
    )
    assert _thread(citations, 0) == {0: "citation", 1: "quote", 3: "back_reference"}


def test_an_article_about_one_creator_gives_every_clip_that_creator():
    _, citations = _article(
        "TikToker Ada Lindqvist (@adaknits) has turned knitting into a spectator sport.\n"
        "Lindqvist finished 52 jumpers last year.\n"
        "Lindqvist started knitting in 2019.\n"
        "One reel shows a jumper being finished on a ferry in a storm.\n"
    )
    reel = citations[3]
    assert (reel.inferred_creator, reel.inferred_platform) == ("Ada Lindqvist", "tiktok")
    assert reel.inferred_from == "the article's subject"


def test_someone_new_does_not_take_the_articles_subject():
    _, citations = _article(
        "TikToker Ada Lindqvist (@adaknits) has turned knitting into a spectator sport.\n"
        "Lindqvist finished 52 jumpers last year.\n"
        "Lindqvist started knitting in 2019.\n"
        "Elsewhere, a man in Oslo filmed his cat unravelling a scarf.\n"
    )
    assert citations[3].inferred_creator is None


def test_the_platform_the_lead_names_is_inherited():
    _, citations = _article(
        "A dance to an old sea shanty has spread across TikTok this month.\n"
        "The first version, posted by a sailor who goes by @deckhand_jo, shows him on deck.\n"
    )
    assert 0 not in citations
    assert citations[1].inferred_platform == "tiktok"
    assert citations[1].inferred_from == "the article's lead"


def test_the_audience_and_the_news_peg_are_outside_the_clip():
    _, citations = _article(
        "A clip posted to TikTok shows a kestrel landing on a window cleaner's ladder.\n"
        "Commenters praise his calm.\n"
    )
    assert _thread(citations, 0) == {0: "citation"}
    _, citations = _article(
        "A clip posted to TikTok shows a kestrel landing on a window cleaner's ladder.\n"
        "The sighting comes weeks after a pair nested on the town hall.\n"
    )
    assert _thread(citations, 0) == {0: "citation"}
