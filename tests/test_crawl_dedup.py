"""Duplicates across documents, end to end: `scrapy crawl seeds` over the seeds plus a made
portal repost of one seed article; learned site boilerplate through the real store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from clipper.model import Article, Extraction, Publication
from clipper.storage import Store
from conftest import DATA, query, run_crawl

REPOST = DATA / "repost" / "longyuan.example.com.dingxi-study.html"
ORIGINAL_TITLE = "定西市政协召开党组理论学习中心组（扩大）会议"


def test_repost_merges_with_the_newspaper_original(seed_copy: Path, tmp_path: Path) -> None:
    shutil.copy(REPOST, seed_copy / REPOST.name)
    db = tmp_path / "dedup.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    articles = query(db, "select * from articles")
    assert len(articles) == 34, "the repost is no new article"
    rows = query(db, "select a.id, a.body, s.title, s.url from articles a join article_sources s on s.article_id = a.id "
                     "where a.title = ?", (ORIGINAL_TITLE,))
    assert len(rows) == 2 and len({r["id"] for r in rows}) == 1
    assert {r["title"] for r in rows} == {ORIGINAL_TITLE, "定西政协：理论学习中心组开展专题学习"}
    assert rows[0]["body"].startswith("本报定西讯"), "the newspaper text is the canonical version"
    # Seed reports written on one template stay apart.
    template = query(db, "select title from articles where title like '%理论学习中心组%'")
    assert len(template) >= 5
    run = query(db, "select * from runs order by id desc limit 1")[0]
    assert run["articles_merged"] == 1
    run_crawl(db, "-a", f"path={seed_copy}")
    run = query(db, "select * from runs order by id desc limit 1")[0]
    assert (run["articles_new"], run["articles_updated"], run["articles_removed"], run["articles_merged"]) == (0, 0, 0, 0)


def test_original_arriving_after_the_repost_becomes_canonical(seed_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "order.db"
    repost_dir = tmp_path / "reposts"
    repost_dir.mkdir()
    shutil.copy(REPOST, repost_dir / REPOST.name)
    run_crawl(db, "-a", f"path={repost_dir}")
    first = query(db, "select id, body from articles")
    assert len(first) == 1 and not first[0]["body"].startswith("本报")
    run_crawl(db, "-a", f"path={seed_copy}")
    row = query(db, "select id, body, title from articles where id = ?", (first[0]["id"],))[0]
    assert row["body"].startswith("本报定西讯") and row["title"] == ORIGINAL_TITLE
    assert len(query(db, "select * from article_sources where article_id = ?", (row["id"],))) == 2


def _page(url: str, title: str, paragraphs: list[str]) -> tuple[str, Extraction]:
    art = Article(title=title, body=paragraphs, date="2024-05-20")
    return url, Extraction(kind="portal_html", text="\n".join(paragraphs), encoding="utf-8", encoding_source="declared",
                           publication=Publication(), articles=[art], furniture=[])


def test_site_boilerplate_is_learned_and_applied(tmp_path: Path) -> None:
    from clipper.storage import DocumentRecord
    slogan = "欢迎关注兰州政协网微信公众号，获取更多政协资讯。"
    bodies = [["市政协召开主席会议，研究部署近期重点工作。会议听取了有关情况汇报。", slogan],
              ["市政协委员深入企业开展营商环境调研，提出了意见建议。", slogan],
              ["市政协举办委员读书活动分享会，委员们交流了读书体会。", slogan],
              ["市政协开展农村人居环境整治专题视察，实地察看了多个村庄。", slogan]]
    store = Store(tmp_path / "site.db", "portals")
    store.begin_run()
    records = []
    for i, body in enumerate(bodies[:3]):
        url, ex = _page(f"https://www.lzzx.example.cn/news/{i}.html", f"标题{i}", body)
        records.append(DocumentRecord(url=url, status="ok", fetched_at="2024-05-20T00:00:00+00:00", extraction=ex))
    store.save_batch(records)
    assert store.learn_boilerplate() == 1
    for row in store.db.query("select body from articles"):
        assert slogan not in row["body"]
    # A later page of the site loses the learned paragraph when it is stored.
    url, ex = _page("https://www.lzzx.example.cn/news/9.html", "标题9", bodies[3])
    store.save_batch([DocumentRecord(url=url, status="ok", fetched_at="2024-05-21T00:00:00+00:00", extraction=ex)])
    body = next(iter(store.db.query("select a.body from articles a join article_sources s on s.article_id = a.id "
                                    "where s.url = ?", [url])))["body"]
    assert slogan not in body and "人居环境" in body
    # Another site keeps the same paragraph.
    url, ex = _page("https://other.example.org/a.html", "标题", bodies[3])
    store.save_batch([DocumentRecord(url=url, status="ok", fetched_at="2024-05-21T00:00:00+00:00", extraction=ex)])
    rows = [json.dumps(r) for r in store.db.query("select site, paragraph from site_boilerplate")]
    assert len(rows) == 1 and "lzzx" in rows[0]
    store.finish_run()
    store.close()


def test_the_same_page_in_two_files_is_one_set_of_articles(seed_copy: Path, tmp_path: Path) -> None:
    first = sorted(seed_copy.glob("*.txt"))[0]
    shutil.copy(first, seed_copy / ("copy-of-" + first.name))
    db = tmp_path / "twice.db"
    run_crawl(db, "-a", f"path={seed_copy}")
    assert len(query(db, "select * from articles")) == 34
    per_article = query(db, "select article_id, count(*) n from article_sources group by article_id")
    assert sum(1 for r in per_article if r["n"] == 2) == 10  # the ten articles of that page
