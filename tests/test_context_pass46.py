"""Forty-sixth pass: rules from the misses of sets 0-196 (invented text, in the styles of real
news; see docs/labelling.md)."""

from __future__ import annotations

import pytest

from archiver.articles import clip_choice
from tests.support.threads import read_lines

_STREAM = (
    "11:06 The Kelby Rotary Club is streaming the whole pie-eating contest on YouTube through "
    "its channel, Kelby Eats Live."
)


def test_someone_going_live_with_a_stream_in_play_is_a_clip_of_their_own() -> None:
    lines = [
        _STREAM,
        "11:20 The heats are under way. On the stream, the champion has gravy on her chin.",
        "11:34 Local TikToker Dev 'Crust' Marlow has gone live from the eaters' bench as "
        "@devcrust.",
        "11:50 The first aid tent says it has plenty of napkins.",
        "12:15 Dev is out in the heats. He has ended his live, and says about 2,000 people "
        "were watching by the end.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]
    assert threads[at[lines[-1]]] == at[lines[2]]


def test_a_clip_named_by_its_owner_is_the_one_they_made_not_one_made_of_it() -> None:
    lines = [
        "I have now watched a man called Oisin Farrell make a borrowed coin vanish on a ferry "
        "nine times, and I still cannot say where it goes.",
        "He posted it on TikTok as @oisinonferries in May, and it has been watched 6.1 million "
        "times.",
        "The worst of the reveal channels, a YouTube channel called Trick Spoiler, took "
        "Oisin's ferry coin apart in slow motion and has been watched 900,000 times.",
        "I do not want to know how it is done.",
        "Oisin's ferry coin has been reposted on Facebook by a page called Pure Magic, which "
        "has 2.2 million followers.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]
    assert threads[at[lines[-1]]] == at[lines[0]]


def test_the_same_moment_filmed_from_elsewhere_is_a_clip_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (the rule alone, without the learned choice of clip)
    monkeypatch.setattr(clip_choice, "choose", lambda reference: reference.picked)
    lines = [
        "A guest's video of a bartender sending a full negroni floating across the room has "
        "been watched 3.3 million times on TikTok.",
        "The guest, Marcus Oyelade, filmed it from his seat and posted it that night.",
        "The man at table six was a dentist on a first date.",
        "He filmed the same moment from the other side of the table and put his video on "
        "Instagram, where it has about 150,000 views.",
        "It has since been shared about 4,000 times.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[3]]] == at[lines[3]]


def test_a_count_of_the_stream_in_play_is_not_held_as_a_clip_of_its_own() -> None:
    lines = [
        "08:20 The Guild of Preparators is streaming the judging on its YouTube channel, Guild "
        "Bench TV, from a camera on the head judge's trolley.",
        "09:10 First big moment on the stream: the head judge finds a seam in a barn owl.",
        "09:35 Competitor Rafi Laird, 22, has gone live on TikTok as @rafi.preps from the "
        "novice table.",
        "11:50 Rafi has ended his live; he says about 2,700 people were watching.",
        "13:05 Back on Guild Bench TV, the trolley camera catches the judge measuring a pike.",
        "17:45 The Guild says its Guild Bench TV stream was watched by more than 44,000 people "
        "over the day.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]
    assert threads[at[lines[-1]]] == at[lines[0]]


def test_a_clip_that_answers_the_clip_with_another_is_its_own() -> None:
    lines = [
        "A preparator's video of fitting glass eyes to a barn owl has been watched 2.2 million "
        "times on TikTok.",
        "It was posted by Ines Swann, who runs a small workshop in Pelby.",
        "The puppet-maker Leo Marrin answered the owl video with a duet on TikTok, fitting a "
        "pair of her eyes into a felt owl that blinks.",
        "His duet has about 300,000 views.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[2]]] == at[lines[2]]
    assert threads[at[lines[-1]]] == at[lines[2]]


def test_a_video_of_a_drone_is_not_the_drone_footage_told_before() -> None:
    lines = [
        "A drone dives down the face of a waterfall and pulls out a metre above the pool.",
        "Pilot Soren Fisk flew it at Rhaeadr Ddu and posted the drone footage on Instagram, "
        "where it has 3.1m views.",
        "Railway enthusiast Hamza Grant flew alongside a steam special on the Wenlow line, and "
        "his video of the drone weaving between the carriages has 1.1m views on YouTube.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[-1]]


def test_a_body_the_line_names_in_full_is_not_another_of_the_same_kind() -> None:
    lines = [
        "6. The driver who sang",
        "Rally driver Bartek Marsh sings along to the radio through a whole stage of the "
        "Kelderwood Rally while his co-driver tries to read the notes, in a clip on Instagram.",
        "5. The jump",
        "The Borderlands Stages Rally keeps a fixed camera on the jump at Blackcleugh, and its "
        "clip of a Mini landing so hard that both seats come loose is the most-watched video on "
        "the rally's Facebook page.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[-1]]


def test_a_profiles_words_after_a_stream_and_its_audience_are_said_to_the_writer() -> None:
    lines = [
        "Lena Marsh is 29, eats for a living and posts as @littlelena to 800,000 followers.",
        "Her most-watched video, of a 4lb breakfast finished in nine minutes, has 6.1 million "
        "views on TikTok.",
        "In January she went live on TikTok from a curry house in Bradwell, attempting its "
        "chilli tower, and about 18,000 people watched her give up.",
        "'I lost. I don't lose often, but I lost properly,' Lena says, and pushes the toast "
        "rack away.",
    ]
    at, _, threads = read_lines(lines)
    assert at[lines[-1]] not in threads


def test_words_said_at_the_camera_after_a_count_are_still_heard_in_the_clip() -> None:
    lines = [
        "A teenage diver's video of her first medal has been watched 400,000 times on TikTok.",
        "It has about 400,000 views and 52,000 likes.",
        "'Dad, if you can hear me, I got silver,' she says, waving at the camera.",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[-1]]] == at[lines[0]]


def test_a_profiles_last_words_after_a_photograph_are_said_to_the_writer() -> None:
    lines = [
        "Delphine Brennan is 57, a retired midwife, and posts as Chopping Nan on TikTok.",
        "The video that made her name, of her chopping a block in carpet slippers, has been "
        "watched 3.9 million times.",
        "Competition has been harder on her than the camera.",
        "The axe maker Brannagh Forge, which now sponsors her, has posted a short film on its "
        "Instagram of her testing its new racing axe on a frozen log.",
        "Delphine Brennan in her back field at Carrickmoyle. Photograph: Niamh Ruane",
        "'The log doesn't care how old you are. It only cares where you hit it,' she says.",
    ]
    at, _, threads = read_lines(lines)
    assert at[lines[-1]] not in threads


def test_a_quotation_one_hears_in_the_clip_is_heard_in_it() -> None:
    lines = [
        "A video in which an old smith of Sedilotzu is seen making a shepherd's knife from the "
        "bar to the blade has been watched a million times on Instagram.",
        "In the video, Bachisio Cossu (83) is seen beating the iron on the anvil of his smithy.",
        "The blade, with the file he shapes it, and the handle from a horn he makes.",
        "'It is the iron that tells me how it wants to be.",
        "I only listen,' so one hears him saying in Sardinian.",
        "'And after, I sharpen it.'",
    ]
    at, _, threads = read_lines(lines)
    assert threads[at[lines[4]]] == at[lines[0]]
    assert threads[at[lines[5]]] == at[lines[0]]
