"""The tenth pass's rules, kept apart from citations.py and threads.py (both at their
size limit): copies of the clip in play, footage a camera caught, and a clip's owner
named by a possessive.

    ORIGINAL_TRACED "A reverse image search ... led us to a YouTube upload from 2019 by
                    ...": where the clip in play first appeared
    A_COPY          "A copy posted in the residents' group", "a fan account reposted a
                    slowed-down version": the clip in play, uploaded again
    REPOST          a line telling of another's upload of the clip ("a fan account saved
                    the clip and posted it to TikTok"), whose platform is that upload's
    COPIED_AGAIN    a clip told before, put up again by someone else ("Her fox video has
                    been copied to Facebook by the page ..."): so too
    copy_cites(t)   a copy of a clip put online cites ("The earliest copy we could find
                    was posted on 9 February by a Telegram channel ...")
    camera_cites(t) a camera caught something ("Her doorbell camera caught a man ..."),
                    someone named filmed something ("Gwen Abbott, from Sleaford, filmed
                    hail hammering ...")
    taken_over(t)   the clip "taken over" or "republished" by a page, as a translation
                    tells a copy ("The video was taken over also by the page ...")
    possessor(t)    the owner of a clip or camera named in full, a role word dropped
                    ("Nurse Priyanka Desai's doorbell camera", "Animator Tess Oyelaran's
                    four-minute Vimeo short")
    stitched_from(...), source_of(...)  the clip a stitch or duet in play was made from
    another_of_theirs(...)  an owner's clip a page reposted, told by what it shows, that
                    the owner's thread never told of
    named_owners(text_at)  a copy's "her clip" as "Castellane's clip" (see below)

A copy is the same clip: its thread is the clip's, while the platform and creator it
states are its own (archiver.articles.context's another_upload gives them only to the
lines after it). "Another version", "a new version" are not copies.
"""

from __future__ import annotations

import re

from archiver.articles.agents import SENTENCE_ADVERBS, role_word
from archiver.articles.clip_kinds import MADE_FROM_IT
from archiver.articles.letters import CAPITAL, MARKS
from archiver.articles.owners import owners_thread
from archiver.platforms import NAMED_PLATFORM

# A page's upload of the clip, told of where it is: "There's a version on YouTube by a channel
# called Rural Oddities", "There's one on Facebook, on a page called Made With Love"
_A_PAGES_COPY = (
    rf"\b(?:(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?<!another )(?<!new )(?<!different )version|one)"
    rf"\s+on\s+(?:{NAMED_PLATFORM})\s*,?\s+(?:from|by|on|posted\s+by)\s+(?:a|an|the)\s+"
    r"(?:page|account|channel|group|profile)\b"
)
A_PAGES_COPY = re.compile(_A_PAGES_COPY, re.I)
# (not "A 42-second excerpt": a length)
_NOT_ANOTHER = r"(?<!another )(?<!(?<![\w-])second )(?<!new )(?<!different )(?<!separate )"
A_COPY = re.compile(
    rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_NOT_ANOTHER}(?:copy|copies|repost|"
    # (of a clip, by its kind and a word or two: "A copy of his reply", "A copy of the
    # original ladder clip"; not "a copy of the letter")
    r"re-?upload|mirror)\b(?!\s+of\s+(?:the|a|an|his|her|its|their)\s+(?!(?:[\w’'-]+\s+){0,2}?"
    r"(?:video|clip|footage|recording|stream|livestream|reel|broadcast|reply|reaction|response|"
    r"stitch|duet|tiktok|short|vlog|time-?lapse)s?\b)\w)|"
    # "A version reposted on TikTok by the account @dailywholesome", "A version with English
    # subtitles was later reposted on TikTok"
    rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_NOT_ANOTHER}version\s+(?:with\s+[^,.;]{{1,30}}?\s+)?"
    r"(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:later\s+|then\s+|since\s+)?(?:re-?posted|"
    r"re-?uploaded|re-?shared|posted|uploaded|shared)\b|"
    # copies of the clip in play, spreading: "Copies continue to circulate: one, reposted on
    # X by ..."
    r"^(?:[\w-]+\s+){0,2}?copies\s+(?:of\s+(?:it|the\s+(?:video|clip|footage|reel|post))\s+)?"
    r"(?:continue|have|are|were|still|spread|circulate|keep)\b|"
    # a part or a capture of the clip: "A screen-recording of the reel posted to X", "A
    # 42-second excerpt uploaded to YouTube", "A shorter cut shared on Instagram", "A
    # TikTok version, captioned in Spanish," (not "a 20% cut in funding")
    # ("a screen recording was posted to X by the political blog ...")
    # (or someone's: "Tech writer Kit Olawale's 40-second cut of it, posted on X")
    rf"\b(?:a|an|one|(?-i:[A-Z])[\w-]+[’']s)\s+(?:[\w-]+\s+){{0,2}}?{_NOT_ANOTHER}(?:excerpt|cut|edit|"
    r"screen[\s-]?recording|"
    # (or the one who made it: "A shorter cut he put on TikTok has 12 million views")
    r"highlight|version)\s*,?\s+(?:(?:that\s+)?(?:he|she|they|we|[A-Z][\w’'-]+)\s+(?:later\s+|then\s+|"
    r"also\s+|since\s+)?(?=(?:re-?)?(?:posted|shared|uploaded|put|cut)\b))?"
    r"(?:(?:of|from)\s+it\b|(?:of|from)\s+(?:the|this|that|her|his|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:video|clip|reel|stream|livestream|broadcast|footage|tiktok|recording|review|short|"
    r"advert|moment|vlog)|(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:re-?)?(?:put|posted|"
    r"shared|uploaded)|cut\s+for|captioned|subtitled|dubbed)\b|"
    # a part cut from the clip in play by someone watching it: "A 40-second clip of the
    # moment, cut by a viewer and posted to X", "A clip of Varga's reaction has been cut
    # and posted to TikTok" (not "A clip of the goal, filmed by a fan": another angle)
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?clip\s+of\s+[^,.;]{1,40}?,?\s+(?:(?:was|has\s+been|"
    r"had\s+been)\s+)?(?:cut|clipped|trimmed)\s+(?:and|by|from)\b|"
    # "@albury_archive reposted a slowed-down version": (not a count, "reposted 7,000 times")
    r"\b(?:re-?posted|re-?uploaded|re-?shared)\s+(?:a|an|the|it)\b|"
    # the clip in play put on another platform: "Her toothbrushing clip was reposted to
    # YouTube by the channel Made In Shifts", "The same review, cross-posted to her Instagram"
    r"\b(?:(?:was|were|has\s+been|had\s+been)\s+re-?(?:posted|uploaded|shared)|"
    r"cross-?posted)\s+(?:to|on)\b|"
    # "He cross-posted the same video as an Instagram reel"
    r"\bcross-?posted\s+the\s+same\b|"
    # a page's upload of it, told of where it is (A_PAGES_COPY below)
    rf"{_A_PAGES_COPY}|"
    # a part of the clip in play put up again by someone: "One clip of the rant, reposted to
    # X by meme page @ClipDumpster", "A 40-second clip from it was later reposted on YouTube"
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:clip|video|cut|excerpt)\s+(?:of|from)\s+"
    r"[^,.;]{1,40}?,?\s+(?:(?:was|has\s+been|had\s+been)\s+)?(?:later\s+|also\s+|then\s+)?"
    r"(?:re-?posted|re-?uploaded|re-?shared|cross-?posted)\s+(?:to|on|by)\b|"
    # the clip in play passed on again: "Her clip was also reposted on X by ..."
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:also|later|since|then)\s+re-?(?:posted|"
    r"uploaded|shared)\s+(?:to|on)\b|"
    # copies of it spreading: "Copies of the same clip have also appeared on TikTok",
    # "Other copies on Instagram have been shared", "The copies being shared this week"
    # (not "Copies sold out within a week": copies put about online)
    r"^(?:[\w-]+\s+){0,2}?copies\b(?!\s+of\s+(?:the|a|an|his|her|its|their)\s+"
    r"(?!(?:same\s+|original\s+)?(?:video|clip|footage|recording|stream|livestream|reel|"
    r"broadcast|post)s?\b))(?=[^.;]*?\b(?:shar|post|upload|appear|circulat|view|watch|crop|"
    r"spread|edit)\w*)|"
    # the same clip carried elsewhere, or copied across: "a post carrying the same clip",
    # "A friend, Tobias Wren, copied it to TikTok", "screen-recorded the story and put it on
    # TikTok"
    r"\b(?:carrying|sharing|showing|reposted|re-?uploaded)\s+the\s+same\s+(?:video|clip|"
    r"footage|reel|recording)\b|\bcopied\s+it\s+(?:to|on|onto)\b|"
    # "One post carrying it, from the page Ride Safe Britain, ..."
    r"\b(?:post|page|account|upload|tweet)s?\s+(?:[\w@.’'-]+\s+){0,3}?(?:carrying|sharing|"
    r"containing)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:video|clip|footage|reel|recording))\b|"
    # ... or kept and passed on: "saved the story and later handed it to detectives"
    r"\b(?:screen-?recorded|ripped|downloaded|saved)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:video|clip|"
    r"story|reel|stream|livestream|footage))\s+and\s+(?:later\s+|then\s+)?(?:(?:re-?)?(?:posted|"
    r"put|shared|uploaded)|handed|sent|passed|gave)\b",
    re.I,
)
# A repost by someone else: "a fan account saved the clip and posted it to TikTok", "a
# copy reuploaded by a resident"
REPOST = re.compile(
    # (not a count: "had been reposted 45,000 times")
    r"\b(?:(?:re-?posted|re-?uploaded|re-?shared)(?!\s+(?:[a-z]+\s+){0,3}?\d)|saved\s+(?:it|the\s+\w+)\s+and\s+"
    r"(?:posted|shared|uploaded|put)|a\s+copy\b|cross-?posted|"
    # a part cut by someone watching: "A 40-second clip of the moment, cut by a viewer"
    r"\b(?:cut|clipped|trimmed)\s+(?:from\s+the\s+\w+\s+)?by\s+(?:a|an|one)\s+(?:viewer|fan|"
    r"user|follower)|\b(?:cut|clipped)\s+and\s+(?:re-?)?posted|"
    # another's post of "the original": "@SaveWithSuzy shared the original Reddit clip on X"
    r"\b(?:shared|posted|uploaded)\s+the\s+original\b|"
    # a copy as translations and tabloids tell it: "was taken over also by the portal ...",
    # "was transmitted also by the popular page ...", "was downloaded and uploaded again
    # by ...", "was nabbed by meme page ..."
    # ("has been taken up also by the page ...", "taken up and put on Instagram by the page")
    r"\b(?:taken\s+(?:over|up)|carried\s+over|transmitted|re-?published|(?:downloaded|ripped)\s+and\s+"
    r"(?:re-?)?(?:uploaded|posted)|nabbed|swiped|pinched)\s+(?:again\s+|also\s+){0,2}by\b|"
    r"\btaken\s+up\s+and\s+(?:put|posted|shared|uploaded)\s+(?:on|to)\s+\w+\s+by\b|"
    # ("was taken by the TikTok account 'Amba Lijoch'": not "a photo taken by her sister")
    rf"\btaken\s+(?:also\s+)?by\s+(?:the\s+)?(?:(?:{NAMED_PLATFORM})\s+)?(?:account|page|channel|"
    r"portal|site)\b)",
    re.I,
)
# A clip told before, put up again by someone else: "The carrot video has also been
# reposted on Instagram by the account @veg_with_faces", "Her fox video, meanwhile, has
# been copied to Facebook by the page ...": the copy is on a platform of its own
COPIED_AGAIN = re.compile(
    r"\b(?:has|have|had|was|were)\s+(?:(?:also|since|now|then|already|quickly|widely|"
    r"been)\s+){0,3}(?:copied|re-?posted|re-?shared|picked\s+up|lifted|re-?uploaded|nabbed|"
    r"swiped|pinched|cross-?posted)\b(?!\s+(?:[a-z]+\s+){0,3}?\d)",
    re.I,
)
# The clip in play copied, told as its subject: "Not before it was copied to X by an account
# called Rural Rage", "It has also been copied to Facebook by the page Birds Behaving Badly"
# (whoever copied it and wherever, the copy is the clip's)
IT_WAS_COPIED = re.compile(
    rf"^(?:[^.;]{{0,30}}?\b)?(?:it|the\s+original)\s+(?:{COPIED_AGAIN.pattern})", re.I
)
# The clip in play put on another platform by whoever the line names: "Her son, Theo, put
# it on TikTok the next day", "The league reposted it on X" (the clip's own thread, whatever
# platform it was first on); not one the line films first ("filmed the fight and put it
# on TikTok": a clip of the line's own)
_PUT_IT_ON = re.compile(
    r"\b(?:put|posted|uploaded|shared|re-?posted|re-?uploaded|re-?shared)\s+it\s+(?:on(?:to)?|to)\s+"
    rf"(?:(?:his|her|their|its)\s+(?:own\s+)?)?(?:{NAMED_PLATFORM})\b"
)
_MADE_FIRST = re.compile(
    # (or made into something else: "set it to opera and put it on YouTube"; or the body's
    # own clip, put out by it: "The tournament's own account has already put it on X")
    r"\b(?:filmed|recorded|streamed|shot|captured|made|caught|took|photographed|set|remixed|"
    r"dubbed|turned|own)\b",
    re.I,
)


def puts_it_on(text: str) -> bool:
    """The line tells of the clip in play ("it") put on a platform, made by no one in it."""
    found = _PUT_IT_ON.search(text)
    return found is not None and not _MADE_FIRST.search(text, 0, found.start())


# A fact-check's search that found where the clip in play first appeared: "A reverse image
# search of key frames led us to a YouTube upload from 19 November 2020 by ...", "traced
# the footage to the original, an Instagram reel posted on 3 March 2019". The same
# footage: its upload is another of the clip's, with its own platform and maker.
ORIGINAL_TRACED = re.compile(
    r"\b(?:search|searches|searching|trac(?:ed|ing)|led)\b[^.;]{0,60}?\bto\s+"
    r"(?:the\s+(?:original|earliest|first)\b|an?\s+(?:[\w-]+\s+){0,3}?(?:upload|original|"
    # ("led us to a TikTok posted on 3 March 2021 by ...")
    r"version|video|reel|post|clip|livestream|broadcast|tiktok|short)\b)",
    re.I,
)
_COPY_ONLINE = re.compile(
    r"\b(?:copy|copies|version|repost|re-?upload)\b[^.;]{0,60}?\b(?:"
    r"posted|uploaded|shared|reposted|re-?uploaded|forwarded|circulated|published)\b"
    # (or told where it is: "A: There's a version on Instagram where somebody has made the
    # stone do a full loop")
    r"|\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}?(?:copy|version|repost|re-?upload|remix|edit)"
    rf"\s+(?:of\s+it\s+)?(?:(?:is|was)\s+(?:still\s+)?(?:up\s+)?)?on\s+(?-i:{NAMED_PLATFORM})\b",
    re.I,
)
_NOT_A_CLIP_COPY = re.compile(
    r"\bcop(?:y|ies)\s+of\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:report|"
    r"letter|document|book|paper|newspaper|contract|memo|email|file|form|list|magazine)\b",
    re.I,
)


_KEPT_AND_PASSED = re.compile(
    r"\b(?:screen-?recorded|downloaded|saved)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:video|clip|story|"
    r"reel|stream|livestream|footage))\s+and\s+(?:later\s+|then\s+)?(?:handed|sent|passed|gave)\b",
    re.I,
)


def copy_cites(text: str) -> bool:
    if _KEPT_AND_PASSED.search(text):
        return True
    return bool(_COPY_ONLINE.search(text)) and not _NOT_A_CLIP_COPY.search(text)


_CAMERA_CAUGHT = re.compile(
    r"\b(?:camera|cam|dashcam|bodycam|webcam|CCTV|doorbell)s?\s+(?:\w+ly\s+)?(?:caught|"
    r"captured|recorded|filmed|shows|showed|picked\s+(?:\w+\s+){0,2}?up)\b|"
    # a phone that filmed ("A passenger's phone recorded what happened next"; not "His
    # phone showed 14 missed calls")
    r"\b(?:phone|mobile)s?\s+(?:\w+ly\s+)?(?:caught|captured|recorded|filmed)\b|"
    # past who set it, or as it ran: "A trail camera set by an ecologist has recorded",
    # "Haugland's drone was filming the glacier"
    # (not "The camera shop has recorded its best year": only a participle or a place
    # between the camera and its act)
    r"\b(?:camera|cam|dashcam|bodycam|webcam|CCTV|doorbell|drone)s?"
    r"(?:\s+(?:set|mounted|fitted|installed|placed|fixed|strapped|hidden|positioned|left|"
    r"used|run|operated|owned|maintained)\b[^.;,]{0,50}?|\s+(?:in|on|at|inside|outside|above|near|by)\s+[^.;,]{1,70}?)?"
    r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:caught|captured|recorded|filmed)\b|"
    r"\b(?:camera|cam|dashcam|drone)\s+(?:was|is|had\s+been)\s+(?:filming|recording|rolling|"
    r"pointing|running)\b|"
    # someone named filming something, past a place in apposition
    # or an age or a relative clause: "Gareth Tyson, 47, filmed himself", "Ifan Rowlands,
    # who teaches at ..., filmed his pupils"
    r"(?-i:\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)(?:,\s+(?:from|of|in)\s+[^,]{2,40},|"
    r",\s+(?:\d{1,3}|who|a|an)\b[^,.;]{0,80},)?\s+(?:(?:has|had)\s+)?(?:\w+ly\s+)?filmed\s+[a-z]|"
    # filming as it happened: "started filming when the dog hopped on", "was filming the
    # weigh-in on his phone"
    r"\b(?:started|began|kept|was|were)\s+filming\b(?:\s+(?!(?:a|an|the)\s+(?:film|movie|"
    r"documentary|series|scene|show|programme|episode)\b))|"
    # the device in hand: "caught the ball's whole flight on her phone"
    r"\b(?:caught|captured|filmed|recorded|shot)\s+(?!(?:the|a|an|his|her|their)\s+(?:film|"
    r"movie|documentary|series|photos?|pictures?|portraits?)\b)(?:[\w’'-]+\s+){0,10}?on\s+(?:her|his|"
    r"their|its|the|my|a|a\s+mobile)\s+(?:[\w-]+\s+)?(?:phone|mobile|smartphone|iPhone|camera|GoPro|"
    r"drone|dash-?cam|bodycam|webcam|helmet-?cam|CCTV)\b|"
    # caught on a platform: "captured another angle on Snapchat"
    rf"\b(?:caught|captured|filmed|recorded)\b[^.;]{{0,60}}?\bon\s+(?:{NAMED_PLATFORM})",
    re.I,
)


def camera_cites(text: str) -> bool:
    return bool(_CAMERA_CAUGHT.search(text))


_NAME_WORD = rf"[{CAPITAL}][\w{MARKS}’'-]+"
_POSSESSOR = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})[’']s\s+"
    r"(?:[\w-]+\s+){0,3}?(?:video|clip|footage|tiktok|reel|livestream|recording|vlog|short|"
    r"film|camera|dashcam|bodycam|webcam|drone|channel|stream|post|"
    # (or one made from another: "Bespoke bootmaker Ines Ardagh-Sowande's reply to Hamza's
    # zombie boots, also on YouTube, ...")
    r"reply|remix|stitch|duet|reaction)(?:s|es)?\b"
)


def possessor(text: str) -> str | None:
    """The one a clip or camera belongs to, named in full ("Nurse Priyanka Desai's
    doorbell camera" -> Priyanka Desai); a role word before the name is dropped."""
    found = _POSSESSOR.search(text)
    if found is None:
        return None
    words = found["name"].split()
    while len(words) > 1 and words[0] in SENTENCE_ADVERBS:
        words.pop(0)  # "Then Jan Pettifer's doorbell camera caught ..."
    while len(words) > 2 and role_word(words[0]):
        words.pop(0)
    if words[0] in ("The", "A", "An", "His", "Her", "Their", "Its", "In", "On"):
        return None
    return " ".join(words)


# A page's copy of the clip as a close translation tells it: "The video was taken over also
# by the popular Instagram page ...", "The well-known Telegram channel ... also this video
# has republished", "the video in WhatsApp groups from hand to hand is being sent". The
# verbs are the translator's (preuzeti, republicar, weitergeleitet), the clip the definite
# one the story is about, not another ("another film from the gathering is being
# re-published" is a clip of its own)
_TAKEN_OVER = re.compile(
    r"\b(?:taken\s+(?:over|up)|re-?published|spread\s+also|is\s+being\s+sent|"
    r"(?:from\s+)?hand[\s-]to[\s-]hand)\b",
    re.I,
)
_THE_STORYS_CLIP = re.compile(
    r"\b(?:the|this)\s+(?:video|recording|film|footage|clip|images)\b"
    r"(?!\s+(?:of|from)\s+(?:a|an|another)\b)",
    re.I,
)


def taken_over(text: str) -> bool:
    """A page's copy of the story's clip, told as a close translation tells it (see above)."""
    return bool(_TAKEN_OVER.search(text) and _THE_STORYS_CLIP.search(text))


# A page's copy of "the original", told by no owner's name, past a stitch or a reaction
# told since: "The original has also been copied to Instagram by the account ...", "A copy
# of the original posted to Weibo by the fan account ..."
_COPIED_BY_A_PAGE = re.compile(
    r"^(?:The\s+original|(?:A|One)\s+(?:[\w-]+\s+)?copy\s+of\s+the\s+original)\b"
    r"(?:(?!,\s+but\b)[^.;]){0,60}?\b"  # (not "The original was taken down, but a copy ...")
    r"(?:copied|reposted|re-posted|re-?uploaded|posted|uploaded)\s+(?:on|to|onto)\s+[A-Z]\w*\s+"
    r"by\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:account|page|channel|user|group)\b"
)


# Or the clip passed on from hand to hand on WhatsApp, by no one named: "Readers also sent us
# copies forwarded on WhatsApp", "On WhatsApp also, the video goes from group to group" (77
# of the 88 such lines in sets 0-181 that are no clip of their own are the story's first)
_FORWARDED = re.compile(
    r"\bforward(?:ed|s|ing)\b|\bfrom\s+(?:group|phone|chat)\s+to\s+(?:group|phone|chat)\b|"
    r"\bcop(?:y|ies)\b|\bdoing\s+the\s+rounds\b|\bgoing\s+round\b",
    re.I,
)


def forwarded_on_whatsapp(text: str) -> bool:
    """The clip passed on by no one named (see above): its maker is no one the line or
    its thread names (64 of 66 such citing lines in sets 0-181 are labelled so)."""
    return "WhatsApp" in text and _FORWARDED.search(text) is not None


# Or the story's clip come back to, past the clips told since, by its owner's name or a
# pronoun: "Bernadette's original, meanwhile, passed two million views", "His cab ride,
# meanwhile, passed five million views last week, he said" (42 of the 45 such lines in sets
# 0-181 are of the story's first clip, whoever else the owner's name is in)
_MEANWHILE = re.compile(
    r"^(?:(?P<owner>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})[’']s?|His|Her|Their|The)\s+"
    r"(?P<marks>(?:[\w’'-]+\s+){0,4}?)(?:video|clip|reel|original|post|stream|live|footage|"
    r"tiktok|ride|film|short)\b[^,]{0,30},\s+meanwhile,",
    re.I,
)


# Or an item a newsletter, a bulletin or a podcast goes back to by what it was about: "Back
# to the otter: Siobhán tells us ...", "PRESENTER: Back to Doris, and the ferry company's
# film of her ...", "[00:36:20] Back to the holograms: ..." (47 of the 53 such lines in sets
# 0-181 are in a thread told before, none in the one told last but one)
_BACK_TO = re.compile(
    r"^(?:And\s+)?[Bb]ack\s+to\s+(?:the\s+|that\s+|our\s+)?(?P<item>[^:,.]{2,40})[:,]\s"
)
_NOT_ITEMS = frozenset("the that our now a an his her their".split())
_ANY_CLIPS = frozenset("first original own viral new latest famous whole short long".split())


def storys_thread(
    text: str, thread_of: dict[int, int], text_at: dict[int, str], citing: set[int], lede: int
) -> int | None:
    """The story's clip a line comes back to: the first the owner it names was cited for
    ("Okafor-Marsh's butcher's reel, meanwhile, ..."), or the lede's; None when it names
    the clip by a word no other line of the story has ("Her heron video, meanwhile, ..."
    after a fox's), which leaves it to the clip in play (the headline may have it: "how a
    'blind test' on TikTok reopened ..." before "Her blind-test video, meanwhile, ...")."""
    back = _BACK_TO.match(text)
    if back:  # the first clip whose lines name the item: its capitalised name, or its noun
        words = [w.removesuffix("'s").removesuffix("’s") for w in back["item"].split()]
        words = [w for w in words if w.lower() not in _NOT_ITEMS] or [""]
        word = next((w for w in words if w[:1].isupper()), words[-1])[:5]
        item = re.compile(rf"\b{re.escape(word)}", re.I)
        named = [o for p, o in thread_of.items() if item.search(text_at[p])]
        return min(named) if named and len(word) >= 3 else None
    found = _MEANWHILE.match(text)
    story = thread_of[lede]
    if found and found["owner"]:
        owners = owners_thread(f"{found['owner']}'s video", thread_of, text_at, citing, first=True)
        story = story if owners is None else owners
    marks = found["marks"].lower().replace("’", "'").split() if found else []
    words = [w.removesuffix("'s") for w in marks if w.removesuffix("'s") not in _ANY_CLIPS]
    told = " ".join(line for line in text_at.values() if line != text).lower() if words else ""
    if any(not re.search(rf"\b{re.escape(word[:5])}", told) for word in words):
        return None
    return story


def back_to_the_story(text: str, raw: str, owners: int | None) -> bool:
    """The story's clip come back to: a page's copy of the original or the clip forwarded
    on WhatsApp, told by no owner's name and not in a live blog's entry (`raw` is the line
    with its stamp), a clip told with "meanwhile", or an item gone back to (see above)."""
    if _MEANWHILE.match(text) or _BACK_TO.match(text):
        return True
    if owners is not None or text != raw:
        return False
    return forwarded_on_whatsapp(text) or _COPIED_BY_A_PAGE.search(text) is not None


def stitched_from(
    text: str, in_play: int, thread_of: dict[int, int], text_at: dict[int, str]
) -> int | None:
    """The thread of the clip a stitch or duet in play was made from, when the line is a
    copy told with no owner of its own ("A copy posted on Instagram by ..."), or None: the
    clip named in the stitch's line, or failing a name and an owner the story's (the first
    told: "An uncredited copy on X, posted by ..." after "A stitch posted by ...")."""
    in_play_text = text_at.get(in_play, "")
    if not A_COPY.search(text) or not MADE_FROM_IT.search(in_play_text):
        return None
    threads = set(thread_of.values())  # (read once: an article may tell thousands)
    made = _made_from(threads, text_at)
    named = _named_source(in_play_text, thread_of, text_at, made)
    if named is not None or re.search(r"\b(?:his|her|their)\b", text, re.I):
        return named  # ("A copy of her video": hers, whichever clip that is)
    return min((o for o in threads - made if o < in_play), default=None)


def source_of(in_play_text: str, thread_of: dict[int, int], text_at: dict[int, str]) -> int | None:
    """The thread of the clip a stitch or duet was made from, named by its owner ("A TikTok
    duet of Marwood-Okafor's clip"), or None."""
    made = _made_from(set(thread_of.values()), text_at)
    return _named_source(in_play_text, thread_of, text_at, made)


def _made_from(threads: set[int], text_at: dict[int, str]) -> set[int]:
    """The threads that are stitches, duets or reactions."""
    return {o for o in threads if MADE_FROM_IT.search(text_at.get(o, ""))}


def _named_source(
    in_play_text: str, thread_of: dict[int, int], text_at: dict[int, str], made: set[int]
) -> int | None:
    citing = {p for p, o in thread_of.items() if o not in made}
    return owners_thread(in_play_text, thread_of, text_at, citing)


# An owner's clip a page reposted, told by what it shows: "reposted Wren's clip of a bat
# flying laps of the ringing chamber", "reposted the Thornmere Singers' clip of their flash
# mob"
_OWNERS_CLIP_OF = re.compile(  # (only a repost: "Mr Devlin's reel of the singalong" is his)
    r"\b(?:re-?posted|re-?shared|re-?uploaded|copied|lifted)\s+(?:the\s+)?[\w&’' -]{1,40}?"
    r"(?:[’']s|s[’'])\s+(?:[\w-]+\s+)?(?:clip|video|reel|tiktok|footage|short)\s+of\s+"
    r"(?P<shows>[^,.;]{3,100})"
)
_WORD = re.compile(r"\b[a-z][a-z-]{3,}\b")
_NOT_SHOWN = frozenset(
    "their with without within from after before during while into onto over under about "
    "across along around through which that this them they then than when where what credit "
    "being some other".split()
)


def another_of_theirs(
    text: str, owners: int, thread_of: dict[int, int], text_at: dict[int, str]
) -> bool:
    """The line tells of an owner's clip by what it shows, and no line of the owner's thread
    `owners` tells of any of it: another clip of theirs, not told before ("Darts Daily UK
    reposted Shaz's clip of her own mother falling asleep mid-match" after her tour of the
    pub's darts corner). The thread's lines are read only for such a line."""
    found = _OWNERS_CLIP_OF.search(text)
    if found is None:
        return False
    shown = set(_WORD.findall(found["shows"])) - _NOT_SHOWN
    lines = (text_at[p] for p, o in thread_of.items() if o == owners)
    told = {w for line in lines for w in _WORD.findall(line.lower())}
    return bool(shown) and not shown & told


# A copy of "her" clip just after a line of someone speaking by name: "Ms Castellane told
# Coast Today she had only started filming because ..." / "A copy of her clip posted on
# Instagram by the account @ukbeachlife has ..." (hers, not the clip told last; not "a copy
# of his euro-cylinder clip", which its words tell apart from his others)
_COPY_OF_THEIRS = re.compile(
    r"^(?:A|An|One|The)\s+(?:copy|version|repost|re-?upload)\s+of\s+(her|his)\s+(?=(?:clip|"
    r"video|footage|reel|tiktok|post|stream|livestream)\b)",
    re.I,
)
_SPEAKING = re.compile(  # (by name: not "She told ...", "Police said ...")
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?!(?:He|She|They|It|We|I|You|Police|Officials|"
    r"Organisers|Witnesses|The|A|An)\b)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?:has\s+|had\s+)?(?:told|said|says|tells|added|explained|admitted|insisted)\b"
)


def named_owners(text_at: dict[int, str]) -> dict[int, str]:
    """Each line's text, a copy's "her" or "his" named where the line before is them speaking."""
    named = dict(text_at)
    for position, text in text_at.items():
        found = _COPY_OF_THEIRS.search(text)
        if speaker := found and _SPEAKING.match(text_at.get(position - 1, "")):
            named[position] = f"{text[: found.start(1)]}{speaker[1]}'s{text[found.end(1) :]}"
    return named
