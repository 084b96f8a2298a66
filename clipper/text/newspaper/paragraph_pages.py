"""Newspaper pages whose text lines are paragraphs (or pieces of them cut at column ends):
the seeds' layout. The stages of its own, before the shared ones (see README, "How a newspaper
page is read"):

1. pieces: non-empty lines, classified by their own text (clipper.text.pieces); a masthead at
   the top becomes the publication and furniture;
2. headline runs: consecutive headline-like lines that are followed by a body (a dateline, a
   byline, a ``——`` subtitle, a caption date, a marker or the end of the page); a run splits
   into groups (``X市政协`` kicker + predicate is one title; title + subtitle);
3. repeats: a headline printed twice in a row is kept once; a garbled copy of another block's
   tail is cut;
4. reading order: a block that ends in mid-word and finds no continuation next to it is joined
   with the block elsewhere on the page that begins with the rest of it, and the column that
   holds it is moved there.

Then the stages every page shares: bodies (clipper.text.newspaper.bodies), headlines to bodies
(clipper.text.newspaper.assign), paragraphs and articles (clipper.text.newspaper.articles).
"""

from __future__ import annotations

import logging
import re

from clipper.text import patterns as P
from clipper.text.masthead import mark_page_headers, read_masthead
from clipper.text.newspaper.order import print_width
from clipper.text.newspaper.articles import can_continue, page_articles
from clipper.text.newspaper.assign import assign_headlines
from clipper.text.newspaper.bodies import (
    CUT_AT_END, HEADING, NON_INITIAL, Group, PageResult, Run, find_runs, merge_orphan_interviews, split_bodies,
)
from clipper.text.pieces import (
    BYLINE, CREDIT, DASH, FURNITURE, HEAD, TEXT, Piece,
    classify, is_body_start, is_column_label, is_heading_with_comma, is_headline_like, is_printed_line_layout,
    opens_item, split_pieces,
)
from clipper.text.normalize import cjk_count
from clipper.text.repeats import drop_garbled_tails, undouble

logger = logging.getLogger(__name__)


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------

def _is_cut(p: Piece) -> bool:
    return p.kind == TEXT and not p.ends_sentence and not CUT_AT_END.search(p.text)


def _page_grams(corpus: str) -> frozenset[str]:
    """Every run of 2 to 6 characters of the page: what `_junction_evidence` looks up (a set,
    so that a lookup does not scan the page)."""
    return frozenset(corpus[i:i + n] for n in range(2, 7) for i in range(len(corpus) - n + 1))


def _junction_evidence(left: str, right: str, corpus: frozenset[str]) -> float:
    """How much the page itself vouches for ``left`` + ``right`` being one text: character
    n-grams spanning the junction that occur elsewhere on the page (`corpus`: its runs of
    characters, `_page_grams`)."""
    score = 0.0
    if right[:1] and right[0] in NON_INITIAL:
        score += 2.0
    if len(right) > 1 and right[1] in "、，,；;" :
        score += 1.0
    for a in (1, 2, 3):
        for b in (1, 2, 3):
            gram = left[-a:] + right[:b]
            if len(gram) < 2 or re.search(r"[^\u4e00-\u9fff]", gram):
                continue
            if gram in corpus:
                score += (len(gram) - 1) ** 2
    return score


# ----------------------------------------------------------------------------------------------
# the procedure
# ----------------------------------------------------------------------------------------------

def segment_page(text: str) -> PageResult:
    pieces = split_pieces(text)
    classify(pieces)
    publication = read_masthead(pieces)
    mark_page_headers(pieces, print_width)
    furniture: list[str] = [p.text for p in pieces if p.kind == FURNITURE]
    seq = [p for p in pieces if p.kind != FURNITURE]
    printed = is_printed_line_layout(seq)

    seq = split_glued_credits(_merge_glued_lines(seq, printed))
    _demote_by_context(seq, printed)
    _mark_comma_headings(seq, printed)
    furniture += undouble_heads(seq)
    furniture += _drop_garbles(seq)

    items = find_runs(seq)
    items = _restore_reading_order(items, text)
    runs, bodies = split_bodies(items, _split_groups)
    for g in (g for run in runs for g in run):
        furniture += g.dropped
    merge_orphan_interviews(bodies)
    assign_headlines(runs, bodies)
    for run in runs:
        for g in run:
            if not g.taken:
                furniture.append(g.title + ("\n" + g.subtitle if g.subtitle else ""))

    return PageResult(publication, page_articles(bodies, printed, publication, furniture), furniture)


def _merge_glued_lines(seq: list[Piece], printed: bool) -> list[Piece]:
    """A line break with no blank line after it, inside a block of text, is a join."""
    out: list[Piece] = []
    for p in seq:
        prev = out[-1] if out else None
        if (printed and prev is not None and p.gap == 0 and prev.kind == TEXT and not prev.ends_sentence
                and not is_body_start(p.text)):
            prev.text += p.text
            continue
        out.append(p)
    return out


#: Least Chinese characters of a headline left after the credit glued before it.
HEAD_AFTER_CREDIT = 4


#: A column label an extractor glued after a paragraph's last sentence on the same baseline
#: (``…贡献力量。委员之声``): four to six characters after a sentence's end.
_AFTER_SENTENCE = r"[。！？][”’」』）)]*\s*"
_GLUED_LABEL = re.compile(_AFTER_SENTENCE + r"(?P<label>[\u4e00-\u9fff]{4,6})\s*$")
#: A photo's or brief's title glued after a paragraph's last sentence (``…任务。书法家写春联 送祝福``):
#: Chinese characters, a space between its phrases at most.
_GLUED_HEAD = re.compile(_AFTER_SENTENCE + r"(?P<head>[\u4e00-\u9fff]{2,}(?:\s[\u4e00-\u9fff]{2,})?)\s*$")
#: Least Chinese characters of such a title.
GLUED_HEAD_CHARS = 5
#: How a byline or credit opens (``本报记者 董建``): no title.
_BY = re.compile(rf"^(?:本报|{P.BYLINE_ROLES})")
#: Characters no title ends with: they want what follows (``…时间为`` | ``8月24日，…``).
_NEEDS_MORE = "为至于在到是从自向对把被将的和与及或"


def split_glued_credits(seq: list[Piece], glued_heads: bool = False) -> list[Piece]:
    """``…传统文化的魅力。薛小平 摄影报道``: the credit glued to a caption is its own piece; so is
    a credit glued before a headline (``宋家宁 摄影报道 非遗展演迎新春``), which then is a headline,
    and a column label glued after a paragraph's last sentence (``…贡献力量。委员之声``), which is
    a headline-like line of its own (a label). `glued_heads`: so is a photo's or brief's title glued
    after a paragraph's last sentence when the next line opens its caption (only where the page
    puts a column's lines one after another: read across columns, the next line is another
    column's)."""
    out: list[Piece] = []
    for k, p in enumerate(seq):
        before = (P.CREDIT_BEFORE_HEAD.match(p.text) if p.kind in (TEXT, HEAD) and not P.PROSE_PUNCT.search(p.text)
                  else None)
        if before and cjk_count(before.group("rest")) >= HEAD_AFTER_CREDIT:
            out.append(Piece(idx=p.idx, line=p.line, text=before.group("credit").strip(), gap=p.gap, kind=CREDIT))
            head = Piece(idx=p.idx, line=p.line, text=before.group("rest").strip(), gap=0, kind=HEAD)
            head.meta = {**p.meta, "indent": False}
            out.append(head)
            continue
        label = _GLUED_LABEL.search(p.text) if p.kind == TEXT else None
        if label and is_column_label(label.group("label")):
            out += _head_off(p, label, "label")
            continue
        head = _glued_head(p, seq[k + 1:k + 3]) if glued_heads else None
        if head:
            out += _head_off(p, head, "head")
            continue
        m = P.GLUED_PHOTO_CREDIT.search(p.text) if p.kind == TEXT else None
        if m and m.start() > 0:
            out.append(Piece(idx=p.idx, line=p.line, text=p.text[: m.start()].rstrip(), gap=p.gap))
            out.append(Piece(idx=p.idx, line=p.line, text=m.group("credit"), gap=0, kind=CREDIT))
        else:
            out.append(p)
    return out


def _head_off(p: Piece, m: re.Match[str], group: str) -> list[Piece]:
    """The text of `p` before the match's `group`, and that group as a headline-like line of its own."""
    tail = Piece(idx=p.idx, line=p.line, text=m.group(group), gap=0, kind=HEAD)
    tail.meta = {**p.meta, "indent": False}
    return [Piece(idx=p.idx, line=p.line, text=p.text[: m.start(group)].rstrip(), gap=p.gap), tail]


def _glued_head(p: Piece, after: list[Piece]) -> re.Match[str] | None:
    """The title of a photo or brief glued after a paragraph's last sentence on one printed line
    (``…任务。书法家写春联 送祝福``), when the next line opens a caption or a report (a date and
    its clause, a dateline), or is a ``——`` subtitle over one: no sentence goes on into those.
    `after`: the lines after `p` (two at most)."""
    if p.kind != TEXT or not after:
        return None
    if not (opens_item(after[0].text) or (after[0].kind == DASH and len(after) > 1 and opens_item(after[1].text))):
        return None
    m = _GLUED_HEAD.search(p.text)
    if not m or m.start("head") == 0 or cjk_count(m.group("head")) < GLUED_HEAD_CHARS:
        return None
    head = m.group("head")
    if (P.FUNCTION_START.match(head) or P.OPENER.match(head + "，") or head[-1] in _NEEDS_MORE or _BY.match(head)
            or P.PHOTO_CREDIT.match(head) or not is_headline_like(head)):
        return None  # (``…斤。 金海强 摄影报道``: a credit glued to its caption is the caption's)
    return m


def _demote_by_context(seq: list[Piece], printed: bool) -> None:
    """On printed-line pages, a headline-like line that follows an unfinished sentence is a
    line of running text."""
    for i, p in enumerate(seq):
        if p.kind not in (HEAD, BYLINE, CREDIT) or i == 0:
            continue
        prev = seq[i - 1]
        if printed and prev.kind == TEXT and not prev.ends_sentence and not CUT_AT_END.search(prev.text):
            p.kind = TEXT


def _mark_comma_headings(seq: list[Piece], printed: bool) -> None:
    """Paragraph-per-line pages set section headings such as ``多方参与，聚集…“新动能”`` as
    lines of their own; on printed-line pages such a line cannot be told from running text."""
    if printed:
        return
    for i, p in enumerate(seq):
        if p.kind == TEXT and is_heading_with_comma(p.text) and not is_body_start(p.text):
            prev = seq[i - 1] if i else None
            if prev is None or prev.kind != TEXT or prev.ends_sentence:
                p.kind = HEADING


def undouble_heads(seq: list[Piece]) -> list[str]:
    removed = []
    for p in seq:
        if p.kind == HEAD:
            p.text, copy = undouble(p.text)
            if copy:
                removed.append(copy)
    return removed


def _drop_garbles(seq: list[Piece]) -> list[str]:
    texts = [p for p in seq if p.kind == TEXT]
    new, removed = drop_garbled_tails([p.text for p in texts])
    for p, t in zip(texts, new):
        p.text = t
    return removed


#: Most pieces one printed page holds (a page of the seeds has about 50): a longer input is
#: several pages run together, and a cut block is joined only within its own stretch of this
#: many pieces, so that the work stays linear in the input.
MAX_PAGE_PIECES = 400


def _restore_reading_order(items: list[Piece | Run], text: str) -> list[Piece | Run]:
    """Join blocks cut in mid-word with the block that holds the rest, moving the column."""
    if len(items) <= MAX_PAGE_PIECES:
        return _restore_page_order(items, text)
    out: list[Piece | Run] = []
    for start in range(0, len(items), MAX_PAGE_PIECES):
        out.extend(_restore_page_order(items[start:start + MAX_PAGE_PIECES], text))
    return out


def _restore_page_order(items: list[Piece | Run], text: str) -> list[Piece | Run]:
    corpus = _page_grams("\n".join(x.text for x in items if isinstance(x, Piece)))

    def nxt(k: int) -> Piece | Run | None:
        return items[k + 1] if k + 1 < len(items) else None

    def prv(k: int) -> Piece | Run | None:
        return items[k - 1] if k > 0 else None

    dangling = [k for k, x in enumerate(items) if isinstance(x, Piece) and _is_cut(x)
                and not (isinstance(nxt(k), Piece) and can_continue(nxt(k)))]
    candidates = [k for k, x in enumerate(items) if isinstance(x, Piece) and can_continue(x)
                  and not P.OPENER.match(x.text) and not P.OPENER_SPEECH.match(x.text)]
    proposals: list[tuple[float, int, int]] = []
    for a in dangling:
        for b in candidates:
            if b == a or b == a + 1:
                continue
            ev = _junction_evidence(items[a].text, items[b].text, corpus)
            before = prv(b)
            if isinstance(before, Piece) and _is_cut(before):
                ev -= _junction_evidence(before.text, items[b].text, corpus)
            if ev >= 1.0:
                proposals.append((ev, a, b))
    used_a: set[int] = set()
    used_b: set[int] = set()
    moves: list[tuple[Piece, Piece]] = []
    for ev, a, b in sorted(proposals, reverse=True):
        if a in used_a or b in used_b:
            continue
        used_a.add(a)
        used_b.add(b)
        moves.append((items[a], items[b]))

    def where(piece: Piece) -> int:
        # By identity: each move reorders the list, so positions found before it are stale.
        return next(k for k, x in enumerate(items) if x is piece)

    for a_piece, b_piece in moves:
        a = where(a_piece)
        logger.debug("joining cut block %r with %r", a_piece.text[-10:], b_piece.text[:10])
        start = a
        while start > 0:
            prev = items[start - 1]
            cur = items[start]
            if isinstance(cur, Piece) and cur.kind == HEADING:
                break
            if isinstance(cur, Piece) and is_body_start(cur.text):
                break
            if not isinstance(prev, Piece) or prev.kind not in (TEXT, HEADING) or CUT_AT_END.search(prev.text):
                break
            if prev is b_piece:
                break
            start -= 1
        block = items[start:a + 1]
        # An article whose text begins with an orphan lacks its lead: the paragraph before the
        # moved column's first heading is that lead.
        b_prev = prv(where(b_piece))
        if (isinstance(block[0], Piece) and block[0].kind == HEADING and start > 0
                and (isinstance(b_prev, Run) or (isinstance(b_prev, Piece) and b_prev.kind in (BYLINE, DASH)))):
            lead = items[start - 1]
            if isinstance(lead, Piece) and lead.kind == TEXT and lead.ends_sentence and not is_body_start(lead.text) and lead is not b_piece:
                start -= 1
                block = items[start:a + 1]
        a_piece.meta["join_next"] = True
        b_piece.meta["joined"] = True
        rest = items[:start] + items[a + 1:]
        at = next(k for k, x in enumerate(rest) if x is b_piece)
        items = rest[:at] + block + rest[at:]
    return items


def _split_groups(run: Run, run_no: int, followed_by_body: bool, boxed: bool = False) -> list[Group]:
    groups: list[Group] = []
    heads = run.pieces
    i = 0
    paired_kicker = set()
    while i < len(heads):
        p = heads[i]
        if p.kind == BYLINE:
            if groups:
                groups[-1].bylines.append(p.text)
            i += 1
            continue
        if p.kind == DASH:
            sub = P.DASH_SUBTITLE.match(p.text).group("text")
            if groups and groups[-1].subtitle is None:
                groups[-1].subtitle = sub
                groups[-1].dropped.append(p.text[: len(p.text) - len(sub)])
            else:
                groups.append(Group(title=sub, run=run_no))
            i += 1
            continue
        nxt = heads[i + 1] if i + 1 < len(heads) else None
        if P.ORG_KICKER.match(p.text) and nxt is not None and nxt.kind == HEAD:
            groups.append(Group(title=p.text + nxt.text, run=run_no))
            paired_kicker.add(len(groups) - 1)
            i += 2
            continue
        groups.append(Group(title=p.text, run=run_no))
        i += 1
    has_dash = any(p.kind == DASH for p in heads)
    if (not has_dash and followed_by_body and len(groups) >= 2
            and (len(groups) - 1) not in paired_kicker and (len(groups) - 2) not in paired_kicker
            and groups[-2].subtitle is None and not groups[-2].bylines):
        last = groups.pop()
        groups[-1].subtitle = last.title
        groups[-1].bylines += last.bylines
    if groups and followed_by_body:
        groups[-1].bound_forward = True
    return groups


__all__ = ["segment_page"]
