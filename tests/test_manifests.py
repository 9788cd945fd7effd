"""Seed manifests: loading, resolving, and errors that point at the field."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import jsonschema
import pytest

from archiver.articles.claims import split_claims
from archiver.articles.reading import read_article
from archiver.errors import ClaimNotFound, ManifestError
from archiver.evidence.links import claim_quoting
from archiver.manifests import (
    as_mapping,
    load_manifest,
    load_manifests,
    manifest_from_data,
    parse_time,
    schema,
    validate,
)

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
DATA = Path(__file__).resolve().parent / "data" / "articles"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"no seed articles at {SEEDS}")

TIKTOK = "https://www.tiktok.com/@hughchongqing/video/7363945626723892301"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str) -> list[str]:
    path = write(tmp_path, "demo.yaml", text)
    with pytest.raises(ManifestError) as raised:
        load_manifest(path)
    assert str(raised.value) == "\n".join(raised.value.problems)
    prefix = f"{path}: "
    assert all(p.startswith(str(path)) for p in raised.value.problems)
    return [p.removeprefix(prefix) for p in raised.value.problems]


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_a_manifest_resolves_paths_times_and_links(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "story.txt").write_text("A video shared on TikTok shows it.\n")
    path = write(
        tmp_path,
        "chongqing.yaml",
        f"""\
        name: chongqing
        description: The cyberpunk-city story and the clips it cites.
        articles:
          - path: articles/story.txt
            outlet: Daily Mail
            title: The nightmare lives revealed
            published_at: 2024-05-06
          - url: https://example.org/news/story.html
        clips:
          - {TIKTOK}
        links:
          - claim: "we never know which floor we're on"
            article: articles/story.txt
            clip: {TIKTOK}
            start: 0:03
            end: "0:09.5"
            note: said to camera
          - claim_id: 42
            clip: https://x.com/someone/status/1790000000000000001
            start: 12
        """,
    )
    manifest = load_manifest(path)
    assert manifest.name == "chongqing"
    story, page = manifest.articles
    assert story.path == (tmp_path / "articles" / "story.txt").resolve()
    assert story.url is None and story.source == str(story.path)
    assert (story.outlet, story.title) == ("Daily Mail", "The nightmare lives revealed")
    assert story.published_at == "2024-05-06"  # kept a string, not a YAML date
    assert page.url == "https://example.org/news/story.html" and page.path is None
    first, second = manifest.links
    assert first.claim_quote == "we never know which floor we're on"
    assert first.article is story
    assert (first.start, first.end, first.note) == (3.0, 9.5, "said to camera")
    assert (second.claim_id, second.start, second.end, second.article) == (42, 12.0, None, None)
    assert manifest.clip_urls == [TIKTOK, "https://x.com/someone/status/1790000000000000001"]
    plain = json.loads(json.dumps(as_mapping(manifest)))
    assert plain["links"][0]["article"] == str(story.path)
    assert plain["articles"][1]["url"] == "https://example.org/news/story.html"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"links:\n  - claim: the floor\n    clip: {TIKTOK}\n  - claim: x y z\n    clip: htp://x\n",
            ["links[1].clip: 'htp://x' is not a valid URL (http:// or https:// and a host)"],
        ),
        (
            "articles:\n  - path: a.txt\n    titel: Oops\n",
            ["articles[0].titel: unknown field (did you mean 'title'?)"],
        ),
        (
            "articles:\n  - outlet: Nobody\n",
            ["articles[0]: needs exactly one of 'path' or 'url'"],
        ),
        (
            "articles:\n  - path: a.txt\n    url: https://example.org/a\n",
            ["articles[0]: needs exactly one of 'path' or 'url'"],
        ),
        (
            "articles:\n  - a.txt\n",
            ["articles[0]: expected a mapping, got a string"],
        ),
        (
            f"clips: {TIKTOK}\n",
            ["clips: expected a list, got a string"],
        ),
        (
            "clips:\n  - not a url\n  - https://exa mple.org/x\n",
            [
                "clips[0]: 'not a url' is not a valid URL (http:// or https:// and a host)",
                "clips[1]: 'https://exa mple.org/x' is not a valid URL (http:// or https:// and "
                "a host)",
            ],
        ),
        (
            "links:\n  - claim: the floor\n",
            [
                "links[0].clip: is required",
            ],
        ),
        (
            f"links:\n  - clip: {TIKTOK}\n",
            ["links[0]: needs exactly one of 'claim' (words quoted from the claim) or 'claim_id'"],
        ),
        (
            f"links:\n  - claim: the floor\n    clip: {TIKTOK}\n    start: '1:5'\n",
            ["links[0].start: '1:5' is not a time in the clip (seconds, or M:SS, or H:MM:SS)"],
        ),
        (
            f"links:\n  - claim_id: 0\n    clip: {TIKTOK}\n",
            ["links[0].claim_id: 0 is less than 1"],
        ),
        (
            "articles:\n  - url: https://example.org/a\n    published_at: 6 May 2024\n",
            [
                "articles[0].published_at: '6 May 2024' is not an ISO date (YYYY-MM-DD, optionally "
                "with a time)"
            ],
        ),
        (
            f"clip:\n  - {TIKTOK}\n",
            ["clip: unknown field (did you mean 'clips'?)"],
        ),
        # What the schema cannot say, checked once the shape is right:
        (
            "articles:\n  - url: https://example.org/a\n    published_at: 2024-02-30\n",
            ["articles[0].published_at: '2024-02-30' is not a real date"],
        ),
        (
            "articles:\n  - path: missing.txt\n",
            ["articles[0].path: file not found: {folder}/missing.txt"],
        ),
        (
            f"clips:\n  - {TIKTOK}\n  - {TIKTOK}\n",
            [f"clips[1]: '{TIKTOK}' is a duplicate of clips[0]"],
        ),
        (
            f"links:\n  - claim: the floor\n    clip: {TIKTOK}\n    start: 0:09\n    end: 0:03\n",
            ["links[0].end: '0:03' is not after start '0:09'"],
        ),
        (
            f"links:\n  - claim: the floor\n    clip: {TIKTOK}\n    article: other.txt\n",
            ["links[0].article: 'other.txt' is not an article of this manifest"],
        ),
        ("name: nothing here\n", ["(top level): nothing to do: give articles, clips or links"]),
        ("", ["empty manifest"]),
        ("- a\n- b\n", ["expected a mapping with articles, clips and links, got a list"]),
    ],
)
def test_broken_manifests_point_at_the_field(
    tmp_path: Path, text: str, expected: list[str]
) -> None:
    folder = str(tmp_path.resolve())
    assert problems(tmp_path, text) == [e.replace("{folder}", folder) for e in expected]


def test_yaml_syntax_errors_give_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "demo.yaml", "articles:\n  - path: [unclosed\n")
    with pytest.raises(ManifestError, match=r"demo\.yaml:3:1: not valid YAML"):
        load_manifest(path)


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    text = f"clips:\n  - {TIKTOK}\nclips:\n  - https://example.org/v/1\n"
    path = write(tmp_path, "demo.yaml", text)
    with pytest.raises(ManifestError, match="duplicate key 'clips'"):
        load_manifest(path)


def test_non_utf8_and_missing_manifests(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: caf\u00e9\nclips: []\n".encode("latin-1"))
    with pytest.raises(ManifestError, match="not UTF-8"):
        load_manifest(path)
    with pytest.raises(ManifestError, match="cannot read"):
        load_manifest(tmp_path / "nowhere.yaml")


def test_a_folder_of_manifests_reports_every_broken_file(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", f"clips:\n  - {TIKTOK}\n")
    write(tmp_path, "b.yaml", "clips:\n  - htp://x\n")
    write(tmp_path, "c.yml", "links: []\nextra: 1\n")
    write(tmp_path, "notes.txt", "not a manifest")
    with pytest.raises(ManifestError) as raised:
        load_manifests(tmp_path)
    assert [p.split(": ", 1)[0] for p in raised.value.problems] == [
        str(tmp_path / "b.yaml"),
        str(tmp_path / "c.yml"),
    ]
    (tmp_path / "b.yaml").unlink()
    (tmp_path / "c.yml").unlink()
    assert [m.clips for m in load_manifests(tmp_path)] == [[TIKTOK]]


def test_validate_and_parse_time_directly() -> None:
    assert validate({"clips": [TIKTOK]}) == []
    assert validate({"clips": [1]}) == ["clips[0]: expected a string, got a number"]
    assert parse_time(90) == 90.0
    assert parse_time("1:30") == 90.0
    assert parse_time("01:02:03.5") == 3723.5
    assert parse_time("12.5s") == 12.5
    manifest = manifest_from_data({"clips": [TIKTOK]}, "inline.yaml", check_files=False)
    assert manifest.clip_urls == [TIKTOK]


def match_claim(quote: str, claims: list) -> object:
    """The claim a manual link's words name, as the link stage finds it."""
    found = claim_quoting(quote, [(claim.position, claim.text) for claim in claims])
    return claims[found]


def test_a_link_names_its_claim_whatever_the_quote_style_case_and_spacing() -> None:
    article = read_article("x.html", (DATA / "embed_article.html").read_bytes())
    claims = split_claims(article)
    claim = match_claim('"we just kept walking,  there was NOTHING else to do,"', claims)
    assert claim.text.startswith("“We just kept walking")
    with pytest.raises(ClaimNotFound, match="no claim"):
        match_claim("words that appear nowhere", claims)
    with pytest.raises(ClaimNotFound, match="2 claims"):
        match_claim("tiktok", claims)


@needs_seeds
def test_a_manifest_of_the_seed_articles(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "seeds.yaml",
        f"""\
        articles:
          - path: {SEEDS / "000_64ccccdd8bb06583.txt"}
            outlet: Daily Mail
          - path: {SEEDS / "001_9a33013a03dab2f5.txt"}
        links:
          - claim: "we never know which floor we're on"
            article: {SEEDS / "001_9a33013a03dab2f5.txt"}
            clip: {TIKTOK}
        """,
    )
    # the seed articles live elsewhere: reading them is the user's explicit choice
    manifest = load_manifest(path, allow_outside=True)
    link = manifest.links[0]
    ref = link.article
    claims = split_claims(read_article(ref.source, ref.path.read_bytes()))
    claim = match_claim(link.claim_quote, claims)
    assert "said TikToker Hugh Chongqing" in claim.text
    # The Daily Mail copy has typographic quotes; the match does not care.
    daily_mail = manifest.articles[0]
    claims = split_claims(read_article(daily_mail.source, daily_mail.path.read_bytes()))
    assert "we never know which floor we’re on" in match_claim(link.claim_quote, claims).text
