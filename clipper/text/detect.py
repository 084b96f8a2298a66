"""What kind of document a text is, from its content (never from its file name)."""

from __future__ import annotations

import re

from clipper.text import boilerplate as B
from clipper.text import patterns as P
from clipper.text.portal_text import is_footer, is_meta_line

_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|div|p|meta|title)\b", re.I)
#: A document that opens with markup (after a BOM, white space or comments).
_OPENS_WITH_MARKUP = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body|meta|title|script|link|div|table)\b", re.I | re.S)


#: Newspaper evidence (datelines and masthead lines count 2, jump markers 1) a page needs.
MIN_PAPER_EVIDENCE = 2


_NAV_SPLIT = re.compile(r"[\s|｜/>»·]+")


def is_nav_bar(line: str) -> bool:
    """A navigation bar: three or more short items side by side, one of them a chrome word."""
    tokens = [t for t in _NAV_SPLIT.split(line) if t]
    return len(tokens) >= 3 and max(map(len, tokens)) <= 6 and bool(B.NAV_WORDS.search(line))


def detect_kind(text: str) -> str:
    """``portal_html``, ``portal_text`` or ``newspaper``."""
    head = text[:4096]
    if len(_HTML.findall(head)) >= 2 or _OPENS_WITH_MARKUP.match(text[:65536]):
        return "portal_html"
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    portal = 0
    portal += 2 * sum(1 for ln in lines if B.BREADCRUMB.search(ln))
    portal += sum(1 for ln in lines if B.is_list_label(ln))
    # What only a web page prints (links to the previous and next article, a site footer, a
    # date-and-source line under the title) counts as much as a dateline.
    portal += 2 * sum(1 for ln in lines if B.PREV_NEXT.match(ln))
    portal += 2 * sum(1 for ln in lines if is_footer(ln))
    portal += min(3, sum(1 for ln in lines if B.BULLET.match(ln)))
    portal += 2 * sum(1 for ln in lines[:12] if len(ln) <= 80 and (len(list(B.META_FIELD.finditer(ln))) >= 2 or (
        B.DATE_TIME.search(ln) and B.META_FIELD.search(ln) and is_meta_line(ln))))
    # e-paper chrome (``数字报首页``, ``展开通版``; a newspaper page's ``第2版`` header is not) and
    # navigation or widget lines (``首页 | 登录 | 注册``, ``博客首页博文目录关于我``)
    portal += sum(1 for ln in lines[:20] if (B.EPAPER_CHROME.match(ln) and not re.match(r"^第\s*\S{1,3}\s*版", ln))
                  or is_nav_bar(ln))
    portal += min(3, sum(1 for ln in lines if len(ln) <= 24 and B.NAV_WORDS.search(ln) and not P.PROSE_PUNCT.search(ln)))
    paper = 0
    paper += 2 * sum(1 for ln in lines if P.DATELINE.match(ln))
    paper += 2 * sum(1 for ln in lines[:8] if P.MASTHEAD_SPONSOR.search(ln) or P.MASTHEAD_DATE.match(ln))
    paper += sum(1 for ln in lines if P.MARKER.search(ln))
    paper += sum(1 for ln in lines if "摄影报道" in ln)
    # A newspaper page shows datelines, a masthead or jump markers; text with too little of
    # either kind of evidence is one article's page, as portals print them.
    # One dateline among portal lines is one article's page; a newspaper page holds several
    # articles, or a masthead, or jump markers.
    needed = MIN_PAPER_EVIDENCE + (1 if portal else 0)
    if paper >= needed and paper >= portal:
        return "newspaper"
    return "portal_text"
