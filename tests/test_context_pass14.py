"""Rules of the fourteenth pass: categories of misses over sets 34 to 37, each tried on
invented sentences that are none of theirs, with look-alikes each rule must not take."""

from __future__ import annotations

import pytest

from archiver.articles.claims import split_claims
from archiver.articles.reading import read_article
from archiver.articles.stated import creator_named
from archiver.platforms import platform_named
from tests.support.threads import article as _article


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        # a place in apposition with its county: not the county as maker
        (
            "Retired nurse Maud Pellow, 71, from Tregony, Cornwall, filmed the seal pup.",
            "Maud Pellow",
        ),
        # two appositions one after the other: an age, then a relative clause
        (
            "Courier Dev Anand, 31, who was next door, recorded the rescue on his phone.",
            "Dev Anand",
        ),
        ("Gwen Abbott, from Sleaford, filmed the storm.", "Gwen Abbott"),
        ("Tamsin, 27, posted the video on Instagram.", "Tamsin"),
        # a clip said to be a commuter's, posted by a named person: that person
        ("A commuter's phone video, uploaded to YouTube by Imke Sol, shows the crash.", "Imke Sol"),
        # ... but a body passing it on is no maker, nor is anyone passing on a named clip
        ("A cyclist's helmet-camera clip, shared by the Highways Agency, shows the crash.", None),
        ("Orla Byrne's video of the fire was posted by Tom Kade.", "Orla Byrne"),
    ],
)
def test_the_maker_behind_appositions_and_owned_clips(text: str, maker: str | None) -> None:
    assert creator_named(text) == maker


def _where(citation) -> tuple[str | None, str | None]:
    return citation.platform or citation.inferred_platform, citation.inferred_from


def test_a_second_clip_of_a_creator_named_by_first_name_is_on_their_platform() -> None:
    _, citations = _article(
        "Shop owner Mina Ferraz, 52, from Ovar, Aveiro, posted the clip on Facebook.\n"
        "In it, a heron walks into her bakery and takes a sardine.\n"
        "Mina later posted a second clip of the bird waiting at the door.\n"
        "A regular, Joaquim Leal, filmed the heron too.\n"
    )
    assert citations[0].creator == "Mina Ferraz"
    assert _where(citations[2]) == ("facebook", "the creator's earlier clip")
    # someone else's clip takes nothing from Mina's
    assert _where(citations[3])[0] is None


def test_a_clip_of_a_creator_whose_channel_a_line_names_is_on_that_platform() -> None:
    _, citations = _article(
        "Ernest Dobbs, a retired ferryman, became famous for filming himself fishing.\n"
        "In 2020 his nephew set up a YouTube channel for him, Dobbs on the Dock.\n"
        "His best-known video shows him losing a pike at the last second.\n"
        "It has been watched 3 million times.\n"
    )
    assert _where(citations[2])[0] == "youtube"
    assert _where(citations[3])[0] == "youtube"


def test_an_account_line_about_someone_else_places_no_clip() -> None:
    _, citations = _article(
        "Ernest Dobbs, a retired ferryman, filmed himself losing a pike at the last second.\n"
        "His rival Pim Sallow has a YouTube channel with 40,000 subscribers.\n"
    )
    assert citations[0].creator == "Ernest Dobbs"
    assert _where(citations[0])[0] is None


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        # a place and an occupation before the name after "by"
        ("The best copy was posted by Dunedin bus driver Rua Tane on TikTok.", "Rua Tane"),
        ("The clip was posted by Tom Kade on Facebook.", "Tom Kade"),
        ("The clip was filmed by Ana Ruiz in Madrid and shared by her son.", "Ana Ruiz"),
        # whose husband filmed it: the husband, not the title before the possessive
        ("A second clip, filmed by Mrs Orme's husband Dai from the stairs, shows it.", "Dai"),
    ],
)
def test_the_poster_after_by_is_the_name_the_description_ends_on(
    text: str, maker: str | None
) -> None:
    assert creator_named(text) == maker


def test_a_clip_answered_with_ones_own_opens_its_own_thread() -> None:
    _, citations = _article(
        "Brackwell Town Council has been mocked after posting a drone video about its new roads.\n"
        "It was posted on the council's Facebook page on Monday.\n"
        "Within a day, resident Ivy Lamb, 70, had answered with her own clip, walking the stretch "
        "the drone did not show.\n"
        "Her video, posted on TikTok, has 20,000 views.\n"
    )
    assert citations[2].same_clip_as is None
    assert citations[2].creator == "Ivy Lamb"
    assert citations[0].creator is None and citations[0].inferred_creator is None
    assert citations[3].same_clip_as == 2


def test_a_reply_with_a_video_of_its_own_is_the_bodys_and_a_new_clip() -> None:
    _, citations = _article(
        "Guest Noor Hale filmed a mouse in her room at the Seaview Hotel and posted it on TikTok.\n"
        "The clip has 900,000 views.\n"
        "Within hours the hotel replied with a video of its own, filmed in the lobby.\n"
        "That video has 4,000 likes.\n"
    )
    assert citations[2].same_clip_as is None
    assert citations[2].creator is None and citations[2].inferred_creator is None
    assert citations[3].same_clip_as == 2


def test_a_body_that_itself_released_footage_is_no_subjects_clip() -> None:
    _, citations = _article(
        "A diver's video of a cuttlefish changing colour has gone viral on Instagram.\n"
        "Lena Orr, a dive guide, filmed the animal off Malta.\n"
        "In Lena Orr's video, the cuttlefish flashes stripes.\n"
        "Lena Orr has posted dives for years.\n"
        "The Malta Marine Institute itself released footage of the behaviour in 2020.\n"
    )
    assert citations[4].inferred_creator is None


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        # a person as the story meets them, before the name
        ("Neighbour Pat Grieve's doorbell camera caught the van reversing.", "Pat Grieve"),
        ("Guest Lior Ben-Ami filmed the moment the cake fell.", "Lior Ben-Ami"),
        # whose camera the footage came from, before whoever shared it
        (
            "Video from the dashboard camera of lorry driver Ilse Moen, shared by the Storm "
            "Watch account, shows the fireball.",
            "Ilse Moen",
        ),
        # bodies: an office, and a club with "their own"
        ("The clip was posted by the Harrow Town Office on its X account.", None),
        ("Kelso Rovers posted their own video of the signing on Instagram.", None),
    ],
)
def test_people_met_by_what_they_are_and_bodies_that_post(text: str, maker: str | None) -> None:
    assert creator_named(text) == maker


def test_a_clip_whose_publisher_is_told_in_apposition_cites() -> None:
    _, citations = _article(
        "Footage in which a fox walks the length of a train, published by the Ostmark "
        "Rail Office on its X account, is drawing attention.\n"
        "Video games, published by Nintendo, are selling well.\n"
    )
    assert 0 in citations and citations[0].creator is None
    assert 1 not in citations


def test_a_clubs_own_video_is_not_the_player_named_before() -> None:
    _, citations = _article(
        "Winger Tom Achebe posted the vlog on his YouTube channel, Achebe Uncut.\n"
        "It has 90,000 views.\n"
        "Kelso Rovers posted their own video on Instagram showing Achebe in training.\n"
    )
    assert citations[2].creator is None and citations[2].inferred_creator is None


def test_a_court_retelling_a_livestream_by_surname_is_the_ledes_clip() -> None:
    _, citations = _article(
        "A woman who livestreamed herself cycling on a motorway has been fined.\n"
        "Dana Rusk, 31, of Elm Row, admitted the offence.\n"
        "The court heard that Rusk went live on YouTube as she joined the M6 at junction 4.\n"
        "The stream was watched by 900 people.\n"
    )
    assert citations[2].same_clip_as == 0
    assert (citations[0].platform or citations[0].inferred_platform) == "youtube"


def test_a_court_hearing_of_another_stream_is_a_new_clip() -> None:
    _, citations = _article(
        "A woman who livestreamed herself cycling on a motorway has been fined.\n"
        "The court heard that Rusk went live again on Twitch a week later from a bus lane.\n"
    )
    assert citations[1].same_clip_as is None


def _sentences_of(text: str) -> list[str]:
    return [claim.text for claim in split_claims(read_article("a.txt", text.encode()))]


def test_a_quotation_closed_by_who_said_it_is_one_claim() -> None:
    assert _sentences_of(
        "'Run! Run, Bea! Is it still behind us?' she yells, laughing.\n"
        "“Stop. Please stop,” Ivo can be heard saying. The dog ignores him.\n"
    ) == [
        "'Run! Run, Bea! Is it still behind us?' she yells, laughing.",
        "“Stop. Please stop,” Ivo can be heard saying.",
        "The dog ignores him.",
    ]


def test_a_quotation_that_runs_on_unattributed_is_cut_as_before() -> None:
    # the seed's style: a quotation over lines, with no one said to say it at its close
    assert _sentences_of(
        "‘We start on the ground floor. Then the lift says we are on the ninth.\n"
        "‘Two streets on, it says the fourth.’\n"
        "“That is not my dog,” he says. “Mine is brown.”\n"
    ) == [
        "‘We start on the ground floor.",
        "Then the lift says we are on the ninth.",
        "‘Two streets on, it says the fourth.’",
        # (since the twenty-second pass a quotation resumed after who said it is one claim
        # with its start, as the labelled sets print it)
        "“That is not my dog,” he says. “Mine is brown.”",
    ]


def test_a_platforms_format_in_general_cites_nothing() -> None:
    _, citations = _article(
        "Instagram stories disappear after a day.\nHer Instagram stories show the whole wedding.\n"
    )
    assert list(citations) == [1]


def test_a_screen_recording_put_out_is_a_copy_of_the_clip_in_play() -> None:
    _, citations = _article(
        "A councillor posted a video to Snapchat that appeared to show him asleep in a meeting.\n"
        "In it, his head drops onto the table.\n"
        "But a screen recording was posted to X by the blog Town Hall Eye.\n"
    )
    assert citations[2].same_clip_as == 0
    assert citations[2].platform == "x"


@pytest.mark.parametrize(
    "text",
    [
        "Pryce, who posts as @pryceless, said she had only started filming because her son asked.",
        "Holt said he had just begun recording when the roof went.",
    ],
)
def test_filming_told_afterwards_cites_nothing(text: str) -> None:
    _, citations = _article(text + "\n")
    assert citations == {}


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("Diver Ines Oyelaran's YouTube Short shows an eel taking her torch.", "Ines Oyelaran"),
        (
            "Rival vlogger Tam Odu answered with a stitch of Ward's video from the same bench.",
            "Tam Odu",
        ),
        ("Singer Ola Brandt posted a duet in which she harmonises with the dog.", "Ola Brandt"),
        (
            "The best came from taxi driver Pia Lund, whose dashboard camera recorded the moose.",
            "Pia Lund",
        ),
        ("Mayor Ewan Cole has deleted a video from his Instagram account.", "Ewan Cole"),
        ("YouTube removed the video on Tuesday.", None),
        (
            "The CCTV was posted on Facebook on the 3rd by the shop owner, Li Wei (52), "
            "and shared widely.",
            "Li Wei",
        ),
        ("The council shared a video filmed by 12-year-old Nia Hart in the park.", "Nia Hart"),
        (
            "The search found a YouTube upload from March 2019 by Tomas Rey, a local guide.",
            "Tomas Rey",
        ),
        ("The clearest was a dashcam clip from bus driver Remi Ode, filmed at dawn.", "Remi Ode"),
    ],
)
def test_makers_in_more_of_the_ways_news_copy_names_them(text: str, maker: str | None) -> None:
    assert creator_named(text) == maker


def test_a_named_filmer_after_a_residents_clip_retells_it_with_a_role_before_the_name() -> None:
    _, citations = _article(
        "A row has broken out after a pensioner's TikTok video about a broken bench went viral.\n"
        "Retired porter Edna Vail, 80, filmed herself sitting on the last good slat.\n"
        "The council then posted its own video of the new bench.\n"
    )
    assert citations[1].same_clip_as == 0
    assert citations[0].inferred_creator == "Edna Vail"
    assert citations[2].same_clip_as is None


def test_a_desks_note_in_brackets_is_no_claim_and_joins_no_thread() -> None:
    claims, citations = _article(
        "A video of a heron stealing a trout has gone viral on TikTok.\n"
        "The bird swallows the fish whole.\n"
        "(Reporting by Ana Lind; editing by Joe Park)\n"
        "(Translated from the Swedish; first published in the Norrland Post.)\n"
        "(The clip has since been deleted.)\n"
    )
    texts = [claim.text for claim in claims]
    assert not any(text.startswith(("(Reporting", "(Translated")) for text in texts)
    assert texts[-1] == "(The clip has since been deleted.)"
    assert citations[0].members[-1].position == len(texts) - 1  # a bracketed back-reference


@pytest.mark.parametrize(
    ("text", "cites"),
    [
        ("A trail camera on a farm near Tulsa, Oklahoma, recorded a bobcat raiding a coop.", True),
        ("The camera club recorded a loss this year.", False),
        ("On Friday the violinist Rea Moss duetted it, playing the tune an octave up.", True),
        ("Her nephew has made a TikTok re-enacting the whole fall.", True),
        ("Singer Lia Park posted a story of the sunrise from the ferry.", True),
        ("She posted a story about her day on the blog.", False),
        (
            "Another, shared to the same app by the student group Two Forks, adds a laugh track.",
            True,
        ),
        ("Another, published by Penguin, sold well.", False),
        ("He then reshared Tom's rant with three skull emojis.", True),
        ("The council reshared Smith's statement.", False),
    ],
)
def test_more_ways_a_line_cites_a_clip_and_their_look_alikes(text: str, cites: bool) -> None:
    _, citations = _article(text + "\n")
    assert (0 in citations) is cites


def test_copies_spreading_and_a_subtitled_version_are_the_clip_in_play() -> None:
    _, citations = _article(
        "Mayor Ida Holm has deleted a video from her TikTok account of her singing on a tram.\n"
        "It had been watched 300,000 times before it was taken down.\n"
        "Copies continue to circulate: one, reposted on X by @tramwatch, has 90,000 views.\n"
        "A version with Polish subtitles was later reposted on Instagram.\n"
    )
    assert citations[2].same_clip_as == 0
    assert citations[3].same_clip_as == 0
    assert citations[2].platform == "x"


def test_that_one_refers_back_to_the_clip_just_spoken_of() -> None:
    _, citations = _article(
        "Baker Tove Lund posts her shifts on TikTok.\n"
        "In her best-known clip, she drops a tray of 40 buns.\n"
        "A second clip, filmed at dawn, shows her kneading in the dark.\n"
        "That one has been viewed 2.2m times.\n"
        "That one of the two she likes best is the first.\n"
    )
    assert citations[3].same_clip_as == 2


def test_the_next_of_a_series_is_the_creators_named_before() -> None:
    _, citations = _article(
        "Packer Mei Ruo, 24, posts her shifts to Douyin as @mei_packs.\n"
        "In her most-watched clip, she tapes 40 boxes in a minute.\n"
        "A second clip, filmed at noon, shows her lunch tray.\n"
        "A third video, filmed by a colleague from the loading bay, shows her asleep.\n"
        "At noon she posts again: a clip from the canteen queue.\n"
    )
    assert citations[2].inferred_creator == "@mei_packs"
    assert citations[3].inferred_creator is None  # someone else's camera
    assert citations[4].inferred_creator == "@mei_packs"


def test_a_definite_clip_put_out_by_someone_else_than_the_threads_maker_is_its_own() -> None:
    _, citations = _article(
        "The first duet came from Leeds drummer Kofi Mensah and has 780,000 likes.\n"
        "The version most people know, posted by Cork piano teacher Aine Walsh, stacks 30 voices.\n"
    )
    assert citations[0].creator == "Kofi Mensah"
    assert citations[1].same_clip_as is None
    assert citations[1].creator == "Aine Walsh"


@pytest.mark.parametrize(
    "second",
    [
        # the same clip passed on, by whoever: still the thread's
        "His granddaughter, Ana, posted the video on TikTok the same day.",
        "A reverse image search led us to the same footage uploaded by Rui Alves in 2019.",
        # the thread's maker by a pronoun, or by a handle
        "Her video, posted on X as @tess_films, has 2 million views.",
        # someone seen in the clip is no maker
        "In the 30-second clip, Minister Paul Orme appears to promise cuts by Christmas.",
    ],
)
def test_a_definite_clip_of_the_threads_maker_or_passed_on_stays_in_it(second: str) -> None:
    _, citations = _article(
        "The moment was recorded by the doorman, Tess Amaral, on his phone.\n" + second + "\n"
    )
    # (a line that only tells what the clip shows is a member of its thread, not a citation)
    if 1 in citations:
        assert citations[1].same_clip_as == 0
    else:
        assert 1 in {m.position for m in citations[0].members}


def test_a_first_name_with_since_and_a_follow_up_are_the_creators() -> None:
    assert (
        creator_named("Nell has since recorded a short thank-you video in her kitchen.") == "Nell"
    )
    _, citations = _article(
        "Chef Rosa Ferri posts her dumpling reels on Instagram as @rosafolds.\n"
        "Her most-played reel shows a 30-second fold.\n"
        "Her follow-up, a reel in which her aunt tries the fold, did even better.\n"
    )
    assert citations[2].inferred_creator == "@rosafolds"
    assert citations[2].inferred_platform == "instagram"


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("Passenger Ida Berg posted the video to X, where it has 9,000 views.", "x"),
        ("He uploaded it to X on Monday.", "x"),
        ("He posted a letter to X Ltd.", None),
    ],
)
def test_a_clip_put_on_x_with_its_object_between(text: str, platform: str | None) -> None:
    assert platform_named(text) == platform


def test_a_named_makers_thing_counted_goes_to_their_thread() -> None:
    _, citations = _article(
        "Cellist Ana Ruiz posted the first duet on TikTok.\n"
        "The biggest version, posted by Dublin teacher Cian Moore, stacks 40 voices.\n"
        "At the end every square sings the chorus.\n"
        "Moore's grid has been shared 95,000 times.\n"
    )
    assert citations[1].same_clip_as is None
    assert citations[3].same_clip_as == 1


def test_someone_jailed_for_filming_themselves_cites_and_the_court_retells_it() -> None:
    _, citations = _article(
        "A courier who filmed himself riding a scooter at 60mph on a towpath has been fined.\n"
        "Ben Oduya, 22, admitted the offence.\n"
        "The court heard that Oduya posted the video to his Snapchat story.\n"
        "A nurse who filmed herself dancing on a ward has become a household name.\n"
    )
    assert citations[2].same_clip_as == 0
    assert (citations[0].platform or citations[0].inferred_platform) == "snapchat"
    assert 3 not in citations


def test_the_defendant_named_just_after_made_the_clip_the_court_heard_of() -> None:
    _, citations = _article(
        "A woman who livestreamed herself speeding through a school zone has been fined.\n"
        "Dina Marsh, of Elm Row, Hove, admitted careless driving.\n"
        "The court heard she went live on Instagram just after 3pm.\n"
        "A man who filmed himself dancing has become famous.\n"
    )
    assert citations[0].inferred_creator == "Dina Marsh"
    assert citations[2].same_clip_as == 0
    assert (citations[0].platform or citations[0].inferred_platform) == "instagram"


def test_a_cut_its_maker_put_on_another_platform_is_a_copy() -> None:
    _, citations = _article(
        "Bus driver Jo Kemp posted a video review of the number 9 route on YouTube.\n"
        "A shorter cut she posted on TikTok has 1.3 million views.\n"
        "A cut he made in funding angered staff.\n"
    )
    assert citations[1].same_clip_as == 0
    assert citations[1].platform == "tiktok"
    assert 2 not in citations
