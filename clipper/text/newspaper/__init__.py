"""Split the text of one printed newspaper page into its articles, in reading order.

Two layouts reach clipper as text: pages whose text lines are paragraphs (or pieces of them cut
at column ends) and pages extracted one printed line per text line (what PDF extractors give).
The first are read by :mod:`clipper.text.newspaper.paragraph_pages`; the second go through the reading
order of :mod:`clipper.text.newspaper.order` first (:mod:`clipper.text.newspaper.flow`).
"""

from __future__ import annotations

import re

from clipper.text.newspaper.flow import segment_printed
from clipper.text.newspaper.bodies import PageResult
from clipper.text.newspaper.paragraph_pages import segment_page as segment_paragraphs
from clipper.text.newspaper.split_lines import attach_lone_indents, rejoin_split_lines
from clipper.text.newspaper.vertical_lines import join_vertical_lines_marked
from clipper.text import patterns as P
from clipper.text.masthead import read_masthead
from clipper.text.normalize import cjk_count, halfwidth_alnum
from clipper.text.repeats import undouble_lines
from clipper.text.pieces import FURNITURE, classify, is_printed_line_layout, split_pieces


#: White space after a line's last character.
LINE_END_SPACE = re.compile(r"(?<=\S)[ \t\u00a0\u3000]+(?=\r?$)", re.M)
#: Share of a page's lines ending in white space from which it is padding, not evidence.
PADDED_SHARE = 0.3


def strip_padding(text: str) -> str:
    """White space after the last character of most lines is padding (an extractor's, or a
    space glyph drawn at every line's end): dropped, lest every line read as going on (a space
    printed before a line break is evidence that it does: ``全市新增5G基站1200个 `` /
    ``政协委员建言…``, two halves of one headline) and count in its printed width. Where few lines
    end so, the space is that evidence and stays."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    padded = sum(1 for ln in lines if ln.rstrip("\r")[-1:].isspace())
    return LINE_END_SPACE.sub("", text) if lines and padded >= PADDED_SHARE * len(lines) else text


#: A paragraph indent printed as tabs: read as the ideographic spaces typesetters indent with.
TAB_INDENT = re.compile(r"^\t+(?=\S)", re.M)

#: Text lines wider than this (ems) are paragraphs, not printed lines of a column.
PARAGRAPH_WIDTH = 40
#: Share of such lines above which a page is read as paragraph lines.
PARAGRAPH_SHARE = 0.05
#: Share of prose lines ending a sentence at or above which the lines are paragraphs.
SENTENCE_END_SHARE = 0.5


def is_one_printed_line_per_line(pieces: list) -> bool:
    """Printed lines of columns are narrow and share widths; paragraph lines run long."""
    text = [p for p in pieces if cjk_count(p.text) >= 4]
    if not text or not is_printed_line_layout(text):
        return False
    if sum(1 for p in text if p.width > PARAGRAPH_WIDTH) > PARAGRAPH_SHARE * len(text):
        return False
    # Printed lines mostly stop in mid-sentence; paragraph lines end theirs.
    prose = [p for p in text if P.PROSE_PUNCT.search(p.text)]
    return sum(1 for p in prose if p.ends_sentence) < SENTENCE_END_SHARE * max(1, len(prose))


def segment_page(text: str) -> PageResult:
    # (figures as full-width digits read as figures: 2023年6月, as they are stored)
    text = halfwidth_alnum(TAB_INDENT.sub("\u3000\u3000", strip_padding(text)))
    text, doubled = undouble_lines(text)  # (headlines drawn twice for a fake bold)
    text, vertical = join_vertical_lines_marked(attach_lone_indents(text))
    text = rejoin_split_lines(text)
    pieces = split_pieces(text)
    classify(pieces)
    read_masthead(pieces)
    if is_one_printed_line_per_line([p for p in pieces if p.kind != FURNITURE]):
        result = segment_printed(text, vertical)
    else:
        result = segment_paragraphs(text)
    result.furniture += doubled
    return result


__all__ = ["segment_page", "PageResult"]
