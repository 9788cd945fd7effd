"""Creator and thread rules of the twelfth pass: categories of misses over sets 14 to 21,
each tried on invented sentences that are none of theirs, with limit cases of what each
rule must not do."""

from __future__ import annotations

import pytest

from archiver.articles.stated import creator_named
from tests.support.threads import article as _article
from tests.support.threads import thread


@pytest.mark.parametrize(
    ("sentence", "creator"),
    [
        # the filmer in the picture, or filming as it happened
        ("Moira Dunlop, 58, filmed herself on the ferry ramp at dawn.", "Moira Dunlop"),
        ("His niece Carys filmed as the goat climbed onto the van roof.", "Carys"),
        # live on a platform, however the sentence gets there
        ("Baker Tomos Evans was up early and live on TikTok when the oven door fell off.",
         "Tomos Evans"),
        ("Across the aisle, her cousin Ifeoma Bello was filming on her phone.", "Ifeoma Bello"),
        # the filmer after a role, ahead of whoever shared it
        ("The squall, filmed by fisherman Calum Baird from his wheelhouse, was shared by the "
         "Coastguard Agency on X.", "Calum Baird"),
        ("The exchange was filmed by Harbour Echo sports writer Ruth Amis.", "Ruth Amis"),
        # the filmer in apposition after "by", at the end of a caption
        ("The kite lifts off, in a still from a video filmed by her brother, Odhran Kane",
         "Odhran Kane"),
        # a line that says who the maker was
        ("14:20 — The streamer is Lukas Brenner, a 31-year-old roofer from Kassel.",
         "Lukas Brenner"),
        # a surname alone, opening the sentence, with an apposition that shows it is a name
        ("Achterberg, who keeps bees behind the chapel, posted his footage on Facebook.",
         "Achterberg"),
        ("Luthra, 44, filmed the queue from the bus stop.", "Luthra"),
        # a clip among other acts: "took ... apart in a video"
        ("Mechanic Sione Tupou, who has 80,000 subscribers, took the engine apart in a video "
         "on his channel.", "Sione Tupou"),
    ],
)  # fmt: skip
def test_the_maker_stated_in_the_citing_line(sentence: str, creator: str) -> None:
    assert creator_named(sentence) == creator


@pytest.mark.parametrize(
    "sentence",
    [
        # a group of people opening the sentence is no one's name
        "Witnesses, who were waiting for the tram, filmed the lorry on their phones.",
        "Firefighters, who reached the barn within minutes, filmed the rescue.",
        "Onlookers, 30 or more, filmed the balloon coming down.",
        # the role must be a role: "filmed by morning walkers" names no one by it
        "The otters were filmed by morning walkers near the weir.",
    ],
)
def test_no_maker_where_the_sentence_names_no_one(sentence: str) -> None:
    assert creator_named(sentence) is None


def test_a_reaction_to_someones_clip_is_not_theirs() -> None:
    # the reaction's maker, or their handle, never the one reacted to
    found = creator_named(
        "Stylist Bea Marr (@beamarr) posted a reaction to Okoye's clip on TikTok."
    )
    assert found in ("Bea Marr", "@beamarr")


def test_a_stitch_of_the_clip_in_play_opens_its_own_thread() -> None:
    claims, citations = _article(
        "Dog groomer Nell Ashby posted a video on TikTok of a poodle sulking after a trim.\n"
        "The dog turns its back on the mirror and refuses to look.\n"
        "The video has been watched 3.1 million times.\n"
        "Comedian Rafe Odum stitched the video with his own impression of the poodle.\n"
        "His stitch has 900,000 views.\n"
    )
    assert set(thread(citations, 0)) == {0, 1, 2}
    assert citations[3].same_clip_as is None
    assert citations[4].same_clip_as == 3
    # the stitch's maker is not passed back to the clip it was made from
    assert citations[0].creator == "Nell Ashby"
    assert citations[2].inferred_creator in (None, "Nell Ashby")


def test_a_clip_named_by_what_it_shows_goes_back_to_that_thread() -> None:
    claims, citations = _article(
        "A commuter on a footbridge filmed the moment the swans stopped the 8.10 train.\n"
        "In the second clip, a guard at Ashwell station walks the platform with a broom.\n"
        "The footbridge video was posted by Sunita Rao, who commutes to Ashwell daily.\n"
    )
    assert citations[2].same_clip_as == 0
    assert citations[0].inferred_creator == "Sunita Rao"


def test_a_clip_named_by_what_it_shows_skips_a_stitch_of_it() -> None:
    claims, citations = _article(
        "The bakery posted a video of its new croissant on Instagram.\n"
        "Food writer Ana Petit stitched the croissant video on TikTok with a taste test.\n"
        "The croissant video has since been viewed 2 million times.\n"
    )
    assert citations[2].same_clip_as == 0


def test_the_headline_names_who_filmed_the_story_clip() -> None:
    claims, citations = _article(
        "Postwoman Jess Harlow films the cat that walks her round\n"
        "A postwoman filmed a tabby following her for the whole of her morning round.\n"
        "The cat waits at each gate until she comes back down the path.\n"
    )
    first = min(citations)
    assert citations[first].inferred_creator == "Jess Harlow"


def test_the_filmer_named_later_posting_their_video_is_the_same_clip() -> None:
    # "later" says when it was posted, not that it is a later clip; the platform and the
    # name that line gives are the opener's, inferred
    claims, citations = _article(
        "A tractor driver waiting at the level crossing filmed the barrier snapping.\n"
        "The arm whips up and lands in the hedge behind the queue of cars.\n"
        "Network Rail said the barrier had been replaced by the evening.\n"
        "The driver, Owain Pugh, 61, later posted his video on TikTok, where it has 2m views.\n"
    )
    assert citations[3].same_clip_as == 0
    assert citations[0].inferred_platform == "tiktok"
    assert citations[0].inferred_creator == "Owain Pugh"


def test_a_second_clip_marked_as_such_is_still_its_own() -> None:
    claims, citations = _article(
        "A tractor driver waiting at the level crossing filmed the barrier snapping.\n"
        "The driver later posted a second video from the other side of the track.\n"
    )
    assert citations[1].same_clip_as is None


def test_footage_put_out_in_the_sentence_is_a_new_clip_even_if_called_the_post() -> None:
    claims, citations = _article(
        "A cyclist filmed the sinkhole opening on the towpath.\n"
        "Water pours into the hole as the bank gives way.\n"
        "The canal trust published drone footage on X on Friday, and the post has 90,000 "
        "views.\n"
    )
    assert citations[2].same_clip_as is None
    assert set(thread(citations, 0)) == {0, 1}


@pytest.mark.parametrize(
    "text",
    [
        "One neighbour filmed from his porch as the float turned the corner.\n",
        "Her nephew Tariq filmed as the heron swallowed the carp whole.\n",
        "A lifeguard filmed while the two seals argued over the slipway.\n",
    ],
)
def test_someone_filming_from_somewhere_or_as_it_happened_cites(text: str) -> None:
    _, citations = _article(text)
    assert 0 in citations


def test_filmed_as_a_production_does_not_cite() -> None:
    _, citations = _article("The series was filmed as a co-production with German television.\n")
    assert citations == {}


@pytest.mark.parametrize(
    "text",
    [
        "THIS is the moment a loose heifer wandered into a Cornish chip shop.\n",
        "The actor has left fans in hysterics after sharing the moment he fell off a pier.\n",
        "10:05 — The council is streaming the budget meeting on its YouTube channel.\n",
        "A lorry driver in the lead truck streamed the whole convoy from his cab.\n",
        "A steward was sacked last spring after filming the crowd crush from the gantry.\n",
        "In last week's video, recorded in a lay-by, she reviewed a motorway sandwich.\n",
        "The county club reposted it to its 40,000 followers on Tuesday.\n",
        "The rival councillor replied within hours with a stitch of her own.\n",
        "The broadcaster published the full penalty shoot-out on its YouTube channel.\n",
        "A neighbour's doorbell camera picked the fox up at 3am.\n",
        "A dashcam in a van waiting at the lights on the ring road recorded the crash.\n",
        "Ferry captain Ines Mota has filmed the dolphins riding the bow wave.\n",
    ],
)
def test_more_ways_to_cite_a_clip(text: str) -> None:
    _, citations = _article(text)
    assert 0 in citations


@pytest.mark.parametrize(
    "text",
    [
        "This is the moment the council has been waiting for.\n",  # no clip: a moment
        "She shared the moment with her family over dinner.\n",
        "He was fined after filming the documentary without a permit.\n",
        "The camera shop on the high street recorded its best year.\n",
    ],
)
def test_look_alikes_that_cite_nothing(text: str) -> None:
    _, citations = _article(text)
    assert citations == {}


def test_a_clip_filmed_and_put_on_another_platform_is_a_new_thread() -> None:
    claims, citations = _article(
        "10:05 — The party is streaming the rally on its YouTube channel.\n"
        "10:20 — A man has heckled the leader, and the moment was filmed by local reporter "
        "Jo Platt, who has posted it on X.\n"
        "10:21 — “Where is the bypass you promised?” the man shouts.\n"
    )
    assert citations[1].same_clip_as is None
    assert 2 in thread(citations, 1)


def test_a_live_blogs_time_stamps_do_not_hide_how_an_entry_opens() -> None:
    claims, citations = _article(
        "09:58 — The harbour master is streaming the tall ships' arrival on Facebook.\n"
        "10:02 — “Here she comes, the Morning Star, right on the tide,” he says.\n"
        "10:03 — “Give her a wave, everyone.”\n"
        "10:30 — The second ship docks at Pier 4.\n"
    )
    members = thread(citations, 0)
    assert members.get(1) == "quote" and members.get(2) == "quote"
    assert 3 not in members  # a live blog's news in the present is no description


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("09:42 — “Move!” he shouts.", "“Move!” he shouts."),
        ("10.15am: The clip has 2m views.", "The clip has 2m views."),
        ("14:05 - It is raining.", "It is raining."),
        ("At 14:05 the rain began.", "At 14:05 the rain began."),
        ("The score was 2:1 — a shock.", "The score was 2:1 — a shock."),
    ],
)
def test_without_time_stamp(text: str, body: str) -> None:
    from archiver.articles.claims import without_time_stamp

    assert without_time_stamp(text) == body


def test_a_named_person_filming_just_after_an_unnamed_lede_retells_its_clip() -> None:
    claims, citations = _article(
        "A PE teacher whose video of her class doing a conga line has been watched "
        "4 million times says she is 'mortified'.\n"
        "Nadia Brook, who teaches at Hillside Primary, filmed her Year 6 pupils on the last "
        "day of term.\n"
        "The children snake around the playground behind her.\n"
    )
    assert citations[1].same_clip_as == 0
    assert citations[0].inferred_creator == "Nadia Brook"


def test_a_named_person_filming_after_a_bodys_footage_is_a_new_clip() -> None:
    claims, citations = _article(
        "CCTV footage released by the council shows a swan walking into the town hall.\n"
        "Caretaker Bill Okoro filmed the moment he shooed it back out of the doors.\n"
    )
    assert citations[1].same_clip_as is None


def test_a_named_person_posting_another_clip_after_the_lede_is_a_new_clip() -> None:
    claims, citations = _article(
        "A baker whose video of a collapsing wedding cake went viral has made another.\n"
        "Jo Hale posted a second video on Sunday, of a cake that stands.\n"
    )
    assert citations[1].same_clip_as is None


def test_a_quote_told_in_the_past_is_the_storys_not_the_clips() -> None:
    claims, citations = _article(
        "A student filmed her grandad meeting the self-checkout for the first time.\n"
        "“Where does the money go?” he asks the machine.\n"
        "“He still asks me that every Sunday,” Ms Rai said.\n"
        "“It's a miracle,” she said in the video, laughing.\n"
    )
    members = thread(citations, 0)
    assert 1 in members and 2 not in members
    from archiver.articles.heard import SAID_AFTER

    assert SAID_AFTER.match(claims[2].text)
    assert not SAID_AFTER.match(claims[3].text)


def test_a_retelling_may_carry_an_age_and_an_account_in_apposition() -> None:
    claims, citations = _article(
        "A student has racked up 3 million views with a video of her nan at a car wash.\n"
        "Mia Kerr, 19, who posts as Mia and Nan (@miaandnan) to 52,000 followers, filmed "
        "her nan Rose at a car wash in Ayr.\n"
        "Rose winds the window down halfway through the rinse.\n"
    )
    assert citations[1].same_clip_as == 0
    assert set(thread(citations, 0)) == {0, 1, 2}


def test_its_video_is_the_bodys_clip_in_play() -> None:
    claims, citations = _article(
        "A toddler waved at every passing barge on the Kennet, filmed by his mum.\n"
        "The canal trust posted its own video of the boaters waving back on Instagram.\n"
        "Its video had 300,000 views by Friday.\n"
    )
    assert citations[2].same_clip_as == 1


def test_a_feast_owns_no_clip() -> None:
    assert creator_named("A baker is mortified after his April Fool's video fooled a town.") is None
    assert creator_named("Her Christmas Day video of the dog has 2m views.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Ferries responded the next day with a video on its own TikTok account.",
        "Pellow & Daughters later posted its own security-camera footage on X.",
        "Brightwell Buses has now shared its own CCTV from the top deck on Facebook.",
    ],
)
def test_a_name_that_acts_as_a_thing_is_a_body_and_no_creator(sentence: str) -> None:
    assert creator_named(sentence) is None


def test_its_after_a_person_does_not_make_them_a_body() -> None:
    assert creator_named("Tom Reed filmed a robot vacuum with a mind of its own.") == "Tom Reed"
    assert creator_named("Ada Moss posted a video of her dog and its ball on TikTok.") == (
        "Ada Moss"
    )


def test_what_became_of_the_clip_after_its_own_upload_keeps_the_lines_platform() -> None:
    claims, citations = _article(
        "A singer has left fans laughing after sharing the moment she fell into a cake.\n"
        "She posted the clip to her Instagram Story before it was ripped and reposted across "
        "TikTok.\n"
    )
    assert citations[0].inferred_platform == "instagram"


@pytest.mark.parametrize(
    ("sentence", "creator"),
    [
        ("A reaction video by local baker Anil Rao, who stitched the clip, has 90,000 views.",
         "Anil Rao"),
        ("A stitch of the video by the dance teacher Lucía Prieto has 40,000 likes.",
         "Lucía Prieto"),
        ("The search leads to a YouTube upload from March 2019 by storm chaser Ben Oduya.",
         "Ben Oduya"),
        ("Another neighbour, nurse Abena Mensah, went live on Facebook from her balcony.",
         "Abena Mensah"),
        ("A video posted on Facebook by the page Dunmore Coast News shows a seal on a bench.",
         "Dunmore Coast News"),
    ],
)  # fmt: skip
def test_the_maker_after_by_and_a_role_or_a_page(sentence: str, creator: str) -> None:
    assert creator_named(sentence) == creator


def test_the_filmer_said_to_be_someone_later_names_the_clip() -> None:
    claims, citations = _article(
        "09:34 — A second clip, taken from the towpath by a dog walker, shows the barge "
        "wedged under the bridge.\n"
        "09:40 — Crews are trying to float it free.\n"
        "10:05 — The dog walker is Hamid Qureshi, 58, who posted his footage on Facebook.\n"
    )
    assert citations[0].inferred_creator == "Hamid Qureshi"


@pytest.mark.parametrize(
    ("text", "is_account"),
    [
        ("Ravi Mehta, a 31-year-old welder, posts on TikTok as @ravibends and has 40,000 "
         "followers.", True),
        ("She posts on YouTube as Knit Wits, where her channel has 90,000 subscribers.", True),
        ("His channel now has more than 200,000 subscribers.", True),
        ("He posts on TikTok as @ravibends, and his video of the gate has 2m views.", False),
        ("She went live on Twitch as KnitWits and 4,000 people watched.", False),
        ("The video, posted by @ravibends, shows the gate swinging shut.", False),
    ],
)  # fmt: skip
def test_an_account_line_tells_of_an_account_and_no_clip(text: str, is_account: bool) -> None:
    from archiver.articles.cues import account_line

    assert account_line(text) is is_account


def test_an_account_line_cites_nothing_but_names_the_clips_after_it() -> None:
    claims, citations = _article(
        "The 63-year-old posts her allotment tours on TikTok as @marrowqueen.\n"
        "In the video that made her name, she weighs a marrow on bathroom scales.\n"
        "That clip has 3.4 million views.\n"
    )
    assert 0 not in citations
    assert citations[1].inferred_creator == "@marrowqueen"
    assert citations[1].inferred_platform == "tiktok"


def test_an_account_line_does_not_join_the_thread_before_it() -> None:
    claims, citations = _article(
        "A plasterer's video of his toaster setting off the smoke alarm has 2m views.\n"
        "The toaster fires a slice onto the worktop.\n"
        "Dev Patel, 44, posts on TikTok as Toaster Dev (@devtoasts) and has 23,000 followers.\n"
    )
    assert 2 not in thread(citations, 0)
    assert citations[0].inferred_creator in ("Dev Patel", "@devtoasts", "Toaster Dev")


def test_that_reply_refers_back() -> None:
    claims, citations = _article(
        "The bakery answered with a video of its own on TikTok, in which the owner bakes a "
        "new loaf.\n"
        "That reply has been viewed about 900,000 times.\n"
    )
    assert citations[1].same_clip_as == 0


def test_by_a_time_it_had_been_viewed_refers_back() -> None:
    claims, citations = _article(
        "His granddaughter posted a video of him skating on the frozen ditch on Sunday.\n"
        "By Wednesday it had been viewed more than 1.2 million times.\n"
    )
    assert citations[1].same_clip_as == 0


def test_a_body_reposting_the_clip_keeps_the_makers_name_beside_its_own_platform() -> None:
    claims, citations = _article(
        "Health Minister Ruth Okafor posted a two-minute video to Instagram on Sunday.\n"
        "The clip had been viewed 200,000 times by Monday.\n"
        "The Department of Health later uploaded the same video to its YouTube channel.\n"
    )
    assert citations[0].creator == "Ruth Okafor"  # the office of two words dropped
    assert citations[2].platform == "youtube"
    assert citations[2].inferred_creator == "Ruth Okafor"


def test_a_clip_he_posted_is_by_the_person_named_just_before() -> None:
    claims, citations = _article(
        "A gull snatched a tourist's action camera on the harbour wall on Tuesday.\n"
        "The owner, Belgian tourist Pieter de Smet, 41, found it a day later on a roof in "
        "Harbour Street.\n"
        "He posted the video to YouTube on Saturday, and it has 2 million views.\n"
    )
    cited = citations[2]
    assert (cited.creator or cited.inferred_creator) == "Pieter de Smet"


def test_a_place_named_just_before_is_no_maker() -> None:
    claims, citations = _article(
        "The court heard that the driver sped through Elmstead Road at 90mph.\n"
        "He went live on Instagram as he did so, and 3,000 people watched.\n"
    )
    assert citations[1].inferred_creator is None


def test_her_livestream_in_a_story_about_her_is_hers() -> None:
    claims, citations = _article(
        "Teacher Rosa Lim, 38, has taught at the hill school for twelve years.\n"
        "Her livestream of the flooded classroom has been watched 400,000 times.\n"
    )
    assert citations[1].inferred_creator == "Rosa Lim"


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old livestreamed himself riding on a train roof, a court heard.\n",
        "The rescue was recorded by bus driver Aled Price, who was parked at the stop.\n",
        "Bodycam footage from a constable, also played in court, shows the arrest.\n",
    ],
)
def test_making_oneself_the_clip_a_named_recorder_and_footage_past_an_aside_cite(
    text: str,
) -> None:
    _, citations = _article(text)
    assert 0 in citations


def test_a_film_scene_by_its_director_does_not_cite() -> None:
    _, citations = _article("The scene was filmed by director Ines Holm in the winter of 1969.\n")
    assert citations == {}


def test_a_named_person_closing_an_apposition_films_from_somewhere() -> None:
    _, citations = _article("Another resident, Ola Nwosu, filmed from her sixth-floor balcony.\n")
    assert 0 in citations


def test_flying_a_drone_over_something_makes_the_clip() -> None:
    sentence = "Dr Ada Berg, of the University of Tromsø, flew the drone over the ice on Monday."
    assert creator_named(sentence) == "Ada Berg"


def test_a_figure_is_no_part_of_a_channels_name() -> None:
    sentence = (
        "Jo Hale, who runs the YouTube channel Plate Crimes with 640,000 subscribers, "
        "posted the video."
    )
    assert creator_named(sentence) in ("Jo Hale", "Plate Crimes")


def test_a_bare_time_before_a_live_blog_entry_is_a_stamp() -> None:
    from archiver.articles.claims import without_time_stamp

    assert without_time_stamp("12:40 It is at half a million views.") == (
        "It is at half a million views."
    )
    assert without_time_stamp("2.30 million people watched.") == "2.30 million people watched."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The video has 80 lakh views and 4.5 lakh likes.", [("views", 8_000_000),
                                                              ("likes", 450_000)]),
        ("It crossed 1.2 crore views on YouTube.", [("views", 12_000_000)]),
    ],
)  # fmt: skip
def test_lakhs_and_crores(text: str, expected: list) -> None:
    from archiver.articles.metrics import metrics_stated

    assert [(m.kind, m.value) for m in metrics_stated(text)] == expected


def test_what_happens_in_the_clip_joins_its_thread() -> None:
    claims, citations = _article(
        "A student went live on TikTok from the front of the march.\n"
        "Police said the route had been agreed in advance.\n"
        "In her stream, officers in helmets close off both ends of the square.\n"
    )
    assert thread(citations, 0).get(2) == "description"


def test_her_latest_video_is_not_the_clip_in_play() -> None:
    claims, citations = _article(
        "A baker went viral with a video of a collapsing cake.\n"
        "In her latest video, she bakes one that stands.\n"
    )
    assert 1 in citations and citations[1].same_clip_as is None


def test_the_maker_in_a_relative_clause_after_an_apposition() -> None:
    sentence = (
        "The camera belongs to Dr Ola Berg, an ecologist with the moor trust, who posted the "
        "clip on Bluesky on Monday."
    )
    assert creator_named(sentence) == "Ola Berg"


def test_reposted_by_a_count_of_accounts_is_a_count_not_a_repost() -> None:
    from archiver.articles.context import another_upload

    assert not another_upload(
        "It has been watched 70,000 times and reposted by more than 1,200 accounts."
    )
    assert another_upload("A fan account reposted it on X on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Footage from Sky 4, the station's helicopter, shows the queue on the bypass.\n",
        "Footage from the police helicopter, also shown in court, follows the car.\n",
        "Dashcam footage sent in by a reader shows the lorry crossing the lines.\n",
        "The club's own highlights, on its YouTube channel, show the goal from behind.\n",
        "The moment was captured by commuter Ben Ashe, who was on the platform.\n",
        "A 30-year-old man who broadcast himself speeding through a village was jailed.\n",
        "Cellist Ana Reis duetted a toddler's nursery rhyme on TikTok.\n",
        "The comedian posted a duet in which he argues with the goat.\n",
        "The gendarmerie released images from the bodycam of an officer at the scene.\n",
    ],
)
def test_footage_and_replies_in_more_shapes_cite(text: str) -> None:
    _, citations = _article(text)
    assert 0 in citations


@pytest.mark.parametrize(
    "text",
    [
        "The match highlights included a rare own goal.\n",
        "She sang a duet with her brother at the wedding.\n",
    ],
)
def test_highlights_and_duets_that_are_no_clip_do_not_cite(text: str) -> None:
    _, citations = _article(text)
    assert citations == {}
