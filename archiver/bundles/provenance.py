"""Each capture's provenance as a bundle carries it: when, from which URL as cited, the
canonical URL, the tool and yt-dlp versions, how it reached the platform, and every
HTTP answer recorded at capture time (status, headers, the TLS chain presented).

    capture_provenance(catalogue, capture) -> dict     written as captures/N.provenance.json
    describe_chain(pem) -> [dict]                      each certificate, readable

The certificates are described (subject, issuer, validity, fingerprint) so a reader
need not decode PEM to see who the server said it was; the PEM is kept beside each
description, so anyone can check the description against it. A certificate the
catalogue holds is hostile input like any other: one that cannot be read is said to be
unreadable, and its PEM kept as it was.
"""

from __future__ import annotations

import json
from typing import Any

from archiver.store.catalogue import Catalogue

MAX_CERTIFICATES = 8  # as capture kept them; a hand-edited catalogue may hold more

WHAT_IT_SHOWS = (
    "What the servers answered when this capture was made, as recorded at that moment: "
    "the status and response headers of each fetch (cookies and credentials redacted, "
    "long or numerous headers cut, as each entry counts) and the TLS certificate chain "
    "each server presented. It shows what was received, from whom it said it was, and "
    "when; not that the content is true. exchanges_recorded is false for captures made "
    "before this was recorded."
)


def describe_chain(pem: str | None) -> list[dict[str, Any]]:
    """The certificates in `pem`, leaf first, each described and kept as PEM."""
    if not pem:
        return []
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        certificates = x509.load_pem_x509_certificates(pem.encode("ascii", "replace"))
    except ValueError as error:
        return [{"unreadable": f"not a PEM certificate chain: {error}", "pem": pem[:65_536]}]
    described = []
    for certificate in certificates[:MAX_CERTIFICATES]:
        entry: dict[str, Any] = {}
        try:
            entry["subject"] = certificate.subject.rfc4514_string()
            entry["issuer"] = certificate.issuer.rfc4514_string()
            entry["serial_number"] = format(certificate.serial_number, "x")
            entry["not_before"] = certificate.not_valid_before_utc.isoformat()
            entry["not_after"] = certificate.not_valid_after_utc.isoformat()
        except ValueError as error:  # a name or date that does not decode
            entry["unreadable"] = f"the certificate does not decode: {error}"
        entry["sha256"] = certificate.fingerprint(hashes.SHA256()).hex()
        entry["pem"] = certificate.public_bytes(Encoding.PEM).decode("ascii")
        described.append(entry)
    return described


def _headers(text: str | None) -> list[Any]:
    try:
        headers = json.loads(text or "[]")
    except ValueError:
        return [["(unreadable)", str(text)[:2048]]]
    return headers if isinstance(headers, list) else []


def capture_provenance(catalogue: Catalogue, capture: dict[str, Any]) -> dict[str, Any]:
    """Everything recorded about how one capture was made."""
    exchanges = []
    for row in catalogue.db.query(
        "SELECT * FROM capture_exchanges WHERE capture_id = ? ORDER BY position",
        [capture["capture_id"]],
    ):
        exchange = dict(row)
        exchange.pop("capture_id")
        exchange["headers"] = _headers(exchange["headers"])
        exchange["tls_chain"] = describe_chain(exchange.pop("tls_chain_pem"))
        exchanges.append(exchange)
    keys = (
        "capture_id",
        "captured_at",
        "requested_url",
        "parent_url",
        "webpage_url",
        "status",
        "error_class",
        "error_message",
        "archiver_version",
        "ytdlp_version",
        "impersonation",
        "proxy",
    )
    return {
        "what_it_shows": WHAT_IT_SHOWS,
        **{key: capture.get(key) for key in keys},
        "exchanges_recorded": capture.get("exchanges_dropped") is not None,
        "exchanges_not_kept": capture.get("exchanges_dropped") or 0,
        "exchanges": exchanges,
    }
