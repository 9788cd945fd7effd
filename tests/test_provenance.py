"""Provenance recorded at capture time: each answer's status, response headers and the
TLS chain the server presented, from real yt-dlp against loopback servers, over HTTPS
with a test CA made here and over plain HTTP."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import certifi
import pytest

from archiver.clips.capture import CaptureOptions, Capturer
from archiver.clips.provenance import MAX_HEADERS, MAX_VALUE_CHARS, REDACTED
from archiver.clips.task import capture_task
from archiver.store.catalogue import open_catalogue
from tests.support.site import Site
from tests.support.tls import HttpsSite, make_pki


def capture(archive_dir: Path, *urls: str, **options) -> list:
    with (
        open_catalogue(archive_dir) as catalogue,
        Capturer(catalogue, CaptureOptions(**options)) as capturer,
    ):
        return [outcome for url in urls for outcome in capturer.capture(url)]


def exchanges(archive_dir: Path) -> list[dict]:
    with open_catalogue(archive_dir) as catalogue:
        rows = catalogue.db.query("SELECT * FROM capture_exchanges ORDER BY capture_id, position")
        return [{**row, "headers": json.loads(row["headers"])} for row in rows]


@pytest.fixture
def pki(tmp_path):
    return make_pki(tmp_path / "pki")


@pytest.fixture
def trusted(pki, monkeypatch):
    """yt-dlp trusts certifi's bundle: point it at the test root, as a machine whose
    trust store holds that CA would be."""
    monkeypatch.setattr(certifi, "where", lambda: str(pki.root_pem))
    return pki


@pytest.fixture
def https_site(tmp_path, media, trusted):
    with HttpsSite(tmp_path / "tls-site", media, trusted) as running:
        yield running


def test_an_https_capture_records_the_chain_the_server_presented(https_site, pki, archive_dir):
    url = https_site.jsonld_page("one.html", "one.mp4", https_site.media.clip)
    [outcome] = capture(archive_dir, url)
    assert outcome.status == "ok", outcome.message
    found = exchanges(archive_dir)
    assert {row["phase"] for row in found} == {"page", "media"}
    page = found[0]
    assert (page["phase"], page["url"], page["status"]) == ("page", url, 200)
    assert page["tls_version"].startswith("TLSv1.")
    # exactly what the server was configured to present, leaf first, byte for byte
    assert page["tls_chain_pem"] == "".join(pki.chain)
    assert page["tls_note"] is None
    names = [name.lower() for name, _ in page["headers"]]
    assert "content-type" in names and "server" in names
    media = [row for row in found if row["phase"] == "media"]
    # the download of the clip and of its thumbnail (the extractor probed the .mp4 too)
    assert {row["url"].rsplit("/", 1)[1] for row in media} == {"one.mp4", "one.jpg"}
    assert all(row["status"] in (200, 206) for row in media)
    assert all(row["tls_chain_pem"] == "".join(pki.chain) for row in media)
    with open_catalogue(archive_dir) as catalogue:
        [row] = catalogue.db.query("SELECT exchanges_dropped FROM captures")
    assert row["exchanges_dropped"] == 0


def test_a_plain_http_capture_records_headers_and_no_chain(site, archive_dir):
    url = site.jsonld_page("one.html", "one.mp4", site.media.clip)
    [outcome] = capture(archive_dir, url)
    assert outcome.status == "ok"
    found = exchanges(archive_dir)
    assert found and all(row["tls_chain_pem"] is None for row in found)
    assert all(row["tls_note"] == "plain http: no TLS" for row in found)
    assert all(row["tls_version"] is None for row in found)
    assert found[0]["status"] == 200 and found[0]["headers"]


def test_an_untrusted_certificate_is_refused_clearly_and_not_retried(
    tmp_path, media, archive_dir, trusted
):
    stranger = make_pki(tmp_path / "other-pki", name="Stranger")
    with HttpsSite(tmp_path / "stranger-site", media, stranger) as other:
        url = other.jsonld_page("one.html", "one.mp4", media.clip)
        [outcome] = capture(archive_dir, url, retries=3, backoff=30.0)
        page_requests = [path for path in other.requests if path == "/one.html"]
    assert outcome.status == "tls_rejected"
    assert "certificate" in outcome.message.lower()
    assert page_requests == []  # no HTTP request ever went over the untrusted connection
    assert exchanges(archive_dir) == []


class HostileHeaderSite(Site):
    """Answers `page` with whatever headers a hostile server might send."""

    hostile: dict[str, dict[str, str]]

    def _hook(self, path: str):
        headers = getattr(self, "hostile", {}).get(path.split("?")[0])
        if headers is None:
            return super()._hook(path)
        body = (self.root / path.lstrip("/").split("?")[0]).read_bytes()
        return 200, {"Content-Type": "text/html; charset=utf-8", **headers}, body


def test_hostile_headers_are_capped_and_secrets_redacted(tmp_path, media, archive_dir):
    with HostileHeaderSite(tmp_path / "hostile", media) as hostile:
        url = hostile.jsonld_page("one.html", "one.mp4", media.clip)
        flood = {f"X-Flood-{n}": "x" for n in range(90)}  # http.client reads up to 100
        hostile.hostile = {
            "/one.html": {
                "Set-Cookie": "session=s3cret; HttpOnly",
                "Authorization": "Bearer s3cret-token",
                "X-Huge": "A" * 60_000,  # just under http.client's 64 KiB line limit
                "X-Odd": "caf\u00e9 <script>alert(1)</script>",
                **flood,
            }
        }
        [outcome] = capture(archive_dir, url)
    assert outcome.status == "ok", outcome.message
    page = exchanges(archive_dir)[0]
    headers = dict(page["headers"])
    assert headers["Set-Cookie"] == REDACTED and headers["Authorization"] == REDACTED
    assert "s3cret" not in json.dumps(page)
    assert len(headers["X-Huge"]) < MAX_VALUE_CHARS + 40 and "more]" in headers["X-Huge"]
    assert "<script>" in headers["X-Odd"]  # kept as data; pages escape it
    assert len(page["headers"]) == MAX_HEADERS
    sent = 4 + 90 + 4  # ours, the flood, and the server's own (Server, Date, ...)
    assert page["headers_cut"] >= sent - MAX_HEADERS - 4


def test_a_failed_capture_keeps_what_the_server_answered(site, archive_dir):
    url = site.jsonld_page("gone.html", "gone.mp4", site.media.clip)
    site.fail("gone.html", 404, headers={"X-Reason": "taken down"})
    [outcome] = capture(archive_dir, url)
    assert outcome.status == "not_found"
    [row] = exchanges(archive_dir)
    assert (row["status"], row["phase"]) == (404, "page")
    assert ["X-Reason", "taken down"] in row["headers"]


def test_the_provenance_travels_in_a_cluster_task_result(https_site, pki):
    """capture_task is what a Dask worker runs: its result crosses the wire pickled,
    and the writer writes the exchanges it carries."""
    url = https_site.jsonld_page("one.html", "one.mp4", https_site.media.clip)
    result = pickle.loads(pickle.dumps(capture_task(url, CaptureOptions(), frozenset())))
    [record] = result.items
    assert record.exchanges and record.exchanges[0].tls_chain_pem == pki.chain
    assert {exchange.phase for exchange in record.exchanges} == {"page", "media"}


def test_a_server_sending_over_a_hundred_headers_is_a_recorded_failure(
    tmp_path, media, archive_dir
):
    with HostileHeaderSite(tmp_path / "hostile", media) as hostile:
        url = hostile.jsonld_page("one.html", "one.mp4", media.clip)
        hostile.hostile = {"/one.html": {f"X-Flood-{n}": "x" for n in range(120)}}
        [outcome] = capture(archive_dir, url, retries=0)
    assert outcome.status == "network" and "got more than 100 headers" in outcome.message
    with open_catalogue(archive_dir) as catalogue:
        [row] = catalogue.db.query("SELECT status, error_message FROM captures")
    assert row["status"] == outcome.status


def test_a_listing_before_a_capture_is_not_counted_as_its_answers(site, archive_dir):
    """Discovery lists pages through the same YoutubeDL: what those fetches answered
    belongs to no capture, and must not be recorded as the next one's."""
    listed = site.jsonld_page("listed.html", "listed.mp4", site.media.other_clip)
    url = site.jsonld_page("one.html", "one.mp4", site.media.clip)
    with (
        open_catalogue(archive_dir) as catalogue,
        Capturer(catalogue, CaptureOptions()) as capturer,
    ):
        capturer.list_flat(listed)
        [outcome] = capturer.capture(url)
    assert outcome.status == "ok"
    found = exchanges(archive_dir)
    assert found and not [row["url"] for row in found if "listed" in row["url"]]


def test_all_of_an_answers_headers_together_stay_within_the_cap():
    from archiver.clips.provenance import MAX_HEADER_CHARS, safe_headers

    sent = {f"X-Long-{n:02d}": "v" * 1500 for n in range(40)}
    kept, cut = safe_headers(sent)
    assert sum(len(name) + len(value) for name, value in kept) <= MAX_HEADER_CHARS
    assert kept[0] == ("X-Long-00", "v" * 1500)  # whole while there is room, in order
    assert len(kept) + cut >= len(sent) and cut >= len(sent) - len(kept)
    assert len(kept) < len(sent)
