"""A notice's headline (``关于征集…提案线索的公告``, ``…办公室关于…的通知``) heads its notice
wherever the reading order puts it: after a column label, after a line that stops in mid-sentence
(the sentence goes on in another column), and however wide it is set."""

from __future__ import annotations

from clipper.text.newspaper import segment_page
from clipper.text.newspaper.headlines import notice_headline

#: A report and a notice's text, one printed line per text line, to make pages of.
REPORT = """\
临洮县政协召开主席会议
　　本报临洮讯（通讯员王文静）3
月5日，临洮县政协召开十届二十次主
席会议，传达学习全国两会精神，研究
部署近期重点工作。
　　会议要求，要认真学习领会会议精
神，把思想和行动统一到党中央决策部
署上来，扎实做好今年各项工作。
"""
NOTICE_TEXT = """\
　　为进一步提高提案质量，广泛听取
社会各界意见建议，现将有关事项公告
如下。
　　一、征集内容。围绕全县经济社会
发展中的重大问题和群众普遍关心的实
际问题提出意见建议。
　　联系电话：0932-1234567。
"""

#: A notice under a column label, between two reports.
LABELLED = REPORT + "协商园地\n关于征集2025年度政协提案线索的公告\n" + NOTICE_TEXT + """\
岷县政协组织委员视察农田建设
　　本报岷县讯（通讯员李红）4月2日，
岷县政协组织部分委员视察高标准农田
建设工作，实地察看了三个乡镇的建设
现场。
"""

#: A notice whose headline, wrapped over two lines, follows a column that ends in mid-sentence.
AFTER_OPEN_SENTENCE = """\
和政县政协召开党组理论学习中心组会议
　　本报和政讯（通讯员马丽）6月3日，
和政县政协召开党组理论学习中心组会
议。会议要求，要把中央决策部署
和省委、县委工作要求转化为思想
关于征集2025年度政协
提案线索的公告
""" + NOTICE_TEXT + """\
自觉和行动自觉，推动各项工作落地见
效，以实际行动推动政协工作高质量发
展。
"""


def test_a_notice_under_a_column_label_is_its_own_article() -> None:
    arts = segment_page(LABELLED).articles
    assert [a.title for a in arts] == ["临洮县政协召开主席会议", "关于征集2025年度政协提案线索的公告", "岷县政协组织委员视察农田建设"]
    notice = arts[1]
    assert notice.subtitle is None and notice.kind == "notice"
    assert notice.body[0].startswith("为进一步提高提案质量") and notice.body[-1] == "联系电话：0932-1234567。"
    assert all("协商园地" not in p for a in arts for p in a.body)


def test_a_wrapped_notice_headline_after_a_line_in_mid_sentence_is_no_running_text() -> None:
    arts = segment_page(AFTER_OPEN_SENTENCE).articles
    assert [a.title for a in arts] == ["和政县政协召开党组理论学习中心组会议", "关于征集2025年度政协提案线索的公告"]
    assert all("提案线索的公告" not in p for p in arts[0].body)
    assert arts[1].body[0].startswith("为进一步提高提案质量")


def test_what_a_notice_headline_is() -> None:
    assert notice_headline(["关于征集2025年度政协", "提案线索的公告"])
    assert notice_headline(["政协平凉市委员会办公室关于开展优秀提案评选的公告"])
    assert notice_headline(["关于召开政协第十届委员会第三次会议的决定"])
    # running text that names a notice, a short heading, a line that runs on into one
    assert not notice_headline(["会议学习了《关于征集提案线索的通知》"])
    assert not notice_headline(["下发通知"])
    assert not notice_headline(["和省委、市委工作要求转化为思想", "关于征集2023年度政协提案线索的公告"])
    assert not notice_headline(["关于征集2025年度政协提案线索，现公告"])
