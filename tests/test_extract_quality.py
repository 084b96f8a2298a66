"""Quality gate of portal extraction: `with` / `without` snippets for the fixture pages
(tests/data/pages/HOST.SLUG.html) and a score floor on the real pages of ../shared/portal-dev."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.extract import extract_document
from clipper.quality import bigram_prf, leaks, text_dump
from conftest import DATA, SHARED

PAGES = DATA / "pages"

#: fixture page -> (snippets the body must have, snippets it must not have)
EXPECTED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "www.lzzx.example.cn.theory-study.html": (
        ("5月15日，市政协党组理论学习中心组（扩大）会议召开", "各专门委员会负责同志列席会议。"),
        ("当前位置", "发布时间", "分享到", "原标题", "责任编辑", "上一篇", "相关阅读", "版权所有", "ICP备", "登录"),
    ),
    "www.tsszx.example.cn.field-research.html": (
        ("5月17日至18日，市政协组织部分委员和专家", "调研报告将提交市政协常委会议协商。"),
        ("转2版", "记者", "最新文章", "打印本页", "关闭窗口", "技术支持", "您的位置", "网站首页"),
    ),
    "epaper.mzxsb.example.cn.page2.html": (
        ("记者在临夏市城南街道委员履职服务站看到", "居民马大姐说。"),
        ("接1版", "版面导航", "上一版", "PDF版", "字数", "未经书面授权", "临夏州政协推动委员履职向基层延伸"),
    ),
    "news.kuaibao-farm.example.com.repost.html": (
        ("本报讯在日前召开的专题协商会上", "政协委员王建华建议", "网络预订", "5G基站"),
        ("(xié)", "(wǎng)", "\u200b", "热门文章", "最新文章", "网友评论", "微博", "Copyright", "下载APP", "協"),
    ),
}

#: Floors on ../shared/portal-dev (measured 0.937 / 0.000 when set; see `make bench-extract`).
DEV_F1_FLOOR = 0.92
DEV_LEAK_CEILING = 0.03
#: Floors on text dumps of the same pages (measured 0.833 / 0.038 when set).
DUMP_F1_FLOOR = 0.80
DUMP_LEAK_CEILING = 0.06


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_page(name: str) -> None:
    result = extract_document((PAGES / name).read_bytes(), f"http://{name}")
    assert len(result.articles) == 1
    body = result.articles[0].text
    with_, without = EXPECTED[name]
    for snippet in with_:
        assert snippet in body, snippet
    for snippet in without:
        assert snippet not in body, snippet


def test_every_fixture_page_has_expectations() -> None:
    assert {p.name for p in PAGES.glob("*.html")} == set(EXPECTED)


def test_floor_on_real_pages() -> None:
    dev = SHARED / "portal-dev"
    pages = sorted(dev.glob("*.html"))
    if not pages:
        pytest.skip(f"no real pages at {dev}")
    scores, leaked = [], 0
    for page in pages:
        gold = page.with_suffix(".txt").read_text(encoding="utf-8")
        result = extract_document(page.read_bytes(), None)
        body = "\n".join(a.text for a in result.articles)
        scores.append(bigram_prf(gold, body)[2])
        leaked += bool(leaks(gold, body))
    assert sum(scores) / len(scores) >= DEV_F1_FLOOR
    assert leaked / len(pages) <= DEV_LEAK_CEILING


def test_floor_on_text_dumps_of_real_pages() -> None:
    pages = sorted((SHARED / "portal-dev").glob("*.html"))
    if not pages:
        pytest.skip("no real pages")
    scores, leaked = [], 0
    for page in pages:
        gold = page.with_suffix(".txt").read_text(encoding="utf-8")
        result = extract_document(text_dump(page.read_text(encoding="utf-8")).encode("utf-8"))
        assert result.kind == "portal_text"
        body = "\n".join(a.text for a in result.articles)
        scores.append(bigram_prf(gold, body)[2])
        leaked += bool(leaks(gold, body))
    assert sum(scores) / len(scores) >= DUMP_F1_FLOOR
    assert leaked / len(pages) <= DUMP_LEAK_CEILING


def test_latin_text_is_not_damaged(tmp_path: Path) -> None:
    page = ("<html><head><title>标准化工作会议召开</title></head><body><div class='content'>"
            "<p>会议介绍了ISO/TC 71国际标准的制定进展，以及5G网络在政务服务中的应用。</p>"
            "<p>详情见 https://www.example.gov.cn/std/2024/05.html 的公告，委员们进行了讨论。</p>"
            "<p>与会人员还就下一步工作提出了具体意见和建议，会议取得了预期效果。</p></div></body></html>")
    body = extract_document(page.encode("utf-8")).articles[0].text
    assert "ISO/TC 71" in body and "5G" in body and "https://www.example.gov.cn/std/2024/05.html" in body


# --- the second development set (bench/portaldev2: page kinds portal-dev lacks) -------------------

DEV2 = Path(__file__).resolve().parents[1] / "bench" / "portaldev2" / "pages"
#: chrome each kind of page prints that must never reach the article
DEV2_WITHOUT = {
    "oldtable": ("您现在的位置", "点击数", "打印本页", "关闭窗口", "最新公告", "ICP备"),
    "blog": ("博文目录", "博客积分", "阅读(", "前一篇", "新浪BLOG", "写得很实在"),
    "forum": ("只看该作者", "沙发", "板凳", "积分", "支持！这样的协商议事会", "Powered by"),
    "audio": ("音频04：29", "倍速", "声音简介", "专辑里的声音", "播放 3.2万"),
    "video": ("视频简介", "相关视频", "高清", "播放量", "下载客户端"),
    "legal": ("著作权声明", "追究其相关法律责任", "热点推荐"),
    "comments": ("网友评论", "我来说两句", "发表评论", "点赞！", "责任编辑"),
    "gov": ("附件", "扫一扫", "浏览次数", "网站标识码", "承办单位："),
    "epaper": ("数字报首页", "通版阅读", "展开通版", "版次", "字数", "本版新闻", "未经书面授权"),
    "mobile": ("打开APP", "展开全文", "为你推荐", "仅代表作者观点"),
}


def dev2_pages() -> list[tuple[str, str, str]]:
    import json

    return [(x["name"], x["kind"], x["title"]) for x in map(json.loads, (DEV2 / "index.jsonl").read_text(
        encoding="utf-8").splitlines())]


@pytest.mark.parametrize("name,kind,title", dev2_pages())
def test_second_dev_set_page(name: str, kind: str, title: str) -> None:
    from clipper.text.decode import decode_bytes
    from clipper.text.normalize import key

    gold = (DEV2 / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    raw = (DEV2 / f"{name}.html").read_bytes()
    for label, result in (("html", extract_document(raw, f"http://{name}")),
                          ("dump", extract_document(text_dump(decode_bytes(raw).text).encode("utf-8")))):
        assert len(result.articles) == 1, label
        art = result.articles[0]
        body = key(art.text)
        for para in (gold[0], gold[-1]):
            assert key(para)[:14] in body and key(para)[-14:] in body, (label, para[:20])
        for phrase in DEV2_WITHOUT[kind]:
            assert key(phrase) not in body, (label, phrase)
        assert key(art.title) == key(title), (label, art.title)
        assert bigram_prf("\n".join(gold), art.text)[2] >= 0.9, label
    if kind == "epaper":  # the date and the page printed in the e-paper chrome
        assert art.date and art.date.startswith("2024-05-21") or art.date


def test_floor_on_the_second_dev_set() -> None:
    scores, leaked = [], 0
    for name, _, _ in dev2_pages():
        gold = (DEV2 / f"{name}.txt").read_text(encoding="utf-8")
        out = "\n".join(a.text for a in extract_document((DEV2 / f"{name}.html").read_bytes()).articles)
        scores.append(bigram_prf(gold, out)[2])
        leaked += bool(leaks(gold, out))
    assert sum(scores) / len(scores) >= 0.97 and leaked / len(scores) <= 0.02


# --- the third set (bench/portaldev3: sixteen more page families, measured held out once) -------

DEV3 = Path(__file__).resolve().parents[1] / "bench" / "portaldev3" / "pages"
#: chrome each family prints that must never reach the article
DEV3_WITHOUT = {
    "people": ("分享让更多人看到", "责编", "热门排行", "人民网版权所有"),
    "xinhua": ("纠错", "责任编辑", "阅读下一篇", "相关稿件", "分享到"),
    "wechat": ("点击蓝字", "往期推荐", "预览时标签不可点", "阅读原文", "扫一扫", "审核："),
    "discuz": ("摘要", "发布者", "上一篇", "最新评论", "Powered by"),
    "dedecms": ("点击：", "责任编辑", "分隔线", "推荐内容", "热点内容", "DedeCMS"),
    "trs": ("信息来源", "相关链接", "打印本页", "关闭窗口", "TRS_Editor", "技术支持"),
    "netease": ("跟贴", "特别声明", "本文来源", "相关推荐", "网易热搜"),
    "sohu": ("返回搜狐", "责任编辑", "平台声明", "推荐阅读", "24小时热文"),
    "baijia": ("举报/反馈", "扫码阅读", "相关推荐", "兰州新区以项目建设为抓手"),
    "teasers": ("要闻速览", "兰州新区以项目建设为抓手", "编辑：马兰"),
    "interview": ("本文编辑", "更多访谈", "委员访谈｜"),
    "print": ("打印本页", "Copyright", "作者：县政协办"),
    "paginated": ("上一页", "下一页", "本文共2页", "相关文章", "如有侵权"),
    "zhihu": ("人赞同了该文章", "发布于", "添加评论", "申请转载", "写下你的评论", "推荐阅读"),
    "epaper": ("版面导航", "本版标题导航", "第01版", "往期回顾", "未经书面授权"),
    "openinfo": ("索引号", "发布机构", "文号", "【打印】", "相关信息", "网站标识码"),
}


# --- the fourth set (bench/portaldev4: twelve more families, measured held out once) --------------

DEV4 = Path(__file__).resolve().parents[1] / "bench" / "portaldev4" / "pages"
DEV4_WITHOUT = {
    "thepaper": ("澎湃号作者", "扫码下载", "相关推荐", "沪ICP备"),
    "sina": ("分享到", "责任编辑", "新浪新闻公众号", "热门推荐", "SINA"),
    "chinanews": ("参与互动", "【编辑", "更多精彩内容", "相关新闻", "务经书面授权"),
    "toutiao": ("原创", "举报", "头条热榜", "粉丝", "京ICP备"),
    "aspnet": ("阅读次数", "上一条", "下一条", "技术支持", "当前位置"),
    "guangming": ("责编", "扫一扫", "相关阅读", "光明网版权所有"),
    "wordpress": ("发布于", "标签", "上一篇", "发表评论", "电子邮箱地址", "WordPress"),
    "mediacentre": ("来源：古浪县融媒体中心", "审核：", "分享到", "推荐阅读"),
    "h5": ("打开新甘肃客户端", "转载请注明出处", "点赞", "更多新闻", "下载新甘肃客户端"),
    "tieba": ("只看楼主", "来自Android客户端", "沙发", "楼主辛苦了", "贴吧协议"),
    "xuexi": ("来源：甘肃学习平台", "责任编辑", "并不代表本平台", "中共甘肃省委宣传部"),
    "ads": ("扫码下载APP", "广告", "— 完 —", "猜你喜欢", "阅读 2.1万"),
}
#: Checks the rules still miss, with why: a section heading printed first under the meta line
#: reads like chrome in a dump (a rule keeping such a line kept share-button lines on 8 families).
DEV4_MISSES = {("difang.gmw.example.cn.guangming1", "dump"): {"body start"},
               ("www.lssz.example.com.ads1", "dump"): {"body start"}}


def made_pages(folder: Path) -> list[dict[str, str]]:
    import json

    return [json.loads(x) for x in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines()]


def check_made_page(folder: Path, meta: dict[str, str], without: tuple[str, ...],
                    misses: dict[tuple[str, str], set[str]]) -> None:
    from clipper.quality import page_checks
    from clipper.text.decode import decode_bytes
    from clipper.text.normalize import key

    gold = (folder / f"{meta['name']}.txt").read_text(encoding="utf-8")
    raw = (folder / f"{meta['name']}.html").read_bytes()
    for label, data in (("html", raw), ("dump", text_dump(decode_bytes(raw).text).encode("utf-8"))):
        failed = {k for k, ok in page_checks(data, gold, meta).items() if not ok}
        assert failed == misses.get((meta["name"], label), set()), (label, failed)
        body = key("\n".join(a.text for a in extract_document(data).articles))
        for phrase in without:
            assert key(phrase) not in body, (label, phrase)


@pytest.mark.parametrize("meta", made_pages(DEV3), ids=lambda m: m["name"])
def test_third_dev_set_page(meta: dict[str, str]) -> None:
    """Title, date, first and last words, no chrome line and no junk, for the page and for its
    text dump; and none of the family's chrome phrases."""
    check_made_page(DEV3, meta, DEV3_WITHOUT[meta["kind"]], {})


@pytest.mark.parametrize("meta", made_pages(DEV4), ids=lambda m: m["name"])
def test_fourth_dev_set_page(meta: dict[str, str]) -> None:
    check_made_page(DEV4, meta, DEV4_WITHOUT[meta["kind"]], DEV4_MISSES)
