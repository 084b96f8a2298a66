"""What real extractors add to a page's text and a page set by our own typesetters never shows:
white space after a line's last glyph, radicals or compatibility ideographs a PDF font maps its
glyphs to (``⼈`` U+2F08 for 人, ``⺠`` U+2EA0 for 民), indents printed as tabs, figures as
full-width digits. None may change what is read (bench.pages.artefacts measures them on a whole
corpus set)."""

from __future__ import annotations

import re
from pathlib import Path

from bench.pages.artefacts import RADICAL_FONT
from clipper.extract import extract_document
from clipper.text.normalize import fold_font_forms

DATA = Path(__file__).parent / "data"
#: Real extractions of made pages (pypdf, pdfminer): each reads into several articles.
PAGES = ("typst-dev2.t013.pypdf.txt", "reportlab.p014.pypdf.txt", "typst-dev.t002.pdfminer.txt")
def articles(raw: str) -> list[tuple[str | None, list[str]]]:
    return [(a.title, a.body) for a in extract_document(raw.encode("utf-8"), "file:///page.txt").articles]


def test_white_space_after_the_last_glyph_changes_nothing() -> None:
    for name in PAGES:
        text = (DATA / name).read_text(encoding="utf-8")
        padded = "\n".join(ln + " " * (k % 3 + 1) + ("\u3000" if k % 5 == 0 else "") if ln.strip() else ln
                           for k, ln in enumerate(text.split("\n")))
        assert re.search(r"\S {2}$", padded, re.M)
        assert articles(padded) == articles(text), name


def test_radical_forms_of_a_pdf_font_read_as_their_characters() -> None:
    for name in PAGES:
        text = (DATA / name).read_text(encoding="utf-8")
        printed = text.translate(str.maketrans(RADICAL_FONT))
        assert printed != text and "\u2f08" in printed  # (人 as the radical ⼈)
        assert articles(printed) == articles(text), name


def test_fold_font_forms() -> None:
    assert fold_font_forms("⼈⺠政协⽇报") == "人民政协日报"
    assert fold_font_forms("\uf92c") == "\u90ce"  # (a compatibility ideograph: 郎)
    assert fold_font_forms("人民政协，2024年。") == "人民政协，2024年。"  # (punctuation, figures untouched)
    # (the vertical forms of a headline set vertically: the marks printed across)
    assert fold_font_forms("城关区政协召开党组︵扩大︶会议︒") == "城关区政协召开党组（扩大）会议。"


def test_a_document_keeps_what_the_extractor_gave() -> None:
    """The articles are read with the characters; the document's text stays as it came."""
    raw = "本报讯 10⽉8⽇，市政协召开主席会议，研究⼈⺠群众关心的问题。\n"
    result = extract_document(raw.encode("utf-8"), "file:///brief.txt")
    assert "⼈⺠" in result.text
    assert all("⼈" not in p and "⽉" not in p for a in result.articles for p in a.body)


def test_tab_indents_and_fullwidth_digits_change_nothing() -> None:
    fullwidth = str.maketrans({str(d): chr(0xFF10 + d) for d in range(10)})
    for name in (*PAGES, "reportlab.p041.pdfminer.txt"):
        text = (DATA / name).read_text(encoding="utf-8")
        assert articles(text.translate(fullwidth)) == articles(text), name
    text = (DATA / "reportlab.p041.pdfminer.txt").read_text(encoding="utf-8")  # (18 indented lines)
    tabbed = re.sub(r"(?m)^(?:\u3000\u3000|  +)", "\t", text)
    assert tabbed.count("\n\t") >= 18
    assert articles(tabbed) == articles(text)


def test_a_label_spaced_by_ideographic_spaces_is_read_as_its_word() -> None:
    from clipper.text.normalize import unspace_letters

    assert unspace_letters("政　协　动　态") == "政协动态"
    assert unspace_letters("本报记者 王　丽") == "本报记者 王　丽"  # (a name set to three ems stays)


def fake_bold(text: str, by_char: bool) -> str:
    """Every headline line of a page drawn twice a hair apart, as an extractor prints it."""
    from clipper.text.newspaper.order import make_line

    def twice(line: str) -> str:
        ln = make_line(0, line)
        if not (ln.heading_like and len(line.strip()) >= 6):
            return line
        return "".join(ch if ch.isspace() else ch * 2 for ch in line.strip()) if by_char else line.strip() * 2
    return "\n".join(twice(ln) for ln in text.split("\n"))


def test_headlines_drawn_twice_for_a_fake_bold_read_once() -> None:
    """A fake bold draws each glyph twice a hair apart: pdfplumber and others that sort a line's
    glyphs print ``市市政政协协…`` (every title was lost), readers of the content stream print the
    line twice over."""
    from clipper.text.repeats import undouble_glyphs

    assert undouble_glyphs("　　临临洮洮县县政政协协召召开开主主席席会会议议") == ("　　临洮县政协召开主席会议", "临洮县政协召开主席会议")
    assert undouble_glyphs("临洮县政协召开主席会议临洮县政协召开主席会议") == ("临洮县政协召开主席会议", "临洮县政协召开主席会议")
    for line in ("认认真真", "高高兴兴地", "本报讯 会议指出，要认真学习", "学习中心组会议 学习中心组会议"):
        assert undouble_glyphs(line) == (line, None)  # (reduplicated words; two headlines side by side)
    for name in PAGES:
        text = (DATA / name).read_text(encoding="utf-8")
        plain = articles(text)
        for by_char in (True, False):
            bold = fake_bold(text, by_char)
            assert bold != text
            assert articles(bold) == plain, (name, by_char)


def test_a_pdf_headline_drawn_twice_for_a_fake_bold_reads_once() -> None:
    from tests.test_pdf_headlines import REPORT, column, pdf_of

    title = "临洮县政协召开主席会议"
    page = [(60, 740, 18.0, title), (60.35, 740.2, 18.0, title)] + column(60, 710, REPORT)
    [article] = extract_document(pdf_of(page), "file:///made.pdf").articles
    assert article.title == title
    assert article.body[0].startswith("本报临洮讯")


def test_glyphs_without_a_character_are_marked_lost_or_the_text_refused() -> None:
    """pdfminer prints ``(cid:N)`` for a glyph whose font maps no character: a few become U+FFFD
    in the article (a character lost, said so); a text made of them is an error, not an empty read."""
    import pytest

    from clipper.model import InputError

    few = "本报讯 10月8日，市政协召开(cid:1234)会议，研究(cid:77)工作。\n"
    [article] = extract_document(few.encode("utf-8"), "file:///few.txt").articles
    assert article.body == ["本报讯10月8日，市政协召开\ufffd会议，研究\ufffd工作。"]
    with pytest.raises(InputError, match="glyphs without a character"):
        extract_document(("(cid:1234)(cid:2345)(cid:77)\n" * 30).encode("utf-8"), "file:///unmapped.txt")


def test_narrow_latin_glyphs_side_by_side_are_no_overprint() -> None:
    """``ll`` and ``...`` stand closer than 0.3 em: only a glyph drawn within a share of its own
    width of itself is a fake bold's second drawing."""
    from tests.test_pdf_headlines import REPORT, column, pdf_of
    from tests.test_pdf_lines import drawn_in_pieces

    last = drawn_in_pieces(60, 612, [("STSong-Light", "会议通报了", 10.0), ("Helvetica", "all 1100 wells...", 10.0),
                                     ("STSong-Light", "的情况。", 10.0)])
    page = [(60, 740, 18.0, "临洮县政协召开主席会议")] + column(60, 710, REPORT) + last
    [article] = extract_document(pdf_of(page), "file:///made.pdf").articles
    assert "all 1100 wells..." in "".join(article.body)
