"""Twenty-second pass: rules from the misses of sets 64-77 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.metrics import metrics_stated
from tests.support.threads import claim_texts, read_lines

_claims = claim_texts


@pytest.mark.parametrize(
    "line",
    [
        # a handle with dots in it is no sentence's end
        "Tomas Reyes, 26, who posts as @tomas.r.films, filmed the clip outside the depot.",
        # a fact-check's verdict and its reason
        "Verdict: False. The footage was filmed in Port Esmer in 2017 and shows a warehouse.",
        "Classification: MISLEADING. The video was cut from a longer 2022 broadcast.",
        # a quotation whole, with who said it past any verb
        "'Twelve euros. For a sandwich. Out of a fridge,' she fumes at the till.",
        "'That's the spare. That's definitely the spare,' host Ana Pike tells viewers.",
        "'Fifty years, child. My hands know it,' the 78-year-old says in the video.",
        # resumed after who said it
        "\u201cMove, Biscuit, that's my seat,\u201d the driver pleads. \u201cShift yourself.\u201d",
        "'Why did you leave me, Dario? Why?' he wails. 'I wrote you a whole album!'",
        # a quotation that fills its paragraph
        "'The council knows. The council has known since 2019.'",
    ],
)
def test_a_line_news_prints_as_one_claim_is_one_claim(line: str) -> None:
    assert _claims(f"Headline about a clip\n{line}") == [line]


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        # a quotation closed, then a sentence of the story's own
        (
            "'It is over. We lost.' The mayor disagreed.",
            ["'It is over. We lost.'", "The mayor disagreed."],
        ),
        # who said it, then the story goes on: the resumed sentence is not a quotation
        (
            '"That is not my voice," he says. He left the room.',
            ['"That is not my voice," he says.', "He left the room."],
        ),
        # a stop after a time or an abbreviation inside no handle still ends nothing new
        (
            "The clip was posted at 3.12am. It has 4,000 views.",
            ["The clip was posted at 3.12am.", "It has 4,000 views."],
        ),
        # a verdict label alone on its line is left alone (a subheading)
        ("Verdict: False.", ["Verdict: False."]),
    ],
)  # fmt: skip
def test_sentences_of_the_story_itself_stay_apart(line: str, cut: list[str]) -> None:
    assert _claims(f"Headline about a clip\n{line}") == cut


def test_a_speech_run_over_paragraphs_is_cut_sentence_by_sentence() -> None:
    """News style leaves a quotation open at a paragraph's end when it goes on in the
    next; each sentence of the rest is matched in the clip on its own."""
    text = (
        "Headline about a clip\n"
        "'It looks like I'm on the ground floor: the street is over there.\n"
        "'But the lift says we're on the 12th floor. Then we walk out onto a road.'"
    )
    assert _claims(text)[1:] == [
        "'But the lift says we're on the 12th floor.",
        "Then we walk out onto a road.'",
    ]


OPENER = "A video posted on TikTok by @fenwick_fan shows a man trying car doors on Larch Road."


@pytest.mark.parametrize(
    "line",
    [
        "Police said they were aware of the stitch and urged people not to share it.",
        "Police said they had reviewed the CCTV and that two youths had been referred.",
        "Kestrel Valley Police said it was aware of the copy and had asked for the appeal.",
    ],
)
def test_a_statement_on_the_clip_or_its_copy_refers_back(line: str) -> None:
    at, citations, threads = read_lines([OPENER, line])
    assert at[line] in citations and threads[at[line]] == at[OPENER]


@pytest.mark.parametrize(
    "line",
    [
        "The force has also released CCTV of a blue flatbed van it believes the men used.",
        "A homeowner in Rushden Vale shared doorbell video of a man who rang the bell and ran.",
        "In March, YouTube removed one of his videos, in which a caller read out an address.",
    ],
)
def test_footage_put_out_without_an_article_or_one_of_someones_clips_cites(line: str) -> None:
    at, citations, _ = read_lines([OPENER, "The clip has 40,000 views.", line])
    assert citations[at[line]].same_clip_as is None


@pytest.mark.parametrize(
    "line",
    [
        "Across all platforms, the league says its clips were viewed 412 million times.",
        "Her videos have been watched 40 million times since she started.",
        "Shoplifting offences recorded by police hit a record high last year, figures show.",
    ],
)
def test_many_clips_counted_or_offences_recorded_cite_nothing(line: str) -> None:
    at, citations, _ = read_lines([OPENER, line])
    assert at[line] not in citations


def test_someone_told_indefinitely_filming_is_a_clip_of_its_own_not_the_choices() -> None:
    """Set 75's shape: the learned choice of clip took such a line into the thread before."""
    lines = [
        "Police have released bodycam footage of the moment an officer was dragged 30 metres "
        "along a road by a car in Ashby.",
        "The clip begins as PC Rowe leans into the driver's window of a grey estate.",
        "'Turn the engine off for me,' he says.",
        "The force posted the 52-second video on its Facebook page on Friday with an appeal.",
        "By Saturday it had been shared more than 5,000 times.",
        "A neighbour on Mill Lane filmed the aftermath from her upstairs window as two officers "
        "knelt beside PC Rowe.",
        # (a scene the rules read; "Blue lights flash across the parked cars while a third
        # officer waves traffic past" was here, which only the learned membership joined,
        # at p 0.66 under the weights of sets 0-106, below the shipped 0.68)
        "Two officers kneel beside PC Rowe as blue lights flash across the parked cars.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[5]]] == threads[at[lines[6]]] == at[lines[5]]


def test_the_filmer_named_refers_back_and_gives_the_maker() -> None:
    lines = [
        "12.15 We have the video. A friend of the catcher filmed it from two seats along, and "
        "it is on X.",
        "12.52 The filmer has been in touch: he is Ravi Kalsi, who posts as @kalsicricket.",
        "In one segment, the filmer holds a shade up to the light.",
    ]
    at, citations, threads = read_lines(lines)
    found = citations[at[lines[1]]]
    assert threads[at[lines[1]]] == at[lines[0]] and found.creator == "@kalsicricket"
    assert at[lines[2]] not in citations  # the maker seen in the clip: no new citing line


def test_a_fact_checks_conclusion_on_a_video_is_the_claims() -> None:
    lines = [
        "Claim: A video shared on Facebook shows a stand collapsing at a cricket ground.",
        "The clip has been shared 40,000 times.",
        "Conclusion: An old video of a stand collapsing at a football stadium abroad is being "
        "shared with the false claim.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]


def test_the_courts_word_on_the_footage_refers_back() -> None:
    lines = [
        "Footage broadcast live by Kallara TV on Facebook shows a can striking the umpire.",
        "Magistrate Helen Vosper said the broadcaster's footage showed 'a deliberate act'.",
        "Dr Tomasz Wilk, a researcher at the institute, said the footage was genuine.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]] and at[lines[1]] in citations
    assert at[lines[2]] not in citations  # a person's word on it, told afterwards


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # translated copy: a decimal comma before a multiple, "of" before the count's kind
        (
            "The publication counts more than 2,3 million of reproductions.",
            [("views", 2_300_000, "more than")],
        ),
        ("The reaction has 1,1 million of visualisations.", [("views", 1_100_000, None)]),
        ("It has 12,5k likes, 1,5m views.", [("likes", 12_500, None), ("views", 1_500_000, None)]),
        # a thousands comma is still one
        ("It has 2,300 views, 1,250,000 likes.", [("views", 2300, None), ("likes", 1250000, None)]),
    ],
)  # fmt: skip
def test_counts_as_translated_copy_prints_them(text: str, metrics: list) -> None:
    assert [(m.kind, m.value, m.qualifier) for m in metrics_stated(text)] == metrics


def test_she_who_posted_it_is_the_person_the_line_names_first() -> None:
    lines = [
        "A jury has been shown doorbell camera footage of a delivery driver being punched.",
        "Lewis Harnett, 31, denies causing grievous bodily harm to Tomas Zelenka, 44.",
        "The court heard that the camera belonged to Priya Solanki, who lives at the house, "
        "and that she posted the clip to a neighbourhood Facebook group.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[0]]].inferred_creator == "Priya Solanki"


def test_a_club_or_team_filming_is_its_own_footage_not_the_stories_subject() -> None:
    lines = [
        "HALE: Now sport, and a non-league goalkeeper is the talk of the town tonight.",
        "Penzey Town's Alf Marden saved three penalties on Saturday, and the club filmed all "
        "three for its YouTube channel.",
        "HALE: Cricket now, and the Sealhaven women's team have posted a video on Instagram "
        "of their celebrations.",
        "HALE: And finally, Dean Haskell posted his tearful video on TikTok, where it has had "
        "three hundred thousand views.",
        "CLIP (Dean Haskell): 'Three penalties. Three.'",
        "Dean Haskell's video has been shared by fans of both clubs.",
    ]
    at, citations, _ = read_lines(lines)
    for line in lines[1:3]:
        assert citations[at[line]].inferred_creator is None


def test_an_answer_on_a_platform_with_a_clip_of_ones_own_is_the_answerers() -> None:
    line = "HALE: Marden replied on TikTok with a video of his own, offering Dean a signed glove."
    at, citations, _ = read_lines(["Dean Haskell posted his tearful video on TikTok.", line])
    assert citations[at[line]].creator == "Marden"


def test_a_tabloids_title_before_a_name_is_no_part_of_it() -> None:
    line = "Superfan Rachel Dimmock posted her own version of the goal on TikTok."
    at, citations, _ = read_lines(["A video of the goal has spread on TikTok.", line])
    assert citations[at[line]].creator == "Rachel Dimmock"


def test_filmed_with_her_tablet_cites_and_the_grandson_posting_it_refers_back() -> None:
    lines = [
        "A 79-year-old pensioner from Kellbach has filmed with her tablet how a fraudster on "
        "the telephone pretended to be her grandson.",
        "Her grandson Jonas Sommer, 24, put the video on Instagram under the name @jonas.s.",
        "The comedian Deniz Aksoy, on TikTok known as 'Deniz the Neighbour', made from the call "
        "a parody, in which he plays the fraudster.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[0]] in citations and threads[at[lines[1]]] == at[lines[0]]
    assert threads[at[lines[2]]] == at[lines[2]]  # a parody: a clip of its own


def test_a_story_saved_and_handed_on_is_the_clip_in_play() -> None:
    lines = [
        "The prosecution says Hartnell posted a 12-second video to his Snapchat story.",
        "A friend of Hartnell's saved the story and later handed it to detectives.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[1]] in citations and threads[at[lines[1]]] == at[lines[0]]


def test_an_owner_named_only_around_a_thread_goes_back_to_it() -> None:
    lines = [
        "A pharmacist says he has been asked for tanning spray after a video promoting it "
        "went viral.",
        "The TikTok was posted by beautician Shauna Kells and shows her using the product.",
        "It has been viewed more than 700,000 times.",
        "Pharmacist Ciaran Dolan says the sprays are not licensed and he is turning people away.",
        "He has posted his own video in reply, filmed behind the counter of his shop.",
        "In it he holds up a box of the spray.",
        "Mr Dolan's video has about 150 thousand views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[6]]] == at[lines[4]]


def test_an_owner_named_in_an_account_line_inside_a_thread_goes_back_to_it() -> None:
    lines = [
        "A young soldier's dance clip from a trench has been viewed more than six million times.",
        "Private Lev Sarno, 22, posts as @lev_on_duty and has 410,000 followers.",
        "In the 15-second video, he mimes to a pop song while twirling a shovel.",
        "Sarno's clip was taken down on Monday but copies are still doing the rounds.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[0]]


def test_a_named_filmer_with_a_club_and_role_before_the_name_retells_the_lede() -> None:
    lines = [
        "THIS is the moment a footie star's 84-year-old nan stole the show at his club's party.",
        "Castlemere Rovers hitman Jaylen Okafor-Reid, 23, filmed gran Beryl on his phone as "
        "team-mates sprayed fizz around the dressing room.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]]


def test_a_clip_named_by_its_kind_is_not_the_stitch_made_of_that_kind() -> None:
    lines = [
        "Police have released bodycam footage of an officer dragged along a road by a car.",
        "The force posted the 47-second video on its Facebook page on Thursday.",
        "A retired traffic officer who posts as @sarge_retired has stitched the bodycam clip "
        "on TikTok, pausing it frame by frame.",
        "His stitch has 58k likes.",
        "A copy of the bodycam video uploaded to YouTube by the channel Police Watch UK has "
        "another 1.1 million views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[2]]
    assert threads[at[lines[4]]] == at[lines[0]]


def test_clicks_are_views_and_many_clips_posted_are_none_of_them() -> None:
    assert [(m.kind, m.value) for m in metrics_stated("The song was clicked 640,000 times.")] == [
        ("views", 640_000)
    ]
    lines = [
        "Supermarkets posted more than 1,900 short videos to TikTok between January and March.",
        "That original has been used as a sound in 12,000 videos and viewed 19.4m times.",
    ]
    at, citations, _ = read_lines(lines)
    assert at[lines[0]] not in citations


def test_an_explainers_longer_question_heading_cites_nothing() -> None:
    lines = [
        "A video posted by the transit commission shows a streetcar operator helping a man.",
        "Can the commission just post footage like that?",
        "It says it asked both people for consent before posting.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[1]] not in citations and at[lines[1]] not in threads


def test_a_tabloid_lede_that_tells_the_clip_by_what_it_shows_opens_it() -> None:
    lines = [
        "A COUNCIL gritter lurches sideways into a frozen ditch, its wheels spinning as two "
        "workmen look on.",
        "One of them takes off his hard hat and slowly places it on the roof of the cab.",
        "Dad-of-two Gary Pask, 44, filmed the farce from his front garden and posted it on TikTok.",
        "The clip has racked up 3.4 million views.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[0]] in citations
    assert {threads[at[line]] for line in lines} == {at[lines[0]]}


def test_a_gone_viral_lede_for_what_someone_did_opens_the_clip() -> None:
    lines = [
        "A FUMING dad has gone viral after whipping out a tape measure to prove his pizza "
        "was not large.",
        "Gary Pellow, 41, holds the tape across his pepperoni, and it comes up at 11 inches.",
        "The clip, posted on TikTok as @garythegrafter, has 2.1 million views.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[0]] in citations and threads[at[lines[2]]] == at[lines[0]]


def test_a_reported_lede_is_no_scene_before_the_filmer() -> None:
    lines = [
        "Passengers on a packed evening train were forced to put up umbrellas after rain "
        "poured through the roof.",
        "Student Callum Verhoeven, 19, filmed the scene on his phone and posted it to Snapchat.",
    ]
    at, citations, _ = read_lines(lines)
    assert at[lines[0]] not in citations


def test_an_account_asked_for_comment_cites_nothing_and_someone_is_no_maker() -> None:
    lines = [
        "A video posted on X by @DunhallowAlerts shows a man with a machete in a park.",
        "We contacted @DunhallowAlerts for comment but had not received a reply.",
        "@truthbites_uk did not reply to our request for comment, and its post is still up.",
        "Someone has also reposted the clip to Reddit, where the post has 3,000 upvotes.",
    ]
    at, citations, _ = read_lines(lines)
    assert at[lines[1]] not in citations and at[lines[2]] in citations
    assert citations[at[lines[3]]].creator is None


def test_a_habit_of_filming_every_video_cites_nothing_and_the_one_that_made_her_name_does() -> None:
    lines = [
        "Glenys Parry-Hughes, 84, reviews parcels on TikTok as Nana Opens It.",
        "Her granddaughter, Ffion, films and edits every video on an old phone.",
        "The one that made her name was an unboxing of a robot vacuum cleaner last year.",
        "She reads the entire instruction manual aloud before plugging it in.",
        "That video has fourteen million views on TikTok.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[1]] not in citations and at[lines[2]] in citations
    assert threads[at[lines[3]]] == threads[at[lines[4]]] == at[lines[2]]


def test_an_article_of_many_owners_clips_reads_each_into_its_own_thread() -> None:
    """The hostile shape bench/owners_clips.py times: every line an owner's clip."""
    lines = ["Readers' clips"]
    for i, name in enumerate(["Kalomi", "Tesaru", "Bivane", "Dorluk", "Fenaso"] * 20):
        lines += [f"A resident, Alex {name}{i}, filmed the street flooding.",
                  f"{name}{i}'s video has been viewed {1000 + i} times."]  # fmt: skip
    at, citations, threads = read_lines(lines)
    for opener, owners in zip(lines[1::2], lines[2::2], strict=True):
        assert threads[at[owners]] == at[opener]
