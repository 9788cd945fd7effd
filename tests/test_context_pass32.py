"""Thirty-second pass: rules from the misses of sets 0-121 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.goes_on import continues
from tests.support.threads import read_lines

_PROFILE = [
    "Wenna Trescothick-Obi makes cakes that look like other things for 2.3 million"
    " followers on TikTok.",
    "Her most-watched video has nothing to do with cake.",
]


@pytest.mark.parametrize(
    "made",
    [
        "Filmed in a bakery's back room at four in the morning, it shows her rescuing a"
        " collapsed wedding tier with a drinking straw.",
        "Shot on an old phone propped against the flour bin, it shows her rescuing a"
        " collapsed wedding tier with a drinking straw.",
        "Filmed from a stepladder above the counter, it follows her rescuing a collapsed"
        " wedding tier with a drinking straw.",
    ],
)
def test_what_it_shows_past_how_it_was_made_goes_on_with_the_clip(made: str) -> None:
    after = "Her apprentice holds the torch."
    at, _, threads = read_lines(_PROFILE + [made, after])
    assert threads[at[made]] == at[_PROFILE[1]]
    assert threads[at[after]] == at[_PROFILE[1]]


def test_it_follows_with_nothing_about_the_making_is_the_storys() -> None:
    line = "It follows a complaint from a neighbour about the smell of burnt sugar."
    at, _, threads = read_lines(_PROFILE + [line])
    assert at[line] not in threads


_LEDE = (
    "A grey seal hauls itself onto a moored dinghy off Penmarrow Quay, flops across the seats"
    " and refuses to let anyone near the oars."
)
_FILMED = (
    "The clip was filmed by the dinghy's owner, Morwenna Teague-Oduya, and posted on Instagram,"
    " where it has 2.1m views, which is roughly 2.1m more than anyone has ever watched a harbour."
)


@pytest.mark.parametrize("one_line", [False, True])
def test_the_lines_of_a_scene_before_who_filmed_it_go_on_with_its_lede(one_line: bool) -> None:
    # (what one of these lines says alone carries no thread on: "offers" may be a habit,
    # "does not" no act; it is the scene's lede and who filmed it that place them)
    scene = ["The boatman offers it half a pasty.", "It takes the pasty.", "It does not leave."]
    lines = [_LEDE, " ".join(scene) if one_line else scene[0], *([] if one_line else scene[1:])]
    lines.append(_FILMED)
    at, _, threads = read_lines(lines)
    assert threads[at[_FILMED]] == at[_LEDE]
    assert sorted(threads) == list(range(len(threads)))  # every sentence, lede to maker


def test_a_line_told_past_between_a_scene_and_who_filmed_it_leaves_no_lede() -> None:
    # (not a scene told now: the story's own report, so no lede is read before it)
    report = "The bakery was closed for an hour while the bird was coaxed outside."
    at, _, threads = read_lines([_LEDE, report, _FILMED])
    assert at[report] not in threads


_TRANSLATED = [
    "Translated from the Lithuanian original published in the weekly Rytų žinios on 2 May.",
    "Our fellow citizen Jonas Petraitis (71) on Sunday danced on the roof of the bus stop on"
    " Liepų street, while the neighbours clapped.",
    "On the recording it is seen how he waves his hat to the passing drivers.",
    "The recording was made by his granddaughter Rūta Žemaitytė with a mobile telephone, and"
    " she published it on her Instagram profile.",
    "Until the closing of this number, the recording had more than 300 thousand views.",
    "The municipality also published on its official Facebook page its own recording of the"
    " repaired roof.",
    "That recording was seen about 20 thousand times.",
]


@pytest.mark.parametrize(
    "copy",
    [
        "The recording of Rūta was transmitted also by the popular page 'Laisvalaikis' on TikTok.",
        "Likewise, the video of Rūta was downloaded and uploaded again by the page"
        " 'Laisvalaikis' on TikTok.",
        "The video of Rūta Žemaitytė was also taken over by the humour page 'Laisvalaikis' on"
        " TikTok.",
    ],
)
def test_a_copy_of_the_clip_of_a_person_named_goes_to_the_clip_that_named_them(copy: str) -> None:
    # (a translation's possessive: "the recording of Rūta" is hers, not the clip told last)
    at, _, threads = read_lines(_TRANSLATED + [copy])
    assert threads[at[copy]] == threads[at[_TRANSLATED[3]]]


def test_the_clip_of_a_thing_is_no_ones() -> None:
    copy = "The video of the repairs was also shared by the humour page 'Laisvalaikis' on TikTok."
    at, _, threads = read_lines(_TRANSLATED + [copy])
    assert threads[at[copy]] == threads[at[_TRANSLATED[5]]]


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        ("Shop worker Émile Zoungrana posted it on TikTok.", "Émile Zoungrana"),
        ("Łukasz Żurek filmed the collapse and posted it on X.", "Łukasz Żurek"),
        (
            "The lifeguard, Hrefna Björk Ólafsdóttir, posted the video on her Facebook page.",
            "Hrefna Björk Ólafsdóttir",
        ),
        # (a combining accent after a letter: the "ẹ́" of Tìmílẹ́yìn)
        ("Trader Tìmílẹ́yìn Adéwùmí posted the video on TikTok.", "Tìmílẹ́yìn Adéwùmí"),
        (
            "A comedian who calls himself Ọkọ̀ Ayọ̀ posted his own video on TikTok.",
            "Ọkọ̀ Ayọ̀",
        ),
    ],
)
def test_a_name_may_begin_with_any_capital_and_carry_combining_accents(
    line: str, maker: str
) -> None:
    at, citations, _ = read_lines([line])
    assert citations[at[line]].creator == maker


@pytest.mark.parametrize(
    "line",
    [
        "The employee, Hrefna Olafsdottir, set the video on her Facebook page around noon.",
        "Shop worker Tim Adewumi put the video on the face of his TikTok page.",
        "Her neighbour Joris Verhulst placed the video on his Instagram account.",
    ],
)
def test_setting_or_putting_a_clip_on_a_platform_posts_it(line: str) -> None:
    # (as translations tell posting)
    at, citations, _ = read_lines([line])
    assert citations[at[line]].creator in line


def test_setting_a_clip_aside_posts_nothing() -> None:
    line = "Jonas Berg set the video aside and turned to the council's report."
    at, citations, _ = read_lines([line])
    assert at[line] not in citations or citations[at[line]].creator != "Jonas Berg"


_TRAIN = [
    "A passenger was filmed dancing on a table in the quiet coach of a Greyline Trains"
    " service to Harwick.",
    "The video, posted on TikTok by fellow passenger Mo Adair, has 2.3 million views.",
]


@pytest.mark.parametrize(
    "statement",
    [
        "Greyline Trains said it had 'seen the video' and confirmed the passenger was asked"
        " to leave.",
        "Westmoor Trains said in a statement that it had examined the footage.",
    ],
)
def test_a_body_named_as_it_speaks_of_the_clip(statement: str) -> None:
    # (a body by its pronoun, whatever its name: a person would be he, she or they)
    at, citations, threads = read_lines(_TRAIN + [statement])
    assert at[statement] in citations
    assert threads[at[statement]] == at[_TRAIN[0]]


def test_a_person_who_said_something_of_the_clip_to_the_writer_does_not_cite() -> None:
    said = "Mo Adair said he had not expected anyone to watch the video."
    at, citations, _ = read_lines(_TRAIN + [said])
    assert at[said] not in citations


@pytest.mark.parametrize(
    ("base", "statement"),
    [
        (
            [
                "A man who streamed himself climbing a railway gantry on Kick has been jailed.",
                "Dean Pryor, 27, broadcast the climb live to about 3,000 viewers.",
            ],
            "Kick said in a statement that it had removed the stream and suspended his channel.",
        ),
        (
            [
                "A video of a fox in a Harwick supermarket was shared on Facebook by the page"
                " Harwick Uncovered.",
                "The post has 40,000 shares.",
            ],
            "Facebook said the post did not break its rules and would stay up.",
        ),
    ],
)
def test_a_platform_saying_what_it_did_with_the_clip_cites_it(
    base: list[str], statement: str
) -> None:
    at, citations, threads = read_lines(base + [statement])
    assert at[statement] in citations
    assert threads[at[statement]] == at[base[0]]


def test_a_platform_on_anything_else_cites_nothing() -> None:
    base = [
        "A video of a fox in a Harwick supermarket was shared on Facebook by the page"
        " Harwick Uncovered.",
        "The post has 40,000 shares.",
    ]
    line = "Facebook said the policy did not break any law."
    at, citations, _ = read_lines(base + [line])
    assert at[line] not in citations


_CELLIST = [
    "A video posted on TikTok by audience member Bea Hallam-Rao shows a cellist in a chamber"
    " orchestra halfway through a slow movement when a bat lands on her bow."
]


@pytest.mark.parametrize("line", ["She does not flinch.", "She doesn't miss a note."])
def test_what_someone_in_the_clip_does_not_do_goes_on_with_it(line: str) -> None:
    at, _, threads = read_lines(_CELLIST + [line])
    assert threads[at[line]] == at[_CELLIST[0]]


@pytest.mark.parametrize(
    "line",
    [
        "She does not post videos any more.",
        "She doesn't know who filmed it.",
        "It does not matter.",
        "It does not break any rules.",
    ],
)
def test_what_someone_does_not_do_as_a_habit_carries_no_thread_on(line: str) -> None:
    assert continues(line) is None


def test_that_clip_named_by_what_it_is_of_goes_back_to_its_thread() -> None:
    lines = [
        "11:08 The festival's official stream has started on YouTube on the Hollowmere TV"
        " channel, and around 12,000 people are already watching a drone shot of the stage.",
        "14:10 A video filmed by someone on the hill and posted to TikTok shows the whole Oak"
        " Stage roof flexing in the wind like a sail. It has about 300k views already.",
        "14:58 Hollowmere TV has switched to a holding card. The festival says 41,000 people"
        " were watching when the stream went off air.",
        "15:20 That roof video has been reposted on X by the weather account @galewatchUK,"
        " where it is at 1.6m views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[1]]


_GAME_CAMERA = [
    "Translated from the Slovene original published in the weekly Gorenjske novice.",
    "Two men stole a bronze statue from the chapel in Zgornja Vas, and their deed was"
    " recorded by a game camera of the hunter Matevž Koritnik.",
    "Koritnik published the recording on Sunday evening on his profile on Facebook.",
]


def test_a_maker_named_in_full_before_publishes_by_surname() -> None:
    at, citations, _ = read_lines(_GAME_CAMERA)
    assert citations[at[_GAME_CAMERA[2]]].creator == "Matevž Koritnik"


@pytest.mark.parametrize(
    "copy",
    [
        "The recording was taken over also by the portal Novice24, where it has 80 thousand views.",
        "The recording was downloaded and uploaded again by the page Kriminal on TikTok.",
        "The recording was nabbed by meme page @chapelfails.",
    ],
)
def test_a_copy_as_translations_and_tabloids_tell_it_keeps_its_poster_to_itself(
    copy: str,
) -> None:
    # (the poster of a copy is not the maker of the thread's clip, which no line names)
    lede = (
        "A video of two men carrying a bronze statue out of the chapel in Zgornja Vas has"
        " been shared thousands of times on Facebook."
    )
    at, citations, threads = read_lines([_GAME_CAMERA[0], lede, copy])
    assert threads[at[copy]] == at[lede]
    assert citations[at[lede]].inferred_creator is None


def test_a_bulletins_next_story_has_a_lede_of_its_own() -> None:
    lines = [
        "NEWSREADER: Good morning. A dog who rode a train on his own has become a star"
        " online, after a guard filmed him sitting calmly by the doors.",
        "NEWSREADER: The train company put the video on its Facebook page.",
        "NEWSREADER: Network Tessdale says engineering work should finish on Sunday.",
        "NEWSREADER: Trains will run every half hour until then.",
        "NEWSREADER: In other news, commuters faced a second day of replacement buses"
        " yesterday, and one passenger's livestream of the journey has been watched by tens"
        " of thousands of people.",
        "NEWSREADER: Student Corey Balogun-Firth went live on Twitch for the whole"
        " three-hour trip, which included the bus getting lost on a farm track.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[5]]] == at[lines[4]]


def test_someone_posting_their_own_reply_in_a_bulletins_story_is_a_clip_of_their_own() -> None:
    lines = [
        "ADEYEMI: Now, a warning from doctors about a video circulating on TikTok that claims"
        " cling film cures nits.",
        "LEIGH: It's had nearly one point four million views.",
        "LEIGH: Dr Sameera Quayyum, a GP in Wexbury, says cling film should never be used.",
        "DR SAMEERA QUAYYUM: Please, use a fine-toothed comb.",
        "LEIGH: Dr Quayyum has posted her own reply on TikTok, and that's had about three"
        " hundred thousand views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[4]]


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        (
            "The one who recorded the video and posted it on his Facebook page is the grade 12"
            " student Dawit Mekonnen.",
            "Dawit Mekonnen",
        ),
        ("The person who filmed it was shop worker Jade Allen-Price, 24.", "Jade Allen-Price"),
    ],
)
def test_who_made_the_clip_in_play_named_last_is_its_maker(line: str, maker: str) -> None:
    lede = (
        "Voters at a polling station sang while they waited in line, and a video of the song"
        " spread widely."
    )
    at, citations, threads = read_lines([lede, line])
    assert threads[at[line]] == at[lede]
    assert citations[at[line]].creator == maker


def test_who_made_the_clip_is_not_whoever_the_line_names_later() -> None:
    lede = "A video of a fox in the supermarket has been shared widely on TikTok."
    line = "The person who filmed it was standing by the tills when Mr Allen arrived."
    at, citations, _ = read_lines([lede, line])
    assert citations[at[line]].creator is None


def test_a_copy_taken_by_an_account_is_not_the_articles_subject() -> None:
    # ("was taken by the TikTok account ...", as a translation tells a copy: its poster is
    # no maker of the other clips, and "Woizero" is a title, not a name)
    lines = [
        "Translated from the Amharic original published in the weekly Abay Zena.",
        "At the polling station of Gedel Amba town, a video of the residents singing while"
        " they waited for the station to open has been widely shared on social media.",
        "The one who recorded the video and posted it on his Facebook page is the grade 12"
        " student of the town, Dawit Mekonnen.",
        "Furthermore, the video of the song was taken by the TikTok account 'Amba Lijoch',"
        " and there it was able to get 1.3 million views.",
        "The candidate of the constituency, Woizero Almaz Tadesse, answered the song in a"
        " video which she posted on her TikTok account.",
        "Her video was seen by more than 200 thousand people.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[2]]].creator == "Dawit Mekonnen"
    assert citations[at[lines[1]]].inferred_creator == "Dawit Mekonnen"
    assert citations[at[lines[5]]].inferred_creator == "Almaz Tadesse"
