"""The fourth development set of content farms (`bench/bench_reposts.py --set dev4`).

Spam of trades no spam word of clipper names (weight loss, cram schools, study abroad, home
repair, locksmiths, driving schools, cosmetic clinics, tea and liquor wholesale, tokens, game
gift codes, job boards), in shapes the spam rules have no pattern for: the line a farm inserts is
short and no sentence, and only its absence from the other copies of the article gives it away.
Made on 2026-12-06 to measure what the copies of an article say about each other (issue 11);
no spam word is to be taken from it (a rule that names these trades would make it useless).
"""

from __future__ import annotations

DEV4 = {
    "rates": {"pinyin": 0.2, "traditional": 0.15, "variants": 0.15, "spam_lines": 0.5, "spam_title": 0.15,
              "emoji": 0.15, "tags": 0.1, "decoration": 0.1, "appended": 0.15, "lead_dropped": 0.1,
              "middle_only": 0.1, "cut": 0.15, "deck_in_body": 0.1},
    "spam": ("月瘦二十斤不反弹 纯中药配方", "考研冲刺班火热报名中", "澳洲留学中介一站式服务", "防水补漏 免费上门检测",
             "24小时开锁换锁芯", "驾校包过 学车找老王", "韩式双眼皮整形特价", "云南普洱茶厂家直供", "茅台镇酱香酒一件代发",
             "空投糖果 每日签到领币", "手游礼包兑换码免费领", "高薪急聘 包吃包住", "婚纱照特惠套餐限时抢",
             "甲醛检测治理 专业除醛", "家电维修师傅上门", "少儿编程免费试听一节", "装修报价 一分钟出结果",
             "全网最低价 点击进入", "私人侦探 婚外取证", "代理记账 工商注册"),
    "spam_titles": ("考研冲刺班火热报名中", "韩式双眼皮整形特价", "茅台镇酱香酒一件代发", "全网最低价 点击进入",
                    "手游礼包兑换码免费领"),
    "spliced": ("茅台镇酱香酒", "手游礼包", "澳洲留学中介", "私人侦探"),
    "chrome_head": ("您的位置：首页 → 资讯中心 → 本地", "网站首页 | 最新资讯 | 专题", "今日热词：协商 履职 提案"),
    "chrome_tail": ("延伸阅读", "· 县政协召开常委会议", "· 委员调研乡村振兴", "大家都在看",
                    "下一篇：履职尽责显担当", "本文来源于网络，版权归原作者所有", "备案号：陇ICP备2024000000号"),
    "variant_map": {"里": "裏", "为": "爲", "众": "衆", "峰": "峯", "床": "牀", "群": "羣", "温": "溫", "却": "卻",
                    "册": "冊", "线": "綫", "异": "異", "叹": "歎"},
    "tags": ('<span class="h7q">', "</span>", '<b data-k="2x">', "</b>", '<i id="m0r">', "</i>"),
    "pinyin": ("dǎng", "zǔ", "xué", "xí", "zhèng", "xié", "mín", "shēng", "tí", "àn", "bàn", "lǐ", "gōng", "zuò",
               "huì", "yì"),
    "gloss_marks": "◇○",
    "gloss_brackets": ("（", "）"),
    "emoji": "😀🌟📣🧧🎁",
    "decoration": "##########",
    "sources": ("每日资讯", "本地生活网", "热点快讯"),
    "seeds": (401, 402, 403),
}
