"""The second development set of content farms (`bench/bench_reposts.py --set dev2`).

The same noise kinds as the development corpus of bench_reposts.py, drawn from other material:
other gambling, lottery and app spam, other phone and slogan lines, glosses in full-width
brackets with tone marks, other variant characters, other stray tags and emoji, other portal
chrome, and one kind the development corpus lacks (a copy of the article's middle alone).
Written as a held-out set and measured once as the rules stood (pair precision 0.988, recall
0.968, 74 spam lines and 7 spam titles stored); rules were then written from what it showed
(whole numbers in the facts check, Unihan variants, spam vocabulary), so it is a development
set now. bench/reposts_heldout.py holds the set kept held out.
"""

from __future__ import annotations

DEV2 = {
    "rates": {"pinyin": 0.25, "traditional": 0.2, "variants": 0.15, "spam_lines": 0.35, "spam_title": 0.15,
              "emoji": 0.2, "tags": 0.15, "decoration": 0.1, "appended": 0.15, "lead_dropped": 0.1,
              "middle_only": 0.1, "cut": 0.2, "deck_in_body": 0.1},
    "spam": ("新葡京官网-新葡京娱乐城", "皇冠体育官方网站(中国)有限公司", "必发彩票网址登录入口", "九游会·J9官方网站",
             "bet365体育在线投注", "彩神争霸app下载安装", "时时彩平台官网注册", "乐动体育app官方下载",
             "联系电话：0931-8812345", "手机：15193112345（微信同号）", "诚信经营 合作共赢", "专业团队 值得托付",
             "下载新闻客户端 阅读更多精彩内容", "点击进入官方入口", "幸运飞艇开奖直播官网", "永利皇宫官方网站入口",
             "华体会体育(中国)官方网站", "QQ：12345678 客服在线", "宝马会娱乐平台登录", "爱游戏体育官网入口"),
    "spam_titles": ("九游会·J9官方网站-登录入口", "皇冠体育官方网站(中国)有限公司", "新葡京官网-新葡京娱乐城",
                    "必发彩票网址登录入口", "华体会体育(中国)官方网站"),
    "spliced": ("九游会官网", "皇冠体育官方网站", "bet365体育在线", "永利皇宫官方网站入口"),
    "chrome_head": ("网站首页 | 时政 | 社会 | 财经 | 视频", "您的位置：主页 - 资讯中心 - 正文", "站内搜索 热点 专题"),
    "chrome_tail": ("推荐阅读", "• 县政协开展专题调研", "• 委员走进企业问需", "热点推荐",
                    "下一篇：政协委员履职风采", "声明：本文转自网络，如有侵权请联系删除",
                    "Copyright © 2024 某某在线 All Rights Reserved"),
    "variant_map": {"线": "綫", "吃": "喫", "才": "纔", "村": "邨", "杯": "盃", "果": "菓", "卫": "衞", "为": "爲",
                    "启": "啓", "么": "麽", "只": "衹", "针": "鍼"},
    "tags": ('<ins id="p3z8">', "</ins>", '<kbd dir="kq1">', "</kbd>", '<strong lang="w5m">', "</strong>"),
    "pinyin": ("guó", "wù", "yuàn", "zǒng", "lǐ", "qiáng", "zhèng", "xié", "huì", "yì", "fā", "zhǎn", "shì", "xiàn",
               "shěng", "wěi"),
    "gloss_marks": "◆▲※",
    "gloss_brackets": ("（", "）"),
    "emoji": "🚀🌟💰📣✅",
    "decoration": "~~~~~~",
    "sources": ("网络整理", "热点资讯", "百姓头条"),
    "seeds": (101, 102, 103, 104, 105),
}
