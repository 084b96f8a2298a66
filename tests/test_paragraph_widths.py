"""Paragraph ends on pages whose indents are offsets (no spaces): a line about two ems narrower
than its column after a finished sentence opens a paragraph. Half-width commas print as wide as
the justification makes them, so a column's width is told by its lines without them. The text is
a real pypdf extraction of a typst page (bench/typst_pages/dev3/pdf/t013.pdf)."""

from __future__ import annotations

from clipper.text.newspaper import segment_page

PAGE = """舟曲县政协开展生态环境保护民主监督
本报舟曲讯(记者 郭璐)8 月 26
日,舟曲县政协副主席胡新带领民主
监督组,对全市生态环境保护突出问
题整改落实情况开展专项民主监督。
监督组先后来到瓜州县、金塔县
的防沙治沙项目区和工业园区,实地
察看了风沙源治理、固体废物处置和
污水处理设施运行等情况,并召开座
谈会听取有关部门工作汇报。
监督组指出,各相关部门要坚持
问题导向,对照整改清单逐项销号,确
保整改到位、不留死角;要建立长效
机制,防止问题反弹回潮。市政协将
把民主监督贯穿整改全过程,持续跟
踪问效。
"""


def test_a_narrow_first_line_opens_a_paragraph_among_lines_with_half_width_commas() -> None:
    [article] = segment_page(PAGE).articles
    assert [p[:7] for p in article.body] == ["本报舟曲讯（记", "监督组先后来到", "监督组指出，各"]
