"""Article metadata from datelines, bylines, credits and source lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clipper.text import patterns as P


def split_names(text: str) -> list[str]:
    """Names separated by spaces; a single character is the half of a name that the layout
    spaced out (``那 丽`` is one name, ``龚顺生 苟斌`` are two)."""
    if P.ANONYMOUS_BYLINE.match(text.strip()):
        return []  # (the paper's voice names no one)
    text = P.WRAPPED_ROLE.sub("", text)
    text = P.BYLINE_WORK.sub(" ", text)
    text = P.CREDIT_ROLE.sub(" ", text)
    text = re.sub(r"[□■◇◆/:：、，,（）()]", " ", text)
    tokens = [t for t in text.split() if re.fullmatch(r"[\u4e00-\u9fff·]+", t)]
    names: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            names.append(tok + tokens[i + 1])
            i += 2
            continue
        if len(tok) == 1 and names:
            names[-1] += tok
        elif len(tok) == 1 and i + 1 < len(tokens):
            tokens[i + 1] = tok + tokens[i + 1]
        else:
            names.extend(split_run_of_names(tok))
        i += 1
    return [n for n in names if 2 <= len(n) <= 6]


def split_run_of_names(run: str) -> list[str]:
    """Names printed together when the space between them fell at a line end (``傅兰亮戴斌``):
    Chinese personal names have two or three characters and begin with a surname, so a run of
    five or six splits where the second name's surname begins; four split in two only when
    both halves begin with a common surname and the run is no compound surname's name."""
    n = len(run)
    if n >= 5:
        cuts = [k for k in (3, 2) if 2 <= n - k <= 3 and run[k] in P.COMMON_SURNAMES]
        if cuts:
            k = cuts[0]
            return [run[:k], run[k:]]
        return [run]
    if n == 4 and run[:2] not in P.COMPOUND_SURNAMES and run[0] in P.COMMON_SURNAMES and run[2] in P.COMMON_SURNAMES:
        return [run[:2], run[2:]]
    return [run]


def credit_names(credit: str) -> list[str]:
    """Names in a dateline credit ``通讯员陈 刚`` / ``记者张 柳 通讯员李四``; other text
    in the parenthesis (a source, an org) is ignored."""
    if not P.CREDIT_ROLE.search(credit):
        return []
    names: list[str] = []
    for part in P.CREDIT_ROLE.split(credit):
        names.extend(split_names(part))
    return names


@dataclass
class Dateline:
    place: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    has_dateline: bool = False
    dated: bool = False  # the formula prints the day it was filed (``新华社兰州2月14日电``)


def read_dateline(first_paragraph: str) -> Dateline:
    """What the opening formula of a report says: ``本报X讯（通讯员Y）`` or ``据《…》消息``."""
    text = first_paragraph.strip()
    if m := P.DATELINE.match(text):
        place = m.group("place") or None
        return Dateline(place=place, authors=credit_names(m.group("credit") or ""), has_dateline=True)
    if m := P.AGENCY_DATELINE.match(text):
        return Dateline(place=m.group("place"), source=text[: m.start("place")], has_dateline=True,
                        dated=bool(P.MONTH_DAY.search(m.group(0))))
    if m := P.SOURCE_DATELINE.match(text):
        return Dateline(source=(m.group("source") or m.group("medium")).strip("《》"), has_dateline=True)
    return Dateline()


def first_month_day(text: str, limit: int = 200) -> tuple[int, int, int | None] | None:
    """The first ``M月D日`` (with its year when printed) in the first `limit` characters."""
    m = P.MONTH_DAY.search(text[:limit])
    if not m:
        return None
    month, day = int(m["m"]), int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return month, day, int(m["y"]) if m["y"] else None


def iso_date(m: re.Match[str]) -> str:
    """``YYYY-MM-DD`` of a match with groups y, m, d (NUMERIC_DATE, MASTHEAD_DATE), in figures or
    in Chinese numerals (MASTHEAD_DATE_CN: ``二〇二四`` ``十一`` ``二十九``)."""
    return f"{number(m['y'], digits=True):04d}-{number(m['m']):02d}-{number(m['d']):02d}"


_CN_DIGITS = {c: k for k, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def number(text: str, digits: bool = False) -> int:
    """An integer written in figures or in Chinese numerals: digit by digit for a year
    (``二〇二四``), else with tens (``十一``, ``二十九``, ``三十``)."""
    if text.isdigit():
        return int(text)
    if digits:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    return _CN_DIGITS[text]


#: ``2024 02/08``: the year set apart from month/day (a news agency's page header).
SPACED_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})\s*/\s*(?P<d>\d{1,2})(?!\d)")
#: ``05-21 08:47``: month-day and time without a year (app and platform pages).
YEARLESS_DATE_TIME = re.compile(r"(?<![\d-])(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+\d{1,2}:\d{2}(?!\d)")


def printed_date(text: str) -> str | None:
    """The first date a page prints in `text`: ``YYYY-MM-DD``, or ``--MM-DD`` when it prints
    month, day and time only; None when it prints none (a valid month and day)."""
    found = [m for m in (P.NUMERIC_DATE.search(text), SPACED_DATE.search(text), P.CN_DATE.search(text))
             if m and _valid(m)]
    if found:
        return iso_date(min(found, key=lambda m: m.start()))
    m = YEARLESS_DATE_TIME.search(text)
    return f"--{int(m['m']):02d}-{int(m['d']):02d}" if m and _valid(m) else None


def _valid(m: re.Match[str]) -> bool:
    return 1 <= number(m["m"]) <= 12 and 1 <= number(m["d"]) <= 31


def format_date(month: int, day: int, year: int | None = None, page_date: str | None = None) -> str:
    """``YYYY-MM-DD`` when the year is known (printed, or from the page date), else ``--MM-DD``.
    An event in a later month than the page's date belongs to the year before."""
    if year is None and page_date and not page_date.startswith("-"):
        py, pm = int(page_date[:4]), int(page_date[5:7])
        year = py - 1 if month > pm + 1 else py
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def source_line_parts(text: str) -> tuple[str | None, list[str]]:
    """``（来源：肃州区政协办 朱晶晶）`` -> ('肃州区政协办', ['朱晶晶']). The first token is the
    origin when it reads as an organisation; person names follow."""
    inner = re.sub(r"^[（(]?\s*(?:来源|稿源|转自|出处)\s*[:：]\s*", "", text.strip()).rstrip("）) ")
    tokens = inner.split()
    if not tokens:
        return None, []
    source = tokens[0]
    people: list[str] = []
    for tok in tokens[1:]:
        if P.ORG_SUFFIX.search(tok):
            continue
        people.extend(split_names(tok))
    if not P.ORG_SUFFIX.search(source) and len(tokens) == 1 and len(source) <= 4:
        return None, split_names(source)
    return source, people


#: Where an article's sortable date comes from: its own full date, the page's date (the year of
#: a masthead for a `--MM-DD` date, or the page's date for an undated article), or the day the
#: crawl first saw it (the year inferred).
DATE_FROM_ARTICLE, DATE_FROM_PAGE, DATE_FROM_CRAWL = "article", "page", "crawl"
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH_DAY = re.compile(r"^--(\d{2})-(\d{2})$")


def sortable_date(date: str | None, page_date: str | None, seen: str) -> tuple[str, str]:
    """(YYYY-MM-DD, where it comes from) for an article printed with `date` (`YYYY-MM-DD`,
    `--MM-DD` or None) on a page dated `page_date`, first seen at `seen` (ISO timestamp). A
    month and day without a year take the page's year, else the year of `seen` — the year
    before when that date would lie after `seen`."""
    page_full = page_date if page_date and _FULL_DATE.match(page_date) else None
    if date and _FULL_DATE.match(date):
        return date, DATE_FROM_ARTICLE
    m = _MONTH_DAY.match(date or "")
    if m:
        if page_full:
            return f"{page_full[:4]}-{m.group(1)}-{m.group(2)}", DATE_FROM_PAGE
        year = int(seen[:4])
        if (m.group(1), m.group(2)) > (seen[5:7], seen[8:10]):
            year -= 1
        return f"{year:04d}-{m.group(1)}-{m.group(2)}", DATE_FROM_CRAWL
    if page_full:
        return page_full, DATE_FROM_PAGE
    return seen[:10], DATE_FROM_CRAWL


def page_date_of(printed: str | None, article_dates: list[str | None]) -> str | None:
    """The page's date: as printed (masthead, meta line), else the latest full date of one of
    its articles (a page of `--MM-DD` dates with one dated item takes its year)."""
    if printed and _FULL_DATE.match(printed):
        return printed
    full = sorted(d for d in article_dates if d and _FULL_DATE.match(d))
    return full[-1] if full else printed
