"""Benchmark: the Chinese search index (articles_search, one token per CJK character) on a made
archive of N articles, against a LIKE scan: the same rows (recall), and ms per query: all
matching rows, the 10 best by rank, and the 20 best by the canned query `search` of metadata.yml
(bm25 with the title five times, each with its highlighted passage).

Articles are made from the seed articles' sentences, drawn at random (seeded), ~1,500 characters
each. Not a test.

    .venv/bin/python bench/bench_search.py [--articles 100000]
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from clipper.text.search import TOKENIZER, fts_query, passage, spaced

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["提案", "协", "政协委员", "乡村振兴", "委员 提案", "高质量发展", "2022", "调研组", "民主监督 协商"]


def sentences() -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return [s + "。" for s in re.split(r"[。\n]", text) if len(s) >= 8]


def build(path: Path, n: int) -> None:
    pool = sentences()
    rnd = random.Random(1)
    con = sqlite3.connect(path)
    con.execute("create table articles (rowid integer primary key, title text, body text)")
    con.execute(f'create virtual table articles_search using fts5(title, body, tokenize = "{TOKENIZER}")')
    for start in range(0, n, 5000):
        batch = [(i + 1, rnd.choice(pool)[:20], "".join(rnd.choice(pool) for _ in range(rnd.randint(15, 40))))
                 for i in range(start, min(n, start + 5000))]
        con.executemany("insert into articles values (?, ?, ?)", batch)
        con.executemany("insert into articles_search (rowid, title, body) values (?, ?, ?)",
                        [(r, spaced(t), spaced(b)) for r, t, b in batch])
    con.commit()
    con.close()


def timed(con: sqlite3.Connection, sql: str, params: list[str]) -> tuple[float, set[int]]:
    times, rows = [], set()
    for _ in range(3):
        t = time.perf_counter()
        rows = {r[0] for r in con.execute(sql, params)}
        times.append(time.perf_counter() - t)
    return 1000 * statistics.median(times), rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "search.db"
        t = time.perf_counter()
        build(db, args.articles)
        print(f"{args.articles} articles, built in {time.perf_counter() - t:.1f} s, "
              f"{db.stat().st_size / 2**20:.0f} MiB")
        con = sqlite3.connect(db)
        con.create_function("clipper_passage", 2, passage, deterministic=True)
        print(f"{'query':<14} {'rows':>7} {'LIKE rows':>9} {'same':>5} {'index ms':>9} {'LIKE ms':>8}  {'first 10 ms':>11}"
              f"  {'ranked+passage 20 ms':>20}")
        for q in QUERIES:
            terms = q.split()
            ms, found = timed(con, "select rowid from articles_search where articles_search match ?", [fts_query(q)])
            where = " and ".join("(title || ' ' || body) like ?" for _ in terms)
            like_ms, like = timed(con, f"select rowid from articles where {where}", [f"%{x}%" for x in terms])
            first_ms, _ = timed(con, "select rowid from articles_search where articles_search match ? order by rank limit 10",
                                [fts_query(q)])
            ranked_ms, _ = timed(con, "select a.rowid, clipper_passage(coalesce(a.title, '') || ' ' || a.body, ?) "
                                      "from articles_search join articles a on a.rowid = articles_search.rowid "
                                      "where articles_search match ? order by bm25(articles_search, 5.0, 1.0) limit 20",
                                 [q, fts_query(q)])
            print(f"{q:<14} {len(found):>7} {len(like):>9} {str(found == like):>5} {ms:9.1f} {like_ms:8.1f}  {first_ms:11.1f}"
                  f"  {ranked_ms:20.1f}")
        con.close()


if __name__ == "__main__":
    main()
