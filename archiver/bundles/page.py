"""A bundle's index.html: everything in the bag, readable offline from the file system.

No network asset and no template engine: a page opened years from now, by someone
without this tool, must still show the clip. Every string from a platform or an article
goes through html.escape; every link is a path of ours inside the bag.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}
video,audio{max-width:100%} img.frame{height:90px;margin:2px}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}
.claim{border-left:4px solid #369;padding:.3rem .8rem;margin:.6rem 0;background:#f4f7fb}
.moment{font-weight:bold} .disagrees{color:#a00} .agrees{color:#070}
"""

# Seeks the clip's player to a claim's moment; the page works without it too. And
# shows the trusted timestamps that ../timestamps/timestamps.js describes, as text only.
SCRIPT = """
(function () {
  var stamps = window.bundleTimestamps;
  var box = document.getElementById('timestamps');
  if (!stamps || !stamps.length || !box) return;
  box.textContent = '';
  stamps.forEach(function (s) {
    var list = document.createElement('ul');
    list.className = 'timestamp';
    [["Time (the TSA's clock)", s.gen_time || s.unreadable],
     ['Time-Stamp Authority', s.tsa_url],
     ['Signed by', (s.certificates || []).join('; ')],
     ['Covers', s.covers + ', whose ' + s.digest_algorithm + ' is ' + s.digest],
     ['Token', s.token + ' (serial ' + s.serial_number + ', policy ' + s.policy + ')'],
     ['Root carried in the bundle', s.roots + ', sha256 ' + (s.roots_sha256 || []).join(', ')]
    ].forEach(function (pair) {
      var item = document.createElement('li');
      var label = document.createElement('strong');
      label.textContent = pair[0] + ': ';
      item.appendChild(label);
      item.appendChild(document.createTextNode(String(pair[1])));
      list.appendChild(item);
    });
    box.appendChild(list);
  });
})();
document.querySelectorAll('button.seek').forEach(function (b) {
  b.addEventListener('click', function () {
    var p = document.getElementById(b.dataset.player);
    if (!p) return;
    p.currentTime = parseFloat(b.dataset.start);
    p.play();
  });
});
"""


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    minutes, rest = divmod(float(seconds), 60)
    return f"{int(minutes)}:{rest:04.1f}"


def _table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    if not rows:
        return "<p>None recorded.</p>"
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(row.get(c) or ''))}</td>" for c in columns) + "</tr>"
        for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def _player(record: dict[str, Any], player_id: str) -> str:
    media = [m for m in record["media"] if not m.get("missing")]
    video = next((m for m in media if m["kind"] == "video"), None)
    audio = next((m for m in media if m["kind"] == "audio"), None)
    thumb = next((m for m in media if m["kind"] == "thumbnail"), None)
    poster = f' poster="{escape(thumb["file"])}"' if thumb else ""
    if video:
        source = escape(video["file"])
        return (
            f'<video id="{player_id}" controls preload="metadata" src="{source}"{poster}></video>'
        )
    if audio:
        image = (
            f'<img class="frame" src="{escape(thumb["file"])}" alt="thumbnail">' if thumb else ""
        )
        return (
            f"<p>No video was kept for this clip; its audio:</p>{image}"
            f'<audio id="{player_id}" controls preload="metadata" '
            f'src="{escape(audio["file"])}"></audio>'
        )
    return "<p><strong>No video or audio of this clip is in the bundle.</strong></p>"


def _claims(record: dict[str, Any], player_id: str) -> str:
    if not record["claims"]:
        return "<p>No claim is linked to this clip.</p>"
    parts = []
    for claim in record["claims"]:
        start, end = claim["start_seconds"], claim["end_seconds"]
        seek = (
            f' <button class="seek" data-player="{player_id}" data-start="{float(start)}">'
            f"play from {_clock(start)}</button>"
            if start is not None
            else ""
        )
        checks = "".join(
            f'<li class="{escape(str(c["verdict"]))}">{escape(str(c["kind"]))}: stated '
            f"{escape(str(c['stated']))}, observed {escape(str(c['observed']))}: "
            f"<strong>{escape(str(c['verdict']))}</strong></li>"
            for c in claim["checks"]
        )
        source = claim["article_url"] or claim["article_source"]
        parts.append(
            '<div class="claim">'
            f'<blockquote class="claim-text">{escape(claim["claim"])}</blockquote>'
            f"<p>From {escape(str(claim['article_title'] or 'an article'))} "
            f"({escape(str(claim['outlet'] or ''))}, {escape(str(source))}).</p>"
            f'<p class="moment">Moment: {_clock(start)} to {_clock(end)}{seek}</p>'
            f"<p>Link: {escape(str(claim['method']))}, {escape(str(claim['status']))}</p>"
            f"<ul>{checks or '<li>No checks.</li>'}</ul></div>"
        )
    return "".join(parts)


def _certificates(exchange: dict[str, Any]) -> str:
    chain = exchange.get("tls_chain") or []
    if not chain:
        return escape(str(exchange.get("tls_note") or "none recorded"))
    names = "<br>".join(
        escape(str(c.get("subject") or c.get("unreadable") or "?"))
        + f" <small>(issued by {escape(str(c.get('issuer') or '?'))}; "
        f"sha256 {escape(str(c.get('sha256', ''))[:16])}…)</small>"
        for c in chain
    )
    return f"{escape(str(exchange.get('tls_version') or ''))}<br>{names}"


def _exchanges(capture: dict[str, Any]) -> str:
    """What the servers answered during one capture: status, headers, TLS chain."""
    head = (
        f"<h4>Capture at {escape(str(capture['captured_at']))}: "
        f'<a href="{escape(str(capture["provenance"]))}">provenance JSON</a></h4>'
    )
    if not capture.get("exchanges_recorded"):
        return head + "<p>Made before HTTP answers were recorded (before m014).</p>"
    rows = []
    for exchange in capture["exchanges"]:
        headers = "<br>".join(
            f"{escape(str(name))}: {escape(str(value))}"
            for name, value in (h for h in exchange["headers"] if len(h) == 2)
        )
        cut = f" ({exchange['headers_cut']} cut)" if exchange.get("headers_cut") else ""
        rows.append(
            f'<tr class="exchange"><td>{escape(str(exchange["phase"]))}</td>'
            f"<td>{escape(str(exchange['status']))}</td><td>{escape(str(exchange['url']))}</td>"
            f"<td>{_certificates(exchange)}</td><td><details><summary>"
            f"{len(exchange['headers'])} headers{cut}</summary>{headers}</details></td></tr>"
        )
    dropped = capture.get("exchanges_dropped") or 0
    more = f"<p>{dropped} more answers (over the cap) were counted, not kept.</p>"
    more = more if dropped else ""
    return (
        f"{head}<table><tr><th>phase</th><th>status</th><th>URL</th>"
        f"<th>TLS chain presented</th><th>response headers</th></tr>{''.join(rows)}</table>{more}"
    )


def _clip_section(record: dict[str, Any], number: int) -> str:
    clip = record["clip"]
    player_id = f"player-{number}"
    frames = "".join(
        f'<img class="frame" src="{escape(m["file"])}" alt="frame at {_clock(m["seconds"])}">'
        for m in record["media"]
        if m["kind"] in ("keyframe", "image") and not m.get("missing")
    )
    transcripts = "".join(
        f"<h4>{escape(str(t['source']))} {escape(str(t['task']))} "
        f"({escape(str(t['language'] or '?'))}, {escape(str(t['status']))})</h4><p>"
        + "<br>".join(f"[{_clock(s['start'])}] {escape(str(s['text']))}" for s in t["segments"])
        + f'</p><p><a href="{escape(t["json"])}">JSON</a> '
        + f'<a href="{escape(t["vtt"])}">WebVTT</a></p>'
        for t in record["transcripts"]
    )
    files = _table(record["media"], ["kind", "file", "sha256", "bytes", "mime_type"])
    return (
        f'<section class="clip"><h2>{escape(str(clip["title"] or clip["clip_id"]))}</h2>'
        f"<p>Clip <code>{escape(clip['clip_id'])}</code> "
        f"by {escape(str(clip['uploader'] or '?'))}; "
        f"cited as <code>{escape(clip['original_url'])}</code>; "
        f'now <strong class="availability">{escape(clip["availability"])}</strong>.</p>'
        f"{_player(record, player_id)}<h3>Claims this clip supports</h3>"
        f"{_claims(record, player_id)}"
        f"<h3>Captures (provenance)</h3>"
        + _table(
            record["captures"],
            [
                "captured_at",
                "requested_url",
                "webpage_url",
                "status",
                "archiver_version",
                "ytdlp_version",
                "impersonation",
                "info_json",
            ],
        )
        + "<h3>What the servers answered</h3>"
        + "".join(_exchanges(capture) for capture in record["captures"])
        + "<h3>Observations</h3>"
        + _table(
            record["observations"],
            ["observed_at", "availability", "views", "likes", "comments", "reason_code"],
        )
        + "<h3>Changes</h3>"
        + _table(record["changes"], ["changed_at", "field", "old_value", "new_value"])
        + f"<h3>Transcripts</h3>{transcripts or '<p>None.</p>'}"
        + f"<h3>Frames</h3>{frames or '<p>None.</p>'}<h3>Files</h3>{files}</section>"
    )


# The time cannot be written into this page: the TSA signs the tag manifest, which lists
# the payload manifest, which lists this page, so the page is finished before the TSA is
# asked. timestamps/timestamps.js, written after, hands the page what the tokens say,
# and `archiver verify` checks that it still does.
TIMESTAMP = """<section id="timestamp"><h2>Trusted timestamp</h2>
<div id="timestamps"><p id="no-timestamp">No trusted timestamp is shown: the bundle was
made without one (no Time-Stamp Authority was named in the archive's config.yaml), or
timestamps/timestamps.js beside its manifests is missing.</p></div>
<p><strong>What it covers:</strong> the TSA signed the sha256 of the bag's
<code>tagmanifest-sha256.txt</code>, which holds the sha256 of
<code>manifest-sha256.txt</code> (every file under <code>data/</code>, this page
included) and of the other tag files. So the token shows that the bag existed, exactly
as it is, no later than the TSA's time; it says nothing of when the clip was made or
whether what it shows is true.</p>
<p><strong>How to check it offline</strong>, from the bag's folder, with the TSA's root
certificate obtained from the TSA itself (not from this bundle) as
<code>TSA-ROOT.pem</code>:</p>
<pre>archiver verify . --tsa-root TSA-ROOT.pem
openssl ts -verify -in timestamps/1.tsr -data tagmanifest-sha256.txt -CAfile TSA-ROOT.pem
sha256sum -c tagmanifest-sha256.txt
sha256sum -c manifest-sha256.txt</pre>
</section>"""


def write_index(path: Path, summary: dict[str, Any], records: list[dict[str, Any]]) -> None:
    sections = "".join(_clip_section(record, n) for n, record in enumerate(records, 1))
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>Evidence bundle</title>"
        # nothing from the network, even if a string slipped past escaping
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'self' 'unsafe-inline'\">"
        f"<style>{STYLE}</style></head><body><h1>Evidence bundle</h1>"
        f"<p>Made {escape(summary['made_at'])} by {escape(summary['made_by'])}. "
        "The bag's manifests (one folder up) hold the sha256 of every file here; "
        "<code>archiver verify</code> or any BagIt tool checks them.</p>"
        f"<p>What this shows: what the archive received, and when. It does not show "
        f"that what the platform served is true.</p>{TIMESTAMP}{sections}"
        f'<script type="application/json" id="bundle">{escape(json.dumps(summary))}</script>'
        '<script src="../timestamps/timestamps.js"></script>'
        f"<script>{SCRIPT}</script></body></html>"
    )
    path.write_text(page, "utf-8")
