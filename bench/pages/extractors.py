"""Real PDF text extractors, as users run them on newspaper pages: pdfminer.six with three
layout settings, pypdf (content order and its layout mode), pypdfium2, PyMuPDF (content order,
and its words sorted top to bottom, left to right), pdfplumber (its default text and its layout
mode), and poppler's pdftotext (reading order, -raw, -layout). The layout modes keep side-by-side
columns on one line; so does pdfplumber's default, one space apart."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path


def _pdfminer(**params: object) -> Callable[[bytes], str]:
    def run(pdf: bytes) -> str:
        from pdfminer.high_level import extract_text
        from pdfminer.layout import LAParams

        return extract_text(io.BytesIO(pdf), laparams=LAParams(**params))
    return run


def _pypdf(pdf: bytes) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _pypdf_layout(pdf: bytes) -> str:
    import pypdf

    return "\f".join(page.extract_text(extraction_mode="layout") for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _pdfium(pdf: bytes) -> str:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))).replace("\r\n", "\n")
    finally:
        doc.close()


def _pymupdf(sort: bool) -> Callable[[bytes], str]:
    """PyMuPDF's ``page.get_text()``: its blocks in the order they are drawn, or (``sort=True``,
    what its documentation advises for a natural reading order) sorted by their top, then left."""
    def run(pdf: bytes) -> str:
        import pymupdf

        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            return "\n".join(page.get_text(sort=sort) for page in doc)
    return run


def _pdfplumber(layout: bool) -> Callable[[bytes], str]:
    """pdfplumber's ``page.extract_text()``: the characters of each row of the page, left to
    right, a space where they stand apart (``layout=True``: spaced out to their places)."""
    def run(pdf: bytes) -> str:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            return "\n".join(page.extract_text(layout=layout) for page in doc.pages)
    return run


def _pdftotext(*flags: str) -> Callable[[bytes], str]:
    def run(pdf: bytes) -> str:
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            out = subprocess.run(["pdftotext", "-enc", "UTF-8", *flags, f.name, "-"], capture_output=True, check=True)
        return out.stdout.decode("utf-8")
    return run


#: name -> extractor. The names are the folders of the corpus.
EXTRACTORS: dict[str, Callable[[bytes], str]] = {
    "pdfminer": _pdfminer(),                                  # LAParams() defaults
    "pdfminer-lines": _pdfminer(line_margin=0.05),            # every printed line its own box
    "pdfminer-noflow": _pdfminer(boxes_flow=None, char_margin=3.0),
    "pypdf": _pypdf,
    "pypdf-layout": _pypdf_layout,
    "pdfium": _pdfium,
    "pymupdf": _pymupdf(sort=False),
    "pymupdf-sort": _pymupdf(sort=True),
    "pdfplumber": _pdfplumber(layout=False),
    "pdfplumber-layout": _pdfplumber(layout=True),
}
if shutil.which("pdftotext"):
    EXTRACTORS |= {"pdftotext": _pdftotext(), "pdftotext-raw": _pdftotext("-raw"),
                   "pdftotext-layout": _pdftotext("-layout")}


#: Codes of one printed character: extractors read the GB middle dot as either.
SAME_GLYPH = str.maketrans({"\u30fb": "\u00b7"})


def _counts(text: str) -> Counter[str]:
    return Counter(ch for ch in text.translate(SAME_GLYPH) if not ch.isspace())


def lost_characters(drawn: list[str], text: str) -> Counter[str]:
    """Characters drawn on the page that the extraction lacks (white space not counted)."""
    return _counts("".join(drawn)) - _counts(text)


def invented_characters(drawn: list[str], text: str) -> Counter[str]:
    return _counts(text) - _counts("".join(drawn))


def extract_all(pdf: bytes, drawn: list[str], out: Path, stem: str, names: list[str] | None = None
                ) -> dict[str, str]:
    """Every extractor (or those `names`) on one page: each text that lost and invented no
    character is written to ``out/text/EXTRACTOR/STEM.EXTRACTOR.txt``; returns what became of
    each (kept, or why not)."""
    outcome: dict[str, str] = {}
    for name in names or list(EXTRACTORS):
        try:
            text = EXTRACTORS[name](pdf)
        except Exception as exc:  # an extractor that fails on a page is recorded, not fatal
            outcome[name] = f"failed: {type(exc).__name__}: {exc}"
            continue
        lost, extra = lost_characters(drawn, text), invented_characters(drawn, text)
        if lost or extra:
            outcome[name] = (f"dropped: lost {sum(lost.values())} characters {''.join(sorted(lost))[:20]!r}, "
                             f"invented {sum(extra.values())} {''.join(sorted(extra))[:20]!r}")
            continue
        (out / "text" / name).mkdir(parents=True, exist_ok=True)
        (out / "text" / name / f"{stem}.{name}.txt").write_text(text, encoding="utf-8")
        outcome[name] = "kept"
    return outcome


__all__ = ["EXTRACTORS", "extract_all", "lost_characters", "invented_characters", "Path"]
