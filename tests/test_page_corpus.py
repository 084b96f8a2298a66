"""Newspaper pages of the made corpus (bench/pages/corpus: typeset PDFs and what real PDF
extractors make of them): a quality gate on a handful of pages, and PDFs that cannot be read."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest

from conftest import ERRORS, ROOT, SHARED, query, run_crawl
from clipper.extract import extract_document
from clipper.model import InputError

CORPUS = ROOT / "bench" / "pages" / "corpus"
#: Pages of the corpus checked here (the benchmark scores all of them: make score-pages).
PAGES = ("p001", "p002", "p003", "p004", "p005", "p006")
#: Floors per kind of input, a little under what clipper reaches on these pages (regressions show).
FLOORS = {"pdf": {"matched": 0.97, "titles": 0.9, "body": 0.95, "paragraphs": 0.82},
          "pdfium": {"matched": 0.88, "titles": 0.65, "body": 0.78, "paragraphs": 0.68},
          "pypdf": {"matched": 0.88, "titles": 0.65, "body": 0.78, "paragraphs": 0.68},
          "pdftotext-raw": {"matched": 0.86, "titles": 0.63, "body": 0.76, "paragraphs": 0.66}}


def scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def inputs(kind: str) -> list[tuple[Path, dict]]:
    out = []
    for stem in PAGES:
        gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        path = CORPUS / "pdf" / f"{stem}.pdf" if kind == "pdf" else CORPUS / "text" / kind / f"{stem}.{kind}.txt"
        if path.exists():
            out.append((path, gold))
    return out


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_corpus_pages_meet_the_floor(kind: str) -> None:
    score = scorer()
    total: dict[str, float] = {}
    pairs = inputs(kind)
    assert pairs, f"no {kind} pages in the corpus"
    for path, gold in pairs:
        arts = extract_document(path.read_bytes(), path.as_uri()).articles
        preds = [{**a.as_record(), "authors": json.dumps(a.authors, ensure_ascii=False)} for a in arts]
        counts, _, leaks, _ = score.score_file(gold, preds)
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    g = max(1, total["gold"])
    figures = {"matched": total["matched"] / g, "titles": total["title_ok"] / g, "body": total["body_sim"] / g,
               "paragraphs": total["para_hit"] / max(1, total["para_gold"])}
    for name, floor in FLOORS[kind].items():
        assert figures[name] >= floor, (kind, figures)


def made_pdf(draw) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(600, 800), invariant=1)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def two_column_page(c) -> None:
    """A headline over two columns; the report runs from the foot of the first column on."""
    c.setFont("STSong-Light", 20)
    c.drawString(142, 740, "临洮县政协召开主席会议")  # centred over both columns (60-260, 275-445)
    c.setFont("STSong-Light", 10)
    left = ["　　本报临洮讯（通讯员王五）3月1日，临", "洮县政协召开主席会议，研究部署全年", "重点工作。会议听取了各专门委员会工",
            "作汇报，审议通过了年度协商计划。", "　　会议强调，要坚持围绕中心、服务大"]
    right = ["局，扎实推进协商议政，切实提高履职", "质量和水平。"]
    for i, text in enumerate(left):
        c.drawString(60, 700 - 14 * i, text)
    for i, text in enumerate(right):
        c.drawString(275, 700 - 14 * i, text)


def test_a_pdf_page_is_read_with_its_geometry() -> None:
    result = extract_document(made_pdf(two_column_page), "file:///made.pdf")
    (art,) = result.articles
    assert result.kind == "newspaper" and result.encoding_source == "pdf"
    assert art.title == "临洮县政协召开主席会议" and art.place == "临洮" and art.date == "--03-01"
    assert art.body == ["本报临洮讯（通讯员王五）3月1日，临洮县政协召开主席会议，研究部署全年重点工作。"
                        "会议听取了各专门委员会工作汇报，审议通过了年度协商计划。",
                        "会议强调，要坚持围绕中心、服务大局，扎实推进协商议政，切实提高履职质量和水平。"]
    assert art.authors == ["王五"]


def test_unreadable_pdfs_say_why(tmp_path: Path) -> None:
    import pypdf

    good = made_pdf(two_column_page)
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(good)))
    writer.encrypt(user_password="secret", algorithm="AES-128")
    encrypted = io.BytesIO()
    writer.write(encrypted)
    scanned = made_pdf(lambda c: (c.setFillGray(0.5), c.rect(50, 50, 500, 700, fill=1)))
    broken = good[: len(good) // 3]
    cases = {"encrypted.pdf": (encrypted.getvalue(), "encrypted"), "scanned.pdf": (scanned, "no characters"),
             "broken.pdf": (broken, "PDF")}
    for name, (raw, why) in cases.items():
        with pytest.raises(InputError, match=why):
            extract_document(raw, f"file:///{name}")
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (raw, _) in cases.items():
        (folder / name).write_bytes(raw)
    (folder / "good.pdf").write_bytes(good)
    db = tmp_path / "p.db"
    run_crawl(db, "-a", f"path={folder}", expect=ERRORS)
    rows = {r["url"].rsplit("/", 1)[1]: r for r in query(db, "select * from documents")}
    assert rows["good.pdf"]["status"] == "ok" and rows["good.pdf"]["encoding_source"] == "pdf"
    assert "encrypted" in rows["encrypted.pdf"]["error"]
    assert "text layer" in rows["scanned.pdf"]["error"]
    assert "PDF" in rows["broken.pdf"]["error"]
    assert [r["title"] for r in query(db, "select title from articles")] == ["临洮县政协召开主席会议"]


def test_order_eval_measures_the_readers_order() -> None:
    """The development measure of the reading order runs on the reader's own steps (it once
    imported functions the reader no longer had)."""
    from bench.pages.corpus import gold_for
    from bench.pages.order_eval import evaluate

    path = CORPUS / "text" / "pypdf" / "p001.pypdf.txt"
    right, wrong, links = evaluate(path.read_text(encoding="utf-8"), gold_for(CORPUS, path))
    assert links > 100
    assert right / links > 0.9 and wrong < right
