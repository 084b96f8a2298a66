"""Chinese full-text search on SQLite FTS5 without a tokenizer of our own: the indexed text has
a space around every CJK character, so each character is a token (unicode61), and a query term
becomes the phrase of its characters. A term of any length then matches exactly where a
`LIKE '%term%'` scan would (for Chinese; Latin words and numbers match as whole words).

Pure: the storage registers `spaced` as the SQL function `clipper_spaced` for its triggers; the
Datasette plugin (clipper.datasette_search) uses `fts_query` for the search box.
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
