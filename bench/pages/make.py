"""Make the newspaper page corpus: typeset papers as PDF, extract every page with real extractors,
keep the extractions that lost no character, and write the gold of each in the seeds' format.

    make pages                       # or: .venv/bin/python -m bench.pages.make [--papers N] [--seed S]

Writes ``bench/pages/corpus/``:
    pdf/pNNN.pdf                     the pages
    text/EXTRACTOR/pNNN.EXTRACTOR.txt  what each extractor gives (kept only when it lost no character)
    gold/pNNN.json                   the truth of the page (format: ../shared/gold/README.md; its
                                     "file" names the PDF, `gold_for` gives it for a text)
    manifest.json                    every page: columns, drawing order, extractions kept or why not

Needs reportlab, pdfminer.six, pypdf, pypdfium2 (dev dependencies), and for all extractors and
fonts the Debian packages poppler-utils, poppler-data, fonts-wqy-zenhei, fonts-arphic-uming,
fonts-arphic-ukai (without them: STSong-Light only, and no pdftotext).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from collections import Counter
from pathlib import Path

from bench.pages.compose import compose_paper
from bench.pages.extractors import EXTRACTORS, extract_all
from bench.pages.material import clauses, made_story, portal_stories, seed_stories, vary

CORPUS = Path(__file__).resolve().parent / "corpus"


def variable(story) -> bool:
    """Can vary() give the story facts of its own (a dateline place or date)? Stories that
    cannot are printed once in the corpus: two pages printing the same text print one article,
    which a crawl rightly merges, and the truths of the two pages would disagree on it."""
    return bool(story.place or story.date)


def paper_stories(rng: random.Random, pool: list[str], seeds: list, portals: list, n: int,
                  used: set[int]) -> list:
    """Stories of one paper: no source article twice in it, and a source that vary() cannot
    change at most once in the whole corpus (`used`)."""
    stories = []
    seeds = [s for s in rng.sample(seeds, len(seeds)) if variable(s) or id(s) not in used]
    portals = [s for s in rng.sample(portals, len(portals)) if variable(s) or id(s) not in used]
    for _ in range(n):
        r = rng.random()
        source = seeds if r < 0.40 else portals if r < 0.55 else None
        if source:
            story = source.pop()
            used.add(id(story))
            stories.append(vary(story, rng))
        else:
            stories.append(made_story(rng, pool))
    # A long story first: the page's lead, which may jump to the next page.
    long_first = sorted(range(len(stories)), key=lambda i: -stories[i].chars())[0]
    stories.insert(0, stories.pop(long_first))
    return stories


def gold_of(page, file: str) -> dict:
    return {"file": file, "kind": "newspaper", "publication": page.publication, "articles": page.articles,
            "boilerplate": page.boilerplate, "repeats": []}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--papers", type=int, default=16, help="papers to make (2-4 pages each)")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--out", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    pool = clauses()
    seeds, portals = seed_stories(), portal_stories()
    if args.out.exists():
        shutil.rmtree(args.out)
    (args.out / "pdf").mkdir(parents=True)
    (args.out / "gold").mkdir(parents=True)
    manifest = []
    kept: Counter[str] = Counter(dict.fromkeys(EXTRACTORS, 0))
    number = 0
    used: set[int] = set()
    for paper_no in range(args.papers):
        pages = rng.choice((2, 2, 3, 4))
        stories = paper_stories(rng, pool, seeds, portals, pages * rng.randint(7, 11), used)
        for page in compose_paper(stories, rng, pages, paper_no):
            number += 1
            stem = f"p{number:03d}"
            (args.out / "pdf" / f"{stem}.pdf").write_bytes(page.pdf)
            (args.out / "gold" / f"{stem}.json").write_text(
                json.dumps(gold_of(page, f"{stem}.pdf"), ensure_ascii=False, indent=1), encoding="utf-8")
            entry = {"page": stem, "paper": paper_no, "number": page.number, "columns": page.columns,
                     "order": page.order, "articles": len(page.articles), "overlaps": page.overlaps,
                     "extractions": extract_all(page.pdf, page.drawn, args.out, stem)}
            kept.update(name for name, what in entry["extractions"].items() if what == "kept")
            manifest.append(entry)
    (args.out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{number} pages; extractions kept: " + ", ".join(f"{k} {v}" for k, v in kept.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
