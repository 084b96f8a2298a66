"""Typeset stories into newspaper pages as PDF (reportlab), the way layout programs do.

A page is a grid of 3–6 columns of unequal widths and gutters under a masthead (page 1) or a
page header line (later pages). Stories are placed as modules: a headline block (引题, title on
one or two lines, 副题, byline) across 1–4 columns and the body flowed column by column under
it, balanced; photo items (picture box, title, caption, credit), boxed briefs (a labelled box of
short items) and section banners fill the rest. A story that does not fit ends with a jump
marker and goes on on the next page (``（上接第一版）``). Body lines are justified (character
spacing), follow the Chinese line-breaking rules (no line starts with a closing mark), and open
their paragraphs with a two-em indent drawn as spaces or as an offset. Text frames are written
to the PDF in an order of their own: as placed, headlines after bodies, reversed, or shuffled.

Every text line drawn is recorded (what, where, which story, what role), so the truth of each
page is known exactly.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from bench.pages.material import Story

#: TrueType fonts from Debian's packages (fonts-wqy-zenhei, fonts-arphic-uming/ukai); the CID
#: font STSong-Light needs no file (reportlab's built-in Adobe-GB1 font, not embedded).
TTF = {"Hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
       "Ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
       "Kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0)}
CID = "STSong-Light"
_registered: set[str] = set()


def fonts() -> dict[str, str]:
    """Register the fonts; returns role -> font name (STSong-Light for any missing TTF)."""
    if CID not in _registered:
        pdfmetrics.registerFont(UnicodeCIDFont(CID))
        _registered.add(CID)
    names = {}
    for name, (path, index) in TTF.items():
        if name not in _registered and Path(path).exists():
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
            _registered.add(name)
        names[name] = name if name in _registered else CID
    return names


#: Marks that may not begin a line (they hang at the end of the line before).
NO_START = set("，。、；：？！）》」』”’…·,.;:?!)")
#: Marks that may not end a line (they go to the next line).
NO_END = set("（《「『“‘(")
CN_DIGITS = "零一二三四五六七八九十"


def cn_number(n: int) -> str:
    return CN_DIGITS[n] if n <= 10 else ("十" + CN_DIGITS[n - 10] if n < 20 else str(n))


@dataclass
class Drawn:
    """One line of text on the page."""

    text: str
    x: float
    y: float  # baseline, from the page top
    font: str
    size: float
    char_space: float = 0.0
    role: str = "body"  # body heading title kicker subtitle byline credit caption marker masthead header banner label
    story: int | None = None


@dataclass
class Frame:
    """A text frame: lines drawn together (one BT/ET run in the content stream)."""

    lines: list[Drawn]
    kind: str  # head, body, photo, box, banner, masthead, header
    story: int | None = None
    rects: list[tuple[float, float, float, float, bool]] = field(default_factory=list)  # x, y, w, h, filled


@dataclass
class Style:
    """What varies from page to page."""

    width: float
    height: float
    margin: float
    columns: list[tuple[float, float]]  # (x, width)
    body_font: str
    head_font: str
    caption_font: str
    size: float
    leading: float
    indent_by_spaces: bool
    half_punct: bool
    order: str  # placed | heads_last | reversed | shuffled | columns


def make_style(rng: random.Random) -> Style:
    f = fonts()
    width = rng.choice((700.0, 760.0, 842.0, 900.0, 960.0))
    height = round(width * rng.uniform(1.36, 1.48))
    margin = rng.uniform(28, 46)
    n = rng.choice((3, 4, 4, 5, 5, 6))
    size = rng.choice((9.0, 9.5, 10.0, 10.5, 11.0))
    usable = width - 2 * margin
    gutters = [rng.uniform(8, 18) for _ in range(n - 1)]
    weights = [rng.uniform(0.75, 1.3) for _ in range(n)]
    free = usable - sum(gutters)
    widths = [free * w / sum(weights) for w in weights]
    # A column holds a whole number of characters (what layout grids do); the slack goes to the gutters.
    widths = [max(8, int(w / size)) * size for w in widths]
    slack = (usable - sum(widths) - sum(gutters)) / max(1, n - 1)
    gutters = [g + slack for g in gutters]
    x = margin
    columns = []
    for i, w in enumerate(widths):
        columns.append((x, w))
        x += w + (gutters[i] if i < n - 1 else 0)
    return Style(width=width, height=height, margin=margin, columns=columns,
                 body_font=rng.choice((CID, CID, f["Ming"])), head_font=rng.choice((f["Hei"], f["Hei"], CID)),
                 caption_font=rng.choice((f["Kai"], f["Kai"], CID)), size=size, leading=size * rng.uniform(1.3, 1.65),
                 indent_by_spaces=rng.random() < 0.5, half_punct=rng.random() < 0.2,
                 order=rng.choices(("placed", "heads_last", "reversed", "shuffled", "columns"), (3, 2, 1, 3, 1))[0])


HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "？": "?", "！": "!"})


def width_of(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def break_lines(text: str, width: float, font: str, size: float, first_indent: float = 0.0) -> list[str]:
    """Greedy line breaking with the Chinese rules: a closing mark hangs at the end of the line
    before rather than begin a line; an opening mark never ends a line. Latin words and numbers
    are not split."""
    tokens = re.findall(r"[A-Za-z0-9][A-Za-z0-9.%\-/]*|\s+|.", text)
    lines: list[str] = []
    current = ""
    limit = width - first_indent
    for tok in tokens:
        trial = current + tok
        if width_of(trial, font, size) <= limit + 0.01 or not current:
            current = trial
            continue
        if tok[0] in NO_START:
            current = trial  # hangs (compressed by the justification)
            continue
        carry = ""
        while current and current[-1] in NO_END:
            carry = current[-1] + carry
            current = current[:-1]
        lines.append(current.rstrip())
        current = (carry + tok).lstrip()
        limit = width
    if current.strip():
        lines.append(current.rstrip())
    return lines


class Page:
    """One page being laid out."""

    def __init__(self, number: int, style: Style, rng: random.Random) -> None:
        self.number = number
        self.style = style
        self.rng = rng
        self.frames: list[Frame] = []
        self.tops = [style.margin] * len(style.columns)
        self.bottom = style.height - style.margin
        self.boilerplate: list[str] = []
        self.placed: list[int] = []  # stories in the order they were placed

    # -- geometry ---------------------------------------------------------------------------
    def span_box(self, start: int, k: int) -> tuple[float, float, float]:
        cols = self.style.columns[start:start + k]
        x0 = cols[0][0]
        x1 = cols[-1][0] + cols[-1][1]
        return x0, x1 - x0, max(self.tops[start:start + k])

    def set_tops(self, start: int, k: int, y: float) -> None:
        for i in range(start, start + k):
            self.tops[i] = y

    def best_start(self, k: int) -> int:
        n = len(self.style.columns)
        return min(range(n - k + 1), key=lambda s: (max(self.tops[s:s + k]), s))


def _line(text: str, x: float, y: float, font: str, size: float, role: str, story: int | None,
          width: float | None = None, justify: bool = False) -> Drawn:
    cs = 0.0
    if justify and width and len(text) > 1:
        natural = width_of(text, font, size)
        cs = (width - natural) / (len(text) - 1)
        if cs > size * 0.2:  # a short line (a mark carried over) is not stretched
            cs = 0.0
    return Drawn(text, x, y, font, size, cs, role, story)


def head_block(page: Page, story: Story, sid: int, x: float, width: float, top: float,
               rng: random.Random) -> tuple[list[Drawn], float]:
    """The headline block of a story across `width`: kicker, title (one or two lines), subtitle,
    byline (when printed before the body). Returns the lines and the y under the block."""
    st = page.style
    lines: list[Drawn] = []
    y = top
    big = max(st.size * 1.4, rng.uniform(15, 26) if width > 2.2 * st.columns[0][1] else rng.uniform(13, 18))
    centered = rng.random() < 0.6

    def put(text: str, font: str, size: float, role: str, gap: float = 0.35) -> None:
        nonlocal y
        y += size * (1 + gap)
        w = width_of(text, font, size)
        lx = x + (width - w) / 2 if centered and w < width else x
        lines.append(_line(text, lx, y, font, size, role, sid))

    def fitted(text: str, font: str, size: float, floor: float) -> tuple[list[str], float]:
        """The text at the largest size down to `floor` that fits the width, wrapped when even
        the floor is too wide."""
        while width_of(text, font, size) > width and size > floor:
            size -= 0.5
        return (break_lines(text, width, font, size) if width_of(text, font, size) > width else [text]), size

    if story.kicker:
        font = st.head_font if story.org_kicker else st.body_font
        parts, ksize = fitted(story.kicker, font, big * rng.uniform(0.5, 0.65), st.size)
        for part in parts:
            put(part, font, ksize, "kicker")
    floor = st.size * 1.3
    title = story.title
    if " " in title and (width_of(title, st.head_font, big) > width or rng.random() < 0.3):
        parts = title.split(" ", 1)  # a two-part headline on two lines
    elif width_of(title, st.head_font, max(floor, big * 0.7)) > width or (len(title) > 14 and rng.random() < 0.15):
        # Two printed lines: where the frame ends (as a layout program wraps) or near the middle
        # (as an editor breaks it).
        if rng.random() < 0.5:
            parts = break_lines(title, width, st.head_font, max(floor, big * 0.7))
            parts = [parts[0], "".join(parts[1:])] if len(parts) > 1 else parts
        else:
            cut = len(title) // 2 + rng.randint(-2, 2)
            parts = [title[:cut], title[cut:]]
    else:
        parts = [title]
    size = big
    while any(width_of(part, st.head_font, size) > width for part in parts) and size > floor:
        size -= 0.5
    lines_of_title = [ln for part in parts for ln in
                      (break_lines(part, width, st.head_font, size) if width_of(part, st.head_font, size) > width else [part])]
    for k, part in enumerate(lines_of_title):
        put(part, st.head_font, size, "title", gap=0.35 if k == 0 else 0.2)
    if story.subtitle:
        text = ("——" if story.dash else "") + story.subtitle
        sub_lines, sub_size = fitted(text, st.body_font, max(st.size, size * rng.uniform(0.45, 0.6)), 8)
        for part in sub_lines:
            put(part, st.body_font, sub_size, "subtitle")
    if story.byline and not story.byline_after:
        by_lines, by_size = fitted(story.byline, st.caption_font, st.size, st.size)
        for k, part in enumerate(by_lines):
            put(part, st.caption_font, by_size, "byline", gap=0.6 if k == 0 else 0.3)
    return lines, y + st.size * 0.9


Item = tuple[int, str, str, bool]  # (index, role: para | heading | byline, text, continues a cut paragraph)
PrintedLine = tuple[int, str, str, bool, bool]  # (index, role, text, indented, last line of its paragraph)


def body_items(story: Story, st: Style) -> list[Item]:
    """The body in print order: paragraphs, section headings, the closing byline."""
    items: list[Item] = []
    for i, p in enumerate(story.paragraphs):
        text = p.translate(HALF) if st.half_punct else p
        items.append((i, "heading" if i in story.headings else "para", text, False))
    if story.byline and story.byline_after:
        items.append((-1, "byline", story.byline, False))
    return items


def flow(items: list[Item], widths: list[float], h: float, st: Style) -> tuple[list[list[PrintedLine]], list[Item]]:
    """Flow body items through columns of `widths`, `h` line units each: the printed lines of each
    column and the items (or the rest of a cut paragraph) that did not fit."""
    queue = list(items)
    columns: list[list[PrintedLine]] = []
    indent = 2 * st.size
    for w in widths:
        col: list[PrintedLine] = []
        used = 0.0
        while queue:
            idx, role, text, cont = queue[0]
            if role in ("heading", "byline"):
                cost = 1.6 if role == "heading" else 1.0
                if used + cost > h:
                    break
                col.append((idx, role, text, False, True))
                used += cost
                queue.pop(0)
                continue
            lines = break_lines(text, w, st.body_font, st.size, first_indent=0.0 if cont else indent)
            fit = int(h - used + 1e-9)
            if fit <= 0:
                break
            if len(lines) <= fit:
                col += [(idx, "para", ln, j == 0 and not cont, j == len(lines) - 1) for j, ln in enumerate(lines)]
                used += len(lines)
                queue.pop(0)
                continue
            col += [(idx, "para", ln, j == 0 and not cont, False) for j, ln in enumerate(lines[:fit])]
            used += fit
            queue[0] = (idx, role, "".join(lines[fit:]), True)
            break
        columns.append(col)
        if not queue:
            break
    return columns, queue


def place_body(page: Page, sid: int, start: int, k: int, top: float, items: list[Item], allow_cut: bool
               ) -> tuple[list[Frame], float, list[Item], list[list[PrintedLine]]] | None:
    """Flow the body into columns start..start+k-1 from `top`, balanced. Returns the column
    frames, the y under them, what did not fit (only when cutting is allowed) and the printed
    lines; None when it does not fit."""
    st = page.style
    cols = st.columns[start:start + k]
    widths = [w for _, w in cols]
    max_lines = int((page.bottom - top) // st.leading) - 1
    if max_lines < 3:
        return None
    columns, rest = flow(items, widths, max_lines, st)
    if rest and not allow_cut:
        return None
    if not rest:
        lo, hi = 1, max_lines
        while lo < hi:
            mid = (lo + hi) // 2
            if flow(items, widths, mid, st)[1]:
                lo = mid + 1
            else:
                hi = mid
        columns, rest = flow(items, widths, lo, st)
    frames = []
    y_end = top
    for (cx, cw), col in zip(cols, columns):
        y = top
        drawn = []
        for _, role, text, indented, last in col:
            y += st.leading * (1.6 if role == "heading" else 1.0)
            if role == "heading":
                w = width_of(text, st.head_font, st.size)
                drawn.append(_line(text, cx + max(0.0, (cw - w) / 2), y, st.head_font, st.size, "heading", sid))
                continue
            if role == "byline":
                w = width_of(text, st.caption_font, st.size)
                drawn.append(_line(text, cx + max(0.0, cw - w), y, st.caption_font, st.size, "byline", sid))
                continue
            x, shown = cx, text
            if indented:
                if st.indent_by_spaces:
                    shown = "\u3000\u3000" + text
                else:
                    x = cx + 2 * st.size
            drawn.append(_line(shown, x, y, st.body_font, st.size, "body", sid, cw - (x - cx), justify=not last))
        if drawn:
            frames.append(Frame(drawn, "body", sid))
        y_end = max(y_end, y)
    return frames, y_end + st.leading * 0.8, rest, columns


def printed_paragraphs(columns: list[list[PrintedLine]]) -> dict[int, str]:
    """Paragraph index -> the text of it printed in these columns."""
    out: dict[int, str] = {}
    for col in columns:
        for idx, role, text, _, _ in col:
            if idx >= 0 and role in ("para", "heading"):
                out[idx] = out.get(idx, "") + text
    return out
