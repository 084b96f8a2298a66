"""Duplicates across documents, end to end: `scrapy crawl seeds` over the seeds plus a made
portal repost of one seed article; learned site boilerplate through the real store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from clipper.model import Article, Extraction, Publication
from clipper.storage import Store, document_id
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


# -- content-farm copies, end to end ------------------------------------------------------------

FARM_TITLE = "天水市政协视察农村供水保障工作"
FARM_BODY = [
    "本报天水讯（通讯员李静）4月12日，天水市政协组织部分委员围绕农村供水保障开展专题视察，先后深入秦州区、麦积区的水厂和"
    "村级供水站，实地了解工程建设和运行管护情况。",
    "视察组指出，农村供水事关群众切身利益，要坚持建管并重，完善水价形成机制和维修养护经费保障机制，推动城乡供水一体化向纵深"
    "发展，让农村群众喝上放心水、安全水。",
    "视察组强调，要加快老旧管网改造，强化水源地保护和水质监测，健全县乡村三级管护体系，着力解决部分村组季节性缺水问题，持续"
    "提升农村供水保障水平。",
    "市政协副主席王建国，秘书长赵丽华参加视察。",
]
OTHER_TITLE = "陇南市政协召开党组理论学习中心组会议"
OTHER_BODY = [
    "本报陇南讯（通讯员何小爱）11月29日，陇南市政协党组书记、主席梁英主持召开市政协党组理论学习中心组会议，专题学习习近平"
    "总书记关于主题教育的重要论述，研究部署下一阶段重点工作。",
    "会议强调，要全面落实主题教育重点措施，坚持做到在强化理论学习上求实效、在推动发展上见真章，以高质量履职服务全市工作大局。",
]


def _dump(title: str, body: list[str], source: str = "甘肃政协网") -> str:
    return "\n".join(["首页 > 政协要闻 > 正文", title, f"2024-04-15 来源：{source}", *body, "责任编辑：王芳", "相关阅读",
                      "• 市政协召开主席会议", "版权所有 某某资讯网 ICP备12345678号"]) + "\n"


def _farm_files() -> dict[str, str]:
    glossed = FARM_BODY[0].replace("天水市", "天(tian)水(shui)市").replace("委员", "委(wei)员").replace("水厂", "水(shui)厂")
    twin = [p.replace("天水", "平凉").replace("秦州区、麦积区", "崆峒区、华亭市").replace("李静", "张强").replace("4月12日", "5月20日")
            for p in FARM_BODY]
    return {
        "a-original.txt": _dump(FARM_TITLE, FARM_BODY),
        "b-cut-spam-title.txt": _dump("金沙彩平台登录_金沙彩官网", [FARM_BODY[0], FARM_BODY[1][:40]], "快看新闻"),
        "c-glossed-spam.txt": _dump(FARM_TITLE + "******", [glossed, "因为专注 所以专业", *FARM_BODY[1:]], "头条号"),
        "d-appended.txt": _dump(FARM_TITLE, [*FARM_BODY, *OTHER_BODY], "快看新闻"),
        "e-lead-dropped.txt": _dump(FARM_TITLE, FARM_BODY[1:], "头条号"),
        "f-other.txt": _dump(OTHER_TITLE, OTHER_BODY),
        "g-twin.txt": _dump("平凉市政协视察农村供水保障工作", twin),
    }


def test_farm_copies_merge_in_any_order_and_twins_stay_apart(tmp_path: Path) -> None:
    """Cut, glossed, spammed, lead-less copies and a copy with another item appended are one
    article with the original, whichever comes first; the appended item's own article and a
    template twin stay apart; no spam is stored."""
    files = _farm_files()
    for order in (sorted(files), sorted(files, reverse=True)):
        folder = tmp_path / f"farm-{order[0][0]}"
        folder.mkdir()
        db = tmp_path / f"farm-{order[0][0]}.db"
        for k, name in enumerate(order):
            (folder / f"{k:02d}-{name}").write_text(files[name], encoding="utf-8")
        run_crawl(db, "-a", f"path={folder}", "-s", "CONCURRENT_REQUESTS=1")  # one file at a time, in name order
        groups = {r["url"].rsplit("/", 1)[1][3:]: r["article_id"] for r in query(
            db, "select url, article_id from article_sources")}
        same = {groups[n] for n in files if n[0] in "abcde"}
        assert len(same) == 1, (order[0], groups)
        assert groups["f-other.txt"] not in same and groups["g-twin.txt"] not in same
        assert len(query(db, "select * from articles")) == 3
        stored = " ".join(r["title"] + r["body"] for r in query(db, "select title, body from articles"))
        assert "金沙" not in stored and "专注" not in stored and "(tian)" not in stored and "*" not in stored
        canonical = query(db, "select body from articles where id = ?", (next(iter(same)),))[0]["body"]
        assert canonical == "\n".join(FARM_BODY), "the full, clean text is the canonical one"


def test_migration_6_gives_stored_articles_anchors(tmp_path: Path) -> None:
    """An archive made before containment matching (schema 5) is migrated: its articles get
    anchors, and a cut copy of one of them is found."""
    import sqlite_utils

    from clipper.model import Article as Art
    from clipper.storage import MIGRATIONS, DocumentRecord
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(str(path))
    for migration in MIGRATIONS[:5]:
        migration(db)
    db.execute("PRAGMA user_version = 5")
    body = "\n".join(FARM_BODY)
    db["articles"].insert({"id": "old1", "title": FARM_TITLE, "body": body, "chars": len(body), "content_hash": "x",
                           "first_seen": "2024-01-01", "last_seen": "2024-01-01"})
    db["article_signatures"].insert({"article_id": "old1", "signature": b"\0" * 512})
    db.close()
    store = Store(path, "seeds")
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    store.begin_run()
    cut = Art(title=None, body=[FARM_BODY[0]])
    ex = Extraction(kind="portal_text", text=FARM_BODY[0], encoding="utf-8", encoding_source="declared",
                    publication=Publication(), articles=[cut], furniture=[])
    store.save_batch([DocumentRecord(url="file:///x/cut.txt", status="ok", fetched_at="2024-05-21T00:00:00+00:00",
                                     extraction=ex)])
    assert [r["article_id"] for r in store.db.query("select article_id from article_sources")] == ["old1"]
    store.finish_run()
    store.close()


def test_a_fuller_copy_without_title_keeps_the_articles_title(tmp_path: Path) -> None:
    """A farm copy whose title was spam (none left) and that holds more text becomes the
    canonical text, but the article keeps its title: the item appended to that copy, arriving
    later with its own title, is matched against a titled article and stays apart."""
    from clipper.storage import DocumentRecord
    body = ["天水市政协组织部分委员围绕农村供水保障开展专题视察，先后深入秦州区、麦积区的水厂和村级供水站，"
            "实地了解工程建设和运行管护情况。",
            "视察组指出，农村供水事关群众切身利益，要坚持建管并重，完善水价形成机制和维修养护经费保障机制，"
            "推动城乡供水一体化向纵深发展，让农村群众喝上放心水、安全水。"]
    other = ["7月29日上午，在第95个“八一”建军节来临之际，绥德县在县消防救援大队成功举行了庆“八一”双拥文艺汇演"
             "暨首届“最美退役军人”表彰大会，33名退役军人受到表彰。",
             "县委常委、县人武部政委赵山学在讲话中指出，要积极做好部队官兵家属随军落户、就业安置、子女转学入学等惠军事项，"
             "创新慰问形式，协调相关单位和社会企业丰富官兵精神文化生活，让部队官兵在“第二故乡”感受到家的温馨和幸福。",
             "最后，县文化馆的演员用精湛的表演艺术、极具陕北特色的文艺节目向县武装部、县武警中队和县消防救援大队的全体官兵"
             "进行了慰问演出，向他们表达了节日的祝福和诚挚的问候。",
             "会上，与会人员观看了退役军人先进事迹专题片，受表彰的退役军人代表作了发言，表示将珍惜荣誉、再立新功，"
             "在乡村振兴、基层治理、应急救援等岗位上继续发挥退役军人的优势和作用。"]
    store = Store(tmp_path / "title.db", "portals")
    store.begin_run()
    stamp = "2024-05-20T00:00:00+00:00"
    for url, title, paras in (("https://a.example.org/1.html", "天水市政协视察农村供水保障工作", body),
                              ("https://farm.example.com/2.html", None, body + other),
                              ("https://b.example.org/3.html", "绥德：33名退役军人被表彰", other)):
        _, ex = _page(url, title, paras)  # type: ignore[arg-type]
        store.save_batch([DocumentRecord(url=url, status="ok", fetched_at=stamp, extraction=ex)])
    store.finish_run()
    rows = list(store.db.query("select id, title from articles order by title"))
    store.close()
    assert [r["title"] for r in rows] == ["天水市政协视察农村供水保障工作", "绥德：33名退役军人被表彰"]


def test_a_copy_that_only_adds_stray_lines_is_not_fuller(tmp_path: Path) -> None:
    """A farm copy holding the whole article plus short lines that are no sentence (spam in a
    vocabulary no word list knows, contact lines) does not replace the original: the stored text
    keeps none of them, and the copy is a source of the same article."""
    from clipper.storage import DocumentRecord
    body = ["庆阳市政协组织委员围绕黄土高原综合治理开展专题调研，先后走进西峰区、庆城县的淤地坝和梯田建设现场，"
            "详细了解水土保持工程建设和后期管护情况。",
            "调研组认为，要坚持山水林田湖草沙一体化保护和系统治理，统筹推进塬面保护、沟道治理和坡面整治，"
            "探索生态产品价值实现机制，让绿水青山持续释放生态红利。",
            "调研组建议，进一步加大财政资金整合力度，完善淤地坝运行管护长效机制，引导群众参与治理。"]
    stray = ["鑫源配资 实盘操作 安全稳健", "一站式装修 免费量房"]
    farm = body[:1] + stray[:1] + body[1:] + stray[1:]
    store = Store(tmp_path / "stray.db", "portals")
    store.begin_run()
    stamp = "2024-05-20T00:00:00+00:00"
    for url, paras in (("https://a.example.org/1.html", body), ("https://farm.example.com/2.html", farm)):
        _, ex = _page(url, "庆阳市政协调研黄土高原综合治理", paras)
        store.save_batch([DocumentRecord(url=url, status="ok", fetched_at=stamp, extraction=ex)])
    store.finish_run()
    rows = list(store.db.query("select a.body, d.url from articles a join documents d on d.id = a.canonical_document_id"))
    sources = store.db.execute("select count(*) from article_sources").fetchone()[0]
    store.close()
    assert len(rows) == 1 and rows[0]["url"] == "https://a.example.org/1.html"
    assert not any(s in rows[0]["body"] for s in stray)
    assert sources == 2


def test_the_stores_statements_name_only_columns_of_the_schema(tmp_path: Path) -> None:
    """The per-document writes are statements made from column names; a name the table lacks
    is refused before any SQL is run (no identifier from anywhere else reaches the SQL)."""
    store = Store(tmp_path / "cols.db", "seeds")
    store.begin_run()
    with pytest.raises(ValueError, match="no column"):
        store._upsert("documents", {"id": "x", 'url"; drop table articles; --': "y"}, ("id",))
    with pytest.raises(ValueError, match="no column"):
        store._update("no_such_table", {"id": "x"}, {"status": "ok"})
    store._upsert("documents", {"id": "d1", "url": "file:///a.txt", "status": "ok", "fetched_at": "2024-01-01"}, ("id",))
    store._update("documents", {"id": "d1"}, {"error": "gone"})
    store._upsert("documents", {"id": "d1", "url": "file:///a.txt", "status": "error", "fetched_at": "2024-01-02"},
                  ("id",))  # (the columns it does not name stay as they were)
    assert store._rows("select status, fetched_at, error from documents") == [
        {"status": "error", "fetched_at": "2024-01-02", "error": "gone"}]
    store.close()


def test_what_another_copy_shows_a_farm_inserted_is_left_out_and_a_rerun_changes_nothing(tmp_path: Path) -> None:
    """A farm copy stored first, with lines in a vocabulary no spam rule knows set between the
    paragraphs and a name spliced into the headline: the original arriving later shows them to
    be the farm's. They leave the stored article (recorded in farm_insertions, with the copy that
    showed it), the document keeps them, and the same documents stored again change nothing."""
    from clipper.storage import DocumentRecord
    body = ["庆阳市政协组织委员围绕黄土高原综合治理开展专题调研，先后走进西峰区、庆城县的淤地坝和梯田建设现场，"
            "详细了解水土保持工程建设和后期管护情况。",
            "调研组认为，要坚持山水林田湖草沙一体化保护和系统治理，统筹推进塬面保护、沟道治理和坡面整治，"
            "探索生态产品价值实现机制，让绿水青山持续释放生态红利。",
            "一、完善管护机制",
            "调研组建议，进一步加大财政资金整合力度，完善淤地坝运行管护长效机制，引导群众参与治理。"]
    title = "庆阳市政协调研黄土高原综合治理"
    farm = ["甘肃新闻"] + body[:1] + ["婚纱照特惠套餐限时抢"] + body[1:3] + ["少儿编程免费试听一节"] + body[3:] + ["今日推荐"]
    pages = (("https://farm.example.com/2.html", f"{title}_茅台镇酱香酒", farm),
             ("https://a.example.org/1.html", title, body))
    db = tmp_path / "consensus.db"
    stamp = "2024-05-20T00:00:00+00:00"
    states = []
    for _ in range(2):
        store = Store(db, "portals")
        store.begin_run()
        for url, head, paras in pages:
            _, ex = _page(url, head, list(paras))
            store.save_batch([DocumentRecord(url=url, status="ok", fetched_at=stamp, extraction=ex)])
        store.finish_run()
        states.append((list(store.db.query("select id, title, body, content_hash from articles")),
                       list(store.db.query("select * from farm_insertions order by field, text")),
                       store.db.execute("select count(*) from articles_fts").fetchone()[0], store.counts.articles))
        store.close()
    articles, dropped, _, _ = states[0]
    assert len(articles) == 1
    assert articles[0]["title"] == title
    assert articles[0]["body"] == "\n".join(["甘肃新闻"] + body), "the sub-heading and the line at the start stay"
    assert [(d["field"], d["text"]) for d in dropped] == [("body", "今日推荐"), ("body", "婚纱照特惠套餐限时抢"),
                                                          ("body", "少儿编程免费试听一节"), ("title", "茅台镇酱香酒")]
    assert {d["shown_by"] for d in dropped} == {document_id("https://a.example.org/1.html")}
    assert states[1][:3] == states[0][:3]
    assert states[1][3]["updated"] == 0 and states[1][3]["new"] == 0


#: A report a farm copies, and another report whose opening farms append to it (made examples).
QINGYANG = ["庆阳市政协组织委员围绕黄土高原综合治理开展专题调研，先后走进西峰区、庆城县的淤地坝和梯田建设现场，"
            "详细了解水土保持工程建设和后期管护情况。",
            "调研组认为，要坚持山水林田湖草沙一体化保护和系统治理，统筹推进塬面保护、沟道治理和坡面整治。"]
CITY_RENEWAL = ["据新华社5月16日电，全国城市更新工作推进会在江苏无锡召开，会议总结交流各地推进城市更新的经验做法，"
                "部署下一阶段重点任务。",
                "会议指出，城市更新要坚持问题导向，聚焦老旧小区改造、城中村改造和完整社区建设，补齐民生短板。",
                "会议要求，各地要完善政策机制，拓宽资金渠道，调动居民和社会力量参与，让城市更宜居。"]


def test_an_appended_item_leaves_the_repost_that_carries_it_in_either_order(tmp_path: Path) -> None:
    """A farm copy carries the opening of another report after the article, with a spam line
    between. Whether the report comes before or after the copy, the stored article ends where
    the article ends, the report is its own article, and nothing of either is lost."""
    from clipper.storage import DocumentRecord
    body = list(QINGYANG)
    item = list(CITY_RENEWAL)
    pages = {"farm": ("https://farm.example.com/2.html", "庆阳市政协调研黄土高原综合治理", body + ["私人侦探 婚外取证"] + item[:2]),
             "report": ("https://b.example.org/9.html", "全国城市更新工作推进会召开", item)}
    stamp = "2024-05-20T00:00:00+00:00"
    for order in (("farm", "report"), ("report", "farm")):
        states = []
        for _ in range(2):  # and stored again: nothing changes
            store = Store(tmp_path / f"{order[0]}.db", "portals")
            store.begin_run()
            for name in order:
                url, title, paras = pages[name]
                _, ex = _page(url, title, list(paras))
                store.save_batch([DocumentRecord(url=url, status="ok", fetched_at=stamp, extraction=ex)])
            store.finish_run()
            states.append(({r["id"]: (r["title"], r["body"]) for r in store.db.query("select * from articles")},
                           list(store.db.query("select * from article_sources order by url")), store.counts.articles))
            store.close()
        rows = {title: body for title, body in states[0][0].values()}
        assert rows == {"庆阳市政协调研黄土高原综合治理": "\n".join(body), "全国城市更新工作推进会召开": "\n".join(item)}, order
        assert states[1][:2] == states[0][:2] and states[1][2]["updated"] == states[1][2]["new"] == 0, order


def test_two_copies_with_other_items_appended_become_one_article(tmp_path: Path) -> None:
    """Two farm copies of one report, each with another report's opening appended, share too
    little to match while they carry them; once the items are known and left out they are one
    article (the one stored first keeps its id), whatever came first."""
    from clipper.storage import DocumentRecord
    body = list(QINGYANG)
    x = list(CITY_RENEWAL)
    y = ["7月29日上午，在第95个“八一”建军节来临之际，绥德县在县消防救援大队成功举行了庆“八一”双拥文艺汇演"
         "暨首届“最美退役军人”表彰大会，33名退役军人受到表彰。",
         "县委常委、县人武部政委赵山学在讲话中指出，要积极做好部队官兵家属随军落户、就业安置、子女转学入学等惠军事项，"
         "创新慰问形式，让部队官兵在“第二故乡”感受到家的温馨和幸福。",
         "最后，县文化馆的演员用精湛的表演艺术、极具陕北特色的文艺节目向全体官兵进行了慰问演出。"]
    title = "庆阳市政协调研黄土高原综合治理"
    pages = [("https://c.example.org/y.html", "绥德：33名退役军人被表彰", y),
             ("https://farm1.example.com/1.html", title, body + x[:2]),
             ("https://farm2.example.com/2.html", title, body + ["韩式双眼皮整形特价"] + y[:2]),
             ("https://b.example.org/x.html", "全国城市更新工作推进会召开", x)]
    store = Store(tmp_path / "fold.db", "portals")
    store.begin_run()
    for url, head, paras in pages:
        _, ex = _page(url, head, list(paras))
        store.save_batch([DocumentRecord(url=url, status="ok", fetched_at="2024-05-20T00:00:00+00:00", extraction=ex)])
    store.finish_run()
    articles = {r["title"]: r["body"] for r in store.db.query("select title, body from articles")}
    farms = {r["article_id"] for r in store.db.query("select article_id from article_sources where url like '%farm%'")}
    store.close()
    assert articles[title] == "\n".join(body) and len(articles) == 3
    assert len(farms) == 1


def test_a_short_appended_opening_is_found_by_its_words(tmp_path: Path) -> None:
    """An appended item of two short paragraphs (under a hundred characters: too few for the
    anchors of the near-duplicate search) is found by its opening words in the full-text index."""
    from clipper.storage import DocumentRecord
    body = list(QINGYANG)
    item = ["入冬以来，河西走廊迎来今年首场大范围降雪。",
            "气象部门提醒，降雪将持续到周末，过往车辆要减速慢行，注意防范道路结冰。",
            "据了解，此次降雪对缓解冬春旱情、增加土壤墒情十分有利，各地农业部门已组织农技人员深入田间地头，"
            "指导群众做好设施农业防寒保温和牲畜越冬管理工作。",
            "交通部门已在重点路段提前备足融雪剂和防滑料，安排养护人员全天候巡查，确保道路安全畅通。"]
    store = Store(tmp_path / "short.db", "portals")
    store.begin_run()
    for url, title, paras in (("https://b.example.org/9.html", "河西走廊迎来今冬首场大范围降雪", item),
                              ("https://farm.example.com/2.html", "庆阳市政协调研黄土高原综合治理", body + item[:2])):
        _, ex = _page(url, title, list(paras))
        store.save_batch([DocumentRecord(url=url, status="ok", fetched_at="2024-05-20T00:00:00+00:00", extraction=ex)])
    store.finish_run()
    rows = {r["title"]: r["body"] for r in store.db.query("select title, body from articles")}
    store.close()
    assert rows["庆阳市政协调研黄土高原综合治理"] == "\n".join(body)


def test_reading_an_older_archive_again_compares_what_it_holds(tmp_path: Path) -> None:
    """An archive stored before copies were compared (the appended report still in the repost's
    article, no farm_insertions) is cleaned by reading its documents again (REPROCESS=all)."""
    from clipper.storage import DocumentRecord
    body = list(QINGYANG)
    item = list(CITY_RENEWAL)
    farm = body + item[:2]
    pages = (("https://farm.example.com/2.html", "庆阳市政协调研黄土高原综合治理", farm),
             ("https://b.example.org/9.html", "全国城市更新工作推进会召开", item))
    db = tmp_path / "older.db"

    def store_all() -> None:
        store = Store(db, "portals")
        store.begin_run()
        for url, title, paras in pages:
            _, ex = _page(url, title, list(paras))
            store.save_batch([DocumentRecord(url=url, status="ok", fetched_at="2024-05-20T00:00:00+00:00", extraction=ex)])
        store.finish_run()
        store.close()

    store_all()
    from clipper.storage import open_database
    old = open_database(db)  # as an archive of schema 11 held it
    with old.conn:
        old.execute("delete from farm_insertions")
        old.execute("update articles set body = ? where title = ?", ("\n".join(farm), pages[0][1]))
    old.close()
    store_all()
    assert query(db, "select body from articles where title = ?", (pages[0][1],))[0]["body"] == "\n".join(body)
