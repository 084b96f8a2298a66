"""Texts extracted with the page layout kept (`pdftotext -layout`, pypdf's layout mode, PyMuPDF's
sorted text): the side-by-side columns are read back column by column before the newspaper
reader sees them."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from clipper.extract import extract_document, extract_text
from clipper.text.layout_text import column_runs, is_layout_text, layout_to_columns, reading_order, segments_of

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]

#: Three columns of a made page (13 characters a line), as a layout-keeping extractor sets them.
LEFT = ["省政协召开专题协商会", "　　本报讯（记者 王明）3", "月1日，省政协召开专题协商", "会，就推进黄河流域生态保护",
        "和高质量发展协商议政。委员", "们建议加强水资源节约集约利", "用，推进重点河段综合治理。"]
MIDDLE = ["　　会议指出，要坚持问题导", "向，把协商成果转化为推动发", "展的具体举措，确保各项建议", "落地见效。", "",
          "县政协委员调研乡村振兴", "　　本报讯（通讯员 李华）2"]
RIGHT = ["月26日，县政协组织委员深入", "乡镇村社，调研乡村产业发展", "情况。委员们走进田间地头，", "了解特色种植和农产品加工情",
         "况，提出了延伸产业链条、培", "育新型经营主体等建议。", ""]


def lay_out(columns: list[list[str]], starts: list[int], shift: dict[tuple[int, int], int] | None = None) -> str:
    """The columns side by side on one grid, each from its start cell (`shift`: (column, row) ->
    cells that one line is moved left, as an extractor's rounding does)."""
    rows = []
    for r in range(max(len(c) for c in columns)):
        line = ""
        for k, (col, start) in enumerate(zip(columns, starts)):
            text = col[r].replace("\u3000\u3000", "  ") if r < len(col) else ""
            if text:
                at = start - (shift or {}).get((k, r), 0)
                line = line.ljust(at) + text if len(line) <= at else line + " " + text
        rows.append(line.rstrip())
    return "民主协商报                                2025年3月1日 星期六\n\n" + "\n".join(rows) + "\n"


def column_of(text: str, lines: list[str]) -> bool:
    """Are `lines` (without indents) one after another in `text`?"""
    flat = [ln.strip("\u3000 ") for ln in text.splitlines() if ln.strip()]
    want = [ln.strip("\u3000 ") for ln in lines if ln.strip()]
    return any(flat[i:i + len(want)] == want for i in range(len(flat)))


def test_a_layout_text_is_read_column_by_column() -> None:
    page = lay_out([LEFT, MIDDLE, RIGHT], [0, 17, 34])
    assert is_layout_text(page)
    columns = layout_to_columns(page)
    assert column_of(columns, LEFT[1:]) and column_of(columns, MIDDLE[:4]) and column_of(columns, RIGHT[:6])
    assert columns.index("会议指出") > columns.index("重点河段综合治理") < columns.index("月26日")


def test_a_paragraph_indent_is_kept_and_the_column_edge_is_where_most_lines_begin() -> None:
    columns = layout_to_columns(lay_out([LEFT, MIDDLE, RIGHT], [0, 17, 34], shift={(2, 3): 1}))
    assert "\u3000\u3000会议指出" in columns and "\u3000\u3000本报讯（记者 王明）3" in columns
    assert "\u3000\u3000了解特色种植" not in columns  # one line set a cell left is no paragraph


def test_columns_one_space_apart_on_some_rows_still_come_apart() -> None:
    # (the extractor rounded two lines of the middle column to one space after the left one)
    page = lay_out([LEFT, MIDDLE, RIGHT], [0, 15, 32], shift={(1, 2): 1, (1, 4): 1})
    columns = layout_to_columns(page)
    assert column_of(columns, LEFT[1:]) and column_of(columns, MIDDLE[:4])


def test_a_headline_across_two_columns_is_not_split_and_comes_before_them() -> None:
    head = "全省政协系统学习贯彻全会精神"
    grid = "\n".join([" " * 8 + head] + [a.ljust(14) + "  " + b for a, b in zip(LEFT[1:], RIGHT[:6])])
    runs = reading_order(column_runs(segments_of(grid)))
    assert [[s.text for s in r.segments] for r in runs] == [[head], LEFT[1:], RIGHT[:6]]


def test_a_column_on_baselines_of_its_own_is_one_block() -> None:
    # (the right column's lines fall between the left one's: each column takes every second row)
    rows = []
    for a, b in zip(LEFT[1:], RIGHT[:6]):
        rows += [a, " " * 18 + b]
    columns = layout_to_columns("\n".join(rows) + "\n")
    blocks = [b.splitlines() for b in columns.strip("\n").split("\n\n")]
    assert [[ln.strip("\u3000 ") for ln in b] for b in blocks] == [[ln.strip("\u3000 ") for ln in LEFT[1:]], RIGHT[:6]]


def test_column_edges_that_wander_by_a_few_cells_still_hold_one_column() -> None:
    # (an extractor that spaces a line out by its own characters' widths: PyMuPDF's sorted text)
    shifts = [0, 2, -1, 3, 1, -2]
    page = "\n".join(a.ljust(16) + " " * (3 + k) + b for a, b, k in zip(LEFT[1:], RIGHT[:6], shifts))
    columns = layout_to_columns(page)
    assert column_of(columns, LEFT[1:]) and column_of(columns, RIGHT[:6])
    assert columns.index("乡镇村社") > columns.index("重点河段综合治理")


def test_a_gutter_of_one_space_is_split_where_a_column_edge_is() -> None:
    rows = [a.ljust(16) + "  " + b for a, b in zip(LEFT[1:], RIGHT[:6])]
    rows[2] = LEFT[3] + " " + RIGHT[2]  # (one row set one space apart)
    columns = layout_to_columns("\n".join(rows))
    assert column_of(columns, LEFT[1:]) and column_of(columns, RIGHT[:6])
    # a byline or a headline of two phrases keeps its one space
    assert "本报讯（记者 王明）3" in columns


def test_a_line_spread_apart_by_a_few_spaces_inside_its_column_stays_one_line() -> None:
    """An extractor that spaces characters by their distance may open a gap of a few spaces inside
    one printed line (a dateline's name set apart: ``本报讯（记者   王明）3``). The run after the gap
    closes the bracket the run before it left open: the line stays whole, in its column. A gap
    that closes nothing still parts two columns."""
    rows = [a.ljust(16) + "  " + b for a, b in zip(LEFT[1:], RIGHT[:6])]
    rows[0] = "  本报讯（记者   王明）3".ljust(18) + RIGHT[0]
    columns = layout_to_columns("\n".join(rows))
    assert "本报讯（记者 王明）3" in columns
    assert column_of(columns, LEFT[2:]) and column_of(columns, RIGHT[:6])
    ends = [a.ljust(16) + "  " + b for a, b in zip(LEFT[1:], RIGHT[:6])]
    ends[5] = LEFT[6][:6] + "。   " + RIGHT[5]  # (a paragraph's last line, a few spaces before the next column)
    assert "。 " not in layout_to_columns("\n".join(ends))


def test_a_headline_line_set_centred_over_its_column_opens_no_paragraph() -> None:
    """A headline's short first line set centred (two cells right of the column's edge, as an
    indent is) ends no sentence and stops short of the column's right edge: no paragraph opens
    there. The dateline under it, indented and running to the edge, still opens one."""
    column = ["  平凉市政协", "调研中医药产业发展", "  本报平凉讯（记者 冯建设）4月", "9日，平凉市政协副主席邵丽萍带",
              "领调研组，深入泾川县、灵台县调", "研中医药产业发展情况。"]
    rows = [a.ljust(18) + "  " + b for a, b in zip(column, LEFT[1:])]
    columns = layout_to_columns("\n".join(rows))
    assert "\u3000\u3000平凉市政协" not in columns and "平凉市政协\n调研中医药产业发展" in columns
    assert "\u3000\u3000本报平凉讯（记者 冯建设）4月" in columns


def test_a_module_under_two_columns_comes_after_both() -> None:
    top = [a.ljust(16) + "  " + b for a, b in zip(LEFT[1:], RIGHT[:6])]
    below = ["", " " * 6 + "县政协委员调研乡村振兴工作座谈会召开"] + MIDDLE[:4]  # (its headline over both)
    columns = layout_to_columns("\n".join(top + below))
    assert columns.index("月26日") < columns.index("县政协委员调研乡村振兴工作") < columns.index("会议指出")
    assert columns.index("重点河段综合治理") < columns.index("月26日")


def test_indents_the_extractor_kept_are_taken_as_they_are() -> None:
    # (ideographic spaces kept: a line set a cell or two right of its column is no paragraph)
    lines = ["　　本报讯（记者 王明）3", " 月1日，省政协召开专题协商", "会，就推进黄河流域生态保护", "  和高质量发展协商议政。",
             "　　委员们建议加强水资源节约", "集约利用，推进综合治理。", "　　会议指出，要坚持问题导"]
    page = "\n".join(ln.ljust(20) + "  " + r for ln, r in zip(lines, RIGHT))
    columns = layout_to_columns(page)
    assert "\u3000\u3000和高质量发展" not in columns and "\u3000\u3000委员们建议" in columns


def test_the_articles_of_a_layout_text_are_found() -> None:
    page = lay_out([LEFT, MIDDLE, RIGHT], [0, 17, 34])
    titles = {a.title for a in extract_text(page).articles}
    assert {"省政协召开专题协商会", "县政协委员调研乡村振兴"} <= titles


@pytest.mark.parametrize("extractor", ["pdftotext-layout", "pypdf-layout", "pymupdf-sort"])
def test_a_real_layout_extraction_of_a_typst_page(extractor: str) -> None:
    """A page set by typst, extracted by the real tool: the reports' bodies come back whole."""
    found, paragraphs, titles = against_gold(DATA / f"typst-dev.t014.{extractor}.txt", "t014")
    assert found >= 0.6 * paragraphs
    assert titles >= 2


def flat(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def against_gold(path: Path, stem: str) -> tuple[int, int, int]:
    """The articles clipper makes of `path`, a text of the typst dev page `stem`, against that
    page's gold: the gold paragraphs found in a body (their first 30 characters), how many
    there are, and the gold titles found."""
    gold = json.loads((ROOT / f"bench/typst_pages/dev/gold/{stem}.json").read_text(encoding="utf-8"))
    result = extract_document(path.read_bytes(), path.as_uri())
    got = {flat("".join(a.body)) for a in result.articles}
    found = [any(flat(p)[:30] in g for g in got) for art in gold["articles"] for p in art["paragraphs"]]
    heads = {flat(a.title or "") for a in result.articles}
    return sum(found), len(found), sum(flat(a["title"]) in heads for a in gold["articles"])


def test_a_layout_text_whose_columns_share_no_row_is_one() -> None:
    # (PyMuPDF's sorted text: the right column's lines on rows of their own, set in by spaces)
    right = [ln for ln in MIDDLE[:4] + RIGHT[:6] if ln]
    rows = []
    for k, b in enumerate(right):
        rows += ([LEFT[1 + k]] if k < 6 else []) + [" " * 18 + b]
    page = "\n".join(rows) + "\n"
    assert is_layout_text(page)
    columns = layout_to_columns(page)
    assert column_of(columns, LEFT[1:]) and column_of(columns, RIGHT[:6])


def test_texts_without_columns_side_by_side_are_not_layout_texts() -> None:
    for path in [*sorted((ROOT / "seeds").glob("*.txt")), *sorted(DATA.glob("typst-*.pypdf.txt")),
                 *sorted(DATA.glob("typst-*.pdfminer.txt")), DATA / "made_page_a.txt"]:
        assert not is_layout_text(path.read_text(encoding="utf-8")), path.name


def test_pages_apart_at_form_feeds_are_read_one_after_the_other() -> None:
    first = lay_out([LEFT, MIDDLE, RIGHT], [0, 17, 34])
    second = first.replace("省政协", "市政协").replace("县政协", "区政协")
    titles = [a.title for a in extract_text(first + "\f" + second).articles]
    assert titles.index("省政协召开专题协商会") < titles.index("市政协召开专题协商会")
    assert "区政协委员调研乡村振兴" in titles
