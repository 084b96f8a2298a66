"""Recognise a newspaper masthead at the top of a page and read the publication from it."""

from __future__ import annotations

from clipper.model import Publication
from clipper.text import patterns as P
from clipper.text.metadata import iso_date
from clipper.text.pieces import FURNITURE, Piece

#: How many pieces from the top a masthead may span.
MASTHEAD_WINDOW = 8


def _is_masthead_line(text: str) -> bool:
    return bool(
        P.MASTHEAD_SPONSOR.search(text)
        or P.MASTHEAD_DATE.match(text)
        or (P.MASTHEAD_LUNAR.search(text) and (P.MASTHEAD_ISSUE.search(text) or P.MASTHEAD_PAGES.search(text)))
        or (P.MASTHEAD_ISSUE.search(text) and P.MASTHEAD_PAGES.search(text))
    )


def read_masthead(pieces: list[Piece]) -> Publication:
    """Mark masthead pieces as furniture and return what they say (empty when there is none)."""
    pub = Publication()
    top = pieces[:MASTHEAD_WINDOW]
    hits = [i for i, p in enumerate(top) if _is_masthead_line(p.text)]
    if not hits:
        return pub
    last = max(hits)
    for i, p in enumerate(top[: last + 1]):
        text = p.text
        if P.PAPER_NAME.match(text) and (i + 1 in hits):
            pub.name = text
            p.kind = FURNITURE
        elif i in hits:
            p.kind = FURNITURE
            if m := P.MASTHEAD_DATE.match(text):
                pub.date = iso_date(m)
            if m := P.MASTHEAD_ISSUE.search(text):
                pub.issue = m["issue"].replace(" ", "")
            if m := P.MASTHEAD_PAGES.search(text):
                pub.pages = m["pages"] or m["pages2"]
    return pub
