"""The third development set of content farms (`bench/bench_reposts.py --set dev3`).

The noise kinds of the other sets, drawn from material none of them holds: other casino, sports
betting, card-game and lottery brands (with their Latin names and 官方/平台/入口 words in other
orders), WeChat and hotline lines, other slogans, other site notices, glosses in half-width
brackets with tone marks, other variant characters, tags, emoji and chrome. Made on 2026-12-05 to
try the spam rules on vocabulary they were not written on; measured once as the rules stood, then
used for development (so a development set, not a held-out one).
"""

from __future__ import annotations

DEV3 = {
    "rates": {"pinyin": 0.2, "traditional": 0.2, "variants": 0.15, "spam_lines": 0.4, "spam_title": 0.2,
              "emoji": 0.2, "tags": 0.15, "decoration": 0.1, "appended": 0.15, "lead_dropped": 0.1,
              "middle_only": 0.1, "cut": 0.2, "deck_in_body": 0.1},
    "spam": ("澳门威尼斯人官网(中国)官方网站", "金沙娱乐场app最新版下载", "开元棋牌官方版下载安装", "欧宝体育平台网址入口",
             "亚博全站app官方登录", "凤凰彩票welcome登录", "天天中彩票安卓版下载", "PG电子麻将胡了免费试玩",
             "加微信xyz8888领取新人福利", "咨询热线：400-820-1234", "服务热线 188 9311 2345", "品质保证 放心选择",
             "用心服务 一路相伴", "扫码关注公众号 获取更多资讯", "本站所有文章均来自互联网", "开云体育(kaiyun)官方网站",
             "米乐m6官网登录入口", "雷竞技raybet官网首页", "大发快三计划网页版", "365bet亚洲版官网"),
    "spam_titles": ("澳门威尼斯人官网(中国)官方网站-登录入口", "开云体育(kaiyun)官方网站", "米乐m6官网登录入口",
                    "欧宝体育平台网址入口", "雷竞技raybet官网首页"),
    "spliced": ("开云体育官网", "金沙娱乐场", "亚博全站app", "凤凰彩票"),
    "chrome_head": ("首页 > 新闻 > 地方 > 正文", "当前位置：网站首页 / 政务资讯", "热门搜索：两会 民生 政协"),
    "chrome_tail": ("相关文章", "· 政协委员建言乡村振兴", "· 市政协召开常委会议", "猜你喜欢",
                    "上一篇：委员履职故事", "免责声明：本站转载文章仅为传递信息",
                    "© 2025 某某资讯网 版权所有"),
    "variant_map": {"群": "羣", "峰": "峯", "够": "夠", "却": "卻", "叹": "歎", "迹": "蹟", "凉": "涼", "床": "牀",
                    "温": "溫", "咏": "詠", "异": "異", "册": "冊"},
    "tags": ('<em id="k7x2">', "</em>", '<small dir="zq">', "</small>", '<sub lang="r4">', "</sub>"),
    "pinyin": ("zhōng", "guó", "rén", "mín", "zhèng", "zhì", "xié", "shāng", "huì", "yì", "gān", "sù", "shěng",
               "wěi", "yuán", "xiàn"),
    "gloss_marks": "★◎",
    "gloss_brackets": ("(", ")"),
    "emoji": "🎉🔥👍📢💎",
    "decoration": "==========",
    "sources": ("互联网", "综合整理", "今日热点"),
    "seeds": (201, 202, 203),
}
