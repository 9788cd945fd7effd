"""Shared fixtures: a private cache, generated media, and a loopback web server."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# onnxruntime (inside faster-whisper) writes under XDG_CACHE_HOME at import time;
# keep every test run's cache private and disposable. Set before any import.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="archiver-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)
os.environ.pop("ARCHIVER_HOME", None)
# Every test site is served on loopback, which archiver refuses to fetch unless
# allowed (an article must not reach this machine): the tests allow it, as a user of
# the demo would. The tests of the refusal itself remove it.
os.environ["ARCHIVER_ALLOW_PRIVATE_ADDRESSES"] = "1"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.support import media_factory  # noqa: E402
from tests.support.site import Site  # noqa: E402


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> media_factory.MediaSet:
    """Small real media files made once per session with imageio-ffmpeg's ffmpeg."""
    return media_factory.make_media_set(tmp_path_factory.mktemp("media"))


@pytest.fixture
def site(tmp_path: Path, media: media_factory.MediaSet):
    """A loopback web server with clip pages; tests add pages and hooks to it."""
    with Site(tmp_path / "site", media) as running:
        yield running


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    return tmp_path / "archive"
