"""Seed manifests (seeds/*.yaml): articles to ingest, clips to capture, explicit links.

    name: chongqing
    articles:
      - path: articles/dailymail-chongqing.txt     # relative to this file's folder
        outlet: Daily Mail
        published_at: 2024-05-06
      - url: https://example.org/story.html
    clips:
      - https://www.tiktok.com/@hughchongqing/video/7363945626723892301
    links:
      - claim: "we never know which floor we're on"   # words from one claim
        clip: https://www.tiktok.com/@hughchongqing/video/7363945626723892301
        start: 0:03
        end: 0:09.5
        note: the creator says it on camera

Validated against schemas/seed.schema.json, then checked for what a schema cannot say
(real dates, end after start, files that exist, duplicates). Every problem is reported
at once, each pointing at its field: "seeds/demo.yaml: links[1].clip: 'htp://x' is not
a valid URL (http:// or https:// and a host)".
"""

from __future__ import annotations

import datetime
import difflib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from archiver.errors import ManifestError
from archiver.text import shorten
from archiver.untrusted import yaml_loader

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "seed.schema.json"


@dataclass
class ArticleRef:
    path: Path | None  # absolute, resolved against the manifest's folder
    url: str | None
    outlet: str | None = None
    title: str | None = None
    published_at: str | None = None
    note: str | None = None
    written_as: str = ""  # the path or URL as the manifest spells it

    @property
    def source(self) -> str:
        return self.url or str(self.path)


@dataclass
class ManualLink:
    clip_url: str
    claim_quote: str | None = None  # words from the claim ...
    claim_id: int | None = None  # ... or a catalogue claim id
    article: ArticleRef | None = None  # where to look for the quoted claim
    start: float | None = None  # seconds into the clip
    end: float | None = None
    note: str | None = None


@dataclass
class Manifest:
    path: Path
    name: str | None = None
    description: str | None = None
    articles: list[ArticleRef] = field(default_factory=list)
    clips: list[str] = field(default_factory=list)
    links: list[ManualLink] = field(default_factory=list)

    @property
    def clip_urls(self) -> list[str]:
        """Every clip to capture: the list, then those only named by a link."""
        return list(dict.fromkeys([*self.clips, *(link.clip_url for link in self.links)]))


# ---------------------------------------------------------------------------------------
# Loading


class _Loader(yaml_loader()):  # type: ignore[misc]
    """Safe YAML that keeps dates as written (the schema wants strings) and refuses
    duplicate keys, which plain YAML loading silently resolves to the last one, and
    aliases, which can expand a small manifest into gigabytes."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _mapping_without_duplicates(loader: _Loader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            mark = key_node.start_mark
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {shorten(key)} (line {mark.line + 1})", mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def load_manifest(
    path: str | Path, *, check_files: bool = True, allow_outside: bool = False
) -> Manifest:
    """Read, validate and resolve one manifest; ManifestError lists every problem.
    An article's `path:` must lie inside the manifest's folder unless `allow_outside`:
    a manifest from someone else must not make claims of this machine's private files."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise ManifestError([f"{path}: cannot read: {error.strerror or error}"]) from None
    except UnicodeDecodeError as error:
        raise ManifestError([f"{path}: not UTF-8 text (byte offset {error.start})"]) from None
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ManifestError([f"{path}{where}: not valid YAML: {problem}"]) from None
    return manifest_from_data(data, path, check_files=check_files, allow_outside=allow_outside)


def load_manifests(paths: str | Path | Iterable[str | Path]) -> list[Manifest]:
    """Manifests from files, or from every *.yaml/*.yml in a folder, in name order.
    All of them are checked before any error is raised, so one run shows every problem."""
    if isinstance(paths, (str, Path)) and Path(paths).is_dir():
        folder = Path(paths)
        files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    else:
        files = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    manifests: list[Manifest] = []
    problems: list[str] = []
    for file in files:
        try:
            manifests.append(load_manifest(file))
        except ManifestError as error:
            problems += error.problems
    if problems:
        raise ManifestError(problems)
    return manifests


def manifest_from_data(
    data: Any, path: str | Path, *, check_files: bool = True, allow_outside: bool = False
) -> Manifest:
    """Validate already-parsed YAML/JSON data; relative paths resolve against `path`'s
    folder."""
    path = Path(path)
    if data is None:
        raise ManifestError([f"{path}: empty manifest"])
    if not isinstance(data, dict):
        raise ManifestError(
            [f"{path}: expected a mapping with articles, clips and links, got {_kind(data)}"]
        )
    problems = [f"{path}: {problem}" for problem in validate(data)]
    if problems:
        raise ManifestError(problems)
    manifest, later = _build(data, path, check_files, allow_outside)
    if later:
        raise ManifestError([f"{path}: {problem}" for problem in later])
    return manifest


# ---------------------------------------------------------------------------------------
# Validation


def validate(data: Any) -> list[str]:
    """Problems with `data` against the schema, each as "field: message", in order."""
    validator = jsonschema.Draft202012Validator(schema())
    problems: list[tuple[list[str | int], str]] = []
    for error in validator.iter_errors(data):
        problems += _describe(error)
    # A value of the wrong type fails its other rules too: report the type only.
    typed = {tuple(where) for where, message in problems if message.startswith("expected ")}
    problems = [
        (where, message)
        for where, message in problems
        if message.startswith("expected ") or tuple(where) not in typed
    ]
    problems.sort(
        key=lambda item: [(0, f"{p:06d}") if isinstance(p, int) else (1, p) for p in item[0]]
    )
    return [f"{_field(where)}: {message}" for where, message in problems]


def _field(where: Sequence[str | int]) -> str:
    text = ""
    for part in where:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(top level)"


def _kind(value: Any) -> str:
    names = {dict: "a mapping", list: "a list", str: "a string", bool: "true/false"}
    names |= {int: "a number", float: "a number", type(None): "nothing"}
    return names.get(type(value), type(value).__name__)


_EXPECTED = {"object": "a mapping", "array": "a list", "string": "a string"}
_EXPECTED |= {"integer": "a whole number", "number": "a number"}


def _describe(error: jsonschema.ValidationError) -> list[tuple[list[str | int], str]]:
    """Our wording for one jsonschema error, pointing at the field itself."""
    where: list[str | int] = list(error.absolute_path)
    schema_part = error.schema if isinstance(error.schema, dict) else {}
    instance = error.instance
    if error.validator == "additionalProperties":
        known = list(schema_part.get("properties", {}))
        found = []
        for key in instance:
            if key not in known:
                close = difflib.get_close_matches(str(key), known, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                found.append(([*where, str(key)[:80]], f"unknown field{hint}"))
        return found
    if error.validator == "required":
        missing = re.match(r"'([^']+)'", error.message)
        name = missing.group(1) if missing else "?"
        return [([*where, name], "is required")]
    if error.validator == "type":
        return [(where, f"expected {_EXPECTED.get(error.validator_value)}, got {_kind(instance)}")]
    if "x-error" in schema_part and error.validator in ("pattern", "anyOf", "oneOf"):
        shown = f"{shorten(instance)} " if not isinstance(instance, (dict, list)) else ""
        return [(where, f"{shown}{schema_part['x-error']}")]
    if error.validator == "minLength":
        return [(where, "must not be empty")]
    if error.validator == "minimum":
        return [(where, f"{shorten(instance)} is less than {error.validator_value}")]
    return [(where, error.message)]


def parse_time(value: float | int | str) -> float:
    """Seconds into a clip from 12, 12.5, "12s", "1:05", "0:01:05.5"."""
    if isinstance(value, (int, float)):
        return float(value)
    text = value.strip().removesuffix("s")
    seconds = 0.0
    for part in text.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def _real_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return True


def _build(
    data: dict[str, Any], path: Path, check_files: bool, allow_outside: bool = False
) -> tuple[Manifest, list[str]]:
    """Dataclasses from valid data, and the problems a schema cannot express."""
    problems: list[str] = []
    folder = path.resolve().parent
    if not any(data.get(key) for key in ("articles", "clips", "links")):
        problems.append("(top level): nothing to do: give articles, clips or links")
    articles: list[ArticleRef] = []
    seen_sources: dict[str, int] = {}
    for i, item in enumerate(data.get("articles") or []):
        written = item.get("path") or item["url"]
        resolved = (folder / item["path"]).resolve() if "path" in item else None
        if resolved is not None and not allow_outside and not resolved.is_relative_to(folder):
            problems.append(
                f"articles[{i}].path: {shorten(written)} is outside the manifest's folder "
                f"{folder}; not read (--allow-outside reads it)"
            )
        elif resolved is not None and check_files and not resolved.is_file():
            problems.append(f"articles[{i}].path: file not found: {resolved}")
        published = item.get("published_at")
        if published and not _real_date(published):
            problems.append(f"articles[{i}].published_at: {shorten(published)} is not a real date")
        key = str(resolved) if resolved else item["url"]
        if key in seen_sources:
            problems.append(f"articles[{i}]: same article as articles[{seen_sources[key]}]")
        seen_sources.setdefault(key, i)
        articles.append(
            ArticleRef(
                path=resolved,
                url=item.get("url"),
                outlet=item.get("outlet"),
                title=item.get("title"),
                published_at=published,
                note=item.get("note"),
                written_as=written,
            )
        )
    clips: list[str] = []
    for i, url in enumerate(data.get("clips") or []):
        if url in clips:
            first = clips.index(url)
            problems.append(f"clips[{i}]: {shorten(url)} is a duplicate of clips[{first}]")
        else:
            clips.append(url)
    links: list[ManualLink] = []
    for i, item in enumerate(data.get("links") or []):
        start = parse_time(item["start"]) if "start" in item else None
        end = parse_time(item["end"]) if "end" in item else None
        if start is not None and end is not None and end <= start:
            problems.append(
                f"links[{i}].end: {shorten(item['end'])} is not after start "
                f"{shorten(item['start'])}"
            )
        article = None
        if "article" in item:
            article = _article_named(item["article"], articles, folder)
            if article is None:
                named = item["article"]
                problems.append(
                    f"links[{i}].article: {shorten(named)} is not an article of this manifest"
                )
        links.append(
            ManualLink(
                clip_url=item["clip"],
                claim_quote=item.get("claim"),
                claim_id=item.get("claim_id"),
                article=article,
                start=start,
                end=end,
                note=item.get("note"),
            )
        )
    manifest = Manifest(
        path=path,
        name=data.get("name"),
        description=data.get("description"),
        articles=articles,
        clips=clips,
        links=links,
    )
    return manifest, problems


def _article_named(name: str, articles: list[ArticleRef], folder: Path) -> ArticleRef | None:
    for article in articles:
        if name in (article.written_as, article.url):
            return article
        if article.path is not None and (folder / name).resolve() == article.path:
            return article
    return None


def as_mapping(manifest: Manifest) -> Mapping[str, Any]:
    """The manifest as plain data (for --json output and tests)."""
    return {
        "path": str(manifest.path),
        "name": manifest.name,
        "articles": [
            vars(a) | {"path": str(a.path) if a.path else None} for a in manifest.articles
        ],
        "clips": manifest.clips,
        "links": [
            vars(link) | {"article": link.article.source if link.article else None}
            for link in manifest.links
        ],
    }
