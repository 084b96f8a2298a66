"""Bounded work on hostile input: too large, too deep, too long. Each gives an error row with
the reason or a result, never a hang."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

from conftest import ERRORS, SEEDS, query, run_crawl

from clipper.extract import extract_document, extract_text
from clipper.model import InputError
from clipper.text.layout_text import layout_to_columns
from clipper.text.repeats import MIN_GARBLE_CHARS, _shared_tail, drop_garbled_tails
from clipper.text.normalize import key


def pairwise_garbled_tails(texts: list[str]) -> tuple[list[str], list[str]]:
    """The rule as first written: every piece against every later one."""
    out, removed, keys = list(texts), [], [key(t) for t in texts]
    for i in range(len(out)):
        for j in range(i + 1, len(out)):
            if not keys[i] or not keys[j] or keys[i] == keys[j]:
                continue
            n = _shared_tail(out[i], out[j])
            if n >= MIN_GARBLE_CHARS and n < len(out[i]):
                removed.append(out[i][-n:])
                out[i] = out[i][:-n].rstrip()
                keys[i] = key(out[i])
    return out, removed


TAILS = ["会议强调，要坚持以人民为中心的发展思想，扎实推进各项工作落地见效取得实效。",
         "委员们围绕乡村振兴、生态保护和高质量发展积极建言献策，提出了许多有价值的意见建议。",
         "委员们围绕乡村振兴、生态保护和高质量发展积极建言献策，提出许多有价值的意见建议。"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "市政协召开会议。", "本报讯 近日，", "天水", "兰州市"]),
                          st.sampled_from(["", *TAILS, TAILS[0] + TAILS[1]])).map("".join), max_size=12))
def test_garbled_tails_found_by_their_ending_are_those_of_every_pair(texts: list[str]) -> None:
    assert drop_garbled_tails(texts) == pairwise_garbled_tails(texts)


def test_a_long_paragraph_page_is_read_in_linear_time() -> None:
    # Many pages run together (400 KB): read, every copy's articles found.
    newspapers = sorted(SEEDS.glob("00[0-3]_*.txt"))
    one = "\n\n".join(p.read_text(encoding="utf-8") for p in newspapers) + "\n\n本报讯 副本的说明文字。\n\n"
    per_copy = len(extract_document(one.encode(), "file:///one.txt").articles)
    copies = 400_000 // len(one.encode()) + 1
    ex = extract_document((one * copies).encode(), "file:///many.txt")
    assert len(ex.articles) >= 0.95 * per_copy * copies


def test_deep_html_is_read_or_refused_with_the_reason() -> None:
    para = "<p>" + "市政协召开主席会议，研究近期重点工作。会议指出，要扎实做好各项协商议政工作。" * 3 + "</p>"
    page = lambda depth: ("<html><head><title>市政协召开主席会议</title></head><body>" + "<div>" * depth + para
                          + "</div>" * depth + "</body></html>")
    assert "研究近期重点工作" in extract_document(page(300).encode(), "http://a.example.cn/1.html").articles[0].text
    with pytest.raises(InputError, match="nested too deep"):
        extract_document(page(100_000).encode(), "http://a.example.cn/2.html")


def test_control_characters_never_reach_an_article() -> None:
    text = "市政协召开主席会议\n\n本报讯 会议研究\x00近期重点\x07工作。\x1b会议指出，要扎实做好各项工作。\n"
    body = "".join(a.text for a in extract_text(text, "file:///c.txt").articles)
    assert "研究近期重点工作" in body and not any(ord(c) < 9 or 13 < ord(c) < 32 for c in body)


def test_a_file_over_the_size_cap_is_an_error_row(seed_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "cap.db"
    big = seed_copy / "big.txt"
    big.write_text((SEEDS / sorted(p.name for p in SEEDS.glob("000_*.txt"))[0]).read_text(encoding="utf-8") * 3,
                   encoding="utf-8")
    limit = big.stat().st_size - 1
    assert all(p.stat().st_size <= limit for p in seed_copy.glob("*.txt") if p != big)
    run_crawl(db, "-a", f"path={seed_copy}", "-s", f"CLIPPER_MAX_DOCUMENT_BYTES={limit}", expect=ERRORS)
    rows = {Path(r["url"]).name: r for r in query(db, "select url, status, error from documents")}
    assert rows["big.txt"]["status"] == "error" and rows["big.txt"]["error"].startswith(f"too large: {limit + 1} bytes")
    assert sum(r["status"] == "ok" for r in rows.values()) == len(rows) - 1


def test_a_long_layout_text_is_read_in_linear_time() -> None:
    # 20,000 rows of three columns, every seventh with two columns one space apart (the extractor's
    # rounding): one tall grid, read column by column (quadratic in the rows until 2026-12-05).
    row = "省政协召开专题协商会议今天   委员们建议加强水资源节约   县政协委员调研乡村振兴工作"
    text = "\n".join(row.replace("   ", " ", 1) if i % 7 == 0 else row for i in range(20_000))
    columns = layout_to_columns(text)
    assert columns.count("委员们建议加强水资源节约") == 20_000
    assert columns.index("县政协委员调研乡村振兴工作") > columns.rindex("委员们建议加强水资源节约")
