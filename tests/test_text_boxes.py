"""Blank lines between boxes of lines (pdfminer prints one after each text box): inside a box a
line is followed by the next one, which holds a headline of two lines together on pages where
every body line is a box of its own; boxes that interleave columns are not trusted."""

from __future__ import annotations

from conftest import DATA
from clipper.text.newspaper import segment_page
from clipper.text.newspaper.flow import box_links, page_pieces



def test_a_headline_box_stays_one_headline_where_every_body_line_is_a_box() -> None:
    """pdfminer with a tight line margin (real output of a page of the first reportlab corpus, kept in tests/data): body lines of two
    columns come row by row, each line a box; the two lines of a headline are one box."""
    text = (DATA / "reportlab.p008.pdfminer.txt").read_text(encoding="utf-8")
    assert "镇原县政协就乡村振兴开\n展专题协商\n" in text
    titles = [a.title for a in segment_page(text).articles]
    assert "镇原县政协就乡村振兴开展专题协商" in titles


COLUMN_BOXES = "\n\n".join([
    "宁县政协召开党组会议",
    "本报宁县讯(通讯员王五)10月9日,\n宁县政协召开党组理论学习中心组会\n议。会议要求,要结合工作和自身实\n际,切实抓好集体学习和个人自学。",
    "镇原县政协就乡村振兴开\n展专题协商",
    "本报镇原讯(通讯员乔明霞)10\n月8日,镇原县政协召开专题协商会,\n围绕“乡村振兴”协商议政、建言\n献策。镇原县政协主席黄鹏出席。",
    "白银市政协考察农村人居\n环境整治工作",
    "本报白银讯(记者陆丽敏)3月5\n日至7日,白银市政协主席余强海带\n领部分政协委员,就农村人居环境\n整治工作开展考察。",
]) + "\n"

#: Two columns interleaved row by row inside blocks separated by blank lines (what poppler's
#: reading order gives at times): the blocks say nothing about which line follows which.
INTERLEAVED_BLOCKS = "\n\n".join([
    "本报敦煌讯(通讯员任文红)4月27\n体思路、政策取向推出稳经济一揽子\n日,敦煌市政协主席徐兴平主持召开区\n政策措施,主要是对政策实施提速增效。",
    "政协九届十次常委会会议。会议传达学\n这既是及时加大力度稳住经济大盘的\n习了习近平总书记在中央政协工作会议\n重要举措,又坚持围绕市场主体实施。",
    "暨庆祝中国人民政治协商会议成立70周\n宏观政策,实行精准调控,提高效率,\n年大会上的重要讲话精神、重要文章。\n不透支未来。",
    "各界注意到,上次国务院常务会议部署\n落实党中央、国务院部署,各部门迅\n6方面33项措施,消息一出,市场振奋。\n速行动。",
    "今年以来,在疫情冲击下,我国经济\n会议强调,要深入学习贯彻习近平总\n运行总体平稳。\n书记重要讲话精神。",
]) + "\n"


def test_boxes_of_column_lines_link_their_lines() -> None:
    seq, _, _ = page_pieces(COLUMN_BOXES)
    links = box_links(seq)
    texts = {seq[i].text: seq[j].text for i, j in links.items()}
    assert texts["镇原县政协就乡村振兴开"] == "展专题协商"
    assert texts["宁县政协召开党组理论学习中心组会"] == "议。会议要求,要结合工作和自身实"
    assert "献策。镇原县政协主席黄鹏出席。" not in texts  # a box's last line: its successor is open


def test_blocks_that_interleave_columns_are_not_trusted() -> None:
    seq, _, _ = page_pieces(INTERLEAVED_BLOCKS)
    assert box_links(seq) == {}


def test_text_without_blank_lines_has_no_boxes() -> None:
    seq, _, _ = page_pieces(COLUMN_BOXES.replace("\n\n", "\n"))
    assert box_links(seq) == {}
