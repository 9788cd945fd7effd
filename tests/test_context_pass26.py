"""Twenty-sixth pass: rules from the misses of sets 0-96 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.metrics import metrics_stated
from archiver.articles.stated import creator_named
from tests.support.threads import article, read_lines


def test_who_had_gone_live_after_a_moment_lede_retells_the_lede() -> None:
    lines = [
        "THIS is the moment a hapless holidaymaker knocked the head off a waxwork king -"
        " while broadcasting the whole thing live to her fans.",
        "Tanya Quell-Brook, 26, had gone live on Instagram from the Tudor Hall of the"
        " waxworks to show followers her day out.",
        "She throws an arm around the king's shoulders and his head topples off.",
    ]
    at, citations, threads = read_lines(lines)
    lede = at[lines[0]]
    assert [threads[at[line]] for line in lines[1:]] == [lede, lede]
    assert creator_named(lines[1]) == "Tanya Quell-Brook"


def test_a_job_before_a_name_is_no_part_of_it() -> None:
    assert creator_named("Understudy Jonah Ebrahimi, 22, went live on Instagram.") == (
        "Jonah Ebrahimi"
    )


def test_a_moment_lede_told_again_in_footage_filmed_by_someone_is_the_ledes_clip() -> None:
    lines = [
        "THIS is the heart-melting moment a soldier home from a long tour walked into his"
        " little girl's school nativity.",
        "Corporal Dean Farrow, 34, crept in at the back of the hall as daughter Evie sang,"
        " in footage filmed by his wife Jade on her phone.",
        "Evie, dressed as a sheep, spots him mid-verse and sprints down the aisle.",
        "Jade, 31, posted the clip on Facebook that night.",
    ]
    at, citations, threads = read_lines(lines)
    lede = at[lines[0]]
    assert [threads.get(at[line]) for line in lines[1:]] == [lede] * 3


def test_a_newsroom_going_through_footage_cites_no_clip() -> None:
    lines = [
        "08:05 Good morning. Large parts of the city are without power after an overnight"
        " attack on the main substation. Our verification team is going through footage as"
        " it comes in.",
        "08:21 The first video we've seen is circulating on X and Telegram. It shows an"
        " orange glow behind a row of flats, then a flash.",
        "08:26 A woman behind the camera can be heard counting after the flash.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[0]] not in citations
    first = at[lines[1]]
    assert first in citations and threads[at[lines[2]]] == first


def test_the_shape_every_clip_takes_is_no_clip() -> None:
    lines = [
        "He posts his work on TikTok as @gridrefgeoff, where he has 1.3 million followers.",
        "Each video follows the same pattern: someone else's clip on the left of the"
        " screen, a satellite map on the right.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[1]] not in citations


def test_the_first_video_acted_on_later_is_the_first_clip() -> None:
    lines = [
        "08:21 The first video we've seen is circulating on X and Telegram. It shows an"
        " orange glow behind a row of flats.",
        "09:30 A second clip, posted to TikTok by @nightsinpereny, was filmed further south.",
        "10:10 The journalist Tom Vrana (@vrana_live) has gone live on YouTube from outside"
        " the substation.",
        "10:52 The grid operator has put out a statement saying it has reviewed the first"
        " video and that the flash is consistent with a fault.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[0]]


def test_a_caption_that_brings_its_clip_in_is_what_the_next_line_counts() -> None:
    lines = [
        "Steam rises from a row of ramen stalls as the market opens at 6pm. Photograph: Northpix",
        "A still from a video posted to TikTok by stallholder Wen Ashdown, showing her"
        " pulling a single noodle the length of the stall",
        "Her clip has been viewed 1,700,000 times.",
        "A market-goer photographs the lanterns over the square. Photograph: Northpix",
    ]
    at, citations, threads = read_lines(lines)
    still = at[lines[1]]
    assert still in citations and threads[still] == still
    assert threads[at[lines[2]]] == still


def test_who_whipped_out_a_phone_and_filmed_made_the_clip() -> None:
    line = (
        "Churchgoer Shannon Dempsey, 34, whipped out her phone and filmed the whole unholy"
        " row before posting it on TikTok."
    )
    assert creator_named(line) == "Shannon Dempsey"


def test_the_clip_in_a_round_up_item_told_after_its_scene_is_that_items() -> None:
    lines = [
        "We have watched all of these more times than we would like to admit.",
        "1. The cat who runs the bank",
        "With 14.2 million views, the most-watched pet clip of the month is 40 seconds of a"
        " ginger cat refusing to leave the counter of a savings bank.",
        "Teller Oksana Hrabal filmed him from behind the glass and posted it on TikTok.",
        "2. The husky who files a complaint",
        "A husky called Juno howls for a full 90 seconds at her owner's smart speaker.",
        "The clip was filmed by her owner, Declan Horan, and has 3.1m views on YouTube Shorts.",
    ]
    at, citations, threads = read_lines(lines)
    husky = at[lines[5]]
    assert husky in citations and threads[at[lines[6]]] == husky
    assert threads[at[lines[3]]] == at[lines[2]]


def test_the_most_widely_shared_post_is_a_copy_of_the_clip_in_play() -> None:
    lines = [
        "Claim: A video shared on WhatsApp and Facebook shows a tiger that escaped from the"
        " zoo swimming along a flooded street.",
        "Verdict: False. The footage was filmed in 2020 at a big cat refuge far away.",
        "The most widely shared post, from the Facebook page Flood Alerts 24, which has"
        " 186,000 followers, has been viewed more than 1.9 million times.",
        "In the clip, a tiger swims steadily past a row of shuttered shops.",
    ]
    at, citations, threads = read_lines(lines)
    claim = at[lines[0]]
    assert [threads[at[line]] for line in lines[1:]] == [claim] * 3


def test_stills_named_by_their_clips_kind_go_to_the_one_thread_of_that_kind() -> None:
    lines = [
        "Residents of the block marked 100 days of their rent strike on Saturday.",
        "A still from a video posted to Instagram by tenant Darek Nowak, showing water"
        " cascading down the block's main stairwell",
        "His video has been viewed more than 720,000 times.",
        "Tenant Gloria Fitch, 74, cuts the cake with a bread knife. Photograph: Star",
        "The strike committee streamed the party live on Facebook, and about 3,900 people"
        " tuned in during the afternoon.",
        "The silver band plays in the courtyard, in a frame from the committee's livestream",
        "Children decorate the boarded-up door with chalk, as seen on the livestream",
    ]
    at, citations, threads = read_lines(lines)
    stream = at[lines[4]]
    assert [threads.get(at[line]) for line in lines[5:]] == [stream, stream]
    assert not {at[lines[5]], at[lines[6]]} & set(citations)


def test_a_screenshot_from_someones_platform_livestream_brings_its_clip_in() -> None:
    lines = [
        "Protesters filled the capital on Saturday for the largest climate march yet.",
        "Marchers carry a 30-metre papier-mache whale along Kingsway. Photograph: Pressframe",
        "A screenshot from the organisers' Instagram livestream, showing the crowd filling"
        " the square at 2pm",
        "The livestream ran for five hours and had about 92,000 viewers at its peak, the"
        " organisers said.",
    ]
    at, citations, threads = read_lines(lines)
    still = at[lines[2]]
    assert still in citations and threads[at[lines[3]]] == still


def test_a_clip_of_a_streams_moment_posted_by_someone_is_the_streams() -> None:
    lines = [
        "Landlord Watch Live is back tonight: Yusuf Hallam went live on Twitch to phone the"
        " landlords of his followers' worst flats.",
        "He tells me about 4,700 people were watching at the peak.",
        "One of them, on speakerphone, asks whether he is 'from the council' and hangs up.",
        "A clip of that call posted on TikTok by @renterscorner has passed half a million views.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[0]]


def test_a_link_to_another_story_is_in_no_thread() -> None:
    lines = [
        "A video posted to Facebook by the owner of the Copper Kettle tea room shows her"
        " new kitchen, and it has 40,000 views.",
        "The Copper Kettle is open Tuesday to Sunday.",
        "Read more: Copper Kettle crowned the best tea garden in the county (2019)",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[2]] not in threads


@pytest.mark.parametrize(
    ("line", "cites"),
    [
        ("A dock worker on the night shift filmed police arriving with a cherry-picker.", True),
        ("Isla, 10, had better luck: she filmed one of the kits swimming under the bridge.", True),
        # (known for clips, the clip is cited after)
        ("A nurse who filmed herself singing to patients has become a household name.", False),
        ("The voice of the person who filmed is also entering.", False),
    ],
)
def test_someone_filming_others_as_they_act_cites(line: str, cites: bool) -> None:
    at, citations, _ = read_lines(["Storms hit the coast on Sunday.", line])
    assert (at[line] in citations) is cites


def test_who_a_clip_shows_is_not_who_posted_it() -> None:
    line = (
        "A video posted to TikTok by a concertgoer shows Varga lowering her microphone in"
        " the middle of the song."
    )
    assert creator_named(line) is None


def test_someone_acting_now_just_after_the_citing_line_is_in_its_clip() -> None:
    lines = [
        "THIS is the hilarious moment ageing rocker Dex Ravenhill lost his famous mane in"
        " front of 30,000 fans - and carried on shredding like nothing had happened.",
        "The 67-year-old Blackwater Kings frontman flings his head back during the guitar"
        " solo of 1983 smash Thunder Road Queen, and his jet-black locks sail clean off into"
        " the crowd.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]]


def test_a_stream_named_by_its_owner_is_the_owners_whatever_kind_came_before() -> None:
    lines = [
        "10:06 The organisers' own broadcast is live on YouTube, with about 4,200 people"
        " watching as the rice cookers are switched on.",
        "10:20 From the quay: the smell of rice vinegar is everywhere.",
        "10:41 Food streamer Jun Halloran (@junbites) is broadcasting from behind the rolling"
        " tables on Twitch. Around 2,800 people are watching him so far.",
        "11:15 On Jun's stream, a volunteer sneaks a slice of salmon and is caught by the"
        " chief judge. 'Sir. Sir. That is evidence,' the judge tells him.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[2]]


def test_an_items_count_line_is_its_clip_when_the_clip_is_told_after_it() -> None:
    lines = [
        "Millions of cooking videos go up every week; these are the ones we kept sharing.",
        "1. The wok on the night ferry",
        "A passenger, Tomasz Lowe, filmed a cook tossing a wok of noodles and posted it on"
        " Instagram.",
        "2. The great custard collapse",
        "More than 12 million people have watched a wedding caterer's custard tower slump"
        " sideways into a chocolate fountain.",
        "The clip was posted on TikTok by the bride's cousin, who goes by @kaytee.bakes.",
    ]
    at, citations, threads = read_lines(lines)
    custard = at[lines[4]]
    assert custard in citations and threads[at[lines[5]]] == custard


def test_the_filmer_named_in_apposition_after_a_cited_scene_retells_it() -> None:
    lines = [
        "Morning, greedy people. This week: a pie that fooled a judge.",
        "PIE OF THE WEEK",
        "A judge at the county pie awards cuts into a gold-medal steak-and-ale pie, chews"
        " thoughtfully and declares it 'the finest shortcrust of my career' - moments before"
        " the baker admits it came from a supermarket.",
        "The baker's daughter, Poppy Strand, filmed the whole thing and posted it on Reddit,"
        " where it has 48,000 upvotes.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[2]]


def test_whose_doorbell_camera_caught_a_moment_lede_retells_it() -> None:
    lines = [
        "THIS is the shocking moment a landlord was caught creeping into his tenant's flat"
        " in the dead of night - with his own set of keys.",
        "Stunned tenant Kerry-Ann Mbeki, 29, was fast asleep inside when her doorbell camera"
        " caught the whole thing at 2.14am last Tuesday.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]]
    assert creator_named(lines[1]) == "Kerry-Ann Mbeki"


def test_the_filmer_telling_its_count_speaks_of_the_clip_in_play() -> None:
    lines = [
        "1. The shower in the kitchen",
        "A video shared on TikTok shows an estate agent proudly pulling back a curtain beside"
        " a kitchen hob to reveal a shower tray.",
        "Prospective tenant Freya Hale, who filmed the viewing, says it has now passed 9.1"
        " million views.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[1]]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Her clip has been watched a heavenly 8.2 MILLION times.", [("views", 8_200_000)]),
        (
            "As of the 17th, the view count of the video surpassed 1.3 million times.",
            [("views", 1_300_000)],
        ),
        ("That video was already more than 900 thousand times viewed.", [("views", 900_000)]),
        (
            "There it was already more than 2,3 million times viewed, and it received 310.000"
            " hearts.",
            [("views", 2_300_000), ("likes", 310_000)],
        ),
        (
            "This video was seen about 40 000 times and received more than 2 300 comments.",
            [("views", 40_000), ("comments", 2_300)],
        ),
        (
            "Nearly 15,000 people had piled into the stream by the time her manager noticed.",
            [("views", 15_000)],
        ),
        (
            "The zoo streamed the release live on YouTube, and about 12,000 people watched.",
            [("views", 12_000)],
        ),
        (
            "More than 12 million people have watched a caterer's custard tower slump.",
            [("views", 12_000_000)],
        ),
        ("Said video, which counted some 4.300 'I like', was recorded.", [("likes", 4_300)]),
        # not a clip's audience, nor a count: a parade's crowd, a year and a number
        ("About 2,000 people watched the parade.", []),
        ("In 2019 300 people were there.", []),
        ("It has 2.125 million views.", [("views", 2_125_000)]),
    ],
)
def test_counts_written_every_way(line: str, want: list) -> None:
    assert [(m.kind, m.value) for m in metrics_stated(line)] == want


def test_a_profiles_subject_makes_the_clips_it_tells_of() -> None:
    lines = [
        "Every Sunday at seven, Anselmo Ribeira, 68, walks to the same fence post above the"
        " reservoir and films the water.",
        "He has done it for 212 weeks, and posts each film on TikTok and YouTube as The"
        " Reservoir Diary.",
        "The video that made his name lasts 61 seconds.",
        "It has been watched 18 million times on TikTok.",
        "Ribeira grew up in a village that was flooded when the dam was finished.",
        "Ribeira still walks to the fence post every Sunday.",
    ]
    claims, citations = article("\n".join(lines))
    at = {claim.text: claim.position for claim in claims}
    cited = citations[at[lines[2]]]
    assert (cited.creator or cited.inferred_creator) == "Anselmo Ribeira"


def test_a_court_retells_a_filmed_lede_and_tells_other_footage_apart() -> None:
    lines = [
        "A hobbyist who flew a drone over a wildfire to film it for his YouTube channel forced"
        " firefighting aircraft to halt water drops for 40 minutes, a court has heard.",
        "Bastian Kroll, 34, pleaded guilty at Tenbridge Magistrates' Court on Monday.",
        "The court heard he posted an 11-minute video from the flight on his channel, Kroll"
        " Skies, the same evening.",
        "Fire service footage from the cockpit of the aircraft, also shown to the court,"
        " showed the pilot spotting the drone.",
        "A video of the drone hovering above the smoke, filmed by a walker on a nearby hill"
        " and posted on Facebook, led police to his car.",
    ]
    at, citations, threads = read_lines(lines)
    lede, cockpit, walker = at[lines[0]], at[lines[3]], at[lines[4]]
    assert threads[at[lines[2]]] == lede
    assert threads[cockpit] == cockpit and threads[walker] == walker
