"""Text pages whose frames an extractor gave in drawing order, not reading order: a headline
after its report, a column's rest before the column, two headlines side by side on one text
line. Made pages in the shape pypdf / pdfium / ``pdftotext -raw`` give for such PDFs."""

from __future__ import annotations

from conftest import DATA, ROOT
from clipper.text.newspaper import segment_page
from clipper.text.newspaper.flow import split_side_by_side_heads
from clipper.text.newspaper.headlines import split_run
from clipper.text.newspaper.order import chain_lines, make_line
from clipper.text.newspaper.bodies import HEADING, Run, find_runs
from clipper.text.pieces import DASH, HEAD, TEXT, Piece, classify

#: Report A whole, then its headline; report B's second column, then its first (which stops in
#: mid-sentence), then B's headline wrapped to a scrap (``…关爱活`` / ``动``).
REVERSED = """\
　　本报临洮讯（通讯员王五）3月
1日，临洮县政协召开主席会议，
研究部署全年重点工作。会议听取
了各专委会工作汇报，审议了年度
协商计划和视察调研安排。
　　会议强调，要坚持围绕中心、
服务大局，把协商成果转化为推动
发展的实际成效，切实提高履职能
力和水平。
临洮县政协召开
主席会议
交流，叮嘱他们切实履行好监
护责任；仔细查看孩子们棉衣、
棉被等过冬物资的储备情况，
并为孩子们赠送了羽绒服和书
籍，鼓励他们树立信心。
　　干部们表示，要将帮扶关爱
行动与主题教育紧密结合起来，
让困难群众有更多的获得感。
　　本报岷县讯（通讯员顾峰）
12月11日，岷县政协主席陈华
带领机关干部在永安村开展了
“送温暖”帮扶关爱活动。
　　活动中，机关干部为困难群
众送去了羽绒服，叮嘱他们注
意防寒保暖，与儿童监护人深入
岷县政协开展“送温暖”帮扶关爱活
动
"""


def test_headlines_drawn_after_their_reports_head_them() -> None:
    arts = segment_page(REVERSED).articles
    assert [a.title for a in arts] == ["临洮县政协召开主席会议", "岷县政协开展“送温暖”帮扶关爱活动"]
    assert not any("主席会议临洮" in p or "关爱活动岷县" in p for a in arts for p in a.body)


def test_the_rest_of_a_column_joins_the_report_that_stops_in_mid_sentence() -> None:
    """B's second column comes first in the file; it continues the report whose text stops in
    mid-sentence (B), not the finished report before it (A)."""
    a, b = segment_page(REVERSED).articles
    assert a.body == ["本报临洮讯（通讯员王五）3月1日，临洮县政协召开主席会议，研究部署全年重点工作。"
                      "会议听取了各专委会工作汇报，审议了年度协商计划和视察调研安排。",
                      "会议强调，要坚持围绕中心、服务大局，把协商成果转化为推动发展的实际成效，切实提高履职能力和水平。"]
    assert b.body[1].endswith("与儿童监护人深入交流，叮嘱他们切实履行好监护责任；仔细查看孩子们棉衣、棉被等过冬物资的储备情况，"
                              "并为孩子们赠送了羽绒服和书籍，鼓励他们树立信心。")
    assert b.body[2].startswith("干部们表示")


def test_a_section_heading_after_a_finished_paragraph_stays_in_its_report() -> None:
    """A 小标题 between paragraphs names no subject and is not the report's lead: no headline."""
    page = REVERSED.replace("　　会议强调，要坚持围绕中心、", "多方联动强基础\n　　会议强调，要坚持围绕中心、")
    arts = segment_page(page).articles
    assert [a.title for a in arts][0] == "临洮县政协召开主席会议"
    assert "多方联动强基础" in arts[0].body


def test_a_wrapped_headline_keeps_its_word_from_a_line_further_up() -> None:
    """In a block of headlines, ``…专题协`` / ``商`` and ``通渭县政协就食`` / ``品安全…``: the scrap
    ``商`` also makes a word with ``品`` (商品), but the line right before ``品安全…`` in the file
    does too, and keeps it."""
    raw = ["高台县政协就社会", "救助政策落实开展专题协", "商", "民勤县政协就黄河流域", "生态保护开展专题协商",
           "通渭县政协就食", "品安全监管开展专题协商", "文县政协委员积极建言", "新能源产业发展"]
    body = [f"　　本报{p}讯（通讯员王五）3月1日，{p}县政协召开会议。" for p in ("临洮", "岷县", "漳县", "武山")]
    text = ["会议指出，要坚持围绕中心、服务大局，切实提高履职能力。"] * 12
    lines = [make_line(i, r) for i, r in enumerate(body + text + raw)]
    succ = chain_lines(lines)
    base = len(body) + len(text)
    assert succ.get(base + 5) == base + 6  # 通渭县政协就食 -> 品安全监管开展专题协商
    assert succ.get(base + 2) != base + 6


def heads(*texts: str) -> list[Piece]:
    out = [Piece(idx=i, line=i, text=t, gap=0) for i, t in enumerate(texts)]
    classify(out)
    return out


def test_two_headlines_on_one_text_line_come_apart() -> None:
    """Headlines set side by side come out of an extractor on one line: a complete headline and
    the first line of its neighbour; or the last scrap of a wrapped headline and a whole one."""
    out = split_side_by_side_heads(heads("康县政协举行主席会议 岷县政协", "议 平凉市政协召开党组理论学习中心组会议"))
    assert [p.text for p in out] == ["康县政协举行主席会议", "岷县政协", "议", "平凉市政协召开党组理论学习中心组会议"]
    out = split_side_by_side_heads(heads("习近平主持召开深入推进长三角一体化发展座谈会 静宁县政协召开党组理论学习中心"))
    assert [p.text for p in out] == ["习近平主持召开深入推进长三角一体化发展座谈会", "静宁县政协召开党组理论学习中心"]
    kept = split_side_by_side_heads(heads("知民情解民忧 政协协商打开社区治理新局面"))
    assert [p.text for p in kept] == ["知民情解民忧 政协协商打开社区治理新局面"]


def test_the_rest_of_a_wrapped_headline_beside_another_headline_comes_apart() -> None:
    """pypdfium2 gives two headlines set side by side on one baseline as one line: the rest of a
    headline wrapped above, which completes it (``平凉市政协召开十届`` / ``十一次常委会会议``), and
    the first line of its neighbour, which names no subject (``让协商成果更好``), or ends on its
    phrase's mark (``委员走进田间地头，``)."""
    out = split_side_by_side_heads(heads("平凉市政协召开十届", "十一次常委会会议 让协商成果更好", "转化为治理效能"))
    assert [p.text for p in out] == ["平凉市政协召开十届", "十一次常委会会议", "让协商成果更好", "转化为治理效能"]
    out = split_side_by_side_heads(heads("和政县政协召开党组理论", "学习中心组（扩大）会议 委员走进田间地头，"))
    assert [p.text for p in out] == ["和政县政协召开党组理论", "学习中心组（扩大）会议", "委员走进田间地头，"]
    # (a headline above that is complete, or names no subject, leaves a two-part line alone)
    kept = split_side_by_side_heads(heads("践行为民宗旨", "办好民生实事 泾川县政协"))
    assert [p.text for p in kept][-1] == "办好民生实事 泾川县政协"


def test_a_headline_wrapped_around_its_brackets_is_one_title() -> None:
    """``西和县政协召开党组`` / ``(扩大)`` / ``会议暨理论学习中心组`` / ``会议``: the report repeats
    ``党组（扩大）会议``; the marks between the characters do not hide it."""
    run = [Piece(idx=i, line=i, text=t, gap=0, kind=HEAD)
           for i, t in enumerate(["西和县政协召开党组", "(扩大)", "会议暨理论学习中心组", "会议"])]
    page = "本报西和讯西和县政协召开党组扩大会议暨理论学习中心组会议会议传达学习了"
    groups = split_run(run, followed_by_body=False, page_text=page)
    assert [g["title"] for g in groups] == ["西和县政协召开党组(扩大)会议暨理论学习中心组会议"]


def test_a_report_that_opens_with_its_medium_and_day_begins_a_body() -> None:
    """``鞭牛士报道，5月22日消息，…`` opens a report, so the headline-like line above it is its
    headline; a line of text that merely begins with ``媒体报道，`` does not."""
    from clipper.text.pieces import is_body_start
    assert is_body_start("鞭牛士报道，5月22日消息，据外电报道，苹果公司周二")
    assert is_body_start("央视新闻消息，2024年5月16日，江苏省无锡市中级人民法院")
    assert not is_body_start("媒体报道，美国一方面通过加征关税、贸易管控")
    page = ("苹果称美国反垄断诉讼应被驳回\n鞭牛士报道，5月22日消息，据外电报道，苹果公司周二\n表示，计划要求美国法官驳回司法部"
            "和15个州在3月份提起的\n诉讼，指控该iPhone制造商垄断智能手机市场，损害规模较小\n的竞争对手并抬高价格。苹果公司在给新泽西州"
            "地方法官的\n一封信中表示，司法部的指控没有依据，这起诉讼应当被驳\n回，公司将在法庭上积极为自己辩护。\n")
    prior = ("岷县政协组织委员视察高标准农田建设工作\n　　本报岷县讯（记者李四）3月2日，岷县政协组织部分委员视察\n高标准农田建设工作。委员们"
             "先后深入田间地头，实地查看\n了项目建设进度和质量，听取了有关部门的情况汇报，并\n就做好项目管护提出了意见建议。\n")
    arts = segment_page(prior + page).articles
    assert [a.title for a in arts] == ["岷县政协组织委员视察高标准农田建设工作", "苹果称美国反垄断诉讼应被驳回"]


#: A report, then a notice that opens without a dateline, their headlines printed after both
#: (a page drawn headlines last): one body as read, two headlines.
RUN_TOGETHER = """\
　　本报卓尼讯（记者赖玉荣）6月
18日至20日，卓尼县政协主席任红
波带领部分政协委员，就黄河流域
生态保护工作开展考察。委员们先
后深入河道沿线，实地查看了治理
项目建设情况。
　　考察组指出，要坚持生态优先、
绿色发展，广泛凝聚团结奋进力量。
　　天津创业环保股份有限公司及
董事会全体成员保证公告内容的真
实、准确和完整，对公告的虚假记
载、误导性陈述或者重大遗漏负连
带责任。
　　本公司第一季度财务报告中对
外披露的部分数据存在会计差错，
现予以更正并作提示性说明，敬请
广大投资者注意投资风险。
卓尼县政协考察黄河流域生态保护工作
创业环保第一季度报告会计差错的提示性公告
"""


def test_a_headline_left_over_takes_the_report_its_words_begin() -> None:
    """The notice's headline finds no body of its own: it takes the stretch that begins where its
    words begin (not at ``考察组指出，``, which goes on with the report before)."""
    arts = segment_page(RUN_TOGETHER).articles
    assert [a.title for a in arts] == ["卓尼县政协考察黄河流域生态保护工作", "创业环保第一季度报告会计差错的提示性公告"]
    assert arts[0].body[-1].startswith("考察组指出")
    assert arts[1].body[0].startswith("天津创业环保股份有限公司及董事会")


def test_an_agency_dateline_cut_by_the_line_end_still_opens_a_report() -> None:
    from clipper.text.pieces import is_body_start
    assert is_body_start("新华社深圳10月") and is_body_start("新华社深圳10月8日电（记者戴小河）")
    assert not is_body_start("新华社记者日前从有关部门获悉")
    assert is_body_start("据以色列媒体5月19日") and not is_body_start("据统计，截至5月19日")


def test_headlines_before_a_caption_date_after_an_unfinished_sentence() -> None:
    """A report's column stops in mid-sentence (its rest is drawn elsewhere); then its own
    headline, drawn after it, and the headline of a photo item whose caption opens with its date.
    Both stay headlines: the second heads the photo item, the first goes back to the report."""
    page = """\
　　中国网5月20日电5月18日晚，古北
水镇“光之城”文旅融合系列活动正式
启动。中青旅控股股份有限公司负责人
在致辞中讲述长城作为中华文明的重要
象征，投射着自强不息的共同精神。
　　启动仪式上，大型室内舞秀正式面
向公众首秀，导演表示将打造每个人心
中的“光之城”。活动总策划程
北京：古北水镇“光之城”文旅融合系列IP推出
民勤县政协组织生态环境保护主题活动
2月1日，民勤县政协组织委员走进田间
地头，围绕生态环境保护开展调研。
通讯员 郑艳斌 摄
"""
    arts = segment_page(page).articles
    titles = {a.title: a for a in arts}
    assert set(titles) == {"北京：古北水镇“光之城”文旅融合系列IP推出", "民勤县政协组织生态环境保护主题活动"}
    assert titles["北京：古北水镇“光之城”文旅融合系列IP推出"].body[0].startswith("中国网5月20日电")
    assert titles["民勤县政协组织生态环境保护主题活动"].body[0].startswith("2月1日，民勤县政协")


def test_a_subtitle_in_a_block_of_headlines_printed_last_goes_with_its_title() -> None:
    """Headlines drawn after all reports: a title's subtitle (no subject of its own, words from
    the same report) joins that title instead of standing as a headline no report takes."""
    page = RUN_TOGETHER.replace(
        "卓尼县政协考察黄河流域生态保护工作\n",
        "卓尼县政协考察黄河流域生态保护工作\n坚持生态优先绿色发展广泛凝聚团结奋进力量\n")
    arts = segment_page(page).articles
    assert [(a.title, a.subtitle) for a in arts] == [
        ("卓尼县政协考察黄河流域生态保护工作", "坚持生态优先绿色发展广泛凝聚团结奋进力量"),
        ("创业环保第一季度报告会计差错的提示性公告", None)]


def test_a_bracket_left_open_goes_on_in_the_next_line() -> None:
    """``本报民乐讯（通`` / ``讯员吴玉红 吴平明）``: the second line looks like a headline (no marks)
    and a caption's date follows it, but it closes the dateline's bracket."""
    page = """\
　　本报民乐讯（通
讯员吴玉红 吴平明）
1月7日，民乐县政协召开全县人才工作
专题协商会，就全县人才工作进行专题
协商，建言献策。县政协主席参加会议。
民乐县政协召开全县人才工作专题协商会
"""
    (art,) = segment_page(page).articles
    assert art.title == "民乐县政协召开全县人才工作专题协商会"
    assert art.body[0].startswith("本报民乐讯（通讯员吴玉红吴平明）1月7日") and art.authors == ["吴玉红", "吴平明"]


def test_a_flow_that_opens_with_a_full_line_of_text_opens_with_no_headline() -> None:
    """A feature's first printed line holds no marks and is as wide as the lines after it: a line
    of its text, not its headline (a headline is set larger: fewer characters per line). Its own
    headline, printed after it, heads it."""
    page = """\
会议传达学习了习近平总书记近期重要讲话和重要
指示批示精神，确保各项工作落实落地、落细见效，
围绕森林草原防火工作进行了安排部署，要求各级
政协组织和广大政协委员积极建言献策，为森林草
原防火工作贡献智慧和力量，切实筑牢防火屏障。
在森林草原防火中彰显政协担当
"""
    (art,) = segment_page(page).articles
    assert art.title == "在森林草原防火中彰显政协担当"
    assert art.body[0].startswith("会议传达学习了习近平总书记近期重要讲话和重要指示批示精神")


def test_a_feature_whose_first_lines_hold_no_marks_and_an_offset_indent() -> None:
    """The first line indented by an offset (two ems narrower), the second as wide as the text:
    both lines of the text, though neither holds a mark."""
    page = """\
会议传达学习了习近平
总书记近期重要讲话和重要
指示批示精神，确保各项工
作落实落地、落细见效，如
何改造提升，深入结对关爱
对象家中，发挥特长优势。
"""
    (art,) = segment_page(page).articles
    assert art.title is None and art.body[0].startswith("会议传达学习了习近平总书记")


def test_a_subtitle_wrapped_to_a_short_rest_is_one_line() -> None:
    """``临洮县政协扎实推进森林草原防火`` / ``工作综述``: a rest of four characters without a subject
    stands as no headline of its own."""
    run = [Piece(idx=i, line=i, text=t, gap=0, kind=HEAD)
           for i, t in enumerate(["临洮县政协扎实推进森林草原防火", "工作综述"])]
    assert [g["title"] for g in split_run(run, followed_by_body=False)] == ["临洮县政协扎实推进森林草原防火工作综述"]


def test_a_headline_wider_than_its_column_stands_apart_wherever_its_report_is() -> None:
    """Frames drawn shuffled: a report's headline lands between two other reports' columns. Wider
    than the column lines around it, it is no line of them; its own report takes it by content."""
    page = """\
　　本报和政讯（通讯员宋兰民）12月
14日，和政县政协主席徐兴平主持召
开县政协九届十次常委会会议，研究
部署全年重点工作。
庄浪县政协召开党组理论学习中心组(扩大)会议
　　大力宣传党的二十大精神重大意
义和战略部署，进驻社区单位，做好
整体设计，切实改进工作作风。
　　本报庄浪讯(通讯员周鹏文)3月
11日,庄浪县政协党组书记、主席主
持召开县政协党组理论学习中心组
(扩大)会议。会议传达学习了有关
文件精神，安排部署了全年工作。
和政县政协召开九届十次常委会会议
"""
    arts = segment_page(page).articles
    titles = {a.title: a for a in arts}
    assert titles["庄浪县政协召开党组理论学习中心组（扩大）会议"].body[0].startswith("本报庄浪讯")
    assert not any("庄浪县政协召开党组理论学习中心组" in p for a in arts for p in a.body if not p.startswith("本报庄浪讯"))


def test_a_headline_right_after_a_photo_credit_heads_what_follows() -> None:
    """A photo credit closes its item; the headline-like line after it opens the next one, though
    that one begins with an indented paragraph and no dateline (a feature)."""
    from clipper.text.newspaper.bodies import Run, find_runs
    seq = heads("引导机关党员干部学榜样、建新功。", "通讯员 郑刚荣 摄", "让基层医疗卫生服务成果惠及更多群众",
                "在助推经济社会发展上见真章，让协商更专业、更", "精准、更加有效，要始终把基层协商议事活动纳入基层")
    seq[3].meta["indent"] = True
    items = find_runs(seq, opens_flow=True)
    assert [type(x).__name__ for x in items] == ["Piece", "Piece", "Run", "Piece", "Piece"]
    assert isinstance(items[2], Run) and items[2].pieces[0].text == "让基层医疗卫生服务成果惠及更多群众"


def test_a_dateline_s_credit_on_the_next_line_is_no_headline() -> None:
    """``本报兰州讯`` / ``（通讯员钱敏军）`` / ``3月25日，…``: the bracket line holds no marks and a
    date follows it, but it is the rest of the dateline."""
    page = """\
兰州市政协委员积极建言农村人居环境整治
本报兰州讯
（通讯员钱敏军）
3月25日，兰州市政协组织政协委员深入社区服
务中心，围绕农村人居环境整治开展专题调研，
提出了一批务实管用的意见建议。
"""
    (art,) = segment_page(page).articles
    assert art.title == "兰州市政协委员积极建言农村人居环境整治"
    assert art.authors == ["钱敏军"] and art.place == "兰州"


def test_a_motto_subtitle_in_a_block_printed_last_goes_with_the_title_before_it() -> None:
    """``让协商成果落地见效`` names no subject and no report holds its words; after a complete
    title and before a headline with its own subject, it is that title's subtitle."""
    page = RUN_TOGETHER.replace("卓尼县政协考察黄河流域生态保护工作\n", "卓尼县政协考察黄河流域生态保护工作\n让协商成果落地见效\n")
    arts = segment_page(page).articles
    assert [(a.title, a.subtitle) for a in arts][0] == ("卓尼县政协考察黄河流域生态保护工作", "让协商成果落地见效")


def test_two_wrapped_headlines_side_by_side_come_apart() -> None:
    """Two headlines of two lines each set side by side: line by line (``A1 B1`` / ``A2 B2``) or
    all on one text line (``A1 B1 A2 B2``), the left halves are one headline, the right another."""
    for lines in (("民勤县政协委员积极建 山丹县政协召开政协协", "言基层医疗卫生服务 商向基层延伸工作推进会"),
                  ("民勤县政协委员积极建 山丹县政协召开政协协 言基层医疗卫生服务 商向基层延伸工作推进会",)):
        out = split_side_by_side_heads(heads(*lines))
        assert [p.text for p in out] == ["民勤县政协委员积极建", "言基层医疗卫生服务", "山丹县政协召开政协协", "商向基层延伸工作推进会"]
    kept = split_side_by_side_heads(heads("不求所有求所用 在开放中拓展空间", "不设门槛讲共享 在融入中强化功能"))
    assert [p.text for p in kept] == ["不求所有求所用 在开放中拓展空间", "不设门槛讲共享 在融入中强化功能"]


#: A headline, then a frame of its report that begins in mid-paragraph with a line holding no
#: marks (``…存在的不`` / ``足和问题，…``), then the frame that opens the report.
FRAME_AFTER_HEADLINE = """\
临洮县政协召开主席会议
　　本报临洮讯（通讯员王五）3月
1日，临洮县政协召开主席会议，
研究部署全年重点工作。会议听取
了各专委会工作汇报，审议了年度
协商计划和视察调研安排。
民勤县政协召开
人才工作专题协商会
——让人才引得进留得住用得好
两当县政协
就食品安全监管
开展专题协商
我们要逐步梳理存在的不
足和问题，并为群众办好事实
事，不断完善政协民主监督和
委员联系服务界别群众制度。
　　本报两当讯（通讯员刘六）
12月23日，两当县政协召开专
题协商会，围绕食品安全监管
协商议政。会上，与会委员表
示，要把问题找准，把建议提
实。委员们说，工作中的不
"""


def test_a_line_whose_last_word_runs_into_running_text_is_no_subtitle() -> None:
    arts = segment_page(FRAME_AFTER_HEADLINE).articles
    titled = [a for a in arts if a.title == "两当县政协就食品安全监管开展专题协商"]
    assert titled and titled[0].subtitle is None
    assert any("梳理存在的不足和问题" in p for a in arts for p in a.body)


def test_a_wide_headline_stacked_over_another_is_a_late_headline() -> None:
    """Two headlines drawn after the columns (``…常委会会`` / ``议``, then the next report's): the
    first is much wider than the column line before it; the headline under it is no column line
    to compare its width with."""
    from clipper.text.newspaper.flow import late_headline
    from clipper.text.pieces import TEXT

    kinds = [TEXT, TEXT, HEAD, TEXT, HEAD]
    texts = ["会议强调,要全面落", "实主题教育重点措施,坚", "陇西县政协召开九届十次常委会会", "议",
             "环县政协召开党组理论学习中心组会议"]
    seq = [Piece(idx=i, line=i, text=t, gap=0, kind=k) for i, (t, k) in enumerate(zip(texts, kinds))]
    assert late_headline(seq, 2, 3)



def test_a_report_headline_over_two_lines_after_a_finished_report_is_no_section_heading() -> None:
    """``张掖市政协召开`` / ``十届十一次常委会会议`` after a finished paragraph, where the reading order
    goes on with the middle of another report: a section heading is one line and names no county's
    body, so these lines are a headline (content gives it its report, drawn elsewhere)."""
    texts = [(TEXT, "和常委会工作报告等事项。"), (HEAD, "张掖市政协召开"), (HEAD, "十届十一次常委会会议"),
             (TEXT, "同配合，推动乡村振兴向更深层"), (TEXT, "次更宽领域拓展，让群众有更多"), (TEXT, "获得感。")]
    seq = [Piece(idx=k, line=k, text=t, gap=0, kind=kind) for k, (kind, t) in enumerate(texts)]
    items = find_runs(seq)
    assert any(isinstance(it, Run) and [p.text for p in it.pieces] == ["张掖市政协召开", "十届十一次常委会会议"] for it in items)
    # one line without a county's body stays a section heading
    texts[1:3] = [(HEAD, "守正创新聚共识")]
    seq = [Piece(idx=k, line=k, text=t, gap=0, kind=kind) for k, (kind, t) in enumerate(texts)]
    assert [p.kind for p in find_runs(seq) if isinstance(p, Piece)][1] == HEADING


def _pieces(texts: list[tuple[str, str]]) -> list[Piece]:
    return [Piece(idx=k, line=k, text=t, gap=0, kind=kind) for k, (kind, t) in enumerate(texts)]


def test_a_subtitle_that_is_another_report_s_headline_goes_to_that_report() -> None:
    """Two headlines stacked in one block read as title and subtitle; the second one's words are
    a report's that has no headline, not its title's report's: it is that report's title."""
    from clipper.text.newspaper.assign import detach_foreign_subtitles
    from clipper.text.newspaper.bodies import Body, Group
    own = Body(_pieces([(TEXT, "本报张掖讯（通讯员何勇红）2月8日，张掖市政协召开十届十一次常委会会议，审议通过了工作报告。")]), pos=0)
    other = Body(_pieces([(TEXT, "新华社上海9月7日电 习近平在上海主持召开深入推进长三角一体化发展座谈会，推动长三角一体化发展。")]), pos=1)
    own.group = Group(title="张掖市政协召开十届十一次常委会会议", subtitle="习近平主持召开深入推进长三角一体化发展座谈会", taken=True)
    detach_foreign_subtitles([own, other])
    assert own.group.subtitle is None and other.group is not None
    assert other.group.title == "习近平主持召开深入推进长三角一体化发展座谈会"
    # a subtitle its own report holds stays
    own.group.subtitle, other.group = "审议通过了工作报告", None
    detach_foreign_subtitles([own, other])
    assert own.group.subtitle == "审议通过了工作报告" and other.group is None


def test_two_headlines_that_end_a_flow_after_an_unfinished_sentence_stay_headlines() -> None:
    """``…经济大循环的强`` then ``礼县政协举行`` / ``文史资料工作推进会`` / ``金昌市政协委`` / ``员积极建言森林``
    / ``草原防火`` at the end of a flow: the sentence goes on in another column; the headlines'
    reports lie elsewhere."""
    from clipper.text.newspaper.flow import Flow, demote_in_context
    seq = _pieces([(TEXT, "习近平强调，要努力成为畅通我国经济大循环的强"), (HEAD, "礼县政协举行"), (HEAD, "文史资料工作推进会"),
                   (HEAD, "金昌市政协委"), (HEAD, "员积极建言森林"), (HEAD, "草原防火")])
    demote_in_context(Flow(seq))
    assert [p.kind for p in seq[1:]] == [HEAD] * 5


def test_a_left_over_headline_line_above_a_placed_one_is_the_first_line_of_its_title() -> None:
    """``通渭县集中交办政协提案`` / ``安排部署办理工作``: the second line took the report (its words are
    the lead's); the first, left over, is the title's first clause when that report holds its
    words too. A complete headline (``…的公告``) or a short column label left over stays apart."""
    from clipper.text.newspaper.assign import join_left_kickers
    from clipper.text.newspaper.bodies import Body, Group
    body = Body(_pieces([(TEXT, "本报通渭讯（通讯员董少君）2月18日，通渭县召开政协提案交办会，集中交办政协提案，安排部署办理工作。")]), pos=0)
    first, second = Group(title="通渭县集中交办政协提案"), Group(title="安排部署办理工作", taken=True)
    body.group = second
    join_left_kickers([[first, second]], [body])
    assert second.title == "通渭县集中交办政协提案安排部署办理工作" and first.taken
    for left in ("关于集中交办政协提案的公告", "交办提案"):
        first, second = Group(title=left), Group(title="安排部署办理工作", taken=True)
        body.group = second
        join_left_kickers([[first, second]], [body])
        assert second.title == "安排部署办理工作" and not first.taken
    # a headline that names its own subject is a headline of its own: the line above is not its
    body.group = second = Group(title="通渭县政协召开九届十次常委会会议", taken=True)
    first = Group(title="政能亮丨集中交办政协提案需要跑出加速度")
    join_left_kickers([[first, second]], [body])
    assert second.title == "通渭县政协召开九届十次常委会会议" and not first.taken


def test_a_left_over_theme_line_above_a_headline_with_its_subject_is_its_kicker() -> None:
    """引题 + 主题: ``助力乡村全面振兴`` / ``民勤县政协组织委员送科技下乡``, printed one after the other
    one after the other. The kicker states a theme, so its words
    need not be the report's; it names no subject, carries no column's name and is shorter than
    the title unless it is a couplet; a short one that speaks (``书香满陇原！``) is no column label. A line another report's text holds is that report's headline; a line printed
    elsewhere is not taken. Where rows are read across columns, a theme right before the title is
    its kicker too (pdfminer, every printed line a box: titles +0.09 summed over 10 sets, F1 as
    before)."""
    from clipper.text.newspaper.assign import join_left_kickers
    from clipper.text.newspaper.bodies import Body, Group
    body = Body(_pieces([(TEXT, "本报民勤讯（通讯员张玉华）6月5日，民勤县政协组织农业科技界委员深入薛百镇，开展送科技下乡活动。")]), pos=0)
    title = "民勤县政协组织委员送科技下乡"
    for kicker in ("助力乡村全面振兴", "凝心聚力谋发展 同心协力开新局"):
        first, second = Group(title=kicker, lines=[3]), Group(title=title, taken=True, lines=[4])
        body.group = second
        join_left_kickers([[first, second]], [body])
        assert second.title == kicker + title and first.taken
    other = Body(_pieces([(TEXT, "协商议事室建在群众家门口，今年以来全县十七个乡镇全部建成协商议事室，推动政协协商向基层延伸。")]), pos=1)
    for left in ("把协商议事室建在群众家门口", "古浪县政协召开常委会议", "快评丨科技下乡要常态化", "本版关注",
                 "记民勤县政协委员石永强", "让农业科技成果更好地走进田间地头惠及千家万户", "关于征集2023年度政协提案线索的公告",
                 "日子”的要求不折不扣执行到", "加快推进农业现代化的", "（作者韩涵系政邦智库研究员）"):
        first, second = Group(title=left, lines=[3]), Group(title=title, taken=True, lines=[4])
        body.group = second
        join_left_kickers([[first, second]], [body, other])
        assert second.title == title and not first.taken, left
    # a kicker that speaks is no column label however short; a couplet may be longer than its title
    for kicker, kicker_title in (("书香满陇原！", "省政协机关读书活动成果展开展"),
                                 ("深入学习贯彻党的二十届三中全会精神 凝心聚力推进中国式现代化甘肃实践", "省政协举行专题学习会")):
        first, second = Group(title=kicker, lines=[3]), Group(title=kicker_title, taken=True, lines=[4])
        body.group = second
        join_left_kickers([[first, second]], [body])
        assert second.title == kicker + kicker_title and first.taken
    first, second = Group(title="履职短波", lines=[3]), Group(title=title, taken=True, lines=[4])
    body.group = second
    join_left_kickers([[first, second]], [body])
    assert not first.taken
    # a short theme opening with its verb is no column label either
    first, second = Group(title="聚焦城市更新", lines=[3]), Group(title=title, taken=True, lines=[4])
    body.group = second
    join_left_kickers([[first, second]], [body])
    assert second.title == "聚焦城市更新" + title and first.taken
    # printed elsewhere (not right before the title): not taken
    first, second = Group(title="助力乡村全面振兴", lines=[2]), Group(title=title, taken=True, lines=[4])
    body.group = second
    join_left_kickers([[first, second]], [body])
    assert second.title == title and not first.taken
    # right before it on a page read row by row: taken too (a theme is no other column's line)
    first, second = Group(title="助力乡村全面振兴", lines=[3]), Group(title=title, taken=True, lines=[4])
    body.group = second
    join_left_kickers([[first, second]], [body])
    assert second.title == "助力乡村全面振兴" + title and first.taken


def test_the_last_report_without_headline_takes_the_last_headline_that_fits_it() -> None:
    """Left after content and position: one report without a headline and one headline without a
    report; a bylined feature headline does not fit a dated report (its reporters are in the
    dateline), nor does a headline naming another place."""
    from clipper.text.newspaper.assign import pair_leftovers
    from clipper.text.newspaper.bodies import Body, Group
    feature = Body(_pieces([(TEXT, "大力宣传党的二十大精神重大意义和战略部署，推动黄河流域生态保护和高质量发展。")]), pos=0)
    head = Group(title="协商聚力助推黄河流域生态保护", bylines=["□ 韩秀"])
    pair_leftovers([[head]], [feature])
    assert feature.group is head and head.taken
    report = Body(_pieces([(TEXT, "本报庄浪讯（通讯员周鹏文）3月11日，庄浪县政协召开党组理论学习中心组会议。")]), pos=0)
    for other in (Group(title="协商聚力助推黄河流域生态保护", bylines=["□ 韩秀"]), Group(title="岷县政协召开主席会议")):
        pair_leftovers([[other]], [report])
        assert report.group is None and not other.taken
    # two headlines that both fit: neither is taken
    two = Body(_pieces([(TEXT, "会议传达学习了习近平总书记近期重要讲话精神。")]), pos=0)
    a, b = Group(title="在森林草原防火中彰显政协担当"), Group(title="让民营经济高质量发展成果惠及更多群众")
    pair_leftovers([[a, b]], [two])
    assert two.group is None


def test_the_notice_headline_left_takes_the_notice_text_left() -> None:
    """Several headlines and texts are left (headlines stacked at the page's end); the one
    notice headline (``…的公告``) and the one text written as a notice (``现将有关事项公告如下``)
    are each other's, whatever else is left."""
    from clipper.text.newspaper.assign import pair_leftovers
    from clipper.text.newspaper.bodies import Body, Group
    notice = Body(_pieces([(TEXT, "为进一步提高提案质量，现将有关事项公告如下。"), (TEXT, "一、征集范围。")]), pos=0)
    other = Body(_pieces([(TEXT, "由镇村党组织牵头，统筹各方资源力量。")]), pos=1)
    heads = [Group(title="关于征集2025年度政协提案线索的公告"), Group(title="协商画好同心圆"), Group(title="下活治理一盘棋")]
    pair_leftovers([heads], [notice, other])
    assert notice.group is heads[0] and heads[0].taken and other.group is None


def test_a_stack_of_headlines_after_a_finished_sentence_is_a_headline_run() -> None:
    """Frames drawn out of order: after a finished sentence come three headline lines — a
    two-line headline and a whole report headline of its own (``卓尼县政协召开…会议``) — and then
    the middle of a sentence from elsewhere. A section heading (小标题) is one line and names no
    county's body: these are headlines, for content to place."""
    from clipper.text.newspaper.bodies import Run, find_runs
    seq = _pieces([(TEXT, "将政协协商议事室建到了居民家门口，切实加强调研视察的统筹安排。"), (HEAD, "以战时内阁审查重启"),
                   (HEAD, "停火谈判提案"), (HEAD, "卓尼县政协召开党组理论学习中心组会议"), (TEXT, "方向前进。要以务实之功助")])
    items = find_runs(seq, opens_flow=True)
    runs = [x for x in items if isinstance(x, Run)]
    assert len(runs) == 1 and [p.text for p in runs[0].pieces][-1] == "卓尼县政协召开党组理论学习中心组会议"
    # one headline-like line there is a section heading
    seq = _pieces([(TEXT, "切实加强调研视察的统筹安排。"), (HEAD, "以战时内阁审查重启"), (TEXT, "方向前进。要以务实之功助")])
    assert not any(isinstance(x, Run) for x in find_runs(seq, opens_flow=True))


def test_a_subtitle_its_report_repeats_in_part_still_goes_where_all_its_words_are() -> None:
    """The report the stacked headlines were given may repeat a third of the second headline's
    words (it is the continuation of the other report); a headline-less report holding nearly
    all of them is still where it belongs. When both hold about as much, it stays."""
    from clipper.text.newspaper.assign import detach_foreign_subtitles
    from clipper.text.newspaper.bodies import Body, Group
    own = Body(_pieces([(TEXT, "加强科技创新和产业创新跨区域协同，推进长三角一体化。")]), pos=0)
    other = Body(_pieces([(TEXT, "新华社上海9月7日电 习近平在上海主持召开深入推进长三角一体化发展座谈会。")]), pos=1)
    sub = "习近平主持召开深入推进长三角一体化发展座谈会"
    own.group = Group(title="张掖市政协召开十届十一次常委会会议", subtitle=sub, taken=True)
    detach_foreign_subtitles([own, other])
    assert own.group.subtitle is None and other.group is not None and other.group.title == sub
    own.group.subtitle, other.group = sub, None
    own.pieces = _pieces([(TEXT, "习近平主持召开座谈会，深入推进长三角一体化发展。")])
    detach_foreign_subtitles([own, other])
    assert own.group.subtitle == sub and other.group is None


def test_lines_after_a_subtitle_set_as_wide_as_the_text_are_the_text() -> None:
    """A feature's title and ``——`` subtitle, then its first lines, which hold no mark but a
    comma of enumeration and read like headline lines; they are set as wide as the running text
    they lead into: they are that text."""
    from clipper.text.newspaper.bodies import Run, find_runs
    seq = _pieces([(HEAD, "知民情解民忧纾民困暖民心 政协协商打开社区治理新局面"), (DASH, "——敦煌市沙州镇古城社区协商议事会工作记事"),
                   (HEAD, "召开清理楼院“僵尸车”、治理"), (HEAD, "居民楼院飞线充电等协商议事"), (TEXT, "会议4场次,帮助社区群众解决了"),
                   (TEXT, "私搭乱建、楼道乱堆乱放等问题。")])
    items = find_runs(seq, opens_flow=True)
    (run,) = [x for x in items if isinstance(x, Run)]
    assert [p.kind for p in run.pieces] == [HEAD, DASH]
    assert [x.text for x in items[1:3]] == ["召开清理楼院“僵尸车”、治理", "居民楼院飞线充电等协商议事"]


#: A report, then a feature's one-line headline set wider than the column, and the feature's first
#: line indented by an offset (no spaces in the text: two ems narrower than its column), no dateline.
OFFSET_FIRST_LINE = """\
本报临洮讯（通讯员王五）3月1日，
临洮县政协召开主席会议，研究部署
全年重点工作。会议听取了各专委会
工作汇报，审议了年度协商计划，要
求把协商成果转化为实际成效。
临夏州政协召开十四届十二次常委会会议
会议认真传达学习全会
精神，审议通过了有关人事
事项，听取了各专门委员会
工作情况汇报，安排部署了
下一阶段重点工作和全年各
项协商议政活动。
"""


def test_a_first_line_indented_by_an_offset_is_no_headline_line() -> None:
    """The line under a one-line report headline has no marks, like a headline line, but it prints
    two ems narrower than the column it runs into: the feature's first line, so the headline above
    heads the text (it has no dateline to show where it begins)."""
    arts = segment_page(OFFSET_FIRST_LINE).articles
    assert [a.title for a in arts][-1] == "临夏州政协召开十四届十二次常委会会议"
    assert arts[-1].subtitle is None and arts[-1].body[0].startswith("会议认真传达学习全会精神，审议通过了")


#: A report whose column is cut by a photo item set into it: the report stops in mid-sentence
#: above the photo, its rest (no word across the cut) comes after the photo's credit.
PHOTO_SET_IN = """\
全市政协系统宣传工作会议召开
　　本报讯（记者李明）3月5日，全市政协系统宣
传工作会议召开。会议总结了去年的宣传工作，
部署了今年的重点任务。会议要求，要讲好政协
故事，传播政协声音，在全市各级各类媒体
春耕时节农事忙
3月4日，临洮县农民在田间忙着春耕备耕，
处处呈现一派繁忙景象。
通讯员 周娜 摄
开设专栏，推出一批有影响的报道，不断提高宣
传工作的质量和水平。
　　会议还对做好今年的社情民意信息工作作出
了安排。
"""


def test_the_rest_of_a_report_after_a_photo_set_into_it_joins_the_report() -> None:
    """A photo item ends at its credit: the text after it is the rest of the report above that
    stops in mid-sentence, not more caption (it had joined the photo item)."""
    report, photo = segment_page(PHOTO_SET_IN).articles
    assert photo.title == "春耕时节农事忙" and photo.body == ["3月4日，临洮县农民在田间忙着春耕备耕，处处呈现一派繁忙景象。"]
    assert report.title == "全市政协系统宣传工作会议召开"
    assert report.body[0].endswith("在全市各级各类媒体开设专栏，推出一批有影响的报道，不断提高宣传工作的质量和水平。")
    assert report.body[1] == "会议还对做好今年的社情民意信息工作作出了安排。"


#: A report in a wide column that stops at a comma, a brief in a narrow column after it, then the
#: rest of the first report in the wide column (no word across the cut).
REST_OF_THE_WIDE_COLUMN = """\
全市政协系统宣传工作会议召开
　　本报讯（记者李明）3月5日，全市政协系统宣传工作会
议召开。会议总结了去年的宣传工作，部署了今年的重点任
务。会议要求，要讲好政协故事，传播好政协声音，
临洮县政协召开主席会议
　　本报临洮讯（通讯员王五）3
月1日，临洮县政协召开主席会
议，研究部署全年重点工作。
在全市各级各类媒体开设专栏，推出一批有影响的报道，不
断提高宣传工作的质量和水平，营造良好的舆论氛围和环境。
"""


def test_a_rest_goes_to_the_open_report_of_its_column_width_not_the_finished_one_before() -> None:
    """The report right before the rest is finished and prints to another width; the report
    stopping in mid-sentence prints to the rest's width: the rest is its (it joined the brief)."""
    report, brief = segment_page(REST_OF_THE_WIDE_COLUMN).articles
    assert brief.body == ["本报临洮讯（通讯员王五）3月1日，临洮县政协召开主席会议，研究部署全年重点工作。"]
    assert report.body[-1].endswith("传播好政协声音，在全市各级各类媒体开设专栏，推出一批有影响的报道，"
                                     "不断提高宣传工作的质量和水平，营造良好的舆论氛围和环境。")


def test_a_headline_under_a_column_label_begins_the_labels_box() -> None:
    """pdfminer's text of a page of the first reportlab corpus (real output, kept in tests/data): a headline over the columns, then the
    label of a box of briefs (``简讯``) and the first brief's headline. The label is furniture,
    and the headline under it is a headline of its own, not the subtitle of the one above."""
    text = (DATA / "reportlab.p041.pdfminer.txt").read_text(encoding="utf-8")
    arts = {a.title: a for a in segment_page(text).articles}
    assert arts["习近平主持召开深入推进长三角一体化发展座谈会"].subtitle is None
    assert arts["西和县政协召开社情民意信息工作会议"].body[0].startswith("本报西和讯")


#: A photo caption whose credit, glued to its end, wrapped right before ``摄``.
CREDIT_WRAPPED_BEFORE_ITS_WORD = """\
春耕时节农事忙
3月4日，临洮县农民在田间忙着春耕备耕，处处呈现一
派繁忙景象，田野里到处是忙碌的身影。 通讯员 周娜
摄
全市政协系统宣传工作会议召开
　　本报讯（记者李明）3月5日，全市政协系统宣传工作
会议召开。会议总结了去年的宣传工作，部署了今年的重
点任务。
"""


def test_a_credit_wrapped_before_its_last_word_is_a_credit() -> None:
    """``…的身影。 通讯员 周娜`` / ``摄``: the credit is whole again — the photo's author, not
    caption text (a lone ``摄`` takes a name; it was caption text)."""
    photo, report = segment_page(CREDIT_WRAPPED_BEFORE_ITS_WORD).articles
    assert (photo.kind, photo.authors) == ("photo", ["周娜"])
    assert photo.body == ["3月4日，临洮县农民在田间忙着春耕备耕，处处呈现一派繁忙景象，田野里到处是忙碌的身影。"]
    assert report.title == "全市政协系统宣传工作会议召开"


def test_a_notice_left_without_a_headline_takes_the_notice_headline_before_it_joins_a_report() -> None:
    """pypdf's text of a page of the first reportlab corpus (real output, kept in tests/data): a notice's headline (``…的通知``) printed
    over another report's dateline, the notice's text elsewhere without a headline. The one
    notice headline and the one notice text left are paired before a titleless text is taken for
    the rest of a report (it had joined a report that stops in mid-sentence)."""
    text = (DATA / "reportlab.p038.pypdf.txt").read_text(encoding="utf-8")
    arts = {a.title: a for a in segment_page(text).articles}
    notice = arts["合水县政协关于公开征集社情民意信息的通知"]
    assert notice.body[0].startswith("为进一步确保") and notice.body[-1].endswith("0931-9729751。")
    assert not any("联系电话" in p for p in arts["张掖市政协举行十届五次常委会会议"].body)


def test_a_subtitle_whose_words_are_another_reports_heads_it_over_a_headline_given_by_position() -> None:
    """pypdf's text of a page of the first reportlab corpus (real output, kept in tests/data): ``关注青少年心理健康“心成长”服务项目启动`` is
    printed under another report's headline and read as its subtitle; its report took a notice's
    headline by position, which shares none of its words. The subtitle heads its report."""
    text = (DATA / "reportlab.p014.pypdf.txt").read_text(encoding="utf-8")
    arts = {a.title: a for a in segment_page(text).articles}
    assert arts["关注青少年心理健康“心成长”服务项目启动"].body[0].startswith("本报讯（记者叶婉）近日，“心成长”")
    assert arts["东乡县政协举行十四届十二次常委会会议"].subtitle is None


def test_a_notice_run_into_a_report_takes_the_notice_headline_left_over() -> None:
    """pypdf's text of a page of the first reportlab corpus (real output, kept in tests/data), every headline drawn last: a notice's text
    (no dateline) runs on from the report before it, and the notice's headline is left over. The
    body is cut where the sentence that says what a notice says begins (``…现将有关事项公告如下。``)."""
    text = (DATA / "reportlab.p039.pypdf.txt").read_text(encoding="utf-8")
    arts = segment_page(text).articles
    notice = next(a for a in arts if a.title == "关于征集2025年度政协提案线索的公告")
    assert notice.body[0].startswith("为进一步") and "现将有关事项公告如下" in notice.body[0]
    assert not any("现将有关事项公告如下" in p for a in arts if a is not notice for p in a.body)


def test_a_whole_report_headline_after_a_sentence_in_mid_line_stays_a_headline() -> None:
    """pypdf's text of a page of the first reportlab corpus (real output, kept in tests/data): a report's headline drawn after the first
    column of its report, right after a line that stops in mid-sentence (``…规范化、特色``). A
    line with its own subject and a complete ending (``玉门市政协召开…推进会``), no word across,
    is a headline, not running text (it was read into the sentence)."""
    text = (DATA / "reportlab.p036.pypdf.txt").read_text(encoding="utf-8")
    arts = segment_page(text).articles
    report = next(a for a in arts if a.title == "玉门市政协召开政协协商向基层延伸工作推进会")
    assert report.body[0].startswith("本报玉门讯")
    assert not any("特色玉门市政协召开" in p for a in arts for p in a.body)


def test_a_couplet_between_two_headlines_printed_last_is_the_kicker_of_the_second() -> None:
    """Headlines drawn after their reports: ``践行为民宗旨`` / ``办好民生实事`` stand between a complete
    title and one with its own subject. Two phrases of one length are a couplet, the 引题 of the
    headline under it, not the subtitle of the one above."""
    page = """\
　　本报合水讯（通讯员李梅）3月5
日，合水县政协召开政协协商向基层
延伸工作推进会，总结去年工作，安
排部署今年任务。
　　会议要求，要把协商议事室建在
群众家门口，推动协商成果落地。
　　本报永昌讯（通讯员石雪琴）1月
6日，永昌县政协组织部分委员，冒
着严寒来到海拔两千多米的裕河镇
中心小学，为学生送去冬衣、棉鞋和
学习用品。
　　此次活动共发放冬衣三百余套，
价值六万余元。
合水县政协召开政协协商
向基层延伸工作推进会
践行为民宗旨
办好民生实事
永昌县政协委员为山区学校送去冬衣
"""
    arts = segment_page(page).articles
    assert [(a.title, a.subtitle) for a in arts] == [
        ("合水县政协召开政协协商向基层延伸工作推进会", None),
        ("践行为民宗旨 办好民生实事永昌县政协委员为山区学校送去冬衣", None)]
    assert arts[1].body[0].startswith("本报永昌讯")


def test_a_left_over_line_under_a_title_not_yet_complete_is_its_last_line() -> None:
    """Headlines drawn after their reports: ``康乐县政协委员为山区`` took its report, ``学校送去冬衣``
    under it was left over. The title is not complete and the line names no subject, repeats
    none of its words: the title goes on. A line that restates the title's words is its subtitle
    (``…建言基层医疗卫生服务`` / ``为基层医疗卫生服务建言献策``)."""
    from clipper.text.newspaper.assign import attach_free_subtitles
    from clipper.text.newspaper.bodies import Body, Group
    body = Body(_pieces([(TEXT, "本报康乐讯（通讯员石雪琴）1月6日，康乐县政协组织部分委员来到裕河镇中心小学，"
                                "为学校送去冬衣、棉鞋和学习用品，为基层医疗卫生服务建言献策。")]), pos=0)
    title, tail = Group(title="康乐县政协委员为山区", taken=True, lines=[4]), Group(title="学校送去冬衣", lines=[5])
    body.group = title
    attach_free_subtitles([[title, tail]], [body])
    assert (title.title, title.subtitle, tail.taken) == ("康乐县政协委员为山区学校送去冬衣", None, True)
    title = Group(title="陇西县政协委员积极建言基层医疗卫生服务", taken=True, lines=[4])
    subtitle = Group(title="为基层医疗卫生服务建言献策", lines=[5])
    body.group = title
    attach_free_subtitles([[title, subtitle]], [body])
    assert (title.title, title.subtitle) == ("陇西县政协委员积极建言基层医疗卫生服务", "为基层医疗卫生服务建言献策")


#: A report, then a feature that opens without a dateline; both headlines printed after them. The
#: feature's headline shares fewer of its words with its lead than a report's does.
FEATURE_RUN_TOGETHER = """\
　　本报靖远讯（通讯员龚雪玉）2月
15日，靖远县政协主席张剑蓉主持召
开县政协十四届十二次常委会会议。
会议传达学习了上级有关会议精神，
审议了县政协二〇二五年度协商计划
和委员履职考评办法，听取了各专门
委员会上半年情况的汇报。
　　会议强调，要结合实际，切实抓
好集体学习和个人自学，深入开展调
查研究，把学习成果转化为推动发展
的实际成效。
　　会议要求，各专门委员会要加强
统筹协调，确保全年任务圆满完成。
　　今年以来，白银区政协立足基层
治理需要，组织委员下沉社区网格，
在政策宣传、矛盾调解、民意收集等
方面发挥作用，探索出一条政协委员
参与基层治理的新路子。
　　区政协将全区一百二十多名委员
编入社区网格，每名委员联系一个网
格，定期参加网格议事活动。
靖远县政协召开十四届十二次常委会会议
让“小网格”激发基层治理“大能量”
——白银区政协推动委员参与基层治理工作综述
"""


def test_a_features_headline_left_over_takes_the_stretch_its_words_begin() -> None:
    """``让“小网格”激发基层治理“大能量”`` and its subtitle share half of their words with the
    feature's lead (``今年以来，白银区政协立足基层治理需要…``) and almost none with the report
    before: they head that stretch."""
    arts = segment_page(FEATURE_RUN_TOGETHER).articles
    assert [a.title for a in arts] == ["靖远县政协召开十四届十二次常委会会议", "让“小网格”激发基层治理“大能量”"]
    assert arts[0].body[-1].startswith("会议要求")
    assert arts[1].body[0].startswith("今年以来，白银区政协")
    assert arts[1].subtitle == "白银区政协推动委员参与基层治理工作综述"


#: A report, then its headline printed after it (frames drawn out of order) with a photo item
#: right under that headline: the photo's title, its caption and its credit.
PHOTO_UNDER_HEADLINE = """\
　　本报讯（记者史莉）7月12日，省
政协召开十三届十次主席会议，传达
学习近期重要讲话精神，审议有关事
项。省政协主席主持会议。
　　会议审议通过了省政协年度协商
工作计划，听取了专题调研情况的汇
报，研究了全会筹备工作有关事项。
　　会议强调，要聚焦全省改革发展
稳定中的重大问题深入调研、精准建
言，以优异成绩迎接全会召开。
省政协召开十三届十次主席会议
春耕正当时
6月18日，会宁县政协委员
在田间指导农户春耕备播。
本报记者 林斌军 摄
"""


def test_a_photo_title_under_a_complete_headline_is_no_subtitle() -> None:
    """``春耕正当时`` stands over a caption (a bare date and its clause, then a credit): it is the
    photo's title, not the subtitle of the complete headline above it, and the photo is an item
    of its own."""
    arts = segment_page(PHOTO_UNDER_HEADLINE).articles
    assert [(a.title, a.subtitle, a.kind) for a in arts] == [
        ("省政协召开十三届十次主席会议", None, "news"), ("春耕正当时", None, "photo")]
    assert arts[1].authors == ["林斌军"] and arts[1].body == ["6月18日，会宁县政协委员在田间指导农户春耕备播。"]


def test_a_features_headline_finds_its_report_on_a_real_page() -> None:
    """pypdf's text of a typst page whose headlines were drawn after the columns: a report, a
    feature opening ``今年以来，…`` and a commentary ran together as one body. The feature's
    headline and subtitle (half of their words in its lead) take the feature's text."""
    from pathlib import Path

    from clipper.extract import extract_document

    raw = (Path(__file__).parent / "data" / "typst-dev5.t010.pypdf.txt").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///t010.pypdf.txt").articles}
    feature = arts["让“小网格”激发 基层治理“大能量”"]
    assert feature.body[0].startswith("今年以来，白银区政协") and feature.subtitle == "白银区政协推动委员参与基层治理工作综述"
    assert not any("白银区" in p for p in arts["靖远县政协召开十四届十二次常委会会议"].body)


#: Two reports side by side, each headline over two lines, read row by row across the columns
#: (pdfminer with every printed line a box of its own).
TWO_HEADLINES_ACROSS = """\
泾川县政协视察苹果
卓尼县政协召开党组理论
产业高质量发展情况
学习中心组会议
  本报泾川讯（通讯员 王红）10月
  本报卓尼讯（通讯员 李强）7月
17日，泾川县政协组织部分委员视察
18日，卓尼县政协党组书记、主席主
苹果产业高质量发展情况。委员们先后
持召开党组理论学习中心组会议，传
深入果园、冷库和加工企业，了解苹果
达学习了上级有关会议精神，并围绕
种植、储藏和销售情况。
主题开展交流研讨。
  视察组建议，要加快老果园更新改造，
  会议强调，要坚持学用结合，把学习
推广矮砧密植和水肥一体化技术，培育
成果转化为推动工作的实际成效，切实
壮大龙头企业，健全冷链和电商体系。
提高政协工作的质量和水平。
"""


def test_an_unfinished_headline_naming_its_subject_does_not_go_on_in_another_subject() -> None:
    """``泾川县政协视察苹果`` is unfinished and names its subject; the line after it in the text,
    ``卓尼县政协召开党组理论``, names another: it is the headline beside it, and each headline goes
    on in the line a row further down."""
    from clipper.text.newspaper.order import evidence, make_line

    a, other, rest = (make_line(k, t) for k, t in enumerate(["泾川县政协视察苹果", "卓尼县政协召开党组理论", "产业高质量发展情况"]))
    assert evidence(a, other, as_open=False) < evidence(a, rest, as_open=False)
    arts = segment_page(TWO_HEADLINES_ACROSS).articles
    assert [a.title for a in arts] == ["泾川县政协视察苹果产业高质量发展情况", "卓尼县政协召开党组理论学习中心组会议"]


def test_a_kicker_over_a_report_headline_after_a_sentence_in_mid_line_stays_a_headline() -> None:
    """pdfium's text of a typst corpus page (real output): a report's kicker and headline drawn
    after the first column of its report, right after a line that stops in mid-sentence
    (``…的节水灌``). A line that states a theme (``助力乡村全面振兴``, no subject, no event, six or
    more characters) over a headline with its own subject, no word across, is the kicker, not the
    rest of the sentence (it was read into it: ``…节水灌助力乡村全面振兴``)."""
    text = (ROOT / "bench" / "typst_pages" / "dev2" / "text" / "pdfium" / "t008.pdfium.txt").read_text(encoding="utf-8")
    arts = segment_page(text).articles
    report = next(a for a in arts if a.title and a.title.endswith("两当县政协组织委员送科技下乡"))
    assert report.title == "助力乡村全面振兴两当县政协组织委员送科技下乡"
    assert not any("助力乡村全面振兴" in p for a in arts for p in a.body)


def test_a_credit_glued_after_a_caption_before_a_dateline_is_no_headline() -> None:
    """pypdf's text of a typst corpus page (real output): a photo's caption ends on the line of
    its credit (``…斤。 金海强 摄影报道``) and the next line opens a report's dateline. The credit
    is the caption's, not a photo's title glued after a sentence: no report takes it for a title."""
    text = (ROOT / "bench" / "typst_pages" / "dev6" / "text" / "pypdf" / "t004.pypdf.txt").read_text(encoding="utf-8")
    arts = segment_page(text).articles
    assert not any(a.title and "摄影报道" in a.title for a in arts)
    photo = next(a for a in arts if a.title == "委员助农直播忙")
    assert photo.authors == ["金海强"]


def test_a_headline_phrase_narrower_than_the_column_before_it_is_the_headline_s_first_line() -> None:
    """pypdf's text of a typst corpus page (real output): a two-line headline drawn after a column
    that stops in mid-sentence (``了、路通了、水来了，一``). Its first line ends at a comma
    (``委员走进田间地头，``) and is an em narrower than the column's full lines: a justified column
    fills every line but a paragraph's last, and no paragraph ends at a comma. The line heads the
    report with the line after it; it was read as the sentence's rest."""
    text = (ROOT / "bench" / "typst_pages" / "dev8" / "text" / "pypdf" / "t009.pypdf.txt").read_text(encoding="utf-8")
    arts = segment_page(text).articles
    assert "委员走进田间地头，为高标准农田建设“把脉开方”" in [a.title for a in arts]
    assert not any("委员走进田间地头，" in p for a in arts for p in a.body)


COLUMN_THEN_PHRASE = """\
委员们俯身察看土壤墒情，详
细询问灌溉设施运行、土地流
转和种植收益情况。一位种植
大户告诉委员：“地平了、路
通了、水来了，一亩地能多收
{line}
为高标准农田建设“把脉开方”
"""


def test_only_a_short_line_ending_at_a_comma_is_taken_from_the_column_for_a_headline() -> None:
    """Made lines: the same comma-ended line is a headline's first line when it is narrower than
    the column's full lines, and the column's own line when it fills the column; a short line
    ending at ``？`` may end a paragraph and is never taken."""
    from clipper.text.newspaper.flow import page_pieces

    def kind_of(line: str) -> str:
        pieces, _, _ = page_pieces(COLUMN_THEN_PHRASE.format(line=line))
        return next(p.kind for p in pieces if p.text == line)

    assert kind_of("委员走进田间地头，") == HEAD
    assert kind_of("政协委员们一同走进田间地头，") == TEXT  # no narrower than the column: its line
    assert kind_of("委员走进田间地头？") == TEXT


def test_a_headline_glued_after_a_sentence_over_a_dash_subtitle_and_a_dateline_is_cut_off() -> None:
    """pypdf's text of a typst corpus page (real output): ``…发展成果。甘州区政协召开全县人才工作专题协商会``
    and then ``——让人才引得进留得住用得好`` and the report's dateline: no sentence goes on into a
    ``——`` subtitle over a dateline, so the headline glued after the full stop is the report's."""
    text = (ROOT / "bench" / "typst_pages" / "dev8" / "text" / "pypdf" / "t002.pypdf.txt").read_text(encoding="utf-8")
    arts = segment_page(text).articles
    report = next(a for a in arts if a.title == "甘州区政协召开全县人才工作专题协商会")
    assert report.subtitle == "让人才引得进留得住用得好"
    assert not any(p.endswith("发展成果。甘州区政协召开全县人才工作专题协商会") for a in arts for p in a.body)


def test_the_top_of_a_column_read_into_a_brief_under_it_goes_back_to_its_report() -> None:
    """pypdf's text of a typst corpus page (real output): the page's text opens with the top of a
    column, the rest of a report that ends the text (``…构建好以学铸魂、`` / ``以学增智、以学正风…``),
    and runs on into a brief (``2月28日，金塔县政协召开委员述职会…``) whose headline is printed
    apart. The brief's headline took that whole text; its report opens at the brief's date, where
    its words are, so the text before goes back to the report it continues."""
    text = (ROOT / "bench" / "typst_pages" / "dev6" / "text" / "pypdf" / "t007.pypdf.txt").read_text(encoding="utf-8")
    arts = {a.title: a for a in segment_page(text).articles}
    assert arts["金塔县政协召开委员述职会"].body == ["2月28日，金塔县政协召开委员述职会，八名委员现场述职，接受评议。"]
    report = arts["古浪县政协召开党组理论学习中心组（扩大）会议"]
    assert report.body[-1].endswith("倾力为全县招商引资助力添彩。") and "以学铸魂、以学增智" in report.body[-1]



def test_a_headline_printed_apart_before_a_column_label_keeps_its_subtitle_on_a_real_page() -> None:
    """pypdfium2 on a typst page: a report's text first, its headline (two title lines and a
    subtitle without a dash) later, right before the column label ``要闻`` and a brief. The
    subtitle, which repeats words of the report's second paragraph, is the headline's, not a
    headline that takes that paragraph."""
    page = ROOT / "bench" / "typst_pages" / "dev4" / "text" / "pdfium" / "t001.pdfium.txt"
    text = page.read_text(encoding="utf-8")
    assert "党的建设暨宣传信息工作会议\n充分发挥党组把方向管大局保落实的重要作用\n要闻\n" in text
    arts = {a.title: a for a in segment_page(text).articles}
    report = arts["环县政协召开全市政协系统党的建设暨宣传信息工作会议"]
    assert report.subtitle == "充分发挥党组把方向管大局保落实的重要作用"
    assert any(p.startswith("会议强调") for p in report.body)
    assert "充分发挥党组把方向管大局保落实的重要作用" not in arts


def test_a_rest_goes_to_the_finished_report_that_holds_what_it_is_about() -> None:
    """pypdf's text of a typst page drawn last first: the later paragraphs of a report on a ship
    (``“海葵一号”主甲板…``) come right after another report's headline, before their own report's
    first column. The nearest report before them is finished and shares none of their own words;
    the report on the ship holds ``海葵一号`` and the rest of what they name."""
    from conftest import ROOT

    text = (ROOT / "bench/typst_pages/dev5/text/pypdf/t011.pypdf.txt").read_text(encoding="utf-8")
    arts = {a.title: "".join(a.body) for a in segment_page(text).articles}
    assert "“海葵一号”主甲板最大直径90米" in arts["亚洲首艘圆筒型“海上油气加工厂”启运珠江口盆地"]
    assert "海葵" not in arts["岷县政协召开全县人才工作专题协商会"]


def test_a_rest_in_the_words_of_every_meeting_report_stays_with_the_nearest() -> None:
    """Reports of meetings share their phrases (``会议要求，要提高政治站位``): a rest sharing a few
    of them with a report further away is no sign it belongs there (pypdf's text of a reportlab
    page)."""
    from conftest import ROOT

    text = (ROOT / "bench/pages/corpus/text/pypdf/p017.pypdf.txt").read_text(encoding="utf-8")
    arts = {a.title: a.body for a in segment_page(text).articles}
    assert arts["礼县政协召开政协协商向基层延伸工作推进会"][1].startswith("会议要求，要提高政治站位")


def test_a_headline_phrase_under_a_line_of_running_text_without_sentence_marks_is_the_headline_s() -> None:
    """pypdf's text of a typst page: the report's last line ``告诉委员：“地平了、路通了、`` has no
    sentence mark, so it looked like a headline line, and the phrase under it
    (``委员走进田间地头，``) was taken for text going on from a headline. A line holding an
    enumeration comma, or a colon inside it, is running text: the phrase, three ems narrower than
    the column, is the first line of the headline under it."""
    text = (ROOT / "bench" / "typst_pages" / "dev6" / "text" / "pypdf" / "t005.pypdf.txt").read_text(encoding="utf-8")
    assert "委员走进田间地头，为高标准农田建设“把脉开方”" in [a.title for a in segment_page(text).articles]
def test_a_headline_set_wider_than_the_column_between_paragraphs_heads_the_feature_it_splits() -> None:
    """pypdf's text of a reportlab page: a feature without dateline opens the page, its headline
    (``中法经贸合作广度深度不断拓展``, three ems wider than the column) drawn after its first column.
    A section heading is set in its column; a line wider than the column's full lines is a
    headline, and the page's first column, headless, is the start of the report it heads."""
    from conftest import ROOT

    text = (ROOT / "bench/pages/corpus/text/pypdf/p011.pypdf.txt").read_text(encoding="utf-8")
    arts = {a.title: a.body for a in segment_page(text).articles}
    body = arts["中法经贸合作广度深度不断拓展"]
    assert body[0].startswith("今年是中法建交60周年") and len(body) == 10
    assert "中法经贸合作广度深度不断拓展" not in body
    assert None not in arts


def test_a_headless_feature_of_another_width_after_a_finished_brief_takes_the_stack_s_leftover() -> None:
    """Headlines drawn after every body (a stack of six at the page's end): a brief in a narrow
    column finishes, and the next line, a feature's first in a wider column (it ends on an
    enumeration comma, so it looks like a headline line), does not read on from it; the
    feature is no rest of the finished brief but the report of the headline the stack has left
    over (reportlab p003, pypdf)."""
    text = (ROOT / "bench/pages/corpus/text/pypdf/p003.pypdf.txt").read_text(encoding="utf-8")
    arts = {a.title: "".join(a.body) for a in segment_page(text).articles}
    assert arts["肃州区：城市社区治理迈出新步伐"].startswith("有效带动了机关务实开展调研协商活动、")
    brief = arts["陇西县政协就社会救助政策落实开展专题协商"]
    assert brief.endswith("打好生态文明建设主动仗。") and "有效带动" not in brief
