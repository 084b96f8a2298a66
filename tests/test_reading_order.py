"""Reading order of printed lines (clipper.text.newspaper.order): which line follows which."""

from __future__ import annotations

from conftest import DATA, ROOT
from clipper.text.newspaper import segment_page
from clipper.text.newspaper.order import (SURE_GAIN, Line, chain_lines, cut_gain, evidence, lead_width, make_line, mark_stacks,
                                         pair_evidence)


def read_fixture(name: str) -> tuple[list[str], list[Line], dict[int, int]]:
    """The printed lines of an extraction kept in tests/data, and their successors."""
    text = (ROOT / "tests" / "data" / name).read_text(encoding="utf-8")
    raw = [ln for ln in text.splitlines() if ln.strip()]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    return raw, lines, chain_lines(lines)


def test_a_number_cut_by_the_line_end_is_completed_by_the_next_line() -> None:
    a, b = make_line(0, "　　本报山丹讯（通讯员孔娜琳）3月13"), make_line(1, "日至15日，山丹县政协主席阎慧玉带领")
    other = make_line(2, "部分政协委员，就农村人居环境整治工")
    assert a.open and evidence(a, b) > evidence(a, other)
    assert evidence(a, b) >= 3.0
    assert cut_gain("会议共收到提案202", "3件") >= SURE_GAIN


def test_an_indent_drawn_as_spaces_counts_in_the_printed_width() -> None:
    assert lead_width("　　本报讯") == 2.0 and lead_width("    本报讯") == 2.0 and lead_width("本报讯") == 0.0
    first = make_line(0, "　　本报山丹讯(通讯员孔娜琳)3月")
    assert first.width + first.lead > first.width + 1.5


def test_two_columns_read_row_by_row_are_taken_apart() -> None:
    """The lines of two side-by-side columns interleaved (as an extractor that reads across
    rows gives them) chain back into the two columns."""
    left = ["　　本报临洮讯（通讯员王五）3月1日，", "临洮县政协召开主席会议，研究部署全", "年重点工作。会议听取了各专门委员会",
            "工作汇报，审议通过了年度协商计划。"]
    right = ["　　本报岷县讯（记者李四）3月2日，岷县政", "协组织委员视察高标准农田建设工作，察看", "了项目现场，听取了情况汇报。视察组指出，",
             "要加强项目管理，确保工程质量和进度。"]
    raw = [x for pair in zip(left, right) for x in pair]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    succ = chain_lines(lines)
    assert [succ.get(i) for i in (0, 2, 4)] == [2, 4, 6]
    assert [succ.get(i) for i in (1, 3, 5)] == [3, 5, 7]


def test_an_unfinished_headline_line_keeps_its_rest_where_rows_are_interleaved() -> None:
    """On a page read row by row (distance two between a column's lines), a headline over two
    lines still reads on in the line right under it, not in the dateline two lines down."""
    head = ["礼县政协召开党组", "理论学习中心组(扩大)会议"]
    left = ["　　本报礼县讯（通讯员白建海）2月2日，", "礼县政协党组书记、主席主持召开县政协", "党组理论学习中心组（扩大）会议。会议",
            "集中学习了习近平总书记重要讲话精神。"]
    right = ["　　本报岷县讯（记者李四）3月2日，岷县政", "协组织委员视察高标准农田建设工作，察看", "了项目现场，听取了情况汇报。视察组指出，",
             "要加强项目管理，确保工程质量和进度。"]
    raw = head + [x for pair in zip(left, right) for x in pair]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    succ = chain_lines(lines)
    assert succ.get(0) == 1


def test_a_headline_line_reads_on_in_a_scrap_of_one_character() -> None:
    """``举行党组理论学习`` / ``中`` / ``心组（扩大）会议``: the scrap opens no paragraph, but it is the
    headline's own rest (where indents are spaces a line that opens none must follow a sentence)."""
    raw = ["　　会议强调，要坚持围绕中心、服务大局，", "切实提高履职能力。", "岷县政协", "举行党组理论学习", "中",
           "心组（扩大）会议", "　　本报岷县讯（通讯员黄婷刚）3月7日，", "岷县政协组织召开党组理论学习中心组", "（扩大）会议。"]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    succ = chain_lines(lines)
    assert succ.get(3) == 4 and succ.get(4) == 5


def test_a_line_in_mid_sentence_hardly_reads_into_a_headline_of_another_width() -> None:
    """A column's lines are justified to one width: a line without marks much wider than the
    unfinished line before it, or much narrower with headline lines under it, is a headline
    (the column goes on in a frame drawn elsewhere); a narrower line with none under it may be
    the end of the text."""
    end = make_line(0, "实主题教育重点措施，坚")
    rest = make_line(9, "持做到学思用贯通，在强")
    wide = make_line(1, "陇西县政协召开九届十次常委会会议")
    assert evidence(end, wide) <= -2.5 < 0 < evidence(end, rest)
    lines = [make_line(0, "务上的便利以及职权或者地位形成的便利条"), make_line(1, "件，为有关单位和个人在企业经营、工程承"),
             make_line(2, "被控受贿超5.26亿"), make_line(3, "山东省青岛市政协原主席汲斌昌受审")]
    last = [make_line(0, "行的举措，真正把过“紧日子”的要求"), make_line(1, "不折不扣执行到"),
            make_line(2, "　　会议强调，要深入学习贯彻习近平总书记")]
    mark_stacks(lines)
    mark_stacks(last)
    assert evidence(lines[1], lines[2]) <= -2.5
    assert evidence(last[0], last[1]) > -2.5


def test_a_heading_with_a_comma_between_paragraphs_leads_into_the_next_one() -> None:
    """A feature's section heading (小标题) may hold a comma and end without a mark: between a
    finished paragraph and an indented one it is a heading, and the text goes on after it."""
    raw = ["　　鸭暖镇坚持以党建引领基层协", "商民主实践，针对群众关心的热点", "难点问题，让协商更专业、更精准、", "更加有效。",
           "精耕细作，架起基层治理“连心桥”", "　　坚持和发展新时代枫桥经验，", "深入贯彻“有事多商量、遇事先商", "量、难事好商量”的理念，聚焦群",
           "众操心事、烦心事、揪心事。"] * 3
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    succ = chain_lines(lines)
    assert succ.get(4) == 5  # 精耕细作，架起基层治理“连心桥” -> 　　坚持和发展新时代枫桥经验，
    assert not lines[4].open and lines[3].ends_sentence


def _page_around(head: list[str]) -> list[str]:
    """A column of a report, then `head` (a headline's printed lines), then the next report."""
    before = ["　　会议强调，要坚持围绕中心、服务大局，", "全面提高政协工作质量和水平，以良好的", "精神状态为履职增添动力，确保会议取得", "圆满成功。"]
    after = ["　　本报古浪讯（通讯员汪杰秀）7月27日，", "古浪县政协组织召开专题协商会，围绕新", "能源产业发展协商议政、建言献策。会议", "听取了县发改局的情况通报。"]
    return before + head + after


def test_a_scrap_cut_off_a_headline_line_goes_on_into_the_headline_line_under_it() -> None:
    """``古浪县政协就新能`` / ``源`` / ``产业发展开展专题`` / ``协商``: the scrap holds no word of its own;
    the headline so far is unfinished, so it goes on in the headline line under the scrap."""
    raw = _page_around(["古浪县政协就新能", "源", "产业发展开展专题", "协商"])
    succ = chain_lines([make_line(i, r) for i, r in enumerate(raw)])
    assert [succ.get(k) for k in (4, 5, 6)] == [5, 6, 7]


def test_a_scrap_left_alone_is_the_end_of_the_headline_line_above_it() -> None:
    """``会宁县政协考察`` / ``城`` / ``乡供水一体化工`` / ``作``: ``…考察`` could end a headline, but the
    scrap under it has nowhere else to belong."""
    raw = _page_around(["会宁县政协考察", "城", "乡供水一体化工", "作"])
    succ = chain_lines([make_line(i, r) for i, r in enumerate(raw)])
    assert [succ.get(k) for k in (4, 5, 6)] == [5, 6, 7]


def test_a_scrap_after_a_finished_headline_does_not_run_into_the_next_headline() -> None:
    """``…召开常委会会`` / ``议`` ends a headline: the headline line under it is another one's."""
    raw = _page_around(["武都区政协召开常委会会", "议", "西和县政协专题协商民营", "经济发展工作"])
    succ = chain_lines([make_line(i, r) for i, r in enumerate(raw)])
    assert succ.get(4) == 5 and succ.get(5) != 6


def test_a_headline_scrap_does_not_take_the_rest_of_another_lines_word() -> None:
    """``安排部署办理工`` / ``作`` ends a headline; the line under it, ``划明年…``, is the rest of
    ``…认真研究谋`` printed in a frame drawn later. The scrap, which makes no word with it, leaves it
    to that line."""
    head = ["通渭县集中交办", "政协提案", "安排部署办理工", "作"]
    rest = ["划明年政协调研视察协商课题，", "确保政协工作聚焦中心、服务发", "展，持续推动主题教育走深走实。"]
    later = ["　　会议要求，要深学细悟习近平", "总书记近期重要讲话精神，吃透中", "央对美丽中国建设等方面的", "部署要求，对标对表、认真研究谋"]
    column = ["功,为全区经济社会高质量发展", "作出贡献。要坚持问题导向,把", "助推富民产业发展壮大作为重中", "之重,深入调查研究,精准把脉问",
              "诊,提出务实管用的对策建议,推", "动凉州区现代特色农业提档升级。", "要坚持守正创新,深入推进“三", "抓三促”行动,高质量完成全年",
              "目标任务。要坚持目标导向、结", "果导向,认真做好提案征集和遴", "选等工作,开展好“结对帮扶·爱", "心凉州”行动,用心做好惠企纾",
              "困工作,以冲刺状态强力推动各", "项重点工作和目标任务落地见效。"]
    raw = column + head + rest + _page_around([])[4:] + later
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    succ = chain_lines(lines)
    scrap = len(column) + 3
    first_rest, cut = scrap + 1, len(raw) - 1
    assert succ.get(scrap - 1) == scrap
    assert succ.get(scrap) != first_rest and lines[cut].open


def test_a_sentence_does_not_run_into_a_line_indented_by_an_offset() -> None:
    """Indents drawn as offsets leave no spaces in the text: the first line of a paragraph is two
    ems narrower than the full lines under it. A frame that stops in mid-sentence does not go on
    in it (here, another report's notice printed right after it)."""
    column = ["功,为全区经济社会高质量发展", "作出贡献。要坚持问题导向,把", "助推富民产业发展壮大作为重中", "之重,深入调查研究,精准把脉问",
              "诊,提出务实管用的对策建议,推", "动凉州区现代特色农业提档升级。", "要坚持守正创新,深入推进“三", "抓三促”行动,高质量完成全年",
              "目标任务。要坚持目标导向、结", "果导向,认真做好提案征集和遴", "选等工作,开展好“结对帮扶·爱", "心凉州”行动,用心做好惠企纾",
              "困工作,以冲刺状态强力推动各", "项重点工作和目标任务落地见效。", "会议要求,广大政协委员要担当", "作为,持续关注产业发展,充分",
              "发挥人才荟萃、联系广泛的优势,"]
    notice = ["为进一步确保民主监督的", "广泛性，在行动上拿出务实可", "行的举措，现将有关事项公告", "如下。"]
    lines = [make_line(i, r) for i, r in enumerate(column + notice)]
    succ = chain_lines(lines)
    end, start = len(column) - 1, len(column)
    assert lines[end].open and succ.get(end) != start
    assert succ.get(start) == start + 1


def test_a_stranded_line_takes_the_rest_of_its_sentence_from_a_paragraph_start() -> None:
    """A line stopping in mid-sentence with nothing after it (its column ended, the next frame
    was drawn elsewhere) takes the line that completes its word, though the text had put that
    line after a finished sentence; a line that makes no word with it stays where it was."""
    from clipper.text.newspaper.order import rejoin_stranded
    raw = ["临洮县政协组织委员围绕城乡供水一体化开展", "专题视察，实地察看了水厂和管网建设情况，", "听取了情况汇报，并就下一步工作开展专题培",
           "会议要求，各单位要认真抓好贯彻落实工作。", "训，进一步提升干部队伍履职能力和服务水平。"]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    assert rejoin_stranded(lines, {0: 1, 1: 2, 3: 4}) == {0: 1, 1: 2, 2: 4}
    raw[4] = "全面提升干部队伍履职能力和服务水平和质量。"
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    assert rejoin_stranded(lines, {0: 1, 1: 2, 3: 4}) == {0: 1, 1: 2, 3: 4}


def test_a_stranded_line_does_not_take_the_rest_of_another_lines_word() -> None:
    """A stranded line (``…在过去几届进``, a wider column) makes a word with a line (``进`` |
    ``展``) that the line without marks right before it in its own column reads into as well
    (``…进取的发`` | ``展势头``, the first line of a paragraph indented by an offset): that line
    keeps it (this took it: a line without marks counted as one that ends its sentence)."""
    from clipper.text.newspaper.order import rejoin_stranded
    raw = ["大地增强了对未来中法产业投资合作的信心。在过去几届进", "多发展机遇。", "新时代中法关系将保持积极进取的发",
           "展势头，双方合作广度深度不断拓展。双"]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    assert rejoin_stranded(lines, {1: 2, 2: 3}) == {1: 2, 2: 3}


def test_a_stranded_line_takes_the_rest_of_a_near_sure_word_from_under_a_headline() -> None:
    """``…做到不达`` | ``标不放过、…`` (a real pypdf page of the corpus): the word across is nearly
    sure (5.6 nats: evidence grows with it, not in two steps), and the line it runs into holds an
    enumeration comma, so it is running text though as short as a headline line; the headline
    line the first reading put before it ends its flow instead."""
    from clipper.text.newspaper.order import rejoin_stranded
    raw = ["织领导,加大统筹协调、", "指导督导力度,做到不达", "通渭县集中交办政协提案", "安排部署办理工作", "标不放过、不见效不松",
           "手,切实将主题教育各"]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    assert 2.0 < cut_gain(raw[1], raw[4]) < SURE_GAIN
    assert rejoin_stranded(lines, {0: 1, 2: 3, 3: 4, 4: 5}) == {0: 1, 1: 4, 2: 3, 4: 5}


def test_a_stranded_line_whose_rest_comes_first_in_its_own_flow_opens_at_the_dateline() -> None:
    """The frames of one report drawn in reverse: the second column's lines come first in the
    file, then the report's dateline. Joining the stranded end to its rest would close a loop;
    the flow is cut where the report begins, after a finished sentence."""
    from clipper.text.newspaper.order import rejoin_stranded
    raw = ["训，进一步提升干部队伍履职能力和服务水平，", "推动各项工作落地见效。", "本报临洮讯（通讯员王五）3月1日，临洮县政",
           "协组织委员召开座谈会，就下一步工作开展培"]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    assert rejoin_stranded(lines, {0: 1, 1: 2, 2: 3}) == {0: 1, 2: 3, 3: 0}


def test_a_flow_cut_at_its_report_start_leaves_that_start_free_for_another_stranded_line() -> None:
    """After a loop is cut before a report's opening line, that line has no predecessor: another
    stranded line may take it (this raised KeyError: the cut link was still remembered)."""
    from clipper.text.newspaper.order import rejoin_stranded
    raw = ["训，进一步提升干部队伍履职能力和服务水平，", "推动各项工作落地见效。", "据新华社消息，临洮县政协组织委员召开座谈",
           "会，就下一步工作组织开展专题调研和专题培", "各单位要认真抓好当前工作，切实做好落实根"]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    assert rejoin_stranded(lines, {0: 1, 1: 2, 2: 3}) == {0: 1, 2: 3, 3: 0, 4: 2}


def test_a_page_read_in_order_then_row_by_row_takes_each_region_apart() -> None:
    """pdfminer with every line a box of its own (real output of a page of the first reportlab corpus, kept in tests/data): one column read
    line after line, then two narrow columns read row by row. The sure word cuts of each region
    tell its period (1, then 2), though most lines of the row-read region are ties."""
    text = (DATA / "reportlab.p009.pdfminer.txt").read_text(encoding="utf-8")
    body = "\n".join("".join(a.body) for a in segment_page(text).articles)
    assert "推动高质量发展、推进问题整改、建立长效机制上持续发力" in body
    assert "召开市政协党组理论学习中心组会议。会议传达学习了习近平总书记" in body
    assert "海上油气加工厂”——“海葵一号”" in body


def test_the_local_period_follows_the_sure_links_not_the_first_readings_ties() -> None:
    """Two paragraphs of one column read line after line, then two columns read row by row whose
    lines hold no mark (each could be a headline line): most links of the second region are
    ties between the next line and the one after it, and only the word cuts (``高质`` | ``量``,
    ``进一`` | ``步``) tell that its lines go on two lines down."""
    column = ["本报讯近日，市政协组", "织部分委员开展专题调", "研，深入企业和社区了", "解情况，听取基层意见", "和建议，推动各项工作",
              "落实见效。调研组指出", "要进一步提高政治站", "位，切实增强责任感和", "使命感，推动政协工作", "高质量发展。"]
    left = ["会议听取了全市高质", "量发展情况汇报并就", "推进乡村全面振兴提", "出意见建议。"]
    right = ["委员们认为全市生态", "环境持续向好但也存", "在短板弱项需要进一", "步补齐短板。"]
    raw = column + column + [x for pair in zip(left, right) for x in pair]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    succ = chain_lines(lines)
    assert all(succ.get(i) == i + 1 for i in range(17))
    n = 2 * len(column)
    assert [succ.get(n + k) for k in (0, 2, 4)] == [n + 2, n + 4, n + 6]
    assert [succ.get(n + k) for k in (1, 3, 5)] == [n + 3, n + 5, n + 7]


def test_a_dateline_reads_on_from_a_headline_better_than_another_paragraph() -> None:
    """Under a headline comes its report's first line: a dateline (``本报临洮讯…``, ``新华社…电``)
    after a headline line is likelier than another paragraph's start (pages read row by row put
    a headline over the columns before lines of all of them)."""
    from clipper.text.newspaper.order import HEAD_TO_DATELINE, mark_paragraph_starts
    raw = ["临洮县政协召开主席会议", "本报临洮讯（通讯员王五）3月", "会议强调，要坚持围绕中心、", "新华社兰州3月1日电（记者王"]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    mark_paragraph_starts(lines)
    other = evidence(lines[0], lines[2])
    assert evidence(lines[0], lines[1]) == evidence(lines[0], lines[3]) == other + HEAD_TO_DATELINE


def test_a_carried_line_competes_for_its_successor_with_every_open_line() -> None:
    """pdfminer's defaults on a page of six columns read row by row (real output of a typst page,
    kept in tests/data):
    ``央政协工作会议暨庆祝中国人民政`` holds no mark, so it goes on in mid-sentence only once the
    open line above links into it; its word (``政`` | ``治``) must still win the next row's line
    from a weaker open line of another column (``…检查身``), which took it when every open line's
    pairs were taken first."""
    raw, lines, succ = read_fixture("typst-dev.t002.pdfminer.txt")
    at = {ln.text: ln.idx for ln in lines}
    carried, weak = at["央政协工作会议暨庆祝中国人民政"], at["就诊的牧民群众测量血压、检查身"]
    assert raw[succ[carried]] == "治协商会议成立 70 周年大会上的"
    assert succ.get(weak) != succ[carried]


def test_the_links_are_chosen_together_not_best_first() -> None:
    """pdfminer's defaults on a typst page (kept in tests/data) interleave two columns around a
    report's start: ``…(通讯员杨慧丽  沈`` | ``学铸魂、…以学`` | ``华)10 月 5 日,…`` |
    ``促干长效机制,…``. Taken best first, the byline's line took ``促干…`` and left ``…以学``
    without the only line it reads into; the assignment with the greatest summed evidence gives
    each line its own (``沈`` | ``华)``, ``以学`` | ``促干``)."""
    raw, lines, succ = read_fixture("typst-dev7.t007.pdfminer.txt")
    at = {ln.text: ln.idx for ln in lines}
    assert raw[succ[at["本报永靖讯(通讯员杨慧丽  沈"]]].startswith("华)10 月 5 日")
    assert raw[succ[at["学铸魂、以学增智、以学正风、以学"]]] == "促干长效机制,更好地把主题教育成"


def test_the_news_model_tells_the_rest_of_a_sentence_where_rows_are_read_across_columns() -> None:
    """pdfminer's defaults on a typst page (kept in tests/data): a box of briefs and a photo
    caption read row by row. Where the page reads rows, the news language model's evidence that
    the sentence runs on (clipper.text.newspaper.char_lm) joins the word's and the widths':
    ``…困`` | ``难群众，为他们…``, not the caption's line beside it."""
    raw, lines, succ = read_fixture("typst-dev.t003.pdfminer.txt")
    at = {ln.text: ln.idx for ln in lines}
    assert raw[succ[at["1月20日，碌曲县政协班子成员走访慰问困"]]] == "难群众，为他们送去米面油等生活物资和新春"
    assert raw[succ[at["3月14日，清水县政协启动文史资料征集工"]]] == "作，重点征集反映县域发展变迁的老照片、老物"


def test_a_quotation_left_open_is_closed_by_the_next_line_of_its_column() -> None:
    """``…一到放学时段就“堵`` goes on in the line that closes the quotation (``成一锅粥”。``), not in
    the other column's line beside it; a line that closes a mark nothing left open, or opens a
    quotation inside an open one, does not follow."""
    a = make_line(0, "辆只能临时停靠在路边，一到放学时段就“堵")
    rest = make_line(1, "成一锅粥”。")
    other = make_line(2, "还是让家长们头疼的“堵点”；如今，新设的临")
    assert evidence(a, rest) > evidence(a, other)
    assert pair_evidence("本报东乡讯（通讯员石雪", "强）1月23日，东乡县政协党组") > 0
    assert pair_evidence("会议强调，要认真学习领会", "强）1月23日，东乡县政协党组") == 0
    assert pair_evidence("（通讯员石雪强）1月23日，东乡县", "强）1月23日，东乡县政协党组") < 0
    assert pair_evidence("要深刻领会“两个确立”的决定", "性意义，增强“四个意识”") == 0


def test_a_page_that_reads_rows_somewhere_weighs_the_news_model_everywhere() -> None:
    """pdfminer's defaults on a typst page (kept in tests/data): most of the page comes column by
    column, but one report's two columns come row by row, so its lines' successors are two lines
    down while the page's prior says one. A third of the page's sure word cuts skip a line: the
    page reads rows somewhere, and the news model's evidence (``召开区`` | ``政协党组``,
    ``近期重要`` | ``讲话精神``) is weighed on every line, not only where the prior already sees rows."""
    from clipper.text.newspaper.order import rows_across, sure_links
    raw, lines, succ = read_fixture("typst-dev.t004.pdfminer.txt")
    at = {ln.text: ln.idx for ln in lines}
    assert raw[succ[at["书记、主席徐小军主持召开区"]]] == "政协党组(扩大)会议暨十四届"
    assert raw[succ[at["学习了习近平总书记近期重要"]]] == "讲话精神,学习了《习近平新时"
    assert rows_across(sure_links(lines, heading_like=True))
    # a page read column by column skips a line at a frame's end only
    assert not rows_across({0: 1, 1: 2, 2: 3, 3: 4, 4: 9}) and rows_across({0: 2, 1: 3, 2: 4, 5: 6})


def test_the_final_reading_weighs_the_news_model_fully() -> None:
    """The same page: once the local periods are set, the final reading takes the news model's
    evidence at full weight (``…和区政协`` | ``十四届三次会议…``, ``…党风廉政`` | ``建设工作。``); at
    the first reading's half weight the lines of the other column beside them won."""
    import clipper.text.newspaper.order as order
    def read() -> dict[str, str]:
        raw, _, succ = read_fixture("typst-dev.t004.pdfminer.txt")
        return {raw[i]: raw[j] for i, j in succ.items()}
    succ = read()
    assert succ["协党组主题教育工作和区政协"] == "十四届三次会议期间表彰优秀"
    assert succ["并安排部署了市政协党风廉政"] == "建设工作。"
    final = order.LM_WEIGHT_FINAL
    try:
        order.LM_WEIGHT_FINAL = order.LM_WEIGHT
        assert read()["协党组主题教育工作和区政协"] != "十四届三次会议期间表彰优秀"
    finally:
        order.LM_WEIGHT_FINAL = final


def test_a_sentence_does_not_run_on_into_a_headline_under_a_column_label() -> None:
    """Where a column's lines come one after another, a headline printed right under a column
    label (``一线传真``) opens the label's box: the line before the label, stopping in
    mid-sentence, goes on elsewhere, not into that headline (frames drawn out of order)."""
    from clipper.text.newspaper.flow import lines_of, page_pieces

    text = "\n".join([
        "　　本报静宁讯(通讯员杜娟斌)6月1日,静宁县", "政协党组书记、主席梁英主持召开市政协", "党组理论学习中心组会议。会议传达学习",
        "了习近平总书记重要讲话精神,学习了《论", "党的自我革命》等部分章节。", "　　会议强调,要全面落实主题教育重点措施,",
        "坚持做到", "一线传真", "金塔县政协举办委员", "读书会", "　　10月5日，金塔县政协举办“书香",
        "政协”委员读书会，十余名委员分享了", "读书体会。", "在强化理论武装、深化调查研究、推", "动高质量发展上持续发力,推动主题",
        "教育走深走实。"])
    seq, _, _ = page_pieces(text)
    lines = lines_of(seq)
    at = {ln.text: k for k, ln in enumerate(lines)}
    assert "一线传真" not in at  # (the label is furniture)
    succ = chain_lines(lines)
    assert succ.get(at["坚持做到"]) != at["金塔县政协举办委员"]
    assert succ.get(at["金塔县政协举办委员"]) == at["读书会"]



def test_a_sentence_that_plainly_runs_on_crosses_a_column_label_printed_beside_it() -> None:
    """A label printed in the row of a column's lines (a text read across the row: pdfminer,
    boxes_flow None, on a typst page) does not cut a sentence that plainly goes on in the
    headline-like line under it (the news model's evidence, at least BOX_RUN_ON)."""
    page = ROOT / "bench" / "typst_pages" / "dev4" / "text" / "pdfminer-noflow" / "t008.pdfminer-noflow.txt"
    text = page.read_text(encoding="utf-8")
    assert "纪念馆，重温了入党誓词，并围绕\n\n政协动态\n\n如何立足岗位发挥先锋模范作用" in text
    bodies = ["".join(a.body) for a in segment_page(text).articles]
    assert any("并围绕如何立足岗位发挥先锋模范作用" in b for b in bodies)


def test_a_stranded_line_of_the_same_width_weighs_the_news_model() -> None:
    """Where no row is read across, a stranded line takes the rest of its sentence with the news
    model's evidence too when both lines print to one column width (``…坚持做到`` / ``在强化理论
    武装…``: no word across the break, but a likely sentence); without it the link is too weak."""
    from clipper.text.newspaper.order import rejoin_stranded

    lines = [make_line(0, "题教育重点措施,坚持做到"), make_line(1, "新春祝福。"), make_line(2, "在强化理论武装、深化调查")]
    assert rejoin_stranded(lines, {1: 2}) == {1: 2}
    assert rejoin_stranded(lines, {1: 2}, news_model=True) == {0: 2}
    narrower = [lines[0], lines[1], make_line(2, "在强化理论武装、深")]
    assert rejoin_stranded(narrower, {1: 2}, news_model=True) == {1: 2}


def test_a_brief_under_a_column_label_keeps_its_own_text_on_a_real_page() -> None:
    """pypdfium2 on a typst page: a report's last column line stops in mid-sentence right before a
    column label and its box of briefs; the rest of the sentence is printed after a brief. The
    brief keeps only its own text and the report its sentence."""
    page = ROOT / "bench" / "typst_pages" / "dev5" / "text" / "pdfium" / "t003.pdfium.txt"
    arts = {a.title: "".join(a.body) for a in segment_page(page.read_text(encoding="utf-8")).articles}
    assert "坚持做到在强化理论武装" in arts["静宁县政协召开党组理论学习中心组会议"]
    assert arts["静宁县政协慰问困难群众"].endswith("新春祝福。")
    assert arts["金塔县政协举办委员读书会"].endswith("分享了读书体会。")


def test_a_headline_line_keeps_its_rest_where_the_news_model_is_weighed() -> None:
    """pdfminer (one box per printed line) on a typst page read across rows somewhere: the
    headline's second line (``履职能力提升培训班``) is printed right under its first
    (``清水县政协举办委员``) and two lines after a line in mid-sentence that the news model reads
    into it too (``…提升`` / ``履职能力``). The line right before it claims it with the same
    weight of the news model as the farther line, and the headline stays whole."""
    page = ROOT / "bench" / "typst_pages" / "dev" / "text" / "pdfminer-lines" / "t012.pdfminer-lines.txt"
    text = page.read_text(encoding="utf-8")
    assert "管理下沉，提升\n\n清水县政协举办委员\n\n履职能力提升培训班" in text
    titles = [a.title for a in segment_page(text).articles]
    assert "清水县政协举办委员履职能力提升培训班" in titles


def test_a_lead_s_opening_alone_on_a_line_goes_on_whatever_the_widths() -> None:
    """pdftotext ``-raw`` parts a printed line at a wide gap: a lead's opening comes out alone
    (``6 月 26 日，``, or a date's day after a number cut: ``24 日，``) and the rest of its printed
    line after it (``武山县政协视察组实``), narrower than the column and shaped like a headline. The
    widths of two parts of one line say nothing of their order; the rest follows the opening."""
    lines = [make_line(i, t) for i, t in enumerate(
        ["武山县政协视察农村公路建设", "6 月 26 日，", "武山县政协视察组实", "地察看了农村公路建设和养护情况，", "建议进一步完善管护机制。"])]
    assert chain_lines(lines)[1] == 2
    lines = [make_line(i, t) for i, t in enumerate(
        ["礼县政协委员工作室挂牌运行", "本报礼县讯（通讯员 易永）6 月", "24 日，", "礼县政协首批十个委员工作室", "集中挂牌运行。市政协主席邱鹏斌为"])]
    assert chain_lines(lines)[2] == 3
    page = ROOT / "bench" / "typst_pages" / "dev2" / "text" / "pdftotext-raw" / "t004.pdftotext-raw.txt"
    arts = {a.title: a.body[0] for a in segment_page(page.read_text(encoding="utf-8")).articles}
    assert arts["武山县政协视察农村公路建设"].startswith("6月26日，武山县政协视察组实地察看")
    assert arts["礼县政协委员工作室挂牌运行"].startswith("本报礼县讯（通讯员易永）6月24日，礼县政协首批")


def test_a_paragraph_s_first_line_after_a_finished_one_counts_with_its_offset() -> None:
    """Indents drawn as offsets: a column's last line opens a paragraph (``会议强调,…教育工``, two
    ems narrower than the column's lines above it) and the rest of its word is printed in another
    frame, after a feature (``作安排,…``). A paragraph start of the feature (``区政协将全区…``),
    as narrow as that first line, and making a word with it too (``工区``), is no line of its
    column: the first line's width counts with its offset, and the sentence goes on in the frame
    as wide as the column."""
    report = ["化新境界》,审议通过了《政协徽", "县委员会主席会议工作规则(修订", "案)》《全县非物质文化遗产挖掘保",
              "护及利用情况调查报告》《县政协", "民主评议县医疗保障局工作的报", "告》等,通过了有关人事事项。",
              "会议强调,要按照主题教育工"]
    feature = ["协商在基层", "让“小网格”激发", "基层治理“大能量”", "白银区政协推动委员参与基层治理工作综述",
               "□ 本报记者 刘晓红 通讯员 蔡文斌", "今年以来,白银区政协立足基", "层治理需要,组织委员下沉社区网",
               "格,在政策宣传、矛盾调解、民意收", "集等方面发挥作用,探索出一条政", "协委员参与基层治理的新路子。",
               "委员进网格", "区政协将全区一百二十多名", "委员编入社区网格,每名委员联系", "一个网格,定期参加网格议事活",
               "动。委员们发挥专业优势,为居民", "提供法律咨询、健康义诊等服务,", "成了群众身边的“贴心人”。"]
    rest = ["作安排,结合工作和自身实际,切", "实抓好集体学习和个人自学,深入", "开展调查研究,深刻剖析检视自身",
            "问题,抓好问题整改和建章立制工"]
    lines = [make_line(i, t) for i, t in enumerate(report + feature + rest)]
    succ = chain_lines(lines)
    first, heading = len(report) - 1, len(report) + feature.index("委员进网格")
    assert lines[first].meta.get("offset_start")
    assert succ[first] == len(report) + len(feature)
    assert succ[heading] == heading + 1
    page = ROOT / "bench" / "typst_pages" / "dev4" / "text" / "pypdf" / "t011.pypdf.txt"
    arts = {a.title: "".join(a.body) for a in segment_page(page.read_text(encoding="utf-8")).articles}
    assert "要按照主题教育工作安排，结合工作和自身实际" in arts["靖远县政协召开十四届十二次常委会会议"]


def test_every_unfinished_line_tells_the_local_period_where_rows_are_read_across() -> None:
    """pdfminer's defaults on a typst page (kept in tests/data): a report's two columns come row by
    row among a third, and its few sure word cuts do not show where the period changes. Every
    line in mid-sentence tells the local period what its own evidence says (``…坚持先`` |
    ``地下后地上…``, ``…统筹推进水电气`` | ``暖管网更新…``, ``…政府补`` | ``一点的资金…``); with the sure
    cuts alone these lines took the line one row off."""
    raw, lines, succ = read_fixture("typst-dev.t002.pdfminer.txt")
    at = {ln.text: ln.idx for ln in lines}
    assert raw[succ[at["众满意作为第一标准，坚持先"]]] == "地下后地上，统筹推进水电气"
    assert raw[succ[at["地下后地上，统筹推进水电气"]]] == "暖管网更新；要探索建立居民"
    assert raw[succ[at["出一点、企业投一点、政府补"]]] == "一点的资金筹措机制，破解加"
    assert raw[succ[at["局、市财政局等部门负责同志"]]] == "到会听取意见、回应关切。"


def test_a_dateline_right_under_a_headline_is_its_report_s_whatever_the_period() -> None:
    """pdfminer's defaults on a typst page (kept in tests/data): the headline's last line
    (``（扩大）会议暨主席会议``) is followed in the file by its report's dateline (``本报东乡讯…``), as
    a headline over the columns is on any page, but the page reads rows across its columns there and
    the local period put the successor one row down: the report lost its headline and the
    headline took another report's paragraph. A dateline right after a headline's last line is
    weighed without the period."""
    text = (ROOT / "tests" / "data" / "typst-dev.t004.pdfminer.txt").read_text(encoding="utf-8")
    arts = {a.title: "".join(a.body) for a in segment_page(text).articles}
    assert arts["东乡县政协召开党组（扩大）会议暨主席会议"].startswith("本报东乡讯（通讯员石雪强）1月23日，东乡县政协")


def test_a_stranded_line_without_prose_marks_takes_the_rest_of_its_word() -> None:
    """pdfminer's defaults on two typst pages (kept in tests/data). A line of a narrow column that
    holds no comma (``推动人员、技术、服务、管``, ``人民政协理论、提案撰写、社情``) could be a headline's
    and was never taken as stranded: the rest of its word (``理下沉，…``, ``民意信息报送…``), left
    without a line before it, opened a paragraph. Such a line takes a line surely completing its
    word that prints to its width; on pages read row by row (the first) stranded lines are joined
    so only."""
    raw, lines, succ = read_fixture("typst-dev2.t004.pdfminer.txt")
    at = {ln.text: ln.idx for ln in lines}
    assert raw[succ[at["推动人员、技术、服务、管"]]] == "理下沉，提升县域综合服"
    raw, lines, succ = read_fixture("typst-dev4.t004.pdfminer.txt")
    at = {ln.text: ln.idx for ln in lines}
    assert raw[succ[at["人民政协理论、提案撰写、社情"]]] == "民意信息报送等内容进行专题"



def test_a_line_whose_only_marks_are_enumeration_commas_opens_no_paragraph() -> None:
    """A narrow column's top line may hold no mark but ``、`` (``在强化理论武装、深化调查``): no
    headline's line, it opens no paragraph, and the line in mid-sentence that the column before
    ends with goes on into it, though the extractor printed it 41 lines earlier (pdfminer's
    defaults, one box per printed line, the columns' rows interleaved)."""
    from clipper.text.newspaper.flow import reading_order

    text = (ROOT / "bench/typst_pages/dev/text/pdfminer/t007.pdfminer.txt").read_text(encoding="utf-8")
    _, _, _, lines, succ = reading_order(text)
    at = {ln.text: k for k, ln in enumerate(lines)}
    assert succ.get(at["题教育重点措施,坚持做到"]) == at["在强化理论武装、深化调查"]


def test_a_subtitle_opened_by_a_dash_reads_on_from_the_headline_line_right_above_it() -> None:
    """pypdf's text of a typst page whose frames are drawn last first: a report's second column,
    its first, then its headline and its ``——`` subtitle. The subtitle line, right under the
    headline's, is that headline's (HEAD_TO_SUBTITLE); read as the start of another flow, it
    became the title of the report's second column."""
    from clipper.text.newspaper.flow import reading_order
    from clipper.text.newspaper.order import HEAD_TO_SUBTITLE, mark_paragraph_starts

    raw = ["岷县政协召开全县人才工作专题协商会", "——让人才引得进留得住用得好", "“海葵一号”主甲板最大直径90米，"]
    lines = [make_line(i, r) for i, r in enumerate(raw)]
    mark_paragraph_starts(lines)
    assert evidence(lines[0], lines[1]) >= HEAD_TO_SUBTITLE - 1.0
    # (a subtitle further down is another headline's: only the line right above it counts)
    assert evidence(lines[0], make_line(2, raw[1])) < 1.0
    text = (ROOT / "bench/typst_pages/dev5/text/pypdf/t011.pypdf.txt").read_text(encoding="utf-8")
    _, _, _, lines, succ = reading_order(text)
    at = {ln.text: k for k, ln in enumerate(lines)}
    assert succ.get(at[raw[0]]) == at[raw[1]]
    arts = {a.title: a for a in segment_page(text).articles}
    assert arts[raw[0]].subtitle == "让人才引得进留得住用得好"
    body = arts[raw[0]].body
    assert body[0].startswith("本报岷县讯") and "激发各类人才创新创造活力等方面提出了建议。" in body[1]
    assert body[2].startswith("会议提出，各用人单位")


def test_a_rest_that_opens_with_a_word_s_second_half_is_found_beyond_reach() -> None:
    """A column's rest printed far down the file after another report's finished paragraph
    (``…仔细查看孩子`` | ``们棉衣…``: no sentence opens with 们) is taken from the next line in the
    file, which then goes to the line in mid-sentence it reads on from (``…调查研究、`` |
    ``带头服务…``)."""
    text = (ROOT / "bench/typst_pages/dev6/text/pypdf/t003.pypdf.txt").read_text(encoding="utf-8")
    raw = [ln for ln in text.splitlines() if ln.strip()]
    succ = chain_lines([make_line(i, r) for i, r in enumerate(raw)])
    kid = next(k for k, r in enumerate(raw) if r.endswith("仔细查看孩子"))
    rest = next(k for k, r in enumerate(raw) if r.startswith("们棉衣"))
    enum = next(k for k, r in enumerate(raw) if r.endswith("带头搞好调查研究、"))
    serve = next(k for k, r in enumerate(raw) if r.startswith("带头服务高质量发展"))
    assert rest - kid > 14  # beyond the reach of the first readings
    assert succ[kid] == rest and succ[enum] == serve
    body = {(a.title or "")[:5]: "".join(a.body) for a in segment_page("\n".join(raw)).articles}
    assert "仔细查看孩子们棉衣" in body["积石山县政"]
    assert "带头搞好调查研究、带头服务高质量发展" in body["镇原县政协"]


def test_a_line_without_indent_after_a_finished_brief_is_the_rest_of_a_line_that_ran_into_a_headline() -> None:
    """Where indents are drawn as spaces, ``在强化理论武装、…`` (no indent) after a brief's last
    sentence opens no paragraph: it is the rest of ``…坚持做到``, which the first readings ran on
    into the next report's headline (a column's rest drawn 40 lines before its column). The
    flow it leads to opens at that report's dateline."""
    text = (ROOT / "bench/typst_pages/dev/text/pypdf/t007.pypdf.txt").read_text(encoding="utf-8")
    raw = [ln for ln in text.splitlines() if ln.strip()]
    succ = chain_lines([make_line(i, r) for i, r in enumerate(raw)])
    end = next(k for k, r in enumerate(raw) if r.endswith("坚持做到"))
    rest = next(k for k, r in enumerate(raw) if r.startswith("在强化理论武装"))
    assert succ[end] == rest
    body = {(a.title or "")[:5]: "".join(a.body) for a in segment_page(text).articles}
    assert body["积石山县政"].endswith("禁牧管护提出建议。")
    assert "坚持做到在强化理论武装" in body["敦煌市政协"]
