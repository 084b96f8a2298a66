from clipper.extract import extract_text
from clipper.text.detect import detect_kind
from clipper.text.portal_text import clean_repost

DUMP = """甘肃政协网
首页 新闻 视察 提案
当前位置：首页 > 市州动态 > 正文
白银市政協召開提案工作座談會
发布时间：2024-03-05 来源：白银日报 作者：王小明
本報白银讯（記者王小明）3月4日，白银市政協(xié)召開提案工作座談會，ISO/TC 71 代表列席。
会议要求，要提高提案质量。（转2版）
原标题：白银召开提案工作座谈会
责任编辑：李华
相关新闻
  • 兰州市政协召开常委会议
  • 天水市政协开展专题视察
上一篇：某某新闻
版权所有 甘肃政协网 陇ICP备00000000号
"""


def test_portal_dump_keeps_only_the_article_with_its_fields():
    r = extract_text(DUMP)
    assert r.kind == "portal_text"
    (a,) = r.articles
    assert a.title == "白银市政协召开提案工作座谈会"
    assert a.body == ["本报白银讯（记者王小明）3月4日，白银市政协召开提案工作座谈会，ISO/TC 71代表列席。",
                      "会议要求，要提高提案质量。"]
    assert (a.place, a.date, a.editor, a.continues) == ("白银", "2024-03-04", "李华", "转2版")
    assert a.original_title == "白银召开提案工作座谈会" and a.authors == ["王小明"]
    assert r.publication.name == "白银日报" and r.publication.date == "2024-03-05"
    text = "\n".join(a.body)
    for leak in ("当前位置", "相关新闻", "兰州市政协召开常委会议", "上一篇", "版权所有", "责任编辑", "首页"):
        assert leak not in text


def test_repost_noise_is_removed_and_latin_kept():
    assert clean_repost("政協(xié)網(wǎng)絡 5G ISO/TC 71") == "政协网络 5G ISO/TC 71"
    assert clean_repost("干部后来里面") == "干部后来里面"


def test_kind_from_content():
    assert detect_kind("<!DOCTYPE html><html><body><p>正文</p></body></html>") == "portal_html"
    assert detect_kind(DUMP) == "portal_text"
    assert detect_kind("某某政协召开会议\n\n本报兰州讯(通讯员甲)1月2日,某某政协召开会议。") == "newspaper"
