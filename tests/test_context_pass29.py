"""Twenty-ninth pass: rules from the misses of sets 0-111 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.cleaning import BULLETIN_LINE
from archiver.articles.goes_on import continues
from archiver.articles.scene import acts_now
from archiver.articles.topics import topic_thread
from archiver.text import stems
from tests.support.threads import read_lines


def test_a_still_sent_to_the_nearest_clip_goes_to_the_clip_it_names() -> None:
    # the rules read "her mum's TikTok video" as the clip in play, the council's stream
    lines = [
        "A video of 12-year-old cornet player Ellie Fenwick playing the Last Post at a"
        " rehearsal was posted on TikTok by her mother, Joanne Fenwick, on Friday.",
        "It has been watched more than 300,000 times.",
        "Dunmere City Council is streaming the service live on its Facebook page.",
        "About 4,000 people were watching at 11am.",
        "Ellie Fenwick plays the Last Post at rehearsal in a still from her mum's TikTok video.",
    ]
    at, citations, threads = read_lines(lines)
    still = at[lines[4]]
    assert threads[still] == at[lines[0]]
    opener = citations[at[lines[0]]]
    assert {m.position: m.role for m in opener.members}[still] == "caption"
    assert still not in citations  # a still of a clip told before cites nothing new


def test_a_still_named_by_nothing_stays_in_the_thread_it_joined() -> None:
    lines = [
        "A video posted on Instagram shows a heron swallowing a goldfish whole at a garden"
        " centre in Penrith.",
        "The centre's own CCTV, released on Monday, shows the same bird an hour earlier.",
        "The heron on the pond's edge, in a still from the video.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] in (at[lines[0]], at[lines[1]])


def test_a_clip_named_by_its_topic_later_in_the_line_is_that_clip() -> None:
    # "the fence video": the clip of people climbing the fence, not the police's own,
    # told last, nor the fan's TikTok stream for a copy posted on TikTok
    lines = [
        "16:14 If you can't get here, the band's label is streaming the whole thing on its"
        " YouTube channel, Greyfriar Live.",
        "16:52 Fan Priya Oduya (@priyfront) has gone live on TikTok from the front barrier,"
        " where she has been since 6am.",
        "17:05 A video posted on X by @calderwickcrowds shows people climbing over the fence"
        " near the east gate, and a man shoving a steward.",
        "17:09 That clip has already been watched 210,000 times.",
        "17:20 Calderwick Police have posted their own drone footage of the park on X: from"
        " above, the crowd is a solid block.",
        "17:24 The force says officers have seen the fence video and that the man filmed"
        " shoving the steward has been identified.",
        "18:58 A copy of the fence clip has been reposted on TikTok by the account"
        " @ukfestivalfails, where it has nearly a million views.",
    ]
    at, _, threads = read_lines(lines)
    fence = at[lines[2]]
    assert threads[at[lines[5]]] == fence
    assert threads[at[lines[6]]] == fence


def test_a_topic_in_quotes_matches_its_other_forms() -> None:
    # "the 'stampede' video" is the clip of revellers "stampeding"
    lines = [
        "Claim: A video shared on Facebook shows revellers stampeding through a street at"
        " last weekend's carnival.",
        "Verdict: False. The footage was filmed in 2018 at a football celebration abroad.",
        "The carnival's own livestream on Facebook shows the last floats arriving without"
        " incident.",
        "That stream has been watched 19,000 times.",
        "A copy of the 'stampede' video on TikTok, posted by the account @ukdramawatch, has a"
        " further 640,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[0]]
    assert stems(["stampede", "stampeding"]) == ["stamped", "stamped"]


def test_a_new_clip_in_which_a_topic_clip_is_watched_is_its_own() -> None:
    lines = [
        "14:00 A fan's video of a steward dancing on the barrier has gone viral on TikTok.",
        "14:02 The band's singer has posted a video on Instagram in which she watches the"
        " steward clip and cries laughing.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[1]]


def test_a_numbered_heading_too_short_to_be_a_claim_still_ends_its_item() -> None:
    # "3. The groom's penalty" is no claim; the sheep item ended there all the same, so its
    # first line cites and "The clip was filmed by ..." is its clip, not the curling club's
    text = "\n".join(
        [
            "Six clips from the clubhouse that made our week",
            "1. The sweeper who never got up",
            "A video posted to Instagram by the Loch Fennick Curling Club shows its vice-skip"
            " slipping over mid-sweep.",
            "The reel has 3.3m views.",
            "2. The sheep that led the fell race",
            "Two hundred runners crest the summit of Crag Howe, and trotting ten metres ahead"
            " of them is a ewe.",
            "The clip was filmed by marshal Eddie Thwaite-Obasi and posted on the race's"
            " Facebook page.",
            "3. The groom's penalty",
            "Best man Oscar Lindqvist-Ray filmed the groom skying the deciding penalty into a"
            " neighbouring garden.",
        ]
    )
    lines = text.split("\n")
    at, _, threads = read_lines(lines)
    sheep, filmed, penalty = (at[lines[5]], at[lines[6]], at[lines[8]])
    assert threads[filmed] == sheep
    assert threads[penalty] == penalty


def test_an_apostrophe_inside_a_word_is_no_quotation_in_a_scene() -> None:
    assert acts_now(
        "A volunteer linesman at a Division Three match, apparently tired of being told he"
        " couldn't see, climbs a stepladder on the halfway line."
    )


def test_they_acting_now_goes_on_with_the_clip_but_they_telling_does_not() -> None:
    assert continues("They eat in a perfect circle, like a tiny spiky board meeting.")
    assert continues("They look at each other for a long four seconds.")
    assert continues("They say it was an accident.") is None
    assert continues("They plan to appeal the ruling.") is None
    assert continues("They live in Leeds with their two dogs.") is None


def test_a_scene_told_first_under_a_newsletter_heading_opens_its_clip() -> None:
    lines = [
        "HEDGEHOG HOTLINE",
        "A hedgehog trundles across a moonlit lawn in Stowbridge and stops at a saucer of"
        " mealworms.",
        "They eat in a perfect circle, like a tiny spiky board meeting.",
        "The clip was filmed on a trail camera by retiree Neville Achebe-Rowe and posted on"
        " Instagram, where it has 1.1 million views.",
    ]
    at, _, threads = read_lines(lines)
    lede = at[lines[1]]
    assert threads[at[lines[2]]] == lede
    assert threads[at[lines[3]]] == lede


def test_a_body_named_in_full_saying_its_own_stream_is_that_bodys_clip() -> None:
    lines = [
        "Castlebeck Metro streamed the first tram's journey live on YouTube.",
        "A video posted to TikTok by passenger Callum Ward-Idowu shows a 96-year-old ringing"
        " the bell.",
        "His clip has been watched more than 1.9 million times.",
        "The enthusiasts' channel Tramwatch North streamed the whole day on Twitch.",
        "Castlebeck Metro says the replay of its own livestream has since passed 410,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[0]]


def test_a_copy_of_a_clip_named_by_its_topic_and_forwarded_is_that_clip() -> None:
    # ("forwarded" was read as the topic: "the fire clip forwarded by ...")
    text_at = {
        2: "Claim: A video shared on X shows the museum on fire last night.",
        15: "The museum posted its own video on Instagram, a slow walk round the intact dome.",
    }
    thread_of, citing = {2: 2, 15: 15}, {2, 15}
    line = (
        "A copy of the fire clip forwarded by the Telegram channel Evropa Nezavisna has been"
        " seen 540,000 times."
    )
    assert topic_thread(line, thread_of, text_at, citing) == 2


def test_a_bodys_own_stream_is_the_bodys_whatever_streamed_last() -> None:
    lines = [
        "09:00 Wenlow Council is streaming the book relay live on YouTube.",
        "11:20 Reader Jaz Okafor-Lindh (@jazreadsalot) has gone live on TikTok from the front"
        " of the queue.",
        "12:15 The council's stream peaked at about 11,000 viewers during the downpour, a"
        " spokesperson says.",
        "12:30 The county FA tells us its stream peaked at 11,900 viewers.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]


def test_a_gallerys_caption_that_brings_a_clip_in_opens_it() -> None:
    lines = [
        "In pictures: steel pans and nearly a million people at the Saltmarket Carnival",
        "The two-day carnival returned to the streets of Port Elvan over the bank holiday weekend.",
        "A still from a video posted to TikTok by steel-pan player Keturah Baptiste-Nowak,"
        " showing her band's truck reversing into the fountain",
        "Her clip has been watched 5,600,000 times, according to the app's counter.",
        "Children in bird masks watch the parade from a bus shelter. Photograph: Harbourlight"
        " Pictures",
        "A screenshot of the carnival's official YouTube livestream, run by the organising"
        " trust, as the judges' float passes",
        "About 230,000 people tuned in to the livestream over the two days, the trust said.",
        "Revellers shelter from a downpour under an awning. Photograph: Harbourlight Pictures",
        "A still from footage filmed by a fan on a multi-storey car park roof and posted on X"
        " by the account @portelvanlive, showing the trucks",
        "That post has more than 900,000 views.",
    ]
    at, _, threads = read_lines(lines)
    stream, fans = at[lines[5]], at[lines[8]]
    assert threads[stream] == stream and threads[at[lines[6]]] == stream
    assert threads[fans] == fans and threads[at[lines[9]]] == fans


def test_a_still_of_the_cctv_goes_to_the_clip_told_as_cctv() -> None:
    # ("pavilion" is in two threads' lines: the words alone do not place it)
    lines = [
        "We are aware of a video circulating on Snapchat which appears to show the firework"
        " being thrown.",
        "We have viewed this footage and would ask people not to share it.",
        "We are today releasing, on our Facebook page, CCTV footage from a camera on the"
        " pavilion roof which shows a group of young men.",
        "Do you recognise him?",
        "Residents of Pavilion Close have also given us doorbell footage which shows two of"
        " the group running past.",
        "Detective Constable Rhiannon Atwell-Obi said: 'Somebody knows who threw that firework.'",
        "Anyone with information should call 101.",
        "Image: The man officers want to speak to, in a still from the pavilion CCTV footage",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[7]]] == at[lines[2]]


def test_the_cameras_moves_and_a_moment_within_seconds_go_on_with_the_clip() -> None:
    museum = [
        "A video posted on TikTok by a mother in Brackwater shows a glass case in the museum's"
        " Roman gallery.",
        "The camera follows a boy's finger to a small brass disc in the bottom row.",
    ]
    referee = [
        "THIS is the moment a referee handed his whistle to a loudmouth dad on the touchline.",
        "Within seconds the dad is surrounded by furious 12-year-olds demanding a penalty.",
    ]
    for lines in (museum, referee):
        at, _, threads = read_lines(lines)
        assert threads[at[lines[1]]] == at[lines[0]]


@pytest.mark.parametrize(
    "line",
    [
        "Now the weather, and Bethan has more rain on the way.",
        "Now the weather: showers this afternoon, clearing later.",
        "The weather: a bright start, with cloud building from the west.",
        "And the weather: a dry night with light winds.",
        "Sport now, and Fenmoor Town beat Harcastle 3-1 in the county cup.",
    ],
)
def test_a_bulletins_next_item_is_no_line_of_a_clip(line: str) -> None:
    # (each had joined the clip told before it in sets 80-98)
    assert BULLETIN_LINE.match(line)


def test_the_weather_in_a_story_is_not_a_bulletins_item() -> None:
    assert not BULLETIN_LINE.match("The weather was so bad that the parade was called off.")
    assert not BULLETIN_LINE.match("The weather, though, held for the procession.")
