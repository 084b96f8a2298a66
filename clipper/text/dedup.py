"""Near-duplicate articles: the same report from several sources, told apart from distinct
reports written on one template.

Three steps, so that the search stays sub-quadratic:

1. **Candidates**, by two routes over the *matching text* (repost noise removed — pinyin
   glosses, emoji, stray tags —, NFKC, traditional, Taiwan and variant characters folded to
   simplified standard ones, only Chinese characters, Latin letters and digits kept):
   MinHash LSH (datasketch) over 8-gram shingles finds versions of about the same length; an
   inverted index of *anchors* (the 8-grams whose hash is 0 modulo ANCHOR_MOD: chosen by content,
   so the same passage gives the same anchors wherever it stands) finds versions that hold only
   part of the other — a cut-off copy, a copy without its lead, an article with another item
   appended.
2. **The exact check** (:func:`compare`) on each candidate pair: the shorter text must be mostly
   contained in the longer (a cut-off ending, added boilerplate, a changed title are fine), and
   the places where they differ (aligned by rapidfuzz) must not look like a template filled in
   with other facts: at most one short word swapped for another, no number written differently.
3. **The choice** among the stored articles that pass: a stored article that makes up only a
   small part of the new text (an item appended to another article, a short notice quoted in a
   long one) is not what the new text is, unless their titles agree; of the rest, the one
   sharing most with the new text relative to both (their titles agreeing first).

Pure: knows nothing of Scrapy or SQLite.
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
from rapidfuzz.distance import Indel, Levenshtein

from clipper.text.noise import clean_noise, to_standard
from clipper.text.normalize import cjk_count
from clipper.text.unihan_variants import UNIHAN_VARIANTS

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
#: An 8-gram is an anchor when its hash is 0 modulo this: about one position in ANCHOR_MOD.
ANCHOR_MOD = 16
#: A candidate by anchors shares at least this many anchors with the query...
MIN_SHARED_ANCHORS = 2
#: ... and at least this share of the anchors of the smaller of the two (an estimate of how
#: much of the shorter text the longer holds; MIN_CONTAINMENT is checked exactly after).
MIN_ANCHOR_SHARE = 0.4
#: Anchors found in more stored articles than this are a template's phrases or boilerplate:
#: they point nowhere in particular and are not followed (versions of one article are one
#: stored article: a widely reposted passage counts once).
MAX_POSTINGS = 100
#: Stored texts kept shingled between queries.
SHINGLED_CACHE = 4096
#: New postings kept in a dictionary before they are merged into the sorted arrays.
PENDING_POSTINGS = 200_000
#: Two texts whose titles do not agree are one article only when their shared shingles make up
#: this share of the larger one's (a version that lost its lead, added a deck or spam lines)...
MIN_SHARE_OF_LARGER = 0.65
#: ... or this share when both have titles and they disagree (a retitled repost)...
MIN_SHARE_RETITLED = 0.8
#: ... or when the shorter stands at the start of the longer (MAX_CUT_START).
#: Two texts sharing this share of the larger one's shingles are one text with a few words
#: changed: aligned whole, without looking for other items.
NEARLY_ALL = 0.95
#: A copy cut short stands within this share of the longer text's start.
MAX_CUT_START = 0.1
#: A text this many times longer than the other is aligned only where the other stands in it
#: (with WINDOW_MARGIN characters around): the rest is another item, not changed facts.
WINDOW_RATIO = 1.5
WINDOW_MARGIN = 8
#: Titles whose matching texts are this similar (normalized Indel similarity) and differ by
#: added or dropped words only agree; so do titles of which one, this long at least, holds the
#: other.
TITLE_SIMILARITY = 0.8
MIN_TITLE_INSIDE = 6

_DIGITS = re.compile(r"\d+")
_KEEP = re.compile(r"[^0-9a-z\u3400-\u9fff]+")
#: Spacing and punctuation (ASCII, general, CJK, full-width), which NFKC could only turn into
#: other spacing and punctuation: removed first, so that most texts need no NFKC pass at all.
_MARKS = re.compile(r"[\s!-/:-@\[-`{-~\u2000-\u206f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+")
#: Variant characters OpenCC and clipper.text.noise.VARIANTS leave, folded for matching only
#: (Unihan's semantic variants: ``邨`` → ``村``; generated, see scripts/unihan_variants.py).
_MATCH_VARIANTS = str.maketrans(UNIHAN_VARIANTS)
#: (a set, not a character class: a class of 1,169 scattered characters costs a regex search
#: 70 µs per article, the set 12)
_MATCH_VARIANT_CHARS = frozenset(UNIHAN_VARIANTS)


def matching_text(text: str) -> str:
    """The text as compared: repost noise removed (pinyin glosses, emoji, stray tags), NFKC,
    simplified and standard characters (Taiwan usage and variants folded), lower case, only
    CJK, a-z and 0-9."""
    text = _MARKS.sub("", clean_noise(text))
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    # Only what is compared is folded (shorter: punctuation and spacing are gone by then).
    text = to_standard(_KEEP.sub("", text.lower()))
    return text if _MATCH_VARIANT_CHARS.isdisjoint(text) else text.translate(_MATCH_VARIANTS)


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


@lru_cache(maxsize=16)
def shingle_hashes(mtext: str, k: int = SIGNATURE_SHINGLE) -> np.ndarray:
    """The text's distinct k-gram hashes, sorted (by default the signature's k-grams). Cached:
    one text's signature, anchors and match ask for them in turn. Not to be modified."""
    return np.unique(position_hashes(mtext, k))


def holds(values: np.ndarray, sorted_distinct: np.ndarray) -> np.ndarray:
    """Which of `values` are among `sorted_distinct` (np.isin, by binary search in the sorted array)."""
    if not sorted_distinct.size:
        return np.zeros(values.shape, dtype=bool)
    at = np.searchsorted(sorted_distinct, values)
    return sorted_distinct[np.minimum(at, sorted_distinct.size - 1)] == values


def anchors(hashes: np.ndarray) -> np.ndarray:
    """The anchors among a text's distinct 8-gram hashes (as uint32)."""
    return hashes[hashes % ANCHOR_MOD == 0].astype(np.uint32)


def anchors_bytes(values: np.ndarray) -> bytes:
    return values.astype(np.uint32).tobytes()


def anchors_from_bytes(raw: bytes | None) -> np.ndarray:
    return np.frombuffer(raw or b"", dtype=np.uint32)


def title_key(title: str | None) -> str:
    """A title as compared: its matching text."""
    return matching_text(title) if title else ""


def titles_agree(a: str, b: str) -> bool:
    """Do two title keys (:func:`title_key`) name the same article? The same words, with words
    added or dropped (``独家：``, ``（扩大）``); a word swapped for another (``岷县`` for
    ``山丹县``: a template's other report) is disagreement. Empty titles agree with none."""
    if not a or not b:
        return False
    if a == b:
        return True
    if Indel.normalized_similarity(a, b) < TITLE_SIMILARITY:
        return min(len(a), len(b)) >= MIN_TITLE_INSIDE and (a in b or b in a)
    return not any(op.tag == "replace" for op in Levenshtein.opcodes(a, b))


#: Last characters of the name of a place that has its own committee, paper or government
#: (``永登县``, ``七里河区``, ``金昌市``, ``临夏州``): a title that names another such place is
#: another report.
PLACE_SUFFIXES = "省市县区州旗盟乡镇"
#: Most characters of a place's name before its suffix, as swapped in a title.
PLACE_NAME_CHARS = 4


def places_swapped(a: str, b: str) -> bool:
    """Do two title keys differ by the name of a place (``永登县政协赴…`` against ``庄浪县政协赴…``)?
    A template's report from another county: the two are never versions of one article,
    however much of their text they share."""
    spans: list[list[int]] = []  # runs of differing characters: [a_start, a_end, b_start, b_end]
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            continue
        if spans and spans[-1][1] == op.src_start and spans[-1][3] == op.dest_start:
            spans[-1][1], spans[-1][3] = op.src_end, op.dest_end
        else:
            spans.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    for a0, a1, b0, b1 in spans:
        mine, theirs = a[a0:a1], b[b0:b1]
        if not mine or not theirs:
            continue  # a word added or dropped
        after = a[a1:a1 + 1]
        if after and after in PLACE_SUFFIXES and after == b[b1:b1 + 1]:
            names = (mine, theirs)  # the same suffix after both (永登|县, 庄浪|县)
        elif mine[-1] in PLACE_SUFFIXES and theirs[-1] in PLACE_SUFFIXES:
            names = (mine[:-1], theirs[:-1])  # each with its suffix (七里河区, 临洮县)
        else:
            continue
        if all(1 <= len(n) <= PLACE_NAME_CHARS and cjk_count(n) == len(n) for n in names):
            return True
    return False


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


def fingerprints(text: str) -> tuple[LeanMinHash, np.ndarray]:
    """A stored text's signature and anchors, as the index keeps them."""
    hashes = shingle_hashes(matching_text(text))
    return signature("", hashes), anchors(hashes)


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
    #: Shingles the two share, and the distinct shingles of each (a, b as given).
    shared: int = 0
    size_a: int = 0
    size_b: int = 0
    #: Where the shorter text starts in the longer one (share of the longer text before it).
    at: float = 0.0


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
        s0, s1, l0, l1 = _whole_numbers(short, long_, op.src_start, op.src_end, op.dest_start, op.dest_end)
        if regions and s0 - regions[-1][1] < MERGE_GAP and l0 - regions[-1][3] < MERGE_GAP:
            regions[-1][1], regions[-1][3] = max(regions[-1][1], s1), max(regions[-1][3], l1)
        else:
            regions.append([s0, s1, l0, l1])
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
            # date): a number of its own on both sides is still another report — so are the same
            # figures in another order (``3月12日`` against ``12月3日``).
            if my_digits and their_digits and my_digits != their_digits \
                    and len(mine) <= LONG_SPOT and len(theirs) <= LONG_SPOT:
                numbers += 1
            continue
        if my_digits and their_digits and my_digits[-1] != their_digits[-1]:
            numbers += 1  # also when a dropped dateline runs into the changed date
        elif max(len(mine), len(theirs)) <= SHORT_SPOT and not my_digits and not their_digits:
            words += 1
    return words, numbers


def _whole_numbers(short: str, long_: str, s0: int, s1: int, l0: int, l1: int) -> tuple[int, int, int, int]:
    """A differing region widened to whole numbers: an alignment of characters cuts numbers
    (``11月27日`` against ``1月2日`` aligns as ``1`` → ``…``, ``1月2`` equal, ``7`` deleted); a number
    written differently is one fact, so a region that starts or ends inside a number takes all of
    it, on both sides."""
    def digit(text: str, i: int) -> bool:
        return 0 <= i < len(text) and text[i].isdigit()
    while (digit(short, s0 - 1) and digit(long_, l0 - 1)
           and (digit(short, s0) or digit(long_, l0))):
        s0, l0 = s0 - 1, l0 - 1
    while (digit(short, s1) and digit(long_, l1)
           and ((s1 > s0 and digit(short, s1 - 1)) or (l1 > l0 and digit(long_, l1 - 1)))):
        s1, l1 = s1 + 1, l1 + 1
    return s0, s1, l0, l1


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


def held_share(mine: np.ndarray, theirs: np.ndarray) -> float:
    """Share of the distinct shingles `mine` that the distinct shingles `theirs` hold."""
    if not mine.size:
        return 1.0
    return np.intersect1d(mine, theirs, assume_unique=True).size / mine.size


def coverage(text: str, by: str) -> float:
    """Share of `text`'s shingles that `by` holds (1.0: `by` says everything `text` says)."""
    return held_share(Shingled.of(matching_text(text)).distinct, Shingled.of(matching_text(by)).distinct)


def where_it_stands(short: Shingled, long_: Shingled, hit: np.ndarray | None = None) -> tuple[int, int]:
    """Where in the longer text the shorter one stands, as (start, end): the densest run of
    their shared shingles, widened by what the shorter text has before and after it (so that a
    changed dateline at its start is still compared). `hit`: which of the longer text's
    shingles the shorter holds, when known."""
    n = len(short.text)
    if not short.positions.size or not long_.positions.size:
        return 0, len(long_.text)
    hit = holds(long_.positions, short.distinct) if hit is None else hit
    w = min(n, hit.size)
    sums = np.concatenate([[0], np.cumsum(hit)])
    start = int(np.argmax(sums[w:] - sums[:-w]))
    inside = np.flatnonzero(hit[start:start + w]) + start
    if not inside.size:
        return 0, len(long_.text)
    first, last = int(inside[0]), int(inside[-1])
    in_short_first = int(np.flatnonzero(short.positions == long_.positions[first])[0])
    in_short_last = int(np.flatnonzero(short.positions == long_.positions[last])[-1])
    return (max(0, first - in_short_first - WINDOW_MARGIN),
            min(len(long_.text), last + (n - in_short_last) + WINDOW_MARGIN))


#: Consecutive shared shingles that make a passage the two texts share (shorter runs are
#: common phrases that two unrelated items happen to hold both).
SOLID_RUN = 8


def _solid_span(hits: np.ndarray) -> tuple[int, int] | None:
    """(first, last) position of the runs of at least SOLID_RUN shared shingles, or None."""
    if not hits.any():
        return None
    padded = np.concatenate([[False], hits, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    starts, ends = edges[::2], edges[1::2]
    solid = ends - starts >= SOLID_RUN
    if not solid.any():
        return None
    return int(starts[solid][0]), int(ends[solid][-1]) - 1


def without_other_items(a_text: str, a_hit: np.ndarray, b_text: str, b_hit: np.ndarray) -> tuple[str, str]:
    """Two texts without what each has after (or before) the passages they share (`a_hit`,
    `b_hit`: which of each one's shingles the other holds), when both have more than LONG_SPOT
    characters of their own there: two items appended by two reposts (or two leads) are not
    facts written differently. Shorter stretches stay: a closing line with other names is a
    template twin's."""
    span_a, span_b = _solid_span(a_hit), _solid_span(b_hit)
    if span_a is None or span_b is None:
        return a_text, b_text
    (a0, a1), (b0, b1) = span_a, span_b
    a1, b1 = a1 + SHINGLE, b1 + SHINGLE
    if min(len(a_text) - a1, len(b_text) - b1) > LONG_SPOT:
        a_text, b_text = a_text[:a1], b_text[:b1]
    if min(a0, b0) > LONG_SPOT:
        a_text, b_text = a_text[a0:], b_text[b0:]
    return a_text, b_text


def compare(a: str | Shingled, b: str | Shingled, *, matched: bool = False) -> Verdict:
    """Are `a` and `b` the same article? (Texts as stored, or matching texts with `matched`,
    or their :class:`Shingled` forms.)"""
    sa = a if isinstance(a, Shingled) else Shingled.of(a if matched else matching_text(a))
    sb = b if isinstance(b, Shingled) else Shingled.of(b if matched else matching_text(b))
    sizes = (sa.distinct.size, sb.distinct.size)
    if sa.text == sb.text:
        return Verdict(True, 1.0, 0, 0, "same text", sizes[0], *sizes)
    short, long_ = (sa, sb) if len(sa.text) <= len(sb.text) else (sb, sa)
    if len(short.text) < MIN_CHARS:
        return Verdict(False, 0.0, 0, 0, "too short to match", 0, *sizes)
    shared = np.intersect1d(short.distinct, long_.distinct, assume_unique=True).size
    containment = shared / max(short.distinct.size, 1)
    if containment < MIN_CONTAINMENT:
        return Verdict(False, containment, 0, 0, "too little shared text", shared, *sizes)
    at = 0.0
    if shared >= NEARLY_ALL * max(sizes):
        swaps, own_numbers = changed_facts(short.text, long_.text)  # one text, a few words changed
    else:
        long_hit = holds(long_.positions, short.distinct)
        stands_at, stands_to = where_it_stands(short, long_, long_hit)
        at = stands_at / max(len(long_.text), 1)
        # A text much longer than the other is compared only where the other stands in it: the
        # rest is another item (appended, or the article the shorter one was cut from).
        long_enough = len(long_.text) > WINDOW_RATIO * len(short.text)
        start, end = (stands_at, stands_to) if long_enough else (0, len(long_.text))
        short_hit = holds(short.positions, long_.distinct)
        window_hit = long_hit[start:max(start, end - SHINGLE + 1)]
        swaps, own_numbers = changed_facts(*without_other_items(short.text, short_hit, long_.text[start:end],
                                                                 window_hit))
    # A number written differently (a date, a count) is another report by itself.
    if swaps + NUMBER_WEIGHT * own_numbers > MAX_CHANGED_FACTS:
        return Verdict(False, containment, swaps, own_numbers, "same template, other names or numbers", shared,
                       *sizes, at)
    return Verdict(True, containment, swaps, own_numbers, "near duplicate", shared, *sizes, at)


class AnchorIndex:
    """Inverted index anchor -> article numbers, held in sorted numpy arrays (8 bytes a posting)
    with a small dictionary of recent postings merged into them now and then."""

    def __init__(self) -> None:
        self.keys: np.ndarray = np.zeros(0, dtype=np.uint32)  # sorted anchors
        self.owners: np.ndarray = np.zeros(0, dtype=np.int32)  # article number of each
        self.pending: dict[int, list[int]] = {}
        self.pending_count = 0

    def add(self, number: int, values: np.ndarray) -> None:
        for value in values.tolist():
            self.pending.setdefault(value, []).append(number)
        self.pending_count += len(values)
        if self.pending_count >= PENDING_POSTINGS:
            self.flush()

    def flush(self) -> None:
        if not self.pending_count:
            return
        new_keys = np.fromiter((k for k, owners in self.pending.items() for _ in owners), dtype=np.uint32,
                               count=self.pending_count)
        new_owners = np.fromiter((o for owners in self.pending.values() for o in owners), dtype=np.int32,
                                 count=self.pending_count)
        keys, owners = np.concatenate([self.keys, new_keys]), np.concatenate([self.owners, new_owners])
        order = np.argsort(keys, kind="stable")
        self.keys, self.owners = keys[order], owners[order]
        self.pending, self.pending_count = {}, 0

    def owners_of(self, values: np.ndarray, max_postings: int) -> np.ndarray:
        """The article numbers holding each anchor (stale numbers included), concatenated;
        anchors held by more than `max_postings` articles are left out."""
        lo = np.searchsorted(self.keys, values, side="left")
        hi = np.searchsorted(self.keys, values, side="right")
        extra = [self.pending.get(v, ()) for v in values.tolist()] if self.pending else [()] * len(values)
        sizes = (hi - lo) + np.fromiter(map(len, extra), dtype=np.int64, count=len(values))
        keep = (sizes > 0) & (sizes <= max_postings)
        lo, hi = lo[keep], hi[keep]
        lengths = hi - lo
        if lengths.sum():
            # every index in the ranges [lo, hi) at once
            offsets = np.repeat(lo - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
            stored = self.owners[np.arange(lengths.sum()) + offsets]
        else:
            stored = np.zeros(0, dtype=np.int32)
        if not self.pending:
            return stored
        recent = np.fromiter(chain.from_iterable(e for k, e in zip(keep.tolist(), extra) if k), dtype=np.int32)
        return np.concatenate([stored, recent]) if recent.size else stored


class NearDuplicateIndex:
    """MinHash LSH and an anchor index over article texts; :meth:`match` returns the key of the
    stored article a text is a version of."""

    def __init__(self, lookup: Callable[[str], str | None] | None = None) -> None:
        """`lookup(key)` gives the stored text of a key; without it the index keeps the texts."""
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.lookup = lookup
        self.texts: dict[str, str] = {}
        self.signatures: dict[str, np.ndarray] = {}
        self.titles: dict[str, str] = {}
        self.anchor_index = AnchorIndex()
        self.count_of_number = np.zeros(0, dtype=np.int32)  # anchors of each article number
        self.shingled_cache: OrderedDict[str, Shingled] = OrderedDict()
        self.number_of: dict[str, int] = {}
        self.key_of: list[str | None] = []
        #: The order keys were first indexed in (kept when a key is indexed again: an article
        #: whose canonical text was rewritten keeps its place, as its row keeps its rowid).
        self.first_indexed: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.signatures)

    def __contains__(self, key: str) -> bool:
        return key in self.signatures

    def _text(self, key: str) -> str | None:
        if self.lookup is None:
            return self.texts.get(key)
        text = self.lookup(key)
        return matching_text(text) if text is not None else None

    def _shingled(self, key: str) -> Shingled | None:
        """The stored text of `key`, shingled (the last SHINGLED_CACHE kept: a template's
        reports meet the same candidates again and again)."""
        if (hit := self.shingled_cache.get(key)) is not None:
            self.shingled_cache.move_to_end(key)
            return hit
        if (text := self._text(key)) is None:
            return None
        shingled = self.shingled_cache[key] = Shingled.of(text)
        if len(self.shingled_cache) > SHINGLED_CACHE:
            self.shingled_cache.popitem(last=False)
        return shingled

    def add(self, key: str, text: str, sig: LeanMinHash | None = None, *, matched: bool = False,
            title: str | None = None, anchor_values: np.ndarray | None = None,
            title_matched: bool = False) -> LeanMinHash:
        """Index `text` under `key` (replacing what the key held); returns its signature.
        `sig` and `anchor_values` may be given when already known (read back from storage); an
        index given a signature without anchors finds that text by LSH only."""
        mtext = text if matched else matching_text(text)
        hashes = None
        if sig is None or (anchor_values is None and mtext):
            hashes = shingle_hashes(mtext)
        sig = sig if sig is not None else signature(mtext, hashes)
        values = anchor_values if anchor_values is not None else anchors(hashes) if hashes is not None else \
            np.zeros(0, dtype=np.uint32)
        self.remove(key)
        self.first_indexed.setdefault(key, len(self.first_indexed))
        self.lsh.insert(key, sig)
        self.signatures[key] = sig.hashvalues
        number = len(self.key_of)
        self.key_of.append(key)
        self.number_of[key] = number
        self.anchor_index.add(number, values)
        if number >= self.count_of_number.size:
            self.count_of_number = np.concatenate([self.count_of_number, np.zeros(max(1024, number), dtype=np.int32)])
        self.count_of_number[number] = len(values)
        tkey = title if title_matched else title_key(title)
        if tkey:
            self.titles[key] = tkey
        if self.lookup is None:
            self.texts[key] = mtext
        return sig

    def remove(self, key: str) -> None:
        self.shingled_cache.pop(key, None)
        if key in self.signatures:
            self.lsh.remove(key)
            del self.signatures[key]
            self.texts.pop(key, None)
            self.titles.pop(key, None)
            self.key_of[self.number_of.pop(key)] = None  # its postings are stale now

    def candidates(self, mtext: str, sig: LeanMinHash | None = None,
                   anchor_values: np.ndarray | None = None) -> list[str]:
        """Keys that may hold a version of `mtext`: by LSH (the prefilter applied) and by anchors."""
        sig = sig if sig is not None else signature(mtext)
        found = self.similar(sig)
        values = anchor_values if anchor_values is not None else anchors(shingle_hashes(mtext))
        return found + self.overlapping(values, set(found))

    def similar(self, sig: LeanMinHash) -> list[str]:
        """Keys of about the same text: by LSH, the prefilter applied; in the order they were first
        indexed (LSH answers in set order, which string hashing changes from process to process:
        a tie between candidates must go to the same one in every run)."""
        found = [key for key in self.lsh.query(sig)
                 if np.count_nonzero(self.signatures[key] == sig.hashvalues) >= PREFILTER * NUM_PERM]
        found.sort(key=self.first_indexed.__getitem__)
        return found

    def overlapping(self, values: np.ndarray, seen: set[str]) -> list[str]:
        """Keys (not in `seen`) of texts that hold much of the anchors `values`, or whose
        anchors are mostly among them: one text contains much of the other."""
        if len(values) < MIN_SHARED_ANCHORS:
            return []
        owners = self.anchor_index.owners_of(values, MAX_POSTINGS)
        if not owners.size:
            return []
        numbers, counts = np.unique(owners, return_counts=True)
        theirs = self.count_of_number[numbers]
        enough = (counts >= MIN_SHARED_ANCHORS) & (
            counts >= MIN_ANCHOR_SHARE * np.minimum(len(values), np.maximum(theirs, 1)))
        found = []
        for number in numbers[enough].tolist():
            key = self.key_of[number]
            if key is not None and key not in seen:
                found.append(key)
                seen.add(key)
        return found

    @staticmethod
    def _is_version(verdict: Verdict, title: str, their_title: str) -> bool:
        """Is the new text (a of the verdict, titled `title`) a version of the stored one (b)?
        When their titles agree, the exact check decides. Else the two must be mostly one text
        (MIN_SHARE_OF_LARGER; more when both are titled and the titles disagree), or the
        shorter must stand at the start of the longer: a copy cut short. An item appended after
        an article, or an article quoted in another, stands later."""
        if titles_agree(title, their_title):
            return True
        if title and their_title and places_swapped(title, their_title):
            return False
        larger = max(verdict.size_a, verdict.size_b, 1)
        least = MIN_SHARE_RETITLED if title and their_title else MIN_SHARE_OF_LARGER
        if verdict.shared >= least * larger:
            return True
        return verdict.at <= MAX_CUT_START

    def match(self, text: str, *, matched: bool = False, exclude: Iterable[str] = (),
              sig: LeanMinHash | None = None, shingled: Shingled | None = None,
              title: str | None = None) -> str | None:
        """Key of the indexed article that `text` (titled `title`) is a version of, or None."""
        mtext = text if matched else matching_text(text)
        if len(mtext) < MIN_CHARS:
            return None
        hashes = shingle_hashes(mtext)
        sig = sig if sig is not None else signature(mtext, hashes)
        skip = set(exclude)
        tkey = title_key(title)
        query = shingled or Shingled.of(mtext)
        best: tuple[tuple[bool, float], str] | None = None
        # Versions of about the same length first; only when none is found, texts that hold
        # part of it or that it holds in part (the anchors).
        similar = self.similar(sig)
        for keys in (similar, None):
            if keys is None:
                if best is not None:
                    break
                keys = self.overlapping(anchors(hashes), set(similar))
            for key in keys:
                if key in skip or (other := self._shingled(key)) is None:
                    continue
                verdict = compare(query, other)
                their_title = self.titles.get(key, "")
                if not verdict.same or not self._is_version(verdict, tkey, their_title):
                    continue
                score = (titles_agree(tkey, their_title), verdict.shared / max(verdict.size_a, verdict.size_b, 1))
                if best is None or score > best[0]:
                    best = (score, key)
        return best[1] if best else None
