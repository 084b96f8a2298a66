"""Is a line break inside a word? Evidence from a Chinese word list (jieba's dictionary: a real,
maintained list of ~350,000 words with their frequencies; only the list is used, not jieba's
segmenter).

:func:`junction_gain` compares the best segmentation of the text across a break with the best
segmentations of its two sides: a word that spans the break (``社情民`` | ``意的``) makes the whole
more probable than its halves; two unrelated lines gain nothing. Pure; the list loads once.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

#: Longest word considered (characters).
MAX_WORD = 4
#: Characters on each side of a break that are compared.
SIDE = 4
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, float], float]:
    """word -> log probability, and the log probability of a character the list lacks."""
    freq: dict[str, int] = {}
    path = resources.files("jieba") / "dict.txt"
    with path.open(encoding="utf-8") as f:
        for line in f:
            word, _, rest = line.partition(" ")
            if 1 <= len(word) <= MAX_WORD and _CJK.match(word):
                freq[word] = freq.get(word, 0) + int(rest.split(" ", 1)[0])
    total = float(sum(freq.values()))
    return {w: math.log(n / total) for w, n in freq.items() if n > 0}, math.log(0.5 / total)


def best_logp(text: str) -> float:
    """Log probability of the best segmentation of `text` into listed words (unlisted
    characters count as rare single characters; other characters are skipped)."""
    table, unknown = _table()
    chars = [c for c in text if _CJK.match(c)]
    n = len(chars)
    if not n:
        return 0.0
    s = "".join(chars)
    best = [0.0] + [-math.inf] * n
    for end in range(1, n + 1):
        for size in range(1, min(MAX_WORD, end) + 1):
            w = s[end - size:end]
            lp = table.get(w)
            if lp is None:
                if size > 1:
                    continue
                lp = unknown
            value = best[end - size] + lp
            if value > best[end]:
                best[end] = value
    return best[n]


@lru_cache(maxsize=200_000)
def junction_gain(left: str, right: str) -> float:
    """How much more likely ``left + right`` reads as one text than as two (≥ 0, in nats): the
    last and first SIDE Chinese characters of the two sides are compared."""
    lc = "".join(_CJK.findall(left[-2 * SIDE:]))[-SIDE:]
    rc = "".join(_CJK.findall(right[: 2 * SIDE]))[:SIDE]
    if not lc or not rc:
        return 0.0
    return max(0.0, best_logp(lc + rc) - best_logp(lc) - best_logp(rc))
