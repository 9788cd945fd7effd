"""Rules of the sixteenth pass: categories of misses over sets 20 to 43, each tried on
invented sentences that are none of theirs, with look-alikes each rule must not take."""

from __future__ import annotations

import pytest

from archiver.articles.person_names import full_name
from archiver.articles.stated import creator_named
from tests.support.threads import article as _article


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        # a one-word "name" that ends a longer run of capitals, or follows a date
        ("His tour of the old mill at Lower Brockhampton, posted on TikTok on Friday, has "
         "been watched 2m times.", None),
        ("On 14 March, a Dutch cyclist filmed the heron stealing his sandwich.", None),
        # a sentence's end is no part of a name
        ("09:12 Reader Tomasz Brzezinski sent us this clip of the flooded underpass in "
         "Kelvedon. He first shared it on Facebook.", "Tomasz Brzezinski"),
        # where someone lives, a nickname in straight quotes, a role ending in -ee
        ("The short, posted by Leeds-based Orla Fitzmaurice to her YouTube channel, shows "
         "the bridge.", "Orla Fitzmaurice"),
        ("Dutch streamer Joris 'Jojo' Vermeulen was live on Twitch when the lights failed.",
         "Joris Vermeulen"),
        ("Trainee Ameera Sulaiman has posted a TikTok of her first day on the ward.",
         "Ameera Sulaiman"),
        # the name posted under is whole, its first word though it looks like a role
        ("Li Wei, 41, who posts under the name Driver Old Li, filmed the queue at the depot.",
         "Driver Old Li"),
        # a place's country after a thing in apposition is no one; a person's name is
        ("A kite caught on a lamp post in Rotorua, New Zealand, drew 3 million views on "
         "TikTok.", None),
        ("A retired nurse in Rotorua, Hine Waititi, filmed the kite on her phone.",
         "Hine Waititi"),
    ],
)  # fmt: skip
def test_a_creator_is_a_name_whole_and_nothing_else(line, creator) -> None:
    assert creator_named(line) == creator


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        # look-alikes the rules keep: a one-word surname after a verb, a first name ending
        # in -ee, a two-word name after a place
        ("Then Okonjo posted a clip of the parade on Instagram.", "Okonjo"),
        ("Renee Dubois Marchand filmed the procession on her phone.", "Renee Dubois Marchand"),
        ("A student from Galway, Aoife Nic Dhonnchadha, filmed the swans.",
         "Aoife Nic Dhonnchadha"),
    ],
)  # fmt: skip
def test_names_that_stay_names(line, creator) -> None:
    assert creator_named(line) == creator


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        # a page, a fan or an uploader named by the name they use, in quotes or not
        ("The 30-second clip was posted on Tuesday by a page called Valley Weather Eye.",
         "Valley Weather Eye"),
        ("It was first posted on Kuaishou by a fan using the name 'Little Plum Blossom'.",
         "Little Plum Blossom"),
        ("On YouTube, the uploader 'Retro Cuts Daily' set the footage to an old theme tune.",
         "Retro Cuts Daily"),
        ("He posts as 'Captain Crumb' on TikTok.", "Captain Crumb"),
        # shot by, a person sharing the clip on a platform, a surname that has posted
        ("The footage was shot by Idris Makinde from a fourth-floor window.", "Idris Makinde"),
        ("Okafor shared the clip on Facebook that evening.", "Okafor"),
        ("52 min: Brannigan has posted on Instagram from the tunnel, a short video of the "
         "squad singing.", "Brannigan"),
        ("Achebe posted a follow-up on Monday, showing the repaired gate.", "Achebe"),
        # a clip named as someone's, and a clip made from someone else's
        ("More than 80,000 people are now watching Moreau's stream.", "Moreau"),
        ("Imani himself stitched the clip, cutting to his own kitchen.", "Imani"),
        ("14:02 A TikTok stitching Dara's video with footage of the 2019 storm has gone "
         "viral too, posted by @harbourhistory.", "@harbourhistory"),
    ],
)  # fmt: skip
def test_the_poster_named_in_more_of_the_ways_copy_names_them(line, creator) -> None:
    assert creator_named(line) == creator


@pytest.mark.parametrize(
    "line",
    [
        # a body passing the clip on, a participle, a place, a crowd
        "Police shared the clip on Facebook to appeal for witnesses.",
        "Footage has been posted on X showing the flooded road.",
        "A fan in the East Stand filmed the goal.",
        "Witnesses shared the video on WhatsApp.",
    ],
)
def test_no_poster_where_none_is_named(line) -> None:
    assert creator_named(line) is None


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        # a body named by a noun of its kind, or as doing something "of its own"
        ("Marlow Hospice thanked her in a video of its own on Facebook.", None),
        ("Ridgeway Riding Stables posted the clip on Instagram.", None),
        ("The store's operator, Kanto Mart, released the footage on X.", None),
        ("Bystanders watch in a frame from Dunmore Fire Department's video", None),
        # a body's named channel, or the body beside it, stays the creator, as the labels
        # credit it
        ("The dive was streamed on DeepView Live, the Selkie Ocean Institute's YouTube "
         "channel.", "Selkie Ocean Institute"),
    ],
)  # fmt: skip
def test_a_body_putting_out_its_own_footage_is_no_person(line, creator) -> None:
    assert creator_named(line) == creator


@pytest.mark.parametrize(
    "body_line",
    [
        "The force also released footage from its own helicopter showing the arrest.",
        "The township's media centre then posted a video on its Kuaishou account.",
        "Brackley Police posted dashcam footage to Facebook on Monday.",
        "The palace has posted a short video on Instagram of the couple leaving.",
        # a brand's account or a campaign answering in kind
        "The brand's own TikTok account posted a response video on Monday.",
        "Her campaign responded with a Snapchat story on Tuesday.",
    ],
)
def test_a_bodys_own_footage_takes_no_creator_from_the_article(body_line) -> None:
    # (an article about one creator, whom a clip of no one new is taken to be by)
    _, citations = _article(
        "Baker Ilse Marchetti filmed her shop's flooded cellar and posted it on TikTok.\n"
        "Ilse Marchetti said the water rose within minutes.\n"
        "Neighbours helped Ilse Marchetti pump it out.\n"
        f"{body_line}\n"
    )
    body = citations[max(citations)]
    assert body.creator is None and body.inferred_creator is None


def test_a_persons_clip_still_takes_the_creator_named_before() -> None:
    _, citations = _article(
        "Baker Ilse Marchetti filmed her shop's flooded cellar and posted it on TikTok.\n"
        "Marchetti said the water rose within minutes.\n"
        "Her most-shared video shows the cellar stairs under water.\n"
    )
    assert citations[max(citations)].inferred_creator == "Ilse Marchetti"


@pytest.mark.parametrize(
    "later_line",
    [
        "He posted the video to YouTube on Sunday, and it has 2 million views.",
        "His video, posted on TikTok, has been viewed 2.3m times.",
    ],
)
def test_a_later_line_of_the_thread_gives_its_maker_as_he_or_his(later_line) -> None:
    _, citations = _article(
        "A fox stole a golfer's phone from a bunker and ran off with it filming.\n"
        "The owner, Danish tourist Mikkel Sørensen, 41, found it under a hedge.\n"
        f"{later_line}\n"
    )
    assert {c.inferred_creator or c.creator for c in citations.values()} == {"Mikkel Sørensen"}


def test_his_campaign_saying_something_of_the_clip_names_no_maker() -> None:
    _, citations = _article(
        "A clip from a rally, in which Senator Hal Brody appears to fall asleep, has spread "
        "on TikTok.\n"
        "His campaign said the clip had been cut to remove the moment he woke.\n"
    )
    assert all(c.creator is None and c.inferred_creator is None for c in citations.values())


def test_a_creator_named_with_an_honorific_is_given_as_the_article_names_them_in_full() -> None:
    _, citations = _article(
        "Tributes have been paid to Morwenna Treloar, the Cornish baker whose videos drew "
        "millions.\n"
        "Ms Treloar, who posted as @crustymorwenna, had 800,000 followers on TikTok.\n"
        "Her most-watched video shows her dropping a wedding cake and laughing.\n"
    )
    assert citations[max(citations)].inferred_creator == "Morwenna Treloar"


@pytest.mark.parametrize(
    ("name", "texts", "full"),
    [
        ("Ms Treloar", ["Dr Treloar said so.", "Morwenna Treloar, 44, said."], "Morwenna Treloar"),
        ("Mr Okoye", ["Mr Okoye filmed it."], "Okoye"),  # no full name given: the surname
        ("Dr Hale", ["Dr Hale filmed it.", "Prof Hale agreed."], "Hale"),  # titles are no names
        ("Tom Hale", ["Dr Tom Hale filmed it."], "Tom Hale"),  # no honorific: as it was
    ],
)
def test_full_name(name, texts, full) -> None:
    assert full_name(name, texts) == full


@pytest.mark.parametrize(
    ("line", "platform"),
    [
        ("Florist Anouk Brands (@anoukbloemt) posted a reel of tulips opening.", "instagram"),
        ("His best-performing Short, a recipe for one-pan rice, has 3 million views.", "youtube"),
        # a platform named wins; a short clip is no Short; a stitch stays a TikTok
        ("Florist Anouk Brands posted a Facebook reel of tulips opening.", "facebook"),
        ("Florist Anouk Brands posted a short clip of tulips opening.", None),
        ("Florist Anouk Brands stitched a reel of tulips opening.", "tiktok"),
    ],
)
def test_a_reel_is_instagrams_and_a_short_youtubes_where_nothing_else_says(line, platform) -> None:
    _, citations = _article(f"{line}\n")
    only = citations[min(citations)]
    assert (only.platform or only.inferred_platform) == platform


@pytest.mark.parametrize(
    "maker_line",
    [
        "The clip was filmed by his niece, Sofia Brandão, 22, and posted to the shop's "
        "Instagram account.",
        "The video was shot by bandmate Theo Ruel and sent to a group chat.",
    ],
)
def test_the_clip_told_by_who_made_it_is_the_clip_in_play_and_credits_its_maker(
    maker_line,
) -> None:
    _, citations = _article(
        "A video of a baker juggling eggs has gone viral on Instagram.\n"
        "In the 20-second reel, Mr Lobo catches all five and bows.\n"
        f"{maker_line}\n"
    )
    assert citations[max(citations)].same_clip_as is not None
    first = citations[min(citations)]
    assert (first.creator or first.inferred_creator) in {"Sofia Brandão", "Theo Ruel"}


def test_a_second_clip_told_by_its_maker_is_another() -> None:
    _, citations = _article(
        "A video of a baker juggling eggs has gone viral on Instagram.\n"
        "A second video was filmed by a customer, Ana Reis, from the queue.\n"
    )
    assert citations[max(citations)].same_clip_as is None


@pytest.mark.parametrize(
    "fact",
    [
        "Capybaras are the largest rodents in the world and can weigh up to 80 kg.",
        "Storms this strong hit the coast a handful of times a year.",
        "Brands are increasingly paying creators on commission.",
    ],
)
def test_a_fact_of_a_kind_of_thing_is_the_storys_not_the_clips(fact) -> None:
    lines, citations = _article(
        "A video shared on TikTok shows a capybara riding a bus in Curitiba.\n"
        "The animal sits calmly on a seat by the window.\n"
        f"{fact}\n"
    )
    members = {m.position for c in citations.values() for m in c.members}
    assert 1 in members and 2 not in members


@pytest.mark.parametrize(
    "still",
    [
        "Halvorsen reaches the summit cairn in a still from her video.",
        "Snow swirls around Ingrid Halvorsen in a frame from her reel.",
        "Halvorsen waves at the summit, in a still from Halvorsen's TikTok.",
    ],
)
def test_a_still_printed_as_a_sentence_joins_the_clip_it_is_from(still) -> None:
    _, citations = _article(
        "Climber Ingrid Halvorsen filmed her solo ascent of Store Skagastølstind and "
        "posted it on TikTok.\n"
        "A second video, filmed by her guide Erik Moe, shows the descent.\n"
        "Moe posted his clip on Instagram.\n"
        "Mountain rescue teams said the weather had been kind.\n"
        f"{still}\n"
    )
    assert {m.position for m in citations[0].members} >= {4}


def test_a_still_of_a_photograph_names_no_clip() -> None:
    _, citations = _article(
        "Climber Ingrid Halvorsen filmed her solo ascent and posted it on TikTok.\n"
        "Mountain rescue teams said the weather had been kind.\n"
        "Halvorsen at the summit in a photograph taken by her guide.\n"
    )
    assert {m.position for m in citations[0].members} == {0}


@pytest.mark.parametrize(
    "copy_line",
    [
        "A 30-second clip of the moment, cut by a viewer and posted to X by @clipfarm, has "
        "2.1m views.",
        "A clip of her reaction has been cut and posted to TikTok by the fan account @glowclips.",
        "She cross-posted the same video as an Instagram reel.",
    ],
)
def test_a_part_cut_by_a_viewer_or_the_clip_cross_posted_is_the_stream_in_play(copy_line) -> None:
    _, citations = _article(
        "Streamer Lotte Brink was live on Twitch when her desk collapsed.\n"
        "The monitor slides slowly to the floor.\n"
        f"{copy_line}\n"
    )
    assert {m.position for m in citations[0].members} >= {2}
    assert citations[0].platform == "twitch"


def test_a_clip_of_the_moment_filmed_by_someone_else_is_another_angle() -> None:
    _, citations = _article(
        "Streamer Lotte Brink was live on Twitch when her desk collapsed.\n"
        "The monitor slides slowly to the floor.\n"
        "A clip of the moment, filmed by her flatmate from the doorway, was posted on "
        "Instagram.\n"
    )
    assert 2 not in {m.position for m in citations[0].members}


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        ("Filmed by Aroha Ngata from the ferry deck, it shows the whale breaching twice.",
         "Aroha Ngata"),
        ("On Friday Okoro, who has 2 million followers on TikTok, posted an apology video.",
         "Okoro"),
        ("In the video, uploaded in May to his channel Midnight Wheels, he drifts a bus.",
         "Midnight Wheels"),
        ("The meeting, posted to that channel, Hexham Council Live, has 900 views.",
         "Hexham Council Live"),
    ],
)  # fmt: skip
def test_a_capitalised_filmed_by_a_dated_subject_and_a_channel_named_bare(line, creator) -> None:
    assert creator_named(line) == creator


def test_an_answer_counting_it_after_a_clause_refers_back() -> None:
    _, citations = _article(
        "It is a 40-second TikTok posted on Monday by the baker Lena Fogarty.\n"
        "How many people have seen it?\n"
        "More than 3.2 million, and it has 410,000 likes.\n"
    )
    assert citations[2].same_clip_as == 0


def test_her_video_after_a_clause_about_another_filmer_is_not_the_clip_in_play() -> None:
    _, citations = _article(
        "Striker Ola Berg's overhead kick was streamed live on Twitch by the club.\n"
        "A fan in the away end filmed it too, and her video on TikTok has 2 million views.\n"
    )
    assert citations[1].same_clip_as is None


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        ("YouTuber GadgetGlen posted a 12-minute vlog of the hotel.", "GadgetGlen"),
        ("Streamer Pixelmoth went live on Twitch at midnight.", "Pixelmoth"),
    ],
)
def test_a_one_word_name_after_a_role_is_kept(line, creator) -> None:
    assert creator_named(line) == creator


@pytest.mark.parametrize(
    "general",
    [
        "Similar videos claiming to show plastic rice have circulated for more than a decade.",
        "Couriers have long posted videos about their pay.",
        "Videos promoting onion socks have circulated on several platforms since at least 2021.",
    ],
)
def test_videos_in_general_over_years_cite_nothing(general) -> None:
    _, citations = _article(f"{general}\n")
    assert citations == {}


def test_one_clip_dated_to_a_year_still_cites() -> None:
    _, citations = _article("The video, which has circulated since 2019, has 2 million views.\n")
    assert list(citations) == [0]


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        ("A week later Captain Aydın replied with a video of his own from the bridge.", "Aydın"),
        ("Reform Alliance MP Tessa Marchbank responded with a video of her own on X.",
         "Tessa Marchbank"),
        ("District Magistrate Priya Raman shared the video on X.", "Priya Raman"),
        # an occupation after a place is no name: the person, not the place (set 32's
        # label), since "Guide" is a role word
        ("A TikTok video by Skerra wildlife guide Ruaridh Bain has 310,000 views.",
         "Ruaridh Bain"),
        # a name that only looks like a title keeps its first word
        ("Porter Robinson posted a video on Instagram.", "Porter Robinson"),
    ],
)  # fmt: skip
def test_an_office_or_rank_before_a_name_is_dropped(line, creator) -> None:
    assert creator_named(line) == creator


def test_the_filmer_named_by_age_comes_before_whoever_shared_the_clip() -> None:
    line = (
        "A video shared by the Met Office shows the pier in the storm, filmed by 15-year-old "
        "Cerys Abbott from her bedroom window."
    )
    assert creator_named(line) == "Cerys Abbott"


@pytest.mark.parametrize(
    "line",
    [
        "The deal follows a 52-second review Amadi posted in March, tasting the new crisps.",
        "The council's campaign released a 45-second attack ad on X on Tuesday.",
        "On TikTok, a student, Priya Lall, posted a parody of the ad set in a bus queue.",
        "Her most lucrative Snap of the year shows a goose guarding a car park.",
        "Commentator Jo Rourke, known as Rourke Reacts, posted a Short on Friday.",
        "A passenger's phone recorded what happened next.",
        "On Kuaishou, courier Li Pei streamed live for two hours from the flooded bridge.",
        "His campaign had it clipped and up on X within five minutes.",
        "One stood out: 38 seconds filmed from a balcony by student Ana Ruiz, 20.",
        "An attack ad released on Monday by Voters for Clean Rivers used a cloned voice.",
        "The 30-second attack ad ran on YouTube and local television.",
    ],
)
def test_a_clip_named_by_its_kind_cites(line) -> None:
    _, citations = _article(f"{line}\n")
    assert list(citations) == [0]


@pytest.mark.parametrize(
    "line",
    [
        "The minister ordered a review of the policy last week.",
        "The brand's ad campaign cost £2 million.",
        "She went for a short walk before the match.",
        "The council released a statement on Facebook on Monday.",
        "The bank published a review of its fees on Tuesday.",
        "The phone rang twice before anyone answered.",
        "His phone showed 14 missed calls from his mother.",
        "The ad campaign was run by a London agency.",
        "The mayor gave a 30-minute speech at the dinner.",
        "She read a two-minute statement outside court.",
        # found by a reviewer trying the pass's rules as an attacker would
        "Critics said the two-minute ad break was too long for viewers.",
        "The council meeting minutes recorded no objection to the plan.",
        "The officer's split-second response saved the boy's life, the inquest heard.",
        "The panel ordered a last-minute review of the evidence.",
        "The minister gave a two-minute reply to the question.",
        "The firm released a 30-second spot on ITV during the final.",
        "A parking spot shared by two neighbours has become the subject of a court case.",
        "An ad run by the council in the Gazette urged residents to recycle.",
        "The regulator released a review of Meta's moderation, saying Facebook failed users.",
        "Veterans gathered beside a Short Sunderland flying boat at the museum.",
        "He bought a Snap-on wrench set and a Short Brothers model plane.",
    ],
)
def test_the_same_words_for_something_else_cite_nothing(line) -> None:
    _, citations = _article(f"{line}\n")
    assert citations == {}


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        ("It shows a natural phenomenon known as a fallstreak hole.", None),
        ("The user, who goes by Harbour Old Wu, posted the clip at 3am.", "Harbour Old Wu"),
        ("The brand paid the Bilibili uploader 'Miss Li Reviews Everything' for a video.",
         "Miss Li Reviews Everything"),
        ("Compare Ffion Bevan, a councillor in Rhoslan, whose 90-second Instagram reel has "
         "200,000 views.", "Ffion Bevan"),
        ("A TikTok by Delmont student Rosa Alvarez, filmed off her TV, shows the moment.",
         "Rosa Alvarez"),
        ("On Kuaishou, courier Li Pei streamed live for two hours from the bridge.", "Li Pei"),
    ],
)  # fmt: skip
def test_names_posted_under_quoted_or_in_a_column(line, creator) -> None:
    assert creator_named(line) == creator


def test_a_snap_is_snapchats_whatever_the_copy_on_youtube() -> None:
    _, citations = _article(
        "That account, @conecam, belongs to Rhys Obi, a student in Leeds.\n"
        "His most lucrative Snap of the quarter shows a single traffic cone.\n"
        "It earned him about $40,000 and 30 million views.\n"
        "The same clip, reposted to YouTube Shorts by Obi himself, has 2 million more.\n"
    )
    assert citations[1].inferred_platform == "snapchat"


@pytest.mark.parametrize(
    ("line", "creator"),
    [
        ("The deal follows a 40-second review Okafor posted in March.", "Okafor"),
        ("Brennan's best-known Spotlight has 33 million views.", "Brennan"),
        ("A recording was copied to Weibo by the user @山城小李.", "@山城小李"),
        ("Write to info@example.com with your clips.", None),
    ],
)
def test_a_reduced_relative_a_spotlight_owner_and_handles_in_any_script(line, creator) -> None:
    assert creator_named(line) == creator


def test_a_fishing_reel_names_no_platform() -> None:
    _, citations = _article(
        "A clip shows the seal stealing a mackerel from an angler.\n"
        "The angler said the seal nearly took his reel.\n"
    )
    assert all(c.inferred_platform is None for c in citations.values())


def test_going_by_someones_figures_names_no_poster() -> None:
    line = "Going by Google's figures, the video has been watched 2m times on YouTube."
    assert creator_named(line) is None


def test_a_huge_run_of_hyphenated_capitals_is_read_in_bounded_time() -> None:
    # (a name pattern over such a run grows with the square of its length; only the first
    # CREATOR_READS characters of a sentence are read for its maker)
    from archiver.articles.stated import CREATOR_READS

    line = "Snow in a still from " + "Ab-" * 20000 + "'s video."
    assert creator_named(line) is None
    assert creator_named("Filmed by Aroha Ngata" + " ." * CREATOR_READS) == "Aroha Ngata"
