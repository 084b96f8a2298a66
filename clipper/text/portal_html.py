"""The article in an HTML page of a portal.

trafilatura finds the main text block; the Chinese portal furniture that it lets through
(``来源`` / ``责任编辑`` lines, link lists, ``上一篇`` / ``下一篇``, markers) is then handled by the
same line rules as text dumps (:mod:`clipper.text.portal_text`).
"""

from __future__ import annotations

import logging
import re

import trafilatura

from clipper.model import Article, Publication
from clipper.text import boilerplate as B
from clipper.text.portal_text import _is_end, build_article

logger = logging.getLogger(__name__)

_TITLE_SUFFIX = re.compile(r"\s*[-_|—–]+\s*[^-_|—–]{1,30}$")


def main_text(html: str, url: str | None = None) -> tuple[str | None, str | None, str | None, list[str]]:
    """(title, date, site name, text lines) of the page's main content."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        favor_recall=True, deduplicate=False,
    )
    if doc is None:
        return None, None, None, []
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    lines = [ln.strip() for ln in (data.get("text") or "").splitlines() if ln.strip()]
    return data.get("title"), data.get("date"), data.get("sitename"), lines


def extract_portal_html(html: str, url: str | None = None) -> tuple[Publication, list[Article], list[str]]:
    title, date, site, lines = main_text(html, url)
    furniture: list[str] = []
    end = next((i for i, ln in enumerate(lines) if _is_end(ln)), len(lines))
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
