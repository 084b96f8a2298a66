"""Benchmark: reposts as content farms make them, crawled as a user would (`scrapy crawl seeds
-a path=DIR`), and the repost pairs clipper finds, per kind of noise.

The corpus: every seed article (../shared/gold) and portal-dev text is an original, saved as a
portal page's text dump; each gets 2–4 reposts, each with one to three kinds of noise drawn at
the rates below — pinyin glosses in several shapes, traditional / Taiwan / variant characters,
spam lines around and inside the article, a spam title or spam spliced into the title, emoji,
stray tag text, decoration after the title, an unrelated item appended, partial copies (lead
dropped, cut after a few hundred characters, deck lines moved into the body); the seed news
reports also get template twins (another place, date, reporter: another report). Prints pair
precision and recall over all, recall per noise kind, articles for stories, the spam lines
that reached a stored article, what other copies showed to be a farm's (and how much of it was
the article's own), and the paragraphs of another story left in a stored article. Not a test.

    make bench-dedup          # or: .venv/bin/python bench/bench_reposts.py [-v] [--seed N] [--keep]

--set dev2 makes the corpora with the farms of bench/reposts_dev2.py instead (other spam, glosses,
variant characters, tags, emoji, chrome, and copies of an article's middle alone), --set dev3 with
those of bench/reposts_dev3.py (other spam again: Latin brands, site notices), --set dev4 with
those of bench/reposts_dev4.py (spam of trades no spam rule names), --set heldout
and --set heldout2 with those of bench/reposts_heldout.py and bench/reposts_heldout2.py (kept held
out: no rule is written from them).
-v lists every pair found wrongly or missed and every spam line or title stored; --seed N makes and
crawls one corpus; --keep leaves the last corpus and its database in /tmp/reposts; --serial
crawls one file at a time in name order (reproducible; a crawl's order otherwise varies from run
to run, and so may a merge).
"""

from __future__ import annotations

import itertools
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from dataclasses import dataclass, field

import opencc

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
from bench.pages.material import portal_stories, seed_stories, vary  # noqa: E402
from clipper.text.dedup import matching_text  # noqa: E402

#: noise kind -> share of reposts that get it
RATES = {"pinyin": 0.25, "traditional": 0.2, "variants": 0.15, "spam_lines": 0.35, "spam_title": 0.15,
         "emoji": 0.2, "tags": 0.15, "decoration": 0.1, "appended": 0.15, "lead_dropped": 0.15, "cut": 0.2,
         "deck_in_body": 0.1}
#: Spam as farms print it: lines and titles of gambling sites and apps, phones, slogans.
SPAM = ("金沙彩平台登录_金沙彩官网", "威尼斯人娱乐城官方入口", "凤凰彩票APP下载送88元", "因为专注 所以专业",
        "咨询热线：13912345678", "百家乐真人视讯 注册送彩金", "扫码下载APP 看更多资讯", "天天体育平台软件💎官方入口",
        "亚博体育(中国)官方网站-登录入口", "开元棋牌·官方版下载", "欧宝体育全站app下载", "澳门新葡京娱乐场网址",
        "大发快三计划网页版", "万博体育官网登录入口-ManBetX", "微信同号 18809311234", "全站app下载-安卓版",
        "乐鱼体育官网入口登录", "品质保证 值得信赖", "ky开元官网·棋牌娱乐平台", "电话：400-820-1234 欢迎来电咨询")
#: Spam titles (whole) and what farms splice into a real one.
SPAM_TITLES = ("金沙彩平台登录_金沙彩官网", "威尼斯人娱乐城官方入口", "亚博体育(中国)官方网站-登录入口",
               "乐鱼体育官网入口登录", "ky开元官网·棋牌娱乐平台")
SPLICED = ("金沙彩官网", "威尼斯人娱乐城官方入口", "欧宝体育全站app下载", "开元棋牌·官方版下载")
CHROME_HEAD = ("首页 | 新闻 | 财经 | 娱乐 | 体育", "当前位置：首页 > 资讯 > 正文", "热门搜索：政协 两会 提案")
CHROME_TAIL = ("相关阅读", "• 市政协召开主席会议", "• 委员视察重点项目", "热门文章", "上一篇：走进委员工作室",
               "版权所有 某某资讯网 ICP备12345678号")
VARIANT_MAP = {"农": "辳", "面": "麪", "里": "裡", "捆": "綑", "着": "著", "峰": "峯", "群": "羣", "众": "衆"}
#: Corpora made (one random seed each) and crawled.
SEEDS = (1, 2, 3, 4, 5)
TAGS = ('<dfn id="vqgk9">', "</dfn>", '<acronym lang="x2n">', "</acronym>", '<font draggable="k1">', "</font>")
PINYIN = ("guo", "wu", "yuan", "zong", "li", "qiang", "zheng", "xie", "hui", "yi", "fa", "zhan", "shi", "xiàn", "zhèng",
          "xié")


@dataclass(frozen=True)
class Noise:
    """What the farms of one corpus print: the noise kinds and their rates, and each kind's
    material (the development corpus above; bench/reposts_heldout.py holds another, kept held out)."""

    rates: dict[str, float] = field(default_factory=lambda: dict(RATES))
    spam: tuple[str, ...] = SPAM
    spam_titles: tuple[str, ...] = SPAM_TITLES
    spliced: tuple[str, ...] = SPLICED
    chrome_head: tuple[str, ...] = CHROME_HEAD
    chrome_tail: tuple[str, ...] = CHROME_TAIL
    variant_map: dict[str, str] = field(default_factory=lambda: dict(VARIANT_MAP))
    tags: tuple[str, ...] = TAGS
    pinyin: tuple[str, ...] = PINYIN
    gloss_marks: str = "⛦☆♬"
    gloss_brackets: tuple[str, str] = ("(", ")")
    emoji: str = "💎🔥✨👍🎉"
    decoration: str = "******"
    sources: tuple[str, ...] = ("某某资讯网", "快看新闻", "头条号")
    seeds: tuple[int, ...] = SEEDS


DEV = Noise()


def gloss(text: str, rng: random.Random, noise: Noise = DEV) -> str:
    shape = rng.randrange(3)
    out = []
    left, right = noise.gloss_brackets
    for ch in text:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.12:
            g = f"{left}{rng.choice(noise.pinyin)}{right}"
            out.append(g * rng.randint(2, 3) if shape == 1 else g if shape == 0 else g + rng.choice(noise.gloss_marks) + g)
    return "".join(out)


def noisy(text: str, rng: random.Random, kinds: list[str], s2tw: opencc.OpenCC, noise: Noise = DEV) -> str:
    for kind in kinds:
        if kind == "pinyin":
            text = gloss(text, rng, noise)
        elif kind == "traditional":
            text = s2tw.convert(text)
        elif kind == "variants":
            text = "".join(noise.variant_map.get(ch, ch) if rng.random() < 0.7 else ch for ch in text)
        elif kind == "emoji":
            text = "".join(ch + (rng.choice(noise.emoji) if ch in "，。" and rng.random() < 0.3 else "") for ch in text)
        elif kind == "tags":
            parts = text.split("。")
            text = "。".join(p + (rng.choice(noise.tags) if rng.random() < 0.3 else "") for p in parts)
    return text


def repost(story, rng: random.Random, others: list, s2tw: opencc.OpenCC, noise: Noise = DEV) -> tuple[str, list[str]]:
    kinds = [k for k, rate in noise.rates.items() if rng.random() < rate] or [rng.choice(list(noise.rates))]
    title = story.gold_title
    paras = list(story.paragraphs)
    if "lead_dropped" in kinds and len(paras) > 2:
        paras = paras[1:]
    if "middle_only" in kinds and len(paras) > 3:  # a copy of the middle of the article alone
        paras = paras[1:-1]
    if "deck_in_body" in kinds and story.subtitle:
        paras = [story.subtitle] + paras
    if "appended" in kinds:
        other = rng.choice(others)
        paras += other.paragraphs[:2]
    if "cut" in kinds:  # the dump ends after a few hundred characters, whatever came there
        text, total = [], 0
        for p in paras:
            text.append(p[: max(0, 300 - total)] if total + len(p) > 300 else p)
            total += len(p)
            if total >= 300:
                break
        paras = [p for p in text if p]
    paras = [noisy(p, rng, kinds, s2tw, noise) for p in paras]
    title = noisy(title, rng, [k for k in kinds if k in ("traditional", "variants")], s2tw, noise)
    if "spam_title" in kinds:
        title = rng.choice((rng.choice(noise.spam_titles), f"{title}_{rng.choice(noise.spliced)}",
                            f"{rng.choice(noise.spliced)}-{title}"))
    if "decoration" in kinds:
        title += noise.decoration
    if "spam_lines" in kinds:
        for _ in range(rng.randint(1, 3)):
            paras.insert(rng.randrange(len(paras) + 1), rng.choice(noise.spam))
    lines = [rng.choice(noise.chrome_head), title, f"2024-05-{rng.randint(10, 28)} 来源：{rng.choice(noise.sources)}"]
    lines += paras + list(rng.sample(noise.chrome_tail, 3))
    return "\n".join(lines) + "\n", kinds


def original_dump(story) -> str:
    return "\n".join(["首页 > 政协要闻 > 正文", story.gold_title, "2024-05-20 来源：甘肃政协网", *story.paragraphs,
                      "责任编辑：王芳", "相关阅读"]) + "\n"


def _originals() -> list:
    """The stories every corpus reposts, in order (story key ``s{k}`` is the k-th)."""
    originals = [s for s in seed_stories() if sum(map(len, s.paragraphs)) >= 150]
    return originals + [s for s in portal_stories() if sum(map(len, s.paragraphs)) >= 150]


def make_corpus(folder: Path, seed: int, noise: Noise = DEV) -> tuple[dict[str, str], dict[str, list[str]], int]:
    """Write one corpus into `folder`: (file -> story key, file -> noise kinds, originals)."""
    rng = random.Random(seed)
    s2tw = opencc.OpenCC("s2tw")
    originals = _originals()
    truth: dict[str, str] = {}
    kinds_of: dict[str, list[str]] = {}
    n = 0

    def write(text: str, key: str, kinds: list[str]) -> None:
        nonlocal n
        name = f"{n:04d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        truth[name], kinds_of[name] = key, kinds
        n += 1

    for k, story in enumerate(originals):
        key = f"s{k}"
        write(original_dump(story), key, ["original"])
        for _ in range(rng.randint(2, 4)):
            text, kinds = repost(story, rng, [o for o in originals if o is not story], s2tw, noise)
            write(text, key, kinds)
        if story.source == "seed" and story.place:
            for t in range(rng.randint(1, 2)):
                twin = vary(story, rng)
                while (twin.place, twin.date) == (story.place, story.date) and story.date:
                    twin = vary(story, rng)  # a twin is another report: another place or date
                write(original_dump(twin), f"{key}-twin{t}", ["twin"])
    return truth, kinds_of, len(originals)


def crawl(folder: Path, db: Path) -> None:
    # --serial: one file at a time, in name order (a reproducible order, for looking into a case)
    serial = ["-s", "CONCURRENT_REQUESTS=1"] if "--serial" in sys.argv else []
    subprocess.run([str(Path(sys.executable).parent / "scrapy"), "crawl", "seeds", "-a", f"path={folder}",
                    "-s", f"CLIPPER_DB={db}", "-s", "LOG_LEVEL=ERROR", *serial], cwd=ROOT, check=False)


def score(seed: int, tmp: Path, verbose: bool, totals: Counter[str], per_kind: dict[str, Counter[str]],
          noise: Noise = DEV) -> None:
    folder = tmp / "in"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*"):
        old.unlink()
    for old in tmp.glob("r.db*"):
        old.unlink()
    truth, kinds_of, originals = make_corpus(folder, seed, noise)
    own = {f"s{k}": matching_text("\n".join(story.paragraphs)) for k, story in enumerate(_originals())}
    db = tmp / "r.db"
    crawl(folder, db)
    con = sqlite3.connect(db)
    predicted: dict[str, set[str]] = defaultdict(set)  # file -> article ids
    for url, aid in con.execute("select url, article_id from article_sources"):
        predicted[url.rsplit("/", 1)[1]].add(aid)
    bodies = [r[0] for r in con.execute("select body from articles")]
    titles = [r[0] or "" for r in con.execute("select title from articles")]
    # what other copies showed to be a farm's insertion, and left out (clipper.text.consensus)
    dropped = [(r[0], r[1]) for r in con.execute(
        "select f.text, s.url from farm_insertions f join article_sources s on s.article_id = f.article_id "
        "where f.field = 'body' group by f.article_id, f.hash")]
    # paragraphs of another story left in a stored article (an appended item kept)
    canonical = [(r[0], r[1]) for r in con.execute(
        "select a.body, d.url from articles a join documents d on d.id = a.canonical_document_id")]
    con.close()
    for body, url in canonical:
        story = own.get(truth.get(url.rsplit("/", 1)[1], "").split("-")[0], "")
        for para in body.split("\n"):
            m = matching_text(para)
            if len(m) >= 20 and m not in story and any(m in text for text in own.values()):
                totals["appended_kept"] += 1
    files = sorted(truth)
    tp = fp = fn = 0
    for a, b in itertools.combinations(files, 2):
        same = truth[a] == truth[b]
        found = bool(predicted[a] & predicted[b])
        tp += same and found
        fn += same and not found
        fp += found and not same
        if same:
            for kind in set(kinds_of[a] + kinds_of[b]) - {"original"}:
                per_kind[kind]["pairs"] += 1
                per_kind[kind]["found"] += found
        if verbose and same != found:
            print("FALSE" if found else "MISSED", a, kinds_of[a], truth[a], "|", b, kinds_of[b], truth[b])
    totals["documents"] += len(files)
    totals["originals"] += originals
    totals["stories"] += len(set(truth.values()))
    totals["articles"] += len(bodies)
    totals["tp"] += tp
    totals["fp"] += fp
    totals["fn"] += fn
    totals["lost"] += sum(1 for f in files if not predicted[f])
    # Counted by what the corpus inserted, not by clipper's own detector.
    # (spacing as stored may differ: compared without it)
    spam_text = [re.sub(r"\s", "", x) for x in noise.spam + noise.spliced]
    spam_titles = spam_text + [re.sub(r"\s", "", x) for x in noise.spam_titles]
    spam_lines = [line for body in bodies for line in body.split("\n")
                  if any(x in re.sub(r"\s", "", line) for x in spam_text)]
    spam_stored_titles = [t for t in titles if any(x in re.sub(r"\s", "", t) for x in spam_titles)]
    totals["spam_lines"] += len(spam_lines)
    # a line left out is the article's own when its story holds it (an appended item is another's)
    wrongly = [t for t, url in dropped if matching_text(t) in own.get(truth.get(url.rsplit("/", 1)[1], ""), "")]
    totals["dropped"] += len(dropped)
    totals["dropped_wrongly"] += len(wrongly)
    totals["spam_titles"] += len(spam_stored_titles)
    if verbose:
        for line in spam_lines:
            print("SPAM LINE STORED", line[:120])
        for t in spam_stored_titles:
            print("SPAM TITLE STORED", t[:120])
        for t in wrongly:
            print("ARTICLE TEXT TAKEN FOR A FARM'S", t[:120])
    print(f"  corpus {seed}: {len(files)} documents, pair precision {tp / max(1, tp + fp):.3f}, "
          f"recall {tp / max(1, tp + fn):.3f} ({fp} false, {fn} missed)")


def _dev2() -> Noise:
    from bench.reposts_dev2 import DEV2
    return Noise(**DEV2)


def _dev3() -> Noise:
    from bench.reposts_dev3 import DEV3
    return Noise(**DEV3)


def _dev4() -> Noise:
    from bench.reposts_dev4 import DEV4
    return Noise(**DEV4)


def _held_out() -> Noise:
    from bench.reposts_heldout import HELD_OUT
    return Noise(**HELD_OUT)


def _held_out_2() -> Noise:
    from bench.reposts_heldout2 import HELD_OUT_2
    return Noise(**HELD_OUT_2)


def main() -> int:
    verbose = "-v" in sys.argv
    name = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "dev"
    noise = {"dev": lambda: DEV, "dev2": _dev2, "dev3": _dev3, "dev4": _dev4, "heldout": _held_out, "heldout2": _held_out_2}[name]()
    if name.startswith("heldout"):
        print(f"held-out farms (bench/reposts_{name}.py: no cleaning or matching rule is written from them)")
    seeds = [int(sys.argv[sys.argv.index("--seed") + 1])] if "--seed" in sys.argv else list(noise.seeds)
    totals: Counter[str] = Counter()
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    print(f"reposts as content farms make them ({name}): {len(seeds)} corpora, each crawled with `scrapy crawl seeds`")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path("/tmp/reposts") if "--keep" in sys.argv else Path(tmpdir)
        tmp.mkdir(exist_ok=True)
        for seed in seeds:
            score(seed, tmp, verbose, totals, per_kind, noise)
    tp, fp, fn = totals["tp"], totals["fp"], totals["fn"]
    print(f"{totals['documents']} documents ({totals['originals']} originals with their reposts and template "
          f"twins), {totals['stories']} stories; {totals['articles']} articles stored")
    print(f"pair precision {tp / max(1, tp + fp):.3f}, recall {tp / max(1, tp + fn):.3f} "
          f"({tp} of {tp + fn} repost pairs found, {fp} false)")
    print("| noise kind | pairs | recall |")
    print("| --- | --- | --- |")
    for kind in sorted(per_kind, key=lambda k: -per_kind[k]["pairs"]):
        c = per_kind[kind]
        print(f"| {kind} | {c['pairs']} | {c['found'] / max(1, c['pairs']):.3f} |")
    print(f"documents that gave no article: {totals['lost']}; spam lines stored: {totals['spam_lines']}; "
          f"spam titles stored: {totals['spam_titles']}")
    print(f"lines and title parts other copies showed to be a farm's: {totals['dropped']} left out, "
          f"{totals['dropped_wrongly']} of them the article's own; paragraphs of another story stored in an "
          f"article: {totals['appended_kept']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
