"""`scrapy crawl portals` over real HTTP against the fixture portal (tests/portal_site.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ERRORS, FAILED, query, run_crawl
from portal_site import ARTICLES, BROKEN, FORBIDDEN, HUGE, MISSING, OFFSITE, SLOW, PortalSite

LEAKS = ("相关阅读", "热门文章", "最新文章", "上一篇", "下一篇", "当前位置", "版权所有", "ICP备", "责任编辑",
         "分享到", "来源", "网友评论", "打印本页", "版次", "字数", "(xié)", "\u200b", "\ufffd")
#: Crawl settings that make the failure cases quick: 1 s timeout, one retry, 200 kB cap, no delay.
FAST = ("-s", "DOWNLOAD_TIMEOUT=1", "-s", "RETRY_TIMES=1", "-s", "DOWNLOAD_MAXSIZE=200000",
        "-s", "DOWNLOAD_DELAY=0")


def portals_file(tmp_path: Path, base: str) -> Path:
    path = tmp_path / "portals.toml"
    path.write_text(f"""
[[portal]]
name = "fixture"
allow_private = true
start_urls = ["{base}/list/1.html", "{base}/rss.xml"]
article = ['/news/\\d{{4}}/[\\w-]+\\.html$', '/private/']
follow = ['/list/\\d+\\.html$']
delay = 0
concurrency = 4

[[portal]]
name = "mapped"
allow_private = true
start_urls = ["{base}/sitemap.xml"]
article = ['/news/']
enabled = false

[[portal]]
name = "dormant"
allow_private = true
start_urls = ["{base}/list/2.html"]
article = ['/news/']
enabled = false
""", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PortalSite, str]:
    tmp = tmp_path_factory.mktemp("portals")
    db = tmp / "portals.db"
    with PortalSite() as site:
        proc = run_crawl(db, "-s", f"CLIPPER_PORTALS={portals_file(tmp, site.base)}", *FAST, spider="portals",
                         expect=ERRORS)
        requests = list(site.requests)
        site.requests.clear()
        again = run_crawl(db, "-s", f"CLIPPER_PORTALS={portals_file(tmp, site.base)}", *FAST, spider="portals",
                          expect=ERRORS)
        site.rerun_requests = list(site.requests)  # type: ignore[attr-defined]
    site.requests = requests
    return db, site, proc.stderr + "\n" + again.stderr


def test_exactly_the_articles(crawled: tuple[Path, PortalSite, str]) -> None:
    db, site, _ = crawled
    ok = {r["url"].split("127.0.0.1", 1)[1].split("/", 1)[1] for r in query(db, "select url from documents where status='ok'")}
    assert ok == {p.lstrip("/") for p in ARTICLES}
    titles = {r["title"] for r in query(db, "select title from articles")}
    assert titles == {"兰州市政协召开党组理论学习中心组（扩大）会议", "天水市政协就城乡供水一体化开展专题调研",
                      "委员履职服务站建在家门口", "甘肃政协委员建言乡村旅游高质量发展"}
    assert {r["site"] for r in query(db, "select distinct site from articles")} == {"127.0.0.1"}  # the facet


def test_error_rows_say_why(crawled: tuple[Path, PortalSite, str]) -> None:
    db, _, _ = crawled
    errors = {r["url"].split("127.0.0.1", 1)[1].split("/", 1)[1]: r["error"]
              for r in query(db, "select url, error from documents where status='error'")}
    assert set(errors) == {p.lstrip("/") for p in (MISSING, BROKEN, SLOW, HUGE)}
    assert errors[MISSING.lstrip("/")] == "HTTP 404"
    assert errors[BROKEN.lstrip("/")] == "HTTP 500"
    assert errors[SLOW.lstrip("/")].startswith("timeout")
    assert errors[HUGE.lstrip("/")].startswith("too large")


def test_politeness(crawled: tuple[Path, PortalSite, str]) -> None:
    _, site, _ = crawled
    assert "/robots.txt" in site.requests
    assert FORBIDDEN not in site.requests, "robots.txt forbids /private/"
    assert site.requests.count(BROKEN) == 2, "a 500 is retried (RETRY_TIMES=1)"
    assert site.requests.count(MISSING) == 1, "a 404 is not retried"
    assert not any("elsewhere" in r for r in site.requests)
    assert site.user_agents and all(ua.startswith("clipper/") for ua in site.user_agents)


def test_articles_are_clean(crawled: tuple[Path, PortalSite, str]) -> None:
    db, _, _ = crawled
    for art in query(db, "select * from articles"):
        for phrase in LEAKS:
            assert phrase not in art["body"], (art["title"], phrase)
        assert art["date"] and art["date"].startswith("2024-05-")
    by_title = {r["title"]: r for r in query(db, "select * from articles")}
    lz = by_title["兰州市政协召开党组理论学习中心组（扩大）会议"]
    assert (lz["source"], json.loads(lz["authors"]), lz["editor"]) == ("兰州政协网", ["王文斌"], "马晓燕")
    assert lz["original_title"] == "市政协党组理论学习中心组举行专题学习"
    ts = by_title["天水市政协就城乡供水一体化开展专题调研"]
    assert ts["continues"] == "转2版" and json.loads(ts["authors"]) == ["杨帆", "何志强"]
    ep = by_title["委员履职服务站建在家门口"]
    assert ep["subtitle"] == "临夏州政协推动委员履职向基层延伸" and ep["continues"] == "接1版"
    farm = by_title["甘肃政协委员建言乡村旅游高质量发展"]
    assert "政协委员王建华建议" in farm["body"] and "网络预订" in farm["body"] and "5G基站" in farm["body"]
    assert farm["source"] == "民主协商报"


def test_encodings_recorded(crawled: tuple[Path, PortalSite, str]) -> None:
    db, _, _ = crawled
    rows = {r["url"].rsplit("/", 1)[1]: r for r in query(db, "select * from documents where status='ok'")}
    assert rows["0520-water-supply.html"]["encoding"] == "gb18030"
    assert "wrong" in rows["0520-water-supply.html"]["encoding_source"]
    assert rows["0522-service-station.html"]["encoding"] == "gb18030"
    for row in rows.values():
        assert "\ufffd" not in row["text"]
    # The original stays in documents: traditional characters and all.
    assert "甘肅政協委員" in rows["0521-rural-tourism.html"]["text"]


def test_rerun_fetches_no_known_article(crawled: tuple[Path, PortalSite, str]) -> None:
    db, site, _ = crawled
    again = site.rerun_requests  # type: ignore[attr-defined]
    assert not set(again) & set(ARTICLES), "articles already archived are not fetched again"
    run = query(db, "select * from runs order by id desc limit 1")[0]
    assert (run["articles_new"], run["articles_updated"], run["articles_removed"]) == (0, 0, 0)
    assert len(query(db, "select * from articles")) == 4


def test_url_list_and_one_portal(tmp_path: Path) -> None:
    db = tmp_path / "list.db"
    with PortalSite() as site:
        urls = tmp_path / "urls.txt"
        urls.write_text(f"# two pages\n{site.base}/news/2024/0520-water-supply.html\n\n{site.base}{MISSING}\n")
        run_crawl(db, "-a", f"urls={urls}", *FAST, spider="portals", expect=ERRORS)
        assert "/list/1.html" not in site.requests, "a URL list is fetched as is, nothing followed"
        rows = {r["status"] for r in query(db, "select status from documents")}
        assert rows == {"ok", "error"}
        site.requests.clear()
        run_crawl(db, "-a", "portal=dormant", "-s", f"CLIPPER_PORTALS={portals_file(tmp_path, site.base)}",
                  *FAST, spider="portals", expect=ERRORS)
        assert "/list/2.html" in site.requests and "/list/1.html" not in site.requests
        site.requests.clear()
        mapped = tmp_path / "mapped.db"
        run_crawl(mapped, "-a", "portal=mapped", "-s", f"CLIPPER_PORTALS={portals_file(tmp_path, site.base)}",
                  *FAST, spider="portals")
        assert "/sitemap-news.xml" in site.requests
        urls = {r["url"].rsplit("/", 1)[1] for r in query(mapped, "select url from documents where status = 'ok'")}
        assert urls == {"0516-theory-study.html", "0520-water-supply.html"}


def test_bad_portals_file_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "portals.toml"
    bad.write_text('[[portal]]\nname = "x"\nstart_urls = ["ftp://nowhere"]\narticle = ["/"]\n')
    proc = run_crawl(tmp_path / "bad.db", "-s", f"CLIPPER_PORTALS={bad}", spider="portals", expect=FAILED)
    assert "'start_urls' must list http(s) URLs" in proc.stderr


def test_redirects_and_urls_that_leave_their_scope_are_refused(tmp_path: Path) -> None:
    """Two loopback servers: the portal, and another port on 127.0.0.1 standing for whatever a
    redirect may point at (an admin port, a metadata service). Nothing reaches the second."""
    with PortalSite() as site, PortalSite() as other:
        site.offsite = f"{other.base}/list/1.html"
        urls = tmp_path / "urls.txt"
        port = site.base.rsplit(":", 1)[1]
        urls.write_text(f"{site.base}{OFFSITE[0]}\nfile:///etc/passwd\n"
                        f"http://editor:secret@127.0.0.1:{port}/news/2024/0520-water-supply.html\n")
        db = tmp_path / "ssrf.db"
        run_crawl(db, "-a", f"urls={urls}", *FAST, spider="portals", expect=ERRORS)
        portal = tmp_path / "portals.toml"
        portal.write_text(f'[[portal]]\nname = "moved"\nallow_private = true\nstart_urls = ["{site.base}{OFFSITE[1]}"]\n'
                          f'article = ["/news/"]\nfollow = ["/list/"]\ndelay = 0\n', encoding="utf-8")
        run_crawl(db, "-s", f"CLIPPER_PORTALS={portal}", *FAST, spider="portals", expect=ERRORS)
        assert other.requests == [], "no request reached the server outside the scope"
    rows = {r["url"]: r for r in query(db, "select * from documents")}
    assert rows[f"{site.base}{OFFSITE[0]}"]["error"].startswith(f"refused: port {other.base.rsplit(':', 1)[1]}")
    assert rows["file:///etc/passwd"]["error"].startswith("refused: only http(s)")
    assert not any("secret" in u or "editor" in u for u in rows), "user info is never stored"
    assert rows[f"{site.base}/news/2024/0520-water-supply.html"]["status"] == "ok"
    assert not any("Authorization" in h or "Cookie" in h for h in site.headers)
    run = query(db, "select * from runs order by id desc limit 1")[0]
    assert run["status"] == "errors" and "listing" in run["error"] and "refused" in run["error"]
