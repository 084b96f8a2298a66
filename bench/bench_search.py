"""Benchmark: the Chinese search index (articles_search, one token per CJK character) on a made
archive of N articles, against a LIKE scan: the same rows (recall), and ms per query: all
matching rows, the search box of `articles` (its first page and its count), and the two canned queries of metadata.yml as Datasette runs them (their SQL
read from it): `search` (title matches by bm25 over articles_title_search, then the latest
body matches) and `search_relevance` (bm25 over every match), each with highlighted passages.

Articles are made from the seed articles' sentences, drawn at random (seeded), ~1,500 characters
each. Not a test.

    .venv/bin/python bench/bench_search.py [--articles 100000]
"""

from __future__ import annotations

import argparse
import random
import re
import shlex
import socket
import sqlite3
import statistics
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import yaml

from clipper.text.search import TOKENIZER, fts_query, passage, spaced

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
QUERIES = ["提案", "协", "政协委员", "乡村振兴", "委员 提案", "高质量发展", "2022", "调研组", "民主监督 协商"]
PUBLICATIONS = ["民主协商报", "甘肃日报", "兰州日报", None]
PLACES = ["兰州", "天水", "武威", "张掖", "酒泉", None]
SITES = ["local files", "www.gszx.gov.cn", "www.gansu.gov.cn", "news.example.com", "farm.example.net"]


def sentences() -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return [s + "。" for s in re.split(r"[。\n]", text) if len(s) >= 8]


def build(path: Path, n: int) -> None:
    pool = sentences()
    rnd = random.Random(1)
    con = sqlite3.connect(path)
    # the columns the canned queries show
    con.execute("create table articles (rowid integer primary key, id text, title text, body text, date_sort text, "
                "month text, publication text, place text, kind text, date_source text, site text)")
    con.execute(f'create virtual table articles_search using fts5(title, body, tokenize = "{TOKENIZER}")')
    con.execute(f'create virtual table articles_title_search using fts5(title, tokenize = "{TOKENIZER}")')
    for start in range(0, n, 5000):
        batch = [(i + 1, rnd.choice(pool)[:20], "".join(rnd.choice(pool) for _ in range(rnd.randint(15, 40))))
                 for i in range(start, min(n, start + 5000))]
        rows = []
        for r, t, b in batch:
            day = f"{rnd.randint(2015, 2026)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            # (the facet columns of metadata.yml, a few values each, as an archive has them)
            rows.append((r, f"a{r}", t, b, day, day[:7], rnd.choice(PUBLICATIONS), rnd.choice(PLACES),
                         rnd.choice(("newspaper", "portal_html", "portal_text")), rnd.choice(("masthead", "document", "crawl")),
                         rnd.choice(SITES)))
        con.executemany("insert into articles (rowid, id, title, body, date_sort, month, publication, place, kind, "
                        "date_source, site) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        con.executemany("insert into articles_search (rowid, title, body) values (?, ?, ?)",
                        [(r, spaced(t), spaced(b)) for r, t, b in batch])
        con.executemany("insert into articles_title_search (rowid, title) values (?, ?)",
                        [(r, spaced(t)) for r, t, _ in batch])
    con.execute("create index idx_articles_date_sort on articles (date_sort)")
    con.commit()
    con.close()


#: What Datasette runs for the search box of `articles` (metadata.yml: newest first by
#: date_sort, 100 rows a page), and the count it shows.
BOX_SQL = ("select id, title, date_sort from articles where rowid in (select rowid from articles_search "
           "where articles_search match escape_fts(:q)) order by date_sort desc limit 101")
BOX_COUNT_SQL = ("select count(*) from articles where rowid in (select rowid from articles_search "
                 "where articles_search match escape_fts(:q))")


def timed(con: sqlite3.Connection, sql: str, params: list[str] | dict[str, str]) -> tuple[float, set[int]]:
    times, rows = [], set()
    for _ in range(3):
        t = time.perf_counter()
        rows = {r[0] for r in con.execute(sql, params)}
        times.append(time.perf_counter() - t)
    return 1000 * statistics.median(times), rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, metavar="DIR",
                    help="build the archive as DIR/clipper.db and keep it; reuse it when it is there")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = (args.keep or Path(tmp)) / "clipper.db"
        t = time.perf_counter()
        if not db.exists():
            db.parent.mkdir(parents=True, exist_ok=True)
            build(db, args.articles)
        n = sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0]
        print(f"{n} articles, built in {time.perf_counter() - t:.1f} s, {db.stat().st_size / 2**20:.0f} MiB")
        con = sqlite3.connect(db)
        con.create_function("clipper_passage", 2, passage, deterministic=True)
        con.create_function("escape_fts", 1, fts_query, deterministic=True)
        canned = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))["databases"]["clipper"]["queries"]
        print(f"{'query':<14} {'rows':>7} {'LIKE rows':>9} {'same':>5} {'index ms':>9} {'LIKE ms':>8}  {'table ms':>8}"
              f"  {'search ms':>9}  {'search_relevance ms':>19}")
        worst = {"index": 0.0, "table": 0.0, "search": 0.0, "search_relevance": 0.0}
        for q in QUERIES:
            terms = q.split()
            ms, found = timed(con, "select rowid from articles_search where articles_search match ?", [fts_query(q)])
            where = " and ".join("(title || ' ' || body) like ?" for _ in terms)
            like_ms, like = timed(con, f"select rowid from articles where {where}", [f"%{x}%" for x in terms])
            page_ms, _ = timed(con, BOX_SQL, {"q": q})
            count_ms, _ = timed(con, BOX_COUNT_SQL, {"q": q})
            box_ms = page_ms + count_ms
            search_ms, _ = timed(con, canned["search"]["sql"], {"q": q})
            ranked_ms, _ = timed(con, canned["search_relevance"]["sql"], {"q": q})
            for key, value in (("index", ms), ("table", box_ms), ("search", search_ms), ("search_relevance", ranked_ms)):
                worst[key] = max(worst[key], value)
            print(f"{q:<14} {len(found):>7} {len(like):>9} {str(found == like):>5} {ms:9.1f} {like_ms:8.1f}  {box_ms:8.1f}"
                  f"  {search_ms:9.1f}  {ranked_ms:19.1f}")
        print("slowest: " + ", ".join(f"{k} {v:.0f} ms" for k, v in worst.items()) + " (goal: < 100 ms)")
        con.close()
        print("\nthe search as Datasette serves it (make serve's settings; ms, median of 3 after a warm-up): the "
              "search box (GET /clipper/articles?_search=…, sent on to the search page: its ranked first page), "
              "the count and facets the page fetches next (/-/search.json), and the table view of every match "
              "(its first page, count and the six facets of metadata.yml, each evaluating the match again)")
        pages = serve_times(db, make_serve_settings())
        print(f"{'query':<14} {'box → page':>11} {'count+facets':>13} {'table view':>11}")
        for q in QUERIES:
            print(f"{q:<14} " + " ".join(f"{pages[q][k]:{w}.0f}" for k, w in (("box", 11), ("counts", 13), ("table", 11))))
        print("slowest: " + ", ".join(f"{k} {max(pages[q][k] for q in QUERIES):.0f} ms" for k in ("box", "counts", "table"))
              + " (goal for the box: < 100 ms)")


def make_serve_settings() -> list[str]:
    """The `--setting NAME VALUE` arguments `make serve` gives Datasette (read from the Makefile,
    so that the bench measures what users run)."""
    args = shlex.split(subprocess.run(["make", "-s", "-n", "serve"], cwd=ROOT, capture_output=True, text=True,
                                      check=True).stdout.strip().splitlines()[-1])
    return [x for i, a in enumerate(args) if a == "--setting" for x in args[i:i + 3]]


def serve_times(db: Path, settings: list[str]) -> dict[str, dict[str, float]]:
    """ms per request of a Datasette server on `db` (as the file clipper.db, so that metadata.yml
    applies; with the project's templates and plugin, as make serve runs it), opened immutable
    (the bench's file does not change): query -> {box, counts, table}."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([str(BIN / "datasette"), "serve", "-i", str(db), "--metadata", str(ROOT / "metadata.yml"),
                             "--template-dir", str(ROOT / "templates"), "--host", "127.0.0.1", "--port", str(port),
                             *settings], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        out: dict[str, dict[str, float]] = {}
        for q in QUERIES:
            e = urllib.parse.quote(q)
            urls = {"box": (f"/clipper/articles?_search={e}", 'class="hit"'),
                    "counts": (f"/-/search.json?q={e}&db=clipper", '"count"'),
                    "table": (f"/clipper/articles?_search={e}&_sort_desc=date_sort&_size=50", "rows where")}
            out[q] = {}
            for key, (path, expect) in urls.items():
                times = []
                for _ in range(4):  # (the first one warms the cache)
                    t = time.perf_counter()
                    with urllib.request.urlopen(base + path, timeout=60) as resp:  # (follows the box's redirect)
                        page = resp.read().decode("utf-8")
                    times.append(time.perf_counter() - t)
                if expect not in page:
                    raise SystemExit(f"{path}: {expect!r} not on the page")
                out[q][key] = 1000 * statistics.median(times[1:])
        return out
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
