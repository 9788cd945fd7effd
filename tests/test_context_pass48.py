"""Forty-eighth pass: rules from the misses of sets 0-206 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

from archiver.articles.copies import REPOST, taken_over
from tests.support.threads import read_lines


def _maker(citation) -> str | None:
    return citation.creator or citation.inferred_creator


def test_a_time_before_she_went_live_is_no_maker() -> None:
    lines = [
        "The stargazer who streams from a rooftop",
        "Ama Kessie-Hollund has photographed the night sky from Harrowgill for nine years.",
        "Not every night goes to plan.",
        "Last August she went live on TikTok from the observatory roof for the Perseids.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[3]]]) != "Last August"


def test_whoever_had_their_phone_out_made_the_clip() -> None:
    lines = [
        "THIS is the moment a £900 ice swan lost its head in the middle of a first dance.",
        "Best man Gavin Threlfall-Boakye, 33, had his phone out for the first dance - and "
        "posted the 22-second clip on TikTok the next morning.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[1]]].creator == "Gavin Threlfall-Boakye"
    lines = [
        "A ginger cat stalks along a garden shelf and knocks a trident maple off it.",
        "Its owner, retired dentist Harold Mwangi-Lowther, had propped his phone up to film a "
        "repotting tutorial, and the clip has 3.9m views on TikTok.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[1]]].creator == "Harold Mwangi-Lowther"


def test_a_relation_who_whipped_out_a_phone_as_it_happened_made_the_clip() -> None:
    lines = [
        "A CHEEKY seagull swooped into a shoe shop and flew off with a bride's stiletto - and "
        "the whole thing was caught on camera.",
        "Cobbler Stan Pengelly, 58, was fixing the heel when the bird landed on his counter.",
        "Son Jordan Pengelly-Watts, 27, was sweeping up at the back of the shop - and whipped "
        "out his phone as his dad shot past.",
        "He posted the footage on Instagram, where it has been watched 4.8 million times.",
    ]
    at, citations, _ = read_lines(lines)
    assert citations[at[lines[2]]].creator == "Jordan Pengelly-Watts"
    assert _maker(citations[at[lines[3]]]) == "Jordan Pengelly-Watts"
    # (the relation is no part of the name when "he" posted it, either)
    lines = [
        "A seagull stole a bride's stiletto from a shoe shop in Polwithen on Saturday.",
        "Son Jordan Pengelly-Watts, 27, saw it happen from the back of the shop, and he posted "
        "the footage on Instagram.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[1]]]) == "Jordan Pengelly-Watts"


def test_the_one_who_recorded_the_video_is_its_maker() -> None:
    lines = [
        "LEKGWAPHENG - The video of an old man writing the name of a hair salon on a wall has "
        "walked very far on the social networks this week.",
        "It is seen in the video Rre Mothusi Kebonang (74) painting each letter by hand.",
        "The one who took this video is his grandson, Onalenna Kebonang (19), a student, who "
        "put it on Facebook on Sunday evening.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[2]]]) == "Onalenna Kebonang"
    assert _maker(citations[at[lines[0]]]) == "Onalenna Kebonang"
    lines = [
        "A video in which a young cook carves a rhinoceros of ice is going round on Facebook.",
        "His younger sister, Kumari Nilakshi Borgohain, is the one who recorded this video on "
        "her mobile phone.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[1]]]) == "Nilakshi Borgohain"


def test_a_clip_taken_up_by_a_page_is_a_copy() -> None:
    for text in (
        "The little film of Ghjulia has been taken up also by the page of Instagram 'Corsica "
        "Eterna', which counts 230 000 followers.",
        "Meanwhile, the video of Nilakshi has been taken up and put on Instagram by the page "
        "'Rongali Khobor', which has followers 9 lakh.",
    ):
        assert REPOST.search(text), text
    assert taken_over("The video has been taken up also by the page 'Corsica Eterna'.")
    # (not a matter taken up with someone)
    assert not REPOST.search(
        "The crew did not wheel the bins out; this has been taken up with them."
    )


def test_a_datelines_place_is_no_person_in_the_headline() -> None:
    lines = [
        "The rhinoceros of ice of the young cook of Nijora Nagar has fallen viral on the social "
        "media",
        "Nijora Nagar, 13 January: A video in which a young cook of a hotel of the town is seen "
        "making a rhinoceros of ice is going from phone to phone.",
        "In the video the youth gives the last shape to the horn.",
    ]
    at, citations, _ = read_lines(lines)
    assert _maker(citations[at[lines[1]]]) != "Nijora Nagar"


def test_starting_to_film_someone_and_post_the_videos_is_a_habit_not_a_clip() -> None:
    lines = [
        "A 12-year-old boy who grows pavement seedlings into bonsai has won a national award.",
        "His mum, Adaeze Mbatha-Colquhoun, started filming him at work last year and posting "
        "the videos on Instagram.",
        "One of them, in which he lifts a sycamore seedling out of a crack with a teaspoon, has "
        "been watched 1.1 million times.",
        "'Sorry, I'm only borrowing you,' he whispers to the seedling in the clip.",
    ]
    at, citations, threads = read_lines(lines)
    assert at[lines[1]] not in citations
    assert threads[at[lines[2]]] == at[lines[2]]
    assert threads[at[lines[3]]] == at[lines[2]]
    # (one moment filmed as it happened is a clip: "started filming when the dog hopped on")
    lines = [
        "A collie hopped onto the 15:20 to Marden Brook on his own on Tuesday.",
        "A passenger sitting opposite started filming when the dog hopped onto a seat by the "
        "doors, and the clip has 2 million views on TikTok.",
    ]
    at, citations, _ = read_lines(lines)
    assert at[lines[1]] in citations


def test_the_stream_in_a_live_blog_is_the_bodys_stream_of_the_whole_event() -> None:
    lines = [
        "Cobblers race the clock at the national resoling championship",
        "09:00 The Society of Shoe Repairers is streaming the whole competition on its YouTube "
        "channel, Last & Awl TV, with a camera over every bench.",
        "09:20 On the stream, the defending champion has the old sole off in under a minute.",
        "10:15 Sixteen-year-old Ezra Whitcombe-Nduka is streaming his own bench on Twitch as "
        "ezracobbles.",
        "10:40 Twitch has muted Ezra's stream for a few minutes after a chart song blared out.",
        "11:30 The organisers say the loafer's owner has been offered a new pair.",
        "12:10 A reader asks why the benches face the windows.",
        "13:45 On the stream, a judge holds a brogue up to the light and squints down the welt.",
        "17:00 The society says the stream has been watched by more than 31,000 people today.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[7]]] == at[lines[1]]
    assert threads[at[lines[8]]] == at[lines[1]]
    assert threads[at[lines[4]]] == at[lines[3]]  # (his own stream, named as his)


def test_a_qa_turn_on_who_filmed_the_clip_and_where_it_went() -> None:
    lines = [
        "Roisin Achterberg-Mensah has painted the names on canal boats for nineteen years.",
        "Q: Start with the lock video, which has been watched all over the world.",
        "A: I'm on a plank across the stern, and the boat drops four feet while I keep painting.",
        "Q: Who was filming?",
        "A: The owner's grandson, Zak.",
        "He was meant to be working the lock.",
        "He put it on Instagram that night and it's had about 3.2 million views.",
        "Q: How did you learn?",
        "A: From my dad, who lettered boats on the Grand Union in the seventies.",
        "Q: The Canal & River Guild didn't see the funny side.",
        "It made a film of its own about standing on boats in locks.",
        "A: On their Facebook page, with a dummy in a hard hat going down the same lock.",
        "About 70,000 people watched that.",
        "Q: Would you do it again?",
    ]
    at, _, threads = read_lines(lines)
    for line in lines[4:7]:
        assert threads.get(at[line]) == at[lines[1]], line
    assert threads.get(at[lines[8]]) is None
    for line in lines[11:13]:
        assert threads.get(at[line]) == at[lines[10]], line


def test_a_copy_of_someones_clip_named_by_its_title() -> None:
    lines = [
        "When the calligrapher Honor Achebe-Raithby posted an Instagram reel of herself "
        "writing the alphabet, she did not expect to find it on sale as a font.",
        "The reel has since been watched 2.7 million times.",
        "The most shared case is a TikTok by the sign writer Omari Castellane-Wood, in which he "
        "paints a single word, 'Ironmongery', on a shop fascia.",
        "It has about 8.1 million views.",
        "Castellane-Wood has since posted a second TikTok in which he paints 'THIS IS NOT A "
        "FONT' in the same letter.",
        "The Guild of Sign Writers has told members to watermark their process videos.",
        "Its chair said the guild had taken its 2019 masterclass on the Egyptian letter off "
        "YouTube after it turned up traced in a font.",
        "The masterclass had been viewed about 140,000 times before it came down.",
        "Not every letterer objects.",
        "The Edinburgh calligrapher Ruth Nakagawa-Dunne sells her own hand as a font.",
        "Her most-watched reel, a slow-motion film of a pointed pen flexing through a capital "
        "'R', has 3.3 million views on Instagram.",
        "A copy of Castellane-Wood's 'Ironmongery' video posted on Facebook by the page Type "
        "Nerds United has been shared 12,000 times.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[2]]


def test_a_live_blog_of_many_streams_reads_the_whole_events_stream_only_near() -> None:
    # (the body's stream is looked for among the latest 200 citing lines; past them "the
    # stream" is the latest told, so an article of thousands of streams is read in linear time)
    lines = [
        "Cobblers race the clock at the national resoling championship",
        "09:00 The Society of Shoe Repairers is streaming the whole competition on its YouTube "
        "channel, Last & Awl TV.",
    ]
    lines += [
        f"10:{k % 60:02d} Entrant Ezra Nduka{k} is streaming his own bench on Twitch."
        for k in range(300)
    ]
    lines += ["13:45 On the stream, a judge holds a brogue up to the light."]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[-2]]
    near = lines[:2] + lines[2:12] + lines[-1:]
    at, _, threads = read_lines(near)
    assert threads[at[near[-1]]] == at[near[1]]
