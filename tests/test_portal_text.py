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


#: A dump of a portal page without a breadcrumb: footer words in the navigation at the top,
#: the title right above the article, a recommendation list and a disclaimer below.
DUMP_NO_CRUMB = """登录 注册
网站地图 联系我们 设为首页
新闻 政务 视频 图片 专题
临夏州政协开展民营企业发展专题调研
5月14日至16日，临夏州政协组织部分委员深入临夏市、广河县等地，围绕促进民营企业发展开展专题调研。
调研组实地察看了企业生产经营情况，召开座谈会听取意见建议，详细了解企业在融资、用工、用地等方面遇到的困难。
调研组建议，要持续优化营商环境，落实好各项惠企政策，帮助企业解决实际困难，推动民营经济高质量发展。
（来源：民主协商报）
热点推荐
兰州新区举办招商推介会
天水麻辣烫带火文旅消费
特别声明：以上内容为用户上传并发布，本平台仅提供信息存储服务。
"""


def test_dump_without_breadcrumb_finds_the_article_block():
    (a,) = extract_text(DUMP_NO_CRUMB).articles
    assert a.title == "临夏州政协开展民营企业发展专题调研"
    assert len(a.body) == 3 and a.body[0].startswith("5月14日至16日") and a.source == "民主协商报"
    text = "\n".join(a.body)
    for leak in ("联系我们", "热点推荐", "兰州新区", "特别声明", "登录"):
        assert leak not in text
