"""Split the text of one printed newspaper page into its articles, in reading order.

The procedure (see README, "How a newspaper page is read"):
1. pieces: non-empty lines, classified by their own text (headline-like, byline, credit, ...);
   a masthead at the top becomes the publication and furniture;
2. headline runs: consecutive headline-like lines that are followed by a body (a dateline, a
   byline, a ``——`` subtitle, a caption date, a marker or the end of the page); a run splits
   into groups (``X市政协`` kicker + predicate is one title; title + subtitle);
3. repeats: a headline printed twice in a row is kept once; a garbled copy of another block's
   tail is cut;
4. reading order: a block that ends in mid-word and finds no continuation next to it is joined
   with the block elsewhere on the page that begins with the rest of it, and the column that
   holds it is moved there;
5. bodies: the text between runs, datelines, ``（接X版）``/``（转X版）`` markers and photo credits;
6. headlines go to bodies by content (shared character bigrams, place names) before position;
   a headline group that no body takes is a column label (furniture);
7. paragraphs: column breaks are joined; on pages printed one line per text line, paragraph
   ends come from sentence-final punctuation and the line width of each body block.
"""

from __future__ import annotations

import logging
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from clipper.model import Article, Publication
from clipper.text import patterns as P
from clipper.text.masthead import read_masthead
from clipper.text.metadata import first_month_day, format_date, read_dateline, split_names
from clipper.text.normalize import normalize_text, normalize_title
from clipper.text.pieces import (
    BYLINE, CREDIT, DASH, FURNITURE, HEAD, MARKER, TEXT, Piece,
    classify, is_body_start, is_heading_with_comma, is_printed_line_layout, split_pieces,
)
from clipper.text.repeats import drop_garbled_tails, drop_repeated, undouble

logger = logging.getLogger(__name__)

HEADING = "heading"  # a section heading (小标题) inside a body
#: Least content score for a headline to be given to a body it is not printed next to.
MIN_ASSIGN_SCORE = 0.34
#: Characters that cannot begin a sentence: a piece that begins with one continues another.
NON_INITIAL = "、，,；;：:）)」』”》。！？…"
_CUT_AT_END = re.compile(P.MARKER.pattern + r"\s*$")
_CUT_AT_START = re.compile(r"^\s*" + P.MARKER.pattern)


@dataclass
class Group:
    """One headline: title lines, subtitle, bylines."""

    title: str
    subtitle: str | None = None
    bylines: list[str] = field(default_factory=list)
    run: int = 0
    bound_forward: bool = False  # last group of a run that is directly followed by a body
    pos: int = 0
    dropped: list[str] = field(default_factory=list)
    taken: bool = False  # given to a body; a group nobody takes is a column label

    @property
    def place(self) -> str | None:
        m = P.HEADLINE_PLACE.match(self.title)
        return m.group("place") if m else None


@dataclass
class Body:
    pieces: list[Piece]
    pos: int
    after_run: int | None = None
    before_run: int | None = None
    group: Group | None = None
    continues: str | None = None
    credit: str | None = None

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    @property
    def formula(self) -> bool:
        first = self.first_text
        return bool(first and is_body_start(first.text))

    @property
    def first_text(self) -> Piece | None:
        return next((p for p in self.pieces if p.kind in (TEXT, MARKER)), None)

    @property
    def speakers(self) -> Counter[str]:
        return Counter(m.group("speaker") for p in self.pieces if (m := P.SPEAKER_TURN.match(p.text)))


@dataclass
class PageResult:
    publication: Publication
    articles: list[Article]
    furniture: list[str]


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------

def _bigrams(text: str) -> set[str]:
    chars = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


def _is_cut(p: Piece) -> bool:
    return p.kind == TEXT and not p.ends_sentence and not _CUT_AT_END.search(p.text)


def _can_continue(p: Piece) -> bool:
    return p.kind == TEXT and not is_body_start(p.text) and not P.SPEAKER_TURN.match(p.text)


def _junction_evidence(left: str, right: str, corpus: str) -> float:
    """How much the page itself vouches for ``left`` + ``right`` being one text: character
    n-grams spanning the junction that occur elsewhere on the page."""
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
    furniture: list[str] = [p.text for p in pieces if p.kind == FURNITURE]
    seq = [p for p in pieces if p.kind != FURNITURE]
    printed = is_printed_line_layout(seq)

    seq = _split_glued_credits(_merge_glued_lines(seq, printed))
    _demote_by_context(seq, printed)
    _mark_comma_headings(seq, printed)
    furniture += _undouble_heads(seq)
    furniture += _drop_garbles(seq)

    items = _find_runs(seq)
    items = _restore_reading_order(items, text)
    runs, bodies = _split_bodies(items)
    for g in (g for run in runs for g in run):
        furniture += g.dropped
    _merge_orphan_interviews(bodies)
    _assign_headlines(runs, bodies)
    for run in runs:
        for g in run:
            if not g.taken:
                furniture.append(g.title + ("\n" + g.subtitle if g.subtitle else ""))

    articles: list[Article] = []
    for body in sorted(bodies, key=lambda b: b.pos):
        art, leftovers = _build_article(body, printed, publication)
        furniture += leftovers
        if art is not None:
            art.position = len(articles)
            articles.append(art)
    return PageResult(publication, articles, furniture)


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


def _split_glued_credits(seq: list[Piece]) -> list[Piece]:
    """``…传统文化的魅力。薛小平 摄影报道``: the credit glued to a caption is its own piece."""
    out: list[Piece] = []
    for p in seq:
        m = P.GLUED_PHOTO_CREDIT.search(p.text) if p.kind == TEXT else None
        if m and m.start() > 0:
            out.append(Piece(idx=p.idx, line=p.line, text=p.text[: m.start()].rstrip(), gap=p.gap))
            out.append(Piece(idx=p.idx, line=p.line, text=m.group("credit"), gap=0, kind=CREDIT))
        else:
            out.append(p)
    return out


def _demote_by_context(seq: list[Piece], printed: bool) -> None:
    """On printed-line pages, a headline-like line that follows an unfinished sentence is a
    line of running text."""
    for i, p in enumerate(seq):
        if p.kind not in (HEAD, BYLINE, CREDIT) or i == 0:
            continue
        prev = seq[i - 1]
        if printed and prev.kind == TEXT and not prev.ends_sentence and not _CUT_AT_END.search(prev.text):
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


def _undouble_heads(seq: list[Piece]) -> list[str]:
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


@dataclass
class Run:
    pieces: list[Piece]


def _next_kind_starts_body(p: Piece | None) -> bool:
    if p is None:
        return True
    if p.kind in (MARKER, BYLINE, DASH):
        return True
    return p.kind == TEXT and (is_body_start(p.text) or bool(P.CAPTION_START.match(p.text)))


def _find_runs(seq: list[Piece], end_is_body: bool = True) -> list[Piece | Run]:
    """Group headline-like lines into headline runs; the others become section headings or
    running text."""
    items: list[Piece | Run] = []
    i = 0
    while i < len(seq):
        p = seq[i]
        if p.kind not in (HEAD, DASH, BYLINE):
            items.append(p)
            i += 1
            continue
        j = i
        while j < len(seq) and seq[j].kind in (HEAD, DASH, BYLINE):
            j += 1
        run = seq[i:j]
        nxt = seq[j] if j < len(seq) else None
        qualifies = any(x.kind in (DASH, BYLINE) for x in run) or _next_kind_starts_body(nxt)
        if qualifies and any(x.kind in (HEAD, DASH) for x in run):
            items.append(Run(run))
        else:
            for x in run:
                if x.kind == HEAD:
                    prev = items[-1] if items else None
                    prev_open = (isinstance(prev, Piece) and prev.kind == TEXT and not prev.ends_sentence
                                 and not _CUT_AT_END.search(prev.text))
                    x.kind = TEXT if prev_open else HEADING
                items.append(x)
        i = j
    return items


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
    corpus = "\n".join(x.text for x in items if isinstance(x, Piece))

    def nxt(k: int) -> Piece | Run | None:
        return items[k + 1] if k + 1 < len(items) else None

    def prv(k: int) -> Piece | Run | None:
        return items[k - 1] if k > 0 else None

    dangling = [k for k, x in enumerate(items) if isinstance(x, Piece) and _is_cut(x)
                and not (isinstance(nxt(k), Piece) and _can_continue(nxt(k)))]
    candidates = [k for k, x in enumerate(items) if isinstance(x, Piece) and _can_continue(x)
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
            if not isinstance(prev, Piece) or prev.kind not in (TEXT, HEADING) or _CUT_AT_END.search(prev.text):
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


def _split_groups(run: Run, run_no: int, followed_by_body: bool) -> list[Group]:
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


def _split_bodies(items: list[Piece | Run], split_groups: Callable[[Run, int, bool], list[Group]] | None = None
                  ) -> tuple[list[list[Group]], list[Body]]:
    split_groups = split_groups or _split_groups
    runs: list[list[Group]] = []
    bodies: list[Body] = []
    current: Body | None = None
    last_run: int | None = None

    def close() -> None:
        nonlocal current
        if current is not None and current.pieces:
            bodies.append(current)
        current = None

    for pos, item in enumerate(items):
        first = item.pieces[0] if isinstance(item, Run) else item
        if first.meta.get("flow_start"):
            # A new text flow (printed-line pages): nothing continues across its start.
            close()
            last_run = None
        if isinstance(item, Run):
            close()
            following = items[pos + 1] if pos + 1 < len(items) else None
            followed = isinstance(following, Piece)
            run_no = len(runs)
            groups = split_groups(item, run_no, followed)
            for g in groups:
                g.pos = pos
            runs.append(groups)
            if pos > 0 and bodies and bodies[-1].pieces[-1] is items[pos - 1] and not first.meta.get("flow_start"):
                bodies[-1].before_run = run_no
            last_run = run_no
            continue
        p = item
        starts = p.kind == MARKER or (p.kind == TEXT and is_body_start(p.text) and not p.meta.get("joined"))
        if starts and current is not None and current.pieces:
            close()
        if current is None:
            current = Body(pieces=[], pos=pos, after_run=last_run)
            last_run = None
        current.pieces.append(p)
        if p.kind == CREDIT:
            close()
        elif p.kind == TEXT and _CUT_AT_END.search(p.text) and "转" in _CUT_AT_END.search(p.text).group("what"):
            close()
    close()
    return runs, bodies


def _merge_orphan_interviews(bodies: list[Body]) -> None:
    """A block of questions and answers with no headline of its own (a whole body, or the tail
    of another report it was glued to) belongs to the interview elsewhere on the page whose
    speakers are the same; it is the later part of that interview."""
    interviews = [b for b in bodies if b.after_run is not None and len(b.speakers) >= 2]
    for body in list(bodies):
        if body in interviews:
            continue
        k = next((i for i, p in enumerate(body.pieces) if P.SPEAKER_TURN.match(p.text)), None)
        if k is None:
            continue
        block = body.pieces[k:]
        speakers = {m.group("speaker") for p in block if (m := P.SPEAKER_TURN.match(p.text))}
        if len(speakers) < 2 or (k == 0 and body.formula):
            continue
        target = next((b for b in interviews if set(b.speakers) >= speakers), None)
        if target is None:
            continue
        target.pieces.extend(block)
        del body.pieces[k:]
        if not body.pieces:
            bodies.remove(body)


def _assign_headlines(runs: list[list[Group]], bodies: list[Body]) -> None:
    groups = [g for run in runs for g in run]
    scored: list[tuple[float, int, int]] = []
    # Every headline is scored against every body (a global assignment); what a score needs
    # of each is computed once.
    heads = [_bigrams(g.title + (g.subtitle or "")) for g in groups]
    texts = [_bigrams(b.text) for b in bodies]
    places = [read_dateline(b.first_text.text).place if b.first_text else None for b in bodies]
    for gi, g in enumerate(groups):
        grams, g_place = heads[gi], g.place
        for bi, b in enumerate(bodies):
            s = len(grams & texts[bi]) / len(grams) if grams else 0.0
            place = places[bi]
            if g_place and place:
                if g_place == place or g_place.startswith(place) or place.startswith(g_place):
                    s += 0.5
                else:
                    s -= 1.0
            if g.bound_forward and b.after_run == g.run:
                s += 0.5
            elif b.before_run == g.run:
                s += 0.15
            scored.append((s, gi, bi))
    taken_g: set[int] = set()
    taken_b: set[int] = set()
    for s, gi, bi in sorted(scored, reverse=True):
        if s < MIN_ASSIGN_SCORE or gi in taken_g or bi in taken_b:
            continue
        bodies[bi].group = groups[gi]
        taken_g.add(gi)
        taken_b.add(bi)
    # Position: a body still without a headline takes the free headline printed next to it,
    # after it on pages that print headlines after bodies, before it otherwise. Which way this
    # page goes is read off the headlines that content placed.
    after = sum(1 for b in bodies if b.group is not None and b.before_run == b.group.run)
    before = sum(1 for b in bodies if b.group is not None and b.after_run == b.group.run)
    after_mode = after > before
    for bi, b in enumerate(bodies):
        if bi in taken_b:
            continue
        run = b.before_run if after_mode else b.after_run
        if run is None:
            continue
        free = [gi for gi, g in enumerate(groups) if g.run == run and gi not in taken_g]
        if free:
            gi = free[0] if after_mode else free[-1]
            b.group = groups[gi]
            taken_g.add(gi)
            taken_b.add(bi)
    for gi, g in enumerate(groups):
        g.taken = gi in taken_g


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
    if not _can_continue(cur):
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


def _build_article(body: Body, printed: bool, pub: Publication,
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
            authors += split_names(P.PHOTO_CREDIT.match(p.text).group("names"))
            leftovers.append(p.text)
        elif p.kind == BYLINE:
            authors += split_names(p.text)
            leftovers.append(p.text)
        elif p.kind == DASH:
            leftovers.append(p.text)
        else:
            pieces.append(p)
    for p in pieces:
        if m := _CUT_AT_START.match(p.text):
            continues = re.sub(r"\s", "", m.group("what"))
            leftovers.append(m.group(0))
            p.text = p.text[m.end():]
        if m := _CUT_AT_END.search(p.text):
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
        if not re.match(r"\s*(近日|日前|近期|近年|今年以来|目前)", after_formula) and not (dl.source and "近日" in first[:40]):
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
    elif title and re.search(r"(公告|通告|启事|声明|通知)$", title):
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


def _first_is_heading(body: Body) -> bool:
    texts = [p for p in body.pieces if p.kind in (TEXT, HEADING)]
    return bool(texts) and texts[0].kind == HEADING


def _unique(names: list[str]) -> list[str]:
    seen: list[str] = []
    for n in names:
        if n and n not in seen:
            seen.append(n)
    return seen


__all__ = ["segment_page", "PageResult"]
