"""Benchmark: our transcription engine against a plain faster-whisper loop, on short clips.

    .venv/bin/python bench/transcribe.py [--models tiny.en,base] [--threads 2] [--repeat 1]

Builds 12 clips of 14-26 s (10 English, 2 Mandarin) from the espeak-ng fixtures in
tests/data/speech. Each method runs in its own subprocess with its own copy of the model, so
each reports its own peak resident memory; the parent hands the clips out one at a time,
taking turns between methods, so that other work on the machine weighs on all of them alike.
Methods:

  plain        WhisperModel.transcribe per file, VAD and word timestamps on, plus a second
               call with task="translate" for clips not in English (what we store)
  plain-novad  the same with faster-whisper's default of no VAD
  batched      faster_whisper.BatchedInferencePipeline per file (batch_size=8), same outputs
  ours         archiver.speech.engine.SpeechToText.transcribe_many
  ours-greedy  the same with beam_size=1 (a quality trade-off, shown for reference)

RTF = processing seconds / audio seconds (model loading excluded); "en" columns are over the
10 English clips only (no translation, no fallback sampling: the steadiest comparison). "CPU en"
is CPU seconds used per audio second, steadier than wall time on a busy machine. WER is over
the English clips, whose text is known. Last, each model's encoder is timed on one 30 s window
and on a batch of four, to show what batching windows across clips would buy on this CPU.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import imageio_ffmpeg
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.wer import wer  # noqa: E402

FIXTURES = ROOT / "tests" / "data" / "speech"
TEXTS = {  # what tests/data/speech/make_fixtures.sh makes espeak-ng say
    "en_park": "The weather today is sunny and warm. Many people are walking in the park, "
    "and children are playing near the river.",
    "en_factory": "A factory worker wakes up in a small room before a twelve hour night shift. "
    "She makes a cup of tea and checks her phone.",
    "en_city": "In this city we never know which floor we are on. The buildings climb the side "
    "of the mountain, and the roads cross over the roofs.",
    "zh_weather": None,
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
    ["zh_weather", "zh_weather"],
    ["zh_weather", "zh_weather", "zh_weather"],
]
METHODS = ["plain", "plain-novad", "batched", "ours", "ours-greedy"]


def make_clips(folder: Path) -> dict[str, str | None]:
    """Write the playlists as AAC .m4a clips (like captured audio); return clip -> English text."""
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
        english = all(TEXTS[name] for name in playlist)
        references[str(path)] = " ".join(TEXTS[name] for name in playlist) if english else None
    return references


# --- the child: one method, one model, clips read from stdin ----------------------------------


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load_method(method: str, model_name: str, cache_dir: Path, threads: int):
    """Load the model once; return a function clip path -> transcribed text."""
    from archiver.speech.models import resolve_model

    ref = resolve_model(model_name, cache_dir=cache_dir)
    if method.startswith("ours"):
        from archiver.speech.engine import SpeechToText

        beam_size = 1 if method == "ours-greedy" else 5
        engine = SpeechToText(ref, device="cpu", cpu_threads=threads, beam_size=beam_size)

        def ours(path: str) -> str:
            [(_, result)] = list(engine.transcribe_many([path]))
            if isinstance(result, Exception):
                raise result
            return result[0].text

        return ours

    from faster_whisper import BatchedInferencePipeline, WhisperModel

    model = WhisperModel(str(ref.path), device="cpu", compute_type="int8", cpu_threads=threads)
    if method == "batched":
        pipeline = BatchedInferencePipeline(model)

        def run(path, **options):
            return pipeline.transcribe(path, word_timestamps=True, batch_size=8, **options)
    else:
        vad = method == "plain"

        def run(path, **options):
            return model.transcribe(path, word_timestamps=True, vad_filter=vad, **options)

    def plain(path: str) -> str:
        segments, info = run(path)
        text = " ".join(segment.text.strip() for segment in segments)
        if model.model.is_multilingual and info.language != "en":
            list(run(path, task="translate", language=info.language)[0])
        return text

    return plain


def child(method: str, model_name: str, cache_dir: Path, threads: int) -> None:
    import ctranslate2

    ctranslate2.set_random_seed(1234)  # temperature fallback samples: keep runs comparable
    transcribe = load_method(method, model_name, cache_dir, threads)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        started, cpu = time.perf_counter(), cpu_seconds()
        text = transcribe(line.strip())
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        print(json.dumps({"seconds": seconds, "cpu": cpu, "text": text}), flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peak_rss_mb": peak}), flush=True)


def encoder_child(model_name: str, cache_dir: Path, threads: int) -> None:
    """Time the encoder on one 30 s window and on a batch of four: is batching worth it?"""
    from faster_whisper import WhisperModel

    from archiver.speech.models import resolve_model

    ref = resolve_model(model_name, cache_dir=cache_dir)
    model = WhisperModel(str(ref.path), device="cpu", compute_type="int8", cpu_threads=threads)
    window = np.random.default_rng(0).standard_normal((model.model.n_mels, 3000), "float32")
    timings = {}
    for batch in (1, 4, 1, 4, 1, 4):
        started = time.perf_counter()
        model.encode(np.stack([window] * batch))
        timings.setdefault(batch, []).append((time.perf_counter() - started) / batch)
    print(json.dumps({str(batch): min(times) for batch, times in timings.items()}), flush=True)


# --- the parent ---------------------------------------------------------------------------------


def run_model(model_name, methods, references, cache_dir, threads, repeat) -> dict[str, dict]:
    """Start one child per method, hand out clips in turns, collect per-clip timings."""
    children = {}
    for method in methods:
        command = [sys.executable, __file__, "--threads", str(threads),
                   "--child", method, model_name, str(cache_dir)]  # fmt: skip
        children[method] = subprocess.Popen(
            command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        json.loads(children[method].stdout.readline())  # loaded: one at a time, so the base
        # model is joined into the cache once, not raced by five processes

    results = {method: {"clips": []} for method in methods}
    order = list(methods)
    for _ in range(repeat):
        for path in references:
            for method in order:
                process = children[method]
                process.stdin.write(path + "\n")
                process.stdin.flush()
                reply = json.loads(process.stdout.readline())
                results[method]["clips"].append({"path": path, **reply})
            order = order[1:] + order[:1]  # nobody always goes first
    for method, process in children.items():
        process.stdin.close()
        results[method].update(json.loads(process.stdout.readline()))
        process.wait()

    command = [sys.executable, __file__, "--threads", str(threads),
               "--encoder", model_name, str(cache_dir)]  # fmt: skip
    encoder = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    results["encoder"] = json.loads(encoder.stdout.strip().splitlines()[-1])
    return results


def summarize(method_results: dict, references: dict, durations: dict) -> dict:
    clips = method_results["clips"]
    english = [clip for clip in clips if references[clip["path"]]]
    english_audio = sum(durations[clip["path"]] for clip in english)
    return {
        "audio": sum(durations[clip["path"]] for clip in clips),
        "seconds": sum(clip["seconds"] for clip in clips),
        "seconds_en": sum(clip["seconds"] for clip in english),
        "rtf_en": sum(clip["seconds"] for clip in english) / english_audio,
        "cpu_en": sum(clip["cpu"] for clip in english) / english_audio,
        "wer": statistics.mean(wer(references[clip["path"]], clip["text"]) for clip in english),
        "rss": method_results["peak_rss_mb"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models", default="tiny.en,base")
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--child", nargs=3, metavar=("METHOD", "MODEL", "CACHE_DIR"))
    parser.add_argument("--encoder", nargs=2, metavar=("MODEL", "CACHE_DIR"))
    args = parser.parse_args()
    if args.child:
        method, model_name, cache_dir = args.child
        return child(method, model_name, Path(cache_dir), args.threads)
    if args.encoder:
        return encoder_child(args.encoder[0], Path(args.encoder[1]), args.threads)

    from faster_whisper import decode_audio

    models, methods = args.models.split(","), args.methods.split(",")
    with tempfile.TemporaryDirectory(prefix="bench-transcribe-") as tmp:
        references = make_clips(Path(tmp))
        durations = {path: len(decode_audio(path)) / 16000 for path in references}
        print(f"{len(references)} clips, {sum(durations.values()):.0f} s of audio, "
              f"{args.threads} threads, {args.repeat} round(s)", flush=True)  # fmt: skip
        table = {}
        for model_name in models:
            results = run_model(
                model_name, methods, references, Path(tmp) / "models", args.threads, args.repeat
            )
            for method in methods:
                table[model_name, method] = summarize(results[method], references, durations)
            encoder = results["encoder"]
            table[model_name, "encoder"] = encoder
    print_table(models, methods, table)


def print_table(models: list[str], methods: list[str], table: dict) -> None:
    print()
    print(f"{'model':8} {'method':12} {'audio s':>7} {'proc s':>7} {'RTF':>6} {'RTF en':>6} "
          f"{'CPU en':>6} {'peak RSS':>9} {'WER en':>6} {'vs plain':>8} {'(en)':>6}")  # fmt: skip
    for model_name in models:
        plain = table.get((model_name, "plain"))
        for method in methods:
            row = table[model_name, method]
            speedup = speedup_en = ""
            if plain:
                speedup = f"{plain['seconds'] / row['seconds']:.2f}x"
                speedup_en = f"{plain['seconds_en'] / row['seconds_en']:.2f}x"
            print(f"{model_name:8} {method:12} {row['audio']:7.1f} {row['seconds']:7.1f} "
                  f"{row['seconds'] / row['audio']:6.3f} {row['rtf_en']:6.3f} "
                  f"{row['cpu_en']:6.3f} {row['rss']:6.0f} MB {row['wer']:6.3f} "
                  f"{speedup:>8} {speedup_en:>6}")  # fmt: skip
    print()
    for model_name in models:
        encoder = table[model_name, "encoder"]
        print(f"{model_name:8} encoder per 30 s window: alone {encoder['1']:.2f} s, "
              f"in a batch of 4 {encoder['4']:.2f} s")  # fmt: skip


if __name__ == "__main__":
    main()
