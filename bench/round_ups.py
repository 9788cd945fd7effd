"""Long articles in the shapes the thirty-seventh pass's rules read, each against a plain
article of the same length in the same run, read from the bytes to the threads:

- items: a round-up of numbered items, each a scene told in any words and then who
  filmed it ("His sister filmed it and put it on TikTok ..."), which now goes back to the
  item's first line (archiver.articles.antecedents); plain: the same items, whose last
  line names no clip.
- explainer: an explainer asking "What does the video show?" and "Who filmed it?" over
  and over (archiver.articles.answers); plain: the same questions on other things.
- video of: a translation of many clips, each followed by "The page ... has republished
  the video of NAME" (the first thread that names them, archiver.articles.owners);
  plain: a line on the town instead.
- copies: a gallery of stills, each followed by "A copy of the NAME video posted on
  Facebook ..." (a caption placed by what the clip shows, archiver.articles.topics);
  plain: a photograph's caption instead.

As the thirty-seventh pass wrote it (3,000 lines; against c304525, the same bench before
the pass's rules, in the next run):
- items 23.5 s against 7.0 s plain (3.38x); before, 9.1 s against 5.1 s (1.80x). Each
  item's first line now cites, so the round-up has twice the citing lines, and each is
  read by the learned choice of clip and membership; the time grows with the length as
  before the rule (2.5x for twice the lines, 2.7x before).
- explainer 6.1 s against 4.1 s (1.50x); before, 8.5 s against 3.3 s (2.56x).
- video of 23.0 s against 9.5 s (2.43x; 2.71x at 6,000 lines); before, 26.3 s against
  10.5 s (2.50x). As first written, the first thread naming the person was looked for over
  every line read so far: 33.5 s (2.94x, 3.52x at 6,000); it now reads the story's first
  200 citing lines, then the latest.
- copies 11.4 s against 6.2 s (1.86x); before, 19.1 s against 6.0 s (3.18x).

The thirty-eighth pass added two shapes:
- channels: a live blog of streams, each followed by a fan's live and then "Back on Club
  TV, the replay shows ..." (the stream whose lines name that channel, read over the
  latest 120 members, archiver.articles.earlier_clip); plain: a line on the stands.
- originals: bakers' clips, each stitched by a chef and then "Lee's original has been
  reposted ..." (the first thread naming the owner, not the stitch, archiver.articles.
  owners); plain: a line on the bakery.
As the thirty-eighth pass wrote them (3,000 lines; against 1a7786f, before the pass's
rules, in the next run): channels 10.3 s against 9.9 s plain (1.04x; before, 1.02x);
originals 13.7 s against 10.3 s (1.34x; before, 19.2 s, 1.87x: the first thread naming the
owner is read in the story's first 200 citing lines, as "the video of NAME" is).

The thirty-ninth pass added one shape:
- clip turns: a bulletin of lives, each followed by the council's video and a turn played
  from the live, "(CLIP - ANN LEE'S FACEBOOK LIVE) ANN LEE: ..." (the clip whose lines name
  the label, read over the latest 240 thread members, archiver.articles.bulletins); plain:
  a newsreader's line instead. As the pass wrote it (3,000 lines): 6.2 s against 6.2 s
  plain (1.02x). Before the pass's last change to the learned choice of clip the same
  bulletin took 11.0 s against 12.6 s (0.87x): each "went live" line was weighed
  against the lives told before.

The forty-fifth pass added one shape:
- moments: a stream's moments, each "cut from the stream and posted on TikTok by @..."
  after a reaction made "over the last hours of the stream" (the stream told by any of
  its lines, never the reaction, read over the latest 120 members, archiver.articles.
  earlier_clip); plain: a line on the venue instead of the moment. The moments now gather
  in one stream, and the reactions, left with no platform, showed three reads that grew
  with the square of their number: a line's maker against every maker of its thread
  (which_clip.maker_differs, now the first 40), and a clip with no platform against every
  citing line before it, sorted again each time (context, now sorted once, the 200
  before) and against every creator's clip before it (context_more.platform_of_creator,
  now the latest 200). As the pass wrote it (3,000 lines; against f3fee22, before the
  pass's rules, in the same run): 14.7 s against 8.2 s plain (1.80x); before, 12.3 s
  against 8.9 s (1.38x); with the three reads unbounded, 20.5 s (2.33x). The time grows
  with the length (2.3, 4.5 and 9.2 s at 600, 1,200 and 2,400 lines).

The forty-sixth pass added one shape:
- bodies: bodies each named in full once, each clip "on the rally's Facebook page" (a body
  the line names in full is looked for by that name, archiver.articles.bodies); plain: a
  council's word instead. No earlier line names the same body, so each line read every
  citing line before it: 11.7 s against 5.5 s plain at 2,400 lines (2.12x, and 1.66x at
  600: growing with the square of the length). It now reads the latest 200 citing lines:
  1.65x, 1.58x and 1.62x at 600, 1,200 and 2,400 lines (1.32x, 1.29x and 1.30x on 1983ae3,
  before the rule, which found the last line naming a "rally").

Run: .venv/bin/python bench/round_ups.py [--lines N] [--shape SHAPE]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from hostile_articles import timed  # noqa: E402  (bench/, by path)


def items(n: int) -> tuple[list[str], list[str]]:
    hostile, plain = ["Our pick of the week's clips."], ["Our pick of the week's clips."]
    for i in range(n // 4):
        item = [
            f"{i + 1}. The hen of plot {i}",
            f"A speckled hen on a bucket pecks every trowel that comes near plot {i}.",
            f"Her owner, dressed as a scarecrow, says sorry by bowing to her {i} times.",
        ]
        hostile += item + [
            f"His sister filmed it and put it on TikTok, where it has {i + 1}m views."
        ]
        plain += item + [f"The allotment number {i} opens on Sundays from ten until four."]
    return hostile, plain


def explainer(n: int) -> tuple[list[str], list[str]]:
    start = "A video of a runaway bin has been watched millions of times this week."
    hostile, plain = [start], [start]
    for i in range(n // 4):
        hostile += [
            "What does the video show?",
            f"Fired from cannon number {i}, the bin clears the net by ten metres.",
            "Who filmed it?",
            f"Ravi Lowe-{i}, a bus driver, who posted it on TikTok as @ravi{i}.",
        ]
        plain += [
            "What happened next?",
            f"The council met on day {i} to talk about the bins.",
            "What did it decide?",
            f"Councillor Ravi Lowe-{i} said it would buy new bins.",
        ]
    return hostile, plain


def video_of(n: int) -> tuple[list[str], list[str]]:
    hostile, plain = [], []
    for i in range(n // 2):
        clip = (
            f"A video of the baker Miren Etxe{i} dancing in the square, posted on Instagram, "
            "has gone around."
        )
        hostile += [
            clip,
            f"The page 'Page{i}' has republished the video of Etxe{i}, with {i + 1} thousand "
            "views.",
        ]
        plain += [
            clip,
            f"The square of town number {i} was full that day, and the band played until late.",
        ]
    return hostile, plain


def copies(n: int) -> tuple[list[str], list[str]]:
    hostile, plain = ["In pictures: the raft race"], ["In pictures: the raft race"]
    for i in range(n // 2):
        still = (
            f"A zebra{i} wades across the ford, in a still from a video posted to TikTok by Ann {i}"
        )
        hostile += [
            still,
            f"A copy of the zebra{i} video posted on Facebook by the page Page{i} has been shared "
            f"{i + 100} times",
        ]
        plain += [
            still,
            f"Spectators line the bank at ford number {i}. Photograph: Ann Lee{i}/Echo",
        ]
    return hostile, plain


def channels(n: int) -> tuple[list[str], list[str]]:
    hostile, plain = [], []
    for i in range(n // 3):
        hh = f"{i // 60 % 24:02d}:{i % 60:02d}"
        told = [
            f"{hh} The club{i} is streaming the final on its YouTube channel, Club{i} TV, and "
            f"{i + 300} people are watching.",
            f"{hh} Backstage, the coach Ann Lee{i} has gone live on Instagram from the tunnel.",
        ]
        hostile += told + [f"{hh} Back on Club{i} TV, the replay shows the goal from above."]
        plain += told + [f"{hh} In the stands, section {i} sings along with the band."]
    return hostile, plain


def originals(n: int) -> tuple[list[str], list[str]]:
    hostile, plain = [], []
    for i in range(n // 3):
        told = [
            f"Baker Ann Lee{i} filmed her cake number {i} sliding off its stand and posted it "
            "on TikTok.",
            f"Chef Tom Ray{i} stitched Lee{i}'s video with a recipe for a sturdier sponge.",
        ]
        hostile += told + [
            f"Lee{i}'s original has been reposted on Facebook by the page Page{i}, with "
            f"{i + 100} shares."
        ]
        plain += told + [f"The bakery on street number {i} opens at eight on weekdays."]
    return hostile, plain


def clip_turns(n: int) -> tuple[list[str], list[str]]:
    hostile, plain = [], []
    for i in range(n // 3):
        told = [
            f"NEWSREADER: Window cleaner Ann Lee{i} went live on Facebook as she rescued "
            f"parrot number {i} from a gutter.",
            f"NEWSREADER: The council has posted its own video of street {i} on YouTube.",
        ]
        hostile += told + [f"(CLIP - ANN LEE{i}'S FACEBOOK LIVE) ANN LEE{i}: Say hello, Sarge."]
        plain += told + [f"NEWSREADER: Street {i} reopens to traffic at eight tomorrow."]
    return hostile, plain


def moments(n: int) -> tuple[list[str], list[str]]:
    lede = "A competitive eater who ate for a day and a night has been watched online."
    streamed = "He streamed the whole attempt on Twitch on his channel, BigJamEats."
    hostile, plain = [lede, streamed], [lede, streamed]
    for i in range(n // 2):
        reaction = (
            f"Eater Sunita Kerr{i} posted a reaction video matching him over the last hours of "
            "the stream."
        )
        hostile += [
            reaction,
            f"A clip of his plate number {i}, cut from the stream and posted on TikTok by "
            f"@clips{i}, has {i + 100} views.",
        ]
        plain += [reaction, f"The function room at number {i} holds sixty people for dinner."]
    return hostile, plain


def bodies(n: int) -> tuple[list[str], list[str]]:
    lede = "A video posted on TikTok shows a rally car landing so hard its seats come loose."
    hostile, plain = [lede], [lede]
    for i in range(n):
        hostile.append(
            f"The Border{i} Stages Rally keeps a camera on jump {i}, and its clip is the "
            "most-watched video on the rally's Facebook page."
        )
        plain.append(
            f"The council said the road at jump {i} was expected to reopen by Wednesday, and "
            "thanked residents for their patience."
        )
    return hostile, plain


SHAPES: dict[str, Callable[[int], tuple[list[str], list[str]]]] = {
    "items": items,
    "explainer": explainer,
    "video-of": video_of,
    "copies": copies,
    "channels": channels,
    "originals": originals,
    "clip-turns": clip_turns,
    "moments": moments,
    "bodies": bodies,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=3000)
    parser.add_argument("--shape", choices=sorted(SHAPES), action="append")
    args = parser.parse_args()
    for shape in args.shape or list(SHAPES):
        hostile, plain = SHAPES[shape](args.lines)
        base = timed("\n".join(plain).encode())
        slow = timed("\n".join(hostile).encode())
        print(f"{args.lines} lines: {shape} {slow:.2f} s, plain {base:.2f} s, {slow / base:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
