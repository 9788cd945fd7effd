"""Fifty-first pass: rules from the misses of sets 0-216 (invented text, in the styles of
real news; see docs/labelling.md)."""

from __future__ import annotations

from archiver.articles.copies import named_owners
from archiver.articles.stated import creator_named
from tests.support.threads import read_lines


def _maker(citation) -> str | None:
    return citation.creator or citation.inferred_creator


def test_a_subject_named_before_telling_of_their_own_clip_is_its_maker() -> None:
    lines = [
        "Dog grooming goes viral",
        "Groomer Tyson Reardon, 34, filmed the poodle and posted it on TikTok.",
        "Baker Lewis Amankwah, 41, filmed his own dog and posted it on Instagram.",
        "Reardon, who has 145,000 followers, said his clip had reached 4 million views.",
        "Amankwah said on Thursday that his reel had passed 20,000 likes.",
        "Reardon has not taken his video down.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[3]]]) == "Tyson Reardon"
    assert _maker(citations[at[lines[4]]]) == "Lewis Amankwah"
    assert _maker(citations[at[lines[5]]]) == "Tyson Reardon"


def test_another_name_between_the_subject_and_the_clip_leaves_it_theirs() -> None:
    lines = [
        "Dog grooming goes viral",
        "Groomer Tyson Reardon, 34, filmed the poodle and posted it on TikTok.",
        "Baker Lewis Amankwah, 41, filmed his own dog and posted it on Instagram.",
        "Reardon said Dobbs had deleted his video.",
        "Reardon told him his video was fake.",
        "Reardon said the man had deleted his video.",
    ]
    at, citations, _ = read_lines(lines)
    for line in lines[3:]:
        assert citations[at[line]].creator != "Tyson Reardon"


def test_a_first_name_after_a_role_word_is_known_and_a_later_sentence_opening_is_read() -> None:
    lines = [
        "Carols at the market",
        "Stallholder Agnieszka Rowntree-Obi sings to her queue, in a still from her TikTok live.",
        "Agnieszka told us her live peaked at about 2,600 viewers.",
        "Another stallholder, Colm Varga-Ndlovu, 41, filmed himself making a key out of "
        "shortbread and posted it on YouTube.",
        "It has 50,000 views.",
        "A month later Agnieszka went back to the market, and her follow-up video has 9,000 views.",
    ]
    at, citations, threads = read_lines(lines)
    live, later = citations[at[lines[2]]], citations[at[lines[5]]]
    assert _maker(live) == _maker(later) == "Agnieszka Rowntree-Obi"
    assert threads[at[lines[5]]] != threads[at[lines[3]]]


def test_he_putting_out_his_own_clip_is_the_person_just_named() -> None:
    lines = [
        "Milk floats are back",
        "Reader Dilys in Treharne sent me a phone video of her milkman's float.",
        "In it, the float turns into her cul-de-sac and three dogs start howling.",
        "The milkman, Osian Barraclough-Vey, told me he fitted the speaker himself.",
        "He has since put his own video of the float on YouTube, filmed from the cab.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[4]]]) == "Osian Barraclough-Vey"


def test_the_maker_named_after_a_role_of_a_place_or_a_kin_of_someone() -> None:
    school = (
        "The video was filmed by a teacher of the school, Misis Dorcas Waninga, and she put it "
        "on her Facebook page on Tuesday."
    )
    assert creator_named(school) == "Dorcas Waninga"
    grandson = (
        "This video was recorded by the grandson of Tata Teodoro, Ulises Tecpan Flores (23), "
        "who is a student in Puebla."
    )
    assert creator_named(grandson) == "Ulises Tecpan Flores"
    assert creator_named("The video was recorded by the grandson of Tata Teodoro.") is None
    assert creator_named("The clip was posted by the school, Ashgrove Primary.") is None


_GUEST = [
    "Leo Hartigan-Mensah, 23, holds the British record for flying four stunt kites at once.",
    "His attempt, streamed live on YouTube by his club in May, has 2 million views.",
    "Q: Why four?",
    "A: Because three had been done.",
]


def test_a_qa_question_telling_of_the_clip_in_play_cites_it() -> None:
    lines = [
        *_GUEST,
        "Q: Talk me through the stream.",
        "A: Me, in a field outside Prestatyn, with two kites already up.",
        "Q: You put it on Facebook for the family as well.",
        "A: My aunt wanted to see it.",
        "Q: It's now past four million.",
        "A: I stopped looking at three.",
    ]
    at, citations, threads = read_lines(lines)
    stream = at[lines[1]]
    for told in (lines[4], lines[6], lines[8]):
        assert at[told] in citations and threads[at[told]] == stream
    assert threads[at[lines[5]]] == threads[at[lines[9]]] == stream


def test_a_qa_question_asked_or_a_hat_put_on_is_not_told_of_the_clip() -> None:
    lines = [
        *_GUEST,
        "Q: Did you put it on Facebook?",
        "A: No, only YouTube.",
        "Q: There's a moment near the end where you put it on and just walk off.",
        "A: The cap, yes; it was still damp.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[4]] not in citations and at[lines[6]] not in citations
    assert threads[at[lines[6]]] == threads[at[lines[7]]] == at[lines[1]]


def test_a_qa_question_telling_of_another_of_the_guests_clips_opens_its_own() -> None:
    lines = [
        *_GUEST,
        "Q: In May YouTube took one of your videos down.",
        "A: The one with the fence.",
        "Q: Your mum's reaction is on your Instagram too.",
        "A: She watched it at the kitchen table and said, 'Well, you did try.'",
    ]
    at, citations, threads = read_lines(lines)
    taken, mum = at[lines[4]], at[lines[6]]
    assert taken in citations and mum in citations
    assert threads[taken] == taken != at[lines[1]]
    assert threads[mum] == threads[at[lines[7]]] == mum


def test_a_qa_question_on_who_shouts_or_how_many_watched_keeps_the_turn_on_it() -> None:
    lines = [
        *_GUEST,
        "Q: What's the commentator shouting?",
        "A: 'Hold it, Leo, hold it!'",
        "Q: How many people were watching?",
        "A: About 1,800 live, which for kites is a lot.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[5]]] == threads[at[lines[7]]] == at[lines[1]]


def test_a_copy_of_her_clip_after_she_speaks_is_of_her_clip_not_the_last_one() -> None:
    lines = [
        "Kite surfer dragged along the beach",
        "The video, filmed by Joanne Castellane from the dunes and posted on TikTok, has been "
        "watched 2 million times.",
        "Surfer Bethan Rees, 30, filmed her own fall on the same beach and posted it on YouTube.",
        "Her video has been shared about 5,200 times.",
        "Ms Castellane told Coast Today she had only started filming because the kite looked "
        "beautiful.",
        "A copy of her clip posted on Instagram by the account @ukbeachlife has 150,000 likes.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[5]]] == at[lines[1]]
    said = named_owners({0: "She told us she filmed it.", 1: "A copy of her clip is on X."})
    assert said[1] == "A copy of her clip is on X."  # (no one named)


def test_the_clip_put_on_a_platform_cites_whatever_its_account_had() -> None:
    lines = [
        *_GUEST,
        "Q: And then somebody on the beach filmed you.",
        "A: A student called Oskar.",
        "He put it on TikTok as @oskar.kites, which had about 140 followers, and didn't tell me.",
        "Q: What can people hear on it?",
        "A: Me shouting at a kite.",
    ]
    at, citations, threads = read_lines(lines)
    filmed = at[lines[4]]
    assert at[lines[6]] in citations and citations[at[lines[6]]].creator == "@oskar.kites"
    assert threads[at[lines[6]]] == threads[at[lines[8]]] == filmed


def test_every_job_filmed_and_posted_as_a_habit_is_no_clip_of_its_own() -> None:
    lines = [
        "Repotting goes viral",
        "At Greyfield Nurseries, manager Sunita Rahman, 41, films every repot she does and posts "
        "the results on the nursery's TikTok.",
        "Since March, groundsman Declan Osei, 33, has posted short videos of himself clearing "
        "gutters to his TikTok account.",
        "Its most-watched, of a 200-year-old elm coming out of its pot, has 2 million views.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[1]] not in citations and at[lines[2]] not in citations
    assert threads[at[lines[3]]] == at[lines[3]]
