"""A real RFC 3161 Time-Stamp Authority on loopback: OpenSSL's `ts -reply`, with a test
CA and a TSA certificate (critical timeStamping EKU) made here, behind a small HTTP
server that answers each POSTed request the way a public TSA does."""

from __future__ import annotations

import subprocess
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# No `certs =` line: OpenSSL 3.0 writes a token's certificate SET unsorted when it
# holds two, which strict DER readers (rfc3161-client) refuse; the signer's own
# certificate (sent because the request asks for it) is enough with the CA as root.
CONFIG = """
[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = {dir}
serial = $dir/serial
signer_cert = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ess_cert_id_alg = sha256
"""

EXTENSIONS = """
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping
"""


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_tsa_files(folder: Path) -> Path:
    """The CA, the TSA's key and certificate, its serial and `ts` config; returns the
    config path. ca.pem is what a verifier trusts."""
    folder.mkdir(parents=True, exist_ok=True)
    _openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
        "ca.pem", "-subj", "/CN=Archiver Test CA", "-days", "2",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=folder,
    )  # fmt: skip
    _openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr",
        "-subj", "/CN=Archiver Test TSA",
        cwd=folder,
    )  # fmt: skip
    (folder / "ext.cnf").write_text(EXTENSIONS, "utf-8")
    _openssl(
        "x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "tsa.pem", "-days", "2", "-extfile", "ext.cnf",
        cwd=folder,
    )  # fmt: skip
    (folder / "serial").write_text("01\n", "utf-8")
    config = folder / "tsa.cnf"
    config.write_text(CONFIG.format(dir=folder), "utf-8")
    return config


class LocalTSA:
    """`with LocalTSA(folder) as tsa:` serves tsa.url until the block ends."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.config = make_tsa_files(folder)
        self.ca = folder / "ca.pem"
        self.requests = 0

    def __enter__(self) -> LocalTSA:
        tsa = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with tempfile.TemporaryDirectory() as work:
                    query, reply = Path(work, "q.tsq"), Path(work, "r.tsr")
                    query.write_bytes(body)
                    _openssl(
                        "ts", "-reply", "-config", str(tsa.config), "-queryfile", str(query),
                        "-out", str(reply),
                        cwd=tsa.folder,
                    )  # fmt: skip
                    answer = reply.read_bytes()
                tsa.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tsr"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
