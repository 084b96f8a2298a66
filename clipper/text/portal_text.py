"""The article in a text dump of a portal page, by line-level rules.

Header (site slogan, navigation, breadcrumb) ends at the breadcrumb or at the title; the title is
the line right above the meta line (``日期: 来源: 作者:``); the article ends where link lists
(``相关阅读`` / ``热门文章`` / bullets), ``上一篇`` / ``下一篇`` or the footer begin; ``来源`` /
``责任编辑`` / ``原标题`` lines are read into fields and leave the body.
"""

from __future__ import annotations

import re


from clipper.model import Article, Publication
from clipper.text import boilerplate as B
from clipper.text import patterns as P
from clipper.text.metadata import (
    first_month_day, format_date, printed_date, read_dateline, source_line_parts, split_names,
)
from clipper.text.normalize import cjk_bigrams, cjk_count, normalize_text, normalize_title, traditional_to_simplified
from clipper.text.noise import (MIN_FARM_GLOSSES, VARIANTS, clean_noise, clean_title, count_glosses, is_spam_line,
                                to_standard)
from clipper.text.repeats import drop_repeated



def to_simplified(text: str) -> str:
    """Traditional characters (Taiwan usage and variants included) to simplified (OpenCC
    ``tw2s`` and clipper.text.noise.VARIANTS); text that is already simplified only has its
    variant characters folded, so OpenCC's rewrites never touch it."""
    converted = traditional_to_simplified(text)
    changed = sum(1 for a, b in zip(text, converted) if a != b)
    if changed >= max(2, cjk_count(text) // 50):
        return to_standard(text)
    return text.translate(VARIANTS)


def clean_repost(text: str, farm: bool | None = None) -> str:
    """Undo what reposts do to text: pinyin glosses (`farm`: see noise.strip_pinyin_glosses),
    emoji, stray tags, zero-width junk, traditional and variant characters."""
    return to_simplified(clean_noise(B.JUNK.sub("", text), farm))


#: How much a character of non-prose text weighs against a run of lines in a dump.
BLOCK_NOISE_WEIGHT = 1.0
#: Lines above the article block searched for its title and meta line.
HEADER_LOOKBACK = 6
#: Lines at the top of the block searched for the meta line too.
HEADER_INSIDE = 3
#: Meta labels of a publication date, most trusted first.
DATE_LABELS = ("日期", "发布时间", "发布日期", "时间")
#: How much of a dump's top is searched for the page's date when its header prints none.
DATE_SEARCH_CHARS = 3000
#: Lines below the block still read for field lines (来源, 责任编辑, 原标题, markers).
TRAILER_LINES = 4


def is_meta_line(line: str) -> bool:
    """A line of ``label: value`` fields (date, source, author, editor, views …)."""
    if len(line) > 80 or P.SENTENCE_END.search(line):
        return False
    line = B.DATE_TIME.sub(" ", line)  # an unlabelled date/time is a field too
    fields = list(B.META_FIELD.finditer(line))
    covered = sum(len(m.group(0).replace(" ", "")) for m in fields)
    return bool(fields) and covered >= 0.6 * len(line.replace(" ", ""))


def is_header_meta(line: str) -> bool:
    """A meta line that can head an article: its fields have values (``生成日期：`` alone is a
    table's label cell, its value on the next line)."""
    if B.SOURCE_DATE_LINE.match(line):
        return True
    return is_meta_line(line) and any(m.group("value").strip() for m in B.META_FIELD.finditer(line))


def is_footer(line: str) -> bool:
    """A footer line (``版权所有``, ``ICP备``, ``主办单位：…``) — not a sentence of prose that
    happens to hold such a word (``各承办单位要高度重视…``)."""
    if not B.FOOTER.search(line):
        return False
    return len(line) <= FOOTER_MAX_CHARS or not P.SENTENCE_END.search(line) and len(re.findall("[，,]", line)) < 2


#: A line holding a footer word is a footer line up to this length, whatever else it holds.
FOOTER_MAX_CHARS = 40


def is_widget_line(line: str) -> bool:
    """A line of page widgets: one widget, or several side by side (``00:00 / 04:29 音频04：29
    1.0X 倍速``, ``[编辑][删除]``)."""
    if B.WIDGET_LINE.match(line):
        return True
    tokens = [t for t in re.split(r"\s+|(?<=[\]】])(?=[\[【])", line) if t and t != "/"]
    if len(tokens) >= 2 and all(B.WIDGET_LINE.match(t) or re.fullmatch(r"[\[【(（]?[\u4e00-\u9fff]{1,2}[\]】)）]?", t)
                                or re.fullmatch(r"(?:音频|视频)?\d{1,2}[:：]\d{2}", t) for t in tokens):
        return not P.PROSE_PUNCT.search(line)
    return False


def is_legal_notice(line: str) -> bool:
    """A copyright or disclaimer notice (``著作权声明：…未经授权不得转载…追究法律责任``)."""
    return len(set(B.LEGAL_WORDS.findall(line))) >= B.LEGAL_MIN_WORDS


def is_article_end(line: str) -> bool:
    """A link-list label, a prev/next link, a footer line or a legal notice: the article is over."""
    return bool(B.is_list_label(line) or B.PREV_NEXT.match(line) or is_footer(line)
                or B.PLATFORM_NOTICE.search(line) or is_legal_notice(line) or B.END_MARK.match(line))


def read_meta(line: str, fields: dict[str, str]) -> None:
    """Add the fields of a meta line to `fields` (first value of a label wins)."""
    for m in B.META_FIELD.finditer(line):
        value = m.group("value").strip()
        if value:
            fields.setdefault(m.group("label"), value)
    # An unlabelled date among the fields (``2024-4-22 08:47 | 发布者: …``) is the page's date.
    if (m := B.DATE_TIME.search(line)) and not any(m.start() >= f.start() and m.end() <= f.end()
                                                   for f in B.META_FIELD.finditer(line)):
        fields.setdefault("日期", m.group(0))


def _line_value(line: str) -> float:
    """What a line adds to the article block of a dump: prose counts for its length, anything
    else (navigation, labels, link titles) against it."""
    if is_article_end(line) or B.BREADCRUMB.search(line):
        return -BLOCK_NOISE_WEIGHT * max(len(line), 20)
    if cjk_count(line) >= 5 and P.PROSE_PUNCT.search(line):
        return float(len(line))
    return -BLOCK_NOISE_WEIGHT * len(line)


def article_block(lines: list[str]) -> tuple[int, int] | None:
    """[start, end) of the densest run of prose lines (the best-scoring contiguous run), or None."""
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    for i, line in enumerate(lines):
        if run <= 0:
            run, run_start = 0.0, i
        run += _line_value(line)
        if run > best:
            best, best_span = run, (run_start, i + 1)
    return best_span


#: Least characters of prose for the run under a page's meta line to be its article.
MIN_ANCHORED_CHARS = 60


def anchored_block(lines: list[str]) -> tuple[int, int, int] | None:
    """The article under the page's header: a title, then a meta line (``时间：… 来源：…``). A
    page prints one such header, for its own article; the article is the densest run of prose
    between it and the first link list, prev/next link or footer after it, however much player
    chrome or share buttons stand between (other articles' teasers further down, however long,
    are not it). Its [start, end) and the meta line's index; None when the first header has no
    such run under it."""
    for i, line in enumerate(lines):
        if not is_header_meta(line) or not any(is_title_like(lines[j]) for j in range(max(0, i - 2), i)):
            continue
        stop = next((k for k in range(i + 1, len(lines)) if is_article_end(lines[k])), len(lines))
        span = article_block(lines[i + 1:stop])
        if span is None:
            return None
        a, b = span[0] + i + 1, span[1] + i + 1
        if sum(len(ln) for ln in lines[a:b] if P.PROSE_PUNCT.search(ln)) < MIN_ANCHORED_CHARS:
            return None
        return a, b, i
    return None


def _full_date_alone(line: str) -> bool:
    """A line that is only a full date, in figures or in Chinese numerals (a signature's date)."""
    return bool(P.FULL_DATE.fullmatch(line) or P.CN_DATE.fullmatch(line))


def is_title_like(line: str) -> bool:
    """A line shaped like a headline: Chinese, short, no sentence end, not a field, label,
    navigation or widget line."""
    return (4 <= cjk_count(line) and len(line) <= 60 and not P.SENTENCE_END.search(line)
            and not is_meta_line(line) and not is_article_end(line) and not B.BREADCRUMB.search(line)
            and not B.BULLET.match(line) and not is_widget_line(line) and not B.ARTICLE_START_LABEL.match(line)
            and not B.INTRO_LABEL.match(line))


#: Lines above the article block searched for its title when no meta line marks it.
TITLE_LOOKBACK = 10


#: Character pairs a title line is scored against at least.
TITLE_MIN_PAIRS = 8


def _title_score(line: str, body_head: str) -> float | None:
    """How likely `line` is the article's title (None: it cannot be): a title shares words with
    the article's opening; a navigation bar (short items side by side, chrome words) does not."""
    if not is_title_like(line) or B.EPAPER_CHROME.match(line) or B.DATE_ONLY_LINE.match(line):
        return None
    tokens = [t for t in re.split(r"[\s|｜/>»·]+", line) if t]
    if len(tokens) >= 3 and max(len(t) for t in tokens) <= 6:
        return None
    if re.search(r"[（(]\s*\d+\s*[）)]$", line):
        return None  # a list entry with its count (``基层协商(42)``)
    grams = cjk_bigrams(line)
    # A short line scores by how much it shares, not by its share: a column label (``委员访谈``)
    # shares all of its few pairs with an opening that happens to name it.
    score = len(grams & cjk_bigrams(body_head)) / max(TITLE_MIN_PAIRS, len(grams))
    if B.NAV_WORDS.search(line) and cjk_count(line) < 16:
        score -= 1.0
    return score


def _is_field_line(line: str) -> bool:
    """A line that gives the article a field: meta, source, editor, original title, a date."""
    return bool(is_meta_line(line) or B.SOURCE_LINE.match(line) or B.EDITOR_LINE.match(line)
                or B.ORIGINAL_TITLE.match(line) or B.DATE_ONLY_LINE.match(line) or B.AUTHOR_LINE.match(line))


def _subtitle_like(line: str) -> bool:
    return bool(P.DASH_SUBTITLE.match(line) or re.match(r"^(?:记|访)", line)
                or re.search(r"(?:纪实|侧记|综述|掠影|速写|巡礼|札记|手记|见闻)$", line))


def extract_portal_text(text: str) -> tuple[Publication, list[Article], list[str]]:
    """The article of a portal page's text dump: the densest run of prose lines; the title and
    meta lines just above it; field lines just below it."""
    # Repost noise goes first (a stray tag at a line's end hides the sentence it closes).
    farm = count_glosses(text) >= MIN_FARM_GLOSSES
    lines = [clean_noise(ln, farm).strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    fields: dict[str, str] = {}
    anchored = anchored_block(lines)
    span = (anchored[0], anchored[1]) if anchored else article_block(lines)
    if span is None:
        return Publication(), [], lines
    start, end = span
    # Header: the meta line (``日期: 来源: 作者:``) and the title above it, a few lines up.
    title = subtitle = None
    body_start = start
    body_head = "".join(lines[start:start + 6])
    # (The title and meta line may also open the block: a headline with quotes reads like prose.)
    header_from = min(anchored[2], start - HEADER_LOOKBACK) if anchored else start - HEADER_LOOKBACK
    for i in range(max(header_from, 0), min(start + HEADER_INSIDE, end)):
        if is_header_meta(lines[i]):
            read_meta(lines[i], fields)
            body_start = i + 1
            above = []
            for j in range(i - 1, max(i - 5, -1), -1):
                if B.BREADCRUMB.search(lines[j]) or is_article_end(lines[j]):
                    break  # what stands above a breadcrumb is the site's, not the article's
                if (s := _title_score(lines[j], body_head)) is not None:
                    above.append((s, j))
            # Some sites print the date and source above the headline (``来源：新华网`` / title /
            # share buttons / text): a line under the meta line is the title when nothing above
            # can be (only navigation, dates, labels).
            if not any(s >= 0 for s, _ in above):
                above += [(s, j) for j in range(i + 1, start) if (s := _title_score(lines[j], body_head)) is not None]
            if above:
                best = max(above, key=lambda t: (t[0] > 0, t[0] - 0.05 * abs(i - t[1])))[1]
                title = lines[best]
                body_start = max(body_start, best + 1)
                # an e-paper or feature page prints title, subtitle, meta line
                if best == i - 1 and any(j == i - 2 for _, j in above) and _subtitle_like(lines[i - 1]):
                    title, subtitle = lines[i - 2], lines[i - 1]
            break
    if title is None:
        window = range(start - 1, max(start - TITLE_LOOKBACK, 0) - 1, -1)
        scored = []
        for distance, i in enumerate(window):
            if B.BREADCRUMB.search(lines[i]) or is_article_end(lines[i]):
                break
            if (score := _title_score(lines[i], body_head)) is not None:
                scored.append((score - 0.05 * distance, i))
        if scored:
            i = max(scored)[1]
            title = lines[i]
            body_start = max(body_start, i + 1) if body_start != start else i + 1
    # Below the block: field lines (来源 / 责任编辑 / 原标题, a jump marker) still belong to it, and
    # so does a notice's signature (the issuing body over the date, or the date alone).
    while end < len(lines) and end - span[1] < TRAILER_LINES and (
            B.SOURCE_LINE.match(lines[end]) or B.EDITOR_LINE.match(lines[end]) or B.ORIGINAL_TITLE.match(lines[end])
            or is_meta_line(lines[end]) or P.MARKER.search(lines[end]) or B.CLOSING_BYLINE.match(lines[end])
            or B.PUBLISHED_LINE.match(lines[end]) or _full_date_alone(lines[end])
            or (B.SIGNATURE_BODY.match(lines[end]) and end + 1 < len(lines) and _full_date_alone(lines[end + 1]))):
        end += 1
    # A transcript under its label (``文稿``): what the block holds before the label (the page's
    # own intro) is no article.
    labels = [k for k in range(body_start, end) if B.ARTICLE_START_LABEL.match(lines[k])]
    if labels:
        body_start = labels[-1] + 1
    # Between the meta line and the prose: field lines stay, share buttons and widgets go.
    header = [ln for ln in lines[body_start:start] if _is_field_line(ln)]
    chrome = [ln for ln in lines[body_start:start] if not _is_field_line(ln)]
    body = header + lines[max(body_start, start):end] if start > body_start else lines[body_start:end]
    stop = next((i for i, ln in enumerate(body) if is_article_end(ln)), len(body))
    for i, ln in enumerate(body[:stop]):
        if B.BULLET.match(ln) and sum(1 for x in body[i:i + 4] if B.BULLET.match(x)) >= 2:
            stop = i
            break
    furniture = lines[:body_start] + (chrome if start > body_start else []) + body[stop:] + lines[end:]
    if title in furniture:
        furniture.remove(title)
    # No date with the header: the first one the page prints at its top (as for HTML pages).
    top_date = printed_date(" ".join(lines[:max(body_start, start)])[:DATE_SEARCH_CHARS])
    full = top_date if top_date and not top_date.startswith("--") else None
    pub, articles, furniture = build_article(title, body[:stop], fields, furniture, full)
    for art in articles:
        if art.date is None and top_date:
            art.date = top_date
    if subtitle and articles and not articles[0].subtitle:
        articles[0].subtitle = normalize_title(clean_repost(P.DASH_SUBTITLE.sub(r"\g<text>", subtitle)))
    return pub, articles, furniture


#: Least characters of a summary line that the text under it must repeat.
SUMMARY_MIN_CHARS = 12
#: Characters of other lines allowed between a summary line and the opening it repeats.
SUMMARY_SLACK = 30


def _repeats_next(line: str, following: list[str]) -> bool:
    """A summary line (``摘要: 全省…``) that only repeats the opening of the text under it."""
    if not (m := B.SUMMARY_LINE.match(line)):
        return False
    summary = "".join(m.group("text").split())
    text = "".join("".join(following).split())
    # (a follow prompt or a widget may stand between)
    head = summary[:max(SUMMARY_MIN_CHARS, len(summary) - 3)]
    return len(summary) >= SUMMARY_MIN_CHARS and head in text[:len(summary) + SUMMARY_SLACK]


def build_article(
    title: str | None, body_lines: list[str], fields: dict[str, str], furniture: list[str],
    page_date: str | None = None,
) -> tuple[Publication, list[Article], list[str]]:
    """Turn the lines under a portal article's title into the article: meta, source, editor and
    ``原标题`` lines become fields; markers become ``continues``; the rest are paragraphs.
    `page_date` (``YYYY-MM-DD`` printed elsewhere on the page) is the date when no field gives one."""
    paras_raw: list[str] = []
    source = None
    authors: list[str] = []
    editor = None
    original_title = None
    farm = count_glosses("\n".join([title or "", *body_lines])) >= MIN_FARM_GLOSSES
    for k, ln in enumerate(body_lines):
        ln = B.INLINE_CHROME.sub("", clean_repost(ln, farm)).strip()
        if not ln:
            continue
        if (is_spam_line(ln) or B.FOLLOW_PROMPT.match(ln) or B.AD_LINE.match(ln)
                or _repeats_next(ln, body_lines[k + 1:k + 3])):
            furniture.append(ln)
            continue
        if B.SOURCE_LINE.match(ln):
            src, people = source_line_parts(ln)
            source = source or src
            authors += people
            furniture.append(ln)
        elif is_meta_line(ln):
            read_meta(ln, fields)
            furniture.append(ln)
        elif m := B.EDITOR_LINE.match(ln):
            editor = m.group("value").strip()
            furniture.append(ln)
        elif m := B.ORIGINAL_TITLE.match(ln):
            original_title = m.group("title")
            furniture.append(ln)
        elif B.DATE_ONLY_LINE.match(ln):
            fields.setdefault("日期", ln)
            furniture.append(ln)
        elif m := B.PUBLISHED_LINE.match(ln):
            fields.setdefault("日期", m.group("date"))
            furniture.append(ln)
        elif (B.EPAPER_CHROME.match(ln) or B.BREADCRUMB.search(ln) or is_widget_line(ln)
              or B.REPRINT_NOTICE.match(ln) or B.ARTICLE_START_LABEL.match(ln) or B.INTRO_LABEL.match(ln)):
            furniture.append(ln)
        else:
            paras_raw.append(ln)

    pub = Publication(name=fields.get("来源") or fields.get("稿源"))
    if raw := next((fields[label] for label in DATE_LABELS if label in fields), None):
        pub.date = printed_date(raw)
    pub.date = pub.date or page_date
    for label in ("作者", "记者", "通讯员"):
        if label in fields:
            authors += split_names(fields[label])
    editor = editor or fields.get("责任编辑")

    continues = None
    paras: list[str] = []
    for ln in paras_raw:
        if m := P.MARKER.search(ln):
            continues = re.sub(r"\s", "", m.group("what"))
            ln = (ln[: m.start()] + ln[m.end():]).strip()
        if ln:
            paras.append(normalize_text(ln))
    paras, repeated = drop_repeated(paras)
    furniture += repeated
    # A byline in brackets closing the article: ``（记者 杨帆 通讯员 何志强）``.
    if paras and (m := B.CLOSING_BYLINE.match(paras[-1])):
        authors += [n for part in P.CREDIT_ROLE.split(m.group("inner")) for n in split_names(part)]
        furniture.append(paras.pop())
    if not paras:
        return pub, [], furniture

    dl = read_dateline(paras[0])
    date = None
    if dl.has_dateline and (md := first_month_day(paras[0], 120)):
        date = format_date(md[0], md[1], md[2], pub.date)
    elif pub.date:
        date = pub.date
    speakers = {m.group("speaker") for p in paras if (m := P.SPEAKER_TURN.match(p))}
    kind = "interview" if len(speakers) >= 2 else "news" if dl.has_dateline or date else "feature"
    art = Article(
        title=normalize_title(cleaned) if (cleaned := clean_title(clean_repost(title, farm)) if title else None) else None,
        body=paras,
        date=date,
        place=dl.place,
        authors=list(dict.fromkeys(dl.authors + authors)),
        source=dl.source or source or pub.name,
        kind=kind,
        continues=continues,
        editor=editor,
        original_title=original_title,
    )
    return pub, [art], furniture
