"""A fixture portal served over real HTTP on 127.0.0.1, built like the portals clipper crawls.

    python tests/portal_site.py            # serve it on a free port and print the URL

Listing pages with pagination, an RSS feed, a sitemap index and its sitemap, article pages (tests/data/pages) with
their furniture and in several encodings (GBK with a wrong header, GBK undeclared, UTF-8
undeclared), a redirect, a 404, a 500, a slow page, a page too large, and a robots.txt that
forbids /private/. Article pages carry an ETag and Last-Modified and answer a conditional
request that matches them with 304, as nginx does. Every request is logged in `PortalSite.requests`.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "data" / "pages"


@dataclass(frozen=True)
class Page:
    """One article page: the fixture file, the bytes' encoding and the Content-Type charset sent."""

    file: str
    encoding: str
    header_charset: str | None


#: path -> article page. The header charset is what the server claims, right or wrong.
ARTICLES = {
    "/news/2024/0516-theory-study.html": Page("www.lzzx.example.cn.theory-study.html", "utf-8", "utf-8"),
    # GBK bytes, header says utf-8, <meta> says gb2312.
    "/news/2024/0520-water-supply.html": Page("www.tsszx.example.cn.field-research.html", "gbk", "utf-8"),
    # GBK bytes, no charset anywhere.
    "/news/2024/0522-service-station.html": Page("epaper.mzxsb.example.cn.page2.html", "gbk", None),
    # Traditional characters with pinyin and junk, UTF-8 undeclared.
    "/news/2024/0521-rural-tourism.html": Page("news.kuaibao-farm.example.com.repost.html", "utf-8", None),
}
REDIRECTS = {"/news/2024/old-0522.html": "/news/2024/0522-service-station.html"}
#: Redirects to wherever `PortalSite.offsite` says (another server: the SSRF tests).
OFFSITE = ("/news/2024/0406-moved.html", "/list/moved.html")
MISSING = "/news/2024/0401-missing.html"
BROKEN = "/news/2024/0402-broken.html"
SLOW = "/news/2024/0403-slow.html"
HUGE = "/news/2024/0404-huge.html"
FORBIDDEN = "/private/2024/0405-internal.html"
#: Seconds the slow page takes (the test sets a shorter download timeout).
SLOW_SECONDS = 4.0
#: Size of the huge page (the test sets a smaller download cap).
HUGE_BYTES = 600_000

#: Last-Modified of every article page.
LAST_MODIFIED = "Wed, 22 May 2024 08:00:00 GMT"

ROBOTS = "User-agent: *\nDisallow: /private/\n"


def _listing(page: int) -> str:
    links = {
        1: ['<a href="/news/2024/0516-theory-study.html">兰州市政协召开党组理论学习中心组（扩大）会议</a>',
            '<a href="/news/2024/0520-water-supply.html">天水市政协就城乡供水一体化开展专题调研</a>',
            f'<a href="{MISSING}">市政协召开机关党建工作会议</a>',
            f'<a href="{FORBIDDEN}">内部通知</a>',
            '<a href="http://elsewhere.example.org/news/2024/1.html">友情链接</a>'],
        2: [f'<a href="{next(iter(REDIRECTS))}">委员履职服务站建在家门口</a>',
            f'<a href="{BROKEN}">市政协开展民主监督专项活动</a>',
            f'<a href="{SLOW}">政协委员视察重点项目建设</a>',
            f'<a href="{HUGE}">全市政协系统工作会议召开（图集）</a>'],
    }[page]
    pager = ('<div class="pages"><a href="/list/1.html">首页</a> <a href="/list/2.html">下一页</a></div>'
             if page == 1 else '<div class="pages"><a href="/list/1.html">上一页</a> <span>2</span></div>')
    items = "".join(f"<li>{a}<span>2024-05-2{page}</span></li>" for a in links)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>政协要闻_第{page}页</title></head><body>'
            f'<div class="nav"><a href="/">首页</a><a href="/list/1.html">政协要闻</a></div>'
            f'<ul class="news-list">{items}</ul>{pager}<div class="footer">版权所有 政协办公室</div></body></html>')


def _rss(base: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>政协要闻</title>'
            f'<link>{base}/</link>'
            f'<item><title>甘肃政协委员建言乡村旅游高质量发展</title><link>{base}/news/2024/0521-rural-tourism.html</link></item>'
            f'<item><title>兰州市政协召开党组理论学习中心组（扩大）会议</title><link>{base}/news/2024/0516-theory-study.html</link></item>'
            '</channel></rss>')


def _sitemap_index(base: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f'<sitemap><loc>{base}/sitemap-news.xml</loc><lastmod>2024-05-22</lastmod></sitemap></sitemapindex>')


def _sitemap(base: str) -> str:
    urls = "".join(f"<url><loc>{base}{path}</loc><lastmod>2024-05-2{i}</lastmod></url>"
                   for i, path in enumerate(("/news/2024/0516-theory-study.html", "/news/2024/0520-water-supply.html")))
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


class PortalSite:
    """The fixture portal on 127.0.0.1 (a free port), served from a background thread."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.user_agents: set[str] = set()
        self.headers: list[dict[str, str]] = []
        #: Where the OFFSITE paths redirect to (a full URL).
        self.offsite = "http://127.0.0.1:9/"
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
                return

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                site.requests.append(self.path)
                site.user_agents.add(self.headers.get("User-Agent", ""))
                site.headers.append(dict(self.headers))
                site.respond(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> PortalSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def respond(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?", 1)[0]
        if path == "/robots.txt":
            return self._send(h, 200, ROBOTS.encode(), "text/plain")
        if path in ("/", "/list/1.html"):
            return self._send(h, 200, _listing(1).encode(), "text/html; charset=utf-8")
        if path == "/list/2.html":
            return self._send(h, 200, _listing(2).encode(), "text/html; charset=utf-8")
        if path == "/sitemap.xml":
            return self._send(h, 200, _sitemap_index(self.base).encode(), "application/xml")
        if path == "/sitemap-news.xml":
            return self._send(h, 200, _sitemap(self.base).encode(), "application/xml")
        if path == "/rss.xml":
            return self._send(h, 200, _rss(self.base).encode(), "application/rss+xml")
        if path in REDIRECTS or path in OFFSITE:
            h.send_response(301)
            h.send_header("Location", REDIRECTS.get(path, self.offsite))
            h.send_header("Content-Length", "0")
            h.end_headers()
            return None
        if path in ARTICLES:
            page = ARTICLES[path]
            body = (PAGES / page.file).read_text(encoding="utf-8").encode(page.encoding)
            ctype = "text/html" + (f"; charset={page.header_charset}" if page.header_charset else "")
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            validators = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
            if h.headers.get("If-None-Match") == etag or (
                    not h.headers.get("If-None-Match") and h.headers.get("If-Modified-Since") == LAST_MODIFIED):
                h.send_response(304)
                for name, value in validators.items():
                    h.send_header(name, value)
                h.end_headers()
                return None
            return self._send(h, 200, body, ctype, validators)
        if path == BROKEN:
            return self._send(h, 500, b"<html><body>Internal Server Error</body></html>", "text/html")
        if path == SLOW:
            time.sleep(SLOW_SECONDS)
            return self._send(h, 200, "<html><body><p>迟到的页面。</p></body></html>".encode(), "text/html; charset=utf-8")
        if path == HUGE:
            filler = "<p>" + "政协委员视察重点项目建设。" * 40 + "</p>\n"
            body = ("<html><body>" + filler * (HUGE_BYTES // len(filler.encode()) + 1) + "</body></html>").encode()
            return self._send(h, 200, body, "text/html; charset=utf-8")
        return self._send(h, 404, "<html><body><h1>404 页面不存在</h1></body></html>".encode(), "text/html; charset=utf-8")

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str,
              extra: dict[str, str] | None = None) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        for name, value in (extra or {}).items():
            h.send_header(name, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        try:
            h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


if __name__ == "__main__":
    with PortalSite() as site:
        print(f"fixture portal at {site.base}/ (Ctrl-C to stop)")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
