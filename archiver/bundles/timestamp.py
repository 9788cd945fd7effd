"""Trusted timestamps of a bundle: an RFC 3161 Time-Stamp Authority signs the sha256 of
the bag's tag manifest, which holds the sha256 of every other manifest and so of every
file. The token then shows the bag existed, as it is, no later than the TSA's time.

Only the TSAs named in ARCHIVE/config.yaml are asked, none by default, so nothing leaves
the machine unless the user wrote it there:

    timestamp:
      authorities:
        - url: https://freetsa.example/tsr
          roots: tsa-root.pem      # the TSA's root certificate(s), PEM; relative to ARCHIVE

The tokens and the roots go into the bag under timestamps/ (outside the tag manifest,
which they sign), with timestamps.js: what each token says (time, TSA, what it covers),
read by index.html. The page itself cannot hold the time: it is one of the files the
signed manifest covers, so it is written before the TSA is asked. `verify` checks that
timestamps.js still says what the tokens say. The requests and tokens are built and
read by rfc3161-client; this module only moves bytes over HTTP and writes files.
"""

from __future__ import annotations

import json
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from archiver.errors import ArchiverError, ConfigError

TAG_MANIFEST = "tagmanifest-sha256.txt"
SUMMARY = "timestamps.js"  # under timestamps/; index.html loads it
MAX_TOKEN_BYTES = 1_000_000  # a token is a few KB; refuse a TSA that sends a flood
MAX_ROOTS_BYTES = 1_000_000  # a root certificate file is a few KB
DIGESTS = {  # the message imprint's algorithm, by OID, as sha256sum and friends name it
    "2.16.840.1.101.3.4.2.1": "sha256",
    "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512",
}
TIMEOUT_SECONDS = 30


class TimestampError(ArchiverError):
    status = "timestamp_failed"


@dataclass
class Authority:
    url: str
    roots_pem: bytes


@dataclass
class Stamp:
    url: str
    token: bytes  # the DER TimeStampResp, as the TSA sent it
    gen_time: str
    roots_pem: bytes


def load_authorities(config: Path) -> list[Authority]:
    """The TSAs config.yaml names under timestamp.authorities; [] when it names none."""
    if not config.exists():
        return []
    try:
        data = yaml.safe_load(config.read_text("utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ConfigError(f"{config}: cannot read the config: {error}") from error
    section: Any = data.get("timestamp") if isinstance(data, dict) else None
    if not section:
        return []
    entries = section.get("authorities") if isinstance(section, dict) else None
    if not isinstance(entries, list):
        raise ConfigError(f"{config}: timestamp.authorities must be a list")
    authorities = []
    for number, entry in enumerate(entries, 1):
        where = f"{config}: timestamp.authorities[{number}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            raise ConfigError(f"{where}: needs a url")
        if not entry["url"].startswith(("http://", "https://")):
            raise ConfigError(f"{where}: url must be http:// or https://")
        roots = entry.get("roots")
        if not isinstance(roots, str):
            raise ConfigError(f"{where}: needs roots, the TSA's root certificate file (PEM)")
        path = (config.parent / roots).resolve()
        try:
            pem = path.read_bytes()
        except OSError as error:
            raise ConfigError(f"{where}: cannot read roots {path}: {error}") from error
        if b"-----BEGIN CERTIFICATE-----" not in pem:
            raise ConfigError(f"{where}: {path} holds no PEM certificate")
        authorities.append(Authority(entry["url"], pem))
    return authorities


def request_stamp(authority: Authority, message: bytes) -> Stamp:
    """Ask one TSA to timestamp `message`; check its answer before keeping it."""
    from rfc3161_client import TimestampRequestBuilder, decode_timestamp_response

    request = TimestampRequestBuilder().data(message).nonce(nonce=True)
    request = request.cert_request(cert_request=True).build()
    http = urllib.request.Request(
        authority.url,
        data=request.as_bytes(),
        headers={"Content-Type": "application/timestamp-query"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(http, timeout=TIMEOUT_SECONDS) as answer:  # noqa: S310
            token = answer.read(MAX_TOKEN_BYTES + 1)
    except (OSError, ValueError) as error:
        raise TimestampError(f"{authority.url}: no timestamp: {error}") from error
    if len(token) > MAX_TOKEN_BYTES:
        raise TimestampError(f"{authority.url}: answer over {MAX_TOKEN_BYTES} bytes")
    try:
        response = decode_timestamp_response(token)
    except ValueError as error:
        raise TimestampError(f"{authority.url}: not an RFC 3161 answer: {error}") from error
    if response.status not in (0, 1):  # granted, granted with modifications
        said = "; ".join(response.status_string) or f"status {response.status}"
        raise TimestampError(f"{authority.url}: the TSA refused: {said}")
    problem = check_token(token, message, authority.roots_pem, nonce=request.nonce)
    if problem:
        raise TimestampError(f"{authority.url}: the token does not verify: {problem}")
    return Stamp(authority.url, token, response.tst_info.gen_time.isoformat(), authority.roots_pem)


def check_token(token: bytes, message: bytes, roots_pem: bytes, nonce: int | None = None) -> str:
    """'' when `token` is a granted timestamp of `message` signed under `roots_pem`;
    otherwise what is wrong. Offline: everything needed is in the arguments."""
    from cryptography import x509
    from rfc3161_client import VerificationError, VerifierBuilder, decode_timestamp_response

    try:
        response = decode_timestamp_response(token)
    except ValueError as error:
        return f"unreadable token: {error}"
    try:
        builder = VerifierBuilder()
        for root in x509.load_pem_x509_certificates(roots_pem):
            builder = builder.add_root_certificate(root)
        if nonce is not None:
            builder = builder.nonce(nonce)
        builder.build().verify_message(response, message)
    except (VerificationError, ValueError) as error:
        return str(error) or type(error).__name__
    return ""


def stamp_bag(bag: Path, authorities: list[Authority]) -> list[Stamp]:
    """Timestamp the bag's tag manifest with each TSA; write tokens and roots under
    timestamps/. A TSA that fails is an error: a bundle the user asked to be
    timestamped is not silently left without one."""
    message = (bag / TAG_MANIFEST).read_bytes()
    stamps = [request_stamp(authority, message) for authority in authorities]
    folder = bag / "timestamps"
    folder.mkdir()
    for number, stamp in enumerate(stamps, 1):
        (folder / f"{number}.tsr").write_bytes(stamp.token)
        (folder / f"{number}.roots.pem").write_bytes(stamp.roots_pem)
        (folder / f"{number}.url").write_text(stamp.url + "\n", "utf-8")
    (folder / SUMMARY).write_text(summary_script(bag), "utf-8")
    return stamps


def _fingerprints(pem: bytes) -> list[str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    try:
        return [c.fingerprint(hashes.SHA256()).hex() for c in x509.load_pem_x509_certificates(pem)]
    except ValueError:
        return []


def describe_token(token: bytes) -> dict[str, Any]:
    """What a token says: when, who signed, under which policy, over which digest."""
    from cryptography import x509
    from rfc3161_client import decode_timestamp_response

    try:
        response = decode_timestamp_response(token)
        info = response.tst_info
        imprint = info.message_imprint
        described: dict[str, Any] = {
            "gen_time": info.gen_time.isoformat(),
            "serial_number": format(info.serial_number, "x"),
            "policy": info.policy.dotted_string,
            # what the TSA signed: the tag manifest's digest (rfc3161-client asks sha512)
            "digest_algorithm": DIGESTS.get(imprint.hash_algorithm.dotted_string, "digest"),
            "digest": imprint.message.hex(),
        }
        signers = []
        for der in sorted(response.signed_data.certificates):
            certificate = x509.load_der_x509_certificate(der)
            signers.append(certificate.subject.rfc4514_string())
        described["certificates"] = signers
    except ValueError as error:
        return {"unreadable": f"not a readable RFC 3161 token: {error}"}
    return described


def _read_capped(path: Path, limit: int) -> bytes:
    """At most `limit` bytes of a file from a bag (hostile: it may be huge or gone)."""
    try:
        with open(path, "rb") as source:
            return source.read(limit)
    except OSError:
        return b""


def summary_script(bag: Path) -> str:
    """timestamps.js for the bag's tokens as they are: a script that hands index.html
    what each token says (data only; the page writes it as text, never as HTML)."""
    folder = bag / "timestamps"
    stamps = []
    for token_path in sorted(folder.glob("*.tsr")):
        roots = token_path.with_name(token_path.stem + ".roots.pem")
        url = token_path.with_name(token_path.stem + ".url")
        token = _read_capped(token_path, MAX_TOKEN_BYTES)
        stamps.append(
            {
                "token": f"timestamps/{token_path.name}",
                "tsa_url": url.read_text("utf-8", "replace").strip()[:2048]
                if url.is_file()
                else "",
                "covers": TAG_MANIFEST,
                "roots": f"timestamps/{roots.name}",
                "roots_sha256": _fingerprints(_read_capped(roots, MAX_ROOTS_BYTES)),
                **describe_token(token),
            }
        )
    # "</" escaped: the text can never close a script element, wherever it is read
    text = json.dumps(stamps, indent=1, sort_keys=True).replace("</", "<\\/")
    return f"window.bundleTimestamps = {text};\n"


def read_trusted_roots(path: Path) -> bytes:
    """A TSA root certificate file the user obtained themselves (PEM); ConfigError
    naming what is wrong with it otherwise."""
    from cryptography import x509

    try:
        with open(path, "rb") as source:
            pem = source.read(MAX_ROOTS_BYTES + 1)
    except OSError as error:
        raise ConfigError(
            f"--tsa-root {path}: cannot read it: {error.strerror or error}"
        ) from error
    if len(pem) > MAX_ROOTS_BYTES:
        raise ConfigError(f"--tsa-root {path}: over {MAX_ROOTS_BYTES} bytes; not a certificate")
    try:
        certificates = x509.load_pem_x509_certificates(pem)
    except ValueError as error:
        raise ConfigError(
            f"--tsa-root {path}: holds no readable PEM certificate ({error})"
        ) from error
    if not certificates:
        raise ConfigError(f"--tsa-root {path}: holds no PEM certificate")
    return pem


def check_bag_stamps(bag: Path, trusted_roots: bytes | None = None) -> list[tuple[str, str]]:
    """(name, problem or '') for each token in the bag, checked against the bag's tag
    manifest as it is now, and against `trusted_roots` (PEM the user supplied) or,
    without them, the roots that came with the bag."""
    folder = bag / "timestamps"
    if not folder.is_dir():
        return []
    try:
        message = (bag / TAG_MANIFEST).read_bytes()
    except OSError as error:
        return [("timestamps", f"no tag manifest to check them against: {error}")]
    results = []
    for token_path in sorted(folder.glob("*.tsr")):
        roots = token_path.with_name(token_path.stem + ".roots.pem")
        try:
            trusted = trusted_roots
            if trusted is None:
                trusted = _read_capped(roots, MAX_ROOTS_BYTES)
            problem = check_token(_read_capped(token_path, MAX_TOKEN_BYTES), message, trusted)
            if not trusted:
                problem = f"no root certificate to check it against ({roots.name} is missing)"
        except OSError as error:
            problem = f"cannot read: {error}"
        results.append((f"timestamp {token_path.name}", problem))
    return results


def check_summary(bag: Path) -> tuple[str, str] | None:
    """Whether timestamps.js, which index.html shows, still says what the tokens say;
    None when the bag carries no token."""
    folder = bag / "timestamps"
    if not folder.is_dir() or not any(folder.glob("*.tsr")):
        return None
    name = f"timestamps/{SUMMARY}"
    try:
        written = (folder / SUMMARY).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return name, f"missing or unreadable ({error}): index.html shows no timestamp"
    if written != summary_script(bag):
        return name, "differs from the tokens: index.html may show a time or TSA they do not"
    return name, ""


def roots_fingerprints(pem: bytes) -> str:
    """The sha256 fingerprints of the certificates in `pem`, for a reader to compare
    with the ones the TSA publishes."""
    return ", ".join(_fingerprints(pem)) or "none readable"
