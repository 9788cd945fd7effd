"""What others hand us, read without letting it reach further than it should.

Manifests, config files and articles come from other people (a colleague's seed
list, a received backup, a page on the web): YAML is loaded without aliases, which
let a few hundred bytes expand into gigabytes, and the addresses a page or a
manifest points at are checked before anything is fetched from them, so an article
cannot send the archiver to this machine's own services or the local network.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import urllib.parse
from typing import Any

from archiver.errors import PrivateAddress

# Set (to anything but "" or "0") to let captures and article fetches reach private,
# loopback and link-local addresses: what `--allow-private-addresses` does.
ALLOW_PRIVATE_ENV = "ARCHIVER_ALLOW_PRIVATE_ADDRESSES"


# -- YAML ------------------------------------------------------------------------------


def _no_alias_loader(base: type) -> type:
    import yaml

    class NoAliasLoader(base):  # type: ignore[misc, valid-type]
        """A safe loader that refuses aliases (`*name`): each would repeat a whole
        subtree, and nested ones grow exponentially (a "billion laughs" document)."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None,
                    None,
                    "YAML aliases (*name) are not allowed here; write the value out",
                    event.start_mark,
                )
            return super().compose_node(parent, index)

    return NoAliasLoader


def yaml_loader(base: type | None = None) -> type:
    """A SafeLoader (or a subclass of it, `base`) that refuses aliases."""
    import yaml

    return _no_alias_loader(base or yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Safe YAML without aliases; raises yaml.YAMLError."""
    import yaml

    return yaml.load(text, Loader=yaml_loader())  # noqa: S506 - a SafeLoader subclass


# -- addresses -------------------------------------------------------------------------


def private_addresses_allowed() -> bool:
    """Whether the environment lets fetches reach private addresses (see ALLOW_PRIVATE_ENV)."""
    return os.environ.get(ALLOW_PRIVATE_ENV, "") not in ("", "0")


def _is_private(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def private_address_of(url: str) -> str | None:
    """The private, loopback or link-local address `url`'s host is or resolves to, if
    any. A host that does not resolve gives None: the fetch itself then fails with the
    resolver's own message."""
    host = urllib.parse.urlsplit(url).hostname
    if not host:
        return None
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        return str(literal) if _is_private(literal) else None
    try:
        found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return None
    for *_, sockaddr in found:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if _is_private(address):
            return str(address)
    return None


def refuse_private_address(url: str, allowed: bool) -> None:
    """Raise PrivateAddress when `url` leads to a private, loopback or link-local
    address and the user did not allow it. Checked before the fetch: a name that
    resolves differently a moment later (DNS rebinding) is not caught here."""
    if allowed:
        return
    address = private_address_of(url)
    if address is not None:
        raise PrivateAddress(
            f"{url[:200]} leads to {address}, a private, loopback or link-local address: "
            "not fetched (--allow-private-addresses allows it)"
        )
