"""One clock for the whole archive: UTC, to the second, written as ISO 8601.

Every `*_at` column holds `iso(now())`; comparing them as strings orders them in time.
"""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def utc_now() -> str:
    """The present moment as the catalogue writes it."""
    return iso(now())


def parse(value: str | None) -> dt.datetime | None:
    """A stored moment back as a datetime (UTC when it names no zone); None if unreadable."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
