"""Character-level helpers and the one text convention applied to every stored article.

The convention (documented in the README):
- no white space between Chinese characters, between Chinese and Latin/digits, or inside numbers
  and dates (``6月 22日`` -> ``6月22日``); spaces between Latin words stay (``ISO/TC 71``);
- half-width ASCII punctuation next to Chinese text becomes the full-width form used in print
  (``,`` ``(`` ``)`` ``:`` ``;`` ``?`` ``!`` -> ``，`` ``（`` ``）`` ``：`` ``；`` ``？`` ``！``);
- full-width digits and Latin letters become half-width; real Latin text keeps its spaces;
- the katakana middle dot (U+30FB, U+FF65) in Chinese text becomes the middle dot ``·`` (U+00B7):
  GB 2312 and Adobe-GB1 CMaps map the one printed dot to either, extractors give both;
- a radical or compatibility ideograph that a PDF font printed for a character is that character
  (``⼈⺠`` -> ``人民``), a vertical form of a mark is the mark (``︵`` -> ``（``): fold_font_forms,
  applied to every document before it is read.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from clipper.text.radical_forms import RADICAL_FORMS, VERTICAL_FORMS

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Chinese characters plus the full-width punctuation that sits inside Chinese text.
CJK_TEXT = CJK + r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026\u2014\u00b7"

_CJK_RE = re.compile(f"[{CJK}]")
_SPACE = r"[ \t\u00a0\u2002-\u200b\u3000]"

_TO_FULL = {",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！"}

_FULLWIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")

_SPACE_BETWEEN_CJK = re.compile(f"(?<=[{CJK_TEXT}]){_SPACE}+(?=[{CJK_TEXT}])")
_SPACE_CJK_DIGIT = re.compile(f"(?<=[{CJK_TEXT}]){_SPACE}+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%]){_SPACE}+(?=[{CJK_TEXT}])")
_PUNCT_NEAR_CJK = re.compile(f"(?<=[{CJK_TEXT}\\d])[,:;?!]|[,;?!](?=[{CJK_TEXT}])")
_PAREN_OPEN = re.compile(f"\\((?=[^()]*[{CJK}])")
_PAREN_CLOSE = re.compile(f"(?<=[{CJK}\\d])\\)|(?<=[{CJK_TEXT}])\\)")


#: The blocks of radicals, compatibility ideographs and vertical forms (clipper.text.radical_forms).
_FONT_FORM = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe4f\U0002f800-\U0002fa1f]")
_FONT_FORMS = {**RADICAL_FORMS, **VERTICAL_FORMS}


def fold_font_forms(text: str) -> str:
    """What a PDF font printed in place of a character, read as the character: a radical or a
    compatibility ideograph (``⼈`` U+2F08, ``⺠`` U+2EA0: no pattern, word or search matches them)
    and the vertical form of a mark (``︵`` for ``（``, as a headline set vertically prints it)."""
    return text.translate(_FONT_FORMS) if _FONT_FORM.search(text) else text


#: Least count of one-character tokens for a line to be letter-spaced (``时 代 中 国 特 色``).
LETTER_SPACED_MIN = 4


#: The gap an extractor prints between letter-spaced characters, or a typesetter types (``政　协　动　态``).
_LETTER_GAP = re.compile("[ \u3000]")


def unspace_letters(line: str) -> str:
    """A line an extractor letter-spaced (a justified line with wide gaps between characters:
    ``时 代 中 国 特 色``, ``1 1 月 1 2 日 ， 山``; or spaced by the typesetter's ideographic spaces,
    ``政　协　动　态``) without its spaces: at least four one-character
    tokens, half the line's tokens or more. Spaces between two Latin words stay; so does a
    line that is nothing but a byline or a credit of names (``□ 本报记者 王 丽 通讯员 李 明``), where
    spaces part the names."""
    tokens = _LETTER_GAP.split(line)
    if len(tokens) < LETTER_SPACED_MIN or "" in tokens:
        return line
    singles = sum(1 for t in tokens if len(t) == 1)
    if singles < LETTER_SPACED_MIN or 2 * singles < len(tokens) or _NAMES_LINE.match(line):
        return line
    out = tokens[0]
    for t in tokens[1:]:
        latin = out[-1].isascii() and out[-1].isalpha() and t[0].isascii() and t[0].isalpha()
        out += (" " + t) if latin else t
    return out


#: What follows a figure in Chinese text: units, counters, date parts.
_UNIT = "年月日号时分秒点万亿元角%％个件名人次届期项家所条余多倍岁周天版批栋户亩吨米克斤元位台辆座场"
_FIGURE_UNIT = re.compile(f"(?<=\\d) +(?=[{_UNIT}])")
_DATE_ON = re.compile(r"(?<=[年月]) +(?=\d)")
#: A figure after Chinese text that is not a year (``梁刚娟 2025 年``: a running header's parts).
_CJK_FIGURE = re.compile(f"(?<=[{CJK}]) +(?=\\d(?!\\d{{3}} *年))")


def unspace_cjk_latin(line: str) -> str:
    """A line without the space typesetters put between Chinese and figures, which extractors
    return (``新华社北京 11 月 22 日电``, ``第 103次``): before a unit or a date part, after a
    month or a year, and after Chinese text before a figure that is not a year. A page number
    before a header's words keeps its space (``2 责任编辑：…``), and so does a year after a name
    (the parts of a running header)."""
    if " " not in line:
        return line
    return _CJK_FIGURE.sub("", _DATE_ON.sub("", _FIGURE_UNIT.sub("", line)))


#: A line of names with their roles (a byline or a photo credit): its spaces part names.
_NAMES_LINE = re.compile(r"^(?:[□■◇◆]|.*(?:记者|通讯员|编辑|作者|实习生|摄影?)\s)|.*摄$")


def is_cjk(ch: str) -> bool:
    """True for a Chinese character (not punctuation)."""
    return bool(_CJK_RE.match(ch))


def cjk_count(text: str) -> int:
    return len(_CJK_RE.findall(text))


def cjk_only(text: str) -> str:
    """The Chinese characters of `text`, in order, everything else left out."""
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")


def cjk_bigrams(text: str) -> set[str]:
    """The distinct pairs of neighbouring Chinese characters of `text` (other characters left
    out): what headline-to-text matching compares."""
    chars = cjk_only(text)
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


#: What parts a headline into the stretches whose neighbouring characters make pairs: marks,
#: figures and letters (not spaces, which join a headline's lines).
_PAIR_BREAK = re.compile(r"[^\u4e00-\u9fff\s]+")


def cjk_pairs_within_marks(text: str) -> set[str]:
    """:func:`cjk_bigrams` of each stretch of `text` between marks: ``“小积分”撬动`` holds 积分 and
    撬动, not 分撬, which no report's text holds unless it quotes the headline whole."""
    pairs: set[str] = set()
    for part in _PAIR_BREAK.split(text):
        pairs |= cjk_bigrams(part)
    return pairs


def display_width(text: str) -> float:
    """Printed width in ems: Chinese characters and full-width marks 1, ASCII 0.5, spaces 0."""
    width = 0.0
    for ch in text:
        if ch.isspace():
            continue
        width += 1.0 if unicodedata.east_asian_width(ch) in "WF" or ord(ch) > 0x2000 else 0.5
    return width


def key(text: str | None) -> str:
    """Comparison key: NFKC, no white space (as the scorer and the dedup compare)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def halfwidth_alnum(text: str) -> str:
    return _FULLWIDTH_ALNUM.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text)


_KATAKANA_DOT = re.compile(f"(?<=[{CJK_TEXT}])[\u30fb\uff65]|[\u30fb\uff65](?=[{CJK_TEXT}])")


def normalize_text(text: str) -> str:
    """Apply the stored-text convention to one paragraph or title line."""
    text = halfwidth_alnum(text.replace("\u00a0", " ").replace("\u3000", " "))
    text = _KATAKANA_DOT.sub("\u00b7", text)
    text = _SPACE_BETWEEN_CJK.sub("", text)
    text = _SPACE_CJK_DIGIT.sub("", text)
    text = re.sub(r"(?<=\d) +(?=\d)", "", text) if _CJK_RE.search(text) else text
    text = _PUNCT_NEAR_CJK.sub(lambda m: _TO_FULL[m.group()], text)
    text = _PAREN_OPEN.sub("（", text)
    text = _PAREN_CLOSE.sub("）", text)
    return re.sub(r" {2,}", " ", text).strip()


def normalize_title(text: str) -> str:
    """Titles follow the same convention, but keep one space between the two halves of a
    two-part headline (``知民情解民忧纾民困暖民心 政协协商打开社区治理新局面``)."""
    halves = [normalize_text(part) for part in re.split(f"{_SPACE}+", text.strip()) if part]
    return " ".join(halves)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def traditional_to_simplified(text: str) -> str:
    """OpenCC ``t2s`` on the whole text (one converter for the process)."""
    return _t2s().convert(text)
