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


#: Made printed lines: a report, then a photo's caption and its credit set into the column under
#: it (no headline), then the next report.
CAPTION_UNDER_REPORT = """临洮县政协召开主席会议
本报临洮讯（通讯员王五）3月1日，临洮县
政协召开主席会议，研究部署全年重点工作。
会议听取了各专委会工作汇报，审议了年度
协商计划和视察调研安排，并就做好全年履
职工作提出了明确要求。
10月5日，广河县政协委员深入北湾镇枸杞种
植基地，帮助种植户采摘枸杞、联系销路。
郑芳鹏 摄
岷县政协开展“送温暖”帮扶关爱活动
本报岷县讯（通讯员李四）1月20日，岷县政
协班子成员走访慰问困难群众，为他们送去
米面油等生活物资和新春祝福。
"""


def test_a_caption_closed_by_its_credit_is_a_photo_item_of_its_own() -> None:
    """A date clause after a finished sentence with the photo's credit a line or two below opens a
    caption (`bodies._opens_caption`): the report before it ends there (it was stored as a photo
    item holding the report), and the credit ends the item (the reading order links the caption's
    last line into the credit and nothing out of it: `order.CAPTION_TO_CREDIT`)."""
    from clipper.text.newspaper import segment_page
    from clipper.text.newspaper.order import CAPTION_TO_CREDIT, evidence, make_line

    arts = segment_page(CAPTION_UNDER_REPORT).articles
    assert [(a.title, a.kind, len(a.body)) for a in arts] == [
        ("临洮县政协召开主席会议", "news", 1), (None, "photo", 1), ("岷县政协开展“送温暖”帮扶关爱活动", "news", 1)]
    assert arts[1].body[0].startswith("10月5日，广河县政协委员") and arts[1].authors == ["郑芳鹏"]
    last, credit, nxt = (make_line(k, t) for k, t in enumerate(["植基地，帮助种植户采摘枸杞、联系销路。", "郑芳鹏 摄", "岷县政协开展“送温暖”帮扶关爱活动"]))
    assert evidence(last, credit) >= CAPTION_TO_CREDIT - 1.0
    assert evidence(credit, nxt) < -5
