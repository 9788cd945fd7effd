"""What went wrong, in our terms: yt-dlp's exceptions -> our errors and their statuses.

yt-dlp raises DownloadError for everything; the cause is in its exc_info chain (an
HTTPError with a status, an UnsupportedError, an ExtractorError whose message is the
platform's own words). Statuses about *us* (403, 429, TikTok's IP block) are kept
apart from statuses about the clip, so a block is never taken for a removal.
"""

from __future__ import annotations

from collections.abc import Iterator

from yt_dlp.networking.exceptions import CertificateVerifyError, HTTPError, TransportError
from yt_dlp.utils import DownloadError, GeoRestrictedError, UnsupportedError

from archiver import errors
from archiver.clips.proxies import without_credentials
from archiver.errors import is_disk_full

# When no HTTP status says it, the platform's words do. The first match wins, so the
# more specific phrases come first ("ip address is blocked" before "not available").
_MESSAGE_CLASSES: list[tuple[tuple[str, ...], type[errors.ArchiverError]]] = [
    (("ip address is blocked", "your ip"), errors.Blocked),
    (
        ("do not have permission", "private video", "this video is private", "private account"),
        errors.Private,
    ),
    (("not available in your country", "geo restrict", "region"), errors.RegionBlocked),
    (("removed", "deleted", "no longer available", "terminated", "copyright"), errors.Removed),
    (("login", "log in", "sign in", "cookies"), errors.LoginRequired),
    (("video not available", "not available"), errors.Unavailable),
    (("timed out", "timeout"), errors.NetworkError),
    (("did not get any data blocks", "downloaded file is empty"), errors.CorruptMedia),
]


def causes(error: BaseException) -> Iterator[BaseException]:
    """The error, then what caused it, following yt-dlp's exc_info and cause links."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        exc_info = getattr(current, "exc_info", None)
        nested = exc_info[1] if exc_info and exc_info[1] is not current else None
        current = nested or getattr(current, "cause", None) or current.__cause__


def classify(error: BaseException) -> errors.ArchiverError:
    """Turn whatever yt-dlp raised into one of our errors, with its status."""
    if isinstance(error, errors.ArchiverError):
        return error
    chain = list(causes(error))
    if any(is_disk_full(cause) for cause in chain):
        return errors.DiskFull(
            f"no space left on the archive's disk: {error}. Everything recorded so far is "
            "kept; free some space and run the same command again."
        )
    message = str(chain[-1] if chain else error)
    for cause in chain:
        if isinstance(cause, DownloadError):
            message = str(cause).removeprefix("ERROR: ")
    message = without_credentials(message) or ""  # a proxy's password, say
    for cause in chain:
        if isinstance(cause, CertificateVerifyError):
            return errors.CertificateRejected(f"{message} (the TLS certificate did not verify)")
        if isinstance(cause, UnsupportedError):
            return errors.UnsupportedSite(message)
        if isinstance(cause, GeoRestrictedError):
            return errors.RegionBlocked(message)
        if isinstance(cause, HTTPError):
            status = cause.status
            if status == 404:
                return errors.NotFound(message)
            if status == 410:
                return errors.Removed(message)
            if status == 403:
                return errors.Blocked(message)
            if status == 429:
                return errors.RateLimited(message)
            if status == 407:  # our proxy, not the platform: says nothing of the clip
                return errors.ProxyRefused(f"{message} (the proxy refused our credentials)")
            if status >= 500:
                return errors.NetworkError(message)
            if 300 <= status < 400:
                # a redirect loop, or more redirects than the client follows: the site
                # never gives an answer, which says nothing about the clip
                why = "" if "redirect" in message.lower() else " (too many redirects)"
                return errors.TooManyRedirects(f"{message}{why}")
    lowered = message.lower()
    for needles, error_class in _MESSAGE_CLASSES:
        if any(needle in lowered for needle in needles):
            return error_class(message)
    if any(isinstance(cause, (TransportError, TimeoutError, ConnectionError)) for cause in chain):
        return errors.NetworkError(message)
    return errors.ArchiverError(message)


def retry_after(error: BaseException) -> float | None:
    for cause in causes(error):
        if isinstance(cause, HTTPError) and cause.response is not None:
            value = cause.response.headers.get("Retry-After", "")
            if value.strip().isdigit():
                return float(value)
    return None
