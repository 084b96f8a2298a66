"""Newspaper page rules on pages made for the tests (tests/data/made_page_*.txt) and small
inline examples; the seeds themselves are checked by test_gold_gate.py."""

from __future__ import annotations

from conftest import DATA

from clipper.text.metadata import credit_names, format_date, split_names
from clipper.text.newspaper import segment_page
from clipper.text.repeats import drop_garbled_tails, undouble


def page(name: str):
    return segment_page((DATA / name).read_text(encoding="utf-8"))


def test_paragraph_layout_headlines_before_bodies():
    r = page("made_page_a.txt")
    titles = [a.title for a in r.articles]
    assert titles == ["临夏州政协召开党组理论学习中心组会议", "天水市秦州区政协开展民生实事专题视察",
                      "酒泉市政协机关开展义务植树活动", "以协商之力绘就乡村振兴新画卷"]
    news, news2, photo, feature = r.articles
    # column break joined (加强|和改进), dateline metadata, spaced name joined
    assert news.body[0].endswith("围绕加强和改进政协工作进行了交流研讨。") and len(news.body) == 2
    assert (news.place, news.date, news.authors, news.kind) == ("临夏", "--03-12", ["马小明"], "news")
    assert news2.authors == ["李强"] and news2.body[1].endswith("实事办好，不断增强群众的获得感幸福感。")
    assert (photo.kind, photo.authors, photo.date, photo.place) == ("photo", ["赵静"], "--03-11", None)
    assert feature.subtitle == "陇西县政协推进协商议事向村社延伸工作纪实"
    assert (feature.kind, feature.continues, feature.authors) == ("feature", "转二版", ["刘洋"])
    assert feature.body[1] == "搭平台让群众说得上话"  # section heading kept as its own paragraph
    assert not any("转二版" in p or "摄影报道" in p for a in r.articles for p in a.body)


def test_printed_line_layout_headlines_after_bodies():
    r = page("made_page_b.txt")
    assert [a.title for a in r.articles] == ["陇南市政协召开全市政协系统提案工作推进会",
                                            "庆阳市政协调研全市重点项目建设情况"]
    first, second = r.articles
    assert len(first.body) == 2 and first.body[0].startswith("本报陇南讯（通讯员杨光明）5月20日，")
    assert first.body[0].endswith("会议通报了今年以来提案办理情况。")
    assert second.date == "--05-21" and "全市12个重点项目" in second.body[0]


def test_headline_matched_by_place_not_position():
    text = "\n\n".join([
        "本报武都讯(通讯员甲乙)4月2日,武都区政协召开主席会议,研究部署春季视察工作。",
        "本报成县讯(通讯员丙丁)4月3日,成县政协组织委员视察春耕备耕工作,查看了农资储备情况。",
        "成县政协", "视察春耕备耕工作",
        "武都区政协", "召开主席会议",
    ])
    r = segment_page(text)
    assert [(a.place, a.title) for a in r.articles] == [("武都", "武都区政协召开主席会议"),
                                                       ("成县", "成县政协视察春耕备耕工作")]


def test_block_cut_mid_word_joins_the_block_with_the_rest():
    text = "\n\n".join([
        "为民服务见实效 协商议事暖人心",
        "□ 通讯员 王 五",
        "、办事有人管”的目标,群众满意度不断提升。",
        "今年以来,全镇共开展协商活动六十余次。",
        "“路灯不亮了怎么办?”……群众的烦心事有了说理的地方。",
        "搭建平台 畅通渠道",
        "镇党委坚持把协商议事室建到村组,努力实现“小事不出村",
    ])
    r = segment_page(text)
    (art,) = r.articles
    assert art.body[0].startswith("“路灯不亮了怎么办？”")
    assert art.body[1] == "搭建平台畅通渠道"
    assert art.body[2] == "镇党委坚持把协商议事室建到村组，努力实现“小事不出村、办事有人管”的目标，群众满意度不断提升。"
    assert art.body[-1] == "今年以来，全镇共开展协商活动六十余次。"


def test_doubled_headline_and_garbled_tail():
    assert undouble("开展专题视察开展专题视察") == ("开展专题视察", "开展专题视察")
    assert undouble("视察建言") == ("视察建言", None)
    tail = "群众对村党支部的工作也更加认可,村级党组织在乡村振兴中真正发挥了主心骨的作用。"
    texts, removed = drop_garbled_tails(["走访群众,积极推动基层" + tail, "两年来,全村新发展党员五名," + tail])
    assert texts[0] == "走访群众,积极推动基层" and texts[1].endswith(tail) and removed == [tail]


def test_interview_block_printed_before_its_headline_joins_the_interview():
    text = "\n\n".join([
        "本报西峰讯(通讯员甲乙)5月6日,西峰区政协召开常委会议。",
        "会议要求,要扎实做好各项工作。",
        "记者:下一步有什么打算?",
        "张三:我们将继续深化协商议事工作。",
        "聚焦主责主业 彰显政协担当",
        "访西峰区政协主席张三",
        "本报记者 李四",
        "近日,本报记者专访了西峰区政协主席张三。",
        "记者:今年工作有哪些亮点?",
        "张三:亮点主要有三个方面。",
    ])
    r = segment_page(text)
    interview = [a for a in r.articles if a.kind == "interview"]
    assert len(interview) == 1 and interview[0].authors == ["李四"]
    assert interview[0].body[-1] == "张三：我们将继续深化协商议事工作。"
    assert len(r.articles) == 2


def test_masthead_becomes_publication_and_furniture():
    text = "\n\n".join([
        "陇原协商报", "政协某某委员会主办 国内统一刊号:CN62-0000 邮发代号:00-00",
        "2023年1月3日 星期二", "壬寅年农历十二月十二 第1期 总第100期 本期8版",
        "临洮县政协召开主席会议", "本报临洮讯(记者王六)12月30日,临洮县政协召开主席会议。",
    ])
    r = segment_page(text)
    assert (r.publication.name, r.publication.date, r.publication.issue, r.publication.pages) == \
        ("陇原协商报", "2023-01-03", "第1期", "8")
    (art,) = r.articles
    assert art.date == "2022-12-30"  # December report on a January page: the year before
    assert art.source == "陇原协商报"


def test_names():
    assert split_names("那 丽") == ["那丽"]
    assert split_names("龚顺生 苟斌") == ["龚顺生", "苟斌"]
    assert split_names("□ 本报通讯员 祁国社 李永儒") == ["祁国社", "李永儒"]
    assert credit_names("记者张 柳 通讯员李四") == ["张柳", "李四"]
    assert format_date(6, 22) == "--06-22" and format_date(11, 10, page_date="2022-11-11") == "2022-11-10"


def test_a_headline_right_after_a_sentence_cut_at_a_column_end_is_a_headline():
    """Extracted one printed line per text line, a report's paragraph stops mid-sentence (it goes
    on in another column) and the next report's headline follows at once: the headline opens
    with its own subject, then its dateline comes. It is a headline, not running text."""
    lines = ["临洮县政协召开主席会议", "本报临洮讯（通讯员王五）3月1日，临洮县", "政协召开主席会议，研究部署全年重点工",
             "作。会议听取了各专门委员会工作汇报，", "审议通过了年度协商计划。会议强调，要",
             "坚持围绕中心、服务大局，扎实推进协商", "议政，切实提高履职质量和水平，着力在",
             "岷县政协组织委员视察高标准农田建", "设工作", "本报岷县讯（记者李四）3月2日，岷县政",
             "协组织委员视察高标准农田建设工作，察", "看了项目现场，听取了情况汇报。视察组",
             "指出，要加强项目管理，确保工程质量。", "全面落实上级部署上持续发力。"]
    r = segment_page("\n".join(lines) + "\n")
    titles = [a.title for a in r.articles]
    assert "岷县政协组织委员视察高标准农田建设工作" in titles
    minxian = r.articles[titles.index("岷县政协组织委员视察高标准农田建设工作")]
    assert minxian.body[0].startswith("本报岷县讯（记者李四）3月2日")
    assert not any("岷县政协组织委员视察高标准农田建设工作本报" in p for a in r.articles for p in a.body)


def test_the_rest_of_a_report_in_the_next_column_joins_it():
    """A report's first column ends with a finished paragraph; its next paragraph (``会议强调，``)
    is the top of the next column, printed after it. No headline takes it: it is that report's."""
    lines = ["嘉峪关市政协召开十四届十二次常委会会议", "本报嘉峪关讯(通讯员廖海)3月3日,", "嘉峪关市政协主席张剑蓉主持召开县政",
             "协十四届十二次常委会会议。会议传达", "学习了习近平总书记重要讲话精神，审", "议通过了县政协主席会议工作规则等，",
             "通过了有关人事事项。",
             "会议强调,要按照主题教育工作安排,结合", "工作和自身实际,切实抓好集体学习和个人自",
             "学,深入开展调查研究,深刻剖析检视自身问题,", "抓好问题整改和建章立制工作,推动主题教育",
             "走深走实。", "金塔县政协视察节水治理工作",
             "本报金塔讯（通讯员赖桂）5月14日，金塔", "县政协组织委员开展专题视察，察看了县", "污水处理厂生态湿地建设工程现场。"]
    r = segment_page("\n".join(lines) + "\n")
    assert [a.title for a in r.articles] == ["嘉峪关市政协召开十四届十二次常委会会议", "金塔县政协视察节水治理工作"]
    assert r.articles[0].body[-1].startswith("会议强调，要按照主题教育工作安排")


def test_a_dash_carried_to_the_next_printed_line_is_running_text():
    """``——`` broken across the line end (``…加工厂”—`` / ``—“海葵一号”…``) or carried whole to the
    next line inside a sentence is no subtitle."""
    lines = ["活动中，以党建引领专题读书学习推动履职走深走实，推动党", "的二十大精神深入人心，了解社会团体诉求。",
             "新华社深圳1月6日电（记者戴小河、印朋）由我国", "自主设计建造的亚洲首艘圆筒型“海上油气加工厂”—",
             "—“海葵一号”12日从中国海油青岛国际化高端装备制", "造基地离港启运，为我国首个深水油田二次开发项目年",
             "内投产奠定基础。“海葵一号”启运后将前往距离青岛", "超过1200海里的珠江口盆地进行回接安装。",
             "海上油气加工厂启运珠江口盆地"]
    r = segment_page("\n".join(lines) + "\n")
    art = next(a for a in r.articles if "新华社" in a.text)
    assert art.title == "海上油气加工厂启运珠江口盆地" and art.subtitle is None
    assert "加工厂”——“海葵一号”12日" in art.body[0] and art.body[0].endswith("进行回接安装。")


def test_the_rest_of_a_report_at_the_top_of_a_narrower_column_joins_it():
    """No indents (as pdftotext -raw gives a page); the report goes on with a paragraph at the
    top of a narrower column, which no headline takes: it is that report's, not an article of its
    own."""
    lines = ["海上油气加工厂启运珠江口盆地", "新华社深圳3月11日电（记者戴小河、印朋）由我国自主", "设计建造的亚洲首艘圆筒型“海上油气加工厂”——“海",
             "葵一号”12日从中国海油青岛国际化高端装备制造基地", "离港启运，为我国首个深水油田二次开发项目年内投产",
             "奠定基础。", "“海葵一号”主甲板最大直径90米，面积", "相当于13个标准篮球场，高度接近30层", "楼，总重相当于3万辆小汽车，吃水深度",
             "接近航道极限，必须在天文大潮时才能出", "港。"]
    r = segment_page("\n".join(lines) + "\n")
    assert [a.title for a in r.articles] == ["海上油气加工厂启运珠江口盆地"]
    assert r.articles[0].body[-1].endswith("必须在天文大潮时才能出港。")


def test_two_headlines_printed_side_by_side_on_one_line_are_two():
    from clipper.text.newspaper.flow import split_side_by_side_heads
    from clipper.text.pieces import classify, split_pieces

    text = "卓尼县政协召开十四届十二次常委会会议 亚洲首艘圆筒型“海上油气加工厂”启运珠江口盆地\n知民情解民忧纾民困暖民心 政协协商打开社区治理新局面\n"
    pieces = split_pieces(text)
    classify(pieces)
    assert [p.text for p in split_side_by_side_heads(pieces)] == [
        "卓尼县政协召开十四届十二次常委会会议", "亚洲首艘圆筒型“海上油气加工厂”启运珠江口盆地",
        "知民情解民忧纾民困暖民心 政协协商打开社区治理新局面"]


def test_a_column_label_on_a_line_of_its_own_is_furniture():
    lines = ["临洮县政协召开主席会议", "本报临洮讯（通讯员王五）3月1日，临洮县", "政协召开主席会议，研究部署全年重点工",
             "作。会议强调，要不折不扣执行到", "文史天地", "岷县政协组织委员视察农田建设",
             "本报岷县讯（记者李四）3月2日，岷县政", "协组织委员视察高标准农田建设工作。"]
    r = segment_page("\n".join(lines) + "\n")
    assert "文史天地" in r.furniture
    assert not any("文史天地" in p for a in r.articles for p in a.body)


def test_a_masthead_drawn_below_the_top_is_furniture():
    """Text extracted in the order the layout program drew its frames: the masthead's frame comes
    after a report. Its sponsor and registration lines, with the date, are still the masthead,
    and the paper's name printed on the sponsor's line is the publication."""
    from clipper.text.masthead import read_masthead
    from clipper.text.pieces import FURNITURE, Piece

    texts = ["壬寅年农历十月十八 第172期 总第2246期 本期2版", "临洮县政协召开主席会议",
             "本报临洮讯（通讯员王五）3月1日，", "临洮县政协召开主席会议，研究", "部署全年重点工作。会议听取了",
             "各专委会工作汇报，审议了年度", "协商计划。", "举行党组（扩大）会议",
             "陇原政协报 政协甘肃省委员会主办", "邮发代号:57-31", "国内统一刊号:CN62-0023", "2025年5月12日 星期一",
             "在森林草原防火中彰显政协担当"]
    pieces = [Piece(idx=i, line=i, text=t, gap=0) for i, t in enumerate(texts)]
    pub = read_masthead(pieces)
    assert (pub.name, pub.date, pub.issue) == ("陇原政协报", "2025-05-12", "第172期")
    assert [p.text for p in pieces if p.kind == FURNITURE] == [texts[0]] + texts[8:12]
    # a sponsor named in running text, with no other masthead line near it, is text
    prose = [Piece(idx=i, line=i, text=t, gap=0) for i, t in enumerate(["临洮县政协召开主席会议",
             "本报临洮讯（通讯员王五）3月1日，由县政协主办的", "读书会在县城举行，委员们交流了学习体会。"])]
    assert read_masthead(prose).name is None and not any(p.kind == FURNITURE for p in prose)


def test_the_serial_number_line_of_a_masthead_is_furniture_without_its_number():
    """``国内统一连续出版物号`` is the registration's full name (CN xx-xxxx) as papers print it; a
    text that keeps the page's layout may part it from its number. Alone it is masthead
    furniture too, not a headline."""
    from clipper.text.masthead import is_masthead_line

    assert is_masthead_line("国内统一连续出版物号") and is_masthead_line("国内统一连续出版物号：CN62-0023")
    lines = ["同心协商报", "甘肃省政协主管主办", "国内统一连续出版物号", "CN62-0023", "2023年3月15日 星期三",
             "崆峒区政协开展“送温暖”帮扶关爱活动", "本报崆峒讯（通讯员王五）3月1日，崆峒区", "政协组织委员走访慰问困难群众，送去米",
             "面油等生活物资。"]
    titles = [a.title for a in segment_page("\n".join(lines) + "\n").articles]
    assert titles == ["崆峒区政协开展“送温暖”帮扶关爱活动"]


def test_a_registration_line_set_apart_from_the_masthead_is_furniture():
    """pypdf's layout text of a typst page sets the masthead's registration line apart from the
    rest of the masthead, above a brief; no report prints a serial number, so it is furniture
    wherever it stands, not the brief's headline (nor any report's text)."""
    from clipper.extract import extract_document
    from conftest import ROOT

    page = ROOT / "bench" / "typst_pages" / "dev" / "text" / "pypdf-layout" / "t012.pypdf-layout.txt"
    assert "国内统一连续出版物号" in page.read_text(encoding="utf-8")
    result = extract_document(page.read_bytes(), page.as_uri())
    assert not any("出版物号" in (a.title or "") + (a.subtitle or "") + "".join(a.body) for a in result.articles)


def test_a_line_of_four_characters_alone_heads_no_report():
    """``协商议事`` above a report: a column label; the report's headline says who did what."""
    lines = ["协商议事", "本报临洮讯（通讯员王五）3月1日，临洮县", "政协召开主席会议，研究部署全年重点工",
             "作。会议强调，要把协商成果转化为推动", "发展的实际成效。", "岷县政协组织委员视察农田建设",
             "本报岷县讯（记者李四）3月2日，岷县政", "协组织委员视察高标准农田建设工作。"]
    r = segment_page("\n".join(lines) + "\n")
    assert "协商议事" not in [a.title for a in r.articles]
    assert "岷县政协组织委员视察农田建设" in [a.title for a in r.articles]


def test_a_column_label_printed_beside_a_line_of_text_is_cut_off_it() -> None:
    from clipper.text.newspaper.flow import page_pieces

    lines = ["临洮县政协召开主席会议", "本报临洮讯（通讯员王五）3月1日，临洮县", "政协召开主席会议，研究部署全年重点工",
             "作，持续扩大影响力和覆盖面。 履职快讯", "岷县政协组织委员视察农田建设", "本报岷县讯（记者李四）3月2日，岷县政",
             "委员动态 协组织委员视察高标准农田建设工作。"]
    seq, _, furniture = page_pieces("\n".join(lines) + "\n")
    assert "履职快讯" in furniture and "委员动态" in furniture
    texts = [p.text for p in seq]
    assert "作，持续扩大影响力和覆盖面。" in texts and "协组织委员视察高标准农田建设工作。" in texts
    # a space inside running text, with no label beside it, changes nothing
    seq, _, furniture = page_pieces("本报讯（通讯员 张英明）3月1日，金塔县政协召开会议。\n")
    assert furniture == [] and seq[0].text == "本报讯（通讯员 张英明）3月1日，金塔县政协召开会议。"


def test_a_line_that_opens_with_the_rest_of_a_word_is_running_text():
    """A column line with no punctuation (``议传达学习了习近平总书记``) reads like a headline, and
    the line under it opens like a report (``近期…``); but it opens with the rest of the word the
    line before stops in (``…主席会议。会`` / ``议…``): it is that report going on."""
    lines = ["金昌市政协召开党组(扩大)会议暨主席会", "议", "本报金昌讯(通讯员廖", "鹏)4月6日,金昌市政协党组",
             "书记、主席徐小军主持召开", "市政协党组(扩大)会议暨十", "四届二十六次主席会议。会", "议传达学习了习近平总书记",
             "近期重要讲话精神,学习了", "有关文件,研究了近期重点", "工作。"]
    r = segment_page("\n".join(lines) + "\n")
    assert [a.title for a in r.articles] == ["金昌市政协召开党组（扩大）会议暨主席会议"]
    assert "会议传达学习了习近平总书记近期重要讲话精神" in r.articles[0].text


def test_a_headline_end_beside_the_organisation_that_opens_the_next_headline_is_two():
    """``学习中心组(扩大)会议 城关区政协``: the end of a wrapped headline, and beside it the
    organisation that opens the headline printed there (its next line: ``举行党组（扩大）会议``)."""
    from clipper.text.newspaper.flow import split_side_by_side_heads
    from clipper.text.pieces import classify, split_pieces

    pieces = split_pieces("张掖市政协召开党组理论\n学习中心组(扩大)会议 城关区政协\n举行党组（扩大）会议\n")
    classify(pieces)
    assert [p.text for p in split_side_by_side_heads(pieces)] == [
        "张掖市政协召开党组理论", "学习中心组(扩大)会议", "城关区政协", "举行党组（扩大）会议"]
    # an organisation's own line (a kicker and its title) is no pair of headlines
    pieces = split_pieces("陇南市政协 召开主席会议\n")
    classify(pieces)
    assert [p.text for p in split_side_by_side_heads(pieces)] == ["陇南市政协 召开主席会议"]


def test_a_headline_line_beside_a_dateline_is_two_columns():
    """``为营商环境优化建言献策 本报甘州讯（通讯员蔡斌）6月7日至9日，``: the last line of a headline
    and, beside it, the first line of a report: a headline piece and the report's text (whose
    dateline then says its place)."""
    from clipper.text.newspaper.flow import split_side_by_side_heads
    from clipper.text.pieces import HEAD, TEXT, classify, split_pieces

    pieces = split_pieces("为营商环境优化建言献策 本报甘州讯（通讯员蔡斌）6月7日至9日，\n甘州区政协组织委员开展专题协商。\n")
    classify(pieces)
    out = split_side_by_side_heads(pieces)
    assert [(p.kind, p.text) for p in out[:2]] == [(HEAD, "为营商环境优化建言献策"), (TEXT, "本报甘州讯（通讯员蔡斌）6月7日至9日，")]
    # a sentence that happens to hold a space stays whole
    pieces = split_pieces("会议指出，要抓好落实 本报讯记者到场采访。\n")
    classify(pieces)
    assert len(split_side_by_side_heads(pieces)) == 1


def test_a_headline_s_two_lines_around_the_first_line_of_the_one_beside_it():
    """``关于征集2023年度 协商画好『同心圆』 政协提案线索的公告``: the extractor put a headline's two
    lines on one text line with the first line of the headline beside it between them. The outer
    parts make one whole headline (the first alone is not), the middle one is the other's."""
    from clipper.text.newspaper.flow import split_side_by_side_heads
    from clipper.text.pieces import classify, split_pieces

    pieces = split_pieces("关于征集2023年度 协商画好『同心圆』 政协提案线索的公告\n下活治理『一盘棋』\n")
    classify(pieces)
    assert [p.text for p in split_side_by_side_heads(pieces)][:2] == ["关于征集2023年度政协提案线索的公告", "协商画好『同心圆』"]


def test_a_text_line_beside_the_rest_of_the_headline_above_is_taken_apart():
    """``通渭县集中交办政协提案`` / ``标不放过、不见效不松 安排部署办理工作`` / ``手,切实…``: a line of
    running text (it runs on into the next line: ``松手``) beside the rest of the unfinished
    headline line above it. The rest goes with the headline, the text on with the text."""
    from clipper.text.newspaper.flow import split_side_by_side_heads
    from clipper.text.pieces import HEAD, TEXT, classify, split_pieces

    pieces = split_pieces("通渭县集中交办政协提案\n标不放过、不见效不松 安排部署办理工作\n手,切实将主题教育各\n")
    classify(pieces)
    out = split_side_by_side_heads(pieces)
    assert [(p.kind, p.text) for p in out[:3]] == [(HEAD, "通渭县集中交办政协提案"), (HEAD, "安排部署办理工作"),
                                                    (TEXT, "标不放过、不见效不松")]


def test_page_header_lines_are_furniture_on_every_kind_of_page() -> None:
    """A page number line (`第4版`, `第4版 文化`) and a running header on one line (the paper's
    name, the date, the page, the editor) are page furniture, on pages of paragraphs as on
    pages of printed lines: neither the title of the first report nor inside it."""
    lead = ["市政协召开诗词创作交流会",
            "本报讯（记者 王芳）11月28日，市政协召开诗词创作交流会，委员们围绕协商民主、乡村振兴等主题交流创作体会。",
            "会议指出，要坚持以人民为中心的创作导向，用诗词讲好政协故事，传播政协声音，凝聚团结奋进的正能量。"]
    for header in (["民主协商报", "2024年11月29日 星期五", "第4版"], ["第4版 文化"], ["第4版", "民主协商报"],
                   ["民主协商报 2024年11月29日 第4版"], ["2024年11月29日 星期五 第4版 责任编辑：王 丽"],
                   ["第4版 综合新闻 责编:李华 美编:张强"],
                   # (the page's number and section on a line of their own beside the date's)
                   ["2 协商在基层", "2024年2月20日 星期二"]):
        r = segment_page("\n".join(header + lead) + "\n")
        assert [a.title for a in r.articles] == ["市政协召开诗词创作交流会"], header
        assert all(h in r.furniture for h in header), header
    # a headline that holds a date or a page is no header; a figure and a word alone are none
    from clipper.text.masthead import numbered_section
    assert not numbered_section("2 名委员在会上发言") and not numbered_section("协商 在基层")
    r = segment_page("\n".join(["2024年全市政协工作会议召开"] + lead[1:]) + "\n")
    assert [a.title for a in r.articles] == ["2024年全市政协工作会议召开"]


def test_running_headers_as_extractors_glue_and_space_them_are_furniture() -> None:
    """A typesetter's running header comes out spaced around its figures (``第 2 版``), with a
    bare page number (``2 责任编辑：…``), or with parts glued where the extractor joined the
    header's left, centre and right pieces (``2023年 10月 6日责任编辑：…``, ``…20 日陇上政协报``):
    still furniture."""
    from clipper.text.masthead import is_page_header
    from clipper.text.newspaper.order import print_width
    from clipper.text.pieces import split_pieces

    for raw in ("2 责任编辑：梁刚娟 陇上政协报 2025 年 9 月 20 日", "第 2 版 责任编辑：魏超 校对：段海建 2023 年 10 月 6 日",
                "第 2版 2023年 10月 6日责任编辑：魏超 校对：段海建", "2 责任编辑：梁刚娟 2025 年 9 月 20 日陇上政协报",
                "第3版 本版关注 2023年10月6日星期五", "1 责任编辑：郭兰琴", "1责任编辑：郭兰琴",
                # (the page number glued to the section name, the date spaced inside: pypdf, dev5 t005)
                "2 时评 2024年 9月 13日协商时报", "2时评 2024年9月13日协商时报",
                # (every part glued: the page number to the date, the paper's name to the date)
                "第一版2023年6月16日责任编辑：郝英涛校对：谭晓", "民主协商报2024年11月29日第4版",
                "第 一 版 2023年 6月 16日 责 任 编 辑 ： 郝 英 涛　校 对 ： 谭 晓"):
        text = split_pieces(raw)[0].text
        assert is_page_header(text, print_width(text)), raw
    for prose in ("2 名委员在会上发言", "12 月 3 日，市政协召开常委会议", "2023年10月6日，市政协召开主席会议",
                  "12 委员风采", "2024年 9月 13日，市政协召开常委会议", "第三版面设计精美", "会议于2024年3月召开"):
        text = split_pieces(prose)[0].text
        assert not is_page_header(text, print_width(text)), prose


def test_mastheads_in_chinese_numerals_lunar_lines_and_running_headers_give_the_date() -> None:
    """The masthead date in Chinese numerals, a lunar date or a weekday on a line of its own, a
    running header holding the date: the publication's date, and none of them a title."""
    lead = ["市政协召开诗词创作交流会",
            "本报讯（记者 王芳）11月28日，市政协召开诗词创作交流会，委员们围绕协商民主、乡村振兴等主题交流创作体会。",
            "会议指出，要坚持以人民为中心的创作导向，用诗词讲好政协故事，传播政协声音，凝聚团结奋进的正能量。"]
    for header, date in ((["民主协商报", "二〇二四年十一月二十九日 星期五", "农历甲辰年十月廿九", "第1234期 本期4版"], "2024-11-29"),
                         (["民主协商报", "2024年11月29日 星期五", "甲辰年十月廿九"], "2024-11-29"),
                         (["陇原政协报 政协甘肃省委员会主办 1985年10月1日创刊", "2024年11月29日 星期五 第4版"], "2024-11-29"),
                         (["2024年11月29日", "星期五"], "2024-11-29"), (["二〇二三年十二月一日"], "2023-12-01"),
                         (["同心协商报", "2023年 12月 2日 星期六 第 174期 本期三版"], "2023-12-02")):
        r = segment_page("\n".join(header + lead) + "\n")
        assert r.publication.date == date, header
        assert [a.title for a in r.articles] == ["市政协召开诗词创作交流会"], header
        assert r.articles[0].date == date[:5] + "11-28", header


def test_two_columns_lines_on_one_text_line_are_taken_apart() -> None:
    """poppler's reading order prints the lines of two columns on one baseline as one text line
    where the gutter is narrow (real output of a typst page): the line, much wider than any
    column, is the left column's line and the right one's."""
    from clipper.text.newspaper.flow import split_side_by_side_text
    from clipper.text.pieces import TEXT, classify, split_pieces

    column = ["进一步推动结对关爱行动走深走实,让困难", "群众度过一个温暖、安全的冬天,6月7日,崆", "峒区政协主席陈华带领机关干部先后在永",
              "昌县南坝乡永安村、金川区龙门里社区开展", "叮嘱他们注意防寒保暖,注意用电、用火安"]
    merged = "本报崆峒讯(通讯员孙琳平)寒冬虽至, 等过冬物资的储备情况,认真排查居住环境"
    pieces = split_pieces("\n".join(column + [merged] + column) + "\n")
    classify(pieces)
    out = [p.text for p in split_side_by_side_text(pieces)]
    assert out[5:7] == ["本报崆峒讯(通讯员孙琳平)寒冬虽至,", "等过冬物资的储备情况,认真排查居住环境"]
    assert all(p.kind == TEXT for p in split_side_by_side_text(pieces)[5:7])
    # a line as wide as a column, with a space in it, stays whole
    pieces = split_pieces("\n".join(column + ["活动中,市政协机关干部 先后为永安村、"]) + "\n")
    classify(pieces)
    assert [p.text for p in split_side_by_side_text(pieces)][-1] == "活动中,市政协机关干部 先后为永安村、"


def test_two_headline_lines_glued_without_a_space_are_parted() -> None:
    """pypdf glues two headline lines printed side by side on one baseline without a space
    (``生态环境保护民主监督全国政协召开``): a complete headline's end, then a headline opening
    with a place's body (or the national committee). Running text that names a body without its
    place (``主持召开县政协十四届``) is not parted."""
    from clipper.text.newspaper.flow import _part_glued_heads
    from clipper.text.pieces import HEAD, Piece

    for text, parted in (("生态环境保护民主监督全国政协召开", "生态环境保护民主监督 全国政协召开"),
                         ("县政协十届三次会议闭幕临洮县政协召开主席会议", "县政协十届三次会议闭幕 临洮县政协召开主席会议"),
                         ("主持召开县政协十四届", "主持召开县政协十四届"), ("书记主持召开市政协党组", "书记主持召开市政协党组"),
                         ("定西市政协召开全市政协系统党的建设暨", "定西市政协召开全市政协系统党的建设暨")):
        assert _part_glued_heads(Piece(idx=0, line=0, text=text, gap=0, kind=HEAD)).text == parted


def test_a_headline_line_beside_a_dateline_is_parted_from_it() -> None:
    """A headline's last line and the report's first line, dateline first, on one text line:
    apart by a space (a full-width one too), or glued after a complete headline (pypdf:
    ``…常委会议中新网兰州 6月 9日电``). A dateline alone, or running text, is not parted."""
    from clipper.text.newspaper.flow import _dateline_beside

    assert _dateline_beside("专题议政性常委会议中新网兰州 6月 9日电") == ("专题议政性常委会议", "中新网兰州 6月 9日电")
    assert _dateline_beside("经济发展壮大\u3000\u3000本报卓尼讯(通讯员 罗兰)10") == ("经济发展壮大", "本报卓尼讯(通讯员 罗兰)10")
    assert _dateline_beside("为营商环境优化建言献策 本报甘州讯（通讯员蔡斌）6月7日至9日，") == (
        "为营商环境优化建言献策", "本报甘州讯（通讯员蔡斌）6月7日至9日，")
    for line in ("新华社北京12月23日电 全国政协22日", "会议强调本报讯记者", "会议要求，本报讯（记者 王）"):
        assert _dateline_beside(line) is None, line


def test_a_headline_line_glued_to_the_kicker_beside_it_is_two_lines() -> None:
    """pypdf glues a headline's last line to the kicker of the headline set beside it
    (``创建工作座谈会助力乡村全面振兴``): a complete headline's end, then a theme that opens with its
    verb. A headline ending on its verb (``…主持召开深入推进长三角``) is not parted, nor is a line
    holding marks or a theme that ends as a headline does."""
    from clipper.text.newspaper.flow import _part_glued_kicker
    from clipper.text.pieces import HEAD, Piece

    def parts(text: str) -> list[str]:
        return [p.text for p in _part_glued_kicker(Piece(idx=0, line=0, text=text, gap=0, kind=HEAD))]

    assert parts("创建工作座谈会助力乡村全面振兴") == ["创建工作座谈会", "助力乡村全面振兴"]
    assert parts("老旧小区改造专题协商聚焦城市更新") == ["老旧小区改造专题协商", "聚焦城市更新"]
    for text in ("习近平主持召开深入推进长三角", "履职能力提升培训班聚焦中心、服务发", "召开专题协商会推进生态保护工作"):
        assert parts(text) == [text]


def test_a_commentary_signed_by_the_papers_voice_is_an_article_of_its_own() -> None:
    """``本报评论员`` (``新华社评论员``, ``本报编辑部``) is a byline that names no one: under a headline
    it opens the commentary's body, and the commentary does not run into the report above it."""
    from clipper.text.metadata import split_names
    from clipper.text.pieces import is_byline

    assert all(is_byline(t) for t in ("本报评论员", "新华社评论员", "□ 本报特约评论员", "本报编辑部"))
    assert split_names("本报评论员") == [] and not is_byline("协商议事室建起来以后")
    report = ["兰州市政协视察建言节水和生态保护治理工作", "　　本报兰州讯（通讯员黄波）3月28", "日，兰州市政协主席王军带领相关界",
              "别委员，就全市节水和生态保护治理", "工作开展专题视察。", "　　委员们先后到县污水处理厂生", "态湿地建设工程现场、城北沙区防护",
              "林建设项目现场等地，详细了解了全", "市节水和生态保护治理情况。"]
    comment = ["让协商成果", "转化为发展实效", "本报评论员", "　　协商于决策之前和决策实施之中，是", "人民政协履行职能的重要方式。一段时间",
               "以来，各级政协围绕中心工作开展了大量", "协商活动，形成了一批有价值的成果。", "　　协商成果的价值，在于转化和运用。如",
               "果协商会上热热闹闹，会后却无人问津，协", "商就失去了意义。"]
    arts = segment_page("\n".join(report + comment)).articles
    assert [(a.title, a.authors) for a in arts] == [("兰州市政协视察建言节水和生态保护治理工作", ["黄波"]),
                                                    ("让协商成果转化为发展实效", [])]
    assert arts[1].body[0].startswith("协商于决策之前")


def test_a_photo_credit_glued_before_the_headline_beside_it_is_split_off() -> None:
    """pypdf reads one baseline as one line: a photo's credit and the headline printed beside it
    come out as ``宋家宁 摄影报道 非遗展演迎新春``. The credit closes the photo item; the rest is the
    next headline. A headline that only begins with the word (``摄影家协会…``) stays whole."""
    from clipper.text import patterns as P

    photo = ["金秋时节收获忙", "　　10月8日，靖远县政协委员深入北湾镇枸杞种", "植基地，了解枸杞采摘和销售情况。"]
    report = ["　　本报康乐讯（通讯员马强）1月28日，康乐县", "政协在洮阳镇文化广场举办非遗展演活动，", "群众在家门口感受传统文化的魅力。"]
    arts = segment_page("\n".join(photo + ["宋家宁 摄影报道 非遗展演迎新春"] + report)).articles
    assert [(a.title, a.authors) for a in arts] == [("金秋时节收获忙", ["宋家宁"]), ("非遗展演迎新春", ["马强"])]
    assert P.CREDIT_BEFORE_HEAD.match("摄影报道卓尼县政协视察苹果产业高质量发展情况")["credit"] == "摄影报道"
    assert not P.CREDIT_BEFORE_HEAD.match("摄影家协会举办作品展") and not P.CREDIT_BEFORE_HEAD.match("摄影爱好者走进乡村")


def test_a_headline_may_name_its_subject_before_a_colon_whatever_its_length():
    """``甘谷县政协：提案办理“面对面”``: a headline names its subject, then a colon, then what
    happened. A colon had been taken for running text unless two to four characters stood before
    it (``张掖：湿地保护…``), so a subject of five or more (``阿克塞县政协：``) made the headline's
    first line a line of text and the report lost its title. No sentence opens with a place's
    政协 and a colon; a sentence opener before a colon stays running text."""
    from clipper.text.pieces import is_headline_like

    assert is_headline_like("甘谷县政协:提案")
    assert is_headline_like("阿克塞县政协：提案办理“面对面”")
    assert is_headline_like("张掖：湿地保护有了“委员方案”")
    assert not is_headline_like("委员们认为：要加快推进")
    assert not is_headline_like("甘谷县政协：提案办理，群众满意")
    page = DATA.parent.parent / "bench" / "typst_pages" / "dev8" / "text" / "pypdf" / "t012.pypdf.txt"
    text = page.read_text(encoding="utf-8")
    assert "阿克塞县政协:提案办理“面对面” \n群众满意“心贴心”" in text
    titles = [a.title for a in segment_page(text).articles]
    assert "阿克塞县政协：提案办理“面对面” 群众满意“心贴心”" in titles
