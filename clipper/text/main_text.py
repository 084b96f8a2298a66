"""The main text block of an HTML page, by text density (a Chinese-aware readability).

The page is cut into lines (block elements and ``<br>`` end a line); every line that reads like
prose (Chinese punctuation, few link characters) gives a score to its container and, halved, to
the containers above. The container with the best score, discounted by its link density, holds
the article; its lines, minus link-dense ones, are the main text. One lxml parse and one walk of
the tree: several times faster than a general-purpose extractor on large portal pages.

Pure: knows nothing of Scrapy. Which tags and class/id names are furniture is data
(:data:`DROP_TAGS`, :data:`FURNITURE_ATTR`, :data:`BLOCK_TAGS`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from lxml import etree

from clipper.text import patterns as P
from clipper.text.portal_text import is_legal_notice

logger = logging.getLogger(__name__)

#: Elements whose content is never article text.
DROP_TAGS = ("script", "style", "noscript", "iframe", "svg", "canvas", "select", "option", "button",
             "textarea", "input", "template", "object", "embed", "video", "audio", "map")
#: Elements that end a line of text.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "td", "th", "tr", "table", "tbody", "thead", "li", "ul", "ol",
    "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "header", "footer", "nav",
    "aside", "form", "fieldset", "figure", "figcaption", "center", "address", "hr", "body", "html",
})
#: Inline elements that portals put side by side as separate fields (``<span>日期</span><span>来源…``):
#: a space at their edges keeps the fields apart (spaces between Chinese characters are removed
#: later by the text convention).
SPACED_TAGS = frozenset({"span"})
#: class / id words of furniture containers (navigation, share bars, comment boxes, lists of
#: other articles, footers). Matched as whole words of the attribute value.
FURNITURE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|topbar|sidebar|side|breadcrumbs?|crumbs?|position|location|"
    r"share|sharebar|bdshare|comments?|reply|related|relate|recommend|recom|hot|hotnews|rank|ranking|"
    r"copyright|banner|ads?|advert|login|toolbar|pager|pagination|tags?|keywords?|sitemap|friendlink|links|"
    r"qrcode|erweima|gotop|backtop)(?:[\s_-]|$|\d)",
    re.I,
)
#: Tags that are furniture by their name alone.
FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
#: Paragraph elements: their score goes to the container holding them, not to themselves.
PARAGRAPH_TAGS = frozenset({"p", "li", "dd", "dt", "blockquote", "pre", "figcaption", "h1", "h2", "h3", "h4",
                            "h5", "h6", "address"})
#: Lines above the main block searched for meta lines (date, source, author).
PREAMBLE_LINES = 6
#: Blocks scoring this share of the best are strong enough to be the article when they come
#: first after the title.
STRONG_SHARE = 0.3
#: How much a character of non-prose text (links, labels, widgets) weighs against a container.
NOISE_WEIGHT = 2.0
CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Line:
    """One line of page text: its characters, how many of them are link text, its container."""

    text: str
    link_chars: int
    container: etree._Element


# Plain lxml elements (not lxml.html's): no Python class lookup per element, several times faster.
#: huge_tree: a page nested deeper than libxml2's default limit (256) is read, not cut off.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)


def text_content(el: etree._Element) -> str:
    """All text under `el` (lxml.html's text_content for plain elements)."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def _remove(el: etree._Element) -> None:
    """Take `el` out of the tree, keeping its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def parse_html(html: str) -> etree._Element | None:
    """The page as an lxml tree without scripts, styles, comments and form widgets (None when
    the text is not HTML at all)."""
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    if not html.strip():
        return None
    try:
        root = etree.fromstring(html, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *DROP_TAGS, with_tail=False)
    return root


def _is_furniture(el: etree._Element) -> bool:
    if el.tag in FURNITURE_TAGS:
        return True
    attrs = f"{el.get('class', '')} {el.get('id', '')}"
    return bool(attrs.strip()) and FURNITURE_ATTR.search(attrs) is not None


def _lines(root: etree._Element) -> list[Line]:
    """Walk the tree once, cutting text into lines at block elements and <br>."""
    lines: list[Line] = []
    parts: list[str] = []
    link_chars = 0
    container = root

    def flush() -> None:
        nonlocal parts, link_chars
        text = " ".join("".join(parts).split())
        if text:
            lines.append(Line(text, min(link_chars, len(text)), container))
        parts, link_chars = [], 0

    def walk(el: etree._Element, in_link: bool) -> None:
        nonlocal container, link_chars
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in BLOCK_TAGS
        if block or tag == "br":
            flush()
        outer = container
        if block:
            container = el
        if tag in SPACED_TAGS:
            parts.append(" ")
        if tag != "br" and el.text:
            parts.append(el.text)
            if in_link or tag == "a":
                link_chars += len(el.text.strip())
        link = in_link or tag == "a"
        for child in el:
            walk(child, link)
        if block:
            flush()
            container = outer
        elif tag in SPACED_TAGS:
            parts.append(" ")
        if el.tail:
            parts.append(el.tail)
            if in_link:
                link_chars += len(el.tail.strip())

    walk(root, False)
    flush()
    return lines


def _prose_score(line: Line) -> float:
    cjk = len(CJK.findall(line.text))
    if cjk < 5 or line.link_chars > 0.3 * len(line.text):
        return 0.0
    if is_legal_notice(line.text):
        return 0.0  # a copyright statement reads like prose and is none of the article
    punct = len(P.PROSE_PUNCT.findall(line.text))
    if not punct:
        return 0.0
    return 1.0 + punct + min(cjk / 40, 4.0)


def page_lines(root: etree._Element) -> list[str]:
    """Every line of text of a page parsed by :func:`parse_html`, in order."""
    body = root.find("body")
    return [ln.text for ln in _lines(body if body is not None else root)]


def block_lines(el: etree._Element) -> list[str]:
    """Lines of one element chosen by a portal's selector (link-dense lines left out)."""
    return [ln.text for ln in _lines(el) if ln.link_chars <= 0.5 * len(ln.text)]


@dataclass
class MainText:
    """The main block's lines and the lines printed between the title and the block (where
    portals put ``发布时间 / 来源 / 作者`` lines)."""

    lines: list[str]
    preamble: list[str]


def main_lines(root: etree._Element, title: str | None = None) -> list[str]:
    """Lines of the main text block (see :func:`main_block`)."""
    return main_block(root, title).lines


def main_block(root: etree._Element, title: str | None = None) -> MainText:
    """Lines of the main text block of a page parsed by :func:`parse_html`, in page order ([]
    when none is found). Furniture containers are removed from the tree on the way.

    With the page's `title`, the article is the first strong text block after the line that
    prints it: pages that stream several articles (the one asked for first) keep only it."""
    body = root.find("body")
    if body is None:
        body = root
    total = len(text_content(body))
    candidates = [el for el in body.iter(*FURNITURE_TAGS)]
    candidates += body.xpath(".//*[@class or @id]")
    for el in candidates:
        # A furniture name on a wrapper of the whole page (``<div class="breadcrumb">`` around
        # everything happens) must not take the article with it.
        if _is_furniture(el) and el.getparent() is not None and len(text_content(el)) < 0.5 * total:
            _remove(el)
    lines = _lines(body)
    if not lines:
        return MainText([], [])
    # Per container first, then up the tree: each line is visited once, each container once.
    own: dict[etree._Element, list[float]] = {}  # container -> [chars, link chars, net, score]
    score: dict[etree._Element, float] = {}
    first: dict[etree._Element, int] = {}
    for i, ln in enumerate(lines):
        first.setdefault(ln.container, i)
        s = _prose_score(ln)
        value = float(len(ln.text) - ln.link_chars) if s else -NOISE_WEIGHT * len(ln.text)
        acc = own.setdefault(ln.container, [0.0, 0.0, 0.0, 0.0])
        acc[0] += len(ln.text)
        acc[1] += ln.link_chars
        acc[2] += value
        acc[3] += s
    chars: dict[etree._Element, float] = {}
    links: dict[etree._Element, float] = {}
    net: dict[etree._Element, float] = {}
    for container, (n, linked, value, s) in own.items():
        weight = 1.0
        skip = container.tag in PARAGRAPH_TAGS
        el: etree._Element | None = container
        depth = 0
        start = first[container]
        while el is not None:
            if first.get(el, start) >= start:
                first[el] = start
            chars[el] = chars.get(el, 0.0) + n
            links[el] = links.get(el, 0.0) + linked
            net[el] = net.get(el, 0.0) + value
            if s and not (skip and depth == 0) and weight > 0.1:
                score[el] = score.get(el, 0.0) + s * weight
                weight /= 2
            el = el.getparent()
            depth += 1
    if not score:
        return MainText([], [])
    adjusted = {el: value * (1 - links[el] / max(chars[el], 1.0)) for el, value in score.items()}
    best = max(adjusted, key=adjusted.__getitem__)
    passed_over: set[etree._Element] = set()
    title_at = _title_line(lines, title)
    if title_at is not None:
        after = [el for el, value in adjusted.items()
                 if value >= STRONG_SHARE * adjusted[best] and first[el] > title_at]
        if after:
            start = min(first[el] for el in after)
            chosen = max((el for el in after if first[el] == start), key=adjusted.__getitem__)
            if chosen is not best and best not in set(chosen.iter()):
                passed_over = {best, *best.iterancestors()}
            best = chosen
    # The best-scored container may be one section of the article (text, notes, commentary side
    # by side): take the ancestor whose prose most outweighs its other text, short of one that
    # holds a block passed over for the title.
    chain = [best]
    for el in best.iterancestors():
        if el in passed_over:
            break
        chain.append(el)
    top = max(chain, key=net.__getitem__)
    inside = set(top.iter())
    kept = [i for i, ln in enumerate(lines) if ln.container in inside and ln.link_chars <= 0.5 * len(ln.text)]
    if not kept:
        return MainText([], [])
    begin = kept[0]
    lead_from = title_at if title_at is not None and title_at < begin else max(0, begin - PREAMBLE_LINES)
    return MainText([lines[i].text for i in kept],
                    [ln.text for ln in lines[lead_from:begin][-PREAMBLE_LINES:] if ln.link_chars <= 0.5 * len(ln.text)])


def _title_line(lines: list[Line], title: str | None) -> int | None:
    """Index of the line that prints the page title (None when no line does)."""
    if not title:
        return None
    wanted = "".join(title.split())
    if len(wanted) < 4:
        return None
    for i, ln in enumerate(lines):
        text = "".join(ln.text.split())
        if text == wanted or (wanted in text and len(text) <= len(wanted) + 10):
            return i
    return None
