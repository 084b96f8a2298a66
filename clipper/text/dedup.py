"""Near-duplicate articles: the same report from several sources, told apart from distinct
reports written on one template.

Two steps, so that the search stays sub-quadratic:

1. **Candidates** by MinHash LSH (datasketch) over character 4-gram shingles of the matching
   text: NFKC, traditional folded to simplified (OpenCC), only Chinese characters, Latin letters
   and digits kept — punctuation width, spacing, inserted junk and script do not count.
2. **The exact check** (:func:`compare`) on each candidate pair: the shorter text must be mostly
   contained in the longer (a cut-off ending, added boilerplate, a changed title are fine), and
   the places where it differs must not look like a template filled in with other facts: at most
   one short word swapped for another (a name, a place) or one number of its own.

Pure: knows nothing of Scrapy or SQLite.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import opencc
from datasketch import LeanMinHash, MinHash, MinHashLSH

#: Characters per shingle.
SHINGLE = 4
#: MinHash permutations (signature length).
NUM_PERM = 128
#: Jaccard threshold of the LSH index: low, because a cut-off repost shares only part of its
#: shingles with the original; the exact check decides.
LSH_THRESHOLD = 0.3
#: Least share of the shorter text's shingles found in the longer one.
MIN_CONTAINMENT = 0.6
#: A word swapped for another of at most this many characters is a changed fact (a name, a place).
SHORT_SPOT = 8
#: How much the two words of a swap may differ in length.
SWAP_LENGTH_SLACK = 2
#: Changed facts (swapped names or places, numbers of the shorter text the longer lacks) that
#: two versions of one article may show; more, and they are two reports on one template.
MAX_CHANGED_FACTS = 1
#: Texts shorter than this (in matching characters) are never matched as near duplicates.
MIN_CHARS = 40

_KEEP = re.compile(r"[^0-9a-z\u3400-\u9fff]+")
_NUMBER = re.compile(r"\d+")
_MERSENNE = np.uint64((1 << 61) - 1)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def matching_text(text: str) -> str:
    """The text as compared: NFKC, simplified characters, lower case, only CJK, a-z and 0-9."""
    return _KEEP.sub("", _t2s().convert(unicodedata.normalize("NFKC", text)).lower())


def shingle_hashes(mtext: str) -> np.ndarray:
    """32-bit hashes of the text's character 4-grams (unique, sorted)."""
    if len(mtext) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    cps = np.frombuffer(mtext.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    h = np.zeros(len(cps) - SHINGLE + 1, dtype=np.uint64)
    for i in range(SHINGLE):
        h = h * np.uint64(1_000_003) + cps[i:len(cps) - SHINGLE + 1 + i]
    h ^= h >> np.uint64(31)
    h *= np.uint64(0x9E3779B97F4A7C15)
    h ^= h >> np.uint64(29)
    return np.unique(h & np.uint64(0xFFFFFFFF))


def _identity(value: int) -> int:
    return value


def signature(mtext: str) -> LeanMinHash:
    """MinHash of the matching text's shingles."""
    m = MinHash(num_perm=NUM_PERM, hashfunc=_identity)
    hashes = shingle_hashes(mtext)
    if len(hashes):
        m.update_batch(hashes)
    return LeanMinHash(m)


def signature_bytes(sig: LeanMinHash) -> bytes:
    """The signature as stored (NUM_PERM 32-bit values)."""
    return sig.hashvalues.astype(np.uint32).tobytes()


def signature_from_bytes(raw: bytes) -> LeanMinHash:
    values = np.frombuffer(raw, dtype=np.uint32).astype(np.uint64)
    return LeanMinHash(seed=1, hashvalues=values)


@dataclass(frozen=True)
class Verdict:
    """The exact check of one pair: same article or not, and the figures that decided."""

    same: bool
    containment: float
    swapped_words: int
    own_numbers: int
    reason: str


def _spots(text: str, other_shingles: set[str]) -> list[int]:
    """Where `text` differs from the other text, in order: for each run of shingles the other
    lacks, the number of characters that differ (1 where the other text inserted words, n for a
    word of n characters swapped for another)."""
    runs: list[int] = []
    run = 0
    for i in range(len(text) - SHINGLE + 1):
        if text[i:i + SHINGLE] in other_shingles:
            if run:
                runs.append(max(run - SHINGLE + 1, 1))
            run = 0
        else:
            run += 1
    if run:
        runs.append(max(run - SHINGLE + 1, 1))
    return runs


def _substitutions(a_spots: list[int], b_spots: list[int]) -> int:
    """Spots where both texts have a short word of about the same length, each its own: a
    template filled in with another name or place (an edit inserts or rewrites instead)."""
    return sum(1 for x, y in zip(a_spots, b_spots)
               if 2 <= x <= SHORT_SPOT and 2 <= y <= SHORT_SPOT and abs(x - y) <= SWAP_LENGTH_SLACK)


def compare(a: str, b: str, *, matched: bool = False) -> Verdict:
    """Are `a` and `b` the same article? (Texts as stored, or matching texts with `matched`.)"""
    ma, mb = (a, b) if matched else (matching_text(a), matching_text(b))
    if ma == mb:
        return Verdict(True, 1.0, 0, 0, "same text")
    short, long_ = (ma, mb) if len(ma) <= len(mb) else (mb, ma)
    if len(short) < MIN_CHARS:
        return Verdict(False, 0.0, 0, 0, "too short to match")
    long_set = {long_[i:i + SHINGLE] for i in range(len(long_) - SHINGLE + 1)}
    short_set = {short[i:i + SHINGLE] for i in range(len(short) - SHINGLE + 1)}
    containment = len(short_set & long_set) / max(len(short_set), 1)
    if containment < MIN_CONTAINMENT:
        return Verdict(False, containment, 0, 0, "too little shared text")
    # A cut-off ending or a rewritten sentence is one long spot and does not count; only short
    # words swapped one for one do.
    swaps = _substitutions(_spots(short, long_set), _spots(long_, short_set))
    own_numbers = len(set(_NUMBER.findall(short)) - set(_NUMBER.findall(long_)))
    if swaps + own_numbers > MAX_CHANGED_FACTS:
        return Verdict(False, containment, swaps, own_numbers, "same template, other names or numbers")
    return Verdict(True, containment, swaps, own_numbers, "near duplicate")


class NearDuplicateIndex:
    """MinHash LSH over article texts; :meth:`match` returns the key of the same article."""

    def __init__(self, lookup: Callable[[str], str | None] | None = None) -> None:
        """`lookup(key)` gives the stored text of a key; without it the index keeps the texts."""
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.lookup = lookup
        self.texts: dict[str, str] = {}
        self.keys: set[str] = set()

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: str) -> bool:
        return key in self.keys

    def _text(self, key: str) -> str | None:
        if self.lookup is None:
            return self.texts.get(key)
        text = self.lookup(key)
        return matching_text(text) if text is not None else None

    def add(self, key: str, text: str, sig: LeanMinHash | None = None, *, matched: bool = False) -> LeanMinHash:
        """Index `text` under `key` (replacing what the key held); returns its signature."""
        mtext = text if matched else matching_text(text)
        sig = sig if sig is not None else signature(mtext)
        if key in self.keys:
            self.lsh.remove(key)
        self.lsh.insert(key, sig)
        self.keys.add(key)
        if self.lookup is None:
            self.texts[key] = mtext
        return sig

    def remove(self, key: str) -> None:
        if key in self.keys:
            self.lsh.remove(key)
            self.keys.discard(key)
            self.texts.pop(key, None)

    def candidates(self, mtext: str, sig: LeanMinHash | None = None) -> list[str]:
        return self.lsh.query(sig if sig is not None else signature(mtext))

    def match(self, text: str, *, matched: bool = False, exclude: Iterable[str] = (),
              sig: LeanMinHash | None = None) -> str | None:
        """Key of the indexed article that `text` is a version of (the most contained), or None."""
        mtext = text if matched else matching_text(text)
        if len(mtext) < MIN_CHARS:
            return None
        skip = set(exclude)
        best: tuple[float, str] | None = None
        for key in self.candidates(mtext, sig):
            if key in skip or (other := self._text(key)) is None:
                continue
            verdict = compare(mtext, other, matched=True)
            if verdict.same and (best is None or verdict.containment > best[0]):
                best = (verdict.containment, key)
        return best[1] if best else None
