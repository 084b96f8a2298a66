"""Benchmark: the crawl of local files at several archive sizes, against what bounds it — a bare
Scrapy spider that only reads the same files, and the pure extraction loop in one process.

The corpus (made under a temporary folder): the newspaper page extractions of bench/pages/corpus,
the seeds, the portal HTML pages and text dumps of bench/portaldev2 and tests/data/pages, cycled
to N documents, each copy with one sentence of its own (so it is a document of its own; the
copies are reposts of each other, which the crawl merges). For each N: a first run into a fresh
database, a no-op rerun, a rerun after one file changed; the bare spider; the loop (over the
first 1,000 documents, several cycles of the sources as the crawl meets them). Prints docs/s, ratios, ms per document, peak RSS, database size per
article. Not a test.

    make bench-crawl                              # N = 1000, 5000, 10000
    .venv/bin/python bench/bench_crawl.py --sizes 1000 [--workers 0,2] [--keep]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SOURCES = [*sorted((ROOT / "bench/pages/corpus/text").rglob("*.txt")), *sorted((ROOT / "seeds").glob("*.txt")),
           *sorted((ROOT / "bench/portaldev2/pages").glob("*.*")), *sorted((ROOT / "tests/data/pages").glob("*.html"))]
#: The loop reads the first documents of the corpus (several cycles of the sources, as the crawl
#: meets them).
LOOP_DOCS = 1000

BARE_SPIDER = '''
import scrapy
from pathlib import Path

class Bare(scrapy.Spider):
    name = "bare"
    custom_settings = {"DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
                       "LOG_LEVEL": "WARNING", "ROBOTSTXT_OBEY": False, "ITEM_PIPELINES": {}}

    def __init__(self, path, **kw):
        super().__init__(**kw)
        self.path = path

    async def start(self):
        for p in sorted(Path(self.path).rglob("*")):
            if p.is_file():
                yield scrapy.Request(p.as_uri(), dont_filter=True)

    def parse(self, response):
        yield {"url": response.url, "size": len(response.body)}
'''


def unique_sentence(i: int) -> str:
    return f"本报讯 这是第{i}份材料的说明，编号{i:06d}，用于区分每一份副本。"


def make_corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(n):
        src = SOURCES[i % len(SOURCES)]
        raw = src.read_bytes()
        line = unique_sentence(i)
        if src.suffix == ".html":
            text = raw.decode("utf-8", "replace")
            text = text.replace("</body>", f"<p>{line}</p></body>", 1) if "</body>" in text else text + f"<p>{line}</p>"
            data = text.encode("utf-8")
        else:
            data = raw + f"\n\n{line}\n".encode("utf-8")
        dest = folder / f"{i // 1000:03d}" / f"{i:06d}_{src.stem[:40]}{src.suffix}"
        dest.parent.mkdir(exist_ok=True)
        dest.write_bytes(data)
        made.append(dest)
    return made


def timed(cmd: list[str], cwd: Path = ROOT) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall seconds and peak RSS (MiB) of the largest process of `cmd` (workers included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd[:4])}… exit {proc.returncode}\n{proc.stderr[-3000:]}")
    return wall, max(peak, before) / 1024, proc


def crawl(db: Path, folder: Path, workers: str) -> tuple[float, float]:
    wall, rss, _ = timed([str(BIN / "scrapy"), "crawl", "seeds", "-a", f"path={folder}", "-s", f"CLIPPER_DB={db}",
                          "-s", "LOG_LEVEL=WARNING", "-s", f"CLIPPER_WORKERS={workers}"])
    return wall, rss


def loop_rate(files: list[Path], warm: int = 0) -> float:
    """Docs/s of `extract_document` over `files` in a fresh process (one core, no Scrapy, no
    storage); the first `warm` files are read untimed first (word lists and parsers load once)."""
    code = ("import sys, time\nfrom pathlib import Path\nfrom clipper.extract import extract_document\n"
            "warm = int(sys.argv[1])\nfiles = [Path(p) for p in sys.argv[2:]]\n"
            "data = [(f.read_bytes(), f.as_uri()) for f in files]\n"
            "def run(items):\n    for raw, url in items:\n        try:\n            extract_document(raw, url)\n"
            "        except Exception:\n            pass\n"
            "run(data[:warm])\nt = time.perf_counter()\nrun(data)\nprint(len(data) / (time.perf_counter() - t))\n")
    proc = subprocess.run([str(BIN / "python"), "-c", code, str(warm), *map(str, files)], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return float(proc.stdout.strip())


def db_figures(db: Path) -> tuple[int, float]:
    con = sqlite3.connect(db)
    try:
        con.execute("pragma wal_checkpoint(truncate)")
        articles = con.execute("select count(*) from articles").fetchone()[0]
    finally:
        con.close()
    size = db.stat().st_size + sum(p.stat().st_size for p in db.parent.glob(db.name + "-*"))
    return articles, size / max(1, articles) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,5000,10000")
    ap.add_argument("--workers", default="auto", help="CLIPPER_WORKERS values to compare, comma-separated")
    ap.add_argument("--keep", action="store_true", help="leave the corpora and databases in /tmp/bench-crawl")
    args = ap.parse_args()
    base = Path("/tmp/bench-crawl") if args.keep else Path(tempfile.mkdtemp(prefix="bench-crawl-"))
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    cores = len(os.sched_getaffinity(0))
    print(f"crawl of local files ({len(SOURCES)} source documents cycled; {cores} cores)")
    try:
        for n in map(int, args.sizes.split(",")):
            folder = base / f"in{n}"
            files = make_corpus(folder, n)
            loop = loop_rate(files[:LOOP_DOCS])
            bare_script = base / "bare.py"
            bare_script.write_text(BARE_SPIDER)
            bare, _, _ = timed([str(BIN / "scrapy"), "runspider", str(bare_script), "-a", f"path={folder}"], cwd=base)
            print(f"\nN = {n}: pure extraction loop {loop:.1f} docs/s (one core); bare spider {n / bare:.0f} docs/s")
            print(f"{'workers':>8} {'run':<16} {'wall s':>8} {'docs/s':>8} {'ms/doc':>7} {'÷loop':>6} "
                  f"{'÷first':>7} {'RSS MiB':>8} {'KB/article':>10}")
            for workers in args.workers.split(","):
                db = base / f"n{n}-w{workers}.db"
                first, rss = crawl(db, folder, workers)
                articles, per_article = db_figures(db)
                size_before = db.stat().st_size
                noop, rss2 = crawl(db, folder, workers)
                size_after_noop = db.stat().st_size
                changed = files[len(files) // 2]
                original = changed.read_bytes()
                changed.write_bytes(original + "\n\n本报讯 改动后的一句。\n".encode())
                one, rss3 = crawl(db, folder, workers)
                changed.write_bytes(original)
                for name, wall, peak in (("first run", first, rss), ("no-op rerun", noop, rss2),
                                         ("one file changed", one, rss3)):
                    rate = n / wall
                    print(f"{workers:>8} {name:<16} {wall:8.1f} {rate:8.1f} {1000 * wall / n:7.2f} "
                          f"{rate / loop if name == 'first run' else float('nan'):6.2f} {wall / first:7.3f} "
                          f"{peak:8.0f} {per_article if name == 'first run' else float('nan'):10.1f}")
                print(f"{'':>8} {articles} articles; database {size_before / 2**20:.1f} MiB, after the no-op "
                      f"rerun {size_after_noop / 2**20:.1f} MiB")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
