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
