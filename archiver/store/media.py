"""The media store: files named by their sha256 under ARCHIVE/media/, written atomically.

A file is fsynced under a scratch name and renamed into place, so a stored name never
holds a partial file, and the same bytes are stored once whoever brings them.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

_CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    path: str  # relative to the archive directory
    bytes: int


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable, not just the renamed file's bytes."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class MediaStore:
    """Files named by their sha256 under ARCHIVE/media/ab/cd/, written atomically."""

    def __init__(self, archive_root: Path):
        self.archive_root = archive_root
        self.root = archive_root / "media"

    def put(self, source: Path) -> StoredFile:
        """Move `source` (on the same filesystem) into the store. The file is fsynced
        and renamed into place, so a stored name never holds a partial file."""
        digest = sha256_of(source)
        ext = source.suffix.lower()
        target = self.root / digest[:2] / digest[2:4] / f"{digest}{ext}"
        size = source.stat().st_size
        if target.exists():
            source.unlink()
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            fsync_file(source)
            os.replace(source, target)
            fsync_dir(target.parent)
        return StoredFile(
            sha256=digest, path=target.relative_to(self.archive_root).as_posix(), bytes=size
        )

    def verify(self, relative_path: str, sha256: str) -> bool:
        path = self.archive_root / relative_path
        return path.is_file() and sha256_of(path) == sha256
