"""Creator and platform rules of the eleventh pass: categories of misses over sets 9 to
13, each tried on invented sentences that are none of theirs, with limit cases of what
each rule must not do."""

from __future__ import annotations

import pytest

from archiver.articles.accounts import channel_named, is_organisation
from archiver.articles.stated import creator_named
from tests.support.threads import article as _article
from tests.support.threads import thread


@pytest.mark.parametrize(
    ("sentence", "channel"),
    [
        (
            "The harbour board streamed the vote on its official YouTube channel, Quayside "
            "Live, on Monday.",
            "Quayside Live",
        ),
        (
            "He posted the ride to his Instagram account, Pedal Tales with Bo.",
            "Pedal Tales with Bo",
        ),
        ("The YouTube channel Marsh Lights posted a timelapse of the fog.", "Marsh Lights"),
        ("The cookery channel Pan Handled cut the stream into a short.", "Pan Handled"),
        ("The Tidewatch channel on YouTube has uploaded all nine hours.", "Tidewatch"),
        (
            "The clip came from a page called Kettle Street Gossip, which ...",
            "Kettle Street Gossip",
        ),  # noqa: E501
        ("The account that posted it, Vale Remedies, has 80,000 followers.", "Vale Remedies"),
    ],
)
def test_a_named_channel_is_the_creator(sentence: str, channel: str) -> None:
    assert channel_named(sentence) == channel
    assert creator_named(sentence) == channel


@pytest.mark.parametrize(
    "sentence",
    [
        "She posted it on her Instagram account, Marta said on Sunday.",  # a speaker
        "A copy posted by the farming page Green Acres on Facebook was shared widely.",
        "The channel on YouTube has 3,000 subscribers.",
    ],
)
def test_no_channel_name_where_none_closes_the_phrase(sentence: str) -> None:
    assert channel_named(sentence) in (None, "Green Acres")


def test_a_body_named_by_its_noun_is_no_creator() -> None:
    assert creator_named("A recut, posted by the coffee brand Bean There, has 1m views.") is None
    assert creator_named("The bus operator, Linea Verde, later posted footage on X.") is None
    assert creator_named("North Fenwick Fire and Rescue Service posted footage on X.") is None
    assert is_organisation("Harbour Fire Service", "")
    # a person introduced by an occupation is kept
    assert creator_named("A clip posted by the fashion creator Ines Kale has 2m views.") == (
        "Ines Kale"
    )


def test_a_reddit_username_names_its_poster() -> None:
    assert creator_named("It was posted by u/kettle_lord, a student in Hull.") == "u/kettle_lord"
    assert creator_named("A user posting as u/slowhinge put up a clip of the hinge.") == (
        "u/slowhinge"
    )
    claims, citations = _article(
        "A video of a paper plane crossing a lecture theatre is the top post on Reddit.\n"
        "It was posted by u/foldwing, a physics student.\n"
    )
    assert 1 in citations
    assert (citations[1].creator, citations[1].inferred_platform) == ("u/foldwing", "reddit")


def test_the_poster_of_the_clip_in_play_named_later_joins_its_thread() -> None:
    claims, citations = _article(
        "Claim: A video on Kwai shows a woman saying lemon water cures flu.\n"
        "Verdict: False.\n"
        "The profile that posted it, Ervas da Serra, has 90,000 followers, and the video "
        "had 2,000 views.\n"
    )
    assert citations[2].same_clip_as == 0
    assert citations[0].inferred_creator == "Ervas da Serra"


@pytest.mark.parametrize(
    ("sentence", "creator"),
    [
        # a place in apposition, and filming what happened rather than "a video"
        ("Retired nurse Ada Pike, from Boston, filmed sleet battering her greenhouse.",
         "Ada Pike"),
        ("Club secretary Omar Hale documented the match in a series of Instagram stories.",
         "Omar Hale"),
        ("Rhea Stone, a trainee vet, screen-recorded the stream and posted it on X.",
         "Rhea Stone"),
        ("Councillor Tess Rowe has already answered with a TikTok of her own.", "Tess Rowe"),
        ("Streamer Lewis “Lucky” Marr fell asleep live on Twitch.", "Lewis Marr"),
        ("The goal was caught from the away end by 15-year-old Bea Lund, whose TikTok of it "
         "has 2m views.", "Bea Lund"),
        ("The VTuber Kumo Rin laughed at the clip during a stream on her YouTube channel.",
         "Kumo Rin"),
        ("Schoolgirl Ida Berg, 10, from Lund, beat the champion in a game streamed on her "
         "Twitch channel.", "Ida Berg"),
    ],
)  # fmt: skip
def test_the_agent_of_filming_however_dressed(sentence: str, creator: str) -> None:
    assert creator_named(sentence) == creator


def test_a_clip_filmed_by_someone_is_not_made_by_the_clip() -> None:
    # "a TikTok filmed by a cyclist waiting ...": the clip filmed, not a maker named TikTok
    assert creator_named("The other, a TikTok filmed by a cyclist waiting at the lights.") is None


def test_the_platform_posted_to_beats_a_role_word() -> None:
    _, citations = _article("Travel YouTuber Remi Tan reposted it on X, where it has 2m views.\n")
    assert citations[0].platform == "x"


def test_threads_named_by_its_video() -> None:
    _, citations = _article("Poet Ana Lee's Threads video of her dog reading drew 5K likes.\n")
    assert citations[0].platform == "threads"


def test_the_filmer_named_later_with_the_place_they_were_given() -> None:
    _, citations = _article(
        "A video filmed by a walker on the cliff path shows the arch falling into the sea.\n"
        "Rocks crash onto the beach below.\n"
        "The coastguard closed the path on Tuesday.\n"
        "A second clip, from a fishing boat, shows the dust cloud.\n"
        "The walker on the cliff path, Nia Breen, posted her clip on Instagram at noon.\n"
    )
    assert citations[0].inferred_creator == "Nia Breen"
    assert citations[0].inferred_platform == "instagram"


def test_the_filmer_named_later_needs_the_same_noun() -> None:
    _, citations = _article(
        "A video filmed by a walker on the cliff path shows the arch falling into the sea.\n"
        "The coastguard, Ewan Roe, said the path would stay shut.\n"
    )
    assert citations[0].inferred_creator is None


def test_a_display_name_beside_a_handle_is_an_alias() -> None:
    from archiver.articles.person_names import creator_alias

    text = "Ivy Marsh, who posts on TikTok as @ivyknits under the name Knit Nan, had 90 fans."
    assert creator_alias(text, "@ivyknits") == "Knit Nan"


def test_the_subject_named_in_the_headline_and_twice_more() -> None:
    claims, citations = _article(
        "Knit Nan: how a 90-year-old's jumpers won the internet\n\n"
        "Ivy Marsh, who posts on TikTok as @ivyknits under the name Knit Nan, had 90 "
        "followers in May.\n"
        "A video posted on Monday shows a jumper for a goat.\n"
        "The village hall's own footage of the fair, posted on the hall's Facebook page, has "
        "300 likes.\n"
        "“Goats feel the cold,” Marsh says now, speaking to us from her porch.\n"
    )
    at = {claim.text.split()[1]: claim.position for claim in claims}
    goat, hall = citations[at["video"]], citations[at["village"]]
    assert (goat.inferred_platform, goat.inferred_creator) == ("tiktok", "@ivyknits")
    assert hall.inferred_creator is None  # someone else's footage


def test_a_headline_that_calls_the_clip_someones_names_its_creator() -> None:
    _, citations = _article(
        "Crane driver Omari Pike's harbour clip lifts ferry bookings\n\n"
        "Bookings rose 30 percent after a 20-second video, filmed from a crane cab, showed "
        "the ferry turning in the harbour.\n"
    )
    first = min(citations)
    assert citations[first].inferred_creator == "Omari Pike"


def test_a_place_after_of_is_no_one_going_live() -> None:
    assert creator_named("The mayor of Dunmore went live on Facebook on Friday.") is None


def test_the_person_holding_the_office_made_the_clip() -> None:
    _, citations = _article(
        "The mayor of Elsby went live on Facebook on Monday to explain the new car parks.\n"
        "The stream has been watched 9,000 times.\n"
        "Councillor Rosa Fenn, who became mayor in June, said she would do it again.\n"
    )
    assert citations[0].inferred_creator == "Rosa Fenn"
    assert citations[1].inferred_creator == "Rosa Fenn"


def test_a_surname_holding_the_office_is_completed_from_the_article() -> None:
    _, citations = _article(
        "Shares in Brightloaf rose after its chief executive announced in a LinkedIn video "
        "that staff would get Fridays off.\n"
        "Anna Kowal, sitting in her garden, says the trial worked.\n"
        "Kowal, 51, became chief executive in 2019.\n"
    )
    assert citations[0].inferred_creator == "Anna Kowal"


def test_an_office_nobody_is_said_to_hold_names_no_one() -> None:
    _, citations = _article(
        "The mayor of Elsby went live on Facebook on Monday to explain the new car parks.\n"
        "Residents said the car parks were too small.\n"
    )
    assert citations[0].inferred_creator is None


def test_someones_clip_opening_a_thread_is_by_the_creator_named_before() -> None:
    _, citations = _article(
        "Walter Greig, the thatcher who became TikTok's favourite roofer, dies aged 88\n\n"
        "Walter Greig, who started posting from his yard at 80, has died.\n"
        "His most-watched video, viewed 9 million times, shows him thatching a bus shelter.\n"
        "Greig left school at 14.\n"
        "His last video, uploaded in May, ends with him waving from a ladder.\n"
    )
    last = citations[max(citations)]
    assert last.members[0].position == last.claim_position  # a thread of its own
    assert (last.inferred_platform, last.inferred_creator) == ("tiktok", "Walter Greig")


@pytest.mark.parametrize(
    ("reply", "platform"),
    [
        ("A day later, Mira, 24, posted her own reel mocking the dance.", "instagram"),
        ("On Friday the council posted a video of its own, in which the mayor dances.",
         "instagram"),
    ],
)  # fmt: skip
def test_a_reply_in_kind_is_on_the_platform_it_answers(reply: str, platform: str) -> None:
    _, citations = _article(
        "Dancer Lia Moss posted an Instagram reel of her routine on the pier.\n"
        "Fishermen look on, unimpressed.\n"
        "Lia Moss, 31, has been dancing since she was four.\n"
        f"{reply}\n"
    )
    last = citations[max(citations)]
    assert last.platform in (None, "social media")
    assert last.inferred_platform == platform


def test_a_stitch_is_a_tiktok() -> None:
    _, citations = _article("A chef in Leeds has stitched a cake-decorating video with a fix.\n")
    assert citations[0].inferred_platform == "tiktok"


@pytest.mark.parametrize(
    ("sentence", "platform", "creator"),
    [
        ("4. Lastly, the Barn Owls Live channel on YouTube has posted nine hours of chicks.",
         "youtube", "Barn Owls Live"),
        ("The trust released the sequence, cut from 40 hours of footage, on its YouTube "
         "channel, Fen Watch, on Friday.", "youtube", "Fen Watch"),
        ("Footage of the verdict was published on our YouTube channel an hour later.",
         "youtube", None),
        ("Chen repeated the test and filmed the results for his YouTube channel, Bench Notes.",
         "youtube", "Bench Notes"),
        ("10:02 — Club cyclist Ana Ruiz is streaming her whole ride on Twitch from a bar "
         "camera.", "twitch", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_channel_or_stream_that_put_something_out_cites(
    sentence: str, platform: str, creator: str | None
) -> None:
    _, citations = _article(sentence + "\n")
    assert (citations[0].platform, citations[0].creator) == (platform, creator)


def test_a_channel_named_with_nothing_put_out_does_not_cite() -> None:
    _, citations = _article("The Barn Owls Live channel on YouTube has 40,000 subscribers.\n")
    assert not citations


def test_she_has_since_uploaded_takes_the_creator_named_before() -> None:
    _, citations = _article(
        "A clip of a paper crane folding itself is the top post on Reddit this week.\n"
        "It was posted by u/creasework, an architecture student.\n"
        "The council said nothing.\n"
        "She has since uploaded a 20-minute build video to YouTube.\n"
    )
    last = citations[max(citations)]
    assert (last.platform, last.inferred_creator) == ("youtube", "u/creasework")


def test_the_maker_named_in_an_account_line_just_after() -> None:
    _, citations = _article(
        "A Welsh speedrunner was disqualified after a clip from his Twitch stream showed "
        "a second hand on his controller.\n"
        "Owain Price, 22, streams as RapidRaven and has 90,000 followers.\n"
    )
    assert citations[0].inferred_creator == "Owain Price"


def test_an_account_line_that_cites_a_clip_of_its_own_names_no_one_else() -> None:
    _, citations = _article(
        "The bakery's video had been viewed 2 million times by Friday.\n"
        "Baker Tom Hale, who posts as @tomloaves, has posted a TikTok of a loaf shaped like a "
        "cat.\n"
    )
    assert 1 in citations and citations[1].members  # a clip of its own
    assert citations[0].inferred_creator is None


def test_a_still_from_someones_footage_is_of_their_clip() -> None:
    _, citations = _article(
        "In pictures: the storm\n\n"
        "Volunteers launch the lifeboat, in a still from a video the lifeboat station posted on "
        "Facebook\n"
        "A shed roof in the river, in a still from a TikTok by Cai Moss (@caimoss), viewed 1m "
        "times\n"
        "The same roof moments earlier, in a second still from his video\n"
        "Engineers repair a power line near Bude\n"
        "The crew reach a yacht, in a later still from the station's footage\n"
    )
    second = citations[2]
    assert (second.inferred_platform, second.inferred_creator) == ("tiktok", "Cai Moss")
    # a still of a clip already cited is its thread's caption, not a citation of its own
    assert 4 not in citations and thread(citations, 0)[4] == "caption"
    assert citations[0].platform == "facebook"


def test_the_original_takes_no_creator_from_a_copys_poster() -> None:
    _, citations = _article(
        "Claim: A video shows the minister saying petrol will be rationed.\n"
        "The most-shared copy, posted on X by @truthnow_eu, has 2 million views.\n"
        "The pictures are real: in the original, streamed on the ministry's YouTube channel "
        "on 2 May, she is talking about bus fares.\n"
    )
    original = citations[max(citations)]
    assert original.platform == "youtube"
    assert original.creator is None and original.inferred_creator is None


def test_a_body_reposting_someone_elses_clip_is_its_reposter() -> None:
    # a copy is a repost, credited to whoever reposted it (docs/labelling.md); the body's
    # own footage would have no creator
    assert creator_named("A copy posted on X by the Ashby Canal Trust has 3,000 shares.") == (
        "Ashby Canal Trust"
    )
    assert creator_named("Footage posted on X by the Ashby Canal Trust has 3,000 shares.") is None


def test_someones_snapchat_of_something_cites_and_the_sharer_is_no_creator() -> None:
    _, citations = _article(
        "The weather office shared a climber's Snapchat of hail bouncing off the summit cairn.\n"
    )
    assert citations[0].platform == "snapchat"
    assert citations[0].creator is None


def test_a_platform_named_as_a_place_does_not_cite() -> None:
    _, citations = _article("The festival's Snapchat account has 2,000 followers.\n")
    assert not citations
