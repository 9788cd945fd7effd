"""Scratch files and folders named after the process that owns them.

Work in progress (downloads, a model being joined, a backup being copied) lives under
a name holding the owner's pid until it is renamed into place. A process killed with
SIGKILL cannot clean up after itself; the next process removes what it finds whose
owner is gone, so nothing partial stays in the archive.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

_OWNER = re.compile(r"^\.?[\w.-]+?-(\d+)-")


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but someone else's
        return True
    except OverflowError:  # no pid at all ("x-99999999999999999999-y" in a shared /tmp):
        return True  # nothing of ours to remove
    return True


def make_scratch_dir(parent: Path, label: str) -> Path:
    """A new private folder `{label}-{pid}-XXXX` under `parent`."""
    parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{label}-{os.getpid()}-", dir=parent))


def new_system_scratch_dir(label: str) -> Path:
    """A private folder `{label}-{pid}-XXXX` in the system's temporary folder. Workers
    killed mid-task (a cluster's nanny, a time limit) cannot remove theirs, so those
    whose owner has exited are removed first."""
    parent = Path(tempfile.gettempdir())
    remove_stale_scratch(parent, f"{label}-")
    return make_scratch_dir(parent, label)


@contextlib.contextmanager
def system_scratch_dir(label: str) -> Iterator[Path]:
    """new_system_scratch_dir, removed on leaving."""
    folder = new_system_scratch_dir(label)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def scratch_name(label: str) -> str:
    """A name for a single scratch file of this process: `.{label}-{pid}-partial`."""
    return f".{label}-{os.getpid()}-partial"


def stale_scratch(parent: Path, label: str = "") -> list[Path]:
    """Scratch entries in `parent` (named `label...` if given) whose owner has exited.
    Give a label where the folder also holds what others wrote, such as a model cache."""
    if not parent.is_dir():
        return []
    found = []
    for entry in parent.iterdir():
        owner = _OWNER.match(entry.name) if entry.name.startswith(label) else None
        if owner and not process_alive(int(owner.group(1))):
            found.append(entry)
    return sorted(found)


def remove_stale_scratch(parent: Path, label: str = "") -> list[Path]:
    removed = stale_scratch(parent, label)
    for entry in removed:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):  # (another user's, in a shared /tmp)
                entry.unlink(missing_ok=True)
    return removed
