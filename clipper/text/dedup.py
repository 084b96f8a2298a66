"""Near-duplicate articles: the same report from several sources, told apart from distinct
reports written on one template.

Two steps, so that the search stays sub-quadratic:

1. **Candidates** by MinHash LSH (datasketch) over character 4-gram shingles of the matching
   text: NFKC, traditional folded to simplified (OpenCC), only Chinese characters, Latin letters
   and digits kept — punctuation width, spacing, inserted junk and script do not count.
2. **The exact check** (:func:`compare`) on each candidate pair: the shorter text must be mostly
   contained in the longer (a cut-off ending, added boilerplate, a changed title are fine), and
   the places where they differ (aligned by rapidfuzz) must not look like a template filled in
   with other facts: at most one short word swapped for another, no number written differently.

Pure: knows nothing of Scrapy or SQLite.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
from rapidfuzz.distance import Levenshtein

from clipper.text.normalize import traditional_to_simplified

#: Characters per shingle of the exact check.
SHINGLE = 4
#: Characters per shingle of the MinHash signature: longer, so that reports sharing only a
#: template's phrases rarely meet in an LSH bucket (random pairs of the bench corpus: Jaccard
#: 0.045 with 4-grams, 0.010 with 8-grams; true versions barely change).
SIGNATURE_SHINGLE = 8
#: MinHash permutations (signature length).
NUM_PERM = 128
#: datasketch's permutation scheme (32-bit values: 4 bytes per permutation when stored).
SCHEME = "affine32"
#: Jaccard threshold of the LSH index: low, because a cut-off repost shares only part of its
#: shingles with the original; the exact check decides.
LSH_THRESHOLD = 0.3
#: Candidates whose signatures agree on less than this share of permutations (an estimate of
#: Jaccard similarity) are not checked: measured on the bench corpus, true versions agree on
#: 0.23 or more, pairs that only share a report template mostly on less than 0.15.
PREFILTER = 0.18
#: Least share of the shorter text's shingles found in the longer one.
MIN_CONTAINMENT = 0.6
#: A word swapped for another of at most this many characters is a changed fact (a name, a place).
SHORT_SPOT = 8
#: A differing region longer than SHORT_SPOT but at most this long may still hold a changed
#: number (facts printed close together); longer ones are rewritten passages.
LONG_SPOT = 40
#: Differences closer than this (in characters) are one place.
MERGE_GAP = 2
#: A number written differently counts as this many changed facts.
NUMBER_WEIGHT = 2
#: Changed facts (a word swapped for another counts 1, a number NUMBER_WEIGHT) that two
#: versions of one article may show; more, and they are two reports on one template.
MAX_CHANGED_FACTS = 1
#: Texts shorter than this (in matching characters) are never matched as near duplicates.
MIN_CHARS = 40

_DIGITS = re.compile(r"\d+")
_KEEP = re.compile(r"[^0-9a-z\u3400-\u9fff]+")


def matching_text(text: str) -> str:
    """The text as compared: NFKC, simplified characters, lower case, only CJK, a-z and 0-9."""
    return _KEEP.sub("", traditional_to_simplified(unicodedata.normalize("NFKC", text)).lower())


def position_hashes(mtext: str, k: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of the text's character k-grams, one per position, in order."""
    if len(mtext) < k:
        return np.zeros(0, dtype=np.uint64)
    cps = np.frombuffer(mtext.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    h = np.zeros(len(cps) - k + 1, dtype=np.uint64)
    for i in range(k):
        h = h * np.uint64(1_000_003) + cps[i:len(cps) - k + 1 + i]
    h ^= h >> np.uint64(31)
    h *= np.uint64(0x9E3779B97F4A7C15)
    h ^= h >> np.uint64(29)
    return h & np.uint64(0xFFFFFFFF)


def shingle_hashes(mtext: str, k: int = SIGNATURE_SHINGLE) -> np.ndarray:
    """The text's distinct k-gram hashes, sorted (by default the signature's k-grams)."""
    return np.unique(position_hashes(mtext, k))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # datasketch draws its permutations anew for every MinHash; drawn once, they are shared.
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def signature(mtext: str, hashes: np.ndarray | None = None) -> LeanMinHash:
    """MinHash of the matching text's 8-gram shingles (`hashes`: those distinct hashes, when
    already computed)."""
    m = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity, permutations=_permutations(), scheme=SCHEME)
    hashes = shingle_hashes(mtext) if hashes is None else hashes
    if len(hashes):
        # One batch holding the array of precomputed 32-bit hashes: datasketch converts it to
        # its array in one step instead of calling the hash function once per shingle.
        m.update_batch([hashes.astype(np.uint32)])
    return LeanMinHash(m)


def _identity(value: int) -> int:
    return value


def signature_bytes(sig: LeanMinHash) -> bytes:
    """The signature as stored (NUM_PERM 32-bit values)."""
    return sig.hashvalues.astype(np.uint32).tobytes()


def signature_from_bytes(raw: bytes) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(raw, dtype=np.uint32), scheme=SCHEME)


@dataclass(frozen=True)
class Verdict:
    """The exact check of one pair: same article or not, and the figures that decided."""

    same: bool
    containment: float
    swapped_words: int
    swapped_numbers: int
    reason: str


def changed_facts(short: str, long_: str) -> tuple[int, int]:
    """(words swapped, numbers swapped) between two versions, from a character alignment
    (rapidfuzz): a place where both texts have a short run of their own (≤ SHORT_SPOT
    characters) is a fact written differently — a name, a place, a number. Runs that only one
    text has (inserted words, boilerplate, a cut ending, a dropped dateline) and long rewrites
    are not facts."""
    regions: list[list[int]] = []  # [short_start, short_end, long_start, long_end]
    for op in Levenshtein.opcodes(short, long_):
        if op.tag == "equal":
            continue
        if regions and op.src_start - regions[-1][1] < MERGE_GAP and op.dest_start - regions[-1][3] < MERGE_GAP:
            regions[-1][1], regions[-1][3] = op.src_end, op.dest_end
        else:
            regions.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    words = numbers = 0
    for s0, s1, l0, l1 in regions:
        if s1 >= len(short):
            continue  # the shorter text's last characters may be cut in the middle of a word
        mine, theirs = short[s0:s1], long_[l0:l1]
        if not mine or not theirs:
            continue
        my_digits, their_digits = _DIGITS.findall(mine), _DIGITS.findall(theirs)
        if min(len(mine), len(theirs)) > SHORT_SPOT:
            # A long rewrite is no fact by itself, but facts written close together merge into
            # one region (``本报A讯（通讯员B）3月12日，A县`` against another place, reporter and
            # date): a number of its own on both sides is still another report.
            if my_digits and their_digits and sorted(my_digits) != sorted(their_digits) \
                    and len(mine) <= LONG_SPOT and len(theirs) <= LONG_SPOT:
                numbers += 1
            continue
        if my_digits and their_digits and my_digits[-1] != their_digits[-1]:
            numbers += 1  # also when a dropped dateline runs into the changed date
        elif max(len(mine), len(theirs)) <= SHORT_SPOT and not my_digits and not their_digits:
            words += 1
    return words, numbers


@dataclass(frozen=True)
class Shingled:
    """A matching text with its shingle hashes by position and distinct (computed once)."""

    text: str
    positions: np.ndarray
    distinct: np.ndarray

    @classmethod
    def of(cls, mtext: str) -> Shingled:
        positions = position_hashes(mtext)
        return cls(mtext, positions, np.unique(positions))


def compare(a: str | Shingled, b: str | Shingled, *, matched: bool = False) -> Verdict:
    """Are `a` and `b` the same article? (Texts as stored, or matching texts with `matched`,
    or their :class:`Shingled` forms.)"""
    sa = a if isinstance(a, Shingled) else Shingled.of(a if matched else matching_text(a))
    sb = b if isinstance(b, Shingled) else Shingled.of(b if matched else matching_text(b))
    if sa.text == sb.text:
        return Verdict(True, 1.0, 0, 0, "same text")
    short, long_ = (sa, sb) if len(sa.text) <= len(sb.text) else (sb, sa)
    if len(short.text) < MIN_CHARS:
        return Verdict(False, 0.0, 0, 0, "too short to match")
    shared = np.intersect1d(short.distinct, long_.distinct, assume_unique=True).size
    containment = shared / max(short.distinct.size, 1)
    if containment < MIN_CONTAINMENT:
        return Verdict(False, containment, 0, 0, "too little shared text")
    swaps, own_numbers = changed_facts(short.text, long_.text)
    # A number written differently (a date, a count) is another report by itself.
    if swaps + NUMBER_WEIGHT * own_numbers > MAX_CHANGED_FACTS:
        return Verdict(False, containment, swaps, own_numbers, "same template, other names or numbers")
    return Verdict(True, containment, swaps, own_numbers, "near duplicate")


class NearDuplicateIndex:
    """MinHash LSH over article texts; :meth:`match` returns the key of the same article."""

    def __init__(self, lookup: Callable[[str], str | None] | None = None) -> None:
        """`lookup(key)` gives the stored text of a key; without it the index keeps the texts."""
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.lookup = lookup
        self.texts: dict[str, str] = {}
        self.signatures: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.signatures)

    def __contains__(self, key: str) -> bool:
        return key in self.signatures

    def _text(self, key: str) -> str | None:
        if self.lookup is None:
            return self.texts.get(key)
        text = self.lookup(key)
        return matching_text(text) if text is not None else None

    def add(self, key: str, text: str, sig: LeanMinHash | None = None, *, matched: bool = False) -> LeanMinHash:
        """Index `text` under `key` (replacing what the key held); returns its signature."""
        mtext = text if matched else matching_text(text)
        sig = sig if sig is not None else signature(mtext)
        if key in self.signatures:
            self.lsh.remove(key)
        self.lsh.insert(key, sig)
        self.signatures[key] = sig.hashvalues
        if self.lookup is None:
            self.texts[key] = mtext
        return sig

    def remove(self, key: str) -> None:
        if key in self.signatures:
            self.lsh.remove(key)
            del self.signatures[key]
            self.texts.pop(key, None)

    def candidates(self, mtext: str, sig: LeanMinHash | None = None) -> list[str]:
        return self.lsh.query(sig if sig is not None else signature(mtext))

    def match(self, text: str, *, matched: bool = False, exclude: Iterable[str] = (),
              sig: LeanMinHash | None = None, shingled: Shingled | None = None) -> str | None:
        """Key of the indexed article that `text` is a version of (the most contained), or None."""
        mtext = text if matched else matching_text(text)
        if len(mtext) < MIN_CHARS:
            return None
        query = shingled
        sig = sig if sig is not None else signature(mtext)
        skip = set(exclude)
        best: tuple[float, str] | None = None
        for key in self.candidates(mtext, sig):
            if key in skip or np.count_nonzero(self.signatures[key] == sig.hashvalues) < PREFILTER * NUM_PERM:
                continue
            if (other := self._text(key)) is None:
                continue
            query = query or Shingled.of(mtext)
            verdict = compare(query, Shingled.of(other))
            if verdict.same and (best is None or verdict.containment > best[0]):
                best = (verdict.containment, key)
        return best[1] if best else None
