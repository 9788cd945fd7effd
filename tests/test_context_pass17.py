"""Rules of the seventeenth pass, each tried on invented articles that are none of the
labelled sets', with look-alikes each rule must not take."""

from __future__ import annotations

import pytest

from archiver.articles.account_lines import account_line
from archiver.articles.metrics import metrics_stated
from archiver.articles.stated import creator_named
from archiver.platforms import platform_named
from tests.support.threads import article as _article
from tests.support.threads import thread as _thread

# A clip first told in words that do not cite it, then a scene in the present, then a
# line that speaks of the clip as one already told
_SKIPPED = (
    "Crab race at the quay ends in chaos\n"
    "A retired ferryman filmed two gulls fighting over a crab on the slipway at Porth "
    "Ellin on Sunday.\n"
    "The crab scuttles between them and drops into the harbour.\n"
    "'Go on, my son, go on!' the ferryman can be heard shouting.\n"
    "The ferryman, Idris Vaughan, 71, posted the 30-second clip on Facebook, where it has "
    "been shared 8,400 times.\n"
    "The harbour master said gulls had become bolder since the bins were moved.\n"
)


def test_a_clip_told_without_a_cue_opens_its_thread_when_a_later_line_speaks_of_it() -> None:
    claims, citations = _article(_SKIPPED)
    assert 0 in citations  # the ferryman filming: the thread's opener
    assert set(_thread(citations, 0)) == {0, 1, 2, 3}
    assert citations[3].same_clip_as == 0
    opener = citations[0]
    # what the later line states is the clip's, inferred for its first telling
    assert (opener.inferred_platform, opener.inferred_creator) == ("facebook", "Idris Vaughan")
    assert 4 not in {m.position for m in opener.members}


def test_a_definite_reference_to_a_clip_just_told_and_then_a_count() -> None:
    _, citations = _article(
        "Streamer's lap of the velodrome ends in ban\n"
        "A cycling streamer has been banned from the Harrowgate velodrome after riding the "
        "track during a race while broadcasting live.\n"
        "The stream, on Kick, shows Deniz Aksoy, 24, weaving between riders on a folding bike.\n"
        "'Chat, I'm faster than the pros!' he shouts as a marshal chases him.\n"
        "About 51,000 viewers were watching at the peak, according to a tracking site.\n"
    )
    assert _thread(citations, 0) == {
        0: "citation",
        1: "back_reference",
        2: "quote",
        3: "back_reference",
    }


@pytest.mark.parametrize(
    "text",
    [
        # no scene between: the reference is the clip's first telling
        "Gulls and a crab\n"
        "A retired ferryman watched two gulls fight over a crab on the slipway.\n"
        "The 30-second clip, posted on Facebook, has been shared 8,400 times.\n",
        # the line before the scene tells no clip
        "Gulls and a crab\n"
        "Gulls have grown bolder on the slipway since the bins were moved.\n"
        "A crab scuttles between two of them and drops into the harbour.\n"
        "The 30-second clip, posted on Facebook, has been shared 8,400 times.\n",
        # a clip shown beside a live blog's entry is new to the text
        "Harbour fire: live\n"
        "21:47 - Welcome to our live coverage of the fire at Porth Ellin harbour.\n"
        "21:52 - Smoke pours from the boathouse as crews arrive.\n"
        "22:04 - This video, filmed by a resident from the sea wall, shows the roof falling.\n",
        # words told to the reporter before the scene
        "Gulls and a crab\n"
        "'It was the funniest thing I have seen on that camera,' Mr Vaughan told the "
        "Gazette.\n"
        "The crab scuttles between the gulls and drops into the harbour.\n"
        "The 30-second clip, posted on Facebook, has been shared 8,400 times.\n",
    ],
)
def test_no_skipped_opener_without_a_told_clip_a_scene_and_a_reference(text) -> None:
    claims, citations = _article(text)
    last = max(citations)
    assert citations[last].same_clip_as is None
    assert set(citations) == {last}


def test_a_clip_in_play_takes_the_reference_not_the_line_before_the_scene() -> None:
    _, citations = _article(
        "Gulls and a crab\n"
        "A clip posted on TikTok by @porthellin shows gulls on the slipway.\n"
        "A retired ferryman had his camera on the tripod as usual.\n"
        "The crab scuttles between them and drops into the harbour.\n"
        "The clip has been shared 8,400 times.\n"
    )
    assert set(citations) == {0, 3} and citations[3].same_clip_as == 0


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        # a platform opening the line is where, not who
        ("On Kuaishou, a fisherman known as Old Sea Wang posted a clip of his catch.",
         "Old Sea Wang"),
        ("On X, the meme account @lagframes posted the same clip, where it has 2m views.",
         "@lagframes"),
        ("On YouTube Shorts, a plumber known as Pipe Whisperer posted the repair.",
         "Pipe Whisperer"),
        # a line opening on how the clip was made
        ("Shot from a canal boat by 15-year-old Ellis Marsh, the Short shows a heron "
         "swallowing an eel.", "Ellis Marsh"),
        ("Filmed in Leeds by a passer-by, the clip shows a fox on a bus.", None),
        # a user name given in quotes, or as a username
        ("A clip uploaded to Bilibili by the user 'Paper Crane' shows the parade.",
         "Paper Crane"),
        ("A video posted to Douyin by a first-year nursing student with the username "
         "'Night Shift Nora' shows the ward at 3am.", "Night Shift Nora"),
        # a date between the posting and its poster
        ("The 20-second clip was posted on 3 March by Ines Falk, who runs a bakery.",
         "Ines Falk"),
        ("It was posted on Friday by Tomasz Wrona.", "Tomasz Wrona"),
        # a country after a place is no one; a person in apposition after a place is
        ("In Cusco, Peru, a llama herder who goes by Andean Abel posted a clip of the herd.",
         "Andean Abel"),
        ("A baker in Leeds, Amy Holt, filmed the cake collapsing.", "Amy Holt"),
    ],
)  # fmt: skip
def test_the_maker_named_past_a_platform_a_place_or_a_date(line, creator) -> None:
    assert creator_named(line) == creator


def test_a_copy_republished_by_a_channel_stays_in_the_thread() -> None:
    _, citations = _article(
        "Flooded tram\n"
        "A video filmed by commuter Daria Kos shows a tram ploughing through flood water.\n"
        "It was then republished by the Telegram channel 'Lviv Now', where it has been "
        "viewed 400,000 times.\n"
    )
    assert citations[1].same_clip_as == 0


def test_a_count_alone_is_the_clip_in_play() -> None:
    _, citations = _article(
        "Streamer's dog ends charity marathon\n"
        "Kick streamer Lotte Brandt was 19 hours into a charity stream when her spaniel "
        "pulled the power cable.\n"
        "Brandt can be heard shrieking as the screen goes black.\n"
        "About 9,400 people were watching at the time.\n"
    )
    assert citations[2].same_clip_as == 0


def test_a_count_that_names_its_maker_is_not_taken_for_the_clip_in_play() -> None:
    _, citations = _article(
        "Streamer's dog ends charity marathon\n"
        "Kick streamer Lotte Brandt was 19 hours into a charity stream when her spaniel "
        "pulled the power cable.\n"
        "The screen goes black as Brandt shrieks.\n"
        "Rival streamer Jonas Veldt drew 30,000 viewers reacting to the moment.\n"
    )
    assert citations[2].same_clip_as is None


def test_a_line_about_the_account_between_the_scene_and_a_copy() -> None:
    _, citations = _article(
        "Quake hits mid-stream\n"
        "When the tremor began, Ren Adachi was halfway through a live racing game on Twitch.\n"
        "His monitor shakes and a glass slides off the desk.\n"
        "'Chat, I'm getting under the table,' he says.\n"
        "Adachi, 26, streams as adachidrives to about 95,000 followers.\n"
        "A fan clipped the moment and reposted it to YouTube Shorts, where it has been "
        "watched 6.8 million times.\n"
    )
    assert 0 in citations and citations[4].same_clip_as == 0


@pytest.mark.parametrize(
    ("line", "cites"),
    [
        ("Harlan had also posted a TikTok boasting about the crash, the court heard.", True),
        ("Her TikTok mocking the council's new bins has 2m views.", True),
        ("She made a TikTok about her commute on the Northern line.", True),
        # the platform's name before what is no clip
        ("He has a TikTok following of 2 million.", False),
        ("A TikTok marketing push began in March.", False),
    ],
)
def test_a_tiktok_doing_something_is_a_clip(line, cites) -> None:
    _, citations = _article(f"Headline\n{line}\n")
    assert bool(citations) is cites


_TWO_CLIPS = (
    "Pancakes and a reaction\n"
    "A 58-second video filmed by her grandson, Zhou Ping, shows Zhou Meilan folding dough "
    "at her stall.\n"
    "After he posted it on Douyin, it drew 2.6 million likes.\n"
    "On Bilibili, the uploader Wen Bo made a reaction video trying the folds himself.\n"
    "His video has 1.4 million plays.\n"
    "District officials said the queues would be managed.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        # named by its platform, as the clip the reader knows
        "Zhou Meilan folds dough at her stall, in a screenshot of the Douyin video.",
        # named by whose it is, in the story's own words
        "Zhou Meilan folds dough, in a still from her grandson's video.",
        # a relative's clip, by the family name of the person the caption names
        "Zhou Meilan at her stall, in a still from her grandson's clip.",
    ],
)
def test_a_still_goes_to_the_clip_its_caption_names(caption) -> None:
    claims, citations = _article(_TWO_CLIPS + caption + "\n")
    last = max(c.position for c in claims)
    assert last in _thread(citations, 0)


def test_a_still_from_a_relatives_clip_needs_a_full_name() -> None:
    # "the Duchess" is no family name: the still is not the office's clip
    _, citations = _article(
        "Toddler's worm\n"
        "His father, Liam Brough, was filming on his phone.\n"
        "Mr Brough posted the clip to Facebook, and it has been shared 22,000 times.\n"
        "The Duchess's office posted its own video of the visit on Instagram.\n"
        "Its video had 1.6M views.\n"
        "Alfie Brough shows the Duchess his worm, in a still from his father's video\n"
    )
    assert 4 not in _thread(citations, 2)


@pytest.mark.parametrize(
    ("caption", "joins"),
    [
        # a photograph dated apart from the clip, taken for the story
        ("Nell Tarrant back on the seafront yesterday, chips firmly wrapped", False),
        ("Nell Tarrant outside her flat on Wednesday", False),
        ("The seafront at Porthlow, photographed by the council in 2019", False),
        # a still, whatever its date
        ("The gull swoops on Nell Tarrant's chips on Sunday, in a still from her video", True),
    ],
)
def test_a_dated_photograph_is_no_still(caption, joins) -> None:
    claims, citations = _article(
        "Gull steals chips\n"
        "Nell Tarrant filmed a gull snatching her chips on the seafront at Porthlow.\n"
        "The gull swoops and Tarrant can be heard shrieking.\n"
        f"{caption}\n"
    )
    last = max(c.position for c in claims)
    assert (last in _thread(citations, 0)) is joins


@pytest.mark.parametrize(
    ("line", "is_account"),
    [
        ("Arbuthnot, 29, streams as kenjiplaysbadly to about 310,000 followers.", True),
        ("Okafor posts as okafor.eats on TikTok.", True),
        ("She posts as expected on weekdays.", False),
        ("He streams as usual on Fridays.", False),
    ],
)
def test_an_account_named_by_a_handle_without_its_at(line, is_account) -> None:
    assert account_line(line) is is_account


def test_a_scene_that_names_its_makers_account_is_the_clip_in_play() -> None:
    _, citations = _article(
        "Pie shop queues\n"
        "Sales at a Leeds pie shop have tripled since a food reviewer gave its pie a ten in "
        "a video last week.\n"
        "Tomas Reyne, who reviews food as @onebitetomas, takes a single bite and holds up "
        "ten fingers.\n"
    )
    assert citations[1].same_clip_as == 0


def test_a_new_clip_told_in_the_present_is_not_taken_for_the_clip_in_play() -> None:
    _, citations = _article(
        "Pie shop queues\n"
        "Sales at a Leeds pie shop have tripled since a food reviewer gave its pie a ten in "
        "a video last week.\n"
        "In a second video, filmed by rival reviewer Kit Marr, a queue stretches round "
        "the block.\n"
    )
    assert citations[1].same_clip_as is None


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        # the subject who does something in a clip of no one else's posted it
        ("Soap star Juno Ashby has fans talking after showing off a diamond ring in an "
         "Instagram story on Friday.", "Juno Ashby"),
        ("Singer Ana Lobo showed off her new fringe in a TikTok video.", "Ana Lobo"),
        # seen, quoted, done to, or in someone else's clip: not the maker
        ("Prime Minister Hal Brody was seen asleep in a video shared on X.", None),
        ("Council leader Tom Price said the claims in a video were false.", None),
        ("Chef Ravi Menon demonstrates the fold in a video by his daughter.", None),
        ("Pop star Kerris Vale was left red-faced after her ex mocked her in a clip.", None),
        ("Sales at Pennock's Pies have risen since a reviewer praised them in a video.", None),
    ],
)  # fmt: skip
def test_the_subject_acting_in_a_clip_of_their_own(line, creator) -> None:
    assert creator_named(line) == creator


@pytest.mark.parametrize(
    ("line", "platform"),
    [
        ("On X, the meme account @lagframes posted the same clip.", "x"),
        ("Fan account @quaydaily reposted the clip to X, where it has 2m views.", "x"),
        ("It was later cross-posted to X.", "x"),
        ("Posted to X on Monday, the clip has 40,000 views.", "x"),
        # a letter that is no platform
        ("On X Street a man was filmed dancing.", None),
        ("Malcolm X said it first.", None),
        ("A Tesla Model X was filmed on the hard shoulder.", None),
    ],
)
def test_x_opening_a_line_or_taking_a_repost(line, platform) -> None:
    assert platform_named(line) == platform


@pytest.mark.parametrize(
    "line",
    [
        # a clip made after the one in play, by whoever made that one
        "Nadia has since posted a follow-up in which the dog is shown the clip on a tablet.",
        # someone filming themselves and posting it
        "Keeper Arlo Venn filmed himself trying the move in training and posted it on Douyin.",
        # an edit made of the footage
        "On Bilibili, the uploader 'Moth Cuts' cut the footage together with scenes from the film.",
    ],
)
def test_a_clip_made_after_the_one_in_play_is_its_own(line) -> None:
    _, citations = _article(
        "Dog rings the bell\n"
        "Nadia Oduya's doorbell camera caught her labrador pressing the bell, and she "
        "posted the clip to TikTok as @nadiaandrex.\n"
        "It has been viewed 2.1 million times.\n"
        f"{line}\n"
    )
    assert citations[max(citations)].same_clip_as is None


def test_a_new_clip_by_someone_whose_earlier_post_named_a_platform_is_on_it() -> None:
    _, citations = _article(
        "Dog rings the bell\n"
        "A labrador's owner, Gail Price, posted a doorbell clip of him ringing the bell to "
        "Facebook.\n"
        "Her daughter Freya re-uploaded the footage to TikTok as @freyaandrex.\n"
        "Freya has since posted a follow-up in which the dog barks at the screen.\n"
    )
    follow_up = citations[max(citations)]
    assert follow_up.same_clip_as is None and follow_up.inferred_platform == "tiktok"


@pytest.mark.parametrize(
    ("line", "metrics"),
    [
        ("His vlog has 2.4 million plays and about 61,000 'danmu' bullet comments.",
         [("views", 2400000), ("comments", 61000)]),
        ("The clip had 900,000 plays and more than 30,000 danmaku comments.",
         [("views", 900000), ("comments", 30000)]),
        ("It was reshared 7,100 times within a day.", [("shares", 7100)]),
        ("It has been liked by 390,000 accounts.", [("likes", 390000)]),
        ("Copies have collected at least half a million further views.", [("views", 500000)]),
        # bullets and accounts that count nothing of a clip
        ("Police found 40 bullet casings at the scene.", []),
        ("The bank closed 390,000 accounts last year.", []),
    ],
)  # fmt: skip
def test_more_ways_a_count_is_told(line, metrics) -> None:
    assert [(m.kind, m.value) for m in metrics_stated(line)] == metrics


@pytest.mark.parametrize(
    ("line", "joins"),
    [
        ("It shows brown water rushing between the shops and carrying a bin past a bank.",
         True),
        ("In it, she fits a glowing mouthpiece and says the kit is 'the only thing I've "
         "changed this year'.", True),
        # an argument, and the world's habit outside any quotation
        ("It shows how little the council cares about the high street.", False),
        ("In it, she says she posts a new clip every week.", False),
    ],
)  # fmt: skip
def test_what_the_clip_shows_told_of_it(line, joins) -> None:
    claims, citations = _article(
        "Flood video\n"
        "A video shared on Facebook by a page called Storm Watch claims to show the high "
        "street under water.\n"
        f"{line}\n"
    )
    assert (1 in _thread(citations, 0)) is joins


@pytest.mark.parametrize(
    "line",
    [
        "A shaky 40-second fancam filmed at a fan-signing event has sent the song up the chart.",
        "A dance routine filmed by two sisters in a car park has pushed the track to No 3.",
        "17:52 Mendes has just gone live on his own Twitch channel from the stage.",
    ],
)
def test_a_fancam_a_routine_filmed_by_people_a_stream_just_begun(line) -> None:
    _, citations = _article(f"Headline\n{line}\n")
    assert citations


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        ("A Kuaishou user, 'Frugal Lao Chen', posted a 90-second recording.", "Frugal Lao Chen"),
        ("Mendes has just gone live on his own Twitch channel from the stage.", "Mendes"),
    ],
)
def test_a_quoted_name_whole_and_a_stream_just_begun(line, creator) -> None:
    assert creator_named(line) == creator


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        ("The clip was filmed by a friend and posted to TikTok by the account kernowkidd.",
         "kernowkidd"),
        ("It was shared by the account that first posted it.", None),
        ("Gao Shumin began filming lessons in his courtyard in 2022.", "Gao Shumin"),
    ],
)  # fmt: skip
def test_an_account_by_a_bare_handle_and_one_who_began_filming(line, creator) -> None:
    assert creator_named(line) == creator


@pytest.mark.parametrize(
    "line",
    [
        "Weather: showers clearing from the west, top temperature fourteen degrees.",
        "That's the news; there's more at the top of the hour.",
        "More news at eight on Coastline FM.",
    ],
)
def test_a_bulletins_furniture_joins_no_thread(line) -> None:
    claims, citations = _article(
        "Bulletin\n"
        "A video of a wave sweeping three teenagers off a harbour wall has been watched "
        "2 million times on TikTok.\n"
        "The three can be seen laughing on the wall before the wave hits.\n"
        f"{line}\n"
    )
    assert 2 not in _thread(citations, 0) and 2 in {c.position for c in claims}


def test_its_caption_quoted_is_the_clip_in_play() -> None:
    _, citations = _article(
        "Fact check\n"
        "Claim: A Facebook video shows polling staff stuffing ballots in Norrvale.\n"
        "Its caption reads: 'Caught on camera. This is how they win.'\n"
    )
    assert citations[1].same_clip_as == 0
