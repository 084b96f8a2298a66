"""The stages every newspaper page shares, each on its own: items into headline groups and
bodies (bodies), headlines to bodies (assign), a body into an article (articles)."""

from __future__ import annotations

from clipper.model import Publication
from clipper.text.newspaper.articles import build_article
from clipper.text.newspaper.assign import assign_headlines
from clipper.text.newspaper.bodies import Group, Run, split_bodies
from clipper.text.pieces import HEAD, Piece, classify


def pieces(*texts: str) -> list[Piece]:
    out = [Piece(idx=i, line=i, text=t, gap=0) for i, t in enumerate(texts)]
    classify(out)
    return out


def one_group_per_run(run: Run, run_no: int, followed: bool, boxed: bool = False) -> list[Group]:
    return [Group(title="".join(p.text for p in run.pieces), run=run_no, bound_forward=followed)]


def test_bodies_are_cut_at_runs_and_datelines() -> None:
    head, a1, a2, b1 = pieces("临洮县政协召开主席会议", "本报临洮讯（通讯员王五）3月1日，临洮县政协召开主席会议。",
                              "会议强调，要坚持围绕中心、服务大局。", "本报岷县讯（记者李四）3月2日，岷县政协组织委员视察。")
    head.kind = HEAD
    runs, bodies = split_bodies([Run([head]), a1, a2, b1], one_group_per_run)
    assert [[g.title for g in run] for run in runs] == [["临洮县政协召开主席会议"]]
    assert [[p.text for p in b.pieces] for b in bodies] == [[a1.text, a2.text], [b1.text]]
    assert bodies[0].after_run == 0 and bodies[1].after_run is None


def test_headlines_go_to_the_bodies_that_name_their_place() -> None:
    """Printed in the other order, the headlines still find their reports by place and words."""
    minxian, lintao = pieces("岷县政协组织委员视察农田建设", "临洮县政协召开主席会议")
    for p in (minxian, lintao):
        p.kind = HEAD
    a, b = pieces("本报临洮讯（通讯员王五）3月1日，临洮县政协召开主席会议，研究部署全年重点工作。",
                  "本报岷县讯（记者李四）3月2日，岷县政协组织委员视察高标准农田建设工作。")
    runs, bodies = split_bodies([Run([minxian]), a, Run([lintao]), b], one_group_per_run)
    assign_headlines(runs, bodies)
    assert [body.group.title for body in bodies] == ["临洮县政协召开主席会议", "岷县政协组织委员视察农田建设"]


def test_a_body_becomes_an_article_with_its_dateline_facts() -> None:
    head, *text = pieces("临洮县政协召开主席会议", "本报临洮讯（通讯员王五）3月1日，临洮县政协召开主席会议。",
                         "会议强调，要坚持围绕中心、服务大局。")
    head.kind = HEAD
    runs, bodies = split_bodies([Run([head]), *text], one_group_per_run)
    assign_headlines(runs, bodies)
    art, leftovers = build_article(bodies[0], False, Publication())
    assert art is not None and not leftovers
    assert (art.title, art.place, art.date, art.authors, art.kind) == ("临洮县政协召开主席会议", "临洮", "--03-01", ["王五"], "news")
    assert art.body == [text[0].text, text[1].text]


def test_a_column_label_or_the_paper_name_is_given_to_no_body() -> None:
    label, head = pieces("河西协商报", "临洮县政协召开主席会议")
    for p in (label, head):
        p.kind = HEAD
    (text,) = pieces("本报临洮讯（通讯员王五）3月1日，临洮县政协召开主席会议，研究部署全年重点工作。")
    runs = [[Group(title="河西协商报", run=0, bound_forward=True)]]
    _, bodies = split_bodies([Run([label]), text], one_group_per_run)
    assign_headlines(runs, bodies)
    assert bodies[0].group is None and not runs[0][0].taken


def test_a_headline_s_pairs_across_its_marks_are_no_words_a_report_holds() -> None:
    """Headline-to-report matching counts the share of a headline's character pairs its report
    holds. A pair across a quotation mark (``“小积分”撬动`` -> 分撬) is no word, and no report holds it
    unless it quotes the headline whole, so a feature's headline fitted its report at 3 pairs of
    9 and lost it; within the marks, 3 of 7."""
    from pathlib import Path

    from clipper.text.newspaper import segment_page
    from clipper.text.normalize import cjk_pairs_within_marks

    assert cjk_pairs_within_marks("“小积分”撬动 乡村“大治理”") == {"小积", "积分", "撬动", "动乡", "乡村", "大治", "治理"}
    assert cjk_pairs_within_marks("全市新增5G基站1200个") == {"全市", "市新", "新增", "基站"}
    page = Path(__file__).parent.parent / "bench" / "typst_pages" / "dev6" / "text" / "pdfium" / "t011.pdfium.txt"
    titles = [a.title for a in segment_page(page.read_text(encoding="utf-8")).articles]
    assert "“小积分”撬动 乡村“大治理”" in titles
    assert "甘谷县政协：提案办理“面对面” 群众满意“心贴心”" in titles
