"""Photo credits in article building (clipper.text.newspaper.articles)."""

from __future__ import annotations


def test_a_credit_word_alone_names_nobody_and_loses_nothing() -> None:
    """A body ending in a credit piece that holds only the credit's word (what an extractor can
    leave of ``罗永红 摄影报道``) is a photo item without authors, not an error that loses the page."""
    from clipper.model import Publication
    from clipper.text.newspaper.articles import build_article
    from clipper.text.newspaper.bodies import Body, Group
    from clipper.text.pieces import CREDIT, TEXT, Piece

    body = Body([Piece(0, 0, "10月8日，靖远县政协委员深入北湾镇枸杞种植基地。", 0, TEXT), Piece(1, 1, "摄影报道", 0, CREDIT)], 0,
                group=Group("金秋时节收获忙"))
    article, _ = build_article(body, True, Publication())
    assert article is not None and (article.kind, article.authors) == ("photo", [])
