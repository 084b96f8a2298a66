"""The article in an HTML page of a portal.

trafilatura finds the main text block; the Chinese portal furniture that it lets through
(``来源`` / ``责任编辑`` lines, link lists, ``上一篇`` / ``下一篇``, markers) is then handled by the
same line rules as text dumps (:mod:`clipper.text.portal_text`).
"""

from __future__ import annotations

import logging
import re

import trafilatura
from parsel import Selector

from clipper.model import Article, Publication
from clipper.text import boilerplate as B
from clipper.text import patterns as P
from clipper.text.portal_text import build_article, is_article_end

logger = logging.getLogger(__name__)

_TITLE_SUFFIX = re.compile(r"\s*[-_|—–]+\s*[^-_|—–]{1,30}$")


_DATE_META = (
    "meta[property='article:published_time']::attr(content)", "meta[name='pubdate']::attr(content)",
    "meta[name='PubDate']::attr(content)", "meta[name='publishdate']::attr(content)",
    "meta[itemprop='datePublished']::attr(content)", "meta[name='date']::attr(content)",
)


def page_title_and_date(html: str) -> tuple[str | None, str | None]:
    """Title (the <h1> that the <title> repeats, else the <title> without the site suffix) and
    publication date (article meta tags, else the first date printed near the top of the body).
    Cheaper than trafilatura's metadata pass, which dominated extraction time."""
    sel = Selector(text=html)
    page_title = " ".join(sel.css("title::text").getall()).strip()
    title = None
    for h in sel.css("h1, h2"):
        text = " ".join(t.strip() for t in h.css("::text").getall() if t.strip())
        if len(text) >= 4 and (not page_title or text.replace(" ", "") in page_title.replace(" ", "")):
            title = text
            break
    if title is None and page_title:
        title = _TITLE_SUFFIX.sub("", page_title).strip() or page_title
    date = None
    for query in _DATE_META:
        if (value := sel.css(query).get()) and (m := P.NUMERIC_DATE.search(value)):
            date = m
            break
    if date is None:
        body_text = " ".join(sel.css("body ::text").getall())[:3000]
        date = P.NUMERIC_DATE.search(body_text)
    iso = None
    if date is not None and 1 <= int(date["m"]) <= 12 and 1 <= int(date["d"]) <= 31:
        iso = f"{int(date['y']):04d}-{int(date['m']):02d}-{int(date['d']):02d}"
    return title, iso


def main_text(html: str, url: str | None = None) -> tuple[str | None, str | None, str | None, list[str]]:
    """(title, date, site name, text lines) of the page's main content."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=False, include_comments=False, include_tables=True,
        favor_recall=True, deduplicate=False,
    )
    title, date = page_title_and_date(html)
    if doc is None:
        return title, date, None, []
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    lines = [ln.strip() for ln in (data.get("text") or "").splitlines() if ln.strip()]
    return title, date, None, lines


def extract_portal_html(html: str, url: str | None = None) -> tuple[Publication, list[Article], list[str]]:
    title, date, site, lines = main_text(html, url)
    furniture: list[str] = []
    end = next((i for i, ln in enumerate(lines) if is_article_end(ln)), len(lines))
    furniture += lines[end:]
    lines = lines[:end]
    if title:
        title = _TITLE_SUFFIX.sub("", title).strip() or title
        if lines and lines[0].replace(" ", "") == title.replace(" ", ""):
            furniture.append(lines.pop(0))
    lines = [ln for ln in lines if not B.BREADCRUMB.search(ln)]
    pub, articles, furniture = build_article(title, lines, {}, furniture)
    if site and not pub.name:
        pub.name = site
    if date and not pub.date:
        pub.date = date
    for art in articles:
        if art.date is None and date:
            art.date = date
            art.kind = "news" if art.kind == "feature" else art.kind
        if art.source is None:
            art.source = pub.name
    return pub, articles, furniture
