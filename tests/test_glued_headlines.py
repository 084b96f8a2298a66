"""Two stacked headlines joined into one title on weak evidence are cut apart by the bodies they
fit (clipper.text.newspaper.assign.split_glued_headlines); a title wrapped over two lines, whose
parts fit one body, stays whole."""

from __future__ import annotations

from clipper.text import patterns as P
from clipper.text.newspaper.assign import (
    assign_headlines, attach_free_subtitles, join_left_kickers, pair_leftovers, split_at_free_headlines,
    split_glued_headlines,
)
from clipper.text.newspaper.bodies import Body, Group
from clipper.text.newspaper.headlines import split_run
from clipper.text.normalize import cjk_only
from clipper.text.pieces import HEAD, TEXT, Piece

READING = ("本报讯（记者 李明）6月12日，省政协机关读书活动成果展在兰州开展，展出委员和机关干部读书笔记、"
           "书法作品二百余件。成果展分为学习读书、履职读书、文化读书三个板块。")
FIELDS = ("本报东乡讯（通讯员 马红）5月20日，东乡县政协组织委员走进田间地头，察看高标准农田建设进展，"
          "与种植户交流灌溉和土地平整情况，为高标准农田建设把脉开方。")
COUNCIL = ("本报武威讯（通讯员 王强）3月2日，武威市政协召开十届十一次常委会会议，审议通过了常委会工作要点，"
           "会议强调要以高质量履职服务全市发展大局。")

PAGE_TEXT = cjk_only(READING + FIELDS + COUNCIL)


def head_lines(*lines: str) -> list[Piece]:
    return [Piece(idx=100 + i, line=100 + i, text=t, gap=0, kind=HEAD) for i, t in enumerate(lines)]


def body(text: str, pos: int) -> Body:
    return Body(pieces=[Piece(idx=pos, line=pos, text=text, gap=0, kind=TEXT)], pos=pos)


def run_groups(lines: list[Piece]) -> list[Group]:
    return [Group(title=str(g["title"]), subtitle=g["subtitle"], lines=list(g["lines"]), cuts=list(g["cuts"]), pos=9)
            for g in split_run(lines, followed_by_body=True, page_text=PAGE_TEXT)]  # type: ignore[call-overload]


def test_two_stacked_headlines_joined_after_an_open_verb_are_cut_by_their_bodies() -> None:
    """``…成果展开展`` may end a headline or go on (``开展…活动``); the reading joined the next
    headline to it. Each part fits a report of its own: two headlines, each given its report."""
    groups = run_groups(head_lines("省政协机关读书", "活动成果展开展", "委员走进田间地头，", "为高标准农田", "建设“把脉开方”"))
    assert [g.title for g in groups] == ["省政协机关读书活动成果展开展委员走进田间地头，为高标准农田建设“把脉开方”"]
    runs, bodies = [groups], [body(READING, 1), body(FIELDS, 5)]
    split_glued_headlines(runs, bodies)
    assert [g.title for g in runs[0]] == ["省政协机关读书活动成果展开展", "委员走进田间地头，为高标准农田建设“把脉开方”"]
    assert [g.lines for g in runs[0]] == [[100, 101], [102, 103, 104]]
    assign_headlines(runs, bodies)
    assert [b.group.title if b.group else None for b in bodies] == [
        "省政协机关读书活动成果展开展", "委员走进田间地头，为高标准农田建设“把脉开方”"]


def test_a_title_wrapped_over_two_lines_fits_one_body_and_stays_whole() -> None:
    groups = run_groups(head_lines("武威市政协召开十届", "十一次常委会会议"))
    runs, bodies = [groups], [body(COUNCIL, 1), body(FIELDS, 5)]
    split_glued_headlines(runs, bodies)
    assert [g.title for g in runs[0]] == ["武威市政协召开十届十一次常委会会议"]


def test_no_cut_where_the_words_across_the_break_come_back_in_a_body() -> None:
    """A body that holds three characters running across the break (``开展委员``) says the
    lines read on into each other: the title stays whole, whatever else the parts fit (a
    report cut in two by a wrong reading order fits a title's halves to its two pieces)."""
    groups = run_groups(head_lines("省政协机关读书", "活动成果展开展", "委员走进田间地头，", "为高标准农田", "建设“把脉开方”"))
    fields = FIELDS.replace("东乡县政协组织委员", "东乡县政协开展委员")
    runs, bodies = [groups], [body(READING, 1), body(fields, 5)]
    split_glued_headlines(runs, bodies)
    assert len(runs[0]) == 1


def test_a_body_that_opens_inside_a_sentence_heads_no_part() -> None:
    groups = run_groups(head_lines("省政协机关读书", "活动成果展开展", "委员走进田间地头，", "为高标准农田", "建设“把脉开方”"))
    rest = "，" + FIELDS.split("，", 1)[1]
    runs, bodies = [groups], [body(READING, 1), body(rest, 5)]
    split_glued_headlines(runs, bodies)
    assert len(runs[0]) == 1


def test_joins_the_lines_themselves_show_are_never_undone() -> None:
    """A verb still wanting its object (``…组织`` / ``委员…``), a subject and colon with a short
    topic, a notice's matter before its kind: the bodies are not asked."""
    assert run_groups(head_lines("天祝县政协组织", "委员送科技下乡"))[0].cuts == []
    assert run_groups(head_lines("张掖：湿地保护", "有了“委员方案”"))[0].cuts == []
    assert run_groups(head_lines("政协平凉市委员会办公室关于开展", "2025年度优秀提案评选的公告"))[0].cuts == []
    assert run_groups(head_lines("省政协机关读书", "活动成果展开展", "委员走进田间地头，"))[0].cuts == [(7, 1), (14, 2)]


def test_a_narrow_stack_of_short_lines_is_one_headline() -> None:
    """``“小积分”`` / ``撬动乡村`` / ``“大治理”``: no line stands alone, and a short line under a
    short one is no column label printed after a headline (that follows a headline's full line)."""
    lines = head_lines("古浪县政协召开党组理论学习中心组（扩大）会议", "“小积分”", "撬动乡村", "“大治理”")
    assert [g["title"] for g in split_run(lines, followed_by_body=False, page_text=PAGE_TEXT)] == [
        "古浪县政协召开党组理论学习中心组（扩大）会议", "“小积分”撬动乡村“大治理”"]


def test_a_headline_no_words_claim_goes_to_the_report_left_without_one_not_to_a_subtitle() -> None:
    """Headlines printed after their reports: a short headline under a complete title, whose words
    no report holds, looks like that title's motto; but a report that opens with its dateline is
    still without a headline, and the headline is its (the one left for the one left)."""
    council, stack = Group(title="武威市政协召开十届十一次常委会会议", run=0), Group(title="“小积分”撬动乡村“大治理”", run=0)
    village = ("本报庆阳讯（通讯员 高文静）3月27日，庆阳市政协组织委员到宁县早胜镇，调研“积分制”管理在村务中的"
               "运用。村民参与环境整治、邻里互助可记分，凭分兑换生活用品。")
    runs, bodies = [[council, stack]], [body(COUNCIL, 1), body(village, 5)]
    assign_headlines(runs, bodies)
    assert [b.group.title if b.group else None for b in bodies] == ["武威市政协召开十届十一次常委会会议", None]
    attach_free_subtitles(runs, bodies)
    assert council.subtitle is None
    pair_leftovers(runs, bodies)
    assert bodies[1].group is stack


def test_a_theme_over_an_own_subject_headline_is_its_kicker_though_another_report_quotes_it() -> None:
    """``助力乡村全面振兴`` printed right above ``民勤县政协组织委员送科技下乡``: a theme, no report
    of its own. A notice on the page quotes the theme; it has its own headline, so it is neither
    cut at the quote nor a reason to keep the kicker from its title."""
    theme = Group(title="助力乡村全面振兴", run=0, lines=[10])
    report = Group(title="民勤县政协组织委员送科技下乡", run=0, lines=[11, 12])
    notice_head = Group(title="关于征集政协武威市第六届委员会第四次会议提案的通知", run=1, lines=[30])
    science = ("本报民勤讯（通讯员 张玉华）6月5日，民勤县政协组织农业科技界委员深入薛百镇，"
               "为种植户讲解病虫害防治和节水灌溉技术。")
    notice = [Piece(idx=31, line=31, text="为充分发挥提案在协商议政中的重要作用，现就征集政协武威市第六届委员会第四次会议提案有关事项通知如下。", gap=0, kind=TEXT),
              Piece(idx=32, line=32, text="一、提案应围绕乡村全面振兴、推动高质量发展等全市工作大局。", gap=0, kind=TEXT),
              Piece(idx=33, line=33, text="二、提案截止时间为1月10日。", gap=0, kind=TEXT)]
    runs = [[theme, report], [notice_head]]
    bodies = [body(science, 13), Body(pieces=notice, pos=31)]
    assign_headlines(runs, bodies)
    bodies = split_at_free_headlines(runs, bodies)
    assert len(bodies) == 2 and len(bodies[1].pieces) == 3
    join_left_kickers(runs, bodies)
    assert report.title == "助力乡村全面振兴民勤县政协组织委员送科技下乡" and theme.taken


def test_a_county_whose_name_holds_hui_is_a_place() -> None:
    """会宁县, 会泽县: 会 begins a place's name; only ``…会议`` keeps a line from naming one."""
    place = P.HEADLINE_PLACE.match("会宁县政协组织委员送科技下乡")
    assert place is not None and place.group("place") == "会宁"
    assert P.HEADLINE_PLACE.match("十四届会议市政协召开") is None


def test_a_theme_between_two_headlines_is_the_kicker_of_the_one_under_it_not_a_motto() -> None:
    """Headlines printed after their reports: ``助力乡村全面振兴`` after a complete title and over
    ``会宁县政协组织委员送科技下乡`` (a place's own headline) is that one's kicker."""
    council = Group(title="武威市政协召开十届十一次常委会会议", run=0, lines=[20])
    theme = Group(title="助力乡村全面振兴", run=0, lines=[21])
    report = Group(title="会宁县政协组织委员送科技下乡", run=0, lines=[22, 23])
    science = ("本报会宁讯（通讯员 毛莉丽）7月6日，会宁县政协组织农业科技界委员深入薛百镇，"
               "为种植户讲解病虫害防治和节水灌溉技术。")
    runs, bodies = [[council, theme, report]], [body(COUNCIL, 1), body(science, 5)]
    assign_headlines(runs, bodies)
    attach_free_subtitles(runs, bodies)
    assert council.subtitle is None
    join_left_kickers(runs, bodies)
    assert report.title == "助力乡村全面振兴会宁县政协组织委员送科技下乡"


def test_a_one_character_place_is_only_one_the_national_list_holds() -> None:
    """成县, 岷县, 和县 are counties; ``和区`` is no place but a conjunction before ``区政协`` in running
    text (``…主题教育工作和区政协十四届…``): it opens no headline's subject."""
    from clipper.text.newspaper.headlines import OWN_SUBJECT
    for real in ("成县政协召开提案交办会", "岷县政协召开委员述职会", "和县政协视察", "芒市政协调研"):
        place = P.HEADLINE_PLACE.match(real)
        assert place is not None and len(place.group("place")) == 1 and OWN_SUBJECT.match(real)
    for text in ("和区政协十四届三次会议期间", "开县政协党组", "了省政协十三届"):
        assert P.HEADLINE_PLACE.match(text) is None and not OWN_SUBJECT.match(text)
    assert OWN_SUBJECT.match("区政协召开党组会议")  # the district's own committee, no place named


NEW_AREA = ("本报民乐讯（通讯员 黎新海）5月8日，兰州新区政协（筹）组织部分委员视察精细化工、新材料等产业园区建设情况。"
            "委员们先后走进五家企业的生产车间和研发中心，详细了解项目投产情况。")


def test_a_dateline_of_another_place_does_not_keep_a_headline_from_the_report_that_names_its_subject() -> None:
    """A dateline names where a report was filed (``本报民乐讯``); the headline's place
    (``兰州新区政协（筹）…``) still fits a report that names the same subject. A report that does
    not name it keeps the penalty of a place against its dateline."""
    runs = [[Group(title="兰州新区政协（筹）组织委员视察产业园区建设", pos=50)]]
    bodies = [body(NEW_AREA, 1), body(COUNCIL, 60)]
    assign_headlines(runs, bodies)
    assert bodies[0].group is not None and bodies[0].group.title.startswith("兰州新区政协")
    runs = [[Group(title="兰州新区政协组织委员视察产业园区建设", pos=50)]]
    other = NEW_AREA.replace("兰州新区政协（筹）", "民乐县政协")
    bodies = [body(other, 1)]
    assign_headlines(runs, bodies)
    assert bodies[0].group is None


def test_a_column_label_glued_before_a_headline_line_is_furniture() -> None:
    """pypdf glues a column label printed beside a headline's first line to it
    (``委员之声嘉峪关市政协举办委员``): the label's name, then a headline that opens with a place's
    body, are two things; the label goes to the page's furniture, not into the title."""
    from clipper.text.newspaper import segment_page
    from clipper.text.newspaper.flow import glued_label
    from test_notice_headlines import REPORT

    page = """\
委员之声嘉峪关市政协举办委员
履职能力提升培训班
　　本报嘉峪关讯（通讯员张华）5月
8日，嘉峪关市政协举办委员履职能力
提升培训班，六十余名委员参加培训。
　　培训班邀请专家围绕提案撰写、社
情民意信息反映等作了辅导。
""" + REPORT
    result = segment_page(page)
    assert [a.title for a in result.articles] == ["嘉峪关市政协举办委员履职能力提升培训班", "临洮县政协召开主席会议"]
    assert "委员之声" in result.furniture
    assert glued_label("政协简讯临洮县政协召开主席会议") == 4
    # no label's name before it, or no headline after it: nothing to part
    assert glued_label("嘉峪关市政协举办委员") == 0
    assert glued_label("委员之声") == 0
    assert glued_label("要闻速递兰州市政协召开常委会") == 0  # (``要…`` opens a clause)


def test_a_headline_read_into_another_report_goes_back_to_the_report_it_names() -> None:
    """The reading order put a report's headline between two paragraphs of another report
    (``庆阳市政协委员`` / ``工作室挂牌运行`` inside a weather report, where it stays a section
    heading); the report that opens with ``本报庆阳讯`` is left without a headline. The lines hold
    no sentence mark, open with a place's body, and most of their words are that report's and
    few the weather report's: they are its headline. A section heading of the weather report
    itself, which the titleless report does not echo, stays."""
    from clipper.text.newspaper.assign import reclaim_headlines
    from clipper.text.newspaper.bodies import HEADING

    def pieces(at: int, *lines: tuple[str, str]) -> list[Piece]:
        return [Piece(idx=at + k, line=at + k, text=t, gap=0, kind=kind) for k, (kind, t) in enumerate(lines)]

    weather = Body(pieces(10, (TEXT, "新华社兰州12月2日电 记者从甘肃省气象台获悉，受新一轮冷空气影响，我省大部地区将出现大风降温天气。"),
                          (HEADING, "防风保温早准备"),
                          (TEXT, "气象部门提醒，请公众及时添衣保暖，设施农业生产单位要做好防风保温工作。"),
                          (HEADING, "庆阳市政协委员"), (HEADING, "工作室挂牌运行"),
                          (TEXT, "交通运输部门要防范路面结冰对交通安全的不利影响。")), pos=10,
                   group=Group(title="新一轮冷空气将影响我省大部地区", run=0))
    rooms = Body(pieces(30, (TEXT, "本报庆阳讯（通讯员 高建平）9月12日，庆阳市政协首批十个委员工作室集中挂牌运行。"),
                        (TEXT, "市政协主席吴秀兰为委员工作室授牌。")), pos=30)
    reclaim_headlines([weather, rooms])
    assert rooms.group is not None and rooms.group.title == "庆阳市政协委员工作室挂牌运行"
    assert [p.text for p in weather.pieces if p.kind == HEADING] == ["防风保温早准备"]
    # a brief opens with its date clause instead of a dateline
    weather.pieces[3:3] = pieces(40, (HEADING, "迭部县政协调研森林防火工作"))
    brief = Body(pieces(50, (TEXT, "3月8日，迭部县政协组织委员深入林区，调研春季森林防火工作，建议加强巡护队伍建设。")), pos=50)
    reclaim_headlines([weather, rooms, brief])
    assert brief.group is not None and brief.group.title == "迭部县政协调研森林防火工作"
    assert [p.text for p in weather.pieces if p.kind == HEADING] == ["防风保温早准备"]
    # the headline's lines among other lines without marks (a stack of headlines read as text):
    # the lines that the report holds, not the whole stack
    weather.pieces[3:3] = pieces(60, (HEADING, "临夏州政"), (HEADING, "协举行主席会议"), (HEADING, "助推义务教育均衡"),
                                 (HEADING, "发展提质增效"))
    council = Body(pieces(70, (TEXT, "本报临夏讯（通讯员 马丽）6月3日，临夏州政协举行主席会议，听取义务教育均衡发展情况汇报。")),
                   pos=70)
    reclaim_headlines([weather, rooms, brief, council])
    assert council.group is not None and council.group.title == "临夏州政协举行主席会议"


def test_two_headlines_that_fit_each_others_report_are_exchanged() -> None:
    """Position gave two reports each other's headline (a headline bound to the text after it,
    which the reading order made another report's): each fits the other's report, place and
    words, far better than its own, so they are exchanged; template twins by the places their
    datelines name. Headlines that fit their own reports stay."""
    from clipper.text.newspaper.assign import swap_crossed_headlines

    council = body(COUNCIL, 1)
    fields = body(FIELDS, 5)
    council.group, fields.group = Group(title="东乡县政协为高标准农田建设把脉开方"), Group(title="武威市政协召开十届十一次常委会会议")
    swap_crossed_headlines([council, fields])
    assert council.group.title == "武威市政协召开十届十一次常委会会议"
    assert fields.group.title == "东乡县政协为高标准农田建设把脉开方"
    twin = body(COUNCIL.replace("武威", "张掖"), 9)
    twin.group = Group(title="武威市政协召开十届十一次常委会会议")
    council.group = Group(title="张掖市政协召开十届十一次常委会会议")
    swap_crossed_headlines([council, twin])  # (the places decide: they are exchanged)
    assert (council.group.title, twin.group.title) == ("武威市政协召开十届十一次常委会会议", "张掖市政协召开十届十一次常委会会议")
    reading = body(READING, 12)
    reading.group = Group(title="省政协机关读书活动成果展开展")
    fields.group = Group(title="为高标准农田建设把脉开方")
    swap_crossed_headlines([reading, fields])  # (each fits its own)
    assert (reading.group.title, fields.group.title) == ("省政协机关读书活动成果展开展", "为高标准农田建设把脉开方")
