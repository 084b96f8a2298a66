"""Stage 3 of reading a newspaper page: the page's items in reading order (headline runs and
text pieces) cut into headline groups and bodies. Shared by text pages of both layouts and PDF
pages. Pure: knows nothing of Scrapy.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from clipper.model import Article, Publication
from clipper.text import patterns as P
from clipper.text.newspaper.headlines import COMPLETE_ENDING, OWN_SUBJECT, notice_headline
from clipper.text.normalize import cjk_count
from clipper.text.newspaper.order import HEADLINE_GAP, SURE_GAIN, WIDTH_SLACK
from clipper.text.newspaper.order import OFFSET_INDENT as OFFSET_EMS
from clipper.text.newspaper.words import junction_gain
from clipper.text.pieces import BYLINE, CREDIT, DASH, HEAD, MARKER, TEXT, Piece, is_body_start

HEADING = "heading"  # a section heading (小标题) inside a body
#: Characters that cannot begin a sentence: a piece that begins with one continues another.
NON_INITIAL = "、，,；;：:）)」』”》。！？…"
CUT_AT_END = re.compile(P.MARKER.pattern + r"\s*$")
CUT_AT_START = re.compile(r"^\s*" + P.MARKER.pattern)


@dataclass
class Group:
    """One headline: title lines, subtitle, bylines."""

    title: str
    subtitle: str | None = None
    bylines: list[str] = field(default_factory=list)
    run: int = 0
    bound_forward: bool = False  # last group of a run that is directly followed by a body
    late: bool = False  # of a run printed after its body: only content may give it a body
    pos: int = 0
    dropped: list[str] = field(default_factory=list)
    taken: bool = False  # given to a body; a group nobody takes is a column label
    lines: list[int] = field(default_factory=list)  # its pieces' places in the page's text (Piece.idx)
    vertical: bool = False  # its title is a headline set vertically
    #: Where its title's lines were joined on weak evidence: (offset in the title, lines before);
    #: the bodies may undo such a join (clipper.text.newspaper.assign.split_glued_headlines).
    cuts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def place(self) -> str | None:
        return headline_place(self.title)


def headline_place(title: str) -> str | None:
    """The place a headline opens with (``嘉峪关市政协…`` -> 嘉峪关)."""
    m = P.HEADLINE_PLACE.match(title)
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


@dataclass
class Run:
    pieces: list[Piece]
    late: bool = False  # a headline printed after its body (its content, not its place, says so)


def next_starts_body(p: Piece | None) -> bool:
    """Does `p` (the piece after a headline run) start a body: a marker, byline, ``——``
    subtitle, dateline or caption date (or the page's end)?"""
    if p is None:
        return True
    if p.kind in (MARKER, BYLINE, DASH):
        return True
    return p.kind == TEXT and (is_body_start(p.text) or bool(P.CAPTION_START.match(p.text)))


def find_runs(seq: list[Piece], opens_flow: bool = False,
              late: Callable[[list[Piece], int, int], bool] | None = None) -> list[Piece | Run]:
    """Headline runs of `seq`: headline-like lines followed by a body start, or holding a ``——``
    subtitle or a byline (`opens_flow`: `seq` is one text flow, whose first lines are a
    headline when running text follows them; `late(seq, i, j)`: are the lines i..j-1 a
    headline printed after its body?). Other headline-like lines become section headings
    (after a finished sentence) or running text."""
    items: list[Piece | Run] = []
    i = 0
    while i < len(seq):
        p = seq[i]
        if p.kind not in (HEAD, DASH, BYLINE):
            items.append(p)
            i += 1
            continue
        j = _text_after_subtitle(seq, i, run_end(seq, i))
        first_line = _first_line_below(seq, i, j)
        if first_line:
            seq[j - 1].kind = TEXT
            j -= 1
        run = seq[i:j]
        nxt = seq[j] if j < len(seq) else None
        if _cut_from_before(seq, i):
            items.append(p)  # the rest of a word the line before began: running text
            p.kind = TEXT
            i += 1
            continue
        qualifies = (first_line or any(x.kind in (DASH, BYLINE) for x in run) or next_starts_body(nxt)
                     or (opens_flow and (i == 0 or _ends_item(seq[i - 1])) and nxt is not None and nxt.kind == TEXT
                         and not _reads_on(run, nxt))
                     or (i > 0 and seq[i - 1].kind == TEXT and seq[i - 1].ends_sentence and report_headline(run)))
        # (the headlines of many reports, drawn after all their columns, end the flow in a stack)
        stack = (late is not None and j == len(seq) and sum(1 for x in run if x.kind == HEAD) >= STACK_LINES
                 and (i == 0 or seq[i - 1].ends_sentence or seq[i - 1].kind not in (TEXT, HEADING)))
        if qualifies and any(x.kind in (HEAD, DASH) for x in run):
            items.append(Run(run))
        elif stack:
            items.append(Run(run, late=True))
        elif late is not None and any(x.kind == HEAD for x in run) and late(seq, i, j):
            items.append(Run(run, late=True))
        else:
            for x in run:
                if x.kind == HEAD:
                    prev = items[-1] if items else None
                    prev_open = (isinstance(prev, Piece) and prev.kind == TEXT and not prev.ends_sentence
                                 and not CUT_AT_END.search(prev.text))
                    x.kind = TEXT if prev_open else HEADING
                items.append(x)
        i = j
    return items


def _text_after_subtitle(seq: list[Piece], i: int, j: int) -> int:
    """Where the headline run ``seq[i:j]`` ends when it holds a ``——`` subtitle or a byline: lines
    after it that look like headline lines but are set as wide as the running text they lead
    into, no body start between, are the text's first lines (``召开清理楼院“僵尸车”、治理`` /
    ``居民楼院飞线充电等协商议事会议4`` / ``场次,帮助…``)."""
    marks = [k for k in range(i, j) if seq[k].kind in (DASH, BYLINE)]
    if not marks or j >= len(seq) or seq[j].kind != TEXT or next_starts_body(seq[j]):
        return j
    tail = seq[marks[-1] + 1:j]
    if not tail or any(x.kind != HEAD or "pdf" in x.meta for x in tail) or not _reads_on(tail, seq[j]):
        return j
    for x in tail:
        x.kind = TEXT
    return marks[-1] + 1


def _first_line_below(seq: list[Piece], i: int, j: int) -> bool:
    """Are the headline-like lines ``seq[i:j]`` a whole report headline on one line, after a
    finished sentence, and then the first line of the text under it? That line has no marks, like
    a headline line, but it is indented by an offset: two ems narrower than the full lines of the
    text it runs into (``庄浪县政协召开党组理论学习中心组(扩大)会议`` / ``大力宣传党的二十大`` /
    ``精神重大意义和战略部署，`` / ``进驻社区单位，一是做好``: a feature with no dateline)."""
    if j - i != 2 or j >= len(seq) or i == 0:
        return False
    before, head, last, nxt = seq[i - 1], seq[i], seq[i + 1], seq[j]
    if (before.kind != TEXT or not before.ends_sentence or head.kind != HEAD or last.kind != HEAD
            or "pdf" in last.meta or nxt.kind != TEXT or nxt.ends_sentence or next_starts_body(nxt)
            or nxt.meta.get("indent")):
        return False
    if not (P.HEADLINE_PLACE.match(head.text) and COMPLETE_ENDING.search(head.text)
            and cjk_count(head.text) >= STACKED_HEADLINE_CJK):
        return False
    full = [p.width for p in seq[j:j + 6] if p.kind == TEXT and not p.ends_sentence][:4]
    if len(full) < 3 or max(full) - min(full) > WIDTH_SLACK:
        return False  # (no one column width under it)
    measure = sorted(full)[len(full) // 2]
    return OFFSET_EMS[0] <= measure - last.width <= OFFSET_EMS[1] and head.width - measure > HEADLINE_GAP


def _cut_from_before(seq: list[Piece], i: int) -> bool:
    """Does the headline-like line `seq[i]` open with the rest of a word that the text line
    before it stops in (``…主席会议。会`` / ``议传达学习了…``)? Then it is that text going on."""
    if i == 0 or seq[i].kind != HEAD or "pdf" in seq[i].meta:
        return False
    prev = seq[i - 1]
    return (prev.kind == TEXT and not prev.ends_sentence and not CUT_AT_END.search(prev.text)
            and junction_gain(prev.text, seq[i].text) >= SURE_GAIN)


#: Least Chinese characters of a whole report headline on one line of a stack of headlines.
STACKED_HEADLINE_CJK = 10
#: Fewest headline lines in a row that end a text flow as a stack of headlines (frames drawn
#: last) rather than as lines of running text without marks.
STACK_LINES = 6


def report_headline(run: list[Piece]) -> bool:
    """Do the headline lines `run` open with a report headline over two or more printed lines
    (``张掖市政协召开`` / ``十届十一次常委会会议``): a place's body, then, at the end of a line, a
    complete headline? A section heading (小标题) is one line and names no county's body."""
    heads = [p.text for p in run if p.kind == HEAD]
    if any(notice_headline(heads[k:]) for k in range(len(heads))):
        return True  # (``基层协商`` / ``关于征集…提案线索的公告``)
    if len(heads) < 2:
        return False
    if P.HEADLINE_PLACE.match(heads[0]) and any(COMPLETE_ENDING.search("".join(heads[:k])) for k in range(2, len(heads) + 1)):
        return True
    # a stack of headlines: a later line is a whole report headline of its own
    # (``以战时内阁审查重启`` / ``停火谈判提案`` / ``卓尼县政协召开党组理论学习中心组会议``)
    return any(OWN_SUBJECT.match(h) and COMPLETE_ENDING.search(h) and cjk_count(h) >= STACKED_HEADLINE_CJK
               for h in heads[1:])


def run_end(seq: list[Piece], i: int) -> int:
    """Where the headline-like lines (headline, ``——`` subtitle, byline) from `i` on end."""
    j = i
    while j < len(seq) and seq[j].kind in (HEAD, DASH, BYLINE):
        j += 1
    return j


def _ends_item(p: Piece) -> bool:
    """Does `p` close an item (a photo credit, a ``（转X版）`` marker)? What follows begins anew."""
    m = CUT_AT_END.search(p.text) if p.kind in (TEXT, MARKER) else None
    return p.kind == CREDIT or (m is not None and "转" in m.group("what"))


#: Display widths (ems, clipper.text.normalize.display_width) within which two printed lines are
#: one column's width, generously (a closing mark may hang; figures print narrower).
SAME_WIDTH = 2
#: How much narrower (ems) than the running text a flow's first lines may be and still be that
#: text: an indent drawn as an offset (2 ems) with the slack above.
OFFSET_INDENT = 4


def _reads_on(run: list[Piece], nxt: Piece) -> bool:
    """Are a flow's first lines as wide as the running text after them (lines of that text that
    hold no marks, the first perhaps indented by an offset; not a headline, which is set larger
    and so holds fewer characters per line)? PDF pages tell it by size."""
    if "pdf" in nxt.meta or nxt.ends_sentence or any(p.kind != HEAD for p in run):
        return False
    if notice_headline([p.text for p in run]):
        return False  # (a notice's headline, however wide it is set)
    return (abs(run[-1].width - nxt.width) <= SAME_WIDTH
            and all(nxt.width - OFFSET_INDENT - SAME_WIDTH <= p.width <= nxt.width + SAME_WIDTH for p in run))


def split_bodies(items: list[Piece | Run], split_groups: Callable[[Run, int, bool, bool], list[Group]]
                  ) -> tuple[list[list[Group]], list[Body]]:
    """Headline groups (per run, by `split_groups`) and bodies of the page's items in reading
    order: a body is the text between runs, datelines, ``（接X版）`` / ``（转X版）`` markers and
    photo credits; it records the runs right before and after it."""
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
            # (a column label's box follows: the run's last headline ends where the box begins)
            boxed = isinstance(following, Run) and bool(following.pieces[0].meta.get("after_label"))
            run_no = len(runs)
            groups = split_groups(item, run_no, followed, boxed)
            for g in groups:
                g.pos = pos
            runs.append(groups)
            if pos > 0 and bodies and bodies[-1].pieces[-1] is items[pos - 1] and not first.meta.get("flow_start"):
                bodies[-1].before_run = run_no
            last_run = run_no
            continue
        p = item
        starts = (p.kind == MARKER or (p.kind == TEXT and is_body_start(p.text) and not p.meta.get("joined"))
                  or _opens_caption(items, pos))
        if starts and current is not None and current.pieces:
            close()
        if current is None:
            current = Body(pieces=[], pos=pos, after_run=last_run)
            last_run = None
        current.pieces.append(p)
        if p.kind == CREDIT:
            close()
        elif p.kind == TEXT and CUT_AT_END.search(p.text) and "转" in CUT_AT_END.search(p.text).group("what"):
            close()
    close()
    return runs, bodies


#: Most lines of a photo's caption before its credit.
CAPTION_MAX_LINES = 4


def _opens_caption(items: list[Piece | Run], pos: int) -> bool:
    """Does the line at `pos` open a photo's caption inside a flow of text: a date clause
    (``10月5日，广河县政协委员…``) after a finished sentence, the photo's credit (``郑芳鹏 摄``)
    a few lines below? (A report's paragraph may open with a date too; none ends at a credit.)"""
    p = items[pos]
    if not isinstance(p, Piece) or p.kind != TEXT or not P.CAPTION_START.match(p.text) or pos == 0:
        return False
    prev = items[pos - 1]
    if not isinstance(prev, Piece) or prev.kind != TEXT or not prev.ends_sentence:
        return False
    for item in items[pos + 1:pos + 1 + CAPTION_MAX_LINES]:
        if not isinstance(item, Piece) or item.kind not in (TEXT, CREDIT) or item.meta.get("flow_start"):
            return False
        if item.kind == CREDIT:
            return True
    return False


def merge_orphan_interviews(bodies: list[Body]) -> None:
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
