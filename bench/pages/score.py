"""Score clipper on the page corpus, per extractor, with the seeds' scorer (../shared/eval/score.py).

    make score-pages                 # or: .venv/bin/python -m bench.pages.score [--corpus DIR] [EXTRACTOR ...]

Each extractor's texts are crawled into a database of their own (`scrapy crawl seeds -a
path=text/EXTRACTOR`) and scored against gold/EXTRACTOR; then all texts together (as a user
would crawl a folder holding every extraction, reposts of one page merging), and the PDFs.
Prints the scorer's measures per row, and the goals of issue 9 for comparison.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.pages.corpus import write_gold_dirs

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
BIN = Path(sys.executable).parent
MEASURES = ("articles_f1", "titles", "subtitles", "body", "paragraphs", "metadata", "leaks")
GOALS = {"text": {"articles_f1": 0.95, "titles": 0.90, "body": 0.95, "paragraphs": 0.85, "metadata": 0.85},
         "pdf": {"articles_f1": 0.98, "titles": 0.95, "body": 0.98, "paragraphs": 0.90}}


def crawl(path: Path, db: Path) -> float:
    began = time.monotonic()
    subprocess.run([str(BIN / "scrapy"), "crawl", "seeds", "-a", f"path={path}", "-s", f"CLIPPER_DB={db}",
                    "-s", "LOG_LEVEL=ERROR"], cwd=ROOT, check=False, capture_output=True)
    return time.monotonic() - began


def score(db: Path, gold: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(SCORER), str(db), "--gold", str(gold)], capture_output=True, text=True,
                         check=True).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("seeds: "))
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}


def row(name: str, pages: int, figures: dict[str, float], seconds: float) -> str:
    cells = [f"{figures.get(m, 0):.3f}" if m != "leaks" else f"{figures.get(m, 0) * 10 / max(pages, 1):.1f}"
             for m in MEASURES]
    return f"| {name} | {pages} | " + " | ".join(cells) + f" | {seconds:.1f} |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("extractors", nargs="*")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--no-together", action="store_true", help="skip the crawl of every text together")
    args = ap.parse_args(argv)
    names = args.extractors or sorted(p.name for p in (args.corpus / "text").iterdir() if p.is_dir())
    print("| texts of | pages | articles F1 | titles | subtitles | body | paragraphs | metadata | leaks /10 pages | crawl s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        gold = write_gold_dirs(args.corpus, Path(tmp) / "gold")
        totals: dict[str, float] = {}
        n_total = 0
        for name in names:
            db = Path(tmp) / f"{name}.db"
            pages = len(list((args.corpus / "text" / name).glob("*.txt")))
            seconds = crawl(args.corpus / "text" / name, db)
            figures = score(db, gold[name])
            print(row(name, pages, figures, seconds))
            for k, v in figures.items():
                totals[k] = totals.get(k, 0) + (v * pages if k != "leaks" else v)
            n_total += pages
        if len(names) > 1:
            mean = {k: (v / n_total if k != "leaks" else v) for k, v in totals.items()}
            print(row("all extractors (page-weighted mean)", n_total, mean, 0.0))
        if not args.no_together and not args.extractors:
            db = Path(tmp) / "together.db"
            seconds = crawl(args.corpus / "text", db)
            together = {}
            for name in names:
                pages = len(list((args.corpus / "text" / name).glob("*.txt")))
                figures = score(db, gold[name])
                for k, v in figures.items():
                    together[k] = together.get(k, 0) + (v * pages if k != "leaks" else v)
            print(row("every text crawled together", n_total,
                      {k: (v / n_total if k != "leaks" else v) for k, v in together.items()}, seconds))
        pdfs = sorted((args.corpus / "pdf").glob("*.pdf"))
        if pdfs and not args.extractors:
            db = Path(tmp) / "pdf.db"
            seconds = crawl(args.corpus / "pdf", db)
            print(row("PDF read directly", len(pdfs), score(db, gold["pdf"]), seconds))
    print("goals (issue 9): text " + ", ".join(f"{k} >= {v}" for k, v in GOALS["text"].items())
          + ", leaks <= 1 per 10 pages; PDF " + ", ".join(f"{k} >= {v}" for k, v in GOALS["pdf"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
