"""Precision and recall of `find_citations` against hand labels.

Two label sets under tests/data/articles/:
  citations_labelled.jsonl  every claim of the three seed articles (cites or not, platform,
                            creator, metric, back-references, quote continuations)
  citations_general.jsonl   single sentences in other outlets' phrasings, in three batches
                            ("first", "fresh", "final"), each labelled before the detector
                            saw it

Each batch was held out once. First runs, before any change made because of it:
  first  P 0.892  R 0.971    fresh  P 0.833  R 0.909    final  P 0.933  R 0.875
The detector has been improved on each batch since, so today's numbers on them (and on
the seed articles, which it was built with) overstate what to expect on new text.

Threads, context and metrics (issue 13), precision/recall; main's code before, after:
                  thread          platform   creator    every metric
  seed 000        1.00/0.38 ->    0.77 ->    0.94 ->    1.00 -> 1.00
                  1.00/0.86       1.00       1.00
  untouched 1     0.80/0.35 ->    0.46 ->    0.55 ->    0.64 -> 1.00 (first run of the new
   (first run)    0.72/0.56       0.86       0.82       code; seen and tuned on since)
  untouched 2     1.00/0.30 ->    0.50 ->    0.50 ->    0.50 -> 0.83 (written after set 1
                  1.00/0.70       0.83       0.67       was seen, run once at the end)

Third pass, fixed on the misses of seed 000 and sets 1 and 2 (captions by word stems
and where each word is used, not captions about photos; "posted it", "It racked up";
other people in the clip; any verb after a named creator; "half a million"). Sets 3
and 4 were written and labelled before any code read them and not tuned on (set 3's
mistakes were printed once while the pass was under way; set 4 was written after the
last change and run once on main's code and this one). Before -> after:
             citation              thread                platform     creator      metric
  seed 000   1.00/1.00             0.91/0.86->1.00/0.95  1.00         1.00         1.00/1.00
  set 1      1.00/1.00             0.91/0.83->0.96/0.96  1.00         1.00         1.00/1.00
  set 2      1.00/0.92->1.00/1.00  1.00/0.70->1.00/1.00  0.83->1.00   0.67->1.00   ->1.00/1.00
  set 3      0.97/0.82             0.73/0.40->0.74/0.42  0.63->0.63   0.53->0.58   ->1.00/0.94
  set 4      0.97/0.97             0.92/0.40->0.93/0.47  0.69->0.69   0.72->0.72   1.00/1.00
(set 2 metric 1.00/0.83 before, set 3 0.94/0.88 before.) Sets 3 and 4 are far from the
seen sets: the detector misses a person filming ("a man in Galway filmed his
trampoline", "DJ Marta Solé filmed the crowd ... on TikTok"), "In her latest TikTok",
"watched by millions"; threads miss descriptions with no cue and plain names as
subjects ("Nair pipes each tier", "Treviño stands beside the hole"), and a definite
reference that also names a platform after the thread broke ("The video, which she
later uploaded to YouTube, ...") opens a thread of its own, so platform and creator are
not passed on; creators named in apposition ("a city councillor, Rosa Treviño,") and
WhatsApp (not in the platform table) are missed.

Fourth pass, fixed on the misses of sets 3 and 4 (which are development sets from here:
"seen"): someone filming, "filmed by", "In her latest TikTok", "watched by millions",
"Name's video", released footage; creators in apposition and after "by" with a
description, name particles ("Corpo de Bombeiros"); WhatsApp and Rumble in the platform
table; a trend spreading on a platform is no clip; threads carried by what the clip shows
in the present with no cue word, by the creator's name as subject, by "It has been
debunked"; a definite reference rejoins the thread after background; an interview quote
is not the clip's; context from the article's subject and lead. Before -> after:
             citation              thread                platform     creator      metric
  seed 000   1.00/1.00             1.00/0.95             1.00         1.00         1.00/1.00
  set 1      1.00/1.00             0.96/0.96             1.00         1.00         1.00/1.00
  set 2      1.00/1.00             1.00/1.00             1.00         1.00         1.00/1.00
  set 3      0.97/0.82->0.97/1.00  0.74/0.42->1.00/1.00  0.63->1.00   0.58->1.00   0.94->1.00
  set 4      0.97/0.97->1.00/1.00  0.93/0.47->1.00/1.00  0.69->1.00   0.72->1.00   1.00/1.00
(sets 3 and 4 after: tuned on, so they overstate what to expect on new text.)
Untouched set 5 (13 articles, written and labelled after the fourth pass's last change,
run once, no change made since):
  set 5      1.00/0.85             0.82/0.60             0.80         0.65         1.00/0.92
Its misses, by cause: filming by someone outside the closed list of people ("a student
filmed", "a teenager filmed") or of the clip itself ("he filmed it", "who filmed it");
"the stream" and "the post" not read as the clip; "210,000 viewers" not a metric; a
description after a missed citation (the thread never opened); present-tense rules too
narrow ("Each crack of thunder lands", "The two women cross", "Solberg works", "The
crowd on the beach falls") or too broad ("Leopard sightings on the edge of the city
have risen"; "gets up and is led away" read as a noun); "The second video" and "the
Snapchat video" after another platform's thread taken as the same clip; creators missed
where the clause before the name holds a comma ("nearly 900,000 times, Rui Carvalho"),
a sentence-opening "First," taken for a name, and the article's subject missed when the
creator is first stated by handle.

Fifth pass, fixed on the misses of set 5 (seen from here), lists replaced by structure
where it could be: anyone filming (any noun after a determiner, not a closed list) and
"who filmed it"; "the post"/"the stream" as subject just after a citation; a stream's
viewers as views; the present-tense scene by the shape of its noun phrase ("Each crack
of", "The crowd on the beach", "The two women", a one-word complement, no noun read
across "and"); change over time and sources as background; a definite clip marked as
another ("The second video") or named by another platform opens its own thread; a
figure's comma before the creator, "First," no name, the subject stated by handle.
Before -> after (seed and sets 1-4 unchanged):
  set 5      1.00/0.85->1.00/1.00  0.82/0.60->1.00/1.00  0.80->1.00   0.65->1.00   0.92->1.00
(tuned on: overstates what to expect on new text.)
Untouched set 6 (13 articles, written and labelled after the fifth pass's last change and
committed before any code read them, run once, no change made since):
  set 6      1.00/0.89             0.85/0.71             0.76         0.70         1.00/0.92
Its misses, by cause: a clip cited with no clip word ("In the one that made his name",
"traced the composite to a channel on YouTube, which posted it"), an indefinite "A recent
post shows" with no platform, plural "Two videos ... have delighted viewers" (no verb of
showing); descriptions after a missed citation or after a line of background (a
non-citing line does not rejoin), subjects the scene rule does not read ("Not one of
them lands", "One of the calves stops", "Supporters behind her wave", "Her mother then
phones"); false joins of states and habits after a pronoun ("She is 79", "He sells the
accordions ... at cost"), a habit with a time range ("Humpbacks migrate ... between July
and November") and "said in a phone interview"; Kwai not in the platform table; a creator
named only after the citation in a sentence that cites nothing, and one read as the
possessor of "a clip" ("Lina Varga has delighted fans with a clip") or in a relative
("which Varga posted on Instagram"); a clip whose creator is stated but not its platform
does not take the platform of that creator's earlier citation; "watched live by about
80,000 people" (an adverb before "by") is no metric; a full name against a surname.

Sixth pass, fixed on the misses of set 6 (seen from here): Kwai, Likee, Triller and
Lemon8 in the platform table; interviews by any wording ("in a phone interview", "told
the newspaper", "speaking to ..."); a state or habit after a pronoun and a season of the
year are the story's; scene subjects picked from a group ("One of the calves stops"), a
place by pronoun ("Supporters behind her wave"), no noun read past a pronoun's clause or
"red"; a description of the clip's subject rejoins after background; "a recent post
shows", counted clips of an event, "In the one that ..." after clips, "..., which posted
it" on a named platform cite; creators by a habit of posting, "has delighted fans with a
clip", "which Varga posted"; a filmer named after the citation; a creator's earlier
platform; "watched live by". Creators are compared as before, except that a surname
alone counts as right for a labelled full name when the article stated that full name at
or before the claim (a reader can tell who is meant; without it the surname does not
identify anyone); no figure changed by it this pass. Before -> after (seed and sets 1-5
unchanged):
  set 6      1.00/0.89->1.00/1.00  0.85/0.71->0.97/0.97  0.76->0.95   0.70->0.97   0.92->1.00
(tuned on: overstates what to expect on new text. Left: "A recent post shows him" gets no
creator (the article's subject needs three claims naming him); "..., which posted it"
joins the nearest thread, a 2017 clip, not the composite it names.)
Untouched set 7 (13 articles, written and labelled at the start of the sixth pass, before
any of its changes, by the helper who then made them; committed before any code read
it; run once at the end, no change made since):
  set 7      1.00/0.97             0.89/0.86             0.88         0.76 (0.70)  1.00/1.00
(creator 0.70 if a surname alone never counts for a labelled full name.) Its misses, by
cause: "a passenger filmed him singing" (no "him" after "filmed"), so the next lines
open their own thread; creators not read: "by the groom's sister, Nino Beridze" (a
possessive in the description), "by a Slovak driver, Peter Kováč" (a capitalised
adjective), "Then Ortega posted a TikTok" (one word, after "Then"), "Lena Hoff has
shared a video" and "Henk de Vries has started a livestream" (an auxiliary before the
verb), and "shared by the Met Office" taken for the creator of "A teenager's Snapchat
video" (the filmer named after, "the teenager, Jack Morley," in the possessive form, is
not read); "The original was posted on YouTube by ..." opens its own thread in a
fact-check; "She teaches two classes a week" joins (a habit by "a week"); a second
clip of a creator whose first has no stated creator gets no platform; and the court
story's dashcam footage takes Facebook from the police's later post, which the labels
left empty (arguably the label's fault: set 6 labelled a platform named later as
inferred).

Seventh pass, fixed on the misses of set 7 (seen from here): someone filming "him" or
"them" cites; the poster's description may hold a possessive or a capitalised adjective
("by the groom's sister, Nino Beridze", "by a Slovak driver, Peter Kováč"); the subject
of making or publishing a clip past a helper verb or a sentence adverb ("Then Ortega
posted a TikTok", "Henk de Vries has started a livestream"), one word will do, an
occupation before a full name is no part of it; a clip said to be someone's ("A
teenager's Snapchat video") was only passed on by whoever "shared by" names, and takes
the name a later apposition gives its owner; "the original" of a reposted clip refers
back to it; another upload of a thread's clip (its original, a later publication by
someone other than the filmer) gives its platform and creator only to the lines after
it, so the dashcam footage played to the court keeps none (the labels are right after
all: the police's page is a later upload); a habit at a rate ("two classes a week") is
the story's. And from set 3: a passive verb is no action of a creator named as a source.
Before -> after (seed, sets 1, 2, 4, 5 and 6 unchanged):
  set 3      0.97/1.00->1.00/1.00  (citation)
  set 7      1.00/0.97->1.00/1.00  0.89/0.86->1.00/1.00  0.88->1.00   0.76->1.00   1.00/1.00
(creator 1.00 also if a surname alone never counts. Tuned on: overstates what to expect
on new text; there is no untouched set after this pass. Left: seed 000's caption
"Staff in uniforms are seen ..." and set 1's "Mei Tan's grandfather pulls noodles ..."
go to the thread their words share most with (the creator's name counts as much as what
the clip shows; taking names out of caption matching fixed set 1 and broke set 6, so it
was not kept); set 6's two misses above.)

Untouched set 8 (14 articles in new shapes: a live blog, a listicle, a translated story,
a fan account's repost; written and labelled during the seventh pass by someone who read
neither the code nor its output, run once after that pass's last change):
  set 8      0.94/0.90             0.86/0.56             0.79         0.63         1.00/0.93
Eighth pass, fixed on the misses of set 8 (seen from here), causes ordered by how many
misses each explained: creators described then named ("The mayor of X, Name, has posted",
"by her father, Name,", "by Adaeze's younger brother, Name,", "by the food channel Name",
"The tourist, Name from Utrecht, published"); a clip named by its owner ("Medeiros's
video") goes back to that person's thread; a stream on an account's page and going live
cite, and "the same platform" is the platform before; a repost by someone else (its own
platform, the one it is posted to) and a clip's first upload give platform and creator
only to the lines after them, "that version" refers back; quotes in the past tense are the
story's, a bare quotation after speech in the clip goes on with it; someone the citation
names acts in the clip by surname; "N people have watched a clip" is views; "either
creator" is no one; a surname shared in the family does not make the article's subject.
Before -> after (seed and sets 1-7 unchanged):
  set 8      0.94/0.90->0.97/0.97  0.86/0.56->0.94/0.91  0.79->0.97   0.63->0.97   0.93->1.00
(tuned on: overstates what to expect on new text. Left: the cellist profile's account line
"posts her rooftop performances on TikTok as @rooftopcello" cites by set 6's labels and
not by set 8's, and "In it, the drummer ..." is a citation in set 8 and not in set 4;
"Her version of The Scream oozes raspberry jam" and "They can, but only just." join no
thread; a headline and a live blog's "08:12 — Good morning." are the header and a
sentence of their own, not the labeller's one claim a line.)

Untouched set 9 (14 invented articles, labelled by someone who read neither the code nor
its output, run once after the eighth pass's last change):
  set 9      0.95/0.95             0.68/0.52             0.87         0.63         1.00/0.92
Ninth pass, fixed on set 9 (seen from here) by causes rather than phrasings: one rule for
the agent of publishing or filming (articles/agents.py: capitalised words before the verb,
an apposition between commas, a role word or title dropped, any verb whose clause brings
the clip in with "with"/"in"; a body of people is no creator); a person named in full,
"It", an indefinite subject or a pronoun after "This time" acting in the present joins the
thread, and a date on the calendar ("in November", "on Friday") makes a line the story's
schedule; speech by any verb of speaking in the present (articles/heard.py), rejoining
after background when the speaker is named; "the first/her original video" goes to the
earliest thread; "a 40-second clip from the stream" is the same clip; Kick and Nextdoor;
"liked another N times"; a pronoun posting takes the creator named before.
Before -> after (seed and sets 1-8 unchanged):
  set 9      0.95/0.95->0.95/0.97  0.68/0.52->0.85/0.88  0.87->0.95   0.63->0.87   0.92->1.00
(tuned on: overstates what to expect on new text. Left: "In a follow-up on Sunday, ..."
is no citation; "The prank video" after an apology video and "The launch video" after
another clip's thread go to the nearest thread; a stitch is read as the clip it stitches;
"Her own reel" takes no platform; "the mayoral candidate's Instagram account" names no
one; organisations: the labels give no creator for "Severn Valley Police have posted" and
"Kilbarry Rovers unveiled ... with an Instagram video", and the code agrees only because
a name ending in Police and "their" in the clause are excluded.)

Untouched set 10 (14 invented articles, labelled blind, run once after the ninth pass):
  set 10     1.00/0.80             0.81/0.49             0.69         0.56         1.00/0.85
Tenth pass, fixed on set 10 (seen from here) by the categories of miss that recurred over
the first runs of sets 8, 9 and 10: a quotation closed before its attribution ("..., she
says, nodding ...") runs on no further; speech in the clip is read before a pronoun, so a
bare quotation after it goes on; an indefinite copy or repost ("A copy posted in the
residents group on Facebook", "reposted a slowed-down version") is the clip in play on a
platform of its own, and a copy put online cites (articles/copies.py); a camera that
caught something and someone named filming something cite; the owner of a clip or camera
named in full by a possessive is its creator ("Nurse X Y's doorbell camera"); a pronoun's
thing acting in the present rejoins after background when its subject shares a word with
the thread ("Her voice plays over ..."). Before -> after (seed and sets 1-9 unchanged):
  set 10     1.00/0.80->1.00/0.90  0.81/0.49->0.90/0.74  0.69->0.80   0.56->0.69   0.85->0.85
(tuned on: overstates what to expect on new text. Left: a later clip by the same creator
("His most-watched video", "In another, ...", "His last video") with the platform only in
the headline, which the context rules do not read; a creator named only in the line after
the citation ("its chief executive announced in a LinkedIn video" then "Marieke Dijkstra,
sitting ..., says"); an organisation releasing a clip ("The X Agency released the
sequence"); role words in lower case before a name ("Student union president Kofi ...");
interleaved descriptions of two readers' clips; "her own reel" takes no platform.)

The creator pass (tests/test_context_pass11.py) was fixed on the platform and creator
misses of sets 9-13, by category: a channel or account named (in apposition, after its
kind, "a page called X", "the profile that posted it, X") is the creator, and a body named
by its noun ("the rice brand X", "Fire and Rescue Service") posting its own footage is
none (articles/accounts.py); Reddit usernames; the agent of filming however dressed; the
filmer named later with a place; the headline's "Name's clip" and the subject counted in
the headline; the person holding the office a maker is told by, someone's clip opening a
thread, a reply in kind, a stitch, an account line just after, a still from someone's
footage, the original not the copy's (articles/context_more.py); a named channel that put
something out, "streaming her race on Twitch", someone's Snapchat of something cite.
Platform and creator before -> after (every other figure the same or higher):
  set 9      platform 0.95->0.97  creator 0.87->0.90
  set 10     platform 0.82->0.90  creator 0.72->0.92
  set 11     platform 0.85->0.92  creator 0.54->0.95
  set 12     platform 0.76->0.90  creator 0.64->0.88
  set 13     platform 0.77->0.88  creator 0.60->0.85
(tuned on. Left: misses whose thread is wrong (a stitch or second passenger's clip joined
to the first, a late back-reference on its own); clips not read as citations ("In a
follow-up on Sunday, ...", "after filming his three tractors", "after going live on
TikTok", footage with an apposition before "shows"); a company's own video named only by
its name ("by Lingxi Robotics"); a creator told only by a possessive role ("the mayoral
candidate's Instagram account"); "Her video" after another person's clip takes that
person.)

Twelfth pass (tests/test_context_pass12.py), fixed on the misses of sets 14-23 and then
24-25, by category, each tried on invented sentences with look-alikes: a stitch, duet or
reaction made from the clip in play is a clip of its own (its maker no longer passed back
to the clip it answers); the maker in more shapes (filming oneself or as something
happened, live on a platform, 'filmed by farmer X' before whoever shared it, 'The streamer
is X', 'by the page X', a surname opening the sentence before an apposition; a group of
people is no one's name; a name that acts as a thing, 'posted its own footage', is a
body); a named person filming just after an unnamed lede retells the lede's clip; a clip
named by what it shows ('The escalator clip'); 'later posted his video' says when, not
which clip; a live blog's time stamps no longer hide how an entry opens; a quotation told
in the past is the story's; an account line cites nothing and names the clips just after
it; 'he posted the video' is by the person named just before; more citation cues ('THIS
is the moment', 'sharing the moment she fell', 'is streaming the rally', 'after filming
the cockpit', 'In last month's video', 'reposted it', 'with a stitch', 'filmed from her
front step', a doorbell camera that 'picked him up'). Before -> after (citation P/R,
thread P/R, platform, creator), the before being main at the start of the pass with the
same labels:
  set 14     0.96/0.95->0.96/0.96  0.78/0.69->0.88/0.79  0.84->0.89   0.73->0.88
  set 15     0.95/0.94->0.95/0.97  0.74/0.68->0.76/0.70  0.77->0.83   0.59->0.67
  set 16     0.95/1.00->0.95/1.00  0.76/0.67->0.88/0.80  0.86->0.91   0.68->0.90
  set 17     0.97/1.00->0.97/1.00  0.90/0.89->0.96/0.96  0.93->0.96   0.88->0.91
  set 18     0.98/0.93->0.98/0.98  0.87/0.64->0.91/0.80  0.85->0.90   0.70->0.82
  set 19     0.92/0.92->0.94/0.98  0.72/0.64->0.84/0.79  0.83->0.92   0.68->0.81
  set 20     0.81/0.92->0.82/0.97  0.71/0.64->0.78/0.74  0.81->0.88   0.70->0.75
  set 21     0.97/0.92->0.98/0.98  0.64/0.62->0.83/0.83  0.65->0.81   0.66->0.81
  set 22     0.88/0.98->0.90/1.00  0.74/0.68->0.81/0.82  0.85->0.90   0.66->0.79
  set 23     0.82/0.88->0.87/0.95  0.57/0.48->0.88/0.88  0.79->0.86   0.65->0.74
  set 24     0.85/0.86->0.88/0.93  0.71/0.61->0.84/0.74  0.73->0.81   0.59->0.74
  set 25     0.89/0.92->0.90/0.92  0.67/0.57->0.76/0.72  0.73->0.80   0.57->0.67
  set 26     0.84/0.95->0.85/0.98  0.83/0.75->0.91/0.88  0.81->0.93   0.69->0.86
  set 27     0.81/0.85->0.84/0.93  0.46/0.39->0.73/0.76  0.73->0.85   0.60->0.73
(tuned on, all of them by the end. What says more: sets 24 and 25 were run once after
the fixes made on sets 14-23 and before any made on them, and at that point thread had
gone 0.71/0.61 -> 0.80/0.69 and 0.67/0.57 -> 0.75/0.64 and platform 0.73 -> 0.75 and
0.73 -> 0.78, while creator had not moved, 0.59 -> 0.59 and 0.57 -> 0.60: the thread
rules carried to new text, the creator rules did not. Sets 5 and 6, labelled before the
convention that an account line cites nothing, lose a line or two; so does one early
single-sentence label, 'The youtuber, known online as TechWithTom, said ...'. Sets
26 and 27, run once at the end of the pass before the last fixes (their first runs
are in the comments by their rows), went 0.83/0.75 -> 0.87/0.78 and 0.46/0.39 ->
0.59/0.59 in thread, 0.81 -> 0.86 and 0.73 -> 0.80 in platform, 0.69 -> 0.75 and 0.60 ->
0.68 in creator on text neither version had seen. Sets 28 and 29, run once after the
pass's last change, are in the comments by their rows.)

Thirteenth pass (tests/test_context_pass13.py), fixed on the misses of sets 28-29, then
30-31, then 32-33, each set run once before any fix made on it: a duet or stitch put out, one's
own clip posted, a reader's clip 'sent us' are new clips, and whose clip a duet was made
from is not its maker; 'reposted the original' after a stitch goes to the stitch's source;
'That TikTok' goes to the thread that stated TikTok; excerpts, cuts, screen-recordings and
versions are copies; a translator's note or a kicker headline ('Fact check: Does ...?') no
longer puts the headline among the claims; pysbd's wrong cuts are mended (a dateline's
'.-', '1. The goat.', a photo credit, an exclaimed quote before 'Leanne, 38, groans');
footage shown, released or sent, 'got it all on her phone' cite; filming told afterwards,
a user's quoted comment, a hashtag's count, 'gusts of 94mph were recorded' do not; the
maker after 'When', past a place in apposition, 'himself', 'made a duet'; later, a
fact-check's verdict on the clip cites it (opening the thread when no 'Claim:' line did),
more of a clip's life cites ('ended his stream', 'It also circulated in WhatsApp groups',
'YouTube took it down', a camera set up that then recorded something), a reposter is no
article's subject, and a live blog entry stamped within three minutes of a clip's goes on
describing it. Before -> after,
the before being main at the start of the pass with the same labels:
  set 28     0.87/0.99->0.87/0.99  0.56/0.64->0.75/0.81  0.83->0.83   0.70->0.74
  set 29     0.78/0.93->0.85/1.00  0.68/0.62->0.82/0.84  0.78->0.90   0.64->0.81
  set 30     0.76/0.92->0.83/1.00  0.59/0.57->0.89/0.88  0.82->0.88   0.76->0.90
  set 31     0.79/0.94->0.83/0.99  0.74/0.69->0.89/0.89  0.79->0.87   0.71->0.83
  set 32     0.88/0.94->0.89/0.95  0.71/0.59->0.85/0.78  0.72->0.75   0.72->0.79
  set 33     0.90/0.94->0.90/0.95  0.78/0.81->0.78/0.81  0.81->0.86   0.71->0.72
  set 34     0.78/0.93->0.78/0.93  0.67/0.64->0.75/0.70  0.85->0.84   0.66->0.69
  set 35     0.81/0.97->0.81/0.97  0.65/0.64->0.66/0.66  0.77->0.77   0.68->0.69
(sets 28-33 tuned on: 28-29 from the start, 30-31 after their first run at the start of
the pass, 32-33 after theirs halfway, when they stood at 0.74/0.63 and 0.78/0.80 in
thread. Sets 34 and 35, labelled blind halfway and run once after the last change, are
the rows that say what to expect on new text: thread moved, citation and platform did
not. Set 28's n changes with the mended sentence cuts.)

Fourteenth pass (tests/test_context_pass14.py), fixed on the misses of sets 34-37 (36-37
run once at its start), with sets 38-39 labelled at the start and kept unread: makers
behind two appositions or a place with its county, after 'by' past a place and an
occupation, of a camera ('the doorbell camera of ...'), of duets, stitches, Shorts,
deleted videos and 'came from'; a clip no line of its thread places takes its creator's
earlier clip's platform, else their account's; a body's own clip answered or released
('replied with a video of its own', 'itself released footage') is no one's; a court's
retelling of the lede's livestream, by surname or pronoun, is the lede's clip, and the
defendant named just after is its maker; someone jailed for filming themselves cites; a
quotation closed by who said it is one claim; a desk's note in brackets is none; a
platform's format in general, told filming and the camera club cite nothing; copies
('Copies continue to circulate: one, ...', 'a screen recording was posted', 'A shorter
cut she posted on TikTok') stay in the clip's thread, 'That one' refers back, and a
definite clip put out by someone other than the thread's maker is its own. Before ->
after, the before being main at the start of the pass (3f96f8c) with the same labels:
  set 34     0.78/0.93->0.79/0.97  0.75/0.70->0.81/0.81  0.84->0.91   0.69->0.89
  set 35     0.81/0.97->0.81/0.98  0.66/0.66->0.74/0.75  0.77->0.84   0.69->0.90
  set 36     0.72/0.93->0.74/0.93  0.53/0.59->0.79/0.79  0.82->0.85   0.62->0.80
  set 37     0.86/0.99->0.88/1.00  0.81/0.81->0.89/0.87  0.84->0.95   0.71->0.90
  set 38     0.73/0.95->0.73/0.95  0.73/0.68->0.76/0.74  0.76->0.82   0.63->0.79
  set 39     0.76/0.98->0.76/0.98  0.59/0.71->0.70/0.73  0.90->0.97   0.81->0.90
(sets 34-37 tuned on. Sets 38 and 39 are the rows that say what to expect on new text:
creator +0.16 and +0.09, platform +0.06 and +0.07, thread up, citation unchanged. Set 39's
thread n changes with the attributed quotations kept whole.)

Fifteenth pass (tests/test_context_pass15.py), fixed on the misses of sets 20-41 (40-41
run once at its start), with sets 42-43 labelled at the start and kept unread: a count of
a clip named by 'it' or a definite noun, or the clip posted to a platform, refers back;
speech about a clip told to the reporter afterwards cites nothing and stays out of the
thread, for the learned model too; copies by their length, a clip reposted to a platform
and a fact-check's traced original are the clip in play; a profile's posting habit is an
account line and the clips it then tells in turn ('The first one ...', 'Then came ...',
'Another shows ...') are each their own; a moment of the clip ('Seconds later, ...') and
present-tense speech rejoin it; quotations opened late, closed by a crowd, or told
afterwards; datelines, photo credits and live blog entries cut as the labels cut them;
makers of stitches, duets and reactions, of a broadcast begun on a platform, of a clip of
their own, behind an office; a reaction video, duets made with a clip, a stitched part
and a photographer's credit. Before -> after, the before being main at the start of the
pass (fd12746) with the same labels:
  set 38     0.73/0.95->0.78/0.96  0.76/0.74->0.84/0.82  0.82->0.93   0.79->0.84
  set 39     0.76/0.98->0.81/0.99  0.70/0.73->0.79/0.78  0.97->0.97   0.90->0.90
  set 40     0.71/0.97->0.78/0.99  0.58/0.70->0.86/0.82  0.87->0.92   0.76->0.84
  set 41     0.78/0.92->0.83/0.94  0.73/0.79->0.84/0.84  0.88->0.91   0.63->0.76
  set 42     0.73/0.96->0.77/0.96  0.70/0.63->0.80/0.69  0.89->0.89   0.75->0.75
  set 43     0.81/1.00->0.82/1.00  0.75/0.70->0.83/0.77  0.92->0.96   0.68->0.73
(sets 38-41 tuned on. Sets 42 and 43 are the rows that say what to expect on new text:
thread +0.10/+0.06 and +0.08/+0.07, creator unchanged and +0.05. Their 'after' is the
first run on the final rules, before the model was retrained on them. Sets 38-40's n
change with the sentence cuts mended.)

Sixteenth pass (tests/test_context_pass16.py), fixed on the misses of sets 20-45 (44-45
run once at its start), with sets 46-47 labelled at the start, kept unread and run once
after the last rule change made without them, then fixed on too: a creator is a name
whole and nothing else (no fragment of a place or date, no name across a sentence's end,
no country after a thing in apposition, titles and offices dropped however placed, the
full name for an honorific); posters named more ways ('a page called ...', 'a fan using
the name ...', 'shot by', 'Marr shared the clip on Facebook', a live blog entry's
subject, someone's stream, a filmer by age before whoever shared it); a body's own
footage credits no person; the maker told as 'he' or 'his video' later in a thread; a
reel is Instagram's, a Short YouTube's, a Snap Snapchat's; the clip told by who made it
refers back; a still printed as a sentence is a caption, and one 'from his video' goes
to the named person's clip; a part cut by a viewer and a clip cross-posted are the clip
in play; facts of a kind and videos in general over years are the story's; clips named
by their kind (a timed review or attack ad, a Short, seconds filmed, a stream broadcast
live) cite.
Before -> after, the before being main at the start of the pass (44f5bdf) with the same
labels:
  set 42     0.77/0.96->0.79/0.97  0.80/0.69->0.83/0.79  0.89->0.92   0.75->0.85
  set 43     0.82/1.00->0.83/1.00  0.83/0.80->0.84/0.84  0.96->0.96   0.73->0.92
  set 44     0.80/1.00->0.80/1.00  0.83/0.78->0.89/0.83  0.96->0.99   0.64->0.83
  set 45     0.80/0.94->0.81/0.94  0.71/0.63->0.72/0.66  0.84->0.83   0.62->0.76
  set 46     0.81/0.96->0.81/1.00  0.78/0.74->0.89/0.97  0.92->0.99   0.83->0.95
  set 47     0.85/0.85->0.87/0.95  0.61/0.55->0.78/0.72  0.69->0.91   0.61->0.87
(all six tuned on. What to expect on new text is sets 46 and 47's first run on the final
rules, before any fix on them: citation 0.81/0.96 and 0.85/0.85, thread 0.80/0.78 and
0.61/0.55, platform 0.93 and 0.76, creator 0.84 and 0.63, against main at the start of the
pass 0.78/0.74 and 0.61/0.55, 0.92 and 0.69, 0.83 and 0.61.)

Seventeenth pass (tests/test_context_pass17.py, tests/test_context_pass17_review.py),
fixed on the misses of sets 20-49 (48-49 run once at its start), with sets 50-51
labelled at the start, kept unread and run once after the last rule change made without
them, then fixed on too: a clip told without a citing word opens its thread when a scene
and a reference to it as known follow (antecedents.py); a count alone, or a scene naming
its maker's account, is the clip in play; 'It shows ...' goes on about it; makers named
past a platform, a place or a date, a user name in quotes, 'Shot ... by', the subject
acting in a story of their own; X opening a line or taking a repost; stills go to the
clip their caption names by platform, owner or relative, and a dated photograph is none;
a follow-up, a clip filmed of oneself, an edit of the footage are clips of their own;
Bilibili's bullet comments, reshares, likes by accounts; a fancam, a routine filmed by
two sisters, a stream just gone live; a bulletin's furniture; 'Its caption reads'.
Before -> after (citation / thread / platform / creator), the before being main at the
start of the pass (fb78c42) with the same labels:
  set 44     0.80/1.00->0.80/1.00  0.89/0.83->0.91/0.88  0.99->1.00   0.83->0.84
  set 45     0.81/0.94->0.81/0.99  0.72/0.66->0.83/0.83  0.83->0.89   0.76->0.79
  set 48     0.83/0.95->0.83/0.96  0.73/0.73->0.86/0.87  0.90->0.93   0.76->0.90
  set 49     0.74/0.98->0.73/1.00  0.79/0.76->0.80/0.86  0.91->0.94   0.79->0.87
  set 50     0.83/0.85->0.83/0.90  0.56/0.49->0.66/0.58  0.85->0.90   0.62->0.67
  set 51     0.74/0.99->0.74/0.99  0.65/0.73->0.71/0.79  0.91->0.92   0.73->0.80
(all tuned on. What to expect on new text is sets 50 and 51's first run on the final
rules, before any fix on them: citation 0.83/0.85 and 0.74/0.99, thread 0.57/0.49 and
0.66/0.75, platform 0.85 and 0.91, creator 0.62 and 0.73, against main at the start of the
pass thread 0.56/0.49 and 0.65/0.73, the rest the same. Pooled over the seed and sets
0-39: thread 0.888/0.877 -> 0.893/0.883, creator 0.886 -> 0.889, platform 0.923 -> 0.925.)

Run: .venv/bin/python bench/citations.py [--seeds DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archiver.articles.citations import Citation, find_citations  # noqa: E402
from archiver.articles.claims import Claim, split_claims  # noqa: E402
from archiver.articles.reading import read_article  # noqa: E402
from bench.thread_scores import (  # noqa: E402
    THREAD_FIELDS,
    ThreadScore,
    evaluate_thread_seeds,
    evaluate_untouched,
)

LABELS = ROOT / "tests" / "data" / "articles"
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
FIELDS = ("platform", "creator", "metric_kind", "metric_value")


class Score:
    """Counts for one label set: claim-level detection, then fields of true positives."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = 0
        self.fields_right = self.fields_total = 0
        self.mistakes: list[str] = []

    def add(self, label: dict, found: Citation | None) -> None:
        cites = bool(label["cites"])
        if found and cites:
            self.tp += 1
            for name in FIELDS:
                self.fields_total += 1
                if label.get(name) == getattr(found, name):
                    self.fields_right += 1
                else:
                    wanted, got = label.get(name), getattr(found, name)
                    self.mistakes.append(f"{name}: want {wanted!r} got {got!r} | {label['text']}")
        elif found:
            self.fp += 1
            self.mistakes.append(f"false positive | {label['text']}")
        elif cites:
            self.fn += 1
            self.mistakes.append(f"missed | {label['text']}")
        else:
            self.tn += 1

    def summary(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        fields = self.fields_right / self.fields_total if self.fields_total else 1.0
        return {
            "claims": self.tp + self.fp + self.fn + self.tn,
            "citing": self.tp + self.fn,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "fields_correct": round(fields, 3),
        }


def _read_labels(name: str) -> list[dict]:
    text = (LABELS / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def evaluate_seeds(seeds: Path) -> tuple[Score, dict]:
    """Claim by claim on the seed articles; labels are matched to claims by their text."""
    score = Score()
    extra = {"same_clip_right": 0, "same_clip_total": 0, "quote_right": 0, "quote_total": 0}
    by_article: dict[str, list[dict]] = defaultdict(list)
    for label in _read_labels("citations_labelled.jsonl"):
        by_article[label["article"]].append(label)
    for name, labels in sorted(by_article.items()):
        article = read_article(name, (seeds / name).read_bytes())
        claims = split_claims(article)
        citations = find_citations(claims, article.links, article.link_offsets)
        found = {claims[c.claim_position].text: c for c in citations}
        position = {claim.text: claim.position for claim in claims}
        continued = {p: c.claim_position for c in citations for p in c.quote_claims}
        label_position = {label["position"]: label["text"] for label in labels}
        for label in labels:
            if label["text"] not in position:
                score.mistakes.append(f"claim not produced | {label['text']}")
            citation = found.get(label["text"])
            score.add(label, citation)
            if label.get("same_clip_as") is not None:
                extra["same_clip_total"] += 1
                want = position.get(label_position[label["same_clip_as"]])
                extra["same_clip_right"] += bool(citation and citation.same_clip_as == want)
            if "quote_of" in label:
                extra["quote_total"] += 1
                want = position.get(label_position[label["quote_of"]])
                extra["quote_right"] += continued.get(position.get(label["text"], -1)) == want
        labelled = {label["text"] for label in labels}
        score.mistakes += [
            f"claim without a label (segmentation changed?) | {claim.text}"
            for claim in claims
            if claim.text not in labelled
        ]
        unlabelled = set(found) - labelled
        score.fp += len(unlabelled)
        score.mistakes += [f"unlabelled citation | {text}" for text in sorted(unlabelled)]
    return score, extra


def evaluate_sentences() -> dict[str, Score]:
    """Each labelled sentence on its own, as a one-claim article."""
    scores: dict[str, Score] = defaultdict(Score)
    for label in _read_labels("citations_general.jsonl"):
        claim = Claim(0, label["text"], 0, len(label["text"]))
        found = find_citations([claim])
        citation = found[0] if found else None
        scores[label.get("set", "general")].add(label, citation)
        if citation and label["cites"] and "stated_date" in label:
            if citation.stated_date != label["stated_date"]:
                scores[label["set"]].mistakes.append(f"stated_date | {label['text']}")
    return dict(scores)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--json", action="store_true", help="one JSON object, no table")
    parser.add_argument("--mistakes", action="store_true", help="list every mistake")
    args = parser.parse_args()

    started = time.perf_counter()
    results: dict[str, dict] = {}
    mistakes: dict[str, list[str]] = {}
    if args.seeds.is_dir():
        seed_score, extra = evaluate_seeds(args.seeds)
        results["seed articles"] = seed_score.summary() | extra
        mistakes["seed articles"] = seed_score.mistakes
    else:
        print(f"(no seed articles at {args.seeds}: skipped)", file=sys.stderr)
    for name, score in evaluate_sentences().items():
        results[f"sentences: {name}"] = score.summary()
        mistakes[f"sentences: {name}"] = score.mistakes
    threads: dict[str, ThreadScore] = {}
    if args.seeds.is_dir():
        threads["seed 000 (tuned on)"] = evaluate_thread_seeds(args.seeds)
    # threads_untouched.jsonl was first run after the thread code was written (seen
    # since: a development set now); threads_untouched_2.jsonl after the last change.
    threads["untouched set 1 (seen)"] = evaluate_untouched("threads_untouched.jsonl")
    threads["untouched set 2 (seen)"] = evaluate_untouched("threads_untouched_2.jsonl")
    # sets 3 and 4 were labelled before the code saw them; the fourth pass was fixed on
    # their misses, so they are development sets now
    threads["untouched set 3 (seen)"] = evaluate_untouched("threads_untouched_3.jsonl")
    threads["untouched set 4 (seen)"] = evaluate_untouched("threads_untouched_4.jsonl")
    # set 5 was written and labelled after the fourth pass's last change and run once;
    # the fifth pass was fixed on its misses, so it is a development set now
    threads["untouched set 5 (seen)"] = evaluate_untouched("threads_untouched_5.jsonl")
    # set 6 was written and labelled after the fifth pass's last change and run once;
    # the sixth pass was fixed on its misses, so it is a development set now
    threads["untouched set 6 (seen)"] = evaluate_untouched("threads_untouched_6.jsonl")
    # set 7 was labelled before the code saw it, run once at the end of the sixth pass;
    # the seventh pass was fixed on its misses, so it is a development set now
    threads["untouched set 7 (seen)"] = evaluate_untouched("threads_untouched_7.jsonl")
    # set 8 was written and labelled during the seventh pass by someone who read neither the
    # code nor its output, and run once after the pass's last change: citation 0.94/0.90,
    # thread 0.86/0.56, platform 0.79, creator 0.63, metric 1.00/0.93 (n 38, 32, 38, 38, 14);
    # the eighth pass was fixed on its misses, so it is a development set now
    threads["untouched set 8 (seen)"] = evaluate_untouched("threads_untouched_8.jsonl")
    # set 9 was written and labelled during the eighth pass by someone who read neither the
    # code nor its output, and run once after the pass's last change: citation 0.95/0.95,
    # thread 0.68/0.52, platform 0.87, creator 0.63, metric 1.00/0.92 (n 38, 33, 38, 38, 13);
    # the ninth pass was fixed on its misses, so it is a development set now
    threads["untouched set 9 (seen)"] = evaluate_untouched("threads_untouched_9.jsonl")
    # set 10 was written and labelled during the ninth pass by someone who read neither the
    # code nor its output, and run once after the pass's last change: citation 1.00/0.80,
    # thread 0.81/0.49, platform 0.69, creator 0.56, metric 1.00/0.85 (n 39, 35, 39, 39, 13)
    # the tenth pass was fixed on its misses (and on the categories that recurred over the
    # first runs of sets 8, 9 and 10), so it is a development set now
    threads["untouched set 10 (seen)"] = evaluate_untouched("threads_untouched_10.jsonl")
    # set 11 was written and labelled during the tenth pass by someone who read neither the
    # code nor its output, and run once after the pass's last change: citation 0.85/0.90,
    # thread 0.77/0.57, platform 0.85, creator 0.49, metric 1.00/1.00 (n 39, 35, 39, 39, 14)
    # the learned membership model (archiver/articles/membership.py) was trained on it, with
    # every other set, so it is a development set now
    threads["untouched set 11 (seen)"] = evaluate_untouched("threads_untouched_11.jsonl")
    # sets 12 and 13 were written and labelled during the eleventh pass, by two people who
    # read neither the code nor its output, and run once after the pass's last change (the
    # learned membership model): set 12 citation 0.91/0.86, thread 0.72/0.60, platform
    # 0.66, creator 0.46, metric 1.00/0.88 (n 59, 63, 59, 59, 42); set 13 citation
    # 0.92/0.89, thread 0.73/0.63, platform 0.77, creator 0.58, metric 1.00/0.87 (n 65, 65,
    # 65, 65, 47). The rules alone, in the same run: thread 0.71/0.48 and 0.75/0.59.
    threads["untouched set 12 (seen)"] = evaluate_untouched("threads_untouched_12.jsonl")
    threads["untouched set 13 (seen)"] = evaluate_untouched("threads_untouched_13.jsonl")
    # sets 14 and 15 were written and labelled during the eleventh pass, by two people who
    # read neither the code nor its output, and run once after the pass's last change
    # (the learned model, the reference rules, the helper's creator rules): set 14
    # citation 0.96/0.89, thread 0.74/0.61, platform 0.77, creator 0.57, metric 1.00/0.92
    # (n 56, 62, 56, 56, 39); set 15 citation 0.95/0.89, thread 0.59/0.49, platform 0.70,
    # creator 0.50, metric 1.00/0.94 (n 64, 78, 64, 64, 46). The rules alone, same run:
    # thread 0.72/0.42 and 0.60/0.42. The creator rules that took sets 9-13 from 0.56-0.87
    # to 0.89-0.95 did not carry over: fixed on those sets, they fit those sets.
    threads["untouched set 14 (seen)"] = evaluate_untouched("threads_untouched_14.jsonl")
    threads["untouched set 15 (seen)"] = evaluate_untouched("threads_untouched_15.jsonl")
    # sets 16 and 17 were written and labelled at the end of the eleventh pass, by two
    # people who read neither the code nor its output, and run once after its last change:
    # set 16 citation 0.94/0.91, thread 0.74/0.47, platform 0.74, creator 0.56, metric
    # 0.98/0.98 (n 57, 66, 57, 57, 42); set 17 citation 0.96/0.86, thread 0.76/0.47,
    # platform 0.80, creator 0.64, metric 1.00/0.90 (n 56, 74, 56, 56, 50). The rules alone,
    # same run: thread 0.66/0.32 and 0.67/0.27.
    threads["untouched set 16 (seen)"] = evaluate_untouched("threads_untouched_16.jsonl")
    threads["untouched set 17 (seen)"] = evaluate_untouched("threads_untouched_17.jsonl")
    # sets 18 and 19 were written and labelled at the end of the eleventh pass, by two
    # people who read neither the code nor its output, and run once after its last change:
    # set 18 citation 0.98/0.93, thread 0.87/0.64, platform 0.85, creator 0.70, metric
    # 1.00/1.00 (n 60, 74, 60, 60, 50); set 19 citation 0.92/0.92, thread 0.72/0.64,
    # platform 0.83, creator 0.68, metric 1.00/0.96 (n 65, 66, 65, 65, 53). The rules alone,
    # same run: thread 0.80/0.42 and 0.71/0.52.
    threads["untouched set 18 (seen)"] = evaluate_untouched("threads_untouched_18.jsonl")
    threads["untouched set 19 (seen)"] = evaluate_untouched("threads_untouched_19.jsonl")
    # sets 20 and 21 were written and labelled at the start of the twelfth pass, by two
    # people who read neither the code nor its output, and run once on the eleventh pass's
    # code: set 20 citation 0.81/0.92, thread 0.71/0.64, platform 0.81, creator 0.70,
    # metric 1.00/0.98 (n 64, 61, 64, 64, 41); set 21 citation 0.97/0.92, thread
    # 0.64/0.62, platform 0.65, creator 0.66, metric 1.00/0.98 (n 65, 66, 65, 65, 43). The
    # rules alone, same run: thread 0.70/0.61 and 0.63/0.55.
    threads["untouched set 20 (seen)"] = evaluate_untouched("threads_untouched_20.jsonl")
    threads["untouched set 21 (seen)"] = evaluate_untouched("threads_untouched_21.jsonl")
    # sets 22 and 23 were written and labelled at the start of the twelfth pass, by two
    # people who read neither the code nor its output, and run once halfway through it
    # (after the fixes made on sets 14-21): set 22 citation 0.88/0.98, thread 0.73/0.68,
    # platform 0.85, creator 0.67, metric 1.00/0.97 (n 61, 72, 61, 61, 37); set 23
    # citation 0.82/0.90, thread 0.68/0.67, platform 0.81, creator 0.65, metric 0.98/0.98
    # (n 57, 60, 57, 57, 41). The rules alone, same run: thread 0.71/0.56 and 0.63/0.50.
    threads["untouched set 22 (seen)"] = evaluate_untouched("threads_untouched_22.jsonl")
    threads["untouched set 23 (seen)"] = evaluate_untouched("threads_untouched_23.jsonl")
    # sets 24 and 25 were written and labelled during the twelfth pass, by two people who
    # read neither the code nor its output, and run once after the pass's fixes on sets
    # 14-23: set 24 citation 0.88/0.86, thread 0.80/0.69, platform 0.75, creator 0.59,
    # metric 1.00/0.98 (n 73, 77, 73, 73, 44); set 25 citation 0.90/0.92, thread
    # 0.75/0.64, platform 0.78, creator 0.60, metric 0.97/0.97 (n 60, 61, 60, 60, 37). The
    # rules alone, same run: thread 0.77/0.56 and 0.74/0.53.
    threads["untouched set 24 (seen)"] = evaluate_untouched("threads_untouched_24.jsonl")
    threads["untouched set 25 (seen)"] = evaluate_untouched("threads_untouched_25.jsonl")
    # sets 26 and 27 were written and labelled at the end of the twelfth pass, by two
    # people who read neither the code nor its output, and run once after its last
    # change: set 26 citation 0.85/0.93, thread 0.87/0.78, platform 0.86, creator 0.75,
    # metric 1.00/0.92 (n 59, 67, 59, 59, 36); set 27 citation 0.83/0.88, thread
    # 0.59/0.59, platform 0.80, creator 0.68, metric 1.00/0.97 (n 60, 66, 60, 60, 40). The
    # rules alone, same run: thread 0.85/0.69 and 0.58/0.48. Main at the start of the pass
    # on the same two sets: citation 0.84/0.95 and 0.81/0.85, thread 0.83/0.75 and
    # 0.46/0.39, platform 0.81 and 0.73, creator 0.69 and 0.60, metric 1.00/0.94 and
    # 1.00/0.97.
    threads["untouched set 26 (seen)"] = evaluate_untouched("threads_untouched_26.jsonl")
    threads["untouched set 27 (seen)"] = evaluate_untouched("threads_untouched_27.jsonl")
    # sets 28 and 29 were written and labelled at the end of the twelfth pass, by two
    # people who read neither the code nor its output, and run once after its last change:
    # set 28 citation 0.87/0.99, thread 0.56/0.62, platform 0.83, creator 0.70, metric
    # 1.00/0.97 (n 69, 64, 69, 69, 40); set 29 citation 0.78/0.93, thread 0.68/0.62,
    # platform 0.78, creator 0.64, metric 1.00/1.00 (n 59, 66, 59, 59, 40). The rules
    # alone, same run: thread 0.59/0.61 and 0.68/0.52. Main at the start of the pass on the
    # same two sets: citation 0.85/0.97 and 0.76/0.92, thread 0.53/0.59 and 0.54/0.47,
    # platform 0.83 and 0.66, creator 0.68 and 0.51, metric 1.00/0.97 and 1.00/0.97. (Set
    # 28's labeller opened a fact-check's thread at its "Claim:" line and made the verdict
    # a back-reference, one of the choices docs/labelling.md leaves open.)
    threads["untouched set 28 (seen)"] = evaluate_untouched("threads_untouched_28.jsonl")
    threads["untouched set 29 (seen)"] = evaluate_untouched("threads_untouched_29.jsonl")
    # sets 30 and 31 were written and labelled at the start of the thirteenth pass, by two
    # people who read neither the code nor its output, and run once on main as the twelfth
    # pass left it (5772b65): set 30 citation 0.76/0.92, thread 0.59/0.57, platform 0.82,
    # creator 0.76, metric 1.00/1.00 (n 66, 60, 66, 66, 47); set 31 citation 0.79/0.94,
    # thread 0.74/0.69, platform 0.79, creator 0.71, metric 1.00/0.96 (n 87, 77, 87, 87,
    # 53). The rules alone, same run: thread 0.60/0.50 and 0.74/0.68. The pass's first
    # fixes (made on sets 28 and 29 before these two were read) scored, on the same sets:
    # thread 0.58/0.55 and 0.74/0.70, platform 0.76 and 0.79, creator 0.70 and 0.71.
    threads["untouched set 30 (seen)"] = evaluate_untouched("threads_untouched_30.jsonl")
    threads["untouched set 31 (seen)"] = evaluate_untouched("threads_untouched_31.jsonl")
    # sets 32 and 33 were written and labelled at the start of the thirteenth pass, by two
    # people who read neither the code nor its output, kept unread, and run once after the
    # pass's last change (a493be3): set 32 citation 0.88/0.94, thread 0.74/0.63, platform
    # 0.74, creator 0.74, metric 1.00/1.00 (n 65, 67, 65, 65, 45); set 33 citation
    # 0.90/0.95, thread 0.78/0.80, platform 0.81, creator 0.71, metric 1.00/0.98 (n 79, 79,
    # 79, 79, 48). The rules alone, same run: thread 0.74/0.55 and 0.81/0.73. Main at the
    # start of the pass on the same two sets: citation 0.88/0.94 and 0.90/0.94, thread
    # 0.71/0.59 and 0.78/0.81, platform 0.72 and 0.81, creator 0.72 and 0.71, metric
    # 1.00/1.00 and 1.00/0.96.
    threads["untouched set 32 (seen)"] = evaluate_untouched("threads_untouched_32.jsonl")
    threads["untouched set 33 (seen)"] = evaluate_untouched("threads_untouched_33.jsonl")
    # sets 34 and 35 were written and labelled halfway through the thirteenth pass, by two
    # people who read neither the code nor its output, kept unread, and run once after the
    # pass's last change (bc6857c): set 34 citation 0.78/0.93, thread 0.75/0.70, platform
    # 0.84, creator 0.69, metric 1.00/0.96 (n 74, 84, 74, 74, 45); set 35 citation
    # 0.81/0.97, thread 0.66/0.66, platform 0.77, creator 0.69, metric 1.00/1.00 (n 62, 67,
    # 62, 62, 39). The rules alone, same run: thread 0.74/0.66 and 0.65/0.51. Main at the
    # start of the pass on the same two sets: citation 0.78/0.93 and 0.81/0.97, thread
    # 0.67/0.64 and 0.65/0.64, platform 0.85 and 0.77, creator 0.66 and 0.68, metric
    # 1.00/0.96 and 1.00/1.00.
    threads["untouched set 34 (seen)"] = evaluate_untouched("threads_untouched_34.jsonl")
    threads["untouched set 35 (seen)"] = evaluate_untouched("threads_untouched_35.jsonl")
    # sets 36 and 37 were written and labelled at the start of the fourteenth pass, by two
    # people who read neither the code nor its output, and run once on main as the
    # thirteenth pass left it (3f96f8c): set 36 citation 0.72/0.93, thread 0.53/0.59,
    # platform 0.82, creator 0.62, metric 1.00/0.94 (n 60, 58, 60, 60, 34); set 37 citation
    # 0.86/0.99, thread 0.81/0.81, platform 0.84, creator 0.71, metric 1.00/1.00 (n 77, 73,
    # 77, 77, 40). The rules alone, same run: thread 0.58/0.50 and 0.83/0.67.
    threads["untouched set 36 (seen)"] = evaluate_untouched("threads_untouched_36.jsonl")
    threads["untouched set 37 (seen)"] = evaluate_untouched("threads_untouched_37.jsonl")
    # sets 38 and 39 were written and labelled at the start of the fourteenth pass, by two
    # people who read neither the code nor its output, kept unread, and run once after the
    # pass's last change (0ede5ac): set 38 citation 0.73/0.95, thread 0.76/0.74, platform
    # 0.82, creator 0.79, metric 1.00/0.96 (n 79, 95, 79, 79, 45); set 39 citation
    # 0.76/0.98, thread 0.70/0.73, platform 0.97, creator 0.90, metric 1.00/0.97 (n 67, 68,
    # 67, 67, 35). The rules alone, same run: thread 0.78/0.69 and 0.71/0.65. Main at the
    # start of the pass (3f96f8c) on the same two sets: citation 0.73/0.95 and 0.76/0.98,
    # thread 0.73/0.68 and 0.59/0.71 (n 95, 59: it cut attributed quotations into pieces
    # no label matches), platform 0.76 and 0.90, creator 0.63 and 0.81, metric 1.00/0.96
    # and 1.00/0.97.
    threads["untouched set 38 (seen)"] = evaluate_untouched("threads_untouched_38.jsonl")
    threads["untouched set 39 (seen)"] = evaluate_untouched("threads_untouched_39.jsonl")
    # sets 40 and 41 were written and labelled at the start of the fifteenth pass, by two
    # people who read neither the code nor its output, and run once on main as the
    # fourteenth pass left it (fd12746): set 40 citation 0.71/0.97, thread 0.58/0.70,
    # platform 0.87, creator 0.76, metric 1.00/0.98 (n 67, 64, 67, 67, 64); set 41 citation
    # 0.78/0.92, thread 0.73/0.79, platform 0.88, creator 0.63, metric 1.00/0.93 (n 60, 61,
    # 60, 60, 44). The rules alone, same run: thread 0.57/0.61 and 0.75/0.75.
    threads["untouched set 40 (seen)"] = evaluate_untouched("threads_untouched_40.jsonl")
    threads["untouched set 41 (seen)"] = evaluate_untouched("threads_untouched_41.jsonl")
    # sets 42 and 43 were written and labelled at the start of the fifteenth pass, by two
    # people who read neither the code nor its output, kept unread, and run once after the
    # pass's last rule change (f8c7050): set 42 citation 0.77/0.96, thread 0.80/0.69,
    # platform 0.89, creator 0.75, metric 0.98/0.94 (n 75, 75, 75, 75, 68); set 43 citation
    # 0.82/1.00, thread 0.83/0.77, platform 0.96, creator 0.73, metric 0.98/0.98 (n 77, 83,
    # 77, 77, 56). The rules alone, same run: thread 0.80/0.60 and 0.86/0.76. Main at the
    # start of the pass (fd12746) on the same two sets: citation 0.73/0.96 and 0.81/1.00,
    # thread 0.70/0.63 and 0.75/0.70 (n 71, 83), platform 0.89 and 0.92, creator 0.75 and
    # 0.68, metric 0.98/0.94 and 0.98/0.98.
    threads["untouched set 42 (seen)"] = evaluate_untouched("threads_untouched_42.jsonl")
    threads["untouched set 43 (seen)"] = evaluate_untouched("threads_untouched_43.jsonl")
    # sets 44 and 45 were written and labelled at the start of the sixteenth pass, by two
    # people who read neither the code nor its output, and run once on main as the
    # fifteenth pass left it (44f5bdf): set 44 citation 0.80/1.00, thread 0.83/0.78,
    # platform 0.96, creator 0.64, metric 1.00/0.94 (n 70, 76, 70, 70, 48); set 45 citation
    # 0.80/0.94, thread 0.71/0.63, platform 0.84, creator 0.62, metric 1.00/0.95 (n 71, 76,
    # 71, 71, 59). The rules alone, same run: thread 0.85/0.78 and 0.71/0.60.
    threads["untouched set 44 (seen)"] = evaluate_untouched("threads_untouched_44.jsonl")
    threads["untouched set 45 (seen)"] = evaluate_untouched("threads_untouched_45.jsonl")
    # sets 46 and 47 were written and labelled at the start of the sixteenth pass, by two
    # people who read neither the code nor its output, kept unread, and run once after the
    # last rule change made without them (04978b9; the pass then fixed on them too): set
    # 46 citation 0.81/0.96, thread 0.80/0.78, platform 0.93, creator 0.84, metric
    # 1.00/0.98 (n 75, 77, 75, 75, 58); set 47 citation 0.85/0.85, thread 0.61/0.55,
    # platform 0.76, creator 0.63, metric 1.00/0.96 (n 75, 78, 75, 75, 55). The rules
    # alone, same run: thread 0.83/0.74 and 0.63/0.54. Main at the start of the pass
    # (44f5bdf) on the same two sets: citation 0.81/0.96 and 0.85/0.85, thread 0.78/0.74
    # and 0.61/0.55, platform 0.92 and 0.69, creator 0.83 and 0.61, metric 1.00/0.98 and
    # 1.00/0.96.
    threads["untouched set 46 (seen)"] = evaluate_untouched("threads_untouched_46.jsonl")
    threads["untouched set 47 (seen)"] = evaluate_untouched("threads_untouched_47.jsonl")
    # sets 48 and 49 were written and labelled at the start of the seventeenth pass, by two
    # people who read neither the code nor its output, and run once on main as the
    # sixteenth pass left it (fb78c42): set 48 citation 0.83/0.95, thread 0.73/0.73,
    # platform 0.90, creator 0.76, metric 1.00/0.96 (n 76, 70, 76, 76, 51); set 49 citation
    # 0.74/0.98, thread 0.79/0.76, platform 0.91, creator 0.79, metric 1.00/0.98 (n 63, 70,
    # 63, 63, 44). The rules alone, same run: thread 0.75/0.71 and 0.82/0.73.
    threads["untouched set 48 (seen)"] = evaluate_untouched("threads_untouched_48.jsonl")
    threads["untouched set 49 (seen)"] = evaluate_untouched("threads_untouched_49.jsonl")
    # sets 50 and 51 were written and labelled at the start of the seventeenth pass, by two
    # people who read neither the code nor its output, kept unread, and run once after the
    # last rule change made without them (9694cda; the pass then fixed on them too): set
    # 50 citation 0.83/0.85, thread 0.57/0.49, platform 0.85, creator 0.62, metric
    # 1.00/0.96 (n 76, 73, 76, 76, 54); set 51 citation 0.74/0.99, thread 0.66/0.75,
    # platform 0.91, creator 0.73, metric 1.00/0.98 (n 75, 79, 75, 75, 54). The rules
    # alone, same run: thread 0.60/0.47 and 0.72/0.73. Main at the start of the pass
    # (fb78c42) on the same two sets: thread 0.56/0.49 and 0.65/0.73, metric 1.00/0.96 on
    # set 51, the rest the same.
    threads["untouched set 50 (seen)"] = evaluate_untouched("threads_untouched_50.jsonl")
    threads["untouched set 51 (seen)"] = evaluate_untouched("threads_untouched_51.jsonl")
    # sets 52 and 53 were written and labelled at the start of the eighteenth pass, by two
    # people who read neither the code nor its output, and run once on main as the
    # seventeenth pass left it (30f17bb): set 52 citation 0.80/0.97, thread 0.84/0.82,
    # platform 0.87, creator 0.82, metric 0.98/0.98 (n 78, 83, 78, 78, 56); set 53 citation
    # 0.81/0.99, thread 0.86/0.84, platform 0.89, creator 0.79, metric 0.97/1.00 (n 75, 86,
    # 75, 75, 59). The rules alone, same run: thread 0.84/0.71 and 0.92/0.79.
    threads["untouched set 52 (seen)"] = evaluate_untouched("threads_untouched_52.jsonl")
    threads["untouched set 53 (seen)"] = evaluate_untouched("threads_untouched_53.jsonl")
    # sets 54 and 55 were written and labelled at the start of the eighteenth pass, by two
    # people who read neither the code nor its output, kept unread, and run once after the
    # last rule change made without them (479ea7b, both models retrained): set 54 citation
    # 0.80/0.97, thread 0.67/0.59, platform 0.85, creator 0.78, metric 0.92/0.95 (n 81, 81,
    # 81, 81, 59); set 55 citation 0.77/0.95, thread 0.60/0.57, platform 0.89, creator
    # 0.72, metric 0.98/0.91 (n 74, 86, 74, 74, 46). The rules alone (the citation
    # detector on), same run: thread 0.70/0.57 and 0.62/0.50. Main at the start of the
    # pass (30f17bb) on the same two sets: citation 0.81/0.96 and 0.78/0.95, thread
    # 0.69/0.62 and 0.65/0.59, platform 0.84 and 0.91, creator 0.78 and 0.72, the metrics
    # the same; its rules alone 0.68/0.53 and 0.67/0.50.
    threads["untouched set 54 (seen)"] = evaluate_untouched("threads_untouched_54.jsonl")
    threads["untouched set 55 (seen)"] = evaluate_untouched("threads_untouched_55.jsonl")
    # sets 56 and 57 were written and labelled at the start of the nineteenth pass, by two
    # people who read neither the code nor its output, and run once on main as the
    # eighteenth pass left it (95f5c54): set 56 citation 0.80/0.95, thread 0.80/0.70,
    # platform 0.85, creator 0.73, metric 1.00/0.93 (n 78, 87, 78, 78, 53); set 57 citation
    # 0.86/1.00, thread 0.73/0.64, platform 0.92, creator 0.78, metric 1.00/0.98 (n 83, 88,
    # 83, 83, 59). The rules alone (the citation detector on), same run: thread 0.80/0.64
    # and 0.73/0.60.
    threads["untouched set 56 (seen)"] = evaluate_untouched("threads_untouched_56.jsonl")
    threads["untouched set 57 (seen)"] = evaluate_untouched("threads_untouched_57.jsonl")
    # sets 58 and 59 were written and labelled at the start of the nineteenth pass, by two
    # people who read neither the code nor its output, kept unread, and run once after the
    # learned choice of clip landed (dcb94f8, the three models trained on sets 0-57): set 58
    # citation 0.86/0.94, thread 0.80/0.71, platform 0.82, creator 0.72, metric 0.98/0.95 (n
    # 78, 86, 78, 78, 64); set 59 citation 0.84/0.98, thread 0.69/0.68, platform 0.90,
    # creator 0.73, metric 0.98/0.98 (n 83, 85, 83, 83, 51). The rules alone (the detector
    # and the choice on), same run: thread 0.81/0.70 and 0.70/0.65. The same code with the
    # choice off: thread 0.79/0.64 and 0.74/0.69. Main at the start of the pass (95f5c54):
    # citation 0.86/0.95 and 0.84/0.98, thread 0.82/0.70 and 0.74/0.69, platform 0.85 and
    # 0.90, creator 0.69 and 0.73, the metrics the same; its rules alone 0.83/0.69 and
    # 0.76/0.66. (Set 58's lede, "... went into meltdown on his Twitch stream ...", was
    # cited by the detector as trained on sets 0-55, p 0.62, and not as retrained with 56
    # and 57, p 0.58: with the older weights the final code gives set 58 thread 0.83/0.77.)
    threads["untouched set 58 (seen)"] = evaluate_untouched("threads_untouched_58.jsonl")
    threads["untouched set 59 (seen)"] = evaluate_untouched("threads_untouched_59.jsonl")
    # sets 60 and 61 were written and labelled at the start of the twentieth pass, by two
    # people who read neither the code nor its output, and run once on main as the
    # nineteenth pass left it (2276f9c): set 60 citation 0.80/0.96, thread 0.89/0.82,
    # platform 0.89, creator 0.84, metric 1.00/0.94 (n 97, 120, 97, 97, 50); set 61
    # citation 0.84/0.85, thread 0.67/0.61, platform 0.70, creator 0.66, metric 1.00/0.93
    # (n 113, 101, 113, 113, 71). The rules alone (the detector and the choice on), same
    # run: thread 0.89/0.78 and 0.68/0.59.
    threads["untouched set 60 (seen)"] = evaluate_untouched("threads_untouched_60.jsonl")
    threads["untouched set 61 (seen)"] = evaluate_untouched("threads_untouched_61.jsonl")
    # sets 62 and 63 were written and labelled at the start of the twentieth pass, by two
    # people who read neither the code nor its output, kept unread, and run once after the
    # pass's changes (list items, embed credits, the learned maker, the models trained on
    # sets 0-61): set 62 citation 0.82/0.94, thread 0.74/0.72, platform 0.82, creator
    # 0.69, metric 1.00/0.98 (n 99, 124, 99, 99, 55); set 63 citation 0.82/0.92, thread
    # 0.82/0.65, platform 0.84, creator 0.78, metric 1.00/0.94 (n 90, 106, 90, 90, 67).
    # The rules alone (membership off), same run: thread 0.74/0.68 and 0.81/0.59; the
    # learned maker off: creator 0.69 and 0.79. Main at the start of the pass (2276f9c):
    # thread 0.72/0.69 and 0.82/0.65, platform 0.83 and 0.84, creator 0.70 and 0.79, the
    # citations and metrics the same; its rules alone 0.72/0.65 and 0.81/0.59.
    threads["untouched set 62 (seen)"] = evaluate_untouched("threads_untouched_62.jsonl")
    threads["untouched set 63 (seen)"] = evaluate_untouched("threads_untouched_63.jsonl")
    # sets 64 and 66 were written and labelled at the start of the twenty-first pass, by two
    # people who read neither the code nor its output, and run once on main as the
    # twentieth pass left it (ca091d3): set 64 citation 0.91/0.94, thread 0.84/0.72,
    # platform 0.85, creator 0.83, metric 1.00/0.92 (n 86, 116, 86, 86, 50); set 66
    # citation 0.87/0.94, thread 0.83/0.72, platform 0.85, creator 0.78, metric 1.00/0.91
    # (n 117, 128, 117, 117, 68). The rules alone (membership off), same run: thread
    # 0.85/0.66 and 0.83/0.70.
    threads["untouched set 64 (seen)"] = evaluate_untouched("threads_untouched_64.jsonl")
    threads["untouched set 66 (seen)"] = evaluate_untouched("threads_untouched_66.jsonl")
    # sets 65 and 67 were written and labelled at the start of the twenty-first pass, by two
    # people who read neither the code nor its output, kept unread, and run once after the
    # pass's rules and the four models retrained on sets 0-64 and 66 (2ea02ec and the
    # retrain): set 65 citation 0.87/0.92, thread 0.64/0.62, platform 0.80, creator 0.57,
    # metric 1.00/0.98 (n 112, 124, 112, 112, 54); set 67 citation 0.82/0.94, thread
    # 0.72/0.71, platform 0.86, creator 0.76, metric 1.00/0.92 (n 109, 129, 109, 109, 59).
    # The rules alone (membership off), same run: thread 0.65/0.59 and 0.72/0.67; the
    # choice of clip off: 0.63/0.60 and 0.70/0.69; the learned maker off: creator 0.57 and
    # 0.74. Main at the start of the pass (ca091d3): thread 0.64/0.60 and 0.71/0.70, the
    # citations, platforms, creators and metrics the same; its rules alone 0.65/0.57 and
    # 0.72/0.66. (Set 65's labeller gave an edited or faked clip and the original it was
    # cut from, and an excerpt posted by another account, threads of their own; the page
    # says a copy or a repost is the original's.)
    threads["untouched set 65 (seen)"] = evaluate_untouched("threads_untouched_65.jsonl")
    threads["untouched set 67 (seen)"] = evaluate_untouched("threads_untouched_67.jsonl")
    # sets 68 and 69 were written and labelled during the twenty-first pass, by two people
    # who read neither the code nor its output, kept unread, and run once after the pass's
    # rules from sets 64-67 and the four models retrained on sets 0-67 (096fc3c): set 68
    # citation 0.87/0.93, thread 0.77/0.74, platform 0.85, creator 0.70, metric 0.97/0.94
    # (n 104, 113, 104, 104, 67); set 69 citation 0.80/0.97, thread 0.74/0.73, platform
    # 0.91, creator 0.82, metric 0.98/0.96 (n 89, 104, 89, 89, 57). The rules alone
    # (membership off), same run: thread 0.77/0.68 and 0.78/0.65; the choice of clip off:
    # 0.77/0.73 and 0.73/0.71; the learned maker off: creator 0.68 and 0.82. Main at the
    # start of the pass (ca091d3): thread 0.75/0.72 and 0.73/0.72, platform 0.85 and 0.90,
    # creator 0.70 and 0.80, the citations and metrics the same.
    threads["untouched set 68 (seen)"] = evaluate_untouched("threads_untouched_68.jsonl")
    threads["untouched set 69 (seen)"] = evaluate_untouched("threads_untouched_69.jsonl")
    # sets 70 and 71 were written and labelled during the twenty-first pass, by two people
    # who read neither the code nor its output, kept unread, and run once at the pass's end
    # (58ee280, the models trained on sets 0-69): set 70 citation 0.73/0.96, thread
    # 0.74/0.64, platform 0.89, creator 0.86, metric 0.98/1.00 (n 107, 123, 107, 107, 43);
    # set 71 citation 0.85/0.97, thread 0.84/0.81, platform 0.89, creator 0.78, metric
    # 0.98/0.98 (n 92, 92, 92, 92, 48). The rules alone (membership off), same run: thread
    # 0.77/0.63 and 0.83/0.75; the choice of clip off: 0.71/0.58 and 0.85/0.83; the learned
    # maker off: the same creators. Main at the start of the pass (ca091d3): citation
    # 0.73/0.96 and 0.84/0.97, thread 0.73/0.61 and 0.79/0.78, platform 0.88 and 0.89,
    # creator 0.86 and 0.76, the metrics the same; its rules alone 0.76/0.60 and 0.79/0.72.
    threads["untouched set 70 (seen)"] = evaluate_untouched("threads_untouched_70.jsonl")
    threads["untouched set 71 (seen)"] = evaluate_untouched("threads_untouched_71.jsonl")
    # sets 72 and 73 were written and labelled at the end of the twenty-first pass, by two
    # people who read neither the code nor its output, kept unread, and run once on the
    # pass's final rules (1a330f8, the models trained on sets 0-71): set 72 citation
    # 0.81/0.92, thread 0.72/0.66, platform 0.85, creator 0.69, metric 1.00/0.96 (n 96, 97,
    # 96, 96, 49); set 73 citation 0.86/0.94, thread 0.67/0.62, platform 0.85, creator 0.69,
    # metric 0.96/0.99 (n 106, 108, 106, 106, 69). The rules alone (membership off), same
    # run: thread 0.71/0.61 and 0.66/0.60; the choice of clip off: 0.69/0.62 and 0.64/0.57;
    # the learned maker off: the same creators. Main at the start of the pass (ca091d3):
    # thread 0.70/0.64 and 0.68/0.62, platform 0.82 and 0.86, creator 0.64 and 0.67, the
    # citations and metrics the same; its rules alone 0.69/0.59 and 0.67/0.60.
    threads["untouched set 72 (seen)"] = evaluate_untouched("threads_untouched_72.jsonl")
    threads["untouched set 73 (seen)"] = evaluate_untouched("threads_untouched_73.jsonl")
    # sets 74 and 75 (sport and fans; crime, police appeals and courts) were written and
    # labelled at the start of the twenty-second pass, by two people who read neither the
    # code nor its output, and run once on main as the last pass left it (b590d39, the
    # models trained on sets 0-73): set 74 citation 0.85/0.93, thread 0.80/0.73, platform
    # 0.86, creator 0.64, metric 0.98/0.93 (n 107, 104, 107, 107, 60); set 75 citation
    # 0.77/0.90, thread 0.67/0.66, platform 0.81, creator 0.72, metric 1.00/0.94 (n 116,
    # 116, 116, 116, 64). The rules alone (membership off): thread 0.83/0.69 and 0.69/0.65;
    # the choice of clip off: 0.79/0.70 and 0.75/0.73; the learned maker off: the same.
    threads["untouched set 74 (seen)"] = evaluate_untouched("threads_untouched_74.jsonl")
    threads["untouched set 75 (seen)"] = evaluate_untouched("threads_untouched_75.jsonl")
    # sets 76 and 77 (business, brands and influencer marketing; transport, housing and
    # local government) were written and labelled at the start of the twenty-second pass,
    # by two people who read neither the code nor its output, kept unread, and run once on
    # the pass's final rules (afbe9e8, the models trained on sets 0-75): set 76 citation
    # 0.83/0.94, thread 0.71/0.68, platform 0.88, creator 0.72, metric 0.98/0.97 (n 111,
    # 110, 111, 111, 69); set 77 citation 0.88/0.95, thread 0.74/0.73, platform 0.84,
    # creator 0.82, metric 1.00/0.94 (n 112, 113, 112, 112, 69). The rules alone (membership
    # off), same run: thread 0.71/0.63 and 0.79/0.68; the choice of clip off: 0.68/0.65 and
    # 0.72/0.71; the learned maker off: creator 0.73 and 0.84. Main at the start of the pass
    # (b590d39): citation 0.82/0.94 and 0.87/0.95, thread 0.67/0.67 and 0.69/0.71, platform
    # 0.88 and 0.83, creator 0.72 and 0.83, metric 0.98/0.94 and 1.00/0.94.
    threads["untouched set 76 (seen)"] = evaluate_untouched("threads_untouched_76.jsonl")
    threads["untouched set 77 (seen)"] = evaluate_untouched("threads_untouched_77.jsonl")
    # sets 78-81 (health, hospitals and medical misinformation; schools, universities and
    # young people; weather, floods, fires and the emergency services; politics, elections,
    # protests and MPs) were written and labelled at the start of the twenty-third pass, by
    # four people who read neither the code nor its output, and run once on main as the
    # last pass left it (df5ca07, the models trained on sets 0-77): set 78 citation
    # 0.88/0.96, thread 0.73/0.75, platform 0.89, creator 0.78, metric 0.98/0.97 (n 109,
    # 107, 109, 109, 63); set 79 citation 0.89/0.88, thread 0.67/0.57, platform 0.81,
    # creator 0.59, metric 1.00/0.85 (n 113, 105, 113, 113, 66); set 80 citation 0.82/0.90,
    # thread 0.78/0.74, platform 0.80, creator 0.74, metric 0.98/0.95 (n 110, 105, 110, 110,
    # 61); set 81 citation 0.88/0.88, thread 0.80/0.71, platform 0.82, creator 0.62, metric
    # 0.96/0.87 (n 120, 114, 120, 120, 61).
    threads["untouched set 78 (seen)"] = evaluate_untouched("threads_untouched_78.jsonl")
    threads["untouched set 79 (seen)"] = evaluate_untouched("threads_untouched_79.jsonl")
    threads["untouched set 80 (seen)"] = evaluate_untouched("threads_untouched_80.jsonl")
    threads["untouched set 81 (seen)"] = evaluate_untouched("threads_untouched_81.jsonl")
    # sets 82-85 (science, space and research labs; farming and rural life; music, theatre
    # and the arts; technology, AI and online scams) were written and labelled at the start
    # of the twenty-fourth pass, by four people who read neither the code nor its output,
    # and run once on main as the last pass left it (4add2d5, the models trained on sets
    # 0-81): set 82 citation 0.85/0.93, thread 0.70/0.69, platform 0.77, creator 0.64,
    # metric 0.98/0.89 (n 113, 103, 113, 113, 62); set 83 citation 0.84/0.93, thread
    # 0.68/0.59, platform 0.80, creator 0.72, metric 0.98/0.95 (n 115, 118, 115, 115, 65);
    # set 84 citation 0.86/0.97, thread 0.75/0.73, platform 0.91, creator 0.82, metric
    # 0.95/0.93 (n 119, 106, 119, 119, 68); set 85 citation 0.87/0.95, thread 0.64/0.65,
    # platform 0.87, creator 0.68, metric 0.98/0.96 (n 105, 99, 105, 105, 55). The choice of
    # clip off, same run: thread 0.66/0.67, 0.69/0.59, 0.73/0.71, 0.63/0.64; the learned
    # maker off: creator 0.66, 0.72, 0.81, 0.68.
    threads["untouched set 82 (seen)"] = evaluate_untouched("threads_untouched_82.jsonl")
    threads["untouched set 83 (seen)"] = evaluate_untouched("threads_untouched_83.jsonl")
    threads["untouched set 84 (seen)"] = evaluate_untouched("threads_untouched_84.jsonl")
    threads["untouched set 85 (seen)"] = evaluate_untouched("threads_untouched_85.jsonl")
    # set 86 (transport, travel and holidays) was written by one person, without labels,
    # and labelled by two others apart from each other, none of whom read the code or its
    # output; this is the first labeller's (the second's is second_labeller_86.jsonl, and
    # bench/labellers.py scores one against the other: citation 0.99/1.00, thread
    # 0.99/1.00, platform, creator and metric 1.00). Run once on 4add2d5 (the models
    # trained on sets 0-81): citation 0.82/0.94, thread 0.63/0.62, platform 0.84, creator
    # 0.81, metric 0.98/0.96 (n 82, 72, 82, 82, 47); the same with the choice of clip or the
    # learned maker off.
    threads["untouched set 86 (seen)"] = evaluate_untouched("threads_untouched_86.jsonl")
    # sets 87-91 (religion, faith communities and community groups; defence, military
    # families and conflict reporting; shopping, retail and consumer complaints; tourism,
    # heritage sites and museums; grassroots sport, amateur leagues and esports) were
    # written and labelled at the start of the twenty-fifth pass, by five people who read
    # neither the code nor its output, and run once on main as the last pass left it
    # (9c5df2c, the models trained on sets 0-86): set 87 citation 0.94/0.94, thread
    # 0.62/0.60, platform 0.83, creator 0.71, metric 1.00/0.95 (n 116, 104, 116, 116, 67);
    # set 88 citation 0.89/0.94, thread 0.61/0.53, platform 0.82, creator 0.70, metric
    # 0.96/0.96 (n 106, 118, 106, 106, 53); set 89 citation 0.95/0.96, thread 0.81/0.76,
    # platform 0.90, creator 0.74, metric 1.00/0.97 (n 117, 99, 117, 117, 69); set 90
    # citation 0.94/0.93, thread 0.61/0.56, platform 0.79, creator 0.65, metric 0.97/0.90
    # (n 103, 113, 103, 103, 67); set 91 citation 0.92/0.94, thread 0.74/0.72, platform
    # 0.83, creator 0.61, metric 0.97/0.94 (n 109, 97, 109, 109, 69). The choice of clip
    # off, same run: thread 0.62/0.61, 0.59/0.52, 0.78/0.72, 0.59/0.52, 0.76/0.73; the
    # learned maker off: creator 0.71, 0.72, 0.74, 0.65, 0.61.
    threads["untouched set 87 (seen)"] = evaluate_untouched("threads_untouched_87.jsonl")
    threads["untouched set 88 (seen)"] = evaluate_untouched("threads_untouched_88.jsonl")
    threads["untouched set 89 (seen)"] = evaluate_untouched("threads_untouched_89.jsonl")
    threads["untouched set 90 (seen)"] = evaluate_untouched("threads_untouched_90.jsonl")
    threads["untouched set 91 (seen)"] = evaluate_untouched("threads_untouched_91.jsonl")
    # sets 92-96 (food, restaurants and food safety; animals, pets, zoos and wildlife
    # rescue; housing, renting and landlords; music, celebrities and concerts; climate
    # protest and extreme weather) were written and labelled at the start of the
    # twenty-sixth pass by five people who read neither the code nor its output, each in
    # twelve of the usual styles and two new ones (an opinion column and a Q&A; a press
    # release and a "what we know" summary; a social-media roundup and an obituary; a TV
    # review and a forum digest; a police appeal and a long-read), and run once on main as
    # the last pass left it (ea16479, the models trained on sets 0-91): set 92 citation
    # 0.89/0.97, thread 0.68/0.71, platform 0.91, creator 0.82, metric 1.00/0.96 (n 102,
    # 92, 102, 102, 57); set 93 citation 0.83/0.96, thread 0.59/0.63, platform 0.88,
    # creator 0.69, metric 1.00/0.84 (n 105, 99, 105, 105, 64); set 94 citation
    # 0.94/0.95, thread 0.75/0.69, platform 0.83, creator 0.67, metric 0.93/0.91 (n 121,
    # 118, 121, 121, 75); set 95 citation 0.93/0.96, thread 0.76/0.69, platform 0.91,
    # creator 0.73, metric 0.95/0.89 (n 116, 105, 116, 116, 72); set 96 citation
    # 0.91/0.92, thread 0.73/0.66, platform 0.78, creator 0.76, metric 0.98/0.97 (n 115,
    # 111, 115, 115, 61). Pooled: citation 0.90/0.95, thread 0.70/0.67, platform 0.86,
    # creator 0.73, metric 0.97/0.91. The choice of clip off, same run: thread 0.68/0.69,
    # 0.60/0.63, 0.73/0.67, 0.74/0.66, 0.72/0.65; the learned maker off: creator 0.82,
    # 0.69, 0.67, 0.72, 0.76.
    threads["untouched set 92 (seen)"] = evaluate_untouched("threads_untouched_92.jsonl")
    threads["untouched set 93 (seen)"] = evaluate_untouched("threads_untouched_93.jsonl")
    threads["untouched set 94 (seen)"] = evaluate_untouched("threads_untouched_94.jsonl")
    threads["untouched set 95 (seen)"] = evaluate_untouched("threads_untouched_95.jsonl")
    threads["untouched set 96 (seen)"] = evaluate_untouched("threads_untouched_96.jsonl")
    # sets 97-101 (crime, scams and courts; money, crypto and small business; video
    # games, esports and streaming; fashion, beauty and influencers; motoring, roads and
    # dashcams) were written and labelled at the start of the twenty-seventh pass by
    # five people who read neither the code nor its output, each in twelve of the usual
    # styles and two new ones (a press-agency round-up and a correction notice; a
    # business earnings story and a podcast transcript; an esports match report and a
    # trade-press report; a readers' letters page and a student paper; a travel diary
    # and a week-in-review column), and run once on main as the last pass left it
    # (a5e277a, the models trained on sets 0-96; scored as bench/thread_scores now
    # scores, every labelled line counted): set 97 citation 0.97/0.93, thread 0.72/0.62,
    # platform 0.80, creator 0.74, metric 1.00/0.96 (n 112, 118, 112, 112, 55); set 98
    # citation 0.95/0.96, thread 0.89/0.75, platform 0.90, creator 0.82, metric
    # 0.97/0.97 (n 110, 105, 110, 110, 67); set 99 citation 0.95/0.90, thread 0.66/0.54,
    # platform 0.82, creator 0.62, metric 0.98/0.95 (n 112, 100, 112, 112, 63); set 100
    # citation 0.95/0.95, thread 0.73/0.65, platform 0.81, creator 0.73, metric
    # 0.98/0.90 (n 111, 108, 111, 111, 70); set 101 citation 0.89/0.93, thread
    # 0.80/0.73, platform 0.80, creator 0.70, metric 0.98/0.87 (n 119, 115, 119, 119,
    # 68). Pooled: citation 0.94/0.94, thread 0.76/0.66, platform 0.83, creator 0.72,
    # metric 0.98/0.93. The choice of clip off, same run: thread 0.69/0.58, 0.86/0.73,
    # 0.65/0.51, 0.69/0.61, 0.79/0.72; the learned maker off: creator 0.74, 0.82, 0.62,
    # 0.70, 0.70.
    threads["untouched set 97 (seen)"] = evaluate_untouched("threads_untouched_97.jsonl")
    threads["untouched set 98 (seen)"] = evaluate_untouched("threads_untouched_98.jsonl")
    threads["untouched set 99 (seen)"] = evaluate_untouched("threads_untouched_99.jsonl")
    threads["untouched set 100 (seen)"] = evaluate_untouched("threads_untouched_100.jsonl")
    threads["untouched set 101 (seen)"] = evaluate_untouched("threads_untouched_101.jsonl")
    # sets 102-106 (parenting and family vloggers; space and sky-watchers; weddings;
    # local elections and councils; workplaces, pets at work and strikes) were written
    # and labelled at the start of the twenty-eighth pass by five people who read
    # neither the code nor its output, each in twelve of the usual styles and two new
    # ones (an obituary and an agony-aunt column; a university press release and a
    # television review; a question-and-answer interview and a morning briefing; a
    # council-meeting sketch and an opinion column; a consumer watchdog column and a
    # social round-up), one translated (Hungarian, Finnish, Malay, Bengali, Persian),
    # and run once on main as the last pass left it (e81d823, the models trained on
    # sets 0-101): set 102 citation 0.94/0.99, thread 0.77/0.75, platform 0.86, creator
    # 0.82, metric 1.00/0.90 (n 114, 104, 114, 114, 71); set 103 citation 0.91/0.95,
    # thread 0.69/0.74, platform 0.84, creator 0.76, metric 1.00/0.94 (n 106, 94, 106,
    # 106, 64); set 104 citation 0.95/0.95, thread 0.75/0.64, platform 0.87, creator
    # 0.79, metric 1.00/0.91 (n 113, 102, 113, 113, 74); set 105 citation 0.96/0.93,
    # thread 0.64/0.63, platform 0.80, creator 0.70, metric 1.00/0.85 (n 118, 107, 118,
    # 118, 62); set 106 citation 0.96/0.92, thread 0.67/0.65, platform 0.83, creator
    # 0.73, metric 0.97/0.89 (n 111, 102, 111, 111, 72). Pooled: citation 0.94/0.95,
    # thread 0.70/0.68, platform 0.84, creator 0.76, metric 0.99/0.90. The choice of
    # clip off, same run: thread 0.75/0.72, 0.68/0.73, 0.75/0.64, 0.62/0.61, 0.65/0.61
    # (pooled 0.69/0.66); the learned maker off: creator 0.81, 0.76, 0.80, 0.70, 0.73
    # (pooled 0.76, the same as with it).
    threads["untouched set 102 (seen)"] = evaluate_untouched("threads_untouched_102.jsonl")
    threads["untouched set 103 (seen)"] = evaluate_untouched("threads_untouched_103.jsonl")
    threads["untouched set 104 (seen)"] = evaluate_untouched("threads_untouched_104.jsonl")
    threads["untouched set 105 (seen)"] = evaluate_untouched("threads_untouched_105.jsonl")
    threads["untouched set 106 (seen)"] = evaluate_untouched("threads_untouched_106.jsonl")
    # sets 107-111 (gardening and allotments; libraries, museums and heritage; public
    # transport and its strikes; festivals and crowds; amateur sport and referees) were
    # written and labelled at the start of the twenty-ninth pass by five people who read
    # neither the code nor its output, each in twelve of the usual styles and two new
    # ones (a recipe blog and a charity appeal; a museum press release and a podcast
    # review; a parliamentary sketch and an app review; a gig review and a police appeal
    # for witnesses; a sports column and match-day programme notes), one translated
    # (Thai, Ukrainian, Czech, Swahili, Tagalog), and run once on main as the last pass
    # left it (9728b7a, the models trained on sets 0-106): set 107 citation 0.95/0.98,
    # thread 0.91/0.88, platform 0.91, creator 0.87, metric 0.98/0.89 (n 109, 103, 109,
    # 109, 70); set 108 citation 0.94/0.94, thread 0.80/0.76, platform 0.88, creator
    # 0.81, metric 0.97/0.95 (n 109, 97, 109, 109, 75); set 109 citation 0.95/0.97,
    # thread 0.84/0.89, platform 0.89, creator 0.73, metric 0.97/0.94 (n 110, 98, 110,
    # 110, 65); set 110 citation 0.91/0.92, thread 0.70/0.66, platform 0.82, creator
    # 0.74, metric 1.00/0.84 (n 111, 106, 111, 111, 63); set 111 citation 0.93/0.94,
    # thread 0.73/0.72, platform 0.76, creator 0.70, metric 0.98/0.97 (n 101, 104, 101,
    # 101, 58). Pooled: citation 0.94/0.95, thread 0.80/0.78, platform 0.85, creator
    # 0.77, metric 0.98/0.92. The choice of clip off, same run: thread 0.90/0.84,
    # 0.79/0.75, 0.81/0.86, 0.70/0.65, 0.73/0.72 (pooled 0.79/0.76); the learned maker
    # off: creator 0.87, 0.81, 0.73, 0.73, 0.70 (pooled 0.77, the same as with it).
    threads["untouched set 107 (seen)"] = evaluate_untouched("threads_untouched_107.jsonl")
    threads["untouched set 108 (seen)"] = evaluate_untouched("threads_untouched_108.jsonl")
    threads["untouched set 109 (seen)"] = evaluate_untouched("threads_untouched_109.jsonl")
    threads["untouched set 110 (seen)"] = evaluate_untouched("threads_untouched_110.jsonl")
    threads["untouched set 111 (seen)"] = evaluate_untouched("threads_untouched_111.jsonl")
    # sets 112-116 (pets, rescues and vets; space tourism, launches and stargazing clubs;
    # schools, science fairs and exam results; storms, floods and weather chasers; cooking
    # shows, street food and restaurant openings) were written and labelled at the start
    # of the thirtieth pass by five people who read neither the code nor its output, each
    # in twelve of the usual styles and two new ones (a readers' letters page and a
    # property listing; a council livestream's transcript and a science explainer for
    # children; a headteacher's newsletter and a magistrates' court report; a product
    # recall notice and a forecaster's blog; a travel guide to food markets and a fanzine
    # rant), one translated (Hebrew, Danish, Urdu, Korean, Romanian), and run once on main
    # as the last pass left it (9eb3b8a, the models trained on sets 0-111, PYTHONHASHSEED
    # 0): set 112 citation 0.94/0.99, thread 0.81/0.84, platform 0.90, creator 0.79,
    # metric 1.00/0.95 (n 105, 99, 105, 105, 60); set 113 citation 0.95/0.93, thread
    # 0.85/0.73, platform 0.89, creator 0.70, metric 0.97/0.95 (n 108, 102, 108, 108, 63);
    # set 114 citation 0.94/0.95, thread 0.79/0.72, platform 0.87, creator 0.67, metric
    # 0.95/0.95 (n 106, 101, 106, 106, 61); set 115 citation 0.96/0.96, thread 0.79/0.79,
    # platform 0.90, creator 0.75, metric 0.98/0.91 (n 115, 101, 115, 115, 69); set 116
    # citation 0.93/0.94, thread 0.85/0.76, platform 0.91, creator 0.76, metric 0.98/0.91
    # (n 111, 107, 111, 111, 66). Pooled: citation 0.95/0.95, thread 0.82/0.77, platform
    # 0.89, creator 0.73, metric 0.98/0.93. The choice of clip off, same run: thread
    # 0.80/0.83, 0.84/0.72, 0.79/0.72, 0.78/0.79, 0.83/0.73 (pooled 0.81/0.76); the learned
    # maker off: creator 0.78, 0.69, 0.65, 0.72, 0.78 (pooled 0.73, the same as with it).
    threads["untouched set 112 (seen)"] = evaluate_untouched("threads_untouched_112.jsonl")
    threads["untouched set 113 (seen)"] = evaluate_untouched("threads_untouched_113.jsonl")
    threads["untouched set 114 (seen)"] = evaluate_untouched("threads_untouched_114.jsonl")
    threads["untouched set 115 (seen)"] = evaluate_untouched("threads_untouched_115.jsonl")
    threads["untouched set 116 (seen)"] = evaluate_untouched("threads_untouched_116.jsonl")
    # sets 117-121 (sailing, harbours and lifeboat rescues; hospitals, paramedics and
    # health services; zoos, wildlife parks and animal escapes; charity runs, marathons and
    # fundraising stunts; gaming conventions, esports and cosplay) were written and
    # labelled at the start of the thirty-first pass by five people who read neither the
    # code nor its output, each in twelve of the usual styles and two new ones (a press
    # conference transcript and a coastguard weather warning; a trade-union newsletter and
    # a Q&A explainer for teenagers; a TV listings preview and a horoscope-style column; an
    # estate agent's neighbourhood blog and a parliamentary sketch; an organiser's press
    # release and podcast show notes), one translated (Swedish, Slovak, Icelandic, Serbian,
    # Yoruba), and run once on main as the last pass left it (a98b4f5, the models trained
    # on sets 0-116, PYTHONHASHSEED 0): set 117 citation 0.94/0.97, thread 0.85/0.73,
    # platform 0.92, creator 0.87, metric 0.98/0.97 (n 107, 108, 107, 107, 62); set 118
    # citation 0.92/0.97, thread 0.86/0.77, platform 0.84, creator 0.75, metric 1.00/0.93
    # (n 108, 107, 108, 108, 71); set 119 citation 0.93/0.94, thread 0.88/0.82, platform
    # 0.90, creator 0.77, metric 0.98/0.85 (n 115, 102, 115, 115, 69); set 120 citation
    # 0.94/0.92, thread 0.75/0.72, platform 0.85, creator 0.75, metric 0.98/0.88 (n 111,
    # 107, 111, 111, 64); set 121 citation 0.94/0.95, thread 0.77/0.71, platform 0.88,
    # creator 0.72, metric 1.00/0.92 (n 111, 99, 111, 111, 71). Pooled: citation 0.94/0.95,
    # thread 0.82/0.75, platform 0.88, creator 0.77, metric 0.99/0.91. The choice of clip
    # off, same run: thread 0.83/0.71, 0.87/0.78, 0.84/0.77, 0.79/0.73, 0.77/0.71 (pooled
    # 0.82/0.74); the learned maker off: creator 0.87, 0.75, 0.77, 0.70, 0.72 (pooled 0.76).
    threads["untouched set 117 (seen)"] = evaluate_untouched("threads_untouched_117.jsonl")
    threads["untouched set 118 (seen)"] = evaluate_untouched("threads_untouched_118.jsonl")
    threads["untouched set 119 (seen)"] = evaluate_untouched("threads_untouched_119.jsonl")
    threads["untouched set 120 (seen)"] = evaluate_untouched("threads_untouched_120.jsonl")
    threads["untouched set 121 (seen)"] = evaluate_untouched("threads_untouched_121.jsonl")
    # sets 122-126 (music festivals, concerts and stage mishaps; museums, galleries and art
    # thefts; railways, trains and commuter disruption; allotments, gardening and flower
    # shows; local elections, campaigning and polling day) were written and labelled at
    # the start of the thirty-second pass by five people who read neither the code nor its
    # output, each in twelve of the usual styles and two new ones (a fans' tribute page
    # and a community noticeboard; auction catalogue notes and a school magazine; an
    # official travel advisory and a radio phone-in; council minutes and a vicar's parish
    # letter; a campaign leaflet's rebuttal and a student newspaper), one translated
    # (Lithuanian, Slovene, Estonian, Nepali, Amharic), and run once on main as the last
    # pass left it (263d369, the models trained on sets 0-121, PYTHONHASHSEED 0): set 122
    # citation 0.94/0.94, thread 0.78/0.68, platform 0.88, creator 0.73, metric 1.00/0.91
    # (n 117, 126, 117, 117, 70); set 123 citation 0.96/0.96, thread 0.89/0.78, platform
    # 0.90, creator 0.77, metric 1.00/0.95 (n 110, 109, 110, 110, 59); set 124 citation
    # 0.97/0.93, thread 0.81/0.70, platform 0.86, creator 0.76, metric 0.97/1.00 (n 111,
    # 104, 111, 111, 62); set 125 citation 0.93/0.94, thread 0.86/0.74, platform 0.85,
    # creator 0.84, metric 0.96/0.92 (n 110, 104, 110, 110, 60); set 126 citation
    # 0.98/0.94, thread 0.86/0.79, platform 0.84, creator 0.66, metric 1.00/0.98 (n 116,
    # 107, 116, 116, 64). Pooled: citation 0.96/0.94, thread 0.84/0.73, platform 0.87,
    # creator 0.75, metric 0.99/0.95. The choice of clip off, same run: thread 0.75/0.64,
    # 0.86/0.76, 0.82/0.70, 0.82/0.70, 0.84/0.76 (pooled 0.82/0.71); the learned maker off:
    # creator 0.73, 0.76, 0.76, 0.85, 0.63 (pooled 0.75).
    threads["untouched set 122 (seen)"] = evaluate_untouched("threads_untouched_122.jsonl")
    threads["untouched set 123 (seen)"] = evaluate_untouched("threads_untouched_123.jsonl")
    threads["untouched set 124 (seen)"] = evaluate_untouched("threads_untouched_124.jsonl")
    threads["untouched set 125 (seen)"] = evaluate_untouched("threads_untouched_125.jsonl")
    threads["untouched set 126 (seen)"] = evaluate_untouched("threads_untouched_126.jsonl")
    # sets 127-131 (airports, air travel and flight mishaps; public libraries, bookshops and
    # reading events; rowing, regattas and river sports; weddings, receptions and wedding
    # mishaps; fishing, anglers and harbours) were written and labelled at the start of the
    # thirty-third pass by five people who read neither the code nor its output, each in
    # twelve of the usual styles and two new ones (a letters-to-the-editor page and an
    # airline's customer-service reply thread; a librarian's obituary and a book club's
    # newsletter; a race report and a community radio station's running log; a wedding
    # announcements column and an agony-aunt column; a magistrates' court report and an
    # angling magazine's catch report), one translated (Tamil, Latvian, Croatian, Georgian,
    # Armenian), and run once on main as the last pass left it (32e88fb, the models trained on
    # sets 0-126, PYTHONHASHSEED 0): set 127 citation 0.87/0.96, thread 0.69/0.66, platform
    # 0.82, creator 0.81, metric 0.97/0.89 (n 108, 118, 108, 108, 65); set 128 citation
    # 0.93/0.95, thread 0.82/0.82, platform 0.88, creator 0.69, metric 1.00/0.95 (n 113, 103,
    # 113, 113, 77); set 129 citation 0.91/0.96, thread 0.65/0.59, platform 0.83, creator
    # 0.66, metric 0.99/0.91 (n 119, 107, 119, 119, 79); set 130 citation 0.89/0.93, thread
    # 0.65/0.58, platform 0.88, creator 0.67, metric 1.00/0.95 (n 112, 105, 112, 112, 64); set
    # 131 citation 0.96/0.91, thread 0.84/0.76, platform 0.84, creator 0.73, metric 1.00/0.92
    # (n 116, 109, 116, 116, 73). Pooled: citation 0.91/0.94, thread 0.73/0.68, platform 0.85,
    # creator 0.71, metric 0.99/0.92. The choice of clip off, same run: thread 0.74/0.66,
    # 0.82/0.81, 0.65/0.59, 0.65/0.57, 0.76/0.68 (pooled 0.73/0.66); the learned maker off:
    # creator 0.80, 0.69, 0.66, 0.67, 0.74 (pooled 0.71).
    threads["untouched set 127 (seen)"] = evaluate_untouched("threads_untouched_127.jsonl")
    threads["untouched set 128 (seen)"] = evaluate_untouched("threads_untouched_128.jsonl")
    threads["untouched set 129 (seen)"] = evaluate_untouched("threads_untouched_129.jsonl")
    threads["untouched set 130 (seen)"] = evaluate_untouched("threads_untouched_130.jsonl")
    threads["untouched set 131 (seen)"] = evaluate_untouched("threads_untouched_131.jsonl")
    # sets 132-136 (fashion weeks, catwalks and models; skateparks, skateboarding and BMX;
    # bakeries, bread and cake competitions; zoos, wildlife parks and animal escapes;
    # marathons, fun runs and running clubs) were written and labelled at the start of the
    # thirty-fourth pass by five people who read neither the code nor its output, each in
    # eleven of the usual styles, one translated and two new ones (a runway review written like a
    # theatre review and a podcast's show notes; a primary school's newsletter and a planning
    # objection letter; a review site's bakery listing and a food-safety recall notice; a
    # zoo's closure notice and a select committee's evidence transcript; a running club's
    # results sheet and a physiotherapist's advice column; the translations from Icelandic,
    # Slovak, Albanian, Zulu, Sinhala), and run once on main as the last pass left it
    # (8d1a6ac, the models trained on sets 0-131, PYTHONHASHSEED 0): set 132 citation
    # 0.96/0.92, thread 0.76/0.74, platform 0.84, creator 0.76, metric 0.97/0.95 (n 119, 109,
    # 119, 119, 73); set 133 citation 0.95/0.95, thread 0.76/0.75, platform 0.83, creator
    # 0.74, metric 1.00/0.93 (n 110, 105, 110, 110, 70); set 134 citation 0.92/0.93, thread
    # 0.69/0.69, platform 0.80, creator 0.67, metric 1.00/0.94 (n 107, 106, 107, 107, 64); set
    # 135 citation 0.92/0.91, thread 0.83/0.65, platform 0.87, creator 0.73, metric 1.00/0.89
    # (n 114, 112, 114, 114, 66); set 136 citation 0.91/0.90, thread 0.75/0.65, platform 0.82,
    # creator 0.67, metric 0.96/0.81 (n 108, 99, 108, 108, 63). Pooled: citation 0.93/0.92,
    # thread 0.76/0.70, platform 0.83, creator 0.71, metric 0.99/0.91. The choice of clip off,
    # same run: thread 0.77/0.75, 0.79/0.77, 0.72/0.73, 0.81/0.65, 0.73/0.64 (pooled
    # 0.77/0.71); the learned maker off: creator 0.76, 0.74, 0.65, 0.73, 0.67 (pooled 0.71).
    threads["untouched set 132 (seen)"] = evaluate_untouched("threads_untouched_132.jsonl")
    threads["untouched set 133 (seen)"] = evaluate_untouched("threads_untouched_133.jsonl")
    threads["untouched set 134 (seen)"] = evaluate_untouched("threads_untouched_134.jsonl")
    threads["untouched set 135 (seen)"] = evaluate_untouched("threads_untouched_135.jsonl")
    threads["untouched set 136 (seen)"] = evaluate_untouched("threads_untouched_136.jsonl")
    # sets 137-141 (ferries, ports and river crossings; theatres, amateur dramatics and
    # pantomimes; beaches, lifeguards and sea swimming; farmers' markets, farm shops and
    # smallholdings; gyms, fitness classes and fitness influencers) were written and labelled
    # at the start of the thirty-fifth pass by five people who read neither the code nor its
    # output, each in eleven of the usual styles, one translated and two new ones (a
    # coroner's inquest report and a travel-review site's page with readers' trip reports; a
    # director's notes in a theatre programme and an extract from a charity's annual report;
    # a coastal walking guidebook entry and a crowdfunding page with its updates; an
    # agricultural show report with its prize list and a market's FAQ page; a gym chain's
    # half-year results statement and a class timetable page with instructor bios; the
    # translations from Maltese, Basque, Hausa, Khmer, Malagasy), and run once on main as the
    # last pass left it (dbbe1d8, the models trained on sets 0-136, PYTHONHASHSEED 0): set 137
    # citation 0.99/0.95, thread 0.77/0.67, platform 0.82, creator 0.73, metric 1.00/0.97 (n
    # 108, 109, 108, 108, 68); set 138 citation 0.91/0.89, thread 0.82/0.74, platform 0.79,
    # creator 0.71, metric 0.98/0.93 (n 112, 108, 112, 112, 67); set 139 citation 0.92/0.96,
    # thread 0.74/0.69, platform 0.91, creator 0.70, metric 1.00/0.86 (n 102, 105, 102, 102,
    # 71); set 140 citation 0.93/0.95, thread 0.80/0.68, platform 0.86, creator 0.70, metric
    # 1.00/0.89 (n 112, 112, 112, 112, 72); set 141 citation 0.89/0.93, thread 0.69/0.69,
    # platform 0.84, creator 0.72, metric 1.00/0.84 (n 109, 89, 109, 109, 71). Pooled:
    # citation 0.93/0.94, thread 0.77/0.69, platform 0.84, creator 0.71, metric 1.00/0.90. The
    # choice of clip off, same run: thread 0.75/0.64, 0.84/0.74, 0.79/0.73, 0.80/0.68,
    # 0.72/0.72 (pooled 0.78/0.70); the learned maker off: creator 0.71, 0.71, 0.70, 0.70,
    # 0.70 (pooled 0.70).
    threads["untouched set 137 (seen)"] = evaluate_untouched("threads_untouched_137.jsonl")
    threads["untouched set 138 (seen)"] = evaluate_untouched("threads_untouched_138.jsonl")
    threads["untouched set 139 (seen)"] = evaluate_untouched("threads_untouched_139.jsonl")
    threads["untouched set 140 (seen)"] = evaluate_untouched("threads_untouched_140.jsonl")
    threads["untouched set 141 (seen)"] = evaluate_untouched("threads_untouched_141.jsonl")
    # Sets 142-146 (cinemas, film clubs and cinema-goers; ski resorts, ski instructors and
    # mountain rescue; dog shows, breed clubs and show dogs; canals, narrowboats and lock
    # keepers; car boot sales, flea markets and bargain hunters) were written and labelled at
    # the start of the thirty-sixth pass by five people who read neither the code nor its
    # output, each in eleven of the usual styles, one translated and two new ones (an
    # advertising regulator's complaint ruling and an encyclopedia-style wiki entry with
    # footnotes; an online forum thread printed post by post and a travel-insurance
    # ombudsman's final decision; a show judge's written breed critique and a group chat
    # printed by a newspaper; a parliamentary written question with the minister's answer and
    # a lock keeper's daily log; an antiques price-guide entry and a radio "thought for the
    # day" script; the translations from Kazakh, Mongolian, Catalan, Welsh, Burmese), and run
    # once on main as the last pass left it (e3139ad, the models trained on sets 0-141,
    # PYTHONHASHSEED 0): set 142 citation 0.90/0.86, thread 0.68/0.59, platform 0.74, creator
    # 0.64, metric 1.00/0.91 (n 118, 105, 118, 118, 69); set 143 citation 0.88/0.94, thread
    # 0.73/0.66, platform 0.86, creator 0.69, metric 1.00/0.89 (n 118, 118, 118, 118, 72); set
    # 144 citation 0.96/0.88, thread 0.84/0.57, platform 0.80, creator 0.77, metric 0.97/0.91
    # (n 122, 125, 122, 122, 63); set 145 citation 0.93/0.94, thread 0.77/0.71, platform 0.88,
    # creator 0.75, metric 1.00/0.86 (n 107, 102, 107, 107, 65); set 146 citation 0.92/0.94,
    # thread 0.84/0.85, platform 0.87, creator 0.79, metric 1.00/0.93 (n 115, 107, 115, 115,
    # 68). Pooled: citation 0.92/0.91, thread 0.77/0.67, platform 0.83, creator 0.73, metric
    # 0.99/0.90. The choice of clip off, same run: thread 0.67/0.58, 0.70/0.64, 0.84/0.56,
    # 0.75/0.67, 0.84/0.84 (pooled 0.76/0.65); the learned maker off: creator 0.63, 0.69,
    # 0.77, 0.77, 0.79 (pooled 0.73).
    threads["untouched set 142 (seen)"] = evaluate_untouched("threads_untouched_142.jsonl")
    threads["untouched set 143 (seen)"] = evaluate_untouched("threads_untouched_143.jsonl")
    threads["untouched set 144 (seen)"] = evaluate_untouched("threads_untouched_144.jsonl")
    threads["untouched set 145 (seen)"] = evaluate_untouched("threads_untouched_145.jsonl")
    threads["untouched set 146 (seen)"] = evaluate_untouched("threads_untouched_146.jsonl")
    # Sets 147-151 (swimming pools, lidos and lifeguards; bin collections, refuse crews and
    # recycling; golf clubs, greenkeepers and amateur golfers; circuses, acrobats and circus
    # schools; vintage cars, classic car rallies and restorers) were written and labelled at
    # the start of the thirty-seventh pass by five people who read neither the code nor its
    # output, each in eleven of the usual styles, one translated and two new ones (a leisure
    # operator's response to a public consultation and a podcast's show notes with
    # timestamps; a parish magazine's village notes and a complaint letter printed with the
    # council's reply; a sports disciplinary panel's written reasons and a press photo
    # agency's caption feed; museum exhibition labels and a homily; an auction catalogue's lot
    # notes and a police appeal for witnesses; the translations from Uzbek, Bulgarian, Irish,
    # Azerbaijani, Marathi), and run once on main as the last pass left it (a8ef0e5, the
    # models trained on sets 0-146, PYTHONHASHSEED 0): set 147 citation 0.92/0.94, thread
    # 0.81/0.75, platform 0.87, creator 0.76, metric 1.00/0.97 (n 127, 123, 127, 127, 75); set
    # 148 citation 0.93/0.95, thread 0.79/0.76, platform 0.86, creator 0.69, metric 1.00/0.89
    # (n 118, 116, 118, 118, 75); set 149 citation 0.92/0.94, thread 0.78/0.67, platform 0.82,
    # creator 0.72, metric 0.97/0.93 (n 117, 114, 117, 117, 69); set 150 citation 0.91/0.97,
    # thread 0.79/0.75, platform 0.92, creator 0.79, metric 0.98/0.92 (n 108, 117, 108, 108,
    # 63); set 151 citation 0.94/0.96, thread 0.87/0.77, platform 0.86, creator 0.86, metric
    # 0.98/0.93 (n 115, 113, 115, 115, 68). Pooled: citation 0.92/0.95, thread 0.81/0.74,
    # platform 0.86, creator 0.76, metric 0.99/0.93. The choice of clip off, same run: thread
    # 0.81/0.73, 0.78/0.75, 0.77/0.66, 0.79/0.75, 0.85/0.74 (pooled 0.80/0.73); the learned
    # maker off: creator 0.76, 0.69, 0.69, 0.79, 0.86 (pooled 0.76: 443 right against 446).
    threads["untouched set 147 (seen)"] = evaluate_untouched("threads_untouched_147.jsonl")
    threads["untouched set 148 (seen)"] = evaluate_untouched("threads_untouched_148.jsonl")
    threads["untouched set 149 (seen)"] = evaluate_untouched("threads_untouched_149.jsonl")
    threads["untouched set 150 (seen)"] = evaluate_untouched("threads_untouched_150.jsonl")
    threads["untouched set 151 (seen)"] = evaluate_untouched("threads_untouched_151.jsonl")
    # Sets 152-156 (ice rinks, figure skaters and amateur ice hockey; beekeepers, hives and
    # honey; lawn bowls and crown green bowls clubs; tattoo studios and tattoo artists; bingo
    # halls and bingo callers) were written and labelled at the start of the thirty-eighth
    # pass by five people who read neither the code nor its output, each in eleven of the
    # usual styles, one translated and two new ones (a sports match report and a review
    # site's page of user reviews; a beekeeping association's press release and a recipe
    # blog post; a newspaper death notice with its online guestbook and a bowls club's AGM
    # minutes; a council licensing sub-committee's decision notice and an "ask me anything"
    # thread; an extract from a parliamentary debate's official report and a TV episode
    # guide; the translations from Somali, Punjabi, Lao, Pashto, Kyrgyz), and run once on
    # main as the last pass left it (f8203f2, the models trained on sets 0-151,
    # PYTHONHASHSEED 0): set 152 citation 0.96/0.96, thread 0.86/0.80, platform 0.94, creator
    # 0.70, metric 0.98/0.92 (n 112, 104, 112, 112, 64); set 153 citation 0.93/0.95, thread
    # 0.90/0.83, platform 0.88, creator 0.78, metric 0.97/0.95 (n 107, 113, 107, 107, 66); set
    # 154 citation 0.92/0.97, thread 0.84/0.69, platform 0.87, creator 0.71, metric 1.00/0.89
    # (n 103, 112, 103, 103, 66); set 155 citation 0.95/0.94, thread 0.84/0.71, platform 0.84,
    # creator 0.70, metric 1.00/0.84 (n 120, 131, 120, 120, 70); set 156 citation 0.93/0.97,
    # thread 0.70/0.69, platform 0.89, creator 0.73, metric 0.97/0.93 (n 119, 114, 119, 119,
    # 72). Pooled: citation 0.94/0.96, thread 0.82/0.74, platform 0.88, creator 0.72, metric
    # 0.98/0.91. The choice of clip off, same run: thread 0.86/0.80, 0.89/0.82, 0.84/0.69,
    # 0.83/0.69, 0.71/0.70 (pooled 0.82/0.74; 423 against 426 members right); the learned
    # maker off: creator 0.70, 0.78, 0.71, 0.71, 0.73 (pooled 0.72; 406 against 405 right).
    threads["untouched set 152 (seen)"] = evaluate_untouched("threads_untouched_152.jsonl")
    threads["untouched set 153 (seen)"] = evaluate_untouched("threads_untouched_153.jsonl")
    threads["untouched set 154 (seen)"] = evaluate_untouched("threads_untouched_154.jsonl")
    threads["untouched set 155 (seen)"] = evaluate_untouched("threads_untouched_155.jsonl")
    threads["untouched set 156 (seen)"] = evaluate_untouched("threads_untouched_156.jsonl")
    # Sets 157-161 (model railway clubs, exhibitions and layouts; laundrettes and their
    # owners; window cleaners and their rounds; locksmiths and lock-picking hobbyists;
    # independent cinemas and their projectionists) were written and labelled at the start of
    # the thirty-ninth pass by five people who read neither the code nor its output, each in
    # eleven of the usual styles, one translated and two new ones (a primary school's
    # end-of-term newsletter and a hotel's page of reviews on a travel site with the owner's
    # replies; a residential tenancy tribunal's written decision and an estate agent's
    # listing; a weather service's severe weather warning with updates and a magistrates'
    # court list; a podcast episode's show notes and a neighbourhood watch email bulletin; a
    # film festival programme's listings and a student union's meeting minutes; the
    # translations from Bosnian, Tajik, Uyghur, Tigrinya, Sindhi), and run once on main as
    # the last pass left it (22e546c, the models trained on sets 0-156, PYTHONHASHSEED 0):
    # set 157 citation 0.94/0.95, thread 0.76/0.74, platform 0.88, creator 0.79, metric
    # 1.00/0.96 (n 98, 103, 98, 98, 67); set 158 citation 0.93/0.96, thread 0.86/0.78,
    # platform 0.87, creator 0.68, metric 1.00/0.92 (n 117, 120, 117, 117, 65); set 159
    # citation 0.92/0.96, thread 0.86/0.85, platform 0.90, creator 0.71, metric 1.00/0.90 (n
    # 110, 104, 110, 110, 71); set 160 citation 0.94/0.96, thread 0.82/0.71, platform 0.87,
    # creator 0.76, metric 1.00/0.92 (n 121, 126, 121, 121, 72); set 161 citation 0.90/0.96,
    # thread 0.80/0.74, platform 0.85, creator 0.71, metric 0.99/0.93 (n 119, 111, 119, 119,
    # 82). Pooled: citation 0.93/0.96, thread 0.82/0.76, platform 0.87, creator 0.73, metric
    # 1.00/0.92. The choice of clip off, same run: thread 0.78/0.76, 0.79/0.71, 0.84/0.82,
    # 0.80/0.70, 0.78/0.70 (pooled 0.80/0.73; 414 against 429 members right); the learned
    # maker off: creator 0.79, 0.68, 0.71, 0.78, 0.73 (pooled 0.73; 415 against 412 right).
    threads["untouched set 157 (seen)"] = evaluate_untouched("threads_untouched_157.jsonl")
    threads["untouched set 158 (seen)"] = evaluate_untouched("threads_untouched_158.jsonl")
    threads["untouched set 159 (seen)"] = evaluate_untouched("threads_untouched_159.jsonl")
    threads["untouched set 160 (seen)"] = evaluate_untouched("threads_untouched_160.jsonl")
    threads["untouched set 161 (seen)"] = evaluate_untouched("threads_untouched_161.jsonl")
    # Sets 162-166 (allotment gardens and their plot holders; taxidermists and natural
    # history collectors; driving schools and their instructors; small island ferries and
    # their crews; public libraries and their librarians) were written and labelled at the
    # start of the fortieth pass by five people who read neither the code nor its output,
    # each in eleven of the usual styles, one translated and two new ones (a school
    # inspection report's findings and a church's weekly notice sheet; a museum's accession
    # register and a council's reply to a freedom of information request; a planning appeal
    # decision and an app store's review page with the developer's replies; a harbour
    # authority's notice to mariners and a hospital trust's board papers; an academic
    # conference programme with talk abstracts and a lost-and-found pets noticeboard; the
    # translations from Georgian, Armenian, Nepali, Faroese, Hausa), and run once on main as
    # the last pass left it (0fb5513, the models trained on sets 0-161, PYTHONHASHSEED 0):
    # set 162 citation 0.90/0.96, thread 0.78/0.79, platform 0.90, creator 0.82, metric
    # 0.97/0.93 (n 116, 110, 116, 116, 81); set 163 citation 0.95/0.96, thread 0.76/0.75,
    # platform 0.85, creator 0.70, metric 0.99/0.92 (n 117, 110, 117, 117, 79); set 164
    # citation 0.91/0.97, thread 0.84/0.67, platform 0.85, creator 0.69, metric 0.96/0.86 (n
    # 119, 129, 119, 119, 74); set 165 citation 0.97/0.93, thread 0.89/0.81, platform 0.87,
    # creator 0.76, metric 0.99/0.94 (n 123, 115, 123, 123, 81); set 166 citation 0.90/0.98,
    # thread 0.79/0.70, platform 0.92, creator 0.70, metric 0.97/0.88 (n 115, 116, 115, 115,
    # 89). Pooled: citation 0.93/0.96, thread 0.81/0.74, platform 0.88, creator 0.73, metric
    # 0.98/0.91. The choice of clip off, same run: thread 0.75/0.75, 0.70/0.69, 0.87/0.67,
    # 0.85/0.77, 0.81/0.70 (pooled 0.79/0.72; 415 against 431 members right); the learned
    # maker off: creator 0.82, 0.70, 0.69, 0.76, 0.70 (pooled 0.73; 433 right either way).
    threads["untouched set 162 (seen)"] = evaluate_untouched("threads_untouched_162.jsonl")
    threads["untouched set 163 (seen)"] = evaluate_untouched("threads_untouched_163.jsonl")
    threads["untouched set 164 (seen)"] = evaluate_untouched("threads_untouched_164.jsonl")
    threads["untouched set 165 (seen)"] = evaluate_untouched("threads_untouched_165.jsonl")
    threads["untouched set 166 (seen)"] = evaluate_untouched("threads_untouched_166.jsonl")
    # Sets 167-171 (public clocks and the people who wind and repair them; pub darts leagues
    # and their players; amateur choirs and their singers; doorstep milk deliveries and
    # milkmen; church bell ringers and their towers) were written and labelled at the start
    # of the forty-first pass by five people who read neither the code nor its output, each
    # in eleven of the usual styles, one translated and two new ones (a council website's
    # frequently-asked-questions page and a printed walking-tour leaflet; a minute-by-minute
    # match report and a hotel review page with the owner's replies, the latter not new after
    # all: set 157 had one; a theatre programme's cast notes and a eulogy in a funeral order
    # of service; a phone app's release notes and a school prospectus; a citizen science
    # survey's interim report and a university course syllabus; the translations from
    # Luxembourgish, Breton, Macedonian, Sinhala, Zulu), and run once on main as the last
    # pass left it (6c69e76, the models trained on sets 0-166, PYTHONHASHSEED 0): set 167
    # citation 0.86/0.94, thread 0.68/0.62, platform 0.82, creator 0.75, metric 0.98/0.90 (n
    # 114, 109, 114, 114, 89); set 168 citation 0.95/0.97, thread 0.84/0.74, platform 0.89,
    # creator 0.85, metric 0.98/0.93 (n 114, 116, 114, 114, 90); set 169 citation 0.95/0.96,
    # thread 0.90/0.84, platform 0.92, creator 0.80, metric 0.99/0.98 (n 114, 109, 114, 114,
    # 87); set 170 citation 0.94/0.94, thread 0.87/0.73, platform 0.86, creator 0.69, metric
    # 1.00/0.90 (n 119, 115, 119, 119, 89); set 171 citation 0.91/0.96, thread 0.92/0.80,
    # platform 0.91, creator 0.81, metric 0.99/0.94 (n 116, 122, 116, 116, 90). Pooled:
    # citation 0.92/0.95, thread 0.84/0.75, platform 0.88, creator 0.78, metric 0.99/0.93.
    # The choice of clip off, same run: thread 0.67/0.61, 0.84/0.74, 0.89/0.84, 0.85/0.71,
    # 0.91/0.78 (pooled 0.84/0.74; 421 against 427 members right); the learned maker off:
    # creator 0.75, 0.83, 0.80, 0.69, 0.81 (pooled 0.78; 448 against 450 right).
    threads["untouched set 167 (seen)"] = evaluate_untouched("threads_untouched_167.jsonl")
    threads["untouched set 168 (seen)"] = evaluate_untouched("threads_untouched_168.jsonl")
    threads["untouched set 169 (seen)"] = evaluate_untouched("threads_untouched_169.jsonl")
    threads["untouched set 170 (seen)"] = evaluate_untouched("threads_untouched_170.jsonl")
    threads["untouched set 171 (seen)"] = evaluate_untouched("threads_untouched_171.jsonl")
    # Sets 172-176 (chimney sweeps and their trade; thatchers and thatched roofs; model
    # railway clubs and their layouts; farriers and blacksmiths; hot-air balloon pilots and
    # their flights) were written and labelled at the start of the forty-second pass by five
    # people who read neither the code nor its output, each in eleven of the usual styles,
    # one translated and two new ones (a sweeping firm's job advert and a guild handbook's
    # glossary; a documentary's press kit and a school lesson plan with its worksheet; a
    # model locomotive's instruction leaflet and a museum exhibition's wall labels, the
    # latter not new after all: set 150 had some; a racecard with notes on each runner and a
    # mail-order tool catalogue; a balloon pilot's flight logbook and a claim letter to an
    # insurer; the translations from Galician, Sorani Kurdish, Frisian, Igbo, Kannada), and
    # run once on main as the last pass left it (dc9a18e, the models trained on sets 0-171,
    # PYTHONHASHSEED 0): set 172 citation 0.97/0.97, thread 0.94/0.86, platform 0.96,
    # creator 0.81, metric 1.00/0.93 (n 114, 110, 114, 114, 85); set 173 citation 0.93/0.96,
    # thread 0.87/0.84, platform 0.93, creator 0.84, metric 0.99/0.95 (n 120, 116, 120, 120,
    # 93); set 174 citation 0.94/0.97, thread 0.85/0.85, platform 0.87, creator 0.83, metric
    # 1.00/0.98 (n 118, 113, 118, 118, 88); set 175 citation 0.95/0.95, thread 0.85/0.87,
    # platform 0.92, creator 0.77, metric 1.00/0.98 (n 120, 107, 120, 120, 94); set 176
    # citation 0.93/0.96, thread 0.93/0.80, platform 0.92, creator 0.80, metric 1.00/0.93 (n
    # 122, 123, 122, 122, 89). Pooled: citation 0.94/0.96, thread 0.89/0.85, platform 0.92,
    # creator 0.81, metric 1.00/0.95. The choice of clip off, same run: thread 0.93/0.85,
    # 0.87/0.84, 0.82/0.81, 0.85/0.87, 0.94/0.80 (pooled 0.88/0.83; 475 against 481 members
    # right); the learned maker off: creator 0.80, 0.84, 0.82, 0.78, 0.80 (pooled 0.81; 480
    # against 481 right).
    threads["untouched set 172 (seen)"] = evaluate_untouched("threads_untouched_172.jsonl")
    threads["untouched set 173 (seen)"] = evaluate_untouched("threads_untouched_173.jsonl")
    threads["untouched set 174 (seen)"] = evaluate_untouched("threads_untouched_174.jsonl")
    threads["untouched set 175 (seen)"] = evaluate_untouched("threads_untouched_175.jsonl")
    threads["untouched set 176 (seen)"] = evaluate_untouched("threads_untouched_176.jsonl")
    # Sets 177-181 (sign writers and hand-painted signs; dry stone wallers and their walls;
    # church organ builders and restorers; glassblowers and their studios; piano tuners and
    # their work) were written and labelled at the start of the forty-third pass by five
    # people who read neither the code nor its output, each in eleven of the usual styles,
    # one translated and two new ones (a narrowboat's log kept by its skipper and a warranty
    # card with its terms; a dictionary entry with dated citations and a bug report on a
    # software project's tracker; a cryptic crossword with the setter's notes and a best
    # man's wedding speech; a performer's CV and an anthropologist's field notes; a patent
    # application with its claims and a festival's FAQ page; the translations from Samoan,
    # Wolof, Telugu, Occitan, Maori), and run once on main as the last pass left it
    # (fa409ec, the models trained on sets 0-176, PYTHONHASHSEED 0): set 177 citation
    # 0.92/0.94, thread 0.91/0.70, platform 0.90, creator 0.71, metric 0.99/0.87 (n 126,
    # 143, 126, 126, 91); set 178 citation 0.89/0.96, thread 0.86/0.74, platform 0.91,
    # creator 0.78, metric 0.97/0.92 (n 114, 119, 114, 114, 86); set 179 citation 0.91/0.97,
    # thread 0.86/0.84, platform 0.92, creator 0.81, metric 0.98/0.91 (n 119, 118, 119, 119,
    # 89); set 180 citation 0.91/0.92, thread 0.84/0.66, platform 0.85, creator 0.75, metric
    # 1.00/0.94 (n 122, 134, 122, 122, 87); set 181 citation 0.93/0.95, thread 0.80/0.70,
    # platform 0.89, creator 0.77, metric 1.00/0.93 (n 121, 125, 121, 121, 88). Pooled:
    # citation 0.91/0.95, thread 0.85/0.72, platform 0.90, creator 0.76, metric 0.99/0.91.
    # The choice of clip off, same run: thread 0.92/0.69, 0.85/0.73, 0.85/0.81, 0.84/0.66,
    # 0.80/0.70 (pooled 0.85/0.71; 456 against 462 members right); the learned maker off:
    # creator 0.71, 0.78, 0.81, 0.75, 0.77 (pooled 0.77; 461 against 459 right: it lost, as
    # on sets 152-156 and 157-161).
    threads["untouched set 177 (seen)"] = evaluate_untouched("threads_untouched_177.jsonl")
    threads["untouched set 178 (seen)"] = evaluate_untouched("threads_untouched_178.jsonl")
    threads["untouched set 179 (seen)"] = evaluate_untouched("threads_untouched_179.jsonl")
    threads["untouched set 180 (seen)"] = evaluate_untouched("threads_untouched_180.jsonl")
    threads["untouched set 181 (seen)"] = evaluate_untouched("threads_untouched_181.jsonl")
    # Sets 182-186 (falconers and their birds; bookbinders and book restorers; violin makers
    # and luthiers; hot air balloon pilots and their crews; origami artists and paper folders)
    # were written and labelled at the start of the forty-fourth pass by five people who read
    # neither the code nor its output, each in eleven of the usual styles, one translated and
    # two asked for as new (a grant application and a pub quiz round with its answer sheet;
    # a cover letter and a police station's incident log; a planning objection and museum
    # wall labels, which sets 133, 150 and 174 turned out to have had; a folk album's liner
    # notes and a tour itinerary; a primary school's report on a pupil and a book review; the
    # translations from Tongan, Quechua, Guarani, Xhosa, Malayalam), and run once on main as
    # the last pass left it (6e85b2a, the models trained on sets 0-181, PYTHONHASHSEED 0):
    # set 182 citation 0.92/0.94, thread 0.81/0.64, platform 0.85, creator 0.77, metric
    # 0.99/0.89 (n 125, 133, 125, 125, 93); set 183 citation 0.95/0.94, thread 0.84/0.76,
    # platform 0.91, creator 0.86, metric 1.00/0.90 (n 123, 119, 123, 123, 90); set 184
    # citation 0.92/0.98, thread 0.88/0.87, platform 0.93, creator 0.87, metric 1.00/0.98 (n
    # 124, 120, 124, 124, 90); set 185 citation 0.90/0.96, thread 0.80/0.82, platform 0.92,
    # creator 0.85, metric 1.00/0.99 (n 119, 109, 119, 119, 90); set 186 citation 0.93/0.96,
    # thread 0.82/0.81, platform 0.91, creator 0.87, metric 0.99/0.98 (n 119, 115, 119, 119,
    # 83). Pooled: citation 0.93/0.96, thread 0.83/0.77, platform 0.90, creator 0.84, metric
    # 1.00/0.95. The choice of clip off, same run: thread 0.80/0.63, 0.82/0.73, 0.88/0.87,
    # 0.76/0.76, 0.82/0.81 (pooled 0.82/0.76; 451 against 461 members right); the learned
    # maker off: creator 0.76, 0.85, 0.85, 0.86, 0.87 (pooled 0.84; 511 against 514 right).
    threads["untouched set 182 (seen)"] = evaluate_untouched("threads_untouched_182.jsonl")
    threads["untouched set 183 (seen)"] = evaluate_untouched("threads_untouched_183.jsonl")
    threads["untouched set 184 (seen)"] = evaluate_untouched("threads_untouched_184.jsonl")
    threads["untouched set 185 (seen)"] = evaluate_untouched("threads_untouched_185.jsonl")
    threads["untouched set 186 (seen)"] = evaluate_untouched("threads_untouched_186.jsonl")
    # Sets 187-191 (yo-yo players and string-trick performers; sand sculptors; competitive
    # eaters; mushroom foragers and wild food guides; street magicians and close-up conjurers)
    # were written and labelled at the start of the forty-fifth pass by five people who read
    # neither the code nor its output, each in eleven of the usual styles, one translated and
    # two asked for as new (a newspaper's corrections column and an almanac's year page; a
    # sermon in a church's weekly sheet and a band's annotated setlist; an itemised invoice
    # and a lonely-hearts column; a researcher's lab notebook and a retirement toast; a
    # venue's FAQ page and a school yearbook; the translations from Romansh, Tatar, Shona,
    # Gujarati, Javanese), and run once on main as the last pass left it (f3fee22, the models
    # trained on sets 0-186, PYTHONHASHSEED 0):
    # set 187 citation 0.89/0.96, thread 0.79/0.87, platform 0.92, creator 0.86, metric
    # 0.95/0.84 (n 122, 116, 122, 122, 86); set 188 citation 0.95/0.97, thread 0.91/0.84,
    # platform 0.88, creator 0.84, metric 1.00/0.91 (n 120, 122, 120, 120, 91); set 189
    # citation 0.96/0.97, thread 0.76/0.70, platform 0.90, creator 0.83, metric 1.00/0.94 (n
    # 123, 138, 123, 123, 89); set 190 citation 0.89/0.98, thread 0.88/0.78, platform 0.91,
    # creator 0.87, metric 1.00/0.97 (n 125, 138, 125, 125, 88); set 191 citation 0.93/0.94,
    # thread 0.81/0.79, platform 0.88, creator 0.82, metric 1.00/0.96 (n 119, 108, 119, 119,
    # 90). Pooled: citation 0.92/0.96, thread 0.83/0.79, platform 0.90, creator 0.85, metric
    # 0.99/0.92. The choice of clip off, same run: thread 0.80/0.87, 0.91/0.84, 0.73/0.67,
    # 0.88/0.78, 0.81/0.79 (pooled 0.82/0.79; 488 against 493 members right); the learned
    # maker off: creator 0.86, 0.84, 0.83, 0.87, 0.82 (pooled 0.85; 516 against 515 right).
    threads["untouched set 187 (seen)"] = evaluate_untouched("threads_untouched_187.jsonl")
    threads["untouched set 188 (seen)"] = evaluate_untouched("threads_untouched_188.jsonl")
    threads["untouched set 189 (seen)"] = evaluate_untouched("threads_untouched_189.jsonl")
    threads["untouched set 190 (seen)"] = evaluate_untouched("threads_untouched_190.jsonl")
    threads["untouched set 191 (seen)"] = evaluate_untouched("threads_untouched_191.jsonl")
    # Sets 192-196 (knife sharpeners and bladesmiths; lumberjack sports and timbersports
    # competitors; drone racers and FPV pilots; taxidermists and natural-history preparators;
    # rally drivers and their co-drivers) were written and labelled at the start of the
    # forty-sixth pass by five people who read neither the code nor its output, each in eleven
    # of the usual styles, one translated and two asked for as new (a picture postcard's back
    # and a customer questionnaire with its answers; a harbour's tide table and a guest book;
    # a wedding seating plan and a small party's manifesto; a courier's delivery note and a
    # child's school report, which set 186 had had; a museum's wall labels, which sets 150,
    # 174 and 184 had had, and a lost-property office's notice; the translations from
    # Sardinian, Turkmen, Kinyarwanda, Odia, Hawaiian), and run once on main as the last pass
    # left it (1983ae3, the models trained on sets 0-191, PYTHONHASHSEED 0):
    # set 192 citation 0.90/0.94, thread 0.85/0.78, platform 0.87, creator 0.79, metric
    # 1.00/0.94 (n 126, 134, 126, 126, 84); set 193 citation 0.93/0.95, thread 0.93/0.78,
    # platform 0.88, creator 0.85, metric 1.00/0.88 (n 123, 126, 123, 123, 89); set 194
    # citation 0.95/0.96, thread 0.84/0.79, platform 0.85, creator 0.78, metric 1.00/0.90 (n
    # 127, 131, 127, 127, 90); set 195 citation 0.96/0.98, thread 0.89/0.83, platform 0.90,
    # creator 0.91, metric 1.00/0.98 (n 115, 118, 115, 115, 82); set 196 citation 0.94/0.96,
    # thread 0.90/0.77, platform 0.93, creator 0.82, metric 1.00/0.93 (n 121, 133, 121, 121,
    # 89). Pooled: citation 0.93/0.96, thread 0.88/0.79, platform 0.88, creator 0.83, metric
    # 1.00/0.92. The choice of clip off, same run: thread 0.85/0.78, 0.93/0.78, 0.85/0.80,
    # 0.85/0.79, 0.83/0.70 (pooled 0.86/0.77; 493 against 508 members right); the learned
    # maker off: creator 0.79, 0.85, 0.78, 0.91, 0.82 (pooled 0.83; 507 against 506 right).
    threads["untouched set 192 (seen)"] = evaluate_untouched("threads_untouched_192.jsonl")
    threads["untouched set 193 (seen)"] = evaluate_untouched("threads_untouched_193.jsonl")
    threads["untouched set 194 (seen)"] = evaluate_untouched("threads_untouched_194.jsonl")
    threads["untouched set 195 (seen)"] = evaluate_untouched("threads_untouched_195.jsonl")
    threads["untouched set 196 (seen)"] = evaluate_untouched("threads_untouched_196.jsonl")
    # Sets 197-201 (stonemasons and letter-cutters; cake decorators and sugar artists;
    # escape-room designers and players; ice sculptors; topiarists and hedge-layers) were
    # written and labelled at the start of the forty-seventh pass by five people who read
    # neither the code nor its output, each in eleven of the usual styles, one translated and
    # two asked for as new (an itemised till receipt and a village raffle's prize-draw notice;
    # an award certificate and a hall's hire booking form; an insurance claim form and a
    # posted safety notice; a price list and a sign-up sheet; a page of an instruction manual
    # and a country-house hotel's wine list; the translations from Corsican, Sesotho,
    # Lingala, Assamese, Greenlandic), and run once on main as the last pass left it
    # (570c9e6, the models trained on sets 0-196, PYTHONHASHSEED 0):
    # set 197 citation 0.90/0.90, thread 0.80/0.79, platform 0.86, creator 0.74, metric
    # 1.00/0.93 (n 115, 104, 115, 115, 88); set 198 citation 0.93/0.97, thread 0.90/0.86,
    # platform 0.93, creator 0.81, metric 1.00/0.94 (n 117, 111, 117, 117, 88); set 199
    # citation 0.95/0.97, thread 0.91/0.86, platform 0.92, creator 0.83, metric 1.00/0.87 (n
    # 119, 123, 119, 119, 84); set 200 citation 0.94/0.96, thread 0.90/0.84, platform 0.93,
    # creator 0.71, metric 0.99/0.92 (n 116, 114, 116, 116, 89); set 201 citation 0.93/0.95,
    # thread 0.84/0.74, platform 0.91, creator 0.85, metric 1.00/1.00 (n 119, 133, 119, 119,
    # 82). Pooled: citation 0.93/0.95, thread 0.87/0.82, platform 0.91, creator 0.79, metric
    # 1.00/0.93. The choice of clip off, same run: thread 0.80/0.79, 0.90/0.86, 0.88/0.84,
    # 0.90/0.83, 0.84/0.73 (pooled 0.86/0.81; 472 against 479 members right); the learned
    # maker off: creator 0.74, 0.81, 0.82, 0.71, 0.85 (pooled 0.79; 461 against 462 right).
    threads["untouched set 197 (seen)"] = evaluate_untouched("threads_untouched_197.jsonl")
    threads["untouched set 198 (seen)"] = evaluate_untouched("threads_untouched_198.jsonl")
    threads["untouched set 199 (seen)"] = evaluate_untouched("threads_untouched_199.jsonl")
    threads["untouched set 200 (seen)"] = evaluate_untouched("threads_untouched_200.jsonl")
    threads["untouched set 201 (seen)"] = evaluate_untouched("threads_untouched_201.jsonl")
    # Sets 202-206 (cobblers and shoe repairers; calligraphers and sign-writers; bonsai
    # growers; clockmakers and watch repairers; milliners and hatmakers) were written and
    # labelled at the start of the forty-eighth pass by five people who read neither the code
    # nor its output, each in eleven of the usual styles, one translated and two asked for as
    # new (a packing slip and a recipe card; a parish newsletter and a school report; a show's
    # judging scorecard and a concert programme; a café's specials board and a to-do list; a
    # newspaper's birth notices and a wedding invitation; the translations from Upper Sorbian,
    # Tswana, Oromo, Tibetan, Hmong), from a brief rewritten for this pass that asked for the
    # hard cases by name, and run once on main as the last pass left it (c90c2a3, the models
    # trained on sets 0-201, PYTHONHASHSEED 0):
    # set 202 citation 0.90/0.94, thread 0.81/0.75, platform 0.81, creator 0.68, metric
    # 0.99/0.89 (n 115, 110, 115, 115, 85); set 203 citation 0.95/0.94, thread 0.84/0.69,
    # platform 0.88, creator 0.73, metric 0.99/0.94 (n 116, 121, 116, 116, 85); set 204
    # citation 0.90/0.89, thread 0.74/0.66, platform 0.80, creator 0.81, metric 0.99/0.89 (n
    # 119, 114, 119, 119, 84); set 205 citation 0.90/0.90, thread 0.79/0.79, platform 0.80,
    # creator 0.78, metric 1.00/0.80 (n 116, 111, 116, 116, 85); set 206 citation 0.92/0.94,
    # thread 0.89/0.81, platform 0.88, creator 0.80, metric 0.99/0.86 (n 113, 110, 113, 113,
    # 83). Pooled: citation 0.91/0.92, thread 0.81/0.74, platform 0.83, creator 0.76, metric
    # 0.99/0.88. The choice of clip off, same run: thread 0.81/0.75, 0.85/0.69, 0.69/0.61,
    # 0.78/0.77, 0.85/0.77 (pooled 0.80/0.71; 404 against 418 members right); the learned
    # maker off: creator 0.66, 0.73, 0.78, 0.77, 0.78 (pooled 0.74; 431 against 439 right).
    threads["untouched set 202 (seen)"] = evaluate_untouched("threads_untouched_202.jsonl")
    threads["untouched set 203 (seen)"] = evaluate_untouched("threads_untouched_203.jsonl")
    threads["untouched set 204 (seen)"] = evaluate_untouched("threads_untouched_204.jsonl")
    threads["untouched set 205 (seen)"] = evaluate_untouched("threads_untouched_205.jsonl")
    threads["untouched set 206 (seen)"] = evaluate_untouched("threads_untouched_206.jsonl")
    # Sets 207-211 (lock-keepers and narrowboat crews; upholsterers and furniture restorers;
    # accordion players; ballroom dancers; street sweepers and road cleaners) were written and
    # labelled at the start of the forty-ninth pass by five people who read neither the code nor
    # its output, each in eleven of the usual styles, one translated and two asked for as new (a
    # newspaper's classified-ads column and a voicemail transcript; an office's sticky-note board
    # and a radio station's running order; a gig flyer and a TV presenter's cue cards; a dance
    # competition's heat sheet and an exam paper; a book's errata slip and its index pages; the
    # translations from Northern Sami, Fijian, Māori, Luganda, Aymara), from the brief of the last
    # pass, and run once on main as the last pass left it (e52c0ca, the models trained on sets
    # 0-206, PYTHONHASHSEED 0): set 207 citation 0.91/0.92, thread 0.86/0.67, platform 0.86,
    # creator 0.77, metric 1.00/0.94 (n 116, 121, 116, 116, 85); set 208 citation 0.88/0.86,
    # thread 0.80/0.63, platform 0.79, creator 0.69, metric 1.00/0.85 (n 121, 133, 121, 121, 84);
    # set 209 citation 0.91/0.92, thread 0.80/0.73, platform 0.77, creator 0.70, metric 0.97/0.86
    # (n 116, 115, 116, 116, 83); set 210 citation 0.92/0.88, thread 0.75/0.58, platform 0.76,
    # creator 0.72, metric 1.00/0.91 (n 118, 116, 118, 118, 85); set 211 citation 0.88/0.88,
    # thread 0.77/0.66, platform 0.80, creator 0.67, metric 0.94/0.93 (n 120, 119, 120, 120, 81).
    # Pooled: citation 0.90/0.89, thread 0.80/0.65, platform 0.80, creator 0.71, metric 0.98/0.89.
    # The choice of clip off, same run: thread 0.80/0.61, 0.76/0.59, 0.81/0.72, 0.76/0.58,
    # 0.74/0.63 (pooled 0.77/0.62; 377 against 395 members right); the learned maker off: creator
    # 0.74, 0.69, 0.70, 0.72, 0.65 (pooled 0.70; 413 against 418 right).
    threads["untouched set 207 (seen)"] = evaluate_untouched("threads_untouched_207.jsonl")
    threads["untouched set 208 (seen)"] = evaluate_untouched("threads_untouched_208.jsonl")
    threads["untouched set 209 (seen)"] = evaluate_untouched("threads_untouched_209.jsonl")
    threads["untouched set 210 (seen)"] = evaluate_untouched("threads_untouched_210.jsonl")
    threads["untouched set 211 (seen)"] = evaluate_untouched("threads_untouched_211.jsonl")
    # Sets 212-216 (beekeepers and swarm collectors; puppeteers and puppet theatres;
    # locksmiths and lock-pickers; sheep shearers; curling teams and ice makers) were
    # written and labelled at the start of the fiftieth pass by five people who read neither
    # the code nor its output, each in eleven of the usual styles, one translated and two
    # asked for as new (a written answer to a parliamentary question as printed in the
    # official record and a witness statement; an open letter and an award citation; a risk
    # assessment form and a museum acquisition record; a peer reviewer's report and a
    # copyright takedown notice; an incident report form and a video platform's help-centre
    # page; the translations from Manx, Yiddish, Nahuatl, Inuktitut, Chechen), from the
    # brief of the last pass, and run once on main as the last pass left it (00c42c0, the
    # models trained on sets 0-211, PYTHONHASHSEED 0): set 212 citation 0.89/0.89, thread
    # 0.65/0.64, platform 0.82, creator 0.63, metric 1.00/0.89 (n 122, 121, 122, 122, 82);
    # set 213 citation 0.93/0.86, thread 0.83/0.76, platform 0.78, creator 0.56, metric
    # 1.00/0.86 (n 130, 125, 130, 130, 83); set 214 citation 0.90/0.94, thread 0.79/0.74,
    # platform 0.92, creator 0.78, metric 1.00/0.87 (n 120, 116, 120, 120, 84); set 215
    # citation 0.90/0.89, thread 0.60/0.55, platform 0.84, creator 0.66, metric 0.99/0.94 (n
    # 116, 116, 116, 116, 85); set 216 citation 0.89/0.93, thread 0.75/0.72, platform 0.75,
    # creator 0.71, metric 0.99/0.88 (n 120, 127, 120, 120, 85). Pooled: citation 0.90/0.90,
    # thread 0.72/0.68, platform 0.82, creator 0.66, metric 0.99/0.89. The choice of clip
    # off, same run: thread 0.63/0.62, 0.82/0.75, 0.76/0.72, 0.62/0.55, 0.75/0.71 (pooled
    # 0.72/0.67; 406 against 414 members right); the learned maker off: creator 0.62, 0.56,
    # 0.78, 0.66, 0.71 (pooled 0.66; 403 against 404 right).
    threads["untouched set 212 (seen)"] = evaluate_untouched("threads_untouched_212.jsonl")
    threads["untouched set 213 (seen)"] = evaluate_untouched("threads_untouched_213.jsonl")
    threads["untouched set 214 (seen)"] = evaluate_untouched("threads_untouched_214.jsonl")
    threads["untouched set 215 (seen)"] = evaluate_untouched("threads_untouched_215.jsonl")
    threads["untouched set 216 (seen)"] = evaluate_untouched("threads_untouched_216.jsonl")
    # Sets 217-221 (kite flyers and kite festivals; ventriloquists and their dummies; pigeon
    # fanciers and pigeon racing; piano tuners and piano restorers; school crossing guards)
    # were written and labelled at the start of the fifty-first pass by five people who read
    # neither the code nor its output, each in eleven of the usual styles, one translated
    # and two asked for as new (a start-up's investor pitch deck and a company's annual
    # letter to shareholders; a casting call and an employee's annual performance appraisal;
    # a missing-pigeon poster and a newspaper's retraction and apology notice; a podcast
    # episode's show notes and a museum audio-guide script; a dissertation's literature
    # review chapter and a council road-safety fact sheet; the translations from Ladino,
    # Cherokee, Navajo, Kashubian, Tok Pisin), from the brief of the last pass, and run once
    # on main as the last pass left it (3220bad, the models trained on sets 0-216,
    # PYTHONHASHSEED 0): set 217 citation 0.91/0.89, thread 0.81/0.65, platform 0.84,
    # creator 0.66, metric 1.00/0.87 (n 122, 117, 122, 122, 83); set 218 citation 0.89/0.87,
    # thread 0.68/0.63, platform 0.74, creator 0.68, metric 1.00/0.93 (n 121, 116, 121, 121,
    # 89); set 219 citation 0.93/0.94, thread 0.81/0.76, platform 0.86, creator 0.75, metric
    # 0.99/0.89 (n 120, 111, 120, 120, 82); set 220 citation 0.91/0.90, thread 0.80/0.73,
    # platform 0.82, creator 0.76, metric 1.00/0.94 (n 114, 110, 114, 114, 90); set 221
    # citation 0.88/0.92, thread 0.85/0.75, platform 0.85, creator 0.71, metric 0.99/0.83 (n
    # 116, 128, 116, 116, 82). Pooled: citation 0.91/0.91, thread 0.79/0.70, platform 0.82,
    # creator 0.71, metric 0.99/0.89. The choice of clip off, same run: thread 0.81/0.63,
    # 0.65/0.60, 0.82/0.77, 0.81/0.72, 0.85/0.73 (pooled 0.79/0.69; 401 against 409 members
    # right); the learned maker off: creator 0.66, 0.68, 0.73, 0.75, 0.71 (pooled 0.71; 419
    # against 422 right).
    threads["untouched set 217"] = evaluate_untouched("threads_untouched_217.jsonl")
    threads["untouched set 218"] = evaluate_untouched("threads_untouched_218.jsonl")
    threads["untouched set 219"] = evaluate_untouched("threads_untouched_219.jsonl")
    threads["untouched set 220"] = evaluate_untouched("threads_untouched_220.jsonl")
    threads["untouched set 221"] = evaluate_untouched("threads_untouched_221.jsonl")
    for name, thread_score in threads.items():
        results[f"threads: {name}"] = thread_score.summary()
        mistakes[f"threads: {name}"] = thread_score.mistakes
    elapsed = time.perf_counter() - started

    if args.json:
        print(json.dumps({"results": results, "seconds": round(elapsed, 2)}, indent=2))
        return 0
    print(f"{'label set':<20} {'claims':>6} {'citing':>6} {'tp':>4} {'fp':>4} {'fn':>4} "
          f"{'precision':>9} {'recall':>7} {'fields':>7}")  # fmt: skip
    for name, row in results.items():
        if name.startswith("threads: "):
            continue
        print(
            f"{name:<20} {row['claims']:>6} {row['citing']:>6} {row['tp']:>4} {row['fp']:>4} "
            f"{row['fn']:>4} {row['precision']:>9.3f} {row['recall']:>7.3f} "
            f"{row['fields_correct']:>7.3f}"
        )
    if "seed articles" in results:
        row = results["seed articles"]
        print(
            f"seed back-references right: {row['same_clip_right']}/{row['same_clip_total']}, "
            f"quote continuations right: {row['quote_right']}/{row['quote_total']}"
        )
    print(f"\n{'threads, context, metrics':<26}" + "".join(f"{f:>17}" for f in THREAD_FIELDS))
    for name, row in results.items():
        if name.startswith("threads: "):
            cells = "".join(
                f"{row[f]['precision']:>7.2f}/{row[f]['recall']:.2f} n{row[f]['n']:<3}"
                for f in THREAD_FIELDS
            )
            print(f"{name[9:]:<26}{cells}")
    print("(precision/recall, n labelled; platform and creator: stated or inferred, right)")
    for name, items in mistakes.items():
        if items and (args.mistakes or len(items) <= 10):
            print(f"\n{name}:")
            print("\n".join(f"  {item}" for item in items))
    print(f"\n{elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
