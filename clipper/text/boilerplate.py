"""Portal furniture as data: label lines, breadcrumbs, meta lines, footers, repost noise."""

from __future__ import annotations

import re

#: Headings of link lists that end the article on a portal page.
LIST_LABELS = re.compile(
    r"^(?:相关阅读|相关新闻|相关文章|相关推荐|热门文章|热门推荐|热点推荐|热点新闻|最新文章|最新新闻|最新资讯|精彩推荐|"
    r"推荐阅读|延伸阅读|猜你喜欢|你可能感兴趣|为你推荐|图片新闻|排行榜|阅读排行|点击排行|更多新闻|网友评论|发表评论|"
    r"我要评论|评论|分享到|分享|打印本页|关闭窗口|【打印】|【关闭】)[:：]?\s*$"
)
#: Lines that open a link to another article.
PREV_NEXT = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上一版|下一版|上一期|下一期)\s*[:：]?")
BULLET = re.compile(r"^\s*[•·▪▫◦●○■□◆◇►▶※\-–]\s+")
BREADCRUMB = re.compile(r"(?:当前位置|您的位置|你的位置|所在位置|当前的位置)\s*[:：]|^首页\s*[>»/＞]|[>»＞]\s*正文\s*$")
#: Meta lines: ``日期: 来源:… 作者:…`` (several fields may share a line).
META_LABELS = (
    r"(?:发布日期|发布时间|日期|时间|来源|稿源|作者|记者|通讯员|责任编辑|收集编辑|编辑|审核|校对|浏览次数|阅读|点击|字号|"
    r"供稿|摄影|编审|出处)"
)
META_FIELD = re.compile(
    r"(?P<label>" + META_LABELS + r")\s*[:：]\s*(?P<value>(?:(?!" + META_LABELS + r"\s*[:：])[^\s:：])*"
    r"(?:\s+(?!\S*" + META_LABELS + r"\s*[:：])[^\s:：]+)*)"
)
FOOTER = re.compile(
    r"版权所有|Copyright|©|ICP备|ICP证|网站标识码|公网安备|主办单位|承办单位|技术支持|联系我们|网站地图|免责声明|"
    r"关于我们|广告服务|违法和不良信息举报"
)
EPAPER_CHROME = re.compile(r"^(?:第\s*[\d一二三四五六七八九十]+\s*版[:：]?|版次[:：]|字数[:：]|通版|PDF版|版面导航|本版新闻|往期回顾)")
ORIGINAL_TITLE = re.compile(r"^\s*[（(]?\s*原标题\s*[:：]\s*(?P<title>.+?)\s*[）)]?\s*$")
SOURCE_LINE = re.compile(r"^\s*[（(]?\s*(?:来源|稿源|转自|出处)\s*[:：]\s*(?P<value>[^）)]+?)\s*[）)]?\s*$")
EDITOR_LINE = re.compile(r"^\s*[（(\[【]?\s*(?:责任编辑|责编|编辑|审核|校对|编审)\s*[:：]\s*(?P<value>[^）)\]】]+?)\s*[）)\]】]?\s*$")
AUTHOR_LINE = re.compile(r"^\s*(?:作者|记者|文|通讯员)\s*[:：/]\s*(?P<value>.+?)\s*$")
#: Pinyin glossed into reposted text: ``政協(xié)`` / ``網(wǎng)``.
PINYIN_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(]\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\d?\s*[）)]"
)
#: Junk tokens that content farms insert between words (zero-width and replacement marks).
JUNK = re.compile(r"[\u200b-\u200f\u2060\ufeff\ufffc]")
