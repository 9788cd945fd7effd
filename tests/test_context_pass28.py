"""Twenty-eighth pass: rules from the misses of sets 0-106 (invented text, in the styles
of real news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles.metrics import metrics_stated
from archiver.articles.stated import creator_named
from tests.support.threads import read_lines


def test_a_platform_named_in_what_someone_says_is_not_where_the_clip_is() -> None:
    # read as the lede's platform, WhatsApp made the filmer's TikTok post a clip of its own
    lines = [
        "THIS is the side-splitting moment a four-year-old girl nailed the school-run mums -"
        " down to the dreaded 'did you see the WhatsApp?'",
        "Little Rosa struts around the kitchen in her mum's sunglasses, clutching a mug.",
        "Mum-of-two Carla Benedetti-Oke, 33, filmed the rant on her phone and posted it on"
        " TikTok, where it has 2.2 million views.",
    ]
    at, citations, threads = read_lines(lines)
    lede, filmed = at[lines[0]], at[lines[2]]
    assert citations[lede].platform is None
    assert threads[filmed] == lede


def test_a_body_quoted_on_a_clip_still_names_its_platform() -> None:
    line = (
        "Police said they were 'aware of a video circulating on WhatsApp' and had spoken to"
        " the driver."
    )
    at, citations, _ = read_lines([line])
    assert citations[at[line]].platform == "whatsapp"


def test_the_first_citing_line_after_a_this_is_the_moment_lede_is_its_clip() -> None:
    # (in the labelled sets, all 34 such lines are the lede's clip)
    lines = [
        "THIS is the hilarious moment a would-be mayor vowing to tame the pigeons had his"
        " chips stolen by one - mid-sentence.",
        "Candidate Norris Abbey-Quist, 58, was recording a campaign video for Instagram in the"
        " square when the bird landed.",
        "'Elect me and these winged vermin-' he says, before it strikes.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]]
    assert threads[at[lines[2]]] == at[lines[0]]


def test_after_a_this_is_the_moment_lede_a_stitch_is_still_a_clip_of_its_own() -> None:
    lines = [
        "THIS is the moment a bride's cake slid off its stand and into the pool.",
        "Comedian Ravi Sethu-Pike stitched the video, adding a slow-motion replay.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[1]]


@pytest.mark.parametrize(
    ("lede", "heard"),
    [
        (
            "A man who threw a drink over a council candidate while she was broadcasting live"
            " on Facebook has been fined £400.",
            "The court heard that the candidate, Ruth Ambler-Osei, was streaming a walkabout of"
            " the market on her campaign page.",
        ),
        (
            "A shop worker who was sacked after filming a screen that timed staff breaks was"
            " unfairly dismissed, a tribunal has ruled.",
            "The tribunal in Leeford heard that she recorded a 20-second video on her phone of"
            " the screen, and posted it on TikTok.",
        ),
    ],
)
def test_a_court_or_tribunal_telling_of_the_ledes_clip_retells_it(lede: str, heard: str) -> None:
    lines = [lede, "The defendant, 41, of Mill Road, admitted the charge.", heard]
    at, _, threads = read_lines(lines)
    assert threads[at[heard]] == at[lede]


def test_very_many_who_have_watched_the_people_in_a_clip_are_its_views() -> None:
    line = (
        "More than 410,000 people have now watched nurses at the Eastgate ward turning bedpans"
        " into a drum kit."
    )
    (metric,) = metrics_stated(line)
    assert (metric.kind, metric.value, metric.qualifier) == ("views", 410_000, "more than")
    # (a crowd at a parade is smaller, and a live one is no clip's)
    assert metrics_stated("About 2,000 people watched dancers at the parade.") == []


def test_a_copy_named_by_a_hyphenated_topic_is_of_the_clip_told_in_words() -> None:
    lines = [
        "A video posted to YouTube by dad-of-two Owen Carrick-Lowe shows his son's first day"
        " at Millbrook Primary, from the front gate to the classroom door.",
        "It has been watched 1.1 million times.",
        "Separately, the school posted its own short video on Facebook of the new reception"
        " class planting a tree.",
        "A shortened copy of the first-day video posted to TikTok by @schoolrunsaga has 600,000"
        " views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[0]]


def test_a_live_blog_entry_on_the_owners_stream_goes_back_to_that_stream() -> None:
    lines = [
        "08:15 The union is streaming the rally outside the town hall on its YouTube channel,"
        " Union Live.",
        "08:31 Trains into the city are quieter than usual, the operators say.",
        "08:47 A video posted to TikTok by clerk Ada Venn-Oyelaran shows her commuting by canoe.",
        "09:10 Back on the union's stream, the general secretary has the megaphone.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[0]]


def test_a_body_livestreaming_from_somewhere_now_cites_its_stream() -> None:
    lines = [
        "08:15 The Transport Workers' Union is livestreaming from the picket outside the town"
        " hall on its YouTube channel, TWU Live.",
        "08:31 Trains into the city are quieter than usual, the operators say.",
        "08:47 A video posted to TikTok by clerk Ada Venn-Oyelaran shows her commuting by canoe.",
        "09:10 Back on the union's stream, the general secretary has the megaphone.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[0]] in citations
    assert threads[at[lines[3]]] == at[lines[0]]


@pytest.mark.parametrize(
    ("line", "maker"),
    [
        ("The recording was made by Szabóné Kiss Enikő, and she shared it.", "Szabóné Kiss Enikő"),
        ("His dad, Tunde Okafor-Lane, who filmed it at the kitchen table, says it took four"
         " takes.", "Tunde Okafor-Lane"),
    ],
)  # fmt: skip
def test_who_made_a_clip_told_of_it_is_its_creator(line: str, maker: str) -> None:
    assert creator_named(line) == maker


def test_a_place_before_who_posted_it_is_no_creator() -> None:
    line = "The second video was filmed by a man on a balcony across Kovar Street, who posted it."
    assert creator_named(line) != "Kovar Street"


def test_a_profiles_closing_quote_after_the_story_left_every_clip_is_to_the_writer() -> None:
    lines = [
        "Her longest video is a two-hour livestream on YouTube of a wedding at Penrhos Bay.",
        "About 18,000 people watched it live.",
        "In the stream, her spaniel lies down during the signing of the register.",
        "She charges £350 a wedding and is booked every Saturday until next October.",
        "'The couples don't book me for the rings,' she says. 'They book me for the dog.'",
        "Ffion Castell-Reyes with her spaniel at home. Photograph: Lewis Ward",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[0]]
    assert at[lines[4]] not in threads


def test_a_quote_heard_in_the_clip_just_after_it_stays_in_its_thread() -> None:
    lines = [
        "A video posted to TikTok by streamer Aled Brannock shows him at the wheel at 3am.",
        "'Chat reckons I won't hit 130, so watch this,' he says.",
        "He was banned from driving for a year.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]]


def test_a_clip_that_shows_what_the_stream_did_not_is_another_clip() -> None:
    lines = [
        "The company's own livestream on YouTube showed the rocket rising into low cloud before"
        " the feed cut out.",
        "Video filmed from a trawler offshore shows what the stream did not: a flash and debris"
        " falling into the fjord.",
        "The clip was filmed by fisherman Eirik Solvang, 61, and posted to Facebook.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[1]]
    assert threads[at[lines[2]]] == at[lines[1]]


def test_a_reaction_to_a_clip_is_a_clip_of_its_own() -> None:
    lines = [
        "The 54-second clip was filmed by fisherman Eirik Solvang, 61, and posted to Facebook.",
        "Astrophysicist Hanne Brekke posted a TikTok reaction to the fisherman's clip, slowing"
        " it frame by frame.",
        "Her reaction has been watched nearly 900,000 times.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[1]]
    assert threads[at[lines[2]]] == at[lines[1]]


def test_a_bodys_word_on_its_own_clip_goes_to_the_clip_it_posted() -> None:
    lines = [
        "The ambulance service posted dashcam footage of the crash on Facebook on Monday.",
        "A separate video filmed by a passer-by, Ola Brandt, was posted on Instagram.",
        "It has 40,000 likes.",
        "The service said its footage had been shared close to 12,000 times.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[0]]


def test_a_bulletins_next_story_about_a_candidates_video_is_a_new_clip() -> None:
    lines = [
        "NEWSREADER: In Kelby, voters waded to the ballot box, and a video posted on Instagram"
        " by Tess Penhallow shows her grandfather paddleboarding there.",
        "REPORTER: Her video has now been viewed more than one point two million times.",
        "NEWSREADER: In Abbotsmere, the town council says it has had complaints about a"
        " candidate's campaign video that uses footage of a different town altogether.",
        "NEWSREADER: Independent candidate Bryn Castell posted the video on Facebook last week.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]
    assert threads[at[lines[3]]] == at[lines[2]]


def test_filming_most_days_is_a_habit_not_a_clip() -> None:
    lines = [
        "He has run the building for eleven years, and for the last four he has filmed the cat"
        " most days on his phone.",
        "The video that made the cat famous is 22 seconds long.",
        "The cat walks the length of a boardroom table, sitting on each agenda.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[0]] not in citations
    assert threads[at[lines[2]]] == at[lines[1]]


def test_moments_immortalised_by_someone_were_filmed_but_not_by_an_artist() -> None:
    lines = [
        "Moving moments were immortalised by a mother on Friday at the bus stop, when the"
        " children sang to the driver on his last day.",
        "The recording was made by Anna Kovacs, and she shared it on Facebook.",
    ]
    at, citations, threads = read_lines(lines)
    assert threads[at[lines[1]]] == at[lines[0]] and at[lines[0]] in citations
    _, citations, _ = read_lines(["The pier was immortalised by a local artist in a mural."])
    assert not citations
