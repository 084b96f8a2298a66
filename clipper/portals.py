"""The portals to crawl: `seeds/portals.toml` read into typed records (format in the README).

Pure: knows nothing of Scrapy. A wrong file raises PortalConfigError naming the portal and the
key, so a typo never turns into a silent crawl of nothing.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

#: Selector keys a portal may give when the generic extractor is not enough (CSS selectors).
SELECTOR_KEYS = ("title", "body", "date")
PORTAL_KEYS = {"name", "start_urls", "domains", "article", "follow", "selectors", "delay", "concurrency",
               "max_pages", "enabled"}


class PortalConfigError(ValueError):
    """portals.toml cannot be used as it is."""


@dataclass(frozen=True)
class Portal:
    name: str
    start_urls: tuple[str, ...]
    domains: tuple[str, ...]
    article: tuple[re.Pattern[str], ...]
    follow: tuple[re.Pattern[str], ...] = ()
    selectors: dict[str, str] = field(default_factory=dict)
    delay: float = 1.0
    concurrency: int = 2
    max_pages: int = 500
    enabled: bool = True

    @property
    def slot(self) -> str:
        """Download slot of the portal: its delay and concurrency apply to all its domains."""
        return f"portal:{self.name}"

    def is_article(self, url: str) -> bool:
        return any(p.search(url) for p in self.article)

    def is_listing(self, url: str) -> bool:
        return any(p.search(url) for p in self.follow)

    def on_domain(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)


def _patterns(name: str, key: str, value: Any) -> tuple[re.Pattern[str], ...]:
    values = [value] if isinstance(value, str) else list(value or [])
    try:
        return tuple(re.compile(v) for v in values)
    except re.error as exc:
        raise PortalConfigError(f"portal {name!r}: bad regular expression in {key!r}: {exc}") from exc


def _portal(raw: dict[str, Any]) -> Portal:
    name = raw.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[\w.-]+", name):
        raise PortalConfigError(f"a portal needs a name of letters, digits, '.', '-' or '_' (got {name!r})")
    unknown = set(raw) - PORTAL_KEYS
    if unknown:
        raise PortalConfigError(f"portal {name!r}: unknown keys {sorted(unknown)}")
    starts = raw.get("start_urls") or []
    if isinstance(starts, str):
        starts = [starts]
    if not starts or not all(isinstance(u, str) and u.startswith(("http://", "https://")) for u in starts):
        raise PortalConfigError(f"portal {name!r}: start_urls must list http(s) URLs")
    domains = raw.get("domains") or sorted({(urlsplit(u).hostname or "").lower() for u in starts})
    selectors = dict(raw.get("selectors") or {})
    if set(selectors) - set(SELECTOR_KEYS):
        raise PortalConfigError(f"portal {name!r}: selectors may be {SELECTOR_KEYS}, got {sorted(selectors)}")
    article = _patterns(name, "article", raw.get("article"))
    if not article:
        raise PortalConfigError(f"portal {name!r}: 'article' must give at least one URL pattern")
    return Portal(
        name=name, start_urls=tuple(starts), domains=tuple(d.lower() for d in domains), article=article,
        follow=_patterns(name, "follow", raw.get("follow")), selectors=selectors,
        delay=float(raw.get("delay", 1.0)), concurrency=int(raw.get("concurrency", 2)),
        max_pages=int(raw.get("max_pages", 500)), enabled=bool(raw.get("enabled", True)),
    )


def load_portals(path: str | Path) -> list[Portal]:
    """Every portal of the file, in file order; PortalConfigError when it cannot be used."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PortalConfigError(f"no portals file at {path}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PortalConfigError(f"{path}: not valid TOML: {exc}") from exc
    portals = [_portal(raw) for raw in data.get("portal", [])]
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
            urls.append(line)
    return list(dict.fromkeys(urls))
