"""More ways a claim cites a clip, apart from archiver.articles.citations to keep it short.

    more_cues(text)     -> True when one of them is in the claim
    posted_to(text)     -> the platform a clip is posted to, when a sentence names several
    FILMED              -> footage of an event exists ("were filmed chanting", "a passenger
                           filmed him singing", "recorded herself singing")
    ruled_out(text,...) -> the line reads as citing but tells of no clip (an account line,
                           filming told afterwards, a comment, a hashtag's count)
    verdict_on_clip     -> a fact-check's verdict that speaks of the clip

Going live ("went live on the same platform"; not the habit "goes live every night"),
fame for a clip ("went viral with a video of ..."), one clip by rank ("Her latest post").
"""

from __future__ import annotations

import re

from archiver.articles.account_lines import CLIP_OR_ITS_MAKING, account_line
from archiver.articles.accounts import channel_named
from archiver.articles.cleaning import CONTENTS, EMBED_CREDIT
from archiver.articles.clip_kinds import CLIPS_LIFE, kind_cites, no_clip_of_its_own
from archiver.articles.copies import camera_cites, copy_cites
from archiver.articles.owners import POSTED_OWN
from archiver.articles.scene import CLIPS_IN_GENERAL
from archiver.platforms import NAMED_PLATFORM, platform_named

_WENT_LIVE = re.compile(
    # (on a platform, from or at a place, to do something; not "went live with a new
    # payments system", "the site went live in March")
    r"\b(?:went|(?:has|have|had)\s+(?:just\s+)?gone|is\s+going|was\s+going|after\s+going)\s+live"
    r"(?=\s*[,.;]|\s+(?:on|from|to|at|for|again|while|as|during|after|before|late|early)\b)"
    # or the broadcast begun on a platform: "began broadcasting on Twitch shortly before
    # midnight" (not "streaming on Netflix": a platform for clips must be named)
    rf"|\b(?:began|started|was|were|kept|had\s+been)\s+(?:live-?)?(?:broadcasting|streaming|"
    rf"livestreaming)\s+(?:live\s+)?on\s+(?:{NAMED_PLATFORM})"
    # or live before an audience: "live in front of her viewers", "streaming live to his followers"
    r"|\blive\s+(?:in\s+front\s+of|to|for)\s+(?:her|his|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:viewers|subscribers|chat|(?<=(?:ting|ming) live to \w{3} )followers)\b"
    # or back with another: "She's back on Twitch with a new live"
    rf"|\bback\s+on\s+(?:{NAMED_PLATFORM})\s+with\s+(?:a|another)\s+(?:new\s+|second\s+)?"
    r"(?:live|livestream|stream|broadcast)\b",
    re.I,
)
_RANKED_OWN_CLIP = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:his|her|their|its)\s+(?:(?:very|most)\s+)?(?:latest|newest|"
    r"first|most-?(?:watched|viewed|shared|liked|popular)|best-known|last|most\s+recent)\s+"
    r"(?:[\w-]+\s+)?(?:post|video|clip|reel|upload|tiktok|livestream|stream|short)"
    r"(?:,[^,.;]{1,40},)?\s+"  # (past a date: "His last stream, on 27 April, was ...")
    r"(?:is|was|shows|showed|features|featured|has|had)\b",
    re.I,
)

# "A dad has gone viral after filming his twins' reaction": fame for making a clip
_GONE_VIRAL = re.compile(
    r"\b(?:gone|went|going|goes|gets|got)\s+viral\s+(?:after|by|for|with|when)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:filming|posting|sharing|recording|uploading|streaming|"
    r"(?:a|an|her|his|their)\s+(?:[\w’'-]+\s+){0,2}?(?:video|clip|tiktok|reel|livestream|"
    r"stream|post))\b|"
    # (or for what someone did, as the tabloids tell a clip: "A FUMING dad has gone viral
    # after whipping out a tape measure ..."; not a photo's or a post's fame)
    r"\b(?:has|have|had)\s+gone\s+viral\s+after\s+[a-z]+ing\b(?![^.;]{0,30}?\b(?:photo|picture|"
    r"tweet|selfie|message|letter|essay|thread|review)s?\b)",
    re.I,
)

# Streaming now or then on a named platform: "is streaming her whole race on Twitch"
_STREAMING_ON = re.compile(
    r"\b(?:is|are|was|were|been|has\s+been|had\s+been)\s+(?:live-?)?streaming\b[^.;]{0,60}?"
    rf"\b(?:on|to)\s+(?:{NAMED_PLATFORM})",
)
# A still of a clip: "in a still from the hospital's CCTV", "an image from the security
# camera" (photo captions cite the clip they are taken from)
# (archiver.articles.captions reads a line that says so as a caption, full stop or not)
STILL_FROM = re.compile(
    # ("a screenshot of the Douyin video", "a frame from the Facebook Live", "in a picture
    # from Elias Strömgren's film", as translations put it)
    r"\b(?:still|image|picture|frame|screenshot|screen\s*grab|grab|capture)\s+(?:taken\s+)?(?:from|"
    # (or with no article: "in an image from video filmed by ...")
    r"(?<=shot |grab )of)\s+(?:(?:the|a|an|his|her|their|its|"
    r"(?:[A-Z][\w’'-]*\s+){0,2}[\w’'-]+[’']s)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:video|clip|footage|CCTV|stream|livestream|broadcast|camera|bodycam|dashcam|recording|"
    r"TikTok|reel|short|(?:(?<=Facebook )|(?<=Instagram )|(?<=TikTok )|(?<=YouTube ))Live)\b",
    re.I,
)
# Footage said to show something, past who released it: "Security-camera footage released
# by the operator, Etchu Railway, shows ...", "CCTV from a nearby boatyard, released by
# the prosecution service, which shows ..."
_FOOTAGE_SHOWS = re.compile(
    r"\b(?:footage|CCTV|video|clip|recording|highlights)\b"
    # where it came from or what it is of: "Footage from Sky 9, the station's helicopter,"
    r"(?:\s+(?:from|of)\s+[^,.;]{1,70}(?:,[^,.;]{1,40},)?)?"
    r"(?:,?\s+(?:released|posted|shared|published|filmed|recorded|taken|obtained|uploaded|"
    r"broadcast|sent\s+in|aired|played|shown|supplied)\b"
    # (or any aside: "Dashcam footage from a police car, also shown to the jury, shows")
    r"[^.;]{1,80}?|,\s+(?:also|later|first|since|on)\s+[^,.;]{1,50},)?,?\s+(?:which\s+|that\s+)?"
    r"(?:shows?|showed|captures|captured|follows|catches|appears\s+to\s+show)\b",
    re.I,
)
# A clip made for an account: "filmed the results for her YouTube channel"
_FILMED_FOR = re.compile(
    r"\b(?:filmed|recorded|shot|streamed)\b[^.;]{0,80}?\bfor\s+(?:her|his|their|its|a)\s+"
    rf"(?:(?:{NAMED_PLATFORM})\s+)?(?:channel|page|account|followers|feed|subscribers)\b",
)
# "a teenager's Snapchat of a waterfall", "put up slow-motion footage of ...": a
# platform's name as the clip, and putting a clip up
_OWNED_PLATFORM_CLIP = re.compile(
    r"[’']s\s+(?:[\w-]+\s+)?(?:Snapchat|Snap|TikTok)\b(?!\s+(?:account|page|profile|"
    r"channel|followers|feed|handle|username))"
)
_PUT_UP = re.compile(
    r"\bput\s+up\s+(?:[\w-]+\s+){0,3}?(?:video|clip|footage|recording|livestream|reel)s?\b",
    re.I,
)
# Live on a platform, however it is said: "was already there and live on YouTube",
# "streamed their walk ... live on its Facebook page"
_LIVE_ON = re.compile(
    r"\blive\s+on\s+(?:its\s+|his\s+|her\s+|their\s+)?" rf"(?:{NAMED_PLATFORM})",
)
# Someone's latest clip: "Comedian Danny Faraday's latest crowd-work clip has been ..."
_LATEST_OF = re.compile(
    r"[’']s\s+(?:latest|newest|most\s+recent|last|viral|most-?(?:watched|viewed|shared))\s+"
    r"(?:[\w-]+\s+)?(?:video|clip|reel|tiktok|post|livestream|stream|short)\b",
    re.I,
)
# The tabloid's clip: "THIS is the moment a runaway pony barged into a pub"; and sharing
# one: "after sharing the moment she fell face-first into her cake"
_THE_MOMENT = re.compile(
    # (in lower case only with a word for it: "This is the shocking moment"; "This is the
    # moment we have waited for" is an idiom)
    r"^THIS\s+is\s+the\s+(?:[\w-]+\s+){0,2}?moment\b|^This\s+is\s+the\s+(?:[\w-]+\s+){1,2}?"
    r"moment\b|"
    r"\b(?:shar(?:ed|ing)|post(?:ed|ing)|upload(?:ed|ing))\s+the\s+moment\s+"
    r"(?-i:she|he|they|it|his|her|their|a|an|the|[A-Z])\b",
)
# Streaming something, or from somewhere, or having streamed it: "the party is streaming the
# rally", "The PSU is livestreaming from the picket", "a farmer streamed the whole journey"
_STREAMS_IT = re.compile(
    r"\b(?:is|are|was|were)\s+(?:live-?)?streaming\s+(?:the|his|her|their|its|a|an)\s+|"
    r"\b(?:is|are)\s+(?:live-?)?streaming\s+(?:live\s+)?(?:from|on\s+(?:its|his|her|their))\s|"
    r"\b(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){0,6}?(?:live-?)?streamed\s+"
    r"(?:the|his|her|their|a|an|it)\b",
    re.I,
)
# Filming as what someone did: "was suspended after filming the cockpit"
_AFTER_FILMING = re.compile(
    r"\b(?:after|while|for|by|when)\s+(?:secretly\s+)?filming\s+(?:the|his|her|their|a|an|"
    r"himself|herself|themselves|it)\b(?!\s+(?:film|movie|documentary|series|episode)\b)",
    re.I,
)
# A clip named by its date: "In last month's video, ... she said"
_DATED_CLIP = re.compile(
    r"\b[Ii]n\s+(?:last\s+\w+|this\s+\w+|yesterday|today|\w+day)[’']s\s+(?:[\w-]+\s+)?"
    r"(?:video|clip|stream|livestream|post|reel|vlog|tiktok)\b",
)
# Passing the clip in play on, or answering it in kind: "reposted it to his 2.3 million
# followers", "replied on the same app with a stitch"
_PASSED_ON = re.compile(
    r"\b(?:re-?posted|re-?shared|re-?uploaded|retweeted)\s+it\b|\bwith\s+a\s+(?:stitch|duet)\b",
    re.I,
)
# Put out on its own channel: "published the full presentation on its YouTube channel"
_ON_OWN_CHANNEL = re.compile(
    r"\b(?:posted|uploaded|published|released|put\s+out|streamed|live-?streamed|broadcast|"
    r"shared|re-?posted)\b[^.;]{0,80}?\bon\s+"
    rf"(?:its|his|her|their)\s+(?:own\s+)?(?:{NAMED_PLATFORM})\s+(?:channel|account|page)\b",
)
# A duet or stitch made ("Opera singer Lucia Brandt duetted a toddler's nursery rhyme",
# "posted a duet in which he ..."), and images from a camera ("released images from the
# bodycam of an officer")
_REPLY_MADE = re.compile(
    # ("duetted it, harmonising with the dog"; "made a TikTok re-enacting the fall";
    # "posted a story of the couple's first dance": a story as the platforms mean it;
    # "reshared Jade's rant": someone's post passed on)
    r"\b(?:duetted|stitched)\s+(?:a|an|the|his|her|their|it|[A-Z])|"
    r"\bmade\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+)?(?i:TikTok|reel|vlog)\b|"
    r"\bposted\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:story|stories)\s+(?:of|showing|in\s+which|from)\b|"
    r"\b(?:re-?shared|re-?posted)\s+[A-Z][\w-]+[’']s\s+(?:[\w-]+\s+)?(?!(?:statement|letter|report|"
    r"article|essay|book|thread|poem|remarks|comments?|speech|interview|petition)\b)[a-z]+\b|"
    r"\b(?:posted|shared|made|"
    r"recorded|uploaded)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:duet|stitch|follow-up|"
    r"sequel)\b(?!\s+(?:statement|letter|e-?mail|message|question|interview|report|article|"
    r"meeting|call|visit)\b)|"
    r"\b(?:images|footage|video|stills?)\s+from\s+(?:the|a|an|his|her|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:bodycam|body-worn\s+camera|dashcam|doorbell|helmet\s+camera|CCTV|drone)\b",
)
# Caught on someone's camera: "was caught on a motorist's dashcam", "filmed on her
# neighbour's doorbell camera"
_ON_SOMEONES_CAMERA = re.compile(
    # (or a camera as the one that caught it: "A security camera at a garden centre in
    # Marlow Springs, Ohio, captured a tortoise ...")
    r"^(?:[\w-]+\s+){0,3}?(?:camera|dashcam|doorbell\s+camera|CCTV|webcam|bodycam|trail\s*cam)\b"
    r"(?!\s+(?:club|shop|crew|operator|maker|company|firm|brand|store|sales|phone)s?\b)[^.;]{0,80}?\b(?:captured|recorded|caught|filmed|picked\s+up)\s+(?:a|an|the|[A-Z])|"
    r"\b(?:caught|captured|filmed|recorded)\s+on\s+(?:a|an|the|his|her|their|its|"
    r"[\w’'-]+[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?:dashcam|dash\s+cam|bodycam|body-worn\s+camera|"
    r"doorbell|CCTV|camera|webcam|helmet\s+camera|drone|phone|mobile)\b",
    re.I,
)
# Footage shown, put out or sent as it happens: "A jury has been shown mobile phone footage
# of ...", "Officers are releasing doorbell camera footage", "We have also been sent
# dashcam footage by a driver", "the bride's sister got it all on her phone", "grabbed his
# phone and recorded the whole thing"
_SHOWN_FOOTAGE = re.compile(
    r"\b(?:(?:was|were|been|being)\s+(?:also\s+|then\s+|later\s+)?(?:shown|played|sent)|releasing|publishing|sharing|"
    r"posting|has\s+released|have\s+released)\s+(?:[\w’'-]+\s+){0,3}?(?:footage|video|clip|"
    r"recording|CCTV)\b(?!\s+(?:games?|calls?|tools?|platforms?)\b)|"
    r"\bgot\s+(?:it|it\s+all|everything|the\s+whole\s+thing|the\s+moment)\s+on\s+(?:her|his|"
    r"their|a)\s+(?:[\w-]+\s+)?(?:phone|camera|mobile|dashcam)\b|"
    r"\b(?:grabbed|pulled\s+out|took\s+out|got\s+out)\s+(?:her|his|their)\s+(?:[\w-]+\s+)?"
    r"(?:phone|camera|mobile)\s+and\s+(?:started\s+)?(?:recorded|filmed|recording|filming)\b",
    re.I,
)
# A camera set up that then caught something: "set up a wildlife camera in his front
# garden, and on the third night it recorded the culprit"
_CAMERA_SET_UP = re.compile(
    r"\b(?:set\s+up|installed|mounted|fitted|put\s+up)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)"
    r"{0,2}?(?:camera|trail[\s-]?cam|webcam|dashcam|doorbell\s+camera|GoPro)\b[^.;]{0,80}?\bit\s+"
    r"(?:recorded|caught|captured|filmed|picked\s+up)\b",
    re.I,
)
# A clip as the sentence's subject, with who put it out told in apposition: "Footage in
# which a serow runs ahead of a snowplough, published by the Kitamori Town Office on its X
# account, is attracting attention"
_PUT_OUT_APART = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:footage|video|clip|recording|livestream|reel)\b"
    r"(?!\s+(?:games?|calls?|conferences?|chats?|cameras?|players?|editors?|tools?|apps?)\b)"
    r"[^.;]{0,160}?,\s+"
    r"(?:first\s+|later\s+|originally\s+)?(?:posted|published|released|shared|uploaded|"
    r"streamed|put\s+out)\s+(?:(?:on|to)\s+[^,.;]{1,40}?\s+)?by\b|"
    # ("Another, posted to the same platform by the student comedy group Oats & Bros,")
    r"^(?:Another|One|A\s+(?:second|third|fourth))\s*,\s+(?:posted|shared|uploaded)\s+"
    r"(?:(?:on|to)\s+[^,.;]{1,40}?\s+)?by\b",
    re.I,
)
# Someone punished for what they filmed of themselves: "A delivery driver who filmed
# himself reaching 140mph on the Farnley bypass has been jailed" (the case turns on the
# clip; not "A nurse who filmed herself dancing has become a household name")
_PUNISHED_FOR_FILMING = re.compile(
    r"\bwho\s+(?:filmed|recorded|live-?streamed|streamed)\s+(?:himself|herself|themselves)\b"
    r"[^.;]{0,120}?\b(?:has|have|had|was|were)\s+been\s+(?:jailed|fined|charged|arrested|banned|"
    r"sentenced|convicted|cautioned|sacked|suspended|disqualified|prosecuted)\b",
    re.I,
)
# A length of footage put out: "posted 14 minutes of body camera footage from Saturday's
# arrest to its Facebook page", "released 40 seconds of CCTV"
_LENGTH_OF_FOOTAGE = re.compile(
    r"\b(?:posted|released|published|uploaded|shared|put\s+out)\s+(?:(?:about|nearly|almost|"
    r"more\s+than|over)\s+)?(?:\d+|an?|one|two|three|four|five|ten|several)\s+(?:seconds?|minutes?|"
    r"hours?)\s+of\s+(?:[\w-]+\s+){0,3}?(?:footage|video|recording|cctv|livestream|stream)\b",
    re.I,
)
# A clip called an angle of a moment, with which one it is: "Rourke has posted a second
# angle of the lighthouse wave", "The club's own angle, from the camera behind the goal,
# ..." (over the labelled sets such a singular angle was a citation each of 22 times; the
# plural, "caught from three angles", in headlines, was not)
_AN_ANGLE = re.compile(
    r"\b(?:a|an|another|its|his|her|their|[\w’'-]+[’']s)\s+(?:(?:own|second|third|other|"
    r"different|new|broadcast|better|closer|wider|[\w-]+-(?:the|eye)-[\w-]+)\s+){1,2}angle\b"
    # (not a point of view: "takes a new angle on the story")
    r"(?!\s+(?:on|to)\s+(?:the\s+)?(?:story|issue|debate|question|matter|row|case|dispute|"
    r"argument|affair|it|this|that|things)\b)",
    re.I,
)
_MORE = (
    EMBED_CREDIT,  # "Credit: TikTok/@luisabakesbadly" under an embedded clip
    _LENGTH_OF_FOOTAGE,
    _PUT_OUT_APART,
    _PUNISHED_FOR_FILMING,
    POSTED_OWN,  # a clip of one's own put out: "released its own film of the route"
    CLIPS_LIFE,
    _CAMERA_SET_UP,
    _SHOWN_FOOTAGE,
    _ON_SOMEONES_CAMERA,
    _REPLY_MADE,
    _THE_MOMENT,
    _STREAMS_IT,
    _AFTER_FILMING,
    _DATED_CLIP,
    _PASSED_ON,
    _ON_OWN_CHANNEL,
    _LIVE_ON,
    _LATEST_OF,
    _STREAMING_ON,
    STILL_FROM,
    _FOOTAGE_SHOWS,
    _FILMED_FOR,
    _OWNED_PLATFORM_CLIP,
    _PUT_UP,
)

# Before a role word, a determiner of any one of several: "either creator", "no influencer"
NOT_ANY = r"(?<!either )(?<!neither )(?<!each )(?<!every )(?<!any )(?<!no )"


# A named channel that put something out: "the Hallam Shires channel on YouTube has posted
# all eight minutes of ...", "released the sequence ... on its YouTube channel, SCSA
# Missions" (what it posted need not be called a video)
_PUT_OUT = re.compile(
    r"\b(?:posted|uploaded|published|released|streamed|live-?streamed|put\s+(?:up|out|online))\b",
    re.I,
)


# Footage exists of an event: "were filmed chanting", "caught on camera", "filmed the
# moment", "recorded it on their phones"; not a production ("the documentary was filmed").
FILMED = re.compile(
    r"(?<!documentary )(?<!film )(?<!movie )(?<!series )(?<!show )(?<!episode )(?<!programme )"
    r"(?<!advert )(?<!scene )\b(?:was|were|been|being|is|are|get|gets|got)\s+(?:\w+ly\s+)?"
    r"(?:filmed|videoed|videotaped|recorded|livestreamed)\b|"
    r"\b(?:caught|captured) on (?:camera|video|film|tape|CCTV)\b|"
    # (translated: "... were reflected to the camera", "Moving moments were immortalised by")
    r"\b(?:was|were)\s+reflected\s+(?:to|on|in)\s+(?:the\s+)?cameras?\b|"
    r"\b(?:was|were)\s+immortali[sz]ed\s+(?:on\s+(?:video|camera|film)|by\s+(?:a|an|his|her|their)"
    r"\s+(?!(?:[\w-]+\s+)?(?:artist|painter|sculptor|poet|songwriter|statue|mural|song)\b))|"
    r"\b(?:filmed|recorded|captured|videoed)\s+the\s+moment\b|"
    # "a toddler, filmed by his father, ...": the participle names who held the camera
    r"\b(?:filmed|videoed)\s+by\s+(?:a|an|the|his|her|their|one|two|three|four|several|some)\b|"
    # "a man in Galway filmed his trampoline ...", "a student filmed the queue", "a
    # passenger filmed him singing": someone films what happens. Any noun after a
    # determiner (with up to three modifiers or a place) will do, not a closed list of
    # people; a production is excluded above.
    # (a name may close an apposition: "Another resident, Yusuf Carden, filmed from")
    # (not "who": "A Kenyan nurse who filmed herself dancing has become a household name"
    # tells of a person known for clips, the clip is cited after)
    r"(?:\b(?:he|she|they|someone|somebody)|(?-i:\b[A-Z][\w’'-]+),?|"
    r"\b(?:a|an|one|the|his|her|their|its|another)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?!(?:crew|team|studio|director|production|broadcaster|who|that|which|was|were|is|are|"
    r"been|being|be|has|had|have)\b)[a-z][\w-]*)"
    r"\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?(?:filmed|videoed|recorded)\s+"
    # (or films from where they stood, or as it happened: "filmed from her front step",
    # "filmed as the old man tried"; "recorded his father wading", not "recorded her
    # debut album")
    r"(?:himself|herself|themselves|the|his|her|him|them|their|a|an|it|from|as|while)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:album|single|song|track|EP|record|podcast|episode|interview|"
    r"message|statement|vote|profit|loss|win|victory|temperature|score|time|lap|goal|"
    r"best|lowest|highest|high|low|peak|rainfall|reading|rise|fall|drop|surplus|deficit)s?\b)|"
    # "who filmed it", "he recorded it": the clip itself as the object of its making
    r"\b(?:filmed|videoed)\s+it\b|"
    # (or a second act of someone told far back: "Farmer Gideon ..., found the bird ... on
    # Saturday morning and filmed her through the windscreen")
    r"\band\s+(?:then\s+)?(?:filmed|videoed)\s+(?:her|him|them)\s+(?:through|from|on|as|while|with)\b|"
    # someone filming what others did, as they did it: "A dock worker on the night shift
    # filmed police arriving", "she filmed one of the kits swimming"
    r"(?:\b(?:he|she|they)|\b(?:a|an|the)\s+(?:[\w’'-]+\s+){0,5}?(?!(?:who|that|which)\b)"
    r"[a-z][\w-]*)\s+(?:filmed|videoed)\s+(?:one\s+of\s+(?:the|his|her|their)\s+)?"
    r"(?!(?:himself|herself|themselves)\b)[a-z][\w-]*\s+"
    r"(?:[a-z][\w-]*\s+)?(?!(?:during|morning|evening|being|thing)\b)[a-z]{3,}ing\b|"
    # "livestreamed himself driving at 110mph", "recorded herself singing", "a school that
    # livestreamed its sports day" (live, it is video: not a song streamed)
    r"\b(?:live-?streamed|streamed|recorded|broadcast)\s+(?:himself|herself|themselves)\b|"
    r"\blive-?streamed\s+(?:its|his|her|their|the|a|an)\s|"
    # ... and "filmed himself pouring a day's milk into a ditch": one act, filmed (not a
    # habit that made someone known: "who filmed herself dancing has become a household
    # name"; not "every dad who filmed himself")
    r"(?<!every )(?<!any )\b[a-z][\w-]*\s+who\s+(?:filmed|videoed)\s+"
    r"(?:himself|herself|themselves)\s+[a-z]{2,}ing\s+(?:[\w’'-]+\s+){0,3}?(?:a|an|the|his|her|their|into|onto|in|on|at|over)\s"
    r"(?!.*\b(?:household\s+name|has\s+become\s+(?:a|an|one)\b|sensation|famous))|"
    # "The scene was recorded by motorcycle courier Everton Salgado": a person, by name
    r"\b(?:was|were)\s+(?:filmed|recorded|captured|caught)\s+by\s+(?:(?!director\b|cinematographer\b|crew\b)"
    r"[a-z][\w-]*\s+){0,3}(?-i:[A-Z][\w’'-]+\s+[A-Z])|"
    # ("has filmed with her tablet how a fraudster ...")
    r"\b(?:filmed|recorded|videoed)\b[^.;]{0,60}\b(?:on|with)\s+(?:a|an|his|her|their|my|our)\s+"
    r"(?:\w+\s+)?(?:phones?|mobiles?|smartphones?|tablets?|iPads?|cameras?|dashcams?|GoPros?)\b",
    re.I,
)


# A measure "was recorded" is no recording: "gusts of 94mph were recorded at ...",
# "the highest temperature recorded", "12 new cases were recorded"
_MEASURE_RECORDED = re.compile(
    r"(?:\d[\d,.]*\s*(?:mph|km/?h|kph|knots|°\w?|degrees|mm|cm|inches|metres|meters|feet|ft|"
    r"millimetres|per\s?cent|%)(?!\w)|\b(?:temperatures?|gusts?|readings?|rainfall|winds?|"
    r"cases|deaths|infections|tremors?|earthquakes?|quakes?|levels?|speeds?|losses|profits?|"
    r"sales|votes|births|crimes|offences|incidents))[^.;]{0,40}?\b(?:(?:was|were|been|being|"
    r"is|are)\s+(?:\w+ly\s+)?)?recorded\b",
    re.I,
)


def without_measures(text: str) -> str:
    """The text less each measure said to be "recorded", which is no recording."""
    return _MEASURE_RECORDED.sub(" ", text)


# Filming told to the reporter or the court as what someone was doing: "Drury tells us
# he was filming his children's reaction", "Ms Lyle told the court she started recording"
_TOLD_FILMING = re.compile(
    r"\b(?:told|tells|said|says)\s+(?:[\w’'-]+\s+){0,4}?(?:that\s+)?(?:he|she|they|I|we)\s+"
    r"(?:(?:was|were|had|has)\s+)?(?:(?:only|just|first|already|originally)\s+)?"
    r"(?:(?:been|started|began|begun|kept)\s+)?(?:filming|recording)\b",
    re.I,
)
# A handle that only says who someone is: "Marsh, who posts as @deanoCRFC, said ..."
_HANDLE_OF_PERSON = re.compile(
    r",\s+who\s+(?:posts|streams|goes\s+by|is\s+known)\s+(?:online\s+)?(?:as|by)\s+@[\w.]+,"
)


# A fact-check's verdict that speaks of the clip: "Verdict: Fake - the clip was made with
# an AI video generator". It cites that clip, opening the thread when no "Claim:" line
# cited it before (and referring back to that line when one did).
_VERDICT_ON_CLIP = re.compile(
    # (or "a" one: "Conclusion: An old video of a stand collapsing abroad is being shared")
    r"^(?:our\s+|the\s+)?(?:verdict|rating|ruling|conclusion|classification)\s*:\s*[^.;]{0,40}?"
    r"\b(?:the|this|that|an?)\s+(?:[\w-]+\s+){0,2}?(?:video|clip|footage|post|reel|recording|"
    r"livestream)\b",
    re.I,
)


def verdict_on_clip(text: str) -> bool:
    return bool(_VERDICT_ON_CLIP.match(text))


def ruled_out(text: str, strong: bool, linked: object) -> bool:
    """A line that reads as citing but tells of no clip: an account line; filming told
    afterwards, unless a platform, a count, a link or a handle says otherwise; a user's
    comment or a hashtag's count, unless it links a clip."""
    if account_line(text) or CONTENTS.match(text):
        return True
    if _TOLD_FILMING.search(text) and (not strong or _HANDLE_OF_PERSON.search(text)):
        return True  # what someone was doing, told afterwards
    if _CONFIRMED_THEIRS.search(text) and not strong:
        return True  # the maker's word to the writer that it is theirs, with no count
    return no_clip_said(text) and not linked


# A fact-check's "Rivas confirmed to us by email that the footage was his": words to the
# writer on whose the clip is, which tell nothing the clip shows
# (or "that he filmed it", "that the footage was the archive's")
_CONFIRMED_THEIRS = re.compile(
    r"\bconfirmed\s+to\s+(?:us|me)\s+(?:by\s+(?:e-?mail|phone|telephone|message)\s+)?that\s+"
    r"(?:(?:the|this|that)\s+(?:[\w-]+\s+)?(?:video|clip|footage|recording|reel|post)\s+(?:was|is)\s+"
    r"(?:his|hers|theirs|(?:his|her|their)\s+own|the\s+(?:[\w-]+\s+){0,2}?[\w-]+[’']s?(?=[\s.,;]|$))|"
    r"(?:he|she|they)\s+(?:had\s+)?(?:filmed|recorded|shot|made)\s+(?:it|the\s+(?:video|clip|footage))\b)",
    re.I,
)
# Not a clip: a user's comment quoted ("Another user, @ada_ogbu, wrote: “...”"), or the
# count of a hashtag or a trend ("The hashtag #PourItWrong has gathered 140 million views
# across 62,000 videos")
_COMMENTER = re.compile(
    r"\b(?:user|commenter|follower|account|viewer|fan)s?,?\s+@[\w.]+,?\s+(?:said|says|wrote|"
    r"writes|commented|replied|tweeted|added)\s*:?\s*[“\"‘']",
    re.I,
)
_TAG_COUNT = re.compile(
    r"^(?:The\s+)?(?:(?:hashtag|tag)\b|#\w+)[^.;]{0,80}?\b(?:views|plays|videos|posts)\b", re.I
)


def no_clip_said(text: str) -> bool:
    """A user's comment or a hashtag's count, which the sentence's handle or numbers
    would otherwise take for a clip."""
    comment = _COMMENTER.search(text)
    if comment and not CLIP_OR_ITS_MAKING.search(text, 0, comment.end()):
        return True
    if _TAG_COUNT.search(text) or CLIPS_IN_GENERAL.search(text):
        return True
    return no_clip_of_its_own(text)


# (an angle is a clip only where it was filmed or put somewhere: not "approaching the case
# from a different angle")
_ANGLE_MADE = re.compile(
    r"\b(?:posted|posts|filmed|films|shot|captured|uploaded|shared|recorded|streamed|"
    r"livestreamed|shows|showed|went\s+up|camera|phone)\b",
    re.I,
)


def more_cues(text: str) -> bool:
    if _AN_ANGLE.search(text) and (_ANGLE_MADE.search(text) or platform_named(text)):
        return True
    if _WENT_LIVE.search(text) or _RANKED_OWN_CLIP.search(text) or _GONE_VIRAL.search(text):
        return True
    if any(pattern.search(text) for pattern in _MORE):
        return True
    if _PUT_OUT.search(text) and channel_named(text) is not None:
        return True
    return copy_cites(text) or camera_cites(text) or kind_cites(text)


# "Instagram stories vanish after 24 hours, but a fan account saved the clip and posted it
# to TikTok": of the platforms a sentence names, the clip is on the one it is posted to
_POSTED_TO = re.compile(
    r"\b(?i:posted|shared|uploaded|re-?posted|re-?uploaded|published)\s+(?i:it|them|the\s+"
    r"(?:[\w-]+\s+)?(?:video|clip|footage|story|reel|recording))\s+(?i:to|on|onto)\s+"
    rf"(?P<platform>{NAMED_PLATFORM})"
)


def posted_to(text: str) -> str | None:
    """The platform a clip is posted to ("posted it to TikTok") in a sentence that names
    another platform before it, or None (then the platform named first is the clip's)."""
    found = _POSTED_TO.search(text)
    if found is None or platform_named(text[: found.start("platform")]) in (None, "social media"):
        return None
    # (read with the words before it: "X" alone is a platform only as "on X")
    return platform_named(found.group(0))
