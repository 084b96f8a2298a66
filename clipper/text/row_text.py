"""Text whose lines run across the page's columns, the columns one space apart (pdfplumber's
default ``extract_text()``: the characters of a row left to right, a space wherever two stand
further apart than a few points — a gutter as much as the space in a byline).

What holds on any such page: a printed line is no wider than its column, and the columns of a
page are few, so the widths of many of a page's runs of text (between spaces) are its columns'
widths; a line of the text much wider than the widest of them holds the printed lines of several
columns side by side. Such a line is cut at its spaces into runs, and two runs stay one printed
line only where the space is one a line holds: a bracket or a quotation still open (``（通讯员
杜娟）``), a role word and the name after it (``本报记者 王钊``), a credit's ``摄``, a number kept
apart from its unit (``第 103 次``), an agency's dateline before its report — and never wider
than a column. Each printed line comes out on a line of its own, rows read across the columns
as poppler's plain text reads them, for the newspaper reader, which takes rows read across
columns apart by the lines' words, widths and distances.

Pure: text in, text out.
"""

from __future__ import annotations

import re
from collections import Counter

from clipper.text import patterns as P
from clipper.text.masthead import is_masthead_line, is_page_header
from clipper.text.newspaper.order import print_width
from clipper.text.normalize import cjk_count

#: Runs of at least this many Chinese characters measure the page's columns ...
MEASURE_CJK = 6
#: ... and a width (ems, rounded) held by this many of them is a column's.
COLUMN_RUNS = 4
#: A line holds several columns' lines when it prints this much wider than the widest column,
#: holds two runs of four Chinese characters or more, one of them running text (a comma or a
#: full stop: a row of links or names is no such line), and no run wider than a column.
GLUED_WIDER = 1.4
GLUED_RUN_CJK = 4
#: A page's text reads across its columns this way when at least this share of its lines of
#: text (and this many) are such lines.
GLUED_SHARE = 0.1
GLUED_MIN_LINES = 8
#: Ems a printed line may print wider than the widest column (a closing mark hangs past it;
#: printed widths of figures and letters are estimates).
SLACK = 1.2

#: Marks of running text.
_RUNNING_TEXT = re.compile(r"[，。；、]")
#: A printed line's text ends here: nothing of it follows on the line.
_CLOSES = re.compile(r"[。！？!?；;…”’」』）)】》]$")
#: Pairs of marks a printed line may hold open across a space.
_OPEN_PAIRS = (("（(", "）)"), ("“", "”"), ("《", "》"), ("【", "】"))
#: A role word (or a byline's box) that a name follows: ``本报记者`` / ``通讯员`` / ``□``.
_ROLE_END = re.compile(r"(?:记者|通讯员|实习生|摄影|撰稿|作者|[□■◇◆])$")
#: A name of one to four characters (with the bracket that closes a byline: ``杜娟）5月20日``).
_NAME = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:$|[）)])")
#: What closes a photo credit after the name.
_CREDIT_END = re.compile(r"^(?:摄影报道|摄影|摄|报道)$")
#: A number, and the unit a number kept apart from it begins (``第 103 次``, ``22 日在京召开``).
_DIGITS = re.compile(r"^[0-9.%]{1,6}$")
_UNIT = re.compile(r"^[年月日号次届期周个名项家人万亿元时分秒%]")
#: An agency's dateline ends where its report begins on the same printed line (``…2日电 记者从…``).
_AGENCY_END = re.compile(r"\d日?电$")


def _runs(line: str) -> list[str]:
    return [r for r in line.split(" ") if r]


def widest_column(lines: list[str]) -> float | None:
    """The width (ems) of the page's widest column: the widest width many runs share."""
    counts = Counter(round(print_width(r)) for ln in lines for r in _runs(ln) if cjk_count(r) >= MEASURE_CJK)
    widths = [w for w, n in counts.items() if n >= COLUMN_RUNS]
    return float(max(widths)) if widths else None


def _holds_columns(line: str, widest: float) -> bool:
    runs = _runs(line)
    return (len(runs) >= 2 and print_width(line) > GLUED_WIDER * widest
            and sum(cjk_count(r) >= GLUED_RUN_CJK for r in runs) >= 2 and bool(_RUNNING_TEXT.search(line))
            and all(print_width(r) <= widest + SLACK for r in runs))


def is_row_text(text: str) -> bool:
    """Do the text's lines run across the page's columns, one space apart (see the module)?"""
    lines = [ln for ln in text.splitlines() if cjk_count(ln) >= MEASURE_CJK]
    if len(lines) < GLUED_MIN_LINES:
        return False
    widest = widest_column(lines)
    if widest is None:
        return False
    glued = sum(_holds_columns(ln, widest) for ln in lines)
    return glued >= GLUED_MIN_LINES and glued >= GLUED_SHARE * len(lines)


def _open_pair(text: str) -> bool:
    for opening, closing in _OPEN_PAIRS:
        depth = 0
        for ch in text:
            if ch in opening:
                depth += 1
            elif ch in closing:
                depth = max(0, depth - 1)
        if depth:
            return True
    return False


def _one_line(cell: str, run: str, widest: float) -> bool:
    """Do `cell` and the `run` after it make one printed line (the space is the line's own)?"""
    if print_width(cell) + 0.3 + print_width(run) > widest + SLACK:
        return False
    if _open_pair(cell):
        return True
    if _ROLE_END.search(cell) and _NAME.match(run):
        return True
    if _CREDIT_END.match(run):
        return True
    if (_DIGITS.match(run) and not _CLOSES.search(cell)) or (cell[-1:].isdigit() and _UNIT.match(run)):
        return True
    return bool(_AGENCY_END.search(cell) and P.AGENCY_DATELINE.match(cell))


def split_row(line: str, widest: float) -> list[str]:
    """The printed lines side by side on one line of the text, left to right (`widest`: the
    page's widest column, ems). A page header or a masthead line stays whole."""
    line = line.strip()
    runs = _runs(line)
    if len(runs) < 2 or is_page_header(line, print_width(line)) or is_masthead_line(line):
        return [line] if line else []
    cells = [runs[0]]
    for run in runs[1:]:
        if _one_line(cells[-1], run, widest):
            cells[-1] += " " + run
        else:
            cells.append(run)
    return cells


def rows_to_lines(text: str) -> str:
    """The text with every printed line on a line of its own, rows read across the columns
    (pages apart by form feeds stay apart; blank lines stay)."""
    out = []
    for page in text.split("\f"):
        lines = page.splitlines()
        widest = widest_column([ln for ln in lines if cjk_count(ln) >= MEASURE_CJK])
        if widest is None:
            out.append(page)
            continue
        cells: list[str] = []
        for ln in lines:
            cells += split_row(ln, widest) if ln.strip() else [""]
        out.append("\n".join(cells))
    return "\f".join(out)
