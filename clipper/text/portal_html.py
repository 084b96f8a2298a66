"""The article in an HTML page of a portal.

The text-density extractor (:mod:`clipper.text.main_text`) finds the main text block, with
trafilatura as the fallback when it finds none; the Chinese portal furniture left in the block
(``来源`` / ``责任编辑`` lines, link lists, ``上一篇`` / ``下一篇``, markers) is then handled by the
same line rules as text dumps (:mod:`clipper.text.portal_text`).
"""

from __future__ import annotations

import logging
import re

from lxml import etree
from parsel import css2xpath

from clipper.model import Article, Publication
from clipper.text import boilerplate as B
from clipper.text import patterns as P
from clipper.text.main_text import block_lines, main_block, parse_html, text_content
from clipper.text.metadata import iso_date, printed_date
from clipper.text.normalize import cjk_count, normalize_title
from clipper.text.portal_text import (
    build_article, clean_repost, is_article_end, is_meta_line, is_title_like, is_widget_line, read_meta,
)

logger = logging.getLogger(__name__)

#: Lines at the top of the article block searched for the printed title and subtitle.
HEAD_LINES = 4
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
    # The heading the <title> repeats; of several, the longest (a site-name <h1> in the header
    # is in the <title> too, as its suffix: ``会议_华池县政协``).
    for h in root.iter("h1", "h2"):
        text = _text(h)
        if len(text) >= 4 and (not squeezed or text.replace(" ", "") in squeezed):
            if title is None or (squeezed and len(text) > len(title)):
                title = text
            if not squeezed:
                break
    if title is None:
        # A <title> that names the site (e-paper platforms: ``民主协商报-数字报刊平台``) gives no
        # headline; the page's first <h1> does.
        h1 = next((t for h in root.iter("h1") if len(t := _text(h)) >= 4), None)
        site_like = bool(page_title) and bool(P.PAPER_NAME.match(_TITLE_SUFFIX.sub("", page_title).strip()))
        if h1 and (not page_title or site_like):
            title = h1
        elif page_title:
            title = _TITLE_SUFFIX.sub("", page_title).strip() or page_title
    metas = {m.get("property") or m.get("name") or m.get("itemprop"): m.get("content") or ""
             for m in root.iter("meta")}
    for name in DATE_META:
        if (value := metas.get(name)) and (m := P.NUMERIC_DATE.search(value)):
            return title, printed_date(m.group(0))
    body = root.find("body")
    raw = text_content(body if body is not None else root)
    if (date := printed_date(" ".join(raw[:DATE_SEARCH_CHARS].split()))) and not date.startswith("--"):
        return title, date
    # A long text may push the date printed under it (``发布于 2024-05-21 08:47``) far down.
    if m := B.PUBLISHED_DATE.search(" ".join(raw.split())):
        return title, printed_date(m.group("date"))
    return title, date


def _printed(title: str | None, lines: list[str]) -> bool:
    """Whether `title` (without its site suffix) is printed in one of `lines`."""
    if not title:
        return False
    wanted = "".join((_TITLE_SUFFIX.sub("", title).strip() or title).split())
    return any(wanted in "".join(ln.split()) for ln in lines)


def printed_headline(preamble: list[str]) -> str | None:
    """The headline printed right above an article's text: the last headline-shaped line of
    the lines above it, past its meta lines (date, source, views), a ``——`` subtitle and
    widgets; None when the line right above is something else (a label, navigation, prose)."""
    for ln in reversed(preamble[-HEAD_LINES:]):
        if is_meta_line(ln) or B.DATE_ONLY_LINE.match(ln) or is_widget_line(ln) or P.DASH_SUBTITLE.match(ln):
            continue
        if is_title_like(ln) and not B.EPAPER_CHROME.match(ln) and not B.NAV_WORDS.search(ln):
            return ln
        return None
    return None


def _selected(root: etree._Element, css: str | None) -> etree._Element | None:
    if not css:
        return None
    found = root.xpath(css2xpath(css))
    return found[0] if found and isinstance(found[0], etree._Element) else None


def main_text(html: str, url: str | None = None, selectors: dict[str, str] | None = None
              ) -> tuple[str | None, str | None, list[str], list[str]]:
    """(title, date, text lines, lines above them) of the page's main content: the portal's own CSS selectors
    (``title`` / ``body`` / ``date``) where given, else the text-density extractor, with
    trafilatura when that finds nothing that reads like an article."""
    root = parse_html(html)
    if root is None:
        return None, None, [], []
    selectors = selectors or {}
    title, date = page_title_and_date(root)
    if (el := _selected(root, selectors.get("title"))) is not None:
        title = _text(el) or title
    if (el := _selected(root, selectors.get("date"))) is not None and (m := P.NUMERIC_DATE.search(_text(el))):
        date = iso_date(m)
    if (el := _selected(root, selectors.get("body"))) is not None:
        return title, date, block_lines(el), []
    block = main_block(root, title)
    lines, preamble = block.lines, block.preamble
    if (not selectors.get("title") and not _printed(title, preamble + lines[:HEAD_LINES])
            and (headline := printed_headline(preamble))):
        # The <title> names the site or the page type (``平凉市政协``, ``打印页面``): the
        # headline is the one printed right above the text.
        title = headline
    if sum(cjk_count(ln) for ln in lines) < MIN_MAIN_CJK:
        import trafilatura  # lazily: 0.3 s of start-up, needed only when the own selection fails

        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=False, include_comments=False, include_tables=True,
            favor_recall=True, deduplicate=False,
        )
        if doc is not None:
            data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            lines = [ln.strip() for ln in (data.get("text") or "").splitlines() if ln.strip()]
    return title, date, lines, preamble


def extract_portal_html(html: str, url: str | None = None, selectors: dict[str, str] | None = None
                        ) -> tuple[Publication, list[Article], list[str]]:
    """The article of a portal page (Publication from its meta lines, one Article or none, and
    the furniture lines removed)."""
    title, date, lines, preamble = main_text(html, url, selectors)
    furniture: list[str] = []
    fields: dict[str, str] = {}
    for ln in map(clean_repost, preamble):
        if is_meta_line(ln):
            read_meta(ln, fields)
            furniture.append(ln)
    # An editor's note printed over the text, in a box of its own, is the article's opening.
    if preamble and B.EDITOR_NOTE.match(preamble[-1]):
        lines = [preamble[-1], *lines]
        preamble = preamble[:-1]
    end = next((i for i, ln in enumerate(lines) if is_article_end(ln)), len(lines))
    furniture += lines[end:]
    lines = lines[:end]
    subtitle = None
    if title:
        title = _TITLE_SUFFIX.sub("", title).strip() or title
        squeezed = title.replace(" ", "")
        # The headline block printed inside the article box: the title, a ``——`` subtitle.
        for i, ln in enumerate(lines[:HEAD_LINES]):
            if ln.replace(" ", "") == squeezed:
                furniture.append(ln)
                lines[i] = ""
            elif subtitle is None and (m := P.DASH_SUBTITLE.match(ln)) and not P.SENTENCE_END.search(ln):
                subtitle = m.group("text").strip()
                furniture.append(ln)
                lines[i] = ""
        lines = [ln for ln in lines if ln]
    lines = [ln for ln in lines if not B.BREADCRUMB.search(ln)]
    page_date = date if date and not date.startswith("--") else None
    pub, articles, furniture = build_article(title, lines, fields, furniture, page_date)
    if date and not pub.date:
        pub.date = date
    for art in articles:
        if art.date is None and date:
            art.date = date
            art.kind = "news" if art.kind == "feature" else art.kind
        if art.source is None:
            art.source = pub.name
        if subtitle and not art.subtitle:
            art.subtitle = normalize_title(clean_repost(subtitle))
    return pub, articles, furniture
