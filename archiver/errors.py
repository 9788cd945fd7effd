"""The errors users see, each with the status it records in the catalogue."""

from __future__ import annotations


class ArchiverError(Exception):
    """Base class: `status` is what the catalogue records for the failed item."""

    status = "error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InvalidURL(ArchiverError):
    status = "invalid_url"


class UnsupportedSite(ArchiverError):
    status = "unsupported"


class NotFound(ArchiverError):
    status = "not_found"


class Private(ArchiverError):
    status = "private"


class LoginRequired(ArchiverError):
    status = "login_required"


class Removed(ArchiverError):
    status = "removed"


class Blocked(ArchiverError):
    """The platform refuses *us* (e.g. TikTok 10204): says nothing about the clip."""

    status = "blocked"


class RegionBlocked(ArchiverError):
    status = "region_blocked"


class NetworkError(ArchiverError):
    status = "network"
    retryable = True  # worth asking again after a pause


class TooManyRedirects(NetworkError):
    """A redirect loop: the site never answers. Asking again gets the same loop."""

    retryable = False


class RateLimited(NetworkError):
    status = "rate_limited"


class NoAudio(ArchiverError):
    status = "no_audio"


class CorruptMedia(ArchiverError):
    status = "corrupt_media"


class Unavailable(ArchiverError):
    """The platform says the clip cannot be shown, without saying why."""

    status = "unavailable"


class DiskFull(ArchiverError):
    """No space left where the archive is: every later item would fail the same way,
    so the job stops after recording it."""

    status = "disk_full"


class CatalogueError(ArchiverError):
    status = "catalogue_error"
