"""A run of headline lines into headline groups (title, subtitle, bylines).

Between two neighbouring lines of a run there are three relations: the same title goes on (a
kicker that is only the subject, ``陇南市政协`` / ``召开…会议``; a title wrapped over two printed
lines, ``市政协召开八届`` / ``九次常委会议``), a subtitle follows (``——…``, or the last line before
the body when the title above it is complete), or another headline begins. Evidence, all of it
about the lines' own text: a word cut by the break, a first line that cannot end a headline (it
ends in a verb, a preposition, a conjunction or a measure word), a line too short to stand alone,
a line that opens with its own subject (``X县政协…``).
"""

from __future__ import annotations

import re

from clipper.text import patterns as P
from clipper.text.newspaper.char_lm import continuation
from clipper.text.newspaper.words import junction_gain
from clipper.text.normalize import cjk_bigrams, cjk_count, cjk_only
from clipper.text.pdfpage import same_size
from clipper.text.pieces import BYLINE, DASH, Piece

#: Endings after which a headline cannot stop: the line goes on in the next one.
OPEN_ENDING = re.compile(
    r"(?:召开|举行|开展|组织|举办|推进|推动|助力|助推|聚焦|围绕|深化|加强|加快|持续|积极|扎实|全力|切实|建言|调研|视察|考察|督查|"
    r"关于|的|和|与|及|暨|在|对|为|就|向|把|从|以|让|将|并|或|届|次|第|个|项|年度|全市|全县|全省|全区|全州|"
    r"第?\d+|[（(])$"
)
#: How headlines end when they are complete: an event, a field of work, a result.
COMPLETE_ENDING = re.compile(
    r"(?:会议|大会|会|工作|活动|调研|视察|协商|讲堂|座谈|培训|报告|通知|公告|启事|建设|发展|保护|治理|监督|交流|考察|部署|"
    r"推进|成效|作为|担当|答卷|新篇章?|新局面|纪实|侧记|综述|受审|"
    # a verb of what was held ends a headline after what was held (``…会议召开``), not right after
    # who holds it (``宕昌县政协召开`` / ``党组会议暨主席会议``: the headline goes on)
    r"(?<!政协)(?<!委员会)(?<!机关)(?<!党组)(?<!支部)(?<!政府)(?<!人大)(?<!党委)(?<!常委)"
    r"(?:启动|召开|举行|开幕|闭幕|成立|揭牌|发布))$"
)
#: What only a subtitle looks like: ``记…`` / ``访…`` / ``…纪实``.
SUBTITLE_LIKE = re.compile(r"^(?:记|访)|(?:纪实|侧记|综述|掠影|速写|巡礼|札记|手记|见闻)$")
#: Marks a headline line does not begin with when it is a headline of its own.
CONTINUATION_START = "（(、，：》）”"
#: Marks a headline does not end with: a line that does goes on in the next.
CONTINUATION_END = "，,：:、"
#: A line of at most this many Chinese characters does not stand alone as a headline.
SHORT_LINE = 4
#: ... and one of at most this many is always the end of the line above.
SCRAP = 2
#: Least Chinese characters of a headline line that may stand complete before another headline.
SIDE_CHARS = 6
#: The news model's evidence (nats) under which nothing reads on from one headline line into the
#: next (a wrapped headline reads on: ``天水市政协视察苹果`` / ``产业高质量发展情况``).
NO_RUN_ON = -2.0
#: The news model's evidence (nats) at or above which a phrase clearly reads on from one
#: headline line into the next (``…黄土高原`` / ``生态治理…``).
RUN_ON = 2.0
#: A junction gain (nats) at or above which the break is inside a word.
WORD_CUT = 2.0
#: A subject that takes up a topic (``X县政协就…``, ``…围绕…``): the headline is not complete
#: before the verb that follows the topic (``…开展专题协商``).
TOPIC_OPEN = re.compile(r"(?:政协|委员会|委员|政府|人大)(?:就|围绕|针对)")
TOPIC_VERB = re.compile(r"开展|进行|召开|举行|协商|建言|调研|视察|考察|督查|座谈|监督|献策|议政")
#: A headline line that opens with its subject: a new headline (``全市政协系统…`` names none:
#: 全 is the whole city; ``全国政协…`` is the national committee, a subject).
OWN_SUBJECT = re.compile(rf"^(?:(?!全)(?:(?:[\u4e00-\u9fff]{{2,6}}?|{P.ONE_CHAR_PLACE})[省市县区州旗]|省|市|县|区)|全国)"
                         r"(?:政协|委员会|政府|人大|党委)")

#: A line that opens with a place (``通渭县…``, ``兰州市…``; not ``全市…``, ``市委…``, ``县长…``).
PLACE_START = re.compile(rf"^(?:(?:(?!全){P.PLACE_CHAR}){{2,4}}?|{P.ONE_CHAR_PLACE})[省市县区州旗](?![委长级直属])")

#: Verbs that end a headline in the passive (``…成果展开展``, ``…培训班举办``) though they may also
#: open on their object in the next line.
PASSIVE_ENDING = re.compile(r"(?:开展|举办)$")
#: ... but right after the body that acts they want their object (``西固区政协召开`` / ``党组会议…``).
ACTIVE_ENDING = re.compile(r"(?:政协|委员会|委员|政府|人大|党委|党组|机关)(?:召开|举行|开展|举办|启动|发布)$")
#: A title that names the matter of a notice (``关于…``) before the notice's kind (``…的公告``).
OPEN_MATTER = re.compile(r"关于(?!.*(?:通知|公告|意见|决定|办法|规定|方案|报告|决议|通报)$)")

JOIN, SUB, NEW = "join", "sub", "new"
#: The title goes on with the second phrase of a couplet: joined with the space printed between.
PAIR = "pair"
#: On a PDF page, the most space (share of its size) between a short line and the larger title
#: under it for the line to be the title's kicker, not a section label (kickers: 0.4 of their
#: size on the typst pages; labels: 0.9 and more there and on the reportlab pages).
KICKER_GAP = 0.7
#: A line set this much larger than the body text is a headline (on a PDF page); one set less
#: beside a vertical headline is its subtitle.
HEADLINE_RATIO = 1.2
#: A line of at most this many Chinese characters above a headline is a section label, not a
#: kicker (``委员视点``, ``政协要闻``), unless it names an organisation.
LABEL_CHARS = 6
#: Fewest Chinese characters of each phrase of a couplet (``践行为民宗旨`` / ``办好民生实事``).
COUPLET_CHARS = 4
#: A title's subject set before a colon (``张掖：``, ``临夏州政协：``).
COLON_SPLIT = re.compile(r"[：:]")
#: Marks a phrase of a couplet may hold: quotes and book-title marks.
PHRASE_QUOTES = re.compile(r"[“”‘’《》]")
#: Fewest Chinese characters after a title's colon for what follows to be complete: ``张掖：湿地保护``
#: goes on (``有了“委员方案”``).
AFTER_COLON_CHARS = 6
#: A line that speaks (an exclamation, a question) is no column label however short
#: (``书香满陇原！``).
SPEAKS = re.compile(r"[！？!?]\s*$")


#: Fewest Chinese characters of a notice's headline.
NOTICE_CJK = 10
#: How a notice's headline opens: ``关于``, or the body that issues it and then ``关于``.
NOTICE_OPENING = re.compile(r"(?:[\u4e00-\u9fff]{2,24}?(?:政协|委员会|办公室|办公厅|部|局|厅|委|院|会|中心|组|队))?关于")


def notice_headline(heads: list[str]) -> bool:
    """Are the headline-like lines `heads` a notice's whole headline, on one line or wrapped
    (``关于征集2023年度政协`` / ``提案线索的公告``, ``…办公室关于…的通知``)? Running text that names a
    notice puts it in 《》 and goes on after it; a section heading names none."""
    text = "".join(heads)
    return (bool(NOTICE_OPENING.match(text)) and bool(P.NOTICE_TITLE.search(text)) and cjk_count(text) >= NOTICE_CJK
            and not P.PROSE_PUNCT.search(text) and "《" not in text)


def spans_in(a: str, b: str, text: str) -> bool:
    """Does `text` (Chinese characters only) hold a three-character run across the junction of
    `a` and `b` (a wrapped headline whose article repeats it: ``召开专门`` | ``委员会工作会议``,
    ``党组（扩大）`` | ``会议``)? Marks between the characters do not count."""
    left, right = cjk_only(a[-4:]), cjk_only(b[:4])
    if len(left) < 2 or len(right) < 2:
        return False
    return left[-2:] + right[:1] in text or left[-1:] + right[:2] in text


def relation(first: Piece, second: Piece, *, last_before_body: bool, group_has_subtitle: bool,
             page_text: str = "", peak_ahead: float = 0.0, title: str = "", before_dash: bool = False) -> str:
    """How `second` stands to `first`, the line before it in a headline run (`page_text`: the
    Chinese characters of the page's running text, where an article often repeats its headline;
    `peak_ahead`: on a PDF page, the largest size from `second` on in its headline block;
    `title`: the title of the group so far; `before_dash`: a ``——`` subtitle comes right after
    `second`)."""
    if second.kind == DASH:
        return SUB if not group_has_subtitle else NEW
    if second.meta.get("vertical"):
        return NEW  # a headline set vertically is whole (clipper.text.newspaper.vertical_lines)
    if first.meta.get("vertical"):
        # nothing runs on from it: a line after it is its subtitle when it looks like one
        subtitle = last_before_body and not group_has_subtitle and (
            SUBTITLE_LIKE.search(second.text) or _subtitle_of(first.text, second.text))
        # (on a PDF page: lines set at a subtitle's size right beside its upper half, nothing
        # larger after them)
        pdf, head = second.meta.get("pdf"), first.meta.get("pdf")
        small = (pdf is not None and head is not None and not group_has_subtitle
                 and float(pdf.meta.get("size_ratio", 1.0)) < HEADLINE_RATIO and peak_ahead <= pdf.size * 1.05
                 and head.top - head.size <= pdf.top <= (head.top + head.bottom) / 2  # beside its upper half
                 and max(pdf.x0 - head.x1, head.x0 - pdf.x1) <= 2 * head.size)
        return SUB if subtitle or small else NEW
    geo = _by_size(first, second, group_has_subtitle, peak_ahead, title)
    if geo is not None:
        return geo
    a, b = first.text, second.text
    if notice_headline([b]) and not notice_headline([a, b]):
        return NEW  # a notice's headline opens with what it is about, or who issues it (``基层协商`` / ``关于…的公告``)
    if P.SECTION_LABEL.match(b) or P.PAPER_NAME.match(b) or P.SECTION_LABEL.match(a):
        return NEW  # a column label or the paper's name is no part of a headline
    if P.ORG_KICKER.match(a) and not group_has_subtitle:
        return JOIN
    if first.meta.get("open_space") and not group_has_subtitle and second.kind == first.kind:
        return PAIR  # the line ended on a printed space: the headline goes on (``书法家写春联 `` / ``送祝福``)
    if not group_has_subtitle and COLON_SPLIT.split(title or a)[-1] == COLON_SPLIT.split(a)[-1] and couplet(a, b):
        return PAIR  # (the couplet opens the group: a wrapped title's last line is no phrase of one)
    if a.rstrip()[-1:] in CONTINUATION_END:
        return JOIN  # a title does not end in a comma or colon: its next phrase follows
    if b[:1] in CONTINUATION_START:
        return JOIN
    if (last_before_body and not group_has_subtitle and SUBTITLE_LIKE.search(b) and (title or a) == a
            and OWN_SUBJECT.match(a) and continuation(a, b) >= RUN_ON):
        # a subtitle-like headline wrapped (``庆阳市政协助推黄土高原`` / ``生态治理工作掠影``): the
        # phrase reads on across the break; whole, it is the subtitle of a title above it
        # (_take_subtitle_headlines)
        return JOIN
    if (last_before_body and second.meta.get("titles_photo") and COMPLETE_ENDING.search(a)
            and not SUBTITLE_LIKE.search(b)):
        return NEW  # a photo's title right over its caption, under a complete headline
    if last_before_body and not group_has_subtitle and _subtitle_of(a, b):
        return SUB
    if OWN_SUBJECT.match(b) or P.ORG_KICKER.match(b):
        return NEW
    if (not group_has_subtitle and (title or a) == a and len(parts := COLON_SPLIT.split(a)) > 1
            and 0 < cjk_count(parts[-1]) < AFTER_COLON_CHARS and not SUBTITLE_LIKE.search(b)):
        return JOIN  # a subject, a colon and a short topic: what it says follows (``张掖：湿地保护`` / ``有了…``)
    if COMPLETE_ENDING.search(a) and PLACE_START.match(b) and junction_gain(a, b) < WORD_CUT:
        return NEW  # a complete headline, then one that opens with a place (``通渭县集中交办…``)
    if (cjk_count(b) <= SHORT_LINE and page_text and not OPEN_ENDING.search(a)
            and not (cjk_count(a) <= SHORT_LINE and PHRASE_QUOTES.search(title or a)) and _label_after(a, b, page_text)):
        # a column label printed after the headline (frames drawn in reverse); not inside a
        # narrow stack of short lines led by a quoted phrase (``“小积分”`` / ``撬动乡村`` / ``“大治理”``)
        return NEW
    if (junction_gain(a, b) >= WORD_CUT or OPEN_ENDING.search(a) or cjk_count(b) <= SHORT_LINE
            or (not group_has_subtitle and _topic_open(title or a)) or (page_text and spans_in(a, b, page_text))):
        return JOIN
    if before_dash and not group_has_subtitle:
        # The line right over a ``——`` subtitle is a title's: this one's second line, unless this
        # title is complete or nothing of a phrase reads on into the line (another headline's; a
        # column label's over it: ``协商在基层`` / ``把协商议事室建在群众家门口``).
        if COMPLETE_ENDING.search(a) or (cjk_count(b) > SHORT_LINE and continuation(a, b) < NO_RUN_ON):
            return NEW
        return JOIN
    if last_before_body and not group_has_subtitle:
        # Title and subtitle, or one headline over two lines (wrapped, or a kicker above its
        # title)? A subtitle looks like one, or follows a title that is complete.
        if SUBTITLE_LIKE.search(b) or (COMPLETE_ENDING.search(a) and not couplet_line(b)):
            return SUB  # (a couplet on one line is a title: a photo's, another report's)
        if cjk_count(a) >= SIDE_CHARS and cjk_count(b) > SHORT_LINE and continuation(a, b) < NO_RUN_ON:
            # nothing of a phrase reads on across the break (the news model): the line is a
            # headline of its own, printed next to this one (a photo's title, another report's)
            return NEW
        return JOIN
    return NEW


#: Paired marks: a line holding one without its mate is a piece of running text.
PAIRED_MARKS = ("“”", "（）", "()", "《》", "‘’")


def unpaired_mark(line: str) -> bool:
    """Does `line` hold a paired mark without its mate?"""
    return any(line.count(a) != line.count(b) for a, b in PAIRED_MARKS)


def couplet(a: str, b: str) -> bool:
    """Are `a` and `b` the two phrases of a couplet set one over the other (``践行为民宗旨`` /
    ``办好民生实事``, ``深入学习贯彻…精神`` / ``凝心聚力推进…实践``): of one length (a character more or
    less), neither naming a subject of its own, nor a column label? Editors pair phrases so; one
    headline wrapped over two lines fills the first and leaves the rest, and two headlines
    stacked each name who did what."""
    a = COLON_SPLIT.split(a)[-1]  # (``临夏州政协：提案办理“面对面”`` / ``群众满意“心贴心”``: the phrase after who)
    na, nb = cjk_count(a), cjk_count(b)
    return (min(na, nb) >= COUPLET_CHARS and abs(na - nb) <= 1
            and all(len(cjk_only(x)) == len(PHRASE_QUOTES.sub("", x.strip())) for x in (a, b))
            and not any(unpaired_mark(x) for x in (a, b))
            and not any(OWN_SUBJECT.match(x) or PLACE_START.match(x) or P.ORG_KICKER.match(x) or OPEN_ENDING.search(x)
                        or P.FUNCTION_START.match(x) or P.NOTICE_TITLE.search(x)
                        or P.SECTION_LABEL.match(x) or P.PAPER_NAME.match(x) for x in (a, b)))


def couplet_line(line: str) -> bool:
    """Does `line` hold a couplet, its two phrases apart by a space (``践行为民宗旨 办好民生实事``)?"""
    parts = line.split()
    return len(parts) == 2 and couplet(*parts)


def _label_after(a: str, b: str, page_text: str) -> bool:
    """Is the short line `b` under the headline line `a` a column label printed after it (frames
    drawn in reverse: ``…关爱活动`` / ``履职短波``) rather than the rest of a wrapped headline? A
    label's words are no report's: the page's running text holds neither the line nor more than
    one of its character pairs, where a headline's last words come back in its report
    (``…安排部署`` / ``办理工作``) or end as an event does (``专题视察``); and nothing of a phrase
    reads on into it (the news model)."""
    chars = cjk_only(b)
    if len(chars) <= SCRAP or chars in page_text or COMPLETE_ENDING.search(b):
        return False  # (a headline's last words: its report repeats them, or they end as an event does)
    pairs = {chars[i:i + 2] for i in range(len(chars) - 1)}
    return sum(1 for x in pairs if x in page_text) <= 1 and continuation(a, b) <= 0.0


def _topic_open(line: str) -> bool:
    """Has `line` taken up a topic without the verb that completes it (``景泰县政协就高标准农田建设``)?"""
    m = TOPIC_OPEN.search(line)
    return m is not None and not TOPIC_VERB.search(line, m.end())


def _subtitle_of(title: str, line: str) -> bool:
    """Is `line`, the last headline line before the body, the subtitle of `title` although it
    opens with its own subject? It looks like one (``记…``, ``访…``, ``…综述``), or it names who did
    what the title (a slogan without a subject) says: they share a word (``三抓三促``)."""
    if SUBTITLE_LIKE.search(line):
        return True
    return (bool(OWN_SUBJECT.match(line)) and not OWN_SUBJECT.match(title) and not P.ORG_KICKER.match(title)
            and cjk_count(title) > LABEL_CHARS and bool(cjk_bigrams(title) & cjk_bigrams(line)))


def _by_size(first: Piece, second: Piece, group_has_subtitle: bool, peak_ahead: float = 0.0,
             title: str = "") -> str | None:
    """On a PDF page the sizes say it: the title is set largest in its headline block, lines of
    one size are one title (or one subtitle) over several lines; smaller lines above the title are
    its kicker (part of the title) unless they are a short label (a section banner); smaller
    lines below it are the subtitle; a line of another block begins another headline."""
    a, b = first.meta.get("pdf"), second.meta.get("pdf")
    if a is None or b is None:
        return None
    group_a = first.meta.get("head_group", (a.page, a.block))
    group_b = second.meta.get("head_group", (b.page, b.block))
    if group_a != group_b:
        return NEW
    is_label = cjk_count(first.text) <= LABEL_CHARS and not P.ORG_KICKER.match(first.text)
    title_ahead = peak_ahead > a.size and not same_size(peak_ahead, a.size)
    if same_size(a.size, b.size):
        if is_label and b.top - a.bottom >= KICKER_GAP * a.size and cjk_count(second.text) > cjk_count(first.text):
            return NEW  # a short label standing apart over a kicker set in its size (``时评``)
        return JOIN  # one title (or one subtitle, one kicker) over two lines
    if b.size > a.size or title_ahead:
        # `first` is above the title: its kicker, or a section label that is not part of it. A
        # short kicker is told from a label by the space under it: a kicker is set tight over its
        # title, a label stands apart (a rule, a box, a band of its own) or names a column.
        tight = b.top - a.bottom < KICKER_GAP * a.size and not P.SECTION_LABEL.match(first.text)
        return NEW if is_label and not tight else JOIN
    whole_label = is_label and cjk_count(title or first.text) <= LABEL_CHARS  # (not a title's last line)
    if whole_label and (OWN_SUBJECT.match(second.text) or P.ORG_KICKER.match(second.text)):
        return NEW  # a section label set above a headline that names its own subject
    return SUB if not group_has_subtitle else JOIN


def _peak_ahead(heads: list[Piece], k: int) -> float:
    """The largest size among the PDF lines of `heads[k]`'s headline block from `k` on."""
    here = heads[k].meta.get("pdf")
    if here is None:
        return 0.0
    group = heads[k].meta.get("head_group", (here.page, here.block))
    sizes = [p.meta["pdf"].size for p in heads[k:] if p.meta.get("pdf") is not None
             and p.meta.get("head_group", (p.meta["pdf"].page, p.meta["pdf"].block)) == group]
    return max(sizes, default=0.0)


def split_run(pieces: list[Piece], followed_by_body: bool, page_text: str = "", ends_box: bool = False
              ) -> list[dict[str, object]]:
    """Groups of a headline run (followed by a body or not): dicts with title, subtitle,
    bylines, dashes (the ``——`` marks left out of the subtitle), lines (the pieces' idx) and
    vertical (a line of the title is set vertically). `ends_box`: a column label's box follows
    the run: its last line ends its group as the last line before a body does, and may be the
    subtitle (the headline's report is printed elsewhere)."""
    groups: list[dict[str, object]] = []
    heads = [p for p in pieces]
    current: dict[str, object] | None = None
    prev: Piece | None = None
    for k, p in enumerate(heads):
        if p.kind == BYLINE:
            if current is not None:
                current["bylines"].append(p.text)  # type: ignore[union-attr]
                current["closed"] = True
            prev = None
            continue
        rest_heads = [x for x in heads[k + 1:] if x.kind != BYLINE]
        last = not rest_heads
        if current is None or current.get("closed") or prev is None or p.meta.get("after_label"):
            rel = NEW  # (a headline right under a column label begins its box's first item)
        else:
            rel = relation(prev, p, last_before_body=last and (followed_by_body or ends_box),
                           group_has_subtitle=current["subtitle"] is not None, page_text=page_text,
                           peak_ahead=_peak_ahead(heads, k), title=str(current["title"]),
                           before_dash=bool(rest_heads) and rest_heads[0].kind == DASH)
        if rel == NEW:
            title = P.DASH_SUBTITLE.match(p.text).group("text") if p.kind == DASH else p.text
            current = {"title": title, "subtitle": None, "bylines": [], "dashes": [], "closed": False, "lines": [],
                       "vertical": bool(p.meta.get("vertical")), "cuts": []}
            groups.append(current)
        elif rel == PAIR:
            current["title"] = str(current["title"]).rstrip() + " " + p.text.strip()
        elif rel == JOIN:
            if current["subtitle"] is not None:
                current["subtitle"] = str(current["subtitle"]) + p.text
            else:
                if prev is not None and _may_cut(prev, p):
                    current["cuts"].append((len(str(current["title"])), len(current["lines"])))  # type: ignore[union-attr]
                current["title"] = str(current["title"]) + p.text
                current["vertical"] = bool(current["vertical"] or p.meta.get("vertical"))
        else:
            text = p.text
            if p.kind == DASH:
                m = P.DASH_SUBTITLE.match(text)
                current["dashes"].append(text[: m.start("text")])  # type: ignore[union-attr]
                text = m.group("text")
            current["subtitle"] = text
        current["lines"].append(p.idx)  # type: ignore[union-attr]
        prev = p
    return _take_subtitle_headlines(groups)


def _may_cut(first: Piece, second: Piece) -> bool:
    """May the join of two title lines be undone by what the page's bodies say
    (clipper.text.newspaper.assign.split_glued_headlines)? Not when the lines themselves show
    one title: sizes on a PDF page, a line set vertically, a short topic after a colon, a verb
    still wanting its object or a preposition at the end (``…组织``, ``X政协召开``), a comma or
    colon at the end, a mark that opens no headline or is left unpaired, a word cut by the
    break, a kicker that names an organisation, the matter of a notice before its kind
    (``关于开展`` / ``…的公告``)."""
    if first.meta.get("pdf") is not None or second.meta.get("pdf") is not None:
        return False
    if first.meta.get("vertical") or second.meta.get("vertical"):
        return False
    a, b = first.text, second.text
    if len(parts := COLON_SPLIT.split(a)) > 1 and cjk_count(parts[-1]) < AFTER_COLON_CHARS:
        return False  # a subject, a colon and a short topic: what it says follows
    if (OPEN_ENDING.search(a) and not (COMPLETE_ENDING.search(a) or PASSIVE_ENDING.search(a))) or ACTIVE_ENDING.search(a):
        return False  # a verb without its object, a preposition, a conjunction: the title goes on
    return not (a.rstrip()[-1:] in CONTINUATION_END or b[:1] in CONTINUATION_START or P.ORG_KICKER.match(a)
                or junction_gain(a, b) >= WORD_CUT or unpaired_mark(a) or unpaired_mark(b) or OPEN_MATTER.search(a))


def _take_subtitle_headlines(groups: list[dict[str, object]]) -> list[dict[str, object]]:
    """A headline that only a subtitle looks like (``…工作综述``, ``记…``), stacked right under a
    title with neither subtitle nor byline, is that title's subtitle though it opens with its own
    subject: its line was read as a new headline before the line that shows what it is."""
    out: list[dict[str, object]] = []
    for g in groups:
        prev = out[-1] if out else None
        title = str(g["title"])
        if (prev is not None and prev["subtitle"] is None and not prev["bylines"] and g["subtitle"] is None
                and SUBTITLE_LIKE.search(title) and not P.SECTION_LABEL.match(title)
                and cjk_count(str(prev["title"])) > LABEL_CHARS
                and not P.SECTION_LABEL.match(str(prev["title"])) and not P.PAPER_NAME.match(str(prev["title"]))):
            prev["subtitle"] = title
            prev["lines"] = list(prev.get("lines", [])) + list(g.get("lines", []))  # type: ignore[call-overload]
            prev["bylines"] = g["bylines"]
            prev["closed"] = g["closed"]
            continue
        out.append(g)
    return out
