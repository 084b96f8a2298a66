"""Bytes to text, with the encoding used and how it was chosen.

Order: byte-order mark; the charset the HTML or the HTTP header declares (GB2312/GBK are read as
GB18030, their superset), checked against the bytes; valid UTF-8; then detection with
charset-normalizer among candidates, judged by how Chinese the result reads.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache

import opencc

from charset_normalizer import from_bytes

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
              "big5": "big5hkscs", "cp936": "gb18030", "euc-cn": "gb18030"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w:.]+)""", re.I)
_COMMON_CJK = re.compile(r"[的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    source: str  # bom | declared | utf-8 | detected


def declared_charset(raw: bytes, content_type: str | None = None) -> str | None:
    """The charset named by the HTTP Content-Type header, else by a <meta> in the first 4 KiB."""
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([-\w:.]+)", content_type, re.I)
        if m:
            return m.group(1).lower()
    m = _META_CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii", "ignore").lower() if m else None


def _codec(name: str) -> str | None:
    name = _SUPERSETS.get(name.lower(), name.lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
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


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def decode_bytes(raw: bytes, content_type: str | None = None) -> Decoded:
    """Decode document bytes; raise InputError (with the reason) when they are not text."""
    if not raw or not raw.strip():
        raise InputError("empty file")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text = _strict(raw[len(bom):], codec)
            if text is None:
                raise InputError(f"bytes do not decode as {codec} despite its byte-order mark")
            return Decoded(text, codec, "bom")
    if _looks_binary(raw):
        raise InputError("binary content (NUL or control bytes), not text")

    utf8 = _strict(raw, "utf-8")
    declared = declared_charset(raw, content_type)
    codec = _codec(declared) if declared else None
    if codec and codec != "utf-8":
        text = _strict(raw, codec)
        # A page that declares GBK but is valid UTF-8 (with non-ASCII) is UTF-8: the reverse
        # accident (GBK bytes that happen to be valid UTF-8) is practically impossible.
        if utf8 is not None and not raw.isascii():
            return Decoded(utf8, "utf-8", "utf-8 (declared %s is wrong)" % declared)
        if text is not None:
            return Decoded(text, codec, "declared")
    if utf8 is not None:
        return Decoded(utf8, "utf-8", "declared" if codec == "utf-8" else "utf-8")

    candidates: list[tuple[float, str, str]] = []
    best = from_bytes(raw).best()
    tried = ["gb18030", "big5hkscs"]
    if best is not None and best.encoding:
        tried.insert(0, best.encoding)
    for name in tried:
        c = _codec(name)
        text = _strict(raw, c) if c else None
        if text is not None:
            candidates.append((chinese_score(text), c, text))
    if not candidates:
        raise InputError("undecodable bytes: no candidate encoding (UTF-8, GB18030, Big5) reads them")
    score, codec, text = max(candidates, key=lambda t: t[0])
    if "\ufffd" in text:
        raise InputError(f"undecodable bytes: decoding as {codec} gives replacement characters")
    return Decoded(text, codec, "detected" + (" (declared %s is wrong)" % declared if declared else ""))
