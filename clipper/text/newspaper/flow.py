"""Pages extracted one printed line per text line (what PDF extractors give): lines in reading
order first (:mod:`clipper.text.newspaper.order`), then bodies, headlines and paragraphs.

1. pieces and their kinds (:mod:`clipper.text.pieces`), the masthead and the page header lines
   (``第2版 责任编辑:…``, ``2023年8月25日 星期五``) as furniture;
2. reading order: every line that may be text is linked to the line that reads after it; the
   chains are the page's text flows (a column after another of one article, headline blocks,
   captions);
3. in each flow: headline runs (headline-like lines followed by a body start, a byline or the end
   of the flow) and bodies (cut at datelines, jump markers, credits and headline runs);
4. headlines to bodies by content, place and adjacency in the flow, best pairs first;
5. paragraphs from sentence ends, widths and indents; metadata as for any page.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from clipper.model import Publication
from clipper.text import patterns as P
from clipper.text.masthead import MASTHEAD_WINDOW, is_page_header, mark_page_headers, read_masthead
from clipper.text.normalize import cjk_bigrams, cjk_count, cjk_only, display_width
from clipper.text.newspaper import paragraph_pages
from clipper.text.newspaper.articles import page_articles
from clipper.text.newspaper.assign import (
    assign_headlines, attach_free_subtitles, cut_rest_before_lead, detach_foreign_subtitles, is_label, is_theme_kicker,
    free_headlines, join_headline_halves, join_left_kickers, pair_leftovers, pair_notices, reclaim_headlines, split_at_free_headlines,
    split_glued_headlines, swap_crossed_headlines,
)
from clipper.text.newspaper.bodies import (
    CUT_AT_END, HEADING, SAME_WIDTH, Body, Group, PageResult, Run, find_runs, merge_orphan_interviews, next_starts_body,
    run_end, split_bodies,
)
from clipper.text.newspaper.headlines import (
    COMPLETE_ENDING, HEADLINE_RATIO, OWN_SUBJECT, WORD_CUT, notice_headline, split_run,
)
from clipper.text.newspaper.words import junction_gain
from clipper.text.newspaper.order import (
    HALF_WIDTH, SURE_GAIN, Geometry, Line, chain_lines, chains, lead_width, page_reads_in_order, print_width,
)
from clipper.text.pdfpage import PdfLine, same_size
from clipper.text.pieces import (
    BYLINE, CREDIT, DASH, FURNITURE, HEAD, MARKER, PHRASE_END, SCRAP_CHARS, TEXT, Piece, classify, interview_turns,
    LABEL_MIN_CJK, is_body_start, is_column_label, is_headline_phrase, is_scrap, split_pieces, turn_openers,
)



@dataclass
class Flow:
    """One text flow of the page: pieces in reading order."""

    pieces: list[Piece]


def _indent_of(raw: str) -> bool:
    return bool(re.match(r"^(?:\u3000+|[ \u00a0]{2,})", raw))


def page_pieces(text: str, vertical: frozenset[str] = frozenset()) -> tuple[list[Piece], Publication, list[str]]:
    """Pieces of the page with their kinds; masthead and page header lines are furniture
    (`vertical`: the lines that were headlines set vertically)."""
    raw_lines = [ln for ln in text.splitlines() if ln.strip()]
    pieces = split_pieces(text)
    for p, raw in zip(pieces, raw_lines):
        if raw.strip() in vertical:
            p.meta["vertical"] = True
        p.meta["indent"] = _indent_of(raw)
        p.meta["open_space"] = raw[-1:].isspace()  # (a printed space before the line's end: the line goes on)
        p.meta["lead"] = lead_width(raw) if p.meta["indent"] else 0.0
    classify(pieces)
    _headline_phrases(pieces)
    publication = read_masthead(pieces)
    mark_page_headers(pieces, print_width)
    glued: list[str] = []
    for p in pieces:
        if p.kind == HEAD and (cut := glued_label(p.text)):
            glued.append(p.text[:cut])
            p.text = p.text[cut:]
            p.meta["after_label"] = True
    for p in pieces:
        if p.kind != FURNITURE and P.PAPER_NAME.match(p.text) and p.text == publication.name:
            p.kind = FURNITURE
        elif p.kind == HEAD and is_label(p.text):
            p.kind = FURNITURE  # a column label or the paper's name on a line of its own
    for label, p in zip(pieces, pieces[1:]):
        if label.kind == FURNITURE and is_label(label.text) and p.kind != FURNITURE:
            p.meta["after_label"] = True  # (a label heads its box: what it heads begins anew)
    furniture = [p.text for p in pieces if p.kind == FURNITURE] + glued
    for p in pieces:
        if p.kind == TEXT and (label := _label_beside(p)):
            furniture.append(label)
    return [p for p in pieces if p.kind != FURNITURE], publication, furniture


#: Most Chinese characters of a column label glued before a headline on one text line.
GLUED_LABEL_CHARS = 6


def glued_label(text: str) -> int:
    """Where a column label printed beside a headline's first line, and glued to it by the
    extractor, ends (``委员之声嘉峪关市政协举办委员`` → 4): a label's name (``…之声``, ``…简讯``), then
    a headline that opens with a place's body; 0 if the line holds none."""
    if " " in text or P.PROSE_PUNCT.search(text):
        return 0
    for k in range(LABEL_MIN_CJK, GLUED_LABEL_CHARS + 1):
        rest = text[k:]
        if is_column_label(text[:k]) and P.HEADLINE_PLACE.match(rest) and cjk_count(rest) >= SIDE_HEAD_CHARS:
            return k
    return 0


#: Widest line (display columns) of figures between two headline lines that is theirs when it has
#: no marks (``1200个``: too few Chinese characters to look like a headline line alone).
SHORT_BETWEEN_HEADS = 4
#: How a clause may begin but no headline's phrase: a particle or mark, a source (``据了解，``).
PHRASE_NEVER_STARTS = re.compile(r"^(?:[的地得等了着过、，。]|据)")


def _headline_phrases(pieces: list[Piece]) -> None:
    """A headline's line that ends in a phrase mark (``委员走进田间地头，`` / ``书香满陇原！`` /
    ``临夏州政协：``) is no text when a headline line follows it and nothing runs into it: the
    line before it (or before the headline lines above it) ends a sentence or is no text, and it
    opens no clause (a date, a function word, a particle, ``据``, an interview's turn: a clause an
    extraction cut off its line). A short line of figures between two headline lines is theirs
    (``1200个``)."""
    for k, p in enumerate(pieces[1:-1], 1):
        if (p.kind == TEXT and pieces[k - 1].kind == HEAD and pieces[k + 1].kind == HEAD
                and display_width(p.text) <= SHORT_BETWEEN_HEADS and re.search(r"\d", p.text)
                and not P.PROSE_PUNCT.search(p.text)):
            p.kind = HEAD  # a short line of figures between two headline lines (``1200个``)
    promoted = []
    turns = set(turn_openers([p.text for p in pieces], P.SPEAKER))
    for k, p in enumerate(pieces[:-1]):
        if p.kind != TEXT or pieces[k + 1].kind != HEAD or not is_headline_phrase(p.text):
            continue
        if (P.CAPTION_START.match(p.text) or P.FUNCTION_START.match(p.text) or PHRASE_NEVER_STARTS.match(p.text)
                or k in turns):
            continue
        j = k - 1
        while j >= 0 and ((pieces[j].kind == HEAD and not _RUNNING_MARKS.search(pieces[j].text))
                          or (promoted and pieces[j] is promoted[-1])):
            j -= 1  # (the headline lines above it: what comes before them ends, as before a headline)
        if j < 0 or pieces[j].ends_sentence or pieces[j].kind in (BYLINE, CREDIT, DASH, MARKER):
            promoted.append(p)
        elif j == k - 1 and _short_of_column(pieces, k):
            p.meta["short_phrase"] = p.meta["heading"] = True  # (no sentence's rest, in context and in reading order)
            promoted.append(p)
    for p in promoted:
        p.kind = HEAD


#: Marks of running text that no headline line holds: an enumeration comma, a colon inside the line
#: (``告诉委员：“地平了、路通了、``, headline-like only by its shape). Such a line above a phrase is
#: no headline line over it: the phrase is judged against the column.
_RUNNING_MARKS = re.compile(r"、|(?<=\S)[：:](?=\S)")
#: Fewest lines of running text before a line that tell their column's width.
COLUMN_LINES = 3
#: A line ending at a comma this much narrower (ems) than those lines is none of theirs: a full
#: line is never narrower than its column, whatever its marks.
PHRASE_SHORT_BY = 1.0
#: Most spread (ems) of the widths of those lines: the full lines of one column.
COLUMN_SPREAD = 1.5
#: Marks no paragraph ends with (a question or an exclamation may end one on a short line).
CLAUSE_MARKS = "，,、"


def _short_of_column(pieces: list[Piece], k: int) -> bool:
    """Is line `k`, which ends in a phrase mark, visibly narrower than the lines of running text
    right before it? A justified column fills every line but a paragraph's last, and a paragraph
    does not end at a comma (it may at ``？``): such a line is no line of that column (``了、路通了、水来了，一`` /
    ``委员走进田间地头，``)."""
    before = [print_width(q.text) for q in pieces[max(0, k - 6):k] if q.kind == TEXT and not q.ends_sentence]
    if (len(before) < COLUMN_LINES or max(before) - min(before) > COLUMN_SPREAD
            or pieces[k].text.rstrip()[-1:] not in CLAUSE_MARKS or _open_bracket(pieces[k - 1].text)):
        return False  # (lines of several columns, or a bracket the line goes on with)
    width = print_width(pieces[k].text)
    if abs(print_width(pieces[k + 1].text) - width) < PHRASE_SHORT_BY:
        return False  # (the next line as wide: both may be lines of a narrower column read in between)
    return width <= statistics.median(before) - PHRASE_SHORT_BY


def _label_beside(p: Piece) -> str | None:
    """A column label printed beside a line of text comes out of an extractor on that line, apart
    from it by a space (``委员动态 传信息员”的强大合力。``, ``…覆盖面。 履职快讯``): the label is cut
    off the line (and returned)."""
    parts = p.text.split()
    if len(parts) < 2:
        return None
    if P.SECTION_LABEL.match(parts[0]) and cjk_count(parts[1]) >= 2:
        label, p.text = p.text.split(None, 1)
        return label
    head, label = p.text.rsplit(None, 1)
    if P.SECTION_LABEL.match(label) and P.SENTENCE_END.search(head):
        p.text = head.rstrip()
        return label
    return None


def lines_of(seq: list[Piece]) -> list[Line]:
    """The reading-order stage's lines of the pieces (clipper.text.newspaper.order)."""
    # (a headline set vertically, or a headline's phrase narrower than the column before it, is no
    # sentence's rest: the reading order is told so; and which line comes right under a column label)
    return [Line(i, p.text, print_width(p.text), bool(p.meta.get("indent")), float(p.meta.get("lead", 0.0)),  # type: ignore[arg-type]
                 meta={k: True for k in ("vertical", "heading", "after_label") if p.meta.get(k)})
            for i, p in enumerate(seq)]


def flows_of(seq: list[Piece], lines: list[Line], succ: dict[int, int]) -> list[Flow]:
    return [Flow([seq[i] for i in chain]) for chain in chains(lines, succ)]


def groups_of(run: Run, run_no: int, followed_by_body: bool, boxed: bool = False, page_text: str = "") -> list[Group]:
    """Headline groups of a run (clipper.text.newspaper.headlines); `boxed`: a column label's
    box follows the run."""
    groups = []
    for g in split_run(run.pieces, followed_by_body or run.late, page_text, ends_box=boxed):  # (a late run heads one report)
        groups.append(Group(title=str(g["title"]), subtitle=g["subtitle"], bylines=list(g["bylines"]),
                              run=run_no, dropped=list(g["dashes"]), late=run.late, lines=list(g.get("lines", [])),
                              vertical=bool(g.get("vertical")), cuts=list(g.get("cuts", []))))
    if groups and followed_by_body and not run.late:
        groups[-1].bound_forward = True
    return groups


_CREDIT_ROLES = r"(?:本报)?(?:记者|通讯员|摄影)"
_CREDIT_HEAD = re.compile(r"(?<=[。！？”])\s*(?P<head>" + _CREDIT_ROLES + r"?\s*[\u4e00-\u9fff]{0,3}\s*)$")
_CREDIT_ROLE = re.compile("^" + _CREDIT_ROLES)
#: What is left of a photo credit wrapped right before its last word: the word alone.
_CREDIT_WORD = re.compile(r"^\s*(?:摄影报道|摄影|摄)\s*$")


def _rejoin_wrapped_credits(flow: Flow) -> None:
    """A photo credit glued to the end of a caption and wrapped to the next line
    (``…的魅力。通讯员 傅`` / ``玲 摄``, or ``…搭桥。 通讯员 康玉平`` / ``摄``): the credit is whole
    again."""
    for a, b in zip(flow.pieces, flow.pieces[1:]):
        # (``摄影报道`` alone looks like a headline too)
        lone = b.kind in (TEXT, HEAD) and bool(_CREDIT_WORD.match(b.text))
        if (b.kind == CREDIT or lone) and a.kind == TEXT and (m := _CREDIT_HEAD.search(a.text)) and m.group("head").strip():
            head = m.group("head").strip()
            if lone and cjk_count(_CREDIT_ROLE.sub("", head)) < 2:
                continue  # (a lone 摄 takes a name, not any word before it)
            b.text = head + " " + b.text.strip()
            a.text = a.text[: m.start("head")].rstrip()
            if lone:
                b.kind = CREDIT


#: Most Chinese characters of a name's rest wrapped from a byline to the next line.
NAME_REST = 2


def _rejoin_wrapped_bylines(flow: Flow) -> None:
    """A byline wrapped inside a name (``□ 本报记者 刘晓红 通讯员 蔡`` / ``文斌``): the rest, a
    line of a character or two that completes a name of two or three, is the byline's."""
    pieces = flow.pieces
    for k in range(len(pieces) - 2, -1, -1):
        a, b = pieces[k], pieces[k + 1]
        rest = b.text.strip()
        last = re.search(r"(?:^|\s)(?P<part>[\u4e00-\u9fff]{1,2})$", a.text)
        # (a name has two or three characters: the wrap leaves one of them on one side)
        if (a.kind == BYLINE and b.kind in (HEAD, TEXT) and 1 <= cjk_count(rest) <= NAME_REST
                and cjk_count(rest) == len(rest) and last is not None
                and len(last["part"]) + len(rest) in (2, 3) and 1 in (len(last["part"]), len(rest))):
            a.text = a.text.rstrip() + rest
            del pieces[k + 1]


#: Evidence (nats) that a headline-like line's last word runs on into the text line after it.
WORD_INTO_TEXT = 4.0


def demote_in_context(flow: Flow) -> None:
    """A headline-like line that reads on from an unfinished sentence is a line of running text
    (narrow columns print lines without any punctuation); a scrap of one or two characters
    without marks after a headline line is the end of that headline (``…常委会会`` / ``议``)."""
    for p in flow.pieces:
        if p.kind == HEAD and p.meta.get("indent") and "pdf" not in p.meta:
            p.kind = TEXT  # indented by spaces: a paragraph's first line, which holds no marks
    seq = flow.pieces
    for k, (a, b) in enumerate(zip(seq, seq[1:])):
        if (b.kind in (HEAD, BYLINE, CREDIT, DASH) and a.kind == TEXT and not a.ends_sentence
                and not CUT_AT_END.search(a.text)):
            if _open_bracket(a.text) or is_body_start(a.text) or b.text[:1] in "（(":
                # the bracket goes on (``本报民乐讯（通`` / ``讯员吴玉红 吴平明）``), or the dateline
                # does (``本报兰州讯`` / ``（通讯员钱敏军）``)
                b.kind = TEXT
                continue
            if b.kind == HEAD and b.meta.get("short_phrase"):
                continue  # a headline's first phrase, narrower than the column it would go on
            if b.kind in (HEAD, DASH) and _heads_a_dateline(seq, k + 1):
                continue  # a report begins here; the sentence before goes on in another column
            if b.kind == HEAD and late_headline(seq, k + 1, run_end(seq, k + 1)):
                continue  # the headline of the report before, drawn after it
            if b.kind == HEAD and _whole_report_headline(b.text) and junction_gain(a.text, b.text) < WORD_CUT:
                continue  # (``玉门市政协召开…推进会``: no sentence runs on into a whole report headline)
            if b.kind == HEAD and _notice_from(seq, k + 1) and junction_gain(a.text, b.text) < WORD_CUT:
                continue  # (``关于征集2023年度政协`` / ``提案线索的公告``: a sentence names a notice in 《》)
            if b.kind == HEAD and _kicker_over_headline(seq, k + 1) and junction_gain(a.text, b.text) < WORD_CUT:
                continue  # (``助力乡村全面振兴`` over ``两当县政协组织…``: no sentence runs on into a kicker)
            b.kind = TEXT  # (a `——` a sentence carries to the next line, too)
        elif a.kind == HEAD and b.kind == TEXT and is_scrap(b.text):
            b.kind = HEAD
        elif (a.kind == HEAD and b.kind == TEXT and "pdf" not in a.meta and P.PROSE_PUNCT.search(b.text)
              and not is_body_start(b.text) and junction_gain(a.text, b.text) >= WORD_INTO_TEXT):
            a.kind = TEXT  # its last word ends on a line of running text (``…存在的不`` / ``足和问题，…``)


#: Fewest Chinese characters of a kicker after a line in mid-sentence (a shorter line there is
#: more likely the sentence's rest: ``凝聚奋进``).
KICKER_MIN_CJK = 6


def _kicker_over_headline(seq: list[Piece], k: int) -> bool:
    """Is the headline-like line `seq[k]` a kicker that states a theme (``助力…``, ``聚焦…``) over
    the line after it, a report's headline that names its own subject?"""
    if k + 1 >= len(seq) or seq[k + 1].kind != HEAD:
        return False
    kicker, title = seq[k].text, seq[k + 1].text
    return bool(P.THEME_VERB.match(kicker) and cjk_count(kicker) >= KICKER_MIN_CJK and OWN_SUBJECT.match(title)
                and is_theme_kicker(kicker, title))


#: Least Chinese characters of a report's whole headline on one line.
REPORT_HEADLINE_CJK = 10


def _notice_from(seq: list[Piece], k: int) -> bool:
    """Do the headline-like lines from `k` on open with a notice's whole headline?"""
    heads = [p.text for p in seq[k:run_end(seq, k)] if p.kind == HEAD]
    return any(notice_headline(heads[:m]) for m in range(1, len(heads) + 1))


def _whole_report_headline(text: str) -> bool:
    """A report's whole headline on one line: its own subject (``玉门市政协``), a complete ending
    (``…推进会``), no marks."""
    return (bool(OWN_SUBJECT.match(text) and COMPLETE_ENDING.search(text)) and cjk_count(text) >= REPORT_HEADLINE_CJK
            and not P.PROSE_PUNCT.search(text))


def _open_bracket(text: str) -> bool:
    """Does `text` leave a bracket open (its closing one is on the next line)?"""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


#: Headline lines at most this many in a row before a dateline.
HEADLINE_RUN = 4


def _heads_a_dateline(seq: list[Piece], k: int) -> bool:
    """Do the headline-like lines from `k` on end right before a dateline (``本报…讯``,
    ``新华社…电``, ``据…报道``) or a caption's date (``2月1日，``)? A dateline opens a report, so
    the lines above it are its headline (or, drawn after it, the headline of the report before)."""
    end = run_end(seq, k)
    if end == len(seq) and end > k and end - k <= 2 * HEADLINE_RUN:
        # the flow ends with them: a headline (or two) whose report the reading order put
        # elsewhere, when it opens with its own subject (``X县政协…``)
        return bool(OWN_SUBJECT.match(seq[k].text))
    j = min(end, k + HEADLINE_RUN)
    return j < len(seq) and j > k and (is_body_start(seq[j].text) or bool(P.CAPTION_START.match(seq[j].text)))


#: Least Chinese characters of a headline printed after its body.
LATE_HEAD_CHARS = 8
#: Least share of its character pairs such a headline finds in the report right before it.
LATE_HEAD_SHARE = 0.6


def late_headline(seq: list[Piece], i: int, j: int) -> bool:
    """Are the headline-like lines ``seq[i:j]`` (after the text of a report, before running text)
    the headline of the report right before them? Layout programs often draw a headline's frame
    after its columns, and extractors keep that order. A headline names its own subject or ends
    as a complete one, and most of its words come from the report's own lead; a section heading
    (小标题) does neither, and a line of text that merely looks like one runs into the next line
    by a word cut. After a line that stops in mid-sentence (the report goes on in a column drawn
    elsewhere), only a headline that opens with a place's body (``X县政协…``) and is no word's rest
    counts. A complete headline of that kind on one line much wider than the column around it is
    a headline wherever its report is (frames drawn in any order): content places it. So is any
    one line between finished paragraphs set wider than their column's full lines (a section
    heading is set in its column)."""
    run = seq[i:j]
    if any("pdf" in p.meta for p in run) or i == 0:
        return False  # PDF pages place their headlines by geometry
    prev = seq[i - 1]
    text = "".join(p.text for p in run if p.kind in (HEAD, DASH))
    if prev.kind != TEXT or cjk_count(text) < LATE_HEAD_CHARS or P.CLAUSE_PUNCT.search(text):
        return False
    nxt = seq[j] if j < len(seq) else None
    if len(run) == 1 and prev.ends_sentence and nxt is not None and nxt.kind == TEXT:
        # between paragraphs, wider than their column's full lines: no section heading (one is set
        # in its column)
        full = sorted(print_width(p.text.strip()) for p in seq[max(0, i - 6):i] + seq[j:j + 6]
                      if p.kind in (TEXT, HEAD) and not p.ends_sentence and cjk_count(p.text) >= 4)
        if len(full) >= COLUMN_LINES and print_width(text) >= full[(3 * len(full)) // 4] + OUTSIDE_COLUMN:
            return True
    if not (OWN_SUBJECT.match(text) or COMPLETE_ENDING.search(text)):
        return False
    if not prev.ends_sentence and (not P.HEADLINE_PLACE.match(text) or CUT_AT_END.search(prev.text)
                                   or junction_gain(prev.text, run[0].text) >= WORD_CUT):
        return False
    if P.FUNCTION_START.match(text):
        return False  # (``就全市政协系统…``: a sentence's middle, not a subject)
    if nxt is not None and nxt.kind == TEXT and is_scrap(nxt.text):
        text += nxt.text  # the headline's last scrap (``…关爱活`` / ``动``)
        nxt = seq[j + 1] if j + 1 < len(seq) else None
    elif nxt is not None and nxt.kind == TEXT and not COMPLETE_ENDING.search(text) \
            and junction_gain(run[-1].text, nxt.text) >= SURE_GAIN:
        return False  # a line of running text: its last word goes on in the next line
    if (len(run) == 1 and P.HEADLINE_PLACE.match(text) and COMPLETE_ENDING.search(text)
            and print_width(text) > max(print_width(prev.text), print_width(nxt.text) if nxt is not None and nxt.kind == TEXT else 0.0)
            + DETACHED_MARGIN):  # (a headline stacked under it is no column line)
        return True  # wider than the column around it: no line of it, a headline whose report is elsewhere
    start = i - 1
    while start > 0 and not (seq[start].kind == TEXT and is_body_start(seq[start].text)) \
            and seq[start - 1].kind in (TEXT, HEADING, MARKER):
        start -= 1
    report = cjk_bigrams("".join(p.text for p in seq[start:i]))
    grams = cjk_bigrams(text)
    return bool(grams) and len(grams & report) / len(grams) >= LATE_HEAD_SHARE


#: A complete headline this much wider (ems) than the column lines around it stands apart from
#: them, wherever its report is.
DETACHED_MARGIN = 3.0


#: A line this much wider (ems) than the full lines of the column around it is set outside it.
OUTSIDE_COLUMN = 2.0


#: A section heading is at most this share of its column's width.
HEADING_SHARE = 0.75
#: A line this much narrower than its column (ems) is the short last line of a paragraph, or
#: the first line of one indented by an offset.
SHORT_BY = 1.5


#: Least open lines without half-width characters near a line for them alone to tell its column's width.
MIN_FULL_WIDTH_LINES = 3


def _local_width(widths: list[float], opens: list[bool], k: int, reach: int = 6, exact: list[bool] | None = None
                 ) -> float:
    """Width of the column around line k: the median of the open lines near it — of those without
    half-width characters when there are enough (`exact`): a justified line is full however its
    marks are set, and a half-width comma's printed width is a guess."""
    span = range(max(0, k - reach), min(len(widths), k + reach + 1))
    near = [widths[i] for i in span if opens[i]]
    if exact is not None and near:
        sure = [widths[i] for i in span if opens[i] and exact[i]]
        if len(sure) >= MIN_FULL_WIDTH_LINES:
            return statistics.median(sure)
        return statistics.quantiles(near, n=4)[2] if len(near) >= 2 else near[0]
    return statistics.median(near) if near else max(widths[max(0, k - 1):k + 2])


def flow_paragraphs(pieces: list[Piece]) -> list[str]:
    """Join the printed lines of a body into paragraphs. With indents drawn as spaces, an indent
    opens a paragraph; without, a finished sentence on a visibly short line ends one, and so does
    a full one before an offset-indented line or a paragraph opener (``会议强调，``)."""
    texts = [p for p in pieces if p.kind in (TEXT, HEADING)]
    turns = {p.idx for p in interview_turns(texts)}
    spaced = any(p.meta.get("indent") for p in texts)
    widths = [print_width(p.text) for p in texts]
    opens = [p.kind == TEXT and not p.ends_sentence for p in texts]
    exact = [not HALF_WIDTH.search(p.text) for p in texts]
    for k, p in enumerate(texts):
        # A section heading is set narrower than its column and never indented; a line that is
        # indented or nearly full width is the first line of a paragraph that has no marks.
        if p.kind == HEADING and (p.meta.get("indent") or widths[k] > HEADING_SHARE * _local_width(widths, opens, k)):
            p.kind = TEXT
    paras: list[str] = []
    current = ""
    for k, p in enumerate(texts):
        if p.kind == HEADING:
            if current:
                paras.append(current)
            paras.append(p.text)
            current = ""
            continue
        if not current:
            current = p.text
            continue
        prev = texts[k - 1]
        if _opens_paragraph(texts, widths, opens, k, spaced, turns, exact) and prev.kind != HEADING:
            paras.append(current)
            current = p.text
        else:
            current += p.text
    if current:
        paras.append(current)
    return paras


def _opens_paragraph(texts: list[Piece], widths: list[float], opens: list[bool], k: int, spaced: bool,
                     turns: set[int], exact: list[bool]) -> bool:
    p, prev = texts[k], texts[k - 1]
    if p.meta.get("indent"):
        return True
    # A turn of an interview (a speaker who speaks more than once), a dateline or a marker
    # always opens a paragraph; a line that merely looks like ``X：`` does not.
    starts = p.idx in turns or (p.kind == TEXT and is_body_start(p.text)) or p.kind != TEXT
    if spaced or not prev.ends_sentence or starts:
        return starts
    width = _local_width(widths, opens, k, exact=exact)
    if widths[k - 1] <= width - SHORT_BY:
        return True
    if P.OPENER_SPEECH.match(p.text) or P.OPENER.match(p.text):
        return True
    nxt = widths[k + 1] if k + 1 < len(texts) else None
    return nxt is not None and widths[k] <= width - SHORT_BY and not p.ends_sentence


#: A text line this much wider than the page's widest column (share) holds two columns' lines.
SIDE_TEXT_WIDER = 1.4
#: Least Chinese characters of each column's part of such a line.
SIDE_TEXT_CHARS = 4
#: Most ems a part may print wider than the widest column.
SIDE_TEXT_SLACK = 1.5


def split_side_by_side_text(seq: list[Piece]) -> list[Piece]:
    """The lines of two columns printed on one baseline come out of an extractor as one text line
    when the gutter is narrow (poppler's reading order: ``…寒冬虽至, 等过冬物资的储备情况,…``):
    a line much wider than the page's widest column, with a space where both sides fit a
    column, is the two columns' lines, left then right (the reading order then takes the
    columns apart as it does rows read across them)."""
    widths = Counter(round(print_width(p.text)) for p in seq if p.kind == TEXT and cjk_count(p.text) >= 8)
    columns = [w for w, n in widths.items() if n >= 4]
    if not columns:
        return seq
    widest = max(columns)
    out: list[Piece] = []
    for p in seq:
        parts = _column_parts(p.text, widest) if p.kind in (TEXT, HEAD) and " " in p.text else None
        if parts is None:
            out.append(p)
            continue
        left, right = parts
        halves = [_head_part(p, left, first=True, indent=True, kind=TEXT), _head_part(p, right, first=False, kind=TEXT)]
        classify(halves)
        out += halves
    return out


def _column_parts(text: str, widest: float) -> tuple[str, str] | None:
    """The two columns' parts of a text line too wide for one column, split at the space whose
    parts both fit a column best; None when there is none such."""
    if print_width(text) <= SIDE_TEXT_WIDER * widest:
        return None
    best: tuple[float, str, str] | None = None
    for m in re.finditer(r"\s+", text):
        left, right = text[:m.start()].strip(), text[m.end():].strip()
        if cjk_count(left) < SIDE_TEXT_CHARS or cjk_count(right) < SIDE_TEXT_CHARS:
            continue
        wl, wr = print_width(left), print_width(right)
        if wl > widest + SIDE_TEXT_SLACK or wr > widest + SIDE_TEXT_SLACK:
            continue
        fit = abs(wl - widest) + abs(wr - widest)
        if best is None or fit < best[0]:
            best = (fit, left, right)
    return (best[1], best[2]) if best else None


def split_side_by_side_heads(seq: list[Piece]) -> list[Piece]:
    """Two headlines printed side by side on one baseline come out as one text line
    (``卓尼县政协召开常委会会议 亚洲首艘…启运珠江口盆地``, ``康县政协举行主席会议 岷县政协``):
    when the first half is a complete headline that opens with its own subject, or the last scrap
    of a headline wrapped above (``议 平凉市政协召开…会议``) before one that opens with a place's
    body, the halves are two pieces. (The halves of a two-part headline, ``知民情解民忧
    政协协商打开…新局面``, are no such pair.)"""
    out: list[Piece] = []
    pieces = _unstack_side_by_side([part for p in seq for part in _part_glued_kicker(_part_glued_heads(p))])
    for n, p in enumerate(pieces):
        # A line of running text beside the rest of the headline line above it
        # (``通渭县集中交办政协提案`` / ``标不放过、不见效不松 安排部署办理工作`` / ``手,切实…``): the
        # headline's rest goes with it, the text on with the text.
        if (p.kind in (HEAD, TEXT) and p.text.count(" ") == 1 and out and out[-1].kind == HEAD
                and not COMPLETE_ENDING.search(out[-1].text) and n + 1 < len(pieces)):
            left, right = p.text.split(" ")
            if (cjk_count(right) >= SHORT_HEAD_REST and not P.PROSE_PUNCT.search(right) and COMPLETE_ENDING.search(right)
                    and not COMPLETE_ENDING.search(left)
                    and junction_gain(left, pieces[n + 1].text) >= WORD_CUT > junction_gain(out[-1].text, left)):
                out += [_head_part(p, right, first=True), _head_part(p, left, first=False, kind=TEXT)]
                continue
        # A headline's last line beside the first line of a report, dateline first
        # (``为营商环境优化建言献策 本报甘州讯（通讯员蔡斌）6月7日至9日，``): the two columns.
        # Or glued to it without a space (``…专题议政性常委会议中新网兰州6月9日电``): where a complete
        # headline's end meets a dateline.
        if p.kind in (HEAD, TEXT) and (cut := _dateline_beside(p.text)) is not None:
            head, text = cut
            out += [_head_part(p, head, first=True, indent=True), _head_part(p, text, first=False, kind=TEXT)]
            continue
        # The rest of a headline wrapped above, which it completes (``平凉市政协召开十届`` /
        # ``十一次常委会会议``), beside the first line of another headline (``让协商成果更好``, or a
        # phrase ending on its mark: ``委员走进田间地头，``).
        above = out[-1] if out and out[-1].kind == HEAD else None
        if (p.kind in (HEAD, TEXT) and p.text.count(" ") == 1 and above is not None and OWN_SUBJECT.match(above.text)
                and not COMPLETE_ENDING.search(above.text)):
            left, right = p.text.split(" ")
            if (COMPLETE_ENDING.search(left) and not P.PROSE_PUNCT.search(left) and cjk_count(left) >= SIDE_HEAD_CHARS
                    and not P.PROSE_PUNCT.search(PHRASE_END.sub("", right)) and cjk_count(right) >= SIDE_HEAD_CHARS):
                out += [_head_part(p, left, first=True, indent=True), _head_part(p, right, first=False)]
                continue
        # (too wide for one headline, the line may have been read as text; it has no marks)
        halves = p.text.split(" ", 1) if p.kind in (HEAD, TEXT) and not P.PROSE_PUNCT.search(p.text) else []
        if len(halves) == 2 and (
                # a complete headline, then the first line of the one beside it
                (OWN_SUBJECT.match(halves[0]) and COMPLETE_ENDING.search(halves[0])
                 and (cjk_count(halves[1]) >= SIDE_HEAD_CHARS or OWN_SUBJECT.match(halves[1].strip())))
                # a complete headline (whatever its subject), then a complete one with its own
                # (perhaps wrapped: ``…座谈会 静宁县政协召开党组理论学习中心`` / ``组（扩大）会议``)
                or (COMPLETE_ENDING.search(halves[0]) and cjk_count(halves[0]) >= SIDE_HEAD_CHARS
                    and OWN_SUBJECT.match(halves[1].strip()) and cjk_count(halves[1]) >= SIDE_HEAD_CHARS)
                # a complete headline, then the organisation that opens the one beside it
                # (``学习中心组(扩大)会议 城关区政协`` / ``举行党组（扩大）会议``)
                or (COMPLETE_ENDING.search(halves[0]) and cjk_count(halves[0]) >= SIDE_HEAD_CHARS
                    and P.ORG_KICKER.match(halves[1].strip()) and not P.ORG_KICKER.match(halves[0]))
                # the last scrap of a headline wrapped above (``…会`` / ``议``), then a headline beside it
                or (cjk_count(halves[0]) <= SCRAP_CHARS and bool(P.HEADLINE_PLACE.match(halves[1].strip()))
                    and cjk_count(halves[1]) >= SIDE_HEAD_CHARS)):
            out += [_head_part(p, halves[0], first=True, indent=True), _head_part(p, halves[1].strip(), first=False)]
        else:
            out.append(p)
    return out


def _may_hold_two_heads(p: Piece) -> bool:
    """Can the headline line `p` be two headline lines glued without a space: no space, no
    sentence marks, long enough for two?"""
    return p.kind == HEAD and " " not in p.text and not P.PROSE_PUNCT.search(p.text) and cjk_count(p.text) >= 2 * SIDE_HEAD_CHARS


def _part_glued_heads(p: Piece) -> Piece:
    """Two headline lines side by side that an extractor glued without a space (pypdf:
    ``生态环境保护民主监督全国政协召开``): where a complete headline's end meets a headline that
    opens with a place's body (``X县政协…``, or the national committee), a space parts them (the
    side-by-side rules take it from there). A body without its place (``…召开县政协十四届``) is
    running text's."""
    text = p.text
    if not _may_hold_two_heads(p):
        return p
    cuts = []
    for k in range(SIDE_HEAD_CHARS, len(text) - SHORT_HEAD_REST + 1):
        rest = text[k:]
        place = P.HEADLINE_PLACE.match(rest)
        if (COMPLETE_ENDING.search(text[:k]) and cjk_count(rest) > SHORT_HEAD_REST and not P.ORG_KICKER.match(rest)
                and ((place and not rest.startswith("全")) or rest.startswith("全国政协"))):
            cuts.append((len(place["place"]) if place else 0, k))
    if cuts:  # (the cut that leaves the shortest place: ``…会议闭幕`` | ``临洮县政协…``, not ``…会`` | ``议闭幕临洮县…``)
        k = min(cuts)[1]
        p.text = text[:k] + " " + text[k:]
    return p


#: A headline ending on its verb (``…会议召开``): the words after it in one line may be its object.
EVENT_VERB_END = re.compile(r"(?:召开|举行|开幕|闭幕|启动|发布|成立|揭牌|推进|部署)$")


def _dateline_beside(line: str) -> tuple[str, str] | None:
    """The headline line and the report's first line, dateline first, that one text line holds
    side by side (``为营商环境优化建言献策 本报甘州讯（…）``, a full-width space between them too) or
    glued (``…常委会议中新网兰州6月9日电``, after a complete headline), or None."""
    parts = line.strip().split(None, 1)
    if len(parts) == 2:
        head, text = parts
        # (``中新网兰州 6月 9日电``: spaces around figures do not hide a dateline)
        if (cjk_count(head) >= SIDE_HEAD_CHARS and not P.PROSE_PUNCT.search(head) and not is_body_start(head)
                and is_body_start(re.sub(r"\s+", "", text))):
            return head, text.strip()
    for k in range(SIDE_HEAD_CHARS, len(line) - SHORT_HEAD_REST):
        head = line[:k]
        rest = re.sub(r"\s+", "", line[k:])
        if (COMPLETE_ENDING.search(head) and not P.PROSE_PUNCT.search(head)
                and (P.AGENCY_DATELINE.match(rest) or P.DATELINE.match(rest)) and is_body_start(rest)):
            return head, line[k:]
    return None


def _part_glued_kicker(p: Piece) -> list[Piece]:
    """A headline's last line glued to the kicker of the headline set beside it (pypdf:
    ``创建工作座谈会助力乡村全面振兴``): where a complete headline's end meets a theme
    (``助力…``, ``聚焦…``), the line is two, the kicker after the line it was printed beside."""
    text = p.text
    if not _may_hold_two_heads(p):
        return [p]
    for k in range(SIDE_HEAD_CHARS, len(text) - SHORT_HEAD_REST + 1):
        rest = text[k:]
        if (COMPLETE_ENDING.search(text[:k]) and not EVENT_VERB_END.search(text[:k]) and cjk_count(rest) > SHORT_HEAD_REST
                and P.THEME_VERB.match(rest) and cjk_count(rest) == len(rest) and not COMPLETE_ENDING.search(rest)):
            return [_head_part(p, text[:k], True, indent=True), _head_part(p, rest, False)]
    return [p]


def _head_part(p: Piece, text: str, first: bool, indent: bool = False, kind: str = HEAD) -> Piece:
    """A piece cut from the text line `p` (a headline piece unless `kind` says otherwise): the
    first part keeps the line's gap, and its indent when `indent`."""
    part = Piece(idx=p.idx, line=p.line, text=text, gap=p.gap if first else 0, kind=kind)
    part.meta = dict(p.meta) if indent else {**p.meta, "indent": False}
    return part


def _halves(p: Piece) -> tuple[str, str] | None:
    if p.kind not in (HEAD, TEXT) or P.PROSE_PUNCT.search(p.text) or p.text.count(" ") != 1:
        return None
    a, b = p.text.split(" ")
    return (a, b) if cjk_count(a) >= 1 and cjk_count(b) >= 1 else None


def _unstack_side_by_side(seq: list[Piece]) -> list[Piece]:
    """Two headlines of two lines or more set side by side come out line by line, each text line
    holding a line of both (``民勤县政协委员积极建 山丹县政协召开政协协`` / ``言基层医疗卫生服务
    商向基层…``), or all on one text line: when both halves open with their own subject and each
    half runs into the half under it by a word cut, the left halves are one headline and the
    right halves another."""
    out: list[Piece] = []
    k = 0
    while k < len(seq):
        parts = seq[k].text.split(" ") if seq[k].kind in (HEAD, TEXT) and not P.PROSE_PUNCT.search(seq[k].text) else []
        if (len(parts) >= 4 and len(parts) % 2 == 0 and all(cjk_count(x) >= 1 for x in parts)
                and OWN_SUBJECT.match(parts[0]) and OWN_SUBJECT.match(parts[1])
                and any(junction_gain(x, y) >= WORD_CUT for x, y in zip(parts, parts[2:]))):
            # (all on one text line: ``A1 B1 A2 B2``)
            out += [_head_part(seq[k], text, first=side == 0) for side in (0, 1) for text in parts[side::2]]
            k += 1
            continue
        if (len(parts) == 3 and all(cjk_count(x) >= SCRAP_CHARS for x in parts) and seq[k].kind == HEAD
                and not COMPLETE_ENDING.search(parts[0]) and not P.NOTICE_TITLE.search(parts[0])
                and (COMPLETE_ENDING.search(parts[2]) or P.NOTICE_TITLE.search(parts[2]))
                and not COMPLETE_ENDING.search(parts[0] + parts[1]) and cjk_count(parts[1]) >= SIDE_HEAD_CHARS):
            # (a headline's two lines with the first line of the one beside it between them:
            # ``关于征集2023年度 协商画好『同心圆』 政协提案线索的公告``)
            out += [_head_part(seq[k], parts[0] + parts[2], first=True, indent=True), _head_part(seq[k], parts[1], first=False)]
            k += 1
            continue
        first = _halves(seq[k])
        j = k + 1
        while j < len(seq) and _halves(seq[j]) is not None:
            j += 1
        if (first is not None and j - k >= 2 and OWN_SUBJECT.match(first[0]) and OWN_SUBJECT.match(first[1])):
            rows = [_halves(p) for p in seq[k:j]]
            cut = any(junction_gain(x[0], y[0]) >= WORD_CUT or junction_gain(x[1], y[1]) >= WORD_CUT
                      for x, y in zip(rows, rows[1:]))
            if cut:
                out += [_head_part(p, row[side], first=side == 0)  # type: ignore[index]
                        for side in (0, 1) for p, row in zip(seq[k:j], rows)]
                k = j
                continue
        out.append(seq[k])
        k += 1
    return out


#: Least Chinese characters of the second of two headlines printed on one line.
SIDE_HEAD_CHARS = 6
#: Least Chinese characters of a headline line's rest printed beside a line of text.
SHORT_HEAD_REST = 4


def reading_order(text: str, vertical: frozenset[str] = frozenset()
                  ) -> tuple[list[Piece], Publication, list[str], list[Line], dict[int, int]]:
    """The pieces of a page extracted one printed line per text line, its publication and
    furniture, and the successor of each printed line (positions in the lines returned)."""
    seq, publication, furniture = page_pieces(text, vertical)
    seq = paragraph_pages.split_glued_credits(seq, glued_heads=page_reads_in_order(lines_of(seq)))
    seq = split_side_by_side_heads(split_side_by_side_text(seq))
    furniture += paragraph_pages.undouble_heads(seq)
    lines = lines_of(seq)
    succ = chain_lines(lines)  # (the order the text alone gives; boxes, where trusted, are fixed links)
    if links := box_links(seq, lines, succ):
        lines = lines_of(seq)
        succ = chain_lines(lines, links)
    return seq, publication, furniture, lines, succ


def segment_printed(text: str, vertical: frozenset[str] = frozenset()) -> PageResult:
    """Articles of a page extracted as text, one printed line per text line (`vertical`: the
    lines that were headlines set vertically)."""
    seq, publication, furniture, lines, succ = reading_order(text, vertical)
    return articles_of(flows_of(seq, lines, succ), seq, publication, furniture)


#: Least blank-line gaps for a page's text to be read as boxes of lines.
MIN_BOXES = 5
#: Most share of a page's lines linked inside boxes for the page to count as one box per line.
LONE_LINES_SHARE = 0.1
#: Least share of a page's box links that the text alone agrees with for its boxes to be trusted.
BOX_AGREEMENT = 0.9


def box_links(seq: list[Piece], lines: list[Line] | None = None, free: dict[int, int] | None = None) -> dict[int, int]:
    """Extractors that group a column's lines into boxes (pdfminer) print a blank line after each
    box: inside a box, each line is followed by the next (the lines of a two-line headline too).
    Others print blank lines inside interleaved rows (poppler's reading order, at times): the
    boxes are trusted only when the text alone links most of their lines the same way (`free`:
    that order, when the caller has it, on `lines`)."""
    if sum(1 for p in seq if p.gap) < MIN_BOXES:
        return {}
    links = {k: k + 1 for k, (a, b) in enumerate(zip(seq, seq[1:])) if b.gap == 0 and 0 <= b.line - a.line <= 1}
    if not links:
        return {}
    if lines is None or free is None:
        lines = lines_of(seq)
        free = chain_lines(lines)
    agree = sum(1 for i, j in links.items() if free.get(i) == j) / len(links)
    if agree >= BOX_AGREEMENT:
        return links
    if len(links) > LONE_LINES_SHARE * len(seq):
        return {}
    # Most lines are boxes of their own: the boxes of several lines are headlines set larger
    # (their leading is tighter than the extractor's margin), each one headline.
    return {i: j for i, j in links.items() if lines[i].heading_like and (lines[j].heading_like or is_scrap(lines[j].text))}


#: A page number printed bare (a folio).
FOLIO = re.compile(r"^\d{1,3}$")


def _mark_folios(pieces: list[Piece]) -> None:
    """A bare number above or below every line of its page but the masthead and the running
    header is the page's number, no article's line (it would open the headline under it:
    ``3让“小网格”激发…``)."""
    pages: dict[int, list[Piece]] = {}
    for p in pieces:
        pages.setdefault(p.meta["pdf"].page, []).append(p)
    for on_page in pages.values():
        words = [p.meta["pdf"] for p in on_page if not FOLIO.match(p.text) and p.kind != FURNITURE
                 and not is_page_header(p.text, print_width(p.text))]
        if not words:
            continue
        top, bottom = min(ln.top for ln in words), max(ln.bottom for ln in words)
        for p in on_page:
            ln = p.meta["pdf"]
            if FOLIO.match(p.text) and (ln.bottom <= top or ln.top >= bottom):
                p.kind = FURNITURE


def pdf_pieces(lines: list[PdfLine]) -> tuple[list[Piece], Publication, list[str], dict[int, int], Geometry]:
    """Pieces of a PDF page with their kinds from text and geometry (headlines are set larger;
    a line as wide as its column is running text, marks or not), the links inside blocks, and
    the geometric evidence between blocks."""
    pieces = []
    for i, ln in enumerate(lines):
        p = Piece(idx=i, line=i, text=ln.text.strip(), gap=1 if i and lines[i - 1].block != ln.block else 0)
        p.meta.update(indent=bool(ln.meta.get("indent")), pdf=ln)
        if ln.meta.get("vertical"):
            p.meta["vertical"] = True
        pieces.append(p)
    classify(pieces)
    # The masthead is read in the order the page prints it: from the top down.
    top_down = sorted(pieces, key=lambda p: (p.meta["pdf"].page, round(p.meta["pdf"].top), p.meta["pdf"].x0))
    first_page = [p for p in top_down if p.meta["pdf"].page == 0]
    publication = read_masthead(first_page)
    if publication.name is None and any(p.kind == FURNITURE for p in first_page[:MASTHEAD_WINDOW]):
        biggest = max(first_page[:MASTHEAD_WINDOW], key=lambda p: p.meta["pdf"].size)
        if P.PAPER_NAME.match(biggest.text):
            publication.name, biggest.kind = biggest.text, FURNITURE
    _mark_folios(pieces)
    block_width: dict[int, float] = {}
    for ln in lines:
        block_width[ln.block] = max(block_width.get(ln.block, 0.0), ln.x1) - 0.0
    block_left = {}
    for ln in lines:
        block_left[ln.block] = min(block_left.get(ln.block, ln.x0), ln.x0)
    fonts: dict[int, Counter[str]] = {}
    for p in pieces:
        if p.kind == TEXT:
            fonts.setdefault(p.meta["pdf"].block, Counter())[p.meta["pdf"].font] += 1
    main_font = {b: c.most_common(1)[0][0] for b, c in fonts.items()}
    sizes: dict[int, Counter[float]] = {}
    for p in pieces:
        if p.kind == TEXT:
            sizes.setdefault(p.meta["pdf"].block, Counter())[p.meta["pdf"].size] += 1
    main_size = {b: c.most_common(1)[0][0] for b, c in sizes.items()}
    for k, p in enumerate(pieces):
        ln: PdfLine = p.meta["pdf"]  # type: ignore[assignment]
        ratio = float(ln.meta.get("size_ratio", 1.0))
        if p.kind == FURNITURE:
            continue
        before = pieces[k - 1] if k else None
        if (p.kind == DASH and abs(ratio - 1) <= 0.1 and before is not None and before.kind == TEXT
                and before.meta["pdf"].block == ln.block and not before.ends_sentence):
            p.kind = TEXT  # a dash a sentence carries over to the next printed line, not a subtitle
            continue
        if is_page_header(p.text, print_width(p.text)):
            p.kind = FURNITURE
        elif ratio >= HEADLINE_RATIO and p.kind in (TEXT, HEAD):
            p.kind = HEAD
        elif p.kind == HEAD and abs(ratio - 1) <= 0.1:
            full = block_width[ln.block] - block_left[ln.block]
            # A line of running text (or a paragraph's first) that holds no marks: full width or
            # indented, in the font of the text around it (headings and brief titles are set in
            # another, bolder one).
            if ((ln.width >= 0.9 * full or ln.meta.get("indent")) and ln.font == main_font.get(ln.block)
                    and ln.size <= main_size.get(ln.block, ln.size) * BRIEF_TITLE_RATIO
                    and sum(1 for x in lines if x.block == ln.block) >= 3):
                p.kind = TEXT
    _headline_blocks(pieces)
    furniture = [p.text for p in pieces if p.kind == FURNITURE]
    seq = []
    for p in (p for p in pieces if p.kind != FURNITURE):
        parts = paragraph_pages.split_glued_credits([p])
        for part in parts:
            part.meta = {**p.meta, **part.meta} if part is not p else p.meta
        seq += parts
    pos = {id(p): k for k, p in enumerate(seq)}
    fixed = {}
    for a, b in zip(seq, seq[1:]):
        la, lb = a.meta["pdf"], b.meta["pdf"]
        if la.block == lb.block and a.kind not in (HEAD, DASH, BYLINE) and b.kind not in (HEAD, DASH, BYLINE):
            fixed[pos[id(a)]] = pos[id(b)]

    def geometry(i: int, j: int) -> float:
        a: PdfLine = seq[i].meta["pdf"]  # type: ignore[assignment]
        b: PdfLine = seq[j].meta["pdf"]  # type: ignore[assignment]
        if a.page != b.page or a.block == b.block:
            return 0.0
        size = max(a.size, 1.0)
        if 0 <= b.x0 - a.x1 <= 3 * size and b.top < a.bottom:
            return 2.0  # the top of the next column to the right
        if abs(b.x0 - a.x0) <= size and 0 <= b.top - a.bottom <= 3 * size:
            return 1.0  # straight below, in the same column
        return -1.0

    return seq, publication, furniture, fixed, geometry


#: A block set at least this much larger than the page's text, in one size, may be a headline
#: (a small one: a headline in a narrow column is scaled down to fit).
SMALL_HEAD_RATIO = 1.05
#: A block of at most this many lines, all centred, set larger than the text, is a headline.
CENTRED_HEAD_LINES = 4


def _headline_blocks(pieces: list[Piece]) -> None:
    """Lines of a headline that its text alone did not show (a comma or a digit in it): a
    block set in one size larger than the text is a headline when one of its lines is, or when
    its few lines are centred on one axis and none ends a sentence."""
    blocks: dict[int, list[Piece]] = {}
    for p in pieces:
        blocks.setdefault(p.meta["pdf"].block, []).append(p)
    for group in blocks.values():
        pdf: list[PdfLine] = [p.meta["pdf"] for p in group]
        ratio = min(float(ln.meta.get("size_ratio", 1.0)) for ln in pdf)
        if (ratio < SMALL_HEAD_RATIO or any(p.kind == FURNITURE for p in group)
                or not all(same_size(ln.size, pdf[0].size) and ln.font == pdf[0].font for ln in pdf)):
            continue
        text = [p for p in group if p.kind == TEXT]
        if not text or len(group) > CENTRED_HEAD_LINES:
            continue
        size = pdf[0].size
        centres = [(ln.x0 + ln.x1) / 2 for ln in pdf]
        centred = len(group) >= 2 and max(centres) - min(centres) <= 0.5 * size and \
            max(ln.width for ln in pdf) - min(ln.width for ln in pdf) >= size
        if not (any(p.kind == HEAD for p in group) or centred):
            continue
        if any(p.text.rstrip().endswith(("。", "；", ";")) for p in group):
            continue
        for p in text:
            p.kind = HEAD


def segment_pdf(lines: list[PdfLine]) -> PageResult:
    """Articles of a PDF newspaper page (lines from clipper.text.pdfpage): each headline owns the
    column text printed under it (the nearest headline above whose width covers the column), in
    column order; the flows then go through the same stages as text pages."""
    seq, publication, furniture, _, _ = pdf_pieces(lines)
    furniture += paragraph_pages.undouble_heads(seq)
    return articles_of(module_flows(seq), seq, publication, furniture, by_geometry=True)


#: Share of a column block's width its headline must cover: a headline above that reaches over
#: less is a neighbour's.
OWN_SHARE = 0.5
#: Most space (share of its size) between a caption and the photo credit under it.
CREDIT_GAP = 1.5
#: A line set this much larger than the text of its block (a brief's title in a box of briefs,
#: where the page has one font for all) stands apart from it.
BRIEF_TITLE_RATIO = 1.03


def _box(pieces: list[Piece]) -> tuple[float, float, float, float]:
    pdf = [p.meta["pdf"] for p in pieces]
    return (min(x.x0 for x in pdf), min(x.top for x in pdf), max(x.x1 for x in pdf), max(x.bottom for x in pdf))


def module_flows(seq: list[Piece]) -> list[Flow]:
    """Flows of a PDF page from its geometry: headline groups (lines set larger, with the lines
    stacked right above and below them outside the column text: kicker, subtitle, byline), and
    for each the blocks of text under it, column after column."""
    by_block: dict[tuple[int, int], list[Piece]] = {}
    for p in seq:
        ln: PdfLine = p.meta["pdf"]  # type: ignore[assignment]
        by_block.setdefault((ln.page, ln.block), []).append(p)
    blocks = list(by_block.values())

    def is_head(block: list[Piece]) -> bool:
        return any(p.kind in (HEAD, DASH) and float(p.meta["pdf"].meta.get("size_ratio", 1)) >= HEADLINE_RATIO
                   for p in block) or all(
            p.kind == HEAD and float(p.meta["pdf"].meta.get("size_ratio", 1)) >= SMALL_HEAD_RATIO for p in block)

    # Split column blocks at bold-looking headline lines followed by a body start (briefs in a box).
    split: list[list[Piece]] = []
    for block in blocks:
        fonts = Counter(p.meta["pdf"].font for p in block if p.kind == TEXT)
        main = fonts.most_common(1)[0][0] if fonts else None
        sizes = Counter(p.meta["pdf"].size for p in block if p.kind == TEXT)
        main_size = sizes.most_common(1)[0][0] if sizes else 0.0
        current: list[Piece] = []
        for k, p in enumerate(block):
            nxt = block[k + 1] if k + 1 < len(block) else None
            # a line in another font than the block's text right before a body start: a brief's
            # title (its last line may be a short rest, ``议``, read as text)
            wrapped_rest = (p.kind == TEXT and not p.ends_sentence and bool(current) and current[-1].kind == HEAD
                            and current[-1].meta["pdf"].font == p.meta["pdf"].font
                            and same_size(current[-1].meta["pdf"].size, p.meta["pdf"].size))
            set_apart = main is not None and (p.meta["pdf"].font != main or p.meta["pdf"].size > main_size * BRIEF_TITLE_RATIO)
            starts_item = ((p.kind == HEAD or wrapped_rest) and set_apart
                           and nxt is not None and next_starts_body(nxt))
            if starts_item:
                # the brief's title may be printed over two lines or more: the lines right above
                # it in its font are part of it
                title = [p]
                while (current and current[-1].kind == HEAD and current[-1].meta["pdf"].font == p.meta["pdf"].font
                       and same_size(current[-1].meta["pdf"].size, p.meta["pdf"].size)):
                    title.insert(0, current.pop())
                if current:
                    split.append(current)
                split.append(title)
                for x in title:
                    x.meta["brief_title"] = True
                    x.kind = HEAD
                current = []
                continue
            current.append(p)
        if current:
            split.append(current)
    heads = _stack_head_blocks([b for b in split if is_head(b) or any(p.meta.get("brief_title") for p in b)])
    texts = [b for b in split if not (is_head(b) or any(p.meta.get("brief_title") for p in b))]
    # Lines stacked right against a headline, outside the column text, are part of its group.
    groups: list[list[Piece]] = [g for h in heads for g in _under_vertical(list(h))]
    groups, spans = _vertical_spans(groups, texts)
    loose = [b for b in texts if len(b) <= 2 and all(p.kind in (HEAD, DASH, BYLINE, TEXT) for p in b)]
    changed = True
    while changed:
        changed = False
        for b in list(loose):
            if any((p.kind != DASH and next_starts_body(p)) or P.DATELINE.match(p.text) for p in b):
                continue
            bx0, btop, bx1, bbottom = _box(b)
            near: list[tuple[float, int]] = []
            for i, g in enumerate(groups):
                gx0, gtop, gx1, gbottom = spans.get(i) or _box(g)
                size = max(p.meta["pdf"].size for p in g)
                inside = bx0 >= gx0 - size and bx1 <= gx1 + size
                gap = max(0.0, btop - gbottom, gtop - bbottom)  # 0: between lines of the group
                if inside and 0 <= gap <= 1.2 * size and g[0].meta["pdf"].page == b[0].meta["pdf"].page:
                    near.append((gap, i))
            if near:  # the nearest: a kicker between a section label and its title goes with the title
                g = groups[min(near)[1]]
                g.extend(b)
                g.sort(key=lambda p: (p.meta["pdf"].top, p.meta["pdf"].x0))
                loose.remove(b)
                texts.remove(b)
                changed = True
    # (a photo credit set apart under its caption goes where the caption goes: see below)
    credits = [(b, above) for b in texts if all(p.kind == CREDIT for p in b)
               if (above := _caption_above(b, texts + groups)) is not None]
    owned: dict[int, list[list[Piece]]] = {i: [] for i in range(len(groups))}
    orphans: list[list[Piece]] = []
    partial: dict[int, int] = {}  # orphan block -> the headline right above that covers it in part
    for b in texts:
        if any(b is c for c, _ in credits):
            continue
        bx0, btop, bx1, _ = _box(b)
        # The nearest headline above that reaches over the block fences off every headline
        # higher up: it owns the block when it covers most of it; otherwise the block is an
        # orphan (a module wider than its centred headline, or a neighbour's column).
        best, best_bottom, cover = None, -1.0, 0.0
        for i, g in enumerate(groups):
            gx0, _, gx1, gbottom = spans.get(i) or _box(g)
            overlap = min(bx1, gx1) - max(bx0, gx0)
            if gbottom <= btop + 2 and overlap > 0 and gbottom > best_bottom \
                    and g[0].meta["pdf"].page == b[0].meta["pdf"].page:
                best, best_bottom, cover = i, gbottom, overlap / max(bx1 - bx0, 1.0)
        if best is not None and cover < OWN_SHARE:
            partial[id(b)] = best
            best = None
        (owned[best] if best is not None else orphans).append(b)
    # A centred headline is narrower than its module: a column beside the module's columns, at
    # the same top and under no headline of its own, belongs to it too.
    changed = True
    while changed and orphans:
        changed = False
        for b in list(orphans):
            if id(b) in partial and all(p.kind == BYLINE for p in b):
                continue  # (a byline is no column: it goes with the headline it stands under)
            bx0, btop, bx1, _ = _box(b)
            size = b[0].meta["pdf"].size
            for i, blocks_of in owned.items():
                near = [c for c in blocks_of if abs(_box(c)[1] - btop) <= 2 * size and c[0].meta["pdf"].page == b[0].meta["pdf"].page
                        and (0 <= bx0 - _box(c)[2] <= 3 * size or 0 <= _box(c)[0] - bx1 <= 3 * size)]
                if near:
                    blocks_of.append(b)
                    orphans.remove(b)
                    changed = True
                    break
    for b in list(orphans):  # beside no module: the headline that covers it in part
        if id(b) in partial:
            owned[partial[id(b)]].append(b)
            orphans.remove(b)
    # A block stacked right under another, within a line's space and no headline between (a
    # caption's short last line under its first), goes where that block goes.
    where: dict[int, list[list[Piece]]] = {id(b): blocks_of for blocks_of in [*owned.values(), orphans] for b in blocks_of}
    head_bottom = {id(blocks_of): (spans.get(i) or _box(groups[i]))[3] for i, blocks_of in owned.items()}
    for b in sorted(texts, key=lambda x: _box(x)[1]):
        if id(b) not in where:
            continue
        bx0, btop, bx1, _ = _box(b)
        size = b[0].meta["pdf"].size
        above = [c for c in texts if c is not b and id(c) in where and c[0].meta["pdf"].page == b[0].meta["pdf"].page
                 and 0 <= btop - _box(c)[3] <= size and min(bx1, _box(c)[2]) - max(bx0, _box(c)[0]) >= OWN_SHARE * (bx1 - bx0)]
        if (len(above) != 1 or where[id(above[0])] is where[id(b)]
                or head_bottom.get(id(where[id(b)]), -1.0) > _box(above[0])[3]):
            continue
        where[id(b)].remove(b)
        where[id(b)] = where[id(above[0])]
        where[id(b)].append(b)
    # A photo credit set apart under its caption (flush right, beyond the reach of the item's
    # centred headline) goes with the block it stands under, or the headline group holding it.
    for b, above in credits:
        heads = [i for i, g in enumerate(groups) if g is above]
        home = owned[heads[0]] if heads else next(
            (blocks_of for blocks_of in [*owned.values(), orphans] if any(c is above for c in blocks_of)), orphans)
        home.insert(next((k + 1 for k, c in enumerate(home) if c is above), len(home)), b)
    for i, g in enumerate(groups):
        for p in g:
            p.meta["head_group"] = (g[0].meta["pdf"].page, i)  # one headline block, whatever its lines' blocks
    flows: list[tuple[tuple[int, float, float], Flow]] = []
    for i, g in enumerate(groups):
        body = sorted(owned[i], key=lambda b: (round(_box(b)[0]), _box(b)[1]))
        # (a byline set above all the module's columns, centred over them, reads before the first)
        top = [b for b in body if b[0].kind == BYLINE
               and all(p.kind == BYLINE or cjk_count(p.text) <= NAME_REST for p in b[1:])  # (a name's wrapped rest)
               and all(_box(b)[3] <= _box(c)[1] + 1 for c in body if c is not b)]
        body = top + [b for b in body if not any(b is t for t in top)]
        pieces = list(g) + [p for b in body for p in b]
        ln = g[0].meta["pdf"]
        flows.append(((ln.page, ln.top, ln.x0), Flow(pieces)))
    for b in orphans:
        ln = b[0].meta["pdf"]
        flows.append(((ln.page, ln.top, ln.x0), Flow(list(b))))
    return [f for _, f in sorted(flows, key=lambda t: t[0])]


def _stack_head_blocks(heads: list[list[Piece]]) -> list[list[Piece]]:
    """Headline blocks that are one headline's lines: set in one size and font, stacked one
    right under the other (a line's space apart at most), overlapping across (a headline line
    as wide as a column was cut into a block of its own: ``省政协召开“…发展”`` / ``专题议政性常委会议``)."""
    def stacked(upper: list[Piece], lower: list[Piece]) -> bool:
        a, b = upper[-1].meta["pdf"], lower[0].meta["pdf"]
        return (a.page == b.page and a.font == b.font and same_size(a.size, b.size) and not a.meta.get("vertical")
                and not b.meta.get("vertical") and 0 <= b.top - a.bottom <= STACK_GAP * a.size
                and min(a.x1, b.x1) - max(a.x0, b.x0) > 0 and all(p.kind == HEAD for p in upper + lower))

    out: list[list[Piece]] = []
    for block in heads:  # (in their order: it places the flows)
        for k, other in enumerate(out):
            if stacked(other, block):
                out[k] = other + block
                break
            if stacked(block, other):
                out[k] = block + other
                break
        else:
            out.append(list(block))
    return out


#: Most space (share of the size) between two blocks of one headline's lines.
STACK_GAP = 0.6


def _under_vertical(group: list[Piece]) -> list[list[Piece]]:
    """A headline block holding a headline set vertically, and lines under the vertical's foot:
    those lines are another headline (set under it, over their own text), a group of their own."""
    v = next((p.meta["pdf"] for p in group if p.meta["pdf"].meta.get("vertical")), None)
    if v is None:
        return [group]
    under = [p for p in group if p.meta["pdf"].top >= v.bottom]
    rest = [p for p in group if not any(p is u for u in under)]
    return [rest, under] if under else [group]


def _caption_above(credit: list[Piece], blocks: list[list[Piece]]) -> list[Piece] | None:
    """The block a photo credit stands right under (its caption: the credit within its width,
    CREDIT_GAP sizes under it at most), if any. A caption's short last line may be a block of its
    own: its width is then the caption's, the block right over it (``…治理工程建`` / ``设进展情况。``
    / ``通讯员 黄刚 摄`` flush right)."""
    bx0, btop, bx1, _ = _box(credit)
    size = credit[0].meta["pdf"].size
    page = credit[0].meta["pdf"].page

    def right_edge(c: list[Piece]) -> float:
        cx0, ctop, cx1, _ = _box(c)
        over = [_box(o)[2] for o in blocks if o is not c and o is not credit and o[0].meta["pdf"].page == page
                and 0 <= ctop - _box(o)[3] <= size and _box(o)[0] <= cx1 and cx0 <= _box(o)[2]]
        return max([cx1, *over])

    near = [(btop - _box(c)[3], k) for k, c in enumerate(blocks) if c is not credit and c[0].meta["pdf"].page == page
            and _box(c)[0] - size <= bx0 and 0 <= btop - _box(c)[3] <= CREDIT_GAP * size and bx1 <= right_edge(c) + size]
    return blocks[min(near)[1]] if near else None


def _vertical_spans(groups: list[list[Piece]], texts: list[list[Piece]]
                    ) -> tuple[list[list[Piece]], dict[int, tuple[float, float, float, float]]]:
    """A headline set vertically stands beside its columns, not above them: for ownership it
    spans its module from its top (the columns side by side with it, whose tops it reaches, and
    the next columns at their height). The headline lines printed over those columns and under
    its top (a subtitle, a byline set larger) join its group. The groups, and for each vertical
    one (by index) the box it spans."""
    spans: dict[int, tuple[float, float, float, float]] = {}
    columns_top: dict[int, float] = {}
    for i, g in enumerate(groups):
        v = next((p.meta["pdf"] for p in g if p.meta["pdf"].meta.get("vertical")), None)  # type: ignore[union-attr]
        if v is None:
            continue
        beside = []
        for b in texts:
            bx0, btop, bx1, _ = box = _box(b)
            near = 3 * max(p.meta["pdf"].size for p in b)
            if (b[0].meta["pdf"].page == v.page and v.top - v.size <= btop < v.bottom
                    and (0 <= v.x0 - bx1 <= near or 0 <= bx0 - v.x1 <= near)):
                beside.append(box)
        # (columns under a headline of their own, set at the vertical's height, are a neighbour's)
        own = [c for c in beside if not any(
            k != i and any(p.kind == HEAD for p in h) and _box(h)[3] <= c[1] + 1 and _box(h)[1] >= v.top - 2 * v.size
            and min(c[2], _box(h)[2]) - max(c[0], _box(h)[0]) > 0 for k, h in enumerate(groups))]
        beside = own or beside
        if not beside:
            continue
        # Its own columns start where it starts (or under a subtitle); a neighbour's, elsewhere.
        seed = min(beside, key=lambda c: abs(c[1] - v.top))
        left = seed[2] <= v.x0
        chosen = [seed]
        changed = True
        while changed:
            changed = False
            for b in texts:
                bx0, btop, bx1, _ = box = _box(b)
                text_size = max(p.meta["pdf"].size for p in b)
                if (box in chosen or b[0].meta["pdf"].page != v.page or (bx1 <= v.x0) != left
                        or min(abs(btop - c[1]) for c in chosen) > 1.2 * text_size):
                    continue  # (a module's columns start on one line, on one side of its headline)
                if any(0 <= c[0] - bx1 <= 3 * text_size or 0 <= bx0 - c[2] <= 3 * text_size for c in chosen):
                    chosen.append(box)
                    changed = True
        x0, x1 = min([v.x0] + [c[0] for c in chosen]), max([v.x1] + [c[2] for c in chosen])
        spans[i] = (x0, v.top, x1, v.top)
        columns_top[i] = min(c[1] for c in chosen)
    for i, (x0, top, x1, _) in list(spans.items()):
        for j, g in enumerate(groups):
            if j == i or j in spans or not g:
                continue
            gx0, gtop, gx1, gbottom = _box(g)
            if gx0 >= x0 - 1 and gx1 <= x1 + 1 and gtop >= top - 1 and gbottom <= columns_top[i] + 1 \
                    and g[0].meta["pdf"].page == groups[i][0].meta["pdf"].page:
                groups[i].extend(g)
                g.clear()
    for i in spans:
        groups[i].sort(key=lambda p: (not p.meta["pdf"].meta.get("vertical"), p.meta["pdf"].top, p.meta["pdf"].x0))
    kept = [i for i, g in enumerate(groups) if g]
    return [groups[i] for i in kept], {k: spans[i] for k, i in enumerate(kept) if i in spans}


def join_continuations(bodies: list[Body], spare_heads: int = 0, pending: list[tuple[Body, Body]] | None = None
                       ) -> list[Body]:
    """A body of a text page that no headline took and that has no dateline is the rest of a
    report continued in another column when it opens as a paragraph inside a report does
    (``会议强调，``, ``大家一致认为，``) or opens with no indent (the rest of a paragraph). It joins
    the nearest report before it in reading order, unless that one is finished and a report after
    it stops in mid-sentence (frames drawn in reverse: the rest comes before its column), or
    another finished report plainly holds what the rest is about (_owner_by_content). A rest that
    would join a finished report of another width (no report of its own width open) is held back
    in `pending` while `spare_heads` are left: a headline left over may yet take it
    (`join_pending`). (PDF pages place such text by geometry.)"""
    ordered = sorted(bodies, key=lambda b: b.pos)
    rests = [b for b in ordered if b.group is None and not b.formula and b.credit is None and b.first_text is not None
             and "pdf" not in b.first_text.meta and not _closed_by_credit(b)
             and (bool(P.OPENER.match(b.first_text.text) or P.OPENER_SPEECH.match(b.first_text.text))
                  or not b.first_text.meta.get("indent"))]
    rest_ids = {id(b) for b in rests}
    # (a photo item ends at its credit: nothing goes on after it)
    owners = [b for b in ordered if b.group is not None and not _closed_by_credit(b)]
    taken: set[int] = set()  # (reports that took a rest)
    for body in rests:
        before = next((b for b in reversed(owners) if b.pos < body.pos), None)
        after = next((b for b in owners if b.pos > body.pos and _stops_open(b)), None)
        # the report before, unless it is finished and one after it stops in mid-sentence
        owner = after if after is not None and (before is None or not _stops_open(before)) else before
        previous = next((b for b in reversed(ordered) if b.pos < body.pos), None)
        if owner is not None and not _stops_open(owner) and previous is not None and _closed_by_credit(previous):
            # right after a photo item: the rest of a report the photo was set into, further up
            owner = next((b for b in reversed(owners) if b.pos < body.pos and _stops_open(b)), owner)
        if owner is not None and not _stops_open(owner):
            # a finished report does not go on: a report stopping in mid-sentence elsewhere whose
            # column prints to the rest's width (and the finished one's does not) does
            width, theirs = _column_width(body), _column_width(owner)
            if width is not None and (theirs is None or abs(theirs - width) > 2 * SAME_WIDTH):
                fits = [b for b in owners if _stops_open(b) and id(b) not in taken
                        and (w := _column_width(b)) is not None and abs(w - width) <= SAME_WIDTH]
                if fits:
                    owner = min(fits, key=lambda b: abs(b.pos - body.pos))
                elif (theirs is not None and spare_heads > 0 and pending is not None
                      and cjk_count(body.text) >= HELD_REST_CJK):
                    # nor, maybe, the rest of a finished report of another width: a report of its
                    # own when a headline left over goes with it (else it joins after all)
                    pending.append((body, owner))
                    spare_heads -= 1
                    rest_ids.discard(id(body))
                    continue
        if owner is not None and not _stops_open(owner):
            owner = _owner_by_content(body, owner, [b for b in owners if not _stops_open(b)], ordered)
        if owner is None:
            rest_ids.discard(id(body))
            continue
        taken.add(id(owner))
        owner.pieces.extend(body.pieces)
    return _join_first_column([b for b in ordered if id(b) not in rest_ids])


def join_pending(bodies: list[Body], pending: list[tuple[Body, Body]]) -> list[Body]:
    """The rests `join_continuations` held back that no headline left over took join the
    finished report before them after all."""
    joined = set()
    for rest, owner in pending:
        if rest.group is None:
            owner.pieces.extend(rest.pieces)
            joined.add(id(rest))
    return [b for b in bodies if id(b) not in joined]


def _join_first_column(ordered: list[Body]) -> list[Body]:
    """The page's first body, without headline or dateline and opening with an indented paragraph,
    is the first column of the report whose headline comes right after it when that report has no
    dateline or caption date either (a feature whose headline was drawn after its first column):
    the headline heads both."""
    if len(ordered) < 2:
        return ordered
    first, nxt = ordered[0], ordered[1]
    if (first.group is None and first.credit is None and not first.formula and first.first_text is not None
            and "pdf" not in first.first_text.meta and first.first_text.meta.get("indent")
            and not is_body_start(first.first_text.text)
            and first.before_run is not None and nxt.group is not None and nxt.group.run == first.before_run
            and not _closed_by_credit(first) and nxt.first_text is not None and not is_body_start(nxt.first_text.text)
            and not P.CAPTION_START.match(nxt.first_text.text)):
        nxt.pieces[:0] = first.pieces
        nxt.pos = first.pos
        return ordered[1:]
    return ordered


#: A rest that opens a sentence goes to another finished report than the nearest when that one
#: holds at least this many of the rest's own character pairs (pairs no third body of the page
#: holds) ...
CONTENT_MIN_PAIRS = 8
#: ... and this many times the nearest's (plus one), and this share of the rest's own pairs (a
#: long rest shares a few pairs with any report on a page of reports on one theme).
CONTENT_RATIO = 3.0
CONTENT_MIN_SHARE = 0.08


def _owner_by_content(rest: Body, nearest: Body, finished: list[Body], bodies: list[Body]) -> Body:
    """The finished report a rest of text goes on: the nearest before it, unless another holds
    plainly more of what the rest is about (``“海葵一号”…`` after a report on talent, the report
    on the ship below it). Only the rest's pairs that at most one other body holds count."""
    if len(finished) < 2:
        return nearest
    grams = cjk_bigrams(rest.text)
    held = Counter(g for b in bodies if b is not rest for g in cjk_bigrams(b.text) & grams)
    own = {g for g in grams if held[g] <= 1}
    if len(own) < 4:
        return nearest
    shared = {id(b): len(own & cjk_bigrams(b.text)) for b in [*finished, nearest]}
    best = max(finished, key=lambda b: shared[id(b)])
    if best is not nearest and shared[id(best)] >= max(CONTENT_MIN_PAIRS, CONTENT_RATIO * (shared[id(nearest)] + 1),
                                                       CONTENT_MIN_SHARE * len(own)):
        return best
    return nearest


def _column_width(body: Body) -> float | None:
    """Width of the body's full printed lines (those ending no sentence): its column's."""
    widths = [p.width for p in body.pieces if p.kind == TEXT and not p.ends_sentence and cjk_count(p.text) >= 4]
    return statistics.median(widths) if widths else None


def _closed_by_credit(body: Body) -> bool:
    """Is the body a photo item (its caption closed by the photo's credit)?"""
    return bool(body.pieces) and body.pieces[-1].kind == CREDIT


def _stops_open(body: Body) -> bool:
    """Does the body's text stop in mid-sentence (its report goes on elsewhere)?"""
    last = next((p for p in reversed(body.pieces) if p.kind in (TEXT, MARKER)), None)
    return last is not None and last.kind == TEXT and not last.ends_sentence and not CUT_AT_END.search(last.text)


#: Most lines of a caption before its credit (``…摄``).
CAPTION_LINES = 4


def _mark_photo_titles(items: list[Piece | Run]) -> None:
    """The last line of a headline run right before a caption (a bare date and its clause, a
    credit within a few lines: ``6月18日，会宁县政协委员…`` / ``本报记者 林斌军 摄``) is the photo's
    title (headlines.relation), not the subtitle of a headline above it."""
    for k, item in enumerate(items[:-1]):
        nxt = items[k + 1]
        if not isinstance(item, Run) or isinstance(nxt, Run) or "pdf" in nxt.meta:
            continue
        if not P.DATE_CLAUSE.match(nxt.text):
            continue
        after = items[k + 1: k + 1 + CAPTION_LINES]
        if any(isinstance(x, Piece) and x.kind == CREDIT for x in after):
            item.pieces[-1].meta["titles_photo"] = True


#: Fewest headlines in one run for it to be a stack printed apart from the reports.
STACK_GROUPS = 3
#: Fewest Chinese characters of a headless text held back from a finished report of another
#: width (a report of its own says more than a sentence).
HELD_REST_CJK = 80


def articles_of(flows: list[Flow], seq: list[Piece], publication: Publication, furniture: list[str],
                by_geometry: bool = False) -> PageResult:
    """Bodies, headlines and paragraphs of the page's flows: its articles. A page read `by_geometry`
    (a PDF) has its frames in place: no paragraph is returned to the report it names back."""
    items: list[Piece | Run] = []
    for flow in flows:
        _rejoin_wrapped_credits(flow)
        _rejoin_wrapped_bylines(flow)
        demote_in_context(flow)
        flow_items = find_runs(flow.pieces, opens_flow=True, late=late_headline)
        if flow_items:
            first = flow_items[0]
            (first.pieces[0] if isinstance(first, Run) else first).meta["flow_start"] = True
        items += flow_items
    _mark_photo_titles(items)
    page_text = cjk_only("".join(p.text for p in seq if p.kind == TEXT))
    runs, bodies = split_bodies(items, lambda run, no, followed, boxed: groups_of(run, no, followed, boxed, page_text))
    for g in (g for run in runs for g in run):
        furniture += g.dropped
    merge_orphan_interviews(bodies)
    split_glued_headlines(runs, bodies)
    assign_headlines(runs, bodies)
    bodies = split_at_free_headlines(runs, bodies)
    bodies = cut_rest_before_lead(bodies)
    attach_free_subtitles(runs, bodies)
    detach_foreign_subtitles(bodies)
    pair_notices(runs, bodies)
    pending: list[tuple[Body, Body]] = []
    # (a headline left over from a stack of headlines printed apart from their reports)
    stacked = {id(g) for run in runs if len(run) >= STACK_GROUPS for g in run}
    spare = [g for g in free_headlines(runs) if id(g) in stacked]
    bodies = join_continuations(bodies, spare_heads=len(spare), pending=pending)
    join_left_kickers(runs, bodies)
    join_headline_halves(runs, bodies)
    pair_leftovers(runs, bodies)
    bodies = join_pending(bodies, pending)
    reclaim_headlines(bodies)
    swap_crossed_headlines(bodies)
    for run in runs:
        for g in run:
            if not g.taken:
                furniture.append(g.title + ("\n" + g.subtitle if g.subtitle else ""))
    articles = page_articles(bodies, True, publication, furniture, flow_paragraphs, return_references=not by_geometry)
    return PageResult(publication, articles, furniture)


__all__ = ["segment_printed", "segment_pdf", "reading_order", "page_pieces", "Flow", "TEXT", "HEAD", "DASH", "BYLINE", "CREDIT",
           "MARKER"]
