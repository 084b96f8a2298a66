"""What two copies of one article say about each other: the lines and title parts one copy holds
that the other lacks where it holds everything around them — what a content farm inserted —
and another report a repost carries after the article.

A farm's spam line is short and no sentence, and its vocabulary changes from farm to farm; the
other copies of the article are evidence that holds whatever the vocabulary: the report runs on
from the paragraph before to the paragraph after without it. Lines an article itself prints
between paragraphs without a sentence (a numbered sub-heading, a photo caption or credit, a
byline, a dateline, its editors) are never taken as insertions: a copy may have left those out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clipper.text import patterns as P
from clipper.text.dedup import MIN_CHARS, Shingled, held_share, matching_text
from clipper.text.noise import SPAM_LINE_MAX, TITLE_JOINS, is_stray_line

#: Lines an article prints between its paragraphs that are no sentence: sub-headings numbered
#: or ordered (``一、``, ``（二）``, ``3.``, ``第一``), photo captions and credits, bylines.
ARTICLE_FURNITURE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]+"
    r"|图[为：:片]|图\s*[/／]|▲|△|■|□|◆|●|【)"
    r"|摄$|摄影|供图|(?:记者|通讯员|编辑|作者|来源)[\s:：]|[（(]完[）)]$"
    # the lines that close an article: its editors and makers, its source, its original title
    r"|^\s*[（(]?(?:责编|审核|校对|监制|统筹|编审|[初终一二三]审|出品|策划|制作|撰稿|文字|图片|视频|原标题|原题|本文|转自|转载)"
)
#: Characters that may stand between the two neighbours in the other copy (its own insertion,
#: or nothing): no more than a stray line holds.
MAX_GAP = SPAM_LINE_MAX
#: Share of a paragraph an appended item must hold for the paragraph to be the item's.
TAIL_HELD = 0.8
#: Characters of an appended item's first paragraph looked for at the item's start (and how far
#: from it they may stand: a dateline written otherwise).
ITEM_OPENING = 20


def _is_candidate(line: str) -> bool:
    """A line that may be a farm's: short, no sentence (nor a short one ending in a full stop,
    which is the article's), none of the article's own furniture."""
    line = line.strip()
    return is_stray_line(line) and not line.endswith("。") and not ARTICLE_FURNITURE.search(line) and not (
        P.DATELINE.match(line) or P.BYLINE.search(line) or P.PHOTO_CREDIT.search(line))


def inserted_lines(body: Sequence[str], other: Sequence[str]) -> list[int]:
    """Indices of `body`'s paragraphs that another copy of the same article (`other`'s
    paragraphs) shows to be inserted: a short line that is no sentence (nor an article's own
    furniture), while `other` lacks the line itself and either holds the paragraphs before and
    after it one right after the other, or ends with the same two last paragraphs where the line
    follows them. A line before the first paragraph is never shown (a deck, a dateline)."""
    if len(body) < 3 or not other:
        return []
    theirs = matching_text("\n".join(other))
    keys = [matching_text(p) for p in body]
    stray = [_is_candidate(p) for p in body]
    found = []
    last = max((j for j in range(len(body)) if not stray[j]), default=-1)
    for i in range(1, len(body)):
        if not stray[i] or not keys[i] or keys[i] in theirs:
            continue
        before = next((j for j in range(i - 1, -1, -1) if not stray[j]), None)
        if before is None or not keys[before]:
            continue
        at = theirs.find(keys[before])
        if at < 0:
            continue
        end = at + len(keys[before])
        if i > last:
            # after the last paragraph: the other copy's text ends there too (or with a line of
            # its own), right after the paragraph before it (a copy cut short ends inside one)
            ahead = next((j for j in range(before - 1, -1, -1) if not stray[j]), None)
            if ahead is None or not keys[ahead] or len(theirs) - end > MAX_GAP:
                continue
            ahead_at = theirs.rfind(keys[ahead], 0, at)
            if ahead_at >= 0 and at - (ahead_at + len(keys[ahead])) <= MAX_GAP:
                found.append(i)
            continue
        after = next(j for j in range(i + 1, len(body)) if not stray[j])
        nxt = theirs.find(keys[after], end) if keys[after] else -1
        if 0 <= nxt - end <= MAX_GAP:
            found.append(i)
    return found


def appended_tail(body: Sequence[str], item: str) -> int | None:
    """Where another article (its text `item`) that a repost appended to this one starts at the
    end of `body`: the first of the closing paragraphs that are each mostly the item's, or a
    farm's line among or before them (short, no sentence, no furniture). The first of them
    opens the item (a farm appends another report's beginning, or all of it), and the body
    keeps text of its own before them that the item does not hold (a template twin shares
    closing paragraphs with its report, not an opening). None when the item does not close the
    body so."""
    theirs = matching_text(item)
    held = Shingled.of(theirs).distinct
    k = len(body)
    first = None
    while k > 0:
        mine = matching_text(body[k - 1])
        if mine and held_share(Shingled.of(mine).distinct, held) >= TAIL_HELD:
            first = mine
        elif not _is_candidate(body[k - 1]):
            break
        k -= 1
    if first is None:
        return None
    at = theirs.find(first[:ITEM_OPENING])
    own = matching_text("".join(body[:k]))
    if not 0 <= at <= ITEM_OPENING or len(own) < MIN_CHARS or held_share(Shingled.of(own).distinct, held) >= 0.5:
        return None
    return k


def inserted_title_parts(title: str | None, other: str | None) -> list[str]:
    """Parts of `title` joined to the headline by a farm (``标题_某某`` , ``某某-标题``) that the
    other copy's title lacks while it holds the headline."""
    if not title or not other:
        return []
    parts = [p for p in TITLE_JOINS.split(title) if p]
    if len(parts) < 2:
        return []
    theirs = matching_text(other)
    kept = [p for p in parts if matching_text(p) and matching_text(p) in theirs]
    if not kept:
        return []
    return [p for p in parts if p not in kept and matching_text(p) not in theirs]


def without_title_parts(title: str | None, parts: Sequence[str]) -> str | None:
    """`title` without the farm's `parts` (as `inserted_title_parts` found them), the rest
    joined by a space as `noise.clean_title` joins what it keeps."""
    if not title or not parts:
        return title
    split = [p for p in TITLE_JOINS.split(title) if p]
    left = [p for p in split if p not in parts]
    return " ".join(left) if left and len(left) < len(split) else title
