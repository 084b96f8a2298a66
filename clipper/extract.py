"""From the bytes of one input document to its articles: decode, detect the kind, segment.

Pure: knows nothing of Scrapy or the database. Raises InputError (with the reason) for input
that is not a readable document.
"""

from __future__ import annotations

import logging
import re

from clipper.model import Extraction, InputError
from clipper.text.decode import decode_bytes
from clipper.text.detect import detect_kind
from clipper.text.layout_text import is_layout_text, layout_to_columns
from clipper.text.row_text import is_row_text, rows_to_lines
from clipper.text.normalize import cjk_count, fold_font_forms
from clipper.text.newspaper import segment_page
from clipper.text.portal_html import extract_portal_html
from clipper.text.portal_text import extract_portal_text

logger = logging.getLogger(__name__)

#: Version of the extraction rules (decoding, cleaning, reading pages, segmenting), stored with
#: every document. Raise it with every change that alters what an input gives; a refresh skips
#: unchanged inputs, `CLIPPER_REPROCESS=1` redoes those read by older rules (`all`: every one).
RULES_VERSION = "2026.12.07.160"

#: Control characters no text needs (tab, newline and carriage return stay): a parser would
#: turn them into replacement characters.
#: Opening and closing tags of elements that nest (void elements do not).
TAG = re.compile(r"<(/)?(?!(?:br|img|hr|meta|link|input|area|base|col|embed|source|wbr)\b)[a-zA-Z][^>]*?(?<!/)>")
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: A glyph pdfminer found no character for (its font maps none): ``(cid:1234)``.
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
#: Share of a text's glyphs without a character from which it is not read at all.
MAX_UNMAPPED_SHARE = 0.5


def mark_unmapped_glyphs(text: str) -> str:
    """pdfminer's ``(cid:N)`` for a glyph its font maps to no character becomes U+FFFD (a
    character lost, said so, not a bracket of figures in the article); a text mostly made of
    them is refused (InputError): its PDF needs reading with another tool, or OCR."""
    unmapped = len(UNMAPPED_GLYPH.findall(text))
    if not unmapped:
        return text
    if unmapped > MAX_UNMAPPED_SHARE * (unmapped + cjk_count(text)):
        raise InputError(f"{unmapped} glyphs without a character (cid:N): the PDF's fonts map no text; "
                         "extract it with another tool or OCR it")
    return UNMAPPED_GLYPH.sub("\ufffd", text)


def extract_text(text: str, url: str | None = None, kind: str | None = None,
                 selectors: dict[str, str] | None = None) -> Extraction:
    """Articles of an already decoded document (`selectors`: a portal's CSS selectors for
    title / body / date of its HTML pages)."""
    text = mark_unmapped_glyphs(text)
    pages = [CONTROLS.sub("", page) for page in text.split("\f")]  # (a form feed ends a PDF page)
    original = "".join(pages)
    pages = [fold_font_forms(page) for page in pages]
    text = "".join(pages)
    found = kind or detect_kind(text)
    # (pages extracted with their layout kept are read column by column first; pages whose
    # lines run across the columns one space apart, printed line by printed line)
    columns = None
    if kind in (None, "newspaper") and found != "portal_html":
        if is_layout_text(text):
            columns = layout_to_columns("\f".join(pages))
        elif is_row_text(text):
            columns = rows_to_lines("\f".join(pages))
    kind = "newspaper" if columns is not None else found
    if kind == "portal_html":
        try:
            pub, articles, furniture = extract_portal_html(text, url, selectors)
        except RecursionError:
            raise InputError(f"HTML nested too deep to read (deepest element {html_depth(text)} levels down)") from None
    elif kind == "portal_text":
        pub, articles, furniture = extract_portal_text(text)
    else:
        page = segment_page(text if columns is None else columns)
        pub, articles, furniture = page.publication, page.articles, page.furniture
    for pos, art in enumerate(articles):
        art.position = pos
    return Extraction(kind=kind, text=original, encoding=None, encoding_source=None,
                      publication=pub, articles=articles, furniture=furniture)


def html_depth(html: str) -> int:
    """How deep the elements of a page are nested (opening minus closing tags, at the worst)."""
    depth = deepest = 0
    for m in TAG.finditer(html):
        depth += -1 if m.group(1) else 1
        deepest = max(deepest, depth)
    return deepest


def extract_pdf(raw: bytes, url: str | None = None) -> Extraction:
    """The articles of a PDF newspaper page (its text layer read with its geometry)."""
    from clipper.text.newspaper.flow import segment_pdf
    from clipper.text.pdfpage import pdf_text, read_pdf

    lines = read_pdf(raw)
    page = segment_pdf(lines)
    for pos, art in enumerate(page.articles):
        art.position = pos
    if not page.articles:
        logger.info("no article found in %s", url)
    return Extraction(kind="newspaper", text=pdf_text(lines), encoding=None, encoding_source="pdf",
                      publication=page.publication, articles=page.articles, furniture=page.furniture)


def is_pdf(raw: bytes) -> bool:
    return raw[:1024].lstrip().startswith(b"%PDF-")


def extract_document(raw: bytes, url: str | None = None, content_type: str | None = None,
                     selectors: dict[str, str] | None = None) -> Extraction:
    """Decode and extract one document (a PDF page is read with its geometry)."""
    if is_pdf(raw):
        return extract_pdf(raw, url)
    decoded = decode_bytes(raw, content_type)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("no text after decoding")
    result = extract_text(text, url, selectors=selectors)
    result.encoding, result.encoding_source, result.replaced = decoded.encoding, decoded.source, decoded.replaced
    if not result.articles:
        logger.info("no article found in %s", url)
    return result


__all__ = ["extract_document", "extract_pdf", "extract_text", "InputError"]
