"""Forty-ninth pass: rules from the misses of sets 0-211 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

from tests.support.threads import read_lines


def _maker(citation) -> str | None:
    return citation.creator or citation.inferred_creator


def test_a_count_with_a_thousands_comma_does_not_close_an_apposition() -> None:
    lines = [
        "A tortoise crossed a bowling green in Penhallow and stopped play for an hour.",
        "Garden designer Odile Fairbrass-Nkemelu, who has 412,000 followers, remixed the "
        "groundsman's clip on Instagram, setting it to a drumroll.",
        "Her remix has had more than 90,000 views.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[1]]].creator == "Odile Fairbrass-Nkemelu"
    assert _maker(citations[at[lines[2]]]) == "Odile Fairbrass-Nkemelu"


def test_she_who_answered_with_a_video_of_her_own_is_the_one_named_before() -> None:
    lines = [
        "A potter's video of a kiln opening has drawn a complaint from a neighbour.",
        "But Wilhelmina Osei-Trask, whose garden backs onto the kiln shed, says the smoke "
        "ruined her washing.",
        "She has answered with a video of her own on Facebook, holding up a grey sheet, which "
        "has been watched about 8,000 times.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[2]]]) == "Wilhelmina Osei-Trask"


def test_someones_reply_is_theirs() -> None:
    lines = [
        "A thatcher's speed-run up a ladder has been watched 2m times on YouTube.",
        "Master thatcher Crispin Adebola-Vance's reply to the speed-run, also on YouTube, "
        "re-ridges a whole cottage at normal speed and has 310,000 views.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[1]]].creator == "Crispin Adebola-Vance"


def test_a_qa_answer_naming_who_filmed_makes_them_the_maker() -> None:
    lines = [
        "Ten minutes with the lollipop man who danced across the road",
        "Desmond Achterberg-Nwosu, 61, has seen children across Fallowfield Road for twelve years.",
        "Q: The video of your crossing dance has been watched four million times.",
        "Who was holding the phone?",
        "A: A mum waiting at the gate, Lucinda.",
        "She put it on TikTok that afternoon, and it has had about 300,000 likes.",
        "Q: Did you know?",
        "A: Not until the head teacher told me.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[2]]]) == "Lucinda"
    assert _maker(citations[at[lines[5]]]) == "Lucinda"


def test_she_who_replied_did_not_make_the_clip_she_replied_to() -> None:
    lines = [
        "An astronomer's stream of a fireball over Harrowgill has drawn a sceptic.",
        "A YouTuber, Barnaby Quillfeather, posted a reaction to her stream calling it fake.",
        "She replied with a 30-second video of the night sky from the same roof.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[2]]]) != "Barnaby Quillfeather"


def test_her_employer_named_before_is_no_maker() -> None:
    lines = [
        "A tram driver who films pieces to camera before her shift has been told to stop.",
        "She says her employer, Caddington Trams, asked her in writing to stop filming in uniform.",
        "She replied with a video filmed in her kitchen, reading the letter aloud.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[2]]]) != "Caddington Trams"


def test_whose_owner_someone_is_is_not_their_name() -> None:
    lines = [
        "Q: The boat in the lock video belongs to a friend of yours.",
        "A: It does.",
        "Q: And Heron Maid's owner?",
        "A: She's forgiven me.",
        "She streamed the relaunch live on Facebook last month.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[4]]]) != "Heron Maid"


def test_a_qa_answer_that_tells_of_a_clip_is_that_clips_whole() -> None:
    lines = [
        "Ten minutes with the woman who swept a mile in record time",
        "Shirin Vale-Okafor, 38, sweeps the high street of Greystone for the council.",
        "Q: How long before the first rival claim turned up?",
        "A: About a day.",
        "A man in Fallowford, Gareth Pennock-Ward, put a video on TikTok of himself sweeping a "
        "mile in 14 minutes.",
        "He'd sped it up.",
        "Q: Would you do it again?",
        "A: Next September.",
    ]
    at, citations, threads = read_lines(lines)
    opener = at[lines[4]]
    assert threads.get(at[lines[3]]) == opener  # the answer's words before it
    assert threads.get(at[lines[5]]) == opener
    assert threads.get(at[lines[7]]) is None  # (a turn of its own)


def test_a_cleft_names_who_filmed() -> None:
    lines = [
        "A video of a grandmother dancing with her broom after the parade has spread widely.",
        "It is her grandson, jilata Elmer Quispe Mamani, 19 years, student of the town's "
        "college, who has filmed the video with his cellphone and put it on TikTok.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[1]]].creator == "Elmer Quispe Mamani"


def test_kin_named_by_a_given_name_in_apposition_made_the_clip() -> None:
    lines = [
        "Joan Threlkeld kept the Alder Bottom lock for 41 years and retired on Friday.",
        "Her grandson, Arlo, has put together a TikTok montage of old photographs of her at "
        "the gates, which has about 120,000 likes.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[1]]].creator == "Arlo"


def test_a_tabloid_mood_or_a_comic_before_a_name_is_no_part_of_it() -> None:
    lines = [
        "A bride's veil was sucked up by a street sweeper outside a register office.",
        "Fuming Tobias, 31, hit back on Instagram within hours with a video of his own.",
        "Comic Della Ashdown-Price posted a reaction video on TikTok, trailing a toilet roll.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[1]]].creator == "Tobias"
    assert citations[at[lines[2]]].creator == "Della Ashdown-Price"


def test_a_clip_told_by_its_length_that_brings_nothing_new_is_a_description() -> None:
    lines = [
        "Claim: A video shared on Facebook shows a council road sweeper tipping his cart into "
        "a river.",
        "The 27-second clip shows a man in an orange tabard wheeling a cart along a towpath.",
        "The 27-second clip has been shared 17,000 times on Facebook.",
    ]
    at, citations, threads = read_lines(lines)
    opener = at[lines[0]]
    assert at[lines[1]] not in citations and threads.get(at[lines[1]]) == opener
    assert at[lines[2]] in citations  # (a count to check: it still cites)
    lines = [
        "A farmer filmed floodwater pouring through a broken sluice and posted it on X.",
        "The footage shows brown water spreading across three fields towards a farmhouse.",
        "The footage shows just how little the new sluice gates could hold back.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[1]] not in citations and threads.get(at[lines[1]]) == at[lines[0]]
    assert at[lines[2]] in citations  # (the writer's argument from it, as the seed cites)


def test_whoever_acts_in_the_clip_in_play_did_not_make_it() -> None:
    lines = [
        "WELLSBRIDGE, March 14 - A video of a cobbler finding a love letter inside a boot heel "
        "has been watched 3 million times on TikTok since his granddaughter posted it.",
        "Desmond Hartigan-Osu, 67, has run a shoe repair shop on Tanner Row since 1981.",
        "In the 48-second clip, Hartigan-Osu levers off a worn rubber heel with a chisel and "
        "finds a square of blue paper.",
    ]
    at, citations, _ = read_lines(lines)
    for citation in citations.values():
        assert _maker(citation) != "Hartigan-Osu"


def test_a_live_blogs_sign_off_past_an_aside_tells_where_its_stream_stays() -> None:
    for sign_off in (
        "The whole final, sparks and all, stays up on Cradley Forge Live.",
        "Her winning cut is about four hours into the full stream, which stays up on Cradley "
        "Forge Live.",
    ):
        lines = [
            "Live: the Cradley blacksmithing final",
            "09:00 The guild is streaming the whole final on its YouTube channel, Cradley "
            "Forge Live.",
            "12:10 A hammer has gone through the roof of the judges' tent.",
            "18:35 That's all from Cradley.",
            sign_off,
        ]
        at, citations, threads = read_lines(lines)
        assert at[sign_off] in citations


def test_a_live_blog_going_back_to_the_stream_in_play_describes_it() -> None:
    lines = [
        "Live: the Saltby sandcastle championship",
        "09:00 The town council is streaming the whole day on its YouTube channel, Castle Cam "
        "Saltby.",
        "12:20 Back on Castle Cam Saltby, the tower camera shows the carvers stopping for tea.",
        "12:40 Back on Castle Cam Saltby, which now has 4,100 viewers, the tide is coming in.",
    ]
    at, citations, threads = read_lines(lines)
    opener = at[lines[1]]
    assert at[lines[2]] not in citations and threads.get(at[lines[2]]) == opener
    assert at[lines[3]] in citations  # (a count to check)


def test_each_qa_turn_on_who_filmed_names_its_own_clips_maker() -> None:
    asked = [
        "Q: Your goose video has been watched two million times on TikTok.",
        "Q: A second video, of the flood, is on Instagram with three million views.",
        "Q: And a third, of a swan, has been watched a million times on YouTube.",
    ]
    lines = ["Ten minutes with the lock-keeper of Alder Bottom"]
    for question, filmer in zip(asked, ("Priya", "Tomasz", "Ada"), strict=True):
        lines += [
            question,
            "Who was holding the phone?",
            f"A: A boater moored below the lock, {filmer}.",
            "Q: Were you surprised?",
            "A: Not really.",
        ]
    at, citations, _ = read_lines(lines)
    for question, filmer in zip(asked, ("Priya", "Tomasz", "Ada"), strict=True):
        assert _maker(citations[at[question]]) == filmer
