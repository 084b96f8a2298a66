"""Stage 4 of reading a newspaper page: headlines to bodies. Every headline group is scored
against every body (the share of its character bigrams the body holds, the place it names
against the dateline's, adjacency), the pairs are taken best first; a body still without a
headline takes the free one printed next to it. Pure.
"""

from __future__ import annotations

import bisect

from clipper.text import patterns as P
from clipper.text.metadata import read_dateline
from clipper.text.newspaper.bodies import Body, Group
from clipper.text.normalize import cjk_bigrams

#: Least content score for a headline to be given to a body it is not printed next to.
MIN_ASSIGN_SCORE = 0.34


#: How far (in the page's items) a body may lie from a headline to be scored against it: a
#: printed page holds a few hundred (clipper.text.newspaper.paragraph_pages.MAX_PAGE_PIECES).
ASSIGN_REACH = 400


def is_label(title: str) -> bool:
    """A column label (``政协简讯``, ``委员风采``) or the paper's name (``河西协商报``)."""
    return bool(P.SECTION_LABEL.match(title) or P.PAPER_NAME.match(title))


def assign_headlines(runs: list[list[Group]], bodies: list[Body]) -> None:
    groups = [g for run in runs for g in run]
    scored: list[tuple[float, int, int]] = []
    # Every headline is scored against every body (a global assignment); what a score needs
    # of each is computed once.
    heads = [cjk_bigrams(g.title + (g.subtitle or "")) for g in groups]
    texts = [cjk_bigrams(b.text) for b in bodies]
    places = [read_dateline(b.first_text.text).place if b.first_text else None for b in bodies]
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
    # A column label or the paper's name alone is no headline: no body takes it.
    taken_g: set[int] = {gi for gi, g in enumerate(groups) if g.subtitle is None and is_label(g.title)}
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
        free = [gi for gi, g in enumerate(groups) if g.run == run and gi not in taken_g]
        free = [gi for gi in free if not groups[gi].late]  # (content alone places those)
        if free:
            gi = free[0] if after_mode else free[-1]
            b.group = groups[gi]
            taken_g.add(gi)
            taken_b.add(bi)
    for gi, g in enumerate(groups):
        g.taken = gi in taken_g and gi not in labels
