"""Forty-seventh pass: rules from the misses of sets 0-201 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

from archiver.articles import clip_choice, copies
from archiver.articles.clip_choice import Reference, Thread
from tests.support.threads import read_lines


def test_a_line_pointing_back_to_the_clip_told_just_before_is_left_to_the_rules() -> None:
    story = Thread(0, ("A video of a girl landing her first kickflip has 2 million views.",), 2)
    reaction = Thread(3, ("Skater Remy Tallis posted a reaction video on Instagram.",), 3)
    for text in (
        "'Clean. Cleaner than mine,' he says in the video.",
        "In his video, he tries the same board on the same kerb.",
        "The skate shop reposted it on TikTok.",
    ):
        assert clip_choice.left_to_rules(Reference(text, 4, 3, (story, reaction)))
    # (a clip named, not pointed back to, is still the model's to weigh)
    named = "The kickflip video has 40,000 likes."
    assert not clip_choice.left_to_rules(Reference(named, 4, 3, (story, reaction)))


def test_a_scene_with_words_heard_over_several_lines_before_who_filmed_it() -> None:
    lines = [
        "This week: a canoe with opinions, and a very quiet regatta.",
        "A canoeist in a pink helmet is leading the sprint on Hollin Water when her paddle "
        "snaps clean in two and she carries on with half of it.",
        "Both canoes tip over at the line.",
        "'Did I win?",
        "Tell me I won.",
        "Did I win?' she gasps as she comes up.",
        "'You won.'",
        "The clip was filmed by the race steward, Ola Brannigan, from the bank, and she posted "
        "it on Instagram on Sunday; it has about 900,000 views.",
    ]
    at, _, threads = read_lines(lines)
    for line in lines[1:]:
        assert threads.get(at[line]) == at[lines[1]], line


def test_words_heard_in_the_moment_between_two_lines_of_a_clip_join_it() -> None:
    lines = [
        "THIS is the moment a towering ice swan lost its head in the middle of a couple's first "
        "dance - and landed in the trifle.",
        "Newlyweds Jade and Carl Pemberton, both 29, had paid for the swan themselves.",
        "In the footage, the couple sway to their song as the swan glistens behind them.",
        "Then, with a loud crack, its neck snaps off and the head drops into the trifle.",
        "'NOT THE TRIFLE! Carl, not the trifle!' Jade screams, as a guest bellows: 'It's a sign!'",
        "Best man Rory Blount, 33, posted the 20-second clip on TikTok the next morning.",
    ]
    at, _, threads = read_lines(lines)
    assert threads.get(at[lines[3]]) == at[lines[0]]
    assert threads.get(at[lines[4]]) == at[lines[0]]


def test_a_copy_of_a_reply_is_the_replys() -> None:
    lines = [
        "Letter-cutter Maud Feeney's video of carving a single word by hand has been watched "
        "2 million times on TikTok.",
        "Last spring a mason in Leeds, Declan Harte, posted a reply on TikTok in which he cuts "
        "the same word with a pneumatic chisel in 40 seconds.",
        "It has around 3.3 million views.",
        "A copy of his reply on Facebook, posted by the page Trade Banter, has been shared "
        "about 8,000 times.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[1]]


def test_a_copy_named_by_its_topic_on_another_platform_is_that_clips() -> None:
    lines = [
        "A trading coach who filmed himself stepping out of a rented Lamborghini to lure "
        "investors has been jailed.",
        "Prosecutors said the Lamborghini video, posted on his Instagram account "
        "@ravitrades, had been watched more than 900,000 times.",
        "One investor's daughter, Nell Price, filmed her mother opening the letter that said "
        "the money was gone and posted it on TikTok, where it drew 2.3m views.",
        "The judge told him he had sold people a lifestyle.",
        "A copy of the Lamborghini video is still circulating on X, where the account "
        "@fraudwatch posted it, and it has about 1.4 million views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[0]]


_INTERVIEW = [
    "Bryn Castell, 41, lays hedges across the county and posts his work as @brynlays.",
    "Q: Your video of laying a hedge in a blizzard has been watched more than 5 million times.",
    "A: I never expected it.",
    "Q: What actually happens in it?",
    "A: I cut one stem, lay it down, and by the time I look up it's under snow.",
    "Then the dog runs past with a whole stake in his mouth.",
    "Q: A hedge-layer in Devon answered your video with one of his own.",
    "A: Sol Penhale, yes, laying a hedge in a heatwave in shorts.",
    "Q: Your original has been copied a lot.",
    "A: There's a version on YouTube by a channel called Rural Fails that's got 2.4 million views.",
    "I've never had so much as a thank-you.",
    "Q: Will you film in the snow again?",
    "A: Only if the dog stays in the van.",
]


def test_an_interviews_answer_on_what_happens_in_the_clip_is_that_clips() -> None:
    at, _, threads = read_lines(_INTERVIEW)
    clip = at[_INTERVIEW[1]]
    assert threads.get(at[_INTERVIEW[4]]) == clip
    assert threads.get(at[_INTERVIEW[5]]) == clip


def test_a_pages_version_after_a_question_on_copies_is_the_originals() -> None:
    at, _, threads = read_lines(_INTERVIEW)
    clip = at[_INTERVIEW[1]]
    assert threads.get(at[_INTERVIEW[6]]) != clip  # (the reply is a clip of its own)
    assert threads.get(at[_INTERVIEW[8]]) == clip
    assert threads.get(at[_INTERVIEW[9]]) == clip
    assert threads.get(at[_INTERVIEW[10]]) == clip
    assert threads.get(at[_INTERVIEW[12]]) is None


def test_a_pages_version_told_of_where_it_is_is_a_copy() -> None:
    for text in (
        "A: There's a version on YouTube by a channel called Rural Fails with 2.4m views.",
        "There's one on Facebook, on a page called Made With Love Daily, with 3.1m views.",
    ):
        assert copies.A_COPY.search(text) and copies.A_PAGES_COPY.search(text), text
    assert not copies.A_COPY.search("A new version on YouTube by the channel Hedge Hour.")


def test_names_written_with_accents_or_nicknames_are_read_whole() -> None:
    lines = [
        "The singer Héritier Mbala Nsimba has made a reaction video on TikTok.",
        "The comedian Thabiso 'Mr Bucket' Ramokoena has posted a reply video on TikTok.",
    ]
    _, citations, _ = read_lines(lines)
    assert [citations[p].creator for p in sorted(citations)] == [
        "Héritier Mbala Nsimba",
        "Thabiso Ramokoena",
    ]


def test_a_sentences_first_word_is_no_part_of_a_makers_name() -> None:
    lines = [
        "Game master Jordan Fitch, 23, was locked in a cupboard by a hen party he was "
        "supposed to be helping, in a video watched 6 million times.",
        "Jordan, a drama student, has worked there for two years.",
        "But Jordan has had the last laugh with a TikTok of his own - filmed from inside "
        "the cupboard.",
        "His clip has 1.4m likes.",
    ]
    at, citations, _ = read_lines(lines)
    for line in lines[2:]:
        made = citations[at[line]].creator or citations[at[line]].inferred_creator
        assert made is None or not made.startswith("But"), made


def test_a_maker_named_in_full_with_an_accented_second_letter_is_known_later() -> None:
    lines = [
        "A commuter train stopped for a family of swans on the line outside Tartu.",
        "The video was recorded through the front window of the train by the passenger "
        "Kätlin Saarepuu, 24, and posted on TikTok.",
        "By Thursday the video had gathered over 600 thousand viewings.",
    ]
    at, citations, _ = read_lines(lines)
    made = citations[at[lines[1]]].creator
    assert made == "Kätlin Saarepuu", made


def test_a_reply_posted_on_a_platform_to_someones_clip_is_a_clip_of_its_own() -> None:
    lines = [
        "13:40 Hattie Moss's icing clip from the practice kitchen has 400,000 views on TikTok.",
        "14:00 Hattie's icing clip has been reposted on Facebook by the page Bake Banter.",
        "15:05 The cake decorator Cressida Bell has posted a reply on Instagram to Hattie's "
        "icing clip, lying face down on her kitchen floor beside a collapsed sponge.",
        "15:40 Cressida's reply has about 57,000 likes, her studio tells us.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]
    assert threads[at[lines[3]]] == at[lines[2]]
