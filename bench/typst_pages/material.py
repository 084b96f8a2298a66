"""The stories of the typst page corpus as printable stories with their truth, and fresh facts
for each further use of one (another place, date and names), so that no two printed copies are
one report."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from bench.pages.material import Story

#: Places of Gansu with their level, for new facts (short name as a dateline prints it).
PLACES = (
    ("永靖县", "永靖"), ("东乡县", "东乡"), ("广河县", "广河"), ("和政县", "和政"), ("康乐县", "康乐"),
    ("积石山县", "积石山"), ("夏河县", "夏河"), ("舟曲县", "舟曲"), ("卓尼县", "卓尼"), ("临潭县", "临潭"),
    ("两当县", "两当"), ("礼县", "礼县"), ("成县", "成县"), ("西和县", "西和"), ("泾川县", "泾川"),
    ("庄浪县", "庄浪"), ("静宁县", "静宁"), ("镇原县", "镇原"), ("合水县", "合水"), ("庆城县", "庆城"),
    ("环县", "环县"), ("通渭县", "通渭"), ("岷县", "岷县"), ("漳县", "漳县"), ("渭源县", "渭源"),
    ("古浪县", "古浪"), ("天祝县", "天祝"), ("永昌县", "永昌"), ("山丹县", "山丹"), ("民乐县", "民乐"),
    ("肃北县", "肃北"), ("阿克塞县", "阿克塞"), ("金塔县", "金塔"), ("瓜州县", "瓜州"), ("玉门市", "玉门"),
    ("榆中县", "榆中"), ("皋兰县", "皋兰"), ("景泰县", "景泰"), ("靖远县", "靖远"), ("会宁县", "会宁"),
    ("甘谷县", "甘谷"), ("武山县", "武山"), ("清水县", "清水"), ("秦安县", "秦安"), ("华亭市", "华亭"),
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "志宏建新晓永海春丽秀玉国明文华军强平红燕霞英兰芳萍静敏婷雪峰涛斌辉鹏刚勇亮磊超杰龙彬琴莉娟璐瑶"


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _people_in_byline(byline: str) -> list[str]:
    return [t for t in re.split(r"[\s□]+", re.sub(r"本报|记者|通讯员|评论员", " ", byline)) if t]


def story(d: dict) -> Story:
    """A pool entry as a Story (its truth as printed)."""
    byline = d.get("byline")
    return Story(title=d["title"], paragraphs=list(d["paragraphs"]), kind=d["kind"], kicker=d.get("kicker"),
                 subtitle=d.get("subtitle"), dash=d.get("dash", False), byline=byline,
                 byline_after=d.get("byline_after", False), authors=list(d.get("authors", [])),
                 date=d.get("date"), place=d.get("place"), headings=frozenset(d.get("headings", ())),
                 source="typst")


def photo(d: dict, rng: random.Random) -> Story:
    name = d["authors"][0]
    credit = rng.choice((f"通讯员 {name} 摄", f"{name} 摄", f"本报记者 {name} 摄", f"{name} 摄影报道"))
    return Story(title=d["title"], paragraphs=[d["caption"]], kind="photo", authors=[name], date=d["date"],
                 credit=credit, photo=True, source="typst")


def brief(d: dict) -> Story:
    return Story(title=d["title"], paragraphs=[d["text"]], kind="feature", date=d["date"], source="brief")


def variable(d: dict) -> bool:
    """Can another use get facts of its own (a dated report)?"""
    return bool(d.get("date")) and d["kind"] in ("news", "photo", "brief")


def vary(s: Story, d: dict, rng: random.Random) -> Story:
    """The same story with another place (where its dateline names one), date and names."""
    s = replace(s, paragraphs=list(s.paragraphs), authors=list(s.authors))
    text = "\n".join([s.title, s.kicker or "", s.subtitle or "", s.byline or "", s.credit or "", *s.paragraphs])
    old_short = s.place
    full = d.get("place_full")
    if old_short and f"本报{old_short}讯" in text:
        new_full, new_short = rng.choice(PLACES)
        m = re.search(re.escape(old_short) + r"[市州县区]", text)
        if m:
            text = text.replace(m.group(0), new_full)
        text = text.replace(f"本报{old_short}讯", f"本报{new_short}讯")
        s.place = new_short
    elif full and full in text:
        new_full, _ = rng.choice(PLACES)
        text = text.replace(full, new_full)
    for old in list(s.authors) + list(d.get("names", [])):
        new = person(rng)
        text = text.replace(old, new)
        s.authors = [new if a == old else a for a in s.authors]
    if s.date and (m := re.search(r"(\d{1,2})月(\d{1,2})日", text)):
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        text = text[:m.start()] + f"{month}月{day}日" + text[m.end():]
        s.date = f"{month:02d}-{day:02d}"
    parts = text.split("\n")
    s.title, s.kicker, s.subtitle, s.byline, s.credit = (parts[0], parts[1] or None, parts[2] or None,
                                                         parts[3] or None, parts[4] or None)
    s.paragraphs = parts[5:]
    return s


def pool(module: object, rng: random.Random, uses: int) -> list[Story]:
    """Every story of a pool, dated reports up to `uses` times with facts of their own, the rest
    once: each round of uses shuffled, one round after the other (copies of one story stay far
    apart: on other pages, mostly in other papers)."""
    rounds: list[list[Story]] = [[] for _ in range(uses)]

    def add(base: Story, d: dict, times: int) -> None:
        rounds[0].append(base)
        for r in range(1, times):
            rounds[r].append(vary(base, d, rng))

    for d in module.STORIES:  # type: ignore[attr-defined]
        add(story(d), d, uses if variable(d) else 1)
    for d in module.PHOTOS:  # type: ignore[attr-defined]
        add(photo(d, rng), d, uses)
    for d in module.BRIEFS:  # type: ignore[attr-defined]
        add(brief(d), d, uses)
    out: list[Story] = []
    for r in rounds:
        rng.shuffle(r)
        out += r
    return out
