"""Split page text into pieces (non-empty lines) and classify what each piece is.

A piece keeps how many blank lines preceded it, because runs of blank lines are block boundaries
and a line break with no blank line after it is always inside a block.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from clipper.text import patterns as P
from clipper.text.normalize import cjk_count, display_width, unspace_cjk_latin, unspace_letters

# Piece kinds
TEXT = "text"
HEAD = "head"          # headline-like line: short, no sentence punctuation
DASH = "dash"          # ——subtitle
BYLINE = "byline"
CREDIT = "credit"      # photo credit
MARKER = "marker"      # (接一版) alone
FURNITURE = "furniture"

#: Longest line (in ems) that can still be a headline.
HEADLINE_MAX_WIDTH = 40
#: Median piece width under which a page is taken as one printed line per text line.
PRINTED_LINE_MAX_MEDIAN = 32
#: Share of prose lines ending a sentence at or above which the lines are paragraphs, however
#: short (printed lines end a sentence only where a paragraph or a sentence happens to end).
ALL_SENTENCES_SHARE = 0.9


@dataclass
class Piece:
    idx: int
    line: int
    text: str
    gap: int
    kind: str = TEXT
    meta: dict[str, object] = field(default_factory=dict)

    @property
    def width(self) -> float:
        return display_width(self.text)

    @property
    def ends_sentence(self) -> bool:
        return bool(P.SENTENCE_END.search(self.text))


def split_pieces(text: str) -> list[Piece]:
    """Non-empty lines with their blank-line gap; lines glued without a blank line inside a
    block of text are kept as separate pieces (gap 0)."""
    pieces: list[Piece] = []
    gap = 0
    for lineno, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped:
            gap += 1
            continue
        pieces.append(Piece(idx=len(pieces), line=lineno, text=unspace_letters(unspace_cjk_latin(stripped)), gap=gap))
        gap = 0
    return pieces


def is_printed_line_layout(pieces: list[Piece]) -> bool:
    """True when the text holds one printed line per text line: narrow lines, most of which stop
    in mid-sentence (a column's lines break wherever the width ends; a page of short paragraphs
    ends every line with its sentence)."""
    text = [p for p in pieces if cjk_count(p.text) >= 4]
    if not text or statistics.median(p.width for p in text) > PRINTED_LINE_MAX_MEDIAN:
        return False
    prose = [p for p in text if P.PROSE_PUNCT.search(p.text)]
    return sum(1 for p in prose if p.ends_sentence) < ALL_SENTENCES_SHARE * max(1, len(prose))


#: Most Chinese characters of a scrap: the last one or two characters of a wrapped headline line.
SCRAP_CHARS = 2


def is_scrap(text: str) -> bool:
    """One or two characters without marks: the end of a headline wrapped above (``…关爱活`` / ``动``)."""
    return cjk_count(text) <= SCRAP_CHARS and not P.PROSE_PUNCT.search(text) and not P.SENTENCE_END.search(text)


#: Fewest characters of a column label told apart from the text it is glued to (a two-character
#: ``专题`` or ``要闻`` ends many a clause).
LABEL_MIN_CJK = 4


def is_column_label(text: str) -> bool:
    """A column label of four or more characters (``一线传真``, ``委员之声``): named as papers name
    columns (patterns.SECTION_LABEL) and not opening as a clause does (``要聚焦``)."""
    return bool(P.SECTION_LABEL.match(text)) and cjk_count(text) >= LABEL_MIN_CJK and not P.FUNCTION_START.match(text)


def is_dateline(text: str) -> bool:
    """A report's opening dateline of any shape (``本报X讯``, an agency's, ``据…消息``, ``…报道，M月D日``)."""
    return bool(P.DATELINE.match(text) or P.SOURCE_DATELINE.match(text) or P.AGENCY_DATELINE.match(text)
                or P.MEDIA_DATELINE.match(text))


def is_body_start(text: str) -> bool:
    return is_dateline(text) or bool(P.MARKER.match(text) and "接" in P.MARKER.match(text).group("what"))


def opens_item(text: str) -> bool:
    """Does `text` open a report or a caption: a body start (a dateline, ``（接…）``) or a date and
    its clause (``2月28日，``)?"""
    return is_body_start(text) or bool(P.DATE_CLAUSE.match(text))


#: Most characters of a byline's names printed without a space between them.
MAX_NAME_RUN = 8


def is_byline(text: str) -> bool:
    if display_width(text) > 30 or re.search(r"[，,。；;！!？?]", text):
        return False
    if P.ANONYMOUS_BYLINE.match(text):
        return True
    if m := P.BRACKET_BYLINE.match(text.strip()):
        return all(name[0] in P.COMMON_SURNAMES for name in m.group("names").split())
    m = P.BYLINE.match(text)
    if not m:
        return False
    names = P.BYLINE_ROLE_WORD.sub(" ", m.group("names1") or m.group("names2") or "")
    # (names are two to four characters, two of them at most printed together: a longer run is
    # a sentence — an interview's turn, ``记者：为什么要把协商议事室``)
    return cjk_count(names) >= 2 and all(len(run) <= MAX_NAME_RUN for run in re.findall(r"[\u4e00-\u9fff·]+", names))


def is_credit(text: str) -> bool:
    return display_width(text) <= 40 and not re.search(r"[，,。；;]", text) and bool(P.PHOTO_CREDIT.match(text))


def is_headline_like(text: str) -> bool:
    return (
        display_width(text) <= HEADLINE_MAX_WIDTH
        and cjk_count(text) >= 2
        and not P.HEADLINE_FORBIDDEN.search(P.HEADLINE_SUBJECT_COLON.sub("", text, count=1))
        and not is_body_start(text)
    )


#: Marks that end a headline's phrase at a line's end (``委员走进田间地头，`` / ``书香满陇原！`` /
#: ``临夏州政协：`` over the headline's next line).
PHRASE_END = re.compile(r"[，,！!？?：:]\s*$")


def is_headline_phrase(text: str) -> bool:
    """A line that would be headline-like but for the mark that ends it: a headline's first
    phrase when a headline line follows it and no sentence runs into it (classify)."""
    text = text.strip()
    if not PHRASE_END.search(text) or P.OPENER.match(text) or P.OPENER_SPEECH.match(text) or P.SPEAKER_TURN.match(text):
        return False
    return is_headline_like(PHRASE_END.sub("", text))


def is_heading_with_comma(text: str) -> bool:
    """A section heading of the form ``多方参与，聚集协商议事“新动能”``: short, two halves
    around one comma, no sentence end, not a sentence opener such as ``会议强调，``."""
    if display_width(text) > 24 or P.SENTENCE_END.search(text) or P.OPENER.match(text) or P.OPENER_SPEECH.match(text):
        return False
    halves = re.split(r"[，,]", text)
    return len(halves) == 2 and all(cjk_count(h) >= 2 for h in halves) and not re.search(r"[。；;：:]", text)


#: Least lines a speaker opens for them to be an interview's turns.
MIN_TURNS = 2


def turn_openers(texts: list[str], speaker: re.Pattern[str] = P.SPEAKER_TURN) -> list[int]:
    """Which of `texts` open an interview's turn: a line opened by a speaker (``记者：``) who opens
    MIN_TURNS lines or more (a line that merely looks like ``X：`` once is none)."""
    turns = [(k, m.group("speaker")) for k, t in enumerate(texts) if (m := speaker.match(t))]
    speakers = Counter(name for _, name in turns)
    return [k for k, name in turns if speakers[name] >= MIN_TURNS]


def interview_turns(pieces: list[Piece]) -> list[Piece]:
    """The pieces that open an interview's turn (:func:`turn_openers`)."""
    return [pieces[k] for k in turn_openers([p.text for p in pieces])]


def classify(pieces: list[Piece]) -> None:
    """Give each piece its kind from its own text (context comes later), except that the turns
    of an interview are text: a line opened by a speaker who opens two or more (``记者：为什么要把
    协商议事室`` reads like a byline, a short one like a headline)."""
    for p in pieces:
        t = p.text
        if P.MARKER_LINE.match(t):
            p.kind = MARKER
        elif is_credit(t):
            p.kind = CREDIT
        elif is_byline(t):
            p.kind = BYLINE
        elif P.DASH_SUBTITLE.match(t) and display_width(t) <= 50 and "。" not in t:
            p.kind = DASH
        elif is_headline_like(t):
            p.kind = HEAD
        else:
            p.kind = TEXT
    for p in interview_turns(pieces):
        if p.kind in (HEAD, BYLINE):
            p.kind = TEXT
