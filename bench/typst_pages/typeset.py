"""Typesetting with typst: line breaking and justification by a real typesetting engine.

Every block of text (a story's body at its column width, a caption, a brief) is set by typst
with its own rules for Chinese (no line starts with a closing mark, punctuation compressed at
line ends, CJK–Latin spacing); the printed lines are read back from the PDF typst made (pypdfium2)
and mapped onto the source text. The page is then written as typst source that places every
line where the composer put it, justified as typst justifies it (`linebreak(justify: true)`), in
whatever order the composer draws its frames: what extractors meet on real pages (frames drawn out
of reading order), with real glyph positioning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pypdfium2
import typst

#: Body and caption fonts (Debian's fonts-noto-cjk, fonts-arphic-uming, fonts-arphic-ukai,
#: fonts-wqy-zenhei); headline fonts.
BODY_FONTS = ("Noto Serif CJK SC", "AR PL UMing CN", "Noto Serif CJK SC", "WenQuanYi Zen Hei")
HEAD_FONTS = ("Noto Sans CJK SC", "WenQuanYi Zen Hei", "Noto Serif CJK SC", "AR PL UKai CN")
CAPTION_FONTS = ("AR PL UKai CN", "Noto Sans CJK SC", "WenQuanYi Zen Hei")
#: A line's box is one em of its size: line pitch = size + leading, exactly.
EDGES = "top-edge: 0.88em, bottom-edge: -0.12em"


def lit(text: str) -> str:
    """A typst string literal (inserted into markup as text, never read as markup)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class BlockSpec:
    """A block of text to break into lines: paragraphs set at one width."""

    paragraphs: list[str]
    width: float
    font: str
    size: float
    indent: bool = True  # first line of each paragraph indented by 2 em (an offset)
    justify: bool = True
    weight: str = "regular"
    bold_paragraphs: frozenset[int] = frozenset()  # section headings: bold, not indented
    cjk_latin: bool = True
    no_indent: frozenset[int] = frozenset()  # paragraphs printed without their indent (a rest from another page)


@dataclass
class SetLine:
    """One printed line of a block."""

    text: str
    para: int
    first: bool  # opens its paragraph
    last: bool  # ends its paragraph
    bold: bool = False


@dataclass
class Measured:
    lines: list[SetLine] = field(default_factory=list)


def _preamble(cjk_latin: bool) -> str:
    return ("#set document(date: none)\n"
            f"#set text(lang: \"zh\", region: \"cn\", {EDGES}, cjk-latin-spacing: {'auto' if cjk_latin else 'none'})\n")


def _block_source(spec: BlockSpec) -> str:
    parts = [f"#set page(width: {spec.width:.2f}pt, height: auto, margin: 0pt)\n",
             f"#set text(font: {lit(spec.font)}, size: {spec.size:.2f}pt, weight: {lit(spec.weight)}, "
             f"cjk-latin-spacing: {'auto' if spec.cjk_latin else 'none'})\n",
             f"#set par(justify: {'true' if spec.justify else 'false'}, leading: 0.5em, spacing: 0.5em, "
             f"first-line-indent: (amount: {'2em' if spec.indent else '0em'}, all: true))\n"]
    for i, p in enumerate(spec.paragraphs):
        if i in spec.bold_paragraphs:
            parts.append(f"#par(first-line-indent: 0em)[#text(weight: \"bold\")[#{lit(p)}]]\n")
        elif i in spec.no_indent:
            parts.append(f"#par(first-line-indent: 0em)[#{lit(p)}]\n")
        else:
            parts.append(f"#par[#{lit(p)}]\n")
    return "".join(parts)


def _nonspace(s: str) -> list[int]:
    return [i for i, ch in enumerate(s) if not ch.isspace()]


def measure(specs: list[BlockSpec]) -> list[Measured]:
    """Break every block into printed lines (one typst run for all, a page each)."""
    if not specs:
        return []
    src = [_preamble(True)]
    for k, spec in enumerate(specs):
        if k:
            src.append("#pagebreak()\n")
        src.append("#[\n" + _block_source(spec) + "]\n")
    pdf = typst.compile("".join(src).encode("utf-8"))
    doc = pypdfium2.PdfDocument(pdf)
    try:
        if len(doc) != len(specs):
            raise RuntimeError(f"typst made {len(doc)} pages for {len(specs)} blocks")
        out = []
        for k, spec in enumerate(specs):
            raw = doc[k].get_textpage().get_text_range().replace("\r\n", "\n")
            out.append(_map_lines(spec, [ln for ln in raw.split("\n") if ln.strip()]))
        return out
    finally:
        doc.close()


def _map_lines(spec: BlockSpec, printed: list[str]) -> Measured:
    """The printed lines as pieces of the source paragraphs (white space the engine added, such as
    CJK–Latin spacing, is not the source's)."""
    m = Measured()
    p, pos = 0, 0  # paragraph, index into its non-space characters
    keys = [_nonspace(par) for par in spec.paragraphs]
    for line in printed:
        chars = [ch for ch in line if not ch.isspace()]
        while p < len(spec.paragraphs) and pos >= len(keys[p]):
            p, pos = p + 1, 0
        if p >= len(spec.paragraphs):
            raise RuntimeError(f"printed line beyond the source: {line!r}")
        par, key = spec.paragraphs[p], keys[p]
        end = pos + len(chars)
        got = "".join(par[i] for i in key[pos:end])
        if got != "".join(chars):
            raise RuntimeError(f"printed line {line!r} is not the source's {got!r}")
        start_i = key[pos] if pos else 0
        end_i = key[end - 1] + 1 if end < len(key) else len(par)
        m.lines.append(SetLine(par[start_i:end_i].strip(" "), p, pos == 0, end >= len(key),
                               p in spec.bold_paragraphs))
        pos = end
    if p < len(spec.paragraphs) - 1 or (spec.paragraphs and pos < len(keys[p])):
        raise RuntimeError("source text left unprinted")
    return m


# -- the page ----------------------------------------------------------------------------------

@dataclass
class Placed:
    """One line placed on the page."""

    text: str
    x: float
    y: float  # top of the line's box
    width: float  # the box it is set in (justified lines fill it)
    font: str
    size: float
    weight: str = "regular"
    justify: bool = False
    align: str = "left"  # left | center | right
    role: str = "body"
    story: int | None = None
    tracking: float = 0.0  # (pt) a tighter setting for a last line typst set wider alone than in its paragraph


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: bool = True


def line_source(ln: Placed) -> str:
    """A placed line. A line not justified gets four ems more room than it was set in: set alone
    (not as the last line of its paragraph) typst would not compress the closing marks at its end,
    and would wrap the line."""
    body = f"#{lit(ln.text)}" + ("#linebreak(justify: true)" if ln.justify else "")
    width = ln.width if ln.justify or ln.align != "left" else ln.width + 4 * ln.size
    content = (f"text(font: {lit(ln.font)}, size: {ln.size:.2f}pt, weight: {lit(ln.weight)}, "
               f"tracking: {ln.tracking:.3f}pt)[{body}]")
    if ln.justify:
        content = f"par(justify: true, {content})"
    if ln.align != "left":
        content = f"align({ln.align}, {content})"
    return f"#place(top + left, dx: {ln.x:.2f}pt, dy: {ln.y:.2f}pt, block(width: {width:.2f}pt, {content}))\n"


def render(width: float, height: float, frames: list[list[Placed]], rects: list[Rect], cjk_latin: bool) -> bytes:
    """The page as PDF: rules and picture boxes first, then the frames in the order given. A last
    line that typst sets alone wider than in its paragraph (it compressed the marks there) is set
    again with the tracking that brings it back to its width."""
    lines = [ln for f in frames for ln in f]
    for attempt in range(2):
        src = [_preamble(cjk_latin), f"#set page(width: {width:.2f}pt, height: {height:.2f}pt, margin: 0pt)\n"]
        for r in rects:
            paint = "fill: luma(205), stroke: 0.6pt + luma(90)" if r.fill else "stroke: 0.6pt + luma(60)"
            src.append(f"#place(top + left, dx: {r.x:.2f}pt, dy: {r.y:.2f}pt, rect(width: {r.w:.2f}pt, "
                       f"height: {r.h:.2f}pt, {paint}))\n")
        for frame in frames:
            src.extend(line_source(ln) for ln in frame)
        pdf = typst.compile("".join(src).encode("utf-8"))
        doc = pypdfium2.PdfDocument(pdf)
        try:
            if len(doc) != 1:
                raise RuntimeError(f"page ran over onto {len(doc)} pages")
            if attempt == 0 and _tighten(doc[0], lines, height):
                continue
            stray = _wrapped(doc[0], lines, height)
            if stray:
                raise RuntimeError(f"typst wrapped placed lines: {stray[:3]}")
        finally:
            doc.close()
        return pdf
    raise AssertionError("unreachable")


def _tighten(page: pypdfium2.PdfPage, lines: list[Placed], height: float) -> bool:
    """Give the left-aligned lines printed wider than their box the tracking that fits them;
    whether any needed it."""
    tp = page.get_textpage()
    right: dict[int, float] = {}
    for i in range(tp.count_chars()):
        if tp.get_text_range(i, 1).isspace():
            continue
        left, bottom, x1, top = tp.get_charbox(i)
        cy = height - (top + bottom) / 2
        # (the line the character belongs to: on its row, starting nearest to its left)
        owners = [k for k, ln in enumerate(lines) if ln.y - 1 <= cy <= ln.y + ln.size + 1 and ln.x - 1 <= left]
        if not owners:
            continue
        k = max(owners, key=lambda k: lines[k].x)
        ln = lines[k]
        if not ln.justify and ln.align == "left":
            right[k] = max(right.get(k, 0.0), x1)
    changed = False
    for k, x1 in right.items():
        ln = lines[k]
        over = x1 - (ln.x + ln.width)
        if over > 0.5:
            ln.tracking -= over / max(1, len(ln.text.strip()) - 1)
            changed = True
    return changed


def _wrapped(page: pypdfium2.PdfPage, lines: list[Placed], height: float) -> list[str]:
    """Characters printed outside every placed line's band (a line typst wrapped onto a second
    row, over the line under it)."""
    tp = page.get_textpage()
    bands = [(ln.y - 1.0, ln.y + ln.size + 1.0, ln.x - 1.0, ln.x + ln.width + ln.size + 1.0) for ln in lines]
    out = []
    for i in range(tp.count_chars()):
        ch = tp.get_text_range(i, 1)
        if ch.isspace():
            continue
        left, bottom, right, top = tp.get_charbox(i)
        cy = height - (top + bottom) / 2
        cx = (left + right) / 2
        if not any(y0 <= cy <= y1 and x0 <= cx <= x1 for y0, y1, x0, x1 in bands):
            near = min(lines, key=lambda ln: abs(ln.y - (cy - ln.size)) + abs(ln.x - cx) / 10)
            out.append(f"{ch} (under {near.text!r}, {near.role}, justified {near.justify})")
    return out
