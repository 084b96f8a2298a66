"""A paragraph that refers back to what its article never told goes to the article that told it.

A report's later paragraphs name back the event its lead told: ``会议强调，…`` follows a meeting,
``视察组指出，…`` an inspection. When frames are drawn out of order, an extractor reads a
report's paragraph into the article printed before it (a brief of a box, a photo caption, the
report above), whose lead told of something else. Such a paragraph, with the paragraphs after
it, goes to the end of the nearest article in reading order that told the event. Pure: articles
in, articles out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clipper.model import Article
from clipper.text import patterns as P
from clipper.text.normalize import cjk_bigrams


@dataclass(frozen=True)
class BackReference:
    """A paragraph opening that names back an event (`opening`) and the pattern of what tells
    the event in the text before it (`told`; None: the opening's own word, its ``what``)."""

    opening: re.Pattern[str]
    told: str | None


#: Openings that name back an event (data in clipper.text.patterns).
BACK_REFERENCES: tuple[BackReference, ...] = (
    BackReference(P.BACK_TO_MEETING, P.MEETING_TOLD),
    BackReference(P.BACK_TO_ACTIVITY, None),
)


def told_before(paragraph: str) -> str | None:
    """The pattern of what must be told before `paragraph` for its opening to make sense, or
    None when it names nothing back."""
    for ref in BACK_REFERENCES:
        if m := ref.opening.match(paragraph):
            return ref.told or re.escape(m.group("what"))
    return None


def _text(article: Article, upto: int | None = None) -> str:
    return "\n".join([article.title or "", article.subtitle or "", *article.body[:upto]])


def return_back_references(articles: list[Article]) -> list[Article]:
    """Move each paragraph whose article never told what it names back (and the paragraphs
    after it) to the end of the article of the page that told it: the nearest in reading order
    (an earlier one on equal distance, then the one sharing most pairs of characters with what
    moves). Articles left without a paragraph are dropped."""
    for at, source in enumerate(articles):
        for i in range(1, len(source.body)):
            told = told_before(source.body[i])
            if told is None or re.search(told, _text(source, i)):
                continue
            moving = source.body[i:]
            pairs = cjk_bigrams("".join(moving))
            tellers = [k for k, a in enumerate(articles) if a is not source and a.body and re.search(told, _text(a))]
            if not tellers:
                continue
            # The frame read out of place lies next to its own in the reading order.
            target = articles[min(tellers, key=lambda k: (abs(k - at), k > at, -len(pairs & cjk_bigrams(_text(articles[k])))))]
            del source.body[i:]
            target.body.extend(moving)
            break
    return [a for a in articles if a.body]
