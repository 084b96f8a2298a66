"""Headline runs split into groups (clipper.text.newspaper.headlines) on text pages: the lines'
own text decides whether the title goes on, a subtitle follows, or another headline begins."""

from __future__ import annotations

from clipper.text.newspaper.headlines import split_run
from clipper.text.pieces import BYLINE, DASH, HEAD, Piece


def groups(*lines: str) -> list[tuple[str, str | None]]:
    run = [Piece(idx=i, line=i, text=t, gap=0, kind=HEAD) for i, t in enumerate(lines)]
    return [(str(g["title"]), g["subtitle"]) for g in split_run(run, followed_by_body=True)]  # type: ignore[misc]


def test_a_subtitle_that_names_who_did_what_the_title_says() -> None:
    assert groups("书写“三抓三促”行动优异答卷", "武威市政协扎实开展“三抓三促”行动") == [
        ("书写“三抓三促”行动优异答卷", "武威市政协扎实开展“三抓三促”行动")]


def test_an_interview_or_report_subtitle_with_its_own_subject() -> None:
    assert groups("完善以党组理论学习中心组学习为引领", "访静宁县政协主席廖芳艳") == [
        ("完善以党组理论学习中心组学习为引领", "访静宁县政协主席廖芳艳")]
    assert groups("在森林草原防火中彰显政协担当", "临洮县政协扎实推进森林草原防火工作综述") == [
        ("在森林草原防火中彰显政协担当", "临洮县政协扎实推进森林草原防火工作综述")]


def test_two_headlines_stacked_stay_two() -> None:
    """Headlines that each name their own subject, or share no word, are two headlines."""
    assert groups("临洮县政协召开主席会议", "岷县政协组织委员视察农田建设") == [
        ("临洮县政协召开主席会议", None), ("岷县政协组织委员视察农田建设", None)]
    assert groups("春风化雨润民心", "岷县政协组织委员视察农田建设") == [
        ("春风化雨润民心", None), ("岷县政协组织委员视察农田建设", None)]


def test_a_headline_wrapped_where_its_grammar_is_not_complete_is_one_title() -> None:
    """A topic taken up without its verb (``…就高标准农田建设`` / ``开展专题协商``), a transitive
    verb at the line end (``考察``), a subject and its members alone (``X县政协委员``), and
    ``全市政协系统…`` (全 names no subject of its own) carry on in the next line."""
    assert groups("景泰县政协就高标准农田建设", "开展专题协商") == [("景泰县政协就高标准农田建设开展专题协商", None)]
    assert groups("会宁县政协考察", "城乡供水一体化工作") == [("会宁县政协考察城乡供水一体化工作", None)]
    assert groups("东乡县政协委员", "积极建言森林草原防火") == [("东乡县政协委员积极建言森林草原防火", None)]
    assert groups("夏河县政协召开", "全市政协系统党的建设暨宣传信息工作会议") == [
        ("夏河县政协召开全市政协系统党的建设暨宣传信息工作会议", None)]


def test_column_labels_and_the_paper_name_stand_apart_from_headlines() -> None:
    assert groups("履职风采", "习近平主持召开深入推进长三角一体化发展座谈会") == [
        ("履职风采", None), ("习近平主持召开深入推进长三角一体化发展座谈会", None)]
    assert groups("西和县政协召开党组会议暨主席会议", "简讯") == [("西和县政协召开党组会议暨主席会议", None), ("简讯", None)]
    assert groups("古浪县政协就基层医疗卫生服务开展专题协商", "民主协商报") == [
        ("古浪县政协就基层医疗卫生服务开展专题协商", None), ("民主协商报", None)]
    # the columns papers name with 传真, 之声, 纪实, 春秋, 时评, 关注, 广角, 言论 …
    for label in ("基层传真", "委员之声", "履职纪实", "文史春秋", "时评", "社会关注", "民生广角", "政协言论"):
        assert groups(label, "和政县政协开展“委员讲堂进乡村”活动") == [
            (label, None), ("和政县政协开展“委员讲堂进乡村”活动", None)], label
        assert groups("和政县政协开展“委员讲堂进乡村”活动", label) == [
            ("和政县政协开展“委员讲堂进乡村”活动", None), (label, None)], label
    # (a subtitle that says whose record it is stays the subtitle)
    assert groups("田间地头的“连心桥”", "政协委员王建国履职纪实") == [("田间地头的“连心桥”", "政协委员王建国履职纪实")]


def test_a_topic_still_open_over_several_lines() -> None:
    assert groups("古浪县政协就新能", "源", "产业发展开展专题", "协商") == [("古浪县政协就新能源产业发展开展专题协商", None)]


def test_a_complete_headline_then_one_that_opens_with_a_place_are_two() -> None:
    """In a block of headlines printed after their reports: ``…会议`` is complete, and the next
    line opens with a place of its own, though the page's text holds ``会议通报`` across the break."""
    run = [Piece(idx=i, line=i, text=t, gap=0, kind=HEAD)
           for i, t in enumerate(["平凉市政协召开党组理论学习中心组会议", "通渭县集中交办政协提案"])]
    got = split_run(run, followed_by_body=False, page_text="会议通报了全年工作情况")
    assert [g["title"] for g in got] == ["平凉市政协召开党组理论学习中心组会议", "通渭县集中交办政协提案"]


def test_a_subtitle_over_two_lines_in_a_stack_of_headlines_with_its_byline() -> None:
    """In headlines printed together after their reports, ``…森林草原防火`` / ``工作综述`` opens with
    its own subject, so it reads as a new headline line by line; the whole line is a 综述's
    subtitle, and the byline under it is the title's."""
    run = [Piece(idx=i, line=i, text=t, gap=0, kind=HEAD) for i, t in enumerate(
        ["在森林草原防火中彰", "显政协担当", "临洮县政协扎实推进森林草原防火", "工作综述"])]
    run.append(Piece(idx=4, line=4, text="□ 周华强", gap=0, kind=BYLINE))
    run.append(Piece(idx=5, line=5, text="东乡县政协召开党组会议暨主席会议", gap=0, kind=HEAD))
    got = split_run(run, followed_by_body=False)
    assert [(g["title"], g["subtitle"], g["bylines"]) for g in got] == [
        ("在森林草原防火中彰显政协担当", "临洮县政协扎实推进森林草原防火工作综述", ["□ 周华强"]),
        ("东乡县政协召开党组会议暨主席会议", None, [])]


def test_a_headline_that_reads_on_into_no_phrase_of_the_next_is_complete() -> None:
    """The last line before a body is another headline when nothing of a phrase reads on across
    the break (the news model): a photo's title printed right after a report's headline
    (``…工作室挂牌运行`` / ``非遗展演迎新春``, frames drawn in reverse). A wrapped headline reads
    on (``天水市政协视察苹果`` / ``产业高质量发展情况``)."""
    assert groups("庆阳市政协委员工作室挂牌运行", "非遗展演迎新春") == [
        ("庆阳市政协委员工作室挂牌运行", None), ("非遗展演迎新春", None)]
    assert groups("天水市政协视察苹果", "产业高质量发展情况") == [("天水市政协视察苹果产业高质量发展情况", None)]


def test_the_national_committee_is_a_subject_of_its_own() -> None:
    """``全国政协…`` opens a headline of its own (the national committee), where ``全市政协系统…``
    names none (the whole city)."""
    assert groups("阿克塞县政协开展生态环境保护民主监督", "全国政协召开双周协商座谈会") == [
        ("阿克塞县政协开展生态环境保护民主监督", None), ("全国政协召开双周协商座谈会", None)]


def test_a_column_label_printed_after_a_headline_is_not_its_last_line() -> None:
    """Frames drawn in reverse put a column's label right after the headline of the module under
    it (``…帮扶关爱活动`` / ``履职短波``): the label's words are no report's and nothing reads on
    into them. The last words of a wrapped headline come back in its report (``办理工作``) or
    end as an event does (``专题视察``)."""
    from clipper.text.newspaper.headlines import JOIN, NEW, relation

    page = "通渭县政府召开全体会议，安排部署办理工作，集中交办政协提案。岷县政协组织委员开展调研。"

    def rel(a: str, b: str) -> str:
        return relation(Piece(idx=0, line=0, text=a, gap=0, kind=HEAD), Piece(idx=1, line=1, text=b, gap=0, kind=HEAD),
                        last_before_body=True, group_has_subtitle=False, page_text=page, title=a)

    assert rel("武威市政协开展“送温暖”帮扶关爱活动", "履职短波") == NEW
    assert rel("新一轮冷空气将影响我省大部地区", "本版关注") == NEW
    assert rel("通渭县集中交办政协提案安排部署", "办理工作") == JOIN
    assert rel("岷县政协开展中药材产业发展", "专题视察") != NEW


def dash_groups(*lines: str) -> list[tuple[str, str | None]]:
    run = [Piece(idx=i, line=i, text=t, gap=0, kind=DASH if t.startswith("——") else HEAD) for i, t in enumerate(lines)]
    return [(str(g["title"]), g["subtitle"]) for g in split_run(run, followed_by_body=True)]  # type: ignore[misc]


def test_the_line_over_a_dash_subtitle_ends_the_title_above_it() -> None:
    """A title wrapped over two lines with a ``——`` subtitle under it (``把协商议事室建`` / ``在群众
    家门口`` / ``——访…``) is one title; a column label over it (no phrase reads on) and a
    complete headline over it stay apart."""
    assert dash_groups("把协商议事室建", "在群众家门口", "——访陇西县政协主席刘国栋") == [
        ("把协商议事室建在群众家门口", "访陇西县政协主席刘国栋")]
    assert dash_groups("天水市政协赴", "高台县调研指导工作", "——在服务大局助力", "发展中体现政协作为") == [
        ("天水市政协赴高台县调研指导工作", "在服务大局助力发展中体现政协作为")]
    assert dash_groups("协商在基层", "把协商议事室建在群众家门口", "——访陇西县政协主席刘国栋") == [
        ("协商在基层", None), ("把协商议事室建在群众家门口", "访陇西县政协主席刘国栋")]
    assert dash_groups("临洮县政协召开主席会议", "春风化雨润民心", "——岷县政协助推乡村振兴纪实") == [
        ("临洮县政协召开主席会议", None), ("春风化雨润民心", "岷县政协助推乡村振兴纪实")]


def test_a_headline_line_that_ends_in_a_comma_or_colon_goes_on() -> None:
    assert groups("委员走进田间地头，", "为高标准农田建设“把脉开方”") == [("委员走进田间地头，为高标准农田建设“把脉开方”", None)]
    assert groups("临夏州政协：", "提案办理“面对面”") == [("临夏州政协：提案办理“面对面”", None)]


def test_a_stack_of_headlines_drawn_after_every_column_heads_their_reports() -> None:
    """pypdf's text of a typst page whose headline frames were drawn last: the page's headlines
    come at the end of the text in one stack, some of their lines ending in a comma, a colon or
    an exclamation mark, one a line of figures (``1200个``), one set vertically with its quotes.
    Content gives each report its headline."""
    from pathlib import Path

    from clipper.extract import extract_document

    raw = (Path(__file__).parent / "data" / "typst-dev6.t004.pypdf.txt").read_bytes()
    by_title = {a.title: a for a in extract_document(raw, "file:///t004.pypdf.txt").articles}
    assert by_title["陇南市政协召开十届十一次常委会会议"].body[0].startswith("本报陇南讯")
    assert by_title["天祝县政协开展“委员讲堂进乡村”活动"].body[0].startswith("本报天祝讯")
    assert by_title["全市新增5G基站1200个 政协委员建言数字乡村建设"].body[0].startswith("本报庆城讯")
    assert any(t and t.startswith("永昌县政协：提案办理") for t in by_title)


def test_the_two_phrases_of_a_couplet_are_one_line_of_a_headline() -> None:
    """Editors pair phrases of one length (``践行为民宗旨`` / ``办好民生实事``), one over the other;
    they are one kicker or title, joined with the space printed between them. A wrapped title's
    last line is no phrase of one, nor are two headlines that each name who did what, nor a line
    whose phrase runs on (``一件提案背后的``)."""
    from clipper.text.newspaper.headlines import couplet

    assert groups("践行为民宗旨", "办好民生实事", "康乐县政协委员为山区学校送去冬衣") == [
        ("践行为民宗旨 办好民生实事", None), ("康乐县政协委员为山区学校送去冬衣", None)]
    assert groups("深入学习贯彻党的二十届三中全会精神", "凝心聚力推进中国式现代化甘肃实践")[0][0] == (
        "深入学习贯彻党的二十届三中全会精神 凝心聚力推进中国式现代化甘肃实践")
    assert not couplet("安排部署办理工作", "一件提案背后的")
    assert not couplet("临洮县政协召开会议", "岷县政协组织视察")
    assert not couplet("政协要闻", "春耕时节")  # (a column label)
    assert not couplet("把协商议事室建", "在群众家门口")  # (a preposition goes on)
    assert groups("庆城县政协开展生态", "环境保护民主监督", "助力乡村全面振兴")[0][0] != "环境保护民主监督 助力乡村全面振兴"


def test_a_couplet_on_one_line_under_a_complete_headline_is_a_headline_of_its_own() -> None:
    """A photo's title printed under another report's headline (``…专项民主监督`` / ``非遗民俗贺新春
    欢天喜地年味浓``) is no subtitle: a subtitle says who did what, a couplet is a title."""
    assert groups("秦州区政协开展农村饮水安全专项民主监督", "非遗民俗贺新春 欢天喜地年味浓") == [
        ("秦州区政协开展农村饮水安全专项民主监督", None), ("非遗民俗贺新春 欢天喜地年味浓", None)]


def test_a_title_s_subject_before_a_colon_then_its_phrases() -> None:
    """``张掖：湿地保护`` has said only what about: what it says follows (``有了“委员方案”``), no
    subtitle. After ``临夏州政协：`` a couplet may hold quotes (``提案办理“面对面”`` / ``群众满意“心贴心”``)."""
    assert groups("张掖：湿地保护", "有了“委员方案”") == [("张掖：湿地保护有了“委员方案”", None)]
    assert groups("临夏州政协：", "提案办理“面对面”", "群众满意“心贴心”") == [
        ("临夏州政协：提案办理“面对面” 群众满意“心贴心”", None)]
    assert groups("临夏州政协：提案办理“面对面”", "群众满意“心贴心”") == [
        ("临夏州政协：提案办理“面对面” 群众满意“心贴心”", None)]
    # a complete topic after the colon may take a subtitle
    assert groups("张掖：湿地保护修复工作见成效", "市政协持续跟踪监督黑河湿地保护") == [
        ("张掖：湿地保护修复工作见成效", "市政协持续跟踪监督黑河湿地保护")]


def test_a_headline_line_that_ends_on_a_printed_space_goes_on() -> None:
    """An extractor that keeps a printed space before the line's end (pypdf: ``书法家写春联 `` /
    ``送祝福``) shows that the headline broke at its own space: one title, the space kept. Without
    the space the short line under a complete phrase may be a label printed after it."""
    run = [Piece(idx=0, line=0, text="书法家写春联", gap=0, kind=HEAD), Piece(idx=1, line=1, text="送祝福", gap=0, kind=HEAD)]
    run[0].meta["open_space"] = True
    assert [(str(g["title"]), g["subtitle"]) for g in split_run(run, followed_by_body=True)] == [("书法家写春联 送祝福", None)]


def test_a_subtitle_like_headline_wrapped_over_two_lines_is_the_subtitle_whole() -> None:
    """``庆阳市政协助推黄土高原`` / ``生态治理工作掠影``: the phrase reads on across the break (the news
    model), so the second line is not the subtitle of the first; whole, the line under the
    couplet is its subtitle."""
    assert groups("山川披绿 河湖安澜", "庆阳市政协助推黄土高原", "生态治理工作掠影") == [
        ("山川披绿 河湖安澜", "庆阳市政协助推黄土高原生态治理工作掠影")]


def test_a_column_label_glued_after_a_paragraph_stands_apart() -> None:
    """pypdf's text of a typst page: the banner ``委员之声`` is printed on the baseline of a
    paragraph's last line in the column beside it, and pypdf gives both as one text line
    (``…贡献力量。委员之声``): the label is no part of that paragraph, and the headline under the
    banner heads its own report."""
    from pathlib import Path

    from clipper.extract import extract_document
    from clipper.text.newspaper.paragraph_pages import split_glued_credits

    parts = split_glued_credits([Piece(idx=0, line=0, text="出精品力作，为文化强市建设贡献力量。委员之声", gap=0)])
    assert [(p.text, p.kind) for p in parts] == [("出精品力作，为文化强市建设贡献力量。", "text"), ("委员之声", HEAD)]
    # (a clause that opens as a sentence does stays: ``…。要聚焦`` is no label)
    assert len(split_glued_credits([Piece(idx=0, line=0, text="会议强调。要聚焦", gap=0)])) == 1
    raw = (Path(__file__).parent / "data" / "typst-dev8.t011.pypdf.txt").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///t011.pypdf.txt").articles}
    assert arts["全市新增5G基站1200个 政协委员建言数字乡村建设"].body[0].startswith("本报武山讯")
    assert not any("委员之声" in p for a in arts.values() for p in a.body)


def test_a_photo_title_glued_after_a_paragraph_heads_its_caption() -> None:
    """pypdf gives a photo's title printed on the baseline of a paragraph's last line in the
    column beside it as one text line with it (``…任务。书法家写春联 送祝福``); the caption's date
    opens the next line. The title is a headline of its own; a sentence that goes on (no caption
    or dateline after it) stays whole."""
    from clipper.text.newspaper.paragraph_pages import split_glued_credits

    line = "补缺，确保圆满完成全年各项任务。书法家写春联 送祝福"
    caption = "8月24日，泾川县政协组织书画界"
    parts = split_glued_credits([Piece(idx=0, line=0, text=line, gap=0), Piece(idx=1, line=1, text=caption, gap=0)],
                                glued_heads=True)
    assert [(p.text, p.kind) for p in parts] == [
        ("补缺，确保圆满完成全年各项任务。", "text"), ("书法家写春联 送祝福", HEAD), (caption, "text")]
    dateline = "本报泾川讯（通讯员 赖刚）8月"
    parts = split_glued_credits([Piece(idx=0, line=0, text=line, gap=0), Piece(idx=1, line=1, text=dateline, gap=0)],
                                glued_heads=True)
    assert parts[1].text == "书法家写春联 送祝福"
    # the next sentence going on in the next line, a clause's opener, a function word: no title
    for text, after in (("…各项任务。书法家写春联送福字", "活动吸引了众多群众。"),
                        ("…各项任务。会议要求各级政协", "8月24日，全县召开会议"),
                        ("…各项任务。本次活动时间为", "8月24日，地点在县文化馆"),
                        ("…河道综合治理工程。 本报记者 董建", "本报嘉峪关讯(通讯员郑慧芳)5")):
        assert len(split_glued_credits([Piece(idx=0, line=0, text=text, gap=0),
                                        Piece(idx=1, line=1, text=after, gap=0)], glued_heads=True)) == 2
    # (read across columns, the next line is another column's: no evidence)
    assert len(split_glued_credits([Piece(idx=0, line=0, text=line, gap=0),
                                    Piece(idx=1, line=1, text=caption, gap=0)])) == 2


def test_a_verb_right_after_who_holds_it_leaves_the_headline_open() -> None:
    """``…会议召开`` ends a headline; ``宕昌县政协召开`` does not (what was held follows: ``党组会议暨
    主席会议``). pdfminer's text of a typst page, every printed line a box of its own and two
    columns read row by row below the headline: its two lines are one title."""
    from pathlib import Path

    from clipper.extract import extract_document
    from clipper.text.newspaper.headlines import COMPLETE_ENDING

    for done in ("十二届省政协第103次机关党组(扩大)会议召开", "全省政协工作会议在兰州召开", "委员工作室揭牌"):
        assert COMPLETE_ENDING.search(done)
    for open_ in ("宕昌县政协召开", "省政协举行", "市政协党组召开", "市政协机关发布"):
        assert not COMPLETE_ENDING.search(open_)
    raw = (Path(__file__).parent / "data" / "typst-dev.t009.pdfminer-lines.txt").read_bytes()
    titles = [a.title for a in extract_document(raw, "file:///t009.pdfminer-lines.txt").articles]
    assert "宕昌县政协召开党组会议暨主席会议" in titles


def test_the_last_headline_line_before_a_column_label_may_be_the_subtitle() -> None:
    """A headline printed apart from its report, right before a column label and the label's box
    (frames drawn in any order): its last line ends the group as the last line before a body
    does. Under a complete title a line without a subject of its own is the subtitle; a line
    naming its own subject stays a headline."""
    lines = ["环县政协召开全市政协系统", "党的建设暨宣传信息工作会议", "充分发挥党组把方向管大局保落实的重要作用"]
    run = [Piece(idx=i, line=i, text=t, gap=0, kind=HEAD) for i, t in enumerate(lines)]
    text = "本报环县讯9月10日，环县政协召开全市政协系统党的建设暨宣传信息工作会议。"
    boxed = split_run(run, followed_by_body=False, page_text=text, ends_box=True)
    assert [(g["title"], g["subtitle"]) for g in boxed] == [
        ("环县政协召开全市政协系统党的建设暨宣传信息工作会议", "充分发挥党组把方向管大局保落实的重要作用")]
    assert len(split_run(run, followed_by_body=False, page_text=text)) == 2  # (a stack of headlines, their reports elsewhere)
    own = run[:2] + [Piece(idx=2, line=2, text="通渭县集中交办政协提案", gap=0, kind=HEAD)]
    assert len(split_run(own, followed_by_body=False, page_text=text, ends_box=True)) == 2
