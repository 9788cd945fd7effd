"""Who made a clip, as a sentence about it states (the words it quotes are read by
archiver.articles.quoted, and who made a clip of their own as a line's subject by
archiver.articles.makers_of_new).

    creator_named(text)           "Hugh Chongqing", "@handle" or None

The vocabulary shared with archiver.articles.clip_signals (roles such as "TikToker", verbs
of publishing, @handles) is defined here.
"""

from __future__ import annotations

import re

from archiver.articles.accounts import (
    BODYS_CHANNEL,
    ITS_OWN,
    ON_OWN_ACCOUNT,
    REDDIT_USER,
    a_body_posts_its_own,
    channel_named,
    is_organisation,
    own_camera,
)
from archiver.articles.agents import (
    AGENT_PATTERNS,
    NAME_PARTICLE,
    NOT_AFTER_PREPOSITION,
    role_word,
    subject_in_own_clip,
)
from archiver.articles.claims import without_stamp
from archiver.articles.cleaning import EMBED_CREDIT
from archiver.articles.clip_kinds import MADE_FROM_IT
from archiver.articles.copies import possessor
from archiver.articles.dates import PUBLISH_VERB
from archiver.articles.letters import CAPITAL, LOWER, MARKS
from archiver.articles.makers_of_new import (
    BY_WHO_THEY_ARE,
    CLEFT,
    FILMED_THEMSELVES,
    KIN_BY_GIVEN_NAME,
    MAKER_OF_NEW,
    PHONE_OUT,
    PUT_IT_UP,
    STITCHED_BY,
    WAS_FILMING,
)
from archiver.articles.owners import own_clip_owner
from archiver.articles.person_names import (
    FEASTS,
    a_person,
    after_a_place,
    cleaned_name,
    inside_other_words,
    quoted_around,
)
from archiver.articles.quoted import OPENING
from archiver.platforms import NAMED_PLATFORM

ROLE = (
    r"TikToker|YouTuber|VTuber|Instagrammer|influencer|(?:content\s+)?creator|vlogger|streamer|"
    r"live-?streamer|blogger|(?:TikTok|Instagram|YouTube|Twitter|X|Weibo|Douyin|Facebook|"
    r"Reddit|Snapchat|Kuaishou|Bilibili|social media)\s+(?:user|account|star|personality)"
)
# an @handle, or a Reddit username ("u/foldbot_eng"), which names its poster the same way
HANDLE = re.compile(rf"(?<![\w.@])@\w(?:[\w.]{{0,28}}\w)?|{REDDIT_USER}")  # ("@小镇姑娘说")

_NAME_WORD = rf"[{CAPITAL}][\w{MARKS}’'.-]*"
_NAME = rf"@[\w.]+|{REDDIT_USER}|{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}}"
# Lower-case words between "by" and a name: "by a city councillor, Rosa Treviño", "by
# photographer Niamh Byrne", "by a user called Rheinradler"; not a place ("by a man in
# Galway"), so no preposition among them. After a comma the name must close the
# apposition: "by the club, Dan Whitfield saves" names the man in the clip, not the poster.
_NOT_DESCRIBED = "in|on|at|from|of|near|for|with|to|his|her|their|a|an|the|shows|showed|is|was|has"
_DESCRIBED_WORD = rf"(?!(?:{_NOT_DESCRIBED})\b)[a-z][\w-]*"  # (not "by a fan shows Varga ...")
# Before the head noun a modifier may be a possessive ("the groom's sister", "Adaeze's
# younger brother", "a supporters' channel") or an adjective of nationality or place
# ("a Slovak driver"); the head is a lower-case noun: "by the Met Office" names no one.
_DESCRIBED_MODIFIER = rf"(?:{_DESCRIBED_WORD}(?:[’']s|(?<=s)[’'])?|[A-Z][\w-]+(?:[’']s)?)"
_DESCRIBED = (
    rf"(?:(?:the|a|an|his|her|their)\s+)?(?:{_DESCRIBED_MODIFIER}\s+){{0,2}}{_DESCRIBED_WORD}"
    rf"(?:\s+|,\s+(?=(?:{_NAME})[,.;)]))"
)
_PHONE = r"(?:phone|camera|mobile)"
# Helper verbs and an adverb between a subject and its verb: "has started", "later posted"
_HELPER = (
    r"(?:(?:has|have|had)\s+)?(?:(?:just|also|now|then|later|since|already|still|first|"
    r"\w+ly)\s+)?"
)
# Words that may come between a name and a capitalised word without making the name a
# qualifier of what follows ("by Tom Kade on Facebook", "by Ana Ruiz and Luis Gil")
_FUNCTION_WORDS = (
    r"(?:on|in|at|to|from|for|with|and|or|of|via|during|after|before|while|as|who|which|"
    r"that|the|a|an|but|when|where|under|over|near|into|onto|across|through)\b"
)
# the name posted under, whole: "posts as Tadhg on the Street", "as Priya & Baba"
_POSTS_AS = re.compile(
    # (a name, not a phrase: "known as a fallstreak hole"; "goes by Haifeng Lao Zhou", not
    # "Going by Google's figures"; or what is posted between: "has posted debunking videos
    # as The Myth Medic"; or "a player who calls himself Rook_Simmer")
    r"\b(?:(?:posts|posting|goes|going|known|who posts|(?:has|have)\s+posted)\s+(?:online\s+)?"
    r"(?:(?:[a-z-]+\s+)?(?:videos|clips|reels|content)\s+)?"
    r"(?:as|by the name|under the (?:name|handle))|(?-i:goes|go)\s+by|"
    r"(?:calls|called)\s+(?:himself|herself|themselves|itself))\s+[‘“'\"]?"
    r"(?P<name>(?:u/|@)?(?!(?-i:a|an|the|one|some|this|that|his|her|their|its|well|such|part|"
    rf"much|many|more|long|soon|far)\b)[\w.{MARKS}]+"
    r"(?:\s+(?:(?:&|and|on\s+the|of\s+the|in\s+the|the|of|on)\s+)?"
    rf"(?!(?:{NAMED_PLATFORM}))(?-i:[{CAPITAL}])[\w.’'{MARKS}]*)*)",
    re.I,
)
_CREATOR_PATTERNS = (
    # The one who filmed, named after their role, before whoever passed it on: "filmed by
    # farmer Graham Pocklington ..., was shared by the National Weather Office", "A TikTok
    # by Fairhaven student Priya Castellanos" (the role is checked in creator_named: "filmed
    # by Sunday morning walkers" names no one), or whose camera it came from: "Footage from
    # the doorbell camera of retired teacher Glenys Pryor ..., shared on X by ..."
    re.compile(
        r"\b(?:(?:(?:filmed|recorded|shot|captured|streamed|live-?streamed)|(?i:video|clip|stitch|"
        r"duet|reel|tiktok|livestream|upload|(?:snapchat|instagram)\s+story)(?:\s+[^,.;]{0,30}?)?)"
        r"\s+by|(?i:footage|video|clip|recording)\s+from\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:camera|dashcam|phone|drone|"
        r"bodycam|webcam)\s+of|"
        # ("a dashcam clip from lorry driver Mehmet Arslan")
        r"(?i:video|clip|footage|recording)\s+from|"
        # ("The first duet came from Memphis cellist Andre Whitfield")
        r"(?i:video|clip|duet|stitch|reel|tiktok|footage|reply|response)\s+came\s+from)\s+"
        r"(?:(?:the|a|an|his|her|their|our)\s+)?(?:[A-Z][\w&’'-]*\s+){0,3}?"
        # (two roles, or a country's word inside one: "by the open-water swimmer and
        # broadcaster Naledi Whitcombe-Jansz", "by the former England captain Joanne ...")
        r"(?P<role>(?:(?:[a-z]|\d{1,3}-year-)[\w-]*\s+){1,2}"
        r"(?:(?:and\s+|(?-i:[A-Z])[a-z]+\s+)(?:[a-z][\w-]*\s+){1,2})?)"
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?"
        rf"{_NAME_WORD}){{1,3}})"
    ),
    # "The streamer is Owen Brack": a line that names who the clip's maker was, perhaps by
    # kin first ("The one who took this video is his grandson, Onalenna Kebonang (19), ...")
    re.compile(
        r"\b(?i:the)\s+(?:streamer|filmer|poster|uploader|creator|vlogger|tiktoker|youtuber|"
        r"(?:one|person)\s+who\s+(?:took|recorded|filmed|shot|made|posted)\s+(?:it|(?:this|the|"
        r"that)\s+(?:video|clip|film|footage|recording)))\s+(?:is|was)\s+"
        rf"(?:(?:his|her|their)\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+,\s+)?(?P<name>{_NAME})"
    ),
    # (or the one who uploaded it: "the uploader 'Cangshu Edits' cut the footage")
    # (a translation's "the well-known woman of YouTube Hodan Cabdi Warsame" is a YouTuber)
    re.compile(
        rf"\b(?i:{ROLE}|uploader|(?:man|woman|girl|boy|lady|star)\s+of\s+(?:{NAMED_PLATFORM}))"
        rf"\s+(?:named\s+|called\s+)?[‘“'\"]?(?P<name>{_NAME})"
    ),
    re.compile(rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{ROLE})\b"),
    # (not a place before an occupation: "posted by Auckland music teacher Hemi Walker")
    re.compile(
        # (the name whole: not a shorter one, "Aucklan")
        # ("The footage was shot by Ffion Rhys from her kitchen window", "was taken by")
        # (or a line opening on how it was made: "Shot on a farm outside Ruakiri by
        # 12-year-old Ruby Hennessey, the Short shows ...")
        rf"(?:\b(?i:{PUBLISH_VERB}|shot|captured|(?:(?<=video\swas\s)|(?<=clip\swas\s))taken)(?:\s+on\s+\d{{1,2}}\s+[A-Z][a-z]+|\s+on\s+[A-Z][a-z]+day(?:\s+[a-z]+)?)?"
        # (no other verb's "by" between: not "Filmed being arrested by PC Tom Hale")
        # ("Shot" as filmed: "Shot on a farm", not "Shot in the back by")
        rf"|^(?:Shot(?=\s+(?:on|from|with|during|at)\b)|Filmed|Recorded)\s+"
        rf"(?:(?!being\b|[a-z]+ed\b)[\w’'-]+\s+){{1,6}}?)"
        rf"\s*by\s+(?:the\s+|(?i:user|account)\s+|\d{{1,3}}-year-old\s+)?"
        rf"(?=(?P<name>{_NAME}))(?P=name)"
        rf"(?!\s+(?:(?!{_FUNCTION_WORDS})[a-z][\w-]*\s+){{1,3}}[A-Z])"
        # (a team or a school's people are no one named: "by Manchester United fans")
        r"(?!\s+(?:fans|supporters|students|pupils|residents|followers)\b)"
    ),
    # "posted on Facebook by a city councillor, Rosa Treviño", "a channel run by the
    # broadcaster RÚV" (not "The class is run by Brenda"), "posted on Facebook by the ..."
    re.compile(
        rf"\b(?:{PUBLISH_VERB}|(?:channel|account|page|(?:live)?stream|feed|show|podcast|blog|"
        r"group|site)s?\b[^.;]{0,60}?\b(?:run|hosted|operated))(?:\s+live)?"
        rf"(?:\s+(?:on|to)\s+(?:{NAMED_PLATFORM}))?\s+by\s+(?:{_DESCRIBED}|the\s+(?=[A-Z]))?"
        rf"(?P<name>{_NAME})"
    ),
    # The poster named in apposition after a description with a place or a clause before
    # "by": "filmed from the stand by her father, Geir Strand, and posted", "uploaded to
    # YouTube by a supporters' channel, Grada Norte TV, after"
    re.compile(
        # (or with an age in brackets: "by the store owner, Park Sang-woo (46),")
        rf"\b{PUBLISH_VERB}\s+(?:[\w’'-]+\s+){{0,6}}?by\s+(?:(?:the|a|an|his|her|their)\s+)?"
        rf"(?:{_DESCRIBED_MODIFIER}\s+){{0,2}}{_DESCRIBED_WORD},\s+(?P<name>{_NAME})"
        r"(?=[,.;)]|\s+\(\d{1,3}\)|$)"
    ),
    # A definite description, then the name, then the act of publishing: "The mayor of
    # Concarneau, Yannick Le Goff, has posted footage", "The tourist, Femke de Wit from
    # Utrecht, published the footage" (the verb must follow: "The chair, Joan Marsh, said")
    re.compile(
        r"\b(?i:the|a|an|his|her|their)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w-]*"
        r"(?:\s+(?:in|from|of)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?,\s+"
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{1,3}})"
        r"(?:\s+(?:from|of|in)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?,\s+"
        rf"{_HELPER}(?:{PUBLISH_VERB}|went\s+live|started|began)\b"
    ),
    # Apposition after a person: "A retired bus driver in Leeds, Frank Hollis, filmed";
    # two words at least, so "a man in Galway, Ireland," names no one; not whom a clip is
    # of ("The most watched, of an elderly shepherd, Aurélio Mota, singing")
    re.compile(
        r"(?<!\bof )(?<!\bshowing )(?<!\bfeaturing )"
        r"\b(?i:a|an)\s+(?:[a-z][\w-]*\s+){0,4}(?P<head>[a-z][\w-]*)"
        r"(?P<place>\s+(?:in|from|of)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?,\s+"
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{1,3}}),"
    ),
    # "DJ Marta Solé filmed the crowd ... on TikTok" (two words at least: "Videos shared
    # on Telegram" starts with a capital too)
    # (not a place or a club: "goalkeeper Sun Hao of Qingshan FC filmed himself")
    re.compile(
        rf"(?<![\w’']){NOT_AFTER_PREPOSITION}"
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{1,3}})\s+{_HELPER}"
        r"(?:filmed|recorded|posted|shared|uploaded|documented|live-?streamed)\b"
        rf"[^.;]{{0,80}}?\b(?:on|to)\s+(?:{NAMED_PLATFORM})"
    ),
    # The subject of making or publishing a clip: "Then Ortega posted a TikTok of ...",
    # "Henk de Vries has started a livestream", "Lena Hoff has shared a video"; one word
    # will do, for news copy names a person by surname after the first mention. The clip
    # is indefinite or the subject's own: "Police later published the video" is the
    # clip in play passed on, not made.
    re.compile(  # (not a place: "A runner in Cork posted a clip")
        rf"(?<![\w’']){NOT_AFTER_PREPOSITION}"
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}})\s+"
        rf"{_HELPER}(?:posted|shared|uploaded|published|released|started|launched|began|"
        r"begun|streamed|live-?streamed|filmed|recorded|made)\s+(?:a|an|his|her|their|one|"
        r"another)\s+(?:[\w-]+\s+){0,2}?(?i:video|clip|tiktok|reel|livestream|live-?stream|"
        # ("Brennan posted a follow-up on Sunday": her next clip)
        r"stream|vlog|short|footage|recording|follow-up)\b"
    ),
    # A person putting the clip in play on a platform: "Marr shared the clip on Facebook"
    # (a body doing so passes it on, and cleaned_name refuses a body)
    re.compile(
        rf"(?<![\w’']){NOT_AFTER_PREPOSITION}"
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}})\s+{_HELPER}"
        r"(?:posted|shared|uploaded|put)\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?"
        r"(?i:video|clip|footage|recording|reel)\s+(?:[^.;]{0,30}?\s)?(?:on|to|onto)\s+"
        rf"(?:(?:his|her|their)\s+)?(?:own\s+)?(?:{NAMED_PLATFORM})"
    ),
    # "Then Pethick went live from his garden", "Priya is back on TikTok with a new live": the
    # subject of going live made the stream (not a place: "The mayor of Wrexley went live")
    re.compile(
        rf"(?<![\w’']){NOT_AFTER_PREPOSITION}"
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}})(?:,\s+\d{{1,3}})?,?\s+"
        rf"(?:{_HELPER}(?:went|has\s+gone|had\s+gone)\s+live\b|is\s+back\s+on\s+(?:{NAMED_PLATFORM})"
        r"\s+with\s+(?:a|another)\s+(?:new\s+|second\s+)?(?:live|livestream|stream)\b)"
    ),
    # The one whose phone was out when it happened: "Best man Gavin Hale, 33, had his phone
    # out for the first dance - and posted ...", "His sister Kay Obi was crouched behind a
    # hedge with her phone and caught the whole thing" (not "I only had my phone out"; one
    # who "was sweeping up ... and whipped out his phone" is makers_of_new.PHONE_OUT's)
    re.compile(
        rf"(?<![\w’']){NOT_AFTER_PREPOSITION}"
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}})(?:,\s+\d{{1,3}})?,?\s+"
        r"(?:already\s+|just\s+|then\s+)?(?:(?:had|got|pulled|took)\s+(?:his|her|their)\s+"
        rf"{_PHONE}\s+out\b|(?:had\s+)?propped\s+(?:his|her|their)\s+{_PHONE}\b[^.;]{{0,40}}?\bto\s+"
        r"(?:film|record)\b|(?:was|were)\s+[^.;]{0,60}?\bwith\s+(?:his|her|their)\s+"
        rf"{_PHONE}\s+(?:and|to)\s+(?:caught|catch|filmed|film|recorded|record)\b)"
    ),
    CLEFT,  # "It is her grandson, ..., who has filmed the video"
    KIN_BY_GIVEN_NAME,  # "Her granddaughter, Poppy, has put together a TikTok montage"
    # "His younger sister, Kumari Nilakshi Bora, is the one who recorded this video", as a
    # translation puts it, and "Shreya is the one who duetted the proposal video"
    re.compile(
        rf"(?<![\w’']){NOT_AFTER_PREPOSITION}"
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{0,3}})(?:,\s+[^.;]{{1,60}}?)?,?"
        r"\s+(?:is|was)\s+the\s+(?:one|person)\s+who\s+(?:[a-z]+ly\s+)?(?:recorded|filmed|shot|"
        r"made|posted|uploaded|duetted|stitched)\b"
    ),
    # A habit of posting: "Tunde Bakare has been cooking ... and posting the results to YouTube"
    re.compile(
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{1,3}})\s+(?:has|have)\s+been\s+"
        r"[^.;]{0,100}?\b(?:posting|sharing|uploading|filming|streaming|live-?streaming)\b"
        rf"[^.;]{{0,50}}?\b(?:on|to)\s+(?:{NAMED_PLATFORM})"
    ),
    # "Lina Varga has delighted fans with a clip of ...", "Delphine Marchetti has given
    # fans a glimpse of her wedding in an Instagram story": the name as the subject of
    # what the clip did, the clip brought in by "with" or "in"
    re.compile(
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{1,3}})\s+(?:has|had)\s+"
        r"(?:\w+ly\s+)?(?:[a-z]+ed|given|shown|taken)\s+(?:[\w’'-]+\s+){0,7}?(?:with|in)\s+"
        r"(?:a|an|her|his|their)\s+"
        r"(?:[\w-]+\s+){0,2}?(?i:video|clip|post|reel|tiktok|livestream|vlog|story)\b"
    ),
    # "The video, which Varga posted on Instagram on Tuesday, ...": the poster in a relative
    re.compile(
        rf"\b(?:which|that)\s+(?P<name>{_NAME})\s+(?:\w+ly\s+)?(?:had\s+|has\s+)?"
        rf"{PUBLISH_VERB}\b"
    ),
    # ... or with no "which": "a 47-second review Osei-Lamb posted in February"
    re.compile(
        r"\b(?i:video|clip|review|reel|short|tiktok|livestream|parody|ad|advert)\s+"
        rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s+(?:had\s+|has\s+)?"
        r"(?:posted|uploaded|shared|filmed|recorded|published)\b"
    ),
    # "..., by a user named Xiao Lin", wherever the "by" falls: a name given as a poster's
    re.compile(
        # ("by a page called Tri-County Storm Watch", "by a fan using the name 'Xiao'")
        # ("by the user 'Bamboo Kite'", "by a student with the username 'Little Turnip'")
        # (a name in quotes whole: "the user 'Queen of Bakes'")
        r"\bby\s+(?:a|an|the)\s+(?:(?:[\w-]+\s+){0,2}?(?i:user|account|creator|channel|"
        r"poster|page|group|fan|uploader|profile)\s+(?:(?:named|called|known as|using\s+the\s+"
        r"name|going\s+by)\s+|(?=[‘“'\"]))|(?:[\w-]+\s+){0,3}?(?:with|under|using)\s+the\s+"
        r"(?:user\s*)?(?:name|handle)\s+)[‘“'\"]?"
        rf"(?P<name>(?<=[‘“'\"])[^’”'\"\n]{{2,40}}?(?=[’”'\"](?!\w))|{_NAME})"
    ),
    re.compile(  # "One widely shared TikTok by Omar Reyes"
        # (or "a YouTube upload from 19 November 2020 by Marisol Quintero")
        r"\b(?i:video|clip|tiktok|reel|livestream|vlog|upload)(?:\s+from\s+[\w ]{1,30}?)?\s+by\s+"
        rf"(?:(?i:user|creator)\s+)?(?=(?P<name>{_NAME}))(?P=name)"
        # (the name whole, and no place before an occupation: "by Skerra wildlife guide
        # Ruaridh Bain")
        rf"(?!\s+(?:(?!{_FUNCTION_WORDS})[a-z][\w-]*\s+){{1,3}}[A-Z])"
    ),
    # "A YouTube video by the food channel Budget Bites": a poster of the kinds that
    # publish under a name (not "a video by the river Thames")
    re.compile(
        r"\b(?i:video|clip|tiktok|reel|livestream|vlog|short|post)\s+by\s+(?:the|a|an)\s+"
        r"(?:[a-z][\w-]*\s+){0,2}?(?:channel|account|page|group|collective|duo|trio|band|"
        rf"outlet|show|podcast|brand|creator|user|vlogger|blogger)\s+(?P<name>{_NAME})"
    ),
    _POSTS_AS,
    re.compile(
        rf"\b(?:said|says|explained|told|added|wrote|joked|claimed)\s+(?P<name>{_NAME})"
        rf"\s+(?:in|on)\s+(?:a|an|the|his|her|their|one)\b"
    ),
    re.compile(  # (not "posted a reaction to Birtles's clip": a clip made from that one)
        rf"(?<!\bto )(?<![\w’'-])(?P<name>{_NAME})[’']s\s+(?:[\w-]+\s+)?"
        # ("Voss's stream", "Jade's story", "Doyle's original")
        r"(?:video|clip|TikTok|post|footage|livestream|reel|vlog|recording|stitch|duet|Short|Spotlight|Snap|"
        r"stream|story|original|upload|broadcast)\b"
    ),
    re.compile(  # "In a TikTok posted last week, Maria Lopez said ..."
        # (not the clip in play, where whoever acts is in it: "In the 48-second clip,
        # Rattigan-Osu levers off a worn rubber heel")
        r"\b(?i:in|on)\s+(?:a|an|one|his|her|their)\s+[^,]{0,40}?"
        # a comma inside a figure does not end the clause: "watched nearly 900,000 times,"
        rf"(?i:video|clip|tiktok|post|livestream|vlog|reel)\b(?:[^,]|,(?=\d)){{0,50}},\s+"
        rf"(?:(?:[A-Z][\w-]*\s+){{0,3}}?(?:[a-z][\w-]*\s+){{1,3}}?)?(?P<name>{_NAME})\s+"
        # (past a role: "pastry chef Lucia Ferri", "Green Party leader Ann Vos") says or does
        r"(?:said|says|explained|claimed|told|added|wrote|revealed|admitted|insisted|"
        r"(?!is\b|was\b|has\b|does\b)[a-z]{2,}(?:-[a-z]+)*(?<!s)s)\b"
    ),
    # "..., by 16-year-old Agustina Ferreyra, whose TikTok of it has 3.2 million views":
    # the one whose clip it is
    re.compile(
        # (past an apposition: "Ffion Rees-Marlow, a councillor in Llanberran, whose ...")
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{1,3}}),\s+"
        r"(?:(?:a|an|the)\s+[^,]{1,50},\s+)?whose\s+"
        rf"(?:[\w’'-]+\s+){{0,2}}?(?:(?i:video|clip|tiktok|reel|livestream|vlog|footage|post)|"
        # ("Gethin Moss, whose dual-control car's camera recorded a tractor")
        rf"{NAMED_PLATFORM}|(?i:camera|dashcam|doorbell|phone)\s+(?:recorded|caught|captured|filmed))\b"
    ),
    # The sentence's subject on their own channel: "The VTuber Hoshizora Mimi reacted ...
    # during a livestream on her YouTube channel", "Schoolboy Arvid Lindqvist, 11, ...
    # beat ... in a game broadcast live on his Twitch channel"
    re.compile(
        r"^(?:(?:The|A|An)\s+)?(?:[\w-]+\s+){0,2}?"
        rf"(?P<name>{_NAME_WORD}(?:\s+(?:{NAME_PARTICLE})?{_NAME_WORD}){{1,3}})"
        r"(?:,[^,.;]{1,40}){0,2},?\s+[a-z][^.;]{0,120}?\b(?:on|to|via)\s+(?:his|her|their)\s+"
        rf"(?:own\s+)?(?:{NAMED_PLATFORM})\s+(?:channel|account|stream|page)\b"
    ),
    # the agent of publishing or filming, however dressed (archiver.articles.agents)
    *AGENT_PATTERNS,
    # an account named by a handle with no @: "posted to TikTok by the account kernowkidd"
    re.compile(
        r"\bby\s+the\s+(?:account|user|channel|handle|username)\s+[‘“'\"]?"
        r"(?!(?:that|which|who|whose|with|from|where|there|itself|behind|linked|owned|run)\b)"
        r"(?P<name>@?(?-i:[a-z0-9_.]{4,}))\b(?![’'-]\w)"
    ),
    # last: a user named with no "by" ("On Douyin, a user named Little Pepper posted ...")
    re.compile(
        r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?i:user|account)\s+(?:named|called|known\s+as)\s+"
        rf"[‘“'\"]?(?P<name>{_NAME})"
    ),
)


# A clip said to be someone's ("Niamh Byrne's clip"): whoever it was then "shared by" or
# "posted by" passed it on and did not make it. A clip said to be a motorist's or a
# teenager's may well be posted by that person, named ("A motorist's video, posted to
# Facebook by Trey Albers"), but not by "the Met Office", a body passing it on.
_OWNED_CLIP = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,2}?(?i:video|clip|footage|tiktok|reel|livestream|recording|"
    r"vlog)\b"
)
_NAMED_OWNER = re.compile(r"\b[A-Z][\w-]*[’']s\s")
_PASSED_ON_BY = frozenset(_CREATOR_PATTERNS[4:7])  # "{PUBLISH_VERB} (...) by ..."


# A nickname in quotes inside a name: "Tomasz “Tomek” Wierzba" is Tomasz Wierzba
# (or in straight single quotes: "Marek 'Kubel' Zawilski"; or of two words: "Thabiso 'Mr
# Bucket' Ramokoena")
_NICKNAME = re.compile(
    rf"\b([{CAPITAL}][{LOWER}]+)\s+[“\"‘'](?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?[”\"’']\s+"
    r"(?=[A-Z])"
)


# How much of a sentence is read for its clip's maker: news copy names the maker early, and
# a "sentence" of thousands of characters (a run of hyphenated capitals, "Ab-Ab-Ab-...")
# would take the name patterns time that grows with the square of its length
CREATOR_READS = 2000


# A "word" longer than any name, which the name patterns would read letter by letter (one
# of 2,000 capitalised letters took 0.15 s a line)
_NO_NAME = re.compile(r"[\w’'-]{80,}")


_NAMED_AFTER = re.compile(rf",\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?=\s*[,.;(]|$)")


def creator_named(text: str) -> str | None:
    text = _NICKNAME.sub(r"\1 ", _NO_NAME.sub(" ", without_stamp(text)[:CREATOR_READS]))
    credit = EMBED_CREDIT.match(text)
    if credit is not None:  # "Credit: YouTube/Gareth Pennywhistle"
        return credit["maker"]
    # a named channel or account first: the labels credit the channel, beside its owner
    # or the body it belongs to ("its YouTube channel, Wexmoor Police Media")
    channel = channel_named(text)
    if channel is not None:
        return channel
    if (
        own_clip_owner(text) == "its" or ITS_OWN.search(text) or a_body_posts_its_own(text)
    ) and not HANDLE.search(text):
        return None  # "Fenwick Town posted its own angle": a body's own footage
    maker = MAKER_OF_NEW.search(text) or STITCHED_BY.search(text) or own_camera(text)
    maker = maker or ON_OWN_ACCOUNT.search(text)
    if maker is not None and cleaned_name(maker["name"], text) is not None:
        return cleaned_name(maker["name"], text)
    owned = _OWNED_CLIP.search(text)
    made_from = MADE_FROM_IT.search(text)
    for pattern in _CREATOR_PATTERNS:
        for found in pattern.finditer(text):
            if (
                owned
                and pattern in _PASSED_ON_BY
                and owned.start() < found.start()
                # (a clip made from someone's is its own maker's: "A TikTok stitching
                # Kieran's video ..., posted by @porthsea")
                and not (made_from and made_from.start() < owned.start())
                and (
                    _NAMED_OWNER.match(text, max(0, text.rfind(" ", 0, owned.start()) + 1))
                    or text[: found.start("name")].lower().endswith("the ")
                )
            ):
                continue
            if (
                made_from
                and made_from.start() < found.start()
                and _OWNED_CLIP.match(text, found.end("name"))
            ):
                continue  # "a duet, ... beside Breen's video": whose clip it was made from
            role = found.groupdict().get("role")
            if role is not None and role.split()[-1] == "of":
                # "by the grandson of Tata Teodoro, Ulises Tecpan Flores (23),": the grandson,
                # named after; with no name after, no one named filmed it
                after = _NAMED_AFTER.match(text, found.end("name"))
                if after is None:
                    continue
                found = after
            # (an age is as good as a role: "filmed by 16-year-old Josh Harker")
            if role is not None and not any(
                role_word(w.capitalize()) or re.match(r"\d{1,3}-year-old$", w) for w in role.split()
            ):
                continue
            if inside_other_words(text, found.start("name"), found["name"]):
                continue
            if found.groupdict().get("place") and not a_person(found["head"]):
                continue  # "a trampoline in Pohara Flats, New Zealand,": the place's country
            if after_a_place(text, found.start("name"), found["name"]):
                continue  # "in Luoshan, China, a Kuaishou user ...": the same
            named = found["name"].removeprefix("The ") if pattern is _POSTS_AS else found["name"]
            name = cleaned_name(named, text)  # (posted as "The Myth Medic": a name all the same)
            quoted = found.start("name") > 0 and text[found.start("name") - 1] in OPENING
            if name is not None and (pattern is _POSTS_AS or quoted):
                # the name posted under keeps its first word ("Rider Little Zhang"), as
                # does a name in quotes ("the uploader 'Miss Pan Talks Beauty'")
                whole = found["name"].rstrip(".’'")
                return whole if whole.endswith(name) else name
            if name is not None:  # (the name posted under whole: "goes by Melon Uncle Bao")
                alias = _POSTS_AS.search(text)
                whole = alias["name"].rstrip(".’'") if alias else ""
                whole = whole or quoted_around(text, found.start("name"), found.end("name"))
                return whole if whole.endswith(f" {name}") else name
    handle = HANDLE.search(text)
    if handle:
        return handle.group(0)
    subject = subject_in_own_clip(text)
    if subject is not None:
        return cleaned_name(subject, text)
    if made_from and not made_from.group(0).startswith(("'", "’")):
        return None  # whose clip it was made from; but "Rae's stitch of ..." is Rae's
    owner = possessor(text)
    if owner and owner.split()[-1] in FEASTS:
        return None
    if owner and is_organisation(owner, text) and not BODYS_CHANNEL.search(text):
        return None  # "a frame from Harrowell Fire Department's video": a body's own
    found = PUT_IT_UP.match(text) or BY_WHO_THEY_ARE.search(text) or PHONE_OUT.match(text)
    found = found or WAS_FILMING.match(text) or FILMED_THEMSELVES.match(text)
    if owner is None and found:
        return cleaned_name(found["name"], text)
    return owner
