"""Benchmark: main-text extraction of portal pages (../shared/portal-dev), clipper next to
trafilatura and readability-lxml on the same pages in the same run.

Prints, per tool: macro character-bigram precision, recall and F1 against the hand-made gold
text (NFKC, white space removed), the share of pages whose output leaks a portal phrase, and
pages per second of the extraction step. Not a test: it prints figures.

    make bench-extract            # or: .venv/bin/python bench/bench_extract.py [DIR]
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Callable

import trafilatura
from lxml import html as lxml_html
from readability import Document

from clipper.text.portal_html import extract_portal_html

DEV = Path(__file__).resolve().parents[2] / "shared" / "portal-dev"
#: Phrases that belong to portal furniture, never to an article body.
LEAK_PHRASES = ("相关阅读", "相关新闻", "热门文章", "最新文章", "精彩推荐", "上一篇", "下一篇", "当前位置",
                "版权所有", "ICP备", "责任编辑", "分享到", "网站标识码", "扫一扫", "猜你喜欢")


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def bigrams(s: str) -> Counter[str]:
    return Counter(s[i:i + 2] for i in range(len(s) - 1))


def prf(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = bigrams(norm(gold)), bigrams(norm(pred))
    if not g or not p:
        return 0.0, 0.0, 0.0
    common = sum((g & p).values())
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return prec, rec, (2 * prec * rec / (prec + rec) if common else 0.0)


def run_clipper(page: str) -> str:
    _, articles, _ = extract_portal_html(page)
    return "\n".join("\n".join(a.body) for a in articles)


def run_trafilatura(page: str) -> str:
    return trafilatura.extract(page, include_comments=False) or ""


def run_readability(page: str) -> str:
    summary = Document(page).summary(html_partial=True)
    return lxml_html.fromstring(summary).text_content() if summary.strip() else ""


TOOLS: dict[str, Callable[[str], str]] = {
    "clipper": run_clipper, "trafilatura": run_trafilatura, "readability-lxml": run_readability,
}


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEV
    pages = sorted(folder.glob("*.html"))
    if not pages:
        sys.exit(f"no pages in {folder}")
    data = [(p.read_text(encoding="utf-8"), p.with_suffix(".txt").read_text(encoding="utf-8")) for p in pages]
    print(f"{len(pages)} pages from {folder}")
    print(f"{'tool':<18}{'P':>7}{'R':>7}{'F1':>7}{'leak':>7}{'pages/s':>9}")
    for name, fn in TOOLS.items():
        scores, leaks = [], 0
        start = time.perf_counter()
        outputs = [fn(html) for html, _ in data]
        elapsed = time.perf_counter() - start
        for (_, gold), out in zip(data, outputs):
            scores.append(prf(gold, out))
            leaks += any(ph in out and ph not in gold for ph in LEAK_PHRASES)
        n = len(scores)
        p, r, f = (sum(s[i] for s in scores) / n for i in range(3))
        print(f"{name:<18}{p:7.3f}{r:7.3f}{f:7.3f}{leaks / n:7.3f}{n / elapsed:9.1f}")


if __name__ == "__main__":
    main()
