"""Compose papers of 1–3 pages from stories, typeset by typst: a grid of 3–6 columns of unequal
widths, stories as modules (headline block over 1–4 columns, body balanced over as many columns
of its own), photo items, boxed briefs, section banners, masthead or page header, a lead story
that jumps to the next page; every frame written in a drawing order of the page's own. The truth
of each page is what was printed."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace

import jieba

from bench.pages.material import Story
from bench.typst_pages.material import person
from bench.typst_pages.typeset import (
    BODY_FONTS, CAPTION_FONTS, HEAD_FONTS, BlockSpec, Placed, Rect, SetLine, measure, render,
)

PAPERS = ("民主协商报", "陇上政协报", "协商时报", "同心协商报", "政协视点报")
SPONSORS = ("甘肃省政协主管主办", "政协甘肃省委员会主办", "主管主办：政协甘肃省委员会")
BANNERS = ("本版关注", "协商在基层", "市县传真", "委员之声", "履职纪实", "文史春秋", "时评", "要闻")
BOX_LABELS = ("简讯", "政协动态", "一线传真", "履职短波", "市县简讯")
WEEKDAYS = "一二三四五六日"
CN = "零一二三四五六七八九十"
HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})


def cn_number(n: int) -> str:
    return CN[n] if n <= 10 else str(n)


def em_width(text: str) -> float:
    """Printed width in ems (CJK 1, ASCII about half; CJK–Latin spacing a quarter)."""
    w, prev_ascii = 0.0, None
    for ch in text:
        a = ord(ch) < 0x80
        w += (0.3 if ch == " " else 0.56) if a else 1.0
        if prev_ascii is not None and a != prev_ascii and ch != " ":
            w += 0.25
        prev_ascii = a
    return w


#: Words an editor does not begin a headline line with.
NO_LINE_START = ("的", "了", "之", "和", "与", "及", "等", "中", "上", "下", "里",
                 "，", "。", "、", "：", "；", "！", "？", "”", "）", "》", " ")
#: Marks after which an editor breaks a headline when the break is near the middle (the phrase ends).
PHRASE_END = "，：！？ "


def split_balanced(text: str, parts: int) -> list[str]:
    """A headline broken into `parts` lines of about equal length at word boundaries (as an
    editor breaks it: never before a particle)."""
    if parts <= 1:
        return [text]
    bounds = [0]
    for tok in jieba.cut(text):
        bounds.append(bounds[-1] + len(tok))
    depth, inside = 0, set()
    for i, ch in enumerate(text):
        depth += ch in "（(《“"
        depth -= ch in "）)》”"
        if depth > 0:
            inside.add(i + 1)  # (no break inside brackets or quotes)
    bounds = [b for b in bounds if b == 0 or not (text[b:].startswith(NO_LINE_START) or b in inside)]
    cuts, out, last = [], [], 0
    for k in range(1, parts):
        target = len(text) * k / parts
        best = min((b for b in bounds if last < b < len(text)), key=lambda b: abs(b - target), default=None)
        phrase = [b for b in bounds if last < b < len(text) and text[b - 1] in PHRASE_END
                  and abs(b - target) <= len(text) / parts / 2.5]
        if phrase:
            best = min(phrase, key=lambda b: abs(b - target))
        if best is None:
            break
        cuts.append(best)
        last = best
    for c in cuts + [len(text)]:
        out.append(text[(out and sum(map(len, out))) or 0:c])
    return [p for p in out if p]


@dataclass
class Style:
    width: float
    height: float
    margin: float
    columns: list[tuple[float, float]]
    gutter: float
    body_font: str
    head_font: str
    caption_font: str
    size: float
    pitch: float
    indent: str  # offset | spaces
    half_punct: bool
    cjk_latin: bool
    order: str


def make_style(rng: random.Random) -> Style:
    width = rng.choice((595.0, 595.0, 650.0, 700.0, 842.0))
    height = round(width * rng.uniform(1.38, 1.45))
    margin = rng.uniform(30, 44)
    n = {595.0: (3, 3, 4), 650.0: (3, 4), 700.0: (4, 5), 842.0: (4, 5, 6)}[width]
    n = rng.choice(n)
    size = rng.choice((9.0, 9.5, 10.0, 10.5)) if width > 600 else rng.choice((9.5, 10.0, 10.5))
    gutters = [rng.uniform(9, 16) for _ in range(n - 1)]
    weights = [rng.uniform(0.82, 1.22) for _ in range(n)]
    free = width - 2 * margin - sum(gutters)
    widths = [free * w / sum(weights) for w in weights]
    cols, x = [], margin
    for i, w in enumerate(widths):
        cols.append((x, w))
        x += w + (gutters[i] if i < n - 1 else 0)
    return Style(width, height, margin, cols, sum(gutters) / len(gutters), rng.choice(BODY_FONTS),
                 rng.choice(HEAD_FONTS), rng.choice(CAPTION_FONTS), size, size * rng.uniform(1.45, 1.7),
                 "spaces" if rng.random() < 0.3 else "offset", rng.random() < 0.2, rng.random() < 0.7,
                 rng.choice(("placed", "heads_last", "reversed", "shuffled", "columns")))


@dataclass
class Frame:
    kind: str  # masthead header head body photo box banner marker
    lines: list[Placed]
    story: int | None = None


@dataclass
class Page:
    number: int
    style: Style
    tops: list[float]
    bottom: float
    frames: list[Frame] = field(default_factory=list)
    rects: list[Rect] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    publication: dict | None = None

    def best_start(self, k: int) -> int:
        n = len(self.style.columns)
        return min(range(n - k + 1), key=lambda s: (max(self.tops[s:s + k]), s))

    def span(self, s: int, k: int) -> tuple[float, float, float]:
        cols = self.style.columns
        x = cols[s][0]
        return x, cols[s + k - 1][0] + cols[s + k - 1][1] - x, max(self.tops[s:s + k])

    def close(self, s: int, k: int, y: float) -> None:
        for c in range(s, s + k):
            self.tops[c] = y


@dataclass
class PagePrint:
    number: int
    pdf: bytes
    articles: list[dict]
    boilerplate: list[str]
    publication: dict | None
    drawn: list[str]
    order: str
    columns: int


class Composer:
    def __init__(self, rng: random.Random, paper: str, date: tuple[int, int, int], issue: int, pages: int,
                 vertical: float = 0.0) -> None:
        self.rng, self.paper, self.date, self.issue, self.pages = rng, paper, date, issue, pages
        self.sid = 0
        #: Share of stories whose headline is set vertically, one character under another, beside
        #: the columns (0: none, and no random draw for it: older sets stay byte-identical).
        self.vertical = vertical

    # -- text as the page prints it ----------------------------------------------------------
    def printed(self, st: Style, text: str) -> str:
        return text.translate(HALF) if st.half_punct else text

    def story_printed(self, st: Style, s: Story) -> Story:
        p = lambda t: self.printed(st, t) if t else t  # noqa: E731
        return replace(s, title=p(s.title), kicker=p(s.kicker), subtitle=p(s.subtitle), byline=p(s.byline),
                       credit=p(s.credit), paragraphs=[p(x) for x in s.paragraphs])

    # -- furniture -----------------------------------------------------------------------------
    def masthead(self, page: Page) -> None:
        st, rng = page.style, self.rng
        y, m, d = self.date
        size = rng.uniform(34, 50)
        x0 = st.margin
        lines = [Placed(self.paper, x0, st.margin, em_width(self.paper) * size + 4, st.head_font, size, "bold",
                        role="masthead")]
        info = [rng.choice(SPONSORS), f"国内统一连续出版物号 CN62-00{rng.randint(10, 99)}",
                f"{y}年{m}月{d}日 星期{WEEKDAYS[_weekday(y, m, d)]}",
                f"第{self.issue}期 本期{cn_number(self.pages)}版"]
        if rng.random() < 0.4:
            info = [info[0] + " " + info[1], info[2] + " " + info[3]]
        x = x0 + em_width(self.paper) * size + 24
        yy = st.margin + 4
        for t in info:
            fs = 9.0
            while em_width(t) * fs * 1.12 > st.width - st.margin - x and fs > 5.5:
                fs -= 0.5
            lines.append(Placed(t, x, yy, st.width - st.margin - x, st.body_font, fs, role="masthead"))
            yy += fs * 1.6
        bottom = max(st.margin + size * 1.1, yy) + 6
        page.rects.append(Rect(st.margin, bottom, st.width - 2 * st.margin, 1.5))
        page.frames.append(Frame("masthead", lines))
        page.boilerplate += [ln.text for ln in lines]
        page.tops = [bottom + 14] * len(page.tops)
        page.publication = {"name": self.paper, "date": f"{y:04d}-{m:02d}-{d:02d}", "issue": f"第{self.issue}期",
                            "pages": str(self.pages)}

    def header(self, page: Page) -> None:
        st, rng = page.style, self.rng
        y, m, d = self.date
        n = page.number
        num = rng.choice((f"第{n}版", f"第{cn_number(n)}版", f"{n}"))
        editor = person(rng)
        left = rng.choice((f"{num} {rng.choice(BANNERS)}", f"{num} 责任编辑：{editor}", num))
        right = rng.choice((f"{y}年{m}月{d}日 星期{WEEKDAYS[_weekday(y, m, d)]}", f"{y}年{m}月{d}日"))
        fs = 9.0
        lines = [Placed(left, st.margin, st.margin, em_width(left) * fs + 4, st.body_font, fs, role="header"),
                 Placed(right, st.width - st.margin - em_width(right) * fs - 4, st.margin, em_width(right) * fs + 4,
                        st.body_font, fs, role="header")]
        if rng.random() < 0.5:
            mid = rng.choice((self.paper, f"责任编辑：{editor} 校对：{person(rng)}"))
            if mid not in left:
                w = em_width(mid) * fs + 4
                lines.append(Placed(mid, (st.width - w) / 2, st.margin, w, st.body_font, fs, role="header"))
        page.rects.append(Rect(st.margin, st.margin + fs + 5, st.width - 2 * st.margin, 0.8))
        page.frames.append(Frame("header", lines))
        page.boilerplate += [ln.text for ln in lines]
        page.tops = [st.margin + fs + 18] * len(page.tops)

    # -- a story module ------------------------------------------------------------------------
    def head_lines(self, st: Style, s: Story, x: float, w: float, y: float, k: int, sid: int,
                   with_title: bool = True) -> tuple[list[Placed], float]:
        rng = self.rng
        b = st.size
        out: list[Placed] = []
        center = rng.random() < 0.55 or k >= 3
        align = "center" if center else "left"

        def put(text: str, size: float, weight: str, role: str, font: str) -> None:
            nonlocal y
            out.append(Placed(text, x, y, w, font, size, weight, align=align, role=role, story=sid))
            y += size * 1.28

        if s.kicker:
            ks = b * rng.uniform(1.2, 1.45)
            parts = [s.kicker]
            if em_width(s.kicker) * ks > w:
                if em_width(s.kicker) * b * 1.1 <= w:
                    ks = w / (em_width(s.kicker) + 0.5)
                else:  # (a kicker is not set smaller than the body: it takes two lines)
                    parts = split_balanced(s.kicker, 2)
                    ks = min(ks, w / (max(em_width(p) for p in parts) + 0.5))
            for part in parts:
                put(part, ks, "regular", "kicker", st.head_font)
            y += b * 0.15
        big = {1: (1.55, 1.9), 2: (1.9, 2.4)}.get(k, (2.3, 2.9))
        ts = b * rng.uniform(*big)
        title = s.title
        if em_width(title) * ts <= w:
            parts = [title]
        elif em_width(title) * b * 1.45 <= w and rng.random() < 0.5:
            parts, ts = [title], w / (em_width(title) + 0.3)
        else:
            n = 2 if em_width(title) * b * 1.35 / 2 <= w else 3
            parts = split_balanced(title, n)
            ts = min(ts, w / (max(em_width(p) for p in parts) + 0.3))
        for p in parts if with_title else []:
            put(p, ts, "bold", "title", st.head_font)
        if s.subtitle:
            y += b * 0.2
            sub = ("——" + s.subtitle) if s.dash else s.subtitle
            ss = b * rng.uniform(1.1, 1.3)
            if em_width(sub) * ss > w:
                if em_width(sub) * b * 1.02 <= w:
                    ss = w / (em_width(sub) + 0.3)
                    put(sub, ss, "regular", "subtitle", st.head_font)
                else:
                    for p in split_balanced(sub, 2):
                        put(p, min(ss, w / (em_width(p) + 0.3)), "regular", "subtitle", st.head_font)
            else:
                put(sub, ss, "regular", "subtitle", st.head_font)
        y += b * 0.5
        if s.byline and not s.byline_after:
            out.append(Placed(s.byline, x, y, w, st.body_font, b, align=rng.choice(("left", "center")),
                              role="byline", story=sid))
            y += st.pitch
        return out, y + b * 0.3

    def body_spec(self, st: Style, paragraphs: list[str], width: float, headings: frozenset[int],
                  font: str | None = None, size: float | None = None, continues: bool = False) -> BlockSpec:
        spaced = st.indent == "spaces"
        bare = headings | ({0} if continues else set())
        paras = [("　　" + p if spaced and i not in bare else p) for i, p in enumerate(paragraphs)]
        return BlockSpec(paras, width, font or st.body_font, size or st.size, indent=not spaced,
                         bold_paragraphs=headings, cjk_latin=st.cjk_latin,
                         no_indent=frozenset({0}) if continues else frozenset())

    def body_lines(self, st: Style, lines: list[SetLine], cols: list[tuple[float, float]], y0: float,
                   per_col: int, sid: int, continues: bool = False) -> list[Frame]:
        frames = []
        size = st.size
        for c, (cx, cw) in enumerate(cols):
            chunk = lines[c * per_col:(c + 1) * per_col]
            if not chunk:
                break
            placed = []
            for r, ln in enumerate(chunk):
                bare = ln.bold or (continues and ln.para == 0)
                indent = 2 * size if (ln.first and st.indent == "offset" and not bare) else 0.0
                placed.append(Placed(ln.text, cx + indent, y0 + r * st.pitch, cw - indent, st.body_font, size,
                                     "bold" if ln.bold else "regular", justify=not ln.last and not ln.bold,
                                     role="heading" if ln.bold else "body", story=sid))
            frames.append(Frame("body", placed, sid))
        return frames

    def place_story(self, page: Page, s: Story, k: int, cut_ok: bool) -> tuple[bool, Story | None]:
        """Place a story over k columns; returns (placed, the rest for the next page)."""
        st, rng = page.style, self.rng
        start = page.best_start(k)
        x, w, top = page.span(start, k)
        if page.bottom - top < 10 * st.pitch:
            return False, None
        sid = self.sid
        s = self.story_printed(st, s)
        frames: list[Frame] = []
        y = top
        if rng.random() < 0.12:
            band = rng.choice(BANNERS)
            bs = st.size * 1.15
            page.rects.append(Rect(x, y, w, bs + 7, fill=True))
            frames.append(Frame("banner", [Placed(band, x + 5, y + 3.5, w - 10, st.head_font, bs, "bold",
                                                  role="banner")]))
            page.boilerplate.append(band)
            y += bs + 14
        g = st.gutter
        vertical = None
        if self.vertical and not s.jump_in and rng.random() < self.vertical:
            title = "".join(s.title.split())
            ts = st.size * rng.uniform(1.9, 2.5)
            cw = ts * 1.3
            if 4 <= len(title) <= 16 and (w - cw - g - (k - 1) * g) / k >= 9 * st.size:
                right = rng.random() < 0.7
                vertical = (title, ts, cw, x + w - cw if right else x, y)
                x, w, cut_ok = (x if right else x + cw + g), w - cw - g, False
        head, y = self.head_lines(st, s, x, w, y, k, sid, with_title=vertical is None)
        sub_w = (w - (k - 1) * g) / k
        cols = [(x + i * (sub_w + g), sub_w) for i in range(k)]
        if vertical is not None:
            title, ts, cw, tx, ty = vertical
            step = ts * 1.06
            if ty + len(title) * step > page.bottom:
                ts = (page.bottom - ty) / (len(title) * 1.06)
                step = ts * 1.06
                if ts < 1.5 * st.size:
                    return False, None
            head = [Placed(ch, tx, ty + i * step, cw, st.head_font, ts, "bold", align="center", role="title",
                           story=sid) for i, ch in enumerate(title)] + head
            x, w = min(x, tx), w + cw + g
        lead_in: list[Placed] = []
        if s.jump_in:
            lead_in.append(Placed(s.jump_in, x, y, w, st.body_font, st.size, role="marker", story=sid))
            y += st.pitch
        measured = measure([self.body_spec(st, s.paragraphs, sub_w, s.headings, continues=s.first_continues)])[0].lines
        tail_lines = 1 if s.byline and s.byline_after else 0
        per_col = math.ceil((len(measured) + tail_lines) / k)
        room = int((page.bottom - y) // st.pitch)
        rest: Story | None = None
        out_marker = out_gold = ""
        if per_col > room:
            if not cut_ok or room < 6:
                return False, None
            per_col = room - 1
            keep = per_col * k - 1
            printed, left = measured[:keep], measured[keep:]
            rest, out_marker, out_gold = self._rest(s, left, page.number)
            measured = printed
        self.sid += 1
        frames.append(Frame("head", head + lead_in, sid))
        body = self.body_lines(st, measured, cols, y, per_col, sid, continues=s.first_continues)
        last = body[-1].lines[-1]
        end_y = last.y + st.pitch
        if rest is not None:
            body[-1].lines.append(Placed(out_marker, last.x, end_y, cols[-1][1] - (last.x - cols[-1][0]), st.body_font,
                                         st.size, align="right", role="marker", story=sid))
            end_y += st.pitch
        elif s.byline and s.byline_after:
            cx, cw = cols[len(body) - 1]
            body[-1].lines.append(Placed(s.byline, cx, end_y, cw, st.body_font, st.size, align="right", role="byline",
                                         story=sid))
            end_y += st.pitch
        frames += body
        page.frames += frames
        bottom = max([f.lines[-1].y for f in body] + [ln.y + ln.size - st.pitch for ln in head]) + st.pitch
        page.close(start, k, bottom + st.pitch * 1.2)
        page.rects.append(Rect(x, bottom + st.pitch * 0.45, w, 0.5))
        paragraphs = _paragraphs(measured)
        truth = s.gold()
        truth["paragraphs"] = paragraphs
        if rest is not None:
            truth["continues"] = out_gold
            if s.byline_after:
                truth["authors"] = []
        page.articles.append(truth)
        return True, rest

    def _rest(self, s: Story, left: list[SetLine], number: int) -> tuple[Story, str, str]:
        """The story's rest for the next page, with the marker that ends this page's part and
        the truth's value for it."""
        rng = self.rng
        nxt = number + 1
        out_num, in_num = (cn_number(nxt), cn_number(number)) if rng.random() < 0.6 else (str(nxt), str(number))
        shape = rng.randrange(3)
        if shape == 0:
            out_marker, in_marker = f"（下转第{out_num}版）", f"（上接第{in_num}版）"
        elif shape == 1:
            out_marker, in_marker = f"（转{out_num}版）", f"（接{in_num}版）"
        else:
            out_marker, in_marker = f"(转第{out_num}版)", f"(接第{in_num}版)"
        paras: list[str] = []
        headings = set()
        cont = not left[0].first
        for ln in left:
            if ln.first or not paras:
                paras.append("")
                if ln.bold:
                    headings.add(len(paras) - 1)
            paras[-1] += ln.text
        paras = [p.removeprefix("　　") for p in paras]
        rest = Story(title=s.title, paragraphs=paras,
                     kind="feature", headings=frozenset(headings), jump_in=in_marker, first_continues=cont,
                     byline=s.byline if s.byline_after else None, byline_after=s.byline_after,
                     authors=list(s.authors) if s.byline_after else [], source=s.source)
        rest.continues = f"接{in_num}版"
        return rest, out_marker, f"转{out_num}版"

    # -- photo, box ------------------------------------------------------------------------------
    def place_photo(self, page: Page, s: Story, k: int) -> bool:
        st, rng = page.style, self.rng
        start = page.best_start(k)
        x, w, top = page.span(start, k)
        s = self.story_printed(st, s)
        pic_h = w * rng.uniform(0.55, 0.8)
        glued = rng.random() < 0.35
        caption = s.paragraphs[0] + (" " + s.credit if glued and s.credit else "")
        cap_size = st.size * 0.95
        cap = measure([BlockSpec([caption], w, st.caption_font, cap_size, indent=False, cjk_latin=st.cjk_latin)])[0]
        ts = st.size * 1.4
        parts = [s.title]
        if em_width(s.title) * ts > w:
            if em_width(s.title) * st.size * 1.25 <= w:
                ts = w / (em_width(s.title) + 0.3)
            else:  # (a photo's title is not set smaller than that: it takes two lines or three)
                for n in (2, 3):
                    parts = split_balanced(s.title, n)
                    ts = min(st.size * 1.4, w / (max(em_width(p) for p in parts) + 0.3))
                    if ts >= st.size * 1.25:
                        break
                else:
                    return False  # (too narrow a column for its title: placed wider, or elsewhere)
        need = pic_h + ts * 1.6 * len(parts) + (len(cap.lines) + 2) * st.pitch + 10
        if top + need > page.bottom:
            return False
        sid = self.sid
        self.sid += 1
        y = top
        lines: list[Placed] = []

        def title_lines() -> None:
            nonlocal y
            for part in parts:
                lines.append(Placed(part, x, y, w, st.head_font, ts, "bold", align="center", role="title", story=sid))
                y += ts * 1.35
            y += ts * 0.15

        above = rng.random() < 0.4
        if above:
            title_lines()
        page.rects.append(Rect(x, y, w, pic_h))
        y += pic_h + 5
        if not above:
            title_lines()
        for ln in cap.lines:
            lines.append(Placed(ln.text, x, y, w, st.caption_font, cap_size, justify=not ln.last, role="caption",
                                story=sid))
            y += st.pitch
        if s.credit and not glued:
            lines.append(Placed(s.credit, x, y, w, st.caption_font, cap_size, align="right", role="credit", story=sid))
            y += st.pitch
        page.frames.append(Frame("photo", lines, sid))
        page.close(start, k, y + st.pitch * 1.2)
        truth = s.gold()
        truth["paragraphs"] = s.paragraphs[:1]
        page.articles.append(truth)
        return True

    def place_box(self, page: Page, briefs: list[Story]) -> int:
        st, rng = page.style, self.rng
        start = page.best_start(1)
        x, w, top = page.span(start, 1)
        label = rng.choice(BOX_LABELS)
        inner = w - 10
        ls = st.size * 1.3
        lines = [Placed(label, x, top + 6, w, st.head_font, ls, "bold", align="center", role="label")]
        y = top + 6 + ls * 1.6
        taken = []
        specs = []
        printed = [self.story_printed(st, b) for b in briefs]
        for b in printed:
            specs.append(BlockSpec([b.title], inner, st.head_font, st.size, indent=False, justify=False,
                                   weight="bold", cjk_latin=st.cjk_latin))
            specs.append(self.body_spec(st, b.paragraphs, inner, frozenset(), size=st.size * 0.95))
        ms = measure(specs)
        for i, b in enumerate(printed):
            tl, bl = ms[2 * i].lines, ms[2 * i + 1].lines
            need = (len(tl) + len(bl)) * st.pitch + st.pitch * 0.6
            if y + need > page.bottom - st.pitch:
                break
            sid = self.sid
            self.sid += 1
            for ln in tl:
                lines.append(Placed(ln.text, x + 5, y, inner, st.head_font, st.size, "bold", role="title", story=sid))
                y += st.pitch
            for ln in bl:
                indent = 2 * st.size * 0.95 if (ln.first and st.indent == "offset") else 0.0
                lines.append(Placed(ln.text, x + 5 + indent, y, inner - indent, st.body_font, st.size * 0.95,
                                    justify=not ln.last, role="body", story=sid))
                y += st.pitch
            y += st.pitch * 0.6
            truth = b.gold()
            truth["paragraphs"] = list(b.paragraphs)
            taken.append(truth)
        if not taken:
            return 0
        page.rects.append(Rect(x, top, w, y - top + 4, fill=False))
        page.frames.append(Frame("box", lines))
        page.boilerplate.append(label)
        page.articles += taken
        page.close(start, 1, y + st.pitch * 1.5)
        return len(taken)


def _weekday(y: int, m: int, d: int) -> int:
    import datetime
    return datetime.date(y, m, d).weekday()


def _paragraphs(lines: list[SetLine]) -> list[str]:
    out: list[str] = []
    for ln in lines:
        if ln.first or not out:
            out.append("")
        out[-1] += ln.text
    return [p.removeprefix("　　") for p in out]


def drawing_order(frames: list[Frame], order: str, rng: random.Random) -> list[Frame]:
    frames = list(frames)
    if order == "heads_last":
        return [f for f in frames if f.kind != "head"] + [f for f in frames if f.kind == "head"]
    if order == "reversed":
        return frames[::-1]
    if order == "shuffled":
        rng.shuffle(frames)
        return frames
    if order == "columns":
        return sorted(frames, key=lambda f: (round(min(ln.x for ln in f.lines) / 40), min(ln.y for ln in f.lines)))
    return frames


def span_for(s: Story, n: int, rng: random.Random) -> int:
    chars = sum(len(p) for p in s.paragraphs)
    k = 1 if chars < 280 else rng.choice((1, 2, 2)) if chars < 600 else rng.choice((2, 2, 3))
    return max(1, min(k, n))


def compose_paper(stories: list[Story], rng: random.Random, pages: int, vertical: float = 0.0) -> list[PagePrint]:
    """Lay out `stories` (consumed from the front) over `pages` pages; `vertical`: share of
    stories with a vertical headline."""
    year = rng.randint(2023, 2025)
    date = (year, rng.randint(1, 12), rng.randint(1, 28))
    c = Composer(rng, rng.choice(PAPERS), date, rng.randint(30, 220), pages, vertical)
    out = []
    jumps: list[Story] = []
    for number in range(1, pages + 1):
        st = make_style(rng)
        page = Page(number, st, [st.margin] * len(st.columns), st.height - st.margin)
        (c.masthead if number == 1 and rng.random() < 0.85 else c.header)(page)
        n = len(st.columns)
        for rest in jumps:
            c.place_story(page, rest, min(n, 2), cut_ok=False)
        jumps = []
        misses, lead = 0, True
        while stories and misses < 8:
            s = stories[0]
            if s.photo:
                k = rng.choice((1, 2)) if n > 3 else 1
                ok = c.place_photo(page, s, k) or (k == 1 and c.place_photo(page, s, 2))
                taken = 1 if ok else 0
                if ok:
                    stories.pop(0)
            elif s.source == "brief":
                briefs = [b for b in stories if b.source == "brief"][:rng.randint(2, 4)]
                taken = c.place_box(page, briefs)
                for b in briefs[:taken]:
                    stories.remove(b)
            else:
                k = max(2, span_for(s, n, rng)) if lead else span_for(s, n, rng)
                cut_ok = lead and number < pages and rng.random() < 0.7
                ok, rest = c.place_story(page, s, k, cut_ok)
                if not ok and k > 1:
                    ok, rest = c.place_story(page, s, 1, False)
                taken = 1 if ok else 0
                if ok:
                    stories.pop(0)
                    lead = False
                    if rest is not None:
                        jumps.append(rest)
            if taken:
                misses = 0
            else:
                stories.append(stories.pop(0))
                misses += 1
        frames = drawing_order(page.frames, st.order, rng)
        pdf = render(st.width, st.height, [f.lines for f in frames], page.rects, st.cjk_latin)
        drawn = [ln.text for f in page.frames for ln in f.lines]
        out.append(PagePrint(number, pdf, page.articles, list(dict.fromkeys(page.boilerplate)), page.publication, drawn,
                             st.order, n))
    return out
