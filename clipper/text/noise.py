"""What content farms do to reposted text, undone: pinyin glosses in any shape, inserted emoji
and dingbats, stray tag text, spam lines and spam titles; and variant characters folded for
matching.

Data (the tables below) apart from logic; every function is pure. Nothing of an article's own
text goes: a gloss is removed only when it spells a pinyin syllable after a Chinese character, a
spam line only when it is short and carries spam's own vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

#: Pinyin syllables (initial + final), lower case, tone marks folded; ``v`` and ``ü`` both.
_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (r"(?:iang|iong|uang|ueng|ian|iao|ing|ong|uai|uan|van|üan|ang|eng|ian|iao|iu|ie|in|ia|ua|uo|ui|un|ue|ve|üe|"
          r"ai|ei|ao|ou|an|en|er|a|o|e|i|u|v|ü)")
_SYLLABLE = re.compile(f"^{_INITIAL}{_FINAL}[1-5]?$")
#: The brackets farms put a gloss in: round (ASCII and full-width), square, lenticular,
#: tortoise-shell. Any opening one with any closing one (farms are not careful).
GLOSS_OPEN = "(（[【〔"
GLOSS_CLOSE = ")）]】〕"
_OPEN = "[" + re.escape(GLOSS_OPEN) + "]"
_CLOSE = "[" + re.escape(GLOSS_CLOSE) + "]"
#: Pinyin's vowels with tone marks, ü and ê (lower case).
TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê"
_LETTERS = "a-zA-Z" + TONE_LETTERS
#: A bracketed Latin token right after a Chinese character (candidates for a gloss).
_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])((?:\s*[^\w\s{re.escape(GLOSS_OPEN + GLOSS_CLOSE)}]{{0,2}}\s*{_OPEN}\s*[{_LETTERS}]{{1,7}}[1-5]?\s*{_CLOSE})+)")
_GLOSS_ONE = re.compile(rf"{_OPEN}\s*([{_LETTERS}]{{1,7}}[1-5]?)\s*{_CLOSE}")
#: Emoji, pictographs, dingbats and the variation selectors that follow them. Bullets that
#: Chinese papers print (■ ● ★ ☆ ▲ □ ◆) are not among them.
_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\U0001FC00-\U0001FFFF\u2600-\u2604\u2607-\u26FF\u2700-\u27BF\u2B50-\u2B55\uFE0E"
    "\uFE0F\u200D\u20E3"
    "\U000E0020-\U000E007F]"
)
#: Tag text a dump kept from the page's markup: ``<dfn id="vqgk9">``, ``</acronym>``.
_TAG_NAMES = ("a|abbr|acronym|address|b|bdi|bdo|big|blockquote|br|center|cite|code|dd|del|dfn|div|dl|dt|em|font|"
              "h[1-6]|i|img|ins|kbd|li|mark|noscript|ol|p|pre|q|s|samp|small|span|strike|strong|sub|sup|table|"
              "tbody|td|th|tr|tt|u|ul|var|wbr|time|label|legend|map|area|section|article|aside|nav|header|footer")
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))?)*\s*/?>", re.I)
#: Runs of decoration around a title: ``******``, ``~~~~``, ``====``.
_DECORATION = re.compile(r"[*＊~～=＝#＃_]{3,}")

#: Words only spam uses: gambling sites, sign-up bonuses, their entrances.
SPAM_WORDS = re.compile(
    r"娱乐城|娱乐场|百家乐|时时彩|六合彩|北京赛车|快三|PK10|pk10|真人视讯|电子游艺|老虎机|彩金|注册送|首存|返水|开户送|日赚|躺赚|"
    r"彩平台|彩官网|彩注册|彩登录|彩app|彩APP|官方入口|官网入口|登录入口|网址导航|代理加盟|客服QQ|加微信|加QQ|"
    r"开奖直播|在线投注|投注网|网站入口|免费试玩|QQ[:：\s]*\d{5,11}|QQ群|微信群[:：\s]*\d"
    # the other trades of content farms: invoices, link selling and search ranking, clinics that
    # ask ``…医院哪家好``, cash-out cards, private game servers, ghost-written papers
    r"|代开\S{0,6}发票|发票代开|外链|(?<![A-Za-z])(?:SEO|seo)(?![a-z])|快速排名|关键词排名|整站优化|百度快照|哪家好|哪家强|哪家正规"
    r"|男科|不孕不育|无痛人流|白癜风|牛皮癣|阳痿|早泄|套现|信用卡代还|私服|代写论文"
    # lottery-tip farms (``管家婆一码一肖``, ``澳门天天开彩``), forged papers, arms
    r"|一码一肖|一肖一码|[一二三四五六]肖[一二三四五六七八九十]码|天天彩|天天开彩|办假证|代办驾照|枪支出售"
    # a Latin brand glued to its site's login or entrance (``雷竞技raybet官网``, ``凤凰彩票welcome登录``)
    r"|(?<![A-Za-z])(?!(?:app|APP|App|iOS|IOS|ios|PC|pc)(?![A-Za-z]))[A-Za-z]{3,}\s*(?:官网|官方网站|登录|入口|注册)"
)
#: Words news may use too (a lottery centre, an app, a platform): spam only with another cue
#: (a second spam word, a bonus in yuan, a phone number, a title joined by ``_``, emoji).
WEAK_SPAM_WORDS = re.compile(
    r"彩票|博彩|赌场|赌博|棋牌|体育投注|电竞|平台登录|平台注册|下载APP|APP下载|app下载|扫码下载|立即下载|"
    r"免费下载|官网|官方网址|官方网站|平台软件|投注|娱乐平台|客户端"
    # gambling brands (each also a name or a place elsewhere), loans, clinics
    r"|太阳城|新葡京|葡京|威尼斯人|永利|亚博|皇冠体育|贷款|妇科"
    # lottery tips and draws (a draw is news, a farm sells its ``开奖记录``), Macau betting; the
    # black market's trades, which anti-fraud news names too (``警惕刷单诈骗``)
    r"|开奖记录|资料大全|免费资料|正版资料|精准资料|管家婆|王中王|新澳|马会"
    r"|刻章|假证|办证|刷单|网赚|代孕|裸聊|约炮|迷药|催情|窃听器"
)
_SPAM_CUES = re.compile(r"送\d+元|[_｜|]|\d{2,}元|[\U0001F000-\U0001FAFF\u2600-\u27BF]|www\.|\.com|看更多"
                        r"|[A-Za-z]+\d+[\u4e00-\u9fff]|[\u4e00-\u9fff·][A-Za-z]+\d+|\d+[A-Za-z]+[\u4e00-\u9fff]")  # a brand code: ``J9``, ``bet365``, ``365bet``
#: A spam title: ``某某彩平台登录_某某彩官网``, ``XX世纪官方入口``, ``某某平台软件``.
SPAM_TITLE = re.compile(
    r"(?:彩|体育|娱乐|世纪|国际|集团|棋牌|电竞)(?:[(（]中国[)）])?(?:平台|官网|官方|网址|入口|登录|注册|app|APP|软件|下载)"
    r"(?!中心|协会|管理|发行|公益|工作|建设|服务)"
    r"|(?:官网|官方|平台|入口|网址)(?:登录|注册|入口|下载|app|APP)(?=$|[_｜|\s])"
)
#: Telephone numbers of advertisements: mobile and 400/800 service lines (a landline under
#: ``联系电话`` belongs to a notice), and the words that sell with them (not ``咨询``: a
#: notice's ``咨询电话`` is the article's). A farm's own hotline printed on every page is
#: learned as that site's boilerplate.
PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}|[48]00[-\s]?\d{3}[-\s]?\d{4})(?!\d)")
PHONE_AD = re.compile(r"微信|同号|客服|QQ|代理|加盟|招商|订购")
MOBILE = re.compile(r"1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}")
#: A hotline label alone with a mobile number: a business's advertisement, not an office's.
HOTLINE = re.compile(r"(?:咨询|服务|联系|报名|订购|24小时)?热线(?:电话)?")
#: Slogans of content farms, alone on a line or two side by side: ``因为专注 所以专业``.
_SLOGAN_PHRASE = (r"(?:因为专注|所以专业|专注\S{2}|品质保证|诚信经营|值得信赖|服务至上|信誉第一|客户至上|"
                  r"欢迎来电咨询|欢迎咨询|欢迎来电|专业可靠|放心选择|专业团队|值得托付|合作共赢|用心服务|贴心服务|"
                  r"真诚服务|一路相伴|品质至上|顾客至上|用户至上|满意为止|[一二三五十百]+年老店|老店新开|"
                  # a shop's price calls: ``全网最低价 点击进入``
                  r"全网最低价?|点击进入|厂家直销|量大从优|限时特价|限时特惠|特价促销|包邮到家|价格优惠)")
SLOGAN = re.compile(rf"^{_SLOGAN_PHRASE}(?:[\s，,、·|]*{_SLOGAN_PHRASE})*[！!]?$")
_SLOGAN_IN = re.compile(_SLOGAN_PHRASE)
#: An app advertisement: a short line that ends offering a download (``全站app下载-安卓版``).
DOWNLOAD_AD = re.compile(r"(?:app|APP|App|客户端|官方版|安卓版|苹果版|手机版)\s*下载(?:安装)?(?:[-—_·\s]*\S{0,4}版)?$"
                         r"|下载(?:app|APP|App)(?:\s*\S{0,6})?$"
                         r"|^(?:点击)?下载\S{0,8}(?:客户端|app|APP|App)")
#: A farm's notice about its own pages, set among the paragraphs: ``本站所有文章均来自互联网``,
#: ``本站内容转载自网络``, ``本站部分图文来源于网络``.
SITE_NOTICE = re.compile(r"^本站\S{0,8}(?:来自|来源于|转载自|转自|摘自|整理自)\S{0,6}(?:互联网|网络|网友)")
#: Longest line that is judged as a spam line (longer ones are prose, whatever they hold).
SPAM_LINE_MAX = 60

#: Variant characters that OpenCC's conversions leave (folded for matching and stored text):
#: the simplified or standard form of each.
VARIANTS = str.maketrans({
    "辳": "农", "峯": "峰", "羣": "群", "衆": "众", "敎": "教", "綫": "线", "亊": "事", "兾": "冀", "揷": "插",
    "牀": "床", "敍": "叙", "敘": "叙", "槪": "概", "吿": "告", "竝": "并", "鉅": "巨", "鑑": "鉴", "囙": "因",
    "妳": "你", "檯": "台", "菓": "果", "粧": "妆", "衞": "卫", "閒": "闲", "麤": "粗", "噉": "啖", "躭": "耽",
    "傢": "家", "祕": "秘", "煙": "烟", "鍊": "炼", "淸": "清", "靑": "青", "緖": "绪", "麵": "面", "麪": "面",
    "裏": "里", "裡": "里", "綑": "捆", "羨": "羡", "爲": "为", "僞": "伪", "塲": "场", "迴": "回", "秈": "籼",
})


_VARIANT_CHARS = re.compile("[" + "".join(chr(c) for c in VARIANTS) + "]")


def is_pinyin(token: str) -> bool:
    """Does `token` spell one pinyin syllable (tone marks or a tone digit allowed)?"""
    plain = unicodedata.normalize("NFD", token.lower())
    plain = "".join(ch for ch in plain if unicodedata.category(ch) != "Mn").replace("ü", "v")
    return bool(_SYLLABLE.match(plain)) and token == token.lower()


#: A text glossed this many times is a content farm's: every gloss goes. Fewer glosses are an
#: author's when they give the reading of a character that has several (``没(mò)``, ``行(háng)``)
#: and stay; a gloss on a character of one reading (``政协(xié)``), or in a farm's shape
#: (repeated, a symbol between), goes.
MIN_FARM_GLOSSES = 3
#: Common characters with more than one reading (多音字): an author glosses these.
POLYPHONES = frozenset(
    "阿挨拗扒把蚌薄堡暴背奔绷辟扁便骠屏泊伯卜参藏曾差刹禅颤场朝嘲车称乘澄匙冲重臭处畜揣传创幢攒撮答大待单弹当"
    "倒得的地调丁都度囤垛恶发番坊分缝佛否脯夹伽嘎干杆扛膏给更供勾估骨谷观冠广龟过还汗行号喝和荷吓横哄糊划华"
    "晃会混豁奇几系济纪偈家假间监见将降嚼角脚教解结借禁劲颈卷圈菌卡看壳可空溃烙乐勒累擂棱量凉了淋溜六笼搂露"
    "陆绿论落抹没蒙眯秘模磨难宁弄疟娜排迫胖炮劈片漂撇仆铺曝栖强抢翘切亲曲雀任塞散丧色厦扇上稍少折舍什识似属"
    "数说宿术遂沓汤提帖通吐拓瓦委尉为鲜相巷校肖削血兴吁旋压咽要叶遗应佣与予晕扎轧择炸粘占涨长着正症只中种轴"
    "转撞钻作率省率"
)


def _gloss_tokens(m: re.Match[str]) -> list[str] | None:
    tokens = _GLOSS_ONE.findall(m.group(1))
    return tokens if tokens and all(is_pinyin(t) for t in tokens) else None


_MAYBE_GLOSS = re.compile(rf"[\u3400-\u9fff][^\w\s{re.escape(GLOSS_OPEN + GLOSS_CLOSE)}]{{0,2}}\s*{_OPEN}\s*[a-z{TONE_LETTERS}]")


def _may_gloss(text: str) -> bool:
    """Could `text` hold a gloss (a bracket first: the regex alone walks every character)?"""
    return any(b in text for b in GLOSS_OPEN) and _MAYBE_GLOSS.search(text) is not None


def count_glosses(text: str) -> int:
    """Runs of pinyin glosses in `text`."""
    if not _may_gloss(text):
        return 0
    return sum(1 for m in _GLOSS.finditer(text) if _gloss_tokens(m))


def strip_pinyin_glosses(text: str, farm: bool | None = None) -> str:
    """``国(guo)务院(yuan)`` / ``政協(xié)`` / ``国(guo)(guo)(guo)`` / ``国(guo)⛦(guo)`` -> ``国务院``…:
    a run of parenthesised syllables after a Chinese character goes when each spells pinyin and
    the text is a farm's (`farm`; by default: it holds MIN_FARM_GLOSSES glosses), or the run
    is no author's (see MIN_FARM_GLOSSES); ``世界卫生组织(WHO)`` stays, and so does ``没(mò)``."""
    if not _may_gloss(text):
        return text
    if farm is None:
        farm = count_glosses(text) >= MIN_FARM_GLOSSES

    def repl(m: re.Match[str]) -> str:
        tokens = _gloss_tokens(m)
        if not tokens:
            return m.group(1)
        glossed = text[m.start() - 1]
        authors = not farm and len(tokens) == 1 and _GLOSS_ONE.fullmatch(m.group(1).strip()) and glossed in POLYPHONES
        return m.group(1) if authors else ""

    return _GLOSS.sub(repl, text)


def strip_emoji(text: str) -> str:
    """Emoji and dingbats inserted into text; one that opens a line is a bullet and stays."""
    if not _EMOJI.search(text):
        return text
    return _EMOJI.sub(lambda m: m.group(0) if _opens_line(text, m.start()) else "", text)


def _opens_line(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    return not text[start:at].strip()


def strip_tag_text(text: str) -> str:
    return _TAG.sub("", text) if "<" in text else text


def clean_noise(text: str, farm: bool | None = None) -> str:
    """Text of a repost with glosses (see strip_pinyin_glosses for `farm`), emoji and stray
    tags removed."""
    return strip_pinyin_glosses(strip_emoji(strip_tag_text(text)), farm)


def is_spam_line(line: str) -> bool:
    """A short line of spam: gambling, lottery, app downloads, an advertised phone number, a
    slogan. A sentence of prose is never spam, whatever it mentions."""
    line = line.strip()
    if not is_stray_line(line):
        return False
    if (SPAM_WORDS.search(line) or SPAM_TITLE.search(line) or SLOGAN.match(line) or DOWNLOAD_AD.search(line)
            or SITE_NOTICE.match(line)):
        return True
    weak = len(WEAK_SPAM_WORDS.findall(line))
    phones = PHONE.findall(line)
    if weak and (weak >= 2 or phones or _SPAM_CUES.search(line)):
        return True
    if phones:
        # A service line under its label (``游客咨询电话：400…``) may be the article's own; a
        # number sold with a chat account or an agency, or standing alone, is an advertisement.
        rest = re.sub(r"[\s：:，,。]", "", PHONE.sub("", line))
        mobile = any(MOBILE.fullmatch(p) for p in phones)
        return (bool(PHONE_AD.search(line)) or not rest or (mobile and bool(HOTLINE.fullmatch(rest)))
                or bool(_SLOGAN_IN.search(rest)))  # (sold with a slogan: ``欢迎来电咨询``)
    return False


_PROSE = re.compile(r"[，。；！？][^，。；！？]{4,}[，。；！？]?")


def is_stray_line(line: str) -> bool:
    """A short line that is no sentence of prose (what farms insert: spam of any vocabulary,
    slogans, contact lines; also a heading or a deck line)."""
    line = line.strip()
    return bool(line) and len(line) <= SPAM_LINE_MAX and not _is_prose(line)


def _is_prose(line: str) -> bool:
    """A sentence: clauses separated by Chinese punctuation, ending with a full stop or more."""
    return bool(_PROSE.search(line)) and bool(re.search(r"[。！？]$", line))


#: Separators a farm joins its name or spam to a headline with: ``标题_某某官网``, ``某某-标题``.
TITLE_JOINS = re.compile(r"\s*[_|｜]\s*|\s{2,}|\s*[-－—]+\s*")
#: How the name of a farm's site (or a spam brand's) ends, spliced after a headline: ``…会议_亚博全站app``.
SITE_SUFFIX = re.compile(r"(?:app|APP|App|官网|平台|入口|首页|网址)$")


def clean_title(title: str | None) -> str | None:
    """A title without decoration and spam: a spam title is no title (None); spam spliced into a
    headline (``…会议_某某彩官网``) is cut off."""
    if not title:
        return title
    title = _DECORATION.sub("", clean_noise(title)).strip()
    parts = [p for p in TITLE_JOINS.split(title) if p]
    longest = max(parts, key=len, default="")
    # (a short part joined to the headline, with a word spam uses, is the farm's: ``…_某某会官网``)
    kept = [p for p in parts if not (SPAM_TITLE.search(p) or SPAM_WORDS.search(p) or is_spam_line(p)
                                     or (p is not longest and (WEAK_SPAM_WORDS.search(p) or SITE_SUFFIX.search(p))))]
    if not kept:
        return None
    return " ".join(kept) if len(kept) < len(parts) else title


@lru_cache(maxsize=1)
def _tw2s() -> opencc.OpenCC:
    return opencc.OpenCC("tw2s")


@lru_cache(maxsize=1)
def _converted_chars() -> re.Pattern[str]:
    """The characters OpenCC ``tw2s`` changes (each CJK character converted once, at first use):
    a text without any is left to the VARIANTS table alone, OpenCC not run."""
    chars = [chr(c) for c in range(0x3400, 0xA000)] + [chr(c) for c in range(0xF900, 0xFB00)]
    converted = _tw2s().convert("\n".join(chars)).split("\n")
    changed = sorted(c for c, d in zip(chars, converted) if c != d)
    return re.compile("[" + "".join(re.escape(c) for c in changed) + "]")


def to_standard(text: str) -> str:
    """Traditional, Taiwan-usage and variant characters to their simplified standard forms
    (OpenCC ``tw2s``, then the VARIANTS table)."""
    if _converted_chars().search(text):
        text = _tw2s().convert(text)
    return text.translate(VARIANTS) if _VARIANT_CHARS.search(text) else text


def fold_variants(text: str) -> str:
    """For matching: to_standard after NFKC (compatibility ideographs, full-width forms)."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return to_standard(text)
