"""Downloader middleware: every request and every redirect hop checked by the address policy
(:mod:`clipper.netpolicy`) before anything is sent.

A request carries its scope in ``request.meta["clipper_scope"]`` (set by the spider); a
redirected request keeps its meta, so a redirect to another host, another port, a private or a
metadata address is refused here (``IgnoreRequest`` with the reason, which the spider records as
the document's error). Requests without a scope (robots.txt) are let through only to a host and
port that a scoped request already reached. ``file://`` URLs pass only as the seeds spider's own local files (``meta["clipper_local"]``);
other schemes never.
Switch it off with ``CLIPPER_SAFE_REQUESTS = False`` (not advised).
"""

from __future__ import annotations

import logging
import socket
from functools import lru_cache
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured

from clipper.netpolicy import Scope, port_of, refusal, strip_userinfo

logger = logging.getLogger(__name__)


@lru_cache(maxsize=4096)
def resolve(host: str) -> tuple[str, ...]:
    """Addresses of a host name (cached for the process); none when it does not resolve, which
    the download then reports itself."""
    try:
        return tuple(sorted({info[4][0] for info in socket.getaddrinfo(host, None)}))
    except (socket.gaierror, UnicodeError, OSError):
        return ()


class SafeRequestsMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.reached: set[tuple[str, int | None]] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SafeRequestsMiddleware:
        if not crawler.settings.getbool("CLIPPER_SAFE_REQUESTS", True):
            raise NotConfigured("CLIPPER_SAFE_REQUESTS is off")
        return cls(crawler)

    def process_request(self, request: Request) -> Request | None:
        if "@" in urlsplit(request.url).netloc:
            self.stats.inc_value("clipper/requests/userinfo_stripped")
            return request.replace(url=strip_userinfo(request.url))
        parts = urlsplit(request.url)
        if parts.scheme == "file" and request.meta.get("clipper_local") and not request.meta.get("redirect_urls"):
            return None  # a file the seeds spider found under its own folder
        netloc = ((parts.hostname or "").lower(), port_of(parts))
        scope: Scope | None = request.meta.get("clipper_scope")
        if scope is None and parts.path == "/robots.txt" and netloc in self.reached:
            return None
        reason = refusal(request.url, scope, resolve)
        if reason is not None:
            self.stats.inc_value("clipper/requests/refused")
            hop = request.meta.get("redirect_urls")
            if hop:
                reason = f"{reason} (redirected from {hop[0]})"
            logger.warning("%s: %s", request.url, reason)
            raise IgnoreRequest(reason)
        self.reached.add(netloc)
        return None
