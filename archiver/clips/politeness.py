"""How many captures of one platform may be in flight at once across a cluster.

    capture:
      at_once:
        tiktok: 2     # at most 2 TikTok captures at a time, however many workers
        default: 8    # each other platform (or site) on its own

Each worker keeps its own pause between requests to a host (a worker is one IP), so
more workers ask a platform more often. This cap is the platform-wide limit on top:
the writer, the one process that sends the work, holds a platform's next task back
until one of its tasks ends. Without a cluster one capture runs at a time anyway.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Any

from yaml import YAMLError

from archiver.errors import ConfigError
from archiver.platforms import BY_NAME, url_platform
from archiver.tasks import AtOnce
from archiver.untrusted import load_yaml

DEFAULT = "default"


def load_at_once(path: Path | None) -> dict[str, int]:
    """The `capture.at_once` section of a config file: platform name -> cap."""
    if path is None or not Path(path).exists():
        return {}
    try:
        data = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, YAMLError) as error:
        raise ConfigError(f"{path}: cannot read the config: {error}") from error
    section: Any = ((data.get("capture") or {}) if isinstance(data, dict) else {}) or {}
    caps = section.get("at_once") if isinstance(section, dict) else None
    if caps is None:
        return {}
    if not isinstance(caps, dict):
        raise ConfigError(f"{path}: capture.at_once must map platform names to numbers")
    checked = {}
    for name, value in caps.items():
        where = f"{path}: capture.at_once.{name}"
        if name != DEFAULT and name not in BY_NAME:
            known = ", ".join(sorted(BY_NAME))
            raise ConfigError(f"{where}: unknown platform (use one of {known}, or {DEFAULT})")
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigError(f"{where}: give a whole number of captures, 1 or more")
        checked[str(name)] = value
    return checked


def platform_group(url: str) -> str:
    """The platform a URL asks ("tiktok"), or for any other site its host."""
    return url_platform(url) or (urllib.parse.urlsplit(url).hostname or "").lower()


def at_once_for_urls(caps: dict[str, int]) -> AtOnce | None:
    return AtOnce(platform_group, caps) if caps else None


def at_once_for_clips(caps: dict[str, int]) -> AtOnce | None:
    """For re-crawls, whose items are (clip id, URL)."""
    return AtOnce(lambda item: platform_group(item[1]), caps) if caps else None
