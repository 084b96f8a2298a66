"""Printed lines that an extractor cut at compressed marks are joined again
(clipper.text.newspaper.split_lines). The texts are real extractions of a page of the typst
corpus (bench/typst_pages/dev/pdf/t002.pdf): poppler's ``pdftotext -raw`` and pypdf."""

from __future__ import annotations

from clipper.text.newspaper.split_lines import rejoin_split_lines

#: pdftotext -raw: the step back drawn after a compressed mark starts a new text line.
RAW = """本 报 西 固 讯 (通 讯 员 顾
刚)1 月 28 日,西固区政协主
席张剑蓉主持召开县政协十
四届十二次常委会会议。
会议
传达学习了习近平总书记在
庆祝中华人民共和国成立 74
周年招待会上的重要讲话精
神、
致中华全国工商业联合会
成立 70 周年贺信精神和重要
文章
《开辟马克思主义中国化
时代化新境界》,审议通过了
《政协徽县委员会主席会议工
作规则(修订案)》
《全县非物
质文化遗产挖掘保护及利用
情况调查报告》
《县政协民主
评议县医疗保障局工作的报
告》等,通过了有关人事事项。
会议强调,要按照主题教
育工作安排,结合工作和自身
实际,切实抓好集体学习和个
人自学,深入开展调查研究,
深刻剖析检视自身问题,抓好
问题整改和建章立制工作,推
动主题教育走深走实。
要优质
高效完成年度工作任务,在全
"""

#: pypdf on the same page: every printed line whole.
WHOLE = """本 报 西 固 讯 (通 讯 员 顾
刚)1 月 28 日,西固区政协主
席张剑蓉主持召开县政协十
四届十二次常委会会议。会议
传达学习了习近平总书记在
庆祝中华人民共和国成立 74
周年招待会上的重要讲话精
神、致中华全国工商业联合会
成立 70 周年贺信精神和重要
文章《开辟马克思主义中国化
时代化新境界》,审议通过了
《政协徽县委员会主席会议工
作规则(修订案)》《全县非物
质文化遗产挖掘保护及利用
情况调查报告》《县政协民主
评议县医疗保障局工作的报
告》等,通过了有关人事事项。
会议强调,要按照主题教
育工作安排,结合工作和自身
实际,切实抓好集体学习和个
人自学,深入开展调查研究,
深刻剖析检视自身问题,抓好
问题整改和建章立制工作,推
动主题教育走深走实。要优质
高效完成年度工作任务,在全
"""


def test_lines_cut_at_compressed_marks_are_whole_again() -> None:
    got = rejoin_split_lines(RAW).splitlines()
    for line in ("神、致中华全国工商业联合会", "文章《开辟马克思主义中国化", "作规则(修订案)》《全县非物",
                 "情况调查报告》《县政协民主"):
        assert line in got, line
    # Pieces without marks after a finished sentence that fill the line, before a full line of
    # running text, are the rest of that printed line (as pypdf shows it whole, WHOLE below).
    assert "四届十二次常委会会议。会议" in got and "动主题教育走深走实。要优质" in got


def test_whole_lines_and_short_lines_are_left_alone() -> None:
    """A page whose lines are whole is unchanged; so are a paragraph's last line and the
    headline under it, though their widths add up to a column's."""
    assert rejoin_split_lines(WHOLE) == WHOLE
    page = WHOLE + "更实惠。\n委员义诊进社区\n9月15日，永登县政协组织医卫\n"
    assert rejoin_split_lines(page) == page


#: pdftotext -raw on a typst page set with compressed marks (bench/typst_pages/dev/pdf/t003.pdf):
#: a printed line may end in a piece of one character (``精准建言。`` / ``要``).
RAW_ONE_CHARACTER = """省政协召开十三届十次主席会议
本报讯
（记者 陈晓东）
11月21日，
省政
协召开十三届十次主席会议，
传达学习习近
平总书记近期重要讲话和重要指示精神，
审
议有关事项。省政协主席何永平主持会议。
会议审议通过了《省政协2025年度协
商工作计划
（草案）
》
，
听取了关于开展
“加快
发展新质生产力”
专题调研情况的汇报，
研
究了省政协十三届三次会议筹备工作有关
事项。
会议强调，要把学习贯彻习近平总书
记重要讲话精神同学习贯彻党的二十届三
中全会精神结合起来，聚焦全省改革发展
稳定中的重大问题深入调研、
精准建言。
要
科学谋划明年协商议题，
坚持少而精、
实而
准，
提高协商议政质量。
要精心做好全会各
项筹备工作，确保会议开得团结、民主、求
实、奋进。
"""


def test_a_piece_of_one_character_ends_its_printed_line() -> None:
    """One character whose sentence goes on is no line of its own, nor a headline after a
    finished sentence: it is the last of the printed line before."""
    got = rejoin_split_lines(RAW_ONE_CHARACTER).splitlines()
    for line in ("稳定中的重大问题深入调研、精准建言。要", "平总书记近期重要讲话和重要指示精神，审",
                 "发展新质生产力”专题调研情况的汇报，研", "商工作计划（草案）》，听取了关于开展",
                 "本报讯（记者 陈晓东）11月21日，省政"):
        assert line in got, line
    assert got[0] == "省政协召开十三届十次主席会议"


#: pdftotext -raw on another typst page (bench/typst_pages/dev/pdf/t011.pdf).
RAW_RUNS_ON = """本报高台讯(通讯员顾新霞)7月12
日,高台县政协党组书记、主席宋全科
主持召开市政协党组(扩大)会议暨理论
学习中心组会议。
会议集中学习了习近
平总书记同党外人士共迎新春、
在天津
考察时的重要讲话精神,传达学习了全
省“三抓三促”行动推进会议精神和省、
市、市纪委全会精神等,动员市政协机
关上下收心归位,扎实有序做好开年各
项工作。
会议强调,要深入学习贯彻习近平
总书记重要讲话精神,准确把握人民政
协作为实行新型政党制度的重要政治
形式和组织形式的性质定位,让政协更
好地成为各民主党派和无党派人士发
扬民主、参与国是、团结合作的重要平
台。要严格落实全面从严治党要求,切
实加强政协党风廉政建设,以高度的政
治自觉和政治担当,把省、市、市纪委
全会精神贯彻落实到政协工作的各个
"""


def test_a_piece_whose_word_runs_on_is_no_headline() -> None:
    """After a finished sentence a piece without marks may be a headline; not when its last word
    runs on into the next line (``习近`` / ``平``)."""
    got = rejoin_split_lines(RAW_RUNS_ON).splitlines()
    assert "学习中心组会议。会议集中学习了习近" in got
    assert "平总书记同党外人士共迎新春、在天津" in got


#: pypdfium2 on a typst page (bench/typst_pages/dev3/pdf/t008.pdf): whole lines, a paragraph's
#: last line and the next one's first adding up to a column's width.
WHOLE_PARAGRAPHS = """新华社北京8月6日电 全国政
协22日在京召开双周协商座谈
会，围绕“推进县域医共体建设”
协商议政。
委员们认为，推进县域医
共体建设，是提升基层医疗卫生
服务能力、让群众就近享有优质
医疗服务的重要举措。要加快完
善医共体内部运行机制，推动人
员、技术、服务、管理下沉，提
升县域综合服务能力。
座谈会上，十位委员和专
家作了发言，近四十位委员通过
移动履职平台发表意见。大家建
议，要健全医保支付方式改革配
套政策，加强县域医疗卫生人才
队伍建设，推进信息互联互通，
让群众看病更方便、更实惠。
新华社兰州2月19日电 记者从甘肃省
气象台获悉，受新一轮冷空气影响，3日至
5日，我省大部地区将出现大风降温天气，
河西走廊东部、陇中北部局地有沙尘，气
温将下降六到八摄氏度。
气象部门提醒，此次冷空气过程降温
幅度大，请公众及时添衣保暖，设施农业
生产单位要做好防风保温工作，交通运输
部门要防范路面结冰对交通安全的不利
影响。
"""


def test_a_page_of_whole_lines_is_not_read_as_cut() -> None:
    """Only pieces end a clause on a line narrower than every column: a page without such lines
    is left as it is, whatever its widths add up to."""
    assert rejoin_split_lines(WHOLE_PARAGRAPHS) == WHOLE_PARAGRAPHS


#: pdftotext -raw on a typst page (bench/typst_pages/dev3/pdf/t002.pdf): a printed line cut after
#: the full stop in its middle (``恒纠“四风”树新风。`` / ``要切实``; ``义、`` / ``官僚主义。`` / ``要持续开展``),
#: and a headline after a
#: paragraph's last line (``效。`` / ``酒泉市政协``).
RAW_AFTER_SENTENCE = """两当县政协召开党组理论
学习中心组（扩大）会议
本报两当讯（通讯员
史平）3 月 18 日，两当县
政协主席齐永刚主持召开
市政协党组理论学习中心
组（扩大）会议。会议传
达学习了习近平总书记在
中共中央政治局第 40 次
集体学习时的重要讲话精
神，
学习了
《中国共产党政
治协商工作条例》
，
围绕学
习贯彻省第十四次党代会
精神进行了交流研讨，并
安排部署了市政协党风廉
政建设工作。
会议强调，要深入学
习宣传贯彻省第十四次党
代会精神，把党代会精神
贯穿到政协履职全过程各
方面，不断推动省党代会
精神在全市政协系统落地
落实。要严格落实“一岗双
责”，抓实抓细政治监督，
切实提高一体推进“三不
腐”的能力和水平，持之以
恒纠“四风”树新风。
要切实
强化廉洁自律意识，严格
落实中央八项规定及其实
施细则精神，力戒形式主
义、
官僚主义。
要持续开展
有针对性的党性教育、纪
律教育、
家风教育，
夯实清
正廉洁的思想根基。要改
进工作作风，提升工作效
率，
标导向、结果导向,认
真做好提案征集和遴
选等工作,开展好“结
对帮扶·爱心凉州”行
动,用心做好惠企纾
困工作,以冲刺状态
强力推动各项重点工
作和目标任务落地见
效。
酒泉市政协
开展生态环境保护
民主监督
本报酒泉讯
（记者 马
玉兰）
"""


def test_a_piece_after_a_sentence_that_fills_the_line_before_a_full_line_is_running_text() -> None:
    """A piece without marks after a finished sentence may be a headline; not when it fills that
    line to the column's width and a full line of running text follows it (under a headline comes a
    report's first line: a dateline, a date, a line indented by an offset)."""
    got = rejoin_split_lines(RAW_AFTER_SENTENCE).splitlines()
    assert "恒纠“四风”树新风。要切实" in got
    assert "义、官僚主义。要持续开展" in got  # (the line before was itself cut: ``义、`` / ``官僚主义。``)
    assert "效。" in got and "酒泉市政协" in got


#: pdftotext -raw on a typst page (bench/typst_pages/dev4/pdf/t006.pdf): an interview, whose turns
#: open printed lines (``…“挂块牌子了事”`` / ``？`` / ``刘国栋：我们坚持“有场所、``).
RAW_INTERVIEW = """协商于决策之前和决策实
施之中，是人民政协履行职能的
重要方式。一段时间以来，各级
政协围绕中心工作开展了大量
协商活动，形成了一批有价值的
成果。
协商成果的价值，在于转化
和运用。如果协商会上热热闹
闹，会后却无人问津，协商就失
河西走廊上的驿站记忆
□ 李建华
今年以来，陇西县政协在全
县十七个乡镇全部建成协商议事
室，
推动政协协商向基层延伸。
日
前，
记者就此专访了陇西县政协主
席刘国栋。
记者：
为什么要把协商议事室
建到乡镇？
刘国栋：
群众关心的事，
大多
发生在基层。
过去政协协商主要在
县一级开展，离群众还有一段距
离。
把协商议事室建到乡镇，
就是
要让委员走到群众中间，
把协商的
“桌子”摆到群众家门口。
记者：协商议事室建起来以
后，怎么避免“挂块牌子了事”
？
刘国栋：我们坚持“有场所、
有制度、
有计划、
有活动、
有成效”
的标准，
每个议事室确定一名联络
员，每季度至少开展一次协商活
动。
议题从群众中来，
协商结果向
群众公开，办理情况由群众评议。
记者：
这一年来，
取得了哪些
实际效果？
刘国栋：
全县各乡镇议事室共
开展协商活动六十多场，
推动解决
了农村道路养护、饮水管网维修、
中药材市场规范等一批群众急难
愁盼问题。
"""


def test_an_interview_turn_opens_a_printed_line() -> None:
    """A line opened by a speaker who opens two or more (``刘国栋：``, ``记者：``) is never the rest
    of the printed line before it; the question mark cut off before it is."""
    got = rejoin_split_lines(RAW_INTERVIEW).splitlines()
    assert "后，怎么避免“挂块牌子了事”？" in got
    assert "刘国栋：我们坚持“有场所、有制度、" in got


#: pdftotext -raw on a typst page (bench/typst_pages/dev/pdf/t001.pdf): ``…发展壮大。`` / ``要对`` /
#: ``照年初重点任务开展`` / ``“回头看”`` (a word across the cut, 对照, that the word list finds likely,
#: not sure; the line after the piece is itself cut before an opening mark).
RAW_PIECE_BEFORE_PIECES = """本报镇原讯(通讯员袁玉杰)3月14日,镇
原县政协党组书记鲁维俭主持召开县政协
党组理论学习中心组(扩大)会议。会议学习
了习近平总书记金砖国家领导人巴以问题
特别视频峰会上的重要讲话、
《习近平新时
代中国特色社会主义思想专题摘编》部分篇
目和中共中央办公厅《关于加强新时代人民
政协党的建设工作的若干意见》,2名同志围
绕“四下基层”精神内涵、价值追求作了交
流发言。
会议强调,全体党员干部要深入学习贯
彻习近平新时代中国特色社会主义思想,带
头加强学习、
带头践行
“四下基层”
制度、
带
头搞好调查研究、
带头服务高质量发展,推动
政协工作提质增效。要广开渠道做好提案征
集工作,广泛、
多层、
全面征求社会各界对经
济社会发展的意见建议,使政协提案更加切
合实际、
贴近民生、
反映民意、
汇集民智。
要
深入践行
“四下基层”
工作要求,主席会议成
员牵头走访委员企业,力所能及帮助企业解
决困难和问题,助力民营企业发展壮大。
要对
照年初重点任务开展
“回头看”
,及时总结经
验、
认真查漏补缺。
要紧跟县委中心工作,围
绕如何更好发挥政协职能作用认真谋划明
年工作,确保新年度各项工作良好开局。
新华社兰州12月2日电 记者从
甘肃省气象台获悉，受新一轮冷空
气影响，3日至5日，我省大部地区
将出现大风降温天气，河西走廊东
部、
陇中北部局地有沙尘，
"""


def test_a_piece_followed_by_pieces_of_running_text_ends_the_line_before_it() -> None:
    """What follows a piece may itself be a piece of running text (cut before an opening mark);
    and running text that does not fill its line alone is a piece, not a printed line."""
    got = rejoin_split_lines(RAW_PIECE_BEFORE_PIECES).splitlines()
    assert any(line.endswith("发展壮大。要对") for line in got)


def test_a_column_label_is_no_printed_line_s_rest() -> None:
    """pdftotext -raw of a typst page: a box's label (``一线传真``) comes right after a paragraph's
    last piece, which with it would fill the column: it stays a line of its own."""
    from pathlib import Path

    raw = (Path(__file__).parent / "data" / "typst-dev8.t003.pdftotext-raw.txt").read_text(encoding="utf-8")
    lines = rejoin_split_lines(raw).split("\n")
    assert [ln for ln in lines if "一线传真" in ln] == ["一线传真"] * 3
    assert "众写春联、送书籍。" in lines


def test_a_line_of_indent_spaces_alone_indents_the_line_after_it() -> None:
    """PyMuPDF's text of a typst corpus page (real output): a paragraph's indent, two ideographic
    spaces, comes out as two text lines of one space each before the line it indents
    (``…义诊活动。`` / ``　`` / ``　`` / ``义诊现场，委员们…``). A line of them alone would be dropped as
    blank and the paragraph's start with it: the spaces go back in front of the line."""
    from clipper.text.newspaper import segment_page
    from clipper.text.newspaper.split_lines import attach_lone_indents
    assert attach_lone_indents("活动。\n\u3000\n\u3000\n义诊现场，委员们\n为群众") == "活动。\n\u3000\u3000义诊现场，委员们\n为群众"
    assert attach_lone_indents("活动。\n\n  义诊") == "活动。\n\n  义诊"  # blank lines and spaces stay
    from conftest import ROOT
    text = (ROOT / "bench" / "typst_pages" / "dev3" / "text" / "pymupdf" / "t003.pymupdf.txt").read_text(encoding="utf-8")
    report = next(a for a in segment_page(text).articles if a.title == "夏河县政协委员为牧区群众义诊")
    assert len(report.body) == 2 and report.body[1].startswith("义诊现场，委员们")
