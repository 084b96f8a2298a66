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
