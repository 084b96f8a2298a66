"""Headlines set vertically beside their columns: every extractor gives one character per
text line; the PDF reader sees characters stacked one under another. Either way the headline is
one line, whole, and heads the columns beside it."""

from __future__ import annotations

from pathlib import Path

from clipper.extract import extract_document
from clipper.text.newspaper.vertical_lines import join_vertical_lines, join_vertical_lines_marked
from tests.test_pdf_headlines import Line, column, pdf_of

DATA = Path(__file__).parent / "data"


def test_a_run_of_lone_characters_is_one_line() -> None:
    text = "本报讯　市政协召开会议\n政\n协\n委\n员\n调\n研\n会议强调，要坚持"
    assert join_vertical_lines(text) == "本报讯　市政协召开会议\n政协委员调研\n会议强调，要坚持"


def test_blank_lines_between_the_characters_go() -> None:
    joined, marked = join_vertical_lines_marked("正文一行。\n\n政\n\n协\n\n调\n\n研\n\n下一行")
    assert joined == "正文一行。\n\n政协调研\n\n下一行"
    assert marked == frozenset({"政协调研"})


def test_two_lone_characters_and_marks_stay_as_they_are() -> None:
    text = "工作。\n会\n议\n一行文字\n。\n，\n、\n2\n0\n2"
    assert join_vertical_lines(text) == text


def test_a_vertical_headline_is_not_run_on_into_the_photo_title_after_it() -> None:
    """pypdf's text of a typst page: two vertical headlines, each drawn right before a photo's
    title and caption (``委员义诊进社区``, ``非遗展演迎新春``)."""
    raw = (DATA / "typst-dev3.t011.pypdf.txt").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///t011.pypdf.txt").articles}
    assert "古浪县政协委员为牧区群众义诊" in arts
    assert "榆中县政协调研中医药产业发展" in arts
    assert arts["榆中县政协调研中医药产业发展"].body[0].startswith("本报榆中讯")
    assert {"委员义诊进社区", "非遗展演迎新春"} <= set(arts)


REPORT = ["　　本报临洮讯（通讯员王五）3月1日，临", "洮县政协召开主席会议，研究部署全年", "重点工作。会议听取了各专门委员会工",
          "作汇报，审议通过了年度协商计划。", "　　会议强调，要坚持围绕中心、服务大", "局，扎实推进协商议政，切实提高履职",
          "质量和水平。"]
OTHER = ["　　本报岷县讯（记者李四）3月2日，岷县", "政协组织委员视察高标准农田建设工作，", "察看了项目现场，听取了情况汇报。",
         "　　视察组指出，要加强项目管理，确保", "工程质量，让农田建设成果惠及群众。"]


def vertical(x: float, top: float, text: str, size: float = 20.0, step: float = 1.06) -> list[Line]:
    return [(x, top - size * step * i, size, ch) for i, ch in enumerate(text)]


def test_a_pdf_vertical_headline_heads_the_columns_beside_it() -> None:
    """Left: a report under a horizontal headline. Right of it: a module whose headline is set
    vertically at its right edge, with a dash subtitle over its column."""
    page = ([(40, 760, 18, "岷县政协视察农田建设")] + column(40, 730, OTHER)
            + [(250, 700, 12, "——扎实推进协商议政")] + column(250, 675, REPORT)
            + vertical(440, 705, "临洮县政协召开主席会议"))
    arts = {a.title: a for a in extract_document(pdf_of(page), "file:///made.pdf").articles}
    assert set(arts) == {"岷县政协视察农田建设", "临洮县政协召开主席会议"}
    own = arts["临洮县政协召开主席会议"]
    assert own.subtitle == "扎实推进协商议政"
    assert own.body[0].startswith("本报临洮讯") and "岷县" not in "".join(own.body)


def test_a_pdf_vertical_headline_left_of_its_columns() -> None:
    page = (vertical(40, 760, "临洮县政协召开主席会议") + column(80, 760, REPORT)
            + [(330, 760, 18, "岷县政协视察农田建设")] + column(330, 730, OTHER))
    arts = {a.title: a for a in extract_document(pdf_of(page), "file:///made.pdf").articles}
    assert set(arts) == {"岷县政协视察农田建设", "临洮县政协召开主席会议"}
    assert arts["临洮县政协召开主席会议"].body[0].startswith("本报临洮讯")


def test_a_headline_set_under_a_vertical_ones_foot_is_another() -> None:
    """A real typst page (bench/typst_pages/dev4/pdf/t001.pdf): a weather report's headline set
    vertically right of its column, and under its foot, drawn in one block with it, the headline
    of a notice over the notice's own text. They are two headlines."""
    raw = (Path(__file__).parent / "data" / "typst-dev4.t001.pdf").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///typst-dev4.t001.pdf").articles}
    assert arts["新一轮冷空气将影响我省大部地区"].body[0].startswith("新华社兰州12月2日电")
    assert arts["关于征集政协武威市第六届委员会第四次会议提案的通知"].body[0].startswith("为充分发挥提案")


def test_a_vertical_headline_with_marks_at_its_modules_right_edge() -> None:
    """A real typst page (bench/typst_pages/dev5/pdf/t010.pdf): the vertical headline holds
    quotation marks, set upright a little off its axis (``一件提案背后的`` / ``“`` / ``民生温度`` /
    ``”``: one headline), and stands at the right edge of its module, its ``——`` subtitle over
    the columns to its left; the columns to its right are under a headline of their own."""
    raw = (DATA / "typst-dev5.t010.pdf").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///typst-dev5.t010.pdf").articles}
    art = arts["一件提案背后的“民生温度”"]
    assert art.subtitle == "记张掖市政协委员孙丽娟" and art.authors == ["王海燕"]
    assert art.body[0].startswith("清晨七点")
    assert "靖远县政协召开十四届十二次常委会会议" in arts


def test_a_vertical_headline_keeps_its_quotation_marks() -> None:
    """Each mark of a vertical headline comes on a line of its own too: an opening one inside
    the run or at its head, a closing one inside or at its end. A closing mark before the run is
    the last of a paragraph, not the headline's."""
    text = "好。\n”\n“\n小\n积\n分\n”\n撬\n动\n\n乡\n村\n“\n大\n治\n理\n”\n本报讯"
    assert join_vertical_lines(text) == "好。\n”\n“小积分”撬动乡村“大治理”\n本报讯"
    assert join_vertical_lines("说：“好\n”\n下一行\n") == "说：“好\n”\n下一行\n"


def test_a_kicker_set_horizontally_beside_a_vertical_title_comes_first() -> None:
    """A real typst page (bench/typst_pages/dev8/pdf/t013.pdf): a feature's title set vertically,
    its kicker (``聚焦乡村振兴``) a horizontal line over the byline and columns beside it. The
    vertical headline is the title; the kicker reads before it."""
    raw = (DATA / "typst-dev8.t013.pdf").read_bytes()
    titles = {a.title for a in extract_document(raw, "file:///typst-dev8.t013.pdf").articles}
    assert "聚焦乡村振兴戈壁滩上种出“致富瓜”" in titles


def test_a_subtitle_set_beside_a_vertical_title_is_its_subtitle() -> None:
    """A real typst page (bench/typst_pages/dev8/pdf/t003.pdf): a feature's title set vertically
    at its module's right edge, its subtitle over two lines at a subtitle's size right beside the
    title's upper half, the byline under it. Title and subtitle, not two headlines."""
    raw = (DATA / "typst-dev8.t003.pdf").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///typst-dev8.t003.pdf").articles}
    art = arts["“小院议事”议出邻里和谐"]
    assert art.subtitle == "城关区政协推动协商向社区延伸" and art.authors == ["马丽君"]


def test_a_vertical_headline_is_no_sentence_s_rest() -> None:
    """pypdf's text of a typst page: a headline set vertically comes right after its report's
    column, whose last line stops in mid-sentence (``…邻里互助等事``): it heads that report, it
    does not finish its sentence."""
    raw = (DATA / "typst-dev8.t001.pypdf.txt").read_bytes()
    arts = {a.title: a for a in extract_document(raw, "file:///t001.pypdf.txt").articles}
    report = arts["“小积分”撬动乡村“大治理”"]
    assert report.body[0].startswith("本报庆阳讯")
    assert not any("小积分" in p for p in report.body)


def test_a_theme_read_after_the_vertical_title_that_has_the_report_is_its_kicker() -> None:
    """A vertical title takes its report by its words; a theme set horizontally beside it and
    read after it in the run (``助力乡村全面振兴``), left free and over no other report's title, is
    its kicker (a real pypdf page of the typst dev4 set)."""
    from clipper.text.newspaper import segment_page

    page = Path(__file__).parent.parent / "bench" / "typst_pages" / "dev4" / "text" / "pypdf" / "t010.pypdf.txt"
    titles = [a.title for a in segment_page(page.read_text(encoding="utf-8")).articles]
    assert "助力乡村全面振兴皋兰县政协组织委员送科技下乡" in titles
