"""Benchmark: near-duplicate search (clipper.text.dedup) at 10,000, 30,000 and 100,000 articles.

The corpus is made from the articles clipper extracts from seeds/ (and the made portal pages of
tests/data/pages): distinct reports are built from their clauses on a meeting-report template
with names, places, dates and numbers filled in; then

- **reposts** of a report with each kind of noise (other boilerplate, half-width punctuation,
  traditional characters, inserted junk, a cut-off ending, a few edited sentences, the dateline
  dropped) — the same article, and
- **template twins** — the same wording with other names, places, dates or numbers — distinct
  articles,

with the truth recorded. Articles are matched one by one as a crawl meets them (match against
the index, else add to it). Prints, per size: seconds, peak memory (RSS of a fresh process),
precision and recall of the duplicate pairs found, and time ratios between sizes. Not a test.

    make bench-dedup                    # or: .venv/bin/python bench/bench_dedup.py [SIZES...]
"""

from __future__ import annotations

import random
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from math import comb, log
from pathlib import Path

import opencc

from clipper.extract import extract_document
from clipper.text.dedup import NearDuplicateIndex, matching_text, signature

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10_000, 30_000, 100_000)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建国海燕志宏新民文斌晓东立波玲春梅"
PLACES = ("兰州市", "天水市", "白银市", "武威市", "张掖市", "平凉市", "酒泉市", "庆阳市", "定西市", "陇南市", "临夏州",
          "甘南州", "嘉峪关市", "金昌市", "岷县", "山丹县", "崆峒区", "肃州区", "秦州区", "麦积区", "凉州区", "甘州区",
          "敦煌市", "玉门市", "临洮县", "通渭县", "渭源县", "漳县", "会宁县", "靖远县", "景泰县", "永登县", "榆中县")
MEETINGS = ("党组理论学习中心组（扩大）会议", "主席会议", "常委会议", "专题协商会", "党组（扩大）会议", "提案办理协商会",
            "民主评议座谈会", "委员培训会", "机关党建工作会议", "文史资料工作推进会")
BOILERPLATE_HEAD = ("首页 > 政协要闻 > 正文", "当前位置：首页 > 新闻中心", "来源：民主协商报 发布时间：2024-05-21")
BOILERPLATE_TAIL = ("责任编辑：王芳", "（来源：甘肃政协网）", "分享到：微信 微博", "相关阅读 · 市政协召开主席会议")
JUNK = ("\u200b", "★", "|", "~")
FILLERS = ("不断", "进一步", "切实", "认真", "积极", "全面")


def clauses() -> list[str]:
    """Clauses of the articles clipper extracts from the seeds and the made pages."""
    texts = []
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "pages").glob("*.html")):
        texts += [a.text for a in extract_document(path.read_bytes()).articles]
    out = set()
    for text in texts:
        for part in re.split(r"[，。；！？\n]", text):
            part = part.strip()
            if 6 <= len(part) <= 40 and not re.search(r"\d", part):
                out.add(part)
    return sorted(out)


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def facts(rng: random.Random) -> dict[str, str]:
    return {"place": rng.choice(PLACES), "reporter": name(rng), "chair": name(rng), "vice": name(rng),
            "secretary": name(rng), "m": str(rng.randint(1, 12)), "d": str(rng.randint(1, 28)),
            "n1": str(rng.randint(3, 99)), "n2": str(rng.randint(100, 999)), "meeting": rng.choice(MEETINGS)}


def render(f: dict[str, str], middle: list[str]) -> str:
    """A meeting report: dateline and lead with the facts, clauses, closing with the facts."""
    lead = (f"本报讯（记者 {f['reporter']}）{f['m']}月{f['d']}日，{f['place']}政协召开{f['meeting']}，"
            f"{f['place']}政协主席{f['chair']}主持会议并讲话。")
    numbers = f"今年以来，{f['place']}政协共收集社情民意信息{f['n2']}条，推动解决实际问题{f['n1']}件。"
    closing = f"{f['place']}政协副主席{f['vice']}，秘书长{f['secretary']}参加会议。"
    return "\n".join([lead, *middle[: len(middle) // 2], numbers, *middle[len(middle) // 2:], closing])


def middle_of(rng: random.Random, pool: list[str]) -> list[str]:
    return ["，".join(rng.sample(pool, rng.randint(2, 3))) + "。" for _ in range(rng.randint(6, 12))]


class Noise:
    def __init__(self, rng: random.Random, pool: list[str]) -> None:
        self.rng, self.pool = rng, pool
        self.s2t = opencc.OpenCC("s2t")

    def apply(self, text: str, kinds: list[str]) -> str:
        rng = self.rng
        for kind in kinds:
            if kind == "boilerplate":
                text = rng.choice(BOILERPLATE_HEAD) + "\n" + text + "\n" + rng.choice(BOILERPLATE_TAIL)
            elif kind == "width":
                text = text.translate(str.maketrans("，（）：；！？", ",():;!?"))
            elif kind == "traditional":
                text = self.s2t.convert(text)
            elif kind == "junk":
                chars = list(text)
                for _ in range(max(3, len(chars) // 60)):
                    chars.insert(rng.randrange(len(chars)), rng.choice(JUNK))
                text = "".join(chars)
            elif kind == "cut":
                text = text[: int(len(text) * rng.uniform(0.5, 0.9))]
            elif kind == "edit":
                lines = text.split("\n")
                i = rng.randrange(1, max(2, len(lines) - 1))
                lines[i] = "，".join(rng.sample(self.pool, 2)) + "。"  # a sentence rewritten
                j = rng.randrange(len(lines))
                k = lines[j].find("，")
                if k > 0:
                    lines[j] = lines[j][:k + 1] + rng.choice(FILLERS) + lines[j][k + 1:]
                text = "\n".join(lines)
            elif kind == "dateline":
                text = re.sub(r"^本报讯（记者 \S+?）", "", text)
        return text


def corpus(size: int, seed: int = 7) -> tuple[list[str], list[int]]:
    """`size` texts and their true group (texts of one group are one article)."""
    rng = random.Random(seed)
    pool = clauses()
    noise = Noise(rng, pool)
    texts: list[str] = []
    groups: list[int] = []
    group = 0
    kinds = ["boilerplate", "width", "traditional", "junk", "cut", "edit", "dateline"]
    while len(texts) < size:
        f = facts(rng)
        middle = middle_of(rng, pool)
        base = render(f, middle)
        texts.append(base)
        groups.append(group)
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            texts.append(noise.apply(base, rng.sample(kinds, rng.randint(1, 3))))
            groups.append(group)
        group += 1
        if rng.random() < 0.3:  # a template twin: the same wording, other facts (two or more)
            twin = dict(f)
            changed = rng.sample(["place", "reporter", "chair", "vice", "secretary", "m", "d", "n1", "n2"],
                                 rng.randint(2, 4))
            other = facts(rng)
            for key in changed:
                while other[key] == f[key]:
                    other = facts(rng)
                twin[key] = other[key]
            texts.append(render(twin, middle))
            groups.append(group)
            group += 1
    order = list(range(len(texts)))
    rng.shuffle(order)
    return [texts[i] for i in order[:size]], [groups[i] for i in order[:size]]


def pairs(labels: list[int]) -> int:
    return sum(comb(n, 2) for n in Counter(labels).values())


def run(size: int) -> None:
    """One size in this process: prints `size seconds peak_mb precision recall`."""
    texts, truth = corpus(size)
    start = time.perf_counter()
    index = NearDuplicateIndex()
    found: list[int] = []
    for i, text in enumerate(texts):
        mtext = matching_text(text)
        sig = signature(mtext)
        hit = index.match(mtext, matched=True, sig=sig)
        if hit is None:
            index.add(str(i), mtext, sig, matched=True)
            found.append(i)
        else:
            found.append(found[int(hit)])
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    both = pairs([f"{t}:{p}" for t, p in zip(truth, found)])  # pairs together in truth and found
    predicted, true = pairs(found), pairs(truth)
    precision = both / predicted if predicted else 1.0
    recall = both / true if true else 1.0
    print(f"{size} {seconds:.2f} {peak_mb:.0f} {precision:.4f} {recall:.4f} {true} {predicted}")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        run(int(sys.argv[2]))
        return
    sizes = [int(a) for a in sys.argv[1:]] or list(SIZES)
    print("near-duplicate search: MinHash LSH + exact check, articles matched one by one")
    print(f"{'articles':>9}{'seconds':>9}{'peak MB':>9}{'pair P':>8}{'pair R':>8}{'true pairs':>11}{'found':>8}"
          f"{'t/n (µs)':>10}{'t/(n log n)':>13}")
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True)
        n, secs, mb, p, r, tp, fp = out.stdout.split()
        s = float(secs)
        print(f"{int(n):>9}{s:>9.1f}{float(mb):>9.0f}{float(p):>8.4f}{float(r):>8.4f}{int(tp):>11}{int(fp):>8}"
              f"{s / int(n) * 1e6:>10.0f}{s / (int(n) * log(int(n))) * 1e6:>13.2f}")
    print("(corpus generation is not timed; peak MB is the whole process, corpus included)")


if __name__ == "__main__":
    main()
