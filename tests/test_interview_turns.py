"""An interview's turns are text, however they look on their own: ``记者：为什么要把协商议事室``
matches a byline's shape (a role and characters), a short turn a headline's. A speaker who opens
two or more lines is an interview's; a byline's names are two to four characters. The page is a
real pypdf extraction of a typst page (bench/typst_pages/dev/pdf/t010.pdf), its headline printed
after its text (frames drawn in reverse)."""

from __future__ import annotations

from clipper.text.newspaper import segment_page
from clipper.text.pieces import is_byline

PAGE = """今年以来，陇西县政协在全县
十七个乡镇全部建成协商议事室，
推动政协协商向基层延伸。日前，记
者就此专访了陇西县政协主席刘国
栋。
记者：为什么要把协商议事室
建到乡镇？
刘国栋：群众关心的事，大多发
生在基层。过去政协协商主要在县
一级开展，离群众还有一段距离。把
协商议事室建到乡镇，就是要让委
员走到群众中间，把协商的“桌子”
摆到群众家门口。
记者：协商议事室建起来以后，
怎么避免“挂块牌子了事”？
刘国栋：我们坚持“有场所、有
制度、有计划、有活动、有成效”的标
准，每个议事室确定一名联络员，每
季度至少开展一次协商活动。议题
从群众中来，协商结果向群众公开，
办理情况由群众评议。
把协商议事室建在群众家门口
——访陇西县政协主席刘国栋
本报记者 张晓燕
"""


def test_every_turn_of_an_interview_opens_a_paragraph_and_none_is_lost() -> None:
    [article] = segment_page(PAGE).articles
    assert article.title == "把协商议事室建在群众家门口"
    assert [p[:4] for p in article.body] == ["今年以来", "记者：为", "刘国栋：", "记者：协", "刘国栋："]
    assert article.body[1] == "记者：为什么要把协商议事室建到乡镇？"


def test_a_byline_holds_names_not_a_sentence() -> None:
    assert not is_byline("记者：为什么要把协商议事室")
    for line in ("本报记者 张晓燕", "记者 王丽 通讯员 李芳", "□ 本报记者 欧阳文华", "本报记者张晓燕通讯员李芳", "文/图 张三"):
        assert is_byline(line), line
