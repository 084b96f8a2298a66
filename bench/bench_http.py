"""Benchmark: the crawl of portal pages over HTTP from a loopback server, against a bare Scrapy
spider that only fetches the same URLs (what the downloader alone can do on this machine), and
the pure extraction loop.

    .venv/bin/python bench/bench_http.py [--pages N] [--workers 0,auto]

A made corpus of N portal pages (the pages of tests/data/pages and bench/portaldev2–4, cycled,
each copy with a sentence of its own) is served by a threaded HTTP server on 127.0.0.1 and
crawled with `scrapy crawl portals -a urls=FILE` (delay off, the URL list's own host, as an
operator's list of pages is crawled); the bare spider fetches the same URLs with the same
concurrency and no pipeline, outside the project (clipper's settings would refuse the loopback
host). A run that fetched or stored fewer pages than asked stops the bench: its figure would
measure refusals. Prints pages/s and the ratio to the bare spider (the issue's goal:
≥ 0.8). Not a test: it prints figures. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench_crawl import loop_rate, unique_sentence  # (run as a script: bench/ is on the path)

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
SOURCES = [*sorted((ROOT / "tests/data/pages").glob("*.html")),
           *(p for d in ("portaldev2", "portaldev3", "portaldev4") for p in sorted((ROOT / "bench" / d / "pages").glob("*.html")))]
CONCURRENCY = 16

BARE = '''
import scrapy
from pathlib import Path


class Bare(scrapy.Spider):
    name = "bare"
    custom_settings = {"DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS": %(c)d, "CONCURRENT_REQUESTS_PER_DOMAIN": %(c)d,
                       "LOG_LEVEL": "WARNING", "ROBOTSTXT_OBEY": False, "ITEM_PIPELINES": {},
                       "CONCURRENT_ITEMS": 1}

    def __init__(self, urls, **kw):
        super().__init__(**kw)
        self.urls = urls

    async def start(self):
        for url in Path(self.urls).read_text().split():
            yield scrapy.Request(url, dont_filter=True)

    def parse(self, response):
        yield {"url": response.url, "size": len(response.body)}
'''


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 — the stdlib's name
        pass


def make_pages(folder: Path, n: int) -> list[str]:
    """N pages named 000000.html …, each a source page with a sentence of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(n):
        src = SOURCES[i % len(SOURCES)]
        raw = src.read_bytes()
        line = f"<p>{unique_sentence(i)}</p>"
        # Keep the page's own bytes (GBK pages stay GBK): the sentence goes in as numeric entities.
        entity = "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in line).encode("ascii")
        data = raw.replace(b"</body>", entity + b"</body>", 1) if b"</body>" in raw else raw + entity
        name = f"{i:06d}.html"
        (folder / name).write_bytes(data)
        names.append(name)
    return names


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd[:4])}… exit {proc.returncode}\n{proc.stderr[-3000:]}")
    return wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--workers", default="0,auto", help="CLIPPER_WORKERS values to compare, comma-separated")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-http-"))
    try:
        names = make_pages(work / "site", args.pages)
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(work / "site")))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        urls = work / "urls.txt"
        urls.write_text("\n".join(f"{base}/{n}" for n in names) + "\n")
        (work / "bare.py").write_text(BARE % {"c": CONCURRENCY})
        # Run outside the project: clipper's own settings (its request policy refuses hosts of no
        # configured portal, its pipelines) must not apply to the bare spider.
        bare = timed([str(BIN / "scrapy"), "runspider", str(work / "bare.py"), "-a", f"urls={urls}",
                      "-o", str(work / "bare.jsonl")], work)
        fetched = len((work / "bare.jsonl").read_text().splitlines())
        if fetched != args.pages:
            sys.exit(f"the bare spider fetched {fetched} of {args.pages} pages: its figure would mean nothing")
        print(f"{args.pages} portal pages over HTTP from 127.0.0.1 ({len(SOURCES)} source pages cycled; "
              f"{len(os.sched_getaffinity(0))} cores); concurrency {CONCURRENCY}")
        print(f"bare spider (fetch only)        {bare:7.1f} s  {args.pages / bare:7.1f} pages/s")
        sample = names[::max(1, len(names) // 400)][:400]  # (a spread sample: the pure loop's pages/s)
        loop = loop_rate([work / "site" / name for name in sample], warm=5)
        cores = len(os.sched_getaffinity(0))
        print(f"pure extraction loop (1 core)            {loop:7.1f} pages/s  {loop / (args.pages / bare):5.2f} x the bare "
              f"spider; {cores} cores at best {cores * loop:.1f} pages/s = {cores * loop / (args.pages / bare):.2f} x")
        for workers in args.workers.split(","):
            db = work / f"w{workers}.db"
            wall = timed([str(BIN / "scrapy"), "crawl", "portals", "-a", f"urls={urls}", "-s", f"CLIPPER_DB={db}",
                          "-s", "LOG_LEVEL=WARNING", "-s", "DOWNLOAD_DELAY=0", "-s", f"CONCURRENT_REQUESTS={CONCURRENCY}",
                          "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={CONCURRENCY}", "-s", f"CLIPPER_WORKERS={workers}"], ROOT)
            rate = args.pages / wall
            with contextlib.closing(sqlite3.connect(db)) as con:
                ok = con.execute("select count(*) from documents where status = 'ok'").fetchone()[0]
            if ok != args.pages:
                sys.exit(f"the crawl stored {ok} of {args.pages} pages: its figure would mean nothing")
            print(f"crawl, CLIPPER_WORKERS={workers:<5}     {wall:7.1f} s  {rate:7.1f} pages/s  "
                  f"{rate / (args.pages / bare):5.2f} x the bare spider")
        server.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
