"""A second set of content farms written as held out (`bench/bench_reposts.py --set heldout2`),
on 2026-12-03 after every cleaning and matching rule. Its first run found a data-loss bug (copies
glossed in square brackets refused as mojibake: 177 documents lost, pair recall 0.652); the two
fixes were written from it, so it is a development set now (README, Duplicates).

The noise kinds of the other sets, drawn from material none of them has: medical, invoice,
part-time-job, SEO and used-car spam, QQ groups and 400 numbers, glosses in square brackets with
other symbols between doubled glosses, other variant characters, other stray tags, emoji and
chrome.
"""

from __future__ import annotations

HELD_OUT_2 = {
    "rates": {"pinyin": 0.25, "traditional": 0.2, "variants": 0.15, "spam_lines": 0.35, "spam_title": 0.15,
              "emoji": 0.2, "tags": 0.15, "decoration": 0.1, "appended": 0.15, "lead_dropped": 0.1,
              "middle_only": 0.1, "cut": 0.2, "deck_in_body": 0.1},
    "spam": ("兰州男科医院哪家好", "代开各类正规发票", "刷单兼职日结工资", "网站建设SEO优化排名", "二手车免费评估上门收车",
             "加入QQ群：735129846", "服务热线400-863-2715", "咨询电话：+86 138 9312 0045", "永久免费观看高清视频",
             "股票配资 低息放款", "优质外链代发", "信用卡套现秒到", "正品高仿名表批发", "同城交友 约会平台",
             "扫码关注领取优惠券", "十年老店 诚信经营", "威尼斯人线上娱乐", "太阳城官方网站", "大发快三计划网",
             "星空体育app下载"),
    "spam_titles": ("兰州男科医院哪家好", "威尼斯人线上娱乐-官网首页", "星空体育app下载", "太阳城官方网站",
                    "大发快三计划网"),
    "spliced": ("星空体育", "太阳城官网", "大发快三", "威尼斯人"),
    "chrome_head": ("当前位置：首页 » 时政 » 地方", "首页 - 新闻 - 甘肃新闻 - 正文", "热门标签：政协 | 协商 | 民生"),
    "chrome_tail": ("相关文章推荐", "· 县政协组织委员视察重点项目", "· 市政协召开主席会议", "为你推荐",
                    "下一篇：委员风采录", "声明：本文转自网络，如有侵权请联系删除", "Copyright © 2024 某某资讯 All Rights Reserved"),
    "variant_map": {"里": "裏", "众": "衆", "线": "綫", "为": "爲", "群": "羣", "却": "卻", "床": "牀", "咸": "鹹",
                    "凭": "凴", "温": "溫", "既": "旣", "异": "異"},
    "tags": ('<font id="x9p">', "</font>", '<ins class="k4d">', "</ins>", '<small data-v="7hq">', "</small>"),
    "pinyin": ("gān", "sù", "shěng", "zhèng", "xié", "wěi", "yuán", "huì", "yì", "xiàn", "shì", "qū", "xiāng",
               "cūn", "fā", "zhǎn"),
    "gloss_marks": "▲◆♦",
    "gloss_brackets": ("[", "]"),
    "emoji": "🚀✅🔔💰📌",
    "decoration": "※※※※※※",
    "sources": ("资讯汇", "看点快报", "百姓头条"),
    "seeds": (301, 302, 303, 304, 305),
}
