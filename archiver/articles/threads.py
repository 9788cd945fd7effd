"""Citation threads: the claims that go on describing or quoting a cited clip.

    build_threads(claims, citations)   fills each opening citation's `members`

A citation that is not a back-reference opens a thread. The claims after it join the
thread, each with its role, until the text moves on (a sentence with none of these):

* back_reference  a citation that refers back ("The video shows ...": refers_back), or a definite
                  person or animal as the subject ("..., the man films himself ...");
* pronoun         he, she or they as the subject ("After he finishes his meal he films
                  ..."), or "his reel", "her video" with nothing between;
* description     what is seen, with no cue word but the seeing ("Others are seen ...");
* quote           a quotation that runs on from the citation, speech given to the
                  creator in the present ("'...,' Reyes says"; "'...,' Reyes said" is
                  what she told the reporter), or a sentence all in quotation marks
                  right after speech in the clip;
* caption         a photo caption that shares at least three words that are rare in the
                  article with one thread (captions sit wherever the photos were laid
                  out, so they are matched by words, not by place).

After a line or two of background, a definite reference to the clip rejoins its thread ("the
original" of a reposted clip is one), as does a description whose subject shares a word with
the thread's prose; which background lines stay outside every thread is
archiver.articles.background's too. A clip named by its owner ("Medeiros's video") goes back
to the thread whose citing lines (or the lines around it) named that person, however far
back; so does one named by a description brought in before ("The dock worker, ..." after "a
dock worker"), by its kind ("the dashcam footage") or by its body ("The fire service's
post"): archiver.articles.owners. A line the rules have no cue for may still join, when
archiver.articles.membership's model is sure of it and the line before is in the thread. A
definite reference marked as another clip ("The second video, ...", a stitch of it) or named
by another platform than the thread's opens a thread of its own (which_clip); a named person
filming just after an unnamed lede retells the lede's clip (retells). A body's word that it
is aware of "a video circulating on social media", the source a fact-check's search led to
and a translation's copy "taken over also by" a page are the story's clip (bodies,
earlier_clip, copies); "her second live" is the live she came back with, and a transcript's
"(CLIP - DOORBELL CAMERA)" turn the clip whose lines name it (bulletins). Rules read a live
blog entry without its stamp; what one line alone says of carrying a thread on is
archiver.articles.goes_on's. Last, a learned choice among the clips in play may send a
citing line elsewhere (clip_choice). What a clip shows in the present with no cue word is
scene's; platform and creator along each thread, and from the article, are context's (all
modules of archiver.articles).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from archiver.articles.answers import ASKS_OF_THE_CLIP, Answers, past_the_reply
from archiver.articles.antecedents import scene_before_maker
from archiver.articles.background import REJOIN_WITHIN, outside_every_thread, rejoins
from archiver.articles.between import scene_between
from archiver.articles.bodies import aware_of_a_clip, seen_the_clip, story_clip
from archiver.articles.bulletins import handed_to, played_thread, speaks
from archiver.articles.captions import BRINGS_ITS_CLIP_IN, attach_captions
from archiver.articles.claims import (
    SPEAKER_LABEL,
    SUBHEADING,
    Claim,
    is_item_heading,
    without_time_stamp,
)
from archiver.articles.clip_choice import Told
from archiver.articles.clip_kinds import ANOTHER_ANGLE, GOES_LIVE, MADE_FROM_IT, NEW_FILMER
from archiver.articles.copies import (
    A_COPY,
    another_of_theirs,
    back_to_the_story,
    named_owners,
    source_of,
    stitched_from,
    storys_thread,
    taken_over,
)
from archiver.articles.cues import verdict_on_clip
from archiver.articles.earlier_clip import (
    ON_A_BODYS_STREAM,
    THE_ORIGINAL_ANYWHERE,
    channel_thread,
    checked_clip,
    earlier_clip_meant,
    official_thread,
    past_exhibit,
    second_live,
    traced_to_its_source,
)
from archiver.articles.filmed_by import FILMED_AND_POSTED, filmed_what_was_told
from archiver.articles.goes_on import IN_THE_CLIP, continues
from archiver.articles.heard import BARE_QUOTE, heard_in_clip
from archiver.articles.interviews import answers_of_a_turn, asks_of_it
from archiver.articles.live_blog import entry_goes_on
from archiver.articles.membership import StoryState, the_story
from archiver.articles.owners import POSTED_OWN, kind_thread, makers_thread, owners_thread
from archiver.articles.person_names import names_acting
from archiver.articles.refers_back import refers_back
from archiver.articles.retells import RETELL_WITHIN, retells
from archiver.articles.scene import acts_now, named_acts_now
from archiver.articles.topics import referred_thread
from archiver.articles.which_clip import (
    another_clip,
    in_play_only,
    maker_differs,
    new_clip,
    platform_acted_on,
    platform_differs,
    platform_thread,
    qualified_thread,
)


@dataclass(frozen=True)
class ThreadMember:
    position: int  # the claim's position in the article
    role: str  # citation, back_reference, pronoun, description, quote, caption


class Citation(Protocol):
    """What threads read and fill in of citations.Citation (described: it imports this)."""

    claim_position: int
    platform: str | None
    creator: str | None
    same_clip_as: int | None
    quote_claims: list[int]
    members: list[ThreadMember]
    inferred_platform: str | None
    inferred_creator: str | None
    inferred_from: str | None
    metrics: Sequence[object]


ROLES = ("citation", "back_reference", "pronoun", "description", "quote", "caption")

# A short first sentence (a score, a stage of the event) before a live blog entry goes back to
# a clip: "Pairs final. Back on HDL Darts TV, ...", "Fleece 5-4 Wheatsheaf. Back on the ..."
_SCORE_FIRST = re.compile(r"^[^.!?]{1,40}[.!?]\s+(?=(?:Back|Over|On|In)\s)")


# A list item's line that goes back to a clip of an item before it: "The goose, again",
# "the same clip", "that first video", "the original"
_GOES_BACK = re.compile(r"\b(?:again|same|first|original|earlier|above|back)\b", re.I)


def build_threads(claims: Sequence[Claim], citations: list[Citation]) -> None:
    by_position = {c.claim_position: c for c in citations}
    citing = set(by_position)  # (built once: the searches below run for every citing line)
    # (a copy's "her clip" named: see named_owners)
    text_at = named_owners({claim.position: without_time_stamp(claim.text) for claim in claims})
    raw = {claim.position: claim.text for claim in claims}
    quote_of = {p: c.claim_position for c in citations for p in c.quote_claims}
    thread_of: dict[int, int] = {}  # claim position -> the position of its opener
    roles: dict[int, str] = {}
    current: int | None = None  # the thread the text is on
    last: int | None = None  # the thread the text was last on, and its last member
    last_at = -REJOIN_WITHIN - 1
    names: set[str] = set()  # the creators named so far, word by word
    model = StoryState()  # what the learned model reads of the thread in play
    told = Told()  # the citing lines so far, by thread, for archiver.articles.clip_choice
    lede = min(by_position, default=None)  # the story's first citing line (a bulletin's: each
    # story's)
    # (a story's last lines, where a profile ends on its subject's word to the writer)
    kicker_from = max((c.position for c in claims if not c.is_caption), default=0) - 2
    item_from = -1  # where the list item being read begins
    made: set[int] = set()  # the clips whose first line names their maker
    thread_makers: dict[int, set[str]] = {}  # the makers each thread's lines name, by opener
    scene_of = scene_before_maker(claims, citations)  # a scene told before who filmed it
    reporter, package_lede = None, None  # a bulletin's reporter handed over to, and the clip
    explainer = Answers()  # an explainer's questions on a clip ("Who filmed it?")
    for claim in claims:
        position = claim.position
        text = text_at[position]
        citation = by_position.get(position)
        answer = explainer.answering(position, text)
        if citation is None and (handed := handed_to(claim.text)):
            reporter, package_lede = handed, lede
        elif reporter and SPEAKER_LABEL.match(claim.text) and not speaks(claim.text, reporter):
            reporter = None  # (the newsreader again: the package is over)
        if claim.item_start or (citation is None and is_item_heading(claim)):
            # a new item of a list of clips: the items before it are done with, and its
            # first clip is its own unless it says it goes back ("5. The goose, again")
            current, last, item_from = None, None, position
        if (claim.is_caption and not (citation and BRINGS_ITS_CLIP_IN.match(text))) or (
            SUBHEADING.match(text)
        ):
            if ASKS_OF_THE_CLIP.match(text) and current is None and last is not None:
                # an explainer's "What does the video show?" or "Who filmed it?" brings
                # the clip last spoken of back into play, however long the answer before
                current, last_at = last, position
            if (story := past_the_reply(text, current, lede, thread_of, text_at)) is not None:
                current, last, last_at = None, story, position  # (an explainer's next question)
            if SUBHEADING.match(text):  # ("Who filmed it?": the answer is of the clip in play)
                explainer.heading(position, text, current if current is not None else last)
            continue  # matched by words below; a caption or subheading does not end the thread
        if citation is not None:
            names |= names_acting(citation.creator, getattr(citation, "creator_alias", None), text)
            in_play, moved_off = current, current is None  # (off every clip: a story may start)
            if in_play is None and (position - last_at <= REJOIN_WITHIN + 1 or asks_of_it(text)):
                in_play = last
            in_play = past_exhibit(text, in_play, thread_of, text_at)
            told_before = citation.same_clip_as is not None and citation.same_clip_as < position - 1
            if told_before and current == position - 1 and claims[current].is_caption:
                # "His clip has 2.1m views" just under "A still from a video posted to TikTok
                # by ...": the caption's clip, not the last one the prose told
                citation.same_clip_as = current
            earlier_item = citation.same_clip_as is not None and citation.same_clip_as < item_from
            if in_play is None and earlier_item and not _GOES_BACK.search(text):
                citation.same_clip_as = None  # (a count of "it" under a new item's heading)
            # (a stitch or duet made from a clip named by its owner is a clip of its own:
            # "posted a duet, adding her own harmony beside Breen's video")
            made_from = MADE_FROM_IT.search(text) or POSTED_OWN.search(text)
            owners = (
                None
                if made_from
                else owners_thread(text, thread_of, text_at, citing, position, makers=thread_makers)
            )
            fresh = owners is not None and another_of_theirs(text, owners, thread_of, text_at)
            if fresh:  # ("reposted Wren's clip of a bat ...": one of hers not told before)
                owners = None
            fresh = fresh or bool(ANOTHER_ANGLE.search(text))  # ("filmed the same moment from")
            if owners is None and not (made_from or new_clip(text) or another_clip(text, "")):
                owners = makers_thread(text, thread_of, text_at, made)  # "Joss has ended ..."
            # ("The first video", "shared the original clip": past the nearest clip)
            earlier = (
                None
                if owners is not None
                else earlier_clip_meant(text, thread_of, text_at, in_play)
            )
            if earlier is not None and platform_differs(
                text, citation, by_position, thread_of, earlier
            ):
                earlier = None  # ("The league's official broadcast on Twitch": not Kick's)
            if earlier is not None:
                citation.same_clip_as, owners = None, earlier
            if owners is not None and thread_of.get(citation.same_clip_as) != owners:
                # (named by its owner, the owner's clip, past the nearest one a definite
                # reference or a copy was first taken for: "A copy of Ostrowski's Short")
                citation.same_clip_as, roles[position] = owners, "back_reference"
            item_scene = citation.same_clip_as == item_from + 1 and item_from >= 0
            if owners is None and (FILMED_AND_POSTED.search(text) or MADE_FROM_IT.search(text)):
                # a clip made in this sentence, or from the clip (not who filmed the scene
                # a numbered item opened on: "Its owner filmed the whole trip ... and
                # posted it on TikTok")
                citation.same_clip_as = citation.same_clip_as if item_scene else None
            described = (  # (a clip named by its owner is the owner's, whatever else it names;
                # one brought in with someone new filming it is new: "A video of the drone
                # ..., filmed by a walker on a nearby hill")
                None
                if made_from
                or owners is not None
                or NEW_FILMER.search(text)
                or another_clip(text, "")  # ("A second angle ..., not part of the broadcast")
                or new_clip(text)  # ("The surfer, ..., has since posted a video from his van")
                else referred_thread(text, thread_of, text_at, citing)
            )
            if (
                described is not None
                and not A_COPY.search(text)  # (a copy's platform is its own: "A copy ... on X")
                and platform_differs(text, citation, by_position, thread_of, described)
            ):
                described = None  # "the organisers" told of both, "the Twitch broadcast" one
            if described is not None and citation.same_clip_as != described:
                # "The dock worker, ...": the thread that brought the dock worker in,
                # not the nearest clip a definite reference was first taken for
                citation.same_clip_as, roles[position] = described, "back_reference"
            if (
                citation.same_clip_as is None
                and in_play is not None
                and MADE_FROM_IT.search(text_at[in_play])
                and THE_ORIGINAL_ANYWHERE.search(text)
            ):
                # (the owner's clip it was made from, or failing a name, the clip before it)
                named = source_of(text_at[in_play], thread_of, text_at)
                source = [o for o in set(thread_of.values()) if o < in_play]
                if named is not None or source:
                    citation.same_clip_as = named if named is not None else max(source)
                    roles[position] = "back_reference"
            if (
                citation.same_clip_as is None
                and in_play is not None
                and verdict_on_clip(text_at[in_play])
                and list(thread_of.values()).count(in_play) == 1
            ):
                # the clip a verdict spoke of, told just after it ("Verdict: Fake - the clip
                # was made with AI." then "A 12-second video circulating on Facebook ...")
                citation.same_clip_as, roles[position] = in_play, "back_reference"
            seen = owners is None and lede in thread_of
            seen = seen and (aware_of_a_clip(text) or seen_the_clip(text))
            if seen:
                # a body's word on the clip and no more of it ("Police said they were 'aware
                # of a video circulating on social media'", "The council said its officer had
                # 'viewed the video'"): the story's clip, however far back it was told, past
                # a headline that stands alone ("Explained: the allotment hosepipe video")
                citation.same_clip_as = story_clip(thread_of, thread_of[lede])
                roles[position] = "back_reference"
            named_by_platform = platform_thread(text, by_position, thread_of, in_play)
            if citation.same_clip_as is None and owners is None and named_by_platform is not None:
                citation.same_clip_as, roles[position] = named_by_platform, "back_reference"
            if (
                citation.same_clip_as is None
                and in_play == lede
                and position - lede <= RETELL_WITHIN
                and retells(text, citation, by_position, thread_of, lede, text_at[lede])
            ):
                citation.same_clip_as, roles[position] = lede, "back_reference"
            if (
                citation.same_clip_as is None
                and reporter
                and package_lede in thread_of
                and in_play in (None, thread_of[package_lede])  # (no other clip brought in)
                and speaks(claim.text, reporter)
                and not (another_clip(text, "") or made_from)  # ("posted its own video")
                # (nor one on another platform than the lede's: the company's YouTube
                # apology, then the nurse who "posted the clip on TikTok")
                # (a line that names no platform is on none other: "the video was taken by
                # Harry Fensome" after a lede on Facebook)
                and len({by_position[package_lede].platform, citation.platform} - {None}) <= 1
            ):  # the reporter retells the newsreader's clip
                citation.same_clip_as = thread_of[package_lede]
                roles[position] = "back_reference"
            if citation.same_clip_as is None and current is not None:
                makers = [c.creator for p, c in by_position.items() if thread_of.get(p) == current]
                scene_after = position - 1 in citing and bool(continues(text))
                if in_play_only(citation, text, scene_after, makers):
                    # "About 18,400 people were watching live"; a platform's act, on its own
                    citation.same_clip_as = platform_acted_on(text, by_position, thread_of, current)
            if citation.same_clip_as is None and in_play is not None:
                role = refers_back(
                    text,
                    broke_off=current is None,
                    thread_text=text_at.get(in_play, ""),
                    other_platform=platform_differs(text, citation, by_position, thread_of, in_play)
                    or maker_differs(text, citation, by_position, thread_of, in_play),
                )
                if role is not None:
                    citation.same_clip_as, roles[position] = in_play, role
                    # a copy told just after a stitch or duet is of the clip stitched: "...
                    # duetted Lewis's video" then "And a copy shared to Facebook by ..."
                    source = stitched_from(text, in_play, thread_of, text_at)
                    citation.same_clip_as = in_play if source is None else source
            if (
                citation.same_clip_as is None
                and in_play is not None
                and owners is None
                and filmed_what_was_told(text, text_at[in_play])
                and not any(
                    c.creator for p, c in by_position.items() if thread_of.get(p) == in_play
                )
                and not platform_differs(text, citation, by_position, thread_of, in_play)
            ):
                # who filmed what was just told, and where they put it, for a clip told
                # with no maker ("Mr Metcalfe's daughter, Jess, filmed the scene ... and put
                # it on her Facebook page" after "a video of her opening a field gate")
                citation.same_clip_as, roles[position] = in_play, "back_reference"
            if (
                citation.same_clip_as is not None
                and lede in thread_of
                and traced_to_its_source(text)
            ):
                # "A reverse image search ... led us to a YouTube upload from 2019 by ...": the
                # clip the check is about (its claim's, in a round-up of checks), not one
                # told since
                citation.same_clip_as = checked_clip(thread_of, text_at, thread_of[lede])
            second = second_live(text, thread_of, text_at)
            if second is not None:  # "Owain's second live is still going": not his first
                citation.same_clip_as, roles[position] = second, "back_reference"
            played = played_thread(claim.text, thread_of, text_at)  # "(CLIP - DOORBELL CAMERA)"
            if played is not None:
                citation.same_clip_as, roles[position] = played, "quote"
            taken = (
                lede in thread_of
                and (taken_over(text) or back_to_the_story(text, claim.text, owners))
                and not (made_from or another_clip(text, "") or new_clip(text))
            )
            story = storys_thread(text, thread_of, text_at, citing, lede) if taken else None
            taken = story is not None
            if taken:
                # "The video was taken over also by the Telegram channel ...", "The original
                # has also been copied to Instagram by the account ..." (not a live blog's
                # entry, which copies the clip in play): a copy of the story's clip, past a
                # reaction or a body's clip told since
                citation.same_clip_as, roles[position] = story, "back_reference"
            picked = thread_of.get(citation.same_clip_as, citation.same_clip_as)
            answered = answer and picked in (None, answer.clip) and answer.takes_citing(text)
            if answered:
                citation.same_clip_as, roles[position] = answer.clip, "back_reference"
            if fresh:
                citation.same_clip_as = None
            if citation.same_clip_as is not None:
                current = thread_of.get(citation.same_clip_as, citation.same_clip_as)
                roles.setdefault(position, "back_reference")
            else:
                current, roles[position] = position, "citation"
            settled = answered or owners is not None or taken or second is not None or fresh
            settled = settled or played is not None or seen  # (no learned choice moves these)
            # (nor someone going live, told as a clip of its own: "Barnaby ... has gone live
            # from the eaters' bench as @bunhollis", with the organisers' stream in play)
            settled = settled or (current == position and bool(GOES_LIVE.search(text)))
            pick = told.kept if settled else told.choose
            chosen = pick(text, position, current)  # the learned choice of clip
            if chosen != current:
                own = chosen == position
                citation.same_clip_as = None if own else chosen
                current, roles[position] = chosen, ("citation" if own else "back_reference")
            thread_of[position] = current
            if citation.creator:
                thread_makers.setdefault(current, set()).add(citation.creator)
            if current == position and citation.creator:
                made.add(position)
            if current == position and moved_off and SPEAKER_LABEL.match(claim.text):
                lede = position  # a bulletin's next story, told by its newsreader's lede
            last, last_at = current, position
            model.cited(current, position, claim.text)
            continue
        if position in quote_of and quote_of[position] in thread_of:
            thread_of[position], roles[position] = thread_of[quote_of[position]], "quote"
            last, last_at = thread_of[position], position
            told.went_on(position, last)
            continue
        role = continues(text, frozenset(names)) if current is not None else None
        # (a live blog's entry may open on the score: "Pairs final. Back on HDL Darts TV, ...")
        on = text[lead.end() :] if (lead := _SCORE_FIRST.match(text)) else text
        back = qualified_thread(on, thread_of, text_at, citing)  # "Back on the nest camera"
        back = channel_thread(on, thread_of, text_at) if back is None else back  # "Back on X TV,"
        back = played_thread(raw[position], thread_of, text_at) if back is None else back
        # "On the union's stream, ...", "Over on the festival stream the picture has frozen"
        if back is None and (IN_THE_CLIP.match(on) or ON_A_BODYS_STREAM.match(on)):
            back = official_thread(on, thread_of, text_at)  # (the organisers' or the body's)
            if back is None:  # ("On Gwen's live, ..."): the owner's
                back = owners_thread(on, thread_of, text_at, citing)
            if back is None:
                back = kind_thread(on, thread_of, text_at, citing, streamed_first=True)
        current, role = (back, role or "description") if back is not None else (current, role)
        if role is None and current is not None and entry_goes_on(position, raw, thread_of):
            role = "description"  # "07:16 Spray reaches the roofs" just after the clip's entry
        if (
            role is None
            and current is not None
            and position - 1 in citing
            and (acts_now(text) or named_acts_now(text))
        ):
            role = "description"  # "The 67-year-old frontman flings his head back" after it
        if role is None and current is not None and scene_of.get(position) == current:
            role = "description"  # "It does not leave." before "The clip was filmed by ..."
        if role is None and answer and answer.takes_line(text):
            current, role = answer.clip, "description"  # what the video shows, answered
        # told to the reporter afterwards ("'...,' Ms Sandhu said."), an account told of, no
        # clip ("Tony Brereton ... posts on TikTok as Toaster Tony"), or the desk's note at
        # the foot ("(Translated from the Japanese; ...)"): no rule nor the model adds it
        counted = position - 1 in citing and (
            roles.get(position - 1) != "citation" or bool(GOES_LIVE.search(text_at[position - 1]))
        )
        counted = counted and bool(by_position[position - 1].metrics)  # ("It has 2m views")
        # (a photograph's caption ends the clip's telling: a profile's last words are the writer's)
        off = current is None or (position > 0 and claims[position - 1].is_caption)
        outside = outside_every_thread(text, position, off, kicker_from, counted)
        if outside:
            role = None
        if (
            role == "description"
            and text != claim.text
            and not entry_goes_on(position, raw, thread_of, tense=False)
            and not IN_THE_CLIP.match(text)  # ("00:12 On the council's stream, a ...")
            and back is None  # ("14:55 Back on the health board's stream, ...")
        ):
            role = None  # a live blog tells its news in the present: "11:30 — Kiprono wins"
        if (  # (after speech in the thread just before, whatever role it was given)
            current is not None
            and thread_of.get(position - 1) == current
            and (roles[position - 1] == "quote" or heard_in_clip(text_at[position - 1]))
            and BARE_QUOTE.match(text)
            and not outside
        ):
            role = "quote"  # the same speaker goes on: "“It is only saying hello.”"
        if role is None and current is None and last is not None and not outside:
            role = rejoins(text, frozenset(names), position, last_at, last, thread_of, text_at)
            current = last if role is not None else None
        story = the_story(claim.text, model.previous_joined) or outside
        if role is None and model.thread is not None and not story:
            role = model.role(claim)
            current = model.thread if role is not None else None
        model.decided(joined=role is not None and current == model.thread)
        if role is None:
            current = None
            continue
        thread_of[position], roles[position] = current, role  # type: ignore[assignment]
        last, last_at = current, position
        told.went_on(position, current)  # type: ignore[arg-type]
    scene_between(claims, thread_of, roles, kicker_from)  # scene lines the thread went past
    answers_of_a_turn(claims, thread_of, roles, by_position)  # a Q&A's answers on its clip
    attach_captions(claims, by_position, thread_of, roles)
    for citation in citations:
        citation.members = []
    for position in sorted(thread_of):
        by_position[thread_of[position]].members.append(ThreadMember(position, roles[position]))
