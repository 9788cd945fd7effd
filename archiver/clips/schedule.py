"""When to look at a clip again: the re-crawl policy, read from a config file.

Young clips change fast, so they are visited often: hourly on their first day, daily
for a month, weekly after that. A clip an article's claim is linked to, or one whose
views are climbing fast, is visited sooner; errors back off. The policy lives in
ARCHIVE/config.yaml (or --config FILE) under `recrawl:`; every key is optional.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from archiver import clock
from archiver.clock import iso
from archiver.errors import ConfigError
from archiver.text import shorten
from archiver.untrusted import load_yaml

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(value: Any) -> dt.timedelta:
    """'90s', '15m', '1h', '2d', '1w', or a number of seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return dt.timedelta(seconds=float(value))
    match = _DURATION.match(str(value))
    if not match:
        raise ConfigError(f"not a duration: {shorten(value)} (use e.g. 90s, 15m, 1h, 2d, 1w)")
    return dt.timedelta(seconds=float(match.group(1)) * _UNIT_SECONDS[match.group(2)])


@dataclass(frozen=True)
class SchedulePolicy:
    first_day_every: dt.timedelta = dt.timedelta(hours=1)
    first_month_every: dt.timedelta = dt.timedelta(days=1)
    later_every: dt.timedelta = dt.timedelta(weeks=1)
    # a linked clip is evidence for a claim: watch it this much more often
    linked_factor: float = 0.5
    # views growing faster than this share per day: watch it this much more often
    fast_growth_per_day: float = 0.2
    fast_growth_factor: float = 0.5
    error_backoff: tuple[dt.timedelta, ...] = (
        dt.timedelta(hours=1),
        dt.timedelta(hours=6),
        dt.timedelta(days=1),
    )
    # a removal counts only after this many failed checks, at least this far apart
    removal_confirmations: int = 3
    confirmation_spacing: dt.timedelta = dt.timedelta(hours=6)
    # a run's hold on the clips it took; a killed run's clips are free again after it
    lease: dt.timedelta = dt.timedelta(minutes=30)
    # polite pause between requests to one host, in seconds (None: capture's default)
    pause: float | None = None


_DURATION_FIELDS = {
    "first_day_every",
    "first_month_every",
    "later_every",
    "confirmation_spacing",
    "lease",
}


def load_policy(path: Path | None) -> SchedulePolicy:
    """The policy from a config file's `recrawl:` section; defaults where it is silent."""
    if path is None or not Path(path).exists():
        return SchedulePolicy()
    try:
        # no aliases: a received backup carries its config.yaml, and a few nested
        # aliases would expand to gigabytes
        data = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot read the config: {error}") from error
    section = data.get("recrawl") or {} if isinstance(data, dict) else None
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: 'recrawl' must be a mapping of settings")
    known = {field.name for field in fields(SchedulePolicy)}
    unknown = sorted(set(section) - known)
    if unknown:
        names = ", ".join(shorten(key) for key in unknown)
        raise ConfigError(f"{path}: unknown recrawl setting(s): {names}")
    values: dict[str, Any] = {}
    for key, value in section.items():
        try:
            values[key] = _setting(key, value)
        except ConfigError as error:
            raise ConfigError(f"{path}: recrawl.{key}: {error.message}") from None
    return SchedulePolicy(**values)


def _setting(key: str, value: Any) -> Any:
    if key in _DURATION_FIELDS:
        return parse_duration(value)
    if key == "error_backoff":
        return tuple(parse_duration(item) for item in (value or []))
    if key == "removal_confirmations":
        if not isinstance(value, int) or value < 1:
            raise ConfigError("must be 1 or more")
        return value
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        raise ConfigError("must be a number") from None


def interval_for(
    policy: SchedulePolicy,
    now: dt.datetime,
    born_at: str | None,
    linked: bool = False,
    growth_per_day: float | None = None,
    error_streak: int = 0,
) -> dt.timedelta:
    """How long until the next visit of a clip posted (or first seen) at `born_at`."""
    born = clock.parse(born_at) or now
    age = now - born
    if age < dt.timedelta(days=1):
        interval = policy.first_day_every
    elif age < dt.timedelta(days=30):
        interval = policy.first_month_every
    else:
        interval = policy.later_every
    if linked:
        interval *= policy.linked_factor
    if growth_per_day is not None and growth_per_day >= policy.fast_growth_per_day:
        interval *= policy.fast_growth_factor
    if error_streak and policy.error_backoff:
        # a failed check is tried again after the backoff step, whatever the clip's age:
        # soon after one failure, less often while it keeps failing
        return policy.error_backoff[min(error_streak, len(policy.error_backoff)) - 1]
    return interval


def next_crawl_at(policy: SchedulePolicy, now: dt.datetime, born_at: str | None, **kw) -> str:
    return iso(now + interval_for(policy, now, born_at, **kw))
