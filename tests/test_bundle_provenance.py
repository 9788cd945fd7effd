"""A bundle's provenance and the trust behind its timestamp: the HTTP answers and TLS
chain recorded at capture time, written into the bag and shown in index.html; and
`archiver verify BUNDLE --tsa-root FILE`, which trusts a root the reader obtained
themselves rather than the one the bag carries (two test TSAs, two test CAs)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import certifi
import pytest

from archiver.bundles.timestamp import TAG_MANIFEST, Authority, request_stamp, summary_script
from tests import test_bundle
from tests.support.tls import HttpsSite, make_pki
from tests.support.tsa import LocalTSA
from tests.test_bundle import make_bundle, name_tsa, run_cli, verify

linked = test_bundle.linked  # the fixture: an article linked to two captured clips


def verify_with_root(bundle: Path, root: Path) -> tuple[int, dict]:
    result = run_cli(
        bundle.parent / "no-archive-here", "verify", "--json", "--tsa-root", str(root), str(bundle)
    )
    return result.exit_code, json.loads(result.stdout)


def checks(report: dict) -> dict[str, dict]:
    return {check["name"]: check for check in report["checks"]}


@pytest.fixture
def tsa(tmp_path):
    with LocalTSA(tmp_path / "tsa") as running:
        yield running


@pytest.fixture
def other_tsa(tmp_path):
    """A second TSA under a CA of its own: a token it signs is not the first TSA's."""
    with LocalTSA(tmp_path / "other-tsa") as running:
        yield running


def test_an_https_capture_bundles_its_provenance(tmp_path, media, archive_dir, monkeypatch):
    pki = make_pki(tmp_path / "pki")
    monkeypatch.setattr(certifi, "where", lambda: str(pki.root_pem))
    with HttpsSite(tmp_path / "tls-site", media, pki) as site:
        url = site.jsonld_page("one.html", "one.mp4", media.clip)
        result = run_cli(archive_dir, "capture", url)
        assert result.exit_code == 0, result.output
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, url)
    folder = dest / "data" / "clips" / "1"
    record = json.loads((folder / "clip.json").read_text("utf-8"))
    [capture] = record["captures"]
    provenance = json.loads((folder / capture["provenance"]).read_text("utf-8"))
    assert provenance["requested_url"] == url and provenance["webpage_url"] == url
    assert provenance["ytdlp_version"] and provenance["archiver_version"]
    assert provenance["exchanges_recorded"] and provenance["exchanges_not_kept"] == 0
    page = provenance["exchanges"][0]
    assert (page["phase"], page["status"], page["url"]) == ("page", 200, url)
    leaf, middle = page["tls_chain"]
    assert (leaf["subject"], leaf["issuer"]) == ("CN=127.0.0.1", "CN=Archiver Test Intermediate")
    assert middle["issuer"] == "CN=Archiver Test Root"
    assert [leaf["pem"], middle["pem"]] == pki.chain
    assert {e["phase"] for e in provenance["exchanges"]} == {"page", "media"}
    index = (dest / "data" / "index.html").read_text("utf-8")
    assert "What the servers answered" in index and "CN=127.0.0.1" in index
    assert index.count('class="exchange"') == len(provenance["exchanges"])
    code, report = verify(dest)
    assert code == 0, report


def test_a_capture_from_before_m014_says_its_answers_were_not_recorded(
    linked, archive_dir, tmp_path
):
    import sqlite3

    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        conn.execute("DELETE FROM capture_exchanges")
        conn.execute("UPDATE captures SET exchanges_dropped = NULL")
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    folder = dest / "data" / "clips" / "1"
    record = json.loads((folder / "clip.json").read_text("utf-8"))
    provenance = json.loads((folder / record["captures"][0]["provenance"]).read_text("utf-8"))
    assert provenance["exchanges_recorded"] is False and provenance["exchanges"] == []
    assert "before HTTP answers were recorded" in (dest / "data" / "index.html").read_text()


def test_verify_trusts_the_root_the_reader_supplies(linked, archive_dir, tmp_path, tsa, other_tsa):
    name_tsa(archive_dir, tsa)
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    code, report = verify(dest)
    assert code == 0
    assert "the root carried in the bundle" in checks(report)["timestamp 1.tsr"]["detail"]
    code, report = verify_with_root(dest, tsa.ca)
    assert code == 0, report
    detail = checks(report)["timestamp 1.tsr"]["detail"]
    assert f"the root you supplied, {tsa.ca}" in detail
    # the other TSA's root does not vouch for this token
    code, report = verify_with_root(dest, other_tsa.ca)
    assert code == 1
    failed = checks(report)["timestamp 1.tsr"]
    assert not failed["ok"] and f"the root you supplied, {other_tsa.ca}" in failed["detail"]


def test_a_token_swapped_for_another_tsas_passes_alone_but_not_against_the_real_root(
    linked, archive_dir, tmp_path, tsa, other_tsa
):
    """Someone replaces the bag's token and the root beside it with their own TSA's:
    the bag is then consistent with itself, which is why a reader checks against a root
    they got from the TSA."""
    name_tsa(archive_dir, tsa)
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    message = (dest / TAG_MANIFEST).read_bytes()
    forged = request_stamp(Authority(other_tsa.url, other_tsa.ca.read_bytes()), message)
    (dest / "timestamps" / "1.tsr").write_bytes(forged.token)
    (dest / "timestamps" / "1.roots.pem").write_bytes(other_tsa.ca.read_bytes())
    (dest / "timestamps" / "timestamps.js").write_text(summary_script(dest), "utf-8")
    code, report = verify(dest)
    assert code == 0  # consistent with itself...
    code, report = verify_with_root(dest, tsa.ca)
    assert code == 1  # ...but not signed under the root the reader trusts
    assert not checks(report)["timestamp 1.tsr"]["ok"]


def test_the_page_summary_of_the_timestamp_is_checked(linked, archive_dir, tmp_path, tsa):
    name_tsa(archive_dir, tsa)
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    script = dest / "timestamps" / "timestamps.js"
    stamps = json.loads(script.read_text("utf-8").split("=", 1)[1].rstrip(";\n"))
    [stamp] = stamps
    assert stamp["tsa_url"] == tsa.url and stamp["covers"] == TAG_MANIFEST
    assert stamp["certificates"] == ["CN=Archiver Test TSA"]
    manifest = (dest / TAG_MANIFEST).read_bytes()
    assert stamp["digest"] == hashlib.new(stamp["digest_algorithm"], manifest).hexdigest()
    script.write_text(script.read_text("utf-8").replace(stamp["gen_time"], "2001-01-01T00:00:00"))
    code, report = verify(dest)
    assert code == 1
    [failed] = [check for check in report["checks"] if not check["ok"]]
    assert failed["name"] == "timestamps/timestamps.js" and "differs" in failed["detail"]


def test_the_openssl_check_the_page_gives_works(linked, archive_dir, tmp_path, tsa):
    name_tsa(archive_dir, tsa)
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    page = (dest / "data" / "index.html").read_text("utf-8")
    command = "openssl ts -verify -in timestamps/1.tsr -data tagmanifest-sha256.txt"
    assert command in page
    shutil.copyfile(tsa.ca, dest.parent / "TSA-ROOT.pem")
    args = [*command.split(), "-CAfile", str(dest.parent / "TSA-ROOT.pem")]
    done = subprocess.run(args, cwd=dest, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Verification: OK" in done.stdout, done.stderr
    for manifest in (TAG_MANIFEST, "manifest-sha256.txt"):
        assert f"sha256sum -c {manifest}" in page
        sums = subprocess.run(
            ["sha256sum", "-c", "--quiet", manifest],
            cwd=dest,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert sums.returncode == 0, sums.stdout + sums.stderr


@pytest.mark.parametrize(
    "content, expected",
    [
        (None, "cannot read it"),
        (b"not a certificate at all\n", "holds no readable PEM certificate"),
        (b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "no readable PEM"),
        (b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "no readable PEM"),
        (b"x" * 1_100_000, "over 1000000 bytes"),
    ],
    ids=["missing", "garbage", "bad-base64", "a-key", "huge"],
)
def test_a_bad_tsa_root_file_is_refused_clearly(
    linked, archive_dir, tmp_path, tsa, content, expected
):
    name_tsa(archive_dir, tsa)
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    root = tmp_path / "root.pem"
    if content is not None:
        root.write_bytes(content)
    result = run_cli(tmp_path / "nowhere", "verify", "--tsa-root", str(root), str(dest))
    assert (
        result.exit_code == 1
        and result.exception is None
        or isinstance(result.exception, SystemExit)
    )
    assert "--tsa-root" in result.output and expected in result.output, result.output
    assert "Traceback" not in result.output


def test_hostile_provenance_in_the_catalogue_stays_data_in_the_bundle(
    linked, archive_dir, tmp_path
):
    """A catalogue row is input too: a certificate that does not parse and a header
    carrying markup are written as data, never as HTML, and the bundle is still made."""
    import sqlite3

    garbage = "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n"
    with sqlite3.connect(archive_dir / "catalogue.db") as conn:
        conn.execute(
            "UPDATE capture_exchanges SET tls_chain_pem = ?, headers = ? WHERE position = 1",
            [garbage, json.dumps([["X-Evil", "<script>alert(1)</script>"]])],
        )
    dest = tmp_path / "bundle"
    make_bundle(archive_dir, dest, linked["one"])
    folder = dest / "data" / "clips" / "1"
    record = json.loads((folder / "clip.json").read_text("utf-8"))
    provenance = json.loads((folder / record["captures"][0]["provenance"]).read_text("utf-8"))
    [certificate] = provenance["exchanges"][0]["tls_chain"]
    assert "not a PEM certificate chain" in certificate["unreadable"]
    assert certificate["pem"] == garbage
    index = (dest / "data" / "index.html").read_text("utf-8")
    assert "<script>alert(1)" not in index and "&lt;script&gt;alert(1)" in index
    assert verify(dest)[0] == 0
