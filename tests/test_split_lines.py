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
    # A piece without marks after a finished sentence stays apart (a headline under a
    # paragraph's last line looks the same): ``四届十二次常委会会议。`` / ``会议``.
    assert "会议" in got and "要优质" in got


def test_whole_lines_and_short_lines_are_left_alone() -> None:
    """A page whose lines are whole is unchanged; so are a paragraph's last line and the
    headline under it, though their widths add up to a column's."""
    assert rejoin_split_lines(WHOLE) == WHOLE
    page = WHOLE + "更实惠。\n委员义诊进社区\n9月15日，永登县政协组织医卫\n"
    assert rejoin_split_lines(page) == page
