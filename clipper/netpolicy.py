"""Which URLs a crawl may fetch: the address policy against server-side request forgery.

Pure: knows nothing of Scrapy. The downloader middleware :mod:`clipper.middlewares.safety`
applies it to every request and every redirect hop.

Rules:
- only ``http`` and ``https`` URLs;
- user names and passwords in URLs are never sent nor stored (:func:`strip_userinfo`);
- a request must stay on its scope: the hosts (a domain and its subdomains) *and* ports of its
  portal, or, for a URL given by the operator in a URL list, that URL's own host and port;
- a host whose address is loopback, private, link-local, reserved or a cloud metadata address
  is refused unless the scope explicitly allows private addresses (``allow_private``).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import SplitResult, urlsplit, urlunsplit

ALLOWED_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
#: Addresses of cloud metadata services, refused even when private addresses are allowed.
METADATA_ADDRESSES = frozenset({
    ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("169.254.170.2"),
    ipaddress.ip_address("100.100.100.200"), ipaddress.ip_address("fd00:ec2::254"),
})


def port_of(parts: SplitResult) -> int | None:
    """The port a URL connects to (its scheme's default when none is written)."""
    try:
        return parts.port or DEFAULT_PORTS.get(parts.scheme)
    except ValueError:  # a port that is not a number, or out of range
        return None


def strip_userinfo(url: str) -> str:
    """The URL without ``user:password@`` (never sent, never stored)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=host))


def address_class(address: str) -> str | None:
    """Why an IP address is not a public one (``loopback``, ``private``, ``link-local``,
    ``metadata``, ``reserved``, ``multicast``, ``unspecified``), or None for a public address."""
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in METADATA_ADDRESSES:
        return "metadata"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_multicast:
        return "multicast"
    if ip.is_private or getattr(ip, "is_shared", False) or ip in ipaddress.ip_network("100.64.0.0/10"):
        return "private"
    if ip.is_reserved:
        return "reserved"
    return None


def is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Scope:
    """Where requests of one portal (or one listed URL) may go."""

    domains: tuple[str, ...]
    #: Ports allowed; empty = the default ports of http and https.
    ports: frozenset[int] = field(default_factory=frozenset)
    allow_private: bool = False

    def on_domain(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def port_allowed(self, port: int | None) -> bool:
        return port is not None and (port in self.ports if self.ports else port in DEFAULT_PORTS.values())

    @classmethod
    def of_urls(cls, urls: Iterable[str], domains: Iterable[str] = (), allow_private: bool = False) -> Scope:
        """The scope of a portal: its domains (default: the hosts of `urls`) and the ports its
        URLs name (default ports when they name none)."""
        parts = [urlsplit(u) for u in urls]
        hosts = tuple(d.lower() for d in domains) or tuple(sorted({(p.hostname or "").lower() for p in parts} - {""}))
        explicit = {p.port for p in parts if _explicit_port(p)}
        ports = frozenset(explicit | set(DEFAULT_PORTS.values())) if explicit else frozenset()
        return cls(hosts, ports, allow_private)

    @classmethod
    def of_url(cls, url: str) -> Scope:
        """A URL the operator listed: its own host and port; redirects may not leave them. A
        private address written as such (``http://127.0.0.1:8000/…``) is the operator's choice
        and allowed; a host *name* that resolves to one is not."""
        parts = urlsplit(url)
        port = port_of(parts)
        host = (parts.hostname or "").lower()
        return cls((host,), frozenset({port} if port else set()), allow_private=is_ip_literal(host))


def _explicit_port(parts: SplitResult) -> bool:
    try:
        return parts.port is not None
    except ValueError:
        return False


def refusal(url: str, scope: Scope | None, resolve: Callable[[str], Iterable[str]] | None = None) -> str | None:
    """Why `url` may not be fetched within `scope` (None when it may).

    `resolve(host)` gives the addresses a host name resolves to; without it only IP literals
    are checked against the address rules (the caller resolves names)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return f"refused: only http(s) URLs are fetched, not {parts.scheme or 'a relative URL'!r}"
    host = (parts.hostname or "").lower()
    if not host:
        return "refused: URL without a host"
    port = port_of(parts)
    if port is None:
        return "refused: bad port"
    if scope is None:
        return f"refused: {host} is on no configured portal"
    if not scope.on_domain(host) and not (is_ip_literal(host) and host in scope.domains):
        return f"refused: {host} is not a domain of this portal"
    if not scope.port_allowed(port):
        return f"refused: port {port} is not a port of this portal"
    addresses = [host] if is_ip_literal(host) else (list(resolve(host)) if resolve else [])
    for address in addresses:
        kind = address_class(address)
        if kind == "metadata":
            return f"refused: {host} is a cloud metadata address ({address})"
        if kind and not scope.allow_private:
            return f"refused: {host} resolves to a {kind} address ({address}); set allow_private for this portal"
    return None
