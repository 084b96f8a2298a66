"""PDF newspaper pages read directly: characters with their positions and sizes (pdfminer.six),
printed lines from the characters, blocks and reading order from the page's geometry.

- **lines**: characters on one baseline, of one size, with no gap wider than a gutter between
  them (the lines of side-by-side columns stay apart);
- **blocks**: a recursive X-Y cut of the page (the layout analysis of Manhattan layouts such as
  newspaper pages): the page is cut at the widest band of white space that crosses it from edge
  to edge, across first (headlines above their columns, one module above another), then down
  (column from column), until a block is one column of text or one headline;
- **reading order**: blocks in the order of the cuts (top to bottom, left to right), lines top
  to bottom inside a block.

What a line's geometry tells is kept with it: its size against the body text (headlines are set
larger), its indent from the block's left edge (a paragraph's first line), its font.

Pure: bytes in, lines out; knows nothing of Scrapy. A PDF that is encrypted, broken or has no
text layer (a scan) raises InputError with the reason.
"""

from __future__ import annotations

import bisect
import io
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from clipper.model import InputError
from clipper.text import patterns as P
from clipper.text.normalize import fold_font_forms

#: Characters further apart than this (share of their size) are not one line: a gutter (a
#: justified line spaces its characters by a fifth of an em at most; a closing mark may hang
#: into the gutter).
GAP_SHARE = 0.45
#: White space this wide (share of the body size) separates blocks across or down.
CUT_ACROSS = 0.9
CUT_DOWN = 0.45
#: A vertical line: at least this many characters one under another, each one's top this many
#: of their size under the one before (set tight or with a third of an em between them).
VERTICAL_MIN_CHARS = 3
VERTICAL_STEP = (0.6, 1.35)
#: Deepest recursion of the X-Y cut (a page never needs more; bounds hostile input).
MAX_DEPTH = 40


@dataclass
class PdfLine:
    """One printed line: its text and where and how it is printed (points, top-down y)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    page: int = 0
    block: int = 0
    meta: dict[str, object] = field(default_factory=dict)
    #: Where its characters other than marks begin and end: a mark may hang into the gutter or
    #: be drawn back over it (a compressed opening mark), the column's edge is its characters'.
    cx0: float | None = None
    cx1: float | None = None

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def core(self) -> tuple[float, float]:
        return (self.x0 if self.cx0 is None else self.cx0, self.x1 if self.cx1 is None else self.cx1)


@dataclass
class _Char:
    text: str
    x0: float
    x1: float
    base: float  # baseline, top-down
    size: float
    font: str


def _chars(raw: bytes) -> list[tuple[float, float, list[_Char]]]:
    """(width, height, characters) of each page."""
    try:
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.layout import LTChar
        from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser, PDFSyntaxError
        from pdfminer.psparser import PSException
    except ImportError as exc:  # pragma: no cover - a dependency of the project
        raise InputError(f"PDF pages need pdfminer.six: {exc}") from exc
    try:
        parser = PDFParser(io.BytesIO(raw))
        document = PDFDocument(parser)
        if not document.is_extractable:
            raise InputError("PDF forbids text extraction")
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=None)
        interpreter = PDFPageInterpreter(manager, device)
        pages = []
        for page in PDFPage.create_pages(document):
            interpreter.process_page(page)
            layout = device.get_result()
            x0, y0, x1, y1 = layout.bbox
            height = y1 - y0
            chars = []
            stack = list(layout)
            while stack:
                obj = stack.pop()
                if isinstance(obj, LTChar):
                    text = obj.get_text()
                    if text.startswith("(cid:"):
                        continue
                    chars.append(_Char(text, obj.x0, obj.x1, y1 - obj.matrix[5], round(obj.size, 1), obj.fontname))
                elif hasattr(obj, "__iter__"):
                    stack.extend(obj)
            pages.append((x1 - x0, height, chars))
    except (PDFEncryptionError, PDFPasswordIncorrect) as exc:
        raise InputError(f"encrypted PDF: {type(exc).__name__}") from exc
    except (PDFSyntaxError, PSException) as exc:
        raise InputError(f"broken PDF: {exc}") from exc
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many kinds of errors on damaged files
        raise InputError(f"broken PDF: {type(exc).__name__}: {exc}") from exc
    return pages


#: Largest offset, as a share of the glyph's own width (across) or of its size (down), at which a
#: glyph drawn again is the same glyph drawn over itself (a fake bold): the next character of a
#: line stands a whole advance away, however narrow the glyph (``ll``, ``...``).
OVERPRINT_SHARE = 0.3


def drop_overprints(chars: list[_Char]) -> list[_Char]:
    """A character drawn twice a hair apart (a fake bold: headlines often are) is read once. The
    stream order is kept."""
    kept: list[_Char] = []
    grid: dict[tuple[str, int, int], list[_Char]] = {}
    for c in chars:
        across = OVERPRINT_SHARE * max(c.x1 - c.x0, 0.05 * c.size, 0.1)
        down = OVERPRINT_SHARE * max(c.size, 1.0)
        kx, ky = int(c.x0 // across), int(c.base // down)
        if any(abs(o.x0 - c.x0) <= across and abs(o.base - c.base) <= down
               for dx in (-1, 0, 1) for dy in (-1, 0, 1) for o in grid.get((c.text, kx + dx, ky + dy), ())):
            continue
        kept.append(c)
        grid.setdefault((c.text, kx, ky), []).append(c)
    return kept


def _lines(chars: list[_Char], page_no: int) -> list[PdfLine]:
    """Characters on one baseline and of one size, split at gaps wider than a gutter. One size
    within 5 % (`same_size`): a fallback font's marks and figures in a headline (``(扩大)`` set in
    a Latin font) come out a little larger or smaller than its Chinese characters."""
    rows: dict[int, list[_Char]] = {}
    for c in chars:
        rows.setdefault(round(c.base * 2), []).append(c)
    lines = []
    for row in rows.values():
        row.sort(key=lambda c: c.x0)
        run: list[_Char] = [row[0]]
        for c in row[1:]:
            size = run[-1].size
            if c.x0 - run[-1].x1 > GAP_SHARE * max(size, 1.0) or not same_size(c.size, size):
                lines.append(_line(run, page_no))
                run = [c]
            else:
                run.append(c)
        lines.append(_line(run, page_no))
    return _vertical_lines([ln for ln in lines if ln.text.strip()])


def _is_lone_char(ln: PdfLine) -> bool:
    return len(ln.text.strip()) == 1 and "\u3400" <= ln.text.strip() <= "\u9fff"


#: Marks a vertical headline holds between its characters (set upright, a little off its axis).
VERTICAL_MARKS = set(P.VERTICAL_OPENING + P.VERTICAL_CLOSING)


def _is_lone_mark(ln: PdfLine) -> bool:
    return len(ln.text.strip()) == 1 and ln.text.strip() in VERTICAL_MARKS


def _vertical_lines(lines: list[PdfLine]) -> list[PdfLine]:
    """Characters set one under another (a vertical headline): each is a line of its own, of
    one character, centred on the one before, its top about a size under that one's
    (VERTICAL_STEP); three or more of them are one line, read top to bottom. (A column's lines
    stand 1.4 sizes apart and more, and never hold one character three times in a row.)"""
    lone = sorted((ln for ln in lines if _is_lone_char(ln) or _is_lone_mark(ln)), key=lambda ln: (ln.top, ln.x0))
    if len(lone) < VERTICAL_MIN_CHARS:
        return lines
    stacks: list[list[PdfLine]] = []
    for ln in lone:
        mid = (ln.x0 + ln.x1) / 2
        for stack in stacks:
            last = stack[-1]
            step = (ln.top - last.top) / ln.size
            # (a mark stands off the axis by up to half a size, seen from the character next to it)
            axis = 0.5 if _is_lone_mark(ln) or _is_lone_mark(last) else 0.2
            if (same_size(ln.size, last.size) and abs(mid - (last.x0 + last.x1) / 2) <= axis * ln.size
                    and VERTICAL_STEP[0] <= step <= VERTICAL_STEP[1]):
                stack.append(ln)
                break
        else:
            stacks.append([ln])
    joined: dict[int, PdfLine] = {}
    gone: set[int] = set()
    for stack in stacks:
        if sum(1 for ln in stack if _is_lone_char(ln)) < VERTICAL_MIN_CHARS:
            continue
        first = stack[0]
        joined[id(first)] = PdfLine(text="".join(ln.text.strip() for ln in stack), x0=min(ln.x0 for ln in stack),
                                    x1=max(ln.x1 for ln in stack), top=first.top, bottom=stack[-1].bottom,
                                    size=first.size, font=first.font, page=first.page, meta={"vertical": True})
        gone.update(id(ln) for ln in stack[1:])
    return [joined.get(id(ln), ln) for ln in lines if id(ln) not in gone]


#: Marks that typesetters hang into the margin or compress at a line's ends.
HANGING_MARKS = set("，。、；：！？“”‘’（）《》「」『』〈〉【】…—,.;:!?()\"'")


def _line(run: list[_Char], page_no: int) -> PdfLine:
    sizes = Counter(c.size for c in run if not c.text.isspace())
    size = sizes.most_common(1)[0][0] if sizes else run[0].size
    fonts = Counter(c.font for c in run if not c.text.isspace())
    text = fold_font_forms("".join(c.text for c in run))
    base = run[0].base
    core = [c for c in run if not c.text.isspace() and c.text not in HANGING_MARKS] or run
    return PdfLine(text=text.rstrip(), x0=run[0].x0, x1=run[-1].x1, top=base - 0.88 * size, bottom=base + 0.12 * size,
                   size=size, font=fonts.most_common(1)[0][0] if fonts else "", page=page_no,
                   cx0=core[0].x0, cx1=core[-1].x1)


def same_size(a: float, b: float) -> bool:
    """Two font sizes that are one size (within 5%: extractors round, layouts scale)."""
    return abs(a - b) <= 0.05 * max(a, b)


def body_size(lines: list[PdfLine]) -> float:
    """The size most characters are set in: the body text."""
    counts: Counter[float] = Counter()
    for ln in lines:
        counts[ln.size] += len(ln.text)
    return counts.most_common(1)[0][0] if counts else 10.0


def gap_spans(intervals: list[tuple[float, float]], minimum: float) -> list[tuple[float, float]]:
    """(middle, width) of the gaps at least `minimum` wide between the union of `intervals`."""
    gaps = []
    intervals = sorted(intervals)
    end = intervals[0][1]
    for a, b in intervals[1:]:
        if a - end >= minimum:
            gaps.append(((end + a) / 2, a - end))
        end = max(end, b)
    return gaps


def _gaps(intervals: list[tuple[float, float]], minimum: float) -> list[float]:
    """Middles of the gaps at least `minimum` wide between the union of `intervals`."""
    return [middle for middle, _ in gap_spans(intervals, minimum)]


def split_at(lines: list[PdfLine], cuts: list[float], place: Callable[[PdfLine], float]) -> list[list[PdfLine]]:
    """`lines` parted at the `cuts` (in ascending order) by where each one is (`place`: its top,
    its left edge), in order, the empty parts left out."""
    parts: list[list[PdfLine]] = [[] for _ in range(len(cuts) + 1)]
    for ln in lines:
        parts[bisect.bisect_left(cuts, place(ln))].append(ln)
    return [part for part in parts if part]


def xy_cut(lines: list[PdfLine], size: float, depth: int = 0) -> list[list[PdfLine]]:
    """Blocks of `lines` in reading order (recursive X-Y cut)."""
    if len(lines) <= 1 or depth > MAX_DEPTH:
        return [sorted(lines, key=lambda ln: (ln.top, ln.x0))]
    across = _gaps([(ln.top, ln.bottom) for ln in lines], CUT_ACROSS * size)
    if across:
        return [block for band in split_at(lines, across, lambda ln: ln.top) for block in xy_cut(band, size, depth + 1)]
    down = _gaps([ln.core for ln in lines], CUT_DOWN * size)
    if down:
        return [block for strip in split_at(lines, down, lambda ln: ln.core[0])
                for block in xy_cut(strip, size, depth + 1)]
    edge = _edge_rows(lines, size)
    if edge is not None:
        rows, top, rest = edge
        blocks = xy_cut(rest, size, depth + 1)
        rows = sorted(rows, key=lambda ln: (ln.top, ln.x0))
        # (the rows read with the columns: before the first, after the last)
        if top:
            blocks[0] = rows + blocks[0]
        else:
            blocks[-1] = blocks[-1] + rows
        return blocks
    if _side_by_side(lines, size):
        return column_runs(lines, size)
    return [sorted(lines, key=lambda ln: (ln.top, ln.x0))]


def _side_by_side(lines: list[PdfLine], size: float) -> bool:
    """Does the region hold lines of one row in two columns (they share a baseline, apart)?"""
    rows: dict[int, list[PdfLine]] = {}
    for ln in lines:
        rows.setdefault(round(ln.top / (size / 2)), []).append(ln)
    return any(min(b.x1 for b in row) < max(b.x0 for b in row) for row in rows.values() if len(row) > 1)


def column_runs(lines: list[PdfLine], size: float) -> list[list[PdfLine]]:
    """A region no straight cut divides (modules staggered: the gutters of one stop where
    another's text begins) in its column runs: lines stacked one under the next at the line
    pitch with the same left and right edges. Each run is a block, left to right, top down."""
    order = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    runs: list[list[PdfLine]] = []
    for ln in order:
        above = [r for r in runs if r[-1].page == ln.page and 0 <= ln.top - r[-1].bottom <= RUN_GAP * size
                 and abs(r[-1].x0 - ln.x0) <= 2.5 * size
                 and min(r[-1].x1, ln.x1) - max(r[-1].x0, ln.x0) >= 0.5 * min(r[-1].width, ln.width)]
        if above:
            best = min(above, key=lambda r: ln.top - r[-1].bottom)
            best.append(ln)
        else:
            runs.append([ln])
    return sorted(runs, key=lambda r: (round(min(ln.x0 for ln in r) / size), min(ln.top for ln in r)))


#: Most space (share of the text size) between two lines of one column run.
RUN_GAP = 1.0


#: Most rows over or under columns that may span their gutter (a byline centred over two columns).
EDGE_ROWS = 2


def _edge_rows(lines: list[PdfLine], size: float) -> tuple[list[PdfLine], bool, list[PdfLine]] | None:
    """The top (or bottom) rows of a region that span the gutter of the columns under (or over)
    them, set too close to them for a cut across (a byline or a credit centred over two
    columns): (those rows, whether they are on top, the rest); None when there are none."""
    rows = sorted({round(ln.top) for ln in lines})
    for k in range(1, min(EDGE_ROWS, len(rows) - 1) + 1):
        for top_first in (True, False):
            cut = rows[k - 1] if top_first else rows[-k]
            edge = [ln for ln in lines if (round(ln.top) <= cut if top_first else round(ln.top) >= cut)]
            rest = [ln for ln in lines if ln not in edge]
            left, right = min(ln.core[0] for ln in rest), max(ln.core[1] for ln in rest)
            # (centred: a row that reaches the columns' outer edges is text read across them)
            centred = all(ln.core[0] > left + size and ln.core[1] < right - size for ln in edge)
            if len(rest) > len(edge) and centred and _gaps([ln.core for ln in rest], CUT_DOWN * size):
                return edge, top_first, rest
    return None


def column_widths(lines: list[PdfLine], size: float) -> list[float]:
    """Widths that many body lines share: the widths of the page's columns."""
    counts = Counter(round(ln.width / (size / 2)) for ln in lines)
    return [w * size / 2 for w, n in counts.items() if n >= 4]


def _narrow(ln: PdfLine, widest: float) -> bool:
    return ln.width <= widest * 1.08


def _group_other(lines: list[PdfLine]) -> list[list[PdfLine]]:
    """Lines that are no column text (headlines, kickers, wide captions): consecutive ones that
    overlap across and stand close together are one block."""
    blocks: list[list[PdfLine]] = []
    for ln in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        for block in blocks:
            last = block[-1]
            overlap = min(last.x1, ln.x1) - max(last.x0, ln.x0)
            if overlap > 0 and 0 <= ln.top - last.bottom <= 1.2 * max(last.size, ln.size) and ln.page == last.page:
                block.append(ln)
                break
        else:
            blocks.append([ln])
    return blocks


def page_blocks(lines: list[PdfLine]) -> list[list[PdfLine]]:
    """Blocks of one page: the column text cut by X-Y cuts (headlines and captions that span
    gutters left out, so that gutters stay clear), the other lines grouped on their own; in an
    order for reading: column by column, each headline before the text under it."""
    size = body_size(lines)
    body = [ln for ln in lines if abs(ln.size - size) <= 0.1 * size]
    widths = column_widths(body, size)
    widest = max(widths) if widths else max((ln.width for ln in body), default=0.0)
    column_text = [ln for ln in body if _narrow(ln, widest)]
    chosen = set(map(id, column_text))
    others = [ln for ln in lines if id(ln) not in chosen]
    blocks = (xy_cut(column_text, size) if column_text else []) + _group_other(others)

    def key(block: list[PdfLine]) -> tuple[float, float]:
        return (min(ln.x0 for ln in block), min(ln.top for ln in block))

    texts = sorted((b for b in blocks if any(id(ln) in chosen for ln in b)), key=key)
    heads = sorted((b for b in blocks if not any(id(ln) in chosen for ln in b)),
                   key=lambda b: (min(ln.top for ln in b), min(ln.x0 for ln in b)))
    ordered = list(texts)
    for head in heads:
        x0, x1 = min(ln.x0 for ln in head), max(ln.x1 for ln in head)
        bottom = max(ln.bottom for ln in head)
        below = [i for i, b in enumerate(ordered)
                 if min(ln.top for ln in b) >= bottom - 1 and min(ln.x0 for ln in b) < x1 and max(ln.x1 for ln in b) > x0]
        if below:
            at = min(below, key=lambda i: (min(ln.top for ln in ordered[i]), min(ln.x0 for ln in ordered[i])))
            ordered.insert(at, head)
        else:
            ordered.append(head)
    return ordered


def read_pdf(raw: bytes) -> list[PdfLine]:
    """The printed lines of every page of a PDF, in reading order, with their block numbers,
    sizes and indents; InputError when the PDF has no text to read."""
    pages = _chars(raw)
    if not pages:
        raise InputError("PDF without pages")
    out: list[PdfLine] = []
    block_no = 0
    for page_no, (_, _, chars) in enumerate(pages):
        lines = _lines(drop_overprints(chars), page_no)
        if not lines:
            continue
        size = body_size(lines)
        for block in page_blocks(lines):
            left = min(ln.x0 for ln in block)
            for ln in block:
                ln.block = block_no
                ln.meta["size_ratio"] = ratio = ln.size / size if size else 1.0
                ln.meta["indent"] = abs(ratio - 1) <= 0.1 and (ln.x0 - left >= 1.5 * ln.size or ln.text.startswith("\u3000"))
                out.append(ln)
            block_no += 1
    if not out:
        raise InputError("PDF without a text layer (a scanned page?): no characters to read")
    return out


def pdf_text(lines: list[PdfLine]) -> str:
    """The page text in reading order, one printed line per line, a blank line between blocks
    (kept in ``documents.text``)."""
    out: list[str] = []
    block = None
    for ln in lines:
        if block is not None and ln.block != block:
            out.append("")
        out.append(("\u3000\u3000" if ln.meta.get("indent") and not ln.text.startswith("\u3000") else "") + ln.text)
        block = ln.block
    return "\n".join(out) + "\n"


__all__ = ["PdfLine", "read_pdf", "pdf_text", "xy_cut", "gap_spans", "split_at", "body_size", "statistics"]
