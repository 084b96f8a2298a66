"""Stage 4 of reading a newspaper page: headlines to bodies. Every headline group is scored
against every body (the share of its character bigrams the body holds, the place it names
against the dateline's, adjacency), the pairs are taken best first; a body still without a
headline takes the free one printed next to it. Pure.
"""

from __future__ import annotations

import bisect
import re

from clipper.text import patterns as P
from clipper.text.metadata import read_dateline
from clipper.text.newspaper.bodies import HEADING, NON_INITIAL, Body, Group, headline_place
from clipper.text.newspaper.char_lm import continuation
from clipper.text.newspaper.headlines import (
    COMPLETE_ENDING, LABEL_CHARS, OPEN_ENDING, OWN_SUBJECT, PLACE_START, SIDE_CHARS, SPEAKS, SUBTITLE_LIKE, WORD_CUT,
    couplet_line, spans_in, unpaired_mark,
)
from clipper.text.newspaper.words import junction_gain
from clipper.text.normalize import cjk_bigrams, cjk_count, cjk_only, cjk_pairs_within_marks
from clipper.text.pieces import CREDIT, TEXT, Piece, is_dateline, opens_item

#: Most Chinese characters of a headline-like line alone that is a column label (``协商议事``).
LONE_LABEL_CHARS = 4
#: Least content score for a headline to be given to a body it is not printed next to.
MIN_ASSIGN_SCORE = 0.34


#: How far (in the page's items) a body may lie from a headline to be scored against it: a
#: printed page holds a few hundred (clipper.text.newspaper.paragraph_pages.MAX_PAGE_PIECES).
ASSIGN_REACH = 400


def is_label(title: str) -> bool:
    """A column label (``政协简讯``, ``委员风采``) or the paper's name (``河西协商报``)."""
    return bool(P.SECTION_LABEL.match(title) or P.PAPER_NAME.match(title))


def same_place(a: str, b: str) -> bool:
    """Do a headline's place and a dateline's name the same place (``张掖市`` / ``张掖``)?"""
    return a.startswith(b) or b.startswith(a)


def content_score(grams: set[str], place: str | None, text_grams: set[str], body_place: str | None,
                  named: bool = False) -> float:
    """How well a headline fits a body: the share of its character bigrams the body holds, plus
    or minus its place against the body's dateline. A dateline names where the report was filed:
    another place in the headline still fits when the body names the headline's subject too
    (`named`: ``本报民乐讯`` over a report on ``兰州新区政协（筹）``)."""
    s = len(grams & text_grams) / len(grams) if grams else 0.0
    if place and body_place:
        if same_place(place, body_place):
            s += 0.5
        elif not named:
            s -= 1.0
    return s


def names_subject(title: str, text: str) -> bool:
    """Does `text` name the subject a headline opens with (``兰州新区政协``)?"""
    m = P.HEADLINE_PLACE.match(title)
    return bool(m) and m.group(0) in text


def dateline_places(bodies: list[Body]) -> list[str | None]:
    """The place each body's dateline names (``本报张掖讯`` -> 张掖), or None."""
    return [read_dateline(b.first_text.text).place if b.first_text else None for b in bodies]


def headline_grams(g: Group) -> set[str]:
    """The character pairs of a headline that content_score weighs: its title's and subtitle's,
    within their marks."""
    return cjk_pairs_within_marks(g.title) | cjk_pairs_within_marks(g.subtitle or "")


def assign_headlines(runs: list[list[Group]], bodies: list[Body]) -> None:
    groups = [g for run in runs for g in run]
    scored: list[tuple[float, int, int]] = []
    # Every headline is scored against every body (a global assignment); what a score needs
    # of each is computed once.
    heads = [headline_grams(g) for g in groups]
    plain = [b.text for b in bodies]
    texts = [cjk_bigrams(t) for t in plain]
    places = dateline_places(bodies)
    order = sorted(range(len(bodies)), key=lambda bi: bodies[bi].pos)
    body_pos = [bodies[bi].pos for bi in order]
    for gi, g in enumerate(groups):
        grams, g_place = heads[gi], g.place
        # Only the bodies of the page around it: a text of many pages run together is not
        # searched whole for every headline (the work stays linear in its length).
        lo = bisect.bisect_left(body_pos, g.pos - ASSIGN_REACH)
        hi = bisect.bisect_right(body_pos, g.pos + ASSIGN_REACH)
        for bi in order[lo:hi]:
            b = bodies[bi]
            s = content_score(grams, g_place, texts[bi], places[bi], names_subject(g.title, plain[bi]))
            if g.bound_forward and b.after_run == g.run:
                s += 0.5
            elif b.before_run == g.run:
                s += 0.15
            scored.append((s, gi, bi))
    # A column label or the paper's name alone is no headline: no body takes it.
    # So is a line of at most four characters alone: a report's headline says who did what.
    # A photo's title may be that short: a short line bound to the caption under it heads it.
    over_photo = {g.run for g in groups if g.bound_forward} & {
        b.after_run for b in bodies if any(p.kind == CREDIT for p in b.pieces)}
    taken_g: set[int] = {gi for gi, g in enumerate(groups)
                         if g.subtitle is None and (is_label(g.title) or (
                             cjk_count(g.title) <= LONE_LABEL_CHARS and not g.bylines
                             and not (g.bound_forward and g.run in over_photo)))}
    labels = set(taken_g)
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
        # (content alone places a headline printed after its report)
        free = [gi for gi, g in enumerate(groups) if g.run == run and gi not in taken_g and not g.late]
        if free:
            gi = free[0] if after_mode else free[-1]
            b.group = groups[gi]
            taken_g.add(gi)
            taken_b.add(bi)
    for gi, g in enumerate(groups):
        g.taken = gi in taken_g and gi not in labels


#: Least content score (content_score) of each part of a joined
#: title in a body of its own for the join to be undone.
GLUED_SCORE = 0.34
#: ... and by how much each part must score higher in its own body than in the other's.
GLUED_MARGIN = 0.25
#: ... and by how much the better part must fit its body better than the whole title fits any
#: (one title whose subject a template twin lacks, ``西固区政协召开`` / ``党组会议暨主席会议``, fits
#: its own report whole as well as any part does).
GLUED_WHOLE = 0.1


def split_glued_headlines(runs: list[list[Group]], bodies: list[Body]) -> None:
    """Undo a join of two stacked headlines: a title whose lines were joined on weak evidence (a
    line ending as a headline goes on, ``…成果展开展`` / ``委员走进田间地头，…``) is cut where each part
    fits a body of its own (its bigrams and place) clearly better than the other part's body.
    A title wrapped over two lines fits one body with both parts, so it stays whole; so does one
    whose words across the break come back in a body (``…召开党组理论`` / ``学习中心组…``: a report
    cut in two by the reading order fits its halves to its pieces). A body that opens inside a
    sentence is the rest of another and heads no part."""
    if len(bodies) < 2:
        return
    plain = [b.text for b in bodies]
    texts = [cjk_bigrams(t) for t in plain]
    page_text = cjk_only("".join(plain))
    heads_one = [b.first_text is not None and b.first_text.text.lstrip()[:1] not in NON_INITIAL for b in bodies]
    places = dateline_places(bodies)

    def best(part: str, near: list[int]) -> tuple[dict[int, float], int]:
        grams, place = cjk_bigrams(part), headline_place(part)
        scores = {bi: content_score(grams, place, texts[bi], places[bi], names_subject(part, plain[bi]))
                  for bi in near}
        return scores, max(near, key=scores.__getitem__, default=-1)

    for r, run in enumerate(runs):
        out: list[Group] = []
        todo = list(run)
        while todo:
            g = todo.pop(0)
            cut = None
            near = [bi for bi, b in enumerate(bodies) if heads_one[bi] and abs(b.pos - g.pos) <= ASSIGN_REACH]
            whole = max(best(g.title, near)[0].values(), default=0.0) if g.cuts else 0.0
            for offset, nlines in g.cuts:
                a, b = g.title[:offset], g.title[offset:]
                if cjk_count(a) <= SIDE_CHARS or cjk_count(b) <= SIDE_CHARS or spans_in(a, b, page_text):
                    continue
                sa, ba = best(a, near)
                sb, bb = best(b, near)
                if (ba != bb and ba >= 0 and bb >= 0 and sa[ba] >= GLUED_SCORE and sb[bb] >= GLUED_SCORE
                        and sa[ba] - sa[bb] >= GLUED_MARGIN and sb[bb] - sb[ba] >= GLUED_MARGIN
                        and whole < max(sa[ba], sb[bb]) - GLUED_WHOLE):
                    margin = min(sa[ba] - sa[bb], sb[bb] - sb[ba])
                    if cut is None or margin > cut[0]:
                        cut = (margin, offset, nlines)
            if cut is None:
                out.append(g)
                continue
            _, offset, nlines = cut
            head = Group(title=g.title[:offset], run=g.run, late=g.late, pos=g.pos, lines=g.lines[:nlines],
                         cuts=[c for c in g.cuts if c[0] < offset])
            g.title, g.lines = g.title[offset:], g.lines[nlines:]
            g.cuts = [(o - offset, n - nlines) for o, n in g.cuts if o > offset]
            out.append(head)
            todo.insert(0, g)
        runs[r] = out


#: Characters of a report's text after a paragraph start that a free headline is compared with
#: (a headline sums up the lead).
LEAD_CHARS = 400
#: Least share of a free headline's character pairs in that lead ...
SPLIT_LEAD_SHARE = 0.6
#: ... and most share in the text before it.
SPLIT_BEFORE_SHARE = 0.3
#: A feature's headline shares fewer words with its lead (``让“小网格”激发基层治理“大能量”`` /
#: ``今年以来，白银区政协立足基层治理需要…``): this share of them is enough when the text before
#: holds at most SPLIT_BEFORE_SHARE_FEW of them ...
SPLIT_LEAD_SHARE_FEW = 0.4
SPLIT_BEFORE_SHARE_FEW = 0.15
#: ... and when that share is found in the stretch's first characters (its first sentences).
FEW_LEAD_CHARS = 120
#: Least Chinese characters of a headline that may split a body.
SPLIT_HEAD_CHARS = 8


def _opens_notice(pieces: list[Piece]) -> bool:
    """Does the first sentence of the text from `pieces` on say what a notice says
    (``现将有关事项公告如下``)?"""
    text = ""
    for p in pieces:
        text += p.text
        if p.ends_sentence:
            break
    return bool(P.NOTICE_TEXT.search(text))


def split_at_free_headlines(runs: list[list[Group]], bodies: list[Body]) -> list[Body]:
    """Two reports run together when the second opens without a dateline (``天津创业环保股份有限公司…``,
    a feature, a notice): their text is one body, and the second one's headline is left over.
    A headline no body took takes the stretch of a body that begins at a paragraph start (after a
    finished sentence) when that stretch's lead holds most of its words and the text before it
    does not, or its first sentences many of them and the text before it almost none (a
    feature's headline; a notice's: when that stretch's first sentence says what a notice says,
    ``现将有关事项公告如下``; a portrait's, ``记…委员孙丽娟``: when its person comes into that
    stretch's lead and not before); the body's own headline must belong to the text before. Best
    pairs first. PDF pages cut bodies by geometry."""
    free = [g for run in runs for g, after in zip(run, [*run[1:], None])
            if not g.taken and not is_label(g.title) and cjk_count(g.title) >= SPLIT_HEAD_CHARS
            and not (after is not None and _kicker_over(g, after))]
    out = list(bodies)
    while free:
        best: tuple[float, int, int, int] | None = None
        for gi, g in enumerate(free):
            grams = cjk_bigrams(g.title + (g.subtitle or ""))
            notice = bool(P.NOTICE_TITLE.search(g.title))
            name = portrait_name(g.subtitle)
            for bi, body in enumerate(out):
                if abs(body.pos - g.pos) > ASSIGN_REACH or "pdf" in body.pieces[0].meta:
                    continue
                own = cjk_bigrams(body.group.title) if body.group is not None else set()
                for k in range(1, len(body.pieces)):
                    p, prev = body.pieces[k], body.pieces[k - 1]
                    if (p.kind not in (TEXT, HEADING) or prev.kind != TEXT or not prev.ends_sentence
                            or p.text[:1] in NON_INITIAL or P.REPORT_OPENER.match(p.text)):
                        continue  # (``会议强调，``, ``考察组指出，`` go on with the report)
                    lead, before = _seam(body.pieces, k)
                    after_share = len(grams & lead) / len(grams)
                    before_share = len(grams & before) / len(grams)
                    if notice and _opens_notice(body.pieces[k:]):
                        after_share, before_share = 1.0, 0.0  # a notice's own words open it
                    elif (name and name in _lead(body.pieces[k:])[:PORTRAIT_LEAD]
                          and name not in "".join(x.text for x in body.pieces[:k])):
                        # a portrait's person comes into its text: it opens at the first start
                        # that brings them (a scene, then the person: ``清晨七点，…`` / ``…孙丽娟…``)
                        after_share, before_share = 1.0 + 1.0 / (k + 1), 0.0
                    if after_share < SPLIT_LEAD_SHARE_FEW or before_share > SPLIT_BEFORE_SHARE:
                        continue
                    if after_share < SPLIT_LEAD_SHARE:
                        # (fewer words: they must open the stretch, not lie further on in it, and
                        # the seam is where they open it)
                        first = cjk_bigrams(_lead(body.pieces[k:])[:FEW_LEAD_CHARS])
                        after_share = len(grams & first) / len(grams)
                        if before_share > SPLIT_BEFORE_SHARE_FEW or after_share < SPLIT_LEAD_SHARE_FEW:
                            continue
                    if own and len(own & lead) > len(own & before):
                        continue  # the body's own headline sums up the later text: no seam here
                    # the latest start that holds as many of its words: where the report begins
                    gain = after_share - before_share
                    if best is None or gain >= best[0]:
                        best = (gain, gi, bi, k)
        if best is None:
            break
        _, gi, bi, k = best
        body, g = out[bi], free.pop(gi)
        rest = Body(pieces=body.pieces[k:], pos=body.pos, group=g)
        del body.pieces[k:]
        rest.pieces[0].kind = TEXT  # a report's first line, though it holds no marks
        g.taken = True
        out.insert(bi + 1, rest)
    return out


#: Most share of a headline's character pairs in the text before its report's opening for that
#: text to be another report's rest.
REST_BEFORE_SHARE = 0.3


def cut_rest_before_lead(bodies: list[Body]) -> list[Body]:
    """A headline took a body that does not open as a report (no dateline) while a stretch of it
    does, later, at a paragraph start: a dateline or a caption's date (``2月28日，金塔县政协…``)
    whose lead holds most of the headline's words, the text before it few. The headline heads
    that stretch; the text before is the rest of a report continued from another column (the
    reading order ran the column's top into the brief under it), and is placed as such a rest.
    PDF pages cut bodies by geometry."""
    out: list[Body] = []
    for body in bodies:
        g = body.group
        first = body.first_text
        if (g is None or first is None or "pdf" in body.pieces[0].meta or opens_item(first.text)
                or cjk_count(g.title) < SPLIT_HEAD_CHARS):
            out.append(body)
            continue
        grams = cjk_bigrams(g.title + (g.subtitle or ""))
        cut = None
        for k in range(1, len(body.pieces)):
            p, prev = body.pieces[k], body.pieces[k - 1]
            if p.kind != TEXT or prev.kind != TEXT or not prev.ends_sentence or not opens_item(p.text):
                continue
            lead, before = _seam(body.pieces, k)
            if (len(grams & lead) / len(grams) >= SPLIT_LEAD_SHARE
                    and len(grams & before) / len(grams) <= REST_BEFORE_SHARE):
                cut = k
                break
        if cut is None:
            out.append(body)
            continue
        out.append(Body(pieces=body.pieces[:cut], pos=body.pos))
        out.append(Body(pieces=body.pieces[cut:], pos=body.pos, group=g))
    return out


def _seam(pieces: list[Piece], k: int) -> tuple[set[str], set[str]]:
    """The character pairs of the lead of the stretch from `pieces[k]` on, and of the text before it."""
    return cjk_bigrams(_lead(pieces[k:])), cjk_bigrams("".join(x.text for x in pieces[:k]))


def _kicker_over(line: Group, title: Group) -> bool:
    """Is `line` printed right above `title`, a headline that names its own subject, as its theme
    (``助力乡村全面振兴`` / ``民勤县政协组织委员送科技下乡``)? Such a line heads no report of its own:
    it does not cut one (join_left_kickers may make it the title's kicker)."""
    return (line.subtitle is None and not line.bylines and bool(line.lines) and bool(title.lines)
            and max(line.lines) + 1 == min(title.lines)
            and bool(P.HEADLINE_PLACE.match(title.title) or OWN_SUBJECT.match(title.title))
            and is_theme_kicker(line.title, title.title))


#: Characters of a stretch that must bring a portrait's person in.
PORTRAIT_LEAD = 200
#: A portrait's subtitle: ``记张掖市政协委员孙丽娟``, ``访陇西县政协主席刘国栋`` — the person last.
PORTRAIT = re.compile(r"^(?:——?)?(?:记|访)\S*?(?:委员|主席|主任|书记|队员|代表|干部|教师|医生|专家|记者)"
                      r"(?P<name>[\u4e00-\u9fff]{2,3})$")


def portrait_name(subtitle: str | None) -> str | None:
    """The person a portrait's subtitle names (``记…委员孙丽娟`` -> 孙丽娟), else None."""
    m = PORTRAIT.match(subtitle or "")
    return m["name"] if m else None


def _lead(pieces: list[Piece]) -> str:
    text = ""
    for p in pieces:
        text += p.text
        if len(text) >= LEAD_CHARS:
            break
    return text[:LEAD_CHARS]


#: Least share of a free headline's character pairs in its neighbour's body for it to be that
#: headline's subtitle.
SUBTITLE_SHARE = 0.5
#: Most Chinese characters of a subtitle that is a motto (no words of its report) ...
MOTTO_CHARS = 14
#: ... and least: a shorter line is a column label (``履职短波``, ``本版关注``).
MOTTO_MIN_CHARS = 6


def attach_free_subtitles(runs: list[list[Group]], bodies: list[Body]) -> None:
    """In a block of headlines with no body between them (headlines printed after their reports),
    a title's subtitle looks like a headline of its own. A headline no body took, right after one
    that took a body and has no subtitle, is that one's subtitle when the body holds most of its
    words, more than any other body does; or when it is a short motto after a complete title
    (``让协商成果落地见效``) that no report's words claim, followed by a headline with its own
    subject or by none, and no report that opens with its dateline is left without a headline.
    A couplet followed by a headline, or a theme (``助力乡村全面振兴``) followed
    by one that names its place, is that one's kicker (``践行为民宗旨 办好民生实事``), not a subtitle."""
    texts = {id(b): cjk_bigrams(b.text) for b in bodies}
    owner = {id(b.group): b for b in bodies if b.group is not None}
    # a report that opens with its dateline and has no headline yet still wants one: a headline
    # no report's words claim is then no motto (pair_leftovers may give it that report)
    report_left = any(b.formula for b in _titleless(bodies))
    for run in runs:
        for k, (prev, g) in enumerate(zip(run, run[1:]), start=1):
            body = owner.get(id(prev))
            # (a headline that opens with a place's body, ``X县政协…``, is a report's title)
            if (g.taken or body is None or prev.subtitle is not None or g.subtitle is not None or is_label(g.title)
                    or (P.HEADLINE_PLACE.match(g.title) and not SUBTITLE_LIKE.search(g.title))):
                continue  # (``临洮县政协扎实推进…工作综述`` is a subtitle all the same)
            grams = cjk_bigrams(g.title)
            if not grams:
                continue
            share = {id(b): len(grams & texts[id(b)]) / len(grams) for b in bodies}
            own_words = share[id(body)] >= SUBTITLE_SHARE and share[id(body)] >= max(share.values())
            # a short motto after a complete title (``让协商成果落地见效``), that no report's words
            # claim, with a headline of its own subject (or none) after it
            after = run[k + 1] if k + 1 < len(run) else None
            motto = (not report_left and max(share.values(), default=0.0) < MIN_ASSIGN_SCORE and MOTTO_MIN_CHARS <= cjk_count(g.title) <= MOTTO_CHARS
                     and COMPLETE_ENDING.search(prev.title) is not None and not PLACE_START.match(g.title)
                     and not (after is not None and (couplet_line(g.title)  # (the next one's kicker)
                                                     or (P.THEME_VERB.match(g.title) and bool(P.HEADLINE_PLACE.match(after.title)))))
                     and (after is None or after.taken or bool(P.HEADLINE_PLACE.match(after.title))))
            if own_words and _tail_of(prev, g):
                prev.title += g.title  # (``康乐县政协委员为山区`` / ``学校送去冬衣``: the title goes on)
                g.taken = True
            elif own_words or motto:
                prev.subtitle = g.title
                g.taken = True


def _tail_of(title: Group, line: Group) -> bool:
    """Is `line`, printed right under `title`, the rest of that title rather than its subtitle?
    The title is not complete (it ends on no event, field or result, nor on a mark) and the line
    names no subject or place of its own, looks like no subtitle and repeats none of the title's
    words (``…建言基层医疗卫生服务`` / ``为基层医疗卫生服务建言献策`` is title and subtitle)."""
    return (not COMPLETE_ENDING.search(title.title) and title.title[-1:] not in "”」》？！?!）)"
            and not (OWN_SUBJECT.match(line.title) or P.HEADLINE_PLACE.match(line.title) or SUBTITLE_LIKE.search(line.title)
                     or line.vertical or title.vertical)
            and not cjk_bigrams(title.title) & cjk_bigrams(line.title)  # (a subtitle restates the title's words)
            and bool(title.lines) and bool(line.lines) and max(title.lines) + 1 == min(line.lines))


#: Least share of a subtitle's character pairs in a report without a headline for it to be that
#: report's title instead.
DETACH_SHARE = 0.6
#: Most share of them in its own title's report, then.
DETACH_OWN_SHARE = 0.3


#: How much more of a subtitle's words a headline-less report must hold than its own report.
DETACH_MARGIN = 0.5


def detach_foreign_subtitles(bodies: list[Body]) -> None:
    """Two headlines stacked in one block read as title and subtitle (``…常委会会议`` /
    ``习近平主持召开…座谈会``): a subtitle (not opened by ``——``) whose words are a report's that has
    no headline (or one that hardly shares its words), and hardly its own title's report's, is
    that report's title."""
    texts = {id(b): cjk_bigrams(b.text) for b in bodies}

    def share_in(text: str, b: Body) -> float:
        grams = cjk_bigrams(text)
        return len(grams & texts[id(b)]) / len(grams) if grams else 0.0
    # Reports without a headline, and reports whose headline hardly shares their words (given by
    # position or as a leftover): either may be the subtitle's.
    open_to = [b for b in bodies if b.first_text is not None
               and (b.group is None or (b.group.subtitle is None and share_in(b.group.title, b) < DETACH_OWN_SHARE))]
    if not open_to:
        return
    for body in bodies:
        g = body.group
        if g is None or not g.subtitle or g.dropped or not open_to:
            continue
        if not cjk_bigrams(g.subtitle):
            continue
        own = share_in(g.subtitle, body)
        share, other = max((share_in(g.subtitle, b), k) for k, b in enumerate(open_to))
        # (its own report may repeat some of its words: what counts is how far the other outweighs it)
        if share >= DETACH_SHARE and own <= max(DETACH_OWN_SHARE, share - DETACH_MARGIN):
            target = open_to.pop(other)
            if target.group is not None:
                target.group.taken = False  # (its headline is free again for what is left)
            target.group = Group(title=g.subtitle, run=g.run, late=g.late, pos=g.pos, taken=True)
            g.subtitle = None


def _titleless(bodies: list[Body]) -> list[Body]:
    return [b for b in bodies if b.group is None and b.first_text is not None and not P.MARKER.match(b.first_text.text)]


def free_headlines(runs: list[list[Group]]) -> list[Group]:
    """The headlines no report took, but for column labels and lone short lines."""
    return [g for run in runs for g in run
            if not g.taken and not g.dropped and not is_label(g.title) and cjk_count(g.title) > LONE_LABEL_CHARS]


def pair_notices(runs: list[list[Group]], bodies: list[Body]) -> None:
    """A notice's headline (``…的公告``) and a notice's text (``现将有关事项公告如下``, a contact
    line) go together when the page has one of each left — before the text could be taken for
    the rest of a report."""
    notices = [g for g in free_headlines(runs) if P.NOTICE_TITLE.search(g.title)]
    notice_texts = [b for b in _titleless(bodies) if P.NOTICE_TEXT.search(b.text)]
    if len(notices) == 1 and len(notice_texts) == 1:
        notice_texts[0].group = notices[0]
        notices[0].taken = True


def pair_leftovers(runs: list[list[Group]], bodies: list[Body]) -> None:
    """What is left after content and position: a report without a headline and a headline
    without a report on the same page are each other's when neither can go with anything else
    left. A headline with a byline cannot head a report whose dateline names its reporters (the
    byline is printed in one place or the other), nor one whose dateline names another place; a
    report that opens with a jump marker (``（接一版）``) is a continuation, not a headline's. First,
    the one notice headline left and the one notice text left are each other's."""
    pair_notices(runs, bodies)
    titleless = _titleless(bodies)
    free = free_headlines(runs)
    if not titleless or not free:
        return

    def fits(g: Group, b: Body) -> bool:
        first = b.first_text.text if b.first_text else ""
        dateline = read_dateline(first)
        if g.bylines and dateline.has_dateline:
            return False
        return not (g.place and dateline.place and not same_place(g.place, dateline.place))

    for b in titleless:
        options = [g for g in free if fits(g, b)]
        if len(options) == 1 and [x for x in titleless if fits(options[0], x)] == [b]:
            b.group = options[0]
            options[0].taken = True
            free.remove(options[0])


#: Least share of a stranded headline's character pairs that a report without a headline holds
#: for the headline to be taken back from the report it was read into (and a margin over that
#: report's own share).
RECLAIM_SHARE = 0.6
RECLAIM_MARGIN = 0.3
#: Fewest Chinese characters of a stranded headline; most printed lines of it.
RECLAIM_CJK = 8
RECLAIM_LINES = 3


def _stranded_runs(body: Body) -> list[tuple[int, int]]:
    """Runs (start, end) of one to RECLAIM_LINES of the body's pieces without sentence marks that
    open with a place's body (``庆阳市政协委员`` / ``工作室挂牌运行``): what a report's headline
    read into another report looks like."""
    pieces, out = body.pieces, []
    for k in range(len(pieces)):
        for j in range(k + 1, min(len(pieces), k + RECLAIM_LINES) + 1):
            p = pieces[j - 1]
            if p.kind not in (TEXT, HEADING) or P.CLAUSE_PUNCT.search(p.text):
                break
            text = "".join(q.text for q in pieces[k:j])
            if P.HEADLINE_PLACE.match(text) and cjk_count(text) >= RECLAIM_CJK:
                out.append((k, j))
    return out


def reclaim_headlines(bodies: list[Body]) -> None:
    """A report left without a headline, opening with its dateline (a brief: with its date
    clause, ``3月8日，``), whose headline the reading order put inside another report (a section
    heading there, or lines of its text: ``庆阳市政协委员`` / ``工作室挂牌运行`` between two
    paragraphs of a weather report): lines of another body without
    sentence marks that open with a place's body, most of whose character pairs the report holds
    and the body they stand in far fewer, and whose place is not another than the dateline's, are
    taken out of that body as the report's headline. Content decides, as for every headline
    printed apart."""
    for b in _titleless(bodies):
        first = b.first_text
        if first is None or not (is_dateline(first.text) or P.DATE_CLAUSE.match(first.text)):
            continue
        grams_b = cjk_bigrams(b.text)
        place_b = read_dateline(first.text).place
        best: tuple[float, Body, int, int] | None = None
        for other in bodies:
            if other is b:
                continue
            for k, j in _stranded_runs(other):
                text = "".join(p.text for p in other.pieces[k:j])
                grams = cjk_bigrams(text)
                share = len(grams & grams_b) / len(grams)
                if share < RECLAIM_SHARE or (best is not None and share <= best[0]):
                    continue
                rest = cjk_bigrams("".join(p.text for p in other.pieces[:k] + other.pieces[j:]))
                place = headline_place(text)
                if (share - len(grams & rest) / len(grams) >= RECLAIM_MARGIN
                        and not (place and place_b and not same_place(place, place_b))):
                    best = (share, other, k, j)
        if best is not None:
            _, other, k, j = best
            title = "".join(p.text for p in other.pieces[k:j])
            b.group = Group(title=title, pos=b.pos, taken=True, lines=[p.idx for p in other.pieces[k:j]])
            del other.pieces[k:j]


#: How much better (content_score summed) two headlines must fit each other's reports than their
#: own for the two to be exchanged.
SWAP_MARGIN = 0.5


def swap_crossed_headlines(bodies: list[Body]) -> None:
    """Two reports whose headlines fit each other's report far better than their own (position
    gave them out: a headline bound to the text after it, which the reading order made another
    report's) exchange them. Content decides, as for every headline printed apart."""
    placed = [b for b in bodies if b.group is not None]
    if len(placed) < 2:
        return
    plain = [b.text for b in placed]
    texts = [cjk_bigrams(t) for t in plain]
    places = dateline_places(placed)

    def fit(g: Group, k: int) -> float:
        return content_score(headline_grams(g), g.place, texts[k], places[k], names_subject(g.title, plain[k]))

    for a in range(len(placed)):
        for b in range(a + 1, len(placed)):
            ga, gb = placed[a].group, placed[b].group
            assert ga is not None and gb is not None
            if fit(ga, b) + fit(gb, a) > fit(ga, a) + fit(gb, b) + SWAP_MARGIN:
                placed[a].group, placed[b].group = gb, ga


#: Least share of a left-over headline's character pairs in the report of the headline under it
#: for the two to be one title.
KICKER_SHARE = 0.5


def join_left_kickers(runs: list[list[Group]], bodies: list[Body]) -> None:
    """A headline line left without a report, stacked right above a headline that has one, is the
    first line of that title (a kicker, or a title printed as two clauses: ``通渭县集中交办政协提案``
    / ``安排部署办理工作``) when that report holds most of its words, more than any other, and it is
    not a complete headline of its own (``…公告``, ``…工作``) or a short column label (``理论学习``;
    an organisation, ``陇南市政协``, is a kicker). Above a headline that names its own subject
    (``X县政协召开…``), a line is its kicker only when it states a theme (:func:`is_theme_kicker`),
    no other report still without a headline holds most of its words, and it was printed right
    before the title in the text, also where rows are read across columns (a line of running text
    or another report's subtitle landing there states no theme): another line there is another
    report's headline, or a commentary's (``政能亮丨…``). A theme set horizontally beside a title
    set vertically may be read after it; when the vertical title has the report and the theme is
    free and over no other report's title, it is that title's kicker, with the byline under it."""
    owner = {id(b.group): b for b in bodies if b.group is not None}
    texts = {id(b): cjk_bigrams(b.text) for b in bodies}
    for run in runs:
        for k, (first, second) in enumerate(zip(run, run[1:])):
            if (first.vertical and not second.vertical and id(first) in owner and not second.taken
                    and not second.dropped and second.subtitle is None
                    and not is_label(second.title) and P.THEME_VERB.match(second.title)
                    and (k + 2 == len(run) or id(run[k + 2]) not in owner)):
                # (a theme set horizontally beside the vertical title that has the report, read
                # after it, with the byline under it and over no other report's title: its kicker)
                first.title = second.title + first.title
                first.bylines = first.bylines or second.bylines
                second.taken = True
                continue
            body = owner.get(id(second))
            if (body is None or first.taken or first.dropped or first.subtitle is not None or first.bylines
                    or is_label(first.title)
                    or (cjk_count(first.title) <= LABEL_CHARS and not P.ORG_KICKER.match(first.title)
                        and not SPEAKS.search(first.title) and not P.THEME_VERB.match(first.title))):
                continue
            grams = cjk_bigrams(first.title)
            if not grams:
                continue
            share = {k: len(grams & t) / len(grams) for k, t in texts.items()}
            others = max((v for k, v in share.items() if k != id(body)), default=0.0)
            if P.HEADLINE_PLACE.match(second.title) or OWN_SUBJECT.match(second.title):
                # (a report with a headline of its own may quote the theme: it wants no other)
                headless = max((share[id(b)] for b in bodies if b.group is None and b is not body), default=0.0)
                joined = _kicker_over(first, second) and headless < KICKER_SHARE
            else:
                joined = (not COMPLETE_ENDING.search(first.title) and share[id(body)] >= KICKER_SHARE
                          and share[id(body)] >= others)
            if joined:
                # (a headline set vertically is the title; the line joined to it is its kicker)
                second.title = second.title + first.title if first.vertical and not second.vertical \
                    else first.title + second.title
                first.taken = True


#: How far apart (lines of the page's text) the two halves of a headline may stand where the
#: reading order left them apart, and the least share of the free half's character bigrams
#: its report must hold (a short half shares few: ``驿站记忆`` / ``河西走廊上的``).
HALF_REACH = 10
HALF_SHARE = 0.3
#: Most lines of the text a headline group spans (for the search of the free lines around one).
HALF_SPAN = 40


def join_headline_halves(runs: list[list[Group]], bodies: list[Body]) -> None:
    """A headline printed over two lines whose halves the reading order left apart (rows read
    across the columns put other columns' lines, even other headlines, between them): a headline
    line no report took, standing within HALF_REACH lines of a report's headline in the text, is
    that headline's other half when the two read as one phrase across the break — the upper half
    not complete and unfinished (it ends on a word that goes on, ``…冷空气将``, or a word or the
    news model runs across the break, ``…开展生态`` / ``环境保护…``), the lower naming no subject
    of its own — and that report holds its words as much as any report around it does. A byline
    under the lower half stays with the headline."""
    free = sorted((g for run in runs for g in run if not g.taken and not g.dropped and not g.subtitle and g.lines
                   and not g.vertical and not is_label(g.title) and cjk_count(g.title) >= 2), key=lambda g: min(g.lines))
    if not free:
        return
    starts = [min(f.lines) for f in free]
    texts = {id(b): cjk_bigrams(b.text) for b in bodies}
    by_pos = sorted(bodies, key=lambda b: b.pos)
    positions = [b.pos for b in by_pos]
    for b in bodies:
        g = b.group
        if g is None or g.vertical or not g.lines:
            continue
        # (only the free lines around it, and the reports around it: the work stays linear)
        lo = bisect.bisect_left(starts, min(g.lines) - HALF_REACH - HALF_SPAN)
        hi = bisect.bisect_right(starts, max(g.lines) + HALF_REACH)
        around = by_pos[bisect.bisect_left(positions, b.pos - ASSIGN_REACH):bisect.bisect_right(positions, b.pos + ASSIGN_REACH)]
        best: tuple[float, Group, bool] | None = None
        for f in free[lo:hi]:
            if f.taken or min(abs(x - y) for x in f.lines for y in g.lines) > HALF_REACH:
                continue
            grams = cjk_bigrams(f.title)
            share = len(grams & texts[id(b)]) / len(grams) if grams else 0.0
            if share < HALF_SHARE or any(len(grams & texts[id(o)]) / len(grams) > share for o in around if o is not b):
                continue
            for upper, lower, before in ((f.title, g.title, True), (g.title, f.title, False)):
                if (before and f.bylines) or COMPLETE_ENDING.search(upper) or OWN_SUBJECT.match(lower) \
                        or P.PROSE_PUNCT.search(upper + lower):
                    continue  # (a byline comes under the whole headline)
                ev = max(junction_gain(upper, lower), continuation(upper, lower), WORD_CUT if OPEN_ENDING.search(upper) else 0.0)
                if ev >= WORD_CUT and (best is None or ev > best[0]):
                    best = (ev, f, before)
        if best is not None:
            _, f, before = best
            g.title = f.title + g.title if before else g.title + f.title
            g.bylines = g.bylines or f.bylines
            f.taken = True


#: Marks that set a column's name before a headline (``政能亮丨…``, ``快评｜…``): a headline of its own.
COLUMN_MARK = re.compile(r"[丨|｜:：]")
#: How a headline that reports an event or prints a document ends: no kicker does.
EVENT_ENDING = re.compile(r"(?:会议|大会|会|活动|讲堂|座谈|培训|报告|通知|公告|启事|召开|举行|开幕|闭幕|成立|揭牌|启动|发布|"
                          r"调研|视察|考察|协商|监督|交流|部署)$")
#: How a piece of running text begins or ends that no headline line does: a particle, a
#: preposition or a mark that goes on from the line before (``的要求…``, ``（作者…``, ``…执行到``).
FRAGMENT_START = re.compile(r"^[的了着地得之而并及与和或到于、，。；：！？）》”’（(]")
FRAGMENT_END = re.compile(r"[到于给被是着了地得]$")


def is_theme_kicker(line: str, title: str) -> bool:
    """Can `line` be the kicker (引题) of `title`, a headline that names its own subject? A kicker
    states the theme above the report (``助力乡村全面振兴``, ``凝心聚力谋发展 同心协力开新局``):
    it names no subject of its own, no place, carries no column's name, reports no event, and is a
    whole phrase (it ends on no particle and leaves no mark open), and is set shorter than the
    title it stands over unless it is a couplet (``深入学习贯彻…精神 凝心聚力…实践`` over
    ``省政协举行专题学习会``)."""
    return not (OWN_SUBJECT.match(line) or P.HEADLINE_PLACE.match(line) or P.ORG_KICKER.match(line)
                or COLUMN_MARK.search(line) or SUBTITLE_LIKE.search(line) or EVENT_ENDING.search(line)
                or OPEN_ENDING.search(line) or FRAGMENT_START.search(line) or FRAGMENT_END.search(line)
                or unpaired_mark(line)
                or (cjk_count(line) > cjk_count(title) and not couplet_line(line)))

