"""A refresh skips what has not changed, and redoes what must be redone: real crawls (files and
HTTP) into real SQLite files, run twice."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from conftest import FAILED, query, run_crawl
from portal_site import ARTICLES, PortalSite

from clipper.extract import RULES_VERSION
import pytest

from clipper.freshness import (ALL, NEVER, OLDER, StoredState, bytes_unchanged, conditional_headers, file_unchanged,
                               reprocess_mode)

STATE = StoredState(status="ok", sha256="ab", size=10, mtime_ns=5, etag='"e1"',
                    last_modified="Wed, 22 May 2024 08:00:00 GMT", rules_version=RULES_VERSION)
OLD = StoredState(**{**STATE.__dict__, "rules_version": "2000.01.01"})


def test_freshness_rules() -> None:
    assert file_unchanged(STATE, 10, 5, NEVER, RULES_VERSION)
    assert not file_unchanged(STATE, 11, 5, NEVER, RULES_VERSION) and not file_unchanged(STATE, 10, 6, NEVER, RULES_VERSION)
    assert not file_unchanged(None, 10, 5, NEVER, RULES_VERSION)
    assert not file_unchanged(StoredState(**{**STATE.__dict__, "status": "error"}), 10, 5, NEVER, RULES_VERSION)
    assert file_unchanged(OLD, 10, 5, NEVER, RULES_VERSION) and not file_unchanged(OLD, 10, 5, OLDER, RULES_VERSION)
    assert file_unchanged(STATE, 10, 5, OLDER, RULES_VERSION) and not file_unchanged(STATE, 10, 5, ALL, RULES_VERSION)
    assert bytes_unchanged(STATE, "ab", NEVER, RULES_VERSION) and not bytes_unchanged(STATE, "ac", NEVER, RULES_VERSION)
    assert conditional_headers(STATE, NEVER, RULES_VERSION) == {
        "If-None-Match": '"e1"', "If-Modified-Since": "Wed, 22 May 2024 08:00:00 GMT"}
    assert conditional_headers(OLD, OLDER, RULES_VERSION) == {} and conditional_headers(None, NEVER, RULES_VERSION) == {}
    assert [reprocess_mode(v) for v in ("", "0", None, "1", "older", "ALL")] == [NEVER, NEVER, NEVER, OLDER, OLDER, ALL]
    with pytest.raises(ValueError, match="CLIPPER_REPROCESS"):
        reprocess_mode("sometimes")


def snapshot(db: Path) -> dict[str, object]:
    """What a no-op rerun must leave as it was (apart from runs and last_seen)."""
    con = sqlite3.connect(db)
    try:
        return {
            "articles": con.execute("select id, first_seen, title, body from articles order by id").fetchall(),
            "sources": con.execute("select * from article_sources order by 1, 2").fetchall(),
            "documents": con.execute("select url, sha256, status from documents order by url").fetchall(),
            "fts": con.execute("select count(*), sum(length(block)) from articles_fts_data").fetchone(),
        }
    finally:
        con.close()


def last_run(db: Path) -> sqlite3.Row:
    return query(db, "select * from runs order by id desc limit 1")[0]


def test_a_noop_refresh_reads_nothing_and_changes_nothing(seed_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    files = len(list(seed_copy.glob("*.txt")))
    before = snapshot(db)
    query_write(db, "update articles set last_seen = '2000-01-01T00:00:00+00:00'")
    proc = run_crawl(db, "-a", f"path={seed_copy}", "-s", "LOG_LEVEL=INFO")
    run = last_run(db)
    assert (run["documents_ok"], run["documents_unchanged"]) == (0, files)
    assert (run["articles_new"], run["articles_updated"], run["articles_removed"]) == (0, 0, 0)
    assert f"{files} unchanged" in proc.stderr
    assert snapshot(db) == before, "ids, first_seen, texts and the FTS index stay as they were"
    assert not query(db, "select id from articles where last_seen like '2000%'"), "every article marked seen"

    # A touched file (new mtime, same bytes) is read, found unchanged by its sha256, and its
    # new mtime recorded so that the next run does not even open it.
    first = sorted(seed_copy.glob("*.txt"))[0]
    os.utime(first, ns=(first.stat().st_atime_ns, first.stat().st_mtime_ns + 10**9))
    run_crawl(db, "-a", f"path={seed_copy}")
    assert last_run(db)["documents_unchanged"] == files and snapshot(db) == before
    assert query(db, "select mtime_ns from documents where url = ?", (first.as_uri(),))[0][0] == first.stat().st_mtime_ns

    # A changed file is read again, and only it.
    first.write_text(first.read_text(encoding="utf-8") + "\n\n本报讯 一则新增的简讯，说明刷新只读变了的文件。\n", encoding="utf-8")
    run_crawl(db, "-a", f"path={seed_copy}")
    run = last_run(db)
    assert (run["documents_ok"], run["documents_unchanged"]) == (1, files - 1)
    assert snapshot(db)["documents"] != before["documents"]


def test_reprocess_redoes_what_older_rules_read(seed_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    files = len(list(seed_copy.glob("*.txt")))
    assert {r[0] for r in query(db, "select rules_version from documents")} == {RULES_VERSION}
    query_write(db, "update documents set rules_version = '2000.01.01' where url like '%/000_%'")
    older = query(db, "select count(*) from documents where rules_version = '2000.01.01'")[0][0]
    assert older == 1
    run_crawl(db, "-a", f"path={seed_copy}")
    assert last_run(db)["documents_unchanged"] == files, "without CLIPPER_REPROCESS nothing is read again"
    before = snapshot(db)
    run_crawl(db, "-a", f"path={seed_copy}", "-s", "CLIPPER_REPROCESS=1")
    run = last_run(db)
    assert (run["documents_ok"], run["documents_unchanged"]) == (older, files - older)
    assert {r[0] for r in query(db, "select rules_version from documents")} == {RULES_VERSION}
    assert snapshot(db)["articles"] == before["articles"], "the same rules give the same articles, same ids"
    run_crawl(db, "-a", f"path={seed_copy}", "-s", "CLIPPER_REPROCESS=all")
    assert last_run(db)["documents_ok"] == files
    proc = run_crawl(db, "-a", f"path={seed_copy}", "-s", "CLIPPER_REPROCESS=sometimes", expect=FAILED)
    assert "CLIPPER_REPROCESS must be" in proc.stderr


def query_write(db: Path, sql: str) -> None:
    con = sqlite3.connect(db)
    try:
        with con:
            con.execute(sql)
    finally:
        con.close()


def test_an_http_refresh_asks_conditionally(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with PortalSite() as site:
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(f"{site.base}{path}\n" for path in ARTICLES))
        run_crawl(db, "-a", f"urls={urls}", "-s", "DOWNLOAD_DELAY=0", spider="portals")
        stored = query(db, "select url, etag, last_modified from documents where status = 'ok'")
        assert len(stored) == len(ARTICLES) and all(r["etag"] and r["last_modified"] for r in stored)
        before = snapshot(db)
        site.headers.clear()
        run_crawl(db, "-a", f"urls={urls}", "-s", "DOWNLOAD_DELAY=0", spider="portals")
        asked = [h for h in site.headers if "If-None-Match" in h]
        assert len(asked) == len(ARTICLES), "every archived page is asked for with its ETag"
        run = last_run(db)
        assert (run["documents_ok"], run["documents_unchanged"]) == (0, len(ARTICLES))
        assert snapshot(db) == before
        # Read again when the rules that read a page are older (no conditional request then).
        query_write(db, "update documents set rules_version = '2000.01.01'")
        site.headers.clear()
        run_crawl(db, "-a", f"urls={urls}", "-s", "DOWNLOAD_DELAY=0", "-s", "CLIPPER_REPROCESS=1", spider="portals")
        assert not [h for h in site.headers if "If-None-Match" in h]
        assert last_run(db)["documents_ok"] == len(ARTICLES)
        assert snapshot(db)["articles"] == before["articles"]


def test_document_text_can_be_left_out(seed_copy: Path, tmp_path: Path) -> None:
    kept, lean = tmp_path / "kept.db", tmp_path / "lean.db"
    run_crawl(kept, "-a", f"path={seed_copy}")
    run_crawl(lean, "-a", f"path={seed_copy}", "-s", "CLIPPER_KEEP_TEXT=0")
    assert query(lean, "select count(*) from documents where text is not null")[0][0] == 0
    assert query(kept, "select count(*) from documents where text is null")[0][0] == 0
    same = "select id, title, body from articles order by id"
    assert query(kept, same) and [tuple(r) for r in query(kept, same)] == [tuple(r) for r in query(lean, same)]
