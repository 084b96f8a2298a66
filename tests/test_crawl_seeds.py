"""End to end: `scrapy crawl seeds` in a subprocess over temporary copies of the seeds."""

from __future__ import annotations

import json
import shutil
import subprocess

from conftest import BIN, ERRORS, ROOT, query, run_crawl

TABLES = {"documents", "articles", "article_sources", "runs", "articles_fts"}


def test_crawl_writes_the_contract_and_a_rerun_changes_nothing(tmp_path, seed_copy):
    db = tmp_path / "a.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    names = {r[0] for r in query(db, "select name from sqlite_master where type in ('table', 'view')")}
    assert TABLES <= names
    assert query(db, "pragma journal_mode")[0][0] == "wal"
    docs = query(db, "select * from documents order by url")
    assert len(docs) == 5 and {d["status"] for d in docs} == {"ok"}
    assert {d["kind"] for d in docs} == {"newspaper", "portal_text"}
    assert all(d["url"].startswith("file://") and d["encoding"] == "utf-8" and d["text"] for d in docs)
    masthead = [d for d in docs if d["publication_date"]]
    assert [(d["publication"], d["publication_date"], d["issue"], d["page"]) for d in masthead] == \
        [("民主协商报", "2022-11-11", "第122期", "4")]
    n = query(db, "select count(*) from articles")[0][0]
    assert n == 34 == query(db, "select count(*) from article_sources")[0][0]
    art = query(db, "select * from articles where title like '安下心%'")[0]
    assert json.loads(art["authors"]) == ["师向东"] and art["kind"] == "feature" and art["continues"] == "转二版"
    assert art["chars"] == sum(len(p) for p in art["body"].split("\n"))
    # trigram full-text search finds a 3-character term in the right article
    hits = query(db, "select a.title from articles a join articles_fts f on f.rowid = a.rowid "
                     "where articles_fts match ?", ("赵丑丑",))
    assert [h[0] for h in hits] == ["安下心扑下身扎下根 真帮实干为群众排忧解难"]

    before = {r["id"]: (r["body"], r["first_seen"]) for r in query(db, "select * from articles")}
    run_crawl(db, "-a", f"path={seed_copy}")
    after = {r["id"]: (r["body"], r["first_seen"]) for r in query(db, "select * from articles")}
    assert after == before
    runs = query(db, "select * from runs order by id")
    assert len(runs) == 2 and runs[1]["articles_unchanged"] == 34 and runs[1]["articles_new"] == 0
    assert query(db, "select count(*) from article_sources")[0][0] == 34


def test_changed_and_removed_files_update_and_remove_articles(tmp_path, seed_copy):
    db = tmp_path / "b.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    ids = {r["title"]: r["id"] for r in query(db, "select id, title from articles")}
    f = seed_copy / "002_d738a449e04fc558.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("用心用情用力落实结对帮扶工作", "用心用情落实结对帮扶工作"),
                 encoding="utf-8")
    (seed_copy / "000_5a792bb087a01331.txt").unlink()
    run_crawl(db, "-a", f"path={seed_copy}")
    run = query(db, "select * from runs order by id desc limit 1")[0]
    assert (run["articles_updated"], run["articles_removed"], run["articles_new"]) == (1, 10, 0)
    edited = query(db, "select id, body from articles where title = '书写“三抓三促”行动优异答卷'")[0]
    assert edited["id"] == ids["书写“三抓三促”行动优异答卷"] and "用心用情落实" in edited["body"]
    assert query(db, "select count(*) from articles")[0][0] == 24
    assert query(db, "select count(*) from documents")[0][0] == 4


def test_bad_input_is_recorded_and_the_rest_is_kept(tmp_path, seed_copy):
    (seed_copy / "empty.txt").write_bytes(b"")
    (seed_copy / "image.txt").write_bytes(bytes(range(256)) * 8)
    (seed_copy / "garbage.txt").write_bytes(b"\x81\x30\xff\xfe\xfd" * 50)
    (seed_copy / "sub").mkdir()
    same = "某县政协召开主席会议\n\n本报某县讯(通讯员张三)3月1日,某县政协召开主席会议,研究部署全年重点工作。"
    (seed_copy / "sub" / "gbk.txt").write_bytes(same.replace("某县", "靖远县").encode("gbk"))
    (seed_copy / "sub" / "utf16.txt").write_bytes(same.replace("某县", "会宁县").encode("utf-16"))
    db = tmp_path / "c.db"
    run_crawl(db, "-a", f"path={seed_copy}", expect=ERRORS)
    errors = {r["url"].rsplit("/", 1)[1]: r["error"] for r in query(db, "select * from documents where status = 'error'")}
    assert set(errors) == {"empty.txt", "image.txt", "garbage.txt"}
    assert "empty" in errors["empty.txt"] and "binary" in errors["image.txt"] and "mojibake" in errors["garbage.txt"]
    enc = {r["url"].rsplit("/", 1)[1]: (r["encoding"], r["encoding_source"]) for r in query(db, "select * from documents")}
    assert enc["gbk.txt"][0] == "gb18030" and enc["utf16.txt"] == ("utf-16-le", "bom")
    assert query(db, "select count(*) from articles where title in (?, ?)",
                 ("靖远县政协召开主席会议", "会宁县政协召开主席会议"))[0][0] == 2
    assert query(db, "select count(*) from articles")[0][0] == 36
    run = query(db, "select * from runs")[0]
    assert (run["documents_ok"], run["documents_error"]) == (7, 3)


def test_one_file_and_the_extract_command(tmp_path, seed_copy):
    db = tmp_path / "d.db"
    run_crawl(db, "-a", f"path={seed_copy / '004_f6448253946e7fc4.txt'}")
    assert query(db, "select count(*) from articles")[0][0] == 1
    out = subprocess.run([str(BIN / "clipper"), "extract", str(seed_copy / "001_508c4b1c04b7cd65.txt")],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["position"] for r in rows] == [0, 1, 2, 3, 4] and rows[4]["kind"] == "interview"
    assert "newspaper" in out.stderr
    missing = subprocess.run([str(BIN / "clipper"), "extract", str(tmp_path / "nope.txt")],
                             capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    summary = subprocess.run([str(BIN / "clipper"), "summary", "--db", str(db)],
                             capture_output=True, text=True, check=True)
    assert summary.stdout.startswith("seeds [ok] started ") and ": 1 documents read (1 ok, 0 errors); articles 1 new" in summary.stdout
    shutil.rmtree(seed_copy)
