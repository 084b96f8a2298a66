import pytest

from clipper.model import InputError
from clipper.text.decode import decode_bytes

TEXT = "本报兰州讯（记者张柳）11月10日下午，省政协党组成员、秘书长主持召开机关党组会议，传达学习有关精神。"


@pytest.mark.parametrize("raw,encoding,source", [
    (TEXT.encode("utf-8"), "utf-8", "utf-8"),
    (TEXT.encode("gbk"), "gb18030", "detected"),
    (TEXT.encode("utf-16"), "utf-16-le", "bom"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8", "bom"),
])
def test_same_text_from_every_encoding(raw, encoding, source):
    d = decode_bytes(raw)
    assert d.text == TEXT and d.encoding == encoding and d.source.startswith(source)


def test_html_declared_charset_and_wrong_declarations():
    page = f"<html><head><meta charset=gb2312><title>t</title></head><body><p>{TEXT}</p></body></html>"
    d = decode_bytes(page.encode("gbk"))
    assert TEXT in d.text and d.source == "declared" and d.encoding == "gb18030"
    d = decode_bytes(page.encode("utf-8"))  # meta says gb2312, bytes are UTF-8
    assert TEXT in d.text and d.encoding == "utf-8" and "wrong" in d.source
    d = decode_bytes(page.replace("gb2312", "utf-8").encode("gbk"))  # meta says utf-8, bytes are GBK
    assert TEXT in d.text and "wrong" in d.source
    d = decode_bytes(TEXT.encode("gbk"), content_type="text/html; charset=utf-8")
    assert d.text == TEXT and "\ufffd" not in d.text


def test_big5_page():
    trad = "本報蘭州訊政協會議召開，討論發展問題，委員們積極建言獻策。"
    assert decode_bytes(trad.encode("big5")).text == trad


@pytest.mark.parametrize("raw,reason", [
    (b"", "empty"), (b"   \n\n", "empty"), (bytes(range(256)) * 4, "binary"),
])
def test_bad_input_says_why(raw, reason):
    with pytest.raises(InputError, match=reason):
        decode_bytes(raw)


def test_undecodable_bytes():
    with pytest.raises(InputError, match="undecodable"):
        decode_bytes(b"\x81\x30\xff\xfe\xfd" * 40 + b"\xff" * 10)


def test_html_opening_with_head_and_long_scripts_is_html() -> None:
    from clipper.text.detect import detect_kind
    page = "<head><script src='x.js'>" + "var a = 1;" * 800 + "</script><title>标题</title></head><body><p>正文。</p></body>"
    assert detect_kind(page) == "portal_html"
    page = "本报兰州讯（记者 张三）5月15日，市政协召开会议。\n本报天水讯 5月16日，市政协开展视察。\n"
    assert detect_kind(page) == "newspaper"
    assert detect_kind("市政协召开会议。\n会议指出，要抓好落实。\n") == "portal_text"
