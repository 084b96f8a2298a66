"""How close an extracted body is to a hand-made gold text: the measures of `make bench-extract`
and of the extraction quality test (character bigrams after NFKC, white space removed)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

#: Phrases that belong to portal furniture, never to an article body.
LEAK_PHRASES = ("相关阅读", "相关新闻", "热门文章", "最新文章", "精彩推荐", "上一篇", "下一篇", "当前位置",
                "版权所有", "ICP备", "责任编辑", "分享到", "网站标识码", "扫一扫", "猜你喜欢")


def squeeze(text: str) -> str:
    """NFKC, no white space: the form in which texts are compared."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def bigrams(text: str) -> Counter[str]:
    return Counter(text[i:i + 2] for i in range(len(text) - 1))


def bigram_prf(gold: str, predicted: str) -> tuple[float, float, float]:
    """Character-bigram precision, recall and F1 of `predicted` against `gold`."""
    g, p = bigrams(squeeze(gold)), bigrams(squeeze(predicted))
    if not g or not p:
        return 0.0, 0.0, 0.0
    common = sum((g & p).values())
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return prec, rec, (2 * prec * rec / (prec + rec) if common else 0.0)


def leaks(gold: str, predicted: str) -> list[str]:
    """Furniture phrases in `predicted` that the gold text does not have."""
    return [ph for ph in LEAK_PHRASES if ph in predicted and ph not in gold]


def text_dump(html: str) -> str:
    """What "save as text" gives for a page: its text, one line per block element or <br>
    (scripts and styles left out, nothing else removed). Turns real HTML pages into real-looking
    text dumps for the dump measures."""
    from clipper.text.main_text import page_lines, parse_html

    root = parse_html(html)
    return "\n".join(page_lines(root)) if root is not None else ""


#: The checks of a portal page or its text dump (what a reader looks at first).
CHECKS = ("title", "date", "body start", "body end", "no boilerplate line", "no junk")
#: Replacement characters, letters of scripts a mis-decoded Chinese page shows, tag and entity text.
JUNK = re.compile(r"[\ufffd\u0400-\u04ff\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]|<[a-zA-Z/!]|&(?:nbsp|amp|lt|gt|#\d+);")


def page_checks(raw: bytes, gold: str, meta: dict[str, str]) -> dict[str, bool]:
    """The checks of a portal page or dump: the article's title and date read from the chrome,
    its body starting and ending where the gold does, no line of chrome in it, no junk."""
    from clipper.extract import extract_document

    arts = extract_document(raw).articles
    paras = [squeeze(x) for x in gold.splitlines() if x.strip()]
    if not arts:
        return dict.fromkeys(CHECKS, False)
    best = max(arts, key=lambda a: bigram_prf(gold, a.text)[2])
    body = squeeze(best.text)
    whole = "".join(paras)
    date = best.date or ""
    # The date the page prints (``--MM-DD`` when it prints no year), or the dateline's.
    dates = {meta["date"]}
    if dateline := meta.get("dateline"):
        dates |= {f"--{dateline}", f"{meta['date'][:4]}-{dateline}"}
    lines = [squeeze(x) for x in best.text.splitlines() if x.strip()]
    return {
        "title": squeeze(best.title or "") == squeeze(meta["title"]),
        "date": date in dates or (bool(dateline) and date.endswith("-" + str(dateline))),
        "body start": body.startswith(whole[:12]),
        "body end": body.endswith(whole[-12:]),
        "no boilerplate line": all(line in whole for line in lines),
        "no junk": not JUNK.search(best.text) and not JUNK.search(best.title or ""),
    }
