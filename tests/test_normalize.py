from clipper.text.normalize import display_width, key, normalize_text, normalize_title


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
