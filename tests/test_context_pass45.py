"""Forty-fifth pass: rules from the misses of sets 0-191 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles import clip_choice
from archiver.articles.heard import heard_in_clip
from tests.support.threads import read_lines

_GRAN = (
    "A wartime ration book found in a loft in Kelby has been mended by a local binder, and a "
    "video of it being given back to the family has been viewed 300,000 times on Facebook."
)


def test_a_clip_named_by_its_owner_is_not_the_one_their_kin_opened() -> None:
    lines = [
        _GRAN,
        "The video was filmed by her grandson, Owen Marsh, 27, and posted on Facebook on Sunday.",
        "Owen's cousin, Tilly Brand, 16, has posted her own video on TikTok in which their gran "
        "reads a page aloud.",
        "Tilly says her video has had about 40,000 views.",
        "Owen's clip has now been copied to Facebook by the page Remember When, where it has "
        "nearly 500,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[_GRAN]
    assert threads[at[lines[2]]] == at[lines[2]]


def test_a_clip_their_kin_posted_of_them_is_still_theirs() -> None:
    lines = [
        "THIS is the moment a startled dad mistook a string of satellites for an invasion.",
        "Gaz Fenwick, 47, shouts for his family to get inside.",
        "Gaz's daughter Kelly, 19, posted the clip on TikTok, where it has 2.1 million views.",
        "Comedian Ros Adeyemi has posted a spoof reply, 'apologising' to Gaz for the galaxy.",
        "Gaz's original video has also been copied by a Facebook page called Sky Watch.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[0]]


def test_a_clip_posted_in_reply_to_a_named_clip_is_its_own() -> None:
    lines = [
        "A woman's video of her pet pigeon carrying her wedding ring down the aisle has been "
        "watched 1.4 million times on TikTok.",
        "The clip was posted by the bride, Tara Lowe, on Sunday.",
        "Comedian Jed Moss, who has 2.7 million followers, posted a spoof on TikTok in reply "
        "to Tara's clip, releasing a pigeon at his own mock wedding.",
        "His spoof has had more than 800,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]
    assert threads[at[lines[3]]] == at[lines[2]]


def test_a_clip_named_by_a_compound_of_what_it_shows_finds_its_stem(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(clip_choice, "choose", lambda reference: reference.picked)
    lines = [
        "A tray of marbling ink slides off a bench in a studio in Harlow and lands face down, "
        "and the binder who owns it stares at it for a long time.",
        "Her studio-mate filmed it and put it on Instagram, where it has 520,000 views.",
        "A restorer went live on YouTube on Tuesday to unwrap a flooded family album.",
        "The replay has had about 90,000 views since.",
        "The marbled-floor clip has been reposted on X by the account @craftfails, where it has "
        "had nearly a million views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[0]]


def test_a_cut_its_maker_put_up_elsewhere_is_the_same_clip() -> None:
    lines = [
        "Falconer Ivo Brandt strapped a tiny camera to his eagle, and the footage of her "
        "gliding the length of the valley has 1.9 million views on YouTube.",
        "A 30-second cut of the glide that he put on Instagram has since had nearly 400,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]]


_HAWK = [
    "A hawk kept to scare pigeons off Wexley Minster has been watched more than a million "
    "times online after it flew in through an open door during a service.",
    "The moment was caught on the minster's own livestream of the service, on its YouTube "
    "channel Wexley Minster Live, which about 700 people were watching.",
    "In the clip, the hawk sweeps down the nave and settles on the organ.",
    "Not one of the 20 choristers stops singing.",
    "'Well. The Lord provides,' the precentor can be heard saying as the music ends.",
    "'Shall we pray?'",
    "An excerpt the minster posted on YouTube Shorts the next morning has been viewed 1.6 "
    "million times.",
]


@pytest.mark.parametrize("line", _HAWK[1:])
def test_the_moment_caught_on_a_bodys_own_stream_and_its_lines_are_the_ledes(line: str) -> None:
    at, _, threads = read_lines(_HAWK)
    assert threads[at[line]] == at[_HAWK[0]]


def test_the_end_of_a_quotation_begun_before_is_heard_in_the_clip() -> None:
    assert heard_in_clip(
        "We are all going home now,' the steward can be heard saying as the lights go up."
    )
    assert not heard_in_clip("The steward's dog, which barks, can be heard from the road.")


def test_a_moment_caught_by_a_named_filmer_is_not_told_by_the_stream_rule() -> None:
    lines = [
        "A hawk kept to scare pigeons off Wexley Minster flew in during a service last week.",
        "The moment was caught on camera by a chorister's mother, Dee Amadi, who posted it on "
        "TikTok, where it has 200,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[1]]


def test_words_to_the_writer_just_after_a_count_are_in_no_thread() -> None:
    lines = [
        "Mira Lund is on her knees in a ditch, sniffing a mushroom.",
        "The video that made her name is 40 seconds long and was filmed in her garden.",
        "It shows her pulling up a small white mushroom and dropping it in the bin.",
        "It went up on TikTok in 2021 and had been watched 3.1 million times within a week.",
        "'People wanted me to eat it. I didn't,' she says, wiping the soil off her knees.",
    ]
    at, _, threads = read_lines(lines)
    assert at[lines[-1]] not in threads
    assert threads[at[lines[3]]] == at[lines[1]]


def test_speech_after_the_line_that_tells_the_clip_stays_in_it() -> None:
    lines = [
        "Chef Tom Wray stitched the clip with a 60-second breakdown, and his stitch has 400,000 "
        "likes.",
        "'That is a clean bite. That is a professional,' he says, zooming in on the crust.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]]


def test_an_owners_thing_with_an_aside_before_its_count_is_theirs() -> None:
    lines = [
        "1. The vanishing coin",
        "Barnaby Kerr makes a coin vanish inside a kiwi fruit on a tram, and his TikTok of it "
        "has 3.2 million views.",
        "2. The floating glass",
        "A bartender in Leeds sends a full glass across the bar, in a video posted on "
        "Instagram by a guest, Marcus Tate.",
        "Barnaby's kiwi coin, meanwhile, has been copied to Instagram by the page Mind Blown, "
        "where it has another 1.1 million views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[1]]


def test_speech_heard_in_her_video_is_her_clip() -> None:
    lines = [
        "A street magician made a holidaymaker's ring vanish on Porthaven pier, in a clip "
        "posted on TikTok that has 500,000 likes.",
        "The holidaymaker's sister, Greta Shaw, filmed the same trick from the other side of "
        "the table and posted her own video on Instagram, where it has 90,000 views.",
        "'He's palmed it, he's definitely palmed it,' Greta can be heard whispering in her video.",
    ]
    at, _, threads = read_lines(lines)
    assert threads.get(at[lines[2]]) == at[lines[1]]


def test_a_copy_with_no_owner_after_a_stitch_that_names_none_is_the_storys() -> None:
    lines = [
        "A street magician who made a ring vanish on a pier has been watched 2 million times, "
        "in a clip posted on TikTok by a student, Leila Ash.",
        "A stitch posted on TikTok by the magician Raff Quaye, who slows the trick down frame "
        "by frame, has 300,000 views.",
        "An uncredited copy on X, posted by the account Seaside Britain, has had nearly 2.3m "
        "views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]


def test_the_one_who_recorded_this_video_is_the_clip_in_play(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(clip_choice, "choose", lambda reference: reference.picked)
    lines = [
        "WATUPRAHU - A video in which an old man makes a coin vanish at a food stall has been "
        "watched widely on TikTok.",
        "In the video, Mbah Karto (78) is seen sitting on a bamboo bench, holding the coin.",
        "The one who recorded this video is his grandchild, Rahayu Sari (24), who uploaded it "
        "to her account of TikTok, @ayu_sari, on Saturday.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]


def test_he_streamed_the_whole_attempt_retells_an_unnamed_lede() -> None:
    lines = [
        "A competitive eater who ate for a day and a night to raise money for a hospice has "
        "been watched by more than 200,000 people online.",
        "Mr Osei, 34, took up competitive eating six years ago.",
        "He streamed the whole attempt on Twitch on his channel, BigOseiEats, from a pub's "
        "function room on Friday and Saturday.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]


def test_a_moment_cut_from_the_stream_is_the_streams_not_a_reaction_to_it() -> None:
    lines = [
        "A competitive eater who ate for a day and a night to raise money for a hospice has "
        "been watched by more than 200,000 people online.",
        "He streamed the whole attempt on Twitch on his channel, BigOseiEats.",
        "Fellow eater Sunita Kerr posted a reaction video from her kitchen, matching him plate "
        "for plate over the last three hours of the stream.",
        "Her video has been watched 90,000 times.",
        "The pub has posted its own clip on Facebook of the regulars applauding him out at dawn.",
        "A clip of his final plate, cut from the stream and posted on TikTok by the account "
        "@foodlad, has had another 1.4 million views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[0]]


def test_a_cut_of_the_stream_on_its_makers_own_account_is_the_stream() -> None:
    lines = [
        "3. Eight hours, no misses",
        "Svetlana Moreau performed 3,000 yo-yo tricks without a miss in an eight-hour "
        "livestream on her Twitch channel, svetspins, which about 2,700 people watched.",
        "A 45-second cut of the final ten minutes on her TikTok, @svet.spins, has since had "
        "nearly 700,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[1]]


def test_people_who_watched_that_live_watched_the_clip_in_play() -> None:
    lines = [
        "Q: You also went live from the beach during the storm.",
        "A: I was up on the dunes, well above the tide line.",
        "About 15,000 people watched that live on YouTube, and most of them told me to go home.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]


@pytest.mark.parametrize("title", ["Malam", "Mas", "Hajiya", "Mbak"])
def test_a_translated_title_before_a_makers_name_is_not_part_of_it(title: str) -> None:
    lines = [
        f"Meanwhile, the well-known actor {title} Nasiru Bello has uploaded to his channel of "
        "YouTube a video in which he tries the trick himself.",
    ]
    _, citations, _ = read_lines(lines)
    assert [c.creator for c in citations.values()] == ["Nasiru Bello"]


def test_a_topic_whose_stem_ends_in_i_finds_its_word_in_y() -> None:
    lines = [
        "A care home resident has become an online star after a video of her teaching string "
        "figures to a visiting nursery class was watched two million times on TikTok.",
        "The video was filmed by one of her carers and posted on the carer's TikTok account.",
        "The care group has since streamed a string-figure lesson with her on its Facebook "
        "page, which about 2,400 people watched live.",
        "A copy of the nursery video posted on Facebook by the page Kind Grans has had "
        "another 900,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[0]]


def test_a_body_that_has_since_streamed_something_new_opens_a_clip(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(clip_choice, "choose", lambda reference: reference.picked)
    lines = [
        "A retired miner who carved the faces of his lost colleagues into a beach has been "
        "watched two million times after a video of the carving was posted on Instagram.",
        "The Coalhaven Mining Museum said it had watched Callum's video 'with enormous "
        "respect' and asked to show it in its memorial room.",
        "The museum has since streamed an evening with him, talking about the men and their "
        "families, on its Facebook page, which about 2,400 people watched.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]
