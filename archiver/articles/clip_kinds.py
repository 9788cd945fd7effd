"""Clips named by their kind rather than as "a video": the sixteenth pass's cues, kept
apart from archiver.articles.cues (near its size limit).

    kind_cites(text)   the sentence cites a clip it calls a review, an attack ad, a
                       parody, a Short or a Snap, a length of footage filmed, or a stream
                       broadcast live on a platform
    A_POST_SHOWS, WHICH_POSTED_IT, COUNTED_CLIPS
                       a post that shows someone, a clip as the object of its posting,
                       clips counted and tied to one event (read by clip_signals)
    CLIPS_LIFE         more of a clip's life: a stream ended, a platform taking it down
                       or saying it broke no rule (read by cues)
    SAID_IT_SAW_IT     a body's word that it has seen the clip ("said it had 'seen the video'")
    MADE_FROM_IT       a clip made from another: a stitch, a duet, a reaction, a spoof "in
                       reply to Tara's clip" (read by threads and the modules it asks)
    NEW_FILMER, ANOTHER_ANGLE
                       a clip brought in with someone new filming it, or filming what a clip
                       told already from elsewhere: each a clip of its own (read by threads)

Trade and political copy rarely says "video": "a 47-second review Osei-Lamb posted in
February", "released a 60-second attack ad on X", "posted a parody of the ad", "His most
lucrative Snap of the quarter shows ...", "42 seconds filmed from a bus shelter by ...",
"streamed live for more than an hour". A kind that is also a word for something else
("a review of the policy", "an ad campaign", "a short walk") cites only with a length,
with a platform the sentence names, or as the platform's own word (capitalised).
"""

from __future__ import annotations

import re

from archiver.articles.accounts import MAKER_OF_IT
from archiver.platforms import NAMED_PLATFORM, platform_named

# (not what is given in a room or on television as often as filmed: "a 30-minute speech",
# "a 10-minute response from the minister", "a 30-second spot on ITV", "a nine-minute
# sketch")
_KINDS = (
    r"review|ad|advert|advertisement|parody|spoof|skit|promo|trailer|tutorial|rant|"
    r"montage|compilation|explainer|short|snap|tribute|remix|unboxing|vlog|teaser"
)
# a length in numbers: "47-second", "two-minute" (not "split-second", "last-minute")
_NUMBER = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|forty-five|fifty|sixty|ninety)"
)
# a clip by its length: "a 47-second review", "a 60-second attack ad", "a two-minute parody"
# (not "a two-minute ad break", "a review of the evidence")
_TIMED_KIND = re.compile(
    rf"\b{_NUMBER}-(?:second|minute)\s+(?:[\w-]+\s+){{0,2}}?(?:{_KINDS})\b"
    r"(?!\s+(?:breaks?|campaigns?|slots?|revenue|spend|agency|of|for|into|by\s+(?:the\s+)?"
    r"(?:panel|board|court|regulator|committee))\b)",
    re.I,
)
# a clip of a kind put out on a platform the sentence names: "On TikTok, ... posted a parody
# of the ad", "posted a sponsored follow-up on Instagram"
# (not what may as well be written: "released a statement on Facebook", "posted a reply on
# X")
# (a regulator "released a review of Meta's moderation": released or published, only the
# kinds that are never written)
_PUT_OUT_KIND = re.compile(
    r"\b(?:posted|uploaded|shared|dropped)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:review|ad|advert|parody|spoof|skit|promo|trailer|tutorial|montage|compilation|vlog|"
    r"unboxing|teaser|follow-up|attack\s+ad)\b(?!\s+of\s+(?:the|its|their|[A-Z]))|"
    r"\b(?:released|published|put\s+out)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:parody|spoof|skit|teaser|trailer|promo|attack\s+ad|campaign\s+video)\b|"
    # (made of the clip in play, as translated copy words it: "made from the call a parody,
    # in which he plays the fraudster")
    r"\bmade\s+(?:from\s+(?:it|the\s+[\w-]+)\s+)?(?:a|an)\s+(?:[\w-]+\s+)?(?:parody|spoof|"
    r"remix|skit)\b(?=,?\s+(?:in\s+which|where|showing)\b)",
    re.I,
)
# an ad put out by someone: "An attack ad released last week by Citizens for a Safer
# Westfield, a super PAC, used a cloned voice"
# (not "a parking spot shared by two neighbours", "an ad run by the council in the Gazette")
_AD_BY = re.compile(
    r"\b(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,1}?(?:attack|campaign|political|video)\s+"
    r"(?:ad|advert)\s+(?:released|posted|published|shared|put\s+out)\s+(?:[^.;]{0,40}?\s)?by\b",
    re.I,
)
# the platform's own word for its clips, capitalised: "posted a Short on Thursday", "His
# most lucrative Snap of the quarter shows"
# (not a name that opens with the word: "a Short Sunderland flying boat", "a Snap-on
# wrench", "the Reel Cinema", "the Best Short award")
_PLATFORMS_WORD = re.compile(
    r"\b(?i:a|an|the|his|her|their|its|one|that|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?<!Best )(?:Short|Snap)"
    r"(?!s?\s+(?:form|video\s+format|feed|tab|fund|program|programme|award|film|prize)\b)"
    r"(?!s?\s+[A-Z])\b(?!-)"
)
# footage by its length, filmed: "42 seconds filmed from a bus shelter by student ..."
# (not "The council meeting minutes recorded no objection")
_SECONDS_FILMED = re.compile(
    rf"\b{_NUMBER}\s+(?:seconds|minutes)\s+(?:of\s+(?:[\w-]+\s+)?(?:footage|video)\s+)?"
    r"(?:filmed|recorded|shot|captured)\b",
    re.I,
)
# broadcast as it happened: "streamed live for more than an hour from a flyover"
_STREAMED_LIVE = re.compile(
    # (going live is archiver.articles.cues's _WENT_LIVE)
    r"\b(?:streamed|broadcast|livestreamed|live-streamed)\s+live\b|"
    r"\bclipped\b[^.;]{0,40}?\b(?:up|posted|put|shared)\s+(?:on|to)\b",
    re.I,
)


# a clip of a kind named with its platform: "a YouTube review by Shanelle Odukoya showed",
# "whose charity stream on Twitch ended on Thursday" (not a platform's product: "the
# TikTok Shop", "a YouTube channel")
_PLATFORM_KIND = re.compile(
    rf"(?:{NAMED_PLATFORM})\s+(?:review|stream|livestream|broadcast|tutorial|unboxing|"
    r"teardown|rant|vlog|explainer)\b(?!\s+(?:key|deal|rights|service|platform|team|process|"
    r"polic(?:y|ies)|board|guidelines?|rules?|system|queue|period)s?\b)|"
    rf"\b(?:stream|livestream|broadcast)\s+on\s+(?:{NAMED_PLATFORM})"
)
# a clip of a kind on someone's channel or account: "In a review on her YouTube channel,
# Sleep Nerd, ...", "launched its new recruitment advert on its YouTube channel" (not "a
# review on its website"); or sent in by a reader: "sent me her unboxing of a pair of ..."
_KIND_ON_THEIR_CHANNEL = re.compile(
    rf"\b(?:{_KINDS})\s+on\s+(?:his|her|their|its)\s+(?:own\s+)?(?:(?:(?:{NAMED_PLATFORM})\s+)?"
    rf"(?:channel|account|page|profile)\b|(?:{NAMED_PLATFORM}))|"
    rf"\bsent\s+(?:me|us|in)\s+(?:her|his|their|a|an)\s+(?:[\w-]+\s+)?(?:{_KINDS}|video|clip)\s+of\b",
    re.I,
)
# "vision" as Australian and New Zealand newsrooms say footage: "Dashcam vision from his
# car shows ...", "Vision posted to Facebook shows ..." (not "a vision for the town")
_VISION = re.compile(
    r"\b(?i:dash-?cam|CCTV|drone|helicopter|aerial|phone|mobile|bodycam|body-?worn|"
    r"camera|helmet-?cam|amateur|eyewitness|doorbell)\s+vision\b"
    r"(?!\s+(?i:statements?|boards?|strateg(?:y|ies)|documents?|plans?)\b)|"
    # (capitalised, opening the line: not "Her vision was posted on the council website")
    r"^Vision\s+(?i:posted|shared|filmed|taken|shot|captured|released|uploaded|recorded)\s+"
    r"(?i:to|on|by|from|at)\b"
)


# the clip in play as the original: "The original advert remains pinned to the top of the
# campaign's YouTube channel", "the original video's comment section"
_THE_ORIGINAL_CLIP = re.compile(
    r"\bthe\s+original\s+(?:\d{4}\s+|[\w-]+\s+)?(?:advert|ad|post|video|clip|upload|reel|"
    r"stream|livestream|recording|tiktok|short)(?:[’']s)?\b(?!-)"
    # (not another thing the word names: "the original post office", "recording studio",
    # "ad agency", "stream of the river")
    r"(?!\s+(?:said|says|read|reads|of|office|offices|studio|studios|agency|agencies|box|"
    r"building|site|card|code|team|company|firm|label|house|room|station|cast|score|"
    r"script|version\s+of\s+the\s+(?:book|novel|song|film|play))\b)",
    re.I,
)


# A clip made from a clip, by whoever made it: "Ms Dunn's original has been stitched by a
# dietitian", "Abernathy's ad has also been parodied by ..." (not "The wound was stitched by
# a paramedic", "The deal has been parodied by critics": the clip must be named first).
# A pattern's text, read here, by archiver.articles.owners (a clip of its own) and by
# archiver.articles.stated (its maker, after "by").
MADE_FROM_BY = (
    r"\b(?i:video|clip|tiktok|reel|post|original|stream|livestream|short|footage|ad|advert)\b"
    r"[^.;]{0,60}?\b(?i:stitched|duetted|remixed|parodied|re-?cut|spoofed)\s+by\b"
)
# A clip made from the one in play: "stitched the video with his own attempt", "a duet
# of the clip", "posted a reaction to it". TikTok's stitches and duets, and reaction
# videos, are clips of their own, with their own maker and numbers.
MADE_FROM_IT = re.compile(
    # ("A TikTok stitching Kieran's video")
    # ("posted a TikTok in January reacting to clips of the stream")
    r"\b(?:stitch(?:ed|ing)|duett(?:ed|ing)|remix(?:ed|ing)|react(?:ed|ing)\s+to)\s+"
    r"(?:(?:clips|parts|footage)\s+of\s+)?(?:the|this|that|his|her|their|its|it|"
    r"(?:(?:Mr|Mrs|Ms|Dr|Miss)\s+)?[A-Z][\w’'-]+[’']s)(?=\s)"
    # (made from it by someone, or answering it with a clip: "Ms Durant's original has been
    # stitched by ...", "Abernathy's ad has also been parodied by ...", "responded with a reel
    # in which she plays Sethi's clip", "answered Castellano's clip with a TikTok of her own",
    # "comedian Fran Mbeki's re-cut of Oakley's launch video")
    rf"|{MADE_FROM_BY}"
    # (or a clip that answers another by its kind: "posted a reply video on the church's
    # page", "A travel creator's reaction video, in which ...")
    r"|\b(?:a|an|[\w’'-]+[’']s)\s+(?:[\w-]+\s+)?(?:reply|reaction|response)\s+(?:video|clip|tiktok|"
    r"reel|short)\b|\b(?:a|an)\s+video\s+(?:reply|response)\b"
    # (or one named as one: "A duet posted on TikTok by the swimmer ...", "a stitch by the
    # retired sign writer", "whose duet of Harriet's video", "the duet of Ottilie's video by
    # the organist"; 112 of 115 such lines in sets 0-181 open a thread; not "a duet with")
    r"|\b(?:a|an)\s+(?:[\w-]+\s+)?(?:duet|stitch)\s+(?:posted|shared|uploaded|made|by|in\s+which|"
    r"that|where|of\b[^.;]{0,60}?\bby)\b|\b(?:whose|the)\s+(?:duet|stitch)\s+of\b[^.;]{0,60}?\bby\b"
    r"|\bwhose\s+(?:[\w-]+\s+)?(?:duet|stitch)\b"
    # ("posted a TikTok reaction to the fisherman's clip", "a reply on Instagram to Hattie's")
    r"|\b(?:a|an)\s+(?:[\w-]+\s+)?(?:reply|reaction|response)\s+(?:on\s+[\w-]+\s+)?to\s+"
    r"(?:the|this|that|his|her|their|its|[A-Z][\w’'-]+[’']s)\s"
    r"|\b(?:responded|replied|answered)\s+with\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:video|clip|tiktok|"
    r"reel|post|short)\s+in\s+which\s+(?:he|she|they)\s+(?:plays|shows|watches)\b"
    # ("answered the owl video with a duet on TikTok", "replied to the X clip with a TikTok of
    # his own": all 25 such lines in sets 0-196 open a thread)
    r"|\b(?:answered|responded\s+to|replied\s+to)\s+(?:the|your|this|that|his|her|their|"
    r"(?:(?:Mr|Mrs|Ms|Dr)\s+)?[A-Z][\w’'-]+[’']s)\s+(?:[\w'-]+\s+){0,2}?(?:video|clip|tiktok|"
    r"reel|post|stream|footage|livestream)\s+with\s+(?:a|an|one|its|his|her|their)\b"
    r"|[’']s\s+(?:[\w-]+\s+)?(?:re-?cut|parody|spoof|remix)\s+of\b"
    # (or a part of it: "stitched a clip of the scam stream with his own commentary")
    r"|\b(?:stitched|duetted|remixed)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:clip|part|section|bit)\s+"
    r"(?:of|from)\s+(?:the|this|that|his|her|their|its|[A-Z])"
    # a reaction told by its maker, duets made with it: "A reaction video by the comedian
    # Ayse Korkmaz", "Several TikTok users have made duets with the video"
    r"|\b(?:a|an)\s+reaction\s+(?:video|clip)\s+(?:by|from)\s"
    r"|\bmade\s+(?:duets|stitches|reactions|remixes)\s+(?:with|of|to)\s"
    # ("A TikTok duet of Marwood-Okafor's clip by the comedian ...")
    r"|(?:\b(?:a|an|his|her|their)|[’']s)\s+(?:own\s+|(?-i:[A-Z])[\w-]*\s+)?(?:stitch|duet|"
    r"reaction(?:\s+video)?|remix)\s+(?:of|to|with)\s+(?:the|this|that|his|her|their|it|[A-Z])"
    # a clip put out as an answer: "has posted a TikTok answering Saoirse's goat", "Her
    # video explaining the form, posted in response to the Haverleigh clip"
    r"|\b(?:posted|shared|made|uploaded)\s+(?:a|an)\s+(?:TikTok|video|clip|reel|short)\s+"
    r"(?:answering|replying\s+to|responding\s+to)\s+(?:the|this|that|his|her|their|[A-Z])"
    r"|\bposted\s+in\s+(?:response|reply|answer)\s+to\s+(?:the|this|that|his|her|their|[A-Z])"
    # ("posted a spoof on TikTok in reply to Tara's clip")
    r"|\b(?:posted|shared|uploaded|made|released)\s+(?:a|an|his|her|their)\s[^.;]{0,50}?\bin\s+"
    r"(?:response|reply|answer)\s+to\s+(?:the|this|that|his|her|their|[A-Z][\w’'-]+[’']s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:video|clip|tiktok|reel|post|original|stream|livestream)\b"
    # someone's answer to a clip: "comedian Ruby Achterberg's reply to the lemon video"
    r"|[’']s\s+(?:video\s+)?(?:reply|response|answer)\s+to\s+(?:the|this|that|his|her|their|"
    r"[A-Z])[^.;]{0,30}?\b(?:video|clip|tiktok|reel|post)\b"
    # an edit made of it: "cut the footage together with scenes from the drama"
    r"|\b(?:cut|edited|spliced|mixed)\s+(?:the|this|that|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:footage|video|clip)\s+(?:together\s+)?(?:with|into)\s"
    # put out as such: "the singer posted a duet, adding her own harmony"
    r"|\b(?:posted|shared|uploaded|made|released|filmed|recorded|(?:answered|replied|"
    r"responded)\s+with)\s+(?:a|an|(?:his|her|their|its)\s+own)\s+(?:[\w-]+\s+)?(?:stitch|duet|"
    r"reaction\s+video|remix)\b",
    re.I,
)


# a clip made from another: that, or "Dr Culleton stitched Ms Brennock's video" (not "the
# nurse stitched the wound")
_STITCHED = re.compile(
    MADE_FROM_BY + r"|\b(?:stitched|duetted)\s+(?:the|this|that|his|her|their|"
    r"(?:(?:Mr|Mrs|Ms|Dr)\s+)?[A-Z][\w’'-]+[’']s)\s+(?:[\w-]+\s+){0,2}?(?:video|clip|tiktok|reel|"
    r"post|original|stream|livestream|short)\b",
    re.I,
)


# an embedded clip's line ("WATCH: Kofi Stanforth-Bell steps on Amaya Ruel's dress (Video:
# Redline Pictures)"), and a platform labelling a post ("Meta has since added a 'false
# information' label to the page's post")
_EMBEDDED = re.compile(r"^WATCH\s*:\s+\S|\((?:Video|Footage)\s*:\s*[^()]{2,60}\)\s*$")
_LABELLED_POST = re.compile(
    r"\b(?:added|attached|applied|put)\s+(?:a|an)\s+[^.;]{0,40}?\blabel\s+(?:to|on)\s+(?:the|its|"
    r"their|his|her|[A-Z][\w’'-]+[’']s)\s+(?:[\w’'-]+\s+){0,4}?(?:post|video|clip|reel|upload)\b"
    r"(?!-|\s+(?:games?|calls?|tools?|players?|recorders?)\b)",
    re.I,
)


# A body's word that it has seen the clip, perhaps quoted: "Halbrook Events said they had
# 'seen the footage'", "The association said it had 'reviewed the full broadcast'" (cited,
# though it is told afterwards: archiver.articles.heard.told_afterwards lets it through)
SAID_IT_SAW_IT = re.compile(
    r"\b(?:said|says|confirmed)\b[^.;]{0,50}\b(?:had|has|have)\s+(?:not\s+)?['‘]?(?:seen|watched|"
    r"viewed|reviewed|received)\s+(?:a\s+copy\s+of\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:video|videos|"
    r"clip|footage|recording|recordings|stream|livestream|broadcast|parody)\b",
    re.I,
)
# A statement on a copy or an answer to the clip in play: "Kestrel Valley Police said it was
# aware of the copy", "Police said they had reviewed the CCTV"
_KNOWN_OF_IT = re.compile(
    r"\b(?:aware\s+of|reviewed|examined|studied|viewed|watched|reported|removed|taken\s+down|"
    r"took\s+down|flagged)\s+the\s+(?:[\w-]+\s+)?(?:copy|stitch|duet|CCTV|parody|repost|"
    rf"re-?upload)\b|{SAID_IT_SAW_IT.pattern}",
    re.I,
)
# Footage put out with no article before it: "has also released CCTV of a blue flatbed van",
# "A homeowner shared doorbell video of a man who rang the bell"
_FOOTAGE_OF = re.compile(
    r"\b(?:released|shared|posted|published|uploaded|issued|put\s+out|handed\s+over)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:footage|video|CCTV)\s+(?:of|from|showing)\s+(?:a|an|the|his|her|"
    r"their|its|two|three|[A-Z\d])",
    re.I,
)
# The clip someone is known for: "The one that made her name was an unboxing of ...", "The
# video that made his name, in 2021, shows ..."
_MADE_THEIR_NAME = re.compile(
    r"^(?:[^,]{0,30},\s+)?the\s+(?:one|video|clip|reel|tiktok|stream|post)\s+that\s+(?:made|launched|"
    r"changed)\s+(?:her|his|their|its)\s+(?:name|career|life|lives)\b",
    re.I,
)
# One of someone's clips: "In March, YouTube removed one of his videos, in which ..."
_ONE_OF_THEIRS = re.compile(
    r"\bone\s+of\s+(?:his|her|their|its|[A-Z][\w’'-]+[’']s?)\s+(?:[\w-]+\s+)?(?:videos|clips|"
    r"streams|livestreams|reels|uploads|TikToks|vlogs)\b|"
    # (the clip word left out after a superlative: "In one of his most-saved, he explains")
    r"\b[Oo]ne\s+of\s+(?:his|her|their)\s+most[\s-](?:saved|watched|viewed|shared|liked|"
    r"popular)\s*,"
)


# The clip in play put to a court: "Footage from the stream was played to the court",
# "Parts of the recording were shown to the jury" (not "It was shown to the jury", "Parts
# of it ...": a knife, as often)
PLAYED_IN_COURT = re.compile(
    r"^(?:(?:(?:footage|parts?|clips?|extracts?|excerpts?|sections?|stills?|some|more)\s+"
    r"(?:of|from)\s+)?(?:the|that|this|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:stream|"
    r"livestream|live-?stream|broadcast|video|clip|footage|recording|reel|film|vlog)|"
    # (or bare, in a court report: "Extracts were played to the court.")
    r"extracts|excerpts|clips|parts)\s+"
    r"(?:was|were)\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:played|shown|screened)\s+(?:to|in|at|before)\s+(?:the\s+)?(?:court|jury|magistrates|"
    r"tribunal|inquest|hearing|trial|bench|judge)\b",
    re.I,
)


def kind_cites(text: str) -> bool:
    if PLAYED_IN_COURT.search(text):
        return True
    if _TIMED_KIND.search(text) or _PLATFORMS_WORD.search(text) or _SECONDS_FILMED.search(text):
        return True
    if _PLATFORM_KIND.search(text) or _VISION.search(text) or _THE_ORIGINAL_CLIP.search(text):
        return True
    if _KIND_ON_THEIR_CHANNEL.search(text):
        return True
    if _STITCHED.search(text) or _EMBEDDED.search(text) or _LABELLED_POST.search(text):
        return True
    if _AD_BY.search(text) or _KNOWN_OF_IT.search(text) or _FOOTAGE_OF.search(text):
        return True
    if _ONE_OF_THEIRS.search(text) or MAKER_OF_IT.search(text) or _MADE_THEIR_NAME.search(text):
        return True
    named = platform_named(text) not in (None, "social media")
    return named and bool(_PUT_OUT_KIND.search(text) or _STREAMED_LIVE.search(text))


# Clips told by what they show or how they were counted (moved from
# archiver.articles.citations at its size limit)
# "A recent post shows him teaching ...": a post that shows someone or something is a
# clip, platform named or not (not "a post shows that ...", which is an argument)
A_POST_SHOWS = re.compile(
    r"\b(?:a|an|one|another|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:post|upload|short)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:shows?|showed|captures?|captured)\s+"
    r"(?!(?:that|how|what|why|whether|no|signs?)\b)",
    re.I,
)
WHICH_POSTED_IT = re.compile(
    r"\b(?:which|who|that)\s+(?:had\s+|has\s+)?(?:first\s+|originally\s+)?"
    r"(?:posted|uploaded|shared|published)\s+it\b",
    re.I,
)
# "Two videos of a herd of elephants ... have delighted viewers": clips counted and tied
# to one event are cited whatever the verb ("Cat videos have delighted viewers" is a genre)
COUNTED_CLIPS = re.compile(
    r"\b(?:two|three|four|five|several|both)\s+(?:[\w-]+\s+){0,2}?(?:videos|clips|"
    r"livestreams|recordings)\s+(?:of|from|showing|filmed|posted|shared|taken)\b",
    re.I,
)


_NO_REPLY = re.compile(
    r"\b(?:for\s+comment|did\s+not\s+(?:reply|respond)|(?:has|have|had)\s+not\s+(?:replied|"
    r"responded))\b",
    re.I,
)
# (unless the line goes on to the clip: "..., and its post is still up")
_ON_TO_THE_CLIP = re.compile(
    r"\d[\d,.]*\s*(?:m|k|million|thousand)?\s+(?:views|likes|shares)\b|\b(?:post|video|clip|"
    r"footage|reel|tiktok|stream|upload)s?\b",
    re.I,
)


# A count of many clips together: "the league says its clips were viewed 412 million times
# this season", "Her videos have been watched 40 million times", "Supermarkets posted more
# than 1,900 short videos to TikTok" (ten or more clips: no one of them)
_MANY_CLIPS_COUNTED = re.compile(
    r"\b(?:its|his|her|their|[\w’'-]+[’']s?)\s+(?:[\w-]+\s+)?(?:clips|videos|reels|uploads|"
    r"streams)\s+(?:were|are|have\s+been|had\s+been|have)\s+(?:\w+\s+)?(?:viewed|watched|"
    r"played|seen|liked|drawn|racked\s+up|amassed)\b|"
    r"\b(?:posted|uploaded|published|made|produced|released)\s+(?:more\s+than\s+|over\s+|nearly\s+|"
    r"almost\s+|about\s+|some\s+)?(?:\d{2,}|\d{1,3}(?:,\d{3})+|hundreds|thousands|dozens)\s+"
    r"(?:of\s+)?(?:[a-z-]+\s+){0,2}?(?:videos|clips|reels|livestreams|TikToks|Shorts)\b",
    re.I,
)


# A clip not made yet: "first, he needs to film a video about them", "she plans to post
# a follow-up", "will stream the final" (a clip to come is nothing to archive)
_NOT_MADE_YET = re.compile(
    r"\b(?:needs?|has|have|wants?|plans?|planning|hopes?|intends?|is\s+going|are\s+going|"
    r"is\s+due|are\s+due|will|would\s+like)\s+(?:to\s+)?(?:film|record|shoot|post|make|upload|"
    r"stream|livestream|go\s+live)\b(?![^.;]{0,60}?\b(?:video|clip|footage|stream|post)\s+"
    r"(?:has|had|was|shows|showed)\b)",
    re.I,
)

_MADE_ALREADY = re.compile(
    r"\b(?:posted|filmed|shared|uploaded|recorded|streamed|published|went\s+live|shows|showed|"
    # (live now, streaming on: "has gone live on TikTok ... and says she will stream all
    # 26.2 miles")
    r"views|viewed|watched|gone\s+live|is\s+(?:now\s+)?live|is\s+streaming)\b",
    re.I,
)


# A call to readers for clips, no clip of the story's: "Seen a better escape? Send us the
# video.", "... and, if you can, film them from a distance and send us the video"
_CALL_FOR_CLIPS = re.compile(r"(?:^|[.?!:]\s+|\band\s+)(?:please\s+)?send\s+us\b", re.I)


# A question of the story's own, no one's words: an explainer's heading ("Has the video
# been taken down?"), or the writer turning to the next point; none in the labelled sets
# cites or joins a clip (452 of 452)
A_QUESTION = re.compile(
    r"^(?:Has|Have|Is|Was|Did|Does|Do|Can|Will|What|Who|Where|When|How|Why|Which|Are|Were|"
    r"Should|Could)\b[^?‘“'\"]{0,80}\?$"
)


def no_clip_of_its_own(text: str) -> bool:
    """Many clips counted together, a clip not made yet, or an account asked for comment
    (moved here from archiver.articles.cues at its size limit)."""
    if _NO_REPLY.search(text) and not _ON_TO_THE_CLIP.search(text):
        return True  # "We contacted @DunhallowAlerts for comment": the account, asked
    if _NOT_MADE_YET.search(text) and not _MADE_ALREADY.search(text):
        return True  # (not "posted a video on Monday and plans to post another")
    return bool(
        _MANY_CLIPS_COUNTED.search(text) or _CALL_FOR_CLIPS.search(text) or A_QUESTION.match(text)
    )


# More of the clip's life told: a streamer ending or starting their stream ("Fahy has
# now ended his stream"); where the clip is ("The full, unedited clip is on the trust's
# YouTube channel"); a platform taking it down ("YouTube took it down"); a clip named by
# what it is on someone's channel ("in a slow-motion tutorial on his YouTube channel")
CLIPS_LIFE = re.compile(
    r"\b(?:ended|started|began|paused|resumed|restarted)\s+(?:his|her|their|its)\s+"
    r"(?:(?:live-?)?stream|live)\b|"
    r"\b(?:clip|video|footage|recording|stream)\s+is\s+(?:now\s+|still\s+)?(?:available\s+)?on\s+"
    r"(?:(?:the|his|her|its|their)\s+)?(?:[\w’'-]+[’']s\s+)?(?:own\s+)?"
    rf"(?:{NAMED_PLATFORM})|"
    # (the platform's own act on it: "TikTok removed that copy on Tuesday", "Meta has since
    # removed the advert", "TikTok has since labelled that post", "TikTok has pinned Priya's
    # replay")
    rf"(?:{NAMED_PLATFORM}|Meta)\s+(?:has\s+|had\s+)?(?:since\s+|later\s+|then\s+|also\s+|now\s+)?"
    r"(?:not\s+)?(?:took|taken|removed|deleted|pulled|labell?ed|restricted|pinned)\s+"
    r"(?:it|(?:the|that|this|its|[\w’'-]+[’']s)\s+(?:[\w-]+\s+){0,2}?(?:video|clip|stream|livestream|"
    r"post|footage|copy|repost|advert|reel|replay|upload))\b|"
    # or saying so, or that it broke no rule: "Kick said in a statement that it had removed
    # the stream", "Facebook said the post did not break its rules"
    rf"(?:{NAMED_PLATFORM}|Meta)\s+(?:said|says|confirmed)\s+(?:in\s+a\s+statement\s+|on\s+[A-Z]\w+\s+)?"
    r"(?:that\s+)?(?:it\s+(?:has|had)\s+(?:since\s+|now\s+)?(?:taken\s+down|removed|deleted|pulled|"
    r"restricted)\s+(?:it|(?:the|that|this)\s+(?:video|clip|stream|livestream|post|footage|reel|copy|"
    r"repost|advert))\b|the\s+(?:video|clip|stream|"
    r"livestream|post|footage|reel)\s+(?:did|does|had|has)\s+not\s+(?:break|breach|broken|"
    r"breached|violate|violated)\b)|"
    # or the writer's own viewing of it: "I have watched it twice." (every such line in the
    # labelled sets cites the clip in play)
    r"^(?:(?:And|But|Yes|Still|Now),?\s+)?I(?:[’']ve|\s+have)\s+(?:now\s+|since\s+)?(?:watched|"
    r"seen|rewatched|replayed)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:video|clip|footage|reel|stream))\b|"
    # or asked to by someone acting on it: "The trust said it had asked TikTok to remove the
    # copy", "Our club has asked X to take that copy down" (not "... to remove it", which a
    # reader's word to the writer mostly is: the labels read those as no citation)
    rf"\basked\s+(?:{NAMED_PLATFORM}|Meta)\s+to\s+(?:remove|delete|pull|take\s+down|take)\s+"
    r"(?:the|that|this)\s+(?:[\w-]+\s+)?(?:video|clip|stream|livestream|post|footage|copy|repost|"
    r"advert|reel|excerpt|original|upload)\b|"
    # or marking it: "X added a community note calling it ...", "Meta has since placed an
    # 'altered video' label on the post"
    rf"(?:{NAMED_PLATFORM}|Meta)\s+(?:has\s+|had\s+)?(?:since\s+|later\s+|then\s+|also\s+|now\s+)?"
    r"(?:added|attached|placed|put|applied|pinned)\s+(?:a|an)\s+(?:[\w‘’'\"“”-]+\s+){0,3}?"
    r"(?:note|label|warning|banner|notice)\b|"
    r"\bin\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?[a-z]+\s+on\s+(?:his|her|their|its)\s+"
    rf"(?:{NAMED_PLATFORM})\s+(?:channel|account|page)\b",
)


# A line that tells of a stream: "streamed the party live", "went live on Twitch"
TELLS_A_STREAM = re.compile(
    r"\b(?:live-?)?stream(?:ed|ing|s)?\b|\b(?:went|gone|going|goes)\s+live\b|\blive\s+on\b|"
    r"\bbroadcast\w*\s+live\b",
    re.I,
)


# A clip brought in with someone new filming it: "A video of the drone ..., filmed by a walker
# on a nearby hill"
NEW_FILMER = re.compile(
    r"^(?:A|An|One)\s+(?:[\w-]+\s+){0,2}?(?:video|clip|recording)\b[^.;]{0,80}?\bfilmed\s+by\s+"
    r"(?:a|an|one)\b",
    re.I,
)

# The same moment filmed from elsewhere: "He filmed the same moment from the other side of the
# table", "A lorry driver's dashcam recorded the same overtake". All thirteen such lines in the
# labels (sets 0-191) open a clip of their own, whoever filmed the one told first.
ANOTHER_ANGLE = re.compile(
    r"\b(?:filmed|recorded|captured|shot|caught)\s+(?:the|that)\s+same\s+(?!(?:video|clip|"
    r"footage|stream|livestream|recording)\b)[\w-]+",
    re.I,
)

# Someone streaming, not a stream's count or what is on it: "has gone live from the eaters'
# bench", "streamed the under-11s match" (not "its stream was watched by 44,000 people", nor
# "On Tuesday's stream a grinder ...")
GOES_LIVE = re.compile(
    r"\b(?:live-?)?stream(?:ed|ing)\b|\b(?:went|gone|going|goes)\s+live\b|\blive\s+on\b|"
    r"\bbroadcast\w*\s+live\b|\blive\s+broadcast",
    re.I,
)
