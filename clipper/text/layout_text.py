"""Text extracted with the page's layout kept (`pdftotext -layout`, pypdf's layout mode,
pdfplumber's `layout=True`): the lines of side-by-side columns stand on one text line, apart by
runs of spaces, so a reader of lines would read across the columns.

Such a text is a grid: each character has a row and a column. Read back as printed lines with
positions (a run of text between runs of spaces is one line of one column), it is cut as a PDF
page is (a recursive X-Y cut, `pdfpage.xy_cut`), made for a grid: columns and modules come apart
at the bands of white space that cross them, and at gutters that a few lines the extractor set
too close cross; the text comes out column by column, a blank line between blocks, ready for the
newspaper reader.

Pure: text in, text out.
"""

from __future__ import annotations

import re
from collections import Counter

from clipper.text.pdfpage import MAX_DEPTH, PdfLine, gap_spans, split_at

#: A run of text inside one column: characters with at most one space between them (a
#: justified line spreads its characters; a byline puts one space before the name).
SEGMENT = re.compile(r"\S+(?: \S+)*")
#: CJK characters (a line of columns holds Chinese on both sides of a gutter).
CJK = re.compile(r"[\u3400-\u9fff]")
#: A text keeps its layout when at least this share of its lines (and this many) hold a gutter
#: with Chinese text on both sides.
LAYOUT_SHARE = 0.25
LAYOUT_MIN_LINES = 8
#: Where a line of a column begins this many cells right of its block's left edge, it begins a
#: paragraph (its first-line indent).
INDENT_CELLS = 2
#: A gutter may be crossed by at most this share of a region's rows (one line at least), with
#: this many lines wholly on each side of it.
GUTTER_CROSSING = 0.08
SIDE_LINES = 3
#: A line split at a gutter is split at a space this many cells from it, if there is one.
SPLIT_REACH = 2
#: A region is cut down first when its gutter is this many times as wide (in cells) as its
#: widest band of blank rows (a row is about two cells high).
DOWN_FIRST = 2


def _columned(line: str) -> bool:
    parts = [p for p in re.split(r" {3,}", line.strip()) if p]
    return len(parts) >= 2 and sum(1 for p in parts if CJK.search(p)) >= 2


def is_layout_text(text: str) -> bool:
    """Does `text` keep its page's layout (side-by-side columns on one text line)?"""
    lines = [ln for ln in text.replace("\t", "        ").split("\n") if ln.strip()]
    columned = sum(1 for ln in lines if _columned(ln))
    return columned >= LAYOUT_MIN_LINES and columned >= LAYOUT_SHARE * len(lines)


def grid_lines(page: str, page_no: int = 0) -> list[PdfLine]:
    """The runs of text of one page's grid as printed lines: x in cells, y in rows (one row is
    one text size high)."""
    out: list[PdfLine] = []
    for row, line in enumerate(page.split("\n")):
        for m in SEGMENT.finditer(line):
            out.append(PdfLine(text=m.group(), x0=float(m.start()), x1=float(m.end()), top=float(row),
                               bottom=float(row + 1), size=1.0, font="", page=page_no))
    return out


def _soft_gutter(lines: list[PdfLine]) -> float | None:
    """A gutter that a few lines cross (the extractor set two columns' lines one space apart or
    glued them): the cell that fewest lines print a character in, when that is at most one line
    in GUTTER_CROSSING of the rows and whole lines stand on both sides of it."""
    rows = len({ln.top for ln in lines})
    left, right = int(min(ln.x0 for ln in lines)), int(max(ln.x1 for ln in lines))
    cover = [0] * (right - left)
    for ln in lines:
        for i, ch in enumerate(ln.text):
            if ch != " ":
                cover[int(ln.x0) + i - left] += 1
    best: tuple[int, float] | None = None
    for i in range(1, len(cover) - 1):
        x = left + i
        if cover[i] > max(1, rows * GUTTER_CROSSING):
            continue
        before = sum(1 for ln in lines if ln.x1 <= x + 1)
        after = sum(1 for ln in lines if ln.x0 >= x)
        if min(before, after) < SIDE_LINES:
            continue
        if best is None or cover[i] < best[0]:
            best = (cover[i], float(x))
    return None if best is None else best[1]


def _split(ln: PdfLine, x: float) -> list[PdfLine]:
    """`ln` in two at the gutter `x`: at a space beside it, or at it."""
    at = int(x - ln.x0)
    spaces = [i for i in range(max(at - SPLIT_REACH, 1), min(at + SPLIT_REACH, len(ln.text) - 1) + 1)
              if ln.text[i] == " "]
    if spaces:
        at = min(spaces, key=lambda i: abs(i - at))
    a, b = ln.text[:at], ln.text[at:]
    out = []
    for part, start in ((a, ln.x0), (b, ln.x0 + at)):
        stripped = part.strip(" ")
        if stripped:
            x0 = start + len(part) - len(part.lstrip(" "))
            out.append(PdfLine(text=stripped, x0=x0, x1=x0 + len(stripped), top=ln.top, bottom=ln.bottom,
                               size=ln.size, font=ln.font, page=ln.page))
    return out


def grid_cut(lines: list[PdfLine], depth: int = 0) -> list[list[PdfLine]]:
    """Blocks of a grid in reading order: a recursive X-Y cut at blank rows across and blank
    cells down; where no clean cut is left, at a gutter a few lines cross: a line alone on its
    row there spans the columns (a headline) and is cut off across, the others are split."""
    if len(lines) <= 1 or depth > MAX_DEPTH:
        return [sorted(lines, key=lambda ln: (ln.top, ln.x0))]
    across = gap_spans([(ln.top, ln.bottom) for ln in lines], 1)
    down = gap_spans([(ln.x0, ln.x1) for ln in lines], 1)
    if across or down:
        # (across first, as on a page, unless the gutter is much wider than the blank rows)
        if down and (not across or max(w for _, w in down) >= DOWN_FIRST * max(w for _, w in across)):
            parts = split_at(lines, [c for c, _ in down], lambda ln: ln.x0)
        else:
            parts = split_at(lines, [c for c, _ in across], lambda ln: ln.top)
        return [block for part in parts for block in grid_cut(part, depth + 1)]
    x = _soft_gutter(lines)
    if x is None:
        return [sorted(lines, key=lambda ln: (ln.top, ln.x0))]
    crossing = [ln for ln in lines if ln.x0 < x < ln.x1]
    per_row = Counter(ln.top for ln in lines)
    spanning = sorted({ln.top for ln in crossing if per_row[ln.top] == 1 and not _space_near(ln, x)})
    if spanning:
        # (each such row its own band, between the rows above and under it)
        cuts = sorted(c for top in spanning for c in (top - 0.5, top + 0.5))
        return [block for part in split_at(lines, cuts, lambda ln: ln.top) for block in grid_cut(part, depth + 1)]
    split = {id(ln) for ln in crossing}
    rest = [part for ln in lines for part in (_split(ln, x) if id(ln) in split else [ln])]
    return grid_cut(rest, depth + 1)


def _space_near(ln: PdfLine, x: float) -> bool:
    at = int(x - ln.x0)
    return " " in ln.text[max(at - SPLIT_REACH, 0):at + SPLIT_REACH + 1]


def _block_text(block: list[PdfLine]) -> list[str]:
    """The lines of one block, top down; runs of one row joined with a space; a line set in
    from the block's left edge begins with an ideographic indent."""
    # (the column's edge is where most of its lines begin: an extractor shifts some by a cell)
    left = Counter(ln.x0 for ln in block).most_common(1)[0][0]
    rows: dict[float, list[PdfLine]] = {}
    for ln in block:
        rows.setdefault(ln.top, []).append(ln)
    out: list[str] = []
    for top in sorted(rows):
        runs = sorted(rows[top], key=lambda ln: ln.x0)
        text = " ".join(ln.text for ln in runs)
        out.append(("\u3000\u3000" if runs[0].x0 - left >= INDENT_CELLS else "") + text)
    return out


def layout_to_columns(text: str) -> str:
    """A layout-kept text read column by column (pages apart at form feeds), one block after
    another with a blank line between them."""
    out: list[str] = []
    for page_no, page in enumerate(text.replace("\t", "        ").split("\f")):
        lines = grid_lines(page, page_no)
        if not lines:
            continue
        for block in grid_cut(lines):
            if out:
                out.append("")
            out.extend(_block_text(block))
    return "\n".join(out) + "\n"


__all__ = ["is_layout_text", "layout_to_columns", "grid_lines"]
