"""Compose a paper (2–4 pages) from stories: placement, masthead and headers, photo items, boxed
briefs, banners, jumps to the next page, drawing order; write each page as PDF with its truth."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field, replace

from reportlab.pdfgen import canvas

from bench.pages.material import BANNERS, BOX_LABELS, PAPERS, SPONSORS, Story, person
from bench.pages.typeset import (
    CID, Drawn, Frame, Page, _line, body_items, break_lines, cn_number, head_block, make_style,
    place_body, printed_paragraphs, width_of,
)

WEEKDAYS = "一二三四五六日"
LUNAR = ("癸卯年七月初十", "壬寅年农历十月十八", "甲辰年农历三月廿一", "乙巳年农历正月初九", "甲辰年冬月初五")


@dataclass
class PagePrint:
    """A finished page: its PDF and the truth of it."""

    number: int
    pdf: bytes
    articles: list[dict]
    boilerplate: list[str]
    publication: dict | None
    drawn: list[str] = field(default_factory=list)  # every text line drawn (for the lost-character check)
    order: str = ""
    columns: int = 0
    overlaps: int = 0  # pairs of text lines printed over each other (a layout bug if not 0)


@dataclass
class Paper:
    name: str
    date: tuple[int, int, int]
    issue: int
    pages: int


def weekday(y: int, m: int, d: int) -> str:
    import datetime
    return WEEKDAYS[datetime.date(y, m, d).weekday()]


def masthead(page: Page, paper: Paper, rng: random.Random) -> None:
    st = page.style
    y0 = st.margin
    name_size = rng.uniform(38, 54)
    y, m, d = paper.date
    lines = [_line(paper.name, st.margin, y0 + name_size, st.head_font, name_size, "masthead", None)]
    info = [rng.choice(SPONSORS), f"国内统一刊号:CN62-00{rng.randint(10, 99)}",
            f"邮发代号:5{rng.randint(1, 9)}-{rng.randint(10, 99)}"]
    if rng.random() < 0.5:
        info = [" ".join(info)]
    info += [f"{y}年{m}月{d}日 星期{weekday(y, m, d)}",
             f"{rng.choice(LUNAR)} 第{paper.issue}期 总第{paper.issue + 2074}期 本期{paper.pages}版"]
    x = st.margin + width_of(paper.name, st.head_font, name_size) + 30
    if x > st.width * 0.7:
        x = st.width * 0.55
    yy = y0 + 10
    for text in info:
        size = 9.0
        while width_of(text, st.body_font, size) > st.width - st.margin - x and size > 5:
            size -= 0.5
        yy += size * 1.5
        lines.append(_line(text, x, yy, st.body_font, size, "masthead", None))
    page.frames.append(Frame(lines, "masthead", rects=[(st.margin, max(y0 + name_size, yy) + 8,
                                                        st.width - 2 * st.margin, 1.2, True)]))
    page.boilerplate += [ln.text for ln in lines]
    top = max(y0 + name_size, yy) + 18
    page.tops = [top] * len(page.tops)


def header(page: Page, paper: Paper, rng: random.Random) -> None:
    st = page.style
    y, m, d = paper.date
    n = page.number
    pages = (f"第{n}版" if rng.random() < 0.6 else f"第{cn_number(n)}版")
    editor = person(rng)
    if len(editor) == 2 and rng.random() < 0.5:
        editor = editor[0] + " " + editor[1]
    left = rng.choice((f"{pages} 责任编辑:{editor}", f"{pages}  {rng.choice(BANNERS)}", f"{pages}"))
    right = rng.choice((f"{y}年{m}月{d}日 星期{weekday(y, m, d)}", f"{y}年{m}月{d}日"))
    extra = rng.choice((None, f"{paper.name}", f"责任编辑:{editor}  校对:{person(rng)}"))
    pieces = [left, right] + ([extra] if extra and extra not in left else [])
    size = 9.0
    yy = st.margin + size
    lines = [_line(left, st.margin, yy, st.body_font, size, "header", None)]
    lines.append(_line(right, st.width - st.margin - width_of(right, st.body_font, size), yy, st.body_font, size,
                       "header", None))
    if len(pieces) == 3:
        w = width_of(pieces[2], st.body_font, size)
        lines.append(_line(pieces[2], (st.width - w) / 2, yy, st.body_font, size, "header", None))
    page.frames.append(Frame(lines, "header", rects=[(st.margin, yy + 5, st.width - 2 * st.margin, 0.8, True)]))
    page.boilerplate += [ln.text for ln in lines]
    page.tops = [yy + 16] * len(page.tops)


def jump_marker(target: int, rng: random.Random, into: bool) -> tuple[str, str]:
    """(printed marker, gold value): ``（下转第二版）`` -> 转二版."""
    num = cn_number(target) if rng.random() < 0.7 else str(target)
    verb = "接" if into else "转"
    style = rng.randrange(3)
    if style == 0:
        printed = f"（{'上' if into else '下'}{verb}第{num}版）"
    elif style == 1:
        printed = f"（{verb}{num}版）"
    else:
        printed = f"({verb}{num}版)"
    return printed, f"{verb}{num}版"


class Composer:
    def __init__(self, rng: random.Random, paper: Paper) -> None:
        self.rng = rng
        self.paper = paper
        self.stories: list[Story] = []  # every story printed (by sid)
        self.gold: dict[int, dict] = {}

    # -- items ---------------------------------------------------------------------------------
    def place_story(self, page: Page, story: Story, k: int, allow_cut: bool = False,
                    banner: str | None = None) -> tuple[bool, Story | None]:
        """Place a story over k columns; returns (placed, the rest to jump to the next page)."""
        rng = self.rng
        st = page.style
        start = page.best_start(k)
        x, width, top = page.span_box(start, k)
        if page.bottom - top < 8 * st.leading:
            return False, None
        sid = len(self.stories)
        frames: list[Frame] = []
        if banner:
            bsize = st.size + 2
            band = _line(banner, x + 6, top + bsize + 3, st.head_font, bsize, "banner", None)
            frames.append(Frame([band], "banner", rects=[(x, top, width, bsize + 8, False)]))
            page.boilerplate.append(banner)
            top += bsize + 14
        head_lines, body_top = head_block(page, story, sid, x, width, top, rng)
        items = body_items(story, st)
        if story.first_continues and items:
            items[0] = (*items[0][:3], True)
        into_line = story.jump_in
        result = place_body(page, sid, start, k, body_top + (st.leading if into_line else 0), items, allow_cut)
        if result is None:
            return False, None
        body_frames, y_end, rest, columns = result
        if into_line:
            body_frames[0].lines.insert(0, _line(into_line, x, body_top + st.leading * 0.9, st.body_font, st.size,
                                                 "marker", sid))
        printed = printed_paragraphs(columns)
        gold_story = replace(story)
        rest_story = None
        if rest:
            target = page.number + 1
            marker, value = jump_marker(target, rng, into=False)
            last_frame = body_frames[-1]
            last = last_frame.lines[-1]
            if rng.random() < 0.6 and last.role == "body":
                # glued to the last printed line, as the seeds show: ``…的工作机制。(转二版)``
                last.text += marker
                last.char_space = 0.0
            else:
                w = width_of(marker, st.body_font, st.size)
                colx, colw = st.columns[start + len(body_frames) - 1]
                last_frame.lines.append(_line(marker, colx + colw - w, last.y + st.leading, st.body_font, st.size,
                                              "marker", sid))
                y_end += st.leading
            gold_story.continues = value
            rest_items = [(i, r, t, c) for i, r, t, c in rest if r != "byline"]
            into_marker, into_value = jump_marker(page.number, rng, into=True)
            rest_paras = [t for _, r, t, _ in rest_items]
            rest_heads = frozenset(j for j, (_, r, _, _) in enumerate(rest_items) if r == "heading")
            rest_story = Story(title=story.title if rng.random() < 0.6 else story.title.split(" ")[-1],
                               paragraphs=rest_paras, kind="feature", headings=rest_heads, continues=into_value,
                               jump_in=into_marker, first_continues=bool(rest_items) and rest_items[0][3],
                               byline=story.byline if story.byline_after else None,
                               byline_after=story.byline_after, authors=list(story.authors) if story.byline_after else [])
        paragraphs = [printed[i] for i in sorted(printed)]
        gold_story.paragraphs = paragraphs
        if story.byline and story.byline_after and rest:
            gold_story.authors = []  # the byline is printed with the rest, on the next page
        frames.append(Frame(head_lines, "head", sid))
        frames += body_frames
        page.frames += frames
        page.set_tops(start, k, y_end + st.leading)
        self.stories.append(story)
        self.gold[sid] = self._gold(gold_story, paragraphs)
        page.placed.append(sid)
        return True, rest_story

    def _gold(self, story: Story, paragraphs: list[str]) -> dict:
        g = story.gold()
        g["paragraphs"] = paragraphs
        return g

    def place_photo(self, page: Page, story: Story, k: int) -> bool:
        rng, st = self.rng, page.style
        start = page.best_start(k)
        x, width, top = page.span_box(start, k)
        pic_h = width * rng.uniform(0.45, 0.7)
        cap_lines = break_lines(story.paragraphs[0], width, st.caption_font, st.size)
        need = pic_h + (len(cap_lines) + 4) * st.leading + 30
        if top + need > page.bottom:
            return False
        sid = len(self.stories)
        lines: list[Drawn] = []
        y = top
        title_above = rng.random() < 0.4
        tsize = st.size * rng.uniform(1.25, 1.45)

        def title_line() -> None:
            nonlocal y
            size = tsize
            while width_of(story.title, st.head_font, size) > width and size > st.size * 1.25:
                size -= 0.5
            for part in break_lines(story.title, width, st.head_font, size):
                y += size * 1.4
                w = width_of(part, st.head_font, size)
                lines.append(_line(part, x + max(0.0, (width - w) / 2), y, st.head_font, size, "title", sid))

        if title_above:
            title_line()
        rect = (x, y + 4, width, pic_h, True)
        y += pic_h + 6
        if not title_above:
            title_line()
        glued = rng.random() < 0.4
        caption = story.paragraphs[0] + (" " + story.credit if glued and story.credit else "")
        cap_lines = break_lines(caption, width, st.caption_font, st.size)
        for j, ln in enumerate(cap_lines):
            y += st.leading
            lines.append(_line(ln, x, y, st.caption_font, st.size, "caption", sid, width, justify=j < len(cap_lines) - 1))
        if story.credit and not glued:
            y += st.leading
            w = width_of(story.credit, st.caption_font, st.size)
            lines.append(_line(story.credit, x + width - w, y, st.caption_font, st.size, "credit", sid))
        page.frames.append(Frame(lines, "photo", sid, rects=[rect]))
        page.set_tops(start, k, y + st.leading * 1.5)
        self.stories.append(story)
        self.gold[sid] = self._gold(story, story.paragraphs[:1])  # the caption printed: its first paragraph
        page.placed.append(sid)
        return True

    def place_box(self, page: Page, stories: list[Story]) -> int:
        """A boxed column of briefs under a label; returns how many stories it took."""
        rng, st = self.rng, page.style
        k = 1
        start = page.best_start(k)
        x, width, top = page.span_box(start, k)
        label = rng.choice(BOX_LABELS)
        inner = width - 8
        y = top + st.size * 2.2
        lines = [_line(label, x + (width - width_of(label, st.head_font, st.size + 2)) / 2, y, st.head_font,
                       st.size + 2, "label", None)]
        taken = 0
        golds = []
        for story in stories:
            title_lines = break_lines(story.title, inner, st.head_font, st.size)
            para_lines = [break_lines(p, inner, st.body_font, st.size * 0.95, first_indent=2 * st.size)
                          for p in story.paragraphs]
            need = (len(title_lines) + sum(map(len, para_lines)) + 1) * st.leading
            if y + need > page.bottom - st.leading:
                break
            sid = len(self.stories)
            y += st.leading * 0.6
            for ln in title_lines:
                y += st.leading
                lines.append(_line(ln, x + 4, y, st.head_font, st.size, "title", sid))
            for para in para_lines:
                for j, ln in enumerate(para):
                    y += st.leading * 0.95
                    lx = x + 4 + (2 * st.size if j == 0 else 0)
                    lines.append(_line(ln, lx, y, st.body_font, st.size * 0.95, "body", sid, inner - (lx - x - 4),
                                       justify=j < len(para) - 1))
            self.stories.append(story)
            golds.append((sid, story))
            taken += 1
        if not taken:
            return 0
        page.frames.append(Frame(lines, "box", None, rects=[(x, top, width, y - top + st.leading, False)]))
        page.boilerplate.append(label)
        for sid, story in golds:
            self.gold[sid] = self._gold(story, list(story.paragraphs))
            page.placed.append(sid)
        page.set_tops(start, k, y + st.leading * 2)
        return taken


def span_for(story: Story, n: int, rng: random.Random) -> int:
    chars = story.chars()
    if chars < 350:
        k = 1
    elif chars < 900:
        k = rng.choice((1, 2, 2))
    elif chars < 2000:
        k = rng.choice((2, 2, 3))
    else:
        k = rng.choice((3, 3, 4))
    return max(1, min(k, n))


def overlapping_lines(page: Page) -> int:
    """Pairs of drawn lines whose boxes overlap (the composer must never print text over text)."""
    boxes = []
    for f in page.frames:
        for ln in f.lines:
            w = width_of(ln.text, ln.font, ln.size) + ln.char_space * max(0, len(ln.text) - 1)
            boxes.append((ln.x, ln.y - 0.85 * ln.size, ln.x + w, ln.y + 0.1 * ln.size))
    boxes.sort()
    count = 0
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b[0] >= a[2]:
                break
            if b[1] < a[3] and a[1] < b[3] and min(a[2], b[2]) - b[0] > 0.5:
                count += 1
    return count


def drawing_order(page: Page, rng: random.Random) -> list[Frame]:
    frames = list(page.frames)
    order = page.style.order
    if order == "heads_last":
        frames = [f for f in frames if f.kind != "head"] + [f for f in frames if f.kind == "head"]
    elif order == "reversed":
        frames.reverse()
    elif order == "shuffled":
        rng.shuffle(frames)
    elif order == "columns":
        frames.sort(key=lambda f: (round(min((ln.x for ln in f.lines), default=0) / 40), min((ln.y for ln in f.lines), default=0)))
    return frames


def render_pdf(page: Page, frames: list[Frame]) -> bytes:
    st = page.style
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(st.width, st.height), invariant=1)
    c.setTitle(f"page {page.number}")
    for f in page.frames:
        for (x, y, w, h, filled) in f.rects:
            c.setFillGray(0.8 if filled else 1.0)
            c.setStrokeGray(0.3)
            c.rect(x, st.height - y - h, w, h, stroke=1, fill=1 if filled else 0)
    c.setFillGray(0.0)
    for f in frames:
        for ln in f.lines:
            t = c.beginText()
            t.setFont(ln.font, ln.size)
            t.setCharSpace(ln.char_space)
            t.setTextOrigin(ln.x, st.height - ln.y)
            # the CID font's CMap (UniGB-UCS2-H) holds the GB middle dot under U+30FB, as GB 2312
            # tables do: the page prints `·`, text extractors read it back as either code
            t.textOut(ln.text.replace("\u00b7", "\u30fb") if ln.font == CID else ln.text)
            c.drawText(t)
    c.showPage()
    c.save()
    return buf.getvalue()


def compose_paper(stories: list[Story], rng: random.Random, pages: int, paper_no: int) -> list[PagePrint]:
    """Lay `stories` out on `pages` pages of one paper; stories that do not fit are left out."""
    y = rng.randint(2022, 2025)
    paper = Paper(rng.choice(PAPERS), (y, rng.randint(1, 12), rng.randint(1, 28)), rng.randint(20, 180), pages)
    composer = Composer(rng, paper)
    queue = list(stories)
    jumps: list[Story] = []
    out: list[PagePrint] = []
    for number in range(1, pages + 1):
        style = make_style(rng)
        page = Page(number, style, rng)
        if number == 1 and rng.random() < 0.85:
            masthead(page, paper, rng)
        else:
            header(page, paper, rng)
        n = len(style.columns)
        # The jumped rest of stories of the page before open this page.
        for rest in jumps:
            composer.place_story(page, rest, span_for(rest, n, rng))
        jumps = []
        lead_done = False
        misses = 0
        while queue and misses < 6:
            story = queue[0]
            if story.photo:
                ok = composer.place_photo(page, story, rng.choice((1, 2)) if n > 3 else 1)
                if ok:
                    queue.pop(0)
                    misses = 0
                else:
                    queue.append(queue.pop(0))
                    misses += 1
                continue
            if story.source == "brief":
                briefs = [s for s in queue if s.source == "brief"][:rng.randint(2, 5)]
                taken = composer.place_box(page, briefs)
                for b in briefs[:taken]:
                    queue.remove(b)
                if not taken:
                    queue.append(queue.pop(0))
                    misses += 1
                continue
            k = span_for(story, n, rng)
            if not lead_done and number < pages and story.chars() > 900:
                k = max(k, min(n, rng.choice((2, 3, 3))))
            banner = rng.choice(BANNERS) if rng.random() < 0.12 else None
            allow_cut = not lead_done and number < pages and rng.random() < 0.7
            ok, rest = composer.place_story(page, story, k, allow_cut=allow_cut, banner=banner)
            if not ok and k > 1:
                ok, rest = composer.place_story(page, story, 1, allow_cut=allow_cut)
            if ok:
                queue.pop(0)
                lead_done = True
                misses = 0
                if rest:
                    jumps.append(rest)
            else:
                queue.append(queue.pop(0))
                misses += 1
        frames = drawing_order(page, rng)
        overlaps = overlapping_lines(page)
        pdf = render_pdf(page, frames)
        articles = [composer.gold[sid] for sid in page.placed]
        publication = ({"name": paper.name, "date": f"{paper.date[0]:04d}-{paper.date[1]:02d}-{paper.date[2]:02d}",
                        "issue": f"第{paper.issue}期", "pages": str(paper.pages)}
                       if any(f.kind == "masthead" for f in page.frames) else None)
        drawn = [ln.text for f in page.frames for ln in f.lines]
        out.append(PagePrint(number, pdf, articles, list(dict.fromkeys(page.boilerplate)), publication, drawn,
                             style.order, n, overlaps))
    return out
