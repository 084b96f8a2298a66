"""Spider `portals`: fetch article pages of the portals listed in seeds/portals.toml.

    scrapy crawl portals                     # every enabled portal of CLIPPER_PORTALS
    scrapy crawl portals -a portal=NAME      # one portal (even if disabled in the file)
    scrapy crawl portals -a urls=FILE        # exactly the URLs of FILE (one per line), no following

Start URLs may be listing pages, RSS/Atom feeds or sitemaps; links matching a portal's
`article` patterns are fetched as articles, links matching its `follow` patterns are read as
listings. Only the portal's domains are crawled; robots.txt is obeyed. Article pages already in
the database are not fetched again unless CLIPPER_REFETCH is set. Every page that cannot be
fetched (404, 5xx after retries, timeout, too large) becomes a `documents` error row.
A page fetched again is asked for conditionally (If-None-Match / If-Modified-Since from the
ETag / Last-Modified it was stored with); a 304 answer, like bytes that did not change, leaves
its articles as they are (only seen again).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urldefrag, urlsplit

import scrapy
from parsel import Selector
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import TimeoutError as TxTimeoutError
from twisted.python.failure import Failure

from clipper.extract import RULES_VERSION
from clipper.freshness import StoredState, conditional_headers, reprocess_mode
from clipper.items import DocumentItem
from clipper.netpolicy import Scope, refusal
from clipper.portals import Portal, PortalConfigError, load_portals, read_url_list
from clipper.storage import UNCHANGED, known_urls, stored_states

logger = logging.getLogger(__name__)

#: XPath of the links of feeds and sitemaps (namespaces removed): (xpath, is a sitemap index).
FEED_LINKS = (
    ("//item/link/text()", False), ("//entry/link/@href", False), ("//url/loc/text()", False),
    ("//sitemap/loc/text()", True),
)
XML_ROOTS = (b"<rss", b"<feed", b"<urlset", b"<sitemapindex", b"<rdf:RDF")


def failure_reason(failure: Failure, timeout: float) -> str:
    """Why a request failed, in words a user reads in the documents table."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"HTTP {exc.response.status}"
    if failure.check(TxTimeoutError) or "timeout" in type(exc).__name__.lower():
        return f"timeout: no complete response within {timeout:g} s"
    message = failure.getErrorMessage()
    if "max size" in message:
        return f"too large: {message}"
    if isinstance(exc, IgnoreRequest) and "robots" in message.lower():
        return "forbidden by robots.txt"
    if isinstance(exc, IgnoreRequest) and message.startswith("refused"):
        return message
    return f"{failure.type.__name__}: {message}"


class PortalsSpider(scrapy.Spider):
    name = "portals"

    def __init__(self, portal: str | None = None, urls: str | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.portal_arg = portal
        self.urls_arg = urls
        self.portals: list[Portal] = []
        self.config_error: str | None = None
        self.fetched: dict[str, int] = {}
        self.known: set[str] = set()
        self._states: dict[str, StoredState] | None = None
        self.reprocess = "never"
        self.allowed_domains: list[str] = []
        #: Listing pages that could not be read: no boilerplate is learned from such a run.
        self.walk_errors: list[str] = []

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """Give each portal its own download slot, with the portal's delay and concurrency."""
        super().update_settings(settings)
        try:
            portals = load_portals(settings.get("CLIPPER_PORTALS"))
        except PortalConfigError:
            return  # reported when the crawl starts
        slots = dict(settings.getdict("DOWNLOAD_SLOTS"))
        for p in portals:
            slots.setdefault(p.slot, {"delay": p.delay, "concurrency": p.concurrency, "jitter": 0.5})
        settings.set("DOWNLOAD_SLOTS", slots, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> PortalsSpider:
        spider: PortalsSpider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure()
        return spider

    def configure(self) -> None:
        settings = self.crawler.settings
        try:
            portals = load_portals(settings.get("CLIPPER_PORTALS"))
        except PortalConfigError as exc:
            if self.urls_arg is None:
                self.config_error = str(exc)
            portals = []
        if self.portal_arg:
            portals = [p for p in portals if p.name == self.portal_arg]
            if not portals and self.config_error is None:
                self.config_error = f"no portal named {self.portal_arg!r} in {settings.get('CLIPPER_PORTALS')}"
        elif self.urls_arg is None:
            portals = [p for p in portals if p.enabled]
        self.portals = portals
        domains = {d for p in portals for d in p.domains}
        if self.urls_arg:
            try:
                self.url_list = read_url_list(self.urls_arg)
            except OSError as exc:
                self.config_error = f"cannot read {self.urls_arg}: {exc}"
                self.url_list = []
            domains |= {(urlsplit(u).hostname or "").lower() for u in self.url_list}
        self.allowed_domains = sorted(d for d in domains if d)
        try:
            self.reprocess = reprocess_mode(settings.get("CLIPPER_REPROCESS"))
        except ValueError as exc:
            self.config_error = str(exc)
        if not settings.getbool("CLIPPER_REFETCH") and settings.get("CLIPPER_DB"):
            self.known = known_urls(settings.get("CLIPPER_DB"))

    @property
    def states(self) -> dict[str, StoredState]:
        """What the archive holds of each page (read once, when a page is first fetched again)."""
        if self._states is None:
            db = self.crawler.settings.get("CLIPPER_DB")
            self._states = stored_states(db) if db else {}
        return self._states

    def portal_of(self, url: str) -> Portal | None:
        return next((p for p in self.portals if p.on_domain(url)), None)

    # -- requests -------------------------------------------------------------------------------
    def _request(self, url: str, portal: Portal | None, *, article: bool, explicit: bool) -> scrapy.Request:
        # The scope every hop of this request must stay in (clipper.middlewares.safety): the
        # portal's hosts and ports, or a listed URL's own host and port.
        meta: dict[str, Any] = {"portal": portal.name if portal else None, "explicit": explicit,
                                "clipper_scope": portal.scope if portal else Scope.of_url(url)}
        if portal is not None:
            meta["download_slot"] = portal.slot
        headers: dict[str, str] = {}
        if article:
            headers = conditional_headers(self.states.get(url), self.reprocess, RULES_VERSION)
            if headers:
                meta["handle_httpstatus_list"] = [304]
        return scrapy.Request(url, callback=self.parse_article if article else self.parse_listing,
                              errback=self.failed, meta=meta, dont_filter=explicit, headers=headers or None)

    async def start(self) -> AsyncIterator[Any]:
        if self.config_error:
            logger.error("portals: %s", self.config_error)
            self.crawler.stats.set_value("clipper/config_error", self.config_error)
            return
        if self.urls_arg:
            for url in self.url_list:
                if (why := refusal(url, Scope.of_url(url))) is not None:
                    logger.error("%s: %s", url, why)
                    yield DocumentItem(url=url, status="error", error=why)
                    continue
                yield self._request(url, self.portal_of(url), article=True, explicit=True)
            return
        if not self.portals:
            logger.warning("portals: no enabled portal in %s", self.crawler.settings.get("CLIPPER_PORTALS"))
        for portal in self.portals:
            for url in portal.start_urls:
                yield self._request(url, portal, article=portal.is_article(url), explicit=True)

    def _follow(self, portal: Portal, links: Iterable[str], sitemap_index: bool = False) -> Iterable[scrapy.Request]:
        for link in links:
            url = urldefrag(link.strip())[0]
            if not url.startswith(("http://", "https://")) or not portal.on_domain(url):
                continue
            if sitemap_index or (portal.is_listing(url) and not portal.is_article(url)):
                yield self._request(url, portal, article=False, explicit=False)
            elif portal.is_article(url):
                if url in self.known:
                    self.crawler.stats.inc_value("clipper/skipped/known_article")
                    continue
                if self.fetched.get(portal.name, 0) >= portal.max_pages:
                    self.crawler.stats.inc_value("clipper/skipped/max_pages")
                    continue
                self.fetched[portal.name] = self.fetched.get(portal.name, 0) + 1
                yield self._request(url, portal, article=True, explicit=False)

    # -- callbacks ------------------------------------------------------------------------------
    def parse_listing(self, response: Response) -> Iterable[Any]:
        portal = next((p for p in self.portals if p.name == response.meta.get("portal")), None)
        if portal is None:
            return
        head = response.body[:512].lstrip()
        if head.startswith(b"<?xml") or any(root in head for root in XML_ROOTS):
            sel = Selector(text=response.body.decode("utf-8", "replace"), type="xml")
            sel.remove_namespaces()
            for xpath, is_index in FEED_LINKS:
                yield from self._follow(portal, sel.xpath(xpath).getall(), sitemap_index=is_index)
            return
        if not isinstance(response, TextResponse):
            return
        links = [response.urljoin(h) for h in response.css("a::attr(href)").getall()]
        yield from self._follow(portal, links)

    def parse_article(self, response: Response) -> Iterable[Any]:
        portal = next((p for p in self.portals if p.name == response.meta.get("portal")), None)
        if response.status == 304:
            self.crawler.stats.inc_value("clipper/not_modified")
            yield DocumentItem(url=response.url, status=UNCHANGED)
            return
        content_type = response.headers.get("Content-Type")
        redirected = response.meta.get("redirect_urls") or []
        yield DocumentItem(url=response.url, body=response.body, requested_url=redirected[0] if redirected else None,
                           content_type=content_type.decode("latin-1") if content_type else None,
                           selectors=portal.selectors if portal else None,
                           etag=header(response, "ETag"), last_modified=header(response, "Last-Modified"))

    def failed(self, failure: Failure) -> Iterable[Any]:
        request = failure.request  # type: ignore[attr-defined]
        reason = failure_reason(failure, self.crawler.settings.getfloat("DOWNLOAD_TIMEOUT"))
        if reason == "forbidden by robots.txt" and not request.meta.get("explicit"):
            self.crawler.stats.inc_value("clipper/skipped/robots")
            logger.info("not followed (robots.txt): %s", request.url)
            return
        # A refused redirect is the error of the URL as linked, not of where it pointed.
        url = (request.meta.get("redirect_urls") or [request.url])[0]
        logger.warning("cannot fetch %s: %s", url, reason)
        if request.callback == self.parse_listing:
            self.walk_errors.append(f"listing {url}: {reason}")
            return
        yield DocumentItem(url=url, status="error", error=reason)


def header(response: Response, name: str) -> str | None:
    """A response header as text (validators are ASCII), or None."""
    value = response.headers.get(name)
    return value.decode("latin-1").strip() or None if value else None
