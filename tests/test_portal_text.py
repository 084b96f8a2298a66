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


def test_a_byline_opening_with_a_box_is_no_list_item():
    """A newspaper's byline opens with a box (``□ 本报通讯员 杨春燕``), as a web page's list
    items open with bullets; counted as a portal's list, it tipped a page of one dateline (a
    feature beside a report, the masthead drawn last) over to a portal's text."""
    page = "\n".join(["初秋的瓜州，戈壁滩上一", "座座温室大棚整齐排列。", "戈壁滩上种出“致富瓜”", "□ 本报通讯员 杨春燕",
                      "本报金塔讯（记者 文敏）5月19日，", "金塔县政协召开数字乡村建设专题协商", "会。"])
    assert detect_kind(page) == "newspaper"
    assert detect_kind(page.replace("□ 本报通讯员 杨春燕", "□ 首页推荐")) == "portal_text"
    from conftest import ROOT
    text = (ROOT / "bench" / "typst_pages" / "dev8" / "text" / "pypdf" / "t013.pypdf.txt").read_text(encoding="utf-8")
    arts = extract_text(text).articles
    assert [len(a.body) for a in arts] == [8, 3]


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


VIDEO_DUMP = "\n".join(
    ["影视网", "首页", "新闻", "视频", "影视网>新闻>电影资讯", "《北京影人》访谈节目5月20日起播出",
     "时间：2024.05.20 来源：影视网 分享到：", "《北京影人》访谈节目5月20日起电影频道22:00播出", "展开", "广告",
     "正在为您切换到高清 480P,请稍候...", "播放速度：2X", "00:00 / 00:00", "直播", "倍速", "2.0X", "1.5X", "1.0X",
     "高清", "超清", "标清", "循环播放", "跳过片头", "很抱歉，当前视频播放失败", "时长：01:45 建议WIFI下打开",
     "影视网讯 以光影之名，探寻首都文化魅力。5月20日22点起，栏目将推出系列访谈节目，五位影人将讲述他们的成长"
     "故事和艺术生涯，用电影人的艺术探索构建起首都文化的光影长廊。",
     "相关新闻",
     "转型当前，他如何在新片中做到一人千面？ 2024-05-15",
     "热门新闻",
     "《顶点》定档！60岁老演员演赛车手",
     "日前，由导演执导、多位演员主演的赛车电影发布定档预告，影片讲述一位昔日车手重返赛道的故事，"
     "预告中赛车场面激烈，观众期待值很高，影片将于明年夏天在全球上映，国内上映日期另行公布。",
     "《绝地战警4》曝制式海报 两位主演重磅回归！",
     "日前，电影《绝地战警4》发布多款制式海报，包括多种特殊影厅版本，海报上两位主演并肩而立，"
     "气势十足，影片讲述两位老搭档再度联手的故事，这部续集已经定档六月，在北美上映。"])


def test_the_article_under_the_pages_header_wins_over_longer_teasers_further_down():
    """A video page: title and meta line, then thirty lines of player chrome, then the article (one
    paragraph); further down, under a link list, teasers of other articles with more prose. The
    page's header marks its own article."""
    (a,) = extract_text(VIDEO_DUMP).articles
    assert a.title == "《北京影人》访谈节目5月20日起播出"
    assert len(a.body) == 1 and a.body[0].startswith("影视网讯") and "光影长廊" in a.body[0]


def test_recommendation_lists_end_the_article_in_either_script():
    """``其他人也在看`` (a portal's recommendations) and labels printed in traditional characters
    (``相關新聞``) end the article as ``相关新闻`` does."""
    from clipper.text.boilerplate import is_list_label
    for label in ("其他人也在看", "大家都在看", "相關新聞", "熱門文章", "為你推薦", "相关阅读："):
        assert is_list_label(label), label
    assert is_list_label("相关资讯营养成分粥好吃的维生素冰糖腊八节腊八粥")  # the label with its tags run on
    assert not is_list_label("相关部门负责人表示，将加快推进。")
    assert not is_list_label("相关新闻发布会上，发言人介绍了情况。")
    # an encyclopedia entry's text ends at its references; a poem's notes (注释) are its text
    assert is_list_label("参考文献 [ 编辑 ]") and is_list_label("参考资料") and is_list_label("注释 [ 编辑 ]")
    assert not is_list_label("注释")
    head = "\n".join(["雅虎香港新聞", "首頁 > 體育", "義大利公開賽 茲韋列夫封王", "發布時間：2024-05-20 來源：法新社"])
    body = "（法新社羅馬19日電）德國網球好手茲韋列夫今天以6比4、7比5擊敗智利選手，在義大利公開賽拿下冠軍。"
    teaser = "（法新社巴黎21日電）網球名將納達爾昨天現身法國公開賽球場練球，今年參賽與否23日大會抽籤時即可揭曉。"
    (a,) = extract_text("\n".join([head, body, "其他人也在看", "法新社·2天前", "納達爾現身練球", teaser, teaser])).articles
    assert a.body == ["（法新社罗马19日电）德国网球好手兹韦列夫今天以6比4、7比5击败智利选手，在义大利公开赛拿下冠军。"]


def test_printed_dates_of_portal_chrome():
    from clipper.text.metadata import printed_date

    assert printed_date("2024 02/08 09:35:27 来源：新华网") == "2024-02-08"  # news agency header
    assert printed_date("甘肃政协 05-21 08:47 甘肃") == "--05-21"  # app page, no year printed
    assert printed_date("阅读 1268 评论 12") is None
    assert printed_date("2024-13-40") is None


#: A dump whose header prints date and source above the headline, a summary line that repeats
#: the opening, and a platform's follow prompt; the date printed under the text.
DUMP_META_FIRST = """首页 时政 地方 国际
2024 03/12 10:05:31
来源：陇东报
镇原县政协开展农村饮水安全专题视察
字体： 小中大 分享到：
摘要: 3月11日，镇原县政协组织部分委员对全县农村饮水安全工作
点击上方蓝字关注我们
3月11日，镇原县政协组织部分委员对全县农村饮水安全工作进行专题视察，实地察看了水源地保护和供水工程运行情况。
视察组建议，要加快老旧管网改造，健全运行管护机制，让群众喝上放心水。
END
往期推荐
县政协召开主席会议
"""


def test_dump_with_meta_above_the_headline():
    (a,) = extract_text(DUMP_META_FIRST).articles
    assert a.title == "镇原县政协开展农村饮水安全专题视察"
    assert a.date == "2024-03-12"  # the header's date (no dateline opens the text)
    assert a.body[0].startswith("3月11日") and a.body[-1].endswith("放心水。") and len(a.body) == 2


def test_a_summary_that_is_not_repeated_is_kept():
    dump = DUMP_META_FIRST.replace("摘要: 3月11日，镇原县政协组织部分委员对全县农村饮水安全工作", "摘要: 视察组走访了8个乡镇的供水站点，提出建议5条。")
    (a,) = extract_text(dump).articles
    assert a.body[0].startswith("摘要") and a.body[0].endswith("提出建议5条。")


def test_a_label_cell_is_no_header_and_the_date_under_the_text_is_read():
    dump = """政府信息公开
发布机构：
华亭市政协办公室
生成日期：
名 称：
华亭市政协召开民营经济发展座谈会
华亭市政协召开民营经济发展座谈会
近日，华亭市政协召开民营经济发展座谈会，听取企业代表意见建议，协调解决企业发展中的困难和问题。
会议要求，要当好民营企业的服务员，用心用情帮助企业纾困解难。
发布于 2024-04-02 16:20・IP 属地甘肃
相关信息
"""
    (a,) = extract_text(dump).articles
    assert a.title == "华亭市政协召开民营经济发展座谈会" and a.date == "2024-04-02"
    assert len(a.body) == 2 and "发布于" not in a.text


def test_date_first_header_ads_end_mark_and_notices():
    from clipper.text.portal_text import is_article_end, is_header_meta

    assert is_header_meta("2024年06月12日 08:47 每日甘肃网") and is_header_meta("2024-08-10 14:02 陇上资讯 阅读 2.1万")
    assert not is_header_meta("2021-01-19 儿童白癜风怎么治能消除白斑")  # a list entry: no time
    assert not is_header_meta("2024年01月25日 18:03:35 来自内蒙古自治区")  # a location, no source
    for end in ("— 完 —", "（完）", "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。",
                "本平台部分内容转载自其他媒体，转载目的在于传递更多信息，并不代表本平台赞同其观点和对其真实性负责。"):
        assert is_article_end(end), end
    assert not is_article_end("完善协商议事机制，推动工作落实。")
    dump = """陇上资讯 本地 政务 民生
陇上资讯 > 本地 > 正文
临夏州政协视察城乡供水一体化工作
2024-03-05 10:12 陇上资讯 阅读 1.3万
3月4日，临夏州政协组织部分委员视察城乡供水一体化工作，实地察看了水厂建设和管网改造情况。
扫码下载APP 领取新人红包 广告
视察组建议，要加快项目建设进度，完善运行管护机制，确保群众用水安全。
— 完 —
兰州今夏最美的十个打卡地
"""
    (a,) = extract_text(dump).articles
    assert a.title == "临夏州政协视察城乡供水一体化工作" and a.date == "2024-03-05"
    assert len(a.body) == 2 and "广告" not in a.text and "打卡地" not in a.text


def test_loading_messages_read_more_and_editor_picks_are_chrome():
    from clipper.text.portal_text import is_article_end, is_widget_line

    for widget in ("调查问题加载中，请稍候。", "若长时间无响应，请刷新本页面", "阅读剩余全文（）", "阅读剩余全文(12)"):
        assert is_widget_line(widget), widget
    assert is_article_end("值班总编推荐") and is_article_end("编辑推荐")
    assert not is_widget_line("数据加载中请稍候的时候，工作人员耐心解答群众问题。")


def test_a_date_in_chinese_numerals_is_the_page_s_date() -> None:
    """Government pages print ``发布日期：二〇二四年十一月二十九日``: the article's date."""
    from clipper.extract import extract_document
    from clipper.text.metadata import printed_date

    body = ["11月28日，市政协召开诗词创作交流会，委员们围绕协商民主、乡村振兴等主题交流创作体会，大家纷纷表示要用诗词讲好政协故事。",
            "会议指出，要坚持以人民为中心的创作导向，用诗词讲好政协故事，传播政协声音，凝聚团结奋进的正能量，为全市发展贡献力量。"]
    dump = ["首页 > 政协要闻", "市政协召开诗词创作交流会", "发布日期：二〇二四年十一月二十九日  来源：市政协办公室"] + body
    article = extract_document("\n".join(dump).encode("utf-8")).articles[0]
    assert (article.title, article.date) == ("市政协召开诗词创作交流会", "2024-11-29")
    assert printed_date("二〇二三年十二月三十一日") == "2023-12-31" and printed_date("二〇二三年一月五日") == "2023-01-05"
    assert printed_date("一二三四年五月六日") is None, "no year of that shape"


def test_a_notice_keeps_its_signature() -> None:
    """A notice's text dump ends with its signature (落款): the issuing body over the date. The
    body stays with the text (as on the HTML page) and the date is the article's; the footer
    after it does not."""
    from clipper.extract import extract_document

    paras = ["各县区政协：", "为深入学习贯彻党的二十大精神，市政协决定开展诗词创作征集活动，现将有关事项通知如下。",
             "一、征集时间：2024年12月1日至12月31日。", "二、征集内容：反映新时代政协工作的诗词作品，体裁不限，每人限投两首。",
             "三、投稿方式：请将作品发送至市政协办公室电子邮箱，并注明作者姓名和联系方式。"]
    dump = ["关于开展诗词创作征集活动的通知", "来源：市政协办公室 浏览：12"] + paras + \
        ["政协兰州市委员会办公室", "2024年11月29日", "版权所有 政协兰州市委员会"]
    article = extract_document("\n".join(dump).encode("utf-8")).articles[0]
    assert article.text.endswith("联系方式。\n政协兰州市委员会办公室") and article.date == "2024-11-29"
    dump[-2] = "二〇二四年十一月二十九日"  # (dated in Chinese numerals)
    article = extract_document("\n".join(dump).encode("utf-8")).articles[0]
    assert article.text.endswith("联系方式。\n政协兰州市委员会办公室") and article.date == "2024-11-29"
    # an organisation's name with no date under it is no signature (a footer's sponsor)
    dump = ["关于开展诗词创作征集活动的通知", "来源：市政协办公室 浏览：12"] + paras + ["政协兰州市委员会办公室", "网站地图"]
    assert extract_document("\n".join(dump).encode("utf-8")).articles[0].text.endswith("联系方式。")


def test_a_printed_page_of_few_datelines_is_a_newspaper_page() -> None:
    """pypdf's text of a typst page (kept in tests/data) holding one dated report and one feature:
    its printed lines (narrow, many as wide as their column, the sentence running on across
    them) say it is a printed page, not one article's web page. A web page's field list, as
    narrow and regular, stands line by line and stays one article's page. The feature, a
    portrait (``记张掖市政协委员孙丽娟``) printed without dateline after the report, is cut off the
    report where its person comes into the text."""
    from conftest import ROOT

    from clipper.text.newspaper import segment_page

    text = (ROOT / "tests" / "data" / "typst-dev2.t013.pypdf.txt").read_text(encoding="utf-8")
    assert detect_kind(text) == "newspaper"
    articles = {a.title: "".join(a.body) for a in segment_page(text).articles}
    assert articles["通渭县集中交办政协提案安排部署办理工作"].endswith("让委员满意、群众受益。")
    # the portrait printed after the report, without dateline, starts where its person comes in
    assert articles["一件提案背后的“民生温度”"].startswith("清晨七点，张掖市甘州区一所小学门口")
    fields = "\n".join(f"{n}、上海某景区\n成人票原价：{100 + n}元\n游客咨询电话：5879{n:04d}\n备注：仅限成人票实行半价优惠" for n in range(1, 9))
    assert detect_kind("东方网记者5月13日报道：中国旅游日景区门票半价。详见：\n" + fields + "\n") == "portal_text"


def test_a_printed_pages_running_header_is_newspaper_evidence():
    """A newspaper page's running header (the page's number, its editors, the proofreader) is
    print's own: counted as a portal's meta line, it tipped a page whose only dateline was
    broken over two printed lines over to a portal's text, and the page came out as one
    article cut short (pypdf's text of a reportlab page)."""
    from conftest import ROOT
    from clipper.text.masthead import is_print_header

    text = (ROOT / "bench" / "pages" / "corpus" / "text" / "pypdf" / "p012.pypdf.txt").read_text(encoding="utf-8")
    assert text.splitlines()[2] == "责任编辑:罗霞荣  校对:谢静杰"
    assert detect_kind(text) == "newspaper"
    assert len(extract_text(text).articles) == 2
    for header in ("第1版 协商议事 责任编辑:罗霞荣 校对:谢静杰 2025年4月26日", "2 文史春秋 2023年10月16日 星期一",
                   "第三版  政协要闻                                   民主协商报",
                   "第二版 责任编辑：廖华磊      责任编辑：廖华磊 校对：武亮      2023年9月28日 星期四"):
        assert is_print_header(header), header
    for line in ("第01版：要闻", "2024-06-26 10:20 来源：甘肃政协 责任编辑：王丽", "2024年6月26日", "责任编辑：王丽"):
        assert not is_print_header(line), line


def test_prose_naming_the_units_that_handle_proposals_is_no_footer():
    """``各承办单位要高度重视`` is a report's sentence, ``承办单位：…`` a site's footer."""
    from clipper.text.portal_text import is_footer

    assert not is_footer("会议要求,各承办单位要高度")
    assert not is_footer("承办单位面对面沟通，就农村供")
    assert is_footer("承办单位：天水市政协办公室")
    assert is_footer("主办单位 中国人民政治协商会议甘肃省委员会")
    page = "\n".join(["本报合水讯(通讯员杨建伟)12", "月5日,合水县政协召开提案交", "办会。", "会议要求,各承办单位要高度",
                      "重视政协提案办理工作。"])
    assert detect_kind(page) == "newspaper"
