"""The twenty-first pass's rules, from the misses of sets 54-64 and 66, on invented lines:
clips named by kind ("Dashcam vision", "a YouTube review by ...", "his charity stream on
Twitch"), copies and parts of the clip in play, a round-up item that tells its scene
before who filmed it, footage credited just after a "This is the moment" lede, and a
maker named by surname once the story named them in full."""

from __future__ import annotations

import pytest

from archiver.articles.clip_signals import clip_signals
from archiver.articles.copies import A_COPY
from archiver.articles.earlier_clip import FIRST_CLIP
from archiver.articles.known_names import makers_by_known_name
from archiver.articles.metrics import metrics_stated
from archiver.articles.which_clip import new_clip
from tests.support.threads import read_lines


def _read(lines: list[str]):
    return read_lines(["Readers' clips of the week", *lines])  # (the first line: a headline)


@pytest.mark.parametrize(
    "line",
    [
        "Dashcam vision from Tevita Lolo's ute shows the family driving through burning scrub.",
        "Vision posted to Facebook by the brigade shows the water bomber's first pass.",
        "The firm apologised after a YouTube review by Priya Nandakumar showed a cracked hinge.",
        "Spare a thought for Gus Hale, whose charity stream on Twitch ended after 30 days.",
        "The jury was also shown dashcam footage from a patrol car that followed the van.",
        "A trucker who posts as Diesel Daisy caught the pile-up on her dashcam.",
        "Her own bad week came in May, when she unboxed one live in front of her viewers.",
    ],
)
def test_a_clip_named_by_its_kind_cites(line: str) -> None:
    assert clip_signals(line).cites


@pytest.mark.parametrize(
    "line",
    [
        "The council set out its vision for the town centre.",
        "Her vision from the start was a shop of her own.",
        "He signed a YouTube streaming deal last year.",
        "Bus driver Ollie Frame, who posts as Frame_Rate_Ollie, has 40,000 followers.",
    ],
)
def test_the_same_words_elsewhere_do_not(line: str) -> None:
    assert not clip_signals(line).cites


@pytest.mark.parametrize(
    "line",
    [
        "One clip of the outburst, reposted to X by meme page @ClipBin, drew 2m views.",
        "A clip of the first lamb reposted on X by the account Dales Telly has 90,000 views.",
        "A 40-second clip from it was later reposted on YouTube by a compilation channel.",
        "Copies of the same clip have also appeared on TikTok.",
        "Other copies on Instagram have been shared thousands of times.",
        "A friend, Tom Weir, copied it to TikTok, where it has 300,000 views.",
        "A 70-second excerpt he later posted to X has been viewed 1.1m times.",
        "A 30-second excerpt that Okafor cut for TikTok has 2 million views.",
        "Tech writer Ana Reis's 40-second cut of it, posted on X, has 3m views.",
        "One post carrying it, from the page Cycle Safe Kent, has been shared 9,000 times.",
        "Her clip was also reposted on X by consumer group Fair Deal.",
    ],
)
def test_a_copy_or_part_of_the_clip_in_play(line: str) -> None:
    assert A_COPY.search(line) and not new_clip(line)


@pytest.mark.parametrize(
    "line",
    ["Copies sold out within a week.", "Copies of the report were handed to MPs."],
)
def test_copies_of_other_things_are_not(line: str) -> None:
    assert not A_COPY.search(line)


def test_a_copy_joins_the_clip_it_copies() -> None:
    lines = [
        "A storm chaser broadcast the tornado live on Twitch from his pickup on Friday.",
        "The funnel crosses the highway less than a mile ahead of him.",
        "Lightning strikes a transmission tower behind the funnel.",
        "One clip of the moment, reposted to X by weather page @StormDeskUK, has 2.1m views.",
    ]
    at, found, threads = _read(lines)
    assert threads[at[lines[3]]] == at[lines[0]]
    assert found[at[lines[3]]].platform == "x"  # the copy's own platform


def test_a_round_up_item_that_tells_its_scene_first() -> None:
    lines = [
        "Five clips that made our week",
        "Our pick of the clips readers could not stop sharing this week.",
        "1. The goose who waits for the green man",
        "In Marlbury, a goose waits at a zebra crossing until the lights change, then "
        "waddles across.",
        "Bus driver Kemi Ade filmed it from her cab and posted it to TikTok, where it has "
        "4.2m views.",
        "2. The bus that would not fit",
        "A double-decker reverses out of Mill Lane for ten minutes, guided by a man in a "
        "dressing gown.",
        "Resident Jo Parr filmed it from her window and put it on Facebook.",
    ]
    at, found, threads = _read(lines)
    goose, filmed = at[lines[3]], at[lines[4]]
    assert goose in found and threads[filmed] == goose
    # (the goose's clip is not the one Jo Parr filmed, past the next heading)
    assert threads.get(at[lines[7]]) != goose


def test_footage_credited_just_after_a_this_is_the_moment_lede_is_the_ledes_clip() -> None:
    lines = [
        "This is the incredible moment a freak hailstorm pummelled a market town, leaving "
        "gardens white in minutes.",
        "Footage posted to TikTok by mum-of-two Holly Brack (@hollybrack) shows ice bouncing "
        "off her patio.",
        "Her greenhouse roof gives way with a crack.",
        "The clip has more than 2 million views.",
    ]
    at, found, threads = _read(lines)
    lede = at[lines[0]]
    assert threads[at[lines[1]]] == lede and threads[at[lines[3]]] == lede


def test_a_first_video_named_by_its_owner_or_where_it_is() -> None:
    assert FIRST_CLIP.search("Okafor's first video, the one with the leak, has 1m views.")
    assert FIRST_CLIP.search("Back in her first video, the flame is visible for ten seconds.")
    assert not FIRST_CLIP.search("In today's first video, the lesson goes on.")


def test_a_live_audience_that_tuned_in() -> None:
    assert [(m.kind, m.value) for m in metrics_stated("About 3,100 people tuned in.")] == [
        ("views", 3100)
    ]
    assert metrics_stated("He tuned in to 5 radio stations.") == []


@pytest.mark.parametrize(
    ("lines", "maker"),
    [
        (
            [
                "Bethan Corr, 31, who posts as @bethtests, reviewed the fryer in March.",
                "Corr hit back in a stitch of the maker's video, pointing out her vent.",
            ],
            "Bethan Corr",
        ),
        (
            [
                "Kerry Dobb, 38, from Leeds, was furious with the hotel.",
                "Dobb fired back in a second TikTok from the airport, holding up her receipt.",
            ],
            "Kerry Dobb",
        ),
        (["A Facebook post by Westbrook mother Karen Dall shares CCTV from a shop."], "Karen Dall"),
        (
            ["A phone video, filmed across the forecourt by customer Raf Ibar, shows it."],
            "Raf Ibar",
        ),
        (["The neighbour, Joris Verhal, put the clip on Facebook on Sunday."], "Joris Verhal"),
    ],
)
def test_a_maker_named_by_surname_or_with_a_role(lines: list[str], maker: str) -> None:
    at, found, _ = _read(lines)
    assert found[at[lines[-1]]].creator == maker


class _Citing:
    def __init__(self, position: int) -> None:
        self.claim_position, self.creator = position, None


def _maker_of_last(lines: list[str]) -> str | None:
    from archiver.articles.claims import Claim

    claims = [Claim(i, line, 0, 0) for i, line in enumerate(lines)]
    citing = _Citing(len(lines) - 1)
    makers_by_known_name(claims, [citing])
    return citing.creator


@pytest.mark.parametrize(
    "lines",
    [
        # a body, told by "its"
        ["Halvard Mobile makes budget phones.", "Halvard replied with a video on its own account."],
        # speech about the clip, not its making
        ["Bethan Corr, 31, reviews fryers.", "Corr said the video had been posted in March."],
        # two people who share the surname
        ["Ann Dobb, 40, and Tom Dobb, 42, run the cafe.", "Dobb posted a video of the queue."],
        # no sign the name is a person's
        ["Altamar Airways flies to Dublin.", "Altamar posted a clip on TikTok of the lounge."],
        # the act is a clause's far after the subject
        [
            "Owen Platt, 50, reads the blog.",
            "Owen sends this: the mayor told the crowd, in a "
            "speech that was later posted on the council's page, that he would stay.",
        ],
    ],
)
def test_no_maker_by_surname_where_the_story_does_not_say_whose(lines: list[str]) -> None:
    assert _maker_of_last(lines) is None


def test_a_maker_by_surname_read_from_the_story_before() -> None:
    lines = ["Bethan Corr, 31, reviews fryers.", "Corr posted her verdict on TikTok."]
    assert _maker_of_last(lines) == "Bethan Corr"


def test_known_names_read_an_article_of_many_names_in_one_pass() -> None:
    """Each line's names are read once, in order: a long article is linear."""
    from archiver.articles.claims import Claim

    claims = [Claim(i, f"Person{i} Surname{i}, 30, posted a video.", 0, 0) for i in range(3000)]
    claims[2] = Claim(2, "Surname1 posted a video of her own.", 0, 0)
    citations = [_Citing(i) for i in range(0, 3000, 2)]
    makers_by_known_name(claims, citations)
    assert citations[1].creator == "Person1 Surname1"


# Rules from sets 65 and 67 (read after their blind first run)


@pytest.mark.parametrize(
    "line",
    [
        "The original advert, meanwhile, remains pinned to the top of the campaign's channel.",
        "Back in Ballymore, the original video's comment section has become a noticeboard.",
        "Copies of Briar's Mill Row video were also circulating in local Facebook groups.",
        "The earliest upload we could find was on a Facebook page called Truth Daily, which "
        "has 88,000 followers.",
    ],
)
def test_the_original_and_an_owners_clip_cite(line: str) -> None:
    assert clip_signals(line).cites


def test_the_original_plan_does_not() -> None:
    assert not clip_signals("The original plan was to open the bakery in May.").cites


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        (
            "Clinical dietitian Ritika Anand, who works at a hospital, responded with a reel "
            "in which she plays Sethi's clip and pauses it.",
            "Ritika Anand",
        ),
        (
            "Brisbane dietitian Sam Nguyen-Hale answered Castellano's clip with a TikTok of "
            "her own.",
            "Sam Nguyen-Hale",
        ),
        (
            "Ms Durant's original has been stitched by accredited practising dietitian Rohan "
            "Vaskar.",
            "Rohan Vaskar",
        ),
    ],
)
def test_an_answer_to_someones_clip_is_its_answerers(line: str, maker: str) -> None:
    from archiver.articles.stated import creator_named

    assert creator_named(line) == maker


def test_a_surname_after_an_office_or_a_party_is_the_persons() -> None:
    lines = [
        "Liberal Reform's Colin Marsh knocked on a door while canvassing in Ashby.",
        "Transport Minister Helen Gatwick was shown at a rally in an edited clip.",
        "Marsh posted the full blooper to TikTok himself.",
        "Gatwick hit back on Monday with a video on her Instagram.",
    ]
    at, found, _ = _read(lines)
    assert found[at[lines[2]]].creator == "Colin Marsh"
    assert found[at[lines[3]]].creator == "Helen Gatwick"


def test_a_response_clip_opens_a_thread_of_its_own() -> None:
    lines = [
        "Gold Coast mum Kayla Dunn posted a 40-second TikTok in January showing her frozen "
        "cottage cheese dessert.",
        "It has 3.1 million views.",
        "Back on TikTok, Ms Dunn's original has been stitched by accredited practising "
        "dietitian Rohan Vask.",
        "His response has been watched 214,000 times.",
    ]
    at, found, threads = _read(lines)
    stitch = at[lines[2]]
    assert threads[stitch] == stitch and threads[at[lines[3]]] == stitch
    assert found[stitch].creator == "Rohan Vask"


def test_a_definite_clip_filmed_and_posted_is_the_clip_in_play() -> None:
    lines = [
        "Elsewhere, a Tullamore dietitian's video on reading sugar labels has been picked up "
        "by the health service.",
        "Aisling Fahy filmed the two-minute clip in a supermarket aisle and posted it to "
        "Instagram.",
    ]
    at, _, threads = _read(lines)
    assert threads[at[lines[1]]] == at[lines[0]]


# Rules from sets 68 and 69 (read after their blind first run)


@pytest.mark.parametrize(
    "line",
    [
        "WATCH: Kofi Bell steps on Amaya Ruel's dress (Video: Redline Pictures)",
        "Meta, which owns Facebook, has since added a 'false information' label to the "
        "page's post.",
        "Facebook has added a false-information label to the Bay Weather Watch post.",
    ],
)
def test_an_embedded_clip_and_a_labelled_post_cite(line: str) -> None:
    assert clip_signals(line).cites


def test_a_warning_label_on_bins_does_not() -> None:
    assert not clip_signals("The council added a warning label to its bins.").cites


def test_a_line_back_on_a_clip_named_by_its_camera_rejoins_that_clip() -> None:
    lines = [
        "The wildlife trust's nest camera, which streams on YouTube, caught a goshawk "
        "attacking the osprey nest on Tuesday.",
        "The goshawk drops onto the rim of the nest.",
        "A day earlier, hillwalker Fergus Toll had filmed the same female diving for fish "
        "and posted it to Instagram.",
        "It has 80,000 likes.",
        "Back on the nest camera, the female is feeding both chicks within an hour.",
    ]
    at, _, threads = _read(lines)
    assert threads[at[lines[4]]] == at[lines[0]]


def test_one_of_the_copies_just_told_is_no_new_clip() -> None:
    assert not new_clip("Copies have also spread on X, where one post by @verite has 41,000 views.")


def test_a_plural_owners_platform_is_not_part_of_the_name() -> None:
    from archiver.articles.stated import creator_named

    line = "Rapper Dolo Sierra made a surprise appearance on streamer KazzyPlays' Twitch broadcast."
    assert creator_named(line) == "KazzyPlays"


# What a review of this pass found, mended


@pytest.mark.parametrize(
    "line",
    [
        "The wound was stitched by a paramedic at the roadside.",
        "The deal has been parodied by critics as a giveaway.",
        "The original post office building will be demolished next year.",
        "The original recording studio was in Camden.",
        "The original ad agency has since closed.",
        "The original stream of the river ran west of the mill.",
        "Her vision was posted on the council website.",
        "The company's vision of a greener future shows promise.",
        "A security vision statement was released by the board.",
        "The regulator added a warning label to the company's post-Brexit product range.",
        "Tesco added a new label to the store's own-brand video games.",
        "The YouTube review process was criticised by creators.",
        "She sang live for her followers at the pub.",
    ],
)
def test_the_new_kinds_of_clip_leave_other_senses_alone(line: str) -> None:
    assert not clip_signals(line).cites


def test_a_dress_stitched_by_hand_names_no_maker() -> None:
    from archiver.articles.stated import creator_named

    assert creator_named("The dress was stitched by hand in Lyon over six weeks.") is None


def test_people_who_tuned_in_to_something_else_are_no_audience() -> None:
    line = "About 3,100 people tuned in to the council's radio phone-in."
    assert metrics_stated(line) == []
    assert metrics_stated("Nearly 40,000 people tuned in at the peak.")[0].value == 40000


@pytest.mark.parametrize(
    "last",
    [
        "Corrie has since learned the video was filmed by a customer.",  # another filmed it
        "Corrie is seen handing out free buns in the clip.",  # she is in it
    ],
)
def test_a_known_surname_is_no_maker_when_someone_else_made_the_clip(last: str) -> None:
    lines = [
        "Bethan Corrie, 31, runs a bakery in Leeds.",
        "A video of the queue outside her shop has been viewed 2m times on TikTok.",
        last,
    ]
    at, found, _ = _read(lines)
    assert all(c.creator != "Bethan Corrie" for c in found.values())
    assert all(c.inferred_creator != "Bethan Corrie" for c in found.values())


@pytest.mark.parametrize(
    "line",
    [
        "On the traffic camera budget, councillors voted to spend more.",
        "You can see why residents are angry: the same street flooded in 2019.",
        "On the camera, Samsung has added a 200MP sensor, the company said.",
    ],
)
def test_lines_that_only_sound_like_going_back_to_a_clip_do_not_join_it(line: str) -> None:
    lines = [
        "Traffic camera footage posted on X by Kent Police shows a van on the pavement.",
        "The van mounts the kerb outside the school.",
        "Councillors met on Tuesday to discuss road safety.",
        line,
    ]
    at, _, threads = _read(lines)
    assert at[line] not in threads


def test_a_first_video_game_is_no_first_clip() -> None:
    assert not FIRST_CLIP.search("Britain's first video game museum opened in Sheffield.")


def test_names_in_a_long_list_are_read_once() -> None:
    """A sentence of thousands of names: each cleaned only when a line's subject asks for
    it (as first written, every pair was cleaned against the whole sentence)."""
    from archiver.articles.known_names import _add_names

    parts: dict[str, set[str]] = {}
    people: set[str] = set()
    _add_names("Ab Cd, " * 300, parts, people)  # (2,000 characters: a sentence's most)
    assert parts["Ab"] == {"Ab Cd"} and not people


# Rules from sets 70 and 71 (read after their blind first run)


def test_a_verification_desks_match_of_the_clip_is_in_its_thread() -> None:
    lines = [
        "A video posted on Telegram shows smoke rising over a fuel depot.",
        "Flames reach the top of a storage tank.",
        "We matched the bus shelter and a petrol station sign to the E-17 road, west of Tarvik.",
        "Using Street View imagery, we located the pharmacy on Lenina Avenue.",
    ]
    at, _, threads = _read(lines)
    assert threads[at[lines[2]]] == at[lines[0]] and threads[at[lines[3]]] == at[lines[0]]


def test_police_who_located_a_suspect_tell_no_clip() -> None:
    from archiver.articles.scene import scene

    assert not scene("Officers later located him at a friend's flat in Leeds.")
    assert scene("Amateur investigators on X matched the water tower to a village.")


def test_someones_stream_cites() -> None:
    assert clip_signals("Fenwick's stream has now passed 1.1 million total views.").cites


@pytest.mark.parametrize(
    "line",
    ["Police located the car two days later.", "Police matched the DNA to a man from Leeds."],
)
def test_police_finding_a_car_or_a_match_tell_no_clip(line: str) -> None:
    from archiver.articles.scene import scene

    assert not scene(line)
