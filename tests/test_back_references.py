"""A paragraph that names back an event its article never told (``视察组认为，…`` read into a
report on a meeting) goes to the article of the page that told it."""

from __future__ import annotations

from conftest import ROOT
from clipper.model import Article
from clipper.text.newspaper import segment_page
from clipper.text.newspaper.referents import return_back_references, told_before


def test_openings_that_name_back_an_event_and_what_tells_it() -> None:
    assert told_before("会议强调，要坚持问题导向。") is not None
    assert told_before("视察组认为，近年来产业规模稳步扩大。") is not None
    assert told_before("调研中，委员们走访了企业。") is not None
    assert told_before("近年来，全县苹果产业规模稳步扩大。") is None
    assert told_before("活动现场气氛热烈。") is None


def test_a_paragraph_naming_back_an_inspection_leaves_the_meeting_report_for_the_inspection() -> None:
    meeting = Article(title="市政协召开常委会会议", body=[
        "本报讯3月5日，市政协召开常委会会议，传达学习全国两会精神。",
        "视察组认为，全市苹果产业规模稳步扩大，品牌影响力不断提升。",
        "视察组建议，要加快推进老果园更新改造。"])
    inspection = Article(title="市政协视察苹果产业发展情况", body=[
        "本报讯3月6日，市政协组织委员视察苹果产业发展情况，走进果园了解产量和销售。"])
    other = Article(title="县政协开展义诊活动", body=["3月7日，县政协组织委员开展义诊活动，为群众测量血压。"])
    out = return_back_references([meeting, inspection, other])
    assert meeting.body == ["本报讯3月5日，市政协召开常委会会议，传达学习全国两会精神。"]
    assert inspection.body[1:] == ["视察组认为，全市苹果产业规模稳步扩大，品牌影响力不断提升。", "视察组建议，要加快推进老果园更新改造。"]
    assert out == [meeting, inspection, other]


def test_a_paragraph_whose_event_its_article_told_stays() -> None:
    """Told in the headline or a paragraph before it: nothing moves; nor where no article of the
    page tells the event (the opening alone proves nothing)."""
    meeting = Article(title="市政协召开常委会会议", body=["本报讯3月5日，市政协召开常委会会议。", "会议强调，要坚持问题导向。"])
    inspection = Article(title="市政协视察苹果产业", body=["3月6日，市政协组织委员视察。", "视察组认为，产业规模稳步扩大。"])
    brief = Article(title="县政协开展义诊活动", body=["3月7日，县政协组织委员开展义诊。", "调研组指出，要补齐短板。"])
    before = [list(a.body) for a in (meeting, inspection, brief)]
    return_back_references([meeting, inspection, brief])
    assert [meeting.body, inspection.body, brief.body] == before


def test_a_report_read_into_a_meeting_report_by_pypdf_goes_back_to_its_inspection() -> None:
    """pypdf's text of a typst dev page (real output): the inspection report's last two
    paragraphs (``视察组认为，…``, ``视察组建议，…``) are drawn after the report on a 双周协商座谈会 and
    were read as its end."""
    text = (ROOT / "bench" / "typst_pages" / "dev" / "text" / "pypdf" / "t012.pypdf.txt").read_text(encoding="utf-8")
    arts = {a.title: a for a in segment_page(text).articles}
    inspection = arts["天水市政协视察苹果产业高质量发展情况"]
    assert [p[:5] for p in inspection.body[-2:]] == ["视察组认为", "视察组建议"]
    assert not any(p.startswith("视察组") for p in arts["全国政协召开双周协商座谈会"].body)
