"""Article material for the made newspaper pages, with the truth of every article.

Three sources, all shippable:
- the articles of the seed gold (``../shared/gold``): real CPPCC reports, features, interviews;
- the hand-made article texts of ``../shared/portal-dev`` (real news pages), titles from their HTML;
- reports made from templates of regional CPPCC news (meetings, inspections, consultations, photo
  items, briefs, notices, interviews), with the seeds' clauses as their sentences.

Every use of an article gets its own facts (place, date, names), so that no two printed articles
are the same report and a crawl of the whole corpus never merges two pages' articles.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文牛"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建国海燕志宏新民文斌晓东立波玲春梅荣辉琳倩颖慧婷雪峰亮斌"
#: Places of Gansu: (name with its level, short name used in a dateline).
PLACES = (
    ("兰州市", "兰州"), ("天水市", "天水"), ("白银市", "白银"), ("武威市", "武威"), ("张掖市", "张掖"),
    ("平凉市", "平凉"), ("酒泉市", "酒泉"), ("庆阳市", "庆阳"), ("定西市", "定西"), ("陇南市", "陇南"),
    ("临夏州", "临夏"), ("甘南州", "甘南"), ("嘉峪关市", "嘉峪关"), ("金昌市", "金昌"), ("岷县", "岷县"),
    ("山丹县", "山丹"), ("崆峒区", "崆峒"), ("肃州区", "肃州"), ("秦州区", "秦州"), ("麦积区", "麦积"),
    ("凉州区", "凉州"), ("甘州区", "甘州"), ("敦煌市", "敦煌"), ("玉门市", "玉门"), ("临洮县", "临洮"),
    ("通渭县", "通渭"), ("渭源县", "渭源"), ("漳县", "漳县"), ("会宁县", "会宁"), ("靖远县", "靖远"),
    ("景泰县", "景泰"), ("永登县", "永登"), ("榆中县", "榆中"), ("民勤县", "民勤"), ("古浪县", "古浪"),
    ("高台县", "高台"), ("临泽县", "临泽"), ("民乐县", "民乐"), ("华亭市", "华亭"), ("静宁县", "静宁"),
    ("庄浪县", "庄浪"), ("环县", "环县"), ("宁县", "宁县"), ("镇原县", "镇原"), ("合水县", "合水"),
    ("西和县", "西和"), ("礼县", "礼县"), ("徽县", "徽县"), ("两当县", "两当"), ("成县", "成县"),
    ("武都区", "武都"), ("文县", "文县"), ("宕昌县", "宕昌"), ("康县", "康县"), ("舟曲县", "舟曲"),
    ("夏河县", "夏河"), ("临潭县", "临潭"), ("卓尼县", "卓尼"), ("和政县", "和政"), ("广河县", "广河"),
    ("永靖县", "永靖"), ("东乡县", "东乡"), ("积石山县", "积石山"), ("瓜州县", "瓜州"), ("金塔县", "金塔"),
    ("安定区", "安定"), ("陇西县", "陇西"), ("七里河区", "七里河"), ("城关区", "城关"), ("西固区", "西固"),
)
MEETINGS = ("党组理论学习中心组（扩大）会议", "主席会议", "常委会会议", "党组（扩大）会议", "党组会议暨主席会议",
            "机关党建工作会议", "提案工作座谈会", "委员履职培训会", "文史资料工作推进会", "民主评议工作会议",
            "社情民意信息工作会议", "专门委员会工作会议", "十届五次常委会会议", "十四届十二次常委会会议")
TOPICS = ("乡村振兴", "城乡供水一体化", "文化旅游融合发展", "生态环境保护", "义务教育均衡发展", "基层医疗卫生服务",
          "非物质文化遗产保护传承", "农村人居环境整治", "民营经济高质量发展", "养老服务体系建设", "高标准农田建设",
          "中药材产业发展", "黄河流域生态保护", "城市社区治理", "营商环境优化", "职业教育发展", "特色农产品品牌建设",
          "寒旱农业发展", "森林草原防火", "食品安全监管", "社会救助政策落实", "新能源产业发展")
ACTIVITIES = ("调研", "视察", "专题协商", "民主监督", "督查", "考察")
VERBS = ("召开", "举行", "开展", "组织召开")
#: Who speaks in a report's later paragraphs, by the event its lead names: a report names back
#: only what it told (``会议强调`` after a meeting, ``视察组指出`` after an inspection), as real
#: reports do.
GROUP_OF_ACTIVITY = {"调研": "调研组", "视察": "视察组", "民主监督": "监督组", "督查": "督查组", "考察": "考察组"}
ROLES_REPORTER = ("记者", "通讯员", "记者", "通讯员", "通讯员")
CAPTION_ACTS = ("组织部分政协委员深入{where}开展{topic}专题视察", "在{where}开展“{topic}”主题履职活动",
                "组织委员走进{where}，围绕{topic}开展调研", "举办“{topic}”委员讲堂")
WHERES = ("田间地头", "企业车间", "社区服务中心", "乡镇卫生院", "中小学校", "产业园区", "易地搬迁安置点", "文化广场",
          "农民专业合作社", "村史馆")
BANNERS = ("政协要闻", "履职风采", "委员视点", "基层协商", "市县动态", "理论学习", "提案选登", "文史天地", "委员风采",
           "协商议事", "专题报道", "综合新闻", "社情民意", "学习园地")
BOX_LABELS = ("政协简讯", "简讯", "市县政协动态", "短讯", "履职快讯", "委员动态")
PAPERS = ("民主协商报", "协商导报", "陇原政协报", "政协周报", "协商议事报", "河西协商报")
SPONSORS = ("政协甘肃省委员会主办", "政协甘肃省委员会主管主办", "中国人民政治协商会议甘肃省委员会主办")
KICKERS = ("深入学习贯彻党的二十大精神", "奋力谱写中国式现代化甘肃篇章", "推动政协协商向基层延伸", "凝心聚力促发展",
           "履职尽责为民生", "助力乡村全面振兴", "建言资政聚共识", "弘扬协商文化")
SUBTITLES = ("{place}政协扎实推进{topic}工作综述", "{place}政协助推{topic}纪实", "记{place}政协委员{name}",
             "{place}政协开展{topic}专题协商侧记", "{place}政协持续深化{topic}", "访{place}政协主席{name}")


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


@dataclass
class Story:
    """One article to print, with the truth the gold records of it."""

    title: str
    paragraphs: list[str]
    kind: str = "news"
    kicker: str | None = None  # 引题: printed above the title; part of the gold title
    org_kicker: bool = False  # the kicker is only the subject (``X市政协``) of the title
    subtitle: str | None = None  # 副题
    dash: bool = False  # the subtitle is printed after ``——``
    byline: str | None = None  # as printed: ``□ 本报记者 张三`` / ``本报记者 张三 通讯员 李四``
    byline_after: bool = False  # printed after the body
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # MM-DD or YYYY-MM-DD, as the gold records it
    place: str | None = None
    headings: frozenset[int] = frozenset()  # paragraphs that are section headings (小标题)
    credit: str | None = None  # photo credit as printed (``通讯员 梁钰 摄``)
    photo: bool = False
    continues: str | None = None
    source: str = "made"
    #: The jump marker printed above the rest of a story continued from another page.
    jump_in: str | None = None
    #: The first paragraph is the rest of one cut at the end of the page before (no indent).
    first_continues: bool = False

    @property
    def gold_title(self) -> str:
        return (self.kicker or "") + self.title if self.kicker else self.title

    def chars(self) -> int:
        return sum(len(p) for p in self.paragraphs)

    def gold(self) -> dict[str, object]:
        return {"title": self.gold_title, "subtitle": self.subtitle, "date": self.date, "place": self.place,
                "authors": list(self.authors), "kind": self.kind, "continues": self.continues,
                "paragraphs": list(self.paragraphs)}


# ----------------------------------------------------------------------------------------------
# clauses of the seeds: the sentences of made reports
# ----------------------------------------------------------------------------------------------

def _gold_files() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SHARED / "gold").glob("*.json"))]


def clauses() -> list[str]:
    out: set[str] = set()
    for g in _gold_files():
        for a in g["articles"]:
            for para in a["paragraphs"]:
                for part in re.split(r"[，,。；;！？?\n]", para):
                    part = part.strip()
                    if 6 <= len(part) <= 36 and not re.search(r"[\d“”\"《》()（）:：]", part):
                        out.add(part)
    return sorted(out)


# ----------------------------------------------------------------------------------------------
# the three sources
# ----------------------------------------------------------------------------------------------

def seed_stories() -> list[Story]:
    """The seed gold articles (newspaper ones), as printed stories."""
    stories = []
    for g in _gold_files():
        if g["kind"] != "newspaper":
            continue
        for a in g["articles"]:
            if a["continues"] == "接一版":
                continue  # a page-2 remainder without its beginning
            paras = [p for p in a["paragraphs"] if p.strip()]
            headings = frozenset(i for i, p in enumerate(paras)
                                 if len(p) <= 22 and not re.search(r"[。！？；]$", p) and i > 0)
            story = Story(title=a["title"], paragraphs=paras, kind=a["kind"], subtitle=a["subtitle"],
                          authors=a["authors"], date=a["date"], place=a["place"], headings=headings, source="seed",
                          dash=a["subtitle"] is not None and len(stories) % 2 == 0)
            credited = paras[0][:60]
            missing = [n for n in a["authors"] if n not in credited]
            if a["kind"] == "photo":
                story.photo = True
                story.credit = "通讯员 " + " ".join(a["authors"]) + " 摄"
                story.headings = frozenset()
            elif missing:
                story.byline = ("□ " + " ".join(a["authors"]) if len(stories) % 3 else
                                "本报记者 " + " ".join(a["authors"]))
                story.byline_after = len(stories) % 5 == 0
            stories.append(story)
    return stories


def portal_stories() -> list[Story]:
    """News texts of portal-dev, a few paragraphs each, titled from their pages."""
    from clipper.text.main_text import parse_html
    from clipper.text.portal_html import page_title_and_date

    stories = []
    for line in (SHARED / "portal-dev" / "index.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        if meta["kind"] not in ("news", "journal", "wechat"):
            continue
        text = (SHARED / "portal-dev" / f"{meta['name']}.txt").read_text(encoding="utf-8")
        paras = [p.strip() for p in text.splitlines()]
        paras = [re.sub(r"\s+", "", p) if re.search(r"[\u4e00-\u9fff]", p) else p for p in paras]
        paras = [p for p in paras if len(p) >= 12 and re.search(r"[，。；！？]", p) and not re.search(r"[a-zA-Z]{12}", p)]
        if len(paras) < 2 or sum(map(len, paras)) < 250:
            continue
        root = parse_html((SHARED / "portal-dev" / f"{meta['name']}.html").read_text(encoding="utf-8"))
        title, _ = page_title_and_date(root) if root is not None else (None, None)
        if not title:
            continue
        title = re.sub(r"\s+", " ", re.split(r"[_|]", title)[0]).strip()
        if not 6 <= len(title) <= 30 or re.search(r"[a-zA-Z]{6}|[，。！？,]", title):
            continue
        story = Story(title=title, paragraphs=paras[:10], kind="feature", source="portal-dev")
        # A wire report keeps what its dateline says (the gold follows what is printed).
        if m := re.match(r"^(?:新华社|中新社)(?P<place>[^\d\s（(，,。电]{1,8})(?:(?P<m>\d{1,2})月(?P<d>\d{1,2})日)?电", paras[0]):
            story.kind, story.place = "news", m["place"]
            story.date = f"{int(m['m']):02d}-{int(m['d']):02d}" if m["m"] else None
        stories.append(story)
    return stories


def _short(place: str, short: str) -> str:
    return short


def openers_after(event: str) -> tuple[str, ...]:
    """Openings of a report's later paragraphs that refer back to its `event` (a meeting's name
    or an activity)."""
    if event.endswith("会") or "会议" in event:
        return ("会议强调，", "会议要求，", "会议指出，", "会上，", "会议认为，", "大家一致认为，")
    if group := GROUP_OF_ACTIVITY.get(event):
        return (f"{group}指出，", f"{group}认为，", f"{event}中，", "大家一致认为，")
    return (f"{event}中，", "委员们认为，", "大家一致认为，")


def made_story(rng: random.Random, pool: list[str], kind: str | None = None) -> Story:
    """A regional CPPCC report made from a template, the seeds' clauses and fresh facts."""
    kind = kind or rng.choices(("news", "photo", "interview", "notice", "feature", "brief"),
                               (55, 12, 4, 3, 10, 16))[0]
    place, short = rng.choice(PLACES)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    topic = rng.choice(TOPICS)

    def body(n: int, openers: tuple[str, ...]) -> list[str]:
        out = []
        for _ in range(n):
            out.append(rng.choice(openers) + "，".join(rng.sample(pool, rng.randint(3, 6))) + "。")
        return out

    reporters = [person(rng) for _ in range(rng.choice((1, 1, 2)))]
    credit_role = rng.choice(ROLES_REPORTER)
    if kind == "news":
        template = rng.randrange(4)
        chair = person(rng)
        if template == 0:
            meeting = event = rng.choice(MEETINGS)
            title = f"{place}政协{rng.choice(VERBS[:2])}{meeting}"
            lead = f"{m}月{d}日，{place}政协{rng.choice(VERBS)}{meeting}。{place}政协主席{chair}主持会议并讲话。"
        elif template == 1:
            act = event = rng.choice(ACTIVITIES)
            title = f"{place}政协{act}{topic}工作"
            lead = f"{m}月{d}日至{min(d + 2, 30)}日，{place}政协主席{chair}带领部分政协委员，就{topic}工作开展{act}。"
        elif template == 2:
            event = "专题协商会"
            title = f"{place}政协就{topic}开展专题协商"
            lead = f"{m}月{d}日，{place}政协召开专题协商会，围绕“{topic}”协商议政、建言献策。{place}政协主席{chair}出席并讲话。"
        else:
            event = "调研"
            title = f"{place}政协委员积极建言{topic}"
            lead = f"{m}月{d}日，{place}政协组织政协委员深入{rng.choice(WHERES)}，围绕{topic}开展专题调研。"
        credit = "　".join(f"{credit_role}{r}" if i == 0 else r for i, r in enumerate(reporters))
        dateline = rng.choice((f"本报{short}讯（{credit}）", f"本报讯（{credit}）", f"本报{short}讯（{credit}）"))
        paras = [dateline + lead + "，".join(rng.sample(pool, 2)) + "。",
                 *body(rng.choice((1, 1, 2, 3)), openers_after(event))]
        story_place = short if dateline.startswith(f"本报{short}讯") else None
        story = Story(title=title, paragraphs=[_plain_spaces(p) for p in paras], kind="news", authors=reporters,
                      date=f"{m:02d}-{d:02d}", place=story_place)
        if rng.random() < 0.3 and title.startswith(place + "政协"):
            story.kicker, story.title, story.org_kicker = place + "政协", title[len(place) + 2:], True
        elif rng.random() < 0.2:
            story.subtitle = rng.choice(("在服务大局中体现政协作为", "让协商成果落地见效", f"助推{topic}提质增效",
                                         "凝聚共识汇聚力量", f"为{topic}建言献策"))
            story.dash = rng.random() < 0.4
        return story
    if kind == "brief":
        reporter = person(rng)
        title = rng.choice((f"{place}政协召开{rng.choice(MEETINGS)}", f"{place}政协{rng.choice(ACTIVITIES)}{topic}工作",
                            f"{place}政协委员建言{topic}"))
        dated = rng.random() < 0.7
        dateline = f"本报{short}讯（{rng.choice(ROLES_REPORTER)} {reporter}）" if dated else ""
        text = (dateline + f"{m}月{d}日，{place}政协" + "，".join(rng.sample(pool, rng.randint(2, 4))) + "。")
        return Story(title=title, paragraphs=[text], kind="news" if dated else "feature",
                     authors=[reporter] if dated else [], date=f"{m:02d}-{d:02d}",  # the event date is printed, dateline or not
                     place=short if dated else None, source="brief")
    if kind == "photo":
        act = rng.choice(CAPTION_ACTS).format(where=rng.choice(WHERES), topic=topic)
        title = f"{place}政协{rng.choice(('开展', '举办', '组织'))}{topic}{rng.choice(('主题活动', '专题视察', '委员讲堂'))}"
        caption = f"{m}月{d}日，{place}政协{act}。" + "，".join(rng.sample(pool, 2)) + "。"
        photographer = person(rng)
        credit = rng.choice((f"通讯员 {photographer} 摄", f"{photographer} 摄", f"本报记者 {photographer} 摄影报道",
                             f"{photographer} 摄影报道"))
        return Story(title=title, paragraphs=[caption], kind="photo", authors=[photographer],
                     date=f"{m:02d}-{d:02d}", credit=credit, photo=True)
    if kind == "interview":
        chair = person(rng)
        reporter = person(rng)
        title = "，".join(rng.sample(pool, 1))[:16]
        paras = [f"{m}月{d}日，记者就{topic}工作专访了{place}政协主席{chair}。"]
        for _ in range(rng.randint(2, 4)):
            paras.append(f"记者：{rng.choice(pool)}，{place}政协在{topic}方面有哪些具体举措？")
            paras.append(f"{chair}：" + "，".join(rng.sample(pool, rng.randint(4, 7))) + "。")
        return Story(title=title, paragraphs=paras, kind="interview", subtitle=f"访{place}政协主席{chair}",
                     dash=True, byline=f"本报记者 {reporter}", authors=[reporter])
    if kind == "notice":
        year = rng.randint(2022, 2025)
        title = rng.choice((f"关于征集{year}年度政协提案线索的公告", f"{place}政协关于公开征集社情民意信息的通知",
                            f"关于开展{topic}专题调研的通知"))
        paras = ["为进一步" + "，".join(rng.sample(pool, 3)) + "，现将有关事项公告如下。",
                 "一、" + "，".join(rng.sample(pool, 3)) + "。", "二、" + "，".join(rng.sample(pool, 3)) + "。",
                 f"联系电话：0931-{rng.randint(1000000, 9999999)}。"]
        return Story(title=title, paragraphs=paras, kind="notice")
    # feature with section headings
    title = rng.choice((f"让{topic}成果惠及更多群众", f"在{topic}中彰显政协担当", f"协商聚力助推{topic}",
                        f"{place}：{topic}迈出新步伐"))
    heads = [rng.choice(("凝心聚力", "精准施策", "多方联动", "建言献策", "真抓实干", "守正创新"))
             + rng.choice(("谋发展", "促振兴", "解民忧", "聚共识", "求实效", "强基础")) for _ in range(3)]
    paras: list[str] = ["，".join(rng.sample(pool, 5)) + "。"]
    headings = set()
    for h in heads:
        headings.add(len(paras))
        paras.append(h)
        for _ in range(rng.randint(1, 3)):
            paras.append("，".join(rng.sample(pool, rng.randint(4, 8))) + "。")
    author = person(rng)
    return Story(title=title, paragraphs=paras, kind="feature", headings=frozenset(headings),
                 subtitle=rng.choice(SUBTITLES).format(place=place, topic=topic, name=person(rng))
                 if rng.random() < 0.6 else None, dash=rng.random() < 0.5,
                 byline=rng.choice((f"□ 本报记者 {author}", f"□ {author}", f"本报通讯员 {author}")), authors=[author],
                 byline_after=rng.random() < 0.2)


def _plain_spaces(text: str) -> str:
    return text.replace("　", " ")


#: Longest text of one printed story (characters): longer ones end at a paragraph under it.
MAX_STORY_CHARS = 1800


def trimmed(story: Story, limit: int = MAX_STORY_CHARS) -> Story:
    """The story cut after the paragraph that reaches `limit` characters (features of portal
    pages run long; a newspaper page prints them shorter)."""
    total, keep = 0, []
    for i, p in enumerate(story.paragraphs):
        keep.append(p)
        total += len(p)
        if total >= limit and i not in story.headings:
            break
    while keep and len(keep) - 1 in story.headings:
        keep.pop()
    return replace(story, paragraphs=keep, headings=frozenset(h for h in story.headings if h < len(keep)))


def vary(story: Story, rng: random.Random) -> Story:
    """The same article with facts of its own: another place, date and reporter names, so that
    no two printed copies are one report."""
    s = replace(trimmed(story), authors=list(story.authors))
    if s.source == "made":
        return s
    text = "\n".join([s.title, s.subtitle or "", s.byline or "", s.credit or "", *s.paragraphs])
    if s.place and f"本报{s.place}讯" in text:
        new_place, new_short = rng.choice(PLACES)
        old = s.place
        text = text.replace(f"本报{old}讯", f"本报{new_short}讯")
        text = re.sub(re.escape(old) + r"[市州县区]?(?=政协)", new_place, text)
        s.place = new_short
    names = {}
    for a in s.authors:
        names[a] = person(rng)
        text = text.replace(a, names[a])
        if len(a) == 2:  # spaced-out two-character names (``那 丽``)
            text = text.replace(f"{a[0]} {a[1]}", names[a])
    s.authors = [names.get(a, a) for a in s.authors]
    if s.date and (m := re.search(r"(\d{1,2})月(\d{1,2})日", text)):
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        text = text[:m.start()] + f"{month}月{day}日" + text[m.end():]
        s.date = f"{month:02d}-{day:02d}"
    parts = text.split("\n")
    s.title, s.subtitle, s.byline, s.credit = parts[0], parts[1] or None, parts[2] or None, parts[3] or None
    s.paragraphs = parts[4:]
    return s
