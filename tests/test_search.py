"""Chinese search on SQLite: the spaced index (clipper.text.search), its queries, its migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import run_crawl

from clipper.storage import open_database
from clipper.text.search import fts_query, spaced


def test_every_chinese_character_is_a_token() -> None:
    assert spaced("政协委员提出提案") == "政 协 委 员 提 出 提 案"
    assert spaced("G20峰会在2024年召开") == "G20 峰 会 在 2024 年 召 开"
    assert spaced("ＡＢＣ委员") == "ABC 委 员"  # NFKC, as typed either way
    # White space and punctuation break adjacency, as for LIKE: 提，案 does not hold 提案.
    assert spaced("提，案 提 案") == "提 § 案 § 提 § 案"
    assert spaced(None) == ""


def test_queries_are_phrases_of_characters() -> None:
    assert fts_query("提案") == '"提 案"'
    assert fts_query(" 委员  提案 ") == '"委 员" "提 案"'
    assert fts_query('a"b') == '"a b"'
    assert fts_query("") == '""'


def count(con: sqlite3.Connection, query: str) -> int:
    return con.execute("select count(*) from articles_search where articles_search match ?", (fts_query(query),)).fetchone()[0]


def test_an_older_archive_gets_the_index(tmp_path: Path, seed_copy: Path) -> None:
    db = tmp_path / "old.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    con = sqlite3.connect(db)
    with con:
        for trigger in ("articles_search_ai", "articles_search_ad", "articles_search_au", "articles_title_search_ai",
                        "articles_title_search_ad", "articles_title_search_au"):
            con.execute(f"drop trigger {trigger}")
        con.execute("drop table articles_search")
        con.execute("drop table articles_title_search")
        for index in ("idx_articles_date_sort", "idx_articles_month", "idx_articles_site"):
            con.execute(f"drop index {index}")
        for column in ("date_sort", "date_source", "month", "site"):
            con.execute(f"alter table articles drop column {column}")
        con.execute("pragma user_version = 7")
    con.close()
    open_database(db).conn.close()
    con = sqlite3.connect(db)
    try:
        like = con.execute("select count(*) from articles where title like '%提案%' or body like '%提案%'").fetchone()[0]
        assert like and count(con, "提案") == like
        titled = con.execute("select count(*) from articles where title like '%提案%'").fetchone()[0]
        assert titled and con.execute("select count(*) from articles_title_search where articles_title_search match ?",
                                      (fts_query("提案"),)).fetchone()[0] == titled
        assert con.execute("select count(*) from articles where date_sort is null or month is null").fetchone()[0] == 0
        assert {r[0] for r in con.execute("select distinct site from articles")} == {"local files"}
    finally:
        con.close()


def test_dates_that_sort() -> None:
    from clipper.text.metadata import sortable_date

    seen = "2026-03-10T08:00:00+00:00"
    assert sortable_date("2024-05-16", "2024-05-17", seen) == ("2024-05-16", "article")
    assert sortable_date("--11-28", "2023-11-29", seen) == ("2023-11-28", "page")
    assert sortable_date("--02-28", None, seen) == ("2026-02-28", "crawl")
    assert sortable_date("--11-28", None, seen) == ("2025-11-28", "crawl"), "not a date after the crawl"
    assert sortable_date(None, "2023-11-29", seen) == ("2023-11-29", "page")
    assert sortable_date(None, None, seen) == ("2026-03-10", "crawl")


def test_every_article_has_a_sortable_date(tmp_path: Path, seed_copy: Path) -> None:
    db = tmp_path / "d.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    con = sqlite3.connect(db)
    try:
        rows = con.execute("select date, date_sort, date_source, month from articles").fetchall()
    finally:
        con.close()
    assert rows and all(len(ds) == 10 and month == ds[:7] and src in ("article", "page", "crawl")
                        for _, ds, src, month in rows)
    assert all(ds == date for date, ds, src, _ in rows if src == "article")
    assert all(ds.endswith(date[1:]) for date, ds, _, _ in rows if date and date.startswith("--"))


def test_the_passage_of_a_match_marks_every_match_in_it() -> None:
    from clipper.text.search import MARK_CLOSE, MARK_OPEN, passage

    text = "市政协召开专题协商会议，委员们就提案办理工作提出建议。" + "会议强调，要把提案办理好。" + "其他内容。" * 30
    out = passage(text, "提案", context=20)
    assert out.count(MARK_OPEN + "提案" + MARK_CLOSE) == 2 and out.endswith("…") and not out.startswith("…")
    # Latin is matched case-blind and full-width folded, as the index matches it; the passage
    # shows the text as stored.
    assert MARK_OPEN + "ＣＰＰＣＣ" + MARK_CLOSE in passage("The ＣＰＰＣＣ met", "cppcc")
    # Nothing matches: the text's start; far from the start: cut on both sides.
    assert passage("没有匹配的文字", "提案") == "没有匹配的文字"
    far = passage("前" * 100 + "提案" + "后" * 100, "提案", context=5)
    assert far == "…" + "前" * 5 + MARK_OPEN + "提案" + MARK_CLOSE + "后" * 5 + "…"


def test_the_title_index_follows_the_articles(tmp_path: Path) -> None:
    """articles_title_search is kept in sync by triggers: a new title, a changed one, a deleted row."""
    store = open_database(tmp_path / "t.db")
    db = store.conn

    def titled(q: str) -> int:
        return db.execute("select count(*) from articles_title_search where articles_title_search match ?",
                          (fts_query(q),)).fetchone()[0]
    values = {r[1]: None for r in db.execute("pragma table_info(articles)")}
    values.update({"id": "a1", "title": "通渭县政协集中交办提案", "body": "正文"})
    names = ", ".join(values)
    db.execute(f"insert into articles ({names}) values ({', '.join('?' for _ in values)})", list(values.values()))
    assert titled("提案") == 1 and titled("交办") == 1
    db.execute("update articles set title = ? where id = ?", ("岷县政协召开常委会会议", "a1"))
    assert titled("提案") == 0 and titled("常委") == 1
    db.execute("delete from articles where id = ?", ("a1",))
    assert titled("常委") == 0
    db.close()
