"""Headlines set vertically, one character under another, read back as one line.

A newspaper sets some headlines vertically beside the columns of their report. Every PDF
extractor gives such a headline one character per text line (pdftotext, pdfminer, pypdf,
pypdfium2 alike: each character stands alone on its baseline). No other printed text does
that: a column's line holds many characters, and a paragraph's last line of one character is
never followed by two more. A run of at least three such lines is one vertical line, and is
read as one line where it stands.
"""

from __future__ import annotations

import re

from clipper.text import patterns as P

#: A text line that is one Chinese character.
_ONE_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Fewest characters of a vertical line (two lone characters in a row are a page's accident).
MIN_VERTICAL_CHARS = 3


def join_vertical_lines(text: str) -> str:
    """The page's text with every run of one-character lines (blank lines between them
    allowed: some extractors space every line) joined into one line."""
    return join_vertical_lines_marked(text)[0]


def join_vertical_lines_marked(text: str) -> tuple[str, frozenset[str]]:
    """The page's text as join_vertical_lines gives it, and the lines it joined."""
    lines = text.split("\n")
    out: list[str] = []
    run: list[int] = []
    joined: set[str] = set()

    def flush() -> None:
        start, end = 0, len(run)
        while start < end and lines[run[start]].strip() in P.VERTICAL_CLOSING:
            start += 1  # (a closing mark does not open a headline: a paragraph's last)
        while end > start and lines[run[end - 1]].strip() in P.VERTICAL_OPENING:
            end -= 1
        chars = [lines[i].strip() for i in run[start:end]]
        if sum(1 for c in chars if _ONE_CHAR.fullmatch(c)) >= MIN_VERTICAL_CHARS:
            if start:
                out.extend(lines[run[0]:run[start - 1] + 1])
            out.append("".join(chars))
            joined.add(out[-1])
            # (blank lines inside the run go; the ones after it stay where they were)
            if end < len(run):
                out.extend(lines[run[end - 1] + 1:run[-1] + 1])
        else:
            out.extend(lines[run[0]:run[-1] + 1])
        run.clear()

    pending_blank: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if _ONE_CHAR.fullmatch(stripped) or (len(stripped) == 1 and stripped in P.VERTICAL_OPENING + P.VERTICAL_CLOSING):
            if not run:
                out.extend(pending_blank)
            pending_blank = []
            run.append(i)
        elif not stripped and run:
            pending_blank.append(line)
        else:
            if run:
                flush()
            out.extend(pending_blank)
            pending_blank = []
            out.append(line)
    if run:
        flush()
    out.extend(pending_blank)
    return "\n".join(out), frozenset(joined)


__all__ = ["join_vertical_lines", "join_vertical_lines_marked", "MIN_VERTICAL_CHARS"]
