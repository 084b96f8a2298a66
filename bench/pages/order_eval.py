"""How often the reading-order stage gives a printed line its true successor, per extractor
(a development measure of clipper.text.newspaper.order; not a test).

    .venv/bin/python -m bench.pages.order_eval [--corpus DIR] [EXTRACTOR ...]
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections import Counter
from pathlib import Path

from bench.pages.corpus import gold_for
from clipper.text.newspaper import flow

CORPUS = Path(__file__).resolve().parent / "corpus"


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def truth(lines: list[str], gold: dict) -> dict[int, int]:
    """True successor (index) of each line found once in the gold bodies."""
    bodies = [norm("".join(a["paragraphs"])) for a in gold["articles"]]
    where: dict[int, tuple[int, int, int]] = {}
    for i, ln in enumerate(lines):
        t = norm(ln)
        if len(t) < 4:
            continue
        hits = [(a, m.start()) for a, b in enumerate(bodies) for m in re.finditer(re.escape(t), b)]
        if len(hits) == 1:
            a, s = hits[0]
            where[i] = (a, s, s + len(t))
    start_of = {(a, s): i for i, (a, s, e) in where.items()}
    return {i: start_of[(a, e)] for i, (a, s, e) in where.items() if (a, e) in start_of}


def page_links(text: str) -> tuple[list[str], dict[int, int]]:
    """The printed lines of a page as the reader orders them, and the successor it gives each."""
    seq, _publication, _furniture, _lines, succ = flow.reading_order(text)
    return [p.text for p in seq], succ


def evaluate(text: str, gold: dict) -> tuple[int, int, int]:
    texts, succ = page_links(text)
    true = truth(texts, gold)
    right = sum(1 for i, j in true.items() if succ.get(i) == j)
    wrong = sum(1 for i, j in true.items() if i in succ and succ[i] != j)
    return right, wrong, len(true)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("extractors", nargs="*")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    names = args.extractors or sorted(p.name for p in (args.corpus / "text").iterdir() if p.is_dir())
    for name in names:
        c = Counter()
        for path in sorted((args.corpus / "text" / name).glob("*.txt")):
            gold = gold_for(args.corpus, path)
            r, w, n = evaluate(path.read_text(encoding="utf-8"), gold)
            c["right"] += r
            c["wrong"] += w
            c["links"] += n
        print(f"{name:16s} links {c['links']:6d}  right {c['right'] / c['links']:.3f}  wrong {c['wrong'] / c['links']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
