"""Recognise a newspaper masthead at the top of a page and read the publication from it."""

from __future__ import annotations

import re
from collections.abc import Callable

from clipper.model import Publication
from clipper.text import patterns as P
from clipper.text.metadata import iso_date, number
from clipper.text.normalize import display_width
from clipper.text.pieces import FURNITURE, Piece

#: How many pieces from the top a masthead may span.
MASTHEAD_WINDOW = 8


def _is_sponsor_line(text: str) -> bool:
    """A sponsor or registration line (``主办``, ``国内统一刊号``); ``由县政协主办的…，`` is prose."""
    return bool(P.MASTHEAD_SPONSOR.search(text)) and not P.PROSE_PUNCT.search(text)


def _is_registration_line(text: str) -> bool:
    """A registration line alone (``国内统一连续出版物号 CN62-0023``, ``邮发代号``), without prose marks."""
    return bool(P.MASTHEAD_REGISTRATION.search(text)) and not P.PROSE_PUNCT.search(text)


def is_masthead_line(text: str) -> bool:
    """A line of the masthead: sponsor or registration, the date line, a lunar date, a weekday, a
    running header with the date, the issue with the page count."""
    return bool(
        _is_sponsor_line(text)
        or P.MASTHEAD_DATE.match(text)
        or P.MASTHEAD_DATE_CN.match(text)
        or P.MASTHEAD_LUNAR_LINE.match(text)
        or P.WEEKDAY_LINE.match(text)
        # (len: a line of CJK prints about as many ems; the page reader's print_width is not here)
        or (P.FULL_DATE.search(text) and is_page_header(text, len(text)))
        or (P.MASTHEAD_LUNAR.search(text) and (P.MASTHEAD_ISSUE.search(text) or P.MASTHEAD_PAGES.search(text)))
        or (P.MASTHEAD_ISSUE.search(text) and P.MASTHEAD_PAGES.search(text))
    )


#: A paper's name printed on one line with its sponsor (``协商导报 政协甘肃省委员会主管主办``).
_NAME_BEFORE_SPONSOR = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,10}(?:报|日报|晚报|周报|时报|导报))\s+(?=\S*主办)")
#: Least masthead lines in one window for a masthead below the top of a page's text.
MIN_LOWER_HITS = 2


def _windows(pieces: list[Piece]) -> list[tuple[int, list[int]]]:
    """Where the masthead is: at the top of the page, and (text extracted in the order the layout
    program drew its frames) the first window of pieces below that holds a sponsor or
    registration line (``主办``, ``国内统一刊号``) and another masthead line, when the top holds
    none. Each window's start and its hits."""
    top = pieces[:MASTHEAD_WINDOW]
    hits = [i for i, p in enumerate(top) if is_masthead_line(p.text)]
    out = [(0, hits)] if hits else []
    if any(_is_sponsor_line(top[i].text) for i in hits):  # (the whole masthead is there)
        return out
    for start in range(max(hits, default=-1) + 1, len(pieces)):
        if not _is_sponsor_line(pieces[start].text):
            continue
        lo = max(max(hits, default=-1) + 1, start - 1)  # (the paper's name on the line above)
        window = pieces[lo:lo + MASTHEAD_WINDOW]
        lower = [i for i, q in enumerate(window) if is_masthead_line(q.text)]
        if len(lower) >= MIN_LOWER_HITS:
            out.append((lo, lower))
            break
    return out


def read_masthead(pieces: list[Piece]) -> Publication:
    """Mark masthead pieces as furniture and return what they say (empty when there is none); a
    registration line (``国内统一连续出版物号 CN62-0023``) is the masthead's wherever it stands."""
    pub = Publication()
    for start, hits in _windows(pieces):
        _read(pieces[start:start + max(hits) + 1], hits, pub)
    for p in pieces:  # (a layout text may set a registration line apart from the rest of the masthead)
        if p.kind != FURNITURE and _is_registration_line(p.text):
            _read([p], [0], pub)
    return pub


def _read(window: list[Piece], hits: list[int], pub: Publication) -> None:
    for i, p in enumerate(window):
        text = p.text
        if P.PAPER_NAME.match(text) and (i + 1 in hits):
            pub.name = text
            p.kind = FURNITURE
            continue
        if i not in hits:
            continue
        p.kind = FURNITURE
        if m := _NAME_BEFORE_SPONSOR.match(text):
            pub.name = pub.name or m["name"]
        if m := P.MASTHEAD_DATE.match(text) or P.MASTHEAD_DATE_CN.match(text):
            pub.date = iso_date(m)
        elif (m := P.FULL_DATE.search(text)) and (is_page_header(text, len(text))
                                                  or (P.MASTHEAD_ISSUE.search(text) and not _is_sponsor_line(text))):
            # (a running header's date, or the date line that holds the issue; never a sponsor
            # line's 创刊 date)
            pub.date = pub.date or iso_date(m)
        if m := P.MASTHEAD_ISSUE.search(text):
            pub.issue = m["issue"].replace(" ", "")
        if m := P.MASTHEAD_PAGES.search(text):
            pub.pages = str(number(m["pages"] or m["pages2"]))


#: A page header line printed above the articles of an inner page: the page (``第2版``, with
#: its section name), the date, the editors.
PAGE_HEADER = re.compile(
    r"^(?:第\s*[\d一二三四五六七八九十]+\s*版(?:\s|$|[:：])|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?$"
    r"|(?:\d{1,2}\s*)?(?:责任编辑|责编|美术编辑|美编|校对|版式|组版)\s*[:：])"
)
#: Longest header line (ems).
PAGE_HEADER_MAX_WIDTH = 40
#: The parts a running header is made of, one per space-separated token: the page, the date
#: and weekday, an editor's role with the name, the paper's name, the page's section name.
_HEADER_PAGE = re.compile(r"^第\s*[\d一二三四五六七八九十]+\s*版$")
_HEADER_DATE = re.compile(r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日$|^(?:星期|周)[一二三四五六日天]$")
_HEADER_ROLE = re.compile(r"^(?:责任编辑|责编|美术编辑|美编|编辑|校对|版式|组版|审校)[:：]")
_HEADER_WORD = re.compile(r"^[\u4e00-\u9fff]{1,6}$")  # (a section name: 要闻, 综合新闻)
#: A page number printed bare (``2``, ``02``), or glued to the section name after it (``2时评``):
#: a part, though it anchors nothing alone.
_HEADER_NUMBER = re.compile(r"^\d{1,2}(?:[\u4e00-\u9fff]{1,6})?$")
#: A full date printed with spaces inside (``2024年 9月 13日``): one part.
_SPACED_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
#: Where an extractor glued two parts of a header: after a full date, before an editor's role,
#: before a full date or a page number (``民主协商报2024年11月29日第4版``).
_GLUED_PARTS = re.compile(r"(?<=\d日)(?=\S)|(?<=\S)(?=(?:责任编辑|责编|美术编辑|美编|校对|版式|组版)[:：])"
                          r"|(?<=[^\d\s])(?=\d{4}\s*年\s*\d{1,2}\s*月|第\s*[\d一二三四五六七八九十]+\s*版)")
#: A page number glued to a date or a weekday after it (``第一版2023年6月16日``; not to a word:
#: ``第三版面…`` may be prose).
_GLUED_PAGE = re.compile(r"(第\s*[\d一二三四五六七八九十]+\s*版)(?=\d|星期|周[一二三四五六日天])")


def is_page_header(text: str, width: float) -> bool:
    """A page header line (`width`: how wide it prints, ems): a page number, a date or an editor
    line alone (PAGE_HEADER), or a running header on one line — every part a page number, a
    date, an editor with the name, the paper's name or a section name, holding the page number
    or a full date, and no sentence punctuation (``民主协商报 2024年11月29日 第4版``)."""
    if width > PAGE_HEADER_MAX_WIDTH:
        return False
    if PAGE_HEADER.match(text):
        return True
    parts = _GLUED_PAGE.sub(r"\1 ", _GLUED_PARTS.sub(" ", _SPACED_DATE.sub(r"\1年\2月\3日", text))).split()
    if len(parts) < 2 or P.PROSE_PUNCT.search(text):
        return False
    anchored = False
    name_left = False  # (an editor's name printed spaced: ``责任编辑：王 丽``)
    for part in parts:
        if name_left and _HEADER_WORD.match(part) and len(part) <= 2:
            name_left = False
            continue
        name_left = False
        if _HEADER_PAGE.match(part) or (_HEADER_DATE.match(part) and "年" in part):
            anchored = True
        elif _HEADER_NUMBER.match(part):
            continue
        elif _HEADER_ROLE.match(part):
            name_left = True
        elif not (_HEADER_DATE.match(part) or P.PAPER_NAME.match(part) or _HEADER_WORD.match(part)):
            return False
    return anchored


#: What only a printed page's running header holds: the page's number (``第2版``, or a bare
#: ``2`` before the section's name) or an editor's role only print has (校对, 美编, 版式, 组版).
_PRINT_HEADER_PART = re.compile(
    r"第\s*[\d一二三四五六七八九十]+\s*版|^\d{1,2}\s|(?:校对|美术编辑|美编|版式|组版)\s*[:：]")


def is_print_header(line: str) -> bool:
    """A newspaper page's running header (``第1版 协商议事 责任编辑:罗霞荣 校对:谢静杰
    2025年4月26日``, ``2 文史春秋 2023年10月16日 星期一``), however widely an extractor spaced
    its parts: a page header of two parts or more, one of them print's own. (A portal's meta
    line, ``2024-06-26 来源：… 责任编辑：…``, and an e-paper's ``第01版：要闻`` alone are not.)"""
    flat = " ".join(line.split())
    return (len(flat.split()) >= 2 and bool(_PRINT_HEADER_PART.search(flat))
            and is_page_header(flat, display_width(flat)))


def numbered_section(text: str) -> bool:
    """The page's number and its section's name, the rest of a running header printed on a line
    of its own (``2 协商在基层``): no anchor of a header alone (a headline may open
    with a figure), one beside a header line."""
    parts = text.split()
    return (len(parts) == 2 and not P.PROSE_PUNCT.search(text)
            and any(re.fullmatch(r"\d{1,2}", x) for x in parts)
            and any(_HEADER_WORD.match(x) or P.PAPER_NAME.match(x) for x in parts))


def mark_page_headers(pieces: list[Piece], width: Callable[[str], float]) -> None:
    """Mark the page header lines among `pieces` as furniture (anywhere on the page: text
    extracted in drawing order puts them anywhere), and the paper's name, or the page's number
    with its section's name, on a line of its own beside one."""
    header = [is_page_header(p.text, width(p.text)) for p in pieces]  # (the masthead's date line too)
    for k, p in enumerate(pieces):
        if p.kind == FURNITURE:
            continue
        beside = (k > 0 and header[k - 1]) or (k + 1 < len(pieces) and header[k + 1])
        if header[k] or (beside and (P.PAPER_NAME.match(p.text) or numbered_section(p.text))):
            p.kind = FURNITURE
