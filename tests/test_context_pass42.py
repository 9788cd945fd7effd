"""Forty-second pass: rules from the misses of sets 0-176 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from tests.support.threads import article, read_lines

_CHOIR_LEDE = (
    "A video of a village band playing under the bedroom window of its oldest member on her "
    "100th birthday has been watched more than 900,000 times since it was posted on Facebook."
)
_FILMED_BY = (
    "The clip was filmed by her great-grandson, Tomos Arkwright-Bello, 14, from the house "
    "opposite, and posted on his mother's Facebook page."
)


@pytest.mark.parametrize(
    "scene",
    [
        [
            "About twenty members of the Hollins Silver Band stand on the pavement of Quarry "
            "Lane in their coats, holding music in plastic wallets against the rain.",
            "Upstairs, Edna Ravensworth-Okafor opens her window and starts conducting them with "
            "a teaspoon.",
        ],
        [
            "At the window, tuba player Gethin Rowe-Adeyemi, 67, in a dressing gown, lifts a "
            "hand and starts to conduct."
        ],
        ["Sixty men in work boots and cardigans attempt the opening bars of 'Jerusalem'."],
    ],
)
def test_scene_lines_between_a_clip_and_who_filmed_it_are_what_it_shows(
    scene: list[str],
) -> None:
    at, citations, threads = read_lines([_CHOIR_LEDE, *scene, _FILMED_BY])
    assert threads.get(at[_FILMED_BY]) == at[_CHOIR_LEDE]
    assert [threads.get(at[line]) for line in scene] == [at[_CHOIR_LEDE]] * len(scene)


@pytest.mark.parametrize(
    "line",
    [
        "The band meets every Tuesday in the church hall and plays at weddings.",  # a habit
        "Her daughter bought the house in 1998.",  # the past
        "Our reporter stands outside the house for an hour.",  # the writer's own
        "Why are so many bands filming their rehearsals?",  # a question
        "These days the band plays mostly at funerals.",  # a state
    ],
)
def test_a_habit_the_past_or_the_writers_own_between_two_lines_of_a_clip_is_not_its_scene(
    line: str,
) -> None:
    at, citations, threads = read_lines([_CHOIR_LEDE, line, _FILMED_BY])
    assert threads.get(at[_FILMED_BY]) == at[_CHOIR_LEDE]
    assert at[line] not in threads


def test_a_live_blog_entry_between_two_lines_of_a_clip_is_the_blogs_news() -> None:
    lines = [
        "10:05 The parish council is streaming the ceremony on its Facebook page; about 400 "
        "people are watching.",
        "10:20 The mayor climbs the ladder to the belfry.",
        "10:40 The council says its stream has now been watched by about 2,000 people.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads.get(at[lines[2]]) == at[lines[0]]
    assert at[lines[1]] not in threads


_BODYS_STREAM = (
    "19:00 The Plough is streaming the darts final from the function room on its Facebook "
    "page, where about 300 people are watching."
)
_PERSONS_LIVE = (
    "20:15 Apprentice Jodie Fenn-Okoro, 19, has gone live on TikTok from the front row as "
    "@jodie_darts, and about 1,000 people are watching."
)
_OTHER_CLIP = (
    "21:10 Darts YouTuber Ellis Carver-Obi has posted a video on YouTube reacting to the "
    "final's last leg, which has 30,000 views already."
)


@pytest.mark.parametrize(
    "says",
    [
        "22:30 The Plough say their stream was watched by more than 4,000 people tonight.",
        "22:30 The Plough's replay of the final stays on its Facebook page, where it has had "
        "a further 1,200 views.",
    ],
)
def test_a_body_telling_of_its_own_stream_goes_back_to_the_stream_past_a_clip_told_since(
    says: str,
) -> None:
    at, citations, threads = read_lines([_BODYS_STREAM, _PERSONS_LIVE, _OTHER_CLIP, says])
    assert threads.get(at[_OTHER_CLIP]) == at[_OTHER_CLIP]
    assert threads.get(at[says]) == at[_BODYS_STREAM]


def test_a_body_telling_of_another_clip_is_not_sent_back_to_its_stream() -> None:
    says = "22:30 Ellis says his reaction has now been watched 80,000 times."
    at, citations, threads = read_lines([_BODYS_STREAM, _PERSONS_LIVE, _OTHER_CLIP, says])
    assert threads.get(at[says]) == at[_OTHER_CLIP]


_SIGN_OFF = "22:45 That's all from the Plough. The full final stays up on Plough Darts TV."


@pytest.mark.parametrize(
    "sign_off",
    [
        _SIGN_OFF,
        "22:45 That's it from us - the replay of the whole final stays up on Plough Darts TV.",
    ],
)
def test_a_live_blogs_sign_off_cites_the_stream_it_says_stays_up_on_its_channel(
    sign_off: str,
) -> None:
    stream = (
        "19:00 The Plough is streaming the darts final on its YouTube channel, Plough Darts TV, "
        "where about 300 people are watching."
    )
    at, citations, threads = read_lines([stream, _PERSONS_LIVE, sign_off])
    assert at[sign_off] in citations
    assert threads.get(at[sign_off]) == at[stream]
    assert citations[at[sign_off]].inferred_platform == "youtube"


@pytest.mark.parametrize(
    "line",
    [
        "22:45 That's all from the Plough. The trophy stays on the bar until next season.",
        "22:45 The exhibition remains open on Saturday.",
    ],
)
def test_something_else_staying_somewhere_is_no_clip(line: str) -> None:
    at, citations, threads = read_lines([_BODYS_STREAM, _PERSONS_LIVE, line])
    assert at[line] not in citations


_BALLOON_LEDE = (
    "A hot-air balloon landed on the outfield of a village cricket ground in the middle of a "
    "match, in a video posted on TikTok by a player that has been watched 2.1 million times."
)
_COMPANY_FOOTAGE = (
    "The balloon company has also posted footage from a camera on the basket on its Facebook "
    "page, which has been viewed about 190,000 times."
)
_STITCH = (
    "A stitch posted on TikTok by the commentator Harvey Lind-Oyede, who adds ball-by-ball "
    "commentary over the landing, has about 640,000 views."
)


def test_a_pages_copy_of_the_original_is_of_the_storys_clip_past_clips_told_since() -> None:
    copy = (
        "The original has also been copied to Instagram by the account Village Cricket Chaos, "
        "where it has had nearly 1.5 million views."
    )
    at, citations, threads = read_lines([_BALLOON_LEDE, _COMPANY_FOOTAGE, _STITCH, copy])
    assert threads.get(at[copy]) == at[_BALLOON_LEDE]


_LIST_INTRO = [
    "Pub league players have filmed their darts for as long as there have been phones.",
    "These five did it best.",
]


@pytest.mark.parametrize(
    ("scene", "maker"),
    [
        (
            "At the Fox and Hounds in Ashby Parva, a terrier called Dart nudges the chalk up the "
            "scoreboard with her nose every time a dart lands.",
            "Landlord Ray Okonjo-Birch filmed her during a league match and posted the clip on "
            "Instagram, where it has about 900,000 views.",
        ),
        (
            "A horseshoe, glowing orange, is dropped into a plastic bucket of water by a smith in "
            "a flat cap, fished out, reheated and dropped in again until the bucket splits.",
            "Blacksmith Ivo Pendry-Asante filmed it at his forge in Wexcombe and posted it on "
            "TikTok, where it has 2.4m views.",
        ),
    ],
)
def test_a_list_items_scene_told_before_who_filmed_it_is_the_items_clip(
    scene: str, maker: str
) -> None:
    lines = [*_LIST_INTRO, "5. The dog who keeps score", scene, maker]
    at, citations, threads = read_lines(lines)
    assert threads.get(at[maker]) == at[scene]
    assert threads.get(at[scene]) == at[scene]


def test_someone_filming_her_daughter_after_an_items_scene_is_not_that_scene() -> None:
    scene = (
        "At the Fox and Hounds in Ashby Parva, a terrier called Dart nudges the chalk up the "
        "scoreboard with her nose every time a dart lands."
    )
    maker = (
        "Landlady Ray Okonjo-Birch filmed her daughter throwing a nine-darter and posted the "
        "clip on Instagram, where it has about 900,000 views."
    )
    lines = [*_LIST_INTRO, "5. The dog who keeps score", scene, maker]
    at, citations, threads = read_lines(lines)
    assert at[scene] not in citations


_TABLOID_LEDE = (
    "THIS is the moment a cheeky jackdaw pulled straw out of a thatched roof in Dunmere - and "
    "flew off with it to build its nest."
)


@pytest.mark.parametrize(
    "reached",
    [
        "Homeowner Shelley Amberley-Ndiaye, 42, was watching from her kitchen window when she "
        "spotted the feathered thief and grabbed her phone.",
        "Volunteer Bethan Oyelaran-Marsh, 27, was holding a ladder when the heist kicked off - "
        "and whipped out her phone.",
    ],
)
def test_someone_reaching_for_their_phone_as_the_scene_happens_filmed_the_clip(
    reached: str,
) -> None:
    lines = [_TABLOID_LEDE, "The bird tugs at the ridge until a whole tuft comes away.", reached]
    at, citations, threads = read_lines(lines)
    assert at[reached] in citations
    assert threads.get(at[reached]) == at[_TABLOID_LEDE]


@pytest.mark.parametrize(
    "line",
    [
        "She grabbed her phone to call the fire brigade.",  # another use of a phone
        "Neighbours say she never goes anywhere without her phone.",
    ],
)
def test_a_phone_used_otherwise_is_no_clip(line: str) -> None:
    at, citations, threads = read_lines([_TABLOID_LEDE, line])
    assert at[line] not in citations


_SMOKE_CLIP = (
    "10:51 A visitor has filmed a small boy pressing the big red button that sets off the model "
    "quarry's blast, and it is already on Instagram with 14,000 views."
)


def test_a_reply_posted_on_a_platform_is_a_clip_of_its_own() -> None:
    reply = (
        "14:10 The boy's mum, Shauna Okafor-Lind, has posted a reply on TikTok, holding up the "
        "club's bill for one smoke machine refill."
    )
    at, citations, threads = read_lines([_SMOKE_CLIP, reply])
    assert threads.get(at[reply]) == at[reply]


def test_a_copy_by_a_page_with_its_followers_is_a_clip_not_an_account_line() -> None:
    lede = (
        "A tabby cat drops out of a fireplace in a shower of soot, in a clip posted on TikTok "
        "by the sweep, where it has 2.2 million views."
    )
    aside = "The sweep tells me the cat had been living on a ledge in the flue for two days."
    copy = (
        "It has also been copied to Facebook by the page Cats Being Cats, which has 1.3 million "
        "followers, where it has been shared 12,400 times."
    )
    at, citations, threads = read_lines([lede, aside, copy])
    assert at[copy] in citations
    assert threads.get(at[copy]) == at[lede]


def test_a_page_told_by_its_followers_alone_is_still_an_account_line() -> None:
    lede = "A tabby cat drops out of a fireplace, in a clip posted on TikTok with 2.2m views."
    account = "Cats Being Cats, which has 1.3 million followers, posts as @catsbeingcats."
    at, citations, threads = read_lines([lede, account])
    assert at[account] not in citations


def test_captions_seen_from_the_livestream_are_stills_of_the_stream() -> None:
    lines = [
        "A screenshot of Kessingham Balloon Club's Facebook livestream of the first mass launch, "
        "which about 1,600 people watched",
        "Passengers wave at the club's camera on the launch field, seen from the livestream",
        "The retrieve truck follows the balloon along a farm track. Photograph: Imre Castle",
        "The last balloons leave the launch field, in a still from the club's livestream",
    ]
    claims, citations = article("\n\n".join(lines))
    captions = [c.position for c in claims if c.is_caption]
    threads = {m.position: c.claim_position for c in citations.values() for m in c.members}
    stream = claims[0].position
    assert threads.get(claims[1].position) == stream
    assert threads.get(claims[-1].position) == stream
    assert captions


def test_the_replay_of_the_one_stream_told_is_that_streams_clip() -> None:
    stream = (
        "Bladesmith Yusuf Carrow-Idowu forged a kitchen knife out of an old bicycle chain in a "
        "Twitch livestream that about 9,400 people watched to the end."
    )
    other = (
        "Chalker Dot Haverstock-Lee, 81, corrects a smith's maths in a video posted on X by "
        "her grandson that has drawn 300,000 views."
    )
    replay = (
        "The replay, on his YouTube channel, Carrow Forge, has since had nearly 1.1 million views."
    )
    at, citations, threads = read_lines([stream, other, replay])
    assert threads.get(at[replay]) == at[stream]


def test_a_page_reposting_an_owners_clip_told_by_what_it_shows_is_the_owners_clip() -> None:
    lines = [
        "Trimming videos routinely draw millions of views, and the sound of the nippers has "
        "become a genre of its own.",
        "The best known of the farrier-creators is Rhiannon Volkov-Mensah, 31, who posts on "
        "TikTok as The Hoof Whisperer to about 1.2 million followers.",
        "Her most-watched video, in which she trims the overgrown hooves of a rescued Shetland "
        "pony, has been viewed 14 million times.",
        "It has also been saved more than 600,000 times.",
        "The Society's concern follows an Instagram reel posted in January by a farrier in "
        "Cottingley Moor, which showed him trimming a donkey's feet.",
        "The reel was viewed about 780,000 times before it was deleted.",
        "The Brackley School of Farriery launched a YouTube channel, Brackley Forge Academy, in "
        "September, and says its first film, a 12-minute guide to making a shoe, has 80,000 "
        "views.",
        "Its head of training, Jakub Fenn-Adjei, said apprenticeship enquiries had doubled since.",
        "Farriers' videos are also being lifted without credit.",
        "Satisfying Trades, a Facebook page with 2.3m followers, reposted Volkov-Mensah's "
        "Shetland trim without credit, and the repost drew 5.2 million views.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads.get(at[lines[-1]]) == at[lines[2]]
