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


def test_bylines_that_say_who_wrote_and_who_photographed_name_only_people() -> None:
    from clipper.text.metadata import split_names

    assert split_names("文/图 本报记者 许晓燕") == ["许晓燕"]
    assert split_names("□ 文 / 马丽君") == ["马丽君"]
    assert split_names("□ 图/文 李四 王五") == ["李四", "王五"]
    assert split_names("通讯 员 赖刚") == ["赖刚"]  # (the role wrapped at a line end)


def test_a_name_in_brackets_on_a_line_after_the_report_is_its_byline() -> None:
    from clipper.model import Publication
    from clipper.text.newspaper.articles import build_article
    from clipper.text.newspaper.bodies import Body, Group
    from clipper.text.pieces import BYLINE, TEXT, Piece, is_byline

    assert is_byline("（贺晓东）") and is_byline("（记者 张三 李四）")
    assert not is_byline("（扩大）") and not is_byline("（草案）")
    body = Body([Piece(0, 0, "近日，秦州区政协组织部分委员开展专项民主监督。", 0, TEXT), Piece(1, 1, "（贺晓东）", 0, BYLINE)], 0,
                group=Group("秦州区政协开展农村饮水安全专项民主监督"))
    article, _ = build_article(body, True, Publication())
    assert article is not None and article.authors == ["贺晓东"] and "（贺晓东）" not in "".join(article.body)


def test_a_decision_is_a_notice() -> None:
    from clipper.model import Publication
    from clipper.text.newspaper.articles import build_article
    from clipper.text.newspaper.bodies import Body, Group
    from clipper.text.pieces import TEXT, Piece

    body = Body([Piece(0, 0, "政协甘肃省第十三届委员会常务委员会第十次会议决定：第四次会议于1月在兰州召开。", 0, TEXT)], 0,
                group=Group("政协甘肃省委员会关于召开十三届四次会议的决定"))
    article, _ = build_article(body, True, Publication())
    assert article is not None and article.kind == "notice"
