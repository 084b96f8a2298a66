"""What kind of document a text is, from its content (never from its file name)."""

from __future__ import annotations

import re
import statistics

from clipper.text import boilerplate as B
from clipper.text import patterns as P
from clipper.text.masthead import is_print_header
from clipper.text.newspaper.char_lm import continuation
from clipper.text.normalize import cjk_count
from clipper.text.pieces import is_printed_line_layout, split_pieces
from clipper.text.portal_text import is_footer, is_meta_line

_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|div|p|meta|title)\b", re.I)
#: A document that opens with markup (after a BOM, white space or comments).
_OPENS_WITH_MARKUP = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body|meta|title|script|link|div|table)\b", re.I | re.S)


#: Newspaper evidence (datelines and masthead lines count 2, jump markers 1) a page needs.
MIN_PAPER_EVIDENCE = 2
#: Evidence of text in printed lines (as a PDF extractor gives a printed page's text).
PRINTED_LINES_EVIDENCE = 2


#: The gap between two columns' lines printed side by side on one text line.
_SIDE_BY_SIDE = re.compile(r"\s{3,}|\u3000{2,}")


_NAV_SPLIT = re.compile(r"[\s|｜/>»·]+")


def is_nav_bar(line: str) -> bool:
    """A navigation bar: three or more short items side by side, one of them a chrome word."""
    tokens = [t for t in _NAV_SPLIT.split(line) if t]
    return len(tokens) >= 3 and max(map(len, tokens)) <= 6 and bool(B.NAV_WORDS.search(line))


#: Share of a text's lines (four Chinese characters or more) printed to one width (within an em)
#: for the text to be a column's printed lines.
COLUMN_SHARE = 0.4


#: Least count of such lines.
MIN_COLUMN_LINES = 20


def in_columns(text: str) -> bool:
    """Is `text` a page's printed lines: narrow lines stopping in mid-sentence, many of them
    printed to one width (a justified column's), the sentence running on across most breaks
    (the news model: a list of fields, ``成人票原价：279元`` / ``游客咨询电话：…``, is narrow and
    regular too, but each line stands alone)?"""
    pieces = split_pieces(text)
    if not is_printed_line_layout(pieces):
        return False
    lines = [p for p in pieces if cjk_count(p.text) >= 4]
    if len(lines) < MIN_COLUMN_LINES:
        return False
    widths = [round(p.width) for p in lines]
    top = max(sum(1 for w in widths if abs(w - c) <= 1) for c in set(widths))
    if top < COLUMN_SHARE * len(widths):
        return False
    runs = [continuation(a.text, b.text) for a, b in zip(lines, lines[1:]) if not a.ends_sentence]
    return bool(runs) and statistics.median(runs) > 0.0


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
    # (a newspaper's byline opens with a box too: ``□ 本报通讯员 杨春燕`` is no list item, nor
    # when a layout-keeping extractor printed the next column's line beside it)
    portal += min(3, sum(1 for ln in lines
                         if B.BULLET.match(ln) and not P.BYLINE.match(_SIDE_BY_SIDE.split(ln)[0])))
    # (a printed page's running header names its editors too: not a portal's meta line)
    header = [is_print_header(ln) for ln in lines[:8]]
    portal += 2 * sum(1 for k, ln in enumerate(lines[:12]) if len(ln) <= 80 and not (k < 8 and header[k]) and (
        len(list(B.META_FIELD.finditer(ln))) >= 2
        or (B.DATE_TIME.search(ln) and B.META_FIELD.search(ln) and is_meta_line(ln))))
    # e-paper chrome (``数字报首页``, ``展开通版``; a newspaper page's ``第2版`` header is not) and
    # navigation or widget lines (``首页 | 登录 | 注册``, ``博客首页博文目录关于我``)
    portal += sum(1 for ln in lines[:20] if (B.EPAPER_CHROME.match(ln) and not re.match(r"^第\s*\S{1,3}\s*版", ln))
                  or is_nav_bar(ln))
    portal += min(3, sum(1 for ln in lines if len(ln) <= 24 and B.NAV_WORDS.search(ln) and not P.PROSE_PUNCT.search(ln)))
    paper = 0
    paper += 2 * sum(1 for ln in lines if P.DATELINE.match(ln))
    paper += 2 * sum(1 for ln in lines[:8] if P.MASTHEAD_SPONSOR.search(ln) or P.MASTHEAD_DATE.match(ln))
    paper += 2 * min(1, sum(header))
    paper += sum(1 for ln in lines if P.MARKER.search(ln))
    paper += sum(1 for ln in lines if "摄影报道" in ln)
    # A newspaper page shows datelines, a masthead or jump markers; text with too little of
    # either kind of evidence is one article's page, as portals print them.
    # One dateline among portal lines is one article's page; a newspaper page holds several
    # articles, or a masthead, or jump markers.
    needed = MIN_PAPER_EVIDENCE + (1 if portal else 0)
    # Text in printed lines (narrow, most of them stopping in mid-sentence, many as wide as their
    # column) was extracted from a printed page: a page of a few undated items (a feature, a
    # notice) shows little else. (A web page's text broken at every link is narrow too, but its
    # lines share no width.) Asked only when the rest is not enough: it reads the text whole.
    if (paper < needed or paper < portal) and in_columns(text):
        paper += PRINTED_LINES_EVIDENCE
    if paper >= needed and paper >= portal:
        return "newspaper"
    return "portal_text"
