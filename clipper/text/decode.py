"""Bytes to text, with the encoding used, the evidence for it, and how many bytes had to be
replaced.

Every candidate encoding is judged by the text it gives, as a browser's reading would be:

1. the evidence, in order: a byte-order mark; the HTTP header's charset; the page's ``<meta>``
   charset; the bytes being valid UTF-8; the detector (charset-normalizer); then the encodings
   Chinese pages use (GB18030, Big5-HKSCS, UTF-16 without a BOM). GB2312 and GBK are read as
   GB18030, their superset;
2. each candidate decodes with invalid bytes replaced (U+FFFD) and counted; it is plausible when
   at most ``MAX_REPLACED`` of its characters are replacements, when the text reads as Chinese or
   plain ASCII (CJK, ASCII, common punctuation), and when letters of scripts no Chinese page uses
   (Cyrillic, Greek, Arabic, Latin with diacritics other than pinyin's tone marks …) stay under
   ``MAX_FOREIGN`` — the mark of a wrong single-byte reading;
3. the first plausible candidate in evidence order wins, except that a declared encoding the
   bytes contradict (GBK declared, valid UTF-8 given) loses to the one the bytes support;
4. nothing plausible: InputError("mojibake: …") — garbage is never stored as an article.

NUL characters (a damaged file, UTF-16 read as something else) never reach the text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from clipper.text.noise import TONE_LETTERS, clean_noise
from clipper.text.normalize import fold_font_forms

import opencc

from clipper.model import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Declared names mapped to the codec that reads them without loss.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
              "big5": "big5hkscs", "cp936": "gb18030", "euc-cn": "gb18030", "hz-gb-2312": "gb18030"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w:.]+)""", re.I)
#: Largest share of replaced characters (of the characters beyond ASCII, where invalid bytes
#: are) a decoding may have and still be the page's.
MAX_REPLACED = 0.02
#: Largest share of letters of scripts that Chinese pages do not use (of the characters beyond
#: ASCII): the mark of a single-byte reading of Chinese bytes.
MAX_FOREIGN = 0.05
#: How much of a long page the plausibility check reads (characters).
SAMPLE = 60_000
_COMMON_CJK = re.compile(r"[的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    source: str  # bom | header | meta | utf-8 | detected | fallback, with "(declared X is wrong)"
    replaced: int = 0  # characters replaced because the bytes were invalid in `encoding`


def declared_charset(raw: bytes, content_type: str | None = None) -> str | None:
    """The charset named by the HTTP Content-Type header, else by a <meta> in the first 4 KiB."""
    return header_charset(content_type) or meta_charset(raw)


def header_charset(content_type: str | None) -> str | None:
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([-\w:.]+)", content_type, re.I)
        if m:
            return m.group(1).lower()
    return None


def meta_charset(raw: bytes) -> str | None:
    m = _META_CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii", "ignore").lower() if m else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = _SUPERSETS.get(name.lower(), name.lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """The common simplified characters and their traditional forms (for Big5 pages)."""
    simplified = _COMMON_CJK.pattern[1:-1]
    traditional = opencc.OpenCC("s2t").convert(simplified)
    return frozenset(simplified) | frozenset(traditional)


def chinese_score(text: str) -> float:
    """Share of common Chinese characters among all CJK characters (0 when none): a right
    decoding reads as ordinary Chinese, a wrong one as a scatter of rare characters."""
    cjk = re.findall(r"[\u4e00-\u9fff]", text)
    if not cjk:
        return 0.0
    common = _common_chars()
    return sum(1 for ch in cjk if ch in common) / len(cjk)


#: The letters of pinyin with tone marks (and ê, ü, the syllabic ń ň ǹ ḿ): Chinese pages print
#: readings, names and glosses in them, so they are no foreign script. Of a single-byte reading
#: of Chinese bytes they are a small share (11 of Latin-1's letters), the rest stays foreign.
PINYIN_LETTERS = frozenset(TONE_LETTERS + "ńňǹḿ" + (TONE_LETTERS + "ńňǹḿ").upper())


def _native(ch: str) -> bool:
    o = ord(ch)
    return (ch in PINYIN_LETTERS or o < 0x80 or 0x3000 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
            or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x27BF or o in (0xA0, 0xB7, 0xD7, 0xF7, 0xA9, 0xAE, 0xB0)
            or 0x20000 <= o <= 0x2FA1F or 0xE000 <= o <= 0xF8FF)


@dataclass(frozen=True)
class Judgement:
    """What a decoding reads like."""

    replaced: int
    chars: int
    nonascii: int  # characters beyond ASCII (replacements included): where wrong readings show
    foreign: int  # letters of scripts no Chinese page uses
    odd: int  # characters beyond ASCII that are neither Chinese nor its punctuation and symbols
    cjk: int
    chinese: float  # chinese_score

    @property
    def plausible(self) -> bool:
        if self.chars == 0:
            return False
        if self.replaced > MAX_REPLACED * max(self.nonascii, self.chars // 10) + 2:
            return False
        if not self.reads_chinese and (self.foreign > MAX_FOREIGN * max(1, self.nonascii)
                                       or self.odd > MAX_ODD * max(1, self.nonascii)):
            return False
        # A double-byte reading of another double-byte encoding gives CJK characters too, but a
        # scatter of rare ones.
        return not (self.cjk >= MIN_CJK_JUDGED and self.chinese < MIN_CHINESE)

    @property
    def reads_chinese(self) -> bool:
        """Ordinary Chinese, more of it than of anything else beyond ASCII: letters of other
        scripts are then the article's quotations (a Korean or Russian name, Greek in a formula,
        a Japanese phrase), not a wrong reading — every wrong reading measured gives a scatter
        of rare characters (at most 11% common, against 75-79% for the right one)."""
        return self.cjk >= MIN_CJK_JUDGED and self.chinese >= MIN_CHINESE and self.cjk >= self.foreign + self.odd

    def why_not(self) -> str:
        if self.replaced > MAX_REPLACED * max(self.nonascii, self.chars // 10) + 2:
            return f"{self.replaced} of {self.chars} characters invalid"
        if self.foreign > MAX_FOREIGN * max(1, self.nonascii) and not self.reads_chinese:
            return f"{self.foreign} letters from scripts Chinese pages do not use"
        if self.odd > MAX_ODD * max(1, self.nonascii) and not self.reads_chinese:
            return f"{self.odd} characters that are neither Chinese nor its punctuation"
        return f"its Chinese reads as a scatter of rare characters ({self.chinese:.0%} common)"


#: Largest share of characters beyond ASCII that are neither Chinese nor its marks (kana,
#: compatibility forms, control and private characters: what a reading of random bytes gives).
MAX_ODD = 0.1
#: A text with this many CJK characters is judged on how ordinary its Chinese reads.
MIN_CJK_JUDGED = 50
#: Least share of common characters among the CJK characters of a right reading.
MIN_CHINESE = 0.4


_NONASCII = re.compile(r"[^\x00-\x7f]")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: Characters beyond ASCII that Chinese text is made of: ideographs, CJK and full-width marks,
#: general punctuation, arrows and symbols, circled numbers, a few Latin-1 signs (and, in
#: _ODD, pinyin's letters).
_CHINESE_OR_MARKS = (r"\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f\u3000-\u303f\uff01-\uff5e"
                     r"\u2000-\u206f\u2100-\u25ff\u2460-\u24ff\ufffd\u00a0\u00a7\u00a9\u00ae\u00b0\u00b1"
                     r"\u00b7\u00d7\u00f7\u2e3a")
_ODD = re.compile(f"[^\\x00-\\x7f{_CHINESE_OR_MARKS}{''.join(sorted(PINYIN_LETTERS))}]")


@lru_cache(maxsize=1)
def _common_table() -> dict[int, None]:
    return dict.fromkeys(map(ord, _common_chars()))


def judge(text: str) -> Judgement:
    """How plausible `text` reads as Chinese, judged without repost noise (pinyin glosses with
    tone marks, emoji, dingbats, stray tags): a content farm's copy is no mojibake."""
    # (a radical a PDF font printed for a character is that character: clipper.text.radical_forms)
    sample = fold_font_forms(clean_noise(text[:SAMPLE]))
    odd_chars = _ODD.findall(sample)
    foreign = sum(1 for ch in odd_chars if ch.isalpha() and not _native(ch))
    cjk = len(_CJK_CHAR.findall(sample))
    common = len(sample) - len(sample.translate(_common_table()))
    nonascii = len(sample) - len(sample.encode("ascii", "ignore"))
    return Judgement(sample.count("\ufffd"), len(sample), nonascii, foreign, len(odd_chars), cjk,
                     common / cjk if cjk else 0.0)


def _decode(raw: bytes, codec: str) -> str:
    return raw.decode(codec, errors="replace").replace("\x00", "")


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if _utf16_guess(sample):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _utf16_guess(sample: bytes) -> str | None:
    """UTF-16 without a byte-order mark: a text with NUL bytes (the high bytes of ASCII, or
    low bytes of some CJK characters) that reads plausibly in one byte order."""
    sample = sample[: len(sample) - len(sample) % 2]
    if sample.count(0) < 4:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        j = judge(sample.decode(codec, errors="replace"))
        if j.plausible and j.replaced <= 2:
            return codec
    return None


def _detected(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:SAMPLE]).best()
    return best.encoding if best is not None else None


def decode_bytes(raw: bytes, content_type: str | None = None) -> Decoded:
    """Decode document bytes; InputError (with the reason) when they are not text, or decode
    only to implausible text."""
    if not raw or not raw.strip():
        raise InputError("empty file")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = _decode(raw[len(bom):], codec)
            j = judge(text)
            if j.replaced > MAX_REPLACED * max(1, j.chars):
                raise InputError(f"bytes do not decode as {codec} despite its byte-order mark ({j.why_not()})")
            return Decoded(text, codec, "bom", j.replaced)
    if _looks_binary(raw):
        raise InputError("binary content (NUL or control bytes), not text")

    header = _codec(header_charset(content_type))
    meta = _codec(meta_charset(raw))
    declared = header or meta
    def candidates() -> Iterator[tuple[str, str]]:
        """(codec, evidence) in the order of evidence; the costly ones (detection, the reading
        of the CJK encodings) only computed when the cheap ones failed."""
        if declared and declared != "utf-8" and utf8_valid and not raw.isascii():
            # GBK declared, valid UTF-8 given: the reverse accident (GBK bytes that happen to be
            # valid UTF-8) is practically impossible; the declaration lies.
            yield "utf-8", f"utf-8 (declared {declared_name} is wrong)"
        if header:
            yield header, "header"
        if meta:
            yield meta, "meta"
        if utf8_valid:
            yield "utf-8", "utf-8"
        guess16 = _utf16_guess(raw[:8192])
        if guess16:
            yield guess16, "detected (utf-16 without byte-order mark)"
        detected = _codec(_detected(raw))
        if detected:
            yield detected, "detected"
        # The encodings of Chinese pages, the better-reading first; UTF-16 without a mark last.
        yield "utf-8", "fallback"
        for codec in _cjk_by_reading(raw):
            yield codec, "fallback"
        yield "utf-16-le", "fallback"
        yield "utf-16-be", "fallback"

    declared_name = header_charset(content_type) or meta_charset(raw)
    utf8_valid = _strict_utf8(raw)
    seen: dict[str, tuple[str, Judgement]] = {}
    verdicts = []
    lied: list[str] = []  # declarations the bytes contradicted
    for codec, source in candidates():
        if codec not in seen:
            text = _decode(raw, codec)
            seen[codec] = (text, judge(text))
        text, j = seen[codec]
        if declared and codec != declared and source in ("detected", "fallback", "utf-8"):
            source += f" (declared {declared_name} is wrong)"
        elif lied and source in ("meta", "header"):
            source += f" ({lied[0]} is wrong)"
        if j.plausible:
            # A wrong single-byte reading can pass the checks on mostly-ASCII pages; a CJK reading
            # that is clean and reads as ordinary Chinese beats it.
            if source.startswith("detected") and j.chinese < 0.5 and _cjk_share(text) < 0.05:
                alt = _best_cjk(raw, seen)
                if alt is not None:
                    codec, text, j = alt
                    source = "fallback" + (f" (declared {declared_name} is wrong)" if declared else "")
            return Decoded(text, codec, source, j.replaced)
        verdicts.append(f"{codec}: {j.why_not()}")
        if source == "header":
            lied.append(f"header charset {header_charset(content_type)}")
    raise InputError("mojibake: no encoding gives plausible text (" + "; ".join(dict.fromkeys(verdicts)) + ")")


def _cjk_by_reading(raw: bytes) -> list[str]:
    """GB18030 and Big5-HKSCS, the one whose reading is the more ordinary Chinese first."""
    scored = []
    for codec in ("gb18030", "big5hkscs"):
        j = judge(_decode(raw[:SAMPLE], codec))
        scored.append((j.chinese - (j.replaced / max(1, j.nonascii)), codec))
    return [c for _, c in sorted(scored, reverse=True)]


def _strict_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _cjk_share(text: str) -> float:
    sample = text[:SAMPLE]
    return sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") / max(1, len(sample))


def _best_cjk(raw: bytes, seen: dict[str, tuple[str, Judgement]]) -> tuple[str, str, Judgement] | None:
    best = None
    for codec in ("gb18030", "big5hkscs"):
        if codec not in seen:
            text = _decode(raw, codec)
            seen[codec] = (text, judge(text))
        text, j = seen[codec]
        if j.plausible and _cjk_share(text) >= 0.05 and j.chinese >= 0.6:
            if best is None or j.chinese > best[2].chinese:
                best = (codec, text, j)
    return best


def normalize_unicode(text: str) -> str:
    """NFC, so that one text never comes in two encodings of itself."""
    return unicodedata.normalize("NFC", text)
