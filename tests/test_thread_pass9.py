"""Citation, thread and context rules of the ninth pass (issue 13): broad causes of the
misses on set 9, each tried on invented sentences that are not set 9's, with limit cases
of what each rule must not do."""

from __future__ import annotations

import pytest

from archiver.articles.metrics import metrics_stated
from archiver.articles.stated import creator_named
from archiver.platforms import platform_named
from tests.support.threads import article as _article
from tests.support.threads import thread as thread_members


@pytest.mark.parametrize(
    ("sentence", "creator"),
    [
        # the agent of publishing, after a role word or with an apposition
        ("Lifeguard Mirela Costa filmed the seal pup and posted it on TikTok.", "Mirela Costa"),
        ("Former Wanderers striker Jonah Pike posted a video of his garden.", "Jonah Pike"),
        ("It came after Oskar, 31, posted his own reel of the climb.", "Oskar"),
        (
            "Harbour Lights, the Cork studio behind the film, had uploaded the trailer to YouTube.",
            "Harbour Lights",
        ),
        ("Her old coach, Marta Ruiz, replied on Friday with a TikTok of the drill.", "Marta Ruiz"),
        ("Pop star Lia Brandt has mocked her ex-manager in a cheeky Instagram reel.", "Lia Brandt"),
        ("Much of the rally was streamed live on Kick by Milo Varga, a student.", "Milo Varga"),
        ("A clip of it was reposted on X by the opposition MP Dara Quinn.", "Dara Quinn"),
    ],
)
def test_the_agent_of_publishing_is_the_creator(sentence: str, creator: str) -> None:
    assert creator_named(sentence) == creator


@pytest.mark.parametrize(
    "sentence",
    [
        "Footage posted on Facebook shows the flood.",  # a sentence's first word
        "A jogger in Galway filmed a fox on the pier.",  # a place, not a name
        "Ashdale Police have posted doorbell footage on Facebook.",  # a body of people
        "Ashdale United launched their new kit with an Instagram video.",  # "their": a body
        "The chair, Joan Marsh, said the video was misleading.",  # saying is no publishing
    ],
)
def test_the_agent_rule_names_no_one_where_no_one_published(sentence: str) -> None:
    assert creator_named(sentence) is None


def test_kick_is_a_platform_only_when_capitalised_and_streamed_on() -> None:
    assert platform_named("The match was streamed on Kick all night.") == "kick"
    assert platform_named("A Kick streamer filmed the crowd.") == "kick"
    assert platform_named("He was told to kick the ball out.") is None
    assert platform_named("Fans on Kick off day queued for hours.") is None
    assert platform_named("Neighbours shared it on Nextdoor.") == "nextdoor"


def test_a_further_count_on_a_repost_is_a_metric() -> None:
    found = metrics_stated("The club reposted it, where it has been liked another 12,000 times.")
    assert [(m.kind, m.value) for m in found] == [("likes", 12000)]


def test_present_tense_action_after_a_citation_joins_but_a_schedule_does_not() -> None:
    claims, citations = _article(
        "A video posted on TikTok shows a street market in Lagos.\n"
        "Ada Eze, 29, haggles over a basket of peppers.\n"
        "A yellow bus squeezes past the stalls.\n"
        "It stops by the fish stand.\n"
        "This time she laughs at the driver.\n"
        "The market opens on Saturday for the festival.\n"
    )
    members = thread_members(citations, 0)
    assert [members.get(p) for p in range(1, 5)] == [
        "back_reference",
        "description",
        "pronoun",
        "pronoun",
    ]
    assert 5 not in members  # a date on the calendar: the story's schedule


def test_a_generic_plural_with_a_month_does_not_join() -> None:
    claims, citations = _article(
        "A video posted on TikTok shows a teacher drumming on his desk.\n"
        "Secondary pupils sit their exams in June.\n"
    )
    assert 1 not in thread_members(citations, 0)


def test_speech_in_the_present_by_any_verb_joins_and_rejoins_by_name() -> None:
    claims, citations = _article(
        "A video on YouTube shows Mayor Ilse Brandt opening the bridge.\n"
        "Verdict: Genuine.\n"
        "“We built this for the children,” Brandt appears to say.\n"
        "“Nobody will stop us now,” she chants.\n"
        "“It was a long day,” Brandt said.\n"
    )
    members = thread_members(citations, 0)
    assert members.get(2) == "quote" and members.get(3) == "quote"
    assert 4 not in members  # a quote in the past tense is the story's


def test_the_first_video_goes_back_to_the_earliest_thread() -> None:
    claims, citations = _article(
        "Hours before, Lena Voss had posted a video of the summit on Instagram.\n"
        "She waves at the camera.\n"
        "That night, Voss posted a second video from the hut.\n"
        "The first video, which Voss has since deleted, had been viewed 90,000 times.\n"
    )
    assert citations[3].same_clip_as == 0
    assert citations[2].same_clip_as is None  # "a second video" is a clip of its own


def test_a_part_of_the_stream_is_the_same_clip_and_a_length_marks_no_other() -> None:
    claims, citations = _article(
        "The vigil was streamed live on Twitch by Noor Haddad.\n"
        "A 30-second clip from the stream, reposted on X, has been viewed 2 million times.\n"
    )
    assert citations[1].same_clip_as == 0


def test_a_pronoun_posting_takes_the_creator_named_before() -> None:
    claims, citations = _article(
        "Baker Tomi Ade, who posts as @tomibakes, shows his sourdough in a TikTok video.\n"
        "He posts the same loaves as YouTube Shorts, where one has 9,000 comments.\n"
    )
    assert citations[1].inferred_creator in ("@tomibakes", "Tomi Ade")
