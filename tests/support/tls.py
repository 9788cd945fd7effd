"""HTTPS on loopback for capture tests: a test root CA, an intermediate and a server
certificate for 127.0.0.1, made here with `cryptography`, and a Site whose server
answers over TLS with that chain, so what a capture records can be compared with what
the server really presented."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.support.site import Site


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: str,
    issuer_key: ec.EllipticCurvePrivateKey,
    ca: bool,
) -> x509.Certificate:
    now = dt.datetime.now(dt.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    if ca:
        usage = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
        builder = builder.add_extension(usage, critical=True)
    else:
        address = x509.IPAddress(ipaddress.ip_address("127.0.0.1"))
        builder = builder.add_extension(x509.SubjectAlternativeName([address]), critical=False)
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
    return builder.sign(issuer_key, hashes.SHA256())


def _pem(certificate: x509.Certificate) -> str:
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


@dataclass
class TestPKI:
    """Files of a root CA, an intermediate it signed, and a 127.0.0.1 server
    certificate the intermediate signed; `chain` is what the server presents."""

    root_pem: Path
    chain_pem: Path  # the server's certificate, then the intermediate
    key_pem: Path
    chain: list[str]  # PEM, in the order presented

    __test__ = False  # not a test class, whatever pytest thinks of the name


def make_pki(folder: Path, name: str = "Archiver Test") -> TestPKI:
    folder.mkdir(parents=True, exist_ok=True)
    root_key, middle_key, leaf_key = (ec.generate_private_key(ec.SECP256R1()) for _ in "abc")
    root = _certificate(f"{name} Root", root_key, f"{name} Root", root_key, ca=True)
    middle = _certificate(f"{name} Intermediate", middle_key, f"{name} Root", root_key, True)
    leaf = _certificate("127.0.0.1", leaf_key, f"{name} Intermediate", middle_key, ca=False)
    chain = [_pem(leaf), _pem(middle)]
    pki = TestPKI(folder / "root.pem", folder / "chain.pem", folder / "key.pem", chain)
    pki.root_pem.write_text(_pem(root), "ascii")
    pki.chain_pem.write_text("".join(chain), "ascii")
    pki.key_pem.write_bytes(
        leaf_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return pki


class HttpsSite(Site):
    """The test Site, answering over TLS with `pki`'s chain."""

    def __init__(self, root: Path, media, pki: TestPKI):  # noqa: ANN001 - a MediaSet
        super().__init__(root, media)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(pki.chain_pem, pki.key_pem)
        server = self._server._httpd
        server.socket = context.wrap_socket(server.socket, server_side=True)

    def url(self, path: str) -> str:
        return super().url(path).replace("http://", "https://", 1)
