"""Texts whose lines run across the page's columns, the columns one space apart (pdfplumber's
default text): each printed line is taken out of its row before the newspaper reader sees it."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.extract import extract_document, extract_text
from clipper.text.row_text import is_row_text, rows_to_lines, split_row
from tests.test_layout_text import against_gold

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]

#: Three columns of a made page (13 characters a line).
LEFT = ["省政协召开专题协商会", "本报讯（记者 王明）3月1", "日，省政协召开专题协商会，", "就推进黄河流域生态保护和高",
        "质量发展协商议政。委员们建", "议加强水资源节约集约利用，", "推进重点河段综合治理。"]
MIDDLE = ["会议指出，要坚持问题导向，", "把协商成果转化为推动发展的", "具体举措，确保各项建议落地", "见效。", "县政协委员调研乡村振兴",
          "本报讯（通讯员 李华）2月", "26日，县政协组织委员深入乡"]
RIGHT = ["镇村社，调研乡村产业发展情", "况。委员们走进田间地头，了", "解特色种植和农产品加工情况，", "提出了延伸产业链条、培育新",
         "型经营主体等建议。", "田间课堂", "李华 摄"]


def rows(*columns: list[str]) -> str:
    """The columns' lines row by row, one space apart, as pdfplumber sets them."""
    return "\n".join(" ".join(c[r] for c in columns if r < len(c) and c[r]) for r in range(max(map(len, columns))))


def test_rows_across_columns_one_space_apart_are_taken_apart() -> None:
    page = "民主协商报 2025年3月1日 星期六\n" + rows(LEFT, MIDDLE, RIGHT) + "\n" + rows(MIDDLE, RIGHT, LEFT)
    assert is_row_text(page)
    assert not is_row_text(rows(LEFT, MIDDLE, RIGHT))  # (seven rows: too few to tell)
    lines = rows_to_lines(page).splitlines()
    for column in (LEFT, MIDDLE, RIGHT):
        assert all(line in lines for line in column), column
    assert lines[0] == "民主协商报 2025年3月1日 星期六"  # (a page header stays whole)
    # rows read across the columns: the left column's line, then the middle's, then the right's
    assert lines.index(LEFT[2]) < lines.index(MIDDLE[2]) < lines.index(RIGHT[2]) < lines.index(LEFT[3])


@pytest.mark.parametrize(("line", "cells"), [
    # a bracket still open: the byline's space is the line's own
    ("本报讯（记者 王明）3月1 就推进黄河流域生态保护和高", ["本报讯（记者 王明）3月1", "就推进黄河流域生态保护和高"]),
    # a role word and the name after it; a credit's 摄
    ("本报记者 王钊 见效。", ["本报记者 王钊", "见效。"]),
    ("培育新型经营主体。 李华 摄 况。委员们走进田间地头，了", ["培育新型经营主体。", "李华 摄", "况。委员们走进田间地头，了"]),
    # a number kept apart from its unit by its own spacing
    ("十二届省政协第 103 次 会议指出，要坚持问题导向，", ["十二届省政协第 103 次", "会议指出，要坚持问题导向，"]),
    # an agency's dateline and its report on one printed line
    ("新华社兰州12月2日电 记者从甘肃 镇村社，调研乡村产业发展情", ["新华社兰州12月2日电 记者从甘肃", "镇村社，调研乡村产业发展情"]),
    # a masthead line stays whole (a sponsor with the registration number; the date line)
    ("甘肃省政协主管主办 国内统一连续出版物号 CN62-0033", ["甘肃省政协主管主办 国内统一连续出版物号 CN62-0033"]),
    ("2025年3月8日 星期六 第74期 本期二版", ["2025年3月8日 星期六 第74期 本期二版"]),
    # a column's line ending in mid-sentence, then the next column's line opening with a date
    ("活动共接诊群众二 8月12日，景泰县政协视察组", ["活动共接诊群众二", "8月12日，景泰县政协视察组"]),
])
def test_a_row_is_cut_where_its_columns_meet_and_nowhere_else(line: str, cells: list[str]) -> None:
    assert split_row(line, 14.0) == cells


def test_texts_that_do_not_run_across_columns_are_left_alone() -> None:
    paths = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted(DATA.glob("typst-*.pypdf.txt")),
             *sorted(DATA.glob("typst-*.pdfminer.txt")), DATA / "made_page_a.txt"]
    for path in paths:
        assert not is_row_text(path.read_text(encoding="utf-8")), path.name
    # (a portal's footer of links: rows of names one space apart, no running text)
    links = "\n".join(["南方报业 党政网站 新媒体矩阵 地市 网络有害信息举报专区",
                       "广东人大网 广东政协网 阳光检务网 广东法院网 中国海事审判网",
                       "广州市人民政府网 广州人大网 广州市海珠区门户网 广州市天河区门户网"] * 6)
    assert not is_row_text(links)


def test_the_articles_of_a_row_text_are_found() -> None:
    titles = {a.title for a in extract_text(rows(LEFT, MIDDLE, RIGHT) + "\n" + rows(LEFT, MIDDLE, RIGHT)).articles}
    assert {"省政协召开专题协商会", "县政协委员调研乡村振兴"} <= titles


@pytest.mark.parametrize(("stem", "paragraphs", "titles"), [("t014", 0.8, 1), ("t003", 0.9, 5)])
def test_a_real_pdfplumber_extraction_of_a_typst_page(stem: str, paragraphs: float, titles: int) -> None:
    """A page set by typst, extracted by pdfplumber's `extract_text()`: the reports' paragraphs
    come back (before this reader: 7 of t014's 20, 4 of t003's 10)."""
    found, total, heads = against_gold(DATA / f"typst-dev.{stem}.pdfplumber.txt", stem)
    assert found >= paragraphs * total
    assert heads >= titles


@pytest.mark.parametrize(("stem", "title", "authors"), [
    ("t001", "新一轮冷空气将影响我省大部地区", None),
    ("t009", "河西走廊上的驿站记忆", ["李建华"]),  # (the byline printed under the lower half stays)
])
def test_a_headline_whose_halves_stand_rows_apart_is_whole(stem: str, title: str, authors: list[str] | None) -> None:
    """In rows read across the columns a two-line headline's halves stand apart, other columns'
    lines between them; the half no report took joins the headline it reads on with (before:
    ``影响我省大部地区``, ``河西走廊上的`` without its byline)."""
    path = DATA / f"typst-dev.{stem}.pdfplumber.txt"
    got = {a.title: a.authors for a in extract_document(path.read_bytes(), path.as_uri()).articles}
    assert title in got
    assert authors is None or got[title] == authors
