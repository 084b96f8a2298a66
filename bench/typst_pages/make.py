"""Make the typst page corpus: papers typeset by typst from articles written for it, extracted by
the same real extractors as the reportlab corpus, with the truth of every page.

    make typst-pages        # or: .venv/bin/python -m bench.typst_pages.make [--set dev|heldout]

The sets, same layout on disk as bench/pages/corpus (pdf/, text/EXTRACTOR/, gold/, manifest.json):
    bench/typst_pages/dev/       pool A (stories_a) plus the seed and portal-dev articles
    bench/typst_pages/dev2/      the same stories laid out anew (another seed): other pages
    bench/typst_pages/dev3/      the same stories again, half the short headlines set vertically
    bench/typst_pages/dev4/      the same stories again (a quarter vertical): made 2026-12-05 to try
                                 that day's PDF rules on pages they were not written on; a dev set since
    bench/typst_pages/dev5/      the same stories again (a tenth vertical): made 2026-12-05 (rules .75)
                                 to try every rule on pages none was written on; a dev set since
    bench/typst_pages/dev6/      pool C (stories_c: other shapes of title, byline and turn), made 2026-12-05
                                 (rules .79) to try the rules on text none was written on; a dev set since
    bench/typst_pages/dev7/      pool D (stories_d: parallel-phrase titles, long kickers, 文/图 bylines,
                                 a byline after the body in brackets), made 2026-12-05 (rules .81)
    bench/typst_pages/dev8/      pools C and D laid out anew (seed 29, three tenths vertical), made 2026-12-05
                                 (rules .83)
    bench/typst_pages/heldout/   pool B (stories_b) only: kept held out, no rule is written from it

Needs typst (the Python package, dev dependency) and Debian's fonts-noto-cjk, fonts-arphic-uming,
fonts-arphic-ukai, fonts-wqy-zenhei, poppler-utils.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from bench.pages.extractors import EXTRACTORS, extract_all
from bench.pages.material import portal_stories, seed_stories
from bench.pages.material import vary as vary_dev
from bench.typst_pages import stories_a, stories_b, stories_c, stories_d
from bench.typst_pages.compose import compose_paper
from bench.typst_pages.material import pool

HERE = Path(__file__).resolve().parent
#: Pools C and D together (the dev8 set).
POOLS_CD = SimpleNamespace(**{k: getattr(stories_c, k) + getattr(stories_d, k) for k in ("STORIES", "PHOTOS", "BRIEFS")})
#: name: (stories, seed, papers, share of vertical headlines)
SETS = {"dev": (stories_a, 20261204, 14, 0.0), "dev2": (stories_a, 7, 14, 0.0),
        "dev3": (stories_a, 11, 10, 0.5), "dev4": (stories_a, 13, 10, 0.25), "dev5": (stories_a, 17, 10, 0.1),
        "dev6": (stories_c, 19, 12, 0.1), "dev7": (stories_d, 23, 10, 0.2), "dev8": (POOLS_CD, 29, 12, 0.3),
        "heldout": (stories_b, 20261205, 14, 0.0)}


def gold_of(page, file: str) -> dict:
    return {"file": file, "kind": "newspaper", "publication": page.publication, "articles": page.articles,
            "boilerplate": page.boilerplate, "repeats": []}


def stories_for(name: str, rng: random.Random) -> list:
    module = SETS[name][0]
    stories = pool(module, rng, uses=3)
    if name.startswith("dev"):
        extra = [vary_dev(s, rng) for s in seed_stories() + portal_stories() if s.place or s.date]
        extra = [s for s in extra if s.chars() <= 1400]
        rng.shuffle(extra)
        stories = [s for pair in zip(stories, extra) for s in pair] + stories[len(extra):] + extra[len(stories):]
    return stories


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="which set (default: all)")
    args = ap.parse_args(argv)
    for name in args.set or sorted(SETS):
        _, seed, papers, vertical = SETS[name]
        make_set(name, HERE / name, random.Random(seed), papers, vertical)
    return 0


def make_set(name: str, out: Path, rng: random.Random, papers: int, vertical: float = 0.0) -> None:
    stories = stories_for(name, rng)
    if out.exists():
        shutil.rmtree(out)
    (out / "pdf").mkdir(parents=True)
    (out / "gold").mkdir(parents=True)
    manifest = []
    kept: Counter[str] = Counter(dict.fromkeys(EXTRACTORS, 0))
    number = 0
    for paper in range(papers):
        if not stories:
            break
        pages = rng.choice((1, 2, 2, 3))
        for page in compose_paper(stories, rng, pages, vertical):
            if not page.articles:
                continue
            number += 1
            stem = f"t{number:03d}"
            (out / "pdf" / f"{stem}.pdf").write_bytes(page.pdf)
            (out / "gold" / f"{stem}.json").write_text(
                json.dumps(gold_of(page, f"{stem}.pdf"), ensure_ascii=False, indent=1), encoding="utf-8")
            entry = {"page": stem, "paper": paper, "number": page.number, "columns": page.columns,
                     "order": page.order, "articles": len(page.articles),
                     "extractions": extract_all(page.pdf, page.drawn, out, stem)}
            kept.update(name for name, what in entry["extractions"].items() if what == "kept")
            manifest.append(entry)
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{name}: {number} pages, {len(stories)} stories left; extractions kept: "
          + ", ".join(f"{k} {v}" for k, v in kept.items()))


if __name__ == "__main__":
    raise SystemExit(main())
