"""Text that the extraction printed twice: doubled headlines, repeated paragraphs, garbled
overlapping copies. Each function returns the cleaned text and what it removed."""

from __future__ import annotations

from bisect import bisect_right

from clipper.text.normalize import cjk_count, key

#: Shortest shared tail (in characters) taken as a garbled copy rather than parallel wording.
MIN_GARBLE_CHARS = 30
#: Shortest paragraph dropped because the text before it already holds it.
MIN_FRAGMENT_CHARS = 20


#: Fewest characters (white space aside) of a line printed twice over for a fake bold (three
#: doubled pairs: a reduplicated word, ``认认真真``, has two).
MIN_BOLD_CHARS = 6


def undouble_glyphs(line: str) -> tuple[str, str | None]:
    """A line whose glyphs were drawn twice a hair apart (a fake bold, as headlines often are)
    read once: an extractor that sorts a line's glyphs by position prints every character twice
    (``市市政政协协召召开开``), one that reads the content stream prints the line twice over
    (``市政协召开市政协召开``, the copies touching). Only a whole line, of at least MIN_BOLD_CHARS
    characters and two Chinese ones, counts: reduplicated words (``认认真真``) never make a whole
    line; spaces, drawn once, stay where they are. Returns the line and the copy removed (None)."""
    core = [ch for ch in line if not ch.isspace()]
    n = len(core)
    if n < MIN_BOLD_CHARS or n % 2 or cjk_count(line) < 2 or len(set(core)) < 2:
        return line, None
    if all(core[k] == core[k + 1] for k in range(0, n, 2)):
        out, keep = [], True
        for ch in line:
            if ch.isspace():
                out.append(ch)
                continue
            if keep:
                out.append(ch)
            keep = not keep
        return "".join(out), "".join(core[1::2])
    # (the two copies touch: two headlines that happen to be alike, side by side in a text read
    # across the columns, have the gutter between them)
    body = line.strip()
    once, copy = undouble(body)
    if copy and not once[-1].isspace():
        return line[: len(line) - len(line.lstrip())] + once, copy
    return line, None


def undouble_lines(text: str) -> tuple[str, list[str]]:
    """undouble_glyphs on every line of `text`: the text, and the copies removed."""
    lines, copies = [], []
    for line in text.split("\n"):
        once, copy = undouble_glyphs(line)
        lines.append(once)
        if copy:
            copies.append(copy)
    return "\n".join(lines), copies


def undouble(text: str) -> tuple[str, str | None]:
    """``XX视察XX视察`` -> ``XX视察``; returns (text, the removed copy or None)."""
    n = len(text)
    if n >= 4 and n % 2 == 0 and text[: n // 2] == text[n // 2:]:
        return text[: n // 2], text[n // 2:]
    return text, None


def _shared_tail(a: str, b: str) -> int:
    """Length of the longest common suffix of a and b."""
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def drop_garbled_tails(texts: list[str]) -> tuple[list[str], list[str]]:
    """When two pieces end with the same long run of text, the earlier copy is a garble (the
    extraction pasted a later block's tail into an earlier one): cut it from the earlier piece.
    Returns the new texts and the removed runs.

    Only pieces that end with the same MIN_GARBLE_CHARS characters can share such a tail, so
    each piece is compared with those alone (found by that ending): linear in the page."""
    out = list(texts)
    removed: list[str] = []
    keys = [key(t) for t in texts]
    by_tail: dict[str, list[int]] = {}
    for j, t in enumerate(texts):
        if len(t) >= MIN_GARBLE_CHARS:
            by_tail.setdefault(t[-MIN_GARBLE_CHARS:], []).append(j)
    for i in range(len(out)):
        after = i  # pieces after this one, in order, as the pairwise reading would meet them
        while len(out[i]) > MIN_GARBLE_CHARS and keys[i]:
            later = by_tail.get(out[i][-MIN_GARBLE_CHARS:], [])
            for j in later[bisect_right(later, after):]:
                if not keys[j] or keys[i] == keys[j]:
                    continue
                n = _shared_tail(out[i], out[j])
                if MIN_GARBLE_CHARS <= n < len(out[i]):
                    removed.append(out[i][-n:])
                    out[i] = out[i][:-n].rstrip()
                    keys[i] = key(out[i])
                    after = j
                    break
            else:
                break
    return out, removed


def drop_repeated(paragraphs: list[str], min_chars: int = 8) -> tuple[list[str], list[str]]:
    """Keep the first of paragraphs that are equal after normalisation; a paragraph of 20 or
    more characters that the text before it already holds — inside one paragraph or across the
    end of one and the start of the next (a garbled overlapping copy) — is dropped too."""
    kept: list[str] = []
    seen: set[str] = set()
    joined = ""  # every kept key, run together: one substring search instead of a loop
    removed: list[str] = []
    for para in paragraphs:
        k = key(para)
        if len(k) >= min_chars and (k in seen or (len(k) >= MIN_FRAGMENT_CHARS and k in joined)):
            removed.append(para)
            continue
        kept.append(para)
        seen.add(k)
        joined += k
    return kept, removed
