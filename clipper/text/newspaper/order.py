"""Reading order of a page extracted one printed line per text line: which line follows which.

PDF extractors give the lines of a page in orders of their own: column after column in the
order the layout program drew its frames (often not the reading order), or row after row across
columns (pdfminer, when each printed line is its own box), with headlines wherever their frames
fell. What holds on any such page:

- the full lines of one column share one width (justified text): widths tell columns apart and
  mark the short last line of a paragraph;
- a line that does not end a sentence is followed by the rest of that sentence, and a word cut by
  the line end is completed by the next line (:mod:`clipper.text.newspaper.words`);
- extractors keep the lines of one column in their order: a line's successor comes after it in
  the file, usually at once, or one row later.

Every pair (line, candidate successor) within reach is scored on this evidence, and the pairs
are chosen together, each line getting at most one successor and one predecessor: the assignment
whose summed evidence is greatest (scipy's `linear_sum_assignment`), first among the lines that
stop in mid-sentence, then from paragraph ends to paragraph starts; jumps to far frames and
stranded lines last, best first, without cycles. The chains that result are the text flows of
the page.

Pure: knows nothing of Scrapy; works on plain lines.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable
from functools import cached_property, lru_cache
from dataclasses import dataclass, field

from clipper.text import patterns as P
from clipper.text.newspaper.char_lm import continuation
from clipper.text.newspaper.headlines import COMPLETE_ENDING, OWN_SUBJECT
from clipper.text.newspaper.split_lines import OFFSET_INDENT as INDENT_EMS
from clipper.text.newspaper.words import junction_gain
from clipper.text.normalize import cjk_count, display_width
from clipper.text.pieces import is_credit, is_dateline, is_scrap

#: How far ahead in the file a successor is looked for (lines).
REACH = 14
#: Widths within this many ems are one column width (justification stretches a line by up to
#: a character; a closing mark may hang past the end).
WIDTH_SLACK = 1.0
#: Marks that no printed line begins with (Chinese line-breaking rules).
NO_START = "，。、；：？！）》」』”’…,.;:?!)"
#: Widest line that can be a heading (小标题) or headline line of its own.
HEADING_MAX_WIDTH = 26
#: A line without marks this many ems wider or narrower than the unfinished line before it is
#: rather a headline than the sentence's rest.
HEADLINE_GAP = 3.0
#: Marks a line ends with when its sentence goes on (a heading never does).
OPEN_MARKS = "，,、；;：:“‘（(《"
#: How much narrower (ems) than the full line after it a line indented by an offset prints.
OFFSET_INDENT = (1.6, 2.6)
#: Lines above a paragraph's first line whose median width is its column's (without a finished line).
COLUMN_ABOVE = 5
#: Half-width marks, figures and letters: their printed widths are uncertain (0.3-0.5 em here,
#: full-width glyphs in many fonts), too uncertain to see an offset of two ems.
HALF_WIDTH = re.compile(r"[\x21-\x7e]")
#: Evidence (nats) against a line in mid-sentence running into a line that makes no word with it.
NO_WORD_OPEN = -0.4
#: Weight of the news language model's evidence that the sentence runs on across the break
#: (clipper.text.newspaper.char_lm), and the most of it taken (nats): it overlaps the word's.
#: Only its positive side counts: a sentence may go on in words the model finds unlikely.
LM_WEIGHT = 0.5
#: Its weight in the final reading, once the local periods are set: the first reading's links set
#: them, and trusting the model more there makes far links that move a period (articles F1 on
#: the rows read across columns: 1.0 in both readings gained more, but let a line skip its
#: neighbour at a change of period; 1.5 lost).
LM_WEIGHT_FINAL = 1.0
#: The model weighed (char_lm.MODELS): today's news language as well as 1998's.
LM_MODEL = "today"
LM_CAP = 4.0
#: (its negative side, down to -1 or -2 nats, lowered every row on both page corpora)
LM_FLOOR = 0.0
#: Evidence (nats) against an unfinished headline line that names its subject (``泾川县政协视察苹果``)
#: going on in a line that names one too (``卓尼县政协视察苹果``, the headline beside it).
SECOND_SUBJECT = 3.0
#: Evidence (nats) that a photo's credit (``郑芳鹏 摄``) follows a finished sentence (its caption's).
CAPTION_TO_CREDIT = 2.0
#: Evidence (nats) that a dateline follows a headline line.
HEAD_TO_DATELINE = 0.8
#: Evidence (nats) that a subtitle opened by a dash (``——让人才引得进留得住用得好``) follows a
#: headline line: nothing else is printed right above it.
HEAD_TO_SUBTITLE = 3.0
#: Evidence (nats) that a lead's opening alone on a line (``6月26日，``) goes on in a line that
#: names who did what (``武山县政协视察组实``).
LEAD_TO_SUBJECT = 1.0
#: Evidence (nats) against a line in mid-sentence running into a line indented by an offset ...
OFFSET_START = 2.0
#: ... narrower than it by at least this much (ems): not the same column's full line.
OFFSET_NARROWER = 1.4
#: A pair scoring below this is never linked.
MIN_LINK = 0.5
#: Extractors that read rows across columns still keep the lines of one headline together: the
#: line right after an unfinished headline line goes on with it (evidence, nats).
HEAD_STACK = 1.5
#: Share of a page's sure links that skip a line from which the page reads rows across columns
#: somewhere (in content order 0-0.17, read across 0.3-1 on the page corpora's extractions).
ROWS_ACROSS_SHARE = 0.25
#: A jump to a flow elsewhere on the page needs this much evidence of its own.
MIN_JUMP = 1.5
#: A stranded line (stops in mid-sentence, nothing after it) takes a paragraph start of another
#: flow as the rest of its sentence with this much evidence (nats: a word across, one width) ...
STRANDED_LINK = 2.0
#: ... when it holds this many Chinese characters (not the one-character end of a headline line).
STRANDED_MIN_CJK = 4
#: Where a column's lines come one after another, a line stopping in mid-sentence runs on into a
#: headline-like line right under a column label (``简讯``) only with this much evidence, the news
#: model's counted in full (a label printed beside a column's lines, in a text read across the row);
#: otherwise that line opens the label's box.
BOX_RUN_ON = 2.0


@dataclass
class Line:
    """One printed line of the page."""

    idx: int
    text: str
    width: float
    indent: bool = False  # opened by two or more spaces (a paragraph indent drawn as spaces)
    lead: float = 0.0  # printed width (ems) of those spaces: the line's printed width is width + lead
    #: Could open a paragraph: indented, a dateline, a jump marker, a caption date, or (where indents
    #: are drawn as offsets) narrower than the line after it by about two ems.
    opens_paragraph: bool = True
    text_like: bool = True  # may be a line of running text (not furniture, not a headline run)
    meta: dict[str, object] = field(default_factory=dict)

    @cached_property
    def credit(self) -> bool:
        """A photo's credit (``郑芳鹏 摄``)."""
        return is_credit(self.text)

    @property
    def ends_sentence(self) -> bool:
        return bool(P.SENTENCE_END.search(self.text))

    @property
    def open(self) -> bool:
        """Stops in mid-sentence: the rest of the sentence follows (a heading-like line may be a
        unit of its own)."""
        return not self.ends_sentence and not self.heading_like and not self.meta.get("heading")

    @property
    def heading_like(self) -> bool:
        """Could be a heading or headline line (no prose punctuation at all; short): in a
        column of text, a heading is narrower than the lines around it."""
        return (self.width <= HEADING_MAX_WIDTH and not P.PROSE_PUNCT.search(self.text) and cjk_count(self.text) >= 2
                and not P.DATELINE.match(self.text) and not P.AGENCY_DATELINE.match(self.text))  # a report's first line


_INDENT = re.compile(r"^(?:[\u3000]{1,}|[ \u00a0]{2,})")
#: Printed width (ems) of half-width characters in the fonts of Chinese newspapers: figures and
#: Latin letters about half an em, thin marks less.
_NARROW = {**dict.fromkeys(",.:;'!|`", 0.3), **dict.fromkeys("()[]{}\"/", 0.4), " ": 0.3}


def print_width(text: str) -> float:
    """How wide a line of text prints, in ems (CJK characters and full-width marks 1)."""
    width = 0.0
    for ch in text:
        if ord(ch) < 0x80:
            width += _NARROW.get(ch, 0.5)
        elif ch.isspace():
            width += 0.3
        else:
            width += display_width(ch) or 1.0
    return width


def lead_width(raw: str) -> float:
    """Printed width (ems) of the white space a line opens with: an ideographic space is an em,
    an ASCII space half of one."""
    lead = 0.0
    for ch in raw:
        if ch == "\u3000":
            lead += 1.0
        elif ch in " \u00a0\t":
            lead += 0.5
        else:
            break
    return lead


def make_line(idx: int, raw: str) -> Line:
    indent = bool(_INDENT.match(raw))
    text = raw.strip()
    return Line(idx, text, print_width(text), indent, lead_width(raw) if indent else 0.0)


#: A break inside a word (junction gain in nats) this strong is taken as certain evidence.
SURE_GAIN = 6.0
#: A number cut by the line end (``3月13`` | ``日至15日``, ``202`` | ``3年``): as sure as a cut word.
NUMBER_CUT_END = re.compile(r"[0-9]$")
NUMBER_CUT_START = re.compile(r"[0-9年月日号时点分秒万亿元%％个件名人次届期项家所条余多]")


def cut_gain(left: str, right: str) -> float:
    """Evidence (nats) that a line break cuts a word or a number: a number and its unit or its
    other digits are one token."""
    if NUMBER_CUT_END.search(left) and NUMBER_CUT_START.match(right):
        return SURE_GAIN
    return junction_gain(left, right)


def width_evidence(a: Line, b: Line) -> float:
    """Log-likelihood ratio from the widths alone: the lines of one column print to one width;
    only the last line of a paragraph is shorter, and an indent drawn as an offset makes the first
    line two ems narrower (an `a` known to open a paragraph so counts as its column's width)."""
    d = (b.width + b.lead) - (a.width + a.lead + (INDENT_EMS if a.meta.get("offset_start") else 0.0))
    if not a.ends_sentence:
        if abs(d) <= WIDTH_SLACK:
            return 0.8
        if d < 0:
            return 0.3 if b.ends_sentence else -1.0
        if 1.4 <= d <= 3.2 or a.heading_like:
            return 0.0  # `a` may be the first line of a paragraph indented by an offset, or a heading
        return -1.0  # another column (or the same article going on in a wider one)
    if abs(d) <= WIDTH_SLACK or -2.6 <= d <= -1.4:
        return 0.3
    return 0.0


def _word_score(gain: float, none: float) -> float:
    """Evidence from the word across a break: 1 at a likely word (2 nats), rising to 3 at a
    sure one; `none` without one."""
    if gain >= SURE_GAIN:
        return 3.0
    if gain >= 2.0:
        return 1.0 + 2.0 * (gain - 2.0) / (SURE_GAIN - 2.0)
    return none


#: Paired marks a sentence holds open across a line break (opening, closing).
MARK_PAIRS = (("“", "”"), ("（(", "）)"), ("《", "》"))
#: Evidence (nats) that `b` closes the mark `a` left open, and against `b` closing a mark that is
#: not open after `a` or opening one inside it.
PAIR_CLOSES = 1.5
PAIR_CLASH = -2.5


@lru_cache(maxsize=100_000)
def _pair_state(text: str) -> tuple[tuple[int, int], ...]:
    """Per mark pair, (the last mark of the line: 1 opening, -1 closing, 0 none; the first)."""
    out = []
    for opening, closing in MARK_PAIRS:
        last = first = 0
        for ch in text:
            k = 1 if ch in opening else -1 if ch in closing else 0
            if k:
                last = k
                first = first or k
        out.append((last, first))
    return tuple(out)


def pair_evidence(a: str, b: str) -> float:
    """Evidence from paired marks across a break: a quotation, bracket or title left open at the
    end of `a` is closed in `b` before anything opens; a line that closes a mark no line before
    it left open, or opens one inside an open one, does not follow."""
    score = 0.0
    for (last, _), (_, first) in zip(_pair_state(a), _pair_state(b)):
        if last == 1 and first == -1:
            score += PAIR_CLOSES
        elif (last == -1 and first == -1) or (last == 1 and first == 1):
            score += PAIR_CLASH
    return score


def evidence(a: Line, b: Line, as_open: bool | None = None, lm: float = 0.0) -> float:
    """Log-likelihood ratio, from the text alone, that `b` is the line after `a` (against `b`
    being any other line). `as_open`: take `a` as stopping in mid-sentence (a line without marks
    that continues one) or not (a heading, a headline line), whatever its own text suggests.
    `lm`: the weight of the news model's evidence (0: not weighed)."""
    if b.text[:1] and b.text[0] in NO_START:
        return -9.0  # no printed line begins with a closing mark
    is_open = a.open if as_open is None else as_open
    score = 0.0
    if a.credit:
        return -9.0  # a photo's credit ends its item: nothing reads on from it
    if b.credit and a.ends_sentence:
        score += CAPTION_TO_CREDIT  # a photo's credit comes right under its caption's last sentence
    if b.idx == a.idx + 1 and _headline_shaped(a) and b.heading_like and P.DASH_SUBTITLE.match(b.text):
        score += HEAD_TO_SUBTITLE  # a subtitle opened by a dash comes right under its headline
    if is_open:
        if b.indent or P.DATELINE.match(b.text) or P.MARKER_LINE.match(b.text) or P.AGENCY_DATELINE.match(b.text):
            return -9.0  # the rest of a sentence does not open a paragraph
        if b.meta.get("vertical"):
            return -9.0  # nor is it a headline set vertically (clipper.text.newspaper.vertical_lines)
        gain = cut_gain(a.text, b.text)
        score += _word_score(gain, NO_WORD_OPEN)
        score += pair_evidence(a.text, b.text)
        if lm:
            score += lm * min(LM_CAP, max(LM_FLOOR, continuation(a.text, b.text, LM_MODEL)))
        if P.LEAD_OPENING.match(a.text.strip()):
            # an extractor may part the lead's printed line at a wide gap after its opening: the
            # rest follows, naming who did what, narrower or wider (a width shared still tells)
            return score + (LEAD_TO_SUBJECT if OWN_SUBJECT.match(b.text) else 0.0) + max(0.0, width_evidence(a, b))
        if gain < 2.0 and b.meta.get("offset_start") and b.width < a.width - OFFSET_NARROWER:
            score -= OFFSET_START  # the rest of a sentence does not open a paragraph
        if gain < 2.0 and not a.heading_like and _headline_shaped(b):
            d = b.width - a.width
            if d > HEADLINE_GAP or (d < -HEADLINE_GAP and b.meta.get("stacked")):
                # wider than the column (a justified column prints no wider line), or narrower
                # with headline lines under it, and no word across: a frame ends here
                score -= 1.5
    else:
        if not a.ends_sentence:  # a heading or headline line: a word may still run on
            gain = junction_gain(a.text, b.text)
            score += _word_score(gain, 0.0)
            if (a.heading_like and OWN_SUBJECT.match(a.text) and OWN_SUBJECT.match(b.text)
                    and not COMPLETE_ENDING.search(a.text)):
                score -= SECOND_SUBJECT  # a headline names one subject: another opens another headline
        if b.indent:
            score += 0.7
        if _headline_shaped(a) and (P.DATELINE.match(b.text) or P.AGENCY_DATELINE.match(b.text)):
            score += HEAD_TO_DATELINE  # a report's first line comes under its headline
        if not b.opens_paragraph:
            score -= 2.0  # after a finished paragraph or a heading comes the start of a paragraph
    return score + width_evidence(a, b)


#: Marks a headline line seldom holds (an enumeration, a bracket, a colon): a line holding one
#: is rather running text in a narrow column.
_TEXT_MARKS = re.compile(r"[、（）()：:]")


def _headline_shaped(ln: Line) -> bool:
    return ln.heading_like and not _TEXT_MARKS.search(ln.text)


def _running_on(ln: Line) -> bool:
    """Does the line stop in mid-sentence: open, or without sentence marks but holding a mark of
    running text (``头加强学习、带头践行“四下基层”制度、带``), which no headline's line does?"""
    return not ln.ends_sentence and not ln.meta.get("heading") and not _headline_shaped(ln)


def mark_stacks(lines: list[Line]) -> None:
    """Mark the lines right above a headline-like line (the upper lines of a headline block)."""
    for a, b in zip(lines, lines[1:]):
        a.meta["stacked"] = _headline_shaped(b)


def mark_comma_headings(lines: list[Line]) -> None:
    """Where a column's lines come one after another in the file, a line between a finished
    paragraph and an indented one, not indented itself and not ending on a mark that goes on, is
    a heading, though it holds a comma (``精耕细作，架起…“连心桥”``): no sentence goes on there."""
    for before, ln, after in zip(lines, lines[1:], lines[2:]):
        if (before.ends_sentence and after.indent and not ln.indent and not ln.ends_sentence
                and ln.width <= HEADING_MAX_WIDTH and cjk_count(ln.text) >= 4 and ln.text[-1:] not in OPEN_MARKS):
            ln.meta["heading"] = True


def mark_offset_starts(lines: list[Line], succ: dict[int, int], priors: list[list[float]]) -> None:
    """Where a column's lines come one after another in the file, a line about two ems narrower
    than the full line after it (its successor as first read) opens a paragraph indented by an
    offset: justified text prints no narrower line inside one. So does a line that stops in
    mid-sentence right after a finished paragraph, about two ems narrower than the column's lines
    above that paragraph's end (its successor as first read may be wrong: a column's last line,
    ``会议强调,要按照主题教育工``, whose rest is printed in another frame)."""
    for k, ln in enumerate(lines):
        ln.meta.pop("offset_start", None)
        after = lines[succ[k]] if k in succ and reads_in_order(priors[k]) else None
        if (after is not None and ln.text_like and after.text_like and not ln.indent and not ln.ends_sentence
                and cjk_count(ln.text) >= 4 and not after.heading_like and not HALF_WIDTH.search(ln.text)
                and OFFSET_INDENT[0] <= after.width - ln.width <= OFFSET_INDENT[1]):
            ln.meta["offset_start"] = True
        elif _opens_after_paragraph(lines, k, priors[k]):
            ln.meta["offset_start"] = True


def _opens_after_paragraph(lines: list[Line], k: int, prior: list[float]) -> bool:
    """Is line `k` the first line of a paragraph indented by an offset, by the lines before it in
    the file: the line before ends a sentence, and the column's full lines above are about two
    ems wider than `k`."""
    ln = lines[k]
    if (k == 0 or not ln.text_like or ln.indent or not ln.open or cjk_count(ln.text) < 4
            or not reads_in_order(prior)):
        return False
    before = lines[k - 1]
    if not before.text_like or not before.ends_sentence or before.heading_like:
        return False
    above = [a.width for a in lines[max(0, k - 1 - COLUMN_ABOVE):k - 1] if a.text_like and not a.ends_sentence]
    return len(above) >= 2 and OFFSET_INDENT[0] <= statistics.median(above) - ln.width <= OFFSET_INDENT[1]


def page_reads_in_order(lines: list[Line]) -> bool:
    """Does the page's text put a column's lines one after another (its sure word cuts are
    mostly from one line to the next), rather than rows read across columns?"""
    return reads_in_order(distance_prior(lines, sure_links(lines, heading_like=True)))


def reads_in_order(prior: list[float]) -> bool:
    """Does a distance prior say a column's lines come one after another in the file (the next
    line is the likeliest successor)?"""
    return prior[1] >= max(prior[2:])


def rows_across(sure: dict[int, int]) -> bool:
    """Does the page read rows across columns anywhere: do at least ROWS_ACROSS_SHARE of its sure
    links skip a line? (Extractions in content order skip at most a few: a word cut at a frame's
    end.) On such a page the lines next in the file are no sure successors even where they
    mostly are: the language model's evidence is weighed everywhere."""
    return bool(sure) and sum(1 for i, j in sure.items() if j - i > 1) >= ROWS_ACROSS_SHARE * len(sure)


def sure_links(lines: list[Line], heading_like: bool = False, only_heading_like: bool = False) -> dict[int, int]:
    """Links the text alone makes sure: a line in mid-sentence whose word (or number) is finished
    by exactly one of the lines within reach. `heading_like`: lines without marks count too
    (in a narrow column most lines could be headline lines); `only_heading_like`: only they."""
    out = {}
    for i, a in enumerate(lines):
        if not a.text_like or not (a.open or (heading_like and not a.ends_sentence)):
            continue
        if only_heading_like and not a.heading_like:
            continue
        sure = [j for j in range(i + 1, min(len(lines), i + 1 + REACH))
                if lines[j].text_like and evidence(a, lines[j]) >= 3.0 and junction_gain(a.text, lines[j].text) >= SURE_GAIN]
        if len(sure) == 1:
            out[i] = sure[0]
    return out


def distance_prior(lines: list[Line], sure: dict[int, int] | None = None) -> list[float]:
    """Log prior of each distance 1..REACH between a line and its successor, learned from the
    page's own sure links (a word cut by the line end): content-order extractions put a
    column's lines next to each other, row-order ones one row apart. `sure`: the page's sure
    links when the caller has them (those of lines that are not open are left out)."""
    counts = [1.0] * (REACH + 1)
    counts[0] = 0.0
    for i, j in (sure_links(lines) if sure is None else sure).items():
        if lines[i].open:
            counts[j - i] += 1.0
    total = sum(counts)
    uniform = 1.0 / REACH
    return [0.0] + [math.log((c / total) / uniform) for c in counts[1:]]


#: Chance that the number of lines between a line and its successor (the page's local period:
#: 1 where a column's lines come one after another, the number of columns side by side where
#: rows are read across them) changes from one line to the next.
PERIOD_SWITCH = 0.01
#: Chance that a sure link's distance is the local period (a jump to a far frame is not).
PERIOD_HIT = 0.8
#: Weight of the local period in a line's prior; the rest is spread over every distance.
PERIOD_WEIGHT = 0.85


#: Most evidence (nats, either way) that the line at one distance goes on with a line in
#: mid-sentence, as the local period hears it (evidence_emissions).
PERIOD_EVIDENCE_CAP = 3.0
#: Share of such a line's likelihood of each distance that follows that evidence; the rest is
#: spread over every distance (a line's own evidence may mislead: another column's line beside it
#: may read on too).
PERIOD_EVIDENCE_WEIGHT = 0.95


def evidence_emissions(lines: list[Line], sure: dict[int, int]) -> dict[int, list[float]]:
    """Per line that stops in mid-sentence without a sure link, the likelihood of each distance
    1..REACH as the distance to its successor: the text's evidence that the line there goes on with
    it (the news model weighed in full), capped at PERIOD_EVIDENCE_CAP. Where rows are read across
    columns the sure word cuts are few; every unfinished line tells the local period a little."""
    n, out = len(lines), {}
    for i, a in enumerate(lines):
        if i in sure or not a.text_like or not a.open:
            continue
        heard = [max(-PERIOD_EVIDENCE_CAP, min(PERIOD_EVIDENCE_CAP, evidence(a, lines[i + d], as_open=True, lm=LM_WEIGHT_FINAL)))
                 if i + d < n and lines[i + d].text_like else -PERIOD_EVIDENCE_CAP for d in range(1, REACH + 1)]
        top = max(heard)
        likely = [math.exp(x - top) for x in heard]
        total = sum(likely)
        out[i] = [PERIOD_EVIDENCE_WEIGHT * x / total + (1.0 - PERIOD_EVIDENCE_WEIGHT) / REACH for x in likely]
    return out


def period_priors(lines: list[Line], sure: dict[int, int], glob: list[float],
                  heard: dict[int, list[float]] | None = None) -> list[list[float]]:
    """Per line, the log prior of each distance 1..REACH from the posterior of the local period (a
    hidden Markov chain over the lines, forward-backward) given the sure links of the whole
    page, and `heard`: per other line, the likelihood of each distance from its own evidence
    (evidence_emissions). Pages read row after row keep one period over a region and switch where
    a headline or a column of another width starts."""
    n, reach = len(lines), REACH
    miss = (1.0 - PERIOD_HIT) / (reach - 1)
    emits: list[list[float] | None] = [None] * n
    for i, j in sure.items():
        emits[i] = [PERIOD_HIT if d == j - i else miss for d in range(1, reach + 1)]
    for i, likely in (heard or {}).items():
        emits[i] = likely
    switch = PERIOD_SWITCH / (reach - 1)

    def carry(p: list[float]) -> list[float]:
        total = sum(p)
        q = [(1.0 - PERIOD_SWITCH) * x + switch * (total - x) for x in p]
        z = sum(q)
        return [x / z for x in q]

    def observe(p: list[float], e: list[float] | None) -> list[float]:
        if e is None:
            return p
        q = [x * y for x, y in zip(p, e)]
        z = sum(q)
        return [x / z for x in q]

    forward = []
    p = [math.exp(x) / reach for x in glob[1:]]
    for i in range(n):
        p = observe(carry(p) if i else p, emits[i])
        forward.append(p)
    priors: list[list[float]] = [[] for _ in range(n)]
    back = [1.0 / reach] * reach
    for i in range(n - 1, -1, -1):
        post = [f * b for f, b in zip(forward[i], back)]
        z = sum(post)
        priors[i] = [0.0] + [math.log((PERIOD_WEIGHT * x / z + (1.0 - PERIOD_WEIGHT) / reach) * reach) for x in post]
        back = carry(observe(back, emits[i]))
    return priors


def link_priors(lines: list[Line], succ: dict[int, int], window: int = 30) -> list[list[float]]:
    """Per line, the log prior of each distance learned from the links of a first reading around
    it: pages read row after row keep one distance over a region (the number of columns side by
    side)."""
    n = len(lines)
    marks = [0] * n
    dist = [0] * n
    for i, j in succ.items():
        if 0 < j - i <= REACH:
            marks[i] = 1
            dist[i] = j - i
    priors = []
    # running histogram over the window (linear in the page)
    hist = [0.0] * (REACH + 1)
    lo = hi = 0
    for i in range(n):
        while hi < n and hi <= i + window:
            if marks[hi]:
                hist[dist[hi]] += 1
            hi += 1
        while lo < i - window:
            if marks[lo]:
                hist[dist[lo]] -= 1
            lo += 1
        total = sum(hist) + REACH * 0.5
        priors.append([0.0] + [math.log(((hist[d] + 0.5) / total) * REACH) for d in range(1, REACH + 1)])
    return priors


def local_priors(lines: list[Line], succ: dict[int, int], sure: dict[int, int], glob: list[float],
                 heard: dict[int, list[float]] | None = None) -> list[list[float]]:
    """Per line, the log prior of each distance: the mean of the distances a first reading found
    around it and of the local period its sure links imply (and `heard`, see period_priors). The
    first reading alone reinforces its own guesses (where nothing tells two columns' lines apart, a
    tie goes to the nearer line, and rows read across columns look like one column); the sure
    links alone are sparse."""
    return [[0.0] + [math.log((math.exp(x) + math.exp(y)) / 2.0) for x, y in zip(a[1:], b[1:])]
            for a, b in zip(link_priors(lines, succ), period_priors(lines, sure, glob, heard))]


#: Share of indented lines above which a page draws its indents as spaces.
SPACED_SHARE = 0.03


def indents_spaced(lines: list[Line]) -> bool:
    """Are the page's paragraph indents drawn as spaces (more than SPACED_SHARE of its lines)?"""
    return sum(1 for ln in lines if ln.indent) > SPACED_SHARE * max(1, len(lines))


def mark_paragraph_starts(lines: list[Line]) -> None:
    """Which lines may open a paragraph. Where indents are drawn as spaces, only indented lines,
    body starts and headings do; where they are offsets, a line's width does not tell it (a
    first line is often, not always, narrower), so any line may."""
    spaced = indents_spaced(lines)
    for k, ln in enumerate(lines):
        body_start = is_dateline(ln.text) or bool(P.MARKER.match(ln.text) or P.CAPTION_START.match(ln.text))
        if spaced:
            ln.opens_paragraph = ln.indent or body_start or ln.heading_like
        else:
            ln.opens_paragraph = True


Geometry = Callable[[int, int], float]


def chain_lines(lines: list[Line], fixed: dict[int, int] | None = None, geometry: Geometry | None = None
                ) -> dict[int, int]:
    """Successor of each line (positions in `lines`), chosen together (see `_assign`): first with
    the page's distance prior, then again with the distances found around each line. `fixed`:
    links known beforehand (lines of one block of a PDF page); `geometry(i, j)`: evidence from
    where the lines are printed (PDF pages), added to the text's."""
    mark_paragraph_starts(lines)
    mark_stacks(lines)
    sure = sure_links(lines, heading_like=True)
    glob = distance_prior(lines, sure)
    # (where a column's lines come one after another: a comma may end a heading, a headline under
    # a column label opens its box, and a stranded line is rejoined; rows read across columns
    # strand lines the next row takes up: there only a word surely cut rejoins one)
    in_order = reads_in_order(glob)
    if in_order:
        mark_comma_headings(lines)
    across = rows_across(sure)
    succ = _assign(lines, [glob] * len(lines), fixed or {}, geometry, lm_everywhere=across, boxes_labelled=in_order)
    # (where rows are read across columns, every line in mid-sentence tells the local period)
    priors = local_priors(lines, succ, sure, glob, evidence_emissions(lines, sure) if across else None)
    mark_offset_starts(lines, succ, priors)
    succ = _assign(lines, priors, fixed or {}, geometry, lm_everywhere=across, lm_weight=LM_WEIGHT_FINAL,
                   boxes_labelled=in_order)
    succ = rejoin_stranded(lines, succ, fixed, geometry, news_model=not across, sure_only=not in_order)
    return reassign_weak_links(lines, succ, fixed, geometry)


class _Links:
    """Successor links under construction: at most one successor and one predecessor per line,
    no cycles (union-find over the flows)."""

    def __init__(self, n: int) -> None:
        self.succ: dict[int, int] = {}
        self.pred: dict[int, int] = {}
        self.head = list(range(n))

    def find(self, x: int) -> int:
        head = self.head
        while head[x] != x:
            head[x] = head[head[x]]
            x = head[x]
        return x

    def link(self, i: int, j: int) -> bool:
        """Link `i` to `j` if both are free and no cycle results; whether it was linked."""
        if i in self.succ or j in self.pred:
            return False
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        self.succ[i], self.pred[j] = j, i
        self.head[rj] = ri
        return True

    def take(self, candidates: list[tuple[float, int, int]]) -> None:
        """Link the candidates best first (already sorted)."""
        for _, i, j in candidates:
            self.link(i, j)


def _edge_width(lines: list[Line], start: int, step: dict[int, int], reach: int = 5) -> float | None:
    """Width of the full lines of a flow near one of its ends: the median of the lines that end
    no sentence among `reach` lines walked from `start` along `step` (successors or
    predecessors); None when there are none."""
    widths = []
    i: int | None = start
    for _ in range(reach):
        if i is None:
            break
        ln = lines[i]
        if ln.heading_like:
            break  # a heading or headline ends the block: what lies beyond is another column
        if ln.text_like and not ln.ends_sentence:
            widths.append(ln.width)
        i = step.get(i)
    return statistics.median(widths) if widths else None


def _scrap(ln: Line) -> bool:
    """A scrap (clipper.text.pieces.is_scrap) that holds a character: the end of a headline line
    (``中`` / ``心组…会议``)."""
    return cjk_count(ln.text) >= 1 and is_scrap(ln.text)


def _unfinished_head(ln: Line) -> bool:
    """A headline line whose headline goes on (no sentence end)."""
    return ln.text_like and ln.heading_like and not ln.ends_sentence


def _opens_box(ln: Line) -> bool:
    """Is the line a headline's line printed right under a column label (``简讯``)? It is the
    first line of the label's box: no text before the label reads on into it."""
    return bool(ln.meta.get("after_label")) and _headline_shaped(ln)


def _cut_into(lines: list[Line], j: int, other: int) -> bool:
    """Does some line of running text other than `other`, stopping in mid-sentence, end with a
    word that line `j` completes (sure evidence)?"""
    b = lines[j]
    return any(k != other and k != j and a.text_like and a.open and not a.heading_like
               and junction_gain(a.text, b.text) >= SURE_GAIN for k, a in enumerate(lines))


def _claims(lines: list[Line], k: int, j: int, links: _Links, score: float, lm: float = 0.0) -> bool:
    """Does line `k`, free to go on and right before `j` in the file, read into `j` with at least
    `score` of evidence, the news model weighed by `lm` as for the farther line? A line of a
    headline left without a successor so far (its headline block is linked later) keeps the rest
    of its word (``通渭县政协就食`` | ``品安全…``), or of its phrase (``清水县政协举办委员`` |
    ``履职能力…``), from a line further up that merely makes a word or a phrase with it too."""
    a = lines[k]
    return (k not in links.succ and a.text_like and a.heading_like and not a.ends_sentence
            and evidence(a, lines[j], as_open=True, lm=lm) >= score)


def _link_scraps(lines: list[Line], links: _Links, priors: list[list[float]]) -> None:
    """A scrap left unlinked is the end of the headline line printed right above it (the
    extractor cut ``城`` off ``会宁县政协考察城``, though ``…考察`` could end a headline), and the
    headline goes on in the headline line right under it when what it has so far is unfinished
    (``古浪县政协就新能`` / ``源`` / ``产业发展…``): its one or two characters carry no evidence
    of their own (no word, no width). Only where a column's lines come one after another in the
    file."""
    for j in range(1, len(lines)):
        s = lines[j]
        if not s.text_like or not _scrap(s) or not reads_in_order(priors[j]):
            continue
        a = lines[j - 1]
        if (j not in links.pred and j - 1 not in links.succ and a.text_like and a.heading_like
                and not a.ends_sentence):
            links.take([(0.0, j - 1, j)])
        if j in links.pred and j not in links.succ and j + 1 < len(lines):
            above, b = lines[links.pred[j]], lines[j + 1]
            if (above.heading_like and b.text_like and _headline_shaped(b) and j + 1 not in links.pred
                    and not COMPLETE_ENDING.search(above.text + s.text)):
                links.take([(0.0, j, j + 1)])


def _as_likeliest(prior: list[float]) -> float:
    """What a link to the next line in the file gains when it is weighed as if at the likeliest
    distance of `prior`: for lines printed one under the other whatever the page's period (a
    headline's lines, a headline and its report's dateline)."""
    return max(0.0, max(prior[1:]) - prior[1])


def _best_assignment(cand: list[tuple[float, int, int]], links: _Links) -> list[tuple[int, int]]:
    """The links among `cand` (score, line, successor; each at least MIN_LINK) whose summed score
    is greatest, each line given one successor and one predecessor at most, none to a line
    already linked in `links`; the strongest first. Chosen together rather than best first: best
    first, a line took a neighbour it read into almost as well as its true successor, and the
    line whose only good successor that neighbour was lost it (a cascade down interleaved
    columns)."""
    # (imported with the first page read: numpy and scipy are slow to import, `clipper extract` starts without)
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    cand = [(s, i, j) for s, i, j in cand if i not in links.succ and j not in links.pred]
    if not cand:
        return []
    rows = sorted({i for _, i, _ in cand})
    cols = sorted({j for _, _, j in cand})
    at_row = {i: k for k, i in enumerate(rows)}
    at_col = {j: k for k, j in enumerate(cols)}
    gain = np.zeros((len(rows), len(cols)))
    for s, i, j in cand:
        # (above the threshold, so that every candidate is worth taking; the nearer line on a tie)
        gain[at_row[i], at_col[j]] = max(gain[at_row[i], at_col[j]], s - MIN_LINK + 1e-3 - 1e-6 * (j - i))
    r, c = linear_sum_assignment(gain, maximize=True)
    chosen = [(gain[a, b], rows[a], cols[b]) for a, b in zip(r, c) if gain[a, b] > 0]
    return [(i, j) for _, i, j in sorted(chosen, key=lambda t: -t[0])]


def _assign(lines: list[Line], priors: list[list[float]], fixed: dict[int, int] | None = None,
            geometry: Geometry | None = None, lm_everywhere: bool = False, lm_weight: float = LM_WEIGHT,
            boxes_labelled: bool = False) -> dict[int, int]:
    """Successors in three stages: the lines that stop in mid-sentence (one assignment), then
    paragraph ends to paragraph starts (one assignment), then jumps to far frames (best first,
    without cycles: a jump may lead back up the file). `boxes_labelled`: the page's lines come in
    column order, and a headline-like line under a column label begins the label's box (nothing
    before the label reads on into it, see BOX_RUN_ON)."""
    links = _Links(len(lines))
    n = len(lines)
    if fixed:
        links.take([(0.0, i, j) for i, j in sorted(fixed.items())])

    def where(i: int, j: int) -> float:
        return geometry(i, j) if geometry is not None else 0.0
    # 1. Lines that end in mid-sentence: the rest of the sentence follows (strong evidence). A
    # line without marks that such a line runs into goes on in mid-sentence too.
    def open_pairs(sources: list[int]) -> list[tuple[float, int, int]]:
        pairs = []
        for i in sources:
            a = lines[i]
            prior = priors[i]
            # (where the lines of a column come one after another in the file)
            in_order = reads_in_order(prior)
            # the end of the headline line above it, cut off by the extractor (no word, no width)
            head_scrap = i > 0 and _scrap(a) and _unfinished_head(lines[i - 1])
            for j in range(i + 1, min(n, i + 1 + REACH)):
                b = lines[j]
                if not b.text_like:
                    continue
                if boxes_labelled and _opens_box(b) and evidence(a, b, as_open=True, lm=LM_WEIGHT_FINAL) < BOX_RUN_ON:
                    continue  # (unless the sentence plainly runs on: a label printed beside a column's lines)
                lm = lm_weight if lm_everywhere or not in_order else 0.0
                s = evidence(a, b, as_open=True, lm=lm)
                if in_order and j - i > 1 and _claims(lines, j - 1, j, links, s, lm):
                    continue  # (the line right before it in the file reads into it at least as well)
                if in_order and head_scrap and cut_gain(a.text, b.text) < 2.0 and _cut_into(lines, j, i):
                    continue  # (a headline's scrap does not take a line another line's word runs into)
                if (s := s + prior[j - i] + where(i, j)) >= MIN_LINK:
                    pairs.append((s, i, j))
        return pairs

    # One assignment over every candidate pair. A line without marks that an open line runs into
    # is carried on in mid-sentence: its own pairs join the candidates and the assignment is made
    # again, until no new line is carried.
    # (a line without marks whose word a line within reach surely completes goes on in mid-sentence
    # too: a narrow column's line, not a headline's)
    cut = set(sure_links(lines, heading_like=True, only_heading_like=True))
    sources = [i for i, a in enumerate(lines) if a.text_like and (a.open or i in cut)]
    done: set[int] = set(sources)
    known = sorted(links.succ.items())
    cand = open_pairs(sources)
    while True:
        chosen = _Links(n)
        chosen.take([(0.0, i, j) for i, j in known])
        for i, j in _best_assignment(cand, chosen):
            chosen.link(i, j)
        carried = [j for i, j in chosen.succ.items() if i in done and j not in done and _unfinished_head(lines[j])]
        if not carried:
            break
        done.update(carried)
        cand += open_pairs(carried)
    links = chosen
    _link_scraps(lines, links, priors)
    # 2. Paragraph ends to the next paragraph: its flow must print to the same column width.
    pairs = []
    for i, a in enumerate(lines):
        if not a.text_like or a.open or i in links.succ or i in done:
            continue
        wa = _edge_width(lines, i, links.pred)
        prior = priors[i]
        for j in range(i + 1, min(n, i + 1 + REACH)):
            b = lines[j]
            if not b.text_like or j in links.pred or (boxes_labelled and _opens_box(b)):
                continue  # (a paragraph before a column label does not lead into the label's box)
            s = evidence(a, b, as_open=False) + prior[j - i] + where(i, j)
            if j == i + 1 and a.heading_like and (b.heading_like or _scrap(b)) and not a.ends_sentence \
                    and not COMPLETE_ENDING.search(a.text):
                # an unfinished headline line: the rest of the headline is printed under it, in
                # one block, however the page's columns are read (the row prior does not hold), and
                # that rest opens no paragraph
                s += HEAD_STACK + _as_likeliest(prior)
                if _scrap(b):  # (a scrap of one or two characters opens no paragraph, and is that rest)
                    s = max(s, HEAD_STACK + max(prior[1:]) + where(i, j))
            elif j == i + 1 and a.heading_like and not a.ends_sentence and (
                    P.DATELINE.match(b.text) or P.AGENCY_DATELINE.match(b.text)):
                # a report's first line right under its headline's last is so printed however the
                # page's columns are read (the row prior does not hold)
                s += _as_likeliest(prior)
            # (the first line itself may be indented by an offset: the lines after it tell)
            wb = _edge_width(lines, links.succ[j], links.succ) if j in links.succ else None
            if (wb is None and b.text_like and b.text.rstrip().endswith("、") and j - i == 1
                    and reads_in_order(prior)):
                wb = b.width + b.lead  # (a paragraph's first line that runs on is a full line of its column)
            if wa is not None and wb is not None:
                gap = abs(wa - wb)
                s += 1.5 if gap <= WIDTH_SLACK else (0.0 if gap <= 2 * WIDTH_SLACK else -2.5)
            if s >= MIN_LINK:
                pairs.append((s, i, j))
    for i, j in _best_assignment(pairs, links):
        links.link(i, j)
    # 3. Jumps: a flow that stops in mid-sentence goes on where another flow begins without
    # opening a paragraph (frames drawn out of reading order), anywhere on the page.
    # (a line whose only marks are running text's, ``、`` or a bracket, is no headline's: it goes on
    # or is gone on from like any line in mid-sentence)
    ends = [i for i, a in enumerate(lines) if a.text_like and i not in links.succ and _running_on(a)]
    starts = [j for j, b in enumerate(lines) if b.text_like and j not in links.pred and not b.indent
              and not P.DATELINE.match(b.text) and not _headline_shaped(b)]
    jumps = [(evidence(lines[i], lines[j], as_open=True, lm=lm_weight) + where(i, j), i, j) for i in ends for j in starts
             if j != i]
    links.take(sorted((t for t in jumps if t[0] >= MIN_JUMP), key=lambda t: -t[0]))
    return links.succ


def rejoin_stranded(lines: list[Line], succ: dict[int, int], fixed: dict[int, int] | None = None,
                    geometry: Geometry | None = None, news_model: bool = False, sure_only: bool = False) -> dict[int, int]:
    """A line of running text that stops in mid-sentence with no line after it is certainly
    stranded (no article ends so): its sentence goes on at a line whose own predecessor only
    ends a sentence or a headline there (a paragraph start, as far as the text tells). Such a line
    is taken when the break reads on across it (`…研讨培` | `训，进一步…`: a word, and the widths
    of one column) by at least STRANDED_LINK; its old predecessor ends its flow instead, which a
    finished line can. A predecessor without marks keeps the line when its word runs into it as
    well (``…进取的发`` | ``展势头`` against ``…几届进``: the widths, which differ between a
    paragraph's first line and the rest, do not decide). `news_model` (no row of the page read
    across columns): a break that falls short of STRANDED_LINK between lines of one column width
    is weighed again with the news model's evidence, counted in full (``…坚持做到`` / ``在强化理论
    武装…``: no word across, a likely sentence). A line without prose marks (``推动人员、技术、服务、
    管``, a narrow column's) is stranded too, and may be a stranded line's rest, where the word is
    surely cut and both lines print to one width. `sure_only` (rows read across columns, where the
    next row takes up what a first reading strands): only such links, to lines no line leads to.
    Best first; never a link known beforehand, never a cycle."""
    fixed = fixed or {}
    pred = {j: i for i, j in succ.items()}
    ends = [i for i, a in enumerate(lines) if a.text_like and not a.ends_sentence and not a.meta.get("heading")
            and i not in succ and cjk_count(a.text) >= STRANDED_MIN_CJK]
    if not ends:
        return succ
    starts = [j for j, b in enumerate(lines) if b.text_like and b.text[:1] not in NO_START
              and (j not in pred or (not lines[pred[j]].open and fixed.get(pred[j]) != j))]
    pairs = []
    for i in ends:
        for j in starts:
            if j == i or (sure_only and j in pred):
                continue
            if (sure_only or lines[i].heading_like or _headline_shaped(lines[j])) and (
                    abs(lines[i].width - lines[j].width) > WIDTH_SLACK or cut_gain(lines[i].text, lines[j].text) < SURE_GAIN):
                continue  # (a line without prose marks, or rows read across: only a word surely cut, one width)
            s = evidence(lines[i], lines[j], as_open=True)
            if news_model and s < STRANDED_LINK and width_evidence(lines[i], lines[j]) > 0:
                s = evidence(lines[i], lines[j], as_open=True, lm=LM_WEIGHT_FINAL)
            s += geometry(i, j) if geometry is not None else 0.0
            if s >= STRANDED_LINK:
                pairs.append((s, cut_gain(lines[i].text, lines[j].text), i, j))
    succ = dict(succ)
    for _, gain, i, j in sorted(pairs, reverse=True):
        if i in succ or (j in pred and lines[pred[j]].open):
            continue
        if j in pred and not lines[pred[j]].ends_sentence and \
                _word_score(cut_gain(lines[pred[j]].text, lines[j].text), NO_WORD_OPEN) >= \
                _word_score(gain, NO_WORD_OPEN) - 1e-6:
            continue  # (the rest of the word of a line without marks)
        if not _open_loop(lines, succ, pred, fixed, i, j, lambda ln: not ln.open):
            continue
        if j in pred:
            del succ[pred[j]]
        succ[i], pred[j] = j, i
    return succ


def _open_loop(lines: list[Line], succ: dict[int, int], pred: dict[int, int], fixed: dict[int, int], i: int, j: int,
               finished: Callable[[Line], bool], opens: Callable[[str], bool] = is_dateline) -> bool:
    """Before `i` is linked to `j`: when j's flow leads to i (its frames were drawn in another
    order than they are read), the flow opens where one of its reports begins, a line that `opens`
    one (a dateline) after a `finished` line (that link is cut). Whether i may be linked to j."""
    path = [j]
    while path[-1] != i and path[-1] in succ:
        path.append(succ[path[-1]])
    if path[-1] != i:
        return True
    cut = next((u for u, v in zip(path, path[1:]) if finished(lines[u]) and fixed.get(u) != v
                and opens(lines[v].text)), None)
    if cut is None:
        return False
    del pred[succ.pop(cut)]
    return True


#: A link in mid-sentence whose text evidence is below this is weak: the line may rather read on
#: at a far line that surely goes on a sentence.
WEAK_LINK = 1.0
#: How much better than its weak link a line must read into another for the link to change.
WEAK_MARGIN = 3.0
#: A line that ends on a date clause (``…）11月10日，``): who did what comes next.
DATE_CLAUSE_END = re.compile(r"[0-9０-９]日[，,]?$")
#: Characters that begin no sentence: a word's second half (``孩子`` | ``们``), a question's particle.
BOUND_START = "们么吗呢"


def reassign_weak_links(lines: list[Line], succ: dict[int, int], fixed: dict[int, int] | None = None,
                        geometry: Geometry | None = None) -> dict[int, int]:
    """A line that surely goes on a sentence (it opens with a character no sentence opens with)
    after a finished line, anywhere on the page, is the rest of the line in mid-sentence that reads
    into it far better than into the line it was joined to (``…仔细查看孩子`` | ``们棉衣…``: a
    column's rest printed beyond REACH); the line so freed goes, the same way, to a line in
    mid-sentence weakly joined elsewhere (``…调查研究、`` | ``带头服务…``). Where indents are drawn as
    spaces, a line without one after a finished line opens no paragraph either: it is the rest of
    a line in mid-sentence that ran on into a headline, which no sentence does (``…坚持做到`` |
    ``敦煌市政协召开党…`` against ``在强化理论武装、…``). Best first, never a link known beforehand;
    where the rest's flow leads back to the line, the flow opens at its report's dateline after a
    finished line, or the link is not made."""
    fixed = fixed or {}
    succ = dict(succ)
    pred = {j: i for i, j in succ.items()}

    def ev(i: int, j: int) -> float:
        return evidence(lines[i], lines[j], as_open=True, lm=LM_WEIGHT_FINAL) + (geometry(i, j) if geometry else 0.0)

    def weak_ends() -> dict[int, float]:
        out = {}
        for i, a in enumerate(lines):
            # (a line that stops at an enumeration comma, after a line in mid-sentence, goes on too)
            runs_on = a.open or (a.text.rstrip().endswith("、") and i in pred and lines[pred[i]].open)
            if (a.text_like and runs_on and i in succ and fixed.get(i) != succ[i]
                    and cjk_count(a.text) >= STRANDED_MIN_CJK and (s := ev(i, succ[i])) < WEAK_LINK):
                out[i] = s
        return out

    def ran_into_headline(i: int) -> bool:
        # (a dateline's line goes on with who did what, however headline-like: ``…11月10日，`` |
        # ``高台县政协统筹抓…``)
        return (_headline_shaped(lines[succ[i]]) and not is_dateline(lines[i].text)
                and not DATE_CLAUSE_END.search(lines[i].text))

    def move(targets: list[int]) -> list[int]:
        weak = weak_ends()
        pairs = sorted(((ev(i, j) - w, i, j) for j in targets for i, w in weak.items()
                        if i != j and (lines[j].text[:1] in BOUND_START or ran_into_headline(i))), reverse=True)
        freed = []
        for gain, i, j in pairs:
            if gain < WEAK_MARGIN:
                break
            if i not in weak or (j in pred and not lines[pred[j]].ends_sentence):
                continue
            # (a brief's date opens a report as well: ``…添彩。`` | ``2月28日，金塔县政协…``)
            if not _open_loop(lines, succ, pred, fixed, i, j, lambda ln: ln.ends_sentence,
                              lambda t: is_dateline(t) or bool(P.CAPTION_START.match(t))):
                continue
            if j in pred:
                del succ[pred[j]]
            if i in succ:
                freed.append(succ[i])
                del pred[succ[i]]
            succ[i], pred[j] = j, i
            del weak[i]
        return freed

    spaced = indents_spaced(lines)
    bound = [j for j, b in enumerate(lines) if b.text_like and cjk_count(b.text) >= 2
             and (b.text[:1] in BOUND_START or (spaced and not b.indent and not is_dateline(b.text)
                                                  and not _headline_shaped(b)))
             and (j not in pred or (lines[pred[j]].ends_sentence and fixed.get(pred[j]) != j))]
    freed = move(bound)
    if freed:
        move([j for j in freed if j not in pred and lines[j].text_like and lines[j].text[:1] not in NO_START
              and not lines[j].indent and not _headline_shaped(lines[j])])
    return succ


def chains(lines: list[Line], succ: dict[int, int]) -> list[list[int]]:
    """The chains of lines (positions), each in reading order, ordered by their first line."""
    has_pred = set(succ.values())
    out = []
    for i in range(len(lines)):
        if i in has_pred:
            continue
        chain = [i]
        while chain[-1] in succ:
            chain.append(succ[chain[-1]])
        out.append(chain)
    return out


def median_width(lines: list[Line]) -> float:
    widths = [ln.width for ln in lines if cjk_count(ln.text) >= 4]
    return statistics.median(widths) if widths else 0.0
