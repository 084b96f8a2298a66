"""Content-farm noise (clipper.text.noise) removed, and nothing of the article with it; reposts
that hold only part of an article, or an article plus another item, matched (clipper.text.dedup)
without merging template twins. Made examples of each kind, written the way farms print them."""

from __future__ import annotations

import pytest

from clipper.text.dedup import NearDuplicateIndex, changed_facts, compare, matching_text
from clipper.text.noise import clean_noise, clean_title, fold_variants, is_spam_line, strip_pinyin_glosses
from clipper.text.portal_text import clean_repost, extract_portal_text

LEAD = ("本报天水讯（通讯员李静）4月12日，天水市政协组织部分委员围绕农村供水保障开展专题视察，"
        "先后深入秦州区、麦积区的水厂和村级供水站，实地了解工程建设和运行管护情况。")
BODY = [
    LEAD,
    "视察组指出，农村供水事关群众切身利益，要坚持建管并重，完善水价形成机制和维修养护经费保障机制，"
    "推动城乡供水一体化向纵深发展，让农村群众喝上放心水、安全水。",
    "视察组强调，要加快老旧管网改造，强化水源地保护和水质监测，健全县乡村三级管护体系，"
    "着力解决部分村组季节性缺水问题，持续提升农村供水保障水平。",
    "市政协副主席王建国，秘书长赵丽华参加视察。",
]
ORIGINAL = "\n".join(BODY)
OTHER = ("本报陇南讯（通讯员何小爱）11月29日，陇南市政协党组书记、主席梁英主持召开市政协党组理论学习中心组会议，"
         "专题学习习近平总书记关于主题教育的重要论述，研究部署下一阶段重点工作。\n"
         "会议强调，要全面落实主题教育重点措施，坚持做到在强化理论学习上求实效、在推动发展上见真章，"
         "以高质量履职服务全市工作大局。")


@pytest.mark.parametrize("noisy, clean", [
    ("国(guo)务院(yuan)总理李(li)强(qiang)", "国务院总理李强"),
    ("国(guo)(guo)(guo)务(wu)(wu)院", "国务院"),
    ("国(guo)⛦(guo)务院", "国务院"),
    ("政協(xié)委員（wěi）", "政協委員"),
    ("政协(zheng xie)", "政协(zheng xie)"),  # two words in one bracket: not a gloss
    ("世界卫生组织(WHO)和国际劳工组织(ILO)", "世界卫生组织(WHO)和国际劳工组织(ILO)"),
    ("第(3)条", "第(3)条"),
    ("采用5G(ge)技术", "采用5G(ge)技术"),  # after a Latin letter, no gloss
    ("房间里的水没(mo)到了膝盖", "房间里的水没(mo)到了膝盖"),  # an author's reading of a polyphone
    ("银行(háng)行长", "银行(háng)行长"),
    ("水没(mo)到膝盖，国(guo)务院(yuan)", "水没到膝盖，国务院"),  # three glosses: a farm's text
    # other brackets farms use: square, lenticular, tortoise-shell
    ("国[guo]务[wu]院[yuan]总理", "国务院总理"),
    ("国[guó]▲[guó]务[wù]院", "国务院"),
    ("政【zhèng】协【xié】委【wěi】员", "政协委员"),
    ("政〔zheng〕协〔xie〕会〔hui〕议", "政协会议"),
    ("见文献[1]和[2]", "见文献[1]和[2]"),  # references are no glosses
    ("《条例》[2023]第5号【通知】", "《条例》[2023]第5号【通知】"),
])
def test_pinyin_glosses_of_every_shape_go_and_nothing_else(noisy: str, clean: str) -> None:
    assert strip_pinyin_glosses(noisy) == clean


def test_emoji_dingbats_and_stray_tags_go_bullets_stay() -> None:
    assert clean_noise("会议强调，💎要全面落实🔥重点措施✨。") == "会议强调，要全面落实重点措施。"
    assert clean_noise('委员们<dfn id="vqgk9">深入</dfn>调研<acronym lang="x2n"></acronym>。') == "委员们深入调研。"
    assert clean_noise("■ 本报记者 王芳 ● 视察 ★ 调研") == "■ 本报记者 王芳 ● 视察 ★ 调研"
    assert clean_noise("当 x<5 且 y>3 时") == "当 x<5 且 y>3 时", "a comparison is no tag"
    assert clean_noise("⚫ 委员们深入调研\n✅ 完成提案办理") == "⚫ 委员们深入调研\n✅ 完成提案办理", "bullets open lines"


@pytest.mark.parametrize("line", [
    "金沙彩平台登录_金沙彩官网", "威尼斯人娱乐城官方入口", "凤凰彩票APP下载送88元", "百家乐真人视讯 注册送彩金",
    "天天体育平台软件💎官方入口", "因为专注 所以专业", "扫码下载APP 看更多资讯", "微信同号 18809311234",
    "欧宝体育全站app下载", "澳门新葡京娱乐场网址", "咨询热线：13912345678", "大发快三计划网页版", "品质保证 值得信赖", "ky开元官网·棋牌娱乐平台",
    # (the second development set of farms, bench/reposts_dev2.py)
    "幸运飞艇开奖直播官网", "bet365体育在线投注", "QQ：12345678 客服在线", "永利皇宫官方网站入口", "华体会体育（中国）官方网站",
    "九游会·J9官方网站", "下载新闻客户端 阅读更多精彩内容", "专业团队 值得托付", "诚信经营 合作共赢",
    "电话：400-820-1234 欢迎来电咨询",
    # (the third development set, bench/reposts_dev3.py: a Latin brand at its login, a brand code
    # that opens with digits, a mobile number printed in groups, a farm's own notice, a slogan)
    "凤凰彩票welcome登录", "雷竞技raybet官网首页", "365bet亚洲版官网", "服务热线 188 9311 2345",
    "本站所有文章均来自互联网", "PG电子麻将胡了免费试玩", "用心服务 一路相伴",
    # the other trades of farms: invoices, links and ranking, clinics, cash-out, chat groups,
    # gambling brands beside an official site, a shop's age as a slogan
    "专业代开各地增值税发票", "高质量外链出售", "SEO优化 关键词排名首页", "天水哪家医院看男科好", "西安白癜风医院哪家好",
    "信用卡套现秒到账", "新开传奇私服", "加入QQ群了解更多", "太阳城官方网站", "亚博官网", "百年老店 品质保证",
    # lottery-tip farms, forged papers and the black market's other trades
    "管家婆一码一肖100%准", "新澳门资料大全正版资料", "2024澳门天天开彩好正版资料", "澳门三肖六码期期准",
    "新澳门开奖结果+开奖记录表", "办证刻章 微信同号", "专业代办驾照", "网赚项目 代孕咨询",
    # a shop's price calls (bench/reposts_dev4.py)
    "全网最低价 点击进入", "厂家直销 量大从优", "限时特惠 包邮到家",
])
def test_spam_lines(line: str) -> None:
    assert is_spam_line(line)


@pytest.mark.parametrize("line", [
    "市政协委员围绕体育彩票公益金使用情况开展专题调研，提出加强监管、公开透明等建议。",
    "联系电话：0931-8888888", "委员履职平台登录人数逐月增长", "因为专注，所以专业。这是他三十年来的座右铭，"
    "也是他在政协委员履职中始终坚持的态度，委员们都说他是一位值得信赖的好委员。",
    "甘肃政协官方网站", "省体育彩票管理中心", "委员们在平台注册后即可提交提案", "游客咨询电话：4006688022",
    "游客咨询电话：17717060505", "服务热线：400-820-1234", "咨询电话：0931-8123456",
    "请登录省政协官方网站查询", "中国福利彩票开奖", "5G基站建设提速", "委员们下载“甘肃政协”客户端后即可在线履职。",
    "市民可通过APP登录办理", "“甘快办”APP注册用户突破千万", "本站讯", "联系电话：0931-881 2345",
    "省人民医院官方网站", "妇科专家进社区义诊", "金沙县政协官方网站", "小额贷款公司座谈会", "Seoul", "首尔(Seoul)代表团来访",
    "政协委员建议加强农村小额信贷", "永利村", "太阳城社区开展志愿服务",
    "市场监管部门提醒，商家宣称“全网最低价”须有依据。", "点击进入专题页面，了解更多两会提案办理情况。",
    "警惕刷单诈骗", "警惕“刷单兼职”骗局", "新开办企业免费刻章", "严厉打击代孕违法行为", "澳门回归25周年",
    "香港赛马会慈善信托基金", "双色球开奖结果", "政协文史资料大全", "和平特色小镇建设", "澳门特区政府官网",
])
def test_articles_own_lines_are_no_spam(line: str) -> None:
    assert not is_spam_line(line)


def test_spam_titles_and_decoration() -> None:
    assert clean_title("金沙彩平台登录_金沙彩官网") is None
    assert clean_title("天水市政协视察农村供水_威尼斯人官方入口") == "天水市政协视察农村供水"
    assert clean_title("天水市政协视察农村供水******") == "天水市政协视察农村供水"
    assert clean_title("欧宝体育全站app下载-天水市政协视察农村供水") == "天水市政协视察农村供水"
    assert clean_title("天水市政协“十四五”规划-中期评估") == "天水市政协“十四五”规划-中期评估"
    assert clean_title("政协委员走进彩票发行中心") == "政协委员走进彩票发行中心"
    assert clean_title("人民币中间价创逾五年新低 做市商称符合预期_九游会官网") == "人民币中间价创逾五年新低 做市商称符合预期", \
        "a short part with a word spam uses, joined to the headline, is the farm's"
    assert clean_title("委员履职平台_官网") == "委员履职平台", "(the longest part stays)"
    assert clean_title("康县政协召开十届十一次常委会会议_亚博全站app") == "康县政协召开十届十一次常委会会议", \
        "a short part named as a site (…app, …官网, …平台) after the headline is the farm's"
    assert clean_title("雷竞技raybet官网首页") is None


def test_variant_and_regional_characters_fold() -> None:
    assert fold_variants("辳村") == "农村"
    assert fold_variants("拉麪") == "拉面"
    assert fold_variants("這裡綑著") == "这里捆着"
    assert fold_variants("峯羣衆") == "峰群众"
    assert matching_text("与邨民交谈，菓园，衞生") == matching_text("与村民交谈，果园，卫生"), \
        "variants OpenCC leaves fold for matching (Unihan semantic variants)"
    assert clean_repost("天水市政協組織委員視察辳村供水，在這裡看著水廠運行。") == "天水市政协组织委员视察农村供水，在这里看着水厂运行。"


def farm_copy(*body: str, title: str = "天水市政协视察农村供水保障工作", head: list[str] | None = None) -> str:
    lines = head or ["首页 | 新闻 | 财经 | 娱乐 | 体育", title, "2024-04-15 来源：快看新闻"]
    return "\n".join([*lines, *body, "相关阅读", "• 市政协召开主席会议", "版权所有 某某资讯网 ICP备12345678号"]) + "\n"


def test_a_farm_copy_gives_the_article_and_no_noise() -> None:
    noisy = [clean for clean in BODY]
    noisy[0] = "本报天水(tian)讯（通讯员李静）4月12日，天(tian)⛦(tian)水市政协组织部分委员围绕农村供水保障开展专题视察，" \
               "先后深入秦州区💎、麦积区的水厂和村级供水站，实地了解工程建设和运行管护情况。"
    noisy[1] = noisy[1].replace("推动城乡", '<dfn id="vqgk9">推动城乡')
    page = farm_copy(noisy[0], "金沙彩平台登录_金沙彩官网", noisy[1], "因为专注 所以专业", *noisy[2:],
                     "加微信 13912345678", title="天水市政协视察农村供水保障工作******")
    _, articles, furniture = extract_portal_text(page)
    assert len(articles) == 1
    art = articles[0]
    assert art.title == "天水市政协视察农村供水保障工作"
    assert art.body == BODY, "the article, all of it, and nothing else"
    assert {"金沙彩平台登录_金沙彩官网", "因为专注 所以专业", "加微信 13912345678"} <= set(furniture)


# -- matching partial and noisy copies ----------------------------------------------------------

CUT = ORIGINAL[:150]
LEAD_DROPPED = "\n".join(BODY[1:])
APPENDED = ORIGINAL + "\n" + OTHER
TWIN = (ORIGINAL.replace("天水", "平凉").replace("秦州区、麦积区", "崆峒区、华亭市").replace("李静", "张强")
        .replace("4月12日", "5月20日"))


@pytest.mark.parametrize("copy", [CUT, LEAD_DROPPED, APPENDED, "\n".join([BODY[0], "视察农村供水保障工作", *BODY[1:]])],
                         ids=["cut short", "lead dropped", "item appended", "deck moved into the body"])
def test_partial_copies_are_the_same_article(copy: str) -> None:
    assert compare(ORIGINAL, copy).same


def test_index_finds_partial_copies_in_either_order() -> None:
    for stored, new in ((ORIGINAL, CUT), (CUT, ORIGINAL), (ORIGINAL, LEAD_DROPPED), (LEAD_DROPPED, ORIGINAL),
                        (ORIGINAL, APPENDED), (APPENDED, ORIGINAL)):
        index = NearDuplicateIndex()
        index.add("a", stored, title="天水市政协视察农村供水保障工作")
        assert index.match(new, title="天水市政协视察农村供水保障工作") == "a"
        assert index.match(new, title=None) == "a", "a spam title (none left) does not hide a copy"


def test_an_appended_item_does_not_make_its_article_a_version() -> None:
    """A repost of A with B appended is A: neither is B matched to it, nor it to B."""
    index = NearDuplicateIndex()
    index.add("other", OTHER, title="陇南市政协召开党组理论学习中心组会议")
    assert index.match(APPENDED, title="天水市政协视察农村供水保障工作") is None
    index = NearDuplicateIndex()
    index.add("a", APPENDED, title="天水市政协视察农村供水保障工作")
    assert index.match(OTHER, title="陇南市政协召开党组理论学习中心组会议") is None
    index = NearDuplicateIndex()
    index.add("a", APPENDED, title=None)
    assert index.match(OTHER, title="陇南市政协召开党组理论学习中心组会议") is None, "it stands after the article"


def test_a_date_written_with_the_same_digits_is_another_report() -> None:
    """``11月27日`` and ``1月2日`` share their digits: aligned character by character, no number
    looks changed; numbers are compared whole."""
    a = ORIGINAL.replace("4月12日", "11月27日")
    b = ORIGINAL.replace("4月12日", "1月2日")
    assert changed_facts(matching_text(a), matching_text(b))[1] >= 1
    assert not compare(a, b).same
    assert compare(a, a.replace("11月27日", "11月27日上午")).same


def test_a_phone_number_where_the_lead_was_is_no_changed_fact() -> None:
    """A copy that lost its lead (with the date) and has a spam line with a phone number is still
    the article: the phone number is not a swapped date."""
    copy = "\n".join([BODY[1], "电话：400-820-1234", *BODY[2:]])
    assert compare(ORIGINAL.replace("4月12日", "6月22日"), copy).same


def test_template_twins_stay_apart_also_inside_longer_texts() -> None:
    assert not compare(ORIGINAL, TWIN).same
    assert not compare(TWIN, APPENDED).same, "compared where it stands, not against the appended item"
    assert not compare(TWIN[:150], ORIGINAL).same, "a cut twin keeps its own dateline"
    index = NearDuplicateIndex()
    index.add("a", APPENDED, title="天水市政协视察农村供水保障工作")
    assert index.match(TWIN, title="平凉市政协视察农村供水保障工作") is None


def test_stray_lines_are_short_and_no_sentence() -> None:
    """What a farm inserts, in whatever words: short, no clauses ending in a full stop. A
    sentence of the article, however short, is no stray line."""
    from clipper.text.noise import is_stray_line
    for line in ("鑫源配资 实盘操作 安全稳健", "一站式装修 免费量房", "咨询热线：0931-6666888", "扫码关注 领取福利"):
        assert is_stray_line(line), line
    for line in ("会议由县政协主席主持，县政协副主席出席会议。", "委员们表示，将认真履职尽责。", ""):
        assert not is_stray_line(line), line


def test_a_twin_dated_with_the_same_figures_in_another_order_is_another_report() -> None:
    """``3月12日`` and ``12月3日``, with another place and reporter beside them in one dateline: the
    figures of the region are the same, not in the same order — another report from the same
    template (a page corpus merged two such reports)."""
    report = ("本报金昌讯（通讯员段敏涛）3月12日，金昌市政协主席主持召开市政协党组理论学习中心组（扩大）会议。"
              "会议传达学习了习近平总书记在中共中央政治局集体学习时的重要讲话精神，学习了《中国共产党政治协商工作条例》，"
              "围绕学习贯彻省第十四次党代会精神进行了交流研讨，并安排部署了市政协党风廉政建设工作。")
    twin = report.replace("本报金昌讯（通讯员段敏涛）3月12日，金昌市", "本报平凉讯（通讯员冯倩）12月3日，平凉市")
    assert not compare(report, twin).same
    assert compare(report, report.replace("3月12日，", "3月12日上午，")).same
