"""Chinese full-text search on SQLite FTS5 without a tokenizer of our own: the indexed text has
a space around every CJK character, so each character is a token (unicode61), and a query term
becomes the phrase of its characters. A term of any length then matches exactly where a
`LIKE '%term%'` scan would (for Chinese; Latin words and numbers match as whole words).

Pure: the storage registers `spaced` as the SQL function `clipper_spaced` for its triggers; the
Datasette plugin (clipper.datasette_search) uses `fts_query` for the search box and `passage`
for the matching passage of a ranked result.
"""

from __future__ import annotations

import re
import unicodedata

#: CJK characters (unified ideographs and extensions, compatibility ideographs): a token each.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: A CJK character, a run of other letters and digits, or a run of anything else (white space,
#: punctuation), which becomes the break token.
_PIECE = re.compile(f"([{_CJK}])|([^\\W{_CJK}_]+)|([\\W_]+)")
#: What stands where the text had white space or punctuation: a token (declared to the
#: tokenizer with `tokenchars`) so that characters on either side are not adjacent — as for
#: LIKE, 提，案 does not hold 提案.
BREAK = "§"
#: The tokenizer of the index.
TOKENIZER = f"unicode61 remove_diacritics 2 tokenchars '{BREAK}'"


def spaced(text: str | None) -> str:
    """`text` as the search index holds it: each CJK character, each run of letters and digits
    a token; white space and punctuation a break token."""
    if not text:
        return ""
    out: list[str] = []
    for cjk, word, other in _PIECE.findall(unicodedata.normalize("NFKC", text).replace(BREAK, " ")):
        if cjk or word:
            out.append(cjk or word)
        elif out and out[-1] != BREAK:
            out.append(BREAK)
    while out and out[-1] == BREAK:
        out.pop()
    return " ".join(out)


def fts_query(query: str | None) -> str:
    """An FTS5 MATCH expression for what a user typed: every term (split on white space) must
    occur, each as the phrase of its characters (``提案 委员`` → ``"提 案" "委 员"``)."""
    # Punctuation in a term (a quote included) only separates its characters.
    terms = [" ".join(spaced(t).replace(BREAK, " ").split()) for t in (query or "").split()]
    phrases = ['"' + t.replace('"', '""') + '"' for t in terms if t.strip()]
    return " ".join(phrases) if phrases else '""'


#: Marks around a match in a passage (private-use characters, never in stored text): the
#: Datasette plugin turns them into ``<mark>`` after escaping the rest.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
#: Characters of context on each side of the first match.
PASSAGE_CONTEXT = 40


def _terms(query: str | None) -> list[str]:
    """The query's terms as the index matches them: NFKC, lower case, punctuation dropped."""
    out = []
    for t in (query or "").split():
        t = "".join(ch for ch in unicodedata.normalize("NFKC", t).lower() if ch.isalnum())
        if t:
            out.append(t)
    return out


def passage(text: str | None, query: str | None, context: int = PASSAGE_CONTEXT) -> str:
    """The part of `text` around the first match of `query`'s terms, every match in it between
    MARK_OPEN and MARK_CLOSE, ``…`` where it is cut (the text's start when nothing matches). A
    term matches where `LIKE '%term%'` would (case and width folded)."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text)
    if len(folded) != len(text):  # NFKC changed lengths (rare ligatures): show the folded text
        text = folded
    lower = folded.lower()
    terms = _terms(query)
    hits = sorted((m.start(), m.end()) for t in terms for m in re.finditer(re.escape(t), lower))
    if not hits:
        return text[: 2 * context] + ("…" if len(text) > 2 * context else "")
    start = max(0, hits[0][0] - context)
    end = min(len(text), hits[0][1] + context)
    out, at = [], start
    for a, b in hits:
        if a < at or a >= end:
            continue
        b = min(b, end)
        out += [text[at:a], MARK_OPEN, text[a:b], MARK_CLOSE]
        at = b
    out.append(text[at:end])
    return ("…" if start > 0 else "") + "".join(out).replace("\n", " ") + ("…" if end < len(text) else "")
