"""Benchmark: main-text extraction of portal pages, clipper next to trafilatura and
readability-lxml on the same pages in the same run: the 53 real pages of ../shared/portal-dev,
and the second development set bench/portaldev2/pages (the page kinds portal-dev lacks: old
table-layout GBK sites, blogs, forums, audio and video pages with transcripts, a long copyright
notice, comments, government pages, e-paper and mobile pages), and the third set
bench/portaldev3/pages and bench/portaldev4/pages (sixteen and twelve more page families, with
titles and dates: the page and dump checks are printed for them), and the held-out set
bench/portalheldout/pages and bench/portalheldout2/pages (ten more families each that no rule
was written from).

Prints, per tool: macro character-bigram precision, recall and F1 against the hand-made gold
text (NFKC, white space removed), the share of pages whose output leaks a portal phrase, and
pages per second of the extraction step. Not a test: it prints figures.

    make bench-extract            # or: .venv/bin/python bench/bench_extract.py [DIR]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Callable

import trafilatura
from lxml import html as lxml_html
from readability import Document

from clipper.extract import extract_document
from clipper.quality import CHECKS, bigram_prf, leaks, page_checks, text_dump
from clipper.text.portal_text import to_simplified

DEV = Path(__file__).resolve().parents[2] / "shared" / "portal-dev"
DEV2 = Path(__file__).resolve().parent / "portaldev2" / "pages"
DEV3 = Path(__file__).resolve().parent / "portaldev3" / "pages"
DEV4 = Path(__file__).resolve().parent / "portaldev4" / "pages"
#: Held out: no rule is written from these pages (bench/portalheldout/make.py says why).
HELDOUT = Path(__file__).resolve().parent / "portalheldout" / "pages"
HELDOUT2 = Path(__file__).resolve().parent / "portalheldout2" / "pages"


def run_clipper(page: str | bytes) -> str:
    """The whole extraction step of the crawl: decode the bytes, detect the kind, extract."""
    raw = page.encode("utf-8") if isinstance(page, str) else page
    return "\n".join(a.text for a in extract_document(raw).articles)


def run_trafilatura(page: str) -> str:
    return trafilatura.extract(page, include_comments=False) or ""


def run_readability(page: str) -> str:
    summary = Document(page).summary(html_partial=True)
    return lxml_html.fromstring(summary).text_content() if summary.strip() else ""


TOOLS: dict[str, Callable[[str], str]] = {
    "clipper": run_clipper, "trafilatura": run_trafilatura, "readability-lxml": run_readability,
}


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or [DEV, DEV2, DEV3, DEV4, HELDOUT, HELDOUT2]
    for folder in folders:
        bench(folder)
        print()


def bench(folder: Path) -> None:
    from clipper.text.decode import decode_bytes

    pages = sorted(folder.glob("*.html"))
    if not pages:
        sys.exit(f"no pages in {folder}")
    # Every tool gets the page decoded the same way (clipper's decoding), clipper its bytes.
    raws = [p.read_bytes() for p in pages]
    data = [(decode_bytes(raw).text, p.with_suffix(".txt").read_text(encoding="utf-8")) for raw, p in zip(raws, pages)]
    held = " (held out: no rule was written from these pages)" if folder.resolve() in (HELDOUT.resolve(), HELDOUT2.resolve()) else ""
    print(f"{len(pages)} pages from {folder}{held}")
    print(f"{'tool':<18}{'P':>7}{'R':>7}{'F1':>7}{'leak':>7}{'pages/s':>9}")
    for name, fn in TOOLS.items():
        scores, leaked = [], 0
        start = time.perf_counter()
        outputs = [fn(raw) if name == "clipper" else fn(html) for raw, (html, _) in zip(raws, data)]
        elapsed = time.perf_counter() - start
        for (_, gold), out in zip(data, outputs):
            scores.append(bigram_prf(gold, out))
            leaked += bool(leaks(gold, out))
        n = len(scores)
        p, r, f = (sum(s[i] for s in scores) / n for i in range(3))
        print(f"{name:<18}{p:7.3f}{r:7.3f}{f:7.3f}{leaked / n:7.3f}{n / elapsed:9.1f}")
        if name == "clipper":
            # clipper stores traditional text as simplified (the archive's convention) while
            # the gold keeps the page's script: the same measure with both sides simplified.
            folded = [bigram_prf(to_simplified(gold), out)[2] for (_, gold), out in zip(data, outputs)]
            clipper_folded = sum(folded) / n
    print(f"clipper F1 with the gold folded to simplified characters (OpenCC t2s): {clipper_folded:.3f}")
    # The same pages as text dumps (one line per block element): clipper's line rules alone.
    dumps = [text_dump(html) for html, _ in data]
    start = time.perf_counter()
    outputs = [run_clipper(d) for d in dumps]
    elapsed = time.perf_counter() - start
    scores = [bigram_prf(gold, out) for (_, gold), out in zip(data, outputs)]
    leaked = sum(bool(leaks(gold, out)) for (_, gold), out in zip(data, outputs))
    n = len(scores)
    p, r, f = (sum(x[i] for x in scores) / n for i in range(3))
    print(f"{'clipper (dumps)':<18}{p:7.3f}{r:7.3f}{f:7.3f}{leaked / n:7.3f}{n / elapsed:9.1f}"
          "   <- the same pages saved as text")
    checks(folder, data, pages, raws)


def checks(folder: Path, data: list[tuple[str, str]], pages: list[Path], raws: list[bytes]) -> None:
    """Dump checks (issue: e-paper and portal text dumps) for a set whose index gives titles and dates."""
    index = folder / "index.jsonl"
    metas = {m["name"]: m for m in map(json.loads, index.read_text(encoding="utf-8").splitlines())} if index.exists() else {}
    if not all(m.get("date") for m in metas.values()) or not metas:
        return
    for label, inputs in (("pages", raws), ("dumps", [text_dump(h).encode("utf-8") for h, _ in data])):
        tally = dict.fromkeys(CHECKS, 0)
        failed = []
        for raw, (_, gold), path in zip(inputs, data, pages):
            result = page_checks(raw, gold, metas[path.stem])
            for k, ok in result.items():
                tally[k] += ok
                if not ok:
                    failed.append(f"{path.stem}: {k}")
        n = len(inputs)
        total = sum(tally.values())
        print(f"checks ({label}): {total} of {n * len(CHECKS)} pass ({total / (n * len(CHECKS)):.1%}); "
              + ", ".join(f"{k} {v}/{n}" for k, v in tally.items()))
        for f in failed:
            print(f"    failed  {f}")


if __name__ == "__main__":
    main()
