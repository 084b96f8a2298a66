"""What the made portal page sets (bench/portaldev2 … portaldev4, portalheldout) share: their
article material (the seed articles of ../shared/gold), HTML helpers, and the writer of a set
(NAME.html in the page's own encoding, NAME.txt the paragraphs a reader sees, index.jsonl)."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: A made page: its HTML, the encoding of its bytes, the paragraphs a reader sees.
Page = tuple[str, str, list[str]]
#: A page family: its host and the function that makes its page around an article and a date.
Family = tuple[str, Callable[[dict, str], Page]]


def articles() -> list[dict]:
    """The seed articles long enough to make a page of (two paragraphs, over 300 characters)."""
    out = []
    for path in sorted((ROOT.parent / "shared" / "gold").glob("*.json")):
        for a in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            if len(a["paragraphs"]) >= 2 and sum(map(len, a["paragraphs"])) > 300:
                out.append(a)
    return out


def e(s: str | None) -> str:
    return html.escape(s or "")


def ps(paragraphs: list[str], tag: str = "p", attrs: str = "") -> str:
    return "".join(f"<{tag}{attrs}>{e(p)}</{tag}>" for p in paragraphs)


def write_set(out: Path, kinds: dict[str, Family], pick: Callable[[int, int], tuple[int, str]],
              yearless: frozenset[str] = frozenset()) -> int:
    """Two pages per family: `pick(k, copy)` gives the article's index (taken modulo their
    number) and the page's date for family number k; `yearless` families print no year, so their
    index date is ``--MM-DD``."""
    out.mkdir(parents=True, exist_ok=True)
    arts = articles()
    index = []
    for k, (kind, (host, make)) in enumerate(kinds.items()):
        for copy in range(2):
            n, d = pick(k, copy)
            a = arts[n % len(arts)]
            page, encoding, paragraphs = make(a, d)
            name = f"{host}.{kind}{copy + 1}"
            (out / f"{name}.html").write_bytes(page.encode(encoding if encoding != "gb2312" else "gbk", errors="replace"))
            (out / f"{name}.txt").write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
            index.append({"name": name, "kind": kind, "encoding": encoding, "title": a["title"],
                          "date": f"--{d[5:]}" if kind in yearless else d, "dateline": a["date"]})
    (out / "index.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in index) + "\n", encoding="utf-8")
    print(f"{len(index)} pages in {out}")
    return 0
