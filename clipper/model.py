"""Plain data records passed between the core functions, the pipelines and storage."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

DOCUMENT_KINDS = ("newspaper", "portal_text", "portal_html")
ARTICLE_KINDS = ("news", "feature", "interview", "photo", "notice")


@dataclass
class Publication:
    """What a masthead or a portal's meta lines say about the document."""

    name: str | None = None
    date: str | None = None  # YYYY-MM-DD
    issue: str | None = None
    pages: str | None = None


@dataclass
class Article:
    """One article as extracted from one document."""

    title: str | None
    body: list[str]
    subtitle: str | None = None
    date: str | None = None  # YYYY-MM-DD or --MM-DD
    place: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    kind: str = "news"
    continues: str | None = None
    editor: str | None = None
    original_title: str | None = None
    position: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.body)

    @property
    def chars(self) -> int:
        return sum(len(p) for p in self.body)

    def as_record(self) -> dict[str, Any]:
        rec = asdict(self)
        rec["body"] = self.text
        rec["chars"] = self.chars
        return rec


@dataclass
class Extraction:
    """Everything clipper makes of one input document."""

    kind: str
    text: str
    encoding: str | None
    encoding_source: str | None
    publication: Publication = field(default_factory=Publication)
    articles: list[Article] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    #: Characters of the text that replace bytes invalid in the encoding (U+FFFD).
    replaced: int = 0


class InputError(ValueError):
    """An input that cannot be turned into text; the message says why."""


def too_large(size: int, limit: int) -> str | None:
    """The error of an input over the size limit (CLIPPER_MAX_DOCUMENT_BYTES), or None."""
    if limit > 0 and size > limit:
        return f"too large: {size} bytes (more than CLIPPER_MAX_DOCUMENT_BYTES = {limit})"
    return None
