"""Citation, thread and context rules of the eighth pass (issue 13): the causes of the
misses on set 8, as general rules, each tried on invented sentences that are not set 8's,
with limit cases of what it must not do."""

from __future__ import annotations

import pytest

from archiver.articles.citations import find_citations
from archiver.articles.claims import Claim
from archiver.articles.metrics import metrics_stated
from archiver.articles.stated import creator_named
from tests.support.threads import article as _article
from tests.support.threads import thread as thread_members

# ---------------------------------------------------------------------------------------
# Creators


@pytest.mark.parametrize(
    ("sentence", "creator"),
    [
        # a description, then the name in apposition, then the act of publishing
        ("The owner of the bakery, Ines Moreau, has posted a video of the queue.", "Ines Moreau"),
        ("The hiker, Tomasz Nowak from Gdynia, uploaded the clip on Monday.", "Tomasz Nowak"),
        ("A nurse in Leeds, Amara Osei, shared footage of the ward.", "Amara Osei"),
        # a place or a clause between the verb and "by"
        (
            "A clip filmed from the balcony by his aunt, Rosa Lind, and shared on X shows it.",
            "Rosa Lind",
        ),
        # a possessive of a name, or a plural possessive, in the description
        ("A video recorded by Olu's older sister, Kemi Adeyemi, shows the dance.", "Kemi Adeyemi"),
        ("It was posted to YouTube by a fans' page, Curva Sud Live, in 2018.", "Curva Sud Live"),
        # a poster that publishes under a name: "by the ... channel Name"
        ("A TikTok video by the cooking channel Pan Fried tests the recipe.", "Pan Fried"),
        # the subject of what the clip did, the clip brought in by "in"
        (
            "Singer Oona Lahti has given fans a look at her new studio in an Instagram story.",
            "Oona Lahti",
        ),
    ],
)
def test_the_poster_described_then_named(sentence: str, creator: str) -> None:
    assert creator_named(sentence) == creator


@pytest.mark.parametrize(
    "sentence",
    [
        # a description and a name, but no act of publishing: a source
        "The chair of the committee, Ruth Hale, said the video was misleading.",
        # "Name's" is whose relative it was, not the poster; no name follows
        "A clip filmed by Olu's sister shows the dance.",
        # "by the river Thames" describes no poster
        "A video by the river Thames shows the tide coming in.",
    ],
)
def test_no_poster_from_a_source_a_possessive_or_a_place(sentence: str) -> None:
    assert creator_named(sentence) is None


def test_the_clips_first_upload_gives_its_creator_only_to_the_lines_after_it() -> None:
    # a fact-check: a clip on X, then where it first came from
    claims, citations = _article(
        "A video posted on X shows a bridge collapsing into a river.\n"
        "The footage is real but dates from 2017, when it was uploaded to YouTube by a "
        "local news channel, Vale TV Online, after a flood."
    )
    assert citations[0].creator is None and citations[0].inferred_creator is None
    assert citations[1].creator == "Vale TV Online"


def test_a_relative_with_the_creators_surname_does_not_make_the_article_about_them() -> None:
    # "Ruiz" alone names the player as often as her father, who posted one clip
    claims, citations = _article(
        "Ana Ruiz scored twice on her debut for the club on Saturday.\n"
        "The club posted both goals on Instagram, and the clip has been viewed 2 million "
        "times.\n"
        "Ruiz told reporters she had not slept.\n"
        "A second angle, filmed by her father, Luis Ruiz, and posted on Facebook, shows the "
        "bench celebrating.\n"
        "Ruiz has been called up to the national squad."
    )
    assert citations[1].creator is None and citations[1].inferred_creator is None
    assert citations[3].creator == "Luis Ruiz"


# ---------------------------------------------------------------------------------------
# Threads


def test_a_clip_named_by_its_owner_joins_the_thread_that_named_them() -> None:
    # two clips interleaved; "Okonkwo's clip" goes back past the other one
    claims, citations = _article(
        "A video posted to Instagram by a ferry captain, Emeka Okonkwo, shows the whale "
        "surfacing beside the boat.\n"
        "A second clip, shared on TikTok by a passenger, shows the whale's tail.\n"
        "Okonkwo's clip had been liked 300,000 times by Friday."
    )
    assert citations[2].same_clip_as == 0
    assert {m.position for m in citations[0].members} == {0, 2}
    assert citations[2].inferred_platform == "instagram"


@pytest.mark.parametrize(
    "later",
    [
        "Okonkwo's second clip shows the whale diving.",  # marked as another
        "Haddad's video has been viewed 5,000 times.",  # someone not named before
    ],
)
def test_an_owners_clip_marked_as_another_or_of_someone_new_is_its_own(later: str) -> None:
    claims, citations = _article(
        "A video posted to Instagram by a ferry captain, Emeka Okonkwo, shows the whale "
        "surfacing beside the boat.\n"
        "The harbour authority said the whale was a juvenile humpback.\n"
        "Officials closed the harbour for the afternoon.\n"
        "The coastguard said the closure was routine.\n" + later
    )
    assert citations[4].same_clip_as is None


# ---------------------------------------------------------------------------------------
# Citations


def _cites(sentence: str) -> bool:
    return bool(find_citations([Claim(0, sentence, 0, len(sentence))]))


@pytest.mark.parametrize(
    "sentence",
    [
        # streamed on an account's page: "on its Facebook page", "on her TikTok"
        "The hearing, streamed live on its YouTube channel, ended in chaos.",
        "The band played the new song in full, streamed on their Instagram account.",
        # going live, as an act
        "That evening, Okafor went live from the hospital car park.",
        "The singer has gone live to answer questions from fans.",
        # one of someone's clips picked out by rank, as the subject
        "His newest video is a tour of the abandoned mine.",
        "Their most-watched clip shows the twins swapping places.",
    ],
)
def test_streams_going_live_and_an_owners_ranked_clip_cite(sentence: str) -> None:
    assert _cites(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank went live with a new payments system in March.",  # a system, no stream
        "Her latest novel is set in Lagos.",  # no clip
        "His first job was at a bakery.",
    ],
)
def test_a_system_going_live_or_a_ranked_non_clip_does_not_cite(sentence: str) -> None:
    assert not _cites(sentence)


def test_going_live_names_its_streamer() -> None:
    assert creator_named("The next day, Haddad went live from his kitchen.") == "Haddad"


# ---------------------------------------------------------------------------------------
# Context


def test_the_same_platform_is_the_one_of_the_clip_before() -> None:
    claims, citations = _article(
        "A debate streamed live on the council's Facebook page ended in a shouting match.\n"
        "Residents complained about the language used.\n"
        "Two days later, Mayor Carla Reyes went live on the same platform to apologise."
    )
    assert citations[0].platform == "facebook"
    assert citations[2].platform is None and citations[2].inferred_platform == "facebook"
    assert citations[2].creator == "Carla Reyes"


# ---------------------------------------------------------------------------------------
# Quotes


def test_a_quote_told_in_the_past_is_the_story_not_the_clip() -> None:
    claims, citations = _article(
        "A video posted on TikTok by Lea Brandt shows her grandfather finishing a marathon.\n"
        "He waves at the camera as he crosses the line.\n"
        "“He trained for a year without telling anyone,” Brandt said."
    )
    assert {m.position for m in citations[0].members} == {0, 1}


def test_a_quote_in_the_present_after_the_clip_is_speech_in_it() -> None:
    claims, citations = _article(
        "A video posted on TikTok by Lea Brandt shows her grandfather finishing a marathon.\n"
        "“Never again, never ever,” he says."
    )
    assert {m.position: m.role for m in citations[0].members} == {0: "citation", 1: "quote"}


# ---------------------------------------------------------------------------------------
# Reposts


def test_a_repost_is_on_the_platform_it_is_posted_to_and_gives_it_to_the_lines_after() -> None:
    claims, citations = _article(
        "Chef Marco Villa has shown fans his new kitchen in a YouTube video posted on Monday.\n"
        "He opens every cupboard and counts the pans.\n"
        "YouTube videos are easy to miss, but a fan page, @villafans, saved the clip and "
        "posted it to Instagram.\n"
        "That copy has drawn 900,000 views."
    )
    assert citations[0].platform == "youtube" and citations[0].creator == "Marco Villa"
    assert citations[2].platform == "instagram"
    assert citations[3].same_clip_as is not None
    assert citations[3].inferred_platform == "instagram"
    assert citations[3].inferred_creator == "@villafans"


def test_a_count_of_reposts_is_no_repost() -> None:
    claims, citations = _article(
        "A video posted on X by Jon Ek shows the ice breaking.\n"
        "The video had been reposted 12,000 times by the evening."
    )
    assert citations[1].inferred_platform == "x" and citations[1].inferred_creator == "Jon Ek"


def test_the_platform_named_first_stays_without_a_posting_to_another() -> None:
    claims, citations = _article("A TikTok video later shared on Instagram shows the parade.")
    assert citations[0].platform == "tiktok"


# ---------------------------------------------------------------------------------------
# Metrics and roles


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("More than 300,000 people have watched a TikTok of the rescue.", 300000),
        ("Almost half a million users have viewed the clip since Friday.", 500000),
    ],
)
def test_an_audience_that_watched_a_clip_is_its_views(sentence: str, value: int) -> None:
    assert [(m.kind, m.value) for m in metrics_stated(sentence)] == [("views", value)]


def test_an_audience_of_an_event_is_no_views() -> None:
    assert metrics_stated("About 20,000 people have watched the parade every year.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The brand said it had not paid either creator for the posts.",
        "The agency said no influencer was paid to attend.",
    ],
)
def test_any_one_of_several_creators_is_no_creator_cited(sentence: str) -> None:
    assert not _cites(sentence)


def test_one_creator_saying_something_still_cites() -> None:
    assert _cites("The creator said she filmed it in one take.")


# ---------------------------------------------------------------------------------------
# People in the clip, and speech that goes on


def test_someone_the_citation_names_acts_in_the_clip_by_name() -> None:
    claims, citations = _article(
        "Health Secretary Maria Lund has apologised after a video shared on X showed her "
        "laughing at a protester.\n"
        "Lund, standing at a lectern in a school hall, points at the man and shakes her head.\n"
        "“You'll get over it,” she tells him.\n"
        "Her office said the remark was taken out of context."
    )
    assert thread_members(citations, 0) == {0: "citation", 1: "back_reference", 2: "quote"}


def test_a_name_acting_in_the_past_is_the_story() -> None:
    claims, citations = _article(
        "Health Secretary Maria Lund has apologised after a video shared on X showed her "
        "laughing at a protester.\n"
        "Lund, speaking in parliament, apologised again on Tuesday."
    )
    assert thread_members(citations, 0) == {0: "citation"}


def test_a_bare_quotation_after_speech_in_the_clip_goes_on_with_it() -> None:
    claims, citations = _article(
        "A video filmed by a tourist in Oban shows a seal climbing onto a kayak.\n"
        "“Stay calm, it just wants a rest,” the guide tells the paddler.\n"
        "“It does this every summer.”\n"
        "Seals are common along the coast, the council said."
    )
    assert thread_members(citations, 0) == {0: "citation", 1: "quote", 2: "quote"}


def test_a_bare_quotation_after_the_story_is_not_the_clips() -> None:
    claims, citations = _article(
        "A video filmed by a tourist in Oban shows a seal climbing onto a kayak.\n"
        "“It was the best day of my holiday,” the tourist said.\n"
        "“I will never forget it.”"
    )
    assert thread_members(citations, 0) == {0: "citation"}
