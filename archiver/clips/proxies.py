"""Proxies: one for the whole run (`--proxy`), or one per platform in config.yaml,
used for every request or only to retry a capture the platform blocked.

    capture:
      proxies:
        tiktok: {url: "http://user:pass@proxy.example:8080", only_after_block: true}
        default: {url: "socks5://127.0.0.1:9050"}   # every other site

A proxy URL may hold credentials: `without_credentials` is what the catalogue, the
messages and the logs may show of it. config.yaml lives in the archive (and its
backups), so a URL there may name environment variables instead, `${TIKTOK_PROXY}`,
read when the capture runs.
"""

from __future__ import annotations

import os
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from archiver.errors import ConfigError
from archiver.platforms import BY_NAME, url_platform

DEFAULT = "default"  # the key for sites without an entry of their own
_SCHEMES = ("http", "https", "socks4", "socks4a", "socks5", "socks5h")
# user:password@ (or user@) after a scheme, anywhere in a text
_USERINFO = re.compile(r"(\b[a-z][a-z0-9+.-]*://)[^/@\s]+@", re.IGNORECASE)


@dataclass(frozen=True)
class ProxyRule:
    url: str
    only_after_block: bool = False  # retry a blocked capture once through it


def without_credentials(text: str | None) -> str | None:
    """`text` with the user and password of every URL in it replaced by ***."""
    return None if text is None else _USERINFO.sub(r"\1***@", text)


def check_proxy_url(url: str, where: str = "--proxy") -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in _SCHEMES or not parts.hostname:
        shown = without_credentials(url)
        raise ConfigError(f"{where}: not a proxy URL ({'/'.join(_SCHEMES)}://HOST:PORT): {shown}")
    return url


def load_proxies(path: Path | None) -> dict[str, ProxyRule]:
    """The `capture.proxies` section of a config file, by platform name (or `default`)."""
    if path is None or not Path(path).exists():
        return {}
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot read the config: {error}") from error
    section: Any = ((data.get("capture") or {}) if isinstance(data, dict) else {}) or {}
    proxies = section.get("proxies") if isinstance(section, dict) else None
    if not proxies:
        return {}
    if not isinstance(proxies, dict):
        raise ConfigError(f"{path}: capture.proxies must map platform names to proxies")
    rules = {}
    for name, entry in proxies.items():
        where = f"{path}: capture.proxies.{name}"
        if name != DEFAULT and name not in BY_NAME:
            known = ", ".join(sorted(BY_NAME))
            raise ConfigError(f"{where}: unknown platform (use one of {known}, or {DEFAULT})")
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict) or set(entry) - {"url", "only_after_block"}:
            raise ConfigError(f"{where}: give url: and optionally only_after_block: true")
        url = check_proxy_url(_from_environment(str(entry.get("url") or ""), where), where)
        rules[name] = ProxyRule(url, bool(entry.get("only_after_block", False)))
    return rules


def _from_environment(text: str, where: str) -> str:
    def value(found: re.Match[str]) -> str:
        if found.group(1) not in os.environ:
            raise ConfigError(f"{where}: the environment has no {found.group(1)}")
        return os.environ[found.group(1)]

    return re.sub(r"\$\{(\w+)\}", value, text)


def proxy_for(rules: dict[str, ProxyRule], url: str) -> ProxyRule | None:
    """The rule for `url`'s platform, else the default one, else None."""
    return rules.get(url_platform(url) or DEFAULT) or rules.get(DEFAULT)
