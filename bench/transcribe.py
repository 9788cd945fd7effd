"""Benchmark: transcription speed as a curve, on English short clips and on hard audio.

    .venv/bin/python bench/transcribe.py [--model base] [--threads 2] [--parts curve,hard,process]

Sets:
  en    10 English clips of 14-26 s built from the espeak-ng fixtures (known text: WER)
  hard  tests/support/hard_audio.py: music under speech, noise, pitch sweeps, music alone,
        long silence, two languages, Mandarin, 3 minutes (the cost per clip is what matters)

Methods, each in its own process with its own copy of the model; the parent hands clips out
two at a time, taking turns, so that other work on a shared machine weighs on all alike:
  plain   WhisperModel.transcribe per file (VAD on, faster-whisper's own fallback), plus a
          task="translate" call for clips not in English: what we store, done the plain way,
          with the same model directory, beam, compute type (int8) and threads
  before  the engine as it was before bounded decoding (git show of archiver/speech/engine.py)
  ours    archiver.speech.engine.SpeechToText.transcribe_many, one clip at a time
  ours2   the same, two clips at once with one thread each (--two-at-once), as the stage
          runs it when it works here with several clips on 2 cores

Parts:
  curve    en: RTF, CPU s per audio s and WER for beam 5, 3, 2, 1 with word timestamps on,
           and beam 5 and 1 with them off, for plain and ours
  hard     hard set, beam 5: cost per clip (worst clip / its length), flags, for before and ours
  process  whole process (start, model load, all clips) on en: `archiver transcribe --all`,
           the same command from --before-rev (a `git archive` of it), and a script running the
           plain loop, same beam, same clips; --rounds rounds taking turns, medians reported
Then each model's encoder is timed on one 30 s window and on a batch of four.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import imageio_ffmpeg
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# the bench serves its clips on loopback, which captures refuse unless allowed
os.environ.setdefault("ARCHIVER_ALLOW_PRIVATE_ADDRESSES", "1")

from tests.support import hard_audio  # noqa: E402
from tests.support.wer import wer  # noqa: E402

FIXTURES = ROOT / "tests" / "data" / "speech"
TEXTS = {  # what tests/data/speech/make_fixtures.sh makes espeak-ng say
    "en_park": "The weather today is sunny and warm. Many people are walking in the park, "
    "and children are playing near the river.",
    "en_factory": "A factory worker wakes up in a small room before a twelve hour night shift. "
    "She makes a cup of tea and checks her phone.",
    "en_city": "In this city we never know which floor we are on. The buildings climb the side "
    "of the mountain, and the roads cross over the roofs.",
}
PLAYLISTS = [  # each clip: fixtures spoken one after another, 0.6 s apart
    ["en_park", "en_factory"],
    ["en_factory", "en_city"],
    ["en_city", "en_park"],
    ["en_park", "en_city"],
    ["en_factory", "en_park"],
    ["en_park", "en_factory", "en_city"],
    ["en_city", "en_factory", "en_park"],
    ["en_factory", "en_city", "en_park"],
    ["en_city", "en_park", "en_factory"],
    ["en_park", "en_city", "en_factory"],
]
CURVE = [(5, True), (3, True), (2, True), (1, True), (5, False), (1, False)]


def make_english(folder: Path) -> dict[str, str]:
    """Write the playlists as AAC .m4a clips (like captured audio); return path -> text."""
    from faster_whisper import decode_audio

    sounds = {name: decode_audio(str(FIXTURES / f"{name}.ogg")) for name in TEXTS}
    gap = np.zeros(int(0.6 * 16000), dtype=np.float32)
    references = {}
    for number, playlist in enumerate(PLAYLISTS, start=1):
        parts = [piece for name in playlist for piece in (sounds[name], gap)]
        samples = (np.concatenate(parts) * 32767).astype("<i2")
        path = folder / f"clip{number:02d}.m4a"
        ffmpeg = [imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y"]
        pcm = ["-f", "s16le", "-ar", "16000", "-ac", "1", "-i", "-"]
        aac = ["-c:a", "aac", "-b:a", "64k", str(path)]
        subprocess.run([*ffmpeg, *pcm, *aac], input=samples.tobytes(), check=True)
        references[str(path)] = " ".join(TEXTS[name] for name in playlist)
    return references


# --- the child: one method, one model, requests read from stdin -------------------------------


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def load_method(method: str, model_name: str, cache_dir: Path, threads: int):
    """Load the model once; return a function (paths, beam, words) -> [(text, flags)]."""
    from archiver.speech.models import resolve_model

    ref = resolve_model(model_name, cache_dir=cache_dir)
    if method in ("ours", "ours2", "before"):
        if method != "before":
            from archiver.speech import engine as module
        else:  # the engine as main had it, read from git
            source = subprocess.run(
                ["git", "show", "f92a7f5:archiver/speech/engine.py"],
                cwd=ROOT, capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            path = cache_dir.parent / "engine_before.py"
            path.write_text(source)
            spec = importlib.util.spec_from_file_location("engine_before", path)
            module = importlib.util.module_from_spec(spec)
            sys.modules["engine_before"] = module  # its dataclasses look themselves up
            spec.loader.exec_module(module)
        if method == "ours2":
            engine = module.SpeechToText(ref, device="cpu", cpu_threads=threads, clips_at_once=2)
        else:  # as the stage makes it: its own choice of clips at once
            engine = module.SpeechToText(ref, device="cpu", cpu_threads=threads)

        def ours(paths: list[str], beam: int, words: bool) -> list[tuple[str, list[str]]]:
            engine.beam_size, engine.word_timestamps = beam, words
            replies = []
            for _, result in engine.transcribe_many(paths):
                if isinstance(result, Exception):
                    raise result
                flags = sorted({flag for t in result for flag in getattr(t, "flags", ())})
                replies.append((result[0].text, flags))
            return replies

        return ours
    return plain_loop(ref.path, threads)


def plain_loop(model_dir: Path, threads: int):
    """faster-whisper used the documented, ordinary way: one WhisperModel, transcribe() per
    file, a translate() call for speech not in English. -> (paths, beam, words) -> replies"""
    from faster_whisper import WhisperModel

    model = WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=threads)

    def plain(paths: list[str], beam: int, words: bool) -> list[tuple[str, list[str]]]:
        replies = []
        for path in paths:
            options = dict(beam_size=beam, word_timestamps=words, vad_filter=True)
            segments, info = model.transcribe(path, **options)
            text = " ".join(segment.text.strip() for segment in segments)
            if model.model.is_multilingual and info.language != "en":
                translate = dict(task="translate", language=info.language, **options)
                list(model.transcribe(path, **translate)[0])
            replies.append((text, []))
        return replies

    return plain


def child(method: str, model_name: str, cache_dir: Path, threads: int) -> None:
    import ctranslate2

    ctranslate2.set_random_seed(1234)  # temperature fallback samples: keep runs comparable
    transcribe = load_method(method, model_name, cache_dir, threads)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        started, cpu = time.perf_counter(), cpu_seconds()
        replies = transcribe(request["paths"], request["beam"], request["words"])
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        texts, flags = [text for text, _ in replies], [flag for _, flag in replies]
        print(json.dumps({"seconds": seconds, "cpu": cpu, "texts": texts, "flags": flags}))
        sys.stdout.flush()


def plain_process(model_dir: Path, threads: int, beam: int, paths) -> None:
    """The whole job the plain way, in one process: load the model from its directory (as a
    user of faster-whisper would: no checksums of ours), transcribe every clip."""
    plain_loop(model_dir, threads)(list(paths), beam, True)


def encoder_child(model_name: str, cache_dir: Path, threads: int) -> None:
    """Time the encoder on one 30 s window and on a batch of four: is batching worth it?"""
    from faster_whisper import WhisperModel

    from archiver.speech.models import resolve_model

    ref = resolve_model(model_name, cache_dir=cache_dir)
    model = WhisperModel(str(ref.path), device="cpu", compute_type="int8", cpu_threads=threads)
    window = np.random.default_rng(0).standard_normal((model.model.n_mels, 3000), "float32")
    timings: dict[int, list[float]] = {}
    for batch in (1, 4, 1, 4, 1, 4):
        started = time.perf_counter()
        model.encode(np.stack([window] * batch))
        timings.setdefault(batch, []).append((time.perf_counter() - started) / batch)
    print(json.dumps({str(batch): min(times) for batch, times in timings.items()}), flush=True)


# --- the parent ---------------------------------------------------------------------------------


def run_turns(methods, model_name, cache_dir, threads, requests, beams=None) -> dict:
    """One child per method; each request goes to every method in turn (with its own beam
    from `beams` when given). -> {(method, key): [replies]}"""
    children = {}
    for method in methods:
        command = [sys.executable, __file__, "--threads", str(threads),
                   "--child", method, model_name, str(cache_dir)]  # fmt: skip
        children[method] = subprocess.Popen(
            command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        json.loads(children[method].stdout.readline())  # one at a time: base joined once
    results: dict = {}
    order = list(methods)
    for key, request in requests:
        for method in order:
            process = children[method]
            if beams:
                request = {**request, "beam": beams[method]}
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
            reply = json.loads(process.stdout.readline())
            results.setdefault((method, key), []).append({**request, **reply})
        order = order[1:] + order[:1]  # nobody always goes first
    for process in children.values():
        process.stdin.close()
        process.wait()
    return results


def curve(model_name, cache_dir, threads, references, durations, methods) -> None:
    paths = list(references)
    pairs = [paths[at : at + 2] for at in range(0, len(paths), 2)]  # two clips per request
    requests = [
        ((beam, words), {"paths": pair, "beam": beam, "words": words})
        for pair in pairs
        for beam, words in CURVE
    ]
    results = run_turns(methods, model_name, cache_dir, threads, requests)
    print(f"\n{model_name}, English set: {len(references)} clips, "
          f"{sum(durations[p] for p in references):.0f} s")  # fmt: skip
    print(f"{'method':7} {'beam':>4} {'words':>5} {'RTF':>6} {'CPU/s':>6} {'WER':>6} "
          f"{'vs plain':>8}")  # fmt: skip
    rows = {}
    for method in methods:
        for beam, words in CURVE:
            replies = results[method, (beam, words)]
            audio = sum(durations[path] for reply in replies for path in reply["paths"])
            errors = [
                wer(references[path], text)
                for reply in replies
                for path, text in zip(reply["paths"], reply["texts"], strict=True)
            ]
            rows[method, beam, words] = row = {
                "seconds": sum(reply["seconds"] for reply in replies),
                "rtf": sum(reply["seconds"] for reply in replies) / audio,
                "cpu": sum(reply["cpu"] for reply in replies) / audio,
                "wer": float(np.mean(errors)),
            }
            versus = rows["plain", beam, words]["seconds"] / row["seconds"]
            print(f"{method:7} {beam:4} {str(words):>5} {row['rtf']:6.3f} {row['cpu']:6.3f} "
                  f"{row['wer']:6.3f} {versus:7.2f}x")  # fmt: skip
    if ("ours", 5, True) not in rows:
        return  # no beam 5 row to hold the others to
    beam5 = rows["ours", 5, True]["wer"]
    within = [
        beam for beam, words in CURVE if words and rows["ours", beam, True]["wer"] <= beam5 + 0.01
    ]
    fastest = min(within, key=lambda beam: rows["ours", beam, True]["rtf"])
    print(f"fastest beam with word timestamps and WER within 0.01 of beam 5: {fastest}")


def hard(model_name, cache_dir, threads, folder: Path, beam: int) -> None:
    from faster_whisper import decode_audio

    paths = hard_audio.make_all(folder)
    durations = {str(path): len(decode_audio(str(path))) / 16000 for path in paths.values()}
    requests = [
        (name, {"paths": [str(path)], "beam": beam, "words": True}) for name, path in paths.items()
    ]
    methods = ["plain", "before", "ours"]
    beams = {"plain": 5, "before": 5, "ours": beam}  # each method at its own default
    results = run_turns(methods, model_name, cache_dir, threads, requests, beams)
    print(f"\n{model_name}, hard set (plain and before: beam 5; ours: beam {beam}): "
          "cost = processing s / clip s")  # fmt: skip
    print(f"{'clip':14} {'length':>6} " + " ".join(f"{m:>7}" for m in methods)
          + "  ours by CPU  flags (ours)")  # fmt: skip
    totals = {method: [0.0, 0.0] for method in methods}
    for name, path in paths.items():
        length = durations[str(path)]
        costs = []
        for method in methods:
            [reply] = results[method, name]
            costs.append(reply["seconds"] / length)
            totals[method][0] += reply["seconds"]
            totals[method][1] = max(totals[method][1], reply["seconds"] / length)
        flags = ",".join(results["ours", name][0]["flags"][0]) or "-"
        # what the time budget counts: CPU seconds per thread a clip runs on (one of two)
        by_cpu = results["ours", name][0]["cpu"] / length
        print(f"{name:14} {length:6.1f} " + " ".join(f"{c:7.2f}" for c in costs)
              + f"  {by_cpu:11.2f}  {flags}")  # fmt: skip
    audio = sum(durations.values())
    print(
        f"{'all (RTF)':14} {audio:6.1f} "
        + " ".join(f"{totals[m][0] / audio:7.2f}" for m in methods)
    )
    print(f"{'worst clip':14} {'':6} " + " ".join(f"{totals[m][1]:7.2f}" for m in methods))


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):  # yt-dlp closes probes early
            pass


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = partial(_Quiet, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def whole_process(model_name, threads, references, durations, folder: Path, args) -> None:
    """Wall and CPU time of whole processes, model load included, taking turns."""
    from archiver.clips.capture import CaptureOptions, Capturer
    from archiver.speech.models import resolve_model
    from archiver.store.catalogue import open_catalogue

    archive = folder / "archive"
    server, base_url = serve(folder)
    with open_catalogue(archive) as catalogue, Capturer(catalogue, CaptureOptions()) as capturer:
        for path in references:
            outcomes = capturer.capture(f"{base_url}/{Path(path).name}")
            assert [o.status for o in outcomes] == ["ok"], outcomes
        ref = resolve_model(model_name, cache_dir=catalogue.models_dir)  # joined before timing
    server.shutdown()
    before = folder / "before"  # the code at --before-rev, the same command
    before.mkdir()
    tree = subprocess.run(["git", "archive", args.before_rev, "archiver", "yt_dlp_plugins"],
                          cwd=ROOT, capture_output=True, check=True).stdout  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(before)], input=tree, check=True)
    transcribe = ["-m", "archiver.cli", "--archive", str(archive), "transcribe", "--all",
                  "--force", "--model", model_name, "--beam-size", str(args.beam)]  # fmt: skip
    plain = [__file__, "--threads", str(threads), "--plain-process", str(ref.path),
             str(args.beam), *references]  # fmt: skip
    commands = {
        "plain": (plain, ROOT),
        "before": (transcribe, before),
        "archiver": (transcribe, ROOT),
    }
    timings: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    loads = []
    order = list(commands)
    for _ in range(args.rounds):
        for name in order:
            command, code = commands[name]
            env = {**os.environ, "PYTHONPATH": str(code)}
            started, cpu = time.perf_counter(), cpu_seconds(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, *command], cwd=code, env=env, check=True,
                           capture_output=True)  # fmt: skip
            wall = time.perf_counter() - started
            timings[name].append((wall, cpu_seconds(resource.RUSAGE_CHILDREN) - cpu))
            loads.append(float(open("/proc/loadavg").read().split()[0]))
        order = order[1:] + order[:1]  # nobody always goes first
    audio = sum(durations.values())
    print(f"\n{model_name}, whole process on the English set ({audio:.0f} s), beam {args.beam}, "
          f"{args.rounds} rounds taking turns (before: {args.before_rev}); load average "
          f"{min(loads):.1f}-{max(loads):.1f}:")  # fmt: skip
    for name, runs in timings.items():
        wall = float(np.median([run[0] for run in runs]))
        cpu = float(np.median([run[1] for run in runs]))
        each = " ".join(f"{run[0]:.1f}" for run in runs)
        print(f"{name:9} wall {wall:6.1f} s (RTF {wall / audio:.3f})  CPU {cpu:6.1f} s "
              f"(CPU s per audio s {cpu / audio:.3f})  runs: {each}")  # fmt: skip
    for name in ("before", "archiver"):
        ratios = [p[0] / a[0] for p, a in zip(timings["plain"], timings[name], strict=True)]
        cpu_ratios = [p[1] / a[1] for p, a in zip(timings["plain"], timings[name], strict=True)]
        print(f"{name} vs plain: {float(np.median(ratios)):.2f}x faster (median of rounds: "
              f"{' '.join(f'{r:.2f}' for r in ratios)}), "
              f"{float(np.median(cpu_ratios)):.2f}x less CPU")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="base")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--parts", default="curve,hard,process")
    parser.add_argument(
        "--beam", type=int, default=1, help="our beam in the hard and process parts"
    )
    parser.add_argument(
        "--curve", default="5on,3on,2on,1on,5off,1off", help="beam and word times per row"
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the process part")
    parser.add_argument("--before-rev", default="main", help="the code to compare with")
    parser.add_argument(
        "--two-at-once", action="store_true", help="add ours2 (two clips at once) to the curve"
    )
    parser.add_argument("--child", nargs=3, metavar=("METHOD", "MODEL", "CACHE_DIR"))
    parser.add_argument("--plain-process", nargs="+", metavar="ARG")
    parser.add_argument("--encoder", nargs=2, metavar=("MODEL", "CACHE_DIR"))
    args = parser.parse_args()
    if args.child:
        method, model_name, cache_dir = args.child
        return child(method, model_name, Path(cache_dir), args.threads)
    if args.plain_process:
        model_dir, beam, *paths = args.plain_process
        return plain_process(Path(model_dir), args.threads, int(beam), paths)
    if args.encoder:
        return encoder_child(args.encoder[0], Path(args.encoder[1]), args.threads)

    from faster_whisper import decode_audio

    parts = args.parts.split(",")
    with tempfile.TemporaryDirectory(prefix="bench-transcribe-") as tmp:
        folder = Path(tmp)
        os.environ["XDG_CACHE_HOME"] = str(folder / "xdg")  # onnxruntime's telemetry files
        references = make_english(folder)
        durations = {path: len(decode_audio(path)) / 16000 for path in references}
        cache_dir = folder / "models"
        print(f"{args.threads} threads; {time.strftime('%H:%M')} UTC; load "
              f"{open('/proc/loadavg').read().split()[0]}", flush=True)  # fmt: skip
        if "curve" in parts:
            methods = ["plain", "ours", *(["ours2"] if args.two_at_once else [])]
            CURVE[:] = [
                (int(row.rstrip("onf")), row.endswith("on")) for row in args.curve.split(",")
            ]
            curve(args.model, cache_dir, args.threads, references, durations, methods)
        if "hard" in parts:
            hard(args.model, cache_dir, args.threads, folder / "hard", args.beam)
        if "process" in parts:
            whole_process(args.model, args.threads, references, durations, folder, args)
        if "encoder" in parts:
            command = [sys.executable, __file__, "--threads", str(args.threads),
                       "--encoder", args.model, str(cache_dir)]  # fmt: skip
            out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
            encoder = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"\n{args.model} encoder per 30 s window: alone {encoder['1']:.2f} s, "
                  f"in a batch of 4 {encoder['4']:.2f} s")  # fmt: skip


if __name__ == "__main__":
    main()
