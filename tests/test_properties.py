"""Properties of the pure core for any text (hypothesis): the readers never raise on text, never
invent characters, give the same result twice, lose no sentence of a clean made page, and
reading what was read gives it again.

Short runs here (CLIPPER_FUZZ_EXAMPLES, default 60 per property); `make fuzz` runs thousands.
"""

from __future__ import annotations

import os
import unicodedata


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clipper.extract import CONTROLS, extract_document, extract_text
from clipper.model import InputError
from clipper.text.noise import to_standard

EXAMPLES = int(os.environ.get("CLIPPER_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Pieces real pages are made of, so that random text reaches the readers' rules.
PIECES = ["本报讯", "（记者 王明）", "□ 李华", "市政协召开", "主席会议", "政协委员", "2024年5月16日", "星期四",
          "第2版", "责任编辑：张丽", "(转二版)", "(上接第一版)", "——", "相关阅读", "来源：甘肃政协", "摄",
          "。", "，", "：", "\n", "\n\n", "  ", "　　", "<p>", "</p>", "<div>", "</div>", "<title>", "</title>",
          "热门文章", "上一篇", "1.", "一、", "★", "guo", "(xié)", "http://a.example.cn/1.html", "第十四届"]
cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(alphabet=cjk, min_size=1, max_size=12),
                           st.text(max_size=6)), max_size=60).map("".join)


def allowed_characters(text: str) -> set[str]:
    """What an article may contain: the input's characters, as normalised and simplified."""
    text = CONTROLS.sub("", text)
    norm = unicodedata.normalize("NFKC", text)
    chars = set(text) | set(norm) | set(to_standard(norm)) | set(to_standard(text))
    chars |= {c for ch in chars for c in to_standard(ch)}
    # The text convention writes punctuation full width (README "Text convention").
    chars |= {chr(ord(c) + 0xFEE0) for c in norm if "!" <= c <= "~" and not c.isalnum()}
    return chars | {"\n", " ", "…", "—", "·"}


def article_text(ex: object) -> str:
    return "".join((a.title or "") + (a.subtitle or "") + a.text for a in ex.articles)  # type: ignore[attr-defined]


@FUZZ
@given(texts, st.sampled_from([None, "newspaper", "portal_text", "portal_html"]))
def test_readers_never_raise_nor_invent(text: str, kind: str | None) -> None:
    ex = extract_text(text, "file:///fuzz.txt", kind=kind)
    invented = set(article_text(ex)) - allowed_characters(text)
    assert not invented, f"characters not in the input: {sorted(invented)[:10]}"
    again = extract_text(text, "file:///fuzz.txt", kind=kind)
    assert [(a.title, a.text) for a in again.articles] == [(a.title, a.text) for a in ex.articles]


@FUZZ
@given(st.binary(max_size=4000))
def test_any_bytes_give_articles_or_a_reason(raw: bytes) -> None:
    try:
        extract_document(raw, "file:///fuzz.bin")
    except InputError as exc:
        assert str(exc)


@st.composite
def clean_paragraphs(draw: st.DrawFn, min_sentences: int = 1) -> list[str]:
    """2–6 paragraphs of 1–4 sentences, no character used twice on the page: real sentences
    are neither runs of one character nor copies of each other with one character changed
    (which the repeat rules may rightly call repeated fragments)."""
    shape = draw(st.lists(st.lists(st.integers(8, 30), min_size=min_sentences, max_size=4), min_size=2, max_size=6))
    chars = iter(draw(st.lists(cjk, min_size=sum(map(sum, shape)), max_size=sum(map(sum, shape)), unique=True)))
    return ["".join("".join(next(chars) for _ in range(n)) + "。" for n in para) for para in shape]


@FUZZ
@given(clean_paragraphs())
def test_a_clean_page_loses_no_sentence(paragraphs: list[str]) -> None:
    title = "市政协召开专题协商会议"
    page = f"{title}\n\n本报讯（记者 王明）" + "\n\n".join(paragraphs) + "\n"
    ex = extract_text(page, "file:///clean.txt", kind="newspaper")
    kept = "".join(article_text(ex).split())
    for para in paragraphs:
        for sent in para.split("。"):
            if sent:
                assert sent in kept, f"lost: {sent}"


def render(ex: object) -> str:
    """Articles written back as a plain page: title, blank line, paragraphs."""
    blocks = []
    for a in ex.articles:  # type: ignore[attr-defined]
        blocks.append("\n\n".join([a.title or "", *a.body]).strip())
    return "\n\n".join(blocks) + "\n"


@FUZZ
@given(clean_paragraphs(min_sentences=2))
def test_reading_what_was_read_gives_it_again(paragraphs: list[str]) -> None:
    """Reading the articles written back as a page gives the same articles."""
    page = "市政协召开专题协商会议\n\n本报讯（记者 王明）" + "\n\n".join(paragraphs) + "\n"
    once = extract_text(page, "file:///clean.txt", kind="newspaper")
    twice = extract_text(render(once), "file:///again.txt", kind="newspaper")
    assert [(a.title, a.body) for a in twice.articles] == [(a.title, a.body) for a in once.articles]
