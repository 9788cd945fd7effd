"""The media store: files named by their sha256 under ARCHIVE/media/, written atomically.

A file is fsynced under a scratch name and renamed into place, so a stored name never
holds a partial file, and the same bytes are stored once whoever brings them.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

_CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    path: str  # relative to the archive directory
    bytes: int


def sha256_of(path: Path, regular_only: bool = False) -> str:
    """The file's sha256; with `regular_only`, only of a regular file (open_regular)."""
    digest = hashlib.sha256()
    with open_regular(path) if regular_only else path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class NotRegularFile(OSError):
    """A path that is a symlink, a FIFO, a device or a folder where a file should be."""


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading only if it is a regular file: never through a
    symlink (O_NOFOLLOW) and never blocking on a FIFO (O_NONBLOCK), whatever was put
    there since it was last looked at."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise NotRegularFile(error.errno, "a symbolic link; not followed", str(path)) from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise NotRegularFile(errno.EINVAL, "not a regular file; not read", str(path))
    return os.fdopen(fd, "rb")


def describe_entry(mode: int) -> str:
    """What a non-regular directory entry is, in words."""
    kinds = [
        (stat.S_ISLNK, "a symbolic link"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    ]
    return next((name for test, name in kinds if test(mode)), "not a regular file")


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

    def relative_path(self, digest: str, ext: str) -> str:
        """Where bytes with this sha256 and extension live, relative to the archive."""
        return f"media/{digest[:2]}/{digest[2:4]}/{digest}{ext.lower()}"

    def put_bytes(self, data: bytes, sha256: str, ext: str) -> StoredFile:
        """Store bytes that arrived from elsewhere (a cluster worker) under the sha256
        they were sent with, after checking they still hash to it: a file damaged on
        the way is refused, never stored under a name that is not its hash."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"a file sent as {sha256} arrived with other contents")
        target = self.archive_root / self.relative_path(sha256, ext)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            # Written under the archive's scratch folder, named for this process, so a
            # killed run leaves nothing in media/ and the next run removes the rest.
            scratch = self.archive_root / "tmp"
            scratch.mkdir(exist_ok=True)
            partial = scratch / f".store-{os.getpid()}-{sha256[:16]}{ext}"
            try:
                partial.write_bytes(data)
                fsync_file(partial)
                os.replace(partial, target)
            finally:
                partial.unlink(missing_ok=True)
            fsync_dir(target.parent)
        return StoredFile(sha256, self.relative_path(sha256, ext), len(data))

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
