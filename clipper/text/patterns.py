"""Pattern tables for Chinese newspaper pages and portal pages.

Data, not logic: each constant is a compiled regular expression or a tuple of strings that the
segmenters consult. Punctuation classes accept both widths, because extractions mix them.
"""

from __future__ import annotations

import re

CN_NUM = "一二三四五六七八九十百零〇两"

#: Sentence-final punctuation, optionally followed by closing quotes/brackets.
SENTENCE_END = re.compile(r"(?:[。！？!?]|……|\.{3,})[”’」』）)]*$")
#: Punctuation that never occurs in a headline line (enumeration comma and quotes may; a colon
#: only after a short place or subject at the start: ``通渭县：生态环境保护迈出新步伐``, or after a
#: place's 政协 or other body, HEADLINE_SUBJECT_COLON below, which pieces.is_headline_like takes off).
HEADLINE_FORBIDDEN = re.compile(r"[，,。；;！!？?]|(?<!^[\u4e00-\u9fff]{2})(?<!^[\u4e00-\u9fff]{3})(?<!^[\u4e00-\u9fff]{4})[：:]")

#: Marks a headline set vertically prints upright, one under another like its characters: an
#: opening one inside it or at its head, a closing one inside it or at its foot (text pages:
#: clipper.text.newspaper.vertical_lines; PDF pages: clipper.text.pdfpage).
VERTICAL_OPENING = "“‘《「『（("
VERTICAL_CLOSING = "”’》」』）)！？!?"

# --- body starts -------------------------------------------------------------------------------
#: ``本报兰州讯（记者张 柳）11月10日下午，`` and ``本报讯`` / ``本刊讯`` / ``新华社北京电``.
DATELINE = re.compile(
    r"^(?:本报|本刊|本台|本网)(?P<place>[^\s（(，,。讯]{0,8})讯"
    r"(?:\s*[（(](?P<credit>[^）)]{1,40})[）)])?"
)
#: (on a page read one printed line per text line, the line may end inside it: ``新华社深圳10月`` / ``8日电``)
#: Agencies and news sites that file reports under a ``…电`` dateline.
AGENCIES = ("新华社", "中新社", "中新网", "中国新闻网", "人民网", "新华网", "央视网", "央广网", "光明网",
            "中国日报网", "国际在线", "人民日报", "光明日报", "经济日报", "工人日报", "法治日报", "科技日报")
AGENCY_DATELINE = re.compile(
    r"^(?:" + "|".join(sorted(AGENCIES, key=len, reverse=True)) + r")(?P<place>[^\s（(，,。电\d]{1,8})(?:\d{0,2}月?\d{0,2}日?电|\d{1,2}月(?:\d{1,2}日?)?$)"
)
#: ``据《人民日报》消息`` / ``据甘肃日报报道``
#: (or ``据以色列媒体5月19日`` at a line's end, ``报道，…`` on the next)
SOURCE_DATELINE = re.compile(
    r"^据\s*(?:(?P<source>《[^》]{1,20}》|\S{2,12}?)(?:消息|报道|讯)"
    r"|(?P<medium>[^\s，,。；;：:\d]{2,12}?)\d{1,2}月\d{1,2}日$)"
)
#: A report that opens by naming its medium and the day: ``鞭牛士报道，5月22日消息，``,
#: ``央视新闻消息，2024年5月16日，`` (it begins a report, but gives it no place).
MEDIA_DATELINE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:报道|消息)[，,：:]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")
#: Continuation markers, alone on a line or glued to text.
MARKER = re.compile(r"[（(]\s*(?P<what>[转接]\s*[" + CN_NUM + r"\d]{1,3}\s*版)\s*[）)]")
MARKER_LINE = re.compile(r"^\s*" + MARKER.pattern + r"\s*$")
#: Photo credit: ``通讯员 梁钰 摄影报道`` / ``薛小平 摄`` (no sentence punctuation).
PHOTO_CREDIT = re.compile(
    r"^(?:(?:本报)?(?:记者|通讯员|特约摄影|摄影记者)\s*)?(?P<names>(?:[\u4e00-\u9fff]{1,4}\s*){1,6}?)\s*(?:摄影报道|摄影|摄)\s*$"
)
#: Photo credit glued to the end of a caption line: ``…的魅力。薛小平 摄影报道``
GLUED_PHOTO_CREDIT = re.compile(
    r"(?<=[。！？”])\s*(?P<credit>(?:(?:本报)?(?:记者|通讯员)\s*)?(?:[\u4e00-\u9fff]{1,4}\s*){1,6}?(?:摄影报道|摄影|摄))\s*$"
)
#: Photo credit glued before the headline printed beside it (pypdf reads one baseline as one
#: line): ``宋家宁 摄影报道 非遗展演迎新春`` / ``摄影报道卓尼县政协视察…`` (the name wrapped above).
CREDIT_BEFORE_HEAD = re.compile(
    r"^(?P<credit>(?:(?:本报)?(?:记者|通讯员)\s*)?(?:[\u4e00-\u9fff]{1,4}\s+){0,4}?(?:[\u4e00-\u9fff]{2,4}\s*)?(?:摄影报道|(?<=[\u4e00-\u9fff\s])摄影(?=\s)))"
    r"\s*(?P<rest>[\u4e00-\u9fff“《].*)$"
)
#: Byline line: ``□ 本报通讯员 那 丽`` / ``本报记者 王钊 通讯员 张振源 张子慧`` / ``文/张三``.
BYLINE_ROLES = r"(?:本报|本刊)?(?:特约)?(?:记者|通讯员|撰稿人|作者|(?:文|图|文/图)(?=\s*[/:：\s])|实习生|见习记者)"
BYLINE = re.compile(
    r"^(?:[□■◇◆]\s*(?:" + BYLINE_ROLES + r"[\s/:：]*)?(?P<names1>[\u4e00-\u9fff\s·]{2,40})"
    r"|(?P<names2>(?:" + BYLINE_ROLES + r"[\s/:：]*[\u4e00-\u9fff][\u4e00-\u9fff\s·]{0,30}){1,4}))$"
)
BYLINE_ROLE_WORD = re.compile(BYLINE_ROLES)
#: What a byline says the person did, before the name: ``文/图 本报记者 …``, ``□ 文 / 马丽君``, ``图：…``.
BYLINE_WORK = re.compile(r"(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[/／:：]?|(?:文|图|摄影|摄)\s*[/／:：]")
#: A role word wrapped at a line end inside a byline or credit (``通讯`` / ``员``).
WRAPPED_ROLE = re.compile(r"(?<=通)\s+(?=讯)|(?<=讯)\s+(?=员)|(?<=记)\s+(?=者)")
#: A byline in brackets on a line of its own after the report: ``（贺晓东）``, ``（记者 张三 李四）``
#: (its names are checked for surnames: ``（扩大）`` and ``（草案）`` are no bylines).
BRACKET_BYLINE = re.compile(
    r"^[（(]\s*(?:(?:本报)?(?:记者|通讯员)\s*)?(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3})\s*[）)]$")
#: A byline that names no one, only the paper's (or agency's) voice: ``本报评论员``, ``新华社评论员``,
#: ``本报特约评论员``, ``本报编辑部``.
ANONYMOUS_BYLINE = re.compile(
    r"^(?:[□■◇◆]\s*)?(?:本报|本刊|[\u4e00-\u9fff]{1,6}(?:报|社|台|网|刊))\s*(?:特约)?(?:评论员|编辑部|调研组|课题组)$")
#: Subtitle printed with leading dashes: ``——敦煌市沙州镇古城社区协商议事会工作记事``.
DASH_SUBTITLE = re.compile(r"^\s*(?:——|--|—|―{1,2}|－{1,2})\s*(?P<text>\S.*)$")
#: A headline kicker that is only an organisation (or its members): ``陇南市政协`` / ``岷县政协`` /
#: ``东乡县政协委员``.
ORG_KICKER = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,6}?)(?:[省市县区州旗镇])?(?:政协|人大|人大常委会|政府|党委|委员会|机关)(?:机关|委员)?$"
)
#: A character of a place's name: no ordinal or date word (``第十届``, ``2023年``) and no
#: ``会议`` (会宁, 会泽 are counties).
PLACE_CHAR = r"(?:(?![届次第年期]|会议)[\u4e00-\u9fff])"
#: The county-level places whose name is one character before its suffix (成县, 礼县, 芒市), from
#: the national list of administrative divisions (GB/T 2260, as the cpca package ships it): the only
#: places of one character. Any other character before ``县/区/市`` ends a word of running text
#: (``…工作和区政协十四届…``, ``召开县政协…``).
ONE_CHAR_PLACES = frozenset(
    "东区 丰县 临县 义县 乾县 云县 代县 任县 佳县 兴县 冠县 凤县 勉县 单县 南县 古县 叶县 吉县 和县 唐县 城区 夏县 "
    "威县 宁县 容县 宾县 富县 寿县 岚县 岷县 嵩县 应县 康县 彬县 徽县 忠县 息县 成县 户县 房县 攸县 文县 新县 易县 "
    "景县 曹县 朗县 杞县 横县 歙县 沁县 沙县 沛县 沧县 泗县 泸县 泾县 洋县 浚县 涉县 淇县 渠县 温县 滑县 滦县 漳县 "
    "澧县 献县 环县 珙县 理县 盂县 盘县 眉县 睢县 矿区 磁县 礼县 祁县 索县 绛县 芒市 茂县 范县 荣县 莒县 莘县 萧县 "
    "蒲县 蔚县 藤县 蠡县 西区 费县 赣县 赵县 道县 邱县 郊区 郏县 郫县 陇县 随县 隰县 雄县 青县 高县 魏县 黟县".split()
)
#: A one-character place's name, before its suffix (``成`` of 成县).
ONE_CHAR_PLACE = "(?:" + "|".join(f"{n[0]}(?={n[1]})" for n in sorted(ONE_CHAR_PLACES)) + ")"
#: Leading place of a headline or kicker: ``嘉峪关市政协…`` -> 嘉峪关.
HEADLINE_PLACE = re.compile(
    rf"^(?P<place>{PLACE_CHAR}{{2,5}}?|{ONE_CHAR_PLACE})[省市县区州旗](?:政协|人大|委员会|政府|党委)")
#: A headline's subject before its colon (``甘谷县政协：提案办理“面对面”``): a headline may name
#: its subject so, whatever the subject's length; no sentence opens so.
HEADLINE_SUBJECT_COLON = re.compile(HEADLINE_PLACE.pattern + r"\s*[：:]")
#: Interview turn: ``民主协商报：…`` / ``齐永刚：…`` / ``记者：…``.
#: (the speaker alone, the colon perhaps ending the line: a printed line cut after it, ``刘国栋：``)
SPEAKER = re.compile(r"^(?P<speaker>[\u4e00-\u9fffA-Za-z]{2,6})[:：]")
SPEAKER_TURN = re.compile(SPEAKER.pattern + r"(?=\S)")
#: Sentence openers that start a paragraph (never a section heading): those that go on with a
#: report (``会议强调，``, ``考察组指出，``) and those of time, which may open a feature as well
#: (``今年以来，白银区政协…``).
_REPORT_OPENERS = r"会议|会上|会后|调研组|视察组|检查组|考察组|督查组|座谈会上|活动中|期间|同时|此外|另外|据悉|目前"
_TIME_OPENERS = r"近年来|今年以来"
OPENER = re.compile(rf"^(?:{_REPORT_OPENERS}|{_TIME_OPENERS})[^，,。]{{0,6}}[，,]")
REPORT_OPENER = re.compile(rf"^(?:{_REPORT_OPENERS})[^，,。]{{0,6}}[，,]")
#: Openings that name back the event a report's lead told (clipper.text.newspaper.referents): a
#: meeting (``会议强调，``, ``会上，``, ``与会人员…``), or an activity by its group or its course
#: (``视察组指出，``, ``调研中，``, ``考察期间``; its word is the group ``what``). Narrower than
#: _REPORT_OPENERS, which also holds openers of time and of sequence.
BACK_TO_MEETING = re.compile(r"(?:会议|会上|会后|与会(?:人员|委员|同志|代表))")
BACK_TO_ACTIVITY = re.compile(r"(?P<what>调研|视察|考察|督查|督导|检查|监督|座谈|培训|协商|活动)(?:组|团|中[，,]|期间|过程中)")
#: Words that tell a meeting (``会议``, ``召开``, ``座谈会``, ``常委会``): not ``委员会`` nor
#: ``社会``, which are no event.
MEETING_TOLD = r"会议|召开|举行|座谈|论坛|会上|动员会|[谈商进署告训面席度流证恳话讨析报结委全大年例布虚评摩]会(?![员长计])"
#: Paragraph-opening subject + speech verb (``会议强调，`` ``调研组指出，``), used as a tie-breaker
#: for full-width lines that end a sentence.
OPENER_SPEECH = re.compile(r"^(?:[^，,。]{0,8}(?:强调|要求|指出|提出|建议|认为|表示|希望)[，,：:]|会上[，,]|会议[^，,。]{0,8}[，,])")

# --- masthead ----------------------------------------------------------------------------------
#: A registration line (a serial number, a postal code): the masthead's wherever it stands, for no
#: report prints one (a sponsor, ``主办``, may be a headline's word).
MASTHEAD_REGISTRATION = re.compile(r"国内统一刊号|统一刊号|连续出版物号|邮发代号|CN\s*\d{2}\s*[-－]\s*\d{4}")
#: A sponsor or registration line.
MASTHEAD_SPONSOR = re.compile(r"主办|" + MASTHEAD_REGISTRATION.pattern)
MASTHEAD_DATE = re.compile(r"^(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:星期|周)[一二三四五六日天]\s*$")
MASTHEAD_LUNAR = re.compile(r"农历|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年")
#: A full date in Chinese numerals (``二〇二四年十一月二十九日``: the year digit by digit, 19xx or
#: 20xx), and the same in figures (``2024年11月29日``); groups y, m, d (metadata.iso_date).
CN_YMD = (r"(?P<y>(?:一九|二[〇零])[〇零一二三四五六七八九]{2})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月\s*"
          r"(?P<d>[一二]?十[一二三四五六七八九]?|三十[一]?|[一二三四五六七八九])\s*日")
FULL_YMD = r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
#: The date in Chinese numerals, as many mastheads print it: ``二〇二四年十一月二十九日 星期五``.
MASTHEAD_DATE_CN = re.compile(rf"^{CN_YMD}\s*(?:(?:星期|周)[一二三四五六日天])?\s*$")
#: A line that is only the lunar date (``农历甲辰年十月廿九``, ``甲辰年十月廿九``) or only the weekday.
MASTHEAD_LUNAR_LINE = re.compile(
    r"^(?:农历\s*)?(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*)?(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月\s*"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)?\s*$"
    r"|^农历\s*[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\S*$")
WEEKDAY_LINE = re.compile(r"^(?:星期|周)[一二三四五六日天]$")
#: A full date in Chinese numerals anywhere in a line (a government page's ``发布日期：二〇二四年…``).
CN_DATE = re.compile(CN_YMD)
#: A full date printed with figures: ``2024年11月29日``.
FULL_DATE = re.compile(FULL_YMD)
MASTHEAD_ISSUE = re.compile(r"(?<!总)(?P<issue>第\s*\d+\s*期)")
MASTHEAD_PAGES = re.compile(r"本期\s*(?P<pages>\d+|[一二三四五六七八九十]+)\s*版|共\s*(?P<pages2>\d+|[一二三四五六七八九十]+)\s*版")
PAPER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:报|日报|晚报|周报|时报|导报)$")
#: Characters a headline line does not open with: prepositions and conjunctions in mid-sentence.
FUNCTION_START = re.compile(r"^(?:就|在|对|为|把|由|向|经|与|和|及|将|从|以|按|要|并|而|又|也|还|但|则)")
#: Verbs a kicker opens with when it states a theme (``聚焦城市更新``, ``助力乡村全面振兴``): a line
#: that does is no column label however short (labels name a column: ``委员之声``, ``履职短波``).
THEME_VERB = re.compile(r"^(?:聚焦|助力|助推|推动|推进|深化|加强|加快|践行|凝心|聚力|奋力|全力|携手|共建|共绘|守护|打造|"
                        r"喜迎|决胜|奋进|筑牢|厚植|赋能|凝聚|传承|弘扬|坚持|深入|书写|谱写|绘就|描绘|擦亮|激活|点亮|建好|办好)"
                        r"(?=[\u4e00-\u9fff“]{2})")
#: A section or box label (栏目名): a short line ending in the words papers name columns with
#: (``政协简讯``, ``市县动态``, ``委员风采``, ``综合新闻``, ``学习园地``, ``市县传真``, ``委员之声``,
#: ``文史春秋``, ``时评``, ``本版关注``, ``履职纪实``), never part of a headline. (``…纪实`` only in
#: four characters: a subtitle that names whose record it is ends so too, ``某某委员履职纪实``.)
SECTION_LABEL = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}(?:简讯|快讯|短讯|动态|要闻|新闻|风采|视点|视角|园地|天地|论坛|访谈|专题|专栏|报道|选登|"
    r"观察|聚焦|一线|声音|速递|播报|民意|文苑|副刊|传真|之声|春秋|时评|关注|视窗|广角|热点|特稿|评论|言论|观点)"
    r"|[\u4e00-\u9fff]{2}纪实)$"
)

# --- dates and names ---------------------------------------------------------------------------
MONTH_DAY = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
#: A date printed with numbers: ``2024-03-05`` / ``2024年3月5日`` / ``2024/3/5``.
NUMERIC_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})")
CAPTION_DATE_START = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日")
#: How a caption or an undated report opens right under its headline.
CAPTION_START = re.compile(r"^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|近期)\s*[，,]?")
#: A bare date and the comma of its clause: how a caption (or a brief) opens.
DATE_CLAUSE = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]")
#: A lead's opening and nothing after it (``6月26日，``, ``本报礼县讯（通讯员易永）6月24日，``), or
#: its date's day after a break (``24日，``).
LEAD_OPENING = re.compile("^(?:" + DATELINE.pattern.removeprefix("^") + ")?"
                          r"\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日(?:上午|下午|晚)?\s*[，,]\s*$")
#: Credit roles inside a dateline parenthesis: ``通讯员陈 刚`` / ``记者张 柳 通讯员李四``.
CREDIT_ROLE = re.compile(r"(?:本报|本刊)?(?:特约)?(?:记者|通讯员|实习生|见习记者|摄影)")
#: Words that mark an organisation rather than a person in a 来源 line.
ORG_SUFFIX = re.compile(
    r"(?:办|局|委|部|厅|处|科|室|会|院|所|站|中心|发布|网|报|社|台|政协|政府|集团|公司|平台|新闻|融媒|传媒|频道|号)$"
)
#: Punctuation of written Chinese prose (a line with none is a label, a link or a heading).
PROSE_PUNCT = re.compile(r"[，。；！？,;!?]")
#: Prose punctuation or an enumeration comma: no headline's line holds one (a headline may hold
#: quotes, a colon after its subject, a space).
CLAUSE_PUNCT = re.compile(r"[，。；！？,;!?、]")

#: The most common Chinese surnames (together over 85% of the population): a name begins with one.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾"
    "夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉"
    "缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "傅谈仝竺闻禹焉拓"
)
#: Two-character surnames: a four-character name that begins with one is one name.
COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
                               "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "万俟"})
#: A notice's headline (``关于征集…提案线索的公告``, ``关于召开…的决定``) and the formulas of a notice's text.
NOTICE_TITLE = re.compile(r"(?:公告|通知|启事|公示|通告|倡议书|声明)$|关于.*的(?:决定|决议)$")
NOTICE_TEXT = re.compile(r"(?:现将有关事项|特此|如下)(?:公告|通知|公示|通告)|(?:公告|通知|公示|通告)如下")
