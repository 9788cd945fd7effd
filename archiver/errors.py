"""The errors users see, each with the status it records, and the outcome of one item.

Every failure that can reach a user is an `ArchiverError`; its `status` is what the
catalogue records for the item (run_items, captures, transcripts). Stages report each
item as an `Outcome`, built from the error by `Outcome.failed`, so a failure is
recorded the same way whichever stage met it.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from typing import Any, TypeVar


class ArchiverError(Exception):
    """Base class: `status` is what the catalogue records for the failed item."""

    status = "error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# -- sources and the archive -------------------------------------------------------------


class NoSuchSource(ArchiverError):
    """A source named on the command line that is neither a file nor a URL."""

    status = "no_such_source"


class CatalogueError(ArchiverError):
    status = "catalogue_error"


class BackupError(CatalogueError):
    status = "backup_error"


class ConfigError(ArchiverError):
    status = "config_error"


class ManifestError(ArchiverError):
    """A manifest that cannot be used; `problems` lists each one with its field."""

    status = "bad_manifest"

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = list(problems)


class DiskFull(ArchiverError):
    """No space left where the archive is: every later item would fail the same way,
    so the job stops after recording it."""

    status = "disk_full"


# -- articles ----------------------------------------------------------------------------


class ArticleError(ArchiverError):
    status = "bad_article"


class EmptyArticle(ArticleError):
    status = "empty_article"


class BinaryArticle(ArticleError):
    status = "binary_file"


class NotUTF8(ArticleError):
    status = "not_utf8"


class NoText(ArticleError):
    """HTML (or text) in which nothing is left once boilerplate is removed."""

    status = "no_text"


class ArticleTooLarge(ArticleError):
    """An article bigger than any page of news (an endless body, say): not read on."""

    status = "too_large"


class FetchDeadline(ArticleError):
    """A fetch still unfinished at its overall deadline (a server trickling bytes)."""

    status = "timed_out"


class BadRedirect(ArticleError):
    """A redirect to something other than an http(s) URL (file:, ftp:, data:)."""

    status = "bad_redirect"


# -- clips: capture and re-crawl ---------------------------------------------------------


class InvalidURL(ArchiverError):
    status = "invalid_url"


class PrivateAddress(ArchiverError):
    """A URL from an article, a manifest or the command line whose host is a private,
    loopback or link-local address: not fetched unless the user allows it."""

    status = "private_address"


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


class ProxyRefused(NetworkError):
    """Our proxy wants other credentials (HTTP 407): asking again changes nothing."""

    retryable = False


class CertificateRejected(NetworkError):
    """The server's TLS certificate did not verify (unknown issuer, expired, another
    host's): nothing was read from it, and asking again gets the same certificate."""

    status = "tls_rejected"
    retryable = False


class RateLimited(NetworkError):
    status = "rate_limited"


class NoAudio(ArchiverError):
    status = "no_audio"


class CorruptMedia(ArchiverError):
    status = "corrupt_media"


class NoVideo(ArchiverError):
    """The clip's media holds no picture (audio only), or we kept none (--audio-only)."""

    status = "no_video"


class Unavailable(ArchiverError):
    """The platform says the clip cannot be shown, without saying why."""

    status = "unavailable"


# -- speech ------------------------------------------------------------------------------


class AudioUnreadable(CorruptMedia):
    """The file cannot be decoded as audio: corrupt, empty, truncated or missing."""


class NoAudioStream(AudioUnreadable, NoAudio):
    """The file is readable media but holds no audio stream (e.g. a silent video)."""

    status = NoAudio.status


class NothingToTranscribe(ArchiverError):
    status = "no_audio"


class ModelNotAvailable(ArchiverError):
    """No usable model: the message names the package to install or says we are offline."""

    status = "model_unavailable"


class ModelChecksumMismatch(ModelNotAvailable):
    """A model file differs from Systran's published sha256: refused, never loaded."""

    status = "model_corrupt"


class DeviceUnavailable(ArchiverError):
    """A device was asked for (--device cuda) that this machine does not have."""

    status = "device_unavailable"


class TranscriptionFailed(ArchiverError):
    """The speech engine failed on a file for a reason of its own."""

    status = "transcription_failed"


# -- evidence ----------------------------------------------------------------------------


class ClaimNotFound(ArchiverError):
    status = "claim_not_found"


class ClipMissing(ArchiverError):
    """A manual link names a clip that was not captured."""

    status = "clip_missing"


class NoSuchEvidence(ArchiverError):
    status = "no_such_evidence"


class ExportError(ArchiverError):
    status = "export_error"


def is_disk_full(error: BaseException) -> bool:
    """ENOSPC from the OS, SQLite's 'disk is full', or yt-dlp's report of either."""
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return True
    text = str(error).lower()
    return "no space left on device" in text or "database or disk is full" in text


# -- outcomes ----------------------------------------------------------------------------

OutcomeT = TypeVar("OutcomeT", bound="Outcome")


@dataclass(kw_only=True)
class Outcome:
    """What became of one item in a stage. Subclasses add what names the item and what
    the stage made of it; a failure carries its error's status, class and message."""

    status: str = "ok"
    error_class: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.error_class is None

    @classmethod
    def failed(cls: type[OutcomeT], error: ArchiverError, **fields: Any) -> OutcomeT:
        return cls(
            status=error.status, error_class=type(error).__name__, message=error.message, **fields
        )
