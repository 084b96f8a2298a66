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

#: CJK characters (unified ideographs and extensions, compatibility ideographs) and the
#: full-width punctuation that sits between them.
_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f])")
_SPACES = re.compile(r"\s+")


def spaced(text: str | None) -> str:
    """`text` with a space around each CJK character: what the search index holds."""
    if not text:
        return ""
    return _SPACES.sub(" ", _CJK.sub(r" \1 ", unicodedata.normalize("NFKC", text))).strip()


def fts_query(query: str | None) -> str:
    """An FTS5 MATCH expression for what a user typed: every term (split on white space) must
    occur, each as the phrase of its characters (``提案 委员`` → ``"提 案" "委 员"``)."""
    terms = [spaced(t) for t in (query or "").split()]
    phrases = ['"' + t.replace('"', '""') + '"' for t in terms if t.strip()]
    return " ".join(phrases) if phrases else '""'
