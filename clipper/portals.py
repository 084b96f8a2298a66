"""The portals to crawl: `seeds/portals.toml` read into typed records (format in the README).

Pure: knows nothing of Scrapy. A wrong file raises PortalConfigError naming the portal and the
key, so a typo never turns into a silent crawl of nothing.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import regex
from parsel import css2xpath

from clipper.netpolicy import Scope, port_of, strip_userinfo

logger = logging.getLogger(__name__)

#: Selector keys a portal may give when the generic extractor is not enough (CSS selectors).
SELECTOR_KEYS = ("title", "body", "date")
PORTAL_KEYS = {"name", "start_urls", "domains", "article", "follow", "selectors", "delay", "concurrency",
               "max_pages", "enabled", "allow_private"}
#: Longest a URL pattern may take on one URL (seconds): a pattern that backtracks
#: catastrophically is refused at load instead of hanging the crawl.
PATTERN_TIMEOUT = 0.05
#: Made URLs each pattern is tried on at load, so that a catastrophic pattern shows at once.
PATTERN_PROBES = ("http://" + "a" * 40 + ".example/" + "a" * 60 + "!", "/" + "1/" * 40 + "x",
                  "/" + "ab-" * 40 + "?", "/" + "news/" * 20 + "0" * 30 + ".html~")


class PortalConfigError(ValueError):
    """portals.toml cannot be used as it is."""


@dataclass(frozen=True)
class Portal:
    name: str
    start_urls: tuple[str, ...]
    domains: tuple[str, ...]
    article: tuple[regex.Pattern[str], ...]
    follow: tuple[regex.Pattern[str], ...] = ()
    selectors: dict[str, str] = field(default_factory=dict)
    delay: float = 1.0
    concurrency: int = 2
    max_pages: int = 500
    enabled: bool = True
    #: May requests go to loopback / private addresses (a portal on the operator's own network)?
    allow_private: bool = False

    @property
    def slot(self) -> str:
        """Download slot of the portal: its delay and concurrency apply to all its domains."""
        return f"portal:{self.name}"

    @cached_property
    def scope(self) -> Scope:
        """Hosts, ports and address classes its requests may reach (clipper.netpolicy)."""
        return Scope.of_urls(self.start_urls, self.domains, self.allow_private)

    def is_article(self, url: str) -> bool:
        return any(_search(p, url) for p in self.article)

    def is_listing(self, url: str) -> bool:
        return any(_search(p, url) for p in self.follow)

    def on_domain(self, url: str) -> bool:
        parts = urlsplit(url)
        return self.scope.on_domain(parts.hostname or "") and self.scope.port_allowed(port_of(parts))


def _search(pattern: regex.Pattern[str], url: str) -> bool:
    try:
        return pattern.search(url, timeout=PATTERN_TIMEOUT) is not None
    except TimeoutError:
        logger.warning("URL pattern %r took too long on %s: taken as no match", pattern.pattern, url)
        return False


def _fail(name: str, key: str, message: str) -> PortalConfigError:
    return PortalConfigError(f"portal {name!r}: {key!r} {message}")


def _str_list(name: str, key: str, value: Any, *, required: bool = False) -> list[str]:
    if value is None:
        value = []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(name, key, f"must be a string or a list of strings (got {value!r})")
    if required and not value:
        raise _fail(name, key, "must give at least one value")
    return [v.strip() for v in value]


def _patterns(name: str, key: str, value: Any) -> tuple[regex.Pattern[str], ...]:
    compiled = []
    for v in _str_list(name, key, value):
        try:
            pattern = regex.compile(v)
        except regex.error as exc:
            raise _fail(name, key, f"has a bad regular expression {v!r}: {exc}") from exc
        for probe in PATTERN_PROBES:
            try:
                pattern.search(probe, timeout=PATTERN_TIMEOUT)
            except TimeoutError:
                raise _fail(name, key, f"has a pattern that backtracks catastrophically: {v!r}") from None
        compiled.append(pattern)
    return tuple(compiled)


def _number(name: str, key: str, value: Any, kind: type, low: float, high: float) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
        raise _fail(name, key, f"must be {'an integer' if kind is int else 'a number'} (got {value!r})")
    if not low <= value <= high:
        raise _fail(name, key, f"must be between {low:g} and {high:g} (got {value!r})")
    return kind(value)


def _bool(name: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise _fail(name, key, f"must be true or false (got {value!r})")
    return value


def _selectors(name: str, value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise _fail(name, "selectors", f"must be a table of CSS selectors (got {value!r})")
    if set(value) - set(SELECTOR_KEYS):
        raise _fail(name, "selectors", f"may be {SELECTOR_KEYS}, got {sorted(value)}")
    for key, css in value.items():
        try:
            css2xpath(css)
        except Exception as exc:  # cssselect raises several error types for a bad selector
            raise _fail(name, "selectors", f"has a bad CSS selector for {key!r}: {css!r} ({exc})") from None
    return dict(value)


def _portal(raw: Any) -> Portal:
    if not isinstance(raw, dict):
        raise PortalConfigError(f"each [[portal]] must be a table (got {raw!r})")
    name = raw.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[\w.-]+", name):
        raise PortalConfigError(f"a portal needs a name of letters, digits, '.', '-' or '_' (got {name!r})")
    unknown = set(raw) - PORTAL_KEYS
    if unknown:
        raise PortalConfigError(f"portal {name!r}: unknown keys {sorted(unknown)}")
    starts = _str_list(name, "start_urls", raw.get("start_urls"), required=True)
    for url in starts:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or port_of(parts) is None:
            raise _fail(name, "start_urls", f"must list http(s) URLs (got {url!r})")
    starts = [strip_userinfo(u) for u in starts]
    domains = _str_list(name, "domains", raw.get("domains")) or sorted(
        {(urlsplit(u).hostname or "").lower() for u in starts})
    for d in domains:
        if not re.fullmatch(r"[\w.-]+|\[[0-9a-fA-F:.]+\]", d):
            raise _fail(name, "domains", f"must list host names (got {d!r})")
    article = _patterns(name, "article", raw.get("article"))
    if not article:
        raise _fail(name, "article", "must give at least one URL pattern")
    return Portal(
        name=name, start_urls=tuple(starts), domains=tuple(d.lower() for d in domains), article=article,
        follow=_patterns(name, "follow", raw.get("follow")), selectors=_selectors(name, raw.get("selectors")),
        delay=_number(name, "delay", raw.get("delay", 1.0), float, 0, 3600),
        concurrency=_number(name, "concurrency", raw.get("concurrency", 2), int, 1, 64),
        max_pages=_number(name, "max_pages", raw.get("max_pages", 500), int, 1, 10_000_000),
        enabled=_bool(name, "enabled", raw.get("enabled", True)),
        allow_private=_bool(name, "allow_private", raw.get("allow_private", False)),
    )


def load_portals(path: str | Path) -> list[Portal]:
    """Every portal of the file, in file order; PortalConfigError when it cannot be used."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PortalConfigError(f"no portals file at {path}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PortalConfigError(f"{path}: not valid TOML: {exc}") from exc
    entries = data.get("portal", [])
    if not isinstance(entries, list):
        raise PortalConfigError(f"{path}: 'portal' must be an array of tables ([[portal]])")
    portals = [_portal(raw) for raw in entries]
    names = [p.name for p in portals]
    if len(names) != len(set(names)):
        raise PortalConfigError(f"{path}: portal names must be unique")
    return portals


def read_url_list(path: str | Path) -> list[str]:
    """URLs of a list file: one per line; blank lines and ``#`` comments skipped; order kept."""
    urls = []
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if line:
            urls.append(strip_userinfo(line))
    return list(dict.fromkeys(urls))
