"""Stages 5 and 6 of reading a newspaper page: a body's pieces joined into paragraphs, then
the article with its metadata (place and date from the dateline, authors, kind, jump markers),
and the page's articles with paragraphs returned to the report they name back. Pure.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable

from clipper.model import Article, Publication
from clipper.text import patterns as P
from clipper.text.metadata import first_month_day, format_date, read_dateline, split_names
from clipper.text.newspaper.bodies import CUT_AT_END, CUT_AT_START, HEADING, Body
from clipper.text.newspaper.referents import return_back_references
from clipper.text.normalize import normalize_text, normalize_title
from clipper.text.pieces import BYLINE, CREDIT, DASH, MARKER, TEXT, Piece, is_body_start
from clipper.text.repeats import drop_repeated

def can_continue(p: Piece) -> bool:
    return p.kind == TEXT and not is_body_start(p.text) and not P.SPEAKER_TURN.match(p.text)


def _width_of_block(pieces: list[Piece]) -> float:
    widths = [p.width for p in pieces if p.kind == TEXT]
    return statistics.median(widths) if widths else 0.0


def _paragraphs(pieces: list[Piece], printed: bool) -> list[str]:
    """Join the pieces of one body into paragraphs."""
    texts = [p for p in pieces if p.kind in (TEXT, HEADING)]
    width = _width_of_block(texts) if printed else 0.0
    if printed:
        for p in texts:
            if p.kind == HEADING and p.width > 0.75 * width:
                p.kind = TEXT
    paras: list[str] = []
    current = ""
    prev: Piece | None = None
    for k, p in enumerate(texts):
        if p.kind == HEADING:
            if current:
                paras.append(current)
            paras.append(p.text)
            current, prev = "", None
            continue
        if prev is None or not current:
            current, prev = p.text, p
            continue
        if prev.meta.get("join_next") or _joins(prev, p, texts[k + 1] if k + 1 < len(texts) else None, printed, width):
            current += p.text
        else:
            paras.append(current)
            current = p.text
        prev = p
    if current:
        paras.append(current)
    return paras


def _joins(prev: Piece, cur: Piece, after: Piece | None, printed: bool, width: float) -> bool:
    if not can_continue(cur):
        return False
    if not prev.ends_sentence:
        return True
    if not printed:
        return False
    if prev.width <= width - 2:
        return False
    if P.OPENER_SPEECH.match(cur.text) or P.OPENER.match(cur.text):
        return False
    if after is not None and cur.width <= width - 2:
        return False
    return True


def build_article(body: Body, printed: bool, pub: Publication,
                   paragraphs: Callable[[list[Piece]], list[str]] | None = None) -> tuple[Article | None, list[str]]:
    leftovers: list[str] = []
    authors: list[str] = []
    continues: str | None = None
    kind_photo = False
    pieces: list[Piece] = []
    for p in body.pieces:
        if p.kind == MARKER:
            continues = re.sub(r"\s", "", P.MARKER.search(p.text).group("what"))
            leftovers.append(p.text)
        elif p.kind == CREDIT:
            kind_photo = True
            if (credit := P.PHOTO_CREDIT.match(p.text)) is not None:  # (a credit word alone names nobody)
                authors += split_names(credit.group("names"))
            leftovers.append(p.text)
        elif p.kind == BYLINE:
            authors += split_names(p.text)
            leftovers.append(p.text)
        elif p.kind == DASH:
            leftovers.append(p.text)
        else:
            pieces.append(p)
    for p in pieces:
        if m := CUT_AT_START.match(p.text):
            continues = re.sub(r"\s", "", m.group("what"))
            leftovers.append(m.group(0))
            p.text = p.text[m.end():]
        if m := CUT_AT_END.search(p.text):
            continues = re.sub(r"\s", "", m.group("what"))
            leftovers.append(m.group(0))
            p.text = p.text[: m.start()]
    paras = [x for x in (paragraphs(pieces) if paragraphs else _paragraphs(pieces, printed)) if x.strip()]
    paras, repeated = drop_repeated(paras)
    leftovers += repeated

    group = body.group
    title = subtitle = None
    if group is not None:
        title, subtitle = group.title, group.subtitle
        for b in group.bylines:
            authors = split_names(b) + authors
            leftovers.append(b)
    elif paras and body.pieces and _first_is_heading(body):
        title = paras.pop(0)
    if not paras and title is None:
        return None, leftovers + [p.text for p in pieces]
    if not paras:
        leftovers.append(title or "")
        return None, leftovers

    first = paras[0]
    dl = read_dateline(first)
    authors = dl.authors + authors
    date = None
    if dl.has_dateline or kind_photo or P.CAPTION_DATE_START.match(first):
        after_formula = P.DATELINE.sub("", first, count=1)
        if dl.dated or (not re.match(r"\s*(近日|日前|近期|近年|今年以来|目前)", after_formula)
                          and not (dl.source and "近日" in first[:40])):
            md = first_month_day(after_formula, limit=120)
            if md:
                date = format_date(md[0], md[1], md[2], pub.date)
    speakers = Counter(m.group("speaker") for p in paras if (m := P.SPEAKER_TURN.match(p)))
    if kind_photo:
        kind = "photo"
    elif len(speakers) >= 2 and sum(speakers.values()) >= 3 or (subtitle or "").lstrip("—").startswith("访"):
        kind = "interview"
    elif dl.has_dateline:
        kind = "news"
    elif title and P.NOTICE_TITLE.search(title):
        kind = "notice"
    else:
        kind = "feature"
    art = Article(
        title=normalize_title(title) if title else None,
        subtitle=normalize_title(subtitle) if subtitle else None,
        body=[normalize_text(x) for x in paras],
        date=date,
        place=dl.place,
        authors=_unique(authors),
        source=dl.source or pub.name,
        kind=kind,
        continues=continues,
    )
    return art, leftovers


def page_articles(bodies: list[Body], printed: bool, pub: Publication, furniture: list[str],
                  paragraphs: Callable[[list[Piece]], list[str]] | None = None,
                  return_references: bool = True) -> list[Article]:
    """The articles of a page's bodies in reading order (what they leave over goes to
    `furniture`); with `return_references`, each paragraph that names back another article's
    event is returned to it (:mod:`referents`)."""
    articles = []
    for body in sorted(bodies, key=lambda b: b.pos):
        art, leftovers = build_article(body, printed, pub, paragraphs)
        furniture += leftovers
        if art is not None:
            articles.append(art)
    if return_references:
        articles = return_back_references(articles)
    for k, art in enumerate(articles):
        art.position = k
    return articles


def _first_is_heading(body: Body) -> bool:
    texts = [p for p in body.pieces if p.kind in (TEXT, HEADING)]
    return bool(texts) and texts[0].kind == HEADING


def _unique(names: list[str]) -> list[str]:
    seen: list[str] = []
    for n in names:
        if n and n not in seen:
            seen.append(n)
    return seen
