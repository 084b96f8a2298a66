"""Printed lines an extractor cut into pieces at compressed marks, joined again.

Typesetters compress Chinese punctuation (标点挤压): a full-width mark is set half an em wide, and
the content stream draws the glyph after it half an em back (a kerning step in the ``TJ``
array). Extractors that read the stream in order (poppler's ``pdftotext -raw``) take that step
back for the start of a new line: one printed line comes out as two to four text lines, each cut
right after a mark or before an opening one (``彻习近平生态文明思想，`` / ``坚持走生态优先、`` /
``绿色发展之路。``; ``学习了`` / ``《习近平``).

What holds on any page: a printed line of a column fills the column's width (a paragraph's first
line two ems less where indents are offsets, its last line less, ending its sentence), and no
printed line begins with a closing mark. The text lines of a stretch are grouped — a group joins
lines only where one stops at a mark or the next opens with one — so that the groups print to
those widths best (dynamic programming over the stretch). A page whose lines are whole is left
as it is: there a line ends a clause short of its column only where a paragraph's line is full,
while pieces do it anywhere.

Extractors that keep the glyphs of a paragraph's indent (PyMuPDF, pdfminer) may also give those
ideographic spaces a text line of their own, right before the line they indent
(``　`` / ``　`` / ``1月20日，碌曲县政协…``): they are put back in front of it
(:func:`attach_lone_indents`).

Pure: knows nothing of Scrapy; works on the text lines of one page.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from clipper.text import patterns as P
from clipper.text.normalize import cjk_count
from clipper.text.newspaper.words import junction_gain
from clipper.text.pieces import is_body_start, is_column_label, turn_openers

#: Marks typesetters compress, after which an extractor may cut the line.
CUT_AFTER = "，。、；：！？）》」』”’,.;:!?)"
#: Opening marks a cut may fall before (drawn back over their own left half).
CUT_BEFORE = "《「『“‘（("
#: Marks a printed line does not begin with.
NO_START = "，。、；：！？）》」』”’…,.;:?!)"
#: Widths (ems) within which a group prints as a full line: this far under or over a column width.
FULL_UNDER, FULL_OVER = 1.2, 2.0
#: Printed width of a full-width mark, compressed or not (ems).
MARK_WIDTH = 0.75
#: Where indents are offsets, a paragraph's first line is this much narrower.
OFFSET_INDENT = 2.0
#: Least count of lines sharing a width for it to be a column width.
MIN_COLUMN_LINES = 4
#: Most text lines one printed line was cut into.
MAX_PIECES = 5
#: Marks that end a clause, not a sentence: a printed line ending with one goes on.
CLAUSE_END = "，、；："
#: Least share of a page's lines that end a clause narrower than any column (less an indent) for
#: the page to be read as cut (pages of whole lines: under 1 %; cut pages: 3-20 %).
MIN_PIECE_SHARE = 0.02

#: Evidence (nats) that a word runs on from a text line into the next: the line is running text.
WORD_RUNS_ON = 4.0

#: Least Chinese characters of a line whose width may tell a column's.
MIN_FULL_CJK = 6

_INDENT = re.compile(r"^[\u3000 \u00a0]+")


def _is_cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


#: Full-width marks: typesetters often set them half an em wide (compressed), so a justified
#: line holds more characters when it holds marks.
_FULL_MARKS = set("，。、；：！？“”‘’（）《》「」『』")


def _width(text: str) -> float:
    return sum(0.5 if ord(ch) < 0x80 else MARK_WIDTH if ch in _FULL_MARKS else 1.0 for ch in text if not ch.isspace())


def column_widths(widths: list[float]) -> list[float]:
    """The widths many lines share (half an em apart at least one em): the full lines of the page's
    columns."""
    counts = Counter(round(w * 2) / 2 for w in widths)
    peaks: list[float] = []
    for w, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        if n < MIN_COLUMN_LINES:
            break
        if all(abs(w - p) > 1.0 for p in peaks):
            peaks.append(w)
    return peaks


def _cut_between(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a[-1] in CUT_AFTER or b[0] in CUT_BEFORE)


#: Cost of a join after a finished sentence onto a piece without a mark (a headline, a label).
AFTER_SENTENCE = 1.5
_MARK = re.compile(r"[，。、；：！？“”‘’（）《》,.;:!?()]")


def _join_cost(a: str, b: str, b_runs_on: bool) -> float | None:
    """What joining `a` and `b` costs (None: they are never one printed line); `b_runs_on`: a word
    runs on from `b` into the text line after it (so `b` is running text, no headline)."""
    if not _cut_between(a, b):
        return None
    if is_column_label(b):
        return None  # a column label (``一线传真``) is no printed line's rest, whatever its width
    # (one character is no headline or label: the last of a printed line whose sentence goes on)
    if b_runs_on or cjk_count(b) <= 1:
        return 0.0
    return AFTER_SENTENCE if P.SENTENCE_END.search(a) and not _MARK.search(b) else 0.0


def _group_score(texts: list[str], width: float, columns: list[float]) -> float:
    """How well one group of text lines prints as one printed line."""
    if any(abs(width - c) <= FULL_UNDER if width <= c else width - c <= FULL_OVER for c in columns):
        return 2.0
    if any(abs(width - (c - OFFSET_INDENT)) <= FULL_UNDER * 0.75 for c in columns):
        return 1.5  # a first line indented by an offset
    if width > max(columns) + FULL_OVER:
        return -6.0  # no printed line is wider than its column
    if texts[-1][-1:] and P.SENTENCE_END.search(texts[-1]):
        return 1.0  # a paragraph's last line
    if len(texts) == 1 and cjk_count(texts[0]) <= 1:
        return -1.0  # one character whose sentence goes on is no line of its own
    return -1.0 if len(texts) > 1 or texts[0][-1:] in CUT_AFTER else 0.0


def _best_groups(texts: list[str], widths: list[float], columns: list[list[float]], runs_on: list[bool]
                 ) -> list[tuple[int, int]]:
    """Groups (start, end) of a stretch of consecutive text lines that print best (see module);
    `columns`: per line, the column widths that may be its own; `runs_on`: per line, whether a
    word runs on from it into the next text line."""
    n = len(texts)
    best = [0.0] + [float("-inf")] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        width, costs = 0.0, 0.0
        for start in range(end - 1, max(-1, end - 1 - MAX_PIECES), -1):
            if start < end - 1:
                cost = _join_cost(texts[start], texts[start + 1], runs_on[start + 1])
                if cost is None:
                    break
                costs += cost
            width += widths[start]
            score = _group_score(texts[start:end], width, columns[start])
            if start == end - 1 and runs_on[start] and score < 1.0:
                score -= 1.0  # (running text that does not fill its line is a piece of one)
            s = best[start] + score - costs
            if texts[start][:1] in NO_START and start > 0 and start == end - 1:
                s -= 3.0  # (a line opening with a closing mark is the rest of the one before)
            if s > best[end]:
                best[end], back[end] = s, start
    out = []
    end = n
    while end > 0:
        out.append((back[end], end))
        end = back[end]
    return out[::-1]


#: How many whole lines on either side tell a line's own column.
LOCAL_WHOLE = 4


def _local_columns(idx: list[int], whole: list[tuple[int, float]], columns: list[float]) -> dict[int, list[float]]:
    """Per line (its index in the text), the column width of the whole lines printed nearest it in
    the text (a frame's lines come together): the page's column width most of them print to."""
    out: dict[int, list[float]] = {}
    spots = [k for k, _ in whole]
    for k, i in enumerate(idx):
        at = bisect.bisect_left(spots, k)
        near = [w for _, w in whole[max(0, at - LOCAL_WHOLE):at + LOCAL_WHOLE]]
        votes = {c: sum(1 for w in near if abs(w - c) <= 1.0) for c in columns}
        top = max(votes.values(), default=0)
        out[i] = [max(c for c, v in votes.items() if v == top)] if top else columns
    return out


def _joins(raw: list[str], stretches: list[list[int]], widths: dict[int, float], local: dict[int, list[float]],
           runs_on: dict[int, bool]) -> list[list[int]]:
    joins: list[list[int]] = []
    for s in stretches:
        texts = [raw[i].strip() for i in s]
        for a, b in _best_groups(texts, [widths[i] for i in s], [local[i] for i in s], [runs_on[i] for i in s]):
            if b - a > 1:
                joins.append(s[a:b])
    return joins


def rejoin_split_lines(text: str) -> str:
    """The page's text with printed lines cut at compressed marks joined again (see module)."""
    raw = text.split("\n")
    idx = [i for i, ln in enumerate(raw) if ln.strip()]
    if len(idx) < MIN_COLUMN_LINES * 2:
        return text
    widths = {i: _width(raw[i]) for i in idx}
    # (the lines cut in mid-word at both ends are whole: pieces end at a mark or before one)
    whole = [(k, widths[i]) for k, i in enumerate(idx[:-1]) if cjk_count(raw[i]) >= MIN_FULL_CJK
             and _is_cjk(raw[i].rstrip()[-1:]) and _is_cjk(raw[idx[k + 1]].lstrip()[:1])]
    columns = column_widths([w for _, w in whole])
    if not columns:
        return text
    # A page of whole lines ends a clause on a short line only where a line is full; pieces do anywhere.
    pieces = sum(1 for i in idx if raw[i].rstrip()[-1:] in CLAUSE_END and widths[i] < min(columns) - OFFSET_INDENT)
    if pieces < MIN_PIECE_SHARE * len(idx):
        return text
    # (a line's own column is told by whole lines that follow a cut in mid-word: a piece after a
    # mark that ends a printed line may look whole, and such pieces crowd frames cut at every mark)
    local = _local_columns(idx, [(k, w) for k, w in whole if k == 0 or _is_cjk(raw[idx[k - 1]].rstrip()[-1:])],
                           columns)
    # Stretches of consecutive text lines (a blank line, an indent or an interview's turn starts
    # a new one: ``…建到乡镇？`` / ``刘国栋：群众关心的…`` are two printed lines).
    # (the colon may end a piece: ``刘国栋：`` / ``群众关心的事，``)
    opens_turn = {idx[k] for k in turn_openers([raw[i].strip() for i in idx], P.SPEAKER)}
    stretches: list[list[int]] = []
    for i in idx:
        if stretches and stretches[-1][-1] == i - 1 and not _INDENT.match(raw[i]) and i not in opens_turn:
            stretches[-1].append(i)
        else:
            stretches.append([i])
    runs_on = {i: raw[i].rstrip()[-1:] not in CUT_AFTER and junction_gain(raw[i].strip(), raw[j].strip()) >= WORD_RUNS_ON
               for i, j in zip(idx, idx[1:])}
    runs_on[idx[-1]] = False
    # A piece without marks that fills the line before it (with the pieces that line was cut
    # into) to the column's width is running text, no headline, when what follows it is running
    # text that opens no report: a full line, or a piece that ends a clause (under a headline
    # comes a report's first line: a dateline, a date, a line indented by an offset).
    for k in range(1, len(idx) - 1):
        i, j = idx[k], idx[k + 1]
        b, after = raw[i].strip(), raw[j].strip()
        if (runs_on[i] or cjk_count(b) < 2 or _MARK.search(b) or is_body_start(after)
                or P.CAPTION_START.match(after)):
            continue
        nxt = raw[idx[k + 2]].strip() if k + 2 < len(idx) else ""
        if not (any(abs(widths[j] - c) <= FULL_UNDER for c in local[j]) and _is_cjk(after[-1:])
                or after[-1:] in CLAUSE_END or (_is_cjk(after[-1:]) and _cut_between(after, nxt))):
            continue
        before, fills = 0.0, False
        for m in range(k - 1, max(-1, k - MAX_PIECES), -1):
            before += widths[idx[m]]
            if any(-FULL_UNDER <= before + widths[i] - c <= FULL_OVER for c in local[i]):
                fills = True
                break
            if m == 0 or not _cut_between(raw[idx[m - 1]].strip(), raw[idx[m]].strip()):
                break
        runs_on[i] = fills
    joins = _joins(raw, stretches, widths, local, runs_on)
    drop: set[int] = set()
    for group in joins:
        raw[group[0]] = raw[group[0]].rstrip() + "".join(raw[i].strip() for i in group[1:])
        drop.update(group[1:])
    return "\n".join(ln for i, ln in enumerate(raw) if i not in drop)


_LONE_INDENT = re.compile(r"^[\u3000 \t]*\u3000[\u3000 \t]*$")


def attach_lone_indents(text: str) -> str:
    """Lines holding nothing but ideographic spaces are the indent of the next line that holds
    text: their spaces go in front of it (a line of them alone would be dropped as blank, and the
    paragraph's start with it)."""
    if "\u3000" not in text:
        return text
    out: list[str] = []
    indent = ""
    for line in text.split("\n"):
        if _LONE_INDENT.match(line):
            indent += line.replace(" ", "").replace("\t", "")
            continue
        if indent and line.strip():
            line = indent + line.lstrip(" \t")
            indent = ""
        out.append(line)
    if indent:
        out.append(indent)
    return "\n".join(out)
