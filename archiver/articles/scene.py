"""What a clip shows, told in the present with no cue word.

    scene(text)       "The snow rushes over the ridge": a noun phrase, then a verb in the
                      present; the caller knows a clip was just cited
    SCENE_SINGULAR    a verb in the present after a singular subject ("Nair pipes ...")
    acts_now(text)    someone or something doing a thing now, however long the subject
                      ("The goalkeeper, who is nine, throws his gloves on the ground")

Split from archiver.articles.threads, which uses these to carry a thread on: the rules
that tell a clip's moment ("The crowd on the beach falls silent") from the story around
it ("Leopard sightings have risen in recent years") are long enough to stand alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# What the clip shows, told in the present with no cue word: "The snow rushes over the
# ridge", "Her grandmother tastes the soup", "Supporters crowd around him", "The keeper
# is still backpedalling". A noun phrase of one to three words (and "of ...") opens the
# sentence and a verb in the present follows: one in -s after a singular, a bare one
# after a plural, or "is/are ...ing". Verbs of saying and of states ("says", "remains",
# "are common") belong to the story around the clip, not to what it shows.
_NP_WORD = re.compile(
    r"(?!(?:in|on|at|of|from|to|for|with|by|and|or|but|will|would|can|could|may|might|"
    r"must|should|has|have|had|is|are|was|were|did|does|do|said|says|say|that|who|which|"
    r"not|never|also|then|now|still|just|this|that|these|those|his|its|their|our|my|your|"
    r"some|any|there|here|the|a|an)$)[\w’'-]+$",
    re.I,
)
_WORD = re.compile(r"\S+")
# Subjects outside the clip: its audience, and those the story quotes ("Commenters praise
# his patience", "Officials are investigating the crash")
OUTSIDE = frozenset(
    "viewers commenters users followers fans critics experts officials authorities police "
    "researchers scientists analysts spokesman spokeswoman spokesperson minister ministers "
    "government company council ministry department agency platform investigators".split()
)
_STORY_VERBS = (
    r"says|tells|warns|adds|explains|notes|reports|claims|believes|thinks|insists|argues|"
    r"confirms|denies|estimates|expects|plans|hopes|wants|admits|agrees|urges|calls|"
    r"remains|seems|means|needs|costs|lives|works|owns|knows|runs|opens|closes|includes|"
    # habits and states, which describe the world rather than a moment of a clip
    r"offers|uses|provides|allows|requires|represents|serves|operates|employs|features|"
    r"attracts|sells|supports|produces|makes up|accounts|consists|exists|matters|"
    r"faces|becomes|continues|happens|depends|belongs|contains|lies|stands at|ranks|"
    r"comes|follows|marks|raises|prompts|sparks|reflects|highlights|shows no"
)
# The same verbs after a plural subject: "The buses use radar", "Farmers sell direct"
_STORY_VERBS_BARE = "|".join(
    v[:-3] + "y"
    if v.endswith("ies")
    else v[:-2]
    if v.endswith(("ches", "shes", "sses"))
    else v[:-1]
    for v in _STORY_VERBS.split("|")
    if v.endswith("s")
)
# A story verb among a line's first words: the world's states and habits, or speech
# reported without quotation marks ("Unions say the shifts are too long")
STORY_VERB_EARLY = re.compile(
    rf"^(?:\S+\s+){{0,3}}?(?:{_STORY_VERBS}|{_STORY_VERBS_BARE}|say|claim|argue|warn|"
    r"(?:is|are)\s+(?:in place|in effect|common|rare|likely|unlikely|expected|available))\b",
    re.I,
)
# Words in -s that are no verb in the present: "Earlier this year"
_NOT_VERBS = r"has|was|does|is|this|his|its|as|us|thus|plus|always|perhaps|besides|towards|whereas"
# A word in -s followed by these is a plural noun: "Food prices in Accra rose", "tower
# blocks in which residents lived"
_NOUN_AFTER = (
    r"(?!\s+(?:in|of|on|at|for)\s+(?:which|whom)\b)"
    # up to six words on ("sightings on the edge of the city have risen"), but not past
    # a conjunction, a relative or a pronoun that opens a clause: "gets up and is led
    # away", "phones every relative she can think of" are verbs
    r"(?!(?:\s+(?!(?:and|then|but|or|as|while|when|before|after|that|which|who|he|she|"
    r"they|we|you|it)\b)"
    r"[\w’'-]+){0,6}?\s+(?:are|is|were|was|have|has|had|will|would|can|could|say|"
    # ("red", "bed", "speed" end in -ed and are no past tense: "wave red scarves")
    r"said|do|did|may|might|must|rose|fell|grew|went|came|sold|"
    r"(?!(?:red|bed|shed|sled|seed|need|speed|feed|weed)\b)\w+ed)\b)"
)
# A verb of action is followed by its object, a particle or a preposition ("tumbles
# across", "slices the fruit", "rises higher"); a plural noun that looks like a verb is
# not ("The self-driving buses use radar", "Ferry tickets sold out").
_LINKING = "falls fall goes go turns turn grows grow stays stay gets get keeps keep".split()
_FOLLOW = (
    r"(?=\s*[,.;:!?—–]|\s+(?:the|a|an|his|her|their|its|this|that|some|one|two|three|each|"
    r"every|all|both|him|them|it|himself|herself|themselves|itself|across|over|under|into|"
    r"onto|to|toward|towards|through|along|around|round|past|behind|beside|beneath|above|"
    r"below|up|down|out|off|away|back|in|on|at|for|from|with|without|by|before|after|as|while|"
    r"until|and|again|twice|once|higher|lower|further|closer|faster|forward|forwards|"
    r"between|among|near|inside|outside|aboard|ahead|alongside|\w+ly)\b"
    # a bare plural object that ends the clause: "Supporters wave red scarves."
    r"|\s+(?:[a-z]+\s+)?[a-z]+[^s\W]s(?=\s*[,.;:!?])"
    # a linking verb's one-word complement: "falls silent, then ..." (not any verb: "The
    # opposition called the remarks disgraceful." has no verb "remarks")
    r"|(?:" + "|".join(f"(?<={verb})" for verb in _LINKING) + r")\s+[a-z]+(?=\s*[,.;:!?—–]))"
)
_MOVES = (
    r"|(?:runs|comes|run|come)\s+(?:for\s+cover|across|towards?|into|out\s+of|away|off|"
    r"past|through|along|down|up|over|around|back|onto|after)\b"
)
# moved by someone, now: "Percy is led away by two stewards", "is dragged over the line"
_MOVED = (  # (after "is" or "are", BE)
    r"|BE\s+(?:\w+ly\s+)?(?:dragged|pulled|pushed|lifted|carried|wheeled|hauled|tossed|hurled|"
    r"rescued|bundled|escorted|ushered|chased|knocked|bowled|tipped|hoisted|winched|led|thrown|"
    r"blown|swept|flung|spun|shaken)\s+(?:away|off|out|over|into|onto|up|down|back|along|across|through|"
    r"aside|clear|free|to\s+the\s+ground)\b"
)
_ADVERB = r"\s+(?:(?:also|then|now|still|just|finally|quietly|slowly|suddenly|even|\w+ly)\s+)?"
SCENE_SINGULAR = re.compile(
    _ADVERB + rf"(?:(?:(?!(?:{_STORY_VERBS}|{_NOT_VERBS})\b)[a-z]+(?:-[a-z]+)*[^s\W]s|"
    r"[a-z]+(?:ches|shes|sses|xes|ies))\b"
    + _FOLLOW
    + _NOUN_AFTER
    + r"|is\s+(?:still\s+|now\s+|\w+ly\s+)?[a-z]+ing\b"
    + _MOVED.replace("BE", "is")
    # a verb of habit that moves somewhere is a moment: "The dog runs for cover", "The
    # calf comes back" (not "runs a taxi firm", "comes from Leeds")
    + _MOVES
    + ")"
)
SCENE_PLURAL = re.compile(
    _ADVERB + r"(?:(?!(?:say|tell|warn|add|explain|note|report|claim|believe|think|insist|argue|"
    r"confirm|deny|estimate|expect|plan|hope|want|admit|agree|urge|call|remain|seem|mean|"
    r"said|told|thought|knew|took|made|got|went|came|saw|left|began|became|found|gave|"
    r"offer|use|provide|allow|require|represent|serve|operate|employ|feature|attract|sell|"
    r"support|produce|account|consist|exist|matter|include|contain|cost|"
    r"need|live|work|own|know|become|have|had|were|was|are|did|do|would|could|will|can|may|"
    r"might|should|must|who|which|that|and|or|in|on|at|of|from|with|by|for|to|reported|"
    r"called|its|their|the|a|an|after|before|over|under|into|across|through|during|about|"
    r"against|since|until|like|than|as|up|down|out|off|near|ago|later|earlier)\b)"
    r"[a-z]+(?<!ed)(?<![^s]s)\b"  # "cross", not "crosses"
    + _FOLLOW
    + _NOUN_AFTER
    + r"|are\s+(?:still\s+|now\s+|\w+ly\s+)?[a-z]+ing\b"
    + _MOVES
    + _MOVED.replace("BE", "are")
    + ")"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|spring|summer|autumn|winter)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Habits are the world's, not a moment of a clip: "Herons nest along the river every
# spring"; nor is a line the story attributes ("..., the tourist office said").
HABITUAL = re.compile(
    r"\b(?:every|each)\s+(?:day|week|month|year|spring|summer|autumn|winter|morning|"
    r"evening|night|season|weekend)\b|"
    # a rate: "teaches two classes a week", "twice a day", "1,000 bowls a year"
    r"\b(?:once|twice|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|few|handful|dozen|couple)\s+(?:[a-z]+\s+){0,2}?(?:a|per)\s+(?:day|week|month|year|"
    r"fortnight|night|season)\b|\b(?:usually|often|always|generally|typically|"
    r"normally|rarely|seldom|regularly|increasingly)\b|"
    # the story's word for it, with the speaker's at the end ("The work is hard, she
    # says."), not a quotation the verb opens ("In it, she says: 'We are finished.'", "In
    # it, the woman filming says, 'They're not even running.'")
    r"(?<!^in it)(?<!^in the clip)(?<!^in the video)"
    # (not "and says, '...'" at the end, the quotation blanked out: the clip's speech)
    r",\s+(?:[\w’'-]+\s+){0,4}(?:said|says|told)(?!\s*:)(?!(?<=and\ssays),\s{3})\W*$|"
    # a fact of a kind of thing: "Capybaras are the largest rodents in the world and can
    # weigh up to 80 kg"
    r"\b(?:is|are)\s+(?:the|among\s+the)\s+(?:[a-z]+est|most|least)\b|"
    r"\bcan\s+(?:weigh|grow|reach|live|last|measure|survive)\b|"
    # the story's background: a trend over time, a source ("have risen in recent years")
    r"\b(?:in recent (?:years|months|weeks)|(?:last|this|next) (?:year|month|week)|"
    r"according to|since \d{4}|(?:has|have) (?:\w+ly\s+)?(?:risen|fallen|grown|increased|"
    r"decreased|doubled|declined|become))\b"
    # a season of the year: "Humpbacks migrate along the coast between July and November"
    rf"|\b(?:between\s+{_MONTH}\s+and|from\s+{_MONTH}\s+(?:to|until))\s+{_MONTH}\b"
    # a date on the calendar is a schedule, not the clip's moment: "Pupils sit their
    # final exams in November", "The shirt goes on sale on Friday" (the clip's moment is
    # told without one; a citing line that dates its clip is read elsewhere)
    rf"|\b(?:in|on|by|until|from|next|this|every)\s+(?-i:{_MONTH}|{_WEEKDAY})s?\b",
    re.I,
)
# After "he", "she" or "they" a state or a habit is the person's life, not the clip's
# moment: "She is 79.", "He sells the accordions to schools at cost", "They live in Leeds".
_STATE_OR_HABIT = re.compile(
    r"\s+(?:also\s+|now\s+|still\s+)?(?:(?:is|are)\s+(?:\d|(?:a|an|one|not|from|based|married|"
    r"retired|known|originally)\b)|(?:lives?|works?|owns?|sells?|earns?|employs?|"
    r"operates?|manages?|plans?|hopes?|wants?|believes?|knows?|needs?|remains?|"
    r"studies|study|spends?)\b)",
    re.I,
)


# A quotation in the line: its words are someone's, not the story's ("says the kit is
# 'the only thing I've changed this year'" is no habit of the clip's)
_QUOTATION = re.compile(r"(?:(?<=\s)|^)[‘“'\"][^“”\"]*?[’”'\"](?=[\s,.;:!?]|$)")


def state_or_habit(text: str, at: int) -> bool:
    """The verb at `at` (after a pronoun subject) tells a state or a habit, or the line
    is the world's habit ("every spring", "between July and November")."""
    unquoted = _QUOTATION.sub(lambda found: " " * len(found.group(0)), text)
    return bool(_STATE_OR_HABIT.match(text, at) or HABITUAL.search(unquoted))


# "It shows brown water rushing between storefronts": the clip in play, by what it shows
# (not an argument: "It shows how little the council cares"), past how it was made, however
# long: "Filmed on a night when the unit was unusually calm, it shows her teaching ..."
IT_SHOWS = re.compile(
    r"^(?:[^,]{0,40},\s+|(?P<made>(?:filmed|shot|recorded|streamed|taken|captured|posted|"
    r"uploaded)\s[^,.;]{0,100},\s+))?it\s+(?:also\s+|then\s+|clearly\s+)?(?:shows|captures|"
    r"features|(?(made)follows|(?!)))\s+"
    r"(?!(?:that|how|what|why|whether|no|signs?|little|much)\b)"
    # or its length, told as what the clip is: "It is 14 seconds long and filmed through a
    # window: ...", "It runs for just under a minute"
    r"|^it\s+(?:is|runs|lasts)\s+(?:for\s+)?(?:just\s+|only\s+|about\s+|barely\s+|(?:just\s+)?"
    r"(?:under|over)\s+|less\s+than\s+)?(?:\d+|a|an|one|two|three|four|five|ten|twenty|thirty|"
    r"forty|fifty|sixty|ninety)(?:\s+and\s+a\s+half)?[\s-]+(?:seconds?|minutes?)\b",
    re.I,
)


_FUNCTION_START = re.compile(
    r"^(?:the|a|an|it|this|that|these|those|there|here|in|on|at|but|and|so|as|if|when|"
    r"while|after|before|since|according|meanwhile|however|also|one|some|many|most|all|"
    r"no|neither|none|each|every|both|i|we|you|our|my|your|earlier|later|last|next|"
    r"yesterday|today|tonight|now|then|elsewhere|finally|soon|already|still|only|even)\b",
    re.I,
)

# Plurals with no -s, and counts that make the phrase plural: "The two women cross"
_PLURAL_HEADS = frozenset("women men children people police geese mice feet teeth sheep".split())
_COUNTS = frozenset("two three four five six several both many few".split())
# A place after the head stays in the noun phrase: "The crowd on the beach falls silent"
_PLACE = frozenset("on in at near by outside inside behind beside under above".split())


_DETERMINERS = frozenset("the his her their its each every a an".split())
# After an opening of a moment in the clip ("Moments later, a wave hits the wall") any
# determiner may open the subject: the opening has already tied the line to the clip.
_ANY_DETERMINER = _DETERMINERS | frozenset("a an one some two three several".split())
# A short opening clause that moves on within the clip ("Suddenly,", "At one point,",
# "Seconds later,"); one with a date, a source or a contrast is the story's ("In 2019,",
# "Last year,", "According to police,", "However,").
_OPENING = re.compile(r"^(?P<words>(?:[A-Za-z’'-]+\s+){0,3}[A-Za-z’'-]+),\s+")
_STORY_OPENING = re.compile(
    r"\b(?:year|years|month|months|week|weeks|ago|since|last|earlier|according|however|"
    r"meanwhile|elsewhere|yesterday|today|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|police|officials|if|when|although|though|but|after|before|because)\b",
    re.I,
)


_PLACE_PRONOUNS = (["him"], ["her"], ["them"], ["it"], ["us"])
# One picked out of a group in the clip: "One of the calves stops", "Not one of them
# lands", "Neither of the boys looks back" (a singular verb follows)
_ONE_OF = re.compile(
    r"^(?:not\s+)?(?:one|each|none|neither|either|any|only one)\s+of\s+(?:them|those|these|"
    r"(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s+[a-z]+s\b))",
    re.I,
)


# A verification desk's reading of the clip just cited: what in it was matched to a place
# or a time ("We matched the bus shelter and a petrol station sign to the E-17 road",
# "Using Street View imagery, we located the pharmacy", "Amateur investigators on X matched
# the water tower to a village")
_MATCHED_IN_IT = re.compile(
    r"^(?:[^,]{0,60},\s+)?(?:we|they|investigators|researchers|analysts|[A-Z][\w’'-]+(?:\s+"
    r"[\w’'-]+){0,4})\s+(?:(?:then|also|later|have|has|had)\s+)?(?:matched|geolocated|"
    r"pinpointed|confirmed\s+the\s+location)\b"
    # (not a laboratory's or a charity's matching: "Police matched the DNA to ...")
    r"(?!\s+(?:the\s+|his\s+|her\s+)?(?:DNA|fingerprints?|samples?|records?|funds?|donations?|"
    r"offers?|numbers?)\b)"
    # "located" only as the desk's own act: "Using Street View imagery, we located ..." (not
    # "Officers later located him", "Police located the car")
    r"|^(?:[^,]{0,60},\s+)?we\s+(?:(?:then|also|later|have|had)\s+)?located\b",
    re.I,
)


# "Then the toddler sneezes", "The men, their faces covered by snoods, pull up": read
# past the "then", and past a phrase set off by commas after the subject
_THEN = re.compile(r"^(?:and\s+)?(?:then|now|suddenly|finally)\s+(?=(?:the|a|an|his|her)\s)", re.I)
_SET_OFF = re.compile(
    r"^(?P<subject>(?:The|A|An|His|Her|Their|Its|Two|Three|Several)\s+[\w’'-]+(?:\s+[\w’'-]+)?),"
    r"\s+(?:their|his|her|its|each|both|all|some)\b[^,]{3,60},\s+"
)


def scene(text: str) -> bool:
    """A sentence that tells what is happening now, with a noun phrase for its subject
    (see _NP_WORD), or what in the clip was matched to a place; the caller knows a clip
    was just cited. Eight words at most are read."""
    then, set_off = _THEN.match(text), _SET_OFF.match(text)
    if then or set_off:
        text = text[then.end() :] if then else f"{set_off['subject']} {text[set_off.end() :]}"
        text = text[:1].upper() + text[1:]
    if _MATCHED_IN_IT.match(text):
        return True
    if HABITUAL.search(text):
        return False
    if _subject_acts(text, 0):
        return True
    one_of = _ONE_OF.match(text)
    if one_of and SCENE_SINGULAR.match(text, one_of.end()):
        return True
    opening = _OPENING.match(text)
    if opening is None or _STORY_OPENING.search(opening["words"]):
        return False
    return _subject_acts(text, opening.end())


def _subject_acts(text: str, start: int) -> bool:
    """A noun phrase at `start` and a verb in the present after it. After an opening
    clause (`start` > 0) any determiner may open the phrase, or a name."""
    words = list(_WORD.finditer(text[: start + 160], start))[:9]
    # "Each crack of thunder lands": each and every pick out one thing like "the"
    if words and words[0].group(0).lower() in (_ANY_DETERMINER if start else _DETERMINERS):
        words = words[1:]
    elif start and words and words[0].group(0)[:1].isupper():
        pass  # "Suddenly, Okafor drops the bag"
    elif not words or not words[0].group(0)[:1].isupper() or _FUNCTION_START.match(text):
        return False
    for size in (1, 2, 3):
        phrase = words[:size]
        if len(phrase) < size or not all(_NP_WORD.match(w.group(0)) for w in phrase):
            return False
        head = phrase[-1].group(0).lower()
        if head in OUTSIDE:
            return False
        ends = [phrase[-1].end()]
        rest = [w.group(0).lower() for w in words[size : size + 4]]
        if rest[:1] == ["of"] and len(rest) >= 2:  # "rivers of lava", "rivers of the lava"
            ends.append(words[size + (2 if rest[1] == "the" and len(rest) > 2 else 1)].end())
        elif rest[:1] and rest[0] in _PLACE and rest[1:2] in _PLACE_PRONOUNS:
            ends.append(words[size + 1].end())  # "Supporters behind her wave"
        elif rest[:1] and rest[0] in _PLACE and rest[1:2] in (["the"], ["a"]) and len(rest) > 2:
            # "The crowd on the beach falls", "A man in a red jacket waves"
            ends.append(words[size + 2].end())
            if size + 3 < len(words):
                ends.append(words[size + 3].end())
        plural = head.endswith("s") and not head.endswith(("ss", "’s", "'s"))
        plural = plural or head in _PLURAL_HEADS
        plural = plural or any(w.group(0).lower() in _COUNTS for w in phrase[:-1])
        verb = SCENE_PLURAL if plural else SCENE_SINGULAR
        if any(verb.match(text, end) for end in ends):
            return True
    return False


# A line that turns to a contrast or another place is the story's, whatever it shares
# with the clip: "But hellish conditions are also seen elsewhere in Chongqing."
MOVES_ON = re.compile(r"^(?:but|however|yet|meanwhile|elsewhere)\b|\belsewhere\b", re.I)


# Clips in general over a span of time, no clip cited: "Similar videos ... have circulated
# for more than a decade", "Riders have long posted videos about their pay", "Videos
# promoting garlic as a remedy have circulated since at least 2022"
CLIPS_IN_GENERAL = re.compile(
    r"^(?=.*\b(?:videos|clips|reels|livestreams)\b)(?=.*(?:\bfor\s+(?:more\s+than\s+|over\s+|"
    r"nearly\s+|almost\s+)?(?:a|two|three|several|many|\d+)\s+(?:decades?|years)\b|"
    r"\bsince\s+(?:at\s+least\s+)?(?:\d{4}|the\s+\d{4}s)\b|\bhave\s+long\b|"
    r"\bfor\s+(?:years|decades)\b|\bbecome\s+a\s+staple\b))",
    re.I | re.S,
)


# Told in the past: a report, not the clip's moment
TOLD_PAST = re.compile(r"\b(?:was|were|had|has|have|did|said|been)\b", re.I)
# Someone or something doing a thing now, however long the subject: "A club mascot at an
# amateur match in Fellbridge, a man in a six-foot badger suit, intercepts a clearance"
# (a verb in -s with its object or its way after it; the line after that says the clip
# was filmed, so the story around it is ruled out already)
_ACTS_NOW = re.compile(
    r"^(?:An?|The|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+"
    # (an apostrophe inside a word is no quotation: "tired of being told he couldn't see")
    r"(?:[^.;:'‘“\"]|(?<=\w)['’](?=\w)){0,120}?"
    r"\b(?!(?:is|has|was|does|says|goes|its|this|his|hers|as|us|yes|news|bus|gas|plus|always|"
    r"perhaps|sometimes|besides|across|towards|afterwards|various|famous|previous|serious|"
    r"nervous|anxious|obvious|curious|generous|enormous|tremendous|jealous|religious)\b)"
    r"[a-z]{3,}(?<!ss)(?<!ous)(?<!ics)s\s+(?:a|an|the|his|her|its|their|it|him|them|"
    r"himself|herself|themselves|up|down|into|onto|across|through|off|out|over|past|towards?)\b"
)
# (or many: "The 17 members of the youth choir, heading home, fill the top deck", "Tears
# appear to roll down the painted cheeks")
_ACT_NOW = re.compile(
    r"^(?:(?:The|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|\d+)\s+"
    r"[^.;:'‘“\"]{0,100}?(?:\b[a-z]{3,}s|,[^,]{1,80},)|[A-Z][a-z]{2,}s)"
    r"\s+(?!(?:are|were|have|had|say|said|think|believe|hope|want|need|will|would|can|could|"
    r"may|might|must|should|do|did|of|and|or|in|on|at|for|with|from|that|who|which)\b)"
    r"[a-z]{3,}(?<!ed)(?<!s)\s+(?:to|a|an|the|his|her|its|their|it|him|them|up|down|into|onto|"
    r"across|through|off|out|over|past|towards?|[a-z]{3,}ing)\b"
)


# A state or a habit, not an act: "The city is wrapped in fog for more than 100 days a year"
_A_STATE = re.compile(
    r"\b(?:is|are)\s+(?:\w+ly\s+)?[a-z]{3,}ed\b|\b(?:a|per|every|each)\s+(?:day|week|month|year)\b",
    re.I,
)


def acts_now(text: str) -> bool:
    """Someone or something in the clip does a thing now: "The goalkeeper, who is nine,
    throws his gloves on the ground", "The bearers descend the staircase"."""
    if TOLD_PAST.search(text) or STORY_VERB_EARLY.search(text) or _A_STATE.search(text):
        return False
    words = [w.lower() for w in _WORD.findall(text)[:2]]
    if OUTSIDE & set(words[1:] if words[:1] in (["the"], ["many"], ["some"]) else words[:1]):
        return False  # its audience: "Commenters praise his calm"
    return bool(_ACTS_NOW.match(text) or _ACT_NOW.match(text))


def named_acts_now(text: str) -> bool:
    """Someone named in the clip does a thing now, read only just after the clip's own
    lines: "Alan Brightwell-Osei, 58, stands at the oche with his caller"."""
    if TOLD_PAST.search(text) or _A_STATE.search(text):
        return False
    named = _NAMED_ACTS_NOW.match(text)
    return named is not None and named["verb"] not in _NAMED_NOT_ACTS


# Someone named in full, after a word of place or a role, does a thing now: "Alan
# Brightwell-Osei, 58, stands at the oche", "Upstairs, Iris Penhaligon-Mbeki opens her
# window", "Tower captain Owen Pritchard-Laing signs 'Go' to the band" (the story verbs, but
# for a person's acts, are ruled out below; "Unemployment stands at 4%" names no one)
_NAMED_ACTS_NOW = re.compile(
    r"^(?:(?:[A-Z][a-z]+|At\s+the\s+[a-z]+|(?:His|Her|Their)\s+[a-z]+),\s+)?"
    r"(?:[A-Za-z][a-z]+\s+){0,2}?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
    r"(?:,\s+(?:\d{1,3}|[^,.;:]{1,40}),){0,2}\s+(?:then\s+|slowly\s+|suddenly\s+)?"
    r"(?P<verb>[a-z]{3,}(?<!ss)s)\s+(?:(?:a|an|the|his|her|its|their|it|him|them|up|down|into|"
    r"onto|across|through|off|out|over|past|to|towards?|back|on|at|in|from|with|round|around)\b|"
    r"[‘'“])"  # ("signs 'Go' to the band")
)
# A person's habits, states and speech, which a profile tells in the present too (the
# story verbs, but for those that are acts when a person does them: "opens her window")
_NAMED_NOT_ACTS = frozenset(
    {v for v in _STORY_VERBS.split("|") if " " not in v}
    - {"opens", "closes", "stands", "comes", "raises", "follows", "marks", "makes", "calls"}
) | frozenset(
    "posts shares uploads has was is does always perhaps teaches plays sings rings winds "
    "coaches trains keeps loves likes hates prefers recalls remembers reckons describes".split()
)


# (or the people in it, together: "Both rollers go in at once", "They climb out")
THEY_ACT = re.compile(
    r"^(?:Both|They|The\s+two)\b[^,.;]{0,30}?\s+(?!(?:are|were|have|had|do|did|will|would|"
    r"can|could|may|might|must|should)\b)[a-z]{2,}\s+(?:in|out|up|down|off|over|into|onto|"
    r"under|back|away)\b"
)
SPOKEN_LINES = 4  # at most this many lines of words heard, besides the lines of scene
_QUOTE_OPENS = re.compile(r"^['‘“\"]")
_QUOTE_CLOSES = re.compile(r"[.?!,-]['’”\"](?:\s|$)")


def spoken_lines(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines inside words heard, quoted over several lines: "'Was that
    you?" / "That wasn't me." / "Was that you?' one of them splutters"."""
    spoken, open_ = set(), False
    for i, line in enumerate(lines):
        opens = not open_ and bool(_QUOTE_OPENS.match(line))
        if opens or open_:
            spoken.add(i)
            open_ = not _QUOTE_CLOSES.search(line, 1 if opens else 0)
    return spoken


# A line of a scene told now, between its lede and who filmed it: "Behind him a queue of
# three cars ... forms and politely waits", "The bowman offers it half a sandwich", "It
# does not leave" (a verb in -s with a subject or object beside it; nothing told past)
NARRATED_NOW = re.compile(
    r"\b(?:he|she|it)\s+(?:(?:does\s+not|doesn[’']t)\s+[a-z]{2,}|[a-z]{2,}(?<!ss)s)\b|"
    r"\b(?!(?:is|has|was|does|says|its|this|his|as|us|yes|news|bus|plus|always|across)\b)"
    r"[a-z]{3,}(?<!ss)(?<!ous)s\s+(?:a|an|the|his|her|its|their|it|him|them|up|down|out|off|"
    r"on|into|onto|at|towards|past|and|yes|no)\b",
    re.I,
)


# A scene going on as told: "Everyone on the ferry's top deck is filming, and every single
# one of them is screaming" (not "... is going to ...")
GOING_ON = re.compile(  # (after when: "By the second verse, half the carriage is humming")
    r"^(?:(?:By|At|As|When|Then|Soon)\b[^,.;]{0,40},\s+)?[^,.;]{0,60}?\b(?:is|are)\s+"
    r"(?:still\s+|all\s+)?(?!going\b)[a-z]{3,}ing\b"
)
