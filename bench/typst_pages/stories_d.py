"""Pool D of the typst page corpus: articles written for it on 2026-12-05, for the dev7 set, in
shapes the other dev pools print little: titles of two parallel phrases split by a space, titles
that open with a quotation or hold a bracket, a kicker longer than its title, a subtitle that is
a whole clause without a dash, ``文/图`` and ``文 / 图`` bylines, a credit line for a photo inside a
report, a report with no dateline opening with 近日 and its byline after it in brackets, a decision,
a letter.

Same format as stories_a.
"""

from __future__ import annotations

STORIES: list[dict] = [
    dict(
        kind="feature", title="山川披绿 河湖安澜", subtitle="庆阳市政协助推黄土高原生态治理工作掠影",
        byline="文/图 本报记者 许晓燕", authors=["许晓燕"], names=[],
        paragraphs=[
            "深秋时节，站在董志塬上极目远眺，层层梯田如同大地的指纹，一道道淤地坝锁住了泥沙，昔日光秃秃的山梁披上了绿装。",
            "近年来，庆阳市政协把黄土高原水土流失综合治理作为履职重点，连续三年围绕淤地坝建设、塬面保护、退耕还林成果巩固等议题开展专题调研和民主监督，提出意见建议四十余条。",
            "“过去一下大雨，塬边就塌一块。”一位参加调研的委员说，如今固沟保塬项目建成后，塬面得到了有效保护，群众的生产生活条件明显改善。",
            "市政协有关负责同志表示，将继续聚焦生态保护和高质量发展，为建设山川秀美的新庆阳贡献政协力量。",
        ]),
    dict(
        kind="news", title="“协商议事会”开到了田间地头",
        place="会宁", date="06-05", authors=["柴永红"], names=[],
        paragraphs=[
            "本报会宁讯（通讯员 柴永红）6月5日，会宁县政协在丁家沟镇一处玉米地头召开“协商议事会”，镇村干部、种植大户和群众代表围坐在一起，就发展旱作节水农业商量对策。",
            "大家你一言我一语，提出了推广全膜双垄沟播、建设集雨水窖、组建农机服务队等十多条建议。镇党委负责同志当场表示，将把可行的建议纳入明年工作计划。",
        ]),
    dict(
        kind="news", kicker="深入学习贯彻党的二十届三中全会精神 凝心聚力推进中国式现代化甘肃实践",
        title="省政协举行专题学习会",
        place=None, date="09-24", authors=["段文涛"], names=["范立新"],
        paragraphs=[
            "本报讯（记者 段文涛）9月24日，省政协举行专题学习会，邀请专家围绕深入学习贯彻党的二十届三中全会精神作辅导报告。省政协副主席范立新主持。",
            "报告会从进一步全面深化改革的重大意义、主要目标、重大举措等方面作了深入解读。与会同志表示，要把学习成果转化为履职尽责的实际行动。",
        ]),
    dict(
        kind="news", title="兰州新区政协（筹）组织委员视察产业园区建设",
        place="兰州新区", date="04-16", authors=["吕红霞"], names=[],
        paragraphs=[
            "本报兰州新区讯（通讯员 吕红霞）4月16日，兰州新区政协（筹）组织部分委员视察精细化工、新材料等产业园区建设情况。",
            "委员们先后走进五家企业的生产车间和研发中心，详细了解项目投产、技术创新和安全生产情况，并就优化营商环境、加强园区配套等提出了意见建议。",
        ]),
    dict(
        kind="feature", title="“小院议事”议出邻里和谐",
        subtitle="城关区政协推动协商向社区延伸",
        byline="□ 文 / 马丽君", authors=["马丽君"], names=[],
        paragraphs=[
            "楼道里堆放的杂物清走了，小区里的停车位划好了，闲置多年的空地变成了健身广场……这些变化，都是在社区“小院议事”中商量出来的。",
            "去年以来，城关区政协在二十个社区设立“小院议事”点，每月确定一个议题，由委员、社区干部和居民代表一起协商。一年来，共协商解决群众身边事一百二十余件。",
            "“以前有事找不到地方说，现在家门口就能商量。”居民王阿姨说。",
        ]),
    dict(
        kind="feature", title="秦州区政协开展农村饮水安全专项民主监督",
        place=None, date=None, authors=["贺晓东"], names=[],
        byline="（贺晓东）", byline_after=True,
        paragraphs=[
            "近日，秦州区政协组织部分委员，对全区农村饮水安全工作开展专项民主监督。",
            "监督组深入五个乡镇的水厂、蓄水池和农户家中，实地察看供水设施运行和水质检测情况，详细了解群众饮水中存在的困难和问题，提出了加快老旧管网改造、建立长效管护机制等建议。",
        ]),
    dict(
        kind="notice", title="政协甘肃省委员会关于召开十三届四次会议的决定",
        paragraphs=[
            "政协甘肃省第十三届委员会常务委员会第十次会议决定：中国人民政治协商会议甘肃省第十三届委员会第四次会议于2026年1月在兰州召开。",
            "建议会议的主要议程是：听取和审议省政协常务委员会工作报告和关于提案工作情况的报告；列席省十四届人大四次会议，听取并讨论政府工作报告及其他有关报告；审议通过有关决议。",
        ]),
    dict(
        kind="feature", kicker="致政协委员的一封信", title="让每一份建言都有回响",
        byline="本报编辑部", authors=[], names=[],
        paragraphs=[
            "各位委员：",
            "新的一年，感谢大家一直以来对本报的关心和支持。过去一年，你们深入基层、调查研究，提出了许多有见地的意见建议，本报刊发委员履职报道三百余篇。",
            "新的一年，我们将开设“委员来信”专栏，欢迎各位委员来信来稿，讲述履职故事，分享调研心得，让每一份建言都有回响。",
        ]),
    dict(
        kind="news", title="武威市政协举行新聘文史研究员聘任仪式",
        place="武威", date="03-22", authors=["聂建军"], names=["彭晓梅"],
        paragraphs=[
            "本报武威讯（记者 聂建军）3月22日，武威市政协举行新聘文史研究员聘任仪式，为十二名新聘文史研究员颁发聘书。市政协副主席彭晓梅出席并讲话。",
            "彭晓梅希望各位文史研究员发挥专业优势，深入挖掘凉州文化、长城文化、红色文化资源，多出精品力作，为文化强市建设贡献力量。",
        ]),
    dict(
        kind="news", title="张掖：湿地保护有了“委员方案”",
        place="张掖", date="05-11", authors=["孔德军"], names=[],
        paragraphs=[
            "本报张掖讯（通讯员 孔德军）5月11日，张掖市政协召开湿地保护专题协商会，委员们围绕黑河湿地生态补水、候鸟栖息地保护、湿地旅游开发等提出二十余条建议，形成了一份“委员方案”。",
            "市林草局负责同志表示，将认真研究吸纳委员建议，进一步完善湿地保护规划。",
        ]),
]

#: Photo items: a title and a caption; the caption opens with its date.
PHOTOS: list[dict] = [
    dict(title="春耕正当时", place_full="临洮县", date="03-30", authors=["包建华"],
         caption="3月30日，临洮县政协委员在田间指导农户春耕备播。"),
    dict(title="委员送法进乡村", place_full="漳县", date="07-18", authors=["谢海燕"],
         caption="7月18日，漳县政协法律界委员在四族镇为群众讲解民法典知识。"),
    dict(title="书法家写春联 送祝福", place_full="泾川县", date="01-25", authors=["张立平"],
         caption="1月25日，泾川县政协组织书画界委员为群众写春联、送福字。"),
]

#: Briefs for a box of short items: (title, text). The text opens with its date.
BRIEFS: list[dict] = [
    dict(title="舟曲县政协调研防汛工作", date="06-12", place_full="舟曲县",
         text="6月12日，舟曲县政协组织委员调研汛期地质灾害防治工作，建议加强隐患点巡查值守。"),
    dict(title="康县政协召开提案交办会", date="02-27", place_full="康县",
         text="2月27日，康县政协召开提案交办会，将九十六件提案交由四十个单位办理。"),
    dict(title="永登县政协开展健康义诊", date="08-08", place_full="永登县",
         text="8月8日，永登县政协组织医卫界委员在红城镇开展健康义诊，服务群众三百余人次。"),
    dict(title="肃南县政协慰问一线职工", date="01-10", place_full="肃南县",
         text="1月10日，肃南县政协班子成员慰问坚守一线的环卫工人和交通民警。"),
]
