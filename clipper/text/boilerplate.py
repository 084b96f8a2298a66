"""Portal furniture as data: label lines, breadcrumbs, meta lines, footers, repost noise."""

from __future__ import annotations

import re

from clipper.text.patterns import CN_YMD

#: Headings of link lists that end the article on a portal page.
LIST_LABELS = re.compile(
    r"^(?:相关阅读|相关新闻|相关文章|相关推荐|热门文章|热门推荐|热点推荐|热点新闻|最新文章|最新新闻|最新资讯|精彩推荐|"
    r"推荐阅读|延伸阅读|(?:值班)?总编推荐|编辑推荐|小编推荐|今日推荐|要闻速览|新闻速览|热点速览|今日要闻|新闻排行|热文排行|24小时热文|专题推荐|最新动态|猜你喜欢|你可能感兴趣|你可能(?:还|也)喜欢|为你推荐|为您推荐|其他人(?:也|还)在看|大家(?:都|还)在看|"
    r"热门新闻|热门阅读|相关报道|相关视频|相关资讯|相关专题|图片新闻|排行榜|阅读排行|点击排行|更多新闻|网友评论|发表评论|"
    r"我要评论|评论|分享到|分享|打印本页|关闭窗口|【打印】|【关闭】|往期推荐|往期回顾|往期精彩|精彩回顾|"
    r"END|THE END)[:：]?\s*(?:[（(]\s*\d+\s*[）)]|\d+\s*条)?\s*$"
)
#: Traditional forms of the characters of those labels (``相關新聞``, ``熱門文章``), folded before
#: matching: a label line is matched without converting the whole page.
LABEL_TRADITIONAL = str.maketrans("關聞熱門閱讀薦點擊評論圖為網發閉資訊條歡還們", "关闻热门阅读荐点击评论图为网发闭资讯条欢还们")


#: A list label with the list's tags run on after it on its line (``相关资讯营养成分粥腊八节``).
LABEL_WITH_TAGS = re.compile(r"^(?:相关(?:阅读|新闻|文章|推荐|资讯|专题|报道)|热门(?:文章|推荐|新闻)|猜你喜欢)(?P<tags>[^，。；！？,;!?]{1,40})$")


#: The headings that close an encyclopedia entry's text (Wikipedia, Baidu Baike): notes,
#: references, external links, see also — with the ``[ 编辑 ]`` link where the page has one.
#: (``注释`` alone may head a poem's notes, part of the text: only with the edit link.)
REFERENCE_HEADINGS = re.compile(r"^(?:(?:参考文献|参考资料|外部链接|参见|相关条目)\s*(?:\[\s*编辑\s*\])?|(?:注释|脚注)\s*\[\s*编辑\s*\])$")


def is_list_label(line: str) -> bool:
    """A link-list label (``相关阅读``, ``其他人也在看``, ``相關新聞``), alone or with the list's tags
    run on after it (no sentence: ``相关资讯营养成分粥…``), or an encyclopedia entry's references
    heading (``参考文献 [ 编辑 ]``)."""
    folded = line.translate(LABEL_TRADITIONAL)
    return bool(LIST_LABELS.match(folded) or LABEL_WITH_TAGS.match(folded) or REFERENCE_HEADINGS.match(folded))


#: Lines that open a link to another article.
PREV_NEXT = re.compile(r"^[/【\[（(]?\s*(?:阅读)?(?:上一篇|下一篇|上一条|下一条|上一版|下一版|上一期|下一期)\s*[:：]?")
BULLET = re.compile(r"^\s*[•·▪▫◦●○■□◆◇►▶※\-–]\s+")
BREADCRUMB = re.compile(r"(?:当前位置|您的位置|你的位置|所在位置|当前的位置)\s*[:：]|^首页\s*[>»/＞]|[>»＞]\s*正文\s*$")
#: Meta lines: ``日期: 来源:… 作者:…`` (several fields may share a line).
META_LABELS = (
    r"(?:发布日期|发布时间|发布者|发布人|日期|时间|来源|稿源|作者|记者|通讯员|责任编辑|收集编辑|编辑|审核|校对|浏览次数|浏览|查看|阅读|点击|字号|"
    r"供稿|摄影|编审|出处|字数|版次|版面|标签|关键词|关键字)"
)
META_FIELD = re.compile(
    r"(?P<label>" + META_LABELS + r")\s*[:：]\s*(?P<value>(?:(?!" + META_LABELS + r"\s*[:：])[^\s:：])*"
    r"(?:\s+(?!\S*" + META_LABELS + r"\s*[:：])[^\s:：]+)*)"
)
FOOTER = re.compile(
    r"版权所有|Copyright|©|ICP备|ICP证|网站标识码|公网安备|(?:主办|承办)单位(?=\s|[:：]|$)|技术支持|联系我们|网站地图|免责声明|"
    r"关于我们|广告服务|违法和不良信息举报"
)
EPAPER_CHROME = re.compile(
    r"^(?:第\s*[\d一二三四五六七八九十]+\s*版[:：]?|版次[:：]|字数[:：]|通版|PDF版|PDF下载|版面导航|本版新闻|往期回顾|"
    r"展开通版|数字报首页|网站首页|上一版|下一版|上一期|下一期)"
)
ORIGINAL_TITLE = re.compile(r"^\s*[（(]?\s*原标题\s*[:：]\s*(?P<title>.+?)\s*[）)]?\s*$")
SOURCE_LINE = re.compile(r"^\s*[（(]?\s*(?:来源|稿源|转自|出处)\s*[:：]\s*(?P<value>[^）)]+?)\s*[）)]?\s*$")
EDITOR_LINE = re.compile(r"^\s*[（(\[【]?\s*(?:责任编辑|责编|编辑|审核|校对|编审)\s*[:：]\s*(?P<value>[^）)\]】]+?)\s*[）)\]】]?\s*$")
AUTHOR_LINE = re.compile(r"^\s*(?:作者|记者|文|通讯员)\s*[:：/]\s*(?P<value>.+?)\s*$")
#: Junk tokens that content farms insert between words (zero-width and replacement marks).
JUNK = re.compile(r"[\u200b-\u200f\u2060\ufeff\ufffc]")
#: Disclaimers of self-media platforms (网易号, 搜狐号, 快传号 …) printed under the article:
#: the article is over.
PLATFORM_NOTICE = re.compile(
    r"^(?:特别声明|平台声明|免责声明|声明)[:：]|仅提供信息存储(?:空间)?服务|^Notice: The content above|"
    r"仅代表(?:其|该?(?:作者|机构)(?:或机构)?)(?:本人|个人)?(?:的)?观点|^本文来自\S{2,12}(?:客户端|号)|"
    r"^返回\S{1,6}[，,]?\s*查看更多$|^举报\s*/\s*反馈$|^\S{1,8}APP扫码阅读$|^预览时标签不可点$|"
    r"^(?:微信)?扫一扫\s*关注该公众号$|"
    r"不代表本(?:网|站|平台|号)(?:的)?(?:观点|立场)|并不代表本\S{1,3}赞同其观点"
)
#: A line that ends the text of a report: ``— 完 —``, ``（完）``, ``【完】``.
END_MARK = re.compile(r"^[-—–\s]*[（(【\[]?\s*完\s*[）)】\]]?[-—–\s]*$")
#: An advertisement among the paragraphs, labelled as one (``扫码下载APP 领取新人红包 广告``).
AD_LINE = re.compile(r"^(?:[【\[]广告[】\]].{0,40}|.{2,40}\s广告)$")
#: A social platform's prompt to follow the account, printed over the article
#: (``点击蓝字 关注我们``, ``点击上方“甘肃政协”关注我们``).
FOLLOW_PROMPT = re.compile(r"^(?:点击|点)(?:上方|下方)?(?:蓝字|“[^”]{1,20}”|\S{0,4}公众号)\s*(?:关注|订阅)(?:我们)?[！!]?$")
#: A summary line over the text (``摘要: …``, ``导读：…``).
SUMMARY_LINE = re.compile(r"^(?:摘要|内容摘要|内容提要|提要|导读)\s*[:：]\s*(?P<text>.+?)\s*(?:\.{3}|…+)?$")
#: Reprint notices (a line of their own): ``未经书面授权请勿转载``, ``转载请注明出处``.
REPRINT_NOTICE = re.compile(r"^.{0,30}(?:未经.{0,6}授权.{0,10}(?:转载|使用|复制)|转载请注明|版权归.{1,12}所有).{0,30}$")
#: Link text glued to a source line by share widgets: ``…）返回搜狐，查看更多``.
INLINE_CHROME = re.compile(r"返回\S{1,6}[，,]?\s*查看更多$")
#: Lines of page widgets inside the article block: player controls, share/like/report buttons,
#: encyclopedia edit links, "posted from" location stamps, lone timestamps.
WIDGET_LINE = re.compile(
    r"^(?:广告|收藏|关注|取消关注|举报|点赞|赞|分享|评论|打印|关闭|目录|播报|编辑|播报文章|语音播报文章.{0,10}|不喜欢|"
    r"展开全文|查看全文|阅读全文|阅读剩余全文\s*[（(]\s*\d*\s*[）)]|收起全文|展开|收起|阅读更多|"
    r"\S{0,8}加载中[，,。.…]*\s*请稍候[。.…]*|若长时间无响应[，,]?\s*请刷新本?页面[。.]?|"
    r"减少或屏蔽此类内容推荐|已标记为不喜欢内容.{0,20}|直播|倍速|高清|超清|标清|流畅|蓝光|循环播放|跳过片头|设置成功|"
    r"正在为您切换到.{0,20}|很抱歉.{0,4}视频.{0,10}|错误代码[:：].{0,20}|播放速度[:：].{0,8}|时长[:：].{0,30}|"
    r"\d+有用\+1|[\d.]+[Xx]|\d+%|(?:\d{1,2}[:：])?\d{1,2}[:：]\d{2}(?:\s*/\s*(?:\d{1,2}[:：])?\d{1,2}[:：]\d{2})?|"
    r"(?:发布于|IP属地|来自)[:：]?\s*\S{2,8}|字号[:：]?.{0,8}|[【\[]?[大中小][】\]]?(?:\s*[【\[]?[大中小][】\]]?){2})$"
)
#: Year, month and day as portals print them (``2024-05-21``, ``2024年5月21日``, ``2024/5/21``),
#: and a time (``08:47``, ``08:47:13``): the parts of the date patterns below.
_YMD = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
_TIME = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
#: A date with an optional time; the same with a time.
_DATE = _YMD + r"\s*日?(?:\s*" + _TIME + r")?"
_TIMED_DATE = _YMD + r"\s*日?\s*" + _TIME
#: The labels of a publication date (``发布于``, ``发布时间：``).
_PUBLISHED = r"(?:发布于|发表于|编辑于|发布时间|发表时间)\s*[:：]?\s*"
#: A line that is only a date (and time): metadata, not a paragraph (``2024 02/08 09:35:27``:
#: a news agency's year set apart from month/day).
DATE_ONLY_LINE = re.compile(
    r"^\d{4}(?:\s*[-/.年]\s*|\s+(?=\d{1,2}\s*/))\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*" + _TIME + r")?$"
    r"|^" + CN_YMD + r"$"
)
#: An editor's note over an article (``编者按：…``, ``【编者按】…``).
EDITOR_NOTE = re.compile(r"^[【\[]?(?:编者按|编者的话|编者注|编前语|编前)[】\]]?\s*[:：]?\s*\S")
#: A source and date without labels: ``本文来源于 北京商报 2024-05-20 09:47:48``; or the date
#: and time first (a list entry's date has no time), then the source, maybe the views:
#: ``2024年06月12日 08:47 每日甘肃网``, ``2024-08-10 14:02 陇上资讯 阅读 2.1万``.
SOURCE_DATE_LINE = re.compile(
    r"^(?:(?:本文)?(?:来源|来自|稿源)(?:于|自)?\s*[^\s，。：:]{2,20}\s+" + _DATE + r"|"
    + _TIMED_DATE + r"\s+(?!来自|IP)[\u4e00-\u9fffA-Za-z]{2,12}(?:\s+(?:阅读|浏览|阅读量)\s*[\d.]+万?)?)$"
)
#: A labelled publication date inside a page's text.
PUBLISHED_DATE = re.compile(_PUBLISHED + r"(?P<date>" + _YMD + r")")
#: A publication date after the text (``发布于 2024-05-21 08:47・IP 属地甘肃``).
PUBLISHED_LINE = re.compile(
    r"^" + _PUBLISHED + r"(?P<date>" + _YMD + r"\s*日?)"
    r"(?:\s*" + _TIME + r")?(?:\s*[・·|｜]?\s*IP\s*属地\s*[:：]?\s*[\u4e00-\u9fff]{2,8})?$"
)
#: A notice's signature (落款) under its text: the issuing body on a line of its own, over a line
#: that is only the date (in figures or in Chinese numerals: portal_text).
SIGNATURE_BODY = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:委员会|办公室|办公厅|人民政府|政府|政协|党组|局|厅|委|办|部|"
                            r"中心|协会|学会|联合会|机关|小组)$")
#: A byline in brackets that closes an article: ``（记者 杨帆 通讯员 何志强）``.
CLOSING_BYLINE = re.compile(
    r"^[（(]\s*(?P<inner>(?:本报|本刊)?(?:特约)?(?:记者|通讯员|作者|撰稿|文|图|文/图|实习生)[\s/:：]*[\u4e00-\u9fff·]"
    r"[\u4e00-\u9fff·\s/:：、，,]{0,40})[）)]$"
)
#: A date with an optional time, as portals print them in meta lines: ``2024-05-21 08:15``.
DATE_TIME = re.compile(_DATE + r"|(?<![\d-])\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?!\d)")
#: Words of navigation bars and site chrome (a short line made of them is no title).
NAV_WORDS = re.compile(r"首页|登录|注册|导航|客户端|下载|搜索|论坛|博客|数字报|频道|栏目|返回|更多|订阅|投稿|APP|App|家园")
#: Words of copyright and disclaimer notices; a line with several of them is a legal notice.
LEGAL_WORDS = re.compile(r"版权|著作权|转载|授权|法律责任|免责|侵权|摘编|不代表本网|镜像|许可")
#: A line that holds this many distinct legal words is a notice, however long.
LEGAL_MIN_WORDS = 3
#: Labels after which a page prints its article's text (an audio or video page's transcript).
ARTICLE_START_LABEL = re.compile(r"^(?:视频|音频|节目)?(?:文稿|文字稿|全文|正文)[:：]?$")
#: Labels of a page's own sections before the article (``视频简介``).
INTRO_LABEL = re.compile(r"^(?:视频|声音|音频|内容|节目|专辑)?简介[:：]?$")
