"""The article in an HTML page of a portal.

The text-density extractor (:mod:`clipper.text.main_text`) finds the main text block, with
trafilatura as the fallback when it finds none; the Chinese portal furniture left in the block
(``来源`` / ``责任编辑`` lines, link lists, ``上一篇`` / ``下一篇``, markers) is then handled by the
same line rules as text dumps (:mod:`clipper.text.portal_text`).
"""

from __future__ import annotations

import logging
import re

import trafilatura
from lxml import etree

from clipper.model import Article, Publication
from clipper.text import boilerplate as B
from clipper.text import patterns as P
from clipper.text.main_text import main_lines, parse_html, text_content
from clipper.text.normalize import cjk_count
from clipper.text.portal_text import build_article, is_article_end

logger = logging.getLogger(__name__)

#: Below this many Chinese characters the density extractor's answer is not trusted.
MIN_MAIN_CJK = 30

_TITLE_SUFFIX = re.compile(r"\s*[-_|—–]+\s*[^-_|—–]{1,30}$")


#: Where article pages state their publication date, most trusted first.
DATE_META = (
    "article:published_time", "pubdate", "PubDate", "publishdate", "datePublished", "date",
)
#: How much of the page text (from the top) is searched for a printed date.
DATE_SEARCH_CHARS = 3000


def _text(el: etree._Element) -> str:
    return " ".join(text_content(el).split())


def page_title_and_date(root: etree._Element) -> tuple[str | None, str | None]:
    """Title (the <h1>/<h2> that the <title> repeats, else the <title> without the site suffix)
    and publication date (article meta tags, else the first date printed near the top)."""
    head_title = root.find(".//title")
    page_title = _text(head_title) if head_title is not None else ""
    squeezed = page_title.replace(" ", "")
    title = None
    for h in root.iter("h1", "h2"):
        text = _text(h)
        if len(text) >= 4 and (not squeezed or text.replace(" ", "") in squeezed):
            title = text
            break
    if title is None and page_title:
        title = _TITLE_SUFFIX.sub("", page_title).strip() or page_title
    metas = {m.get("property") or m.get("name") or m.get("itemprop"): m.get("content") or ""
             for m in root.iter("meta")}
    date = None
    for name in DATE_META:
        if (value := metas.get(name)) and (m := P.NUMERIC_DATE.search(value)):
            date = m
            break
    if date is None:
        body = root.find("body")
        top = text_content(body if body is not None else root)[:DATE_SEARCH_CHARS]
        date = P.NUMERIC_DATE.search(" ".join(top.split()))
    iso = None
    if date is not None and 1 <= int(date["m"]) <= 12 and 1 <= int(date["d"]) <= 31:
        iso = f"{int(date['y']):04d}-{int(date['m']):02d}-{int(date['d']):02d}"
    return title, iso


def main_text(html: str, url: str | None = None) -> tuple[str | None, str | None, list[str]]:
    """(title, date, text lines) of the page's main content: the text-density extractor first,
    trafilatura when it finds nothing that reads like an article."""
    root = parse_html(html)
    if root is None:
        return None, None, []
    title, date = page_title_and_date(root)
    lines = main_lines(root, title)
    if sum(cjk_count(ln) for ln in lines) < MIN_MAIN_CJK:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=False, include_comments=False, include_tables=True,
            favor_recall=True, deduplicate=False,
        )
        if doc is not None:
            data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            lines = [ln.strip() for ln in (data.get("text") or "").splitlines() if ln.strip()]
    return title, date, lines


def extract_portal_html(html: str, url: str | None = None) -> tuple[Publication, list[Article], list[str]]:
    title, date, lines = main_text(html, url)
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
    if date and not pub.date:
        pub.date = date
    for art in articles:
        if art.date is None and date:
            art.date = date
            art.kind = "news" if art.kind == "feature" else art.kind
        if art.source is None:
            art.source = pub.name
    return pub, articles, furniture
