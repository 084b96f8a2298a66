from clipper.text.normalize import display_width, key, normalize_text, normalize_title, unspace_letters


def test_spaces_inside_numbers_dates_and_names_go():
    assert normalize_text("6月 22日，达成 5 点共识") == "6月22日，达成5点共识"
    assert normalize_text("本报玉门讯(通讯员陈 刚)6月 22 日,") == "本报玉门讯（通讯员陈刚）6月22日，"


def test_halfwidth_punctuation_next_to_chinese_becomes_fullwidth():
    assert normalize_text("会议强调,要坚持;问题?是的!注意:好") == "会议强调，要坚持；问题？是的！注意：好"
    assert normalize_text("党组(扩大)会议") == "党组（扩大）会议"


def test_latin_and_digits_are_not_damaged():
    assert normalize_text("ISO/TC 71第28届全体会议") == "ISO/TC 71第28届全体会议"
    assert normalize_text("CN62-0027 与 5G 网络 https://example.org/a,b") .startswith("CN62-0027与5G网络")
    assert normalize_text("“党建+”模式") == "“党建+”模式"
    assert normalize_text("ＡＢＣ１２３") == "ABC123"


def test_title_keeps_one_space_between_halves():
    assert normalize_title("协商画好『同心圆』  下活治理『一盘棋』") == "协商画好『同心圆』 下活治理『一盘棋』"


def test_key_and_width():
    assert key("党组（扩大） 会议") == key("党组(扩大)会议")
    assert display_width("会议ab") == 3.0


def test_the_katakana_middle_dot_of_gb_tables_becomes_the_middle_dot() -> None:
    """GB 2312 / Adobe-GB1 maps put the printed `·` at U+30FB or U+00B7: one dot in stored text."""
    assert normalize_text("“结对帮扶\u30fb爱心凉州”") == "“结对帮扶·爱心凉州”"
    assert normalize_text("阿卜杜拉\uff65买买提") == "阿卜杜拉·买买提"
    assert normalize_text("\u30fb ASCII \u30fb") == "\u30fb ASCII \u30fb"  # not Chinese text: left alone


def test_a_letter_spaced_line_loses_the_extractors_spaces() -> None:
    """pdfminer spaces out the characters of a justified line with wide gaps; bylines and credits
    keep the spaces that part their names, and so do Latin words."""
    assert unspace_letters("时 代 中 国 特 色 社 会 主 义 思 想") == "时代中国特色社会主义思想"
    assert unspace_letters("1 1 月 1 2 日 ， 山") == "11月12日，山"
    assert unspace_letters("种 股票指数 上涨3 . 5 8 点 ,或") == "种股票指数上涨3.58点,或"
    assert unspace_letters("新 华 社 深 圳 6 月 3 日 电（记者戴小河）由") == "新华社深圳6月3日电（记者戴小河）由"
    for kept in ("□ 本报记者 王 丽 通讯员 李 明", "记者 王 丽 李 明 摄", "本报记者 王 丽 摄", "第2版 责任编辑:王 丽",
                 "通讯员 段明明 熊洋娜 曾丽超 摄", "王 丽", "G D P"):
        assert unspace_letters(kept) == kept


def test_the_space_a_typesetter_puts_between_chinese_and_figures_goes() -> None:
    """Typesetters (typst, InDesign, 方正) space Chinese from figures, and extractors return
    that space (``新华社北京 11 月 22 日电``): a date or a number inside Chinese text loses it. A
    page number before a header's words keeps it, and so does a year after a name (a running
    header's parts: ``责任编辑：梁刚娟 2025 年 9 月 20 日``)."""
    from clipper.text.normalize import unspace_cjk_latin

    assert unspace_cjk_latin("新华社北京 11 月 22 日电") == "新华社北京11月22日电"
    assert unspace_cjk_latin("全国政协 22 日在京召开双周协") == "全国政协22日在京召开双周协"
    assert unspace_cjk_latin("月 28 日，金昌市政协机关党支部组") == "月28日，金昌市政协机关党支部组"
    assert unspace_cjk_latin("十二届省政协第 103次机关党组") == "十二届省政协第103次机关党组"
    assert unspace_cjk_latin("2025 年 9 月 20 日") == "2025年9月20日"
    assert unspace_cjk_latin("第 3 版") == "第3版"
    assert unspace_cjk_latin("增长 3.5%，成立 74 周年") == "增长3.5%，成立74周年"
    assert unspace_cjk_latin("2 责任编辑：梁刚娟 2025 年 9 月 20 日") == "2 责任编辑：梁刚娟 2025年9月20日"
    assert unspace_cjk_latin("□ 本报记者 王 丽") == "□ 本报记者 王 丽"
    assert unspace_cjk_latin("ISO 9001 认证") == "ISO 9001 认证"


def test_a_running_header_spaced_by_its_typesetter_keeps_its_parts() -> None:
    """The typesetter's spaces around figures go before the letter-spacing test: the figures and
    units of a spaced header (``第 2 版``, ``2023 年 10 月 6 日``) are no letter-spaced line."""
    from clipper.text.pieces import split_pieces

    line = "第 2 版 责任编辑：魏超 校对：段海建 2023 年 10 月 6 日"
    assert split_pieces(line)[0].text == "第2版 责任编辑：魏超 校对：段海建 2023年10月6日"
