"""Headline blocks of PDF pages read from their geometry: kickers set smaller than the title,
section labels above a headline, briefs whose titles differ from their text only by size, and
a dash that a sentence carries to the next printed line."""

from __future__ import annotations

import io

from clipper.extract import extract_document

Line = tuple[float, float, float, str] | tuple[float, float, float, str, str]  # x, y (from the bottom), size, text[, font]


def pdf_of(lines: list[Line]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(600, 800), invariant=1)
    for x, y, size, text, *font in lines:  # (a fifth field: another font than STSong-Light)
        c.setFont(font[0] if font else "STSong-Light", size)
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def column(x: float, top: float, texts: list[str], size: float = 10.0, leading: float = 14.0) -> list[Line]:
    return [(x, top - leading * i, size, t) for i, t in enumerate(texts)]


REPORT = ["　　本报临洮讯（通讯员王五）3月1日，临", "洮县政协召开主席会议，研究部署全年", "重点工作。会议听取了各专门委员会工",
          "作汇报，审议通过了年度协商计划。", "　　会议强调，要坚持围绕中心、服务大", "局，扎实推进协商议政，切实提高履职",
          "质量和水平。"]
OTHER = ["　　本报岷县讯（记者李四）3月2日，岷县", "政协组织委员视察高标准农田建设工作，", "察看了项目现场，听取了情况汇报。",
         "　　视察组指出，要加强项目管理，确保", "工程质量，让农田建设成果惠及群众。"]


def articles(lines: list[Line]):
    return extract_document(pdf_of(lines), "file:///made.pdf").articles


def test_a_kicker_set_smaller_than_the_title_is_part_of_it() -> None:
    page = ([(60, 760, 9.3, "临洮县政协"), (60, 740, 18, "召开主席会议")] + column(60, 710, REPORT)
            + [(300, 760, 9.3, "岷县政协"), (300, 740, 18, "组织高标准农田建设专题视察")] + column(300, 710, OTHER))
    titles = {a.title for a in articles(page)}
    assert titles == {"岷县政协组织高标准农田建设专题视察", "临洮县政协召开主席会议"}


def test_a_section_label_above_a_headline_is_not_its_title() -> None:
    page = ([(60, 770, 12, "市县动态"), (60, 752, 9.3, "临洮县政协"), (60, 734, 18, "召开主席会议")]
            + column(60, 705, REPORT))
    (art,) = articles(page)
    assert art.title == "临洮县政协召开主席会议" and art.subtitle is None
    assert "市县动态" not in "".join(art.body)


def test_a_label_set_larger_than_a_headline_with_its_own_subject_is_dropped() -> None:
    page = [(60, 770, 12.5, "委员动态"), (60, 748, 10.5, "临洮县政协召开主席会议")] + column(60, 730, REPORT)
    (art,) = articles(page)
    assert art.title == "临洮县政协召开主席会议" and art.subtitle is None


def test_briefs_whose_titles_are_set_a_little_larger_in_one_font() -> None:
    """A box of briefs: every line in one font, the titles (one over two lines) 5% larger."""
    brief_one = ["　　本报临洮讯（通讯员王五）3月1日，", "临洮县政协召开主席会议，研究部署全", "年重点工作。"]
    brief_two = ["　　本报岷县讯（记者李四）3月2日，岷", "县政协组织委员视察高标准农田建设工", "作，察看了项目现场。"]
    page = ([(60, 770, 10, "临洮县政协召开主席会议")] + column(60, 753, brief_one, 9.5, 13.5)
            + [(60, 700, 10, "岷县政协组织高标准农田建"), (60, 686, 10, "设专题视察")] + column(60, 669, brief_two, 9.5, 13.5)
            + column(300, 770, REPORT))
    titles = {a.title for a in articles(page)}
    assert {"临洮县政协召开主席会议", "岷县政协组织高标准农田建设专题视察"} <= titles


def test_a_dash_carried_to_the_next_printed_line_stays_in_the_sentence() -> None:
    body = ["　　新华社深圳6月3日电（记者戴小河）", "由我国自主设计建造的圆筒型“海上油气", "加工厂”——“海葵一号”12日从青岛",
            "——离港启运，为深水油田开发奠定基", "础。启运后将前往珠江口盆地进行安装。"]
    page = [(60, 760, 18, "海上油气加工厂启运珠江口盆地")] + column(60, 730, body)
    (art,) = articles(page)
    assert art.title == "海上油气加工厂启运珠江口盆地" and art.subtitle is None
    assert "——离港启运" in "".join(art.body)


def test_a_headline_lower_down_fences_off_the_columns_under_it() -> None:
    """Headline A runs over both columns at the top; headline B lower down is set over the first
    column and part of the second. The second column's text under B goes on B's report, not A's
    (A covers it fully, but B lies between)."""
    a_left = ["　　本报临洮讯（通讯员王五）3月1日，", "临洮县政协召开主席会议，研究部署全", "年重点工作。"]
    a_right = ["　　会议强调，要坚持围绕中心、服务", "大局，扎实推进协商议政。"]
    b_left = ["　　本报岷县讯（记者李四）3月2日，", "岷县政协组织委员视察高标准农田建设", "工作，察看了项目现场，听取了情况"]
    b_right = ["汇报。视察组指出，要加强项目管理，", "确保工程质量。"]
    page = ([(60, 770, 30, "临洮县政协召开主席会议")] + column(60, 735, a_left) + column(260, 735, a_right)
            + [(60, 660, 16, "岷县政协组织高标准农田建设专题视察")] + column(60, 630, b_left) + column(260, 630, b_right))
    by_title = {a.title: "".join(a.body) for a in articles(page)}
    assert by_title["岷县政协组织高标准农田建设专题视察"].endswith("听取了情况汇报。视察组指出，要加强项目管理，确保工程质量。")
    assert "视察组" not in by_title["临洮县政协召开主席会议"]


def test_marks_hanging_into_a_narrow_gutter_do_not_join_two_columns() -> None:
    """A mark at a line's end hangs into the gutter (``…能力。``) and an opening mark at the next
    column's line start is drawn back over it (``《政协…``): the two columns' characters leave a
    gutter of five points, their marks under three. The columns stay apart: the second report's
    text is not read row by row with the first's."""
    left = ["　　本报临洮讯（通讯员王五）3月1日，", "临洮县政协召开主席会议，研究部署全年", "重点工作，审议通过年度协商计划和提案",
            "办理方案，听取了各专委会的工作汇报。", "　　会议强调，要坚持围绕中心、服务大", "局，扎实推进协商议政，切实提高履职"]
    right = ["　　本报岷县讯（记者李四）3月2日，岷", "县政协组织委员视察高标准农田建设工", "作。会议审议通过了《政协岷县委员会",
             "《主席会议工作规则》，听取了各专委会", "工作汇报，研究部署了下一阶段工作，", "要求认真做好全年各项工作任务落实。"]
    page = ([(60, 770, 20, "临洮县政协召开主席会议")] + column(60, 735, left)
            + [(247, 763, 20, "岷县政协组织专题视察")] + column(247, 728, right))  # (another module: other baselines)
    # the right column's opening mark drawn back into the gutter, the left column's end mark hanging
    page = [(x - 4.0, y, s, t) if t.startswith("《") else (x, y, s, t) for x, y, s, t in page]
    page.append((240.0, 735 - 14 * 2, 10, "，"))
    by_title = {a.title: "".join(a.body) for a in articles(page)}
    assert "本报岷县讯" not in by_title["临洮县政协召开主席会议"]
    assert by_title["岷县政协组织专题视察"].startswith("本报岷县讯（记者李四）3月2日，岷县政协组织委员视察")


def centred(mid: float, top: float, size: float, texts: list[str], leading: float = 14.0) -> list[Line]:
    """Headline lines centred on `mid` (one character of STSong-Light is `size` wide)."""
    return [(mid - len(t) * size / 2, top - leading * i, size, t) for i, t in enumerate(texts)]


def test_a_small_headline_whose_first_line_ends_in_a_comma_is_one_title() -> None:
    """A two-line headline scaled down to 1.1 of the text (a narrow column): its first line ends
    in a comma, as a sentence would; the block it forms with its second line is one headline."""
    page = centred(150, 770, 11, ["委员走进田间地头，", "为高标准农田建设“把脉开方”"]) + column(60, 735, REPORT)
    (art,) = articles(page)
    assert art.title == "委员走进田间地头，为高标准农田建设“把脉开方”"
    assert "".join(art.body).startswith("本报临洮讯")


def test_centred_lines_set_larger_than_the_text_are_a_headline_digits_and_all() -> None:
    page = centred(150, 770, 10.8, ["全市新增5G基站", "1200个", "政协委员建言数字乡村建设"]) + column(60, 725, REPORT)
    (art,) = articles(page)
    assert art.title == "全市新增5G基站1200个政协委员建言数字乡村建设"


def test_a_four_character_title_over_a_photo_caption_heads_it() -> None:
    """A column label is no headline, nor any line of four characters alone; but a photo item's
    title may be that short: right above its caption and credit, it is the title."""
    page = ([(100, 770, 14, "绿色长廊"), (60, 750, 9.5, "4月2日，民勤县政协组织委员参加压沙造林活动，"),
             (60, 737, 9.5, "为绿洲边缘再添一道绿色屏障。"), (200, 722, 9.5, "魏永刚 摄")]
            + [(300, 770, 18, "临洮县政协召开主席会议")] + column(300, 740, REPORT))
    by_title = {a.title: a for a in articles(page)}
    photo = by_title["绿色长廊"]
    assert photo.kind == "photo" and photo.authors == ["魏永刚"]


def test_a_wire_report_is_dated_by_its_dateline_even_when_its_lead_says_recently() -> None:
    body = ["　　中新网兰州2月14日电 记者14日从甘肃", "省发展和改革委员会获悉，甘肃近日出台", "支持民营经济发展壮大的二十条措施。"]
    page = [(60, 760, 18, "我省出台措施支持民营经济发展")] + column(60, 730, body)
    (art,) = articles(page)
    assert (art.kind, art.place) == ("news", "兰州")
    assert art.date is not None and art.date.endswith("02-14")


def test_a_short_label_standing_apart_over_a_kicker_of_its_size_is_no_part_of_the_title() -> None:
    """A real typst page (bench/typst_pages/dev7/pdf/t006.pdf): a column label (``时评``) over a
    long kicker of two phrases set in about its size, a line's space apart, over the title."""
    from pathlib import Path

    raw = (Path(__file__).parent / "data" / "typst-dev7.t006.pdf").read_bytes()
    titles = {a.title for a in extract_document(raw, "file:///typst-dev7.t006.pdf").articles}
    kicker = "深入学习贯彻党的二十届三中全会精神 凝心聚力推进中国式现代化甘肃实践"
    assert kicker + "省政协举行专题学习会" in titles


def test_a_two_line_title_whose_last_line_is_short_keeps_its_subtitle() -> None:
    """A real typst page (bench/typst_pages/dev7/pdf/t008.pdf): a title over two lines (the second
    of six characters), under it a subtitle set smaller that names its own subject: a title and
    its subtitle, not a label over another headline."""
    from pathlib import Path

    raw = (Path(__file__).parent / "data" / "typst-dev7.t008.pdf").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///typst-dev7.t008.pdf").articles}
    assert arts["“小院议事”议出邻里和谐"].subtitle == "城关区政协推动协商向社区延伸"
    assert arts["“小院议事”议出邻里和谐"].authors == ["马丽君"]


def test_a_small_headline_cut_into_two_blocks_is_one_title() -> None:
    """A real typst page (bench/typst_pages/dev8/pdf/t012.pdf): a headline set only 1.09 of the
    text over two lines, its first line as wide as the column (so it was read as a column line
    and cut into a block of its own): the two blocks, one size and font, stacked tight, are one
    headline over the report under them."""
    from pathlib import Path

    raw = (Path(__file__).parent / "data" / "typst-dev8.t012.pdf").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///typst-dev8.t012.pdf").articles}
    art = arts["省政协召开“推进黄河流域生态保护和高质量发展”专题议政性常委会议"]
    assert art.body[0].startswith("本报讯") and len(art.body) == 4


def test_a_vertical_headline_keeps_the_question_mark_at_its_foot() -> None:
    from pathlib import Path

    raw = (Path(__file__).parent / "data" / "typst-dev8.t001.pdf").read_bytes()
    titles = {a.title for a in extract_document(raw, "file:///typst-dev8.t001.pdf").articles}
    assert "老年助餐点如何“叫好又叫座”？" in titles
