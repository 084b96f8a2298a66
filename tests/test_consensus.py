"""What two copies of an article say about each other (clipper.text.consensus): the lines a farm
inserted, whatever their vocabulary, and never a line of the article's own."""

from __future__ import annotations

from clipper.text.consensus import inserted_lines, inserted_title_parts, without_title_parts

BODY = ["4月12日，天水市政协组织部分委员围绕农村供水保障开展专题视察，先后深入秦州区、麦积区的水厂和村级供水站。",
        "视察组指出，农村供水事关群众切身利益，要坚持建管并重，完善水价形成机制和维修养护经费保障机制。",
        "视察组建议，推动城乡供水一体化向纵深发展，让农村群众喝上放心水、安全水。",
        "市政协副主席李静参加视察。"]


def test_a_line_the_other_copy_runs_on_without_is_inserted_whatever_it_says() -> None:
    farm = BODY[:1] + ["婚纱照特惠套餐限时抢"] + BODY[1:3] + ["防水补漏 免费上门检测"] + BODY[3:]
    assert inserted_lines(farm, BODY) == [1, 4]


def test_the_other_copy_may_carry_its_own_noise() -> None:
    """Glosses, traditional characters and its own spam line in the other copy change nothing."""
    farm = BODY[:2] + ["少儿编程免费试听一节"] + BODY[2:]
    other = [BODY[0].replace("天水市", "天(tian)水(shui)市"), "視察組指出，農村供水事關群眾切身利益，要堅持建管並重，"
             "完善水價形成機制和維修養護經費保障機制。", "代理记账 工商注册", *BODY[2:]]
    assert inserted_lines(farm, other) == [2]


def test_the_articles_own_lines_without_a_sentence_stay() -> None:
    """A numbered sub-heading, a photo caption or credit, a byline: a copy may have left them out."""
    own = ["一、建管并重", "图为视察现场", "（记者 王钊 摄）", "本报记者 王钊"]
    for line in own:
        body = BODY[:1] + [line] + BODY[1:]
        assert inserted_lines(body, BODY) == [], line


def test_without_both_neighbours_in_the_other_copy_nothing_is_shown() -> None:
    """A copy cut after its lead, or one that holds only the middle, says nothing about the lines
    around what it lacks; nor do lines at the start or the end of the text."""
    farm = BODY[:2] + ["甲醛检测治理 专业除醛"] + BODY[2:]
    assert inserted_lines(farm, BODY[:2]) == []
    assert inserted_lines(farm, BODY[2:]) == []
    assert inserted_lines(["装修报价 一分钟出结果", *BODY], BODY) == []
    assert inserted_lines([*BODY, "装修报价 一分钟出结果"], BODY[:2]) == []


def test_a_line_after_the_end_both_copies_share_is_inserted() -> None:
    """The other copy ends with the same two paragraphs (or with a line of its own after them):
    a short line after them is the farm's. The lines an article closes with stay."""
    assert inserted_lines([*BODY, "装修报价 一分钟出结果"], BODY) == [4]
    assert inserted_lines([*BODY, "装修报价 一分钟出结果"], [*BODY, "代理记账 工商注册"]) == [4]
    for line in ("（完）", "责编：王芳", "审核：李明", "原标题：天水视察农村供水", "（来源：天水日报）", "文字：张强 图片：李娜"):
        assert inserted_lines([*BODY, line], BODY) == [], line


def test_a_line_both_copies_hold_is_not_inserted() -> None:
    body = BODY[:1] + ["建管并重 保障供水"] + BODY[1:]
    assert inserted_lines(body, body) == []


def test_a_part_spliced_into_the_headline_is_shown_by_the_other_title() -> None:
    title = "天水市政协视察农村供水保障工作"
    assert inserted_title_parts(f"{title}_手游礼包", title) == ["手游礼包"]
    assert inserted_title_parts(f"私人侦探-{title}", title) == ["私人侦探"]
    assert without_title_parts(f"私人侦探-{title}", ["私人侦探"]) == title
    # a headline's own two parts, both in the other title, stay; an unrelated title shows nothing
    assert inserted_title_parts("永昌县政协：提案办理“面对面” 群众满意“心贴心”",
                                "永昌县政协：提案办理“面对面” 群众满意“心贴心”") == []
    assert inserted_title_parts(f"{title}_手游礼包", "省政协召开常委会议") == []


ITEM = ["据新华社5月16日电，全国城市更新工作推进会在江苏无锡召开，会议总结交流各地推进城市更新的经验做法，部署下一阶段重点任务。",
        "会议指出，城市更新要坚持问题导向，聚焦老旧小区改造、城中村改造和完整社区建设，补齐民生短板。",
        "会议要求，各地要完善政策机制，拓宽资金渠道，调动居民和社会力量参与。"]


def test_another_reports_opening_at_the_end_is_an_appended_item() -> None:
    """A repost that carries the opening of another stored report after the article (and a
    farm's line between) ends where the article ends."""
    from clipper.text.consensus import appended_tail

    carrier = BODY + ["手游礼包兑换码免费领"] + ITEM[:2]
    assert appended_tail(carrier, "\n".join(ITEM)) == len(BODY)
    assert appended_tail(BODY + ITEM, "\n".join(ITEM)) == len(BODY)


def test_shared_closing_paragraphs_are_no_appended_item() -> None:
    """A template twin closes with the same paragraphs as its report: they do not open it. A
    text that is all the item's keeps everything; so does one whose end no stored text holds."""
    from clipper.text.consensus import appended_tail

    twin = [BODY[0].replace("天水", "平凉").replace("秦州区、麦积区", "崆峒区、华亭市"), *BODY[1:]]
    assert appended_tail(BODY, "\n".join(twin)) is None
    assert appended_tail(ITEM[:2], "\n".join(ITEM)) is None
    assert appended_tail(BODY + ITEM[1:], "\n".join(ITEM)) is None  # not the item's opening
    assert appended_tail(BODY, "\n".join(ITEM)) is None
