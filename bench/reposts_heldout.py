"""Held-out content farms for the repost benchmark (`bench/bench_reposts.py --set heldout`).

The noise kinds of the development corpora, drawn from material neither of them has: other
gambling, lottery, loan and app spam, WeChat and landline contact lines, glosses in ASCII
brackets with tone marks and other symbols between doubled glosses, other variant characters,
tags, emoji and chrome. Written after the rules of the second development set and measured
once as they stood; **no rule may be written from it** — a rule that is would make these
figures development figures (say so in the README, and write another held-out set).
"""

from __future__ import annotations

HELD_OUT = {
    "rates": {"pinyin": 0.25, "traditional": 0.2, "variants": 0.15, "spam_lines": 0.35, "spam_title": 0.15,
              "emoji": 0.2, "tags": 0.15, "decoration": 0.1, "appended": 0.15, "lead_dropped": 0.1,
              "middle_only": 0.1, "cut": 0.2, "deck_in_body": 0.1},
    "spam": ("澳门银河官网平台", "博狗体育在线开户", "pg电子游戏官网入口", "万和城注册登录", "新濠天地线上平台",
             "贷款秒批 当天到账", "联系微信：abc12345", "热线：0931-6667788", "手机号：13609311234",
             "全网最低价 欢迎选购", "老品牌 值得信赖", "点此下载客户端", "立即下载app领红包", "1xbet官方网站",
             "beplay体育官网下载", "米乐m6官网登录", "金博宝188官方网站", "真钱棋牌游戏平台", "亚洲城ca88官网",
             "利来国际w66官网"),
    "spam_titles": ("澳门银河官网平台", "米乐m6官网登录-官方入口", "beplay体育官网下载", "新濠天地线上平台",
                    "金博宝188官方网站"),
    "spliced": ("beplay体育", "米乐m6官网", "亚洲城ca88", "金博宝188"),
    "chrome_head": ("资讯首页 > 地方新闻 > 甘肃", "导航：首页 / 新闻 / 正文", "今日热点 | 排行榜 | 专题"),
    "chrome_tail": ("延伸阅读", "• 政协委员调研乡村振兴", "• 市政协召开常委会议", "猜你喜欢",
                    "上一篇：委员履职故事", "免责声明：本站部分内容来源于网络", "© 2024 某某网 版权所有"),
    "variant_map": {"够": "夠", "污": "汙", "药": "葯", "凉": "涼", "回": "囘", "叫": "呌", "总": "縂", "册": "冊",
                    "峰": "峯", "吃": "喫", "烟": "菸", "杆": "桿"},
    "tags": ('<var id="t8k2">', "</var>", '<sub lang="a3c">', "</sub>", '<em draggable="z2q">', "</em>"),
    "pinyin": ("zhōng", "guó", "rén", "mín", "zhèng", "xié", "wěi", "yuán", "huì", "yì", "gān", "sù", "xiàn", "shì",
               "fā", "zhǎn"),
    "gloss_marks": "★●■",
    "gloss_brackets": ("(", ")"),
    "emoji": "🎯💥🏆🎁📢",
    "decoration": "######",
    "sources": ("综合整理", "网友投稿", "新闻中心"),
    "seeds": (201, 202, 203, 204, 205),
}
