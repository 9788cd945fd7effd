"""Who published a clip, read as the agent of the act: one rule for the many phrasings.

    AGENT_PATTERNS      regexes whose group "name" is the one who posted, filmed or
                        streamed the clip, for archiver.articles.stated.creator_named
    ROLE_WORDS          role words, offices and occupations capitalised before a name
    role_word(word)     one of those, or a word shaped like one ("Glaciologist")
    SENTENCE_ADVERBS    words that open a sentence and belong to no name ("Then")
    NAME_PARTICLE       a particle inside a name ("van", "de", "Le")
    KIN                 a word for family ("daughter", "cousin")
    NOT_AFTER_PREPOSITION   a lookbehind: no name right after "in", "on", "at", ...
    OWN_DEVICE_CAUGHT   someone's own camera catching a moment ("her doorbell camera caught")
    subject_in_own_clip(text)  the subject doing something "in an Instagram story" of
                        their own ("Soap actress Marisol Quint ... in an Instagram story")

News copy names a clip's maker as the subject of the act of making or publishing it,
and dresses the subject up in many ways: a role before the name ("Keeper Thandiwe
Mokoena filmed ...", "Former Rovers goalkeeper Declan Furlong posted ..."), a
description before it in apposition ("His Green rival, Ines Pürstl, replied ..."), or
one after it ("Tamsin, 27, posted ...", "Tidewater Films, the Bristol company that made
the series, had uploaded ...", "Chloe Ambrose, who has 620,000 followers, had posted
..."). Rather than a pattern per phrasing, the subject is read by its structure: a run
of capitalised words just before the verb (a role word capitalised at the start of the
sentence is dropped afterwards), then an optional apposition between commas that opens
with a determiner, a relative or an age, then helper verbs, then the verb.

The verb is either an act of publishing or filming (the clip need not be named:
"filmed Bartholomew, a two-year-old tapir, ..." cites by filming), or any verb whose
clause brings the clip in with "with" or "in" ("replied the next day with a TikTok",
"has reignited her feud ... in a catty Instagram reel"). In the second form an
organisation is no maker ("Kilbarry Rovers unveiled their new shirt with an Instagram
video": "their", "its" in the clause mark a body of people, whose account published
it, and the labelled sets name no creator for a club or a police force).
"""

from __future__ import annotations

import re

from archiver.articles.letters import CAPITAL, MARKS
from archiver.platforms import NAMED_PLATFORM

# A word for someone's family: "Liam's cousin", "as daughter Poppy sang"
KIN = (
    r"(?:daughter|son|wife|husband|mum|mother|dad|father|brother|sister|grandson|"
    r"granddaughter|gran|grandma|grandad|nephew|niece|cousin|partner|fiancée?|girlfriend|"
    r"boyfriend)"
)

_NAME_WORD = rf"[{CAPITAL}][\w{MARKS}’'.-]*"
# a particle inside a name: "Tom van Dijk", "Yannick Le Goff"
NAME_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|van|von|der|den|la|le|du|al|bin|ibn)\s+"
# Not a place ("A cyclist in Amsterdam filmed", "One user on X posted"), and one word
# only where no sentence opens ("Footage posted on Facebook", "Tourists have flocked":
# the first word of a sentence is capitalised whatever it is)
NOT_AFTER_PREPOSITION = "".join(
    # ("A fan in the North Stand filmed": "the" before a capital is a place or a body)
    f"(?<!\\b{word} )"
    for word in "in on at from of near by to for with into via across the".split()
)
_OPENS = r"(?<!^)(?<![.:;—–-] )(?<![.:;—–-])"
# A character of a phrase set apart by commas, where a number's thousands comma is not the
# one that closes it: "Marisol Abernathy-Kwan, who has 870,000 followers, remixed ..."
NOT_A_COMMA = r"(?:[^,]|(?<=\d),(?=\d{3}\b))"
_SUBJECT = (
    rf"(?<![\w’'-]){NOT_AFTER_PREPOSITION}(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{1,3}}|"
    rf"{_OPENS}{_NAME_WORD}|"
    # one word opening the sentence before "has" or "had": "Harlow has posted on
    # Instagram" ("Footage has been posted" has no act of publishing after "has")
    rf"^{_NAME_WORD}(?=\s+(?:has|had)\s)|"
    # one word opening the sentence, where an apposition shows it is a name: "Thibodeau,
    # who had a camera clipped to his hat, posted", "Okafor, 58, filmed"
    # ("Leanne, from Merthyr Cwm, shared the footage": not "Cwm")
    rf"^{_NAME_WORD}(?=,\s+(?:who|whose|\d{{1,3}},|(?:from|of)\s+[A-Z])))"
)
# ", 27,", ", the Bristol company that made the series,", ", who has 620,000 followers
# on Instagram as @chloewandersfar," (a comma inside a figure does not close it)
# ", from Sleaford," too: a place in apposition ("Gwen Abbott, from Sleaford, filmed")
# Two or three may follow each other (", 23, who dropped off the parcel,"), and a place
# may name its county too (", from Hartsworth, Leicestershire,": not "Leicestershire
# posted"); the comma closing the last is read by _HELPER
_APPOSITION = (
    r"(?:,\s+(?:\d{1,3}|(?:a|an|the|who|whose|which|his|her|their|its|now|then|still|"
    r"herself|himself)\b)(?:[^,;.]|,(?=\d{3})|\.(?=\d)){1,110}|"
    r",\s+(?:from|of|in)\s+(?:the\s+)?[A-Z][^,;.]{1,40}(?:,\s+[A-Z][\w’'-]+(?=,))?|"
    # (or with no commas: "Sixteen-year-old Callum Bright-Osei from Hexley posted")
    r"\s+from\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?=,?\s+(?:has\s+|had\s+)?[a-z]+ed\b)){0,3}"
)
# ("has already replied", "has since posted": adverbs that do not end in -ly)
_HELPER = (
    # ("Dunne himself posted a reaction video")
    r",?\s+(?:(?:himself|herself|themselves)\s+)?(?:(?:has|have|had)\s+)?(?:(?:just|also|now|"
    r"then|later|since|already|still|first|even|\w+ly)\s+)?"
    # ("Shauna Pryce last week posted a video")
    r"(?:(?:last|this)\s+(?:week|month|year|night|weekend|morning|summer|spring|autumn|winter)\s+|"
    r"yesterday\s+)?"
    # ("whipped out her phone and filmed the whole row")
    r"(?:(?:grabbed|whipped\s+out|pulled\s+out|took\s+out|got\s+out)\s+(?:his|her|their)\s+"
    r"(?:phone|camera|mobile)\s+and\s+)?"
)
# (screen-recording a story and documenting a night in stories are filming too)
_PUBLISHING = (
    r"(?:posted|shared|uploaded|published|filmed|recorded|streamed|live-?streamed|"
    r"broadcast|re-?posted|tweeted|stitched|duetted|screen-?recorded|documented|captured|"
    # (flying a drone over something films it; a reader sends one in; "made a duet with
    # the video", not "made headlines after a video")
    r"caught|flew|piloted|sent\s+(?:us|in)|"
    # (one's own to delete: "Helena Stavrou has deleted a video from her TikTok account")
    r"deleted|removed|took\s+down|"
    # (setting or laying it on a page, as translations put posting: "set the video on her
    # Facebook page", "put it on the face of his TikTok page"; not "set the video aside")
    rf"(?:set|put|placed|laid\s+out|hung)(?=\s+(?:it|the\s+(?:[\w-]+\s+)?(?:video|clip|"
    rf"recording|footage|film))\s+(?:on|onto|up\s+on)\s+[^.;,]{{0,30}}?\b(?:{NAMED_PLATFORM}))|"
    r"made(?=\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:duet|stitch|remix|video|clip|reel)\b))"
)
_NAMED = rf"(?-i:{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{1,3}})"  # two words or more
# Someone's own camera catching a moment: "her doorbell camera caught", "his phone filmed"
OWN_DEVICE_CAUGHT = (
    r"(?:his|her|their)\s+(?:doorbell\s+|security\s+|dash\s*)?(?:camera|cam|doorbell|phone)\s+"
    r"(?:had\s+)?(?:caught|captured|recorded|filmed)\b"
)
# What a clip is caught on: "caught the men escaping on his doorbell camera"
_DEVICE = r"(?i:phone|mobile|camera|dashcam|doorbell|drone|GoPro)"
# (plural too: "documented the night in a string of Snapchat stories")
_CLIP = (
    r"(?i:videos?|clips?|tiktoks?|reels?|livestreams?|live-?streams?|streams?|vlogs?|short|"
    r"footage|recordings?|story|stories|posts?|duets?|stitch(?:es)?)"
)
AGENT_PATTERNS = (
    # the clip's making told of it ("The recording was made by Anna Kovacs"), or its maker
    # named with it ("His dad, Tunde Okafor, who filmed it at the kitchen table, says")
    re.compile(rf"\b(?i:recording|video|clip|film|footage)\s+was\s+made\s+by\s+(?P<name>{_NAMED})"),
    # or who made it, named last: "The one who recorded the video and posted it on his
    # Facebook page is the grade 12 student Dawit Mekonnen", "The person who filmed it was
    # shop worker Jade Allen-Price"
    re.compile(
        r"^(?:[^,]{0,30},\s+)?(?i:the)\s+(?:one|person|man|woman|boy|girl|teenager|passenger|"
        r"resident|neighbour|fan|user|viewer|customer|student)\s+who\s+(?:first\s+)?(?:filmed|recorded|"
        r"shot|posted|uploaded|shared|captured)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:video|clip|footage|"
        r"recording|scene|moment))\b[^.;]{0,80}?\s+(?:is|was)\s+(?:(?:the|a|an|his|her|their)\s+)?"
        # (a noun phrase between, not a clause: "standing by the tills when Mr Allen ...")
        r"(?:(?!(?:when|while|as|after|before|because|until|since|if|and|but|or|by|to|with|"
        rf"from|at|in|on)\b)[\w-]+,?\s+){{0,6}}?(?P<name>{_NAMED})"
    ),
    re.compile(
        # (not a place: "a fan from Tessport, who posted it")
        rf"{NOT_AFTER_PREPOSITION}(?P<name>{_NAMED}),\s+who\s+"
        r"(?:filmed|recorded|shot|posted|uploaded)\s+(?:it|the\s+(?:video|clip|footage|recording))\b"
    ),
    # the maker last in the clause, as a close translation from a verb-final language keeps
    # it, named with an age: "This video the son of Mavluda Rahimova, Firdavs Rahimov
    # (22-year), with his mobile telephone has recorded", "This video their grandson
    # (potro) Zulfiqar Ali Khaskheli, of 22 years, ... with his mobile made"
    re.compile(
        r"^(?:This|The)\s+(?:video|recording|film|clip|footage)\s+(?:the|their|his|her|its)\s+"
        rf"[^.;]{{0,80}}?(?<![\w’'-])(?P<name>{_NAMED})\s*(?:\(\d{{1,3}}[^()]{{0,12}}\)|,\s+(?:of\s+)?"
        r"\d{1,3}(?:\s+years?)?,)[^.;]{0,160}?\b(?:has\s+|had\s+)?(?:recorded|filmed|made|shot)\b"
    ),
    # a reader who sent the clip in, named as newsletters do, by a given name and a place:
    # "Reader Gwen in Ashcombe sent me a phone video of ..."
    re.compile(
        r"\b[Rr]eader\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:,\s+\d{1,3},)?(?:\s+(?:in|"
        r"from|of)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?,?\s+(?:has\s+)?(?:sent|emailed|"
        r"forwarded)\s+(?:me|us|in)\b"
    ),
    # the act of publishing or filming, with the clip or its platform after it, or the
    # camera's subject ("filmed Bartholomew, a two-year-old tapir,")
    re.compile(
        # (or in a relative clause after it: "Dr Siobhan Achterberg, an ecologist with the
        # trust, who posted the 22-second clip on Bluesky")
        _SUBJECT + _APPOSITION + r"(?:,?\s+who)?" + _HELPER + rf"{_PUBLISHING}\b(?:"
        # ("posted it on the parish Facebook page")
        rf"[^.;]{{0,80}}?\b(?:{_CLIP}\b|{_DEVICE}\b|(?:on|to|onto)\s+(?:its\s+|his\s+|"
        rf"her\s+|the\s+[a-z]+\s+)?(?:{NAMED_PLATFORM}))|(?<=filmed)\s+[A-Z]|"
        # (what was told: "Churchwarden Gary Fennimore-Lloyd filmed it from the graveyard")
        r"(?<=filmed)\s+it\b|"
        # anything a named person filmed: "Bus driver Heike Brandt filmed the animal"
        r"(?<=filmed)\s+(?:the|a|an|his|her|their)\s+[a-zA-Z0-9]|"
        # or what the camera caught happening: "filmed hail hammering her roof", "filmed
        # the moment"
        # (not "a TikTok filmed by a golfer hiding in a buggy": the clip, not its maker)
        r"(?<=filmed)\s+(?!(?:by|from|on|in|at|for|during|with)\b)"
        r"(?:(?:the|a|an|his|her|their)\s+)?(?:[\w’'-]+\s+){0,4}?[a-z]+ing\b|"
        r"(?<=filmed)\s+the\s+moment\b|"
        # the filmer in the picture, or filming as something happened: "filmed himself
        # in the byre", "filmed as the old man tried to persuade it"
        r"(?<=filmed)\s+(?:himself|herself|themselves|as|while|when)\b|"
        # streaming as it happened: "Tan Weiming streamed live for more than an hour"
        r"(?<=streamed)\s+live\b)"
    ),
    # streaming or filming as it happens: "Club runner Amara Nwosu is streaming her whole
    # race on Twitch"
    # (or in a relative clause: "Astronomer Lucia Brandt, who was streaming a telescope
    # view of Saturn on YouTube at the time, caught the flash")
    re.compile(
        _SUBJECT + _APPOSITION + r",?\s+(?:who\s+)?(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
        r"(?:streaming|live-?streaming|filming|vlogging|broadcasting)\b[^.;]{0,60}?\b(?:on|to)\s+"
        rf"(?:{NAMED_PLATFORM}|(?:his|her|their|a)\s+(?:own\s+)?{_DEVICE})"
    ),
    # live on a platform: "Storm chaser Aled Brannigan was already there and live on
    # YouTube", "The streamer lenavroom was live on Twitch when ..."
    re.compile(
        _SUBJECT + _APPOSITION + r",?\s+(?:is|was|has\s+been|had\s+been)\s+"
        rf"(?:[\w’'-]+\s+){{0,4}}?live\s+(?:on|to)\s+(?:{NAMED_PLATFORM})"
    ),
    # whose camera caught it while they did something else: "Tenant Kerry-Ann Mbatha, 29,
    # was fast asleep inside when her doorbell camera caught the whole thing"
    re.compile(
        _SUBJECT
        + _APPOSITION
        + r",?\s+(?:was|were|had\s+been)\s+[^.;]{0,60}?\b(?:when|as|while)\s+"
        + OWN_DEVICE_CAUGHT
    ),
    # a camera set up: "Retired forester Gerd Wülfing set up a wildlife camera in his front
    # garden, and on the third night it recorded the culprit"
    re.compile(
        _SUBJECT + _APPOSITION + _HELPER + r"(?:set\s+up|installed|mounted|fitted|put\s+up|"
        r"strapped)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:camera|trail[\s-]?cam|"
        r"webcam|dashcam|doorbell\s+camera|GoPro)\b"
    ),
    # any act whose clause brings the clip in: "replied the next day with a TikTok"
    re.compile(
        _SUBJECT + _APPOSITION + _HELPER + r"(?:[a-z]+ed|given|shown|taken|took|made|hit back)\s+"
        r"(?:(?!their\b|its\b)[\w’'-]+\s+){0,10}?(?:with|in)\s+(?:a|an|her|his)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_CLIP}\b"
    ),
    # a person's staff posting on the person's own account: "Thorncastle's office then
    # posted a video on his X account" is his clip (a body's staff post on "its")
    re.compile(
        rf"(?<![\w’']){NOT_AFTER_PREPOSITION}(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
        r"[’']s\s+(?:press\s+|campaign\s+|social\s+media\s+)?(?:office|team|staff|aides|"
        r"campaign)" + _HELPER + r"(?:posted|shared|uploaded|published|put\s+out)\b"
        rf"[^.;]{{0,60}}?\b(?:on|to)\s+(?:his|her)\s+(?:own\s+)?(?:(?:{NAMED_PLATFORM})\s+)?"
        r"(?:account|channel|page|profile|feed)\b"
    ),
)

# Roles and offices capitalised before a name ("Keeper Thandiwe Mokoena", "Reality star
# Kiki Vance"): dropped from the front of a name of three words or more.
ROLE_WORDS = frozenset(
    "Keeper Zookeeper Goalkeeper Lifeguard Teacher Nurse Doctor Farmer Student Pupil Driver "
    "Officer "
    "Paramedic Firefighter Chef Baker Fan Resident Veteran Former Star Host Presenter Pundit "
    "Striker Defender Midfielder Manager Boss Owner Founder Chairman Chairwoman Chair "
    "Candidate Rival Leader Councillor Deputy Sergeant Constable Inspector Detective "
    # occupations
    "Singer Rapper Actor Actress Comedian Footballer Musician Photographer Artist Designer "
    "Dancer Model Author Writer Journalist Reporter Director Filmmaker Pianist Guitarist "
    "Drummer Poet Painter Streamer Influencer Blogger Vlogger Animator Retired "
    "Mayor Senator Governor Minister President Professor Coach Captain "
    "Porter Novelist Runner Cleaner Gardener Mechanic Plumber Builder Surgeon Midwife Carer "
    "Cashier Waiter Waitress Barista Courier Commuter Passenger Tourist Cyclist Climber "
    "Surfer Swimmer Fisherman Pilot Soldier Priest Vicar Grandmother Grandfather Mum Dad "
    "Parent Headteacher Lecturer Scientist Engineer Programmer Developer Vet Shopkeeper "
    "Schoolboy Schoolgirl Schoolteacher VTuber Speedrunner Shelf-stacker "
    # people as the story meets them: "Neighbour Gary Whitlock", "Guest Aroha Tipene"
    "Neighbour Neighbor Guest Homeowner Bride Groom Bridesmaid Customer Diner Local "
    "Motorist Pensioner Widow Mum-of-two Mum-of-three Dad-of-two Father-of-two "
    "Mother-of-two "
    # and as the tabloids call them: "Superfan Rachel Dimmock", "Gran Beryl Okafor"
    "Superfan Ace Umpire Legend Icon Sensation Teen Gran Granny Grandma Grandad Grandpa Nan "
    "Hero Rookie Tot "
    # partners and parish: "Boyfriend Kofi Mensah", "Churchwarden Gary Fennimore-Lloyd"
    "Boyfriend Girlfriend Uncle Aunt Stepdad Stepmum Fiance Fiancee Churchwarden Verger Sexton "
    # hands and keepers: "Deckhand Murdo Kerr", "Shepherd Callum Rennie"
    "Deckhand Stagehand Farmhand Shepherd Shepherdess Jockey Warden Steward "
    # family, as the tabloids name them: "Grandson Lewis Pyke", "Daughter Amy Cole"
    "Grandson Granddaughter Daughter Nephew Niece Cousin Husband Wife Brother Sister "
    # ranks and clergy: "Leading Hand Kayla Osei-Brandt", "Fr Tomasz Wróbel-Hayes"
    "Leading Hand Able Seaman Petty Private Corporal Lance Gunner Trooper Lieutenant "
    "Colonel Commander Brigadier Admiral Marine Airman Sapper Fusilier Guardsman Rifleman "
    "Fr Father Rabbi Imam Pastor Bishop Canon Deacon Reverend Revd Cantor "
    # a newsletter's audience: "Reader Gwen in Ashcombe sent me ..."
    "Reader Listener Viewer Subscriber "
    # and the jobs a story meets people at: "Understudy Jonah Ebrahimi went live"
    "Understudy Usher Intern Apprentice Volunteer Caretaker Janitor Organist Chorister "
    "Curator Guide Ranger Staffer Medic Carpenter Electrician Hairdresser Barber Comic "
    # and the moods the tabloids put before a name: "Fuming Stellan, 29, hit back ..."
    "Fuming Furious Livid Heartbroken Devastated Delighted Thrilled Plucky Cheeky Stunned "
    "Tearful Defiant Red-faced Mortified Horrified Eagle-eyed Quick-thinking".split()
)

# Occupations come in endless variety ("Landlord Gary Whitlock", "Glaciologist Ingrid
# Haugland", "Detectorist Shane Toller"); many end like these. Given names that end so
# are kept: a role word is only dropped from a name of three words or more anyway.
# ("Nominee Juno Abara", "Trainee ...": -ee too; "Bandmate", "Teammate")
_ROLE_ENDING = re.compile(
    r"(?:ist|ologist|er|or|ian|ant|lord|lady|man|woman|keeper|maker|smith|mate|(?<!^[A-Z][a-z])ee)$"
)
_GIVEN_NAMES_SO_ENDING = frozenset(
    "Peter Oliver Walter Esther Jennifer Christopher Alexander Roger Homer Heather Amber "
    "Jasper Xavier Victor Hector Connor Taylor Tudor Lillian Vivian Brian Adrian Julian "
    "Damian Christian Sebastian Ian Fletcher Spencer Tyler Skyler Parker Harper Grant Bryant "
    "Trent Vincent Brent Norman Herman Sherman Truman Lyman Rowan Conor Eleanor Trevor "
    "Hunter Archer Asher Piper Summer Jasmine Dexter Chester Lester Foster Webster Baxter "
    "Carter Porter Jupiter Kristian Fabian Florian Cyprian Marian Lorian Gillian Jillian "
    "Renee Aimee Desiree Wilmer Elmer Omer Ilker Amer Samer Tamer Gunther Walther".split()
)
GIVEN_NAMES_LIKE_ROLES = _GIVEN_NAMES_SO_ENDING  # "Porter Robinson" is no porter
# Words that open a sentence and are no part of a name: "Then Jan Pettifer's doorbell"
SENTENCE_ADVERBS = frozenset(
    "Then First Next Finally Later Earlier Meanwhile Now Today Soon Eventually Afterwards "
    "Lastly Firstly Also And But So Yet Still Instead "
    # and the words that open a clause or a question before its subject ("When Callum
    # Breen, ..., filmed himself", "Does Oskar Brandt's video show ...?"); not "Will",
    # which is a first name
    "When Whenever After Before As While Since Once If Although Though Because Until Unless "
    "Where Whereas Does Did Do Is Was Can Could Why How What".split()
)


def role_word(word: str) -> bool:
    """A capitalised role, office or occupation before a name ("Keeper", "Landlord")."""
    if word in ROLE_WORDS:
        return True
    # (an English job is written in plain letters: "Héritier" is a given name)
    return bool(_ROLE_ENDING.search(word)) and word not in _GIVEN_NAMES_SO_ENDING and word.isascii()


_CAPITALISED = rf"[{CAPITAL}][\w{MARKS}’'.-]*"
# The subject who does something "in a video" or "in an Instagram story" of no one else:
# the one who posted it ("Soap actress Marisol Quint has set tongues wagging after flashing
# a sapphire in an Instagram story"); not one seen, filmed or quoted in it
_SUBJECT_IN_OWN_CLIP = re.compile(
    # (a role before the name, no place or dateline: not "Sales at Pennock's Pies ...")
    r"^(?:[A-Z][a-z]+\s+)?(?:(?!(?:at|in|on|of|for|from|with|by|to|after|since)\b)[a-z][\w-]*\s+){0,2}?"
    rf"(?P<name>{_CAPITALISED}(?:\s+(?:{NAME_PARTICLE})?{_CAPITALISED}){{1,3}})"
    # (a story is its account's own; any other clip only as theirs: "in her latest video",
    # not "in a video", where anyone may have filmed them)
    rf"(?:,\s+{NOT_A_COMMA}{{2,60}},)?\s+[^.;]{{0,140}}?\bin\s+"
    r"(?P<clip>(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:(?:{NAMED_PLATFORM})\s+)?(?i:story)|(?:her|his|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:(?:{NAMED_PLATFORM})\s+)?(?i:story|video|clip|reel|post|livestream|vlog|tiktok)))\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:by|from|of)\b)"
)
_NOT_THE_MAKER = re.compile(
    r"\b(?:seen|filmed|caught|shown|featured|featuring|appear\w*|heard|spotted|pictured|said|"
    r"says|told|named|mentioned|accused|criticised|mocked|identified|interviewed)\b|"
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:left|\w+ed)\b",  # done to, not doing
    re.I,
)


def subject_in_own_clip(text: str) -> str | None:
    """The name of the sentence's subject when it does something in a clip of its own."""
    subject = _SUBJECT_IN_OWN_CLIP.match(text)
    if subject and not _NOT_THE_MAKER.search(text, subject.end("name"), subject.start("clip")):
        return subject["name"]
    return None
