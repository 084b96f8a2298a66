"""Printed lines of PDF pages. A headline's marks and figures set in a Latin fallback font come out
of the PDF a little larger or smaller than its Chinese characters (typst: ``(`` in Libertinus at
14.3 beside UKai at 14.4): they are one line with them, not lines of their own that get lost
(``…中心组扩大会议``). A bare page number over the page is no article's line."""

from __future__ import annotations

from pathlib import Path

from clipper.extract import extract_document
from tests.test_pdf_headlines import REPORT, Line, column, pdf_of


def drawn_in_pieces(x: float, y: float, pieces: list[tuple[str, str, float]]) -> list[Line]:
    """Lines for `pdf_of` that draw one printed line piece by piece: (font, text, size), left to right."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = []
    for font, text, size in pieces:
        out.append((x, y, size, text, font))
        x += pdfmetrics.stringWidth(text, font, size)
    return out


def test_marks_of_a_fallback_font_stay_in_the_headline() -> None:
    head = [("Helvetica-Bold", "(", 17.4), ("STSong-Light", "扩大", 18.0), ("Helvetica-Bold", ")", 17.4),
            ("STSong-Light", "会议", 18.0)]
    page = [(60, 740, 18.0, "城关区政协召开党组")] + drawn_in_pieces(60, 716, head) + column(60, 680, REPORT)
    [article] = extract_document(pdf_of(page), "file:///made.pdf").articles
    assert article.title == "城关区政协召开党组（扩大）会议"  # (marks made full-width, as stored)


def test_a_bare_page_number_over_the_page_opens_no_article() -> None:
    page = [(40, 770, 9.0, "3"), (400, 772, 9.0, "2024年5月19日 星期日"), (60, 740, 18.0, "临洮县政协召开主席会议")]
    page += column(60, 710, REPORT)
    [article] = extract_document(pdf_of(page), "file:///made.pdf").articles
    assert article.title == "临洮县政协召开主席会议"
    assert article.body[0].startswith("本报临洮讯")


LEFT = ["　　今年以来，白银区政协立足基层治理", "需要，组织委员下沉社区网格，探索出", "一条委员参与基层治理的新路子。",
        "　　区政协将全区一百二十多名委员编入", "社区网格，每名委员联系一个网格，定", "期走访群众、收集民意、协调解决问题", "。委员们发挥专业优势，为居民提供法"]
RIGHT = ["律咨询、健康义诊等服务，成为群众身", "边的“贴心人”。", "　　在工农路街道，一处老旧小区的排水",
         "管道长年堵塞，居民反映多次未能解决", "。联系该网格的委员召集物业、社区、", "居民代表坐下来协商，问题很快得到解", "决。"]


def test_a_byline_centred_close_over_two_columns_reads_before_them() -> None:
    """No white space across parts the byline from the columns under it, and it spans their
    gutter: without it the columns part, and it reads before the first."""
    page = [(60, 750, 18.0, "让小网格激发基层治理大能量"), (205, 724, 10.0, "□ 本报记者 王海燕")]
    page += column(60, 714, LEFT) + column(260, 714, RIGHT)
    [article] = extract_document(pdf_of(page), "file:///made.pdf").articles
    assert article.authors == ["王海燕"]
    assert "".join(article.body).replace("。", "") == "".join(t.strip("　") for t in LEFT + RIGHT).replace("。", "")
    assert len(article.body) == 3


def test_a_short_kicker_set_tight_over_its_title_is_part_of_it() -> None:
    """Six characters over a headline are a kicker (引题) when set tight over it, a section label
    when space stands between them: the space under the line tells them apart."""
    def title_under(line: str, y: float) -> str | None:
        page = [(60, y, 12.0, line), (60, 733, 18.0, "兰州市政协就老旧小区改造开展专题协商")] + column(60, 700, REPORT)
        [article] = extract_document(pdf_of(page), "file:///made.pdf").articles
        return article.title

    assert title_under("聚焦城市更新", 752) == "聚焦城市更新兰州市政协就老旧小区改造开展专题协商"
    assert title_under("协商在基层", 762) == "兰州市政协就老旧小区改造开展专题协商"


def test_a_photo_credit_flush_right_under_its_caption_is_the_items() -> None:
    """A photo item's headline is centred over the photo; the credit under the caption, flush
    right, lies beyond the headline's reach: it goes with the caption it stands under."""
    page = [(363, 723, 12.6, "委员义诊进社区"),
            (285, 542.5, 8.5, "9月15日，永登县政协组织医卫界委员在城关镇社区开展义诊活"),
            (285, 528.5, 8.5, "动，为居民测量血压、讲解健康知识。"), (455, 514.5, 8.5, "通讯员 齐晓梅 摄")]
    # (a report in a column beside it: the caption is wider than a column)
    page += [(60, 470, 18.0, "临洮县政协召开主席会议")] + column(60, 440, REPORT)
    arts = {a.title: a for a in extract_document(pdf_of(page), "file:///made.pdf").articles}
    item = arts["委员义诊进社区"]
    assert (item.kind, item.authors) == ("photo", ["齐晓梅"])


def test_a_credit_wrapped_before_its_last_word_is_whole_again() -> None:
    """``…联系销路。 罗永红`` / ``摄影报道``: the word alone on its line looks like a headline; it is
    the credit's end, and the item is a photo."""
    page = [(444, 337, 13.3, "金秋时节收获忙"), (428, 245, 9.0, "10月8日，靖远县政协委员深入"),
            (428, 229, 9.0, "北湾镇枸杞种植基地，帮助种植"), (428, 213, 9.0, "户采摘枸杞、联系销路。 罗永红"),
            (428, 197, 9.0, "摄影报道")]
    [article] = extract_document(pdf_of(page), "file:///made.pdf").articles
    assert (article.title, article.kind, article.authors) == ("金秋时节收获忙", "photo", ["罗永红"])
    assert article.body == ["10月8日，靖远县政协委员深入北湾镇枸杞种植基地，帮助种植户采摘枸杞、联系销路。"]


def test_a_credit_beyond_its_items_headline_is_not_the_report_aboves() -> None:
    """A real typst page (bench/typst_pages/dev4/pdf/t004.pdf): the photo item's centred headline
    and caption are one block, the credit flush right under the caption lies beyond the
    headline's reach, and the report above reaches over it with its own headline. The credit
    is the item's."""
    raw = (Path(__file__).parent / "data" / "typst-dev4.t004.pdf").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///typst-dev4.t004.pdf").articles}
    assert (arts["非遗展演迎新春"].kind, arts["非遗展演迎新春"].authors) == ("photo", ["魏红丽"])
    assert arts["镇原县政协委员工作室挂牌运行"].authors == ["戴亮"]


def test_a_byline_over_a_features_columns_reads_before_the_first() -> None:
    """A byline centred over the columns with space under it is a block of its own; it stands
    above all of them and reads first, not between the first column and the second."""
    page = [(60, 750, 18.0, "让小网格激发基层治理大能量"), (205, 724, 10.0, "□ 本报记者 王海燕")]
    page += column(60, 700, LEFT) + column(260, 700, RIGHT)
    [article] = extract_document(pdf_of(page), "file:///made.pdf").articles
    assert article.authors == ["王海燕"]
    assert len(article.body) == 3 and article.body[2].startswith("在工农路街道")



def test_a_captions_last_line_and_credit_go_with_the_item_over_two_columns() -> None:
    """A real typst page (bench/typst_pages/dev5/pdf/t010.pdf): two photo items side by side at
    the foot, each a centred headline over a caption set across two columns, the caption's short
    last line a block of its own, the credit flush right under it. The caption's last line goes
    with its first (not with the report in the column above it), the credit with the caption:
    each item keeps its own text and credit."""
    raw = (Path(__file__).parent / "data" / "typst-dev5.t010.pdf").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///typst-dev5.t010.pdf").articles}
    river, clinic = arts["视察黄河治理工程"], arts["委员义诊进社区"]
    assert (river.kind, river.authors, river.body[-1][-6:]) == ("photo", ["黄刚"], "设进展情况。")
    assert (clinic.kind, clinic.authors, clinic.body[-1][-6:]) == ("photo", ["文文新"], "讲解健康知识。"[-6:])
    assert arts["助力乡村全面振兴会宁县政协组织委员送科技下乡"].authors == ["毛莉丽"]


FEATURE = ["　　古丝绸之路上，驿站是往来使节和商", "旅歇脚的地方。悬泉置遗址出土的简牍", "记载了当年驿站的日常运转。",
           "　　近年来，沿线各地加大文物保护力度，", "一批驿站遗址得到科学保护和展示利用。"]


def test_a_byline_under_its_headline_is_not_the_column_beside_it() -> None:
    """A byline set flush left at its module's edge, under a headline centred further right and
    level with the first line of the report beside it, is its own headline's (on dev5 t001 it was
    taken for a column of the report beside it)."""
    page = [(60, 740, 16.0, "临洮县政协召开主席会议")] + column(60, 712, REPORT)
    page += [(300, 742, 16.0, "河西走廊上的驿站记忆"), (262, 712, 10.0, "□ 李建华")] + column(262, 690, FEATURE)
    arts = {a.title: a for a in extract_document(pdf_of(page), "file:///made.pdf").articles}
    assert arts["河西走廊上的驿站记忆"].authors == ["李建华"]
    assert arts["临洮县政协召开主席会议"].authors == ["王五"]


def test_a_byline_wrapped_inside_a_name_is_whole_again() -> None:
    """``□ 本报记者 刘晓红 通讯员 蔡`` / ``文斌``: the name's rest on the next line is the byline's."""
    page = [(60, 600, 18.0, "让小网格激发基层治理大能量"), (140, 574, 10.0, "□ 本报记者 刘晓红 通讯员 蔡"),
            (270, 560, 10.0, "文斌")] + column(60, 530, LEFT)
    [article] = extract_document(pdf_of(page), "file:///made.pdf").articles
    assert article.authors == ["刘晓红", "蔡文斌"]


def test_modules_staggered_so_that_no_straight_cut_divides_them_are_read_column_by_column() -> None:
    """A real typst page (bench/typst_pages/dev8/pdf/t002.pdf): modules of two and three columns
    staggered down the page, so that one module's gutters stop where another's text begins and
    no cut across or down divides the region. Its column runs are the blocks: every report is
    read whole, none interleaved with its neighbours'."""
    from pathlib import Path

    from clipper.extract import extract_document

    raw = (Path(__file__).parent / "data" / "typst-dev8.t002.pdf").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///typst-dev8.t002.pdf").articles}
    for title, start in (("天水市政协视察建言节水和生态保护治理工作", "本报天水讯"),
                         ("酒泉市政协召开政协协商向基层延伸工作推进会", "本报酒泉讯"),
                         ("景泰县政协召开党组理论学习中心组会议", "本报景泰讯"),
                         ("平凉市政协召开十四届十二次常委会会议", "本报平凉讯")):
        body = "".join(arts[title].body)
        assert body.startswith(start)
        assert sum(body.count(m) for m in ("本报天水讯", "本报酒泉讯", "本报景泰讯", "本报平凉讯", "本报甘州讯")) == 1
        assert len(arts[title].body) <= 3  # (its own paragraphs: rows read across columns made dozens)


def test_column_runs_keep_indented_first_lines_and_short_last_lines() -> None:
    from clipper.text.pdfpage import PdfLine, column_runs

    def line(x0: float, x1: float, top: float, text: str = "字") -> PdfLine:
        return PdfLine(text=text, x0=x0, x1=x1, top=top, bottom=top + 10, size=10.0, font="F", page=0)

    left = [line(80, 200, 100), line(60, 200, 114), line(60, 110, 128), line(80, 200, 142)]
    right = [line(220, 360, 100), line(220, 360, 114), line(220, 300, 128)]
    runs = column_runs(left + right, 10.0)
    assert [len(r) for r in runs] == [4, 3]
