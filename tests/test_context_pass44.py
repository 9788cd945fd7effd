"""Forty-fourth pass: rules from the misses of sets 0-186 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles import clip_choice
from archiver.articles.captions import BRINGS_ITS_CLIP_IN
from archiver.articles.earlier_clip import earlier_clip_meant
from tests.support.threads import read_lines

_KETTLE = (
    "In March his video of a copper kettle he had hammered from a single sheet was shared "
    "by people on every continent."
)


@pytest.mark.parametrize(
    "line",
    [
        "Q: Your kettle video has been watched more than 9 million times on TikTok.",
        "INTERVIEWER: Your kettle video has been watched more than 9 million times on TikTok.",
        "My kettle video has now been watched more than 9 million times on TikTok.",
    ],
)
def test_a_clip_named_by_what_it_shows_as_yours_or_mine_is_the_one_told(line: str) -> None:
    at, _, threads = read_lines(
        [_KETTLE, "We met him at his forge; the interview has been edited for length.", line]
    )
    assert threads[at[line]] == at[_KETTLE]


_TURNS = [
    _KETTLE,
    "We met him at his forge; the interview has been edited for length.",
    "Q: Your kettle video has been watched more than 9 million times on TikTok.",
    "Did you expect that?",
    "A: Not for a second.",
    "Q: For anyone who missed it, what happens in it?",
    "A: I hammer the spout, pour water in, and it whistles on the first try.",
    "The whistle was luck.",
    "Q: Who filmed it?",
    "A: My neighbour Tansy held the phone.",
    "I put it on my TikTok, @copper.bram, that evening.",
]


def test_a_question_on_it_after_a_long_answer_is_the_interviews_clip() -> None:
    at, _, threads = read_lines(_TURNS)
    for line in ("Q: Who filmed it?", "I put it on my TikTok, @copper.bram, that evening."):
        assert threads[at[line]] == at[_KETTLE]


def test_a_question_on_a_new_clip_is_its_own() -> None:
    turns = [*_TURNS[:8], "Q: Who filmed the one of the anvil on YouTube?"]
    at, citations, threads = read_lines(turns)
    assert threads.get(at[turns[-1]], at[turns[-1]]) != at[_KETTLE]


_PARADE = [
    "In pictures: lanterns light up Harrowgate Quay for the river festival",
    "A paper swan glides under the bridge, in a still from a video posted to TikTok by "
    "festival director Mabli Oyenuga-Hart, @mabli.makes",
    "Her video has been viewed more than 1.4 million times",
]


def test_a_caption_of_a_bodys_livestream_on_another_platform_is_its_own_clip() -> None:
    still = (
        "A screenshot of the festival's YouTube livestream of the parade, which about 3,100 "
        "people watched, as the swan passes the harbour wall"
    )
    replay = "The festival says the replay of the parade has since been watched 21,000 times"
    at, citations, threads = read_lines([*_PARADE, still, replay])
    assert threads[at[still]] == at[still]
    assert citations[at[still]].platform == "youtube"
    assert threads[at[replay]] == at[still]


_SEWING_DAY = [
    "08:05 The museum is streaming the whole day on YouTube through its channel, Loomside "
    "Live, with one camera over the looms and one on the dye vats.",
    "09:30 Weaver Odell Brathwaite-Kane has gone live on TikTok as @odell_weaves from his "
    "bench by the door. 'If the warp snaps now, that's the stream over,' he tells viewers.",
    "11:40 Odell has ended his live; he tells us it peaked at around 1,900 viewers.",
]


@pytest.mark.parametrize(
    "line",
    [
        "15:25 A clip of that moment, cut from the stream and posted on TikTok by the account "
        "@loomfails, already has 90,000 views.",
        "12:20 Back on Loomside Live, the dye-vat camera shows the first skeins coming out a "
        "deep indigo.",
    ],
)
def test_a_live_blogs_own_stream_is_gone_back_to_past_a_live_told_since(line: str) -> None:
    at, _, threads = read_lines([*_SEWING_DAY, line])
    assert threads[at[line]] == at[_SEWING_DAY[0]]


@pytest.mark.parametrize(
    "line",
    [
        "15:25 A clip of that moment, cut from his stream and posted on TikTok by the account "
        "@loomfails, already has 90,000 views.",
        "12:20 Back on TikTok, the dye-vat camera shows the first skeins coming out a deep indigo.",
    ],
)
def test_a_live_cut_from_by_its_owner_or_a_platform_gone_back_to_is_not_the_blogs(
    line: str,
) -> None:
    at, _, threads = read_lines([*_SEWING_DAY, line])
    assert threads.get(at[line], at[line]) != at[_SEWING_DAY[0]]


def test_a_broadcasters_watch_label_under_the_lede_is_the_ledes_clip() -> None:
    lede = (
        "A video of a kestrel landing on a conductor's baton during an outdoor concert in "
        "Harlow Vale has been watched more than 1.2 million times on TikTok."
    )
    label = "Watch: Pip settles in as the strings begin the slow movement"
    at, _, threads = read_lines(["Kestrel lands on conductor's baton mid-concert", lede, label])
    assert threads[at[label]] == at[lede]


def test_a_platforms_label_on_a_named_accounts_post_is_on_that_accounts_clip(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (read by the rule alone: the learned choice of clip may come to the same answer here)
    monkeypatch.setattr(clip_choice, "choose", lambda reference: reference.picked)
    lines = [
        "Claim: A video shared on TikTok shows a kite folded from newspaper lifting a child "
        "off a beach in Carrow Sands.",
        "A copy posted on TikTok by @wowfacts.today has 2.3 million views.",
        "The clip was traced to a 2019 advert for a kite-surfing school on YouTube.",
        "Several kite makers have answered the claim with videos of their own; the most "
        "watched, by Idris Okafor-Penn (@idriskites) on TikTok, shows his paper kite tearing "
        "in a light breeze.",
        "His video has about 310,000 views.",
        "TikTok has since added a label to the @wowfacts.today post saying its claims could "
        "not be verified.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[0]]


def test_a_clip_filmed_as_a_second_act_of_someone_told_far_back_cites() -> None:
    filmed = (
        "Lorry driver Bernard Achterberg-Cole, 61, found the owl, a young barn owl, sitting on "
        "the wing mirror of his cab at a lay-by near Fenwick on Tuesday night and filmed her "
        "through the side window."
    )
    posted = (
        "He posted it on the Fenwick Residents group on Facebook, and by Thursday it had been "
        "viewed 61,000 times."
    )
    at, citations, threads = read_lines([filmed, posted])
    assert at[filmed] in citations
    assert threads[at[posted]] == at[filmed]


def test_a_columnists_clip_watched_over_and_over_opens_its_thread() -> None:
    opener = (
        "I have now watched Marisol Quintero-Hale ice a wedding cake on the back of a moving "
        "pick-up truck nine times, and I would watch it again if I could."
    )
    posted = "She posted it on TikTok in May, and it has been watched 3.8 million times."
    at, citations, threads = read_lines([opener, "It lasts 51 seconds.", posted])
    assert at[opener] in citations
    assert threads[at[posted]] == at[opener]


def test_a_columnists_habit_of_watching_cites_nothing() -> None:
    line = "I have watched more of these videos than is healthy for anyone."
    at, citations, _ = read_lines([line])
    assert at[line] not in citations


def test_an_owners_thing_of_two_words_copied_is_the_owners_clip() -> None:
    lines = [
        "Teacher Idris Abara-Lund, 34, showed a class of eight-year-olds how to fold a paper "
        "hopping rabbit and posted the lesson on TikTok, where it has 2.2 million views.",
        "A retired joiner in Wexcombe, Pauline Ostrander-Mbeki, has posted a video on YouTube "
        "of a paper bridge she folded holding up a tin of soup, and it has 190,000 views.",
        "Idris's hopping rabbit has since been copied to Instagram by the page Oddly Calm, "
        "where it has another 1.1 million views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]


def test_an_owners_own_camera_is_another_clip() -> None:
    lines = [
        "Teacher Idris Abara-Lund, 34, showed a class of eight-year-olds how to fold a paper "
        "hopping rabbit and posted the lesson on TikTok, where it has 2.2 million views.",
        "Wexcombe Primary's own camera was running too, and the school's YouTube film of "
        "the lesson has 40,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] != at[lines[0]]


_SKIP = [
    "Claim: A video shared on Facebook shows council workers tipping the music library's "
    "records into a skip in Dunmoor.",
    "Verdict: False. The footage shows staff at a record shop in Harwell clearing stock "
    "ruined by a burst pipe in 2022.",
    "The 22-second clip shows two men in aprons lifting boxes off a trolley one at a time.",
]


_ONE_OF_THEM = (
    "One of them holds up an LP whose sleeve has fused into a single grey lump, and shakes it "
    "so that nothing moves."
)


def test_the_scene_of_a_clip_by_one_of_those_in_it_goes_on_with_it() -> None:
    at, _, threads = read_lines([*_SKIP, _ONE_OF_THEM])
    assert threads[at[_ONE_OF_THEM]] == at[_SKIP[0]]


@pytest.mark.parametrize(
    "line",
    [
        "'That's not a record any more. That's a roof tile,' a man's voice says off camera.",
        "A gull swoops in from the top of the frame and lands on the lid of the skip.",
    ],
)
def test_the_scene_of_a_clip_by_its_frame_or_a_voice_off_camera_goes_on_with_it(
    line: str,
) -> None:
    at, _, threads = read_lines([*_SKIP, _ONE_OF_THEM, "Nobody speaks.", line])
    assert threads[at[line]] == at[_SKIP[0]]


def test_a_stream_under_way_on_an_account_cites() -> None:
    line = (
        "07:42 Corin is streaming the search on TikTok as @corin_and_kestrel, with his sister "
        "driving; about 900 people are already watching."
    )
    later = "11:40 Corin's stream has peaked at around 6,100 viewers, his sister tells us."
    at, citations, threads = read_lines(
        ["07:30 Good morning. A kestrel has escaped from a falconry centre in Orlby.", line, later]
    )
    assert citations[at[line]].platform == "tiktok"
    assert threads[at[later]] == at[line]


def test_streaming_as_a_habit_on_an_account_is_no_clip() -> None:
    line = "Corin streams on TikTok as @corin_and_kestrel to about 40,000 followers."
    at, citations, _ = read_lines([line])
    assert at[line] not in citations


def test_a_caption_from_a_camera_streamed_live_brings_its_clip_in() -> None:
    still = (
        "The quay from 200 metres up, in a frame from the camera Osian straps to the swan for "
        "the evening display, streamed live on his YouTube channel, Harrowgate Kites"
    )
    assert BRINGS_ITS_CLIP_IN.match(still)
    assert not BRINGS_ITS_CLIP_IN.match(
        "The quay from 200 metres up, in a frame from the camera Osian straps to the swan"
    )


def test_the_replay_of_a_stream_named_by_what_it_showed_is_that_streams() -> None:
    text_at = {
        3: "A screenshot of the festival's own Facebook livestream of the main arena, which "
        "about 2,900 people watched",
        5: "The quay from 200 metres up, in a frame from the kite camera, streamed live on the "
        "kite club's YouTube channel",
    }
    thread_of = {3: 3, 5: 5}
    replay = "The festival says the replay of its arena stream has since been watched 30,000 times"
    assert earlier_clip_meant(replay, thread_of, text_at, None) == 3
    assert (
        earlier_clip_meant(
            "The replay has since been watched 30,000 times", thread_of, text_at, None
        )
        is None
    )


def test_a_round_ups_item_scene_under_a_heading_opens_the_clip_told_after_it() -> None:
    lines = [
        "Every Friday we round up the clips everyone was sending each other.",
        "The kite that would not come down",
        "A paper kite launched from the roof of the Harlow Vale scout hut hangs in the air for "
        "40 seconds, looping the flagpole twice before it lands in the scoutmaster's tea.",
        "The clip was filmed by scout leader Ayo Brennan-Kask and posted on TikTok, where it "
        "has 2.1 million views.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[2]]


def test_a_comments_header_is_no_heading_of_an_item() -> None:
    lines = [
        "hollins-pete commented 3 days ago",
        "A paper kite launched from the roof of the Harlow Vale scout hut hangs in the air for "
        "40 seconds, looping the flagpole twice before it lands in the scoutmaster's tea.",
        "The clip was filmed by scout leader Ayo Brennan-Kask and posted on TikTok, where it "
        "has 2.1 million views.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]


def test_the_writer_among_a_streams_audience_is_a_count_of_it() -> None:
    opener = (
        "Last Sunday I watched a retired signalman in Harrowby, Enid Polglase-Mbeki, fold a "
        "paper model of her own signal box in a three-hour livestream on YouTube."
    )
    count = "About 1,400 of us were watching at the end, and nobody typed a word in the chat."
    at, citations, threads = read_lines([opener, count])
    assert citations[at[count]].metrics[0].value == 1400
    assert threads[at[count]] == at[opener]


def test_a_moment_cut_out_and_put_up_is_a_copy_of_the_clip_in_play() -> None:
    lines = [
        "Q: You went live on Instagram from the fair, and about 4,000 people were watching.",
        "A: Yes, and the owl took my phone.",
        "Q: Somebody cut that out and put it on X.",
        "A: They did, and it has 900,000 views.",
    ]
    at, citations, threads = read_lines(lines)
    assert citations[at[lines[2]]].platform == "x"
    assert threads[at[lines[2]]] == at[lines[0]]


def test_a_guest_telling_the_clip_just_asked_of_is_that_clip() -> None:
    lines = [
        "Q: Your first video was the one where the owl took your sandwich.",
        "A: Yes, and it still gets messages every day.",
        "Q: Your livestream from the county show in May went a bit wrong.",
        "A: I went live on Instagram for the flying display, about 3,900 people were watching, "
        "and the kestrel decided to chase a drone instead.",
        "You can hear me apologising.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[2]]
    assert citations[at[lines[3]]].same_clip_as == at[lines[2]]
    assert threads[at[lines[4]]] == at[lines[2]]
